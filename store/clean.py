"""The stored text: paragraphs normalised, page furniture out, title/byline/date/publication found.

`clean` decides the string that `articles.text` keeps and every span points into, so it is
pure, deterministic and idempotent: clean(clean(d)) == clean(d). It works in four stages,
each of which only ever shrinks what the next sees:

1. characters: controls and escape sequences out, odd spaces to a space, runs of spaces
   collapsed, each line stripped. Quotation marks, apostrophes and dashes are never touched.
2. paragraphs: blank-line separated blocks; a hard-wrapped block (lines that each end where
   the next word would not have fitted) is rejoined; any other block gives one paragraph
   per line. The result is one line per paragraph, separated by one blank line.
3. furniture: whole paragraphs that are page furniture (cookie notices, "Skip to main
   content", share and print links, advert markers, lone photo credits, registration and
   newsletter walls, "Related articles" headings with their lists) are dropped. The rules
   match whole paragraphs, never part of one, and a list or wall stops at the first
   paragraph that reads like the article.
4. metadata: bylines, datelines and "Publication | Section" lines are read and dropped
   only where such furniture sits: before the article's second prose paragraph, or after
   its last. The first paragraph, when it reads as a headline, is the title and stays.

All patterns compile once at import; the last few results are cached by text, so a reader's
emptiness check and the ingest's clean of the same document cost one pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Document
from .pubdate import date_line, split_trailing_date
from .text import fold, strip_controls

# ------------------------------------------------------------------ stage 1: characters

_SPACE_LIKE = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u00ad\u2060\ufeff\u180e"
_CHARS = str.maketrans({**{c: " " for c in _SPACE_LIKE}, **{c: None for c in _INVISIBLE}})
_SPACES = re.compile(r" {2,}")

# ------------------------------------------------------------------ stage 2: paragraphs

_TERMINAL = re.compile(r"[.!?…]['’\"”)\]]*$")
_BULLET = re.compile(r"^(?:[•·▪◦‣●*+-]|\d{1,3}[.)])\s")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")

# ------------------------------------------------------------------ stage 3: furniture

_SOCIAL = (r"(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|reddit|messenger|bluesky|threads|"
           r"telegram|flipboard|tumblr|instagram|tiktok|youtube|sms|print|copy(?:\s+link)?|share|tweet|mastodon)")
_AGENCY = (r"(?:pa(?:\s+(?:archive|wire|media|images|photo|graphics))?|press\s+association|getty(?:\s+images)?|"
           r"afp(?:\s+via\s+getty(?:\s+images)?)?|ap(?:\s+photo)?|associated\s+press|reuters|alamy(?:\s+stock\s+photo)?|"
           r"shutterstock|istock(?:photo)?|rex(?:\s+features)?|rex/shutterstock|swns|supplied|handout|pool|"
           r"police\s+handout|family\s+handout|bbc|epa(?:-efe)?|anadolu|mirrorpix|reach\s+plc|"
           r"[\w .'’-]{1,40}\s+police|google\s+(?:maps|street\s*view))")
_LONE = re.compile(r"(?:" + "|".join((
    # navigation and accessibility links
    r"skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|footer|article)",
    r"jump\s+to\s+(?:main\s+)?content", r"back\s+to\s+top", r"go\s+to\s+top", r"top\s+of\s+page",
    r"menu|search|close|home|next|previous|loading\.*|more|show\s+more|load\s+more|see\s+more|view\s+more",
    r"sign\s+in|log\s*in|log\s+out|register|subscribe|my\s+account|toggle\s+navigation",
    # print, share, copy, email
    r"printable\s+version|printer[-\s]friendly(?:\s+version)?|print\s+version|print(?:\s+this)?(?:\s+(?:article|page|story))?",
    rf"share(?:\s+this)?(?:\s+(?:article|story|page|post|link))?(?:\s+(?:on|via|with|to)\s+{_SOCIAL})?",
    rf"(?:share|post|send|email|e-mail|tweet)(?:\s+this)?(?:\s+(?:article|story|page))?\s+(?:on|via|to|by)\s+{_SOCIAL}",
    rf"{_SOCIAL}(?:\s*[|/•·,]?\s*{_SOCIAL})*",
    r"copy(?:\s+the)?(?:\s+article)?\s+link|link\s+copied(?:\s+to\s+clipboard)?|copied!?",
    r"email(?:\s+this)?(?:\s+(?:article|story|page))?(?:\s+to\s+a\s+friend)?",
    r"(?:channel\s+website|original\s+article(?:\s+link)?|article\s+link|source\s+link|permalink|short\s*link|"
    r"canonical\s+url)\s*:?\s*(?:https?://\S*|www\.\S*)?",
    r"listen\s+to\s+this\s+article|\d{1,2}\s+min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d{1,2}\s+min(?:ute)?s?",
    # follows
    rf"follow\s+(?:us|@\w+|[\w .'’-]{{1,40}})\s+on\s+{_SOCIAL}(?:\s*(?:,|and|&)\s*{_SOCIAL})*[.!]?",
    r"(?:like\s+us\s+on\s+facebook|join\s+us\s+on\s+(?:facebook|whatsapp|telegram))[\w .,!'’-]{0,60}",
    # adverts
    r"advertisement|advert|ads?|sponsored(?:\s+(?:content|links|post|stories))?|promoted(?:\s+(?:content|stories))?",
    r"paid\s+(?:content|partnership|post)|partner\s+content",
    r"(?:story|article|content)\s+continues\s+(?:below|after(?:\s+the)?\s+(?:advert|advertisement|ad))(?:\s+advertisement)?",
    r"continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?",
    # cookie buttons
    r"(?:accept|reject|allow|decline|refuse)(?:\s+all)?(?:\s+cookies)?(?:\s+and\s+(?:continue|close))?",
    r"(?:manage|customi[sz]e|change)\s+(?:my\s+)?(?:cookies|preferences|settings|consent|choices)",
    r"cookie\s+(?:settings|preferences|policy|notice|banner)|i\s+(?:agree|accept)|got\s+it|ok(?:ay)?,?\s+got\s+it",
    # comments
    r"(?:\d+|no)\s+comments?|(?:show|view|hide|leave\s+a|add\s+a|post\s+a|join\s+the|read)\s+comments?|comments?",
    # photo credits and captions standing alone
    rf"(?:[\w .'’-]{{1,40}}\s*/\s*)?{_AGENCY}(?:\s*/\s*{_AGENCY})?",
    r"\(?(?:image|photo|picture|pic|photograph|credit|main\s+image|top\s+image|header\s+image)s?"
    r"(?:\s+(?:credit|source))?\s*[:,]\s*[^.]{1,80}\)?",
    r"(?:image|media)\s+(?:caption|source)s?",
    r"(?:[\w'’-]+\s+){0,4}(?:stock(?:\s+(?:image|photo|picture))?|file\s+(?:photo|picture|image)|"
    r"library\s+(?:image|picture|photo))",
)) + r")[.!:]?", re.I)
# Lines of symbols only ("•", "***", "|"), and lone single characters.
_SYMBOLS = re.compile(r"[^\w]{1,5}|\w")
_COOKIE = re.compile(
    r"\b(?:(?:we|this\s+(?:site|website)|our\s+(?:site|website)s?)\s+uses?\s+cookies|use\s+of\s+cookies|"
    r"cookies?\s+(?:policy|settings|preferences|notice)|accept\s+(?:all\s+)?cookies|"
    r"consent\s+to\s+(?:the\s+use\s+of\s+)?cookies|(?:store|access)\s+(?:and/or\s+access\s+)?information\s+on\s+(?:a|your)\s+device)",
    re.I)
_PARTS = re.compile(r"\s*[|•·]\s*")
_WALL_TRIGGER = re.compile(
    r"(?:.{0,60}\b(?:create|register\s+for)\s+an?\s+(?:free\s+)?account\s+to\s+(?:continue|keep)\s+reading.{0,60}"
    r"|.{0,60}\b(?:subscribe|register|sign\s+up|sign\s+in|log\s+in|login)(?:\s+now|\s+for\s+free)?\s+to\s+(?:continue|keep|read)\b.{0,80}"
    r"|.{0,40}\bto\s+(?:continue|keep)\s+reading,?\s+(?:please\s+)?(?:subscribe|register|sign\s+in|log\s+in|create).{0,80}"
    r"|.{0,40}\bthis\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:available|for|exclusive)\s+(?:to\s+)?(?:our\s+)?"
    r"(?:subscribers|members|registered\s+users).{0,60}"
    r"|(?:already\s+(?:a\s+subscriber|have\s+an\s+account|registered)).{0,30}"
    r"|.{0,60}\b(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the|my)\b.{0,40}\bnewsletters?\b.{0,80}"
    r"|.{0,40}\b(?:get|receive)\s+(?:the|our)\b.{0,50}\b(?:newsletter|in\s+your\s+inbox)\b.{0,60}"
    r"|(?:newsletter|free\s+newsletter|daily\s+newsletter)s?(?:\s+sign[\s-]?up)?)", re.I)
_WALL_WORDS = re.compile(
    r"\b(?:accounts?|sign[\s-]?(?:in|up)|log[\s-]?(?:in|out)|logged\s+in|register(?:ed|ing)?|registration|"
    r"subscri\w*|newsletters?|e-?mail|password|characters?|required|terms\s+(?:of|and)|privacy|cookies?|"
    r"re-?captcha|captcha|continue\s+reading|journalism|comment\s+on\s+stories|competitions|refresh\s+the\s+page|"
    r"thank\s+you\s+for|verify|verification|unlock|premium|free\s+trial|per\s+month|cancel\s+any\s?time|"
    r"inbox|unsubscribe|consented|opt\s+out|sign\s+me\s+up|invalid|try\s+again|something\s+went\s+wrong)\b", re.I)
_LIST_HEADING = re.compile(
    r"(?P<heading>latest(?:\s+(?:news|stories|headlines|updates|articles|videos))?(?:\s+from(?:\s+(?P<pub>.{2,80}?))?)?"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|enjoy|have\s+missed)"
    r"|related(?:\s+(?:articles|stories|content|news|topics|links|reading|coverage|posts))?"
    r"|most\s+(?:read|popular|viewed|shared|commented|watched)(?:\s+(?:stories|articles|news))?"
    r"|more\s+(?:stories|news|top\s+stories|on\s+this\s+(?:story|topic)|like\s+this|from\s+.{2,60}?|in\s+.{2,40}?)"
    r"|(?:read|see)\s+(?:more|also|next)|also\s+read"
    r"|recommended(?:\s+(?:for\s+you|reading|stories|articles))?|trending(?:\s+(?:now|stories|news))?"
    r"|top\s+stories|popular(?:\s+(?:now|stories|today))?|in\s+other\s+news|don['’]t\s+miss|what\s+to\s+read\s+next"
    r"|editor['’]s\s+picks|elsewhere\s+on\s+.{2,40}?|topics|tags|explore\s+more\s+on\s+these\s+topics)\s*:?", re.I)
_READ_MORE = re.compile(r"(?:read\s+more|more\s+on\s+this\s+story|see\s+also|also\s+read|related|read\s+next)\s*[:|›»>–—-]\s*.{1,160}", re.I)
_PERIOD_END = re.compile(r"\.['’\"”)\]]*$")

# ------------------------------------------------------------------ stage 4: metadata

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|van|von|der|den|le|la|bin|al|el|du|di|dos|ten|ter)\b)"
_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}")
_NAMES = re.compile(rf"{_NAME.pattern}(?:\s*(?:,|and|&)\s*{_NAME.pattern})*")
_BY = re.compile(r"by\s+(?P<rest>.+)", re.I)
_ROLE_SPLIT = re.compile(r"\s*(?:,|\s[|–—-]\s|\s-\s)\s*")
_PIPE_PUBLICATION = re.compile(r"(?P<pub>[A-Z0-9][^|]{1,60}?)\s+\|\s+(?P<section>[^|]{1,40})")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<pub>[^.|]{2,60}?)\.?"
                        r"(?:\s*all\s+rights\s+reserved\.?)?", re.I)
_ORG_WORD = re.compile(
    r"\b(?:office|police|constabulary|council|commission|commissioner|authority|agency|service|ministry|department|"
    r"association|federation|institute|trust|gazette|times|news|post|echo|mail|herald|chronicle|press|telegraph|"
    r"guardian|independent|standard|observer|mirror|express|journal|tribune|courier|argus|advertiser|review|"
    r"bulletin|broadcasting|media|group|government|parliament|court|tribunal|union|college|limited|ltd|plc)\b", re.I)
_HEADLINE_END = re.compile(r"[.,;:]['’\"”)\]]*$")
_HEADLINE_START = re.compile(r"^[\w'‘’\"“”£$€(]")


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


def clean_text(text: str) -> str:
    """Only the cleaned text (readers use it to tell an empty page from an article)."""
    return _clean(text, None).text


@lru_cache(maxsize=16)
def _clean(text: str, publication: str | None) -> Cleaned:
    paragraphs: list[str] = []
    for block in _blocks(_lines(text)):
        paragraphs.extend(_block_paragraphs(block))
    kept, removed_after, candidates = _drop_furniture(paragraphs)
    return _metadata(kept, removed_after, candidates, publication)


# ------------------------------------------------------------------ stage 1 and 2

def _lines(text: str) -> list[str]:
    text = strip_controls(text).translate(_CHARS)
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


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
    runs: list[list[str]] = [[]]
    for line in block:
        if _BULLET.match(line) and runs[-1]:
            runs.append([])
        runs[-1].append(line)
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
    if not wrapped:
        return block
    out = [block[0]]
    for i in range(1, n):
        prev, line = block[i - 1], block[i]
        if full[i - 1] or (not _TERMINAL.search(prev) and line[:1].islower()):
            # "well-" + "known": a hyphen at the end of a wrapped line belongs to the word.
            out[-1] += line if _HYPHEN_END.search(out[-1]) and line[:1].isalpha() else " " + line
        else:
            out.append(line)
    return out


# ------------------------------------------------------------------ stage 3

def _is_lone_furniture(p: str) -> bool:
    if len(p) <= 5 and _SYMBOLS.fullmatch(p):
        return True
    if len(p) <= 120 and _LONE.fullmatch(p):
        return True
    if len(p) <= 200 and ("|" in p or "•" in p or "·" in p):
        # "Share on Facebook | Share on X | Copy link": every part is furniture.
        parts = [part for part in _PARTS.split(p) if part]
        if len(parts) >= 2 and all(len(part) <= 120 and _LONE.fullmatch(part) for part in parts):
            return True
    if len(p) <= 200 and _READ_MORE.fullmatch(p) and not _PERIOD_END.search(p):
        return True
    return len(p) <= 400 and bool(_COOKIE.search(p))


def _is_wall_part(p: str) -> bool:
    if len(p) > 300:
        return False
    if _is_lone_furniture(p):
        return True
    hits = {m.group().lower() for m in _WALL_WORDS.finditer(p)}
    # An article sentence may say "account" or "email" once; a wall's sentences pile them up.
    if len(hits) >= (2 if _is_prose(p) else 1):
        return True
    return len(p) <= 40 and not _TERMINAL.search(p) and len(p.split()) <= 4


def _is_list_item(p: str) -> bool:
    return len(p) <= 160 and not _PERIOD_END.search(p) and len(p.split()) <= 25


def _drop_furniture(paragraphs: list[str]) -> tuple[list[str], list[bool], list[str]]:
    """Paragraphs kept; for each, whether furniture was dropped right after it; publication hints."""
    kept: list[str] = []
    removed_after: list[bool] = []
    hints: list[str] = []
    i, n = 0, len(paragraphs)
    while i < n:
        p = paragraphs[i]
        j = i
        if _is_lone_furniture(p):
            j = i + 1
        elif len(p) <= 200 and _WALL_TRIGGER.fullmatch(p):
            j = i + 1
            while j < n and _is_wall_part(paragraphs[j]):
                j += 1
        elif len(p) <= 100 and (m := _LIST_HEADING.fullmatch(p)):
            j = i + 1
            pub = m.group("pub")
            if pub is None and re.search(r"\bfrom\s*:?$", p, re.I) and j < n and _is_list_item(paragraphs[j]):
                pub = paragraphs[j]          # "Latest News from" / "<organisation>" on the next line
            if pub:
                hints.append(pub.strip())
            while j < n and _is_list_item(paragraphs[j]):
                j += 1
        if j > i:
            if removed_after:
                removed_after[-1] = True
            i = j
            continue
        kept.append(p)
        removed_after.append(False)
        i += 1
    return kept, removed_after, hints


# ------------------------------------------------------------------ stage 4

def _words(p: str) -> int:
    return p.count(" ") + 1


def _is_prose(p: str) -> bool:
    words = _words(p)
    return (words >= 6 and bool(_TERMINAL.search(p))) or words >= 25


def _headline_like(p: str) -> bool:
    return (2 <= _words(p) <= 30 and len(p) <= 250 and not _HEADLINE_END.search(p)
            and bool(_HEADLINE_START.match(p)) and not p.lower().startswith("by ")
            and date_line(p) is None)


def _title_case(p: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", p) if len(w) >= 4]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _names(text: str) -> str | None:
    """The names in a byline's name part ("Jane Doe and John Roe"), or None if it is not names."""
    text = text.strip(" ,|–—-")
    if not text or len(text) > 80 or not _NAMES.fullmatch(text):
        return None
    words = re.findall(r"[\w'’.-]+", text)
    if not 2 <= len(words) <= 12 or any(w.isupper() and len(w) > 3 for w in words):
        return None     # "By ORDER OF THE COURT" is not a name
    return text


