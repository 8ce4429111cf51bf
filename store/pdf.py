"""PDF text layers to paragraphs, with pypdf.

pypdf's plain extraction follows the content stream, which keeps columns apart, but it does
not mark paragraphs: a PDF has lines at positions. So we rebuild paragraphs from the lines:
a line clearly shorter than the page's usual line ends a paragraph, a hyphen at a line's end
joins the word across, and a page's last paragraph runs on into the next page unless it
ends a sentence. Page numbers and running heads or footers repeated on most pages go.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from .errors import NoTextLayer, ReadError, TooLarge

MAX_PDF_PAGES = 2000

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_TERMINAL = re.compile(r"[.!?…:]['’\"”)\]]*$")
_SPACES = re.compile(r"[ \t]+")
# Prefixes that are written with a hyphen: "well-known" broken after "well-" keeps its hyphen.
_HYPHEN_PREFIXES = frozenset("""
all anti co counter cross ex extra full half high inter long low mid multi near non off on out over
part post pre pro quasi re self semi short so sub super then two three four five ultra under well
wide year day week month one
""".split())


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str | None = None
    pages: int = 0


def _silence_pypdf() -> None:
    # pypdf logs every oddity of a damaged file as a warning; the reader reports one reason.
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes, path: str, max_chars: int) -> PdfText:
    """The text layer as paragraphs; NoTextLayer when there is none; ReadError when unreadable."""
    _silence_pypdf()
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                opened = 0
            if not opened:
                raise ReadError(path, "the PDF is encrypted with a password; save an unlocked copy and read that.")
        pages = reader.pages
        count = len(pages)
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "the PDF is encrypted with a password; save an unlocked copy and read that.") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError,
            RecursionError, OSError, OverflowError, ZeroDivisionError) as exc:
        raise ReadError(path, f"the PDF is damaged or not a PDF ({_short(exc)}).") from None
    if count == 0:
        raise ReadError(path, "the PDF has no pages, so it is damaged or not a PDF.")
    if count > MAX_PDF_PAGES:
        raise TooLarge(path, f"the PDF has {count} pages, over the {MAX_PDF_PAGES}-page limit for one article.")

    page_lines: list[list[str]] = []
    total = 0
    for page in pages:
        try:
            raw = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - one bad page must not lose the others
            raw = ""
        total += len(raw)
        if total > max_chars:
            raise TooLarge(path, f"its text is over the {max_chars:,}-character limit for one article.")
        page_lines.append([_SPACES.sub(" ", line).strip() for line in raw.splitlines()])

    if not any(line for lines in page_lines for line in lines):
        raise NoTextLayer(path, "the PDF has no text layer (a scanned image?); run OCR on it first.")
    return PdfText(_paragraphs(page_lines), _title(reader), count)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".") or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "..."


def _title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # noqa: BLE001 - metadata is optional
        return None
    if not isinstance(title, str):
        return None
    title = _SPACES.sub(" ", title).strip()
    # Word processors fill the title with the file name or a placeholder.
    if not title or len(title) > 250 or re.search(r"\.(?:docx?|pdf|odt|rtf|txt|indd)$|^untitled|^microsoft", title, re.I):
        return None
    return title


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """First and last lines that repeat on most pages: running heads and footers."""
    if len(page_lines) < 3:
        return set()
    edges: Counter[str] = Counter()
    for lines in page_lines:
        kept = [l for l in lines if l]
        edges.update(set(kept[:2] + kept[-2:]))
    return {line for line, n in edges.items() if n * 2 > len(page_lines) and n >= 2}


def _join_hyphenated(left: str, right: str) -> str:
    stem = re.search(r"([A-Za-zÀ-ÿ]+)-$", left)
    if stem and right[:1].islower() and stem.group(1).lower() not in _HYPHEN_PREFIXES:
        return left[:-1] + right
    return left + right


def _paragraphs(page_lines: list[list[str]]) -> str:
    running = _running_lines(page_lines)
    paragraphs: list[str] = []
    current = ""
    for lines in page_lines:
        lines = [l for l in lines if l and l not in running and not _PAGE_NUMBER.match(l)]
        lengths = sorted(len(l) for l in lines if len(l) >= 20)
        width = lengths[int(len(lengths) * 0.9) - 1] if lengths else 0
        for i, line in enumerate(lines):
            if current:
                if current.endswith("-") and line[:1].isalpha():
                    current = _join_hyphenated(current, line)
                elif _continues(current, line, width if i else 0):
                    current += " " + line
                else:
                    paragraphs.append(current)
                    current = line
            else:
                current = line
            # A short line ends its paragraph unless the next line carries on in lower case.
            next_line = lines[i + 1] if i + 1 < len(lines) else ""
            if width and len(line) < 0.75 * width and not line.endswith("-") and not next_line[:1].islower():
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _continues(current: str, line: str, width: int) -> bool:
    """Does `line` carry on the paragraph `current`? (width 0: first line of a page.)"""
    if line[:1].islower():
        return True
    if width == 0:
        return not _TERMINAL.search(current)
    # A short unpunctuated line after a finished sentence is a heading, not more of the paragraph.
    if _TERMINAL.search(current) and len(line) < 0.6 * width and not _TERMINAL.search(line):
        return False
    return True
