"""Which officer each outcome phrase of a sentence goes to: among the officers the sentence names
or refers to (lists, asides, relative clauses, "and another"), or, in a sentence that names
nobody ("The panel imposed dismissal"), the story's officer, unless the sentence is about other
officers, someone else, or figures.
"""
from __future__ import annotations

import re

from ..outcomes import OutcomeMention
from ..segment import Sent
from ..trie import contains_any, found_ignoring_case, word_start_alternation
from .context import Context, Target
from .patterns import _AND_BETWEEN


_SANCTION_OF = re.compile(r"\s+(?:of|for|to)\s+")


def _assign(ctx: Context, refs: list[tuple[int, Target]], firm: list[OutcomeMention], sent: Sent, anaphoric: bool,
            implicit: bool = False) -> None:
    """Give each firm outcome phrase of a sentence to the officer(s) it is about. Weights: 3 when
    the sentence names or refers to the officer, 2 in the headline or when the officer is only
    the story's focus ("The panel imposed dismissal"), 1 inside someone's quoted words."""
    if not refs or not firm:
        return
    # "A Met officer has been dismissed and another has received a final written warning": an
    # outcome after "and another" is someone else's, not the officer named before it
    low = ctx.low
    markers = [m.start() for m in _ANOTHER.finditer(low, sent.start, sent.end)] \
        if contains_any(low, _ANOTHER_WORDS, sent.start, sent.end) else []
    if markers:
        firm = [o for o in firm if not any(m < o.start and not any(m < pos < o.start for pos, _ in refs)
                                           and any(pos < m for pos, _ in refs) for m in markers)]
        if not firm:
            return
    weight_base = 2 if (sent.start < ctx.title_end or implicit) else 3

    def weight(o: OutcomeMention) -> int:
        return 1 if ctx.in_quote(o.start) and not anaphoric else weight_base

    if anaphoric:
        for _, t in refs:
            for o in firm:
                t.outcomes.append((o, weight(o)))
        return
    listed = [(pos, t) for pos, t in refs if t.np is not None]
    if len({id(t) for _, t in listed}) < len(listed):
        # "… that the inspector face a misconduct meeting, but the officer retired": one officer
        # met twice, whose predicate is the one after the later mention
        listed = [(pos, t) for k, (pos, t) in enumerate(listed) if not any(u is t for _, u in listed[k + 1:])]
    # "A Met officer who punched a boy while two other officers held him has been fired": an
    # officer inside another's relative clause is not a subject of the sentence's outcomes
    listed = [(pos, t) for k, (pos, t) in enumerate(listed)
              if k == 0 or not _inside_relative(ctx.low, _np_end(ctx, *listed[k - 1]), pos)]
    others = [(pos, t) for pos, t in refs if t.np is None]
    taken: set[int] = set()
    if len(listed) >= 2:
        # "has dismissed a Whitehorse constable and demoted a corporal": each the object of the
        # sanction right before it
        # (or of the sanction's noun: "the dismissal of a constable and a final written warning
        # for a sergeant")
        objects = [next((o for o in firm if o.end <= pos and (ctx.text[o.end:pos].isspace()
                                                              or _SANCTION_OF.fullmatch(ctx.text, o.end, pos))), None)
                   for pos, _ in listed]
        if all(o is not None for o in objects):
            for (_, t), o in zip(listed, objects):
                t.outcomes.append((o, weight(o)))
                taken.add(id(o))
            listed = []
    if listed:
        # a list of unnamed officers: each owns the outcomes in its own clause; the rest share
        # the predicate after the last of them ("A, B and C were given …") or before the first
        # ("a scolding was deemed sufficient for A and B").
        bounds = [pos for pos, _ in listed] + [sent.end]
        owned_any = False
        for k, (pos, t) in enumerate(listed):
            own = [o for o in firm if bounds[k] <= o.start < bounds[k + 1] and not _other_ref_between(others, pos, o.start)]
            if own and k + 1 < len(listed):
                for o in own:
                    t.outcomes.append((o, weight(o)))
                    taken.add(id(o))
                owned_any = True
        last_pos = listed[-1][0]
        # ("The inspector … failed to supervise the reports after Mr X complained to her, and
        # received a written warning": not one who is the subject of a clause of time or reason)
        # (nor one named inside the last officer's relative clause: "We also investigated a
        # sergeant who supervised PC X at the time and found he had no case to answer")
        last_end = _np_end(ctx, *listed[-1])
        blocking = [(pos, t) for pos, t in others if not _in_clause_of_time(ctx, pos, t)
                    and not (pos > last_pos and _inside_relative(low, last_end, pos))]
        tail = [o for o in firm if o.start >= last_pos and id(o) not in taken and not _other_ref_between(blocking, last_pos, o.start)]
        # (not across a semicolon: "PC who shared photo is sacked; two colleagues learn fate")
        head = [o for o in firm if o.start < listed[0][0] and not any(p < o.start for p, _ in others)
                and ctx.text.find(";", o.end, listed[0][0]) < 0]
        # (a tail with only a finding leaves the head's sanction: "Kent Police dismissed a
        # sergeant for gross misconduct")
        shared = tail if any(o.outcome for o in tail) else (head + tail if head else tail)
        if head and shared == head and _FOR_OBJECT.fullmatch(low, head[-1].end, listed[0][0]):
            # "We found no case to answer for Officer B, who … told Officer A to slow down": the
            # one the outcome is for, not an officer in their clause
            # (but "no case to answer for Officer A and Officer B": both)
            k = 1
            while k < len(listed) and _LIST_GAP.fullmatch(ctx.text, _np_end(ctx, *listed[k - 1]), listed[k][0]):
                k += 1
            listed = listed[:k]
        for pos, t in listed:
            if not t.outcomes or not owned_any:
                for o in shared:
                    if (o, weight(o)) not in t.outcomes:
                        t.outcomes.append((o, weight(o)))
        if shared and others:
            # "Constable X and a second constable, whose name was not released, were terminated":
            # the named officer listed with the first of them shares their predicate
            # (or the one a pronoun stands for: "Both she and her colleague … were given …")
            for pos, t in others:
                end = t.name_end(pos)
                if (_PRONOUN_AND.fullmatch(low, pos, listed[0][0]) if end is None
                        else _AND_BETWEEN.fullmatch(ctx.text, end, listed[0][0])) \
                        and _PLURAL_VERB.search(low, listed[0][0], shared[0].start + 8):
                    for o in shared:
                        t.outcomes.append((o, weight(o)))
        for o in shared:
            taken.add(id(o))
    for o in firm:
        if id(o) in taken or not others:
            continue
        # not one inside an earlier officer's aside: "PC A, who helped PC B look it up, resigned"
        before = [(pos, t) for pos, t in others if pos <= o.start and not _in_aside(ctx, others, pos, o.start)]
        if len(before) > 1 and before[0][1].police:
            # "PC A failed to act after Mr X complained to her, and received a written warning"
            before = [(pos, t) for pos, t in before if not _in_clause_of_time(ctx, pos, t)] or before
        after = [(pos, t) for pos, t in others if pos > o.start]
        if not before:
            # (not the giver: "she had been given a final warning by the sergeant")
            after = [(pos, t) for pos, t in after if not ctx.low.endswith(" by ", 0, pos)]
            if not after:
                continue
            after[0][1].outcomes.append((o, weight(o)))
            # "ordered the suspension of head constable A and constable B": both
            for (p0, t0), (p1, t1) in zip(after, after[1:]):
                end = t0.name_end(p0)
                if end is None or not _AND_NEXT.fullmatch(ctx.text, end, p1):
                    break
                t1.outcomes.append((o, weight(o)))
            continue
        # "PC A and PC B, who …, were dismissed": every officer of a list before the verb
        chosen = [before[-1]]
        while len(chosen) < len(before) and (before[-len(chosen) - 1][0] == chosen[0][0]  # "Both were …"
                                             or _conjoined(ctx, before[-len(chosen) - 1], chosen[0], o.start)):
            chosen.insert(0, before[-len(chosen) - 1])
        for _, t in chosen:
            t.outcomes.append((o, weight(o)))


