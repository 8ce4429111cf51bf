"""From the walk's targets to cases: which named people are cases (an outcome, or a predicate of
misconduct; not one who only left, nor one wronged), which unnamed officers are, and the force a
case falls back on.
"""
from __future__ import annotations

import re

from ...model import Case
from ..outcomes import OutcomeMention, career_end
from ..trie import AnyOf, lower_ascii
from .case_force import _article_force, _excluded_forces, _field_force, _force_in_sentence, fronted_for_named, _force_key, _section_force
from ..forces import ForceMention
from ..unnamed import OTHER_SERVICE_OFFICER
from .context import Context, Target, _MISCONDUCT_ARTICLE, _sentence_texts, _unquoted
from .fields import _case
from .layout import _forthcoming_heading, _lede_end, ongoing_cell
from .merge import _aged_defendant, _merge_unnamed, _rows_told_before, _same_groups
from .referents import _rank_word


def _build(ctx: Context, targets: dict[tuple, Target], chairs: set[int]) -> list[Case]:
    if "\t" in ctx.text or "|" in ctx.text or "forthcoming" in ctx.low or "upcoming" in ctx.low:
        for t in targets.values():
            if t.person is not None and t.police and not t.chair and not _firm(t):
                heading = _forthcoming_heading(ctx.text, t.first) or ongoing_cell(ctx.text, t.first)
                if heading is not None:
                    t.outcomes.append((OutcomeMention(heading.start(), heading.end(), "pending"), 3))
    named = [t for t in targets.values() if t.person is not None and not t.chair
             and (_firm(t) or (t.police and _predicate(ctx, t)))]
    named = [t for t in named if (t.police or (_firm(t) and not _civil_job(ctx, t) and _police_tie(ctx, t)))
             and not _only_left(ctx, t) and not _elected(t)
             and not _in_fiction(ctx, t) and not _never_police(ctx, t) and not _soldier(ctx, t)]
    wronged = [t for t in targets.values() if t.person is not None and _left_and_complained(ctx, _firm_outcomes(t))]
    unnamed = [t for t in targets.values() if t.np is not None and (not t.np.weak or t.demonstrated or _met_again(t))
               and (t.outcomes or (t.np.force and _misconduct_context(ctx, t)))]
    if _tells_fiction(ctx):
        unnamed = [t for t in unnamed if not _plot_only(ctx, t)]  # "a picture book about a police cat who is demoted"
    _force_in_sentence(ctx, unnamed)
    fronted_for_named(ctx, named)
    unnamed = [t for t in unnamed if t.outcomes or t.forces]
    report = _REPORT_TITLE.search(ctx.text, 0, ctx.title_end) is not None
    unnamed = [t for t in unnamed if not _tally(ctx, t, report) and not _outcome_counted(ctx, t)]
    unnamed = _same_groups(unnamed, told_again=not named)
    unnamed = _rows_told_before(unnamed)
    lede_end = _lede_end(ctx)
    aged = _aged_defendant(ctx, targets, unnamed, lede_end, named)
    if aged is not None:
        aged.police = True
    # people the story is about though no outcome sits by their name: officers, and anyone else
    # (a member of staff) the narrative gives a misconduct finding
    subjects = [t for t in targets.values() if t.person is not None and not t.chair and t.narrative and t not in named
                and t not in wronged and (t.police or any(o.finding and w >= 3 for o, w in t.outcomes))
                and not _never_police(ctx, t)]
    if not named and not subjects:
        # "A Sussex Police officer … has been given a final written warning. PC X told the hearing
        # that he had …": the officer who gave evidence, when the story tells nothing else of anyone
        subjects = [t for t in targets.values() if t.person is not None and t.testified and not t.chair]
    _merge_unnamed(ctx, named, unnamed, subjects, lede_end)
    named += [t for t in targets.values() if t.person is not None and t.absorbed_lede and t not in named
              and not t.chair and not _retirement_told(ctx, t)]
    unnamed = [t for t in unnamed if not getattr(t, "_absorbed", False)]
    ordered = sorted(named + unnamed, key=lambda t: t.first)
    excluded = _excluded_forces(ctx, named)
    for t in ordered:
        if not t.forces and (f := _field_force(ctx, t, excluded)) is not None:
            t.forces.append((f, 0.9))
    article_force = _article_force(ctx, excluded)
    cases: list[Case] = []
    unnamed_ordinal = 0
    single = len(named) == 1
    distinct = {_force_key(f) for t in ordered for f, _ in t.forces}
    if article_force is not None:
        distinct.add(_force_key(article_force))
    # a story that names several forces is not a one-force story, whatever its cases hold
    # (but not one first named after every case: "… than South Yorkshire Police, which …")
    last_case = max((t.first for t in ordered), default=0)
    distinct |= {_force_key(f) for f in ctx.forces if f.start not in excluded and f.kind != "place"
                 and f.start < last_case and not ctx.in_quote(f.start, attributed_only=True)}
    inherit = article_force if len(distinct) == 1 or _theirs_too(ctx, ordered, article_force, distinct) else None
    built: dict[int, Case] = {}
    for t in ordered:
        near = None
        if len(ordered) > 1 and inherit is None:
            near = _section_force(ctx, t, excluded)
        if t.person is None and not t.forces and t.np.noun.lower() in ("garda", "gardaí", "gardai"):
            # "a garda attached to Anglesea Street station": of An Garda Síochána, whatever other
            # force the story names
            f = next((f for f in ctx.forces if f.name == "An Garda Síochána"), None)
            if f is not None:
                t.forces.append((f, 1.0))
        if t.person is None and not t.forces and t.owner is not None and id(t.owner) in built:
            owners = built[id(t.owner)].force_id
            f = next((f for f in ctx.forces if f.force_id is not None and f.force_id == owners), None)
            if f is not None:
                t.forces.append((f, 0.6))  # "His sergeant": the force of the officer whose sergeant
        if t.person is None:
            unnamed_ordinal += 1
            if not t.forces and (inherit is not None or near is not None) and _at_unnamed_force(ctx, t):
                pass  # "At a force in the north of England, which declined to be named, an officer …"
            elif not t.forces and inherit is not None:
                t.forces.append((inherit, 0.5))
            elif not t.forces and near is not None and (not t.np.located or _item_label(ctx, near, t)):
                # (a place the gazetteer lacks, "A Stokesley PC", in an item labelled by its force)
                t.forces.append((near, 0.4))
        # (a round-up's one named officer takes the section's force, not the article's first)
        fallback = near if near is not None and (not single or len(distinct) > 2) else article_force
        case = _case(ctx, t, fallback if (t.person is not None and (single or not t.forces)) else None,
                     unnamed_ordinal, chairs, len(ordered) == 1, single)
        built[id(t)] = case
        if t.person is None and case.outcome is None:
            # an unnamed officer the story gives no outcome is a bystander far more often than a
            # case ("Two Cambridgeshire Constabulary officers arrested him", "a fellow Norfolk
            # officer", "A City of London Police officer ... was not investigated"): of 1,297
            # unnamed cases in our gold, one has no outcome
            unnamed_ordinal -= 1
            continue
        cases.append(case)
    return cases


