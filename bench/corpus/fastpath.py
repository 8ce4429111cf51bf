"""The fast path: the corpus written straight into a store, no files and no extractor.

The generator already knows each article's Document and Extraction, so rows are made with
store.write's own row builders (`article_row`, `case_row`, `quote_row`, `figure_row`) and
inserted in bulk: ids counted here in the order write_article would give them, executemany
in large transactions, secondary indexes and FTS sync triggers set aside during the load and
put back (indexes rebuilt, FTS 'rebuild') at the end. The rows, index entries and FTS
contents end up as write_article would leave them (tests compare the two); only the
timestamps differ, and where the schema objects sit in sqlite_master.

Stores are cached by (cases, seed, schema version) and built under a temporary name, renamed
into place only when complete, so an interrupted build is never mistaken for a finished one.
"""
from __future__ import annotations

import importlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable

from store import db
from store.db import now
from store.model import Document
from store.schema import SCHEMA_VERSION
from store.write import article_row, case_row, figure_row, quote_row

from .files import articles
from .render import Sources

GENERATOR_VERSION = "1"
META_KEY = "bench_corpus"
CHUNK = 4000                      # articles per executemany batch
CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"
TABLES = ("articles", "cases", "quotes", "figures")
FTS = ("articles_fts", "cases_fts", "quotes_fts")


def cache_path(n_cases: int, seed: int) -> Path:
    return CACHE_DIR / f"cases-{n_cases}-seed{seed}-schema{SCHEMA_VERSION}.db"


def expected_meta(n_cases: int, seed: int) -> dict:
    return {"cases": n_cases, "seed": seed, "schema": SCHEMA_VERSION, "generator": GENERATOR_VERSION,
            "note": "synthetic corpus from bench/gen_corpus.py; every article is fiction"}


def read_meta(path: Path) -> dict | None:
    """The generator's record in a store, or None if the file is not a generated store."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def build_store(n_cases: int, seed: int, path: str | os.PathLike | None = None, *,
                progress: Callable[[str], None] | None = print) -> Path:
    """A store holding exactly `n_cases` synthetic cases for `seed`: reused when the file at
    `path` (default: the cache) was already built for the same cases, seed, schema and
    generator; otherwise built afresh. Refuses to replace a file that is not a generated store."""
    final = Path(path) if path is not None else cache_path(n_cases, seed)
    say = progress or (lambda _msg: None)
    if final.exists():
        meta = read_meta(final)
        if meta == expected_meta(n_cases, seed):
            say(f"reusing {final} ({n_cases:,} cases, seed {seed})")
            return final
        if meta is None:
            raise FileExistsError(f"{final} exists and is not a generated store; refusing to replace it")
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f"{final.name}.part{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    try:
        conn = db.connect(tmp)
        try:
            counts = _load(conn, n_cases, seed, say, start)
            db.set_meta(conn, META_KEY, json.dumps(expected_meta(n_cases, seed), sort_keys=True))
            _rebuild_terms(conn, say)
            conn.execute("PRAGMA journal_mode = WAL")   # as db.connect leaves every store
        finally:
            conn.close()
        for stale in (Path(f"{final}-wal"), Path(f"{final}-shm")):
            stale.unlink(missing_ok=True)   # an old WAL must never be replayed over the new file
        os.replace(tmp, final)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    size = final.stat().st_size
    say(f"built {final}: {counts['articles']:,} articles, {counts['cases']:,} cases, "
        f"{counts['quotes']:,} quotes, {counts['figures']:,} figures; "
        f"{size / 1e6:,.1f} MB in {time.perf_counter() - start:.1f}s")
    return final


def _rebuild_terms(conn: sqlite3.Connection, say: Callable[[str], None]) -> None:
    try:
        vocab = importlib.import_module("store.vocab")
    except ImportError:
        say("note: store.vocab is not there yet; the terms table is left empty")
        return
    rebuild = getattr(vocab, "rebuild_terms", None)
    if rebuild is None:
        say("note: store.vocab has no rebuild_terms; the terms table is left empty")
        return
    t = time.perf_counter()
    rebuild(conn)
    say(f"  terms rebuilt in {time.perf_counter() - t:.1f}s")


def _set_aside(conn: sqlite3.Connection) -> list[str]:
    """Drop the secondary indexes and FTS triggers of the bulk tables; return their SQL, in
    schema order, to create them again once the rows are in."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (?, ?, ?, ?) "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid", TABLES).fetchall()
    for kind, name, _ in rows:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _, _, sql in rows]


def _load(conn: sqlite3.Connection, n_cases: int, seed: int, say, start: float) -> dict:
    conn.execute("PRAGMA journal_mode = OFF")       # a temporary file: a crash means starting again
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")     # 256 MiB
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = OFF")       # ids are consistent by construction
    conn.execute("BEGIN")
    deferred = _set_aside(conn)
    stamp = now()
    ids = {t: 0 for t in TABLES}
    batches: dict[str, list[tuple]] = {t: [] for t in TABLES}
    sql: dict[str, str] = {}
    sources = Sources()
    step = max(n_cases // 20, 1)
    next_report = step

    def flush() -> None:
        for t in TABLES:
            if batches[t]:
                conn.executemany(sql[t], batches[t])
                batches[t].clear()

    def add(table: str, row: dict) -> None:
        ids[table] += 1
        if table not in sql:
            cols = ", ".join(f'"{c}"' for c in ("id", *row))
            sql[table] = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * (len(row) + 1))})"
        batches[table].append((ids[table], *row.values()))

    for n, a in enumerate(articles(n_cases, seed), 1):
        r = sources.render(a)
        x = a.extraction
        doc = Document(text=a.text, source=r.source, hash=r.hash, format=a.fmt, title=a.title,
                       publication=a.publication, byline=a.byline, published=a.published,
                       url=a.url, raw_size=len(r.data))
        add("articles", article_row(doc, is_sample=False, version=x.version, stamp=stamp))
        aid = ids["articles"]
        case_ids: dict[str, tuple[int, str]] = {}
        for ordinal, c in enumerate(x.cases):
            row = case_row(c, article_id=aid, article_hash=doc.hash, ordinal=ordinal,
                           published=doc.published, publication=doc.publication, version=x.version)
            add("cases", row)
            case_ids[c.slug] = (ids["cases"], row["key"])
        for ordinal, q in enumerate(x.quotes):
            cid, ckey = case_ids.get(q.case_slug or "", (None, None))
            add("quotes", quote_row(q, article_id=aid, ordinal=ordinal, case_id=cid, case_key=ckey))
        for ordinal, f in enumerate(x.figures):
            add("figures", figure_row(f, article_id=aid, ordinal=ordinal))
        if n % CHUNK == 0:
            flush()
        if ids["cases"] >= next_report:
            next_report += step
            say(f"  {ids['cases']:,}/{n_cases:,} cases, {ids['articles']:,} articles, "
                f"{time.perf_counter() - start:.1f}s")
    flush()
    t = time.perf_counter()
    for statement in deferred:
        conn.execute(statement)
    say(f"  indexes and triggers back in {time.perf_counter() - t:.1f}s")
    t = time.perf_counter()
    for fts in FTS:
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    say(f"  full-text indexes rebuilt in {time.perf_counter() - t:.1f}s")
    conn.execute("COMMIT")
    return {"articles": ids["articles"], "cases": ids["cases"], "quotes": ids["quotes"], "figures": ids["figures"]}
