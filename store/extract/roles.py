"""Roles people play in a misconduct story that keep them from being its subject: the chair of
the hearing is the plainest, and the one attribution needs too ("The chair said: …")."""
from __future__ import annotations

import re

from .lookback import words_before
from .trie import contains_any, lower_ascii
from .people import Mention

_CHAIR_VERBS = frozenset("chaired led heard presided".split())
_CHAIR_NOUNS = frozenset("chair chairman chairwoman chairperson lqc".split())
_PANEL_WORDS = frozenset("panel hearing tribunal meeting board proceedings".split())
_CHAIR_AFTER = re.compile(r",?\s*(?:\w+\s+){0,3}?(?:who\s+(?:chaired|presided)|who\s+led\s+the\s+(?:hearing|panel|misconduct)|"
                          r"the\s+(?:hearing\s+|panel\s+)?chair\b|"
                          r"chair(?:ing|man|woman)?\s+of|(?:legally\s+qualified|independent|panel|hearing)\s+chair\b)", re.I)
# Who decides a hearing outside the UK: "The hearing officer, retired superintendent Jo Bloggs, ordered …"
# ("hearing officer, retired Supt Jo Bloggs", or with no comma "hearing officer Supt. (ret.) Jo Bloggs")
_ADJUDICATOR_BEFORE = re.compile(r"\b(?:hearing\s+officer|adjudicator|presiding\s+officer|arbitrator)"
                                 r"(?:\s*,\s*(?:[^,.;:]{0,60}\s)?|\s+(?:[\w.()]+\s+){0,3})$")  # matched lower-case, like its needles
# "chaired by the force's chief constable, Jo Bloggs": the chair described, then named
_CHAIRED_BY_DESCRIBED = re.compile(r"\b(?:chaired|presided\s+over|led)\s+by\s+(?:the|a|an)\s+[^,.;:]{1,50},\s*$")  # lower-case
_CHAIR_LABEL = re.compile(r"\b(?:Chair|Chairman|Chairwoman|Chairperson|Panel\s+chair|LQC)\s*:\s*$")
# Words the tests need, lower-case (see contains_any), in the 90 characters before the name: a
# chair noun or label, or an adjudicator ("hearing officer", "presiding officer"); or in the 80
# before it "by" and a verb ("chaired by"); or in the 60 after it "cha" (_CHAIR_AFTER), or "who"
# and "led" or "pre" ("who led the hearing", "who presided"). Each pair of words halves the
# people tested against a plain "by" or "who" (measured 2.7 → 1.0 a story).
_CHAIR_NEEDLES = ("chair", "lqc", "adjudicat", "arbitrat")
_OFFICER_NEEDLES = ("hearing", "presiding")
_BY_VERBS = ("chaired", "presided", "led", "heard")
_RELATIVE_VERBS = ("led", "pre")
CHAIR_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:independent\s+|legally\s+qualified\s+|panel\s+|hearing\s+|misconduct\s+)*"
                               r"[Cc]hair(?:man|woman|person)?\b")


def chair_entities(text: str, mentions: list[Mention]) -> set[int]:
    """People the article says chaired (or led, or heard) the hearing."""
    out = set()
    low = lower_ascii(text)
    for m in mentions:
        if not _may_chair(low, m.title_start, m.end):
            continue  # none of the words any test below needs: most people are not the chair
        # "chaired by [up to four title words] Name", with nothing but words in between
        chunk = text[max(0, m.title_start - 70):m.title_start]
        chunk = chunk[max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind("("), chunk.rfind(".")) + 1:]
        prev = [w.lower() for w in words_before(chunk, len(chunk), 7, 70)]
        chaired = any(a in _CHAIR_VERBS and b == "by" and len(prev) - k - 2 <= 4
                      for k, (a, b) in enumerate(zip(prev, prev[1:])))
        # "the panel chair, Name," / "chair Name" / "The chair of the panel, Name,"
        last = [w.lower() for w in words_before(text, m.title_start, 5, 50)]
        named = bool(last) and (last[-1] in _CHAIR_NOUNS or
                                (last[-1] in _PANEL_WORDS and any(w in _CHAIR_NOUNS for w in last[:-1])))
        label = _CHAIR_LABEL.search(text, max(0, m.title_start - 24), m.title_start) or \
            _CHAIRED_BY_DESCRIBED.search(low, max(0, m.title_start - 80), m.title_start) or \
            _ADJUDICATOR_BEFORE.search(low, max(0, m.title_start - 90), m.title_start)
        if chaired or named or label or _CHAIR_AFTER.match(text, m.end, m.end + 60):
            out.add(m.entity)
    return out


def _may_chair(low: str, ts: int, end: int) -> bool:
    """Are the words any chair test needs around a name whose title starts at `ts` and that
    ends at `end`?"""
    before, by = max(0, ts - 90), max(0, ts - 80)
    return (contains_any(low, _CHAIR_NEEDLES, before, ts)
            or (contains_any(low, _OFFICER_NEEDLES, before, ts) and low.find("officer", before, ts) >= 0)
            or (low.find("by", by, ts) >= 0 and contains_any(low, _BY_VERBS, by, ts))
            or low.find("cha", end, end + 60) >= 0
            or (low.find("who", end, end + 60) >= 0 and contains_any(low, _RELATIVE_VERBS, end, end + 60)))
