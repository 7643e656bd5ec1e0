"""How the board and its views print: rich tables for a terminal, plain data for `--json`.

The JSON side spells every value the way the StrEnums do and carries each fact's provenance
(filing, ECF number, page, quoted text), so a script can reach the page behind a status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from casetracker.board import (
    Board,
    BoardRow,
    DocketLine,
    DocketView,
    Override,
    StateStatus,
    Status,
    Step,
)
from casetracker.models import Deadline, Source

# Colour by how a row stands: the court's answer (green / red), still in briefing (yellow),
# an aide must read the order (magenta), out of this court's hands for now (blue).
STATUS_STYLES: dict[Status, str] = {
    Status.SOUGHT: "cyan",
    Status.MOTION_PENDING: "yellow",
    Status.OPPOSED: "yellow",
    Status.REPLIED: "yellow",
    Status.HEARD: "yellow",
    Status.GRANTED: "green",
    Status.GRANTED_IN_PART: "chartreuse3",
    Status.DENIED: "red",
    Status.DISMISSED: "red",
    Status.MOOT: "dim",
    Status.STAYED: "blue",
    Status.APPEALED: "blue",
    Status.FINAL: "bold green",
    Status.NEEDS_REVIEW: "bold magenta",
    Status.WITHDRAWN: "dim",
    Status.SUPERSEDED: "dim",
}

# Above this many States a row says "21 States"; the JSON always lists them.
_STATES_LISTED = 3
_NOTE_CHARS = 60

EntryLabels = Mapping[int, str]  # filing_id -> "98", "44-2", "?"


def status_label(status: Status) -> str:
    return str(status).replace("_", " ")


def status_cell(row: BoardRow) -> Text:
    """The derived status, and the aide's beside it when they differ ("granted (aide: stayed)")."""
    text = Text(status_label(row.derived), style=STATUS_STYLES.get(row.derived, ""))
    if row.is_disputed and row.manual is not None and row.manual.status is not None:
        aide = row.manual.status
        text.append(" (aide: ")
        text.append(status_label(aide), style=STATUS_STYLES.get(aide, ""))
        text.append(")")
    elif row.manual is not None and row.manual.status is not None:
        text.append(" (aide agrees)", style="dim")
    return text


def states_cell(states: Sequence[str]) -> str:
    if not states:
        return "—"
    if len(states) <= _STATES_LISTED:
        return ", ".join(states)
    return f"{len(states)} States"


