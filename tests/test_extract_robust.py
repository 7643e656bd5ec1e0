"""Extraction never fails on odd text: any page text gives facts whose sources are real spans."""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
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


# --- pathological sizes: extraction stays linear (no regex backtracking blow-up) ---

# A ceiling of CPU time (this process's own, so a busy machine does not move it), far
# above the few seconds these take: it catches a quadratic pattern (minutes to hours at
# these sizes), not a slow machine. No timing is asserted otherwise.
GUARD_CPU_SECONDS = 60.0

REPEATED_PAGE = "\n".join(
    [
        "The agency kept the records on its own servers and shared them on request. "
        "Defendants shall file a status report by September 12, 2025, and within 14 days "
        "of the date of this Order. Smith v. Jones is set for argument on October 1, 2025. "
        "Plaintiffs, ) COUNT I - Violation of the APA; a. Declare the rule unlawful;"
    ]
    * 4
)

# One page of 200,000 characters with no newline, in shapes that make naive patterns
# backtrack: blank runs, dates, "v." captions, capitals, punctuation, one endless word.
ONE_LINE_PAGES = {
    "blanks": "a" + " " * 199_998 + "b",
    "dates": "September 5, 2025 " * 11_112,
    "captions": "ACME CORP. v. ROE, et al., Plaintiffs, ) " * 4_879,
    "capitals": "ORDER GRANTING MOTION FOR RELIEF " * 6_061,
    "prose": (REPEATED_PAGE.replace("\n", " ") + " ") * 400,
    "digits": "1" * 200_000,
    "dots": "." * 200_000,
    "parentheses": "(" * 100_000 + ")" * 100_000,
    "tabs and colons": "Date:\t" * 33_334,
}


@contextmanager
def fails_after(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the body once it has used `seconds` of user CPU time (a POSIX
    virtual timer: time other processes take on a shared machine does not count)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"extraction used {seconds:.0f} s of CPU: something is not linear")

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def test_a_two_thousand_page_filing_of_repeated_text_is_read_in_bounded_time() -> None:
    stamp = "Case 3:25-cv-05536-VC Document 4 Filed 07/08/25 Page {} of 2000\n"
    pages = tuple(
        PageText(n, REPEATED_PAGE, stamp.format(n) + REPEATED_PAGE) for n in range(1, 2001)
    )
    with fails_after(GUARD_CPU_SECONDS):
        facts = extract_facts(pages)
    assert facts.docket_entry == 4
    # The repeated sentence is one deadline, not two thousand.
    assert [d.date for d in facts.deadlines if not d.computed] == [dt.date(2025, 9, 12)]


@pytest.mark.parametrize("shape", sorted(ONE_LINE_PAGES))
def test_a_page_of_200000_characters_without_newlines_is_read_in_bounded_time(
    shape: str,
) -> None:
    text = ONE_LINE_PAGES[shape][:200_000]
    with fails_after(GUARD_CPU_SECONDS):
        facts = extract_facts((PageText(1, text, text),))
    for fact in (*facts.parties, *facts.claims, *facts.relief, *facts.deadlines):
        assert fact.source.end is None or fact.source.end <= len(text)
