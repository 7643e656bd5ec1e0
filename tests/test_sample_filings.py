"""The sample docket in filings/: reproducible, and described truthfully by its goldens.

The goldens in tests/golden/ are written by hand from the documents; these tests check the
file facts in them (hash, pages, stamp, scanned page) against the PDFs, and the PDFs
against a fresh run of tools/make_filings.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import holidays
import pdfplumber
import pypdf
import pypdfium2
import pytest

REPO = Path(__file__).resolve().parents[1]
FILINGS = REPO / "filings"
GOLDEN = REPO / "tests" / "golden"
SCHEMA = REPO.parent / "shared" / "contracts" / "extraction.schema.json"

# The district court's header stamp as pypdf reads it:
# "Case 3:25-cv-05536-VC Document 14-1 Filed 07/02/25 Page 3 of 5"
STAMP = re.compile(
    r"Case (?P<case>\d:\d\d-cv-\d{5}-[A-Z]+) Document (?P<doc>\d+)(?:-(?P<att>\d+))? "
    r"Filed (?P<filed>\d\d/\d\d/\d\d) Page (?P<page>\d+) of (?P<pages>\d+)"
)
# A relative deadline's count as the goldens' texts state it: "within 7 days of",
# "no later than 14 days after".
DAYS = re.compile(r"(?:within|than) (\d+) days", re.IGNORECASE)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_filings", REPO / "tools" / "make_filings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_filings"] = module
    spec.loader.exec_module(module)
    return module


def _goldens() -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(GOLDEN.glob("*.json"))}


GOLDENS = _goldens()


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


def test_regenerating_the_docket_reproduces_the_committed_pdfs_byte_for_byte(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.make_filings(tmp_path)
    fresh = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert fresh == sorted(p.name for p in FILINGS.glob("*.pdf"))
    changed = [n for n in fresh if (tmp_path / n).read_bytes() != (FILINGS / n).read_bytes()]
    assert changed == [], "run `python tools/make_filings.py` and commit filings/"


def test_every_filing_has_a_golden_and_every_golden_a_filing() -> None:
    pdfs = {p.stem for p in FILINGS.glob("*.pdf")}
    assert len(pdfs) >= 25
    assert pdfs == set(GOLDENS)


def test_every_golden_validates_against_the_extraction_schema() -> None:
    if not SCHEMA.exists():
        pytest.skip(f"shared contracts not found at {SCHEMA} (a fresh clone has no ../shared)")
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    for stem, golden in GOLDENS.items():
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(golden))
        assert errors == [], f"{stem}: {errors[0].message if errors else ''}"


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_golden_file_facts_match_the_committed_pdf(stem: str) -> None:
    golden = GOLDENS[stem]
    pdf = REPO / golden["path"]
    assert golden["path"] == f"filings/{stem}.pdf"
    assert golden["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert golden["pages"] == len(pypdf.PdfReader(pdf).pages)


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_stamp_on_each_text_page_agrees_with_the_golden(stem: str) -> None:
    golden = GOLDENS[stem]
    reader = pypdf.PdfReader(REPO / golden["path"])
    scanned = set(golden.get("scanned_pages", []))
    for number, page in enumerate(reader.pages, start=1):
        if number in scanned:
            continue
        stamps = list(STAMP.finditer(page.extract_text()))
        if not golden["stamp"]:
            assert stamps == [], f"{stem} page {number} should carry no ECF stamp"
            continue
        assert len(stamps) == (2 if golden["doubled_stamp"] else 1), f"{stem} page {number}"
        found = stamps[0]
        filed = dt.datetime.strptime(found["filed"], "%m/%d/%y").date().isoformat()
        assert found["case"] == golden["case_number"]
        assert int(found["doc"]) == golden["docket_entry"]
        assert (int(found["att"]) if found["att"] else None) == golden.get("attachment")
        assert filed == golden["filed"]
        assert (int(found["page"]), int(found["pages"])) == (number, golden["pages"])


@pytest.mark.parametrize("stem", sorted(s for s, g in GOLDENS.items() if g["stamp"]))
def test_doubled_stamp_reads_interleaved_and_single_stamp_reads_clean(stem: str) -> None:
    golden = GOLDENS[stem]
    with pdfplumber.open(REPO / golden["path"]) as pdf:
        page = pdf.pages[-1] if golden.get("scanned_pages") != [golden["pages"]] else pdf.pages[0]
        text = page.extract_text() or ""
    clean = f"Case {golden['case_number']} Document"
    if golden["doubled_stamp"]:
        # pdfplumber orders glyphs by position, so the two offset copies interleave.
        assert clean not in text
        assert "CCaassee" in text
    else:
        assert clean in text


def test_scanned_page_has_no_text_layer_and_ocr_can_read_it(tmp_path: Path) -> None:
    scanned = {s: g for s, g in GOLDENS.items() if g.get("scanned_pages")}
    assert scanned, "the docket must include a filing with an image-only page"
    for stem, golden in scanned.items():
        assert (golden["text_layer"], golden["ocr"]) == ("partial", "applied")
        pdf = pypdfium2.PdfDocument(REPO / golden["path"])
        for number in range(1, golden["pages"] + 1):
            text = pdf[number - 1].get_textpage().get_text_range().strip()
            if number in golden["scanned_pages"]:
                assert text == "", f"{stem} page {number} should be image only"
            else:
                assert text, f"{stem} page {number} should have a text layer"
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed: the OCR half of this test needs it")
    stem, golden = next(iter(scanned.items()))
    number = golden["scanned_pages"][0]
    image = pypdfium2.PdfDocument(REPO / golden["path"])[number - 1].render(scale=300 / 72)
    png = tmp_path / "scan.png"
    image.to_pil().convert("L").save(png)
    out = subprocess.run(["tesseract", str(png), "-"], capture_output=True, text=True, check=True)
    assert "penalty of perjury" in out.stdout
    assert STAMP.search(out.stdout) is not None


def _roll_forward(day: dt.date) -> dt.date:
    # FRCP 6(a)(1)(C): a period ending on a weekend or legal holiday runs to the next day
    # that is neither.
    us = holidays.country_holidays("US", years=range(day.year, day.year + 2))
    while day.weekday() >= 5 or day in us:
        day += dt.timedelta(days=1)
    return day


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_golden_deadlines_follow_the_conventions(stem: str) -> None:
    for deadline in GOLDENS[stem]["deadlines"]:
        if not deadline["computed"]:
            assert deadline["rule"] is None and deadline["date"] is not None
            continue
        assert deadline["rule"], f"{stem}: a computed deadline names its rule"
        anchor = deadline.get("anchor")
        if deadline["date"] is None:
            assert anchor and not re.fullmatch(r"\d{4}-\d\d-\d\d", anchor)
            continue
        days = DAYS.search(deadline["text"])
        assert days is not None and anchor is not None
        expected = _roll_forward(dt.date.fromisoformat(anchor) + dt.timedelta(int(days[1])))
        assert deadline["date"] == expected.isoformat(), f"{stem}: {deadline['text']}"


def test_proposed_order_is_a_draft_without_deadlines() -> None:
    proposed = [g for g in GOLDENS.values() if g.get("proposed")]
    assert proposed
    for golden in proposed:
        assert golden["doc_type"] == "other"
        assert golden["deadlines"] == []
        assert all("disposition" not in r for r in golden["relief"])


def test_complaint_prayer_runs_over_a_page_break_with_separate_impound_and_destroy() -> None:
    for stem in ("ecf-001-complaint", "ecf-108-first-amended-complaint"):
        relief = GOLDENS[stem]["relief"]
        assert len({r["page"] for r in relief}) == 2
        categories = [r["category"] for r in relief]
        assert categories.index("impoundment") + 1 == categories.index("destruction")


def test_scale_corpus_is_reproducible_and_every_file_distinct(
    generator: ModuleType, tmp_path: Path
) -> None:
    first = generator.make_scale_corpus(tmp_path / "a", 4, seed=11)
    again = generator.make_scale_corpus(tmp_path / "b", 4, seed=11)
    other = generator.make_scale_corpus(tmp_path / "c", 2, seed=12)
    hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in [*first, *other]]
    assert len(set(hashes)) == len(hashes) == 6
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    for path in first:
        reader = pypdf.PdfReader(path)
        assert len(reader.pages) >= 5
        assert STAMP.search(reader.pages[0].extract_text()) is not None
