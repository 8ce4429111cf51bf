"""The query language: a string a person types → a `Query` that `store.search` runs.

    micheal harisson                 words: names (typos forgiven), forces, speakers, article text
    "exact phrase"                   a phrase, in that order, in the article or the case
    -word  -"some phrase"            leave out cases whose article or case says it
    force:kent  force:"the met"      a filter: field, colon, value (quote a value with spaces)
    force:kent,essex                 any of several values
    -outcome:dismissed               leave out what a filter matches
    year:2019..2022  year:2020..     ranges (date: takes YYYY, YYYY-MM or YYYY-MM-DD)

Free words must all match, each in some way (a name, a force, a speaker, a publication, the
text); filters of different fields must all hold; several values of one field, in one filter
or in several, mean any of them. The filters are listed in `store.filters.FIELDS`.

Parsing needs no database: forces, outcomes, findings, ranks, roles and standards resolve
against the reference here, so a mistake is reported at once, as a `QueryError` whose message
says what is wrong and what would be right, and whose `position` is the 0-based offset of the
offending token (messages count columns from 1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import QueryError
from .filters import FIELDS, BadValue, canonical, resolve

# Quotation marks a person may type for a phrase; each maps to one character so columns stay.
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                         "\u00ab": '"', "\u00bb": '"'})
_FILTER = re.compile(r"([A-Za-z_]+):")
_WORDY = re.compile(r"[^\W_]", re.UNICODE)


@dataclass(frozen=True)
class Filter:
    """One field:value of the query, resolved."""

    field: str                       # canonical name: force, outcome, finding, year, ...
    values: tuple[str, ...] = ()     # force ids, outcome ids, folded names, ... (any of)
    low: int | str | None = None     # year: and date: ranges, inclusive; None is open
    high: int | str | None = None
    negated: bool = False            # -force:kent leaves these out
    raw: str = ""                    # the value as typed
    label: str = ""                  # for people: "Kent Police", "2019..2022"
    start: int = 0                   # [start, end) of the token in Query.text
    end: int = 0

    def __str__(self) -> str:
        return f"{'-' if self.negated else ''}{self.field}:{self.label or self.raw}"


@dataclass(frozen=True)
class Query:
    text: str = ""
    words: tuple[str, ...] = ()      # free words as typed
    phrases: tuple[str, ...] = ()    # "quoted phrases", without the quotes
    excluded: tuple[str, ...] = ()   # -words and -"phrases"
    filters: tuple[Filter, ...] = ()
    prefix: bool = False             # the last word is still being typed (no space after it)

    # ------------------------------------------------------------ what it asks for

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.excluded or self.filters)

    @property
    def has_text(self) -> bool:
        """Words or phrases to rank by (filters and exclusions alone only narrow)."""
        return bool(self.words or self.phrases)

    def of(self, field_: str, *, negated: bool = False) -> tuple[Filter, ...]:
        return tuple(f for f in self.filters if f.field == field_ and f.negated == negated)

    def values(self, field_: str) -> tuple[str, ...]:
        """The values of the field's positive filters, in order, without repeats."""
        seen: dict[str, None] = {}
        for f in self.of(field_):
            seen.update(dict.fromkeys(f.values))
        return tuple(seen)

    @property
    def force_ids(self) -> tuple[str, ...]:
        return self.values("force")

    @property
    def outcome_ids(self) -> tuple[str, ...]:
        return self.values("outcome")

    @property
    def finding_ids(self) -> tuple[str, ...]:
        return self.values("finding")

    @property
    def years(self) -> tuple[tuple[int | None, int | None], ...]:
        return tuple((f.low, f.high) for f in self.of("year"))

    @property
    def speakers(self) -> tuple[str, ...]:
        return self.values("speaker")

    @property
    def publications(self) -> tuple[str, ...]:
        return self.values("publication")

    @property
    def officers(self) -> tuple[str, ...]:
        return self.values("officer")

    @property
    def ranks(self) -> tuple[str, ...]:
        return self.values("rank")

    @property
    def roles(self) -> tuple[str, ...]:
        return self.values("role")

    @property
    def categories(self) -> tuple[str, ...]:
        return self.values("category")

    def describe(self) -> str:
        """The query as understood, for a status line: words, phrases, exclusions, filters."""
        parts = list(self.words)
        parts += [f'"{p}"' for p in self.phrases]
        parts += [f'-"{e}"' if " " in e else f"-{e}" for e in self.excluded]
        parts += [str(f) for f in self.filters]
        return " ".join(parts) if parts else "(everything)"


