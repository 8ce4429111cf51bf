"""Outcomes and findings as news words them, and the frames that change a phrase's meaning.

"dismissed" is an outcome, "allegations were dismissed" is not proven, "dismissed the appeal"
is neither. Each mention records whether it is negated or hypothetical (`outcome_doubt` reads
the words around it: "could face the sack" is only a possibility, "escaped dismissal" its
opposite); the case assembler decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import reference
from .lookback import cue_set, has_cue, pair_set, words_before
from . import categories
from .outcome_doubt import doubt, is_negated
from .other_senses import LEFT_FORCE, STOOD_DOWN, SUSPENDED, employers, other_sense
from .trie import TwoTries, contains_any, lower_ascii, padded_lower, starts_word, word_start_alternation


# Not frozen, though never changed: a frozen dataclass's __init__ is 4x slower (590 → 130 ns),
# and the extractor makes dozens of these per article.
@dataclass(slots=True)
class OutcomeMention:
    start: int
    end: int
    outcome: str | None        # outcome id, or None for a finding-only phrase
    finding: str | None = None
    negated: bool = False
    hypothetical: bool = False
    barred: bool = False       # also says the person is barred


# Forms the reference lacks, found in news copy.
_EXTRA = {
    "dismissed": ["dismissed from the force", "dismissed from the service", "dismissed from his post",
                  "dismissed from her post", "dismissed from the police", "sacking", "sacked from the force",
                  "fired from", "was fired", "were fired", "been fired", "got fired", "be fired", "terminated",
                  "was terminated", "employment was terminated", "employment terminated", "let go",
                  "dismissed immediately", "immediate dismissal", "summarily dismissed", "dismissed for gross misconduct",
                  "dismissed over", "axed", "kicked out of the police", "booted out", "thrown out of the police",
                  "firing of", "termination",
                  "lost his job", "lost her job", "lost their jobs"],
    "would_have_been_dismissed": ["would have been dismissed", "would have been sacked", "would have been fired",
                                  "would have faced dismissal", "would have been dismissed without notice",
                                  # (said of one who has gone: "who resigned, was found to have been liable to dismissal")
                                  "have been liable to dismissal", "have been liable to be dismissed"],
    "reduction_in_rank": ["reduced in rank", "reduction in rank", "demoted", "demotion",
                          "reduced to the rank of constable", "reduced to the rank of sergeant",
                          "reduced to the rank of inspector", "reduced to constable", "demoted to constable",
                          "reduced him in rank", "reduced her in rank", "reduced them in rank",
                          "reduced to the rank of detective constable", "reduced to the rank of chief inspector"],
    "final_written_warning": ["final written warning", "final written warnings", "final warning", "FWW",
                              "final written warning for gross misconduct"],
    "written_warning": ["written warning", "written warnings", "letter of reprimand"],
    "management_advice": ["management advice", "management action", "words of advice", "verbal rebuke",
                          "scolding", "dressing down", "dressing-down", "telling-off", "telling off",
                          "informal action", "management intervention", "managerial intervention", "managerial action",
                          "managerial advice", "verbal warning", "advice", "management discipline",
                          "given advice", "further training", "extra training", "additional training",
                          "learning", "improvement action"],
    "reflective_practice": ["reflective practice", "reflective practice review process", "reflective practice review",
                            "RPRP", "practice requiring improvement"],
    "no_action": ["no further action", "no action", "faced no action", "no disciplinary action", "no sanction",
                  "no further disciplinary action", "escaped any punishment", "went unpunished", "no punishment"],
    "no_case_to_answer": ["no case to answer", "cleared by the watchdog", "no indication of misconduct",
                          "found no misconduct", "no misconduct on his part", "no misconduct on her part",
                          "found no evidence of misconduct", "no evidence of misconduct",
                          "no misconduct case to answer", "cleared by the police watchdog", "cleared by the iopc",
                          "cleared by the ipcc", "cleared by the police ombudsman", "cleared by the ombudsman",
                          "cleared by pirc", "cleared by the independent office for police conduct",
                          "cleared by a watchdog", "no misconduct was identified", "no misconduct identified",
                          "identified no misconduct"],
    "not_proven": ["not proven", "allegations not proven", "allegation not proven", "cleared of misconduct",
                   "cleared of gross misconduct", "cleared", "not upheld", "allegations were dismissed",
                   "allegation was dismissed", "case dismissed", "found not guilty of misconduct",
                   "no misconduct found", "no misconduct was found", "no misconduct has been found",
                   "no misconduct had been found", "no misconduct proven", "no misconduct was proven",
                   "no misconduct proved", "no misconduct was proved", "did not amount to misconduct", "not found proven", "unproven",
                   "was not proved", "were not proved", "not proved", "found not to have", "not sustained",
                   # "the panel found that the allegation had not been proven to the required standard"
                   "not been proven", "not been proved", "not been upheld",
                   # Scotland's word: "An allegation against a second constable was found not to be established"
                   "found not to be established", "was not established", "were not established",
                   "exonerated",
                   # the disciplinary charges of police acts abroad (Ontario's, among others)
                   "not guilty of neglect of duty", "not guilty of discreditable conduct", "not guilty of deceit",
                   "not guilty of insubordination", "not guilty of gross misconduct",
                   "not guilty of professional misconduct", "not guilty of corrupt practice",
                   "not guilty of breach of confidence"],
    "resigned": ["resigned", "resign", "resigns", "resigning", "resignation", "quit the force", "quit the police",
                 "quit his job", "quit her job", "quit before", "left the force", "left the service",
                 "quit the department", "quit the service", "quit his post", "quit her post", "quits the force",
                 "quits force", "quit policing", "left the department", "stepped down from the force",
                 "handed in his notice", "handed in her notice", "stepped down", "left the police",
                 "left policing", "has since left", "no longer serving", "no longer a serving", "no longer works",
                 "left the organisation", "left the organization"],
    "retired": ["retired", "retiring", "retirement", "retired from the force", "took retirement", "has since retired"],
    # (and a prosecution decided on: "A PSNI constable is to be prosecuted for common assault")
    "pending": ["to be prosecuted", "will be prosecuted",
                "will face a misconduct hearing", "will face a gross misconduct hearing", "faces a misconduct hearing",
                "faces a gross misconduct hearing", "face a misconduct hearing", "face a gross misconduct hearing",
                "due to face", "awaiting a hearing", "under investigation", "remains under investigation",
                "placed on restricted duties", "on restricted duties", "restricted duties",
                "served with a misconduct notice", "served with a gross misconduct notice",
                "investigation is ongoing", "investigation continues", "hearing is due", "hearing adjourned",
                "referred to a misconduct hearing", "suspended from duty", "suspended", "suspension",
                "case to answer", "will face a hearing", "is due to appear", "has been suspended",
                "remains suspended", "was suspended", "were suspended", "will appear before a misconduct",
                "adjourned", "was adjourned", "has been adjourned", "is being investigated", "are being investigated",
                "released under investigation", "released on bail", "remains on bail", "will face a misconduct meeting",
                "faces a misconduct meeting", "has been served", "was served", "served with a notice",
                "due to appear before", "will face misconduct proceedings", "faces misconduct proceedings",
                "face misconduct proceedings", "face gross misconduct proceedings", "faces gross misconduct proceedings",
                "facing misconduct proceedings", "facing gross misconduct proceedings", "face disciplinary proceedings",
                "faces disciplinary proceedings", "facing disciplinary proceedings", "facing a misconduct hearing",
                "facing a gross misconduct hearing", "face a misconduct meeting",
                # "Two detention officers will attend misconduct meetings": to be held, not yet decided
                "will attend a misconduct meeting", "will attend misconduct meetings", "will attend a misconduct hearing",
                "will attend a gross misconduct hearing", "will face misconduct meetings", "to attend a misconduct meeting",
                "awaiting a misconduct hearing", "awaiting a gross misconduct hearing", "awaiting a misconduct meeting",
                "awaits a misconduct hearing", "awaits a gross misconduct hearing", "awaiting misconduct proceedings",
                "awaiting gross misconduct proceedings", "awaiting disciplinary proceedings",
                # "transferred to headquarters pending disciplinary proceedings"; "interdicted" (Kenya,
                # Hong Kong, Sri Lanka): held from duty while a case is decided
                "pending disciplinary proceedings", "pending misconduct proceedings",
                "pending gross misconduct proceedings", "pending a misconduct hearing",
                "pending a gross misconduct hearing", "pending a disciplinary hearing", "interdicted",
                "awaiting a disciplinary hearing", "awaiting an accelerated hearing",
                "will attend a misconduct hearing", "will attend a gross misconduct hearing",
                "will appear at a misconduct hearing", "will appear at a gross misconduct hearing",
                "will appear before a gross misconduct", "is due to attend a misconduct hearing",
                "is due to attend a gross misconduct hearing",
                "hearing will take place", "hearing is expected", "is expected to face",
                # a hearing under way: "PC X … denies gross misconduct. … The hearing continues."
                "hearing continues", "denies gross misconduct", "deny gross misconduct", "denies misconduct",
                "deny misconduct",
                "face a hearing", "faces a hearing", "face a separate hearing", "faces a separate hearing",
                "face a separate misconduct hearing", "face a further hearing", "face an accelerated hearing",
                "faces an accelerated hearing", "face a disciplinary hearing", "faces a disciplinary hearing",
                # a hearing to be held again, after a court quashed the first's finding
                "face a new hearing", "faces a new hearing", "face a fresh hearing", "faces a fresh hearing",
                # interim measures while an investigation runs, as UK and overseas copy puts them
                "stood down from duty", "was stood down", "has been stood down", "have been stood down",
                "were stood down", "has also been stood down", "have also been stood down", "was also stood down",
                "were also stood down", "removed from operational duties", "removed from frontline duties",
                "moved to non-operational duties", "placed on non-operational duties", "on non-operational duties",
                "moved to non-operational duty", "placed on non-operational duty",
                "placed on administrative leave", "on administrative leave", "placed on paid leave",
                "placed on paid administrative leave", "on paid administrative leave", "placed on leave",
                "relieved of duty", "relieved of his duties", "relieved of her duties", "placed on desk duty",
                "assigned to desk duty", "placed on modified duty", "on modified duty",
                # notices of hearings to come
                "hearing type", "hearing will be held", "hearing will be chaired", "hearing will be heard",
                "hearing is scheduled", "hearing is listed", "is listed to begin",
                # "Cleveland Police will hold a gross misconduct hearing for PC X"
                "hearing is to be held", "hearing is due to be held", "hearing is to take place",
                "hearing is due to take place", "hearing is set to take place", "hearing is set to be held",
                "will hold a misconduct hearing", "will hold a gross misconduct hearing",
                "to hold a misconduct hearing", "to hold a gross misconduct hearing",
                "will hold an accelerated misconduct hearing", "to hold an accelerated misconduct hearing"],
    "suspended": ["suspended without pay", "unpaid suspension", "day suspension", "days without pay",
                  "suspension without pay"],
}
_FINDINGS = {
    "gross_misconduct": ["gross misconduct"],
    "misconduct": ["misconduct proven", "misconduct was proven", "found to have committed misconduct",
                   "misconduct found proven", "amounted to misconduct", "guilty of misconduct"],
    "case_to_answer": ["case to answer"],
    "no_case_to_answer": ["no case to answer"],
    "not_proven": ["not proven", "not proved", "cleared"],
    "practice_requiring_improvement": ["practice requiring improvement"],
}
_BARRED = re.compile(r"barred\s+list|barred\s+from\s+(?:policing|the\s+police|working|serving|re-?joining)|struck\s+off|"
                     r"banned\s+from\s+(?:policing|the\s+police|working\s+in\s+policing)|added\s+to\s+the\s+list", re.I)
# One of these is in any _BARRED match (see contains_any): most windows have none, and the
# case-insensitive search is slow (measured 26 µs per article without this test).
_BARRED_NEEDLES = ("barred", "banned", "truc", "added")

_MOTION_WORDS = cue_set("application applications submission submissions bid request requests motion objection "
                        "objections petition")
_ALLEGATION_WORDS = cue_set("allegation allegations charge charges case complaint complaints claim claims")
_CRIMINAL_WORDS = cue_set("cps prosecution prosecutors prosecutor prosecute prosecuted criminal charged charges "
                          "charge arrested arrest court released bail suspicion caution")
_ADVICE_WORDS = cue_set("given received receive receives handed issued offered with to management undergo undergoes "
                        "complete")
_ADVICE_PAIRS = pair_set("words of", "dealt with")
_TOOK = cue_set("took take takes taking")
_AGAINST_AFTER = re.compile(r"\s+against\s")
_DEMAND_WORDS = cue_set("calls called call urged asked refused demanded demands demanding")


# What may follow "dismissed" that is not a dismissal of an officer ("dismissed this month" is one).
_NOT_DISMISSAL_AFTER = re.compile(r"\s+(?:the|an|his|her|their|its|it|this|that|these|those|a|claims?|concerns?|"
                                  r"as|out\s+of\s+hand|suggestions?|criticism|calls?|fears?|allegations?|complaints?|appeal|"
                                  r"warnings?|advice|pleas?|requests?|objections?|doubts?|rumou?rs?|reports?)\b"
                                  r"(?!\s+(?:week|month|year|morning|afternoon|evening|summer|spring|autumn|winter)\b)", re.I)
# ... unless it is an officer: "Kent Police dismissed a sergeant", "dismissed the officer"
_OFFICER_OBJECT = re.compile(r"\s+(?:the|an|a|two|three|four|five|both)\s+(?!(?:idea|notion|suggestion|prospect|claims?|"
                             r"concerns?|case|call|calls)\b)(?:[\w-]+\s+){0,3}?(?:officers?|constables?|"
                             r"sergeants?|inspectors?|detectives?|pcsos?|superintendents?)\b(?!['’])", re.I)
_RETIRED_ADJ = re.compile(r"\s+(?:police|detective|officer|chief|superintendent|inspector|sergeant|constable|garda|pcso|trooper|"
                          r"judge|colonel|teacher|nurse|soldier|firefighter|army|senior|former|deputy|assistant|met)\b", re.I)
_SUSPENDED_SENTENCE = re.compile(r"\s+(?:(?:prison|jail|custodial|two-year|\d+-(?:week|month|year))\s+)?(?:sentences?|terms?)\b", re.I)
# "sentenced to 12 months' imprisonment, suspended for two years": the sentence is suspended
_SENTENCE_BEFORE = re.compile(r"(?:imprisonment|prison|jail|custody|sentence|term)\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?$", re.I)
_LET_GO_FRAME = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+$", re.I)
_RETIRED_NOUN_AFTER = re.compile(r"\s+(?!(?:from|in|on|at|after|before|early|last|this|when|while|and|or|but|with)\b)[A-Za-z]")
# "was fired at", "fired on the crowd": shooting. But "was fired on Monday", "on 3 May", "on the
# spot": the day someone lost their job.
_FIRED_OBJ = re.compile(r"\s+(?:a|his|her|the|at|shots?|on(?!\s+(?:\d|the\s+spot|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|upon|into|rounds?|taser|tasers|weapons?|guns?|"
                        r"bullets?|up|off)\b", re.I)
_WEAPON_BEFORE = re.compile(r"\b(?:taser|tasers|gun|guns|weapon|weapons|shots?|rounds?|pistol|rifle|shotgun|firearm|"
                            r"device|bullets?|cartridges?|probes?|baton\s+rounds?)\s+(?:had\s+|has\s+|have\s+)?$", re.I)
# a court's ruling: "the claim was dismissed by Recorder Jo Bloggs"
_BY_COURT = re.compile(r"\s+by\s+(?:recorder|judge|district\s+judge|magistrates|the\s+(?:judge|recorder|court|jury|magistrates?))\b",
                       re.I)
# the verb shared with the clause before: "One officer sacked and another cleared", "… has been
# dismissed and a colleague cleared after a hearing"
_ANOTHER_BEFORE = re.compile(r"\band\s+(?:another|a\s+colleague|the\s+other|a\s+second|a\s+fellow|one\s+other)"
                             r"(?:\s+(?:officer|constable|pc|sergeant|colleague|detective))?\s+$", re.I)
_RELEASED_BEFORE = re.compile(r"\breleased\s+$", re.I)
_QUIT_BAD = re.compile(r"\s+(?:smoking|drinking|social\s+media|twitter|x\b)", re.I)


@lru_cache(maxsize=1)
def _tables():
    phrases: dict[str, str] = {}
    for o in reference.outcomes():
        for s in o.get("synonyms", []):
            phrases.setdefault(s.lower(), o["id"])
    for oid, extra in _EXTRA.items():
        for s in extra:
            phrases[s.lower()] = oid
    # the bare word "advice"/"learning" only counts in the right frame (checked below)
    finding = {s: fid for fid, forms in _FINDINGS.items() for s in forms}
    # Tried only after a character that is not an ASCII letter, digit or _ (most positions in
    # text are inside words); the rare letter outside ASCII before it is left to starts_word.
    # Found in one scan with the allegation categories' words, which the assembler needs too.
    both = TwoTries({p.lower() for p in set(phrases) | set(finding)}, r"(?!\w)", categories.PHRASES, categories.PHRASE_END)
    return both, phrases, finding, _framed(phrases)


@lru_cache(maxsize=2)
def phrase_hits(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Outcome phrases and category words in `text`: (start, end, phrase as written), in the
    offsets of padded_lower(text) (one more than text's). Kept for the assembler, which reads
    the categories of the article find_outcomes has just read."""
    return _tables()[0].hits(padded_lower(text))


