"""casebrowser reextract — run the current extractor over the stored article text."""
from __future__ import annotations

import sys

import click

from .common import db_option, fail, store_path


@click.command("reextract")
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only those from older extractors.")
@click.pass_context
def command(ctx: click.Context, db: str | None, everything: bool) -> None:
    """Replace stored extractions made by an older extractor (or all, with --all).

    Notes, tags, corrections and review states are kept: they attach to stable case keys.
    """
    from store import db as store_db
    from store.errors import CasebrowserError
    from store.ingest import reextract

    path = store_path(ctx, db, writing=True)
    try:
        conn = store_db.connect(path, create=False)
        report = reextract(conn, force=everything)
    except CasebrowserError as err:
        fail(err)
    for f in report.failures:
        click.echo(f"failed: {f.path}: {f.reason}", err=True)
    click.echo(f"{report.reextracted} articles re-extracted, {report.unchanged} already current, {report.failed} failed; "
               f"{report.cases} cases, {report.quotes} quotes, {report.figures} figures")
    sys.exit(1 if report.failures else 0)
