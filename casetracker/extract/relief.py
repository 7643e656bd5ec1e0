"""Relief: a complaint's prayer items, a motion's request, an order's dispositions.

Each item is categorised by what it asks (docs/architecture.md): impound / destroy first
(whichever comes first in the item), then declare, vacate, enjoin, fees, else other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from casetracker.extract import patterns as p
from casetracker.extract.sentences import sentences
from casetracker.models import Disposition, DocType, PageText, Relief, ReliefKind, Source

_INJUNCTION = re.compile(
    r"\benjoin\w*|\binjunct\w*|\brestrain\w*|\bprohibit\w*|\bbar\b|\bbarr|\bTRO\b", re.I
)
# Categories in the order they decide; impoundment and destruction compete by position.
_CATEGORY_WORDS: tuple[tuple[ReliefKind, re.Pattern[str]], ...] = (
    # "a declaration that …" asks for one; "seal portions of the declaration that describe …"
    # names a paper.
    (
        ReliefKind.DECLARATORY,
        re.compile(r"\bdeclar(?:e|es|ing|atory)\b|\ban?\s+declaration\s+(?:that|of)\b", re.I),
    ),
    (ReliefKind.VACATUR, re.compile(r"\bvacat(?:e|es|ing|ur)\b|\bset(?:ting)?\s+aside\b", re.I)),
    (ReliefKind.INJUNCTION, _INJUNCTION),
    (ReliefKind.FEES, re.compile(r"\bfees\b|\bcosts\b|\battorney", re.I)),
)
_IMPOUND = re.compile(r"\bimpound\w*|\bsequest\w*|\bsegregat\w*", re.I)
_DESTROY = re.compile(r"\bdestr(?:oy|uction)\w*|\bdelet\w*|\bpurg\w*|\bexpung\w*", re.I)

# Requests worth keeping from a motion: the notice page and the conclusion.
_MOTION_PAGES = 3
_MAX_MOTION_ITEMS = 4
# The labels of one level of a prayer: a run of "a., b., c." or "1., 2., 3.".
_STYLES = (
    ("paren", re.compile(r"^\(")),
    ("lower", re.compile(r"^[a-z]$")),
    ("upper", re.compile(r"^[A-Z]$")),
    ("digit", re.compile(r"^\d+$")),
)


# A request to stay or suspend something: "a stay of the district court's injunction pending
# appeal" asks to pause an injunction, not for one.
_STAY_OF = re.compile(r"\b(?:stay|stays|staying|suspend\w*|dissolv\w*)\b", re.I)


def categorize(text: str) -> ReliefKind:
    """The category of one request, by what it asks."""
    stay = _STAY_OF.search(text)
    injunction = _INJUNCTION.search(text)
    if stay and injunction and stay.start() < injunction.start():
        return ReliefKind.OTHER
    impound, destroy = _IMPOUND.search(text), _DESTROY.search(text)
    if impound and (not destroy or impound.start() <= destroy.start()):
        return ReliefKind.IMPOUNDMENT
    if destroy:
        return ReliefKind.DESTRUCTION
    for kind, pattern in _CATEGORY_WORDS:
        if pattern.search(text):
            return kind
    return ReliefKind.OTHER


# Roman numerals as prayers number them: "(i)", "(ii)", "iv.", "XII."
_ROMAN = re.compile(r"[ivxl]+|[IVXL]+")


def _is_roman(label: str, style: str | None) -> bool:
    """Whether a label counts in Roman numerals: "ii" always; "i", "v", "x" when the list
    already does, or when "i" opens it (a lettered list opens at "a"). "(a)" inside a list
    numbered "(i)", "(ii)" is then a sub-item, not the next request."""
    if not _ROMAN.fullmatch(label):
        return False
    if len(label) > 1 or (style or "").endswith("roman"):
        return True
    return style is None and label in ("i", "I")


def _style(m: re.Match[str], style: str | None = None) -> str:
    """The numbering style of a list item, given the style of the list so far."""
    label = m.group("label")
    roman = _is_roman(label, style)
    if m.group("open"):
        if label.isdigit():
            return "paren-digit"
        return "paren-roman" if roman else "paren-alpha"
    if roman:
        return "roman" if label.islower() else "upper-roman"
    for name, pattern in _STYLES[1:]:
        if pattern.match(label):
            return name
    return "other"


def find_prayer(pages: Sequence[PageText]) -> list[Relief]:
    """The lettered/numbered items after the last prayer heading, over page breaks."""
    return list_items(pages, p.PRAYER_HEADING)


def list_items(pages: Sequence[PageText], heading: re.Pattern[str]) -> list[Relief]:
    """The items of the list after the last `heading`, over page breaks, until a signature."""
    start: tuple[int, int] | None = None
    for i, page in enumerate(pages):
        for m in heading.finditer(page.text):
            line_end = page.text.find("\n", m.end())
            line_end = line_end if line_end >= 0 else len(page.text)
            if not p.TOC_LINE.search(page.text[m.start() : line_end]):
                # The list starts below the heading's line ("IV. CONCLUSION" is no item).
                start = (i, line_end)
    if start is None:
        return []
    items: list[Relief] = []
    style: str | None = None
    current: tuple[PageText, int, int, str, list[str]] | None = None  # page, start, end, label

    def close() -> None:
        if current:
            page, s, e, label, parts = current
            text = " ".join(" ".join(parts).split())
            items.append(
                Relief(text, categorize(text), Source(page.number, page.text[s:e], s, e), label)
            )

    for i in range(start[0], len(pages)):
        page = pages[i]
        offset = start[1] if i == start[0] else 0
        for m in re.finditer(r"[^\n]+", page.text[offset:]):
            line = m.group(0)
            s, e = offset + m.start(), offset + m.end()
            if p.PRAYER_END.match(line):
                close()
                return items
            item = p.RELIEF_ITEM.match(line)
            if item and (style is None or _style(item, style) == style):
                close()
                style = _style(item, style)
                text_start = s + item.start("text")
                current = (page, s, e, item.group("label"), [page.text[text_start:e]])
                continue
            if current and line.strip():
                cp, cs, ce, label, parts = current
                parts.append(line)
                current = (cp, cs, e if cp is page else ce, label, parts)
    close()
    return items


def find_motion_relief(pages: Sequence[PageText]) -> list[Relief]:
    """A motion's present-tense requests on its first pages and in its conclusion."""
    chosen = list(pages[:_MOTION_PAGES]) + [x for x in pages[-2:] if x.number > _MOTION_PAGES]
    found: list[Relief] = []
    seen: set[str] = set()
    for page in chosen:
        for sentence in sentences(page.text):
            if not p.MOTION_REQUEST.search(sentence.text) or len(sentence.text) > 600:
                continue
            if re.match(r"(?:On|In)\s+\w+\s+\d", sentence.text):
                continue  # "On July 1, 2025, Plaintiffs moved …" is history
            key = re.sub(r"\W+", " ", sentence.text.lower())[:80]
            if key in seen:
                continue
            seen.add(key)
            quoted = page.text[sentence.start : sentence.end]
            source = Source(page.number, quoted, sentence.start, sentence.end)
            items = enumerated(sentence.text)
            if items:
                # An enumerated request states the whole of what is asked.
                return [Relief(t, categorize(t), source, label) for label, t in items]
            found.append(Relief(sentence.text, categorize(sentence.text), source))
            if len(found) >= _MAX_MOTION_ITEMS:
                return found
    return found