def find_outcomes(text: str) -> list[OutcomeMention]:
    _, phrases, findings, framed = _tables()
    out: list[OutcomeMention] = []
    low = lower_ascii(text)
    for s, e, written in phrase_hits(text)[0]:
        s, e = s - 1, e - 1
        if not starts_word(text, s):
            continue
        phrase = " ".join(written.split()).replace("’", "'")
        oid = phrases.get(phrase)
        fid = findings.get(phrase)
        if oid is None and fid is None:
            continue
        if phrase in framed:
            oid, fid = _in_frame(text, s, e, phrase, oid, fid)
            if oid is _NOT_AN_OUTCOME:
                continue
        if employers(text, e, oid):
            continue  # "sacked from his job at a shipyard", "dismissed by his employer": not a police sanction
        if oid == "resigned" and phrase.startswith("left ") and _AFTER_YEARS_SERVICE.match(text, e) \
                and not _PROCEEDINGS_AFTER.match(text, e):
            continue  # "left the force on Friday after 30 years' service": a career's end, as "retired after" is
        oid, fid, negated, hypothetical = doubt(text, low, s, e, oid, fid, phrase)
        if oid and phrase in _TALLY_VERBS and _COUNTED_OBJECT_AFTER.match(low, e):
            hypothetical = True  # "the office terminated 11 employees and suspended 23": a tally
        if oid and written[-1:] == "s" and _KIND_COUNTED_AFTER.match(low, e):
            hypothetical = True  # "Written warnings remain the most common outcome": a kind of outcome counted
        barred = contains_any(low, _BARRED_NEEDLES, e, e + 120) and bool(_BARRED.search(text, e, min(len(text), e + 120)))
        out.append(OutcomeMention(s, e, oid, fid if fid else _finding_for(oid, phrase), negated, hypothetical, barred))
    if "removed" in low:
        # "removed from the Western Australia Police Force": a dismissal however the force is named
        _add_pattern_hits(out, _REMOVED_FROM_FORCE.finditer(text), "dismissed", text, low)
    if "face" in low and _may_face_hearing(low):
        # "will face a separate gross misconduct hearing": the phrase list has only the plain forms
        _add_pattern_hits(out, _FACE_HEARING.finditer(low), "pending", text, low)
    if "would justify" in low:
        # the statutory words: "found no indication that either officer had behaved in a manner
        # that would justify disciplinary proceedings"
        _add_pattern_hits(out, _NO_INDICATION.finditer(low), "no_case_to_answer", text, low)
    if " be held" in low or " take place" in low:
        # "A gross misconduct hearing into the conduct of PC X will be held on 3 May"
        _add_pattern_hits(out, _HEARING_TO_BE_HELD.finditer(low), "pending", text, low)
    if "been" in low:
        _undo_removed(low, out)
    if " or " in low:
        _alternatives(low, out)
    return out


