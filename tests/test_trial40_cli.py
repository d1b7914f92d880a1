"""Problems two new users found in trial 40 (session 22), each checked through the command line.

* ``init`` wrapped its comments at hyphens: "policy-\\n# lint check THIS-FILE"
  is no command a practice owner can copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from conftest import CliRun


# -- init: a command in a comment stays whole --------------------------------------------------


def test_init_never_splits_policy_lint_over_two_comment_lines(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    out = tmp_path / "policy.yaml"
    run = run_cli("init", str(out), "--jurisdiction", "US-CA", "--practice", "group", "--name", "Oakland Family Therapy", "--email", "intake@oakfam.example")
    assert run.exit_code == 0, run.stderr
    comments = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert not [line for line in comments if line.rstrip().endswith("-")], comments
    said = " ".join(line.lstrip("# ") for line in comments)
    assert "written by policy-lint init." in said and "then run: policy-lint check THIS-FILE" in said
