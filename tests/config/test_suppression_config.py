"""JSON files have no comments: the config's suppressions list hides findings by file, rule and JSON Pointer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from config_helpers import COMPLETE_JSON, cli, lint, repo, write  # noqa: F401


def _gap_json() -> str:
    """complete.json without its elder and dependent adult abuse limits: COV004 at /limits."""
    data = json.loads(COMPLETE_JSON)
    data["limits"] = [x for x in data["limits"] if x["category"] not in ("elder_abuse", "dependent_adult_abuse")]
    return json.dumps(data, indent=2) + "\n"


def _config(repo: Path, entry: str) -> None:
    write(repo / ".policy-lint.yaml", "suppressions:\n" + entry)


def _findings(result, rule: str):  # type: ignore[no-untyped-def]
    return [f for f in result.findings() if f.rule_id == rule]


ENTRY = """\
  - path: "policies/*.json"
    rules: [COV004]
    pointer: /limits
    reason: Elder abuse is covered in our state addendum.
    until: 2027-06-30
"""


def test_config_suppression_hides_a_json_finding(repo: Path) -> None:
    """A matching path, rule and pointer hides the finding with the reason from the config."""
    _config(repo, ENTRY)
    path = write(repo / "policies" / "texas.json", _gap_json())

    result = lint(path)

    [finding] = _findings(result, "COV004")
    assert finding.pointer == "/limits"
    assert finding.suppression is not None
    assert (finding.suppression.source, finding.suppression.reason, finding.suppression.until) == ("config", "Elder abuse is covered in our state addendum.", "2027-06-30")
    assert not result.failed


def test_pointer_limits_what_is_hidden(repo: Path) -> None:
    """A finding outside the pointer stays."""
    _config(repo, ENTRY.replace("pointer: /limits", "pointer: /limits/0"))
    path = write(repo / "policies" / "texas.json", _gap_json())

    [finding] = _findings(lint(path), "COV004")

    assert finding.suppression is None


def test_no_pointer_covers_the_whole_file(repo: Path) -> None:
    """Leave out pointer to cover the whole file."""
    _config(repo, ENTRY.replace("    pointer: /limits\n", ""))
    path = write(repo / "policies" / "texas.json", _gap_json())

    assert _findings(lint(path), "COV004")[0].suppression is not None


def test_path_is_relative_to_the_config_folder(repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Patterns match from the config's folder, not from where you run."""
    _config(repo, ENTRY)
    path = write(repo / "policies" / "texas.json", _gap_json())
    other = write(repo / "other" / "policies" / "texas.json", _gap_json())
    monkeypatch.chdir(repo / "policies")

    result = lint("texas.json", other)

    by_file = {fr.path: fr for fr in result.files}
    assert by_file["texas.json"].findings[0].suppression is not None
    assert [f.rule_id for f in by_file[str(other)].active if f.rule_id != "COV006"] == ["COV004"]
    assert path.exists()


def test_expired_config_suppression_brings_the_finding_back(repo: Path) -> None:
    """After until, the finding shows and SUP002 names the config entry."""
    _config(repo, ENTRY)
    path = write(repo / "policies" / "texas.json", _gap_json())

    result = lint(path, today=date(2027, 7, 1))

    assert _findings(result, "COV004")[0].suppression is None
    [sup] = _findings(result, "SUP002")
    assert ".policy-lint.yaml:2:5" in sup.message and "2027-06-30" in sup.message
    assert result.failed


def test_unused_config_suppression_for_one_named_file(repo: Path) -> None:
    """An entry for one named file that hides nothing there is SUP003; a pattern is not (it may match other files)."""
    _config(repo, ENTRY.replace('"policies/*.json"', "policies/texas.json"))
    path = write(repo / "policies" / "texas.json", COMPLETE_JSON)

    [sup] = _findings(lint(path), "SUP003")
    assert sup.message == "The suppression of COV004 at /limits in .policy-lint.yaml:2:5 hides no finding here. Remove it."

    _config(repo, ENTRY)
    assert not _findings(lint(path), "SUP003")


def test_config_suppressions_work_for_yaml_too(repo: Path) -> None:
    """The list applies to any file, not only JSON."""
    from config_helpers import NO_ELDER

    _config(repo, ENTRY.replace('"policies/*.json"', '"policies/*.yaml"'))
    path = write(repo / "policies" / "a.yaml", NO_ELDER)

    assert _findings(lint(path), "COV004")[0].suppression is not None


def test_config_cannot_hide_sup_findings(repo: Path) -> None:
    """SUP rules are turned off with ignore or severity, not hidden."""
    _config(repo, ENTRY.replace("rules: [COV004]", "rules: [SUP003]"))
    write(repo / "a.yaml", "schema_version: 1\n")

    run = cli("check", "a.yaml")

    assert run.exit_code == 2
    assert ".policy-lint.yaml:3:13: a suppression cannot hide SUP003" in run.stderr
    _config(repo, ENTRY.replace("rules: [COV004]", "rules: [COV004, unused-suppression]"))
    assert "cannot hide unused-suppression" in cli("check", "a.yaml").stderr


def test_ignore_suppressions_skips_the_config_list(repo: Path) -> None:
    """--ignore-suppressions shows config-suppressed findings too."""
    _config(repo, ENTRY)
    write(repo / "policies" / "texas.json", _gap_json())

    run = cli("check", "policies/texas.json", "--ignore-suppressions")

    assert run.exit_code == 1 and "COV004" in run.stdout
