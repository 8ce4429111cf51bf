"""Unnamed officers merged with named ones (the headline's "Kent Police officer sacked" is the PC
Jo Bloggs the story names) and with each other (a group told twice, a table row repeating a case
the text told).
"""
from __future__ import annotations

import re

from ..outcomes import DISCIPLINARY
from ..unnamed import UnnamedNP
from ..words import FEMALE_KIN, MALE_KIN, PRONOUN_GENDER
from .case_force import _attached_force, _compatible_force, _force_key
from .context import Context, Target
from .layout import _opens_list_item
from .patterns import _AND_BETWEEN
from .referents import _rank_word, _same_rank


def _merge_unnamed(ctx: Context, named: list[Target], unnamed: list[Target], subjects: list[Target],
                   lede_end: int) -> None:
    """Unnamed phrases that describe a named officer are that officer: the headline's "Kent
    Police officer sacked" and the lede's "A Kent Police officer" in a story that goes on to name
    PC Jo Bloggs. A headline phrase is otherwise the body's phrase for the same officer.
    `lede_end`: _lede_end(ctx)."""
    for n in named:
        if not n.forces:
            # "former PC Jo Bloggs, of Devon and Cornwall Police": a round-up's PSNI constable is not them
            attached = _attached_force(ctx, n)
            if attached is not None:
                n.forces.append((attached, 1.0))
    for u in unnamed:
        n = u.named_as
        if n is not None and not getattr(u, "_absorbed", False):
            _absorb(n, u)
    named_given = list(named)
    if not named and subjects:
        # the officer the story names first, though no outcome sits next to the name
        named = [min(subjects, key=lambda t: t.first)]
    lede_singles = [u for u in unnamed if u.np.count == 1 and u.np.start < lede_end and not u.np.in_title
                    and not u.np.other and not u.np.row and not getattr(u, "_absorbed", False)]
    if len(lede_singles) < 2:
        lede_singles = []
    for u in unnamed:
        np = u.np
        if np.count > 1:
            # the lede's "Two Met officers have been sacked" and the two it goes on to name
            if np.start < lede_end or np.in_title:
                # (with no outcome of its own, "Two West Midlands Police officers who were sent …"
                # is the two the story goes on to name, whatever they got)
                # (a group whose sentence gives others' outcomes too, "Two officers sacked or
                # barred, but sergeant … is handed final warning": those of any of them)
                mine = _dismissal_kin(_outcome_ids(u))
                fits = [n for n in named if _compatible_force(u, n)
                        and (not mine or (mine <= _dismissal_kin(_outcome_ids(n)) if len(mine) == 1
                                          else bool(mine & _dismissal_kin(_outcome_ids(n)))))]
                if len(fits) >= np.count or _told_one_by_one(ctx, u, unnamed, named=len(fits)) or \
                        _summed_up(u, named, unnamed):
                    u._absorbed = True
                elif not named_given:
                    # "Two Thames Valley Police officers will face a hearing" over a list of the
                    # two, whom the notice names with no outcome by their names: that outcome
                    group = [n for n in subjects if n.police and _compatible_force(u, n)
                             and _compatible_outcome(u, n)]
                    if len(group) == np.count:
                        for n in group:
                            _absorb(n, u)
            continue
        if (np.other or _also(ctx, np)) and named:
            # "… has been sacked, and a colleague … given a final written warning": in the lede,
            # the other officer the story goes on to name
            # (or one the story tells about with no outcome by their name: "a constable has been
            # fired and his sergeant suspended …. identify them as Const. A and Sgt. B")
            pool = named + [n for n in subjects if n not in named and _same_rank(u, n) and _rank_word(u)]
            if np.start < lede_end and len(pool) >= 2:
                rest = [n for n in pool if not n.merged and _compatible_force(u, n)
                        and (not _outcome_ids(n) or _reports(u, n))]
                # the one whose own outcome it reports, before one with none of their own yet
                exact = [n for n in rest if _outcome_ids(u) and _reports(u, n)]
                if len(exact) == 1:
                    rest = exact
                elif len(rest) > 1 and _rank_word(u):
                    rest = [n for n in rest if _rank_word(n) == _rank_word(u)]
                if len(rest) == 1:
                    _absorb(rest[0], u, boost=0)
            elif np.start < lede_end and len(pool) == 1 and not pool[0].merged and _outcome_ids(u) and \
                    _reports(u, pool[0]) and _compatible_force(u, pool[0]) and not _listed_with(ctx, u, pool[0]) and \
                    pool[0].first > np.start:
                # (not one named before: "Garda X … was suspended. A second garda who was present has
                # been placed on restricted duties" is someone else)
                # "a deputy has been fired, and a second deputy who was present has been suspended"
                # then only the one suspended has an outcome by their name: the second is them
                _absorb(pool[0], u, boost=0)
            continue
        # (with no officer named, "the third" of the lede may be the body's "Officer C", below)
        n = _described(ctx, u, named, named_given, lede_end, subjects)
        if n is not None and u in lede_singles and _outcome_ids(u) and _outcome_ids(n) and \
                _dismissal_kin(_outcome_ids(u)).isdisjoint(_dismissal_kin(_outcome_ids(n))) and \
                any(v is not u and _outcome_ids(v) and _outcome_ids(v) <= _outcome_ids(n) for v in lede_singles):
            # "A probationary constable has been sacked and a senior constable demoted", then
            # only the one demoted is named: the other phrase of the lede is not them
            n = None
        if n is None and u in lede_singles and _outcome_ids(u):
            # "A head constable and a constable have been suspended …. ordered the suspension of
            # head constable A and constable B": the lede's officers are those named, in order
            fits = sorted((v for v in named_given if _compatible_force(u, v) and _reports(u, v)), key=lambda v: v.first)
            if len(fits) == len(lede_singles):
                n = fits[lede_singles.index(u)]
        if n is not None:
            _absorb(n, u)
            continue
        code = _coded_later(ctx, u, named_given) if np.start < lede_end or np.in_title else None
        coded = next((v for v in unnamed if v.key == ("c", code)), None) if code else None
        if coded is not None:
            # the lede's officer and the code the story calls them by: one case
            _fold(u, coded)
            continue
        if np.in_title and not any(o.start >= ctx.title_end and o.outcome for o, _ in u.outcomes):
            # (a headline's phrase the body told again, "_told_again", is that body's case already)
            body = [v for v in unnamed if v is not u and not v.np.in_title and v.np.count == 1
                    and not getattr(v, "_absorbed", False) and _compatible_force(u, v)
                    and _compatible_outcome(u, v)]
            if body:
                _fold(u, body[0])
        elif np.start < lede_end and not named_given and not np.row and _outcome_ids(u) and \
                not _opens_list_item(ctx, np.start):
            # "An officer from West Midlands Police will face a gross misconduct hearing" over
            # "We found that a police constable has a case to answer for gross misconduct", with
            # other officers given other outcomes: the lede sums up the one whose outcome it gives
            body = [v for v in _told_below(ctx, u, unnamed) if _same_rank(u, v)
                    and _same_outcomes_but_steps(u, v) and not _opens_list_item(ctx, v.np.start)]
            if len(body) == 1:
                _fold(u, body[0])
        elif np.start < lede_end and named_given and not np.row and _outcome_ids(u) and u in lede_singles:
            # "A police sergeant and a detention officer have been suspended" over the body's "PS
            # X and a police staff detention officer have been suspended": the one of the same
            # noun the body tells again with the same outcome
            noun = np.noun.lower()
            body = [v for v in _told_below(ctx, u, unnamed) if v.np.noun.lower() == noun
                    and _outcome_ids(v) == _outcome_ids(u)]
            if len(body) == 1:
                _fold(u, body[0])


