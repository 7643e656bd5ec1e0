"""`casetracker deadlines`: what is due, from the database, with its source or rule."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import click

from casetracker.cli.common import Context, echo_json, pass_ctx, reported

# A window such as "14d", "2w" or "14". Sample: --upcoming 14d
WINDOW_RE = re.compile(r"^\s*(\d+)\s*([dw]?)\s*$", re.IGNORECASE)


def _window(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    m = WINDOW_RE.match(value)
    if not m:
        raise click.BadParameter("use a number of days such as 14d or 2w")
    n = int(m.group(1))
    return n * 7 if m.group(2).lower() == "w" else n


@click.command()
@click.option(
    "--upcoming",
    callback=_window,
    default=None,
    metavar="WINDOW",
    help="Only dates from today through this window (14d, 2w).",
)
@click.option("--overdue", is_flag=True, help="Only dates before today.")
@click.option("--case", "case_number", default=None, help="Only this case number.")
@click.option("--superseded", is_flag=True, help="Also show dates a later paper replaced.")
@click.option("--every", is_flag=True, help="Every statement of a date, not one line per deadline.")
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Pretend today is this date (YYYY-MM-DD).",
)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV for spreadsheets.")
@click.option(
    "--ics",
    "ics_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write an .ics calendar (stable UIDs: re-export updates).",
)
@pass_ctx
def deadlines(
    ctx: Context,
    upcoming: int | None,
    overdue: bool,
    case_number: str | None,
    superseded: bool,
    every: bool,
    today: dt.datetime | None,
    as_json: bool,
    as_csv: bool,
    ics_path: Path | None,
) -> None:
    """List deadlines: stated in filings (ECF and page) or derived by a rule (citation).

    Example: casetracker deadlines --upcoming 14d --ics deadlines.ics
    """
    from casetracker.export import CSV_FIELDS, csv_row, select, to_ics
    from casetracker.tracker import Tracker

    day = today.date() if today else Tracker.today()
    with reported(ctx), Tracker.open(ctx.home) as tracker:
        items = select(
            tracker.deadline_items(include_superseded=superseded, collapse=not every),
            today=day,
            upcoming_days=upcoming,
            overdue=overdue,
            case_number=case_number,
        )
    if ics_path is not None:
        ics_path.write_bytes(to_ics(items, now=dt.datetime.now(dt.UTC)))
        click.echo(
            f"wrote {sum(1 for i in items if i.deadline.date)} events to {ics_path}", err=True
        )
    if as_json:
        echo_json([{**csv_row(i), "id": i.id, "text": i.deadline.text} for i in items])
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(csv_row(i) for i in items)
    elif ics_path is None:
        from rich.console import Console

        from casetracker.cli.deadline_view import deadline_table

        Console().print(deadline_table(items, today=day))
