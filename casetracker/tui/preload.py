"""The first board, read in a second process while this one loads Textual.

Reading the board (the store, every filing's facts, the replay) and starting Textual each
take a few hundred milliseconds of Python. In one process they take turns on the GIL; in
two they run side by side, so the board is ready about when the screen is. Later loads
(after an ingest or a saved override) stay in thread workers: Textual is up by then.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from casetracker.tui import loaders


class BoardPreload:
    """`loaders.load_board` started in a child process; `take` waits for it once."""

    def __init__(self, home: Path, today: dt.date) -> None:
        # fork is quick and copies what is already imported, but is safe only on Linux
        # and while this process has a single thread; spawn starts afresh otherwise.
        fork = sys.platform == "linux" and threading.active_count() == 1
        context = multiprocessing.get_context("fork" if fork else "spawn")
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(1, mp_context=context)
        self._future = self._pool.submit(loaders.load_board, home, today)

    def take(self) -> loaders.BoardLoad | None:
        """The board read by the child, or None if it failed (the caller reads it then).

        Only the first call waits; later calls return None.
        """
        if self._pool is None:
            return None
        try:
            return self._future.result()
        except Exception:  # the caller reads the board itself and reports any error
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child (at once if its board is no longer wanted)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
