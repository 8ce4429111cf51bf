"""The read API: what the TUI, `show`, `export` and `stats` know of a store, as frozen values.

Everything here reads through plain `sqlite3` (a read-only connection is enough) and returns
dataclasses, so the TUI never writes SQL and a value can cross from a worker thread to the UI.
Case fields stored as JSON (standards, categories, evidence, confidence) arrive decoded.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import reference
from .db import counts, get_meta, schema_version
from .errors import NotFound
from .model import Span

# The columns behind a CaseRow, in CaseRow's field order after `id` and `key`.
_ROW_SQL = """SELECT c.id, c.key, c.officer, c.rank, c.role, c.force, c.force_id, c.outcome,
  c.finding, c.date, c.publication, a.title, a.source, a.url, c.article_id, a.is_sample,
  c.review_state, a.published
FROM cases c JOIN articles a ON a.id = c.article_id"""


def display_force(force: str | None, force_id: str | None) -> str | None:
    """The force as a case shows it: as stored, else the reference's name for its id."""
    return force or reference.force_name(force_id)


def citation(title: str | None, publication: str | None, date: str | None, where: str | None) -> str:
    """“Title”, Publication, date, URL-or-source: how a case's article is cited everywhere."""
    parts = [f"“{title}”" if title else None, publication, date, where]
    return ", ".join(p for p in parts if p)


class _Labels:
    """Reference labels for the outcome and finding ids a case holds."""

    outcome: str | None
    finding: str | None

    @property
    def outcome_label(self) -> str | None:
        return reference.outcome_labels().get(self.outcome or "", self.outcome)

    @property
    def finding_label(self) -> str | None:
        return reference.finding_labels().get(self.finding or "", self.finding)


@dataclass(frozen=True)
class CaseRow(_Labels):
    """One line of a case list."""

    id: int
    key: str
    officer: str | None          # None when the article does not name the officer
    rank: str | None
    role: str | None
    force: str | None            # display name (see display_force)
    force_id: str | None
    outcome: str | None          # reference outcome id
    finding: str | None          # reference finding id
    date: str | None             # the case's date (hearing/outcome, else publication)
    publication: str | None
    title: str | None
    source: str
    url: str | None
    article_id: int
    is_sample: bool
    review_state: str = "unreviewed"
    published: str | None = None  # the article's publication date

    def citation(self) -> str:
        return citation(self.title, self.publication, self.published or self.date, self.url or self.source)


def _case_row(r: Sequence) -> CaseRow:
    return CaseRow(id=r[0], key=r[1], officer=r[2], rank=r[3], role=r[4],
                   force=display_force(r[5], r[6]), force_id=r[6], outcome=r[7], finding=r[8],
                   date=r[9], publication=r[10], title=r[11], source=r[12], url=r[13],
                   article_id=r[14], is_sample=bool(r[15]), review_state=r[16] or "unreviewed",
                   published=r[17])


def case_rows(conn: sqlite3.Connection, ids: Iterable[int]) -> list[CaseRow]:
    """Rows for these case ids, in the order given (ids not in the store are skipped)."""
    ids = list(ids)
    found: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"{_ROW_SQL} WHERE c.id IN ({marks})", chunk):
            found[r[0]] = _case_row(r)
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True)
class QuoteRow:
    id: int
    ordinal: int
    text: str
    span: Span                   # into the article's text, between the quotation marks
    speaker: str | None
    speaker_role: str | None
    speaker_span: Span | None
    case_id: int | None
    case_key: str | None


@dataclass(frozen=True)
class FigureRow:
    id: int
    ordinal: int
    value: float | None
    raw: str | None
    unit: str | None
    counts: str | None
    force: str | None
    span: Span


@dataclass(frozen=True)
class NoteRow:
    id: int
    body: str
    created_at: str
    updated_at: str | None


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    hash: str
    source: str
    format: str
    title: str | None
    publication: str | None
    byline: str | None
    published: str | None
    url: str | None
    text: str
    raw_size: int | None
    is_sample: bool
    extractor_version: str | None
    ingested_at: str | None
    extracted_at: str | None
    cases: tuple[CaseRow, ...] = ()
    quotes: tuple[QuoteRow, ...] = ()
    figures: tuple[FigureRow, ...] = ()


