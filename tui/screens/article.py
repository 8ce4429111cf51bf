"""The article screen: one article in full, every quote labelled, and the cases it reports.

The list on the left (above, when narrow) holds every case of the article, the one opened from
the table first; moving through it marks that case's evidence in the text. Loading a case runs
in a thread worker that posts a message, like the main screen.
"""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from .. import actions
from ..app import is_interrupted
from ..widgets.bars import TopBar
from ..widgets.reader import Reader


class CaseLoaded(Message):
    def __init__(self, seq: int, detail, terms) -> None:
        super().__init__()
        self.seq = seq
        self.detail = detail
        self.terms = terms


class CaseFailed(Message):
    def __init__(self, seq: int, message: str) -> None:
        super().__init__()
        self.seq = seq
        self.message = message


def case_label(c, current: bool) -> Content:
    """One case of the article for the list: officer, rank, force, outcome (plain text)."""
    who = c.officer or f"unnamed {c.role or 'officer'}"
    parts = [p for p in (c.rank, c.force, c.outcome_label) if p]
    return Content.assemble(("▸ " if current else "  ", ""), (who, "bold"),
                            "\n  " + " · ".join(parts) if parts else "")


class SiblingList(OptionList):
    BINDINGS = actions.bindings("siblings")


class ArticleScreen(Screen):
    SCOPE = "article"
    BINDINGS = actions.bindings("article")

    def __init__(self, case_id: int, *, detail=None, query=None, words=(), sample: bool = False):
        super().__init__()
        self.case_id = case_id
        self.detail = detail                # the CaseDetail whose evidence is marked
        self.article = detail.article if detail is not None else None
        self.search_query = query
        self.words = tuple(words)
        self.sample = sample
        self._seq = 0
        self._shown = -1

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Container(id="article-body"):
            yield SiblingList(id="siblings")
            yield Reader(id="article", measure=100)
        yield Footer(compact=True)

    @property
    def reader(self) -> Reader:
        return self.query_one("#article", Reader)

    @property
    def siblings(self) -> SiblingList:
        return self.query_one(SiblingList)

    @property
    def busy(self) -> bool:
        return self._shown != self._seq

    def on_mount(self) -> None:
        self.query_one(TopBar).set_store(self.app.store_path.name, self.sample)
        self.siblings.border_title = "Cases in this article"
        self.reader.set_heading("Article")
        self.reader.focus()
        if self.detail is not None:
            self._show(self.detail, self._terms_now(self.detail))
        else:
            self._load(self.case_id)

    def _terms_now(self, detail):
        from store.search import term_spans
        if self.search_query is None or not self.search_query.has_text:
            return ()
        return tuple(term_spans(detail.article.text, self.search_query, self.words))

    # ---------------------------------------------------------------- loading a case

    def _load(self, case_id: int) -> None:
        self._seq += 1
        self.app.connections.interrupt("article")
        self._load_case(self._seq, case_id, self.search_query, self.words)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _load_case(self, seq: int, case_id: int, query, words) -> None:
        from store.browse import case_detail
        from store.errors import CasebrowserError
        from store.search import term_spans
        try:
            with self.app.connections.open("article") as conn:
                detail = case_detail(conn, case_id)
            terms = term_spans(detail.article.text, query, words) if query is not None and query.has_text else []
        except CasebrowserError as exc:
            self.post_message(CaseFailed(seq, str(exc)))
            return
        except Exception as exc:
            if not is_interrupted(exc):
                self.post_message(CaseFailed(seq, f"this article cannot be shown: {exc}"))
            return
        self.post_message(CaseLoaded(seq, detail, tuple(terms)))

    def on_case_loaded(self, message: CaseLoaded) -> None:
        if message.seq == self._seq:
            self._show(message.detail, message.terms)

    def on_case_failed(self, message: CaseFailed) -> None:
        if message.seq == self._seq:
            self._shown = message.seq
            self.reader.show_message(Text(message.message))

    def _show(self, detail, terms) -> None:
        self._shown = self._seq
        first = self.article is None or self.article.id != detail.article.id
        self.detail = detail
        self.article = detail.article
        self.case_id = detail.id
        self.reader.show_article(detail.article, case=detail, terms=terms)
        others = len(detail.article.cases) - 1
        self.siblings.border_title = (f"Cases in this article: {len(detail.article.cases)}"
                                      + (f" ({others} other{'s' if others != 1 else ''})" if others else ""))
        self.reader.set_heading(detail.article.title or "Article")
        self._fill_list(first)

    def _fill_list(self, move_highlight: bool) -> None:
        siblings = self.siblings
        cases = self.article.cases
        highlighted = next((i for i, c in enumerate(cases) if c.id == self.case_id), 0)
        siblings.clear_options()
        siblings.add_options([Option(case_label(c, c.id == self.case_id), id=str(c.id)) for c in cases])
        with siblings.prevent(OptionList.OptionHighlighted):
            siblings.highlighted = highlighted

    @on(OptionList.OptionSelected, "#siblings")
    @on(OptionList.OptionHighlighted, "#siblings")
    def _sibling_chosen(self, event) -> None:
        if event.option is None or event.option.id is None:
            return
        case_id = int(event.option.id)
        if case_id != self.case_id:
            self._load(case_id)

    # ---------------------------------------------------------------- actions

    def action_next_quote(self) -> None:
        if not self.reader.step_quote(1):
            self.notify("This article has no quotes.", timeout=3)

    def action_previous_quote(self) -> None:
        if not self.reader.step_quote(-1):
            self.notify("This article has no quotes.", timeout=3)

    def action_back(self) -> None:
        self.app.pop_screen()
