"""The docket of the twenty-State Medicaid data suit, one builder per filing.

Each builder returns a `layout.Document`. Filler paragraphs come from a `random.Random`
seeded with the file name, so the text is varied yet the same on every run.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass

from . import text as t
from .layout import (
    BOLD_FONT,
    Align,
    Block,
    Caption,
    Document,
    PageBreak,
    Paper,
    Para,
    Space,
    StampSpec,
    Table,
    layout,
)

Builder = Callable[[random.Random], Document]

CLAIMS = (
    ("FIRST", "Violation of the APA — Arbitrary and Capricious Agency Action"),
    ("SECOND", "Violation of the APA — Contrary to Law (42 U.S.C. §§ 1306, 1396a(a)(7))"),
    ("THIRD", "Violation of the APA — Contrary to Law (Privacy Act, 5 U.S.C. § 552a)"),
    ("FOURTH", "Violation of the APA — Without Observance of Procedure Required by Law"),
    ("FIFTH", "Ultra Vires Agency Action and Violation of the Spending Clause"),
)

PRAYER = (
    "Declare that the transfer of the plaintiff States' Medicaid data to DHS, and the policy "
    "authorizing it, are unlawful and violate the APA;",
    "Vacate and set aside the data-sharing policy under 5 U.S.C. § 706(2);",
    "Preliminarily and permanently enjoin HHS and CMS from sharing the Medicaid data of the "
    "plaintiff States' enrollees with DHS or any other federal agency for any purpose not "
    "directly connected with administering Medicaid;",
    "Preliminarily and permanently enjoin DHS, including ICE, from using any such data for "
    "immigration enforcement or surveillance;",
    "Order DHS to impound all Medicaid records of the plaintiff States' enrollees, and every "
    "copy of them, in its possession and sequester them from any use;",
    "Order DHS to destroy all such records and copies, and to certify the destruction to the "
    "Court;",
    "Award Plaintiffs their costs and reasonable attorneys' fees; and",
    "Grant such other and further relief as the Court deems just and proper.",
)

HEARING_PI = ("Date:      August 7, 2025", "Time:      10:00 a.m.", "Courtroom: 4, 17th Floor")
HEARING_RENEWED = (
    "Date:      December 18, 2025",
    "Time:      10:00 a.m.",
    "Courtroom: 4, 17th Floor",
)
HEARING_ENFORCE = ("Date:      April 30, 2026", "Time:      10:00 a.m.", "Courtroom: 4, 17th Floor")

# Attorneys General (public officials) and invented line attorneys for signature pages.
AG_NAMES = {
    "CA": "ROB BONTA",
    "AZ": "KRIS MAYES",
    "CO": "PHILIP J. WEISER",
    "CT": "WILLIAM TONG",
    "DE": "KATHLEEN JENNINGS",
    "HI": "ANNE E. LOPEZ",
    "IL": "KWAME RAOUL",
    "ME": "AARON M. FREY",
    "MD": "ANTHONY G. BROWN",
    "MA": "ANDREA JOY CAMPBELL",
    "MI": "DANA NESSEL",
    "MN": "KEITH ELLISON",
    "NV": "AARON D. FORD",
    "NJ": "MATTHEW J. PLATKIN",
    "NM": "RAÚL TORREZ",
    "NY": "LETITIA JAMES",
    "OR": "DAN RAYFIELD",
    "RI": "PETER F. NERONHA",
    "VT": "CHARITY R. CLARK",
    "WA": "NICHOLAS W. BROWN",
    "WI": "JOSHUA L. KAUL",
}
_FIRST = (
    "Alma",
    "Bastian",
    "Corinne",
    "Desmond",
    "Elif",
    "Farrah",
    "Gideon",
    "Halle",
    "Ivo",
    "Junia",
)
_LAST = ("Quarles", "Redfern", "Sato", "Tamblyn", "Umeh", "Vasquez-Ortiz", "Whitlow", "Yarrow")


def _stamp(doc: str, filed: str, *, doubled: bool = False) -> StampSpec:
    return StampSpec(t.CASE, doc, filed, doubled)


def _footer(doc: Document, short: str, case: str = f"Case No. {t.CASE}") -> Document:
    return dataclasses.replace(doc, footer=short, footer_case=case)


def _party_doc(
    counsel: tuple[str, ...],
    right: tuple[str, ...],
    body: list[Block],
    *,
    left: tuple[str, ...] = t.SHORT_LEFT,
    sep: str = ")",
) -> list[Block]:
    return [*t.single(counsel), *t.court_heading(), Caption(left, right, sep), *body]


def _court_doc(right: tuple[str, ...], body: list[Block]) -> list[Block]:
    return [*t.court_heading(division=False), Space(2), Caption(t.SHORT_LEFT, right), *body]


def _order_end(dated: str) -> list[Block]:
    return [
        Para("IT IS SO ORDERED.", keep=6),
        Para(f"Dated: {dated}", 2, 0, 0),
        Para("______________________________", 1, 250, 0),
        Para("VINCE CHHABRIA", 1, 250, 0),
        Para("United States District Judge", 1, 250, 0),
    ]


def _brief(rng: random.Random, side: str, sections: tuple[str, ...], per: int) -> list[Block]:
    blocks: list[Block] = []
    for section in sections:
        blocks.append(t.heading(section))
        for _ in range(per + rng.randint(-1, 2)):
            blocks.append(Para(t.argument(rng, side)))
    return blocks


def _state_signatures(rng: random.Random, states: tuple[t.State, ...]) -> list[Block]:
    blocks: list[Block] = []
    for s in states:
        lawyer = f"{rng.choice(_FIRST)} {rng.choice('BCDFGHJKLMN')}. {rng.choice(_LAST)}"
        lines = (
            AG_NAMES[s.usps],
            f"Attorney General of {s.name}",
            f"By: /s/ {lawyer}",
            f"{lawyer.upper()}",
            "Assistant Attorney General",
            f"Attorneys for Plaintiff {s.kind} of {s.name}",
        )
        blocks += [Para(line, 1, 0, 0, keep=5 - i) for i, line in enumerate(lines)]
        blocks.append(Space(1))
    return blocks


def complaint(rng: random.Random, *, amended: bool = False, facts: int = 120) -> list[Block]:
    """The complaint body; `amended` adds Wisconsin and CMS (the first amended complaint)."""
    states = t.STATES_AMENDED if amended else t.STATES
    defendants = t.DEFENDANTS_AMENDED if amended else t.DEFENDANTS_ORIGINAL
    title = (
        ("FIRST AMENDED COMPLAINT FOR", "DECLARATORY AND INJUNCTIVE", "RELIEF")
        if amended
        else ("COMPLAINT FOR DECLARATORY", "AND INJUNCTIVE RELIEF")
    )
    case_line = f"Case No. {t.CASE}" if amended else "Case No. ____________"
    right = (case_line, "", *title)
    body: list[Block] = [t.heading("INTRODUCTION")]
    n = 0

    def para(text: str, tag: str | None = None) -> None:
        nonlocal n
        n += 1
        body.append(t.numbered(n, text, tag))

    para(
        "This action challenges the federal government's decision to hand the personal "
        "health and eligibility information of Medicaid enrollees in the plaintiff States "
        "to the Department of Homeland Security for use in immigration enforcement."
    )
    para(
        "For decades CMS told the States, and the States told their residents, that "
        "information given to apply for Medicaid would be used only to run the program. "
        "Defendants abandoned that commitment overnight and without explanation."
    )
    if amended:
        para(
            "This First Amended Complaint adds the State of Wisconsin as a plaintiff and names "
            "CMS and its Administrator as defendants."
        )
    for _ in range(4):
        para(t.allegation(rng))
    body.append(t.heading("JURISDICTION AND VENUE"))
    para("The Court has jurisdiction under 28 U.S.C. §§ 1331 and 1361 and 5 U.S.C. §§ 702-706.")
    para(
        "Venue lies in this district under 28 U.S.C. § 1391(e)(1) because the State of "
        "California resides here and a substantial part of the events occurred here."
    )
    body.append(t.heading("PARTIES"))
    for s in states:
        para(
            f"Plaintiff {s.kind} of {s.name} is a sovereign {s.kind.lower()} of the United "
            f"States. It administers a Medicaid program through its single state agency and "
            f"submits enrollee data to CMS under data-use agreements."
        )
    for _, name, office in defendants:
        role = f"{office}, and is sued in an official capacity" if office else "a federal agency"
        para(f"Defendant {name} is {role}.")
    body.append(t.heading("FACTUAL ALLEGATIONS"))
    for _ in range(facts):
        para(t.allegation(rng))
    body.append(t.heading("CLAIMS FOR RELIEF"))
    for i, (ordinal, claim_title) in enumerate(CLAIMS, start=1):
        body.append(
            Para(
                f"{ordinal} CLAIM FOR RELIEF",
                2,
                0,
                0,
                BOLD_FONT,
                align=Align.CENTER,
                tag=f"claim{i}",
                keep=6,
            )
        )
        body.append(Para(claim_title, 1, 0, 0, BOLD_FONT, align=Align.CENTER))
        body.append(Para("(Against All Defendants)", 1, 0, 0, align=Align.CENTER))
        para("Plaintiffs incorporate the preceding paragraphs by reference.")
        for _ in range(rng.randint(4, 7)):
            para(t.allegation(rng))
    body.append(t.heading("PRAYER FOR RELIEF", tag="prayer"))
    body.append(Para("WHEREFORE, Plaintiffs respectfully request that the Court:"))
    for letter, item in zip("abcdefgh", PRAYER, strict=True):
        body.append(Para(f"{letter}.   {item}", tag=f"prayer_{letter}"))
    dated = "August 27, 2025" if amended else "July 1, 2025"
    body += t.signature(t.PLAINTIFF_SIGNATURE, dated)
    body += _state_signatures(rng, states[1:])
    return _party_doc(t.PLAINTIFF_COUNSEL, right, body, left=t.full_left(states, defendants))


def _fit_prayer(rng_seed: str, amended: bool, stamp: StampSpec, short: str) -> Document:
    """Grow the allegations until the prayer's lettered items run over a page break."""
    facts = 185 if amended else 175
    while True:
        blocks = complaint(random.Random(rng_seed), amended=amended, facts=facts)
        doc = _footer(Document(tuple(blocks), stamp=stamp), short)
        _, tags = layout(doc)
        if tags["prayer_b"] < tags["prayer_g"]:
            return doc
        facts += 1


