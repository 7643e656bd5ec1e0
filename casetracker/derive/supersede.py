"""Supersession: a later court paper's date for the same thing replaces an earlier date
(the chain is kept, never overwritten)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.models import Deadline, DocType

# Words that say a date replaces an earlier one. Sample: "the hearing is RESET to", "continued to".
RESET_RE = re.compile(
    r"\b(reset|re-set|continued|rescheduled|moved|extended|vacated)\b", re.IGNORECASE
)

# What a court paper's sentence must be about to replace a derived date of each rule (by the
# rule citation's section), and what it must not be about: an order setting a joint *status
# report* must not hide the L.R. 16-9 *statement*, an opposition date on a motion must not hide
# the answer to the complaint, nor the time to "answer or otherwise respond to the complaint"
# a motion's opposition. Samples: "Defendants shall file their opposition ... by July 16",
# "shall answer or otherwise respond to the operative complaint by October 24".
ANSWER_TOPIC_RE = re.compile(
    r"\banswer|\bcomplaint\b|\bresponsive\s+pleading|\botherwise\s+respond", re.IGNORECASE
)

OPPOSITION_TOPIC_RE = re.compile(r"\boppos|\brespon|\bsupport", re.IGNORECASE)

TOPICS: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    "7-3(a)": (OPPOSITION_TOPIC_RE, ANSWER_TOPIC_RE),
    "7-11(b)": (OPPOSITION_TOPIC_RE, ANSWER_TOPIC_RE),
    "6-3(b)": (OPPOSITION_TOPIC_RE, ANSWER_TOPIC_RE),
    "7-3(c)": (re.compile(r"\brepl", re.IGNORECASE), None),
    "12(a)": (ANSWER_TOPIC_RE, None),
    "16-9": (re.compile(r"\bstatement\b", re.IGNORECASE), None),
    "26(f)": (re.compile(r"26\s*\(\s*f\s*\)|\bmeet\s+and\s+confer", re.IGNORECASE), None),
    "4(a)": (re.compile(r"\bappeal", re.IGNORECASE), None),
}

# A docket entry a sentence cites. Sample: "(Dkt. No. 98)", "ECF No. 14", "Docket 30".
ECF_CITE_RE = re.compile(r"\b(?:ECF|Dkt\.?|Docket|Doc\.)\s*(?:No\.?\s*)?(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DatedDeadline:
    """A stored deadline as supersession sees it."""

    id: int
    filing_id: int
    filed: dt.date | None
    docket_entry: int | None
    doc_type: DocType | None
    is_proposed: bool
    origin: str
    deadline: Deadline


def supersessions(items: Sequence[DatedDeadline]) -> list[tuple[int, int]]:
    """(old id, new id) pairs: a later court paper's date for the same thing replaces it.

    A derived date is replaced by a date of the same kind and topic (an opposition for an
    opposition, the statement for the statement) that an order or notice filed after its
    trigger states, citing no other docket entry; a stated hearing, conference or due date
    is replaced by a later court paper that resets, continues or extends a date of that kind.
    A stipulation the court has not signed replaces only the time to answer (Civil L.R.
    6-1(a)); any other change of time needs an order (L.R. 6-1(b), 6-2).
    """
    setters = [
        i
        for i in items
        if i.origin == "stated"
        and not i.is_proposed
        and i.deadline.date is not None
        and i.doc_type in (DocType.ORDER, DocType.STIPULATION, DocType.NOTICE)
    ]
    pairs: list[tuple[int, int]] = []
    for old in items:
        later = [
            s
            for s in setters
            if s.id != old.id
            and s.filing_id != old.filing_id
            and s.deadline.kind is old.deadline.kind
            and s.deadline.date != old.deadline.date
            and _after(s, old)
            and _before_due(s, old)
            and _can_replace(s, old)
        ]
        if later:
            newest = max(later, key=lambda s: (s.filed or dt.date.min, s.docket_entry or 0, s.id))
            pairs.append((old.id, newest.id))
    return pairs


def _can_replace(new: DatedDeadline, old: DatedDeadline) -> bool:
    """Whether `new`'s sentence is about the same thing as `old` and can change it."""
    rule = old.deadline.rule or ""
    if new.doc_type is DocType.STIPULATION and not (old.origin == "derived" and "12(a)" in rule):
        return False  # Civil L.R. 6-1: only the time to answer moves without an order
    if old.origin != "derived":
        return RESET_RE.search(new.deadline.text) is not None
    cited = {int(n) for n in ECF_CITE_RE.findall(new.deadline.text)}
    if cited and old.docket_entry not in cited:
        return False  # the sentence is about another docket entry's date
    topic = next((t for key, t in TOPICS.items() if key in rule), None)
    if topic is None:
        return True
    about, not_about = topic
    text = new.deadline.text
    return about.search(text) is not None and (not_about is None or not not_about.search(text))


def _before_due(new: DatedDeadline, old: DatedDeadline) -> bool:
    """A date is changed before it passes: an order after the day cannot have moved it."""
    due = old.deadline.date
    return due is None or new.filed is None or new.filed <= due


def _after(new: DatedDeadline, old: DatedDeadline) -> bool:
    """Whether `new` was filed after `old` (by filed date, then ECF number)."""
    if new.filed and old.filed and new.filed != old.filed:
        return new.filed > old.filed
    return (new.docket_entry or 0) > (old.docket_entry or 0)
