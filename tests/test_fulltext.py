"""The page index: real Whoosh in tmp_path, pages written for the purpose (our own words)."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from whoosh import query as wq

from casetracker.errors import LockBusy, QueryError, SearchIndexError
from casetracker.fulltext import PageDoc, PageIndex, check_index, compare
from casetracker.fulltext.index import SCHEMA_VERSION

CASE = "3:25-cv-05536-VC"


def page(
    filing_id: int,
    number: int,
    text: str,
    *,
    ecf: int | None = None,
    attachment: int | None = None,
    filed: dt.date | None = None,
    doc_type: str | None = None,
    title: str | None = None,
    states: tuple[str, ...] = (),
    parties: tuple[str, ...] = (),
    sha: str | None = None,
) -> PageDoc:
    return PageDoc(
        page_id=f"{filing_id}:{number}",
        filing_id=filing_id,
        case_number=CASE,
        court_id="cand",
        docket_entry=ecf if ecf is not None else filing_id,
        attachment=attachment,
        page=number,
        filed=filed,
        doc_type=doc_type,
        title=title,
        parties=parties,
        states=states,
        text=text,
        sha256=sha or f"{filing_id:064x}",
    )


def complaint() -> list[PageDoc]:
    facts = dict(
        ecf=1, filed=dt.date(2025, 7, 1), doc_type="complaint",
        title="COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF", states=("CA", "NY", "NJ"),
        parties=("State of California", "State of New York", "Robert F. Kennedy, Jr."),
    )  # fmt: skip
    return [
        page(1, 1, f"Case {CASE} Document 1 Filed 07/01/25. The Plaintiff States bring this "
             "action to stop the federal government from turning over Medicaid enrollee "
             "records to immigration authorities.", **facts),  # type: ignore[arg-type]
        page(1, 2, "Congress required each state plan to safeguard information about "
             "applicants and recipients. See 42 U.S.C. § 1396a(a)(7). The transfer ignored "
             "that duty and was arbitrary and capricious.", **facts),  # type: ignore[arg-type]
        page(1, 3, "PRAYER FOR RELIEF. The States ask the Court to impound the data already "
             "transferred and to order that every copy be destroyed.", **facts),  # type: ignore[arg-type]
    ]  # fmt: skip


def pi_order() -> list[PageDoc]:
    facts = dict(
        ecf=98, filed=dt.date(2025, 8, 12), doc_type="order", states=("CA", "NY"),
        title="ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR PRELIMINARY INJUNCTION",
    )  # fmt: skip
    return [
        page(2, 1, "The motion for a preliminary injunction (Dkt. 44) is granted in part. "
             "The agencies did not engage in reasoned decision-making before sharing the data.",
             **facts),  # type: ignore[arg-type]
        page(2, 2, "DHS may not use Medicaid data of the Plaintiff States for immigration "
             "enforcement. The request that records be impounded is denied without prejudice.",
             **facts),  # type: ignore[arg-type]
    ]  # fmt: skip


def declaration() -> list[PageDoc]:
    facts = dict(
        ecf=182, attachment=1, filed=dt.date(2026, 7, 10), doc_type="declaration",
        title="DECLARATION REGARDING CONTRACTOR COPY", states=("WA",),
    )  # fmt: skip
    return [
        page(3, 1, "I am a records officer. A contractor kept a copy of the Medicaid extract "
             "after the order; the copy was deleted on June 30, 2026.", **facts),  # type: ignore[arg-type]
    ]  # fmt: skip


@pytest.fixture
def index(tmp_path: Path) -> PageIndex:
    ix = PageIndex.open(tmp_path / "whoosh")
    ix.replace_many({1: complaint(), 2: pi_order(), 3: declaration()})
    return ix


def ids(index: PageIndex, query: str, **kw: object) -> list[int]:
    return [f.filing_id for f in index.search(query, **kw).filings]  # type: ignore[arg-type]


# Each row: a query, the filings it must find (any order), what it proves.
QUERIES = [
    ("impound", {1, 2}, "stemming: impound finds impounded"),
    ("impoundment", {1, 2}, "stemming works from the other side too"),
    ('"reasoned decision-making"', {2}, "an exact phrase"),
    ('"arbitrary and capricious"', {1}, "a phrase with a stop word in it"),
    ('"capricious and arbitrary"', set(), "a phrase in the wrong order does not match"),
    ("destroyed OR deleted", {1, 3}, "OR"),
    ("Medicaid AND records", {1, 2, 3}, "AND"),
    ("Medicaid NOT immigration", {3}, "NOT excludes a filing's matching pages"),
    ("Medicaid -immigration", {3}, "minus is NOT"),
    ("impound*", {1, 2}, "a prefix wildcard on unstemmed words"),
    ("destory~", {1}, "fuzzy: a transposed spelling"),
    ("contracter~1", {3}, "fuzzy with one edit"),
    ("type:order", {2}, "a document type filter"),
    ("Medicaid state:NY", {1, 2}, "a state code"),
    ('Medicaid state:"Washington"', {3}, "a state by name"),
    ("ecf:98", {2}, "an ECF number"),
    ("ecf:182-1", {3}, "an ECF number with attachment"),
    ("filed:2025-07-01..2025-08-31", {1, 2}, "a date range"),
    ("filed:>=2026-01-01", {3}, "an open-ended date"),
    ("filed:2025-08", {2}, "a month"),
    ("case:3:25-cv-05536-VC Medicaid", {1, 2, 3}, "a case number filter"),
    ("case:25-cv-05536 page:3", {1}, "a short case number and a page"),
    ("title:preliminary", {2}, "a title word"),
    ('party:"Kennedy"', {1}, "a party"),
    ("§ 1396a", {1}, "a section sign and base section"),
    ("1396a(a)(7)", {1}, "a full section without the sign"),
    ("42 U.S.C.", {1}, "a code citation"),
    ("ECF No. 44", {2}, "a docket reference written another way (Dkt. 44)"),
    ("3:25-cv-05536", {1}, "the case number in a stamp"),
]


@pytest.mark.parametrize(("query", "expected", "why"), QUERIES)
def test_each_query_form_finds_the_right_filings(
    index: PageIndex, query: str, expected: set[int], why: str
) -> None:
    assert set(ids(index, query)) == expected, why


def test_highlight_spans_cover_the_matched_words(index: PageIndex) -> None:
    result = index.search("impound* OR destroyed")
    marked = {
        p.snippet[s:e].lower() for f in result.filings for p in f.pages for s, e in p.highlights
    }
    assert marked == {"impound", "impounded", "destroyed"}


def test_highlight_spans_cover_a_whole_legal_token(index: PageIndex) -> None:
    (filing,) = index.search("§ 1396a").filings
    (hit,) = filing.pages
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["§ 1396a(a)(7)"]
    assert hit.page == 2


def test_excluded_words_are_not_highlighted(index: PageIndex) -> None:
    (filing,) = index.search("Medicaid -immigration").filings
    spans = [p.snippet[s:e] for p in filing.pages for s, e in p.highlights]
    assert spans == ["Medicaid"]


def test_long_pages_give_a_short_snippet_around_the_match(tmp_path: Path) -> None:
    filler = "The parties met and conferred about the schedule. " * 40
    text = filler + "The agencies must sequester the data. " + filler
    with PageIndex.open(tmp_path / "ix") as ix:
        ix.replace_filing(7, [page(7, 1, text)])
        (hit,) = ix.search("sequester").filings[0].pages
    assert len(hit.snippet) < 260
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    (span,) = hit.highlights
    assert hit.snippet[span[0] : span[1]] == "sequester"


def test_results_are_grouped_by_filing_with_best_pages_first(tmp_path: Path) -> None:
    with PageIndex.open(tmp_path / "ix") as ix:
        ix.replace_filing(
            5,
            [
                page(5, 1, "Nothing here mentions it."),
                page(5, 2, "Impoundment is mentioned once."),
                page(5, 3, "Impoundment, impoundment and again impoundment of the records."),
            ],
        )
        ix.replace_filing(6, [page(6, 1, "Impoundment appears here once as well.")])
        result = ix.search("impoundment")
    assert result.total_pages == 3
    assert [f.filing_id for f in result.filings] == [5, 6]  # two matching pages outrank one
    assert [p.page for p in result.filings[0].pages] == [3, 2]
    assert result.filings[0].matched_pages == 2
    best, other = result.filings[0].pages
    assert best.score > other.score
    assert result.filings[0].score > best.score


def test_sort_by_date_puts_the_newest_filing_first(index: PageIndex) -> None:
    assert ids(index, "Medicaid", sort="date") == [3, 2, 1]
    filings = index.search("Medicaid", sort="date").filings
    assert [f.filed for f in filings] == sorted((f.filed for f in filings), reverse=True)
    assert all(p.score > 0 for f in filings for p in f.pages)


def test_limit_counts_filings_not_pages(index: PageIndex) -> None:
    result = index.search("Medicaid", limit=2)
    assert len(result.filings) == 2
    assert result.total_pages == 3


def test_result_carries_the_filing_facts(index: PageIndex) -> None:
    (filing,) = index.search("contractor").filings
    assert (filing.docket_entry, filing.attachment, filing.doc_type, filing.filed) == (
        182, 1, "declaration", dt.date(2026, 7, 10)
    )  # fmt: skip
    assert filing.title == "DECLARATION REGARDING CONTRACTOR COPY"


def test_malformed_query_raises_query_error_not_a_traceback(index: PageIndex) -> None:
    for bad in ["(((", "filed:2025-13-45", "foo:"]:
        with pytest.raises(QueryError):
            index.search(bad)
    with pytest.raises(QueryError, match="unknown sort"):
        index.search("Medicaid", sort="size")


def test_nothing_found_suggests_a_correction(index: PageIndex) -> None:
    result = index.search("impund contractr")
    assert result.filings == () and result.total_pages == 0
    assert result.suggestion == "impound contractor"


def test_no_suggestion_when_the_words_exist(index: PageIndex) -> None:
    result = index.search("impound type:declaration")
    assert result.filings == () and result.suggestion is None


def test_replacing_a_filing_drops_its_old_pages(index: PageIndex) -> None:
    index.replace_filing(1, [page(1, 1, "A shorter amended first page.", sha="f" * 64)])
    assert index.page_count() == 4
    assert ids(index, "impound") == [2]
    assert index.filing_digests()[1] == "f" * 64


def test_deleting_a_filing(index: PageIndex) -> None:
    index.delete_filing(2)
    assert sorted(index.filing_digests()) == [1, 3]
    assert 2 not in ids(index, "Medicaid")


def test_a_filing_without_text_counts_as_indexed_but_never_matches(index: PageIndex) -> None:
    index.replace_filing(4, [])
    assert 4 in index.filing_digests()
    assert index.page_count() == 6
    assert 4 not in ids(index, "NOT zebra")
    assert 4 not in ids(index, "filed:>=2020-01-01 OR NOT zebra", sort="date")


def test_clear_empties_the_index(index: PageIndex) -> None:
    index.clear()
    assert index.page_count() == 0 and index.filing_digests() == {}
    index.replace_filing(3, declaration())
    assert ids(index, "contractor") == [3]


def test_open_without_create_refuses_a_missing_index(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="no search index"):
        PageIndex.open(tmp_path / "none", create=False)


def test_an_index_of_another_schema_version_asks_for_reindex(index: PageIndex) -> None:
    index.close()
    (index.path / "casetracker-schema.txt").write_text(SCHEMA_VERSION + "-old\n")
    with pytest.raises(SearchIndexError, match="reindex"):
        PageIndex.open(index.path)


def test_a_batch_with_a_page_of_another_filing_is_refused(index: PageIndex) -> None:
    with pytest.raises(SearchIndexError):
        index.replace_many({1: pi_order()})
    assert index.page_count() == 6


# --- drift --------------------------------------------------------------------------------


def test_compare_finds_missing_stale_and_orphan_filings() -> None:
    report = compare({1: "a", 2: "b", 3: "c"}, {2: "b", 3: "x", 9: "z", 4: ""})
    assert (report.missing, report.stale, report.orphans) == ((1,), (3,), (4, 9))
    assert not report.is_clean


def test_check_index_reports_then_repairs_drift(index: PageIndex) -> None:
    recorded = {1: f"{1:064x}", 2: "e" * 64, 5: f"{5:064x}"}  # 2 changed, 3 gone, 5 new
    report = check_index(index, recorded)
    assert (report.missing, report.stale, report.orphans) == ((5,), (2,), (3,))
    assert report.repaired == 0 and 3 in index.filing_digests()  # a check changes nothing

    def reindex(filing_ids: object) -> int:
        pages = {5: [page(5, 1, "A new notice.")], 2: [page(2, 1, "Revised.", sha="e" * 64)]}
        index.replace_many({f: pages[f] for f in filing_ids})  # type: ignore[attr-defined]
        return 2

    repaired = check_index(index, recorded, repair=True, reindex=reindex)
    assert repaired.repaired == 3
    assert check_index(index, recorded).is_clean


def _leave_a_killed_writers_marker(ix: PageIndex) -> None:
    (ix.path / "casetracker-writer.json").write_text('{"pid": 999999}')


def test_a_stale_writer_lock_is_reported_and_cleared_on_open(index: PageIndex) -> None:
    _leave_a_killed_writers_marker(index)
    index.close()
    with PageIndex.open(index.path, clear_stale_lock=False) as ix:
        assert ix.has_stale_lock()
        assert check_index(ix, ix.filing_digests()).stale_lock
    with PageIndex.open(index.path) as ix:
        assert ix.stale_lock_cleared and not ix.has_stale_lock()


def test_a_live_writers_lock_is_not_stale_and_blocks_clear(index: PageIndex) -> None:
    _leave_a_killed_writers_marker(index)
    lock = index._ix.lock("WRITELOCK")  # what a writer in another process holds
    assert lock.acquire(blocking=False)
    try:
        assert not index.has_stale_lock()
        assert not index.break_stale_lock()
        with pytest.raises(LockBusy):
            index.clear()
    finally:
        lock.release()


KILLED_WRITER = """
import sys
from pathlib import Path
from casetracker.fulltext import PageDoc, PageIndex

