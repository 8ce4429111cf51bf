"""Typed errors with a human reason. The CLI and the TUI show `str(error)` as is."""
from __future__ import annotations


class CasebrowserError(Exception):
    """Anything the user can be told about in one sentence."""


# ---------------------------------------------------------------- reading files

class ReadError(CasebrowserError):
    """A file could not become an article. `path` names it, `reason` says why."""

    kind = "unreadable"

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyFile(ReadError):
    kind = "empty"


class BinaryFile(ReadError):
    kind = "binary"


class Undecodable(ReadError):
    kind = "undecodable"


class TooLarge(ReadError):
    kind = "too large"


class UnsupportedFormat(ReadError):
    kind = "unsupported"


class BadRecord(ReadError):
    kind = "bad record"


class NoTextLayer(ReadError):
    kind = "no text layer"


# ---------------------------------------------------------------- the store

class StoreError(CasebrowserError):
    """The SQLite store cannot be opened or used."""


class StoreMissing(StoreError):
    pass


class StoreUnreadable(StoreError):
    pass


class StoreCorrupt(StoreError):
    pass


class StoreLocked(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class QueryError(CasebrowserError):
    """A search query the user typed cannot be understood; the message says where and why."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


class NotFound(CasebrowserError):
    """A case or article the user named is not in the store; the message says what was asked."""
