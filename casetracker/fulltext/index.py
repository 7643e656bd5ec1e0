"""`PageIndex`: the Whoosh projection of the database, one document per page.

The index is rebuilt from SQLite by `reindex`, so losing it loses nothing. Writes hold
Whoosh's write lock (an fcntl/msvcrt lock the OS drops when a process dies) and a marker
file of our own; a marker whose lock is free means a writer was killed mid-write. Whoosh
swaps its table of contents in with a rename, so a killed writer leaves the previous
generation readable.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from whoosh import index as wi
from whoosh import query as wq
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.writing import OPTIMIZE, IndexWriter

from casetracker.errors import LockBusy, QueryError, SearchIndexError
from casetracker.fulltext.analysis import (
    PageTerms,
    exact_analyzer,
    given_terms,
    stemmed_analyzer,
)
from casetracker.fulltext.query import date_key, parse_query
from casetracker.fulltext.scoring import PageScoring
from casetracker.fulltext.snippet import find_snippet

SCHEMA_VERSION = "2"  # bump when the schema or analyzer changes: old indexes need reindex
_VERSION_FILE = "casetracker-schema.txt"
_WRITER_MARK = "casetracker-writer.json"
_WRITE_WAIT_S = 10.0  # how long a write waits for another writer before giving up
SORTS = ("relevance", "date")
# Pages fetched per requested filing before grouping: enough that a filing's best pages
# are among them without scoring every page of a broad query into Python objects.
_PAGES_PER_FILING_FETCHED = 25
_MIN_PAGES_FETCHED = 500
# A filing's score is its best page plus a little for every other matching page, so a
# filing that discusses the topic throughout outranks one mentioning it once.
_OTHER_PAGES_WEIGHT = 0.1
_NEWEST_FIRST = ["filed", "ecf", "attachment"]
_MARKERS = wq.Term("marker", "1")
# The fields of a marker (the one document of a filing without text). A query none of whose
# terms is on one of them cannot match a marker, and needs no mask (a set lookup per hit).
_MARKER_FIELDS = frozenset({"page_id", "filing", "marker", "digest"})
_TEXT_FIELDS = frozenset({"text", "words", "title", "party"})


@dataclass(frozen=True, slots=True)
class PageDoc:
    """What the index stores for one page of one filing."""

    page_id: str  # f"{filing_id}:{page}", unique in the index
    filing_id: int
    case_number: str | None
    court_id: str | None
    docket_entry: int | None
    attachment: int | None
    page: int
    filed: dt.date | None
    doc_type: str | None
    title: str | None
    parties: tuple[str, ...]
    states: tuple[str, ...]  # USPS codes
    text: str
    sha256: str  # of the filing's file: the same on each page, compared by `check`
    terms: PageTerms | None = None  # `text`'s terms, when worked out already (ingest workers)


@dataclass(frozen=True, slots=True)
class PageHit:
    page: int
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans of matched words in snippet


@dataclass(frozen=True, slots=True)
class FilingHits:
    filing_id: int
    docket_entry: int | None
    attachment: int | None
    title: str | None
    doc_type: str | None
    filed: dt.date | None
    score: float
    pages: tuple[PageHit, ...]  # best pages first, at most `pages_per_filing`
    matched_pages: int  # how many of the filing's pages matched (may exceed len(pages))


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total_pages: int
    filings: tuple[FilingHits, ...]
    suggestion: str | None = None  # a corrected query, offered when nothing matched


@dataclass(frozen=True, slots=True)
class CheckReport:
    """How the index differs from the database (filing ids), and what `repair` mended."""

    missing: tuple[int, ...] = ()  # in the database, not in the index
    stale: tuple[int, ...] = ()  # indexed from a different version of the file
    orphans: tuple[int, ...] = ()  # in the index, no longer in the database
    stale_lock: bool = False  # a writer was killed mid-write
    repaired: int = 0

    @property
    def is_clean(self) -> bool:
        return not (self.missing or self.stale or self.orphans or self.stale_lock)


def make_schema() -> Schema:
    """One document per page; the filing's facts repeated on each page as filter fields."""
    return Schema(
        page_id=ID(unique=True, stored=True),
        filing=ID(stored=True, sortable=True),  # a column: grouping reads no stored text
        digest=ID(),  # "filing_id:sha256", read from the lexicon for drift checks
        case=TEXT(analyzer=exact_analyzer(), phrase=True),
        court=ID(),  # values lower-cased on the way in
        ecf=NUMERIC(int, bits=32, stored=True, sortable=True),
        attachment=NUMERIC(int, bits=32, stored=True, sortable=True),
        page=NUMERIC(int, bits=32, stored=True, sortable=True),
        filed=NUMERIC(int, bits=32, stored=True, sortable=True),
        type=ID(stored=True),
        title=TEXT(analyzer=stemmed_analyzer(), stored=True),
        party=TEXT(analyzer=stemmed_analyzer()),
        state=KEYWORD(lowercase=True, commas=True),
        text=TEXT(analyzer=stemmed_analyzer(), stored=True),
        words=TEXT(analyzer=exact_analyzer(), phrase=False),
        sha256=STORED(),
        # "1" on the one stand-in document of a filing with no text pages, so drift checks
        # see the filing as indexed; searches mask these out.
        marker=ID(),
    )


