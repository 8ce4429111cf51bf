"""The one registry of what a person can do in the app, and the keys that do it.

Every key the app binds is listed here once. The registry feeds:
  - the `BINDINGS` of the app, the screens and the widgets (`bindings(scope)`),
  - the footer (`footer=True` entries are shown there),
  - the help screen (`by_group()`: every entry, grouped),
  - the command palette (`palette=True` entries, run by their action string).

Each entry has an id (`casebrowser.<name>`), so a user keymap (`App.set_keymap`) can rebind it.
`scope` says where the binding lives: "app" (everywhere), "cases" (the main screen),
"table" (the case table when focused), "search" (the search bar), "reader" (the text views),
"article" (the article screen), "help" (the help screen).

This module never imports Textual at import time beyond `Binding`, so the registry can be
read cheaply (the help test reads it).
"""
from __future__ import annotations

from dataclasses import dataclass

GROUPS = ("Search", "Cases", "Reading", "Screens", "App")


@dataclass(frozen=True)
class Action:
    id: str
    keys: str                    # Textual key names, comma-separated ("question_mark,f1")
    action: str                  # the Textual action string the keys run
    description: str             # short: the footer's label
    help: str                    # one line for the help screen and the command palette
    group: str                   # one of GROUPS
    scope: str                   # see the module docstring
    footer: bool = False
    palette: bool = False        # offered in the command palette
    priority: bool = False
    display: str | None = None   # how help and the footer show the keys, when not derivable
    footer_key: str | None = None     # how the footer shows the key(s), e.g. "n/p" for a pair
    title: str = ""              # the command palette's name for it (default: the description)

    @property
    def key_list(self) -> tuple[str, ...]:
        return tuple(k.strip() for k in self.keys.split(",") if k.strip())


_KEY_NAMES = {"question_mark": "?", "slash": "/", "escape": "esc", "enter": "enter",
              "pageup": "pgup", "pagedown": "pgdn", "up": "↑", "down": "↓", "left": "←",
              "right": "→", "home": "home", "end": "end", "tab": "tab", "shift+tab": "shift+tab",
              "space": "space", "backspace": "backspace", "ctrl+p": "ctrl+p", "ctrl+q": "ctrl+q",
              "f1": "f1"}


def key_display(key: str) -> str:
    """How one Textual key name is shown to a person ("question_mark" → "?", "S" → "S")."""
    return _KEY_NAMES.get(key, key)


def keys_display(a: Action) -> str:
    return a.display or " ".join(key_display(k) for k in a.key_list)


