"""Files to Documents: find the files, read each format, and say in one sentence what went wrong.

Readers never raise for a bad file: every problem becomes a typed `ReadError` in the result,
so one broken file (or one broken JSONL line) never stops an ingest of thousands. The text a
reader hands on is decoded, has `\\n` line ends and no control characters, escape sequences or
bidi overrides; `store.clean` then turns it into the text every span points into.

Limits (each a TooLarge error naming the file):
  MAX_FILE_BYTES     25 MiB for one article file (.txt .md .html .pdf)
  MAX_RECORDS_BYTES  256 MiB for a .json/.jsonl file holding many articles
  MAX_TEXT_CHARS     2,000,000 characters of text in one article
"""
from __future__ import annotations

import json
import fnmatch
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .decode import decode, repair_mojibake
from .errors import (BadRecord, BinaryFile, EmptyFile, ReadError, TooLarge,
                     UnsupportedFormat)
from .identity import content_hash
from .model import Document
from .pubdate import parse_date
from .text import fold, strip_controls

FORMAT_OF_SUFFIX: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(FORMAT_OF_SUFFIX)
FORMATS: frozenset[str] = frozenset(FORMAT_OF_SUFFIX.values())
_FORMAT_ALIASES = {"text": "txt", "markdown": "md", "htm": "html", "xhtml": "html", "ndjson": "jsonl"}

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_RECORDS_BYTES = 256 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_META_CHARS = 1000          # a title, byline or URL longer than this is cut


@dataclass(frozen=True)
class Collected:
    files: list[Path] = field(default_factory=list)        # each real file once, walk order
    skipped: list[Path] = field(default_factory=list)      # unsupported or hidden, met while walking
    errors: list[ReadError] = field(default_factory=list)  # paths given that are missing or unlistable


@dataclass(frozen=True)
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


def _supported_list() -> str:
    return ".txt, .md, .html, .json, .jsonl and .pdf"


# ------------------------------------------------------------------ finding files

def collect(paths: Iterable[str | os.PathLike]) -> Collected:
    """The article files under `paths`: directories walked (sorted, following symlinks without
    looping), hidden names skipped, each real file listed once."""
    result = Collected()
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()

    def add_file(path: Path, st: os.stat_result) -> None:
        key = (st.st_dev, st.st_ino)
        if key not in seen_files:
            seen_files.add(key)
            result.files.append(path)

    for given in paths:
        path = Path(os.fspath(given))
        st = _stat(path, result.errors)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(path, st, result, seen_dirs, add_file)
        elif not stat.S_ISREG(st.st_mode):
            result.errors.append(ReadError(str(path), "it is not a regular file (a device, pipe or socket)."))
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            add_file(path, st)
        else:
            result.errors.append(_unsupported(path))
    return result


def _unsupported(path: Path) -> UnsupportedFormat:
    suffix = path.suffix or "(no suffix)"
    return UnsupportedFormat(str(path), f"casebrowser cannot read {suffix} files; it reads {_supported_list()}.")


def _stat(path: Path, errors: list[ReadError]) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        reason = "it is a broken symbolic link." if path.is_symlink() else "no such file or directory."
        errors.append(ReadError(str(path), reason))
    except OSError as exc:
        errors.append(ReadError(str(path), _os_reason(exc)))
    return None


def _os_reason(exc: OSError) -> str:
    import errno
    if exc.errno == errno.ELOOP:
        return "it is a loop of symbolic links."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied."
    return f"it cannot be opened ({(exc.strerror or type(exc).__name__).lower()})."


IGNORE_FILE = ".casebrowserignore"