# a force the story does not name, where the officer serves: "At a force in the north of England,
# …, an officer", "an officer at one force" (lower-case; not "who transferred from another force")
_UNNAMED_FORCE = re.compile(r"\b(?:at|in|with|of|for)\s+(?:a|another|one|an\s+unnamed|a\s+different|an\s+unidentified)\s+"
                            r"(?:[a-z-]+\s+){0,2}?force\b(?!\s+of\b)")
_UNNAMED_FORCE_AFTER = re.compile(r"\s+(?:serving\s+|working\s+|based\s+)?(?:at|in|with|of|for)\s+(?:a|another|one|an\s+unnamed|"
                                  r"a\s+different|an\s+unidentified)\s+(?:[a-z-]+\s+){0,2}?force\b(?!\s+of\b)|"
                                  # "An officer in Yorkshire whose force did not publish the outcome"
                                  r"(?:\s+(?:in|from)\s+[\w ]{1,30}?)?,?\s+whose\s+force\s+(?:(?:was|is|has|had|have)\s+(?:not|never|been\s+"
                                  r"(?:blacked|redacted|withheld))|did\s+not|does\s+not|declined|refused|asked|would\s+not|"
                                  r"could\s+not|cannot|was\s+(?:blacked|redacted|withheld|unnamed))")


