"""The caption of a filing: court, case number, parties with their roles, title and judge.

Captions are drawn in two columns (parties left; case number, title and hearing lines
right) and in plain text the columns interleave line by line, or follow each other. Each
line is split at its column mark (")", ":" or "§"), at a right-column label ("Case No.",
"Date:") or at a wide gap, and the left parts are read as blocks of names that a role line
("Plaintiffs,") closes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from casetracker.extract import patterns as p
from casetracker.extract.courts import Court, find_court
from casetracker.extract.states import STATE_PARTY, mentioned_state, party_state
from casetracker.models import PageText, Party, PartyRole, Source

# How far into page 1 a caption may run (lines after the court line): a caption naming
# twenty-odd States and their officials one per line runs past a hundred.
_CAPTION_LINES = 160
# A left-column line this long with lower-case prose is the body, not the caption.
_PROSE_LEN = 70

_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "d/b/a",
        "dba",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "v.",
        "vs.",
        "with",
        "ex",
        "rel.",
    ]
)


@dataclass(frozen=True, slots=True)
class Line:
    """One caption line split into its columns; offsets are in the page's clean text."""

    left: str
    right: str
    start: int
    end: int
    right_start: int
    marked: bool = False  # split at a drawn column mark (")", ":", "§")


@dataclass(frozen=True, slots=True)
class Caption:
    court: Court | None
    case_number: str | None  # normalised: "3:25-cv-05536-VC"
    case_source: Source | None
    parties: tuple[Party, ...]
    title: Source | None
    judge: str | None  # "Vince Chhabria"
    judge_source: Source | None
    body_start: int = 0  # where page 1's text leaves the caption


def split_lines(text: str, start: int = 0) -> list[Line]:
    """The lines of `text` from `start`, each split into its left and right columns."""
    lines: list[Line] = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        raw = m.group(0)
        at = start + m.start()
        if not raw.strip():
            continue
        cut = _column_cut(raw)
        left, right = raw[:cut].strip(), raw[cut:].strip(" \t):§")
        if cut < len(raw):
            right_start = at + cut + (len(raw[cut:]) - len(raw[cut:].lstrip(" \t):§")))
        else:
            right_start = at + len(raw)
        marked = bool(p.COLUMN_MARK.search(raw))
        lines.append(Line(left, right.strip(), at, at + len(raw), right_start, marked))
    return lines


def title_column(text: str, lines: Sequence[Line]) -> list[Line]:
    """Lines with the right column found where a caption prints none: a title set beside the
    parties with plain spaces ("Plaintiff, ORDER GRANTING IN PART AND DENYING IN" /
    "v. PART MOTION FOR TEMPORARY RESTRAINING" / "ORDER"), as D. Ariz., D. Or. and
    C.D. Cal. captions often read in a text layer."""
    out: list[Line] = []
    fragment = ""  # the title fragment of the previous line, "" when no title is open
    for line in lines:
        if line.right:
            fragment = line.right if _is_title_line(line.right) or fragment else ""
            out.append(line)
            continue
        raw = text[line.start : line.end]
        lead = len(raw) - len(raw.lstrip())
        side = p.ROLE_LINE.match(raw) or p.VERSUS_LINE.match(raw)
        rest = (side.group("rest") or "") if side else ""
        beside = bool(rest.strip()) and _is_upper(rest) and not p.PARTY_LIKE.search(rest)
        if side and beside and (fragment or _is_title_line(rest)):
            at = line.start + side.start("rest")
            left = raw[: side.start("rest")].strip()
            out.append(Line(left, rest.strip(), line.start, line.end, at))
            fragment = rest.strip()
            continue
        whole = raw.strip()
        if (
            fragment
            and not side
            and _is_upper(whole)
            and len(whole) < _PROSE_LEN
            and not p.PARTY_LIKE.search(whole)
            and not p.SECTION_HEADING.match(whole)
            and not p.CAPTION_NOISE.match(whole)
            and (p.TITLE_DANGLING.search(fragment) or p.TITLE_FRAGMENT.search(whole))
        ):
            out.append(Line("", whole, line.start, line.end, line.start + lead))
            fragment = whole
            continue
        fragment = ""
        out.append(line)
    return out


