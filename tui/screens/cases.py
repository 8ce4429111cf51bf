"""The main screen: search bar, case table, detail pane, status line.

Data flow. Every read of the store runs in a thread worker that opens its own read-only
connection (see `tui.app.Connections`) and posts a message; only the handlers below touch
widgets. A search is tagged with a sequence number when it starts; a result whose number is
not the latest is dropped, and starting a new search interrupts the SQL of the old one. Typing
is debounced (DEBOUNCE seconds); sorting searches at once.
"""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input

from .. import actions
from ..app import is_interrupted
from ..widgets.bars import SearchBar, StatusLine, TopBar
from ..widgets.case_table import PAGE_SIZE, CaseTable, table_row
from ..widgets.reader import Reader

# Seconds of quiet typing before a query runs: long enough to swallow a paste or a burst of
# keys, short enough to stay inside the 0.1 s from keystroke to repaint (people type a key
# every 0.1–0.2 s, so most keystrokes search at once).
DEBOUNCE = 0.025
DETAIL_DELAY = 0.02      # coalesce cursor moves (a held arrow key) before loading a case
SORT_ORDER = ("relevance", "officer", "rank", "force", "outcome", "finding", "date", "publication")


# ---------------------------------------------------------------------------- messages

class StoreFailed(Message):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class SearchDone(Message):
    def __init__(self, seq: int, page, rows) -> None:
        super().__init__()
        self.seq = seq
        self.page = page
        self.rows = rows


class StoreOpened(Message):
    """The store opened: a glance at it (store.browse.Glance), and the first page when it has
    cases, searched in the same worker so the first frame needs one round trip."""

    def __init__(self, info, first: SearchDone | None) -> None:
        super().__init__()
        self.info = info
        self.first = first


class SearchFailed(Message):
    def __init__(self, seq: int, message: str, position: int | None, query_error: bool) -> None:
        super().__init__()
        self.seq = seq
        self.message = message
        self.position = position
        self.query_error = query_error


class PageLoaded(Message):
    """A page of rows for the table, or rows=None when it could not be read."""

    def __init__(self, generation: int, page: int, rows) -> None:
        super().__init__()
        self.generation = generation
        self.page = page
        self.rows = rows


class DetailLoaded(Message):
    def __init__(self, seq: int, detail, terms) -> None:
        super().__init__()
        self.seq = seq
        self.detail = detail
        self.terms = terms


class DetailFailed(Message):
    def __init__(self, seq: int, message: str) -> None:
        super().__init__()
        self.seq = seq
        self.message = message


def _lines(*parts: tuple[str, str] | str) -> list[Text]:
    """Message lines for the table's empty state: plain strings, or (text, style) pairs."""
    out = []
    for p in parts:
        out.append(Text(p[0], style=p[1]) if isinstance(p, tuple) else Text(p))
    return out


