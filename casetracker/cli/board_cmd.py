"""`casetracker board`, `digest`, `note`, `set-status`, `states`, `docket`: the status board.

Each command asks `Tracker` for dataclasses and prints them with `board_view`: a rich table
on a terminal (plain text when piped), JSON for scripts.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import click

from casetracker.cli.common import EXIT_FAILED, EXIT_USAGE, Context, echo_json, pass_ctx
from casetracker.errors import CasetrackerError

if TYPE_CHECKING:
    from casetracker.board import Digest
    from casetracker.tracker import Tracker

# What `--since` accepts besides a date. Sample: --since last-run
LAST_RUN = "last-run"
# Items per digest section in text and markdown: a first run lists the whole docket, and
# cron mails what is printed.
DIGEST_ITEMS = 20

_TODAY = click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Pretend today is this date (YYYY-MM-DD).",
)


@contextmanager
def _reported(ctx: Context) -> Iterator[None]:
    """One line on stderr; exit 2 when the user asked for something that does not exist
    (an unknown row or status), 1 when the command itself failed."""
    try:
        yield
    except CasetrackerError as e:
        if ctx.debug:
            raise
        click.echo(f"casetracker: {e.message}", err=True)
        sys.exit(EXIT_USAGE if e.reason == "usage" else EXIT_FAILED)


def _open(ctx: Context) -> Tracker:
    """The tracker over an existing database; reading commands never create one."""
    from casetracker.tracker import Tracker

    tracker = Tracker.open(ctx.home)
    if not tracker.has_database:
        raise CasetrackerError(
            f"no database in {ctx.home}; run `casetracker ingest PATH` first", "no_database"
        )
    return tracker


def _entry_labels(tracker: Tracker, case_number: str | None = None) -> dict[int, str]:
    return {f.filing_id: f.entry_label for f in tracker.docket_filings(case_number)}


def _console() -> Any:
    from rich.console import Console

    return Console()


@click.command()
@click.option("--case", "case_number", default=None, help="Only this case number.")
@click.option("--row", "row_key", default=None, metavar="KEY", help="One row's timeline.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts (every field).")
@_TODAY
@pass_ctx
def board(
    ctx: Context,
    case_number: str | None,
    row_key: str | None,
    as_json: bool,
    today: dt.datetime | None,
) -> None:
    """Show the status board: one row per claim and per demanded relief, where it stands.

    An aide's status that differs from the docket is shown beside it. `--row KEY` prints
    that row's timeline with the ECF number, page and sentence of each step.

    Example: casetracker board --row relief:impoundment
    """
    from casetracker.cli import board_view as view

    with _reported(ctx), _open(ctx) as tracker:
        day = today.date() if today else tracker.today()
        result = tracker.board(today=day, case_number=case_number)
        labels = _entry_labels(tracker, case_number)
        if row_key is not None:
            row = result.row(row_key)
            if row is None:
                keys = ", ".join(r.key for r in result.rows) or "none yet: ingest a complaint"
                raise CasetrackerError(f"no board row {row_key!r}; rows: {keys}", "usage")
            if as_json:
                echo_json(view.row_json(row, labels))
            else:
                _console().print(view.timeline(row, labels))
            return
    if as_json:
        echo_json(view.board_json(result, labels, today=day))
    elif not result.rows:
        click.echo("The board is empty: no complaint ingested yet.")
    else:
        _console().print(view.board_table(result, labels, today=day))


def _since(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None or value.strip().lower() == LAST_RUN:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"use {LAST_RUN} or a date such as 2025-08-01") from None


@click.command()
@click.option(
    "--since",
    callback=_since,
    default=None,
    metavar="last-run|DATE",
    help="Compare with the run before the last one (default) or with the docket on a date.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts (never shortened).")
@click.option("--markdown", is_flag=True, help="Markdown (headings and bullets).")
@click.option(
    "--all", "show_all", is_flag=True, help=f"Every item, not the first {DIGEST_ITEMS} a section."
)
@_TODAY
@pass_ctx
def digest(
    ctx: Context,
    since: dt.date | None,
    as_json: bool,
    markdown: bool,
    show_all: bool,
    today: dt.datetime | None,
) -> None:
    """What changed: new filings, status changes, deadlines added or moved or due soon.

    Short enough for the nightly cron e-mail (a long section shows its first items and how
    many more); prints "Nothing new." when nothing changed.

    Example: casetracker digest --since 2025-08-01 --markdown
    """
    from casetracker.board import digest_json, digest_markdown, digest_text

    with _reported(ctx), _open(ctx) as tracker:
        result = tracker.digest(since=since, today=today.date() if today else None)
    if as_json:
        echo_json(digest_json(result))
        return
    shown, cut = (result, 0) if show_all else _shortened(result, DIGEST_ITEMS)
    click.echo(digest_markdown(shown) if markdown else digest_text(shown))
    if cut:
        click.echo(f"\n({cut} more items: casetracker digest --all, or --json)")


def _shortened(d: Digest, limit: int) -> tuple[Digest, int]:
    """The digest with each list cut to `limit` items, and how many were cut in all."""
    fields = (
        "new_filings", "status_changes", "deadlines_added", "deadlines_moved", "due_soon",
        "failures",
    )  # fmt: skip
    cut = sum(max(0, len(getattr(d, f)) - limit) for f in fields)
    return replace(d, **{f: getattr(d, f)[:limit] for f in fields}), cut


@click.command()
@click.argument("row_key")
@click.argument("text")
@click.option("--author", default=None, help="Who writes the note (default: your login).")
@pass_ctx
def note(ctx: Context, row_key: str, text: str, author: str | None) -> None:
    """Attach a note to a board row (audited; re-ingestion keeps it).

    Example: casetracker note relief:impoundment "ask co-counsel about the contractor copy"
    """
    with _reported(ctx), _open(ctx) as tracker:
        tracker.add_note(row_key, text, author)
    click.echo(f"noted on {row_key}")


@click.command("set-status")
@click.argument("row_key")
@click.argument("status")
@click.option("--note", "note_text", default=None, help="Why (kept with the status).")
@click.option("--author", default=None, help="Who decides (default: your login).")
@pass_ctx
def set_status(
    ctx: Context, row_key: str, status: str, note_text: str | None, author: str | None
) -> None:
    """Set a board row's status by hand; the docket's own status stays visible beside it.

    Statuses: sought, motion_pending, opposed, replied, heard, granted, granted_in_part,
    denied, moot, stayed, dismissed, appealed, final, needs_review, withdrawn, superseded.

    Example: casetracker set-status relief:injunction-use stayed --note "9th Cir. stay"
    """
    with _reported(ctx), _open(ctx) as tracker:
        tracker.set_status(row_key, status.strip().lower().replace(" ", "_"), note_text, author)
        row = tracker.board().row(row_key)
    if row is not None:
        click.echo(f"{row_key}: {row.status} (docket says {row.derived})")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_ctx
def states(ctx: Context, as_json: bool) -> None:
    """List the plaintiff States: when each joined (or left), its counsel, the orders
    binding as to it.

    Example: casetracker states --json
    """
    from casetracker.cli import board_view as view

    with _reported(ctx), _open(ctx) as tracker:
        result = tracker.states()
    if as_json:
        echo_json([view.state_json(s) for s in result])
    else:
        _console().print(view.states_table(result))


@click.command()
@click.option("--gaps", is_flag=True, help="Also list the entries missing (to fetch from PACER).")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_ctx
def docket(ctx: Context, gaps: bool, as_json: bool) -> None:
    """List the filings in the inbox by ECF number, attachments under their entry.

    A filing whose file is no longer in the inbox is left out (and counts as missing).

    Example: casetracker docket --gaps
    """
    from casetracker.cli import board_view as view

    with _reported(ctx), _open(ctx) as tracker:
        result = tracker.docket(gaps=gaps)
    if as_json:
        echo_json(view.docket_json(result, gaps=gaps))
        return
    _console().print(view.docket_table(result))
    if gaps:
        for line in view.gaps_lines(result):
            click.echo(line)