def ecf_001(rng: random.Random) -> Document:
    return _fit_prayer(
        "ecf-001", False, _stamp("1", "07/01/25"), "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF"
    )


def ecf_108(rng: random.Random) -> Document:
    return _fit_prayer("ecf-108", True, _stamp("108", "08/27/25"), "FIRST AMENDED COMPLAINT")


def _motion(rng: random.Random, renewed: bool) -> list[Block]:
    hearing = HEARING_RENEWED if renewed else HEARING_PI
    date, dated = (
        ("December 18, 2025", "November 13, 2025")
        if renewed
        else ("August 7, 2025", "July 2, 2025")
    )
    kind = "RENEWED MOTION" if renewed else "MOTION"
    right = (
        f"Case No. {t.CASE}",
        "",
        f"PLAINTIFFS' NOTICE OF {kind} AND",
        f"{kind} FOR PRELIMINARY",
        "INJUNCTION; MEMORANDUM OF POINTS",
        "AND AUTHORITIES",
        "",
        *hearing,
        t.JUDGE_LINE,
    )
    body: list[Block] = [
        Para("TO ALL PARTIES AND THEIR COUNSEL OF RECORD:", 2, 0, 0, BOLD_FONT),
        Para(
            f"PLEASE TAKE NOTICE that on {date}, at 10:00 a.m., or as soon thereafter as the "
            "matter may be heard, in Courtroom 4, 17th Floor, of the United States District "
            "Court, 450 Golden Gate Avenue, San Francisco, California, before the Honorable "
            f"Vince Chhabria, Plaintiffs will and hereby do move for a preliminary injunction "
            "under Federal Rule of Civil Procedure 65 and 5 U.S.C. § 705.",
            tag="notice",
        ),
    ]
    if renewed:
        relief = (
            "Plaintiffs ask the Court to (1) enjoin DHS, including ICE, from using the Medicaid "
            "data of the plaintiff States' enrollees for immigration enforcement; (2) enjoin HHS "
            "and CMS from sharing that data with DHS under the data-use notices issued in "
            "November 2025; and (3) stay the effective date of those notices under 5 U.S.C. § 705."
        )
    else:
        relief = (
            "Plaintiffs ask the Court to enter an order that (1) enjoins HHS and CMS from "
            "disclosing the Medicaid data of the plaintiff States' enrollees to DHS for "
            "immigration enforcement; (2) enjoins DHS and ICE from using any such data already "
            "received for immigration enforcement; and (3) requires DHS to sequester all such "
            "data pending final judgment."
        )
    body.append(Para(relief, tag="relief"))
    body.append(
        Para(
            "The motion rests on this notice, the memorandum below, the declarations filed with "
            "it, the pleadings and records on file, and any argument the Court may hear."
        )
    )
    body.append(PageBreak())
    body.append(t.heading("MEMORANDUM OF POINTS AND AUTHORITIES"))
    sections = (
        "INTRODUCTION",
        "BACKGROUND",
        "LEGAL STANDARD",
        "I. PLAINTIFFS ARE LIKELY TO SUCCEED ON THE MERITS",
        "II. PLAINTIFFS WILL SUFFER IRREPARABLE HARM",
        "III. THE BALANCE OF EQUITIES AND PUBLIC INTEREST FAVOR RELIEF",
        "CONCLUSION",
    )
    body += _brief(rng, "plaintiffs", sections, 10 if renewed else 15)
    body += t.signature(t.PLAINTIFF_SIGNATURE, dated)
    return _party_doc(t.PLAINTIFF_COUNSEL, right, body)


