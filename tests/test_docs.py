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