def _at_unnamed_force(ctx: Context, t: Target) -> bool:
    """Does the officer's sentence place them at a force it does not name: opening on it, or
    right after the officer?"""
    sent = ctx.sent_at(t.np.start)
    if sent is None:
        return False
    low = ctx.low
    return (low.find("force", sent.start, t.np.start) >= 0 and
            _UNNAMED_FORCE.search(low, sent.start, t.np.start) is not None) or \
        _UNNAMED_FORCE_AFTER.match(low, t.np.end, sent.end) is not None


# A job outside the police, said of someone not known as police: "had worked for the council for
# 23 years", "sacked manager Jo Bloggs", "Albion midfielder Jo Bloggs"
_CIVIL_JOB = re.compile(r"\b(?:worked|works|working|employed)\s+(?:for|at|by)\s+(?:the|a|an|his|her)\s+(?:[a-z]+\s+){0,2}"
                        r"(?:council|club|company|firm|school|hospital|supermarket|shop|store|factory|warehouse|"
                        r"university|charity|airline|bank|depot|centre|center|trust|hotel|restaurant|pub|garage|"
                        r"surgery|nursery|library|museum|gym|care\s+home)\b|"
                        r"\b(?:manager|midfielder|striker|defender|goalkeeper|footballer|coach|headteacher|teacher|nurse|"
                        r"councillor|chairman)\s+[A-Z]|\b(?:the|a)\s+(?:club|council|company|firm|school)\b|"
                       r"\b(?:worked|works|working|employed)\s+as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:for|at|with|by)\s+"
                       r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Council|Borough|NHS|Trust|Ltd|plc|University|School|Hospital)\b|"
                       # sanctioned by another employer: "X, 45, was dismissed by Wyre Council", "had been
                       # dismissed for gross misconduct by the delivery firm he worked for"
                       r"\b(?:dismissed|sacked|suspended|fired|disciplined)\s+(?:for\s+(?:gross\s+)?misconduct\s+)?by\s+"
                       r"(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:Council|Borough|NHS|Trust|University|School|Hospital|council|club|company|firm|school|hospital)\b|"
                       # a job in apposition: "X, 52, a conveyancing partner at a practice in Heaton Moor"
                       r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:solicitor|partner|accountant|lawyer|barrister|doctor|nurse|"
                       r"paramedic|teacher|lecturer|carer|cashier|clerk|director|referee|surveyor|pharmacist|dentist)\b")


# Words that tie a person the article does not call police to policing
_POLICE_TIE = re.compile(r"\b(?:police|officers?|constables?|pcs?|pcsos?|sergeants?|detectives?|force|constabulary|custody|garda\w*|"
                         r"troopers?|deputy|deputies|sheriff\S*|from\s+duty|stationed|"
                         r"professional\s+standards|misconduct\s+(?:hearing|panel|meeting)|iopc|barred\s+list)\b")




_LABEL_OPEN = re.compile(r"[\s\-*•–]*")
_LABEL_CLOSE = re.compile(r"\**\s*[:–—-]")


def _item_label(ctx: Context, f: ForceMention, t: Target) -> bool:
    """Is the force `f` the label that opens the list item or line that `t` is in ("- **North
    Yorkshire:** A Stokesley PC received …")?"""
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    return ctx.text.find("\n", f.end, t.first) < 0 and bool(_LABEL_OPEN.fullmatch(ctx.text, line_start, f.start)) \
        and bool(_LABEL_CLOSE.match(ctx.text, f.end))


def _police_tie(ctx: Context, t: Target) -> bool:
    """Do the person's own sentences say anything of policing? Someone the article never calls
    police, sanctioned in sentences that do not either (a taxi driver whose licence was suspended,
    a paramedic suspended by the trust), is not a police case."""
    return any(_POLICE_TIE.search(OTHER_SERVICE_OFFICER.sub(" ", text.lower())) for text in _sentence_texts(ctx, t))


