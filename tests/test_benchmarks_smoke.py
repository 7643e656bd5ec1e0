"""The benchmark runner end to end at its smallest size: it runs and reports every section.

Timing is never asserted (STYLE.md §9): the runner's numbers live in docs/benchmarks.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RUNNER = REPO / "benchmarks" / "run.py"


@pytest.mark.slow
def test_smallest_run_prints_and_saves_json_with_every_section(tmp_path: Path) -> None:
    results = tmp_path / "latest.json"
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--pages", "20", "--runs", "1",
         "--corpus-root", str(tmp_path / "corpus"), "--results", str(results),
         "--board-filings", ""],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert json.loads(results.read_text()) == printed
    assert "goals:" in done.stderr, "the table goes to stderr"

    assert printed["corpus"]["pages"] >= 20
    files = printed["corpus"]["filings"]
    ingest = printed["ingest"]
    assert set(ingest["casetracker"]) == set(ingest["bare_pypdf"]) == {"1", "2"}
    for run in ingest["casetracker"].values():
        assert (run["new"], run["failed"]) == (files, 0), "every generated filing ingested"
        assert run["pages_per_s"] > 0 and run["max_process_rss_mib"] > 0
        assert run["cpu_ms_per_page"] > 0
    assert set(ingest["ratio_vs_bare_2proc"]) == {"1", "2"}
    assert ingest["baseline_parallel_speedup"] > 0 and ingest["cpu_ratio_bare_over_ours"] > 0
    assert ingest["rerun"]["unchanged"] == files and ingest["rerun"]["new"] == 0
    assert [r["pages"] for r in ingest["rss_by_size"]][-1] == printed["corpus"]["pages"]

    search = printed["search"]
    assert search["cli_hits"] > 0, "the CLI query finds pages in the generated corpus"
    for key in ("in_process_median_ms", "in_process_p95_ms", "cli_median_ms", "cli_ratio"):
        assert search[key] > 0

    tui = printed["tui"]
    assert "error" not in tui, tui
    assert tui["first_board_paint_s"] > 0 and tui["search_keystroke_s"] > 0

    names = {g["goal"] for g in printed["goals"]}
    assert {"ingest vs bare 2-process pypdf", "CLI search vs bare Whoosh"} <= names


def test_unknown_section_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--only", "ingest,nonsense",
         "--corpus-root", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 2
    assert "nonsense" in done.stderr
    assert not list(tmp_path.iterdir()), "nothing generated before the options are checked"
