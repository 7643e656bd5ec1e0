"""Captions of many courts and layouts: court, case number, parties with roles, title, judge."""

from __future__ import annotations

import pytest

from casetracker.extract import extract_facts
from casetracker.extract.courts import DISTRICT_COURTS, find_court
from casetracker.models import PartyRole
from tests.test_extract_factories import as_rows, pages, party, source

P, D = PartyRole.PLAINTIFF, PartyRole.DEFENDANT

# N.D. Cal. pleading caption: ")" column, parties left, number/title/hearing lines right,
# the two columns interleaved line by line as text extraction gives them.
NDCAL = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al., ) Case No. 3:25-cv-05536-VC
 Plaintiffs, ) NOTICE OF MOTION AND MOTION
 v. ) FOR PRELIMINARY INJUNCTION
U.S. DEPARTMENT OF HEALTH AND ) Date: August 7, 2025
HUMAN SERVICES, et al., ) Time: 10:00 a.m.
 Defendants. ) Judge: Hon. Vince Chhabria
Plaintiffs move for a preliminary injunction.
"""

# D.N.J. colon column, judges' initials in parentheses after the number.
DNJ = """UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY
:
JANE ROE, :
Plaintiff, : Civil Action No. 2:21-cv-1234 (ABC) (DEF)
v. :
ACME WIDGET CO., INC., et al., : MEMORANDUM AND ORDER
Defendants. :
This matter comes before the Court on the motion of Defendants to dismiss the complaint.
"""

# Left column first, then the right column (C.D. Cal. style text order); "the People".
SDNY = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
THE PEOPLE OF THE STATE OF NEW YORK,
Plaintiff,
v.
GLOBEX CORPORATION,
Defendant.
Case No. 1:24-cv-77-JPO
OPINION AND ORDER
J. PAUL OETKEN, District Judge:
"""

# S.D.N.Y.'s own number form, "-against-" between the sides.
SDNY_CIV = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
STATE OF NEW YORK, et al.,
Plaintiffs,
-against-
UNITED STATES DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
25 Civ. 6120 (HRO)
OPINION AND ORDER
"""

# A number printed without its office ("3:").
NO_OFFICE = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
STATE OF CALIFORNIA, et al.,
Plaintiffs,
v.
UNITED STATES DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al.,
Defendants.
No. 25-cv-05536-VC
ORDER SETTING BRIEFING SCHEDULE
"""

# A multistate caption: semicolons, "and", the District, an official and an agency.
DMASS = """UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MASSACHUSETTS
COMMONWEALTH OF MASSACHUSETTS; STATE OF NEW YORK;
DISTRICT OF COLUMBIA; and STATE OF WASHINGTON,
Plaintiffs,
v.
KRISTI NOEM, in her official capacity as Secretary of
Homeland Security; U.S. DEPARTMENT OF HOMELAND SECURITY,
Defendants.
Civil Action No. 1:25-cv-10001
COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF
INTRODUCTION
"""

# A petition for review in the D.C. Circuit: petitioner and respondent.
CADC = """IN THE UNITED STATES COURT OF APPEALS
FOR THE DISTRICT OF COLUMBIA CIRCUIT
No. 24-1123
ACME POWER COOPERATIVE,
Petitioner,
v.
FEDERAL ENERGY REGULATORY COMMISSION,
Respondent.
PETITION FOR REVIEW OF AN ORDER OF THE FEDERAL ENERGY REGULATORY COMMISSION
"""

# A Ninth Circuit brief: the district caption's sides with their appellate roles.
CA9 = """No. 20-16276
IN THE UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT
ANGEL DOE, et al.
Plaintiffs-Appellees,
v.
DAVID ROE, et al.
Defendants-Appellants.
On Appeal from the United States District Court
for the Northern District of California
Hon. Jane Q. Judge
APPELLEES' MOTION TO EXTEND TIME
"""

