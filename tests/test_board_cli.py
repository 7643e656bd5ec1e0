"""The board commands (board, digest, note, set-status, states, docket) on the sample docket."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from casetracker.cli import cli
from casetracker.tracker import Tracker
from tests.conftest import FILINGS, REPO

BOARD_COMMANDS = ("board", "digest", "note", "set-status", "states", "docket")
TODAY = "2026-08-01"  # after every sample filing, before nothing in particular


@pytest.fixture(scope="module")
def docket_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 26 sample filings ingested, then a second run that changes nothing."""
    if not any(FILINGS.glob("*.pdf")):
        pytest.skip("filings/ has no sample PDFs (run tools/make_filings.py)")
    home = tmp_path_factory.mktemp("boardcli") / "home"
    with Tracker.open(home) as t:
        t.ingest([FILINGS], workers=2)
        t.ingest([FILINGS], workers=2)
    return home


@pytest.fixture
def own_home(docket_home: Path, tmp_path: Path) -> Path:
    """A copy for tests that write overrides."""
    return Path(shutil.copytree(docket_home, tmp_path / "home"))


def run(home: Path, *args: str) -> Result:
    # Wide enough that rich does not wrap the cells the tests look for.
    return CliRunner(env={"COLUMNS": "220"}).invoke(cli, ["--home", str(home), *args])


def ok(home: Path, *args: str) -> str:
    result = run(home, *args)
    assert result.exit_code == 0, result.output + result.stderr
    return result.output


def as_json(home: Path, *args: str) -> Any:
    return json.loads(ok(home, *args, "--json"))


def rows_by_key(home: Path) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in as_json(home, "board", "--today", TODAY)["rows"]}


# --- board ------------------------------------------------------------------------------


def test_board_json_carries_every_step_with_its_ecf_page_and_sentence(docket_home: Path) -> None:
    board = as_json(docket_home, "board", "--today", TODAY)
    assert board["case_number"] == "3:25-cv-05536-VC"
    assert board["operative_complaint_ecf"] == "108"
    rows = {r["key"]: r for r in board["rows"]}
    assert {"claim:1", "relief:impoundment", "relief:destruction"} <= rows.keys()
    destruction = rows["relief:destruction"]
    assert destruction["status"] == destruction["derived"] == "denied"
    assert destruction["state_count"] == len(destruction["states"]) == 21
    denial = destruction["history"][-1]
    assert (denial["status"], denial["ecf"], denial["page"]) == ("denied", 98, 10)
    assert "destroy" in denial["text"]
    for row in rows.values():
        assert row["history"], row["key"]
        assert all(step["text"] and step["filed"] for step in row["history"]), row["key"]


def test_board_json_names_the_filing_of_the_next_deadline(docket_home: Path) -> None:
    sharing = rows_by_key(docket_home)["relief:injunction-sharing"]
    deadline = sharing["next_deadline"]
    assert deadline is not None and deadline["ecf"] == "98"
    assert deadline["page"] and deadline["text"]


def test_board_table_shows_status_states_last_move_and_next_deadline(docket_home: Path) -> None:
    out = ok(docket_home, "board", "--today", TODAY)
    assert "relief:impoundment" in out and "claim:5" in out
    assert "granted in part" in out and "21 States" in out
    assert "ECF 148:" in out  # the last move of the two injunction rows
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_board_case_filter_for_another_case_is_empty(docket_home: Path) -> None:
    board = as_json(docket_home, "board", "--case", "1:99-cv-00001")
    assert board["rows"] == []
    assert "board is empty" in ok(docket_home, "board", "--case", "1:99-cv-00001")


def test_board_row_prints_the_timeline_with_sources(docket_home: Path) -> None:
    out = ok(docket_home, "board", "--row", "relief:impoundment", "--today", TODAY)
    assert "Timeline" in out
    assert "ECF 1 p. 41" in out  # where it was first demanded
    assert "ECF 98 p. 10" in out and "denied" in out
    row = as_json(docket_home, "board", "--row", "relief:impoundment")
    assert row["key"] == "relief:impoundment"
    assert [s["ecf"] for s in row["history"]][:4] == [1, 14, 44, 56]


def test_unknown_row_is_a_one_line_usage_error(docket_home: Path) -> None:
    result = run(docket_home, "board", "--row", "relief:nothing")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "relief:nothing" in result.stderr


def test_board_on_a_home_without_database_says_to_ingest_first(tmp_path: Path) -> None:
    result = run(tmp_path / "empty", "board")
    assert result.exit_code == 1
    assert "casetracker ingest" in result.stderr
    assert not (tmp_path / "empty").exists()  # reading never creates a database


# --- overrides ----------------------------------------------------------------------------


def test_set_status_shows_the_aides_status_beside_the_derived_one(own_home: Path) -> None:
    out = ok(
        own_home, "set-status", "relief:injunction-use", "stayed",
        "--note", "stayed pending appeal", "--author", "aide1",
    )  # fmt: skip
    assert "stayed" in out and "granted_in_part" in out
    row = rows_by_key(own_home)["relief:injunction-use"]
    assert (row["status"], row["derived"], row["is_disputed"]) == (
        "stayed",
        "granted_in_part",
        True,
    )
    assert row["manual"]["author"] == "aide1" and row["manual"]["note"] == "stayed pending appeal"
    assert [o["status"] for o in row["overrides"]] == ["stayed"]
    assert "granted in part (aide: stayed)" in ok(own_home, "board", "--today", TODAY)