ix = PageIndex.open(Path(sys.argv[1]))
words = "the agencies shall sequester and later destroy each copy of the records".split()
def doc(f, p):
    text = " ".join(words[(f + p + i) % len(words)] for i in range(400))
    return PageDoc(f"{f}:{p}", f, None, None, f, None, p, None, None, None, (), (), text, "0" * 64)
print("writing", flush=True)
n = 100
while True:  # batch after batch until killed
    ix.replace_many({f: [doc(f, p) for p in range(1, 41)] for f in range(n, n + 50)})
    n += 50
"""


@pytest.mark.slow
def test_a_writer_killed_mid_write_leaves_a_searchable_index(index: PageIndex) -> None:
    index.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_WRITER), str(index.path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"writing"
        marker = index.path / "casetracker-writer.json"
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)  # into the batch: adding documents or committing
        assert marker.exists(), "the writer never started writing"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with PageIndex.open(index.path, clear_stale_lock=False) as ix:
        assert ix.has_stale_lock()
        assert 2 in ids(ix, "impound")  # what was committed before the kill is intact
        recorded = {f: sha for f, sha in ix.filing_digests().items()}
        report = check_index(ix, recorded, repair=True)
        assert report.stale_lock and report.repaired == 1
        assert not ix.has_stale_lock()
        ix.replace_filing(1, complaint())  # and it can be written again
        assert ids(ix, "§ 1396a") == [1]


def test_block_length_stats_match_a_plain_whoosh_writer(tmp_path: Path) -> None:
    """The commit reads field lengths through a cache; the blocks it writes (used to skip
    postings when ranking) must carry the lengths a plain Whoosh writer writes."""
    from whoosh import index as wi

    from casetracker.fulltext.index import _fields, make_schema

    text = "the court orders the agency to destroy the records held"
    words = text.split(" ")
    docs = [page(1, n, " ".join(words[: 2 + n]) + " data" * n) for n in range(1, 9)]
    ours = PageIndex.open(tmp_path / "ours")
    ours.replace_many({1: docs})
    (tmp_path / "plain").mkdir()
    plain = wi.create_in(str(tmp_path / "plain"), make_schema())
    with plain.writer() as w:
        for d in docs:
            w.add_document(**_fields(d))

    def block(ix: object, field: str, term: str) -> tuple[int, int]:
        with ix.searcher() as s:  # type: ignore[attr-defined]
            m = s.postings(field, term)
            return m.block_min_length(), m.block_max_length()

    for field, term in [("text", "data"), ("text", "court"), ("words", "the")]:
        want = block(plain, field, term)
        assert block(ours._ix, field, term) == want
        assert 0 < want[0] < want[1]


def test_page_scoring_gives_whooshs_own_bm25f_scores(tmp_path: Path) -> None:
    """Scores with per-segment length lists equal Whoosh's BM25F's exactly, for a word on
    every page (the list path), a rare word (Whoosh's path) and a phrase, over two
    segments with a textless filing between them."""
    from casetracker.fulltext.scoring import _LIST_FROM, PageScoring

    ix = PageIndex.open(tmp_path / "ix")
    for filing in (1, 3):
        pages = [
            page(filing, n, "the agency shared the data " + "with the court " * (n % 7) + "again")
            for n in range(1, _LIST_FROM + 40)
        ]
        ix.replace_many({filing: pages, filing + 1: []})
    scoring = PageScoring()
    queries = [wq.Term("text", "data"), wq.Term("words", "court"), wq.Term("text", "the")]
    queries += [wq.Phrase("text", ["the", "data"])]
    with ix._ix.searcher() as plain, ix._ix.searcher(weighting=scoring) as ours:
        assert len(ours.leaf_searchers()) == 2
        for q in queries:
            want = dict(plain.search(q, limit=None).items())
            assert dict(ours.search(q, limit=None).items()) == want
            assert len(want) > _LIST_FROM
    assert len(scoring._lengths) == 2  # both segments were scored from their length lists


LEGAL_TEXT = (
    "Under 42 U.S.C. § 1396a(a)(7) and Rule 12(b)(6), see ECF No. 44-2 in "
    "3:25-cv-05536-VC, the States' data was shared on 07/08/25; HHS's impoundment ordered."
)


def test_terms_worked_out_by_a_worker_are_the_terms_the_tokenizer_makes() -> None:
    from casetracker.fulltext.analysis import (
        exact_analyzer,
        given_terms,
        page_terms,
        stemmed_analyzer,
    )

    for analyzer in (stemmed_analyzer(), exact_analyzer()):
        plain = [(t.text, t.pos) for t in analyzer(LEGAL_TEXT, positions=True, mode="index")]
        with given_terms(LEGAL_TEXT, page_terms(LEGAL_TEXT)):
            given = [(t.text, t.pos) for t in analyzer(LEGAL_TEXT, positions=True, mode="index")]
        assert given == plain
        assert any(a[1] == b[1] for a, b in itertools.pairwise(plain))  # parts share a position


def test_an_index_built_from_given_terms_equals_one_built_by_scanning(tmp_path: Path) -> None:
    from dataclasses import replace

    from casetracker.fulltext.analysis import page_terms

    docs = [page(1, 1, LEGAL_TEXT), page(1, 2, "The Court orders impoundment of the data.")]
    scanned = PageIndex.open(tmp_path / "scanned")
    scanned.replace_many({1: docs})
    given = PageIndex.open(tmp_path / "given")
    given.replace_many({1: [replace(d, terms=page_terms(d.text)) for d in docs]})

    def lexicon(ix: PageIndex) -> list[tuple[str, bytes, int, float]]:
        with ix._ix.searcher() as s:
            r = s.reader()
            return [(f, t, r.doc_frequency(f, t), r.frequency(f, t)) for f, t in r.all_terms()]

    assert lexicon(given) == lexicon(scanned)
    for query in ['"impoundment of the data"', "§ 1396a(a)", "ECF 44", "25-cv-5536"]:
        assert ids(given, query) == ids(scanned, query) == [1]


def test_small_segments_are_merged_once_enough_pile_up_and_big_ones_are_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casetracker.fulltext import index as index_module

    monkeypatch.setattr(index_module, "_SMALL_SEGMENT_DOCS", 3)
    monkeypatch.setattr(index_module, "_SMALL_SEGMENTS_MERGED", 4)
    ix = PageIndex.open(tmp_path / "ix")

    def sizes() -> list[int]:
        return sorted(s.doc_count_all() for s in ix._ix._segments())

    ix.replace_many({1: [page(1, n, f"order number {n}") for n in range(1, 6)]})  # big: 5 docs
    for f in range(2, 6):  # four nightly runs of one page each
        ix.replace_many({f: [page(f, 1, f"notice {f}")]})
    assert sizes() == [1, 1, 1, 1, 5]
    ix.replace_many({6: [page(6, 1, "minute order")]})  # four small ones: merged into this
    assert sizes() == [5, 5]
    assert ids(ix, "notice") == [2, 3, 4, 5] and ids(ix, "order") == [1, 6]
    ix.optimize()
    assert sizes() == [10]
