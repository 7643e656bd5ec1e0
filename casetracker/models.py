"""Plain data that crosses layers: closed vocabularies and frozen dataclasses.

Every extracted fact carries a `Source` (page, character span on that page's clean
text, and the quoted text) so an aide can reach the page behind it in one step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DocType(StrEnum):
    COMPLAINT = "complaint"
    AMENDED_COMPLAINT = "amended_complaint"
    ANSWER = "answer"
    MOTION = "motion"
    OPPOSITION = "opposition"
    REPLY = "reply"
    ORDER = "order"
    STIPULATION = "stipulation"
    NOTICE = "notice"
    DECLARATION = "declaration"
    BRIEF = "brief"
    JUDGMENT = "judgment"
    LETTER = "letter"
    OTHER = "other"


class PartyRole(StrEnum):
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"
    APPELLANT = "appellant"
    APPELLEE = "appellee"
    PETITIONER = "petitioner"
    RESPONDENT = "respondent"
    INTERVENOR = "intervenor"
    AMICUS = "amicus"


class ReliefKind(StrEnum):
    DECLARATORY = "declaratory"
    VACATUR = "vacatur"
    INJUNCTION = "injunction"
    IMPOUNDMENT = "impoundment"
    DESTRUCTION = "destruction"
    FEES = "fees"
    OTHER = "other"


class DeadlineKind(StrEnum):
    HEARING = "hearing"
    RESPONSE = "response"
    REPLY = "reply"
    FILING = "filing"
    COMPLIANCE = "compliance"
    CONFERENCE = "conference"
    OTHER = "other"


class Disposition(StrEnum):
    """How an order decides a request (read from its text)."""

    GRANTED = "granted"
    GRANTED_IN_PART = "granted_in_part"
    DENIED = "denied"
    MOOT = "moot"
    STAYED = "stayed"
    VACATED = "vacated"


class TextLayer(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


class OcrStatus(StrEnum):
    APPLIED = "applied"
    NEEDED = "needed"
    NOT_NEEDED = "not_needed"


class Reason(StrEnum):
    """Why a file was refused; the values are the `error` of `extract --json`."""

    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    NOT_PDF = "not_pdf"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact came from: 1-based page, span in that page's clean text, the text."""

    page: int | None
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class PageText:
    """One page as read from the PDF.

    `text` is the clean text used for facts (pleading line numbers, margin banners and
    the header stamp removed); `raw` is what the text layer gave (stamp included), kept
    for stamp parsing and display.
    """

    number: int
    text: str
    raw: str = ""
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Stamp:
    """The court's header stamp: "Case 3:25-cv-05536-VC Document 44 Filed 07/08/25 Page 2 of 31"."""

    case_number: str | None
    docket_entry: int | None
    attachment: int | None
    filed: dt.date | None
    page: int | None
    page_count: int | None
    page_id: str | None
    court_level: str  # "district" | "appellate"
    source: Source


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    role: PartyRole
    state: str | None
    source: Source
    official: str | None = None  # the office, for a person sued in an official capacity


@dataclass(frozen=True, slots=True)
class Claim:
    number: int
    title: str
    source: Source


@dataclass(frozen=True, slots=True)
class Relief:
    text: str
    category: ReliefKind
    source: Source
    label: str | None = None  # "A", "b", "3" as lettered in the prayer
    disposition: Disposition | None = None  # set on an order's dispositions


@dataclass(frozen=True, slots=True)
class Deadline:
    date: dt.date | None  # None: conditional, its anchor event has not happened
    kind: DeadlineKind
    text: str
    source: Source
    computed: bool = False
    rule: str | None = None
    time: str | None = None  # "10:00 a.m."
    courtroom: str | None = None
    anchor: str | None = None  # what a computed/conditional date counts from


@dataclass(frozen=True, slots=True)
class FilingFacts:
    """Everything extraction reads from one filing's pages (no I/O, no file facts)."""

    court_id: str | None = None
    court: str | None = None
    case_number: str | None = None
    docket_entry: int | None = None
    attachment: int | None = None
    filed: dt.date | None = None
    title: str | None = None
    doc_type: DocType | None = None
    judge: str | None = None
    parties: tuple[Party, ...] = ()
    claims: tuple[Claim, ...] = ()
    relief: tuple[Relief, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    is_proposed: bool = False  # a "[PROPOSED] ORDER": lodged by a party, not the court's
    stamp: Stamp | None = None
    sources: dict[str, Source] = field(default_factory=dict)  # field name -> where it was read
    served: dt.date | None = None  # the day the paper says service was made (a proof of it)


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What preflight learned of a file before reading it."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    error: Reason | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The pages of a PDF as read by `pdftext`, with how the text was obtained."""

    page_count: int
    pages: tuple[PageText, ...]
    text_layer: TextLayer
    ocr: OcrStatus
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """A file's facts plus the file facts: one `extract --json` object."""

    path: str
    sha256: str | None
    pages: int | None
    text_layer: TextLayer | None
    ocr: OcrStatus | None
    error: Reason | None
    facts: FilingFacts
    message: str | None = None
    page_texts: tuple[PageText, ...] = ()
