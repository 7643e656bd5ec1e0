"""The record: SQLite through sqlite-utils, one transaction per filing.

Every fact row carries its provenance (filing, page, span, quoted text). The schema has a
version; `migrate` brings an older database up to date without losing what it holds.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from casetracker.errors import StoreError
from casetracker.models import (
    Claim,
    Deadline,
    DeadlineKind,
    Disposition,
    DocType,
    FilingFacts,
    OcrStatus,
    PageText,
    Party,
    PartyRole,
    Reason,
    Relief,
    ReliefKind,
    Source,
    TextLayer,
)
from casetracker.store.schema import SCHEMA_VERSION, migrate


@dataclass(frozen=True, slots=True)
class KnownPath:
    """What the store remembers of a path: the filing or failure it last held."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    filing_id: int | None
    failed: bool


@dataclass(frozen=True, slots=True)
class FilingRecord:
    """A stored filing with its file facts and extracted facts."""

    id: int
    sha256: str
    path: str
    size: int
    pages: int
    text_layer: TextLayer | None
    ocr: OcrStatus | None
    indexed_sha: str | None
    facts: FilingFacts
    first_run: int | None
    updated_run: int | None


@dataclass(frozen=True, slots=True)
class StoredDeadline:
    """A deadline row: stated in a filing or derived by a rule, with its chain."""

    id: int
    filing_id: int
    docket_entry: int | None
    deadline: Deadline
    origin: str  # "stated" | "derived"
    superseded_by: int | None
    created_run: int | None


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: Reason
    message: str
    sha256: str | None
    run_id: int | None
    last_seen: str


def _last_id(table: sqlite_utils.db.Table) -> int:
    """The rowid of the row `table` just inserted."""
    if table.last_pk is None:
        raise StoreError(f"insert into {table.name} returned no row id", "store")
    return int(table.last_pk)


