"""A case's fields, each with its evidence and how sure: officer, rank, force, outcome, finding,
standards, allegations, categories, dates, chair and investigator.
"""
from __future__ import annotations

import re

from ...identity import case_slug
from ...model import Case, Evidence, Span
from .. import ranks
from ..forces import ForceMention
from ..outcomes import DISCIPLINARY, OutcomeMention, SEVERITY
from ..segment import CELL_GAP, Sent
from ..trie import found_ignoring_case, lower_ascii, word_start_alternation
from .case_force import _attached_force
from .context import Context, Target, _case_sents, _sentence_texts, _unquoted
from .patterns import _HEARING, _INVESTIGATED, _LQC


# The confidence scale every extracted field carries (see README, "How sure is it?"):
DIRECT = 0.9     # the text says it of the officer in so many words: "PC Jo Bloggs, of Kent Police, was dismissed"
SENTENCE = 0.75  # said in the same sentence or headline, or of the officer by description ("the officer")
ARTICLE = 0.6    # inferred from the article as a whole: the force it is about, a phrase in the lede
WEAK = 0.45      # from someone's quoted words, or a place rather than a force

_STAFF_WORDS = ["staff", "civilian", "employee"]
_STAFF = re.compile(r"\b(?:" + "|".join(_STAFF_WORDS) + r")\b", re.I)
_STAFF_FAST = (re.compile(word_start_alternation(_STAFF_WORDS) + r"\b"),)  # lower-case

_BARRED = re.compile(r"barred\s+list|barred\s+from")  # matched lower-case

_REINSTATED_PHRASES = ("reinstat", "job back", "back to work", "back at work", "return to work", "returned to work",
                       "returns to work", "return to duty", "returned to duty", "returns to duty",
                       "return to the force", "returned to the force", "overturned on appeal",
                       "overturned the dismissal", "overturned his dismissal", "overturned her dismissal", "appeal was upheld",
                       "appeal upheld", "appeal was allowed", "appeal allowed", "appeal succeeded")


