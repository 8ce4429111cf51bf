"""Roles people play in a misconduct story that keep them from being its subject: the chair of
the hearing is the plainest, and the one attribution needs too ("The chair said: …")."""
from __future__ import annotations

import re

from .lookback import words_before
from .trie import lower_ascii
from .people import Mention

_CHAIR_VERBS = frozenset("chaired led heard presided".split())
_CHAIR_NOUNS = frozenset("chair chairman chairwoman chairperson lqc".split())
_PANEL_WORDS = frozenset("panel hearing tribunal meeting board proceedings".split())
_CHAIR_AFTER = re.compile(r",?\s*(?:\w+\s+){0,3}?(?:who\s+(?:chaired|presided)|"
                          r"(?:chaired|presided\s+over)\s+the\s+(?:[\w-]+\s+){0,2}(?:hearing|panel|meeting|tribunal)\b|who\s+led\s+the\s+(?:hearing|panel|misconduct)|"
                          r"the\s+(?:hearing\s+|panel\s+)?chair\b|"
                          r"chair(?:ing|man|woman)?\s+of|(?:legally\s+qualified|independent|panel|hearing)\s+chair\b)", re.I)
# Who decides a hearing outside the UK: "The hearing officer, retired superintendent Jo Bloggs, ordered …"
# ("hearing officer, retired Supt Jo Bloggs", or with no comma "hearing officer Supt. (ret.) Jo Bloggs")
_ADJUDICATOR_BEFORE = re.compile(r"\b(?:hearing\s+officer|adjudicator|presiding\s+officer|arbitrator)"
                                 r"(?:\s*,\s*(?:[^,.;:]{0,60}\s)?|\s+((?:[\w.()]+\s+){0,3}))$")  # matched lower-case, like its needles
# "chaired by the force's chief constable, Jo Bloggs": the chair described, then named
_CHAIRED_BY_DESCRIBED = re.compile(r"\b(?:chaired|presided\s+over|led)\s+by\s+(?:the|a|an)\s+[^,.;:]{1,50},\s*$")  # lower-case
# one who sat on the panel: "the chair, who sat with an independent member and Supt Jo Bloggs"
# (or "The panel was chaired by … and included Supt Jo Bloggs")
_PANEL_MEMBER_BEFORE = re.compile(r"\b(?:sat\s+(?:with|alongside)|panel\s+(?:members?|comprised|included|consisted\s+of)|"
                                  r"panel\s+[^.;]{0,70}?\band\s+(?:also\s+)?included|"
                                  r"(?:and|with)\s+(?:a\s+)?panel\s+member)\b[^.;]{0,60}$")  # lower-case
# a notice laid out field by field: "Chair: …", "Chaired by: …", "Heard by: …"
_CHAIR_LABEL = re.compile(r"\b(?:Chair|Chairman|Chairwoman|Chairperson|Panel\s+chair|LQC|(?:Chaired|Heard|Presided\s+over)\s+by)"
                          r"\s*:\s*$", re.I)
# The words the tests need (see _may_chair_before and _may_chair_after), lower-case (see
# contains_any), in the 90 characters before the name: a chair noun or label, or an adjudicator
# ("hearing officer", "presiding officer"); or in the 80 before it "by" and a verb ("chaired by");
# or in the 60 after it "cha" (_CHAIR_AFTER), or "who" and "led" or "pre" ("who led the
# hearing", "who presided"). Each pair of words halves the people tested against a plain "by"
# or "who" (measured 2.7 → 1.0 a story).
CHAIR_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:independent\s+|legally\s+qualified\s+|panel\s+|hearing\s+|misconduct\s+)*"
                               r"[Cc]hair(?:man|woman|person)?\b")


def chair_entities(text: str, mentions: list[Mention]) -> set[int]:
    """People the article says chaired (or led, or heard) the hearing."""
    return hearing_roles(text, mentions)[0]


