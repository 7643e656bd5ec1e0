"""Boards kept in the database, so opening the TUI need not replay the whole docket.

A saved board is read back only under the key it was saved with: the data's generation
(bumped by a trigger on every write to a table the board reads), the day it was built for,
and a stamp of this program's files. When any of them differs the board is built afresh.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import casetracker

if TYPE_CHECKING:
    import msgspec

    from casetracker.board import Board


def encode(board: Board) -> bytes:
    return _codec()[0].encode(board)


def decode(data: bytes) -> Board | None:
    """The board saved as `data`, or None if it does not read as one (then build it)."""
    import msgspec

    try:
        return _codec()[1].decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


@cache
def _codec() -> tuple[msgspec.json.Encoder, msgspec.json.Decoder[Board]]:
    # Loaded on first use: a nightly run that only checks for today's board needs neither.
    import msgspec

    from casetracker.board import Board

    return msgspec.json.Encoder(), msgspec.json.Decoder(Board)


def board_key(generation: int, day: str, code: str) -> str:
    return f"{generation}|{day}|{code}"


@cache
def code_stamp() -> str:
    """A stamp of this program's own files: after an upgrade or an edit, a board saved by
    the old code is not shown."""
    return files_stamp(Path(casetracker.__file__).parent, casetracker.__version__)


def files_stamp(root: Path, version: str) -> str:
    """A digest of the version and of each source and data file's name, size and time
    modified under `root` (stat calls only: about 100 files, under a millisecond)."""
    digest = hashlib.blake2b(version.encode(), digest_size=8)
    files = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [s for s in subfolders if s != "__pycache__"]
        files += [os.path.join(folder, n) for n in names if n.endswith((".py", ".toml", ".json"))]
    for path in sorted(files):
        st = os.stat(path)
        digest.update(f"{os.path.relpath(path, root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return digest.hexdigest()