def ecf_014(rng: random.Random) -> Document:
    doc = Document(tuple(_motion(rng, False)), stamp=_stamp("14", "07/02/25"))
    return _footer(doc, "PLS.' NOTICE OF MOT. AND MOT. FOR PRELIM. INJ.")


def ecf_139(rng: random.Random) -> Document:
    doc = Document(tuple(_motion(rng, True)), stamp=_stamp("139", "11/13/25"))
    return _footer(doc, "PLS.' RENEWED MOT. FOR PRELIM. INJ.")


def ecf_014_1(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "DECLARATION OF RENATA S. OYELARAN",
        "IN SUPPORT OF PLAINTIFFS' MOTION",
        "FOR PRELIMINARY INJUNCTION",
        "",
        *HEARING_PI,
        t.JUDGE_LINE,
    )
    body: list[Block] = [Para("I, Renata S. Oyelaran, declare:")]
    facts = (
        "I am the Deputy Director for Eligibility and Enrollment at the California Department "
        "of Health Care Services, the single state agency that runs Medi-Cal. I have personal "
        "knowledge of the facts below and could testify to them.",
        "Medi-Cal serves roughly fifteen million people. Applicants give us their names, "
        "addresses, household members, income, and, where relevant, immigration status.",
        "We send enrollee-level files to CMS each month under data-use agreements that limit "
        "CMS's use of the data to program administration, oversight, and research.",
    )
    for n, fact in enumerate(facts, start=1):
        body.append(t.numbered(n, fact))
    for n in range(len(facts) + 1, 19):
        body.append(t.numbered(n, t.allegation(rng)))
    body.append(PageBreak())
    body.append(
        Para(
            "I declare under penalty of perjury under the laws of the United States that the "
            "foregoing is true and correct. Executed on July 1, 2025, in Sacramento, California.",
            tag="scan",
        )
    )
    body += [
        Space(4),
        *t.single(("Renata S. Oyelaran", "______________________________", "RENATA S. OYELARAN")),
    ]
    doc = Document(
        tuple(_party_doc(t.PLAINTIFF_COUNSEL, right, body)), stamp=_stamp("14-1", "07/02/25")
    )
    doc = _footer(doc, "OYELARAN DECL. ISO PLS.' MOT. FOR PRELIM. INJ.")
    pages, _ = layout(doc)
    return dataclasses.replace(doc, scanned_pages=frozenset({len(pages)}))


def ecf_014_2(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "[PROPOSED] ORDER GRANTING",
        "PLAINTIFFS' MOTION FOR",
        "PRELIMINARY INJUNCTION",
        "",
        t.JUDGE_LINE,
    )
    body: list[Block] = [
        Para(
            "The Court has considered Plaintiffs' Motion for Preliminary Injunction, the papers "
            "filed in support and in opposition, and the arguments of counsel. Good cause "
            "appearing, the motion is GRANTED, and the Court ORDERS as follows:"
        ),
        t.numbered(
            1,
            "Defendants HHS and CMS, and their officers and employees, are enjoined from "
            "disclosing the Medicaid data of the plaintiff States' enrollees to DHS for "
            "immigration enforcement.",
            "relief1",
        ),
        t.numbered(
            2,
            "Defendants DHS and ICE are enjoined from using any such data already received for "
            "immigration enforcement.",
            "relief2",
        ),
        t.numbered(
            3,
            "DHS shall sequester all such data in its possession pending final judgment.",
            "relief3",
        ),
        Para("IT IS SO ORDERED.", keep=6),
        Para("Dated: ____________________", 2, 0, 0),
        Para("______________________________", 1, 250, 0),
        Para("HON. VINCE CHHABRIA", 1, 250, 0),
        Para("United States District Judge", 1, 250, 0),
    ]
    doc = Document(tuple(_party_doc(t.PLAINTIFF_COUNSEL, right, body)))
    return _footer(doc, "[PROPOSED] ORDER GRANTING PLS.' MOT. FOR PRELIM. INJ.")


def ecf_019(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "CLERK'S NOTICE RESETTING",
        "INITIAL CASE MANAGEMENT",
        "CONFERENCE",
    )
    body: list[Block] = [
        Para(
            "YOU ARE NOTIFIED THAT the Initial Case Management Conference previously set for "
            "September 23, 2025, has been reset to October 7, 2025, at 2:30 p.m., before the "
            "Honorable Vince Chhabria. The conference will be held by Zoom webinar; the "
            "webinar link is posted on the Court's website.",
            tag="cmc",
        ),
        Para(
            "The parties shall file a joint case management statement by September 30, 2025.",
            tag="statement",
        ),
        Para("Dated: July 3, 2025", 2, 0, 0),
        *t.single(
            (
                "Clerk, United States District Court",
                "By: Alina Petrosyan, Deputy Clerk to",
                "the Honorable Vince Chhabria",
            )
        ),
    ]
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("19", "07/03/25"))
    return _footer(doc, "CLERK'S NOTICE")


