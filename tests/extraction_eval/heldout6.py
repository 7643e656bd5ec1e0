"""A seventh batch, written after heldout5.py was fixed and scored before any further change:
caption layouts and wordings the set did not have (ruled boxes, no role lines, en-dash roles,
letter-spaced titles, States listed one per line with their Attorneys General)."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CADC,
    DDC,
    SDNY,
    EvalFiling,
    Expected,
    d,
    stamped,
)

# Courts new to the set, named as `courts.py` spells them.
EDPA = ("paed", "United States District Court, Eastern District of Pennsylvania")
DRI = ("rid", "United States District Court, District of Rhode Island")
CA4 = ("ca4", "United States Court of Appeals for the Fourth Circuit")

P, D = "plaintiff", "defendant"
APE, APT = "appellee", "appellant"

DDC_STATUS_REPORT = EvalFiling(
    "ddc-status-report-ruled-paren-box",
    "a D.D.C. box drawn with underscores and ')'; names cut over two lines before 'et al.'; "
    "'Civil Action No. 25-1234 (ABC)' beside 'v.'",
    stamped(
        "Case 1:25-cv-01234-ABC Document 29 Filed 09/12/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
__________________________________________
)
AMERICAN ASSOCIATION OF PUBLIC )
LIBRARIES, et al., )
)
Plaintiffs, )
)
v. ) Civil Action No. 25-1234 (ABC)
)
INSTITUTE OF MUSEUM AND LIBRARY )
SERVICES, et al., )
)
Defendants. )
__________________________________________)
DEFENDANTS' STATUS REPORT
As directed by the Court's Minute Order of August 29, 2025, Defendants report on the grants
at issue. Of the 212 grants named in the Amended Complaint, the agency has reinstated 187;
the other 25 were closed out at the grantees' own request. Defendants continue to confer
with Plaintiffs about the grants still in dispute.
Dated: September 12, 2025 Respectfully submitted,
JORDAN K. PRICE
Trial Attorney
""",
    ),
    Expected(
        *DDC,
        "1:25-cv-01234-ABC",
        29,
        d("2025-09-12"),
        "DEFENDANTS' STATUS REPORT",
        "other",
        None,
        parties=(
            ("American Association of Public Libraries", P, None),
            ("Institute of Museum and Library Services", D, None),
        ),
    ),
)

SDNY_AGAINST_X_BOX = EvalFiling(
    "sdny-against-x-ruled-box",
    "an S.D.N.Y. box ruled with '----x' and ':' columns; '-against-'; 'and' joins the last "
    "State; an official after a department; '25 Civ. 6120 (HRO)'",
    stamped(
        "Case 1:25-cv-06120-HRO Document 54 Filed 10/17/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------- x
:
STATE OF NEW YORK, STATE OF CONNECTICUT, :
and STATE OF VERMONT, :
:
Plaintiffs, :
: 25 Civ. 6120 (HRO)
-against- :
: OPINION AND ORDER
UNITED STATES DEPARTMENT OF HOUSING AND :
URBAN DEVELOPMENT, and SCOTT TURNER, in his :
official capacity as Secretary of Housing and :
Urban Development, :
:
Defendants. :
-------------------------------------------------------------- x
HELEN R. OKAFOR, United States District Judge:
Three States challenge conditions that the Department attached to homelessness grants.
For the reasons that follow, Defendants' motion to transfer this action to the District of
Columbia is DENIED. The parties shall submit a joint proposed case management plan by
November 7, 2025.
SO ORDERED.
Dated: October 17, 2025
New York, New York
HELEN R. OKAFOR
United States District Judge
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-06120-HRO",
        54,
        d("2025-10-17"),
        "OPINION AND ORDER",
        "order",
        "Helen R. Okafor",
        parties=(
            ("State of New York", P, "NY"),
            ("State of Connecticut", P, "CT"),
            ("State of Vermont", P, "VT"),
            ("United States Department of Housing and Urban Development", D, None),
            ("Scott Turner", D, None),
        ),
        relief=(("other", 1),),
        deadlines=((d("2025-11-07"), "filing", 1, False),),
    ),
)

