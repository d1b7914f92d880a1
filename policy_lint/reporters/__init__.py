"""Reporters turn a ``RunResult`` into text. They never print.

``REPORTERS`` maps a format name to ``"module:function"``; the function takes
the result and keyword options and returns a string. Modules load only when
their format is asked for.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from policy_lint.findings import RunResult

__all__ = ["REPORTERS", "render"]

REPORTERS: dict[str, str] = {
    "text": "policy_lint.reporters.text:render",
    "json": "policy_lint.reporters.json:render",
    "sarif": "policy_lint.reporters.sarif:render",
    "github": "policy_lint.reporters.github:render",
    "junit": "policy_lint.reporters.junit:render",
}


def render(fmt: str, result: RunResult, **options: Any) -> str:
    """Render a result in the named format."""
    module_name, _, attr = REPORTERS[fmt].partition(":")
    func: Callable[..., str] = getattr(importlib.import_module(module_name), attr)
    return func(result, **options)
