"""Nightly-safe ingestion: idempotence, renames, changes, bad files, locking, crashes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from filelock import FileLock

from casetracker.cli import cli
from casetracker.config import Limits
from casetracker.tracker import Tracker
from tests.conftest import REAL, write_pdf

STAMP = "Case 3:25-cv-05536-VC Document {ecf} Filed 07/{day:02d}/25 Page {{page}} of {{pages}}"


def small_docket(folder: Path, n: int = 4, pages: int = 2) -> list[Path]:
    """`n` distinct stamped filings, each a short order with a hearing date."""
    files = []
    for i in range(1, n + 1):
        body = [
            f"ORDER NUMBER {i} ON THE MOTION\nThe hearing is set for August {i + 3}, 2025.\n"
            f"Page {p} of filing {i} mentions impoundment of Medicaid records."
            for p in range(1, pages + 1)
        ]
        stamp = STAMP.format(ecf=10 + i, day=i)
        files.append(write_pdf(folder / f"ecf-{10 + i:03d}.pdf", body, stamp=stamp))
    return files


def run_ingest(home: Path, *args: str) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(cli, ["--home", str(home), "ingest", "--json", *args])
    assert result.output.strip(), result.stderr
    return result.exit_code, json.loads(result.output)


def dump(home: Path, skip: tuple[str, ...] = ("runs",)) -> list[str]:
    """Every row of every table except `skip`, for before/after comparisons."""
    con = sqlite3.connect(home / "casetracker.db")
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    rows = []
    for t in sorted(tables):
        if t in skip:
            continue
        rows += [f"{t}:{r}" for r in con.execute(f"select * from {t} order by rowid")]
    con.close()
    return rows


def test_ingest_stores_each_filing_once_with_pages_and_stamp(tmp_path: Path, home: Path) -> None:
    small_docket(tmp_path / "in")
    code, out = run_ingest(home, str(tmp_path / "in"), "--workers", "2")
    assert code == 0
    assert out["new"] == 4 and out["failed"] == 0
    with Tracker.open(home) as t:
        filings = t.filings()
        assert sorted(f.facts.docket_entry for f in filings) == [11, 12, 13, 14]
        assert all(f.pages == 2 for f in filings)
        assert t.counts()["pages"] == 8
        assert out["database"] == {"filings": 4, "pages": 8}


def test_second_run_over_unchanged_files_writes_only_the_run_record(
    tmp_path: Path, home: Path
) -> None:
    small_docket(tmp_path / "in")
    run_ingest(home, str(tmp_path / "in"))
    before = dump(home)
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 0
    assert (out["new"], out["updated"], out["unchanged"]) == (0, 0, 4)
    assert dump(home) == before
    with Tracker.open(home) as t:
        assert len(t.runs()) == 2


def test_touched_but_identical_file_is_confirmed_by_checksum_not_reextracted(
    tmp_path: Path, home: Path
) -> None:
    files = small_docket(tmp_path / "in")
    run_ingest(home, str(tmp_path / "in"))
    os.utime(files[0], ns=(time.time_ns(), time.time_ns() + 10**9))
    _, out = run_ingest(home, str(tmp_path / "in"))
    assert (out["new"], out["updated"], out["unchanged"]) == (0, 0, 4)


def test_renamed_file_is_the_same_filing_with_its_path_history(tmp_path: Path, home: Path) -> None:
    files = small_docket(tmp_path / "in")
    run_ingest(home, str(tmp_path / "in"))
    new_place = tmp_path / "in" / "sub" / "renamed.pdf"
    new_place.parent.mkdir()
    files[0].rename(new_place)
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 0 and out["moved"] == 1 and out["new"] == 0
    con = sqlite3.connect(home / "casetracker.db")
    assert con.execute("select count(*) from filings").fetchone()[0] == 4
    history = con.execute(
        "select path, is_current from filing_paths where filing_id ="
        " (select filing_id from filing_paths where path like '%renamed.pdf') order by id"
    ).fetchall()
    assert [Path(p).name for p, _ in history] == ["ecf-011.pdf", "renamed.pdf"]
    assert [c for _, c in history] == [0, 1]


def test_changed_file_is_reextracted_and_replaces_its_facts(tmp_path: Path, home: Path) -> None:
    files = small_docket(tmp_path / "in")
    run_ingest(home, str(tmp_path / "in"))
    with Tracker.open(home) as t:
        old = next(f for f in t.filings() if f.facts.docket_entry == 11)
    write_pdf(files[0], ["ORDER AS CORRECTED\nNothing else."], stamp=STAMP.format(ecf=11, day=1))
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 0 and out["updated"] == 1
    with Tracker.open(home) as t:
        new = t.filing(old.id)
        assert new.sha256 != old.sha256 and new.pages == 1
        assert "AS CORRECTED" in t.pages(old.id)[0]
        assert t.counts()["filings"] == 4 and t.counts()["pages"] == 7


def test_two_copies_of_a_new_file_in_one_run_are_one_filing(tmp_path: Path, home: Path) -> None:
    (first,) = small_docket(tmp_path / "in", n=1)
    shutil.copy2(first, tmp_path / "in" / "copy-of-ecf-011.pdf")
    code, out = run_ingest(home, str(tmp_path / "in"))  # this once crashed on sha256 unique
    assert code == 0 and out["new"] == 1 and out["moved"] == 1
    with Tracker.open(home) as t:
        assert t.counts()["filings"] == 1 and t.counts()["filing_paths"] == 2
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 0 and out["unchanged"] == 2


def test_reextract_reads_unchanged_files_again_and_replaces_their_facts(
    tmp_path: Path, home: Path
) -> None:
    files = small_docket(tmp_path / "in")
    shutil.copy2(files[0], tmp_path / "in" / "same-as-ecf-011.pdf")  # one filing, two paths
    run_ingest(home, str(tmp_path / "in"))
    with Tracker.open(home) as t:
        ids = sorted(f.id for f in t.filings())
        # As an older casetracker might have read it.
        with t.store.db.conn as conn:
            conn.execute("update filings set title = 'AS AN OLDER VERSION READ IT'")
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 0 and out["unchanged"] == 5  # a plain re-run reads nothing
    code, out = run_ingest(home, "--reextract", str(tmp_path / "in"))
    assert code == 0 and out["updated"] == 4 and out["unchanged"] == 1  # each filing once
    with Tracker.open(home) as t:
        assert sorted(f.id for f in t.filings()) == ids
        assert {f.facts.title for f in t.filings()} == {
            f"ORDER NUMBER {i} ON THE MOTION" for i in range(1, 5)
        }
        assert t.counts()["pages"] == 8
        assert len(t.search("impoundment").filings) == 4


def bad_files(folder: Path) -> dict[str, str]:
    """Each kind of bad input, keyed by file name, with the reason it must get."""
    from pypdf import PdfWriter

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "page.pdf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    good = write_pdf(folder / "whole.pdf", ["A page of text"] * 3)
    data = good.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    good.unlink()
    writer = PdfWriter(clone_from=write_pdf(folder / "plain.tmp", ["secret text"]))
    writer.encrypt(user_password="s3cret", owner_password="owner")
    with open(folder / "locked.pdf", "wb") as fh:
        writer.write(fh)
    (folder / "plain.tmp").unlink()
    return {
        "empty.pdf": "empty",
        "page.pdf": "not_pdf",
        "truncated.pdf": "corrupt",
        "locked.pdf": "encrypted",
    }


def test_bad_files_are_recorded_with_reasons_and_never_stop_the_run(
    tmp_path: Path, home: Path
) -> None:
    small_docket(tmp_path / "in", n=2)
    run_ingest(home, str(tmp_path / "in"))
    before = dump(home, skip=("runs", "failures", "failure_log"))
    expected = bad_files(tmp_path / "in" / "bad")
    code, out = run_ingest(home, str(tmp_path / "in"))
    assert code == 3
    got = {Path(f["path"]).name: f["reason"] for f in out["failures"]}  # type: ignore[index]
    assert got == expected
    assert all(f["message"] for f in out["failures"])  # type: ignore[union-attr]
    assert dump(home, skip=("runs", "failures", "failure_log")) == before


def test_refused_file_is_retried_only_when_changed_or_asked(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.pdf").write_bytes(b"")
    code, out = run_ingest(home, str(folder))
    assert code == 3 and out["failed"] == 1
    code, out = run_ingest(home, str(folder))
    assert code == 0 and out["failed"] == 0 and out["still_failed"] == 1
    code, out = run_ingest(home, str(folder), "--retry-failed")
    assert code == 3 and out["failed"] == 1
    write_pdf(folder / "empty.pdf", ["Now a real filing"])
    code, out = run_ingest(home, str(folder))
    assert code == 0 and out["new"] == 1
    with Tracker.open(home) as t:
        assert t.failures() == []


def test_size_and_page_limits_refuse_a_file_as_too_large(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "in"
    write_pdf(folder / "long.pdf", ["page"] * 12)
    code, out = run_ingest(home, str(folder), "--max-pages", "10")
    assert code == 3 and out["failures"][0]["reason"] == "too_large"  # type: ignore[index]
    code, out = run_ingest(home, str(folder), "--retry-failed", "--max-mb", "0.001")
    assert code == 3 and out["failures"][0]["reason"] == "too_large"  # type: ignore[index]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_extraction_over_the_time_limit_is_refused_as_timeout(
    real_corpus: Path, tmp_path: Path
) -> None:
    """OCR of a scanned document takes seconds: a 1 s limit must refuse it, not hang."""
    with Tracker.open(tmp_path / "home") as t:
        folder = tmp_path / "in"
        folder.mkdir()
        shutil.copy(real_corpus / "image-pdf.pdf", folder)
        summary = t.ingest([folder], limits=Limits(timeout_s=1.0), workers=1)
    assert [(o.status, str(o.reason)) for o in summary.outcomes] == [("failed", "timeout")]


def test_a_second_ingest_exits_4_while_the_first_holds_the_lock(tmp_path: Path, home: Path) -> None:
    small_docket(tmp_path / "in", n=1)
    home.mkdir(parents=True)
    with FileLock(str(home / "ingest.lock")):
        result = CliRunner().invoke(cli, ["--home", str(home), "ingest", str(tmp_path / "in")])
    assert result.exit_code == 4
    assert "another ingest is running" in result.stderr
    assert not (home / "casetracker.db").exists() or dump(home) == []


def test_concurrent_ingest_processes_never_both_write(tmp_path: Path, home: Path) -> None:
    small_docket(tmp_path / "in", n=12, pages=3)
    cmd = [
        sys.executable,
        "-m",
        "casetracker",
        "--home",
        str(home),
        "ingest",
        "--json",
        str(tmp_path / "in"),
    ]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen(
        [*cmd[:-1], "--wait", "0", str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    codes = sorted([first.wait(120), second.wait(120)])
    # Either the second found the lock held (4) or ran after the first finished (0, nothing new).
    assert codes in ([0, 4], [0, 0])
    with Tracker.open(home) as t:
        assert t.counts()["filings"] == 12


def _padded_copies(source: Path, folder: Path, n: int) -> None:
    """`n` distinct files from one PDF: bytes after %%EOF change the hash, not the content."""
    folder.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    for i in range(n):
        (folder / f"copy-{i:03d}.pdf").write_bytes(data + f"\n% copy {i}\n".encode())


@pytest.mark.slow
def test_sigkill_mid_run_leaves_a_consistent_database_that_the_next_run_completes(
    tmp_path: Path, home: Path
) -> None:
    source = write_pdf(tmp_path / "src.pdf", [f"Page {p} about impoundment" for p in range(40)])
    _padded_copies(source, tmp_path / "in", 60)
    cmd = [
        sys.executable,
        "-m",
        "casetracker",
        "--home",
        str(home),
        "ingest",
        "--workers",
        "1",
        str(tmp_path / "in"),
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    db = home / "casetracker.db"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists():
            try:
                con = sqlite3.connect(db)
                n = con.execute("select count(*) from filings").fetchone()[0]
                con.close()
            except sqlite3.Error:
                n = 0
            if n >= 5:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()

    code, _ = run_ingest(home, str(tmp_path / "in"))
    assert code == 0
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert con.execute("select count(*) from filings").fetchone()[0] == 60
    assert con.execute("select count(distinct sha256) from filings").fetchone()[0] == 60
    assert con.execute("select count(*) from pages").fetchone()[0] == 60 * 40
    orphans = con.execute(
        "select count(*) from pages where filing_id not in (select id from filings)"
    ).fetchone()[0]
    assert orphans == 0
    assert con.execute("select count(*) from filing_paths where is_current = 1").fetchone()[0] == 60
    assert (
        con.execute("select count(*) from filings where indexed_sha is not sha256").fetchone()[0]
        == 0
    )
    con.close()
    with Tracker.open(home) as t:
        assert t.search("impoundment", limit=100).filings
        assert t.check().is_clean


def test_json_summary_counts_match_the_database(inbox: Path, home: Path) -> None:
    code, out = run_ingest(home, str(inbox))
    assert code in (0, 3)
    with Tracker.open(home) as t:
        counts = t.counts()
        assert out["new"] == counts["filings"]
        assert out["database"]["pages"] == counts["pages"]  # type: ignore[index]
        assert out["failed"] == counts["failures"]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared is absent (a fresh clone outside CI)")
def test_real_corpus_ingests_good_files_and_refuses_the_bad_ones(home: Path) -> None:
    code, out = run_ingest(home, str(REAL))
    assert code == 3
    reasons = {Path(f["path"]).name: f["reason"] for f in out["failures"]}  # type: ignore[index]
    assert reasons == {"empty.pdf": "empty", "missouri.pdf": "corrupt"}
    assert out["new"] == 6
