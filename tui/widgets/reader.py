"""The reader: a case's fields and its article, or a whole article, with quotes labelled by
speaker and `n`/`p` stepping from quote to quote. Styles come from component classes, so the
app's theme colours them; every mark also has a non-colour form (a label, italics,
underline, reverse) so NO_COLOR loses nothing."""
from __future__ import annotations

from rich.text import Text
from textual.content import Content

from .article_text import SPEAKER_SLOTS, Rendered, Styles, render_article, render_case
from .text_view import TextView

_SPEAKER_COLOURS = ("$primary", "$secondary", "$success", "$warning", "$error", "$accent")


def _speaker_css() -> str:
    rules = []
    for i, colour in enumerate(_SPEAKER_COLOURS[:SPEAKER_SLOTS]):
        rules.append(f"Reader > .reader--quote-{i} {{ text-style: italic; color: {colour}; }}")
        rules.append(f"Reader > .reader--tag-{i} {{ text-style: bold; background: {colour} 35%; color: $text; }}")
    return "\n".join(rules)


class Reader(TextView):
    COMPONENT_CLASSES = ({"reader--heading", "reader--label", "reader--muted", "reader--evidence",
                          "reader--match", "reader--current"}
                         | {f"reader--quote-{i}" for i in range(SPEAKER_SLOTS)}
                         | {f"reader--tag-{i}" for i in range(SPEAKER_SLOTS)})

    DEFAULT_CSS = """
    Reader > .reader--heading { text-style: bold; color: $text-primary; }
    Reader > .reader--label { text-style: bold; color: $text-secondary; }
    Reader > .reader--muted { color: $text-muted; }
    Reader > .reader--evidence { text-style: bold underline; }
    Reader > .reader--match { text-style: bold reverse; color: $text-warning; }
    Reader > .reader--current { text-style: reverse; }
    """ + _speaker_css()

    def __init__(self, **kw):
        super().__init__(**kw)
        self._source: tuple | None = None      # what is shown: ("case"|"article", objects, terms)
        self._rendered: Rendered | None = None
        self.quote_index: int | None = None
        self.heading = ""                      # the pane's title, before the quote summary

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._render_again())

    # ---------------------------------------------------------------- content

    def _styles(self) -> Styles:
        get = self.get_component_rich_style
        return Styles(
            heading=get("reader--heading", partial=True), label=get("reader--label", partial=True),
            muted=get("reader--muted", partial=True), evidence=get("reader--evidence", partial=True),
            match=get("reader--match", partial=True),
            quote=[get(f"reader--quote-{i}", partial=True) for i in range(SPEAKER_SLOTS)],
            tag=[get(f"reader--tag-{i}", partial=True) for i in range(SPEAKER_SLOTS)])

    def show_case(self, detail, terms=()) -> None:
        self._source = ("case", detail, None, tuple(terms))
        self._render_again(reset=True)

    def show_article(self, article, case=None, terms=()) -> None:
        self._source = ("article", article, case, tuple(terms))
        self._render_again(reset=True)

    def show_message(self, text: Text) -> None:
        self._source = None
        self._rendered = None
        self.quote_index = None
        self._title()
        self.set_text(text)

    def _render_again(self, reset: bool = False) -> None:
        if self._source is None:
            return
        kind, obj, case, terms = self._source
        styles = self._styles()
        if kind == "case":
            self._rendered = render_case(obj, styles, terms)
        else:
            self._rendered = render_article(obj, styles, terms, case=case)
        self.current_style = self.get_component_rich_style("reader--current", partial=True)
        if reset:
            self.quote_index = None
        self._title()
        self.set_text(self._rendered.text, [s for s, _ in self._rendered.quotes], keep_scroll=not reset,
                      indents=self._rendered.indents)

    # ---------------------------------------------------------------- quotes

    @property
    def quote_count(self) -> int:
        return len(self._rendered.quotes) if self._rendered else 0

    def set_heading(self, heading: str) -> None:
        self.heading = heading
        self._title()

    def _title(self) -> None:
        """The border title: the heading, then where `n`/`p` are among the quotes."""
        summary = self._quote_summary() if self._rendered is not None else ""
        # Content, not a str: a str title would be read as markup, and headings are data.
        self.border_title = Content(" · ".join(p for p in (self.heading, summary) if p))

    def _quote_summary(self) -> str:
        n = self.quote_count
        if self.quote_index is None:
            return f"{n} quote{'s' if n != 1 else ''}" + (" · n/p" if n else "")
        who = self._rendered.speakers[self.quote_index]
        return f"quote {self.quote_index + 1} of {n} · {who}"

    def step_quote(self, delta: int) -> bool:
        """Move to the next (delta=1) or previous (-1) quote, wrapping around; False if none."""
        n = self.quote_count
        if not n:
            return False
        if self.quote_index is None:
            self.quote_index = 0 if delta > 0 else n - 1
        else:
            self.quote_index = (self.quote_index + delta) % n
        start, end = self._rendered.quotes[self.quote_index]
        self.show_range(start, end)
        self._title()
        return True
