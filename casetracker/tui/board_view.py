"""The Board mode: one row per claim and per requested relief, its status and next deadline.

Enter opens a row's timeline (a pushed screen) with the filings that moved it; `o` opens the
override dialog, which records the aide's status and note through `Tracker`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from casetracker.models import Source
from casetracker.tui import loaders
from casetracker.tui.common import (
    STATUS_STYLES,
    FittedTable,
    ModeScreen,
    one_line,
    status_text,
    when_text,
)

if TYPE_CHECKING:
    from casetracker.board.model import Board, BoardRow
    from casetracker.tui.app import CasetrackerApp
    from casetracker.tui.preload import BoardPreload

KEEP = "__keep__"  # the override dialog's "leave the status as it is" choice


class BoardTable(FittedTable):
    """The rows of the board; Enter opens the timeline, `o` the override dialog."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Timeline"),
        Binding("o", "override", "Override"),
    ]

    class RowChosen(Message):
        def __init__(self, row: BoardRow) -> None:
            self.row = row
            super().__init__()

    class OverrideRequested(Message):
        def __init__(self, row: BoardRow) -> None:
            self.row = row
            super().__init__()

    def on_mount(self) -> None:
        self.zebra_stripes = True
        self.add_column("status", key="status", width=16)
        self.add_column("claim / relief", key="label")
        self.add_column("States", key="states", width=9)
        self.add_column("next deadline", key="next", width=22)
        self.rows_by_key: dict[str, BoardRow] = {}

    def show(self, board: Board, today: dt.date) -> None:
        self.remember(board, today)
        self.clear()
        self.rows_by_key = {}
        room = self.room()
        for row in board.rows:
            status = status_text(str(row.status))
            if row.is_disputed:
                status.append(f" (docket: {row.derived})", style="dim")
            elif row.manual is not None and row.manual.status is not None:
                status.append(" ✎", style="dim")
            nxt = row.next_deadline
            when = Text("—", style="dim")
            if nxt is not None:
                if nxt.date is None:  # conditional: its anchor event has not happened
                    when = Text(f"{nxt.kind}, on its event", style="italic")
                else:
                    when = Text(f"{nxt.date:%b %d} {nxt.kind} ") + when_text(nxt.date, today)
            states = ",".join(row.states) if len(row.states) <= 2 else f"{len(row.states)} States"
            self.rows_by_key[row.key] = row
            self.add_row(
                self.fit(status, 16),
                self.fit(one_line(row.label), room),
                self.fit(states, 9),
                self.fit(when, 22),
                key=row.key,
            )

    def lay_out(self, *args: object) -> None:
        board, today = args
        self.show(board, today)  # type: ignore[arg-type]

    @property
    def current(self) -> BoardRow | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.rows_by_key.get(key or "")

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.rows_by_key.get(event.row_key.value or "")
        if row is not None:
            self.post_message(self.RowChosen(row))

    def action_override(self) -> None:
        if self.current is not None:
            self.post_message(self.OverrideRequested(self.current))


class OverrideDialog(ModalScreen[tuple[str | None, str | None] | None]):
    """Set a row's status and/or a note; dismisses with (status, note) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, row: BoardRow) -> None:
        super().__init__()
        self.row = row

    def compose(self) -> ComposeResult:
        from casetracker.board.model import Status

        choices = [(f"keep ({self.row.status})", KEEP)]
        choices += [(s.value.replace("_", " "), s.value) for s in Status]
        with Vertical(classes="dialog", id="override-dialog"):
            yield Label(Text.assemble("Override ", (one_line(self.row.label, 60), "bold")))
            yield Label(f"docket says: {self.row.derived}", classes="dim")
            yield Select(choices, value=KEEP, allow_blank=False, id="override-status")
            note = self.row.manual.note if self.row.manual and self.row.manual.note else ""
            yield Input(value=note, placeholder="note (why)", id="override-note")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="override-save")

    @on(Button.Pressed, "#override-save")
    @on(Input.Submitted, "#override-note")
    def _save(self) -> None:
        status = str(self.query_one("#override-status", Select).value)
        note = self.query_one("#override-note", Input).value.strip()
        self.dismiss((None if status == KEEP else status, note or None))


class Timeline(OptionList):
    """A row's history: each step with its filing; choosing one opens the filing there."""

    class StepChosen(Message):
        def __init__(self, filing_id: int, page: int, source: Source) -> None:
            self.filing_id = filing_id
            self.page = page
            self.source = source
            super().__init__()

    def show(self, row: BoardRow) -> None:
        """List the row's steps and overrides, keeping the highlight where it was."""
        kept = self.highlighted
        self.clear_options()
        self.steps = list(row.history)
        for n, step in enumerate(self.steps):
            ecf = f"ECF {step.docket_entry}" if step.docket_entry else "filing"
            date = step.filed.isoformat() if step.filed else "—"
            head = Text.assemble(
                (f"{date}  ", "dim"), (f"{ecf:8} ", "bold"), status_text(str(step.status))
            )
            body = Text(one_line(step.note or step.source.text, 200))
            self.add_option(Option(head + "\n" + body, id=f"step-{n}"))
        for override in row.overrides:
            what = " ".join(x for x in (override.status, override.note) if x)
            label = f"{override.at:%Y-%m-%d}  aide {override.author}: {what}"
            self.add_option(Option(Text(label, style="italic"), disabled=True))
        if self.steps:
            self.highlighted = min(kept or 0, len(self.steps) - 1)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        step = self.steps[int((event.option.id or "step-0").split("-")[1])]
        self.post_message(self.StepChosen(step.filing_id, step.source.page or 1, step.source))


