"""The application layer: the one object the CLI and the TUI talk to.

`Tracker` opens the database and the search index lazily, so a quick search never loads
the PDF libraries and a board view never loads Whoosh. It returns dataclasses, never rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.config import Limits, Paths
from casetracker.errors import CasetrackerError, LockBusy, StoreError

if TYPE_CHECKING:
    from filelock import BaseFileLock

    from casetracker.board import Board, Digest, DocketFiling, DocketView, Override, StateStatus
    from casetracker.export import DeadlineItem
    from casetracker.fulltext import CheckReport, PageIndex, SearchResult
    from casetracker.ingest import IngestSummary, Progress
    from casetracker.models import Deadline
    from casetracker.store import Failure, FilingRecord, Store, StoredDeadline


class Tracker:
    """casetracker over one data folder (database + search index)."""

    def __init__(self, home: Path) -> None:
        self.paths = Paths(home)
        self._store: Store | None = None
        self._index: PageIndex | None = None
        self._may_create = False  # only writers (ingest) create a database

    @classmethod
    def open(cls, home: Path) -> Tracker:
        return cls(home)

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._index is not None:
            self._index.close()
            self._index = None

    @property
    def store(self) -> Store:
        """The database; reading never creates one (a search in the wrong folder must not
        leave an empty `index/` behind)."""
        if self._store is None:
            from casetracker.store import Store

            self._require_database()
            self._store = Store(self.paths.db)
        return self._store

    def _require_database(self) -> None:
        if not self._may_create and not self.paths.db.exists():
            raise StoreError(
                f"no database in {self.paths.home}; run `casetracker ingest PATH` first",
                "no_database",
            )

    @property
    def index(self) -> PageIndex:
        if self._index is None:
            self._require_database()
            from casetracker.fulltext import PageIndex

            self._index = PageIndex.open(self.paths.index)
        return self._index

    @property
    def has_database(self) -> bool:
        return self.paths.db.exists()

    # --- writing: one writer at a time --------------------------------------------------

    def _lock(self, wait_s: float) -> BaseFileLock:
        from filelock import FileLock, Timeout

        self.paths.home.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.paths.lock))
        try:
            lock.acquire(timeout=wait_s)
        except Timeout as e:
            raise LockBusy(
                f"another ingest is running (lock {self.paths.lock}); try again later"
                + (f" — waited {wait_s:g} s" if wait_s > 0 else " or pass --wait SECONDS"),
                "locked",
            ) from e
        return lock

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        workers: int = 2,
        retry_failed: bool = False,
        reextract: bool = False,
        limits: Limits = Limits(),
        progress: Progress | None = None,
        wait_s: float = 0.0,
        args: Sequence[str] = (),
    ) -> IngestSummary:
        """Ingest PDFs under `paths`; raises `LockBusy` if another ingest holds the lock."""
        from casetracker.ingest import Ingest

        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CasetrackerError(f"no such file or folder: {', '.join(missing)}", "usage")
        self._may_create = True
        lock = self._lock(wait_s)
        try:
            self._repair_unindexed()
            run = Ingest(
                self.store,
                self.index,
                limits=limits,
                workers=workers,
                retry_failed=retry_failed,
                reextract=reextract,
                progress=progress,
            )
            summary = run.run(paths, args)
            if summary.changed:
                self._after_change(summary.run_id)
            else:
                self._save_board_of_the_day()
            return summary
        finally:
            lock.release()

    def _after_change(self, run_id: int) -> None:
        """Recompute what depends on the whole docket: derived deadlines, board snapshot
        (building the board saves it for today)."""
        self.derive_deadlines(run_id)
        self._snapshot(run_id)

    def _save_board_of_the_day(self) -> None:
        """Save today's board if it is not saved yet, so the first look at it after a
        nightly run that found nothing new is quick too (a new day needs a new board)."""
        day = self.today()
        if self.store.filing_count() and not self.store.has_saved_board(self._board_key(day)):
            self.board(today=day)

    def _repair_unindexed(self) -> int:
        """Index filings committed to the DB but not to the index (a crash between them)."""
        from casetracker.ingest import index_filings

        return index_filings(self.store, self.index, self.store.unindexed_filing_ids())

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the database; return the pages indexed."""
        from casetracker.ingest import index_filings

        lock = self._lock(0)
        try:
            self.index.clear()
            ids = self.store.filing_ids()
            pages = 0
            for n in range(0, len(ids), 50):
                pages += index_filings(self.store, self.index, ids[n : n + 50])
                if progress is not None:
                    progress(min(n + 50, len(ids)), len(ids))
            self.index.optimize()
            return pages
        finally:
            lock.release()

    # --- reading --------------------------------------------------------------------------

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20) -> SearchResult:
        return self.index.search(query, sort=sort, limit=limit)

    def filing_for(self, docket_entry: int, attachment: int | None = None) -> FilingRecord:
        fid = self.store.find_filing(docket_entry, attachment)
        if fid is None:
            ecf = f"{docket_entry}-{attachment}" if attachment else str(docket_entry)
            raise StoreError(f"no filing with ECF number {ecf} in the database", "not_found")
        return self.store.filing(fid)

    def page_text(self, docket_entry: int, page: int, attachment: int | None = None) -> str:
        record = self.filing_for(docket_entry, attachment)
        text = self.store.page_text(record.id, page)
        if text is None:
            raise StoreError(
                f"ECF {docket_entry} has {record.pages} pages; there is no page {page}", "not_found"
            )
        return text

    def filing(self, filing_id: int) -> FilingRecord:
        return self.store.filing(filing_id)

    def filings(self) -> list[FilingRecord]:
        return list(self.store.filings())

    def pages(self, filing_id: int) -> list[str]:
        return [p.text for p in self.store.pages(filing_id)]

    def deadlines(self, *, include_superseded: bool = False) -> list[StoredDeadline]:
        return self.store.deadlines(include_superseded=include_superseded)

    def deadline_items(
        self, *, include_superseded: bool = False, collapse: bool = True
    ) -> list[DeadlineItem]:
        """Every deadline with the filing it came from, by date (undated ones last).

        With `collapse`, a date restated by several filings is one item (see
        `export.collapse`); superseded dates are left out unless asked for.
        """
        from casetracker.export import DeadlineItem
        from casetracker.export import collapse as merge

        facts = {r.id: r.facts for r in self.store.filings()}
        items = [
            DeadlineItem(
                d.id, d.deadline, d.origin, d.filing_id, d.docket_entry,
                facts[d.filing_id].title, facts[d.filing_id].case_number, d.superseded_by,
                str(facts[d.filing_id].doc_type) if facts[d.filing_id].doc_type else None,
            )
            for d in self.store.deadlines(include_superseded=include_superseded)
        ]  # fmt: skip
        return merge(items) if collapse else items

    def failures(self) -> list[Failure]:
        return self.store.failures()

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return self.store.runs(limit)

    def filing_count(self) -> int:
        """How many filings are stored (0 before the first ingest)."""
        return self.store.filing_count() if self.has_database else 0

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def check(self, repair: bool = False) -> CheckReport:
        from casetracker.fulltext import check_index

        return check_index(
            self.index, self.store.filing_shas(), repair=repair, reindex=self._reindex_ids
        )

    def _reindex_ids(self, filing_ids: Sequence[int]) -> int:
        from casetracker.ingest import index_filings

        return index_filings(self.store, self.index, filing_ids)

    # --- the board and its views ---------------------------------------------------------

    def docket_filings(self, case_number: str | None = None) -> list[DocketFiling]:
        """Every filing as the board sees it; court papers carry their pages (the board reads
        signature blocks, decree paragraphs and who appeals from them)."""
        from casetracker.board import DocketFiling

        out = []
        for r in self.store.filings():
            f = r.facts
            if case_number and f.case_number not in (None, case_number):
                continue
            pages = tuple(self.store.pages(r.id)) if f.doc_type in _PAGES_FOR_BOARD else ()
            out.append(
                DocketFiling(
                    r.id,
                    f.docket_entry,
                    f.attachment,
                    f.filed,
                    f.title,
                    f.doc_type,
                    f.is_proposed,
                    f,
                    pages,
                )
            )
        return out

    def overrides(self) -> list[Override]:
        """The aides' overrides, one per row (latest status and latest note)."""
        from casetracker.board import Override, Status

        return [
            Override(
                o["row_key"],
                Status(o["status"]) if o["status"] else None,
                o["note"],
                o["author"],
                dt.datetime.fromisoformat(o["at"]),
            )
            for o in self.store.overrides()
        ]

    def board(self, *, today: dt.date | None = None, case_number: str | None = None) -> Board:
        """The board for `today`: the one saved for this day, data and code if there is one
        (see `store/saved_board.py`), else built from the docket and saved."""
        from casetracker.board import build_board
        from casetracker.store import saved_board

        day = today or self.today()
        if case_number is not None:
            return build_board(self.docket_filings(case_number), self.overrides(), today=day)
        key = self._board_key(day)  # before reading the docket: a later write retires it
        data = self.store.saved_board(key)
        board = saved_board.decode(data) if data is not None else None
        if board is None:
            board = build_board(self.docket_filings(), self.overrides(), today=day)
            self.store.save_board(key, saved_board.encode(board))
        return board

    def _board_key(self, day: dt.date) -> str:
        from casetracker.store import saved_board

        generation = self.store.board_generation()
        return saved_board.board_key(generation, day.isoformat(), saved_board.code_stamp())

    def set_status(
        self, row_key: str, status: str, note: str | None = None, author: str | None = None
    ) -> None:
        """Set a row's status by hand (audited; re-ingestion never overwrites it)."""
        from casetracker.board import Status

        try:
            value = Status(status)
        except ValueError as e:
            known = ", ".join(s.value for s in Status)
            msg = f"unknown status {status!r}; use one of: {known}"
            raise CasetrackerError(msg, "usage") from e
        self._check_row(row_key)
        self.store.set_override(None, row_key, str(value), note, author or _user())

    def add_note(self, row_key: str, note: str, author: str | None = None) -> None:
        self._check_row(row_key)
        self.store.set_override(None, row_key, None, note, author or _user())

    def _check_row(self, row_key: str) -> None:
        board = self.board()
        if board.row(row_key) is None:
            keys = ", ".join(r.key for r in board.rows) or "none yet: ingest a complaint"
            raise CasetrackerError(f"no board row {row_key!r}; rows: {keys}", "usage")

    def audit(self) -> list[dict[str, Any]]:
        return self.store.audit()

    def states(self) -> list[StateStatus]:
        from casetracker.board import states_view

        return states_view(self.docket_filings())

    def docket(self, *, gaps: bool = False) -> DocketView:
        """The filings still in the inbox; one whose files were all removed counts as missing
        (the board keeps reading it: a filing leaving the folder does not undo the event)."""
        from casetracker.board import docket_view

        present = self.store.filing_ids_in_inbox()
        return docket_view([f for f in self.docket_filings() if f.filing_id in present], gaps)

    def digest(self, *, since: dt.date | None = None, today: dt.date | None = None) -> Digest:
        """What changed since the run before the last one (or since a date): new filings,
        status changes, deadlines added or moved or due soon, files that failed."""
        from casetracker.board import DocketDeadline, FailedFile, digest

        day = today or self.today()
        if since is None:
            last = self.store.last_finished_run()
            base = self.store.last_finished_run(before=last["id"]) if last else None
            base_id = int(base["id"]) if base else 0
        else:
            base_id = self.store.runs_after(since.isoformat()) or 0
        new_ids = set(self.store.filing_ids_since(base_id))
        docket = self.docket_filings()
        after = [DocketDeadline(f, e, d) for f, e, d in self._live_deadlines()]
        before = [DocketDeadline(f, e, d) for f, e, d in self.store.deadline_snapshot(base_id)]
        failures = [
            FailedFile(f.path, str(f.reason), f.message)
            for f in self.store.failures()
            if (f.run_id or 0) > base_id
        ]
        return digest(
            self.store.board_snapshot(base_id) if base_id else None,
            self.board(today=day),
            [f for f in docket if f.filing_id in new_ids],
            failures,
            before,
            after,
            today=day,
            since=since,
        )

    def _snapshot(self, run_id: int) -> None:
        from casetracker.board import snapshot

        self.store.save_snapshot(run_id, snapshot(self.board()), self._live_deadlines())

    def _live_deadlines(self) -> list[tuple[int, int | None, Deadline]]:
        """Deadlines as the lists show them: superseded dates out, restated dates once."""
        return [(i.filing_id, i.docket_entry, i.deadline) for i in self.deadline_items()]

    def derive_deadlines(self, run_id: int) -> None:
        """Recompute rule-derived deadlines and supersession over the whole docket."""
        from casetracker.derive import DatedDeadline, derive_deadlines, supersessions

        records = {r.id: r for r in self.store.filings()}
        derived = derive_deadlines([(r.id, r.facts) for r in records.values()])
        self.store.replace_derived(
            [(d.filing_id, d.trigger_filing_id, d.deadline) for d in derived], run_id
        )
        items = []
        for d in self.store.deadlines(include_superseded=True):
            facts = records[d.filing_id].facts
            items.append(
                DatedDeadline(
                    d.id,
                    d.filing_id,
                    facts.filed,
                    facts.docket_entry,
                    facts.doc_type,
                    facts.is_proposed,
                    d.origin,
                    d.deadline,
                )
            )
        self.store.set_superseded(supersessions(items))

    @staticmethod
    def today() -> dt.date:
        return court_today()


# The court whose clock says what "today" is: the tracked suit's (the only one rules.toml
# describes so far).
HOME_COURT = "cand"


def court_today(court: str = HOME_COURT) -> dt.date:
    """Today in the court's time zone: its day ends at midnight there (FRCP 6(a)(4)(A)), so
    on a UTC server a paper due today is not shown overdue from 5 p.m. Pacific."""
    from casetracker import frcp, rules

    return frcp.court_day(dt.datetime.now(dt.UTC), rules.court_zone(court))


# Court papers whose text the board reads (signature blocks, decrees, notices of appeal).
_PAGES_FOR_BOARD = frozenset(
    {"complaint", "amended_complaint", "order", "judgment", "notice", "stipulation"}
)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