STIPULATED = (
    "Defendants shall file their opposition to the motion for preliminary injunction by "
    "July 16, 2025.",
    "Plaintiffs shall file their reply in support of the motion by July 23, 2025.",
    "Defendants' opposition shall not exceed 35 pages, and Plaintiffs' reply shall not exceed "
    "20 pages.",
    "Defendants shall answer or otherwise respond to the operative complaint by October 24, 2025.",
    "The hearing on the motion remains set for August 7, 2025, at 10:00 a.m.",
)


def ecf_030(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "JOINT STIPULATION TO SET BRIEFING",
        "SCHEDULE ON MOTION FOR",
        "PRELIMINARY INJUNCTION AND TO",
        "EXTEND TIME TO RESPOND TO",
        "COMPLAINT",
        "",
        t.JUDGE_LINE,
    )
    body: list[Block] = [
        Para(
            "Pursuant to Civil Local Rules 6-2 and 7-12, Plaintiffs and Defendants, through "
            "counsel, stipulate as follows:"
        ),
        Para(
            "WHEREAS, Plaintiffs filed their Complaint on July 1, 2025, and their motion for a "
            "preliminary injunction on July 2, 2025 (ECF No. 14);"
        ),
        Para(
            "WHEREAS, the parties have conferred and agree that a modestly longer schedule will "
            "allow full briefing of the issues the motion raises;"
        ),
        Para("NOW, THEREFORE, the parties stipulate and agree:"),
    ]
    for n, item in enumerate(STIPULATED, start=1):
        body.append(t.numbered(n, item, f"stip{n}"))
    body.append(Para("Dated: July 9, 2025", 2, 0, 0, keep=4))
    signers = (
        (
            "ROB BONTA",
            "Attorney General of California",
            "/s/ Tobias R. Lindqvist",
            "Attorneys for Plaintiff State of California",
        ),
        (
            "LETITIA JAMES",
            "Attorney General of New York",
            "/s/ Corinne M. Sato",
            "Attorneys for Plaintiff State of New York",
        ),
        (
            "KWAME RAOUL",
            "Attorney General of Illinois",
            "/s/ Gideon K. Redfern",
            "Attorneys for Plaintiff State of Illinois",
        ),
        (
            "NICHOLAS W. BROWN",
            "Attorney General of Washington",
            "/s/ Elif D. Whitlow",
            "Attorneys for Plaintiff State of Washington",
        ),
        (
            "ANDREA JOY CAMPBELL",
            "Attorney General of Massachusetts",
            "/s/ Ivo L. Umeh",
            "Attorneys for Plaintiff Commonwealth of Massachusetts",
        ),
        (
            "GREGORY L. ASHFORD",
            "Acting Assistant Attorney General",
            "/s/ Daniel P. Whitcomb",
            "Attorneys for Defendants",
        ),
    )
    for lines in signers:
        body += [Para(line, 1, 200, 0, keep=4 - i) for i, line in enumerate(lines)]
        body.append(Space(1))
    body.append(t.heading("ATTESTATION"))
    body.append(
        Para(
            "Under Civil Local Rule 5-1(i)(3), I attest that each signatory above concurred in "
            "the filing of this document. /s/ Tobias R. Lindqvist"
        )
    )
    doc = Document(
        tuple(_party_doc(t.PLAINTIFF_COUNSEL, right, body)), stamp=_stamp("30", "07/09/25")
    )
    return _footer(doc, "JOINT STIPULATION RE BRIEFING SCHEDULE AND TIME TO RESPOND")


def ecf_033(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "ORDER GRANTING STIPULATION TO SET",
        "BRIEFING SCHEDULE AND EXTEND",
        "TIME TO RESPOND TO COMPLAINT",
        "",
        "Re: Dkt. No. 30",
    )
    body: list[Block] = [
        Para(
            "The parties' joint stipulation (Dkt. No. 30) is GRANTED. Good cause appearing, the "
            "Court orders as follows:",
            tag="granted",
        ),
    ]
    for n, item in enumerate(STIPULATED, start=1):
        body.append(t.numbered(n, item, f"ord{n}"))
    body += _order_end("July 11, 2025")
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("33", "07/11/25"))
    return _footer(doc, "ORDER GRANTING STIPULATION")


def _response_brief(
    rng: random.Random,
    side: str,
    title: tuple[str, ...],
    hearing: tuple[str, ...],
    per: int,
    dated: str,
) -> list[Block]:
    right = (f"Case No. {t.CASE}", "", *title, "", *hearing, t.JUDGE_LINE)
    counsel = t.PLAINTIFF_COUNSEL if side == "plaintiffs" else t.DEFENSE_COUNSEL
    if side == "plaintiffs":
        sections: tuple[str, ...] = (
            "INTRODUCTION",
            "ARGUMENT",
            "I. DEFENDANTS' JURISDICTIONAL OBJECTIONS FAIL",
            "II. THE DATA TRANSFER WAS ARBITRARY AND CAPRICIOUS",
            "III. THE HARMS ARE CONCRETE AND ONGOING",
            "CONCLUSION",
        )
    else:
        sections = (
            "INTRODUCTION",
            "BACKGROUND",
            "ARGUMENT",
            "I. PLAINTIFFS LACK STANDING",
            "II. PLAINTIFFS ARE UNLIKELY TO SUCCEED ON THE MERITS",
            "III. PLAINTIFFS HAVE NOT SHOWN IRREPARABLE HARM",
            "IV. THE EQUITIES AND THE PUBLIC INTEREST WEIGH AGAINST RELIEF",
            "V. ANY RELIEF SHOULD BE NARROWLY DRAWN",
            "CONCLUSION",
        )
    body = _brief(rng, side, sections, per)
    sig = t.PLAINTIFF_SIGNATURE if side == "plaintiffs" else t.DEFENSE_SIGNATURE
    body += t.signature(sig, dated)
    return _party_doc(counsel, right, body)


OPP_TITLE = ("DEFENDANTS' OPPOSITION TO", "PLAINTIFFS' MOTION FOR", "PRELIMINARY INJUNCTION")
REPLY_TITLE = ("PLAINTIFFS' REPLY IN SUPPORT OF", "MOTION FOR PRELIMINARY", "INJUNCTION")