def _case(ctx: Context, t: Target, article_force: ForceMention | None, unnamed_ordinal: int,
          chairs: set[int], only_case: bool, single_named: bool = False) -> Case:
    text = ctx.text
    evidence: list[Evidence] = []
    confidence: dict[str, float] = {}
    officer = rank = None
    role = "officer"
    age = None
    if t.person is not None:
        p = t.person
        officer = p.name
        rank = p.rank
        role = p.role if p.role in ("pcso", "special_constable", "staff") else "officer"
        age = p.age
        full = next((m for m in p.mentions if len(m.tokens) == len(p.tokens)), p.mentions[0])
        evidence.append(Evidence("officer", Span(full.start, full.end)))
        confidence["officer"] = DIRECT if (p.rank or p.age) else SENTENCE
        ranked = next((m for m in p.mentions if m.rank), None)
        if ranked is not None:
            end = ranked.start
            while end > ranked.title_start and text[end - 1].isspace():
                end -= 1
            evidence.append(Evidence("rank", Span(ranked.title_start, end)))
        aged = next((m for m in p.mentions if m.age_span), None)
        if aged is not None:
            evidence.append(Evidence("age", aged.age_span))
        if role == "officer" and not p.rank and found_ignoring_case(" ".join(_sentence_texts(ctx, t)[:2]), _STAFF, _STAFF_FAST):
            role = "staff"
    else:
        role = t.np.role
        evidence.append(Evidence("officer", Span(t.np.start, t.np.end)))
        confidence["officer"] = ARTICLE
        if t.np.count == 1:
            # "a detective sergeant", "a Kent Police constable": the rank the phrase gives
            rank = _rank_of_noun(t.np.noun)
            at = text.find(t.np.noun, t.np.start, t.np.end) if rank else -1
            if at >= 0:
                evidence.append(Evidence("rank", Span(at, at + len(t.np.noun))))
            elif rank:
                rank = None  # no evidence in the text, no field

    force = _attached_force(ctx, t) if t.person is not None else None
    fconf = DIRECT
    if force is None and t.forces:
        force = max(t.forces, key=lambda fw: fw[1])[0]
        fconf = SENTENCE
    if force is None and article_force is not None:
        force, fconf = article_force, SENTENCE if only_case else ARTICLE
    if force is not None and force.kind == "place":
        # a place gave the force; show the force's own name as evidence when the article has it
        named_too = next((f for f in ctx.forces if f.force_id == force.force_id and f.kind != "place"), None)
        if named_too is not None:
            force = named_too
    if force is not None:
        if force.end > force.start:
            evidence.append(Evidence("force", Span(force.start, force.end)))
        confidence["force"] = fconf if force.kind not in ("place", "publisher") else min(fconf, ARTICLE)

    # reinstatement only matters when a dismissal and another sanction compete (_choose_outcome)
    ids = {o.outcome for o, _ in t.outcomes}
    reinstated = "dismissed" in ids and bool(ids - {"dismissed", "pending", None}) and \
        bool(ctx.phrases(_REINSTATED_PHRASES) & ({s.index for s in _case_sents(ctx, t)} if not only_case
                                                 else set(range(len(ctx.sents)))))
    judged = t
    if only_case and ids <= {"dismissed", "pending", None} and "dismissed" in ids and ctx.phrases(_REINSTATED_PHRASES):
        # "… has been reinstated after a Police Appeals Tribunal ruled that dismissal was too harsh. …
        # She added: “A final written warning is sufficient …”": the one sanction the story of a
        # reinstated officer gives instead, though only in the tribunal's words
        instead = [o for o in ctx.outcomes if o.outcome in DISCIPLINARY and o.outcome != "dismissed"
                   and not o.negated and not o.hypothetical]
        if len({o.outcome for o in instead}) == 1:
            judged = Target(t.key, t.first, outcomes=t.outcomes + [(instead[0], 1)])
            reinstated = True
    best, oconf = _choose_outcome(judged, reinstated, ctx.text)
    if best is not None and (best.outcome in _UNDONE_BY_REHEARING or _quashed_and_reheard(ctx)):
        # "… who was cleared of gross misconduct must face a new hearing, the High Court has ruled":
        # the first hearing's result was quashed, and the case is open again
        again = next((o for o, w in t.outcomes if o.outcome == "pending" and not o.negated and not o.hypothetical
                      and _REHEARING.search(ctx.low, o.start, o.end)), None)
        if again is not None:
            best = again
    outcome = best.outcome if best else None
    if best is not None:
        evidence.append(Evidence("outcome", Span(best.start, best.end)))
        confidence["outcome"] = oconf
    if outcome == "suspended" and force is not None and force.force_id is not None:
        outcome = "pending"  # a UK suspension is not a penalty: proceedings are under way
    elif outcome == "pending" and best is not None and force is not None and force.kind == "foreign" \
            and "suspen" in ctx.text[best.start:best.end].lower() and _penalty_suspension(ctx, t, only_case):
        outcome = "suspended"  # abroad, a suspension for a set time is the penalty itself

    finding, fspan, finding_conf = _finding(ctx, t, outcome, only_case or (single_named and t.person is not None),
                              uk=force is None or force.force_id is not None)
    if fspan:
        evidence.append(Evidence("finding", fspan))
    if finding:
        confidence["finding"] = finding_conf
    standards = _standards(" ".join(_sentence_texts(ctx, t)) if not only_case else ctx.narrative())
    allegation_sent = _allegation_sentence(ctx, t)
    allegations = None
    if allegation_sent is not None:
        allegations = ctx.text[allegation_sent.start:allegation_sent.end].strip()[:400]
        evidence.append(Evidence("allegations", Span(allegation_sent.start, allegation_sent.end)))
    cats = ctx.categories(ctx.sents if only_case else _case_sents(ctx, t))
    barred = True if any(o.barred for o, _ in t.outcomes) or (only_case and _BARRED.search(lower_ascii(ctx.narrative()))) else None
    resigned = True if any(o.outcome == "resigned" for o, _ in t.outcomes) else None
    left = True if (resigned or any(o.outcome == "retired" for o, _ in t.outcomes) or outcome == "would_have_been_dismissed"
                    or (t.person is not None and t.person.former)) else None
    hearing_date, hspan = _hearing_date(ctx, t)
    if hspan:
        evidence.append(Evidence("hearing_date", hspan))
    odate = _outcome_date(ctx, best) if best is not None else None
    chair, chair_span = _chair(ctx, chairs, t, only_case)
    if chair_span:
        evidence.append(Evidence("chair", chair_span))
    investigator, ispan = _investigator(ctx, t, only_case)
    if ispan:
        evidence.append(Evidence("investigator", ispan))
    if force is not None:
        force_name = force.name
        force_id = force.force_id
    else:
        force_name = force_id = None
    return Case(
        officer=officer, rank=rank, role=role if t.np is None or t.np.count == 1 else "group",
        force=force_name, force_id=force_id, finding=finding, outcome=outcome, standards=standards,
        allegations=allegations, categories=cats, barred=barred, resigned=resigned, left_force=left,
        age=age, hearing_date=hearing_date, date=hearing_date or odate, chair=chair,
        investigator=investigator, slug=case_slug(officer, role, unnamed_ordinal),
        evidence=tuple(evidence), confidence=tuple(sorted(confidence.items())),
    )


