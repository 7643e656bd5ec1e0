"""Date phrases and State names: the small readers every extractor builds on."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.extract.dates import find_dates, parse_date
from casetracker.extract.states import party_state
from casetracker.usstates import state_code, state_name

AUG7 = dt.date(2025, 8, 7)

DATE_ROWS = [
    # the long form filings use most
    ("The hearing is set for August 7, 2025.", AUG7),
    # abbreviated month with a period
    ("heard on Aug. 7, 2025 at 10:00 a.m.", AUG7),
    # "Sept." is the one four-letter abbreviation courts use
    ("due Sept. 30, 2025", dt.date(2025, 9, 30)),
    # numeric month/day/year
    ("Filed 8/7/2025", AUG7),
    # ECF stamp style, two-digit year, zero padded
    ("Filed 07/08/25", dt.date(2025, 7, 8)),
    # the formal "day of" phrase of signature blocks
    ("Dated this 7th day of August, 2025.", AUG7),
    # upper case in a caption
    ("DATE: AUGUST 7, 2025", AUG7),
    # day-first (military and foreign style)
    ("signed 7 August 2025", AUG7),
    # a two-digit year before the ECF era belongs to the 1900s
    ("received 12/01/98", dt.date(1998, 12, 1)),
]


@pytest.mark.parametrize(("text", "expected"), DATE_ROWS)
def test_date_phrases_are_read(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


NOT_DATES = [
    # a case number is not a date
    "Case No. 3:25-cv-05536-VC",
    # hyphenated docket references with short years misled a plain numeric pattern
    "See Docs. 19798-1, -2 and 12-3-45.",
    # February 30 does not exist
    "February 30, 2025",
    # a statute section
    "42 U.S.C. § 1396a(a)(7)",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_things_that_look_like_dates_are_not(text: str) -> None:
    assert find_dates(text) == []


def test_found_dates_keep_their_span_and_text() -> None:
    text = "Opposition due July 16, 2025; reply due 7/23/2025."
    found = find_dates(text)
    assert [(f.date, text[f.start : f.end]) for f in found] == [
        (dt.date(2025, 7, 16), "July 16, 2025"),
        (dt.date(2025, 7, 23), "7/23/2025"),
    ]


STATE_ROWS = [
    # a State as captions print it
    ("STATE OF CALIFORNIA", ("State of California", "CA")),
    # the four Commonwealths keep their style
    ("COMMONWEALTH OF MASSACHUSETTS", ("Commonwealth of Massachusetts", "MA")),
    # New York sues as "the People"
    ("THE PEOPLE OF THE STATE OF NEW YORK", ("People of the State of New York", "NY")),
    # the District is a plaintiff in multistate suits, with a USPS code
    ("DISTRICT OF COLUMBIA", ("District of Columbia", "DC")),
    # "West Virginia" is not "Virginia"
    ("State of West Virginia", ("State of West Virginia", "WV")),
    # a State's name split over two caption lines
    ("STATE OF NEW\nMEXICO", ("State of New Mexico", "NM")),
]


@pytest.mark.parametrize(("text", "expected"), STATE_ROWS)
def test_state_parties_are_named_and_coded(text: str, expected: tuple[str, str]) -> None:
    assert party_state(text) == expected


def test_state_codes_round_trip() -> None:
    assert state_code("rhode island") == "RI"
    assert state_name("RI") == "Rhode Island"
    assert state_code("Atlantis") is None