def _in_clause_of_time(ctx: Context, pos: int, t: Target) -> bool:
    """Is `t`, met at `pos`, someone outside the police who is the subject of a clause of time or
    reason ("after Mr X complained to her")?"""
    return not t.police and _CLAUSE_OPENS_BEFORE.search(ctx.low, max(0, pos - 16), pos) is not None


_CLAUSE_OPENS_BEFORE = re.compile(r"\b(?:after|when|because|before|while|until|since|once)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?$")  # lower-case
_FOR_OBJECT = re.compile(r"\s+(?:for|against|to|on)\s+(?:the\s+)?")  # lower-case
_AND_NEXT = re.compile(r",?\s+and\s+(?:[A-Za-z.-]+\s+){0,2}")
_WHO_CLAUSE = re.compile(r"\s*,\s*who\s+[^,;.]{0,40}")  # lower-case


def _in_others_relative(ctx: Context, mentions, refs: list[tuple[int, Target]], at: int) -> bool:
    """Is the outcome at `at` inside the relative clause of someone the sentence does not make a
    subject ("She takes over from Chief Constable X, who is retiring")? Then it is theirs."""
    taken = {pos for pos, _ in refs}
    return any(m.end <= at and m.title_start not in taken and _WHO_CLAUSE.fullmatch(ctx.low, m.end, at)
               for m in mentions)


