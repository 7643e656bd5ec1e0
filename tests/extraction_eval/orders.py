"""Evaluation filings by the courts (orders, judgments, clerk's notices), stipulations, notices
of appeal and appellate papers. All text is synthetic."""

from __future__ import annotations

from tests.extraction_eval.model import (
    CA1,
    CA9,
    CADC,
    CDCAL,
    DARIZ,
    DDC,
    DMASS,
    DMD,
    DNJ,
    EDVA,
    NDCAL,
    EvalFiling,
    Expected,
    d,
    stamped,
)

P, D = "plaintiff", "defendant"
APE, APT = "appellee", "appellant"

CDCAL_ORDER = EvalFiling(
    "cdcal-order-granting-pi-two-line-title",
    "a two-line title in a 'Page ID' caption, stopped by 'I. INTRODUCTION'; a relative and a "
    "'no later than 5:00 p.m. on' deadline",
    stamped(
        "Case 2:25-cv-06633-MEMF Document 52 Filed 08/22/25 "
        "Page {page} of {count} Page ID #:9{page}0",
        """UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, Case No. 2:25-cv-06633-MEMF
Plaintiff,
v. ORDER GRANTING PLAINTIFF'S MOTION
FOR PRELIMINARY INJUNCTION [ECF NO. 18]
U.S. DEPARTMENT OF
TRANSPORTATION, et al.,
Defendants.
I. INTRODUCTION
Before the Court is the State's motion for a preliminary injunction.
""",
        """IV. CONCLUSION
For the reasons stated above, the State's motion for a preliminary injunction is GRANTED.
Defendants shall file a status report describing their compliance within fourteen (14) days
of entry of this Order. Plaintiff shall post a bond of $100 no later than 5:00 p.m. on
August 29, 2025.
IT IS SO ORDERED.
Dated: August 22, 2025
MAAME EWUSI-MENSAH FRIMPONG
United States District Judge
""",
    ),
    Expected(
        *CDCAL,
        "2:25-cv-06633-MEMF",
        52,
        d("2025-08-22"),
        "ORDER GRANTING PLAINTIFF'S MOTION FOR PRELIMINARY INJUNCTION [ECF NO. 18]",
        "order",
        "Maame Ewusi-Mensah Frimpong",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Transportation", D, None),
        ),
        relief=(("injunction", 2),),
        deadlines=((d("2025-09-05"), "filing", 2, True), (d("2025-08-29"), "compliance", 2, False)),
    ),
)

DNJ_OPINION = EvalFiling(
    "dnj-memorandum-opinion-and-order",
    "'MEMORANDUM OPINION AND ORDER'; 'may file … within thirty (30) days' is a deadline",
    stamped(
        "Case 2:25-cv-04410-JXN-AME Document 47 Filed 09/10/25 "
        "Page {page} of {count} PageID: 5{page}2",
        """UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY
STATE OF NEW JERSEY, :
: Civil Action No. 25-4410 (JXN) (AME)
Plaintiff, :
: MEMORANDUM OPINION AND ORDER
v. :
:
U.S. DEPARTMENT OF JUSTICE, :
:
Defendant. :
NEALS, District Judge
THIS MATTER comes before the Court on Defendant's motion to dismiss (ECF No. 30).
For the reasons below, the motion to dismiss is GRANTED IN PART and DENIED IN PART.
IT IS, therefore, ORDERED that Count Two is dismissed without prejudice; and it is further
ORDERED that Plaintiff may file an amended complaint within thirty (30) days of the date
of this Order.
/s/ Julien Xavier Neals
JULIEN XAVIER NEALS
United States District Judge
""",
    ),
    Expected(
        *DNJ,
        "2:25-cv-04410-JXN-AME",
        47,
        d("2025-09-10"),
        "MEMORANDUM OPINION AND ORDER",
        "order",
        "Julien Xavier Neals",
        parties=(("State of New Jersey", P, "NJ"), ("U.S. Department of Justice", D, None)),
        relief=(("other", 1),),
        deadlines=((d("2025-10-10"), "filing", 1, True),),
    ),
)

