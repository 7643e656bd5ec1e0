"""Reading never creates data: a command run in the wrong folder leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from casetracker.cli import cli


@pytest.mark.parametrize(
    "args",
    [
        ["search", "impound"],
        ["board"],
        ["deadlines"],
        ["digest"],
        ["docket", "--gaps"],
        ["states"],
        ["check"],
        ["search", "--page", "98:3", "x"],
    ],
)
def test_a_reading_command_without_a_database_says_so_and_creates_nothing(
    tmp_path: Path, args: list[str]
) -> None:
    home = tmp_path / "nowhere"
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert result.exit_code == 1
    assert "no database" in result.stderr and "casetracker ingest" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not home.exists()