class _Lengths:
    """A segment's field lengths, each read once.

    Whoosh's commit asks for a document's field length once per posting, and each ask
    reads the length column from disk: a fifth of indexing time. Postings arrive sorted by
    field, so one field's lengths are kept at a time.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._field: str | None = None
        self._known: dict[int, int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname != self._field:
            self._field, self._known = fieldname, {}
        length = self._known.get(docnum)
        if length is None:
            length = self._known[docnum] = self._reader.doc_field_length(docnum, fieldname, default)
        return length


# Whoosh's own policy merges every segment below a point that grows with the index, so one
# commit in twenty re-wrote most of the index (a minute at 10,000 pages). Ours merges only
# small segments (nightly runs of a few filings), once enough of them pile up; a big
# ingest's batches stay as written until `optimize` (run by `reindex`).
_SMALL_SEGMENT_DOCS = 1_000
_SMALL_SEGMENTS_MERGED = 8


def _merge_small_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: fold the small segments into this commit's, when there are
    `_SMALL_SEGMENTS_MERGED` of them; returns the segments left as they are."""
    small = [s for s in segments if s.doc_count_all() < _SMALL_SEGMENT_DOCS]
    if len(small) < _SMALL_SEGMENTS_MERGED:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s.doc_count_all() >= _SMALL_SEGMENT_DOCS]


def _remember_lengths(w: Any) -> None:
    """Have this writer's commit (and merges) read field lengths through `_Lengths`."""
    fields = getattr(w, "fieldwriter", None)
    if fields is None:  # not a segment writer: nothing to speed up
        return
    add_postings = fields.add_postings

    def remembering(schema: Schema, lengths: Any, items: Iterable[Any]) -> Any:
        return add_postings(schema, _Lengths(lengths) if lengths else lengths, items)

    fields.add_postings = remembering