EDPA_MEMORANDUM_NO_ROLES = EvalFiling(
    "edpa-memorandum-caption-without-roles",
    "an E.D. Pa. ':' caption with no role lines ('CIVIL ACTION' / 'NO. 25-4012' at right); a "
    "bare 'MEMORANDUM' by the court with its 'AND NOW … ORDERED' order; 'Whitcomb, J.' by-line "
    "and a 'DANIEL P. WHITCOMB, J.' signature",
    stamped(
        "Case 2:25-cv-04012-DPW Document 27 Filed 10/21/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA
COMMONWEALTH OF PENNSYLVANIA, et al. : CIVIL ACTION
:
v. :
:
UNITED STATES DEPARTMENT OF : NO. 25-4012
AGRICULTURE, et al. :
MEMORANDUM
Whitcomb, J. October 21, 2025
Pennsylvania and four other States ask the Court to stop the Department from withholding
administrative funds for the school meals program while this case proceeds. Because the
States are likely to show that the withholding exceeds the Department's authority, and the
other factors favor them, the Court will grant the motion.
""",
        """ORDER
AND NOW, this 21st day of October, 2025, upon consideration of Plaintiffs' Motion for a
Preliminary Injunction (ECF No. 9), Defendants' response (ECF No. 18) and Plaintiffs' reply
(ECF No. 22), it is ORDERED that the Motion is GRANTED. Defendants shall file a status
report describing their compliance within fourteen days of the date of this Order.
BY THE COURT:
/s/ Daniel P. Whitcomb
DANIEL P. WHITCOMB, J.
""",
    ),
    Expected(
        *EDPA,
        "2:25-cv-04012-DPW",
        27,
        d("2025-10-21"),
        "MEMORANDUM",
        "order",
        "Daniel P. Whitcomb",
        parties=(
            ("Commonwealth of Pennsylvania", P, "PA"),
            ("United States Department of Agriculture", D, None),
        ),
        relief=(("injunction", 2),),
        deadlines=((d("2025-11-04"), "filing", 2, True),),
    ),
)

CA4_MOTION_EN_DASH_ROLES = EvalFiling(
    "ca4-unopposed-motion-en-dash-roles",
    "a Fourth Circuit cover: 'USCA4 Appeal … Doc: 31' stamp, the court's name over three "
    "lines, 'Plaintiffs – Appellees' with an en dash, rules between the blocks",
    stamped(
        "USCA4 Appeal: 25-1189 Doc: 31 Filed: 10/02/2025 Pg: {page} of {count}",
        """No. 25-1189
IN THE
United States Court of Appeals
FOR THE FOURTH CIRCUIT
______________________
STATE OF MARYLAND, et al.,
Plaintiffs – Appellees,
v.
UNITED STATES DEPARTMENT OF AGRICULTURE, et al.,
Defendants – Appellants.
______________________
On Appeal from the United States District Court
for the District of Maryland at Baltimore
______________________
APPELLANTS' UNOPPOSED MOTION FOR A 30-DAY EXTENSION OF TIME
TO FILE OPENING BRIEF
______________________
Under Fourth Circuit Rule 31(c), appellants move for a 30-day extension of time to file
their opening brief and the joint appendix. Counsel for appellees has said that appellees
do not oppose this motion.
""",
    ),
    Expected(
        *CA4,
        "25-1189",
        31,
        d("2025-10-02"),
        "APPELLANTS' UNOPPOSED MOTION FOR A 30-DAY EXTENSION OF TIME TO FILE OPENING BRIEF",
        "motion",
        None,
        parties=(
            ("State of Maryland", APE, "MD"),
            ("United States Department of Agriculture", APT, None),
        ),
        relief=(("other", 1),),
    ),
)

DRI_ERRATA_STATES_BY_AG = EvalFiling(
    "dri-notice-of-errata-states-by-attorney-general",
    "States one per block 'by and through its Attorney General[, name]'; 'C.A. No.' beside "
    "'v.'; 'NOTICE OF ERRATA TO THEIR MOTION …' is a notice, not a motion",
    stamped(
        "Case 1:25-cv-00128-JJM-PAS Document 47 Filed 06/18/25 Page {page} of {count} "
        "PageID #: 22{page}0",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF RHODE ISLAND
STATE OF RHODE ISLAND, by and through its
Attorney General, Lena Ortiz-Barnes;
STATE OF NEW MEXICO, by and through its
Attorney General;
STATE OF WISCONSIN, by and through its
Attorney General;
PEOPLE OF THE STATE OF MICHIGAN, by and through
its Attorney General; and
COMMONWEALTH OF KENTUCKY, by and through
its Governor,
Plaintiffs,
v. C.A. No. 1:25-cv-00128-JJM-PAS
UNITED STATES DEPARTMENT OF EDUCATION;
and LINDA McMAHON, in her official capacity
as Secretary of Education,
Defendants.
PLAINTIFF STATES' NOTICE OF ERRATA TO THEIR
MOTION FOR PRELIMINARY INJUNCTION
Plaintiff States notify the Court that their memorandum in support of the motion (ECF No.
41-1) cited the wrong paragraph of the Vasquez Declaration on page 17. The correct citation
is Vasquez Decl. ¶ 12. A corrected memorandum is attached; nothing else has changed.
Dated: June 18, 2025 Respectfully submitted,
""",
    ),
    Expected(
        *DRI,
        "1:25-cv-00128-JJM-PAS",
        47,
        d("2025-06-18"),
        "PLAINTIFF STATES' NOTICE OF ERRATA TO THEIR MOTION FOR PRELIMINARY INJUNCTION",
        "notice",
        None,
        parties=(
            ("State of Rhode Island", P, "RI"),
            ("State of New Mexico", P, "NM"),
            ("State of Wisconsin", P, "WI"),
            ("People of the State of Michigan", P, "MI"),
            ("Commonwealth of Kentucky", P, "KY"),
            ("United States Department of Education", D, None),
            ("Linda McMahon", D, None),
        ),
    ),
)

