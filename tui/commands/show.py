"""`casebrowser show CASE`: one case and its article as plain text, quotes marked.

Plain text on purpose: it reads the same in a pipe, a screen reader or a terminal without
colour, so it is also the accessible way to read a case. In the article, each quotation
the extractor found is wrapped as [Q1: …] and listed below with its speaker.
"""
from __future__ import annotations

import json

import click

from .common import db_option
from .reading import reading, safe, sample_banner


def _yes_no(v) -> str | None:
    return None if v is None else ("yes" if v else "no")


def mark_quotes(text: str, quotes) -> str:
    """The article text with each quote's span wrapped as [Q<n>: …] (n counts from 1)."""
    out, at = [], 0
    for n, q in sorted(enumerate(quotes, 1), key=lambda p: (p[1].span.start, p[0])):
        s, e = q.span.start, q.span.end
        if s < at or e > len(text):
            continue            # overlapping or out of range: leave the text as it is
        out += [text[at:s], f"[Q{n}: ", text[s:e], "]"]
        at = e
    out.append(text[at:])
    return "".join(out)


def render(d) -> str:
    """The case as text: fields, the other cases of its article, the article, quotes, figures, notes."""
    lines: list[str] = []
    add = lines.append
    if d.is_sample:
        add(sample_banner())
        add("")
    add(f"Case {d.id}   key {d.key}")
    date = d.date or ""
    if d.hearing_date and d.hearing_date != d.date:
        date += f" (hearing {d.hearing_date})"
    fields = [
        ("Officer", d.officer or "(not named)"), ("Rank", d.rank), ("Role", d.role),
        ("Force", d.force), ("Finding", d.finding_label), ("Outcome", d.outcome_label),
        ("Barred", _yes_no(d.barred)), ("Resigned", _yes_no(d.resigned)),
        ("Left force", _yes_no(d.left_force)), ("Age", d.age), ("Date", date or None),
        ("Allegations", d.allegations), ("Standards", "; ".join(d.standard_labels) or None),
        ("Categories", ", ".join(d.categories) or None), ("Chair", d.chair),
        ("Investigator", d.investigator), ("Review", d.review_state.replace("_", " ")),
        ("Tags", ", ".join(d.tags) or None),
        ("Corrected", ", ".join(f"{k} → {v}" for k, v in d.corrections.items()) or None),
    ]
    for label, value in fields:
        if value not in (None, ""):
            add(f"{label + ':':<14}{safe(value)}")
    if d.siblings:
        add("Also in this article: " + "; ".join(
            f"case {s.id} {safe(s.officer or '(not named)')}" for s in d.siblings))
    a = d.article
    add("")
    add(f"Article {a.id}: {safe(a.title or '(untitled)')}")
    meta = [a.publication, a.published, f"by {a.byline}" if a.byline else None]
    if any(meta):
        add(" · ".join(safe(m) for m in meta if m))
    if a.url:
        add(safe(a.url))
    add(f"Source: {safe(a.source)}")
    add("")
    add(safe(mark_quotes(a.text, a.quotes)))
    if a.quotes:
        add("")
        add("Quotes:")
        for n, q in enumerate(a.quotes, 1):
            who = q.speaker or "(speaker not known)"
            if q.speaker_role:
                who += f" ({q.speaker_role})"
            mine = "  ← this case" if q.case_id == d.id else ""
            add(f"  [Q{n}] {safe(who)}: “{safe(q.text)}”{mine}")
    if a.figures:
        add("")
        add("Figures:")
        for f in a.figures:
            add(f"  {safe(f.raw)} — {safe(f.counts)}" + (f" ({safe(f.force)})" if f.force else ""))
    if d.notes:
        add("")
        add("Notes:")
        for n in d.notes:
            add(f"  {n.created_at[:10]}  {safe(n.body)}")
    return "\n".join(lines)


def detail_json(d) -> dict:
    a = d.article
    return {
        "case_id": d.id, "key": d.key, "officer": d.officer, "rank": d.rank, "role": d.role,
        "age": d.age, "force": d.force, "force_id": d.force_id, "finding": d.finding,
        "finding_label": d.finding_label, "outcome": d.outcome, "outcome_label": d.outcome_label,
        "standards": list(d.standards), "allegations": d.allegations, "categories": list(d.categories),
        "barred": d.barred, "resigned": d.resigned, "left_force": d.left_force,
        "hearing_date": d.hearing_date, "date": d.date, "year": d.year, "chair": d.chair,
        "investigator": d.investigator, "review_state": d.review_state,
        "evidence": {k: [s.as_list() for s in v] for k, v in d.evidence.items()},
        "confidence": d.confidence, "tags": list(d.tags), "corrections": d.corrections,
        "notes": [{"body": n.body, "created_at": n.created_at} for n in d.notes],
        "siblings": [s.id for s in d.siblings], "is_sample": d.is_sample,
        "article": {
            "id": a.id, "title": a.title, "publication": a.publication, "byline": a.byline,
            "published": a.published, "url": a.url, "source": a.source, "format": a.format,
            "text": a.text,
            "quotes": [{"speaker": q.speaker, "speaker_role": q.speaker_role, "text": q.text,
                        "span": q.span.as_list(), "case_id": q.case_id} for q in a.quotes],
            "figures": [{"value": f.value, "raw": f.raw, "unit": f.unit, "counts": f.counts,
                         "span": f.span.as_list(), "force": f.force} for f in a.figures],
        },
    }


@click.command("show")
@click.argument("case")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the case and its article as JSON.")
@click.pass_context
def command(ctx, case, db, as_json):
    """Show one case and its article. CASE is a case id (as search prints it), a case key,
    or the start of a key, as long as only one case begins that way."""
    from store.browse import case_detail
    with reading(ctx, db) as conn:
        d = case_detail(conn, case)
        if as_json:
            click.echo(json.dumps(detail_json(d), ensure_ascii=False, indent=2))
        else:
            click.echo(render(d))
