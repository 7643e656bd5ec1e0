"""Full-text search over filing pages (Whoosh): the page index, its query language, drift checks.

An adapter: it knows Whoosh and nothing of SQLite or PDFs. Ingestion hands it `PageDoc`s
after each database commit; `Tracker` searches it and compares it with the database.
"""

from __future__ import annotations

from casetracker.fulltext.drift import check_index, compare
from casetracker.fulltext.index import (
    SORTS,
    CheckReport,
    FilingHits,
    PageDoc,
    PageHit,
    PageIndex,
    SearchResult,
)

__all__ = [
    "SORTS",
    "CheckReport",
    "FilingHits",
    "PageDoc",
    "PageHit",
    "PageIndex",
    "SearchResult",
    "check_index",
    "compare",
]
