"""store.export and store.stats on the fictional fixture store."""
import csv
import io
import json

import pytest
from search_fixture import build_store, case_store, conn  # noqa: F401 (fixtures)

from store import db
from store.export import COLUMNS, FORMATS, export, md, neutralise, records
from store.search import search
from store.stats import stats


def _export(conn, query, fmt, **kw) -> str:
    out = io.StringIO()
    export(conn, query, fmt, out, **kw)
    return out.getvalue()


def _unneutralise(cell: str) -> str:
    return cell[1:] if cell[:2] in {"'" + c for c in "=+-@\t\r"} else cell


def test_records_follow_search_order(conn):
    for q in ["", "harrison", "force:kent"]:
        assert [r["case_id"] for r in records(conn, q)] == search(conn, q, limit=None).ids
    rec = next(records(conn, "micheal harisson"))
    assert set(rec) == set(COLUMNS)
    assert rec["officer"] == "Michael Harrison" and rec["outcome_label"] == "Dismissed"
    assert rec["standards"] == ["honesty_and_integrity"] and rec["barred"] is True
    assert rec["citation"] == ("“West Mercia officer dismissed for gross misconduct”, Midland Courier, "
                               "2021-03-04, https://courier.example/harrison")
    assert rec["is_sample"] is False


def test_records_stream_in_batches(conn):
    assert [r["case_id"] for r in records(conn, "", batch=3)] == search(conn, "", limit=None).ids


def test_csv_round_trips(conn):
    expected = list(records(conn, ""))
    text = _export(conn, "", "csv")
    got = list(csv.DictReader(io.StringIO(text)))
    assert len(got) == len(expected) == 11
    assert list(got[0]) == list(COLUMNS)
    for g, e in zip(got, expected):
        for col in COLUMNS:
            want = e[col]
            if isinstance(want, list):
                want = "; ".join(want)
            elif isinstance(want, bool):
                want = "true" if want else "false"
            elif want is None:
                want = ""
            assert _unneutralise(g[col]) == str(want), col


def test_csv_neutralises_formula_cells(conn):
    got = {r["officer"]: r for r in csv.DictReader(io.StringIO(_export(conn, "force:west-midlands", "csv")))}
    assert got[""]["allegations"] == "'=cmd|' /C calc'!A0"
    assert got["Ravi Patel"]["allegations"] == "'@SUM(1+1)"
    for row in got.values():
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+44 123", "'+44 123"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("a=b", "a=b"), ("", ""), (3, 3),
])
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


def test_json_round_trips(conn):
    expected = list(records(conn, "police"))
    assert json.loads(_export(conn, "police", "json")) == expected
    assert json.loads(_export(conn, "zzzzqqq", "json")) == []


def test_jsonl_round_trips(conn):
    lines = _export(conn, "force:kent", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == list(records(conn, "force:kent"))


def test_markdown_has_a_table_and_citations(conn):
    text = _export(conn, "force:kent", "md")
    assert text.startswith("# Cases\n\nQuery: `force:kent` — 2 cases\n")
    assert "| 1 | _unnamed_ | " in text and "| Zoë Clarke |" in text
    assert "## Sources" in text
    assert "1. “Watchdog finds no case to answer in Kent”, Kent Daily, 2023-05-05, fixture/" in text
    assert "Sample data" not in text


def test_markdown_escapes_article_text(conn):
    text = _export(conn, "force:west-midlands", "md")
    assert "| 1 | Ravi Patel | Inspector | West Midlands Police |" in text
    assert "| 2 | _unnamed_ |" in text
    assert md("a|b [x](javascript:y) <b>*") == "a\\|b \\[x\\](javascript:y) &lt;b&gt;\\*"


def test_sample_store_exports_say_so(tmp_path):
    conn = db.connect(build_store(tmp_path / "sample.db", is_sample=True), readonly=True)
    assert "> **Sample data.**" in _export(conn, "", "md")
    assert all(r["is_sample"] is True for r in json.loads(_export(conn, "", "json")))
    assert {r["is_sample"] for r in csv.DictReader(io.StringIO(_export(conn, "", "csv")))} == {"true"}


def test_unknown_format(conn):
    assert FORMATS == ("csv", "json", "jsonl", "md")
    with pytest.raises(ValueError, match="unknown export format 'xls'"):
        export(conn, "", "xls", io.StringIO())


# ------------------------------------------------------------------ stats

def test_stats_of_everything(conn):
    s = stats(conn)
    assert s.total == 11
    force = {c.label: c.count for c in s.facets["force"]}
    assert force["Kent Police"] == 2 and force["West Midlands Police"] == 2
    assert force["Phoenix Police Department"] == 1          # a force outside the reference
    assert s.facets["force"][0].count == 2                   # largest first
    outcome = {c.value: c.count for c in s.facets["outcome"]}
    assert outcome["dismissed"] == 2 and outcome["pending"] == 2
    assert {c.value: c.label for c in s.facets["finding"]}["gross_misconduct"] == "Gross misconduct"
    years = [c.value for c in s.facets["year"]]
    assert years == [2023, 2022, 2021, 2020, 2019, 2018, None]
    assert sum(c.count for c in s.facets["year"]) == 11


def test_stats_of_a_query(conn):
    s = stats(conn, 'finding:"gross misconduct"')
    assert s.total == 4
    assert {c.label: c.count for c in s.facets["outcome"]} == {
        "Dismissed": 2, "Would have been dismissed (former officer)": 1, "Reduction in rank": 1}
    s = stats(conn, "harrison", facets=("force", "publication"))
    assert s.total == 3 and set(s.facets) == {"force", "publication"}
    assert stats(conn, "zzzzqqq").facets["force"] == []


def test_stats_unknown_facet(conn):
    with pytest.raises(ValueError, match="no facet 'colour'"):
        stats(conn, "", facets=("colour",))