class PageIndex:
    """The page index in one folder. Use as a context manager or call `close()`."""

    def __init__(self, path: Path, ix: wi.Index, *, stale_lock_cleared: bool) -> None:
        self.path = path
        self._ix = ix
        self._searcher: Searcher | None = None
        self.stale_lock_cleared = stale_lock_cleared

    @classmethod
    def open(cls, path: Path, *, create: bool = True, clear_stale_lock: bool = True) -> PageIndex:
        """Open the index at `path` (creating it when missing and `create`). A stale write
        marker of a killed writer is cleared when `clear_stale_lock`. Raises SearchIndexError
        if there is no index, or it was built by another schema version or is damaged."""
        try:
            if not wi.exists_in(str(path)):
                if not create:
                    raise SearchIndexError(f"{path}: no search index; run casetracker reindex")
                path.mkdir(parents=True, exist_ok=True)
                ix = wi.create_in(str(path), make_schema())
                (path / _VERSION_FILE).write_text(SCHEMA_VERSION + "\n")
            else:
                ix = wi.open_dir(str(path))
        except (OSError, wi.IndexError, EOFError, ValueError) as e:
            raise SearchIndexError(f"{path}: cannot open search index ({e}); run reindex") from e
        version = path / _VERSION_FILE
        if not version.exists() or version.read_text().strip() != SCHEMA_VERSION:
            ix.close()
            raise SearchIndexError(
                f"{path}: search index is from another version; run casetracker reindex",
                "index_version",
            )
        index = cls(path, ix, stale_lock_cleared=False)
        if clear_stale_lock:
            index.stale_lock_cleared = index.break_stale_lock()
        return index

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()

    # --- writing -------------------------------------------------------------------------

    def replace_filing(self, filing_id: int, pages: Sequence[PageDoc]) -> None:
        """Make the index hold exactly `pages` for this filing (one commit)."""
        self.replace_many({filing_id: pages})

    def replace_many(
        self, batch: Mapping[int, Sequence[PageDoc]], *, remove: Iterable[int] = ()
    ) -> None:
        """Replace the pages of every filing in `batch` and drop the filings in `remove`,
        with one writer and one commit: all of it becomes visible at once or none does."""
        for filing_id, pages in batch.items():
            if any(p.filing_id != filing_id for p in pages):
                raise SearchIndexError(f"filing {filing_id}: a page of another filing in its batch")
        with self._writer() as w:
            gone = [wq.Term("filing", str(f)) for f in [*batch, *remove]]
            if gone:
                # One searcher and one query for the whole batch: delete_by_term alone opens
                # a searcher over every segment per call, and memory grew with the batch.
                with w.searcher() as s:
                    w.delete_by_query(wq.Or(gone), searcher=s)
            for filing_id, pages in batch.items():
                for page in pages:
                    with given_terms(page.text, page.terms):
                        w.add_document(**_fields(page))
                if not pages:  # no text (an image-only scan): an empty digest, see drift.compare
                    w.add_document(
                        page_id=f"{filing_id}:0", filing=str(filing_id), marker="1",
                        digest=f"{filing_id}:",
                    )  # fmt: skip

    def optimize(self) -> None:
        """Merge the index into one segment (after a reindex): fewer files to open and
        walk per search. Takes about as long as writing the index once."""
        with self._writer() as w:
            w.mergetype = OPTIMIZE  # merge every segment on this commit

    def delete_filing(self, filing_id: int) -> None:
        self.replace_many({}, remove=[filing_id])

    def clear(self) -> None:
        """Empty the index (a fresh, current-version index in the same folder)."""
        lock = self._ix.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            raise LockBusy("search index is being written by another process; try again later")
        try:
            self.close()
            self._ix = wi.create_in(str(self.path), make_schema())
            (self.path / _VERSION_FILE).write_text(SCHEMA_VERSION + "\n")
            (self.path / _WRITER_MARK).unlink(missing_ok=True)
        finally:
            lock.release()

    @contextmanager
    def _writer(self) -> Iterator[IndexWriter]:
        self.break_stale_lock()
        try:
            # Segments as separate files: a reader of a compound segment copies whole parts
            # of it into memory (550 MiB for the 51 segments of 100,000 pages); separate
            # files are read as needed.
            w = self._ix.writer(timeout=_WRITE_WAIT_S, limitmb=128, compound=False)
        except wi.LockError as e:
            raise LockBusy("search index is being written by another process; try again") from e
        _remember_lengths(w)
        w.mergetype = _merge_small_segments
        mark = self.path / _WRITER_MARK
        mark.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        try:
            yield w
        except BaseException:
            w.cancel()
            mark.unlink(missing_ok=True)
            raise
        try:
            w.commit()
        except OSError as e:
            raise SearchIndexError(f"{self.path}: cannot write search index ({e})") from e
        finally:
            mark.unlink(missing_ok=True)

    # --- locks and drift -----------------------------------------------------------------

    def has_stale_lock(self) -> bool:
        """True when a writer left its marker and no live process holds the write lock."""
        if not (self.path / _WRITER_MARK).exists():
            return False
        lock = self._ix.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            return False  # a live writer: busy, not stale
        lock.release()
        return True

    def break_stale_lock(self) -> bool:
        """Remove a killed writer's marker and lock file; never touches a live writer's."""
        if not self.has_stale_lock():
            return False
        lock = self._ix.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            return False
        try:
            (self.path / _WRITER_MARK).unlink(missing_ok=True)
        finally:
            lock.release()
        return True

    def filing_digests(self) -> dict[int, str]:
        """filing id -> sha256 of the file its indexed pages came from."""
        reader = self._current().reader()
        out: dict[int, str] = {}
        for raw in reader.lexicon("digest"):
            term = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            # The lexicon keeps terms of deleted pages until segments merge; a live posting
            # says the term is current.
            if reader.postings("digest", term).is_active():
                filing, _, sha = term.partition(":")
                out[int(filing)] = sha
        return out

    def page_count(self) -> int:
        searcher = self._current()
        markers = sum(1 for _ in searcher.document_numbers(marker="1"))
        return int(searcher.doc_count()) - markers

    # --- searching -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        sort: str = "relevance",
        limit: int = 20,
        pages_per_filing: int = 3,
    ) -> SearchResult:
        """Filings matching `query` (see `fulltext.query`), best first or newest first.
        Raises QueryError (one line) for a malformed query or an unknown sort."""
        if sort not in SORTS:
            raise QueryError(f"unknown sort '{sort}' (one of: {', '.join(SORTS)})", "query")
        if limit < 1:
            raise QueryError("--limit must be at least 1", "query")
        parsed = parse_query(query)
        searcher = self._current()
        fetched = max(_MIN_PAGES_FETCHED, limit * _PAGES_PER_FILING_FETCHED)
        order: list[int] | None = None
        mask = _MARKERS if _may_match_markers(parsed.query) else None
        # optimize=False: Whoosh then counts matches while collecting instead of running
        # the query a second time for the total.
        try:
            if sort == "date":
                # Pick the newest filings by date, then score only their pages.
                dated = searcher.search(
                    parsed.query, limit=fetched, sortedby=_NEWEST_FIRST, reverse=True,
                    mask=mask, optimize=False,
                )  # fmt: skip
                total = len(dated)
                filing_of = searcher.reader().column_reader("filing")
                order = list(dict.fromkeys(int(filing_of[d]) for d, _ in dated.items()))[:limit]
                wanted = wq.Or([wq.Term("filing", str(f)) for f in order])
                results = searcher.search(
                    parsed.query, limit=None, filter=wanted, mask=mask, optimize=False
                )
            else:
                results = searcher.search(parsed.query, limit=fetched, mask=mask, optimize=False)
                total = len(results)
            hits = [(score or 0.0, docnum) for docnum, score in results.items()]
        except (OSError, ValueError) as e:  # Whoosh reports I/O trouble as either
            raise SearchIndexError(f"{self.path}: search failed ({e})") from e
        if total == 0:
            return SearchResult(query, 0, (), _suggest(searcher, query, parsed.words))
        stemmed, exact = _highlight_terms(parsed.query, searcher)
        filings = _group(searcher, hits, order, limit, pages_per_filing, stemmed, exact)
        return SearchResult(query, total, filings, None)

    def _current(self) -> Searcher:
        # Not Searcher.refresh(): it reuses segment readers whose deletions are out of date.
        current = self._searcher
        if current is not None and current.reader().generation() != self._ix.latest_generation():
            current.close()
            current = None
        if current is None:
            current = self._searcher = self._ix.searcher(weighting=PageScoring())
        return current