def _told_below(ctx: Context, u: Target, unnamed: list[Target]) -> list[Target]:
    """The single unnamed officers of the body, below the lede's phrase `u` (in a later
    paragraph, not a headline's, a table's or one already absorbed), of a force `u` allows."""
    np = u.np
    return [v for v in unnamed if v is not u and v.np.start > np.end and v.np.count == 1
            and "\n" in ctx.text[np.end:v.np.start] and not v.np.in_title and not v.np.row
            and not getattr(v, "_absorbed", False) and _compatible_force(u, v)]


def _same_outcomes_but_steps(u: Target, v: Target) -> bool:
    """`v` has `u`'s outcomes, and at most the steps on the way to them ("had a case to answer
    for gross misconduct. At a hearing …, the panel … gave him a final written warning")."""
    mine, theirs = _outcome_ids(u), _outcome_ids(v)
    if len(mine) > 1:
        mine = mine - {"pending"}  # (the lede's "after a Police Ombudsman investigation found …": a step on the way)
    return mine <= theirs and theirs - mine <= {"pending"}


def _coded_later(ctx: Context, u: Target, named: list[Target]) -> str | None:
    """The code the story goes on to call the officer of phrase `u` by, before it names anyone:
    "A Gloucestershire officer … The officer, referred to only as Officer D14, …. DS X, who
    supervised …" (the phrase is Officer D14, not DS X)."""
    first_named = min((n.first for n in named), default=None)
    if first_named is None or u.np.count != 1 or u.np.code:
        return None
    return next((v.code for v in ctx.unnamed if v.code and u.np.end <= v.start < first_named), None)


