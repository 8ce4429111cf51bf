"""Reading the few words before a match, cheaply.

Checks like "is this outcome negated?" look at the words just before a phrase. A regex
anchored at the end (`…\\s+$`) makes Python's `re` try every start position in the window;
splitting the window into words once and testing set membership is many times faster, and
this runs for every candidate in every article.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Everything up to the last sentence break (". ", "? ", "! ", "; ", ": " or a newline), or the
# end of a quotation (words inside it are someone's, not the narrative's: 'told her there was
# "not much we can do" has been given a written warning'): one match instead of six rfinds and
# two slices (measured 2.0 → 1.5 µs a call).
_TO_LAST_BREAK = re.compile(r".*(?:[.?!;:] |[”\"] |\n)", re.S)


def words_before(text: str, pos: int, n: int = 6, span: int = 80) -> list[str]:
    """Up to `n` words before `pos`, nearest last, not reaching back past a sentence break."""
    lo = max(0, pos - span)
    cut = _TO_LAST_BREAK.match(text, lo, pos)
    return _WORD.findall(text, cut.end() if cut else lo, pos)[-n:]


def words_from(text: str, pos: int, span: int) -> tuple[list[str], int]:
    """Every word that words_before(text, pos, n, span) takes the last `n` of, and where they
    start: after the last sentence break in the `span` characters before `pos`, else there."""
    lo = max(0, pos - span)
    cut = _TO_LAST_BREAK.match(text, lo, pos)
    start = cut.end() if cut else lo
    return _WORD.findall(text, start, pos), start


def has_cue(words: list[str], singles: frozenset[str], pairs: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Is one of `words` (from `words_before`) in `singles`, or two neighbours a pair?"""
    return has_cue_in(lowered(words), singles, pairs)


def lowered(words: list[str]) -> list[str]:
    """`words` (from `words_before`: no spaces in them) as cues are compared: lower-case, with
    straight apostrophes. One lower() and one replace() for all of them (measured 1.4 → 0.8 µs)."""
    return " ".join(words).lower().replace("’", "'").split(" ") if words else []


def has_cue_in(low: list[str], singles: frozenset[str], pairs: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """`has_cue` for words already `lowered`."""
    if not singles.isdisjoint(low):
        return True
    return bool(pairs) and not pairs.isdisjoint(zip(low, low[1:]))


def cue_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def pair_set(*pairs: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p.split()) for p in pairs)
