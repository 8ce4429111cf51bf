"""Extraction: pure functions from an article's text to cases, quotes and figures.

`extract(doc)` reads `doc.text` (and `doc.published`, to resolve relative dates) and returns an
`Extraction` whose every field carries the span of its evidence in `doc.text`. No I/O, no
database, no clock. Bump EXTRACTOR_VERSION whenever output can change, so stored articles are
re-extracted (`casebrowser reextract`, or the next ingest).
"""
from __future__ import annotations

from ..model import Document, Extraction, Mention, Quote, Span
from .attribution import Attribution
from .cases import Context, assemble, narrative_of, reports_misconduct
from .figures import find_figures
from .forces import find_forces, publisher_force
from .outcomes import find_outcomes
from .people import find_people
from .quotemarks import find_quote_spans
from .quotes import attribute, build_quotes
from .roles import hearing_roles
from .segment import paragraphs, sentences
from .unnamed import find_unnamed, without_named_rows

EXTRACTOR_VERSION = "4.21"


def extract(doc: Document) -> Extraction:
    return extract_text(doc.text, title=doc.title, published=doc.published, publication=doc.publication)


def extract_text(text: str, *, title: str | None = None, published: str | None = None,
                 publication: str | None = None) -> Extraction:
    paras = paragraphs(text)
    sents = sentences(text, paras)
    title_end = _title_end(text, paras, title)
    spans = find_quote_spans(text, paras)
    forces = find_forces(text)
    # force names are not people; nor are places of two words or more ("the Milton Keynes
    # officer"), while a one-word place may be a surname ("PC Jo Kent")
    people, mentions = find_people(text, skip=[(f.start, f.end) for f in forces
                                               if f.kind != "place" or " " in text[f.start:f.end]])
    if mentions:
        # a one-word place that is someone's surname ("Former PC Lewis Catterall") is no force
        forces = [f for f in forces if f.kind != "place" or not any(m.start <= f.start < m.end for m in mentions)]
    chairs, panel = hearing_roles(text, mentions)
    attributed = attribute(text, paras, sents, spans, people, mentions, chairs)
    quotes = build_quotes(text, attributed, people)
    quote_ranges = [(q.span.start, q.span.end, q.speaker is not None) for q in quotes]
    narrative = narrative_of(text, quote_ranges)
    if reports_misconduct(narrative):
        ctx = Context(
            text=text, sents=sents, title_end=title_end, published=published, people=people,
            mentions=mentions, forces=forces, outcomes=find_outcomes(text),
            unnamed=without_named_rows(text, find_unnamed(text, forces, title_end),
                                       [m.title_start for m in mentions if m.rank]),
            quote_ranges=quote_ranges,
            chairs=chairs,
            panel=panel,
            publisher=publisher_force(publication),
            unquoted=narrative,
        )
        cases = assemble(ctx)
    else:
        cases = []  # what assemble would say, without finding outcomes and unnamed officers

    quotes = _link_quotes(quotes, cases)
    figures = find_figures(text, forces, skip=[(q.span.start, q.span.end) for q in quotes if q.speaker])
    return Extraction(cases=tuple(cases), quotes=tuple(quotes), figures=tuple(figures),
                      mentions=tuple(_mentions(people, cases, quotes)), version=EXTRACTOR_VERSION)


def _title_end(text: str, paras, title: str | None) -> int:
    """Where the headline ends: the paragraph that is the title, else a short first line."""
    if not paras:
        return 0
    if title:
        for p in paras[:6]:
            if text[p.start:p.end].strip() == title.strip():
                return p.end
    first = paras[0]
    head = text[first.start:first.end]
    if len(head) <= 160 and not head.rstrip().endswith((".", ":", "”", '"')):
        return first.end
    return 0


def _link_quotes(quotes: list[Quote], cases) -> list[Quote]:
    if not cases:
        return quotes
    by_name = {c.officer: c.slug for c in cases if c.officer}
    out = []
    for q in quotes:
        slug = by_name.get(q.speaker or "") or (cases[0].slug if len(cases) == 1 else None)
        # (built directly: dataclasses.replace looks the fields up each time, 2 µs a quote)
        out.append(Quote(q.text, q.span, q.speaker, q.speaker_span, q.speaker_role, slug) if slug else q)
    return out


def _mentions(people, cases, quotes) -> list[Mention]:
    officers = {c.officer for c in cases if c.officer}
    speakers = {q.speaker for q in quotes if q.speaker}
    out = []
    for p in people:
        role = "officer" if p.name in officers else ("speaker" if p.name in speakers else None)
        out.append(Mention(p.name, role, tuple(Span(m.start, m.end) for m in p.mentions)))
    return out


__all__ = ["extract", "extract_text", "EXTRACTOR_VERSION"]
