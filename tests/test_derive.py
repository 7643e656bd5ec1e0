"""Rule-derived deadlines over a docket, and supersession by later court papers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

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


# -- who is a federal party: FRCP 12(a)(2), FRAP 4(a)(1)(B) --

STATE_AGENCY = Party(
    "California Department of Health Care Services", PartyRole.DEFENDANT, None, SRC
)
STATE_OFFICIAL = Party(
    "Michelle Baass",
    PartyRole.DEFENDANT,
    None,
    SRC,
    official="Director of the California Department of Health Care Services",
)
ATTORNEY_GENERAL = Party(
    "Pamela Bondi", PartyRole.DEFENDANT, None, SRC, official="Attorney General of the United States"
)
PRIVATE = Party("Acme Data Corp.", PartyRole.DEFENDANT, None, SRC)


def test_the_answer_counts_from_the_service_a_proof_states_not_from_its_filing() -> None:
    complaint = replace(filing(DocType.COMPLAINT, "2025-07-01", 1), parties=(CA, PRIVATE))
    # Served Thu 07-03, proof filed Mon 07-21: 07-03 + 21 = Thu 07-24, not 07-21 + 21 = 08-11.
    proof = filing(
        DocType.OTHER, "2025-07-21", 9, title="PROOF OF SERVICE OF SUMMONS",
        served=dt.date(2025, 7, 3),
    )  # fmt: skip
    proof = replace(proof, parties=(CA, PRIVATE))
    (answer,) = derive_deadlines([(1, complaint), (2, proof)])
    assert answer.deadline.date == dt.date(2025, 7, 24)
    assert "as the proof of service (ECF 9) states it (2025-07-03" in answer.deadline.text
    unstated = replace(proof, served=None)
    (answer,) = derive_deadlines([(1, complaint), (2, unstated)])
    assert answer.deadline.date == dt.date(2025, 8, 11)
    assert "the filing of the proof of service (ECF 9)" in answer.deadline.text


def test_a_briefs_certificate_of_service_does_not_start_the_answer_clock() -> None:
    complaint = filing(DocType.COMPLAINT, "2025-07-01", 1)
    brief = filing(
        DocType.OPPOSITION, "2025-07-10", 12, title="OPPOSITION TO MOTION TO STAY",
        served=dt.date(2025, 7, 10),
    )  # fmt: skip
    derived = derive_deadlines([(1, complaint), (2, brief)])
    assert [d.deadline.date for d in derived if "12(a)" in (d.deadline.rule or "")] == [None]


UNITED_STATES = Party("United States of America", PartyRole.PLAINTIFF, None, SRC)
CA_DEFENDANT = Party("State of California", PartyRole.DEFENDANT, "CA", SRC)


def served_docket(*parties: Party) -> list[tuple[int, FilingFacts]]:
    complaint = filing(DocType.COMPLAINT, "2025-07-01", 1)
    served = filing(DocType.OTHER, "2025-07-03", 9, title="SUMMONS RETURNED EXECUTED")
    return [
        (1, replace(complaint, parties=(CA, *parties))),
        (2, replace(served, parties=(CA, *parties))),
    ]


def test_a_state_agency_and_its_director_answer_in_21_days_not_the_federal_60() -> None:
    # "Department of" and "Director" once made these federal (60 days: Tue 09-02). Served
    # (proof filed) Thu 2025-07-03 + 21 = Thu 07-24 under FRCP 12(a)(1)(A)(i).
    derived = derive_deadlines(served_docket(STATE_AGENCY, STATE_OFFICIAL))
    assert by_rule(derived, "12(a)(1)(A)(i)") == [dt.date(2025, 7, 24)]
    assert by_rule(derived, "12(a)(2)") == []


def test_an_officer_sued_officially_answers_in_60_days() -> None:
    # The Attorney General sued officially: Thu 07-03 + 60 = Mon 09-01, Labor Day -> Tue 09-02.
    derived = derive_deadlines(served_docket(ATTORNEY_GENERAL))
    assert by_rule(derived, "12(a)(2)") == [dt.date(2025, 9, 2)]


def test_federal_and_private_defendants_each_get_their_own_answer_date() -> None:
    # The private co-defendant is not given the federal 60 days: 07-24 for it, 09-02 for DHS.
    derived = derive_deadlines(served_docket(DHS, PRIVATE))
    assert by_rule(derived, "12(a)(2)") == [dt.date(2025, 9, 2)]
    assert by_rule(derived, "12(a)(1)(A)(i)") == [dt.date(2025, 7, 24)]
    (private,) = [d for d in derived if "12(a)(1)(A)(i)" in (d.deadline.rule or "")]
    assert "Acme Data Corp." in private.deadline.text


def test_a_federal_plaintiff_gives_every_party_60_days_to_appeal() -> None:
    # United States v. California: FRAP 4(a)(1)(B) counts a federal party on either side.
    # Tue 2025-08-12 + 60 = Sat 10-11; Sun; Mon 10-13 Columbus Day -> Tue 10-14 (not the
    # 30-day Thu 09-11).
    order = replace(
        filing(
            DocType.ORDER,
            "2025-08-12",
            98,
            title="ORDER GRANTING PRELIMINARY INJUNCTION",
            relief=(Relief("enjoined", ReliefKind.INJUNCTION, SRC, None, Disposition.GRANTED),),
        ),
        parties=(UNITED_STATES, CA_DEFENDANT),
    )
    derived = derive_deadlines([(5, order)])
    assert by_rule(derived, "4(a)(1)(B)") == [dt.date(2025, 10, 14)]
    assert by_rule(derived, "4(a)(1)(A)") == []


# -- FRCP 12(a)(4): a Rule 12 motion postpones the answer --


def test_a_motion_to_dismiss_postpones_the_answer_until_14_days_after_the_order() -> None:
    docket = served_docket(DHS)
    mtd = filing(DocType.MOTION, "2025-08-01", 20, title="DEFENDANTS' MOTION TO DISMISS")
    docket.append((3, mtd))
    # Pending motion: the 60-day date (Tue 09-02) no longer binds; the answer waits.
    pending = [d for d in derive_deadlines(docket) if "12(a)" in (d.deadline.rule or "")]
    assert [(d.deadline.date, d.deadline.rule) for d in pending] == [
        (None, "Fed. R. Civ. P. 12(a)(4)(A)")
    ]
    denied = filing(
        DocType.ORDER,
        "2025-11-10",
        40,
        title="ORDER DENYING MOTION TO DISMISS",
        relief=(Relief("dismiss", ReliefKind.OTHER, SRC, None, Disposition.DENIED),),
    )
    docket.append((4, denied))
    # Order entered Mon 2025-11-10 (ECF notice, no 6(d)): + 14 = Mon 11-24.
    assert by_rule(derive_deadlines(docket), "12(a)(4)(A)") == [dt.date(2025, 11, 24)]


@pytest.mark.parametrize(
    ("title", "federal", "private"),
    [
        # Only the movant's answer waits on the order (FRCP 12(a)(4) alters *its* time).
        ("FEDERAL DEFENDANTS' MOTION TO DISMISS", None, dt.date(2025, 7, 24)),
        ("DHS AND ICE'S MOTION TO DISMISS", None, dt.date(2025, 7, 24)),  # by initials
        ("DEPARTMENT OF HOMELAND SECURITY'S MOTION TO DISMISS", None, dt.date(2025, 7, 24)),
        ("DEFENDANT ACME DATA CORP.'S MOTION TO DISMISS", dt.date(2025, 9, 2), None),
        ("DEFENDANTS' MOTION TO DISMISS", None, None),  # names no one: every defendant's
    ],
)
def test_a_rule_12_motion_postpones_only_its_movants_answer(
    title: str, federal: dt.date | None, private: dt.date | None
) -> None:
    docket = served_docket(DHS, PRIVATE)
    docket.append((3, filing(DocType.MOTION, "2025-07-15", 20, title=title)))
    derived = derive_deadlines(docket)
    answers = {
        (d.deadline.rule, d.deadline.date) for d in derived if "12(a)" in (d.deadline.rule or "")
    }
    want = {
        ("Fed. R. Civ. P. 12(a)(2)", federal),
        ("Fed. R. Civ. P. 12(a)(1)(A)(i)", private),
    }
    # A postponed answer is one line "waiting on the order" under 12(a)(4)(A).
    want = {
        ("Fed. R. Civ. P. 12(a)(4)(A)", None) if date is None else (rule, date)
        for rule, date in want
    }
    assert answers == want


# -- N.D. Cal. motions that are not briefed under L.R. 7-3 --


def test_an_administrative_motion_gets_a_4_day_opposition_and_no_reply() -> None:
    # Civil L.R. 7-11(b): Thu 2025-07-10 + 4 = Mon 07-14 (not the 14-day Thu 07-24).
    motion = filing(
        DocType.MOTION, "2025-07-10", 15, title="ADMINISTRATIVE MOTION TO FILE UNDER SEAL"
    )
    derived = derive_deadlines([(1, motion)])
    assert [(d.deadline.rule, d.deadline.date) for d in derived] == [
        ("Civil L.R. 7-11(b)", dt.date(2025, 7, 14))
    ]


def test_a_motion_to_shorten_time_gets_a_4_day_opposition() -> None:
    # Civil L.R. 6-3(b): Thu 2025-08-28 + 4 = Mon 09-01, Labor Day -> Tue 09-02.
    motion = filing(DocType.MOTION, "2025-08-28", 31, title="MOTION TO SHORTEN TIME")
    derived = derive_deadlines([(1, motion)])
    assert [(d.deadline.rule, d.deadline.date) for d in derived] == [
        ("Civil L.R. 6-3(b)", dt.date(2025, 9, 2))
    ]


def test_a_tro_motion_gets_no_7_3_dates() -> None:
    # Civil L.R. 65-1: the judge sets the schedule; 14 days would be a date no rule sets.
    motion = filing(DocType.MOTION, "2025-07-10", 3, title="MOTION FOR TEMPORARY RESTRAINING ORDER")
    assert derive_deadlines([(1, motion)]) == []


# -- case management conferences --


def test_only_the_initial_cmc_sets_a_rule_26f_conference() -> None:
    initial = Deadline(
        dt.date(2025, 10, 7),
        DeadlineKind.CONFERENCE,
        "the Initial Case Management Conference ... has been reset to October 7, 2025",
        SRC,
    )
    further = Deadline(
        dt.date(2026, 1, 20), DeadlineKind.CONFERENCE, "Further case management conference", SRC
    )
    notice = filing(DocType.NOTICE, "2025-07-03", 19, deadlines=(initial,))
    order = filing(DocType.ORDER, "2025-10-08", 124, title="SCHEDULING ORDER", deadlines=(further,))
    derived = derive_deadlines([(1, notice), (2, order)])
    # 21 days before Tue 10-07 is Tue 09-16; the statements: Tue 09-30 and Tue 2026-01-13.
    assert by_rule(derived, "26(f)") == [dt.date(2025, 9, 16)]
    assert by_rule(derived, "16-9") == [dt.date(2025, 9, 30), dt.date(2026, 1, 13)]


# -- supersession: only a paper that can change the date, about the same thing --


def test_an_order_for_a_status_report_does_not_hide_the_cmc_statement() -> None:
    statement = item(
        1, "derived", DeadlineKind.FILING, "2025-09-30", "2025-07-03", 19, DocType.NOTICE
    )
    statement = replace(statement, deadline=replace(statement.deadline, rule="Civil L.R. 16-9(a)"))
    report = item(
        2,
        "stated",
        DeadlineKind.FILING,
        "2025-09-12",
        "2025-08-12",
        98,
        DocType.ORDER,
        "The parties shall file a joint status report by September 12, 2025.",
    )
    assert supersessions([statement, report]) == []


def test_an_unsigned_stipulation_moves_the_answer_but_not_the_opposition() -> None:
    # Civil L.R. 6-1(a): the time to answer may be extended by stipulation alone; briefing
    # dates need an order (6-1(b), 6-2), so the derived opposition date stands.
    opposition = item(
        1, "derived", DeadlineKind.RESPONSE, "2025-07-24", "2025-07-10", 14, DocType.MOTION
    )
    opposition = replace(
        opposition, deadline=replace(opposition.deadline, rule="Civil L.R. 7-3(a)")
    )
    answer = item(
        2, "derived", DeadlineKind.RESPONSE, "2025-09-02", "2025-07-01", 1, DocType.COMPLAINT
    )
    answer = replace(answer, deadline=replace(answer.deadline, rule="Fed. R. Civ. P. 12(a)(2)"))
    stip = item(
        3,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-10-24",
        "2025-07-15",
        30,
        DocType.STIPULATION,
        "Defendants shall oppose the motion and answer the complaint by October 24, 2025.",
    )
    assert supersessions([opposition, answer, stip]) == [(2, 3)]


def test_an_order_about_another_motion_does_not_supersede_this_ones_opposition() -> None:
    opposition = item(
        1, "derived", DeadlineKind.RESPONSE, "2025-07-24", "2025-07-10", 14, DocType.MOTION
    )
    opposition = replace(
        opposition, deadline=replace(opposition.deadline, rule="Civil L.R. 7-3(a)")
    )
    other = item(
        2,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-08-01",
        "2025-07-15",
        22,
        DocType.ORDER,
        "The opposition to the motion to intervene (ECF No. 17) is due August 1, 2025.",
    )
    assert supersessions([opposition, other]) == []


def test_an_opposition_date_and_the_time_to_answer_do_not_replace_each_other() -> None:
    # An order setting a motion's opposition once hid the (conditional) answer to the
    # complaint, and an order on the answer would have hidden a motion's opposition.
    answer = DatedDeadline(
        1,
        1,
        dt.date(2025, 7, 1),
        1,
        DocType.COMPLAINT,
        False,
        "derived",
        Deadline(None, DeadlineKind.RESPONSE, "Answer", SRC, True, "Fed. R. Civ. P. 12(a)(2)"),
    )
    opposition = item(
        2, "derived", DeadlineKind.RESPONSE, "2025-07-22", "2025-07-08", 12, DocType.MOTION
    )
    opposition = replace(
        opposition, deadline=replace(opposition.deadline, rule="Civil L.R. 7-3(a)")
    )
    sets_opposition = item(
        3,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-07-24",
        "2025-07-15",
        20,
        DocType.ORDER,
        "Defendants shall file their opposition by July 24, 2025.",
    )
    sets_answer = item(
        4,
        "stated",
        DeadlineKind.RESPONSE,
        "2025-10-24",
        "2025-07-16",
        21,
        DocType.ORDER,
        "Defendants shall answer or otherwise respond to the complaint by October 24, 2025.",
    )
    assert sorted(supersessions([answer, opposition, sets_opposition, sets_answer])) == [
        (1, 4),
        (2, 3),
    ]


def test_an_order_denying_summary_judgment_starts_no_appeal_clock() -> None:
    # Interlocutory: no appeal until final judgment, so no FRAP 4(a)(1) date. The same
    # order granting it still starts one: Thu 2026-04-02 + 60 = Mon 06-01.
    denied = filing(
        DocType.ORDER,
        "2026-04-02",
        170,
        title="ORDER DENYING MOTION FOR SUMMARY JUDGMENT",
        relief=(Relief("judgment", ReliefKind.OTHER, SRC, None, Disposition.DENIED),),
    )
    assert by_rule(derive_deadlines([(9, denied)]), "4(a)") == []
    granted = replace(
        denied,
        title="ORDER GRANTING MOTION FOR SUMMARY JUDGMENT",
        relief=(Relief("judgment", ReliefKind.OTHER, SRC, None, Disposition.GRANTED),),
    )
    assert by_rule(derive_deadlines([(9, granted)]), "4(a)(1)(B)") == [dt.date(2026, 6, 1)]


# -- FRCP 15(a)(3): answering an amended complaint --


def test_an_amended_complaint_is_answered_by_the_later_of_the_time_left_and_14_days() -> None:
    docket = served_docket(DHS)  # original answer: Tue 2025-09-02 (12(a)(2), above)
    late = filing(DocType.AMENDED_COMPLAINT, "2025-08-27", 30)
    # Filed Wed 08-27 + 14 = Wed 09-10, later than 09-02: 15(a)(3) governs.
    derived = derive_deadlines([*docket, (3, late)])
    assert [(d.deadline.rule, d.deadline.date) for d in derived] == [
        ("Fed. R. Civ. P. 15(a)(3)", dt.date(2025, 9, 10))
    ]
    # Filed Thu 07-10 + 14 = Thu 07-24, earlier: the time left on the original (09-02) stands.
    early = filing(DocType.AMENDED_COMPLAINT, "2025-07-10", 12)
    derived = derive_deadlines([*docket, (3, early)])
    assert [(d.deadline.rule, d.deadline.date) for d in derived] == [
        ("Fed. R. Civ. P. 12(a)(2)", dt.date(2025, 9, 2))
    ]


def test_an_amended_complaint_after_the_answer_needs_a_new_answer() -> None:
    # Answered Fri 2025-08-29; amended complaint Fri 2025-10-03 + 14 = Fri 10-17. Once the
    # amended complaint is answered (10-15), nothing is owed.
    answer = filing(DocType.ANSWER, "2025-08-29", 25)
    amended = filing(DocType.AMENDED_COMPLAINT, "2025-10-03", 33)
    docket = [*served_docket(DHS), (3, answer), (4, amended)]
    assert by_rule(derive_deadlines(docket), "15(a)(3)") == [dt.date(2025, 10, 17)]
    second = filing(DocType.ANSWER, "2025-10-15", 36)
    assert derive_deadlines([*docket, (5, second)]) == []
