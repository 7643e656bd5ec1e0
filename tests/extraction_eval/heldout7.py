"""An eighth batch, aimed at the deadline, relief and claim readers: written after heldout5.py
was fixed (beside heldout6.py, which aims at captions) and scored before any further change.

Dates were computed by hand under FRCP 6(a): the trigger day excluded, every day counted, a
last day on a weekend or legal holiday carried to the next day that is neither (a day the
President closed the executive departments counts as a legal holiday, FRCP 6(a)(6)(B)).
"""

from __future__ import annotations

from tests.extraction_eval.model import (
    NDCAL,
    WDWASH,
    EvalFiling,
    Expected,
    d,
    stamped,
)

# Courts new to the set, named as `courts.py` spells them.
DCOLO = ("cod", "United States District Court, District of Colorado")
DVT = ("vtd", "United States District Court, District of Vermont")
DCONN = ("ctd", "United States District Court, District of Connecticut")
CA10 = ("ca10", "United States Court of Appeals for the Tenth Circuit")

P, D = "plaintiff", "defendant"
APE, APT = "appellee", "appellant"

DCOLO_SCHEDULE_TABLE = EvalFiling(
    "dcolo-scheduling-order-event-deadline-table",
    "an 'Event  Deadline' table: rows that start 'Deadline to …', expert disclosures, a cell "
    "wrapped onto a second line, a conference row with its time after the date; a paper due "
    "seven days before that conference",
    stamped(
        "Case No. 1:25-cv-02876-HTM Document 41 filed 11/10/25 USDC Colorado pg {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO
Civil Action No. 1:25-cv-02876-HTM
STATE OF COLORADO,
Plaintiff,
v.
UNITED STATES DEPARTMENT OF ENERGY,
Defendant.
SCHEDULING ORDER
The Court held a scheduling conference under Fed. R. Civ. P. 16(b) on November 6, 2025.
Having considered the parties' proposed order, the Court sets the schedule below. A date in
it may be changed only by written order on a showing of good cause.
Event Deadline
Deadline to join parties and amend pleadings January 9, 2026
Affirmative expert disclosures March 20, 2026
Rebuttal expert disclosures April 17, 2026
Close of all discovery May 29, 2026
Dispositive motions and motions under June 26, 2026
Fed. R. Evid. 702
Responses to dispositive motions July 24, 2026
Replies in support of dispositive motions August 7, 2026
Final pretrial conference September 10, 2026, at 10:00 a.m.
""",
        """The parties shall file a proposed final pretrial order no later than seven (7) days
before the final pretrial conference. Counsel who will try the case must attend the
conference in person.
DATED: November 10, 2025.
BY THE COURT:
Helen T. Marquez
United States Magistrate Judge
""",
    ),
    Expected(
        *DCOLO,
        "1:25-cv-02876-HTM",
        41,
        d("2025-11-10"),
        "SCHEDULING ORDER",
        "order",
        "Helen T. Marquez",
        parties=(("State of Colorado", P, "CO"), ("United States Department of Energy", D, None)),
        deadlines=(
            # joining parties and amending pleadings is done by filing a paper
            (d("2026-01-09"), "filing", 1, False),
            (d("2026-03-20"), "filing", 1, False),
            (d("2026-04-17"), "filing", 1, False),
            (d("2026-05-29"), "other", 1, False),
            (d("2026-06-26"), "filing", 1, False),
            (d("2026-07-24"), "response", 1, False),
            (d("2026-08-07"), "reply", 1, False),
            (d("2026-09-10"), "conference", 1, False),
            # FRCP 6(a)(5): seven days back from Thu Sep 10 is Thu Sep 3
            (d("2026-09-03"), "filing", 2, True),
        ),
    ),
)

WDWASH_MINUTE_ORDER = EvalFiling(
    "wdwash-minute-order-continued-vacated-reset",
    "a clerk's minute order by direction of the judge: a hearing 'currently set for … is "
    "continued to', argument 'is VACATED', 'previously set for … is reset for', 'on or "
    "before', '5:00 p.m. Pacific Time on', a reply 'if any, is due', 'within seven (7) days "
    "of the date of this Order', a report due 'fourteen days after service of the answer'",
    stamped(
        "Case 3:25-cv-05877-MKO Document 52 Filed 11/14/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT TACOMA
STATE OF WASHINGTON, et al.,
Plaintiffs,
v.
U.S. DEPARTMENT OF HOMELAND SECURITY, et al.,
Defendants.
CASE NO. 3:25-cv-05877-MKO
MINUTE ORDER
The following Minute Order is made by direction of the Court, the Honorable Miriam K. Osei,
United States District Judge:
(1) The parties' Stipulated Motion to Modify the Briefing Schedule (Dkt. No. 47) is GRANTED.
(2) The hearing on Plaintiffs' Motion for Summary Judgment (Dkt. No. 39), currently set for
December 2, 2025, is continued to January 13, 2026, at 1:30 p.m. in Courtroom E.
(3) Oral argument on the pending motions to compel, set for November 20, 2025, is VACATED;
the Court will decide those motions on the papers.
(4) Defendants shall file their combined opposition and cross-motion on or before December 9,
2025.
(5) Plaintiffs shall file their combined reply and opposition to the cross-motion no later than
5:00 p.m. Pacific Time on December 23, 2025.
(6) Defendants' reply in support of the cross-motion, if any, is due January 6, 2026.
""",
        """(7) Within seven (7) days of the date of this Order, the parties shall file a joint
statement identifying any portions of the administrative record that must be filed under
seal.
(8) The status conference previously set for November 18, 2025, is reset for February 10,
2026, at 9:30 a.m., by video.
(9) If Defendants answer the Second Amended Complaint rather than move to dismiss it, the
parties shall file a joint status report fourteen days after service of the answer.
Dated this 14th day of November, 2025.
Ravi Subramanian, Clerk of Court
/s/ Dana Ostrowski
Deputy Clerk
""",
    ),
    Expected(
        *WDWASH,
        "3:25-cv-05877-MKO",
        52,
        d("2025-11-14"),
        "MINUTE ORDER",
        "order",
        "Miriam K. Osei",
        parties=(
            ("State of Washington", P, "WA"),
            ("U.S. Department of Homeland Security", D, None),
        ),
        relief=(("other", 1),),
        deadlines=(
            (d("2026-01-13"), "hearing", 1, False),
            (d("2025-12-09"), "response", 1, False),
            (d("2025-12-23"), "reply", 1, False),
            # "if any" makes the reply optional, not the date hypothetical
            (d("2026-01-06"), "reply", 1, False),
            (d("2025-11-21"), "filing", 2, True),
            (d("2026-02-10"), "conference", 2, False),
            # the answer has not been served: conditional; what is due is a joint report
            (None, "filing", 2, True),
        ),
    ),
)

