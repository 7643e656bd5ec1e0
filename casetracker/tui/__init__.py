"""The Textual TUI for legal aides. `make_app` loads Textual only when called."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


def make_app(
    home: Path,
    *,
    today: dt.date | None = None,
    export_dir: Path | None = None,
    preload: bool = False,
) -> App[None]:
    """The casetracker app over the data folder `home` (`today` frozen for tests).

    `preload` starts reading the board in a second process before Textual is even
    imported, so the first screen has its rows sooner (see `preload.py`).
    """
    if today is None:
        from casetracker.tracker import court_today

        today = court_today()
    first_board = None
    if preload:
        from casetracker.tui.preload import BoardPreload

        first_board = BoardPreload(home, today)
    from casetracker.tui.app import CasetrackerApp

    return CasetrackerApp(home, today=today, export_dir=export_dir, first_board=first_board)
