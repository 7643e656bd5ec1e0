"""What each kind of filing does to the board's rows while the docket is replayed."""

from __future__ import annotations

import re

from casetracker.board import match
from casetracker.board.model import DECIDED, PENDING, DocketFiling, RowKind, Status
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
from casetracker.board.states import is_complaint, is_main_document
from casetracker.models import Disposition, DocType, Relief, ReliefKind, Source

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