ACTIONS: tuple[Action, ...] = (
    # ------------------------------------------------------------------ search
    # Keys that move the focus are priority bindings: they act as the app reads them, so the
    # keys typed right after them (a fast typist, a terminal delivering a burst) go to the
    # widget that now has the focus, not to the one that had it.
    Action("casebrowser.search", "slash", "focus_search", "search",
           "Type a query: names (typos forgiven), forces, words, filters", "Search", "cases",
           footer=True, palette=True, title="Search", priority=True),
    Action("casebrowser.clear-search", "escape", "clear_search", "clear",
           "In the search bar: clear it; when it is empty, go to the table", "Search", "search",
           priority=True),
    Action("casebrowser.clear-query", "escape", "clear_search", "clear",
           "Clear the search and show every case", "Search", "cases", palette=True,
           title="Clear the search"),
    Action("casebrowser.leave-search", "down,enter", "leave_search", "to table",
           "Go from the search bar to the table", "Search", "search", priority=True),
    # ------------------------------------------------------------------ cases
    Action("casebrowser.sort", "s", "sort_next", "sort",
           "Sort by the next column (or click a column's header)", "Cases", "cases",
           footer=True, palette=True, title="Sort by the next column"),
    Action("casebrowser.reverse", "S", "sort_reverse", "reverse",
           "Reverse the sort order (or click the sorted column's header)", "Cases", "cases",
           palette=True, title="Reverse the sort order"),
    Action("casebrowser.open", "enter", "open_article", "article",
           "Open the case's article on its own screen, with the other cases it reports",
           "Cases", "table", footer=True, palette=True, title="Open the article"),
    Action("casebrowser.cursor-down", "down,j", "cursor_down", "down", "Next case", "Cases", "table"),
    Action("casebrowser.cursor-up", "up,k", "cursor_up", "up", "Previous case", "Cases", "table"),
    Action("casebrowser.page-down", "pagedown", "page_down", "page down", "A page of cases down",
           "Cases", "table"),
    Action("casebrowser.page-up", "pageup", "page_up", "page up", "A page of cases up", "Cases", "table"),
    Action("casebrowser.first", "home,g", "first", "first", "The first case", "Cases", "table"),
    Action("casebrowser.last", "end,G", "last", "last", "The last case", "Cases", "table"),
    Action("casebrowser.focus-next", "tab", "app.focus_next", "next pane",
           "Move between the search bar, the table and the case's text", "Cases", "cases"),
    Action("casebrowser.focus-previous", "shift+tab", "app.focus_previous", "previous pane",
           "Move back between the panes", "Cases", "cases"),
    # ------------------------------------------------------------------ reading
    Action("casebrowser.next-quote", "n", "next_quote", "quotes", "Jump to the next quote",
           "Reading", "cases", footer=True, palette=True, footer_key="n/p", title="Next quote"),
    Action("casebrowser.previous-quote", "p", "previous_quote", "previous",
           "Jump to the previous quote", "Reading", "cases", palette=True, title="Previous quote"),
    Action("casebrowser.article-next-quote", "n", "next_quote", "quotes", "Jump to the next quote",
           "Reading", "article", footer=True, footer_key="n/p"),
    Action("casebrowser.article-previous-quote", "p", "previous_quote", "previous",
           "Jump to the previous quote", "Reading", "article"),
    Action("casebrowser.scroll-down", "down,j", "scroll_down", "scroll down",
           "Scroll the text down a line", "Reading", "reader"),
    Action("casebrowser.scroll-up", "up,k", "scroll_up", "scroll up", "Scroll the text up a line",
           "Reading", "reader"),
    Action("casebrowser.text-page-down", "pagedown,space", "page_down", "page down",
           "Scroll the text down a page", "Reading", "reader"),
    Action("casebrowser.text-page-up", "pageup,b", "page_up", "page up", "Scroll the text up a page",
           "Reading", "reader"),
    Action("casebrowser.text-top", "home,g", "scroll_home", "top", "The top of the text",
           "Reading", "reader"),
    Action("casebrowser.text-bottom", "end,G", "scroll_end", "bottom", "The end of the text",
           "Reading", "reader"),
    # ------------------------------------------------------------------ screens
    Action("casebrowser.back", "escape,backspace", "back", "back", "Back to the list of cases",
           "Screens", "article", footer=True),
    Action("casebrowser.open-sibling", "enter", "select", "show case",
           "In the article's list of cases: mark that case's evidence (moving there does too)",
           "Screens", "siblings"),
    Action("casebrowser.close-help", "escape,question_mark,f1", "close", "close",
           "Close the help", "Screens", "help", footer=True),
    # ------------------------------------------------------------------ app
    Action("casebrowser.help", "question_mark,f1", "app.help", "help",
           "Every key, and the query language", "App", "app", footer=True, palette=True,
           title="Help: keys and the query language"),
    Action("casebrowser.palette", "ctrl+p", "app.command_palette", "commands",
           "Commands: jump to an officer, a force or a screen; sort; themes",
           "App", "app", priority=True),
    Action("casebrowser.quit", "q", "app.quit", "quit", "Quit", "App", "app", footer=True),
    Action("casebrowser.force-quit", "ctrl+q", "app.quit", "quit",
           "Quit, even from the search bar (ctrl+c copies)", "App", "app", priority=True),
)

_BY_ID = {a.id: a for a in ACTIONS}


def get(action_id: str) -> Action:
    return _BY_ID[action_id]


def in_scope(scope: str) -> list[Action]:
    return [a for a in ACTIONS if a.scope == scope]


def bindings(scope: str) -> list:
    """The Textual bindings of one scope, built from the registry."""
    from textual.binding import Binding

    out = []
    for a in in_scope(scope):
        action = a.action.split(".", 1)[-1] if a.action.startswith("app.") and scope == "app" else a.action
        out.append(Binding(a.keys, action, a.description, show=a.footer, priority=a.priority,
                           id=a.id, tooltip=a.help, key_display=a.footer_key or a.display))
    return out


def by_group() -> list[tuple[str, list[Action]]]:
    """Every entry, grouped, in GROUPS order; an action bound in two scopes with the same keys
    (next quote on the main and the article screen) is listed once."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, list[Action]]] = []
    for group in GROUPS:
        items = []
        for a in ACTIONS:
            if a.group != group or (a.keys, a.help) in seen:
                continue
            seen.add((a.keys, a.help))
            items.append(a)
        out.append((group, items))
    return out


def palette_entries() -> list[Action]:
    return [a for a in ACTIONS if a.palette]
