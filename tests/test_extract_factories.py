"""Small builders for extraction tests: pages from strings, expected facts with their Source."""

from __future__ import annotations

import datetime as dt

from casetracker.models import (
    Deadline,
    DeadlineKind,
    PageText,
    Party,
    PartyRole,
    Source,
)


def pages(*texts: str) -> tuple[PageText, ...]:
    """Pages numbered from 1, clean text as given (no stamp)."""
    return tuple(PageText(i, text, text) for i, text in enumerate(texts, start=1))


def source(page_text: str, quoted: str, page: int = 1) -> Source:
    """The Source of `quoted` as it stands (first occurrence) in `page_text`."""
    start = page_text.index(quoted)
    return Source(page, quoted, start, start + len(quoted))


def party(
    name: str,
    role: PartyRole,
    state: str | None = None,
    official: str | None = None,
) -> tuple[str, PartyRole, str | None, str | None]:
    """What a test pins of a party (the Source is checked separately by `quoted`)."""
    return (name, role, state, official)


def as_rows(parties: tuple[Party, ...]) -> list[tuple[str, PartyRole, str | None, str | None]]:
    return [(p.name, p.role, p.state, p.official) for p in parties]


def deadline(
    date: dt.date | None,
    kind: DeadlineKind,
    *,
    computed: bool = False,
    rule: str | None = None,
) -> tuple[dt.date | None, DeadlineKind, bool, str | None]:
    return (date, kind, computed, rule)


def as_deadline_rows(
    deadlines: tuple[Deadline, ...] | list[Deadline],
) -> list[tuple[dt.date | None, DeadlineKind, bool, str | None]]:
    return [(d.date, d.kind, d.computed, d.rule) for d in deadlines]
