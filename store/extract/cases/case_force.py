"""Which force a case is of: the force attached to the officer's name, one later in an unnamed
officer's clause, the force of a story's section, the force the article is about (the chair's,
the investigators' and others' set aside); and whether two targets' forces agree.
"""
from __future__ import annotations

import re

from ... import reference
from ..forces import ForceMention
from ..lookback import words_before
from ..segment import CELL_GAP, FIELD_LABEL
from ..trie import contains_any, lower_ascii
from .context import Context, Target
from .patterns import _POLICE_NOUN


def _force_key(f: ForceMention) -> str:
    return f.force_id or f.name.lower()


def _compatible_force(u: Target, n: Target) -> bool:
    if not u.forces or not n.forces:
        return True
    if u.forces[0][0].kind == "place" and any(reference.is_territorial(f.force_id) is False for f, _ in n.forces):
        # "An armed officer at the Dounreay nuclear site in Caithness" and "Constable X, …, with the
        # Civil Nuclear Constabulary": a place gives the force that polices its streets, not the
        # national force whose officer works there
        return True
    return _force_key(u.forces[0][0]) in {_force_key(f) for f, _ in n.forces}


def _same_force(u: Target, v: Target) -> bool:
    if not u.forces or not v.forces:
        return not u.forces and not v.forces
    return _force_key(u.forces[0][0]) == _force_key(v.forces[0][0])


_ATTACHED = re.compile(r"^\s*(?:,\s*)?(?:of|from|with|at|in|for|\(|,?\s*who\s+(?:serves?|served|works?|worked|was\s+based|is\s+based)\s+(?:with|for|in|at))\s*(?:the\s+)?$", re.I)
_AGED_OF = re.compile(r",\s*\d{2},\s*(?:of|from|with)\s+(?:the\s+)?")
_MOVED_TO = re.compile(r"\b(?:mov(?:ing|ed)|transferr(?:ing|ed)|join(?:ing|ed)|switch(?:ing|ed))\s+(?:to\s+)?(?:the\s+)?$", re.I)
_SERVING = re.compile(r"\b(?:serv(?:ing|ed|es)|work(?:ing|ed|s)|based|employed|stationed|joined|attached)\b[^.]{0,40}$", re.I)

# ", a former …" before the force's name; or ", a volunteer officer with the" Met
_ARTICLE_GAP = re.compile(r",\s*(?:\d{2},\s*)?(?:a|an|the)\s+(?:former\s+|serving\s+)?(?:(?:[a-z-]+\s+){0,2}"
                          r"(?:officer|constable|sergeant|detective|inspector|pcso|special)\s+(?:with|of|from|at|in)\s+(?:the\s+)?)?")
_FORCE_TITLE_GAP = re.compile(r"\s*(?:['’]s\s+)?(?:(?:former|serving)\s+)?(?:officer|constable|sergeant|detective|PC|police\s+constable)?\s*", re.I)


def _attached_force(ctx: Context, t: Target) -> ForceMention | None:
    f = _first_attached_force(ctx, t)
    if f is not None and f.force_id is not None and (successor := reference.successor_id(f.force_id)) is not None:
        # "who joined the former Strathclyde Police in 2011 and has served with Police Scotland
        # since": the force it became, when the sentence names it
        sent = ctx.sent_at(f.start)
        now = next((g for g in ctx.forces if g.force_id == successor and f.end <= g.start < sent.end), None) \
            if sent is not None else None
        if now is None and ctx.low.endswith("former ", 0, f.start):
            # "who joined the former Tayside Police in 2011 and transferred to the national force":
            # the force it became, named elsewhere in the story
            now = next((g for g in ctx.forces if g.force_id == successor), None)
        if now is not None:
            return now
    return f


