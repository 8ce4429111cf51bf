"""What the subcommands share: the --db option and how a store error becomes a message."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from store.errors import CasebrowserError


def db_option(f):
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help="Store file (default: $CASEBROWSER_DB, else your user data directory).")(f)


def store_path(ctx: click.Context, db: str | None) -> Path:
    """--db on the subcommand, else --db on the group (or CASEBROWSER_DB), else the default."""
    from store.paths import default_store
    chosen = db or (ctx.obj or {}).get("db")
    return Path(chosen).expanduser() if chosen else default_store()


def fail(error: CasebrowserError | str, code: int = 1) -> None:
    """Print a one-line error to stderr and exit: never a traceback for a known failure."""
    click.echo(f"casebrowser: {error}", err=True)
    sys.exit(code)
