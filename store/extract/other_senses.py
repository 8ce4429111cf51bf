"""Words of sanction used in another sense: a sport's ban, an employer's dismissal, a
deployment stood down, a scheme suspended, a chess game resigned. find_outcomes asks here,
for a phrase it has found, whether the words around it say it is no police outcome."""
from __future__ import annotations

import re

SUSPENDED = ("suspended", "suspension", "was suspended", "were suspended", "has been suspended")
LEFT_FORCE = ("left the force", "left the police", "left policing", "left the service")

# a job that is not in the police: "sacked from his job at a Barrow shipyard", "dismissed by his
# employer", "given a final warning at work" (but "sacked from his job as a PC")
_CIVIL_JOB_AFTER = re.compile(r"\s+(?:from\s+(?:his|her|their)\s+(?:job|work|employment)|(?:by|from)\s+(?:his|her|their|the|that|its)\s+"
                              r"(?:employers?|company|firm|boss|club|council|umpires?|referees?|league|party)|at\s+work|"
                              # "sacked as shadow policing minister", "resigned as a hospice trustee"
                              r"as\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:minister|chair|chairman|chairwoman|"
                              r"captain|manager|coach|trustee|director|secretary|spokesman|spokeswoman|mp|councillor|"
                              r"leader|president|governor|head\s+teacher|headteacher|treasurer|patron))\b"
                              r"(?![^.;]{0,40}\b(?:police|constabulary|force|pcso|pc|officer|constable|sergeant|detective)\b)",
                              re.I)
# a thing, the subject of its sentence: "A garda station … that was axed", "Forty PCSO posts will be
# axed", "The Staffordshire Police scheme, which runs in 40 schools, was suspended"
_THING_WORDS = (r"stations?|posts?|jobs?|roles?|schemes?|units?|offices?|teams?|services?|budgets?|programmes?|projects?|"
                r"plans?|counters?|desks?|branch(?:es)?|recruitment|apps?|events?|matches|games?|operations?|secondments?|"
                r"visits?|trips?|classes|lessons|sessions|flights|trains|buses|fixtures|patrols|licen[cs]es?|fines|charges|"
                r"works|licensing").split("|")
_THINGS = "|".join(_THING_WORDS)
_CAPITAL_THINGS = "|".join(w[0].upper() + w[1:] for w in _THING_WORDS)
# (the nouns in lower case, so that "a PC in the Roads Policing Unit was suspended" is an officer's;
# capitalised only as a sentence's first word: "Secondments to the islands were suspended")
_THING_BEFORE = re.compile(r"(?:(?:(?:^|[.;:!?]\s+|\n)\W*|\b(?:while|when|after|until|because|since|and|but)\s+)"
                           rf"(?:[\w'’-]+\s+){{0,4}}?(?-i:{_THINGS})|(?:^|[.;:!?]\s+|\n)\W*(?-i:{_CAPITAL_THINGS}))"
                           r"\b[^.;]{0,80}?\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|are\s+to\s+be|"
                           r"is\s+to\s+be|being)\s+)?$|,\s+which\s+(?:had\s+been|has\s+been|was|were|is|are)\s+$", re.I)
STOOD_DOWN = frozenset({"was stood down", "has been stood down", "have been stood down", "were stood down"})
_STOOD_DOWN_WHEN = re.compile(r"\s+(?:only\s+)?(?:when|once|as\s+soon\s+as|at\s+(?:the\s+end|\d))\b|"
                              r"\s+(?:shortly\s+)?(?:after|before)\s+(?:\d|midnight|noon|dawn|the\s+(?:match|game|event|search))|"
                              r"\s+from\s+(?:it|the\s+(?:match|game|operation|search|event|scene|patrol|festival|cordon))\b", re.I)
_DEPLOYMENT_BEFORE = re.compile(r"\b(?:team|unit|search|drone|helicopter|crews?|operation|cordon|lifeboat|dogs?|"
                                r"firearms\s+officers)\b[^.;]{0,80}$", re.I)
# (not "suspended for 40 hours without pay", a penalty abroad)
_SHORT_PAUSE_AFTER = re.compile(r"\s+for\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?(?:\d+|[a-z]+)\s+(?:minutes?|hours?)\b"
                                r"(?!\s+(?:without|with\s+no|of\s+unpaid|unpaid)\b)", re.I)
