"""The Deadlines mode: overdue and upcoming dates grouped by week, stated or computed.

Enter on a deadline opens its filing at the page with the sentence lit; a computed one
shows its rule. Superseded dates stay hidden until the aide asks for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Static

from casetracker.tui import loaders
from casetracker.tui.common import FittedTable, ModeScreen, one_line, when_text

if TYPE_CHECKING:
    from casetracker.export import DeadlineItem

ICS_NAME = "casetracker-deadlines.ics"


def week_label(date: dt.date | None, today: dt.date) -> str:
    """The group a date falls in: overdue, this/next week, the week of a Monday, or undated."""
    if date is None:
        return "No date yet"
    if date < today:
        return "Overdue"
    monday = date - dt.timedelta(days=date.weekday())
    this_monday = today - dt.timedelta(days=today.weekday())
    if monday == this_monday:
        return "This week"
    if monday == this_monday + dt.timedelta(days=7):
        return "Next week"
    return f"Week of {monday:%b %d}"


def grouped(
    items: Sequence[DeadlineItem], today: dt.date
) -> Iterator[tuple[str, list[DeadlineItem]]]:
    """Groups in reading order: overdue, then weeks ahead, then undated."""
    groups: dict[str, list[DeadlineItem]] = {}
    order = sorted(
        items,
        key=lambda i: (
            i.deadline.date is None,
            i.deadline.date or dt.date.max,
            i.docket_entry or 0,
        ),
    )
    for item in order:
        groups.setdefault(week_label(item.deadline.date, today), []).append(item)
    yield from groups.items()


def origin_text(item: DeadlineItem, *, wide: bool = True) -> Text:
    """Stated in a filing (ECF and page) or computed (with the rule); narrow: marks only."""
    d = item.deadline
    computed = ("computed ", "cyan") if wide else ("⚙ ", "cyan")
    if item.origin == "derived":  # `where` already names the rule: "L.R. 7-3(a) from ECF 12"
        return Text.assemble(computed, item.where)
    if d.computed:
        return Text.assemble(computed, (d.rule or "", "bold cyan"), f" · {item.where}")
    return Text.assemble(("stated ", "green") if wide else "", item.where)


class DeadlineTable(FittedTable):
    """Deadlines under week headings; Enter on one opens its page."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open page")]

    class DeadlineChosen(Message):
        def __init__(self, item: DeadlineItem) -> None:
            self.item = item
            super().__init__()

    def on_mount(self) -> None:
        self.add_column("date", key="date", width=14)
        self.add_column("when", key="when", width=12)
        self.add_column("kind", key="kind", width=10)
        self.add_column("source", key="source")
        self.add_column("what", key="what")
        self.items: dict[str, DeadlineItem] = {}

    def show(self, items: Sequence[DeadlineItem], today: dt.date) -> None:
        self.remember(items, today)
        self.clear()
        self.items = {}
        room = self.room()
        source_width = min(42, max(14, room * 2 // 5))
        for label, group in grouped(items, today):
            style = "bold red" if label == "Overdue" else "bold"
            self.add_row(Text(label, style=style), Text(""), Text(""), Text(""), Text(""))
            for item in group:
                d = item.deadline
                date = Text(d.date.strftime("%a %Y-%m-%d") if d.date else "—")
                what = one_line(d.text) + (f" ({d.time})" if d.time else "")
                cells = [
                    date,
                    when_text(d.date, today),
                    Text(str(d.kind)),
                    self.fit(origin_text(item, wide=source_width >= 28), source_width),
                    self.fit(what, room - source_width),
                ]
                if item.superseded_by:
                    cells = [Text(c.plain, style="dim strike") for c in cells[:4]]
                    cells.append(
                        self.fit(Text(f"superseded · {what}", "dim strike"), room - source_width)
                    )
                key = f"deadline-{item.id}"
                self.items[key] = item
                self.add_row(*cells, key=key)
        first = next((n for n, k in enumerate(self.rows) if k.value in self.items), 0)
        self.move_cursor(row=first)

    def lay_out(self, *args: object) -> None:
        items, today = args
        self.show(items, today)  # type: ignore[arg-type]

    @property
    def chosen(self) -> DeadlineItem | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.items.get(key or "")

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        item = self.items.get(event.row_key.value or "")
        if item is not None:
            self.post_message(self.DeadlineChosen(item))


class DeadlinesScreen(ModeScreen):
    MODE = "deadlines"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "toggle_superseded", "Superseded"),
        Binding("x", "export", "Export .ics"),
    ]

    class Loaded(Message):
        def __init__(self, items: list[DeadlineItem]) -> None:
            self.items = items
            super().__init__()

    class Exported(Message):
        def __init__(self, path: Path, events: int, error: str | None = None) -> None:
            self.path = path
            self.events = events
            self.error = error
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.show_superseded = False
        self.items: list[DeadlineItem] = []

    def compose_body(self) -> ComposeResult:
        yield Static(id="deadlines-status", classes="body status")
        yield DeadlineTable(id="deadline-table", classes="body")

    def reload(self) -> None:
        self._load(self.show_superseded)

    @work(thread=True, exclusive=True, group="deadlines", exit_on_error=False)
    def _load(self, include_superseded: bool) -> None:
        items = loaders.load_deadlines(self.home, include_superseded=include_superseded)
        self.post_message(self.Loaded(items))

    def on_deadlines_screen_loaded(self, message: Loaded) -> None:
        self.items = message.items
        self.show_empty(not message.items and not self.show_superseded)
        self.query_one(DeadlineTable).show(message.items, self.today)
        overdue = sum(1 for i in message.items if i.deadline.date and i.deadline.date < self.today)
        hidden = "with" if self.show_superseded else "without"
        self.query_one("#deadlines-status", Static).update(
            f"{len(message.items)} deadlines · {overdue} overdue · today {self.today:%a %Y-%m-%d}"
            f" · ⚙ computed · {hidden} superseded"
        )
        self.query_one(DeadlineTable).focus()

    def on_deadline_table_deadline_chosen(self, message: DeadlineTable.DeadlineChosen) -> None:
        item = message.item
        d = item.deadline
        if item.origin == "derived" and d.rule:
            self.notify(f"computed under {d.rule}" + (f" from {d.anchor}" if d.anchor else ""))
        self.tracker_app.open_document(item.filing_id, page=d.source.page or 1, source=d.source)

    def action_toggle_superseded(self) -> None:
        self.show_superseded = not self.show_superseded
        self.reload()

    def action_export(self) -> None:
        self._export(list(self.items), self.tracker_app.export_dir / ICS_NAME)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, items: list[DeadlineItem], target: Path) -> None:
        try:
            self.post_message(self.Exported(target, loaders.write_ics(items, target)))
        except OSError as e:
            self.post_message(self.Exported(target, 0, f"{target}: cannot write ({e.strerror})"))

    def on_deadlines_screen_exported(self, message: Exported) -> None:
        if message.error:
            self.notify(message.error, severity="error")
        else:
            self.notify(f"wrote {message.events} events to {message.path}", title="Exported")
