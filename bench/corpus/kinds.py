"""The kinds of article: force press releases, watchdog releases, local paper reports, national
round-ups of unnamed cases with statistics, reports from abroad, and articles about no
misconduct at all. Each is a function of (seed, index): `make_article` is the only entry.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from store.model import Extraction
from store.text import slug as slugify

from . import lexicon, names, phrases
from .lexicon import Deck, ForceName, Rank
from .names import Person
from .writer import MARK_WEIGHTS, MARKS, CaseDraft, Speaker, Writer, cap

MARKER = ("This is a synthetic article, made up by casebrowser's benchmark generator (article {n}); "
          "every person, quotation and event in it is fiction.")

# Every 20 articles hold exactly this mix, in an order of their own.
KIND_SLOTS = ("press",) * 6 + ("iopc",) * 3 + ("local",) * 5 + ("roundup",) * 3 + ("noise",) * 2 + ("overseas",)

# How often each outcome is reported (the deck makes sure every one turns up early anyway).
OUTCOME_WEIGHTS = {"dismissed": 25, "would_have_been_dismissed": 6, "reduction_in_rank": 4,
                   "final_written_warning": 12, "written_warning": 8, "management_advice": 8,
                   "reflective_practice": 6, "no_action": 6, "no_case_to_answer": 4, "not_proven": 6,
                   "resigned": 5, "retired": 2, "pending": 8}

FINDING = {"dismissed": "gross_misconduct", "would_have_been_dismissed": "gross_misconduct",
           "reduction_in_rank": "gross_misconduct", "final_written_warning": "gross_misconduct",
           "written_warning": "misconduct", "management_advice": "misconduct",
           "reflective_practice": "practice_requiring_improvement", "no_action": "misconduct"}
FINDING_WORDS = {"gross_misconduct": "gross misconduct", "misconduct": "misconduct",
                 "practice_requiring_improvement": "practice requiring improvement"}
HEARD = {"dismissed", "would_have_been_dismissed", "reduction_in_rank", "final_written_warning",
         "written_warning", "management_advice", "reflective_practice", "no_action", "not_proven"}

MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

CAMPAIGN_GROUPS = ["the Safer Policing Alliance", "the Women’s Justice Network", "Accountable Policing Now",
                   "the Equal Justice Forum", "Citizens for Fair Policing"]


@dataclass(frozen=True, slots=True)
class Article:
    index: int
    kind: str                   # press, iopc, local, roundup, overseas, noise
    fmt: str                    # txt, html, jsonl
    title: str
    publication: str | None
    byline: str | None         # the writer's name; files show it as "By ..."
    published: str              # ISO date
    url: str | None
    text: str                   # exactly what articles.text holds: title, blank line, paragraphs
    top: tuple[str, ...]        # page furniture above the article (files only; a cleaner drops it)
    bottom: tuple[str, ...]     # and below it
    extraction: Extraction
    crlf: bool = False          # a file written with Windows line ends

    @property
    def about_misconduct(self) -> bool:
        return self.kind != "noise"


@lru_cache(maxsize=8)
def _decks(seed: int) -> tuple[Deck, Deck, Deck]:
    return (Deck(seed, "kinds", KIND_SLOTS),
            Deck(seed, "outcomes", lexicon.uk_outcomes()),
            Deck(seed, "forces", lexicon.all_force_names()))


def weighted_outcome(rng: random.Random) -> str:
    ids = tuple(OUTCOME_WEIGHTS)
    return rng.choices(ids, weights=tuple(OUTCOME_WEIGHTS.values()))[0]


def fmt_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def pick_date(rng: random.Random, years: tuple[int, int]) -> date:
    lo, hi = date(years[0], 1, 1).toordinal(), date(years[1], 12, 31).toordinal()
    return date.fromordinal(rng.randint(lo, hi))


def hearing_phrase(rng: random.Random, published: date) -> tuple[str, str | None]:
    """When the hearing was, as a news writer says it, and the ISO date it resolves to."""
    roll = rng.random()
    if roll < 0.2:
        return "last week", None
    if roll < 0.3:
        return "earlier this month", None
    back = rng.randint(1, 6)
    d = published - timedelta(days=back)
    if roll < 0.45 and back == 1:
        return f"yesterday ({WEEKDAYS[d.weekday()]})", d.isoformat()
    if roll < 0.6:
        return f"on {WEEKDAYS[d.weekday()]}", d.isoformat()
    if roll < 0.8:
        return f"on {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", d.isoformat()
    return f"on {fmt_date(d)}", d.isoformat()


# ---------------------------------------------------------------------------- people in articles


@dataclass
class Officer:
    person: Person
    fname: ForceName
    rank: Rank | None
    role: str               # officer | special_constable | pcso | staff
    noun: str               # what the article calls them before the name: "PC", "PCSO", "detention officer"
    age: int


# Said of several officers at once, an allegation cannot have "he" as a subject ("they was").
GROUP_ALLEGATIONS = [a for a in phrases.ALLEGATIONS if "{he}" not in a]

STAFF_NOUNS = ("member of police staff", "detention officer", "call handler", "police staff investigator")


def officer_identity(seed: int, slot: int, fname: ForceName) -> Officer:
    """The first officer of article `slot`: a function of (seed, slot) so a later follow-up
    article can write about the same person at the same force."""
    rng = random.Random(f"{seed}/officer/{slot}")
    return _officer(rng, fname)


def _officer(rng: random.Random, fname: ForceName) -> Officer:
    person = names.person(rng)
    roll = rng.random()
    if roll < 0.03:
        return Officer(person, fname, None, "special_constable", "Special Constable", rng.randint(19, 55))
    if roll < 0.06:
        return Officer(person, fname, None, "pcso", "PCSO", rng.randint(19, 60))
    if roll < 0.10:
        return Officer(person, fname, None, "staff", rng.choice(STAFF_NOUNS), rng.randint(20, 62))
    rank = lexicon.weighted_rank(rng)
    noun = rng.choice(rank.written)
    if rng.random() < 0.03 and rank.level in (2, 3):
        noun = f"Acting {rank.label}"
    return Officer(person, fname, rank, "officer", noun, rng.randint(22, 58) + 2 * min(rank.level, 5))


def fit_rank(rng: random.Random, off: Officer, syn_min_level: int) -> Officer:
    """A reduction in rank needs a rank to lose: promote the officer when the outcome needs it."""
    if off.rank is not None and off.rank.level >= syn_min_level:
        return off
    rank = lexicon.weighted_rank(rng, min_level=max(syn_min_level, 2))
    return Officer(off.person, off.fname, rank, "officer", rng.choice(rank.written), off.age)


def pronouns(female: bool, plural: bool = False) -> dict[str, str]:
    if plural:
        return {"he": "they", "him": "them", "his": "their", "He": "They", "His": "Their"}
    return ({"he": "she", "him": "her", "his": "her", "He": "She", "His": "Her"} if female
            else {"he": "he", "him": "him", "his": "his", "He": "He", "His": "His"})


def someone(rng: random.Random, title: str, role_phrase: str, role: str, *, case_slug: str | None = None,
            female: bool | None = None, rank: Rank | None = None) -> Speaker:
    """A fictional speaker. Named again later by rank ("Ch Supt Lee") up to chief superintendent,
    otherwise, as papers do for chief officers, chairs and the public, as Mr or Ms."""
    p = names.person(rng, female=female)
    short = rank.short[0] if rank is not None and rank.level <= 6 else ("Ms" if p.female else "Mr")
    return Speaker(p.name, title, role_phrase, role, p.female, case_slug, f"{short} {p.last}")


# ---------------------------------------------------------------------------- the article


class Draft:
    """One article being written: its randomness, its pen, and what it knows about itself."""

    def __init__(self, seed: int, index: int, kind: str, max_cases: int | None) -> None:
        self.seed, self.index, self.kind, self.max_cases = seed, index, kind, max_cases
        self.rng = rng = random.Random(f"{seed}/article/{index}")
        marks = rng.choices(MARKS, weights=MARK_WEIGHTS)[0]
        # Straight quotation marks usually come with straight apostrophes; now and then curly ones do too.
        straight = (rng.random() < 0.8) if marks[0] in "\"'" else (rng.random() < 0.1)
        self.w = Writer(rng, straight_apostrophes=straight, marks=marks)
        self.title = ""
        self.publication: str | None = None
        self.byline: str | None = None
        self.published = date(2020, 1, 1)
        self.town = names.town(rng)
        self.top: list[str] = []
        self.bottom: list[str] = []
        self.domain = "news.example"

    # ---------------------------------------------------------------- helpers

    def allowed(self, natural: int) -> int:
        return natural if self.max_cases is None else max(0, min(natural, self.max_cases))

    def deck_outcome(self) -> str:
        return _decks(self.seed)[1][self.index]

    def deck_force(self) -> ForceName:
        return _decks(self.seed)[2][self.index]

    def first_officer(self) -> Officer:
        """Usually someone new; now and then a follow-up on an officer from an earlier article."""
        rng = self.rng
        if self.index > 0 and rng.random() < 0.04:
            slot = rng.randrange(max(0, self.index - 5000), self.index)
            off = officer_identity(self.seed, slot, _decks(self.seed)[2][slot])
            force = lexicon.force_by_id()[off.fname.force_id]
            return Officer(off.person, lexicon.pick_name(rng, force), off.rank, off.role, off.noun, off.age + 1)
        return officer_identity(self.seed, self.index, self.deck_force())

    def date_for(self, fname: ForceName) -> None:
        self.published = pick_date(self.rng, lexicon.force_by_id()[fname.force_id].years)

    def write_title(self, title: str) -> None:
        self.title = title
        self.w.add(title)
        self.w.para()

    def name_officer(self, case: CaseDraft, off: Officer, *, with_age: bool = True, former: bool = False) -> None:
        """ "PC Jane Smith, 34," with spans for rank, name and age."""
        w = self.w
        if former:
            w.add("former " if w.tb.in_para else "Former ")
        if off.role == "staff":
            w.add(f"{off.noun} ")
        else:
            span = w.mark(off.noun)
            case.ev("rank" if off.rank else "role", span)
            w.add(" ")
        case.officer_span = w.mark(off.person.name)
        case.ev("officer", case.officer_span)
        case.rank = off.rank.label if off.rank else None
        if with_age and self.rng.random() < 0.7:
            w.add(", ")
            case.age = off.age
            case.ev("age", w.mark(str(off.age)))
            w.add(",")

    def short(self, off: Officer, *, former: bool = False) -> str:
        """How the article names the officer again: "PC Smith", or "Mr Smith" once they have left."""
        if former or off.rank is None:
            return f"{'Ms' if off.person.female else 'Mr'} {off.person.last}"
        return f"{self.rng.choice(off.rank.short)} {off.person.last}"

    def chair(self, case: CaseDraft, off: Officer) -> Speaker:
        rng, w = self.rng, self.w
        roll = rng.random()
        if roll < 0.6:
            sp = someone(rng, "legally qualified chair ", "", "chair", case_slug=case.slug)
        else:
            other = lexicon.weighted_force(rng) if roll < 0.85 else lexicon.force_by_id()[off.fname.force_id]
            other_name = lexicon.pick_name(rng, other)
            rank = rng.choice(lexicon.chief_ranks())
            phrase = f"of {'the ' if other_name.the else ''}{other_name.written}"
            sp = someone(rng, f"{rank.label} ", phrase, "chair", case_slug=case.slug, rank=rank)
        w.sentence("The hearing was chaired by ")
        w.speaker_intro(sp)
        case.chair_span = sp.full_span
        case.ev("chair", sp.full_span)
        w.add(".")
        return sp

    def hearing(self, case: CaseDraft, gross: bool) -> None:
        phrase, iso = hearing_phrase(self.rng, self.published)
        w = self.w
        kind = "gross misconduct" if gross else "misconduct"
        w.sentence(f"A {kind} hearing took place ")
        span = w.mark(phrase)
        if iso:
            case.hearing_date = iso
            case.ev("hearing_date", span)
        w.add(".")

    def finding(self, case: CaseDraft, off: Officer, *, former: bool) -> None:
        fid = FINDING.get(case.outcome or "")
        if not fid:
            return
        w, rng = self.w, self.rng
        stds = rng.sample(lexicon.standards(), rng.randint(1, 3))
        w.sentence(f"The panel found that {self.short(off, former=former)} had breached the standards of "
                   "professional behaviour in respect of ")
        for i, (sid, label) in enumerate(stds):
            if i:
                w.add(" and " if i == len(stds) - 1 else ", ")
            case.ev("standards", w.mark(label.lower()))
            case.standards.append(sid)
        w.add(", which amounted to ")
        case.finding = fid
        case.ev("finding", w.mark(FINDING_WORDS[fid]))
        w.add(".")

    def outcome_sentence(self, case: CaseDraft, off: Officer, outcome: str, subject) -> None:
        syn = lexicon.pick_synonym(self.rng, outcome, female=off.person.female, plural=False,
                                   rank_level=off.rank.level if off.rank else 0)
        self.w.outcome(case, syn, subject)
        if outcome in ("no_case_to_answer", "not_proven"):
            case.finding = outcome
            case.ev("finding", case.span_of("outcome"))
        if outcome in ("would_have_been_dismissed", "resigned", "retired"):
            case.left_force = True
            case.resigned = outcome == "resigned" or (outcome != "retired" and "retir" not in syn.phrase)

    def barred(self, case: CaseDraft, off: Officer) -> None:
        p = pronouns(off.person.female)
        phrase = self.rng.choice(("placed on the barred list", "added to the barred list"))
        self.w.sentence(f"{p['He']} will be ")
        case.barred = True
        case.ev("barred", self.w.mark(phrase))
        self.w.add(", which means " + p["he"] + " cannot work in policing again.")

    def context(self, pool: list[str], *, fmt: dict) -> None:
        """One to three paragraphs of narrative from `pool`."""
        rng, w = self.rng, self.w
        lines = rng.sample(pool, rng.randint(2, 5))
        fmt = dict(fmt, n=rng.randint(2, 6), year=self.published.year - rng.randint(2, 20))
        for i, line in enumerate(lines):
            w.sentence(line.format(**fmt))
            if i % 2 == 1:
                w.para()
        w.para()

    def marker(self) -> None:
        self.w.para()
        self.w.add(MARKER.format(n=self.index))
        self.w.para()

    def force_lead(self, fname: ForceName, case_slug: str | None) -> Speaker:
        rank = lexicon.senior_rank(self.rng)
        where = f"{'the ' if fname.the else ''}{fname.written}"
        role = self.rng.choice((f"head of professional standards at {where}",
                                f"who leads professional standards for {where}",
                                f"of {where}"))
        return someone(self.rng, f"{rank.label} ", role, "spokesperson", case_slug=case_slug, rank=rank)

    def fmt(self, off: Officer | None = None, fname: ForceName | None = None) -> dict:
        d = pronouns(off.person.female if off else False)
        d.update(force=(("the " if fname.the else "") + fname.written) if fname else "the force", town=self.town,
                 surname=off.person.last if off else "")
        return d


# ---------------------------------------------------------------------------- kinds


def single_case_story(d: Draft, *, kind: str) -> None:
    """A force release, a watchdog release or a local report about one officer (sometimes two)."""
    rng, w = d.rng, d.w
    off = d.first_officer()
    fname = off.fname
    outcome = d.deck_outcome() if rng.random() < 0.5 else weighted_outcome(rng)
    d.date_for(fname)
    if outcome == "reduction_in_rank":
        off = fit_rank(rng, off, 3 if rng.random() < 0.3 else 2)
    former = outcome == "would_have_been_dismissed" or (outcome in ("resigned", "retired") and rng.random() < 0.5)
    p = pronouns(off.person.female)
    publish(d, kind, fname)

    noun = {"officer": "officer", "staff": "police worker"}.get(off.role, off.noun)
    head = rng.choice(phrases.HEADLINE_OUTCOME[outcome])
    tail = rng.choice(phrases.HEADLINE_TAIL) if outcome in HEARD and " after" not in head else ""
    where = d.town if kind == "local" and rng.random() < 0.5 else fname.written
    d.write_title(("Former " if former else "") + cap(f"{where} {noun} {head} {tail}".strip()))

    case = w.new_case(officer=off.person.name, role=off.role)
    case.investigator = investigator_for(kind, fname, d.published)
    allegation = rng.choice(phrases.ALLEGATIONS).format(**p)
    lede_noun = {"officer": "officer", "staff": off.noun}.get(off.role, off.noun)

    def lede_subject(capital: bool) -> None:
        if former:
            w.add("A former " if capital else "a former ")
        w.officer_of(case, fname, lede_noun, det="" if former else "a", capital=capital)
        w.add(" who ")
        case.allegations_span = w.mark(allegation)
        case.ev("allegations", case.allegations_span)

    # The lede: the outcome itself, or only the accusation with the outcome further down.
    outcome_in_lede = rng.random() < 0.5
    if outcome_in_lede:
        d.outcome_sentence(case, off, outcome, lede_subject)
    else:
        lede_subject(True)
        if outcome in HEARD:
            w.add(rng.choice((" has appeared before a misconduct panel.", " faced a misconduct hearing.",
                              f" has had the case against {p['him']} heard by a misconduct panel.")))
        else:
            w.add(rng.choice((" has been investigated by the force’s professional standards department.",
                              " was the subject of a misconduct investigation.")))
    w.para()

    # The officer, named.
    tail = rng.choice((f" served with {'the ' if fname.the else ''}{fname.written} in {d.town}.",
                       f" was based in {d.town}.", f" had served for {rng.randint(2, 25)} years."))
    style = rng.randrange(3)
    if style == 0:
        d.name_officer(case, off, former=former)
        w.add(tail)
    elif style == 1:
        w.add("The officer was named as ")
        d.name_officer(case, off, with_age=False, former=former)
        w.add(".")
    else:
        w.add("The officer, ")
        d.name_officer(case, off, with_age=False, former=former)
        w.add("," + tail)
    w.para()

    chair = None
    if outcome in HEARD:
        gross = outcome in ("dismissed", "would_have_been_dismissed", "reduction_in_rank") or rng.random() < 0.5
        d.hearing(case, gross)
        if rng.random() < 0.8:
            chair = d.chair(case, off)
        w.para()
    if kind == "iopc":
        w.sentence(f"The investigation began after a referral from {'the ' if fname.the else ''}{fname.written}, "
                   "and investigators examined phone records, body-worn video and witness statements.")
        w.para()
    if not outcome_in_lede:
        short = d.short(off, former=former)
        d.outcome_sentence(case, off, outcome, lambda capital: w.add(short))
    d.finding(case, off, former=former)
    if outcome in ("dismissed", "would_have_been_dismissed") and rng.random() < 0.8:
        d.barred(case, off)
    w.para()

    d.context(phrases.CONTEXT, fmt=d.fmt(off, fname))
    if outcome in HEARD and rng.random() < 0.2 and d.allowed(2) >= 2:
        second_officer(d, fname, chair)

    # What people said.
    fmt = d.fmt(off, fname)
    if chair is not None and rng.random() < 0.5:
        w.quote_block(chair, phrases.CHAIR, fmt=fmt)
    if kind == "iopc":
        _, abbr = watchdog_for(fname, d.published)
        job = rng.choice(("regional director", "director", "operations manager"))
        w.quote_block(someone(rng, f"{abbr} {job} ", "", "watchdog", case_slug=case.slug), phrases.WATCHDOG, fmt=fmt)
    elif kind == "press" or rng.random() < 0.5:
        w.quote_block(d.force_lead(fname, case.slug), phrases.FORCE_LEAD, fmt=fmt)
    else:
        sp = Speaker(None, f"A spokesperson for {'the ' if fname.the else ''}{fname.written}", "",
                     "spokesperson", False, case.slug)
        w.quote_block(sp, phrases.FORCE_LEAD, fmt=fmt, style="before")
    if kind == "local":
        if chair is not None and rng.random() < 0.6:
            w.fragment(chair, rng.choice(phrases.FRAGMENTS), "described the behaviour as")
            w.para()
        if rng.random() < 0.3:
            sp = someone(rng, "", rng.choice(("the victim’s mother", "a relative of the woman involved")),
                         "family", female=True)
            w.quote_block(sp, phrases.FAMILY, fmt=fmt)
        if rng.random() < 0.2:
            sp = someone(rng, "", "of the Police Federation", "federation")
            w.quote_block(sp, phrases.FEDERATION, fmt=fmt)
    d.marker()


def publish(d: Draft, kind: str, fname: ForceName) -> None:
    """Who publishes a single-case story, its page furniture and byline."""
    rng = d.rng
    if kind == "press":
        d.publication = fname.official
        d.domain = f"{slugify(fname.official)}.police.example"
        d.top = rng.sample(phrases.FURNITURE_TOP, rng.randint(0, 2))
        d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(0, 2))
    elif kind == "iopc":
        body, abbr = watchdog_for(fname, d.published)
        d.publication = body
        d.domain = f"{slugify(abbr)}.example"
        d.top = ["Printable version"][: rng.randint(0, 1)]
        d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(1, 3))
    else:
        d.publication = names.local_paper(rng)
        d.domain = f"{slugify(d.publication)}.example"
        d.byline = names.person(rng).name
        d.top = rng.sample(phrases.FURNITURE_TOP, rng.randint(0, 3))
        d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(2, 5))


def second_officer(d: Draft, fname: ForceName, chair: Speaker | None) -> None:
    rng, w = d.rng, d.w
    off = _officer(rng, fname)
    while slugify(off.person.name) in {c.slug for c in w.cases}:
        off = _officer(rng, fname)
    outcome = weighted_outcome(rng)
    if outcome == "reduction_in_rank":
        off = fit_rank(rng, off, 2)
    case = w.new_case(officer=off.person.name, role=off.role)
    case.investigator = w.cases[0].investigator
    w.sentence("A second officer, ")
    d.name_officer(case, off, with_age=False)
    w.add(",")
    case.force, case.force_id = fname.official, fname.force_id
    case.ev("force", w.cases[0].span_of("force"))
    if chair is not None:
        case.chair_span = chair.full_span
        case.ev("chair", chair.full_span)
    w.add(" also faced the panel.")
    short = d.short(off)
    d.outcome_sentence(case, off, outcome, lambda capital: w.add(short))
    w.para()


def roundup(d: Draft) -> None:
    """A national paper's investigation: statistics, several unnamed cases by force and outcome."""
    rng, w = d.rng, d.w
    topic = rng.choice(phrases.TOPICS)
    d.published = pick_date(rng, (2012, 2025))
    d.publication = rng.choice(names.NATIONAL_PAPERS)
    d.domain = f"{slugify(d.publication)}.example"
    d.byline = names.person(rng).name
    d.top = rng.sample(phrases.FURNITURE_TOP, rng.randint(0, 2))
    d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(1, 4))
    d.write_title(rng.choice(phrases.ROUNDUP_TITLES).format(topic=topic))

    y1 = d.published.year - rng.randint(3, 7)
    n = rng.randint(120, 2400)
    w.sentence("At least ")
    w.figure(n, f"{n:,}", "count", "officers investigated")
    w.add(f" police officers were investigated over {topic} between {y1} and {d.published.year - 1}, "
          f"according to figures obtained by {d.publication} from forces across the UK.")
    w.para()
    pct = rng.randint(3, 19)
    raw = rng.choice((f"{pct}%", f"{pct}pc", f"{pct} per cent"))
    w.sentence("Only ")
    w.figure(pct, raw, "percent", "investigations that ended in dismissal")
    w.add(" of the investigations ended with the officer losing their job.")
    w.para()

    k = d.allowed(rng.randint(3, 9))
    for i in range(k):
        fname = d.deck_force() if i == 0 else lexicon.pick_name(rng, lexicon.weighted_force(rng))
        outcome = d.deck_outcome() if i == 0 else weighted_outcome(rng)
        group = rng.random() < 0.15
        female = rng.random() < 0.3
        case = w.new_case(officer=None, role="group" if group else "officer")
        level = 3 if outcome == "reduction_in_rank" else 1
        syn = lexicon.pick_synonym(rng, outcome, female=female, plural=group, rank_level=level)
        allegation = rng.choice(GROUP_ALLEGATIONS if group else phrases.ALLEGATIONS).format(**pronouns(female, plural=group))
        noun = "officers" if group else "sergeant" if outcome == "reduction_in_rank" else "officer"
        det = rng.choice(("several", "two")) if group else "a"

        def subject(capital: bool, fname=fname, case=case, allegation=allegation, noun=noun, det=det) -> None:
            w.officer_of(case, fname, noun, det=det, capital=capital)
            w.add(" who ")
            case.allegations_span = w.mark(allegation)
            case.ev("allegations", case.allegations_span)

        w.outcome(case, syn, subject, plural=group)
        if i % 2 == 1 or i == k - 1:
            w.para()

    d.context(phrases.ROUNDUP_CONTEXT, fmt=d.fmt())

    # Statistics by force: forces named here are not cases.
    fs = []
    while len(fs) < 3:
        f = lexicon.weighted_force(rng)
        if f.kind == "territorial" and f not in fs:
            fs.append(f)
    counts = sorted((rng.randint(20, 140) for _ in fs), reverse=True)
    for j, (f, c) in enumerate(zip(fs, counts)):
        fn = lexicon.pick_name(rng, f)
        w.add(("" if j == 0 else " and " if j == 2 else ", followed by ") + ("the " if fn.the else ""))
        w.add(cap(fn.written) if j == 0 else fn.written)
        w.add(" reported the most investigations (" if j == 0 else " (")
        w.figure(c, str(c), "count", "investigations", force=f.name)
        w.add(")")
    w.add(".")
    w.para()

    fmt = d.fmt()
    org = rng.choice(CAMPAIGN_GROUPS)
    w.quote_block(someone(rng, "", f"of {org}", "campaigner"), phrases.CAMPAIGNER, fmt=fmt)
    if rng.random() < 0.7:
        w.quote_block(someone(rng, "Chief Constable ", "the National Police Chiefs’ Council lead for misconduct",
                              "spokesperson"), phrases.LEADERSHIP, fmt=fmt)
    d.marker()