_ELECTED_TITLES = frozenset({"councillor", "cllr", "mp", "msp", "mla"})


def _elected(t: Target) -> bool:
    """Called Councillor (or MP) every time: an elected member, whose conduct is the council's or
    parliament's to judge, whatever police career came before ("Cllr X, a former sergeant")."""
    return all((m.civil or "").lower() in _ELECTED_TITLES for m in t.person.mentions)


def _civil_job(ctx: Context, t: Target) -> bool:
    """Is the person, not known as police, said to work outside the police? Then a sanction by
    their name is their employer's, not a police case."""
    return any(_CIVIL_JOB.search(text) for text in _sentence_texts(ctx, t))


_FICTION_WORDS = ("episode", "drama", "fictional", "novel", "sitcom", "screenplay", "the series", "character",
                  "picture book", "children's book", "children’s book", "the book")


# a headline over figures: a force's annual report, a data story
_REPORT_TITLE = re.compile(r"\b(?:annual\s+report|figures|statistics|data)\b", re.I)
_DOING_WHAT = re.compile(r"\b(?:for|over)\s+(?:[a-z]+ing|a|an|the|his|her|their)\b")  # lower-case


def _tally(ctx: Context, t: Target, report: bool) -> bool:
    """In a story told over figures (`report`: its headline says so), or counted over a year ("it
    dismissed nine officers after gross misconduct hearings in 2025-26"), is the group a count
    with an outcome and nothing that makes them a case: no allegation and no deed in their
    sentences ("Nine officers were dismissed and a further three would have been dismissed")?"""
    if t.np is None or t.np.count < 2:
        return False
    sents = [ctx.sents[i] for i in t.sentences]
    if t.np.noun.lower().startswith("the other") and \
            any(_NTH_OF_ITS.search(ctx.low, s.start, t.np.start) for s in sents):
        # "X was the third of its officers convicted of misconduct in public office since 2023; the
        # other two were dismissed": earlier cases, counted
        return True
    if not report and not any(_OVER_A_YEAR.search(ctx.low, s.start, s.end) for s in sents):
        return False
    return not any(ctx.alleges(s) or _DOING_WHAT.search(ctx.low, s.start, s.end) for s in sents)


