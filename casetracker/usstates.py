"""US States, DC and the territories: names and USPS codes, looked up both ways.

The one table behind extraction (a caption's "State of New York") and search filters
(`state:NY`, `state:"new york"`).
"""

from __future__ import annotations

import re

STATE_CODES: dict[str, str] = {
    "Alabama": "AL",
    "Alaska": "AK",
    "Arizona": "AZ",
    "Arkansas": "AR",
    "California": "CA",
    "Colorado": "CO",
    "Connecticut": "CT",
    "Delaware": "DE",
    "District of Columbia": "DC",
    "Florida": "FL",
    "Georgia": "GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Illinois": "IL",
    "Indiana": "IN",
    "Iowa": "IA",
    "Kansas": "KS",
    "Kentucky": "KY",
    "Louisiana": "LA",
    "Maine": "ME",
    "Maryland": "MD",
    "Massachusetts": "MA",
    "Michigan": "MI",
    "Minnesota": "MN",
    "Mississippi": "MS",
    "Missouri": "MO",
    "Montana": "MT",
    "Nebraska": "NE",
    "Nevada": "NV",
    "New Hampshire": "NH",
    "New Jersey": "NJ",
    "New Mexico": "NM",
    "New York": "NY",
    "North Carolina": "NC",
    "North Dakota": "ND",
    "Ohio": "OH",
    "Oklahoma": "OK",
    "Oregon": "OR",
    "Pennsylvania": "PA",
    "Rhode Island": "RI",
    "South Carolina": "SC",
    "South Dakota": "SD",
    "Tennessee": "TN",
    "Texas": "TX",
    "Utah": "UT",
    "Vermont": "VT",
    "Virginia": "VA",
    "Washington": "WA",
    "West Virginia": "WV",
    "Wisconsin": "WI",
    "Wyoming": "WY",
    "Puerto Rico": "PR",
    "Guam": "GU",
    "Virgin Islands": "VI",
    "Northern Mariana Islands": "MP",
}

STATE_NAMES: dict[str, str] = {code: name for name, code in STATE_CODES.items()}

_BY_LOWER = {name.lower(): code for name, code in STATE_CODES.items()}
_BY_LOWER["u.s. virgin islands"] = "VI"
_CODES = frozenset(STATE_CODES.values())
# A caption's formal names: "State of New York", "Commonwealth of Massachusetts".
_PREFIXES = ("state of ", "commonwealth of ", "the ")


def state_code(name: str) -> str | None:
    """USPS code of a State's name ("California", "new york"), else None. Names only:
    "in", "or" and "me" are English words far more often than codes in a caption."""
    return _BY_LOWER.get(" ".join(name.split()).lower())


def state_name(code: str) -> str | None:
    return STATE_NAMES.get(code.upper())


def parse_state(value: str) -> str | None:
    """USPS code for what an aide types: a code or a name in any common form ("NY",
    "new-york", "State of New York", "the Commonwealth of Massachusetts"); else None."""
    text = " ".join(value.replace("-", " ").replace("_", " ").split()).lower()
    if text.upper() in _CODES:
        return text.upper()
    for prefix in _PREFIXES:
        text = text.removeprefix(prefix)
    return _BY_LOWER.get(text)


# Every name as a regex alternation, longest first so "West Virginia" wins over "Virginia";
# the words of a name may be split by any whitespace (a line break in a caption).
NAMES_PATTERN = "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(STATE_CODES, key=len, reverse=True)
)

# A State named anywhere: "Governor of the State of California", "Attorney General of Texas",
# "New Jersey Department of Health and Human Services".
STATE_NAME = re.compile(rf"\b(?P<name>{NAMES_PATTERN})\b", re.IGNORECASE)
