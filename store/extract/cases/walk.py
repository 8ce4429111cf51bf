"""The assembler's walk: sentence by sentence, keeping a *focus* (the officer the narrative is
about), finding whom each sentence refers to and giving them its outcome phrases. Each phase is a
module of its own (named_refs, unnamed_refs, descriptions, groups, pronouns, windows, decisions,
focus) working on the walk's state (state.Walk); `assemble` runs them in order.
"""
from __future__ import annotations

from ...model import Case
from .build import _build
from .context import Context, Target, _NOTHING, reports_misconduct
from .decisions import decide
from .descriptions import demonstrated_refs, described_refs
from .focus import move_focus, name_focus
from .groups import group_refs, note_together
from .layout import summary_box
from .named_refs import named_refs
from .patterns import _NAMED_AS_WORDS
from .pronouns import _LEAD_PRONOUN, lead_pronoun
from .state import Walk
from .unnamed_refs import unnamed_refs
from .windows import predicate_windows


def assemble(ctx: Context) -> list[Case]:
    if not reports_misconduct(ctx.narrative()):
        return []
    w = Walk(ctx.chairs)
    mentioned = w.mentioned
    text = ctx.text
    named_as_sents = ctx.matching(_NAMED_AS_WORDS)
    box = summary_box(ctx)

    for sent in ctx.sents:
        s_lo, s_hi = sent.start, sent.end
        if ctx.within_quote(s_lo, s_hi):
            continue  # someone's quoted words: not the narrative of who got what
        if box is not None and box[0] <= s_lo < box[1]:
            continue  # a key-points box: the story's own sentences tell it in full
        refs: list[tuple[int, Target]] = []
        speaking: set[int] = set()   # people this sentence only reports as saying something
        held = ctx.by_sent.get(sent.index, _NOTHING)  # what the sentence holds, as in Context.in_sent
        pron = _LEAD_PRONOUN.match(text, s_lo, s_hi)
        if not held and pron is None:
            continue  # a third of sentences: nobody in them, nothing to give anyone (changes nothing below)
        # whom the sentence refers to: by name, as an unnamed officer, by description, among others
        mentions = held.get("mentions")
        if mentions:
            named_refs(ctx, w, sent, mentions, refs, speaking)
        unnamed = held.get("unnamed")
        if unnamed:
            unnamed_refs(ctx, w, sent, unnamed, refs)
        if "demonstratives" in held or "force_descriptions" in held:
            demonstrated_refs(ctx, w, sent, held, refs)
        descriptions = held.get("descriptions")
        if descriptions:
            described_refs(ctx, w, sent, descriptions, refs)
        group_refs(ctx, w, sent, refs)
        if refs:
            note_together(ctx, w, refs, speaking)
        pronoun_unresolved = lead_pronoun(ctx, w, sent, pron, refs) if pron else False
        if refs:
            name_focus(ctx, w, sent, held, refs, named_as_sents)
            if len(refs) > 1:
                refs.sort(key=lambda r: r[0])
            for _, t in refs:
                if t.police or t.np is not None:
                    if t in mentioned:
                        mentioned.remove(t)
                    mentioned.append(t)
            predicate_windows(ctx, refs, s_lo, s_hi)
        elif "outcomes" not in held:
            continue  # nobody referred to and no outcome: nothing to decide, no focus to move
        # whose the sentence's outcomes are; then where the focus goes
        refs, firm = decide(ctx, w, sent, held, refs, speaking, pronoun_unresolved)
        if refs:
            move_focus(ctx, w, sent, refs, firm, speaking)

    return _build(ctx, w.targets, w.chairs)