# An MDL caption names no sides.
EDLA = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA
IN RE: OIL SPILL BY THE DRILLING RIG "HORIZON" : MDL No. 2179
This Document Relates to: All Cases : ORDER
"""

# An intervenor after the defendants, "vs." as separator, a governor sued officially.
EDCA = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA
GAVIN NEWSOM, in his official capacity as Governor
of the State of California,
Plaintiff,
vs.
UNITED STATES ARMY CORPS OF ENGINEERS,
Defendant,
SIERRA CLUB,
Intervenor-Defendant.
Case No. 2:23-cv-00456-KJM-AC
ORDER
"""

# A letter to the court: parties only on its "Re:" line.
LETTER = """Office of the Attorney General
Springfield, Illinois
March 3, 2025
Clerk of Court
United States District Court for the Northern District of Illinois
Re: State of Illinois v. Acme Logistics LLC, No. 1:24-cv-05555 (N.D. Ill.)
Dear Clerk:
Plaintiff writes to confirm the status conference.
"""

# D. Ariz. text layer: the title beside the parties with plain spaces, wrapped over three lines.
DARIZ = """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA
State of Arizona, No. CV-25-03120-PHX-DJH
Plaintiff, ORDER GRANTING IN PART AND DENYING IN
v. PART MOTION FOR TEMPORARY RESTRAINING
ORDER
United States Department of Labor, et al.,
Defendants.
Pending before the Court is the motion.
"""

