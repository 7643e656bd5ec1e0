"""Plaintiff States: when each joined or left, who signs for it, which orders bind as to it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.board.match import is_housekeeping, overall_disposition
from casetracker.board.model import DocketFiling
from casetracker.models import Disposition, DocType, FilingFacts, PartyRole, ReliefKind, Source

# USPS code -> the name a caption or a signature block uses.
STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}  # fmt: skip
CODE_BY_NAME: dict[str, str] = {name.lower(): code for code, name in STATE_NAMES.items()}
CODE_BY_NAME["hawai'i"] = "HI"
CODE_BY_NAME["virgin islands"] = "VI"

# Longest names first, so "West Virginia" wins over "Virginia".
_NAME_ALT = "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(CODE_BY_NAME, key=len, reverse=True)
)
# A signature block's office line. Samples: "ROB BONTA, Attorney General of California";
# "Attorney General for the Commonwealth of Massachusetts"; "ATTORNEY GENERAL OF THE STATE OF
# NEW YORK"; "Attorney General for the District of Columbia".
AG_OFFICE_RE = re.compile(
    r"Attorney\s+General,?\s+(?:of|for)\s+(?:the\s+)?(?:(?:State|Commonwealth|People\s+of\s+the"
    r"\s+State|Territory)\s+of\s+)?(?P<name>" + _NAME_ALT + r")\b",
    re.I,
)
# The "<State> Attorney General" order. Sample: "Nevada Attorney General"; a person's title
# ("Deputy Attorney General") has no State name before it, so it cannot match.
AG_OFFICE_AFTER_RE = re.compile(r"\b(?P<name>" + _NAME_ALT + r")\s+Attorney\s+General\b", re.I)
_STATE_NAME_RE = re.compile(r"\b(?P<name>" + _NAME_ALT + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class CounselOffice:
    state: str  # USPS code
    office: str  # "Attorney General of California"
    source: Source


@dataclass(frozen=True, slots=True)
class OrderRef:
    filing_id: int
    docket_entry: int | None
    filed: dt.date | None
    title: str | None


@dataclass(frozen=True, slots=True)
class StateStatus:
    """One plaintiff State: where it joined (and left), its counsel, the orders binding as to it."""

    code: str
    name: str
    joined_filing: int | None
    joined_entry: int | None
    joined_on: dt.date | None
    left_filing: int | None
    left_entry: int | None
    left_on: dt.date | None
    counsel: str | None
    counsel_source: Source | None
    bound_by: tuple[OrderRef, ...]

    @property
    def is_plaintiff(self) -> bool:
        return self.left_filing is None


def parse_counsel_offices(text: str, page: int | None = None) -> list[CounselOffice]:
    """Attorney-General offices named in signature blocks, one per State, first mention kept."""
    found: dict[str, CounselOffice] = {}
    hits = [*AG_OFFICE_RE.finditer(text), *AG_OFFICE_AFTER_RE.finditer(text)]
    for m in sorted(hits, key=lambda m: m.start()):
        code = CODE_BY_NAME.get(" ".join(m.group("name").lower().split()))
        if code is None or code in found:
            continue
        name = STATE_NAMES[code]
        office = f"Attorney General of {'the ' if code == 'DC' else ''}{name}"
        source = Source(page=page, text=m.group(0), start=m.start(), end=m.end())
        found[code] = CounselOffice(code, office, source)
    return list(found.values())


def state_codes_named(text: str) -> set[str]:
    """USPS codes of the States a sentence names ("as to California and Oregon only")."""
    codes = set()
    for m in _STATE_NAME_RE.finditer(text):
        code = CODE_BY_NAME.get(" ".join(m.group("name").lower().split()))
        if code:
            codes.add(code)
    return codes


def chronological(filings: Sequence[DocketFiling]) -> list[DocketFiling]:
    """Docket order: filing date, then ECF number (assigned in order), then attachment."""
    return sorted(
        filings,
        key=lambda f: (
            f.filed or dt.date.max,
            f.docket_entry if f.docket_entry is not None else 10**9,
            f.attachment or 0,
            f.filing_id,
        ),
    )


def is_main_document(f: DocketFiling) -> bool:
    """Attachments (exhibits, a proposed amended complaint) do not move the docket."""
    return not f.attachment and not f.is_proposed


def is_complaint(f: DocketFiling) -> bool:
    return is_main_document(f) and f.doc_type in (DocType.COMPLAINT, DocType.AMENDED_COMPLAINT)


def plaintiff_states(facts: FilingFacts) -> tuple[str, ...]:
    """USPS codes of the States named as plaintiffs in a caption, in caption order."""
    codes: list[str] = []
    for party in facts.parties:
        if party.role == PartyRole.PLAINTIFF and party.state and party.state not in codes:
            codes.append(party.state)
    return tuple(codes)


def membership_after(
    previous: tuple[str, ...], complaint: DocketFiling
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(members, left) after a complaint; an abbreviated caption ("State of California, et
    al.") names one State, which says nothing about the others, so they stay."""
    named = plaintiff_states(complaint.facts)
    if len(named) <= 1 and len(previous) > 1:
        return previous + tuple(c for c in named if c not in previous), ()
    left = tuple(c for c in previous if c not in named)
    return named, left


