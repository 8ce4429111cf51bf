"""The stored text: paragraphs normalised, page furniture out, title/byline/date/publication found.

`clean` decides the string that `articles.text` keeps and every span points into, so it is
pure, deterministic and idempotent: clean(clean(d)) == clean(d). It works in four stages,
each of which only ever shrinks what the next sees:

1. characters: controls and escape sequences out, odd spaces to a space, runs of spaces
   collapsed, each line stripped. Quotation marks, apostrophes and dashes are never touched.
2. paragraphs: blank-line separated blocks; a hard-wrapped block (lines that each end where
   the next word would not have fitted) is rejoined; any other block gives one paragraph
   per line. The result is one line per paragraph, separated by one blank line.
3. furniture (store/furniture.py): whole paragraphs that are page furniture (cookie notices, "Skip to main
   content", share and print links, advert markers, lone photo credits, registration and
   newsletter walls, "Related articles" headings with their lists) are dropped. The rules
   match whole paragraphs, never part of one, and a list or wall stops at the first
   paragraph that reads like the article.
4. metadata: bylines, datelines and "Publication | Section" lines are read and dropped
   only where such furniture sits: before the article's second prose paragraph, or after
   its last. Masthead lines above the headline ("The Valley Herald", "Kent Police") give the
   publication and go. The first paragraph, when it reads as a headline, is the title and
   stays.

All patterns compile once at import; the last few results are cached by text, so a reader's
emptiness check and the ingest's clean of the same document cost one pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import reference
from .furniture import drop_furniture, is_lone_furniture, is_prose
from .model import Document
from .pubdate import date_line, split_trailing_date
from .text import fold, strip_controls

# ------------------------------------------------------------------ stage 1: characters

_SPACE_LIKE = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u00ad\u2060\ufeff\u180e"
# Regexes rather than str.translate: a translate table built from a dict runs per character
# in Python, several times slower on long texts.
_ODD_SPACES = re.compile(f"[{_SPACE_LIKE}]")
_INVISIBLES = re.compile(f"[{_INVISIBLE}]")
_SPACES = re.compile(r" {2,}")

# ------------------------------------------------------------------ stage 2: paragraphs

_TERMINAL = re.compile(r"[.!?…]['’\"”)\]]*$")
_BULLET = re.compile(r"^(?:[•·▪◦‣●*+-]|\d{1,3}[.)])\s")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")

# ------------------------------------------------------------------ stage 4: metadata

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|van|von|der|den|le|la|bin|al|el|du|di|dos|ten|ter)\b)"
_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}")
_NAMES = re.compile(rf"{_NAME.pattern}(?:\s*(?:,|and|&)\s*{_NAME.pattern})*")
_BY = re.compile(r"by\s+(?P<rest>.+)", re.I)
_ROLE_SPLIT = re.compile(r"\s*(?:,|\s[|–—·•-]\s|\s-\s)\s*")
_ROLE_LINE = re.compile(
    r"(?:[A-Z][\w'’&-]*\s+){0,4}(?:reporter|reporters|correspondent|correspondents|editor|writer|journalist|"
    r"staff|contributor|columnist|producer|desk|team)", re.I)
_BYLINE_PARTS = re.compile(r"\s*(?:,|\||•|·|\s[–—-]\s)\s*")
_DATE_PARTS = re.compile(r"\s*(?:\||•|·)\s*")
_DATE_DASH = re.compile(r"\s+[–—-]\s+")
_PIPE_PUBLICATION = re.compile(r"(?P<pub>[A-Z0-9][^|]{1,60}?)\s+\|\s+(?P<section>[^|]{1,40})")
_COPYRIGHT = re.compile(
    r"(?:(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<pub>[^.|©]{2,60}?)(?:\s+\d{4})?"
    r"|(?P<pub2>[^.|©]{2,60}?)\s*(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"\.?(?:\s*all\s+rights\s+reserved\.?)?", re.I)
_ORG_WORD = re.compile(
    r"\b(?:office|police|constabulary|council|commission|commissioner|authority|agency|service|ministry|department|"
    r"association|federation|institute|trust|gazette|times|news|post|echo|mail|herald|chronicle|press|telegraph|"
    r"guardian|independent|standard|observer|mirror|express|journal|tribune|courier|argus|advertiser|review|"
    r"bulletin|broadcasting|media|group|government|parliament|court|tribunal|union|college|limited|ltd|plc)\b", re.I)
# A masthead or issuing body ends in one of these words ("The Blackwater Herald", "Kent Police",
# "Independent Office for Police Conduct (IOPC)") ...
_PAPER_ENDS = frozenset("""
herald post times gazette chronicle news echo star mercury courier clarion ledger wire voice leader observer
standard advertiser bulletin dispatch journal telegraph mail express mirror argus tribune record sentinel press
guardian independent examiner reporter courant today online weekly daily
""".split())
_MASTHEAD_ENDS = _PAPER_ENDS | frozenset("""
police constabulary service conduct office commissioner council authority agency commission newsroom department
directorate iopc ipcc opcc psni hmicfrs npcc bbc itv
""".split())
# ... and has none of the little words every headline needs.
_HEADLINE_WORDS = frozenset("""
after over to in on at with by as from into against amid despite before without who is are was were be been has
have had says said will could would may not no why how what when his her their its a an up down out off
""".split())
_NAME_LINKS = frozenset({"of", "for", "and", "&", "the", "de", "y"})
# Kept in capitals when an all-capital headline becomes a sentence for the metadata.
_ACRONYMS = frozenset("""
PC PCSO DC DS DI DCI DCS DSU ACC DCC IOPC IPCC OPCC PSNI BTP CPS UK US HMICFRS NPCC PSD CCTV GMP MP QC KC NHS
RSPCA SFO NCA TV BBC ITV LGBT LGBTQ FBI NYPD LAPD I II III
""".split())
_HEADLINE_END = re.compile(r"[.,;:]['’\"”)\]]*$")
_HEADLINE_START = re.compile(r"^[\w'‘’\"“”£$€(]")
_TERMINAL_PUNCT = re.compile(r"[.!?…]['’\"”)\]]*$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    publication: str | None = None


def clean(doc: Document) -> Document:
    """The document with its final text, and title/byline/date/publication filled where missing."""
    found = _clean(doc.text, doc.publication)
    return doc.replace(
        text=found.text,
        title=doc.title or found.title,
        byline=doc.byline or found.byline,
        published=doc.published or found.published,
        publication=doc.publication or found.publication,
    )


def clean_text(text: str, publication: str | None = None) -> str:
    """Only the cleaned text (readers use it to tell an empty page from an article)."""
    return _clean(text, publication).text


@lru_cache(maxsize=8)
def _clean(text: str, publication: str | None) -> Cleaned:
    paragraphs: list[str] = []
    for block in _blocks(_lines(text)):
        paragraphs.extend(_block_paragraphs(block))
    kept, removed_after, candidates = drop_furniture(paragraphs)
    return _metadata(kept, removed_after, candidates, publication)


# ------------------------------------------------------------------ stage 1 and 2

def _lines(text: str) -> list[str]:
    return [_line(line) for line in _INVISIBLES.sub("", strip_controls(text)).split("\n")]


def _line(line: str) -> str:
    # A row of a table pasted as text keeps one tab between its cells: the cells are columns,
    # not words of one sentence ("PC<tab>Sexual comments …<tab>Gross misconduct<tab>Dismissed").
    cells = [c for c in (_SPACES.sub(" ", _ODD_SPACES.sub(" ", c)).strip() for c in line.split("\t")) if c]
    if len(cells) >= 3:
        return "\t".join(cells)
    return _SPACES.sub(" ", _ODD_SPACES.sub(" ", line)).strip()


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _first_word(line: str) -> int:
    space = line.find(" ")
    return len(line) if space < 0 else space


def _full(line: str, following: str, width: int) -> bool:
    """Greedy wrapping's signature: the next line's first word would not have fitted."""
    return len(line) + 1 + _first_word(following) > width


def _block_paragraphs(block: list[str]) -> list[str]:
    if len(block) == 1:
        return block
    # Each bullet starts a run of its own, so a list does not hide the wrapping around it.
    # A table's row (cells kept apart by tabs, see _line) is a paragraph of its own too.
    runs: list[list[str]] = [[]]
    for line in block:
        if "\t" in line:
            runs.extend([[line], []])
            continue
        if _BULLET.match(line) and runs[-1]:
            runs.append([])
        runs[-1].append(line)
    runs = [run for run in runs if run]
    if len(runs) > 1:
        return [p for run in runs for p in _unwrap(run)]
    return _unwrap(block)


def _unwrap(block: list[str]) -> list[str]:
    if len(block) == 1:
        return block
    # A long unbroken token (a URL) says nothing about the wrap width.
    widths = [len(l) for l in block if " " in l]
    width = max(widths) if widths else 0
    if not 30 <= width <= 120:
        return block
    n = len(block)
    full = [_full(block[i], block[i + 1], width) for i in range(n - 1)]
    if n == 2:
        wrapped = width >= 50 and full[0] and block[1][:1].islower()
    else:
        ends = sum(1 for l in block[:-1] if _TERMINAL.search(l))
        wrapped = sum(full) >= 0.6 * (n - 1) and ends < 0.5 * (n - 1)
    if not wrapped or sum(1 for line in block if _LABELLED.match(line)) >= 2:
        # (a notice's labelled lines, "Date: …", "Venue: …", each as long as the width)
        return _wrapped_runs(block, full, width)
    return _rejoin(block, [full[i - 1] or (not _TERMINAL.search(block[i - 1]) and block[i][:1].islower())
                           for i in range(1, n)])


def _rejoin(block: list[str], joined: list[bool]) -> list[str]:
    """The block's lines with each line `i` for which `joined[i - 1]` holds joined to the one before."""
    out = [block[0]]
    for line, join in zip(block[1:], joined):
        if join:
            # "well-" + "known": a hyphen at the end of a wrapped line belongs to the word.
            out[-1] += line if _HYPHEN_END.search(out[-1]) and line[:1].isalpha() else " " + line
        else:
            out.append(line)
    return out


