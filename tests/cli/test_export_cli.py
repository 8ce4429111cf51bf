"""`casebrowser export`: formats, files, filters, injection-safe CSV."""
import csv
import io
import json

import pytest
from click.testing import CliRunner
from search_fixture import build_store, case_store  # noqa: F401 (fixture)

from tui.cli import cli


@pytest.fixture
def store(case_store):
    return str(case_store)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_csv_to_stdout_by_default(store):
    result = run("export", "--db", store)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 11
    assert result.stderr == "exported 11 cases (csv)\n"


def test_same_filters_as_search(store):
    search = json.loads(run("search", "force:kent", "--db", store, "--json").stdout)
    exported = json.loads(run("export", "force:kent", "--format", "json", "--db", store).stdout)
    assert [e["case_id"] for e in exported] == [s["case_id"] for s in search]
    words = json.loads(run("export", "micheal", "harisson", "-f", "json", "--db", store).stdout)
    assert [w["officer"] for w in words] == ["Michael Harrison", "Jane Doyle"]


@pytest.mark.parametrize("name, check", [
    ("out.csv", lambda t: list(csv.DictReader(io.StringIO(t)))[0]["case_id"].isdigit()),
    ("out.json", lambda t: isinstance(json.loads(t), list)),
    ("out.jsonl", lambda t: all(json.loads(line) for line in t.splitlines())),
    ("out.md", lambda t: t.startswith("# Cases") and "## Sources" in t),
])
def test_format_follows_the_file_suffix(store, tmp_path, name, check):
    out = tmp_path / name
    result = run("export", "police", "--db", store, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and f"to {out}" in result.stderr
    assert check(out.read_text(encoding="utf-8"))


def test_csv_cells_cannot_become_formulas(store, tmp_path):
    out = tmp_path / "x.csv"
    run("export", "force:west-midlands", "--db", store, "-o", out)
    cells = [c for row in csv.reader(out.open(encoding="utf-8", newline="")) for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(1+1)" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]


def test_bad_query_and_unwritable_output(store, tmp_path):
    result = run("export", "year:2022..2020", "--db", store)
    assert result.exit_code == 2 and "runs backwards" in result.stderr
    result = run("export", "--db", store, "-o", tmp_path / "no" / "such" / "dir.csv")
    assert result.exit_code == 1 and result.stderr.startswith("casebrowser: cannot write ")


def test_refuses_to_overwrite_the_store(store):
    result = run("export", "--db", store, "-o", store)
    assert result.exit_code == 1 and "is the store itself" in result.stderr


def test_sample_store_export_says_so(tmp_path):
    path = build_store(tmp_path / "sample.db", is_sample=True)
    md = run("export", "-f", "md", "--db", path).stdout
    assert "> **Sample data.**" in md
