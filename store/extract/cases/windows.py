"""Where in a sentence the predicate of each officer it names may be (`Target.windows`, which
`build._predicate` reads)."""
from __future__ import annotations

import re

from .assign import _RELATIVE_ASIDE
from .context import Context, Target


_OBJECT_VERB_BEFORE = re.compile(r"\b(?:called|punched|hit|struck|kicked|abused|harassed|insulted|mocked|bullied|"
                                 r"threatened|assaulted|touched|groped|messaged|texted|targeted|pushed|slapped)\s+$")  # lower-case


def predicate_windows(ctx: Context, refs: list[tuple[int, Target]], s_lo: int, s_hi: int) -> None:
    """Note in each named officer of `refs` (in order) the stretch of the sentence that may hold
    their predicate."""
    for k, (pos, t) in enumerate(refs):
        if t.person is not None:
            # the predicate must be this person's: before anyone else is named or referred to
            # (and not when they are the object of another's doing: "PC A … called PC B by a
            # racist nickname …, a misconduct hearing was told" is A's hearing)
            nxt = refs[k + 1][0] if k + 1 < len(refs) else s_hi
            if k == 0 or not _OBJECT_VERB_BEFORE.search(ctx.low, max(s_lo, pos - 20), pos):
                t.windows.append((pos, nxt))
            if nxt < s_hi and ctx.low.find("who", pos, nxt) >= 0:
                # "Cpl. X, who was Y's supervisor, was found to have failed …": Y is named
                # inside X's aside; the predicate after it is still X's
                end = t.name_end(pos)
                aside = _RELATIVE_ASIDE.match(ctx.low, end) if end is not None else None
                if aside is not None and aside.end() > nxt:
                    t.windows.append((aside.end(), next((p for p, _ in refs[k + 1:] if p >= aside.end()), s_hi)))
