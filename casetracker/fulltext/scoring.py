"""Whoosh's BM25F, with each segment's field lengths read in one piece.

BM25F needs the length of the field in every document it scores. Whoosh reads it through
the segment's length column one document at a time (a seek, a read and an unpack each):
on 100,000 pages a common word spent most of its scoring time there. `PageScoring` reads a
segment's whole length column once and looks each document up in a list. The scores are
Whoosh's own, to the last bit (a test compares them).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from whoosh import columns, scoring
from whoosh.util.numeric import byte_to_length

_LENGTH_OF_BYTE = tuple(byte_to_length(b) for b in range(256))
# A term in fewer of a segment's pages than this is scored Whoosh's way: reading the whole
# column would cost more than the lookups it saves.
_LIST_FROM = 128


class PageScoring(scoring.BM25F):  # type: ignore[misc]
    """BM25F (Whoosh's defaults) with per-segment length lists, kept while a reader lives."""

    def __init__(self) -> None:
        super().__init__()
        self._lengths: weakref.WeakKeyDictionary[Any, dict[str, list[Any]]]
        self._lengths = weakref.WeakKeyDictionary()

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        common = searcher.doc_frequency(fieldname, text) >= _LIST_FROM
        if common and isinstance(scorer, scoring.BM25FScorer):
            lengths = self._segment_lengths(searcher.reader(), fieldname, scorer.dfl)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer

    def _segment_lengths(
        self, reader: Any, fieldname: str, one: Callable[[int], Any]
    ) -> list[Any] | None:
        per_field = self._lengths.setdefault(reader, {})
        if fieldname not in per_field:
            raw = _length_bytes(reader, fieldname)
            if raw is None:
                return None
            lengths = [_LENGTH_OF_BYTE[b] for b in raw]
            # A zero byte (no such field) and documents past the column's end: ask Whoosh.
            zero = raw.find(0)
            while zero != -1:
                lengths[zero] = one(zero)
                zero = raw.find(0, zero + 1)
            lengths += [one(d) for d in range(len(raw), reader.doc_count_all())]
            per_field[fieldname] = lengths
        return per_field[fieldname]


def _length_bytes(reader: Any, fieldname: str) -> bytes | None:
    """The segment's length column for `fieldname` as raw bytes (one per document), or
    None when the reader is not the kind this knows (then Whoosh reads it as usual)."""
    perdoc = getattr(reader, "_perdoc", None)
    cached = getattr(perdoc, "_cached_reader", None)
    if cached is None:
        return None
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    column = cached(_lenfield(fieldname), LENGTHS_COLUMN)
    if not isinstance(column, columns.NumericColumn.Reader) or column._fixedlen != 1:
        return None
    return bytes(column._dbfile.get(column._basepos, column._count))
