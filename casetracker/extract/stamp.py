"""Read the court's header stamp ("Case … Document … Filed … Page x of y") from page text.

Pure: text in, `Stamp` out. District, bankruptcy and appellate stamps are read by one
grammar: a stamp head (the case number after "Case"), then each field by its own pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from casetracker.extract import patterns as p
from casetracker.models import PageText, Source, Stamp

# Entry numbers longer than this are document ids (1st, 5th, 10th, D.C. Circuits print
# "Document: 00117612345"), not docket entries.
MAX_ENTRY_DIGITS = 6

# Two-digit stamp years: CM/ECF began in the late 1990s, so "98" is 1998 and "25" is 2025.
CENTURY_PIVOT = 70

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def parse_stamp(raw_page_text: str, page: int) -> Stamp | None:
    """The first stamp on a page, or None; its `Source` span is in `raw_page_text`."""
    offset = 0
    for line in _LINE_BREAK.split(raw_page_text):
        for start, end in stamp_spans(line):
            stamp = _parse_segment(line[start:end], page, offset + start)
            if stamp is not None:
                return stamp
        offset += len(line) + 1
    return None


def filing_stamp(pages: Sequence[PageText]) -> Stamp | None:
    """The stamp that describes the filing: the most common case/entry/date over pages.

    A page stamped differently (an exhibit re-filed from another case) is outvoted; of
    the winning stamps, the one on the earliest page is returned.
    """
    stamps = [
        stamp
        for page in pages
        if (stamp := parse_stamp(page.raw or page.text, page.number)) is not None
    ]
    if not stamps:
        return None
    votes = Counter(_filing_key(stamp) for stamp in stamps)
    best = max(votes.values())
    for stamp in stamps:  # in page order, so ties go to the earliest
        if votes[_filing_key(stamp)] == best:
            return stamp
    return None  # unreachable: some stamp has the best count


def stamp_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the stamps in one line (a stamp drawn twice can read as two on a line).

    A span runs from a stamp head to the next head or the end of the line, and counts only
    if it carries a date and an entry or page field, so a caption's "Case No. 3:25-cv-…"
    is not a stamp.
    """
    if "Case" not in line and "Appeal" not in line:  # what every head names; cheap
        return []
    heads = [m.start() for m in p.STAMP_HEAD.finditer(line)]
    spans: list[tuple[int, int]] = []
    for i, start in enumerate(heads):
        end = heads[i + 1] if i + 1 < len(heads) else len(line)
        segment = line[start:end].rstrip()
        if _has_stamp_fields(segment):
            spans.append((start, start + len(segment)))
    return spans


def _has_stamp_fields(segment: str) -> bool:
    has_date = p.STAMP_ANY_DATE.search(segment) is not None
    has_locator = p.STAMP_ENTRY.search(segment) is not None or p.STAMP_PAGE.search(segment)
    return has_date and bool(has_locator)


def _parse_segment(segment: str, page: int, start: int) -> Stamp | None:
    head = p.STAMP_HEAD.match(segment)
    if head is None:
        return None
    rest = segment[head.end() :]
    entry = p.STAMP_ENTRY.search(rest)
    filed = p.STAMP_FILED.search(rest) or p.STAMP_ANY_DATE.search(rest)
    page_field = p.STAMP_PAGE.search(rest)
    page_id = p.STAMP_PAGE_ID.search(rest)
    count = page_field["count"] if page_field else None
    if count is None and (pages := p.STAMP_PAGES.search(rest)):
        count = pages["count"]
    docket_entry: int | None = None
    attachment: int | None = None
    if entry is not None and len(entry["entry"]) <= MAX_ENTRY_DIGITS:
        docket_entry = int(entry["entry"])
        attachment = int(entry["attachment"]) if entry["attachment"] else None
    is_district = head["office"] is not None or p.STAMP_ENTERED.search(rest) is not None
    return Stamp(
        case_number=_case_number(head),
        docket_entry=docket_entry,
        attachment=attachment,
        filed=_date(filed) if filed else None,
        page=int(page_field["page"]) if page_field else None,
        page_count=int(count) if count else None,
        page_id=page_id["page_id"] if page_id else None,
        court_level="district" if is_district else "appellate",
        source=Source(page=page, text=segment, start=start, end=start + len(segment)),
    )


def _case_number(head: re.Match[str]) -> str:
    """ "3:25-CV-05536-vc" -> "3:25-cv-05536-VC": type letters lower, judges' initials upper."""
    if head["office"] is not None:
        return (
            f"{head['office']}:{head['yy']}-{head['kind'].lower()}-{head['seq']}"
            f"{head['judges'].upper()}"
        )
    return f"{head['ayear']}-{head['aseq']}{head['asuffix'].upper()}"


def _date(match: re.Match[str]) -> dt.date | None:
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 1900 if year >= CENTURY_PIVOT else 2000
    try:
        return dt.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _filing_key(stamp: Stamp) -> tuple[str | None, int | None, int | None, dt.date | None]:
    return (stamp.case_number, stamp.docket_entry, stamp.attachment, stamp.filed)
