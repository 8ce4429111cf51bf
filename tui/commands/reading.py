"""What the read-only subcommands (search, show, export, stats) share.

They open the store read-only, turn their arguments into one query string, report a query
mistake with a caret under it, and print article-derived text only after making control
characters visible (text from articles is data: it never reaches the terminal as escapes).
Nothing here imports Textual; `store` is imported inside the functions so `--help` stays fast.
"""
from __future__ import annotations

import re
import sqlite3
import sys
from contextlib import contextmanager
from typing import Iterator

import click

from .common import fail, store_path

# C0/C1 controls (but tab and newline), DEL, and bidi overrides: one replacement character
# each, so offsets computed on the original text still point at the same characters.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text) -> str:
    return "" if text is None else _UNSAFE.sub("\ufffd", str(text))


def query_text(words: tuple[str, ...]) -> str:
    """QUERY... arguments as one query ("casebrowser search micheal harisson")."""
    return " ".join(words)


def is_terminal() -> bool:
    return sys.stdout.isatty()


@contextmanager
def reading(ctx: click.Context, db: str | None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the chosen store; every failure becomes one line and exit 1
    (a query mistake: the message, the query with a caret under the mistake, and exit 2)."""
    from store.db import connect
    from store.errors import CasebrowserError, QueryError
    path = store_path(ctx, db)
    conn = None
    try:
        conn = connect(path, readonly=True)
        yield conn
    except QueryError as exc:
        query_failed(exc)
    except CasebrowserError as exc:
        fail(exc)
    except sqlite3.Error as exc:
        fail(f"{path} cannot be read ({exc}); it may be damaged — point --db at another store")
    finally:
        if conn is not None:
            conn.close()


def query_failed(exc) -> None:
    click.echo(f"casebrowser: {exc}", err=True)
    text = getattr(exc, "query_text", None)
    if text is not None and exc.position is not None:
        click.echo(f"  {safe(text)}\n  {' ' * exc.position}^", err=True)
    sys.exit(2)


def parse_or_fail(text: str):
    """The parsed query, or the parser's message with a caret under the mistake."""
    from store.errors import QueryError
    from store.query import parse
    try:
        return parse(text)
    except QueryError as exc:
        exc.query_text = text
        query_failed(exc)


def sample_banner() -> str:
    return "SAMPLE STORE — fictional articles bundled with casebrowser, not real reporting"
