"""Drift between the database (the record) and the page index (its projection)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from casetracker.fulltext.index import CheckReport, PageDoc, PageIndex

# Loads the pages of the given filings from the database (supplied by `Tracker`).
PageLoader = Callable[[Iterable[int]], Mapping[int, Sequence[PageDoc]]]


def compare(
    recorded: Mapping[int, str], indexed: Mapping[int, str], *, stale_lock: bool = False
) -> CheckReport:
    """Filings missing from, stale in, or orphaned in the index (each sorted by id).

    `recorded` maps each database filing that has text pages to its file's sha256; a
    filing without pages is never indexed, so leave it out."""
    both = recorded.keys() & indexed.keys()
    return CheckReport(
        missing=tuple(sorted(recorded.keys() - indexed.keys())),
        stale=tuple(sorted(f for f in both if recorded[f] != indexed[f])),
        orphans=tuple(sorted(indexed.keys() - recorded.keys())),
        stale_lock=stale_lock,
    )


def diagnose(index: PageIndex, recorded: Mapping[int, str]) -> CheckReport:
    """Compare the index with the database's filing digests; changes nothing."""
    stale_lock = index.stale_lock_cleared or index.has_stale_lock()
    return compare(recorded, index.filing_digests(), stale_lock=stale_lock)


def repair(index: PageIndex, report: CheckReport, load_pages: PageLoader) -> CheckReport:
    """Mend what `report` found in one commit: reindex missing and stale filings, drop
    orphans, break a stale lock. Returns the report with `repaired` set."""
    fixed = 0
    if report.stale_lock:
        index.break_stale_lock()
        fixed += 1
    todo = [*report.missing, *report.stale]
    if todo or report.orphans:
        batch = dict(load_pages(todo)) if todo else {}
        index.replace_many(batch, remove=report.orphans)
        fixed += len(todo) + len(report.orphans)
    return CheckReport(report.missing, report.stale, report.orphans, report.stale_lock, fixed)
