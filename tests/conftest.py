"""Shared fixtures: the repo's sample filings, the shared real corpus, PDF makers."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FILINGS = REPO / "filings"
SHARED = REPO.parent / "shared"
REAL = SHARED / "corpus" / "real"
SCHEMA = SHARED / "contracts" / "extraction.schema.json"

NO_SHARED = "../shared is absent (a fresh clone outside CI): real-corpus tests need it"

MakePdf = Callable[..., Path]


@pytest.fixture
def real_corpus() -> Path:
    if not REAL.is_dir():
        pytest.skip(NO_SHARED)
    return REAL


@pytest.fixture
def schema() -> dict[str, object]:
    import json

    if not SCHEMA.is_file():
        pytest.skip(NO_SHARED)
    return dict(json.loads(SCHEMA.read_text()))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def write_pdf(path: Path, pages: Sequence[str], *, stamp: str | None = None) -> Path:
    """A small text PDF; `stamp` (with {page}/{pages}) is drawn in the top margin."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for n, text in enumerate(pages, 1):
        if stamp:
            c.setFont("Helvetica", 8)
            c.drawString(72, 760, stamp.format(page=n, pages=len(pages)))
        c.setFont("Times-Roman", 12)
        y = 720
        for line in text.splitlines():
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return path


@pytest.fixture
def make_pdf() -> MakePdf:
    return write_pdf


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A copy of the sample filings, so tests may rename, change and delete them."""
    if not any(FILINGS.glob("*.pdf")):
        pytest.skip("filings/ has no sample PDFs (run tools/make_filings.py)")
    target = tmp_path / "inbox"
    shutil.copytree(FILINGS, target, ignore=shutil.ignore_patterns("*.md"))
    return target
