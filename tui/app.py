"""The casebrowser app: the App, its store connections, and the factory tests and launch use.

    app = make_app(Path("fixture.db"))      # tests: async with app.run_test(size=(80, 24)) as pilot
    app = make_app(sample=True)             # the bundled sample store (launch builds it first)

Connections. The app browses through read-only connections only, opened *per worker run*
in the worker's own thread (`Connections.open`). Thread workers cannot be killed, and a stale
search may still be running when the next keystroke starts a new one; with one connection
each, the UI thread can `interrupt()` exactly the stale query (sqlite3 allows that call from
another thread) without touching the new one, and no connection is ever shared between
threads. Opening costs well under a millisecond; the search vocabulary is cached per store
file by `store.vocab`, not per connection.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from textual.app import App, SystemCommand
from textual.screen import Screen

from . import actions
from .widgets.palette import CasesProvider


class Connections:
    """Read-only connections to one store, one per worker run, each interruptible by group."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._live: dict[str, sqlite3.Connection] = {}
        self._lock = threading.Lock()

    @contextmanager
    def open(self, group: str) -> Iterator[sqlite3.Connection]:
        from store import db
        conn = db.connect(self.path, readonly=True)
        with self._lock:
            self._live[group] = conn
        try:
            yield conn
        finally:
            with self._lock:
                if self._live.get(group) is conn:
                    del self._live[group]
            conn.close()

    def interrupt(self, group: str) -> None:
        """Stop the query a worker of `group` is running (it raises sqlite3 'interrupted')."""
        with self._lock:
            conn = self._live.get(group)
        if conn is not None:
            try:
                conn.interrupt()
            except sqlite3.ProgrammingError:
                pass        # closed in the meantime: nothing to stop


def is_interrupted(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc).lower()


class CaseBrowserApp(App):
    """Browse the cases of one store."""

    CSS_PATH = "app.tcss"
    TITLE = "casebrowser"
    BINDINGS = actions.bindings("app")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (140, "-wide")]
    COMMANDS = App.COMMANDS | {CasesProvider}

    def __init__(self, store: Path, *, notice: str | None = None):
        super().__init__()
        self.store_path = Path(store)
        self.connections = Connections(self.store_path)
        self.notice = notice

    def get_default_screen(self) -> Screen:
        from .screens.cases import CasesScreen
        return CasesScreen()

    def on_mount(self) -> None:
        if self.notice:
            self.notify(self.notice, title="Sample store", timeout=12)

    # ---------------------------------------------------------------- actions

    @property
    def cases_screen(self):
        """The main screen (the bottom of the stack)."""
        return self.screen_stack[0]

    def action_back_to_cases(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def jump_to_query(self, query: str) -> None:
        self.action_back_to_cases()
        self.cases_screen.jump_to_query(query)

    def action_help(self) -> None:
        from .screens.help import HelpScreen
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        scope = getattr(screen, "SCOPE", None)
        for a in actions.palette_entries():
            if a.scope == "app" or a.scope == scope or (a.scope == "table" and scope == "cases"):
                target = a.action
                if a.scope == "table":
                    target = "open_article"      # the screen opens the table's current case
                yield SystemCommand(a.title or a.description.capitalize(), a.help,
                                    partial(self.run_action, target, screen))
        if scope == "cases":
            from .widgets.case_table import COLUMNS
            for key, label, *_ in COLUMNS:
                yield SystemCommand(f"Sort by {label.lower()}", f"Sort the cases by {label.lower()}",
                                    partial(screen.sort_by, key))
            yield SystemCommand("Sort by relevance", "Best matches first (needs words in the query)",
                                partial(screen.sort_by, "relevance"))
        for command in super().get_system_commands(screen):
            if command.title in ("Quit", "Theme", "Screenshot"):
                yield command


def make_app(store: Path | None = None, *, sample: bool = False, notice: str | None = None) -> CaseBrowserApp:
    """The app for a store file: `store`, else the sample store when `sample`, else the user's
    default store. The file is not created or built here (see `tui.launch`)."""
    from store.paths import default_store, sample_store
    path = Path(store) if store is not None else (sample_store() if sample else default_store())
    return CaseBrowserApp(path, notice=notice)
