"""`casetracker due`: when is it due? FRCP 6(a)/6(d) arithmetic, explained line by line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

import click

from casetracker.cli.common import Context, echo_json, pass_ctx, reported
from casetracker.frcp import DueDate, Rule

# Dates an aide types: ISO "2025-07-15" or US "07/15/2025" (four-digit year only, so "7/15/25"
# is refused rather than guessed as year 25).
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
US_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> dt.date:
    """A calendar date from YYYY-MM-DD or MM/DD/YYYY; raises click.BadParameter otherwise."""
    text = text.strip()
    try:
        if ISO_DATE_RE.match(text):
            return dt.date.fromisoformat(text)
        if m := US_DATE_RE.match(text):
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a real date") from None
    raise click.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD or MM/DD/YYYY")


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    return None if value is None else parse_date(value)


def _dates_option(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[dt.date, ...]:
    return tuple(parse_date(v) for v in value)


def rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "citation": rule.citation,
        "title": rule.title,
        "trigger": rule.trigger,
        "direction": rule.direction.value,
        "days": rule.days,
        "service_applies": rule.service_applies,
        "court": rule.court,
        "kind": rule.kind.value,
        "applies_to": rule.applies_to,
        "description": rule.description,
        "follows": rule.follows,
    }


def due_json(result: DueDate, *, days: int, direction: str, service: str) -> dict[str, Any]:
    return {
        "due": result.due.isoformat(),
        "raw": result.raw.isoformat(),
        "trigger": result.trigger.isoformat() if result.trigger else None,
        "days": days,
        "direction": direction,
        "service": service,
        "steps": [
            {"date": s.date.isoformat() if s.date else None, "note": s.note} for s in result.steps
        ],
        "rule": rule_json(result.rule) if result.rule else None,
    }


def _print_rules(rules: dict[str, Rule], as_json: bool) -> None:
    if as_json:
        echo_json([rule_json(r) for r in rules.values()])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "citation", "days", "counts", "what is due")
    for r in rules.values():
        counts = f"{r.direction.value} from {r.trigger}"
        table.add_row(r.id, r.citation, str(r.days), counts, r.title)
    Console().print(table)


def _print_due(result: DueDate, service: str) -> None:
    from rich.console import Console

    console = Console()
    head = f"[bold]Due {result.due:%A, %B %-d, %Y}[/bold] ({result.due.isoformat()})"
    if result.rule is not None:
        head += f" — {result.rule.citation}, {result.rule.title}"
    console.print(head)
    for n, step in enumerate(result.steps, 1):
        console.print(f"  {n}. {step.note}", highlight=False)
    if result.due != result.raw:
        console.print(f"  (plain count: {result.raw.isoformat()}; service: {service})")


@click.command("due")
@click.option(
    "--from",
    "trigger",
    metavar="DATE",
    callback=_date_option,
    help="Trigger date (YYYY-MM-DD or MM/DD/YYYY).",
)
@click.option("--days", type=click.IntRange(min=0), help="Length of the period in days.")
@click.option(
    "--direction",
    type=click.Choice(["forward", "backward"]),
    default=None,
    help="forward: N days after; backward: N days before an event. Default: forward.",
)
@click.option(
    "--service",
    type=click.Choice(["electronic", "mail", "personal", "clerk", "consented"]),
    default="electronic",
    show_default=True,
    help="How the triggering paper was served (mail adds 3 days, FRCP 6(d)).",
)
@click.option("--rule", "rule_ref", help="Rule id or citation, e.g. cand-7-3a or 'FRCP 12(a)(2)'.")
@click.option("--court", default=None, help="Court id for local holidays and local rules (cand).")
@click.option(
    "--inaccessible",
    metavar="DATE",
    callback=_dates_option,
    multiple=True,
    help="A day the clerk's office was inaccessible (FRCP 6(a)(3)); repeatable.",
)
@click.option("--list-rules", is_flag=True, help="List the known rules and exit.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def due(
    ctx: Context,
    trigger: dt.date | None,
    days: int | None,
    direction: str | None,
    service: str,
    rule_ref: str | None,
    court: str | None,
    inaccessible: tuple[dt.date, ...],
    list_rules: bool,
    as_json: bool,
) -> None:
    """Compute a deadline under FRCP 6(a) and 6(d), showing each step and roll.

    Example: casetracker due --from 2025-07-15 --rule "Civil L.R. 7-3(a)" --json
    """
    from casetracker.frcp import Direction, Service, apply_rule, compute
    from casetracker.rules import default_calendar, find_rule, load_courts, load_rules

    with reported(ctx):
        if list_rules:
            _print_rules(load_rules(), as_json)
            return
        if trigger is None:
            raise click.UsageError("--from DATE is required (or use --list-rules)")
        rule = None
        if rule_ref is not None:
            rule = find_rule(rule_ref, court=court)
            if rule is None:
                raise click.BadParameter(
                    f"no rule matches {rule_ref!r} (see --list-rules)", param_hint="--rule"
                )
        elif days is None:
            raise click.UsageError("give --days N or --rule RULE")
        if court is not None and court not in load_courts():
            raise click.BadParameter(
                f"unknown court {court!r} (known: {', '.join(load_courts())})",
                param_hint="--court",
            )
        calendar = default_calendar(inaccessible, court=court)
        chosen = Service(service)
        if rule is not None:
            # Explicit --days/--direction override the rule's own period, nothing else.
            rule = replace(
                rule,
                days=days if days is not None else rule.days,
                direction=Direction(direction) if direction else rule.direction,
            )
            result = apply_rule(rule, trigger, calendar=calendar, service=chosen)
        else:
            way = Direction(direction or "forward")
            result = compute(trigger, days or 0, direction=way, service=chosen, calendar=calendar)
        used_days = rule.days if rule else days or 0
        used_way = rule.direction.value if rule else direction or "forward"
        if as_json:
            echo_json(due_json(result, days=used_days, direction=used_way, service=service))
        else:
            _print_due(result, service)
