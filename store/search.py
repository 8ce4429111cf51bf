"""The one search API: a query → ranked case ids, with why each matched and where.

    page = search(conn, 'micheal harisson force:"west mercia"', limit=50)
    rows = browse.case_rows(conn, page.ids)

How a query runs
  1. `store.query.parse` turns the text into words, phrases, exclusions and filters.
  2. Each free word is a *unit* that every hit must satisfy in some way. Words are looked up
     in the store's vocabulary (`store.vocab`: officers, forces and aliases, speakers,
     publications) exactly, as a prefix (the last word while it is typed) and with typos;
     the terms they hit become index lookups (`officer_norm`, `force_id`, `publication`,
     quotes' `speaker_norm`). Each word also runs through FTS5 over the article (title and
     text), the case's own fields and the user's notes. Phrases run through FTS5 as phrases
     (and count as exact names when a phrase is a whole name or alias).
  3. Filters and exclusions narrow the candidates in SQL; nothing is scored in Python.
  4. With no words or phrases, there is nothing to rank: cases come straight from an index
     in the chosen order (newest first by default), paged with LIMIT/OFFSET.

Ranking (higher first). Each unit scores the best of its evidence for a case:
    exact name or alias hit       3.0 + 0.5 × coverage       (3.0–3.5)
    prefix or typo-tolerant hit   2.0 + 0.9 × similarity + 0.09 × coverage   (2.0–2.99)
    full-text (FTS5 bm25)         1.0 + b / (1 + b), b = −bm25   (1.0–1.99)
where coverage is the share of the term's words the query covers ("michael harrison" for
Michael Harrison is 1.0, "harrison" alone 0.5) and similarity is 1 − typos / length. A case's
score is the mean over units; ties go to the newer case. So exact name and alias hits come
first, then typo-tolerant hits by closeness, then full-text hits by bm25. A case must satisfy
every unit (stop words such as "the" only count towards covering a name like "the Met").
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Iterator

from .browse import display_force
from .filters import date_upper, rank_strings
from .fuzzy import PREFIX_MIN, STOP, WordIndex, key, pieces
from .query import Query, parse
from .text import fold, fold_name
from .vocab import index_for

SORTS = {"officer": "officer_norm", "rank": "rank", "force": "force_id", "outcome": "outcome",
         "finding": "finding", "date": "date", "publication": "publication", "relevance": None}
DEFAULT_DESCENDING = {"date": True, "relevance": True}
HIGHLIGHTED = ("officer", "force", "publication", "title")
NAME_FIELDS = ("speaker", "publication", "officer")   # filters resolved through the vocabulary
# Full text matches the last word as a prefix from this length: "th*" would read every article.
FTS_PREFIX_MIN = 3


@dataclass(frozen=True)
class Hit:
    case_id: int
    score: float                 # see the module's docstring; 0.0 when nothing was ranked
    reasons: tuple[str, ...] = ()
    # field (officer, force, publication, title) → [start, end) ranges inside the value
    # browse.case_rows shows for that field, to highlight what matched.
    field_spans: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    hits: list[Hit]
    total: int
    query: Query
    offset: int
    limit: int | None
    elapsed: float               # seconds
    sort: str = "relevance"
    descending: bool = True
    words: tuple[str, ...] = ()  # folded words to highlight in articles (see term_spans)
    notes: tuple[str, ...] = ()  # what the query could not use: "speaker:x matched nobody"

    @property
    def ids(self) -> list[int]:
        return [h.case_id for h in self.hits]


# ------------------------------------------------------------------------------- FTS strings

def fts_string(text: str, *, prefix: bool = False) -> str:
    """User text as one FTS5 string (a phrase of its tokens): quotes doubled, so no FTS5
    syntax (AND, NEAR(, *, column:) in it is ever interpreted."""
    return '"' + fold(text).replace('"', '""') + '"' + ("*" if prefix else "")


# ------------------------------------------------------------------------------- the plan

@dataclass
class _Unit:
    label: str                   # as typed, for reasons
    key: str | None              # vocabulary key (None for a phrase)
    fts: str                     # FTS5 query
    # column → {value: (level, term shown, how)}: evidence from the vocabulary
    entities: dict[str, dict[str, tuple[float, str, str]]] = field(default_factory=dict)

    def add(self, column: str, value: str, level: float, shown: str, how: str) -> None:
        known = self.entities.setdefault(column, {})
        if value not in known or known[value][0] < level:
            known[value] = (level, shown, how)


_COLUMN_OF_KIND = {"officer": "officer_norm", "alias": "force_id", "speaker": "speaker_norm",
                   "publication": "publication"}


def _column(kind: str, ref: str | None) -> str:
    if kind == "force":
        return "force_id" if ref else "force_text"
    return _COLUMN_OF_KIND[kind]


def _units(query: Query, index: WordIndex) -> tuple[list[_Unit], set[str]]:
    """The units every hit must satisfy, and the vocabulary words the query hit (to highlight)."""
    words: list[tuple[str, str]] = []          # (piece as typed-ish, key)
    for w in query.words:
        words.extend((p, key(p)) for p in pieces(w))
    units = [_Unit(p, k, fts_string(p)) for p, k in words]
    if units and query.prefix and len(units[-1].key or "") >= FTS_PREFIX_MIN:
        units[-1].fts = fts_string(words[-1][0], prefix=True)
    hit_words: set[str] = {k for _, k in words}
    for m in index.match([k for _, k in words], prefix_last=query.prefix):
        t = m.term
        for pos, hit in m.covered.items():
            units[pos].add(_column(t.kind, t.ref), t.ref or t.term, m.level(pos), t.term, hit.how)
            if hit.how != "prefix":     # a prefix is highlighted as typed, not as the whole word
                hit_words.add(hit.word)
    # Stop words count towards covering a name ("the met") but are not required on their own;
    # nor is a last word of one letter still being typed, while other words are there.
    required = [u for u in units if u.key not in STOP] or units
    if query.prefix and len(required) > 1 and required[-1] is units[-1] \
            and len(units[-1].key or "") < PREFIX_MIN:
        required.pop()
    for phrase in query.phrases:
        u = _Unit(phrase, None, fts_string(phrase))
        for t in index.exact(phrase):
            u.add(_column(t.kind, t.ref), t.ref or t.term, 3.5, t.term, "exact")
        required.append(u)
        hit_words.update(key(p) for p in pieces(phrase))
    return required, hit_words


def _names(index: WordIndex, value: str, kind: str) -> list[str]:
    """Refs of the `kind` terms a filter value names (every word covered; typos only if need be)."""
    words = [key(p) for p in pieces(value)]
    return [m.term.ref or m.term.term for m in index.covering(words, kinds=(kind,))]


@dataclass
class _Plan:
    query: Query
    units: list[_Unit]
    hit_words: set[str]
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # (position in `where`, indexed column, params) of positive filters an index can serve
    indexable: list[tuple[int, str, list]] = field(default_factory=list)
    # `where` as the page query and the count use it, once `tune` has chosen their indexes
    page_where: list[str] | None = None
    count_where: list[str] | None = None

    # -------------------------------------------------------------- SQL pieces

    def evidence_sql(self) -> tuple[str, list]:
        """WITH … scored(cid, score, tu): every case satisfying all units, its score, and the
        units (comma-separated positions) it matched in full text.

        Each unit is grouped on its own (u0, u1, …: the case's best evidence for that unit)
        and the units are joined on the case: grouping every unit's evidence together would
        sort them all at once, twice as slow for common words."""
        ctes: list[str] = []
        params: list = []
        for u_i, u in enumerate(self.units):
            parts: list[str] = []
            for column, found in u.entities.items():
                levels = json.dumps({v: lvl for v, (lvl, _, _) in found.items()})
                if column == "speaker_norm":
                    parts.append("SELECT c.id AS cid, j.value AS s, 0 AS t FROM json_each(?) j "
                                 "JOIN quotes q ON q.speaker_norm = j.key "
                                 "JOIN cases c ON c.article_id = q.article_id")
                    params.append(levels)
                elif column == "force_text":
                    for value, (lvl, _, _) in found.items():
                        parts.append("SELECT c.id AS cid, ? AS s, 0 AS t FROM cases_fts f JOIN cases c ON c.id = f.rowid "
                                     "WHERE cases_fts MATCH ? AND c.force_id IS NULL AND c.force = ?")
                        params += [lvl, "force : " + fts_string(value), value]
                else:
                    parts.append("SELECT c.id AS cid, j.value AS s, 0 AS t FROM json_each(?) j "
                                 f"JOIN cases c ON c.{column} = j.key")
                    params.append(levels)
            parts.append("SELECT c.id AS cid, 1.0 + f.b / (1.0 + f.b) AS s, 1 AS t FROM "
                         "(SELECT rowid AS aid, max(0.0, -bm25(articles_fts, 4.0, 1.0)) AS b "
                         "FROM articles_fts WHERE articles_fts MATCH ?) f "
                         "JOIN cases c ON c.article_id = f.aid")
            parts.append("SELECT f.rowid AS cid, 1.0 + f.b / (1.0 + f.b) AS s, 1 AS t FROM "
                         "(SELECT rowid, max(0.0, -bm25(cases_fts)) AS b FROM cases_fts "
                         "WHERE cases_fts MATCH ?) f")
            parts.append("SELECT c.id AS cid, 1.5 AS s, 1 AS t FROM notes_fts "
                         "JOIN notes n ON n.id = notes_fts.rowid JOIN cases c ON c.key = n.case_key "
                         "WHERE notes_fts MATCH ?")
            params += [u.fts, u.fts, u.fts]
            ctes.append(f"u{u_i}(cid, s, t) AS (SELECT cid, max(s), max(t) FROM ("
                        + " UNION ALL ".join(parts) + ") GROUP BY cid)")
        n = len(self.units)
        joins = "u0" + "".join(f" JOIN u{i} USING (cid)" for i in range(1, n))
        score = " + ".join(f"u{i}.s" for i in range(n))
        texts = " || ".join(f"CASE WHEN u{i}.t THEN '{i},' ELSE '' END" for i in range(n))
        scored = f"scored AS (SELECT cid, ({score}) / {n}.0 AS score, {texts} AS tu FROM {joins}) "
        return "WITH " + ", ".join(ctes) + ", " + scored, params

    def source(self, use: str = "") -> tuple[str, str, list]:
        """(WITH prefix, FROM … WHERE …, params) selecting the matching cases as `c`; `use`
        "page" or "count" takes the index choice `tune` made for that query."""
        chosen = {"page": self.page_where, "count": self.count_where}.get(use)
        where = " AND ".join(chosen or self.where) or "1"
        if self.units:
            with_sql, params = self.evidence_sql()
            return with_sql, f"scored JOIN cases c ON c.id = scored.cid WHERE {where}", params + self.params
        return "", f"cases c WHERE {where}", list(self.params)


def _in(column: str, values, negated: bool) -> tuple[str, list]:
    marks = ",".join("?" * len(values))
    if negated:
        return f"coalesce({column}, '') NOT IN ({marks})", list(values)
    return f"{column} IN ({marks})", list(values)


_FLAG_SQL = {"barred": "c.barred = 1", "resigned": "c.resigned = 1", "left": "c.left_force = 1",
             "named": "c.officer_norm IS NOT NULL", "unnamed": "c.officer_norm IS NULL",
             "noted": "c.key IN (SELECT case_key FROM notes)",
             "tagged": "c.key IN (SELECT case_key FROM tags)"}
_SIMPLE = {"force": "c.force_id", "outcome": "c.outcome", "finding": "c.finding",
           "role": "c.role", "review": "c.review_state"}
_INDEXED = {"force": "c.force_id", "outcome": "c.outcome", "finding": "c.finding",
            "year": "c.date", "date": "c.date"}


def _filter_sql(plan: _Plan, index: WordIndex | None) -> None:
    q = plan.query
    by_field: dict[tuple[str, bool], list] = {}
    for f in q.filters:
        by_field.setdefault((f.field, f.negated), []).append(f)
    for (name, negated), fs in by_field.items():
        values = list(dict.fromkeys(v for f in fs for v in f.values))
        sql, params = None, []
        if name in _SIMPLE:
            sql, params = _in(_SIMPLE[name], values, negated)
        elif name == "rank":
            sql, params = _in("lower(c.rank)", rank_strings(tuple(values)), negated)
        elif name in ("year", "date"):
            # A year is the first four characters of the case's date, so both filter on the
            # date, whose index then serves the filter and the newest-first order at once.
            ranges = []
            for f in fs:
                conds = []
                if f.low is not None:
                    conds.append("c.date >= ?")
                    params.append(str(f.low))
                if f.high is not None:
                    conds.append("c.date <= ?")
                    params.append(date_upper(str(f.high)))
                ranges.append("(" + " AND ".join(conds) + ")")
            joined = " OR ".join(ranges)
            sql = f"NOT coalesce({joined}, 0)" if negated else f"({joined})"
        elif name in NAME_FIELDS and index is not None:
            refs: list[str] = []
            for f in fs:
                found = _names(index, f.raw, name)
                if not found:
                    plan.notes.append(f"{name}:{f.raw} matched no {name} in this store")
                refs.extend(r for r in found if r not in refs)
            column = {"speaker": "q.speaker_norm", "publication": "c.publication",
                      "officer": "c.officer_norm"}[name]
            if name == "speaker":
                inner, params = _in(column, refs or [""], False)
                op = "NOT IN" if negated else "IN"
                sql = f"c.article_id {op} (SELECT q.article_id FROM quotes q WHERE {inner})"
            else:
                sql, params = _in(column, refs or [""], negated)
        elif name in ("standard", "category"):
            column = "standards" if name == "standard" else "categories"
            test = "value IN ({})".format(",".join("?" * len(values))) if name == "standard" else \
                "(" + " OR ".join("instr(value, ?) > 0" for _ in values) + ")"
            sql = f"EXISTS (SELECT 1 FROM json_each(c.{column}) WHERE {test})"
            sql = f"NOT {sql}" if negated else sql
            params = values
        elif name == "tag":
            marks = ",".join("?" * len(values))
            op = "NOT IN" if negated else "IN"
            sql = f"c.key {op} (SELECT case_key FROM tags WHERE tag COLLATE NOCASE IN ({marks}))"
            params = values
        elif name == "is":
            conds = [_FLAG_SQL[v] for v in values]
            sql = " AND ".join(f"NOT coalesce({c}, 0)" if negated else c for c in conds)
        if sql:
            if name in _INDEXED and not negated:
                plan.indexable.append((len(plan.where), _INDEXED[name], list(params)))
            plan.where.append(sql)
            plan.params.extend(params)
    for text in q.excluded:
        s = fts_string(text)
        plan.where.append("c.article_id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) "
                          "AND c.id NOT IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
        plan.params += [s, s]


def plan(conn: sqlite3.Connection, query: str | Query) -> _Plan:
    q = parse(query) if isinstance(query, str) else query
    needs_index = q.has_text or any(f.field in NAME_FIELDS for f in q.filters)
    index = index_for(conn) if needs_index else None
    units, hit_words = _units(q, index) if q.has_text else ([], set())
    p = _Plan(q, units, hit_words)
    _filter_sql(p, index)
    return p


def _tune(conn: sqlite3.Connection, p: _Plan, window: int | None, order: str | None = None) -> None:
    """Choose the indexes for a filters-only query, as a planner with statistics would.

    SQLite has no statistics on a store nobody ran ANALYZE on, so with `force:kent
    outcome:dismissed` it may walk the index that matches most rows and check the rest row by
    row, and with one common filter it sorts every match rather than walking the sort
    column's index until a page is full. Counting each filter on its own index is cheap
    (index-only); from those counts, keep the fewest-rows filter's index for the count, and
    for the page either that index or none (walk the sort index) — whichever reads fewer
    rows for `window` (offset + limit) hits. A filter on the `order` column itself keeps its
    index, which then serves the filter and the order at once. A unary + on a column keeps
    SQLite off its index. (ANALYZE would do this better; a read-only connection cannot.)"""
    if p.units or not p.indexable:
        return
    sizes = []
    for at, column, params in p.indexable:
        n = conn.execute(f"SELECT count(*) FROM cases c WHERE {p.where[at]}", params).fetchone()[0]
        sizes.append((n, at, column))
    sizes.sort()
    total = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 1
    expected = float(total)                  # matches, taking the filters as independent
    for n, _, _ in sizes:
        expected *= n / total
    walk = window is not None and window * total / max(expected, 1.0) < sizes[0][0]

    def without(indexes):
        where = list(p.where)
        for _, at, column in indexes:
            where[at] = where[at].replace(column, "+" + column)
        return where

    p.count_where = without(sizes[1:])
    on_order = [sz for sz in sizes if sz[2] == order]
    if on_order:
        p.page_where = without([sz for sz in sizes if sz[2] != order])
    else:
        p.page_where = without(sizes) if walk else p.count_where


def matching(conn: sqlite3.Connection, query: str | Query) -> tuple[str, str, list]:
    """(WITH prefix, FROM … WHERE … clause over `c` = cases, params) for the query's matches:
    how `store.stats` and `store.export` share search's notion of a match."""
    p = plan(conn, query)
    _tune(conn, p, None)
    return p.source("count")


# ------------------------------------------------------------------------------- ordering

def _sort(sort: str | None, descending: bool | None, has_text: bool) -> tuple[str, bool]:
    sort = (sort or ("relevance" if has_text else "date")).lower()
    if sort not in SORTS:
        from .errors import QueryError
        raise QueryError(f"cannot sort by {sort!r}; sort by one of {', '.join(SORTS)}")
    if sort == "relevance" and not has_text:
        sort = "date"
    return sort, DEFAULT_DESCENDING.get(sort, False) if descending is None else descending


def _order(sort: str, desc: bool, ranked: bool) -> str:
    d = "DESC" if desc else "ASC"
    if sort == "relevance":
        return f"scored.score {d}, c.date DESC, c.id DESC"
    col = f"c.{SORTS[sort]}"
    then = ", scored.score DESC" if ranked else ""
    return f"{col} IS NULL, {col} {d}{then}, c.id {d}"


def _ordered_ids(conn, p: _Plan, sort: str, desc: bool, offset: int, limit: int | None
                 ) -> tuple[list[tuple[int, float, str | None]], int | None]:
    """(the page's (id, score, full-text units) triples, the total if it came for free)."""
    with_sql, source, params = p.source("page")
    lim = -1 if limit is None else limit
    if p.units:
        rows = conn.execute(f"{with_sql}SELECT c.id, scored.score, scored.tu, count(*) OVER () "
                            f"FROM {source} ORDER BY {_order(sort, desc, True)} LIMIT ? OFFSET ?",
                            params + [lim, offset]).fetchall()
        return [(r[0], r[1], r[2]) for r in rows], (rows[0][3] if rows else None)
    col = f"c.{SORTS[sort]}"
    d = "DESC" if desc else "ASC"
    if desc:
        # Descending puts NULLs last already, so one walk down the column's index does.
        rows = conn.execute(f"SELECT c.id FROM {source} ORDER BY {col} DESC, c.id DESC LIMIT ? OFFSET ?",
                            params + [lim, offset]).fetchall()
        return [(r[0], 0.0, None) for r in rows], None
    # Ascending: the non-NULL part in index order, then the NULL part, each paged on its own.
    rows = conn.execute(f"SELECT c.id FROM {source} AND {col} IS NOT NULL ORDER BY {col} {d}, c.id {d} "
                        "LIMIT ? OFFSET ?", params + [lim, offset]).fetchall()
    if limit is not None and len(rows) >= limit:
        return [(r[0], 0.0, None) for r in rows], None
    if rows:
        before = offset + len(rows)
    else:
        _, counted, params = p.source("count")
        before = conn.execute(f"SELECT count(*) FROM {counted} AND {col} IS NOT NULL", params).fetchone()[0]
    more = -1 if limit is None else limit - len(rows)
    nulls = conn.execute(f"SELECT c.id FROM {source} AND {col} IS NULL ORDER BY c.id {d} LIMIT ? OFFSET ?",
                         params + [more, max(0, offset - before)]).fetchall()
    return [(r[0], 0.0, None) for r in rows + nulls], None


def _count(conn, p: _Plan) -> int:
    with_sql, source, params = p.source("count")
    if not p.units and not p.where:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    return conn.execute(f"{with_sql}SELECT count(*) FROM {source}", params).fetchone()[0]


# ------------------------------------------------------------------------------- the API

def search(conn: sqlite3.Connection, query: str | Query, *, offset: int = 0, limit: int | None = 50,
           sort: str | None = None, descending: bool | None = None) -> Page:
    """One page of the cases matching `query`, best first (or in `sort` order).

    `sort` is one of SORTS ("relevance" needs words or phrases; without them the default is
    "date", newest first). `descending` defaults to True for date and relevance, else False
    (A→Z); empty values sort last either way. `limit=None` returns every match.
    Raises QueryError for a query it cannot parse or an unknown sort."""
    started = time.perf_counter()
    p = plan(conn, query)
    sort_, desc = _sort(sort, descending, bool(p.units))
    offset = max(0, int(offset))
    _tune(conn, p, None if limit is None else offset + limit, f"c.{SORTS[sort_]}" if SORTS[sort_] else None)
    rows, total = _ordered_ids(conn, p, sort_, desc, offset, limit)
    if total is None:
        total = _count(conn, p)
    hits = _explain(conn, p, rows)
    return Page(hits, total, p.query, offset, limit, time.perf_counter() - started, sort_, desc,
                tuple(sorted(p.hit_words)), tuple(p.notes))


def iter_ids(conn: sqlite3.Connection, query: str | Query, *, sort: str | None = None,
             descending: bool | None = None) -> Iterator[int]:
    """Every matching case id in search order, streamed from SQLite (for export)."""
    p = plan(conn, query)
    sort_, desc = _sort(sort, descending, bool(p.units))
    _tune(conn, p, None, f"c.{SORTS[sort_]}" if SORTS[sort_] else None)
    with_sql, source, params = p.source("page")
    if p.units:
        sql = f"{with_sql}SELECT c.id FROM {source} ORDER BY {_order(sort_, desc, True)}"
    else:
        sql = f"SELECT c.id FROM {source} ORDER BY {_order(sort_, desc, False)}"
    for row in conn.execute(sql, params):
        yield row[0]


# ------------------------------------------------------------------------------- explaining hits

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _folded_prefix_len(token: str, n: int) -> int:
    """How many characters of `token` make its first `n` folded characters."""
    got = 0
    for i, ch in enumerate(token):
        if got >= n:
            return i
        got += len(key(fold(ch)))
    return len(token)


def _token_keys(text: str):
    """(start, end, key) for each word of `text`, apostrophes joined, then its apostrophe parts."""
    for m in _TOKEN.finditer(text):
        yield m.start(), m.end(), key(fold(m.group()))


def find_spans(text: str, words: set[str] | frozenset[str], prefixes: tuple[str, ...] = (),
               phrases: tuple[tuple[str, ...], ...] = ()) -> list[tuple[int, int]]:
    """Where in `text` the given word keys (whole words), prefixes (start of a word) and
    phrases (runs of word keys) occur; offsets into `text` itself, merged and sorted."""
    spans: list[tuple[int, int]] = []
    tokens = list(_token_keys(text)) if (words or prefixes or phrases) else []
    for start, end, k in tokens:
        if k in words:
            spans.append((start, end))
            continue
        parts = re.split("['\u2019]", text[start:end])
        if len(parts) > 1:
            at = start
            for part in parts:
                if key(fold(part)) in words:
                    spans.append((at, at + len(part)))
                at += len(part) + 1
        for pre in prefixes:
            if k.startswith(pre):
                spans.append((start, start + _folded_prefix_len(text[start:end], len(pre))))
                break
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if all(tokens[i + j][2] == phrase[j] for j in range(n)):
                spans.append((tokens[i][0], tokens[i + n - 1][1]))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _query_terms(query: Query, extra: set[str] | tuple[str, ...] = ()
                 ) -> tuple[set[str], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    words = {key(p) for w in query.words for p in pieces(w)} | set(extra)
    words -= STOP
    prefixes: tuple[str, ...] = ()
    if query.prefix and query.words:
        last = [key(p) for p in pieces(query.words[-1])]
        if last and len(last[-1]) >= 2:
            prefixes = (last[-1],)
    phrases = tuple(tuple(key(p) for p in pieces(ph)) for ph in query.phrases)
    return words, prefixes, tuple(p for p in phrases if p)


def term_spans(text: str, query: str | Query, words: tuple[str, ...] | set[str] = ()) -> list[tuple[int, int]]:
    """Where the query's words, phrases and names occur in an article's text: offsets into the
    original text, ignoring case, accents and apostrophe style. Pass `Page.words` as `words`
    to also mark the names the query's typos resolved to ("harisson" → Harrison)."""
    q = parse(query) if isinstance(query, str) else query
    w, prefixes, phrases = _query_terms(q, set(words))
    return find_spans(text, w, prefixes, phrases)


def _explain(conn, p: _Plan, page: list[tuple[int, float, str | None]]) -> list[Hit]:
    """Hits with reasons and field spans, for the cases of one page."""
    if not page:
        return []
    ids = [cid for cid, _, _ in page]
    marks = ",".join("?" * len(ids))
    rows = {r[0]: r for r in conn.execute(
        "SELECT c.id, c.officer, c.officer_norm, c.force, c.force_id, c.publication, a.title, "
        f"c.article_id FROM cases c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({marks})", ids)}
    words, prefixes, phrases = _query_terms(p.query, p.hit_words)
    speakers: dict[int, set[str]] = {}
    all_speakers = {v for u in p.units for v in u.entities.get("speaker_norm", {})}
    if all_speakers:
        art_ids = sorted({r[7] for r in rows.values()})
        for aid, sp in conn.execute(
                f"SELECT article_id, speaker_norm FROM quotes WHERE article_id IN ({','.join('?' * len(art_ids))}) "
                f"AND speaker_norm IN ({','.join('?' * len(all_speakers))})", art_ids + sorted(all_speakers)):
            speakers.setdefault(aid, set()).add(sp)
    filters = [str(f) for f in p.query.filters]
    hits = []
    for cid, score, text_units in page:
        r = rows.get(cid)
        if r is None:
            continue
        _, officer, officer_norm, force, force_id, publication, title, article_id = r
        shown = {"officer": officer, "force": display_force(force, force_id),
                 "publication": publication, "title": title}
        named: dict[tuple[str, str], bool] = {}      # (column, term) → every unit exact
        texts: list[str] = []
        whole: set[str] = set()
        values = {"officer_norm": officer_norm, "force_id": force_id, "publication": publication,
                  "force_text": force if force_id is None else None}
        for u_i, u in enumerate(p.units):
            for column, found in u.entities.items():
                candidates = speakers.get(article_id, set()) if column == "speaker_norm" else {values.get(column)}
                for value in candidates:
                    if value in found:
                        _, term, how = found[value]
                        named[(column, term)] = named.get((column, term), True) and how == "exact"
                        if column in ("force_id", "force_text"):
                            whole.add("force")
            if text_units and str(u_i) in text_units.split(","):
                texts.append(u.label)
        reasons = [_reason(column, term, exact, shown) for (column, term), exact in named.items()]
        if texts:
            reasons.append("text: " + ", ".join(texts))
        if filters:
            reasons.append("filters: " + " ".join(filters))
        spans: dict[str, tuple[tuple[int, int], ...]] = {}
        for name in HIGHLIGHTED:
            value = shown[name]
            if not value:
                continue
            found_spans = find_spans(value, words, prefixes, phrases)
            if not found_spans and name in whole:
                found_spans = [(0, len(value))]
            if found_spans:
                spans[name] = tuple(found_spans)
        hits.append(Hit(cid, round(score, 4), tuple(reasons), spans))
    return hits


def _reason(column: str, term: str, exact: bool, shown: dict) -> str:
    mark = "=" if exact else "≈"
    if column == "officer_norm":
        return f"officer {mark} {term}"
    if column in ("force_id", "force_text"):
        if shown["force"] and fold_name(term) != fold_name(shown["force"]):
            return f"force {mark} {term} ({shown['force']})"
        return f"force {mark} {term}"
    if column == "speaker_norm":
        return f"quoted speaker {mark} {term}"
    return f"publication {mark} {term}"
