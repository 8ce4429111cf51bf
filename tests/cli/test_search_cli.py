"""`casebrowser search`, run through click's CliRunner against the fictional fixture store."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rich.console import Console
from search_fixture import DONE_WHEN, build_store, case_store  # noqa: F401 (fixture)

from store import db
from store.browse import case_rows
from store.search import search
from tui.cli import cli
from tui.commands.search import render_table


@pytest.fixture
def store(case_store):
    return str(case_store)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("query, field, expected", DONE_WHEN)
def test_done_when_queries_as_json(store, query, field, expected):
    result = run("search", query, "--db", store, "--json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert items[0][field] == expected
    for key in ("case_id", "officer", "force", "outcome", "date", "title", "source", "score"):
        assert key in items[0]
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)


def test_words_may_come_unquoted_and_options_anywhere(store):
    result = run("search", "--json", "micheal", "harisson", "--db", store, "--limit", "1")
    items = json.loads(result.stdout)
    assert len(items) == 1 and items[0]["officer"] == "Michael Harrison"


def test_group_db_option_and_environment(store, monkeypatch):
    assert json.loads(run("--db", store, "search", "GMP", "--json").stdout)[0]["force_id"] == "greater-manchester"
    monkeypatch.setenv("CASEBROWSER_DB", store)
    result = CliRunner().invoke(cli, ["search", "GMP", "--json"])
    assert json.loads(result.stdout)[0]["force_id"] == "greater-manchester"


def test_plain_output_is_tab_separated_with_summary_on_stderr(store):
    result = run("search", "harrison", "--db", store)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["case_id", "officer", "rank"]
    assert [line.split("\t")[1] for line in lines[1:]] == ["Michael Harrison", "Kate Harrisson", "Zoë Clarke"]
    assert "1–3 of 3 cases" in result.stderr
    assert "\x1b" not in result.stdout          # no colour codes in a pipe


def test_limit_offset_and_sort(store):
    first = json.loads(run("search", "--db", store, "--json", "--limit", "2").stdout)
    second = json.loads(run("search", "--db", store, "--json", "--limit", "2", "--offset", "2").stdout)
    assert len(first) == len(second) == 2 and not {i["case_id"] for i in first} & {i["case_id"] for i in second}
    by_officer = json.loads(run("search", "--db", store, "--json", "--sort", "officer", "--limit", "3").stdout)
    assert [i["officer"] for i in by_officer] == ["Aidan O’Neill", "Jane Doyle", "Kate Harrisson"]
    desc = json.loads(run("search", "--db", store, "--json", "--sort", "date", "--asc", "--limit", "1").stdout)
    assert desc[0]["date"] == "2018-02-14"


def test_malformed_query_says_what_is_wrong_with_a_caret(store):
    result = run("search", 'harrison "gross misc', "--db", store)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        'casebrowser: unclosed quote at column 10 — add a closing "',
        '  harrison "gross misc',
        "           ^",
    ]
    result = run("search", "forse:kent", "--db", store)
    assert result.exit_code == 2 and "did you mean force:?" in result.stderr


def test_missing_and_corrupt_stores_are_one_line(tmp_path):
    result = run("search", "x", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "no store at" in result.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    result = run("search", "x", "--db", bad)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "not a casebrowser store or is damaged" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["search", "harrison"], ["show", "1"], ["export", "kent"], ["stats"]])
def test_every_reading_command_opens_the_store_read_only(store, monkeypatch, args):
    import store.db as store_db
    calls = []
    real = store_db.connect

    def spy(path, **kw):
        calls.append(kw)
        return real(path, **kw)

    monkeypatch.setattr(store_db, "connect", spy)
    result = run(*args, "--db", store)
    assert result.exit_code == 0, result.output
    assert calls and all(kw.get("readonly") is True for kw in calls)


def test_rich_table_highlights_matches_and_never_reads_markup(store):
    conn = db.connect(store, readonly=True)
    page = search(conn, "harr")
    console = Console(record=True, width=160, force_terminal=True, color_system="truecolor")
    render_table(console, page, case_rows(conn, page.ids), sample=True)
    text = console.export_text(clear=False)
    assert "SAMPLE STORE" in text and "Michael Harrison" in text and "1–3 of 3 cases" in text
    html = console.export_html(inline_styles=True)
    assert "text-decoration: underline" in html and ">Harr</span>" in html


def test_markup_and_escapes_in_article_text_are_shown_as_text(tmp_path):
    from store.identity import content_hash
    from store.model import Case, Document, Extraction
    from store.write import write_article
    path = tmp_path / "hostile.db"
    conn = db.connect(path)
    title = "[bold red]Officer[/] \x1b[31mred\x1b[0m"
    doc = Document(text=title + "\n\nbody", source="h.txt", hash=content_hash(b"h"), format="txt", title=title)
    with db.transaction(conn):
        write_article(conn, doc, Extraction(cases=(Case(officer="[link=x]Ann[/link] Lee", slug="ann-lee"),)))
    console = Console(record=True, width=160, force_terminal=True)
    page = search(conn, "lee")
    render_table(console, page, case_rows(conn, page.ids), sample=False)
    text = console.export_text()
    assert "[bold red]Officer[/]" in text and "[link=x]Ann[/link] Lee" in text
    assert "\x1b[31m" not in text and "\ufffd[31mred" in text
    plain = run("search", "lee", "--db", path)
    assert "\x1b" not in plain.stdout and "[link=x]Ann[/link] Lee" in plain.stdout


def test_cli_never_imports_textual():
    code = ("import sys, tui.cli; from tui.commands import search, show, export, stats; "
            "print('textual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_search_help_mentions_the_query_language():
    result = run("search", "--help")
    assert result.exit_code == 0 and "micheal harisson" in result.stdout and "--json" in result.stdout
