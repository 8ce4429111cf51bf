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


def _emit(node: dict, flexible_space: bool, depths: dict | None = None) -> str:
    depths = {} if depths is None else depths
    ends = "" in node
    branches = []
    for ch in sorted((k for k in node if k), key=lambda c: (-_depth(node[c], depths), c)):
        branches.append(_atom(ch, flexible_space) + _emit(node[ch], flexible_space, depths))
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _depth(node: dict, depths: dict) -> int:
    """The node's height, each node's found once (`depths`, by id): walking the subtrees again
    at every level made building the gazetteer's tries quadratic in their depth."""
    got = depths.get(id(node))
    if got is None:
        got = depths[id(node)] = 1 + max((_depth(v, depths) for k, v in node.items() if k), default=0)
    return got


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


def contains_any(low: str, needles: tuple[str, ...], lo: int, hi: int) -> bool:
    """Does `low` (lower_ascii text) hold one of `needles` within [lo, hi)? A cheap test to run
    before a pattern that cannot match without one of them.

    For a re.IGNORECASE pattern, needles must be plain lower-case ASCII without the letters i, k
    and s, the only ones `re` also matches with other characters (İ ı, K, ſ), which
    lower_ascii does not always turn into ASCII; and each must lie inside one word of the
    pattern (its spaces are \\s+)."""
    for needle in needles:
        if low.find(needle, lo, hi) >= 0:
            return True
    return False


def found_ignoring_case(text: str, slow: re.Pattern, fast: tuple[re.Pattern, ...], needles: tuple[str, ...] = ()) -> bool:
    """Does the re.IGNORECASE pattern `slow` match somewhere in `text`? On ASCII text (nearly
    every sentence) that is whether one of `fast`, lower-case patterns that together match what
    `slow` does, matches `text.lower()`: written to start with plain letters, they let `re` skip
    ahead, where `slow`, starting with \\b and ignoring case, is tried at every place (measured
    14 → 1 µs a sentence for cases.assign._OTHERS, with its nouns as `needles`). `needles`: lower-case
    words one of which every match holds, looked for first. Elsewhere `slow` itself, which also
    matches ſ, K and İ as s, k and i."""
    if not text.isascii():
        return slow.search(text) is not None
    low = text.lower()
    if needles and not any(n in low for n in needles):
        return False
    return any(rx.search(low) is not None for rx in fast)


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def literal_hits(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) for what `re.finditer("|".join(words), text, lo, hi)` would find, when
    no word is a prefix of another (so at most one can match at a place).

    A few literal words found with `str.find` are much cheaper than an alternation whose first
    letters are common ones ("officer|constable|staff|…" tries every c, o, s, …): measured
    50 → 22 µs per article for the police nouns. Overlapping hits are resolved left to right,
    as `finditer` does."""
    hi = len(text) if hi is None else hi
    found = []
    for w in words:
        i = text.find(w, lo, hi)
        while i >= 0:
            found.append((i, i + len(w), w))
            i = text.find(w, i + 1, hi)
    found.sort()
    out = []
    end = lo
    for hit in found:
        if hit[0] >= end:
            out.append(hit)
            end = hit[1]
    return out


def occurrences(text: str, word: str):
    """Every place `word` stands in `text`, overlapping ones too, left to right."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def literal_words(source: str) -> tuple[str, ...]:
    """The words of a plain alternation "a|b|c", checked to suit `literal_hits`."""
    words = tuple(source.split("|"))
    if any(re.escape(w) != w for w in words) or any(a != b and b.startswith(a) for a in words for b in words):
        raise ValueError(f"not plain words, or one is a prefix of another: {source}")
    return words


class AnyOf:
    """`bool(rx.search(low, lo, hi))` for a lower-case alternation, cheaply: its
    plain words are looked for with `str.find`, only the rest with a regex. An alternation of
    thirty words starting with as many letters is tried at nearly every place; a plain
    "misconduct" in the first lines is found at once (measured 18 → 2 µs on an article)."""

    def __init__(self, rx: re.Pattern):
        if rx.flags != re.UNICODE:
            raise ValueError("AnyOf takes a lower-case pattern without flags")
        parts = _top_alternatives(rx.pattern)
        self.words = tuple(p for p in parts if re.escape(p) == p)
        rest = [p for p in parts if re.escape(p) != p]
        self.rest = re.compile("|".join(rest)) if rest else None

    def search(self, low: str, lo: int = 0, hi: int | None = None) -> bool:
        hi = len(low) if hi is None else hi
        for w in self.words:
            if low.find(w, lo, hi) >= 0:
                return True
        return self.rest is not None and self.rest.search(low, lo, hi) is not None


