"""Write the sample docket of the twenty-State Medicaid data suit as PDFs.

    python tools/make_filings.py [--out DIR] [--layout] [--refresh-golden]

The output is byte-identical on every run (reportlab's invariant mode, seeded filler text),
so the committed `filings/` can be checked against a fresh build. `make_scale_corpus`
writes any number of further, distinct filings for benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_docket import text as t
from sample_docket.docket import FILINGS, _footer, _response_brief
from sample_docket.layout import Document, StampSpec, render

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "filings"


def make_filings(out_dir: Path) -> dict[str, dict[str, int]]:
    """Write every sample filing into `out_dir`; return each file's page count and tag pages."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict[str, int]] = {}
    for filing in FILINGS:
        doc = filing.build(random.Random(filing.name))
        pages, tags = render(doc, out_dir / f"{filing.name}.pdf")
        report[filing.name] = {"pages": pages, **tags}
    return report


def refresh_golden_file_facts(filings: Path, golden: Path) -> list[str]:
    """Rewrite `sha256` and `pages` in the goldens after a rebuild; return the changed stems.

    Only the file facts are touched: the extracted facts in a golden are written by hand
    and must be re-checked by a person when a document's text or layout changes.
    """
    from pypdf import PdfReader

    changed: list[str] = []
    for path in sorted(golden.glob("*.json")):
        data = json.loads(path.read_text())
        pdf = filings / f"{path.stem}.pdf"
        facts = {
            "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
            "pages": len(PdfReader(pdf).pages),
        }
        if any(data.get(k) != v for k, v in facts.items()):
            data.update(facts)
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            changed.append(path.stem)
    return changed


_SCALE_KINDS = (
    ("opposition", "defendants", ("DEFENDANTS' OPPOSITION TO", "PLAINTIFFS' MOTION")),
    ("reply", "plaintiffs", ("PLAINTIFFS' REPLY IN SUPPORT OF", "MOTION")),
    ("brief", "plaintiffs", ("PLAINTIFFS' SUPPLEMENTAL BRIEF", "ON REMEDY")),
    ("brief", "defendants", ("DEFENDANTS' SUPPLEMENTAL BRIEF", "ON REMEDY")),
)


def make_scale_corpus(out_dir: Path, n_filings: int, seed: int) -> list[Path]:
    """Write `n_filings` distinct briefs (about 25 pages on average) and return their paths.

    Dates, ECF numbers, hearing dates, lengths and wording vary with `seed`; each file has
    its own ECF number, so no two share content (or a SHA-256).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths: list[Path] = []
    first_ecf = rng.randint(200, 900)
    start = dt.date(2025, 7, 1)
    for i in range(n_filings):
        kind, side, title = rng.choice(_SCALE_KINDS)
        ecf = first_ecf + i
        filed = start + dt.timedelta(days=rng.randint(0, 600))
        hearing = filed + dt.timedelta(days=35 + rng.randint(0, 21))
        hearing_lines = (
            f"Date:      {hearing:%B} {hearing.day}, {hearing.year}",
            f"Time:      {rng.choice(('10:00 a.m.', '1:30 p.m.', '2:00 p.m.'))}",
            "Courtroom: 4, 17th Floor",
        )
        per = rng.randint(10, 32)
        blocks = _response_brief(
            rng, side, title, hearing_lines, per, f"{filed:%B} {filed.day}, {filed.year}"
        )
        stamp = StampSpec(t.CASE, str(ecf), f"{filed:%m/%d/%y}", doubled=rng.random() < 0.1)
        doc = _footer(Document(tuple(blocks), stamp=stamp), f"{' '.join(title)}")
        path = out_dir / f"scale-{seed}-{i:05d}-ecf-{ecf}-{kind}.pdf"
        render(doc, path)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument(
        "--layout", action="store_true", help="print pages and tagged-block pages as JSON"
    )
    parser.add_argument(
        "--refresh-golden",
        action="store_true",
        help="rewrite sha256/pages in tests/golden/*.json (then re-check the goldens by hand)",
    )
    args = parser.parse_args(argv)
    report = make_filings(args.out)
    if args.refresh_golden:
        for stem in refresh_golden_file_facts(args.out, REPO / "tests" / "golden"):
            print(f"golden file facts updated: {stem} (pages: {report[stem]['pages']})")
    if args.layout:
        print(json.dumps(report, indent=1))
    else:
        print(f"wrote {len(report)} filings to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