_NOT_A_RANK = frozenset("officer detective trooper deputy garda gardaí gardai colleague "
                        "officers detectives troopers deputies colleagues".split())  # titles, not ranks


def _rank_of_noun(noun: str) -> str | None:
    words = noun.split()
    while words and words[0].lower() == "police":
        words = words[1:]
    if not words or " ".join(words).lower() in _NOT_A_RANK:
        return None
    written = " ".join(w if w.isupper() else w.capitalize() for w in words)
    found = ranks.rank_of(written) or ranks.rank_of(written.upper())
    return found[0] if found else None


_REPLACED_WITH = re.compile(r"\b(?:replaced|replacing|substituted|substituting|reduced|reducing)\s+(?:(?:it|that|this|them)\s+|"
                            r"(?:the|his|her|their|that)\s+(?:[\w-]+\s+){0,4}?)?(?:with|to|by)\s+(?:a\s+|an\s+)?$"
                            r"|\bsubstitut\w*\s+(?:a\s+|an\s+)?$", re.I)
_REHEARING = re.compile(r"\b(?:new|fresh)\s+(?:[a-z]+\s+){0,2}?(?:hearing|meeting)\b")  # lower-case
# (only a finding for the officer: a sanction quashed and reheard is told with its appeal)
_UNDONE_BY_REHEARING = frozenset({"not_proven", "no_case_to_answer", "no_action"})


def _quashed_and_reheard(ctx: Context) -> bool:
    """Did the article's court quash the decision and order the case reheard ("quashed the decision
    and ordered that the case be reheard")? Then the sanction the first panel gave is undone too,
    for the officer who "will face the new hearing", and the case is open again."""
    return "quash" in ctx.low and _QUASHED_REHEARD.search(ctx.low) is not None


_QUASHED_REHEARD = re.compile(r"\bquash(?:ed|es|ing)\s+(?:the|his|her|that)\s+(?:panel'?s\s+)?(?:decision|finding|sanction|outcome)s?\b"
                              r"[^.;]{0,80}\b(?:rehear|re-hear|new\s+hearing|fresh\s+hearing)")  # lower-case


