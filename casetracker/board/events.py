"""What each kind of filing does to the board's rows while the docket is replayed."""

from __future__ import annotations

import re

from casetracker.board import match
from casetracker.board.model import DECIDED, PENDING, DocketFiling, RowKind, Status
from casetracker.board.orders import on_order
from casetracker.board.replay import (
    MotionState,
    Replay,
    RowState,
    ecf_label,
    shorten,
    title_source,
)
from casetracker.board.states import is_complaint, is_main_document
from casetracker.models import DocType, Relief, ReliefKind, Source

# What a motion's title asks for when the extractor found no requested-relief items.
# Sample: "PLAINTIFF STATES' MOTION FOR PRELIMINARY INJUNCTION"
TITLE_CATEGORIES: tuple[tuple[re.Pattern[str], ReliefKind], ...] = (
    (re.compile(r"injunct|restraining order", re.I), ReliefKind.INJUNCTION),
    (re.compile(r"vacat|set aside|postpone", re.I), ReliefKind.VACATUR),
    (re.compile(r"declarat", re.I), ReliefKind.DECLARATORY),
    (re.compile(r"attorney\S* fees|fees and costs|costs and fees", re.I), ReliefKind.FEES),
)
# A row's last decision that leaves its relief in force (appealed or not).
IN_FORCE = frozenset({Status.GRANTED, Status.GRANTED_IN_PART, Status.FINAL})
# Sample: "SUMMARY JUDGMENT" (asks for everything the complaint asks)
ALL_RELIEF_RE = re.compile(r"summary judgment|judgment on the pleadings", re.I)
# Sample: "STATEMENT OF NON-OPPOSITION"
NON_OPPOSITION_RE = re.compile(r"non-?\s?opposition|no opposition|does not oppose", re.I)
# The judgment itself, not an order about one. Sample: "FINAL JUDGMENT"; not "ORDER GRANTING
# SUMMARY JUDGMENT".
JUDGMENT_TITLE_RE = re.compile(r"^\W*(?:\[?\w+\]?\s+)?(?:final\s+|amended\s+)?judgment\b", re.I)


def replay_filing(r: Replay, f: DocketFiling) -> None:
    """Apply one filing (in docket order) to the rows."""
    if not is_main_document(f):
        return
    if f.filed is not None:
        r.hold_hearings(f.filed, inclusive=True)
    title = f.title or ""
    if is_complaint(f):
        r.complaint(f)
    elif match.APPEAL_RE.search(title):
        on_appeal(r, f)
    elif f.doc_type == DocType.MOTION:
        on_motion(r, f)
    elif f.doc_type == DocType.OPPOSITION and not NON_OPPOSITION_RE.search(title):
        on_response(r, f, Status.OPPOSED)
    elif f.doc_type == DocType.REPLY:
        on_response(r, f, Status.REPLIED)
    elif f.doc_type == DocType.JUDGMENT or (
        f.doc_type == DocType.ORDER and JUDGMENT_TITLE_RE.search(title)
    ):
        on_order(r, f)
        for row in r.active():
            r.step(row, Status.FINAL, f, title_source(f), f"{ecf_label(f)}: judgment entered")
    elif f.doc_type == DocType.ORDER:
        on_order(r, f)
    elif match.WITHDRAW_RE.search(title) and "motion" in title.lower():
        on_withdrawal(r, f)
    else:
        motion = r.find_motion(f, fallback=False)
        if motion is not None:  # a clerk's notice setting or resetting the hearing
            r.note_hearing(motion, f)


def on_motion(r: Replay, f: DocketFiling) -> None:
    title = f.title or ""
    source = title_source(f)
    matched: dict[str, Source] = {}
    kind = "other"
    if match.DEFENDANT_MOTION_RE.search(title):
        if match.DISMISS_RE.search(title):
            kind = "dismiss"
            matched = {row.key: source for row in r.active(RowKind.CLAIM)}
        elif match.STAY_RE.search(title):
            # Not a step: a stay motion changes nothing until an order grants it.
            kind = "stay"
            decided = {Status.GRANTED, Status.GRANTED_IN_PART}
            r.motions.append(
                MotionState(f, {w.key for w in r.active() if w.status in decided}, kind)
            )
            return
    else:
        requests = [x for x in f.facts.relief if x.disposition is None] or _title_requests(f)
        exact: set[str] = set()
        if not r.saw_complaint:
            _seed_from_motion(r, f, requests)
        for item in requests:
            if ALL_RELIEF_RE.search(item.text):
                rows = r.active(RowKind.RELIEF)
            else:
                rows, _ = r.rows_for(item.text, item.category, generic_ok=True)
            for row in rows:
                # Provenance: the item that asks for exactly this row beats a summary of all.
                main = match.facets_of(item.text, item.category)[:1]
                is_exact = bool(main) and row.facets[:1] == main
                if row.key not in matched or (is_exact and row.key not in exact):
                    matched[row.key] = item.source
                    if is_exact:
                        exact.add(row.key)
        if matched:
            kind = "relief"
            if match.MERITS_MOTION_RE.search(title) and not match.ENFORCEMENT_MOTION_RE.search(
                title
            ):
                matched.update({row.key: source for row in r.active(RowKind.CLAIM)})
    enforcing = bool(match.ENFORCEMENT_MOTION_RE.search(title))
    for key in list(matched):
        row = r.rows[key]
        if enforcing and _last_decision(row) in IN_FORCE:
            # A motion to enforce relief already granted does not put it back in play: the
            # timeline records it, the status stays.
            note = f"{ecf_label(f)}: {shorten(title, 60)} (pending)"
            r.step(row, row.status, f, matched.pop(key), note)
            continue
        row.motion = f.filing_id
        note = f"{ecf_label(f)}: {shorten(title, 70)}"
        r.step(row, Status.MOTION_PENDING, f, matched[key], note)
    motion = MotionState(f, set(matched), kind)
    r.motions.append(motion)
    r.note_hearing(motion, f)


