"""`casetracker ingest`: the nightly job."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from casetracker.cli.common import (
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    echo_json,
    pass_ctx,
    reported,
)
from casetracker.config import Limits

_DEFAULT = Limits()

if TYPE_CHECKING:
    from casetracker.ingest import IngestSummary


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(0, 64),
    default=2,
    show_default=True,
    help="Extraction processes (0: in this process).",
)
@click.option("--retry-failed", is_flag=True, help="Try again files refused before, unchanged.")
@click.option(
    "--reextract",
    is_flag=True,
    help="Read unchanged files again and replace their facts (after an upgrade).",
)
@click.option(
    "--wait",
    "wait_s",
    type=click.FloatRange(0),
    default=0,
    show_default=True,
    help="Seconds to wait for another ingest to finish before giving up (exit 4).",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(0.001),
    default=_DEFAULT.max_bytes / 2**20,
    show_default=True,
    help="Refuse files larger than this.",
)
@click.option(
    "--max-pages",
    type=click.IntRange(1),
    default=_DEFAULT.max_pages,
    show_default=True,
    help="Refuse files with more pages.",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(1),
    default=_DEFAULT.timeout_s,
    show_default=True,
    help="Per-file time limit for reading and extraction, seconds.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@pass_ctx
def ingest(
    ctx: Context,
    paths: tuple[Path, ...],
    workers: int,
    retry_failed: bool,
    reextract: bool,
    wait_s: float,
    max_mb: float,
    max_pages: int,
    timeout_s: float,
    as_json: bool,
) -> None:
    """Ingest court filings (PDF) into the database and the search index.

    Unchanged files are skipped; bad files are recorded with a reason and never stop the
    run. Exit codes: 0 done, 1 failed, 2 usage, 3 some files rejected, 4 another ingest
    holds the lock.

    Example: casetracker ingest filings/ --json
    """
    from casetracker.tracker import Tracker

    targets = list(paths) or [Path("filings")]
    limits = Limits(int(max_mb * 2**20), max_pages, timeout_s)
    with reported(ctx), Tracker.open(ctx.home) as tracker:
        progress, finish = _progress(quiet=as_json)
        try:
            with reported(ctx, EXIT_LOCKED):
                summary = tracker.ingest(
                    targets,
                    workers=workers,
                    retry_failed=retry_failed,
                    reextract=reextract,
                    limits=limits,
                    progress=progress,
                    wait_s=wait_s,
                    args=sys.argv[1:],
                )
        finally:
            finish()
        if as_json:
            echo_json(summary_json(summary, tracker.counts()))
        else:
            _print_summary(summary)
    sys.exit(EXIT_REJECTED if summary.failed else EXIT_OK)


def summary_json(summary: IngestSummary, counts: dict[str, int]) -> dict[str, Any]:
    c = summary.counts()
    return {
        "run_id": summary.run_id,
        **c,
        "pages": summary.pages,
        "duration_s": round(summary.duration_s, 3),
        "failures": [
            {"path": o.path, "reason": str(o.reason), "message": o.message}
            for o in summary.outcomes
            if o.status in ("failed", "still_failed")
        ],
        "database": {"filings": counts["filings"], "pages": counts["pages"]},
    }


def _progress(quiet: bool) -> tuple[Any, Any]:
    """A rich progress bar on a terminal, plain log lines otherwise, nothing for --json."""
    if quiet:
        return None, lambda: None
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            transient=True,
        )
        task = bar.add_task("", total=None)
        bar.start()

        def tick(n: int, total: int, path: str) -> None:
            bar.update(task, completed=n, total=total, description=Path(path).name)

        return tick, bar.stop

    def log(n: int, total: int, path: str) -> None:
        click.echo(f"[{n}/{total}] {path}", err=True)

    return log, lambda: None


def _print_summary(summary: IngestSummary) -> None:
    c = summary.counts()
    click.echo(
        f"ingest run {summary.run_id}: {c['new']} new, {c['updated']} updated, "
        f"{c['moved']} moved, {c['unchanged']} unchanged, {c['failed']} rejected "
        f"({summary.pages} pages read in {summary.duration_s:.1f} s)"
    )
    for o in summary.outcomes:
        if o.status == "failed":
            click.echo(f"  rejected: {o.path}: {o.message} [{o.reason}]")
    if c["still_failed"]:
        click.echo(
            f"  {c['still_failed']} file(s) still rejected from earlier runs "
            "(unchanged; --retry-failed to try again)"
        )
