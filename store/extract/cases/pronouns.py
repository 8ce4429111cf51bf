"""A sentence's leading "he" or "she": the officer it means, if any."""
from __future__ import annotations

import re

from ..segment import Sent
from ..words import FEMALE_KIN, MALE_KIN, PRONOUN_GENDER
from .context import Context, Target
from .state import Walk


# (and "The panel found that he …", "It said that had he …", "It was decided before the hearing that
# she …": a body's finding or report about him)
# (and "The PSNI accepted the recommendation, and he has since been given …": a first clause
# with no one in it, then the pronoun)
_LEAD_PRONOUN = re.compile(r"\W*(?:(?:The|It|A)\s+(?:\w+\s+){0,2}?(?:found|heard|ruled|decided|concluded|accepted|said|recommended|"
                           r"noted|determined|was\s+told|were\s+told)\s+(?:(?:before|after|at|by)\s+(?:the\s+)?\w+\s+)?"
                           r"that\s+(?:had\s+|if\s+)?|"
                           # "At an accelerated hearing held in December, the force found that he …"
                           r"(?:At|In|On|After|Following|During)\s+[^.;:\"“”]{0,100}?,\s+(?:the|it)\s+(?:\w+\s+){0,2}?"
                           r"(?:found|ruled|decided|concluded|determined)\s+that\s+(?:had\s+|if\s+)?|"
                           # "South Australia Police said she had been suspended from duty"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4}\s+(?:said|confirmed)\s+(?:that\s+)?|(?:\w+\s+){0,3}?|"
                           r"(?:The|It)\s+(?:[\w’'-]+\s+){0,8}?[\w’'-]+,\s+and\s+)"
                           r"(He|She|he|she)\b")


def lead_pronoun(ctx: Context, w: Walk, sent: Sent, pron: re.Match, refs: list[tuple[int, Target]]) -> bool:
    """Add to `refs` the officer the sentence's leading pronoun (`pron`, _LEAD_PRONOUN's match)
    means, unless the sentence referred to someone before it. True if it means nobody."""
    text = ctx.text
    s_lo = sent.start
    focus, recent, mentioned, last_person, last_pos = w.focus, w.recent, w.mentioned, w.last_person, w.last_pos
    if any(pos < pron.start(1) for pos, _ in refs):
        return False
    want = PRONOUN_GENDER[pron.group(1).lower()]
    if ", and " in pron.group(0) and _civilian_leads(text, s_lo, want):
        return True  # "The woman reported it, and she …": the woman
    if sent.index and _civilian_leads(text, ctx.sents[sent.index - 1].start, want):
        return True  # "The boy's mother complained …. She said a friend had seen it": the mother
    second = _second_officer_led(ctx, w, sent, want)
    if second is not None:
        # "A second Kent officer, a sergeant who supervised X, gave evidence. He has been given
        # management advice": the second officer the sentence before opened on, not X
        who = second
    elif focus is not None and _may_be(focus, want):
        who = focus
    else:
        # "PC A … was dismissed. … his sergeant had reviewed the statement. She has been referred to
        # reflective practice": when the officer the story is about cannot be "she" (or there is
        # none yet), the one unnamed officer the last sentence met, before any met earlier
        # (one only named as an object there too, when no one of that gender is named: "She
        # reported a sergeant who had commented on her body. He was given management advice")
        prev = ctx.sents[sent.index - 1] if sent.index and last_person.get(want) is None else None
        who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1 and t.gender is None
                    and (sent.index - 1 in t.sentences or prev is not None and prev.start <= t.np.start < prev.end)),
                   None) if sent.index else None
        if who is None:
            who = next((t for t in reversed(recent) if _may_be(t, want)), None)
    if who is not None and who.np is not None and who.np.count > 1:
        # "he" is not a group: the one officer mentioned since ("Three officers …. One
        # officer, a sergeant, had failed …. He was dismissed"), else nobody
        who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                    and t.np.start > who.np.start), None)
    last = last_person.get(want)
    if last is not None and (who is None or who.person is None or last.id != who.person.id) \
            and last.role is None and _last_pos_of(ctx, who, s_lo) < last_pos.get(want, -1) < pron.start(1) \
            and not _same_sentence(ctx, _last_pos_of(ctx, who, s_lo), last_pos[want]):
        # "Heston admitted affray … he had been sacked": a civilian named since (but not one named
        # after the officer in the officer's sentence: "PC X did not pass on what Mr Y had told him.
        # He will undergo reflective practice")
        named = w.targets.get(("p", last.id))
        # (one the story has shown to be police is no civilian: "Mellanby, who joined the force in
        # 2013, …. He resigned from Staffordshire Police")
        who = named if named is not None and named.police and named.narrative and not named.chair else None
    if who is None:
        return True
    if who.person is None and who.np is not None and who.np.count == 1:
        who.gender = want  # ("A constable …. He was dismissed": "she" is someone else from now)
    refs.append((pron.start(1), who))
    who.sentences.add(sent.index)
    return False