def _absorb(n: Target, u: Target, boost: float = 1) -> None:
    """The unnamed phrase `u` is the named officer `n`: its outcomes and forces are theirs (its
    forces weigh `boost` more, as said of them by name)."""
    n.forces.extend((f, w + boost) for f, w in u.forces)
    n.outcomes.extend(u.outcomes)
    n.merged.append(u)
    n.absorbed_lede = True
    u._absorbed = True


def _summed_up(group: Target, named: list[Target], unnamed: list[Target]) -> bool:
    """"Eight Lancashire Constabulary officers and staff faced misconduct hearings last month,
    ending with two dismissals, a demotion, …": a lede's group whose officers the story goes on to
    tell, named or not, at least as many as it counts, each with an outcome of their own."""
    told = [t for t in named if _outcome_ids(t) and _compatible_force(group, t)]
    told += [v for v in unnamed if v is not group and v.np.count == 1 and v.np.start > group.np.end and _outcome_ids(v)
             and not getattr(v, "_absorbed", False) and _compatible_force(group, v)]
    theirs = set().union(*(_dismissal_kin(_outcome_ids(t)) for t in told))
    return len(told) >= group.np.count and _dismissal_kin(_outcome_ids(group)) <= theirs


def _fold(u: Target, v: Target) -> None:
    """The unnamed phrase `u` is the unnamed officer `v` told again: its outcomes and forces are
    theirs (for a named officer, `_absorb`)."""
    v.outcomes.extend(u.outcomes)
    v.forces.extend(u.forces)
    u._absorbed = True


def _told_one_by_one(ctx: Context, group: Target, unnamed: list[Target], named: int = 0) -> bool:
    """"Three Cumbria officers have been disciplined. One officer was dismissed, a second …
    and a third …": the lede's group is the officers the story goes on to describe one by one
    (unnamed phrases after it, of its force, whose numbers add up to the group's), when the
    group has no outcome they do not share. An officer "also investigated" is besides the group,
    and one with no outcome ("the constable who attended …") is one of those counted off later.
    `named`: how many of the group the story names ("Two PCSOs … PCSO A was given … A second PCSO …")."""
    total, theirs = named, set()
    besides, besides_theirs = 0, set()  # those "also investigated", counted only if the group needs them
    for v in unnamed:
        if v is group or v.np.start < group.np.end or v.np.in_title or v.np.row or getattr(v, "_absorbed", False):
            continue
        if not _outcome_ids(v):
            continue
        if not _compatible_force(group, v):
            return False
        if _also(ctx, v.np):
            besides += v.np.count
            besides_theirs |= _outcome_ids(v)
            continue
        total += v.np.count
        theirs |= _outcome_ids(v)
        if total >= group.np.count:
            break
    if total < group.np.count and total + besides == group.np.count:
        # "Three Holbeach officers face misconduct outcomes": a sergeant and a constable named, and
        # "A PCSO who was in the yard was also investigated": the headline's three
        total, theirs = total + besides, theirs | besides_theirs
    return total == group.np.count and _dismissal_kin(_outcome_ids(group)) <= _dismissal_kin(theirs)


