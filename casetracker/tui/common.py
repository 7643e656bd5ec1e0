"""What every mode screen shares: the mode bar, the empty-database and problem notices,
small formatters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import Worker, WorkerState

from casetracker.errors import CasetrackerError

if TYPE_CHECKING:
    from casetracker.tui.app import CasetrackerApp

# (mode name, key, label): the order of the mode bar and of keys 1-4.
MODES: tuple[tuple[str, str, str], ...] = (
    ("board", "1", "Board"),
    ("docket", "2", "Docket"),
    ("search", "3", "Search"),
    ("deadlines", "4", "Deadlines"),
)

# Board statuses by how they read to an aide: decided for us, against us, still moving.
STATUS_STYLES: dict[str, str] = {
    "granted": "bold green",
    "granted_in_part": "green",
    "final": "bold green",
    "denied": "bold red",
    "dismissed": "red",
    "withdrawn": "red",
    "moot": "dim",
    "superseded": "dim",
    "stayed": "magenta",
    "appealed": "magenta",
    "needs_review": "bold yellow",
    "motion_pending": "cyan",
    "opposed": "cyan",
    "replied": "cyan",
    "heard": "bold cyan",
    "sought": "",
}

EMPTY_HELP = (
    "[b]No filings in this database yet.[/b]\n\n"
    "Press [b]i[/b] to ingest the [b]filings/[/b] folder (or type another folder), "
    "or from a shell run:\n\n    casetracker ingest filings/\n\n"
    "Folder: {home}"
)


def status_text(status: str) -> Text:
    return Text(status.replace("_", " "), style=STATUS_STYLES.get(status, ""))


def when_text(date: dt.date | None, today: dt.date) -> Text:
    """How far a date is from today, coloured by urgency."""
    if date is None:
        return Text("when its event happens", style="italic dim")
    days = (date - today).days
    if days < 0:
        return Text(f"{-days}d overdue", style="bold red")
    if days == 0:
        return Text("today", style="bold red")
    return Text(f"in {days}d", style="yellow" if days <= 7 else "")


def one_line(text: str | None, width: int | None = None) -> str:
    flat = " ".join((text or "").split())
    if width is not None and len(flat) > width:
        return flat[: width - 1].rstrip() + "…"
    return flat


class ModeBar(Static):
    """The row of modes at the top; the current one is lit, each is clickable."""

    def __init__(self, current: str) -> None:
        parts = []
        for name, key, label in MODES:
            text = f" {key} {label} "
            if name == current:
                text = f"[reverse b]{text}[/]"
            parts.append(f"[@click=app.switch_mode('{name}')]{text}[/]")
        super().__init__("  ".join(parts), id="mode-bar")


class EmptyNotice(Static):
    """Shown instead of a view's table while the database holds no filings."""


class ProblemNotice(Static):
    """Shown instead of a view's table when its data could not be read, with the reason."""


def problem_line(error: BaseException | None) -> str:
    """One line saying what went wrong: our own errors as they read, others by type."""
    if isinstance(error, CasetrackerError):
        return error.message
    return f"{type(error).__name__}: {error}" if error is not None else "unknown error"


class ModeScreen(Screen[None]):
    """A top-level view: mode bar, body, footer; loads its data in a worker after mounting."""

    MODE: ClassVar[str] = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", "Reload", show=False),
    ]

    @property
    def home(self) -> Path:
        return self.tracker_app.home

    @property
    def today(self) -> dt.date:
        return self.tracker_app.today

    @property
    def tracker_app(self) -> CasetrackerApp:
        from casetracker.tui.app import CasetrackerApp

        assert isinstance(self.app, CasetrackerApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield ModeBar(self.MODE)
        yield from self.compose_body()
        empty = EmptyNotice(EMPTY_HELP.format(home=self.home), classes="empty")
        empty.display = False
        yield empty
        problem = ProblemNotice(classes="problem")
        problem.display = False
        yield problem
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        # The app bumps data_version after an ingest or a saved override: every view reloads.
        self.watch(self.app, "data_version", self.reload, init=False)
        self.reload()

    def action_reload(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Start loading this view's data (a thread worker); subclasses override."""

    def show_empty(self, is_empty: bool) -> None:
        self.query_one(ProblemNotice).display = False
        self.query_one(EmptyNotice).display = is_empty
        for widget in self.query(".body"):
            widget.display = not is_empty

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Loaders run with exit_on_error=False: a damaged database or an unreadable file
        # is a line on screen, and the app keeps running.
        if event.state is WorkerState.ERROR:
            self.show_problem(event.worker.error)

    def show_problem(self, error: BaseException | None) -> None:
        notice = self.query_one(ProblemNotice)
        notice.update(
            Text.assemble(
                ("Cannot read the data: ", "bold"),
                problem_line(error),
                "\nMend the cause, then press r to try again.",
            )
        )
        notice.display = True
        self.query_one(EmptyNotice).display = False
        for widget in self.query(".body"):
            widget.display = False


class FittedTable(DataTable[Text]):
    """A row table whose auto-width columns share what the fixed ones leave, so it reads
    at 80 columns without a sideways scroll; rows are laid out again on resize."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self._last: tuple[object, ...] | None = None

    def room(self) -> int:
        """Cells left for the auto-width columns (each column pads one cell either side)."""
        fixed = sum(c.width for c in self.columns.values() if not c.auto_width)
        width = self.size.width or self.app.size.width
        return max(16, width - fixed - 2 * len(self.columns) - 2)

    def fit(self, text: Text | str, width: int) -> Text:
        cell = Text(text) if isinstance(text, str) else text.copy()
        cell.truncate(max(1, width), overflow="ellipsis")
        return cell

    def remember(self, *args: object) -> None:
        self._last = args

    def on_resize(self) -> None:
        if self._last is not None:
            row = self.cursor_row
            self.lay_out(*self._last)
            if self.row_count:
                self.move_cursor(row=min(row, self.row_count - 1))

    def lay_out(self, *args: object) -> None:
        """Put the remembered rows on again; subclasses call their `show`."""