def enumerated(text: str) -> list[tuple[str, str]]:
    """(label, text) of each "(1) …; (2) …" item in one sentence; [] when not enumerated."""
    marks = list(p.INLINE_ENUMERATION.finditer(text))
    if len(marks) < 2:
        return []
    items: list[tuple[str, str]] = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        body = text[m.end() : nxt.start() if nxt else len(text)]
        body = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", body.strip()).strip(" ;,.")
        items.append((m.group("label"), body))
    return items


def disposition_of(word: str) -> Disposition:
    w = " ".join(word.lower().split())
    if "in part" in w:
        return Disposition.GRANTED_IN_PART
    if "moot" in w:
        return Disposition.MOOT
    if w.startswith(("den", "deny")):
        return Disposition.DENIED
    if w.startswith("stay"):
        return Disposition.STAYED
    if w.startswith("vacat"):
        return Disposition.VACATED
    return Disposition.GRANTED


_REQUEST_NOUN = re.compile(
    r"\b(?:motion|application|request|petition|stipulation|objection|TRO|injunction)\b"
    r"(?P<tail>[^.;]*)",
    re.I,
)
_STOP = frozenset(
    [
        "to",
        "for",
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "by",
        "with",
        "its",
        "their",
        "his",
        "her",
    ]
)


def _subject_key(subject: str) -> str | None:
    """What was decided, as a short key: "motion to dismiss" -> "motion dismiss"."""
    # The clause just before the verb names the request: "…, the motion to dismiss is …".
    m = _REQUEST_NOUN.search(subject.split(",")[-1]) or _REQUEST_NOUN.search(subject)
    if m is None:
        return None
    words = [w for w in re.findall(r"[a-z]+", m.group("tail").lower()) if w not in _STOP]
    return " ".join([m.group(0).split()[0].lower(), *words[:2]])


