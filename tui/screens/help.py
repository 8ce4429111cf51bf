"""The help screen: every key from the action registry, grouped, then the query language.

Built from `tui.actions` and `store.filters.FIELDS`, so it cannot drift from what is bound or
what the parser accepts."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from .. import actions
from ..widgets.bars import TopBar
from ..widgets.text_view import TextView

QUERY_EXAMPLES = (
    ("micheal harisson", "names, forces, speakers and article words; typos are forgiven"),
    ('"exact phrase"', "words in this order, in the article or the case"),
    ("-word  -\"a phrase\"", "leave out cases whose article or case says it"),
    ("force:kent  force:\"the met\"", "a filter: field, colon, value (quote a value with spaces)"),
    ("force:kent,essex", "any of several values"),
    ("-outcome:dismissed", "leave out what a filter matches"),
    ("year:2019..2022  year:2020..", "ranges; date: takes YYYY, YYYY-MM or YYYY-MM-DD"),
)


def help_text() -> tuple[Text, dict[int, int]]:
    """The help, and the hanging indent of each key or example line (so it wraps under its
    description)."""
    from store.filters import FIELDS
    out = Text()
    indents: dict[int, int] = {}
    heading = "bold underline"
    out.append("casebrowser — keys and the query language\n\n", "bold")
    out.append("Every key\n", heading)
    for group, items in actions.by_group():
        if not items:
            continue
        out.append(f"\n{group}\n", "bold")
        for a in items:
            keys = actions.keys_display(a)
            indents[len(out)] = 21
            out.append(f"  {keys:<18}", "bold")
            out.append(f" {a.help}\n")
    out.append("\nThe mouse works too: click a row to select it, double-click to open its article, "
               "click a column's header to sort by it (again to reverse); the wheel scrolls.\n")
    out.append("\nThe query language\n", heading)
    out.append("\nType in the search bar (/); results follow as you type. Free words must all match, "
               "each somewhere: a name, a force, a speaker, a publication or the article's text. "
               "Case, accents and apostrophes are ignored (\"ugur\" finds Uğur, \"o'neill\" finds "
               "O’Neill). Matched characters are highlighted in the table and in the case's text.\n\n")
    for example, meaning in QUERY_EXAMPLES:
        indents[len(out)] = 33
        out.append(f"  {example:<30}", "bold")
        out.append(f" {meaning}\n")
    out.append("\nFilters\n", "bold")
    for name, (what, example) in FIELDS.items():
        indents[len(out)] = 16
        out.append(f"  {name + ':':<13}", "bold")
        out.append(f" {what}\n")
        indents[len(out)] = 21
        out.append(f"  {'':<13} e.g. {example}\n", "dim")
    out.append("\nA query the app cannot understand is shown in red in the status line, saying what is "
               "wrong and what would be right; the last good results stay on screen.\n")
    out.append("\nThe store\n", heading)
    out.append("\nAdd your own articles with  casebrowser ingest PATH  (files or folders: .txt .md "
               ".html .json .jsonl .pdf). casebrowser --sample opens the bundled fictional sample; "
               "casebrowser --db FILE opens another store.\n")
    return out, indents


class HelpScreen(Screen):
    SCOPE = "help"
    BINDINGS = actions.bindings("help")

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        yield TextView(id="help", measure=100)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        cases = self.app.cases_screen
        info = getattr(cases, "info", None)
        self.query_one(TopBar).set_store(self.app.store_path.name, bool(info and info.is_sample))
        view = self.query_one(TextView)
        view.border_title = "Help"
        text, indents = help_text()
        view.set_text(text, indents=indents)
        view.focus()

    def action_close(self) -> None:
        self.app.pop_screen()
