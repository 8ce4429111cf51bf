"""Writing an article and knowing where every piece landed.

The generator writes the stored text (title, then paragraphs separated by one blank line) piece
by piece; `mark` returns the Span of the piece just written, so evidence spans are exact by
construction instead of being searched for afterwards. An article that straightens its
apostrophes does so here, for every piece of prose but not for quotation marks (`raw`), so a
curly closing mark is never mistaken for an apostrophe or the other way round.
"""
from __future__ import annotations

from store.model import Span

_STRAIGHT = str.maketrans({"’": "'"})


class TextBuilder:
    __slots__ = ("_parts", "_pos", "_open", "_straight")

    def __init__(self, *, straight_apostrophes: bool = False) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self._open = False      # is a paragraph under way?
        self._straight = straight_apostrophes

    def raw(self, piece: str) -> None:
        if piece:
            self._parts.append(piece)
            self._pos += len(piece)
            self._open = True

    def add(self, piece: str) -> None:
        self.raw(piece.translate(_STRAIGHT) if self._straight else piece)

    def mark(self, piece: str) -> Span:
        start = self._pos
        self.add(piece)
        return Span(start, self._pos)

    def para(self) -> None:
        """End the paragraph under way (a no-op between paragraphs)."""
        if self._open:
            self._parts.append("\n\n")
            self._pos += 2
            self._open = False

    @property
    def pos(self) -> int:
        return self._pos

    @property
    def in_para(self) -> bool:
        return self._open

    def text(self) -> str:
        out = "".join(self._parts)
        return out[:-2] if out.endswith("\n\n") else out
