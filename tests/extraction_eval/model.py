"""The shape of one evaluation row: a filing's pages and the facts a careful reader writes down.

Text is synthetic, written for this set; dates, names and numbers are invented or public facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casetracker.models import PageText

# (name, role, USPS code or None) as the caption gives them
PartyRow = tuple[str, str, str | None]
# (number, title) of a count
ClaimRow = tuple[int, str]
# (category, page) of a relief item
ReliefRow = tuple[str, int]
# (date or None, kind, page, computed) of a deadline
DeadlineRow = tuple[dt.date | None, str, int, bool]


@dataclass(frozen=True, slots=True)
class Expected:
    court_id: str | None
    court: str | None
    case_number: str | None
    docket_entry: int | None
    filed: dt.date | None
    title: str | None
    doc_type: str | None
    judge: str | None
    parties: tuple[PartyRow, ...] = ()
    claims: tuple[ClaimRow, ...] = ()
    relief: tuple[ReliefRow, ...] = ()
    deadlines: tuple[DeadlineRow, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalFiling:
    name: str
    proves: str  # what the row is there to catch
    pages: tuple[PageText, ...]
    expected: Expected


def stamped(stamp: str | None, *texts: str) -> tuple[PageText, ...]:
    """Pages whose raw text carries the header stamp ("{page}" and "{count}" filled in) above
    the clean text, as `pdftext` gives them."""
    count = len(texts)
    out: list[PageText] = []
    for number, text in enumerate(texts, start=1):
        head = stamp.format(page=number, count=count) + "\n" if stamp else ""
        out.append(PageText(number, text, head + text))
    return tuple(out)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# Court names as `courts.py` spells them.
SDNY = ("nysd", "United States District Court, Southern District of New York")
DMASS = ("mad", "United States District Court, District of Massachusetts")
DDC = ("dcd", "United States District Court, District of Columbia")
WDWASH = ("wawd", "United States District Court, Western District of Washington")
DMD = ("mdd", "United States District Court, District of Maryland")
NDILL = ("ilnd", "United States District Court, Northern District of Illinois")
EDVA = ("vaed", "United States District Court, Eastern District of Virginia")
DOR = ("ord", "United States District Court, District of Oregon")
CDCAL = ("cacd", "United States District Court, Central District of California")
DNJ = ("njd", "United States District Court, District of New Jersey")
DARIZ = ("azd", "United States District Court, District of Arizona")
NDCAL = ("cand", "United States District Court, Northern District of California")
CA9 = ("ca9", "United States Court of Appeals for the Ninth Circuit")
CA1 = ("ca1", "United States Court of Appeals for the First Circuit")
CADC = ("cadc", "United States Court of Appeals for the District of Columbia Circuit")
