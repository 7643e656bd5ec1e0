"""Deadlines a document states: dates certain, relative periods computed with frcp,
conditional ones, and the dates that are history rather than deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.extract import extract_facts
from casetracker.extract.deadlines import find_deadlines
from casetracker.models import DeadlineKind
from tests.test_extract_factories import as_deadline_rows, deadline, pages, source

K = DeadlineKind
D = dt.date
FILED = D(2025, 8, 12)  # a Tuesday

ROWS = [
    pytest.param(
        "The parties shall file a joint status report by September 12, 2025.",
        [deadline(D(2025, 9, 12), K.FILING)],
        id="date-certain-filing",
    ),
    pytest.param(
        "Oppositions are due August 26, 2025; replies are due September 2, 2025.",
        [deadline(D(2025, 8, 26), K.RESPONSE), deadline(D(2025, 9, 2), K.REPLY)],
        id="two-dates-two-kinds-one-sentence",
    ),
    pytest.param(
        "A further case management conference is set for October 7, 2025, at 2:30 p.m.",
        [deadline(D(2025, 10, 7), K.CONFERENCE)],
        id="conference",
    ),
    pytest.param(
        "On July 1, 2025, Plaintiffs filed this action.",
        [],
        id="history-is-not-a-deadline",
    ),
    pytest.param(
        "The hearing previously set for September 23, 2025, has been reset to October 9, 2025.",
        [deadline(D(2025, 10, 9), K.HEARING)],
        id="vacated-setting-skipped",
    ),
    pytest.param(
        "The TRO was extended until August 4, 2025 at 5:00 p.m.",
        [],
        id="past-date-before-the-order-is-history",
    ),
    pytest.param(
        "Granting the request would make the brief due September 23, 2025.",
        [],
        id="hypothetical-date-skipped",
    ),
    pytest.param(
        "See Doe v. Roe, No. 20-1234 (N.D. Cal. Apr. 29, 2026).",
        [],
        id="citation-date-skipped",
    ),
    pytest.param(
        # FRCP 6(a)(1): 7 days after Tue Aug 12 is Tue Aug 19
        "Within 7 days of the date of this Order, Defendants shall issue instructions to staff.",
        [deadline(D(2025, 8, 19), K.COMPLIANCE, computed=True, rule="FRCP 6(a)(1)")],
        id="relative-to-this-order",
    ),
    pytest.param(
        # 19 days after Aug 12 is Sunday Aug 31; Monday Sept 1 is Labor Day: Tuesday Sept 2
        "Defendants shall file the administrative record within nineteen (19) days of entry "
        "of this Order.",
        [deadline(D(2025, 9, 2), K.FILING, computed=True, rule="FRCP 6(a)(1)")],
        id="relative-rolls-past-weekend-and-holiday",
    ),
    pytest.param(
        "Plaintiff shall respond within 30 days after service.",
        [deadline(D(2025, 9, 11), K.RESPONSE, computed=True, rule="FRCP 6(a)(1)")],
        id="after-service-of-this-paper",
    ),
    pytest.param(
        "The stay remains in effect until 14 days after the agency completes its review.",
        [deadline(None, K.OTHER, computed=True, rule="FRCP 6(a)(1)")],
        id="conditional-anchor-not-yet-happened",
    ),
    pytest.param(
        "Any objection must be filed within 14 days after service pursuant to "
        "Fed. R. Civ. P. 72(a).",
        [deadline(D(2025, 8, 26), K.FILING, computed=True, rule="Fed. R. Civ. P. 72(a)")],
        id="cited-rule-is-reported",
    ),
    pytest.param(
        "The records will be updated within 1 business day of a change.",
        [],
        id="a-period-binding-no-one-is-not-a-deadline",
    ),
    pytest.param(
        "The Case Management Conference set for October 1, 2025 is VACATED and RESET to "
        "October 22, 2025 at 10:00 a.m.",
        [deadline(D(2025, 10, 22), K.CONFERENCE)],
        id="vacated-and-reset-keeps-only-the-new-date",
    ),
    pytest.param(
        "A hearing is set for September 26, 2025, at 1:30 p.m. This Order shall remain in "
        "effect until October 3, 2025.",
        [deadline(D(2025, 9, 26), K.HEARING), deadline(D(2025, 10, 3), K.OTHER)],
        id="a-clock-time-ends-its-sentence",
    ),
    pytest.param(
        "Responses due 10/3/2025; replies due 10/10/2025.",
        [deadline(D(2025, 10, 3), K.RESPONSE), deadline(D(2025, 10, 10), K.REPLY)],
        id="numeric-dates-due",
    ),
    pytest.param(
        "Smith v. Jones, No. 25-1500, is scheduled for oral argument on September 8, 2025.",
        [],
        id="another-case-argument-date-is-not-ours",
    ),
    pytest.param(
        "In that case the agency must file its brief by October 1, 2025.",
        [],
        id="a-date-of-the-case-referred-back-to",
    ),
    pytest.param(
        "Unless the grants are restored by September 30, 2025, the office will close.",
        [],
        id="unless-by-a-date-is-a-condition-not-a-deadline",
    ),
    pytest.param(
        "Consistent with Smith v. Jones, Defendants shall file a status report by "
        "September 30, 2025.",
        [deadline(D(2025, 9, 30), K.FILING)],
        id="a-command-citing-another-case-is-still-ours",
    ),
    pytest.param(
        "The reply brief is due within 21 days after service of the answering brief.",
        [deadline(None, K.REPLY, computed=True, rule="FRCP 6(a)(1)")],
        id="service-of-another-paper-is-conditional",
    ),
    pytest.param(
        "Defendant's sur-reply, if any, is due September 2, 2025.",
        [deadline(D(2025, 9, 2), K.REPLY)],
        id="an-optional-paper-is-not-hypothetical",
    ),
    pytest.param(
        "The status conference set for September 4, 2025 is STRICKEN.",
        [],
        id="a-stricken-setting-is-not-a-deadline",
    ),
    pytest.param(
        "The hearing set for September 4, 2025, at 9:00 a.m. shall be continued to "
        "September 18, 2025.",
        [deadline(D(2025, 9, 18), K.HEARING)],
        id="a-setting-with-its-time-that-shall-be-continued",
    ),
    pytest.param(
        # the condition's "answers" is the trigger; what is due is the joint report
        "If the agency answers, the parties shall submit a joint report 10 days after service "
        "of the answer.",
        [deadline(None, K.FILING, computed=True, rule="FRCP 6(a)(1)")],
        id="a-leading-condition-does-not-give-the-kind",
    ),
    pytest.param(
        "Plaintiff shall file its opposition within 14 days after the motion is filed, and "
        "Defendant shall file any reply within 7 days after the opposition is filed.",
        [
            deadline(None, K.RESPONSE, computed=True, rule="FRCP 6(a)(1)"),
            deadline(None, K.REPLY, computed=True, rule="FRCP 6(a)(1)"),
        ],
        id="two-periods-after-papers-still-to-be-filed",
    ),
    pytest.param(
        # 5 days after Tue Aug 12 is Sunday Aug 17: Monday Aug 18; the notice is the duty
        "Within 5 days of the date of this Order, Defendants shall notify their contractors, "
        "and shall file proof of that notice by August 29, 2025.",
        [
            deadline(D(2025, 8, 29), K.FILING),
            deadline(D(2025, 8, 18), K.COMPLIANCE, computed=True, rule="FRCP 6(a)(1)"),
        ],
        id="a-period-first-takes-the-kind-of-the-duty-after-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_deadlines_in_sentences(text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    found = find_deadlines(pages(text), document_date=FILED, court_id="cand")
    assert as_deadline_rows(found) == expected


def test_every_deadline_quotes_its_sentence() -> None:
    text = "Background.\nThe parties shall file a joint status report by September 12, 2025.\n"
    (found,) = find_deadlines(pages(text), document_date=FILED)
    assert found.source == source(
        text, "The parties shall file a joint status report by September 12, 2025."
    )
    assert found.text == found.source.text


def test_conditional_deadline_names_its_anchor() -> None:
    text = "This injunction remains in effect until 14 days after the agencies complete a review."
    (found,) = find_deadlines(pages(text), document_date=FILED)
    assert found.date is None
    assert found.anchor == "the agencies complete a review"


HEARING_NOTICE = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
JOHN DOE, ) Case No. 3:24-cv-01234-ABC
 Plaintiff, ) NOTICE OF MOTION AND MOTION TO COMPEL
 v. ) Date: August 28, 2025
ACME CORP., ) Time: 10:00 a.m.
 Defendant. ) Courtroom: 4, 17th Floor
PLEASE TAKE NOTICE that on August 28, 2025, at 10:00 a.m., in Courtroom 4, Plaintiff will
and hereby does move to compel. Any opposition shall be filed no later than 14 days before
the hearing.
Dated: August 12, 2025
"""