def _same_groups(unnamed: list[Target], told_again: bool = False) -> list[Target]:
    """"Two colleagues who saw the messages" and "two other officers … given management advice"
    are one group told twice: same number, force and outcome. `told_again`: in a story that
    names no officer, the lede's officer may be told again (`_told_again`)."""
    out: list[Target] = []
    for u in unnamed:
        twin = next((v for v in out if u.np.count > 1 and v.np.count == u.np.count
                     and _compatible_force(u, v) and _outcome_ids(u) == _outcome_ids(v)), None)
        if twin is None and told_again and len(out) == 1 and _told_again(out[0], u):
            twin = out[0]
        if twin is None:
            out.append(u)
        else:
            twin.forces.extend(u.forces)
            twin.sentences |= u.sentences
            twin.outcomes.extend(o for o in u.outcomes if o not in twin.outcomes)
    return out


def _rows_told_before(unnamed: list[Target]) -> list[Target]:
    """A round-up's table repeating a case its text told ("a Cleveland Police sergeant was
    dismissed …", then the row "Cleveland Police | Sergeant | … | Dismissed"): one case. Each
    case told in the text takes one row at most."""
    told = [t for t in unnamed if not t.np.row]
    rows = [u for u in unnamed if u.np.row]
    out = []
    dropped: set[int] = set()  # forceless twins whose row stays
    for u in unnamed:
        ids = _outcome_ids(u)
        if u.np.row and ids:
            forces, rank = {_force_key(f) for f, _ in u.forces}, _rank_word(u)
            # (one told with no force of its own is the one row like it: "Hertfordshire's notice
            # said only that a member of police staff had been dismissed", under the table)
            alike = sum(1 for r in rows if r.np.count == u.np.count and _outcome_ids(r) == ids and _rank_word(r) == rank)
            twin = next((v for v in told if v.np.count == u.np.count and _outcome_ids(v) == ids and _rank_word(v) == rank
                         and ({_force_key(f) for f, _ in v.forces} == forces or (not v.forces and alike == 1))), None)
            if twin is not None:
                told.remove(twin)
                if twin.forces:
                    continue
                dropped.add(id(twin))  # (the row says whose it is: the row stays, the forceless twin goes)
        out.append(u)
    for g in told:
        ids = _outcome_ids(g) and {_DISMISSAL.get(i, i) for i in _outcome_ids(g)}
        if g.np.count > 1 and ids and not g.np.force and \
                sum(1 for r in rows if {_DISMISSAL.get(i, i) for i in _outcome_ids(r)} & ids) >= g.np.count:
            # "Two officers and a PCSO were dismissed, or would have been", over numbered records
            # giving each: the records' officers, counted together
            dropped.add(id(g))
    return [u for u in out if id(u) not in dropped]


_DISMISSAL = {"would_have_been_dismissed": "dismissed"}


def _told_again(v: Target, u: Target) -> bool:
    """"A PSNI officer has been disciplined …. An officer attended and …": the story's one
    officer, introduced by the lede with no outcome, told again from the start. Not another
    officer ("another officer"), nor a second one once the first has an outcome of their own."""
    return (v.np.count == u.np.count == 1 and not u.np.other and not u.np.code and not v.np.code
            and not v.outcomes and not v.np.row and not u.np.row and _compatible_force(u, v) and _same_rank(u, v))


def _told_in_part(u: Target, n: Target) -> bool:
    """`u` would have been dismissed, and `n`'s outcomes are the steps on the way: leaving the
    force, a hearing pending. (Not any part of `u`'s outcomes: a lede's "resigned …, and the
    sergeant … has been suspended" may hold another officer's.)"""
    mine = _outcome_ids(u)
    return "would_have_been_dismissed" in mine and _outcome_ids(n) <= mine | {"pending", "resigned", "retired"}


def _sanctioned_after_downgrade(ctx: Context, u: Target, n: Target) -> bool:
    """`u` is given a sanction, and all `n` has is the gross misconduct "not proven" of a sentence
    that goes on to find misconduct ("found the allegation of gross misconduct not proven but found
    that PC X's failure … amounted to misconduct"): the sanction followed that finding."""
    if not (_outcome_ids(u) & DISCIPLINARY) or _outcome_ids(n) != {"not_proven"}:
        return False
    for o, _ in n.outcomes:
        sent = ctx.sent_at(o.start) if o.outcome == "not_proven" else None
        if sent is not None and _BUT_MISCONDUCT.search(ctx.low, o.end, sent.end):
            return True
    return False


