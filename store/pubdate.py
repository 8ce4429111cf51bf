"""Publication dates as articles and pages write them, turned into ISO dates (YYYY-MM-DD).

Numeric dates are read in UK order (12/05/2021 is 12 May) unless that is impossible and the
US order is not (05/13/2021). A date must exist on the calendar and fall in 1900..2100.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
), start=1):
    for _n in _names:
        MONTHS[_n] = _i

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAYNAME = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:bst|gmt|utc|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|ct|et|mt|pt|ist|aest|aedt)\)?)?"
         r"|\d{1,2}\s*[ap]\.?m\.?)")

# One date expression, with named groups for each ordering.
DATE_EXPR = (
    rf"(?:{_DAYNAME}?(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+(?P<m1>{_MONTH}),?[\s-]+(?P<y1>\d{{4}})"
    rf"|{_DAYNAME}?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_DAYNAME}?(?P<d4>\d{{1,2}})(?P<sep>[/.])(?P<m4>\d{{1,2}})(?P=sep)(?P<y4>\d{{4}}|\d{{2}}))"
)
_DATE = re.compile(DATE_EXPR, re.I)

# A line that is only a date, perhaps with "Published:", a time, a weekday and separators.
_PREFIX = (r"(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|modified|date|dated|"
           r"week\s+ending|issued|released)\s*(?:on|at)?\s*[:\-–—]?\s*)")
_GLUE = r"(?:\s*(?:,|\||•|·|–|—|-|at|on)?\s*)"
DATE_LINE = re.compile(
    rf"^\s*(?P<prefix>{_PREFIX})?(?:{_TIME}{_GLUE})?(?P<date>{DATE_EXPR})(?:{_GLUE}{_TIME})?\s*$",
    re.I,
)


def _iso(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g["y1"]:
        return _iso(int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
    if g["y2"]:
        return _iso(int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
    if g["y3"]:
        return _iso(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g["y4"]:
        year = int(g["y4"])
        if len(g["y4"]) == 2:
            year += 2000 if year < 70 else 1900
        day, month = int(g["d4"]), int(g["m4"])
        return _iso(year, month, day) or (_iso(year, day, month) if day <= 12 < month else None)
    return None


def parse_date(text: str | None) -> str | None:
    """The first date in `text` as YYYY-MM-DD, or None. Accepts ISO timestamps and prose dates."""
    if not text:
        return None
    for m in _DATE.finditer(text[:400]):
        iso = _from_match(m)
        if iso:
            return iso
    return None


def date_line(line: str) -> str | None:
    """The ISO date when the whole line is a dateline ("Published: 09:12 12 March 2022"), else None."""
    if len(line) > 80:
        return None
    m = DATE_LINE.match(line)
    return _from_match(m) if m else None


_TRAILING_DATE = re.compile(rf"(?:{_PREFIX})?(?:{_TIME}{_GLUE})?(?:{DATE_EXPR})(?:{_GLUE}{_TIME})?\s*$", re.I)


_DIGIT_NEAR_END = re.compile(r"\d[^\d]{0,16}$")


def split_trailing_date(line: str) -> tuple[str, str | None]:
    """("Jane Doe", "2021-05-12") for "Jane Doe12 May 2021"; (line, None) when no date ends it."""
    if not _DIGIT_NEAR_END.search(line):
        return line, None       # every date ends in a year or a time, so with a digit near the end
    for m in _TRAILING_DATE.finditer(line):
        iso = _from_match(m)
        if iso:
            return line[:m.start()], iso
    return line, None
