"""Glue between the command line and the engine: options in, a RunResult out.

Nothing here imports click, so the same path serves the CLI, the public API
and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

from policy_lint.findings import FileResult, RunResult, Severity

__all__ = ["CheckOptions", "check", "build_linter", "prepare"]


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
    # Configuration and suppressions (see policy_lint.config).
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: str | None = None
    isolated: bool = False
    ignore_suppressions: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    today: date | None = None  # the date 'until' is judged by; None is today


def build_linter(options: CheckOptions) -> Any:
    """Load the pack and build a Linter for these options, with the config of the working folder."""
    from policy_lint.config import Resolver

    return Resolver(options).linter_for_folder(".")


def prepare(options: CheckOptions) -> Any:
    """Read the command line's config choices; return a ``policy_lint.config.Resolver``.

    The resolver finds the config of each file and builds one Linter per
    config. Its ``rules`` are every rule that ran, for SARIF or JUnit output.
    """
    from policy_lint.config import Resolver

    return Resolver(options)


def check(options: CheckOptions, linter: Any = None, *, session: Any = None) -> RunResult:
    """Lint every path (``-`` is standard input) and return the result.

    Each file is linted with the config that applies to it (see
    ``policy_lint.config``). Pass ``session`` (from ``prepare``) when the
    caller also needs the rules that ran. Passing ``linter`` lints every
    file with that one Linter and no config lookup.
    """
    from pathlib import Path

    from policy_lint.discover import discover, display_name

    session = session if session is not None else prepare(options)
    pick = (lambda _path: linter) if linter is not None else session.linter_for
    files: list[FileResult] = []
    for raw in options.paths:
        if raw == "-":
            data = options.stdin if options.stdin is not None else b""
            name = options.stdin_name
            where = Path(name) if name != "<stdin>" else Path("-")
            files.append(pick(where).lint_bytes(data, display_name(name), is_json=name.lower().endswith(".json") or data.lstrip()[:1] == b"{"))
            continue
        for target in discover([raw]):
            files.append(pick(target.path).lint_path(target.path, target.display))
    return session.finish(files, linter)
