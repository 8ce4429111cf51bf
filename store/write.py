"""The one way rows get into the store: an article and its extraction, in one transaction.

Ingest, re-extraction, the benchmark's fast path and test fixtures all write through here, so
the rules live in one place: case keys from `store.identity`, folded `*_norm` columns for
search, the case date falling back to the publication date, and user corrections re-applied
over a fresh extraction (user data is keyed by case key and never deleted here).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from . import reference
from .db import now
from .identity import case_key
from .model import Case, Document, Extraction, Figure, Quote
from .text import fold_name

# Columns a user correction may override; review_state is user data kept in `corrections` too.
CORRECTABLE = ("officer", "rank", "role", "force", "finding", "outcome", "allegations",
               "hearing_date", "date", "chair", "investigator", "review_state")


@dataclass(frozen=True)
class Written:
    article_id: int
    cases: int
    quotes: int
    figures: int


def surname(name: str | None) -> str | None:
    words = fold_name(name).split()
    return words[-1] if words else None


def year_of(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _severity() -> dict[str, int | None]:
    return {o["id"]: o.get("severity") for o in reference.outcomes()}


def case_row(case: Case, *, article_id: int, article_hash: str, ordinal: int,
             published: str | None, publication: str | None, version: str) -> dict:
    evidence: dict[str, list[list[int]]] = {}
    for e in case.evidence:
        evidence.setdefault(e.field, []).append(e.span.as_list())
    date = case.date or case.hearing_date or published
    return {
        "key": case_key(article_hash, case.slug),
        "article_id": article_id,
        "ordinal": ordinal,
        "officer": case.officer,
        "officer_norm": fold_name(case.officer) or None,
        "surname_norm": surname(case.officer),
        "rank": case.rank,
        "role": case.role,
        "age": case.age,
        "force": case.force,
        "force_id": case.force_id,
        "finding": case.finding,
        "outcome": case.outcome,
        "outcome_severity": _severity().get(case.outcome or ""),
        "standards": json.dumps(list(case.standards)),
        "allegations": case.allegations,
        "categories": json.dumps(list(case.categories)),
        "resigned": _flag(case.resigned),
        "left_force": _flag(case.left_force),
        "barred": _flag(case.barred),
        "hearing_date": case.hearing_date,
        "date": date,
        "year": year_of(date),
        "publication": publication,
        "chair": case.chair,
        "investigator": case.investigator,
        "evidence": json.dumps(evidence, separators=(",", ":")),
        "confidence": json.dumps(dict(case.confidence), separators=(",", ":")),
        "extractor_version": version,
    }


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values())).lastrowid


def article_row(doc: Document, *, is_sample: bool, version: str, stamp: str) -> dict:
    return {
        "hash": doc.hash, "source": doc.source, "format": doc.format, "title": doc.title,
        "publication": doc.publication, "byline": doc.byline, "published": doc.published,
        "url": doc.url, "text": doc.text, "raw_size": doc.raw_size, "is_sample": int(is_sample),
        "extractor_version": version, "ingested_at": stamp, "extracted_at": stamp,
    }


def quote_row(q: Quote, *, article_id: int, ordinal: int, case_id: int | None, case_key: str | None) -> dict:
    return {
        "article_id": article_id, "case_id": case_id, "case_key": case_key, "ordinal": ordinal,
        "speaker": q.speaker, "speaker_norm": fold_name(q.speaker) or None,
        "speaker_role": q.speaker_role, "text": q.text, "start": q.span.start, "end": q.span.end,
        "speaker_start": q.speaker_span.start if q.speaker_span else None,
        "speaker_end": q.speaker_span.end if q.speaker_span else None,
    }


def figure_row(f: Figure, *, article_id: int, ordinal: int) -> dict:
    return {
        "article_id": article_id, "ordinal": ordinal, "value": f.value, "raw": f.raw,
        "unit": f.unit, "counts": f.counts, "force": f.force,
        "start": f.span.start, "end": f.span.end,
    }


def insert_article(conn: sqlite3.Connection, doc: Document, *, is_sample: bool, version: str) -> int:
    return _insert(conn, "articles", article_row(doc, is_sample=is_sample, version=version, stamp=now()))


def write_extraction(conn: sqlite3.Connection, article_id: int, doc: Document,
                     extraction: Extraction) -> Written:
    """Replace an article's cases, quotes and figures with `extraction`. Call inside a transaction."""
    version = extraction.version
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM figures WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM cases WHERE article_id = ?", (article_id,))
    case_ids: dict[str, tuple[int, str]] = {}
    for ordinal, case in enumerate(extraction.cases):
        row = case_row(case, article_id=article_id, article_hash=doc.hash, ordinal=ordinal,
                       published=doc.published, publication=doc.publication, version=version)
        case_ids[case.slug] = (_insert(conn, "cases", row), row["key"])
    for ordinal, q in enumerate(extraction.quotes):
        cid, ckey = case_ids.get(q.case_slug or "", (None, None))
        _insert(conn, "quotes", quote_row(q, article_id=article_id, ordinal=ordinal, case_id=cid, case_key=ckey))
    for ordinal, f in enumerate(extraction.figures):
        _insert(conn, "figures", figure_row(f, article_id=article_id, ordinal=ordinal))
    conn.execute("UPDATE articles SET extractor_version = ?, extracted_at = ? WHERE id = ?",
                 (version, now(), article_id))
    apply_corrections(conn, [k for _, k in case_ids.values()])
    return Written(article_id, len(extraction.cases), len(extraction.quotes), len(extraction.figures))


def write_article(conn: sqlite3.Connection, doc: Document, extraction: Extraction, *,
                  is_sample: bool = False) -> Written:
    """Insert a new article with its extraction. Call inside a transaction."""
    article_id = insert_article(conn, doc, is_sample=is_sample, version=extraction.version)
    return write_extraction(conn, article_id, doc, extraction)


def apply_corrections(conn: sqlite3.Connection, keys: list[str]) -> None:
    """Re-apply the user's corrections (and review state) to freshly extracted cases."""
    if not keys:
        return
    marks = ",".join("?" for _ in keys)
    rows = conn.execute(f"SELECT case_key, field, value FROM corrections WHERE case_key IN ({marks})",
                        keys).fetchall()
    for key, field, value in rows:
        if field not in CORRECTABLE:
            continue
        extra = ""
        if field == "officer":
            extra = ", officer_norm = :norm, surname_norm = :surname"
        elif field == "date":
            extra = ", year = :year"
        conn.execute(f"UPDATE cases SET {field} = :value{extra} WHERE key = :key",
                     {"value": value, "key": key, "norm": fold_name(value) or None,
                      "surname": surname(value), "year": year_of(value)})
