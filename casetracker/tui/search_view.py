"""The Search mode: results as the aide types, in the CLI's query language.

Typing is debounced and each search runs in a thread worker, so keys never wait for Whoosh.
A result is one page of one filing; Enter opens the document there with the hits lit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from casetracker.errors import CasetrackerError
from casetracker.tui import loaders
from casetracker.tui.common import ModeScreen, one_line

if TYPE_CHECKING:
    from casetracker.fulltext import SearchResult

DEBOUNCE_S = 0.25  # about one keystroke's pause: search when the aide stops typing
QUERY_HELP = (
    'words · "a phrase" · impound* · a OR b · NOT a · type:order state:NY ecf:44 '
    'filed:2025-07 party:"Kristi Noem"'
)


def hit_words(snippet: str, highlights: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """The words the index matched, as the page spells them (so stems light up too)."""
    return tuple(dict.fromkeys(snippet[a:b] for a, b in highlights if b > a))


def snippet_text(snippet: str, highlights: tuple[tuple[int, int], ...]) -> Text:
    text = Text(one_line(snippet))
    # one_line only collapses whitespace runs; re-find the words rather than shift offsets.
    from casetracker.tui.viewer import HIT_STYLE, word_spans

    for start, end in word_spans(text.plain, hit_words(snippet, highlights)):
        text.stylize(HIT_STYLE, start, end)
    return text


class SearchBox(Input):
    """The query box. Down or Esc leave it, which frees the keys 1-4 (mode switches)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.focus_results", "Results", show=False),
        Binding("escape", "screen.leave_query", "Leave query", show=False),
    ]


class SearchResults(OptionList):
    """One option per matching page: ECF, page, title, then the snippet with hits lit."""

    class HitChosen(Message):
        def __init__(self, filing_id: int, page: int, words: tuple[str, ...]) -> None:
            self.filing_id = filing_id
            self.page = page
            self.words = words
            super().__init__()

    def show(self, result: SearchResult) -> None:
        self.hits: dict[str, tuple[int, int, tuple[str, ...]]] = {}
        self.clear_options()
        for filing in result.filings:
            ecf = f"ECF {filing.docket_entry}" if filing.docket_entry else "filing"
            if filing.attachment:
                ecf += f"-{filing.attachment}"
            for hit in filing.pages:
                key = f"hit-{len(self.hits)}"
                self.hits[key] = (
                    filing.filing_id,
                    hit.page,
                    hit_words(hit.snippet, hit.highlights),
                )
                head = Text.assemble(
                    (f"{ecf} p.{hit.page}", "bold"),
                    "  ",
                    (filing.filed.isoformat() if filing.filed else "", "dim"),
                    "  ",
                    (one_line(filing.title, 70), "italic"),
                )
                self.add_option(
                    Option(head + "\n" + snippet_text(hit.snippet, hit.highlights), id=key)
                )
        if self.option_count:
            self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self.hits:
            self.post_message(self.HitChosen(*self.hits[event.option.id]))


class SearchScreen(ModeScreen):
    MODE = "search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_query", "Query"),
    ]

    class Finished(Message):
        """A search came back: its result, or the one-line error of a malformed query."""

        def __init__(self, query: str, result: SearchResult | None, error: str | None) -> None:
            self.query = query
            self.result = result
            self.error = error
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self._debounce: Timer | None = None
        self.query_text = ""

    def compose_body(self) -> ComposeResult:
        yield SearchBox(placeholder="search the docket…", id="search-query", classes="body")
        yield Static(QUERY_HELP, id="search-status", classes="body status")
        yield SearchResults(id="search-results", classes="body")

    def on_mount(self) -> None:
        # ModeScreen.on_mount runs too (Textual calls each class's handler): it loads.
        self.query_one("#search-query", Input).focus()

    def reload(self) -> None:
        self._check_empty()
        if self.query_text:
            self._search(self.query_text)

    @work(thread=True, exclusive=True, group="search-empty", exit_on_error=False)
    def _check_empty(self) -> None:
        self.post_message(self.Emptiness(loaders.filing_count(self.home) == 0))

    class Emptiness(Message):
        def __init__(self, is_empty: bool) -> None:
            self.is_empty = is_empty
            super().__init__()

    def on_search_screen_emptiness(self, message: Emptiness) -> None:
        self.show_empty(message.is_empty)

    @on(Input.Changed, "#search-query")
    def _typed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        if self._debounce is not None:
            self._debounce.stop()
        if not self.query_text:
            self.query_one(SearchResults).clear_options()
            self.query_one("#search-status", Static).update(QUERY_HELP)
            return
        query = self.query_text
        self._debounce = self.set_timer(DEBOUNCE_S, lambda: self._search(query))

    @on(Input.Submitted, "#search-query")
    def _submitted(self) -> None:
        self.action_focus_results()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str) -> None:
        try:
            result, error = loaders.run_search(self.home, query), None
        except CasetrackerError as e:
            result, error = None, e.message
        if not get_current_worker().is_cancelled:
            self.post_message(self.Finished(query, result, error))

    def on_search_screen_finished(self, message: Finished) -> None:
        if message.query != self.query_text:
            return  # the aide has typed on since: a newer search is coming
        status = self.query_one("#search-status", Static)
        results = self.query_one(SearchResults)
        if message.error is not None or message.result is None:
            status.update(Text(message.error or "search failed", style="bold red"))
            results.clear_options()
            return
        r = message.result
        results.show(r)
        if r.total_pages:
            status.update(f"{r.total_pages} matching pages in {len(r.filings)} filings")
        elif r.suggestion:
            status.update(f"no match — did you mean: {r.suggestion}")
        else:
            status.update("no match")

    def on_search_results_hit_chosen(self, message: SearchResults.HitChosen) -> None:
        self.tracker_app.open_document(message.filing_id, page=message.page, words=message.words)

    def action_focus_query(self) -> None:
        self.query_one("#search-query", Input).focus()

    def action_leave_query(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            results.focus()
        else:
            self.set_focus(None)

    def action_focus_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            results.focus()
