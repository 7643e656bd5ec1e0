"""A sixth batch, written after heldout4.py was fixed and scored before any further change."""

from __future__ import annotations

from tests.extraction_eval.model import (
    DARIZ,
    NDCAL,
    WDWASH,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

NDCAL_ORDER_RE_SEAL = EvalFiling(
    "ndcal-order-re-administrative-motion-to-seal",
    "'ORDER RE: …' in a ')' column with 'Re: Dkt. No.' below; a lower-case disposition",
    stamped(
        "Case 3:25-cv-05536-VC Document 66 Filed 08/11/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al., ) Case No. 25-cv-05536-VC
)
Plaintiffs, ) ORDER RE: ADMINISTRATIVE
v. ) MOTION TO SEAL
)
U.S. DEPARTMENT OF HEALTH AND ) Re: Dkt. No. 61
HUMAN SERVICES, et al., )
Defendants. )
The administrative motion to seal is granted. The sealed portions describe security
features of the State's eligibility system, and their disclosure could cause harm.
IT IS SO ORDERED.
Dated: August 11, 2025
VINCE CHHABRIA
United States District Judge
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        66,
        d("2025-08-11"),
        "ORDER RE: ADMINISTRATIVE MOTION TO SEAL",
        "order",
        "Vince Chhabria",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        relief=(("other", 1),),
    ),
)

DARIZ_SETTING_ORDER = EvalFiling(
    "dariz-it-is-further-ordered-setting",
    "'IT IS FURTHER ORDERED setting oral argument for …'; an answer due after a paper not served",
    stamped(
        "Case 2:25-cv-03120-DJH Document 80 Filed 11/12/25 Page {page} of {count}",
        """WO
IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA
State of Arizona, No. CV-25-03120-PHX-DJH
Plaintiff, ORDER
v.
United States Department of Labor, et al.,
Defendants.
IT IS ORDERED that Plaintiff's motion for leave to amend (Doc. 75) is GRANTED. Plaintiff
shall file the amended complaint as a separate docket entry. Defendants must answer within
14 days after service of the amended complaint.
IT IS FURTHER ORDERED setting oral argument on the cross-motions for summary judgment for
January 12, 2026 at 10:00 a.m.
Dated this 12th day of November, 2025.
Honorable Diane J. Humetewa
United States District Judge
""",
    ),
    Expected(
        *DARIZ,
        "2:25-cv-03120-DJH",
        80,
        d("2025-11-12"),
        "ORDER",
        "order",
        "Diane J. Humetewa",
        parties=(("State of Arizona", P, "AZ"), ("United States Department of Labor", D, None)),
        relief=(("other", 1),),
        deadlines=((None, "response", 1, True), (d("2026-01-12"), "hearing", 1, False)),
    ),
)

WDWASH_COMPLAINT = EvalFiling(
    "wdwash-complaint-causes-of-action-colon",
    "'FIRST CAUSE OF ACTION: …' on one line; a State 'by and through its Attorney General'",
    stamped(
        "Case 2:25-cv-01650 Document 1 Filed 08/25/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE
STATE OF WASHINGTON, by and through its
Attorney General,
Plaintiff,
v.
UNITED STATES DEPARTMENT OF AGRICULTURE,
Defendant.
NO. 2:25-cv-01650
COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF
I. INTRODUCTION
1.1 Washington challenges the Department's demand for recipient data.
VI. CAUSES OF ACTION
FIRST CAUSE OF ACTION: Violation of the Privacy Act
6.1 The demand seeks records the statute protects.
SECOND CAUSE OF ACTION: Violation of the Administrative Procedure Act
6.2 The demand is arbitrary and capricious.
VII. PRAYER FOR RELIEF
A. Declare that the demand is unlawful;
B. Enjoin the Department from penalizing Washington for declining to comply; and
C. Award Washington its costs and fees.
DATED this 25th day of August, 2025.
""",
    ),
    Expected(
        *WDWASH,
        "2:25-cv-01650",
        1,
        d("2025-08-25"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("State of Washington", P, "WA"),
            ("United States Department of Agriculture", D, None),
        ),
        claims=(
            (1, "Violation of the Privacy Act"),
            (2, "Violation of the Administrative Procedure Act"),
        ),
        relief=(("declaratory", 1), ("injunction", 1), ("fees", 1)),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (NDCAL_ORDER_RE_SEAL, DARIZ_SETTING_ORDER, WDWASH_COMPLAINT)