def _column_cut(raw: str) -> int:
    """Where the right column starts in a caption line (len(raw) when it has none)."""
    mark = p.COLUMN_MARK.search(raw)
    if mark:
        return mark.start()
    right = p.CAPTION_RIGHT.search(raw)
    if right:
        return right.start()
    gap = re.search(r"\S(\s{3,})\S", raw)
    if gap:
        return gap.start(1)
    if p.TITLE_START.match(_unspaced(raw)) and _is_upper(raw):
        return 0
    return len(raw)


def _unspaced(text: str) -> str:
    """Letter-spaced words closed up: "O R D E R" -> "ORDER"."""
    if " " not in text:
        return text
    return p.LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _is_prose(text: str) -> bool:
    return len(text) > _PROSE_LEN and not _is_upper(text) and " the " in text.lower()


def role_of(word: str) -> PartyRole:
    """The role a caption's role line gives ("Plaintiffs-Appellees" -> appellee)."""
    w = word.lower()
    if "amic" in w:
        return PartyRole.AMICUS
    if "intervenor" in w:
        return PartyRole.INTERVENOR
    # The appellate role comes second in "Plaintiffs-Appellees" and decides the role.
    for key, role in (
        ("appellee", PartyRole.APPELLEE),
        ("appellant", PartyRole.APPELLANT),
        ("respondent", PartyRole.RESPONDENT),
        ("petitioner", PartyRole.PETITIONER),
        ("applicant", PartyRole.PETITIONER),
        ("movant", PartyRole.PETITIONER),
        ("defendant", PartyRole.DEFENDANT),
    ):
        if key in w:
            return role
    return PartyRole.PLAINTIFF


# Abbreviations that stay in capitals when a caption's name is put in title case.
_KEPT_UPPER = frozenset({"LLC", "LLP", "LP", "PLLC", "PC", "USA", "US"})


def title_case(name: str) -> str:
    """Upper-case caption names in title case; names already in mixed case stay as printed."""
    if not _is_upper(name):
        return name
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif re.fullmatch(r"(?:[A-Z]\.){2,}", word) or re.fullmatch(r"[IVX]+[,.]?", word):
            out.append(word)  # "U.S.", "III"
        elif word.rstrip(",.;") in _KEPT_UPPER:
            out.append(word)  # "BETA LLC" is "Beta LLC", not "Beta Llc"
        elif prefix := re.fullmatch(r"(Mc|Mac)([A-Z]{2,}\W*)", word):
            # "McSHANE": the printed mixed-case prefix shows how the name is spelled
            out.append(prefix.group(1) + prefix.group(2).capitalize())
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _find_span(text: str, printed: str, start: int) -> tuple[int, int]:
    """The span of `printed` (whitespace-insensitive) in `text` at or after `start`."""
    words = printed.split()
    if not words:
        return start, start
    pattern = r"[\s):§]*".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(text, start) or re.compile(pattern).search(text)
    return (m.start(), m.end()) if m else (start, start)


# --- parties -------------------------------------------------------------------------


def _pieces(block: str) -> list[str]:
    """Split a block of caption names into one printed string per party."""
    block = p.ET_AL.sub("", block)
    pieces: list[str] = []
    for segment in re.split(r";|,\s+and\s+(?=[A-Z])|\s+and\s+(?=(?:THE\s+)?STATE\s+OF\b)", block):
        for k, piece in enumerate(segment.split(",")):
            piece = _trim(piece)
            piece = re.sub(r"^and\s+", "", piece, flags=re.I)
            if not piece:
                continue
            if (pieces and (p.NAME_SUFFIX.match(piece) or p.DESCRIPTOR_START.match(piece))) or (
                pieces and (_continues_office(pieces[-1], piece) or _holds_office(pieces[-1], k))
            ):
                pieces[-1] = f"{pieces[-1]}, {piece}"
            else:
                pieces.append(piece)
    return pieces


def _trim(piece: str) -> str:
    """Strip a name's separators; keep the period of an abbreviation ("Co.", "Jr.")."""
    piece = piece.strip(" ,;")
    last = piece.rsplit(None, 1)[-1] if piece else ""
    if piece.endswith(".") and not (p.NAME_SUFFIX.match(last) or len(last) <= 3):
        piece = piece[:-1]
    return piece


