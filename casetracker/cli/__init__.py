"""The `casetracker` command line: verbs an aide would say, each calling `Tracker`.

Each command lives in a small module of this package and is registered below. A command
imports what it needs inside its body, so `casetracker search` never loads Textual or the
PDF libraries.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from casetracker import __version__
from casetracker.cli.common import Context
from casetracker.config import default_home


@click.group(invoke_without_command=True)
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Data folder (database and search index). Default: $CASETRACKER_HOME or ./index",
)
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(__version__, prog_name="casetracker")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, debug: bool) -> None:
    """Track a lawsuit's filings: ingest PDFs, extract facts and deadlines, search, board.

    Example: casetracker ingest filings/ && casetracker board
    """
    ctx.obj = Context(home or default_home(), debug)
    if ctx.invoked_subcommand is None:
        if sys.stdout.isatty() and sys.stdin.isatty() and "tui" in cli.commands:
            ctx.invoke(cli.commands["tui"])
        else:
            click.echo(ctx.get_help())


def main() -> None:
    cli(prog_name="casetracker")


def _register() -> None:
    """Attach each command module's commands (kept apart so modules stay small)."""
    from casetracker.cli.commands import ALL

    for command in ALL:
        cli.add_command(command)


_register()