def _first_attached_force(ctx: Context, t: Target) -> ForceMention | None:
    text = ctx.text
    for m in t.person.mentions:
        sent = ctx.sent_at(m.start)
        if sent is None:
            continue
        for f in ctx.forces:
            if not (sent.start <= f.start < sent.end):
                continue
            if f.kind == "place" and any(g.force_id == "btp" for g in ctx.forces) and (
                    _STATION_AFTER.match(text, f.end) or ctx.forces[0].force_id == "btp"):
                # "based at Manchester Piccadilly station" in a transport police story, or "based at
                # Stalybridge" in a story that opens on BTP: BTP's ground
                continue
            if f.start >= m.end:
                gap = text[m.end:f.start]
                if len(gap) <= 30 and _ATTACHED.match(gap):
                    return f
                if f.kind != "place" and _AGED_OF.fullmatch(gap):
                    return f  # "PC Jo Bloggs, 31, of Essex Police" (but "…, 31, of Crowborough" is where they live)
                if gap == ", " and f.kind != "place" and text[f.end:f.end + 1] in (",", ".", ";", ""):
                    # a round-up's "PC Jo Bloggs, Nottinghamshire Police, was dismissed", and a
                    # digest's line "Special Constable Jo Bloggs, Surrey Police. Dismissed for …"
                    return f
                if len(gap) <= 120 and "." not in gap and ";" not in gap and _SERVING.search(gap):
                    # (but "who served for eight years in London before moving to Kent Police":
                    # the force moved to)
                    return next((g for g in ctx.forces if f.end < g.start < sent.end
                                 and _MOVED_TO.search(text, max(f.end, g.start - 40), g.start)), f)
                if _ARTICLE_GAP.fullmatch(gap):
                    return f
                if CELL_GAP.fullmatch(gap):
                    return f  # a table's row: "PC Jo Bloggs<tab>Sussex<tab>…", "| PC Jo Bloggs | Sussex |", the next cell
                if len(gap) <= 60 and _SANCTIONED_BY.fullmatch(gap):
                    return f  # "PC Jo Bloggs, 42, was dismissed by Dorset Police"
                if len(gap) <= 80 and "." not in gap and ";" not in gap and _LEFT_FORCE.search(gap):
                    return f  # "Supt Jo Bloggs, 54, walked away from Sussex Police"
            elif f.end <= m.title_start:
                gap = text[f.end:m.title_start]
                if len(gap) <= 25 and _FORCE_TITLE_GAP.fullmatch(gap):
                    return f
                if CELL_GAP.fullmatch(gap):
                    return f  # a table's row: "| Sussex | PC Jo Bloggs | …", the cell before
    return None


_STATION_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:railway\s+|train\s+|tube\s+|rail\s+)?station\b")
_SANCTIONED_BY = re.compile(r"(?:\s*,[^,.;]{1,30},)?\s+(?:has\s+been|had\s+been|was|were|have\s+been)\s+"
                            r"(?:dismissed|sacked|fired|disciplined|suspended|demoted|reduced\s+in\s+rank)\s+by\s+(?:the\s+)?")

_LEFT_FORCE = re.compile(r"\b(?:left|quit|leaving|walked\s+away\s+from|(?:retired|resigned|retiring|resigning|dismissed|"
                         r"sacked|discharged|removed|expelled)\s+from|(?:kicked|thrown|forced|booted|drummed|turfed|chucked)\s+out\s+of)\s+(?:the\s+)?$", re.I)

_FROM_WORDS = frozenset("from with in at of for".split())


def _force_in_sentence(ctx: Context, unnamed: list[Target]) -> None:
    """An unnamed officer's force named elsewhere in their sentence: later in the clause ("Two
    special constables who had to resign from Northamptonshire Police"), else where the sentence
    opens ("In Billingham, a constable resigned …")."""
    for t in unnamed:
        if t.forces:
            continue
        sent = ctx.sent_at(t.np.start)
        if sent is None:
            continue
        f = _clause_force(ctx, t, unnamed, sent) or _fronted_force(ctx, t.np.start, sent)
        if f is not None:
            t.forces.append((f, 2.0 if f.kind != "place" else 1.5))


