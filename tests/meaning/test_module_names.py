"""No module of the reader binds the same top-level name twice.

Two branches merged on the same day each added a constant of the same name to
``policy_lint/meaning/_read.py`` (``_CLIENT_TELLS``: the client's verbs of telling
in one, the words for the client as the teller in the other). Python keeps the
last one, so the first branch's reading silently changed ("If you tell me about a
serious risk of harm to someone" read harm to others stated again). An older pair
(``_CLIENT_WORDS``) had hidden a word list the same way. This test finds such a
name before it reads a word wrong.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted((ROOT / "policy_lint").rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        for name in names:
            if name in seen and name != "__all__":
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []


def test_the_check_finds_a_name_bound_twice(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("A = frozenset({'x'})\n\n\ndef f():\n    return A\n\n\nA = frozenset({'y'})\n", encoding="utf-8")
    assert _bound_twice(bad) == ["A (lines 1 and 8)"]
