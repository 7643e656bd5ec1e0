"""How page text becomes index terms: English words stemmed, legal tokens kept whole.

A legal token ("§ 1396a(a)(7)", "42 U.S.C.", "3:25-cv-05536-VC", "ECF No. 44") is one
token with one canonical spelling. At index time it is also indexed under its parts, at
the same position, so a search for the whole, a shorter form ("§ 1396a", "1396a",
"25-cv-05536") or a synonym ("Dkt. 44" for "ECF No. 44") finds it. At query time only the
canonical whole is produced, so each query form matches exactly what it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter import stem as porter_stem


class TokenKind(StrEnum):
    CASE = "case"
    DOCKET = "docket"
    SECTION = "section"
    ABBREV = "abbrev"
    NUMBER = "number"
    WORD = "word"


# A district case number, office prefix and judge initials optional.
# "Case 3:25-cv-05536-VC Document 44" ; "No. 25-cv-5536"
_CASE = r"(?:\d{1,2}:)?\d{2}-[a-z]{2,4}-\d{1,6}(?:-[a-z]{1,4}\b)*"
# A reference to a docket entry, attachment optional; ECF, Dkt., Doc., Docket, D.E. all mean
# the same record. "(ECF No. 44)" ; "Dkt. #12-3" ; "Document 44-2 Filed 07/08/25"
_DOCKET = (
    r"(?:ecf|dkt|docket|doc|document|d\.e)\.?[ \t]*(?:(?:no|nos|number)\.?[ \t]*)?"
    r"(?:#[ \t]*)?\d{1,5}(?:-\d{1,3})?(?![\w(])"
)
# A statute section after a section sign, subsections in parentheses.
# "42 U.S.C. § 1396a(a)(7)" ; "§§ 1320d–6" ; "45 C.F.R. § 164.512(f)"
_SECTION = r"§§?\s*\d+[a-z]*(?:[.\-–]\d+[a-z]*)*(?:\([a-z0-9]{1,4}\))*"
# The same without the sign, recognised by its parenthesised subsections.
# "under section 1396a(a)(7)" ; "Rule 12(b)(6)" ; "FRCP 6(a)(1)(C)"
_BARE_SECTION = r"\d+[a-z]*(?:[.\-–]\d+[a-z]*)*(?:\([a-z0-9]{1,4}\))+"
# Dotted abbreviations: two or more single letters each followed by a dot.
# "42 U.S.C." ; "45 C.F.R." ; "N.D. Cal."
_ABBREV = r"(?:[a-z]\.){2,}"
# Numbers, dates, ranges and lettered sections kept whole.
# "07/08/25" ; "2025-07-01" ; "1,500" ; "164.512" ; "section 1320d–6"
_NUMBER = r"\d+[a-z]*(?:[.,:/\-–]\d+[a-z]*)*"
# Everything else: a run of letters (digits allowed after the first), possessive dropped.
# "Plaintiff States'" ; "HHS's"
_WORD = r"[^\W\d_][^\W_]*(?:['’]s\b)?"

# One scanner, the alternatives tried in order: the most specific legal shapes first.
TOKEN_PATTERN = re.compile(
    rf"(?P<case>\b{_CASE})|(?P<docket>\b{_DOCKET})|(?P<section>{_SECTION})"
    rf"|(?P<bare>\b{_BARE_SECTION})|(?P<abbrev>\b{_ABBREV})|(?P<number>\b{_NUMBER})"
    rf"|(?P<word>{_WORD})",
    re.IGNORECASE,
)

GROUP_KIND = {
    "case": TokenKind.CASE,
    "docket": TokenKind.DOCKET,
    "section": TokenKind.SECTION,
    "bare": TokenKind.SECTION,
    "abbrev": TokenKind.ABBREV,
    "number": TokenKind.NUMBER,
    "word": TokenKind.WORD,
}
_DIGITS = re.compile(r"\d+(?:-\d+)?$")
_CASE_PARTS = re.compile(r"(?:(\d{1,2}):)?(\d{2})-([a-z]{2,4})-(\d{1,6})((?:-[a-z]{1,4})*)$")
_SUBSECTIONS = re.compile(r"\([a-z0-9]{1,4}\)")


@dataclass(frozen=True, slots=True)
class LegalToken:
    """One term at one position; `start`/`end` index the analysed text."""

    text: str
    kind: TokenKind
    pos: int
    start: int
    end: int
    is_part: bool = False  # an index-time alternative spelling of the token before it


def canonical(kind: TokenKind, raw: str) -> str:
    """The one spelling a legal token is indexed and queried under."""
    low = raw.lower().replace("–", "-")
    if kind is TokenKind.WORD:
        return low.removesuffix("'s").removesuffix("’s")
    if kind is TokenKind.DOCKET:
        return "ecf#" + _DIGITS.search(low).group(0)  # type: ignore[union-attr]
    if kind is TokenKind.SECTION:
        body = re.sub(r"\s+", "", low).lstrip("§")
        return ("§" if low.startswith("§") else "") + body
    if kind is TokenKind.ABBREV:
        return low.rstrip(".")
    if kind is TokenKind.CASE:
        m = _CASE_PARTS.match(low)
        if m is None:
            return low
        office, year, kind_code, seq, judges = m.groups()
        # District numbers are printed zero-padded to five digits; pad so both spellings meet.
        base = f"{year}-{kind_code}-{int(seq):05d}"
        return (f"{office}:" if office else "") + base + judges
    return low


def parts(kind: TokenKind, whole: str) -> tuple[str, ...]:
    """The shorter spellings a legal token is also indexed under (none for plain words)."""
    out: list[str] = []
    if kind is TokenKind.SECTION:
        bare = whole.lstrip("§")
        levels = _SUBSECTIONS.findall(bare)
        stem = bare[: len(bare) - sum(len(s) for s in levels)]
        forms = [stem + "".join(levels[:i]) for i in range(len(levels), -1, -1)]
        if whole.startswith("§"):
            out.extend("§" + f for f in forms[1:])
        out.extend(forms)
    elif kind is TokenKind.DOCKET:
        number = whole.removeprefix("ecf#")
        out.append(number)
        if "-" in number:
            out.extend(["ecf#" + number.split("-")[0], number.split("-")[0]])
    elif kind is TokenKind.ABBREV:
        letters = whole.replace(".", "")
        if len(letters) >= 3:
            out.append(letters)
    elif kind is TokenKind.CASE:
        m = _CASE_PARTS.match(whole)
        if m is not None:
            office, year, kind_code, seq, judges = m.groups()
            base = f"{year}-{kind_code}-{seq}"
            forms = [base + judges, base]
            if office:
                forms += [f"{office}:{base}"]
            out.extend(forms)
    return tuple(dict.fromkeys(f for f in out if f and f != whole))


def scan(text: str, *, expand: bool) -> Iterator[LegalToken]:
    """Tokens of `text` in order; `expand` adds each legal token's parts (index mode)."""
    for whole, kind, pos, start, end, is_part in _tokens(text, expand=expand):
        yield LegalToken(whole, kind, pos, start, end, is_part)


