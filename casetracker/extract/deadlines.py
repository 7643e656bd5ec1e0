"""Deadlines a document states: dates certain, periods relative to the document or the
hearing (computed with `frcp`), and conditional ones whose anchor has not happened.

A date is a deadline only when its clause says so ("shall", "due", "set for", "until"):
"On July 1, 2025, Plaintiffs filed …" is history. Dates before the document's own date
are history too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from casetracker import frcp, rules
from casetracker.extract import patterns as p
from casetracker.extract.dates import find_dates
from casetracker.extract.sentences import ROW_PERIOD, Sentence, sentences
from casetracker.models import Deadline, DeadlineKind, PageText, Source

# Kinds by the words of the clause, in the order they decide.
_KIND_WORDS: tuple[tuple[DeadlineKind, re.Pattern[str]], ...] = (
    (
        DeadlineKind.CONFERENCE,
        # "Rule 16 conference", "telephonic status conference", "initial scheduling conference"
        re.compile(
            r"\b(?:case\s+management|settlement|status|scheduling|pretrial|rule\s+16(?:\(\w\))?"
            r"|initial|telephonic|telephone|discovery)\s+conference"
        ),
    ),
    (
        DeadlineKind.HEARING,
        # A notice of motion names the hearing by its setting: "PLEASE TAKE NOTICE that on
        # <date> … in Courtroom 4, Plaintiff will and hereby does move …".
        re.compile(
            r"\bhearing|\boral\s+argument|\bheard\b|\bargued\b|\bcourtroom\b"
            r"|\btake\s+notice\s+that\s+on\b|\bwill\s+(?:and\s+hereby\s+(?:do|does)\s+)?move\b"
        ),
    ),
    (DeadlineKind.REPLY, re.compile(r"\brepl(?:y|ies)\b")),
    (DeadlineKind.RESPONSE, re.compile(r"\boppos|\brespon(?:se|d|ses)\b|\banswer\b")),
    (
        DeadlineKind.FILING,
        re.compile(
            r"\bstatus\s+report|\bjoint\s+(?:statement|report|letter)|\bbrief|\badministrative"
            r"\s+record|\bfiled?\b|\bfiling\b|\bsubmit|\blodge|\breturned\b|\bstatement\b|\breport\b"
            # a schedule's rows name the paper alone: "Deadline to join parties and amend
            # pleadings", "Affirmative expert disclosures" (both read as other)
            r"|\bmotions?\b|\bpleadings?\b|\bdisclosures\b"
        ),
    ),
    (
        DeadlineKind.COMPLIANCE,
        re.compile(
            r"\bcompl(?:y|iance)|\bcease|\benjoin|\b(?:shall|may|must)\s+not\b|\bdestroy"
            r"|\bproduce|\bcertify|\bprovide"
            # Any other duty: "Defendants shall issue written instructions …". An injunction's
            # end ("shall remain in effect through …") is not a duty: its kind is other.
            r"|\b(?:shall|must)\s+(?!remain|be\b|continue|expire|terminate|take\s+effect)\w+"
        ),
    ),
)
_NUMBER_WORDS = p.CARDINALS | {
    "zero": 0,
    "twenty-one": 21,
    "twenty-eight": 28,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
# A title or hearing line this close to a date in a caption belongs to it.
_HEARING_LINES = 3
_CLAUSE_SPLIT = re.compile(r";|\n(?=\s*(?:\(?[a-z0-9]{1,3}[.)]\s))")
# Lines that hold the document's own date, never a deadline.
_OWN_DATE = re.compile(r"^\s*(?:Dated|DATED|Date\s+Filed|Filed|Executed|Signed|Entered)\b", re.I)
# A schedule row may call itself a deadline, at its head or its tail: "Deadline to join parties
# and amend pleadings January 9, 2026", "Response brief due: 01/21/2026". Those words alone do
# not make the line a sentence's wrapped tail (both rows were read as prose, or lost).
_ROW_SELF_NAMED = re.compile(
    r"^\s*(?:deadline|last\s+day)\s+(?:to|for)\s+|\s+(?:is\s+)?(?:due|deadline)\s*$", re.I
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative period may count from."""

    document_date: dt.date | None  # filed (stamp) or signed ("Dated:")
    court_id: str | None
    appellate: bool
    case_number: str | None = None
    other_cases: frozenset[str] = frozenset()  # first names of other cases ("hernandez roman")
    own_words: frozenset[str] = frozenset()  # words of this case's party names
    court_order: bool = False  # the court's own order: a bare period runs from it