_OR_BETWEEN = re.compile(r",?\s+or\s+(?:was\s+|were\s+|been\s+|being\s+|is\s+|are\s+)?")  # lower-case


def _alternatives(low: str, out: list[OutcomeMention]) -> None:
    """Outcomes offered as alternatives are no one's: "telling families that a colleague was
    suspended or under investigation", "officers who were dismissed or resigned"."""
    ordered = sorted(out, key=lambda o: o.start)
    for a, b in zip(ordered, ordered[1:]):
        # (not findings: "no case to answer for misconduct or gross misconduct")
        if a.outcome and b.outcome and b.start - a.end < 16 and _OR_BETWEEN.fullmatch(low, a.end, b.start):
            a.hypothetical = b.hypothetical = True


def _add_pattern_hits(out: list[OutcomeMention], matches, oid: str, text: str, low: str) -> None:
    """Outcomes a pattern finds (phrases the tables cannot list), where no phrase found one."""
    for m in matches:
        if not any(o.outcome and o.start < m.end() and m.start() < o.end for o in out):
            out.append(OutcomeMention(m.start(), m.end(), oid, None, is_negated(text, low, m.start())))
    out.sort(key=lambda o: o.start)


# "The final written warning given in 2023 has been removed from her record": that sanction,
# wherever the story reported it, no longer stands
_REMOVED_AFTER = re.compile(r"(?:\s+(?:given|imposed|issued|handed)(?:\s+to\s+(?:him|her|them))?"
                            r"(?:\s+(?:in|on|at)\s+[\w ]{1,24}?)?)?\s+(?:has|had|was|have|were)\s+"
                            r"(?:now\s+|since\s+|later\s+|subsequently\s+)?been\s+(?:removed|quashed|overturned|"
                            r"set\s+aside|rescinded|withdrawn|expunged)\b")  # lower-case


