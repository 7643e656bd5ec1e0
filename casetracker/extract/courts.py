"""Federal courts by name and CourtListener id: every U.S. district court, the courts of
appeals and the Supreme Court. The district table is built from each State's districts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casetracker.extract import patterns as p
from casetracker.usstates import STATE_NAMES, state_code

# The districts of each State (28 U.S.C. §§ 81-131): "" for a single-district State.
DISTRICTS: dict[str, str] = {
    "AL": "NMS", "AK": "", "AZ": "", "AR": "EW", "CA": "NECS", "CO": "", "CT": "", "DE": "",
    "DC": "", "FL": "NMS", "GA": "NMS", "HI": "", "ID": "", "IL": "NCS", "IN": "NS", "IA": "NS",
    "KS": "", "KY": "EW", "LA": "EMW", "ME": "", "MD": "", "MA": "", "MI": "EW", "MN": "",
    "MS": "NS", "MO": "EW", "MT": "", "NE": "", "NV": "", "NH": "", "NJ": "", "NM": "",
    "NY": "NSEW", "NC": "EMW", "ND": "", "OH": "NS", "OK": "NEW", "OR": "", "PA": "EMW",
    "RI": "", "SC": "", "SD": "", "TN": "EMW", "TX": "NSEW", "UT": "", "VT": "", "VA": "EW",
    "WA": "EW", "WV": "NS", "WI": "EW", "WY": "", "PR": "", "GU": "", "VI": "", "MP": "",
}  # fmt: skip

_DIRECTION = {
    "N": "Northern",
    "S": "Southern",
    "E": "Eastern",
    "W": "Western",
    "C": "Central",
    "M": "Middle",
}
# CourtListener ids that do not follow "<usps><letter>d".
_ID_EXCEPTIONS = {"MP": "nmid"}

CIRCUITS: dict[str, tuple[str, str]] = {
    "first": ("ca1", "First"),
    "second": ("ca2", "Second"),
    "third": ("ca3", "Third"),
    "fourth": ("ca4", "Fourth"),
    "fifth": ("ca5", "Fifth"),
    "sixth": ("ca6", "Sixth"),
    "seventh": ("ca7", "Seventh"),
    "eighth": ("ca8", "Eighth"),
    "ninth": ("ca9", "Ninth"),
    "tenth": ("ca10", "Tenth"),
    "eleventh": ("ca11", "Eleventh"),
    "district of columbia": ("cadc", "District of Columbia"),
    "federal": ("cafc", "Federal"),
}


@dataclass(frozen=True, slots=True)
class Court:
    court_id: str
    name: str
    start: int = 0  # where the court line was found in the text searched
    end: int = 0


def _district_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, letters in DISTRICTS.items():
        state = STATE_NAMES[code]
        if not letters:
            cid = _ID_EXCEPTIONS.get(code, f"{code.lower()}d")
            where = state if code == "DC" else f"District of {state}"
            table[cid] = f"United States District Court, {where}"
        for letter in letters:
            cid = f"{code.lower()}{letter.lower()}d"
            table[cid] = f"United States District Court, {_DIRECTION[letter]} District of {state}"
    return table


DISTRICT_COURTS: dict[str, str] = _district_table()
APPELLATE_COURTS: dict[str, str] = {
    cid: f"United States Court of Appeals for the {name} Circuit" for cid, name in CIRCUITS.values()
}
SUPREME = Court("scotus", "Supreme Court of the United States")
ALL_COURTS: dict[str, str] = {**DISTRICT_COURTS, **APPELLATE_COURTS, "scotus": SUPREME.name}


def district_court(direction: str | None, state: str) -> Court | None:
    """The district court of `state` ("California") in `direction` ("Northern"), if it exists."""
    code = state_code(re.sub(r"^the\s+", "", state.strip(" ,."), flags=re.I))
    if code is None:
        return None
    letter = direction.strip()[0].upper() if direction else ""
    if letter and letter not in DISTRICTS[code]:
        return None
    cid = f"{code.lower()}{letter.lower()}d" if letter else _ID_EXCEPTIONS.get(code, "")
    cid = cid or f"{code.lower()}d"
    name = DISTRICT_COURTS.get(cid)
    return Court(cid, name) if name else None


def _district_state(words: str) -> str:
    """Trim a captured "DISTRICT OF …" tail to the State name it starts with."""
    words = " ".join(words.split())
    for n in (3, 2, 1):
        head = " ".join(words.split()[:n])
        if state_code(re.sub(r"^the\s+", "", head, flags=re.I).strip(" ,.")):
            return head
    return words


def find_court(text: str) -> Court | None:
    """The first court named in `text` as this document's court (not "on appeal from")."""
    found: list[Court] = []
    for m in p.DISTRICT_COURT.finditer(text):
        if p.APPEAL_FROM.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        state = _district_state(m.group("state"))
        printed = state
        if state.lower().startswith("columbia"):
            state, printed = "District of Columbia", "Columbia"
        court = district_court(m.group("district"), state)
        if court:
            # The state group may run on into the next line; end the match at the name.
            more = len(printed.split()) - 1
            tail = re.match(rf"\S*(?:\s+\S+){{{more}}}", text[m.start("state") :])
            end = m.start("state") + (tail.end() if tail else len(printed))
            found.append(Court(court.court_id, court.name, m.start(), end))
            break
    for m in p.APPEALS_COURT.finditer(text):
        key = " ".join(m.group("circuit").lower().split())
        cid = CIRCUITS[key][0]
        found.append(Court(cid, APPELLATE_COURTS[cid], m.start(), m.end()))
        break
    m2 = p.SUPREME_COURT.search(text)
    if m2:
        found.append(Court(SUPREME.court_id, SUPREME.name, m2.start(), m2.end()))
    return min(found, key=lambda c: c.start) if found else None


def court_name(court_id: str) -> str | None:
    return ALL_COURTS.get(court_id)