def _choose_outcome(t: Target, reinstated: bool = False, text: str = "") -> tuple[OutcomeMention | None, float]:
    """The officer's outcome: the most severe disciplinary outcome firmly reported (one that
    replaced a dismissal on appeal when the officer was reinstated), else resigned, retired,
    pending. `text`: the article, whose table rows may set a finding beside "No further action"."""
    if not t.outcomes:
        return None, 0.0
    if text:
        # "replaced the final written warning with a written warning" on appeal: the sanction
        # that replaced another is the latest decision, whatever the first one weighed
        new = [(o, w) for o, w in t.outcomes if o.outcome in DISCIPLINARY
               and _REPLACED_WITH.search(text, max(0, o.start - 90), o.start)]
        if new:
            return new[-1][0], DIRECT if new[-1][1] >= 3 else SENTENCE
    if reinstated and any(o.outcome not in ("dismissed", "pending", None) for o, _ in t.outcomes):
        t = Target(t.key, t.first, outcomes=[(o, w) for o, w in t.outcomes if o.outcome != "dismissed"])
    top = max(w for _, w in t.outcomes)
    pool = [o for o, w in t.outcomes if w == top and o.outcome]
    if not pool:
        pool = [o for o, w in t.outcomes if o.outcome]
    if not pool:
        return None, 0.0
    ids = {o.outcome for o in pool}
    # "found to have no case to answer for misconduct but was told to complete additional
    # training": learning, not a sanction beside the finding
    pool = _set_aside(pool, "management_advice", "no_case_to_answer", _TRAINING_ONLY, text)
    ids = {o.outcome for o in pool}
    left = {"resigned", "retired"} & ids
    def is_disciplinary(o: OutcomeMention) -> bool:
        return o.outcome in DISCIPLINARY or o.outcome in ("would_have_been_dismissed", "suspended")
    disciplinary = [o for o in pool if is_disciplinary(o)]
    if not disciplinary and ids <= {"pending", "resigned", "retired"}:
        # "a man he knew to be under investigation" or "resigned" by the officer's name, the
        # sanction in a sentence of its own ("Outcome: Final written warning", "a hearing found
        # that he would have been dismissed"): the sanction is the outcome
        disciplinary = [o for o, w in t.outcomes if w >= 2 and is_disciplinary(o)]
        top = min(top, 2) if disciplinary else top
    elif disciplinary and all(o.outcome == "not_proven" for o in disciplinary):
        # "the allegation that she made a false entry was not proven" and then "Outcome: Written
        # warning": one allegation failed, the rest was proven and sanctioned (not "No further action")
        sanctions = [o for o, w in t.outcomes if w >= 2 and is_disciplinary(o) and (SEVERITY.get(o.outcome) or 0) >= 2]
        if sanctions:
            disciplinary, top = sanctions, min(top, 2)
    if disciplinary:
        best = max(disciplinary, key=lambda o: (SEVERITY.get(o.outcome, 0) or 0,
                                                o.outcome == "would_have_been_dismissed" and bool(left)))
        if best.outcome == "dismissed" and left:
            whbd = [o for o in pool if o.outcome == "would_have_been_dismissed"]
            if whbd:
                best = whbd[0]
        elif best.outcome == "no_action":
            # "Not proven<tab>No further action" in a table's row: the finding says why nothing
            # follows, and is the outcome
            cleared = [o for o in disciplinary if o.outcome in ("not_proven", "no_case_to_answer")
                       and CELL_GAP.fullmatch(text, o.end, best.start)]
            if cleared:
                best = cleared[0]
        conf = DIRECT if top >= 3 else (SENTENCE if top == 2 else WEAK)
        return best, conf
    # "He has since retired. … now that he has left the organisation": leaving is what
    # retiring did, not a resignation besides
    pool = _set_aside(pool, "resigned", "retired", _LEFT_ONLY, text)
    for oid in ("resigned", "retired", "pending"):
        hits = [o for o in pool if o.outcome == oid]
        if hits:
            return hits[0], SENTENCE if top >= 2 else WEAK
    return pool[0], 0.5