CA10_BRIEFING_ORDER = EvalFiling(
    "ca10-briefing-schedule-rows",
    "a Tenth Circuit clerk's order: 'Opening brief and appendix due: 12/22/2025' rows, a reply "
    "row 'within 21 days after service of the response brief' anchored on the response row",
    stamped(
        "Appellate Case: 25-2118 Document: 010111367290 Date Filed: 11/12/2025 Page: {page}",
        """UNITED STATES COURT OF APPEALS
FOR THE TENTH CIRCUIT
_________________________________
STATE OF NEW MEXICO, et al.,
Plaintiffs - Appellees,
v. No. 25-2118
UNITED STATES DEPARTMENT OF THE INTERIOR, et al.,
Defendants - Appellants.
(D.C. No. 1:25-cv-00977-KWR-JFR)
(D.N.M.)
_________________________________
ORDER
_________________________________
This matter is before the court on Appellants' Unopposed Motion to Expedite Appeal. The
motion is granted. Briefing shall proceed on the following schedule:
Opening brief and appendix due: 12/22/2025
Response brief due: 01/21/2026
Amicus briefs supporting appellees due: 01/28/2026
Any reply brief: within 21 days after service of the response brief
No extension of these deadlines will be granted absent extraordinary circumstances. The court
will set oral argument by separate notice.
Entered for the Court
ELENA R. VASHTI, Clerk
""",
    ),
    Expected(
        *CA10,
        "25-2118",
        None,
        d("2025-11-12"),
        "ORDER",
        "order",
        None,
        parties=(
            ("State of New Mexico", APE, "NM"),
            ("United States Department of the Interior", APT, None),
        ),
        relief=(("other", 1),),
        deadlines=(
            (d("2025-12-22"), "filing", 1, False),
            (d("2026-01-21"), "response", 1, False),
            (d("2026-01-28"), "filing", 1, False),
            # counted from the response brief's due date, as CA9_ORDER counts its reply
            (d("2026-02-11"), "reply", 1, True),
        ),
    ),
)

