"""The digest: what changed since the last run, in a form for text, markdown or JSON.

Pure: the Tracker gathers the two board snapshots, the new filings, the failed files and the
deadlines before and after; this module compares them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from casetracker.board.model import Board, DocketFiling, Status
from casetracker.models import Deadline, DocType, Source

DUE_SOON_DAYS = 14


@dataclass(frozen=True, slots=True)
class DocketDeadline:
    """A deadline with the filing it came from."""

    filing_id: int
    docket_entry: int | None
    deadline: Deadline


@dataclass(frozen=True, slots=True)
class FailedFile:
    path: str
    reason: str  # a `models.Reason` value, or another short code
    message: str


@dataclass(frozen=True, slots=True)
class NewFiling:
    filing_id: int
    label: str
    filed: dt.date | None
    title: str | None
    doc_type: DocType | None


@dataclass(frozen=True, slots=True)
class StatusChange:
    key: str
    label: str
    before: Status | None  # None: a row the last run did not have
    after: Status
    note: str
    docket_entry: int | None
    source: Source | None


@dataclass(frozen=True, slots=True)
class DeadlineMove:
    before: DocketDeadline
    after: DocketDeadline


@dataclass(frozen=True, slots=True)
class Digest:
    today: dt.date
    since: dt.date | dt.datetime | None
    new_filings: tuple[NewFiling, ...]
    status_changes: tuple[StatusChange, ...]
    deadlines_added: tuple[DocketDeadline, ...]
    deadlines_moved: tuple[DeadlineMove, ...]
    due_soon: tuple[DocketDeadline, ...]
    failures: tuple[FailedFile, ...]
    window_days: int = DUE_SOON_DAYS

    @property
    def is_empty(self) -> bool:
        return not (
            self.new_filings
            or self.status_changes
            or self.deadlines_added
            or self.deadlines_moved
            or self.due_soon
            or self.failures
        )


def _deadline_key(d: DocketDeadline) -> tuple[str, str, str]:
    # Filing ids can change when a file is re-ingested; the ECF number and the sentence do not.
    where = str(d.docket_entry) if d.docket_entry is not None else f"id{d.filing_id}"
    return where, d.deadline.kind, " ".join(d.deadline.text.lower().split())[:200]


def digest(
    before: Board | Mapping[str, str] | None,
    after: Board,
    new_filings: Sequence[DocketFiling] = (),
    failures: Sequence[FailedFile] = (),
    deadlines_before: Sequence[DocketDeadline] = (),
    deadlines_after: Sequence[DocketDeadline] = (),
    *,
    today: dt.date,
    since: dt.date | dt.datetime | None = None,
    window_days: int = DUE_SOON_DAYS,
) -> Digest:
    """Compare two runs: new filings, rows whose derived status changed, deadlines added or
    moved, deadlines due within `window_days` of `today`, files that failed. `before` is the
    last run's board, or its snapshot as stored ({row key: derived status})."""
    if isinstance(before, Board):
        old = {row.key: str(row.derived) for row in before.rows}
    else:
        old = dict(before or {})
    changes: list[StatusChange] = []
    for row in after.rows:
        prior = old.get(row.key)
        if prior == row.derived:
            continue
        step = row.history[-1] if row.history else None
        changes.append(
            StatusChange(
                row.key, row.label, _status(prior), row.derived,
                step.note if step else "", step.docket_entry if step else None,
                step.source if step else None,
            )
        )  # fmt: skip
    known = {_deadline_key(d): d for d in deadlines_before}
    added, moved = [], []
    for d in deadlines_after:
        prior_deadline = known.get(_deadline_key(d))
        if prior_deadline is None:
            added.append(d)
        elif prior_deadline.deadline.date != d.deadline.date:
            moved.append(DeadlineMove(prior_deadline, d))
    horizon = today + dt.timedelta(days=window_days)
    soon = sorted(
        (d for d in deadlines_after if d.deadline.date and today <= d.deadline.date <= horizon),
        key=lambda d: (d.deadline.date or today, d.docket_entry or 0),
    )
    filings = tuple(
        NewFiling(f.filing_id, f.entry_label, f.filed, f.title, f.doc_type)
        for f in sorted(new_filings, key=lambda f: (f.docket_entry or 0, f.attachment or 0))
    )
    return Digest(
        today, since, filings, tuple(changes), tuple(added), tuple(moved), tuple(soon),
        tuple(failures), window_days,
    )  # fmt: skip


def _status(value: str | None) -> Status | None:
    """A stored status, or None when it is not one this build knows."""
    try:
        return Status(value) if value is not None else None
    except ValueError:
        return None


def snapshot(board: Board) -> dict[str, str]:
    """What to store after a run so the next digest can compare: {row key: derived status}."""
    return {row.key: str(row.derived) for row in board.rows}


def digest_json(d: Digest) -> dict[str, Any]:
    """Plain JSON data (dates as ISO strings)."""
    return _plain(asdict(d))  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _when(deadline: Deadline) -> str:
    return deadline.date.isoformat() if deadline.date else "date not yet known"


def _ecf(entry: int | None) -> str:
    return f"ECF {entry}" if entry is not None else "unnumbered"


def digest_lines(d: Digest, *, markdown: bool = False) -> list[str]:
    """The digest as lines of plain text, or of markdown (headings and bullets)."""

    def head(title: str) -> str:
        return f"## {title}" if markdown else f"{title}:"

    bullet = "- " if markdown else "  "
    since = f" since {d.since.isoformat()}" if d.since else ""
    lines = [f"# Digest{since}" if markdown else f"Digest{since} (as of {d.today.isoformat()})"]
    if d.is_empty:
        return [*lines, "Nothing new."]
    sections: list[tuple[str, list[str]]] = [
        ("New filings", [
            f"{f.label} {f.filed or ''} {f.title or f.doc_type or 'untitled'}".replace("  ", " ")
            for f in d.new_filings
        ]),
        ("Status changes", [
            f"{c.key}: {c.before or 'new'} -> {c.after} ({c.note})" for c in d.status_changes
        ]),
        ("Deadlines added", [
            f"{_when(x.deadline)} {x.deadline.kind}: {x.deadline.text} ({_ecf(x.docket_entry)})"
            for x in d.deadlines_added
        ]),
        ("Deadlines moved", [
            f"{_when(m.before.deadline)} -> {_when(m.after.deadline)} {m.after.deadline.kind}: "
            f"{m.after.deadline.text} ({_ecf(m.after.docket_entry)})"
            for m in d.deadlines_moved
        ]),
        (f"Due within {d.window_days} days", [
            f"{_when(x.deadline)} {x.deadline.kind}: {x.deadline.text} ({_ecf(x.docket_entry)})"
            for x in d.due_soon
        ]),
        ("Failed files", [f"{x.path}: {x.message} ({x.reason})" for x in d.failures]),
    ]  # fmt: skip
    for title, items in sections:
        if items:
            lines += ["", head(title), *(bullet + item for item in items)]
    return lines


def digest_text(d: Digest) -> str:
    return "\n".join(digest_lines(d))


def digest_markdown(d: Digest) -> str:
    return "\n".join(digest_lines(d, markdown=True))
