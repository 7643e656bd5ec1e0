"""The document type, from the title first and then the body (docs/architecture.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casetracker.extract import patterns as p
from casetracker.extract.dates import find_dates
from casetracker.models import DocType, PageText


def is_proposed(title: str | None) -> bool:
    return bool(title and p.PROPOSED.search(title))


def is_signed_order(pages: Sequence[PageText]) -> bool:
    """True when a date is filled in after the last "IT IS SO ORDERED" (a judge signed it)."""
    for page in reversed(pages):
        found = list(p.SO_ORDERED.finditer(page.text))
        if found:
            return bool(find_dates(page.text[found[-1].end() : found[-1].end() + 600]))
    return False


def is_court_decree(pages: Sequence[PageText]) -> bool:
    """True when the body orders ("it is ORDERED that …") and a judge signs it."""
    text = "\n".join(page.text for page in pages)
    if not p.COURT_DECREE.search(text):
        return False
    return bool(
        p.COURT_SIGNOFF.search(text)
        or p.JUDGE_SIGNATURE.search(text)
        or p.JUDGE_SIGNATURE_SHORT.search(text)
    )


def doc_type(title: str | None, pages: Sequence[PageText]) -> DocType | None:
    """What the document is; a "[PROPOSED] ORDER" is `other` (a party's draft)."""
    if title:
        proposed = is_proposed(title)
        m = p.DOCTYPE_WORDS.search(p.PROPOSED.sub(" ", title))
        if m:
            kind = m.lastgroup or ""
            if kind == "motion_notice":
                return DocType.MOTION
            if kind == "stipulation" and re.search(r"\bORDER\b", title, re.I):
                # A stipulation with an order on it: the judge's signature makes it an order.
                return DocType.ORDER if is_signed_order(pages) else DocType.STIPULATION
            if proposed and kind in ("order", "judgment"):
                return DocType.OTHER
            return DocType(kind)
    body = "\n".join(page.text for page in pages[:3])
    if title:
        # A title with no word of type ("NOTIFICATION OF DOCKET ENTRY", E.D. Pa.'s bare
        # "MEMORANDUM") defers to a body that is plainly the court's minute or its signed
        # decree; anything else (a status report citing an order) stays `other`.
        if p.MINUTE_BODY.search(body[:3000]) or is_court_decree(pages):
            return DocType.ORDER
        return DocType.OTHER
    if p.ORDER_BODY.search(body):
        return DocType.ORDER
    if p.LETTER_SALUTATION.search(body[:3000]):
        return DocType.LETTER
    return None