DARIZ_TRO_ORDER = EvalFiling(
    "dariz-order-granting-in-part-tro",
    "an order in part: response date, hearing set with time, an end date of the order",
    stamped(
        "Case 2:25-cv-03120-DJH Document 21 Filed 09/12/25 Page {page} of {count}",
        """WO
IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA
State of Arizona, No. CV-25-03120-PHX-DJH
Plaintiff, ORDER GRANTING IN PART AND DENYING IN
v. PART MOTION FOR TEMPORARY RESTRAINING
ORDER
United States Department of Labor, et al.,
Defendants.
Pending before the Court is Plaintiff's Motion for Temporary Restraining Order (Doc. 5).
Accordingly, IT IS ORDERED that the Motion (Doc. 5) is GRANTED IN PART and DENIED IN
PART as stated below. Defendants shall file a response to the request for a preliminary
injunction no later than September 19, 2025. A hearing on the request for a preliminary
injunction is set for September 26, 2025, at 1:30 p.m. This Order shall remain in effect
until October 3, 2025, unless extended by the Court.
Dated this 12th day of September, 2025.
Honorable Diane J. Humetewa
United States District Judge
""",
    ),
    Expected(
        *DARIZ,
        "2:25-cv-03120-DJH",
        21,
        d("2025-09-12"),
        "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR TEMPORARY RESTRAINING ORDER",
        "order",
        "Diane J. Humetewa",
        parties=(("State of Arizona", P, "AZ"), ("United States Department of Labor", D, None)),
        relief=(("injunction", 1),),
        deadlines=(
            (d("2025-09-19"), "response", 1, False),
            (d("2025-09-26"), "hearing", 1, False),
            (d("2025-10-03"), "other", 1, False),
        ),
    ),
)

DARIZ_ORDER_RE = EvalFiling(
    "dariz-order-re-discovery",
    "'ORDER RE: …' title; 'shall be filed by' deadline",
    stamped(
        "Case 2:25-cv-03120-DJH Document 64 Filed 11/05/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA
State of Arizona, No. CV-25-03120-PHX-DJH
Plaintiff, ORDER RE: JOINT MOTION TO EXTEND
v. CASE DEADLINES
United States Department of Labor, et al.,
Defendants.
The parties' joint motion to extend case deadlines (Doc. 60) is GRANTED. Dispositive
motions shall be filed by February 27, 2026.
Dated this 5th day of November, 2025.
Honorable Diane J. Humetewa
United States District Judge
""",
    ),
    Expected(
        *DARIZ,
        "2:25-cv-03120-DJH",
        64,
        d("2025-11-05"),
        "ORDER RE: JOINT MOTION TO EXTEND CASE DEADLINES",
        "order",
        "Diane J. Humetewa",
        parties=(("State of Arizona", P, "AZ"), ("United States Department of Labor", D, None)),
        relief=(("other", 1),),
        deadlines=((d("2026-02-27"), "filing", 1, False),),
    ),
)

NDCAL_SCHEDULING = EvalFiling(
    "ndcal-scheduling-order-table",
    "a scheduling table of events and dates; a conference 'is set for'",
    stamped(
        "Case 3:25-cv-05536-VC Document 130 Filed 10/01/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al.,
Plaintiffs,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
Case No. 25-cv-05536-VC
SCHEDULING ORDER
The Court sets the following schedule:
Administrative record lodged December 1, 2025
Plaintiffs' motion for summary judgment January 16, 2026
Defendants' opposition and cross-motion February 13, 2026
Plaintiffs' reply March 13, 2026
A Case Management Conference is set for December 9, 2025 at 10:00 a.m. by Zoom.
IT IS SO ORDERED.
Dated: October 1, 2025
VINCE CHHABRIA
United States District Judge
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        130,
        d("2025-10-01"),
        "SCHEDULING ORDER",
        "order",
        "Vince Chhabria",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        deadlines=(
            (d("2025-12-01"), "filing", 1, False),
            (d("2026-01-16"), "filing", 1, False),
            (d("2026-02-13"), "response", 1, False),
            (d("2026-03-13"), "reply", 1, False),
            (d("2025-12-09"), "conference", 1, False),
        ),
    ),
)

DMASS_SETTING_HEARING = EvalFiling(
    "dmass-order-setting-hearing",
    "'ORDER SETTING HEARING': hearing, opposition date, a reply counted back from the hearing",
    stamped(
        "Case 1:25-cv-11902-ADB Document 25 Filed 09/22/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS
COMMONWEALTH OF MASSACHUSETTS, et al.,
Plaintiffs,
v.
KRISTI NOEM, et al.,
Defendants.
Civil Action No. 25-cv-11902-ADB
ORDER SETTING HEARING ON MOTION FOR PRELIMINARY INJUNCTION
BURROUGHS, D.J.
A hearing on Plaintiffs' motion for a preliminary injunction is set for October 9, 2025, at
2:00 p.m. in Courtroom 17. Defendants shall file their opposition no later than September 30,
2025. Plaintiffs shall file any reply not later than seven days before the hearing.
SO ORDERED.
/s/ Allison D. Burroughs
ALLISON D. BURROUGHS
U.S. DISTRICT JUDGE
""",
    ),
    Expected(
        *DMASS,
        "1:25-cv-11902-ADB",
        25,
        d("2025-09-22"),
        "ORDER SETTING HEARING ON MOTION FOR PRELIMINARY INJUNCTION",
        "order",
        "Allison D. Burroughs",
        parties=(("Commonwealth of Massachusetts", P, "MA"), ("Kristi Noem", D, None)),
        deadlines=(
            (d("2025-10-09"), "hearing", 1, False),
            (d("2025-09-30"), "response", 1, False),
            (d("2025-10-02"), "reply", 1, True),
        ),
    ),
)

