"""`casetracker extract`: JSON for scripts, a readable rendering, --explain, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from casetracker.cli import cli

REPO = Path(__file__).resolve().parents[1]
ORDER = REPO / "filings" / "ecf-092-order-supplemental-briefing.pdf"
SCHEMA = REPO.parent / "shared" / "contracts" / "extraction.schema.json"

pytestmark = pytest.mark.skipif(not ORDER.is_file(), reason="sample filings not generated")


def run(*args: str, home: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), "extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_for_one_file_is_one_object_in_schema_order(tmp_path: Path) -> None:
    code, out, _ = run(str(ORDER), "--json", "--no-ocr", home=tmp_path / "home")
    assert code == 0
    data = json.loads(out)
    assert list(data)[:18] == [
        "path", "sha256", "pages", "text_layer", "ocr", "error", "court_id", "court",
        "case_number", "docket_entry", "filed", "title", "doc_type", "judge", "parties",
        "claims", "relief", "deadlines",
    ]  # fmt: skip
    assert (data["court_id"], data["docket_entry"], data["doc_type"]) == ("cand", 92, "order")
    (deadline,) = data["deadlines"]
    assert deadline["source"]["page"] == 1 and "within 2 days" in deadline["source"]["text"]
    if SCHEMA.is_file():
        import jsonschema

        jsonschema.validate(data, json.loads(SCHEMA.read_text()))


def test_extract_never_creates_the_database(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(str(ORDER), "--json", "--no-ocr", home=home)
    assert not home.exists()


def test_several_files_give_an_array_and_a_refusal_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    code, out, err = run(str(ORDER), str(empty), "--json", "--no-ocr", home=tmp_path / "h")
    assert code == 3
    data = json.loads(out)
    assert [d["error"] for d in data] == [None, "empty"]
    assert "empty.pdf" in err and "skipped" in err


def test_readable_rendering_and_explain_show_sources(tmp_path: Path) -> None:
    code, out, _ = run(str(ORDER), "--explain", "--no-ocr", home=tmp_path / "home")
    assert code == 0
    assert "ORDER FOR SUPPLEMENTAL BRIEFING" in out
    assert "Sources" in out and "deadline" in out and "p.1" in out


def test_extract_has_help_with_an_example(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Example: casetracker extract" in result.stdout
