"""HTML pages to paragraphs and metadata, with selectolax's Lexbor parser.

We walk the tree ourselves rather than ask the parser for "the text": that is how we decide
which elements become paragraphs (every block element, and `<br>` as a line break) and which
are page furniture (navigation, cookie banners, share bars, related-article boxes). The walk
uses an explicit stack, so hostile nesting depth cannot exhaust Python's recursion limit.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .pubdate import parse_date
from .text import fold

DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "iframe", "button", "dialog", "head", "title", "meta", "link", "object", "embed", "canvas",
    "video", "audio", "img", "picture", "source", "track", "map", "input", "select", "textarea",
    "option", "math",
})
BLOCK_TAGS = frozenset({
    "html", "body", "main", "article", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
    "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "details", "summary",
    "fieldset", "legend", "center", "hgroup",
})
# Words in a class or id that mark furniture. Class names are split into words first
# ("cookieBanner", "c-share__btn" and "related_links" all count), so "shared" or "promotion"
# inside a longer word does not.
NOISE_WORDS = frozenset({
    "cookie", "cookies", "consent", "banner", "share", "sharing", "social", "newsletter",
    "related", "promo", "advert", "adverts", "advertisement", "ad", "ads", "comments", "comment",
    "breadcrumb", "breadcrumbs", "gdpr", "popup", "modal", "outbrain", "taboola",
})
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+\|\s+(?:[^|]+\|\s+)*(?P<site>[^|]{1,60})$")
_HTML_HINT = re.compile(
    r"<(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|article|section|blockquote|html|body|"
    r"table|img|figure|main)\b[^<>]*>", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)
_ARTICLE_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "report", "socialmediaposting"})


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str                       # paragraphs separated by one blank line; headline first when known
    title: str | None = None
    publication: str | None = None
    byline: str | None = None
    published: str | None = None    # ISO date
    url: str | None = None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:20000]))


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = _WS.sub(" ", value.replace("\u00a0", " ")).strip()
    return value or None


def _is_noise(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = " ".join(v for v in (attrs.get("class"), attrs.get("id"), attrs.get("role")) if v)
    if not names:
        return False
    if (attrs.get("role") or "").lower() in ("navigation", "banner", "contentinfo", "complementary", "dialog"):
        return True
    return any(w.lower() in NOISE_WORDS for w in _CLASS_WORDS.findall(names))


def _paragraphs(root: LexborNode, keep_root_text: int) -> list[str]:
    """Every block element becomes a paragraph; inline text is joined with single spaces."""
    paragraphs: list[str] = []
    buffer: list[str | None] = []          # None marks a <br> line break

    def flush() -> None:
        if not buffer:
            return
        lines, line = [], []
        for piece in buffer + [None]:
            if piece is None:
                text = _WS.sub(" ", "".join(line)).strip()
                if text:
                    lines.append(text)
                line = []
            else:
                line.append(piece)
        buffer.clear()
        if lines:
            paragraphs.append("\n".join(lines))

    pre_depth = 0
    stack: list[tuple[LexborNode | None, str | None]] = [(root, None)]
    while stack:
        node, closing = stack.pop()
        if closing is not None:
            if closing == "pre":
                pre_depth -= 1
            flush()
            continue
        assert node is not None
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            if pre_depth:
                for i, part in enumerate(text.split("\n")):
                    if i:
                        buffer.append(None)
                    buffer.append(part)
            else:
                buffer.append(text)
            continue
        if tag is None or tag.startswith("-"):
            if tag == "-document":
                stack.extend((c, None) for c in _children_reversed(node))
            continue
        if tag == "br":
            buffer.append(None)
            continue
        if tag in DROP_TAGS:
            continue
        if node is not root and _is_noise(node):
            # A "banner" holding most of the page is the page, not a banner.
            if not (keep_root_text and len(node.text() or "") * 2 > keep_root_text):
                continue
        if tag == "tr" and not pre_depth:
            row = _row(node)
            if row is not None:
                # a table's row is one paragraph, its cells kept apart by tabs as in a table
                # pasted as text (clean._line): columns, not one sentence, and not a paragraph each
                flush()
                paragraphs.append(row)
                continue
        if tag in BLOCK_TAGS or tag == "hr":
            flush()
            if tag == "pre":
                pre_depth += 1
            stack.append((None, tag))
        stack.extend((c, None) for c in _children_reversed(node))
    flush()
    return paragraphs


def _row(tr: LexborNode) -> str | None:
    """A table row of three or more filled cells as one line of tab-separated cells; None for
    a row of fewer (a label and its value read as text)."""
    cells = []
    child = tr.first_child
    while child is not None:
        if child.tag in ("td", "th") and not _is_noise(child):
            cell = _clean(child.text(deep=True, separator=" "))
            if cell:
                cells.append(cell)
        child = child.next
    return "\t".join(cells) if len(cells) >= 3 else None


def _children_reversed(node: LexborNode) -> list[LexborNode]:
    children = []
    child = node.first_child
    while child is not None:
        children.append(child)
        child = child.next
    children.reverse()
    return children


def _json_ld(tree: LexborHTMLParser) -> dict:
    """The first schema.org article object in the page's JSON-LD, or {}."""
    found: list[dict] = []
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text() or "")
        except (ValueError, RecursionError):
            continue
        todo = [data]
        while todo and len(found) < 50:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    todo.append(item["@graph"])
                found.append(item)
    for item in found:
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
            return item
    for item in found:
        if isinstance(item.get("headline"), str):
            return item
    return {}