def _set_aside(pool: list[OutcomeMention], oid: str, beside: str, only: re.Pattern, text: str) -> list[OutcomeMention]:
    """`pool` without the outcome `oid` when `beside` is there too and every phrase of `oid` is
    only what `only` says at its start."""
    if not text or not any(o.outcome == beside for o in pool):
        return pool
    hits = [o for o in pool if o.outcome == oid]
    if not hits or not all(only.match(text, o.start) for o in hits):
        return pool
    return [o for o in pool if o.outcome != oid]


_TRAINING_ONLY = re.compile(r"(?:further|extra|additional)\s+training|learning\b", re.I)
_LEFT_ONLY = re.compile(r"(?:has\s+since\s+)?left\b|no\s+longer\b", re.I)  # a leaving that does not say how
_SUSPENSION_TERM = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)[- ]"
                              r"(?:days?|weeks?|months?|shifts?)\b|without\s+pay|unpaid", re.I)
_SUSPENSION_INTERIM = re.compile(r"pending\s+(?:the|an|a)\b|while\s+(?:the|an)\s+investigation|administrative\s+leave|"
                                 r"until\s+the\s+(?:outcome|investigation)|during\s+the\s+investigation|"
                                 # ("suspended without pay after being charged with stealing": until the court decides)
                                 r"after\s+being\s+charged|while\s+(?:the\s+)?criminal\s+(?:charges?|case|proceedings)", re.I)


def _penalty_suspension(ctx: Context, t: Target, only_case: bool) -> bool:
    text = ctx.narrative() if only_case else " ".join(_sentence_texts(ctx, t))
    return bool(_SUSPENSION_TERM.search(text)) and not _SUSPENSION_INTERIM.search(text)


# "gross misconduct hearing", "misconduct proceedings": the kind of hearing, not a finding
_NOT_A_FINDING_AFTER = re.compile(r"\s+(?:hearings?|meetings?|panels?|proceedings|investigations?|allegations?|"
                                  r"notices?|charges?|cases?|inquiry|inquiries|probe)\b")  # lower-case
# Before a finding in its sentence: words that make it one ("found", "admitted") and words that
# make it only alleged ("if proven, this would amount to gross misconduct").
_FOUND_BEFORE = re.compile(r"\b(?:found|finds|find|proven|proved|admitted|admits|accepted|amounted|amounts|"
                           r"committed|upheld|guilty)\b")  # lower-case
_ALLEGED_BEFORE = re.compile(r"\b(?:alleged|allegations?|accused|investigat\w*|face|faces|facing|deny|denies|denied)\b")
_CONDITIONAL_BEFORE = re.compile(r"\b(?:if|would|could|may|might|unless)\b")  # lower-case


