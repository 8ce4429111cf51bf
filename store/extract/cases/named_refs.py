"""A sentence's references to named people: who each is (police, a chair, an impostor, an
object in another's clause, a speaker) and which of them the sentence is about.
"""
from __future__ import annotations

import re

from ..lookback import lowered, words_before
from ..people import Mention, Person
from ..ranks import POLICE_NOUNS
from ..segment import Sent
from ..unnamed import opens_clause
from ..words import SPEECH_ONLY
from .context import Context, Target
from .patterns import _OWN_DOING
from .referents import _police_nearby
from .state import Walk


# "the hearing for Inspector Jo Bloggs", "allegations against PC Bloggs", "the conduct of Sgt Bloggs",
# "among the cases is that of Jo Bloggs", "a hearing in the absence of Jo Bloggs": the proceedings' subject
_PROCEEDING_FOR = re.compile(r"\b(?:hearing|meeting|investigation|case|allegations?|proceedings|complaints?|charges?|"
                             r"conduct|behaviou?r|actions|suspension|dismissal|sacking|firing|termination|demotion)\s+"
                             r"(?:for|into|against|of)\b|\bpart\s+of\b|\brespect\s+of\b|"
                             # "A gross misconduct hearing will be held for PC X": the hearing's
                             r"\b(?:held|heard|convened|listed|scheduled)\s+(?:for|into|against)\b|\babsence\s+of\b|\b(?:proven|proved|upheld|found)\s+against\b|\bthat\s+of\b")
# "Staffs Police said Jo Bloggs had been suspended": the one reported about, not a speaker ("…,
# said Jo Bloggs.")
# (or a verb in the past: "Essex Police said PCSO X took £310 from three wallets")
_REPORTED_VERB_AFTER = re.compile(r"\s+(?:had|has|was|were|is|would|will|could|should|did|must|may|might|[a-z]{2,}ed|took|stole|"
                                  r"sent|made|kept|gave|left|lost|sold|spent|paid|wrote|met|drove|got|put|brought|bought)\b")
_KIN_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:mother|father|parents|family|wife|husband|partner|son|daughter|brother|"
                        r"sister|widow|widower|relatives?|lawyer|solicitor|barrister|friends?)\b")
_OFFICERS_WHO = re.compile(rf"\b(?:{POLICE_NOUNS})\s+(?:who|that)\s+(?:had\s+|have\s+)?[a-z]+\s+$", re.I)
# What an officer did to someone, told in the passive ("was stopped on Westgate by PC X")
_DONE_TO_BY = re.compile(r"\b(?:stopped|arrested|searched|detained|restrained|handcuffed|questioned|pushed|punched|kicked|"
                         r"hit|struck|assaulted|tasered|tased|sprayed|filmed|photographed|harassed|abused|groped|"
                         r"touched|threatened|insulted|pursued|chased|messaged|texted|targeted)\b(?:\s+[\w'’-]+){0,4}?\s+by\s+$")  # lower-case
_NOT_CASE_WORDS = frozenset("by from to with of for told against about like than".split())

# "the arbitrator reduced Officer X's discipline to …": a possessive of the officer's own fate is
# about the officer, where "X's solicitor said" reports another's words
_HIS_FATE = (r"(?:discipline|dismissal|sacking|firing|termination|suspension|demotion|penalty|sanction|punishment|"
             r"sentence|reinstatement|misconduct\s+(?:hearing|case)|employment|career)\b")
_SAYS_AFTER = re.compile(r"(?:,[^.;]{0,90}?,|,(?=\s+said\s+(?!to\s+(?:be|have)\b)))?\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|yesterday\s+|today\s+)?(?:"
                         + "|".join(sorted(SPEECH_ONLY)) + r")\b(?!\s+(?:with|to\s+(?:the|a|an|his|her)|on)\b)"
                         r"(?!(?<=claimed)\s+(?:mileage|expenses|overtime|benefits?|sick|money|pay|payments?|allowances?|hours|shifts|travel|fuel|compensation|for|£|\d))"
                         r"|['’]s\b(?!\s+(?:(?:original|initial|earlier|eventual)\s+)?" + _HIS_FATE + r")")
