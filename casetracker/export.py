"""Deadline lists for people and calendars: filtering, CSV rows and RFC 5545 (.ics) export."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from casetracker.models import Deadline


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """A deadline as the lists show it: the fact plus the filing it came from."""

    id: int
    deadline: Deadline
    origin: str  # "stated" (read from a filing) | "derived" (computed by a rule)
    filing_id: int
    docket_entry: int | None
    filing_title: str | None
    case_number: str | None
    superseded_by: int | None
    doc_type: str | None = None
    also: tuple[str, ...] = ()  # other filings that state the same date for the same thing

    @property
    def where(self) -> str:
        """Its source in a word an aide can check: "ECF 98 p. 12" or the rule."""
        ecf = f"ECF {self.docket_entry}" if self.docket_entry else "filing"
        if self.origin == "derived":
            return f"{self.deadline.rule} from {ecf}"
        page = f" p. {self.deadline.source.page}" if self.deadline.source.page else ""
        return f"{ecf}{page}"

    @property
    def uid(self) -> str:
        """Stable across re-exports and re-ingestion: case, origin, rule/kind, source text."""
        d = self.deadline
        key = "|".join(
            [
                self.case_number or "",
                self.origin,
                d.kind,
                d.rule or "",
                d.anchor or "",
                " ".join(d.text.split())[:200],
                str(self.docket_entry or self.filing_id),
            ]
        )
        return hashlib.sha256(key.encode()).hexdigest()[:32] + "@casetracker"


# Which statement of a date to show when several filings state it: the court's own paper
# first, then an agreement of the parties, then a party's paper, then a rule's computation.
_AUTHORITY = {"order": 0, "judgment": 0, "notice": 1, "stipulation": 2}


def _rank(item: DeadlineItem) -> tuple[int, int]:
    if item.origin == "derived":
        return (9, 0)
    return (_AUTHORITY.get(item.doc_type or "", 5), -(item.docket_entry or 0))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.casefold())}


def _same_thing(a: DeadlineItem, b: DeadlineItem) -> bool:
    """Two statements of one deadline: same date and kind, and about the same thing."""
    da, db = a.deadline, b.deadline
    if da.date is None or da.date != db.date or da.kind != db.kind:
        return False
    if da.kind in ("hearing", "conference") or "derived" in (a.origin, b.origin):
        return True
    wa, wb = _words(da.text), _words(db.text)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def collapse(items: Sequence[DeadlineItem]) -> list[DeadlineItem]:
    """One item per deadline: a date restated in several filings (a stipulation and the
    order granting it, a hearing repeated in each brief's caption, a rule's computation that
    agrees) is shown once, from the most authoritative paper, with the others in `also`."""
    groups: list[list[DeadlineItem]] = []
    for item in items:
        if item.superseded_by is None:
            for group in groups:
                if group[0].superseded_by is None and _same_thing(group[0], item):
                    group.append(item)
                    break
            else:
                groups.append([item])
        else:
            groups.append([item])
    out = []
    for group in groups:
        best = min(group, key=_rank)
        others = tuple(i.where for i in group if i is not best)
        out.append(replace(best, also=others) if others else best)
    return out


def select(
    items: Sequence[DeadlineItem],
    *,
    today: dt.date,
    upcoming_days: int | None = None,
    overdue: bool = False,
    case_number: str | None = None,
) -> list[DeadlineItem]:
    """Filter by case and window; `overdue` keeps dates before today, else today onward."""
    out = []
    for item in items:
        date = item.deadline.date
        if case_number and item.case_number != case_number:
            continue
        if overdue:
            if date is None or date >= today:
                continue
        elif upcoming_days is not None and (
            date is None or not today <= date <= today + dt.timedelta(days=upcoming_days)
        ):
            continue
        out.append(item)
    return out


CSV_FIELDS = (
    "date",
    "kind",
    "what",
    "source",
    "origin",
    "rule",
    "computed",
    "time",
    "courtroom",
    "case",
    "ecf",
    "page",
    "superseded_by",
    "also",
)


def csv_row(item: DeadlineItem) -> dict[str, object]:
    d = item.deadline
    return {
        "date": d.date.isoformat() if d.date else "",
        "kind": str(d.kind),
        "what": " ".join(d.text.split()),
        "source": item.where,
        "origin": item.origin,
        "rule": d.rule or "",
        "computed": d.computed,
        "time": d.time or "",
        "courtroom": d.courtroom or "",
        "case": item.case_number or "",
        "ecf": item.docket_entry or "",
        "page": d.source.page or "",
        "superseded_by": item.superseded_by or "",
        "also": "; ".join(item.also),
    }


def to_ics(items: Sequence[DeadlineItem], *, now: dt.datetime) -> bytes:
    """An RFC 5545 calendar of all-day events; conditional (undated) deadlines are left out.

    UIDs are stable, so importing a re-export updates events instead of duplicating them.
    """
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//casetracker//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "casetracker deadlines")
    for item in items:
        d = item.deadline
        if d.date is None:
            continue
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", now)
        event.add("dtstart", d.date)
        event.add("dtend", d.date + dt.timedelta(days=1))
        label = d.kind.replace("_", " ").capitalize()
        case = f"{item.case_number} " if item.case_number else ""
        event.add("summary", f"{case}{label}: {_short(d.text)}")
        details = [" ".join(d.text.split()), f"Source: {item.where}"]
        if item.also:
            details.append("Also stated in: " + "; ".join(item.also))
        if d.time:
            details.append(f"Time: {d.time}")
        if d.courtroom:
            details.append(f"Courtroom: {d.courtroom}")
        if d.computed and d.rule:
            details.append(f"Computed under {d.rule}" + (f" from {d.anchor}" if d.anchor else ""))
        event.add("description", "\n".join(details))
        event.add("categories", [str(d.kind)])
        cal.add_component(event)
    return bytes(cal.to_ical())


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