NDCAL_STIPULATION_LR_6_2 = EvalFiling(
    "ndcal-stipulation-l-r-6-2-whereas-signed",
    "a Civil L.R. 6-1/6-2 stipulation: WHEREAS recitals of the current dates (not deadlines "
    "once moved), two conditional periods in one sentence 'after the motion is filed', a "
    "conference 'shall be continued to', a statement due seven days before it; the '[PROPOSED] "
    "ORDER' beneath it signed by the judge",
    stamped(
        "Case 4:25-cv-08802-KPW Document 44 Filed 11/19/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
OAKLAND DIVISION
CITY OF OAKLAND, ) Case No. 4:25-cv-08802-KPW
)
Plaintiff, ) JOINT STIPULATION AND [PROPOSED]
) ORDER EXTENDING TIME TO RESPOND TO
v. ) FIRST AMENDED COMPLAINT AND
) CONTINUING CASE MANAGEMENT
FEDERAL EMERGENCY MANAGEMENT ) CONFERENCE
AGENCY, et al., )
)
Defendants. )
Pursuant to Civil Local Rules 6-1(b) and 6-2, Plaintiff City of Oakland and Defendants, by
and through their counsel, stipulate and request an order as follows:
WHEREAS, Plaintiff filed its First Amended Complaint on October 24, 2025 (Dkt. No. 41);
WHEREAS, Defendants' response to the First Amended Complaint is currently due November 21,
2025;
WHEREAS, the initial Case Management Conference is currently set for December 4, 2025, at
2:00 p.m.;
WHEREAS, the agency issued revised grant guidance on November 7, 2025, and the parties are
conferring about whether it narrows or resolves some of Plaintiff's claims;
WHEREAS, the Court previously extended Defendants' time to respond to the original complaint
once (Dkt. No. 36), and the changes requested here would not affect any other deadline;
""",
        """NOW, THEREFORE, the parties stipulate that:
