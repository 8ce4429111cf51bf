"""A case or an article as styled text: its fields, then the article with its quotes labelled by
speaker, the evidence for the case's officer, force and outcome, and the search terms marked.

Everything from the store is data: it goes into `rich.text.Text` through `append` and
`stylize` only, so `[bold]` or `[@click=app.quit]` in an article is shown as typed.

Quotes are never marked by colour alone: each gets a label with its number and speaker
("Q2 Simon Lockwood") inserted before its opening quotation mark, and its text is italic. The
label shifts the article's offsets, so every span is mapped through `_Shift` before styling.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

SPEAKER_SLOTS = 6
EVIDENCE_FIELDS = ("officer", "force", "outcome")
_OPENING = "\u201c\u2018\"'\u00ab\u201e"


@dataclass
class Styles:
    """Rich styles resolved from the widget's component classes (so themes apply)."""

    heading: Style = field(default_factory=lambda: Style(bold=True))
    label: Style = field(default_factory=lambda: Style(bold=True))
    muted: Style = field(default_factory=lambda: Style(dim=True))
    evidence: Style = field(default_factory=lambda: Style(bold=True, underline=True))
    match: Style = field(default_factory=lambda: Style(reverse=True))
    quote: list[Style] = field(default_factory=lambda: [Style(italic=True)] * SPEAKER_SLOTS)
    tag: list[Style] = field(default_factory=lambda: [Style(reverse=True)] * SPEAKER_SLOTS)


LABEL_WIDTH = 13


@dataclass
class Rendered:
    text: Text
    indents: dict[int, int] = field(default_factory=dict)   # field lines wrap under their value
    quotes: list[tuple[int, int]] = field(default_factory=list)   # display [start, end) of each quote
    speakers: list[str] = field(default_factory=list)             # each quote's speaker as labelled


def speaker_slots(speakers: list[str | None]) -> dict[str, int]:
    """A colour slot per speaker: their name's hash picks a slot, the next free one when two
    speakers of one article collide, so a speaker keeps a colour and an article's speakers
    differ (up to SPEAKER_SLOTS of them)."""
    slots: dict[str, int] = {}
    for name in speakers:
        who = name or ""
        if who in slots:
            continue
        want = int(hashlib.sha1(who.lower().encode()).hexdigest(), 16) % SPEAKER_SLOTS
        taken = set(slots.values())
        slot = want
        if len(taken) < SPEAKER_SLOTS:
            while slot in taken:
                slot = (slot + 1) % SPEAKER_SLOTS
        slots[who] = slot
    return slots


def _label_for(q, number: int) -> str:
    who = q.speaker or "unattributed"
    if q.speaker and q.speaker_role:
        who = f"{who}, {q.speaker_role}"
    return f" Q{number} {who} "


class _Shift:
    """Maps article offsets to display offsets once labels are inserted."""

    def __init__(self, inserts: list[tuple[int, int]]):
        self.at = [a for a, _ in inserts]
        self.before: list[int] = []
        total = 0
        for _, n in inserts:
            total += n
            self.before.append(total)

    def _sum(self, count: int) -> int:
        return self.before[count - 1] if count else 0

    def start(self, offset: int) -> int:
        """A span starting at an insertion point starts after the label."""
        return offset + self._sum(bisect_right(self.at, offset))

    def end(self, offset: int) -> int:
        """A span ending at an insertion point ends before the label."""
        return offset + self._sum(bisect_left(self.at, offset))


CELL_RULE = "│"


def article_body(text: str, quotes, styles: Styles, *, evidence=(), terms=(), base: int = 0) -> Rendered:
    """The article with labelled quotes, evidence and search terms; display offsets start at `base`."""
    # A terminal moves the cursor for a tab rather than drawing it; the store keeps one between a
    # pasted table's cells. One column rule in its place keeps every offset where it was.
    text = text.replace("\t", CELL_RULE)
    quotes = [q for q in quotes if 0 <= q.span.start <= q.span.end <= len(text)]
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    slots = speaker_slots([q.speaker for q in quotes])
    inserts: list[tuple[int, str, Style]] = []
    for number, q in enumerate(quotes, 1):
        at = q.span.start
        if at > 0 and text[at - 1] in _OPENING:
            at -= 1
        label = _label_for(q, number)
        inserts.append((at, label, styles.tag[slots[q.speaker or ""]]))
    out = Text()
    pos = 0
    for at, label, style in inserts:
        out.append(text[pos:at])
        out.append(label, style)
        out.append(" ")
        pos = at
    out.append(text[pos:])
    shift = _Shift([(at, len(label) + 1) for at, label, _ in inserts])
    shown: list[tuple[int, int]] = []
    for (at, label, _), q in zip(inserts, quotes):
        s, e = shift.start(q.span.start), shift.end(q.span.end)
        out.stylize(styles.quote[slots[q.speaker or ""]], s, e)
        label_start = shift.start(at) - len(label) - 1
        shown.append((base + label_start, base + e))
    for s, e in evidence:
        if 0 <= s < e <= len(text):
            out.stylize(styles.evidence, shift.start(s), shift.end(e))
    for s, e in terms:
        if 0 <= s < e <= len(text):
            out.stylize(styles.match, shift.start(s), shift.end(e))
    return Rendered(out, quotes=shown, speakers=[q.speaker or "unattributed" for q in quotes])


