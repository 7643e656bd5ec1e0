"""Time rules and calendars from package data (`data/rules.toml`, `data/declared_days.json`).

`frcp` does the arithmetic and never opens a file; this module reads the two data files that
ship inside the package (importlib.resources, read once and cached) and builds the `Rule`s and
the default `Calendar`. Adding a rule or a court is a change to `rules.toml`, not to code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casetracker.errors import ConfigError
from casetracker.frcp import Calendar, Direction, Rule
from casetracker.models import DeadlineKind

RULES_FILE = "rules.toml"
DECLARED_FILE = "declared_days.json"

# Years for which a court's state holidays are listed when a court opts in (FRCP 6(a)(6)(C)).
STATE_HOLIDAY_YEARS = range(2000, 2061)

# The section part of a rule citation: a number, an optional local-rule dash part, then
# parenthesised subdivisions. Sample: "Fed. R. Civ. P. 12(a)(1)(A)(i)" -> "12(a)(1)(A)(i)";
# "Civil L.R. 7-3(a)" -> "7-3(a)".
SECTION_RE = re.compile(r"\b(\d+(?:\s*-\s*\d+)?)((?:\s*\(\s*[A-Za-z0-9]+\s*\))*)")

# Words that mark an appellate rule. Sample: "Fed. R. App. P. 4(a)(1)(B)", "FRAP 4(a)(1)(A)".
APPELLATE_RE = re.compile(r"\bapp(?:ellate)?\b|\bfrap\b|\bf\.\s*r\.\s*a\.\s*p\b", re.IGNORECASE)

# Words that mark a local rule. Sample: "Civil L.R. 7-3(a)", "Civ. L.R. 16-9", "Local Rule 7-2".
LOCAL_RE = re.compile(r"\bl\.\s*r\b|\blocal\s+rule|\bcivil\s+l\b|\bciv\.\s*l\b", re.IGNORECASE)

# Words that mark a civil rule. Sample: "Fed. R. Civ. P. 59(e)", "FRCP 6(d)". A bare "Rule 4(a)"
# is not enough: appellate briefs say "Rule 4(a)(1)(B)" for FRAP 4, so that falls back to FRAP.
CIVIL_RE = re.compile(r"\bciv\b|\bfrcp\b|\bf\.\s*r\.\s*c\.\s*p\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Court:
    """A court's settings from `rules.toml` (`[court.<id>]`)."""

    id: str
    name: str
    state: str | None
    count_state_holidays: bool
    timezone: str | None = None  # IANA name; FRCP 6(a)(4)(A) ends a day at midnight there


@dataclass(frozen=True, slots=True)
class DeclaredDay:
    """A day declared a holiday by the President or Congress (FRCP 6(a)(6)(B))."""

    date: dt.date
    name: str
    citation: str


def _data_text(name: str) -> str:
    return resources.files("casetracker").joinpath("data", name).read_text(encoding="utf-8")


@cache
def _rules_data() -> Mapping[str, Any]:
    try:
        return tomllib.loads(_data_text(RULES_FILE))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{RULES_FILE}: cannot read the rules data ({e})", "rules") from e


def _rule_from(entry: Mapping[str, Any]) -> Rule:
    try:
        return Rule(
            id=str(entry["id"]),
            citation=str(entry["citation"]),
            title=str(entry["title"]),
            trigger=str(entry["trigger"]),
            direction=Direction(entry["direction"]),
            days=int(entry["days"]),
            service_applies=bool(entry["service_applies"]),
            court=entry.get("court"),
            applies_to=str(entry.get("applies_to", "")),
            description=str(entry.get("note", "")),
            kind=DeadlineKind(entry.get("kind", DeadlineKind.OTHER.value)),
            aliases=tuple(str(a) for a in entry.get("aliases", ())),
            follows=entry.get("follows"),
            computed_under=str(entry.get("computed_under", "FRCP 6(a)")),
        )
    except (KeyError, ValueError, TypeError) as e:
        ident = entry.get("id", "?")
        raise ConfigError(f"{RULES_FILE}: rule {ident} is malformed ({e!r})", "rules") from e


@cache
def _rules() -> Mapping[str, Rule]:
    rules: dict[str, Rule] = {}
    for entry in _rules_data().get("rule", []):
        rule = _rule_from(entry)
        if rule.id in rules:
            raise ConfigError(f"{RULES_FILE}: rule id {rule.id} appears twice", "rules")
        rules[rule.id] = rule
    return rules


def load_rules() -> dict[str, Rule]:
    """Every rule in `rules.toml`, by id, in file order (a fresh dict; the rules are frozen)."""
    return dict(_rules())


def load_courts() -> dict[str, Court]:
    """The courts configured in `rules.toml`, by id ("cand")."""
    courts: dict[str, Court] = {}
    for court_id, table in _rules_data().get("court", {}).items():
        courts[court_id] = Court(
            id=court_id,
            name=str(table.get("name", court_id)),
            state=table.get("state"),
            count_state_holidays=bool(table.get("count_state_holidays", False)),
            timezone=table.get("timezone"),
        )
    return courts


