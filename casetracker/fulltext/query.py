"""The search language, parsed by hand into Whoosh queries.

    impound destroy            both words (stemmed: "impounded", "impoundment" match)
    "reasoned decision"~2      an exact phrase (~N allows N words in between)
    impound* / destory~ / destory~1   wildcard / fuzzy: up to 2 edits (as in Lucene), or 1
    a OR b, a AND b, NOT a, -a, ( )   operators are upper case; AND binds tighter than OR;
                               lower-case and/or/not are ordinary (stop) words
    type:order state:NY state:"New York" ecf:44 ecf:44-2 ecf:40..45 page:3 page:1..4
    filed:2025-07-01..2025-08-31 filed:>=2025-07-01 filed:2025-07 filed:2025
    case:3:25-cv-05536-VC court:cand title:injunction party:"Kristi Noem"

Legal tokens go through the same analyzer as the pages: `§ 1396a`, `1396a(a)(7)`,
`42 U.S.C.`, `Dkt. 44` all work unquoted. A malformed query raises `QueryError` with one
line saying what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.analysis import STOP_WORDS

from casetracker.errors import QueryError
from casetracker.fulltext.analysis import TokenKind, query_terms, scan, stem
from casetracker.models import DocType
from casetracker.usstates import parse_state

# Field names a user may type before a colon, and what each means in the schema.
FIELD_ALIASES: dict[str, str] = {
    "type": "type",
    "state": "state",
    "ecf": "ecf",
    "dkt": "ecf",
    "docket": "ecf",
    "filed": "filed",
    "date": "filed",
    "case": "case",
    "court": "court",
    "page": "page",
    "title": "title",
    "party": "party",
    "parties": "party",
}
# Fields searched as text (words, phrases, wildcards); the rest are exact filters.
TEXT_FIELDS = frozenset({"text", "title", "party"})

# One lexeme of the query string. `"reasoned decision"~2` ; `filed:` ; `1396a(a)(7)` ; `(`
_LEXEME = re.compile(
    r"""(?P<space>\s+)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<phrase>"(?P<body>[^"]*)"(?:~(?P<slop>\d+))?)
      | (?P<quote>")
      | (?P<field>(?P<name>[A-Za-z_]+):)
      | (?P<word>[^\s()"]+(?:\([^\s()"]*\)[^\s()"]*)*)
    """,
    re.VERBOSE,
)
# A fuzzy word: "destory~" ; "destory~1"
_FUZZY = re.compile(r"^(?P<word>.+?)~(?P<dist>\d*)$")
# Numbers for ecf:/page: — "44", "44-2", "40..45"
_ECF = re.compile(r"^(\d{1,6})(?:-(\d{1,4}))?$")
_RANGE = re.compile(r"^(\d{1,6})\.\.(\d{1,6})$")
# Dates for filed: — "2025", "2025-07", "2025-07-01", "07/01/2025"
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_OPERATORS = {"AND": "and", "&&": "and", "OR": "or", "||": "or", "NOT": "not"}
_MIN_WILDCARD_LETTERS = 2


@dataclass(frozen=True, slots=True)
class Lexeme:
    kind: str  # lparen rparen phrase field word and or not
    text: str
    start: int
    end: int
    slop: int = 0


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A Whoosh query plus the plain words typed (with their spans) for "Did you mean"."""

    query: wq.Query
    words: tuple[tuple[int, int, str], ...]


def lex(text: str) -> list[Lexeme]:
    """Split a query string into lexemes; raises QueryError on a stray quote or field."""
    out: list[Lexeme] = []
    pos = 0
    while pos < len(text):
        m = _LEXEME.match(text, pos)
        if m is None:  # pragma: no cover - the word alternative matches any other character
            raise QueryError(f"cannot read the query at {text[pos:]!r}", "query")
        kind = m.lastgroup or "word"
        if kind in ("body", "slop"):
            kind = "phrase"
        if kind == "name":
            kind = "field"
        pos = m.end()
        if kind == "space":
            continue
        if kind == "quote":
            raise QueryError('unclosed quote: add the closing "', "query")
        if kind == "field":
            name = m.group("name").lower()
            if name not in FIELD_ALIASES:
                known = ", ".join(sorted(set(FIELD_ALIASES.values())))
                raise QueryError(
                    f"unknown field '{name}:' (fields: {known}); quote text containing ':'",
                    "query",
                )
            if pos >= len(text) or text[pos].isspace() or text[pos] == ")":
                raise QueryError(f"'{name}:' needs a value right after the colon", "query")
            out.append(Lexeme("field", FIELD_ALIASES[name], m.start(), pos))
            continue
        if kind == "phrase":
            slop = int(m.group("slop") or 0)
            out.append(Lexeme("phrase", m.group("body"), m.start(), pos, slop))
            continue
        word = m.group(0)
        if word in _OPERATORS:
            out.append(Lexeme(_OPERATORS[word], word, m.start(), pos))
        elif word[0] == "-" and len(word) > 1 and word[1] != "-":
            out.append(Lexeme("not", "-", m.start(), m.start() + 1))
            out.extend(lex(word[1:]) if word[1] in '("' else [_word(word[1:], m.start() + 1)])
        elif word[0] == "+" and len(word) > 1:
            out.append(_word(word[1:], m.start() + 1))
        else:
            out.append(Lexeme(kind, word, m.start(), pos))
    return out


def _word(text: str, start: int) -> Lexeme:
    return Lexeme("word", text, start, start + len(text))


def _is_plain(lexeme: Lexeme) -> bool:
    return lexeme.kind == "word" and not any(c in lexeme.text for c in "*?~")


class _Parser:
    """Recursive descent: or_expr := and_expr (OR and_expr)*; and_expr := unary+ ;
    unary := NOT unary | primary ; primary := ( or_expr ) | field:primary | phrase | words."""

    def __init__(self, lexemes: list[Lexeme]) -> None:
        self.lex = lexemes
        self.i = 0
        self.words: list[tuple[int, int, str]] = []

    def peek(self) -> Lexeme | None:
        return self.lex[self.i] if self.i < len(self.lex) else None

    def take(self) -> Lexeme:
        lexeme = self.lex[self.i]
        self.i += 1
        return lexeme

    def parse(self) -> wq.Query:
        if not self.lex:
            raise QueryError("empty query: type words to search for", "query")
        q = self.or_expr(None)
        extra = self.peek()
        if extra is not None:
            raise QueryError(f"unexpected '{extra.text}' (unbalanced parentheses?)", "query")
        return q

    def or_expr(self, field: str | None) -> wq.Query:
        alternatives = [self.and_expr(field)]
        while (nxt := self.peek()) is not None and nxt.kind == "or":
            self.take()
            alternatives.append(self.and_expr(field))
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)

    def and_expr(self, field: str | None) -> wq.Query:
        wanted: list[wq.Query] = []
        unwanted: list[wq.Query] = []
        while (nxt := self.peek()) is not None and nxt.kind not in ("or", "rparen"):
            if nxt.kind == "and":
                self.take()
                following = self.peek()
                nothing_before = not wanted and not unwanted
                if nothing_before or following is None or following.kind in ("and", "or", "rparen"):
                    raise QueryError("AND needs a term on both sides", "query")
                continue
            q, negated = self.unary(field)
            (unwanted if negated else wanted).append(q)
        if not wanted and not unwanted:
            op = self.peek()
            what = f"before '{op.text}'" if op is not None else "at the end"
            raise QueryError(f"missing a search term {what}", "query")
        base: wq.Query
        base = wanted[0] if len(wanted) == 1 else wq.And(wanted) if wanted else wq.Every()
        if not unwanted:
            return base
        return wq.AndNot(base, unwanted[0] if len(unwanted) == 1 else wq.Or(unwanted))

    def unary(self, field: str | None, *, single: bool = False) -> tuple[wq.Query, bool]:
        nxt = self.peek()
        if nxt is not None and nxt.kind == "not":
            self.take()
            if self.peek() is None or self.peek().kind in ("and", "or", "rparen", "not"):  # type: ignore[union-attr]
                raise QueryError("NOT needs a term after it", "query")
            # NOT takes one word (or a group), not the run of words after it.
            q, negated = self.unary(field, single=True)
            return q, not negated
        return self.primary(field, single=single), False

    def primary(self, field: str | None, *, single: bool) -> wq.Query:
        lexeme = self.take()
        if lexeme.kind == "lparen":
            q = self.or_expr(field)
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise QueryError("unbalanced parentheses: missing ')'", "query")
            self.take()
            return q
        if lexeme.kind == "rparen":
            raise QueryError("unbalanced parentheses: unexpected ')'", "query")
        if lexeme.kind == "field":
            if field is not None:
                raise QueryError(f"'{lexeme.text}:' cannot be used inside another field", "query")
            value = self.peek()
            if value is None or value.start != lexeme.end or value.kind not in (
                "word", "phrase", "lparen"
            ):  # fmt: skip
                raise QueryError(f"'{lexeme.text}:' needs a value right after the colon", "query")
            return self.primary(lexeme.text, single=True)
        if lexeme.kind in ("and", "or", "not"):
            raise QueryError(f"'{lexeme.text}' needs a term on both sides", "query")
        target = field or "text"
        if lexeme.kind == "phrase":
            if target in TEXT_FIELDS:
                return _phrase(target, lexeme)
            return _filter(target, lexeme.text)
        if target not in TEXT_FIELDS:
            return _filter(target, lexeme.text)
        if not _is_plain(lexeme):
            return _pattern(target, lexeme.text)
        run = [lexeme]
        while not single and (nxt := self.peek()) is not None and _is_plain(nxt):
            run.append(self.take())
        if target == "text":
            self.words.extend((lx.start, lx.end, lx.text) for lx in run)
        return _words(target, " ".join(lx.text for lx in run))


def parse_query(text: str) -> ParsedQuery:
    """Parse the search language (module docstring) into a Whoosh query."""
    parser = _Parser(lex(text))
    q = parser.parse()
    return ParsedQuery(q, tuple(parser.words))


def _words(field: str, text: str) -> wq.Query:
    """All the words of a run; stop words dropped unless the run has nothing else."""
    tokens = list(scan(text, expand=False))
    kept = [t for t in tokens if not (t.kind is TokenKind.WORD and t.text in STOP_WORDS)]
    terms = [stem(t.text) if t.kind is TokenKind.WORD else t.text for t in kept or tokens]
    if not terms:
        raise QueryError(f"nothing searchable in {text!r}", "query")
    queries = [wq.Term(field, term) for term in dict.fromkeys(terms)]
    return queries[0] if len(queries) == 1 else wq.And(queries)


def _phrase(field: str, lexeme: Lexeme) -> wq.Query:
    terms = [term for _, term in query_terms(lexeme.text, stemmed=True)]
    if not terms:
        raise QueryError("empty phrase: put words between the quotes", "query")
    if len(terms) == 1:
        return wq.Term(field, terms[0])
    return wq.Phrase(field, terms, slop=1 + lexeme.slop)


def _pattern(field: str, word: str) -> wq.Query:
    """A wildcard or fuzzy word, matched against unstemmed words ("words" for the text)."""
    exact = "words" if field == "text" else field
    fuzzy = _FUZZY.match(word)
    if fuzzy is not None:
        base, dist = fuzzy.group("word").lower(), fuzzy.group("dist")
        if any(c in base for c in "*?~"):
            raise QueryError(f"'{word}': use fuzzy (~) or a wildcard, not both", "query")
        # Whoosh counts a swap of neighbours ("destory") as two edits, so the default is 2.
        maxdist = int(dist) if dist else 2
        if maxdist not in (1, 2):
            raise QueryError(f"'{word}': fuzzy distance must be 1 or 2", "query")
        as_typed = wq.FuzzyTerm(exact, base, maxdist=maxdist, prefixlength=1)
        if field != "text":
            return as_typed
        # Also near the stem, so "destory~" finds "destroyed" as well as "destroy".
        return wq.Or([as_typed, wq.FuzzyTerm(field, stem(base), maxdist=maxdist, prefixlength=1)])
    pattern = word.lower()
    if sum(c.isalnum() for c in pattern) < _MIN_WILDCARD_LETTERS:
        raise QueryError(f"'{word}': a wildcard needs at least two letters", "query")
    if pattern.endswith("*") and not any(c in pattern[:-1] for c in "*?"):
        return wq.Prefix(exact, pattern[:-1])
    return wq.Wildcard(exact, pattern)


def _filter(field: str, value: str) -> wq.Query:
    builder = _FILTERS[field]
    return builder(value.strip())


def _type_filter(value: str) -> wq.Query:
    name = value.lower().replace("-", "_").replace(" ", "_")
    if name not in DocType.__members__.values():
        known = ", ".join(DocType)
        raise QueryError(f"unknown type '{value}' (one of: {known})", "query")
    return wq.Term("type", name)


def _state_filter(value: str) -> wq.Query:
    code = parse_state(value)
    if code is None:
        raise QueryError(f"unknown state '{value}' (use a code like NY or a name)", "query")
    return wq.Term("state", code.lower())


def _number_filter(field: str) -> Callable[[str], wq.Query]:
    def build(value: str) -> wq.Query:
        if (m := _RANGE.match(value)) is not None:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi:
                raise QueryError(f"{field}:{value}: the range runs backwards", "query")
            return wq.NumericRange(field, lo, hi)
        m = _ECF.match(value)
        if m is None or (m.group(2) and field != "ecf"):
            form = "44, 44-2 or 40..45" if field == "ecf" else "3 or 1..4"
            raise QueryError(f"{field}:{value}: expected a number ({form})", "query")
        number = wq.NumericRange(field, int(m.group(1)), int(m.group(1)))
        if m.group(2) is None:
            return number
        attachment = int(m.group(2))
        return wq.And([number, wq.NumericRange("attachment", attachment, attachment)])

    return build


def _case_filter(value: str) -> wq.Query:
    terms = [term for _, term in query_terms(value, stemmed=False)]
    if not terms:
        raise QueryError(f"case:{value}: expected a case number like 3:25-cv-05536-VC", "query")
    return wq.Term("case", terms[0]) if len(terms) == 1 else wq.Phrase("case", terms)


def _court_filter(value: str) -> wq.Query:
    return wq.Term("court", value.lower())


def _filed_filter(value: str) -> wq.Query:
    lo, hi = date_bounds(value)
    return wq.NumericRange("filed", lo and date_key(lo), hi and date_key(hi))


def date_key(day: dt.date) -> int:
    """How a date is indexed: 2025-07-01 -> 20250701 (sortable, range-searchable)."""
    return day.year * 10000 + day.month * 100 + day.day


def date_bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a `filed:` value covers (None: open); raises QueryError."""
    if value.startswith((">=", "<=")):
        first, last = _period(value[2:], value)
        return (first, None) if value[0] == ">" else (None, last)
    if value.startswith((">", "<")):
        first, last = _period(value[1:], value)
        one = dt.timedelta(days=1)
        return (last + one, None) if value[0] == ">" else (None, first - one)
    if ".." in value:
        left, _, right = value.partition("..")
        if not left and not right:
            raise QueryError("filed:..: give at least one end of the range", "query")
        lo = _period(left, value)[0] if left else None
        hi = _period(right, value)[1] if right else None
        if lo and hi and lo > hi:
            raise QueryError(f"filed:{value}: the range runs backwards", "query")
        return lo, hi
    return _period(value, value)


def _period(text: str, whole: str) -> tuple[dt.date, dt.date]:
    try:
        if (us := _US_DATE.match(text)) is not None:
            day = dt.date(int(us.group(3)), int(us.group(1)), int(us.group(2)))
            return day, day
        m = _ISO.match(text)
        if m is None:
            raise ValueError(text)
        year, month, day_ = int(m.group(1)), m.group(2), m.group(3)
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day_ is None:
            first = dt.date(year, int(month), 1)
            following = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        day = dt.date(year, int(month), int(day_))
        return day, day
    except ValueError:
        raise QueryError(
            f"filed:{whole}: not a date (use YYYY-MM-DD, YYYY-MM, YYYY, or A..B, >=A)", "query"
        ) from None


_FILTERS: dict[str, Callable[[str], wq.Query]] = {
    "type": _type_filter,
    "state": _state_filter,
    "ecf": _number_filter("ecf"),
    "page": _number_filter("page"),
    "case": _case_filter,
    "court": _court_filter,
    "filed": _filed_filter,
}
