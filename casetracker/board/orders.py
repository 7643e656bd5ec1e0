"""What an order (or a judgment) does to the rows: the dispositions it states, nothing more.

Dispositions are tied to rows by category and facet; an order granting "in part" leaves the
rows it does not name NEEDS_REVIEW. With the pages at hand, a decree that points back at its
paragraph ("The request for this relief is GRANTED.") is read with that paragraph, and a
"GRANTED in all other respects" settles the rest of the motion.
"""

from __future__ import annotations

import re

from casetracker.board import match
from casetracker.board.model import PENDING, DocketFiling, RowKind, Status
from casetracker.board.replay import (
    BY_DISPOSITION,
    INJUNCTIVE,
    MotionState,
    Replay,
    RowState,
    ecf_label,
    shorten,
    title_source,
)
from casetracker.models import Disposition, Relief, ReliefKind, Source


def _matching_text(f: DocketFiling, item: Relief) -> str:
    """An item's text, with the paragraph it points back to ("The request for this relief is
    GRANTED.") when the pages are at hand and the item alone names nothing."""
    if match.facets_of(item.text, item.category) or item.category not in INJUNCTIVE:
        return item.text
    page = next((p for p in f.pages if p.number == item.source.page), None)
    if page is None or item.source.start is None:
        return item.text
    return match.paragraph_before(page.text, item.source.start) + " " + item.text


def _rest_of_motion(f: DocketFiling, items: list[Relief]) -> tuple[str, Source] | None:
    """ "granted"/"denied" with its sentence, when the order decides the rest in one phrase."""
    for source, sentence in _order_sentences(f, items):
        verb = match.other_respects(sentence)
        if verb:
            return verb, source
    return None


def on_order(r: Replay, f: DocketFiling) -> None:
    title = f.title or ""
    housekeeping = match.is_housekeeping(title)
    # A scheduling or stipulation order decides no relief, whatever its text seems to grant.
    items = [] if housekeeping else [x for x in f.facts.relief if x.disposition is not None]
    overall = None if housekeeping else match.overall_disposition(title)
    express: dict[str, list[Relief]] = {}
    for item in items:
        rows, specific = r.rows_for(_matching_text(f, item), item.category, generic_ok=False)
        for row in rows:
            express.setdefault(row.key, []).append(item)
        if not rows and not specific and overall is None:
            overall = item.disposition  # "The motion is GRANTED IN PART" decides the whole
    if overall is None and not express:
        motion = r.find_motion(f, fallback=bool(match.MINUTES_RE.search(title)))
        if motion is not None and match.MINUTES_RE.search(title):
            _heard_by_minutes(r, f, motion)
        elif motion is not None:
            r.note_hearing(motion, f)
        return
    fallback = "motion" in title.lower() and not housekeeping
    motion = r.find_motion(f, " ".join(x.text for x in items), fallback=fallback)
    if motion is not None and motion.kind == "dismiss":
        _decide_dismissal(r, f, motion, overall, items)
        return
    if motion is not None and motion.kind == "stay":
        _decide_stay(r, f, motion, overall)
        return
    rest = _rest_of_motion(f, items)
    targets = [k for k in r.rows if k in express or (motion and k in motion.rows)]
    decided: set[str] = set()
    for key in targets:
        row = r.rows[key]
        if row.superseded or row.kind != RowKind.RELIEF:
            continue
        if key in express:
            status = _express_status(row, express[key], rest[0] if rest else None)
            first = express[key][0]
            note = f"{ecf_label(f)}: {first.disposition}: {shorten(first.text, 70)}"
            r.step(row, status, f, first.source, note)
        elif rest is not None:
            status = Status.GRANTED if rest[0] == "granted" else Status.DENIED
            r.step(row, status, f, rest[1], f"{ecf_label(f)}: {rest[0]} in all other respects")
        else:
            by_overall = BY_DISPOSITION.get(overall) if overall else None
            if by_overall is None or by_overall == Status.GRANTED_IN_PART:
                # Never guess: the order decides the motion in part without naming this item.
                note = f"{ecf_label(f)} decides the motion in part; this item is not named"
                r.step(row, Status.NEEDS_REVIEW, f, title_source(f), note)
            else:
                r.step(row, by_overall, f, title_source(f), f"{ecf_label(f)}: {shorten(title, 70)}")
        decided.add(key)
    if motion is not None:
        motion.decided = True
        claims = [r.rows[k] for k in motion.rows if r.rows[k].kind == RowKind.CLAIM]
    else:
        claims = r.active(RowKind.CLAIM) if express else []
    outcome = _outcome(overall, [r.rows[k].status for k in decided])
    decided |= _relied_claims(r, f, claims, items, outcome)
    r.order_rows[f.filing_id] = decided


