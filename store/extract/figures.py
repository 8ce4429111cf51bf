"""Figures: numbers with what they count — "921 officers investigated", "6% dismissed",
"Greater Manchester Police reported the most investigations (88)"."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..model import Figure, Span
from .forces import ForceMention
from .trie import lower_ascii

_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000}
# Digits are found first (a plain class is fast to scan for); a number written as a word only
# counts before "per cent", so that pattern runs only where "per cent"/"percent" occurs.
# The pattern starts with the digit and looks behind it (not before it) for a letter: `re` then
# skips ahead to digits (measured 50 → 17 µs per article). Same matches as
# (?<!\w)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?).
# The digit is taken from a class that holds every digit (ASCII ones, and all others above \x7f)
# and then looked behind for as \d: `re` skips ahead through a class of characters with a table,
# where it asks of each character whether it is a digit for \d (the NUL and \x02, in no text,
# make the ASCII part more than two ranges, which `re` would test one by one); measured
# 12.9 → 7.4 µs per article for the scan.
_NUM = re.compile(r"(?P<num>[\x00\x020-9\x80-\U0010ffff](?<=\d)(?<!\w\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))(?P<pct>\s*(?:%|[Pp]er\s*[Cc]ent|[Pp]ercent|pc\b))?")
_WORD_PCT = re.compile(r"(?<![\w-])(?P<word>six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+"
                       r"(?P<wpct>per\s*cent|percent)\b", re.I)
_NOT_BEFORE_NUM = set("£$€/.-_") 
_COUNTED = re.compile(r"\s+(?:of\s+(?:the\s+)?)?((?:[a-z][\w’'-]*\s+){0,2}?(?:officers?|cases?|investigations?|complaints?|"
                      r"allegations?|hearings?|staff|members?|forces?|officials?|personnel|employees?|people|"
                      r"reports?|referrals?|dismissals?|sackings?|warnings?|incidents?|police\s+officers?|"
                      r"women|men|victims?|arrests?|investigated|dismissed|resignations?|misconduct\s+\w+)"
                      r"(?:\s+(?:have\s+been\s+|were\s+|had\s+been\s+|was\s+)?(?:investigated|dismissed|sacked|disciplined|"
                      r"suspended|referred|recorded|reported|found\s+guilty))?)", re.I)
_BEFORE_PAREN = re.compile(r"([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s*\($", re.I)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
# (compiled once: re.match with a pattern's source looks it up in re's cache at each call)
_PERCENT_OF = re.compile(r"\s+(?:of\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=[,.;:]|\s+(?:and|while|but)\b)")
_COMMA_ONLY = re.compile(r"\s*,\s*$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+\s*,\s*$")


def find_figures(text: str, forces: list[ForceMention], skip: list[tuple[int, int]] | None = None) -> list[Figure]:
    out: list[Figure] = []
    # (_NUM's look-behind already refuses a letter or digit before the number)
    matches = [m for m in _NUM.finditer(text) if not m.start() or text[m.start() - 1] not in _NOT_BEFORE_NUM]
    low = lower_ascii(text)  # (the words looked for are ASCII: as text.lower() would have them)
    if "per cent" in low or "percent" in low:
        matches += list(_WORD_PCT.finditer(text))
        matches.sort(key=lambda m: m.start())
    # is a place inside a skipped stretch? bisect, and the furthest end among those before it
    skip = sorted(skip or [])
    skip_starts = [a for a, _ in skip]
    skip_reach = list(accumulate((b for _, b in skip), max))
    for m in matches:
        s, e = m.start(), m.end()
        k = bisect_right(skip_starts, s)
        if k and skip_reach[k - 1] > s:
            continue
        raw = m.group()
        if m.re is _NUM:  # (its `num` always takes part)
            num = m.group("num")
            if _YEARISH.match(num) and not m.group("pct"):
                continue
            value = float(num.replace(",", ""))
            unit = "percent" if m.group("pct") else "count"
        else:
            value = float(_WORDNUM[m.group("word").lower()])
            unit = "percent"
        after = _COUNTED.match(text, e) if text[e:e + 1].isspace() else None  # (it starts with \s+)
        counts = None
        end = e
        if after:
            counts = " ".join(after.group(1).split())
            end = after.end()
        elif text[s - 1:s] == "(" and text[e:e + 1] == ")":
            b = _BEFORE_PAREN.search(text, max(0, s - 50), s)
            if b:
                counts = " ".join(b.group(1).split())
                s = b.start()
                end = e + 1
        elif unit == "percent":
            tail = _PERCENT_OF.match(text[e:e + 80])
            counts = " ".join(tail.group(1).split()) if tail else "percent"
            end = e + (tail.end() if tail else 0)
        if not counts:
            continue
        if unit == "count" and value < 3 and "%" not in raw:
            continue  # "two officers" is a case, not a statistic
        if _COMMA_ONLY.match(text[e:e + 2]) and _NAME_COMMA_BEFORE.search(text[max(0, s - 30):s]):
            continue  # an age: "Jo Bloggs, 34,"
        force = _nearby_force(forces, s, text)
        out.append(Figure(value=value, raw=raw.strip(), unit=unit, counts=counts, span=Span(s, end),
                          force=force.name if force else None))
    return out


def _nearby_force(forces: list[ForceMention], pos: int, text: str) -> ForceMention | None:
    best = None
    for f in forces:
        if f.end <= pos and pos - f.end <= 60 and "." not in text[f.end:pos]:
            best = f
    return best
