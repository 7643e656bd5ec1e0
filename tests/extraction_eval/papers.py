"""Evaluation filings by the parties: complaints, motions, oppositions, replies, declarations,
briefs and notices, from many district courts. All text is synthetic."""

from __future__ import annotations

from tests.extraction_eval.model import (
    DDC,
    DMASS,
    DMD,
    DOR,
    EDVA,
    NDCAL,
    NDILL,
    SDNY,
    WDWASH,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"

SDNY_COMPLAINT = EvalFiling(
    "sdny-complaint-count-one",
    "'COUNT ONE' headings with a title line, prayer lettered 'A.' over a page break",
    stamped(
        "Case 1:25-cv-05810 Document 1 Filed 07/14/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK; STATE OF NEW JERSEY;
and STATE OF CONNECTICUT,
Plaintiffs,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES;
and ROBERT F. KENNEDY, JR., in his official
capacity as Secretary of Health and Human Services,
Defendants.
Civil Action No. 1:25-cv-05810
COMPLAINT FOR DECLARATORY AND
INJUNCTIVE RELIEF
INTRODUCTION
1. The States bring this action to stop the transfer of sensitive health records
that they entrusted to the federal government for one purpose only.
""",
        """CLAIMS FOR RELIEF
COUNT ONE
Violation of the Administrative Procedure Act: Arbitrary and Capricious Action
40. The States repeat the allegations above as if set out in full here.
41. The decision to share the records offers no reasoned explanation.
COUNT TWO
Violation of the Administrative Procedure Act: Contrary to Law
42. The States repeat the allegations above as if set out in full here.
PRAYER FOR RELIEF
WHEREFORE, the States ask that the Court:
A. Declare that the data-sharing policy is unlawful;
B. Vacate and set aside the policy under 5 U.S.C. § 706;
""",
        """C. Enjoin Defendants from disclosing the States' records to any other agency for
purposes unrelated to the program;
D. Award the States their costs and reasonable attorneys' fees; and
E. Grant such other relief as the Court deems just.
Dated: July 14, 2025
Respectfully submitted,
/s/ Ana Ortiz
Assistant Attorney General
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-05810",
        1,
        d("2025-07-14"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("State of New York", P, "NY"),
            ("State of New Jersey", P, "NJ"),
            ("State of Connecticut", P, "CT"),
            ("U.S. Department of Health and Human Services", D, None),
            ("Robert F. Kennedy, Jr.", D, None),
        ),
        claims=(
            (1, "Violation of the Administrative Procedure Act: Arbitrary and Capricious Action"),
            (2, "Violation of the Administrative Procedure Act: Contrary to Law"),
        ),
        relief=(
            ("declaratory", 2),
            ("vacatur", 2),
            ("injunction", 3),
            ("fees", 3),
            ("other", 3),
        ),
    ),
)

DMASS_COMPLAINT = EvalFiling(
    "dmass-complaint-count-i-dash",
    "'Count I – title' on one line, prayer items '(a)', a Commonwealth and an official",
    stamped(
        "Case 1:25-cv-11902 Document 1 Filed 07/02/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MASSACHUSETTS
COMMONWEALTH OF MASSACHUSETTS,
STATE OF MAINE, and STATE OF VERMONT,
Plaintiffs,
v.
KRISTI NOEM, in her official capacity as
Secretary of Homeland Security, and U.S.
DEPARTMENT OF HOMELAND SECURITY,
Defendants.
Civil Action No. 1:25-cv-11902
COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF
PRELIMINARY STATEMENT
1. This case concerns the use of state program records for purposes Congress never allowed.
""",
        """Count I – Administrative Procedure Act (Excess of Statutory Authority)
30. Defendants acted beyond any authority Congress granted them.
Count II – Administrative Procedure Act (Arbitrary and Capricious)
31. Defendants did not consider the reliance interests of the Commonwealth.
Count III – Privacy Act of 1974
32. The disclosures were not authorized by any routine use.
RELIEF REQUESTED
The Plaintiffs respectfully request that this Court:
(a) declare that the disclosures violate the Administrative Procedure Act;
(b) enjoin Defendants from using the records for immigration enforcement;
(c) order Defendants to segregate and impound all copies of the records; and
(d) grant such further relief as is just and proper.
Respectfully submitted,
MAURA T. HALLORAN
Attorney General
""",
    ),
    Expected(
        *DMASS,
        "1:25-cv-11902",
        1,
        d("2025-07-02"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("Commonwealth of Massachusetts", P, "MA"),
            ("State of Maine", P, "ME"),
            ("State of Vermont", P, "VT"),
            ("Kristi Noem", D, None),
            ("U.S. Department of Homeland Security", D, None),
        ),
        claims=(
            (1, "Administrative Procedure Act (Excess of Statutory Authority)"),
            (2, "Administrative Procedure Act (Arbitrary and Capricious)"),
            (3, "Privacy Act of 1974"),
        ),
        relief=(("declaratory", 2), ("injunction", 2), ("impoundment", 2), ("other", 2)),
    ),
)

DDC_AMENDED = EvalFiling(
    "ddc-first-amended-complaint-cause-of-action",
    "'FIRST CAUSE OF ACTION' with a parenthesised title and an '(Against …)' line; prayer '1.'",
    stamped(
        "Case 1:25-cv-02210-ABJ Document 14 Filed 08/29/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
DISTRICT OF COLUMBIA,
1350 Pennsylvania Avenue NW
Washington, DC 20004,
Plaintiff,
v. Civil Action No. 1:25-cv-02210 (ABJ)
CENTERS FOR MEDICARE & MEDICAID
SERVICES,
7500 Security Boulevard
Baltimore, MD 21244,
Defendant.
FIRST AMENDED COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF
NATURE OF THE ACTION
1. The District brings this amended complaint to add claims arising from new disclosures.
""",
        """FIRST CAUSE OF ACTION
(Violation of 42 U.S.C. § 1396a(a)(7))
(Against All Defendants)
25. The District realleges each paragraph above.
SECOND CAUSE OF ACTION
(Ultra Vires Agency Action)
26. The District realleges each paragraph above.
PRAYER FOR RELIEF
The District requests that the Court enter judgment in its favor and:
1. Declare that the disclosures exceed the agency's authority;
2. Permanently enjoin the agency from further disclosures;
3. Order the destruction of all records already disclosed; and
4. Award costs of suit.
Dated: August 29, 2025 Respectfully submitted,
""",
    ),
    Expected(
        *DDC,
        "1:25-cv-02210-ABJ",
        14,
        d("2025-08-29"),
        "FIRST AMENDED COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "amended_complaint",
        None,
        parties=(
            ("District of Columbia", P, "DC"),
            ("Centers for Medicare & Medicaid Services", D, None),
        ),
        claims=((1, "Violation of 42 U.S.C. § 1396a(a)(7)"), (2, "Ultra Vires Agency Action")),
        relief=(("declaratory", 2), ("injunction", 2), ("destruction", 2), ("fees", 2)),
    ),
)

WDWASH_TRO = EvalFiling(
    "wdwash-motion-tro",
    "W.D. Wash. layout: 'The Honorable …' above the court, a TRO motion asking once",
    stamped(
        "Case 2:25-cv-01650-TL Document 9 Filed 08/27/25 Page {page} of {count}",
        """The Honorable Tana Lin
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE
STATE OF WASHINGTON and STATE OF
OREGON,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF
AGRICULTURE, et al.,
Defendants.
NO. 2:25-cv-01650-TL
PLAINTIFF STATES' MOTION FOR
TEMPORARY RESTRAINING ORDER
I. RELIEF REQUESTED
Plaintiff States move for a temporary restraining order enjoining Defendants from
releasing recipient records to any federal agency outside the program.
II. INTRODUCTION
The request is narrow and the harm is imminent.
""",
        """V. CONCLUSION
For these reasons the Court should grant the motion.
DATED this 27th day of August, 2025.
NICHOLAS W. BROWN
Attorney General of Washington
""",
    ),
    Expected(
        *WDWASH,
        "2:25-cv-01650-TL",
        9,
        d("2025-08-27"),
        "PLAINTIFF STATES' MOTION FOR TEMPORARY RESTRAINING ORDER",
        "motion",
        "Tana Lin",
        parties=(
            ("State of Washington", P, "WA"),
            ("State of Oregon", P, "OR"),
            ("United States Department of Agriculture", D, None),
        ),
        relief=(("injunction", 1),),
    ),
)

DMD_MTD = EvalFiling(
    "dmd-motion-to-dismiss",
    "a motion to dismiss: the request is 'other'; the caption uses 'Civil Action No.' on the left",
    stamped(
        "Case 8:25-cv-01999-PX Document 22 Filed 09/12/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND
STATE OF MARYLAND, et al.,
Plaintiffs,
v. Civil Action No. 8:25-cv-01999-PX
UNITED STATES DEPARTMENT OF
EDUCATION, et al.,
Defendants.
DEFENDANTS' MOTION TO DISMISS
Defendants respectfully move to dismiss the complaint for lack of subject-matter
jurisdiction under Rule 12(b)(1) and for failure to state a claim under Rule 12(b)(6).
The grounds are set out in the accompanying memorandum.
Dated: September 12, 2025 Respectfully submitted,
""",
    ),
    Expected(
        *DMD,
        "8:25-cv-01999-PX",
        22,
        d("2025-09-12"),
        "DEFENDANTS' MOTION TO DISMISS",
        "motion",
        None,
        parties=(
            ("State of Maryland", P, "MD"),
            ("United States Department of Education", D, None),
        ),
        relief=(("other", 1),),
    ),
)

NDILL_OPPOSITION = EvalFiling(
    "ndill-memorandum-in-opposition",
    "N.D. Ill. stamp with 'Document #:' and PageID; an opposition's dates of history",
    stamped(
        "Case: 1:25-cv-07001 Document #: 31 Filed: 09/02/25 "
        "Page {page} of {count} PageID #:{page}10",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION
STATE OF ILLINOIS, )
)
Plaintiff, ) Case No. 1:25-cv-07001
)
v. ) Judge Sara L. Ellis
)
FEDERAL EMERGENCY MANAGEMENT )
AGENCY, et al., )
)
Defendants. )
DEFENDANTS' MEMORANDUM IN OPPOSITION TO PLAINTIFF'S
MOTION FOR PRELIMINARY INJUNCTION
INTRODUCTION
On July 21, 2025, the agency announced new grant conditions. Illinois filed suit on
August 4, 2025, and moved for a preliminary injunction on August 11, 2025.
""",
        """CONCLUSION
The motion should be denied.
Dated: September 2, 2025 Respectfully submitted,
""",
    ),
    Expected(
        *NDILL,
        "1:25-cv-07001",
        31,
        d("2025-09-02"),
        "DEFENDANTS' MEMORANDUM IN OPPOSITION TO PLAINTIFF'S MOTION FOR PRELIMINARY INJUNCTION",
        "opposition",
        "Sara L. Ellis",
        parties=(
            ("State of Illinois", P, "IL"),
            ("Federal Emergency Management Agency", D, None),
        ),
    ),
)

EDVA_RESPONSE = EvalFiling(
    "edva-response-in-opposition-other-case-dates",
    "dates set in another case that the brief argues from are not this case's deadlines",
    stamped(
        "Case 1:25-cv-00981-RDA-WEF Document 40 Filed 09/19/25 "
        "Page {page} of {count} PageID# 3{page}1",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division
COMMONWEALTH OF VIRGINIA,
Plaintiff,
v. Case No. 1:25-cv-00981-RDA-WEF
OFFICE OF PERSONNEL MANAGEMENT,
Defendant.
PLAINTIFF'S RESPONSE IN OPPOSITION TO DEFENDANT'S MOTION TO DISMISS
The agency leans on Maryland v. Department of Education, where the court set argument
for October 14, 2025 on a similar question. That schedule says nothing about this case.
In that case the agency must file its brief by October 1, 2025, and the outcome there
does not bind this Court.
""",
    ),
    Expected(
        *EDVA,
        "1:25-cv-00981-RDA-WEF",
        40,
        d("2025-09-19"),
        "PLAINTIFF'S RESPONSE IN OPPOSITION TO DEFENDANT'S MOTION TO DISMISS",
        "opposition",
        None,
        parties=(
            ("Commonwealth of Virginia", P, "VA"),
            ("Office of Personnel Management", D, None),
        ),
    ),
)

DOR_REPLY = EvalFiling(
    "dor-reply-in-support",
    "a reply whose caption names the judge by 'Hon.' in the right column",
    stamped(
        "Case 6:25-cv-01433-MC Document 58 Filed 10/06/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF OREGON
EUGENE DIVISION
STATE OF OREGON, et al., Case No. 6:25-cv-01433-MC
Plaintiffs, REPLY IN SUPPORT OF PLAINTIFFS'
v. MOTION FOR SUMMARY JUDGMENT
LEE ZELDIN, in his official capacity as
Administrator of the Environmental Hon. Michael J. McShane
Protection Agency, et al.,
Defendants.
ARGUMENT
Defendants do not dispute the facts that matter.
""",
    ),
    Expected(
        *DOR,
        "6:25-cv-01433-MC",
        58,
        d("2025-10-06"),
        "REPLY IN SUPPORT OF PLAINTIFFS' MOTION FOR SUMMARY JUDGMENT",
        "reply",
        "Michael J. McShane",
        parties=(("State of Oregon", P, "OR"), ("Lee Zeldin", D, None)),
    ),
)

DOR_DECLARATION = EvalFiling(
    "dor-declaration",
    "a declaration in support; its 'Executed on' date is not a deadline",
    stamped(
        "Case 6:25-cv-01433-MC Document 15-3 Filed 08/20/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF OREGON
STATE OF OREGON, et al.,
Plaintiffs,
v.
LEE ZELDIN, et al.,
Defendants.
Case No. 6:25-cv-01433-MC
DECLARATION OF MARISOL FUENTES IN SUPPORT OF
PLAINTIFFS' MOTION FOR PRELIMINARY INJUNCTION
I, Marisol Fuentes, declare as follows:
1. I direct the State's air quality grants office.
2. Unless the grants are restored by September 30, 2025, the office will lay off staff.
I declare under penalty of perjury that the foregoing is true and correct.
Executed on August 20, 2025, at Salem, Oregon.
""",
    ),
    Expected(
        *DOR,
        "6:25-cv-01433-MC",
        15,
        d("2025-08-20"),
        "DECLARATION OF MARISOL FUENTES IN SUPPORT OF PLAINTIFFS' MOTION FOR PRELIMINARY "
        "INJUNCTION",
        "declaration",
        None,
        parties=(("State of Oregon", P, "OR"), ("Lee Zeldin", D, None)),
    ),
)

DDC_AMICUS = EvalFiling(
    "ddc-amicus-brief",
    "an amicus brief: the amicus named in the title joins the caption's parties",
    stamped(
        "Case 1:25-cv-02210-ABJ Document 31-1 Filed 09/24/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
DISTRICT OF COLUMBIA,
Plaintiff,
v.
CENTERS FOR MEDICARE & MEDICAID SERVICES,
Defendant.
Civil Action No. 25-2210 (ABJ)
BRIEF OF AMICUS CURIAE NATIONAL HEALTH PRIVACY COALITION
IN SUPPORT OF PLAINTIFF
INTEREST OF AMICUS CURIAE
The Coalition represents clinics that serve patients enrolled in public programs.
""",
    ),
    Expected(
        *DDC,
        "1:25-cv-02210-ABJ",
        31,
        d("2025-09-24"),
        "BRIEF OF AMICUS CURIAE NATIONAL HEALTH PRIVACY COALITION IN SUPPORT OF PLAINTIFF",
        "brief",
        None,
        parties=(
            ("District of Columbia", P, "DC"),
            ("Centers for Medicare & Medicaid Services", D, None),
            ("National Health Privacy Coalition", "amicus", None),
        ),
    ),
)

SDNY_APPEARANCE = EvalFiling(
    "sdny-notice-of-appearance",
    "a notice of appearance: a notice, no relief, no deadlines",
    stamped(
        "Case 1:25-cv-05810-JMF Document 12 Filed 07/21/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK, et al.,
Plaintiffs,
-against-
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
No. 25 Civ. 5810 (JMF)
NOTICE OF APPEARANCE
PLEASE TAKE NOTICE that the undersigned appears as counsel for Defendants in this action.
Dated: New York, New York
July 21, 2025
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-05810-JMF",
        12,
        d("2025-07-21"),
        "NOTICE OF APPEARANCE",
        "notice",
        None,
        parties=(
            ("State of New York", P, "NY"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
    ),
)

WDWASH_CERTIFICATE = EvalFiling(
    "wdwash-certificate-of-service",
    "a certificate of service: type 'other'",
    stamped(
        "Case 2:25-cv-01650-TL Document 11 Filed 08/28/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE
STATE OF WASHINGTON, et al.,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF AGRICULTURE, et al.,
Defendants.
NO. 2:25-cv-01650-TL
CERTIFICATE OF SERVICE
I certify that on August 28, 2025, I caused the motion and its exhibits to be served on
counsel for Defendants by electronic mail.
DATED this 28th day of August, 2025.
""",
    ),
    Expected(
        *WDWASH,
        "2:25-cv-01650-TL",
        11,
        d("2025-08-28"),
        "CERTIFICATE OF SERVICE",
        "other",
        None,
        parties=(
            ("State of Washington", P, "WA"),
            ("United States Department of Agriculture", D, None),
        ),
    ),
)

NDCAL_ADMIN_MOTION = EvalFiling(
    "ndcal-administrative-motion-three-line-title",
    "an N.D. Cal. ')' caption whose title wraps over three lines above the hearing-free judge line",
    stamped(
        "Case 3:25-cv-05536-VC Document 61 Filed 07/25/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
SAN FRANCISCO DIVISION
STATE OF CALIFORNIA, et al., ) Case No. 3:25-cv-05536-VC
)
Plaintiffs, ) PLAINTIFFS' ADMINISTRATIVE MOTION
) TO FILE UNDER SEAL PORTIONS OF THE
v. ) DECLARATION OF DR. LENA PARK
)
U.S. DEPARTMENT OF HEALTH AND ) Judge: Hon. Vince Chhabria
HUMAN SERVICES, et al., )
)
Defendants. )
Under Civil Local Rules 7-11 and 79-5, Plaintiffs ask the Court to seal the portions of
the declaration that describe the design of the State's eligibility system.
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        61,
        d("2025-07-25"),
        "PLAINTIFFS' ADMINISTRATIVE MOTION TO FILE UNDER SEAL PORTIONS OF THE DECLARATION OF "
        "DR. LENA PARK",
        "motion",
        "Vince Chhabria",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        relief=(("other", 1),),
    ),
)

SDNY_LONG_CAPTION = EvalFiling(
    "sdny-plaintiff-list-runs-onto-page-two",
    "a plaintiff list that the page end cuts before 'v.' goes on with page 2's lines",
    stamped(
        "Case 1:25-cv-06120 Document 1 Filed 07/28/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK; STATE OF CALIFORNIA;
STATE OF COLORADO; STATE OF DELAWARE;
STATE OF HAWAII; STATE OF ILLINOIS;
""",
        """STATE OF MINNESOTA; and STATE OF NEVADA,
Plaintiffs,
v.
U.S. DEPARTMENT OF TRANSPORTATION,
Defendant.
Case No. 1:25-cv-06120
COMPLAINT
INTRODUCTION
1. The States challenge conditions attached to transportation grants.
""",
    ),
    Expected(
        *SDNY,
        "1:25-cv-06120",
        1,
        d("2025-07-28"),
        "COMPLAINT",
        "complaint",
        None,
        parties=(
            ("State of New York", P, "NY"),
            ("State of California", P, "CA"),
            ("State of Colorado", P, "CO"),
            ("State of Delaware", P, "DE"),
            ("State of Hawaii", P, "HI"),
            ("State of Illinois", P, "IL"),
            ("State of Minnesota", P, "MN"),
            ("State of Nevada", P, "NV"),
            ("U.S. Department of Transportation", D, None),
        ),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    SDNY_COMPLAINT,
    DMASS_COMPLAINT,
    DDC_AMENDED,
    WDWASH_TRO,
    DMD_MTD,
    NDILL_OPPOSITION,
    EDVA_RESPONSE,
    DOR_REPLY,
    DOR_DECLARATION,
    DDC_AMICUS,
    SDNY_APPEARANCE,
    WDWASH_CERTIFICATE,
    NDCAL_ADMIN_MOTION,
    SDNY_LONG_CAPTION,
)
