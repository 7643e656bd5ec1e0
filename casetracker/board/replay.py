"""Replaying a docket for the board: rows from complaints, matching, hearings.

Overview of the board: rows from the operative complaint, statuses from the docket.

The docket is replayed in order. Complaints create rows; a motion whose requested relief
matches a row makes it pending; the opposition, reply and hearing on that motion move it on;
an order's dispositions decide it (only what the order's text settles: an order granting
"in part" leaves unmentioned rows NEEDS_REVIEW); a notice of appeal and a judgment close it.

Rows demanded only in a superseded complaint are kept, with status SUPERSEDED: an amended
complaint can drop a demand that an order already decided, and an aide needs to see both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casetracker.board import match
from casetracker.board.match import Facet
from casetracker.board.model import (
    PENDING,
    DocketFiling,
    RowKind,
    Status,
    Step,
)
from casetracker.board.states import (
    membership_after,
)
from casetracker.models import Deadline, DeadlineKind, Disposition, DocType, ReliefKind, Source

# Relief categories that ask a court to order conduct; they match each other by facet.
INJUNCTIVE = frozenset(
    {ReliefKind.INJUNCTION, ReliefKind.IMPOUNDMENT, ReliefKind.DESTRUCTION, ReliefKind.OTHER}
)
BY_DISPOSITION = {
    Disposition.GRANTED: Status.GRANTED,
    Disposition.GRANTED_IN_PART: Status.GRANTED_IN_PART,
    Disposition.DENIED: Status.DENIED,
    Disposition.MOOT: Status.MOOT,
    Disposition.STAYED: Status.STAYED,
}


@dataclass(slots=True)
class RowState:
    """A row while the docket is replayed (mutable; frozen into a `BoardRow` at the end)."""

    key: str
    kind: RowKind
    label: str
    category: ReliefKind | None
    facets: list[Facet]
    source: Source
    demanded_in: int
    states: tuple[str, ...]
    number: int | None = None
    themes: set[str] = field(default_factory=set)
    steps: list[Step] = field(default_factory=list)
    motion: int | None = None  # the motion now deciding it
    superseded: bool = False

    @property
    def status(self) -> Status:
        return self.steps[-1].status if self.steps else Status.SOUGHT


@dataclass(slots=True)
class MotionState:
    filing: DocketFiling
    rows: set[str]
    kind: str  # "relief" | "dismiss" | "stay" | "other"
    hearing: tuple[dt.date, Source, DocketFiling] | None = None  # not yet held
    decided: bool = False
    latest_hearing: tuple[Deadline, int] | None = None  # as last set, with its filing_id


def title_source(f: DocketFiling) -> Source:
    return f.facts.sources.get("title") or Source(page=1, text=f.title or str(f.doc_type))


def ecf_label(f: DocketFiling) -> str:
    return f"ECF {f.entry_label}" if f.docket_entry is not None else "unnumbered filing"


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def case_key(case_number: str | None) -> str | None:
    """ "3:25-cv-05536-VC", "3:25-cv-05536" and "25-cv-05536" (a caption that prints no
    office) are one case: drop the judge's initials and the office."""
    if not case_number:
        return None
    parts = case_number.strip().lower().split("-")
    if len(parts) >= 3 and parts[1].isalpha():  # a district number, not "20-16276"
        parts = [parts[0].rpartition(":")[2], *parts[1:3]]
    return "-".join(parts)


