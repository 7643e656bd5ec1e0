"""The search language and the legal-token analyzer: text in, Whoosh queries / terms out."""

from __future__ import annotations

import datetime as dt

import pytest
from whoosh import query as wq

from casetracker.errors import QueryError
from casetracker.fulltext.analysis import scan
from casetracker.fulltext.query import date_bounds, parse_query
from casetracker.usstates import parse_state


def index_terms(text: str) -> set[str]:
    return {t.text for t in scan(text, expand=True)}


def query_terms(text: str) -> list[str]:
    return [t.text for t in scan(text, expand=False)]


# Each row: page text, a term a searcher types for it (canonical query form), what it proves.
LEGAL_TOKENS = [
    ("42 U.S.C. § 1396a(a)(7)", "§1396a(a)(7)", "the whole section with its sign"),
    ("42 U.S.C. § 1396a(a)(7)", "1396a(a)(7)", "the section without the sign"),
    ("42 U.S.C. § 1396a(a)(7)", "§1396a", "the section's base with the sign"),
    ("42 U.S.C. § 1396a(a)(7)", "1396a(a)", "a shorter subsection"),
    ("42 U.S.C. § 1396a(a)(7)", "u.s.c", "the code abbreviation"),
    ("42 U.S.C. § 1396a(a)(7)", "usc", "the abbreviation typed without dots"),
    ("Case 3:25-cv-05536-VC Document 44", "3:25-cv-05536-vc", "a case number whole"),
    ("Case 3:25-cv-05536-VC Document 44", "3:25-cv-05536", "a case number without the judge"),
    ("Case 3:25-cv-05536-VC Document 44", "25-cv-05536", "a case number without the office"),
    ("Case 3:25-cv-05536-VC Document 44", "ecf#44", "the stamp's document number"),
    ("as explained in ECF No. 44-2 at 3", "ecf#44-2", "an attachment reference"),
    ("as explained in ECF No. 44-2 at 3", "ecf#44", "an attachment is part of its entry"),
    ("see Dkt. 151 (motion to enforce)", "ecf#151", "Dkt. is the same record as ECF"),
    ("the Court's order (Doc. 98)", "ecf#98", "Doc. is the same record as ECF"),
    ("5 U.S.C. §§ 552a(b), 706(2)(A)", "§552a(b)", "a double section sign"),
    ("45 C.F.R. § 164.512(f)", "164.512(f)", "a regulation with a decimal point"),
    ("dismissal under Rule 12(b)(6) is", "12(b)(6)", "a rule citation without a sign"),
    ("Sections 1320d–6 and 1320d-5", "1320d-6", "an en dash reads as a hyphen"),
]


@pytest.mark.parametrize(("text", "term", "why"), LEGAL_TOKENS)
def test_legal_tokens_are_indexed_whole_and_by_part(text: str, term: str, why: str) -> None:
    assert term in index_terms(text), why


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("§ 1396a", ["§1396a"]),
        ("1396a(a)(7)", ["1396a(a)(7)"]),
        ("42 U.S.C.", ["42", "u.s.c"]),
        ("ECF No. 44", ["ecf#44"]),
        ("Dkt. 44", ["ecf#44"]),
        ("Doc. 44", ["ecf#44"]),
        ("3:25-cv-5536-VC", ["3:25-cv-05536-vc"]),  # unpadded numbers meet padded ones
    ],
)
def test_query_text_yields_one_canonical_term_per_legal_token(
    typed: str, canonical: list[str]
) -> None:
    assert query_terms(typed) == canonical


def test_parts_share_the_position_of_their_whole_so_phrases_still_match() -> None:
    tokens = list(scan("under 42 U.S.C. § 1396a(a)(7) the", expand=True))
    positions = {t.text: t.pos for t in tokens}
    assert positions["§1396a(a)(7)"] == positions["1396a"] == positions["u.s.c"] + 1


def test_ordinary_words_are_not_mistaken_for_docket_references() -> None:
    assert "ecf#" not in " ".join(index_terms("the document was docketed; doctors agree"))


def test_words_run_is_an_and_of_stemmed_terms_without_stop_words() -> None:
    q = parse_query("the impounded records").query
    assert q == wq.And([wq.Term("text", "impound"), wq.Term("text", "record")])


def test_phrase_keeps_stop_words_and_slop() -> None:
    q = parse_query('"arbitrary and capricious"~2').query
    assert q == wq.Phrase("text", ["arbitrari", "and", "caprici"], slop=3)


def test_operators_are_upper_case_and_and_binds_tighter_than_or() -> None:
    q = parse_query("impound destroy OR delete").query
    assert q == wq.Or(
        [wq.And([wq.Term("text", "impound"), wq.Term("text", "destroi")]), wq.Term("text", "delet")]
    )
    # lower-case "or" is a stop word, not an operator
    assert parse_query("impound or delete").query == wq.And(
        [wq.Term("text", "impound"), wq.Term("text", "delet")]
    )


def test_not_and_minus_exclude_one_term_only() -> None:
    expected = wq.AndNot(
        wq.And([wq.Term("text", "medicaid"), wq.Term("text", "data")]), wq.Term("text", "ic")
    )
    assert parse_query("Medicaid NOT ICE data").query == expected
    assert parse_query("Medicaid -ICE data").query == expected