class CasesScreen(Screen):
    SCOPE = "cases"
    BINDINGS = actions.bindings("cases")

    def __init__(self) -> None:
        super().__init__()
        self._seq = 0                   # the latest search started
        self._shown_seq = -1            # the search whose results are on screen
        self._sort: str | None = None   # None: search's default (relevance with words, else date)
        self._desc: bool | None = None
        self._page = None               # the Page on screen: query, words, sort
        self._query_of: dict[int, tuple[str, str | None, bool | None]] = {}
        self._debounce: Timer | None = None
        self._detail_timer: Timer | None = None
        self._detail_seq = 0
        self._detail_shown = 0
        self._detail_case: int | None = None
        self.detail = None              # the CaseDetail on screen
        self._pending_step = 0          # n/p pressed while the case was still loading
        self.detail_terms: tuple = ()
        self.info = None                # store.browse.Glance once the store is open
        self.store_error: str | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        yield SearchBar(id="search")
        yield StatusLine(id="status")
        with Container(id="body"):
            yield CaseTable(id="table")
            yield Reader(id="detail")
        yield Footer(compact=True)

    @property
    def table(self) -> CaseTable:
        return self.query_one(CaseTable)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def busy(self) -> bool:
        """Work under way that will change what is shown (tests wait for this to clear)."""
        return bool(self._debounce is not None
                    or (self.info is not None and self._shown_seq != self._seq and self.store_error is None)
                    or self._detail_timer is not None
                    or self._detail_shown != self._detail_seq
                    or (self.info is None and self.store_error is None))

    def on_mount(self) -> None:
        self.status.show("Opening the store…")
        self.reader.set_heading("Case")
        self.table.border_title = "Cases"      # shown when wide (the table has a top border)
        self.table.focus()
        self._seq = 1                   # the first page is searched with the store's opening
        self._query_of = {1: ("", None, None)}
        self._open_store(self._seq)

    # ---------------------------------------------------------------- opening the store

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open_store(self, seq: int) -> None:
        from store.browse import case_rows, glance
        from store.errors import CasebrowserError
        from store.search import search
        first = None
        try:
            with self.app.connections.open("open") as conn:
                info = glance(conn)
                if info.has_articles:
                    page = search(conn, "", limit=PAGE_SIZE)
                    first = SearchDone(seq, page, [table_row(c) for c in case_rows(conn, page.ids)])
        except CasebrowserError as exc:
            self.post_message(StoreFailed(str(exc)))
            return
        except Exception as exc:          # never a traceback: say what happened
            self.post_message(StoreFailed(f"{self.app.store_path}: cannot be read ({exc})"))
            return
        self.post_message(StoreOpened(info, first))

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def _warm_vocabulary(self) -> None:
        """Build the search vocabulary's index now, so the first keystroke does not pay for it."""
        from store.vocab import index_for
        try:
            with self.app.connections.open("warm") as conn:
                index_for(conn)
        except Exception:
            pass          # the first search will build it, or report what is wrong

    def on_store_opened(self, message: StoreOpened) -> None:
        self.info = message.info
        self.refresh_bindings()
        path = self.app.store_path
        self.query_one(TopBar).set_store(path.name, message.info.is_sample)
        if not message.info.has_articles:
            self._show_empty_store()
            return
        if message.first is not None:
            self.on_search_done(message.first)
        if self.search_bar.value:       # typed while the store was opening
            self._start_search()
        self._warm_vocabulary()

    def on_store_failed(self, message: StoreFailed) -> None:
        self.store_error = message.message
        self.status.show(message.message, error=True)
        self.search_bar.disabled = True
        self.table.set_message(_lines(
            ("This store cannot be opened.", "bold"), "", message.message, "",
            "Open another store: casebrowser --db FILE", "Or the sample: casebrowser --sample",
            "Press q to quit."))
        self.reader.show_message(Text.assemble(
            ("This store cannot be opened.\n\n", "bold"), message.message, "\n\n",
            "Open another store:  casebrowser --db FILE\n",
            "Or the sample store:  casebrowser --sample\n\nPress q to quit."))
        self.reader.set_heading("Store error")
        self.refresh_bindings()

    def _show_empty_store(self) -> None:
        path = self.app.store_path
        self._shown_seq = self._seq
        self.status.show(f"0 cases · {path} has no articles yet")
        self.search_bar.disabled = True
        self.table.set_message(_lines(
            ("This store has no articles yet.", "bold"), "",
            "Add your own articles (files or folders):",
            f"  casebrowser ingest PATH --db {path}", "",
            "Or look around the bundled sample of fictional articles:",
            "  casebrowser --sample", "", "Press q to quit, ? for help."))
        self.reader.show_message(Text.assemble(
            ("This store has no articles yet.\n\n", "bold"),
            "casebrowser reads news articles (.txt .md .html .json .jsonl .pdf) into a store of "
            "cases, quotes and figures. To add yours, files or whole folders:\n\n",
            f"  casebrowser ingest PATH --db {path}\n\n",
            "then run casebrowser --db again. To look around first, open the bundled sample of "
            "fictional articles:\n\n  casebrowser --sample\n\nPress q to quit, ? for help."))
        self.refresh_bindings()

    # ---------------------------------------------------------------- searching

    @on(Input.Changed, "#search")
    def _query_typed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self._start_search)

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self.set_focus(self.table)

    def _start_search(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        if self.info is None:
            return
        self._seq += 1
        text = self.search_bar.value
        self._query_of = {self._seq: (text, self._sort, self._desc)}
        self.app.connections.interrupt("search")
        self._search(self._seq, text, self._sort, self._desc)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, seq: int, text: str, sort: str | None, desc: bool | None) -> None:
        from store.browse import case_rows
        from store.errors import CasebrowserError, QueryError
        from store.search import search
        try:
            with self.app.connections.open("search") as conn:
                page = search(conn, text, offset=0, limit=PAGE_SIZE, sort=sort, descending=desc)
                spans = {h.case_id: h.field_spans for h in page.hits}
                rows = [table_row(c, spans.get(c.id)) for c in case_rows(conn, page.ids)]
        except QueryError as exc:
            self.post_message(SearchFailed(seq, str(exc), exc.position, True))
            return
        except CasebrowserError as exc:
            self.post_message(SearchFailed(seq, str(exc), None, False))
            return
        except Exception as exc:
            if not is_interrupted(exc):
                self.post_message(SearchFailed(seq, f"the search failed: {exc}", None, False))
            return
        self.post_message(SearchDone(seq, page, rows))

    def on_search_done(self, message: SearchDone) -> None:
        if message.seq != self._seq:
            return                          # a newer search has started: this one is stale
        page = message.page
        self._page = page
        self._shown_seq = message.seq
        self.search_bar.remove_class("-error")
        self.table.show(message.seq, page.total, message.rows, sort=page.sort,
                        descending=page.descending, message=self._no_results(page))
        self._update_status()
        if not page.total:
            self._detail_case = None
            self.detail = None
            self._detail_shown = self._detail_seq
            self.reader.show_message(Text("No case to show."))
            self.reader.set_heading("Case")

    def _no_results(self, page) -> list[Text]:
        if page.total:
            return []
        lines = _lines(("No cases match this search.", "bold"), "",
                       "Try fewer words, check a filter's value, or press escape to see every case.",
                       "Press ? for the query language.")
        for note in page.notes:
            lines.append(Text(note, style="italic"))
        return lines

    def on_search_failed(self, message: SearchFailed) -> None:
        if message.seq != self._seq:
            return
        self._shown_seq = message.seq
        if message.query_error and message.message.startswith("unclosed quote"):
            # Most likely a phrase still being typed: say what it needs, without the alarm of an error.
            self.search_bar.remove_class("-error")
            self.status.show('Typing a phrase: close it with " to search for it')
        elif message.query_error:
            self.search_bar.add_class("-error")
            self.status.show(f"Query: {message.message}", error=True)
        else:
            self.status.show(message.message, error=True)

    def _update_status(self) -> None:
        page = self._page
        if page is None or self.info is None:
            return
        all_cases = self.info.cases
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{page.total:,} of {all_cases:,} cases", "bold")
        if not page.query.is_empty:
            text.append(" · ")
            text.append(page.query.describe())
        arrow = "↓" if page.descending else "↑"
        text.append(f" · sorted by {page.sort} {arrow}")
        for note in page.notes:
            text.append(" · ")
            text.append(note, "italic")
        self.status.show(text)

    # ---------------------------------------------------------------- paging

    @on(CaseTable.NeedPage)
    def _need_page(self, message: CaseTable.NeedPage) -> None:
        query = self._query_of.get(message.generation)
        if query is None:
            return
        self._load_page(message.generation, message.page, *query)

    @work(thread=True, group="pages", exit_on_error=False)
    def _load_page(self, generation: int, page_no: int, text: str, sort, desc) -> None:
        from store.browse import case_rows
        from store.search import search
        try:
            with self.app.connections.open(f"page-{page_no}") as conn:
                page = search(conn, text, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE, sort=sort,
                              descending=desc)
                spans = {h.case_id: h.field_spans for h in page.hits}
                rows = [table_row(c, spans.get(c.id)) for c in case_rows(conn, page.ids)]
        except Exception:
            rows = None   # the page stays a placeholder; the next move asks again
        self.post_message(PageLoaded(generation, page_no, rows))

    def on_page_loaded(self, message: PageLoaded) -> None:
        if message.rows is None:
            self.table.page_failed(message.generation, message.page)
        else:
            self.table.add_page(message.generation, message.page, message.rows)

    # ---------------------------------------------------------------- the detail pane

    @on(CaseTable.Highlighted)
    def _highlighted(self, message: CaseTable.Highlighted) -> None:
        if message.case_id is None:
            return
        if message.case_id == self._detail_case and self.detail is not None \
                and self._detail_shown == self._detail_seq:
            return
        self._detail_case = message.case_id
        self._detail_seq += 1
        self._pending_step = 0          # steps were for the case the cursor has left
        if self._detail_timer is not None:
            self._detail_timer.stop()
        seq = self._detail_seq
        self._detail_timer = self.set_timer(DETAIL_DELAY, lambda: self._start_detail(seq))

    def _start_detail(self, seq: int) -> None:
        self._detail_timer = None
        if seq != self._detail_seq or self._detail_case is None:
            return
        self.app.connections.interrupt("detail")
        page = self._page
        query = page.query if page is not None else None
        words = page.words if page is not None else ()
        self._load_detail(seq, self._detail_case, query, words)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load_detail(self, seq: int, case_id: int, query, words) -> None:
        from store.browse import case_detail
        from store.errors import CasebrowserError
        from store.search import term_spans
        try:
            with self.app.connections.open("detail") as conn:
                detail = case_detail(conn, case_id)
            terms = term_spans(detail.article.text, query, words) if query is not None and query.has_text else []
        except CasebrowserError as exc:
            self.post_message(DetailFailed(seq, str(exc)))
            return
        except Exception as exc:
            if not is_interrupted(exc):
                self.post_message(DetailFailed(seq, f"this case cannot be shown: {exc}"))
            return
        self.post_message(DetailLoaded(seq, detail, tuple(terms)))

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        if message.seq != self._detail_seq:
            return
        self._detail_shown = message.seq
        self.detail = message.detail
        self.detail_terms = message.terms
        d = message.detail
        self.reader.set_heading(d.officer or f"unnamed {d.role or 'officer'}")
        self.reader.show_case(d, message.terms)
        step, self._pending_step = self._pending_step, 0
        if step:
            self._step(step)

    def on_detail_failed(self, message: DetailFailed) -> None:
        if message.seq != self._detail_seq:
            return
        self._detail_shown = message.seq
        self.detail = None
        self.reader.show_message(Text(message.message))

    # ---------------------------------------------------------------- actions

    def check_action(self, action: str, parameters) -> bool | None:
        """Searching, sorting and quotes need cases: greyed out in the footer without them."""
        if action in ("focus_search", "clear_search", "sort_next", "sort_reverse", "next_quote",
                      "previous_quote", "open_article"):
            return self.info is not None and self.info.has_articles and self.store_error is None
        return True

    # Focus moves at once (Screen.set_focus), not on the next turn of the loop (Widget.focus):
    # "/" is a priority binding, so the keys typed right after it must find the search bar
    # focused when the app reads them.

    def action_focus_search(self) -> None:
        bar = self.search_bar
        if self.focused is bar:
            if bar.value:
                bar.insert_text_at_cursor("/")  # "/" is text inside a query
            # no query starts with "/": pressed in an empty bar (after escape cleared it) it
            # means "search", which is where the focus already is
        elif not bar.disabled:
            self.set_focus(bar)

    def action_clear_search(self) -> None:
        if self.search_bar.value:
            self.search_bar.value = ""
        self.set_focus(self.table)

    def _current_sort(self) -> tuple[str, bool]:
        page = self._page
        if page is None:
            return "date", True
        return page.sort, page.descending

    def sort_by(self, column: str, descending: bool | None = None) -> None:
        self._sort = column
        self._desc = descending
        self._start_search()

    def action_sort_next(self) -> None:
        current, _ = self._current_sort()
        has_text = self._page is not None and self._page.query.has_text
        order = SORT_ORDER if has_text else SORT_ORDER[1:]
        at = order.index(current) if current in order else -1
        self.sort_by(order[(at + 1) % len(order)])

    def action_sort_reverse(self) -> None:
        current, desc = self._current_sort()
        self.sort_by(current, not desc)

    @on(CaseTable.SortRequested)
    def _header_clicked(self, message: CaseTable.SortRequested) -> None:
        current, desc = self._current_sort()
        if message.column == current:
            self.sort_by(current, not desc)
        else:
            self.sort_by(message.column)

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    @property
    def _detail_loading(self) -> bool:
        return self._detail_timer is not None or self._detail_shown != self._detail_seq

    def _step(self, delta: int) -> None:
        if self._detail_loading:
            self._pending_step += delta     # the case on the cursor is on its way: step it then
            return
        if not self.reader.step_quote(delta):
            self.notify("This article has no quotes." if self.detail else "No case is open.",
                        timeout=3)

    @on(CaseTable.Selected)
    def _selected(self, message: CaseTable.Selected) -> None:
        self.action_open_article()

    def action_open_article(self) -> None:
        row = self.table.current
        if row is None:
            return
        from .article import ArticleScreen
        detail = self.detail if self.detail is not None and self.detail.id == row.id else None
        page = self._page
        self.app.push_screen(ArticleScreen(row.id, detail=detail,
                                           query=page.query if page is not None else None,
                                           words=page.words if page is not None else (),
                                           sample=bool(self.info and self.info.is_sample)))

    def jump_to_query(self, query: str) -> None:
        """Search for `query` (the command palette's jump to an officer or a force)."""
        if self.search_bar.disabled:
            return
        self.search_bar.value = query
        self.set_focus(self.table)
