import sqlite3

import pytest

from store import db
from store.errors import StoreCorrupt, StoreMissing, StoreTooNew
from store.schema import SCHEMA_VERSION


def test_new_store_has_schema_and_version(db_path):
    conn = db.connect(db_path)
    assert db.get_meta(conn, "schema_version") == str(SCHEMA_VERSION) == "1"
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    for t in ("articles", "cases", "quotes", "figures", "officers", "notes", "tags",
              "corrections", "meta", "articles_fts", "cases_fts", "quotes_fts", "notes_fts"):
        assert t in tables
    cols = {r[1] for r in conn.execute("pragma table_info(cases)")}
    for c in ("key", "officer", "rank", "role", "force", "allegations", "categories", "standards",
              "finding", "outcome", "resigned", "barred", "hearing_date", "chair", "investigator",
              "evidence", "confidence", "review_state"):
        assert c in cols


def test_reopening_does_not_migrate_again(db_path):
    db.connect(db_path).close()
    conn = db.connect(db_path)
    assert db.schema_version(conn) == SCHEMA_VERSION


def test_fts_triggers_follow_the_table(db_path):
    conn = db.connect(db_path)
    conn.execute("insert into articles(hash, source, format, text, ingested_at) "
                 "values ('h', 's', 'txt', 'Deniz Uğur spoke to O’Neill', 'now')")
    hit = conn.execute("select rowid from articles_fts where articles_fts match 'ugur'").fetchall()
    assert len(hit) == 1
    conn.execute("update articles set text = 'nothing here' where hash = 'h'")
    assert conn.execute("select rowid from articles_fts where articles_fts match 'ugur'").fetchall() == []
    conn.execute("delete from articles")
    assert conn.execute("select count(*) from articles_fts where articles_fts match 'nothing'").fetchone()[0] == 0


def test_missing_store_readonly(tmp_path):
    with pytest.raises(StoreMissing):
        db.connect(tmp_path / "nope.db", readonly=True)


def test_not_a_database(tmp_path):
    p = tmp_path / "bad.db"
    p.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreCorrupt) as e:
        db.connect(p)
    assert "bad.db" in str(e.value)


def test_foreign_sqlite_file(tmp_path):
    p = tmp_path / "other.db"
    c = sqlite3.connect(p)
    c.execute("create table x(y)")
    c.commit()
    c.close()
    with pytest.raises(StoreCorrupt):
        db.connect(p)


def test_too_new(db_path):
    conn = db.connect(db_path)
    db.set_meta(conn, "schema_version", str(SCHEMA_VERSION + 1))
    conn.close()
    with pytest.raises(StoreTooNew) as e:
        db.connect(db_path, readonly=True)
    assert "newer casebrowser" in str(e.value)


def test_transaction_rolls_back(db_path):
    conn = db.connect(db_path)
    with pytest.raises(RuntimeError):
        with db.transaction(conn):
            conn.execute("insert into tags(case_key, tag, created_at) values ('k', 't', 'now')")
            raise RuntimeError
    assert conn.execute("select count(*) from tags").fetchone()[0] == 0