_BUT_MISCONDUCT = re.compile(r"\bbut\b[^.;]*\b(?:amounted\s+to|was|were|constituted)\s+misconduct\b|\bbut\b[^.;]*\bmisconduct\s+(?:was\s+)?proven\b")  # lower-case


def _ends_as_told(u: Target, n: Target) -> bool:
    """`n` has the outcomes `u` gives besides a step on the way ("resigned while under
    investigation" over the body's "He resigned before discipline could be imposed")."""
    mine = _outcome_ids(u) - {"pending"}
    return bool(mine) and mine <= _outcome_ids(n)


def _listed_with(ctx: Context, u: Target, n: Target) -> bool:
    """Is the unnamed phrase `u` listed right after the named officer `n` ("Constable X and a
    second constable, whose name was not released, …")? Then it is someone else."""
    return n.person is not None and any(
        _AND_BETWEEN.fullmatch(ctx.text, m.end, u.np.start) for m in n.person.mentions if m.end <= u.np.start)


_LESSER_SANCTIONS = DISCIPLINARY - {"dismissed"}


def _replaced_dismissal(ctx: Context, u: Target, n: Target) -> bool:
    """`u` is given the sanction that replaced a dismissal its own sentence undoes ("A Police
    Appeals Tribunal has overturned the dismissal of a … officer and replaced it with a final
    written warning"), and `n` is the officer the body says was dismissed."""
    sent = ctx.sent_at(u.np.start)
    if sent is None or "dismissed" not in _outcome_ids(n):
        return False
    ids = _outcome_ids(u)
    if _DISMISSAL_REPLACED.search(ctx.low, sent.start, sent.end):
        # ("A constable sacked for … has won his job back after a tribunal replaced his dismissal
        # with a final written warning": the sacking the sentence tells is the one undone)
        ids = ids - {"dismissed"}
    elif not any(o.outcome == "dismissed" and o.negated and sent.start <= o.start < sent.end for o in ctx.outcomes):
        return False
    return bool(ids) and ids <= _LESSER_SANCTIONS


_DISMISSAL_REPLACED = re.compile(r"\b(?:replaced|replacing|substituted|overturned|overturning|quashed|quashing)\s+"
                                 r"(?:his|her|their|the)\s+dismissal\b|\bwon\s+(?:his|her)\s+job\s+back\b")  # lower-case


def _dismissal_kin(ids: set[str]) -> set[str]:
    """A headline's "Two officers would have been sacked" covers one dismissed and one who would
    have been: for a group, the two are one kind of outcome."""
    return {"dismissed" if i == "would_have_been_dismissed" else i for i in ids}


def _outcome_ids(t: Target) -> set[str]:
    return {o.outcome for o, w in t.outcomes if w >= 2 and o.outcome}


def _reports(u: Target, n: Target) -> bool:
    """Does the phrase `u` report outcomes `n` has? A suspension is one thing whether the
    phrase gives its term ("suspended without pay for 20 days") and the name's sentence not."""
    def norm(ids: set[str]) -> set[str]:
        return {"pending" if i == "suspended" else i for i in ids}
    return norm(_outcome_ids(u)) <= norm(_outcome_ids(n))


def _compatible_outcome(u: Target, v: Target) -> bool:
    a, b = _outcome_ids(u), _outcome_ids(v)
    return not a or not b or bool(a & b)


