"""casebrowser's synthetic corpus: fictional articles in the style of police misconduct news.

Every article is a function of (seed, index) alone, so a corpus of N cases is a prefix of one
of N + 1, chunks can be made in any order, and the same seed always gives the same bytes.
The generator knows the truth of what it wrote, so it can hand the store the extraction
directly (the fast path) or write the truth beside the files as gold for the scorer.
"""
