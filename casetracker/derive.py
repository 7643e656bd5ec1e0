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

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.frcp import Calendar, Rule, apply_rule
from casetracker.models import (
    Deadline,
    DeadlineKind,
    Disposition,
    DocType,
    FilingFacts,
    Party,
    PartyRole,
    Source,
)
from casetracker.rules import default_calendar, load_rules
from casetracker.usstates import STATE_NAME

# A filing that records service of the complaint. Sample: "SUMMONS RETURNED EXECUTED",
# "PROOF OF SERVICE OF SUMMONS AND COMPLAINT", "CERTIFICATE OF SERVICE ON THE U.S. ATTORNEY",
# "AFFIDAVIT OF SERVICE", "RETURN OF SERVICE"; or a summons whose proof states the day it was
# served ("SUMMONS IN A CIVIL ACTION", the AO 440 form returned executed).
SERVICE_TITLE_RE = re.compile(
    r"summons\s+returned|(?:proof|certificate|affidavit|return)\s+of\s+service", re.IGNORECASE
)
SUMMONS_RE = re.compile(r"\bsummons\b", re.IGNORECASE)

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

# Words that say a date replaces an earlier one. Sample: "the hearing is RESET to", "continued to".
RESET_RE = re.compile(
    r"\b(reset|re-set|continued|rescheduled|moved|extended|vacated)\b", re.IGNORECASE
)

# Federal departments, agencies and offices whose names need no "U.S." to be federal.
# Samples: "Centers for Medicare & Medicaid Services", "Commissioner of Social Security".
# A State's own department of the same name ("California Department of Justice") is kept
# out by the State-name check in `is_federal`, not here.
FEDERAL_BODIES = (
    r"Department\s+of\s+(?:Agriculture|Commerce|Defense|Education|Energy|Health\s+and\s+Human"
    r"\s+Services|Homeland\s+Security|Housing\s+and\s+Urban\s+Development|(?:the\s+)?Interior"
    r"|Justice|Labor|State|Transportation|(?:the\s+)?Treasury|Veterans\s+Affairs|War"
    r"|Government\s+Efficiency)",
    r"Secretary\s+of\s+(?:Agriculture|Commerce|Defense|Education|Energy|Health\s+and\s+Human"
    r"\s+Services|Homeland\s+Security|Housing\s+and\s+Urban\s+Development|(?:the\s+)?Interior"
    r"|Labor|State|Transportation|(?:the\s+)?Treasury|Veterans\s+Affairs|War)",
    r"Attorney\s+General\s+of\s+the\s+United\s+States",
    r"Centers\s+for\s+(?:Medicare|Disease\s+Control)",
    r"Immigration\s+and\s+Customs\s+Enforcement",
    r"Customs\s+and\s+Border\s+Protection",
    r"Citizenship\s+and\s+Immigration\s+Services",
    r"Social\s+Security(?:\s+Administration)?",
    r"Internal\s+Revenue\s+Service",
    r"Environmental\s+Protection\s+Agency",
    r"Office\s+of\s+(?:Management\s+and\s+Budget|Personnel\s+Management)",
    r"General\s+Services\s+Administration",
    r"Food\s+and\s+Drug\s+Administration",
    r"National\s+Institutes\s+of\s+Health",
    r"Federal\s+(?:Bureau|Emergency\s+Management|Trade\s+Commission|Communications\s+Commission"
    r"|Election\s+Commission|Aviation\s+Administration|Reserve\s+Board|Energy\s+Regulatory)",
    r"Bureau\s+of\s+(?:Prisons|Land\s+Management|Indian\s+Affairs|Alcohol)",
    r"Drug\s+Enforcement\s+Administration",
)

# The United States itself as a party. Sample: "United States of America", "The United States".
SOVEREIGN_RE = re.compile(r"(?:the\s+)?United\s+States(?:\s+of\s+America)?", re.IGNORECASE)

