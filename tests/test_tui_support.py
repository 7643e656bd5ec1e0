"""Shared by the TUI tests: data folders holding a docket, and a frozen today.

"docket": the repo's sample filings, ingested (the real pipeline), when `filings/` has them.
"seeded": three short filings written here in our own words, saved through the real `Store`
with hand-made facts whose `Source` spans point into that text, then indexed by the real
index step. The seeded docket does not move when the extractor improves, so the snapshots
use it; it also stands in for "docket" on a clone without sample filings. No tests here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from casetracker.config import Paths
from casetracker.ingest import index_filings
from casetracker.models import (
    Claim,
    Deadline,
    DeadlineKind,
    DocType,
    FilingFacts,
    OcrStatus,
    PageText,
    Party,
    PartyRole,
    Relief,
    ReliefKind,
    Source,
    TextLayer,
)
from casetracker.store import Store
from casetracker.tracker import Tracker
from tests.conftest import FILINGS

TODAY = dt.date(2025, 7, 20)  # frozen: the deadlines view groups weeks from it
CASE = "3:25-cv-05536-VC"

CAPTION = (
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
    "STATE OF CALIFORNIA, et al., Plaintiffs,\nv.\n"
    "U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES, et al., Defendants.\n"
    f"Case No. {CASE}\n"
)
COMPLAINT = (
    CAPTION + "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF\n"
    "1. The plaintiff States sue over the transfer of Medicaid data to DHS.\n",
    "FIRST CLAIM FOR RELIEF\nViolation of the APA - Arbitrary and Capricious\n"
    "2. Handing Medicaid records to DHS was arbitrary and capricious.\n"
    "PRAYER FOR RELIEF\n"
    "A. Declare that the data transfers are unlawful;\n"
    "B. Enjoin HHS from sharing Medicaid data with DHS;\n"
    "C. Order DHS to impound all Medicaid records it holds.\n",
)
MOTION = (
    CAPTION + "NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION\n"
    "Please take notice that the motion will be heard on August 7, 2025, at 10:00 a.m.\n",
    "The States ask the Court to enjoin any further sharing of Medicaid data.\n",
)
ORDER = (
    CAPTION + "ORDER SETTING A BRIEFING SCHEDULE\n"
    "Defendants shall file their opposition by July 24, 2025.\n"
    "The parties shall file a joint case management statement by August 1, 2025.\n",
    "Overdue papers will not be considered.\nIT IS SO ORDERED.\nDated: July 15, 2025\n",
)


def src(pages: tuple[str, ...], page: int, text: str) -> Source:
    """The Source of `text` on 1-based `page`, with its character span."""
    start = pages[page - 1].index(text)
    return Source(page, text, start, start + len(text))


def _parties(pages: tuple[str, ...]) -> tuple[Party, ...]:
    return (
        Party(
            "State of California", PartyRole.PLAINTIFF, "CA", src(pages, 1, "STATE OF CALIFORNIA")
        ),
        Party(
            "U.S. Department of Health and Human Services",
            PartyRole.DEFENDANT,
            None,
            src(pages, 1, "U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES"),
        ),
    )


def _facts(
    ecf: int, filed: dt.date, title: str, kind: DocType, pages: tuple[str, ...]
) -> FilingFacts:
    return FilingFacts(
        court_id="cand",
        court="N.D. Cal.",
        case_number=CASE,
        docket_entry=ecf,
        filed=filed,
        title=title,
        doc_type=kind,
        judge="Vince Chhabria",
        parties=_parties(pages),
    )


def docket() -> list[tuple[tuple[str, ...], FilingFacts]]:
    """(pages, facts) of each filing, in docket order."""
    p = COMPLAINT
    complaint = _facts(
        1,
        dt.date(2025, 7, 1),
        "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF",
        DocType.COMPLAINT,
        p,
    )
    complaint = _replace(
        complaint,
        claims=(
            Claim(
                1,
                "Violation of the APA - Arbitrary and Capricious",
                src(p, 2, "FIRST CLAIM FOR RELIEF"),
            ),
        ),
        relief=(
            Relief(
                "Declare that the data transfers are unlawful",
                ReliefKind.DECLARATORY,
                src(p, 2, "Declare that the data transfers are unlawful"),
                "A",
            ),
            Relief(
                "Enjoin HHS from sharing Medicaid data with DHS",
                ReliefKind.INJUNCTION,
                src(p, 2, "Enjoin HHS from sharing Medicaid data with DHS"),
                "B",
            ),
            Relief(
                "Order DHS to impound all Medicaid records it holds",
                ReliefKind.IMPOUNDMENT,
                src(p, 2, "Order DHS to impound all Medicaid records it holds"),
                "C",
            ),
        ),
    )
    m = MOTION
    hearing = "the motion will be heard on August 7, 2025, at 10:00 a.m."
    motion = _replace(
        _facts(
            12,
            dt.date(2025, 7, 8),
            "NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION",
            DocType.MOTION,
            m,
        ),
        deadlines=(
            Deadline(
                dt.date(2025, 8, 7),
                DeadlineKind.HEARING,
                hearing,
                src(m, 1, hearing),
                time="10:00 a.m.",
            ),
        ),
        relief=(
            Relief(
                "enjoin any further sharing of Medicaid data",
                ReliefKind.INJUNCTION,
                src(m, 2, "enjoin any further sharing of Medicaid data"),
            ),
        ),
    )
    o = ORDER
    opp = "Defendants shall file their opposition by July 24, 2025."
    cmc = "The parties shall file a joint case management statement by August 1, 2025."
    order = _replace(
        _facts(20, dt.date(2025, 7, 15), "ORDER SETTING A BRIEFING SCHEDULE", DocType.ORDER, o),
        deadlines=(
            Deadline(dt.date(2025, 7, 24), DeadlineKind.RESPONSE, opp, src(o, 1, opp)),
            Deadline(dt.date(2025, 8, 1), DeadlineKind.FILING, cmc, src(o, 1, cmc)),
        ),
    )
    return [(COMPLAINT, complaint), (MOTION, motion), (ORDER, order)]


def _replace(facts: FilingFacts, **changes: object) -> FilingFacts:
    from dataclasses import replace

    return replace(facts, **changes)  # type: ignore[arg-type]


def seed(home: Path) -> None:
    """Save the hand-written docket through the real store and index it."""
    Store(Paths(home).db).close()  # Tracker reads; only ingest creates a database
    with Tracker.open(home) as tracker:
        store = tracker.store
        run_id = store.start_run(["tests"])
        ids = []
        for pages, facts in docket():
            body = "\f".join(pages).encode()
            ids.append(
                store.save_filing(
                    path=f"filings/ecf-{facts.docket_entry:03d}.pdf",
                    size=len(body),
                    mtime_ns=0,
                    sha256=hashlib.sha256(body).hexdigest(),
                    page_count=len(pages),
                    text_layer=TextLayer.FULL,
                    ocr=OcrStatus.NOT_NEEDED,
                    pages=[PageText(n, t, t) for n, t in enumerate(pages, 1)],
                    facts=facts,
                    run_id=run_id,
                )
            )
        store.finish_run(run_id, {"new": len(ids)}, 0.0)
        index_filings(store, tracker.index, ids)
        tracker.derive_deadlines(run_id)


def build_home(root: Path) -> Path:
    """A data folder holding a docket: the sample filings when they ingest, else `docket()`."""
    home = root / "home"
    if any(FILINGS.glob("*.pdf")):
        with Tracker.open(home) as tracker:
            tracker.ingest([FILINGS], workers=0)
            if tracker.counts()["filings"]:
                return home
        home = root / "seeded"
    seed(home)
    return home


_HOMES: dict[tuple[Path, str], Path] = {}


def shared_home(base: Path, kind: str = "docket") -> Path:
    """One data folder per test session (`base` is the session's temp root) and kind:
    "docket" (sample filings when they ingest, else the seeded docket) or "seeded"."""
    key = (base, kind)
    if key not in _HOMES:
        root = base / f"tui-{kind}"
        if kind == "seeded":
            seed(root / "seeded")
            _HOMES[key] = root / "seeded"
        else:
            _HOMES[key] = build_home(root)
    return _HOMES[key]


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test without an asyncio pytest plugin (the project has none)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run
