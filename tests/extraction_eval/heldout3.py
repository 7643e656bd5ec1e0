"""A fourth batch, written after heldout2.py was fixed and scored before any further change."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CA9,
    DMD,
    DNJ,
    DOR,
    WDWASH,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

DOR_SCHEDULE_DATE_FIRST = EvalFiling(
    "dor-scheduling-order-date-first-rows",
    "a schedule whose rows print the date first, in numeric form",
    stamped(
        "Case 6:25-cv-01433-MC Document 70 Filed 10/20/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF OREGON
STATE OF OREGON, et al.,
Plaintiffs,
v.
LEE ZELDIN, et al.,
Defendants.
Case No. 6:25-cv-01433-MC
SCHEDULING ORDER
Based on the parties' joint report, the Court sets these deadlines:
11/07/2025 Defendants lodge the administrative record
12/01/2025 Plaintiffs' motion for summary judgment
01/16/2026 Defendants' cross-motion and opposition
02/06/2026 Plaintiffs' reply
IT IS SO ORDERED.
DATED this 20th day of October, 2025.
MICHAEL J. McSHANE
United States District Judge
""",
    ),
    Expected(
        *DOR,
        "6:25-cv-01433-MC",
        70,
        d("2025-10-20"),
        "SCHEDULING ORDER",
        "order",
        "Michael J. McShane",
        parties=(("State of Oregon", P, "OR"), ("Lee Zeldin", D, None)),
        deadlines=(
            (d("2025-11-07"), "filing", 1, False),
            (d("2025-12-01"), "filing", 1, False),
            (d("2026-01-16"), "response", 1, False),
            (d("2026-02-06"), "reply", 1, False),
        ),
    ),
)

DMD_RULE16_ORDER = EvalFiling(
    "dmd-order-rule-16-conference",
    "a 'Rule 16 conference' is a conference; a period from entry of this Order",
    stamped(
        "Case 8:25-cv-01999-PX Document 30 Filed 10/06/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND
STATE OF MARYLAND, et al.,
Plaintiffs,
v. Civil Action No. 8:25-cv-01999-PX
UNITED STATES DEPARTMENT OF EDUCATION, et al.,
Defendants.
ORDER
It is this 6th day of October, 2025, by the United States District Court for the District
of Maryland, ORDERED that the parties shall file a joint proposed discovery plan within
fourteen (14) days of entry of this Order; and it is further ORDERED that a Rule 16
conference is set for November 10, 2025 at 11:00 a.m. by telephone.
/s/
Paula Xinis
United States District Judge
""",
    ),
    Expected(
        *DMD,
        "8:25-cv-01999-PX",
        30,
        d("2025-10-06"),
        "ORDER",
        "order",
        "Paula Xinis",
        parties=(
            ("State of Maryland", P, "MD"),
            ("United States Department of Education", D, None),
        ),
        deadlines=(
            (d("2025-10-20"), "filing", 1, True),
            (d("2025-11-10"), "conference", 1, False),
        ),
    ),
)

CA9_BRIEFING_ORDER = EvalFiling(
    "ca9-clerk-briefing-schedule",
    "a clerk's briefing order: three briefs in one sentence split at ';'",
    stamped(
        "Case: 25-5185, 10/01/2025, DktEntry: 30.1, Page {page} of {count}",
        """UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT
STATE OF CALIFORNIA, et al.,
Plaintiffs - Appellees,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants - Appellants.
No. 25-5185
ORDER
The motion to expedite is granted. The opening brief is due December 1, 2025; the answering
brief is due December 29, 2025; and the optional reply brief is due January 19, 2026.
FOR THE COURT:
""",
    ),
    Expected(
        *CA9,
        "25-5185",
        30,
        d("2025-10-01"),
        "ORDER",
        "order",
        None,
        parties=(
            ("State of California", "appellee", "CA"),
            ("U.S. Department of Health and Human Services", "appellant", None),
        ),
        relief=(("other", 1),),
        deadlines=(
            (d("2025-12-01"), "filing", 1, False),
            (d("2025-12-29"), "filing", 1, False),
            (d("2026-01-19"), "reply", 1, False),
        ),
    ),
)

WDWASH_AMENDED_NOTICE_OF_APPEAL = EvalFiling(
    "wdwash-amended-notice-of-appeal",
    "'AMENDED NOTICE OF APPEAL' is a notice, not an amended complaint",
    stamped(
        "Case 2:25-cv-01650-TL Document 52 Filed 11/03/25 Page {page} of {count}",
        """The Honorable Tana Lin
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE
STATE OF WASHINGTON, et al.,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF AGRICULTURE, et al.,
Defendants.
NO. 2:25-cv-01650-TL
DEFENDANTS' AMENDED NOTICE OF APPEAL
Defendants appeal to the United States Court of Appeals for the Ninth Circuit from the
preliminary injunction entered on October 6, 2025 (Dkt. No. 47).
DATED this 3rd day of November, 2025.
""",
    ),
    Expected(
        *WDWASH,
        "2:25-cv-01650-TL",
        52,
        d("2025-11-03"),
        "DEFENDANTS' AMENDED NOTICE OF APPEAL",
        "notice",
        "Tana Lin",
        parties=(
            ("State of Washington", P, "WA"),
            ("United States Department of Agriculture", D, None),
        ),
    ),
)

DNJ_EMERGENCY_TRO = EvalFiling(
    "dnj-emergency-tro-and-order-to-show-cause",
    "'MOTION FOR … RESTRAINING ORDER AND ORDER TO SHOW CAUSE' is a motion; it asks for two things",
    stamped(
        "Case 2:25-cv-04410-JXN-AME Document 3 Filed 06/02/25 Page {page} of {count} PageID: 40",
        """UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY
STATE OF NEW JERSEY,
Plaintiff,
v.
U.S. DEPARTMENT OF JUSTICE,
Defendant.
Civil Action No. 25-4410
PLAINTIFF'S EMERGENCY MOTION FOR TEMPORARY RESTRAINING ORDER AND ORDER TO SHOW CAUSE
Plaintiff asks the Court to (1) restrain Defendant from cancelling the State's victim-services
grants and (2) order Defendant to show cause why a preliminary injunction should not issue.
""",
    ),
    Expected(
        *DNJ,
        "2:25-cv-04410-JXN-AME",
        3,
        d("2025-06-02"),
        "PLAINTIFF'S EMERGENCY MOTION FOR TEMPORARY RESTRAINING ORDER AND ORDER TO SHOW CAUSE",
        "motion",
        None,
        parties=(("State of New Jersey", P, "NJ"), ("U.S. Department of Justice", D, None)),
        relief=(("injunction", 1), ("injunction", 1)),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    DOR_SCHEDULE_DATE_FIRST,
    DMD_RULE16_ORDER,
    CA9_BRIEFING_ORDER,
    WDWASH_AMENDED_NOTICE_OF_APPEAL,
    DNJ_EMERGENCY_TRO,
)