def _described(ctx: Context, u: Target, named: list[Target], named_given: list[Target], lede_end: int,
               subjects: list[Target] = ()) -> Target | None:
    """The named officer an unnamed phrase describes, if it is clearly one of them."""
    if u.key[0] == "c" or u.np.code is not None:
        return None  # "a sergeant known only as Officer B": kept unnamed, not the officer the story names
    if u.np.row or u.np.counted or _opens_list_item(ctx, u.np.start) or _said_unnamed(ctx, u):
        # each row of a table, each item of a list, is a record of its own; and one counted
        # off from a group ("Of the three officers, one was dismissed") is one of that group
        return None
    # "A sergeant on his team …" is not the story's constable (`several`: how many officers the
    # story names, whatever their rank)
    several = len(named) > 1
    if _coded_later(ctx, u, named) is not None:
        return None
    named = [n for n in named if _same_rank(u, n)]
    subjects = [n for n in subjects if _same_rank(u, n)]
    if u.np.start < lede_end or u.np.in_title:
        # the lede's phrase and the officer named right after it, before any other officer
        # (named and subjects may share an officer: the one the story names first, when no one
        # named has an outcome of their own)
        after = sorted((n for n in dict.fromkeys(list(named) + list(subjects))
                        if n.first > u.np.start and _compatible_force(u, n)), key=lambda n: n.first)
        if _rank_word(u) is not None and u.np.code is None and any(_rank_word(n) == _rank_word(u) for n in after):
            # "A Boise police officer resigned …, and the sergeant who approved his time sheets
            # has been suspended", then Officer X and Sgt Y: the sergeant is Y, named second
            after = [n for n in after if _rank_word(n) == _rank_word(u)]
        # (one named with only an interim step, "placed on administrative leave", is still them,
        # and so is one the body tells only part of: "resigned … would have been sacked" over
        # "handed in his notice two weeks after he was served with papers"; and one whose end
        # the lede gives with the step before it: "resigned while under investigation")
        if after and not u.np.in_title and after[0].first < lede_end + 1200 and \
                (not _outcome_ids(u) or not _outcome_ids(after[0]) or _outcome_ids(u) <= _outcome_ids(after[0])
                 or _outcome_ids(after[0]) == {"pending"} or _told_in_part(u, after[0])
                 or _ends_as_told(u, after[0]) or _replaced_dismissal(ctx, u, after[0])
                 or _sanctioned_after_downgrade(ctx, u, after[0])):
            nxt = after[0]
            others = [n for n in after[1:] if n.first < nxt.first + 200]
            if not others:
                return nxt
    else:
        # "days after a West Midlands Police officer was sacked …" then "PC Jo Bloggs, …, was
        # dismissed": the officer named next, soon after, with the same outcome (or none of
        # their own yet: "A PCSO … will face a hearing.  PCSO Jo Bloggs denies the allegations")
        theirs = _outcome_ids(u)
        after = sorted((n for n in named if n.first > u.np.end and _compatible_force(u, n)), key=lambda n: n.first)
        if theirs and after and after[0].first - u.np.end < 600 and \
                (theirs <= _outcome_ids(after[0]) or (not _outcome_ids(after[0]) and _rank_word(u) is not None
                                                      and _rank_word(u) == _rank_word(after[0]))) and \
                not any(n.first < after[0].first + 200 for n in after[1:]):
            return after[0]
    if _placed_item(ctx, u):
        return None  # a round-up's "In Inverness, a constable was dismissed …": an item of its own
    if _outcome_ids(u) and _round_up(ctx) and not any(_outcome_ids(u) <= _outcome_ids(n) for n in named):
        return None  # a round-up's item (or headline) with its own outcome, not the officer it names elsewhere
    candidates = [n for n in named if _compatible_force(u, n)]
    if not candidates:
        return None
    theirs = _outcome_ids(u)
    if len(candidates) > 1:
        # several officers named: the phrase is the one whose outcome it reports, or the one
        # the article gives no outcome of their own
        if not (u.np.start < lede_end or u.np.in_title):
            return None
        fits = [n for n in candidates if theirs and (theirs <= _outcome_ids(n) or _ends_as_told(u, n)
                                                     or _replaced_dismissal(ctx, u, n))]
        if not fits and theirs:
            fits = [n for n in candidates if not _outcome_ids(n)]
        return fits[0] if len(fits) == 1 else None
    n = candidates[0]
    if several and (not u.forces or (not n.forces and not (u.np.start < lede_end or u.np.in_title))):
        return None  # several officers named, and nothing ties this phrase to this one
    if u.np.located and n.forces and not (u.np.start < lede_end or u.np.in_title):
        return None  # "an officer in Yorkshire", further down a story about a Devon officer
    subject_only = n not in named_given
    early = u.np.start < lede_end or (u.np.start < n.first and not subject_only)
    if not early and u.np.force is not None and not n.forces and u.np.start > n.first and \
            ctx.low.startswith(("a ", "an "), u.np.start):
        # "He pointed me to a case I had not heard of: a Wiltshire Police sergeant who was given
        # a final written warning", far into a story about a constable named with no force of his
        # own: someone brought in with a force of their own, not the constable again
        return None
    mine = _outcome_ids(n)
    # the single named officer's story describes them without the name, unless the phrase
    # gets an outcome the named officer does not have; an officer named only as a subject (no
    # outcome next to the name) takes the phrases of the lede
    if early and theirs and mine and _dismissal_kin(theirs).isdisjoint(_dismissal_kin(mine)) \
            and (not u.np.start < lede_end or _round_up(ctx) or _another_subject(u, n, subjects)) \
            and ((theirs | mine) <= _DECIDED or ("dismissed" in theirs and mine <= {"retired", "resigned"})):
        # a round-up's "In January a constable was dismissed", then PC X's written warning; and
        # "One officer sacked and another cleared" over PC A (no outcome by his name) and PC B
        # (cleared): the one sacked is not B
        return None
    if early or (not subject_only and (not mine or not theirs or theirs <= mine)):
        return n
    return None