def ecf_044(rng: random.Random) -> Document:
    blocks = _response_brief(rng, "defendants", OPP_TITLE, HEARING_PI, 12, "July 16, 2025")
    doc = Document(tuple(blocks), stamp=_stamp("44", "07/16/25", doubled=True))
    return _footer(doc, "DEFS.' OPP'N TO PLS.' MOT. FOR PRELIM. INJ.")


def ecf_056(rng: random.Random) -> Document:
    blocks = _response_brief(rng, "plaintiffs", REPLY_TITLE, HEARING_PI, 9, "July 23, 2025")
    doc = Document(tuple(blocks), stamp=_stamp("56", "07/23/25"))
    return _footer(doc, "PLS.' REPLY ISO MOT. FOR PRELIM. INJ.")


def ecf_143(rng: random.Random) -> Document:
    title = (
        "DEFENDANTS' OPPOSITION TO",
        "PLAINTIFFS' RENEWED MOTION FOR",
        "PRELIMINARY INJUNCTION",
    )
    blocks = _response_brief(rng, "defendants", title, HEARING_RENEWED, 5, "November 26, 2025")
    doc = Document(tuple(blocks), stamp=_stamp("143", "11/26/25"))
    return _footer(doc, "DEFS.' OPP'N TO PLS.' RENEWED MOT. FOR PRELIM. INJ.")


def ecf_145(rng: random.Random) -> Document:
    title = ("PLAINTIFFS' REPLY IN SUPPORT OF", "RENEWED MOTION FOR PRELIMINARY", "INJUNCTION")
    blocks = _response_brief(rng, "plaintiffs", title, HEARING_RENEWED, 4, "December 4, 2025")
    doc = Document(tuple(blocks), stamp=_stamp("145", "12/04/25"))
    return _footer(doc, "PLS.' REPLY ISO RENEWED MOT. FOR PRELIM. INJ.")


def ecf_158(rng: random.Random) -> Document:
    title = ("DEFENDANTS' OPPOSITION TO", "PLAINTIFFS' MOTION TO ENFORCE", "PRELIMINARY INJUNCTION")
    blocks = _response_brief(rng, "defendants", title, HEARING_ENFORCE, 4, "April 9, 2026")
    doc = Document(tuple(blocks), stamp=_stamp("158", "04/09/26"))
    return _footer(doc, "DEFS.' OPP'N TO PLS.' MOT. TO ENFORCE")


AMICI = (
    "Coalition for Patient Privacy",
    "Western Community Clinics Association",
    "Immigrant Health Access Network",
)


def amicus_049_1(rng: random.Random) -> Document:
    counsel = (
        "LUCIA F. HARTMANN (SBN 254410)",
        "HARTMANN & OSEI LLP",
        "220 Montgomery Street, Suite 900",
        "San Francisco, CA 94104",
        "Telephone: (415) 555-0147",
        "Counsel for Amici Curiae",
    )
    left = (
        "STATE OF CALIFORNIA, et al.,",
        "",
        "Plaintiffs,",
        "",
        "v.",
        "",
        "U.S. DEPARTMENT OF HEALTH AND",
        "HUMAN SERVICES, et al.,",
        "",
        "Defendants.",
    )
    right = (f"No. {t.CASE}", "", t.JUDGE_LINE)
    title = (
        "BRIEF OF AMICI CURIAE COALITION FOR PATIENT PRIVACY, WESTERN COMMUNITY CLINICS "
        "ASSOCIATION, AND IMMIGRANT HEALTH ACCESS NETWORK IN SUPPORT OF PLAINTIFFS' MOTION FOR "
        "PRELIMINARY INJUNCTION"
    )
    body: list[Block] = [
        Para(title, 1, 30, 0, BOLD_FONT, align=Align.CENTER),
        Space(1),
        t.heading("INTEREST OF AMICI CURIAE"),
        Para(
            "Amici are nonprofit organizations that serve patients and clinics in immigrant "
            "communities. They see every day how fear of disclosure keeps eligible families "
            "from seeking care, and they write to describe those effects."
        ),
    ]
    body += _brief(
        rng,
        "plaintiffs",
        (
            "SUMMARY OF ARGUMENT",
            "ARGUMENT",
            "I. CONFIDENTIALITY IS THE FOUNDATION OF MEDICAID",
            "CONCLUSION",
        ),
        5,
    )
    body += t.signature(
        (
            "Respectfully submitted,",
            "/s/ Lucia F. Hartmann",
            "LUCIA F. HARTMANN",
            "Counsel for Amici Curiae",
        ),
        "July 18, 2025",
    )
    blocks = [*t.single(counsel), *t.court_heading(), Caption(left, right, ":"), *body]
    doc = Document(tuple(blocks))
    return _footer(doc, "BRIEF OF AMICI CURIAE ISO PLS.' MOT. FOR PRELIM. INJ.")


def ecf_089(rng: random.Random) -> Document:
    rows: list[Block] = [
        Para("UNITED STATES DISTRICT COURT", 1, 0, 0, BOLD_FONT, align=Align.CENTER),
        Para("NORTHERN DISTRICT OF CALIFORNIA", 1, 0, 0, BOLD_FONT, align=Align.CENTER),
        Space(1),
        Para("CIVIL MINUTES", 1, 0, 0, BOLD_FONT, 14, Align.CENTER),
        Space(2),
    ]
    fields = (
        "Date: August 7, 2025",
        "Time in Court: 1 hour 25 minutes",
        "Judge: Vince Chhabria",
        "Case No.: 25-cv-05536-VC",
        (
            "Case Name: State of California, et al. v. U.S. Department of Health and "
            "Human Services, "
            "et al."
        ),
        "",
        "Attorneys for Plaintiffs: Tobias R. Lindqvist, Hannah O. Mbeki",
        "Attorneys for Defendants: Daniel P. Whitcomb",
        "",
        "Deputy Clerk: Alina Petrosyan",
        "Court Reporter: Marguerite D. Olsen",
        "",
        "PROCEEDINGS: Motion Hearing re [14] Motion for Preliminary Injunction - Held.",
        "",
        "SUMMARY: Argument heard. The motion is taken under submission. An order on",
        "supplemental briefing will issue separately; a written ruling will follow.",
    )
    rows += [Para(f or " ", 1, 0, 0, size=11) for f in fields]
    doc = Document(tuple(rows), paper=Paper.PLAIN, stamp=_stamp("89", "08/07/25"))
    return doc