def overseas(d: Draft) -> None:
    """A report from outside the UK, where a suspension is a penalty and forces are named as written."""
    rng, w = d.rng, d.w
    town = rng.choice(names.OVERSEAS_TOWNS)
    dept = f"{town} {rng.choice(('Police Department', 'Police Department', 'Sheriff’s Office', 'Police Service'))}"
    d.published = pick_date(rng, (2010, 2025))
    d.publication = f"{town} {rng.choice(('Tribune', 'Record', 'Ledger', 'Sentinel'))}"
    d.domain = f"{slugify(d.publication)}.example"
    d.byline = names.person(rng).name
    d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(1, 3))
    outcome = rng.choice(("suspended", "suspended", "suspended", "dismissed", "resigned", "not_proven"))
    person = names.person(rng)
    p = pronouns(person.female)
    d.write_title(f"{dept} officer {rng.choice(phrases.HEADLINE_OUTCOME[outcome])}")
    case = w.new_case(officer=person.name, role="officer")
    case.investigator = "internal affairs"
    w.add("An officer with the ")
    span = w.mark(dept)
    case.force = dept
    case.ev("force", span)
    w.add(f" has been the subject of an internal affairs review after {p['he']} ")
    case.allegations_span = w.mark(rng.choice(phrases.ALLEGATIONS).format(**p))
    case.ev("allegations", case.allegations_span)
    w.add(".")
    w.para()
    rank = rng.choice(("Officer", "Sergeant", "Deputy", "Detective"))
    rank_span = w.mark(rank)
    if rank != "Officer":
        case.rank = rank
        case.ev("rank", rank_span)
    w.add(" ")
    case.officer_span = w.mark(person.name)
    case.ev("officer", case.officer_span)
    w.add(f" has worked for the department for {rng.randint(2, 20)} years.")
    syn = lexicon.pick_synonym(rng, outcome, female=person.female, plural=False, rank_level=1)
    w.outcome(case, syn, lambda capital: w.add(f"{rank} {person.last}"))
    if outcome == "suspended":
        w.sentence(f"The suspension will last {rng.choice((5, 10, 15, 20, 30, 45))} days.")
    w.para()
    chief = someone(rng, "Chief ", "", "spokesperson", case_slug=case.slug)
    w.quote_block(chief, phrases.OVERSEAS_CHIEF, fmt=d.fmt())
    d.marker()


