"""Ingestion: discover, preflight, read, extract, store, index — each step callable alone.

Reading and extraction run in worker processes (a crash or hang there costs one file, not
the run); only this process writes, one transaction per filing, and the search index is
updated after the database commit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from casetracker.config import Limits
from casetracker.errors import PdfError
from casetracker.models import Extraction, FileCheck, FilingFacts, PageText, Reason
from casetracker.store import KnownPath, Store

if TYPE_CHECKING:
    from casetracker.fulltext import PageDoc, PageIndex
    from casetracker.fulltext.analysis import PageTerms

# The parent kills a worker that overruns the per-file limit by this much (the worker's
# own alarm should have fired first; this catches a hang inside C code).
_HARD_KILL_GRACE_S = 30.0
# Files submitted per worker: the one it reads and those waiting behind it, enough to keep
# it reading while this process indexes a batch (see `_pool_pass`), and at most this many
# bytes of PDF in flight in all, so a run of huge files cannot fill memory with results.
_QUEUED_PER_WORKER = 48
_INFLIGHT_BYTES = 64 * 2**20
# Workers run this much nicer than the parent: see `_yield_to_writer`.
_WORKER_NICENESS = 5
# Pages indexed per Whoosh commit: each commit writes a segment that searches then open.
_INDEX_BATCH_PAGES = 2000


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one file in a run."""

    path: str
    status: str  # new | updated | moved | unchanged | failed | still_failed
    filing_id: int | None = None
    reason: Reason | None = None
    message: str | None = None


@dataclass(slots=True)
class IngestSummary:
    run_id: int
    outcomes: list[IngestOutcome] = field(default_factory=list)
    duration_s: float = 0.0
    pages: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def changed(self) -> bool:
        return any(o.status in ("new", "updated", "moved") for o in self.outcomes)

    def counts(self) -> dict[str, int]:
        return {
            s: self.count(s)
            for s in ("new", "updated", "moved", "unchanged", "failed", "still_failed")
        }


Progress = Callable[[int, int, str], None]


# --- steps ---------------------------------------------------------------------------


def discover(paths: Sequence[Path]) -> list[Path]:
    """PDF files under the given folders (any case of `.pdf`), plus files named directly."""
    return [Path(f) for f in _discover(paths)]


def _discover(paths: Sequence[Path]) -> list[str]:
    """`discover` as sorted strings: a re-run over an unchanged corpus is mostly this, and
    pathlib objects cost more than the stat calls (their making, hashing and sorting)."""
    found: set[str] = set()
    for p in paths:
        if p.is_dir():
            found.update(_pdfs_under(str(p)))
        elif p.exists():
            found.add(str(p))
    return sorted(found)


def _pdfs_under(folder: str) -> Iterator[str]:
    """`rglob` for PDFs without its per-file `stat`: a directory entry knows if it is a file.
    Symlinked folders are not followed; unreadable folders are skipped (as `rglob` does)."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _pdfs_under(entry.path)
        elif os.path.splitext(entry.name)[1].lower() == ".pdf" and entry.is_file():
            yield entry.path


def preflight(path: Path, limits: Limits) -> FileCheck:
    from casetracker.pdftext import preflight as check

    return check(path, limits)


def extract_file(path: Path, limits: Limits = Limits(), *, ocr: bool = True) -> Extraction:
    """Read and extract one file; a refused file comes back with `error` set, never raises."""
    from casetracker.extract import extract_facts
    from casetracker.pdftext import read_pdf

    check = preflight(path, limits)
    if check.error is not None:
        return Extraction(
            str(path),
            check.sha256,
            None,
            None,
            None,
            check.error,
            FilingFacts(),
            message=check.message,
        )
    try:
        read = read_pdf(path, limits, ocr=ocr)
    except PdfError as e:
        return Extraction(
            str(path),
            check.sha256,
            None,
            None,
            None,
            Reason(e.reason),
            FilingFacts(),
            message=e.message,
        )
    facts = extract_facts(read.pages)
    return Extraction(
        str(path),
        check.sha256,
        read.page_count,
        read.text_layer,
        read.ocr,
        None,
        facts,
        message=read.note,
        page_texts=read.pages,
    )


class _Overtime(BaseException):
    """Raised by the per-file alarm. Not an Exception (nor TimeoutError, an OSError), so no
    reader's `except OSError` or `except Exception` can swallow it."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Overtime


@dataclass(frozen=True, slots=True)
class _Done:
    """A worker's result: the extraction, and its pages' index terms (see `page_terms`)."""

    extraction: Extraction
    terms: tuple[PageTerms, ...] | None = None


