"""Generated docs stay in step with the rule packs.

Run ``POLICY_LINT_REGEN=1 python -m pytest tests/test_docs.py`` to write them anew.
"""

from __future__ import annotations

import os

from conftest import ROOT
from policy_lint.docs import rules_markdown
from policy_lint.packs import load_pack


def test_rules_reference_is_current() -> None:
    """docs/rules.md equals what the rule packs generate."""
    path = ROOT / "docs" / "rules.md"
    expected = rules_markdown(load_pack("base"))
    if os.environ.get("POLICY_LINT_REGEN"):
        path.write_text(expected, encoding="utf-8")

    assert path.read_text(encoding="utf-8") == expected, "run: POLICY_LINT_REGEN=1 python -m pytest tests/test_docs.py"


def test_explain_lists_the_options_a_config_may_set() -> None:
    """explain shows each option with the kind of value and the pack's value; the schema rules have none."""
    from policy_lint.docs import explain_rule

    pack = load_pack("base")
    lim001, sch001, txt001 = pack.rule("LIM001"), pack.rule("SCH001"), pack.rule("TXT001")
    assert lim001 is not None and sch001 is not None and txt001 is not None
    text = explain_rule(lim001)
    assert "Options (set them under 'rules:' in your config):\n  - message: the text of the finding\n  - min_words: a whole number, now 10\n" in text
    assert "Options" not in explain_rule(sch001)
    assert "  - patterns: a list, now 5 items" in explain_rule(txt001)


def test_explain_shows_an_option_the_pack_sets_in_its_settings() -> None:
    from policy_lint.docs import explain_rule

    pack = load_pack("base")
    pln001 = pack.rule("PLN001")
    assert pln001 is not None
    assert "  - target_grade: a number, now 8\n" in explain_rule(pln001, pack.settings)
    assert "  - target_grade: a number\n" in explain_rule(pln001)


def test_explain_finds_a_rule_of_a_place_pack_only_when_no_pack_is_given() -> None:
    """JUR201 lives in the us-ca pack: found there by default, not when a pack is named."""
    from policy_lint.docs import find_rule
    from policy_lint.packs import load_pack

    base = load_pack("base")
    pack, spec = find_rule("JUR201", base)
    assert spec is not None and spec.id == "JUR201" and pack.name == "us-ca"
    assert find_rule("JUR201", base, places=False) == (base, None)
    assert find_rule("NOPE999", base) == (base, None)
