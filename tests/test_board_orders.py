"""Board rules beyond the main docket: amendments, dismissals, stays, judgments, withdrawals."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from casetracker.board import Board, DocketFiling, Status, build_board
from casetracker.models import DeadlineKind, Disposition, DocType, ReliefKind, Source
from tests.test_board_factories import (
    COUNTS,
    ORIGINAL_STATES,
    PRAYER,
    claim,
    deadline,
    filing,
    plaintiffs,
    relief,
)

S = Status
INJ = ReliefKind.INJUNCTION
TODAY = dt.date(2026, 1, 15)
COMPLAINT = filing(1, 1, "2025-07-01", "COMPLAINT", DocType.COMPLAINT,
                   parties=plaintiffs(ORIGINAL_STATES), claims=COUNTS, reliefs=PRAYER)  # fmt: skip
PI_MOTION = filing(2, 20, "2025-07-08", "MOTION FOR PRELIMINARY INJUNCTION", DocType.MOTION)


def statuses(filings: list[DocketFiling], today: dt.date = TODAY) -> dict[str, Status]:
    return {row.key: row.derived for row in build_board(filings, today=today).rows}


def board(filings: list[DocketFiling], today: dt.date = TODAY) -> Board:
    return build_board(filings, today=today)


def test_motion_without_extracted_relief_is_read_from_its_title() -> None:
    got = statuses([COMPLAINT, PI_MOTION], today=dt.date(2025, 7, 9))
    # "Preliminary injunction" asks for the injunctions; impoundment is not assumed.
    assert got["relief:injunction-sharing"] == S.MOTION_PENDING
    assert got["relief:injunction-use"] == S.MOTION_PENDING
    assert got["relief:impoundment"] == S.SOUGHT
    assert got["relief:declaratory"] == S.SOUGHT


def test_order_granting_the_whole_motion_grants_every_row_it_asked_for() -> None:
    order = filing(3, 30, "2025-08-01", "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION",
                   DocType.ORDER)  # fmt: skip
    got = statuses([COMPLAINT, PI_MOTION, order])
    assert got["relief:injunction-sharing"] == got["relief:injunction-use"] == S.GRANTED
    assert got["relief:impoundment"] == S.SOUGHT
    assert got["claim:1"] == S.MOTION_PENDING  # no claim named: stays at the motion's stage


def test_granted_in_part_without_dispositions_sends_every_asked_row_to_review() -> None:
    order = filing(3, 30, "2025-08-01", "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR "
                   "PRELIMINARY INJUNCTION", DocType.ORDER)  # fmt: skip
    b = board([COMPLAINT, PI_MOTION, order])
    row = b.row("relief:injunction-use")
    assert row is not None and row.derived == S.NEEDS_REVIEW
    assert "ECF 30" in row.history[-1].note


def test_one_row_granted_in_one_sentence_and_denied_in_another_is_granted_in_part() -> None:
    order = filing(
        3, 30, "2025-12-29", "ORDER ON RENEWED MOTION", DocType.ORDER,
        reliefs=(
            relief("HHS may share six basic categories of data about people without lawful "
                   "status", INJ, disposition=Disposition.DENIED),
            relief("HHS remains enjoined from sharing all other Medicaid data with DHS", INJ,
                   disposition=Disposition.GRANTED),
        ),
    )  # fmt: skip
    got = statuses([COMPLAINT, PI_MOTION, order])
    assert got["relief:injunction-sharing"] == S.GRANTED_IN_PART
    # The order names no use for enforcement and grants in part: never guessed.
    assert got["relief:injunction-use"] == S.NEEDS_REVIEW


def test_scheduling_order_granting_a_stipulation_decides_nothing() -> None:
    order = filing(3, 25, "2025-07-15", "ORDER GRANTING STIPULATION TO EXTEND BRIEFING SCHEDULE",
                   DocType.ORDER)  # fmt: skip
    before = statuses([COMPLAINT, PI_MOTION], today=dt.date(2025, 7, 16))
    assert statuses([COMPLAINT, PI_MOTION, order], today=dt.date(2025, 7, 16)) == before


def test_proposed_orders_and_attachments_move_nothing() -> None:
    proposed = filing(3, 20, "2025-07-08", "[PROPOSED] ORDER GRANTING PRELIMINARY INJUNCTION",
                      DocType.OTHER, proposed=True, attachment=3)  # fmt: skip
    exhibit = filing(4, 21, "2025-07-08", "ORDER GRANTING MOTION TO DISMISS", DocType.ORDER,
                     attachment=1)  # fmt: skip
    before = statuses([COMPLAINT, PI_MOTION], today=dt.date(2025, 7, 9))
    after = statuses([COMPLAINT, PI_MOTION, proposed, exhibit], today=dt.date(2025, 7, 9))
    assert after == before


def test_minute_entry_marks_the_motion_heard() -> None:
    minutes = filing(3, 90, "2025-08-07", "MINUTE ENTRY: motion hearing held", DocType.ORDER)
    b = board([COMPLAINT, PI_MOTION, minutes], today=dt.date(2025, 8, 8))
    row = b.row("relief:injunction-use")
    assert row is not None and row.derived == S.HEARD
    assert row.history[-1].docket_entry == 90


def test_rows_dropped_by_the_amended_complaint_are_kept_as_superseded() -> None:
    narrower = tuple(r for r in PRAYER if r.category != ReliefKind.VACATUR)
    privacy = claim(3, "Violation of the Privacy Act, 5 U.S.C. § 552a")
    amended = filing(5, 105, "2025-08-28", "FIRST AMENDED COMPLAINT", DocType.AMENDED_COMPLAINT,
                     parties=plaintiffs((*ORIGINAL_STATES, "WI")), claims=(*COUNTS, privacy),
                     reliefs=narrower)  # fmt: skip
    b = board([COMPLAINT, amended])
    assert [r.key for r in b.rows][-1] == "relief:vacatur"  # superseded rows come last
    vacatur = b.row("relief:vacatur")
    assert vacatur is not None and vacatur.derived == S.SUPERSEDED
    assert vacatur.states == ORIGINAL_STATES  # who sought it when it was last pleaded
    assert "ECF 105" in vacatur.history[-1].note
    new_count = b.row("claim:3")
    assert new_count is not None and new_count.derived == S.SOUGHT
    assert new_count.states[-1] == "WI" and new_count.demanded_in == 5


def test_defendants_motion_to_dismiss_moves_the_counts_and_its_order_dismisses_one() -> None:
    mtd = filing(3, 60, "2025-09-10", "DEFENDANTS' NOTICE OF MOTION AND MOTION TO DISMISS",
                 DocType.MOTION)  # fmt: skip
    opposition = filing(4, 70, "2025-09-24", "PLAINTIFFS' OPPOSITION TO MOTION TO DISMISS",
                        DocType.OPPOSITION)  # fmt: skip
    order = filing(
        5, 80, "2025-11-01", "ORDER GRANTING IN PART AND DENYING IN PART MOTION TO DISMISS",
        DocType.ORDER,
        pages=("The motion is granted as to Count II, which is dismissed with leave to amend. "
               "The motion to dismiss is denied as to the arbitrary and capricious claim.",),
    )  # fmt: skip
    pending = statuses([COMPLAINT, mtd, opposition], today=dt.date(2025, 9, 25))
    assert pending["claim:1"] == pending["claim:2"] == S.OPPOSED
    assert pending["relief:injunction-use"] == S.SOUGHT  # a motion to dismiss seeks no relief
    decided = board([COMPLAINT, mtd, opposition, order])
    assert decided.row("claim:2").derived == S.DISMISSED  # type: ignore[union-attr]
    count_one = decided.row("claim:1")
    assert count_one is not None and count_one.derived == S.SOUGHT
    assert "arbitrary and capricious" in count_one.history[-1].source.text


def test_stay_pending_appeal_stays_the_granted_rows() -> None:
    order = filing(3, 30, "2025-08-01", "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION",
                   DocType.ORDER)  # fmt: skip
    stay = filing(4, 40, "2025-08-10", "DEFENDANTS' MOTION TO STAY PRELIMINARY INJUNCTION "
                  "PENDING APPEAL", DocType.MOTION)  # fmt: skip
    denied = filing(5, 45, "2025-08-20", "ORDER DENYING MOTION TO STAY", DocType.ORDER)
    granted = filing(5, 45, "2025-08-20", "ORDER GRANTING MOTION TO STAY", DocType.ORDER)
    assert statuses([COMPLAINT, PI_MOTION, order, stay])["relief:injunction-use"] == S.GRANTED
    assert statuses([COMPLAINT, PI_MOTION, order, stay, denied])["relief:injunction-use"] == (
        S.GRANTED
    )
    after = statuses([COMPLAINT, PI_MOTION, order, stay, granted])
    assert after["relief:injunction-use"] == after["relief:injunction-sharing"] == S.STAYED
    assert after["relief:fees"] == S.SOUGHT


def test_withdrawn_motion_withdraws_its_pending_rows() -> None:
    notice = filing(3, 22, "2025-07-10", "NOTICE OF WITHDRAWAL OF MOTION FOR PRELIMINARY "
                    "INJUNCTION", DocType.NOTICE)  # fmt: skip
    got = statuses([COMPLAINT, PI_MOTION, notice])
    assert got["relief:injunction-use"] == S.WITHDRAWN
    assert got["relief:impoundment"] == S.SOUGHT


def test_judgment_makes_every_live_row_final_and_an_appeal_follows_it() -> None:
    judgment = filing(
        3, 200, "2026-06-01", "JUDGMENT", DocType.JUDGMENT,
        reliefs=(relief("The data-sharing policy is vacated", ReliefKind.VACATUR,
                        disposition=Disposition.VACATED),),
    )  # fmt: skip
    appeal = filing(4, 205, "2026-07-15", "NOTICE OF APPEAL", DocType.NOTICE)
    b = board([COMPLAINT, judgment])
    assert {row.derived for row in b.rows} == {S.FINAL}
    vacatur = b.row("relief:vacatur")
    assert vacatur is not None and [s.status for s in vacatur.history][-2:] == [S.GRANTED, S.FINAL]
    assert {row.derived for row in board([COMPLAINT, judgment, appeal]).rows} == {S.APPEALED}


def test_hearing_reset_by_a_clerks_notice_moves_the_heard_date() -> None:
    first = deadline("2025-08-07", DeadlineKind.HEARING, "Hearing Aug 7")
    again = deadline("2025-08-21", DeadlineKind.HEARING, "Hearing Aug 21")
    motion = filing(2, 20, "2025-07-08", "MOTION FOR PRELIMINARY INJUNCTION", DocType.MOTION,
                    deadlines=(first,))  # fmt: skip
    reset = filing(3, 35, "2025-08-01", "CLERK'S NOTICE RESETTING HEARING ON MOTION FOR "
                   "PRELIMINARY INJUNCTION", DocType.NOTICE, deadlines=(again,))  # fmt: skip
    on_the_10th = board([COMPLAINT, motion, reset], today=dt.date(2025, 8, 10))
    row = on_the_10th.row("relief:injunction-use")
    assert row is not None and row.derived == S.MOTION_PENDING
    assert row.next_deadline is not None and row.next_deadline.date == dt.date(2025, 8, 21)
    assert row.next_deadline_filing == 3
    later = board([COMPLAINT, motion, reset], today=dt.date(2025, 8, 22)).row(
        "relief:injunction-use"
    )
    assert later is not None and later.derived == S.HEARD
    assert later.history[-1].filed == dt.date(2025, 8, 21)


def test_without_a_complaint_the_motion_seeds_the_rows() -> None:
    ask = relief("enjoin DHS from using the data for deportation", INJ)
    motion = filing(2, 20, "2025-07-08", "MOTION FOR PRELIMINARY INJUNCTION", DocType.MOTION,
                    reliefs=(ask,))  # fmt: skip
    b = board([motion], today=dt.date(2025, 7, 9))
    assert b.operative_complaint is None
    assert [(r.key, r.derived) for r in b.rows] == [("relief:injunction-use", S.MOTION_PENDING)]


DECREE_PAGE = (
    "For these reasons, the Court orders as follows:\n"
    "1. DHS is enjoined from using the Medicaid data it obtained for immigration enforcement "
    "purposes. The request for this relief is GRANTED.\n"
    "2. The renewed motion is DENIED to the extent it seeks to bar HHS from sharing basic "
    "contact fields.\n"
    "3. The renewed motion is GRANTED in all other respects.\n"
)


def test_a_decree_pointing_back_at_its_paragraph_and_the_rest_granted_in_one_phrase() -> None:
    granted = "The request for this relief is GRANTED."
    partly = "The renewed motion is DENIED to the extent it seeks to bar HHS from sharing basic"
    # Each item with its span on the page, as the extractor reports it.
    items = tuple(
        replace(x, source=Source(1, x.text, DECREE_PAGE.index(x.text),
                                 DECREE_PAGE.index(x.text) + len(x.text)))
        for x in (
            relief(granted, ReliefKind.OTHER, disposition=Disposition.GRANTED),
            relief(partly, ReliefKind.OTHER, disposition=Disposition.DENIED),
        )
    )  # fmt: skip
    order = filing(3, 148, "2025-12-29", "ORDER GRANTING IN PART AND DENYING IN PART RENEWED "
                   "MOTION FOR PRELIMINARY INJUNCTION", DocType.ORDER, reliefs=items,
                   pages=(DECREE_PAGE,))  # fmt: skip
    motion = filing(2, 139, "2025-11-13", "RENEWED MOTION FOR PRELIMINARY INJUNCTION",
                    DocType.MOTION)  # fmt: skip
    b = board([COMPLAINT, motion, order])
    use, sharing = b.row("relief:injunction-use"), b.row("relief:injunction-sharing")
    assert use is not None and use.derived == S.GRANTED  # read from its numbered paragraph
    assert sharing is not None and sharing.derived == S.GRANTED_IN_PART  # carve-out + the rest
    # Without the pages the back-reference names nothing: the use row is not guessed.
    bare = filing(3, 148, "2025-12-29", order.title or "", DocType.ORDER, reliefs=items)
    got = statuses([COMPLAINT, motion, bare])
    assert got["relief:injunction-use"] == S.NEEDS_REVIEW
    assert got["relief:injunction-sharing"] == S.NEEDS_REVIEW  # carve-out alone settles no row


def test_stipulation_order_naming_the_motion_is_not_a_ruling_on_it() -> None:
    order = filing(3, 33, "2025-07-11", "ORDER GRANTING STIPULATION TO SET BRIEFING SCHEDULE ON "
                   "MOTION FOR PRELIMINARY INJUNCTION", DocType.ORDER,
                   reliefs=(relief("IT IS SO ORDERED; DHS may not use data for enforcement", INJ,
                                   disposition=Disposition.GRANTED),))  # fmt: skip
    got = statuses([COMPLAINT, PI_MOTION, order], today=dt.date(2025, 7, 12))
    assert got["relief:injunction-use"] == S.MOTION_PENDING


def test_motion_to_enforce_keeps_granted_relief_granted_and_records_it() -> None:
    order = filing(3, 98, "2025-08-12", "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION",
                   DocType.ORDER)  # fmt: skip
    enforce = filing(4, 151, "2026-03-26", "MOTION TO ENFORCE PRELIMINARY INJUNCTION",
                     DocType.MOTION)  # fmt: skip
    b = board([COMPLAINT, PI_MOTION, order, enforce])
    use = b.row("relief:injunction-use")
    assert use is not None and use.derived == S.GRANTED
    assert use.history[-1].docket_entry == 151 and "pending" in use.history[-1].note
    assert b.row("claim:1").derived == S.MOTION_PENDING  # type: ignore[union-attr]


def test_the_appellant_is_read_from_the_notice_body_and_appeals_only_its_losses() -> None:
    order = filing(
        3, 98, "2025-08-12", "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR "
        "PRELIMINARY INJUNCTION", DocType.ORDER,
        reliefs=(
            relief("DHS may not use the data for immigration enforcement", INJ,
                   disposition=Disposition.GRANTED),
            relief("HHS may not share the data with DHS", INJ, disposition=Disposition.DENIED),
        ),
    )  # fmt: skip
    body = ("PLEASE TAKE NOTICE that all Defendants hereby appeal to the Ninth Circuit from the "
            "order entered on August 12, 2025 (ECF No. 98). Dated: October 10, 2025")  # fmt: skip
    appeal = filing(4, 127, "2025-10-10", "NOTICE OF APPEAL", DocType.NOTICE, pages=(body,))
    b = board([COMPLAINT, PI_MOTION, order, appeal])
    use, sharing = b.row("relief:injunction-use"), b.row("relief:injunction-sharing")
    assert use is not None and use.derived == S.APPEALED
    assert use.history[-1].source.text.startswith("all Defendants hereby appeal")
    assert sharing is not None and sharing.derived == S.DENIED
