"""`casebrowser` with no subcommand: decide which store to open, then run the app.

    --sample              the bundled sample store (built on first use, with progress)
    --db FILE / $CASEBROWSER_DB   that file; a missing file is an error, never a new empty store
    neither               the user's store; when it is missing or holds no articles, the
                          sample store instead, with a notice saying how to ingest your own

A store that cannot be opened (missing, unreadable, locked, corrupt, too new) is one line on
stderr and exit status 1, before the app starts: no traceback. Textual is imported only once
the store is known to open.
"""
from __future__ import annotations

import sys
from pathlib import Path

SAMPLE_NOTICE = ("This is the SAMPLE store of fictional articles. "
                 "To use your own: casebrowser ingest PATH")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fail(message: str, code: int = 1) -> int:
    _say(f"casebrowser: {message}")
    return code


def _build_sample() -> Path:
    """The sample store, built (or rebuilt after an upgrade) with progress on the terminal."""
    from store.sample import ensure_sample_store, sample_is_current
    from store.paths import sample_store
    if sample_is_current(sample_store()):
        return sample_store()
    _say("Building the sample store from the bundled fictional articles (first use only)…")
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
        columns = (TextColumn("  sample articles"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[name]}", markup=False))
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("sample", total=None, name="")

            def tick(p):
                bar.update(task, total=p.total, completed=p.done, name=Path(p.path).name[:40])
            return ensure_sample_store(tick)
    return ensure_sample_store(lambda p: _say(f"  [{p.done}/{p.total}] {Path(p.path).name}")
                               if p.done == p.total or p.done % 10 == 0 else None)


def _article_count(path: Path) -> int:
    """Articles in the store at `path` (raises StoreError when it cannot be opened)."""
    from store import db
    conn = db.connect(path, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def choose_store(db: str | None, sample: bool) -> tuple[Path, str | None]:
    """(the store to open, a notice to show) — raises StoreError for a store that cannot open."""
    from store.errors import StoreMissing
    from store.paths import default_store
    if sample:
        return _build_sample(), None
    if db:
        path = Path(db).expanduser()
        _article_count(path)              # a missing or broken file: StoreError with the reason
        return path, None
    path = default_store()
    try:
        empty = not path.exists() or _article_count(path) == 0
    except StoreMissing:                  # an empty (zero-byte) file: nothing ingested yet
        empty = True
    if empty:
        return _build_sample(), SAMPLE_NOTICE
    return path, None


def launch(db: str | None = None, sample: bool = False) -> int:
    """Run the app; the process's exit status."""
    from store.errors import CasebrowserError
    try:
        path, notice = choose_store(db, sample)
    except CasebrowserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except OSError as exc:
        return _fail(f"cannot prepare the store: {exc}")
    if notice:
        _say(notice)
    from .app import make_app
    app = make_app(path, notice=notice)
    app.run()
    if notice:
        _say(notice)
    return app.return_code or 0