# "Venue: Force Headquarters": a notice's field, a line of its own however long the one before
_LABELLED = re.compile(r"[A-Z][\w'’ ]{0,30}:\s")


def _wrapped_runs(block: list[str], full: list[bool], width: int) -> list[str]:
    """A block that is not wrapped as a whole (page furniture hard-wrapped together with a
    headline and a lede): rejoin only its wrapped runs, three lines or more each filled to the
    width, and a line too long for furniture that goes on in lower case ("…relationship with" +
    "vulnerable witness")."""
    n = len(block)
    in_run = [False] * n
    for i in range(n - 2):
        if full[i] and full[i + 1]:
            in_run[i] = in_run[i + 1] = in_run[i + 2] = True
    joined = []
    for i in range(1, n):
        prev, line = block[i - 1], block[i]
        joined.append((in_run[i - 1] and in_run[i] and full[i - 1] and not _LABELLED.match(line)) or
                      (len(prev) >= 0.6 * width and not _TERMINAL.search(prev) and line[:1].islower()))
    return _rejoin(block, joined)


# ------------------------------------------------------------------ stage 4

def _words(p: str) -> int:
    return p.count(" ") + 1


def _headline_like(p: str) -> bool:
    return (2 <= _words(p) <= 30 and len(p) <= 250 and not _HEADLINE_END.search(p)
            and bool(_HEADLINE_START.match(p)) and not p.lower().startswith("by ")
            and date_line(p) is None)