def test_hearing_stated_twice_is_one_deadline_with_time_and_courtroom() -> None:
    facts = extract_facts(pages(HEARING_NOTICE))
    hearing = facts.deadlines[0]
    assert (hearing.date, hearing.kind, hearing.time, hearing.courtroom) == (
        D(2025, 8, 28),
        K.HEARING,
        "10:00 a.m.",
        "Courtroom 4, 17th Floor",
    )
    assert hearing.text.startswith("PLEASE TAKE NOTICE")


def test_period_before_the_hearing_counts_back_from_it() -> None:
    facts = extract_facts(pages(HEARING_NOTICE))
    # FRCP 6(a)(5): 14 days before Thu Aug 28 is Thu Aug 14
    assert as_deadline_rows(facts.deadlines[1:]) == [
        deadline(D(2025, 8, 14), K.RESPONSE, computed=True, rule="FRCP 6(a)(5)")
    ]
    assert facts.deadlines[1].anchor == "the hearing (2025-08-28)"


SCHEDULE = """The Court sets the following schedule:
Event Date
Defendants lodge the administrative record November 7, 2025
Plaintiffs' motion for summary judgment December 12, 2025
Further case management conference (2:30 p.m.) January 20, 2026
Any motion to supplement the administrative record shall be filed within 20 days after the
administrative record is lodged.
IT IS SO ORDERED.
Dated: October 8, 2025
"""