def _in_nouns_relative(ctx: Context, refs: list[tuple[int, Target]], lo: int, at: int) -> bool:
    """Is the outcome at `at` inside a relative clause of a noun that is no officer of the sentence
    ("… passed it to his supervisor, who agreed that no further action was needed")? Not of a
    body that decides ("the panel, who dismissed him"), nor when the clause names or points to an
    officer."""
    low = ctx.low
    k = low.rfind(", who ", lo, at)
    if k < 0 or not _CLAUSE_TO_OUTCOME.fullmatch(low, k + 6, at) or any(k <= p < at for p, _ in refs):
        return False
    noun = _OWN_NOUN_BEFORE.search(low, max(lo, k - 40), k)
    return noun is not None and noun.group(1) not in _DECIDERS and ctx.text[noun.start(1)].islower() and \
        not any(t.np is not None and t.np.end == k for _, t in refs)


_CLAUSE_TO_OUTCOME = re.compile(r"(?:(?!\b(?:he|she|him|her|they|them|his)\b)[^,;.:])*")  # lower-case
# "to his supervisor": a noun with its determiner right before the comma (not the tail of an
# officer's own phrase, "a constable accused of controlling behaviour over four years, who …")
_OWN_NOUN_BEFORE = re.compile(r"\b(?:his|her|their|a|an|the)\s+(?:[a-z]+\s+)?([a-z]+)$")
_DECIDERS = frozenset("""panel chair chairman chairwoman board tribunal force watchdog commissioner committee hearing
    meeting ombudsman iopc pirc constabulary police service department judge magistrate authority""".split())


_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|whom|whose|which)\b[^,;.]*,")  # lower-case
# (", who …" too, and after an apposition: "Officer C, a student officer who had been told by Officer A …")
_RELATIVE_GAP = re.compile(r"(?:\s+|\s*,\s*)(?:(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:who|whom|which|that)\s[^,;.]*")  # lower-case


def _in_aside(ctx: Context, refs: list[tuple[int, Target]], pos: int, outcome_at: int) -> bool:
    """Is the officer at `pos` inside a relative aside (", who …,") of an earlier officer that
    closes before the outcome at `outcome_at`?"""
    low = ctx.low
    for p, t in refs:
        if p >= pos or t.person is None:
            continue
        end = t.name_end(p)
        aside = _RELATIVE_ASIDE.match(low, end) if end is not None else None
        if aside is not None and aside.start() <= pos < aside.end() <= outcome_at:
            return True
    return False


def _np_end(ctx: Context, pos: int, t: Target) -> int:
    """Where the unnamed phrase `t` met at `pos` ends there (a code name, "Officer C", is met
    again as written; other phrases end where they first did, met there)."""
    np = t.np
    if pos != np.start and np.code and ctx.text.startswith(np.noun, pos):
        return pos + len(np.noun)
    return np.end


def _inside_relative(low: str, lo: int, hi: int) -> bool:
    """Is the officer at `hi` inside the relative clause of the one ending at `lo` ("who …
    while two other officers held him"), rather than the next of a list ("who …, and a sergeant")?"""
    return bool(_RELATIVE_GAP.fullmatch(low, lo, hi)) and not low[lo:hi].rstrip().endswith((" and", " or"))


# (and "…, and some forces had officers on restricted duties for years": forces in general)
_ANOTHER = re.compile(r"(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?:another|a\s+second|a\s+third|a\s+fourth|the\s+other|"
                      r"a\s+colleague|one\s+other|(?:some|many|most|several|other)\s+forces)\b"
                      r"(?!\s+(?:of|time|times|year|day|week|month)\b)")  # lower-case
