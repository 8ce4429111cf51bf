"""Widgets: the paged case table, the reader (highlighted article text), bars, the palette provider."""
