"""The ingest, extract and reextract commands, driven the way a user types them."""
import json
import subprocess
import sys

from click.testing import CliRunner

from store import __version__
from tui.cli import cli

GOOD = ("West Mercia officer dismissed\n\nPC Aled Morgan, 33, of West Mercia Police, was dismissed "
        "after a gross misconduct hearing.\n\n“This conduct has no place in policing,” said Supt Kay Lund.\n")


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_ingest_good_empty_and_binary(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    db = tmp_path / "x.db"
    result = run("ingest", str(d), "--db", str(db))
    assert result.exit_code == 1
    assert "1 added" in result.output and "2 failed" in result.output
    assert "empty.txt" in result.stderr and "image.txt" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    again = run("ingest", str(d), "--db", str(db), "--quiet")
    assert "0 added, 1 unchanged" in again.output


def test_ingest_all_good_exits_zero_and_env_var_picks_the_store(tmp_path):
    f = tmp_path / "good.txt"
    f.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "env.db"
    result = run("ingest", str(f), env={"CASEBROWSER_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_ingest_usage_error_is_exit_two():
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2


def test_ingest_into_a_corrupt_store_says_so(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 200)
    f = tmp_path / "good.txt"
    f.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(f), "--db", str(bad)])
    assert result.exit_code == 1
    assert "bad.db" in result.stderr and "Traceback" not in result.stderr


def test_extract_prints_json_lines_with_spans(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(f))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    rec = records[0]
    assert {"source", "title", "publication", "published", "cases", "quotes", "figures"} <= set(rec)
    case = rec["cases"][0]
    assert (case["officer"], case["force"], case["outcome"]) == ("Aled Morgan", "West Mercia Police", "dismissed")
    assert rec["quotes"][0]["speaker"] == "Kay Lund" and len(rec["quotes"][0]["span"]) == 2


def test_extract_reports_bad_files_but_prints_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "b.json" in result.stderr


def test_reextract(tmp_path):
    f = tmp_path / "good.txt"
    f.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "x.db"
    run("ingest", str(f), "--db", str(db))
    result = run("reextract", "--db", str(db), "--all")
    assert result.exit_code == 0 and "1 articles re-extracted" in result.output


def test_non_tui_commands_do_not_import_textual():
    code = "import sys, tui.cli; sys.exit(1 if 'textual' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