def _top_alternatives(source: str) -> list[str]:
    """The branches of a regex source's top-level alternation."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: skip to its end (a ] first in it is literal)
            i = source.index("]", i + 2 if source[i + 1:i + 2] in ("]", "^") else i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def word_start_alternation(branches: Iterable[str]) -> str:
    r"""A regex source for `\b(?:b1|b2|…)`, where each branch is a regex source starting with a
    plain letter or digit, written so that each branch starts with that character and checks
    the word start after it: "will" becomes `w(?<!\w.)ill`. A pattern that starts with \b is
    tried at every place in the text; one that starts with plain characters lets `re` skip
    ahead to them (measured 2-4x faster)."""
    out = []
    for b in branches:
        if not b[:1].isalnum() or not b[:1].isascii() or b[1:2] in ("*", "+", "?", "{"):
            raise ValueError(f"a branch must start with a plain letter or digit: {b!r}")
        out.append(b[0] + r"(?<!\w.)" + b[1:])
    return "(?:" + "|".join(out) + ")"


def finditer_any(patterns: tuple[re.Pattern, ...], text: str):
    """What `finditer` of the alternation of `patterns` would give, when no two of them can
    match at the same place (they start with different characters).

    An alternation whose branches start with a class and with words ("\\d…|of…") gives `re`
    nothing to skip ahead to, and is tried at every place; each part alone does."""
    pending = [rx.search(text) for rx in patterns]
    while True:
        live = [m for m in pending if m is not None]
        if not live:
            return
        m = min(live, key=lambda x: x.start())
        yield m
        pos = m.end()
        # a part's next match still stands if it starts at or after where this one ended
        pending = [p if p is None or p.start() >= pos else rx.search(text, pos) for rx, p in zip(patterns, pending)]


def _canonical(phrase: str) -> str:
    """A phrase as a trie (flexible_space) reads it: whitespace runs, apostrophes and hyphens
    each one way."""
    return " ".join(phrase.split()).replace("’", "'").translate(_HYPHENS)


_HYPHENS = str.maketrans("‐‑–", "---")
_WORD_CHAR = re.compile(r"\w")


class TwoTries:
    """Two sets of lower-case phrases found where words start (`at_word_start`), in one scan of
    `padded_lower(text)`: each place is tried once, with the trie of both sets, not once per set
    (the trie's tries are most of a scan's cost: measured 82 → 48 µs per article for the outcome
    and category phrases).

    The scan looks ahead from each word start instead of consuming the phrase, so it visits
    every place either set could match. There the longest phrase of both sets is found; it is
    each set's own match when it belongs to that set (nothing longer of that set can match
    where nothing longer of both does). When it does not, that set can still match a shorter
    phrase only if one of its phrases begins the found one and ends where a word does: then
    (rarely) that set's own pattern is tried there. Each set's matches are then thinned as
    `finditer` would have found them, the next one starting where the last one ended.

    `hits` gives, for each set, what `at_word_start(trie_pattern(phrases), end).finditer`
    would: (start, end, phrase) of the phrase in `padded`'s offsets."""

    def __init__(self, first: set[str], first_end: str, second: set[str], second_end: str):
        for p in first | second:
            if p != _canonical(p) or not p[:1].isalnum():
                raise ValueError(f"not a plain lower-case phrase: {p!r}")
        if first & second:
            raise ValueError(f"in both sets: {sorted(first & second)}")
        self.sets = (frozenset(first), frozenset(second))
        self.rxs = (at_word_start(trie_pattern(first), first_end), at_word_start(trie_pattern(second), second_end))
        ends = (re.compile(first_end), re.compile(second_end))
        # the looser of the two ends: each set's end is checked again below
        self.both = re.compile(r"[^a-z0-9_](?=(" + trie_pattern(first | second) + r")(?!\w))")
        if any(e.match("x") or e.match("_") or e.match("1") for e in ends):
            raise ValueError("each set's end must refuse a word character, as the shared end does")
        # phrases of both sets where one set may match a shorter phrase: one of its own that
        # begins this one and ends where a word does (first, second)
        self.shorter = tuple(
            frozenset(u for u in first | second
                      if any(u[:i] in phrases for i in range(1, len(u)) if not _WORD_CHAR.match(u, i)))
            for phrases in (first, second))
        self.ends = ends
        self.shared_end = (first_end == r"(?!\w)", second_end == r"(?!\w)")  # no need to check again
        self.known = self.sets[0] | self.sets[1]

    def hits(self, padded: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        out: tuple[list, list] = ([], [])
        reach = [0, 0]  # where each set's last match ended
        sets, shorter, ends, rxs = self.sets, self.shorter, self.ends, self.rxs
        for m in self.both.finditer(padded):
            at = m.start()
            found = m.group(1)
            key = found if found in self.known else _canonical(found)
            stop = at + 1 + len(found)
            mine = 0 if key in sets[0] else 1  # the set the phrase is from (they share none)
            for k in (mine, 1 - mine) if key in shorter[1 - mine] else (mine,):
                if at < reach[k]:
                    continue
                if k == mine and (self.shared_end[k] or ends[k].match(padded, stop)):
                    hit = (at + 1, stop, found)
                else:
                    own = rxs[k].match(padded, at)
                    if own is None:
                        continue
                    hit = (own.start(1), own.end(1), own.group(1))
                out[k].append(hit)
                reach[k] = hit[1]
        return out
