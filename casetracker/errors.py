"""One error base for the project; adapters translate library errors into these."""

from __future__ import annotations


class CasetrackerError(Exception):
    """An error an aide can act on: a one-line `message` and a short machine `reason`."""

    def __init__(self, message: str, reason: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class PdfError(CasetrackerError):
    """A file could not be read as a PDF (reason: a `models.Reason` value)."""


class StoreError(CasetrackerError):
    """The database could not be opened or written."""


class SearchIndexError(CasetrackerError):
    """The full-text index could not be opened, written or queried."""


class QueryError(CasetrackerError):
    """A search query could not be parsed."""


class LockBusy(CasetrackerError):
    """Another ingest holds the lock."""


class ConfigError(CasetrackerError):
    """Bad settings or usage."""
