"""A read-only view of styled text that wraps to its width and renders only the lines on screen.

Why not a Static in a scrolling container: the case's text is followed by `n`/`p` from quote to
quote, so we must know on which wrapped line a character lands. Wrapping here keeps, for
each visual line, the offset of its first character; an *anchor* (a quote) is then one bisect
away from its line. Only visible lines become Strips (the Line API), cached by line, so a long
article costs its wrapping once per width, not a full render per scroll step.

The text arrives as a `rich.text.Text` built with `append`/`stylize`: it is never parsed as
markup here.
"""
from __future__ import annotations

from bisect import bisect_right

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import actions


def wrap_offsets(line: str, width: int, rest: int | None = None) -> list[int]:
    """Offsets (after 0) at which to break `line` so that no piece is wider than `width`
    cells (`rest` cells after the first piece, for a hanging indent): after the last space
    that fits, else (a word wider than the line) mid-word."""
    rest = width if rest is None else max(1, rest)
    if width < 1:
        return []
    widths = None if line.isascii() else [cell_len(c) for c in line]
    if (len(line) if widths is None else sum(widths)) <= width:
        return []
    breaks: list[int] = []
    start, n = 0, len(line)
    limit = width
    while True:
        used, last_space, i = 0, -1, start
        while i < n:
            w = 1 if widths is None else widths[i]
            if used + w > limit:
                break
            used += w
            if line[i] == " ":
                last_space = i
            i += 1
        if i >= n:
            break
        if line[i] == " ":
            cut = i + 1                      # the piece ends just before a space: drop the spaces
            while cut < n and line[cut] == " ":
                cut += 1
        elif last_space > start and _word_end(line, last_space + 1) - (last_space + 1) <= rest:
            cut = last_space + 1             # the next word fits on a line of its own
        else:
            cut = max(i, start + 1)          # a word wider than the line: fold it
        if cut >= n:
            break
        breaks.append(cut)
        start = cut
        limit = rest
    return breaks


def _word_end(line: str, at: int) -> int:
    end = line.find(" ", at)
    return len(line) if end < 0 else end


class TextView(ScrollView, can_focus=True):
    """Wrapped, styled, scrollable text with anchors (character offsets) to jump to."""

    BINDINGS = actions.bindings("reader")

    DEFAULT_CSS = """
    TextView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        padding: 0 1;
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None,
                 measure: int | None = None):
        super().__init__(name=name, id=id, classes=classes)
        self.measure = measure             # wrap at most this wide (long lines are hard to read)
        self._text = Text()
        self._lines: list[Text] = []
        self._starts: list[int] = []       # offset in self._text of each visual line's start
        self._wrapped_width = -1
        self._anchors: list[int] = []
        self._indents: dict[int, int] = {} # paragraph start offset → hanging indent
        self._indented: dict[int, int] = {}  # visual line → the hanging indent it is drawn with
        self._current: tuple[int, int] | None = None   # a range drawn with `current_style`
        self.current_style = Style(reverse=True)
        self._cache: LRUCache[tuple, Strip] = LRUCache(maxsize=512)

    # ---------------------------------------------------------------- content

    @property
    def plain(self) -> str:
        return self._text.plain

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def set_text(self, text: Text, anchors: list[int] | None = None, *, keep_scroll: bool = False,
                 indents: dict[int, int] | None = None) -> None:
        """Show `text`. A paragraph (a line of `text`) whose start offset is in `indents` wraps
        with that hanging indent: its continuation lines start under a label column."""
        self._text = text
        self._indents = dict(indents or {})
        self._anchors = sorted(anchors or [])
        self._current = None
        self._wrapped_width = -1
        self._rewrap()
        if not keep_scroll:
            self.scroll_to(0, 0, animate=False)
        self.refresh()

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width or self.size.width or 80)
        if self.measure:
            width = min(width, self.measure)
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._cache.clear()
        lines: list[Text] = []
        starts: list[int] = []
        indented: dict[int, int] = {}
        at = 0
        for para in self._text.split("\n", allow_blank=True):
            text = para.plain
            hang = self._indents.get(at, 0)
            hang = hang if hang < width // 2 else 0
            cuts = wrap_offsets(text, width, width - hang)
            pieces = para.divide(cuts) if cuts else [para]
            offsets = [0] + cuts
            for n, (piece, off) in enumerate(zip(pieces, offsets)):
                piece.rstrip()
                if n and hang:
                    indented[len(lines)] = hang
                lines.append(piece)
                starts.append(at + off)
            at += len(text) + 1
        self._indented = indented
        self._lines = lines
        self._starts = starts
        self.virtual_size = Size(width, len(lines))

    def on_resize(self) -> None:
        self._rewrap()

    # ---------------------------------------------------------------- anchors

    @property
    def anchors(self) -> list[int]:
        return list(self._anchors)

    def line_of(self, offset: int) -> int:
        """The visual line on which the character at `offset` is drawn."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def show_range(self, start: int, end: int, *, mark: bool = True) -> None:
        """Scroll so the range starts near the top (two lines of context), and draw it in
        `current_style` when `mark`."""
        self._rewrap()
        self._current = (start, end) if mark else None
        self._cache.clear()
        line = self.line_of(start)
        self.scroll_to(0, max(0, line - 2), animate=False)
        self.refresh()

    def clear_mark(self) -> None:
        self._current = None
        self._cache.clear()
        self.refresh()

    # ---------------------------------------------------------------- rendering

    def render_line(self, y: int) -> Strip:
        self._rewrap()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        key = (index, width, self._current, base)
        strip = self._cache.get(key)
        if strip is None:
            line = self._lines[index].copy()
            pad = self._indented.get(index, 0)
            if self._current is not None:
                start = self._starts[index]
                s, e = self._current[0] - start, self._current[1] - start
                if e > 0 and s < len(line):
                    line.stylize(self.current_style, max(0, s), min(len(line), e))
            if pad:
                line = Text(" " * pad) + line
            line.stylize_before(base)
            line.no_wrap = True
            line.end = ""
            strip = Strip(line.render(self.app.console), line.cell_len)
            strip = strip.crop_extend(0, width, base)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, index)
