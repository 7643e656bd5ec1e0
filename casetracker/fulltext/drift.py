"""Drift between the database (the record) and the page index (its projection)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from casetracker.fulltext.index import CheckReport, PageIndex


def compare(
    recorded: Mapping[int, str], indexed: Mapping[int, str], *, stale_lock: bool = False
) -> CheckReport:
    """Filings missing from, stale in, or orphaned in the index (each sorted by id).

    `recorded` and `indexed` map filing id to the sha256 of its file. A filing indexed
    without text pages has an empty indexed digest and is never called stale."""
    both = recorded.keys() & indexed.keys()
    return CheckReport(
        missing=tuple(sorted(recorded.keys() - indexed.keys())),
        stale=tuple(sorted(f for f in both if indexed[f] and recorded[f] != indexed[f])),
        orphans=tuple(sorted(indexed.keys() - recorded.keys())),
        stale_lock=stale_lock,
    )


def check_index(
    index: PageIndex,
    recorded: Mapping[int, str],
    *,
    repair: bool = False,
    reindex: Callable[[Sequence[int]], int] | None = None,
) -> CheckReport:
    """Compare the index with the database's filing digests; with `repair`, mend it: break
    a stale lock, `reindex` the missing and stale filings (a callable that rebuilds those
    filings' pages from the database), delete orphans. `repaired` counts what was mended."""
    stale_lock = index.stale_lock_cleared or index.has_stale_lock()
    report = compare(recorded, index.filing_digests(), stale_lock=stale_lock)
    if not repair or report.is_clean:
        return report
    fixed = 0
    if report.stale_lock:
        index.break_stale_lock()
        fixed += 1
    todo = [*report.missing, *report.stale]
    if todo:
        if reindex is None:
            raise ValueError("check_index(repair=True) needs `reindex` for missing/stale filings")
        reindex(todo)
        fixed += len(todo)
    if report.orphans:
        index.replace_many({}, remove=report.orphans)
        fixed += len(report.orphans)
    return CheckReport(report.missing, report.stale, report.orphans, report.stale_lock, fixed)
