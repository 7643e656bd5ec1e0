"""The docket as ingested: filings by ECF number, and the entries still to fetch from PACER."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.board.model import DocketFiling
from casetracker.models import DocType


@dataclass(frozen=True, slots=True)
class DocketLine:
    """One ingested filing; attachments ("44-2") sit under their main entry."""

    label: str  # "44", "44-2", "?" when the filing has no ECF number
    docket_entry: int | None
    attachment: int | None
    filed: dt.date | None
    title: str | None
    doc_type: DocType | None
    filing_id: int | None  # None for a main entry known only through its attachments
    attachments: tuple[DocketLine, ...] = ()

    @property
    def is_missing(self) -> bool:
        return self.filing_id is None


@dataclass(frozen=True, slots=True)
class DocketView:
    lines: tuple[DocketLine, ...]
    gaps: tuple[int, ...]  # entry numbers never seen between the lowest and highest
    missing_main: tuple[int, ...]  # entries seen only through an attachment
    missing_attachments: tuple[str, ...]  # "44-1" when 44-2 is here but 44-1 is not

    @property
    def gap_ranges(self) -> list[str]:
        return number_ranges(self.gaps)


def number_ranges(numbers: Sequence[int]) -> list[str]:
    """[5, 6, 7, 9] -> ["5-7", "9"]: how an aide asks PACER for them."""
    out: list[str] = []
    ordered = sorted(set(numbers))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return out


def _line(f: DocketFiling) -> DocketLine:
    return DocketLine(
        f.entry_label, f.docket_entry, f.attachment or None, f.filed, f.title, f.doc_type,
        f.filing_id,
    )  # fmt: skip


def docket_view(filings: Sequence[DocketFiling], gaps: bool = False) -> DocketView:
    """Filings by ECF number (unnumbered ones last, by date); with `gaps`, what is missing."""
    mains: dict[int, list[DocketFiling]] = {}
    parts: dict[int, list[DocketFiling]] = {}
    loose: list[DocketFiling] = []
    for f in filings:
        if f.docket_entry is None:
            loose.append(f)
        elif f.attachment:
            parts.setdefault(f.docket_entry, []).append(f)
        else:
            mains.setdefault(f.docket_entry, []).append(f)
    lines: list[DocketLine] = []
    missing_main: list[int] = []
    missing_parts: list[str] = []
    for entry in sorted(mains.keys() | parts.keys()):
        attached = tuple(
            _line(a)
            for a in sorted(parts.get(entry, []), key=lambda a: (a.attachment, a.filing_id))
        )
        numbers = {a.attachment for a in attached if a.attachment}
        if numbers:
            missing_parts += [f"{entry}-{n}" for n in range(1, max(numbers)) if n not in numbers]
        if entry in mains:
            first, *again = sorted(mains[entry], key=lambda f: f.filing_id)
            lines.append(_with_attachments(_line(first), attached))
            lines += [_line(f) for f in again]  # the same entry ingested twice: show both
        else:
            missing_main.append(entry)
            filed = min((a.filed for a in attached if a.filed), default=None)
            lines.append(DocketLine(str(entry), entry, None, filed, None, None, None, attached))
    lines += [_line(f) for f in sorted(loose, key=lambda f: (f.filed or dt.date.max, f.filing_id))]
    seen = mains.keys() | parts.keys()
    missing = [n for n in range(min(seen), max(seen) + 1) if n not in seen] if gaps and seen else []
    return DocketView(
        tuple(lines),
        tuple(missing),
        tuple(missing_main) if gaps else (),
        tuple(missing_parts) if gaps else (),
    )


def _with_attachments(line: DocketLine, attached: tuple[DocketLine, ...]) -> DocketLine:
    return DocketLine(
        line.label, line.docket_entry, line.attachment, line.filed, line.title, line.doc_type,
        line.filing_id, attached,
    )  # fmt: skip
