"""Sentence spans in page text, aware of the abbreviations legal writing is full of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# Words that end with a period without ending a sentence ("No.", "U.S.", "Cal.", "a.m.").
ABBREVIATIONS = frozenset(
    [
        "no",
        "nos",
        "v",
        "vs",
        "u.s",
        "cal",
        "civ",
        "fed",
        "r",
        "p",
        "l.r",
        "a.m",
        "p.m",
        "inc",
        "corp",
        "co",
        "jr",
        "sr",
        "dr",
        "mr",
        "ms",
        "mrs",
        "hon",
        "sec",
        "seq",
        "e.g",
        "i.e",
        "id",
        "ex",
        "dkt",
        "ecf",
        "doc",
        "docs",
        "art",
        "para",
        "st",
        "f",
        "supp",
        "cir",
        "app",
        "stat",
        "pub",
        "cong",
        "reg",
        "et",
        "al",
        "cf",
        "see",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ct",
        "s.ct",
        "l.ed",
        "n.d",
        "s.d",
        "e.d",
        "w.d",
        "c.d",
        "m.d",
        "d.n.j",
        "d.d.c",
        "u.s.c",
        "c.f.r",
        "ltd",
        "llc",
        "dept",
        "div",
        "admin",
        "gen",
        "atty",
        "ch",
        "pt",
        "tit",
        "ex.",
        "cl",
        "ann",
        "rev",
        "crim",
        "proc",
        "evid",
        "ed",
        "mot",
        "opp",
        "n.y",
        "ill",
        "tex",
        "fla",
        "mass",
        "wash",
        "colo",
        "conn",
        "del",
        "md",
        "mich",
        "minn",
        "nev",
        "or",
        "pa",
        "va",
        "wis",
        "ariz",
        "ga",
        "ky",
        "la",
        "me",
        "mo",
        "mont",
        "neb",
        "okla",
        "tenn",
        "vt",
        "ind",
        "iowa",
        "kan",
        "miss",
        "ala",
        "ark",
    ]
)

_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n[ \t]*\n")
# A new line that starts a labelled line or a list item also ends the sentence before it.
# "Date: August 7, 2025", "a. Declare that …", "(2) Enjoin …"
_LINE_START = re.compile(
    r"\n(?=[ \t]*(?:(?:Date|Time|Courtroom|Ctrm|Place|Judge|Dept|Location)\s*:"
    r"|\(?[a-zA-Z0-9]{1,3}[.)]\s+[A-Z]|[A-Z][A-Z ]{6,}$))",
    re.M,
)


# A schedule row whose value is a period instead of a date, on a line of its own with no stop
# at its end: "Any reply brief: within 21 days after service of the response brief", "Reply: 7
# days after the opposition". It is a sentence of its own; read on into the next line, the
# next sentence's words became the row's anchor.
ROW_PERIOD = re.compile(
    r"^[ \t]*[A-Z][^:\n]{2,80}:[ \t]*(?:(?i:within|no\s+later\s+than|not\s+later\s+than)[ \t]+)?"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:[ \t]*\(\d{1,3}\))?[ \t]+"
    r"(?i:(?:calendar|court|business)[ \t]+)?(?i:days?)[ \t]+"
    r"(?i:after|from|following|of|before|prior[ \t]+to)\b[^\n]*$",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


# A clock time ends a sentence when a new sentence follows it: "… at 1:30 p.m. This Order
# shall remain …" (read as one sentence, the hearing's kind went to the order's end date);
# not before a time zone or a place: "10:00 a.m. Pacific Time", "9 a.m. in Courtroom 4".
_TIME_THEN_SENTENCE = re.compile(
    r"[ap]\.m\.\s+(?!(?:Pacific|Eastern|Central|Mountain|[PECM][SD]?T|Courtroom|Ctrm|Room)\b)"
    r"[A-Z][a-z]",
    re.IGNORECASE,
)


def _is_abbreviation(text: str, period: int) -> bool:
    m = re.search(r"([A-Za-z.]+)$", text[max(0, period - 12) : period])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in ("a.m", "p.m") and _TIME_THEN_SENTENCE.match(text, max(0, period - 3)):
        return False
    return word in ABBREVIATIONS or len(word) == 1


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text` with their spans (whitespace trimmed)."""
    cuts = {0, len(text)}
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        cuts.add(m.end())
    for m in _LINE_START.finditer(text):
        cuts.add(m.start() + 1)
    for m in ROW_PERIOD.finditer(text):
        cuts.add(m.start())
        # A row wrapped onto a lower-case line goes on: "… after service of the\nresponse brief"
        if re.match(r"\n[ \t]*[A-Z(]", text[m.end() : m.end() + 20]):
            cuts.add(m.end() + 1)
    out: list[Sentence] = []
    points = sorted(cuts)
    for a, b in pairwise(points):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append(Sentence(a + lead, a + trail, " ".join(chunk[lead:trail].split())))
    return out
