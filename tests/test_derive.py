"""Rule-derived deadlines over a docket, and supersession by later court papers."""

from __future__ import annotations

import datetime as dt

from casetracker.derive import DatedDeadline, derive_deadlines, supersessions
from casetracker.models import (
    Deadline,
    DeadlineKind,
    Disposition,
    DocType,
    FilingFacts,
    Party,
    PartyRole,
    Relief,
    ReliefKind,
    Source,
)

SRC = Source(1, "")
DHS = Party("U.S. Department of Homeland Security", PartyRole.DEFENDANT, None, SRC)
CA = Party("State of California", PartyRole.PLAINTIFF, "CA", SRC)


def filing(doc_type: DocType, filed: str, ecf: int, **kw: object) -> FilingFacts:
    return FilingFacts(
        court_id="cand",
        case_number="3:25-cv-05536-VC",
        docket_entry=ecf,
        filed=dt.date.fromisoformat(filed),
        doc_type=doc_type,
        parties=(CA, DHS),
        **kw,  # type: ignore[arg-type]
    )


def by_rule(derived: list, rule_part: str) -> list[dt.date | None]:  # type: ignore[type-arg]
    return [d.deadline.date for d in derived if rule_part in (d.deadline.rule or "")]


def test_motion_filed_sets_opposition_and_reply_under_civil_local_rule_7_3() -> None:
    # Motion filed Thu 2025-07-10: opposition 14 days later is Thu 07-24; reply 7 days after
    # the opposition is due, Thu 07-31.
    derived = derive_deadlines([(1, filing(DocType.MOTION, "2025-07-10", 14))])
    assert by_rule(derived, "7-3(a)") == [dt.date(2025, 7, 24)]
    assert by_rule(derived, "7-3(c)") == [dt.date(2025, 7, 31)]
    assert all(d.deadline.computed and d.trigger_filing_id == 1 for d in derived)


def test_opposition_falling_on_a_holiday_rolls_and_the_reply_counts_from_the_rolled_date() -> None:
    # Filed Thu 2025-08-21: 14 days is Thu 09-04 (no roll). Filed Mon 2025-08-18: 14 days is
    # Mon 09-01, Labor Day, so the opposition is due Tue 09-02 and the reply Tue 09-09.
    derived = derive_deadlines([(1, filing(DocType.MOTION, "2025-08-18", 30))])
    assert by_rule(derived, "7-3(a)") == [dt.date(2025, 9, 2)]
    assert by_rule(derived, "7-3(c)") == [dt.date(2025, 9, 9)]


def test_injunction_order_against_federal_defendants_starts_a_60_day_appeal_clock() -> None:
    order = filing(
        DocType.ORDER,
        "2025-08-12",
        98,
        title="ORDER GRANTING IN PART PRELIMINARY INJUNCTION",
        relief=(Relief("enjoined", ReliefKind.INJUNCTION, SRC, None, Disposition.GRANTED),),
    )
    derived = derive_deadlines([(5, order)])
    # 60 days after 2025-08-12 is Sat 10-11; Mon 10-13 is Columbus Day: due Tue 10-14.
    assert by_rule(derived, "4(a)(1)(B)") == [dt.date(2025, 10, 14)]


def test_scheduling_order_starts_no_appeal_clock_but_sets_the_cmc_statement() -> None:
    cmc = Deadline(dt.date(2025, 10, 1), DeadlineKind.CONFERENCE, "Case management conference", SRC)
    order = filing(
        DocType.ORDER, "2025-09-02", 110, title="CASE MANAGEMENT ORDER", deadlines=(cmc,)
    )
    derived = derive_deadlines([(7, order)])
    assert by_rule(derived, "4(a)") == []
    # Statement 7 days before Wed 10-01 is Wed 09-24; Rule 26(f) 21 days before is Wed 09-10.
    assert by_rule(derived, "16-9") == [dt.date(2025, 9, 24)]
    assert by_rule(derived, "26(f)") == [dt.date(2025, 9, 10)]


def test_answer_is_conditional_until_service_is_on_the_docket() -> None:
    complaint = filing(DocType.COMPLAINT, "2025-07-01", 1)
    derived = derive_deadlines([(1, complaint)])
    assert [(d.deadline.date, d.deadline.anchor) for d in derived] == [
        (None, "service of the complaint")
    ]
    served = filing(DocType.OTHER, "2025-07-03", 9, title="SUMMONS RETURNED EXECUTED")
    derived = derive_deadlines([(1, complaint), (2, served)])
    # 60 days after Thu 07-03 is Mon 09-01, Labor Day: due Tue 09-02 (FRCP 12(a)(2)).
    assert by_rule(derived, "12(a)(2)") == [dt.date(2025, 9, 2)]


def test_proposed_orders_derive_nothing() -> None:
    proposed = filing(DocType.OTHER, "2025-07-10", 14, is_proposed=True)
    assert derive_deadlines([(1, proposed)]) == []


def item(
    i: int,
    origin: str,
    kind: DeadlineKind,
    date: str,
    filed: str,
    ecf: int,
    doc_type: DocType,
    text: str = "",
) -> DatedDeadline:
    d = Deadline(dt.date.fromisoformat(date), kind, text, SRC, origin == "derived")
    return DatedDeadline(i, ecf, dt.date.fromisoformat(filed), ecf, doc_type, False, origin, d)


def test_a_stipulated_order_supersedes_the_derived_opposition_date_and_keeps_the_chain() -> None:
    derived = item(
        1, "derived", DeadlineKind.RESPONSE, "2025-07-24", "2025-07-10", 14, DocType.MOTION
    )
    stip = item(
        2,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-07-28",
        "2025-07-15",
        20,
        DocType.ORDER,
        "Defendants shall file their opposition by July 28, 2025.",
    )
    assert supersessions([derived, stip]) == [(1, 2)]


def test_an_order_entered_after_the_date_passed_does_not_supersede_it() -> None:
    derived = item(
        1, "derived", DeadlineKind.RESPONSE, "2025-07-24", "2025-07-10", 14, DocType.MOTION
    )
    late = item(
        2,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-12-01",
        "2025-11-10",
        130,
        DocType.ORDER,
        "Opposition to the renewed motion due December 1, 2025.",
    )
    assert supersessions([derived, late]) == []


def test_a_clerks_notice_resetting_a_hearing_supersedes_the_noticed_date() -> None:
    noticed = item(
        1,
        "stated",
        DeadlineKind.HEARING,
        "2025-08-07",
        "2025-07-10",
        14,
        DocType.MOTION,
        "Hearing: August 7, 2025 at 10:00 a.m.",
    )
    reset = item(
        2,
        "stated",
        DeadlineKind.HEARING,
        "2025-08-14",
        "2025-07-20",
        40,
        DocType.NOTICE,
        "The hearing is RESET to August 14, 2025 at 10:00 a.m.",
    )
    other = item(
        3,
        "stated",
        DeadlineKind.HEARING,
        "2025-09-30",
        "2025-07-21",
        41,
        DocType.ORDER,
        "A further hearing on scheduling will be held September 30.",
    )
    assert supersessions([noticed, reset, other]) == [(1, 2)]