def _ignore_patterns(directory: Path) -> list[str]:
    """Glob patterns from a folder's .casebrowserignore (one a line, # for comments), relative
    to that folder: notes, gold files and tools kept beside articles are not articles."""
    try:
        lines = (directory / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _ignored(path: Path, rules: list[tuple[Path, list[str]]]) -> bool:
    for base, patterns in rules:
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            continue
        for pat in patterns:
            bare = pat.rstrip("/")
            if fnmatch.fnmatch(rel, bare) or fnmatch.fnmatch(path.name, bare) or rel.startswith(bare + "/"):
                return True
    return False


def _walk(top: Path, top_st: os.stat_result, result: Collected, seen_dirs: set, add_file) -> None:
    # Depth first in name order (so the files come out sorted by path), with an explicit stack
    # of directory listings; a directory reached twice (a symlink loop, two links to one
    # place) is walked once. Each folder's .casebrowserignore applies to everything under it.
    stack: list[list[os.DirEntry]] = []
    rules: list[tuple[Path, list[str]]] = []

    def enter(directory: Path, st: os.stat_result) -> None:
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return
        seen_dirs.add(key)
        patterns = _ignore_patterns(directory)
        if patterns:
            rules.append((directory, patterns))
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            result.errors.append(ReadError(str(directory), f"it cannot be listed: {_os_reason(exc)}"))
            return
        stack.append([(directory / e.name, e.name) for e in entries])

    enter(top, top_st)
    while stack:
        pending = stack[-1]
        if not pending:
            stack.pop()
            continue
        path, name = pending.pop()
        if name.startswith(".") or (rules and _ignored(path, rules)):
            result.skipped.append(path)
            continue
        try:
            st = os.stat(path)                # follows symlinks
        except OSError:
            result.skipped.append(path)       # broken link or link loop met on the way
            continue
        if stat.S_ISDIR(st.st_mode):
            enter(path, st)
        elif stat.S_ISREG(st.st_mode) and path.suffix.lower() in SUPPORTED_SUFFIXES:
            add_file(path, st)
        else:
            result.skipped.append(path)


# ------------------------------------------------------------------ reading

def read_file(path: str | os.PathLike) -> ReadResult:
    """Read one file into Documents. Never raises for a bad file: problems are in `errors`."""
    name = os.fspath(path)
    name = name.decode("utf-8", "surrogateescape") if isinstance(name, bytes) else name
    p = Path(name)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ReadError(name, "it is a directory, not a file.")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(name, "it is not a regular file (a device, pipe or socket).")
        suffix = p.suffix.lower()
        if suffix[1:].isalpha() and suffix not in SUPPORTED_SUFFIXES:
            raise _unsupported(p)
        fmt = FORMAT_OF_SUFFIX.get(suffix)      # None: no suffix we know, so look at the content
        limit = MAX_RECORDS_BYTES if fmt in ("json", "jsonl") else MAX_FILE_BYTES
        if st.st_size > limit:
            raise TooLarge(name, f"it is {_mb(st.st_size)}, over the {_mb(limit)} limit for "
                                 f"{'one file of records' if limit == MAX_RECORDS_BYTES else 'one article file'}.")
        data = p.read_bytes()
    except ReadError as exc:
        return ReadResult([], [exc])
    except FileNotFoundError:
        return ReadResult([], [ReadError(name, "no such file or directory.")])
    except OSError as exc:
        return ReadResult([], [ReadError(name, _os_reason(exc))])
    return read_bytes(data, name, fmt)


def read_bytes(data: bytes, name: str, fmt: str | None = None) -> ReadResult:
    """Read bytes as the file `name` (its suffix picks the format unless `fmt` is given)."""
    docs: list[Document] = []
    errors: list[ReadError] = []
    try:
        for item in iter_bytes(data, name, fmt):
            (errors if isinstance(item, ReadError) else docs).append(item)
    except ReadError as exc:
        errors.append(exc)
    except (RecursionError, MemoryError) as exc:
        errors.append(ReadError(name, f"it could not be read ({type(exc).__name__})."))
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop an ingest of thousands
        errors.append(ReadError(name, f"it could not be read ({type(exc).__name__}: {exc}); please report this."))
    return ReadResult(docs, errors)


def iter_bytes(data: bytes, name: str, fmt: str | None = None) -> Iterator[Document | ReadError]:
    """Documents and per-record errors one at a time (a whole-file problem is raised)."""
    fmt = _resolve_format(data, name, fmt)
    limit = MAX_RECORDS_BYTES if fmt in ("json", "jsonl") else MAX_FILE_BYTES
    if len(data) > limit:
        raise TooLarge(name, f"it is {_mb(len(data))}, over the {_mb(limit)} limit.")
    if not data:
        raise EmptyFile(name, "it is empty (0 bytes).")
    if fmt == "pdf":
        yield _read_pdf(data, name)
    elif fmt == "jsonl":
        yield from _read_jsonl(data, name)
    elif fmt == "json":
        yield from _read_json(data, name)
    else:
        yield _read_text(data, name, fmt)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n % (1024 * 1024) else f"{n // (1024 * 1024)} MB"


def _resolve_format(data: bytes, name: str, fmt: str | None) -> str:
    # The PDF header may follow some junk in a .pdf, but anything else must start with it:
    # an article that mentions "%PDF-" is still an article.
    is_pdf = data.lstrip()[:5] == b"%PDF-" or (Path(name).suffix.lower() == ".pdf" and b"%PDF-" in data[:1024])
    if fmt:
        wanted = fmt.lower().lstrip(".")
        wanted = _FORMAT_ALIASES.get(wanted, wanted)
        if wanted not in FORMATS:
            raise UnsupportedFormat(name, f"casebrowser cannot read the {fmt!r} format; it reads {_supported_list()}.")
    else:
        suffix = Path(name).suffix.lower()
        if suffix in FORMAT_OF_SUFFIX:
            wanted = FORMAT_OF_SUFFIX[suffix]
        elif suffix and name != "-" and not is_pdf:
            # A dotted name like "report.2021" is not a suffix we know: look at the content.
            wanted = _sniff(data) if not suffix[1:].isalpha() else None
            if wanted is None:
                raise _unsupported(Path(name))
        else:
            wanted = _sniff(data)
    if wanted == "pdf" and not is_pdf:
        raise ReadError(name, "it is not a PDF (it has no %PDF header), so it is damaged or misnamed.")
    # A PDF saved under another name is still a PDF.
    return "pdf" if is_pdf else wanted


def _sniff(data: bytes) -> str:
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"%PDF-"):
        return "pdf"
    if start[:1] == b"[":
        return "json"
    if start[:1] == b"{":
        return "jsonl" if start.count(b"\n") and b"}\n{" in data[:65536].replace(b"\r", b"") else "json"
    if start[:1] == b"<":
        from .html import looks_like_html
        if looks_like_html(start.decode("utf-8", "replace")) or start[:9].lower() == b"<!doctype":
            return "html"
    return "txt"


