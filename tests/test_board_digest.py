"""The digest: what changed between two runs, rendered for a terminal, markdown or JSON."""

from __future__ import annotations

import datetime as dt
import json

from casetracker.board import (
    Digest,
    DocketDeadline,
    FailedFile,
    Status,
    build_board,
    digest,
    digest_json,
    digest_markdown,
    digest_text,
    snapshot,
)
from casetracker.models import DeadlineKind
from tests.test_board import COMPLAINT, MOTION, OPPOSITION
from tests.test_board_factories import deadline

TODAY = dt.date(2025, 7, 25)
HEARING = DocketDeadline(2, 20, MOTION.facts.deadlines[0])
REPLY_DUE = DocketDeadline(
    2, 20, deadline("2025-07-29", DeadlineKind.REPLY, "Reply due July 29, 2025")
)
REPLY_DUE_LATER = DocketDeadline(
    2, 20, deadline("2025-08-01", DeadlineKind.REPLY, "Reply due  July 29, 2025")
)
FAILED = FailedFile("filings/ecf-41.pdf", "encrypted", "encrypted PDF, cannot read text")


def _digest() -> Digest:
    before = build_board([COMPLAINT, MOTION], today=TODAY)
    after = build_board([COMPLAINT, MOTION, OPPOSITION], today=TODAY)
    return digest(
        before, after, [OPPOSITION], [FAILED],
        deadlines_before=[HEARING, REPLY_DUE], deadlines_after=[HEARING, REPLY_DUE_LATER],
        today=TODAY, since=dt.date(2025, 7, 20),
    )  # fmt: skip


def test_digest_lists_new_filings_status_changes_moved_deadlines_and_failures() -> None:
    d = _digest()
    assert [f.label for f in d.new_filings] == ["40"]
    changes = {c.key: (c.before, c.after) for c in d.status_changes}
    assert changes["relief:injunction-use"] == (Status.MOTION_PENDING, Status.OPPOSED)
    assert "relief:vacatur" not in changes  # unchanged rows are not news
    assert d.deadlines_added == ()
    # Same filing, same sentence (spacing aside), new date: a move, not an addition.
    [move] = d.deadlines_moved
    assert (move.before.deadline.date, move.after.deadline.date) == (
        dt.date(2025, 7, 29), dt.date(2025, 8, 1)
    )  # fmt: skip
    # Within 14 days of July 25: the reply (Aug 1) and the hearing (Aug 7), soonest first.
    assert [x.deadline.kind for x in d.due_soon] == ["reply", "hearing"]
    assert d.failures == (FAILED,)


def test_first_run_reports_every_row_as_new_and_due_window_is_inclusive() -> None:
    after = build_board([COMPLAINT], today=TODAY)
    d = digest(None, after, deadlines_after=[HEARING], today=dt.date(2025, 7, 24))
    assert {c.before for c in d.status_changes} == {None}
    assert len(d.status_changes) == len(after.rows)
    assert [x.deadline.date for x in d.due_soon] == [dt.date(2025, 8, 7)]  # day 14 counts
    assert digest(None, after, deadlines_after=[HEARING], today=dt.date(2025, 7, 23)).due_soon == ()


def test_digest_renders_as_text_markdown_and_json() -> None:
    d = _digest()
    text = digest_text(d)
    assert text.splitlines()[0] == "Digest since 2025-07-20 (as of 2025-07-25)"
    assert "relief:injunction-use: motion_pending -> opposed" in text
    assert "filings/ecf-41.pdf: encrypted PDF, cannot read text (encrypted)" in text
    md = digest_markdown(d)
    assert "## Status changes" in md and "- 2025-07-29 -> 2025-08-01 reply" in md
    data = json.loads(json.dumps(digest_json(d)))
    assert data["new_filings"][0]["filed"] == "2025-07-22"
    assert data["deadlines_moved"][0]["after"]["deadline"]["date"] == "2025-08-01"


def test_a_quiet_night_says_nothing_new() -> None:
    b = build_board([COMPLAINT], today=TODAY)
    d = digest(b, b, today=TODAY)
    assert d.is_empty
    assert digest_text(d).splitlines()[-1] == "Nothing new."


def test_a_stored_snapshot_compares_like_the_board_it_came_from() -> None:
    before = build_board([COMPLAINT, MOTION], today=TODAY)
    after = build_board([COMPLAINT, MOTION, OPPOSITION], today=TODAY)
    stored = snapshot(before)
    assert stored["relief:injunction-use"] == "motion_pending"
    from_board = digest(before, after, today=TODAY).status_changes
    assert digest(stored, after, today=TODAY).status_changes == from_board
    # A status this build does not know (an older vocabulary) reads as "was something else".
    stored["relief:injunction-use"] = "argued"
    [change] = [
        c for c in digest(stored, after, today=TODAY).status_changes
        if c.key == "relief:injunction-use"
    ]  # fmt: skip
    assert change.before is None and change.after == Status.OPPOSED
