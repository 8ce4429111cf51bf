"""The store's schema, as numbered migrations. Version 1 already has every column the design
names; later versions only add. Each migration runs in one transaction.

Rules the schema keeps:
- `*_norm` columns hold `store.text.fold`ed values so search needs no SQL function from Python
  (the file stays readable by the `sqlite3`, `sqlite-utils` and `datasette` tools).
- User data (`notes`, `tags`, `corrections`) refers to cases by their stable `case_key`, never
  by row id, so it survives re-extraction and is kept even when its case disappears.
- FTS5 tables are external-content tables kept in step by triggers.
"""
from __future__ import annotations

TOKENIZE = "unicode61 remove_diacritics 2"
# FTS5 reserves the column name "rank", so cases_fts leaves rank out.


def _fts(table: str, columns: list[str]) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', content_rowid='id', tokenize='{TOKENIZE}');
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
  INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
  INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
"""


V1 = """
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY,
  hash              TEXT NOT NULL UNIQUE,      -- SHA-256 of the raw bytes (or JSONL record)
  source            TEXT NOT NULL,             -- path as ingested; "file.jsonl#3" for a record
  format            TEXT NOT NULL,
  title             TEXT,
  publication       TEXT,
  byline            TEXT,
  published         TEXT,                      -- ISO date
  url               TEXT,
  text              TEXT NOT NULL,             -- every span points into this string
  raw_size          INTEGER,
  is_sample         INTEGER NOT NULL DEFAULT 0,
  extractor_version TEXT,
  ingested_at       TEXT NOT NULL,
  extracted_at      TEXT
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_publication ON articles(publication);

CREATE TABLE officers (                        -- one person across many articles (store.link)
  id          INTEGER PRIMARY KEY,
  key         TEXT UNIQUE,                     -- name + force, never name alone
  name        TEXT NOT NULL,
  name_norm   TEXT NOT NULL,
  force_id    TEXT,
  first_seen  TEXT,
  last_seen   TEXT,
  n_cases     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX officers_name_norm ON officers(name_norm);

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  key               TEXT NOT NULL UNIQUE,      -- store.identity.case_key: survives re-extraction
  article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,          -- order of first report in the article
  officer           TEXT,
  officer_norm      TEXT,
  surname_norm      TEXT,
  rank              TEXT,
  role              TEXT,                      -- officer | special_constable | pcso | staff | group
  age               INTEGER,
  force             TEXT,
  force_id          TEXT,
  finding           TEXT,
  outcome           TEXT,
  outcome_severity  INTEGER,
  standards         TEXT,                      -- JSON list of standard ids
  allegations       TEXT,
  categories        TEXT,                      -- JSON list of category ids
  resigned          INTEGER,
  left_force        INTEGER,
  barred            INTEGER,
  hearing_date      TEXT,
  date              TEXT,                      -- hearing/outcome date, else publication date
  year              INTEGER,
  publication       TEXT,                      -- copied from the article so big lists sort by index
  chair             TEXT,
  investigator      TEXT,
  evidence          TEXT,                      -- JSON {field: [[start, end], ...]} into articles.text
  confidence        TEXT,                      -- JSON {field: 0.0..1.0}
  review_state      TEXT NOT NULL DEFAULT 'unreviewed',  -- unreviewed | verified | corrected | not_a_case
  officer_id        INTEGER REFERENCES officers(id) ON DELETE SET NULL,
  extractor_version TEXT
);
CREATE INDEX cases_article ON cases(article_id);
CREATE INDEX cases_officer_norm ON cases(officer_norm);
CREATE INDEX cases_surname_norm ON cases(surname_norm);
CREATE INDEX cases_force_id ON cases(force_id);
CREATE INDEX cases_outcome ON cases(outcome);
CREATE INDEX cases_finding ON cases(finding);
CREATE INDEX cases_date ON cases(date);
CREATE INDEX cases_year ON cases(year);
CREATE INDEX cases_rank ON cases(rank);
CREATE INDEX cases_publication ON cases(publication);
CREATE INDEX cases_officer_id ON cases(officer_id);

CREATE TABLE quotes (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  case_id       INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  case_key      TEXT,
  ordinal       INTEGER NOT NULL,
  speaker       TEXT,
  speaker_norm  TEXT,
  speaker_role  TEXT,
  text          TEXT NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  speaker_start INTEGER,
  speaker_end   INTEGER
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_case ON quotes(case_id);
CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm);

CREATE TABLE figures (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  value       REAL,
  raw         TEXT,
  unit        TEXT,
  counts      TEXT,
  force       TEXT,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX figures_article ON figures(article_id);

CREATE TABLE terms (                           -- fuzzy-search vocabulary (store.search)
  id    INTEGER PRIMARY KEY,
  kind  TEXT NOT NULL,                         -- officer | surname | force | alias | speaker | publication
  term  TEXT NOT NULL,                         -- as shown
  norm  TEXT NOT NULL,                         -- folded
  ref   TEXT,                                  -- what it points to (force id, officer_norm, ...)
  n     INTEGER NOT NULL DEFAULT 0,
  UNIQUE(kind, norm, ref)
);
CREATE INDEX terms_norm ON terms(norm);

-- User data: keyed by case_key so it survives re-extraction; never deleted with a case.
CREATE TABLE notes (
  id           INTEGER PRIMARY KEY,
  case_key     TEXT,
  article_hash TEXT,
  body         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT
);
CREATE INDEX notes_case_key ON notes(case_key);

CREATE TABLE tags (
  id         INTEGER PRIMARY KEY,
  case_key   TEXT NOT NULL,
  tag        TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE(case_key, tag)
);
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE corrections (                     -- a user's value for a field, over the extractor's
  id         INTEGER PRIMARY KEY,
  case_key   TEXT NOT NULL,
  field      TEXT NOT NULL,                    -- a cases column, or review_state
  value      TEXT,
  original   TEXT,
  note       TEXT,
  created_at TEXT NOT NULL,
  UNIQUE(case_key, field)
);
CREATE INDEX corrections_case_key ON corrections(case_key);
""" + _fts("articles", ["title", "text"]) \
    + _fts("cases", ["officer", "force", "allegations", "chair"]) \
    + _fts("quotes", ["speaker", "text"]) \
    + _fts("notes", ["body"])

# Numbered migrations: index i holds the script that takes a store from version i to i + 1.
MIGRATIONS: list[str] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)