def _undo_removed(low: str, out: list[OutcomeMention]) -> None:
    for k, o in enumerate(out):
        if o.outcome in DISCIPLINARY and not o.negated and _REMOVED_AFTER.match(low, o.end):
            for earlier in out[:k + 1]:
                if earlier.outcome == o.outcome:
                    earlier.negated = True


_NO_INDICATION = re.compile(r"no\s+indication\s+that\s+[^.;]{0,120}?\s+(?:behaved|acted)\s+in\s+a\s+manner\s+(?:that|which)\s+"
                           r"would\s+justify\s+(?:the\s+bringing\s+of\s+)?disciplinary\s+proceedings")  # lower-case
# the hearing's subject between the hearing and its verb (lower-case; gated on " be held" or
# " take place", as phrases cannot span the name)
_HEARING_TO_BE_HELD = re.compile(r"(?:misconduct|disciplinary|accelerated)\s+(?:hearing|meeting)\s+(?:into|for|of|against|"
                                 r"in\s+respect\s+of)\s+[^.;:]{3,90}?\s+(?:will|is\s+to|is\s+due\s+to|are\s+to|"
                                 r"is\s+set\s+to|is\s+expected\s+to)\s+(?:be\s+held|take\s+place)\b")


# an active sanction with a number for its object: a tally, not someone's outcome (lower-case; not
# a term, "suspended 10 days without pay")
_TALLY_VERBS = frozenset(("dismissed", "sacked", "fired", "terminated", "suspended", "disciplined"))
_COUNTED_OBJECT_AFTER = re.compile(r"[ \xa0]+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+)?"
                                   r"(?:\d[\d,]*|eleven|twelve|dozens|hundreds|scores)\b"
                                   r"(?!\s+(?:days?|weeks?|months?|years?|shifts?|hours?|per\s*cent|%)\b)(?!-)")