# a count's period: "in 2025-26", "in the year to March", "over the past five years"; or a count
# set against an earlier one: "up from five in the previous quarter"
_NTH_OF_ITS = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:of\s+(?:its|the\s+force['’]s)\s+)?"
                         r"(?:[a-z-]+\s+){0,2}(?:officers?|constables?|members?|employees?)\b")  # lower-case
_OVER_A_YEAR = re.compile(r"\b(?:in|during|over|for)\s+(?:the\s+)?(?:20\d\d(?:[-–/](?:20)?\d\d)?\b|(?:financial\s+)?year\s+to\b|"
                          r"(?:last|past)\s+(?:\w+\s+)?years\b)|\bthis\s+year\b|"
                          r"\b(?:up|down)\s+from\s+(?:\d+|[a-z]+)\s+(?:in|over|during|the|a|last)\s")  # lower-case


def _outcome_counted(ctx: Context, t: Target) -> bool:
    """Is the phrase a count in brackets after an outcome ("Outcome: reflective practice (one
    officer)", "dismissal (two officers)"): a summary of cases told, not one of its own?"""
    np = t.np
    if np is None or ctx.text[np.start - 1:np.start] != "(" or ctx.text[np.end:np.end + 1] != ")":
        return False
    k = np.start - 1
    while k > 0 and ctx.text[k - 1] == " ":
        k -= 1
    return any(o.end == k for o in ctx.outcomes)


# said of someone who only pretended to be police
_NEVER_POLICE = re.compile(r"\b(?:had\s+never\s+(?:served|worked|been)\s+(?:as\s+)?(?:a\s+)?(?:police\s+)?officer|"
                           r"(?:posed|posing|poses)\s+as\s+(?:a\s+)?(?:police\s+officer|detective|constable|officer)|"
                           r"impersonat\w+\s+(?:a\s+)?police\s+officer)\b", re.I)


# the armed forces: "Lance Corporal X, of the Royal Logistic Corps", "a court martial"
_MILITARY = re.compile(r"\b(?:soldiers?|court[\s-]martial|the\s+Army|Corps|[Rr]egiment|[Bb]attalion|Royal\s+Navy|"
                       r"Royal\s+Air\s+Force|Royal\s+Marines)\b")
_POLICE_WORD = re.compile(r"\b(?:police|constabulary|officer)\b", re.I)


def _soldier(ctx: Context, t: Target) -> bool:
    """Is the person, by their own sentences, in the armed forces and nothing of the police
    ("Lance Corporal X, 26, of the Royal Logistic Corps, admitted …")? A corporal is a rank of
    forces abroad too; the Royal Military Police's are police."""
    texts = _sentence_texts(ctx, t)
    return any(_MILITARY.search(s) for s in texts) and not any(_POLICE_WORD.search(s) for s in texts)


def _never_police(ctx: Context, t: Target) -> bool:
    """Is the person, by their own sentences, no officer at all: "X had never served as a police
    officer", "He pleaded guilty to impersonating a police officer"? (Not "who is not a police
    officer": police staff are told so, and so is someone else in the sentence.)"""
    return any(_NEVER_POLICE.search(s) for s in _sentence_texts(ctx, t))


def _in_fiction(ctx: Context, t: Target) -> bool:
    """A character in a story the article reviews: "Detective Inspector Frank X is the best
    thief-taker in the fictional Mancunian Police …. sacked at a misconduct hearing in episode
    four". The article speaks of fiction more than once, and so do the person's own sentences."""
    if not _tells_fiction(ctx):
        return False
    if any(w in low for low in map(str.lower, _sentence_texts(ctx, t)) for w in _FICTION_WORDS):
        return True
    if t.outcomes and all(_HISTORIC_PRESENT.search(ctx.low, max(0, o.start - 16), o.start) for o, _ in t.outcomes):
        return True  # "a young PC, X, who is handed a final written warning for helping her": a plot, told in the present
    return _plot_only(ctx, t)


_HISTORIC_PRESENT = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?$")  # lower-case


def _tells_fiction(ctx: Context) -> bool:
    """Does the article speak of fiction three times or more (episodes, a drama, a picture book)?
    Counted once an article."""
    got = ctx._memo.get("fiction")
    if got is None:
        got = ctx._memo["fiction"] = sum(ctx.low.count(w) for w in _FICTION_WORDS) >= 3
    return got


def _plot_only(ctx: Context, t: Target) -> bool:
    """Do the paragraphs that give the officer their outcomes tell a plot ("When the fish goes
    missing from the evidence room, he is suspended from duty", in a story about a picture book)?"""
    low = ctx.low
    return bool(t.outcomes) and all(
        any(w in low[low.rfind("\n", 0, o.start) + 1:_para_end(low, o.start)] for w in _PLOT_WORDS)
        for o, _ in t.outcomes)


_PLOT_WORDS = ("in the book", "the story", "in the story", "plot", "in the film", "in the series", "in episode", "book about",
               "picture book", "film about", "novel about")


def _para_end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return len(low) if end < 0 else end


def _met_again(t: Target) -> bool:
    """An officer first met as an object, then given an outcome by a sentence that refers to them
    again: a group by its number ("held by two other officers …. no action will be taken against
    the two officers who restrained him") or one by their rank (not "one of the officers", whom a
    stray "she" may have been taken for)."""
    return (t.np.count > 1 or _rank_word(t) is not None) and any(w >= 3 and o.outcome for o, w in t.outcomes)


def _firm(t: Target) -> bool:
    return any(w >= 2 and o.outcome for o, w in t.outcomes)


def _firm_outcomes(t: Target) -> list[OutcomeMention]:
    return [o for o, w in t.outcomes if w >= 2]


def _predicate(ctx: Context, t: Target) -> bool:
    """Is a named person the subject of a predicate of misconduct ("was accused", "faces a
    hearing") in one of their sentences? Read only for those the cases need it of: most have an
    outcome by their name (measured 10 µs per article to read it of everyone as met)."""
    if t.predicate is None:
        t.predicate = any(_predicate_in(ctx, lo, hi) for lo, hi in t.windows)
    return t.predicate


def _predicate_in(ctx: Context, lo: int, hi: int) -> bool:
    window = _unquoted(ctx, lo, hi)
    other = _OTHER_SUBJECT.search(window, 8)
    if other:
        window = window[:other.start()]
    return _PREDICATE.search(window.lower()) is not None


_PREDICATE = re.compile(
    r"(?<!not )(?<!never )\b(?:fac(?:ed|es|e|ing)|denied|denies|admitted|admits|accepted|accepts|contested|contests|disputed|"
    r"was\s+found\s+to\s+have|were\s+found\s+to\s+have)\s+(?:\w+\s+){0,4}?(?:allegations?|charges?|misconduct|breach\w*|"
    r"hearing|claims?)|"
    # (not "He was not accused of any wrongdoing", "did not face any allegation": a witness's)
    r"\b(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+(?:(?!not\s|never\s)\w+\s+){0,2}?(?:accused|found\s+to\s+have|investigated|"
    r"charged|convicted|arrested|disciplined|referred|served\s+with|found\s+guilty|placed\s+on|barred|banned|jailed|"
    r"sentenced|handed|given|issued)|"
    r"\ballegations?\s+(?:that|against)\b|\bbreach(?:ed|es)\b|\bcommitted\s+(?:gross\s+)?misconduct|"
    r"\bmisconduct\s+(?:hearing|meeting|proceedings|investigation)|\bgross\s+misconduct\b|"
    r"\b(?:pleaded|pled)\s+guilty|\bwas\s+alleged|\bit\s+was\s+alleged|"
    r"\bviolat(?:ed|ing)\s+(?:\S+\s+){0,5}?(?:policy|policies|code|rules?|standards?|procedures?)\b")  # matched lower-case

# Where a person's own predicate ends: another subject, or the start of what they report
# ("told the court that the defendant had been arrested").
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|that|whom|told|said|says|heard|the\s+(?:defendant|accused|suspect|man|woman|victim))\b|[.;:]\s")