def ecf_092(rng: random.Random) -> Document:
    right = (f"Case No. {t.CASE}", "", "ORDER FOR SUPPLEMENTAL", "BRIEFING", "", "Re: Dkt. No. 14")
    body: list[Block] = [
        Para(
            "Having heard argument on the motion for a preliminary injunction, the Court would "
            "benefit from further briefing on what relief would be appropriate if the motion is "
            "granted in any part, and in particular whether any injunction can be confined to "
            "the use of the data for immigration enforcement."
        ),
        Para(
            "Each side shall file a supplemental brief of no more than eight pages within 2 days "
            "of the date of this order. No responses will be accepted.",
            tag="supp",
        ),
        *_order_end("August 8, 2025"),
    ]
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("92", "08/08/25"))
    return _footer(doc, "ORDER FOR SUPPLEMENTAL BRIEFING")


def _opinion(rng: random.Random, sections: tuple[str, ...], per: int) -> list[Block]:
    blocks: list[Block] = []
    for section in sections:
        blocks.append(t.heading(section))
        for _ in range(per + rng.randint(0, 2)):
            blocks.append(Para(t.allegation(rng)))
    return blocks


def ecf_098(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "ORDER GRANTING IN PART AND",
        "DENYING IN PART MOTION FOR",
        "PRELIMINARY INJUNCTION",
        "",
        "Re: Dkt. No. 14",
    )
    body: list[Block] = [
        Para(
            "The States' motion for a preliminary injunction is granted in part and denied in "
            "part. The agencies changed a decades-old policy on the use of Medicaid data without "
            "the reasoned explanation the APA demands, and the States have shown that the change "
            "harms them now. But the broader relief the States seek goes further than needed."
        ),
    ]
    body += _opinion(
        rng,
        (
            "I. BACKGROUND",
            "II. STANDING",
            "III. LIKELIHOOD OF SUCCESS",
            "IV. IRREPARABLE HARM",
            "V. BALANCE OF HARDSHIPS AND PUBLIC INTEREST",
            "VI. SCOPE OF RELIEF",
        ),
        8,
    )
    body.append(t.heading("VII. CONCLUSION", tag="conclusion"))
    body.append(Para("For these reasons, the Court orders as follows:"))
    dispositions = (
        "DHS, including ICE, is enjoined from using any Medicaid data obtained from CMS "
        "concerning enrollees in the plaintiff States for immigration enforcement purposes. The "
        "request for this relief is GRANTED.",
        "HHS and CMS are enjoined from disclosing Medicaid data concerning enrollees in the "
        "plaintiff States to DHS for immigration enforcement purposes. The request for this "
        "relief is GRANTED.",
        "The request for an order requiring DHS to impound and sequester the data already "
        "transferred is DENIED without prejudice.",
        "The request for an order requiring DHS to destroy the data and certify its destruction "
        "is DENIED without prejudice.",
        "The request to bar all sharing of the data between agencies for any purpose other than "
        "administering Medicaid is DENIED.",
    )
    for n, item in enumerate(dispositions, start=1):
        body.append(t.numbered(n, item, f"disp{n}"))
    duties = (
        "Within 7 days of the date of this Order, Defendants shall issue written instructions to "
        "all personnel with access to the data describing the limits this Order imposes.",
        "Defendants shall file a declaration describing the steps taken to comply with this "
        "Order no later than 14 days after the date of this Order.",
        "The parties shall file a joint status report by September 12, 2025, proposing a "
        "schedule for further proceedings.",
        "This preliminary injunction remains in effect until 14 days after the agencies complete "
        "a reasoned decision-making process that complies with the APA, or until final judgment, "
        "whichever is earlier.",
        "The requirement of security under Federal Rule of Civil Procedure 65(c) is waived.",
    )
    for n, item in enumerate(duties, start=len(dispositions) + 1):
        body.append(t.numbered(n, item, f"duty{n - len(dispositions)}"))
    body += _order_end("August 12, 2025")
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("98", "08/12/25"))
    return _footer(doc, "ORDER GRANTING IN PART AND DENYING IN PART MOT. FOR PRELIM. INJ.")


def ecf_103(rng: random.Random) -> Document:
    lines: list[Block] = [
        Para("U.S. Department of Justice", 1, 0, 0, BOLD_FONT, 14),
        Para("Civil Division, Federal Programs Branch", 1, 0, 0, size=11),
        Para("1100 L Street NW, Washington, DC 20005", 1, 0, 0, size=11),
        Space(3),
        Para("August 15, 2025", 1, 0, 0),
        Space(2),
        *t.single(
            (
                "Clerk of Court",
                "United States District Court for the Northern District of California",
                "450 Golden Gate Avenue",
                "San Francisco, CA 94102",
            )
        ),
        Space(2),
        Para(
            "Re: State of California, et al. v. U.S. Department of Health and Human Services, "
            f"et al., No. {t.CASE} (N.D. Cal.)",
            1,
            36,
            -36,
            BOLD_FONT,
        ),
        Space(2),
        Para("Dear Clerk:", 1, 0, 0),
        Space(1),
    ]
    paras = (
        "Defendants write to inform the Court of the interim steps the agencies have taken "
        "since the Court's order of August 12, 2025 (ECF No. 98).",
        "CMS has suspended further transmissions of enrollee-level files to DHS, and DHS has "
        "restricted access to the files already received to a small group of employees who "
        "do not perform enforcement work.",
        "Defendants will file the declaration required by the order on or before August 26, 2025.",
        "Please contact the undersigned with any questions.",
    )
    for i, p in enumerate(paras):
        lines.append(Para(p, 1, 0, 36, tag="promise" if i == 2 else None))
        lines.append(Space(1))
    lines += t.single(
        (
            "Respectfully,",
            "",
            "/s/ Daniel P. Whitcomb",
            "Daniel P. Whitcomb",
            "Trial Attorney",
            "",
            "cc: All counsel of record (by electronic mail)",
        )
    )
    return Document(tuple(lines), paper=Paper.PLAIN)