def test_a_query_of_only_negations_searches_everything_else() -> None:
    assert parse_query("NOT stay").query == wq.AndNot(wq.Every(), wq.Term("text", "stai"))


def test_wildcards_and_fuzzy_terms_use_the_unstemmed_words() -> None:
    assert parse_query("impound*").query == wq.Prefix("words", "impound")
    assert parse_query("imp?und").query == wq.Wildcard("words", "imp?und")
    assert parse_query("destory~").query == wq.Or(
        [
            wq.FuzzyTerm("words", "destory", maxdist=2, prefixlength=1),
            wq.FuzzyTerm("text", "destori", maxdist=2, prefixlength=1),
        ]
    )
    assert parse_query("title:destory~1").query == wq.FuzzyTerm(
        "title", "destory", maxdist=1, prefixlength=1
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("type:order", wq.Term("type", "order")),
        ("type:Amended-Complaint", wq.Term("type", "amended_complaint")),
        ("state:NY", wq.Term("state", "ny")),
        ('state:"New York"', wq.Term("state", "ny")),
        ("state:Commonwealth-of-Massachusetts", wq.Term("state", "ma")),
        ("ecf:44", wq.NumericRange("ecf", 44, 44)),
        (
            "ecf:44-2",
            wq.And([wq.NumericRange("ecf", 44, 44), wq.NumericRange("attachment", 2, 2)]),
        ),
        ("ecf:40..45", wq.NumericRange("ecf", 40, 45)),
        ("page:3", wq.NumericRange("page", 3, 3)),
        ("case:3:25-cv-05536-VC", wq.Term("case", "3:25-cv-05536-vc")),
        ("court:CAND", wq.Term("court", "cand")),
        ("title:injunction", wq.Term("title", "injunct")),
        ('party:"Kristi Noem"', wq.Phrase("party", ["kristi", "noem"])),
        ("filed:2025-07", wq.NumericRange("filed", 20250701, 20250731)),
    ],
)
def test_field_filters(typed: str, expected: wq.Query) -> None:
    assert parse_query(typed).query == expected


def test_a_field_applies_to_a_parenthesised_group() -> None:
    assert parse_query("type:(order OR motion)").query == wq.Or(
        [wq.Term("type", "order"), wq.Term("type", "motion")]
    )


D = dt.date


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2025-07-01..2025-08-31", (D(2025, 7, 1), D(2025, 8, 31))),
        ("2025-07..2025-08", (D(2025, 7, 1), D(2025, 8, 31))),
        (">=2025-07-01", (D(2025, 7, 1), None)),
        (">2025-07-01", (D(2025, 7, 2), None)),
        ("<2025-07", (None, D(2025, 6, 30))),
        ("<=2025-07", (None, D(2025, 7, 31))),
        ("2025-02", (D(2025, 2, 1), D(2025, 2, 28))),
        ("2025-12", (D(2025, 12, 1), D(2025, 12, 31))),
        ("2025", (D(2025, 1, 1), D(2025, 12, 31))),
        ("..2025-08-31", (None, D(2025, 8, 31))),
        ("07/01/2025", (D(2025, 7, 1), D(2025, 7, 1))),
    ],
)
def test_filed_date_forms(value: str, bounds: tuple[D | None, D | None]) -> None:
    assert date_bounds(value) == bounds


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("(((", "missing"),
        ("(impound", "parenthes"),
        ("impound)", "unexpected ')'"),
        ("filed:2025-13-45", "not a date"),
        ("filed:2025-08-31..2025-07-01", "backwards"),
        ("foo:", "unknown field 'foo:'"),
        ("foo:bar", "unknown field"),
        ("type:", "needs a value"),
        ("type: order", "needs a value"),
        ("type:ordr", "unknown type 'ordr'"),
        ("state:ZZ", "unknown state"),
        ("ecf:forty", "expected a number"),
        ("page:2-3", "expected a number"),
        ('"unclosed phrase', "unclosed quote"),
        ('""', "empty phrase"),
        ("impound AND", "AND needs a term"),
        ("OR impound", "missing a search term"),
        ("NOT", "NOT needs a term"),
        ("*", "at least two letters"),
        ("destroy~3", "1 or 2"),
        ("", "empty query"),
        ("title:(type:order)", "inside another field"),
    ],
)
def test_malformed_queries_raise_one_line_query_errors(typed: str, says: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(typed)
    assert says in err.value.message
    assert "\n" not in err.value.message


@pytest.mark.parametrize(
    ("name", "code"),
    [("NY", "NY"), ("ny", "NY"), ("New York", "NY"), ("State of New York", "NY"),
     ("Commonwealth of Massachusetts", "MA"), ("new-jersey", "NJ"), ("Narnia", None)],
)  # fmt: skip
def test_state_names_and_codes(name: str, code: str | None) -> None:
    assert parse_state(name) == code


def test_plain_words_are_remembered_with_their_spans_for_suggestions() -> None:
    parsed = parse_query('impund "exact phrase" type:order destory')
    assert parsed.words == ((0, 6, "impund"), (33, 40, "destory"))