def _finding(ctx: Context, t: Target, outcome: str | None, sole: bool,
             uk: bool) -> tuple[str | None, Span | None, float]:
    """The finding and how sure: what the outcome says (not proven, no case to answer); else a
    finding stated in the officer's sentences (those naming them first), or anywhere when the
    story names one officer ("the hearing found the posts amounted to gross misconduct"); else
    what the sanction implies: in the UK only gross misconduct ends in dismissal, and a written
    warning follows misconduct."""
    for o, _ in t.outcomes:
        if o.finding in ("not_proven", "no_case_to_answer", "practice_requiring_improvement") and o.outcome == outcome:
            return o.finding, Span(o.start, o.end), DIRECT
    if outcome in ("not_proven", "no_case_to_answer"):
        return None, None, 0.0
    sents = _case_sents(ctx, t)
    low = ctx.low
    case_at = {s.index for s in sents}
    own = set()  # the case's sentences that name the officer
    if t.person is not None:
        for m in t.person.mentions:
            at = ctx.sent_at(m.start)
            if at is not None and at.index in case_at:
                own.add(at.index)
    sanction = outcome in ("dismissed", "would_have_been_dismissed", "reduction_in_rank", "final_written_warning",
                           "written_warning")

    def stated(findings: tuple[str, ...], anywhere: bool) -> tuple[OutcomeMention | None, float]:
        found = []
        for o in ctx.outcomes:
            if o.finding not in findings or o.negated or o.hypothetical or ctx.in_quote(o.start, True) \
                    or _NOT_A_FINDING_AFTER.match(low, o.end):
                continue
            whole = ctx.sent_at(o.start)
            sent = whole if whole is not None and whole.index in case_at else None
            lead = low[whole.start:o.start] if whole is not None else ""
            if _CONDITIONAL_BEFORE.search(lead) or (_ALLEGED_BEFORE.search(lead) and not _FOUND_BEFORE.search(lead)):
                continue  # the level of what is alleged or might be found, not what a panel found
            if not sanction and not _FOUND_BEFORE.search(lead):
                continue  # no sanction to go with it: only an explicit finding counts
            if sent is not None:
                found.append((0 if sent.index in own else 1, o.start, o))
            elif anywhere:
                found.append((2, o.start, o))
        if not found:
            return None, 0.0
        rank, _, o = min(found, key=lambda f: f[:2])
        return o, (DIRECT, SENTENCE, ARTICLE)[rank]

    o, conf = stated(("gross_misconduct", "misconduct"), sole and sanction)
    if o is not None and (o.finding == "gross_misconduct" or outcome != "dismissed"):
        return o.finding, Span(o.start, o.end), conf
    if outcome in ("dismissed", "would_have_been_dismissed") and uk:
        return "gross_misconduct", None, ARTICLE
    if outcome in ("written_warning", "final_written_warning"):
        return "misconduct", None, ARTICLE
    if outcome == "reflective_practice":
        return "practice_requiring_improvement", None, ARTICLE
    if outcome in ("pending", None):
        for o, _ in t.outcomes:
            if o.finding == "case_to_answer":
                return "case_to_answer", Span(o.start, o.end), SENTENCE
        if sole:
            o, conf = stated(("case_to_answer",), True)
            if o is not None:
                return "case_to_answer", Span(o.start, o.end), conf
    return None, None, 0.0


# The Standards of Professional Behaviour as articles name them, lower-case.
_STANDARD_WORDS = [
    ("honesty_and_integrity", ("honesty and integrity", "integrity")),
    ("authority_respect_and_courtesy", ("authority, respect and courtesy", "authority, respect, and courtesy",
                                        "respect and courtesy")),
    ("equality_and_diversity", ("equality and diversity",)),
    ("use_of_force", ("use of force",)),
    ("orders_and_instructions", ("orders and instructions",)),
    ("duties_and_responsibilities", ("duties and responsibilities",)),
    ("confidentiality", ("confidentiality",)),
    ("fitness_for_work", ("fitness for work", "fitness for duty")),
    ("discreditable_conduct", ("discreditable conduct",)),
    ("challenging_and_reporting_improper_conduct", ("challenging and reporting",)),
]


def _standards(text: str) -> tuple[str, ...]:
    """Standards named in the text, when it speaks of standards or breaches at all."""
    low = text.lower()
    if "standard" not in low and "breach" not in low:
        return ()  # (single words: no need to even out the spaces first)
    if _ODD_SPACE.search(low):  # (evening out the spaces costs more than looking for the need)
        low = " ".join(low.split())
    return tuple(sid for sid, forms in _STANDARD_WORDS if any(f in low for f in forms))


_ODD_SPACE = re.compile(r"[^\S ]|  ")  # whitespace other than single spaces