class Replay:
    """Replays one case's docket in order; `rows` and `motions` are its state."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.rows: dict[str, RowState] = {}
        self.motions: list[MotionState] = []
        self.members: tuple[str, ...] = ()
        self.order_rows: dict[int, set[str]] = {}  # order filing_id -> rows it decided
        self.saw_complaint = False
        self.operative: int | None = None
        self.filings: dict[int, DocketFiling] = {}

    # -- steps -------------------------------------------------------------------------------

    def step(
        self, row: RowState, status: Status, f: DocketFiling, source: Source, note: str
    ) -> None:
        row.steps.append(Step(status, f.filing_id, f.docket_entry, f.filed, source, note))

    def active(self, kind: RowKind | None = None) -> list[RowState]:
        return [
            r for r in self.rows.values() if not r.superseded and (kind is None or r.kind == kind)
        ]

    # -- complaints --------------------------------------------------------------------------

    def complaint(self, f: DocketFiling) -> None:
        self.members, _ = membership_after(self.members, f)
        pleaded: set[str] = set()
        for claim in f.facts.claims:
            key = f"claim:{claim.number}"
            pleaded.add(key)
            self._plead(
                f,
                key,
                RowKind.CLAIM,
                f"Count {claim.number}: {shorten(claim.title)}",
                None,
                [],
                claim.source,
                number=claim.number,
                themes=match.claim_themes(claim.title),
            )
        seen: set[str] = set()
        for relief in f.facts.relief:
            if match.is_catch_all(relief.text):
                continue
            facets = match.facets_of(relief.text, relief.category)
            key = match.relief_key(relief.category, facets)
            if key in seen:  # two items of one kind in one prayer: tell them apart by wording
                key = f"{key}-{match.slug(relief.text)}"
            seen.add(key)
            pleaded.add(key)
            label = f"({relief.label}) " if relief.label else ""
            self._plead(
                f,
                key,
                RowKind.RELIEF,
                label + shorten(relief.text),
                relief.category,
                facets,
                relief.source,
            )
        if self.saw_complaint and f.doc_type == DocType.AMENDED_COMPLAINT:
            for row in self.active():
                if row.key not in pleaded:
                    row.superseded = True
                    self.step(
                        row, Status.SUPERSEDED, f, title_source(f), f"not pleaded in {ecf_label(f)}"
                    )
        self.saw_complaint = True
        self.operative = f.filing_id

    def _plead(
        self,
        f: DocketFiling,
        key: str,
        kind: RowKind,
        label: str,
        category: ReliefKind | None,
        facets: list[Facet],
        source: Source,
        number: int | None = None,
        themes: set[str] | None = None,
    ) -> None:
        row = self.rows.get(key)
        if row is None:
            row = RowState(key, kind, label, category, facets, source, f.filing_id, self.members)
            row.number, row.themes = number, themes or set()
            self.rows[key] = row
            self.step(row, Status.SOUGHT, f, source, f"demanded in {ecf_label(f)}")
            return
        # Re-pleaded: the operative complaint's wording and plaintiffs define the row.
        row.label, row.source, row.demanded_in, row.states = (
            label,
            source,
            f.filing_id,
            self.members,
        )
        if row.superseded:
            row.superseded = False
            self.step(row, Status.SOUGHT, f, source, f"pleaded again in {ecf_label(f)}")

    # -- matching ----------------------------------------------------------------------------

    def rows_for(
        self, text: str, category: ReliefKind, *, generic_ok: bool
    ) -> tuple[list[RowState], bool]:
        """Relief rows an item is about, and whether the item was specific (had a facet or a
        category that only one kind of row has)."""
        item_facets = set(match.facets_of(text, category))
        rows = self.active(RowKind.RELIEF)
        if category not in INJUNCTIVE:
            # A declaration, vacatur or fees: the category says it; facets only choose
            # between two rows of one category.
            same = [r for r in rows if r.category == category]
            narrowed = [r for r in same if r.facets and r.facets[0] in item_facets]
            return (narrowed if len(same) > 1 and narrowed else same), True
        if category == ReliefKind.OTHER and not item_facets:
            return [], False  # "an order sealing exhibit A" is about no row
        hit = [
            r for r in rows if r.category in INJUNCTIVE and r.facets and r.facets[0] in item_facets
        ]
        if hit:
            return hit, True
        same = [r for r in rows if r.category == category and not r.facets]
        if same and not item_facets:
            return same, False
        if generic_ok and not item_facets:
            return [r for r in rows if r.category == category], False
        return [], bool(item_facets)

    def find_motion(
        self, f: DocketFiling, text: str = "", *, fallback: bool = True
    ) -> MotionState | None:
        """The motion a response, order or notice is about: by ECF number, else by title."""
        earlier = [m for m in self.motions if m.filing.filing_id != f.filing_id]
        for ref in match.ecf_refs(f.title) + match.ecf_refs(text):
            for m in earlier:
                if m.filing.docket_entry == ref:
                    return m
        open_ = [m for m in earlier if not m.decided]
        if not open_:
            return None
        words = match.title_words(f.title)

        def overlap(m: MotionState) -> int:
            return len(words & match.title_words(m.filing.title))

        best = max(overlap(m) for m in open_)
        if best == 0 and not fallback:
            return None
        # No shared words: a response or order is almost always about the latest open motion.
        return [m for m in open_ if overlap(m) == best][-1]

    # -- hearings ----------------------------------------------------------------------------

    def note_hearing(self, motion: MotionState, f: DocketFiling) -> None:
        for d in f.facts.deadlines:
            if d.kind == DeadlineKind.HEARING and d.date is not None:
                motion.hearing = (d.date, d.source, f)  # a later notice resets the date
                motion.latest_hearing = (d, f.filing_id)

    def hold_hearings(self, until: dt.date, *, inclusive: bool) -> None:
        for m in self.motions:
            if m.decided or m.hearing is None:
                continue
            day, source, f = m.hearing
            if day < until or (inclusive and day == until):
                m.hearing = None
                for row in self.active():
                    if row.motion == m.filing.filing_id and row.status in PENDING:
                        row.steps.append(
                            Step(Status.HEARD, f.filing_id, f.docket_entry, day, source,
                                 f"hearing on {ecf_label(m.filing)} held {day.isoformat()}")
                        )  # fmt: skip
