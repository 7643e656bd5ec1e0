"""Relief: prayer items, a motion's requests, an order's dispositions, and their categories."""

from __future__ import annotations

import pytest

from casetracker.extract import extract_facts
from casetracker.extract.relief import categorize, find_prayer
from casetracker.models import Disposition, ReliefKind
from tests.test_extract_factories import pages, source

K = ReliefKind

CATEGORY_ROWS = [
    ("Declare that the policy is unlawful", K.DECLARATORY),
    ("Vacate and set aside the data-sharing policy under 5 U.S.C. § 706(2)", K.VACATUR),
    ("Preliminarily and permanently enjoin Defendants from sharing the data", K.INJUNCTION),
    ("Temporarily restrain Acme from using the source code", K.INJUNCTION),
    # "bar" asks the same as "enjoin"
    ("The request to bar all sharing of the data is DENIED.", K.INJUNCTION),
    ("Order DHS to sequester all records in its possession", K.IMPOUNDMENT),
    ("Order DHS to destroy all such records and certify the destruction", K.DESTRUCTION),
    # an item asking both keeps the first one it asks
    ("Order Defendants to impound and then destroy every copy", K.IMPOUNDMENT),
    ("Order Defendants to purge the records, after segregating them", K.DESTRUCTION),
    ("Award Plaintiffs their costs and reasonable attorneys' fees", K.FEES),
    ("Grant such other and further relief as the Court deems just and proper", K.OTHER),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORY_ROWS)
def test_relief_category_follows_what_is_asked(text: str, expected: ReliefKind) -> None:
    assert categorize(text) is expected


PRAYER_P1 = """PRAYER FOR RELIEF
WHEREFORE, Plaintiffs respectfully request that the Court:
a. Declare that the transfer of the data is unlawful;
b. Vacate and set aside the policy;
c. Enjoin Defendants from sharing the data with any
other agency;
"""
PRAYER_P2 = """d. Award Plaintiffs their costs; and
e. Grant such other relief as the Court deems proper.
Dated: July 1, 2025 Respectfully submitted,
/s/ Jane Roe
"""


def test_prayer_items_run_over_a_page_break_to_the_signature() -> None:
    relief = find_prayer(pages(PRAYER_P1, PRAYER_P2))
    assert [(r.label, r.category, r.source.page) for r in relief] == [
        ("a", K.DECLARATORY, 1),
        ("b", K.VACATUR, 1),
        ("c", K.INJUNCTION, 1),
        ("d", K.FEES, 2),
        ("e", K.OTHER, 2),
    ]
    # an item wrapped over two lines is one item, quoted from its page
    assert relief[2].text == "Enjoin Defendants from sharing the data with any other agency;"
    assert relief[2].source == source(
        PRAYER_P1, "c. Enjoin Defendants from sharing the data with any\nother agency;"
    )


def test_parenthesised_and_numbered_prayers() -> None:
    text = "REQUEST FOR RELIEF\n(1) Enjoin the rule;\n(2) Award fees.\nDEMAND FOR JURY TRIAL\n"
    assert [(r.label, r.category) for r in find_prayer(pages(text))] == [
        ("1", K.INJUNCTION),
        ("2", K.FEES),
    ]


def test_nested_sub_items_stay_inside_their_item() -> None:
    text = (
        "PRAYER FOR RELIEF\nA. Enjoin Defendants from:\n1. sharing the data; and\n"
        "2. using the data;\nB. Award costs.\nDated: May 1, 2025\n"
    )
    relief = find_prayer(pages(text))
    assert [r.label for r in relief] == ["A", "B"]
    assert "using the data" in relief[0].text


def test_roman_numbered_prayer_keeps_lettered_sub_items_inside_their_item() -> None:
    text = (
        "PRAYER FOR RELIEF\nPlaintiff asks the Court to:\n(i) declare the rule unlawful;\n"
        "(ii) enjoin Defendants from:\n(a) enforcing the rule; and\n(b) relying on it;\n"
        "(iii) award costs; and\n(iv) grant any further relief.\nDated: May 1, 2025\n"
    )
    relief = find_prayer(pages(text))
    assert [(r.label, r.category) for r in relief] == [
        ("i", K.DECLARATORY),
        ("ii", K.INJUNCTION),
        ("iii", K.FEES),
        ("iv", K.OTHER),
    ]
    assert "relying on it" in relief[1].text


@pytest.mark.parametrize("letters", ["abcdefghij", "ABCDEFGHIJ"])
def test_a_lettered_prayer_that_reaches_i_stays_lettered(letters: str) -> None:
    text = "PRAYER FOR RELIEF\n" + "".join(f"({c}) award item {c};\n" for c in letters)
    relief = find_prayer(pages(text + "Dated: May 1, 2025\n"))
    assert [r.label for r in relief] == list(letters)
    dotted = "PRAYER FOR RELIEF\n" + "".join(f"{c}. award item {c};\n" for c in letters)
    assert [r.label for r in find_prayer(pages(dotted + "Dated: May 1, 2025\n"))] == list(letters)