def _allegation_sentence(ctx: Context, t: Target) -> Sent | None:
    """The sentence that best says what the officer did: one naming misconduct of a kind
    (categories) and saying it was alleged or found, then one naming misconduct of a kind, then
    one that merely alleges; in each the earliest in the body (the lede sums the story up), but
    not one that opens on someone else ("A second officer, who is alleged to have …")."""
    sents = _case_sents(ctx, t)
    conduct = [s for s in sents if ctx.has_category(s)]
    # with sentences of conduct, the second group has some: whether the others allege is moot
    groups = ([s for s in conduct if ctx.alleges(s)], conduct) if conduct else ([s for s in sents if ctx.alleges(s)],)
    groups = [g for g in groups if g]
    if not groups:
        return None
    own = [m.start for m in t.person.mentions] if t.person is not None else []
    own += [x.np.start for x in (t, *t.merged) if x.np is not None]
    others = [m.start for m in ctx.mentions if t.person is None or m.entity != t.person.id]
    others += [np.start for np in ctx.unnamed if np.start not in own]

    def opens_on_someone_else(s: Sent) -> bool:
        head = s.start + 60
        return any(s.start <= p < head for p in others) and not any(s.start <= p < head for p in own)
    group = [s for s in groups[0] if not opens_on_someone_else(s)] or groups[0]
    return min(group, key=lambda s: (s.start < ctx.title_end, s.start))


def _hearing_date(ctx: Context, t: Target) -> tuple[str | None, Span | None]:
    hearing = ctx.matching(_HEARING)
    for s in _case_sents(ctx, t) or ctx.sents:
        if s.index not in hearing:
            continue
        for d in ctx.dates_in(s):
            if len(d.value) == 10 and not ctx.in_quote(d.start, True):
                return d.value, Span(d.start, d.end)
    return None, None


def _outcome_date(ctx: Context, o: OutcomeMention) -> str | None:
    sent = ctx.sent_at(o.start)
    if sent is None:
        return None
    found = ctx.dates_in(sent)
    return found[0].value if found else None


def _chair(ctx: Context, chairs: set[int], t: Target, only_case: bool) -> tuple[str | None, Span | None]:
    if not only_case and t.person is None:
        return None, None
    for m in ctx.mentions:
        if m.entity in chairs:
            p = ctx.people[m.entity]
            name = p.name
            if p.rank:
                name = f"{p.rank} {p.name}"
            return name, Span(m.start, m.end)
    lqc = ctx.matching(_LQC)
    m = _LQC.search(ctx.low, ctx.sents[min(lqc)].start) if lqc else None
    if m and not ctx.in_quote(m.start()):
        return "legally qualified chair", Span(m.start(), m.end())
    return None, None


_INVESTIGATOR = re.compile(r"independent\s+office\s+for\s+police\s+conduct|iopc|ipcc|independent\s+police\s+complaints\s+commission|"
                           r"pirc|police\s+ombudsman|professional\s+standards(?:\s+department)?|directorate\s+of\s+professional\s+standards|"
                           r"anti-corruption\s+(?:unit|command)|counter[- ]corruption\s+unit")  # matched lower-case

_IOPC = re.compile(r"IOPC|Independent\s+Office", re.I)
_IPCC = re.compile(r"IPCC|Complaints\s+Commission", re.I)


def _investigator(ctx: Context, t: Target, only_case: bool) -> tuple[str | None, Span | None]:
    investigated = ctx.matching(_INVESTIGATED)
    for s in (ctx.sents if only_case else _case_sents(ctx, t)):
        if s.index not in investigated:
            continue
        seg = _unquoted(ctx, s.start, s.end)
        if len(seg) != s.end - s.start:
            continue
        if not _INVESTIGATED.search(seg):
            continue
        m = _INVESTIGATOR.search(lower_ascii(seg))  # (lower_ascii keeps positions: "İ".lower() is two characters)
        if m:
            body = seg[m.start():m.end()]
            label = "IOPC" if _IOPC.search(body) else (
                "IPCC" if _IPCC.search(body) else (
                    "PIRC" if "PIRC" in body else ("Police Ombudsman" if "Ombudsman" in body else "professional standards")))
            return label, Span(s.start + m.start(), s.start + m.end())
    return None, None