def _tokens(text: str, *, expand: bool) -> Iterator[tuple[str, TokenKind, int, int, int, bool]]:
    """`scan` as plain tuples: indexing makes one per word of every page."""
    word = TokenKind.WORD
    for pos, m in enumerate(TOKEN_PATTERN.finditer(text)):
        group = m.lastgroup
        if group == "word":  # nine tokens in ten: `canonical` inlined
            low = m.group().lower()
            if low.endswith(_POSSESSIVES):
                low = low[:-2]
            yield low, word, pos, m.start(), m.end(), False
            continue
        kind = GROUP_KIND[group or "word"]
        whole = canonical(kind, m.group())
        yield whole, kind, pos, m.start(), m.end(), False
        if expand and kind is not TokenKind.NUMBER:
            for alt in parts(kind, whole):
                yield alt, kind, pos, m.start(), m.end(), True


_POSSESSIVES = ("'s", "’s")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """English (Porter) stem of a lower-case word; cached because legal prose repeats itself."""
    return str(porter_stem(word))


def term_for(token: LegalToken, *, stemmed: bool) -> str:
    """The index term of a token in a stemmed or an exact field."""
    return stem(token.text) if stemmed and token.kind is TokenKind.WORD else token.text


# (term, position, start, end) of each token as one field indexes it.
_Term = tuple[str, int, int, int]


