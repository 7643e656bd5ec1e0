"""A second batch, written after the extractor was fixed against papers.py and orders.py and
scored before any further change: how the extractor does on wordings it was not tuned to."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CA9,
    DARIZ,
    NDCAL,
    SDNY,
    WDWASH,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

NDCAL_MTD_ORDER = EvalFiling(
    "ndcal-order-in-part-re-dkt",
    "')' caption title with a 'Re: Dkt. No.' line; leave to amend in 21 days; CMC set; a "
    "vacated hearing",
    stamped(
        "Case 3:25-cv-05536-VC Document 140 Filed 10/30/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al., ) Case No. 25-cv-05536-VC
)
Plaintiffs, ) ORDER GRANTING IN PART AND
v. ) DENYING IN PART MOTION TO DISMISS
)
U.S. DEPARTMENT OF HEALTH AND ) Re: Dkt. No. 121
HUMAN SERVICES, et al., )
Defendants. )
The motion to dismiss is granted in part and denied in part. The Privacy Act claim is
dismissed with leave to amend. Any amended complaint shall be filed within 21 days of this
order. The hearing set for November 6, 2025 is vacated. A case management conference is set
for December 2, 2025 at 10:00 a.m.
IT IS SO ORDERED.
Dated: October 30, 2025
VINCE CHHABRIA
United States District Judge
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        140,
        d("2025-10-30"),
        "ORDER GRANTING IN PART AND DENYING IN PART MOTION TO DISMISS",
        "order",
        "Vince Chhabria",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        relief=(("other", 1),),
        deadlines=(
            (d("2025-11-20"), "filing", 1, True),
            (d("2025-12-02"), "conference", 1, False),
        ),
    ),
)

SDNY_OPINION = EvalFiling(
    "sdny-memorandum-opinion-byline",
    "S.D.N.Y. by-line 'JESSE M. FURMAN, United States District Judge:'; a period counted from "
    "'this Memorandum Opinion and Order'",
    stamped(
        "Case 1:25-cv-05810-JMF Document 77 Filed 10/03/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK, et al.,
Plaintiffs,
-v-
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
25-CV-5810 (JMF)
MEMORANDUM OPINION
AND ORDER
JESSE M. FURMAN, United States District Judge:
The States challenge a policy of sharing program records with immigration authorities.
For the reasons below, Defendants' motion to dismiss is DENIED. The parties shall submit a
joint letter proposing a schedule within fourteen days of the date of this Memorandum Opinion
and Order.
SO ORDERED.
Dated: October 3, 2025
New York, New York
JESSE M. FURMAN
United States District Judge
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-05810-JMF",
        77,
        d("2025-10-03"),
        "MEMORANDUM OPINION AND ORDER",
        "order",
        "Jesse M. Furman",
        parties=(
            ("State of New York", P, "NY"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        relief=(("other", 1),),
        deadlines=((d("2025-10-17"), "filing", 1, True),),
    ),
)

CA9_AMICI_STATES = EvalFiling(
    "ca9-brief-of-amici-states",
    "amici States named in the title join the appellate caption's parties",
    stamped(
        "Case: 25-5185, 10/14/2025, DktEntry: 40.1, Page {page} of {count}",
        """No. 25-5185
IN THE UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT
STATE OF CALIFORNIA, et al.,
Plaintiffs-Appellees,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants-Appellants.
On Appeal from the United States District Court
for the Northern District of California
BRIEF OF AMICI CURIAE STATES OF NEW YORK, ILLINOIS, AND MARYLAND
IN SUPPORT OF PLAINTIFFS-APPELLEES AND AFFIRMANCE
""",
    ),
    Expected(
        *CA9,
        "25-5185",
        40,
        d("2025-10-14"),
        "BRIEF OF AMICI CURIAE STATES OF NEW YORK, ILLINOIS, AND MARYLAND IN SUPPORT OF "
        "PLAINTIFFS-APPELLEES AND AFFIRMANCE",
        "brief",
        None,
        parties=(
            ("State of California", "appellee", "CA"),
            ("U.S. Department of Health and Human Services", "appellant", None),
            ("State of New York", "amicus", "NY"),
            ("State of Illinois", "amicus", "IL"),
            ("State of Maryland", "amicus", "MD"),
        ),
    ),
)

WDWASH_STIPULATED_MOTION_ORDER = EvalFiling(
    "wdwash-order-on-stipulated-motion",
    "'ORDER ON STIPULATED MOTION' under 'The Honorable …'; 'is extended to' a date",
    stamped(
        "Case 2:25-cv-01650-TL Document 35 Filed 09/29/25 Page {page} of {count}",
        """The Honorable Tana Lin
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE
STATE OF WASHINGTON, et al.,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF AGRICULTURE, et al.,
Defendants.
CASE NO. 2:25-cv-01650-TL
ORDER ON STIPULATED MOTION TO EXTEND DEADLINES
This matter comes before the Court on the parties' stipulated motion to extend deadlines
(Dkt. No. 33). The motion is GRANTED. Defendants' deadline to respond to the amended complaint
is extended to October 17, 2025.
Dated this 29th day of September, 2025.
Tana Lin
United States District Judge
""",
    ),
    Expected(
        *WDWASH,
        "2:25-cv-01650-TL",
        35,
        d("2025-09-29"),
        "ORDER ON STIPULATED MOTION TO EXTEND DEADLINES",
        "order",
        "Tana Lin",
        parties=(
            ("State of Washington", P, "WA"),
            ("United States Department of Agriculture", D, None),
        ),
        relief=(("other", 1),),
        deadlines=((d("2025-10-17"), "response", 1, False),),
    ),
)

DARIZ_COMPLAINT = EvalFiling(
    "dariz-complaint-claim-for-relief",
    "'CLAIM FOR RELIEF' counts numbered in words; a 'WHEREFORE' prayer numbered '1.'; a jury "
    "demand ends it",
    stamped(
        "Case 2:25-cv-03120-DJH Document 1 Filed 09/02/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA
State of Arizona, No.
Plaintiff,
v. COMPLAINT FOR DECLARATORY
AND INJUNCTIVE RELIEF
United States Department of Labor; and
Keith Sonderling, in his official capacity
as Acting Secretary of Labor,
Defendants.
INTRODUCTION
1. Arizona challenges new conditions on workforce grants.
CLAIM FOR RELIEF ONE
(Administrative Procedure Act: Contrary to Law)
20. The conditions exceed the statute.
CLAIM FOR RELIEF TWO
(Spending Clause)
21. The conditions were not stated unambiguously.
WHEREFORE, Arizona asks the Court to:
1. Declare the grant conditions unlawful;
2. Enjoin Defendants from enforcing the conditions against Arizona; and
3. Award Arizona its costs.
DEMAND FOR JURY TRIAL
""",
    ),
    Expected(
        *DARIZ,
        "2:25-cv-03120-DJH",
        1,
        d("2025-09-02"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("State of Arizona", P, "AZ"),
            ("United States Department of Labor", D, None),
            ("Keith Sonderling", D, None),
        ),
        claims=(
            (1, "Administrative Procedure Act: Contrary to Law"),
            (2, "Spending Clause"),
        ),
        relief=(("declaratory", 1), ("injunction", 1), ("fees", 1)),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    NDCAL_MTD_ORDER,
    SDNY_OPINION,
    CA9_AMICI_STATES,
    WDWASH_STIPULATED_MOTION_ORDER,
    DARIZ_COMPLAINT,
)
