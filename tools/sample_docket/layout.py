"""Lay out and draw court filings with reportlab: pleading paper, captions, ECF stamps.

A filing is a list of blocks. `layout` places them on a grid of half-line slots (12 pt,
56 per page: the 28 numbered lines of pleading paper, double-spaced text on the even
slots) and returns pages of draw operations; `render` draws them, adding the paper, the
footer and the header stamp once the page count is known ("Page 2 of 31" needs it).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

PAGE_W, PAGE_H = letter
SLOTS = 56  # half lines per page: 28 pleading lines, double spaced
SLOT = 12.0
TOP_BASELINE = 732.0  # baseline of pleading line 1
LEFT = 80.0  # text starts right of the double rule
RIGHT = 536.0
PLAIN_LEFT = 72.0
PLAIN_RIGHT = 540.0
BODY_FONT = "Times-Roman"
BOLD_FONT = "Times-Bold"
ITALIC_FONT = "Times-Italic"
STAMP_FONT = "Helvetica"
# Bundled with reportlab, so the scanned page rasterises the same on every machine.
RASTER_FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
RASTER_BOLD = Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"
SCAN_DPI = 300


class Paper(StrEnum):
    PLEADING = "pleading"  # numbered lines 1-28, margin rules, footer
    PLAIN = "plain"  # letters, minute forms


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Para:
    """Wrapped text. `spacing` 2 is double spaced (one pleading line a line)."""

    text: str
    spacing: int = 2
    indent: float = 0.0
    first_indent: float = 36.0
    font: str = BODY_FONT
    size: float = 12.0
    align: Align = Align.LEFT
    tag: str | None = None
    keep: int = 0  # slots that must follow on the same page (headings)


@dataclass(frozen=True, slots=True)
class Caption:
    """Two-column caption: parties left, a column of separators, case number/title right."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    sep: str = ")"
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table, single spaced; the first row is the header."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Space:
    slots: int = 1


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Para | Caption | Table | Space | PageBreak


@dataclass(frozen=True, slots=True)
class TextOp:
    x: float
    y: float
    text: str
    font: str = BODY_FONT
    size: float = 12.0
    align: Align = Align.LEFT


@dataclass(frozen=True, slots=True)
class LineOp:
    x1: float
    y1: float
    x2: float
    y2: float


Op = TextOp | LineOp


@dataclass(slots=True)
class Page:
    ops: list[Op] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StampSpec:
    """The court's header stamp; `doubled` draws it twice, offset (a re-filed copy)."""

    case: str
    document: str  # "44" or "14-1"
    filed: str  # "07/16/25"
    doubled: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    blocks: tuple[Block, ...]
    paper: Paper = Paper.PLEADING
    footer: str = ""
    footer_case: str = ""
    stamp: StampSpec | None = None
    scanned_pages: frozenset[int] = frozenset()  # 1-based pages drawn as images only


def wrap(text: str, font: str, size: float, width: float, first_width: float) -> list[str]:
    """Greedy word wrap; the first line may be narrower (paragraph indent)."""
    words = text.split()
    lines: list[str] = []
    current = ""
    limit = first_width
    for word in words:
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= limit or not current:
            current = trial
        else:
            lines.append(current)
            current = word
            limit = width
    if current:
        lines.append(current)
    return lines or [""]


def _baseline(slot: int) -> float:
    return TOP_BASELINE - SLOT * slot


class _Cursor:
    def __init__(self, paper: Paper) -> None:
        self.pages: list[Page] = [Page()]
        self.slot = 0
        self.left = LEFT if paper is Paper.PLEADING else PLAIN_LEFT
        self.right = RIGHT if paper is Paper.PLEADING else PLAIN_RIGHT
        self.tags: dict[str, int] = {}

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append(Page())
        self.slot = 0

    def need(self, slots: int) -> None:
        if self.slot + slots > SLOTS:
            self.new_page()

    def put(self, op: Op) -> None:
        self.pages[-1].ops.append(op)


def _place_para(cur: _Cursor, para: Para) -> None:
    width = cur.right - cur.left - para.indent
    first = width - (para.first_indent if para.align is Align.LEFT else 0.0)
    lines = wrap(para.text, para.font, para.size, width, first)
    cur.need(min(len(lines), 2) * para.spacing + para.keep)
    if cur.slot % 2 and para.spacing == 2:
        cur.slot += 1  # double-spaced text sits on the numbered lines
        cur.need(para.spacing + para.keep)
    for i, line in enumerate(lines):
        cur.need(1)
        if para.tag and i == 0:
            cur.tags[para.tag] = cur.page_no
        y = _baseline(cur.slot)
        if para.align is Align.CENTER:
            x = (cur.left + cur.right) / 2
        elif para.align is Align.RIGHT:
            x = cur.right
        else:
            x = cur.left + para.indent + (para.first_indent if i == 0 else 0.0)
        cur.put(TextOp(x, y, line, para.font, para.size, para.align))
        cur.slot += para.spacing