_RETIRED_OBJECT = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+(?!(?:following|next|same|previous)\b)[a-z]+", re.I)
_CRICKET_AFTER = re.compile(r"\s+for\s+(?:a\s+(?:duck|golden\s+duck)|(?:golden\s+)?ducks|\d+)\b", re.I)
_SPORT_BAN_AFTER = re.compile(r"(?:\s+(?:him|her|them))?\s+for\s+(?:the\s+)?(?:next\s+|following\s+)?(?:[\w'’]+\s+){0,2}(?:matches|games|fixtures|races|"
                              r"rounds|match|game|trip|clash|tie|derby)\b"
                              # "suspended for Tuesday's trip to Hyde after his fifth booking of the season"
                              r"|[^.;]{0,60}\bafter\s+(?:his|her|a)\s+(?:\w+\s+)?(?:booking|yellow\s+card|red\s+card|sending[\s-]off)\b", re.I)
# "dismissed worries that …", "dismissed suggestions of a cover-up": an idea brushed aside
_DISMISSED_IDEA = re.compile(r"\s+(?:(?:the|any|all|such|these|those|his|her|their|its|growing|local|public)\s+)?(?:worries|concerns?|"
                             r"fears?|claims?|suggestions?|criticisms?|speculation|rumou?rs?|talk|doubts|notion|idea|"
                             r"comparisons?|calls|questions|accusations\s+of\s+(?:bias|favouritism|hypocrisy))\b", re.I)
# "suspended from all football", "banned from the league": a sport's or a school's
# (or a party's: "suspended from her own party group")
_SUSPENDED_FROM_ELSEWHERE = re.compile(r"\s+from\s+(?:all\s+|any\s+|the\s+|his\s+|her\s+|their\s+)?(?:own\s+)?(?:football|rugby|cricket|"
                                       r"hockey|netball|boxing|racing|sport|competition|playing|the\s+game|league|club|"
                                       r"team|squad|school|college|university|classes|lessons|party|group|"
                                       r"(?:labour|conservative|tory|liberal\s+democrat|reform|green|snp|plaid)\b)\b", re.I)
_SUBMISSION_BEFORE = re.compile(r"\bsubmissions?\s+(?:that\s+)?(?:there\s+(?:was|is|had\s+been)\s+)?(?:no\s+)?$", re.I)
_CIVIL_SANCTIONS = frozenset({"dismissed", "suspended", "pending", "final_written_warning", "written_warning", "resigned",
                              "no_action"})
_DEMOTED_ELSEWHERE = re.compile(r"\s+(?:to\s+(?:a\s+|the\s+)?(?:lower|second|third|bottom)\s+(?:list|league|division|tier|team|grade|"
                                r"squad|panel|group)|from\s+the\s+(?:premier|first|top)\s+(?:league|division|list|tier))\b", re.I)
_RETIRED_FROM_ELSEWHERE = re.compile(r"\s+from\s+(?:the\s+|his\s+|her\s+)?(?:NHS|army|navy|RAF|royal\s+navy|military|teaching|"
                                     r"nursing|medicine|refereeing|football|rugby|cricket|boxing|racing|athletics|the\s+bench|"
                                     r"parliament|politics|council|board|church|ministry|fire\s+service|ambulance\s+service|"
                                     r"prison\s+service|bank|school|university|business|farming|competition|the\s+game)\b", re.I)
_RESIGN_GAME = re.compile(r"\s+(?:his|her|the|that|a|their)\s+(?:[\w-]+\s+){0,2}(?:game|match|position|bout)\b", re.I)
_CAREER_MOVE_AFTER = re.compile(r"(?:\s+in\s+\d{4}|\s+(?:last|this)\s+(?:year|month))?\s+to\s+(?:retrain|become|stand|join|"
                                r"study|start|set\s+up|run|work\s+(?:for|as|in)|teach|care\s+for|raise|travel|go\s+into)\b", re.I)
_LATER_CAREER = re.compile(r"(?:\s+from\s+(?:the\s+)?(?:force|police|service))?\s+in\s+\d{4},?\s+(?:and|before)\s+"
                           r"(?:was\s+elected|became|went\s+on\s+to|joined|now\s+works|set\s+up|started|took\s+up)\b", re.I)
_PHYSICALLY_SUSPENDED = re.compile(r"\s+(?:side\s+by\s+side|in\s+(?:a\s+|their\s+|his\s+|her\s+)?harness(?:es)?|from\s+(?:a|the)\s+"
                                   r"(?:rope|ceiling|crane|cliff|bridge|helicopter)|upside\s+down|in\s+mid-?air)\b", re.I)


