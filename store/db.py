"""Opening the store: connections, migrations, and clear errors for stores we cannot use.

The TUI browses through a read-only connection; ingest and user-data writes use a writable
one. Nothing here defines SQL functions, collations or tokenizers in Python.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from .errors import StoreCorrupt, StoreLocked, StoreMissing, StoreTooNew, StoreUnreadable
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _explain(path: Path, exc: sqlite3.Error) -> Exception:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return StoreLocked(f"{path} is locked by another program (is an ingest running?); try again when it finishes")
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return StoreCorrupt(f"{path} is not a casebrowser store or is damaged ({exc}); "
                            "point --db at another file, or move this one away to start afresh")
    if "unable to open" in msg or "readonly" in msg or "permission" in msg:
        return StoreUnreadable(f"{path} cannot be opened ({exc}); check the path and its permissions")
    return StoreCorrupt(f"{path}: {exc}")


def connect(path: str | os.PathLike, *, readonly: bool = False, create: bool = True,
            check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection to a store at its current schema, migrating it first when writable.

    Raises a StoreError subclass with a human message for a missing, unreadable, locked,
    corrupt or too-new store."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreUnreadable(f"{path} is a directory, not a store file")
    exists = path.exists()
    if not exists and (readonly or not create):
        raise StoreMissing(f"no store at {path}; ingest some articles first (casebrowser ingest PATH --db {path})")
    if exists and not os.access(path, os.R_OK):
        raise StoreUnreadable(f"{path} cannot be read; check its permissions")
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   check_same_thread=check_same_thread)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, check_same_thread=check_same_thread)
        # Autocommit: transactions are explicit (see `transaction`), never opened behind our back.
        conn.isolation_level = None
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = schema_version(conn)
    except sqlite3.Error as exc:
        raise _explain(path, exc) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreTooNew(f"{path} was written by a newer casebrowser (schema {version}, "
                          f"this one knows {SCHEMA_VERSION}); upgrade casebrowser to open it")
    if version < SCHEMA_VERSION:
        if readonly:
            conn.close()
            if version == 0 and _is_empty(path):
                raise StoreMissing(f"{path} is an empty store; ingest some articles first")
            raise StoreUnreadable(f"{path} needs upgrading (schema {version} → {SCHEMA_VERSION}); "
                                  "run any casebrowser command that writes, such as ingest, first")
        try:
            migrate(conn, version)
        except sqlite3.Error as exc:
            conn.close()
            raise _explain(path, exc) from exc
    if not readonly:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error:
            pass  # e.g. a network filesystem; rollback journal still works
    return conn


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


def schema_version(conn: sqlite3.Connection) -> int:
    """0 for an empty database; raises StoreCorrupt for a database that is not a store."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return 0
    if "meta" not in tables:
        raise StoreCorrupt("this SQLite file is not a casebrowser store (it has no meta table)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        raise StoreCorrupt(f"this store's schema_version is not a number: {row[0]!r}") from None


def migrate(conn: sqlite3.Connection, current: int | None = None) -> int:
    """Apply every migration after `current`, each in its own transaction. Returns the new version."""
    current = schema_version(conn) if current is None else current
    for number in range(current + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        # One explicit transaction per migration, so a failure leaves the store as it was.
        try:
            conn.executescript("BEGIN IMMEDIATE;\n" + script + f"""
INSERT INTO meta(key, value) VALUES ('schema_version', '{number}')
  ON CONFLICT(key) DO UPDATE SET value = excluded.value;
COMMIT;""")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if number == 1:
            set_meta(conn, "created_at", now())
    return SCHEMA_VERSION


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: one article, all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "cases", "quotes", "figures", "notes", "tags", "corrections")}