def fronted_for_named(ctx: Context, named: list[Target]) -> None:
    """A named officer whose first sentence opens on where it happened ("In Honiton, PC X was
    dismissed …") has that force, unless one is known already."""
    for t in named:
        if t.forces or _attached_force(ctx, t) is not None:
            # (nor one whose own force is named with them: "At Belfast International Airport,
            # Constable X of the Belfast International Airport Constabulary")
            continue
        at = next((m.title_start for m in t.person.mentions if m.start == t.first), t.first)
        sent = ctx.sent_at(at)
        f = _fronted_force(ctx, at, sent) if sent is not None else None
        if f is not None:
            t.forces.append((f, 2.0 if f.kind != "place" else 1.5))


def _clause_force(ctx: Context, t: Target, unnamed: list[Target], sent) -> ForceMention | None:
    nxt = [u.np.start for u in unnamed if u.np.start > t.np.start and u.np.start < sent.end]
    end = min(nxt) if nxt else sent.end
    found = []
    for f in ctx.forces:
        if not t.np.end <= f.start < end:
            continue
        prev = [w.lower() for w in words_before(ctx.text, f.start, 3, 24)]
        if not _CHAIR_WORDS.isdisjoint(w.lower() for w in words_before(ctx.text, f.start, 6, 60)):
            continue  # "a meeting chaired by a superintendent from Bedfordshire Police": the chair's force
        # (and the force that sanctioned them, or whose panel ruled: "A Stockton PC was dismissed
        # by Cleveland Police", "… given a written warning by Durham Constabulary", "… would have
        # been dismissed, a Northumbria Police panel ruled")
        if prev and (prev[-1] in _FROM_WORDS or (prev[-1] == "the" and prev[-2:-1] and prev[-2] in _FROM_WORDS)
                     or prev[-1] == "by" and not _SANCTION_WORDS.isdisjoint(
                         w.lower() for w in words_before(ctx.text, f.start, 6, 50))
                     or prev[-1] in ("a", "the") and _ITS_PANEL.match(ctx.text, f.end)
                     # "three officers from the force's Bristol response team": the place of the unit
                     or f.kind == "place" and prev[-2:] in (["the", "force's"], ["the", "force’s"])):
            found.append((f, prev))
    # the force the officer was dismissed from, before one met on the way ("A garda who punched
    # an off-duty officer from Northern Ireland … has been dismissed from An Garda Síochána")
    left = [f for f, prev in found if _LEFT_WORDS.intersection(prev[-3:])]
    return (left[0] if left else found[0][0]) if found else None


_CHAIR_WORDS = frozenset(("chaired", "chair", "chairing", "presided"))


# A sentence that opens on where it happened: "In Billingham, a constable resigned …", "And in
# Hexham last spring, a sergeant …". The force or place is the officer's, as "a Billingham
# constable" would be.
_FRONTED_BEFORE = re.compile(r"(?:(?:And|But|Meanwhile)[\s,]+)?(?:[Ii]n|[Aa]t)\s+(?:nearby\s+)?$")
_FRONTED_AFTER = re.compile(r"(?:\s+(?:last|this|earlier|in|on)\b[^,.;:]{0,24})?,\s*")


def _fronted_force(ctx: Context, at: int, sent) -> ForceMention | None:
    """The force or place the sentence opens on, right before the officer met at `at`."""
    for f in ctx.forces:
        if f.start >= at:
            break
        if f.start > sent.start and _FRONTED_BEFORE.fullmatch(ctx.text, sent.start, f.start) and \
                (m := _FRONTED_AFTER.match(ctx.text, f.end)) is not None and m.end() == at:
            return f
        if f.start > sent.start and _FRONTED_ROOM_BEFORE.fullmatch(ctx.text, sent.start, f.start) and \
                (m := _FRONTED_PREMISES_AFTER.match(ctx.text, f.end)) is not None and m.end() == at:
            # "Last Thursday, in a conference room at Surrey Police's headquarters in Guildford, a
            # constable called X lost his job": the force whose premises the sentence opens in
            return f
    return None


