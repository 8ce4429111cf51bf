#!/usr/bin/env python3
"""Write a small PDF with a real text layer from a plain-text article. Standard library only.

    python3 sample_data/tools/make_pdf.py notice.txt out.pdf [--title "..."] [--author "..."] [--date 2023-08-18]

The first block of the input (up to the first blank line) becomes a bold heading; every
other line is a paragraph (or a "Label: value" row) of its own, wrapped to the page.
Text is set in Helvetica with WinAnsiEncoding (so curly quotes, dashes, £ and most
accented Latin letters survive extraction), wrapped to the page using the font's own
widths, and paged onto as many A4 pages as it needs. The xref table holds real byte
offsets, so strict readers accept the file. Characters outside Windows-1252 are refused
rather than silently replaced: a sample that extracts differently from its source would
make its gold annotation wrong.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0          # A4 in points
MARGIN = 64.0
BODY_SIZE, BODY_LEAD = 10.5, 14.0
HEAD_SIZE, HEAD_LEAD = 15.0, 20.0
PARA_GAP = 6.0

# Helvetica advance widths (per 1000 em) from the standard AFM, for the characters we set.
_ASCII = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 "
    "556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 "
    "1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 "
    "667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 "
    "333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 "
    "556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
WIDTHS = {chr(32 + i): int(w) for i, w in enumerate(_ASCII.split())}
WIDTHS.update({"\u2018": 222, "\u2019": 222, "\u201c": 333, "\u201d": 333, "\u2013": 556,
               "\u2014": 1000, "\u00a3": 556, "\u2022": 350, "\u2026": 1000, "\u00a0": 278})
BOLD_FACTOR = 1.06   # Helvetica-Bold is a little wider; close enough for line breaking


def width(text: str, size: float, bold: bool = False) -> float:
    base = WIDTHS.get
    # accented letters share their base letter's width in Helvetica
    w = sum(base(c) or base(_unaccent(c)) or 556 for c in text)
    return w * size / 1000.0 * (BOLD_FACTOR if bold else 1.0)


def _unaccent(c: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", c)[:1]


def wrap(text: str, size: float, limit: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and width(trial, size, bold) > limit:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def pdf_string(text: str) -> bytes:
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise SystemExit(f"cannot set {text[exc.start:exc.end]!r} in WinAnsiEncoding: {text[:60]!r}")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def info_string(text: str) -> bytes:
    """Document-information strings are not WinAnsi: UTF-16BE with a byte-order mark is exact."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def layout(source: str) -> list[list[tuple[str, str, float, float]]]:
    """Blocks → pages of (font, text, x, y)."""
    blocks = [b.strip("\n") for b in source.replace("\r\n", "\n").split("\n\n") if b.strip()]
    limit = PAGE_W - 2 * MARGIN
    pages: list[list[tuple[str, str, float, float]]] = [[]]
    y = PAGE_H - MARGIN
    for n, block in enumerate(blocks):
        heading = n == 0
        size, lead, font = (HEAD_SIZE, HEAD_LEAD, "F2") if heading else (BODY_SIZE, BODY_LEAD, "F1")
        # each source line is its own paragraph or "Label: value" row, wrapped to the page
        lines = [l for r in block.split("\n") for l in wrap(r, size, limit, heading)]
        for line in lines:
            if y - lead < MARGIN:
                pages.append([])
                y = PAGE_H - MARGIN
            y -= lead
            pages[-1].append((font, line, MARGIN, y))
        y -= PARA_GAP
    return pages


def build(source: str, title: str, author: str, date: _dt.date | None = None) -> bytes:
    pages = layout(source)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")                       # filled in once the page tree exists
    tree = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for number, items in enumerate(pages, 1):
        ops = [b"BT"]
        for font, text, x, y in items:
            size = HEAD_SIZE if font == "F2" else BODY_SIZE
            ops.append(b"/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj" % (font.encode(), size, x, y, pdf_string(text)))
        footer = f"Page {number} of {len(pages)}"
        ops.append(b"/F1 8 Tf 1 0 0 1 %.2f %.2f Tm %s Tj" % (PAGE_W - MARGIN - width(footer, 8), MARGIN / 2, pdf_string(footer)))
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                        % (tree, PAGE_W, PAGE_H, content, f1, f2)))
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    # a fixed date keeps the output byte-for-byte reproducible (and its hash stable)
    stamp = (date or _dt.date.today()).strftime("D:%Y%m%d000000Z")
    info = add(b"<< /Title %s /Author %s /Producer (casebrowser make_pdf.py) /CreationDate (%s) >>"
               % (info_string(title), info_string(author), stamp.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="UTF-8 plain text; first line is the heading")
    ap.add_argument("output", type=Path)
    ap.add_argument("--title", help="document title (default: the first line)")
    ap.add_argument("--author", default="")
    ap.add_argument("--date", type=_dt.date.fromisoformat, help="creation date, YYYY-MM-DD (default: today)")
    args = ap.parse_args(argv)
    text = args.source.read_text(encoding="utf-8")
    title = args.title or text.strip().splitlines()[0]
    args.output.write_bytes(build(text, title, args.author, args.date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
