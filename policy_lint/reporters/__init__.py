"""Reporters turn results into text. They never print.

Each format is a ``policy_lint.reporters.base.Reporter`` (start, each file,
finish), named in ``REPORTERS`` as ``"module:Class"``. Modules load only
when their format is asked for. ``render`` gives the whole report of a
finished ``RunResult`` (each module's ``render`` function).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from policy_lint.findings import RunResult
    from policy_lint.reporters.base import Reporter

__all__ = ["REPORTERS", "reporter", "render"]

REPORTERS: dict[str, str] = {
    "text": "policy_lint.reporters.text:TextReporter",
    "json": "policy_lint.reporters.json:JsonReporter",
    "sarif": "policy_lint.reporters.sarif:SarifReporter",
    "github": "policy_lint.reporters.github:GithubReporter",
    "junit": "policy_lint.reporters.junit:JunitReporter",
}


def reporter(fmt: str, **options: Any) -> "Reporter":
    """The reporter for a format, with its options (color, hints, show_suppressed, ...)."""
    module_name, _, attr = REPORTERS[fmt].partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    return cls(**options)  # type: ignore[no-any-return]


def render(fmt: str, result: "RunResult", **options: Any) -> str:
    """Render a whole result in the named format."""
    module_name = REPORTERS[fmt].partition(":")[0]
    func: Callable[..., str] = importlib.import_module(module_name).render
    return func(result, **options)