_FRONTED_ROOM_BEFORE = re.compile(r"(?:[A-Z][^,.;:]{0,40},\s*)?(?:[Ii]n|[Aa]t)\s+(?:(?:a|an|the)\s+[a-z -]{0,30}?\s(?:at|of)\s+)?$")
_FRONTED_PREMISES_AFTER = re.compile(r"['’]s\s+(?:headquarters|offices|training\s+(?:centre|college)|[a-z]+\s+station)"
                                     r"(?:\s+in\s+[A-Z][\w-]+)?,\s*")


_SANCTION_WORDS = frozenset(("dismissed", "sacked", "fired", "given", "handed", "issued", "warned", "demoted", "disciplined"))
_ITS_PANEL = re.compile(r"\s+(?:misconduct\s+|disciplinary\s+)?(?:panel|hearing)\b")
_LEFT_WORDS = frozenset(("dismissed", "sacked", "removed", "resigned", "retired", "expelled", "fired", "barred"))
_OWNER_GAP = re.compile(r"['’]s\s+(?:\w+\s+){0,4}|\s+(?:\w+\s+){0,3}")

_INVESTIGATED_WORDS = ("investigat", "inquiry", "probe")  # one begins every _FORCE_INVESTIGATES match
_FORCE_INVESTIGATES = re.compile(r"(?:investigat\w+|inquiry|probe)\s+(?:\w+\s+){0,4}(?:by|from)\s+(?:officers\s+from\s+)?(?:the\s+)?$")  # lower-case


_CHAIRED_BY = re.compile(r"\bchaired\s+by\s+(?:a|an)\s+(?:(?:[\w-]+\s+){1,4}?(?:of|from|at|with|in)\s+(?:the\s+)?)?$")


def _excluded_forces(ctx: Context, named: list[Target]) -> set[int]:
    """Starts of force mentions that belong to someone other than the officers: "Chief Constable
    Jo Bloggs, of Cheshire Constabulary" (a chair), "investigated by Kent Police"."""
    excluded: set[int] = set()
    case_entities = {t.person.id for t in named}
    text = ctx.text
    for m in ctx.mentions:
        if m.entity in case_entities:
            continue
        for f in ctx.forces:
            # the gaps are sliced only when short enough to test
            if m.end <= f.start <= m.end + 30 and (_ATTACHED.match(text[m.end:f.start]) or
                                                    (m.entity in ctx.chairs and text[m.end:f.start].strip() == ",")):
                excluded.add(f.start)  # (a notice's "Chair: Ch Supt Jo Bloggs, Hertfordshire Constabulary" too)
            elif f.end <= m.title_start <= f.end + 25 and _OWNER_GAP.fullmatch(text[f.end:m.title_start]) and \
                    f.kind != "foreign":
                # (abroad, "Nagpur City Police Commissioner X" heads the officers' own force: a
                # chair from another force is a British hearing's way)
                excluded.add(f.start)
    low = lower_ascii(text)
    for f in ctx.forces:
        lo = max(0, f.start - 60)
        if contains_any(low, _INVESTIGATED_WORDS, lo, f.start) and _FORCE_INVESTIGATES.search(low[lo:f.start]):
            excluded.add(f.start)
        elif low.find("chaired by", lo, f.start) >= 0 and _CHAIRED_BY.search(low, lo, f.start):
            excluded.add(f.start)  # a chair not named: "Chaired by a senior manager of Sussex Police"
    return excluded


def _section_force(ctx: Context, t: Target, excluded: set[int]) -> ForceMention | None:
    """In a story of several officers, the force named nearest before this one: in the same
    paragraph or a heading just above it ("Kent Police\n\nPC Jo Bloggs was …")."""
    sent = ctx.sent_at(t.first)
    if sent is None:
        return None
    best = None
    for f in ctx.forces:
        if f.start >= t.first:
            break
        if f.start in excluded or ctx.in_quote(f.start, attributed_only=True):
            continue
        fs = ctx.sent_at(f.start)
        if fs is not None and sent.para - 2 <= fs.para <= sent.para and not ctx.statistics(fs):
            best = f
    return best


# the labels of a record's field (segment.FIELD_LABEL) that give the force
_FORCE_LABELS = frozenset({"force", "police force", "force area"})


