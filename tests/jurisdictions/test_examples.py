"""The jurisdiction examples get the findings of their place's law, with the citation."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES
from policy_lint.session import CheckOptions, check

FILES = sorted((EXAMPLES / "jurisdictions").glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_example_gets_the_findings_of_its_place(path: Path) -> None:
    expected = YAML(typ="safe", pure=True).load(path.with_suffix(".expected").read_text(encoding="utf-8"))
    result = check(CheckOptions(paths=(str(path),)))
    got = sorted((f.rule_id, f.line) for f in result.files[0].findings)
    assert got == sorted((f["rule"], f["line"]) for f in expected["findings"])


def test_the_findings_cite_the_law() -> None:
    result = check(CheckOptions(paths=(str(EXAMPLES / "jurisdictions"),)))
    by_file = {Path(fr.path).stem: {f.rule_id: f.message for f in fr.findings} for fr in result.files}
    messages = {rule: message for found in by_file.values() for rule, message in found.items()}
    assert "Cal. Welf. & Inst. Code 15630" in by_file["ca-no-dependent-adults"]["COV006"]
    assert "New York allows such a report" in by_file["ny-no-elder-abuse"]["COV004"]
    assert "Did you mean 'US-TX' (Texas)?" in messages["JUR001"]
    assert "assumed Texas (US-TX)" in messages["JUR004"]
    assert "sets no duty to warn (Tex. Health & Safety Code 611.004(a)(2); Thapar v. Zezulka" in messages["JUR301"]
    assert "('must warn')" in messages["JUR301"]  # the words that say "must", not those of the topic
