"""`casebrowser show`: a case and its article as plain text, quotes marked."""
import json

import pytest
from click.testing import CliRunner
from search_fixture import build_store, case_store, key_of  # noqa: F401 (fixture)

from store import db
from tui.cli import cli
from tui.commands.show import mark_quotes


@pytest.fixture
def store(case_store):
    return str(case_store)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _id(store, officer):
    return db.connect(store, readonly=True).execute(
        "SELECT id FROM cases WHERE officer = ?", (officer,)).fetchone()[0]


def test_show_prints_fields_article_and_marked_quotes(store):
    result = run("show", _id(store, "Michael Harrison"), "--db", store)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"Case {_id(store, 'Michael Harrison')}   key ")
    for line in ["Officer:      Michael Harrison", "Rank:         Police Constable",
                 "Force:        West Mercia Police", "Finding:      Gross misconduct",
                 "Outcome:      Dismissed", "Barred:       yes", "Standards:    Honesty and integrity",
                 "Article 1: West Mercia officer dismissed for gross misconduct",
                 "Midland Courier · 2021-03-04", "https://courier.example/harrison",
                 "  [Q1] Simon Lockwood (chair): “He let down the public he served”  ← this case"]:
        assert line in out.splitlines(), line
    assert "“[Q1: He let down the public he served],” said panel chair Simon Lockwood." in out
    assert "\x1b" not in out


def test_show_by_key_and_prefix_and_siblings(store):
    key = key_of("ravi-patel", "Officers face hearing")
    by_key = run("show", key, "--db", store).stdout
    assert "Officer:      Ravi Patel" in by_key
    assert "Also in this article: case " in by_key and "(not named)" in by_key
    assert run("show", key[:20], "--db", store).stdout == by_key


def test_show_unnamed_case_with_accented_speaker(store):
    key = key_of("unnamed-officer-0", "Watchdog finds no case to answer in Kent")
    out = run("show", key, "--db", store).stdout
    assert "Officer:      (not named)" in out
    assert "[Q1] Deniz Uğur (spokesperson): “We looked at every piece of footage”" in out


def test_show_json(store):
    result = run("show", _id(store, "Michael Harrison"), "--db", store, "--json")
    d = json.loads(result.stdout)
    assert d["officer"] == "Michael Harrison" and d["barred"] is True
    s, e = d["evidence"]["officer"][0]
    assert d["article"]["text"][s:e] == "Michael Harrison"
    assert d["article"]["quotes"][0]["speaker"] == "Simon Lockwood"


@pytest.mark.parametrize("ref, message", [("4242", "no case 4242"), ("zzzz", "no case with id or key 'zzzz'")])
def test_show_unknown_case_is_one_line(store, ref, message):
    result = run("show", ref, "--db", store)
    assert result.exit_code == 1
    assert result.stderr == f"casebrowser: {message} in this store\n"


def test_show_ambiguous_prefix_lists_candidates(store):
    prefix = key_of("ravi-patel", "Officers face hearing").split(":")[0]
    result = run("show", prefix, "--db", store)
    assert result.exit_code == 1 and "matches several cases" in result.stderr
    assert ":ravi-patel" in result.stderr and ":unnamed-group-0" in result.stderr


def test_show_sample_case_says_it_is_fiction(tmp_path):
    path = build_store(tmp_path / "sample.db", is_sample=True)
    out = run("show", "1", "--db", path).stdout
    assert out.startswith("SAMPLE STORE — fictional articles")


def test_mark_quotes_skips_overlaps_and_bad_spans():
    from store.browse import QuoteRow
    from store.model import Span

    def q(s, e):
        return QuoteRow(0, 0, "", Span(s, e), None, None, None, None, None)
    text = "abcdefghij"
    assert mark_quotes(text, [q(2, 4), q(3, 6), q(8, 30)]) == "ab[Q1: cd]efghij"
    assert mark_quotes(text, [q(6, 8), q(0, 2)]) == "[Q2: ab]cdef[Q1: gh]ij"
