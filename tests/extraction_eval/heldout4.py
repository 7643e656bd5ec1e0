"""A fifth batch, written after heldout3.py was fixed and scored before any further change."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CA9,
    DMASS,
    EDVA,
    NDCAL,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

CA9_ANSWERING_BRIEF = EvalFiling(
    "ca9-answering-brief",
    "'ANSWERING BRIEF FOR PLAINTIFFS-APPELLEES' is a brief; 'On Appeal from' names the court below",
    stamped(
        "Case: 25-5185, 12/29/2025, DktEntry: 52.1, Page {page} of {count}",
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
No. 3:25-cv-05536-VC
The Honorable Vince Chhabria
ANSWERING BRIEF FOR PLAINTIFFS-APPELLEES
ROB BONTA
Attorney General of California
""",
    ),
    Expected(
        *CA9,
        "25-5185",
        52,
        d("2025-12-29"),
        "ANSWERING BRIEF FOR PLAINTIFFS-APPELLEES",
        "brief",
        None,
        parties=(
            ("State of California", "appellee", "CA"),
            ("U.S. Department of Health and Human Services", "appellant", None),
        ),
    ),
)

EDVA_ORDER_JR_SIGNATURE = EvalFiling(
    "edva-order-signed-jr",
    "a judge who signs with 'Jr.'; 'on or before' a date",
    stamped(
        "Case 1:25-cv-00981-RDA-WEF Document 60 Filed 11/04/25 Page {page} of {count} PageID# 610",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division
COMMONWEALTH OF VIRGINIA,
Plaintiff,
v. Civil Action No. 1:25-cv-981 (RDA/WEF)
OFFICE OF PERSONNEL MANAGEMENT,
Defendant.
ORDER
This matter is before the Court on Defendant's Motion for Extension of Time (Dkt. 58). For
good cause shown, the Motion is GRANTED, and Defendant shall file its answer on or before
November 21, 2025.
It is SO ORDERED.
Alexandria, Virginia
November 4, 2025
/s/
Rossie D. Alston, Jr.
United States District Judge
""",
    ),
    Expected(
        *EDVA,
        "1:25-cv-00981-RDA-WEF",
        60,
        d("2025-11-04"),
        "ORDER",
        "order",
        "Rossie D. Alston, Jr.",
        parties=(
            ("Commonwealth of Virginia", P, "VA"),
            ("Office of Personnel Management", D, None),
        ),
        relief=(("other", 1),),
        deadlines=((d("2025-11-21"), "response", 1, False),),
    ),
)

NDCAL_COMPLAINT_SPLIT_ITEM = EvalFiling(
    "ndcal-complaint-prayer-item-over-page-break",
    "a ')' caption complaint; counts '(Against All Defendants)'; a prayer item cut by the page end",
    stamped(
        "Case 3:25-cv-07100 Document 1 Filed 08/20/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
SAN FRANCISCO DIVISION
CITY AND COUNTY OF SAN FRANCISCO, ) Case No. 3:25-cv-07100
)
Plaintiff, ) COMPLAINT FOR DECLARATORY AND
) INJUNCTIVE RELIEF
v. )
)
FEDERAL TRANSIT ADMINISTRATION, )
)
Defendant. )
INTRODUCTION
1. San Francisco challenges new conditions on its transit grants.
FIRST CLAIM FOR RELIEF
(Administrative Procedure Act – In Excess of Statutory Authority)
(Against All Defendants)
30. The conditions are not authorized by statute.
SECOND CLAIM FOR RELIEF
(Separation of Powers)
31. The conditions usurp Congress's spending power.
PRAYER FOR RELIEF
Plaintiff asks that the Court:
a. Declare the grant conditions unlawful and unenforceable;
b. Enjoin Defendant from imposing the conditions on any grant to Plaintiff, and from
""",
        """withholding funds because Plaintiff declines to accept them; and
c. Grant any other relief the Court finds proper.
Dated: August 20, 2025
DAVID CHIU
City Attorney
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-07100",
        1,
        d("2025-08-20"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("City and County of San Francisco", P, None),
            ("Federal Transit Administration", D, None),
        ),
        claims=(
            (1, "Administrative Procedure Act – In Excess of Statutory Authority"),
            (2, "Separation of Powers"),
        ),
        relief=(("declaratory", 1), ("injunction", 1), ("other", 2)),
    ),
)

DMASS_SUPPLEMENTAL_AUTHORITY = EvalFiling(
    "dmass-notice-of-supplemental-authority",
    "a notice of supplemental authority quoting another court's deadlines: none are ours",
    stamped(
        "Case 1:25-cv-11902-ADB Document 33 Filed 10/10/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS
COMMONWEALTH OF MASSACHUSETTS, et al.,
Plaintiffs,
v.
KRISTI NOEM, et al.,
Defendants.
Civil Action No. 25-cv-11902-ADB
PLAINTIFFS' NOTICE OF SUPPLEMENTAL AUTHORITY
Plaintiffs notify the Court of the enclosed order in California v. U.S. Department of
Health and Human Services, No. 3:25-cv-05536 (N.D. Cal.). That order requires the agencies
to file a compliance report by October 24, 2025.
""",
    ),
    Expected(
        *DMASS,
        "1:25-cv-11902-ADB",
        33,
        d("2025-10-10"),
        "PLAINTIFFS' NOTICE OF SUPPLEMENTAL AUTHORITY",
        "notice",
        None,
        parties=(("Commonwealth of Massachusetts", P, "MA"), ("Kristi Noem", D, None)),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    CA9_ANSWERING_BRIEF,
    EDVA_ORDER_JR_SIGNATURE,
    NDCAL_COMPLAINT_SPLIT_ITEM,
    DMASS_SUPPLEMENTAL_AUTHORITY,
)
