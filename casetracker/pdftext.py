"""Read a PDF's pages as clean text: the adapter over pypdf, pypdfium2 and Tesseract.

pypdfium2 reads page text and character boxes (about eight times faster than pypdf's
`extract_text`) and refuses locked files; pypdf reads what pdfium cannot open, repairing a
broken cross-reference table; the `tesseract` binary reads pages without a usable text
layer. Positions are asked for per line, not per character, so layout costs little.
Every library error leaves this module as `PdfError` with a `models.Reason`.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf.errors import PdfReadError

from casetracker.config import Limits
from casetracker.errors import PdfError
from casetracker.extract.stamp import stamp_spans
from casetracker.models import FileCheck, OcrStatus, PageText, ReadResult, Reason, TextLayer

# pypdf logs every repaired cross-reference table as a warning; a repaired file is normal
# here and its outcome is reported through `ReadResult`, not the log.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# A PDF starts with its header (ISO 32000-1 § 7.5.2). Viewers tolerate junk before it within
# 1 KiB, but a file with a stray "%%EOF" or a mail header in front is a damaged copy: we refuse
# it as corrupt (so an aide fetches a clean copy) rather than trust offsets computed past junk.
MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024
HASH_CHUNK = 1024 * 1024

MAX_OCR_PAGES = 50  # per file: OCR costs seconds a page, the caller's time limit is per file
OCR_DPI = 300
OCR_TIMEOUT_S = 90.0  # one page; a hung tesseract must not hold a worker forever

# Pleading paper numbers lines 1-28 (C.D. Cal. L.R. 11-3.2, N.D. Cal. Civil L.R. 3-4(c)).
MAX_PLEADING_LINE = 28
MIN_GUTTER_NUMBERS = 5  # fewer small integers in a column is a list, not a gutter
GUTTER_MAX_X = 0.25  # the gutter lies in the left quarter of the page
COLUMN_TOLERANCE_PT = 3.0  # numbers are right-aligned; their right edges agree this closely
GUTTER_GAP_PT = 8.0  # a number joined to a body line is followed by this much blank space

EDGE_BAND = 0.085  # running headers and footers live in the top/bottom 8.5% of the page
MARGIN_BAND = 0.06  # text wholly inside the outer 6% at either side is a margin banner
REPEAT_SHARE = 0.5  # a band line on half the pages (and two at least) is a running one

LIGATURE_EPS_PT = 0.01  # boxes this close are one glyph's (a ligature), not two paintings
DOUBLED_SHARE = 0.12  # share of doubled letters/digits that marks a line painted twice
SURELY_DOUBLED_SHARE = 0.3  # so many doubled glyphs that no English line has them
DOUBLE_OFFSET_PT = 3.0  # a stamp drawn twice is offset by a point or two, not more
SPACE_GAP_PT = 1.5  # between loose glyph boxes: a word space is wider than this

MIN_LETTERS = 20  # a page with fewer letters than this has no usable text layer
MIN_LETTER_SHARE = 0.25  # below this share of letters the text layer is garbage

# A gutter line number standing alone on its line. "12", "7 "
GUTTER_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})\s*$")
# A gutter number that the reader joined to the body line beside it. "12 and the Court finds"
GUTTER_NUMBER_JOINED = re.compile(r"^\s*(?P<n>\d{1,2})\s+(?=\S)")
# A page number alone in a header or footer. "-2-", "2", "Page 2 of 9", "2 of 9", "- 2 -"
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:-\s*\d{1,4}\s*-|(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$"
)
# A case number in a running footer. "8:16-cv-1261-DOC (KESx)", "Case No. 3:25-cv-05536-VC"
FOOTER_CASE_NUMBER = re.compile(r"\b\d{1,2}:\d{2}-[A-Za-z]{1,4}-\d{1,6}")
# pdfminer-style placeholders for glyphs without a Unicode mapping. "(cid:36)(cid:37)"
CID_GLYPH = re.compile(r"\(cid:\d+\)")
DIGITS = re.compile(r"\d+")
LINE_BREAK = re.compile(r"\r\n|\r|\n")

_Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


@dataclass(frozen=True, slots=True)
class _Line:
    """One text line as pdfium ordered it, with where it sits (None when unknown)."""

    text: str
    start: int  # index of its first character in the text page
    first: _Box | None = None  # box of the first non-blank character
    last: _Box | None = None  # box of the last non-blank character


@dataclass(frozen=True, slots=True)
class _Page:
    number: int
    lines: tuple[_Line, ...]
    width: float
    height: float
    has_image: bool = False
    failed: bool = False


def tesseract_available() -> bool:
    """Whether the `tesseract` binary is on PATH."""
    return shutil.which("tesseract") is not None


def preflight(path: Path, limits: Limits) -> FileCheck:
    """Size, emptiness, `%PDF-` magic and a streamed SHA-256, without parsing the file.

    A refused file comes back with `error` and `message` set (no exception); the checksum
    is skipped only for a file over the byte limit.
    """
    try:
        stat = path.stat()
        refusal = _refusal(path, stat.st_size, limits)
        digest = None if refusal and refusal[0] is Reason.TOO_LARGE else _sha256(path)
    except OSError as e:
        return FileCheck(str(path), 0, 0, None, Reason.CORRUPT, f"cannot read file ({e.strerror})")
    error, message = refusal if refusal else (None, None)
    return FileCheck(str(path), stat.st_size, stat.st_mtime_ns, digest, error, message)


def read_pdf(
    path: Path,
    limits: Limits = Limits(),  # frozen: safe as a default
    *,
    ocr: bool = True,
    max_ocr_pages: int = MAX_OCR_PAGES,
) -> ReadResult:
    """Every page's clean text and raw text, with text-layer and OCR status.

    Raises `PdfError` (reason EMPTY, NOT_PDF, ENCRYPTED, CORRUPT or TOO_LARGE).
    """
    try:
        size = path.stat().st_size
        refusal = _refusal(path, size, limits)
    except OSError as e:
        raise PdfError(f"cannot read file ({e.strerror})", reason=Reason.CORRUPT) from e
    if refusal:
        raise PdfError(refusal[1], reason=refusal[0])
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        if e.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise PdfError("encrypted PDF, cannot read text", reason=Reason.ENCRYPTED) from e
        reader = _open_structure(path)  # pypdf repairs what pdfium cannot open
        if reader is None:
            raise PdfError("corrupt PDF: no pages could be read", reason=Reason.CORRUPT) from e
        pages = _read_with_pypdf(reader, limits)
    else:
        try:
            _check_page_count(len(document), limits)
            pages = [_read_page(document, i) for i in range(len(document))]
        finally:
            document.close()
    if not pages or all(page.failed for page in pages):
        raise PdfError("corrupt PDF: no pages could be read", reason=Reason.CORRUPT)
    return _finish(path, pages, ocr=ocr, max_ocr_pages=max_ocr_pages)


def _refusal(path: Path, size: int, limits: Limits) -> tuple[Reason, str] | None:
    if size == 0:
        return Reason.EMPTY, "empty file (0 bytes)"
    if size > limits.max_bytes:
        return Reason.TOO_LARGE, f"over the size limit ({size:,} bytes > {limits.max_bytes:,})"
    with path.open("rb") as handle:
        head = handle.read(MAGIC_WINDOW)
    start = head.find(MAGIC)
    shown = head.split(b"\n", 1)[0][:24].decode("latin-1").strip()
    if start < 0:
        return Reason.NOT_PDF, f"not a PDF (starts with {shown!r})"
    if head[:start].strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return Reason.CORRUPT, (
            f"damaged PDF: {start} bytes of junk before the %PDF- header (starts with {shown!r})"
        )
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_page_count(count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise PdfError(
            f"over the page limit ({count:,} pages > {limits.max_pages:,})",
            reason=Reason.TOO_LARGE,
        )


def _open_structure(path: Path) -> pypdf.PdfReader | None:
    """pypdf's view of a file pdfium could not open: refuses locked files and counts pages;
    None if it cannot parse the file either.

    Non-strict mode rebuilds a broken cross-reference table, the common damage of a
    truncated download.
    """
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
            except Exception:  # AES without the `cryptography` package: reading will tell
                unlocked = True
            if not unlocked:
                raise PdfError("encrypted PDF, cannot read text", reason=Reason.ENCRYPTED)
            return reader
        _ = len(reader.pages)  # walks the page tree: a truncated file shows here
        return reader
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError):
        return None
    except Exception:  # pypdf raises many types on hostile input; pdfium decides next
        return None


def _read_with_pypdf(reader: pypdf.PdfReader, limits: Limits) -> list[_Page]:
    """Text of a file pdfium refused, from pypdf's repaired structure (no positions)."""
    try:
        count = len(reader.pages)
    except Exception as e:
        raise PdfError("corrupt PDF: no pages could be read", reason=Reason.CORRUPT) from e
    _check_page_count(count, limits)
    pages: list[_Page] = []
    for index in range(count):
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception:
            pages.append(_Page(index + 1, (), 612.0, 792.0, failed=True))
            continue
        lines = tuple(_Line(line, 0) for line in LINE_BREAK.split(text))
        pages.append(_Page(index + 1, lines, 612.0, 792.0))
    return pages


