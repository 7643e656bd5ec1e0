"""The app in a real terminal (tmux), driven by keys the way an aide would.

Skipped where tmux is absent; `.ci/run` installs it.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.test_tui_support import shared_home

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


SOCKET = "casetracker-tui-test"  # our own tmux server: other sessions cannot resize the pane
# The pane is born at this size (no resize after the app has read it) and keeps it.
CONFIG = "set -g default-size 120x36\n"


def tmux(*args: str, config: Path | None = None) -> str:
    command = ["tmux", "-L", SOCKET, *(["-f", str(config)] if config else []), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def wait_for(session: str, found: Callable[[str], bool], limit_s: float = 30.0) -> str:
    """Capture the pane until `found(screen)` holds; the limit only stops a hung run."""
    screen = ""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if found(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"never appeared; the pane showed:\n{screen}")


@pytest.fixture
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], str]]:
    name = f"casetracker-test-{id(tmp_path_factory)}"
    home = shared_home(tmp_path_factory.getbasetemp(), "seeded")

    def start() -> str:
        entry = "from casetracker.cli import main; main()"
        command = [sys.executable, "-c", entry, "--home", str(home), "tui"]
        command += ["--today", "2025-07-20"]
        # `; sleep` keeps the pane readable if the app dies, so the assertion shows why.
        # COLUMNS/LINES inherited from the test process would override the pane's real size.
        shell = "env -u COLUMNS -u LINES " + shlex.join(command) + "; sleep 5"
        config = tmp_path_factory.mktemp("tmux") / "tmux.conf"
        config.write_text(CONFIG)
        tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "36", shell, config=config)
        assert tmux("display", "-p", "-t", name, "#{window_width}x#{window_height}").strip() == (
            "120x36"
        )
        return name

    yield start
    tmux("kill-server")  # our own socket's server only


def test_an_aide_moves_through_the_modes_and_opens_a_deadline_page(
    session: Callable[[], str], tmp_path: Path
) -> None:
    name = session()
    wait_for(name, lambda s: "1 Board" in s and "Help" in s)
    tmux("send-keys", "-t", name, "2")
    wait_for(name, lambda s: "ORDER SETTING A BRIEFING SCHEDULE" in s)
    tmux("send-keys", "-t", name, "3")
    wait_for(name, lambda s: "search the docket" in s)
    tmux("send-keys", "-t", name, "-l", "opposition")
    wait_for(name, lambda s: "matching pages" in s and "ECF 20 p.1" in s)
    tmux("send-keys", "-t", name, "Down")  # out of the query box, then a mode key
    time.sleep(0.5)  # a person's pause: the focus moves after the key is handled
    tmux("send-keys", "-t", name, "4")
    wait_for(name, lambda s: "Next week" in s and "Thu 2025-07-24" in s)
    tmux("send-keys", "-t", name, "Enter")
    screen = wait_for(name, lambda s: "page 1 of 2" in s)
    assert "Defendants shall file their opposition by July 24, 2025." in screen
    tmux("send-keys", "-t", name, "Escape", "q")
    wait_for(name, lambda s: "1 Board" not in s)