# A page is indexed twice, in a stemmed field and an exact one (`text`, `words`), one
# after the other with the same string: scanning it once serves both (indexing is most
# of ingestion's time in the parent, see docs/benchmarks.md). The tables are immutable.
@lru_cache(maxsize=8)
def _terms(text: str, *, expand: bool) -> tuple[tuple[_Term, ...], tuple[_Term, ...]]:
    """The exact and the stemmed terms of `text`, remembered for the last few texts."""
    exact: list[_Term] = []
    stemmed: list[_Term] = []
    word = TokenKind.WORD
    for whole, kind, pos, start, end, _ in _tokens(text, expand=expand):
        exact.append((whole, pos, start, end))
        stemmed.append((stem(whole) if kind is word else whole, pos, start, end))
    return tuple(exact), tuple(stemmed)


@dataclass(frozen=True, slots=True)
class PageTerms:
    """A page's index terms, worked out where the page was read (an ingest worker) and
    handed to the process that writes the index, so that one does less of the work.

    `steps[i]` is 1 where token i starts a new position and 0 for an index-time part of
    the token before it. Small to pickle: about 4 KiB a page.
    """

    exact: tuple[str, ...]
    stemmed: tuple[str, ...]
    steps: bytes


def page_terms(text: str) -> PageTerms:
    """The index-mode terms of `text`, as the tokenizer would make them."""
    exact, stemmed = _terms(text, expand=True)
    steps = bytes(1 if i == 0 or t[1] != exact[i - 1][1] else 0 for i, t in enumerate(exact))
    return PageTerms(tuple(t[0] for t in exact), tuple(t[0] for t in stemmed), steps)


# Terms handed over for texts being indexed right now (see `given_terms`), by text.
_GIVEN: dict[str, PageTerms] = {}


@contextmanager
def given_terms(text: str, terms: PageTerms | None) -> Iterator[None]:
    """While indexing `text`, take its terms from `terms` instead of scanning it."""
    if terms is None:
        yield
        return
    _GIVEN[text] = terms
    try:
        yield
    finally:
        _GIVEN.pop(text, None)


def _given(text: str, *, stemmed: bool) -> Iterator[tuple[str, int]]:
    terms = _GIVEN[text]
    pos = -1
    for term, step in zip(terms.stemmed if stemmed else terms.exact, terms.steps, strict=True):
        pos += step
        yield term, pos


class LegalTokenizer(Tokenizer):  # type: ignore[misc]
    """Whoosh tokenizer over `scan`: legal tokens whole (and their parts when indexing),
    English words stemmed when `stemmed`."""

    def __init__(self, stemmed: bool) -> None:
        self.stemmed = stemmed

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LegalTokenizer) and other.stemmed == self.stemmed

    def __hash__(self) -> int:
        return hash(("LegalTokenizer", self.stemmed))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        if mode != "query" and not (chars or keeporiginal) and value in _GIVEN:
            for text, pos in _given(value, stemmed=self.stemmed):
                t.text = text
                if positions:
                    t.pos = start_pos + pos
                yield t
            return
        for text, pos, start, end in _terms(value, expand=mode != "query")[self.stemmed]:
            t.text = text
            if keeporiginal:
                t.original = value[start:end]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def stemmed_analyzer() -> LegalTokenizer:
    """For text, title and parties: words stemmed, so "impounded" finds "impoundment"."""
    return LegalTokenizer(stemmed=True)


def exact_analyzer() -> LegalTokenizer:
    """For the unstemmed copy used by wildcards, fuzzy terms and spelling suggestions."""
    return LegalTokenizer(stemmed=False)


def query_terms(text: str, *, stemmed: bool) -> list[tuple[int, str]]:
    """(position, term) of a query string: canonical wholes only, never parts."""
    return [(t.pos, term_for(t, stemmed=stemmed)) for t in scan(text, expand=False)]