@dataclass(frozen=True)
class CaseDetail(_Labels):
    """A case with everything known of it: fields, evidence, its article, the user's data."""

    id: int
    key: str
    ordinal: int
    officer: str | None
    rank: str | None
    role: str | None
    age: int | None
    force: str | None            # display name (see display_force)
    force_id: str | None
    finding: str | None
    outcome: str | None
    outcome_severity: int | None
    standards: tuple[str, ...]
    allegations: str | None
    categories: tuple[str, ...]
    resigned: bool | None
    left_force: bool | None
    barred: bool | None
    hearing_date: str | None
    date: str | None
    year: int | None
    publication: str | None
    chair: str | None
    investigator: str | None
    evidence: dict[str, tuple[Span, ...]]     # field → spans into article.text
    confidence: dict[str, float]
    review_state: str
    officer_id: int | None
    extractor_version: str | None
    article: ArticleDetail
    notes: tuple[NoteRow, ...] = ()
    tags: tuple[str, ...] = ()
    corrections: dict[str, str | None] = field(default_factory=dict)   # field → the user's value

    @property
    def standard_labels(self) -> tuple[str, ...]:
        labels = reference.standard_labels()
        return tuple(labels.get(s, s) for s in self.standards)

    @property
    def quotes(self) -> tuple[QuoteRow, ...]:
        """Every quote in the case's article (see `own_quotes` for the ones tied to this case)."""
        return self.article.quotes

    @property
    def own_quotes(self) -> tuple[QuoteRow, ...]:
        return tuple(q for q in self.article.quotes if q.case_id == self.id)

    @property
    def figures(self) -> tuple[FigureRow, ...]:
        return self.article.figures

    @property
    def siblings(self) -> tuple[CaseRow, ...]:
        """The other cases reported in the same article."""
        return tuple(c for c in self.article.cases if c.id != self.id)

    @property
    def is_sample(self) -> bool:
        return self.article.is_sample


def _flag(v) -> bool | None:
    return None if v is None else bool(v)


def _json(text: str | None, default):
    try:
        value = json.loads(text) if text else default
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def _span(start, end) -> Span | None:
    if start is None or end is None or not 0 <= start <= end:
        return None
    return Span(start, end)


