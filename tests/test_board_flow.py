"""The board end to end: the sample docket ingested in filing order, one step at a time.

A folder is filled the way an aide's inbox fills (complaint, motion, opposition, reply, order,
amended complaint, notice of appeal), ingested after each step, and the board, the digest and
the States view are checked as each paper lands. The other tests re-ingest after an aide's
override, and after a file leaves the inbox.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from casetracker.board import Board, Digest, StateStatus, Status, digest_text
from casetracker.cli import cli
from casetracker.tracker import Tracker
from tests.conftest import FILINGS

# Each step: its name, the day the aide looks at the board (the last paper's filed date),
# and the files that arrived since the step before, in filing order.
STEPS: list[tuple[str, dt.date, tuple[str, ...]]] = [
    ("complaint", dt.date(2025, 7, 1), ("ecf-001-complaint.pdf",)),
    (
        "motion",
        dt.date(2025, 7, 2),
        (
            "ecf-014-notice-of-motion-pi.pdf",
            "ecf-014-1-declaration-medicaid-official.pdf",
            "ecf-014-2-proposed-order-pi.pdf",
        ),
    ),
    (
        "opposition",
        dt.date(2025, 7, 16),
        (
            "ecf-019-clerks-notice-resetting-cmc.pdf",
            "ecf-030-stipulation-briefing-schedule.pdf",
            "ecf-033-order-granting-stipulation.pdf",
            "ecf-044-opposition-pi.pdf",
        ),
    ),
    (
        "reply",
        dt.date(2025, 7, 23),
        ("amicus-brief-ecf-049-1-patient-privacy-coalition.pdf", "ecf-056-reply-pi.pdf"),
    ),
    (
        "order",
        dt.date(2025, 8, 12),
        (
            "ecf-089-minute-entry-pi-hearing.pdf",
            "ecf-092-order-supplemental-briefing.pdf",
            "ecf-098-order-granting-in-part-pi.pdf",
        ),
    ),
    (
        "amended",
        dt.date(2025, 8, 27),
        ("ecf-103-letter-interim-compliance.pdf", "ecf-108-first-amended-complaint.pdf"),
    ),
    (
        "appeal",
        dt.date(2025, 10, 10),
        ("ecf-124-case-management-scheduling-order.pdf", "ecf-127-notice-of-appeal.pdf"),
    ),
]

CLAIMS = tuple(f"claim:{n}" for n in range(1, 6))
MOVED_BY_MOTION = (*CLAIMS, "relief:injunction-sharing", "relief:injunction-use")
MOVED_BY_MOTION += ("relief:impoundment",)  # ECF 14 asks to sequester the data
NOT_IN_MOTION = ("relief:declaratory", "relief:vacatur", "relief:destruction", "relief:fees")


@dataclass(frozen=True, slots=True)
class Seen:
    """What the aide sees after one step."""

    board: Board
    digest: Digest
    states: list[StateStatus]
    ecf: dict[int, str]  # filing_id -> "98"

    def status(self, key: str) -> Status:
        row = self.board.row(key)
        assert row is not None, key
        return row.derived

    def last_ecf(self, key: str) -> int | None:
        row = self.board.row(key)
        assert row is not None and row.history, key
        return row.history[-1].docket_entry


def _need_filings() -> None:
    if not any(FILINGS.glob("*.pdf")):
        pytest.skip("filings/ has no sample PDFs (run tools/make_filings.py)")


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Seen]:
    _need_filings()
    base = tmp_path_factory.mktemp("flow")
    inbox = base / "inbox"
    inbox.mkdir()
    seen: dict[str, Seen] = {}
    with Tracker.open(base / "home") as t:
        for name, today, files in STEPS:
            for f in files:
                shutil.copy2(FILINGS / f, inbox / f)
            summary = t.ingest([inbox], workers=0)
            assert summary.counts()["new"] == len(files), name
            seen[name] = Seen(
                t.board(today=today),
                t.digest(today=today),
                t.states(),
                {f.filing_id: f.entry_label for f in t.docket_filings()},
            )
    return seen


# --- the board, step by step --------------------------------------------------------------


def test_the_complaint_puts_each_claim_and_each_demand_on_the_board_as_sought(
    steps: dict[str, Seen],
) -> None:
    s = steps["complaint"]
    keys = [r.key for r in s.board.rows]
    assert keys[:5] == list(CLAIMS)
    assert {*MOVED_BY_MOTION, *NOT_IN_MOTION} == set(keys)
    assert all(r.derived is Status.SOUGHT for r in s.board.rows)
    assert all(len(r.states) == 20 and "WI" not in r.states for r in s.board.rows)
    assert s.ecf[s.board.operative_complaint or 0] == "1"


def test_the_motion_moves_only_the_rows_it_asks_for(steps: dict[str, Seen]) -> None:
    s = steps["motion"]
    assert {k: s.status(k) for k in MOVED_BY_MOTION} == dict.fromkeys(
        MOVED_BY_MOTION, Status.MOTION_PENDING
    )
    assert {k: s.status(k) for k in NOT_IN_MOTION} == dict.fromkeys(NOT_IN_MOTION, Status.SOUGHT)
    row = s.board.row("relief:impoundment")
    assert row is not None and row.next_deadline is not None
    # The hearing the notice of motion sets is what comes next.
    assert (row.next_deadline.date, row.next_deadline.kind) == (dt.date(2025, 8, 7), "hearing")
    assert s.ecf[row.next_deadline_filing or 0] == "14"


@pytest.mark.parametrize(
    ("step", "status", "ecf"),
    [
        ("opposition", Status.OPPOSED, 44),
        ("reply", Status.REPLIED, 56),
    ],
)
def test_briefing_moves_the_motion_rows_and_names_the_paper(
    steps: dict[str, Seen], step: str, status: Status, ecf: int
) -> None:
    s = steps[step]
    for key in MOVED_BY_MOTION:
        assert (s.status(key), s.last_ecf(key)) == (status, ecf), key
    assert all(s.status(k) is Status.SOUGHT for k in NOT_IN_MOTION)


def test_the_order_grants_in_part_and_denies_impoundment_and_destruction(
    steps: dict[str, Seen],
) -> None:
    s = steps["order"]
    assert s.status("relief:injunction-use") is Status.GRANTED
    assert s.status("relief:injunction-sharing") is Status.GRANTED_IN_PART
    for key in ("relief:impoundment", "relief:destruction"):
        row = s.board.row(key)
        assert row is not None and row.derived is Status.DENIED
        step = row.history[-1]
        assert (step.docket_entry, step.source.page) == (98, 10)
    # The PI decided no claim: the counts stay where the hearing left them.
    assert all(s.status(k) is Status.HEARD for k in CLAIMS)
    use = s.board.row("relief:injunction-use")
    assert use is not None and use.next_deadline is not None
    assert (use.next_deadline.date, use.next_deadline.kind) == (dt.date(2025, 8, 19), "compliance")


def test_the_amended_complaint_supersedes_the_first_and_wisconsin_seeks_every_row(
    steps: dict[str, Seen],
) -> None:
    before, s = steps["order"], steps["amended"]
    fac = s.board.operative_complaint
    assert fac is not None and s.ecf[fac] == "108"
    assert [r.key for r in s.board.rows] == [r.key for r in before.board.rows]
    for row in s.board.rows:
        assert row.demanded_in == fac, row.key
        assert len(row.states) == 21 and "WI" in row.states, row.key
        # What the court already decided survives the amendment.
        assert row.derived == before.status(row.key), row.key


def test_wisconsin_joins_at_ecf_108_in_the_states_view(steps: dict[str, Seen]) -> None:
    assert "WI" not in {st.code for st in steps["order"].states}
    states = {st.code: st for st in steps["amended"].states}
    assert len(states) == 21 and all(st.is_plaintiff for st in states.values())
    assert (states["WI"].joined_entry, states["WI"].joined_on) == (108, dt.date(2025, 8, 27))
    assert states["CA"].joined_entry == 1


def test_the_notice_of_appeal_reaches_only_what_went_against_the_appellants(
    steps: dict[str, Seen],
) -> None:
    s = steps["appeal"]
    for key in ("relief:injunction-sharing", "relief:injunction-use"):
        assert (s.status(key), s.last_ecf(key)) == (Status.APPEALED, 127), key
    # Defendants do not appeal the denials they won.
    for key in ("relief:impoundment", "relief:destruction"):
        assert (s.status(key), s.last_ecf(key)) == (Status.DENIED, 98), key


def test_the_digest_after_the_order_lists_its_papers_changes_and_deadlines(
    steps: dict[str, Seen],
) -> None:
    d = steps["order"].digest
    assert [f.label for f in d.new_filings] == ["89", "92", "98"]
    changes = {c.key: c for c in d.status_changes}
    assert changes["relief:injunction-use"].after is Status.GRANTED
    assert changes["relief:impoundment"].after is Status.DENIED
    assert changes["relief:impoundment"].before is not None  # a known row that moved
    assert changes["relief:impoundment"].docket_entry == 98
    added = {(x.docket_entry, x.deadline.date, str(x.deadline.kind)) for x in d.deadlines_added}
    assert (98, dt.date(2025, 8, 19), "compliance") in added
    assert (92, dt.date(2025, 8, 11), "filing") in added  # "within 2 days" runs past a Sunday
    assert all(x.docket_entry in (89, 92, 98) for x in d.deadlines_added)
    text = digest_text(d)
    assert "New filings:" in text and "relief:impoundment" in text


# --- overrides and re-ingestion -------------------------------------------------------------


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample filing ingested from a folder of copies; returns that folder's parent."""
    _need_filings()
    base = tmp_path_factory.mktemp("full")
    shutil.copytree(FILINGS, base / "inbox", ignore=shutil.ignore_patterns("*.md"))
    with Tracker.open(base / "home") as t:
        t.ingest([base / "inbox"], workers=2)
    return base


