"""Rich renderings for the terminal: an extraction, and where each of its facts came from."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from casetracker.models import Extraction, Source

_QUOTE = 160  # characters of quoted source text shown by --explain


def _where(source: Source) -> str:
    return f"p.{source.page}" if source.page is not None else "-"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"


def extraction_panel(x: Extraction) -> RenderableType:
    """One file's facts as a panel: header fields, then parties, claims, relief, deadlines."""
    f = x.facts
    if x.error is not None:
        return Panel(Text(f"{x.error.value}: {x.message or ''}", style="red"), title=x.path)
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    entry = f"{f.docket_entry}" + (f"-{f.attachment}" if f.attachment else "")
    kind = (f.doc_type.value if f.doc_type else "?") + (" (proposed)" if f.is_proposed else "")
    for label, value in (
        ("Court", f"{f.court or '?'} [{f.court_id or '?'}]"),
        ("Case", f.case_number),
        ("Entry", entry if f.docket_entry is not None else None),
        ("Filed", f.filed.isoformat() if f.filed else None),
        ("Title", f.title),
        ("Type", kind),
        ("Judge", f.judge),
        ("Pages", f"{x.pages} (text {x.text_layer.value if x.text_layer else '?'})"),
    ):
        head.add_row(label, value or "—")
    parts: list[RenderableType] = [head]
    if f.parties:
        t = Table(title="Parties", title_justify="left", expand=True)
        for col in ("name", "role", "state", "office"):
            t.add_column(col)
        for party in f.parties:
            t.add_row(party.name, party.role.value, party.state or "", party.official or "")
        parts.append(t)
    if f.claims:
        t = Table(title="Claims", title_justify="left", expand=True)
        for col in ("#", "title", "page"):
            t.add_column(col)
        for claim in f.claims:
            t.add_row(str(claim.number), claim.title, _where(claim.source))
        parts.append(t)
    if f.relief:
        t = Table(title="Relief", title_justify="left", expand=True)
        for col in ("", "category", "decided", "text", "page"):
            t.add_column(col)
        for relief in f.relief:
            decided = relief.disposition.value if relief.disposition else ""
            t.add_row(
                relief.label or "",
                relief.category.value,
                decided,
                _quote(relief.text),
                _where(relief.source),
            )
        parts.append(t)
    if f.deadlines:
        t = Table(title="Deadlines", title_justify="left", expand=True)
        for col in ("date", "kind", "how", "what", "page"):
            t.add_column(col)
        for d in f.deadlines:
            date = d.date.isoformat() if d.date else "pending"
            how = f"{d.rule} from {d.anchor}" if d.computed else (d.anchor or "stated")
            extra = " ".join(
                x for x in (d.time, f"Courtroom {d.courtroom}" if d.courtroom else "") if x
            )
            t.add_row(
                date, d.kind.value, how, _quote(f"{extra} {d.text}".strip()), _where(d.source)
            )
        parts.append(t)
    return Panel(Group(*parts), title=x.path, title_align="left")


def explanation_table(x: Extraction) -> RenderableType:
    """Where each fact came from: the field, its value, the page and the quoted text."""
    f = x.facts
    t = Table(title=f"Sources: {x.path}", title_justify="left", expand=True)
    for col in ("fact", "value", "page", "quoted"):
        t.add_column(col)
    for name, source in f.sources.items():
        t.add_row(name, str(getattr(f, name, "") or ""), _where(source), _quote(source.text))
    for party in f.parties:
        t.add_row(
            "party",
            f"{party.name} ({party.role.value})",
            _where(party.source),
            _quote(party.source.text),
        )
    for claim in f.claims:
        t.add_row(
            "claim",
            f"{claim.number}. {claim.title}",
            _where(claim.source),
            _quote(claim.source.text),
        )
    for relief in f.relief:
        t.add_row(
            "relief", relief.category.value, _where(relief.source), _quote(relief.source.text)
        )
    for d in f.deadlines:
        value = f"{d.date.isoformat() if d.date else 'pending'} {d.kind.value}"
        t.add_row("deadline", value, _where(d.source), _quote(d.source.text))
    return t


def print_extraction(console: Console, x: Extraction, *, explain: bool = False) -> None:
    console.print(extraction_panel(x))
    if explain and x.error is None:
        console.print(explanation_table(x))