def _may_match_markers(query: wq.Query) -> bool:
    """False when every leaf of `query` searches a field that marker documents lack."""
    return any(leaf.field() in (None, *_MARKER_FIELDS) for leaf in query.leaves())


def _fields(page: PageDoc) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "page_id": page.page_id,
        "filing": str(page.filing_id),
        "digest": f"{page.filing_id}:{page.sha256}",
        "page": page.page,
        "text": page.text,
        "words": page.text,
        "sha256": page.sha256,
    }
    optional: dict[str, Any] = {
        "case": page.case_number,
        "court": page.court_id.lower() if page.court_id else None,
        "ecf": page.docket_entry,
        "attachment": page.attachment,
        "filed": date_key(page.filed) if page.filed else None,
        "type": page.doc_type.lower() if page.doc_type else None,
        "title": page.title,
        "party": "\n".join(page.parties) or None,
        "state": ",".join(page.states) or None,
    }
    fields.update({k: v for k, v in optional.items() if v is not None})
    return fields


def _positive_leaves(q: wq.Query) -> Iterator[wq.Query]:
    """Leaf queries that must match (the NOT side of a query highlights nothing)."""
    if isinstance(q, wq.AndNot):
        yield from _positive_leaves(q.a)
    elif isinstance(q, wq.Not):
        return
    elif isinstance(q, wq.Phrase) or q.is_leaf():
        yield q
    else:
        for child in q.children():
            yield from _positive_leaves(child)