@pytest.fixture
def mine(full: Path, tmp_path: Path) -> Path:
    """A copy of the ingested home and its inbox, the inbox ingested from its new place."""
    shutil.copytree(full / "home", tmp_path / "home")
    shutil.copytree(full / "inbox", tmp_path / "inbox")
    with Tracker.open(tmp_path / "home") as t:
        summary = t.ingest([tmp_path / "inbox"], workers=0)
    assert summary.counts()["new"] == 0  # same files: recognised, not read again
    return tmp_path


def test_an_override_survives_reingesting_a_changed_order(mine: Path) -> None:
    key = "relief:injunction-use"
    with Tracker.open(mine / "home") as t:
        t.set_status(key, "stayed", note="9th Cir. administrative stay", author="aide1")
        order = mine / "inbox" / "ecf-098-order-granting-in-part-pi.pdf"
        with order.open("ab") as f:
            f.write(b"\n% re-downloaded from PACER\n")  # new checksum, same document
        summary = t.ingest([mine / "inbox"], workers=0)
        assert [o.status for o in summary.outcomes if o.path == str(order)] == ["updated"]
        row = t.board(today=dt.date(2026, 8, 1)).row(key)
    assert row is not None and row.manual is not None
    assert (row.status, row.derived, row.is_disputed) == (
        Status.STAYED,
        Status.GRANTED_IN_PART,
        True,
    )
    assert row.manual.note == "9th Cir. administrative stay" and row.manual.author == "aide1"
    assert any(step.docket_entry == 98 for step in row.history)  # the re-read order still counts
    out = CliRunner(env={"COLUMNS": "220"}).invoke(
        cli, ["--home", str(mine / "home"), "board", "--today", "2026-08-01"]
    )
    assert out.exit_code == 0 and "granted in part (aide: stayed)" in out.output


