"""The status board's data: what the store hands in and what the board hands out.

Pure data, no behaviour beyond small derived properties. Every step and row carries a
`Source`, so the TUI and the CLI can show the sentence behind a status.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from casetracker.models import Deadline, DocType, FilingFacts, PageText, ReliefKind, Source


class Status(StrEnum):
    """Where a claim or a requested relief stands, in roughly the order a case moves."""

    SOUGHT = "sought"
    MOTION_PENDING = "motion_pending"
    OPPOSED = "opposed"
    REPLIED = "replied"
    HEARD = "heard"
    GRANTED = "granted"
    GRANTED_IN_PART = "granted_in_part"
    DENIED = "denied"
    MOOT = "moot"
    STAYED = "stayed"
    DISMISSED = "dismissed"  # a count dismissed on a motion to dismiss
    APPEALED = "appealed"
    FINAL = "final"
    NEEDS_REVIEW = "needs_review"  # the text does not settle it: an aide must read the order
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"  # demanded in an earlier complaint, dropped from the operative one


# Statuses an order gives; a notice of appeal only follows one of these.
DECIDED = frozenset(
    {
        Status.GRANTED,
        Status.GRANTED_IN_PART,
        Status.DENIED,
        Status.MOOT,
        Status.STAYED,
        Status.DISMISSED,
        Status.NEEDS_REVIEW,
    }
)

# Statuses of a row whose motion is still being briefed or argued.
PENDING = frozenset({Status.MOTION_PENDING, Status.OPPOSED, Status.REPLIED, Status.HEARD})


class RowKind(StrEnum):
    CLAIM = "claim"
    RELIEF = "relief"


@dataclass(frozen=True, slots=True)
class DocketFiling:
    """One filing as the board sees it (the store builds these from its rows).

    `pages` is optional: with it the board can read signature blocks and which claim an
    order relied on; without it the board works from the facts alone.
    """

    filing_id: int
    docket_entry: int | None
    attachment: int | None
    filed: dt.date | None
    title: str | None
    doc_type: DocType | None
    is_proposed: bool
    facts: FilingFacts
    pages: tuple[PageText, ...] = ()

    @property
    def entry_label(self) -> str:
        """ "44-2" for an attachment, "44" for a main document, "?" when unnumbered."""
        if self.docket_entry is None:
            return "?"
        if self.attachment:
            return f"{self.docket_entry}-{self.attachment}"
        return str(self.docket_entry)


@dataclass(frozen=True, slots=True)
class Step:
    """One move of a row, with the filing and the sentence that made it."""

    status: Status
    filing_id: int
    docket_entry: int | None
    filed: dt.date | None
    source: Source
    note: str


@dataclass(frozen=True, slots=True)
class Override:
    """An aide's own status and/or note for a row; kept apart so re-ingestion never erases it."""

    row_key: str
    status: Status | None
    note: str | None
    author: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One claim or one requested relief, its derived status and its timeline.

    `key` is stable across re-ingestion and amendments ("claim:1", "relief:impoundment",
    "relief:injunction-sharing"): manual overrides are stored against it.
    """

    key: str
    kind: RowKind
    label: str
    category: ReliefKind | None
    states: tuple[str, ...]
    derived: Status
    manual: Override | None
    history: tuple[Step, ...]
    next_deadline: Deadline | None
    next_deadline_filing: int | None
    source: Source
    demanded_in: int | None = None  # filing_id of the complaint (or motion) that demanded it
    overrides: tuple[Override, ...] = ()  # every override of the row, oldest first

    @property
    def status(self) -> Status:
        """What to show: the aide's status when set, else the derived one."""
        if self.manual is not None and self.manual.status is not None:
            return self.manual.status
        return self.derived

    @property
    def is_disputed(self) -> bool:
        """True when an aide's status differs from what the docket says: show both."""
        return (
            self.manual is not None
            and self.manual.status is not None
            and self.manual.status != self.derived
        )


@dataclass(frozen=True, slots=True)
class Board:
    case_number: str | None
    rows: tuple[BoardRow, ...]
    operative_complaint: int | None  # filing_id
    orphan_overrides: tuple[Override, ...] = ()  # overrides whose row no longer exists

    def row(self, key: str) -> BoardRow | None:
        return next((r for r in self.rows if r.key == key), None)
