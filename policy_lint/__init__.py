"""policy-lint: lint the confidentiality policy of a therapy practice.

The public API is small and loads lazily::

    from policy_lint import lint_paths
    result = lint_paths(["examples/"])
    for finding in result.findings():
        print(finding.path, finding.line, finding.rule_id, finding.message)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from policy_lint._version import __version__

if TYPE_CHECKING:
    from policy_lint.findings import Finding, RunResult, Severity

__all__ = ["__version__", "lint_paths", "Finding", "RunResult", "Severity"]


def lint_paths(paths: Iterable[str], *, pack: str | None = None) -> "RunResult":
    """Lint files and folders with a pack (``base`` by default)."""
    from policy_lint.session import CheckOptions, check

    return check(CheckOptions(paths=tuple(str(p) for p in paths), pack=pack))


def __getattr__(name: str) -> Any:
    if name in ("Finding", "RunResult", "Severity"):
        from policy_lint import findings

        return getattr(findings, name)
    raise AttributeError(name)
