"""Where a phrase stands in the article's layout: opening a paragraph or a list item, within the
lede, in a table's row or a notice's field under a heading such as "Forthcoming hearings".
"""
from __future__ import annotations

import re

from ..segment import Sent, line_at
from .context import Context, Target


_BULLET = r"(?:\d{1,3}[.)]|[-•*·–]|\(?[a-z]\))"  # a list item's number or bullet
# what may stand before a paragraph's subject: a bullet, or a notice's field label ("Officer: Police Constable B")
_ITEM_LEAD = re.compile(r"\s*" + _BULLET + r"?\s*(?:(?:Officer|Officer\s+concerned|Name|Subject|"
                        r"Member\s+of\s+staff|Staff\s+member)\s*:\s*(?:(?:Former|Police)\s+)*)?")


def _opens_paragraph(ctx: Context, pos: int) -> bool:
    """Does the phrase at `pos` open its paragraph or list item ("2. An Essex Police sergeant
    who …")? Then the paragraph is about them, and its next sentences too."""
    sent = ctx.sent_at(pos)
    if sent is None:
        return False
    para_start = min(s.start for s in ctx.sents if s.para == sent.para)
    return bool(_ITEM_LEAD.fullmatch(ctx.text, para_start, pos))


_LIST_ITEM = re.compile(r"\s*" + _BULLET + r"\s+")


def _opens_list_item(ctx: Context, pos: int) -> bool:
    """Does the phrase at `pos` open an item of a bulleted or numbered list ("• A PC based in
    Corby was dismissed …")? A round-up's items are records of their own."""
    para_start = ctx.text.rfind("\n", 0, pos) + 1
    return pos - para_start <= 8 and _LIST_ITEM.fullmatch(ctx.text, para_start, pos) is not None


_FORTHCOMING = re.compile(r"(?:forthcoming|upcoming|future|scheduled|next)\s+(?:misconduct\s+|gross\s+misconduct\s+)?"
                          r"(?:hearings?|meetings?)\b|^\W*(?:coming\s+up|still\s+to\s+come|in\s+the\s+diary)\W*$", re.I | re.M)


_FIELD_LINE = re.compile(r"[ \t]*(?:[A-Z][\w()/'’ -]{0,40}:[ \t]|[-–—*_=]{3,}[ \t]*$|[ \t]*$)")


def _forthcoming_heading(text: str, pos: int) -> re.Match | None:
    """An officer in a table's row or a notice's field ("Officer: PC Jo Bloggs"), under a heading
    such as "Forthcoming hearings": the officer's hearing is to come (the heading is its
    evidence). Back over the other rows, fields and rules, and at most one paragraph of prose
    introducing them, to the first line that is none."""
    line_start, line_end = line_at(text, pos)
    line = text[line_start:line_end]
    if "\t" not in line and not _FIELD_LINE.match(line) and not _record_head(text, line_start, line_end):
        return None
    at = line_start
    intro = False  # one paragraph of prose between the heading and the table ("The following hearings …")
    for _ in range(60):
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        prev = text[prev_start:at - 1]
        if "\t" not in prev and not _FIELD_LINE.match(prev) and not _record_head(text, prev_start, at - 1):
            if len(prev.strip()) <= 80:
                return _FORTHCOMING.search(text, prev_start, at - 1)
            if intro:
                return None
            intro = True
        at = prev_start
    return None


def _record_head(text: str, start: int, end: int) -> bool:
    """Is the line a record's own heading, its fields below it ("Police Constable Jo Bloggs –
    Caernarfon", then "Hearing date: 22 September")? Short, no sentence, a field line next."""
    line = text[start:end].strip()
    if not line or len(line) > 80 or line[-1] in _PROSE_END:
        return False
    nxt = end + 1
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    m = _FIELD_LABEL_LINE.match(text, nxt)
    return m is not None and _FORTHCOMING.search(line) is None


_FIELD_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w()/'’ -]{0,40}:[ \t]")
_PROSE_END = frozenset(".!?\"”’'):")
_MENU_GAP = re.compile(r"\S(?:   ?| [>|»›] )\S")  # "Home  >  News", "Accept cookies   Reject cookies"