def hearing_roles(text: str, mentions: list[Mention]) -> tuple[set[int], set[int]]:
    """Who chaired the hearing, and who else sat on its panel ("who sat with an independent member
    and Supt Jo Bloggs"). Neither is a case; only the first is the case's chair, and "the chair
    said" means the one chair."""
    chairs: set[int] = set()
    panel: set[int] = set()
    low = lower_ascii(text)
    for m in mentions:
        # most people are not the chair: the words a test needs are looked for first, and the
        # tests of the words before the name run only when those words are there
        ts = m.title_start
        if _may_chair_before(low, ts) and _chair_before(text, low, ts) or \
                _may_chair_after(low, m.end) and _CHAIR_AFTER.match(text, m.end, m.end + 60):
            chairs.add(m.entity)
        elif _may_sit_before(low, ts) and _PANEL_MEMBER_BEFORE.search(low, max(0, ts - 90), ts):
            panel.add(m.entity)
    return chairs, panel - chairs


def _chair_before(text: str, low: str, ts: int) -> bool:
    """Do the words before a name whose title starts at `ts` make them the chair?"""
    # "chaired by [up to four title words] Name", with nothing but words in between
    chunk = text[max(0, ts - 70):ts]
    chunk = chunk[max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind("("), chunk.rfind(".")) + 1:]
    prev = [w.lower() for w in words_before(chunk, len(chunk), 7, 70)]
    if any(a in _CHAIR_VERBS and b == "by" and len(prev) - k - 2 <= 4 for k, (a, b) in enumerate(zip(prev, prev[1:]))):
        return True
    # "the panel chair, Name," / "chair Name" / "The chair of the panel, Name,"
    last = [w.lower() for w in words_before(text, ts, 5, 50)]
    if last and (last[-1] in _CHAIR_NOUNS or (last[-1] in _PANEL_WORDS and any(w in _CHAIR_NOUNS for w in last[:-1]))):
        return True
    return bool(_CHAIR_LABEL.search(text, max(0, ts - 24), ts) or
                _CHAIRED_BY_DESCRIBED.search(low, max(0, ts - 80), ts) or
                _adjudicator_before(text, low, ts))


def _adjudicator_before(text: str, low: str, ts: int) -> bool:
    m = _ADJUDICATOR_BEFORE.search(low, max(0, ts - 90), ts)
    if m is None:
        return False
    # the words between are the name's title ("hearing officer Supt. (ret.) Jo Bloggs"), not a
    # verb and its object's title ("the arbitrator reduced Officer Jo Bloggs's discipline")
    return m.group(1) is None or not any(w[:1].islower() for w in text[m.start(1):m.end(1)].split())


def _may_chair_before(low: str, ts: int) -> bool:
    """Are the words `_chair_before` needs in the 90 characters before `ts`? (`in` on the
    window cut once: `find`s with bounds and calls cost more; measured, with _may_chair_after,
    20 → 7 µs per article.)"""
    before = low[max(0, ts - 90):ts]
    if "chair" in before or "lqc" in before or "adjudicat" in before or "arbitrat" in before:
        return True
    if ("hearing" in before or "presiding" in before) and "officer" in before:
        return True
    by = before[-80:]  # the 80 characters before the title
    return "by" in by and ("chaired" in by or "presided" in by or "led" in by or "heard" in by)


def _may_sit_before(low: str, ts: int) -> bool:
    """Are the words _PANEL_MEMBER_BEFORE needs ("sat", "panel") in the 90 characters before `ts`?"""
    before = low[max(0, ts - 90):ts]
    return "sat " in before or "panel" in before


def _may_chair_after(low: str, end: int) -> bool:
    """Are the words _CHAIR_AFTER needs in the 60 characters after `end`?"""
    after = low[end:end + 60]
    return "cha" in after or "presided" in after or ("who" in after and ("led" in after or "pre" in after))