_STIPULATION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al., ) Case No. 3:25-cv-05536-VC
)
Plaintiffs, ) STIPULATION AND [PROPOSED] ORDER
) EXTENDING TIME TO RESPOND TO
v. ) COMPLAINT
)
U.S. DEPARTMENT OF HEALTH AND )
HUMAN SERVICES, et al., )
)
Defendants. )
The parties, through counsel, stipulate as follows:
1. Defendants shall answer or otherwise respond to the complaint on or before
September 5, 2025.
2. No other deadline is changed by this stipulation.
Dated: {signed}
"""

NDCAL_STIP_UNSIGNED = EvalFiling(
    "ndcal-stipulation-proposed-order-unsigned",
    "an unsigned 'STIPULATION AND [PROPOSED] ORDER' is a stipulation; its agreed date is read",
    stamped(
        "Case 3:25-cv-05536-VC Document 40 Filed 08/01/25 Page {page} of {count}",
        _STIPULATION.format(signed="August 1, 2025")
        + "[PROPOSED] ORDER\nPURSUANT TO STIPULATION, IT IS SO ORDERED.\nDated: ______________\n"
        "United States District Judge\n",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        40,
        d("2025-08-01"),
        "STIPULATION AND [PROPOSED] ORDER EXTENDING TIME TO RESPOND TO COMPLAINT",
        "stipulation",
        None,
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        deadlines=((d("2025-09-05"), "response", 1, False),),
    ),
)

NDCAL_STIP_SIGNED = EvalFiling(
    "ndcal-stipulation-signed-by-judge",
    "'PURSUANT TO STIPULATION, IT IS SO ORDERED' with a date and judge: an order with deadlines",
    stamped(
        "Case 3:25-cv-05536-VC Document 42 Filed 08/04/25 Page {page} of {count}",
        _STIPULATION.format(signed="August 1, 2025")
        + "PURSUANT TO STIPULATION, IT IS SO ORDERED.\nDated: August 4, 2025\n"
        "VINCE CHHABRIA\nUnited States District Judge\n",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        42,
        d("2025-08-04"),
        "STIPULATION AND [PROPOSED] ORDER EXTENDING TIME TO RESPOND TO COMPLAINT",
        "order",
        "Vince Chhabria",
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        deadlines=((d("2025-09-05"), "response", 1, False),),
    ),
)

DDC_JUDGMENT = EvalFiling(
    "ddc-judgment",
    "a one-page 'JUDGMENT' by the court: type judgment, signed by the judge",
    stamped(
        "Case 1:25-cv-02210-ABJ Document 88 Filed 10/20/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
DISTRICT OF COLUMBIA,
Plaintiff,
v. Civil Action No. 25-2210 (ABJ)
CENTERS FOR MEDICARE & MEDICAID SERVICES,
Defendant.
JUDGMENT
In accordance with the memorandum opinion issued this day, judgment is entered in favor of
Plaintiff and against Defendant on all claims. This is a final appealable order.
AMY BERMAN JACKSON
United States District Judge
DATE: October 20, 2025
""",
    ),
    Expected(
        *DDC,
        "1:25-cv-02210-ABJ",
        88,
        d("2025-10-20"),
        "JUDGMENT",
        "judgment",
        "Amy Berman Jackson",
        parties=(
            ("District of Columbia", P, "DC"),
            ("Centers for Medicare & Medicaid Services", D, None),
        ),
    ),
)