def _work(path: str, limits: Limits, with_terms: bool = False) -> _Done:
    """Worker entry: `extract_file` under the per-file time limit; with `with_terms`, each
    page's index terms too, so the one process that writes the index does less."""
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, limits.timeout_s)
    try:
        x = extract_file(Path(path), limits)
        if not with_terms or x.error is not None:
            return _Done(x)
        from casetracker.fulltext.analysis import page_terms

        return _Done(x, tuple(page_terms(page.text) for page in x.page_texts))
    except _Overtime:
        return _Done(_refused(path, Reason.TIMEOUT, f"extraction took over {limits.timeout_s:g} s"))
    except Exception as e:  # an extractor bug must cost one file, not the nightly run
        message = f"could not be processed ({type(e).__name__}: {e})"
        return _Done(_refused(path, Reason.CORRUPT, message))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _refused(path: str, reason: Reason, message: str) -> Extraction:
    return Extraction(path, None, None, None, None, reason, FilingFacts(), message=message)


# --- the run -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Todo:
    path: Path
    size: int
    mtime_ns: int
    replaces: int | None


class Ingest:
    """One ingestion run over a store (and, when given, a search index)."""

    def __init__(
        self,
        store: Store,
        index: PageIndex | None,
        *,
        limits: Limits = Limits(),
        workers: int = 2,
        retry_failed: bool = False,
        reextract: bool = False,
        progress: Progress | None = None,
        index_batch_pages: int = _INDEX_BATCH_PAGES,
    ) -> None:
        self.store = store
        self.index = index
        self.limits = limits
        self.workers = workers
        self.retry_failed = retry_failed
        # Read unchanged files again (after an upgrade reads more): each filing once.
        self.reextract = reextract
        self._reread: set[int] = set()
        self.progress = progress
        self.index_batch_pages = index_batch_pages
        # Index documents of filings committed but not yet indexed, built from what was
        # just extracted (reading them back from the database would cost a query per page).
        self._pending_index: dict[int, tuple[str, list[PageDoc]]] = {}
        self._pending_pages = 0
        self._folders: dict[str, str] = {}  # folder -> resolved, see `_key`
        self._keys: dict[str, str] = {}  # file -> its `_key`, worked out once a run
        self._known: dict[str, KnownPath] = {}  # what the store knew of each path at the start

    def run(self, paths: Sequence[Path], args: Sequence[str] = ()) -> IngestSummary:
        start = time.monotonic()
        run_id = self.store.start_run(args)
        summary = IngestSummary(run_id)
        files = _discover(paths)
        self._known = self.store.known_paths()
        todo: list[_Todo] = []
        for n, path in enumerate(files, 1):
            outcome, item = self._classify(path, run_id)
            if outcome is not None:
                summary.outcomes.append(outcome)
                self._tick(n, len(files), path)
            if item is not None:
                todo.append(item)
        done = len(files) - len(todo)
        for outcome in self._extract_all(todo, run_id, summary, done, len(files)):
            summary.outcomes.append(outcome)
        self._flush_index()
        seen = {self._key(p) for p in files}
        folders = [str(p.resolve()) + os.sep for p in paths if p.is_dir()]
        self.store.forget_missing_paths(seen, folders)
        summary.duration_s = time.monotonic() - start
        counts = summary.counts()
        self.store.finish_run(
            run_id,
            {k: counts[k] for k in ("new", "updated", "moved", "unchanged", "failed")},
            summary.duration_s,
        )
        return summary

    def _tick(self, n: int, total: int, path: str | Path) -> None:
        if self.progress is not None:
            self.progress(n, total, str(path))

    def _key(self, path: str) -> str:
        """The resolved path a file is recorded under (what `os.path.realpath` gives).

        Each folder is resolved once: resolving every file walks every component of its
        path, which made that most of a re-run's time over an unchanged corpus.
        """
        key = self._keys.get(path)
        if key is None:
            if os.path.islink(path):
                key = os.path.realpath(path)
            else:
                parent, name = os.path.split(path)
                folder = self._folders.get(parent)
                if folder is None:
                    folder = self._folders[parent] = os.path.realpath(parent or ".")
                key = os.path.join(folder, name)
            self._keys[path] = key
        return key

    def _classify(self, path: str, run_id: int) -> tuple[IngestOutcome | None, _Todo | None]:
        """Decide from stat (and the checksum only when stat changed) what a file needs."""
        key = self._key(path)
        try:
            st = os.stat(path)
        except OSError as e:
            return IngestOutcome(key, "failed", None, Reason.CORRUPT, f"cannot stat: {e}"), None
        known = self._known.get(key)
        same_stat = known is not None and (known.size, known.mtime_ns) == (
            st.st_size,
            st.st_mtime_ns,
        )
        if known is not None and same_stat:
            if not known.failed and self._rereads(known.filing_id):
                return None, _Todo(Path(path), st.st_size, st.st_mtime_ns, known.filing_id)
            if not known.failed:
                return IngestOutcome(key, "unchanged", known.filing_id), None
            if not self.retry_failed:
                return IngestOutcome(key, "still_failed"), None
        check = preflight(Path(path), self.limits)
        if check.error is not None:
            assert check.message is not None
            self.store.record_failure(
                key, st.st_size, st.st_mtime_ns, check.sha256, check.error, check.message, run_id
            )
            return IngestOutcome(key, "failed", None, check.error, check.message), None
        assert check.sha256 is not None
        existing = self.store.filing_id_for_sha(check.sha256)
        if existing is not None:
            self.store.record_path(existing, key, st.st_size, st.st_mtime_ns, run_id)
            moved = known is None or known.filing_id != existing
            return IngestOutcome(key, "moved" if moved else "unchanged", existing), None
        replaces = known.filing_id if known is not None and not known.failed else None
        return None, _Todo(Path(path), st.st_size, st.st_mtime_ns, replaces)

    def _rereads(self, filing_id: int | None) -> bool:
        """With `reextract`, whether to read this unchanged filing again (once a run, though
        two paths may hold it)."""
        if not self.reextract or filing_id is None or filing_id in self._reread:
            return False
        self._reread.add(filing_id)
        return True

    def _extract_all(
        self, todo: Sequence[_Todo], run_id: int, summary: IngestSummary, done: int, total: int
    ) -> Iterator[IngestOutcome]:
        for item, result in self._results(todo):
            done += 1
            self._tick(done, total, item.path)
            yield self._save(item, result, run_id, summary)

    def _results(self, todo: Sequence[_Todo]) -> Iterator[tuple[_Todo, _Done]]:
        if self.workers <= 0:
            for item in todo:
                yield item, _work(str(item.path), self.limits)  # no terms: same work here
            return
        queue = list(reversed(todo))
        solo: list[_Todo] = []
        while queue or solo:
            # Files in flight when a worker crashed are retried alone, nothing queued behind
            # them (a broken pool fails every pending future alike), so the crash is pinned
            # on the file that caused it.
            batch, width, depth = (
                (queue, self.workers, _QUEUED_PER_WORKER) if queue else (solo, 1, 1)
            )
            crashed = yield from self._pool_pass(batch, width, depth)
            if crashed and width * depth == 1:
                msg = "the PDF reader crashed on this file"
                yield crashed[0], _Done(_refused(str(crashed[0].path), Reason.CORRUPT, msg))
                crashed = crashed[1:]
            solo.extend(crashed)

    def _pool_pass(
        self, queue: list[_Todo], width: int, depth: int
    ) -> Generator[tuple[_Todo, _Done], None, list[_Todo]]:
        """Run items popped from the end of `queue`, `width` at a time, `width * depth`
        submitted.

        Returns the items in flight if a worker crashed. A worker that hangs past the hard
        limit is killed; its file is refused and the others in flight go back on the queue.
        """
        # Each worker gets files queued behind the one it reads, so it keeps reading while
        # this process stores and indexes a batch (the profile in docs/benchmarks.md). The
        # executor runs files in submission order, so the oldest `width` are the ones
        # running; a queued file's clock starts when it moves up.
        inflight: dict[Future[_Done], tuple[_Todo, float | None]] = {}
        hard_limit = self.limits.timeout_s + _HARD_KILL_GRACE_S
        with_terms = self.index is not None
        with ProcessPoolExecutor(max_workers=width, initializer=_yield_to_writer) as pool:
            while queue or inflight:
                while queue and len(inflight) < width * depth:
                    size = sum(i.size for i, _ in inflight.values())
                    if len(inflight) >= width and size + queue[-1].size > _INFLIGHT_BYTES:
                        break
                    item = queue.pop()
                    future = pool.submit(_work, str(item.path), self.limits, with_terms)
                    inflight[future] = (item, time.monotonic() if len(inflight) < width else None)
                finished, _ = wait(inflight, timeout=1.0, return_when=FIRST_COMPLETED)
                for future in finished:
                    item, _started = inflight.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        return [item, *(i for i, _ in inflight.values())]
                    yield item, result
                now = time.monotonic()
                for future, (item, started) in list(inflight.items())[:width]:
                    if started is None:
                        inflight[future] = (item, now)
                hung = [
                    (f, i)
                    for f, (i, t) in inflight.items()
                    if t is not None and now - t > hard_limit
                ]
                if hung:
                    for future, item in hung:
                        inflight.pop(future)
                        msg = f"extraction took over {self.limits.timeout_s:g} s (worker killed)"
                        yield item, _Done(_refused(str(item.path), Reason.TIMEOUT, msg))
                    queue.extend(i for i, _ in inflight.values())
                    _kill_workers(pool)
                    return []
        return []

    def _save(self, item: _Todo, done: _Done, run_id: int, summary: IngestSummary) -> IngestOutcome:
        key, x = self._key(str(item.path)), done.extraction
        if x.error is not None or x.sha256 is None or x.pages is None:
            reason = x.error or Reason.CORRUPT
            message = x.message or str(reason)
            self.store.record_failure(
                key, item.size, item.mtime_ns, x.sha256, reason, message, run_id
            )
            return IngestOutcome(key, "failed", None, reason, message)
        assert x.text_layer is not None and x.ocr is not None
        twin = self.store.filing_id_for_sha(x.sha256)
        if twin is not None and twin != item.replaces:
            # The same bytes at two paths, both new this run (or a file changed into a copy
            # of another): one filing, and this path holds it.
            self.store.record_path(twin, key, item.size, item.mtime_ns, run_id)
            return IngestOutcome(key, "moved", twin)
        filing_id = self.store.save_filing(
            path=key,
            size=item.size,
            mtime_ns=item.mtime_ns,
            sha256=x.sha256,
            page_count=x.pages,
            text_layer=x.text_layer,
            ocr=x.ocr,
            pages=x.page_texts,
            facts=x.facts,
            run_id=run_id,
            replaces=item.replaces,
        )
        summary.pages += x.pages
        if self.index is not None:
            docs = filing_docs(filing_id, x.sha256, x.facts, x.page_texts, done.terms)
            self._pending_index[filing_id] = (x.sha256, docs)
            self._pending_pages += len(docs)
        if self._pending_pages >= self.index_batch_pages:
            self._flush_index()
        status = "updated" if item.replaces is not None else "new"
        return IngestOutcome(key, status, filing_id)

    def _flush_index(self) -> None:
        """Project newly committed filings into the search index (after the DB commit)."""
        if self.index is not None and self._pending_index:
            pending = self._pending_index
            self.index.replace_many({fid: docs for fid, (_, docs) in pending.items()})
            self.store.mark_indexed({fid: sha for fid, (sha, _) in pending.items()})
        self._pending_index = {}
        self._pending_pages = 0


