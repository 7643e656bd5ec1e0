"""Document types from titles and bodies (docs/architecture.md conventions)."""

from __future__ import annotations

import pytest

from casetracker.extract.doctype import doc_type, is_proposed
from casetracker.models import DocType
from tests.test_extract_factories import pages

TITLE_ROWS = [
    # a notice of motion is the motion
    ("PLAINTIFFS' NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION", DocType.MOTION),
    # an ex parte application is a motion
    ("EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER", DocType.MOTION),
    # the memorandum decides nothing: what it opposes does
    ("MEMORANDUM OF POINTS AND AUTHORITIES IN OPPOSITION TO MOTION TO DISMISS", DocType.OPPOSITION),
    ("DEFENDANTS' RESPONSE IN OPPOSITION TO MOTION FOR SUMMARY JUDGMENT", DocType.OPPOSITION),
    ("REPLY IN SUPPORT OF MOTION TO COMPEL", DocType.REPLY),
    # an order deciding a motion is an order, whatever it names after
    ("ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR PRELIMINARY INJUNCTION", DocType.ORDER),
    # an opinion and a minute form are the court's record of a decision
    ("OPINION", DocType.ORDER),
    ("CIVIL MINUTES - GENERAL", DocType.ORDER),
    ("FIRST AMENDED COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF", DocType.AMENDED_COMPLAINT),
    ("COMPLAINT FOR DAMAGES; DEMAND FOR JURY TRIAL", DocType.COMPLAINT),
    ("DEFENDANTS' ANSWER TO FIRST AMENDED COMPLAINT", DocType.ANSWER),
    # "ANSWERING BRIEF" is a brief, not an answer
    ("APPELLEES' ANSWERING BRIEF", DocType.BRIEF),
    ("BRIEF OF AMICI CURIAE STATES OF NEW YORK AND ILLINOIS", DocType.BRIEF),
    ("NOTICE OF APPEAL", DocType.NOTICE),
    # a notice about a motion (errata, withdrawal) is a notice, not the motion
    (
        "PLAINTIFF STATES' NOTICE OF ERRATA TO THEIR MOTION FOR PRELIMINARY INJUNCTION",
        DocType.NOTICE,
    ),
    ("NOTICE OF WITHDRAWAL OF MOTION TO COMPEL", DocType.NOTICE),
    ("NOTICE OF RENEWED MOTION AND MOTION TO DISMISS", DocType.MOTION),
    ("CLERK'S NOTICE RESETTING CASE MANAGEMENT CONFERENCE", DocType.NOTICE),
    (
        "DECLARATION OF JANE ROE IN SUPPORT OF MOTION FOR PRELIMINARY INJUNCTION",
        DocType.DECLARATION,
    ),
    ("FINAL JUDGMENT", DocType.JUDGMENT),
    # a party's draft order is not an order of the court
    ("[PROPOSED] ORDER GRANTING MOTION TO DISMISS", DocType.OTHER),
    # a title without any keyword is still a paper of some kind
    ("JOINT CASE MANAGEMENT STATEMENT", DocType.OTHER),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_ROWS)
def test_title_decides_doc_type(title: str, expected: DocType) -> None:
    assert doc_type(title, ()) is expected


SIGNED = "IT IS SO ORDERED.\nDated: July 11, 2025\nVINCE CHHABRIA\nUnited States District Judge"
UNSIGNED = "IT IS SO ORDERED.\nDated: ____________\nUnited States District Judge"


def test_stipulation_with_order_is_an_order_only_once_signed() -> None:
    title = "STIPULATION AND [PROPOSED] ORDER EXTENDING TIME"
    assert doc_type(title, pages(SIGNED)) is DocType.ORDER
    assert doc_type(title, pages(UNSIGNED)) is DocType.STIPULATION


def test_untitled_paper_is_read_from_its_body() -> None:
    assert doc_type(None, pages("The motion is denied.\nIT IS SO ORDERED.")) is DocType.ORDER
    assert doc_type(None, pages("March 3, 2025\nDear Judge Roe:\nWe write …")) is DocType.LETTER
    assert doc_type(None, pages("Some text with no marks.")) is None


def test_proposed_is_recognised_in_its_spellings() -> None:
    assert is_proposed("[PROPOSED] ORDER")
    assert is_proposed("(Proposed) Order Granting Stipulation")
    assert not is_proposed("ORDER GRANTING STIPULATION")


def test_title_without_type_is_an_order_when_the_court_decrees_and_signs() -> None:
    # E.D. Pa.'s bare "MEMORANDUM" with its "AND NOW … it is ORDERED" order
    signed = "AND NOW, it is ORDERED that the Motion is GRANTED.\nBY THE COURT:\n/s/ Jane Roe"
    assert doc_type("MEMORANDUM", pages(signed)) is DocType.ORDER
    # a party's paper quoting the court's order has no judge's signature
    quoted = "The Court's order said it is ORDERED that a report be filed.\nRespectfully submitted,"
    assert doc_type("DEFENDANTS' STATUS REPORT", pages(quoted)) is DocType.OTHER