DMD_NOTICE_OF_APPEAL = EvalFiling(
    "dmd-notice-of-appeal",
    "a notice of appeal names the court of appeals in its body: still the district court's paper",
    stamped(
        "Case 8:25-cv-01999-PX Document 71 Filed 10/27/25 Page {page} of {count}",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND
STATE OF MARYLAND, et al.,
Plaintiffs,
v. Civil Action No. 8:25-cv-01999-PX
UNITED STATES DEPARTMENT OF EDUCATION, et al.,
Defendants.
NOTICE OF APPEAL
PLEASE TAKE NOTICE that Defendants hereby appeal to the United States Court of Appeals for
the Fourth Circuit from the Court's order entered September 30, 2025 (ECF No. 66).
Dated: October 27, 2025 Respectfully submitted,
""",
    ),
    Expected(
        *DMD,
        "8:25-cv-01999-PX",
        71,
        d("2025-10-27"),
        "NOTICE OF APPEAL",
        "notice",
        None,
        parties=(
            ("State of Maryland", P, "MD"),
            ("United States Department of Education", D, None),
        ),
    ),
)

NDCAL_CLERK_NOTICE = EvalFiling(
    "ndcal-clerks-notice-vacated-and-reset",
    "'is VACATED and RESET to' keeps only the new date; 'due by 10/15/2025' numeric date",
    stamped(
        "Case 3:25-cv-05536-VC Document 118 Filed 09/15/25 Page {page} of {count}",
        """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al.,
Plaintiffs,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
Case No. 3:25-cv-05536-VC
CLERK'S NOTICE CONTINUING CASE MANAGEMENT CONFERENCE
YOU ARE NOTIFIED THAT the Court, on its own motion, continues the conference. The Case
Management Conference set for October 1, 2025 is VACATED and RESET to October 22, 2025 at
10:00 a.m. by Zoom webinar. Joint Case Management Statement due by 10/15/2025.
Dated: September 15, 2025
Mark B. Busby, Clerk
""",
    ),
    Expected(
        *NDCAL,
        "3:25-cv-05536-VC",
        118,
        d("2025-09-15"),
        "CLERK'S NOTICE CONTINUING CASE MANAGEMENT CONFERENCE",
        "notice",
        None,
        parties=(
            ("State of California", P, "CA"),
            ("U.S. Department of Health and Human Services", D, None),
        ),
        deadlines=(
            (d("2025-10-22"), "conference", 1, False),
            (d("2025-10-15"), "filing", 1, False),
        ),
    ),
)

EDVA_BRIEFING_ORDER = EvalFiling(
    "edva-order-numeric-due-dates",
    "'responses due 10/3/2025' and 'replies due 10/10/2025' in one sentence",
    stamped(
        "Case 1:25-cv-00981-RDA-WEF Document 44 Filed 09/26/25 Page {page} of {count} PageID# 401",
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division
COMMONWEALTH OF VIRGINIA,
Plaintiff,
v. Civil Action No. 1:25-cv-981 (RDA/WEF)
OFFICE OF PERSONNEL MANAGEMENT,
Defendant.
ORDER
Upon consideration of the parties' joint proposal, it is hereby ORDERED that the
cross-motions proceed on this schedule: responses due 10/3/2025; replies due 10/10/2025.
Alexandria, Virginia
September 26, 2025
/s/ Rossie Alston
United States District Judge
""",
    ),
    Expected(
        *EDVA,
        "1:25-cv-00981-RDA-WEF",
        44,
        d("2025-09-26"),
        "ORDER",
        "order",
        "Rossie Alston",
        parties=(
            ("Commonwealth of Virginia", P, "VA"),
            ("Office of Personnel Management", D, None),
        ),
        deadlines=(
            (d("2025-10-03"), "response", 1, False),
            (d("2025-10-10"), "reply", 1, False),
        ),
    ),
)