def page_docs(store: Store, filing_id: int) -> list[PageDoc]:
    """The index documents of one stored filing: its pages with the filing's facts."""
    record = store.filing(filing_id)
    return filing_docs(filing_id, record.sha256, record.facts, store.pages(filing_id))


def filing_docs(
    filing_id: int,
    sha256: str,
    f: FilingFacts,
    pages: Sequence[PageText],
    terms: Sequence[PageTerms] | None = None,
) -> list[PageDoc]:
    """One index document per page, carrying the filing's facts as filter fields (and the
    page's index terms when a worker worked them out)."""
    from casetracker.fulltext import PageDoc

    parties = tuple(p.name for p in f.parties)
    states = tuple(sorted({p.state for p in f.parties if p.state}))
    return [
        PageDoc(
            page_id=f"{filing_id}:{page.number}",
            filing_id=filing_id,
            case_number=f.case_number,
            court_id=f.court_id,
            docket_entry=f.docket_entry,
            attachment=f.attachment,
            page=page.number,
            filed=f.filed,
            doc_type=str(f.doc_type) if f.doc_type else None,
            title=f.title,
            parties=parties,
            states=states,
            text=page.text,
            sha256=sha256,
            terms=terms[n] if terms else None,
        )
        for n, page in enumerate(pages)
    ]


def index_filings(store: Store, index: PageIndex, filing_ids: Sequence[int]) -> int:
    """Index step: replace these filings' pages in the search index, then note it in the DB.

    The database commit comes first, so a crash here leaves filings marked unindexed and
    the next run (or `check --repair`) indexes them again.
    """
    if not filing_ids:
        return 0
    batch = {fid: page_docs(store, fid) for fid in filing_ids}
    index.replace_many(batch)
    store.mark_indexed(
        {fid: docs[0].sha256 if docs else store.filing(fid).sha256 for fid, docs in batch.items()}
    )
    return sum(len(d) for d in batch.values())


def _yield_to_writer() -> None:
    """Worker start-up: a lower priority, so the one process that stores and indexes keeps
    a core when all of them want one; the readers still get every core it leaves idle."""
    with contextlib.suppress(OSError):
        os.nice(_WORKER_NICENESS)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor cannot cancel a running task; a hung worker must be killed.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
