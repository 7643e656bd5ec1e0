"""Factories shared by the board tests (no tests here): realistic filings of our suit,
written in our own words."""

from __future__ import annotations

import datetime as dt

from casetracker.board import DocketFiling
from casetracker.models import (
    Claim,
    Deadline,
    DeadlineKind,
    Disposition,
    DocType,
    FilingFacts,
    PageText,
    Party,
    PartyRole,
    Relief,
    ReliefKind,
    Source,
)

CASE = "3:25-cv-05536-VC"
ORIGINAL_STATES = (
    "CA", "AZ", "CO", "CT", "DE", "HI", "IL", "ME", "MD", "MA",
    "MI", "MN", "NV", "NJ", "NM", "NY", "OR", "RI", "VT", "WA",
)  # fmt: skip


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def src(page: int, text: str) -> Source:
    return Source(page=page, text=text, start=0, end=len(text))


def plaintiffs(codes: tuple[str, ...]) -> tuple[Party, ...]:
    states = [
        Party(f"State of {code}", PartyRole.PLAINTIFF, code, src(1, f"STATE OF {code}"))
        for code in codes
    ]
    hhs = "U.S. Department of Health and Human Services"
    return (*states, Party(hhs, PartyRole.DEFENDANT, None, src(1, hhs.upper())))


def relief(text: str, category: ReliefKind, page: int = 30, label: str | None = None,
           disposition: Disposition | None = None) -> Relief:  # fmt: skip
    return Relief(text, category, src(page, text), label, disposition)


def claim(number: int, title: str, page: int = 25) -> Claim:
    return Claim(number, title, src(page, title))


def deadline(date: str | None, kind: DeadlineKind, text: str, page: int = 1) -> Deadline:
    return Deadline(d(date) if date else None, kind, text, src(page, text))


def filing(
    filing_id: int,
    entry: int | None,
    filed: str,
    title: str,
    doc_type: DocType,
    *,
    attachment: int | None = None,
    proposed: bool = False,
    parties: tuple[Party, ...] = (),
    claims: tuple[Claim, ...] = (),
    reliefs: tuple[Relief, ...] = (),
    deadlines: tuple[Deadline, ...] = (),
    pages: tuple[str, ...] = (),
    case: str | None = CASE,
) -> DocketFiling:
    facts = FilingFacts(
        court_id="cand",
        case_number=case,
        docket_entry=entry,
        attachment=attachment,
        filed=d(filed),
        title=title,
        doc_type=doc_type,
        parties=parties,
        claims=claims,
        relief=reliefs,
        deadlines=deadlines,
        is_proposed=proposed,
        sources={"title": src(1, title)},
    )
    page_texts = tuple(PageText(i + 1, text) for i, text in enumerate(pages))
    return DocketFiling(
        filing_id, entry, attachment, d(filed), title, doc_type, proposed, facts, page_texts
    )


COUNTS = (
    claim(1, "Violation of the APA, 5 U.S.C. § 706 — Arbitrary and Capricious Agency Action"),
    claim(2, "Violation of the APA — Agency Action Contrary to Law (Medicaid Act, Privacy Act)"),
)
PRAYER = (
    relief("Declare that the transfer of the States' Medicaid data to DHS is unlawful",
           ReliefKind.DECLARATORY, label="A"),
    relief("Enjoin HHS from sharing Medicaid data with DHS or any agency for purposes "
           "unrelated to administering Medicaid", ReliefKind.INJUNCTION, label="B"),
    relief("Enjoin DHS from using any Medicaid data it received for immigration enforcement "
           "or surveillance", ReliefKind.INJUNCTION, label="C"),
    relief("Order DHS to impound all Medicaid records already received and to destroy every "
           "copy", ReliefKind.IMPOUNDMENT, page=31, label="D"),
    relief("Vacate and set aside the data-sharing policy", ReliefKind.VACATUR, page=31, label="E"),
    relief("Award the States their costs and reasonable attorneys' fees", ReliefKind.FEES,
           page=31, label="F"),
    relief("Grant such other and further relief as the Court deems just and proper",
           ReliefKind.OTHER, page=31, label="G"),
)  # fmt: skip
