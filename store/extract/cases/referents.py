"""Who a mention or phrase is: the officer "that sergeant" or "the constable" refers back to, the
named person an appositive describes, whether a named person is police, and the rank words by
which officers are told apart.
"""
from __future__ import annotations

import re

from ..lookback import words_before
from ..people import Mention
from ..ranks import POLICE_NOUNS, role_of_noun
from ..trie import contains_any, lower_ascii
from ..unnamed import OTHER_SERVICE_OFFICER, UnnamedNP
from .context import Context, Target
from .layout import _opens_list_item
from .patterns import _POLICE_NOUN


_RANK_WORDS = ("sergeant", "inspector", "superintendent", "detective", "constable", "pcso", "special")


def _demonstrated(words: str, mentioned: list[Target]) -> Target:
    word = next((w for w in _RANK_WORDS + ("staff",) if w in words.lower()), None)
    unnamed = [t for t in mentioned if t.np is not None]
    for pool in (unnamed, mentioned):
        for t in reversed(pool):
            if word is None or _rank_fits(t, word) is not False or (word == "staff" and t.np and t.np.role == "staff"):
                return t
    return mentioned[-1]


def _introduced_by_role(ctx: Context, dm: re.Match, targets: dict[tuple, Target]) -> Target | None:
    """"The arresting officer, a PC from the Calderdale district, was found to have no case to
    answer": a description by what the officer did that night, followed by who they are, brings in
    an officer of their own (the same one wherever the story says it again); and so does one that
    opens an item of a list of officers, saying which one."""
    low = dm.group().lower()
    if _ROLE_PARTICIPLE.search(low) and _INTRODUCING_APPOSITIVE.match(ctx.text, dm.end()):
        key = ("d", low.split(None, 1)[1])
    elif _opens_list_item(ctx, dm.start()) and _WHICH_ONE.match(ctx.low, dm.end()) and \
            any(_opens_list_item(ctx, t.first) for t in targets.values() if t.np is not None):
        # "• the constable who drove … • the officer who was the passenger in the police car has
        # no case to answer": each item of a list of officers is one of its own
        key = ("d", dm.start())
    elif low.endswith(_STAFF_JOBS) and _WHICH_ONE.match(ctx.low, dm.end()) and \
            not any(t.np is not None and t.np.noun.lower().endswith(_STAFF_JOBS) for t in targets.values()):
        # "The call handler who took the first two calls …": one the story brings in by their job
        key = ("d", low.split(None, 1)[1])
    else:
        return None
    return targets.get(key) or _described_target(ctx, dm, targets, key, low.rsplit(None, 1)[-1])


def _described_target(ctx: Context, dm: re.Match, targets: dict[tuple, Target], key: tuple, noun: str) -> Target:
    """A new officer the description `dm` brings in, kept under `key`."""
    np = UnnamedNP(dm.start(), dm.end(), 1, role_of_noun(noun), None, False, dm.start() < ctx.title_end, noun)
    t = targets[key] = Target(key, dm.start(), np=np, police=True)
    return t


_STAFF_JOBS = ("call handler", "detention officer")
_ROLE_PARTICIPLE = re.compile(r"\b(?:arresting|attending|investigating|responding|escorting|driving)\s")
_INTRODUCING_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:PC|constable|sergeant|officer|detective|"
                                     r"inspector|PCSO)\b", re.I)


