"""Reusable wording for the sample docket: parties, counsel, captions, filler sentences.

All of it is written for this project. Counsel below the Attorneys General are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .layout import BOLD_FONT, Align, Block, Caption, Para, Space

CASE = "3:25-cv-05536-VC"
JUDGE_LINE = "Judge: Hon. Vince Chhabria"


@dataclass(frozen=True, slots=True)
class State:
    name: str  # "California"
    usps: str
    kind: str = "State"  # "Commonwealth" for Massachusetts

    @property
    def caption(self) -> str:
        return f"{self.kind} of {self.name}".upper()


STATES: tuple[State, ...] = (
    State("California", "CA"),
    State("Arizona", "AZ"),
    State("Colorado", "CO"),
    State("Connecticut", "CT"),
    State("Delaware", "DE"),
    State("Hawaii", "HI"),
    State("Illinois", "IL"),
    State("Maine", "ME"),
    State("Maryland", "MD"),
    State("Massachusetts", "MA", "Commonwealth"),
    State("Michigan", "MI"),
    State("Minnesota", "MN"),
    State("Nevada", "NV"),
    State("New Jersey", "NJ"),
    State("New Mexico", "NM"),
    State("New York", "NY"),
    State("Oregon", "OR"),
    State("Rhode Island", "RI"),
    State("Vermont", "VT"),
    State("Washington", "WA"),
)
WISCONSIN = State("Wisconsin", "WI")
STATES_AMENDED: tuple[State, ...] = (*STATES, WISCONSIN)

# (caption lines, normalised name, office) for each federal defendant.
DEFENDANTS_ORIGINAL: tuple[tuple[tuple[str, ...], str, str | None], ...] = (
    (
        ("U.S. DEPARTMENT OF HEALTH AND", "HUMAN SERVICES;"),
        "U.S. Department of Health and Human Services",
        None,
    ),
    (
        (
            "ROBERT F. KENNEDY, JR., in his",
            "official capacity as Secretary of",
            "Health and Human Services;",
        ),
        "Robert F. Kennedy Jr.",
        "Secretary of Health and Human Services",
    ),
    (
        ("U.S. DEPARTMENT OF HOMELAND", "SECURITY; and"),
        "U.S. Department of Homeland Security",
        None,
    ),
    (
        ("KRISTI NOEM, in her official", "capacity as Secretary of Homeland", "Security,"),
        "Kristi Noem",
        "Secretary of Homeland Security",
    ),
)
DEFENDANTS_AMENDED = (
    DEFENDANTS_ORIGINAL[0],
    DEFENDANTS_ORIGINAL[1],
    (
        ("CENTERS FOR MEDICARE &", "MEDICAID SERVICES;"),
        "Centers for Medicare & Medicaid Services",
        None,
    ),
    (
        (
            "MEHMET OZ, in his official",
            "capacity as Administrator of the",
            "Centers for Medicare & Medicaid",
            "Services;",
        ),
        "Mehmet Oz",
        "Administrator of the Centers for Medicare & Medicaid Services",
    ),
    DEFENDANTS_ORIGINAL[2],
    DEFENDANTS_ORIGINAL[3],
)

PLAINTIFF_COUNSEL = (
    "ROB BONTA",
    "Attorney General of California",
    "NOELIA V. ARCHULETA",
    "Supervising Deputy Attorney General",
    "TOBIAS R. LINDQVIST (SBN 301177)",
    "HANNAH O. MBEKI (SBN 318842)",
    "Deputy Attorneys General",
    "1515 Clay Street, 20th Floor",
    "Oakland, CA 94612",
    "Telephone: (510) 879-0000",
    "E-mail: Tobias.Lindqvist@doj.ca.gov",
    "Attorneys for Plaintiff State of California",
    "[Additional counsel listed on signature pages]",
)
DEFENSE_COUNSEL = (
    "GREGORY L. ASHFORD",
    "Acting Assistant Attorney General",
    "Civil Division",
    "MARGARET T. OKONKWO",
    "Deputy Branch Director",
    "DANIEL P. WHITCOMB (DC Bar No. 1048812)",
    "Trial Attorney, Federal Programs Branch",
    "U.S. Department of Justice",
    "1100 L Street NW",
    "Washington, DC 20005",
    "Telephone: (202) 514-0000",
    "Attorneys for Defendants",
)

SHORT_LEFT = (
    "STATE OF CALIFORNIA, et al.,",
    "",
    "                    Plaintiffs,",
    "",
    "          v.",
    "",
    "U.S. DEPARTMENT OF HEALTH AND",
    "HUMAN SERVICES, et al.,",
    "",
    "                    Defendants.",
)


def single(lines: tuple[str, ...] | list[str]) -> list[Block]:
    return [Para(line or " ", spacing=1, first_indent=0) for line in lines]


def court_heading(division: bool = True) -> list[Block]:
    blocks: list[Block] = [
        Space(1),
        Para("UNITED STATES DISTRICT COURT", 1, 0, 0, BOLD_FONT, align=Align.CENTER),
        Para("FOR THE NORTHERN DISTRICT OF CALIFORNIA", 1, 0, 0, BOLD_FONT, align=Align.CENTER),
    ]
    if division:
        blocks.append(Para("SAN FRANCISCO DIVISION", 1, 0, 0, BOLD_FONT, align=Align.CENTER))
    blocks.append(Space(1))
    return blocks


def full_left(
    states: tuple[State, ...], defendants: tuple[tuple[tuple[str, ...], str, str | None], ...]
) -> tuple[str, ...]:
    """The long caption: every plaintiff State, then every defendant."""
    lines = [
        f"{s.caption},"
        if i < len(states) - 2
        else f"{s.caption}{', and' if i == len(states) - 2 else ','}"
        for i, s in enumerate(states)
    ]
    lines += ["", "                    Plaintiffs,", "", "          v.", ""]
    for caption_lines, _, _ in defendants:
        lines += caption_lines
    lines += ["", "                    Defendants."]
    return tuple(lines)


def heading(text: str, tag: str | None = None) -> Para:
    return Para(text, 2, 0, 0, BOLD_FONT, align=Align.CENTER, tag=tag, keep=4)


def numbered(n: int, text: str, tag: str | None = None) -> Para:
    return Para(f"{n}.   {text}", tag=tag)


def signature(lines: tuple[str, ...], dated: str) -> list[Block]:
    blocks: list[Block] = [Para(f"Dated: {dated}", 2, 0, 0, keep=6)]
    blocks += [Para(line, 1, 250, 0) for line in lines]
    blocks.append(Space(2))
    return blocks


PLAINTIFF_SIGNATURE = (
    "Respectfully submitted,",
    "ROB BONTA",
    "Attorney General of California",
    "/s/ Tobias R. Lindqvist",
    "TOBIAS R. LINDQVIST",
    "Deputy Attorney General",
    "Attorneys for Plaintiff State of California",
)
DEFENSE_SIGNATURE = (
    "Respectfully submitted,",
    "GREGORY L. ASHFORD",
    "Acting Assistant Attorney General",
    "/s/ Daniel P. Whitcomb",
    "DANIEL P. WHITCOMB",
    "Trial Attorney, U.S. Department of Justice",
    "Attorneys for Defendants",
)

# Filler: sentence parts combined at random into allegation paragraphs. Enough variety
# that no two paragraphs read alike, all of it plain description of the dispute.
_ACTORS = (
    "CMS",
    "HHS",
    "DHS",
    "ICE",
    "The federal agencies",
    "Defendants",
    "Agency officials",
    "The Department",
)
_ACTIONS = (
    "transmitted enrollee-level files",
    "disclosed eligibility records",
    "made state-submitted data available",
    "provided bulk extracts of claims data",
    "opened its Medicaid data systems",
    "granted query access to enrollment files",
)
_OBJECTS = (
    "containing names, home addresses and dates of birth",
    "that include immigration status fields reported by the States",
    "covering millions of enrollees in the plaintiff States",
    "drawn from the Transformed Medicaid Statistical Information System",
    "that the States supplied solely to administer their Medicaid programs",
    "including records of emergency services furnished to noncitizens",
)
_CONTEXTS = (
    "without notice to any State Medicaid agency",
    "without any reasoned explanation of the change in policy",
    "contrary to assurances given to the States for decades",
    "without assessing the harm to enrollees who rely on confidentiality",
    "in disregard of the data-use agreements governing the information",
    "without weighing the reliance interests of the States",
)
_HARMS = (
    (
        "Eligible residents have begun to withdraw from coverage out of fear that their "
        "data will be "
        "used against their families."
    ),
    "Safety-net hospitals report that patients now delay care until conditions become emergencies.",
    "The States must spend administrative funds to answer enrollee inquiries and revise notices.",
    (
        "Lower enrollment among eligible children threatens the public health gains the "
        "program has "
        "produced."
    ),
    (
        "State agencies cannot give applicants accurate assurances about how their "
        "information will "
        "be used."
    ),
    "Providers in immigrant communities have documented a measurable drop in prenatal visits.",
    "The States face the loss of federal matching funds tied to accurate and complete enrollment.",
    "Community clinics report that families are cancelling appointments and declining renewals.",
)
_LAW = (
    (
        "Federal law requires each State plan to restrict the use and disclosure of applicant "
        "information to purposes directly connected with administering the plan."
    ),
    (
        "The Social Security Act forbids disclosure of records obtained under the Act except as "
        "federal regulations expressly allow."
    ),
    (
        "The Privacy Act bars an agency from disclosing records from a system of records without "
        "consent unless a listed exception applies."
    ),
    (
        "An agency that changes course must acknowledge the change and show good reasons "
        "for the new "
        "policy."
    ),
    (
        "An agency must consider serious reliance interests engendered by its prior policy before "
        "abandoning it."
    ),
    (
        "Conditions on federal funds must be stated unambiguously so that States can accept them "
        "knowingly."
    ),
)


def allegation(rng: random.Random) -> str:
    """One allegation paragraph of two to four sentences."""
    actor, action = rng.choice(_ACTORS), rng.choice(_ACTIONS)
    sentences = [f"{actor} {action} {rng.choice(_OBJECTS)} {rng.choice(_CONTEXTS)}."]
    extra = rng.randint(1, 3)
    pools = (_HARMS, _LAW)
    for _ in range(extra):
        sentences.append(rng.choice(rng.choice(pools)))
    return " ".join(dict.fromkeys(sentences))


def argument(rng: random.Random, side: str) -> str:
    """A paragraph of briefing for `side` ("plaintiffs" or "defendants")."""
    if side == "plaintiffs":
        lead = rng.choice(
            (
                "The record shows that",
                "Defendants do not dispute that",
                "It is undisputed that",
                "As the declarations explain,",
            )
        )
        body = allegation(rng)
        return f"{lead} {body[0].lower()}{body[1:]}"
    lead = rng.choice(
        (
            "Plaintiffs overstate the scope of the data sharing.",
            "The agencies acted within their statutory authority.",
            "Plaintiffs' asserted harms are speculative.",
            "The equities weigh against extraordinary interim relief.",
            "Any relief should be no broader than necessary.",
        )
    )
    tail = rng.choice(
        (
            (
                "Congress authorized the Secretary to share information across the Department and "
                "with other agencies where the law permits."
            ),
            (
                "Plaintiffs identify no enrollee whose information has been used in an enforcement "
                "action."
            ),
            (
                "The States' budgetary injuries are indirect and do not flow from any action "
                "directed at them."
            ),
            (
                "An injunction would interfere with the Executive's enforcement of the immigration "
                "laws."
            ),
            (
                "The Medicaid Act's confidentiality provision governs State plans, not federal "
                "agencies."
            ),
            (
                "The agencies' explanation, though brief, allows the Court to discern the path of "
                "their reasoning."
            ),
        )
    )
    return f"{lead} {tail} {rng.choice(_LAW)}"


def caption_block(left: tuple[str, ...], right: tuple[str, ...], sep: str = ")") -> Caption:
    return Caption(left, right, sep)
