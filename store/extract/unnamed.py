"""Unnamed officers: "a Kent Police officer who …", "two special constables from …",
"an officer in London", "several Metropolitan Police officers", and headlines that drop the
article ("Cumbria Police officer barred").

Only noun phrases that open a clause count (a subject, or the thing a list or "for …"
introduces): "a man who assaulted a Kent Police officer" is about a victim, not a case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .forces import ForceMention
from .ranks import role_of_noun

_NOUN = re.compile(
    r"(?:police\s+)?community\s+support\s+officers?|special\s+constables?|police\s+staff(?:\s+members?)?|"
    r"members?\s+of\s+(?:[\w()-]+\s+){0,3}?staff|staff\s+members?|detention\s+officers?|call\s+handlers?|"
    r"civilian\s+(?:staff|workers?|employees?)|police\s+employees?|"
    r"(?:detective\s+|police\s+)?(?:chief\s+)?(?:constables?|sergeants?|inspectors?|superintendents?)|"
    r"(?:police\s+)?officers?|PCSOs?|PCs|PC|detectives?|troopers?|deputies|gardaí|gardai")
_NUMBER = {"a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "some": 3, "a number of": 3,
           "a second": 1, "a third": 1, "a fourth": 1, "a further": 1, "a fellow": 1, "other": 2,
           "the other": 2, "both": 2, "another two": 2, "a further two": 2, "two other": 2, "three other": 3}
_ADJ = (r"(?:former|serving|male|female|senior|junior|young|trainee|student|probationary|off-duty|unnamed|"
        r"unidentified|other|second|third|fourth|further|fellow|married|veteran|police|uniformed|response|"
        r"neighbourhood|traffic|firearms|armed|custody|detective|special|civilian|experienced|long-serving|"
        r"new|newly[- ]qualified|serving|retired|more|then|ex-|[\w]+-year-old|\d+-year-old)")
_DET = re.compile(
    r"(?P<det>a\s+number\s+of|a\s+further\s+two|another\s+two|two\s+other|three\s+other|a\s+second|a\s+third|"
    r"a\s+fourth|a\s+further|a\s+fellow|the\s+other|another|several|both|some|other|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|an|a)\s+(?P<adj>(?:" + _ADJ + r"\s+){0,3})$", re.I)
# What may come before the determiner for the phrase to open a clause.
_CLAUSE_OPEN = re.compile(
    r"(?:^|\n\s*|[.!?:;,—–(“\"‘]\s*|\b(?:and|or|but|while|whereas|after|when|because|since|that|"
    r"include|includes|included|including|for|like|against|involving|whether|with|plus|among\s+them)\s+)$", re.I)
_TAIL = re.compile(r"\s+(?:from|in|with|at|of|for|serving\s+(?:with|in)|based\s+(?:in|at)|attached\s+to|"
                   r"working\s+(?:for|in|at|with)|employed\s+by|who\s+(?:serves?|served|works?|worked)\s+(?:with|for|in|at))\s+(?:the\s+)?")
_GENERIC_BEFORE = re.compile(r"\b(?:if|any|every|each|no|whether|when|where|should|would|could|unless)\s+(?:\w+\s+){0,2}$", re.I)
_OTHER = re.compile(r"\b(?:another|other|second|third|fourth|further|fellow)\b", re.I)


@dataclass(slots=True)
class UnnamedNP:
    start: int
    end: int                    # end of the noun (or of the force tail)
    count: int                  # 1, or how many officers the phrase covers
    role: str
    force: ForceMention | None
    other: bool                 # "another officer", "two other officers": not someone already named
    in_title: bool
    noun: str


def find_unnamed(text: str, forces: list[ForceMention], title_end: int, lo: int = 0, hi: int | None = None) -> list[UnnamedNP]:
    hi = len(text) if hi is None else hi
    ends = {f.end: f for f in forces}
    starts = {f.start: f for f in forces}
    out: list[UnnamedNP] = []
    for m in _NOUN.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        if s and (text[s - 1].isalnum() or text[s - 1] == "-"):
            continue
        noun = m.group()
        plural = noun.lower().endswith(("s", "ies", "í", "ai")) and not noun.lower().endswith(("staff", "ss"))
        if noun.startswith("PC") and noun not in ("PC", "PCs", "PCSO", "PCSOs"):
            continue
        if noun == "PC" and re.match(r"\s+[A-Z]", text[e:e + 2]):
            continue  # "PC Smith": a named officer
        head = s
        force = None
        k = s
        while k > 0 and text[k - 1] in " \t\xa0":
            k -= 1
        if k in ends:
            force = ends[k]
            head = force.start
            # "a Kent Police officer": possessive forms like "Kent Police's officer" are rarer; skip
        before = text[max(lo, head - 70):head]
        det = _DET.search(before)
        in_title = s < title_end
        if det is None:
            if not (in_title and force is not None and not plural and _CLAUSE_OPEN.search(text[max(lo, head - 12):head])):
                continue
            count, det_start, det_word = 1, head, ""
        else:
            det_word = " ".join(det.group("det").lower().split())
            if det_word in ("a", "an", "one") and plural:
                continue
            if det_word in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                            "some", "a number of", "both", "other", "the other", "another two", "a further two",
                            "two other", "three other") and not plural:
                continue
            count = _NUMBER.get(det_word, 1)
            det_start = head - len(before) + det.start()
            if _GENERIC_BEFORE.search(text[max(lo, det_start - 30):det_start]):
                continue
            if not _CLAUSE_OPEN.search(text[max(lo, det_start - 40):det_start]):
                continue
        end = e
        if force is None:
            tail = _TAIL.match(text, e)
            if tail and tail.end() in starts:
                force = starts[tail.end()]
                end = force.end
        adj = det.group("adj") if det is not None else ""
        out.append(UnnamedNP(det_start, end, count, "group" if count > 1 else role_of_noun(noun), force,
                             bool(_OTHER.search(det_word + " " + adj)), in_title, noun))
    return _longest(out)


def _longest(found: list[UnnamedNP]) -> list[UnnamedNP]:
    """"a detective sergeant" also matches as "a detective": keep the longer phrase."""
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[UnnamedNP] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out