CA9_ORDER = EvalFiling(
    "ca9-order-denying-stay",
    "a Ninth Circuit order: appellate roles, lower-court number ignored, a reply counted from "
    "the answering brief's service",
    stamped(
        "Case: 25-5185, 09/22/2025, DktEntry: 24.1, Page {page} of {count}",
        """UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT
FILED
SEP 22 2025
STATE OF CALIFORNIA; et al.,
Plaintiffs - Appellees,
v.
U.S. DEPARTMENT OF HEALTH AND HUMAN
SERVICES; et al.,
Defendants - Appellants.
No. 25-5185
D.C. No. 3:25-cv-05536-VC
Northern District of California,
San Francisco
ORDER
Before: Circuit Judges.
Appellants' motion for a stay pending appeal is DENIED. The answering brief is due
November 3, 2025. The optional reply brief is due within 21 days after service of the
answering brief.
""",
    ),
    Expected(
        *CA9,
        "25-5185",
        24,
        d("2025-09-22"),
        "ORDER",
        "order",
        None,
        parties=(
            ("State of California", APE, "CA"),
            ("U.S. Department of Health and Human Services", APT, None),
        ),
        relief=(("other", 1),),
        # the reply counts from the answering brief's due date, as a schedule row anchors one
        deadlines=((d("2025-11-03"), "filing", 1, False), (d("2025-11-24"), "reply", 1, True)),
    ),
)

CA1_MOTION = EvalFiling(
    "ca1-motion-other-case-argument",
    "a First Circuit motion: 'Document: 0011…' is an id; another appeal's argument date is "
    "not ours",
    stamped(
        "Case: 25-1611 Document: 00118312345 Page: {page} Date Filed: 07/21/2025 Entry ID: 6737441",
        """No. 25-1611
United States Court of Appeals
for the First Circuit
COMMONWEALTH OF MASSACHUSETTS, et al.,
Plaintiffs-Appellees,
v.
ROBERT F. KENNEDY, JR., in his official capacity as Secretary of
Health and Human Services, et al.,
Defendants-Appellants.
On Appeal from the United States District Court for the District of Massachusetts
APPELLANTS' MOTION FOR STAY PENDING APPEAL
Appellants respectfully move for a stay of the district court's injunction pending appeal.
A closely related appeal, New York v. Kennedy, No. 25-1500, is scheduled for oral argument
on September 8, 2025, and its outcome will likely control this one.
""",
    ),
    Expected(
        *CA1,
        "25-1611",
        None,
        d("2025-07-21"),
        "APPELLANTS' MOTION FOR STAY PENDING APPEAL",
        "motion",
        None,
        parties=(
            ("Commonwealth of Massachusetts", APE, "MA"),
            ("Robert F. Kennedy, Jr.", APT, None),
        ),
        relief=(("other", 1),),
    ),
)