def _byline(value) -> str | None:
    """A byline as names: "By Jane Doe" and "by Jane Doe" lose their "By"."""
    value = _meta(value)
    if value and value[:3].lower() == "by ":
        value = value[3:].strip() or None
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe(text: str) -> str:
    """No controls or escape sequences, and no lone surrogates (JSON's "\\ud800" makes them,
    and SQLite cannot store them)."""
    return _SURROGATE.sub("\ufffd", strip_controls(text))


def _meta(value) -> str | None:
    """A metadata value made safe to show: a string, no controls, single-spaced, bounded."""
    if isinstance(value, list):
        value = ", ".join(v.strip() for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str):
        return None
    value = " ".join(_safe(repair_mojibake(value)).split())
    return value[:MAX_META_CHARS] or None


def _check_text(text: str, name: str, where: str = "") -> str:
    if len(text) > MAX_TEXT_CHARS:
        subject = where or "its text"
        raise TooLarge(name, f"{subject} is {len(text):,} characters long, over the "
                             f"{MAX_TEXT_CHARS:,}-character limit for one article.")
    return text


def _check_content(text: str, name: str, where: str = "", publication: str | None = None) -> None:
    """EmptyFile (or BadRecord for a record) when nothing but whitespace or page furniture is left.

    `publication` is the one the Document will carry, so the cleaner's cache serves the
    ingest's own clean(doc) of the same text."""
    if not text.strip():
        if where:
            raise BadRecord(name, f"{where} has an empty text.")
        raise EmptyFile(name, "it holds only whitespace, no text.")
    from .clean import clean_text
    if not clean_text(text, publication).strip():
        if where:
            raise BadRecord(name, f"{where} holds only page furniture (menus, cookie notices, share links), no article text.")
        raise EmptyFile(name, "it holds only page furniture (menus, cookie notices, share links), no article text.")


def _read_text(data: bytes, name: str, fmt: str) -> Document:
    declared = None
    if fmt == "html":
        from .html import declared_charset
        declared = declared_charset(data)
    decoded = decode(data, name, declared)
    if fmt == "txt":
        _check_text(decoded.text, name)
    title = publication = byline = published = url = None
    text = decoded.text
    if fmt == "html":
        from .html import html_article
        article = html_article(strip_controls(text))
        text = article.text
        title, publication, byline = article.title, article.publication, article.byline
        published, url = article.published, article.url
    elif fmt == "md":
        from .markdown import markdown_text
        text, front, heading = markdown_text(strip_controls(text))
        text = _BLANK_RUNS.sub("\n\n", text).strip("\n")
        title = _meta(front.get("title")) or heading
        byline = _meta(front.get("author") or front.get("authors") or front.get("byline"))
        published = parse_date(front.get("date") or front.get("published"))
        url = _meta(front.get("url") or front.get("link") or front.get("canonical_url"))
        publication = _meta(front.get("publication") or front.get("source") or front.get("site"))
        text = _title_first(_meta(front.get("title")), text)
    text = _safe(text)
    _check_text(text, name)     # for HTML, the text of the page, not its markup
    _check_content(text, name, publication=_meta(publication))
    return Document(
        text=text, source=name, hash=content_hash(data), format=fmt,
        title=_meta(title), publication=_meta(publication), byline=_byline(byline),
        published=published, url=_meta(url), raw_size=len(data),
    )


def _title_first(title: str | None, body: str) -> str:
    """The body with its title as first paragraph (unless the body already opens with it)."""
    if not title:
        return body
    head = fold(body.lstrip()[: len(title) + 40])
    if head.startswith(fold(title)):
        return body
    return f"{title}\n\n{body.lstrip()}"


