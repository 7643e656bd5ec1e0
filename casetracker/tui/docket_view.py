"""The Docket mode: every filing by ECF number and date, filtered by type, party and text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import DataTable, Input, Select

from casetracker.models import DocType
from casetracker.tui import loaders
from casetracker.tui.common import FittedTable, ModeScreen, one_line

if TYPE_CHECKING:
    from casetracker.store import FilingRecord

ALL = "all"


@dataclass(frozen=True, slots=True)
class DocketFilter:
    """What the aide has narrowed the docket to; empty fields match everything."""

    text: str = ""
    doc_type: str = ALL
    party: str = ALL

    def matches(self, record: FilingRecord) -> bool:
        f = record.facts
        if self.doc_type != ALL and str(f.doc_type or "") != self.doc_type:
            return False
        names = [p.name for p in f.parties] + [p.state for p in f.parties if p.state]
        if self.party != ALL and self.party not in names:
            return False
        if not self.text:
            return True
        hay = " ".join(
            [f.title or "", str(f.docket_entry or ""), record.path, str(f.doc_type or ""), *names]
        ).lower()
        return all(word in hay for word in self.text.lower().split())


def ecf_label(record: FilingRecord) -> str:
    f = record.facts
    if f.docket_entry is None:
        return "—"
    return f"{f.docket_entry}-{f.attachment}" if f.attachment else str(f.docket_entry)


def docket_order(record: FilingRecord) -> tuple[int, int, str]:
    f = record.facts
    return (f.docket_entry or 10**9, f.attachment or 0, f.filed.isoformat() if f.filed else "")


class DocketTable(FittedTable):
    """Filings, one row each; Enter opens the document."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open", show=True)]

    class FilingChosen(Message):
        def __init__(self, filing_id: int) -> None:
            self.filing_id = filing_id
            super().__init__()

    def on_mount(self) -> None:
        self.zebra_stripes = True
        self.add_column("ECF", key="ecf", width=6)
        self.add_column("filed", key="filed", width=10)
        self.add_column("type", key="type", width=17)
        self.add_column("pp.", key="pages", width=4)
        self.add_column("title", key="title")

    def show(self, records: list[FilingRecord]) -> None:
        self.remember(records)
        self.clear()
        room = self.room()
        for r in records:
            f = r.facts
            kind = str(f.doc_type or "?") + (" (proposed)" if f.is_proposed else "")
            self.add_row(
                Text(ecf_label(r)),
                Text(f.filed.isoformat() if f.filed else "—"),
                Text(kind),
                Text(str(r.pages)),
                self.fit(one_line(f.title or r.path), room),
                key=str(r.id),
            )

    def lay_out(self, *args: object) -> None:
        (records,) = args
        self.show(records)  # type: ignore[arg-type]

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.FilingChosen(int(event.row_key.value)))


class DocketScreen(ModeScreen):
    MODE = "docket"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    class Loaded(Message):
        def __init__(self, records: list[FilingRecord]) -> None:
            self.records = records
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.records: list[FilingRecord] = []
        self.docket_filter = DocketFilter()

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="docket-filters", classes="body filters"):
            yield Input(placeholder="filter: words in title, party, ECF…", id="docket-text")
            types = [(t.value.replace("_", " "), t.value) for t in DocType]
            yield Select(
                [("all types", ALL), *types], value=ALL, allow_blank=False, id="docket-type"
            )
            yield Select([("all parties", ALL)], value=ALL, allow_blank=False, id="docket-party")
        yield DocketTable(id="docket-table", classes="body")

    def reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="docket", exit_on_error=False)
    def _load(self) -> None:
        self.post_message(self.Loaded(loaders.load_filings(self.home)))

    def on_docket_screen_loaded(self, message: Loaded) -> None:
        self.records = sorted(message.records, key=docket_order)
        self.show_empty(not self.records)
        names = sorted({p.name for r in self.records for p in r.facts.parties})
        states = sorted({p.state for r in self.records for p in r.facts.parties if p.state})
        party = self.query_one("#docket-party", Select)
        party.set_options(
            [("all parties", ALL), *((s, s) for s in states), *((n, n) for n in names)]
        )
        self._refilter()
        self.query_one(DocketTable).focus()

    @on(Input.Changed, "#docket-text")
    def _text_changed(self, event: Input.Changed) -> None:
        self.docket_filter = DocketFilter(
            event.value, self.docket_filter.doc_type, self.docket_filter.party
        )
        self._refilter()

    @on(Input.Submitted, "#docket-text")
    def _text_done(self) -> None:
        self.query_one(DocketTable).focus()

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        value = str(event.value)
        if event.select.id == "docket-type":
            self.docket_filter = DocketFilter(
                self.docket_filter.text, value, self.docket_filter.party
            )
        else:
            self.docket_filter = DocketFilter(
                self.docket_filter.text, self.docket_filter.doc_type, value
            )
        self._refilter()

    def _refilter(self) -> None:
        self.query_one(DocketTable).show([r for r in self.records if self.docket_filter.matches(r)])

    def on_docket_table_filing_chosen(self, message: DocketTable.FilingChosen) -> None:
        self.tracker_app.open_document(message.filing_id)

    def action_focus_filter(self) -> None:
        self.query_one("#docket-text", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(DocketTable).focus()
