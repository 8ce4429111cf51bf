"""Typo-tolerant matching of query words against a vocabulary of names (pure; no database).

A vocabulary is a list of terms (an officer's full name, a force name or alias, a speaker, a
publication). Each term is split into folded words; a query word is looked up among those
words exactly, as a prefix (the word still being typed), or within a small edit distance
(optimal string alignment, so a swapped pair of letters is one typo). A term matches when the
query's words cover at least one of its meaningful words; how many it covers and how closely
decide its score. Looking words up — rather than scoring every term against the whole query —
keeps a keystroke fast with 100k names: the fuzzy step only compares words of similar length.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .text import fold

# Words that never make a match on their own, though they count towards covering a term
# ("the met" is an alias; "the" alone is not a search for it).
STOP = frozenset("the of and a an in on for to at by with from".split())
# Words that name no force in particular ("police" alone is not a search for Kent Police).
FORCE_GENERIC = frozenset("police constabulary force service services department dept pd "
                          "county city heddlu".split())
FORCE_KINDS = frozenset({"force", "alias"})

PREFIX_MIN = 2          # a word being typed matches longer words from this many characters
PREFIX_LIMIT = 200      # at most this many words per prefix (the most frequent)
FUZZY_LIMIT = 50        # at most this many typo-neighbours per word

_PIECES = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = re.compile("'")


def pieces(text: str | None) -> list[str]:
    """Words of `text` as search sees them: folded, apostrophes kept inside a word ("o'neill")."""
    if text and text.isascii():     # most names: lower-casing is all folding would do to them
        return _PIECES.findall(text.lower().replace("`", "'"))
    return _PIECES.findall(fold(text))


def key(piece: str) -> str:
    """The vocabulary key of a piece: apostrophes dropped, so o'neill, o’neill and oneill agree."""
    return _APOSTROPHES.sub("", piece)


