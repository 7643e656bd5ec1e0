"""Extraction never fails on odd text: any page text gives facts whose sources are real spans."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetracker.extract import extract_facts
from casetracker.models import PageText

# Pieces of real filings shuffled together, plus arbitrary text between them.
PIECES = [
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n",
    "STATE OF CALIFORNIA, et al., ) Case No. 3:25-cv-05536-VC\n",
    " Plaintiffs, ) ORDER\n",
    " v. )\n",
    " Defendants. )\n",
    "Date: August 7, 2025\nTime: 10:00 a.m.\nCourtroom: 4\n",
    "within 14 days of the date of this Order",
    "FIRST CLAIM FOR RELIEF\n(Violation of the APA)\n",
    "PRAYER FOR RELIEF\na. Declare;\nb. Enjoin;\n",
    "the motion is GRANTED IN PART and DENIED IN PART.",
    "IT IS SO ORDERED.\nDated: August 12, 2025\nVINCE CHHABRIA\nUnited States District Judge\n",
    "(1) enjoin; (2) sequester",
]

page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=12).map(
    "".join
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(page_text, min_size=1, max_size=3))
def test_any_text_gives_facts_with_valid_sources(texts: list[str]) -> None:
    pages = tuple(PageText(i, t, t) for i, t in enumerate(texts, start=1))
    facts = extract_facts(pages)
    for fact in (*facts.parties, *facts.claims, *facts.relief, *facts.deadlines):
        src = fact.source
        assert src.page is not None and 1 <= src.page <= len(pages)
        if src.start is not None and src.end is not None:
            assert 0 <= src.start <= src.end <= len(pages[src.page - 1].text)