def _place_caption(cur: _Cursor, cap: Caption) -> None:
    if cap.tag:
        cur.tags[cap.tag] = cur.page_no
    split = cur.left + 226
    left = _wrap_column(cap.left, split - cur.left - 6, bold_titles=False)
    right = _wrap_column(_join_titles(cap.right), cur.right - split - 12, bold_titles=True)
    rows = max(len(left), len(right))
    start_page = cur.page_no
    for i in range(rows):
        cur.need(1)
        y = _baseline(cur.slot)
        if i < len(left) and left[i][0]:
            cur.put(TextOp(cur.left, y, left[i][0], left[i][1]))
        cur.put(TextOp(split, y, cap.sep))
        if i < len(right) and right[i][0]:
            cur.put(TextOp(split + 12, y, right[i][0], right[i][1]))
        cur.slot += 1
    if cur.page_no == start_page:
        y = _baseline(cur.slot) + 8
        cur.put(LineOp(cur.left, y, split + 4, y))
    cur.slot += 1


def _join_titles(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Merge runs of upper-case lines (a title typed over several lines) to rewrap them."""
    out: list[str] = []
    for line in lines:
        if out and line.isupper() and out[-1].isupper():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return tuple(out)


def _wrap_column(
    lines: tuple[str, ...], width: float, *, bold_titles: bool
) -> list[tuple[str, str]]:
    """Caption column lines, wrapped to the column; titles (upper case) set in bold."""
    out: list[tuple[str, str]] = []
    for line in lines:
        font = BOLD_FONT if bold_titles and line.isupper() else BODY_FONT
        if not line.strip():
            out.append(("", font))
            continue
        if stringWidth(line, font, 12) <= width:
            out.append((line, font))  # keeps aligned "Date:      " columns as typed
            continue
        lead = line[: len(line) - len(line.lstrip())]
        for k, part in enumerate(wrap(line, font, 12, width, width)):
            out.append(((lead if k == 0 else "") + part, font))
    return out


def _place_table(cur: _Cursor, table: Table) -> None:
    cur.need(4)
    if table.tag:
        cur.tags[table.tag] = cur.page_no
    for r, row in enumerate(table.rows):
        cells = [
            wrap(cell, BOLD_FONT if r == 0 else BODY_FONT, 11, w - 8, w - 8)
            for cell, w in zip(row, table.widths, strict=True)
        ]
        height = max(len(c) for c in cells)
        cur.need(height + 1)
        top = _baseline(cur.slot) + 10
        x = cur.left
        for lines, w in zip(cells, table.widths, strict=True):
            for k, line in enumerate(lines):
                font = BOLD_FONT if r == 0 else BODY_FONT
                cur.put(TextOp(x + 4, _baseline(cur.slot + k), line, font, 11))
            x += w
        bottom = _baseline(cur.slot + height) + 10
        cur.put(LineOp(cur.left, top, x, top))
        cur.put(LineOp(cur.left, bottom, x, bottom))
        xx = cur.left
        for w in (0.0, *table.widths):
            xx += w
            cur.put(LineOp(xx, top, xx, bottom))
        cur.slot += height
    cur.slot += 1


def layout(doc: Document) -> tuple[list[Page], dict[str, int]]:
    """Place the blocks; return the pages and the page on which each tagged block starts."""
    cur = _Cursor(doc.paper)
    for block in doc.blocks:
        if isinstance(block, Para):
            _place_para(cur, block)
        elif isinstance(block, Caption):
            _place_caption(cur, block)
        elif isinstance(block, Table):
            _place_table(cur, block)
        elif isinstance(block, Space):
            cur.slot += block.slots
        else:
            cur.new_page()
    if not cur.pages[-1].ops and len(cur.pages) > 1:
        cur.pages.pop()
    return cur.pages, cur.tags


def stamp_text(stamp: StampSpec, page: int, pages: int) -> str:
    return f"Case {stamp.case} Document {stamp.document} Filed {stamp.filed} Page {page} of {pages}"


def _paper_ops(doc: Document, page: int, pages: int) -> list[Op]:
    """Margin rules, line numbers, footer and stamp: everything but the body text."""
    ops: list[Op] = []
    if doc.paper is Paper.PLEADING:
        ops += [LineOp(66, 0, 66, PAGE_H), LineOp(69, 0, 69, PAGE_H), LineOp(548, 0, 548, PAGE_H)]
        for k in range(1, 29):
            ops.append(TextOp(58, _baseline(2 * (k - 1)), str(k), BODY_FONT, 12, Align.RIGHT))
        if doc.footer:
            ops.append(LineOp(LEFT, 60, RIGHT, 60))
            ops.append(TextOp(306, 46, doc.footer, BODY_FONT, 8, Align.CENTER))
            ops.append(TextOp(306, 36, doc.footer_case, BODY_FONT, 8, Align.CENTER))
        ops.append(TextOp(306, 22, str(page), BODY_FONT, 10, Align.CENTER))
    elif pages > 1:
        ops.append(TextOp(306, 36, f"{page}", BODY_FONT, 10, Align.CENTER))
    return ops


def _draw_text(canvas: Canvas, op: TextOp) -> None:
    canvas.setFont(op.font, op.size)
    if op.align is Align.CENTER:
        canvas.drawCentredString(op.x, op.y, op.text)
    elif op.align is Align.RIGHT:
        canvas.drawRightString(op.x, op.y, op.text)
    else:
        canvas.drawString(op.x, op.y, op.text)


def _rasterise(ops: Sequence[Op]) -> Image.Image:
    """Draw a page as a clean 300 dpi grayscale scan (no text layer survives)."""
    scale = SCAN_DPI / 72.0
    img = Image.new("L", (round(PAGE_W * scale), round(PAGE_H * scale)), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
    for op in ops:
        if isinstance(op, LineOp):
            pts = [
                (op.x1 * scale, (PAGE_H - op.y1) * scale),
                (op.x2 * scale, (PAGE_H - op.y2) * scale),
            ]
            draw.line(pts, fill=0, width=3)
            continue
        key = (op.font, op.size)
        if key not in fonts:
            path = RASTER_BOLD if "Bold" in op.font else RASTER_FONT
            # Vera runs wider than Times: shrink so wrapped lines still fit the page.
            fonts[key] = ImageFont.truetype(str(path), round(op.size * scale * 0.86))
        font = fonts[key]
        width = draw.textlength(op.text, font=font)
        x = op.x * scale
        if op.align is Align.CENTER:
            x -= width / 2
        elif op.align is Align.RIGHT:
            x -= width
        draw.text((x, (PAGE_H - op.y) * scale), op.text, font=font, fill=0, anchor="ls")
    # Threshold: a clean black-and-white scan compresses well and OCRs reliably.
    return img.point(lambda v: 0 if v < 160 else 255)


def render(doc: Document, out: Path) -> tuple[int, dict[str, int]]:
    """Write the PDF (byte-identical on every run); return its page count and tag pages."""
    pages, tags = layout(doc)
    total = len(pages)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    canvas.setTitle("")
    canvas.setAuthor("")
    canvas.setCreator("casetracker sample docket")
    canvas.setProducer("casetracker sample docket")
    for number, page in enumerate(pages, start=1):
        ops: list[Op] = [*_paper_ops(doc, number, total), *page.ops]
        stamp_ops: list[TextOp] = []
        if doc.stamp is not None:
            text = stamp_text(doc.stamp, number, total)
            stamp_ops.append(TextOp(306, 774, text, STAMP_FONT, 9, Align.CENTER))
        if number in doc.scanned_pages:
            image = _rasterise([*ops, *stamp_ops])
            canvas.drawImage(ImageReader(image), 0, 0, PAGE_W, PAGE_H)
        else:
            canvas.setLineWidth(0.6)
            for op in ops:
                if isinstance(op, LineOp):
                    canvas.line(op.x1, op.y1, op.x2, op.y2)
                else:
                    _draw_text(canvas, op)
            for op in stamp_ops:
                _draw_stamp(canvas, op, doubled=doc.stamp is not None and doc.stamp.doubled)
        canvas.showPage()
    canvas.save()
    out.write_bytes(buf.getvalue())
    return total, tags


def _draw_stamp(canvas: Canvas, op: TextOp, *, doubled: bool) -> None:
    canvas.setFillColorRGB(0.1, 0.1, 0.45)
    _draw_text(canvas, op)
    if doubled:
        # A re-filed copy carries its old stamp too, 0.6 pt off. pdfplumber sorts the
        # glyphs by position and reads them interleaved ("CCaassee"); pypdf reads the stamp
        # twice; pdfium drops the overlapping duplicates.
        _draw_text(canvas, TextOp(op.x + 0.6, op.y - 0.6, op.text, op.font, op.size, op.align))
    canvas.setFillColorRGB(0, 0, 0)