1. Defendants shall answer or otherwise respond to the First Amended Complaint on or before
January 9, 2026.
2. If Defendants move to dismiss, Plaintiff shall file its opposition within twenty-one (21)
days after the motion is filed, and Defendants shall file any reply within fourteen (14) days
after the opposition is filed.
3. The Case Management Conference set for December 4, 2025, at 2:00 p.m. shall be continued
to January 29, 2026, at 2:00 p.m., or to a later date convenient to the Court, and the parties
shall file a joint case management statement seven days before the conference.
IT IS SO STIPULATED.
Dated: November 17, 2025
/s/ Marisol Ochoa
MARISOL OCHOA
Chief Assistant City Attorney
Attorneys for Plaintiff City of Oakland
Dated: November 17, 2025
/s/ Trevor Lindqvist
TREVOR LINDQVIST
Trial Attorney, U.S. Department of Justice
Attorneys for Defendants
ATTESTATION
Under Civil L.R. 5-1(i)(3), I attest that each signatory above concurred in this filing.
/s/ Marisol Ochoa
[PROPOSED] ORDER
PURSUANT TO STIPULATION, IT IS SO ORDERED.
Dated: November 19, 2025
KAREN P. WHITFIELD
United States District Judge
""",
    ),
    Expected(
        *NDCAL,
        "4:25-cv-08802-KPW",
        44,
        d("2025-11-19"),
        "JOINT STIPULATION AND [PROPOSED] ORDER EXTENDING TIME TO RESPOND TO FIRST AMENDED "
        "COMPLAINT AND CONTINUING CASE MANAGEMENT CONFERENCE",
        "order",
        "Karen P. Whitfield",
        parties=(
            ("City of Oakland", P, None),
            ("Federal Emergency Management Agency", D, None),
        ),
        deadlines=(
            (d("2026-01-09"), "response", 2, False),
            (None, "response", 2, True),
            (None, "reply", 2, True),
            (d("2026-01-29"), "conference", 2, False),
            # seven days back from Thu Jan 29 is Thu Jan 22
            (d("2026-01-22"), "filing", 2, True),
        ),
    ),
)

DVT_COMPLAINT_CLAIM_ROMAN = EvalFiling(
    "dvt-complaint-claim-roman-wherefore-roman-items",
    "'Claim I' headings in mixed case, a title wrapped after a colon; a 'WHEREFORE … request "
    "that the Court:' prayer numbered (i)-(vi) with (a)/(b) sub-items inside (iii), over a "
    "page break",
    stamped(
        "Case 2:25-cv-00812 Document 1 Filed 10/06/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE
DISTRICT OF VERMONT
STATE OF VERMONT; STATE OF MAINE;
and STATE OF NEW HAMPSHIRE,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF TRANSPORTATION;
and SEAN DUFFY, in his official capacity as
Secretary of Transportation,
Defendants.
Case No. 2:25-cv-00812
COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF
INTRODUCTION
1. The Plaintiff States bring this action to stop the Department from conditioning rural
bridge-repair grants on terms that Congress never authorized.
2. The Department announced the new conditions on August 18, 2025, and required each
recipient to sign amended grant agreements by September 30, 2025.
""",
        """CLAIMS FOR RELIEF
Claim I
Administrative Procedure Act, 5 U.S.C. § 706(2)(C):
Action in Excess of Statutory Jurisdiction
(Against All Defendants)
48. The States reallege paragraphs 1 through 47.
49. No provision of the statutes governing the bridge program authorizes the conditions.
Claim II
Administrative Procedure Act, 5 U.S.C. § 706(2)(A) – Arbitrary and Capricious
(Against All Defendants)
50. The Department did not explain its departure from decades of practice.
Claim III
Spending Clause, U.S. Const. art. I, § 8, cl. 1
51. The conditions were not stated unambiguously when Congress appropriated the funds.
PRAYER FOR RELIEF
WHEREFORE, Plaintiffs respectfully request that the Court:
(i) declare that the grant conditions are unlawful and unenforceable as to Plaintiffs;
(ii) vacate the conditions and set them aside under 5 U.S.C. § 706(2);
(iii) preliminarily and permanently enjoin Defendants from:
(a) imposing or enforcing the conditions on any grant awarded to Plaintiffs; and
(b) withholding, delaying, or reducing grant funds because Plaintiffs decline to accept
the conditions;
""",
        """(iv) retain jurisdiction to monitor Defendants' compliance with the Court's judgment;
(v) award Plaintiffs their reasonable costs and attorneys' fees; and
(vi) grant such other and further relief as the Court deems just and proper.
Dated: October 6, 2025
Respectfully submitted,
/s/ Anne L. Perreault
Assistant Attorney General
""",
    ),
    Expected(
        *DVT,
        "2:25-cv-00812",
        1,
        d("2025-10-06"),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        "complaint",
        None,
        parties=(
            ("State of Vermont", P, "VT"),
            ("State of Maine", P, "ME"),
            ("State of New Hampshire", P, "NH"),
            ("United States Department of Transportation", D, None),
            ("Sean Duffy", D, None),
        ),
        claims=(
            (
                1,
                "Administrative Procedure Act, 5 U.S.C. § 706(2)(C): Action in Excess of "
                "Statutory Jurisdiction",
            ),
            (2, "Administrative Procedure Act, 5 U.S.C. § 706(2)(A) – Arbitrary and Capricious"),
            (3, "Spending Clause, U.S. Const. art. I, § 8, cl. 1"),
        ),
        # (a) and (b) are parts of (iii), one request
        relief=(
            ("declaratory", 2),
            ("vacatur", 2),
            ("injunction", 2),
            ("other", 3),
            ("fees", 3),
            ("other", 3),
        ),
    ),
)

