"""Every command of the CLI, in the order `--help` lists them."""

from __future__ import annotations

import click

from casetracker.cli.board_cmd import board, digest, docket, note, set_status, states
from casetracker.cli.deadlines_cmd import deadlines
from casetracker.cli.due_cmd import due
from casetracker.cli.extract_cmd import extract
from casetracker.cli.ingest_cmd import ingest
from casetracker.cli.search_cmd import check, reindex, search
from casetracker.cli.tui_cmd import tui

ALL: list[click.Command] = [
    ingest,
    extract,
    deadlines,
    due,
    board,
    digest,
    states,
    docket,
    set_status,
    note,
    search,
    reindex,
    check,
    tui,
]
