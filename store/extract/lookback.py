"""Reading the few words before a match, cheaply.

Checks like "is this outcome negated?" look at the words just before a phrase. A regex
anchored at the end (`…\\s+$`) makes Python's `re` try every start position in the window;
splitting the window into words once and testing set membership is many times faster, and
this runs for every candidate in every article.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def words_before(text: str, pos: int, n: int = 6, span: int = 80) -> list[str]:
    """Up to `n` words before `pos`, nearest last, not reaching back past a sentence break."""
    chunk = text[max(0, pos - span):pos]
    cut = max(chunk.rfind(". "), chunk.rfind("? "), chunk.rfind("! "), chunk.rfind("; "), chunk.rfind("\n"),
              chunk.rfind(": "))
    if cut >= 0:
        chunk = chunk[cut + 1:]
    return _WORD.findall(chunk)[-n:]


def has_cue(words: list[str], singles: frozenset[str], pairs: frozenset[tuple[str, str]] = frozenset()) -> bool:
    low = [w.lower().replace("’", "'") for w in words]
    if any(w in singles for w in low):
        return True
    return any((a, b) in pairs for a, b in zip(low, low[1:]))


def cue_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def pair_set(*pairs: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p.split()) for p in pairs)
