"""What ``render`` needs around the writers: read the policy, and count its findings."""

from __future__ import annotations

from typing import Any

__all__ = ["findings_note", "load_for_render"]


def load_for_render(path: str) -> tuple[Any, str | None]:
    """The policy's data, or a message (with file, line and column) when it cannot be read.

    Raises:
        OSError: never for a bad file (the loader reports those); only for odd
            system errors the loader lets through.
    """
    from policy_lint.loading import load_path
    from policy_lint.readers import prose_format

    if prose_format(path) is not None:
        return None, (
            f"{path} is a page or a document, not a policy file. render makes a notice from a YAML or JSON policy. "
            f"To make a policy file from this page, run: policy-lint import {path} -o policy.yaml"
        )
    loaded = load_path(path)
    fatal = [p for p in loaded.problems if p.fatal]
    if loaded.document is None or fatal:
        problem = (fatal or list(loaded.problems))[0] if loaded.problems else None
        if problem is None:  # pragma: no cover - the loader always says why
            return None, f"{path}: policy-lint could not read this file."
        return None, f"{loaded.where(problem, path)}: {problem.message} policy-lint makes a notice only from a file it can read."
    return loaded.document.data, None


def findings_note(path: str) -> str | None:
    """A line for stderr when the policy has findings: the notice is made anyway."""
    from policy_lint.errors import PolicyLintError
    from policy_lint.runner import CheckOptions, prepare

    try:
        session = prepare(CheckOptions(paths=(path,)))
        result = session.linter_for(path).lint_path(path)
    except PolicyLintError as exc:
        return f"Note: policy-lint could not check {path}: {exc}"
    active = [f for f in result.findings if not f.suppressed]
    if not active:
        return None
    errors = sum(1 for f in active if f.severity.value == "error")
    found = f"{len(active)} finding{'s' if len(active) != 1 else ''}"
    if errors:
        found += f" ({errors} error{'s' if errors != 1 else ''})"
    return f"Note: {path} has {found}. The notice was made anyway. Run: policy-lint check {path}"
