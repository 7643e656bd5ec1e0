"""`build_board`: replay one case's docket and freeze the rows, with overrides and deadlines."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from casetracker.board import match
from casetracker.board.events import replay_filing
from casetracker.board.model import (
    PENDING,
    Board,
    BoardRow,
    DocketFiling,
    Override,
    RowKind,
    Status,
)
from casetracker.board.replay import Replay, RowState, case_key
from casetracker.board.states import chronological, is_complaint
from casetracker.models import Deadline, DeadlineKind


def build_board(
    filings: Sequence[DocketFiling], overrides: Sequence[Override] = (), *, today: dt.date
) -> Board:
    """The board of one case: a row per count and per demanded relief of the operative
    complaint (plus superseded ones), each with its derived status, timeline, next deadline
    and the aide's override. Filings of another case (an exhibit's stamp, an appeal) are
    left out: the case is the operative complaint's, else the most common one."""
    ordered = chronological(filings)
    case_number = _pick_case(ordered)
    key = case_key(case_number)
    ordered = [f for f in ordered if case_key(f.facts.case_number) in (None, key)]
    replay = Replay(today)
    replay.filings = {f.filing_id: f for f in ordered}
    for f in ordered:
        replay_filing(replay, f)
    replay.hold_hearings(today, inclusive=False)

    by_key: dict[str, list[Override]] = {}
    for o in sorted(overrides, key=lambda o: o.at):
        by_key.setdefault(o.row_key, []).append(o)
    hearings = {m.filing.filing_id: m.latest_hearing for m in replay.motions if m.latest_hearing}
    rows = [
        _freeze(row, ordered, by_key.get(row.key, []), today, hearings)
        for row in sorted(replay.rows.values(), key=_row_order)
    ]
    orphans = tuple(o for k, group in by_key.items() if k not in replay.rows for o in group)
    return Board(case_number, tuple(rows), replay.operative, orphans)


CLOSED = frozenset(
    {Status.DENIED, Status.MOOT, Status.DISMISSED, Status.WITHDRAWN, Status.SUPERSEDED}
)


def _pick_case(ordered: list[DocketFiling]) -> str | None:
    complaints = [f.facts.case_number for f in ordered if is_complaint(f) and f.facts.case_number]
    if complaints:
        return complaints[-1]
    counted = Counter(f.facts.case_number for f in ordered if f.facts.case_number)
    return counted.most_common(1)[0][0] if counted else None


def _row_order(row: RowState) -> tuple[bool, bool, int]:
    # Counts by number, then relief in prayer order (dicts keep insertion order), dropped last.
    return (row.superseded, row.kind != RowKind.CLAIM, row.number or 0)


def merge_overrides(group: Sequence[Override]) -> Override | None:
    """One override from a row's history: the latest status set and the latest note written
    (a later note alone does not clear an earlier status)."""
    if not group:
        return None
    last = group[-1]
    status = next((o.status for o in reversed(group) if o.status is not None), None)
    note = next((o.note for o in reversed(group) if o.note), None)
    return Override(last.row_key, status, note, last.author, last.at)


def _freeze(
    row: RowState,
    ordered: list[DocketFiling],
    overrides: list[Override],
    today: dt.date,
    hearings: dict[int, tuple[Deadline, int]],
) -> BoardRow:
    deadline, deadline_filing = _next_deadline(row, ordered, today, hearings)
    return BoardRow(
        key=row.key,
        kind=row.kind,
        label=row.label,
        category=row.category,
        states=row.states,
        derived=row.status,
        manual=merge_overrides(overrides),
        history=tuple(row.steps),
        next_deadline=deadline,
        next_deadline_filing=deadline_filing,
        source=row.source,
        demanded_in=row.demanded_in,
        overrides=tuple(overrides),
    )


def _next_deadline(
    row: RowState,
    ordered: list[DocketFiling],
    today: dt.date,
    hearings: dict[int, tuple[Deadline, int]],
) -> tuple[Deadline | None, int | None]:
    """The earliest deadline on or after `today` from a filing that moved the row, or whose
    sentence is about the row's relief (an order extending the injunction against sharing);
    failing that, a conditional deadline (date unknown) from the latest such filing. A
    hearing counts as last set for the row's pending motion (a clerk's notice may reset it)."""
    if row.superseded:
        return None, None
    # A filing that refused the row (a denial, a withdrawal) sets it no deadline.
    moved = {s.filing_id for s in row.steps if s.status not in CLOSED}
    dated: list[tuple[dt.date, Deadline, int]] = []
    conditional: tuple[Deadline, int] | None = None
    for f in ordered:
        if f.is_proposed:
            continue  # a party's draft states no deadline of the court
        for d in f.facts.deadlines:
            tied = f.filing_id in moved or (
                bool(row.facets) and row.facets[0] in match.facets_of(d.text)
            )
            if not tied:
                continue
            if d.kind == DeadlineKind.HEARING:
                continue  # taken from the motion below: an earlier setting may be stale
            if d.date is None:
                conditional = (d, f.filing_id)
            elif d.date >= today:
                dated.append((d.date, d, f.filing_id))
    if row.motion in hearings and row.status in PENDING:
        hearing, filing_id = hearings[row.motion]
        if hearing.date is not None and hearing.date >= today:
            dated.append((hearing.date, hearing, filing_id))
    if dated:
        _, deadline, filing_id = min(dated, key=lambda t: t[0])
        return deadline, filing_id
    if conditional is not None:
        return conditional
    return None, None
