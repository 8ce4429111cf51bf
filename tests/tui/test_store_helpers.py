"""The read helpers the app added to store.browse: glance (the first screen's facts) and
suggest (the command palette's officers and forces)."""
from __future__ import annotations

from store import db
from store.browse import glance, suggest
from store_fixture import CASES, build_empty


def test_glance(fixture_store, sample_like_store, tmp_path):
    conn = db.connect(fixture_store, readonly=True)
    g = glance(conn)
    assert g.has_articles and g.cases == CASES and not g.is_sample
    conn.close()
    conn = db.connect(sample_like_store, readonly=True)
    assert glance(conn).is_sample
    conn.close()
    conn = db.connect(build_empty(tmp_path / "empty.db"), readonly=True)
    g = glance(conn)
    assert not g.has_articles and g.cases == 0 and not g.is_sample
    conn.close()


def test_suggest_officers_and_forces(fixture_store):
    conn = db.connect(fixture_store, readonly=True)
    try:
        first = suggest(conn, "tremlet")[0]
        assert (first.kind, first.label, first.query, first.count) == (
            "officer", "Owen Tremlett", 'officer:"Owen Tremlett"', 1)
        assert suggest(conn, "owen tremlett")[0].label == "Owen Tremlett"
        assert suggest(conn, "nandakumer")[0].label == "Priya Nandakumar"      # a typo
        forces = [s for s in suggest(conn, "west merc") if s.kind == "force"]
        assert forces and forces[0].label == "West Mercia Police" and forces[0].count == 2
        assert forces[0].query == 'force:"West Mercia Police"'
        # a force the store has no case of is not offered; every typed word must match
        assert not [s for s in suggest(conn, "durham") if s.kind == "force"]
        assert suggest(conn, "tremlett zzzz") == []
        assert suggest(conn, "  ") == []
    finally:
        conn.close()