def _holds_office(previous: str, k: int) -> bool:
    # "STATE OF RHODE ISLAND, by and through its Attorney General, Peter Neronha": the name
    # after an office the State acts through is the office holder's, not another party's.
    # Only inside one segment (k > 0): after ";" a new party starts.
    return k > 0 and bool(p.ACTS_THROUGH_OFFICE.search(previous))


def _continues_office(previous: str, piece: str) -> bool:
    # "in her official capacity as Secretary of Health, Education, and Welfare": an office
    # cut by a comma goes on while the words stay in mixed case after an upper-case name.
    return "capacity" in previous.lower() and piece[:1].islower()


def _party(printed: str, role: PartyRole, source: Source) -> Party | None:
    if p.FICTITIOUS.match(printed) or len(printed) < 2 or not re.search(r"[A-Za-z]{2}", printed):
        return None
    state = party_state(printed)
    head = re.sub(r"^the\s+", "", printed, flags=re.I)
    if state and STATE_PARTY.match(head):
        return Party(state[0], role, state[1], source)
    official = p.OFFICIAL_CAPACITY.match(printed)
    if official:
        office = " ".join(official.group("office").split()).strip(" ,.")
        name = official.group("name").strip(" ,")
        return Party(
            title_case(name), role, mentioned_state(office), source, official=title_case(office)
        )
    name = printed.split(", ")[0] if "," in printed else printed
    # Keep "Kennedy, Jr." and "Acme, Inc." whole; drop a trailing description.
    kept = [printed.split(", ")[0]]
    for part in printed.split(", ")[1:]:
        if p.NAME_SUFFIX.match(part):
            kept.append(part)
        else:
            break
    name = ", ".join(kept)
    return Party(title_case(" ".join(name.split())), role, None, source)


def _block_parties(block: list[tuple[str, int]], role: PartyRole, page: PageText) -> list[Party]:
    text = " ".join(t for t, _ in block)
    if not text.strip():
        return []
    start = block[0][1]
    found: list[Party] = []
    for printed in _pieces(text):
        s, e = _find_span(page.text, printed, start)
        party = _party(printed, role, Source(page.number, page.text[s:e] or printed, s, e))
        if party:
            found.append(party)
    return found


@dataclass(slots=True)
class SideState:
    """Where a caption stands at a page end, so a caption running onto page 2 goes on."""

    seen_side: bool = False
    after_versus: bool = False
    pending: list[Party] = field(default_factory=list)  # a side the page end cut off


