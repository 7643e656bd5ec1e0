"""Reading facts from filing text: pure functions, text in, dataclasses out.

`extract_facts(pages)` composes the small readers: the stamp (`stamp`), the caption
(`caption`: court, case number, parties, title, judge), the type (`doctype`), the counts
(`claims`), the relief (`relief`) and the deadlines (`deadlines`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from casetracker.extract import patterns as p
from casetracker.extract.caption import read_caption
from casetracker.extract.claims import find_claims
from casetracker.extract.courts import court_name
from casetracker.extract.dates import find_dates
from casetracker.extract.deadlines import find_deadlines
from casetracker.extract.doctype import doc_type, is_proposed
from casetracker.extract.relief import find_relief
from casetracker.extract.service import service_date
from casetracker.extract.stamp import filing_stamp
from casetracker.models import DeadlineKind, DocType, FilingFacts, PageText, Source, Stamp

__all__ = ["extract_facts"]

# Pleadings state what the parties owe each other, not the court's dates: "CMS must destroy
# the data by September 30" in a complaint is an allegation. Only a hearing noticed on one
# is a deadline.
_ALLEGING = frozenset({DocType.COMPLAINT, DocType.AMENDED_COMPLAINT})

# Documents whose counts are claims; other papers only refer to a complaint's counts.
_PLEADINGS = frozenset({DocType.COMPLAINT, DocType.AMENDED_COMPLAINT, DocType.OTHER, None})

# Stamp shapes that only one court prints, for a filing whose caption names no court.
# Not "Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19": a bare appellate number and
# entry do not tell the circuit, so such a filing's court stays unknown.
# "Case 17-3510, Document 1-1, 10/31/2017, 2161300" (2d Cir.), "USCA4 Appeal:" (4th Cir.),
# "USCA11 Case:" (11th Cir.), "USCA Case #20-5123" (D.C. Cir.), "Page ID #:365" (C.D. Cal.)
_STAMP_COURTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Case\s+\d{2}-\d+,\s*Document\s+\d+(?:-\d+)?,\s*\d"), "ca2"),
    (re.compile(r"\bUSCA4\b"), "ca4"),
    (re.compile(r"\bUSCA11\b"), "ca11"),
    (re.compile(r"\bUSCA\s+Case\s+#"), "cadc"),
    (re.compile(r"\bPage\s+ID\s+#:"), "cacd"),
)


# How far into page 1 a letter's date line may stand (letterhead, then the date).
_LETTER_HEAD = 600


def court_from_stamp(stamp: Stamp) -> str | None:
    """The court a stamp's format belongs to, when only one court prints it that way."""
    for pattern, court_id in _STAMP_COURTS:
        if pattern.search(stamp.source.text):
            return court_id
    return None


def own_date(pages: Sequence[PageText]) -> Source | None:
    """The document's own date: its first "Dated:" line with a date ("Dated: July 1, 2025")."""
    for page in pages:
        for m in p.DATED_LINE.finditer(page.text):
            label = m.group(0).lstrip()
            rest = m.group("rest")
            if label.lower().startswith("date") and not label.lower().startswith("dated"):
                following = page.text[m.end() : m.end() + 80]
                if re.search(r"\bTime\s*:", following, re.I):
                    continue  # a hearing's "Date:" line
            found = find_dates(rest)
            if found and found[0].start < 25:
                start = m.start("rest") + found[0].start
                return Source(page.number, found[0].text, start, start + len(found[0].text))
    # An opinion gives the day it was decided ("Argued April 23, 2013—Decided June 13, 2013").
    decided = p.DECIDED.search(pages[0].text, 0, 5000)
    if decided and find_dates(decided.group("rest")):
        start, end = decided.span("rest")
        return Source(pages[0].number, decided.group("rest"), start, end)
    # A letter dates itself on a line of its own above the addressee.
    head = pages[0].text[:_LETTER_HEAD]
    line = p.DATE_LINE.search(head)
    if line and find_dates(line.group("date")):
        return Source(pages[0].number, line.group("date"), line.start("date"), line.end("date"))
    return None


def without_caption(pages: Sequence[PageText], body_start: int) -> tuple[PageText, ...]:
    """The pages with page 1's caption blanked out, offsets kept (newlines stay)."""
    if not pages or body_start <= 0:
        return tuple(pages)
    first = pages[0]
    blank = re.sub(r"[^\n]", " ", first.text[:body_start])
    return (replace(first, text=blank + first.text[body_start:]), *pages[1:])


def extract_facts(pages: Sequence[PageText]) -> FilingFacts:
    """Everything the pages say about the filing; no file, database or index is touched."""
    if not pages:
        return FilingFacts()
    stamp = filing_stamp(pages)
    caption = read_caption(pages)
    sources: dict[str, Source] = {}

    court_id = caption.court.court_id if caption.court else None
    court = caption.court.name if caption.court else None
    if court_id is None and stamp is not None:
        court_id = court_from_stamp(stamp)
        court = court_name(court_id) if court_id else None
        if court_id:
            sources["court"] = stamp.source
    elif caption.court is not None:
        start, end = caption.court.start, caption.court.end
        sources["court"] = Source(pages[0].number, pages[0].text[start:end], start, end)

    case_number = stamp.case_number if stamp and stamp.case_number else None
    if case_number and stamp:
        sources["case_number"] = stamp.source
    elif caption.case_number and caption.case_source:
        case_number = caption.case_number
        sources["case_number"] = caption.case_source

    filed: dt.date | None = stamp.filed if stamp else None
    dated = own_date(pages)
    if filed is not None and stamp:
        sources["filed"] = stamp.source
    elif dated is not None:
        filed = find_dates(dated.text)[0].date
        sources["filed"] = dated

    # An empty title (a scan whose OCR text gave no title block) is unknown, not "".
    title = (" ".join(caption.title.text.split()) or None) if caption.title else None
    if caption.title and title:
        sources["title"] = caption.title
    kind = doc_type(title, pages)
    # "STIPULATION AND [PROPOSED] ORDER" signed by the judge is the court's order, not a draft.
    proposed = is_proposed(title) and kind is not DocType.ORDER
    if caption.judge_source:
        sources["judge"] = caption.judge_source

    appellate = bool(court_id and not court_id.endswith("d"))
    body = without_caption(pages, caption.body_start)
    claims = find_claims(pages) if kind in _PLEADINGS else []
    relief = find_relief(body, kind, caption.title)
    # A proposed order states no deadlines of the court (docs/architecture.md); a stipulation
    # states the dates the parties agreed, as one without a proposed order does.
    deadlines = (
        []
        if proposed and kind is DocType.OTHER
        else find_deadlines(
            pages,
            document_date=filed,
            court_id=court_id,
            appellate=appellate,
            case_number=case_number,
            body=body,
            party_names=[party.name for party in caption.parties],
            court_order=kind is DocType.ORDER,
        )
    )
    if kind in _ALLEGING:
        deadlines = [d for d in deadlines if d.kind is DeadlineKind.HEARING]
    served = service_date(body, filed)
    if served is not None:
        sources["served"] = served[1]
    return FilingFacts(
        court_id=court_id,
        court=court,
        case_number=case_number,
        docket_entry=stamp.docket_entry if stamp else None,
        attachment=stamp.attachment if stamp else None,
        filed=filed,
        title=title,
        doc_type=kind,
        judge=caption.judge,
        parties=caption.parties,
        claims=tuple(claims),
        relief=tuple(relief),
        deadlines=tuple(deadlines),
        is_proposed=proposed,
        stamp=stamp,
        sources=sources,
        served=served[0] if served else None,
    )