# What makes leaving part of a misconduct story: "resigned before the hearing", "also faced the panel".
_CONDUCT_CONTEXT = AnyOf(re.compile(_MISCONDUCT_ARTICLE.pattern + r"|panel|hearing|proceedings|investigat|accused|charged|in lieu of (?:termination|dismissal|being)|"
                                 r"case against|charges?\s+(?:of|against)\b"))
# ("resigned before … had concluded its employment case against her"; "A charge of neglect of duty
# against the officers' supervisor … was withdrawn after she retired")


_RETIRED_AS = re.compile(r"(?:\s+(?:last|this|in|earlier|at\s+the\s+end\s+of)\s+(?:the\s+)?[\w]+(?:\s+year)?)?\s+as\s+(?:the\s+)?"
                         r"(?:force['’]s\s+)?(?:head|chief|director|deputy|assistant|commander|lead)\b|"
                         # "who retired as a detective chief superintendent in 2019 after running
                         # professional standards departments": a career's end and its rank
                         r"\s+as\s+an?\s+(?:detective\s+)?(?:chief\s+)?(?:superintendent|inspector)\s+in\s+\d{4}\b")  # lower-case
# "He dismissed worries that the project would fade": brushing something aside, no word of misconduct
_DISMISSED_OTHER = re.compile(r"\bdismiss(?:ed|es|ing)?\s+(?:the\s+)?(?:worries|claims?|concerns?|suggestions?|fears?|"
                              r"criticism|calls?|doubts?|rumou?rs?|idea|notion|it)\b")  # lower-case