def _title_case(p: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", p) if len(w) >= 4]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _masthead_name(p: str) -> str | None:
    """The name a masthead line gives: the line, or for "IOPC | Independent Office for Police
    Conduct" and "South Wales Police | Heddlu De Cymru" its longest part that is a masthead."""
    if "|" in p or " / " in p:
        parts = [part.strip() for part in re.split(r"\s[|/]\s|\|", p) if part.strip()]
        names = [part for part in parts if _masthead(part)]
        if names and all(_masthead(part) or _title_case(part) and len(part.split()) <= 4 for part in parts):
            return max(names, key=len)
        return None
    if _masthead(p) or " ".join(p.lower().split()) in reference.issuing_names():
        return p
    return None


_PAPER_START = re.compile(r"the\s+(?:daily|sunday|weekly|evening|morning)\s", re.I)


def _masthead(p: str, ends: frozenset[str] = _MASTHEAD_ENDS) -> bool:
    """A publication's or issuing body's name on a line of its own."""
    if _ROLE_LINE.fullmatch(p):
        return False        # "Crime Reporter" is a job, not a paper
    core = re.sub(r"\s*\([^()]{1,40}\)$", "", p)
    words = core.split()
    if not 1 <= len(words) <= 7 or _TERMINAL_PUNCT.search(p) or re.search(r"[,:;!?|]", core):
        return False
    if words[-1].lower() not in ends and not (len(words) >= 3 and _PAPER_START.match(core)):
        return False        # "The Daily Compass": a paper's name whatever its last word
    for w in words:
        low = w.lower()
        if low in _HEADLINE_WORDS:
            return False
        if low not in _NAME_LINKS and not w[:1].isupper() and not w[:1].isdigit():
            return False
    return True


def _as_name(text: str) -> str:
    """"THE MORNING LEDGER" → "The Morning Ledger"; short all-capital words (IOPC, BBC) stay."""
    if not text.isupper():
        return text
    words = []
    for i, w in enumerate(text.split(" ")):
        low = w.lower()
        if i and low in _NAME_LINKS:
            words.append(low)
        elif len(w) <= 3 and low not in _NAME_LINKS:
            words.append(w)
        else:
            words.append(w[:1] + w[1:].lower())
    return " ".join(words)


def _same_name_translated(masthead: str, line: str) -> bool:
    """"Heddlu Dyfed-Powys" under "Dyfed-Powys Police": a short name sharing a distinctive word."""
    words = line.split()
    if len(words) > 4 or not _title_case(line) or _HEADLINE_WORDS & {w.lower() for w in words}:
        return False
    distinctive = {w.lower() for w in re.findall(r"[\w'’-]{4,}", masthead)} - _MASTHEAD_ENDS
    return bool(distinctive & {w.lower() for w in re.findall(r"[\w'’-]{4,}", line)})


def _names(text: str) -> str | None:
    """The names in a byline's name part ("Jane Doe and John Roe"), or None if it is not names."""
    text = text.strip(" ,|–—-")
    if not text or len(text) > 80 or not _NAMES.fullmatch(text):
        return None
    words = re.findall(r"[\w'’.-]+", text)
    if not 2 <= len(words) <= 12 or any(w.isupper() and len(w) > 3 for w in words):
        return None     # "By ORDER OF THE COURT" is not a name
    return text


def _byline(p: str) -> tuple[str, str | None, str | None] | None:
    """(names, ISO date, publication) when the paragraph is a byline line, else None.

    "By Jane Doe", "By Jane Doe, Crime Reporter", "By Jane Doe, The Valley Herald",
    "Jane Doe12 May 2021", "Jane Doe · Community Editor · 8 June 2023"."""
    if len(p) > 120 or is_prose(p):
        return None
    rest, when = split_trailing_date(p)
    rest = rest.strip(" ,|–—-·•")
    m = _BY.fullmatch(rest)
    if m:
        parts = _ROLE_SPLIT.split(m.group("rest").strip(" ,|–—-·•"), maxsplit=1)
        names = _names(parts[0])
        if not names:
            return None
        role = parts[1].strip(" ,|–—-·•") if len(parts) > 1 else ""
        return names, when, (role if role and _masthead(role, _PAPER_ENDS) else None)
    parts = [part for part in _BYLINE_PARTS.split(rest) if part]
    if not when:
        # "Jane Doe, Crime Reporter": a name and a job, with neither "By" nor a date
        names = _names(parts[0]) if len(parts) == 2 else None
        if names and _words(names) <= 4 and _ROLE_LINE.fullmatch(parts[1]):
            return names, None, None
        return None
    # No "By": a name glued to a date, or a name and a role beside a date.
    names = _names(parts[0]) if parts else None
    if not names or _words(names) > 5:
        return None
    publication = None
    for part in parts[1:]:
        if _masthead(part, _PAPER_ENDS):
            publication = publication or part
        elif not _ROLE_LINE.fullmatch(part):
            return None
    return names, when, publication


@dataclass(slots=True)
class _Dateline:
    published: str | None = None
    updated: str | None = None
    byline: str | None = None
    publication: str | None = None


def _dateline(p: str) -> _Dateline | None:
    """The dates (and a byline or masthead beside them) when the paragraph is a dateline:
    "IN BRIEF | 30 June 2022", "14 March 2023 | Professional Standards",
    "Published: 9 May 2022 | Last updated: 10 May 2022",
    "Solent Evening News | Monday, August 19, 2013 | By Neville Ashcombe"; None otherwise."""
    if len(p) > 160:
        return None
    found = _Dateline()
    if "|" in p or "•" in p or "·" in p:
        parts = _DATE_PARTS.split(p)
    elif " – " in p or " — " in p or " - " in p:
        parts = _DATE_DASH.split(p)     # "News release – 4 December 2024"
    else:
        parts = [p]
    dated = False
    for part in parts:
        when = date_line(part)
        if when:
            dated = True
            if re.match(r"\s*(?:last\s+)?(?:updated|modified)", part, re.I):
                found.updated = found.updated or when
            else:
                found.published = found.published or when
            continue
        by = _BY.fullmatch(part)
        if by and _names(by.group("rest")):
            found.byline = found.byline or _names(by.group("rest"))
        elif _masthead(part, _PAPER_ENDS):
            found.publication = found.publication or part
        elif len(part.split()) > 4 or _TERMINAL_PUNCT.search(part) or not part:
            return None     # a label beside a date is short; anything else is prose
    return found if dated else None


def _title_metadata(title: str | None) -> str | None:
    """An all-capital headline as the sentence it is, for lists and exports (the text keeps it)."""
    if not title or not title.isupper():
        return title
    words = title.lower().split(" ")
    out = [w.upper() if w.upper().strip("()'’:,") in _ACRONYMS else w for w in words]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _metadata(kept: list[str], removed_after: list[bool], hints: list[str], known: str | None) -> Cleaned:
    # "Copyright 2023 The Echo Ltd. All rights reserved." is a sentence, but not of the article.
    prose = [i for i, p in enumerate(kept) if is_prose(p) and not (len(p) <= 100 and _COPYRIGHT.fullmatch(p))]
    head_end = prose[1] if len(prose) >= 2 else (prose[0] + 1 if prose else len(kept))
    tail_start = prose[-1] + 1 if prose else len(kept)

    drop: set[int] = set()
    byline = published = updated = None
    # Publication candidates by where they were found; the first kind that has one wins.
    found_pub: dict[str, list[str]] = {k: [] for k in ("masthead", "pipe", "byline", "dateline", "copyright")}

    def take_dates(d: _Dateline) -> None:
        nonlocal published, updated, byline
        published = published or d.published
        updated = updated or d.updated
        byline = byline or d.byline
        if d.publication:
            found_pub["dateline"].append(d.publication)

    after_byline = False
    for i in range(head_end):
        p = kept[i]
        if "\t" in p:
            after_byline = False
            continue                # a table's row ("Officer / staff member<tab>Date …") is never a byline
        if after_byline and len(p) <= 60 and _ROLE_LINE.fullmatch(p):
            drop.add(i)             # "Chief Reporter" on the line under the byline
            after_byline = False
            continue
        after_byline = False
        found = _byline(p)
        if found is None and i + 1 < head_end and len(kept[i + 1]) <= 60 and _ROLE_LINE.fullmatch(kept[i + 1]) \
                and _words(p) <= 5 and (names := _names(p)):
            found = (names, None, None)     # a bare name above "Crime Correspondent"
        if found:
            byline = byline or found[0]
            published = published or found[1]
            if found[2]:
                found_pub["byline"].append(found[2])
            drop.add(i)
            after_byline = True
            continue
        dates = _dateline(p)
        if dates:
            take_dates(dates)
            drop.add(i)
    for i in range(max(tail_start, head_end), len(kept)):
        p = kept[i]
        dates = _dateline(p)
        if dates:
            take_dates(dates)
            drop.add(i)
            continue
        m = _PIPE_PUBLICATION.fullmatch(p)
        if m and not _TERMINAL_PUNCT.search(m.group("pub")) and not is_lone_furniture(m.group("pub")):
            found_pub["pipe"].append(m.group("pub").strip())
            drop.add(i)
            continue
        m = _COPYRIGHT.fullmatch(p) if len(p) <= 100 else None
        if m:
            pub = (m.group("pub") or m.group("pub2") or "").strip()
            if re.search(r"[^\W\d_]", pub):
                found_pub["copyright"].append(_masthead_name(pub) or pub)
            drop.add(i)
            continue
        found = _byline(p)
        if found and _BY.match(p):
            byline = byline or found[0]
            drop.add(i)

    def best() -> str | None:
        for kind in found_pub.values():
            if kind:
                return kind[0]
        return None

    rest = [i for i in range(len(kept)) if i not in drop]
    # Mastheads above the headline (a name, its second-language form, a site name) are the
    # publication, not the title. One pass removes them all, so a second pass finds none.
    removed: str | None = None
    while len(rest) >= 3:
        first, second = kept[rest[0]], kept[rest[1]]
        if not _headline_like(second) or len(first) > 100 or is_prose(first):
            break
        names = {fold(x) for x in (known, best(), *hints) if x}
        name = _masthead_name(first)
        if name is None and _headline_like(first) and _title_case(first) and (
                fold(first) in names or (removed_after[rest[0]] and _ORG_WORD.search(first))):
            name = first
        if name is None and not (removed and _same_name_translated(removed, first)):
            break
        if name:
            found_pub["masthead"].append(name)
        removed = first
        drop.add(rest[0])
        rest = rest[1:]
    # Of several masthead lines the first names the publication ("Lincolnshire Police" over
    # "Professional Standards Department"), unless it is only an acronym ("IOPC" over
    # "Independent Office for Police Conduct").
    mastheads = found_pub["masthead"]
    if len(mastheads) > 1 and re.fullmatch(r"[A-Z]{2,7}", mastheads[0]):
        mastheads.append(mastheads.pop(0))
    publication = best() or (hints[0] if hints else None)

    final = [kept[i] for i in rest]
    title = final[0] if len(final) >= 2 and _headline_like(final[0]) else None
    return Cleaned("\n\n".join(final), _title_metadata(title), byline, published or updated,
                   _as_name(publication) if publication else None)