# How long a write waits for another writer: long for facts, short for a saved board.
_BUSY_WAIT_MS = 30_000
_SAVE_WAIT_MS = 100


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _src(row: dict[str, Any]) -> Source:
    return Source(row["page"], row["source_text"] or "", row["start"], row["end"])


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class Store:
    """One SQLite database; never share an instance across threads or processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=_BUSY_WAIT_MS / 1000)
            # No sqlite-utils plugins: another package's hook must not change our
            # connection, and finding them scans every installed package (~50 ms).
            self.db = sqlite_utils.Database(conn, execute_plugins=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            migrate(self.db)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: cannot open the database ({e})", "store") from e

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    # --- runs -------------------------------------------------------------------------

    def start_run(self, args: Sequence[str]) -> int:
        with self.db.atomic():
            table = self.db.table("runs")
            table.insert({"started": _now(), "args": json.dumps(list(args)), "status": "running"})
            return _last_id(table)

    def finish_run(self, run_id: int, counts: dict[str, int], duration_s: float) -> None:
        row = {"finished": _now(), "status": "done", "duration_s": round(duration_s, 3), **counts}
        with self.db.atomic():
            self.db.table("runs").update(run_id, row)

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        sql = "select * from runs order by id desc limit ?"
        return [dict(r) for r in self.db.query(sql, [limit])]

    def last_finished_run(self, before: int | None = None) -> dict[str, Any] | None:
        sql = "select * from runs where status = 'done'"
        params: list[Any] = []
        if before is not None:
            sql += " and id < ?"
            params.append(before)
        rows = list(self.db.query(sql + " order by id desc limit 1", params))
        return dict(rows[0]) if rows else None

    # --- paths and failures -------------------------------------------------------------

    def known_paths(self) -> dict[str, KnownPath]:
        """The current record of every path: the filing it holds, or the failure it caused.
        Read at once: a run asks it of every file (two queries, not one per file)."""
        known = {
            row[0]: KnownPath(row[0], row[1], row[2], row[3], None, True)
            for row in self.db.conn.execute("select path, size, mtime_ns, sha256 from failures")
        }
        known.update(
            (row[0], KnownPath(row[0], row[1], row[2], row[3], row[4], False))
            for row in self.db.conn.execute(
                "select p.path, p.size, p.mtime_ns, f.sha256, p.filing_id from filing_paths p"
                " join filings f on f.id = p.filing_id where p.is_current = 1"
            )
        )
        return known

    def filing_id_for_sha(self, sha256: str) -> int | None:
        for r in self.db.query("select id from filings where sha256 = ?", [sha256]):
            return int(r["id"])
        return None

    def record_path(self, filing_id: int, path: str, size: int, mtime_ns: int, run_id: int) -> None:
        """Note that `path` now holds `filing_id` (path history keeps earlier names)."""
        with self.db.atomic():
            self._record_path(filing_id, path, size, mtime_ns, run_id)

    def _record_path(
        self, filing_id: int, path: str, size: int, mtime_ns: int, run_id: int
    ) -> None:
        now = _now()
        self.db.execute(
            "update filing_paths set is_current = 0 where path = ? and filing_id != ?",
            [path, filing_id],
        )
        self.db.execute("delete from failures where path = ?", [path])
        existing = list(
            self.db.query(
                "select id from filing_paths where filing_id = ? and path = ?", [filing_id, path]
            )
        )
        if existing:
            self.db.table("filing_paths").update(
                existing[0]["id"],
                {"size": size, "mtime_ns": mtime_ns, "last_seen": now, "is_current": 1},
            )
        else:
            self.db.table("filing_paths").insert(
                {
                    "filing_id": filing_id,
                    "path": path,
                    "size": size,
                    "mtime_ns": mtime_ns,
                    "first_seen": now,
                    "last_seen": now,
                    "first_run": run_id,
                    "is_current": 1,
                }
            )

    def forget_missing_paths(self, seen: set[str], under: Sequence[str]) -> int:
        """Mark paths under the scanned folders that are gone as no longer current."""
        gone = 0
        with self.db.atomic():
            for r in list(self.db.query("select id, path from filing_paths where is_current = 1")):
                if r["path"] in seen or not any(r["path"].startswith(u) for u in under):
                    continue
                self.db.table("filing_paths").update(r["id"], {"is_current": 0})
                gone += 1
        return gone

    def record_failure(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        sha256: str | None,
        reason: Reason,
        message: str,
        run_id: int,
    ) -> None:
        now = _now()
        with self.db.atomic():
            self.db.execute("update filing_paths set is_current = 0 where path = ?", [path])
            self.db.table("failures").upsert(
                {
                    "path": path,
                    "size": size,
                    "mtime_ns": mtime_ns,
                    "sha256": sha256,
                    "reason": str(reason),
                    "message": message,
                    "run_id": run_id,
                    "last_seen": now,
                },
                pk="path",
            )
            self.db.table("failure_log").insert(
                {
                    "path": path,
                    "reason": str(reason),
                    "message": message,
                    "run_id": run_id,
                    "at": now,
                }
            )

    def failures(self, run_id: int | None = None) -> list[Failure]:
        sql, params = "select * from failures", []
        if run_id is not None:
            sql += " where run_id = ?"
            params.append(run_id)
        return [
            Failure(
                r["path"],
                Reason(r["reason"]),
                r["message"],
                r["sha256"],
                r["run_id"],
                r["last_seen"],
            )
            for r in self.db.query(sql + " order by path", params)
        ]

    # --- filings ----------------------------------------------------------------------

    def save_filing(
        self,
        *,
        path: str,
        size: int,
        mtime_ns: int,
        sha256: str,
        page_count: int,
        text_layer: TextLayer,
        ocr: OcrStatus,
        pages: Sequence[PageText],
        facts: FilingFacts,
        run_id: int,
        replaces: int | None = None,
    ) -> int:
        """Write a filing and all its facts in one transaction; return its id.

        With `replaces`, that filing's old facts are replaced (a changed file keeps its id).
        """
        with self.db.atomic():
            case_id = self._case_id(facts)
            row = {
                "case_id": case_id,
                "sha256": sha256,
                "size": size,
                "pages": page_count,
                "text_layer": str(text_layer),
                "ocr": str(ocr),
                "court_id": facts.court_id,
                "court": facts.court,
                "case_number": facts.case_number,
                "docket_entry": facts.docket_entry,
                "attachment": facts.attachment,
                "filed": facts.filed.isoformat() if facts.filed else None,
                "served": facts.served.isoformat() if facts.served else None,
                "title": facts.title,
                "doc_type": str(facts.doc_type) if facts.doc_type else None,
                "is_proposed": int(facts.is_proposed),
                "judge": facts.judge,
                "stamp": json.dumps(_stamp_json(facts)),
                "sources": json.dumps({k: _source_json(v) for k, v in facts.sources.items()}),
                "updated_run": run_id,
                "extracted_at": _now(),
                "indexed_sha": None,
            }
            if replaces is not None:
                self._delete_facts(replaces)
                self.db.table("filings").update(replaces, row)
                filing_id = replaces
            else:
                row["first_run"] = run_id
                table = self.db.table("filings")
                table.insert(row)
                filing_id = _last_id(table)
            self._insert_facts(filing_id, case_id, pages, facts, run_id)
            self._record_path(filing_id, path, size, mtime_ns, run_id)
        return filing_id

    def _case_id(self, facts: FilingFacts) -> int | None:
        if not facts.case_number:
            return None
        cases = self.db.table("cases")
        for r in self.db.query("select id from cases where case_number = ?", [facts.case_number]):
            updates = {
                k: v
                for k, v in (
                    ("court_id", facts.court_id),
                    ("court", facts.court),
                    ("judge", facts.judge),
                )
                if v
            }
            if updates:
                self.db.execute(
                    "update cases set "
                    + ", ".join(f"{k} = coalesce({k}, ?)" for k in updates)
                    + " where id = ?",
                    [*updates.values(), r["id"]],
                )
            return int(r["id"])
        cases.insert(
            {
                "case_number": facts.case_number,
                "court_id": facts.court_id,
                "court": facts.court,
                "judge": facts.judge,
            }
        )
        return _last_id(cases)

    def _delete_facts(self, filing_id: int) -> None:
        for table in ("pages", "appearances", "claims", "relief", "deadlines"):
            self.db.execute(f"delete from {table} where filing_id = ?", [filing_id])
        # Derived deadlines this filing triggered are recomputed from its new facts.
        self.db.execute("delete from deadlines where trigger_filing_id = ?", [filing_id])

    def _insert_facts(
        self,
        filing_id: int,
        case_id: int | None,
        pages: Sequence[PageText],
        facts: FilingFacts,
        run_id: int,
    ) -> None:
        self.db.table("pages").insert_all(
            (
                {"filing_id": filing_id, "page": p.number, "text": p.text, "ocr": int(p.ocr)}
                for p in pages
            ),
        )
        for party in facts.parties:
            party_id = self._party_id(case_id, party)
            self.db.table("appearances").insert(
                {
                    "filing_id": filing_id,
                    "party_id": party_id,
                    "role": str(party.role),
                    "official": party.official,
                    **_prov(party.source),
                }
            )
        self.db.table("claims").insert_all(
            (
                {"filing_id": filing_id, "number": c.number, "title": c.title, **_prov(c.source)}
                for c in facts.claims
            ),
        )
        self.db.table("relief").insert_all(
            (
                {
                    "filing_id": filing_id,
                    "label": r.label,
                    "text": r.text,
                    "category": str(r.category),
                    "disposition": str(r.disposition) if r.disposition else None,
                    **_prov(r.source),
                }
                for r in facts.relief
            ),
        )
        for d in facts.deadlines:
            self.insert_deadline(filing_id, d, origin="stated", run_id=run_id)

    def insert_deadline(
        self,
        filing_id: int,
        d: Deadline,
        *,
        origin: str,
        run_id: int | None,
        trigger_filing_id: int | None = None,
    ) -> int:
        table = self.db.table("deadlines")
        table.insert(
            {
                "filing_id": filing_id,
                "date": d.date.isoformat() if d.date else None,
                "kind": str(d.kind),
                "text": d.text,
                "computed": int(d.computed),
                "rule": d.rule,
                "time": d.time,
                "courtroom": d.courtroom,
                "anchor": d.anchor,
                "origin": origin,
                "trigger_filing_id": trigger_filing_id,
                "superseded_by": None,
                "created_run": run_id,
                **_prov(d.source),
            }
        )
        return _last_id(table)

    def _party_id(self, case_id: int | None, party: Party) -> int:
        norm = " ".join(party.name.casefold().replace(".", "").replace(",", "").split())
        for r in self.db.query(
            "select id from parties where norm_name = ? and case_id is ?", [norm, case_id]
        ):
            return int(r["id"])
        table = self.db.table("parties")
        table.insert(
            {"case_id": case_id, "name": party.name, "norm_name": norm, "state": party.state}
        )
        return _last_id(table)

    def mark_indexed(self, shas: dict[int, str]) -> None:
        with self.db.atomic():
            for filing_id, sha in shas.items():
                self.db.execute("update filings set indexed_sha = ? where id = ?", [sha, filing_id])

    def unindexed_filing_ids(self) -> list[int]:
        sql = (
            "select id from filings where indexed_sha is null or indexed_sha != sha256 order by id"
        )
        return [int(r["id"]) for r in self.db.query(sql)]

    def filing_shas(self) -> dict[int, str]:
        return {int(r["id"]): r["sha256"] for r in self.db.query("select id, sha256 from filings")}

    def filing_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.db.query("select id from filings order by id")]

    def filing(self, filing_id: int) -> FilingRecord:
        rows = list(self.db.query(_FILING_SQL + " where f.id = ?", [filing_id]))
        if not rows:
            raise StoreError(f"no filing with id {filing_id}", "not_found")
        return self._record(rows[0], self._fact_rows(filing_id)[filing_id])

    def filings(self) -> Iterator[FilingRecord]:
        """All filings by docket order (ECF number, then filed date), facts loaded."""
        order = " order by f.docket_entry is null, f.docket_entry, f.attachment, f.filed, f.id"
        rows = list(self.db.query(_FILING_SQL + order))
        facts = self._fact_rows()  # one query per table, not per filing: the board's load
        for row in rows:
            yield self._record(row, facts[int(row["id"])])

    def filing_ids_in_inbox(self) -> set[int]:
        """Filings at least one of whose paths is current: a filing whose every file is gone
        from the scanned folders stays in the record but is no longer in the inbox."""
        sql = "select distinct filing_id from filing_paths where is_current = 1"
        return {int(r["filing_id"]) for r in self.db.query(sql)}

    def find_filing(self, docket_entry: int, attachment: int | None = None) -> int | None:
        sql = "select id from filings where docket_entry = ? and attachment is ? order by id desc"
        for r in self.db.query(sql, [docket_entry, attachment]):
            return int(r["id"])
        return None

    def pages(self, filing_id: int) -> list[PageText]:
        sql = "select page, text, ocr from pages where filing_id = ? order by page"
        return [
            PageText(r["page"], r["text"], "", bool(r["ocr"]))
            for r in self.db.query(sql, [filing_id])
        ]

    def page_text(self, filing_id: int, page: int) -> str | None:
        sql = "select text from pages where filing_id = ? and page = ?"
        for r in self.db.query(sql, [filing_id, page]):
            return str(r["text"])
        return None

    def _record(self, row: dict[str, Any], facts: _FactRows) -> FilingRecord:
        return FilingRecord(
            id=int(row["id"]),
            sha256=row["sha256"],
            path=row["path"] or "",
            size=row["size"],
            pages=row["pages"],
            text_layer=TextLayer(row["text_layer"]) if row["text_layer"] else None,
            ocr=OcrStatus(row["ocr"]) if row["ocr"] else None,
            indexed_sha=row["indexed_sha"],
            facts=_facts(row, facts),
            first_run=row["first_run"],
            updated_run=row["updated_run"],
        )

    def _fact_rows(self, filing_id: int | None = None) -> defaultdict[int, _FactRows]:
        """Parties, claims, relief and stated deadlines of one filing (None: of every
        filing), grouped by filing, each in the order it was stored."""
        params = [] if filing_id is None else [filing_id]

        def rows(sql: str, alias: str = "") -> Iterator[dict[str, Any]]:
            one = "" if filing_id is None else f" and {alias}filing_id = ?"
            return self.db.query(sql.format(one=one), params)

        out: defaultdict[int, _FactRows] = defaultdict(_FactRows)
        appearances = (
            "select p.name, p.state, a.* from appearances a join parties p on p.id = a.party_id"
            " where 1{one} order by a.id"
        )
        for r in rows(appearances, "a."):
            party = Party(r["name"], PartyRole(r["role"]), r["state"], _src(r), r["official"])
            out[r["filing_id"]].parties.append(party)
        for r in rows("select * from claims where 1{one} order by id"):
            out[r["filing_id"]].claims.append(Claim(r["number"], r["title"], _src(r)))
        for r in rows("select * from relief where 1{one} order by id"):
            disposition = Disposition(r["disposition"]) if r["disposition"] else None
            relief = Relief(r["text"], ReliefKind(r["category"]), _src(r), r["label"], disposition)
            out[r["filing_id"]].relief.append(relief)
        for r in rows("select * from deadlines where origin = 'stated'{one} order by id"):
            out[r["filing_id"]].deadlines.append(_deadline(r))
        return out

    # --- deadlines --------------------------------------------------------------------

    def deadlines(self, *, include_superseded: bool = False) -> list[StoredDeadline]:
        sql = (
            "select d.*, f.docket_entry from deadlines d join filings f on f.id = d.filing_id"
            + ("" if include_superseded else " where d.superseded_by is null")
            + " order by d.date is null, d.date, d.id"
        )
        return [
            StoredDeadline(
                r["id"],
                r["filing_id"],
                r["docket_entry"],
                _deadline(r),
                r["origin"],
                r["superseded_by"],
                r["created_run"],
            )
            for r in self.db.query(sql)
        ]

    def replace_derived(self, rows: Sequence[tuple[int, int, Deadline]], run_id: int) -> None:
        """Replace every derived deadline at once: (filing_id, trigger_filing_id, deadline)."""
        with self.db.atomic():
            self.db.execute(
                "update deadlines set superseded_by = null where superseded_by in "
                "(select id from deadlines where origin = 'derived')"
            )
            old = {
                (r["trigger_filing_id"], r["rule"], r["date"]): r["created_run"]
                for r in self.db.query("select * from deadlines where origin = 'derived'")
            }
            self.db.execute("delete from deadlines where origin = 'derived'")
            for filing_id, trigger_id, d in rows:
                key = (trigger_id, d.rule, d.date.isoformat() if d.date else None)
                self.insert_deadline(
                    filing_id,
                    d,
                    origin="derived",
                    run_id=old.get(key, run_id),
                    trigger_filing_id=trigger_id,
                )

    def set_superseded(self, pairs: Sequence[tuple[int, int]]) -> None:
        """(old deadline id, new deadline id): the later date wins, the chain is kept."""
        with self.db.atomic():
            self.db.execute("update deadlines set superseded_by = null")
            for old, new in pairs:
                self.db.execute("update deadlines set superseded_by = ? where id = ?", [new, old])

    # --- board overrides and snapshots ------------------------------------------------

    def set_override(
        self, case_id: int | None, row_key: str, status: str | None, note: str | None, author: str
    ) -> None:
        now = _now()
        with self.db.atomic():
            old = list(
                self.db.query(
                    "select * from overrides where row_key = ? and case_id is ?", [row_key, case_id]
                )
            )
            prev = old[0] if old else {}
            new = {
                "row_key": row_key,
                "case_id": case_id,
                "status": status if status is not None else prev.get("status"),
                "note": note if note is not None else prev.get("note"),
                "author": author,
                "at": now,
            }
            if old:
                self.db.execute(
                    "delete from overrides where row_key = ? and case_id is ?", [row_key, case_id]
                )
            self.db.table("overrides").insert(new)
            self.db.table("audit").insert(
                {
                    "row_key": row_key,
                    "case_id": case_id,
                    "action": "set-status" if status is not None else "note",
                    "old": json.dumps({k: prev.get(k) for k in ("status", "note")}),
                    "new": json.dumps({"status": new["status"], "note": new["note"]}),
                    "author": author,
                    "at": now,
                }
            )

    def overrides(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query("select * from overrides order by row_key")]

    def audit(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query("select * from audit order by id")]

    def save_snapshot(
        self,
        run_id: int,
        rows: dict[str, str],
        deadlines: Sequence[tuple[int, int | None, Deadline]],
    ) -> None:
        """The board statuses and live deadlines as this run left them (for the digest)."""
        with self.db.atomic():
            for table in ("board_snapshots", "deadline_snapshots"):
                self.db.execute(f"delete from {table} where run_id = ?", [run_id])
            self.db.table("board_snapshots").insert_all(
                ({"run_id": run_id, "row_key": k, "status": v} for k, v in rows.items())
            )
            self.db.table("deadline_snapshots").insert_all(
                {
                    "run_id": run_id,
                    "filing_id": filing_id,
                    "docket_entry": docket_entry,
                    "kind": str(d.kind),
                    "date": d.date.isoformat() if d.date else None,
                    "text": d.text,
                    "page": d.source.page,
                }
                for filing_id, docket_entry, d in deadlines
            )

    # --- saved boards -------------------------------------------------------------------

    def board_generation(self) -> int:
        """A number that grows with every write to a table the board is built from."""
        row = self.db.conn.execute("select n from board_generation").fetchone()
        return int(row[0])

    def has_saved_board(self, key: str) -> bool:
        found = self.db.conn.execute("select 1 from saved_boards where key = ?", [key])
        return found.fetchone() is not None

    def saved_board(self, key: str) -> bytes | None:
        found = self.db.conn.execute("select board from saved_boards where key = ?", [key])
        row = found.fetchone()
        return bytes(row[0]) if row else None

    def save_board(self, key: str, board: bytes) -> bool:
        """Keep `board` under `key`, and the two boards saved before it (another day's, say).

        Returns False, saving nothing, when the database is busy (an ingest is writing) or
        read-only: a saved board only saves time, so it never makes a reader wait.
        """
        conn = self.db.conn
        conn.execute(f"pragma busy_timeout = {_SAVE_WAIT_MS}")
        try:
            with self.db.atomic():
                conn.execute(
                    "insert or replace into saved_boards (key, board, saved) values (?, ?, ?)",
                    [key, board, _now()],
                )
                conn.execute(
                    "delete from saved_boards where rowid not in"
                    " (select rowid from saved_boards order by rowid desc limit 3)"
                )
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            conn.execute(f"pragma busy_timeout = {_BUSY_WAIT_MS}")

    def _snapshot_run(self, at_or_before: int) -> int | None:
        sql = "select max(run_id) as r from board_snapshots where run_id <= ?"
        row = next(iter(self.db.query(sql, [at_or_before])))
        return int(row["r"]) if row["r"] is not None else None

    def board_snapshot(self, run_id: int) -> dict[str, str] | None:
        """The statuses saved by `run_id` or the latest run before it that saved any."""
        found = self._snapshot_run(run_id)
        if found is None:
            return None
        sql = "select row_key, status from board_snapshots where run_id = ?"
        return {r["row_key"]: r["status"] for r in self.db.query(sql, [found])}

    def deadline_snapshot(self, run_id: int) -> list[tuple[int, int | None, Deadline]]:
        found = self._snapshot_run(run_id)
        if found is None:
            return []
        sql = "select * from deadline_snapshots where run_id = ?"
        return [
            (
                r["filing_id"],
                r["docket_entry"],
                Deadline(
                    _date(r["date"]),
                    DeadlineKind(r["kind"]),
                    r["text"],
                    Source(r["page"], r["text"]),
                ),
            )
            for r in self.db.query(sql, [found])
        ]

    def filing_ids_since(self, run_id: int) -> list[int]:
        """Filings first stored (or replaced) by runs after `run_id`."""
        sql = "select id from filings where coalesce(updated_run, first_run) > ? order by id"
        return [int(r["id"]) for r in self.db.query(sql, [run_id])]

    def runs_after(self, when: str) -> int | None:
        """The last finished run that started before `when` (ISO date or time)."""
        sql = "select max(id) as r from runs where status = 'done' and started < ?"
        row = next(iter(self.db.query(sql, [when])))
        return int(row["r"]) if row["r"] is not None else None

    def case_ids(self) -> dict[str, int]:
        return {r["case_number"]: int(r["id"]) for r in self.db.query("select * from cases")}

    def filing_count(self) -> int:
        return int(self.db.conn.execute("select count(*) from filings").fetchone()[0])

    def counts(self) -> dict[str, int]:
        tables = (
            "cases",
            "filings",
            "filing_paths",
            "pages",
            "parties",
            "appearances",
            "claims",
            "relief",
            "deadlines",
            "failures",
            "runs",
        )
        return {t: self.db.table(t).count for t in tables}


@dataclass(slots=True)
class _FactRows:
    parties: list[Party] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relief: list[Relief] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)


def _facts(row: dict[str, Any], facts: _FactRows) -> FilingFacts:
    sources = {k: _source_from_json(v) for k, v in json.loads(row["sources"] or "{}").items()}
    return FilingFacts(
        court_id=row["court_id"],
        court=row["court"],
        case_number=row["case_number"],
        docket_entry=row["docket_entry"],
        attachment=row["attachment"],
        filed=_date(row["filed"]),
        title=row["title"],
        doc_type=DocType(row["doc_type"]) if row["doc_type"] else None,
        judge=row["judge"],
        parties=tuple(facts.parties),
        claims=tuple(facts.claims),
        relief=tuple(facts.relief),
        deadlines=tuple(facts.deadlines),
        is_proposed=bool(row["is_proposed"]),
        sources=sources,
        served=_date(row["served"]),
    )


_FILING_SQL = (
    "select f.*, (select path from filing_paths p where p.filing_id = f.id"
    " order by p.is_current desc, p.last_seen desc limit 1) as path from filings f"
)


def _prov(source: Source) -> dict[str, Any]:
    return {
        "page": source.page,
        "source_text": source.text,
        "start": source.start,
        "end": source.end,
    }


def _source_json(s: Source) -> dict[str, Any]:
    return {"page": s.page, "text": s.text, "start": s.start, "end": s.end}


def _source_from_json(d: dict[str, Any]) -> Source:
    return Source(d.get("page"), d.get("text") or "", d.get("start"), d.get("end"))


def _stamp_json(facts: FilingFacts) -> dict[str, Any] | None:
    s = facts.stamp
    if s is None:
        return None
    return {
        "case_number": s.case_number,
        "docket_entry": s.docket_entry,
        "attachment": s.attachment,
        "filed": s.filed.isoformat() if s.filed else None,
        "page_id": s.page_id,
        "court_level": s.court_level,
        "text": s.source.text,
    }


def _deadline(r: dict[str, Any]) -> Deadline:
    return Deadline(
        date=_date(r["date"]),
        kind=DeadlineKind(r["kind"]),
        text=r["text"],
        source=_src(r),
        computed=bool(r["computed"]),
        rule=r["rule"],
        time=r["time"],
        courtroom=r["courtroom"],
        anchor=r["anchor"],
    )
