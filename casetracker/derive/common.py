"""What the derived-deadline modules share: the `Derived` record, who is federal, and
a rule applied to a trigger date (pure: facts in, facts out)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.frcp import Calendar, Rule, apply_rule
from casetracker.models import Deadline, FilingFacts, Party, PartyRole, Source
from casetracker.usstates import STATE_NAME

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

# Roles of the parties to a case (an amicus is not a party: FRAP 4(a)(1)(B)).
PARTY_ROLES = frozenset(PartyRole) - {PartyRole.AMICUS}

DEFENDING_ROLES = frozenset({PartyRole.DEFENDANT, PartyRole.RESPONDENT})


@dataclass(frozen=True, slots=True)
class Derived:
    """A derived deadline: written on `filing_id` (its trigger), with the rule it applies."""

    filing_id: int
    trigger_filing_id: int
    deadline: Deadline


def is_federal(party: Party) -> bool:
    """Whether `party` is the United States, a federal agency, or a federal officer sued
    officially (FRCP 12(a)(2), FRAP 4(a)(1)(B)). A party with a State, or whose name or office
    names one, is not: a State's "Department of Justice" is the State's."""
    text = f"{party.name} {party.official or ''}"
    if party.state or STATE_NAME.search(text):
        return False
    return bool(SOVEREIGN_RE.fullmatch(party.name.strip()) or FEDERAL_RE.search(text))


def apply_at(
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


def conditional(rule: Rule, fid: int, text: str, anchor: str) -> Derived:
    return Derived(
        fid,
        fid,
        Deadline(None, rule.kind, text, Source(None, text), True, rule.citation, anchor=anchor),
    )


def parties_in(
    docket: Sequence[tuple[int, FilingFacts]], roles: frozenset[PartyRole]
) -> list[Party]:
    """The docket's parties in `roles`, once each by name (first mention wins)."""
    seen: dict[str, Party] = {}
    for _, facts in docket:
        for p in facts.parties:
            if p.role in roles:
                seen.setdefault(" ".join(p.name.casefold().split()), p)
    return list(seen.values())
