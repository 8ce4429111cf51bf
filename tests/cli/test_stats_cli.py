"""`casebrowser stats`: counts by force, outcome, finding and year."""
import json

import pytest
from click.testing import CliRunner
from rich.console import Console
from search_fixture import build_store, case_store  # noqa: F401 (fixture)

from store import db
from store.stats import stats
from tui.cli import cli
from tui.commands.stats import render_tables


@pytest.fixture
def store(case_store):
    return str(case_store)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_plain_counts(store):
    result = run("stats", "--db", store)
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert out[0] == "11 cases · (everything)"
    for title in ("By force:", "By outcome:", "By finding:", "By year:"):
        assert title in out
    assert any(line.split() == ["Kent", "Police", "2"] for line in out)
    year = out.index("By year:")
    assert [line.split()[0] for line in out[year + 1:year + 4]] == ["2023", "2022", "2021"]


def test_json_counts_for_a_query(store):
    data = json.loads(run("stats", 'finding:"gross misconduct"', "--json", "--db", store).stdout)
    assert data["total"] == 4 and data["is_sample"] is False
    assert {c["value"]: c["count"] for c in data["outcome"]} == {
        "dismissed": 2, "would_have_been_dismissed": 1, "reduction_in_rank": 1}
    assert set(data) == {"query", "total", "force", "outcome", "finding", "year", "is_sample"}


def test_by_chooses_facets(store):
    data = json.loads(run("stats", "--by", "publication", "--by", "rank", "--json", "--db", store).stdout)
    assert {"publication", "rank"} <= set(data) and "force" not in data
    assert {c["label"]: c["count"] for c in data["publication"]}["Kent Daily"] == 2


def test_bad_query(store):
    result = run("stats", "outcome:sackd", "--db", store)
    assert result.exit_code == 2 and "did you mean outcome:sacked (Dismissed)?" in result.stderr


def test_rich_tables(store):
    console = Console(record=True, width=200, force_terminal=True)
    render_tables(console, stats(db.connect(store, readonly=True), "kent"), sample=True)
    text = console.export_text()
    assert "SAMPLE STORE" in text and "By force" in text and "Kent Police" in text