def _closing(text: str, at: int) -> int:
    """Index of the quote closing the one at `at`, or a QueryError naming its column."""
    end = text.find('"', at + 1)
    if end < 0:
        raise QueryError(f"unclosed quote at column {at + 1} — add a closing \"", at)
    return end


def _unknown(name: str, at: int) -> QueryError:
    from rapidfuzz import fuzz, process
    names = list(FIELDS)
    best = process.extractOne(name.lower(), names, scorer=fuzz.ratio, score_cutoff=60)
    if best:
        return QueryError(f"unknown filter '{name}:' — did you mean {best[0]}:?", at)
    return QueryError(f"unknown filter '{name}:' — filters are "
                      f"{', '.join(n + ':' for n in names)}; to search for text with a colon, "
                      f"put it in quotes", at)


def _split_values(value: str, at: int) -> list[tuple[str, int]]:
    """`kent,essex` → [("kent", at), ("essex", at + 5)]; a quoted value is never split."""
    out, pos = [], at
    for part in value.split(","):
        if part.strip():
            out.append((part, pos))
        pos += len(part) + 1
    return out


def _has_word(text: str) -> bool:
    return bool(_WORDY.search(text))


def parse(text: str) -> Query:
    """Parse a query string; raises QueryError for anything it cannot understand."""
    text = text or ""
    scan = text.translate(_QUOTES)
    n = len(scan)
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    filters: list[Filter] = []
    last_is_word = False
    i = 0
    while i < n:
        if scan[i].isspace():
            i += 1
            continue
        start = i
        negated = False
        if scan[i] == "-":
            if i + 1 >= n or scan[i + 1].isspace() or scan[i + 1] == "-":
                i += 1          # a lone dash (a separator, or a minus being typed) means nothing
                last_is_word = False
                continue
            negated = True
            i += 1
        if scan[i] == '"':
            end = _closing(scan, i)
            phrase = text[i + 1:end].strip()
            i = end + 1
            if _has_word(phrase):
                (excluded if negated else phrases).append(" ".join(phrase.split()))
            last_is_word = False
            continue
        j = i
        while j < n and not scan[j].isspace() and scan[j] != '"':
            j += 1
        run = text[i:j]
        m = _FILTER.match(run)
        if m and not run[m.end():].startswith("//"):
            name = m.group(1)
            field_ = canonical(name)
            if field_ is None:
                raise _unknown(name, start)
            value = run[m.end():]
            value_at = i + m.end()
            if not value and j < n and scan[j] == '"':
                end = _closing(scan, j)
                parts = [(text[j + 1:end], j + 1)]
                j = end + 1
            else:
                parts = _split_values(value, value_at)
            if not parts or not any(p.strip() for p, _ in parts):
                example = FIELDS[field_][1].split("  ")[0]
                raise QueryError(f"{name}: needs a value — e.g. {example}", start)
            for part, at in parts:
                try:
                    r = resolve(field_, part.strip())
                except BadValue as exc:
                    raise QueryError(str(exc), at) from None
                filters.append(Filter(field_, r.values, r.low, r.high, negated, part.strip(),
                                      r.label, start, j))
            i = j
            last_is_word = False
            continue
        i = j
        if _has_word(run):
            (excluded if negated else words).append(run)
            last_is_word = not negated
        else:
            last_is_word = False
    prefix = bool(words) and last_is_word and not text[-1:].isspace()
    return Query(text, tuple(words), tuple(phrases), tuple(excluded), tuple(filters), prefix)

