"""Every command documents itself: `--help` with an example, and a line in the README."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from casetracker.cli import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_the_cli_has_the_commands_the_readme_promises() -> None:
    for name in ("ingest", "extract", "search", "deadlines", "due", "reindex", "check"):
        assert name in cli.commands


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output, f"`casetracker {name} --help` has no Example: line"


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_is_in_the_readme(name: str) -> None:
    assert f"casetracker {name}" in README, f"README does not mention `casetracker {name}`"


def test_readme_lists_every_exit_code() -> None:
    for code, meaning in [(0, "done"), (3, "rejected"), (4, "lock")]:
        assert any(
            line.startswith(f"| {code} |") and meaning in line for line in README.splitlines()
        )
