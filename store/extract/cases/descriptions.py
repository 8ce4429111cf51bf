"""Back-references by description: "that sergeant" (the unnamed officer just mentioned), "the
BTP constable" (the one of that force met before) and "the constable", "the officer who …" (the
officer of that rank, the focus, or someone the sentence brings in).
"""
from __future__ import annotations

import re

from ..segment import Sent
from .case_force import _force_key
from .context import Context, Target
from .patterns import _OWN_DOING
from .referents import (
    _APPOSITIVE_GAP, _NOT_RANKS, _WHICH_ONE, _by_noun, _by_rank, _demonstrated, _first_described, _introduced_by_role,
    _rank_class, _rank_fits,
)
from .state import Walk, _refer


# a description's words before the name it is in apposition to (lower-case)
_NAMED_AFTER = re.compile(r"(?:\s+(?:on|at|in|of|from|with|who|that)\s[a-z\s-]{0,30})?,\s*")
_COPULA_BEFORE = re.compile(r"\b(?:who|which)\s+(?:was|is|had\s+been|has\s+been)\s+$")  # lower-case
_WHO_HIS = re.compile(r"\s+who\s+[^.;]{0,80}\b(?:his|her)\s+(?:request|instruction|behest|direction|orders?)\b|"
                      r"\s+who\s+[^.;]{0,60}\b(?:for|with|alongside)\s+(?:him|her)\b")  # lower-case
_STAFF_WORDS = ("detention officer", "call handler", "staff", "employee")  # in a _BACK_REFERENCE: police staff, by what they are called
# a description that is only an owner: "the sergeant's", "the special sergeant's driving"
_OWNER_AFTER = re.compile(r"(?: [a-z]+)?['’]s\b")


def demonstrated_refs(ctx: Context, w: Walk, sent: Sent, held: dict, refs: list[tuple[int, Target]]) -> None:
    """Add to `refs` the officers "that sergeant" and "the BTP constable" mean."""
    mentioned = w.mentioned
    for dm in held.get("demonstratives", ()):
        # "That member of staff was referred …": the unnamed officer just mentioned (a named
        # one would be called by name), of the rank the words give
        if mentioned and not ctx.in_quote(dm.start(), attributed_only=True):
            back = _demonstrated(dm.group(), mentioned)
            _refer(refs, dm.start(), back, sent)
    for at, f in held.get("force_descriptions", ()):
        # "… one BTP constable struck him …. A Metropolitan Police constable … stepped in. …
        # found that the BTP constable had a case to answer": the one of that force met before
        if not ctx.in_quote(at, attributed_only=True):
            key = _force_key(f)
            of_force = [t for t in mentioned if t.np is not None and t.np.count == 1
                        and any(_force_key(g) == key for g, _ in t.forces)]
            if of_force and len({id(t) for t in mentioned if t.np is not None and t.np.count == 1}) > len(of_force):
                _refer(refs, at, of_force[-1], sent)


def _ref_end(t: Target, at: int) -> int:
    """Where a named or coded officer's reference at `at` ends (at `at` if not known)."""
    if t.person is not None:
        return t.name_end(at) or at
    k = t.np.noun.find(t.np.code)
    return at + k + len(t.np.code) if k >= 0 else at