def term_words(term: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the words that count for coverage, every word a query may hit): "O’Neill-Smith" gives
    (("oneill", "smith"), {"oneill", "o", "neill", "smith"})."""
    primary: list[str] = []
    every: set[str] = set()
    for p in pieces(term):
        k = key(p)
        if k not in primary:
            primary.append(k)
        every.add(k)
        every.update(p.split("'"))
    every.discard("")
    return tuple(primary), frozenset(every)


def allowed_typos(word: str) -> int:
    if len(word) < 4 or any(c.isdigit() for c in word):
        return 0
    return 1 if len(word) <= 5 else 2


@dataclass(frozen=True, slots=True)
class Term:
    kind: str           # officer | surname | force | alias | speaker | publication
    term: str           # as shown
    norm: str           # folded
    ref: str | None     # what it points to: officer_norm, force id, speaker_norm, publication
    n: int = 0          # how many cases (or articles, for speakers) it points to


@dataclass(frozen=True, slots=True)
class WordHit:
    word: str           # the vocabulary word hit
    similarity: float   # 1.0 exact; below for a prefix or a typo
    how: str            # exact | prefix | fuzzy


@dataclass(slots=True)
class TermMatch:
    term: Term
    covered: dict[int, WordHit] = field(default_factory=dict)   # query word position → hit
    size: int = 1                                                # words the term counts

    @property
    def exact(self) -> bool:
        return all(h.how == "exact" for h in self.covered.values())

    @property
    def coverage(self) -> float:
        return min(1.0, len(self.covered) / max(1, self.size))

    def level(self, position: int) -> float:
        """The evidence a query word gets from this term, on the scale search ranks by:
        exact 3.0–3.5, prefix or typo 2.0–2.99 (see store/search.py)."""
        hit = self.covered[position]
        if hit.how == "exact":
            return 3.0 + 0.5 * self.coverage
        return 2.0 + 0.9 * hit.similarity + 0.09 * self.coverage


class WordIndex:
    """An immutable index over terms; safe to share between threads once built."""

    def __init__(self, terms: Iterable[Term]):
        self.terms: list[Term] = []
        self._sizes: list[int] = []
        postings: dict[str, list[int]] = {}
        weight: dict[str, int] = {}
        by_norm: dict[str, list[int]] = {}
        for term in terms:
            primary, every = term_words(term.term or term.norm)
            if not every:
                continue
            i = len(self.terms)
            self.terms.append(term)
            self._sizes.append(len(primary))
            by_norm.setdefault(" ".join(primary), []).append(i)
            for w in every:
                postings.setdefault(w, []).append(i)
                weight[w] = weight.get(w, 0) + max(1, term.n)
        self._postings = postings
        self._by_norm = by_norm
        self._weight = weight
        self._sorted = sorted(postings)
        by_len: dict[int, list[str]] = {}
        for w in self._sorted:
            by_len.setdefault(len(w), []).append(w)
        self._by_len = by_len

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def words(self) -> int:
        return len(self._postings)

    def exact(self, text: str) -> list[Term]:
        """Terms whose whole name is `text` (compared as vocabulary keys, word by word)."""
        norm = " ".join(key(p) for p in pieces(text))
        return [self.terms[i] for i in self._by_norm.get(norm, ())]

    def lookup(self, word: str, *, prefix: bool = False, fuzzy: bool = True) -> list[WordHit]:
        """Vocabulary words that `word` (a folded key) hits: exactly, as a prefix, or with typos."""
        hits: list[WordHit] = []
        if word in self._postings:
            hits.append(WordHit(word, 1.0, "exact"))
        if word in STOP:
            return hits
        if prefix and len(word) >= PREFIX_MIN:
            lo = bisect_left(self._sorted, word)
            hi = bisect_left(self._sorted, word + "\uffff", lo)
            longer = [w for w in self._sorted[lo:hi] if w != word]
            if len(longer) > PREFIX_LIMIT:
                longer = sorted(longer, key=lambda w: -self._weight[w])[:PREFIX_LIMIT]
            hits.extend(WordHit(w, 0.85 + 0.1 * len(word) / len(w), "prefix") for w in longer)
        # A word the vocabulary knows still finds its one-typo neighbours (articles misspell
        # names too), but not the two-typo ones: "harrison" finds Harrisson, not Morrison.
        k = min(allowed_typos(word), 1 if word in self._postings else 2)
        if fuzzy and k:
            near: list[tuple[int, str]] = []
            for length in range(len(word) - k, len(word) + k + 1):
                bucket = self._by_len.get(length)
                if bucket:
                    near.extend((d, w) for w, d, _ in process.extract(
                        word, bucket, scorer=OSA.distance, score_cutoff=k, limit=None))
            near.sort()
            hits.extend(WordHit(w, 1.0 - d / max(len(w), len(word)), "fuzzy")
                        for d, w in near[:FUZZY_LIMIT] if d > 0)
        return hits

    def match(self, words: Sequence[str], *, kinds: Iterable[str] | None = None,
              prefix_last: bool = False, fuzzy: bool = True) -> list[TermMatch]:
        """Terms the query words hit. `words` are vocabulary keys (see `key`); a term needs at
        least one meaningful word covered (not a stop word, nor a generic one for forces)."""
        wanted = frozenset(kinds) if kinds is not None else None
        found: dict[int, TermMatch] = {}
        for pos, word in enumerate(words):
            if not word:
                continue
            last = pos == len(words) - 1
            for hit in self.lookup(word, prefix=prefix_last and last, fuzzy=fuzzy):
                for i in self._postings[hit.word]:
                    term = self.terms[i]
                    if wanted is not None and term.kind not in wanted:
                        continue
                    m = found.get(i)
                    if m is None:
                        m = found[i] = TermMatch(term, size=self._sizes[i])
                    best = m.covered.get(pos)
                    if best is None or hit.similarity > best.similarity:
                        m.covered[pos] = hit
        return [m for m in found.values() if _meaningful(m, words)]

    def covering(self, words: Sequence[str], *, needed: set[int] | None = None,
                 kinds: Iterable[str] | None = None, prefix_last: bool = False) -> list[TermMatch]:
        """Terms that cover every needed word position (by default every word but stop words):
        those hit exactly (or by prefix) when there are any, else those hit allowing typos.
        How a filter value names things ("speaker:lockwood", "force:west mercai")."""
        if needed is None:
            needed = {i for i, w in enumerate(words) if w not in STOP} or set(range(len(words)))
        for fuzzy in (False, True):
            found = [m for m in self.match(words, kinds=kinds, prefix_last=prefix_last, fuzzy=fuzzy)
                     if needed <= m.covered.keys()]
            if found:
                return found
        return []


def _meaningful(m: TermMatch, words: Sequence[str]) -> bool:
    generic = STOP | FORCE_GENERIC if m.term.kind in FORCE_KINDS else STOP
    return any(words[pos] not in generic and hit.word not in generic
               for pos, hit in m.covered.items())