# D.D.C.: each party's street address under its name; "-v-" between the sides.
DDC = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
DISTRICT OF COLUMBIA,
1350 Pennsylvania Avenue NW
Washington, DC 20004,
Plaintiff,
-v-
CENTERS FOR MEDICARE & MEDICAID SERVICES,
7500 Security Boulevard
Baltimore, MD 21244,
Defendant.
Civil Action No. 1:25-cv-02210 (ABJ)
MEMORANDUM OPINION
AND ORDER
AMY BERMAN JACKSON, United States District Judge:
"""

HHS = "United States Department of Health and Human Services"

CAPTION_ROWS = [
    pytest.param(
        DARIZ,
        (
            "azd",
            None,  # "CV-25-…-PHX-DJH" names a division, not the office number: the stamp gives it
            "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR TEMPORARY RESTRAINING ORDER",
        ),
        [party("State of Arizona", P, "AZ"), party("United States Department of Labor", D)],
        None,
        id="dariz-unmarked-title-beside-parties",
    ),
    pytest.param(
        DDC,
        ("dcd", "1:25-cv-02210-ABJ", "MEMORANDUM OPINION AND ORDER"),
        [
            party("District of Columbia", P, "DC"),
            party("Centers for Medicare & Medicaid Services", D),
        ],
        "Amy Berman Jackson",
        id="ddc-addresses-dash-v-and-judge-byline",
    ),
    pytest.param(
        NDCAL,
        ("cand", "3:25-cv-05536-VC", "NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION"),
        [
            party("State of California", P, "CA"),
            party("U.S. Department of Health and Human Services", D),
        ],
        "Vince Chhabria",
        id="ndcal-paren-column-interleaved",
    ),
    pytest.param(
        DNJ,
        ("njd", "2:21-cv-01234-ABC-DEF", "MEMORANDUM AND ORDER"),
        [party("Jane Roe", P), party("Acme Widget Co., Inc.", D)],
        None,
        id="dnj-colon-column",
    ),
    pytest.param(
        SDNY,
        ("nysd", "1:24-cv-00077-JPO", "OPINION AND ORDER"),
        [party("People of the State of New York", P, "NY"), party("Globex Corporation", D)],
        None,
        id="sdny-columns-in-sequence",
    ),
    pytest.param(
        SDNY_CIV,
        ("nysd", "25-cv-06120-HRO", "OPINION AND ORDER"),
        [party("State of New York", P, "NY"), party(HHS, D)],
        None,
        id="sdny-civ-number",
    ),
    pytest.param(
        NO_OFFICE,
        ("cand", "25-cv-05536-VC", "ORDER SETTING BRIEFING SCHEDULE"),
        [party("State of California", P, "CA"), party(HHS, D)],
        None,
        id="district-number-without-office",
    ),
    pytest.param(
        DMASS,
        ("mad", "1:25-cv-10001", "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF"),
        [
            party("Commonwealth of Massachusetts", P, "MA"),
            party("State of New York", P, "NY"),
            party("District of Columbia", P, "DC"),
            party("State of Washington", P, "WA"),
            party("Kristi Noem", D, None, "Secretary of Homeland Security"),
            party("U.S. Department of Homeland Security", D),
        ],
        None,
        id="dmass-multistate-semicolons",
    ),
    pytest.param(
        CADC,
        (
            "cadc",
            "24-1123",
            "PETITION FOR REVIEW OF AN ORDER OF THE FEDERAL ENERGY REGULATORY COMMISSION",
        ),
        [
            party("Acme Power Cooperative", PartyRole.PETITIONER),
            party("Federal Energy Regulatory Commission", PartyRole.RESPONDENT),
        ],
        None,
        id="dc-circuit-petition",
    ),
    pytest.param(
        CA9,
        ("ca9", "20-16276", "APPELLEES' MOTION TO EXTEND TIME"),
        [party("Angel Doe", PartyRole.APPELLEE), party("David Roe", PartyRole.APPELLANT)],
        None,  # "Hon." on an appellate caption names the judge below
        id="ninth-circuit-appellate-roles",
    ),
    pytest.param(EDLA, ("laed", "MDL 2179", "ORDER"), [], None, id="mdl-in-re-no-sides"),
    pytest.param(
        EDCA,
        ("caed", "2:23-cv-00456-KJM-AC", "ORDER"),
        [
            party("Gavin Newsom", P, "CA", "Governor of the State of California"),
            party("United States Army Corps of Engineers", D),
            party("Sierra Club", PartyRole.INTERVENOR),
        ],
        None,
        id="edca-official-vs-intervenor",
    ),
    pytest.param(
        LETTER,
        ("ilnd", "1:24-cv-05555", None),
        [party("State of Illinois", P, "IL"), party("Acme Logistics LLC", D)],
        None,
        id="letter-re-line",
    ),
]


@pytest.mark.parametrize(("text", "header", "parties", "judge"), CAPTION_ROWS)
def test_caption_is_read(
    text: str,
    header: tuple[str, str, str | None],
    parties: list[tuple[str, PartyRole, str | None, str | None]],
    judge: str | None,
) -> None:
    facts = extract_facts(pages(text))
    assert (facts.court_id, facts.case_number, facts.title) == header
    assert as_rows(facts.parties) == parties
    assert facts.judge == judge


def test_each_party_quotes_its_caption_text() -> None:
    facts = extract_facts(pages(DMASS))
    noem = next(p for p in facts.parties if p.name == "Kristi Noem")
    assert noem.source.page == 1
    assert noem.source.text.startswith("KRISTI NOEM, in her official capacity")
    assert DMASS[noem.source.start : noem.source.end] == noem.source.text


def test_court_and_case_number_sources_point_at_the_caption() -> None:
    facts = extract_facts(pages(NDCAL))
    assert facts.sources["court"] == source(
        NDCAL, "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA"
    )
    assert facts.sources["case_number"] == source(NDCAL, "3:25-cv-05536-VC")
    assert facts.sources["judge"] == source(NDCAL, "Vince Chhabria")


JUDGE_ROWS = [
    # the signature block of a signed order
    (
        "IT IS SO ORDERED.\nDated: August 12, 2025\nVINCE CHHABRIA\nUnited States District Judge",
        "Vince Chhabria",
    ),
    # a magistrate judge, "Hon." on the name line
    ("SO ORDERED.\nHon. Sallie Kim\nUnited States Magistrate Judge", "Sallie Kim"),
    # a proposed order's blank signature names the judge in capitals
    ("Dated: ____\n______\nHON. VINCE CHHABRIA\nUnited States District Judge", "Vince Chhabria"),
    # the caption's judge line ends at the line; the next line is not part of the name
    ("Judge: Hon. William H. Orrick\nTO ALL PARTIES", "William H. Orrick"),
    # E.D. Pa. and D.N.J. sign with the short office after the name
    ("BY THE COURT:\n/s/ Daniel P. Whitcomb\nDANIEL P. WHITCOMB, J.", "Daniel P. Whitcomb"),
    ("SO ORDERED.\nJULIEN X. NEALS, U.S.D.J.", "Julien X. Neals"),
]


@pytest.mark.parametrize(("tail", "judge"), JUDGE_ROWS)
def test_judge_is_named_from_caption_or_signature(tail: str, judge: str) -> None:
    text = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n" + tail
    assert extract_facts(pages(text)).judge == judge


# Layouts whose case number is left to the stamp; the rows check parties, title and judge.
LAYOUT_ROWS = [
    # an S.D.N.Y. box ruled with "----x": the corner is not part of the first name
    pytest.param(
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
------------------------------------------------ x
STATE OF NEW YORK and STATE OF VERMONT, :
Plaintiffs, :
-against- : OPINION AND ORDER
GLOBEX CORPORATION, :
Defendant. :
------------------------------------------------ x
""",
        "OPINION AND ORDER",
        [
            party("State of New York", P, "NY"),
            party("State of Vermont", P, "VT"),
            party("Globex Corporation", D),
        ],
        None,
        id="sdny-x-ruled-box",
    ),
    # E.D. Pa.: no role lines; the title on its own line ends the second side, and the
    # by-line under it is not a party; the signature with ", J." names the judge
    pytest.param(
        """IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA
JANE ROE : CIVIL ACTION
v. :
ACME WIDGET CO., INC. : NO. 24-1234
MEMORANDUM
Whitcomb, J. May 1, 2025
The motion is denied.
BY THE COURT:
/s/ Daniel P. Whitcomb
DANIEL P. WHITCOMB, J.
""",
        "MEMORANDUM",
        [party("Jane Roe", P), party("Acme Widget Co., Inc.", D)],
        "Daniel P. Whitcomb",
        id="edpa-no-role-lines",
    ),
    # Fourth Circuit roles joined by an en dash
    pytest.param(
        """IN THE
United States Court of Appeals
FOR THE FOURTH CIRCUIT
ANGEL DOE,
Plaintiff – Appellee,
v.
DAVID ROE,
Defendant – Appellant.
APPELLANT'S MOTION TO EXTEND TIME
""",
        "APPELLANT'S MOTION TO EXTEND TIME",
        [party("Angel Doe", PartyRole.APPELLEE), party("David Roe", PartyRole.APPELLANT)],
        None,
        id="ca4-en-dash-roles",
    ),
    # a State "by and through its Attorney General, <name>": the name is the office holder's;
    # "C.A. No." beside "v." is the number's label, not a defendant's name
    pytest.param(
        """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF RHODE ISLAND
STATE OF RHODE ISLAND, by and through its
Attorney General, Jane Q. Public;
STATE OF WISCONSIN, by and through its
Attorney General,
Plaintiffs,
v. C.A. No. 1:25-cv-00128
GLOBEX CORPORATION,
Defendant.
COMPLAINT
""",
        "COMPLAINT",
        [
            party("State of Rhode Island", P, "RI"),
            party("State of Wisconsin", P, "WI"),
            party("Globex Corporation", D),
        ],
        None,
        id="dri-states-by-attorney-general",
    ),
    # a D.C. Circuit order: term, district number and "Filed On:" at right, mixed-case names,
    # role lines without commas, and a letter-spaced "O R D E R"
    pytest.param(
        """United States Court of Appeals
FOR THE DISTRICT OF COLUMBIA CIRCUIT
No. 25-5144 September Term, 2025
1:25-cv-01234-ABC
Filed On: October 9, 2025
Acme Library Association, et al.,
Appellees
v.
Federal Records Agency, et al.,
Appellants
BEFORE: Harlan, Ostrowski, and Vance, Circuit Judges
O R D E R
Upon consideration of the motion, it is ORDERED that the motion be denied.
""",
        "ORDER",
        [
            party("Acme Library Association", PartyRole.APPELLEE),
            party("Federal Records Agency", PartyRole.APPELLANT),
        ],
        None,
        id="cadc-letter-spaced-order",
    ),
]