def kind_of(text: str) -> DeadlineKind:
    low = text.lower()
    for kind, pattern in _KIND_WORDS:
        if pattern.search(low):
            return kind
    return DeadlineKind.OTHER


def count_of(m: re.Match[str]) -> int | None:
    if m.group("digits"):
        return int(m.group("digits"))
    word = m.group("count").lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _time_near(text: str, at: int) -> str | None:
    m = p.TIME_OF_DAY.search(text, at, at + 40)
    return " ".join(m.group(0).split()) if m else None


def _room(text: str) -> str | None:
    m = p.COURTROOM.search(text)
    return _room_name(m.group(0)) if m else None


def _room_name(text: str) -> str:
    """ "Courtroom: 4, 17th Floor" -> "Courtroom 4, 17th Floor"; "Ctrm. 9D" -> "Courtroom 9D"."""
    text = " ".join(text.split()).strip(" ,")
    text = re.sub(r"^(?:Courtroom|Ctrm\.?)\s*:?\s*", "Courtroom ", text, flags=re.I)
    return re.sub(r"^(Dept\.?|Department)\s*:?\s*", r"\1 ", text)


def find_hearing_blocks(page: PageText) -> list[Deadline]:
    """Caption hearing lines: "Date: August 7, 2025" / "Time: 10:00 a.m." / "Courtroom: 4"."""
    found: list[Deadline] = []
    for m in p.HEARING_DATE_LABEL.finditer(page.text):
        line_end = page.text.find("\n", m.end())
        line_end = len(page.text) if line_end < 0 else line_end
        # The date follows the label at once; reading the rest of a long line for it made a
        # line of repeated "Date:" labels quadratic.
        dates = find_dates(page.text[m.end() : min(line_end, m.end() + 40)])
        if not dates or dates[0].start > 2:
            continue
        date = dates[0].date
        block_end = m.end() + dates[0].end
        following = page.text[line_end : line_end + 400].split("\n")[1 : _HEARING_LINES + 1]
        time = room = None
        offset = line_end + 1
        # The labelled lines alone make the text; a ")" column may interleave party lines.
        said = [" ".join(page.text[m.start() : block_end].split())]
        for line in following:
            t = p.HEARING_TIME_LABEL.search(line)
            r = p.HEARING_ROOM_LABEL.search(line)
            if t and time is None:
                time = " ".join(t.group("time").split()).strip(" ,")
                block_end = offset + t.end()
                said.append(" ".join(t.group(0).split()))
            if r and room is None:
                room = _room_name(r.group(0))
                block_end = offset + r.end()
                said.append(" ".join(r.group(0).split()))
            offset += len(line) + 1
        if time is None and room is None:
            continue  # a bare "Date:" is a signature line, not a hearing
        quoted = page.text[m.start() : block_end]
        source = Source(page.number, quoted, m.start(), block_end)
        found.append(
            Deadline(
                date,
                DeadlineKind.HEARING,
                " ".join(said),
                source,
                time=_clean_time(time),
                courtroom=room,
            )
        )
    return found


def _clean_time(time: str | None) -> str | None:
    if time is None:
        return None
    m = p.TIME_OF_DAY.search(time)
    return " ".join(m.group(0).split()) if m else time


# How far before or after a date its clause is read (characters): a long sentence's far end
# does not bear on a date, and bounding it keeps a page of one endless line linear.
_LOOK = 300

# Words too common in party names to tell one case from another.
_GENERIC_NAME_WORDS = frozenset(
    ["state", "states", "united", "department", "commonwealth", "people", "district", "office"]
)


def name_words(name: str) -> frozenset[str]:
    """The telling words of a party or case name ("State of New York" -> {"york"})."""
    words = re.findall(r"[a-z][a-z'’-]{3,}", name.lower())
    return frozenset(w for w in words if w not in _GENERIC_NAME_WORDS)