# (not "replied with a laughing emoji", "responded to the message", "claimed mileage for journeys
# he did not make": doing, not speaking)
_TOLD_SOMEONE = re.compile(r"(?:,[^.;,]{0,80},)?\s+(?:had\s+|then\s+|also\s+)?told\s+(?:(?:PC|DC|DS|Sgt|Sergeant|Constable|Inspector|Mr|Mrs|Ms|Miss)"
                           r"\.?\s+[A-Z]|(?:her|him|them|(?:a|the|his|her)\s+(?:colleague|woman|man|girl|boy|victim|"
                           r"complainant|detainee|prisoner|suspect|member\s+of\s+the\s+public|"
                           # ("PC X, who was assigned the call, had told the control room he was attending")
                           r"control\s+room|call\s+handler|dispatcher|supervisor|sergeant|inspector))\b)")
# what an officer says who gives evidence: "PC X told the hearing that …"
_TESTIFIES_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:told|tells)\s+(?:the|a|his|her)\s+(?:misconduct\s+|disciplinary\s+|gross\s+misconduct\s+)?"
                             r"(?:hearing|panel|tribunal)\b")

_TOLD_OWN_FATE = re.compile(r"(?:,?\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}?(?=\w+\s+(?:he|she|they)\b)\w+)?"
                            r",?\s+(?:that\s+)?(?:he|she|they)\s+(?:will|would|had|has|was|is|must)\b")
_NO_COMPLAINT_AFTER = re.compile(r"(?:,[^.;]{0,90}?,)?\s+(?:decided|chose|declined|refused|did\s+not\s+(?:want|wish)|does\s+not\s+(?:want|wish))\s+"
                                r"(?:not\s+)?to\s+(?:make|pursue|press|support|file|lodge|take)\s+(?:a\s+|any\s+)?(?:formal\s+)?"
                                r"(?:complaint|charges|prosecution|action)\b")
_POSING_AS = re.compile(r"\b(?:said\s+(?:he|she)\s+was|claimed\s+to\s+be|claiming\s+to\s+be|posing\s+as|posed\s+as|"
                        r"pretending\s+to\s+be|pretended\s+to\s+be|calling\s+(?:himself|herself)|introduced\s+"
                        r"(?:himself|herself)\s+as)\s+(?:(?:his|her|their)\s+[a-z]+,\s+)?$")  # lower-case


