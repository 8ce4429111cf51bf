"""What the subcommands share: the --db option and how a store error becomes a message."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from store.errors import CasebrowserError


def db_option(f):
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help="Store file (default: $CASEBROWSER_DB, else your user data directory).")(f)


def store_path(ctx: click.Context, db: str | None, writing: bool = False) -> Path:
    """--db on the subcommand, else the sample store with --sample on the group, else --db on the
    group (or CASEBROWSER_DB), else the default. `writing`: the command stores articles, which
    the sample store (built from the bundled articles alone) never takes."""
    from store.paths import default_store
    if not db and (ctx.obj or {}).get("sample"):
        if writing:
            fail("the sample store holds only the bundled fictional articles: leave out --sample to use your "
                 "own store, or give --db FILE", code=2)
        return _sample_store()
    chosen = db or (ctx.obj or {}).get("db")
    return Path(chosen).expanduser() if chosen else default_store()


def _sample_store() -> Path:
    """The sample store, built first if this is its first use (or after an upgrade)."""
    from store.paths import sample_store
    from store.sample import ensure_sample_store, sample_is_current
    if not sample_is_current(sample_store()):
        click.echo("Building the sample store from the bundled fictional articles (first use only)…", err=True)
    return ensure_sample_store()


def fail(error: CasebrowserError | str, code: int = 1) -> None:
    """Print a one-line error to stderr and exit: never a traceback for a known failure."""
    click.echo(f"casebrowser: {error}", err=True)
    sys.exit(code)