_PROCEEDINGS = re.compile(r"\b(?:misconduct|disciplinary|gross\s+misconduct)\s+(?:proceedings|hearing|case)|"
                         r"\b(?:proceedings|case|allegations?)\s+(?:(?:could|can|would|may)(?:\s+not)?\s+be\s+brought\s+|had\s+been\s+|were\s+)?"
                         r"against\s+(?:him|her|them)\b")  # lower-case
# ("Because the allegation against him had been assessed as misconduct …, no proceedings could be
# brought against him after he left")


def _only_left(ctx: Context, t: Target) -> bool:
    """An officer whose only reported outcome is leaving (retired, resigned), with nothing about
    misconduct in what the article says of them: a retirement, not a case."""
    if not _only_leaving(t):
        return False
    if _left_and_complained(ctx, _firm_outcomes(t)) or _wronged(ctx, t):
        return True
    if any(o.outcome == "retired" and _RETIRED_AS.match(ctx.low, o.end) for o, _ in t.outcomes):
        # "X retired last spring as head of professional standards": a career's end, whatever
        # words of misconduct the story of that career holds
        return True
    if _predicate(ctx, t):
        return False
    if _career_end(ctx):
        # "The officer who has led policing in Hull has retired after 32 years' service. …
        # She left the force on Tuesday": a retirement story, whatever words of misconduct
        # describe her career ("investigated complaints against officers")
        return True
    # (or the sentence after theirs: "X resigned in September. The force said proceedings against
    # him had been discontinued.")
    last = max(t.sentences, default=-1) + 1
    if 0 < last < len(ctx.sents) and _PROCEEDINGS.search(ctx.low, ctx.sents[last].start, ctx.sents[last].end):
        return False
    return not _CONDUCT_CONTEXT.search(_DISMISSED_OTHER.sub(" ", lower_ascii(" ".join(_sentence_texts(ctx, t)))))


def _retirement_told(ctx: Context, t: Target) -> bool:
    """Is the officer the lede describes only leaving, in a story of a career's end ("A
    superintendent who led professional standards has retired …. Supt X left the force after 30
    years' service")? (Not an officer whose lede tells what they did before they resigned.)"""
    return _only_leaving(t) and _career_end(ctx)


def _only_leaving(t: Target) -> bool:
    """Is leaving (resigned, retired) all the outcome firmly told of the officer?"""
    ids = {o.outcome for o, w in t.outcomes if w >= 2 and o.outcome}
    return bool(ids) and ids <= {"resigned", "retired"}


def _career_end(ctx: Context) -> bool:
    """career_end of the article, read once an article (asked for each officer who only left)."""
    got = ctx._memo.get("career_end")
    if got is None:
        got = ctx._memo["career_end"] = career_end(ctx.text)
    return got


def _left_and_complained(ctx: Context, outcomes) -> bool:
    """"Mr X left the force in 2023 and made a complaint": one who was wronged, and left; not a
    case, nor the story's subject. `outcomes`: the phrases said of them."""
    return any(o.outcome in ("resigned", "retired") and (s := ctx.sent_at(o.start)) is not None
               and _COMPLAINANT.search(ctx.low, o.end, s.end) for o in outcomes)


def _wronged(ctx: Context, t: Target) -> bool:
    """One the story says was wronged: "complaints from Ms X", "apologised to X", "X waived her
    right to anonymity". Who only left the force is then not a case ("Ms X left the force in 2022")."""
    for m in t.person.mentions:
        if _WRONGED_BEFORE.search(ctx.low, max(0, m.title_start - 40), m.title_start) or \
                _WRONGED_AFTER.match(ctx.low, m.end):
            return True
    return False


_WRONGED_BEFORE = re.compile(r"(?:apologi[sz]ed\s+to|complaints?\s+(?:from|by|made\s+by)|on\s+behalf\s+of)\s+"
                             r"(?:(?:ms|mrs|miss|mr|mx)\.?\s+)?$")  # lower-case
_WRONGED_AFTER = re.compile(r",?\s+(?:who\s+)?(?:has\s+|had\s+)?waived\s+(?:her|his|their)\s+(?:right\s+to\s+)?anonymity")


