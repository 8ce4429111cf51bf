"""Which outcome phrases of a sentence are firm and whose they are: not negated or hypothetical
ones, nor those in another's relative clause or that someone only learnt of; not a speaker's
("X said the panel had concluded …"); the focus's when the sentence names nobody ("The panel
imposed dismissal"), or names only the chair who decided ("DCC X … dismissed him"), or only people
of the other gender ("gave him a written warning"); the named officer's right after the sanction's
verb ("dismissed PC Y"). Then `_assign` gives them out.
"""
from __future__ import annotations

import re

from ..outcomes import SEVERITY, OutcomeMention
from ..people import Person
from ..segment import Sent
from ..trie import contains_any
from ..words import PRONOUN_GENDER
from .assign import (
    _GENERIC_SENT, _assign, _civilian_named, _in_nouns_relative, _in_others_relative, _other_officers, _sentence_text,
    _someone_else, _subject_may_be_officer,
)
from .context import Context, Target
from .layout import _section_heading
from .referents import _rank_class, _rank_fits
from .state import Walk


_ANAPHORIC = re.compile(r"^\W*(?:they|these|those|others|this|examples|cases|among\s+them|among\s+those)\s+"
                        r"(?:\w+\s+){0,1}(?:include|included|includes|were|are|involved|involve)\b", re.I)

_RULING_VERBS = ("ruled", "decided", "concluded", "determined", "directed", "ordered")  # one is in every _RULED_THAT
_RULED_THAT = re.compile(r"\b(?:ruled|decided|concluded|determined|directed|ordered)\s+that\s+(?:[^.;]{0,60}?\s)?"
                         r"(?:he|she|his|her)\b")  # lower-case
_LEARNT_OF = re.compile(r"\b(?:informed|told|notified|aware|briefed|advised)\s+(?:of|about)\s+(?:the|this|that)\s+$")  # lower-case
_OF_RANK = re.compile(r" of (?:the )?(?:[A-Za-z.-]+ ){0,3}")  # "the suspension of head constable …"
_POSSESSED_SUBJECT = re.compile(r",?\s+(?:and|but|while)\s+(?:his|her|their)\s+(?!own\b)[a-z]+\s+(?:(?:has|had|have)\s+been\s+|was\s+|were\s+|is\s+)?$")  # lower-case
_OBJECT_AFTER = re.compile(r"\s+(him|her|them)\b(?!self|selves)")  # lower-case


