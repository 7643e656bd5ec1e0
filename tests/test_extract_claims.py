"""Counts of a complaint: the heading forms courts see, their titles, numbers and pages."""

from __future__ import annotations

import pytest

from casetracker.extract.claims import find_claims, roman
from tests.test_extract_factories import pages, source

APA = """52. Plaintiffs incorporate the paragraphs above.
FIRST CLAIM FOR RELIEF
(Violation of the APA, 5 U.S.C. § 706(2)(A) — Arbitrary and
Capricious)
(Against All Defendants)
53. The APA requires reasoned decision-making.
"""

ROWS = [
    # heading, then a parenthesised title wrapped over two lines; "(Against …)" is not title
    (APA, [(1, "Violation of the APA, 5 U.S.C. § 706(2)(A) — Arbitrary and Capricious")]),
    # "COUNT II" with the title after a colon on the same line
    ("COUNT II: Breach of Contract\n20. Acme agreed.\n", [(2, "Breach of Contract")]),
    # Arabic numerals and an em dash
    ("Count 3 — Unjust Enrichment\n30. In the alternative.\n", [(3, "Unjust Enrichment")]),
    # "CLAIM ONE" with the title on the next line, unparenthesised
    (
        "CLAIM ONE\nViolation of the Privacy Act, 5 U.S.C. § 552a\n40. The Act bars.\n",
        [(1, "Violation of the Privacy Act, 5 U.S.C. § 552a")],
    ),
    # California style "CAUSE OF ACTION"
    (
        "SECOND CAUSE OF ACTION\n(Negligence — Against All Defendants)\n41. Defendants owed.\n",
        [(2, "Negligence — Against All Defendants")],
    ),
    # a title wrapped after a colon reads on; "(Against …)" still ends it
    (
        "Claim II\nFourth Amendment, 42 U.S.C. § 1983:\nUnreasonable Seizure of Records\n"
        "(Against All Defendants)\n45. The States repeat.\n",
        [(2, "Fourth Amendment, 42 U.S.C. § 1983: Unreasonable Seizure of Records")],
    ),
    # a title wrapped after a joining word reads on
    (
        "COUNT FOUR\nViolation of the Separation of\nPowers\n60. Congress holds.\n",
        [(4, "Violation of the Separation of Powers")],
    ),
    # a table of contents line with dot leaders is not a count
    ("FIRST CLAIM FOR RELIEF ........ 23\n", []),
    # a count named in running text is not a heading
    ("Plaintiffs are likely to succeed on their first claim for relief under the APA.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_count_headings_and_titles(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.number, c.title) for c in find_claims(pages(text))] == expected


def test_claim_source_spans_heading_and_title_on_its_page() -> None:
    claims = find_claims(pages("Intro.\n", APA))
    quoted = (
        "FIRST CLAIM FOR RELIEF\n"
        "(Violation of the APA, 5 U.S.C. § 706(2)(A) — Arbitrary and\nCapricious)"
    )
    assert claims[0].source == source(APA, quoted, page=2)


def test_table_of_contents_then_body_keeps_the_body_heading() -> None:
    toc = "TABLE OF CONTENTS\nCOUNT I  Violation of the APA      14\n"
    body = "COUNT I\n(Violation of the APA)\n60. Plaintiffs repeat.\n"
    claims = find_claims(pages(toc, body))
    assert [(c.number, c.title, c.source.page) for c in claims] == [(1, "Violation of the APA", 2)]


def test_roman_numerals() -> None:
    assert [roman(x) for x in ("I", "IV", "IX", "XIV", "XL")] == [1, 4, 9, 14, 40]
    assert roman("ONE") is None
