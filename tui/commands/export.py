"""`casebrowser export [QUERY]`: the cases a query matches as CSV, JSON, JSON Lines or Markdown."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import db_option, fail, store_path
from .reading import parse_or_fail, query_text, reading
from .search import SORT_CHOICES

FORMATS = ["csv", "json", "jsonl", "md"]
_BY_SUFFIX = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".md": "md", ".markdown": "md"}


@click.command("export")
@click.argument("query", nargs=-1)
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from the -o file's suffix, else csv).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--sort", type=click.Choice(SORT_CHOICES), default=None, help="Order as in search.")
@click.option("--asc/--desc", "ascending", default=None, help="Direction, as in search.")
@click.pass_context
def command(ctx, query, db, fmt, output, sort, ascending):
    """Export the cases QUERY matches (every case without one), with citations.

    Takes the same query language as search. Sample-store exports say they are fiction;
    CSV cells that a spreadsheet could run as formulas are prefixed with an apostrophe.

    \b
    Examples:
      casebrowser export force:kent year:2020.. -o kent.csv
      casebrowser export '"gross misconduct"' --format md > cases.md
    """
    from store.browse import store_info
    from store.export import export
    text = query_text(query)
    parsed = parse_or_fail(text)
    if fmt is None:
        fmt = _BY_SUFFIX.get(Path(output).suffix.lower(), "csv") if output else "csv"
    if output and Path(output).expanduser().resolve() == store_path(ctx, db).resolve():
        fail(f"{output} is the store itself; export to another file")
    with reading(ctx, db) as conn:
        sample = store_info(conn).is_sample
        kw = dict(sort=sort, descending=None if ascending is None else not ascending, sample=sample)
        if output is None:
            n = export(conn, parsed, fmt, sys.stdout, **kw)
        else:
            n = _to_file(Path(output), lambda out: export(conn, parsed, fmt, out, **kw))
    where = f" to {output}" if output else ""
    click.echo(f"exported {n} case{'s' if n != 1 else ''}{where} ({fmt})", err=True)


def _to_file(path: Path, write) -> int:
    """Write the export to `path`; a failed export leaves no half-written file behind."""
    path = path.expanduser()
    try:
        out = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        with out:
            return write(out)
    except BaseException as exc:
        path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            fail(f"cannot write {path}: {exc.strerror or exc}")
        raise
