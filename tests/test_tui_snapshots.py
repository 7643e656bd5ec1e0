"""Layout guards: the main screens at 80×24 and 160×48 over the hand-written docket.

The docket is the seeded one (not the sample filings), so a better extractor does not move
these pictures; `today` is frozen. Update only after looking at the report
(`pytest tests/test_tui_snapshots.py --snapshot-update`, then open snapshot_report.html).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from casetracker.tui import make_app
from casetracker.tui.deadlines_view import DeadlineTable
from casetracker.tui.viewer import DocumentScreen
from tests.test_tui_support import TODAY, shared_home

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]
Compare = Callable[..., bool]


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_home(tmp_path_factory.getbasetemp(), "seeded")


async def idle(pilot: Pilot[Any]) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False  # a blinking cursor would make the picture depend on timing


def then(*keys: str, after: Callable[[Pilot[Any]], Awaitable[None]] | None = None) -> Any:
    """A run_before: press `keys` with the app idle between them, then `after`."""

    async def run(pilot: Pilot[Any]) -> None:
        await idle(pilot)
        for key in keys:
            await pilot.press(key)
            await idle(pilot)
        if after is not None:
            await after(pilot)
            await idle(pilot)

    return run


@pytest.mark.parametrize("size", SIZES)
def test_board(snap_compare: Compare, home: Path, size: tuple[int, int]) -> None:
    app = make_app(home, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=then())


@pytest.mark.parametrize("size", SIZES)
def test_docket(snap_compare: Compare, home: Path, size: tuple[int, int]) -> None:
    app = make_app(home, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=then("2"))


@pytest.mark.parametrize("size", SIZES)
def test_search(snap_compare: Compare, home: Path, size: tuple[int, int]) -> None:
    async def wait(pilot: Pilot[Any]) -> None:
        await pilot.pause(0.4)  # past the typing debounce, so the search has run
        await idle(pilot)

    app = make_app(home, today=TODAY)
    keys = ("3", *"medicaid")
    assert snap_compare(app, terminal_size=size, run_before=then(*keys, after=wait))


@pytest.mark.parametrize("size", SIZES)
def test_deadlines(snap_compare: Compare, home: Path, size: tuple[int, int]) -> None:
    app = make_app(home, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=then("4"))


@pytest.mark.parametrize("size", SIZES)
def test_viewer_at_a_deadline_sentence(
    snap_compare: Compare, home: Path, size: tuple[int, int]
) -> None:
    async def open_first(pilot: Pilot[Any]) -> None:
        table = pilot.app.screen.query_one(DeadlineTable)
        key = next(k for k, i in table.items.items() if i.origin == "stated")
        table.move_cursor(row=table.get_row_index(key))
        await pilot.press("enter")
        await idle(pilot)
        assert isinstance(pilot.app.screen, DocumentScreen)

    app = make_app(home, today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=then("4", after=open_first))