def _read_pdf(data: bytes, name: str) -> Document:
    from .pdf import pdf_text
    result = pdf_text(data, name, MAX_TEXT_CHARS)
    text = _safe(repair_mojibake(result.text))
    _check_content(text, name)
    # Trust the PDF's own title only when the page shows it first; else the cleaner decides.
    first = text.lstrip().split("\n\n", 1)[0]
    title = _meta(result.title) if result.title and fold(first) == fold(result.title) else None
    return Document(text=text, source=name, hash=content_hash(data), format="pdf",
                    title=title, raw_size=len(data))


# ------------------------------------------------------------------ records

_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_LIST_KEYS = ("articles", "items", "records", "documents", "data")


def _record(obj, name: str, source: str, digest: str, size: int, fmt: str, where: str) -> Document:
    if not isinstance(obj, dict):
        raise BadRecord(name, f"{where} is not a JSON object (it is {_json_kind(obj)}).")
    body = obj.get("text")
    if not isinstance(body, str):
        body = obj.get("body")
    if not isinstance(body, str):
        raise BadRecord(name, f'{where} has no "text" or "body" string.')
    _check_text(body, name, where)
    body = repair_mojibake(body)
    from .html import html_article, looks_like_html
    title = _meta(obj.get("title")) or _meta(obj.get("headline"))
    publication = _meta(obj.get("publication"))
    byline = _byline(obj.get("byline")) or _byline(obj.get("author")) or _byline(obj.get("authors"))
    published = obj.get("published") or obj.get("date") or obj.get("datePublished")
    published = parse_date(published) if isinstance(published, str) else None
    url = _meta(obj.get("url")) or _meta(obj.get("link"))
    if looks_like_html(body):
        page = html_article(_safe(body))
        body = page.text
        title = title or page.title
        publication = publication or _meta(page.publication)
        byline = byline or _byline(page.byline)
        published = published or page.published
        url = url or _meta(page.url)
    body = _safe(body)
    _check_content(body, name, where)   # the body alone: a title over furniture is no article
    text = _title_first(title, body)
    return Document(text=text, source=source, hash=digest, format=fmt, title=title,
                    publication=publication, byline=byline, published=published, url=url, raw_size=size)


def _json_kind(obj) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false",
            type(None): "null"}.get(type(obj), "not an object")


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg.lower()} at line {exc.lineno}, column {exc.colno}"


def _read_json(data: bytes, name: str) -> Iterator[Document | ReadError]:
    decoded = decode(data, name)
    text = decoded.text
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # One object per line saved as .json: read it as the JSON Lines it is.
            yield from _read_jsonl(data, name)
            return
        raise BadRecord(name, f"it is not valid JSON ({_json_error(exc)}).") from None
    except RecursionError:
        raise BadRecord(name, "it is not readable JSON (nested too deeply).") from None
    if isinstance(value, dict) and not isinstance(value.get("text", value.get("body")), str):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, dict):
        yield _record(value, name, name, content_hash(data), len(data), "json", "the JSON object")
        return
    if not isinstance(value, list):
        raise BadRecord(name, f"it holds {_json_kind(value)}, not an article object or a list of them.")
    if not value:
        raise EmptyFile(name, "it is an empty JSON list.")
    for n, item in enumerate(value, start=1):
        canonical = json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        # (surrogatepass: a lone surrogate in the record still hashes, the same way every time)
        try:
            yield _record(item, name, f"{name}#{n}", content_hash(canonical), len(canonical), "json", f"item {n}")
        except ReadError as exc:
            yield exc


def _read_jsonl(data: bytes, name: str) -> Iterator[Document | ReadError]:
    for n, raw, line in _jsonl_lines(data, name):
        if not line.strip():
            continue
        where = f"line {n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(name, f"{where} is not valid JSON ({exc.msg.lower()} at column {exc.colno}).")
            continue
        except RecursionError:
            yield BadRecord(name, f"{where} is not readable JSON (nested too deeply).")
            continue
        try:
            yield _record(obj, name, f"{name}#{n}", content_hash(raw), len(raw), "jsonl", where)
        except ReadError as exc:
            yield exc


def _jsonl_lines(data: bytes, name: str) -> Iterator[tuple[int, bytes, str]]:
    """(1-based line number, the line's raw bytes without its newline, its text)."""
    # The head tells the encoding and catches images and other binaries by their signature.
    head = decode(data[:65536], name)
    if head.encoding.startswith(("utf-16", "utf-32")):
        # Wide encodings cannot be split on b"\n"; hash each record as UTF-8 instead.
        text = decode(data, name).text
        for n, line in enumerate(text.split("\n"), start=1):
            yield n, line.rstrip("\r").encode("utf-8", "surrogatepass"), line
        return
    if b"\x00" in data:
        raise BinaryFile(name, "it contains NUL bytes, so it is a binary file rather than text.")
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield n, raw, repair_mojibake(raw.decode("utf-8", errors="casebrowser-cp1252"))