def test_schedule_table_rows_and_a_period_anchored_to_a_row() -> None:
    found = find_deadlines(pages(SCHEDULE), document_date=D(2025, 10, 8), court_id="cand")
    assert as_deadline_rows(found) == [
        deadline(D(2025, 11, 7), K.FILING),
        deadline(D(2025, 12, 12), K.FILING),
        deadline(D(2026, 1, 20), K.CONFERENCE),
        # 20 days after Nov 7 is Thanksgiving (Nov 27): Friday Nov 28
        deadline(D(2025, 11, 28), K.FILING, computed=True, rule="FRCP 6(a)(1)"),
    ]
    assert found[2].time == "2:30 p.m."


def test_proposed_order_states_no_deadlines() -> None:
    text = (
        "[PROPOSED] ORDER\nDefendants shall file a status report within 14 days of the date "
        "of this Order.\nIT IS SO ORDERED.\nDated: ________\n"
    )
    facts = extract_facts(pages(text))
    assert facts.is_proposed
    assert facts.deadlines == ()


def test_appellate_notice_counts_under_frap() -> None:
    text = (
        "United States Court of Appeals for the Second Circuit\nDate: October 31, 2017\n"
        "Docket #: 17-3510\nDOCKETING NOTICE\nThe form must be completed and returned within "
        "14 days of the date of this notice.\n"
    )
    facts = extract_facts(pages(text))
    assert facts.filed == D(2017, 10, 31)
    assert as_deadline_rows(facts.deadlines) == [
        deadline(D(2017, 11, 14), K.FILING, computed=True, rule="FRAP 26(a)(1)")
    ]


RECITALS = """WHEREAS, Defendants' answer is currently due August 22, 2025;
WHEREAS, the motion hearing is currently set for September 4, 2025;
WHEREAS, the parties' joint report is currently due August 29, 2025;
NOW, THEREFORE, the parties agree:
1. Defendants shall answer the complaint on or before September 19, 2025.
2. The hearing set for September 4, 2025 shall be continued to October 2, 2025.
"""