DCONN_PI_IN_PART = EvalFiling(
    "dconn-order-pi-in-part-numbered-decretal",
    "numbered decretal paragraphs: 'are PRELIMINARILY ENJOINED from' grants, two requests "
    "DENIED; a period first then 'provide … notice, and shall file …'; 14 days landing on a "
    "day the executive departments were closed (Dec 26, 2025)",
    stamped(
        "Case 3:25-cv-01701-KMO Document 48 Filed 12/12/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT
STATE OF CONNECTICUT, et al.,
Plaintiffs,
v. No. 3:25-cv-01701 (KMO)
U.S. DEPARTMENT OF EDUCATION, et al.,
Defendants.
ORDER GRANTING IN PART AND DENYING IN PART PLAINTIFFS'
MOTION FOR A PRELIMINARY INJUNCTION
Plaintiffs, five States whose school districts receive grants under Title IV, Part A of the
Elementary and Secondary Education Act, move to preliminarily enjoin a certification
requirement that the Department announced on October 3, 2025. (ECF No. 9.) The Court heard
argument on December 4, 2025. For the reasons stated in the accompanying memorandum of
decision, the motion is GRANTED IN PART and DENIED IN PART, and the Court ORDERS as follows:
1. Defendants, their officers, agents, and employees, and all persons acting in concert with
them, are PRELIMINARILY ENJOINED from enforcing the certification requirement against
Plaintiffs or their local educational agencies.
2. Plaintiffs' request for an order directing Defendants to release the withheld fiscal year
2025 funds within ten days is DENIED without prejudice.
3. Plaintiffs' request to enjoin the Department's new quarterly reporting requirement is
DENIED.
""",
        """4. Within five (5) days of the date of this Order, Defendants shall provide written
notice of this Order to all Department personnel responsible for administering the affected
grants,
and shall file a certification of that notice on or before December 22, 2025.
5. The parties shall file a joint status report proposing a schedule for further proceedings
within fourteen (14) days of the date of this Order.
6. Plaintiffs shall post security in the amount of $500 under Federal Rule of Civil Procedure
65(c) no later than December 19, 2025.
7. This Order shall remain in effect until the Court rules on the merits or orders otherwise.
SO ORDERED at Hartford, Connecticut, this 12th day of December, 2025.
/s/ Katherine M. Oyelaran
KATHERINE M. OYELARAN
UNITED STATES DISTRICT JUDGE
""",
    ),
    Expected(
        *DCONN,
        "3:25-cv-01701-KMO",
        48,
        d("2025-12-12"),
        "ORDER GRANTING IN PART AND DENYING IN PART PLAINTIFFS' MOTION FOR A PRELIMINARY "
        "INJUNCTION",
        "order",
        "Katherine M. Oyelaran",
        parties=(
            ("State of Connecticut", P, "CT"),
            ("U.S. Department of Education", D, None),
        ),
        relief=(("injunction", 1), ("other", 1), ("injunction", 1)),
        deadlines=(
            # what is due in five days is the notice to personnel: compliance
            (d("2025-12-17"), "compliance", 2, True),
            (d("2025-12-22"), "filing", 2, False),
            # Fri Dec 26 was closed by Executive Order 14371: runs to Mon Dec 29
            (d("2025-12-29"), "filing", 2, True),
            (d("2025-12-19"), "compliance", 2, False),
        ),
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    DCOLO_SCHEDULE_TABLE,
    WDWASH_MINUTE_ORDER,
    CA10_BRIEFING_ORDER,
    NDCAL_STIPULATION_LR_6_2,
    DVT_COMPLAINT_CLAIM_ROMAN,
    DCONN_PI_IN_PART,
)
