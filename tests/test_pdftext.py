"""Reading PDFs: bad inputs refused with a reason, clean text, stamps, OCR status."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfgen import canvas

from casetracker.config import Limits
from casetracker.errors import PdfError
from casetracker.extract.stamp import filing_stamp, parse_stamp
from casetracker.models import OcrStatus, Reason, TextLayer
from casetracker.pdftext import preflight, read_pdf, tesseract_available

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"real court PDFs not found at {REAL} (a fresh clone has none)"
)
needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")

STAMP = "Case 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page 2 of 31"
Draw = Callable[[canvas.Canvas, int], None]


def make_pdf(path: Path, pages: int = 1, draw: Draw | None = None) -> Path:
    """A letter-size PDF; `draw(c, page_number)` paints each page (default: a body line)."""
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 11)
        if draw is None:
            c.drawString(72, 700, f"Body text of page {number}, long enough to read as words.")
        else:
            draw(c, number)
        c.showPage()
    c.save()
    return path


def refusal(path: Path, limits: Limits | None = None) -> PdfError:
    with pytest.raises(PdfError) as caught:
        read_pdf(path, limits or Limits())
    return caught.value


# --- bad inputs --------------------------------------------------------------------------


def test_zero_byte_file_is_refused_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "ecf-1.pdf"
    path.write_bytes(b"")
    assert refusal(path).reason == Reason.EMPTY
    assert preflight(path, Limits()).error == Reason.EMPTY


def test_html_named_pdf_is_refused_as_not_pdf_with_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "ecf-2.pdf"
    path.write_text("<!DOCTYPE html><html><body>Session expired</body></html>")
    error = refusal(path)
    assert error.reason == Reason.NOT_PDF
    assert "<!DOCTYPE html" in error.message
    assert preflight(path, Limits()).error == Reason.NOT_PDF


def test_truncated_pdf_is_refused_as_corrupt(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "whole.pdf", pages=4).read_bytes()
    path = tmp_path / "ecf-3.pdf"
    path.write_bytes(data[: len(data) * 6 // 10])
    error = refusal(path)
    assert error.reason == Reason.CORRUPT
    assert error.message == "corrupt PDF: no pages could be read"


def test_broken_cross_reference_offset_is_repaired_and_read(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "whole.pdf", pages=2).read_bytes()
    path = tmp_path / "ecf-4.pdf"
    path.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n99", data))
    result = read_pdf(path)
    assert result.page_count == 2
    assert "Body text of page 2" in result.pages[1].text


def test_pdf_locked_with_a_user_password_is_refused_as_encrypted(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=make_pdf(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "ecf-5.pdf"
    writer.write(path)
    error = refusal(path)
    assert error.reason == Reason.ENCRYPTED
    assert error.message == "encrypted PDF, cannot read text"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_pdf_encrypted_with_an_empty_user_password_is_read(tmp_path: Path, algorithm: str) -> None:
    writer = pypdf.PdfWriter(clone_from=make_pdf(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    path = tmp_path / "ecf-6.pdf"
    writer.write(path)
    assert "Body text of page 1" in read_pdf(path).pages[0].text


def test_file_over_the_byte_limit_is_refused_as_too_large(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ecf-7.pdf")
    error = refusal(path, Limits(max_bytes=100))
    assert error.reason == Reason.TOO_LARGE
    check = preflight(path, Limits(max_bytes=100))
    assert (check.error, check.sha256) == (Reason.TOO_LARGE, None)


def test_file_over_the_page_limit_is_refused_as_too_large(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ecf-8.pdf", pages=3)
    error = refusal(path, Limits(max_pages=2))
    assert error.reason == Reason.TOO_LARGE
    assert error.message == "over the page limit (3 pages > 2)"


def test_preflight_hashes_the_file_and_accepts_whitespace_before_the_header(
    tmp_path: Path,
) -> None:
    data = b"\r\n  " + make_pdf(tmp_path / "plain.pdf").read_bytes()
    path = tmp_path / "ecf-9.pdf"
    path.write_bytes(data)
    check = preflight(path, Limits())
    assert check.error is None
    assert check.sha256 == hashlib.sha256(data).hexdigest()
    assert check.size == len(data)
    assert read_pdf(path).page_count == 1


def test_junk_before_the_header_is_refused_as_a_damaged_copy(tmp_path: Path) -> None:
    path = tmp_path / "ecf-10.pdf"
    path.write_bytes(b"%%EOF\r\n" + make_pdf(tmp_path / "plain.pdf").read_bytes())
    check = preflight(path, Limits())
    assert check.error == Reason.CORRUPT
    assert check.message is not None and "junk before the %PDF- header" in check.message
    assert check.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --- clean text --------------------------------------------------------------------------


def _pleading_page(c: canvas.Canvas, number: int) -> None:
    for line in range(1, 29):
        c.drawRightString(88, 740 - line * 24, str(line))
    body = [
        "12. The Court finds the motion timely.",
        "Defendants shall answer within 28 days.",
        "The bond is set at $1,000 as of 07/08/2025.",
        "3",
    ]
    for i, text in enumerate(body):
        c.drawString(108, 716 - i * 24, text)
    c.drawCentredString(306, 30, f"-{number}-")
    c.drawString(400, 45, "ORDER 3:25-cv-05536-VC")
    c.drawString(60, 770, STAMP.replace("Page 2", f"Page {number}"))


def test_pleading_line_numbers_go_and_numbered_content_stays(tmp_path: Path) -> None:
    result = read_pdf(make_pdf(tmp_path / "pleading.pdf", pages=2, draw=_pleading_page))
    page = result.pages[1]
    lines = page.text.splitlines()
    assert "12. The Court finds the motion timely." in lines
    assert "Defendants shall answer within 28 days." in lines
    assert "The bond is set at $1,000 as of 07/08/2025." in lines
    assert "3" in lines  # a lone number at the body margin is content, not the gutter
    assert "27" not in lines and "28" not in lines and "1" not in lines


def test_stamp_footer_and_page_number_leave_text_but_stay_in_raw(tmp_path: Path) -> None:
    page = read_pdf(make_pdf(tmp_path / "pleading.pdf", pages=3, draw=_pleading_page)).pages[1]
    assert "Document 44" not in page.text
    assert "ORDER 3:25-cv-05536-VC" not in page.text
    assert "-2-" not in page.text
    assert "ORDER 3:25-cv-05536-VC" in page.raw
    stamp = parse_stamp(page.raw, page.number)
    assert stamp is not None and stamp.page == 2


def test_rotated_margin_banner_is_dropped_from_text(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, number: int) -> None:
        c.drawString(72, 700, "The parties shall meet and confer before the hearing.")
        c.saveState()
        c.translate(20, 200)
        c.rotate(90)
        c.drawString(0, 0, "RECEIVED BY CLERK OF COURT")
        c.restoreState()

    page = read_pdf(make_pdf(tmp_path / "banner.pdf", draw=draw)).pages[0]
    assert page.text == "The parties shall meet and confer before the hearing."
    assert "RECEIVED BY CLERK" in page.raw


def test_stamp_drawn_twice_half_a_point_apart_reads_as_one_stamp(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, number: int) -> None:
        c.drawString(100, 770, STAMP)
        c.drawString(100.5, 770.5, STAMP)
        c.drawString(72, 700, "Body text of the re-filed order.")

    page = read_pdf(make_pdf(tmp_path / "refiled.pdf", draw=draw)).pages[0]
    assert page.raw.count("Case 3:25-cv-05536-VC") == 1
    stamp = parse_stamp(page.raw, 1)
    assert stamp is not None and stamp.source.text == STAMP
    assert page.text == "Body text of the re-filed order."


def test_stamp_drawn_glyph_by_glyph_twice_is_undoubled(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, number: int) -> None:
        # Each glyph painted twice, 2.5pt apart, in one stream: a naive reader interleaves them.
        x = 100.0
        for char in STAMP:
            c.drawString(x, 770, char)
            c.drawString(x + 2.5, 770.3, char)
            x += c.stringWidth(char, "Helvetica", 11)
        c.drawString(72, 700, "Body text of the re-filed order.")

    page = read_pdf(make_pdf(tmp_path / "interleaved.pdf", draw=draw)).pages[0]
    stamp = parse_stamp(page.raw, 1)
    assert stamp is not None
    assert (stamp.case_number, stamp.docket_entry, stamp.page_count) == ("3:25-cv-05536-VC", 44, 31)


def test_symbol_only_text_layer_needs_ocr_when_ocr_is_off(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, number: int) -> None:
        for i in range(10):
            c.drawString(72, 700 - i * 14, "## %% && ** @@ ++ == ;; :: // ~~ ^^ 12 34 56 78")

    result = read_pdf(make_pdf(tmp_path / "garbage.pdf", draw=draw), ocr=False)
    assert (result.text_layer, result.ocr) == (TextLayer.NONE, OcrStatus.NEEDED)
    assert result.note is not None and "OCR off" in result.note


# --- the real court PDFs -----------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Iterator[Callable[[str], Path]]:
    if not REAL.is_dir():
        pytest.skip(f"real court PDFs not found at {REAL}")
    yield lambda name: REAL / name


@needs_real
def test_cacd_gutter_numbers_go_and_the_order_text_stays(real: Callable[[str], Path]) -> None:
    result = read_pdf(real("gov.uscourts.cacd.652774.40.0.pdf"))
    assert result.text_layer == TextLayer.FULL and result.ocr == OcrStatus.NOT_NEEDED
    page = result.pages[1]
    lines = page.text.splitlines()
    assert not [line for line in lines if re.fullmatch(r"\s*\d{1,2}\s*", line)]
    assert lines[0].startswith("On July 13, 2016, the Court issued")
    assert any(line.startswith("1. Defendant Leon, his agents") for line in lines)
    assert "Page ID #:366" not in page.text and "Page ID #:366" in page.raw


@needs_real
def test_azd_gutter_numbers_go_and_the_order_text_stays(real: Callable[[str], Path]) -> None:
    page = read_pdf(real("gov.uscourts.azd.1085839.3.0.pdf")).pages[0]
    lines = page.text.splitlines()
    assert lines[0] == "WO"
    assert not [line for line in lines if re.fullmatch(r"\s*\d{1,2}\s*", line)]
    assert "No. MDL 15-02641-PHX-DGC" in lines
    assert any("22 cases had" in line for line in lines)


@needs_real
def test_njd_stamp_has_entry_32_and_page_id(real: Callable[[str], Path]) -> None:
    stamp = filing_stamp(read_pdf(real("gov.uscourts.njd.387907.32.0.pdf")).pages)
    assert stamp is not None
    assert (stamp.case_number, stamp.docket_entry, stamp.page_id) == (
        "3:18-cv-16281-BRM-TJB",
        32,
        "263",
    )
    assert stamp.court_level == "district"


@needs_real
def test_ca9_stamp_has_dkt_entry_19(real: Callable[[str], Path]) -> None:
    stamp = filing_stamp(read_pdf(real("ca9_19.pdf")).pages)
    assert stamp is not None
    assert (stamp.case_number, stamp.docket_entry, stamp.court_level) == (
        "20-16276",
        19,
        "appellate",
    )
    assert (stamp.page, stamp.page_count) == (1, 15)


@needs_real
def test_ca2_stamp_has_document_1_attachment_1(real: Callable[[str], Path]) -> None:
    stamp = filing_stamp(read_pdf(real("ca2_1-1.pdf")).pages)
    assert stamp is not None
    assert (stamp.case_number, stamp.docket_entry, stamp.attachment) == ("17-3510", 1, 1)
    assert stamp.filed is not None and stamp.filed.isoformat() == "2017-10-31"


@needs_real
def test_missouri_file_with_junk_before_the_header_is_refused(real: Callable[[str], Path]) -> None:
    # The shared corpus lists it as "not a valid PDF, must be refused cleanly".
    assert refusal(real("missouri.pdf")).reason == Reason.CORRUPT


@needs_real
def test_corpus_empty_pdf_is_refused_as_empty(real: Callable[[str], Path]) -> None:
    assert refusal(real("empty.pdf")).reason == Reason.EMPTY


@needs_real
def test_image_pdf_without_ocr_is_marked_needed(real: Callable[[str], Path]) -> None:
    result = read_pdf(real("image-pdf.pdf"), ocr=False)
    assert (result.text_layer, result.ocr) == (TextLayer.NONE, OcrStatus.NEEDED)
    assert not any(page.ocr for page in result.pages)


@needs_real
@needs_tesseract
def test_image_pdf_is_read_by_ocr(real: Callable[[str], Path]) -> None:
    result = read_pdf(real("image-pdf.pdf"), max_ocr_pages=1)
    assert (result.text_layer, result.ocr) == (TextLayer.NONE, OcrStatus.APPLIED)
    assert [page.ocr for page in result.pages] == [True, False]
    assert "SUPREME COURT OF THE UNITED STATES" in result.pages[0].text
    assert result.note == "OCR limited to 1 of 2 pages"
