"""Each prose example reports the findings its .expected file lists, at the right lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES
from policy_lint.engine import Linter

PROSE = sorted(p for p in (EXAMPLES / "prose").iterdir() if p.suffix in (".md", ".html", ".txt"))


def test_every_prose_example_has_its_expected_findings() -> None:
    assert len(PROSE) >= 5
    for path in PROSE:
        assert Path(f"{path}.expected").is_file(), path


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_prose_example_reports_what_it_should(path: Path, linter: Linter) -> None:
    """The required limits, the duties, the parts of the notice and template text; plain language is tested apart."""
    data = YAML(typ="safe", pure=True).load(Path(f"{path}.expected").read_text(encoding="utf-8"))
    expected = sorted((f["rule"], f["line"]) for f in data["findings"])
    result = linter.lint_path(path)
    assert expected == sorted((f.rule_id, f.line) for f in result.findings if not f.rule_id.startswith(("PLN", "SUP")))


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_prose_example_gets_plain_language_findings_only_in_its_text(path: Path, linter: Linter) -> None:
    """No finding falls in the site template: every place is inside a block of the main text."""
    result = linter.lint_path(path)
    from policy_lint.loading import load_path

    doc = load_path(path).document
    assert doc is not None
    lines = {doc.position_at(b.source_offset(i)).line for b in doc.blocks for i in range(len(b.text))}
    for f in result.findings:
        if f.pointer.startswith("/blocks/"):
            assert f.line in lines, f
