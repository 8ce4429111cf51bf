"""store.browse: the read API over a fixture store of fictional cases."""
import pytest
from search_fixture import build_store, case_store, conn, key_of  # noqa: F401 (fixtures)

from store import db
from store.browse import article, case_detail, case_rows, resolve_case, store_info
from store.errors import NotFound
from store.model import Span


def _id(conn, officer):
    return conn.execute("SELECT id FROM cases WHERE officer = ?", (officer,)).fetchone()[0]


def test_case_rows_keep_the_order_given_and_skip_unknown_ids(conn):
    a, b = _id(conn, "Peter Quill"), _id(conn, "Michael Harrison")
    got = case_rows(conn, [b, 99999, a])
    assert [r.officer for r in got] == ["Michael Harrison", "Peter Quill"]
    r = got[0]
    assert (r.rank, r.force, r.force_id, r.outcome, r.finding) == (
        "Police Constable", "West Mercia Police", "west-mercia", "dismissed", "gross_misconduct")
    assert (r.outcome_label, r.finding_label) == ("Dismissed", "Gross misconduct")
    assert r.date == "2021-03-02" and r.publication == "Midland Courier"
    assert r.title == "West Mercia officer dismissed for gross misconduct"
    assert r.source.startswith("fixture/") and r.url == "https://courier.example/harrison"
    assert r.key.endswith(":michael-harrison") and r.is_sample is False
    assert r.published == "2021-03-04"
    assert r.citation() == ("“West Mercia officer dismissed for gross misconduct”, Midland Courier, "
                            "2021-03-04, https://courier.example/harrison")
    assert case_rows(conn, []) == []


def test_case_detail_decodes_every_field(conn):
    d = case_detail(conn, _id(conn, "Michael Harrison"))
    assert d.officer == "Michael Harrison" and d.barred is True and d.resigned is None
    assert d.standards == ("honesty_and_integrity",)
    assert d.standard_labels == ("Honesty and integrity",)
    assert d.categories == ("dishonesty",)
    assert d.hearing_date == "2021-03-02" and d.year == 2021
    assert d.confidence == {"officer": 0.9}
    (span,) = d.evidence["officer"]
    assert isinstance(span, Span) and span.of(d.article.text) == "Michael Harrison"
    assert d.article.title == "West Mercia officer dismissed for gross misconduct"
    assert d.article.publication == "Midland Courier" and d.article.published == "2021-03-04"
    (q,) = d.quotes
    assert q.span.of(d.article.text) == "He let down the public he served"
    assert q.speaker == "Simon Lockwood" and q.speaker_span.of(d.article.text) == "Simon Lockwood"
    assert q.speaker_role == "chair" and q.case_id == d.id
    assert d.own_quotes == d.quotes
    assert d.siblings == () and d.notes == () and d.tags == () and d.corrections == {}
    assert d.outcome_label == "Dismissed" and d.finding_label == "Gross misconduct"


def test_siblings_are_the_other_cases_of_the_article(conn):
    d = case_detail(conn, _id(conn, "Ravi Patel"))
    assert [s.officer for s in d.siblings] == [None]
    assert [c.officer for c in d.article.cases] == [None, "Ravi Patel"]


def test_unnamed_case_and_quote_not_tied_to_a_case(conn):
    key = key_of("unnamed-officer-0", "Watchdog finds no case to answer in Kent")
    d = case_detail(conn, key)
    assert d.officer is None and d.force == "Kent Police"
    assert [q.speaker for q in d.quotes] == ["Deniz Uğur"] and d.own_quotes == ()


def test_force_shown_from_the_reference_when_only_the_id_is_stored(tmp_path):
    path = build_store(tmp_path / "s.db")
    w = db.connect(path)
    w.execute("UPDATE cases SET force = NULL WHERE force_id = 'cumbria'")
    r = db.connect(path, readonly=True)
    cid = _id(r, "Laura Pike")
    assert case_rows(r, [cid])[0].force == "Cumbria Constabulary"
    assert case_detail(r, cid).force == "Cumbria Constabulary"


def test_user_data_is_part_of_the_detail(tmp_path):
    path = build_store(tmp_path / "u.db")
    w = db.connect(path)
    key = w.execute("SELECT key FROM cases WHERE officer = 'Peter Quill'").fetchone()[0]
    w.execute("INSERT INTO notes(case_key, body, created_at) VALUES (?, 'check Bolton', '2024-01-01')", (key,))
    w.execute("INSERT INTO tags(case_key, tag, created_at) VALUES (?, 'rudeness', 'now')", (key,))
    w.execute("INSERT INTO corrections(case_key, field, value, created_at) VALUES (?, 'rank', 'PS', 'now')", (key,))
    d = case_detail(db.connect(path, readonly=True), key)
    assert [n.body for n in d.notes] == ["check Bolton"]
    assert d.tags == ("rudeness",) and d.corrections == {"rank": "PS"}


def test_resolve_case_by_id_key_and_prefix(conn):
    cid = _id(conn, "Michael Harrison")
    key = conn.execute("SELECT key FROM cases WHERE id = ?", (cid,)).fetchone()[0]
    assert resolve_case(conn, cid) == cid
    assert resolve_case(conn, str(cid)) == cid
    assert resolve_case(conn, key) == cid
    assert resolve_case(conn, key[:8]) == cid
    assert resolve_case(conn, key.split(":")[0] + ":mich") == cid


def test_resolve_case_errors_say_what_was_asked(conn):
    with pytest.raises(NotFound, match="no case 4242"):
        resolve_case(conn, 4242)
    with pytest.raises(NotFound, match="no case with id or key 'zzzz'"):
        resolve_case(conn, "zzzz")
    group = key_of("ravi-patel", "Officers face hearing").split(":")[0]
    with pytest.raises(NotFound, match="matches several cases"):
        resolve_case(conn, group)
    with pytest.raises(NotFound):
        resolve_case(conn, "   ")


def test_article(conn):
    aid = conn.execute("SELECT article_id FROM cases WHERE officer = 'Ravi Patel'").fetchone()[0]
    a = article(conn, aid)
    assert a.title == "Officers face hearing" and a.published is None and a.format == "txt"
    assert len(a.cases) == 2 and a.quotes == () and a.figures == ()
    with pytest.raises(NotFound, match="no article 999"):
        article(conn, 999)


def test_store_info(conn, tmp_path):
    info = store_info(conn)
    assert info.counts["cases"] == 11 and info.counts["articles"] == 10 and info.counts["quotes"] == 2
    assert info.is_sample is False and info.schema_version == 1
    assert info.created and info.terms_built_at
    sample = db.connect(build_store(tmp_path / "sample.db", is_sample=True), readonly=True)
    assert store_info(sample).is_sample is True
    assert case_rows(sample, [1])[0].is_sample is True
