"""Counts of the cases any query matches, by force, outcome, finding, year (and a few more).

The same matches as `store.search` (one notion of a match, from `store.search.matching`), grouped
in SQL. Each facet lists its values with a label for people and the count, largest first
(years newest first); an empty value (no force known, undated) is listed as None.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from . import reference
from .filters import REVIEW_LABELS, ROLE_LABELS
from .query import Query, parse
from .search import matching

# facet → (value expression, expression naming a value outside the reference, newest first?)
FACETS = {
    "force": ("c.force_id", "CASE WHEN c.force_id IS NULL THEN c.force END", False),
    "outcome": ("c.outcome", "NULL", False),
    "finding": ("c.finding", "NULL", False),
    "year": ("c.year", "NULL", True),
    "publication": ("c.publication", "NULL", False),
    "rank": ("c.rank", "NULL", False),
    "role": ("c.role", "NULL", False),
    "review": ("c.review_state", "NULL", False),
}
DEFAULT_FACETS = ("force", "outcome", "finding", "year")


@dataclass(frozen=True)
class Count:
    value: str | int | None      # force id, outcome id, year, ... (None: not known)
    label: str                   # for people
    count: int


@dataclass(frozen=True)
class Stats:
    query: Query
    total: int
    facets: dict[str, list[Count]]


def _label(facet: str, value, other) -> str:
    if value is None:
        return other or "(not known)"
    if facet == "force":
        return reference.force_name(value) or str(value)
    if facet == "outcome":
        return reference.outcome_labels().get(value, value)
    if facet == "finding":
        return reference.finding_labels().get(value, value)
    if facet == "role":
        return ROLE_LABELS.get(value, value)
    if facet == "review":
        return REVIEW_LABELS.get(value, value)
    return str(value)


def stats(conn: sqlite3.Connection, query: str | Query = "",
          facets: tuple[str, ...] = DEFAULT_FACETS) -> Stats:
    """Counts by each facet of the cases `query` matches. Raises QueryError like search."""
    q = parse(query) if isinstance(query, str) else query
    unknown = [f for f in facets if f not in FACETS]
    if unknown:
        raise ValueError(f"no facet {unknown[0]!r}; facets are {', '.join(FACETS)}")
    with_sql, source, params = matching(conn, q)
    total = conn.execute(f"{with_sql}SELECT count(*) FROM {source}", params).fetchone()[0]
    out: dict[str, list[Count]] = {}
    for facet in facets:
        value, other, by_value = FACETS[facet]
        # Largest first (years newest first); the not-known group last either way.
        order = f"{value} IS NULL, {value} DESC" if by_value else \
            f"count(*) DESC, {value} IS NULL, {value}, {other}"
        rows = conn.execute(f"{with_sql}SELECT {value}, {other}, count(*) FROM {source} "
                            f"GROUP BY 1, 2 ORDER BY {order}", params).fetchall()
        out[facet] = [Count(v, _label(facet, v, o), n) for v, o, n in rows]
    return Stats(q, total, out)
