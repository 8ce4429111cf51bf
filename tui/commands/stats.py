"""`casebrowser stats [QUERY]`: how many cases a query matches, by force, outcome, finding, year."""
from __future__ import annotations

import json

import click

from .common import db_option
from .reading import is_terminal, parse_or_fail, query_text, reading, safe, sample_banner

TITLES = {"force": "By force", "outcome": "By outcome", "finding": "By finding", "year": "By year",
          "publication": "By publication", "rank": "By rank", "role": "By role", "review": "By review state"}


def stats_json(s) -> dict:
    return {"query": s.query.text, "total": s.total,
            **{facet: [{"value": c.value, "label": c.label, "count": c.count} for c in counts]
               for facet, counts in s.facets.items()}}


def render_plain(s, *, sample: bool) -> str:
    lines = [sample_banner(), ""] if sample else []
    lines.append(f"{s.total} case{'s' if s.total != 1 else ''} · {safe(s.query.describe())}")
    for facet, counts in s.facets.items():
        lines += ["", TITLES.get(facet, facet) + ":"]
        width = max((len(safe(c.label)) for c in counts), default=0)
        lines += [f"  {safe(c.label):<{width}}  {c.count:>6}" for c in counts]
        if not counts:
            lines.append("  (none)")
    return "\n".join(lines)


def render_tables(console, s, *, sample: bool) -> None:
    from rich.columns import Columns
    from rich.table import Table
    from rich.text import Text
    if sample:
        console.print(Text(sample_banner(), style="bold yellow"))
    console.print(Text(f"{s.total} case{'s' if s.total != 1 else ''} · {safe(s.query.describe())}",
                       style="bold"))
    tables = []
    for facet, counts in s.facets.items():
        t = Table(title=TITLES.get(facet, facet), title_justify="left", header_style="bold")
        t.add_column(facet.capitalize())
        t.add_column("Cases", justify="right")
        for c in counts:
            t.add_row(Text(safe(c.label)), str(c.count))
        tables.append(t)
    console.print(Columns(tables))


@click.command("stats")
@click.argument("query", nargs=-1)
@db_option
@click.option("--by", "facets", multiple=True,
              type=click.Choice(["force", "outcome", "finding", "year", "publication", "rank", "role", "review"]),
              help="Count by these (repeatable; default: force, outcome, finding, year).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def command(ctx, query, db, facets, as_json):
    """Count the cases QUERY matches (every case without one) by force, outcome, finding
    and year. Takes the same query language as search."""
    from store.browse import store_info
    from store.stats import DEFAULT_FACETS, stats
    parsed = parse_or_fail(query_text(query))
    with reading(ctx, db) as conn:
        s = stats(conn, parsed, facets=tuple(dict.fromkeys(facets)) or DEFAULT_FACETS)
        sample = store_info(conn).is_sample
    if as_json:
        click.echo(json.dumps(stats_json(s) | {"is_sample": sample}, ensure_ascii=False, indent=2))
    elif is_terminal():
        from rich.console import Console
        render_tables(Console(), s, sample=sample)
    else:
        click.echo(render_plain(s, sample=sample))
