"""The store's fuzzy-search vocabulary: the `terms` table and the in-memory index built from it.

`rebuild_terms(conn)` refills `terms` from the cases and quotes (officers' full names and
surnames, speakers, publications, forces as written) and from the reference (every force and
alias, so "west mercai" resolves before any West Mercia case is stored). Ingest calls it after
a batch. The big sets are built by set-based SQL (`INSERT … SELECT … GROUP BY` over indexed
`*_norm` columns); only the small ones (forces, publications) pass through Python, because
folding is Python and the store must not depend on SQL functions defined in Python.

`index_for(conn)` returns a `WordIndex` over the vocabulary, built once per store file and
vocabulary version and shared between connections and threads. A store whose `terms` table
was never filled is indexed from its cases directly, so search works on it all the same.
"""
from __future__ import annotations

import sqlite3
import threading

from . import reference
from .db import get_meta, now, set_meta
from .fuzzy import Term, WordIndex
from .text import fold_name

VERSION_KEY = "terms_version"

# kind → SELECT of (kind, term, norm, ref, n): the big sets, straight from indexed columns.
_SELECTS = {
    "officer": "SELECT 'officer', min(officer), officer_norm, officer_norm, count(*) FROM cases "
               "WHERE officer_norm IS NOT NULL AND officer_norm <> '' GROUP BY officer_norm",
    "surname": "SELECT 'surname', surname_norm, surname_norm, surname_norm, count(*) FROM cases "
               "WHERE surname_norm IS NOT NULL AND surname_norm <> '' GROUP BY surname_norm",
    "speaker": "SELECT 'speaker', min(speaker), speaker_norm, speaker_norm, count(DISTINCT article_id) "
               "FROM quotes WHERE speaker_norm IS NOT NULL AND speaker_norm <> '' GROUP BY speaker_norm",
}
# Kinds the word index leaves out: a surname is a word of the officer's full name already.
_NOT_INDEXED = ("surname",)


def _small_terms(conn: sqlite3.Connection) -> list[Term]:
    """Forces (reference names and aliases, and forces as written outside the reference) and
    publications: a few hundred rows, folded in Python."""
    per_force = dict(conn.execute(
        "SELECT force_id, count(*) FROM cases WHERE force_id IS NOT NULL GROUP BY force_id"))
    terms: dict[tuple[str, str, str | None], Term] = {}

    def add(t: Term) -> None:
        if t.norm and (t.kind, t.norm, t.ref) not in terms:
            terms[(t.kind, t.norm, t.ref)] = t

    for f in reference.all_forces():
        n = per_force.get(f["id"], 0)
        add(Term("force", f["name"], fold_name(f["name"]), f["id"], n))
        for alias in f.get("aliases", []) + f.get("other_official_names", []):
            add(Term("alias", alias, fold_name(alias), f["id"], n))
    for force, n in conn.execute("SELECT force, count(*) FROM cases WHERE force_id IS NULL "
                                 "AND force IS NOT NULL AND force <> '' GROUP BY force"):
        add(Term("force", force, fold_name(force), None, n))
    for pub, n in conn.execute("SELECT publication, count(*) FROM cases WHERE publication IS NOT NULL "
                               "AND publication <> '' GROUP BY publication"):
        add(Term("publication", pub, fold_name(pub), pub, n))
    return list(terms.values())


def rebuild_terms(conn: sqlite3.Connection) -> int:
    """Refill the `terms` table; returns how many terms it holds. Runs in its own transaction
    unless the caller already opened one."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM terms")
        for select in _SELECTS.values():
            conn.execute(f"INSERT OR IGNORE INTO terms(kind, term, norm, ref, n) {select}")
        conn.executemany("INSERT OR IGNORE INTO terms(kind, term, norm, ref, n) VALUES (?, ?, ?, ?, ?)",
                         [(t.kind, t.term, t.norm, t.ref, t.n) for t in _small_terms(conn)])
        version = int(get_meta(conn, VERSION_KEY, "0") or 0) + 1
        set_meta(conn, VERSION_KEY, str(version))
        set_meta(conn, "terms_built_at", now())
        count = conn.execute("SELECT count(*) FROM terms").fetchone()[0]
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return count


def load_terms(conn: sqlite3.Connection) -> list[Term]:
    """The vocabulary the index covers: from `terms`, or computed from the cases when the table
    is empty (a store no one has rebuilt terms for)."""
    skip = ", ".join(f"'{k}'" for k in _NOT_INDEXED)
    rows = conn.execute(f"SELECT kind, term, norm, ref, n FROM terms WHERE kind NOT IN ({skip})").fetchall()
    if rows:
        return [Term(*r) for r in rows]
    live = [Term(*r) for kind, select in _SELECTS.items() if kind not in _NOT_INDEXED
            for r in conn.execute(select)]
    return live + _small_terms(conn)


def _marker(conn: sqlite3.Connection) -> tuple:
    if conn.execute("SELECT 1 FROM terms LIMIT 1").fetchone():
        return ("terms", get_meta(conn, VERSION_KEY))
    # No vocabulary table yet: the index follows the cases and quotes themselves.
    return ("live",) + tuple(conn.execute(
        "SELECT (SELECT max(id) FROM cases), (SELECT count(*) FROM cases), "
        "(SELECT max(id) FROM quotes)").fetchone())


def _store_of(conn: sqlite3.Connection) -> str:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or f"memory:{id(conn)}"
    return f"memory:{id(conn)}"


_CACHE: dict[str, tuple[tuple, WordIndex]] = {}
_LOCK = threading.Lock()


def index_for(conn: sqlite3.Connection) -> WordIndex:
    """The word index for this store's current vocabulary, built on first use and cached."""
    store, marker = _store_of(conn), _marker(conn)
    cached = _CACHE.get(store)
    if cached and cached[0] == marker:
        return cached[1]
    with _LOCK:
        cached = _CACHE.get(store)
        if cached and cached[0] == marker:
            return cached[1]
        index = WordIndex(load_terms(conn))
        _CACHE[store] = (marker, index)
        return index