def _field_force(ctx: Context, t: Target, excluded: set[int]) -> ForceMention | None:
    """The force field of the record that holds this officer: the record's lines run on from
    the officer's own field until a line that is no field or repeats its label ("Officer:" opens
    the next record); a force field after the officer's is preferred to one before it."""
    text = ctx.text
    start = text.rfind("\n", 0, t.first) + 1
    own = FIELD_LABEL.match(text, start)
    if own is None or own.end() > t.first:
        return None
    label = own.group(1).lower()
    fields: dict[int, int] = {}  # where a force field's value begins → its order, after the officer's first
    for forward in (True, False):
        for order, pos in enumerate(_lines_from(text, start, forward), 1):
            m = FIELD_LABEL.match(text, pos)
            if m is None or m.group(1).lower() == label:
                break
            if m.group(1).lower() in _FORCE_LABELS:
                fields[m.end()] = order if forward else 100 + order
    if not fields:
        return None
    found = [(fields[f.start], f) for f in ctx.forces if f.start in fields and f.start not in excluded]
    return min(found, key=lambda p: p[0])[1] if found else None


def _lines_from(text: str, start: int, forward: bool):
    """The starts of the lines after (or before) the line that starts at `start`, nearest first,
    blank lines skipped."""
    pos = start
    while True:
        if forward:
            nl = text.find("\n", pos)
            if nl < 0:
                return
            pos = nl + 1
            while text.startswith("\n", pos):
                pos += 1
        else:
            if pos <= 1:
                return
            end = pos - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
            pos = text.rfind("\n", 0, end) + 1
        yield pos


# "In a separate case, a Surrey Police constable …", "Separately, …": a story beside the article's
_ANOTHER_STORY = re.compile(r"\W*(?:In\s+(?:a|another|an)\s+(?:separate|unrelated|different|similar|earlier)\s+"
                           r"(?:case|incident|matter|hearing|investigation)|In\s+another\s+(?:case|incident)|"
                           r"Separately|Elsewhere|In\s+other\s+news)\b")


_SANCTIONS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:terminated|dismissed|sacked|fired|suspended|demoted|"
                              r"disciplined)\s+(?:an?|the|two|three|one\s+of\s+its)\s")


def _article_force(ctx: Context, excluded: set[int]) -> ForceMention | None:
    """The force the article is about: headline and narrative mentions, less the chair's,
    the investigators' and those of people quoted or merely mentioned."""
    # a dict, and max() for Counter.most_common(1): the same first-of-the-best, without
    # Counter's Python-level constructor and heapq (measured 5 µs per article)
    votes: dict[str, float] = {}
    first: dict[str, ForceMention] = {}
    counted_abroad: list[ForceMention] = []
    for f in ctx.forces:
        if f.start in excluded or ctx.in_quote(f.start, attributed_only=True):
            continue
        sent = ctx.sent_at(f.start)
        if sent is not None and (ctx.statistics(sent) or _ANOTHER_STORY.match(ctx.text, sent.start, f.start)):
            if f.kind == "foreign" and sent is not None and ctx.statistics(sent):
                counted_abroad.append(f)
            continue
        weight = 0.5 if f.kind == "place" else 1.0
        if f.start < ctx.title_end:
            weight += 1.0
        if _POLICE_NOUN.match(ctx.text, f.end + 1):
            weight += 1.0
        if _SANCTIONS_AFTER.match(ctx.text, f.end):
            weight += 1.5  # "The Portland Police Bureau has terminated an officer": the force that acted
        key = _force_key(f)
        votes[key] = votes.get(key, 0.0) + weight
        first.setdefault(key, f)
    if ctx.publisher is not None:
        # a force's own release is about its own officers
        key = _force_key(ctx.publisher)
        votes[key] = votes.get(key, 0.0) + 3.0
        first.setdefault(key, ctx.publisher)
    if not votes:
        # "Tonga Police has around 500 officers for a population of about 100,000": the one
        # force abroad a report names, though only in a sentence of figures
        if counted_abroad and len({f.name for f in counted_abroad}) == 1:
            return counted_abroad[0]
        return None
    return first[max(votes, key=votes.__getitem__)]
