"""Identity: which bytes make an article, and which key a case keeps across re-extraction."""
from __future__ import annotations

import hashlib

from .text import slug

KEY_HASH_CHARS = 12


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def case_slug(officer: str | None, role: str, unnamed_ordinal: int) -> str:
    """A case's identity inside one article: the officer's name, or role and ordinal when unnamed.

    The ordinal counts unnamed cases in the order the article first reports them, so it is
    stable for a given text and extractor."""
    named = slug(officer) if officer else ""
    if named:
        return named
    return f"unnamed-{role or 'officer'}-{unnamed_ordinal}"


def case_key(article_hash: str, case_slug_: str) -> str:
    """The stable key user data (notes, tags, corrections, review state) attaches to."""
    return f"{article_hash[:KEY_HASH_CHARS]}:{case_slug_}"
