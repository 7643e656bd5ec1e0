"""`casetracker deadlines` over the ingested sample docket: filters, formats, calendar export."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from casetracker.cli import cli
from casetracker.tracker import Tracker
from tests.conftest import FILINGS


@pytest.fixture(scope="module")
def docket_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(FILINGS.glob("*.pdf")):
        pytest.skip("filings/ has no sample PDFs")
    home = tmp_path_factory.mktemp("deadlines") / "home"
    with Tracker.open(home) as t:
        t.ingest([FILINGS], workers=2)
    return home


def deadlines(home: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--home", str(home), "deadlines", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.output


def test_json_lists_stated_dates_with_their_page_and_derived_ones_with_their_rule(
    docket_home: Path,
) -> None:
    rows = json.loads(deadlines(docket_home, "--json"))
    stated = [r for r in rows if r["origin"] == "stated"]
    derived = [r for r in rows if r["origin"] == "derived"]
    assert stated and derived
    assert all(r["ecf"] or r["source"] for r in stated)
    assert all(r["page"] for r in stated if r["ecf"])
    assert all(r["rule"] and r["computed"] for r in derived)
    # The PI hearing of ECF 14 is one line however many briefs repeat it in their captions.
    hearings = [r for r in rows if r["date"] == "2025-08-07" and r["kind"] == "hearing"]
    assert len(hearings) == 1 and hearings[0]["also"]


def test_every_shows_each_statement_of_a_date(docket_home: Path) -> None:
    collapsed = json.loads(deadlines(docket_home, "--json"))
    every = json.loads(deadlines(docket_home, "--json", "--every"))
    assert len(every) > len(collapsed)


def test_upcoming_window_keeps_only_dates_from_today_through_the_window(
    docket_home: Path,
) -> None:
    rows = json.loads(deadlines(docket_home, "--json", "--today", "2025-08-01", "--upcoming", "2w"))
    dates = [r["date"] for r in rows]
    assert dates and all("2025-08-01" <= d <= "2025-08-15" for d in dates)
    assert "2025-08-07" in dates


def test_overdue_keeps_only_past_dates(docket_home: Path) -> None:
    rows = json.loads(deadlines(docket_home, "--json", "--today", "2025-09-01", "--overdue"))
    assert rows and all(r["date"] < "2025-09-01" for r in rows)


def test_csv_has_a_header_and_one_row_per_deadline(docket_home: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(deadlines(docket_home, "--csv"))))
    assert len(rows) == len(json.loads(deadlines(docket_home, "--json")))
    assert {"date", "kind", "source", "rule"} <= set(rows[0])


def test_ics_export_reimports_with_stable_uids(docket_home: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    deadlines(docket_home, "--ics", str(first))
    deadlines(docket_home, "--ics", str(second))
    events = [Calendar.from_ical(p.read_bytes()).walk("VEVENT") for p in (first, second)]
    uids = [[str(e["UID"]) for e in evs] for evs in events]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0])
    rows = json.loads(deadlines(docket_home, "--json"))
    assert len(uids[0]) == sum(1 for r in rows if r["date"])
    summaries = [str(e["SUMMARY"]) for e in events[0]]
    assert any("3:25-cv-05536-VC Hearing" in s for s in summaries)


def test_uids_survive_reingesting_the_docket_into_a_new_database(
    docket_home: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    shutil.copytree(FILINGS, tmp_path / "inbox", ignore=shutil.ignore_patterns("*.md"))
    with Tracker.open(other) as t:
        t.ingest([tmp_path / "inbox"], workers=2)
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    deadlines(docket_home, "--ics", str(a))
    deadlines(other, "--ics", str(b))
    uid_sets = [
        {str(e["UID"]) for e in Calendar.from_ical(p.read_bytes()).walk("VEVENT")} for p in (a, b)
    ]
    assert uid_sets[0] == uid_sets[1]


def test_a_bad_window_is_a_usage_error(docket_home: Path) -> None:
    result = CliRunner().invoke(cli, ["--home", str(docket_home), "deadlines", "--upcoming", "x"])
    assert result.exit_code == 2
