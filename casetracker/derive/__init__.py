"""Rule-derived deadlines and supersession, over a whole docket (pure: facts in, facts out).

A motion filed sets its opposition and reply dates (N.D. Cal. Civil L.R. 7-3; an
administrative motion or a motion to change time only a 4-day opposition, L.R. 7-11(b) and
6-3(b)); served defendants owe an answer (FRCP 12(a)(1)(A)(i), or 12(a)(2) for federal ones),
which a Rule 12 motion postpones to 14 days after the court acts on it (12(a)(4)(A)); an
appealable order starts the appeal clock (FRAP 4(a)(1)); a case management conference sets the
statement (L.R. 16-9) and the initial one the Rule 26(f) conference. A later order (or, for the
time to answer only, a stipulation: L.R. 6-1(a)) that sets another date for the same thing
supersedes the earlier date; the chain is kept, never overwritten.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casetracker.derive.answers import answer_deadlines
from casetracker.derive.common import PARTY_ROLES, Derived, apply_at, is_federal, parties_in
from casetracker.derive.supersede import DatedDeadline, supersessions
from casetracker.frcp import Calendar, Rule
from casetracker.models import Deadline, DeadlineKind, Disposition, DocType, FilingFacts
from casetracker.rules import default_calendar, load_rules

__all__ = ["DatedDeadline", "Derived", "derive_deadlines", "is_federal", "supersessions"]

# An order that can be appealed at once: an injunction granted, denied or modified
# (28 U.S.C. § 1292(a)(1)), or a judgment. Sample: "ORDER GRANTING IN PART ... PRELIMINARY
# INJUNCTION". A scheduling order is not appealable and starts no appeal clock.
APPEALABLE_RE = re.compile(r"\binjunction\b|\bjudgment\b|\brestraining\s+order\b", re.IGNORECASE)

# A motion whose denial is interlocutory, not appealable at once (no 28 U.S.C. § 1291 final
# decision, no § 1292(a)(1) injunction). Sample: "ORDER DENYING MOTION FOR SUMMARY JUDGMENT",
# whose "judgment" misled APPEALABLE_RE into starting an appeal clock.
INTERLOCUTORY_RE = re.compile(
    r"\bsummary\s+judgment\b|\bjudgment\s+on\s+the\s+pleadings\b", re.IGNORECASE
)

# A motion for administrative relief (Civil L.R. 7-11): opposition in 4 days, no reply.
# Sample: "ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "MOTION FOR ADMINISTRATIVE RELIEF".
ADMINISTRATIVE_RE = re.compile(r"\badministrative\s+(?:motion|relief)\b", re.IGNORECASE)

# A motion to enlarge or shorten time (Civil L.R. 6-3): opposition in 4 days, no reply.
# Sample: "MOTION TO SHORTEN TIME", "MOTION FOR AN EXTENSION OF TIME TO FILE ...".
CHANGE_TIME_RE = re.compile(
    r"\bmotion\s+(?:to\s+(?:enlarge|shorten|change|extend)\s+(?:the\s+)?time"
    r"|for\s+(?:an?\s+)?(?:extension|enlargement)\s+of\s+time)\b",
    re.IGNORECASE,
)

# A motion for a temporary restraining order: Civil L.R. 65-1 leaves the schedule to the
# judge, so the 14 days of L.R. 7-3(a) would be a date no rule sets. Sample: "MOTION FOR
# TEMPORARY RESTRAINING ORDER AND ORDER TO SHOW CAUSE".
TRO_RE = re.compile(r"\btemporary\s+restraining\s+order\b|\bTRO\b", re.IGNORECASE)

# A conference that is the initial (scheduling) one, before which the Rule 26(f) conference
# is held. Sample: "the Initial Case Management Conference ... has been reset to October 7".
INITIAL_RE = re.compile(r"\binitial\b", re.IGNORECASE)


def derive_deadlines(
    docket: Sequence[tuple[int, FilingFacts]], calendar: Calendar | None = None
) -> list[Derived]:
    """Every rule-derived deadline of a docket, in docket order."""
    rules = load_rules()
    cal = calendar or default_calendar()
    out: list[Derived] = []
    # FRAP 4(a)(1)(B): 60 days when the United States, an agency or an officer is a party on
    # either side (a federal plaintiff counts as much as a federal defendant).
    federal_case = any(is_federal(p) for p in parties_in(docket, PARTY_ROLES))
    initial = _initial_conferences(docket)
    for fid, facts in docket:
        if facts.is_proposed or facts.filed is None:
            continue
        court = facts.court_id
        if facts.doc_type is DocType.MOTION and court == "cand":
            out.extend(_briefing(facts, fid, rules, cal))
        if facts.doc_type in (DocType.ORDER, DocType.JUDGMENT) and _appealable(facts):
            rule = rules["frap-4a1B" if federal_case else "frap-4a1A"]
            out.append(apply_at(rule, facts.filed, cal, fid, facts, "entry of the order"))
        if court == "cand":
            for n, d in enumerate(facts.deadlines):
                if not (_is_cmc(d) and d.date):
                    continue
                what = f"the case management conference on {d.date}"
                out.append(apply_at(rules["cand-16-9a"], d.date, cal, fid, facts, what))
                if (fid, n) in initial:
                    # FRCP 26(f)(1): the parties confer once, before the *scheduling*
                    # conference; a further case management conference sets no new one.
                    what = f"the initial case management conference on {d.date}"
                    out.append(apply_at(rules["frcp-26f1"], d.date, cal, fid, facts, what))
    out.extend(answer_deadlines(docket, rules, cal))
    return out


def _briefing(facts: FilingFacts, fid: int, rules: dict[str, Rule], cal: Calendar) -> list[Derived]:
    """The N.D. Cal. response (and reply) dates a motion's filing sets."""
    assert facts.filed is not None
    title = facts.title or ""
    if TRO_RE.search(title):
        return []  # Civil L.R. 65-1: the judge sets the schedule; no rule date to derive
    if ADMINISTRATIVE_RE.search(title):
        # Civil L.R. 7-11(b)-(c): 4 days, then submitted without a reply or hearing.
        return [apply_at(rules["cand-7-11b"], facts.filed, cal, fid, facts, "the motion's filing")]
    if CHANGE_TIME_RE.search(title):
        # Civil L.R. 6-3(b): 4 days after receiving it (ECF service: the day it is filed).
        return [apply_at(rules["cand-6-3b"], facts.filed, cal, fid, facts, "the motion's filing")]
    opp = apply_at(rules["cand-7-3a"], facts.filed, cal, fid, facts, "the motion's filing")
    assert opp.deadline.date is not None
    # Civil L.R. 7-3(c): the reply counts from the day the opposition was *due*.
    reply = apply_at(
        rules["cand-7-3c"], opp.deadline.date, cal, fid, facts, "the opposition due date"
    )
    return [opp, reply]