def named_refs(ctx: Context, w: Walk, sent: Sent, mentions: list[Mention], refs: list[tuple[int, Target]],
               speaking: set[int]) -> None:
    """Add to `refs` the named people the sentence is about, and to `speaking` those it only
    reports as saying something."""
    text = ctx.text
    s_lo, s_hi = sent.start, sent.end
    targets, chairs, mentioned, impostors = w.targets, w.chairs, w.mentioned, w.impostors
    last_person, last_pos = w.last_person, w.last_pos
    for m in mentions:
        if ctx.in_quote(m.start, attributed_only=True):
            continue
        p = ctx.people[m.entity]
        if p.id in impostors or _POSING_AS.search(ctx.low, max(s_lo, m.title_start - 50), m.title_start):
            impostors.add(p.id)  # "a man who said he was Detective Constable Jo Bloggs": no officer
            continue
        # ("The first officer … told Mr X …. He was given a final written warning": X, an
        # object in the officer's sentence, is not who "he" is; a subject since may be)
        # (nor is "Mr X" in "Sergeant A … reduced the number of officers looking for Mr X. He was served
        # with a misconduct notice": an object after a named officer who is the sentence's subject)
        if not _object_of_named_officer(text, refs, m, s_lo, p) and \
                (last_person.get(p.gender) is not p or opens_clause(text, m.title_start, s_lo)):
            for g in ((p.gender,) if p.gender else ("male", "female")):
                last_person[g] = p
                last_pos[g] = m.start
        t = targets.get(("p", p.id))
        if t is None:
            t = targets[("p", p.id)] = Target(("p", p.id), m.start, person=p)
        t.sentences.add(sent.index)
        if p.id in chairs or p.id in ctx.panel:
            t.chair = True
            continue
        if m.title in _JUDICIAL_TITLES:
            continue  # "Judge X adjourned sentence until January": the court's, never a case
        if p.role in ("officer", "pcso", "special_constable", "staff") and not (m.civil and not m.rank and not t.police):
            t.police = True
        if not t.police and _police_nearby(text, m, s_hi, s_lo):
            t.police = True
        lo = max(s_lo, m.title_start - 30)
        lo = max(lo, text.rfind(",", lo, m.title_start) + 1)  # "…for the inquiry, Philip Naylor": the comma ends it
        prev = lowered(words_before(text, m.title_start, 3, m.title_start - lo))
        # "has told Sgt X he will be reduced in rank": the news is X's own, though X was told
        told_own = prev[-1:] == ["told"] and _TOLD_OWN_FATE.match(text, m.end) is not None
        if not _NOT_CASE_WORDS.isdisjoint(prev) and not _PROCEEDING_FOR.search(" ".join(prev)) and not told_own:
            if t.police and prev[-1] == "by" and _DONE_TO_BY.search(ctx.low, max(s_lo, m.title_start - 60), m.title_start):
                # "a taxi driver who was stopped on Westgate by PC Jo Bloggs": the one who did
                # it, whom the story is about, though not this sentence's subject
                t.narrative = True
            if t.police and p.rank:
                # "two colleagues had told Sergeant Jo Bloggs …. The sergeant was demoted": only
                # remembered, so that the officer of that rank is found again
                if t in mentioned:
                    mentioned.remove(t)
                mentioned.append(t)
            continue
        if ("who" in prev or "that" in prev) and not t.police and \
                _OFFICERS_WHO.search(text, max(s_lo, m.title_start - 50), m.title_start):
            continue  # "Both officers who restrained Mr X were served notices": X is their object
        if text.startswith("s ", m.end + 1) and _KIN_AFTER.match(text, m.end):
            continue  # "Mr X's mother, Jo X, said …": about someone else, not X
        if _NO_COMPLAINT_AFTER.match(text, m.end):
            continue  # "Mr X decided not to make a formal complaint, and the force took no further action": the one wronged
        if ((_SAYS_AFTER.match(text, m.end) and not _OWN_DOING.match(text, m.end)) or
                (prev and prev[-1] in SPEECH_ONLY and not _REPORTED_VERB_AFTER.match(text, m.end) and not told_own)) \
                and not (t.police and ((m.rank and m.age is not None) or _TOLD_SOMEONE.match(text, m.end))):
            # (an officer given a rank and an age is the story's, whatever they said: "Constable
            # X, 28, told colleagues investigating a collision that he had seen …"; and one who
            # told someone something is acting in the story: "Constable X told her the messages
            # were probably a wind-up and did not create a record", "PC X told PC Y that he would
            # fit right in at the corner shop")
            speaking.add(id(t))
            if t.police and _TESTIFIES_AFTER.match(text, m.end):
                t.testified = True
        else:
            t.narrative = True
        refs.append((m.title_start, t))


_JUDICIAL_TITLES = frozenset(("Judge", "District Judge", "Deputy District Judge", "Circuit Judge", "Recorder", "Mr Justice",
                              "Mrs Justice", "Lord Justice", "Lady Justice", "Honour Judge", "His Honour Judge",
                              "Her Honour Judge", "Sheriff Principal", "Employment Judge", "Tribunal Judge", "Deputy Judge"))


_PREPOSITIONS = frozenset("for with against like involving including about to at from by".split())


def _object_of_named_officer(text: str, refs: list[tuple[int, Target]], m: Mention, s_lo: int, p: Person) -> bool:
    """Is the civilian `p`, named at `m`, an object in a sentence whose subject is a named officer
    of the same gender ("Sergeant A … reduced the number of officers looking for Mr X")? (Of
    another gender, "she" after "PC A pushed Ms X." can only be X.)"""
    if p.role is not None or not refs or refs[0][0] - s_lo > 2:
        return False
    first = refs[0][1]
    if not first.police or first.person is None or first.person.gender != p.gender or p.gender is None:
        return False
    if not opens_clause(text, m.title_start, s_lo):
        return True
    prev = lowered(words_before(text, m.title_start, 1, 20))
    return bool(prev) and prev[-1] in _PREPOSITIONS
