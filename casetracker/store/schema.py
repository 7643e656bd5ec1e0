"""The database schema as numbered migrations; `migrate` applies the ones not yet applied.

A migration is never edited once released: a change to the schema is a new migration, so a
database made by any earlier version upgrades in place, each step in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

_V1 = """
create table if not exists cases (
    id integer primary key,
    case_number text not null unique,
    court_id text, court text, judge text
);
create table if not exists filings (
    id integer primary key,
    case_id integer references cases(id),
    sha256 text not null unique,
    size integer not null,
    pages integer not null,
    text_layer text, ocr text,
    court_id text, court text, case_number text,
    docket_entry integer, attachment integer, filed text,
    title text, doc_type text, is_proposed integer not null default 0, judge text,
    stamp text, sources text,
    first_run integer, updated_run integer, extracted_at text,
    indexed_sha text
);
create index if not exists filings_docket on filings(docket_entry, attachment);
create table if not exists filing_paths (
    id integer primary key,
    filing_id integer not null references filings(id) on delete cascade,
    path text not null,
    size integer not null, mtime_ns integer not null,
    first_seen text, last_seen text, first_run integer,
    is_current integer not null default 1
);
create index if not exists filing_paths_path on filing_paths(path, is_current);
create table if not exists pages (
    filing_id integer not null references filings(id) on delete cascade,
    page integer not null,
    text text not null,
    ocr integer not null default 0,
    primary key (filing_id, page)
);
create table if not exists parties (
    id integer primary key,
    case_id integer references cases(id),
    name text not null, norm_name text not null, state text
);
create index if not exists parties_norm on parties(case_id, norm_name);
create table if not exists appearances (
    id integer primary key,
    filing_id integer not null references filings(id) on delete cascade,
    party_id integer not null references parties(id),
    role text not null, official text,
    page integer, source_text text, start integer, "end" integer
);
create table if not exists claims (
    id integer primary key,
    filing_id integer not null references filings(id) on delete cascade,
    number integer not null, title text not null,
    page integer, source_text text, start integer, "end" integer
);
create table if not exists relief (
    id integer primary key,
    filing_id integer not null references filings(id) on delete cascade,
    label text, text text not null, category text not null, disposition text,
    page integer, source_text text, start integer, "end" integer
);
create table if not exists deadlines (
    id integer primary key,
    filing_id integer not null references filings(id) on delete cascade,
    date text, kind text not null, text text not null,
    computed integer not null default 0, rule text,
    time text, courtroom text, anchor text,
    origin text not null default 'stated',
    trigger_filing_id integer references filings(id) on delete cascade,
    superseded_by integer,
    created_run integer,
    page integer, source_text text, start integer, "end" integer
);
create index if not exists deadlines_filing on deadlines(filing_id);
create index if not exists deadlines_date on deadlines(date);
create table if not exists runs (
    id integer primary key,
    started text not null, finished text, status text, args text,
    new integer default 0, updated integer default 0, unchanged integer default 0,
    moved integer default 0, failed integer default 0, duration_s real
);
create table if not exists failures (
    path text primary key,
    size integer, mtime_ns integer, sha256 text,
    reason text not null, message text not null,
    run_id integer, last_seen text
);
create table if not exists failure_log (
    id integer primary key,
    path text not null, reason text not null, message text not null,
    run_id integer, at text
);
create table if not exists overrides (
    row_key text not null, case_id integer,
    status text, note text, author text not null, at text not null
);
create table if not exists audit (
    id integer primary key,
    row_key text not null, case_id integer, action text not null,
    old text, new text, author text not null, at text not null
);
create table if not exists board_snapshots (
    run_id integer not null, row_key text not null, status text not null,
    primary key (run_id, row_key)
);
"""


def _v1(db: sqlite_utils.Database) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute(statement)


def _v2(db: sqlite_utils.Database) -> None:
    """Deadlines as each run left them, so the digest can tell added from moved."""
    db.execute(
        "create table if not exists deadline_snapshots ("
        " run_id integer not null, filing_id integer, docket_entry integer,"
        " kind text not null, date text, text text not null, page integer)"
    )
    db.execute("create index if not exists deadline_snapshots_run on deadline_snapshots(run_id)")


def _v3(db: sqlite_utils.Database) -> None:
    """Indexes for reading a filing's paths and facts: without them the board's load
    scanned every path once per filing (3.4 s at 4,000 filings)."""
    for table in ("filing_paths", "appearances", "claims", "relief"):
        db.execute(f"create index if not exists {table}_filing on {table}(filing_id)")


# Tables the board is built from (`Tracker.docket_filings`, `Tracker.overrides`).
BOARD_TABLES = (
    "filings",
    "filing_paths",
    "pages",
    "parties",
    "appearances",
    "claims",
    "relief",
    "deadlines",
    "overrides",
)


def _v4(db: sqlite_utils.Database) -> None:
    """Saved boards, and a generation number that every write to a table the board reads
    bumps (by trigger, so no writer can forget it): a board saved under an older number
    is never read again."""
    db.execute(
        "create table if not exists board_generation ("
        " id integer primary key check (id = 1), n integer not null)"
    )
    db.execute("insert or ignore into board_generation (id, n) values (1, 0)")
    db.execute(
        "create table if not exists saved_boards ("
        " key text primary key, board blob not null, saved text not null)"
    )
    for table in BOARD_TABLES:
        for event in ("insert", "update", "delete"):
            db.execute(
                f"create trigger if not exists {table}_{event}_bumps_board"
                f" after {event} on {table}"
                " begin update board_generation set n = n + 1; end"
            )


def _v5(db: sqlite_utils.Database) -> None:
    """The day a proof of service says service was made (the answer clock runs from it)."""
    db.execute("alter table filings add column served text")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1, _v2, _v3, _v4, _v5)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("pragma user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> int:
    """Apply pending migrations, each atomically; return the resulting version.

    A database newer than this code is left alone and refused by the caller.
    """
    version = current_version(db)
    if version > SCHEMA_VERSION:
        from casetracker.errors import StoreError

        raise StoreError(
            f"database schema {version} is newer than this casetracker ({SCHEMA_VERSION}):"
            " upgrade casetracker",
            "store",
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            step(db)
            db.execute(f"pragma user_version = {number}")
    return SCHEMA_VERSION
