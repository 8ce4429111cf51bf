"""A sentence's references to unnamed officers ("a sergeant", "both officers", "the two
constables", "His sergeant"): new ones, the ones met before, and those only remembered.
"""
from __future__ import annotations

import re

from ..segment import Sent
from ..unnamed import UnnamedNP, opens_clause
from ..words import PRONOUN_GENDER
from .context import Context, Target
from .referents import _appositive_owner, _rank_class, _rank_word
from .state import Walk, _named_officers, _refer


_FINDING_THAT = re.compile(r"(?:\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?"
                           r"\b(?:findings?|cases?|decisions?)\s+(?:that|where|in\s+which)\s+$")  # lower-case


_WOULD_HAVE_BEEN = re.compile(r"\s+would\s+have\s+been\s")  # lower-case


def _names_the_outcome(ctx: Context, np: UnnamedNP) -> bool:
    """Is "a finding that a former officer would have been …" the outcome's name: one officer,
    the phrase ending on its noun, then "would have been"?"""
    return np.count == 1 and ctx.low.startswith(("a ", "an "), np.start) and \
        ctx.low.endswith(np.noun.lower(), 0, np.end) and _WOULD_HAVE_BEEN.match(ctx.low, np.end) is not None


_SAME_UNIT = re.compile(r"\s+(?:from|in|on|of)\s+the\s+same\s+(?:team|unit|station|squad|department|shift|force|division|office)\b")


def unnamed_refs(ctx: Context, w: Walk, sent: Sent, unnamed: list[tuple[int, UnnamedNP]],
                 refs: list[tuple[int, Target]]) -> None:
    """Add to `refs` the unnamed officers the sentence is about; remember the others it mentions."""
    s_lo = sent.start
    targets, mentioned, last_person = w.targets, w.mentioned, w.last_person
    for i, np in unnamed:
        finding = _FINDING_THAT.search(ctx.low, max(s_lo, np.start - 40), np.start)
        if finding is not None and (ctx.statistics(sent) or finding.group(1) is not None or _names_the_outcome(ctx, np)):
            # "9 per cent led to a finding that an officer had a case to answer", "including 6
            # dismissals and 2 findings that a former officer would have been dismissed": any officer
            # (and "Eleven ended in dismissal or a finding that a former officer would have been
            # dismissed": how a tally names that outcome)
            continue
        owner = _appositive_owner(ctx, np)
        if owner is not None:
            ot = targets.get(("p", owner))
            if ot is not None:
                ot.police = True
                if np.force is not None:
                    ot.forces.append((np.force, 3.0))
            continue
        if np.count == 2 and ctx.low.startswith(("both ", "either "), np.start) and \
                not ctx.in_quote(np.start, attributed_only=True):
            # "The hearing found gross misconduct proved against both officers": the two named
            # officers the story has met, when it has met just two
            named = _named_officers(mentioned)
            if len(named) > 2 and len(w.pair) == 2 and ctx.text[np.end:np.end + 1] not in "'’":
                # (the two it named together, not a third, a witness: "PC A and PC B deny …. DC C
                # told the hearing …. Both officers have been on restricted duties")
                named = list(w.pair)
            rank = _rank_class(np.noun)
            if rank is not None and len(named) == 2 and any(_rank_word(t) not in (None, rank) for t in named):
                # "Both PCSOs have apologised", after PCSO A, "a second PCSO" and a chief
                # superintendent who spoke: the two of that rank the story has met
                named = [t for t in dict.fromkeys(mentioned) if t.police and not t.chair and _rank_word(t) == rank
                         and (t.person is not None or t.np.count == 1)]
            if len(named) != 2:
                # (or the two known only by codes: "Officer A … Officer B …. Both officers have
                # received additional training")
                coded = list(dict.fromkeys(t for t in mentioned if t.np is not None and t.np.code and t.np.count == 1))
                named = coded if len(coded) == 2 else named + coded if len(named) + len(coded) == 2 else named
            if not named:
                # (or the two the story has told of by what each did: "the constable who attended
                # the scene … and a second constable who later took over …. Both officers received
                # management advice")
                singles = list(dict.fromkeys(t for t in mentioned if t.np is not None and t.np.count == 1
                                             and not t.np.weak and t.police and not t.chair))
                if len(singles) == 2 and [t.np.other for t in singles] == [False, True] and \
                        ctx.sent_at(singles[0].np.start) is ctx.sent_at(singles[1].np.start):
                    named = singles
            if len(named) == 2:
                for t in named:
                    _refer(refs, np.start, t, sent)
                continue
        if np.count > 1 and ctx.low.endswith("the ", 0, np.start) and \
                not ctx.in_quote(np.start, attributed_only=True):
            # "Two officers recorded checks …. no further action in respect of the two
            # constables": the group of that number met before
            back = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == np.count), None)
            if back is not None and sum(1 for t in mentioned if t.person is not None and t.police
                                        and t.first > back.np.start) < np.count:
                # (not when officers named since are that many: "the two constables" is them)
                refs.append((np.start, back))
                back.sentences.add(sent.index)
                # the subject of a sentence now ("The two arresting officers have no case to answer")
                back.demonstrated = back.demonstrated or opens_clause(ctx.text, np.start - 4)
                continue
        if np.count > 1 and (np.force is None and ctx.statistics(sent) or ctx.cites_figures(sent)):
            # "Of the officers who faced hearings, 12 were dismissed and seven former officers
            # were found …": a count among counts, not a group the story tells of; and "Four
            # Dorset Police officers were dismissed …, according to the force's annual report"
            continue
        if np.weak:
            # an officer in the object of a sentence ("a colleague told a sergeant"): only
            # remembered, so that "That sergeant … received a written warning" finds them
            key = ("c", np.code) if np.code else ("u", i)
            t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
            if np.force is not None:
                t.forces.append((np.force, 3.0))
            if t in mentioned:
                mentioned.remove(t)
            mentioned.append(t)
            continue
        if not ctx.in_quote(np.start, attributed_only=True):
            key = ("c", np.code) if np.code else ("u", i)  # "Officer A" is one officer throughout
            t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
            if ctx.low.startswith(("his ", "her "), np.start):
                # "PC Jo Bloggs … His sergeant …": of Bloggs's force, unless said
                last = last_person.get(PRONOUN_GENDER[ctx.low[np.start:np.start + 3]])
                owner = targets.get(("p", last.id)) if last is not None else None
                t.owner = owner if owner is not None and owner.police else None
            elif np.other and np.force is None and _SAME_UNIT.match(ctx.text, np.end) and w.focus is not None \
                    and w.focus.person is not None and w.focus.police:
                t.owner = w.focus  # "A second officer from the same team": of the force of the one met
            t.sentences.add(sent.index)
            if np.force is not None:
                t.forces.append((np.force, 3.0))
            refs.append((np.start, t))
