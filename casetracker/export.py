"""Deadline lists for people and calendars: filtering, CSV rows and RFC 5545 (.ics) export."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

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