def other_sense(text: str, s: int, e: int, phrase: str, oid: str | None) -> bool:
    """Is the phrase at [s, e) of `text` (outcome `oid`) used of something other than an
    officer's sanction or leaving?"""
    if (phrase == "axed" or phrase in SUSPENDED) and _THING_BEFORE.search(text, max(0, s - 110), s):
        # "A garda station … that was axed", "PCSO posts will be axed", "The scheme, which runs in
        # 40 schools, was suspended during the pandemic"
        return True
    if phrase in STOOD_DOWN and (_STOOD_DOWN_WHEN.match(text, e, e + 40)
                                 or _DEPLOYMENT_BEFORE.search(text, max(0, s - 100), s)):
        # "stayed on into the evening and was stood down only when …", "A police drone team … was
        # stood down": the end of a deployment, not an interim measure
        return True
    if phrase in SUSPENDED and (_PHYSICALLY_SUSPENDED.match(text, e, e + 40) or _SHORT_PAUSE_AFTER.match(text, e, e + 40)
                                or _SPORT_BAN_AFTER.match(text, e, e + 80)
                                or _SUSPENDED_FROM_ELSEWHERE.match(text, e, e + 40)):
        # "suspended side by side in harnesses", "buses were suspended for 20 minutes", "will be
        # suspended for the next three matches", "suspended from all football"
        return True
    if oid == "retired" and phrase == "retired" and (_RETIRED_OBJECT.match(text, e, e + 40)
                                                     or _RETIRED_FROM_ELSEWHERE.match(text, e, e + 60)):
        return True  # "has retired the music round", "retired from the NHS last year"
    if oid == "dismissed" and phrase == "dismissed" and (_CRICKET_AFTER.match(text, e, e + 40)
                                                         or _DISMISSED_IDEA.match(text, e, e + 50)):
        return True  # "was dismissed for a duck", "dismissed for 163", "dismissed worries that …"
    if oid == "dismissed" and phrase == "dismissed" and _BE_BEFORE.search(text, max(0, s - 16), s) and \
            _CLAIM_SUBJECT.match(text, _sentence_start(text, s)):
        return True  # "An allegation that Sergeant X had failed to … was dismissed": the allegation, not X
    if phrase.endswith("case to answer") and _SUBMISSION_BEFORE.search(text, max(0, s - 50), s):
        return True  # "dismissed a defence submission that there was no case to answer": a trial's
    if oid == "reduction_in_rank" and phrase.startswith("demoted") and _DEMOTED_ELSEWHERE.match(text, e, e + 60):
        return True  # "demoted to a lower list for next season": a referee's, a club's
    if oid == "resigned" and phrase in LEFT_FORCE and \
            _CAREER_MOVE_AFTER.match(text, e, e + 60):
        return True  # "left the force in 2009 to retrain as a teacher": a new career
    if oid in ("resigned", "retired") and _LATER_CAREER.match(text, e, e + 80):
        return True  # "a former sergeant who retired from the force in 2015 and was elected in 2021"
    if oid == "resigned" and phrase in ("resign", "resigned", "resigning", "resigns") and _RESIGN_GAME.match(text, e, e + 50):
        return True  # "having to resign his final-round game": chess
    return False


_BE_BEFORE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+$")
# a sentence whose subject is a claim, not a person: "An allegation that …", "The charges against him"
_CLAIM_SUBJECT = re.compile(r"\s*(?:An?|The|That|This|His|Her|Their|One|Both|A\s+second|A\s+further|Another)\s+"
                            r"(?:[a-z-]+\s+){0,2}(?:allegations?|charges?|complaints?|claims?)\s+(?:that|of|against)\b")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last full stop and space, or line break,
    in the 400 characters before it."""
    lo = max(0, pos - 400)
    return max(text.rfind(". ", lo, pos) + 2, text.rfind("\n", lo, pos) + 1, lo)


def employers(text: str, e: int, oid: str | None) -> bool:
    """Is the sanction that ends at `e` an employer's, a club's or a party's ("sacked from his job
    at a shipyard", "dismissed by his employer", "given a final warning at work")?"""
    return oid in _CIVIL_SANCTIONS and _CIVIL_JOB_AFTER.match(text, e, e + 80) is not None
