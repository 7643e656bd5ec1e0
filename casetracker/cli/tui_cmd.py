"""`casetracker tui`: the full-screen app for legal aides."""

from __future__ import annotations

import datetime as dt

import click

from casetracker.cli.common import Context, pass_ctx


@click.command()
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Pretend today is this date (YYYY-MM-DD).",
)
@pass_ctx
def tui(ctx: Context, today: dt.datetime | None) -> None:
    """Open the full-screen board, docket, search and deadlines (keyboard or mouse).

    Example: casetracker --home index tui
    """
    # Textual is imported here only: `import casetracker.cli` must stay quick.
    from casetracker.tui import make_app

    make_app(ctx.home, today=today.date() if today else None, preload=True).run()