def find_parties(
    page: PageText, lines: Sequence[Line], state: SideState | None = None
) -> tuple[list[Party], int, SideState]:
    """Parties of the caption lines, the index of the line after the caption, and the state
    to continue with on the next page (its `pending` side is open when the page ran out)."""
    state = state or SideState()
    parties: list[Party] = []
    block: list[tuple[str, int]] = []
    seen_side, after_versus = state.seen_side, state.after_versus
    pending = state.pending
    end = 0
    title_seen = False
    for i, line in enumerate(lines[:_CAPTION_LINES]):
        left = line.left
        starts_title = not left and _is_title_line(line.right) and not title_seen
        if starts_title and seen_side and not after_versus and not _versus_soon(lines, i):
            break  # a title below the caption (colon or ")" layouts) ends the parties
        if starts_title and after_versus and block and not line.marked:
            # A caption with no role lines (E.D. Pa.: "v." alone between the sides) ends at
            # the title on a line of its own; the names before it are the second side.
            parties += _block_parties(block, PartyRole.DEFENDANT, page)
            block, end = [], i
            break
        title_seen = title_seen or _is_title_line(line.right)
        if not left or p.CAPTION_NOISE.match(left):
            continue
        if seen_side and (_is_prose(left) or p.SO_ORDERED.search(left)):
            break
        if p.DECRETAL_LINE.match(left):
            break
        if p.IN_RE.match(left) and not seen_side:
            return [], i + 1, SideState()
        # After a closed side only "v." or another short block closed by a role may follow.
        if seen_side and not after_versus and (_is_title_line(left) or len(block) >= 6):
            break
        if p.SECTION_HEADING.match(left) or (seen_side and p.APPEAL_FROM_LINE.match(left)):
            break
        role_line = p.ROLE_LINE.match(left)
        at_end = p.ROLE_AT_END.match(left) if not role_line else None
        versus = p.VERSUS_LINE.match(left)
        if role_line and not role_line.group("rest").strip(" ,.;"):
            role = role_of(role_line.group("role"))
            parties += [replace(x, role=role) for x in pending]
            parties += _block_parties(block, role, page)
            block, seen_side, after_versus, end, pending = [], True, False, i + 1, []
        elif at_end and len(left) < 2 * _PROSE_LEN:
            block.append((at_end.group("names"), line.start))
            parties += _block_parties(block, role_of(at_end.group("role")), page)
            block, seen_side, after_versus, end = [], True, False, i + 1
        elif versus:
            # A side closed by "v." without a role line is the plaintiff side.
            if block:
                parties += _block_parties(block, PartyRole.PLAINTIFF, page)
            block, seen_side, after_versus, end = [], True, True, i + 1
            rest = (versus.group("rest") or "").strip()
            if rest and not _is_title_line(rest):
                block.append((rest, line.start))
        elif "@" in left or re.search(r"\(\d{3}\)\s*\d{3}", left):
            continue  # counsel block
        elif p.ADDRESS_LINE.search(left):
            continue  # a party's street address (D.D.C. captions)
        elif not (_is_title_line(left) and not block):
            block.append((left, line.start))
    else:
        if block and after_versus:
            # The page ran out inside the second side: its role line is on the next page.
            pending = pending + _block_parties(block, PartyRole.DEFENDANT, page)
            return _dedupe(parties), len(lines), SideState(True, True, pending)
        if block and not seen_side:
            # The page ran out inside the first side (a long list of States): its names go
            # on, and its role line and "v." follow, on the next page.
            pending = pending + _block_parties(block, PartyRole.PLAINTIFF, page)
            return _dedupe(parties), end, SideState(False, False, pending)
    if block and after_versus:
        parties += _block_parties(block, PartyRole.DEFENDANT, page)
        end = len(lines)
    return _dedupe(parties + pending), end, SideState(seen_side, after_versus)


def _versus_soon(lines: Sequence[Line], i: int) -> bool:
    # A title printed beside the first side (": MEMORANDUM OPINION AND ORDER" in a D.N.J.
    # colon column) has the "v." still to come; a title below the caption has not.
    return any(p.VERSUS_LINE.match(line.left) for line in lines[i + 1 : i + 4] if line.left)


def _is_title_line(text: str) -> bool:
    return bool(p.TITLE_START.match(_unspaced(text))) and _is_upper(text)


def _dedupe(parties: list[Party]) -> list[Party]:
    seen: set[tuple[str, PartyRole]] = set()
    out: list[Party] = []
    for party in parties:
        key = (re.sub(r"[^a-z0-9]", "", party.name.lower()), party.role)
        if key not in seen:
            seen.add(key)
            out.append(party)
    return out


def amici_in_title(title: Source | None) -> list[Party]:
    """Amici named in a brief's title ("BRIEF OF AMICI CURIAE STATES OF X AND Y …")."""
    if title is None:
        return []
    m = p.AMICI_IN_TITLE.search(title.text)
    if m is None:
        return []
    names = m.group("names")
    found: list[Party] = []
    states = re.match(r"(?:THE\s+)?STATES\s+OF\s+(.+)", names, re.I)
    if states:
        # "STATES OF NEW YORK, ILLINOIS, AND MARYLAND": the joining word in either case
        for each in re.split(r",\s*(?:and\s+)?|\s+and\s+", states.group(1), flags=re.I):
            state = party_state(f"State of {each.strip()}")
            if state:
                found.append(Party(state[0], PartyRole.AMICUS, state[1], title))
        return found
    for piece in _pieces(names):
        party = _party(piece, PartyRole.AMICUS, title)
        if party:
            found.append(party)
    return found