# (the leaver's own next verb: "… resigned after the woman complained" is someone else's complaint)
_COMPLAINANT = re.compile(r"\band\s+(?:later\s+|then\s+|subsequently\s+)?(?:(?:made|lodged|raised|brought|filed)\s+(?:a\s+)?"
                          r"(?:formal\s+)?(?:complaint|grievance)|complained\b|blew\s+the\s+whistle)")  # lower-case


def _misconduct_context(ctx: Context, t: Target) -> bool:
    np = t.np
    sent = ctx.sent_at(np.start)
    end = sent.end if sent is not None else np.end
    if _TESTIFIED.match(ctx.low, np.end):
        return False  # "A West Midlands Police crime scene investigator told the jury that …": a witness
    if _MISCONDUCT_WORDS_ANY.search(ctx.low, np.end, max(np.end, end)):
        return True
    # "We identified learning for a custody sergeant who …", "proceedings against a constable",
    # "We also investigated a second officer"
    return bool(_CONDUCT_BEFORE.search(ctx.low, max(sent.start if sent is not None else 0, np.start - 30), np.start))


_MISCONDUCT_WORDS = re.compile(
    r"misconduct|allegation|accused|breach|investigated|disciplin|racis|sexual|sexis|homophob|offensive|"
    r"inappropriate|explicit|porn|harass|stalk|assault|abus|misuse|dishonest|corrupt|warning|dismiss|sacked|"
    r"found\s+to\s+have|demanded|bombarded|sent\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:message|image|video|photo|text)|"
    r"posted|shared|leaked|accessed|stole|lied|charged|convicted|arrested|suspended|pleaded\s+guilty")  # matched lower-case
_MISCONDUCT_WORDS_ANY = AnyOf(_MISCONDUCT_WORDS)

_TESTIFIED = re.compile(r"\s+(?:told|gave\s+evidence\s+to|testified\s+to)\s+(?:the\s+)?(?:jury|court|trial|inquest)\b")  # lower-case
# (or what a hearing found: "A misconduct meeting found that a police staff investigator …")
_CONDUCT_BEFORE = re.compile(r"\b(?:(?:learning|action|proceedings|notices?|sanctions?)\s+(?:for|against)|"
                             r"(?:meeting|hearing|panel)\s+(?:has\s+|had\s+)?found\s+that|"
                             r"(?:investigated|interviewed\s+under\s+caution|served\s+misconduct\s+notices\s+on)(?:\s+also)?)\s+$")  # lower-case


def _theirs_too(ctx: Context, ordered: list[Target], article_force: ForceMention | None, distinct: set[str]) -> bool:
    """Is the article's force that of the officers the story gives none, though it names other
    forces? When every officer with a force of their own is of it ("Two GMP constables each
    received a written warning … an arrest made on behalf of Lancashire Constabulary … A sergeant
    who arrived later …"); or when the headline names it and every other force the story names is
    some officer's own ("City of London Police: outcome of misconduct proceedings" over a member of
    staff and "A Metropolitan Police Service officer who was seconded to the unit")."""
    if article_force is None or all(t.forces for t in ordered):
        return False
    key = _force_key(article_force)
    own = {_force_key(t.forces[0][0]) for t in ordered if t.forces}
    if own == {key}:
        return True
    others = distinct - {key} - own
    # (the bystanders only in a story whose officers are of no other force: a round-up's items
    # of many forces do not say whose a force-less one is)
    return (not others or own <= {key} and _bystanders(ctx, ordered, others)) and \
        any(f.start < ctx.title_end and f.kind != "place" and _force_key(f) == key for f in ctx.forces)


def _bystanders(ctx: Context, ordered: list[Target], keys: set[str]) -> bool:
    """Are the forces of `keys` named only in sentences about none of the officers and with no
    outcome ("The girl was found in Portsmouth by Hampshire and Isle of Wight Constabulary
    officers carrying out an unrelated check")?"""
    about = set().union(*(t.sentences for t in ordered))
    for f in ctx.forces:
        if _force_key(f) in keys:
            sent = ctx.sent_at(f.start)
            if sent is None or sent.index in about or ctx.in_sent(sent, "outcomes"):
                return False
    return True
