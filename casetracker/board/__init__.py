"""The status board: where each claim and each requested relief stands, and why.

Pure domain code (standard library and `casetracker.models` only): the store builds
`DocketFiling`s, `build_board` replays them into a `Board`; `states_view`, `docket_view`
and `digest` are the other views an aide asks for.
"""

from casetracker.board.build import build_board, merge_overrides
from casetracker.board.digest import (
    DeadlineMove,
    Digest,
    DocketDeadline,
    FailedFile,
    NewFiling,
    StatusChange,
    digest,
    digest_json,
    digest_markdown,
    digest_text,
    snapshot,
)
from casetracker.board.docket import DocketLine, DocketView, docket_view, number_ranges
from casetracker.board.model import (
    Board,
    BoardRow,
    DocketFiling,
    Override,
    RowKind,
    Status,
    Step,
)
from casetracker.board.states import (
    CounselOffice,
    OrderRef,
    StateStatus,
    parse_counsel_offices,
    states_view,
)

__all__ = [
    "Board",
    "BoardRow",
    "CounselOffice",
    "DeadlineMove",
    "Digest",
    "DocketDeadline",
    "DocketFiling",
    "DocketLine",
    "DocketView",
    "FailedFile",
    "NewFiling",
    "OrderRef",
    "Override",
    "RowKind",
    "StateStatus",
    "Status",
    "StatusChange",
    "Step",
    "build_board",
    "digest",
    "digest_json",
    "digest_markdown",
    "digest_text",
    "docket_view",
    "merge_overrides",
    "number_ranges",
    "parse_counsel_offices",
    "snapshot",
    "states_view",
]