def decide(ctx: Context, w: Walk, sent: Sent, held: dict, refs: list[tuple[int, Target]], speaking: set[int],
           pronoun_unresolved: bool) -> tuple[list[tuple[int, Target]], list[OutcomeMention]]:
    """Decide which outcomes of the sentence are firm and whose, give them out (`_assign`) and
    remember the last; return the sentence's refs as decided and its firm outcomes."""
    text = ctx.text
    s_lo, s_hi = sent.start, sent.end
    focus, targets, chairs, last_person, together = w.focus, w.targets, w.chairs, w.last_person, w.together
    prev_outcome = w.prev_outcome
    # "X said the panel had concluded that a final written warning was sufficient": the
    # outcome is reported by X, about the story's officer
    if speaking and any(id(t) in speaking for _, t in refs):
        refs = [(pos, t) for pos, t in refs if id(t) not in speaking]
    outs = held.get("outcomes", ())
    firm = [o for o in outs if not o.negated and not o.hypothetical]
    if firm and held.get("mentions"):
        firm = [o for o in firm if not _in_others_relative(ctx, held["mentions"], refs, o.start)]
    if firm:
        firm = [o for o in firm if not _in_nouns_relative(ctx, refs, s_lo, o.start)]
    if firm and refs:
        firm = [o for o in firm if not _subject_not_referred(ctx, sent, refs, o)]
    if firm and refs:
        # "… has been fired, and his partner has been suspended": the partner's, not his
        # (not when the one possessed is an officer the sentence refers to: "and his sergeant suspended")
        firm = [o for o in firm if not ((m := _POSSESSED_SUBJECT.search(ctx.low, max(s_lo, o.start - 40), o.start))
                                        and not any(m.start() <= pos < o.start for pos, _ in refs))]
    if firm and refs and all(t.person is not None and not t.police for _, t in refs):
        # "The commissioner said he had been informed of the suspension": what he learnt of,
        # not what befell him
        firm = [o for o in firm if not _LEARNT_OF.search(ctx.low, max(s_lo, o.start - 40), o.start)]
    if not refs and firm and _AGAINST_OBJECT.match(ctx.low, firm[0].end):
        # "found that the second constable's use of force was necessary, and recommended that no
        # action should be taken against him": the officer the sentence names by a possessive
        owner = next((t for t in targets.values() if t.person is None and s_lo <= t.np.start < firm[0].start
                      and ctx.text.startswith(("'s", "’s"), t.np.end)), None)
        if owner is not None:
            refs = [(owner.np.start, owner)]
            owner.sentences.add(sent.index)
    if not refs and firm and focus is not None and focus.person is not None and focus.person.gender:
        # "The allegation of gross misconduct against him, that he had failed to review Mr X's
        # detention, … was found not proven": the one the allegation is against, the focus
        against = _AGAINST_PRONOUN.match(ctx.low, s_lo, firm[0].start)
        if against is not None and PRONOUN_GENDER[against.group(1)] == focus.person.gender:
            refs = [(against.start(1), focus)]
            focus.sentences.add(sent.index)
        else:
            # "… found the charges proved, and the Commissioner of Police ordered his dismissal":
            # whose dismissal the pronoun says, the focus's, whatever the sentence's subject
            own = next((o for o in firm if o.outcome and (p := _OWNER_PRONOUN.fullmatch(ctx.low, max(s_lo, o.start - 4), o.start))
                        and PRONOUN_GENDER[p.group(1)] == focus.person.gender), None)
            if own is not None and _OWN_NOUN.match(ctx.low, own.start):
                refs = [(own.start - 4, focus)]
                focus.sentences.add(sent.index)
    implicit = False
    sent_text = _sentence_text(text, s_lo, s_hi) if (
        (not refs and firm and focus is not None and not pronoun_unresolved)
        or (refs and not firm and prev_outcome is not None)) else ""
    if not refs and firm and focus is not None and not pronoun_unresolved and \
            not (_GENERIC_SENT.match(sent_text) or ctx.statistics(sent) or _other_officers(sent_text)
                 or _COUNTED_SUBJECT.match(sent_text)
                 or _someone_else(sent_text)
                 or _civilian_named(ctx, sent, any(o.outcome for o in firm) and _story_officer(targets) is focus)
                 or not _subject_may_be_officer(sent_text) or _section_heading(ctx, sent, focus)
                 or _other_rank_leads(sent_text, focus) or _table_header(text, s_lo, sent_text)
                 or (focus.np is not None and not focus.outcomes and all(ctx.in_quote(o.start) for o in firm))):
        # (nor someone's quoted words, to an unnamed officer the story has given nothing yet:
        # "… after an officer has gone. 'Imagine a constable who … faces a gross misconduct hearing'")
        # "PC A and PC B were accused of …. The panel found the allegations not proven": both,
        # when the last sentence about officers was about the two of them
        holder = _holder_of_the(ctx.low, firm, targets, focus)
        refs = [(s_lo, holder)] if holder is not None else \
            [(s_lo, t) for t in together] if len(together) >= 2 and focus in together \
            and all(t.person is not None for t in together) else [(s_lo, focus)]
        for _, t in refs:
            t.sentences.add(sent.index)
        # "Police said no further action would be taken against her": the sentence names her after
        # all, as firmly as by name (her finding of no misconduct before gives way to the decision)
        implicit = not (len(refs) == 1 and any(_taken_against(ctx.low, o, refs[0][1]) for o in firm))
    if not firm and refs and _ANAPHORIC.match(sent_text) and prev_outcome is not None:
        firm = [prev_outcome]
        anaphoric = True
    else:
        anaphoric = False
    if refs and firm and focus is not None and not anaphoric:
        # "DCC X found gross misconduct and dismissed him": the one dismissed is the object,
        # the officer the story is about, not the subject who decided
        # (not when the one named is only an owner: "found that PC X's conduct was gross
        # misconduct and dismissed him" is X's dismissal)
        done = [o for o in firm if _OBJECT_AFTER.match(ctx.low, o.end)
                and all(pos < o.start and t is not focus and not _possessive(text, t, pos) for pos, t in refs)]
        if done:
            _decided(refs, chairs)
            firm = [o for o in firm if o not in done]
            focus.outcomes.extend((o, 3) for o in done)
            focus.sentences.add(sent.index)
    if refs and firm and focus is not None and focus.person is not None and not anaphoric and \
            contains_any(ctx.low, _RULING_VERBS, s_lo, firm[0].start):
        # "ACC X ruled that his conviction amounted to gross misconduct and that he should be
        # dismissed": X decided; the outcome is the officer's the story is about
        ruled = _RULED_THAT.search(ctx.low, s_lo, firm[0].start)
        if ruled is not None and all(pos < ruled.start() and t is not focus and t.person is not None
                                     for pos, t in refs):
            _decided(refs, chairs)
            refs = [(ruled.end(), focus)]
            focus.sentences.add(sent.index)
    if refs and firm and contains_any(ctx.low, ("'s hearing", "’s hearing"), s_lo, s_hi):
        # "Hackney PC warned … as sergeant's hearing is adjourned": another rank's hearing
        firm = [o for o in firm if not _others_hearing(ctx.low, refs, s_lo, o.start)]
    if refs and firm and not anaphoric:
        # "The panel found that her colleague's access was misconduct and gave him a written
        # warning": "him" is not the woman the sentence names but the man named before
        other = _object_of_other_gender(ctx.low, refs, firm[0], last_person, targets)
        if other is not None:
            refs = [(firm[0].start, other)]
            other.sentences.add(sent.index)
    if len(refs) >= 2 and firm and not anaphoric:
        # "Chief Constable X dismissed PC Y at an accelerated hearing": the named officer right
        # after the sanction's verb is the one sanctioned; a named subject before it decided
        for o in firm:
            obj = next(((pos, t) for pos, t in refs if t.person is not None
                        and o.end <= pos <= o.end + 2 and not ctx.text[o.end:pos].strip()), None)
            if obj is None and ctx.text.startswith(" of ", o.end):
                # "ordered the suspension of head constable X and constable Y"
                obj = next(((pos, t) for pos, t in refs if t.person is not None
                            and o.end < pos <= o.end + 40 and _OF_RANK.fullmatch(ctx.text, o.end, pos)), None)
            if obj is None or not any(pos < o.start and t.person is not None for pos, t in refs):
                continue
            _decided([(pos, t) for pos, t in refs if pos < o.start and t is not obj[1]], chairs)
            refs = [(pos, t) for pos, t in refs if not t.chair]
    if refs and firm:
        _assign(ctx, refs, firm, sent, anaphoric, implicit)
    if firm:
        w.prev_outcome = firm[-1]
    return refs, firm


