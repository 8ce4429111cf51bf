"""References to officers among others: "the former", "the latter", "the younger officer";
"Both were dismissed", "They will take part in reflective practice", "each was given …"; and
which officers a sentence named together, for the next sentence's "both" and "the former".
"""
from __future__ import annotations

import re

from ..segment import Sent
from .context import Context, Target
from .state import Walk, _named_officers, _refer


_PLURAL_LEAD = re.compile(r"\W*(?:Both(?:\s+officers|\s+men|\s+women|\s+of\s+them)?|The\s+pair|The\s+two(?:\s+officers|\s+constables|"
                          r"\s+men|\s+women)?|They)\s+(?:were|was|have|had|are|will|each|also|received|admitted|denied)\b")
# "The panel found that they had raised concerns …, and each was given a written warning"
_GROUP_WITHIN = re.compile(r"\b(?:found|ruled|concluded|decided|accepted)\s+that\s+they\b|"
                           r"\beach\s+(?:was|were|received|got|has|had)\b")  # lower-case
# "the former's conduct", "the latter, who had joined …", "the latter was warned"; not "the
# former officer" (someone who has left the force)
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)(?=['’]s\b|\s*[,;.]|\s+(?:was|were|had|has|is|received|"
                            r"got|who|also|too|should|would|will|did|admitted|denied|resigned|retired)\b)")  # lower-case
_AGE_COMPARED = re.compile(r"\b[Tt]he\s+(younger|older)\s+(?:of\s+the\s+two|officer|constable|sergeant|colleague|man|"
                           r"woman|PC)\b")


def group_refs(ctx: Context, w: Walk, sent: Sent, refs: list[tuple[int, Target]]) -> None:
    """Add to `refs` the officers the former/latter, the older/younger, "both" or "they" mean."""
    text = ctx.text
    s_lo, s_hi = sent.start, sent.end
    targets, mentioned, pair = w.targets, w.mentioned, w.pair
    if ctx.low.find("former", s_lo, s_hi) >= 0 or ctx.low.find("latter", s_lo, s_hi) >= 0:
        # "PC A and PC B were on duty …. The panel found that the former's conduct amounted to
        # gross misconduct": the first of the two the story named together, or else of the
        # two named officers it has met
        two = pair if len(pair) == 2 else sorted(_named_officers(mentioned), key=lambda t: t.first)
        for m in _FORMER_LATTER.finditer(ctx.low, s_lo, s_hi) if len(two) == 2 else ():
            if not ctx.in_quote(m.start(), attributed_only=True):
                _refer(refs, m.start(), two[0 if m.group(1) == "former" else 1], sent)
    if not refs and (ctx.low.find("older", s_lo, s_hi) >= 0 or ctx.low.find("younger", s_lo, s_hi) >= 0):
        who = _by_age(ctx, targets, s_lo, s_hi)
        if who is not None:
            refs.append((who[0], who[1]))
            who[1].sentences.add(sent.index)
    # "Both were dismissed", "The pair were sacked": the officers just named together
    if pair and not refs and _PLURAL_LEAD.match(text, s_lo, s_hi) and \
            any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
        for t in pair:
            refs.append((s_lo, t))
            t.sentences.add(sent.index)
    elif not refs and mentioned and mentioned[-1].np is not None and mentioned[-1].np.count > 1 and \
            _PLURAL_LEAD.match(text, s_lo, s_hi) and \
            any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
        # "We found the two constables had fallen short. They will take part in reflective
        # practice": the group the story last spoke of
        _refer(refs, s_lo, mentioned[-1], sent)  # a subject now, though first met as "the two constables"
    elif not refs and sent.index and _GROUP_WITHIN.search(ctx.low, s_lo, s_hi) and \
            any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
        # "… considered the conduct of three officers who were told by the inspector …. The
        # panel found that they had raised concerns …, and each was given a written warning":
        # the group the last sentence met, though an officer was named after it
        group = next((t for t in reversed(mentioned) if t.np is not None and t.np.count > 1
                      and sent.index - 1 in t.sentences), None)
        if group is not None:
            _refer(refs, s_lo, group, sent)


def note_together(ctx: Context, w: Walk, refs: list[tuple[int, Target]], speaking: set[int]) -> None:
    """Remember the officers the sentence is about, and the named ones it names together (not
    one it only reports as speaking: "PC X's Federation representative, Sergeant Y, said …"; nor
    one only told something: "DS X told her line manager, DI Y, that …")."""
    told = {id(t) for pos, t in refs[1:] if pos > refs[0][0] and _TOLD_OBJECT.search(ctx.text, max(0, pos - 60), pos)}
    officers_here = [t for _, t in refs if (t.police or t.np is not None) and not t.chair and id(t) not in speaking
                     and id(t) not in told]
    if officers_here:
        w.together = list(dict.fromkeys(officers_here))
    named_here = [t for _, t in refs if t.person is not None and t.police and id(t) not in told]
    if len(named_here) >= 2:
        w.pair = list(dict.fromkeys(named_here))
    elif any(t.np is not None and t.np.count > 1 for _, t in refs):
        w.pair = []  # "Three other constables …. They were not named": "they" is that group now


# the one spoken to: "told her line manager, Detective Inspector Y, that …", "told Sergeant Y"
_TOLD_OBJECT = re.compile(r"\b(?:told|informed|asked|warned|assured)\s+(?:(?:her|his|their|the)\s+[a-z][a-z ]{0,30},\s+)?$")


def _by_age(ctx: Context, targets: dict[tuple, Target], lo: int, hi: int) -> tuple[int, Target] | None:
    """"PC A, 34, and PC B, 25, … The younger officer was given a final written warning": of the
    officers named with their ages, the youngest (or the oldest)."""
    m = _AGE_COMPARED.search(ctx.text, lo, hi)
    if m is None or ctx.in_quote(m.start(), attributed_only=True):
        return None
    aged = [t for t in targets.values() if t.person is not None and t.police and not t.chair
            and t.person.age is not None and t.first < m.start()]
    if len(aged) < 2 or len({t.person.age for t in aged}) < len(aged):
        return None
    pick = min if m.group(1) == "younger" else max
    return m.start(), pick(aged, key=lambda t: t.person.age)

