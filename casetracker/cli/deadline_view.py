"""A rich table of deadlines: date, what, where it came from, how far away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from casetracker.export import DeadlineItem


def _when(date: dt.date | None, today: dt.date) -> Text:
    if date is None:
        return Text("when its event happens", style="italic")
    days = (date - today).days
    if days < 0:
        return Text(f"{-days} days ago", style="red")
    if days == 0:
        return Text("today", style="bold red")
    return Text(f"in {days} days", style="yellow" if days <= 14 else "")


def deadline_table(items: Sequence[DeadlineItem], *, today: dt.date) -> Table:
    table = Table(title=f"Deadlines ({len(items)})", expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("when", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("what", ratio=3)
    table.add_column("source", ratio=1, min_width=14)
    for item in items:
        d = item.deadline
        date = d.date.strftime("%a %Y-%m-%d") if d.date else "—"
        what = " ".join(d.text.split())
        if d.time:
            what += f" ({d.time}{', ' + d.courtroom if d.courtroom else ''})"
        style = "dim strike" if item.superseded_by else ""
        source = item.where + (" · computed" if d.computed and item.origin == "stated" else "")
        if item.also:
            source += f" (+{len(item.also)})"
        table.add_row(date, _when(d.date, today), str(d.kind), what, source, style=style)
    return table
