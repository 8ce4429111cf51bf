"""`casebrowser search QUERY`: the cases a query matches, best first."""
from __future__ import annotations

import json

import click

from .common import db_option
from .reading import is_terminal, parse_or_fail, query_text, reading, safe, sample_banner

SORT_CHOICES = ["relevance", "date", "officer", "rank", "force", "outcome", "finding", "publication"]


def hit_json(hit, row) -> dict:
    return {
        "case_id": hit.case_id, "key": row.key, "officer": row.officer, "rank": row.rank,
        "force": row.force, "force_id": row.force_id, "outcome": row.outcome,
        "outcome_label": row.outcome_label, "finding": row.finding, "finding_label": row.finding_label,
        "date": row.date, "published": row.published, "title": row.title,
        "publication": row.publication, "source": row.source, "url": row.url,
        "score": hit.score, "reasons": list(hit.reasons),
        "field_spans": {k: [list(s) for s in v] for k, v in hit.field_spans.items()},
        "is_sample": row.is_sample,
    }


def _cell(value, spans=()):
    from rich.text import Text
    text = Text(safe(value))
    for start, end in spans:
        text.stylize("bold underline", start, end)
    return text


def render_table(console, page, rows, *, sample: bool) -> None:
    """The page as a Rich table, matched characters highlighted (cells are Text, never markup)."""
    from rich.table import Table
    from rich.text import Text
    if sample:
        console.print(Text(sample_banner(), style="bold yellow"))
    table = Table(show_lines=False, header_style="bold", expand=False)
    for name, kw in [("ID", {"justify": "right"}), ("Officer", {}), ("Rank", {}), ("Force", {}),
                     ("Outcome", {}), ("Date", {"no_wrap": True}), ("Article", {"ratio": 2}),
                     ("Score", {"justify": "right"})]:
        table.add_column(name, **kw)
    by_id = {r.id: r for r in rows}
    for hit in page.hits:
        r = by_id.get(hit.case_id)
        if r is None:
            continue
        spans = hit.field_spans
        officer = _cell(r.officer, spans.get("officer", ())) if r.officer else Text("(unnamed)", style="dim")
        article = _cell(r.title or r.source, spans.get("title", ()) if r.title else ())
        if r.publication:
            article.append(" — ")
            article.append_text(_cell(r.publication, spans.get("publication", ())))
        table.add_row(str(r.id), officer, _cell(r.rank), _cell(r.force, spans.get("force", ())),
                      _cell(r.outcome_label), _cell(r.date), article,
                      f"{hit.score:.2f}" if page.query.has_text else "")
    console.print(table)
    console.print(Text(summary(page), style="dim"))


def summary(page) -> str:
    shown = len(page.hits)
    first = page.offset + 1 if shown else 0
    what = page.query.describe()
    line = (f"{first}–{page.offset + shown} of {page.total} case{'s' if page.total != 1 else ''} · "
            f"{page.elapsed * 1000:.0f} ms · {what} · sorted by {page.sort}")
    for note in page.notes:
        line += f"\nnote: {note}"
    return safe(line)


def render_plain(page, rows) -> None:
    """Tab-separated lines with a header, for pipes; the summary goes to stderr."""
    by_id = {r.id: r for r in rows}
    click.echo("case_id\tofficer\trank\tforce\toutcome\tdate\tpublication\ttitle\tscore")
    for hit in page.hits:
        r = by_id.get(hit.case_id)
        if r is None:
            continue
        cells = [r.id, r.officer, r.rank, r.force, r.outcome_label, r.date, r.publication, r.title,
                 f"{hit.score:.2f}"]
        click.echo("\t".join(safe(c).replace("\t", " ").replace("\n", " ") for c in cells))
    click.echo(summary(page), err=True)


@click.command("search")
@click.argument("query", nargs=-1)
@db_option
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many cases to show.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--sort", type=click.Choice(SORT_CHOICES), default=None,
              help="Order by a column (default: relevance with words, else date).")
@click.option("--asc/--desc", "ascending", default=None,
              help="Direction (default: best/newest first; A→Z for other columns).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
@click.pass_context
def command(ctx, query, db, limit, offset, sort, ascending, as_json):
    """Find cases: names (typos forgiven), forces and their aliases, speakers, publications,
    article text, and filters.

    \b
    Examples:
      casebrowser search micheal harisson
      casebrowser search GMP outcome:dismissed year:2020..2022
      casebrowser search '"gross misconduct" force:"the met"' --json
      casebrowser search -- -excluded words      (use -- before a leading -)

    See the README for the whole query language.
    """
    from store.browse import case_rows, store_info
    from store.search import search
    text = query_text(query)
    parsed = parse_or_fail(text)
    with reading(ctx, db) as conn:
        page = search(conn, parsed, offset=offset, limit=limit, sort=sort,
                      descending=None if ascending is None else not ascending)
        rows = case_rows(conn, page.ids)
        by_id = {r.id: r for r in rows}
        if as_json:
            items = [hit_json(h, by_id[h.case_id]) for h in page.hits if h.case_id in by_id]
            click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        elif is_terminal():
            from rich.console import Console
            render_table(Console(), page, rows, sample=store_info(conn).is_sample)
        else:
            render_plain(page, rows)