# One of these is in every _ANOTHER match: most sentences have none, and the pattern, starting
# with \b, is tried at every place (measured 30 µs per article without this test).
_ANOTHER_WORDS = ("other", "second", "third", "fourth", "colleague", "forces")

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_LIST_GAP_ASIDE = re.compile(r"(?:\s*,\s*(?:aged\s+)?\d{1,2})?(?:\s*,\s*(?:who|whom|whose)\s[^,;.]*)?\s*,?\s*and\s+")  # lower-case
# (and the present: "PC A, 28, and PC B, 33, deny gross misconduct")
_PLURAL_VERB = re.compile(r"\s(?:were|are|have|deny|face|admit|accept|dispute|contest|remain)\s")  # lower-case


def _conjoined(ctx: Context, first: tuple[int, Target], second: tuple[int, Target], verb_at: int | None = None) -> bool:
    """Are two named officers listed together ("PC A and PC B", "A, B and C")? With `verb_at`
    (where their predicate is), also across an age and an aside when the verb is plural: "PC
    A, 31, who set up the group, and DS B, 38, who joined it, were dismissed"."""
    (_, a), (pos_b, b) = first, second
    if a.person is None or b.person is None or a is b:
        return False
    end = next((m.end for m in a.person.mentions if m.end <= pos_b and pos_b - m.end <= 8), None)
    if end is not None:
        return bool(_LIST_GAP.fullmatch(ctx.text, end, pos_b))
    if verb_at is None:
        return False
    end = next((m.end for m in a.person.mentions if m.end <= pos_b and pos_b - m.end <= 120), None)
    return end is not None and bool(_LIST_GAP_ASIDE.fullmatch(ctx.low, end, pos_b)) \
        and bool(_PLURAL_VERB.search(ctx.low, pos_b, verb_at + 8))  # (the verb may open the phrase: "deny")


_PRONOUN_AND = re.compile(r"(?:he|she)\s+and\s+")  # lower-case


def _other_ref_between(others: list[tuple[int, Target]], lo: int, hi: int) -> bool:
    return any(lo < pos < hi for pos, _ in others)


_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-h]\)|[ivx]{1,4}\.)\s+(?=[A-Z])")


def _sentence_text(text: str, lo: int, hi: int) -> str:
    """A sentence as the tests on its words read it: without a section number ("3.1 Final
    written warning."). Made only for the sentences those tests look at."""
    return _SECTION_NUMBER.sub("", text[lo:hi], count=1)


_GENERIC_SENT = re.compile(r"^\W*(?:officers|police\s+officers|many|most|some|all|forces|the\s+(?:figures|data|study|report|investigation\s+found)|"
                           r"\d[\d,.]*\s*(?:%|per\s*cent|pc)?|(?:at\s+least|more\s+than|over|almost|nearly|around|about|just|only)\s+\d|"
                           # "A final written warning stays on an officer's record for two years": what a sanction is
                           r"an?\s+(?:(?:final\s+)?written\s+warning|reduction\s+in\s+rank|dismissal|warning)\s+"
                           r"(?:stays|remains|lasts|is\s+(?:the|a|an)|means|can|will\s+(?:stay|remain|last)))", re.I)

# Other officers in the sentence ("two other officers were given advice"), whose outcome it may be.
_OTHERS_COUNTS = "other two three four five six seven eight nine ten dozens?\\s+of several both many".split()
_OTHERS_NOUNS = ("officers", "colleagues", "constables", "sergeants", "inspectors", "superintendents", "staff",
                 "detectives", "pcsos")  # one is in every match
_OTHERS_TAIL = r"\s+(?:[a-z]+\s+)?(?:" + "|".join(_OTHERS_NOUNS) + r")\b"
_OTHERS = re.compile(r"\b(?:" + "|".join(_OTHERS_COUNTS) + r"|\d[\d,]*)" + _OTHERS_TAIL + r"|\bcolleagues\b|\bofficers\b", re.I)
_OTHERS_FAST = (  # _OTHERS, lower-case, for found_ignoring_case
    re.compile(word_start_alternation([w + _OTHERS_TAIL for w in _OTHERS_COUNTS] + [r"colleagues\b", r"officers\b"])),
    re.compile(r"\d(?<!\w\d)[\d,]*" + _OTHERS_TAIL))


