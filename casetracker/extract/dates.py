"""Date phrases in filing text: "August 7, 2025", "Aug. 7, 2025", "8/7/2025", "07/08/25",
"the 7th day of August, 2025". Each found date keeps its span in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from casetracker.extract import patterns as p

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Two-digit years in ECF stamps and numeric dates: "07/08/25" is 2025, "12/01/98" is 1998.
_PIVOT = 70


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from text, with its span and the text as printed."""

    date: dt.date
    start: int
    end: int
    text: str


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.strip(".").lower()[:3])


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= _PIVOT else 2000
    return year


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> dt.date | None:
    month_text = m.group("month")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    return _make(_year(m.group("year")), month, int(m.group("day")))


_TWO_DIGITS = re.compile(r"\d\d")


def find_dates(text: str) -> list[FoundDate]:
    """Every date phrase in `text`, in order; overlapping readings keep the longest."""
    if _TWO_DIGITS.search(text) is None:  # every form has a year: most sentences have none
        return []
    found: list[FoundDate] = []
    starts: list[int] = []  # sorted starts of `found`'s spans, which never overlap
    ends: list[int] = []
    for pattern in (p.DATE_DAY_OF, p.DATE_MONTH_FIRST, p.DATE_DAY_FIRST, p.DATE_NUMERIC):
        for m in pattern.finditer(text):
            # The one span that could overlap starts just before this match's end.
            k = bisect.bisect_left(starts, m.end())
            if k and ends[k - 1] > m.start():
                continue
            if pattern is p.DATE_NUMERIC and _numeric_is_not_a_date(text, m):
                continue
            date = _from_match(m)
            if date is not None:
                found.append(FoundDate(date, m.start(), m.end(), m.group(0)))
                starts.insert(k, m.start())
                ends.insert(k, m.end())
    return sorted(found, key=lambda f: f.start)


def _numeric_is_not_a_date(text: str, m: re.Match[str]) -> bool:
    # "1-2-25" style with hyphens is too often a paragraph or exhibit reference; accept a
    # hyphenated date only with a four-digit year. "Docs. 19798-1, -2" misled the plain form.
    return m.group("sep") == "-" and len(m.group("year")) != 4


def parse_date(text: str) -> dt.date | None:
    """The first date phrase in `text`, or None."""
    found = find_dates(text)
    return found[0].date if found else None
