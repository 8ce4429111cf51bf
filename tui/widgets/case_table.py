"""The case table: a Line-API widget that holds a few pages of rows, never the whole result.

Textual's DataTable builds every row up front (1.5 s to a first frame at 10,000 rows, 13 s at
100,000), so this table knows only the number of matches and up to MAX_PAGES pages of
PAGE_SIZE rows. It draws the rows on screen (the Line API renders only visible lines); when
the screen shows rows of a page it does not hold, it posts `NeedPage` and draws placeholders
until the owner answers with `add_page`. Results are tagged with a generation (the search's
sequence number), so a page of an old query never lands in a new one.

The header row is drawn at the top whatever the scroll; a click on it asks for a sort. The
cursor row is drawn reversed with a "▸" marker, so it shows without colour too.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import actions

PAGE_SIZE = 50          # one page fills a 50-line terminal; search explains each row it returns
MAX_PAGES = 8
GUTTER = 2

# key, header, min width, weight, max width
COLUMNS: tuple[tuple[str, str, int, int, int], ...] = (
    ("officer", "Officer", 12, 3, 28),
    ("rank", "Rank", 7, 1, 22),
    ("force", "Force", 11, 3, 30),
    ("outcome", "Outcome", 10, 2, 28),
    ("finding", "Finding", 8, 1, 24),
    ("date", "Date", 10, 0, 10),
    ("publication", "Publication", 9, 2, 30),
)
# Columns given up first when the table is too narrow for all of them.
DROP_ORDER = ("finding", "rank", "publication", "outcome")
LABELS = {key: label for key, label, *_ in COLUMNS}


@dataclass(frozen=True)
class TableRow:
    """One case as the table shows it, with the ranges search matched in its values."""

    id: int
    values: dict[str, str]
    spans: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    unnamed: bool = False


def table_row(case, spans: dict | None = None) -> TableRow:
    values = {
        "officer": case.officer or f"(unnamed {case.role or 'officer'})",
        "rank": case.rank or "",
        "force": case.force or "",
        "outcome": case.outcome_label or "",
        "finding": case.finding_label or "",
        "date": case.date or "",
        "publication": case.publication or "",
    }
    return TableRow(case.id, values, dict(spans or {}), unnamed=not case.officer)


@lru_cache(maxsize=16)
def layout(width: int) -> tuple[tuple[str, int, int], ...]:
    """(column key, x, width) of each column shown in `width` cells, after a 2-cell gutter."""
    columns = list(COLUMNS)
    avail = width - GUTTER

    def need(cols):
        return sum(c[2] for c in cols) + len(cols) - 1

    for key in DROP_ORDER:
        if need(columns) <= avail or len(columns) <= 2:
            break
        columns = [c for c in columns if c[0] != key]
    widths = [c[2] for c in columns]
    spare = avail - need(columns)
    if spare < 0:
        # Still too narrow: shrink the flexible columns, keeping at least 3 cells each.
        for i in sorted(range(len(columns)), key=lambda i: -widths[i]):
            take = min(-spare, widths[i] - 3)
            widths[i] -= take
            spare += take
            if spare >= 0:
                break
    while spare > 0:
        grew = False
        total_weight = sum(c[3] for i, c in enumerate(columns) if widths[i] < c[4]) or 1
        for i, c in enumerate(columns):
            if spare <= 0:
                break
            if c[3] and widths[i] < c[4]:
                add = max(1, spare * c[3] // total_weight)
                add = min(add, c[4] - widths[i], spare)
                widths[i] += add
                spare -= add
                grew = grew or add > 0
        if not grew:
            break
    out = []
    x = GUTTER
    for c, w in zip(columns, widths):
        out.append((c[0], x, w))
        x += w + 1
    return tuple(out)


def fit(text: Text, width: int) -> Text:
    """`text` cut to `width` cells with an ellipsis, or padded to it."""
    if text.cell_len > width:
        text.truncate(width, overflow="ellipsis")
    text.pad_right(width - text.cell_len)
    return text


class CaseTable(ScrollView, can_focus=True):
    """Paged rows of cases; see the module docstring."""

    BINDINGS = actions.bindings("table")

    COMPONENT_CLASSES = {"case-table--header", "case-table--sorted", "case-table--cursor",
                         "case-table--match", "case-table--muted", "case-table--message"}

    DEFAULT_CSS = """
    CaseTable {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
    }
    CaseTable > .case-table--header { text-style: bold; background: $panel; }
    CaseTable > .case-table--sorted { text-style: bold underline; background: $panel; }
    CaseTable > .case-table--cursor { background: $block-cursor-blurred-background; text-style: bold; }
    CaseTable:focus > .case-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold; }
    CaseTable > .case-table--match { text-style: bold underline; color: $text-warning; }
    CaseTable > .case-table--muted { color: $text-muted; }
    CaseTable > .case-table--message { color: $text; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor is on a case (case_id None: no case, an empty table)."""

        def __init__(self, table: CaseTable, case_id: int | None, row: int) -> None:
            super().__init__()
            self.table = table
            self.case_id = case_id
            self.row = row

    class Selected(Message):
        """Enter or a double click on a case."""

        def __init__(self, table: CaseTable, case_id: int) -> None:
            super().__init__()
            self.table = table
            self.case_id = case_id

    class NeedPage(Message):
        def __init__(self, table: CaseTable, generation: int, page: int) -> None:
            super().__init__()
            self.table = table
            self.generation = generation
            self.page = page

    class SortRequested(Message):
        def __init__(self, table: CaseTable, column: str) -> None:
            super().__init__()
            self.table = table
            self.column = column

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None):
        super().__init__(name=name, id=id, classes=classes)
        self.generation = -1
        self.total = 0
        self.sort = "date"
        self.descending = True
        self._pages: OrderedDict[int, list[TableRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._failed: set[int] = set()    # pages whose load failed: asked again after a move
        self._message: list[Text] = [Text("Loading…")]
        self._last_posted: int | None = -1
        self.painted_generation = -1      # the generation last drawn (the bench waits for it)
        self._strips: LRUCache[tuple, Strip] = LRUCache(maxsize=256)

    # ---------------------------------------------------------------- data in

    @property
    def pages_held(self) -> int:
        return len(self._pages)

    def show(self, generation: int, total: int, rows: list[TableRow], *, sort: str, descending: bool,
             offset: int = 0, message: list[Text] | None = None) -> None:
        """Replace the table's content with a new result: its first rows (a page at `offset`)."""
        self.generation = generation
        self.total = total
        self.sort = sort
        self.descending = descending
        self._pages.clear()
        self._pending.clear()
        self._failed.clear()
        self._message = message or []
        if rows:
            self._pages[offset // PAGE_SIZE] = rows
        self.virtual_size = Size(self.size.width, total + 1)
        self._last_posted = -1
        self.scroll_to(0, 0, animate=False)
        self.cursor = 0
        self.refresh()
        self.refresh_bindings()

    def set_message(self, message: list[Text]) -> None:
        """Lines shown in place of rows while the table is empty (loading, no results, errors)."""
        self._message = message
        self.refresh()

    def add_page(self, generation: int, page: int, rows: list[TableRow]) -> None:
        if generation != self.generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        keep = self.cursor // PAGE_SIZE
        while len(self._pages) > MAX_PAGES:
            far = max(self._pages, key=lambda p: abs(p - keep))
            if far == page:
                break
            del self._pages[far]
        self.refresh()
        if self._last_posted is None or self._last_posted != self.cursor:
            self._post_highlight()

    def page_failed(self, generation: int, page: int) -> None:
        """A page could not be read: draw placeholders, and ask again when the view moves."""
        if generation == self.generation:
            self._pending.discard(page)
            self._failed.add(page)

    def row(self, index: int) -> TableRow | None:
        rows = self._pages.get(index // PAGE_SIZE)
        if rows is None:
            return None
        i = index % PAGE_SIZE
        return rows[i] if i < len(rows) else None

    @property
    def current(self) -> TableRow | None:
        return self.row(self.cursor) if self.total else None

    # ---------------------------------------------------------------- cursor

    @property
    def _rows_visible(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, max(0, self.total - 1)))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self._failed.clear()
        super().watch_scroll_y(old_value, new_value)

    def watch_cursor(self, value: int) -> None:
        self._failed.clear()
        top = round(self.scroll_y)
        if value < top:
            self.scroll_to(y=value, animate=False)
        elif value >= top + self._rows_visible:
            self.scroll_to(y=value - self._rows_visible + 1, animate=False)
        self.refresh()
        self._post_highlight()

    def _post_highlight(self) -> None:
        row = self.current
        if row is None and self.total:
            self._last_posted = None       # not loaded yet: post when its page arrives
            self._request_pages(self.cursor, self.cursor)
            return
        self._last_posted = self.cursor
        self.post_message(self.Highlighted(self, row.id if row else None, self.cursor))

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        step = self._rows_visible
        self.scroll_to(y=self.scroll_y + step, animate=False)
        self.cursor += step

    def action_page_up(self) -> None:
        step = self._rows_visible
        self.scroll_to(y=max(0, self.scroll_y - step), animate=False)
        self.cursor -= step

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.total - 1

    def check_action(self, action: str, parameters) -> bool | None:
        return bool(self.total) if action == "open_article" else True

    def action_open_article(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, row.id))

    # ---------------------------------------------------------------- mouse

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        x, y = offset
        if y == 0:
            for key, cx, w in layout(self.scrollable_content_region.width):
                if cx <= x < cx + w + 1:
                    self.post_message(self.SortRequested(self, key))
                    break
            return
        index = round(self.scroll_y) + y - 1
        if 0 <= index < self.total:
            self.cursor = index
            if event.chain >= 2:
                self.action_open_article()

    # ---------------------------------------------------------------- rendering

    def _request_pages(self, first: int, last: int) -> None:
        if self.generation < 0 or not self.total:
            return
        last = min(last, self.total - 1)
        for page in range(max(0, first) // PAGE_SIZE, last // PAGE_SIZE + 1):
            if page not in self._pages and page not in self._pending and page not in self._failed:
                self._pending.add(page)
                self.post_message(self.NeedPage(self, self.generation, page))

    def render_lines(self, crop):
        top = round(self.scroll_y)
        visible = self._rows_visible
        # The rows on screen, and a little beyond, so the next page is there before it is needed.
        self._request_pages(top - visible // 2, top + visible + visible // 2)
        self.painted_generation = self.generation
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._header(width)
        if not self.total:
            i = y - 1
            line = self._message[i].copy() if i < len(self._message) else Text()
            line.stylize_before(self.get_component_rich_style("case-table--message"))
            return self._strip(Text(" ") + line, width, base)
        index = round(self.scroll_y) + y - 1
        if index >= self.total:
            return Strip.blank(width, base)
        row = self.row(index)
        is_cursor = index == self.cursor
        key = (self.generation, index, is_cursor, width, self.has_focus, base, row is None)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        style = base + self.get_component_rich_style("case-table--cursor") if is_cursor else base
        text = Text(no_wrap=True, end="")
        text.append("▸ " if is_cursor else "  ")
        if row is None:
            text.append("…", self.get_component_rich_style("case-table--muted"))
        else:
            match = self.get_component_rich_style("case-table--match", partial=True)
            muted = self.get_component_rich_style("case-table--muted", partial=True)
            for n, (key, x, w) in enumerate(layout(width)):
                cell = Text(row.values.get(key, ""), no_wrap=True, end="")
                if key == "officer" and row.unnamed:
                    cell.stylize(muted)
                for s, e in row.spans.get(key, ()):
                    cell.stylize(match, s, e)
                if n:
                    text.append(" ")
                text.append_text(fit(cell, w))
        strip = self._strip(text, width, style)
        self._strips[key] = strip
        return strip

    def _header(self, width: int) -> Strip:
        head = self.get_component_rich_style("case-table--header")
        sorted_style = self.get_component_rich_style("case-table--sorted")
        text = Text("  ", no_wrap=True, end="")
        for n, (key, x, w) in enumerate(layout(width)):
            label = LABELS[key]
            if key == self.sort:
                label = f"{label} {'▼' if self.descending else '▲'}"
            cell = fit(Text(label), w)
            if n:
                text.append(" ")
            text.append_text(cell)
            if key == self.sort:
                text.stylize(sorted_style, len(text) - w, len(text))
        return self._strip(text, width, self.rich_style + head)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap = True
        text.end = ""
        text.stylize_before(style)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(0, width, style)