@pytest.mark.parametrize(("text", "title", "parties", "judge"), LAYOUT_ROWS)
def test_caption_layout_is_read(
    text: str,
    title: str,
    parties: list[tuple[str, PartyRole, str | None, str | None]],
    judge: str | None,
) -> None:
    facts = extract_facts(pages(text))
    assert facts.title == title
    assert as_rows(facts.parties) == parties
    assert facts.judge == judge


def test_letter_spaced_title_keeps_its_printed_span() -> None:
    text = LAYOUT_ROWS[-1].values[0]
    assert isinstance(text, str)
    title = extract_facts(pages(text)).sources["title"]
    assert (title.text, text[title.start : title.end]) == ("ORDER", "O R D E R")


def test_letter_spaced_words_keep_their_wider_gap() -> None:
    text = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
ACME CORP.,
Plaintiff,
v.
BETA AGENCY,
Defendant.
M E M O R A N D U M  O P I N I O N
The motion is denied.
"""
    assert extract_facts(pages(text)).title == "MEMORANDUM OPINION"


COURT_ROWS = [
    ("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA", "cacd"),
    ("United States District Court for the Southern District of California", "casd"),
    ("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA", "azd"),
    ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF NEW YORK", "nynd"),
    ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK", "nyed"),
    ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NEW YORK", "nywd"),
    ("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA", "dcd"),
    ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION", "ilnd"),
    ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION", "txsd"),
    ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE", "wawd"),
    ("UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF PENNSYLVANIA", "pamd"),
    ("UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO", "prd"),
    ("United States Court of Appeals for the First Circuit", "ca1"),
    ("UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT", "ca11"),
    ("United States Court of Appeals for the Federal Circuit", "cafc"),
    ("In the Supreme Court of the United States", "scotus"),
    # the court below named after "On Appeal from" is not this document's court
    ("On Appeal from the United States District Court for the District of Oregon", None),
    # no "Southern District" exists in Arizona
    ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF ARIZONA", None),
]


@pytest.mark.parametrize(("text", "court_id"), COURT_ROWS)
def test_court_line_gives_courtlistener_id(text: str, court_id: str | None) -> None:
    court = find_court(text)
    assert (court.court_id if court else None) == court_id


def test_court_table_has_every_district() -> None:
    # 28 U.S.C. §§ 81-131: 94 districts, territories included.
    assert len(DISTRICT_COURTS) == 94
    assert (
        DISTRICT_COURTS["cand"] == "United States District Court, Northern District of California"
    )
    assert DISTRICT_COURTS["mad"] == "United States District Court, District of Massachusetts"


@pytest.mark.parametrize(
    ("printed", "named"),
    [
        ("BETA LLC", "Beta LLC"),
        ("ACME HOLDINGS, LLP,", "Acme Holdings, LLP,"),
        ("U.S. DEPARTMENT OF HOMELAND SECURITY", "U.S. Department of Homeland Security"),
        ("KRISTI NOEM", "Kristi Noem"),
        ("Beta LLC", "Beta LLC"),
    ],
)
def test_upper_case_names_in_title_case_keep_entity_abbreviations(printed: str, named: str) -> None:
    from casetracker.extract.caption import title_case

    assert title_case(printed) == named
