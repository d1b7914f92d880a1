"""The layers of the code hold: ``lint-imports`` keeps the contracts in pyproject.toml.

The contracts (``[tool.importlinter]``): each layer imports only the layers
below it, no two modules of a package import each other in a circle, only
the command line imports click, the plain-language toolkit imports
nothing of policy-lint but ``values``, and the rest of policy-lint reads
words through ``policy_lint.meaning``, never its private modules. DEVELOPERS.md has the picture.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    """Every contract is KEPT; a broken one names the import that breaks it."""
    tool = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(tool), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    assert result.stdout.count(" KEPT") >= 5, result.stdout


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A module-level name bound twice silently replaces the first (the reader's large modules hold hundreds of
    patterns: a new ``_NO_ROOM`` regex was once shadowed by an older word set of the same name further down, and the
    new check read the old set). Each top-level name is bound once."""
    import ast

    twice = {}
    for path in sorted((ROOT / "policy_lint").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            for name in names:
                seen[name] = seen.get(name, 0) + 1
        doubled = sorted(n for n, k in seen.items() if k > 1)
        if doubled:
            twice[str(path.relative_to(ROOT))] = doubled
    assert not twice, twice
