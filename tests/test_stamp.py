"""The header-stamp parser: a table of stamps from many courts, and the filing's stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.extract.stamp import filing_stamp, parse_stamp, stamp_spans
from casetracker.models import PageText, Source, Stamp


def stamp(
    line: str,
    case: str,
    entry: int | None,
    filed: dt.date | None,
    page: int | None,
    count: int | None,
    *,
    attachment: int | None = None,
    page_id: str | None = None,
    level: str = "district",
) -> Stamp:
    """The Stamp expected from a page whose only line is `line` (read as page 1)."""
    return Stamp(
        case_number=case,
        docket_entry=entry,
        attachment=attachment,
        filed=filed,
        page=page,
        page_count=count,
        page_id=page_id,
        court_level=level,
        source=Source(page=1, text=line, start=0, end=len(line)),
    )


D = dt.date

ROWS: list[tuple[str, Stamp]] = [
    # N.D. Cal., our own case: the plain district form with a two-digit year.
    (
        line := "Case 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page 2 of 31",
        stamp(line, "3:25-cv-05536-VC", 44, D(2025, 7, 8), 2, 31),
    ),
    # An attachment: "44-2" is entry 44, attachment 2.
    (
        line := "Case 3:25-cv-05536-VC Document 44-2 Filed 07/08/25 Page 1 of 3",
        stamp(line, "3:25-cv-05536-VC", 44, D(2025, 7, 8), 1, 3, attachment=2),
    ),
    # C.D. Cal.: two judges' initials and "Page ID #:".
    (
        line := "Case 2:17-cv-01234-ABC-DEF Document 40 Filed 04/05/17 Page 1 of 9 Page ID #:365",
        stamp(line, "2:17-cv-01234-ABC-DEF", 40, D(2017, 4, 5), 1, 9, page_id="365"),
    ),
    # D.N.J.: "PageID:" with a space before the number.
    (
        line := "Case 1:19-cv-12345-NLH-AMD Document 32 Filed 03/18/20 Page 3 of 27 PageID: 263",
        stamp(line, "1:19-cv-12345-NLH-AMD", 32, D(2020, 3, 18), 3, 27, page_id="263"),
    ),
    # N.D. Ill.: colons after the labels and "Document #:".
    (
        line := "Case: 1:20-cv-00123 Document #: 45 Filed: 02/03/20 Page 1 of 5 PageID #:678",
        stamp(line, "1:20-cv-00123", 45, D(2020, 2, 3), 1, 5, page_id="678"),
    ),
    # Upper-case case type and lower-case initials are normalised; four-digit year.
    (
        line := "Case 3:25-CV-05536-vc Document 7 Filed 07/08/2025 Page 1 of 2",
        stamp(line, "3:25-cv-05536-VC", 7, D(2025, 7, 8), 1, 2),
    ),
    # N.D. Tex.: "PageID" without a colon; a single-letter judge suffix.
    (
        line := "Case 3:21-cv-00456-X Document 12 Filed 05/06/21 Page 4 of 10 PageID 88",
        stamp(line, "3:21-cv-00456-X", 12, D(2021, 5, 6), 4, 10, page_id="88"),
    ),
    # S.D. Tex.: "Filed on … in TXSD".
    (
        line := "Case 4:20-cv-01234 Document 5 Filed on 02/03/20 in TXSD Page 1 of 5",
        stamp(line, "4:20-cv-01234", 5, D(2020, 2, 3), 1, 5),
    ),
    # D. Colo.: "Case No.", lower-case "filed", "USDC Colorado", "pg".
    (
        line := "Case No. 1:20-cv-00123-RBJ Document 5 filed 02/03/20 USDC Colorado pg 1 of 5",
        stamp(line, "1:20-cv-00123-RBJ", 5, D(2020, 2, 3), 1, 5),
    ),
    # M.D. Fla.: a judge suffix with digits ("T-36AEP").
    (
        line := "Case 8:20-cv-00123-T-36AEP Document 9 Filed 02/03/20 Page 2 of 7 PageID 45",
        stamp(line, "8:20-cv-00123-T-36AEP", 9, D(2020, 2, 3), 2, 7, page_id="45"),
    ),
    # A criminal case type and a century-old two-digit year (1999).
    (
        line := "Case 1:99-cr-00042-JFK Document 101 Filed 11/30/99 Page 1 of 4",
        stamp(line, "1:99-cr-00042-JFK", 101, D(1999, 11, 30), 1, 4),
    ),
    # Bankruptcy: no office prefix, "Doc", an "Entered" date: still district level.
    (
        line := "Case 19-12345-abc Doc 45 Filed 01/02/20 Entered 01/02/20 12:34:56 Desc Main "
        "Document Page 1 of 5",
        stamp(line, "19-12345-ABC", 45, D(2020, 1, 2), 1, 5),
    ),
    # 9th Cir.: commas, unlabelled date, "ID:" is a document id, "DktEntry:" the entry.
    (
        line := "Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15",
        stamp(line, "20-16276", 19, D(2020, 8, 5), 1, 15, level="appellate"),
    ),
    # 2d Cir.: "Document 1-1", unlabelled date, "Page1" without a space.
    (
        line := "Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2",
        stamp(line, "17-3510", 1, D(2017, 10, 31), 1, 2, attachment=1, level="appellate"),
    ),
    # 4th Cir.: "USCA4 Appeal:", "Doc:", "Pg:".
    (
        line := "USCA4 Appeal: 20-1234 Doc: 12 Filed: 02/03/2020 Pg: 1 of 5",
        stamp(line, "20-1234", 12, D(2020, 2, 3), 1, 5, level="appellate"),
    ),
    # D.C. Cir.: "Document #1834567" is a document id, too long to be a docket entry.
    (
        line := "USCA Case #20-5123 Document #1834567 Filed: 02/03/2020 Page 1 of 5",
        stamp(line, "20-5123", None, D(2020, 2, 3), 1, 5, level="appellate"),
    ),
    # 7th Cir.: "Pages: 5" is the count alone, no page number.
    (
        line := "Case: 20-1234 Document: 12 Filed: 02/03/2020 Pages: 5",
        stamp(line, "20-1234", 12, D(2020, 2, 3), None, 5, level="appellate"),
    ),
    # 8th Cir.: "Appellate Case:", page before the date, an "Entry ID" that is not an entry.
    (
        line := "Appellate Case: 20-1234 Page: 1 Date Filed: 02/03/2020 Entry ID: 4876543",
        stamp(line, "20-1234", None, D(2020, 2, 3), 1, None, level="appellate"),
    ),
    # 1st Cir.: an eleven-digit "Document:" is an id, not an entry.
    (
        line := "Case: 20-1234 Document: 00117612345 Page: 1 Date Filed: 07/01/2020 "
        "Entry ID: 6349612",
        stamp(line, "20-1234", None, D(2020, 7, 1), 1, None, level="appellate"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ROWS, ids=[row[1].case_number for row in ROWS])
def test_stamp_line_is_read_field_by_field(line: str, expected: Stamp) -> None:
    assert parse_stamp(line, 1) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A caption's case number has no entry, date or page: not a stamp.
        "Case No. 3:25-cv-05536-VC",
        # Body prose citing a case and a date, without a stamp's fields.
        "In Case 3:20-cv-01234 the court ruled on 07/08/20 for the defendants.",
        # A page with no stamp at all.
        "ORDER GRANTING MOTION TO DISMISS\nIT IS SO ORDERED.",
    ],
)
def test_text_that_only_mentions_a_case_is_not_a_stamp(text: str) -> None:
    assert parse_stamp(text, 1) is None


def test_stamp_source_points_into_the_raw_page_text() -> None:
    raw = "ORDER\nCase 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page 2 of 31\n"
    found = parse_stamp(raw, 2)
    assert found is not None
    assert found.source.page == 2
    assert raw[found.source.start : found.source.end] == found.source.text  # type: ignore[misc]
    assert found.source.text.startswith("Case 3:25")


def test_stamp_drawn_twice_on_one_line_reads_as_one() -> None:
    one = "Case 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page 2 of 31"
    assert stamp_spans(f"{one} {one}") == [(0, len(one)), (len(one) + 1, 2 * len(one) + 1)]
    found = parse_stamp(f"{one} {one}", 1)
    assert found is not None
    assert found.source.text == one


def _page(number: int, raw: str) -> PageText:
    return PageText(number=number, text="", raw=raw)


def test_filing_stamp_is_the_majority_over_pages() -> None:
    main = "Case 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page {} of 4"
    # Page 3 is an exhibit re-filed from another case: it carries that case's stamp.
    other = "Case 1:19-cv-00001-AB Document 9 Filed 01/02/19 Page 1 of 1"
    pages = [
        _page(1, "caption\n" + main.format(1)),
        _page(2, main.format(2)),
        _page(3, other + "\n" + main.format(3)),
        _page(4, "no stamp on this page"),
    ]
    found = filing_stamp(pages)
    assert found is not None
    assert (found.case_number, found.docket_entry, found.page) == ("3:25-cv-05536-VC", 44, 1)


def test_filing_stamp_is_none_without_any_stamp() -> None:
    assert filing_stamp([_page(1, "IN THE UNITED STATES DISTRICT COURT")]) is None


def test_filing_stamp_falls_back_to_clean_text_when_raw_is_empty() -> None:
    line = "Case 2:17-cv-01234-ABC Document 3 Filed 04/05/17 Page 1 of 1"
    found = filing_stamp([PageText(number=1, text=line)])
    assert found is not None and found.docket_entry == 3
