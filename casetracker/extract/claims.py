"""The counts of a complaint: "FIRST CLAIM FOR RELIEF", "COUNT I", "CLAIM ONE", with the
descriptive title that follows the heading (often in parentheses, over one or two lines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casetracker.extract import patterns as p
from casetracker.models import Claim, PageText, Source

_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# Title lines a heading may have: two cover "(Violation of …" wrapped once, plus "(Against …)".
_MAX_TITLE_LINES = 3
# A title line that runs on to the next: it ends with a colon, a dash or a joining word.
# "Administrative Procedure Act, 5 U.S.C. § 706(2)(C):" / "Action in Excess of Statutory
# Jurisdiction" (the title stopped at the colon)
_RUNS_ON = re.compile(r"(?:[:–—-]|\b(?:and|or|of|the|to|for|in|on|by|with|under))\s*$", re.I)


def roman(text: str) -> int | None:
    """ "XIV" -> 14; None when `text` is not a Roman numeral."""
    if not text or any(c not in _ROMAN for c in text.upper()):
        return None
    values = [_ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def claim_number(word: str) -> int | None:
    w = word.lower()
    if w in _ORDINALS:
        return _ORDINALS.index(w) + 1
    if w in p.CARDINALS:
        return p.CARDINALS[w]
    if w.isdigit():
        return int(w)
    return roman(word)


def _title_after(text: str, start: int) -> tuple[str, int]:
    """The title lines after a heading ending at `start`, and where they end."""
    parts: list[str] = []
    end = start
    depth = 0
    for m in re.finditer(r"[^\n]+", text[start:]):
        line = m.group(0).strip()
        if not line:
            continue
        if parts and depth <= 0 and not line.startswith("(") and not _RUNS_ON.search(parts[-1]):
            break
        if p.NUMBERED_PARAGRAPH.match(line) or p.CLAIM_HEADING.match(line):
            break
        if not parts and len(line) > 160:
            break  # prose, not a title
        if parts and line.startswith("(") and depth <= 0 and re.match(r"\(Against\b", line, re.I):
            break  # "(Against All Defendants)" says whom, not what
        parts.append(line)
        depth += line.count("(") - line.count(")")
        end = start + m.end()
        if len(parts) >= _MAX_TITLE_LINES or (
            depth <= 0 and not line.startswith("(") and not _RUNS_ON.search(line)
        ):
            break
    return " ".join(" ".join(parts).split()), end


def clean_title(title: str) -> str:
    """Drop the enclosing parentheses of a count's title."""
    title = title.strip()
    if title.startswith("(") and title.endswith(")"):
        title = title[1:-1]
    return title.strip(" .")


def find_claims(pages: Sequence[PageText]) -> list[Claim]:
    """Every count heading in the pages, in order; a number seen twice keeps the later one
    (the first was a table of contents)."""
    by_number: dict[int, Claim] = {}
    for page in pages:
        for m in p.CLAIM_HEADING.finditer(page.text):
            if p.TOC_LINE.search(m.group(0)):
                continue
            number = claim_number(m.group("ordinal") or m.group("number") or "")
            if number is None:
                continue
            if m.group("title"):
                title, end = m.group("title"), m.end()
            else:
                title, end = _title_after(page.text, m.end())
            title = clean_title(title)
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            source = Source(page.number, page.text[start:end], start, end)
            by_number[number] = Claim(number, title, source)
    return [by_number[n] for n in sorted(by_number)]