def _first_described(ctx: Context, dm: re.Match, targets: dict[tuple, Target], mentioned: list[Target]) -> Target | None:
    """"The custody sergeant on duty had not …. The sergeant has received improvement action": an
    officer the story brings in with "the", of a rank nobody named in the story holds (else "the
    sergeant" may be someone named later), not followed by their name. After a lone officer of
    no stated rank ("A Police Scotland officer … the constable") only when words after say which
    one ("the detective constable accused of the assault", "the sergeant on duty")."""
    rank = _rank_class(dm.group())
    if rank is None:
        return None
    key = ("d", rank)
    t = targets.get(key)
    if t is not None:
        return t
    # "… and a police constable a written warning …. The PC who was later allocated the call": the
    # one of that rank the story has met, not someone new
    met = [t for t in mentioned if t.np is not None and t.np.count == 1 and _rank_fits(t, rank) is True]
    if len(met) == 1:
        return met[0]
    if _NAME_APPOSITION.match(ctx.text, dm.end()):
        return None
    if any(_rank_class(p.rank or "") == rank for p in ctx.people) and \
            (any(t.np is None or not t.np.in_title for t in mentioned) or not _WHICH_ONE.match(ctx.low, dm.end())
             or not ctx.low.endswith(("and ", "while "), 0, dm.start())):
        # (but "A constable … has been suspended, and the sergeant who failed to report it
        # demoted", before anyone but the headline's officer is met: a second officer of its
        # own, whom the merge finds again in the sergeant the story names)
        return None
    # (a lone officer of no rank in a story that names an officer is, as a rule, that officer:
    # "a police officer … PC Jo Bloggs … The supervising sergeant was …" brings in someone new)
    # (but not one the story has since called by another rank: "The constable accepted …. the
    # sergeant supervising the investigation")
    if any(t.np is not None and t.np.count == 1 and t.np.role == "officer" and _rank_word(t) is None
           and t.called in (None, rank) and not _ranked_other(t, rank, mentioned) for t in mentioned) \
            and not _WHICH_ONE.match(ctx.low, dm.end()) and not any(t.person is not None and t.police for t in mentioned):
        return None
    # (the rank without a job's word before it: "the custody sergeant" is a sergeant)
    return _described_target(ctx, dm, targets, key, _JOB_WORD.sub("", ctx.text[dm.end(1):dm.end()].strip()))


_JOB_WORD = re.compile(r"^(?:custody|supervising|duty|control\s+room)\s+", re.I)
# Words after "the sergeant" that say which one: an officer brought in, not one met before
_WHICH_ONE = re.compile(r"\s+(?:who|whom|accused|involved|responsible|in\s+charge|on\s+duty|at\s+the\s+centre|"
                        r"alleged|suspected|said\s+to\s+have|supervising|overseeing|"
                        r"in\s+the\s+(?:control\s+room|custody\s+suite|control\s+centre))\b")  # lower-case


_NAME_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+\s*,")


def _by_noun(ctx: Context, word: str, mentioned: list[Target]) -> Target | None:
    """"… encouraged a probationer constable to back him. The probationer, who has not been
    named, had no case to answer": a word for an officer that is no rank (one of _NOT_RANKS,
    lower-case) is whoever the story last called by it."""
    return next((t for t in reversed(mentioned) if t.np is not None
                 and word in ctx.low[t.np.start:t.np.end]), None)


_NOT_RANKS = ("probationer", "trainee", "recruit", "colleague")


def _by_rank(description: str, focus: Target, mentioned: list[Target]) -> Target | None:
    word = next((w for w in _RANK_WORDS if w in description.lower()), None)
    if word is None:
        return focus
    fits = _rank_fits(focus, word)
    if fits is None:
        # "Kyle X, who worked at the custody unit, was dismissed …. the sergeant had signed off
        # the records": an officer of that rank met before, not the one whose rank is not given
        # (not when the last of that rank is someone named, who would be called by name: "A Met
        # constable has been sacked …. A third officer, Jo X, resigned …. the former constable")
        last = next((t for t in reversed(mentioned) if t is not focus and _rank_fits(t, word)), None)
        if last is None and _ranked_other(focus, word, mentioned):
            return None
        return last if last is not None and last.np is not None else focus
    if fits:
        return focus
    for t in reversed(mentioned):
        if _rank_fits(t, word):
            return t
    return None  # "the superintendent" while the story is about an inspector: someone not yet met


def _ranked_other(rankless: Target, word: str, mentioned: list[Target]) -> bool:
    """"A police officer has been disciplined …. a constable at the custody suite …. no misconduct
    by the custody sergeant": the lone unnamed officer of another rank the story met is the one
    whose rank it did not give, so "the sergeant" is someone else."""
    others = [t for t in mentioned if t is not rankless and t.np is not None and t.np.count == 1
              and t.np.role == "officer" and _rank_word(t) is not None]
    return len(others) == 1 and _rank_fits(others[0], word) is False


def _rank_class(words: str) -> str | None:
    """The rank words name, as _RANK_WORDS_OF groups them ("detective constable" and "PC" are both
    a constable; "Assistant Chief Constable" is a chief officer)."""
    low = words.lower()
    return next((rank for key, rank in _RANK_WORDS_OF if key in low), None)