# the sanctions a panel imposes, from a suspension up (not advice, reflection or findings)
_SANCTIONS = frozenset(k for k, v in SEVERITY.items() if v >= SEVERITY["suspended"])


def _holder_of_the(low: str, firm: list[OutcomeMention], targets: dict[tuple, Target],
                   focus: Target) -> Target | None:
    """"A second garda resigned. … The Commissioner approved the dismissal": a sanction named
    with "the", that one officer other than the one in focus was already given, is theirs again."""
    if not all(o.outcome in _SANCTIONS and low.endswith("the ", 0, o.start) for o in firm):
        return None  # ("found the allegation not proven" is a finding: its own, not a repeat)
    wanted = {o.outcome for o in firm}
    holders = [t for t in targets.values() if t is not focus and not t.chair
               and any(prev.outcome in wanted for prev, _ in t.outcomes)]
    return holders[0] if len(holders) == 1 and not any(prev.outcome in wanted for prev, _ in focus.outcomes) else None


def _story_officer(targets: dict[tuple, Target]) -> Target | None:
    """The police officer the story named first: whom a chair's decision is about."""
    return min((t for t in targets.values() if t.person is not None and t.police and not t.chair),
               key=lambda t: t.first, default=None)


_RANKS_HEARING = re.compile(r"\b(sergeant|inspector|constable|superintendent|pcso|pc|detective)['’]s\s+"
                            r"(?:[a-z]+\s+){0,2}hearing\b[^.;]*$")  # lower-case


def _others_hearing(low: str, refs: list[tuple[int, Target]], s_lo: int, at: int) -> bool:
    """Is the outcome at `at` told of the hearing of an officer of a rank none of the sentence's
    officers holds ("… PC warned over … as sergeant's hearing is adjourned")?"""
    m = _RANKS_HEARING.search(low, max(s_lo, at - 60), at)
    if m is None:
        return False
    rank = _rank_class(m.group(1)) or "officer"
    return all(_rank_fits(t, rank) is False for _, t in refs)


def _other_rank_leads(sent_text: str, focus: Target) -> bool:
    """Does the sentence open with a rank the story's officer does not hold ("Sergeant demoted to
    constable", a live blog's heading, while a chief superintendent is in focus)?"""
    lead = _RANK_LEAD.match(sent_text)
    return lead is not None and _rank_fits(focus, _rank_class(lead.group(1)) or "officer") is False


_RANK_LEAD = re.compile(r"\W*(?:The\s+|A\s+)?((?:Detective\s+)?(?:Sergeant|Constable|Inspector|Chief\s+Inspector|"
                        r"Superintendent|PCSO|PC|Sgt))\b")


# "gave him a written warning", "handed her a final written warning", "issued him with …"
_OBJECT_BEFORE = re.compile(r"\b(?:gave|given|handed|issued|served)\s+(him|her)\s+(?:with\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}$")  # lower-case
_TAKEN_AGAINST = re.compile(r"\s+(?:(?:would|will|is|was|should|could)\s+(?:now\s+)?(?:be|have\s+been)\s+|(?:was|were)\s+)?"
                            r"taken\s+against\s+(him|her)\b")  # lower-case