def _names(value) -> str | None:
    """A schema.org author/publisher value (string, object or list of them) as plain names."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value:
            meta.setdefault(key.strip().lower(), value)
    return meta


def _first(*values: str | None) -> str | None:
    for v in values:
        v = _clean(v)
        if v:
            return v
    return None


def _not_url(value: str | None) -> str | None:
    return None if value and re.match(r"^\s*(?:https?:)?//", value) else value


def _split_site(title: str | None) -> tuple[str | None, str | None]:
    if not title:
        return None, None
    m = _TITLE_SUFFIX.match(title)
    if m:
        return m.group("title").strip(), m.group("site").strip()
    return title, None


def _choose_root(tree: LexborHTMLParser) -> tuple[LexborNode | None, int]:
    body = tree.body or tree.root
    if body is None:
        return None, 0
    body_len = len(body.text() or "")
    for selector in ("article", "[itemprop=articleBody]", "main", '[role="main"]'):
        nodes = tree.css(selector)
        if not nodes:
            continue
        best = max(nodes, key=lambda n: len(n.text() or ""))
        size = len(best.text() or "")
        # A teaser <article> holding a fifth of the page is not the story.
        if size and size * 5 >= body_len:
            return best, size
    return body, body_len


def html_article(source: str) -> HtmlArticle:
    """Main content as paragraphs, with title, publication, byline, date and URL where given."""
    tree = LexborHTMLParser(source, scripting=True)
    meta = _meta(tree)
    ld = _json_ld(tree)
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()

    root, root_len = _choose_root(tree)
    h1_node = (root.css_first("h1") if root is not None else None) or tree.css_first("h1")
    h1 = _clean(h1_node.text()) if h1_node is not None else None
    title_tag = tree.css_first("title")
    og_title, og_site = _split_site(_clean(meta.get("og:title") or meta.get("twitter:title")))
    page_title, title_site = _split_site(_clean(title_tag.text()) if title_tag is not None else None)

    title = _first(og_title, ld.get("headline") if isinstance(ld.get("headline"), str) else None, h1, page_title)
    publication = _first(meta.get("og:site_name"), _names(ld.get("publisher")),
                         meta.get("application-name"), og_site, title_site)
    rel_author = tree.css_first('a[rel~="author"]') or tree.css_first('[itemprop="author"]')
    byline = _first(meta.get("author"), _not_url(meta.get("article:author")), _names(ld.get("author")),
                    rel_author.text() if rel_author is not None else None,
                    meta.get("parsely-author"), meta.get("sailthru.author"), meta.get("dc.creator"))
    time_node = (root.css_first("time[datetime]") if root is not None else None) or tree.css_first("time[datetime]")
    published = None
    for raw in (meta.get("article:published_time"), ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
                time_node.attributes.get("datetime") if time_node is not None else None,
                meta.get("date"), meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"),
                meta.get("datepublished"), meta.get("dc.date.issued"), meta.get("dc.date"),
                meta.get("dcterms.created"), meta.get("parsely-pub-date"), meta.get("sailthru.date"),
                meta.get("og:published_time")):
        published = parse_date(raw)
        if published:
            break
    canonical = tree.css_first('link[rel="canonical"]')
    url = _first(canonical.attributes.get("href") if canonical is not None else None, meta.get("og:url"),
                 ld.get("url") if isinstance(ld.get("url"), str) else None)

    paragraphs = _paragraphs(root, root_len) if root is not None else []
    paragraphs, title = _headline_first(paragraphs, title, h1)
    return HtmlArticle("\n\n".join(paragraphs), title, publication, byline, published, url)


def _headline_first(paragraphs: list[str], title: str | None, h1: str | None) -> tuple[list[str], str | None]:
    """Put the headline first: move it up when it sits near the top, else prepend the title."""
    if not title:
        return paragraphs, title
    near = [fold(p) for p in paragraphs[:8]]
    for wanted in (title, h1):
        if wanted and fold(wanted) in near:
            i = near.index(fold(wanted))
            return [paragraphs[i]] + paragraphs[:i] + paragraphs[i + 1:], paragraphs[i]
    return [title] + paragraphs, title


def html_fragment_text(source: str) -> str:
    """Paragraphs of an HTML fragment (a JSON record's body): no metadata, no headline moves."""
    tree = LexborHTMLParser(source, scripting=True)
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    return "\n\n".join(_paragraphs(root, len(root.text() or "")))
