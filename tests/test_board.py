"""The status board replayed over our suit's docket, asserted after each filing."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.board import Board, DocketFiling, Override, RowKind, Status, build_board
from casetracker.models import DeadlineKind, Disposition, DocType, ReliefKind
from tests.test_board_factories import (
    COUNTS,
    ORIGINAL_STATES,
    PRAYER,
    deadline,
    filing,
    plaintiffs,
    relief,
)

S = Status
INJ = ReliefKind.INJUNCTION

COMPLAINT = filing(
    1, 1, "2025-07-01", "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF", DocType.COMPLAINT,
    parties=plaintiffs(ORIGINAL_STATES), claims=COUNTS, reliefs=PRAYER,
)  # fmt: skip
MOTION = filing(
    2, 20, "2025-07-08", "PLAINTIFF STATES' NOTICE OF MOTION AND MOTION FOR PRELIMINARY "
    "INJUNCTION", DocType.MOTION,
    reliefs=(
        relief("enjoining HHS from sharing the States' Medicaid data with DHS", INJ, page=2),
        relief("enjoining DHS from using that data for immigration enforcement", INJ, page=2),
        relief("requiring DHS to impound the data it already holds", ReliefKind.IMPOUNDMENT,
               page=2),
    ),
    deadlines=(deadline("2025-08-07", DeadlineKind.HEARING,
                        "Hearing: August 7, 2025 at 10:00 a.m., Courtroom 4"),),
)  # fmt: skip
OPPOSITION = filing(
    3, 40, "2025-07-22", "DEFENDANTS' OPPOSITION TO PLAINTIFFS' MOTION FOR PRELIMINARY "
    "INJUNCTION", DocType.OPPOSITION,
)  # fmt: skip
REPLY = filing(
    4, 50, "2025-07-29", "REPLY IN SUPPORT OF MOTION FOR PRELIMINARY INJUNCTION", DocType.REPLY
)
ORDER = filing(
    5, 98, "2025-08-12", "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR PRELIMINARY "
    "INJUNCTION", DocType.ORDER,
    reliefs=(
        relief("DHS may not use the plaintiff States' Medicaid data for immigration "
               "enforcement", INJ, page=20, disposition=Disposition.GRANTED),
        relief("HHS may not share that data with DHS for that purpose", INJ, page=20,
               disposition=Disposition.GRANTED),
        relief("The request for a declaration at this stage is denied", ReliefKind.DECLARATORY,
               page=21, disposition=Disposition.DENIED),
    ),
    deadlines=(deadline(None, DeadlineKind.COMPLIANCE,
                        "The injunction lasts until 14 days after the agencies complete a "
                        "reasoned decision-making process", page=21),),
    pages=("The States have shown they are likely to succeed on their claim that the new "
           "policy is arbitrary and capricious. The Court does not reach the rest.",),
)  # fmt: skip
AMENDED = filing(
    6, 105, "2025-08-28", "FIRST AMENDED COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
    DocType.AMENDED_COMPLAINT,
    parties=plaintiffs((*ORIGINAL_STATES, "WI")), claims=COUNTS, reliefs=PRAYER,
)  # fmt: skip
APPEAL = filing(7, 120, "2025-10-10", "DEFENDANTS' NOTICE OF APPEAL (ECF No. 98)", DocType.NOTICE)
DOCKET = (COMPLAINT, MOTION, OPPOSITION, REPLY, ORDER, AMENDED, APPEAL)

ROW_KEYS = [
    "claim:1",
    "claim:2",
    "relief:declaratory",
    "relief:injunction-sharing",
    "relief:injunction-use",
    "relief:impoundment",
    "relief:vacatur",
    "relief:fees",
]


def board_after(n: int, today: str = "2026-01-15", **kw: object) -> Board:
    return build_board(DOCKET[:n], today=dt.date.fromisoformat(today), **kw)  # type: ignore[arg-type]


def statuses(board: Board) -> dict[str, Status]:
    return {row.key: row.derived for row in board.rows}


def test_complaint_seeds_one_row_per_count_and_prayer_item_without_the_catch_all() -> None:
    board = board_after(1)
    assert [row.key for row in board.rows] == ROW_KEYS
    assert set(statuses(board).values()) == {S.SOUGHT}
    assert board.operative_complaint == 1
    assert board.case_number == "3:25-cv-05536-VC"
    impound = board.row("relief:impoundment")
    assert impound is not None
    assert impound.kind == RowKind.RELIEF
    assert impound.category == ReliefKind.IMPOUNDMENT
    assert impound.source == PRAYER[3].source
    assert impound.states == ORIGINAL_STATES
    assert impound.label.startswith("(D) Order DHS to impound")


def test_motion_makes_the_matching_relief_and_the_counts_pending() -> None:
    board = board_after(2, today="2025-07-10")
    assert statuses(board) == {
        "claim:1": S.MOTION_PENDING,
        "claim:2": S.MOTION_PENDING,
        "relief:declaratory": S.SOUGHT,
        "relief:injunction-sharing": S.MOTION_PENDING,
        "relief:injunction-use": S.MOTION_PENDING,
        "relief:impoundment": S.MOTION_PENDING,
        "relief:vacatur": S.SOUGHT,
        "relief:fees": S.SOUGHT,
    }
    step = board.row("relief:injunction-sharing").history[-1]  # type: ignore[union-attr]
    assert (step.filing_id, step.docket_entry) == (2, 20)
    assert step.source == MOTION.facts.relief[0].source
    assert "ECF 20" in step.note


def test_opposition_then_reply_move_only_the_rows_of_their_motion() -> None:
    assert statuses(board_after(3, today="2025-07-23"))["relief:injunction-use"] == S.OPPOSED
    after_reply = statuses(board_after(4, today="2025-07-30"))
    assert after_reply["relief:injunction-use"] == S.REPLIED
    assert after_reply["claim:2"] == S.REPLIED
    assert after_reply["relief:vacatur"] == S.SOUGHT


def test_a_hearing_date_in_the_past_marks_the_rows_heard() -> None:
    assert statuses(board_after(4, today="2025-08-07"))["relief:impoundment"] == S.REPLIED
    heard = board_after(4, today="2025-08-08").row("relief:impoundment")
    assert heard is not None and heard.derived == S.HEARD
    assert heard.history[-1].filed == dt.date(2025, 8, 7)
    assert heard.history[-1].source == MOTION.facts.deadlines[0].source


def test_next_deadline_of_a_pending_row_is_its_hearing() -> None:
    board = board_after(2, today="2025-07-10")
    row = board.row("relief:injunction-use")
    assert row is not None and row.next_deadline == MOTION.facts.deadlines[0]
    assert row.next_deadline_filing == 2
    assert board.row("relief:vacatur").next_deadline is None  # type: ignore[union-attr]


def test_order_granting_in_part_decides_named_items_and_leaves_the_rest_for_review() -> None:
    board = board_after(5, today="2025-08-20")
    assert statuses(board) == {
        "claim:1": S.GRANTED_IN_PART,  # the order relies on the arbitrary-and-capricious count
        "claim:2": S.HEARD,  # not mentioned: stays at the stage of the motion
        "relief:declaratory": S.DENIED,  # expressly denied though not asked in the motion
        "relief:injunction-sharing": S.GRANTED,
        "relief:injunction-use": S.GRANTED,
        "relief:impoundment": S.NEEDS_REVIEW,  # asked, not settled by the order's text
        "relief:vacatur": S.SOUGHT,
        "relief:fees": S.SOUGHT,
    }
    count = board.row("claim:1")
    assert count is not None and "relies on this claim" in count.history[-1].note
    assert "arbitrary and capricious" in count.history[-1].source.text
    assert count.history[-1].source.page == 1
    use = board.row("relief:injunction-use")
    assert use is not None
    assert [s.status for s in use.history] == [
        S.SOUGHT, S.MOTION_PENDING, S.OPPOSED, S.REPLIED, S.HEARD, S.GRANTED
    ]  # fmt: skip
    assert use.history[-1].source == ORDER.facts.relief[0].source
    # The order's conditional end date is the row's next deadline: no date yet.
    assert use.next_deadline == ORDER.facts.deadlines[0]
    assert use.next_deadline is not None and use.next_deadline.date is None


def test_amended_complaint_adds_wisconsin_and_keeps_the_statuses() -> None:
    before, after = board_after(5), board_after(6)
    assert statuses(after) == statuses(before)
    assert after.operative_complaint == 6
    row = after.row("relief:injunction-use")
    assert row is not None and row.states == (*ORIGINAL_STATES, "WI")
    assert row.source == AMENDED.facts.relief[2].source


def test_notice_of_appeal_reaches_the_rows_its_order_decided() -> None:
    board = board_after(7)
    assert statuses(board) == {
        "claim:1": S.APPEALED,
        "claim:2": S.HEARD,
        "relief:declaratory": S.DENIED,  # defendants appeal what was granted, not this
        "relief:injunction-sharing": S.APPEALED,
        "relief:injunction-use": S.APPEALED,
        "relief:impoundment": S.NEEDS_REVIEW,  # still unread: an appeal does not settle it
        "relief:vacatur": S.SOUGHT,
        "relief:fees": S.SOUGHT,
    }
    assert "by defendants" in board.row("relief:injunction-use").history[-1].note  # type: ignore[union-attr]


def test_override_shows_beside_the_derived_status_and_survives_reingestion() -> None:
    at = dt.datetime(2025, 8, 13, 9, 30)
    overrides = [
        Override("relief:impoundment", S.DENIED, "read p. 22: impoundment refused", "mk", at),
        Override("relief:impoundment", None, "ask co-counsel", "jl", at + dt.timedelta(hours=1)),
        Override("relief:gone", S.MOOT, None, "mk", at),
    ]
    for n in (5, 7):  # the docket grows: the aide's word stays
        board = board_after(n, overrides=overrides)
        row = board.row("relief:impoundment")
        assert row is not None
        assert row.derived == S.NEEDS_REVIEW
        assert row.manual is not None and row.manual.status == S.DENIED
        assert row.manual.note == "ask co-counsel" and row.manual.author == "jl"
        assert row.status == S.DENIED and row.is_disputed
        assert len(row.overrides) == 2
        assert [o.row_key for o in board.orphan_overrides] == ["relief:gone"]


def test_filings_out_of_order_and_from_another_case_do_not_change_the_board() -> None:
    exhibit = filing(9, 60, "2025-08-01", "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION",
                     DocType.ORDER, case="2:24-cv-00001-ABC")  # fmt: skip
    shuffled: list[DocketFiling] = [APPEAL, ORDER, exhibit, COMPLAINT, REPLY, MOTION]
    shuffled += [OPPOSITION, AMENDED]
    assert statuses(build_board(shuffled, today=dt.date(2026, 1, 15))) == statuses(board_after(7))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("3:25-cv-05536-VC", "3:25-cv-05536", True),
        ("3:25-cv-05536-VC", "25-cv-05536-VC", True),  # a caption that prints no office
        ("1:25-cv-06120-HRO", "25-cv-06120-HRO", True),  # S.D.N.Y.'s "25 Civ. 6120 (HRO)"
        ("3:25-cv-05536-VC", "3:25-cv-05537-VC", False),
        ("3:25-cv-05536-VC", "3:25-cr-05536", False),
        ("20-16276", "20-16276", True),  # an appeal keeps its number
        ("20-16276", "3:20-cv-16276", False),
    ],
)
def test_case_numbers_name_one_case_whatever_office_and_judges_they_print(
    a: str, b: str, same: bool
) -> None:
    from casetracker.board.replay import case_key

    assert (case_key(a) == case_key(b)) is same
