"""Glue between the command line and the engine: options in, a RunResult out.

Nothing here imports click, so the same path serves the CLI, the public API
and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from policy_lint.findings import FileResult, RunResult, Severity

__all__ = ["CheckOptions", "check", "build_linter"]


@dataclass(frozen=True)
class CheckOptions:
    """Everything ``policy-lint check`` was asked to do."""

    paths: tuple[str, ...]
    pack: str | None = None
    fail_on: Severity | None = None
    max_bytes: int | None = None
    stdin: bytes | None = None
    stdin_name: str = "<stdin>"
    extra: Mapping[str, Any] = field(default_factory=dict)


def build_linter(options: CheckOptions) -> Any:
    """Load the pack and build a Linter for these options."""
    from policy_lint.engine import Linter, Settings
    from policy_lint.packs import load_pack
    from policy_lint.source import DEFAULT_LIMITS, Limits

    pack = load_pack(options.pack)
    limits = DEFAULT_LIMITS if options.max_bytes is None else Limits(max_bytes=options.max_bytes)
    settings = Settings(rules=pack.rules, limits=limits, fail_on=options.fail_on or Severity.ERROR)
    return Linter(pack, settings)


def check(options: CheckOptions, linter: Any = None) -> RunResult:
    """Lint every path (``-`` is standard input) and return the result.

    Pass ``linter`` (from ``build_linter``) when the caller also needs its
    pack, for example to list the rules in SARIF or JUnit output.
    """
    from policy_lint.discover import discover

    linter = linter if linter is not None else build_linter(options)
    files: list[FileResult] = []
    for raw in options.paths:
        if raw == "-":
            data = options.stdin if options.stdin is not None else b""
            name = options.stdin_name
            files.append(linter.lint_bytes(data, name, is_json=name.lower().endswith(".json") or data.lstrip()[:1] == b"{"))
            continue
        for target in discover([raw]):
            files.append(linter.lint_path(target.path, target.display))
    return RunResult(tuple(files), fail_on=linter.settings.fail_on)