def court_zone(court: str) -> ZoneInfo:
    """The time zone of `court` ("cand" -> America/Los_Angeles), where its days end for
    electronic filing (FRCP 6(a)(4)(A)). Raises ConfigError for a court the file does not
    know or one without a valid `timezone`."""
    courts = load_courts()
    if court not in courts:
        raise ConfigError(f"unknown court {court!r} (known: {', '.join(courts)})", "rules")
    name = courts[court].timezone
    if not name:
        raise ConfigError(f"{RULES_FILE}: court {court} has no timezone", "rules")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"{RULES_FILE}: court {court}: unknown timezone {name!r}", "rules") from e


@cache
def _declared() -> tuple[DeclaredDay, ...]:
    try:
        data = json.loads(_data_text(DECLARED_FILE))
        return tuple(
            DeclaredDay(dt.date.fromisoformat(d["date"]), str(d["name"]), str(d["citation"]))
            for d in data["days"]
        )
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{DECLARED_FILE}: cannot read declared days ({e!r})", "rules") from e


def declared_days() -> tuple[DeclaredDay, ...]:
    """Days declared a holiday by the President or Congress, with their citations."""
    return _declared()


def state_holidays(court: Court) -> dict[dt.date, str]:
    """The state's own holidays (not the federal ones, which the calendar already has)."""
    if not court.count_state_holidays or not court.state:
        return {}
    import holidays  # see frcp._federal_holidays

    federal = holidays.country_holidays("US", years=STATE_HOLIDAY_YEARS, observed=True)
    state = holidays.country_holidays(
        "US", subdiv=court.state, years=STATE_HOLIDAY_YEARS, observed=True
    )
    return {day: f"{name} ({court.state})" for day, name in state.items() if day not in federal}


def default_calendar(inaccessible: Iterable[dt.date] = (), *, court: str | None = None) -> Calendar:
    """Federal legal holidays, declared days, and `inaccessible` clerk's-office days.

    With `court` ("cand"), that court's state holidays are added when its table in
    `rules.toml` sets `count_state_holidays = true` (none do by default; see the file).
    Raises ConfigError for a court id the file does not know.
    """
    state: dict[dt.date, str] = {}
    if court is not None:
        courts = load_courts()
        if court not in courts:
            raise ConfigError(f"unknown court {court!r} (known: {', '.join(courts)})", "rules")
        state = state_holidays(courts[court])
    declared = {d.date: f"{d.name}, {d.citation}" for d in declared_days()}
    return Calendar(declared=declared, state=state, inaccessible=inaccessible)


def _family(text: str, section: str) -> tuple[str, bool]:
    """Which rule book a citation names, and whether the text said so explicitly."""
    if APPELLATE_RE.search(text):
        return "frap", True
    if LOCAL_RE.search(text):
        return "lr", True
    if CIVIL_RE.search(text):
        return "frcp", True
    # A dashed number ("7-3(a)") is a local rule; a bare "12(a)(2)" is read as the FRCP.
    return ("lr" if "-" in section else "frcp"), False


def _key(text: str) -> tuple[str, str, bool] | None:
    match = SECTION_RE.search(text)
    if match is None:
        return None
    section = re.sub(r"\s+", "", match.group(1) + match.group(2)).lower()
    family, explicit = _family(text, section)
    return family, section, explicit


@cache
def _citation_index() -> Mapping[tuple[str, str], tuple[Rule, ...]]:
    index: dict[tuple[str, str], list[Rule]] = {}
    for rule in _rules().values():
        for text in (rule.citation, *rule.aliases):
            key = _key(text)
            if key is not None:
                bucket = index.setdefault((key[0], key[1]), [])
                if rule not in bucket:
                    bucket.append(rule)
    return {k: tuple(v) for k, v in index.items()}


def find_rule(text: str, *, court: str | None = None) -> Rule | None:
    """The rule an id or a citation names ("cand-7-3a", "Civil L.R. 7-3(a)",
    "FRCP 12(a)(2)", "Fed. R. App. P. 4(a)(1)(B)"), or None when none or several match.

    `court` picks among local rules of several courts with the same number.
    """
    text = text.strip()
    rules = _rules()
    if text in rules:
        return rules[text]
    by_lower = {rule_id.lower(): rule for rule_id, rule in rules.items()}
    if text.lower() in by_lower:
        return by_lower[text.lower()]
    key = _key(text)
    if key is None:
        return None
    family, section, explicit = key
    families = [family] if explicit else [family, "frap" if family == "frcp" else "frcp"]
    index = _citation_index()
    for fam in families:
        found = [
            r for r in index.get((fam, section), ()) if court is None or r.court in (None, court)
        ]
        if found:
            # Several courts sharing a local-rule number, none named: refuse to guess.
            return found[0] if len(found) == 1 else None
    return None


def rule_chain(rule: Rule) -> tuple[Rule, ...]:
    """The rules that follow `rule` in a briefing chain (7-3(a) -> 7-3(c)), in order."""
    rules = _rules()
    chain: list[Rule] = []
    current = rule
    while True:
        nxt = next((r for r in rules.values() if r.follows == current.id), None)
        if nxt is None or nxt in chain:
            return tuple(chain)
        chain.append(nxt)
        current = nxt
