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

import hashlib
import importlib
import json
import multiprocessing
import os
import sqlite3
import time
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from store import db
from store.db import now
from store.model import Document
from store.schema import SCHEMA_VERSION
from store.write import article_row, case_row, figure_row, quote_row

from .kinds import Article, make_article
from .render import FEED_BLOCK, Rendered, Sources

GENERATOR_VERSION = "1"
META_KEY = "bench_corpus"
CHUNK = FEED_BLOCK                # articles per chunk of work: a whole feed block, so chunks name records alone
PARALLEL_FROM = 20000             # below this many cases, generating in other processes costs more than it saves
CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"
TABLES = ("articles", "cases", "quotes", "figures")
FTS = ("articles_fts", "cases_fts", "quotes_fts")


def default_workers(n_cases: int) -> int:
    """Generating in other processes pays only with cores to spare: on a 2-vCPU box shared with
    other work it was slower than generating beside the loader. Four cores or more: all but one."""
    cores = os.cpu_count() or 1
    return cores - 1 if cores >= 4 and n_cases >= PARALLEL_FROM else 0


@lru_cache(maxsize=None)
def generator_digest() -> str:
    """What the corpus is made from: this package, and the store code and reference data its
    rows come through. A cached store made by other code is built again, never reused."""
    here = Path(__file__).resolve().parent
    store_dir = here.parent.parent / "store"
    files = sorted(here.glob("*.py")) + [store_dir / n for n in ("write.py", "identity.py", "text.py")] \
        + [store_dir / "reference" / "policing.json"]
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + (f.read_bytes() if f.exists() else b"") + b"\0")
    return h.hexdigest()[:16]


def cache_path(n_cases: int, seed: int) -> Path:
    return CACHE_DIR / f"cases-{n_cases}-seed{seed}-schema{SCHEMA_VERSION}.db"


def expected_meta(n_cases: int, seed: int) -> dict:
    return {"cases": n_cases, "seed": seed, "schema": SCHEMA_VERSION, "generator": GENERATOR_VERSION,
            "code": generator_digest(), "note": "synthetic corpus from bench/gen_corpus.py; every article is fiction"}


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
                progress: Callable[[str], None] | None = print, workers: int | None = None) -> Path:
    """A store holding exactly `n_cases` synthetic cases for `seed`: reused when the file at
    `path` (default: the cache) was already built for the same cases, seed, schema and
    generator; otherwise built afresh. Refuses to replace a file that is not a generated store."""
    final = Path(path) if path is not None else cache_path(n_cases, seed)
    say = progress or (lambda _msg: None)
    wanted = expected_meta(n_cases, seed)   # taken now: the code that builds is the code it names
    if final.exists():
        meta = read_meta(final)
        if meta == wanted:
            say(f"reusing {final} ({n_cases:,} cases, seed {seed})")
            return final
        if meta is None:
            raise FileExistsError(f"{final} exists and is not a generated store; refusing to replace it")
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f"{final.name}.part{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    if workers is None:
        workers = default_workers(n_cases)
    start = time.perf_counter()
    try:
        conn = db.connect(tmp)
        try:
            counts = _load(conn, n_cases, seed, say, start, workers)
            db.set_meta(conn, META_KEY, json.dumps(wanted, sort_keys=True))
            _rebuild_terms(conn, say)
            conn.execute("PRAGMA optimize")             # as ingest ends a batch: fresh planner statistics
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


# ---------------------------------------------------------------------------- rows

# One article's rows without the ids only the loader can count: the article's values, its
# cases' values after article_id, its quotes' (case ordinal, values after article_id and
# case_id), its figures' values after article_id.
Rows = tuple[int, tuple, list[tuple], list[tuple], list[tuple]]


def _columns() -> dict[str, tuple[str, ...]]:
    """The loader's column order for each table, taken from store.write's own row builders."""
    from store.model import Case, Figure, Quote, Span
    doc = Document(text="", source="", hash="0" * 64, format="txt")
    span = Span(0, 0)
    cols = {
        "articles": ("id", *article_row(doc, is_sample=False, version="", stamp="")),
        "cases": case_row(Case(), article_id=0, article_hash=doc.hash, ordinal=0, published=None,
                          publication=None, version=""),
        "quotes": quote_row(Quote(text="", span=span), article_id=0, ordinal=0, case_id=None, case_key=None),
        "figures": figure_row(Figure(0, "", "", "", span), article_id=0, ordinal=0),
    }
    front = {"cases": ("id", "article_id"), "quotes": ("id", "article_id", "case_id"), "figures": ("id", "article_id")}
    for t, f in front.items():
        cols[t] = (*f, *(c for c in cols[t] if c not in f))
    return cols