def inline_parties(page: PageText) -> list[Party]:
    """Parties of a one-line caption: a letter's "Re:" line, a minute form's "Case Name:"."""
    m = p.INLINE_CAPTION.search(page.text[:3000])
    if m is None:
        return []
    right = re.split(r",?\s+(?:No\.|Case\s+No|Civil\s+Action)|\s+\(", m.group("right"))[0]
    found: list[Party] = []
    for group, text, role in (
        ("left", m.group("left"), PartyRole.PLAINTIFF),
        ("right", right, PartyRole.DEFENDANT),
    ):
        pieces = _pieces(text)[:1] if p.ET_AL.search(text) else _pieces(text)
        for printed in pieces:
            s, e = _find_span(page.text, printed, m.start(group))
            party = _party(printed, role, Source(page.number, page.text[s:e] or printed, s, e))
            if party:
                found.append(party)
    return found


# --- title, case number, judge -------------------------------------------------------


def find_title(page: PageText, lines: Sequence[Line], after: int) -> Source | None:
    """The document title: the first title-like run of the right column or after the parties."""
    # Candidates in line order: right parts anywhere, and whole lines after the parties.
    cells: list[tuple[int, str, int, int]] = []  # (line index, text, start, end)
    for i, line in enumerate(lines[: _CAPTION_LINES + 10]):
        if i >= after and line.marked and line.right:
            cells.append((i, line.right, line.right_start, line.right_start + len(line.right)))
        elif i >= after:
            # Letters closed up before spaces collapse: "M E M O R A N D U M  O P I N I O N"
            # keeps its wider word gap.
            whole = " ".join(_unspaced(f"{line.left} {line.right}").split())
            if whole:
                start = line.start if line.left else line.right_start
                end = line.start + len(page.text[line.start : line.end].rstrip())
                cells.append((i, whole, start, end))
        elif line.right:
            cells.append((i, line.right, line.right_start, line.right_start + len(line.right)))
    for k, (i, text, at, end) in enumerate(cells):
        if not (_is_title_line(text) and not p.CAPTION_RIGHT.match(text)):
            continue
        parts, last = [text], i
        for j, text2, _, end2 in cells[k + 1 :]:
            between = lines[last + 1 : j]
            if any(b.left and not p.CAPTION_NOISE.match(b.left) for b in between if b.right == ""):
                break
            if not _continues_title(text2, lines, j, parts[-1]):
                break
            parts.append(text2)
            last, end = j, end2
        title = " ".join(_unspaced(" ".join(parts)).split())
        return Source(page.number, title, at, end)
    return None


def _continues_title(text: str, lines: Sequence[Line], index: int, previous: str = "") -> bool:
    if not _is_upper(text) or len(text.strip()) < 2 or p.CAPTION_NOISE.match(text):
        return False
    # "…INJUNCTION;" / "MEMORANDUM OF POINTS AND AUTHORITIES": a title joined by ";" goes on.
    if p.SECTION_HEADING.match(text) and not previous.rstrip().endswith((";", ",", " AND")):
        return False
    if p.CAPTION_RIGHT.match(text) or re.search(r"\bJUDGE\b", text) or p.JUDGE_BYLINE.match(text):
        return False
    # A brief's title ends with the side it is for; a bare name after it is the first
    # counsel ("… FOR PLAINTIFFS-APPELLEES" / "ROB BONTA").
    if p.TITLE_ENDS_WITH_SIDE.search(previous) and p.PERSON_NAME_LINE.fullmatch(text.strip()):
        return False
    # A name followed by an e-mail line is the first counsel, not more title.
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    return not (nxt and "@" in nxt.left + nxt.right)


def normalise_district_number(m: re.Match[str]) -> str:
    """ "8:16-cv-1261 DOC (KESx)" -> "8:16-cv-01261-DOC-KES"; "25 Civ. 6120 (HRO)" ->
    "25-cv-06120-HRO" (no office printed, none made up)."""
    judges = [j.rstrip("x") for j in re.findall(r"[A-Z]{1,4}x?", m.group("judges") or "")]
    kind = (m.group("kind") or _KIND_OF_WORD[m.group("word").lower()]).lower()
    office = f"{int(m.group('office'))}:" if m.group("office") else ""
    number = f"{office}{m.group('yy')}-{kind}-{m.group('seq').zfill(5)}"
    return "-".join([number, *judges])


# S.D.N.Y.'s words for a case's kind: "25 Civ. 6120", "24 Cr. 112", "25 Misc. 301".
_KIND_OF_WORD = {"civ": "cv", "cr": "cr", "misc": "mc"}


