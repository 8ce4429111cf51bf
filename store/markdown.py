"""Markdown to plain paragraphs: keep the words, drop the syntax.

Headings lose their hashes, emphasis its markers, links their URLs, images go. Quotation
marks and apostrophes are never touched (the extractor reads them), and an underscore or
asterisk inside a word is not emphasis. A YAML-style front-matter block gives metadata.
"""
from __future__ import annotations

import re

_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")     # CommonMark: any ASCII punctuation
_IMAGE = re.compile(r"!\[[^\]\n]*\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\])")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|em|strong|b|i|u|a|sup|sub|small|img|figure|figcaption|center)\b[^<>]*>", re.I)

# Escaped characters hide in the private use area while the markup rules run.
_HIDE = 0xE000


def front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group("body").splitlines():
        f = _FRONT_LINE.match(line)
        if f:
            value = f.group("value").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value:
                meta.setdefault(f.group("key").lower(), value)
    return meta, text[m.end():]


def _inline(line: str) -> str:
    line = _ESCAPED.sub(lambda m: chr(_HIDE + ord(m.group(1))), line)
    line = _HTML_BREAK.sub("\n", line)
    line = _HTML_TAG.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDER.sub(r"\1", line)
    return "".join(chr(ord(c) - _HIDE) if _HIDE <= ord(c) < _HIDE + 128 else c for c in line)


def markdown_text(text: str) -> tuple[str, dict[str, str], str | None]:
    """(plain text, front-matter fields, the first heading when it opens the document)."""
    meta, text = front_matter(text)
    out: list[str] = []
    first_heading: str | None = None
    seen_words = False
    in_fence = False
    prev_text = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            prev_text = False
            continue
        if in_fence:
            out.append(line)
            continue
        if _SETEXT.match(line) and prev_text:
            # The line above was a heading; give it a paragraph of its own.
            out.append("")
            prev_text = False
            continue
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line):
            out.append("")
            prev_text = False
            continue
        line = _QUOTE.sub("", line)
        heading = _HEADING.match(line)
        if heading:
            words = _inline(heading.group(2))
            if not seen_words and heading.group(1) == "#":
                first_heading = words.strip() or None
            out.extend(("", words, ""))
            seen_words = seen_words or bool(words.strip())
            prev_text = False
            continue
        if _BULLET.match(line):
            out.append("")
            line = _BULLET.sub("", line)
        elif _ORDERED.match(line):
            out.append("")
        line = _inline(line)
        out.append(line)
        seen_words = seen_words or bool(line.strip())
        prev_text = bool(line.strip())
    return "\n".join(out), meta, first_heading
