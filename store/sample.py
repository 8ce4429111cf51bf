"""The sample store: built from the bundled fictional articles, kept apart from the user's
store, and rebuilt when the bundled articles or the extractor change."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable

from . import db
from .extract import EXTRACTOR_VERSION
from .ingest import IngestReport, Progress, ingest
from .paths import sample_articles_dir, sample_store


# Bumped when the way the sample store is built changes (2: sources relative to the package).
_SAMPLE_LAYOUT = "2"


def sample_fingerprint() -> str:
    """Changes whenever a bundled article, the extractor or the way the store is built changes."""
    h = hashlib.sha256((EXTRACTOR_VERSION + "/" + _SAMPLE_LAYOUT).encode())
    root = sample_articles_dir()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def sample_is_current(path: Path | None = None) -> bool:
    path = path or sample_store()
    if not path.exists():
        return False
    try:
        conn = db.connect(path, readonly=True)
    except Exception:
        return False
    try:
        return db.get_meta(conn, "sample_fingerprint") == sample_fingerprint()
    finally:
        conn.close()


def build_sample_store(path: Path | None = None, progress: Callable[[Progress], None] | None = None) -> IngestReport:
    """(Re)build the sample store from the bundled articles, atomically: a half-built store is
    never left where the app looks for it."""
    path = path or sample_store()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        if p.exists():
            p.unlink()
    conn = db.connect(tmp)
    try:
        articles = sample_articles_dir()
        report = ingest(conn, [articles], progress=progress, is_sample=True, source_root=articles.parent.parent)
        db.set_meta(conn, "is_sample", "1")
        db.set_meta(conn, "sample_fingerprint", sample_fingerprint())
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        stale = Path(str(path) + suffix)
        if stale.exists():
            stale.unlink()
    os.replace(tmp, path)
    return report


def ensure_sample_store(progress: Callable[[Progress], None] | None = None) -> Path:
    path = sample_store()
    if not sample_is_current(path):
        build_sample_store(path, progress)
    return path
