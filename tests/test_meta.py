"""Every rule is complete: docs, sources, and a failing and a passing example that behave.

The examples live in the rule packs (the one source of truth). This test
lints each example as a whole policy file and checks that the rule fires on
the failing one and stays quiet on the passing one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_lint import resources
from policy_lint.engine import Linter
from policy_lint.findings import FileResult
from policy_lint.packs import Pack, load_pack
from policy_lint.rules.base import RuleSpec
from policy_lint.rules.kinds import KINDS

ALL_PACKS = resources.builtin_packs()


def _all_rules() -> list[RuleSpec]:
    seen: dict[str, RuleSpec] = {}
    for name in ALL_PACKS:
        for rule in load_pack(name, validate_builtin=True).rules:
            seen.setdefault(rule.id, rule)
    return sorted(seen.values(), key=lambda r: r.id)


RULES = _all_rules()


def _pack_for(rule: RuleSpec) -> Pack:
    return load_pack("base") if load_pack("base").rule(rule.id) else load_pack(rule.pack)


def _lint_example(rule: RuleSpec, which: str, tmp_path: Path) -> FileResult:
    """Lint a rule's example; input rules that need real files get one."""
    pack = _pack_for(rule)
    linter = Linter(pack)
    example = rule.fail_example if which == "fail" else rule.pass_example
    problems = set(rule.params.get("problems", [])) if rule.kind == "input" else set()
    if which == "fail" and "unreadable" in problems:
        return linter.lint_path(tmp_path / "does-not-exist.yaml")
    if which == "fail" and "encoding" in problems:
        path = tmp_path / "latin1.yaml"
        path.write_bytes(b"questions: Caf\xe9 hours\n")
        return linter.lint_path(path)
    if which == "fail" and "too-large" in problems:
        path = tmp_path / "huge.yaml"
        path.write_bytes(b"questions: " + b"a" * (3 * 1024 * 1024) + b"\n")
        return linter.lint_path(path)
    if which == "fail" and "scanned" in problems:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
        path = tmp_path / "scan.pdf"
        path.write_bytes(bytes(pdf.output()))
        return linter.lint_path(path)
    if which == "fail" and "damaged" in problems:
        path = tmp_path / "broken.docx"
        path.write_bytes(b"This is not a zip file.\n")
        return linter.lint_path(path)
    if which == "fail" and "reader-missing" in problems:
        from policy_lint import readers

        path = tmp_path / "policy.docx"
        path.write_bytes(b"PK\x03\x04")
        saved = dict(readers.OFFICE)
        readers.OFFICE["docx"] = "policy_lint_no_such_module"
        try:
            return linter.lint_path(path)
        finally:
            readers.OFFICE.update(saved)
    if example.format == "markdown":
        return linter.lint_bytes(example.text.encode("utf-8"), "example.md")
    is_json = example.format == "json"
    return linter.lint_text(example.text, "example.json" if is_json else "example.yaml", is_json=is_json)


def test_there_are_rules_and_ids_are_unique() -> None:
    """Rule IDs and names are unique across all built-in packs."""
    ids = [r.id for r in RULES]
    names = [r.name for r in RULES]

    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names))
    assert len(RULES) >= 20


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented(rule: RuleSpec) -> None:
    """A rule has an ID, a kebab-case name, a severity, a summary, a rationale, a hint, sources and examples."""
    assert re.fullmatch(r"[A-Z]{2,5}\d{3}", rule.id)
    assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", rule.name)
    assert rule.kind in KINDS or rule.kind in ("input", "suppression")
    assert rule.summary.endswith((".", "?"))
    assert len(rule.rationale.split()) >= 8, "explain why the rule matters"
    assert rule.hint, "say how to fix it"
    assert rule.sources and all(s.cite for s in rule.sources), "name the source"
    assert rule.fail_example.text.strip() or rule.fail_example.description
    assert rule.pass_example.text.strip() or rule.pass_example.description


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_failing_example_fails(rule: RuleSpec, tmp_path: Path) -> None:
    """The rule fires on its failing example."""
    result = _lint_example(rule, "fail", tmp_path)

    assert rule.id in {f.rule_id for f in result.findings}, [f.check_tuple() for f in result.findings]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_passing_example_passes(rule: RuleSpec, tmp_path: Path) -> None:
    """The rule stays quiet on its passing example."""
    result = _lint_example(rule, "pass", tmp_path)

    assert rule.id not in {f.rule_id for f in result.findings}
    assert "PL000" not in {f.rule_id for f in result.findings}
