"""The one-line bars around the table: the title bar (with the SAMPLE marker), the search bar,
and the status line. Text shown here that comes from the store or the user (a file name, a
query) is passed as `Content`/`Text` objects, never as markup."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Input, Static

from .. import actions


class TopBar(Static):
    """casebrowser · the store's name, or the SAMPLE marker and how to use your own articles."""

    DEFAULT_CSS = """
    TopBar { height: 1; background: $panel; color: $text; padding: 0 1; }
    TopBar > .top-bar--title { text-style: bold; }
    TopBar > .top-bar--sample { text-style: bold; background: $warning; color: $text; }
    TopBar > .top-bar--muted { color: $text-muted; }
    """

    COMPONENT_CLASSES = {"top-bar--sample", "top-bar--title", "top-bar--muted"}

    def __init__(self, **kw):
        super().__init__("", markup=False, **kw)
        self._store = ""
        self._sample = False

    def set_store(self, name: str, sample: bool) -> None:
        self._store = name
        self._sample = sample
        self.update(self._text())

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.update(self._text()))

    def on_resize(self) -> None:
        self.update(self._text())

    def _text(self) -> Text:
        title = self.get_component_rich_style("top-bar--title", partial=True)
        muted = self.get_component_rich_style("top-bar--muted", partial=True)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("casebrowser", title)
        if self._sample:
            text.append("  ")
            text.append(" SAMPLE — fictional articles ",
                        self.get_component_rich_style("top-bar--sample", partial=True))
            text.append("  your own: casebrowser ingest PATH", muted)
        elif self._store:
            text.append("  ")
            text.append(self._store, muted)
        return text


class SearchBar(Input):
    """The query box: `/` focuses it, results follow as you type, escape clears it."""

    BINDINGS = actions.bindings("search")

    DEFAULT_CSS = """
    SearchBar, SearchBar:focus {
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    SearchBar:focus { background: $surface-lighten-1; }
    SearchBar.-error { color: $text-error; }
    """

    def __init__(self, **kw):
        super().__init__(placeholder="/ search: a name (typos are fine), a force, words, "
                                     "force:kent   ? help", **kw)

    async def _on_key(self, event) -> None:
        # "?" opens the help from an empty search bar too: no query starts with it.
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()
            self.app.action_help()
            return
        await super()._on_key(event)

    def action_clear_search(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.screen.set_focus(self.screen.query_one("#table"))

    def action_leave_search(self) -> None:
        self.screen.set_focus(self.screen.query_one("#table"))


class StatusLine(Static):
    """N of M cases · the query as understood · the sort; or what is wrong with the query."""

    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    StatusLine.-error { color: $text-error; text-style: bold; }
    """

    def __init__(self, **kw):
        super().__init__("", markup=False, **kw)

    def show(self, text: str | Text, *, error: bool = False) -> None:
        self.set_class(error, "-error")
        self.update(text if isinstance(text, Text) else Text(text, no_wrap=True, overflow="ellipsis"))