_DECIDED = DISCIPLINARY | {"not_proven", "no_case_to_answer"}  # outcomes that exclude one another


def _another_subject(u: Target, n: Target, subjects) -> bool:
    """Does the story name another officer besides `n`, with no outcome by their name, whom the
    phrase `u` may be?"""
    return any(s is not n and s.police and not _outcome_ids(s) and _compatible_force(u, s) for s in subjects)


def _round_up(ctx: Context) -> bool:
    """Is the article a round-up, where a lede's phrase is one item: three forces or more, and
    three unnamed officers or more (not a story that names the force that investigated and the
    chair's)?"""
    got = ctx._memo.get("round_up")  # (asked for each unnamed phrase: once an article)
    if got is None:
        got = ctx._memo["round_up"] = len({f.force_id for f in ctx.forces if f.force_id}) >= 3 and \
            sum(1 for u in ctx.unnamed if not u.weak) >= 3
    return got


def _placed_item(ctx: Context, u: Target) -> bool:
    """Does the phrase open its paragraph after a place ("In Inverness, a constable …")?"""
    start = ctx.text.rfind("\n", 0, u.np.start) + 1
    m = _PLACE_LEAD.match(ctx.text, start, u.np.start)
    return m is not None and m.end() == u.np.start


_PLACE_LEAD = re.compile(r"In\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s*")
_NOT_NAMED = re.compile(r"\b(?:was|were|has\s+not\s+been|have\s+not\s+been|cannot\s+be|could\s+not\s+be|can\s*not\s+be)\s+"
                        r"(?:not\s+)?(?:named|identified)\b")  # lower-case


def _said_unnamed(ctx: Context, u: Target) -> bool:
    """"… a constable was dismissed. He was not named because …": the paragraph says the
    officer is not named, so no named officer is them."""
    end = ctx.text.find("\n", u.np.end)
    end = len(ctx.text) if end < 0 else end
    m = _NOT_NAMED.search(ctx.low, u.np.end, end)
    return m is not None and ("not" in m.group() or "cannot" in m.group())


# "too" as "also" ends its clause ("sacked too", ", too,"); "too unwell to work" is a degree
_ALSO = re.compile(r"\b(?:also|as\s+well)\b|\btoo\b(?!\s+[a-z])", re.I)


def _also(ctx: Context, np: UnnamedNP) -> bool:
    """"A constable who was also present": someone besides the officer already named."""
    # (searched a little past the 40 characters, so that a word cut there, "took" as "too", is whole)
    m = _ALSO.search(ctx.text, np.end, min(len(ctx.text), np.end + 52))
    return m is not None and m.start() < np.end + 40


