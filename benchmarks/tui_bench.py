"""TUI timings under Textual's Pilot (headless), printed as one JSON object.

    python benchmarks/tui_bench.py HOME [--query impound]

- first_board_paint_s: from this process's start (imports included, as a user's launch
  would) until the board's rows (or its empty/problem notice) are on screen;
- search_keystroke_s: from the last key of a query until its results are on screen. The
  search screen waits `DEBOUNCE_S` after a key before searching, so this includes it;
  `search_after_debounce_s` is the same minus the debounce.

Headless rendering skips the terminal's own drawing, so these are lower bounds for a real
terminal. Run it as its own process: `run.py` does.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any import: launch time includes loading Textual

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

SIZE = (120, 36)
TIMEOUT_S = 60.0
POLL_S = 0.005


async def _until(pilot: Any, ready: Callable[[], bool]) -> bool:
    """Pump the app until `ready()` holds; False after TIMEOUT_S."""
    deadline = time.perf_counter() + TIMEOUT_S
    while not ready():
        if time.perf_counter() > deadline:
            return False
        await pilot.pause(POLL_S)
    await pilot.pause()  # one more turn of the loop: the change is painted
    return True


async def measure(home: Path, query: str) -> dict[str, Any]:
    # As `casetracker tui` does: the app (and its board preload) before anything else.
    from casetracker.tui import make_app

    app = make_app(home, preload=True)

    from textual.message import Message
    from textual.widgets import Static

    from casetracker.tui.board_view import BoardScreen, BoardTable
    from casetracker.tui.search_view import DEBOUNCE_S, SearchScreen

    finished: list[tuple[str, float]] = []

    def hook(message: Message) -> None:
        if isinstance(message, SearchScreen.Finished):
            finished.append((message.query, time.perf_counter()))

    out: dict[str, Any] = {"debounce_s": DEBOUNCE_S, "query": query}
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:

        def board_shown() -> bool:
            screen = app.screen
            if not isinstance(screen, BoardScreen):
                return False
            rows = screen.query_one(BoardTable).row_count
            status = str(screen.query_one("#board-status", Static).content)
            return rows > 0 or bool(status)

        if not await _until(pilot, board_shown):
            out["error"] = f"the board did not appear within {TIMEOUT_S:g} s"
            return out
        out["first_board_paint_s"] = time.perf_counter() - STARTED
        board = app.screen
        assert isinstance(board, BoardScreen)
        out["board_rows"] = board.query_one(BoardTable).row_count

        await pilot.press("3")
        if not await _until(pilot, lambda: isinstance(app.screen, SearchScreen)):
            out["error"] = "the search screen did not open"
            return out
        await pilot.press(*query[:-1])
        await _until(pilot, lambda: any(q == query[:-1] for q, _ in finished))
        pressed = time.perf_counter()
        await pilot.press(query[-1])
        if not await _until(pilot, lambda: any(q == query for q, _ in finished)):
            out["error"] = "no search results arrived"
            return out
        shown = time.perf_counter()
        out["search_keystroke_s"] = shown - pressed
        out["search_after_debounce_s"] = shown - pressed - DEBOUNCE_S
        out["search_status"] = str(app.screen.query_one("#search-status", Static).content)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("home", type=Path)
    ap.add_argument("--query", default="impound")
    args = ap.parse_args()
    print(json.dumps(asyncio.run(measure(args.home, args.query))))


if __name__ == "__main__":
    main()
