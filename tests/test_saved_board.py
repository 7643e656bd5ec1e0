"""Saved boards: read back while nothing the board depends on has changed, never after.

The board is saved under (data generation, day, code stamp). These tests plant a marked
board under the current key to tell a board read back from one built afresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casetracker.board import Board, build_board
from casetracker.store import saved_board
from casetracker.store.schema import BOARD_TABLES
from casetracker.tracker import Tracker
from tests.conftest import FILINGS

DAY = dt.date(2025, 7, 20)
FIRST = ("ecf-001-complaint.pdf", "ecf-014-notice-of-motion-pi.pdf")
LATER = "ecf-044-opposition-pi.pdf"


@pytest.fixture
def tracker(tmp_path: Path) -> Iterator[Tracker]:
    if not all((FILINGS / name).exists() for name in (*FIRST, LATER)):
        pytest.skip("filings/ lacks the sample PDFs (run tools/make_filings.py)")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in FIRST:
        shutil.copy2(FILINGS / name, inbox / name)
    with Tracker.open(tmp_path / "home") as t:
        t.ingest([inbox], workers=0)
        yield t


def current_key(t: Tracker, day: dt.date = DAY) -> str:
    generation = t.store.board_generation()
    return saved_board.board_key(generation, day.isoformat(), saved_board.code_stamp())


def plant(t: Tracker, day: dt.date = DAY) -> None:
    """Save a board marked "PLANTED" under the key a reader would look up now."""
    marked = dataclasses.replace(t.board(today=day), case_number="PLANTED")
    assert t.store.save_board(current_key(t, day), saved_board.encode(marked))


def fresh(t: Tracker, day: dt.date = DAY) -> Board:
    return build_board(t.docket_filings(), t.overrides(), today=day)


def test_a_board_round_trips_through_its_saved_form_unchanged(tracker: Tracker) -> None:
    tracker.set_status("relief:impoundment", "granted", "per the hearing", author="aide")
    board = fresh(tracker)
    assert board.rows and board.rows[0].manual is None
    assert any(r.manual is not None for r in board.rows)  # an override's datetime survives
    assert saved_board.decode(saved_board.encode(board)) == board


def test_the_saved_board_is_read_back_while_nothing_changed(tracker: Tracker) -> None:
    built = tracker.board(today=DAY)
    assert built == fresh(tracker)
    plant(tracker)
    assert tracker.board(today=DAY).case_number == "PLANTED"


def _override(t: Tracker) -> None:
    t.set_status("claim:1", "denied", author="aide")


def _note(t: Tracker) -> None:
    t.add_note("relief:impoundment", "ask counsel", author="aide")


def _new_filing(t: Tracker) -> None:
    inbox = next(Path(p) for p in t.store.known_paths()).parent
    shutil.copy2(FILINGS / LATER, inbox / LATER)
    assert t.ingest([inbox], workers=0).counts()["new"] == 1


def _moved_file(t: Tracker) -> None:
    old = Path(next(p for p in t.store.known_paths() if p.endswith(FIRST[1])))
    old.rename(old.with_name("renamed.pdf"))
    assert t.ingest([old.parent], workers=0).counts()["moved"] == 1


@pytest.mark.parametrize(
    "change", [_override, _note, _new_filing, _moved_file], ids=lambda f: f.__name__[1:]
)
def test_a_change_to_what_the_board_reads_retires_the_saved_board(
    tracker: Tracker, change: Callable[[Tracker], None]
) -> None:
    plant(tracker)
    change(tracker)
    board = tracker.board(today=DAY)
    assert board.case_number != "PLANTED"
    assert board == fresh(tracker)


def test_another_day_gets_its_own_board(tracker: Tracker) -> None:
    plant(tracker)
    later = DAY + dt.timedelta(days=1)
    assert tracker.board(today=later).case_number != "PLANTED"
    assert tracker.board(today=DAY).case_number == "PLANTED"  # the day before's is kept


def test_a_board_for_one_case_number_is_always_built(tracker: Tracker) -> None:
    plant(tracker)
    assert tracker.board(today=DAY, case_number="3:25-cv-05536-VC").case_number != "PLANTED"


def test_a_saved_board_that_does_not_read_is_built_again(tracker: Tracker) -> None:
    assert tracker.store.save_board(current_key(tracker), b'{"rows": "not rows"}')
    assert tracker.board(today=DAY) == fresh(tracker)
    assert saved_board.decode(tracker.store.saved_board(current_key(tracker)) or b"") is not None


def test_a_run_that_finds_nothing_new_saves_the_board_of_the_day(tracker: Tracker) -> None:
    today = Tracker.today()
    assert tracker.store.has_saved_board(current_key(tracker, today))  # the first ingest's
    tracker.store.db.conn.execute("delete from saved_boards")  # as on the morning after
    tracker.store.db.conn.commit()
    inbox = next(Path(p) for p in tracker.store.known_paths()).parent
    assert not tracker.ingest([inbox], workers=0).changed
    saved = tracker.store.saved_board(current_key(tracker, today))
    assert saved is not None and saved_board.decode(saved) == fresh(tracker, today)


def test_a_busy_database_still_gives_the_board_and_saves_it_later(tracker: Tracker) -> None:
    other = sqlite3.connect(tracker.paths.db)
    other.execute("begin immediate")  # another writer holds the database
    try:
        assert tracker.board(today=DAY) == fresh(tracker)
        assert tracker.store.saved_board(current_key(tracker)) is None
    finally:
        other.rollback()
        other.close()
    tracker.board(today=DAY)
    assert tracker.store.saved_board(current_key(tracker)) is not None


@pytest.mark.parametrize("table", BOARD_TABLES)
def test_every_write_to_a_table_the_board_reads_bumps_the_generation(
    tracker: Tracker, table: str
) -> None:
    conn = tracker.store.db.conn
    before = tracker.store.board_generation()
    with conn:
        rowid = conn.execute(f"select max(rowid) from {table}").fetchone()[0]
        if rowid is None:  # no override yet
            tracker.set_status("claim:1", "denied", author="aide")
            rowid = conn.execute(f"select max(rowid) from {table}").fetchone()[0]
    after_insert = tracker.store.board_generation()
    with conn:
        column = conn.execute(f"select name from pragma_table_info('{table}')").fetchone()[0]
        conn.execute(f"update {table} set {column} = {column} where rowid = ?", [rowid])
    after_update = tracker.store.board_generation()
    with conn:
        conn.execute("pragma foreign_keys = off")  # delete the one row, not what cascades
        conn.execute(f"delete from {table} where rowid = ?", [rowid])
    assert before <= after_insert < after_update < tracker.store.board_generation()


def test_the_board_reads_only_tables_whose_writes_bump_the_generation(tracker: Tracker) -> None:
    read: set[str] = set()

    def note_reads(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table:
            read.add(table)
        return sqlite3.SQLITE_OK

    tracker.store.db.conn.set_authorizer(note_reads)
    try:
        fresh(tracker)
    finally:
        tracker.store.db.conn.set_authorizer(None)
    assert read and read <= set(BOARD_TABLES)


def test_the_code_stamp_changes_when_a_source_file_does(tmp_path: Path) -> None:
    (tmp_path / "board.py").write_text("A = 1\n")
    (tmp_path / "rules.toml").write_text("")
    (tmp_path / "notes.txt").write_text("not code")
    first = saved_board.files_stamp(tmp_path, "0.1.0")
    (tmp_path / "notes.txt").write_text("still not code")
    assert saved_board.files_stamp(tmp_path, "0.1.0") == first
    assert saved_board.files_stamp(tmp_path, "0.2.0") != first
    stat = (tmp_path / "board.py").stat()
    os.utime(tmp_path / "board.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert saved_board.files_stamp(tmp_path, "0.1.0") != first
