"""`casetracker search`, `reindex` and `check`: the full-text index from the command line.

Kept light to start: click and the standard library at import; `Tracker` (and through it
Whoosh) inside the command bodies; rich only when printing to a terminal.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from casetracker.cli.common import EXIT_FAILED, EXIT_USAGE, Context, pass_ctx, reported

if TYPE_CHECKING:
    from casetracker.fulltext import CheckReport, SearchResult

# A page reference for --page: ECF number, optional attachment, page. "44:3" ; "44-2:1"
PAGE_REF = re.compile(r"^\s*(\d+)(?:-(\d+))?:(\d+)\s*$")


@click.command()
@click.argument("query", nargs=-1)
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
    help="Best matches first, or newest filings first.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most N filings."
)
@click.option(
    "--page",
    "page_ref",
    default=None,
    metavar="ECF:PAGE",
    help="Print one page's text instead (44:3; 44-2:1 for an attachment).",
)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.option("--nl", "as_nl", is_flag=True, help="One JSON object per filing per line.")
@pass_ctx
def search(
    ctx: Context,
    query: tuple[str, ...],
    sort: str,
    limit: int,
    page_ref: str | None,
    as_json: bool,
    as_nl: bool,
) -> None:
    """Search the text of every filing; results grouped by filing, best pages first.

    Words are stemmed (impound finds impounded); "exact phrases"; AND, OR, NOT and ( )
    in capitals; impound* and destory~ (fuzzy); filters type:order state:NY ecf:44-2
    page:3 case:3:25-cv-05536-VC court:cand title:... party:"Kristi Noem"
    filed:2025-07-01..2025-08-31 (or filed:>=2025-07-01, filed:2025-07). Legal citations
    work as typed: § 1396a, 1396a(a)(7), 42 U.S.C., Dkt. 44.

    Example: casetracker search '"Medicaid data" impound* type:order filed:2025'
    """
    from casetracker.tracker import Tracker

    text = " ".join(query).strip()
    with reported(ctx):
        if page_ref is not None:
            m = PAGE_REF.match(page_ref)
            if m is None:
                raise click.UsageError("--page takes ECF:PAGE, e.g. 44:3 or 44-2:1")
            ecf, attachment, page = int(m.group(1)), m.group(2), int(m.group(3))
            with Tracker.open(ctx.home) as tracker:
                body = tracker.page_text(ecf, page, int(attachment) if attachment else None)
            click.echo(body)
            return
        if not text:
            raise click.UsageError("give a query, e.g. casetracker search impound*")
        with bad_query_is_usage(ctx), Tracker.open(ctx.home) as tracker:
            result = tracker.search(text, sort=sort, limit=limit)
    if as_json:
        click.echo(json.dumps(result_to_dict(result), indent=2, ensure_ascii=False))
    elif as_nl:
        for filing in result_to_dict(result)["filings"]:
            click.echo(json.dumps(filing, ensure_ascii=False))
    elif sys.stdout.isatty():
        _print_rich(result)
    else:
        click.echo(format_plain(result), nl=False)


@contextmanager
def bad_query_is_usage(ctx: Context) -> Iterator[None]:
    """A malformed query is bad usage (exit 2); index trouble stays a failure (exit 1)."""
    from casetracker.errors import QueryError

    try:
        yield
    except QueryError as e:
        if ctx.debug:
            raise
        click.echo(f"casetracker: bad query: {e.message}", err=True)
        sys.exit(EXIT_USAGE)


def result_to_dict(result: SearchResult) -> dict[str, Any]:
    """The `--json` shape: the dataclasses as plain data, dates ISO."""
    data = dataclasses.asdict(result)
    for filing in data["filings"]:
        filing["filed"] = filing["filed"].isoformat() if filing["filed"] else None
        for page in filing["pages"]:
            page["highlights"] = [list(span) for span in page["highlights"]]
    return data


def _label(docket_entry: int | None, attachment: int | None) -> str:
    if docket_entry is None:
        return "ECF ?"
    return f"ECF {docket_entry}" + (f"-{attachment}" if attachment else "")


def format_plain(result: SearchResult) -> str:
    """Results as plain text for pipes: matched words in [brackets]."""
    if not result.filings:
        hint = f' Did you mean: "{result.suggestion}"?' if result.suggestion else ""
        return f"No pages match.{hint}\n"
    lines = [f"{result.total_pages} matching pages in {len(result.filings)} filings"]
    for f in result.filings:
        filed = f.filed.isoformat() if f.filed else "undated"
        label = _label(f.docket_entry, f.attachment)
        kind, title = f.doc_type or "", f.title or ""
        lines.append(f"{label}  {filed}  {kind}  {title}  ({f.matched_pages} pages)")
        for p in f.pages:
            marked, last = [], 0
            for s, e in p.highlights:
                marked += [p.snippet[last:s], "[", p.snippet[s:e], "]"]
                last = e
            marked.append(p.snippet[last:])
            lines.append(f"  p.{p.page}: {''.join(marked)}")
    return "\n".join(lines) + "\n"


def _print_rich(result: SearchResult) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    if not result.filings:
        hint = f' Did you mean: "{result.suggestion}"?' if result.suggestion else ""
        console.print(f"No pages match.{hint}")
        return
    console.print(f"[dim]{result.total_pages} matching pages in {len(result.filings)} filings")
    for f in result.filings:
        filed = f.filed.isoformat() if f.filed else "undated"
        head = Text(f"{_label(f.docket_entry, f.attachment)}  ", style="bold")
        head.append(f"{filed}  {f.doc_type or ''}  {f.title or ''}  ")
        head.append(f"({f.matched_pages} pages)", style="dim")
        console.print(head)
        for p in f.pages:
            line = Text(f"  p.{p.page}: ", style="cyan")
            snippet = Text(p.snippet)
            for s, e in p.highlights:
                snippet.stylize("bold yellow", s, e)
            console.print(line + snippet)


@click.command()
@pass_ctx
def reindex(ctx: Context) -> None:
    """Rebuild the search index from the database (safe to run any time).

    Example: casetracker reindex
    """
    from casetracker.tracker import Tracker

    def progress(done: int, total: int) -> None:
        click.echo(f"\rindexed {done}/{total} filings", nl=False, err=True)

    with reported(ctx), Tracker.open(ctx.home) as tracker:
        pages = tracker.reindex(progress=progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(f"indexed {pages} pages")


@click.command()
@click.option("--repair", is_flag=True, help="Mend what is found: reindex, drop orphans, unlock.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_ctx
def check(ctx: Context, repair: bool, as_json: bool) -> None:
    """Compare the search index with the database: missing, stale and orphan filings, and
    a lock left by a killed writer. Exits 1 when something is wrong and not repaired.

    Example: casetracker check --repair
    """
    from casetracker.tracker import Tracker

    with reported(ctx), Tracker.open(ctx.home) as tracker:
        report = tracker.check(repair=repair)
    if as_json:
        data = dataclasses.asdict(report)
        data["is_clean"] = report.is_clean
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo(format_check(report, repair))
    if not report.is_clean and not repair:
        sys.exit(EXIT_FAILED)


def format_check(report: CheckReport, repair: bool) -> str:
    if report.is_clean:
        return "search index matches the database"
    lines = []
    found = (("missing", report.missing), ("stale", report.stale), ("orphan", report.orphans))
    for name, ids in found:
        if ids:
            shown = ", ".join(str(i) for i in ids[:20]) + (" …" if len(ids) > 20 else "")
            lines.append(f"{len(ids)} {name} filing(s) in the index: {shown}")
    if report.stale_lock:
        lines.append("a killed writer left the index locked" + (" (cleared)" if repair else ""))
    if repair:
        lines.append(f"repaired {report.repaired}")
    else:
        lines.append("run casetracker check --repair to mend it")
    return "\n".join(lines)