def test_recited_current_dates_give_way_to_the_new_ones() -> None:
    found = find_deadlines(pages(RECITALS), document_date=FILED, court_id="cand")
    # the answer and the hearing move; the joint report is recited and left as it stands
    assert as_deadline_rows(found) == [
        deadline(D(2025, 8, 29), K.FILING),
        deadline(D(2025, 9, 19), K.RESPONSE),
        deadline(D(2025, 10, 2), K.HEARING),
    ]


ROWS_OF_A_SCHEDULE = """Event Deadline
Deadline for motions to amend the pleadings October 3, 2025
Initial expert disclosures November 14, 2025
Pretrial conference January 22, 2026, at 1:30 p.m.
Principal brief due: 12/01/2025
Answering brief due: 12/29/2025
Any reply brief: within 21 days after service of the answering brief
The joint pretrial statement shall be filed seven days before the pretrial conference.
"""


def test_schedule_rows_that_name_themselves_deadlines_and_periods_from_rows() -> None:
    found = find_deadlines(pages(ROWS_OF_A_SCHEDULE), document_date=FILED, court_id="cand")
    assert as_deadline_rows(found) == [
        deadline(D(2025, 10, 3), K.FILING),
        deadline(D(2025, 11, 14), K.FILING),
        deadline(D(2026, 1, 22), K.CONFERENCE),
        deadline(D(2025, 12, 1), K.FILING),
        deadline(D(2025, 12, 29), K.FILING),  # an answering brief is a brief, as in ca9 orders
        # 21 days after Mon Dec 29 is Mon Jan 19, 2026, Martin Luther King Jr. Day: Tue Jan 20
        deadline(D(2026, 1, 20), K.REPLY, computed=True, rule="FRCP 6(a)(1)"),
        # FRCP 6(a)(5): seven days back from Thu Jan 22 is Thu Jan 15
        deadline(D(2026, 1, 15), K.FILING, computed=True, rule="FRCP 6(a)(5)"),
    ]
    assert found[2].time == "1:30 p.m."


BARE = [
    (
        "IT IS SO ORDERED. Plaintiffs shall file a proposed judgment within seven (7) days.",
        [(D(2025, 8, 19), DeadlineKind.FILING)],
        "a direction with no event named runs from the order (Tue 08-12 + 7)",
    ),
    (
        "The parties are ORDERED to meet and confer and file a joint status report within 14 days.",
        [(D(2025, 8, 26), DeadlineKind.FILING)],
        "ORDERED: 08-12 + 14 = Tue 08-26",
    ),
    (
        "Under Civil L.R. 7-3(a), an opposition must be filed within 14 days.",
        [],
        "a sentence citing a rule restates it",
    ),
    ("Records are updated within 1 business day.", [], "no direction, no deadline"),
]


@pytest.mark.parametrize(("text", "expected", "why"), BARE, ids=[b[2] for b in BARE])
def test_a_bare_period_in_an_order_runs_from_the_order(
    text: str,
    expected: list[tuple[dt.date, DeadlineKind]],
    why: str,
) -> None:
    order_date = D(2025, 8, 12)
    found = find_deadlines(pages(text), document_date=order_date, court_id="cand", court_order=True)
    assert [(d.date, d.kind) for d in found] == expected, why
    for d in found:
        assert d.computed and d.anchor and "2025-08-12" in d.anchor
    # The same words in a party's paper set nothing: a party cannot set the court's deadline.
    assert find_deadlines(pages(text), document_date=order_date, court_id="cand") == []


def test_a_complaints_allegations_of_what_an_agency_must_do_are_not_deadlines() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "STATE OF CALIFORNIA, Plaintiff,\nv.\n"
        "U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, Defendant.\n"
        "Case No. 3:25-cv-05536-VC\nCOMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF\n"
        "1. Under the agreement, CMS must return or destroy the data by September 30, 2025.\n"
        "2. The agency shall publish a system of records notice no later than October 15, 2025.\n"
    )
    facts = extract_facts(pages(text))
    assert facts.doc_type is not None and facts.doc_type.value == "complaint"
    assert facts.deadlines == ()
    # The same sentences in the court's order are its deadlines.
    order = text.replace("COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF", "ORDER")
    assert len(extract_facts(pages(order)).deadlines) == 2
