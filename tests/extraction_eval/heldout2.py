"""A third batch, written after heldout.py was fixed and scored before any further change."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CA1,
    CDCAL,
    EDVA,
    NDILL,
    SDNY,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

CDCAL_NOTICE_OF_MOTION = EvalFiling(
    "cdcal-notice-of-motion-hearing-lines",
    "a notice of motion with Date/Time/Courtroom lines in a ')' column; the request on page 1",
    stamped(
        "Case 2:25-cv-06633-MEMF Document 18 Filed 08/01/25 Page {page} of {count} "
        "Page ID #:1{page}2",
        """UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, ) Case No. 2:25-cv-06633-MEMF
) PLAINTIFF'S NOTICE OF MOTION AND
Plaintiff, ) MOTION FOR PRELIMINARY INJUNCTION
v. )
) Date: September 4, 2025
U.S. DEPARTMENT OF TRANSPORTATION, ) Time: 10:00 a.m.
et al., ) Courtroom: 8B
Defendants. )
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:
PLEASE TAKE NOTICE that on September 4, 2025, at 10:00 a.m., in Courtroom 8B of the above
Court, Plaintiff will and hereby does move for a preliminary injunction barring Defendants
from withholding the State's highway funds.
""",
    ),
    Expected(
        *CDCAL,
        "2:25-cv-06633-MEMF",
        18,
        d("2025-08-01"),
        "PLAINTIFF'S NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION",
        "motion",
        None,
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Transportation", D, None),
        ),
        relief=(("injunction", 1),),
        deadlines=((d("2025-09-04"), "hearing", 1, False),),
    ),
)

CA1_CLERK_JUDGMENT = EvalFiling(
    "ca1-judgment-by-the-clerk",
    "a court of appeals judgment entered by the clerk: no judge, no deadlines",
    stamped(
        "Case: 25-1611 Document: 00118330001 Page: {page} Date Filed: 09/03/2025 Entry ID: 6750002",
        """United States Court of Appeals
For the First Circuit
No. 25-1611
COMMONWEALTH OF MASSACHUSETTS, et al.,
Plaintiffs, Appellees,
v.
ROBERT F. KENNEDY, JR., et al.,
Defendants, Appellants.
JUDGMENT
Entered: September 3, 2025
Upon consideration of the parties' joint motion, the appeal is voluntarily dismissed under
Fed. R. App. P. 42(b). Each party shall bear its own costs.
Mandate to issue forthwith.
By the Court:
Anastasia Dubrovsky, Clerk
""",
    ),
    Expected(
        *CA1,
        "25-1611",
        None,
        d("2025-09-03"),
        "JUDGMENT",
        "judgment",
        None,
        parties=(
            ("Commonwealth of Massachusetts", "appellee", "MA"),
            ("Robert F. Kennedy, Jr.", "appellant", None),
        ),
    ),
)

EDVA_COMPLAINT_ROMAN_PRAYER = EvalFiling(
    "edva-complaint-count-digits-roman-prayer",
    "'COUNT 1' with digits, prayer items '(i)', '(ii)'",
    stamped(
        "Case 1:25-cv-00981 Document 1 Filed 06/09/25 Page {page} of {count} PageID# {page}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division
COMMONWEALTH OF VIRGINIA,
Plaintiff,
v. Civil Action No. 1:25-cv-981
OFFICE OF PERSONNEL MANAGEMENT,
Defendant.
COMPLAINT
1. Virginia challenges the agency's release of its employees' records.
COUNT 1
Violation of the Privacy Act, 5 U.S.C. § 552a(b)
20. The agency disclosed records without consent.
COUNT 2
Administrative Procedure Act, 5 U.S.C. § 706(2)(A)
21. The release was arbitrary and capricious.
PRAYER FOR RELIEF
Virginia asks the Court to:
(i) declare that the release violated the Privacy Act;
(ii) order the agency to retrieve and destroy the released records; and
(iii) award reasonable attorneys' fees.
Respectfully submitted,
""",
    ),
    Expected(
        *EDVA,
        "1:25-cv-00981",
        1,
        d("2025-06-09"),
        "COMPLAINT",
        "complaint",
        None,
        parties=(
            ("Commonwealth of Virginia", P, "VA"),
            ("Office of Personnel Management", D, None),
        ),
        claims=(
            (1, "Violation of the Privacy Act, 5 U.S.C. § 552a(b)"),
            (2, "Administrative Procedure Act, 5 U.S.C. § 706(2)(A)"),
        ),
        relief=(("declaratory", 1), ("destruction", 1), ("fees", 1)),
    ),
)

NDILL_MINUTE_ENTRY = EvalFiling(
    "ndill-minute-entry",
    "a minute entry: an order by the court, 'set for 11/12/2025 at 9:30 AM'",
    stamped(
        "Case: 1:25-cv-07001 Document #: 48 Filed: 10/08/25 Page {page} of {count} PageID #:901",
        """UNITED STATES DISTRICT COURT
FOR THE Northern District of Illinois - CM/ECF NextGen 1.8
Eastern Division
State of Illinois
Plaintiff,
v. Case No.: 1:25-cv-07001
Honorable Sara L. Ellis
Federal Emergency Management Agency, et al.
Defendant.
NOTIFICATION OF DOCKET ENTRY
This docket entry was made by the Clerk on Wednesday, October 8, 2025:
MINUTE entry before the Honorable Sara L. Ellis: Status hearing held. Defendants shall
answer the amended complaint by 10/29/2025. Status hearing set for 11/12/2025 at 9:30 AM.
Mailed notice.
""",
    ),
    Expected(
        *NDILL,
        "1:25-cv-07001",
        48,
        d("2025-10-08"),
        "NOTIFICATION OF DOCKET ENTRY",
        "order",
        "Sara L. Ellis",
        parties=(
            ("State of Illinois", P, "IL"),
            ("Federal Emergency Management Agency", D, None),
        ),
        deadlines=(
            (d("2025-10-29"), "response", 1, False),
            (d("2025-11-12"), "hearing", 1, False),
        ),
    ),
)

SDNY_JOINT_LETTER = EvalFiling(
    "sdny-joint-status-report-proposals",
    "a joint status report proposing dates: proposals are not the court's deadlines",
    stamped(
        "Case 1:25-cv-05810-JMF Document 80 Filed 10/16/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK, et al.,
Plaintiffs,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
No. 25-cv-5810 (JMF)
JOINT STATUS REPORT
Pursuant to the Court's order of October 3, 2025, the parties propose the following: that
Defendants produce the administrative record by November 14, 2025, and that the parties
then confer about summary judgment briefing.
Dated: October 16, 2025
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-05810-JMF",
        80,
        d("2025-10-16"),
        "JOINT STATUS REPORT",
        "other",
        None,
        parties=(
            ("State of New York", P, "NY"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    CDCAL_NOTICE_OF_MOTION,
    CA1_CLERK_JUDGMENT,
    EDVA_COMPLAINT_ROMAN_PRAYER,
    NDILL_MINUTE_ENTRY,
    SDNY_JOINT_LETTER,
)