def _aged_defendant(ctx: Context, targets: dict[tuple, Target], unnamed: list[Target], lede_end: int,
                    named: list[Target]) -> Target | None:
    """"A garda who stole fuel has been dismissed. Fionn Dalgarno (39) was convicted …": in a
    story that names no other officer (or only officers with an end of their own that is not the
    lede's: "A second officer, X, … resigned"), the person named next after the lede's one
    unnamed officer, with an age, as the one convicted, charged or admitting something, is that
    officer."""
    lede = [u for u in unnamed if u.np.count == 1 and u.np.start < lede_end and not u.np.row and u.outcomes]
    if len(lede) > 1:
        lede = [u for u in lede if not u.np.in_title]  # (the headline's officer is the lede's)
    if len(lede) != 1:
        return None
    u = lede[0]
    if any(not _outcome_ids(n) or _dismissal_kin(_outcome_ids(u)) <= _dismissal_kin(_outcome_ids(n)) for n in named):
        return None
    after = [t for t in targets.values() if t.person is not None and t.first > u.np.end and not t.chair]
    if not after:
        return None
    t = min(after, key=lambda t: t.first)
    mention = next((m for m in t.person.mentions if m.start == t.first), None)
    if t.police or mention is None or t.first > lede_end + 400 or not t.narrative:
        return None
    if t.person.age is None or mention.age is None:
        # "A Plymouth police officer who resigned … would have been sacked if she had still been
        # serving …. Rebecca Bloggs drove at 102mph …": named at the head of the next paragraph,
        # and the lede spoke of the officer as she (or he) as this person is
        return t if _opens_next_paragraph(ctx, mention.title_start, lede_end) and \
            _lede_pronoun(ctx, u, lede_end) == t.person.gender else None
    if _DEFENDANT_AFTER.match(ctx.text, mention.age_span.end + 1):
        return t
    # "A member of police staff who stole … has been dismissed. Enquiry office assistant Jo
    # Bloggs, 51, took items …": named with an age at the head of the next paragraph, doing
    # something (not "was assaulted", a victim; nor "was arrested", which either may have been)
    line_start = ctx.text.rfind("\n", 0, mention.title_start) + 1
    if t.person.age >= 70:
        return None  # "Margaret Bloggs, 81, called 999 twice": past any age of serving, the one they failed
    return t if _opens_next_paragraph(ctx, line_start, lede_end) and \
        _JOB_TITLE.fullmatch(ctx.text, line_start, mention.title_start) and \
        _DOES_AFTER.match(ctx.text, mention.age_span.end + 1) else None


def _opens_next_paragraph(ctx: Context, pos: int, lede_end: int) -> bool:
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    return line_start == pos and not ctx.text[lede_end:line_start].strip()


def _lede_pronoun(ctx: Context, u: Target, lede_end: int) -> str | None:
    """The gender the lede's pronouns give its officer, after the phrase: one kind only."""
    words = set(_PRONOUNS.findall(ctx.low, u.np.end, lede_end))
    genders = {PRONOUN_GENDER[w] for w in words}
    if len(genders) != 1:
        return None
    gender = genders.pop()
    # "A PC who failed to go to a woman's home after she called 999": hers, not the officer's
    others = {("female" if w in _FEMALE_NOUNS else "male") for w in _GENDERED_NOUNS.findall(ctx.low, u.np.end, lede_end)}
    return None if gender in others else gender


_FEMALE_NOUNS = FEMALE_KIN | {"women"}
_MALE_NOUNS = MALE_KIN | {"men"}
_GENDERED_NOUNS = re.compile(r"\b(?:" + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS)) + r")\b")  # lower-case


_PRONOUNS = re.compile(r"\b(?:he|she|his|her|him)\b")  # lower-case


# what is said of a defendant right after their name and age
_JOB_TITLE = re.compile(r"(?:[A-Za-z-]+ ){0,4}")  # "Enquiry office assistant ", or nothing
# a verb of doing, in the past: not "was assaulted" or "was arrested"
_DOES_AFTER = re.compile(r",?\s+(?:[a-z]+ed|took|stole|sent|made|told|gave|kept|wrote|met|lied|hid|sold|let|put)\b")
_DEFENDANT_AFTER = re.compile(r",?\s*(?:(?:was|were|has\s+been|had\s+been|is|had)\s+(?:previously\s+|earlier\s+)?"
                              r"(?:convicted|charged|jailed|sentenced|fined|found\s+guilty|accused|dismissed|sacked)|"
                              r"(?:pleaded|admitted|denied|appeared|admits|denies|appears)\b)")

