"""`casetracker extract`: read facts from PDFs and print them, without touching the database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from casetracker.cli.common import EXIT_OK, EXIT_REJECTED, Context, echo_json, pass_ctx, reported


@click.command()
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--json", "as_json", is_flag=True, help="JSON: one object for a file, an array for several."
)
@click.option("--explain", is_flag=True, help="Show the page and quoted text behind each fact.")
@click.option("--no-ocr", is_flag=True, help="Do not run OCR on pages without a text layer.")
@pass_ctx
def extract(
    ctx: Context, paths: tuple[Path, ...], as_json: bool, explain: bool, no_ocr: bool
) -> None:
    """Extract court, parties, claims, relief and deadlines from PDF filings (nothing is stored).

    A refused file (encrypted, corrupt, not a PDF) is reported with its reason and the command
    exits 3 after the others are read.

    Example: casetracker extract filings/ecf-1.pdf --json
    """
    from casetracker.config import Limits
    from casetracker.extract.serialize import extraction_to_json
    from casetracker.ingest import extract_file

    with reported(ctx):
        results = [extract_file(path, Limits(), ocr=not no_ocr) for path in paths]
    for x in results:
        if x.error is not None:
            click.echo(f"{x.path}: {x.message or x.error.value} (skipped)", err=True)
    if as_json:
        objects = [extraction_to_json(x) for x in results]
        echo_json(objects[0] if len(objects) == 1 else objects)
    else:
        from rich.console import Console

        from casetracker.render import print_extraction

        console = Console()
        for x in results:
            print_extraction(console, x, explain=explain)
    sys.exit(EXIT_REJECTED if any(x.error for x in results) else EXIT_OK)
