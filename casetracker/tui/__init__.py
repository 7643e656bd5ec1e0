"""The Textual TUI for legal aides. `make_app` loads Textual only when called."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


def make_app(
    home: Path, *, today: dt.date | None = None, export_dir: Path | None = None
) -> App[None]:
    """The casetracker app over the data folder `home` (`today` frozen for tests)."""
    from casetracker.tui.app import CasetrackerApp

    return CasetrackerApp(home, today=today, export_dir=export_dir)
