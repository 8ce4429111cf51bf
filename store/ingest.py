"""Ingest: paths → read → clean → extract → store, one transaction per article.

One broken file never stops an ingest: its reason is collected and the rest go on. The same
bytes twice change nothing; bytes stored by an older extractor are re-extracted (their text is
re-cleaned too, so spans always point into the stored text). User data is never touched.
"""
from __future__ import annotations

import sqlite3
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from . import db
from .clean import clean
from .errors import ReadError
from .extract import EXTRACTOR_VERSION, extract
from .model import Document
from .readers import collect, read_file
from .write import write_article, write_extraction


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str
    kind: str = "unreadable"

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Progress:
    done: int            # files finished
    total: int           # files to read
    path: str            # the file just finished
    status: str          # added | unchanged | reextracted | failed | mixed


@dataclass
class IngestReport:
    files: int = 0
    added: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cases: int = 0
    quotes: int = 0
    figures: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def articles(self) -> int:
        return self.added + self.unchanged + self.reextracted


def ingest(conn: sqlite3.Connection, paths: Iterable[str | Path], *,
           progress: Callable[[Progress], None] | None = None, is_sample: bool = False,
           source_root: Path | None = None) -> IngestReport:
    """Ingest every article under `paths`. Sources are stored as the paths were given, or
    relative to `source_root` when set (the sample store names "sample_data/articles/…", not
    wherever the package happens to be installed)."""
    report = IngestReport()
    found = collect(paths)
    report.failures.extend(_failure(e) for e in found.errors)
    report.skipped.extend(str(p) for p in found.skipped)
    report.files = len(found.files)
    for n, path in enumerate(found.files, 1):
        statuses = set()
        result = read_file(path)
        for err in result.errors:
            report.failures.append(_failure(err))
            statuses.add("failed")
        for doc in result.documents:
            if source_root is not None:
                doc = replace(doc, source=_relative(doc.source, source_root))
            try:
                status = ingest_document(conn, doc, is_sample=is_sample, report=report)
            except ReadError as err:
                report.failures.append(_failure(err))
                status = "failed"
            except sqlite3.Error as err:
                if "locked" in str(err).lower() or "readonly" in str(err).lower():
                    raise
                report.failures.append(Failure(doc.source, f"could not be stored ({err})", "store"))
                status = "failed"
            except Exception as err:  # an extractor bug must not cost the user the rest of the ingest
                report.failures.append(Failure(doc.source, f"could not be processed ({type(err).__name__}: {err}); "
                                                           "please report this", "internal"))
                status = "failed"
            statuses.add(status)
        if progress is not None:
            progress(Progress(n, report.files, str(path), statuses.pop() if len(statuses) == 1 else ("mixed" if statuses else "failed")))
    if report.added or report.reextracted:
        refresh_vocabulary(conn)
        optimize(conn)
    return report


def optimize(conn: sqlite3.Connection) -> None:
    """Let SQLite refresh its statistics after a batch of writes, so the query planner keeps
    choosing the right index as the store grows (cheap: it only analyses what changed)."""
    try:
        conn.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass


def ingest_document(conn: sqlite3.Connection, doc: Document, *, is_sample: bool = False,
                    report: IngestReport | None = None) -> str:
    """Store one document. Returns "added", "unchanged" or "reextracted"."""
    row = conn.execute("SELECT id, extractor_version FROM articles WHERE hash = ?", (doc.hash,)).fetchone()
    if row is not None and row["extractor_version"] == EXTRACTOR_VERSION:
        if report is not None:
            report.unchanged += 1
        return "unchanged"
    doc = clean(doc)
    if not doc.text.strip():
        from .errors import EmptyFile
        raise EmptyFile(doc.source, "nothing is left once page furniture is removed")
    extraction = extract(doc)
    with db.transaction(conn):
        if row is None:
            written = write_article(conn, doc, extraction, is_sample=is_sample)
            status = "added"
        else:
            conn.execute("UPDATE articles SET text = ?, title = ?, publication = ?, byline = ?, published = ?, "
                         "url = ? WHERE id = ?", (doc.text, doc.title, doc.publication, doc.byline,
                                                  doc.published, doc.url, row["id"]))
            written = write_extraction(conn, row["id"], doc, extraction)
            status = "reextracted"
    if report is not None:
        setattr(report, status, getattr(report, status) + 1)
        report.cases += written.cases
        report.quotes += written.quotes
        report.figures += written.figures
    return status


def reextract(conn: sqlite3.Connection, *, force: bool = False,
              progress: Callable[[Progress], None] | None = None) -> IngestReport:
    """Run the current extractor over stored text (articles from an older extractor, or all)."""
    report = IngestReport()
    where = "" if force else "WHERE extractor_version IS NOT ? "
    args = () if force else (EXTRACTOR_VERSION,)
    rows = conn.execute(f"SELECT id, hash, source, format, title, publication, byline, published, url, text, "
                        f"raw_size FROM articles {where}ORDER BY id", args).fetchall()
    report.files = len(rows)
    for n, r in enumerate(rows, 1):
        doc = Document(text=r["text"], source=r["source"], hash=r["hash"], format=r["format"], title=r["title"],
                       publication=r["publication"], byline=r["byline"], published=r["published"], url=r["url"],
                       raw_size=r["raw_size"] or 0)
        try:
            extraction = extract(doc)
            with db.transaction(conn):
                written = write_extraction(conn, r["id"], doc, extraction)
            report.reextracted += 1
            report.cases += written.cases
            report.quotes += written.quotes
            report.figures += written.figures
            status = "reextracted"
        except Exception as err:  # keep going; the old extraction stays in place
            report.failures.append(Failure(r["source"], f"could not be re-extracted ({type(err).__name__}: {err})", "internal"))
            status = "failed"
        if progress is not None:
            progress(Progress(n, len(rows), r["source"], status))
    report.unchanged = conn.execute("SELECT count(*) FROM articles").fetchone()[0] - report.reextracted - report.failed
    if report.reextracted:
        refresh_vocabulary(conn)
    return report


def refresh_vocabulary(conn: sqlite3.Connection) -> None:
    """Rebuild the fuzzy-search vocabulary after a batch of writes (store.vocab, when present)."""
    try:
        from .vocab import rebuild_terms
    except ImportError:
        return
    rebuild_terms(conn)


def _failure(err: ReadError) -> Failure:
    return Failure(getattr(err, "path", "?"), getattr(err, "reason", str(err)), getattr(err, "kind", "unreadable"))


def _relative(source: str, root: Path) -> str:
    try:
        return Path(os.path.relpath(source, root)).as_posix() if Path(source).is_relative_to(root) else source
    except ValueError:  # another drive on Windows
        return source
