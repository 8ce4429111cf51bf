"""The pen every article kind writes with: prose, people, forces, outcomes and quotations,
each recorded with its span as it is written, then turned into an Extraction at the end.

Values the store keeps "as written" (an officer's name, a quote, the allegation, a chair) are
sliced from the finished text through their spans, so value and span cannot disagree.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from store.identity import case_slug
from store.model import Case, Evidence, Extraction, Figure, Quote, Span

from . import lexicon
from .lexicon import ForceName, Synonym
from .textbuild import TextBuilder

EXTRACTOR_VERSION = "synthetic-1"

# Quotation marks an article uses, and how often: curly double, straight double, curly single, straight single.
MARKS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
MARK_WEIGHTS = (0.55, 0.25, 0.12, 0.08)


def _as_written(c: "CaseDraft", name: str, text: str) -> str | None:
    spans = [e.span for e in c.evidence if e.field == name]
    return spans[0].of(text) if spans else getattr(c, name)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@dataclass
class Speaker:
    name: str | None           # None: an unnamed spokesperson
    title: str                 # written before the name: "Chief Constable ", "IOPC regional director "
    role_phrase: str           # written after it: "head of professional standards at Kent Police"
    role: str                  # chair, spokesperson, watchdog, campaigner, ...
    female: bool
    case_slug: str | None = None
    short: str = ""            # for later attributions: "Mr Roberts"
    full_span: Span | None = None   # where the full name was first written
    last_span: Span | None = None   # where an attribution last named them


@dataclass
class CaseDraft:
    role: str = "officer"
    officer_span: Span | None = None
    rank: str | None = None
    force: str | None = None
    force_id: str | None = None
    finding: str | None = None
    outcome: str | None = None
    standards: list[str] = field(default_factory=list)
    allegations_span: Span | None = None
    barred: bool | None = None
    resigned: bool | None = None
    left_force: bool | None = None
    age: int | None = None
    hearing_date: str | None = None
    chair_span: Span | None = None
    investigator: str | None = None
    slug: str = ""
    evidence: list[Evidence] = field(default_factory=list)

    def ev(self, name: str, span: Span) -> None:
        self.evidence.append(Evidence(name, span))

    def span_of(self, name: str) -> Span:
        return next(e.span for e in reversed(self.evidence) if e.field == name)


class Writer:
    def __init__(self, rng: random.Random, *, straight_apostrophes: bool, marks: tuple[str, str]) -> None:
        self.rng = rng
        self.tb = TextBuilder(straight_apostrophes=straight_apostrophes)
        self.q_open, self.q_close = marks
        self.cases: list[CaseDraft] = []
        self.quotes: list[tuple[Span, Speaker, Span | None]] = []   # words, speaker, where they are named
        self.figures: list[tuple[float, str, str, Span, str | None]] = []
        self._unnamed = 0
        self._just_quoted: tuple[Speaker, int] | None = None   # who was quoted last, and where that ended

    # -------------------------------------------------------------- prose

    def add(self, s: str) -> None:
        self.tb.add(s)

    def mark(self, s: str) -> Span:
        return self.tb.mark(s)

    def para(self) -> None:
        self.tb.para()

    def space(self) -> None:
        """A space before the next sentence when the paragraph is already under way."""
        if self.tb.in_para:
            self.tb.add(" ")

    def sentence(self, s: str) -> None:
        self.space()
        self.tb.add(s)

    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    # -------------------------------------------------------------- cases

    def new_case(self, *, officer: str | None, role: str = "officer") -> CaseDraft:
        if officer is None:
            self._unnamed += 1
        c = CaseDraft(role=role, slug=case_slug(officer, role, self._unnamed))
        self.cases.append(c)
        return c

    def force_mention(self, case: CaseDraft | None, fname: ForceName, *, the: bool = True) -> Span:
        """Write a force's name (with "the" when it reads so) and make it the case's force."""
        if the and fname.the:
            self.add("the ")
        span = self.mark(fname.written)
        if case is not None:
            case.force, case.force_id = fname.official, fname.force_id
            case.ev("force", span)
        return span

    def officer_of(self, case: CaseDraft | None, fname: ForceName, noun: str = "officer",
                   *, det: str = "a", capital: bool = False) -> None:
        """ "a Kent Police officer", or for a name that cannot stand before a noun, "an officer
        with the Kent force". `det` is "a" (a or an, as the next word needs), "" or any other."""
        if fname.attributive:
            lead = lexicon.indefinite(fname.written) if det == "a" else det
            if lead:
                self.add(f"{cap(lead) if capital else lead} ")
            self.force_mention(case, fname, the=False)
            self.add(f" {noun}")
        else:
            lead = lexicon.indefinite(noun) if det == "a" else det
            words = f"{lead} {noun} with " if lead else f"{noun} with "
            self.add(cap(words) if capital else words)
            self.force_mention(case, fname)

    def outcome(self, case: CaseDraft, syn: Synonym, subject, *, plural: bool = False) -> None:
        """Write the outcome as one sentence in the synonym's frame; `subject(capital)` writes
        the subject (with its own spans) wherever the frame puts it."""
        frames = lexicon.FRAMES[syn.form][1 if plural else 0]
        frame = frames[self.rng.randrange(len(frames))]
        self.space()
        pieces = frame.replace("{p}", "\0p\0").replace("{S}", "\0S\0").split("\0")
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                self.add(piece)
            elif piece == "S":
                subject(i == 1 and pieces[0] == "")
            else:
                span = self.mark(syn.phrase)
                case.outcome = syn.outcome
                case.ev("outcome", span)

    # -------------------------------------------------------------- quotations

    def speaker_intro(self, sp: Speaker, *, with_role: bool = True, comma: bool = False) -> None:
        """Name a speaker in full ("Chief Constable Ann Lee, of Kent Police") and remember where.
        `comma` closes an apposition before the verb: "Ann Lee, of Kent Police, said"."""
        self.add(sp.title)
        if sp.name is None:
            return
        span = self.mark(sp.name)
        sp.last_span = span
        if sp.full_span is None:
            sp.full_span = span
        if with_role and sp.role_phrase:
            self.add(f", {sp.role_phrase}" + ("," if comma else ""))

    def speaker_again(self, sp: Speaker, *, capital: bool) -> None:
        """Name an introduced speaker again, briefly: "Mr Lee", or a pronoun when they were the
        last person quoted (a pronoun further off would point a reader at someone else)."""
        if sp.name is None or sp.full_span is None:
            self.speaker_intro(sp, with_role=False)
            return
        if self.just_quoted(sp) and self.rng.random() < 0.5:
            pron = "she" if sp.female else "he"
            self.add(cap(pron) if capital else pron)
            return
        title, _, surname = sp.short.rpartition(" ")
        self.add(f"{title} " if title else "")
        sp.last_span = self.mark(surname)

    def _qtext(self, sp: Speaker, text: str) -> None:
        self.tb.raw(self.q_open)
        self.quotes.append((self.mark(text), sp, None))   # who said it is settled at the block's end

    def quote_block(self, sp: Speaker, pool: list[str], *, fmt: dict, style: str | None = None) -> None:
        """One attributed statement, in a style picked here unless given:
        before ("X said: “…”"), after ("“…,” said X."), middle ("“…,” said X. “…”"),
        british (several paragraphs, each reopening the mark, only the last closing it),
        again ("“…,” he said." for someone already introduced)."""
        rng = self.rng
        first = len(self.quotes)
        introduced = sp.full_span is not None and sp.name is not None
        if style is None:
            again = introduced and self.just_quoted(sp)
            styles = ("before", "after", "middle", "british") + (("again",) if again else ())
            style = styles[rng.randrange(len(styles))]
        k = min(len(pool), 4 if style == "british" else 2)
        sentences = [s.format(**fmt) for s in rng.sample(pool, k)]
        self.para()
        if style == "before":
            self.speaker_intro(sp, comma=True) if not introduced else self.speaker_again(sp, capital=True)
            self.add(self.choice((" said: ", " said: ", " added: ")) if introduced else " said: ")
            self._qtext(sp, " ".join(sentences[: rng.randint(1, len(sentences))]))
            self.tb.raw(self.q_close)
        elif style in ("after", "again"):
            body = " ".join(sentences[:1 + rng.randrange(len(sentences))])
            self._qtext(sp, body[:-1] + ",")
            self.tb.raw(self.q_close)
            if style == "again":
                self.add(" ")
                self.speaker_again(sp, capital=False)
                self.add(" said.")
            else:
                self.add(" said ")
                self.speaker_intro(sp)
                self.add(".")
        elif style == "middle":
            self._qtext(sp, sentences[0][:-1] + ",")
            self.tb.raw(self.q_close)
            self.add(" said ")
            self.speaker_intro(sp, with_role=False) if not introduced else self.speaker_again(sp, capital=False)
            self.add(". ")
            self._qtext(sp, " ".join(sentences[1:]) or sentences[0])
            self.tb.raw(self.q_close)
        else:  # british
            self.speaker_intro(sp, comma=True) if not introduced else self.speaker_again(sp, capital=True)
            self.add(" said:")
            paras, i = [], 0
            while i < len(sentences):
                n = 1 + (rng.random() < 0.4)
                paras.append(" ".join(sentences[i:i + n]))
                i += n
            for j, p in enumerate(paras):
                self.para()
                self._qtext(sp, p)
                if j == len(paras) - 1:
                    self.tb.raw(self.q_close)
        self.para()
        # The attribution may come after the words: now every quote of the block knows its naming span.
        self.quotes[first:] = [(span, sp, sp.last_span) for span, _, _ in self.quotes[first:]]
        self._just_quoted = (sp, self.tb.pos)

    def just_quoted(self, sp: Speaker) -> bool:
        """Was `sp` quoted in the block just before, with nothing written since?"""
        return self._just_quoted is not None and self._just_quoted[0] is sp and self._just_quoted[1] == self.tb.pos

    def fragment(self, sp: Speaker, frag: str, lead: str, *, single: bool = True) -> None:
        """A few words quoted inside narrative: X described the conduct as ‘…’."""
        self.space()
        self.speaker_intro(sp) if sp.full_span is None else self.speaker_again(sp, capital=True)
        self.add(f" {lead} ")
        o, c = (("‘", "’") if self.q_open in "“‘" else ("'", "'")) if single else (self.q_open, self.q_close)
        self.tb.raw(o)
        span = self.mark(frag)
        self.quotes.append((span, sp, sp.last_span))
        self.tb.raw(c)
        self.add(".")

    # -------------------------------------------------------------- figures

    def figure(self, value: float, raw: str, unit: str, counts: str, force: str | None = None) -> None:
        self.figures.append((value, raw, unit, counts, self.mark(raw), force))

    # -------------------------------------------------------------- the end

    def finish(self) -> tuple[str, Extraction]:
        text = self.tb.text()
        cases = []
        for c in self.cases:
            ev = tuple(c.evidence)
            cases.append(Case(
                officer=c.officer_span.of(text) if c.officer_span else None,
                rank=c.rank, role=c.role, force=c.force if c.force_id else _as_written(c, "force", text),
                force_id=c.force_id, finding=c.finding,
                outcome=c.outcome, standards=tuple(c.standards),
                allegations=c.allegations_span.of(text) if c.allegations_span else None,
                barred=c.barred, resigned=c.resigned, left_force=c.left_force, age=c.age,
                hearing_date=c.hearing_date, date=c.hearing_date,
                chair=c.chair_span.of(text) if c.chair_span else None,
                investigator=c.investigator, slug=c.slug, evidence=ev,
                confidence=tuple((f, 1.0) for f in dict.fromkeys(e.field for e in ev)),
            ))
        quotes = tuple(
            Quote(text=span.of(text), span=span,
                  speaker=sp.full_span.of(text) if sp.full_span else None,
                  speaker_span=named, speaker_role=sp.role, case_slug=sp.case_slug)
            for span, sp, named in self.quotes)
        figures = tuple(Figure(value=v, raw=raw, unit=u, counts=cnt, span=span, force=f)
                        for v, raw, u, cnt, span, f in self.figures)
        return text, Extraction(cases=tuple(cases), quotes=quotes, figures=figures, version=EXTRACTOR_VERSION)