# --- a filing leaving the inbox ------------------------------------------------------------


GAPS_INBOX = (
    "ecf-001-complaint.pdf",
    "ecf-014-notice-of-motion-pi.pdf",
    "ecf-014-1-declaration-medicaid-official.pdf",
    "ecf-044-opposition-pi.pdf",
    "ecf-056-reply-pi.pdf",
)


def test_a_filing_removed_from_the_inbox_becomes_a_gap_but_keeps_its_board_step(
    tmp_path: Path,
) -> None:
    _need_filings()
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    inbox.mkdir()
    for f in GAPS_INBOX:
        shutil.copy2(FILINGS / f, inbox / f)

    def gaps() -> tuple[list[str], list[str]]:
        with Tracker.open(home) as t:
            view = t.docket(gaps=True)
        return [line.label for line in view.lines], view.gap_ranges

    with Tracker.open(home) as t:
        t.ingest([inbox], workers=0)
    assert gaps() == (["1", "14", "44", "56"], ["2-13", "15-43", "45-55"])

    (inbox / "ecf-044-opposition-pi.pdf").unlink()
    with Tracker.open(home) as t:
        t.ingest([inbox], workers=0)
        row = t.board(today=dt.date(2025, 7, 23)).row("relief:impoundment")
    assert gaps() == (["1", "14", "56"], ["2-13", "15-55"])
    # The database keeps the opposition: the board still shows it was filed.
    assert row is not None and 44 in [s.docket_entry for s in row.history]
    result = CliRunner().invoke(cli, ["--home", str(home), "docket", "--gaps"])
    assert result.exit_code == 0 and "Missing entries: 2-13, 15-55" in result.output

    # Put back (same bytes), it is in the inbox again without being read anew.
    shutil.copy2(FILINGS / "ecf-044-opposition-pi.pdf", inbox / "ecf-044-opposition-pi.pdf")
    with Tracker.open(home) as t:
        summary = t.ingest([inbox], workers=0)
    assert summary.counts()["new"] == 0
    assert gaps()[0] == ["1", "14", "44", "56"]