def _page_furniture(text: str, lo: int, hi: int) -> bool:
    """A pasted page's cookie banner, breadcrumb trail or menu: a line that does not end a
    sentence and is laid out in runs of spaces or separators (a standfirst ends without a full
    stop too, but reads as one run of words)."""
    return text[hi - 1:hi] not in _PROSE_END and _MENU_GAP.search(text, lo, hi) is not None


def _lede_end(ctx: Context) -> int:
    """End of the second substantial paragraph after the headline (bylines and dates skipped):
    where a story names the officer its headline describes."""
    seen: list[int] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    lengths: dict[int, int] = {}  # a paragraph's length: its sentences' lengths summed
    for s in ctx.sents:
        lengths[s.para] = lengths.get(s.para, 0) + s.end - s.start
        if s.start < ctx.title_end:
            continue
        ends[s.para] = s.end
        if s.para not in seen:
            seen.append(s.para)
            starts[s.para] = s.start
    substantial = [p for p in seen if lengths[p] >= 60 and not _page_furniture(ctx.text, starts[p], ends[p])]
    if len(substantial) >= 2:
        return ends[substantial[1]]
    return max(ends.values(), default=ctx.title_end)


_OUTCOME_LABEL = re.compile(r"\W*(?:Outcomes?|Sanctions?|Results?|Decisions?|Findings?|Disposals?|Penalty)\b", re.I)


def _section_heading(ctx: Context, sent: Sent, focus: Target) -> bool:
    """A short line standing alone between paragraphs with no full stop ("BTP: final written
    warning for custody search failure"), past the headline, over a paragraph about another
    officer than `focus`: the heading of that officer's section, so an outcome in it is not the
    outcome of the officer before it. Not a notice's field ("Outcome: Dismissal")."""
    text = ctx.text
    if sent.start < max(ctx.title_end, 2) or not text.startswith("\n\n", sent.start - 2):
        return False
    line = text[sent.start:sent.end].rstrip()
    after = text[sent.start + len(line):sent.start + len(line) + 2]
    nxt = text[sent.start + len(line):].lstrip()[:1]
    # (capitals at both ends: not a hard-wrapped line of prose cut off from the rest of its sentence)
    if not (len(line) <= 90 and "\n" not in line and after == "\n\n" and line[-1:] not in _PROSE_END
            and line[:1].isupper() and nxt.isupper() and not _OUTCOME_LABEL.match(line)):
        return False
    lo = sent.start + len(line) + 2
    hi = text.find("\n\n", lo + 1)
    hi = len(text) if hi < 0 else hi
    return any(lo <= m.start < hi and (focus.person is None or m.entity != focus.person.id) for m in ctx.mentions) \
        or any(lo <= u.start < hi and u is not focus.np for u in ctx.unnamed)


# A box of summary lines under the headline ("Key points", "At a glance"): each line tells again,
# in headline words, what the story goes on to tell in full
_SUMMARY_HEADING = re.compile(r"(?:Key\s+(?:points|facts|findings)|At\s+a\s+glance|In\s+brief|Summary)\s*:?",
                              re.I)


def summary_box(ctx: Context) -> tuple[int, int] | None:
    """Where the box of summary lines under the headline runs, if there is one: from its
    heading to the first paragraph that reads as prose."""
    text = ctx.text
    sents = ctx.sents
    for i, s in enumerate(sents[:12]):
        if s.end - s.start > 20 or not _SUMMARY_HEADING.fullmatch(text, s.start, s.end):
            continue
        for after in sents[i + 1:i + 12]:
            if after.end - after.start > 140:
                break
            if text[after.end - 1:after.end] in _PROSE_END:
                break
        else:
            return None
        return (s.start, after.start) if after.index > s.index + 1 else None
    return None


# A table's status cell for a hearing still going on: "…<tab>Under way", "| Ongoing |"
_ONGOING_CELL = re.compile(r"(?:(?<=\t)|(?<=\|)|(?<=\| ))(?:under\s*way|ongoing|in\s+progress|continuing|part[- ]heard|"
                           r"hearing\s+(?:under\s*way|ongoing|continues))(?=[ \t.]*(?:\||$))", re.I | re.M)


def ongoing_cell(text: str, pos: int) -> re.Match | None:
    """The status cell of the table row holding `pos` that says its hearing is still going on."""
    line_start, line_end = line_at(text, pos)
    if "\t" not in text[line_start:line_end] and "|" not in text[line_start:line_end]:
        return None
    return _ONGOING_CELL.search(text, pos, line_end)
