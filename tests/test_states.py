"""Plaintiff States: joining and leaving, counsel from signature blocks, orders binding them."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.board import parse_counsel_offices, states_view
from casetracker.models import Disposition, DocType, ReliefKind
from tests.test_board_factories import ORIGINAL_STATES, filing, plaintiffs, relief

# Signature blocks written for these tests (not copied from any filing).
SIGNATURES = """Dated: July 1, 2025            Respectfully submitted,
ROB BONTA
Attorney General of California
/s/ Jane Roe
Deputy Attorney General
KWAME RAOUL, Attorney General for the State of Illinois
ANDREA JOY CAMPBELL
ATTORNEY GENERAL OF THE COMMONWEALTH OF MASSACHUSETTS
By: /s/ John Doe, Assistant Attorney General
Nevada Attorney General
Attorney General of New
Mexico
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The usual "NAME, Attorney General of <State>" line.
        ("ROB BONTA, Attorney General of California", [("CA", "Attorney General of California")]),
        # "for the State of", and a two-word State.
        ("Attorney General for the State of New York", [("NY", "Attorney General of New York")]),
        # A Commonwealth, in capitals.
        ("ATTORNEY GENERAL OF THE COMMONWEALTH OF MASSACHUSETTS",
         [("MA", "Attorney General of Massachusetts")]),
        # The District of Columbia keeps its article.
        ("Attorney General for the District of Columbia",
         [("DC", "Attorney General of the District of Columbia")]),
        # "West Virginia" is not read as "Virginia".
        ("Attorney General of West Virginia", [("WV", "Attorney General of West Virginia")]),
        # A person's title names no State: nothing.
        ("Jane Roe, Deputy Attorney General", []),
        # The federal Attorney General is not a State's counsel.
        ("PAMELA BONDI, Attorney General of the United States", []),
    ],
)  # fmt: skip
def test_counsel_office_is_read_from_signature_lines(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.state, o.office) for o in parse_counsel_offices(text)] == expected


def test_counsel_offices_keep_their_source_span_and_first_mention() -> None:
    offices = parse_counsel_offices(SIGNATURES, page=42)
    assert [o.state for o in offices] == ["CA", "IL", "MA", "NV", "NM"]
    ca = offices[0]
    assert ca.source.page == 42
    assert SIGNATURES[ca.source.start : ca.source.end] == ca.source.text
    assert ca.source.text == "Attorney General of California"


COMPLAINT = filing(1, 1, "2025-07-01", "COMPLAINT", DocType.COMPLAINT,
                   parties=plaintiffs(ORIGINAL_STATES), pages=("caption", SIGNATURES))  # fmt: skip
PI_ORDER = filing(
    2, 98, "2025-08-12", "ORDER GRANTING IN PART MOTION FOR PRELIMINARY INJUNCTION",
    DocType.ORDER,
    reliefs=(relief("DHS may not use the plaintiff States' Medicaid data for immigration "
                    "enforcement", ReliefKind.INJUNCTION, disposition=Disposition.GRANTED),),
)  # fmt: skip
AMENDED = filing(3, 105, "2025-08-28", "FIRST AMENDED COMPLAINT", DocType.AMENDED_COMPLAINT,
                 parties=plaintiffs((*ORIGINAL_STATES, "WI")),
                 pages=("ATTORNEY GENERAL OF WISCONSIN",))  # fmt: skip
RENEWED_ORDER = filing(
    4, 140, "2025-12-29", "ORDER GRANTING IN PART RENEWED MOTION", DocType.ORDER,
    reliefs=(relief("HHS may not share the data beyond six basic categories",
                    ReliefKind.INJUNCTION, disposition=Disposition.GRANTED_IN_PART),),
)  # fmt: skip
DENIAL = filing(5, 150, "2026-02-01", "ORDER DENYING MOTION TO ENFORCE", DocType.ORDER)


def test_a_state_joining_by_amendment_is_bound_only_by_later_orders() -> None:
    view = {s.code: s for s in states_view([RENEWED_ORDER, AMENDED, DENIAL, PI_ORDER, COMPLAINT])}
    assert list(view)[:2] == ["CA", "AZ"] and list(view)[-1] == "WI"
    assert len(view) == 21
    wi, ca = view["WI"], view["CA"]
    assert (wi.joined_filing, wi.joined_entry, wi.joined_on) == (3, 105, dt.date(2025, 8, 28))
    assert (ca.joined_filing, ca.joined_entry) == (1, 1)
    assert [o.docket_entry for o in ca.bound_by] == [98, 140]  # a denial binds no one
    assert [o.docket_entry for o in wi.bound_by] == [140]  # not a plaintiff on Aug 12
    assert wi.counsel == "Attorney General of Wisconsin"
    assert ca.counsel == "Attorney General of California"
    assert ca.counsel_source is not None and ca.counsel_source.page == 2
    assert view["AZ"].counsel is None  # its block is not in the pages given: unknown, not guessed
    assert all(s.is_plaintiff for s in view.values())


def test_a_state_dropped_from_a_full_caption_has_left() -> None:
    without_vermont = tuple(c for c in ORIGINAL_STATES if c != "VT")
    second = filing(6, 160, "2026-03-01", "SECOND AMENDED COMPLAINT", DocType.AMENDED_COMPLAINT,
                    parties=plaintiffs(without_vermont))  # fmt: skip
    later = filing(
        7, 170, "2026-04-01", "ORDER GRANTING MOTION TO ENFORCE INJUNCTION", DocType.ORDER
    )
    view = {s.code: s for s in states_view([COMPLAINT, second, later])}
    vt = view["VT"]
    assert (vt.left_filing, vt.left_entry, vt.left_on) == (6, 160, dt.date(2026, 3, 1))
    assert not vt.is_plaintiff
    assert [o.docket_entry for o in vt.bound_by] == []
    assert [o.docket_entry for o in view["CA"].bound_by] == [170]


def test_an_abbreviated_caption_does_not_drop_the_other_states() -> None:
    et_al = filing(6, 160, "2026-03-01", "SECOND AMENDED COMPLAINT", DocType.AMENDED_COMPLAINT,
                   parties=plaintiffs(("CA",)))  # fmt: skip
    view = states_view([COMPLAINT, et_al])
    assert len(view) == 20 and all(s.is_plaintiff for s in view)


def test_an_order_naming_states_binds_only_those() -> None:
    narrow = filing(
        8, 99, "2025-08-20", "ORDER GRANTING MOTION", DocType.ORDER,
        reliefs=(relief("the injunction applies to California and Oregon only",
                        ReliefKind.INJUNCTION, disposition=Disposition.GRANTED),),
    )  # fmt: skip
    bound = {s.code for s in states_view([COMPLAINT, narrow]) if s.bound_by}
    assert bound == {"CA", "OR"}
