"""What the TUI's thread workers run: each opens its own `Tracker` and returns dataclasses.

A SQLite connection must never cross threads, so nothing here keeps a tracker between
calls; a worker calls one of these and posts the result to the screen in a message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casetracker.tracker import Tracker

if TYPE_CHECKING:
    from casetracker.board.model import Board
    from casetracker.export import DeadlineItem
    from casetracker.fulltext import SearchResult
    from casetracker.ingest import IngestSummary
    from casetracker.store import FilingRecord


@dataclass(frozen=True, slots=True)
class Document:
    """A filing and its clean page text (index 0 is page 1)."""

    record: FilingRecord
    pages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BoardLoad:
    """The board, or why there is none (`board` is None while the database is empty)."""

    board: Board | None
    filings: int


def filing_count(home: Path) -> int:
    with Tracker.open(home) as tracker:
        return tracker.filing_count()


def load_filings(home: Path) -> list[FilingRecord]:
    with Tracker.open(home) as tracker:
        return tracker.filings() if tracker.has_database else []


def load_document(home: Path, filing_id: int) -> Document:
    with Tracker.open(home) as tracker:
        return Document(tracker.filing(filing_id), tuple(tracker.pages(filing_id)))


def load_deadlines(home: Path, *, include_superseded: bool) -> list[DeadlineItem]:
    with Tracker.open(home) as tracker:
        if not tracker.has_database:
            return []
        return tracker.deadline_items(include_superseded=include_superseded)


def run_search(home: Path, query: str) -> SearchResult:
    with Tracker.open(home) as tracker:
        if not tracker.has_database:
            from casetracker.fulltext import SearchResult

            return SearchResult(query, 0, ())
        return tracker.search(query, limit=50)


def load_board(home: Path, today: dt.date) -> BoardLoad:
    with Tracker.open(home) as tracker:
        filings = tracker.filing_count()
        if not filings:
            return BoardLoad(None, 0)
        return BoardLoad(tracker.board(today=today), filings)


def set_status(home: Path, row_key: str, status: str | None, note: str | None) -> None:
    """Record an aide's status and/or note for a board row (Tracker signs it with the login)."""
    with Tracker.open(home) as tracker:
        if status is not None:
            tracker.set_status(row_key, status, note)
        elif note:
            tracker.add_note(row_key, note)


def ingest(
    home: Path, paths: list[Path], progress: Callable[[int, int, str], None]
) -> IngestSummary:
    # Worker processes, not workers=0: in-process extraction sets a SIGALRM timer, which
    # only the main thread may do.
    with Tracker.open(home) as tracker:
        return tracker.ingest(paths, workers=2, progress=progress)


def write_ics(items: list[DeadlineItem], target: Path) -> int:
    """Write `items` as an .ics calendar; return how many dated events it holds."""
    from casetracker.export import to_ics

    target.write_bytes(to_ics(items, now=dt.datetime.now(dt.UTC)))
    return sum(1 for i in items if i.deadline.date is not None)