def _read_page(document: pdfium.PdfDocument, index: int) -> _Page:
    """One page's lines with the boxes of their first and last characters."""
    try:
        page = document[index]
    except pdfium.PdfiumError:
        return _Page(index + 1, (), 612.0, 792.0, failed=True)
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            lines = tuple(_boxed_lines(textpage, text))
        finally:
            textpage.close()
        # A scanned page often carries only the ECF stamp as text: judge it without the stamp.
        body = "\n".join(_without_stamps(line.text) for line in lines)
        has_image = _letters(body) < MIN_LETTERS and _has_image(page)
        return _Page(index + 1, lines, width, height, has_image=has_image)
    except pdfium.PdfiumError:
        return _Page(index + 1, (), 612.0, 792.0, failed=True)
    finally:
        page.close()


def _boxed_lines(textpage: pdfium.PdfTextPage, text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for piece in text.split("\r\n"):
        stripped = piece.strip()
        if stripped:
            first = offset + (len(piece) - len(piece.lstrip()))
            last = offset + len(piece.rstrip()) - 1
            line = _Line(piece, offset, textpage.get_charbox(first), textpage.get_charbox(last))
            if _looks_doubled(stripped):
                line = _undouble(textpage, line)
            lines.append(line)
        offset += len(piece) + 2
    return lines


def _has_image(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))


