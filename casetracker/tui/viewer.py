"""The document viewer (a pushed screen): one page of clean text beside the filing's facts.

Choosing a fact jumps to its page and lights the sentence it came from (`Source.start/end`),
so an aide checks any party, claim, relief or deadline against the page in one keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from casetracker.models import Source
from casetracker.tui import loaders
from casetracker.tui.common import one_line, problem_line

if TYPE_CHECKING:
    from casetracker.models import FilingFacts

HIT_STYLE = "bold black on yellow"  # a search hit
SOURCE_STYLE = "bold white on dark_green"  # the sentence a chosen fact came from
CONTEXT_LINES = 3  # lines kept above a lit sentence when scrolling to it


@dataclass(frozen=True, slots=True)
class PageMark:
    """What the page view lights: search words and/or one source span."""

    words: tuple[str, ...] = ()
    span: tuple[int, int] | None = None


def word_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every whole-word, case-insensitive occurrence of `words` in `text`."""
    spans: list[tuple[int, int]] = []
    for word in {w.lower() for w in words if w.strip()}:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return sorted(spans)


def source_span(text: str, source: Source) -> tuple[int, int] | None:
    """The span to light: the stored offsets when they still hold the quote, else a search."""
    start, end = source.start, source.end
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    quote = source.text.strip()
    if quote:
        at = text.find(quote)
        if at >= 0:
            return at, at + len(quote)
    return None


class PageView(VerticalScroll, can_focus=True):
    """One page of the filing's clean text, with hits and the chosen sentence lit."""

    def compose(self) -> ComposeResult:
        yield Static(id="page-text")

    def show(self, text: str, mark: PageMark) -> None:
        body = Text(text)
        for start, end in word_spans(text, mark.words):
            body.stylize(HIT_STYLE, start, end)
        if mark.span is not None:
            body.stylize(SOURCE_STYLE, *mark.span)
        self.query_one("#page-text", Static).update(body)
        if mark.span is not None:
            line = text.count("\n", 0, mark.span[0])
            self.call_after_refresh(self.scroll_to, y=max(0, line - CONTEXT_LINES), animate=False)
        else:
            self.scroll_home(animate=False)


class FactList(OptionList):
    """The filing's parties, claims, relief and deadlines; choosing one shows its source."""

    class SourceChosen(Message):
        def __init__(self, source: Source) -> None:
            self.source = source
            super().__init__()

    def show(self, facts: FilingFacts) -> None:
        self.sources: dict[str, Source] = {}
        self.clear_options()
        sections: list[tuple[str, list[tuple[str, Source]]]] = [
            ("Parties", [(f"{p.name} ({p.role})", p.source) for p in facts.parties]),
            ("Claims", [(f"{c.number}. {c.title}", c.source) for c in facts.claims]),
            (
                "Relief",
                [
                    (
                        f"{r.label + '. ' if r.label else ''}[{r.category}] {one_line(r.text)}",
                        r.source,
                    )
                    for r in facts.relief
                ],
            ),
            (
                "Deadlines",
                [
                    (
                        f"{d.date or 'no date'} {d.kind}: {one_line(d.text)}",
                        d.source,
                    )
                    for d in facts.deadlines
                ],
            ),
        ]
        for title, items in sections:
            if not items:
                continue
            self.add_option(Option(Text(title, style="bold underline"), disabled=True))
            for label, source in items:
                key = f"fact-{len(self.sources)}"
                self.sources[key] = source
                page = f"p.{source.page} " if source.page else ""
                self.add_option(Option(Text(page, style="dim") + Text(label), id=key))

    def point_at(self, source: Source) -> None:
        """Highlight the fact read from `source` (the one the viewer was opened for)."""
        for key, known in self.sources.items():
            if (known.page, known.start, known.text) == (source.page, source.start, source.text):
                self.highlighted = self.get_option_index(key)
                return

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self.sources:
            self.post_message(self.SourceChosen(self.sources[event.option.id]))


