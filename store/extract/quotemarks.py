"""Where quotations are: spans between quotation marks, paragraph by paragraph, and how
quotations continue across paragraphs.

News quotes come in every style: curly or straight, double or single (with apostrophes inside
single-quoted words), British multi-paragraph quotes where each paragraph reopens the mark and
only the last closes it, a paragraph that lost its opening mark, and statements that go on
over unmarked paragraphs after "He said:". Apostrophes (don’t, O’Neill, officers’) are told
apart from closing single quotes by the letters around them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .segment import Para
from .trie import trie_pattern
from .words import SAY_VERBS

_OPEN_D = "“«„"
_CLOSE_D = "”»"
_MARK_CHARS = "“”«»„\"‘’'"
_BEFORE_OPEN = set(" \t\xa0([{—–-/:;,\u2014")
# Does a verb of saying (or a colon) end the text, give or take five words and a colon or comma?
#   (?:\b(?:said|told|…)\b(?:\s+[\w’'.-]+){0,5}\s*[:,]?|:)\s*$
# searched in the text, as that pattern reversed matched at the start of the text reversed: one
# anchored try instead of a \b at every place (measured 23 → 1.5 µs on a 90-character lead).
_SPEECH_INTRO_REVERSED = re.compile(
    r"\s*(?:[:,]?\s*(?:[\w’'.-]+\s+){0,5}\b(?:" + trie_pattern(v[::-1] for v in SAY_VERBS) + r")\b|:)", re.I)
MAX_UNMARKED_CONTINUATION = 8


@dataclass(slots=True)
class QSpan:
    para: int
    start: int                 # first character inside the marks
    end: int                   # one past the last character inside the marks
    open_at: int | None        # index of the opening mark; None when it was lost
    close_at: int | None       # index of the closing mark; None when the quote runs on
    double: bool = True
    chain: int = -1            # statement id: spans of one continuing quotation share it
    unmarked: bool = False     # a paragraph taken as quotation without marks (continuation)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _double_spans(text: str, p: Para, para_marks: list[int]) -> list[QSpan]:
    out: list[QSpan] = []
    open_at: int | None = None
    marks = [i for i in para_marks if text[i] in '“”«»„"']
    for n, i in enumerate(marks):
        ch = text[i]
        prev = text[i - 1] if i > p.start else " "
        nxt = text[i + 1] if i + 1 < p.end else " "
        if ch == '"':
            if open_at is not None:
                kind = "close"
            elif (prev in _BEFORE_OPEN or i == p.start or prev in "‘'") and not nxt.isspace():
                kind = "open"
            elif not prev.isspace() and (nxt.isspace() or not _is_letter(nxt)):
                kind = "close"
            else:
                kind = "open"
        else:
            kind = "open" if ch in _OPEN_D else "close"
        if kind == "open":
            if open_at is not None:  # a second opening: the first never closed
                out.append(QSpan(p.index, open_at + 1, _rstrip(text, open_at + 1, i), open_at, None))
            open_at = i
        else:
            if open_at is not None:
                out.append(QSpan(p.index, open_at + 1, i, open_at, i))
                open_at = None
            elif not out and n == 0:
                # the paragraph lost its opening mark: the quote starts with the paragraph
                out.append(QSpan(p.index, _lstrip(text, p.start, i), i, None, i))
    if open_at is not None:
        out.append(QSpan(p.index, open_at + 1, _rstrip(text, open_at + 1, p.end), open_at, None))
    return [q for q in out if _has_words(text, q.start, q.end)]


def _single_spans(text: str, p: Para, taken: list[QSpan], para_marks: list[int]) -> list[QSpan]:
    def inside_double(i: int) -> bool:
        return any((q.open_at if q.open_at is not None else q.start) <= i <= (q.close_at if q.close_at is not None else q.end)
                   for q in taken)

    opens: list[int] = []
    closes: list[int] = []
    for i in para_marks:
        ch = text[i]
        if ch not in "‘’'" or inside_double(i):
            continue
        prev = text[i - 1] if i > p.start else " "
        nxt = text[i + 1] if i + 1 < p.end else " "
        if _is_letter(prev) and _is_letter(nxt):
            continue  # don’t, O’Neill
        if ch in "‘'" and (i == p.start or prev in _BEFORE_OPEN or prev in "“\"") and (_is_letter(nxt) or nxt in "…$£"):
            opens.append(i)
        elif ch in "’'" and not prev.isspace() and (nxt.isspace() or not _is_letter(nxt)):
            closes.append(i)
    out: list[QSpan] = []
    pos = p.start
    for o in opens:
        if o < pos:
            continue
        later = [c for c in closes if c > o]
        close = None
        for k, c in enumerate(later):
            if _possessive(text, c, p.end) and k + 1 < len(later):
                nxt_open = next((x for x in opens if x > o), None)
                if nxt_open is None or later[k + 1] < nxt_open:
                    continue
            close = c
            break
        if close is not None:
            out.append(QSpan(p.index, o + 1, close, o, close, double=False))
            pos = close + 1
        elif not taken and (o == _lstrip(text, p.start, p.end) or _ends_introducing_speech(text[max(p.start, o - 90):o])
                            or out):
            # (or after a quote of this paragraph that closed: "'…,' she said. 'Nobody … \n\n'All …")
            out.append(QSpan(p.index, o + 1, _rstrip(text, o + 1, p.end), o, None, double=False))
            break
    if not out and not taken and not opens and closes:
        c = closes[-1]
        if text[c - 1] in ".!?," and text[c + 1:p.end].strip() in ("",) :
            out.append(QSpan(p.index, _lstrip(text, p.start, c), c, None, c, double=False))
    return [q for q in out if _has_words(text, q.start, q.end)]


def _possessive(text: str, c: int, end: int) -> bool:
    """’ after an s and before a lower-case word is usually a plural possessive (officers’ pay)."""
    if text[c - 1] not in "sS" or c + 2 >= end or text[c + 1] != " ":
        return False
    m = re.match(r"[a-z]+", text[c + 2:end])
    return bool(m) and m.group() not in ("he", "she", "they", "it", "and", "or", "but", "said", "says",
                                         "added", "told", "according", "writes", "wrote", "explained")


def _lstrip(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, start: int, i: int) -> int:
    while i > start and text[i - 1].isspace():
        i -= 1
    return i


def _has_words(text: str, start: int, end: int) -> bool:
    return end > start and any(map(str.isalpha, text[start:end]))


def speech_introduced(text: str, p: Para, q: QSpan) -> bool:
    """Does a verb of saying (or a colon) lead into this quote, so it may run on past its paragraph?"""
    if q.open_at is None:
        return False
    lead = text[p.start:q.open_at]
    if not lead.strip():
        return True
    return _ends_introducing_speech(lead[-90:])


def _ends_introducing_speech(lead: str) -> bool:
    return _SPEECH_INTRO_REVERSED.match(lead[::-1]) is not None


def find_quote_spans(text: str, paras: list[Para]) -> list[QSpan]:
    """All quotation spans, with `chain` linking the paragraphs of one continuing statement."""
    per_para: list[list[QSpan]] = []
    # every quotation mark and apostrophe of the article, then each paragraph's share of them
    # (two scans per paragraph were measured at 28 µs per article); found with str.find, one
    # mark at a time, rather than a character class tried at every place (9.0 → 3.2 µs)
    marks = []
    for mark in _MARK_CHARS:
        i = text.find(mark)
        while i >= 0:
            marks.append(i)
            i = text.find(mark, i + 1)
    marks.sort()
    for p in paras:
        para_marks = marks[bisect_left(marks, p.start):bisect_left(marks, p.end)]
        if not para_marks:
            per_para.append([])  # most paragraphs: no mark, no quotation
            continue
        doubles = _double_spans(text, p, para_marks)
        singles = _single_spans(text, p, doubles, para_marks)
        per_para.append(sorted(doubles + singles, key=lambda q: q.start))

    out: list[QSpan] = []
    chain = -1
    pending: QSpan | None = None
    tentative: list[Para] = []
    for p, spans in zip(paras, per_para):
        first = spans[0] if spans else None
        continues = False
        if pending is not None:
            starts_para = first is not None and first.open_at is not None and first.open_at == _lstrip(text, p.start, p.end)
            lost_open = first is not None and first.open_at is None
            if starts_para or lost_open:
                continues = True
                for tp in tentative:
                    s, e = _lstrip(text, tp.start, tp.end), _rstrip(text, tp.start, tp.end)
                    out.append(QSpan(tp.index, s, e, None, None, pending.double, pending.chain, unmarked=True))
                tentative = []
            elif not spans and len(tentative) < MAX_UNMARKED_CONTINUATION:
                tentative.append(p)
                continue
            else:
                tentative = []
                pending = None
        for k, q in enumerate(spans):
            if k == 0 and continues:
                q.chain = pending.chain
            else:
                chain += 1
                q.chain = chain
            out.append(q)
        last = spans[-1] if spans else None
        if last is not None and last.close_at is None and (
                (last.open_at is not None and last.open_at == _lstrip(text, p.start, p.end))
                or speech_introduced(text, p, last)
                or (continues and len(spans) == 1)):
            pending = last
        else:
            pending = None
            tentative = []
    out.sort(key=lambda q: q.start)
    return out
