"""The installed `casebrowser`, in a real terminal (tmux): search, open a case, see a quote, quit.

Runs the `casebrowser` script installed beside this Python (CI installs the project into its
own virtual environment), else `python -m tui` from this checkout. HOME and XDG_DATA_HOME point
at a temp dir, the store is a fixture built here, and the screen is polled — never a fixed
sleep — until what we wait for appears, within a generous timeout.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tui"))

from store_fixture import build  # noqa: E402

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0


def _tmux() -> str:
    tmux = shutil.which("tmux")
    if tmux is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is not installed, and the end-to-end test must run on CI")
        pytest.skip("tmux is not installed")
    return tmux


def _command() -> tuple[list[str], dict[str, str]]:
    here = Path(sys.executable).parent
    script = shutil.which("casebrowser", path=str(here))
    if script:
        return [script], {}
    return [sys.executable, "-m", "tui"], {"PYTHONPATH": str(REPO)}


class Terminal:
    def __init__(self, tmux: str, socket: str, name: str):
        self.tmux, self.socket, self.name = tmux, socket, name

    def run(self, *args: str) -> str:
        return subprocess.run([self.tmux, "-L", self.socket, *args], capture_output=True, text=True,
                              timeout=20).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def wait_for(self, *texts: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if all(t in shown for t in texts):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"never saw {texts!r}; the screen was:\n{shown}")


def test_search_open_a_case_see_a_quote_quit(tmp_path):
    tmux = _tmux()
    store = build(tmp_path / "fixture.db")
    home = tmp_path / "home"
    home.mkdir()
    exit_file = tmp_path / "exit"
    command, extra = _command()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "TERM": "xterm-256color",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **extra}
    inner = " ".join(["env", "-u", "CASEBROWSER_DB", *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
                      *map(shlex.quote, command), "--db", shlex.quote(str(store))])
    shell = f"{inner}; echo EXIT:$? > {shlex.quote(str(exit_file))}"
    socket = f"casebrowser-e2e-{os.getpid()}"
    term = Terminal(tmux, socket, "cb")
    subprocess.run([tmux, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "cb",
                    "-x", "100", "-y", "30", shell], check=True, timeout=20,
                   env={**os.environ, "TERM": "xterm-256color"})
    try:
        term.wait_for("6 of 6 cases", "Officer", "Publication")
        term.keys("/")
        term.keys("tremlet", literal=True)
        term.wait_for("1 of 6 cases", "Owen Tremlett")
        term.keys("Enter")                         # from the search bar to the table
        term.wait_for("Owen Tremlett · 1 quote", "⏎ article")   # the table has the focus
        term.keys("n")                             # the first quote of the case's article
        shown = term.wait_for("Q1 Amara Okafor", "deliberate breach of trust", "quote 1 of 1")
        assert "Traceback" not in shown
        term.keys("Enter")                         # the article on its own screen
        term.wait_for("Cases in this article: 1", "Kent sergeant demoted")
        term.keys("Escape")
        term.wait_for("1 of 6 cases")
        term.keys("q")
        deadline = time.monotonic() + TIMEOUT
        while not exit_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert exit_file.exists(), term.screen()
        assert exit_file.read_text().strip() == "EXIT:0"
    finally:
        subprocess.run([tmux, "-L", socket, "kill-server"], capture_output=True, timeout=20)