def _looks_doubled(text: str) -> bool:
    """A line drawn twice with a small offset reads "Casse 3::25--ccv" (glyphs repeated).

    pdfium already merges exact overlaps, so the rest shows as a share of doubled letters
    and digits above English text's few percent ("ll", "ss", "00"). Words alone can reach
    it ("Plaintiffs-Appellees," is 0.19), so below the sure share we also ask for a doubled
    separator ("::", "--", "//"), which a stamp line painted twice always shows.
    """
    if len(text) < 12:
        return False
    # Equal neighbours of any kind bound the doubled glyphs from above (a C-level count).
    if sum(map(str.__eq__, text, text[1:])) <= DOUBLED_SHARE * len(text):
        return False
    pairs = [a for a, b in itertools.pairwise(text) if a == b and not a.isspace()]
    share = sum(1 for a in pairs if a.isalnum()) / len(text)
    if share > SURELY_DOUBLED_SHARE:
        return True
    return share > DOUBLED_SHARE and any(a in ":-/" for a in pairs)


def _undouble(textpage: pdfium.PdfTextPage, line: _Line) -> _Line:
    """Keep one of each glyph painted twice at nearly the same place; respace by geometry.

    Loose boxes span each glyph's advance, so a gap between kept glyphs is a space.
    """
    kept: list[tuple[str, _Box]] = []
    for i, char in enumerate(line.text):
        if char.isspace():
            continue
        box = textpage.get_charbox(line.start + i, loose=True)
        if not any(c == char and _repainted(b, box) for c, b in kept[-8:]):
            kept.append((char, box))
    kept.sort(key=lambda item: item[1][0])
    out: list[str] = []
    for k, (char, box) in enumerate(kept):
        if k and box[0] - kept[k - 1][1][2] > SPACE_GAP_PT:
            out.append(" ")
        out.append(char)
    return _Line("".join(out), line.start, line.first, line.last)


def _repainted(a: _Box, b: _Box) -> bool:
    """The same glyph painted again a little off. Identical boxes are not a repaint: a
    ligature ("ff" in "Plaintiffs") gives both its letters the one box."""
    identical = all(abs(x - y) < LIGATURE_EPS_PT for x, y in zip(a, b, strict=True))
    return not identical and _overlaps(a, b)


def _overlaps(a: _Box, b: _Box) -> bool:
    reach = max(0.7 * max(a[2] - a[0], b[2] - b[0]), DOUBLE_OFFSET_PT)
    return abs(a[0] - b[0]) < reach and abs(a[1] - b[1]) < DOUBLE_OFFSET_PT


