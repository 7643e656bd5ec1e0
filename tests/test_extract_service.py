"""The day a paper says service was made: the answer clock runs from it (FRCP 12(a))."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casetracker.extract.service import service_date
from casetracker.models import PageText

FILED = dt.date(2025, 7, 21)

# Each row: the text, the service date it states (None: none), what it proves.
CASES = [
    (
        "PROOF OF SERVICE\n(This section should not be filed with the court unless required by"
        " Fed. R. Civ. P. 4 (l))\nThis summons for (name of individual and title, if any) Kristi"
        " Noem, Secretary of Homeland Security was received by me on (date) 07/01/2025 .\n"
        "I personally served the summons on the individual at (place) 245 Murray Lane SW,"
        " Washington, DC on (date) 07/03/2025 ; or",
        dt.date(2025, 7, 3),
        "the AO 440 form: served on, not received on",
    ),
    (
        "This summons was received by me on (date) 07/01/2025.\nI returned the summons"
        " unexecuted because the address was wrong; or",
        None,
        "received and returned unexecuted is no service",
    ),
    (
        "The summons and complaint were served on the United States Attorney for the Northern"
        " District of California by hand delivery on July 2, 2025.",
        dt.date(2025, 7, 2),
        "an initial's full stop does not end the clause (U.S. in a name would not either)",
    ),
    (
        "CERTIFICATE OF SERVICE\nOn July 9, 2025, I caused to be served the foregoing by"
        " certified mail on the Attorney General of the United States.",
        dt.date(2025, 7, 9),
        "On <date>, I caused to be served",
    ),
    (
        "I hereby certify that on July 10, 2025, I electronically filed the foregoing with the"
        " Clerk of the Court using the CM/ECF system.",
        None,
        "electronic filing is not a statement of service",
    ),
    ("Date of service: July 8, 2025\nSignature of server", dt.date(2025, 7, 8), "a label"),
    (
        "Service was effected on August 30, 2025, on each defendant.",
        None,
        "a date after the paper was filed is not a service it proves",
    ),
    (
        "The data was delivered to ICE in June. The hearing was held on July 14, 2025.",
        None,
        "a verb in an earlier sentence does not reach a later date",
    ),
    (
        "Defendant HHS was served on July 5, 2025; Defendant DHS was served on July 3, 2025.",
        dt.date(2025, 7, 3),
        "several defendants: the earliest service",
    ),
]


@pytest.mark.parametrize(("text", "want", "why"), CASES, ids=[c[2] for c in CASES])
def test_the_service_a_paper_states(text: str, want: dt.date | None, why: str) -> None:
    found = service_date([PageText(2, text)], FILED)
    assert (found[0] if found else None) == want, why
    if found:
        _, source = found
        assert source.page == 2 and text[source.start : source.end] == source.text


STAMP = "Case 3:25-cv-05536-VC Document {ecf} Filed 07/{day:02d}/25 Page {{page}} of {{pages}}"


def test_an_ingested_proof_of_service_dates_the_answer_from_service(tmp_path: Path) -> None:
    from casetracker.tracker import Tracker
    from tests.conftest import write_pdf

    inbox = tmp_path / "inbox"
    complaint = (
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "STATE OF CALIFORNIA, Plaintiff,\nv.\nACME DATA CORP., Defendant.\n"
        "Case No. 3:25-cv-05536-VC\nCOMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF\n"
        "The State brings this action to stop the sharing of Medicaid records."
    )
    write_pdf(inbox / "ecf-001.pdf", [complaint], stamp=STAMP.format(ecf=1, day=1))
    # The AO 440 form, returned executed: the summons, then its proof of service.
    summons = (
        "UNITED STATES DISTRICT COURT\nfor the\nNorthern District of California\n"
        "STATE OF CALIFORNIA\nPlaintiff(s)\nv.\nACME DATA CORP.\nDefendant(s)\n"
        "Civil Action No. 3:25-cv-05536-VC\nSUMMONS IN A CIVIL ACTION\n"
        "To: Acme Data Corp., 1 Main Street, Oakland, California\n"
        "A lawsuit has been filed against you."
    )
    proof = (
        "Civil Action No. 3:25-cv-05536-VC\nPROOF OF SERVICE\n"
        "This summons for Acme Data Corp. was received by me on (date) 07/01/2025 .\n"
        "I personally served the summons on the registered agent at 1 Main Street,\n"
        "Oakland, California on (date) 07/03/2025 ; or"
    )
    write_pdf(inbox / "ecf-009.pdf", [summons, proof], stamp=STAMP.format(ecf=9, day=21))
    with Tracker.open(tmp_path / "home") as t:
        t.ingest([inbox], workers=0)
        (record,) = [r for r in t.filings() if r.facts.docket_entry == 9]
        assert record.facts.served == dt.date(2025, 7, 3)
        assert record.facts.sources["served"].page == 2
        answers = [d.deadline for d in t.deadlines() if "12(a)(1)" in (d.deadline.rule or "")]
    # Thu 07-03 + 21 days = Thu 07-24 (the proof was filed 07-21: 08-11 would be 18 days late).
    assert [a.date for a in answers] == [dt.date(2025, 7, 24)]