def short(text: str, limit: int = _NOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def ecf(entry: int | None) -> str:
    return f"ECF {entry}" if entry is not None else "unnumbered"


def last_move(row: BoardRow) -> str:
    if not row.history:
        return "—"
    step = row.history[-1]
    note = step.note
    # Step notes often begin with their own "ECF 98: "; do not say it twice.
    prefix = f"{ecf(step.docket_entry)}: "
    if note.startswith(prefix):
        note = note[len(prefix) :]
    return f"{ecf(step.docket_entry)}: {short(note)}"


def deadline_cell(row: BoardRow, labels: EntryLabels) -> str:
    d = row.next_deadline
    if d is None:
        return "—"
    # A date that waits on an event ("14 days after the agencies decide") has none yet.
    when = f"{d.date.isoformat()} {d.kind}" if d.date else f"{d.kind}, date not yet known"
    where = _filing_label(row.next_deadline_filing, labels)
    return when + (f"\n{where}" if where else "")


def _filing_label(filing_id: int | None, labels: EntryLabels) -> str | None:
    if filing_id is None:
        return None
    label = labels.get(filing_id)
    return f"ECF {label}" if label and label != "?" else f"filing #{filing_id}"


def board_table(board: Board, labels: EntryLabels, *, today: dt.date) -> Table:
    """One line per row: what it is, where it stands, its last move and next deadline."""
    title = f"Board {board.case_number or ''} as of {today.isoformat()}".replace("  ", " ")
    table = Table(title=title, expand=True)
    # Each cell line is cut with an ellipsis rather than wrapped, so a row stays two or three
    # lines even at 80 columns (cron mail, a narrow terminal); `--row KEY` shows it whole.
    fit = {"no_wrap": True, "overflow": "ellipsis"}
    table.add_column("row", ratio=3, min_width=20, **fit)  # type: ignore[arg-type]
    table.add_column("status / States", no_wrap=True)
    table.add_column("last move", ratio=2, min_width=16)
    table.add_column("next deadline", ratio=2, min_width=14, **fit)  # type: ignore[arg-type]
    for row in board.rows:
        label = Text(row.key, style="bold")
        label.append(f"\n{short(row.label, 80)}")
        if row.manual is not None and row.manual.note:
            label.append(f"\nnote ({row.manual.author}): {short(row.manual.note)}", style="italic")
        status = status_cell(row)
        status.append(f"\n{states_cell(row.states)}", style="dim")
        table.add_row(
            label,
            status,
            last_move(row),
            deadline_cell(row, labels),
            style="dim" if row.derived is Status.SUPERSEDED else "",
        )
    return table


def timeline(row: BoardRow, labels: EntryLabels) -> Group:
    """One row's history, step by step, each with the ECF number, page and quoted sentence."""
    head = Text(f"{row.key}  ", style="bold")
    head.append_text(status_cell(row))
    head.append(f"\n{row.label}\nStates: {', '.join(row.states) or '—'}")
    steps = Table(title="Timeline", expand=True)
    steps.add_column("#", justify="right", no_wrap=True)
    steps.add_column("filed", no_wrap=True)
    steps.add_column("status", no_wrap=True)
    steps.add_column("source", no_wrap=True)
    steps.add_column("what", ratio=1)
    for n, step in enumerate(row.history, 1):
        what = Text(step.note)
        if step.source.text:
            what.append(f"\n“{short(step.source.text, 200)}”", style="dim")
        steps.add_row(
            str(n),
            step.filed.isoformat() if step.filed else "—",
            Text(status_label(step.status), style=STATUS_STYLES.get(step.status, "")),
            _where(step.docket_entry, step.source),
            what,
        )
    parts: list[Any] = [head, steps]
    if row.overrides:
        aides = Table(title="Aide overrides", expand=True)
        for column in ("at", "author", "status", "note"):
            aides.add_column(column, ratio=1 if column == "note" else None)
        for o in row.overrides:
            aides.add_row(
                o.at.isoformat(timespec="minutes"),
                o.author,
                status_label(o.status) if o.status else "—",
                o.note or "",
            )
        parts.append(aides)
    parts.append(Text(f"Next deadline: {deadline_cell(row, labels)}"))
    if row.next_deadline is not None:
        parts.append(Text(f"  “{short(row.next_deadline.text, 200)}”", style="dim"))
    return Group(*parts)


def _where(entry: int | None, source: Source) -> str:
    return ecf(entry) + (f" p. {source.page}" if source.page else "")


def states_table(states: Sequence[StateStatus]) -> Table:
    table = Table(title=f"Plaintiff States ({sum(s.is_plaintiff for s in states)})", expand=True)
    table.add_column("State", no_wrap=True)
    table.add_column("joined", no_wrap=True)
    table.add_column("left", no_wrap=True)
    table.add_column("counsel", ratio=1)
    table.add_column("orders binding as to it", ratio=1)
    for s in states:
        table.add_row(
            f"{s.code} {s.name}",
            _event(s.joined_entry, s.joined_on),
            _event(s.left_entry, s.left_on) if s.left_filing is not None else "",
            s.counsel or "—",
            ", ".join(ecf(o.docket_entry) for o in s.bound_by) or "—",
            style="" if s.is_plaintiff else "dim",
        )
    return table


def _event(entry: int | None, on: dt.date | None) -> str:
    return f"{ecf(entry)} ({on.isoformat() if on else 'date unknown'})"


def docket_table(view: DocketView) -> Table:
    table = Table(title="Docket", expand=True)
    table.add_column("ECF", no_wrap=True)
    table.add_column("filed", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("title", ratio=1)
    for line in view.lines:
        _docket_row(table, line, indent="")
        for part in line.attachments:
            _docket_row(table, part, indent="  └ ")
    return table


def _docket_row(table: Table, line: DocketLine, *, indent: str) -> None:
    if line.is_missing:
        table.add_row(indent + line.label, "", "", Text("(main document not here)", "italic red"))
        return
    table.add_row(
        indent + line.label,
        line.filed.isoformat() if line.filed else "—",
        str(line.doc_type) if line.doc_type else "—",
        short(line.title or "untitled", 100),
    )


def gaps_lines(view: DocketView) -> list[str]:
    """What to fetch from PACER, compactly ("2-13, 15-18")."""
    lines = [f"Missing entries: {', '.join(view.gap_ranges) or 'none'}"]
    if view.missing_main:
        lines.append(
            "Main documents missing (only attachments here): "
            + ", ".join(str(n) for n in view.missing_main)
        )
    if view.missing_attachments:
        lines.append("Attachments missing: " + ", ".join(view.missing_attachments))
    return lines


# --- JSON -------------------------------------------------------------------------------


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def source_json(s: Source) -> dict[str, Any]:
    return {"page": s.page, "text": s.text, "start": s.start, "end": s.end}


def step_json(step: Step) -> dict[str, Any]:
    return {
        "status": str(step.status),
        "ecf": step.docket_entry,
        "filing_id": step.filing_id,
        "filed": _day(step.filed),
        "page": step.source.page,
        "text": step.source.text,
        "note": step.note,
        "source": source_json(step.source),
    }


def override_json(o: Override) -> dict[str, Any]:
    return {
        "row_key": o.row_key,
        "status": str(o.status) if o.status else None,
        "note": o.note,
        "author": o.author,
        "at": o.at.isoformat(),
    }


def deadline_json(d: Deadline, filing_id: int | None, labels: EntryLabels) -> dict[str, Any]:
    return {
        "date": _day(d.date),
        "kind": str(d.kind),
        "text": d.text,
        "time": d.time,
        "courtroom": d.courtroom,
        "computed": d.computed,
        "rule": d.rule,
        "anchor": d.anchor,
        "filing_id": filing_id,
        "ecf": labels.get(filing_id) if filing_id is not None else None,
        "page": d.source.page,
        "source": source_json(d.source),
    }


def row_json(row: BoardRow, labels: EntryLabels) -> dict[str, Any]:
    return {
        "key": row.key,
        "kind": str(row.kind),
        "label": row.label,
        "category": str(row.category) if row.category else None,
        "status": str(row.status),
        "derived": str(row.derived),
        "is_disputed": row.is_disputed,
        "manual": override_json(row.manual) if row.manual else None,
        "states": list(row.states),
        "state_count": len(row.states),
        "demanded_in": row.demanded_in,
        "demanded_in_ecf": labels.get(row.demanded_in) if row.demanded_in else None,
        "source": source_json(row.source),
        "history": [step_json(s) for s in row.history],
        "next_deadline": (
            deadline_json(row.next_deadline, row.next_deadline_filing, labels)
            if row.next_deadline
            else None
        ),
        "overrides": [override_json(o) for o in row.overrides],
    }


def board_json(board: Board, labels: EntryLabels, *, today: dt.date) -> dict[str, Any]:
    op = board.operative_complaint
    return {
        "case_number": board.case_number,
        "today": today.isoformat(),
        "operative_complaint": op,
        "operative_complaint_ecf": labels.get(op) if op is not None else None,
        "rows": [row_json(r, labels) for r in board.rows],
        "orphan_overrides": [override_json(o) for o in board.orphan_overrides],
    }


def state_json(s: StateStatus) -> dict[str, Any]:
    return {
        "code": s.code,
        "name": s.name,
        "is_plaintiff": s.is_plaintiff,
        "joined": {"filing_id": s.joined_filing, "ecf": s.joined_entry, "on": _day(s.joined_on)},
        "left": (
            {"filing_id": s.left_filing, "ecf": s.left_entry, "on": _day(s.left_on)}
            if s.left_filing is not None
            else None
        ),
        "counsel": s.counsel,
        "counsel_source": source_json(s.counsel_source) if s.counsel_source else None,
        "bound_by": [
            {
                "filing_id": o.filing_id,
                "ecf": o.docket_entry,
                "filed": _day(o.filed),
                "title": o.title,
            }
            for o in s.bound_by
        ],
    }


def docket_line_json(line: DocketLine) -> dict[str, Any]:
    return {
        "ecf": line.label,
        "docket_entry": line.docket_entry,
        "attachment": line.attachment,
        "filed": _day(line.filed),
        "title": line.title,
        "doc_type": str(line.doc_type) if line.doc_type else None,
        "filing_id": line.filing_id,
        "is_missing": line.is_missing,
        "attachments": [docket_line_json(a) for a in line.attachments],
    }


def docket_json(view: DocketView, *, gaps: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"lines": [docket_line_json(line) for line in view.lines]}
    if gaps:
        data |= {
            "gaps": list(view.gaps),
            "gap_ranges": view.gap_ranges,
            "missing_main": list(view.missing_main),
            "missing_attachments": list(view.missing_attachments),
        }
    return data