def ecf_124(rng: random.Random) -> Document:
    right = (f"Case No. {t.CASE}", "", "CASE MANAGEMENT AND", "SCHEDULING ORDER")
    rows = (
        ("Event", "Date"),
        ("Defendants lodge the certified administrative record", "November 7, 2025"),
        ("Plaintiffs' motion for summary judgment", "December 12, 2025"),
        ("Defendants' cross-motion for summary judgment and opposition", "January 16, 2026"),
        ("Further case management conference (2:30 p.m., by Zoom)", "January 20, 2026"),
        ("Plaintiffs' opposition to cross-motion and reply", "February 13, 2026"),
        ("Defendants' reply in support of cross-motion", "March 6, 2026"),
        ("Hearing on cross-motions for summary judgment (10:00 a.m.)", "April 2, 2026"),
    )
    body: list[Block] = [
        Para(
            "The Court held an initial case management conference on October 7, 2025. Having "
            "considered the parties' joint statement and the discussion at the conference, the "
            "Court sets the following schedule:"
        ),
        Table(rows, (300.0, 150.0), tag="table"),
        Para(
            "Any motion to complete or supplement the administrative record shall be filed "
            "within 20 days after the administrative record is lodged.",
            tag="record",
        ),
        Para(
            "The briefs on the cross-motions shall comply with Civil Local Rule 7-4. The parties "
            "may not change these dates by stipulation without leave of the Court."
        ),
        *_order_end("October 8, 2025"),
    ]
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("124", "10/08/25"))
    return _footer(doc, "CASE MANAGEMENT AND SCHEDULING ORDER")


def ecf_127(rng: random.Random) -> Document:
    right = (f"Case No. {t.CASE}", "", "NOTICE OF APPEAL", "", t.JUDGE_LINE)
    body: list[Block] = [
        Para(
            "PLEASE TAKE NOTICE that all Defendants hereby appeal to the United States Court of "
            "Appeals for the Ninth Circuit from this Court's Order Granting in Part and Denying "
            "in Part Motion for Preliminary Injunction, entered on August 12, 2025 (ECF No. 98)."
        ),
        *t.signature(t.DEFENSE_SIGNATURE, "October 10, 2025"),
    ]
    doc = Document(
        tuple(_party_doc(t.DEFENSE_COUNSEL, right, body)), stamp=_stamp("127", "10/10/25")
    )
    return _footer(doc, "NOTICE OF APPEAL")


def ecf_131(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "DEFENDANTS' ANSWER TO FIRST",
        "AMENDED COMPLAINT",
        "",
        t.JUDGE_LINE,
    )
    body: list[Block] = [
        Para(
            "Defendants answer the First Amended Complaint (ECF No. 108) as follows. The "
            "numbered paragraphs below respond to the correspondingly numbered paragraphs of "
            "the First Amended Complaint. Any allegation not expressly admitted is denied."
        )
    ]
    responses = (
        "This paragraph consists of Plaintiffs' characterization of this action, to which no "
        "response is required. To the extent a response is required, Defendants deny it.",
        "Defendants admit that CMS receives Medicaid data from the States and deny the remaining "
        "allegations of this paragraph.",
        "This paragraph states legal conclusions to which no response is required.",
        "Defendants lack knowledge or information sufficient to form a belief about the truth of "
        "the allegations of this paragraph and therefore deny them.",
        "Defendants respectfully refer the Court to the cited statute for a complete and accurate "
        "statement of its contents and deny any allegation inconsistent with it.",
        "Admitted that the cited agreement exists; otherwise denied.",
    )
    for n in range(1, 211):
        body.append(t.numbered(n, rng.choice(responses)))
    body.append(t.heading("AFFIRMATIVE AND OTHER DEFENSES"))
    defenses = (
        "The Court lacks subject-matter jurisdiction over some or all of Plaintiffs' claims.",
        "Plaintiffs lack standing to assert the rights of their residents.",
        "The challenged actions are committed to agency discretion by law.",
        "Plaintiffs fail to state a claim upon which relief can be granted.",
    )
    for n, d in enumerate(defenses, start=1):
        body.append(Para(f"Defense {n}: {d}"))
    body.append(
        Para(
            "Defendants deny that Plaintiffs are entitled to the relief requested in the First "
            "Amended Complaint or to any relief whatsoever."
        )
    )
    body += t.signature(t.DEFENSE_SIGNATURE, "October 24, 2025")
    doc = Document(
        tuple(_party_doc(t.DEFENSE_COUNSEL, right, body)),
        stamp=_stamp("131", "10/24/25", doubled=True),
    )
    return _footer(doc, "DEFS.' ANSWER TO FIRST AM. COMPL.")


def ecf_146(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "ORDER EXTENDING PRELIMINARY",
        "INJUNCTION",
        "",
        "Re: Dkt. Nos. 98, 139",
    )
    body: list[Block] = [
        Para(
            "The renewed motion for a preliminary injunction is under submission. So that the "
            "status quo is preserved while the Court completes its ruling, the preliminary "
            "injunction entered on August 12, 2025 (Dkt. No. 98) is extended and shall remain "
            "in effect through January 5, 2026.",
            tag="extend",
        ),
        *_order_end("December 19, 2025"),
    ]
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("146", "12/19/25"))
    return _footer(doc, "ORDER EXTENDING PRELIMINARY INJUNCTION")


def ecf_148(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "ORDER GRANTING IN PART AND",
        "DENYING IN PART RENEWED MOTION",
        "FOR PRELIMINARY INJUNCTION",
        "",
        "Re: Dkt. No. 139",
    )
    body: list[Block] = [
        Para(
            "The agencies have now explained their new data-use policy. For some basic "
            "information the explanation suffices; for everything else it does not. The renewed "
            "motion is therefore granted in part and denied in part."
        )
    ]
    body += _opinion(rng, ("I. BACKGROUND", "II. THE NOVEMBER 2025 NOTICES", "III. DISCUSSION"), 5)
    body.append(t.heading("IV. CONCLUSION"))
    items = (
        "The renewed motion is DENIED to the extent it seeks to bar CMS from sharing the "
        "following basic information about individuals who lack lawful immigration status: "
        "citizenship status, immigration status, address, telephone number, date of birth, and "
        "Medicaid identification number.",
        "The renewed motion is GRANTED in all other respects. Defendants remain enjoined from "
        "sharing or using any other Medicaid data concerning enrollees in the plaintiff States "
        "for immigration enforcement purposes.",
        "The request for a stay under 5 U.S.C. § 705 is DENIED as moot.",
        "This order takes effect on January 6, 2026.",
        "Within 3 days of the date of this Order, Defendants shall file a notice confirming that "
        "the agencies have been informed of its terms.",
        "The parties shall file a joint status report within 21 days of the date of this Order.",
    )
    for n, item in enumerate(items, start=1):
        body.append(t.numbered(n, item, f"item{n}"))
    body += _order_end("December 29, 2025")
    doc = Document(tuple(_court_doc(right, body)), stamp=_stamp("148", "12/29/25"))
    return _footer(doc, "ORDER ON RENEWED MOT. FOR PRELIM. INJ.")


