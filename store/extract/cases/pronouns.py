"""A sentence's leading "he" or "she": the officer it means, if any."""
from __future__ import annotations

import re

from ..segment import Sent
from ..words import PRONOUN_GENDER
from .context import Context, Target
from .state import Walk


_LEAD_PRONOUN = re.compile(r"\W*(?:\w+\s+){0,3}?(He|She|he|she)\b")


def lead_pronoun(ctx: Context, w: Walk, sent: Sent, pron: re.Match, refs: list[tuple[int, Target]]) -> bool:
    """Add to `refs` the officer the sentence's leading pronoun (`pron`, _LEAD_PRONOUN's match)
    means, unless the sentence referred to someone before it. True if it means nobody."""
    text = ctx.text
    s_lo = sent.start
    focus, recent, mentioned, last_person, last_pos = w.focus, w.recent, w.mentioned, w.last_person, w.last_pos
    if any(pos < pron.start(1) for pos, _ in refs):
        return False
    want = PRONOUN_GENDER[pron.group(1).lower()]
    who = next((t for t in reversed(recent) if t.person is None or t.person.gender in (None, want)), None)
    if focus is not None and (focus.person is None or focus.person.gender in (None, want)):
        who = focus
    if who is not None and who.np is not None and who.np.count > 1:
        # "he" is not a group: the one officer mentioned since ("Three officers …. One
        # officer, a sergeant, had failed …. He was dismissed"), else nobody
        who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                    and t.np.start > who.np.start), None)
    last = last_person.get(want)
    if last is not None and (who is None or who.person is None or last.id != who.person.id) \
            and last.role is None and _last_pos_of(who, text, s_lo) < last_pos.get(want, -1) < pron.start(1):
        who = None  # "Heston admitted affray … he had been sacked": a civilian named since
    if who is None:
        return True
    refs.append((pron.start(1), who))
    who.sentences.add(sent.index)
    return False


def _last_pos_of(t: Target | None, text: str, before: int) -> int:
    """Where the officer was last named before `before` (their first mention if unknown)."""
    if t is None or t.person is None:
        return t.first if t is not None else -1
    starts = [m.start for m in t.person.mentions if m.start < before]
    return starts[-1] if starts else -1

