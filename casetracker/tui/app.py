"""The casetracker TUI application: four modes, the document viewer, ingest and export.

Screens load their data in thread workers (each opening its own `Tracker`) after the first
paint; the app owns what outlives a screen: the ingest run and saved overrides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen

from casetracker.errors import CasetrackerError
from casetracker.models import Source
from casetracker.tracker import Tracker
from casetracker.tui import loaders
from casetracker.tui.board_view import BoardScreen, OverrideDialog
from casetracker.tui.deadlines_view import DeadlinesScreen
from casetracker.tui.dialogs import HelpScreen, IngestScreen, summary_line
from casetracker.tui.docket_view import DocketScreen
from casetracker.tui.search_view import SearchScreen
from casetracker.tui.viewer import DocumentScreen

if TYPE_CHECKING:
    from casetracker.board.model import BoardRow
    from casetracker.ingest import IngestSummary
    from casetracker.tui.preload import BoardPreload


class CasetrackerApp(App[None]):
    """The legal aides' tool over one data folder; `today` is injected for tests."""

    TITLE = "casetracker"
    CSS_PATH = "app.tcss"
    MODES: ClassVar[dict[str, type[Screen[None]]]] = {  # type: ignore[assignment]
        "board": BoardScreen,
        "docket": DocketScreen,
        "search": SearchScreen,
        "deadlines": DeadlinesScreen,
    }
    DEFAULT_MODE = "board"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "switch_mode('board')", "Board", show=False),
        Binding("2", "switch_mode('docket')", "Docket", show=False),
        Binding("3", "switch_mode('search')", "Search", show=False),
        Binding("4", "switch_mode('deadlines')", "Deadlines", show=False),
        Binding("i", "ingest", "Ingest"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    # Bumped after an ingest or a saved override; every mode screen watches it and reloads.
    data_version: reactive[int] = reactive(0, init=False)

    class IngestProgressed(Message):
        def __init__(self, done: int, total: int, path: str) -> None:
            self.done = done
            self.total = total
            self.path = path
            super().__init__()

    class IngestFinished(Message):
        def __init__(self, summary: IngestSummary | None, error: str | None) -> None:
            self.summary = summary
            self.error = error
            super().__init__()

    class OverrideSaved(Message):
        def __init__(self, row_key: str, error: str | None) -> None:
            self.row_key = row_key
            self.error = error
            super().__init__()

    def __init__(
        self,
        home: Path,
        *,
        today: dt.date | None = None,
        export_dir: Path | None = None,
        ingest_folder: Path = Path("filings"),
        first_board: BoardPreload | None = None,
    ) -> None:
        super().__init__()
        self.home = home
        self.today = today or Tracker.today()
        self.export_dir = export_dir or Path.cwd()
        self.ingest_folder = ingest_folder
        self.is_ingesting = False
        self._first_board = first_board

    def take_first_board(self) -> BoardPreload | None:
        """The board being read at launch, handed out once (later loads read afresh)."""
        first, self._first_board = self._first_board, None
        return first

    def on_unmount(self) -> None:
        if self._first_board is not None:  # quit before the board was wanted
            self._first_board.close()

    # --- navigation ----------------------------------------------------------------------

    def open_document(
        self,
        filing_id: int,
        *,
        page: int = 1,
        words: tuple[str, ...] = (),
        source: Source | None = None,
    ) -> None:
        """Push the viewer at `page`, lighting search `words` and/or the `source` sentence."""
        self.push_screen(DocumentScreen(filing_id, page=page, words=words, source=source))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Board", "Claims and relief by status", lambda: self.switch_mode("board")
        )
        yield SystemCommand("Docket", "Filings by ECF number", lambda: self.switch_mode("docket"))
        yield SystemCommand("Search", "Full-text search", lambda: self.switch_mode("search"))
        yield SystemCommand(
            "Deadlines", "Upcoming and overdue", lambda: self.switch_mode("deadlines")
        )
        yield SystemCommand("Ingest filings", "Read new PDFs into the database", self.action_ingest)
        yield SystemCommand("Export deadlines to .ics", "Write a calendar file", self.export_ics)
        yield SystemCommand("Help", "Keys of every view", self.action_help)
        yield from super().get_system_commands(screen)

    # --- ingest --------------------------------------------------------------------------

    def action_ingest(self) -> None:
        if not isinstance(self.screen, IngestScreen):
            self.push_screen(IngestScreen(self.ingest_folder, ingest_running=self.is_ingesting))

    def on_ingest_screen_start_requested(self, message: IngestScreen.StartRequested) -> None:
        self.is_ingesting = True
        self._ingest(message.folder)

    @work(thread=True, exclusive=True, group="ingest")
    def _ingest(self, folder: Path) -> None:
        def progress(done: int, total: int, path: str) -> None:
            self.post_message(self.IngestProgressed(done, total, path))

        try:
            self.post_message(
                self.IngestFinished(loaders.ingest(self.home, [folder], progress), None)
            )
        except CasetrackerError as e:
            self.post_message(self.IngestFinished(None, e.message))

    def on_casetracker_app_ingest_progressed(self, message: IngestProgressed) -> None:
        if isinstance(self.screen, IngestScreen):
            self.screen.show_progress(message.done, message.total, message.path)

    def on_casetracker_app_ingest_finished(self, message: IngestFinished) -> None:
        self.is_ingesting = False
        if isinstance(self.screen, IngestScreen):
            self.screen.show_result(message.summary, message.error)
        if message.summary is None:
            self.notify(message.error or "ingest failed", title="Ingest", severity="error")
            return
        self.notify(summary_line(message.summary), title="Ingest finished")
        if message.summary.changed or message.summary.failed:
            self.data_version += 1

    # --- board overrides -----------------------------------------------------------------

    def open_override(self, row: BoardRow) -> None:
        def chosen(result: tuple[str | None, str | None] | None) -> None:
            if result is not None and (result[0] is not None or result[1]):
                self._save_override(row.key, *result)

        self.push_screen(OverrideDialog(row), chosen)

    @work(thread=True, group="override")
    def _save_override(self, row_key: str, status: str | None, note: str | None) -> None:
        try:
            loaders.set_status(self.home, row_key, status, note)
            self.post_message(self.OverrideSaved(row_key, None))
        except CasetrackerError as e:  # a notification, and the app keeps running
            self.post_message(self.OverrideSaved(row_key, e.message))

    def on_casetracker_app_override_saved(self, message: OverrideSaved) -> None:
        if message.error:
            self.notify(message.error, title="Not saved", severity="error")
            return
        self.notify(f"saved override for {message.row_key}")
        self.data_version += 1

    # --- export --------------------------------------------------------------------------

    def export_ics(self) -> None:
        """Export from the Deadlines view (switching there first), which knows its list."""
        self.switch_mode("deadlines")
        self.call_after_refresh(self.run_action, "screen.export")