def article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail:
    """An article with its cases, quotes and figures; NotFound when there is no such article."""
    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        raise NotFound(f"no article {article_id} in this store")
    rows = [_case_row(r) for r in conn.execute(f"{_ROW_SQL} WHERE c.article_id = ? ORDER BY c.ordinal",
                                               (article_id,))]
    quotes = tuple(
        QuoteRow(q["id"], q["ordinal"], q["text"], _span(q["start"], q["end"]) or Span(0, 0),
                 q["speaker"], q["speaker_role"], _span(q["speaker_start"], q["speaker_end"]),
                 q["case_id"], q["case_key"])
        for q in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY ordinal", (article_id,)))
    figures = tuple(
        FigureRow(f["id"], f["ordinal"], f["value"], f["raw"], f["unit"], f["counts"], f["force"],
                  _span(f["start"], f["end"]) or Span(0, 0))
        for f in conn.execute("SELECT * FROM figures WHERE article_id = ? ORDER BY ordinal", (article_id,)))
    return ArticleDetail(
        id=a["id"], hash=a["hash"], source=a["source"], format=a["format"], title=a["title"],
        publication=a["publication"], byline=a["byline"], published=a["published"], url=a["url"],
        text=a["text"], raw_size=a["raw_size"], is_sample=bool(a["is_sample"]),
        extractor_version=a["extractor_version"], ingested_at=a["ingested_at"],
        extracted_at=a["extracted_at"], cases=tuple(rows), quotes=quotes, figures=figures)


def case_detail(conn: sqlite3.Connection, ref: int | str) -> CaseDetail:
    """A case by id, key or unique key prefix (see resolve_case), with its article."""
    case_id = resolve_case(conn, ref)
    c = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    art = article(conn, c["article_id"])
    evidence = {f: tuple(s for s in (_span(*p) for p in spans if len(p) == 2) if s)
                for f, spans in _json(c["evidence"], {}).items() if isinstance(spans, list)}
    confidence = {k: float(v) for k, v in _json(c["confidence"], {}).items()
                  if isinstance(v, (int, float))}
    key = c["key"]
    notes = tuple(NoteRow(n["id"], n["body"], n["created_at"], n["updated_at"]) for n in conn.execute(
        "SELECT * FROM notes WHERE case_key = ? ORDER BY created_at, id", (key,)))
    tags = tuple(r[0] for r in conn.execute("SELECT tag FROM tags WHERE case_key = ? ORDER BY tag", (key,)))
    corrections = {r[0]: r[1] for r in conn.execute(
        "SELECT field, value FROM corrections WHERE case_key = ? ORDER BY field", (key,))}
    return CaseDetail(
        id=c["id"], key=key, ordinal=c["ordinal"], officer=c["officer"], rank=c["rank"],
        role=c["role"], age=c["age"], force=display_force(c["force"], c["force_id"]),
        force_id=c["force_id"], finding=c["finding"], outcome=c["outcome"],
        outcome_severity=c["outcome_severity"],
        standards=tuple(str(s) for s in _json(c["standards"], [])), allegations=c["allegations"],
        categories=tuple(str(s) for s in _json(c["categories"], [])),
        resigned=_flag(c["resigned"]), left_force=_flag(c["left_force"]), barred=_flag(c["barred"]),
        hearing_date=c["hearing_date"], date=c["date"], year=c["year"], publication=c["publication"],
        chair=c["chair"], investigator=c["investigator"], evidence=evidence, confidence=confidence,
        review_state=c["review_state"] or "unreviewed", officer_id=c["officer_id"],
        extractor_version=c["extractor_version"], article=art, notes=notes, tags=tags,
        corrections=corrections)


def resolve_case(conn: sqlite3.Connection, ref: int | str) -> int:
    """A case id from an id (int or digits), a full case key, or a unique prefix of a key.

    Raises NotFound naming the reference, or listing the candidates when a prefix is ambiguous."""
    text = str(ref).strip()
    if isinstance(ref, int) or text.isdigit():
        row = conn.execute("SELECT id FROM cases WHERE id = ?", (int(text),)).fetchone()
        if row:
            return row[0]
        if isinstance(ref, int) or len(text) < 6:
            raise NotFound(f"no case {text} in this store")
    if not text:
        raise NotFound("no case named: give a case id or key")
    row = conn.execute("SELECT id FROM cases WHERE key = ?", (text,)).fetchone()
    if row:
        return row[0]
    rows = conn.execute("SELECT id, key FROM cases WHERE key >= ? AND key < ? ORDER BY key LIMIT 6",
                        (text, text + "\U0010ffff")).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise NotFound(f"no case with id or key {text!r} in this store")
    shown = ", ".join(r[1] for r in rows[:5]) + (", …" if len(rows) > 5 else "")
    raise NotFound(f"{text!r} matches several cases ({shown}); give more of the key")


@dataclass(frozen=True)
class StoreInfo:
    path: str
    counts: dict[str, int]
    is_sample: bool              # every article in it is from the bundled fictional sample
    created: str | None
    schema_version: int
    terms_built_at: str | None


def store_info(conn: sqlite3.Connection) -> StoreInfo:
    path = next((file for _, name, file in conn.execute("PRAGMA database_list") if name == "main"), "")
    sample = conn.execute("SELECT EXISTS(SELECT 1 FROM articles WHERE is_sample = 1) "
                          "AND NOT EXISTS(SELECT 1 FROM articles WHERE is_sample = 0)").fetchone()[0]
    return StoreInfo(path=path or ":memory:", counts=counts(conn), is_sample=bool(sample),
                     created=get_meta(conn, "created_at"), schema_version=schema_version(conn),
                     terms_built_at=get_meta(conn, "terms_built_at"))


@dataclass(frozen=True)
class Suggestion:
    """An officer or a force the store knows, for jumping to it (the command palette)."""

    kind: str                    # "officer" or "force"
    label: str                   # as shown: "Michael Harrison", "West Mercia Police"
    query: str                   # a query that finds its cases: officer:"…" or force:"…"
    count: int                   # how many cases it has


def suggest(conn: sqlite3.Connection, text: str, *, limit: int = 20) -> list[Suggestion]:
    """Officers and forces whose names the typed text starts or (with typos) resembles, those
    covering more of the text first, then those with more cases."""
    from .fuzzy import key, pieces
    from .vocab import index_for

    words = [key(p) for p in pieces(text)]
    if not any(words):
        return []
    best: dict[tuple[str, str], tuple[float, Suggestion]] = {}
    for m in index_for(conn).match(words, kinds=("officer", "force", "alias"), prefix_last=True):
        if len(m.covered) < len([w for w in words if w]):
            continue                         # every typed word must find a word of the name
        t = m.term
        if t.kind == "officer":
            kind, label = "officer", t.term
        else:
            kind, label = "force", reference.force_name(t.ref) if t.ref else t.term
            label = label or t.term
        if not t.n:
            continue                         # a reference force with no cases in this store
        quoted = label.replace('"', "")
        query = f'{kind}:"{quoted}"'
        score = sum(h.similarity for h in m.covered.values()) / len(m.covered) + 0.1 * m.coverage
        found = best.get((kind, label))
        if found is None or found[0] < score:
            best[(kind, label)] = (score, Suggestion(kind, label, query, t.n))
    ranked = sorted(best.values(), key=lambda x: (-round(x[0], 3), -x[1].count, x[1].label))
    return [s for _, s in ranked[:limit]]


@dataclass(frozen=True)
class Glance:
    """What the app needs to draw its first screen, cheaply (store_info counts every table)."""

    path: str
    has_articles: bool
    cases: int
    is_sample: bool              # every article in it is from the bundled fictional sample


def glance(conn: sqlite3.Connection) -> Glance:
    path = next((file for _, name, file in conn.execute("PRAGMA database_list") if name == "main"), "")
    has_articles = bool(conn.execute("SELECT EXISTS(SELECT 1 FROM articles)").fetchone()[0])
    # A store with one article of the user's own is not a sample store; that article is found
    # at once, where asking "is there a sample article?" first would scan a big store to the end.
    sample = conn.execute("SELECT CASE WHEN EXISTS(SELECT 1 FROM articles WHERE is_sample = 0) THEN 0 "
                          "ELSE EXISTS(SELECT 1 FROM articles WHERE is_sample = 1) END").fetchone()[0]
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    return Glance(path or ":memory:", has_articles, cases, bool(sample))