def _title_requests(f: DocketFiling) -> list[Relief]:
    title = f.title or ""
    if ALL_RELIEF_RE.search(title):
        return [Relief(title, ReliefKind.OTHER, title_source(f))]
    for pattern, category in TITLE_CATEGORIES:
        if pattern.search(title):
            return [Relief(title, category, title_source(f))]
    return []


def _seed_from_motion(r: Replay, f: DocketFiling, requests: list[Relief]) -> None:
    """No complaint ingested yet: let the motion's requests stand in as rows."""
    for item in requests:
        if match.is_catch_all(item.text) or ALL_RELIEF_RE.search(item.text):
            continue
        facets = match.facets_of(item.text, item.category)
        key = match.relief_key(item.category, facets)
        if key not in r.rows:
            r._plead(f, key, RowKind.RELIEF, shorten(item.text), item.category, facets, item.source)


def on_response(r: Replay, f: DocketFiling, status: Status) -> None:
    motion = r.find_motion(f)
    if motion is None:
        return
    r.note_hearing(motion, f)
    before = {Status.OPPOSED: {Status.MOTION_PENDING}, Status.REPLIED: PENDING - {Status.HEARD}}
    for row in r.active():
        if row.motion == motion.filing.filing_id and row.status in before[status]:
            if row.status == status:
                continue
            what = "opposes" if status == Status.OPPOSED else "replies on"
            r.step(
                row, status, f, title_source(f), f"{ecf_label(f)} {what} {ecf_label(motion.filing)}"
            )


def on_withdrawal(r: Replay, f: DocketFiling) -> None:
    motion = r.find_motion(f, fallback=False)
    if motion is None:
        return
    motion.decided = True
    for row in r.active():
        if row.motion == motion.filing.filing_id and row.status in PENDING:
            r.step(
                row, Status.WITHDRAWN, f, title_source(f), f"{ecf_label(motion.filing)} withdrawn"
            )


def _appellant(f: DocketFiling) -> tuple[str | None, Source]:
    """Who appeals ("defendants" / "plaintiffs"), from the title or the "hereby appeal"
    sentence, and the sentence that says so."""
    title = f.title or ""
    if match.DEFENDANT_SIDE_RE.search(title):
        return "defendants", title_source(f)
    if match.PLAINTIFF_SIDE_RE.search(title):
        return "plaintiffs", title_source(f)
    for page in f.pages[:2]:
        m = match.APPELLANT_RE.search(page.text)
        if m:
            side = "defendants" if match.DEFENDANT_SIDE_RE.search(m.group("who")) else "plaintiffs"
            return side, Source(page.number, m.group(0), m.start(), m.end())
    return None, title_source(f)


def _last_decision(row: RowState) -> Status | None:
    decisions = DECIDED | {Status.FINAL}
    return next((s.status for s in reversed(row.steps) if s.status in decisions), None)


# What each side appeals from: defendants the relief granted, plaintiffs the relief refused.
APPEALED_BY = {
    "defendants": frozenset({Status.GRANTED, Status.GRANTED_IN_PART, Status.FINAL}),
    "plaintiffs": frozenset(
        {Status.DENIED, Status.GRANTED_IN_PART, Status.DISMISSED, Status.MOOT, Status.FINAL}
    ),
}


def on_appeal(r: Replay, f: DocketFiling) -> None:
    who, source = _appellant(f)
    refs = set(match.ecf_refs(f.title) + match.ecf_refs(source.text))
    keys: set[str] = set()
    for order_id, decided in r.order_rows.items():
        if _entry_of(r, order_id) in refs:
            keys |= decided
    # A row an aide must still read stays NEEDS_REVIEW: the appeal does not settle it.
    appealable = (DECIDED - {Status.NEEDS_REVIEW}) | {Status.FINAL}
    if not keys:  # no order named: the appeal reaches every decided row
        keys = {row.key for row in r.active() if row.status in appealable}
    by = f" by {who}" if who else ""
    for key in sorted(keys):
        row = r.rows[key]
        if row.superseded or row.status not in appealable:
            continue
        if who is not None and _last_decision(row) not in APPEALED_BY[who]:
            continue
        r.step(row, Status.APPEALED, f, source, f"{ecf_label(f)}: notice of appeal{by}")


def _entry_of(r: Replay, filing_id: int) -> int | None:
    return r.filings[filing_id].docket_entry if filing_id in r.filings else None
