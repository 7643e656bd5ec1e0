"""Snippets: the best short window of a page around the words a query matched."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from casetracker.fulltext.analysis import (
    GROUP_KIND,
    TOKEN_PATTERN,
    TokenKind,
    canonical,
    parts,
    stem,
)

SNIPPET_CHARS = 240  # about three lines of a terminal; long enough to read the sentence
_LEAD_CHARS = 60  # context kept before the first highlighted word
_ELLIPSIS = "…"


def match_spans(
    text: str, stemmed_terms: Collection[str], exact_terms: Collection[str]
) -> list[tuple[int, int]]:
    """Character spans of `text` whose token (or a part of it) is one of the terms."""
    if not stemmed_terms and not exact_terms:
        return []
    spans: dict[tuple[int, int], None] = {}
    # The hot loop of a search: plain words are checked without building token objects;
    # only legal tokens are expanded into their parts.
    for m in TOKEN_PATTERN.finditer(text):
        group = m.lastgroup
        raw = m.group(0)
        if group == "word":
            word = canonical(TokenKind.WORD, raw)
            if word in exact_terms or stem(word) in stemmed_terms:
                spans[m.span()] = None
            continue
        kind = GROUP_KIND[group or "word"]
        whole = canonical(kind, raw)
        forms = (whole, *parts(kind, whole)) if kind is not TokenKind.NUMBER else (whole,)
        if any(f in exact_terms or f in stemmed_terms for f in forms):
            spans[m.span()] = None
    return list(spans)


def find_snippet(
    text: str, stemmed_terms: frozenset[str], exact_terms: frozenset[str]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`make_snippet` over the matches of the terms, tokenizing only the likely window:
    a cheap regex of the terms' leading letters finds where they cluster first."""
    candidates = _candidate_pattern(stemmed_terms | exact_terms)
    if candidates is None:
        return make_snippet(text, match_spans(text, stemmed_terms, exact_terms))
    rough = [m.span() for m in candidates.finditer(text)]
    if not rough:
        return make_snippet(text, [])
    start = _best_start(rough, SNIPPET_CHARS)
    begin = max(0, start - _LEAD_CHARS - 40)
    begin = text.rfind(" ", 0, begin) + 1 if begin > 0 else 0
    end = min(len(text), start + SNIPPET_CHARS + 40)
    spans = [
        (s + begin, e + begin) for s, e in match_spans(text[begin:end], stemmed_terms, exact_terms)
    ]
    if not spans:  # the rough guess missed (a false lead): pay for the whole page
        spans = match_spans(text, stemmed_terms, exact_terms)
    return make_snippet(text, spans)


@lru_cache(maxsize=64)
def _candidate_pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    """A regex for where the terms may start: each term's leading letters or digits at a
    word start (a stem's last letter may differ in the text: "destroi" / "destroy")."""
    heads = set()
    for term in terms:
        run = re.match(r"[^\W_]+", term.lstrip("§"))
        if run is None or len(run.group(0)) < 2:
            return None  # "u.s.c" and the like: no safe shortcut
        head = run.group(0)
        heads.add(head[:-1] if len(head) > 3 and run.end() == len(term) else head)
    if not heads:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(heads))) + ")", re.IGNORECASE)


def make_snippet(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about `width` characters holding the most matches, whitespace collapsed,
    "…" where text was cut, and the matches' spans in the snippet."""
    start = _best_start(spans, width)
    begin = max(0, start - _LEAD_CHARS)
    if begin > 0:  # start on a word boundary
        space = text.find(" ", begin, start) if start > begin else -1
        begin = space + 1 if space != -1 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    inside = [(s, e) for s, e in spans if s >= begin and e <= end]
    return _collapse(text, begin, end, inside)


def _best_start(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the match after which the most other matches fit in `width` characters."""
    if not spans:
        return 0
    ordered = sorted(spans)
    best, best_count, j = ordered[0][0], 0, 0
    for i, (s, _) in enumerate(ordered):
        j = max(j, i)
        while j + 1 < len(ordered) and ordered[j + 1][1] - s <= width - _LEAD_CHARS:
            j += 1
        if j - i + 1 > best_count:
            best, best_count = s, j - i + 1
    return best


def _collapse(
    text: str, begin: int, end: int, spans: list[tuple[int, int]]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """text[begin:end] with whitespace runs made one space; spans mapped into it."""
    out: list[str] = []
    where: dict[int, int] = {}  # original offset -> snippet offset
    prefix = _ELLIPSIS if begin > 0 else ""
    length = len(prefix)
    prev_space = True
    for i in range(begin, end):
        ch = text[i]
        where[i] = length
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch)
        length += 1
    where[end] = length
    body = "".join(out)
    stripped = body.rstrip()
    suffix = _ELLIPSIS if end < len(text) else ""
    mapped = tuple((where[s], where[e]) for s, e in sorted(spans))
    return prefix + stripped + suffix, mapped
