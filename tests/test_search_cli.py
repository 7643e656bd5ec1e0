"""`casetracker search` / `check` through click, over a real index in a tmp home."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from casetracker.cli import cli
from casetracker.config import Paths
from casetracker.fulltext import PageDoc, PageIndex
from casetracker.store import Store


def doc(filing_id: int, number: int, text: str, ecf: int, filed: dt.date, kind: str) -> PageDoc:
    return PageDoc(
        f"{filing_id}:{number}", filing_id, "3:25-cv-05536-VC", "cand", ecf, None, number,
        filed, kind, f"TITLE OF ECF {ecf}", (), ("CA",), text, f"{filing_id:064x}",
    )  # fmt: skip


@pytest.fixture
def home(tmp_path: Path) -> Path:
    # An empty database beside the index: search needs a home that ingest made, and the
    # pages here are then orphans of the index (see the check test).
    Store(Paths(tmp_path).db).close()
    with PageIndex.open(Paths(tmp_path).index) as ix:
        ix.replace_many(
            {
                1: [doc(1, 1, "The States ask that the data be impounded.", 1,
                        dt.date(2025, 7, 1), "complaint")],
                2: [doc(2, 1, "Nothing about that here.", 44, dt.date(2025, 7, 8), "motion"),
                    doc(2, 2, "Impoundment is premature, the agencies argue.", 44,
                        dt.date(2025, 7, 8), "motion")],
            }
        )  # fmt: skip
    return tmp_path


def run(home: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


def test_search_json_groups_pages_by_filing(home: Path) -> None:
    code, out, _ = run(home, "search", "impound", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["total_pages"] == 2
    assert {f["docket_entry"] for f in data["filings"]} == {1, 44}
    motion = next(f for f in data["filings"] if f["docket_entry"] == 44)
    assert motion["filed"] == "2025-07-08" and [p["page"] for p in motion["pages"]] == [2]
    (start, end), *_ = motion["pages"][0]["highlights"]
    assert motion["pages"][0]["snippet"][start:end] == "Impoundment"


def test_search_sort_date_and_limit(home: Path) -> None:
    code, out, _ = run(home, "search", "impound", "--sort", "date", "--limit", "1", "--json")
    assert code == 0 and [f["docket_entry"] for f in json.loads(out)["filings"]] == [44]


def test_plain_output_marks_matches_and_page_numbers(home: Path) -> None:
    code, out, _ = run(home, "search", "impounded")
    assert code == 0
    assert "ECF 1" in out and "p.1: The States ask that the data be [impounded]." in out


def test_nothing_found_prints_did_you_mean(home: Path) -> None:
    code, out, _ = run(home, "search", "impondment")
    assert code == 0 and 'Did you mean: "impoundment"?' in out


def test_bad_query_is_one_line_on_stderr_and_exit_2(home: Path) -> None:
    code, out, err = run(home, "search", "filed:2025-13-45")
    assert code == 2 and out == ""
    assert err.startswith("casetracker: bad query: filed:2025-13-45") and err.count("\n") == 1


def test_search_without_a_query_is_bad_usage(home: Path) -> None:
    code, _, err = run(home, "search")
    assert code == 2 and "give a query" in err


def test_check_reports_orphans_and_repair_removes_them(home: Path) -> None:
    code, out, _ = run(home, "check")  # an empty database: both indexed filings are orphans
    assert code == 1 and "2 orphan filing(s)" in out
    code, out, _ = run(home, "check", "--repair")
    assert code == 0 and "repaired 2" in out
    code, out, _ = run(home, "check", "--json")
    assert code == 0 and json.loads(out)["is_clean"] is True


def test_every_search_command_has_help_with_an_example() -> None:
    for name in ("search", "reindex", "check"):
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.stdout


HEAVY = ["textual", "pdfplumber", "pypdf", "pypdfium2", "reportlab"]

SEARCH_IN_A_FRESH_INTERPRETER = """
import json, sys
from casetracker.cli import cli
try:
    cli(["--home", sys.argv[1], "search", "impound", "--json"], standalone_mode=False)
finally:
    heavy = [m for m in {heavy!r} if m in sys.modules]
    print("LOADED", json.dumps(heavy))
"""


def test_search_command_loads_no_pdf_or_tui_libraries(home: Path) -> None:
    script = textwrap.dedent(SEARCH_IN_A_FRESH_INTERPRETER.format(heavy=HEAVY))
    done = subprocess.run(
        [sys.executable, "-c", script, str(home)], capture_output=True, text=True, check=True
    )
    assert '"total_pages": 2' in done.stdout  # the search really ran
    assert "LOADED []" in done.stdout, done.stdout.splitlines()[-1]