class TimelineScreen(Screen[None]):
    """One board row's timeline, pushed over the board; read again after a saved override
    or an ingest, so the aide sees their change where they made it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("o", "override", "Override"),
    ]

    class Reloaded(Message):
        def __init__(self, row: BoardRow | None) -> None:
            self.row = row
            super().__init__()

    def __init__(self, row: BoardRow) -> None:
        super().__init__()
        self.row = row

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        yield Static(id="timeline-note")
        yield Timeline(id="timeline")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self._data_changed, init=False)
        self._paint()
        self.query_one(Timeline).focus()

    def _paint(self) -> None:
        r = self.row
        head = Text.assemble((f" {r.kind} ", "reverse"), " ", (one_line(r.label), "bold"), "  ")
        self.query_one("#timeline-title", Static).update(head + status_text(str(r.status)))
        note = self.query_one("#timeline-note", Static)
        note.display = bool(r.manual and r.manual.note)
        if r.manual and r.manual.note:
            note.update(Text(f"note ({r.manual.author}): {r.manual.note}", style="italic"))
        self.query_one(Timeline).show(r)

    def _data_changed(self) -> None:
        self._reload()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _reload(self) -> None:
        app = app_of(self)
        board = loaders.load_board(app.home, app.today).board
        rows = {row.key: row for row in board.rows} if board else {}
        self.post_message(self.Reloaded(rows.get(self.row.key)))

    def on_timeline_screen_reloaded(self, message: Reloaded) -> None:
        if message.row is None:
            self.notify("this row is no longer on the board", severity="warning")
            return
        self.row = message.row
        self._paint()

    def on_timeline_step_chosen(self, message: Timeline.StepChosen) -> None:
        app_of(self).open_document(message.filing_id, page=message.page, source=message.source)

    def action_override(self) -> None:
        app_of(self).open_override(self.row)


class BoardScreen(ModeScreen):
    MODE = "board"

    class Loaded(Message):
        def __init__(self, load: loaders.BoardLoad) -> None:
            self.load = load
            super().__init__()

    def compose_body(self) -> ComposeResult:
        yield Static(id="board-status", classes="body status")
        yield BoardTable(id="board-table", classes="body")

    def reload(self) -> None:
        self._load(app_of(self).take_first_board())

    @work(thread=True, exclusive=True, group="board", exit_on_error=False)
    def _load(self, first: BoardPreload | None) -> None:
        load = first.take() if first is not None else None
        self.post_message(self.Loaded(load or loaders.load_board(self.home, self.today)))

    def on_board_screen_loaded(self, message: Loaded) -> None:
        self.show_board(message.load)

    def show_board(self, load: loaders.BoardLoad) -> None:
        """Put a board on screen (or say why there is none)."""
        status = self.query_one("#board-status", Static)
        self.show_empty(load.filings == 0)
        if load.board is None:
            status.update("")
            self.query_one(BoardTable).clear()
            return
        board = load.board
        self.query_one(BoardTable).show(board, self.today)
        counts: dict[str, int] = {}
        for row in board.rows:
            counts[str(row.status)] = counts.get(str(row.status), 0) + 1
        summary = Text(f"{board.case_number or 'case'} · {len(board.rows)} rows · ")
        for name, n in sorted(counts.items()):
            summary.append(f"{n} {name.replace('_', ' ')}  ", style=STATUS_STYLES.get(name, ""))
        status.update(summary)
        self.query_one(BoardTable).focus()

    def on_board_table_row_chosen(self, message: BoardTable.RowChosen) -> None:
        self.app.push_screen(TimelineScreen(message.row))

    def on_board_table_override_requested(self, message: BoardTable.OverrideRequested) -> None:
        self.tracker_app.open_override(message.row)


def app_of(screen: Screen[None]) -> CasetrackerApp:
    """The running casetracker app (screens here are only ever mounted in it)."""
    from casetracker.tui.app import CasetrackerApp

    assert isinstance(screen.app, CasetrackerApp)
    return screen.app
