"""casebrowser ingest PATH... — store articles, with a progress bar on a terminal."""
from __future__ import annotations

import sys

import click

from .common import db_option, fail, store_path


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary line.")
@click.pass_context
def command(ctx: click.Context, paths: tuple[str, ...], db: str | None, quiet: bool) -> None:
    """Read articles (files or folders, searched recursively) into the store.

    Formats: .txt .md .html .json .jsonl .pdf. Each article is stored in one transaction;
    files that cannot be read are listed with the reason and the rest are stored. Articles
    already stored are left unchanged. Exit status: 0 all stored, 1 some failed, 2 usage error.
    """
    from store import db as store_db
    from store.errors import CasebrowserError
    from store.ingest import ingest

    path = store_path(ctx, db, writing=True)
    try:
        conn = store_db.connect(path)
    except CasebrowserError as err:
        fail(err)
    try:
        report = _run(conn, paths, quiet)
    except CasebrowserError as err:
        fail(err)
    except KeyboardInterrupt:
        fail("interrupted; articles stored so far are kept", 130)
    finally:
        conn.close()
    _summary(report, path, quiet)
    sys.exit(1 if report.failures else 0)


def _run(conn, paths, quiet):
    from store.ingest import ingest
    if quiet:
        return ingest(conn, paths)
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        columns = (TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("{task.fields[name]}", markup=False))
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task("ingest", total=None, name="")

            def tick(p):
                bar.update(task, total=p.total, completed=p.done, name=_short(p.path))
            return ingest(conn, paths, progress=tick)

    def line(p):
        click.echo(f"[{p.done}/{p.total}] {p.status}: {p.path}", err=True)
    return ingest(conn, paths, progress=line)


def _short(path: str, width: int = 50) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]


def _summary(report, path, quiet) -> None:
    for f in report.failures:
        click.echo(f"failed: {f.path}: {f.reason}", err=True)
    click.echo(f"{report.articles + report.failed} articles from {report.files} files: "
               f"{report.added} added, {report.unchanged} unchanged, {report.reextracted} re-extracted, "
               f"{report.failed} failed")
    if not quiet:
        click.echo(f"stored {report.cases} cases, {report.quotes} quotes, {report.figures} figures in {path}")
        if report.skipped:
            click.echo(f"skipped {len(report.skipped)} files that are not articles (e.g. {report.skipped[0]})")
