"""A rule that fails, or whose check cannot be found, is reported on each file; the other rules still run."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import EXAMPLES
from policy_lint.engine import INTERNAL_ERROR, Linter, Settings
from policy_lint.packs import load_pack
from policy_lint.rules import kinds


def _linter(monkeypatch: pytest.MonkeyPatch, target: str) -> Linter:
    pack = load_pack("base")
    broken = pack.rule("TXT001")
    other = pack.rule("SCH003")
    assert broken is not None and other is not None
    monkeypatch.setitem(kinds.KINDS, "test.broken", target)
    monkeypatch.delitem(kinds._CACHE, "test.broken", raising=False)
    return Linter(pack, Settings(rules=(broken.replace(kind="test.broken"), other)))


def _boom(ctx: Any) -> Any:
    raise ValueError("boom")


def test_a_failing_rule_is_reported_on_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    linter = _linter(monkeypatch, f"{__name__}:_boom")
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
    for _ in range(2):
        result = linter.lint_text(text.replace("schema_version: 1", "schema_version: 2"), "p.yaml")
        internal = [f for f in result.findings if f.rule_id == INTERNAL_ERROR]
        assert len(internal) == 1 and "the rule TXT001" in internal[0].message and "ValueError" in internal[0].message
        assert any(f.rule_id == "SCH003" for f in result.findings)  # the other rule still ran


def test_a_rule_whose_check_cannot_be_found_is_reported_on_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    linter = _linter(monkeypatch, "policy_lint.no_such_module:check")
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
    for _ in range(2):
        result = linter.lint_text(text, "p.yaml")
        internal = [f for f in result.findings if f.rule_id == INTERNAL_ERROR]
        assert len(internal) == 1 and "the rule TXT001" in internal[0].message
        assert "ModuleNotFoundError" in internal[0].message