def _express_status(row: RowState, items: list[Relief], rest: str | None) -> Status:
    dispositions = {x.disposition for x in items}
    if dispositions == {Disposition.VACATED}:
        # The court vacated something: the policy (a vacatur row's relief) or an earlier order.
        return Status.GRANTED if row.category == ReliefKind.VACATUR else Status.NEEDS_REVIEW
    if dispositions == {Disposition.DENIED} and all(
        match.PARTIAL_DENIAL_RE.search(x.text) for x in items
    ):
        # "DENIED to the extent it seeks ..." settles only that part; the rest of the row
        # follows an "in all other respects" sentence, else an aide must read it.
        return {"granted": Status.GRANTED_IN_PART, "denied": Status.DENIED}.get(
            rest or "", Status.NEEDS_REVIEW
        )
    statuses = {BY_DISPOSITION[d] for d in dispositions if d in BY_DISPOSITION}
    if len(statuses) == 1:
        return statuses.pop()
    if statuses & {Status.GRANTED, Status.GRANTED_IN_PART}:
        return Status.GRANTED_IN_PART  # granted as to one part, denied as to another
    return Status.NEEDS_REVIEW


def _outcome(overall: Disposition | None, statuses: list[Status]) -> Status:
    if overall in BY_DISPOSITION:
        return BY_DISPOSITION[overall]
    if statuses and all(s == Status.GRANTED for s in statuses):
        return Status.GRANTED
    if any(s in (Status.GRANTED, Status.GRANTED_IN_PART) for s in statuses):
        return Status.GRANTED_IN_PART
    return Status.NEEDS_REVIEW


def _order_sentences(f: DocketFiling, items: list[Relief]) -> list[tuple[Source, str]]:
    """Each sentence of an order's pages (when given) and of its dispositions."""
    out: list[tuple[Source, str]] = []
    for page in f.pages:
        for start, end, sentence in match.sentences(page.text):
            out.append((Source(page.number, sentence, start, end), sentence))
    for item in items:
        out.append((item.source, item.text))
    return out


def _names_claim(row: RowState, sentence: str) -> bool:
    return bool(row.themes & match.claim_themes(sentence)) or (
        row.number is not None and row.number in match.count_numbers(sentence)
    )


def _relied_claims(
    r: Replay, f: DocketFiling, claims: list[RowState], items: list[Relief], outcome: Status
) -> set[str]:
    """Counts the order says the States are (or are not) likely to succeed on."""
    moved: set[str] = set()
    sentences = [(s, t) for s, t in _order_sentences(f, items) if match.SUCCESS_RE.search(t)]
    for row in claims:
        for source, sentence in sentences:
            if not _names_claim(row, sentence):
                continue
            if match.NOT_SUCCESS_RE.search(sentence):
                r.step(
                    row, Status.DENIED, f, source, f"{ecf_label(f)}: not likely to succeed on it"
                )
            else:
                r.step(row, outcome, f, source, f"{ecf_label(f)} relies on this claim")
            moved.add(row.key)
            break
    return moved


def _decide_dismissal(
    r: Replay,
    f: DocketFiling,
    motion: MotionState,
    overall: Disposition | None,
    items: list[Relief],
) -> None:
    motion.decided = True
    said: dict[str, tuple[Status, Source]] = {}
    for source, sentence in _order_sentences(f, items):
        if not match.DISMISS_RE.search(sentence):
            continue
        survives = bool(match.DENY_RE.search(sentence) or re.search(r"surviv", sentence, re.I))
        for key in motion.rows:
            row = r.rows[key]
            if key not in said and _names_claim(row, sentence):
                said[key] = (Status.SOUGHT if survives else Status.DISMISSED, source)
    by_overall = {
        Disposition.GRANTED: Status.DISMISSED,
        Disposition.DENIED: Status.SOUGHT,
        Disposition.MOOT: Status.SOUGHT,
    }
    decided: set[str] = set()
    for key in sorted(motion.rows):
        row = r.rows[key]
        if row.superseded:
            continue
        if key in said:
            status, source = said[key]
        else:
            status = (
                by_overall.get(overall, Status.NEEDS_REVIEW) if overall else Status.NEEDS_REVIEW
            )
            source = title_source(f)
        note = "claim proceeds" if status == Status.SOUGHT else "motion to dismiss"
        r.step(row, status, f, source, f"{ecf_label(f)}: {note}")
        decided.add(key)
    r.order_rows[f.filing_id] = decided


def _decide_stay(
    r: Replay, f: DocketFiling, motion: MotionState, overall: Disposition | None
) -> None:
    motion.decided = True
    if overall not in (Disposition.GRANTED, Disposition.GRANTED_IN_PART, Disposition.STAYED):
        return  # a denied stay leaves the relief in force
    status = Status.NEEDS_REVIEW if overall == Disposition.GRANTED_IN_PART else Status.STAYED
    decided = set()
    for key in sorted(motion.rows):
        row = r.rows[key]
        if not row.superseded:
            r.step(row, status, f, title_source(f), f"{ecf_label(f)}: stay of relief granted")
            decided.add(key)
    r.order_rows[f.filing_id] = decided


def _heard_by_minutes(r: Replay, f: DocketFiling, motion: MotionState) -> None:
    motion.hearing = None
    for row in r.active():
        if row.motion == motion.filing.filing_id and row.status in PENDING - {Status.HEARD}:
            r.step(row, Status.HEARD, f, title_source(f), f"{ecf_label(f)}: minutes of the hearing")