def _other_officers(sent_text: str) -> bool:
    return found_ignoring_case(sent_text, _OTHERS, _OTHERS_FAST, _OTHERS_NOUNS)


# Subjects that are not an officer: an outcome in their sentence is not the officer's.
_SOMEONE = (r"\s+(?:defendant|accused|suspect|man|woman|driver|victim|teenager|boy|girl|youth|jury|jurors|judge|"
            r"magistrates?|court|prosecution|claimant|complainant|family|mother|father|son|daughter|pupil|student|"
            r"worker|employee|company|council)\b")
_SOMEONE_ELSE = re.compile(r"\b(?:the|a)" + _SOMEONE, re.I)
_SOMEONE_ELSE_FAST = (re.compile(word_start_alternation(["the", "a"]) + _SOMEONE),)  # lower-case

_WHO_ASIDE = re.compile(r",\s*who\b[^,;.]*,")


def _someone_else(sentence: str) -> bool:
    """Is the sentence about someone other than an officer? Not for a man inside the officer's
    relative clause: "The hearing of the officer, who is accused of assaulting a man, was adjourned"."""
    return found_ignoring_case(_WHO_ASIDE.sub(" ", sentence) if "who" in sentence else sentence, _SOMEONE_ELSE,
                               _SOMEONE_ELSE_FAST)


_LEADING_ADVERBIAL = re.compile(r"^\W*(?:(?:last|this|next|earlier|later)\s+(?:year|month|week|summer|spring|autumn|winter)"
                                r"|(?:on|in|at|after|before|during|since|by)\s+[^,]{1,40},|yesterday|today|however,|but|and|"
                                r"then|meanwhile,|separately,)\s*", re.I)
_IT_WAS = re.compile(r"[Ii]t\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?!(?:decided|found|agreed|concluded|"
                     r"determined|ruled|felt|accepted|considered|thought|recommended|announced|confirmed|said|proven|"
                     r"proved|upheld|clear|understood|alleged)\b)")
_BARE_PLURAL = re.compile(r"([A-Z][a-z]+s)\s+(?:were|are|have\s+been|had\s+been)\s+[a-z]+")
_PEOPLE_PLURALS = frozenset("""officers constables sergeants inspectors detectives pcs pcsos colleagues superintendents
    deputies troopers gardai staff employees members both""".split())
_DET_SUBJECT = re.compile(r"^(?:the|a|an|its|his|her|their)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b", re.I)
# Subjects under which an outcome can be the story's officer's: "The panel imposed dismissal".
_OFFICER_SUBJECTS = frozenset("""panel hearing chair chairman chairwoman tribunal meeting force iopc ipcc watchdog officer
    constable sergeant inspector detective pc sanction sanctions outcome decision misconduct allegation allegations
    case investigation investigators board service constabulary police appeal result finding findings
    ombudsman commission commissioner warning dismissal demotion reduction advice action practice conduct behaviour
    behavior actions""".split())


def _subject_may_be_officer(sentence: str) -> bool:
    """In a sentence that names nobody, can an outcome be about the story's officer? Not when its
    subject is plainly something else: "Last year the budget was cleared by the panel"."""
    rest = _LEADING_ADVERBIAL.sub("", sentence.strip(), count=1)
    if _IT_WAS.match(rest):
        return False  # "It was dismissed by an employment tribunal": his claim (but "It was decided …")
    m = _DET_SUBJECT.match(rest)
    if m is None:
        # "Deliveries were suspended for a week": a plural thing with no determiner
        bare = _BARE_PLURAL.match(rest)
        return bare is None or bare.group(1).lower() in _OFFICER_SUBJECTS or bare.group(1).lower() in _PEOPLE_PLURALS
    # the subject's head is one of its first words: "A final written warning was imposed"
    return any(w in _OFFICER_SUBJECTS for w in m.group(1).lower().split())


def _civilian_named(ctx: Context, sent: Sent, chair_decides: bool = False) -> bool:
    """Someone who is not police is named in the sentence (outside quotes). With `chair_decides`
    (the sentence gives an outcome), not the hearing's chair, whose decision is about the officer
    ("The chair, Jo Bloggs, agreed and dismissed the case")."""
    for m in ctx.in_sent(sent, "mentions"):
        p = ctx.people[m.entity]
        if p.role is None and not m.rank and not ctx.in_quote(m.start, attributed_only=True) and \
                not (chair_decides and p.id in ctx.chairs):
            return True
    return False