def _highlight_terms(q: wq.Query, searcher: Searcher) -> tuple[frozenset[str], frozenset[str]]:
    """Stemmed and exact terms a page's words are highlighted for (wildcards expanded)."""
    stemmed: set[str] = set()
    exact: set[str] = set()
    reader = searcher.reader()
    for leaf in _positive_leaves(q):
        if isinstance(leaf, wq.Every) or leaf.field() not in _TEXT_FIELDS:
            continue
        for field, raw in leaf.existing_terms(reader, expand=True):
            text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            (exact if field == "words" else stemmed).add(text)
    return frozenset(stemmed), frozenset(exact)


def _group(
    searcher: Searcher,
    hits: list[tuple[float, int]],
    order: list[int] | None,
    limit: int,
    pages_per_filing: int,
    stemmed: frozenset[str],
    exact: frozenset[str],
) -> tuple[FilingHits, ...]:
    """Page hits (score, docnum) grouped into filings; stored text is read only for the
    pages shown."""
    reader = searcher.reader()
    filing_of, page_of = reader.column_reader("filing"), reader.column_reader("page")
    by_filing: dict[int, list[tuple[float, int, int]]] = {}
    for score, docnum in hits:
        by_filing.setdefault(int(filing_of[docnum]), []).append((score, page_of[docnum], docnum))
    groups = []
    for filing_id, pages in by_filing.items():
        pages.sort(key=lambda p: (-p[0], p[1]))
        scores = [s for s, _, _ in pages]
        groups.append((filing_id, scores[0] + _OTHER_PAGES_WEIGHT * sum(scores[1:]), pages))
    if order is None:
        groups.sort(key=lambda g: -g[1])  # stable: ties keep Whoosh's order
    else:
        rank = {filing_id: i for i, filing_id in enumerate(order)}
        groups.sort(key=lambda g: rank.get(g[0], len(rank)))
    out = []
    for filing_id, score, pages in groups[:limit]:
        page_hits = []
        first: dict[str, Any] = {}
        for page_score, number, docnum in pages[:pages_per_filing]:
            fields = searcher.stored_fields(docnum)
            first = first or fields
            text = fields.get("text", "")
            snippet, spans = find_snippet(text, stemmed, exact)
            page_hits.append(PageHit(number, page_score, snippet, spans))
        filed = first.get("filed")
        out.append(
            FilingHits(
                filing_id=filing_id,
                docket_entry=first.get("ecf"),
                attachment=first.get("attachment"),
                title=first.get("title"),
                doc_type=first.get("type"),
                filed=dt.date(filed // 10000, filed // 100 % 100, filed % 100) if filed else None,
                score=score,
                pages=tuple(page_hits),
                matched_pages=len(pages),
            )
        )
    return tuple(out)


def _suggest(searcher: Searcher, query: str, words: tuple[tuple[int, int, str], ...]) -> str | None:
    """The query with each unknown plain word replaced by the closest indexed word."""
    reader = searcher.reader()
    corrector = searcher.corrector("words")
    corrected = query
    for start, end, word in sorted(words, reverse=True):
        low = word.lower()
        if not low.isalpha() or reader.doc_frequency("words", low) > 0:
            continue
        with suppress(ValueError, KeyError):
            options = corrector.suggest(low, limit=1, maxdist=2, prefix=1)
            if options:
                corrected = corrected[:start] + options[0] + corrected[end:]
    return corrected if corrected != query else None