def _field_lines(pairs: list[tuple[str, str | None]], styles: Styles, indents: dict[int, int],
                 base: int, width: int = LABEL_WIDTH) -> Text:
    out = Text()
    for name, value in pairs:
        if value in (None, ""):
            continue
        indents[base + len(out)] = width
        out.append(f"{name:<{width}}", styles.label)
        out.append(str(value).replace("\t", CELL_RULE))
        out.append("\n")
    return out


def case_fields(d) -> list[tuple[str, str | None]]:
    """The case's fields as (label, value) pairs, in the order the detail pane shows them."""
    officer = d.officer or f"unnamed {d.role or 'officer'}"
    dates = " · ".join(x for x in (
        f"hearing {d.hearing_date}" if d.hearing_date else None,
        f"case {d.date}" if d.date and d.date != d.hearing_date else None,
        f"published {d.article.published}" if d.article.published else None) if x)
    flags = ", ".join(x for x in (
        "barred" if d.barred else None, "resigned" if d.resigned else None,
        "left the force" if d.left_force and not d.resigned else None) if x)
    return [
        ("Officer", officer),
        ("Rank", d.rank),
        ("Role", d.role if d.role and d.role != "officer" else None),
        ("Force", d.force),
        ("Finding", d.finding_label),
        ("Outcome", d.outcome_label + (f" ({flags})" if flags else "") if d.outcome_label else flags or None),
        ("Standards", "; ".join(d.standard_labels) or None),
        ("Allegations", d.allegations),
        ("Chair", d.chair),
        ("Investigator", d.investigator),
        ("Dates", dates or None),
        ("Publication", d.article.publication or d.publication),
        ("Title", d.article.title),
        ("Source", d.article.url or d.article.source),
    ]


def article_fields(a) -> list[tuple[str, str | None]]:
    return [
        ("Title", a.title),
        ("Publication", a.publication),
        ("Byline", a.byline),
        ("Published", a.published),
        ("Source", a.url or a.source),
        ("Cases", str(len(a.cases))),
        ("Quotes", str(len(a.quotes))),
    ]


def _evidence(d) -> list[tuple[int, int]]:
    if d is None:
        return []
    return [(s.start, s.end) for name in EVIDENCE_FIELDS for s in d.evidence.get(name, ())]


def render_case(d, styles: Styles, terms=(), *, sample: bool = False) -> Rendered:
    """The detail pane: the case's fields, then its article."""
    head = Text()
    indents: dict[int, int] = {}
    if sample or d.is_sample:
        head.append("SAMPLE — a fictional article\n", styles.muted)
    head.append_text(_field_lines(case_fields(d), styles, indents, len(head)))
    if d.notes:
        head.append("Notes", styles.label)
        head.append(f" ({len(d.notes)})\n")
    head.append("\n")
    head.append("Article", styles.heading)
    count = len(d.quotes)
    head.append(f" — {count} quote{'s' if count != 1 else ''}; n/p to step through them\n\n"
                if count else " — no quotes\n\n", styles.muted)
    body = article_body(d.article.text, list(d.quotes), styles, evidence=_evidence(d), terms=terms,
                        base=len(head))
    head.append_text(body.text)
    return Rendered(head, indents=indents, quotes=body.quotes, speakers=body.speakers)


def render_article(a, styles: Styles, terms=(), *, case=None) -> Rendered:
    """The article screen: the article's fields, then its full text with every quote labelled and
    the chosen case's evidence marked."""
    head = Text()
    indents: dict[int, int] = {}
    if a.is_sample:
        head.append("SAMPLE — a fictional article\n", styles.muted)
    head.append_text(_field_lines(article_fields(a), styles, indents, len(head)))
    if case is not None:
        indents[len(head)] = LABEL_WIDTH
        head.append(f"{'Marked':<{LABEL_WIDTH}}", styles.label)
        who = case.officer or f"unnamed {case.role or 'officer'}"
        head.append(f"evidence for {who}: ")
        head.append("name, force, outcome", styles.evidence)
        head.append("\n")
    head.append("\n")
    body = article_body(a.text, list(a.quotes), styles, evidence=_evidence(case), terms=terms,
                        base=len(head))
    head.append_text(body.text)
    return Rendered(head, indents=indents, quotes=body.quotes, speakers=body.speakers)
