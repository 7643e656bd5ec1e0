"""The day a paper says service was made ("I personally served the summons ... on 07/03/2025").

A proof of service is filed days or weeks after the service it proves, and the time to answer
runs from service (FRCP 12(a)), so the answer clock needs this date, not the filing date.
Read from three shapes of sentence:

- a service verb, then "on <date>" in the same clause: "was served on the United States
  Attorney on July 3, 2025", "I left the summons at ... on (date) 07/03/2025";
- "On <date>, I served ...", "on July 10, 2025, I caused to be served ...";
- a label: "Date of service: July 3, 2025", "Date served: 7/3/25".

"This summons ... was received by me on (date)" is not service, nor is "electronically filed
... on". A date later than the paper itself is not a service it proves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from casetracker.extract import patterns as p
from casetracker.extract.dates import find_dates
from casetracker.models import PageText, Source

# How far back from "on <date>" the service verb may stand (one clause of a form's line).
_CLAUSE = 180


def service_date(pages: Sequence[PageText], filed: dt.date | None) -> tuple[dt.date, Source] | None:
    """The earliest service the pages state, with where it was read; None if they state none.

    The earliest, when a proof covers several defendants served on different days: a
    deadline shown early is checked, one shown late is missed.
    """
    best: tuple[dt.date, Source] | None = None
    # Every page that states a service says "served" or "service" ("PROOF OF SERVICE" heads
    # the AO 440 page whose line reads "I left the summons at …").
    for page in pages:
        text = page.text
        low = text.lower()
        if "served" not in low and "service" not in low:  # most pages: no date is read at all
            continue
        for found in find_dates(text):
            if filed is not None and found.date > filed:
                continue
            if not _states_service(text, found.start, found.end):
                continue
            if best is None or found.date < best[0]:
                source = Source(page.number, found.text, found.start, found.end)
                best = (found.date, source)
    return best


def _states_service(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _CLAUSE) : start]
    if p.SERVICE_LABEL.search(before[-40:]):
        return True
    if not p.SERVICE_ON.search(before[-12:]):
        return False
    if p.I_SERVED.match(text[end : end + 80]):
        return True
    verbs = list(p.SERVICE_VERB.finditer(before))
    if not verbs:
        return False
    return p.SERVICE_CLAUSE_END.search(before, verbs[-1].end()) is None