_RANK_WORDS_OF = (("chief constable", "chief officer"), ("deputy chief", "chief officer"), ("assistant chief", "chief officer"),
                  ("commissioner", "chief officer"), ("commander", "chief officer"), ("pcso", "pcso"), ("community support", "pcso"), ("special", "special"), ("superintendent", "superintendent"),
                  ("chief inspector", "chief inspector"), ("sub-inspector", "sub-inspector"),
                  ("sub inspector", "sub-inspector"), ("inspector", "inspector"), ("sergeant", "sergeant"),
                  ("head constable", "head constable"), ("constable", "constable"), ("pc", "constable"),
                  ("lieutenant", "lieutenant"), ("corporal", "corporal"))


def _rank_word(t: Target) -> str | None:
    """The rank an unnamed phrase or a named officer's title gives, in a few plain words (police
    staff, "a call handler", are "staff": no officer's rank fits them)."""
    if t.np is not None:
        return "staff" if t.np.role == "staff" else _rank_class(t.np.noun)
    return "staff" if t.person.role == "staff" and not t.person.rank else _rank_class(t.person.rank or "")


def _same_rank(u: Target, n: Target) -> bool:
    a, b = _rank_word(u), _rank_word(n)
    return a is None or b is None or a == b or {a, b} == {"constable", "special"}


def _rank_fits(t: Target, word: str) -> bool | None:
    """Does this officer hold the rank the word names? None when we cannot tell."""
    if t.person is not None:
        return word in (t.person.rank or "").lower() if t.person.rank else None
    return word in t.np.noun.lower() if t.np is not None else None


_APPOSITIVE_GAP = re.compile(r",\s*(?:\d{1,2},\s*)?")
_APPOSITION_BEFORE = re.compile(r"\s*,\s*| ")  # "A second officer, PC Jo Bloggs," and "Her colleague Jo Bloggs"
_QUALIFIED_APPOSITION = re.compile(r"\s+(?:in|on|at|from|with|of)\s+(?:the\s+|a\s+|that\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,\s*"
                                   r"|\s+(?:who|that)\s+[^,.;“”\"]{1,60},\s*")  # "a constable who worked there, Jo Bloggs,"


def _appositive_owner(ctx: Context, np: UnnamedNP) -> int | None:
    """"Jo Bloggs, 41, a detective sergeant with Kent Police, …" and "A second officer, Acting
    Sergeant Jo Bloggs, …": the phrase describes Jo Bloggs."""
    # only the mentions that can end 12 characters before the phrase or have their title start
    # 40 after it, found by bisection (measured 3.5 → 1 µs a phrase against trying them all)
    lo, hi = ctx.mentions_near(np.start - 12, np.end + 40)
    for m in ctx.mentions[lo:hi]:
        if m.end <= np.start <= m.end + 12 and _APPOSITIVE_GAP.fullmatch(ctx.text, m.end, np.start):
            return m.entity
        if np.end <= m.title_start <= np.end + 4 and _APPOSITION_BEFORE.fullmatch(ctx.text, np.end, m.title_start):
            return m.entity
        # "A second officer in the group, PC Jo Bloggs, 27, replied": a short qualifier between
        if np.end < m.title_start <= np.end + 40 and _QUALIFIED_APPOSITION.fullmatch(ctx.text, np.end, m.title_start):
            return m.entity
    return None


_POLICE_APPOSITIVE = re.compile(r"\s*,\s*(?:\d{2},\s*)?(?:who\s+(?:was|is|had\s+been|has\s+been)\s+)?"
                                r"(?:a|an|the)\s+(?:former\s+|serving\s+|then\s+|retired\s+)?"
                                rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?:{POLICE_NOUNS})\b")
# "Jo Bloggs, 52, who lives in Hereford, worked …", "Jo Bloggs, who was a response sergeant":
# up to two asides, or "who", between the name and the verb
_ASIDES = r"(?:(?:\s*,[^,.;]{0,40}){1,2},)?(?:\s*,\s*who)?"
# "Jo Bloggs, of Washington, was a Northumbria Police response officer"
_WAS_AN_OFFICER = re.compile(_ASIDES + r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:a|an)\s+(?:serving\s+|former\s+)?"
                             rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?:[a-z][\w-]*\s+){{0,2}}(?:{POLICE_NOUNS})\b")
