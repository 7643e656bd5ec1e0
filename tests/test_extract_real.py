"""Real court PDFs (../shared/corpus/real): what a careful paralegal reads from each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casetracker.config import Limits
from casetracker.ingest import extract_file
from casetracker.models import DeadlineKind, Disposition, DocType, FilingFacts, PartyRole, Reason

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"

pytestmark = [
    pytest.mark.real,
    pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real is absent (fresh clone)"),
]


def facts_of(name: str) -> FilingFacts:
    x = extract_file(REAL / name, Limits(), ocr=False)
    assert x.error is None, x.message
    return x.facts


def parties_of(facts: FilingFacts) -> list[tuple[str, PartyRole]]:
    return [(p.name.lower(), p.role) for p in facts.parties]


def test_cacd_preliminary_injunction_order() -> None:
    f = facts_of("gov.uscourts.cacd.652774.40.0.pdf")
    assert (f.court_id, f.case_number, f.docket_entry, f.filed) == (
        "cacd",
        "8:16-cv-01261-DOC-KES",
        40,
        dt.date(2016, 8, 5),
    )
    assert f.doc_type is DocType.ORDER
    # the title wraps over two lines beside the parties; both are the title
    assert f.title == (
        "ORDER GRANTING CONSUMERINFO.COM, INC. dba EXPERIAN CONSUMER SERVICES’ APPLICATION "
        "FOR A PRELIMINARY INJUNCTION"
    )
    assert f.judge == "David O. Carter"
    # "DOES 1 through 10" are placeholders, not parties
    assert parties_of(f) == [
        ("consumerinfo.com, inc. dba experian consumer services", PartyRole.PLAINTIFF),
        ("esteban leon", PartyRole.DEFENDANT),
    ]
    assert [(r.disposition, r.category.value) for r in f.relief] == [
        (Disposition.GRANTED, "injunction")
    ]
    # the TRO and hearing dates of the recital are history, before the order was filed
    assert f.deadlines == ()


def test_azd_mdl_order_has_no_sides_and_no_stamp() -> None:
    f = facts_of("gov.uscourts.azd.1085839.3.0.pdf")
    assert (f.court_id, f.case_number, f.docket_entry, f.filed) == (
        "azd",
        "MDL 15-02641-PHX-DGC",
        None,
        None,
    )
    assert f.title == "SUGGESTION OF REMAND AND TRANSFER ORDER"
    assert f.doc_type is DocType.ORDER
    assert f.parties == ()


def test_njd_opinion_grants_in_part_and_denies() -> None:
    f = facts_of("gov.uscourts.njd.387907.32.0.pdf")
    assert (f.court_id, f.case_number, f.docket_entry, f.filed) == (
        "njd",
        "3:18-cv-16281-BRM-TJB",
        32,
        dt.date(2020, 6, 30),
    )
    assert (f.title, f.doc_type, f.judge) == ("OPINION", DocType.ORDER, "Brian R. Martinotti")
    assert parties_of(f) == [
        ("rasool mccrimmon", PartyRole.PLAINTIFF),
        ("steve johnson", PartyRole.DEFENDANT),
    ]
    decided = [(r.disposition, "dismiss" in r.text and "deny" not in r.text) for r in f.relief]
    assert decided == [(Disposition.GRANTED_IN_PART, True), (Disposition.DENIED, False)]


def test_ninth_circuit_motion_has_appellate_roles() -> None:
    f = facts_of("ca9_19.pdf")
    assert (f.court_id, f.case_number, f.docket_entry, f.filed) == (
        "ca9",
        "20-16276",
        19,
        dt.date(2020, 8, 5),
    )
    assert f.doc_type is DocType.MOTION
    assert f.title is not None and f.title.startswith("MOTION TO STAY PROCEEDINGS")
    assert parties_of(f) == [
        ("angel zepeda rivas", PartyRole.APPELLEE),
        ("david jennings", PartyRole.APPELLANT),
    ]
    assert len(f.relief) >= 1 and "stay" in f.relief[0].text
    # Hernandez Roman's argument date (another appeal) is not a deadline of this one; the
    # answering brief's current due date is
    assert [(d.date, d.kind) for d in f.deadlines] == [(dt.date(2020, 8, 24), DeadlineKind.FILING)]


def test_scanned_supreme_court_opinion_reads_its_slip_opinion_head() -> None:
    x = extract_file(REAL / "image-pdf.pdf", Limits(), ocr=True)
    if x.error is not None or not x.page_texts:
        pytest.skip(f"OCR unavailable here: {x.message}")
    f = x.facts
    assert (f.court_id, f.case_number) == ("scotus", "11-889")
    # no caption title block: the "(Slip Opinion)" head names the paper, never an empty title
    assert (f.title, f.doc_type) == ("Slip Opinion", DocType.ORDER)
    assert f.filed == dt.date(2013, 6, 13)  # "Decided June 13, 2013"


def test_second_circuit_docketing_notice_deadline_within_14_days() -> None:
    f = facts_of("ca2_1-1.pdf")
    assert (f.court_id, f.case_number, f.docket_entry, f.attachment, f.filed) == (
        "ca2",
        "17-3510",
        1,
        1,
        dt.date(2017, 10, 31),
    )
    assert f.doc_type is DocType.NOTICE
    (d,) = f.deadlines
    # 14 days after Tue Oct 31, 2017 is Tue Nov 14, a business day
    assert (d.date, d.kind, d.computed, d.source.page) == (
        dt.date(2017, 11, 14),
        DeadlineKind.FILING,
        True,
        1,
    )
    assert d.rule is not None and "within 14 days" in d.text


@pytest.mark.parametrize(
    ("name", "reason"), [("empty.pdf", Reason.EMPTY), ("missouri.pdf", Reason.CORRUPT)]
)
def test_unreadable_files_are_refused_with_a_reason(name: str, reason: Reason) -> None:
    x = extract_file(REAL / name, Limits(), ocr=False)
    assert x.error is reason
    assert x.facts == FilingFacts()
