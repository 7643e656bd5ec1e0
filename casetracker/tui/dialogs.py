"""The app's modal screens: help, and ingesting a folder with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, Static

if TYPE_CHECKING:
    from casetracker.ingest import IngestSummary

HELP = """\
[b]casetracker[/b] — keys (the footer shows the ones that work here; mouse works too)

[b]Everywhere[/b]
  1 2 3 4      Board · Docket · Search · Deadlines
  ctrl+p       command palette (modes, ingest, export, help)
  i            ingest a folder of PDFs (filings/ by default)
  ?            this help          q   quit

[b]Board[/b]       Enter timeline of the row · o override status / note
[b]Docket[/b]      / filter by words · type and party menus · Enter open
[b]Search[/b]      type to search · ↓, Enter or Esc leave the box (then 1-4 work again)
             Enter on a result opens the page with the hits lit
             words · "a phrase" · impound* · destory~ · a OR b · NOT a
             type:order state:NY ecf:44 page:3 filed:2025-07 party:"Kristi Noem"
[b]Deadlines[/b]   Enter open the page with the sentence · t superseded · x export .ics
[b]Document[/b]    n/p or PgDn/PgUp page · g go to page · f facts · Enter on a fact
             jumps to its page and lights its sentence · Esc back
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(HELP)


class IngestScreen(ModalScreen[None]):
    """Ask for a folder and show the ingest's progress and summary.

    The app runs the ingest (so it outlives this dialog) and sets progress here.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    class StartRequested(Message):
        def __init__(self, folder: Path) -> None:
            self.folder = folder
            super().__init__()

    def __init__(self, folder: Path, *, ingest_running: bool = False) -> None:
        super().__init__()
        self.folder = folder
        self.ingest_running = ingest_running

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="ingest-dialog"):
            yield Label("Ingest court filings (PDF) from:")
            yield Input(value=str(self.folder), id="ingest-path")
            yield ProgressBar(id="ingest-progress", show_eta=False)
            yield Static("an ingest is running…" if self.ingest_running else "", id="ingest-status")
            with Horizontal(classes="buttons"):
                yield Button(
                    "Ingest", variant="primary", id="ingest-start", disabled=self.ingest_running
                )
                yield Button("Close", id="ingest-close")

    @on(Input.Submitted, "#ingest-path")
    @on(Button.Pressed, "#ingest-start")
    def start(self) -> None:
        if self.ingest_running:
            return
        target = Path(self.query_one("#ingest-path", Input).value.strip() or "filings")
        self.ingest_running = True
        self.query_one("#ingest-start", Button).disabled = True
        self.query_one("#ingest-status", Static).update(f"looking for PDFs under {target}…")
        self.post_message(self.StartRequested(target))

    def show_progress(self, done: int, total: int, path: str) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#ingest-status", Static).update(f"[{done}/{total}] {Path(path).name}")

    def show_result(self, summary: IngestSummary | None, error: str | None) -> None:
        self.ingest_running = False
        self.query_one("#ingest-start", Button).disabled = False
        status = self.query_one("#ingest-status", Static)
        if summary is None:
            status.update(Text(error or "ingest failed", style="bold red"))
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=bar.total or 1, progress=bar.total or 1)
        lines = [summary_line(summary)]
        lines += [f"rejected {Path(o.path).name}: {o.message}" for o in summary.failed][:5]
        status.update(Text("\n".join(lines)))

    @on(Button.Pressed, "#ingest-close")
    def action_close(self) -> None:
        self.dismiss(None)


def summary_line(summary: IngestSummary) -> str:
    c = summary.counts()
    return (
        f"{c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
        f"{c['failed']} rejected · {summary.pages} pages in {summary.duration_s:.1f} s"
    )
