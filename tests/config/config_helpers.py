"""Helpers for the config, suppression and baseline tests (imported, not a conftest).

Every test works in a fresh folder that holds ``.git`` (a repository root),
so the config walk never leaves it, and HOME points into tmp_path.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from policy_lint.findings import Finding, RunResult
from policy_lint.runner import CheckOptions, check

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COMPLETE = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
# The gap example lacks both elder and dependent-adult abuse (COV004 and the
# COV006 warning). These tests want one gap, so a dependent-adult limit is
# added after the other limits (the lines of everything above stay put).
_DEPENDENT = """  - category: dependent_adult_abuse
    title: If we think someone is harming a dependent adult
    explanation: >
      This rule also covers adults age 18 to 64 who depend on others because
      of a disability. If we think someone is abusing or neglecting that
      person, we must report it.

"""
NO_ELDER = (EXAMPLES / "gaps" / "no-elder-abuse.yaml").read_text(encoding="utf-8").replace("\nnotification:", "\n" + _DEPENDENT.rstrip("\n") + "\n\nnotification:", 1)
assert "dependent_adult_abuse" in NO_ELDER
COMPLETE_JSON = (EXAMPLES / "complete.json").read_text(encoding="utf-8")
TODAY = date(2026, 11, 26)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A repository root (it holds .git) as the working folder, with HOME outside it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    monkeypatch.chdir(root)
    monkeypatch.delenv("POLICY_LINT_TODAY", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    yield root


def write(path: Path, text: str) -> Path:
    """Write a file (and its folders); return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lint(*paths: Path | str, today: date = TODAY, **options: Any) -> RunResult:
    """Run a check in-process, with a fixed date for 'until'."""
    return check(CheckOptions(paths=tuple(str(p) for p in paths), today=today, **options))


def active(result: RunResult) -> list[tuple[str, int]]:
    """(rule, line) of every finding that is not suppressed."""
    return [(f.rule_id, f.line) for f in result.findings() if f.suppression is None]


def suppressed(result: RunResult) -> list[Finding]:
    """Every suppressed finding."""
    return [f for f in result.findings() if f.suppression is not None]


def rules_of(result: RunResult) -> set[str]:
    """The rule IDs of the active findings."""
    return {f.rule_id for f in result.findings() if f.suppression is None}


@dataclass(frozen=True)
class CliRun:
    """What one CLI run printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """Parse stdout as JSON."""
        return json.loads(self.stdout)


def cli(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> CliRun:
    """Run policy-lint in-process (working folder: the current one)."""
    from policy_lint.cli import cli as command

    result = CliRunner().invoke(command, list(args), env=env, input=input, catch_exceptions=False)
    return CliRun(result.exit_code, result.stdout, result.stderr)


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line that holds ``needle``."""
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not found")


def cwd() -> Path:
    """The working folder."""
    return Path(os.getcwd())
