"""Regex alternations built as tries.

A plain alternation of many phrases ("dismissed|dismissal|dismissed without notice|…") makes
Python's `re` try each branch at every position. Factoring shared prefixes into a trie turns
that into one walk, and starting with a plain character class lets `re` skip ahead quickly —
which is also why matchers here avoid a leading `\\b` and check the left word boundary in
Python instead (`starts_word`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


def trie_pattern(phrases: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex source matching any of `phrases` (longest first at each branch)."""
    root: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(root, flexible_space)


def _atom(ch: str, flexible_space: bool) -> str:
    if ch == " " and flexible_space:
        return r"\s+"
    if ch in "’'":
        return "['’]"
    if ch in "-‐‑–":
        return r"[-‐‑–]"
    return re.escape(ch)


def _emit(node: dict, flexible_space: bool) -> str:
    ends = "" in node
    branches = []
    for ch in sorted((k for k in node if k), key=lambda c: (-_depth(node[c]), c)):
        branches.append(_atom(ch, flexible_space) + _emit(node[ch], flexible_space))
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _depth(node: dict) -> int:
    return 1 + max((_depth(v) for k, v in node.items() if k), default=0)


def compile_phrases(phrases: Iterable[str], *, ignore_case: bool = True, word_end: bool = True) -> re.Pattern:
    """Compiled trie of phrases; the right word boundary is in the regex, the left is checked
    by the caller with `starts_word`."""
    source = "(?:" + trie_pattern(sorted(set(phrases))) + ")"
    if word_end:
        source += r"(?!\w)"
    return re.compile(source, re.IGNORECASE if ignore_case else 0)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=8)
def lower_ascii(text: str) -> str:
    """`text` lower-cased with its offsets unchanged. Matching lower-case patterns against it is
    much faster than `re.IGNORECASE`. `str.lower` is fast but can change the length (İ → i̇);
    then only A-Z are lowered."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@lru_cache(maxsize=8)
def padded_lower(text: str) -> str:
    """`lower_ascii(text)` after one space: offsets shifted by one, for `at_word_start` patterns."""
    return " " + lower_ascii(text)


def at_word_start(source: str, word_end: str = r"(?!\w)") -> re.Pattern:
    """Compile a lower-case `source` (a trie) to be found only where a word starts, scanning
    `padded_lower(text)`; the phrase is group 1, its offsets into `text` one less.

    The pattern consumes the character before the phrase (`[^a-z0-9_]`) rather than looking
    back at it: a pattern that starts with a plain class lets `re` skip ahead to the few
    places a word can start, where a look-behind is tried at every position. The padding space
    lets a phrase start the text. Measured on the bench corpus: outcome and category tries
    about 15% faster than with `(?<![a-z0-9_])`."""
    return re.compile(r"[^a-z0-9_](" + source + ")" + word_end)


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
