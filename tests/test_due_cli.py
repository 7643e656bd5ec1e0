"""`casetracker due`: JSON shape, readable output, exit codes and one-line usage errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from casetracker.cli import cli


def run(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--home", str(tmp_path), "due", *args])


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_has_due_raw_trigger_steps_and_rule(tmp_path: Path) -> None:
    data = as_json(run(tmp_path, "--from", "2025-12-12", "--rule", "Civil L.R. 7-3(a)", "--json"))
    assert data["due"] == "2025-12-29"  # 14 days is the declared Dec 26, then a weekend
    assert data["raw"] == "2025-12-26"
    assert data["trigger"] == "2025-12-12"
    assert (data["days"], data["direction"], data["service"]) == (14, "forward", "electronic")
    assert data["rule"]["id"] == "cand-7-3a"
    assert data["rule"]["citation"] == "Civil L.R. 7-3(a)"
    assert {"date", "note"} == set(data["steps"][0])
    assert any("Executive Order 14371" in s["note"] for s in data["steps"])
    assert data["steps"][-1] == {"date": "2025-12-29", "note": "Due: Monday 2025-12-29"}


def test_days_without_a_rule_gives_null_rule(tmp_path: Path) -> None:
    data = as_json(run(tmp_path, "--from", "2026-06-19", "--days", "14", "--json"))
    assert (data["due"], data["rule"]) == ("2026-07-06", None)


def test_backward_and_mail_options_are_applied(tmp_path: Path) -> None:
    back = as_json(
        run(tmp_path, "--from", "2026-01-26", "--days", "7", "--direction", "backward", "--json")
    )
    mail = as_json(
        run(tmp_path, "--from", "2025-07-15", "--days", "14", "--service", "mail", "--json")
    )
    assert (back["due"], mail["due"]) == ("2026-01-16", "2025-08-01")


def test_explicit_days_override_the_rules_own_period(tmp_path: Path) -> None:
    data = as_json(
        run(tmp_path, "--from", "2025-07-15", "--rule", "cand-7-3a", "--days", "21", "--json")
    )
    assert (data["due"], data["days"], data["rule"]["id"]) == ("2025-08-05", 21, "cand-7-3a")


def test_inaccessible_days_and_us_dates_are_accepted(tmp_path: Path) -> None:
    data = as_json(
        run(
            tmp_path,
            "--from",
            "07/15/2025",
            "--days",
            "14",
            "--inaccessible",
            "2025-07-29",
            "--inaccessible",
            "07/30/2025",
            "--json",
        )
    )
    assert data["due"] == "2025-07-31"


def test_readable_output_explains_each_step(tmp_path: Path) -> None:
    result = run(tmp_path, "--from", "2026-06-19", "--days", "14")
    assert result.exit_code == 0
    assert "Due Monday, July 6, 2026" in result.output
    assert "Independence Day" in result.output
    assert "{" not in result.output


def test_list_rules_as_json_names_every_rule(tmp_path: Path) -> None:
    rules = as_json(run(tmp_path, "--list-rules", "--json"))
    ids = {r["id"] for r in rules}
    assert {"frcp-12a2", "frap-4a1B", "cand-7-3a", "cand-7-3c", "cand-16-9a"} <= ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01", "--days", "3"], "'2025-13-01' is not a real date"),
        (["--from", "7/15/25", "--days", "3"], "use YYYY-MM-DD or MM/DD/YYYY"),
        (["--from", "yesterday", "--days", "3"], "use YYYY-MM-DD or MM/DD/YYYY"),
        (["--from", "2025-07-15"], "give --days N or --rule RULE"),
        (["--days", "3"], "--from DATE is required"),
        (["--from", "2025-07-15", "--days", "-1"], "--days"),
        (["--from", "2025-07-15", "--rule", "Rule 99(z)"], "no rule matches 'Rule 99(z)'"),
        (["--from", "2025-07-15", "--days", "3", "--court", "zz"], "unknown court 'zz'"),
        (["--from", "2025-07-15", "--days", "3", "--inaccessible", "x"], "'x' is not a date"),
        (["--from", "2025-07-15", "--days", "3", "--service", "fax"], "--service"),
    ],
)
def test_bad_input_is_a_usage_error_with_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = run(tmp_path, *args)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0]
    assert result.stdout == ""


def test_help_has_an_example(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.exit_code == 0
    assert "Example: casetracker due" in result.output


def test_cli_module_does_not_load_textual() -> None:
    import subprocess
    import sys

    code = "import sys, casetracker.cli.due_cmd; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
