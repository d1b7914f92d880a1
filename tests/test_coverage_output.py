"""What the words say, shown to the user: the JSON coverage list, `policy-lint why`, the audit words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from conftest import EXAMPLES, CliRun
from policy_lint.engine import Linter

CORE = [
    "harm_to_self",
    "harm_to_others",
    "child_abuse",
    "elder_abuse",
    "dependent_adult_abuse",
    "court_order",
    "at_intake",
    "before_disclosure",
    "after_disclosure",
]


def _json(run_cli: Callable[..., CliRun], *paths: Path) -> dict:
    run = run_cli("check", *map(str, paths), "--format", "json")
    return json.loads(run.stdout)


def test_json_gains_coverage(run_cli: Callable[..., CliRun]) -> None:
    data = _json(run_cli, EXAMPLES / "complete.yaml")
    (entry,) = data["files"]
    items = {i["topic"]: i for i in entry["coverage"]}
    assert set(CORE) <= set(items)
    assert "coverage" not in entry["metrics"]
    for topic in CORE:
        assert items[topic]["status"] == "stated", topic
        assert items[topic]["where"], topic
        for where in items[topic]["where"]:
            assert set(where) >= {"line", "column", "pointer"}
            assert where["line"] >= 1 and where["column"] >= 1
    assert items["child_abuse"]["required"] is True
    child = items["child_abuse"]["where"][0]
    assert child["pointer"].startswith("/limits/") and child["words"]


def test_json_coverage_statuses_of_the_gap_files(run_cli: Callable[..., CliRun]) -> None:
    data = _json(run_cli, EXAMPLES / "gaps" / "contradiction.yaml", EXAMPLES / "gaps" / "vague-limit.yaml", EXAMPLES / "gaps" / "no-elder-abuse.yaml")
    by_file = {Path(f["path"]).name: {i["topic"]: i for i in f["coverage"]} for f in data["files"]}
    contra = by_file["contradiction.yaml"]
    assert contra["child_abuse"]["status"] == "contradicted"
    assert contra["child_abuse"]["where"][0]["line"] == 42
    assert contra["court_order"]["status"] == "contradicted"
    assert contra["at_intake"]["status"] == "contradicted"
    vague = by_file["vague-limit.yaml"]
    assert vague["elder_abuse"]["status"] == "vague"
    assert vague["harm_to_self"]["status"] == "vague"
    assert vague["court_order"]["status"] == "stated"  # law words alone would name no court (docs/coverage.md, 7)
    missing = by_file["no-elder-abuse.yaml"]
    assert missing["elder_abuse"]["status"] == "missing" and missing["elder_abuse"]["where"] == []


def test_an_unreadable_file_has_an_empty_coverage(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n", encoding="utf-8")
    (entry,) = _json(run_cli, bad)["files"]
    assert entry["coverage"] == []


def test_why_shows_each_passage_and_the_words(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("why", str(EXAMPLES / "gaps" / "no-elder-abuse.yaml"))
    assert run.exit_code == 0, run.stdout + run.stderr
    out = run.stdout
    assert "/limits/2/explanation  [filed under child_abuse]" in out
    assert 'child_abuse: states, must: "abusing" ... "child"' in out
    assert "Coverage:" in out
    line = next(l for l in out.splitlines() if l.strip().startswith("elder_abuse"))
    assert "missing" in line and "required" in line
    assert "No passage states it in words." in out
    # The last hint names a command a pip user has, not a file of the repository.
    assert "policy-lint explain COV001" in out
    assert "docs/" not in out and "examples/" not in out.replace(str(EXAMPLES), "")


def test_why_answers_a_limit_whose_words_say_nothing(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("limits:\n  - category: elder_abuse\n    title: Elder abuse\n    explanation: See above.\n", encoding="utf-8")
    out = run_cli("why", str(policy)).stdout
    assert "read nothing that counts" in out
    assert "is filed under elder_abuse, but its words never state it" in out


def test_why_says_when_words_do_not_count_for_another_limit(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "limits:\n  - category: minors\n    explanation: Parents can see records. A teen can get help with thoughts of suicide on their own.\n",
        encoding="utf-8",
    )
    out = run_cli("why", str(policy)).stdout
    assert "not counted: this text is filed under minors; list harm_to_self under categories" in out


def test_why_on_a_file_it_cannot_read(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    run = run_cli("why", str(tmp_path / "nope.yaml"))
    assert run.exit_code == 1
    assert "nope.yaml: The file does not exist." in run.stderr
    assert "Traceback" not in run.stdout + run.stderr


def test_audit_cells_use_the_coverage_words(linter: Linter, base_pack) -> None:  # type: ignore[no-untyped-def]
    from policy_lint.audit.model import ClinicInput, Status, build_audit

    files = ["complete.yaml", "gaps/contradiction.yaml", "gaps/vague-limit.yaml", "gaps/no-elder-abuse.yaml", "gaps/no-notification.yaml"]
    audit = build_audit([ClinicInput(linter.lint_path(EXAMPLES / f)) for f in files], base_pack.rules, date="2026-12-05")
    cells = {(Path(c.path).name, cell.requirement.id): cell for c in audit.clinics for cell in c.cells}
    assert cells[("complete.yaml", "COV003")].word == "stated" and cells[("complete.yaml", "COV003")].status is Status.PASS
    contra = cells[("contradiction.yaml", "COV003")]
    assert (contra.word, contra.status) == ("contradicted", Status.FAIL)
    assert [f.rule_id for f in contra.findings] == ["COV007"]
    vague = cells[("vague-limit.yaml", "COV004")]
    assert (vague.word, vague.status) == ("vague", Status.FAIL) and [f.rule_id for f in vague.findings] == ["LIM004"]
    assert cells[("no-elder-abuse.yaml", "COV004")].word == "missing"
    partial = cells[("no-notification.yaml", "NOT002")]
    assert (partial.word, partial.status, partial.detail) == ("stated", Status.FAIL, "only in 2 limits")
    words = {cell.word for c in audit.clinics for cell in c.cells if cell.requirement.topics}
    assert words <= {"stated", "vague", "contradicted", "missing"}
    assert json.dumps(audit.to_dict())  # the coverage word goes into the JSON too


def test_reading_rule_messages_are_plain(linter: Linter) -> None:
    """The messages the reading rules build (not only the pack's templates) pass the plain-language checks."""
    from test_own_words import _problems

    messages = set()
    for name in ("contradiction.yaml", "vague-limit.yaml", "no-notification.yaml", "no-elder-abuse.yaml", "wrong-category.yaml"):
        messages |= {f.message for f in linter.lint_path(EXAMPLES / "gaps" / name).findings if f.rule_id[:3] in ("COV", "NOT", "LIM")}
    text = "limits:\n  - category: child_abuse\n    explanation: See above.\n  - category: elder_abuse\n    explanation: A judge can order us to share your records in a court case.\n"
    messages |= {f.message for f in linter.lint_text(text).findings if f.rule_id[:3] in ("COV", "LIM")}
    assert len(messages) >= 8
    for message in messages:
        assert _problems(message) == [], message