def _byline(p: str) -> tuple[str, str | None] | None:
    """(names, ISO date or None) when the paragraph is a byline line, else None."""
    if len(p) > 120 or _is_prose(p):
        return None
    rest, when = split_trailing_date(p)
    m = _BY.fullmatch(rest.strip())
    if m:
        names_part = _ROLE_SPLIT.split(m.group("rest").strip(" ,|–—-"), maxsplit=1)[0]
        names = _names(names_part)
        return (names, when) if names else None
    if when:
        # A name glued to a date ("Jane Doe12 May 2021"): the name part must be a name only.
        names = _names(rest)
        return (names, when) if names and _words(names) <= 5 else None
    return None


def _metadata(kept: list[str], removed_after: list[bool], hints: list[str], known: str | None) -> Cleaned:
    prose = [i for i, p in enumerate(kept) if _is_prose(p)]
    head_end = prose[1] if len(prose) >= 2 else (prose[0] + 1 if prose else len(kept))
    tail_start = prose[-1] + 1 if prose else len(kept)

    drop: set[int] = set()
    byline = published = updated = None
    publications: list[str] = []
    for i in range(head_end):
        p = kept[i]
        found = _byline(p)
        if found:
            byline = byline or found[0]
            published = published or found[1]
            drop.add(i)
            continue
        when = date_line(p)
        if when:
            if re.match(r"\s*(?:last\s+)?(?:updated|modified)", p, re.I):
                updated = updated or when
            else:
                published = published or when
            drop.add(i)
    for i in range(max(tail_start, head_end), len(kept)):
        p = kept[i]
        when = date_line(p)
        if when:
            published = published or when
            drop.add(i)
            continue
        m = _PIPE_PUBLICATION.fullmatch(p) or (_COPYRIGHT.fullmatch(p) if len(p) <= 100 else None)
        if m and not _TERMINAL.search(m.group("pub")):
            publications.append(m.group("pub").strip())
            drop.add(i)
            continue
        found = _byline(p)
        if found and _BY.match(p):
            byline = byline or found[0]
            drop.add(i)
    publication = publications[-1] if publications else None

    rest = [i for i in range(len(kept)) if i not in drop]
    if len(rest) >= 3:
        first, second = kept[rest[0]], kept[rest[1]]
        names = {fold(x) for x in (known, publication, *hints) if x}
        if (_headline_like(first) and _headline_like(second) and _title_case(first) and len(first) <= 100
                and (fold(first) in names or (removed_after[rest[0]] and _ORG_WORD.search(first)))):
            publication = publication or first
            drop.add(rest[0])
            rest = rest[1:]
    if publication is None and hints:
        publication = hints[0]

    final = [kept[i] for i in rest]
    title = final[0] if len(final) >= 2 and _headline_like(final[0]) else None
    return Cleaned("\n\n".join(final), title, byline, published or updated, publication)
