"""The bundled examples: the complete ones are clean, each gap file reports its gap."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES, CliRun
from policy_lint.engine import Linter
from policy_lint.findings import FileResult

GAP_FILES = sorted((EXAMPLES / "gaps").glob("*.yaml"))
REQUIRED = {
    "harm_to_self": "COV001",
    "harm_to_others": "COV002",
    "child_abuse": "COV003",
    "elder_abuse": "COV004",
    "dependent_adult_abuse": "COV004",
    "court_order": "COV005",
    "required_by_law": "COV005",
    "duty_to_warn": "COV002",
}


def _expected(path: Path) -> list[tuple[str, int]]:
    data = YAML(typ="safe", pure=True).load(path.with_suffix(".expected").read_text(encoding="utf-8"))
    return sorted((f["rule"], f["line"]) for f in data["findings"])


@pytest.mark.parametrize("path", GAP_FILES, ids=lambda p: p.name)
def test_gap_file_reports_its_gap_at_the_right_line(path: Path, linter: Linter) -> None:
    """Each gap file produces exactly the core findings its .expected file lists."""
    result = linter.lint_path(path)

    core = sorted((f.rule_id, f.line) for f in result.findings if not f.rule_id.startswith(("PLN", "SUP")))
    assert _expected(path) == core


@pytest.mark.parametrize("name", ["complete.yaml", "complete.json"])
def test_complete_example_is_clean(name: str, run_cli: Callable[..., CliRun]) -> None:
    """A complete example reports nothing and exits 0 on its own."""
    run = run_cli("check", str(EXAMPLES / name))

    assert 0 == run.exit_code, run.stdout
    assert "All clear." in run.stdout
    assert 1 == len(run.stdout.strip().splitlines())


def _complete() -> dict[str, Any]:
    return json.loads((EXAMPLES / "complete.json").read_text(encoding="utf-8"))


def _lint_data(linter: Linter, data: dict[str, Any]) -> FileResult:
    return linter.lint_text(json.dumps(data, indent=2), "edited.json", is_json=True)


@pytest.mark.parametrize("category", sorted(REQUIRED))
def test_removing_a_required_limit_is_an_error(category: str, linter: Linter) -> None:
    """Removing every limit of a required category from the complete example makes a COV error."""
    data = _complete()
    data.setdefault("limits", []).append(
        {"category": category, "title": "placeholder", "explanation": "filled below"}
    )
    group = [c for c, rule in REQUIRED.items() if rule == REQUIRED[category]]
    data["limits"] = [item for item in data["limits"] if item["category"] not in group]
    if "required_by_law" in group:
        # The summary's "Texas and federal law list a few times when we may or must share some of it" names the
        # law as a limit in general words: alone, it is a vague mention (LIM004), not a missing limit.
        vague = _lint_data(linter, data)
        assert [f.rule_id for f in vague.findings] == ["LIM004"]
        summary = data["confidentiality"]["summary"]
        data["confidentiality"]["summary"] = " ".join(s for s in summary.split(". ") if "law" not in s)

    result = _lint_data(linter, data)

    hits = [f for f in result.findings if f.rule_id == REQUIRED[category]]
    assert len(hits) == 1
    assert result.findings and any(f.severity.value == "error" for f in hits)
    assert "does not say" in hits[0].message


def test_removing_the_notification_section_is_an_error(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """Without the notification section, check exits 1 and names what is missing."""
    data = _complete()
    del data["notification"]
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    run = run_cli("check", str(path))

    assert 1 == run.exit_code
    assert "NOT001" in run.stdout and "at the start of therapy" in run.stdout
    assert "NOT002" in run.stdout and "when and why you share" in run.stdout


def test_removing_one_limit_from_complete_yaml_via_cli(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """Cutting the elder abuse limits out of complete.yaml makes check exit 1 with COV004."""
    yaml = YAML(typ="rt")
    data = yaml.load((EXAMPLES / "complete.yaml").read_text(encoding="utf-8"))
    data["limits"] = [item for item in data["limits"] if item["category"] not in ("elder_abuse", "dependent_adult_abuse")]
    path = tmp_path / "policy.yaml"
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)

    run = run_cli("check", str(path))

    assert 1 == run.exit_code
    assert "COV004" in run.stdout and "abuse of an older adult" in run.stdout
    assert "COV006" in run.stdout and "warning" in run.stdout


def test_examples_folder_finds_every_gap(run_cli: Callable[..., CliRun]) -> None:
    """Linting the examples folder reports every gap file and never the .expected files."""
    run = run_cli("check", str(EXAMPLES), "--format", "json")
    data = json.loads(run.stdout)

    paths = [Path(f["path"]).name for f in data["files"]]
    assert not any(p.endswith(".expected") for p in paths)
    for gap in GAP_FILES:
        entry = next(f for f in data["files"] if Path(f["path"]).name == gap.name)
        assert {r for r, _ in _expected(gap)} <= {f["rule"] for f in entry["findings"]}
    assert 1 == run.exit_code