CADC_PER_CURIAM_ORDER = EvalFiling(
    "cadc-per-curiam-order-letter-spaced",
    "a D.C. Circuit order: 'September Term' and the district number at right, mixed-case names, "
    "role lines without commas, 'BEFORE: … Circuit Judges', an 'O R D E R' title, per curiam",
    stamped(
        "USCA Case #25-5144 Document #2139876 Filed: 10/09/2025 Page {page} of {count}",
        """United States Court of Appeals
FOR THE DISTRICT OF COLUMBIA CIRCUIT
____________
No. 25-5144 September Term, 2025
1:25-cv-01234-ABC
Filed On: October 9, 2025
American Association of Public Libraries, et al.,
Appellees
v.
Institute of Museum and Library Services, et al.,
Appellants
BEFORE: Harlan, Ostrowski, and Vance, Circuit Judges
O R D E R
Upon consideration of the emergency motion for stay pending appeal, the opposition thereto,
and the reply, it is
ORDERED that the motion be denied. Appellants have not shown that they are likely to
succeed on the merits or that they will be irreparably harmed without a stay.
Per Curiam
FOR THE COURT:
Ruth A. Delgado, Clerk
BY: /s/
Tamika R. Burns
Deputy Clerk
""",
    ),
    Expected(
        *CADC,
        "25-5144",
        None,
        d("2025-10-09"),
        "ORDER",
        "order",
        None,
        parties=(
            ("American Association of Public Libraries", APE, None),
            ("Institute of Museum and Library Services", APT, None),
        ),
        relief=(("other", 1),),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    DDC_STATUS_REPORT,
    SDNY_AGAINST_X_BOX,
    EDPA_MEMORANDUM_NO_ROLES,
    CA4_MOTION_EN_DASH_ROLES,
    DRI_ERRATA_STATES_BY_AG,
    CADC_PER_CURIAM_ORDER,
)