def article_rows(a: Article, r: Rendered, stamp: str) -> Rows:
    x = a.extraction
    doc = Document(text=a.text, source=r.source, hash=r.hash, format=a.fmt, title=a.title,
                   publication=a.publication, byline=a.byline, published=a.published,
                   url=a.url, raw_size=len(r.data))
    art = tuple(article_row(doc, is_sample=False, version=x.version, stamp=stamp).values())
    cases, by_slug = [], {}
    for ordinal, c in enumerate(x.cases):
        row = case_row(c, article_id=0, article_hash=doc.hash, ordinal=ordinal,
                       published=doc.published, publication=doc.publication, version=x.version)
        del row["article_id"]
        cases.append(tuple(row.values()))
        by_slug[c.slug] = (ordinal, row["key"])
    quotes = []
    for ordinal, q in enumerate(x.quotes):
        case_ordinal, key = by_slug.get(q.case_slug or "", (None, None))
        row = quote_row(q, article_id=0, ordinal=ordinal, case_id=None, case_key=key)
        del row["article_id"], row["case_id"]
        quotes.append((case_ordinal, *row.values()))
    figures = []
    for ordinal, f in enumerate(x.figures):
        row = figure_row(f, article_id=0, ordinal=ordinal)
        del row["article_id"]
        figures.append(tuple(row.values()))
    return len(x.cases), art, cases, quotes, figures


def chunk_rows(seed: int, first: int, last: int, stamp: str, last_max_cases: int | None = None) -> list[Rows]:
    """Rows for articles first..last-1. `first` starts a feed block, so feed records are named
    here exactly as in the whole corpus; the last article may be cut down to end the corpus."""
    assert first % FEED_BLOCK == 0
    sources = Sources()
    out = []
    for i in range(first, last):
        a = make_article(seed, i, max_cases=last_max_cases if i == last - 1 else None)
        out.append(article_rows(a, sources.render(a), stamp))
    return out


def _chunks(seed: int, stamp: str, workers: int) -> Iterator[tuple[int, list[Rows]]]:
    """(first index, rows) for consecutive chunks, made by `workers` processes (0: in this one),
    never more than two chunks per worker ahead of the loader, so memory stays flat."""
    if workers < 1:
        first = 0
        while True:
            yield first, chunk_rows(seed, first, first + CHUNK, stamp)
            first += CHUNK
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        first = 0
        while True:
            while len(pending) < 2 * workers:
                pending.append((first, pool.apply_async(chunk_rows, (seed, first, first + CHUNK, stamp))))
                first += CHUNK
            start, job = pending.popleft()
            yield start, job.get()


def _load(conn: sqlite3.Connection, n_cases: int, seed: int, say, start: float, workers: int) -> dict:
    conn.execute("PRAGMA journal_mode = OFF")       # a temporary file: a crash means starting again
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")     # 256 MiB
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = OFF")       # ids are consistent by construction
    conn.execute("BEGIN")
    deferred = _set_aside(conn)
    stamp = now()
    cols = _columns()
    sql = {t: "INSERT INTO {} ({}) VALUES ({})".format(t, ", ".join(f'"{c}"' for c in cols[t]),
                                                       ", ".join("?" * len(cols[t]))) for t in TABLES}
    ids = dict.fromkeys(TABLES, 0)
    step = max(n_cases // 20, 1)
    next_report = step
    chunks = _chunks(seed, stamp, workers)
    try:
        while ids["cases"] < n_cases:
            first, rows = next(chunks)
            told = ids["cases"]
            for k, item in enumerate(rows):
                if told + item[0] > n_cases:   # the corpus ends inside this article: cut it down
                    rows = rows[:k] + chunk_rows(seed, first, first + k + 1, stamp, last_max_cases=n_cases - told)[-1:]
                    break
                told += item[0]
                if told == n_cases:
                    rows = rows[:k + 1]
                    break
            _insert(conn, sql, ids, rows)
            if ids["cases"] >= next_report or ids["cases"] == n_cases:
                next_report = ids["cases"] + step
                say(f"  {ids['cases']:,}/{n_cases:,} cases, {ids['articles']:,} articles, "
                    f"{time.perf_counter() - start:.1f}s")
    finally:
        chunks.close()   # stops the worker processes
    t = time.perf_counter()
    for statement in deferred:
        conn.execute(statement)
    say(f"  indexes and triggers back in {time.perf_counter() - t:.1f}s")
    t = time.perf_counter()
    for fts in FTS:
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    say(f"  full-text indexes rebuilt in {time.perf_counter() - t:.1f}s")
    conn.execute("COMMIT")
    return ids


def _insert(conn: sqlite3.Connection, sql: dict[str, str], ids: dict[str, int], rows: list[Rows]) -> None:
    """Give a chunk's rows their ids, in the order write_article would, and insert them."""
    arts, cases, quotes, figures = [], [], [], []
    aid, cid, qid, fid = ids["articles"], ids["cases"], ids["quotes"], ids["figures"]
    for _, art, case_vals, quote_vals, fig_vals in rows:
        aid += 1
        arts.append((aid, *art))
        base = cid
        for v in case_vals:
            cid += 1
            cases.append((cid, aid, *v))
        for case_ordinal, *v in quote_vals:
            qid += 1
            quotes.append((qid, aid, None if case_ordinal is None else base + 1 + case_ordinal, *v))
        for v in fig_vals:
            fid += 1
            figures.append((fid, aid, *v))
    for t, batch in (("articles", arts), ("cases", cases), ("quotes", quotes), ("figures", figures)):
        if batch:
            conn.executemany(sql[t], batch)
    ids.update(articles=aid, cases=cid, quotes=qid, figures=fid)