def other_cases(pages: Sequence[PageText], own: frozenset[str]) -> frozenset[str]:
    """First names of the other cases a document cites ("Hernandez Roman, et al. v. Wolf")."""
    names: set[str] = set()
    for page in pages:
        for m in p.CASE_NAME.finditer(page.text):
            first = " ".join(m.group("first").split())
            if name_words(first) and not name_words(first) & own:
                names.add(first.lower())
    return frozenset(names)


def _about_other_case(before: str, commands: bool, ctx: Context) -> bool:
    """True when the words before a date speak of another case ("New York v. Kennedy … is
    scheduled for oral argument on …", "In that case the agency must file by …"); `commands`
    says the clause gives an order of the court, which is this case's whatever it cites."""
    if p.THAT_CASE.search(before):
        return True
    if commands:
        return False
    for m in p.CASE_NAME.finditer(before):
        words = name_words(m.group("first"))
        if words and not words & ctx.own_words:
            return True
    low = before.lower()
    return any(re.search(rf"\b{re.escape(name)}\b", low) for name in ctx.other_cases)


def _clauses(sentence: Sentence) -> list[tuple[int, str]]:
    """(offset in the sentence, text) of each clause: split at ";" and list items."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(sentence.text):
        out.append((start, sentence.text[start : m.start()]))
        start = m.end()
    out.append((start, sentence.text[start:]))
    return out


# Every row's date has a four-digit year or a numeric date ("11/07/25"): only such lines
# are tried against the row patterns, whose lazy label is costly on every line of prose.
_DATE_DIGITS = re.compile(r"\d{4}|\d/\d")


def _row_matches(text: str) -> list[re.Match[str]]:
    """`TABLE_ROW` and `TABLE_ROW_DATE_FIRST` matches in `text`, line by line."""
    rows: list[re.Match[str]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _DATE_DIGITS.search(line):
            for pattern in (p.TABLE_ROW, p.TABLE_ROW_DATE_FIRST):
                if (m := pattern.match(text, start, end)) is not None:
                    rows.append(m)
        start = end + 1
    return rows


def table_rows(page: PageText, ctx: Context) -> list[Deadline]:
    """Rows of a schedule: an event and a date on one line, two or more rows together."""
    rows = _row_matches(page.text)
    found: list[Deadline] = []
    for i, m in enumerate(rows):
        # Rows come in page order, so a row has company when a neighbour is near.
        near = [
            r for r in (rows[i - 1] if i else None, rows[i + 1] if i + 1 < len(rows) else None) if r
        ]
        together = [r for r in near if abs(r.start() - m.start()) < 400]
        date = find_dates(m.group("date"))
        if _OWN_DATE.match(m.group("label")) or re.match(r"\s*Date\b", m.group("label")):
            continue  # "Dated: October 8, 2025" signs the paper
        cue = p.DEADLINE_CUE.search(_ROW_SELF_NAMED.sub(" ", m.group("label")))
        if not together or not date or cue:
            continue  # a lone line or a sentence's wrapped tail, read as a sentence
        if ctx.document_date and date[0].date < ctx.document_date:
            continue
        label = m.group("label")
        text = " ".join(m.group(0).split())
        time = m.groupdict().get("time")  # "…, at 10:00 a.m." after a row's date
        start = min(m.start("label"), m.start("date"))
        end = max(m.end("label"), m.end("date"), m.end("time") if time else 0)
        source = Source(page.number, page.text[start:end], start, end)
        said_time = time or label
        found.append(
            Deadline(
                date[0].date,
                kind_of(label),
                text,
                source,
                time=_clean_time(said_time) if p.TIME_OF_DAY.search(said_time) else None,
            )
        )
    return found


def _dated_deadlines(
    page: PageText,
    sentence: Sentence,
    ctx: Context,
    moved: set[tuple[dt.date, DeadlineKind]] | None = None,
    recited: list[Deadline] | None = None,
) -> list[Deadline]:
    """Dates certain in one sentence that its clause marks as deadlines.

    A setting the sentence moves goes into `moved` (date and kind), and a setting it recites as
    it stands ("is currently due …") into `recited`, so `_settled` can drop other mentions.
    """
    found: list[Deadline] = []
    raw = page.text[sentence.start : sentence.end]
    for clause_at, clause in _clauses(Sentence(0, len(raw), raw)):
        dates = find_dates(clause)
        if not dates:
            continue
        # Read once per clause, and look only a bounded way back from each date, so a page
        # of one endless line with thousands of dates stays linear.
        other = p.OTHER_CASE.search(clause)
        if other and ctx.case_number and other.group("number") not in ctx.case_number:
            continue  # "The briefing in Case No. 20-55662 will conclude on …"
        commands = bool(p.COMMAND.search(clause))
        for i, date in enumerate(dates):
            before = clause[max(dates[i - 1].end if i else 0, date.start - _LOOK) : date.start]
            after = clause[date.end : min(date.end + _LOOK, len(clause))]
            if i + 1 < len(dates):
                after = after[: max(0, dates[i + 1].start - date.end)]
            line_start = clause.rfind("\n", max(0, date.start - _LOOK), date.start) + 1
            line_end = clause.find("\n", date.end, date.end + _LOOK)
            line = clause[line_start : line_end if line_end >= 0 else date.end + _LOOK]
            if _OWN_DATE.match(line) or p.HEARING_DATE_LABEL.search(
                clause[max(line_start, date.start - 20) : date.start]
            ):
                continue
            lead = clause[max(0, date.start - _LOOK) : date.start]
            if re.search(r"\(\s*[A-Z][^()]*$", lead) and ")" in after[:3]:
                continue  # a citation's date: "(N.D. Cal. Apr. 29, 2020)"
            if p.SUPERSEDED_BEFORE.search(before) or p.SUPERSEDED_AFTER.match(after):
                # a setting that was moved: "previously set for …, has been reset"
                if moved is not None:
                    was = kind_of(before)
                    moved.add((date.date, kind_of(clause) if was is DeadlineKind.OTHER else was))
                continue
            is_row = p.TABLE_ROW.match(line) or p.TABLE_ROW_DATE_FIRST.match(line)
            if is_row and not p.DEADLINE_CUE.search(line):
                continue  # a schedule row, read by table_rows
            if _about_other_case(lead, commands, ctx):
                continue  # "Hernandez Roman is scheduled for argument on September 15, 2020"
            if p.UNLESS_BEFORE.search(before):
                continue  # "Unless the grants are restored by September 30, 2025, …"
            if "day of" in date.text and re.search(r"\bthis\s*$", before):
                continue  # the paper's own date: "It is this 6th day of October, 2025, ORDERED"
            window = before + " " + after[:80]
            if not p.DEADLINE_CUE.search(window) or p.HYPOTHETICAL.search(window):
                continue
            if ctx.document_date and date.date < ctx.document_date:
                continue  # history: before this document was filed or signed
            kind = kind_of(before)
            if kind is DeadlineKind.OTHER:
                kind = kind_of(clause)
            start = sentence.start + clause_at
            end = start + len(clause.rstrip())
            quoted = page.text[start:end]
            source = Source(page.number, quoted, start, end)
            text = _unlabel(" ".join(quoted.split()))
            deadline = Deadline(
                date.date,
                kind,
                text,
                source,
                time=_time_near(clause, date.end),
                courtroom=_room(clause) if kind is DeadlineKind.HEARING else None,
            )
            found.append(deadline)
            if recited is not None and p.CURRENT_SETTING.search(before):
                recited.append(deadline)
    return found


def _settled(
    found: Sequence[Deadline],
    moved: set[tuple[dt.date, DeadlineKind]],
    recited: Sequence[Deadline],
) -> list[Deadline]:
    """The deadlines still standing: none the document moves elsewhere ("WHEREAS, the
    conference is currently set for December 4" beside "set for December 4 … shall be continued
    to January 29"), and no recited current date once the document gives another of its kind
    ("is currently due November 21" beside "shall respond on or before January 9")."""
    live = [d for d in found if d.date is None or (d.date, d.kind) not in moved]
    recited_ids = {id(d) for d in recited}
    given: dict[DeadlineKind, set[dt.date]] = {}
    for d in live:
        if d.date and id(d) not in recited_ids:
            given.setdefault(d.kind, set()).add(d.date)
    return [d for d in live if id(d) not in recited_ids or not given.get(d.kind, set()) - {d.date}]


_STEM = 5  # letters compared: "lodged" and "lodge", "records" and "record" agree
_MIN_SHARED = 2
_COMMON = frozenset(
    [
        "shall",
        "must",
        "after",
        "before",
        "within",
        "days",
        "date",
        "this",
        "that",
        "which",
        "their",
        "order",
    ]
)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:_STEM] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _COMMON)


def _matching_event(anchor: str, known: Sequence[Deadline]) -> Deadline | None:
    """A dated event of this document that the anchor names ("after the administrative record
    is lodged" -> the row "Defendants lodge the certified administrative record Nov. 7")."""
    want = _stems(anchor)
    best: tuple[int, Deadline] | None = None
    for d in known:
        shared = len(want & _stems(d.text))
        if d.date and shared >= _MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, d)
    return best[1] if best else None


# Where an anchor ends: at a clause joined on ("…, or until final judgment") or, when the
# period opens the sentence, at the duty that follows it: "Within 7 days of the date of this
# Order, the parties shall file …" (read whole, the duty's "must be filed under seal" made the
# anchor look like history).
_ANCHOR_END = re.compile(
    r",\s+(?:and|or|unless|provided|whichever)\b|,\s+(?=(?:[\w'’-]+\s+){0,6}?(?:shall|must|may)\b)"
)
# An anchor counted back from a conference of this document. "seven (7) days before the
# final pretrial conference", "seven days before the conference"
_ANCHOR_CONFERENCE = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?conference\b", re.I)
# A condition opening the sentence names the trigger, not the paper due: "If Defendants answer
# …, the parties shall file a joint status report fourteen days after service of the answer"
# (its "answer" made the report a response).
_LEADING_CONDITION = re.compile(
    r"^\s*(?:\(?\w{1,3}[.)]\s+)?(?:if|should|in\s+the\s+event|once|when)\b[^,]*,\s*", re.I
)
# A later clause with a duty of its own: "The conference … shall be continued to …, and the
# parties shall file a joint case management statement seven days before the conference"
# (the conference earlier in the sentence gave the statement its kind).
_LAST_DUTY = re.compile(r"(?:,\s+and|;)\s+(?=[^,;]*?\b(?:shall|must|may)\b)", re.I)


def _duty_kind(text: str, m: re.Match[str]) -> DeadlineKind:
    """The kind of what a period makes due, read from the duty's own clause."""
    before = text[: m.start()]
    duties = list(_LAST_DUTY.finditer(before))
    own = before[duties[-1].end() :] if duties else _LEADING_CONDITION.sub("", before, count=1)
    kind = kind_of(own)
    if kind is DeadlineKind.OTHER:
        # The period opens the sentence: "Within five (5) days of …, Defendants shall provide
        # written notice …, and shall file …" (the notice is what is due in five days).
        after = text[m.start("anchor") :]
        cut = _ANCHOR_END.search(after)
        if cut:
            kind = kind_of(re.split(r",\s+and\b|;", after[cut.end() :])[0])
    return kind if kind is not DeadlineKind.OTHER else kind_of(text)


def _relative_deadlines(
    page: PageText,
    sentence: Sentence,
    ctx: Context,
    settings: Mapping[DeadlineKind, dt.date],
    known: Sequence[Deadline] = (),
) -> list[Deadline]:
    """Periods counted from an event; `settings` holds the first hearing and conference date
    of the document, which a period counted back from "the hearing" or "the conference" uses."""
    if "day" not in sentence.text.lower():  # every period counts days: most sentences skip
        return []
    found: list[Deadline] = []
    quoted = page.text[sentence.start : sentence.end]
    source = Source(page.number, quoted, sentence.start, sentence.end)
    # A schedule row whose date is a period binds as the rows above it do, with no "shall".
    if not p.OBLIGATION_CUE.search(sentence.text) and not ROW_PERIOD.match(sentence.text):
        return []
    at = 0
    if not p.RELATIVE_PERIOD.search(sentence.text):
        return _bare_periods(sentence, source, ctx)
    # Periods may follow each other inside one anchor's reach: "opposition within 21 days after
    # the motion is filed, and … any reply within 14 days after the opposition is filed".
    while (m := p.RELATIVE_PERIOD.search(sentence.text, at)) is not None:
        at = m.start("anchor")
        days = count_of(m)
        if days is None:
            continue
        anchor_text = _ANCHOR_END.split(m.group("anchor").strip())[0]
        if p.PAST_ANCHOR.search(anchor_text):
            continue
        backward = m.group("dir").lower().startswith(("before", "prior"))
        kind = _duty_kind(sentence.text, m)
        trigger: dt.date | None = None
        anchor = anchor_text
        if p.ANCHOR_THIS_DOCUMENT.match(anchor_text) or (
            p.ANCHOR_SERVICE.match(anchor_text) and not backward
        ):
            trigger = ctx.document_date
            if trigger:
                anchor = f"{anchor_text} ({trigger.isoformat()})"
        elif backward and p.ANCHOR_HEARING.match(anchor_text):
            trigger = settings.get(DeadlineKind.HEARING)
            if trigger:
                anchor = f"{anchor_text} ({trigger.isoformat()})"
        elif backward and _ANCHOR_CONFERENCE.match(anchor_text):
            trigger = settings.get(DeadlineKind.CONFERENCE)
            if trigger:
                anchor = f"{anchor_text} ({trigger.isoformat()})"
        else:
            # A dated event of this document, either way: "after the administrative record is
            # lodged", "seven days before the close of discovery".
            event = _matching_event(anchor_text, known)
            if event is not None and event.date is not None:
                trigger = event.date
                anchor = f"{anchor_text} ({trigger.isoformat()}: {event.text})"
        business = m.group("unit").lower().startswith(("court", "business"))
        if trigger is None or business:
            # The anchor has not happened (or is not in this document): store it undated.
            found.append(
                Deadline(
                    None,
                    kind,
                    _unlabel(sentence.text),
                    source,
                    computed=True,
                    rule=_rule_for(sentence.text, ctx, backward),
                    anchor=anchor,
                )
            )
            continue
        due = frcp.compute(
            trigger,
            days,
            direction=frcp.Direction.BACKWARD if backward else frcp.Direction.FORWARD,
            calendar=_calendar(ctx.court_id),
        )
        rule = _rule_for(sentence.text, ctx, backward)
        found.append(
            Deadline(
                due.due,
                kind,
                _unlabel(sentence.text),
                source,
                computed=True,
                rule=rule,
                anchor=anchor,
            )
        )
    return found


def _bare_periods(sentence: Sentence, source: Source, ctx: Context) -> list[Deadline]:
    """A court order's "shall file … within seven (7) days." with no event named runs from
    the order itself. Not in a party's paper (a period it states without an anchor restates a
    rule or asks for one), nor a sentence that cites a rule (it restates that rule)."""
    text = sentence.text
    if not ctx.court_order or ctx.document_date is None or not p.DIRECTIVE_CUE.search(text):
        return []
    if _rule_cited(text):
        return []
    found = []
    for m in p.BARE_PERIOD.finditer(text):
        days = count_of(m)
        if days is None or m.group("unit").lower().startswith(("court", "business")):
            continue
        trigger = ctx.document_date
        due = frcp.compute(trigger, days, calendar=_calendar(ctx.court_id))
        found.append(
            Deadline(
                due.due,
                _duty_kind(text, m),
                _unlabel(text),
                source,
                computed=True,
                rule=_rule_for(text, ctx, backward=False),
                anchor=f"this order ({trigger.isoformat()}; the sentence names no other event)",
            )
        )
    return found


def _rule_for(text: str, ctx: Context, backward: bool) -> str:
    """The rule the text cites, else the time-computation rule of the court's level."""
    cited = _rule_cited(text)
    if cited:
        return cited
    if ctx.appellate:
        return "FRAP 26(a)(5)" if backward else "FRAP 26(a)(1)"
    return "FRCP 6(a)(5)" if backward else "FRCP 6(a)(1)"


def _unlabel(text: str) -> str:
    # "6. Within 7 days …" -> "Within 7 days …": the list number is not part of the sentence.
    return re.sub(r"^\(?(?:\d{1,2}|[a-zA-Z])[.)]\s+", "", text)


@cache
def _calendar(court_id: str | None) -> frcp.Calendar:
    # Only courts configured in rules.toml have a table (state holidays); others count
    # on the federal calendar alone.
    known = court_id if court_id in rules.load_courts() else None
    return rules.default_calendar(court=known)


def _rule_cited(text: str) -> str | None:
    # "pursuant to Civil L.R. 7-3(a)", "under Fed. R. Civ. P. 72(a)": the rule the text cites.
    m = re.search(
        r"\b(?:Civil\s+L\.\s?R\.|Civ\.\s+L\.\s?R\.|L\.\s?R\.|Local\s+Rule)\s+\d[\w.()-]*"
        r"|\bFed(?:eral|\.)\s+R(?:ule|\.)\s+(?:of\s+)?(?:Civ(?:il|\.)|App(?:ellate|\.))\s+"
        r"P(?:rocedure|\.)\s+\d[\w()]*|\bFRCP\s+\d[\w()]*|\bFRAP\s+\d[\w()]*",
        text,
    )
    return " ".join(m.group(0).split()) if m else None


def _merge(deadlines: list[Deadline]) -> list[Deadline]:
    """One deadline per (date, kind); a later mention fills in a missing time or courtroom."""
    out: list[Deadline] = []
    index: dict[tuple[dt.date, DeadlineKind], int] = {}
    undated: set[tuple[str | None, DeadlineKind]] = set()
    for d in deadlines:
        if d.date is None:
            if (d.anchor, d.kind) not in undated:
                undated.add((d.anchor, d.kind))
                out.append(d)
            continue
        key = (d.date, d.kind)
        if key in index:
            first = out[index[key]]
            if first.text.startswith("Date:") and not d.text.startswith("Date:"):
                # A notice states its hearing twice (caption lines, then the notice sentence):
                # the sentence is the better quote; the caption lines fill in time and room.
                first, d = d, first
            rooms = [r for r in (first.courtroom, d.courtroom) if r]
            out[index[key]] = replace(
                first,
                time=first.time or d.time,
                courtroom=max(rooms, key=len) if rooms else None,  # the fuller mention
            )
            continue
        index[key] = len(out)
        out.append(d)
    return out


def _mask(page: PageText, spans: Sequence[tuple[int, int]]) -> PageText:
    """The page with `spans` blanked (offsets kept), so a table row never joins a sentence."""
    if not spans:
        return page
    text = list(page.text)
    for start, end in spans:
        text[start:end] = [" "] * (end - start)
    return replace(page, text="".join(text))


def find_deadlines(
    pages: Sequence[PageText],
    *,
    document_date: dt.date | None,
    court_id: str | None = None,
    appellate: bool = False,
    case_number: str | None = None,
    body: Sequence[PageText] | None = None,
    party_names: Sequence[str] = (),
    court_order: bool = False,
) -> list[Deadline]:
    """The deadlines the pages state, in page order.

    `body` is the pages with the caption blanked (same offsets); sentences are read from it so
    a caption's lines never run into the first sentence. Hearing lines are read from `pages`.
    """
    own = frozenset().union(*(name_words(n) for n in party_names))
    cited = other_cases(pages, own)
    ctx = Context(document_date, court_id, appellate, case_number, cited, own, court_order)
    body = body or pages
    found: list[Deadline] = []
    moved: set[tuple[dt.date, DeadlineKind]] = set()
    recited: list[Deadline] = []
    for page in pages:
        found += find_hearing_blocks(page)
    prose: list[tuple[PageText, list[Sentence]]] = []
    for page in body:
        rows = table_rows(page, ctx)
        found += rows
        page = _mask(page, [(r.source.start or 0, r.source.end or 0) for r in rows])
        said = sentences(page.text)
        prose.append((page, said))
        for sentence in said:
            found += _dated_deadlines(page, sentence, ctx, moved, recited)
    found = _settled(found, moved, recited)
    settings: dict[DeadlineKind, dt.date] = {}
    for d in found:
        if d.date and d.kind in (DeadlineKind.HEARING, DeadlineKind.CONFERENCE):
            settings.setdefault(d.kind, d.date)
    # Each event once: a filing repeating one sentence on every page must not make the
    # anchor search quadratic.
    events = list({(d.date, d.text): d for d in found if d.date}.values())
    relative = [
        r
        for page, said in prose
        for s in said
        for r in _relative_deadlines(page, s, ctx, settings, events)
    ]
    ordered = sorted(found + relative, key=lambda d: (d.source.page or 0, d.source.start or 0))
    return _merge(ordered)
