"""The TUI driven under Pilot over a real data folder: each mode, the viewer, the main flows.

The data folder holds the sample filings (or a hand-written docket before they ingest), in
real SQLite and Whoosh; assertions read widget state and the messages that flowed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from casetracker.tracker import Tracker
from casetracker.tui import make_app
from casetracker.tui.app import CasetrackerApp
from casetracker.tui.board_view import BoardTable, OverrideDialog, Timeline, TimelineScreen
from casetracker.tui.common import EmptyNotice
from casetracker.tui.deadlines_view import ICS_NAME, DeadlinesScreen, DeadlineTable
from casetracker.tui.dialogs import HelpScreen
from casetracker.tui.docket_view import DocketTable
from casetracker.tui.preload import BoardPreload
from casetracker.tui.search_view import SearchResults, SearchScreen
from casetracker.tui.viewer import (
    SOURCE_STYLE,
    DocumentScreen,
    FactList,
    GoToPageDialog,
    PageView,
)
from tests.test_tui_support import TODAY, pilot_test, seed, shared_home

SIZE = (120, 36)


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_home(tmp_path_factory.getbasetemp())


def app_for(home: Path, tmp_path: Path) -> CasetrackerApp:
    app = make_app(home, today=TODAY, export_dir=tmp_path)
    assert isinstance(app, CasetrackerApp)
    return app


async def settle(pilot: Pilot[None], until: Callable[[], bool]) -> None:
    """Let workers finish and messages land until `until()` holds (polls; asserts no time)."""
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if until():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never reached the expected state")


def page_styles(screen: DocumentScreen) -> list[tuple[str, str]]:
    """(lit text, style) of every styled span on the page view."""
    from rich.text import Text

    content = screen.query_one("#page-text", Static).content
    assert isinstance(content, Text)
    return [(content.plain[s.start : s.end], str(s.style)) for s in content.spans]


@pilot_test
async def test_empty_database_explains_how_to_ingest(tmp_path: Path) -> None:
    app = app_for(tmp_path / "empty-home", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot, lambda: app.screen.query_one(EmptyNotice).display)
        text = str(app.screen.query_one(EmptyNotice).content)
        assert "casetracker ingest filings/" in text and "Press [b]i[/b]" in text
        assert not app.screen.query_one(DocketTable).display


@pilot_test
async def test_ingest_from_the_app_shows_progress_then_fills_the_docket(tmp_path: Path) -> None:
    from tests.conftest import write_pdf

    inbox = tmp_path / "inbox"
    stamp = "Case 3:25-cv-05536-VC Document {n} Filed 07/0{n}/25 Page {{page}} of {{pages}}"
    for n in (3, 4):
        body = [f"ORDER NUMBER {n}\nThe hearing is set for August {n}, 2025."]
        write_pdf(inbox / f"ecf-{n}.pdf", body, stamp=stamp.format(n=n))
    app = app_for(tmp_path / "home", tmp_path)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("2", "i")
        path = app.screen.query_one("#ingest-path", Input)
        path.value = str(inbox)
        await pilot.press("enter")
        await settle(pilot, lambda: not app.is_ingesting)
        status = str(app.screen.query_one("#ingest-status", Static).content)
        assert status.startswith("2 new"), status
        assert any(isinstance(m, CasetrackerApp.IngestProgressed) for m in seen)
        await pilot.press("escape")
        await settle(pilot, lambda: app.screen.query_one(DocketTable).row_count == 2)


@pilot_test
async def test_docket_lists_every_filing_and_filters_by_type(home: Path, tmp_path: Path) -> None:
    with Tracker.open(home) as tracker:
        records = tracker.filings()
    orders = sum(1 for r in records if r.facts.doc_type == "order")
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        table = app.screen.query_one(DocketTable)
        await settle(pilot, lambda: table.row_count == len(records))
        app.screen.query_one("#docket-type", Select).value = "order"
        await settle(pilot, lambda: table.row_count == orders)
        assert {table.get_row_at(n)[2].plain for n in range(orders)} == {"order"}


@pilot_test
async def test_docket_text_filter_then_enter_opens_the_filing(home: Path, tmp_path: Path) -> None:
    with Tracker.open(home) as tracker:
        first = min(
            (r for r in tracker.filings() if r.facts.docket_entry),
            key=lambda r: r.facts.docket_entry or 0,
        )
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        table = app.screen.query_one(DocketTable)
        await settle(pilot, lambda: table.row_count > 0)
        app.screen.query_one("#docket-text", Input).value = (first.facts.title or "").split()[0]
        await settle(pilot, lambda: table.row_count >= 1)
        table.focus()
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, DocumentScreen))
        assert isinstance(app.screen, DocumentScreen)
        await settle(pilot, lambda: app.screen.document is not None)  # type: ignore[attr-defined]


@pilot_test
async def test_search_as_you_type_then_enter_opens_the_hit_page_lit(
    home: Path, tmp_path: Path
) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"medicaid")
        results = screen.query_one(SearchResults)
        await settle(pilot, lambda: results.option_count > 0)
        assert "matching pages" in str(screen.query_one("#search-status", Static).content)
        filing_id, page, words = results.hits["hit-0"]
        assert words, "the snippet marks the matched words"
        await pilot.press("enter", "enter")  # to the results, then open the first hit
        await settle(pilot, lambda: isinstance(app.screen, DocumentScreen))
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        await settle(pilot, lambda: viewer.document is not None)
        assert (viewer.filing_id, viewer.page) == (filing_id, page)
        lit = [text.lower() for text, style in page_styles(viewer)]
        assert any(text.startswith("medicaid") for text in lit), lit


@pilot_test
async def test_a_malformed_query_is_one_red_line_not_a_crash(home: Path, tmp_path: Path) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        screen = app.screen
        screen.query_one("#search-query", Input).value = "type:nonsense-kind"
        status = screen.query_one("#search-status", Static)
        await settle(
            pilot, lambda: "type" in str(status.content) and "page" not in str(status.content)
        )
        assert screen.query_one(SearchResults).option_count == 0


@pilot_test
async def test_deadline_enter_opens_its_page_with_the_sentence_lit(
    home: Path, tmp_path: Path
) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        table = app.screen.query_one(DeadlineTable)
        await settle(pilot, lambda: bool(table.items))
        key, item = next(
            (k, i)
            for k, i in table.items.items()
            if i.origin == "stated"
            and i.deadline.source.page
            and i.deadline.source.start is not None
        )
        table.move_cursor(row=table.get_row_index(key))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, DocumentScreen))
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        await settle(pilot, lambda: viewer.document is not None)
        source = item.deadline.source
        assert viewer.page == source.page
        assert viewer.mark.span == (source.start, source.end)
        lit = [text for text, style in page_styles(viewer) if style == SOURCE_STYLE]
        assert lit and " ".join(lit[0].split()) == " ".join(source.text.split())


@pilot_test
async def test_superseded_deadlines_appear_only_on_request(home: Path, tmp_path: Path) -> None:
    with Tracker.open(home) as tracker:
        current = len(tracker.deadline_items())
        every = len(tracker.deadline_items(include_superseded=True))
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        table = app.screen.query_one(DeadlineTable)
        await settle(pilot, lambda: len(table.items) == current)
        await pilot.press("t")
        await settle(pilot, lambda: len(table.items) == every)
        if every > current:
            assert any(i.superseded_by for i in table.items.values())


@pilot_test
async def test_export_writes_an_ics_file_and_says_where(home: Path, tmp_path: Path) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        screen = app.screen
        assert isinstance(screen, DeadlinesScreen)
        await settle(pilot, lambda: bool(screen.items))
        await pilot.press("x")
        target = tmp_path / ICS_NAME
        await settle(pilot, lambda: any(str(target) in n.message for n in app._notifications))
        assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


async def open_longest_filing(
    pilot: Pilot[None], app: CasetrackerApp, home: Path
) -> DocumentScreen:
    with Tracker.open(home) as tracker:
        longest = max(tracker.filings(), key=lambda r: r.pages)
    app.open_document(longest.id)
    await settle(pilot, lambda: isinstance(app.screen, DocumentScreen))
    viewer = app.screen
    assert isinstance(viewer, DocumentScreen)
    await settle(pilot, lambda: viewer.document is not None)
    return viewer


@pilot_test
async def test_viewer_pages_with_n_p_pgdn_pgup_and_go_to(home: Path, tmp_path: Path) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        viewer = await open_longest_filing(pilot, app, home)
        assert viewer.document is not None and len(viewer.document.pages) >= 2
        await pilot.press("n")
        assert viewer.page == 2
        await pilot.press("p")
        assert viewer.page == 1
        await pilot.press("p")  # no page 0: stays put
        assert viewer.page == 1
        await pilot.press("pagedown")
        assert viewer.page == 2
        await pilot.press("pageup")
        assert viewer.page == 1
        last = len(viewer.document.pages)
        await pilot.press("g")
        assert isinstance(app.screen, GoToPageDialog)
        await pilot.press(*str(last), "enter")
        await settle(pilot, lambda: app.screen is viewer)
        assert viewer.page == last
        await pilot.press("escape")
        assert not isinstance(app.screen, DocumentScreen)


@pilot_test
async def test_choosing_a_fact_jumps_to_its_page_and_lights_its_sentence(
    home: Path, tmp_path: Path
) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        viewer = await open_longest_filing(pilot, app, home)
        facts = viewer.query_one(FactList)
        key, source = max(facts.sources.items(), key=lambda kv: kv[1].page or 0)
        await pilot.press("f")
        facts.highlighted = facts.get_option_index(key)
        await pilot.press("enter")
        await pilot.pause()
        assert viewer.page == source.page
        assert viewer.mark.span is not None
        lit = [text for text, style in page_styles(viewer) if style == SOURCE_STYLE]
        assert lit and source.text.split()[0] in lit[0]
        assert viewer.query_one(PageView).scroll_target_y >= 0


@pilot_test
async def test_board_row_opens_its_timeline_and_a_step_opens_the_filing(
    home: Path, tmp_path: Path
) -> None:
    with Tracker.open(home) as tracker:
        row = next(r for r in tracker.board(today=TODAY).rows if r.history)
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(BoardTable)
        await settle(pilot, lambda: row.key in table.rows_by_key)
        table.move_cursor(row=table.get_row_index(row.key))
        await pilot.press("enter")
        assert isinstance(app.screen, TimelineScreen) and app.screen.row.key == row.key
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, DocumentScreen))
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        assert viewer.filing_id == row.history[0].filing_id
        await settle(pilot, lambda: viewer.document is not None)
        assert viewer.page == (row.history[0].source.page or 1)


@pilot_test
async def test_the_board_read_at_launch_by_a_second_process_is_shown(
    home: Path, tmp_path: Path
) -> None:
    with Tracker.open(home) as tracker:
        want = [r.key for r in tracker.board(today=TODAY).rows]
    app = make_app(home, today=TODAY, export_dir=tmp_path, preload=True)
    assert isinstance(app, CasetrackerApp)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(BoardTable)
        await settle(pilot, lambda: len(table.rows_by_key) == len(want))
        assert list(table.rows_by_key) == want
        assert app.take_first_board() is None  # handed to the board screen, used once


def test_a_board_preload_gives_the_board_once(home: Path) -> None:
    with Tracker.open(home) as tracker:
        want = tracker.board(today=TODAY)
    preload = BoardPreload(home, TODAY)
    load = preload.take()
    assert load is not None and load.board is not None
    assert [r.key for r in load.board.rows] == [r.key for r in want.rows]
    assert load.board.rows == want.rows
    assert preload.take() is None


def test_a_board_preload_that_fails_leaves_the_reading_to_the_screen(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "casetracker.db").write_bytes(b"not a database, " * 512)
    assert BoardPreload(home, TODAY).take() is None


@pilot_test
async def test_an_override_is_saved_through_the_tracker_and_shown(tmp_path: Path) -> None:
    home = tmp_path / "own-home"  # this test writes: not the shared docket
    seed(home)
    app = app_for(home, tmp_path)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        table = app.screen.query_one(BoardTable)
        await settle(pilot, lambda: bool(table.rows_by_key))
        row = table.current
        assert row is not None
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OverrideDialog) and dialog.row.key == row.key
        dialog.query_one("#override-status", Select).value = "needs_review"
        dialog.query_one("#override-note", Input).value = "order read by hand"
        await pilot.click("#override-save")

        def saves() -> list[CasetrackerApp.OverrideSaved]:
            return [m for m in seen if isinstance(m, CasetrackerApp.OverrideSaved)]

        await settle(pilot, lambda: bool(saves()))
        assert (saves()[0].row_key, saves()[0].error) == (row.key, None)
        await settle(pilot, lambda: table.rows_by_key[row.key].manual is not None)
        manual = table.rows_by_key[row.key].manual
        assert manual is not None
        assert (manual.status, manual.note) == ("needs_review", "order read by hand")
        assert "needs review" in table.get_row(row.key)[0].plain


@pilot_test
async def test_an_override_saved_from_a_timeline_shows_there_at_once(tmp_path: Path) -> None:
    home = tmp_path / "own-home"
    seed(home)
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(BoardTable)
        await settle(pilot, lambda: bool(table.rows_by_key))
        await pilot.press("enter")
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        title = timeline.query_one("#timeline-title", Static)
        assert "needs review" not in str(title.content)
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OverrideDialog)
        dialog.query_one("#override-status", Select).value = "needs_review"
        dialog.query_one("#override-note", Input).value = "clerk's notice read by hand"
        await pilot.click("#override-save")
        await settle(pilot, lambda: timeline.row.manual is not None)
        assert app.screen is timeline
        assert "needs review" in str(title.content)
        note = timeline.query_one("#timeline-note", Static)
        assert note.display and "clerk's notice read by hand" in str(note.content)
        lines = [str(o.prompt) for o in timeline.query_one(Timeline).options]
        assert any("clerk's notice read by hand" in line for line in lines)


@pilot_test
async def test_help_opens_on_question_mark_and_closes(home: Path, tmp_path: Path) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@pilot_test
async def test_palette_offers_the_modes_ingest_and_export(home: Path, tmp_path: Path) -> None:
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert {"Board", "Docket", "Search", "Deadlines", "Ingest filings"} <= set(commands)
        assert "Export deadlines to .ics" in commands
        commands["Deadlines"].callback()
        await settle(pilot, lambda: isinstance(app.screen, DeadlinesScreen))


def test_make_app_freezes_today() -> None:
    app = make_app(Path("nowhere"), today=dt.date(2025, 1, 2))
    assert isinstance(app, CasetrackerApp) and app.today == dt.date(2025, 1, 2)


@pilot_test
async def test_a_damaged_database_is_one_line_on_each_view_not_a_crash(tmp_path: Path) -> None:
    from casetracker.tui.common import ProblemNotice

    home = tmp_path / "home"
    home.mkdir()
    (home / "casetracker.db").write_bytes(b"not a database, " * 512)
    app = app_for(home, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        for key in "1234":
            await pilot.press(key)
            notice = app.screen.query_one(ProblemNotice)
            await settle(pilot, lambda n=notice: n.display)  # type: ignore[misc]
            text = str(notice.content)
            assert "Cannot read the data:" in text and "casetracker.db" in text
            assert "file is not a database" in text and "press r" in text
        assert app.is_running
