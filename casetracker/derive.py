"""Rule-derived deadlines and supersession, over a whole docket (pure: facts in, facts out).

A motion filed sets its opposition and reply dates (N.D. Cal. Civil L.R. 7-3); served
federal defendants owe an answer (FRCP 12(a)(2)); an appealable order starts the appeal
clock (FRAP 4(a)(1)); a case management conference sets the statement and the Rule 26(f)
conference. A later order, stipulation or notice that sets another date for the same thing
supersedes the earlier date; the chain is kept, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.frcp import Calendar, Rule, apply_rule
from casetracker.models import Deadline, DeadlineKind, DocType, FilingFacts, PartyRole, Source
from casetracker.rules import default_calendar, load_rules

# A filing that records service of the complaint. Sample: "SUMMONS RETURNED EXECUTED",
# "PROOF OF SERVICE OF SUMMONS AND COMPLAINT", "CERTIFICATE OF SERVICE ON THE U.S. ATTORNEY".
SERVICE_TITLE_RE = re.compile(
    r"summons\s+returned|proof\s+of\s+service|certificate\s+of\s+service", re.IGNORECASE
)

# An order that can be appealed at once: an injunction granted, denied or modified
# (28 U.S.C. § 1292(a)(1)), or a judgment. Sample: "ORDER GRANTING IN PART ... PRELIMINARY
# INJUNCTION". A scheduling order is not appealable and starts no appeal clock.
APPEALABLE_RE = re.compile(r"\binjunction\b|\bjudgment\b|\brestraining\s+order\b", re.IGNORECASE)

# Words that say a date replaces an earlier one. Sample: "the hearing is RESET to", "continued to".
RESET_RE = re.compile(
    r"\b(reset|re-set|continued|rescheduled|moved|extended|vacated)\b", re.IGNORECASE
)

# A federal party: the United States, an agency, or an officer. Sample: "U.S. Department of
# Homeland Security", "Kristi Noem" (official: "Secretary of Homeland Security").
FEDERAL_RE = re.compile(
    r"\bUnited States\b|\bU\.\s*S\.\b|\bDepartment of\b|\bAgency\b|\bAdministration\b|"
    r"\bCenters for\b|\bImmigration and Customs\b|\bSecretary\b|\bAdministrator\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Derived:
    """A derived deadline: written on `filing_id` (its trigger), with the rule it applies."""

    filing_id: int
    trigger_filing_id: int
    deadline: Deadline


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


def derive_deadlines(
    docket: Sequence[tuple[int, FilingFacts]], calendar: Calendar | None = None
) -> list[Derived]:
    """Every rule-derived deadline of a docket, in docket order."""
    rules = load_rules()
    cal = calendar or default_calendar()
    out: list[Derived] = []
    federal = _has_federal_defendant(docket)
    for fid, facts in docket:
        if facts.is_proposed or facts.filed is None:
            continue
        court = facts.court_id
        if facts.doc_type is DocType.MOTION and court == "cand":
            opp = _apply(rules["cand-7-3a"], facts.filed, cal, fid, facts, "the motion's filing")
            out.append(opp)
            assert opp.deadline.date is not None
            out.append(
                _apply(
                    rules["cand-7-3c"],
                    opp.deadline.date,
                    cal,
                    fid,
                    facts,
                    "the opposition due date",
                )
            )
        if facts.doc_type in (DocType.ORDER, DocType.JUDGMENT) and _appealable(facts):
            rule = rules["frap-4a1B" if federal else "frap-4a1A"]
            out.append(_apply(rule, facts.filed, cal, fid, facts, "entry of the order"))
        if court == "cand":
            for d in facts.deadlines:
                if (
                    d.kind is DeadlineKind.CONFERENCE
                    and d.date
                    and "case management" in (d.text.casefold())
                ):
                    out.append(
                        _apply(
                            rules["cand-16-9a"],
                            d.date,
                            cal,
                            fid,
                            facts,
                            f"the case management conference on {d.date}",
                        )
                    )
                    out.append(
                        _apply(
                            rules["frcp-26f1"],
                            d.date,
                            cal,
                            fid,
                            facts,
                            f"the scheduling conference on {d.date}",
                        )
                    )
    out.extend(_answer_deadlines(docket, rules, cal, federal))
    return out


def _apply(
    rule: Rule, trigger: dt.date, cal: Calendar, fid: int, facts: FilingFacts, what: str
) -> Derived:
    due = apply_rule(rule, trigger, calendar=cal)
    ecf = f"ECF {facts.docket_entry}" if facts.docket_entry else (facts.title or "a filing")
    way = "before" if rule.direction.value == "backward" else "after"
    text = f"{rule.title}: {rule.days} days {way} {what} ({trigger}, {ecf}) under {rule.citation}"
    return Derived(
        fid,
        fid,
        Deadline(
            date=due.due,
            kind=rule.kind,
            text=text,
            source=Source(None, "; ".join(s.note for s in due.steps)),
            computed=True,
            rule=rule.citation,
            anchor=f"{what} ({trigger})",
        ),
    )


def _has_federal_defendant(docket: Sequence[tuple[int, FilingFacts]]) -> bool:
    return any(
        p.role in (PartyRole.DEFENDANT, PartyRole.APPELLEE, PartyRole.RESPONDENT)
        and FEDERAL_RE.search(f"{p.name} {p.official or ''}")
        for _, facts in docket
        for p in facts.parties
    )


def _appealable(facts: FilingFacts) -> bool:
    if facts.doc_type is DocType.JUDGMENT:
        return True
    decided = any(r.disposition is not None for r in facts.relief)
    return decided and bool(APPEALABLE_RE.search(facts.title or ""))


def _answer_deadlines(
    docket: Sequence[tuple[int, FilingFacts]],
    rules: dict[str, Rule],
    cal: Calendar,
    federal: bool,
) -> list[Derived]:
    """The answer to the complaint: dated once service is on the docket, else conditional."""
    complaints = [(fid, f) for fid, f in docket if f.doc_type is DocType.COMPLAINT]
    if not complaints:
        return []
    fid, complaint = complaints[0]
    if any(f.doc_type is DocType.ANSWER for _, f in docket):
        return []
    rule = rules["frcp-12a2" if federal else "frcp-12a1Ai"]
    served = [
        f.filed
        for _, f in docket
        if f.filed and SERVICE_TITLE_RE.search(f.title or "") and f.doc_type is not DocType.ORDER
    ]
    if served:
        found = _apply(rule, min(served), cal, fid, complaint, "service of the complaint")
        return [found]
    text = (
        f"{rule.title}: {rule.days} days after service ({rule.citation});"
        " service is not yet on the docket"
    )
    return [
        Derived(
            fid,
            fid,
            Deadline(
                None,
                rule.kind,
                text,
                Source(None, text),
                True,
                rule.citation,
                anchor="service of the complaint",
            ),
        )
    ]


def supersessions(items: Sequence[DatedDeadline]) -> list[tuple[int, int]]:
    """(old id, new id) pairs: a later court paper's date for the same thing replaces it.

    A derived date is replaced by a date of the same kind that an order, stipulation or
    notice filed after its trigger states; a stated hearing, conference or due date is
    replaced by a later court paper that resets, continues or extends a date of that kind.
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
            and (old.origin == "derived" or RESET_RE.search(s.deadline.text))
        ]
        if later:
            newest = max(later, key=lambda s: (s.filed or dt.date.min, s.docket_entry or 0, s.id))
            pairs.append((old.id, newest.id))
    return pairs


def _before_due(new: DatedDeadline, old: DatedDeadline) -> bool:
    """A date is changed before it passes: an order after the day cannot have moved it."""
    due = old.deadline.date
    return due is None or new.filed is None or new.filed <= due


def _after(new: DatedDeadline, old: DatedDeadline) -> bool:
    """Whether `new` was filed after `old` (by filed date, then ECF number)."""
    if new.filed and old.filed and new.filed != old.filed:
        return new.filed > old.filed
    return (new.docket_entry or 0) > (old.docket_entry or 0)
