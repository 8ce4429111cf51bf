"""casebrowser's terminal interface and command line. Depends on `store`, never the reverse."""
