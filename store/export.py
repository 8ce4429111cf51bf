"""Export the cases any query matches: CSV, JSON, JSON Lines or Markdown, each with citations.

Records stream from SQLite in search order (`store.search.iter_ids`), so an export of the whole
store never holds it in memory. Every record says whether it comes from the bundled fictional
sample (`is_sample`), and a Markdown export of sample cases says so at the top.

CSV cells that a spreadsheet would run as a formula (those beginning with = + - @, a tab or a
carriage return) are prefixed with an apostrophe: article text is untrusted.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import IO, Iterable, Iterator

from . import reference
from .browse import citation, display_force
from .query import Query
from .search import iter_ids

FORMATS = ("csv", "json", "jsonl", "md")
COLUMNS = ("case_id", "key", "officer", "rank", "role", "force", "force_id", "finding",
           "finding_label", "outcome", "outcome_label", "date", "hearing_date", "year", "barred",
           "resigned", "allegations", "standards", "categories", "review_state", "title",
           "publication", "published", "byline", "url", "source", "citation", "is_sample")
_LISTS = ("standards", "categories")
_SQL = """SELECT c.id, c.key, c.officer, c.rank, c.role, c.force, c.force_id, c.finding, c.outcome,
  c.date, c.hearing_date, c.year, c.barred, c.resigned, c.allegations, c.standards, c.categories,
  c.review_state, a.title, a.publication, a.published, a.byline, a.url, a.source, a.is_sample
FROM cases c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({})"""
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    if isinstance(cell, str) and cell.startswith(_FORMULA):
        return "'" + cell
    return cell


def _flag(v) -> bool | None:
    return None if v is None else bool(v)


def _list(text: str | None) -> list[str]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _record(r) -> dict:
    outcome, finding = r[8], r[7]
    return {
        "case_id": r[0], "key": r[1], "officer": r[2], "rank": r[3], "role": r[4],
        "force": display_force(r[5], r[6]), "force_id": r[6], "finding": finding,
        "finding_label": reference.finding_labels().get(finding or "", finding),
        "outcome": outcome, "outcome_label": reference.outcome_labels().get(outcome or "", outcome),
        "date": r[9], "hearing_date": r[10], "year": r[11], "barred": _flag(r[12]),
        "resigned": _flag(r[13]), "allegations": r[14], "standards": _list(r[15]),
        "categories": _list(r[16]), "review_state": r[17], "title": r[18], "publication": r[19],
        "published": r[20], "byline": r[21], "url": r[22], "source": r[23],
        "citation": citation(r[18], r[19], r[20] or r[9], r[22] or r[23]),
        "is_sample": bool(r[24]),
    }


def records(conn: sqlite3.Connection, query: str | Query = "", *, sort: str | None = None,
            descending: bool | None = None, batch: int = 500) -> Iterator[dict]:
    """One dict per matching case (keys: COLUMNS), in search order."""
    ids = iter_ids(conn, query, sort=sort, descending=descending)
    while True:
        chunk = [i for _, i in zip(range(batch), ids)]
        if not chunk:
            return
        found = {r[0]: _record(r) for r in conn.execute(_SQL.format(",".join("?" * len(chunk))), chunk)}
        yield from (found[i] for i in chunk if i in found)


# ------------------------------------------------------------------------------- writers

def write_csv(rows: Iterable[dict], out: IO[str]) -> int:
    w = csv.writer(out)
    w.writerow(COLUMNS)
    n = 0
    for rec in rows:
        cells = []
        for col in COLUMNS:
            v = rec[col]
            if col in _LISTS:
                v = "; ".join(v)
            elif isinstance(v, bool):
                v = "true" if v else "false"
            cells.append("" if v is None else neutralise(v))
        w.writerow(cells)
        n += 1
    return n


def write_json(rows: Iterable[dict], out: IO[str]) -> int:
    """A JSON array, one object per case, written as it streams."""
    n = 0
    out.write("[")
    for rec in rows:
        out.write(("\n  " if n == 0 else ",\n  ") + json.dumps(rec, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in rows:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


_MD_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_[]|#"} | {"<": "&lt;", ">": "&gt;",
                                                                  "\n": " ", "\r": " "})


def md(text) -> str:
    """Text from an article made inert in Markdown: no links, emphasis, HTML or table breaks."""
    return "" if text is None else str(text).translate(_MD_ESCAPE)


def write_markdown(rows: Iterable[dict], out: IO[str], *, query: str = "", sample: bool = False) -> int:
    """A table of cases with numbered citations below it."""
    body = io.StringIO()
    sources: dict[str, int] = {}
    n = 0
    any_sample = sample
    for rec in rows:
        n += 1
        any_sample = any_sample or rec["is_sample"]
        cite = rec["citation"]
        ref = sources.setdefault(cite, len(sources) + 1)
        officer = md(rec["officer"]) if rec["officer"] else "_unnamed_"
        body.write(f"| {n} | {officer} | {md(rec['rank'])} | {md(rec['force'])} | "
                   f"{md(rec['finding_label'])} | {md(rec['outcome_label'])} | {md(rec['date'])} | "
                   f"[{ref}] |\n")
    out.write("# Cases\n\n")
    if query:
        out.write(f"Query: `{query.replace('`', '')}` — {n} case{'s' if n != 1 else ''}\n\n")
    else:
        out.write(f"{n} case{'s' if n != 1 else ''}\n\n")
    if any_sample:
        out.write("> **Sample data.** These cases come from casebrowser's bundled fictional "
                  "articles, not from real reporting.\n\n")
    if n:
        out.write("| # | Officer | Rank | Force | Finding | Outcome | Date | Source |\n")
        out.write("|---|---|---|---|---|---|---|---|\n")
        out.write(body.getvalue())
        out.write("\n## Sources\n\n")
        for cite, ref in sources.items():
            out.write(f"{ref}. {md(cite)}\n")
    return n


def export(conn: sqlite3.Connection, query: str | Query, fmt: str, out: IO[str], *,
           sort: str | None = None, descending: bool | None = None, sample: bool = False) -> int:
    """Write the query's cases to `out` in `fmt` (one of FORMATS); returns how many."""
    rows = records(conn, query, sort=sort, descending=descending)
    if fmt == "csv":
        return write_csv(rows, out)
    if fmt == "json":
        return write_json(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "md":
        text = query if isinstance(query, str) else query.text
        return write_markdown(rows, out, query=text, sample=sample)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