CADC_OPPOSITION = EvalFiling(
    "cadc-response-in-opposition",
    "D.C. Circuit 'USCA Case #' stamp; a document id is not a docket entry",
    stamped(
        "USCA Case #25-5099 Document #2110123 Filed: 04/14/2025 Page {page} of {count}",
        """ORAL ARGUMENT NOT YET SCHEDULED
No. 25-5099
IN THE UNITED STATES COURT OF APPEALS
FOR THE DISTRICT OF COLUMBIA CIRCUIT
NATIONAL ASSOCIATION OF COUNTY HEALTH OFFICIALS,
Plaintiff-Appellee,
v.
DEPARTMENT OF GOVERNMENT EFFICIENCY, et al.,
Defendants-Appellants.
RESPONSE IN OPPOSITION TO EMERGENCY MOTION FOR STAY PENDING APPEAL
The government has not shown that it will suffer irreparable harm.
""",
    ),
    Expected(
        *CADC,
        "25-5099",
        None,
        d("2025-04-14"),
        "RESPONSE IN OPPOSITION TO EMERGENCY MOTION FOR STAY PENDING APPEAL",
        "opposition",
        None,
        parties=(
            ("National Association of County Health Officials", APE, None),
            ("Department of Government Efficiency", APT, None),
        ),
    ),
)

APPELLATE_LETTER_NO_COURT = EvalFiling(
    "appellate-letter-without-caption-court",
    "an appellate stamp alone does not tell which circuit: court stays null",
    stamped(
        "Case: 24-2890, 09/30/2025, ID: 12940001, DktEntry: 61, Page {page} of {count}",
        """September 30, 2025
Clerk of Court
Re: Doe v. Roe, No. 24-2890
Dear Clerk:
Appellants write to advise the Court of supplemental authority decided after briefing closed.
Respectfully submitted,
/s/ Kim Lee
""",
    ),
    Expected(
        None,
        None,
        "24-2890",
        61,
        d("2025-09-30"),
        None,
        "letter",
        None,
        parties=(("Doe", P, None), ("Roe", D, None)),
    ),
)

DISTRICT_STAMP_NO_CAPTION = EvalFiling(
    "district-certificate-without-caption",
    "a stamped page with no caption: no court from the number's shape alone",
    stamped(
        "Case 3:25-cv-05536-VC Document 77 Filed 09/15/25 Page {page} of {count}",
        """CERTIFICATE OF SERVICE
I certify that on September 15, 2025, I filed the foregoing with the Clerk of Court using
the CM/ECF system, which will send notice of the filing to all counsel of record.
/s/ Dana Whitfield
""",
    ),
    Expected(
        None,
        None,
        "3:25-cv-05536-VC",
        77,
        d("2025-09-15"),
        "CERTIFICATE OF SERVICE",
        "other",
        None,
    ),
)

FILINGS: tuple[EvalFiling, ...] = (
    CDCAL_ORDER,
    DNJ_OPINION,
    DARIZ_TRO_ORDER,
    DARIZ_ORDER_RE,
    NDCAL_SCHEDULING,
    DMASS_SETTING_HEARING,
    NDCAL_STIP_UNSIGNED,
    NDCAL_STIP_SIGNED,
    DDC_JUDGMENT,
    DMD_NOTICE_OF_APPEAL,
    NDCAL_CLERK_NOTICE,
    EDVA_BRIEFING_ORDER,
    CA9_ORDER,
    CA1_MOTION,
    CADC_OPPOSITION,
    APPELLATE_LETTER_NO_COURT,
    DISTRICT_STAMP_NO_CAPTION,
)
