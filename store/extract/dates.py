"""Dates as news writes them, resolved against the publication date when relative.

"12 March 2023", "March 12, 2023", "12/03/2023" (UK order), "on Tuesday", "yesterday
(Thursday)", "last December", "in August 2020", "earlier this month". Results are ISO strings,
as precise as the text is: "2023-03-12", "2020-08", "2021".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .trie import word_start_alternation

MONTH_NAMES = tuple("january february march april may june july august september october november december".split())
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# A month name at the start of a word: \b{_M}, written to start with the names' letters so that
# `re` skips ahead to them (see word_start_alternation).
_M_WORD = r"(?P<month>" + word_start_alternation(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()) + r")\.?"
_PATTERNS = [
    re.compile(rf"\b{_WD}{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?"),
    re.compile(rf"{_M_WORD}\s+{_D}(?:,\s*|\s+){_Y}"),  # \b{_M}\s+…
    re.compile(r"(?P<iso>" + word_start_alternation(["19", "20"]) + r"\d\d-[01]\d-[0-3]\d)\b"),  # \b(?P<iso>(?:19|20)…
    # \b(?P<d>[0-3]?\d)/…: the first digit, the word start behind it, then a second digit only
    # after 0-3 (the same tries in the same order, starting with a plain class)
    re.compile(r"(?P<d>\d(?<!\w\d)(?:(?<=[0-3])\d)?)/(?P<m>[01]?\d)/(?P<y>(?:19|20)?\d\d)\b"),
    re.compile(rf"\b(?:in|during|since|from|by|until|of|last|this|early|late|mid)[\s-]+{_M}(?:\s+{_Y})?"),
    re.compile(r"\b(?P<rel>yesterday|today|last\s+week|last\s+month|last\s+year|this\s+week|earlier\s+this\s+(?:week|month|year)|"
               r"(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"),
    re.compile(word_start_alternation(["in", "during", "since", "by"]) + rf"\s+{_Y}\b"),  # \b(?:in|during|since|by)…
]


# Not frozen, though never changed: a frozen dataclass's __init__ is 4x slower (590 → 130 ns),
# and the extractor makes dozens of these per article.
@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: str          # ISO, possibly partial


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# What the patterns need: a month name, a digit (every pattern with digits needs a \d), a
# relative word. Most sentences have none, and are not scanned with the patterns. Each test
# starts with a plain class or literal so `re` skips ahead (measured 13 → 4 µs a sentence).
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r"yesterday|today|last\s|this\s|earlier|On\s+[MTWFS]|on\s+[MTWFS]")


def find_dates(text: str, published: str | None = None, lo: int = 0, hi: int | None = None) -> list[DateMention]:
    hi = len(text) if hi is None else hi
    # run only the patterns this stretch of text can match
    month = bool(_MONTH.search(text, lo, hi))
    digits = bool(_DIGIT.search(text, lo, hi))
    relative = bool(_RELATIVE.search(text, lo, hi))
    if not (month or digits or relative):
        return []
    wanted = (month and digits, month and digits, digits, digits, month, relative, digits)  # a day has digits
    pub = parse_iso(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for rx, want in zip(_PATTERNS, wanted):
        if not want:
            continue
        for m in rx.finditer(text, lo, hi):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _value(m, pub, text)
            if value:
                found.append(DateMention(m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _value(m: re.Match, pub: date | None, text: str) -> str | None:
    g = m.groupdict()
    if g.get("iso"):
        return g["iso"]
    if g.get("d") and g.get("m"):
        y = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        return _iso(y, int(g["m"]), int(g["d"]))
    if g.get("rel"):
        return _relative(g["rel"].lower(), pub, text[m.end():m.end() + 14])
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if month is None:
        if g.get("year"):
            return g["year"]
        return None
    year = int(g["year"]) if g.get("year") else None
    if year is None:
        if pub is None:
            return None
        year = pub.year
        lead = m.group(0).lower()
        # "last December" in a January article means the previous year; an undated month after
        # the publication month is last year's too.
        if month > pub.month or (lead.startswith("last") and month >= pub.month):
            year -= 1
    if g.get("day"):
        return _iso(year, month, int(g["day"]))
    return f"{year:04d}-{month:02d}"


def _iso(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _relative(rel: str, pub: date | None, after: str) -> str | None:
    if pub is None:
        return None
    rel = " ".join(rel.split())
    if rel == "today":
        return pub.isoformat()
    if rel == "yesterday":
        return (pub - timedelta(days=1)).isoformat()
    if rel in ("this week", "earlier this week"):
        return pub.isoformat()
    if rel == "last week":
        return (pub - timedelta(days=7)).isoformat()
    if rel in ("last month",):
        first = pub.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if rel in ("earlier this month",):
        return f"{pub.year:04d}-{pub.month:02d}"
    if rel in ("last year",):
        return f"{pub.year - 1:04d}"
    if rel in ("earlier this year",):
        return f"{pub.year:04d}"
    word = rel.split()[-1]
    if word in DAYS:
        back = (pub.weekday() - DAYS[word]) % 7
        if rel.startswith("last") and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    return None