# "Jo Bloggs, 29, worked for Durham Constabulary in the Stanley area"
_WORKED_FOR_FORCE = re.compile(_ASIDES + r"\s+(?:(?:worked|works|served|serves|was\s+employed|is\s+employed|"
                               r"was\s+based|is\s+based)\s+(?:for|with|by|at|in)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}?"
                               r"(?:Police|Constabulary)\b|"
                               # "Jo Bloggs, who joined the force in 2013, …"
                               r"joined\s+(?:the\s+(?:force|police|constabulary)\b|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}?(?:Police|Constabulary)\b))")
_DESCRIBED_FIRST = re.compile(rf"\W*(?:The|A|An)\s+(?:\w+\s+){{0,2}}(?:{POLICE_NOUNS})\b")
# "Jo Bloggs, who worked at the custody unit at Patchway": police staff by the place they work
_WORKED_IN_POLICE_PLACE = re.compile(_ASIDES + r"\s+(?:worked|works|was\s+based|is\s+based|was\s+employed|is\s+employed)\s+"
                                     r"(?:(?:at|in|for)\s+the\s+force['’]s\s|"  # "worked in the force's operations centre"
                                     r"(?:at|in)\s+(?:the\s+|a\s+)?(?:force\s+)?(?:custody\s+(?:unit|suite|centre|block)|"
                                     r"control\s+room|contact\s+centre|control\s+centre|communications\s+centre|police\s+station)\b)", re.I)
_SERVING_AS = re.compile(rf"\b(?:serving|served|worked|working|employed)\s+as\s+(?:a|an)\s+(?:\w+\s+){{0,2}}(?:{POLICE_NOUNS.lower()})\b")  # lower-case
_SERVING_WORDS = ("serv", "work", "employ")  # one begins every _SERVING_AS match, which starts with \b (slow to scan for)


# A notice laid out field by field: "Name: Mr Jo Bloggs" over "Role: Police Staff – Exhibits Officer"
_NAME_FIELD = re.compile(r"[ \t]*(?:Name|Officer(?:\s+name)?|Subject)\s*:\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$", re.I)
_POLICE_FIELD = re.compile(r"[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:Rank|Role|Position|Job\s+title|Grade|Post)\s*:[^\n]*?"
                           r"\b(?:police|constable|sergeant|inspector|superintendent|officer|pcso|detective|staff)\b", re.I)




_ONE_OF_THEM = re.compile(r"\b(?:[Oo]ne|[Aa]nother|[Tt]he\s+other)\s+of\s+(?:them|those|the\s+(?:two|three|four|officers))\s*,\s*$")
_POLICE_GROUP = re.compile(rf"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Ss]everal)\s+(?:[\w-]+\s+){{0,2}}(?:{POLICE_NOUNS})\b")


def _police_nearby(text: str, m: Mention, s_hi: int, s_lo: int = 0) -> bool:
    if _NAME_FIELD.match(text, text.rfind("\n", 0, m.title_start) + 1, m.title_start) and _POLICE_FIELD.match(text, m.end):
        return True
    after = text[m.end:min(s_hi, m.end + 70)]
    said = _POLICE_APPOSITIVE.match(after) or _WAS_AN_OFFICER.match(text, m.end, min(s_hi, m.end + 120))
    if (said and not OTHER_SERVICE_OFFICER.search(said.group())) or _WORKED_FOR_FORCE.match(text, m.end, min(s_hi, m.end + 120)) \
            or _WORKED_IN_POLICE_PLACE.match(text, m.end, min(s_hi, m.end + 120)):
        return True
    low = lower_ascii(text)
    if contains_any(low, _SERVING_WORDS, m.end, s_hi):
        serving = _SERVING_AS.search(low, m.end, s_hi)
        if serving is not None and not OTHER_SERVICE_OFFICER.search(serving.group()):
            return True
    prev = words_before(text, m.title_start, 1, 30)
    if prev and _POLICE_NOUN.fullmatch(prev[-1]) is not None:
        return True
    if _ONE_OF_THEM.search(text, max(0, m.title_start - 30), m.title_start) and \
            _POLICE_GROUP.search(text, max(0, m.title_start - 300), m.title_start):
        return True  # "Two detention officers also failed to rouse him …. One of them, Jo Bloggs, told …"
    # "The detective superintendent who had overall responsibility …, Philip Naylor, …"
    return text[m.title_start - 2:m.title_start] == ", " and bool(_DESCRIBED_FIRST.match(text, s_lo, m.title_start))
