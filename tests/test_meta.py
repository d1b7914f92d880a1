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
from policy_lint.session import make_linter
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
    linter = make_linter(pack)
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


# -- advice for web pages and documents (trial 7) ---------------------------------------------

#: Rules whose findings a clinic with a web page, Word file or PDF reads: each needs a prose hint.
PROSE_PREFIXES = ("COV", "NOT", "LIM", "DOC", "JUR", "NPP")


def _can_fire_on_prose(rule: RuleSpec) -> bool:
    from policy_lint.readers.document import ProseDocument

    return ProseDocument.applies(None, rule)  # type: ignore[arg-type]  # it reads only the rule


PACK_RULES = [(name, rule) for name in ALL_PACKS for rule in load_pack(name, validate_builtin=True).rules if rule.pack == name or name == "base"]
PROSE_RULES = [(name, rule) for name, rule in PACK_RULES if rule.id.startswith(PROSE_PREFIXES) and _can_fire_on_prose(rule)]


def test_the_prose_rules_are_many() -> None:
    assert len(PROSE_RULES) >= 40
    assert {"COV001", "NOT001", "DOC001", "LIM004", "JUR201", "JUR701"} <= {r.id for _, r in PROSE_RULES}
    # LIM001 to LIM003 read the fields of a YAML limit: on prose they are skipped, never run.
    assert not {"LIM001", "LIM002", "LIM003"} & {r.id for _, r in PROSE_RULES}


@pytest.mark.parametrize(("pack", "rule"), PROSE_RULES, ids=lambda v: v if isinstance(v, str) else v.id)
def test_a_rule_that_fires_on_prose_has_a_prose_hint(pack: str, rule: RuleSpec) -> None:
    """Its prose hint, as the pack of that place gives it, is its own (not the YAML hint with field names)."""
    assert rule.prose_hint, f"{rule.id} in {pack}: add a prose_hint, such as 'Add a sentence such as: ...'"
    assert rule.hint_for(True) == rule.prose_hint and rule.hint_for(False) == rule.hint


def test_a_place_that_gives_its_own_hint_gives_its_own_prose_hint_too() -> None:
    """A place's pack that changes a rule's hint or message (COV004 in New South Wales) changes its prose hint too."""
    from policy_lint.loading import load_text

    for name in ALL_PACKS:
        path = resources.pack_path(name)
        assert path is not None, name
        data = load_text(path.read_text(encoding="utf-8"), f"{name}.yaml").document.data  # type: ignore[union-attr]
        for entry in data.get("rules") or []:
            rule = load_pack(name).rule(str(entry.get("id", "")))
            if rule is not None and rule.id.startswith(PROSE_PREFIXES) and _can_fire_on_prose(rule) and ("hint" in entry or "message" in entry):
                assert "prose_hint" in entry, f"{entry['id']} in {name}"


_MISSING_ALL = "# Privacy\n\nWe see clients on Mondays and Tuesdays.\n"


def test_findings_on_prose_carry_the_prose_hint_and_yaml_keeps_its_hint() -> None:
    pack = load_pack("base")
    linter = make_linter(pack)
    page = linter.lint_bytes(_MISSING_ALL.encode("utf-8"), "privacy.md")
    yaml = linter.lint_text("questions: Ask us.\n", "policy.yaml")
    by_rule = {f.rule_id: f for f in page.findings}
    for rid in ("COV001", "COV003", "NOT001", "NOT002", "DOC001"):
        f = by_rule[rid]
        assert f.hint == pack.rule(rid).prose_hint and f.hint.startswith("Add a sentence"), rid  # type: ignore[union-attr]
        assert f.pointer == "", "a missing part has no place in the text yet: the whole document"
    for rid in ("COV001", "NOT001"):
        f = next(f for f in yaml.findings if f.rule_id == rid)
        assert f.hint == pack.rule(rid).hint  # type: ignore[union-attr]


def test_the_prose_hint_reaches_json_sarif_the_audit_and_explain(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from policy_lint.cli import cli

    page = tmp_path / "US-TX" / "privacy.md"
    page.parent.mkdir()
    page.write_text(_MISSING_ALL, encoding="utf-8")
    want = load_pack("base").rule("NOT001").prose_hint  # type: ignore[union-attr]
    runner = CliRunner()
    data = json.loads(runner.invoke(cli, ["check", "-f", "json", str(page)]).stdout)
    [hit] = [f for f in data["files"][0]["findings"] if f["rule"] == "NOT001"]
    assert hit["hint"] == want and hit["pointer"] == ""
    sarif = json.loads(runner.invoke(cli, ["check", "-f", "sarif", str(page)]).stdout)
    [result] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "NOT001"]
    assert result["properties"]["hint"] == want
    audit = runner.invoke(cli, ["audit", str(tmp_path)]).stdout
    assert want in audit and "notification.at_intake" not in audit
    explain = runner.invoke(cli, ["explain", "NOT001"]).stdout
    assert "How to fix it in a web page, Word file or PDF:" in explain and want.split(":")[0] in explain
    rules = json.loads(runner.invoke(cli, ["rules", "-f", "json"]).stdout)
    assert next(r for r in rules["rules"] if r["id"] == "NOT001")["prose_hint"] == want