# after an outcome in the plural, what is said of that kind of outcome (lower-case)
_KIND_COUNTED_AFTER = re.compile(r"\s+(?:(?:remain|remained|are|were|was|is)\s+(?:still\s+|by\s+far\s+)?(?:the\s+)?"
                                 r"(?:most|least|commonest|second|third|more|less|rarer|rare|common|far)\b|"
                                 r"(?:accounted|account|made\s+up|make\s+up|outnumbered|rose|fell|doubled|halved|increased|"
                                 r"decreased|dropped)\b)")


_NOT_AN_OUTCOME = object()


def _criminal_before(text: str, s: int) -> bool:
    """Do the words before "no further action" speak of a crime's process (an arrest, the CPS, a
    charge), not counting those of a relative clause that describes the officer, when the
    phrase is the main verb's ("A sergeant who arrived after the arrest will face no further
    action")?"""
    described = _OFFICER_WHO.search(text, max(0, s - 160), s) if _MAIN_VERB_AT.match(text, s) else None
    if described is not None:
        s = described.start()
    return has_cue(words_before(text, s, 16, 100), _CRIMINAL_WORDS)


# "A sergeant who …", "the officer who …": a relative clause that describes the subject, up to
# the main verb that the phrase begins with ("will face no further action")
_OFFICER_WHO = re.compile(r"\b(?:officers?|sergeants?|constables?|inspectors?|detectives?|pcs?|pcsos?)\s+who\b"
                          r"(?=[^.;,]*$)", re.I)
_MAIN_VERB_AT = re.compile(r"(?:will|would|is\s+to|was\s+to)\s+face\b|(?:faced|faces|received|receives)\b", re.I)


