"""The focus, the officer the story is about: the one the sentence's officers move it to, and
the officer its phrase turns out to be ("The officer has been named as PC Jo Bloggs").
"""
from __future__ import annotations

import re

from ..outcomes import OutcomeMention
from ..segment import Sent
from ..trie import contains_any, lower_ascii
from ..unnamed import INVESTIGATED_BEFORE
from .assign import _RELATIVE_ASIDE, _inside_relative
from .build import _left_and_complained, _misconduct_context
from .context import Context, Target
from .layout import _opens_paragraph
from .referents import _APPOSITION_BEFORE
from .state import Walk


_NAMED_AS = re.compile(r"\b(?:has\s+been\s+|was\s+|is\s+|were\s+|been\s+)?(?:named|identified)\s+as\s+")
_REPORTED_THAT = re.compile(r"\b(?:told|warned|informed|heard|said|alerted)\b[^.;]{0,60}?\bthat\b")  # lower-case
# a phrase before the sentence's subject: "On 4 July 2022, DS X told her line manager, DI Y, that …"
_FRONTED = re.compile(r"[A-Z][^,.;:\n“”\"]{0,40},\s+")
_REPORTING_VERBS = ("told", "warned", "informed", "heard", "said", "alerted")  # tested first: a cheap find
# what an officer who saw it did: "… at the briefing reported it to the professional standards
# department", "… raised concerns"; and what a witness did: "A PC who arrested him gave evidence"
_REPORTED_IT = re.compile(r"(?:\s+(?:at|in|on|from|with|who\s+was\s+at)\s+(?:the\s+|a\s+)?[a-z]+(?:\s+[a-z]+)?|"
                          r",?\s+who\s+[a-z][^,.;]{0,80}?)?,?\s+"
                          r"(?:reported\s+(?:it|him|her|them|the|this|what)|raised\s+(?:concerns|the\s+alarm)|"
                          r"complained|blew\s+the\s+whistle|alerted|gave\s+evidence|testified)\b")  # lower-case
# a named officer brought in by what they did, then as one who gave evidence
_WITNESS_ASIDE = re.compile(r",\s+who\s+[a-z][^,.;]{0,80},\s+(?:gave\s+evidence|testified)\b")  # lower-case
# an indirect question's opening word, and those words as needles for a cheap test first
_WH_BEFORE = re.compile(r"\b(?:where|whether|why|how)\s+$")  # lower-case
_WH_WORDS = ("where ", "whether ", "why ", "how ")


def name_focus(ctx: Context, w: Walk, sent: Sent, held: dict, refs: list[tuple[int, Target]],
               named_as_sents: set[int]) -> None:
    """An unnamed officer in focus whom the sentence names ("… has been named as X", "The officer,
    X, …") is that named officer."""
    focus = w.focus
    if focus is None or focus.np is None:
        return
    text = ctx.text
    s_lo, s_hi = sent.start, sent.end
    named = _NAMED_AS.search(text, s_lo, s_hi) if sent.index in named_as_sents else None
    who = None
    if named:
        # "The officer has been named as PC Jo Bloggs": the phrase the story used is Jo Bloggs
        who = next((t for pos, t in refs if t.person is not None and pos >= named.end() - 1), None)
    else:
        # "The officer, D/C Jo Bloggs, was based in …"
        for dm in held.get("descriptions", ()):
            who = next((t for pos, t in refs if t.person is not None
                        and _APPOSITION_BEFORE.fullmatch(text, dm.end(), pos)), None)
            if who is not None:
                break
    if who is not None and focus is not who:
        focus.named_as = who


def move_focus(ctx: Context, w: Walk, sent: Sent, refs: list[tuple[int, Target]], firm: list[OutcomeMention],
               speaking: set[int]) -> None:
    """Move the focus (and `recent`) after the sentence `refs` were found in."""
    text = ctx.text
    s_lo, s_hi = sent.start, sent.end
    focus, recent = w.focus, w.recent
    # the focus moves to the last officer the sentence is about (an unnamed one only when
    # the sentence reports something about them, not when they are a witness), but not to
    # one in a clause reporting what its subject was told: "Sgt A was told … that PC B had …"
    movers = refs
    if refs and (refs[0][0] - s_lo <= 2 or _FRONTED.fullmatch(text, s_lo, refs[0][0]) is not None):
        low = lower_ascii(text)
        told = _REPORTED_THAT.search(low, refs[0][0], s_hi) \
            if contains_any(low, _REPORTING_VERBS, refs[0][0], s_hi) else None
        if told is not None:
            movers = [(pos, t) for pos, t in refs if pos < told.start()]
        # "A third officer, who had shared a car with the constable, was …": the subject, not
        # the officer inside its relative clause
        first = refs[0][1]
        first_end = first.np.end if first.np is not None else first.name_end(refs[0][0])
        rel = _RELATIVE_ASIDE.match(low, first_end) if first_end is not None else None
        if rel is not None:
            movers = [(pos, t) for pos, t in movers if not rel.start() <= pos < rel.end()]
        elif first_end is not None and firm and any(o is f for o, _ in first.outcomes for f in firm):
            # "A probationary constable who shared the text with two other officers resigned":
            # the subject, whose outcome the sentence gives, not the officers of its clause
            movers = [(pos, t) for pos, t in movers if t is first or not _inside_relative(low, first_end, pos)]
    if len(movers) > 1 and contains_any(ctx.low, _WH_WORDS, s_lo, s_hi):
        # "The panel found that he had known where PC X was": the one an indirect question asks
        # about is not what the story turns to
        movers = [movers[0]] + [(pos, t) for pos, t in movers[1:] if not _WH_BEFORE.search(ctx.low, max(s_lo, pos - 12), pos)]
    for pos, t in movers:
        if t.chair:
            continue
        if t.np is not None and not (t.outcomes or t.demonstrated or _misconduct_context(ctx, t)
                                     or _opens_paragraph(ctx, t.np.start)
                                     or (pos != t.np.start and pos - s_lo <= 4)
                                     or (t.np.code and pos - s_lo <= 2)  # "Officer 4 told her …": a subject by code
                                     or INVESTIGATED_BEFORE.search(ctx.low, max(s_lo, t.np.start - 50), t.np.start)):
            # (met again as a sentence's subject, "The constable accepted that …", they are
            # what the story is about now)
            continue
        if id(t) in speaking and not t.outcomes:
            continue  # a spokesperson, not the story's subject
        if t.np is not None and not t.outcomes and _REPORTED_IT.match(ctx.low, t.np.end):
            continue  # "A detective sergeant at the briefing reported it to …": a witness
        if t.person is not None and not t.outcomes and (end := t.name_end(pos)) is not None and \
                _WITNESS_ASIDE.match(ctx.low, end):
            # "Detective Sergeant X, who reviewed the CCTV, gave evidence to the panel": a witness
            # (not "PC X gave evidence for two days", the accused at his own hearing)
            continue
        if t.person is not None and _left_and_complained(ctx, firm):
            # "Mr X left the force and made a complaint": the one wronged, not the story's
            # subject, whatever the sentences before made of them
            if t in recent:
                recent.remove(t)
            if focus is t:
                focus = recent[-1] if recent else None
            continue
        if t.police or t.np is not None:
            focus = t
            if t in recent:
                recent.remove(t)
            recent.append(t)
    w.focus = focus
