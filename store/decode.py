"""Bytes to text: byte-order marks, UTF-16 without a BOM, UTF-8, cp1252, and mojibake repair.

The order matters. A BOM is the only statement a file makes about itself, so it wins. UTF-16
without a BOM shows itself by NULs in every other byte, which would otherwise look binary.
Then UTF-8; a byte that is not valid UTF-8 is read as cp1252 (what Windows editors and old
web pages wrote), one byte at a time, so a mostly-UTF-8 file with a stray curly quote keeps
both. Last, text that was UTF-8 once but went through a cp1252 or latin-1 decoder
("â€™" for "’") is repaired, but only where the bytes decode back to valid UTF-8.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import BinaryFile, Undecodable

# Signatures of files that are certainly not articles. PDF is not here: readers route it.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", None),  # checked below with a size field; "BM" alone starts English words
    (b"PK\x03\x04", "a zip archive (a .docx, .odt or .epub is one: save it as text or HTML first)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (save it as text or HTML first)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"\xca\xfe\xba\xbe", "a compiled program"),
    (b"\xcf\xfa\xed\xfe", "a compiled program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

# cp1252 leaves five bytes undefined; latin-1 gives them their C1 code points (later removed).
_CP1252 = tuple(
    (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) for b in range(256)
)


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # Replace only the first offending byte: the UTF-8 decoder then resumes right after it,
    # so a valid sequence starting at the next byte is still read as UTF-8.
    return _CP1252[err.object[err.start]], err.start + 1


codecs.register_error("casebrowser-cp1252", _cp1252_fallback)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str       # what was used: utf-8, utf-8-sig, utf-16-le, ..., utf-8+cp1252, or a declared charset
    bom: int = 0        # bytes of byte-order mark skipped


def binary_kind(data: bytes) -> str | None:
    """What sort of non-text file the bytes are, by signature; None when nothing matches."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic == b"BM":
                # A BMP header gives the file size at bytes 2..6, little-endian.
                if len(data) >= 14 and int.from_bytes(data[2:6], "little") == len(data):
                    return "a BMP image"
                continue
            return what
    if data[4:8] == b"ftyp":
        return "a video or image file (MP4/HEIC)"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a WebP image" if data[8:12] == b"WEBP" else "a media file"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs fill one side of most byte pairs (ASCII in UTF-16)."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    zero_even = sample[0:pairs * 2:2].count(0)
    zero_odd = sample[1:pairs * 2:2].count(0)
    if zero_odd >= 0.3 * pairs and zero_even <= 0.05 * pairs:
        return "utf-16-le"
    if zero_even >= 0.3 * pairs and zero_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


_SAMPLE = 8192
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20)) | {0x7F})


def _looks_binary(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if b"\x00" in sample or data.count(b"\x00") * 1000 > len(data):
        return "it contains NUL bytes, so it is a binary file rather than text"
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL_BYTES)
        if controls * 10 > len(sample) and controls >= 4:
            return "it is mostly control bytes, so it is a binary file rather than text"
    return None


def _strict(data: bytes, encoding: str, path: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Undecodable(path, f"it says it is {what} but byte {exc.start} is not valid {what}.") from None


_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),   # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_LATIN1_NAMES = frozenset({"windows-1252", "cp1252", "iso-8859-1", "latin-1", "latin1", "iso8859-1",
                           "us-ascii", "ascii", "iso-8859-15", "l1"})


def decode(data: bytes, path: str, declared: str | None = None) -> Decoded:
    """Decode an article file's bytes; raise BinaryFile or Undecodable with a reason naming `path`.

    `declared` is a charset the file names for itself (an HTML <meta charset>); it is used only
    when the bytes are not valid UTF-8, since pages often declare one encoding and use another.
    """
    for bom, encoding, what in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if encoding == "utf-8-sig":
                text = body.decode("utf-8", errors="casebrowser-cp1252")
            else:
                text = _strict(body, encoding, path, what)
            return Decoded(repair_mojibake(text), encoding, len(bom))

    kind = binary_kind(data)
    if kind:
        raise BinaryFile(path, f"this is {kind}, not a text article.")

    wide = _utf16_without_bom(data[:_SAMPLE])
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the NUL check below will say binary
        else:
            if not _mostly_controls(text):
                return Decoded(repair_mojibake(text), wide)

    why = _looks_binary(data)
    if why:
        raise BinaryFile(path, why + ".")

    try:
        return Decoded(repair_mojibake(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        name = declared.strip().lower()
        if name not in _LATIN1_NAMES:
            try:
                codecs.lookup(name)
            except LookupError:
                pass
            else:
                return Decoded(repair_mojibake(data.decode(name, errors="replace")), name)
    return Decoded(repair_mojibake(data.decode("utf-8", errors="casebrowser-cp1252")), "utf-8+cp1252")


def _mostly_controls(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad * 10 > len(sample)


# ------------------------------------------------------------------ mojibake

# Each character a byte 0x80..0xFF turns into when UTF-8 is misread as cp1252 or latin-1.
_BYTE_OF: dict[str, int] = {}
for _b in range(0x80, 0x100):
    _BYTE_OF.setdefault(_CP1252[_b], _b)
    _BYTE_OF.setdefault(chr(_b), _b)
_CONT = "[" + "".join(re.escape(c) for c, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF) + "]"
_MOJIBAKE = re.compile(
    f"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})+"
)


def _unmangle(match: re.Match) -> str:
    run = match.group()
    try:
        # Strict: the run must be exactly the cp1252/latin-1 reading of valid UTF-8 bytes.
        return bytes(_BYTE_OF[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return run


# Python's strict cp1252 turns byte 0x9D into U+FFFD, so the closing quote "”" (E2 80 9D)
# often arrives as "â€\ufffd". It cannot round-trip, but nothing else is written that way.
_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 ("â€™" → "’", "Ã©" → "é"), twice-mangled text included."""
    if _LOST_CLOSING_QUOTE in text:
        text = text.replace(_LOST_CLOSING_QUOTE, "\u201d")
    for _ in range(3):
        if not _MOJIBAKE.search(text):
            break
        fixed = _MOJIBAKE.sub(_unmangle, text)
        if fixed == text:
            break
        text = fixed
    return text