def _in_frame(text: str, s: int, e: int, phrase: str, oid: str | None, fid: str | None) -> tuple:
    """The words around a phrase that only counts in some frames ("dismissed the appeal",
    "cleared to return", "advice" as given): (outcome, finding), or _NOT_AN_OUTCOME. Only the
    phrases in `_tables()`'s `framed` need this (most phrases need none of these tests:
    measured 1 µs a phrase to try them all)."""
    before = text[max(0, s - 60):s]
    after = text[e:e + 40]
    if phrase in ("fww", "rprp", "pri") and text[s:e] != phrase.upper():
        return _NOT_AN_OUTCOME, None
    if oid == "dismissed" and phrase in ("dismissed", "dismissal"):
        prev = words_before(text, s, 5, 60)
        # the subject of "… was dismissed"
        head = _subject_head(prev) if phrase == "dismissed" and prev and prev[-1].lower() in ("was", "were", "been") \
            else None
        if head and has_cue(head, _MOTION_WORDS):
            return _NOT_AN_OUTCOME, None  # "The application was dismissed": a court refused it
        if head and has_cue(head, _ALLEGATION_WORDS):
            if _BY_COURT.match(text, e):
                return _NOT_AN_OUTCOME, None  # "the claim was dismissed by Recorder Jo Bloggs": a court's ruling
            oid, fid = "not_proven", "not_proven"
        elif phrase == "dismissed" and _CASE_OBJECT.match(after):
            oid, fid = "not_proven", "not_proven"  # "the chair … dismissed the case": thrown out
        elif phrase == "dismissed" and _NOT_DISMISSAL_AFTER.match(after) and not _OFFICER_OBJECT.match(after):
            return _NOT_AN_OUTCOME, None
    if other_sense(text, s, e, phrase, oid):
        return _NOT_AN_OUTCOME, None  # a sport's, a club's, a deployment's, a thing's (other_senses)
    if phrase in _FIRED and (_FIRED_OBJ.match(after) or _WEAPON_BEFORE.search(text, max(0, s - 40), s)):
        return _NOT_AN_OUTCOME, None  # (or "after the Taser had been fired": a weapon, not a job)
    if phrase == "let go" and not _LET_GO_FRAME.search(text, max(0, s - 12), s):
        return _NOT_AN_OUTCOME, None  # "to make her let go": not "was let go"
    if oid == "dismissed" and phrase == "fired":
        return _NOT_AN_OUTCOME, None  # bare "fired" needs a passive frame ("was fired"), handled above
    if phrase == "firing of" and not _FIRING_OF_WHOM.match(text, e):
        return _NOT_AN_OUTCOME, None  # "the firing of a Taser", "the firing of shots"
    if phrase == "termination" and (not _TERMINATION_BEFORE.search(text, max(0, s - 30), s)
                                    or _TERMINATION_OF_THING.match(text, e)):
        return _NOT_AN_OUTCOME, None  # "the termination of the contract", "overturned his termination"
    if oid == "retired" and phrase in ("retired", "retiring", "retirement") and _AFTER_YEARS_SERVICE.match(text, e) \
            and not _PROCEEDINGS_AFTER.match(text, e):
        return _NOT_AN_OUTCOME, None  # "a detective who retired in the summer after 32 years": a career's end
    if oid == "retired" and phrase in ("retired", "retiring") and _RETIRED_ADJ.match(after):
        return _NOT_AN_OUTCOME, None
    if oid == "retired" and phrase == "retired" and _RETIRED_NOUN_AFTER.match(after) and \
            [w.lower() for w in words_before(text, s, 1, 12)[-1:]] in (["a"], ["an"]):
        return _NOT_AN_OUTCOME, None  # "a retired schoolteacher": what someone is, not what they did
    if oid == "resigned" and phrase.startswith("quit") and _QUIT_BAD.match(after):
        return _NOT_AN_OUTCOME, None
    if oid == "resigned" and phrase in ("resign", "resigns", "resigning") and has_cue(words_before(text, s, 4), _DEMAND_WORDS):
        return _NOT_AN_OUTCOME, None
    if phrase.endswith("training") and "also" in words_before(text, s, 6, 60):
        return _NOT_AN_OUTCOME, None  # "will also be required to complete additional training": beside a sanction
    if phrase.endswith("training") and _EVERYONE_BEFORE.search(text, max(0, s - 80), s):
        return _NOT_AN_OUTCOME, None  # "all response supervisors had received additional training": the force's lesson
    if phrase == "learning" and _THROUGH_REFLECTIVE.match(after):
        return _NOT_AN_OUTCOME, None  # "given learning through the reflective practice review process"
    if oid == "management_advice" and phrase in _ADVICE:
        if not has_cue(words_before(text, s, 3, 40), _ADVICE_WORDS, _ADVICE_PAIRS) and phrase != "given advice":
            return _NOT_AN_OUTCOME, None
    if oid == "no_action" and phrase == "no action" and _CONCERNS_BUT.search(text, max(0, s - 120), s):
        return _NOT_AN_OUTCOME, None  # "a colleague had raised concerns …, but no action was taken": on the concerns
    if oid == "no_action" and (_criminal_before(text, s) or _UNTIL_AFTER.match(after)):
        return _NOT_AN_OUTCOME, None  # (or "no further action was taken until she complained": a delay)
    if oid == "pending" and _RELEASED_BEFORE.search(text, max(0, s - 12), s):
        return _NOT_AN_OUTCOME, None  # "arrested and released under investigation": police bail, a crime's
    if phrase == "no action" and has_cue(words_before(text, s, 1, 12), _TOOK) and not _AGAINST_AFTER.match(after):
        # "the sergeant took no action": a failing, not an outcome (but "it would take no action
        # against the second constable" is that officer's)
        return _NOT_AN_OUTCOME, None
    if phrase == "cleared" and not re.match(r"\s+(?:of|by)\b", after) and not re.search(r"\b(?:was|were|been|be|is|are)\s+$", before) \
            and not _ANOTHER_BEFORE.search(before):
        return _NOT_AN_OUTCOME, None
    if phrase == "cleared" and re.match(r"\s+(?:to|for)\b", after):
        return _NOT_AN_OUTCOME, None  # "cleared to return to duty": permission, not an acquittal
    if phrase == "cleared" and _BY_A_COURT.match(text, e):
        return _NOT_AN_OUTCOME, None  # "cleared by a jury at Newcastle Crown Court": a criminal trial, not misconduct
    if phrase == "found not to have" and (_CASE_TO_ANSWER_AFTER.match(after) or _UNKNOWING_AFTER.match(after)):
        # "found not to have a case to answer": the case phrase says it; "found not to have been
        # made aware of the call": a fact the investigation found, not a finding on misconduct
        return _NOT_AN_OUTCOME, None
    if phrase in ("case to answer",) and re.search(r"\bno\s+$", before, re.I):
        return _NOT_AN_OUTCOME, None
    if phrase == "suspension" and _APPEAL_BEFORE.search(before):
        return _NOT_AN_OUTCOME, None  # "can appeal the suspension": the outcome told already, not a new one
    if phrase == "suspension" and text[s].isupper() and _NAME_WORD_AFTER.match(after) and \
            not before.rstrip().endswith((".", "!", "?", ":")) and before.strip():
        return _NOT_AN_OUTCOME, None  # "near the Suspension Bridge": a name
    if phrase == "suspended" and (_SUSPENDED_SENTENCE.match(after) or _SENTENCE_BEFORE.search(before)):
        return _NOT_AN_OUTCOME, None  # "a suspended prison sentence": a court's sentence, not a suspension from duty
    if oid == "pending" and phrase in SUSPENDED:
        if re.match(r"\s+(?:for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty)\s+(?:days?|weeks?|months?|shifts?)|without\s+pay)", after, re.I) \
                and not _INTERIM_AFTER.search(text, e, e + 60):
            oid = "suspended"  # (not "without pay after being charged": until the court decides)
        elif re.match(r"\s+sentence", after, re.I):
            return _NOT_AN_OUTCOME, None  # a suspended (prison) sentence
    if phrase == "suspended" and re.search(r"\d+[- ](?:day|week|month)\s+$", before):
        oid = "suspended"
    return oid, fid