def test_set_status_accepts_the_spoken_form_of_a_status(own_home: Path) -> None:
    ok(own_home, "set-status", "relief:fees", "granted in part")
    assert rows_by_key(own_home)["relief:fees"]["status"] == "granted_in_part"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        # A status outside the vocabulary names the ones that exist.
        (("relief:fees", "won"), "unknown status"),
        # A row key the board does not have lists the keys it does.
        (("relief:nothing", "granted"), "no board row"),
    ],
)
def test_set_status_refuses_bad_input_with_exit_2(
    own_home: Path, args: tuple[str, str], needle: str
) -> None:
    result = run(own_home, "set-status", *args)
    assert result.exit_code == 2
    assert needle in result.stderr and result.stderr.count("\n") == 1
    assert all(r["manual"] is None for r in rows_by_key(own_home).values())


def test_note_is_kept_on_the_row_without_changing_its_status(own_home: Path) -> None:
    ok(own_home, "note", "relief:impoundment", "ask about the contractor copy", "--author", "a2")
    row = rows_by_key(own_home)["relief:impoundment"]
    assert row["manual"]["note"] == "ask about the contractor copy"
    assert row["manual"]["status"] is None and row["status"] == row["derived"]
    assert "ask about the contractor copy" in ok(own_home, "board", "--today", TODAY)
    assert run(own_home, "note", "claim:99", "x").exit_code == 2


# --- states, docket, digest -------------------------------------------------------------


def test_states_json_lists_wisconsin_joining_by_the_amended_complaint(docket_home: Path) -> None:
    states = {s["code"]: s for s in as_json(docket_home, "states")}
    assert len(states) == 21
    assert states["WI"]["joined"]["ecf"] == 108
    assert states["CA"]["joined"]["ecf"] == 1
    assert states["CA"]["counsel"] == "Attorney General of California"
    assert 98 in [o["ecf"] for o in states["CA"]["bound_by"]]
    assert "WI Wisconsin" in ok(docket_home, "states")


def test_docket_lists_attachments_under_their_entry(docket_home: Path) -> None:
    lines = as_json(docket_home, "docket")["lines"]
    by_ecf = {line["ecf"]: line for line in lines}
    assert [a["ecf"] for a in by_ecf["14"]["attachments"]] == ["14-1"]
    numbered = [line["docket_entry"] for line in lines if line["docket_entry"] is not None]
    assert numbered == sorted(numbered) and numbered[0] == 1 and numbered[-1] == 182


def test_docket_gaps_are_compact_ranges(docket_home: Path) -> None:
    data = as_json(docket_home, "docket", "--gaps")
    assert data["gap_ranges"][:3] == ["2-13", "15-18", "20-29"]
    out = ok(docket_home, "docket", "--gaps")
    assert "Missing entries: 2-13, 15-18, 20-29," in out


def test_digest_after_a_run_that_changed_nothing_says_nothing_new(docket_home: Path) -> None:
    # 2030: no sample deadline is due within the digest's window.
    assert ok(docket_home, "digest", "--today", "2030-01-01").splitlines()[-1] == "Nothing new."
    data = as_json(docket_home, "digest", "--today", "2030-01-01")
    assert data["new_filings"] == [] and data["status_changes"] == []


def test_digest_since_a_date_lists_what_arrived_after_it(docket_home: Path) -> None:
    data = as_json(docket_home, "digest", "--since", "2000-01-01", "--today", TODAY)
    labels = [f["label"] for f in data["new_filings"]]
    assert "98" in labels and "108" in labels
    assert data["since"] == "2000-01-01"
    md = ok(docket_home, "digest", "--since", "2000-01-01", "--markdown", "--today", TODAY)
    assert md.startswith("# Digest since 2000-01-01") and "## New filings" in md


def test_a_long_digest_is_cut_for_the_cron_mail_unless_all_is_asked(docket_home: Path) -> None:
    args = ("digest", "--since", "2000-01-01", "--today", TODAY)
    short, full = ok(docket_home, *args), ok(docket_home, *args, "--all")
    assert "more items: casetracker digest --all" in short
    assert "more items" not in full and len(full.splitlines()) > len(short.splitlines())
    assert "182 2026-07-14" in full  # the 26th new filing, past the cut


def test_digest_refuses_a_since_that_is_neither_a_date_nor_last_run(docket_home: Path) -> None:
    assert run(docket_home, "digest", "--since", "yesterday").exit_code == 2
    assert run(docket_home, "digest", "--since", "last-run", "--today", TODAY).exit_code == 0


# --- help and README --------------------------------------------------------------------


@pytest.mark.parametrize("name", BOARD_COMMANDS)
def test_each_board_command_has_help_with_an_example_and_a_readme_line(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Example: casetracker " + name in result.output
    assert f"`casetracker {name}" in (REPO / "README.md").read_text()
