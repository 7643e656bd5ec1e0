"""The extractor scored field by field on a hand-written set of synthetic filings from many
courts (tests/extraction_eval/): each field must be right on at least 95% of the filings.

Run with `-s` to see the per-field table and every miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from casetracker.extract import extract_facts
from casetracker.models import FilingFacts
from tests.extraction_eval import (
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    orders,
    papers,
)
from tests.extraction_eval.model import EvalFiling, Expected

FILINGS: tuple[EvalFiling, ...] = (
    papers.FILINGS
    + orders.FILINGS
    + heldout.FILINGS
    + heldout2.FILINGS
    + heldout3.FILINGS
    + heldout4.FILINGS
    + heldout5.FILINGS
    + heldout6.FILINGS
    + heldout7.FILINGS
)
FIELDS = (
    "court_id",
    "court",
    "case_number",
    "docket_entry",
    "filed",
    "title",
    "doc_type",
    "judge",
    "parties",
    "claims",
    "relief",
    "deadlines",
)
REQUIRED_ACCURACY = 0.95


def _name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower())


def _title(text: str | None) -> str | None:
    return " ".join(text.upper().replace("’", "'").split()) if text else None


def found_value(facts: FilingFacts, field: str) -> Any:
    """The extracted value of `field` in the comparable shape `Expected` writes it in."""
    if field == "doc_type":
        return facts.doc_type.value if facts.doc_type else None
    if field == "title":
        return _title(facts.title)
    if field == "parties":
        return sorted((_name(p.name), p.role.value, p.state) for p in facts.parties)
    if field == "claims":
        return [(c.number, " ".join(c.title.lower().split())) for c in facts.claims]
    if field == "relief":
        return sorted((r.category.value, r.source.page or 0) for r in facts.relief)
    if field == "deadlines":
        rows = [(d.date, d.kind.value, d.source.page or 0, d.computed) for d in facts.deadlines]
        return sorted(rows, key=repr)
    return getattr(facts, field)


def expected_value(want: Expected, field: str) -> Any:
    if field == "title":
        return _title(want.title)
    if field == "parties":
        return sorted((_name(n), role, state) for n, role, state in want.parties)
    if field == "claims":
        return [(n, " ".join(t.lower().split())) for n, t in want.claims]
    if field == "relief":
        return sorted(want.relief)
    if field == "deadlines":
        return sorted(want.deadlines, key=repr)
    return getattr(want, field)


def score(
    filings: Sequence[EvalFiling], extract: Callable[[EvalFiling], FilingFacts]
) -> tuple[dict[str, float], list[str]]:
    """Share of filings right on each field, and one line per miss."""
    right = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    for filing in filings:
        facts = extract(filing)
        for field in FIELDS:
            got, want = found_value(facts, field), expected_value(filing.expected, field)
            if got == want:
                right[field] += 1
            else:
                misses.append(f"{filing.name} {field}: expected {want!r}, got {got!r}")
    return {f: right[f] / len(filings) for f in FIELDS}, misses


def test_evaluation_set_is_varied_and_named_uniquely() -> None:
    names = [f.name for f in FILINGS]
    assert len(names) >= 30 and len(set(names)) == len(names)
    courts = {f.expected.court_id for f in FILINGS}
    assert len(courts) >= 14  # 11+ districts, 3 circuits, and the unknown court


def test_every_field_is_right_on_95_percent_of_the_evaluation_set() -> None:
    accuracy, misses = score(FILINGS, lambda f: extract_facts(f.pages))
    print(f"\n{'field':<14}accuracy  (n={len(FILINGS)})")
    for field, share in accuracy.items():
        print(f"{field:<14}{share:8.3f}")
    for miss in misses:
        print("  miss:", miss)
    weak = {f: round(s, 3) for f, s in accuracy.items() if s < REQUIRED_ACCURACY}
    assert weak == {}, "\n".join(misses)