def ecf_151(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "PLAINTIFFS' NOTICE OF MOTION AND",
        "MOTION TO ENFORCE PRELIMINARY",
        "INJUNCTION",
        "",
        *HEARING_ENFORCE,
        t.JUDGE_LINE,
    )
    body: list[Block] = [
        Para("TO ALL PARTIES AND THEIR COUNSEL OF RECORD:", 2, 0, 0, BOLD_FONT),
        Para(
            "PLEASE TAKE NOTICE that on April 30, 2026, at 10:00 a.m., in Courtroom 4, 17th "
            "Floor, of the above-entitled Court, Plaintiffs will move the Court to enforce its "
            "preliminary injunction orders (ECF Nos. 98 and 148).",
            tag="notice",
        ),
        Para(
            "Plaintiffs ask the Court to (1) order Defendants to identify every copy of the "
            "plaintiff States' Medicaid data held by any federal agency or contractor; (2) order "
            "that any copy held by a contractor be retrieved and sequestered; and (3) require "
            "Defendants to file a sworn certification of compliance.",
            tag="relief",
        ),
        PageBreak(),
        t.heading("MEMORANDUM OF POINTS AND AUTHORITIES"),
    ]
    body += _brief(rng, "plaintiffs", ("INTRODUCTION", "BACKGROUND", "ARGUMENT", "CONCLUSION"), 5)
    body += t.signature(t.PLAINTIFF_SIGNATURE, "March 26, 2026")
    doc = Document(
        tuple(_party_doc(t.PLAINTIFF_COUNSEL, right, body)), stamp=_stamp("151", "03/26/26")
    )
    return _footer(doc, "PLS.' MOT. TO ENFORCE PRELIM. INJ.")


def ecf_182(rng: random.Random) -> Document:
    right = (
        f"Case No. {t.CASE}",
        "",
        "DECLARATION OF THEODORE M. ANSARI",
        "REGARDING CONTRACTOR-HELD COPY",
        "OF MEDICAID DATA",
        "",
        t.JUDGE_LINE,
    )
    body: list[Block] = [Para("I, Theodore M. Ansari, declare:")]
    statements = (
        "I am the Director of the Data Governance Group at CMS. I make this declaration on "
        "personal knowledge and on information provided to me in the course of my duties.",
        "In June 2026 CMS learned that a contractor supporting a DHS analytics project had "
        "retained a working copy of an enrollee extract after the project ended.",
        "The copy was stored on an access-controlled server. Logs reviewed to date show no "
        "queries against it after August 12, 2025.",
        "Exhibit A lists the files in the copy, their record counts, and their current status.",
    )
    for n, s in enumerate(statements, start=1):
        body.append(t.numbered(n, s))
    body.append(
        Para(
            "I declare under penalty of perjury that the foregoing is true and correct. Executed "
            "on July 14, 2026, in Baltimore, Maryland."
        )
    )
    body += t.single(("", "/s/ Theodore M. Ansari", "THEODORE M. ANSARI"))
    body.append(PageBreak())
    body.append(t.heading("EXHIBIT A"))
    rows = (
        ("File", "Records", "Status"),
        ("Enrollment extract, plaintiff States", "4,112,908", "Sequestered"),
        ("Address table", "3,987,114", "Sequestered"),
        ("Eligibility flags", "4,112,908", "Sequestered"),
        ("Derived match list", "211,450", "Deleted; certification pending"),
    )
    body.append(Table(rows, (220.0, 90.0, 140.0)))
    doc = Document(
        tuple(_party_doc(t.DEFENSE_COUNSEL, right, body)), stamp=_stamp("182", "07/14/26")
    )
    return _footer(doc, "ANSARI DECL. RE CONTRACTOR-HELD COPY")


@dataclass(frozen=True, slots=True)
class Filing:
    name: str  # file stem
    build: Builder


FILINGS: tuple[Filing, ...] = (
    Filing("ecf-001-complaint", ecf_001),
    Filing("ecf-014-notice-of-motion-pi", ecf_014),
    Filing("ecf-014-1-declaration-medicaid-official", ecf_014_1),
    Filing("ecf-014-2-proposed-order-pi", ecf_014_2),
    Filing("ecf-019-clerks-notice-resetting-cmc", ecf_019),
    Filing("ecf-030-stipulation-briefing-schedule", ecf_030),
    Filing("ecf-033-order-granting-stipulation", ecf_033),
    Filing("ecf-044-opposition-pi", ecf_044),
    Filing("amicus-brief-ecf-049-1-patient-privacy-coalition", amicus_049_1),
    Filing("ecf-056-reply-pi", ecf_056),
    Filing("ecf-089-minute-entry-pi-hearing", ecf_089),
    Filing("ecf-092-order-supplemental-briefing", ecf_092),
    Filing("ecf-098-order-granting-in-part-pi", ecf_098),
    Filing("ecf-103-letter-interim-compliance", ecf_103),
    Filing("ecf-108-first-amended-complaint", ecf_108),
    Filing("ecf-124-case-management-scheduling-order", ecf_124),
    Filing("ecf-127-notice-of-appeal", ecf_127),
    Filing("ecf-131-answer-first-amended-complaint", ecf_131),
    Filing("ecf-139-renewed-motion-pi", ecf_139),
    Filing("ecf-143-opposition-renewed-motion", ecf_143),
    Filing("ecf-145-reply-renewed-motion", ecf_145),
    Filing("ecf-146-order-extending-pi", ecf_146),
    Filing("ecf-148-order-on-renewed-motion", ecf_148),
    Filing("ecf-151-motion-to-enforce", ecf_151),
    Filing("ecf-158-opposition-motion-to-enforce", ecf_158),
    Filing("ecf-182-declaration-contractor-copy", ecf_182),
)
