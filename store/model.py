"""The data contracts: what readers, the cleaner and the extractor hand each other.

Every class is a frozen dataclass so a value can be shared between threads and
cached without anyone changing it underneath. Every extracted field keeps the
`Span` of its evidence: offsets into `Document.text`, which is exactly the
string stored in `articles.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets [start, end) into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}..{self.end}")

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read and cleaned: the text every span points into, plus what we know of it."""

    text: str
    source: str                      # path as given, or "file.jsonl#3" for a record
    hash: str                        # SHA-256 of the raw bytes (or of the JSONL record)
    format: str                      # txt, md, html, json, jsonl, pdf
    title: str | None = None
    publication: str | None = None
    byline: str | None = None
    published: str | None = None     # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    raw_size: int = 0

    def replace(self, **changes) -> "Document":
        from dataclasses import replace
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the text a field's value comes from."""

    field: str
    span: Span


@dataclass(frozen=True, slots=True)
class Case:
    """One officer (or one group treated as one) whose misconduct an article reports."""

    officer: str | None = None       # name as written, without rank; None when unnamed
    rank: str | None = None          # e.g. "Police Constable", "Detective Sergeant"
    role: str = "officer"            # officer | special_constable | pcso | staff | group
    force: str | None = None         # official name (UK) or as written (elsewhere)
    force_id: str | None = None      # reference id for UK forces
    finding: str | None = None       # reference finding id
    outcome: str | None = None       # reference outcome id, or "suspended"
    standards: tuple[str, ...] = ()  # ids of Standards of Professional Behaviour breached
    allegations: str | None = None   # the article's own words for what was alleged
    categories: tuple[str, ...] = () # allegation taxonomy ids (store.extract.categories)
    barred: bool | None = None
    resigned: bool | None = None     # resigned (before or during proceedings)
    left_force: bool | None = None   # no longer serving: resigned, retired or dismissed earlier
    age: int | None = None
    hearing_date: str | None = None  # ISO date
    date: str | None = None          # hearing/outcome date, else None (ingest falls back to publication)
    chair: str | None = None
    investigator: str | None = None  # "IOPC", "professional standards", ...
    slug: str = ""                   # identity within the article: "michael-harrison", "unnamed-2"
    evidence: tuple[Evidence, ...] = ()
    confidence: tuple[tuple[str, float], ...] = ()

    def spans(self, field_name: str) -> list[Span]:
        return [e.span for e in self.evidence if e.field == field_name]

    def confidence_of(self, field_name: str) -> float | None:
        return dict(self.confidence).get(field_name)


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a person, between (not including) the quotation marks."""

    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None   # where the attribution names the speaker
    speaker_role: str | None = None    # chair, spokesperson, watchdog, campaigner, officer, ...
    case_slug: str | None = None       # the case the quote is about or by, when clear


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with what it counts: "921 officers investigated", "6% dismissed"."""

    value: float
    raw: str                 # the number as written: "921", "6pc", "six percent"
    unit: str                # count | percent
    counts: str              # what is counted, in the article's words
    span: Span
    force: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A person the article names, with every span where they appear (name or pronoun)."""

    name: str
    role: str | None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    cases: tuple[Case, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    mentions: tuple[Mention, ...] = ()
    version: str = ""

    def __iter__(self) -> Iterator:
        yield from (self.cases, self.quotes, self.figures)


def span_json(span: Span | None) -> list[int] | None:
    return None if span is None else span.as_list()


def case_json(case: Case) -> dict:
    """The JSON shape of a case in `casebrowser extract` and exports."""
    ev: dict[str, list[list[int]]] = {}
    for e in case.evidence:
        ev.setdefault(e.field, []).append(e.span.as_list())
    return {
        "officer": case.officer, "rank": case.rank, "role": case.role,
        "force": case.force, "force_id": case.force_id,
        "finding": case.finding, "outcome": case.outcome,
        "standards": list(case.standards), "allegations": case.allegations,
        "categories": list(case.categories), "barred": case.barred,
        "resigned": case.resigned, "left_force": case.left_force, "age": case.age,
        "hearing_date": case.hearing_date, "date": case.date,
        "chair": case.chair, "investigator": case.investigator,
        "slug": case.slug, "evidence": ev, "confidence": dict(case.confidence),
    }


def quote_json(q: Quote) -> dict:
    return {"speaker": q.speaker, "text": q.text, "span": q.span.as_list(),
            "speaker_span": span_json(q.speaker_span), "speaker_role": q.speaker_role,
            "case": q.case_slug}


def figure_json(f: Figure) -> dict:
    return {"value": f.value, "raw": f.raw, "unit": f.unit, "counts": f.counts,
            "span": f.span.as_list(), "force": f.force}
