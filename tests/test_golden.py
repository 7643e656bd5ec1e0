"""Each sample filing against its hand-written golden file (tests/golden/<stem>.json).

Scalar fields must match exactly (the title case- and whitespace-insensitively); parties as a
set of (name, role, state); claims by number, title and page; relief by category, page and
text overlap; deadlines by date, kind, page and computed, text overlap, and a rule exactly
when computed. The real output is also validated against the shared JSON schema.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from casetracker.config import Limits
from casetracker.extract.serialize import extraction_to_json
from casetracker.ingest import extract_file

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
FILINGS = REPO / "filings"
SCHEMA = REPO.parent / "shared" / "contracts" / "extraction.schema.json"

SCALARS = ("court_id", "court", "case_number", "docket_entry", "filed", "doc_type", "judge")
# Share of the shorter text's words that the other text must contain to count as the same.
TEXT_OVERLAP = 0.6

GOLDENS = sorted(GOLDEN.glob("*.json"))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def overlaps(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return wa == wb
    return len(wa & wb) / min(len(wa), len(wb)) >= TEXT_OVERLAP


def norm_title(text: str | None) -> str | None:
    return " ".join(text.upper().replace("’", "'").split()) if text else None


def norm_name(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]", "", name.lower())


def party_set(parties: list[dict[str, Any]]) -> set[tuple[str, str, str | None]]:
    return {(norm_name(p["name"]), p["role"], p.get("state")) for p in parties}


def claim_rows(claims: list[dict[str, Any]]) -> list[tuple[int, str, int | None]]:
    return [(c["number"], " ".join(c["title"].lower().split()), c["page"]) for c in claims]


def match_items(
    expected: list[dict[str, Any]], got: list[dict[str, Any]], keys: tuple[str, ...]
) -> list[str]:
    """Pair each expected item with an unused found item equal on `keys` whose text overlaps."""
    problems: list[str] = []
    unused = list(got)
    for want in expected:
        hit = next(
            (
                g
                for g in unused
                if all(g.get(k) == want.get(k) for k in keys) and overlaps(g["text"], want["text"])
            ),
            None,
        )
        if hit is None:
            shown = {k: want.get(k) for k in keys}
            problems.append(f"missing {shown} {want['text'][:70]!r}")
        else:
            unused.remove(hit)
    for extra in unused:
        shown = {k: extra.get(k) for k in keys}
        problems.append(f"unexpected {shown} {extra['text'][:70]!r}")
    return problems


def compare(golden: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every difference between a golden file and the extraction, one line each."""
    problems = [
        f"{key}: expected {golden.get(key)!r}, got {got.get(key)!r}"
        for key in SCALARS
        if golden.get(key) != got.get(key)
    ]
    if norm_title(golden.get("title")) != norm_title(got.get("title")):
        problems.append(f"title: expected {golden.get('title')!r}, got {got.get('title')!r}")
    want_parties, got_parties = party_set(golden["parties"]), party_set(got["parties"])
    problems += [f"party missing: {p}" for p in sorted(want_parties - got_parties, key=str)]
    problems += [f"party unexpected: {p}" for p in sorted(got_parties - want_parties, key=str)]
    if claim_rows(golden["claims"]) != claim_rows(got["claims"]):
        problems.append(f"claims: expected {golden['claims']!r}, got {got['claims']!r}")
    problems += [
        f"relief {p}" for p in match_items(golden["relief"], got["relief"], ("category", "page"))
    ]
    problems += [
        f"deadline {p}"
        for p in match_items(
            golden["deadlines"], got["deadlines"], ("date", "kind", "page", "computed")
        )
    ]
    for d in got["deadlines"]:
        if (d["rule"] is not None) != d["computed"]:
            problems.append(f"deadline rule must be set exactly when computed: {d}")
    return problems


def test_every_sample_filing_has_a_golden_file() -> None:
    if not GOLDENS:
        pytest.skip("no golden files yet (tests/golden/ is filled by hand)")
    stems = {g.stem for g in GOLDENS}
    missing = [p.name for p in sorted(FILINGS.glob("*.pdf")) if p.stem not in stems]
    assert missing == []


@pytest.mark.parametrize("golden_path", GOLDENS, ids=[g.stem for g in GOLDENS])
def test_extraction_matches_golden(golden_path: Path) -> None:
    golden = json.loads(golden_path.read_text())
    pdf = FILINGS / f"{golden_path.stem}.pdf"
    assert pdf.is_file(), f"{pdf} is missing"
    got = extraction_to_json(extract_file(pdf, Limits()))
    problems = compare(golden, got)
    assert problems == [], "\n".join(problems)
    if SCHEMA.is_file():
        import jsonschema

        jsonschema.validate(got, json.loads(SCHEMA.read_text()))
