"""The docket view: entries in ECF order, attachments under their entry, gaps to fetch."""

from __future__ import annotations

from casetracker.board import DocketFiling, docket_view, number_ranges
from casetracker.models import DocType
from tests.test_board_factories import filing


def _docket() -> list[DocketFiling]:
    return [
        filing(1, 1, "2025-07-01", "COMPLAINT", DocType.COMPLAINT),
        filing(2, 20, "2025-07-08", "MOTION FOR PRELIMINARY INJUNCTION", DocType.MOTION),
        filing(3, 20, "2025-07-08", "DECLARATION OF A. AIDE", DocType.DECLARATION, attachment=2),
        filing(4, 44, "2025-07-22", "EXHIBIT B", DocType.OTHER, attachment=2),
        filing(5, 4, "2025-07-02", "CERTIFICATE OF SERVICE", DocType.OTHER),
        filing(6, None, "2025-07-05", "LETTER TO COUNSEL", DocType.LETTER),
    ]


def test_entries_are_listed_by_ecf_number_with_attachments_under_their_main_entry() -> None:
    view = docket_view(_docket())
    assert [line.label for line in view.lines] == ["1", "4", "20", "44", "?"]
    motion = view.lines[2]
    assert [a.label for a in motion.attachments] == ["20-2"]
    assert motion.attachments[0].filing_id == 3
    # Without --gaps nothing is reported missing.
    assert view.gaps == () and view.missing_main == () and view.missing_attachments == ()


def test_gaps_list_entries_never_seen_between_the_lowest_and_highest() -> None:
    view = docket_view(_docket(), gaps=True)
    # 44 is known through its attachment 44-2, so it is not a gap; its main document is.
    assert 44 not in view.gaps and 20 not in view.gaps
    assert view.gaps == (2, 3, *range(5, 20), *range(21, 44))
    assert view.gap_ranges == ["2-3", "5-19", "21-43"]
    assert view.missing_main == (44,)
    assert view.missing_attachments == ("20-1", "44-1")
    placeholder = view.lines[3]
    assert placeholder.is_missing and [a.label for a in placeholder.attachments] == ["44-2"]


def test_an_entry_ingested_twice_is_shown_twice_not_hidden() -> None:
    twice = [*_docket(), filing(7, 4, "2025-07-02", "CERTIFICATE OF SERVICE", DocType.OTHER)]
    labels = [line.label for line in docket_view(twice).lines]
    assert labels.count("4") == 2


def test_no_numbered_filings_means_no_gaps() -> None:
    only_loose = [filing(1, None, "2025-07-05", "LETTER", DocType.LETTER)]
    assert docket_view(only_loose, gaps=True).gaps == ()
    assert docket_view([], gaps=True).lines == ()


def test_number_ranges_compress_runs() -> None:
    assert number_ranges([9, 5, 6, 7, 12, 13]) == ["5-7", "9", "12-13"]
    assert number_ranges([]) == []
