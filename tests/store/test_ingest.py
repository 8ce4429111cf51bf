"""Ingest: every article in one transaction, the same bytes twice change nothing, a bad file
never costs the others, spans slice the stored text, user data survives re-extraction."""
import json

import pytest

from store import db
from store.ingest import ingest, reextract
from store.paths import sample_articles_dir

GOOD = ("Kent officer sacked\n\nPC Ruth Arkwright, 31, of Kent Police, was dismissed without notice "
        "after a misconduct hearing found she had sent offensive messages.\n\n"
        "“There is no place for this in policing,” said Supt Colin Darby.\n")


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def counts(conn):
    return db.counts(conn)


def test_ingest_stores_cases_quotes_and_spans_slice_the_text(db_path, folder):
    conn = db.connect(db_path)
    report = ingest(conn, [folder])
    assert (report.added, report.failed) == (1, 0)
    text = conn.execute("select text from articles").fetchone()[0]
    case = conn.execute("select * from cases").fetchone()
    assert (case["officer"], case["force"], case["outcome"]) == ("Ruth Arkwright", "Kent Police", "dismissed")
    for field, spans in json.loads(case["evidence"]).items():
        for s, e in spans:
            assert 0 <= s < e <= len(text), field
    s, e = json.loads(case["evidence"])["officer"][0]
    assert text[s:e] == "Ruth Arkwright"
    q = conn.execute("select * from quotes").fetchone()
    assert text[q["start"]:q["end"]] == q["text"] == "There is no place for this in policing,"
    assert q["speaker"] == "Colin Darby"


def test_same_bytes_twice_change_nothing(db_path, folder):
    conn = db.connect(db_path)
    ingest(conn, [folder])
    before = counts(conn)
    report = ingest(conn, [folder])
    assert (report.added, report.unchanged, report.reextracted) == (0, 1, 0)
    assert counts(conn) == before


def test_a_bad_file_among_good_ones(db_path, folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 40)
    conn = db.connect(db_path)
    seen = []
    report = ingest(conn, [folder], progress=seen.append)
    assert report.added == 1
    reasons = {f.path.rsplit("/", 1)[-1]: f.reason for f in report.failures}
    assert set(reasons) == {"empty.txt", "blob.txt"}
    assert all(reasons.values())
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1
    assert [p.done for p in seen] == [1, 2, 3] and seen[-1].total == 3


def test_a_crashing_extractor_costs_only_its_article(db_path, folder, monkeypatch):
    (folder / "second.txt").write_text(GOOD.replace("Ruth Arkwright", "Mo Farrant"), encoding="utf-8")
    import store.ingest as ingest_mod
    real = ingest_mod.extract

    def flaky(doc):
        if "Farrant" in doc.text:
            raise RuntimeError("boom")
        return real(doc)
    monkeypatch.setattr(ingest_mod, "extract", flaky)
    conn = db.connect(db_path)
    report = ingest(conn, [folder])
    assert report.added == 1 and report.failed == 1
    assert "boom" in report.failures[0].reason
    # nothing half-written for the failed article
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1


def test_reextract_keeps_user_data(db_path, folder, monkeypatch):
    conn = db.connect(db_path)
    ingest(conn, [folder])
    key = conn.execute("select key from cases").fetchone()[0]
    conn.execute("insert into notes(case_key, body, created_at) values (?, 'follow up', 'now')", (key,))
    conn.execute("insert into tags(case_key, tag, created_at) values (?, 'racism', 'now')", (key,))
    conn.execute("update articles set extractor_version = 'old'")
    report = reextract(conn)
    assert report.reextracted == 1
    assert conn.execute("select key from cases").fetchone()[0] == key
    assert conn.execute("select count(*) from notes").fetchone()[0] == 1
    assert conn.execute("select count(*) from tags").fetchone()[0] == 1
    # and an ingest after an extractor upgrade re-extracts rather than duplicating
    conn.execute("update articles set extractor_version = 'old'")
    again = ingest(conn, [folder])
    assert (again.reextracted, again.added) == (1, 0)
    assert conn.execute("select count(*) from cases").fetchone()[0] == 1


def test_every_sample_article_ingests_and_its_spans_support_their_fields(db_path):
    from store.extract.forces import find_forces
    from store.extract.outcomes import find_outcomes
    conn = db.connect(db_path)
    report = ingest(conn, [sample_articles_dir()])
    assert report.failed == 0 and report.added >= 30
    for case in conn.execute("select c.*, a.text from cases c join articles a on a.id = c.article_id"):
        text = case["text"]
        ev = json.loads(case["evidence"])
        if case["officer"]:
            s, e = ev["officer"][0]
            assert text[s:e] == case["officer"]
        if case["force_id"] and "force" in ev:
            s, e = ev["force"][0]
            written = text[s:e]
            assert any(f.force_id == case["force_id"] for f in find_forces(written)), (written, case["force"])
        if case["outcome"] and "outcome" in ev:
            s, e = ev["outcome"][0]
            found = {o.outcome for o in find_outcomes(text[max(0, s - 60):e + 40])}
            assert case["outcome"] in found or (case["outcome"] == "pending" and "suspended" in found) or \
                (case["outcome"] == "would_have_been_dismissed"), (text[s:e], case["outcome"])
    texts = dict(conn.execute("select id, text from articles").fetchall())
    for q in conn.execute("select * from quotes"):
        assert texts[q["article_id"]][q["start"]:q["end"]] == q["text"] == q["text"].strip()


def test_the_sample_store_names_its_articles_by_where_they_sit_in_the_package(tmp_path):
    from store.sample import build_sample_store, sample_is_current
    path = tmp_path / "sample.db"
    report = build_sample_store(path)
    assert report.failed == 0 and sample_is_current(path)
    conn = db.connect(path, readonly=True)
    sources = [r[0] for r in conn.execute("select source from articles")]
    assert len(sources) == report.added
    # not the absolute install path, which means nothing to a reader and changes per machine
    assert all(s.startswith("sample_data/articles/") for s in sources), sources[:3]
    assert db.get_meta(conn, "is_sample") == "1"