def _taken_against(low: str, o: OutcomeMention, t: Target) -> bool:
    """Is the outcome "taken against him" (or her), `t` being of that gender?"""
    m = _TAKEN_AGAINST.match(low, o.end)
    gender = t.person.gender if t.person is not None else t.gender
    return m is not None and gender == PRONOUN_GENDER[m.group(1)]


# a count of people as the subject: "Eleven of the recipients have since retired" (not "Both of them")
_COUNTED_SUBJECT = re.compile(r"\W*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                              r"several|many|most|some|all|none|half|a\s+(?:number|third|quarter|few|handful))\s+of\s+"
                              r"(?:the|them|those|these|its|their)\b", re.I)
_OWNER_PRONOUN = re.compile(r"(his|her) ")  # lower-case
# the sanction as a noun the pronoun owns: "his dismissal", "her demotion"
_OWN_NOUN = re.compile(r"(?:dismissal|sacking|demotion|suspension|resignation|retirement|final\s+written\s+warning|"
                       r"written\s+warning)\b")  # lower-case


def _subject_not_referred(ctx: Context, sent: Sent, refs: list[tuple[int, Target]], o: OutcomeMention) -> bool:
    """Is the outcome said of the subject of a clause of its own, officers whom the sentence
    does not refer to as a case ("In 2024 he ordered a review, after which nine officers were
    removed from frontline duties": the nine's, not his)?"""
    for _, u in ctx.in_sent(sent, "unnamed"):
        if u.end <= o.start and _BEFORE_ITS_OUTCOME.fullmatch(ctx.text, u.end, o.start) and \
                _CLAUSE_OPENER_BEFORE.search(ctx.text, max(0, u.start - 12), u.start) and \
                not any(pos == u.start or t.np is not None and t.np.start == u.start for pos, t in refs):
            return True
    return False


# between an officer and their outcome: "nine officers were removed", "a constable has been dismissed"
_BEFORE_ITS_OUTCOME = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is|had|have|has)\s+(?:\w+\s+)?")
# the word that opens a clause of its own, whose subject the officers are ("after which nine
# officers were removed", "when two constables were dismissed")
_CLAUSE_OPENER_BEFORE = re.compile(r"\b(?:which|whom|when|while|whereas|after|before|until|because|since)\s+$", re.I)
_AGAINST_OBJECT = re.compile(r"\s+(?:(?:should|would|will)\s+be\s+|was\s+|be\s+)?taken\s+against\s+(?:him|her)\b")  # lower-case
_AGAINST_PRONOUN = re.compile(r"\W*the\s+(?:allegations?|case|charges?|complaints?)\s+(?:of\s+[a-z ]{3,40}?\s+)?against\s+(him|her)\b")  # lower-case


def _object_of_other_gender(low: str, refs: list[tuple[int, Target]], o: OutcomeMention,
                            last_person: dict[str, Person], targets: dict[tuple, Target]) -> Target | None:
    """The officer the sanction `o`'s object pronoun names, when every person the sentence names
    is of the other gender: the officer of that gender named last (None if not so)."""
    m = _OBJECT_BEFORE.search(low, max(0, o.start - 60), o.start) or _OBJECT_AFTER.match(low, o.end)
    want = PRONOUN_GENDER.get(m.group(1)) if m is not None else None
    if want is None or any(t.person is None or t.person.gender in (None, want) for _, t in refs):
        return None
    last = last_person.get(want)
    t = targets.get(("p", last.id)) if last is not None else None
    return t if t is not None and t.police and not t.chair else None


def _table_header(text: str, at: int, sent_text: str) -> bool:
    """Is the sentence at `at` the first row of a table, its header ("Force<tab>Dismissed<tab>Would
    have been dismissed"), whose words are no one's outcome?"""
    if "\t" not in sent_text:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text[:line_start].rstrip()
    prev = before[before.rfind("\n") + 1:]  # the last line with anything on it
    return "\t" not in text[line_start:at] and "\t" not in prev


def _possessive(text: str, t: Target, pos: int) -> bool:
    """Is the named person at `pos` mentioned as an owner ("PC X's conduct")?"""
    end = t.name_end(pos)
    return end is not None and text.startswith(("'s ", "’s "), end)


def _decided(refs: list[tuple[int, Target]], chairs: set[int]) -> None:
    """The named people of `refs` decided a sanction ("X … dismissed him"): the hearing's chair."""
    for _, t in refs:
        if t.person is not None:
            t.chair = True
            chairs.add(t.person.id)