# A setting of the calendar, which an order vacates without deciding any request.
# "The hearing set for December 2, 2025 is VACATED", "Oral argument … is VACATED"
_SETTING = re.compile(
    r"\b(?:hearing|conference|oral\s+argument|argument|trial|deadline|status\s+call)\b", re.I
)


def order_items(pages: Sequence[PageText], *, proposed: bool) -> list[Relief]:
    """The decretal list of an order ("the Court orders as follows: 1. … 2. …").

    A signed order's relief is each item that decides a request ("… is GRANTED"); a proposed
    order's is each item that asks for something, with no disposition (a party's draft).
    """
    found: list[Relief] = []
    for item in list_items(pages, p.ORDER_LIST_HEADING):
        if proposed:
            if item.category is not ReliefKind.OTHER:
                found.append(item)
            continue
        m = p.DISPOSITION.search(item.text) or p.COURT_DISPOSES.search(item.text)
        if m:
            word = _disposition_word(m.group("disp"))
            if word.lower() == "vacated" and _SETTING.search(item.text[: m.start()]):
                continue  # "The hearing set for December 2 is VACATED": a date, not a request
            found.append(replace(item, disposition=disposition_of(word)))
        elif p.COURT_ENJOINS.search(item.text):
            # "Defendants … are PRELIMINARILY ENJOINED from …": the court grants the injunction
            found.append(replace(item, disposition=Disposition.GRANTED))
    return found


def _disposition_word(word: str) -> str:
    word = {"grants": "granted", "denies": "denied", "vacates": "vacated", "stays": "stayed"}.get(
        word.lower(), word
    )
    if word.lower() == "extended":
        return "granted"
    return "granted in part" if "in part" in word.lower() else word


def find_dispositions(pages: Sequence[PageText], title: Source | None) -> list[Relief]:
    """What an order decides: each request it grants, denies, stays or finds moot.

    Courts print the operative words in capitals ("is GRANTED"); when they do, lower-case
    mentions ("as indicated above, the motion is granted in part") are recaps and skipped.
    """
    candidates: list[tuple[bool, str, Relief]] = []
    for page in pages:
        for sentence in sentences(page.text):
            for m in p.DISPOSITION.finditer(sentence.text):
                subject = re.split(r"[;:]|\bORDERED\b", sentence.text[: m.start()])[-1]
                if p.HYPOTHETICAL.search(subject):
                    continue  # "relief … if the motion is granted in any part"
                key = _subject_key(subject)
                if key:
                    relief = _disposed(page, sentence.start, sentence.end, sentence.text, m)
                    candidates.append((m.group("disp").split()[0].isupper(), key, relief))
            for m in p.COURT_DISPOSES.finditer(sentence.text):
                key = _subject_key(m.group("subject"))
                if key:
                    relief = _disposed(page, sentence.start, sentence.end, sentence.text, m)
                    candidates.append((m.group("disp").split()[0].isupper(), key, relief))
    if any(upper for upper, _, _ in candidates):
        candidates = [c for c in candidates if c[0]]
    found: list[Relief] = []
    seen: set[str] = set()
    for _, key, relief in candidates:
        if key not in seen:
            seen.add(key)
            found.append(relief)
    decided = p.TITLE_DISPOSES.search(title.text) if title is not None else None
    if len(found) == 1 and found[0].category is ReliefKind.OTHER and decided:
        # "the Motion (Doc. 5) is GRANTED IN PART": the title names what the motion asks.
        kind = categorize(decided.group("subject"))
        found[0] = replace(found[0], category=kind)
    if not found and title is not None and decided:
        word = decided.group("disp").lower().replace("ing", "ed").replace("denyed", "denied")
        text = decided.group("subject")
        found.append(Relief(text, categorize(text), title, disposition=disposition_of(word)))
    return found


def _disposed(page: PageText, start: int, end: int, text: str, m: re.Match[str]) -> Relief:
    word = _disposition_word(m.group("disp"))
    source = Source(page.number, page.text[start:end], start, end)
    return Relief(text, categorize(text), source, disposition=disposition_of(word))


def find_relief(
    pages: Sequence[PageText], doc_type: DocType | None, title: Source | None
) -> list[Relief]:
    """The relief of a filing, read the way its type states it."""
    if doc_type in (DocType.ORDER, DocType.JUDGMENT, DocType.OTHER):
        is_order = bool(title and re.search(r"ORDER", title.text, re.I))
        if doc_type is DocType.OTHER and not is_order:
            return []
        proposed = bool(title and p.PROPOSED.search(title.text))
        return order_items(pages, proposed=proposed) or (
            [] if proposed else find_dispositions(pages, title)
        )
    if doc_type in (DocType.COMPLAINT, DocType.AMENDED_COMPLAINT, None):
        return find_prayer(pages)
    if doc_type is DocType.MOTION:
        return find_motion_relief(pages)
    return []