class GoToPageDialog(ModalScreen[int | None]):
    """Asks for a page number."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, pages: int) -> None:
        super().__init__()
        self.pages = pages

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Go to page (1–{self.pages})")
            yield Input(placeholder="page number", type="integer", id="page-number")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(int(value) if value.isdigit() else None)


class DocumentScreen(Screen[None]):
    """A filing: page text, page navigation, facts beside it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("n,pagedown", "page(1)", "Next page", priority=True),
        Binding("p,pageup", "page(-1)", "Prev page", priority=True),
        Binding("g", "go_to", "Go to page"),
        Binding("f", "focus_facts", "Facts"),
        Binding("tab", "switch_pane", "Switch pane", show=False),
    ]

    page: reactive[int] = reactive(1, init=False)

    class Loaded(Message):
        def __init__(self, document: loaders.Document) -> None:
            self.document = document
            super().__init__()

    def __init__(
        self,
        filing_id: int,
        *,
        page: int = 1,
        words: tuple[str, ...] = (),
        source: Source | None = None,
    ) -> None:
        super().__init__()
        self.filing_id = filing_id
        self.start_page = page
        self.words = words
        self.source = source
        self.document: loaders.Document | None = None

    def compose(self) -> ComposeResult:
        yield Static("loading…", id="document-title")
        with Horizontal(id="document-body"):
            yield PageView(id="page-view")
            yield FactList(id="fact-list")
        yield Footer()

    def on_mount(self) -> None:
        self._load()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:  # the filing could not be read: say so there
            head = (f"cannot open filing {self.filing_id}: ", "bold red")
            reason = problem_line(event.worker.error)
            self.query_one("#document-title", Static).update(Text.assemble(head, reason))

    @work(thread=True, exclusive=True, group="document", exit_on_error=False)
    def _load(self) -> None:
        from casetracker.tui.app import CasetrackerApp

        app = self.app
        assert isinstance(app, CasetrackerApp)
        self.post_message(self.Loaded(loaders.load_document(app.home, self.filing_id)))

    def on_document_screen_loaded(self, message: Loaded) -> None:
        self.document = message.document
        facts = self.query_one(FactList)
        facts.show(message.document.record.facts)
        if self.source is not None:
            facts.point_at(self.source)
        self.page = max(1, min(self.start_page, len(message.document.pages) or 1))
        self._render_page()
        self.query_one(PageView).focus()

    def watch_page(self) -> None:
        self._render_page()

    @property
    def mark(self) -> PageMark:
        """Search words on every page; the source sentence only on its own page."""
        if self.document is None or self.source is None or self.source.page != self.page:
            return PageMark(self.words)
        text = self.document.pages[self.page - 1]
        return PageMark(self.words, source_span(text, self.source))

    def _render_page(self) -> None:
        if self.document is None:
            return
        doc = self.document
        facts = doc.record.facts
        total = len(doc.pages)
        ecf = f"ECF {facts.docket_entry}" if facts.docket_entry else "no ECF number"
        title = one_line(facts.title or doc.record.path, 90)
        header = Text.assemble(
            (f" {ecf} ", "reverse bold"),
            " ",
            (title, "bold"),
            ("  ·  ", "dim"),
            f"page {self.page} of {total}",
        )
        self.query_one("#document-title", Static).update(header)
        text = doc.pages[self.page - 1] if total else "(this filing has no text)"
        self.query_one(PageView).show(text, self.mark)

    def on_fact_list_source_chosen(self, message: FactList.SourceChosen) -> None:
        self.source = message.source
        if message.source.page is None:
            self.notify("this fact has no page recorded", severity="warning")
            return
        if self.page == message.source.page:
            self._render_page()
        else:
            self.page = message.source.page

    def action_page(self, step: int) -> None:
        if self.document is None:
            return
        target = self.page + step
        if 1 <= target <= len(self.document.pages):
            self.page = target
        else:
            self.app.bell()

    def action_go_to(self) -> None:
        if self.document is None:
            return

        def chosen(page: int | None) -> None:
            if page is None or self.document is None:
                return
            if 1 <= page <= len(self.document.pages):
                self.page = page
            else:
                self.notify(f"no page {page}: this filing has {len(self.document.pages)}")

        self.app.push_screen(GoToPageDialog(len(self.document.pages)), chosen)

    def action_focus_facts(self) -> None:
        self.query_one(FactList).focus()

    def action_switch_pane(self) -> None:
        facts = self.query_one(FactList)
        (self.query_one(PageView) if facts.has_focus else facts).focus()
