"""An article as a collection holds it: a .txt or .html file, or one record of a .jsonl feed.

The stored text (`Article.text`) is what a reader and cleaner should make of these bytes: the
title, then the paragraphs. The raw forms add what real pages carry around that text: page
furniture, a byline and date line, HTML markup and entities, Windows line ends.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import date

from store.identity import content_hash
from store.text import slug as slugify

from .kinds import MONTHS, WEEKDAYS, Article

FEED_BLOCK = 1000          # articles [k*1000, (k+1)*1000) that are feed records share feeds/feed-k.jsonl
CORPUS_DIR = "corpus"      # under OUT: the articles, apart from the gold beside them

_ENTITIES = str.maketrans({"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;"})


@dataclass(frozen=True, slots=True)
class Rendered:
    source: str        # relative to OUT/corpus: "articles/2021/0000042-....txt" or "feeds/feed-0000.jsonl#3"
    data: bytes        # the file's bytes, or the record's line without its newline
    hash: str          # SHA-256 of `data`: the article's identity in the store

    @property
    def name(self) -> str:
        """The name the scorer matches articles by."""
        return self.source.rsplit("/", 1)[-1]


def dateline(a: Article) -> str:
    day = date.fromisoformat(a.published)
    y, m, d = day.year, day.month, day.day
    style = a.index % 4
    if style == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 1:
        return f"Published: {d} {MONTHS[m - 1]} {y}"
    if style == 2:
        return f"{WEEKDAYS[day.weekday()]} {d} {MONTHS[m - 1]} {y} {1 + a.index % 12}:{a.index % 60:02d} {'am' if a.index % 2 else 'pm'}"
    return f"{day.isoformat()}"


def body(a: Article) -> list[str]:
    return a.text.split("\n\n")[1:]


def render_txt(a: Article) -> bytes:
    """Furniture, then where the publication shows (a masthead above the headline, beside the
    byline, or in the page's foot), the headline, byline and date lines, the paragraphs."""
    pub, where = a.publication, a.index % 3
    parts = list(a.top)
    if pub and where == 0:
        parts.append(pub)
    parts.append(a.title)
    if a.byline:
        parts.append(f"By {a.byline}, {pub}" if pub and where == 1 else f"By {a.byline}")
    parts.append(dateline(a))
    parts += body(a) + list(a.bottom)
    if pub and where == 2:
        parts.append(f"{pub} | News")
    elif pub and where == 1 and not a.byline:
        parts.append(f"© {a.published[:4]} {pub}")
    text = "\n\n".join(parts) + "\n"
    if a.crlf:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def render_html(a: Article) -> bytes:
    esc = (lambda s: html.escape(s, quote=False).translate(_ENTITIES)) if a.index % 3 == 0 \
        else (lambda s: html.escape(s, quote=False))
    attr = lambda s: html.escape(s, quote=True)  # noqa: E731
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(a.title)} | {esc(a.publication or '')}</title>",
           f'<meta property="article:published_time" content="{a.published}">']
    if a.byline:
        out.append(f'<meta name="author" content="{attr(a.byline)}">')
    if a.url:
        out.append(f'<link rel="canonical" href="{attr(a.url)}">')
    out += ["</head>", "<body>", "<header>", f'<a class="logo" href="/">{esc(a.publication or "")}</a>']
    out += [f'<a href="#">{esc(t)}</a>' for t in a.top]
    out += ["</header>", "<main>", "<article>", f"<h1>{esc(a.title)}</h1>"]
    if a.byline:
        out.append(f'<p class="byline">By {esc(a.byline)}</p>')
    out.append(f'<time datetime="{a.published}">{esc(dateline(a))}</time>')
    out += [f"<p>{esc(p)}</p>" for p in body(a)]
    out += ["</article>", "</main>", "<footer>"]
    out += [f"<p>{esc(t)}</p>" for t in a.bottom]
    out += ["</footer>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def render_record(a: Article) -> bytes:
    record = {"url": a.url, "title": a.title, "publication": a.publication, "byline": a.byline,
              "published": a.published, "text": "\n\n".join(body(a))}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


class Sources:
    """Names each article's file or feed record, in corpus order: a feed's line numbers count
    the records before it in the same block, so names are given strictly in sequence."""

    def __init__(self) -> None:
        self._block = -1
        self._line = 0

    def render(self, a: Article) -> Rendered:
        if a.fmt == "jsonl":
            block = a.index // FEED_BLOCK
            if block != self._block:
                self._block, self._line = block, 0
            self._line += 1
            data = render_record(a)
            return Rendered(f"feeds/feed-{block:04d}.jsonl#{self._line}", data, content_hash(data))
        data = render_html(a) if a.fmt == "html" else render_txt(a)
        name = f"{a.index:07d}-{slugify(a.title)[:60].rstrip('-')}.{a.fmt}"
        return Rendered(f"articles/{a.published[:4]}/{name}", data, content_hash(data))
