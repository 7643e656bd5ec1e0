"""Reading titles and relief text well enough to tie filings to board rows.

Patterns are named constants with a sample line each. Matching is by facet: the few
things a data-privacy suit's relief is about (sharing, use for enforcement, impoundment,
destruction) plus the relief category, so an order's "DHS may not use the data for
immigration enforcement" finds the row that asked for exactly that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from casetracker.models import Disposition, ReliefKind


class Facet(StrEnum):
    SHARING = "sharing"
    USE = "use"
    IMPOUNDMENT = "impoundment"
    DESTRUCTION = "destruction"


# What an injunction stops being passed on. Past participles ("shared", "transferred") are
# left out: "the data already transferred" describes the data, it does not ask to stop sharing.
# Sample: "enjoin HHS from sharing Medicaid data with DHS"
SHARING_RE = re.compile(
    r"\b(?:shar(?:e|es|ing)|disclos(?:e|es|ing|ure)|transfer(?:s|ring)?|transmit(?:s|ting)?"
    r"|disseminat(?:e|es|ing|ion)|turn(?:s|ing)? over|mak(?:e|es|ing) (?:\w+ )?available)\b",
    re.I,
)
# Use of the data for enforcement; "use" alone is too common, so it needs an enforcement
# word after it. Sample: "barring DHS from using the data for immigration enforcement"
USE_RE = re.compile(
    r"\b(?:use|uses|using|used|utiliz\w*|rely\w* on|access\w*)\b[^.;]{0,120}?"
    r"\b(?:immigration|enforcement|surveil\w*|deport\w*|removal|locat\w+ (?:individuals|persons))",
    re.I,
)
# Sample: "impound and sequester all Medicaid data received from HHS"
IMPOUND_RE = re.compile(r"\b(?:impound\w*|sequester\w*|segregat\w*|quarantin\w*)", re.I)
# Sample: "destroy all copies of the data"; "dispose" needs "of" ("disposition" is not it).
DESTROY_RE = re.compile(
    r"\b(?:destr(?:oy\w*|uction)|delet\w*|purg\w*|expung\w*|dispos(?:e|al) of)", re.I
)

FACET_PATTERNS: tuple[tuple[Facet, re.Pattern[str]], ...] = (
    (Facet.SHARING, SHARING_RE),
    (Facet.USE, USE_RE),
    (Facet.IMPOUNDMENT, IMPOUND_RE),
    (Facet.DESTRUCTION, DESTROY_RE),
)

# A prayer's catch-all, not a relief anyone tracks.
# Sample: "Grant such other and further relief as the Court deems just and proper."
CATCH_ALL_RE = re.compile(
    r"\b(?:such )?(?:other and )?further relief\b|\bsuch other relief\b", re.I
)

# ECF references inside a title or a disposition. Sample: "(ECF No. 12)", "Dkt. 44", "Doc. #98"
ECF_REF_RE = re.compile(
    r"\b(?:ECF|Dkt\.?|Docket|Doc\.?|Document|DktEntry)\s*(?:Nos?\.?|Numbers?|#)?\s*(\d{1,5})",
    re.I,
)

# Who moved. Sample: "DEFENDANTS' MOTION TO DISMISS"; "FEDERAL DEFENDANTS' MOTION TO STAY"
DEFENDANT_MOTION_RE = re.compile(
    r"\b(?:defendants?|government|federal|respondents?|united states)['’]?s?['’]?\s"
    r"(?:[\w'’-]+\s){0,4}?(?:motion|application)",
    re.I,
)
# Sample: "NOTICE OF MOTION AND MOTION TO DISMISS FIRST AMENDED COMPLAINT"
DISMISS_RE = re.compile(r"\bdismiss", re.I)
# Sample: "MOTION TO STAY PRELIMINARY INJUNCTION PENDING APPEAL"; "ORDER STAYING ..."
STAY_RE = re.compile(r"\bstay(?:ing)?\b", re.I)
# A motion about relief already ordered, not the claims' merits.
# Sample: "MOTION TO ENFORCE PRELIMINARY INJUNCTION"; "MOTION TO MODIFY THE INJUNCTION"
ENFORCEMENT_MOTION_RE = re.compile(r"enforce|contempt|clarif|modify|compliance|dissolve", re.I)
# A motion that puts the claims' merits in play, so count rows follow it.
# Sample: "MOTION FOR PRELIMINARY INJUNCTION"; "MOTION FOR SUMMARY JUDGMENT"
MERITS_MOTION_RE = re.compile(
    r"injunct|restraining order|summary judgment|judgment on the pleadings|\bdismiss"
    r"|postpone|section 705|§\s*705|vacat|set aside",
    re.I,
)
# The side a title speaks for. Sample: "DEFENDANTS' NOTICE OF APPEAL"; "FEDERAL DEFENDANTS'"
DEFENDANT_SIDE_RE = re.compile(r"\b(?:defendants?|government|federal|united states)\b", re.I)
# Sample: "PLAINTIFF STATES' NOTICE OF CROSS-APPEAL"
PLAINTIFF_SIDE_RE = re.compile(r"\b(?:plaintiffs?|plaintiff states)\b", re.I)
# The sentence of a notice of appeal that names the appellant and the order.
# Sample: "PLEASE TAKE NOTICE that all Defendants hereby appeal ... (ECF No. 98)."
APPELLANT_RE = re.compile(
    r"\b(?P<who>(?:all\s+|federal\s+)?defendants?|plaintiffs?|plaintiff\s+states|the\s+states"
    r"|the\s+government|the\s+united\s+states)\b[^.]{0,60}?\bhereby\s+(?:appeals?|gives?\s+notice)"
    r"[^;]{0,300}?(?:\.\s|$)",
    re.I,
)
# Sample: "NOTICE OF APPEAL"; "NOTICE OF INTERLOCUTORY APPEAL"; "AMENDED NOTICE OF APPEAL"
APPEAL_RE = re.compile(r"\bnotice of (?:(?:interlocutory|cross)[\s-]+)?appeal\b", re.I)
# Sample: "NOTICE OF WITHDRAWAL OF MOTION FOR ADMINISTRATIVE RELIEF"
WITHDRAW_RE = re.compile(r"\bwithdraw\w*\b", re.I)
# The court's record of a hearing. Sample: "Minute Entry for proceedings held before ..."
MINUTES_RE = re.compile(r"\bminute(?:s| entry| order)\b|\bcivil minutes\b", re.I)

# An order's overall result, read from its title or a generic disposition.
# Sample: "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR PRELIMINARY INJUNCTION"
IN_PART_RE = re.compile(r"\b(?:grant\w*|den\w*)\s+in\s+part\b|\bin\s+part\b", re.I)
# Sample: "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION"
GRANT_RE = re.compile(r"\bgrant(?:s|ed|ing)?\b", re.I)
# Sample: "ORDER DENYING MOTION TO DISMISS"
DENY_RE = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)
# Sample: "ORDER DENYING AS MOOT MOTION FOR TEMPORARY RESTRAINING ORDER"
MOOT_RE = re.compile(r"\bmoot\b", re.I)

# The rest of a motion decided in one phrase. Sample: "The renewed motion is GRANTED in all
# other respects."; "In all other respects, the motion is DENIED."
OTHER_RESPECTS_RE = re.compile(
    r"(?P<verb1>granted|denied)\s+in\s+all\s+other\s+respects"
    r"|in\s+all\s+other\s+respects,?\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:is\s+)?(?P<verb2>granted|denied)"
    r"|otherwise\s+(?P<verb3>granted|denied)",
    re.I,
)
# A denial that carves out part of a request. Sample: "DENIED to the extent it seeks to bar CMS
# from sharing the following basic information"
PARTIAL_DENIAL_RE = re.compile(r"\b(?:to the extent|insofar as|except)\b", re.I)
# An order's text that points back at the paragraph before it. Sample: "The request for this
# relief is GRANTED."
BACK_REFERENCE_RE = re.compile(
    r"\b(?:this|that|such|the foregoing|the above)\s+(?:relief|request)", re.I
)
# Where a numbered decretal paragraph starts. Sample: "\n2. HHS and CMS are enjoined from"
PARAGRAPH_START_RE = re.compile(r"(?:^|\n)\s*(?:\d{1,2}|[a-z])[.)]\s", re.I)

# Orders about the calendar or the paperwork, never a decision on relief, even when their
# title says "granting". Sample: "ORDER GRANTING STIPULATION TO EXTEND TIME TO RESPOND"
HOUSEKEEPING_RE = re.compile(
    r"stipulat|extend|extension|enlarg|leave to|\bseal|pro hac vice|appear|page limit|continu"
    r"|reschedul|administrative|schedul|case management|amicus|briefing",
    re.I,
)
# Where an order's own subject ends and the thing it is about begins.
# Sample: "ORDER GRANTING STIPULATION TO SET BRIEFING SCHEDULE ON MOTION FOR PRELIMINARY ..."
SUBJECT_END_RE = re.compile(r"\s(?:ON|RE:?|REGARDING|CONCERNING|AS TO)\s", re.I)
# An order relying on a claim. Sample: "the States are likely to succeed on their claim that ..."
SUCCESS_RE = re.compile(
    r"likel\w* to (?:succeed|prevail)|likelihood of success|success on the merits"
    r"|substantial likelihood|serious questions going to the merits|prevail\w* on",
    re.I,
)
# Sample: "the States have not shown they are likely to succeed on the Privacy Act claim"
NOT_SUCCESS_RE = re.compile(
    r"\b(?:not|unlikely|un-likely|fail\w*|no)\b[^.;]{0,60}?(?:likel\w*|succe\w*|prevail\w*|shown)",
    re.I,
)

# Named themes of APA-style counts, matched in a count's title and in an order's sentences.
# Sample title: "Violation of the APA — Arbitrary and Capricious Agency Action"
CLAIM_THEMES: dict[str, re.Pattern[str]] = {
    "arbitrary": re.compile(r"arbitrary[\s,-]+(?:and|&|or)[\s-]+capricious", re.I),
    "contrary-to-law": re.compile(
        r"contrary to (?:law|statute)|not in accordance with (?:the )?law"
        r"|(?:in )?excess of (?:statutory )?(?:authority|jurisdiction)|ultra vires",
        re.I,
    ),
    "privacy-act": re.compile(r"privacy act|§\s*552a\b", re.I),
    "procedure": re.compile(r"notice[\s-]+and[\s-]+comment|observance of procedure", re.I),
    "spending-clause": re.compile(r"spending clause", re.I),
    "tenth-amendment": re.compile(r"tenth amendment", re.I),
    "separation-of-powers": re.compile(r"separation of powers", re.I),
    "hipaa": re.compile(r"\bHIPAA\b|health insurance portability", re.I),
    "medicaid-act": re.compile(r"medicaid act|1396a|social security act|§\s*1306\b", re.I),
}

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
}  # fmt: skip
# A count named by number. Sample: "Count II", "the first claim for relief", "Claim 3"
COUNT_REF_RE = re.compile(
    r"\b(?:count|claim|cause of action)\s+(\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:count|claim|cause of action)\b",
    re.I,
)

_WORD_RE = re.compile(r"[a-z]+")
_STOP_TEXT = (
    "a an and the of to for from in on or with by any all its their that this such as be is are "
    "order defendants defendant plaintiffs plaintiff states state court enjoin enjoining enjoined "
    "declare declaring declaration relief preliminary permanent injunction motion"
)
_STOPWORDS = frozenset(_STOP_TEXT.split())


def other_respects(text: str) -> str | None:
    """ "granted" / "denied" when the text decides the rest of a motion in one phrase."""
    m = OTHER_RESPECTS_RE.search(text)
    if m is None:
        return None
    verb = m.group("verb1") or m.group("verb2") or m.group("verb3")
    return verb.lower()


def paragraph_before(page_text: str, start: int, window: int = 600) -> str:
    """The text from the start of the numbered paragraph holding `start` up to it."""
    lo = max(0, start - window)
    head = page_text[lo:start]
    starts = list(PARAGRAPH_START_RE.finditer(head))
    return head[starts[-1].start() :] if starts else head


def facets_of(text: str, category: ReliefKind | None = None) -> list[Facet]:
    """The facets a relief text is about, earliest mention first (the main verb leads)."""
    return list(_facets(text, category))


# The board asks this of every deadline once per row: remembered, it is asked once.
@lru_cache(maxsize=4096)
def _facets(text: str, category: ReliefKind | None) -> tuple[Facet, ...]:
    found: list[tuple[int, Facet]] = []
    for facet, pattern in FACET_PATTERNS:
        m = pattern.search(text)
        if m:
            found.append((m.start(), facet))
    facets = [f for _, f in sorted(found)]
    # The category is the extractor's reading of the main ask; put its facet first.
    implied = {ReliefKind.IMPOUNDMENT: Facet.IMPOUNDMENT, ReliefKind.DESTRUCTION: Facet.DESTRUCTION}
    if category in implied:
        main = implied[category]
        facets = [main, *(f for f in facets if f != main)]
    return tuple(facets)


def is_catch_all(text: str) -> bool:
    return bool(CATCH_ALL_RE.search(text))


def relief_key(category: ReliefKind, facets: list[Facet]) -> str:
    """ "relief:impoundment", "relief:injunction-sharing", "relief:declaratory"."""
    if category in (ReliefKind.IMPOUNDMENT, ReliefKind.DESTRUCTION) or not facets:
        return f"relief:{category}"
    if category == ReliefKind.INJUNCTION or category == ReliefKind.OTHER:
        return f"relief:{category}-{facets[0]}"
    return f"relief:{category}"


def slug(text: str, words: int = 3) -> str:
    """A few content words of a text, for telling two rows of one kind apart."""
    content = [w for w in _WORD_RE.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2]
    return "-".join(content[:words]) or "item"


def ecf_refs(text: str | None) -> list[int]:
    return [int(m.group(1)) for m in ECF_REF_RE.finditer(text or "")]


# Words every filing title shares; what is left names the motion ("preliminary injunction").
_TITLE_STOP_TEXT = (
    "order notice motion plaintiffs plaintiff defendants defendant states state opposition "
    "reply support memorandum points authorities granting denying part response their "
    "further regarding federal court"
)
_TITLE_STOP = frozenset(_TITLE_STOP_TEXT.split())


def title_words(text: str | None) -> set[str]:
    words = _WORD_RE.findall((text or "").lower())
    return {w for w in words if w not in _TITLE_STOP and len(w) > 3}


def overall_disposition(text: str | None) -> Disposition | None:
    """The result an order's title (or a generic disposition) states, if it states one."""
    if not text:
        return None
    granted, denied = GRANT_RE.search(text), DENY_RE.search(text)
    if IN_PART_RE.search(text) and (granted or denied):
        return Disposition.GRANTED_IN_PART
    if MOOT_RE.search(text):
        return Disposition.MOOT
    if granted and denied:
        return Disposition.GRANTED_IN_PART
    if granted:
        return Disposition.GRANTED
    if denied:
        return Disposition.DENIED
    if STAY_RE.search(text):
        return Disposition.STAYED
    return None


