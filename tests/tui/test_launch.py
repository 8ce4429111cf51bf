"""`casebrowser` with no subcommand: which store opens, and one clear line for a store that can't."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_fixture import build, build_empty

from store.paths import default_store, sample_store
from tui.launch import SAMPLE_NOTICE, choose_store, launch

REPO = Path(__file__).resolve().parents[2]


def test_fresh_install_opens_the_sample_store_with_a_notice(capsys):
    assert not default_store().exists()
    path, notice = choose_store(None, False)
    assert path == sample_store() and path.exists()
    assert notice == SAMPLE_NOTICE and "casebrowser ingest PATH" in notice
    assert "Building the sample store" in capsys.readouterr().err
    # the second time it is already built: no build message
    assert choose_store(None, False) == (path, notice)
    assert "Building" not in capsys.readouterr().err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles WHERE is_sample = 0").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 10
    conn.close()


def test_a_default_store_with_no_articles_opens_the_sample(tmp_path):
    default_store().parent.mkdir(parents=True, exist_ok=True)
    build_empty(default_store())
    path, notice = choose_store(None, False)
    assert path == sample_store() and notice == SAMPLE_NOTICE


def test_a_default_store_with_articles_opens_itself():
    default_store().parent.mkdir(parents=True, exist_ok=True)
    build(default_store())
    assert choose_store(None, False) == (default_store(), None)


def test_sample_flag_and_db_flag(tmp_path):
    assert choose_store(None, True) == (sample_store(), None)
    mine = build(tmp_path / "mine.db")
    assert choose_store(str(mine), False) == (mine, None)
    # --db wins over a default store, and an empty --db store opens (the app says it is empty)
    empty = build_empty(tmp_path / "empty.db")
    assert choose_store(str(empty), False) == (empty, None)


def _too_new(path: Path) -> Path:
    build(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make, expect", [
    (lambda p: p, "no store at"),
    (lambda p: (p.write_bytes(b"not sqlite\x00" * 100), p)[1], "not a casebrowser store or is damaged"),
    (lambda p: (p.mkdir(), p)[1], "is a directory"),
    (_too_new, "newer casebrowser"),
])
def test_a_store_that_cannot_open_is_one_line_and_status_1(tmp_path, capsys, make, expect):
    path = make(tmp_path / "store.db")
    assert launch(db=str(path)) == 1
    err = capsys.readouterr().err
    assert err.startswith("casebrowser: ") and expect in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_locked_store_is_one_line(tmp_path, capsys):
    path = build(tmp_path / "locked.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert launch(db=str(path)) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "locked" in err and "Traceback" not in err


def test_the_real_command_reports_a_missing_store_without_a_traceback(tmp_path):
    env = {"PYTHONPATH": str(REPO), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "missing.db")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("casebrowser: no store at") and "Traceback" not in done.stderr
    # and CASEBROWSER_DB is read like --db
    env["CASEBROWSER_DB"] = str(tmp_path / "also-missing.db")
    done = subprocess.run([sys.executable, "-m", "tui"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and "also-missing.db" in done.stderr