def find_case_number(page: PageText, appellate: bool) -> tuple[str, Source] | None:
    """The caption's case number, normalised ("3:25-cv-05536-VC"; appellate "20-16276")."""
    text = page.text[:4000]
    district = p.CAPTION_DISTRICT_NUMBER.search(text)
    short = p.CAPTION_SHORT_NUMBER.search(text)
    if short and (appellate or not district):
        number = short.group("number")
        if short.group("mdl") or re.search(r"MDL\s*$", text[: short.start()]):
            number = f"MDL {number}"
        start, end = short.start("number"), short.end("number")
        return number, Source(page.number, page.text[start:end], start, end)
    if district:
        start, end = district.span()
        return normalise_district_number(district), Source(page.number, text[start:end], start, end)
    return None


def find_judge(
    pages: Sequence[PageText], caption_end: int, appellate: bool
) -> tuple[str, Source] | None:
    """The judge: the caption's "Judge:" line, else the signature, else "Hon. …" in the caption."""
    first = pages[0]
    head = first.text[:caption_end]
    m = p.JUDGE_LABEL.search(head)
    if m:
        return _judge_source(first, m)
    for page in reversed(pages):
        found = [
            *p.JUDGE_SIGNATURE.finditer(page.text),
            *p.JUDGE_SIGNATURE_SHORT.finditer(page.text),
        ]
        if found:
            return _judge_source(page, max(found, key=lambda m: m.start()))
    m = p.JUDGE_HONORIFIC.search(head)
    # An appellate caption's "Hon." names the judge below, not this court's panel.
    if m and not appellate:
        return _judge_source(first, m)
    return None


def _judge_source(page: PageText, m: re.Match[str]) -> tuple[str, Source]:
    name = re.sub(r"^(?:Hon(?:\.|orable)\s+)", "", m.group("name").strip(), flags=re.I)
    # "Vince Chhabria. The conference …": a word with a period (not an initial, not "Jr.")
    # ends the name.
    cut = re.search(r"\b(?!(?:Jr|Sr)\.)[A-Za-z'-]{2,}\.", name)
    if cut:
        name = name[: cut.end() - 1]
    start = m.start("name")
    end = start + len(name)
    return title_case(name), Source(page.number, page.text[start:end], start, end)


def read_caption(pages: Sequence[PageText]) -> Caption:
    """Court, case number, parties, title and judge from the first page's caption."""
    if not pages:
        return Caption(None, None, None, (), None, None, None)
    first = pages[0]
    # "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT" anywhere on page 1 names the
    # court (an appellate caption may follow pages of counsel and a cover).
    court = find_court(first.text)
    start = court.end if court else 0
    lines = title_column(first.text, split_lines(first.text, start))
    parties, after, state = find_parties(first, lines)
    title = find_title(first, lines, after)
    if state.pending:
        more: list[Party] = []
        first_side_open = not state.seen_side
        if len(pages) > 1:
            second = pages[1]
            lines2 = title_column(second.text, split_lines(second.text))
            more, after2, state = find_parties(second, lines2, state)
            if title is None or first_side_open:
                # The caption ran onto page 2, and its title with it.
                title = find_title(second, lines2, after2) or title
        if first_side_open and not state.seen_side:
            state.pending.clear()  # no side was ever closed: those lines were not a caption
        parties = _dedupe(parties + more + state.pending)
    if title is None:
        slip = p.SLIP_OPINION.search(first.text, 0, 400)
        if slip:
            start, end = slip.span("title")
            title = Source(first.number, first.text[start:end], start, end)
    if not parties:
        parties = inline_parties(first)
    parties += [a for a in amici_in_title(title) if a.name not in {x.name for x in parties}]
    appellate = bool(court and not court.court_id.endswith("d"))
    case_number = find_case_number(first, appellate)
    caption_end = lines[min(after + 12, len(lines) - 1)].end if lines else len(first.text)
    title_end = title.end if title and title.end is not None else 0
    judge = find_judge(pages, max(caption_end, title_end), appellate)
    return Caption(
        court,
        case_number[0] if case_number else None,
        case_number[1] if case_number else None,
        tuple(parties),
        title,
        judge[0] if judge else None,
        judge[1] if judge else None,
        body_start=max(title_end, lines[after - 1].end if 0 < after <= len(lines) else 0),
    )