def _is_cmc(d: Deadline) -> bool:
    return d.kind is DeadlineKind.CONFERENCE and "case management" in d.text.casefold()


def _initial_conferences(docket: Sequence[tuple[int, FilingFacts]]) -> set[tuple[int, int]]:
    """The case management conferences that are the initial (scheduling) one, as (filing id,
    deadline index): those called "initial"; if none is, those of the first filing to set one."""
    found = [
        (fid, n, INITIAL_RE.search(d.text) is not None)
        for fid, facts in docket
        if not facts.is_proposed and facts.filed is not None and facts.court_id == "cand"
        for n, d in enumerate(facts.deadlines)
        if _is_cmc(d) and d.date
    ]
    named = {(fid, n) for fid, n, is_initial in found if is_initial}
    if named or not found:
        return named
    first = found[0][0]
    return {(fid, n) for fid, n, _ in found if fid == first}


def _appealable(facts: FilingFacts) -> bool:
    if facts.doc_type is DocType.JUDGMENT:
        return True
    title = facts.title or ""
    decided = any(r.disposition is not None for r in facts.relief)
    granted = any(
        r.disposition in (Disposition.GRANTED, Disposition.GRANTED_IN_PART) for r in facts.relief
    )
    if INTERLOCUTORY_RE.search(title) and not granted and "injunction" not in title.casefold():
        return False  # a denial of summary judgment is reviewed after final judgment
    return decided and bool(APPEALABLE_RE.search(title))