# An order title that grants relief, not leave or time. Sample: "ORDER GRANTING IN PART
# MOTION FOR PRELIMINARY INJUNCTION"; "JUDGMENT"
RELIEF_TITLE_RE = re.compile(r"injunct|restraining|judgment|vacat|declar|relief", re.I)
# A caption's short form names one State for all. Sample: "STATE OF CALIFORNIA, et al.,"
CAPTION_ET_AL_RE = re.compile(r"(?:State|Commonwealth) of [A-Z][\w ]{2,20}?,? et al\.?", re.I)
# Categories whose grant orders the defendants to do or stop something.
BINDING_CATEGORIES = frozenset(
    {ReliefKind.INJUNCTION, ReliefKind.IMPOUNDMENT, ReliefKind.DESTRUCTION, ReliefKind.VACATUR,
     ReliefKind.DECLARATORY}
)  # fmt: skip


def _binding_orders(filings: list[DocketFiling]) -> list[tuple[DocketFiling, set[str] | None]]:
    """Orders granting relief, each with the States it names (None: "the plaintiff States")."""
    granted = {Disposition.GRANTED, Disposition.GRANTED_IN_PART}
    out: list[tuple[DocketFiling, set[str] | None]] = []
    for f in filings:
        if not is_main_document(f) or f.doc_type not in (DocType.ORDER, DocType.JUDGMENT):
            continue
        if is_housekeeping(f.title or ""):
            continue  # an order granting a stipulation or more time binds no one to anything
        items = [
            r
            for r in f.facts.relief
            if r.disposition in granted and r.category in BINDING_CATEGORIES
        ]
        by_title = overall_disposition(f.title) in granted and RELIEF_TITLE_RE.search(f.title or "")
        if not items and not by_title:
            continue
        named: set[str] = set()
        for item in items:
            named |= state_codes_named(CAPTION_ET_AL_RE.sub(" ", item.text))
        out.append((f, named or None))
    return out


def states_view(filings: Sequence[DocketFiling]) -> list[StateStatus]:
    """Each State that has been a plaintiff, in the order they joined."""
    ordered = chronological(filings)
    members: tuple[str, ...] = ()
    joined: dict[str, DocketFiling] = {}
    left: dict[str, DocketFiling] = {}
    counsel: dict[str, CounselOffice] = {}
    binds: dict[str, list[OrderRef]] = {}
    orders = dict((f.filing_id, named) for f, named in _binding_orders(ordered))
    for f in ordered:
        for page in f.pages:
            for found in parse_counsel_offices(page.text, page.number):
                counsel.setdefault(found.state, found)
        if is_complaint(f):
            members, gone = membership_after(members, f)
            for code in members:
                if code not in joined or code in left:
                    joined[code] = f
                    left.pop(code, None)
            for code in gone:
                left[code] = f
        elif f.filing_id in orders:
            named = orders[f.filing_id]
            ref = OrderRef(f.filing_id, f.docket_entry, f.filed, f.title)
            # An injunction for "the plaintiff States" reaches those who are plaintiffs today.
            for code in members:
                if named is None or code in named:
                    binds.setdefault(code, []).append(ref)
    view: list[StateStatus] = []
    position = {f.filing_id: i for i, f in enumerate(ordered)}
    for code, f in sorted(joined.items(), key=lambda kv: position[kv[1].filing_id]):
        gone_in = left.get(code)
        office = counsel.get(code)
        view.append(
            StateStatus(
                code=code,
                name=STATE_NAMES.get(code, code),
                joined_filing=f.filing_id,
                joined_entry=f.docket_entry,
                joined_on=f.filed,
                left_filing=gone_in.filing_id if gone_in else None,
                left_entry=gone_in.docket_entry if gone_in else None,
                left_on=gone_in.filed if gone_in else None,
                counsel=office.office if office else None,
                counsel_source=office.source if office else None,
                bound_by=tuple(binds.get(code, ())),
            )
        )
    return view
