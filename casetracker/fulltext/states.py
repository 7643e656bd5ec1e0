"""US State names and their USPS codes, for `state:` filters ("state:NY", "state:New York")."""

from __future__ import annotations

STATE_CODES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    "puerto rico": "PR", "guam": "GU", "u.s. virgin islands": "VI", "virgin islands": "VI",
    "american samoa": "AS", "northern mariana islands": "MP",
}  # fmt: skip

_CODES = frozenset(STATE_CODES.values())
# A caption's formal names: "State of New York", "Commonwealth of Massachusetts".
_PREFIXES = ("state of ", "commonwealth of ", "the ")


def state_code(name: str) -> str | None:
    """USPS code for a code or a State's name in any common form; None if not a State."""
    text = " ".join(name.replace("-", " ").replace("_", " ").split()).lower()
    if text.upper() in _CODES:
        return text.upper()
    for prefix in _PREFIXES:
        text = text.removeprefix(prefix)
    return STATE_CODES.get(text)
