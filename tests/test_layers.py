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
