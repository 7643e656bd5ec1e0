"""The ways captions and signature blocks name a State (the table: `casetracker.usstates`)."""

from __future__ import annotations

import re

from casetracker.usstates import NAMES_PATTERN, STATE_NAME, STATE_NAMES, state_code

# A State as a party: "STATE OF CALIFORNIA", "Commonwealth of Massachusetts", "the People of
# the State of New York", "DISTRICT OF COLUMBIA", "State of Washington, by and through ..."
STATE_PARTY = re.compile(
    rf"\b(?:(?P<people>(?:THE\s+)?PEOPLE\s+OF\s+THE\s+)?(?P<kind>STATE|COMMONWEALTH)\s+OF\s+"
    rf"(?P<name>{NAMES_PATTERN})|(?P<dc>DISTRICT\s+OF\s+COLUMBIA))\b",
    re.IGNORECASE,
)


def party_state(text: str) -> tuple[str, str] | None:
    """The normalised party name and code when `text` names a State as a party.

    "STATE OF CALIFORNIA" -> ("State of California", "CA"); "PEOPLE OF THE STATE OF NEW YORK"
    -> ("People of the State of New York", "NY"); "District of Columbia" -> (…, "DC").
    """
    m = STATE_PARTY.search(text)
    if m is None:
        return None
    if m.group("dc"):
        return "District of Columbia", "DC"
    code = state_code(m.group("name"))
    if code is None:
        return None
    kind = m.group("kind").capitalize()
    name = f"{kind} of {STATE_NAMES[code]}"
    if m.group("people"):
        name = f"People of the {name}"
    return name, code


def mentioned_state(text: str) -> str | None:
    """The code of the first State named in `text` (an official's office), else None."""
    m = STATE_NAME.search(text)
    return state_code(m.group("name")) if m else None