NOISE_VERBS = {"recruitment": "has welcomed ", "award": "has paid tribute to ", "statistics": "has published ",
               "court": "has welcomed a sentence handed down ", "retirement": "has said farewell to ",
               "roads": "has launched "}


def noise(d: Draft) -> None:
    """An article from the same sources about no misconduct: recruitment, awards, crime figures,
    court reports, retirements, road safety. Officers may be named and quoted; none is a case."""
    rng, w = d.rng, d.w
    topic = rng.choice(tuple(phrases.NOISE))
    spec = phrases.NOISE[topic]
    force = lexicon.weighted_force(rng)
    fname = lexicon.pick_name(rng, force)
    d.published = pick_date(rng, force.years)
    if rng.random() < 0.5:
        d.publication = force.name
        d.domain = f"{slugify(force.name)}.police.example"
    else:
        d.publication = names.local_paper(rng)
        d.domain = f"{slugify(d.publication)}.example"
        d.byline = names.person(rng).name
    d.bottom = rng.sample(phrases.FURNITURE_BOTTOM, rng.randint(0, 3))
    off = _officer(rng, fname)
    short_rank = off.rank.short[0] if off.rank else off.noun
    n = rng.randint(12, 240)
    d.write_title(cap(rng.choice(spec["titles"]).format(force=fname.written, n=n, town=d.town,
                                                       rank=short_rank, surname=off.person.last)))
    fmt = d.fmt(off, fname)
    w.add(cap(("the " if fname.the else "") + fname.written) + " " + NOISE_VERBS[topic])
    if topic == "recruitment":
        w.figure(n, str(n), "count", "new officers")
        w.add(" new officers.")
    elif topic in ("award", "retirement"):
        w.add(f"{off.noun} {off.person.name}.")
    elif topic == "statistics":
        pct = rng.randint(2, 25)
        w.add("figures showing burglaries fell by ")
        w.figure(pct, f"{pct}%", "percent", "fall in burglaries")
        w.add(f" in {d.town} last year.")
    elif topic == "court":
        w.add(f"after an investigation in {d.town}.")
    else:
        w.add(f"its summer campaign in {d.town}.")
    w.para()
    for line in rng.sample(spec["lines"], min(len(spec["lines"]), rng.randint(2, 4))):
        w.sentence(line.format(**fmt, n=n))
        if rng.random() < 0.5:
            w.para()
    w.para()
    if topic in ("award", "retirement"):
        sp = Speaker(off.person.name, f"{off.noun} ", "", "officer", off.person.female, None,
                     f"{short_rank} {off.person.last}")
    else:
        rank = lexicon.rank_labelled(rng.choice(("Chief Inspector", "Superintendent", "Detective Inspector")))
        sp = someone(rng, f"{rank.label} ", f"of {'the ' if fname.the else ''}{fname.written}", "spokesperson",
                     rank=rank)
    w.quote_block(sp, spec["quotes"], fmt=fmt)
    d.marker()