# A sentence that opens on someone not in the police, by a word that gives their gender ("The man",
# "Her mother", "The officer's wife"; not "The woman officer")
_CIVILIAN_LEAD = re.compile(
    r"\W*(?:the|a|an|his|her|their|my|one|another)\s+(?:(?!(?:of|from|to|for|with|by|in|on|at|and|about)\s)[\w’'-]+\s+){0,3}?"
    r"(?:(" + "|".join(sorted(FEMALE_KIN | {"aunt", "niece", "widow", "mum", "granddaughter"})) + r")|"
    r"(" + "|".join(sorted(MALE_KIN | {"uncle", "nephew", "widower", "dad", "grandson"})) + r"))"
    r"(?![\w’'-])(?!\s+(?:police|officers?|constables?|pcs?|pcsos?|sergeants?|detectives?|specials?|inspectors?)\b)"
    # ("A second man, Constable Jo Bloggs of …": an officer after all)
    r"(?!,\s+(?:(?:detective|police|special|acting|woman|head|lance|deputy)\s+)?(?:pc|dc|ds|sgt|constable|sergeant|corporal|"
    r"inspector|officer|superintendent|pcso)\b)",
    re.I)


def _civilian_leads(text: str, at: int, gender: str) -> bool:
    """Does the sentence at `at` open on someone outside the police of that gender?"""
    m = _CIVILIAN_LEAD.match(text, at)
    return m is not None and ("female" if m.group(1) else "male") == gender


def _second_officer_led(ctx: Context, w: Walk, sent: Sent, want: str) -> Target | None:
    """The one unnamed officer "a second officer" or "another officer" that the sentence before
    opens on, when "he" or "she" can be them."""
    if not sent.index:
        return None
    prev = ctx.sents[sent.index - 1]
    for t in reversed(w.mentioned):
        np = t.np
        if np is not None and np.other and np.count == 1 and prev.start <= np.start <= prev.start + 2 and \
                t.gender in (None, want) and t.person is None and not _NAMED_BESIDE.match(ctx.text, np.end):
            return t
    return None


# a name in apposition after the officer: "The second officer in the group, PC Lucy X, …"
_NAMED_BESIDE = re.compile(r"[^,.;]{0,50},\s+[A-Z]")


def _may_be(t: Target, gender: str) -> bool:
    """Can "he" or "she" (`gender`) mean this officer, as far as the story has said?"""
    return (t.person.gender if t.person is not None else t.gender) in (None, gender)


def _last_pos_of(ctx: Context, t: Target | None, before: int) -> int:
    """Where the officer was last named before `before` (for one unnamed, the start of the last
    sentence that referred to them: "The custody inspector would also have had a case to answer
    …. He retired", after a man named since the inspector was first met)."""
    if t is None:
        return -1
    if t.person is None:
        starts = [ctx.sents[i].start for i in t.sentences if ctx.sents[i].start < before]
        return max(starts, default=t.first)
    starts = [m.start for m in t.person.mentions if m.start < before]
    return starts[-1] if starts else -1


def _same_sentence(ctx: Context, a: int, b: int) -> bool:
    """Are positions `a` and `b` in one sentence?"""
    sa = ctx.sent_at(a) if a >= 0 else None
    return sa is not None and sa.start <= b < sa.end
