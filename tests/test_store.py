"""The SQLite store: migrations keep an existing database, facts keep their provenance."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from casetracker.errors import StoreError
from casetracker.models import (
    Claim,
    Deadline,
    DeadlineKind,
    DocType,
    FilingFacts,
    OcrStatus,
    PageText,
    Party,
    PartyRole,
    Relief,
    ReliefKind,
    Source,
    TextLayer,
)
from casetracker.store import Store, schema


def facts(case_number: str = "3:25-cv-05536-VC") -> FilingFacts:
    src = Source(2, "The hearing is set for August 7, 2025.", 10, 48)
    return FilingFacts(
        court_id="cand",
        case_number=case_number,
        docket_entry=14,
        filed=dt.date(2025, 7, 10),
        title="NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION",
        doc_type=DocType.MOTION,
        parties=(
            Party(
                "State of California",
                PartyRole.PLAINTIFF,
                "CA",
                Source(1, "STATE OF CALIFORNIA", 0, 19),
            ),
        ),
        claims=(Claim(1, "Arbitrary and capricious", Source(3, "FIRST CLAIM FOR RELIEF")),),
        relief=(
            Relief("Impound all copies", ReliefKind.IMPOUNDMENT, Source(4, "Impound all"), "D"),
        ),
        deadlines=(
            Deadline(dt.date(2025, 8, 7), DeadlineKind.HEARING, src.text, src, time="10:00 a.m."),
        ),
    )


def save(store: Store, sha: str = "a" * 64, case_number: str = "3:25-cv-05536-VC") -> int:
    run = store.start_run(["test"])
    return store.save_filing(
        path="/in/ecf-14.pdf",
        size=10,
        mtime_ns=1,
        sha256=sha,
        page_count=4,
        text_layer=TextLayer.FULL,
        ocr=OcrStatus.NOT_NEEDED,
        pages=[PageText(n, f"page {n} text") for n in range(1, 5)],
        facts=facts(case_number),
        run_id=run,
    )


def test_saved_filing_reads_back_with_every_fact_and_its_source(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        fid = save(store)
        record = store.filing(fid)
    assert record.facts.deadlines[0].source == Source(
        2, "The hearing is set for August 7, 2025.", 10, 48
    )
    assert record.facts.deadlines[0].time == "10:00 a.m."
    assert record.facts.parties[0].source.text == "STATE OF CALIFORNIA"
    assert record.facts.relief[0].label == "D"
    assert record.path == "/in/ecf-14.pdf" and record.pages == 4


def test_a_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        save(store)
        before = store.counts()
        with pytest.raises(sqlite3.IntegrityError):
            # A new case row is written first, then the same sha256 breaks the unique key.
            save(store, case_number="1:25-cv-00001-ABC")
        assert store.counts() == {**before, "runs": before["runs"] + 1}


def test_replacing_a_filing_swaps_all_its_facts_atomically(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        fid = save(store)
        run = store.start_run(["again"])
        store.save_filing(
            path="/in/ecf-14.pdf",
            size=11,
            mtime_ns=2,
            sha256="b" * 64,
            page_count=1,
            text_layer=TextLayer.FULL,
            ocr=OcrStatus.NOT_NEEDED,
            pages=[PageText(1, "corrected")],
            facts=FilingFacts(docket_entry=14),
            run_id=run,
            replaces=fid,
        )
        counts = store.counts()
    assert (counts["filings"], counts["pages"], counts["deadlines"], counts["claims"]) == (
        1,
        1,
        0,
        0,
    )


def test_upgrading_keeps_the_data_of_an_existing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "c.db") as store:
        save(store)

    def next_version(db: sqlite_utils.Database) -> None:
        db.execute("alter table filings add column reviewed integer default 0")

    upgraded = schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, next_version))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", upgraded)
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert schema.migrate(db) == upgraded
    assert schema.current_version(db) == upgraded
    assert [r["title"] for r in db.query("select title, reviewed from filings")] == [
        "NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION"
    ]
    assert db.table("deadlines").count == 1
    db.close()


def test_a_version_1_database_gains_the_snapshot_tables_of_version_2(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "c.db")
    with db.atomic():
        schema.MIGRATIONS[0](db)
        db.execute("pragma user_version = 1")
    db.execute("insert into runs (started, status) values ('2025-07-01', 'done')")
    db.close()
    with Store(tmp_path / "c.db") as store:
        assert store.runs()[0]["started"] == "2025-07-01"
        assert store.deadline_snapshot(1) == []
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert schema.current_version(db) == schema.SCHEMA_VERSION >= 2
    db.close()


def test_a_database_from_a_newer_casetracker_is_refused_not_touched(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "c.db")
    con.execute(f"pragma user_version = {schema.SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this casetracker"):
        Store(tmp_path / "c.db")


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "c.db").write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(tmp_path / "c.db")