def described_refs(ctx: Context, w: Walk, sent: Sent, descriptions: list[re.Match],
                   refs: list[tuple[int, Target]]) -> None:
    """Add to `refs` the officers "the sergeant", "the officer who …" and the like mean."""
    text = ctx.text
    s_lo = sent.start
    focus, targets, mentioned = w.focus, w.targets, w.mentioned
    for dm in descriptions:
        if dm.group().endswith(" officer") and len(dm.group()) <= 11 and ctx.statistics(sent):
            # "1,107 hearings, of which 41 per cent ended in dismissal or a finding that the
            # officer would have been dismissed": any officer, not the one met before
            continue
        if _COPULA_BEFORE.search(ctx.low, max(s_lo, dm.start() - 20), dm.start()):
            continue  # "PC X, who was the supervising officer, …": X again, said what X was
        if any(t.person is not None and _NAMED_AFTER.fullmatch(ctx.low, dm.end(), p) for p, t in refs):
            continue  # "The custody sergeant on duty that night, Sergeant X, …": X, named in apposition
        if any(_APPOSITIVE_GAP.fullmatch(text, _ref_end(t, p), dm.start()) for p, t in refs
               if p < dm.start() and (t.person is not None or t.np.code)):
            continue  # "PC X, the arresting officer, …" and "W2, the constable who …": X again, said what X was
        if _OWNER_AFTER.match(text, dm.end()) and refs and \
                ctx.low.find(" who ", refs[-1][0], dm.start()) >= 0 and not _OWN_DOING.match(text, dm.end()):
            # "The constable who … did not challenge the sergeant's instruction received a
            # written warning": in another's relative clause, and only an owner
            continue
        if not ctx.in_quote(dm.start(), attributed_only=True) and \
                (who := _introduced_by_role(ctx, dm, targets)) is not None:
            if who not in mentioned:
                mentioned.append(who)
            _refer(refs, dm.start(), who, sent)
            continue
        if not ctx.in_quote(dm.start(), attributed_only=True):
            # "the sergeant" is the officer of that rank just mentioned, if the focus is not one
            staff = next((w for w in _STAFF_WORDS if w in dm.group()), None)
            if staff is not None and not ctx.low.endswith(("and ", "or "), 0, dm.start()):
                # "the detention officer", "the member of staff": no rank to tell them by, and
                # not the officer the story is about; whoever it last called so (but "the two
                # officers and the detention officer have no case to answer" is one group)
                who = _by_noun(ctx, staff, mentioned)
                if who is not None:
                    _refer(refs, dm.start(), who, sent)
                    continue
            if dm.group().endswith(_NOT_RANKS) or "probationary" in dm.group():
                # ("the probationary constable" is the one the story called so, not any constable)
                who = _by_noun(ctx, "probation" if "probationary" in dm.group() else dm.group().rsplit(None, 1)[-1],
                               mentioned)
                if who is not None:
                    _refer(refs, dm.start(), who, sent)
                continue
            who = None
            rank = _rank_class(dm.group())
            brought_in = focus is not None and _WHICH_ONE.match(ctx.low, dm.end()) and \
                _rank_fits(focus, rank or "officer") is not True
            if focus is not None and focus.person is not None and _WHO_HIS.match(ctx.low, dm.end()):
                # "… asked a colleague to run a second search …. The constable who carried out
                # the second search at his request …", "The constable who was with him that
                # night …": not PC X but the other officer met
                who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                            and t is not focus), None)
                if who is not None:
                    _refer(refs, dm.start(), who, sent)
                    who.police = True
                    continue
            if brought_in:
                # "The detective constable accused of the original assault resigned", in a
                # story about a chief superintendent: someone brought in, not the focus
                who = _first_described(ctx, dm, targets, mentioned)
                if who is None and rank is None:
                    # "The officer who received the messages", after "sent them to another
                    # officer": the other officer the story met, not the one it is about
                    who = next((t for t in reversed(mentioned) if t.np is not None and t.np.other
                                and t is not focus), None)
                    if who is not None:
                        who.demonstrated = True
            if not brought_in and rank is not None:
                # "A detective inspector … was also investigated, but an allegation against the
                # inspector was found not proven": the one of that rank this sentence has met
                who = next((t for p, t in reversed(refs) if p < dm.start() and t.np is not None
                            and t.np.count == 1 and _rank_fits(t, rank) is True), None)
                if who is None and focus is None:
                    # "… applied for by a constable who copied the address …. recommended that
                    # the constable be given management advice": the one of that rank met
                    # before, when the story has no officer in focus yet
                    who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                                and _rank_fits(t, rank) is True), None)
                    if who is not None:
                        who.demonstrated = True
            elif not brought_in and len({id(t) for p, t in refs if p < dm.start()}) == 1:
                # "… recommended that the inspector face a misconduct meeting, but the officer
                # retired": the one unnamed officer this sentence has met
                who = next(t for p, t in refs if p < dm.start())
                if who.np is None or who.np.count != 1:
                    who = None  # (a named officer is met again by name or pronoun)
            if who is None and focus is not None and focus.np is not None and focus.np.other and \
                    rank is None and _WHICH_ONE.match(ctx.low, dm.end()):
                # "A second officer … was found to have failed …. the officer who fired the
                # Taser had resigned": which one is said, so not the second, the first
                who = next((t for t in reversed(mentioned) if t is not focus and t.np is not None
                            and t.np.count == 1 and not t.np.other and t.np.start < focus.np.start), None)
            if who is None and focus is not None:
                who = _by_rank(dm.group(), focus, mentioned)
                if who is not None and rank is not None and who.called not in (None, rank):
                    # "The constable accepted …. the sergeant supervising the investigation …":
                    # not the officer the story has called a constable
                    who = None
            if who is None and not brought_in:  # (tried above: it would say None again)
                who = _first_described(ctx, dm, targets, mentioned)
                if who is not None:
                    mentioned.append(who)
            if who is not None:
                refs.append((dm.start(), who))
                who.sentences.add(sent.index)
                who.police = True
                if rank is not None and who.called is None and _rank_fits(who, rank) is None:
                    who.called = rank
