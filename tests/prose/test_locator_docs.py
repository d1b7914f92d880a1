"""What docs/json-output.md and docs/outputs.md say a Word or PDF place is, checked against the output.

Trial 10 (issue 13): in JSON, a Word file's findings have ``line`` null and the
character in ``column``. The docs said ``line`` is null only for a file with no
text, and the SARIF section did not say that a Word or PDF place is a logical
location.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from prose_files import make_docx

ROOT = Path(__file__).resolve().parents[2]


def _file(run_cli: Callable[..., Any], path: Path, fmt: str) -> Any:
    return json.loads(run_cli("check", str(path), "-f", fmt, "--isolated").stdout)


def test_a_word_files_places_are_as_the_json_docs_say(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    docs = (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    assert "a finding about the whole Word or PDF document has `line` and `column` `null` and no `locator`" in docs
    assert "`column` is the character in its paragraph" in docs
    path = make_docx(tmp_path / "policy.docx")
    entry = _file(run_cli, path, "json")["files"][0]
    whole = [f for f in entry["findings"] if f["pointer"] == ""]
    placed = [f for f in entry["findings"] if f["pointer"] != ""]
    assert whole and placed
    assert all(f["line"] is None and f["column"] is None and "locator" not in f for f in whole)
    for f in placed:
        loc = f["locator"]
        assert f["line"] is None and f["end_line"] is None
        assert f["column"] == loc["character"] and f["end_column"] == loc["end_character"]
        assert loc["text"].endswith(f"paragraph {loc['paragraph']}, character {loc['character']}")
    # In coverage, the locator is the text only, and the column is the character.
    assert "here a string, not the object a finding has" in docs
    where = [w for item in entry["coverage"] for w in item["where"]]
    assert where and all(w["line"] is None and isinstance(w["locator"], str) and w["locator"].endswith(f"character {w['column']}") for w in where)


def test_a_markdown_files_whole_document_finding_is_at_line_1_as_the_docs_say(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    assert "is at line 1, column 1" in (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    page = tmp_path / "policy.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n\nQuestions? Email us at a@b.example.\n", encoding="utf-8")
    whole = [f for f in _file(run_cli, page, "json")["files"][0]["findings"] if f["pointer"] == ""]
    assert whole and all((f["line"], f["column"], f.get("locator")) == (1, 1, None) for f in whole)


def test_sarif_gives_a_word_files_place_as_a_logical_location_as_the_docs_say(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    assert "its result has no `region`: the place is a logical\n  location" in (ROOT / "docs" / "outputs.md").read_text(encoding="utf-8")
    path = make_docx(tmp_path / "policy.docx")
    texts = {(f["rule"], f["locator"]["text"]) for f in _file(run_cli, path, "json")["files"][0]["findings"] if f.get("locator")}
    results = _file(run_cli, path, "sarif")["runs"][0]["results"]
    logical = set()
    for r in results:
        loc = r["locations"][0]
        assert "region" not in loc["physicalLocation"]
        for item in loc.get("logicalLocations", []):
            assert item["kind"] == "element"
            logical.add((r["ruleId"], item["name"]))
    assert logical == texts