def _finish(path: Path, pages: list[_Page], *, ocr: bool, max_ocr_pages: int) -> ReadResult:
    running = _running_lines(pages)
    texts: list[PageText] = []
    needs_ocr: list[int] = []
    good = 0
    for page in pages:
        raw = "\n".join(_collapse_repeated_stamp(line.text).rstrip() for line in page.lines)
        text = _clean(page, running)
        if page.failed:
            texts.append(PageText(page.number, "", ""))
            continue
        if _needs_ocr(page, text):
            needs_ocr.append(page.number)
        elif _nonblank(text):
            good += 1
        texts.append(PageText(page.number, text, raw))
    notes = [f"page {p.number} could not be read" for p in pages if p.failed]
    status = OcrStatus.NOT_NEEDED
    if needs_ocr:
        status, notes_ocr = _ocr_pages(path, texts, needs_ocr, enabled=ocr, cap=max_ocr_pages)
        notes.extend(notes_ocr)
    layer = TextLayer.FULL if not needs_ocr else TextLayer.PARTIAL if good else TextLayer.NONE
    if not good and not needs_ocr:
        layer = TextLayer.NONE  # every page blank
    return ReadResult(len(pages), tuple(texts), layer, status, "; ".join(notes) or None)


def _ocr_pages(
    path: Path, texts: list[PageText], numbers: Sequence[int], *, enabled: bool, cap: int
) -> tuple[OcrStatus, list[str]]:
    if not enabled:
        return OcrStatus.NEEDED, [f"OCR off: {len(numbers)} page(s) without a text layer"]
    if not tesseract_available():
        return OcrStatus.NEEDED, [f"Tesseract not installed: {len(numbers)} page(s) not read"]
    notes = []
    if len(numbers) > cap:
        notes.append(f"OCR limited to {cap} of {len(numbers)} pages")
    done = 0
    with tempfile.TemporaryDirectory(prefix="casetracker-ocr-") as tmp:
        document = pdfium.PdfDocument(path)
        try:
            for number in numbers[:cap]:
                read = _ocr_page(document, number, Path(tmp))
                if read is None:
                    notes.append(f"OCR failed on page {number}")
                    continue
                old = texts[number - 1]
                raw = f"{old.raw}\n{read}".strip() if old.raw.strip() else read
                texts[number - 1] = PageText(number, _clean_text_only(read), raw, ocr=True)
                done += 1
        finally:
            document.close()
    return (OcrStatus.APPLIED if done else OcrStatus.NEEDED), notes


def _ocr_page(document: pdfium.PdfDocument, number: int, tmp: Path) -> str | None:
    image = tmp / f"page-{number}.png"
    try:
        page = document[number - 1]
        try:
            page.render(scale=OCR_DPI / 72).to_pil().save(image)
        finally:
            page.close()
        done = subprocess.run(
            ["tesseract", str(image), "stdout"],
            capture_output=True,
            timeout=OCR_TIMEOUT_S,
            check=True,
        )
    except (pdfium.PdfiumError, OSError, subprocess.SubprocessError):
        return None
    return done.stdout.decode("utf-8", "replace").strip()