def claim_themes(text: str) -> set[str]:
    return {name for name, pattern in CLAIM_THEMES.items() if pattern.search(text)}


def count_numbers(text: str) -> set[int]:
    """Counts a sentence names by number ("Count II", "the first claim")."""
    numbers: set[int] = set()
    for m in COUNT_REF_RE.finditer(text):
        raw = (m.group(1) or m.group(2)).lower()
        if raw.isdigit():
            numbers.add(int(raw))
        elif raw in _ROMAN:
            numbers.add(_ROMAN[raw])
        elif raw in _ORDINALS:
            numbers.add(_ORDINALS[raw])
    return numbers


_SENTENCE_RE = re.compile(r"[^.;]+(?:[.;]|$)")


def sentences(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, sentence) spans of a text, split on full stops and semicolons."""
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group(0).strip()
        if sentence:
            yield m.start(), m.end(), sentence


def order_subject(title: str) -> str:
    """What an order itself does, before "ON MOTION ..." / "RE ...": "ORDER GRANTING
    STIPULATION TO SET BRIEFING SCHEDULE" is about a schedule even when a motion follows."""
    return SUBJECT_END_RE.split(title, maxsplit=1)[0]


def is_housekeeping(title: str) -> bool:
    return bool(HOUSEKEEPING_RE.search(order_subject(title)))