# ---------------------------------------------------------------------------- watchdogs

SCOTTISH_FORMER = {"strathclyde-police", "lothian-and-borders-police", "grampian-police", "tayside-police",
                   "fife-constabulary", "central-scotland-police", "northern-constabulary",
                   "dumfries-and-galloway-constabulary", "scottish-crime-and-drug-enforcement-agency"}


def watchdog_for(fname: ForceName, published: date) -> tuple[str, str]:
    fid = fname.force_id
    if fid == "police-scotland" or fid.startswith("former-") and fid[7:] in SCOTTISH_FORMER:
        return "Police Investigations and Review Commissioner", "PIRC"
    if fid in ("northern-ireland", "former-royal-ulster-constabulary", "belfast-harbour", "larne-harbour",
               "belfast-international-airport"):
        return "Police Ombudsman for Northern Ireland", "Police Ombudsman"
    if published.year >= 2018:
        return "Independent Office for Police Conduct", "IOPC"
    return "Independent Police Complaints Commission", "IPCC"


def investigator_for(kind: str, fname: ForceName, published: date) -> str:
    if kind == "iopc":
        return watchdog_for(fname, published)[1]
    return "professional standards"


# ---------------------------------------------------------------------------- entry


FORMATS = ("txt",) * 78 + ("html",) * 12 + ("jsonl",) * 10


def make_article(seed: int, index: int, max_cases: int | None = None) -> Article:
    """Article `index` of the corpus for `seed`; with `max_cases`, no more cases than that."""
    kind = _decks(seed)[0][index]
    d = Draft(seed, index, kind, max_cases)
    if kind == "roundup":
        roundup(d)
    elif kind == "overseas":
        overseas(d)
    elif kind == "noise":
        noise(d)
    else:
        single_case_story(d, kind=kind)
    text, extraction = d.w.finish()
    fmt = FORMATS[d.rng.randrange(len(FORMATS))]
    url = None
    if fmt != "txt":
        url = f"https://{d.domain}/news/{d.published:%Y/%m}/{slugify(d.title)[:60]}-{index}"
    return Article(index=index, kind=kind, fmt=fmt, title=d.title, publication=d.publication,
                   byline=d.byline, published=d.published.isoformat(), url=url, text=text,
                   top=tuple(d.top), bottom=tuple(d.bottom), extraction=extraction,
                   crlf=fmt == "txt" and d.rng.random() < 0.05)