# "all response supervisors had received …", "every officer in the team will get …": a whole
# group of the force, not an officer's sanction
_EVERYONE_BEFORE = re.compile(r"\b(?:[Aa]ll|[Ee]very|[Ee]ach)\s+(?:of\s+(?:the|its)\s+)?(?:[a-z-]+\s+){0,2}"
                              r"(?:officers?|supervisors?|staff|sergeants?|constables?|inspectors?|call\s+handlers?|teams?)"
                              r"\b[^.;]{0,50}$")
_INTERIM_AFTER = re.compile(r"\b(?:after\s+being\s+charged|pending\b|while\s+(?:the\s+|an\s+)?(?:criminal|investigation|inquiry))", re.I)
_REMOVED_FROM_FORCE = re.compile(r"\bremoved\s+from\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}(?:Police(?:\s+Force|\s+Service)?|"
                                 r"Constabulary|Force|force|police|service)\b(?!\s+(?:station|car|van|vehicle|building|database))")
_CONCERNS_BUT = re.compile(r"\b(?:raised\s+(?:concerns?|the\s+alarm)|reported\s+(?:him|her|them|it)|complained|flagged|"
                           r"warned)\b[^.;]*\bbut\s+$", re.I)
_AFTER_YEARS_SERVICE = re.compile(r"[^.;]{0,40}?\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
                                  r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years(?:['’]\s+service|\s+(?:of\s+service|with|in|as|on)\b|"
                                  r"\s*(?:[,.;]|$)|[ \t]*\n)", re.I)  # (and "after 32 years, almost all of them in Welshpool"; a headline's end)
# ("… retired after 25 years' service before the misconduct meeting could be held" is the outcome,
# and so is "… retired in March after 30 years' service, a month after three women complained")
_PROCEEDINGS_AFTER = re.compile(r"[^.;]{0,120}?(?:\b(?:before|while|during|ahead\s+of|pending|rather\s+than)\b[^.;]{0,40}?"
                                r"\b(?:hearing|meeting|investigation|inquiry|proceedings|misconduct|charges?)\b|"
                                r"\bafter\b[^.;]{0,60}?\b(?:complained|complaints?|allegations?\s+(?:of|that|against)|"
                                r"accused\s+(?:him|her|them))\b)", re.I)
_RETIRE_WORD = re.compile(r"\bretir(?:ed|es|ing|ement)\b", re.I)


def career_end(text: str) -> bool:
    """Does the article tell of a retirement as a career's end ("has retired after 32 years'
    service", "the retirement party of Senior Sergeant Jo Bloggs", an obituary's "He retired from
    the force in 1992"), not as leaving before proceedings?"""
    obituary = _OBITUARY.search(text) is not None
    return any((obituary or _AFTER_YEARS_SERVICE.match(text, m.end()) or _CELEBRATED.match(text, m.end()))
               and not _PROCEEDINGS_AFTER.match(text, m.end()) for m in _RETIRE_WORD.finditer(text))


_OBITUARY = re.compile(r"\b(?:has\s+died|died\s+(?:on|at|peacefully|in|aged)|passed\s+away|his\s+funeral|her\s+funeral|"
                       r"obituary|is\s+survived\s+by)\b", re.I)


_CELEBRATED = re.compile(r"\s+(?:party|celebration|ceremony|do|presentation|dinner)\s+(?:of|for)\b", re.I)


_THROUGH_REFLECTIVE = re.compile(r"\s+(?:through|via|under)\s+(?:the\s+)?(?:reflective|rprp)", re.I)
_CASE_OBJECT = re.compile(r"\s+(?:the|all(?:\s+the)?|both)\s+(?:case|allegations?|charges?)\s+(?:against\s+(?:her|him|them|the\s+officers?)\b|"
                          r"on\b|at\b|in\b|after\b|[.,;])", re.I)
_APPEAL_BEFORE = re.compile(r"\bappeal(?:ed|s|ing)?\s+(?:against\s+)?(?:the|his|her|their)\s+$", re.I)
_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
_UNTIL_AFTER = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+taken\s+until\b", re.I)
_UNKNOWING_AFTER = re.compile(r"\s+(?:been\s+)?(?:made\s+aware|aware|told|informed|present|involved|on\s+duty|known|seen|heard)\b", re.I)
_CASE_TO_ANSWER_AFTER = re.compile(r"\s+(?:a\s+)?case\s+to\s+answer", re.I)
# American copy's words for a sacking: "the firing of Sergeant Jo Bloggs", "upheld that termination"
_FIRING_OF_WHOM = re.compile(r"\s+(?:(?:the|an?|two|three|four|five|both)\s+(?:[\w-]+\s+){0,2}?(?:officers?|deputy|deputies|"
                             r"troopers?|sergeants?|detectives?|constables?|lieutenants?|captains?|corporals?)\b|"
                             r"[A-Z][a-z]*\.?\s+[A-Z][a-z])")
_TERMINATION_BEFORE = re.compile(r"\b(?<!overturned\s)(?<!reversed\s)(?<!rescinded\s)(?<!against\s)"
                                 r"(?:his|her|their|that|the|upheld|upholding|sustained|recommended|ordered)\s+$")
_TERMINATION_OF_THING = re.compile(r"\s+of\s+(?!(?:his|her|their)\s+employment\b)", re.I)
_FIRED = ("fired from", "was fired", "were fired", "been fired", "got fired", "be fired")
_ADVICE = ("advice", "learning", "further training", "extra training", "additional training", "given advice")


def _framed(phrases: dict[str, str]) -> frozenset[str]:
    """The phrases `_in_frame` has a test for."""
    return frozenset({"fww", "rprp", "pri", "dismissed", "dismissal", "fired", "axed", "demoted", *STOOD_DOWN, *LEFT_FORCE,
                      "let go", "retired", "retiring", "resign", "firing of", "termination", "retired from the force",
                      "resigns", "resigning", "no action", "cleared", "case to answer", "no case to answer", "found not to have", *_FIRED, *_ADVICE, *SUSPENDED}
                     | {p for p, oid in phrases.items() if oid == "no_action" or p.startswith("quit")})


# \b(?:will|to|faces|facing|must)\s+…, starting with the words' letters (see word_start_alternation)
_QUALIFIERS = "separate further second new fresh public full special accelerated formal disciplinary gross misconduct police staff case"
_FACE_HEARING = re.compile(word_start_alternation(["will", "to", "faces", "facing", "must"]) + r"\s+(?:face\s+)?(?:a|an)\s+"
                           r"(?:(?:" + "|".join(_QUALIFIERS.split()) + r")\s+){2,4}(?:hearing|meeting|proceedings)\b")  # lower-case


# _FACE_HEARING read backwards from the start of its last word, without the \b after that word:
# can a match end at this "hearing"? A test worth making first: finding _FACE_HEARING in an
# article that has "face" was measured at 23 µs, this test at 5.5 µs, and only one such article
# in nine has a place where it can match.
_FACE_HEARING_BACKWARDS = re.compile(r"(?:\s+(?:" + "|".join(w[::-1] for w in _QUALIFIERS.split()) + r")){2,4}"
                                     r"\s+(?:a|na)(?:\s+ecaf)?\s+(?:lliw|ot|secaf|gnicaf|tsum)(?!\w)")


def _may_face_hearing(low: str) -> bool:
    """Could _FACE_HEARING match in `low`? Each match ends with one of its nouns: each place a
    noun starts, the pattern reversed is tried once on the text reversed."""
    reverse = None
    for noun in ("hearing", "meeting", "proceedings"):
        i = low.find(noun)
        while i >= 0:
            if reverse is None:
                reverse = low[::-1]
            if _FACE_HEARING_BACKWARDS.match(reverse, len(low) - i):
                return True
            i = low.find(noun, i + 1)
    return False


_BY_A_COURT = re.compile(r"\s+(?:of\s+(?:all\s+)?(?:criminal\s+charges?|murder|manslaughter|rape|assault(?:ing)?|"
                         r"causing|dangerous\s+driving|theft|fraud|stalking|perverting|misconduct\s+in\s+(?:a\s+)?public\s+office)\b|"
                         r"by\s+(?:a\s+|the\s+)?(?:jury|jurors|judge|court|magistrates?|sheriff)|"
                         r"at\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Crown|Magistrates['’]?|Sheriff|High|Youth)\s+Court|"
                         r"at\s+(?:the\s+)?(?:Old\s+Bailey|crown\s+court|trial))")
_AUXILIARIES = frozenset("was were been has have had is are be being later subsequently also all both".split())


def _subject_head(words: list[str]) -> list[str]:
    """The word before "was/has been …": "the allegations were dismissed" → allegations; not
    "sold data to a claims management company was dismissed" → company."""
    k = len(words)
    while k > 0 and words[k - 1].lower() in _AUXILIARIES:
        k -= 1
    return words[k - 1:k]


def _finding_for(oid: str | None, phrase: str) -> str | None:
    if oid == "no_case_to_answer":
        return "no_case_to_answer"
    if oid == "not_proven":
        return "not_proven"
    if oid == "reflective_practice" and "practice requiring" in phrase:
        return "practice_requiring_improvement"
    return None


def barred_mentions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BARRED.finditer(text)]


SEVERITY = {o["id"]: (o.get("severity") if o.get("severity") is not None else -1) for o in reference.outcomes()}
DISCIPLINARY = frozenset(k for k, v in SEVERITY.items() if v is not None and v >= 0) - {"pending"}