def _running_lines(pages: Sequence[_Page]) -> set[str]:
    """Header/footer lines (digits ignored) repeated in the edge bands of many pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_shape(line.text) for line in page.lines if _in_edge_band(page, line)})
    need = max(2.0, REPEAT_SHARE * len(pages))
    return {shape for shape, n in counts.items() if n >= need}


def _shape(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.split()).lower())


def _in_edge_band(page: _Page, line: _Line) -> bool:
    if line.first is None or line.last is None:
        return False
    top = max(line.first[3], line.last[3])
    bottom = min(line.first[1], line.last[1])
    return bottom > page.height * (1 - EDGE_BAND) or top < page.height * EDGE_BAND


def _clean(page: _Page, running: set[str]) -> str:
    if not any(line.first for line in page.lines):
        return _clean_text_only("\n".join(line.text for line in page.lines))
    gutter = _gutter_right_edge(page)
    kept: list[str] = []
    for line in page.lines:
        text = _without_stamps(line.text)
        if not text.strip() or _is_margin_text(page, line):
            continue
        if _in_edge_band(page, line) and (
            _shape(line.text) in running
            or PAGE_NUMBER_LINE.match(text)
            or (FOOTER_CASE_NUMBER.search(text) and len(text.split()) <= 8)
        ):
            continue
        if gutter is not None and _is_gutter(line, gutter):
            if GUTTER_NUMBER.match(text):
                continue
            text = GUTTER_NUMBER_JOINED.sub("", text, count=1)
        kept.append(text.rstrip())
    return "\n".join(kept)


def _gutter_right_edge(page: _Page) -> float | None:
    """The x of the right edge of a column of line numbers 1-28 at the left, if any."""
    edges: dict[int, set[int]] = {}
    for line in page.lines:
        match = GUTTER_NUMBER.match(line.text) or GUTTER_NUMBER_JOINED.match(line.text)
        if match is None or line.first is None or not 1 <= int(match["n"]) <= MAX_PLEADING_LINE:
            continue
        right = _number_right(line)
        if right is not None and right < page.width * GUTTER_MAX_X:
            edges.setdefault(round(right / COLUMN_TOLERANCE_PT), set()).add(int(match["n"]))
    if not edges:
        return None
    bucket, numbers = max(edges.items(), key=lambda item: len(item[1]))
    neighbours = edges.get(bucket - 1, set()) | edges.get(bucket + 1, set())
    if len(numbers | neighbours) < MIN_GUTTER_NUMBERS:
        return None
    return bucket * COLUMN_TOLERANCE_PT


def _number_right(line: _Line) -> float | None:
    """Right edge of a line's leading number: the last char's box when it stands alone."""
    if line.first is None or line.last is None:
        return None
    if GUTTER_NUMBER.match(line.text):
        return line.last[2]
    joined = GUTTER_NUMBER_JOINED.match(line.text)
    if joined is None:
        return None
    # Joined to a body line: estimate from the first digit's box and the digit count.
    return line.first[0] + len(joined["n"]) * (line.first[2] - line.first[0])


def _is_gutter(line: _Line, gutter_right: float) -> bool:
    right = _number_right(line)
    if right is None or abs(right - gutter_right) > 2 * COLUMN_TOLERANCE_PT:
        return False
    if GUTTER_NUMBER.match(line.text) or line.last is None:
        return True
    # A body line starting "12 months" sits at the body margin, far right of the gutter.
    return line.last[0] - right > GUTTER_GAP_PT


def _is_margin_text(page: _Page, line: _Line) -> bool:
    """Rotated banners ("Exhibit A" up the side) and text wholly in the outer margins."""
    if line.first is None or line.last is None:
        return False
    dx = abs((line.last[0] + line.last[2]) - (line.first[0] + line.first[2])) / 2
    dy = abs((line.last[1] + line.last[3]) - (line.first[1] + line.first[3])) / 2
    if len(line.text.strip()) >= 3 and dy > 20 and dy > dx:
        return True
    left = min(line.first[0], line.last[0])
    right = max(line.first[2], line.last[2])
    return right < page.width * MARGIN_BAND or left > page.width * (1 - MARGIN_BAND)


def _without_stamps(text: str) -> str:
    for start, end in reversed(stamp_spans(text)):
        text = text[:start] + text[end:]
    return text


def _collapse_repeated_stamp(text: str) -> str:
    """A stamp drawn twice far apart reads as two stamps on one line: keep the first."""
    spans = stamp_spans(text)
    if len(spans) < 2:
        return text
    first = text[spans[0][0] : spans[0][1]]
    for start, end in reversed(spans[1:]):
        if text[start:end] == first:
            text = text[:start].rstrip() + text[end:]
    return text


def _clean_text_only(text: str) -> str:
    """Cleaning without positions (OCR, pypdf fallback): stamps, lone gutter numbers."""
    lines = [_without_stamps(line) for line in LINE_BREAK.split(text)]
    numbers = [line for line in lines if GUTTER_NUMBER.match(line)]
    small = {int(line) for line in numbers if 1 <= int(line) <= MAX_PLEADING_LINE}
    drop_numbers = len(small) >= MIN_GUTTER_NUMBERS
    kept = [
        line.rstrip()
        for line in lines
        if line.strip() and not (drop_numbers and GUTTER_NUMBER.match(line))
    ]
    return "\n".join(kept)


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))  # C-level loop: a per-page cost on every file


def _nonblank(text: str) -> int:
    return len(text) - sum(map(str.isspace, text))


def _needs_ocr(page: _Page, text: str) -> bool:
    """A scanned page (an image, next to no text) or a text layer of unmapped glyphs.

    Garbage reads as "(cid:36)(cid:37)…" placeholders or as symbols and private-use
    characters; a short page of real words ("EXHIBIT A") is not garbage.
    """
    letters = _letters(text)
    if page.has_image and letters < MIN_LETTERS:
        return True
    nonblank = _nonblank(text)
    if nonblank < MIN_LETTERS:
        return False
    cid_chars = sum(len(m) for m in CID_GLYPH.findall(text))
    return cid_chars > 0.3 * nonblank or letters < MIN_LETTER_SHARE * nonblank
