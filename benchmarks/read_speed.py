"""Pages per second of `read_pdf` against bare pypdf and bare pypdfium2 (median of 3 runs).

Example: python benchmarks/read_speed.py ../shared/corpus/real/*.pdf
OCR is off, so the figures compare text-layer reading only.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdf
import pypdfium2 as pdfium

from casetracker.errors import PdfError
from casetracker.pdftext import read_pdf

RUNS = 3


def bare_pypdf(path: Path) -> int:
    reader = pypdf.PdfReader(path, strict=False)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def bare_pdfium(path: Path) -> int:
    document = pdfium.PdfDocument(path)
    try:
        for index in range(len(document)):
            document[index].get_textpage().get_text_range()
        return len(document)
    finally:
        document.close()


def ours(path: Path) -> int:
    return read_pdf(path, ocr=False).page_count


def median_rate(read: Callable[[Path], int], paths: list[Path]) -> float:
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        pages = sum(read(path) for path in paths)
        rates.append(pages / (time.perf_counter() - start))
    return statistics.median(rates)


def main(argv: list[str]) -> None:
    paths = []
    for arg in argv:
        path = Path(arg)
        try:
            read_pdf(path, ocr=False)
        except PdfError as e:
            print(f"skipped {path.name}: {e.message}")
            continue
        paths.append(path)
    if not paths:
        sys.exit("usage: read_speed.py PDF [PDF ...] (readable PDFs)")
    for name, read in [("read_pdf", ours), ("pypdf", bare_pypdf), ("pypdfium2", bare_pdfium)]:
        print(f"{name:>10}: {median_rate(read, paths):8.0f} pages/s")


if __name__ == "__main__":
    main(sys.argv[1:])