def test_an_upper_case_roman_prayer_is_one_item_per_numeral() -> None:
    text = (
        "PRAYER FOR RELIEF\nWHEREFORE, Plaintiffs respectfully request that the Court:\n"
        "I. Declare that the transfer of Medicaid data to DHS was unlawful;\n"
        "II. Enjoin HHS from sharing Medicaid data with DHS;\n"
        "III. Order DHS to impound every copy of the data; and\n"
        "IV. Award Plaintiffs their costs and reasonable attorneys' fees.\nDated: July 1, 2025\n"
    )
    relief = find_prayer(pages(text))
    assert [(r.label, r.category) for r in relief] == [
        ("I", K.DECLARATORY),
        ("II", K.INJUNCTION),
        ("III", K.IMPOUNDMENT),
        ("IV", K.FEES),
    ]


CAPTION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
JOHN DOE, ) Case No. 3:24-cv-01234-ABC
 Plaintiff, ) {title}
 v. )
ACME CORP., )
 Defendant. )
"""


def test_motion_enumerated_request_gives_one_item_each() -> None:
    text = CAPTION.format(title="MOTION FOR PRELIMINARY INJUNCTION") + (
        "Plaintiff asks the Court to (1) enjoin Acme from using the data; (2) order Acme to "
        "sequester every copy; and (3) award costs.\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [(r.label, r.category, r.text) for r in relief] == [
        ("1", K.INJUNCTION, "enjoin Acme from using the data"),
        ("2", K.IMPOUNDMENT, "order Acme to sequester every copy"),
        ("3", K.FEES, "award costs"),
    ]


def test_motion_request_in_one_sentence_and_history_ignored() -> None:
    text = CAPTION.format(title="MOTION TO STAY PROCEEDINGS") + (
        "On May 1, 2024, Plaintiff moved for a stay of discovery.\n"
        "Plaintiff respectfully requests that the Court stay all proceedings pending appeal.\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [r.text for r in relief] == [
        "Plaintiff respectfully requests that the Court stay all proceedings pending appeal."
    ]


def test_order_dispositions_are_tied_to_what_they_decide() -> None:
    text = CAPTION.format(title="ORDER ON MOTIONS") + (
        "For the reasons above, the motion to dismiss is GRANTED IN PART and DENIED IN PART. "
        "Plaintiff's motion to strike is DENIED. The motion to seal is DENIED AS MOOT. "
        "As noted, the motion to dismiss is granted in part.\nIT IS SO ORDERED.\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [r.disposition for r in relief] == [
        Disposition.GRANTED_IN_PART,
        Disposition.DENIED,
        Disposition.MOOT,
    ]


def test_order_decretal_list_items_that_decide_are_relief() -> None:
    text = CAPTION.format(title="ORDER GRANTING IN PART MOTION FOR PRELIMINARY INJUNCTION") + (
        "Accordingly, the Court orders as follows:\n"
        "1. Acme is enjoined from using the data. The request for this relief is GRANTED.\n"
        "2. The request that Acme destroy the data is DENIED.\n"
        "3. Acme shall file a status report within 14 days of the date of this Order.\n"
        "IT IS SO ORDERED.\nDated: March 3, 2025\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [(r.label, r.category, r.disposition) for r in relief] == [
        ("1", K.INJUNCTION, Disposition.GRANTED),
        ("2", K.DESTRUCTION, Disposition.DENIED),
    ]


def test_proposed_order_items_are_requests_without_disposition() -> None:
    text = CAPTION.format(title="[PROPOSED] ORDER GRANTING MOTION") + (
        "Good cause appearing, the motion is GRANTED, and the Court ORDERS as follows:\n"
        "1. Acme is enjoined from using the data.\n"
        "2. Acme shall sequester all copies.\n"
        "IT IS SO ORDERED.\nDated: ____________\n"
    )
    facts = extract_facts(pages(text))
    assert facts.is_proposed
    assert [(r.label, r.category, r.disposition) for r in facts.relief] == [
        ("1", K.INJUNCTION, None),
        ("2", K.IMPOUNDMENT, None),
    ]


def test_order_title_disposes_when_the_body_does_not() -> None:
    text = CAPTION.format(title="ORDER GRANTING PLAINTIFF'S APPLICATION FOR A TRO") + (
        "The Court finds good cause for a temporary restraining order.\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [(r.category, r.disposition) for r in relief] == [(K.INJUNCTION, Disposition.GRANTED)]


def test_hypothetical_grant_is_not_a_disposition() -> None:
    text = CAPTION.format(title="ORDER FOR SUPPLEMENTAL BRIEFING") + (
        "The parties shall address what relief would be appropriate if the motion is granted "
        "in any part.\n"
    )
    assert extract_facts(pages(text)).relief == ()


def test_a_decretal_paragraph_that_enjoins_grants_and_a_vacated_hearing_decides_nothing() -> None:
    text = CAPTION.format(title="ORDER ON MOTION FOR PRELIMINARY INJUNCTION") + (
        "The motion is granted in part, and the Court ORDERS as follows:\n"
        "1. Acme and its officers are PRELIMINARILY ENJOINED from selling the data.\n"
        "2. The request that Acme delete the data is DENIED.\n"
        "3. The hearing set for June 3, 2025 is VACATED.\n"
        "IT IS SO ORDERED.\nDated: May 20, 2025\n"
    )
    relief = extract_facts(pages(text)).relief
    assert [(r.label, r.category, r.disposition) for r in relief] == [
        ("1", K.INJUNCTION, Disposition.GRANTED),
        ("2", K.DESTRUCTION, Disposition.DENIED),
    ]