# A federal party for FRCP 12(a)(2) and FRAP 4(a)(1)(B): a federal agency or a federal officer
# sued officially (the office is in `Party.official`). Samples: "U.S. Department of Homeland
# Security", "Kristi Noem" (official: "Secretary of Homeland Security"), "Attorney General of
# the United States". "U.S." or "United States" must name an agency: "U.S. Bank National
# Association" and "United States Steel Corporation" are private. "Department of" or
# "Secretary" alone is not enough: "California Department of Health Care Services" and
# "Secretary of State of Nevada" misled an earlier, looser pattern into giving State
# defendants the federal 60 days.
FEDERAL_RE = re.compile(
    r"\bof\s+the\s+United\s+States\b|"
    r"\b(?:United\s+States|U\.\s*S\.)\s+(?:Department|Dep't|Attorney|Immigration|Citizenship"
    r"|Customs|Marshals?|Army|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Postal\s+Service"
    r"|Forest\s+Service|Fish\s+and\s+Wildlife|Office|Bureau|Agency|Secret\s+Service|Patent"
    r"|Geological|Census|Digital\s+Service|DOGE)\b|"
    + "|".join(rf"\b{body}\b" for body in FEDERAL_BODIES),
    re.IGNORECASE,
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

# A Rule 12 motion, which postpones the answer (FRCP 12(a)(4)). Sample: "MOTION TO DISMISS
# THE FIRST AMENDED COMPLAINT", "MOTION TO STRIKE UNDER RULE 12(f)", "MOTION FOR A MORE
# DEFINITE STATEMENT".
RULE_12_RE = re.compile(
    r"\bdismiss\b|\brule\s*12\s*\(\s*[bef]\s*\)|\bmore\s+definite\s+statement\b"
    r"|\bmotion\s+to\s+strike\b",
    re.IGNORECASE,
)

# A conference that is the initial (scheduling) one, before which the Rule 26(f) conference
# is held. Sample: "the Initial Case Management Conference ... has been reset to October 7".
INITIAL_RE = re.compile(r"\binitial\b", re.IGNORECASE)

# Roles of the parties to a case (an amicus is not a party: FRAP 4(a)(1)(B)).
PARTY_ROLES = frozenset(PartyRole) - {PartyRole.AMICUS}
DEFENDING_ROLES = frozenset({PartyRole.DEFENDANT, PartyRole.RESPONDENT})

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


def is_federal(party: Party) -> bool:
    """Whether `party` is the United States, a federal agency, or a federal officer sued
    officially (FRCP 12(a)(2), FRAP 4(a)(1)(B)). A party with a State, or whose name or office
    names one, is not: a State's "Department of Justice" is the State's."""
    text = f"{party.name} {party.official or ''}"
    if party.state or STATE_NAME.search(text):
        return False
    return bool(SOVEREIGN_RE.fullmatch(party.name.strip()) or FEDERAL_RE.search(text))


def derive_deadlines(
    docket: Sequence[tuple[int, FilingFacts]], calendar: Calendar | None = None
) -> list[Derived]:
    """Every rule-derived deadline of a docket, in docket order."""
    rules = load_rules()
    cal = calendar or default_calendar()
    out: list[Derived] = []
    # FRAP 4(a)(1)(B): 60 days when the United States, an agency or an officer is a party on
    # either side (a federal plaintiff counts as much as a federal defendant).
    federal_case = any(is_federal(p) for p in _parties(docket, PARTY_ROLES))
    initial = _initial_conferences(docket)
    for fid, facts in docket:
        if facts.is_proposed or facts.filed is None:
            continue
        court = facts.court_id
        if facts.doc_type is DocType.MOTION and court == "cand":
            out.extend(_briefing(facts, fid, rules, cal))
        if facts.doc_type in (DocType.ORDER, DocType.JUDGMENT) and _appealable(facts):
            rule = rules["frap-4a1B" if federal_case else "frap-4a1A"]
            out.append(_apply(rule, facts.filed, cal, fid, facts, "entry of the order"))
        if court == "cand":
            for n, d in enumerate(facts.deadlines):
                if not (_is_cmc(d) and d.date):
                    continue
                what = f"the case management conference on {d.date}"
                out.append(_apply(rules["cand-16-9a"], d.date, cal, fid, facts, what))
                if (fid, n) in initial:
                    # FRCP 26(f)(1): the parties confer once, before the *scheduling*
                    # conference; a further case management conference sets no new one.
                    what = f"the initial case management conference on {d.date}"
                    out.append(_apply(rules["frcp-26f1"], d.date, cal, fid, facts, what))
    out.extend(_answer_deadlines(docket, rules, cal))
    return out


def _briefing(facts: FilingFacts, fid: int, rules: dict[str, Rule], cal: Calendar) -> list[Derived]:
    """The N.D. Cal. response (and reply) dates a motion's filing sets."""
    assert facts.filed is not None
    title = facts.title or ""
    if TRO_RE.search(title):
        return []  # Civil L.R. 65-1: the judge sets the schedule; no rule date to derive
    if ADMINISTRATIVE_RE.search(title):
        # Civil L.R. 7-11(b)-(c): 4 days, then submitted without a reply or hearing.
        return [_apply(rules["cand-7-11b"], facts.filed, cal, fid, facts, "the motion's filing")]
    if CHANGE_TIME_RE.search(title):
        # Civil L.R. 6-3(b): 4 days after receiving it (ECF service: the day it is filed).
        return [_apply(rules["cand-6-3b"], facts.filed, cal, fid, facts, "the motion's filing")]
    opp = _apply(rules["cand-7-3a"], facts.filed, cal, fid, facts, "the motion's filing")
    assert opp.deadline.date is not None
    # Civil L.R. 7-3(c): the reply counts from the day the opposition was *due*.
    reply = _apply(
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


def _apply(
    rule: Rule,
    trigger: dt.date,
    cal: Calendar,
    fid: int,
    facts: FilingFacts,
    what: str,
    *,
    who: str = "",
) -> Derived:
    due = apply_rule(rule, trigger, calendar=cal)
    ecf = f"ECF {facts.docket_entry}" if facts.docket_entry else (facts.title or "a filing")
    way = "before" if rule.direction.value == "backward" else "after"
    text = (
        f"{rule.title}{who}: {rule.days} days {way} {what} ({trigger}, {ecf}) under {rule.citation}"
    )
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


def _conditional(rule: Rule, fid: int, text: str, anchor: str) -> Derived:
    return Derived(
        fid,
        fid,
        Deadline(None, rule.kind, text, Source(None, text), True, rule.citation, anchor=anchor),
    )


def _parties(docket: Sequence[tuple[int, FilingFacts]], roles: frozenset[PartyRole]) -> list[Party]:
    """The docket's parties in `roles`, once each by name (first mention wins)."""
    seen: dict[str, Party] = {}
    for _, facts in docket:
        for p in facts.parties:
            if p.role in roles:
                seen.setdefault(" ".join(p.name.casefold().split()), p)
    return list(seen.values())


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


def _answer_deadlines(
    docket: Sequence[tuple[int, FilingFacts]],
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    """The answer to the complaint: dated once service is on the docket, else conditional.

    Federal defendants answer under FRCP 12(a)(2) (60 days), the others under
    12(a)(1)(A)(i) (21 days): a case with both gets both dates, so a State or private
    co-defendant is never shown the federal 60 days. An amended complaint not yet answered
    is answered by the later of the time left on the original and 14 days after it is served
    (FRCP 15(a)(3)). A Rule 12 motion filed in time replaces the date with 14 days after
    notice of the court's action on it (12(a)(4)(A)).
    """
    complaints = [(fid, f) for fid, f in docket if f.doc_type is DocType.COMPLAINT]
    if not complaints:
        return []
    fid, complaint = complaints[0]
    amended = _latest_amended(docket)
    answers = [f for _, f in docket if f.doc_type is DocType.ANSWER]
    if amended is not None and any(_filed_after(a, amended[1]) for a in answers):
        return []
    if amended is None and answers:
        return []
    out: list[Derived] = [] if answers else _original_answers(docket, fid, complaint, rules, cal)
    since: dt.date | None = None
    if amended is not None:
        out = _with_amended(out, amended, rules, cal)
        since = amended[1].filed
    found: list[Derived] = []
    for answer in out:
        answer = _after_rule_12(answer, docket, rules, cal, since)
        # Once a Rule 12 motion governs, every group waits on the same order: one line.
        if all(answer.deadline != d.deadline for d in found):
            found.append(answer)
    return found


def _original_answers(
    docket: Sequence[tuple[int, FilingFacts]],
    fid: int,
    complaint: FilingFacts,
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    defendants = _parties(docket, DEFENDING_ROLES)
    federal = [p for p in defendants if is_federal(p)]
    others = [p for p in defendants if not is_federal(p)]
    groups: list[tuple[Rule, list[Party]]] = []
    if federal:
        groups.append((rules["frcp-12a2"], federal))
    if others or not federal:
        groups.append((rules["frcp-12a1Ai"], others))
    # Service as a proof states it, else the proof's filing day (service may be earlier: the
    # text then says what the count runs from). The earliest, if several proofs are filed.
    served = [
        (f.served or f.filed, f.served is None, f.docket_entry)
        for _, f in docket
        if f.filed and f.doc_type is not DocType.ORDER and _proves_service(f)
    ]
    out: list[Derived] = []
    for rule, who in groups:
        names = f" ({', '.join(p.name for p in who)})" if who and len(groups) > 1 else ""
        if served:
            day, unstated, entry = min(served, key=lambda s: (s[0], s[1]))
            proof = f"the proof of service (ECF {entry})" if entry else "the proof of service"
            what = (
                f"the filing of {proof}"
                if unstated
                else f"service of the complaint as {proof} states it"
            )
            out.append(_apply(rule, day, cal, fid, complaint, what, who=names))
        else:
            text = (
                f"{rule.title}{names}: {rule.days} days after service ({rule.citation});"
                " service is not yet on the docket"
            )
            out.append(_conditional(rule, fid, text, "service of the complaint"))
    return out


def _proves_service(facts: FilingFacts) -> bool:
    title = facts.title or ""
    return bool(SERVICE_TITLE_RE.search(title) or (facts.served and SUMMONS_RE.search(title)))


def _latest_amended(docket: Sequence[tuple[int, FilingFacts]]) -> tuple[int, FilingFacts] | None:
    amended = [
        (fid, f)
        for fid, f in docket
        if f.doc_type is DocType.AMENDED_COMPLAINT and f.filed is not None and not f.is_proposed
    ]
    if not amended:
        return None
    return max(amended, key=lambda x: (x[1].filed or dt.date.min, x[1].docket_entry or 0))


def _filed_after(paper: FilingFacts, than: FilingFacts) -> bool:
    if paper.filed is None or than.filed is None:
        return False
    if paper.filed != than.filed:
        return paper.filed > than.filed
    return (paper.docket_entry or 0) > (than.docket_entry or 0)


def _with_amended(
    original: list[Derived],
    amended: tuple[int, FilingFacts],
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    """FRCP 15(a)(3): the later of the time left on the original and 14 days after service
    of the amended complaint (through ECF, the day it is filed: no FRCP 6(d) days)."""
    fid, facts = amended
    assert facts.filed is not None
    what = "service of the amended complaint (through ECF, the day it was filed)"
    fourteen = _apply(rules["frcp-15a3"], facts.filed, cal, fid, facts, what)
    assert fourteen.deadline.date is not None
    if not original:
        return [fourteen]
    out: list[Derived] = []
    for d in original:
        if d.deadline.date is None or d.deadline.date > fourteen.deadline.date:
            out.append(d)  # still waiting on service, or the time left runs later
        elif fourteen not in out:
            out.append(fourteen)
    return out


def _after_rule_12(
    answer: Derived,
    docket: Sequence[tuple[int, FilingFacts]],
    rules: dict[str, Rule],
    cal: Calendar,
    since: dt.date | None = None,
) -> Derived:
    """The answer date as a Rule 12 motion leaves it (FRCP 12(a)(4)(A)).

    A Rule 12 motion filed by the answer date suspends it: the answer is due 14 days after
    notice of an order denying the motion (in whole or part) or postponing it to trial;
    until the court acts it waits on that order (date None).
    """
    due = answer.deadline.date
    motions = [
        (fid, f)
        for fid, f in docket
        if f.doc_type is DocType.MOTION
        and f.filed is not None
        and not f.is_proposed
        and RULE_12_RE.search(f.title or "")
        and (due is None or f.filed <= due)
        and (since is None or f.filed >= since)  # a motion against a superseded pleading
    ]
    if not motions:
        return answer
    mfid, motion = motions[0]
    assert motion.filed is not None
    rule = rules["frcp-12a4A"]
    for fid, f in docket:
        if (
            f.doc_type is DocType.ORDER
            and f.filed is not None
            and f.filed >= motion.filed
            and not f.is_proposed
            and RULE_12_RE.search(f.title or "")
            and any(
                r.disposition
                in (Disposition.DENIED, Disposition.GRANTED_IN_PART, Disposition.STAYED)
                for r in f.relief
            )
        ):
            # Notice through ECF is electronic service: no FRCP 6(d) days.
            what = "notice of the order on the Rule 12 motion"
            return _apply(rule, f.filed, cal, fid, f, what)
    ecf = f"ECF {motion.docket_entry}" if motion.docket_entry else "a Rule 12 motion"
    text = (
        f"{rule.title}: {rule.days} days after notice of the court's action on the Rule 12 "
        f"motion ({ecf}, filed {motion.filed}) under {rule.citation}; the motion is pending"
    )
    return _conditional(rule, mfid, text, "the court's action on the Rule 12 motion")


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
