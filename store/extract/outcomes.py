"""Outcomes and findings as news words them, with what changes their meaning around them.

"dismissed" is an outcome, "allegations were dismissed" is not proven, "dismissed the appeal"
is neither; "could face the sack" is only a possibility and "escaped dismissal" its opposite.
Each mention records whether it is negated or hypothetical; the case assembler decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import reference
from .trie import starts_word, trie_pattern


@dataclass(frozen=True, slots=True)
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
                  "lost his job", "lost her job", "lost their jobs"],
    "would_have_been_dismissed": ["would have been dismissed", "would have been sacked", "would have been fired",
                                  "would have faced dismissal", "would have been dismissed without notice"],
    "reduction_in_rank": ["reduced in rank", "reduction in rank", "demoted", "demotion",
                          "reduced to the rank of constable", "reduced to the rank of sergeant",
                          "reduced to the rank of inspector", "reduced to constable", "demoted to constable"],
    "final_written_warning": ["final written warning", "final written warnings", "final warning", "FWW",
                              "final written warning for gross misconduct"],
    "written_warning": ["written warning", "written warnings"],
    "management_advice": ["management advice", "management action", "words of advice", "verbal rebuke",
                          "scolding", "dressing down", "dressing-down", "telling-off", "telling off",
                          "informal action", "management intervention", "verbal warning", "advice",
                          "given advice", "further training", "extra training", "additional training",
                          "learning", "improvement action"],
    "reflective_practice": ["reflective practice", "reflective practice review process", "reflective practice review",
                            "RPRP", "practice requiring improvement"],
    "no_action": ["no further action", "no action", "faced no action", "no disciplinary action", "no sanction",
                  "no further disciplinary action", "escaped any punishment", "went unpunished", "no punishment"],
    "no_case_to_answer": ["no case to answer", "cleared by the watchdog", "no indication of misconduct",
                          "no misconduct case to answer"],
    "not_proven": ["not proven", "allegations not proven", "allegation not proven", "cleared of misconduct",
                   "cleared of gross misconduct", "cleared", "not upheld", "allegations were dismissed",
                   "allegation was dismissed", "case dismissed", "found not guilty of misconduct",
                   "no misconduct found", "did not amount to misconduct", "not found proven", "unproven",
                   "was not proved", "were not proved", "not proved", "found not to have"],
    "resigned": ["resigned", "resign", "resigns", "resigning", "resignation", "quit the force", "quit the police",
                 "quit his job", "quit her job", "quit before", "left the force", "left the service",
                 "handed in his notice", "handed in her notice", "stepped down", "left the police",
                 "left policing", "has since left", "no longer serving", "no longer a serving", "no longer works"],
    "retired": ["retired", "retiring", "retirement", "retired from the force", "took retirement", "has since retired"],
    "pending": ["will face a misconduct hearing", "will face a gross misconduct hearing", "faces a misconduct hearing",
                "faces a gross misconduct hearing", "face a misconduct hearing", "face a gross misconduct hearing",
                "due to face", "awaiting a hearing", "under investigation", "remains under investigation",
                "placed on restricted duties", "on restricted duties", "restricted duties",
                "served with a misconduct notice", "served with a gross misconduct notice",
                "investigation is ongoing", "investigation continues", "hearing is due", "hearing adjourned",
                "referred to a misconduct hearing", "suspended from duty", "suspended", "suspension",
                "case to answer", "will face a hearing", "is due to appear", "has been suspended",
                "remains suspended", "was suspended", "were suspended", "will appear before a misconduct"],
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

# Words before a mention that cancel or weaken it.
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+longer|n[o']t|avoided|avoid|escaped|escape|spared|instead\s+of|rather\s+than|"
    r"short\s+of|without|against|appeal(?:ed|ing)?\s+against|overturned?|overturning|lesser|less\s+than|"
    r"considered|calls?\s+for|called\s+for|demand(?:ed|ing|s)?)\s+(?:\w+\s+){0,3}$)", re.I)
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:could|may|might|would|should|must|can|cannot|can't|if|whether|risks?|risked|facing|faces?|"
    r"face|potential|possible|possibly|threat\s+of|threatened\s+with|likely|unlikely|sought|seeking|"
    r"recommend(?:ed|s)?|proposed?|urged?|wants?|wanted)\s+(?:\w+\s+){0,4}$)", re.I)
# What may follow "dismissed" that is not a dismissal of an officer.
_NOT_DISMISSAL_AFTER = re.compile(r"\s+(?:the|an|his|her|their|its|this|that|these|those|a|claims?|concerns?|"
                                  r"as|out\s+of\s+hand|suggestions?|criticism|calls?|fears?|allegations?|complaints?|appeal)\b", re.I)
_NOT_PROVEN_BEFORE = re.compile(r"(?:allegations?|charges?|case|complaints?|claims?)\s+(?:\w+\s+){0,2}(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", re.I)
_CRIMINAL_NFA = re.compile(r"(?:CPS|Crown\s+Prosecution|prosecut\w+|criminal|charg\w+|arrest\w*|court)\b[^.]{0,80}$", re.I)
_RETIRED_ADJ = re.compile(r"\s+(?:police|detective|officer|chief|superintendent|inspector|sergeant|constable|"
                          r"judge|colonel|teacher|nurse|soldier|firefighter|army|senior|former|deputy|assistant|met)\b", re.I)
_FIRED_OBJ = re.compile(r"\s+(?:a|his|her|the|at|shots?|on|upon|into|rounds?|taser|tasers|weapons?|guns?|bullets?|up|off)\b", re.I)
_QUIT_BAD = re.compile(r"\s+(?:smoking|drinking|social\s+media|twitter|x\b)", re.I)
_ADVICE_OK = re.compile(r"(?:given|received|receive|handed|issued|offered|with|to|management|words\s+of|"
                        r"required\s+to\s+(?:undergo|complete)|undergo|dealt\s+with\s+(?:by|through))\s+(?:\w+\s+){0,2}$", re.I)


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
    rx = re.compile("(?:" + trie_pattern(set(phrases) | set(finding)) + r")(?!\w)", re.IGNORECASE)
    return rx, phrases, finding


def find_outcomes(text: str) -> list[OutcomeMention]:
    rx, phrases, findings = _tables()
    out: list[OutcomeMention] = []
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if not starts_word(text, s):
            continue
        phrase = " ".join(m.group().lower().split()).replace("’", "'")
        oid = phrases.get(phrase)
        fid = findings.get(phrase)
        if phrase == "fww" and m.group() != "FWW":
            continue
        before = text[max(0, s - 60):s]
        after = text[e:e + 40]
        if oid is None and fid is None:
            continue
        if oid == "dismissed" and phrase in ("dismissed", "dismissal"):
            if phrase == "dismissed" and _NOT_PROVEN_BEFORE.search(before):
                oid, fid = "not_proven", "not_proven"
            elif phrase == "dismissed" and _NOT_DISMISSAL_AFTER.match(after):
                continue
        if phrase in ("fired from", "was fired", "were fired", "been fired", "got fired", "be fired") and _FIRED_OBJ.match(after):
            continue
        if oid == "dismissed" and phrase == "fired":
            continue  # bare "fired" needs a passive frame ("was fired"), handled above
        if oid == "retired" and phrase in ("retired", "retiring") and _RETIRED_ADJ.match(after):
            continue
        if oid == "resigned" and phrase.startswith("quit") and _QUIT_BAD.match(after):
            continue
        if oid == "resigned" and phrase in ("resign", "resigns", "resigning") and re.search(r"\b(?:calls?|called|urged|asked|refused|demand\w*)\s+(?:\w+\s+){0,3}$", before, re.I):
            continue
        if oid == "management_advice" and phrase in ("advice", "learning", "further training", "extra training", "additional training", "given advice"):
            if not _ADVICE_OK.search(before) and phrase != "given advice":
                continue
        if oid == "no_action" and _CRIMINAL_NFA.search(before):
            continue
        if phrase == "cleared" and not re.match(r"\s+(?:of|by)\b", after) and not re.search(r"\b(?:was|were|been|be|is|are)\s+$", before):
            continue
        if phrase in ("case to answer",) and re.search(r"\bno\s+$", before, re.I):
            continue
        if oid == "pending" and phrase in ("suspended", "suspension", "was suspended", "were suspended", "has been suspended"):
            if re.match(r"\s+(?:for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty)\s+(?:days?|weeks?|months?|shifts?)|without\s+pay)", after, re.I):
                oid = "suspended"
            elif re.match(r"\s+sentence", after, re.I):
                continue  # a suspended (prison) sentence
        if phrase == "suspended" and re.search(r"\d+[- ](?:day|week|month)\s+$", before):
            oid = "suspended"
        negated = bool(_NEGATION.search(before[-40:]))
        hypothetical = bool(_HYPOTHETICAL.search(before[-45:])) and oid not in ("would_have_been_dismissed", "pending")
        if oid == "would_have_been_dismissed":
            negated = negated and "not" in before[-15:]
        barred = bool(_BARRED.search(text, e, min(len(text), e + 120)))
        out.append(OutcomeMention(s, e, oid, fid if fid else _finding_for(oid, phrase), negated, hypothetical, barred))
    return out


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
