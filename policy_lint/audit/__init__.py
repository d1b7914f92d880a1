"""Audit many clinics at once: one row per clinic, one column per requirement.

``policy_lint.audit.model`` builds the matrix (plain data, no I/O).
``policy_lint.session.Session.audit`` lints the files and feeds the model.
The renderers (``html``, ``markdown``, ``csv``, ``json``) each turn an
``Audit`` into a string; like the reporters, they never print. They are
imported only when their format is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from policy_lint.audit.model import Audit

__all__ = ["RENDERERS", "SUFFIXES", "render"]

RENDERERS: dict[str, str] = {
    "html": "policy_lint.audit.html:render",
    "markdown": "policy_lint.audit.markdown:render",
    "csv": "policy_lint.audit.csv:render",
    "json": "policy_lint.audit.json:render",
}

#: The format to use for an output file, by its ending.
SUFFIXES: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".json": "json",
}


def render(fmt: str, audit: "Audit", **options: Any) -> str:
    """Render an audit in the named format."""
    module_name, _, attr = RENDERERS[fmt].partition(":")
    func: Callable[..., str] = getattr(importlib.import_module(module_name), attr)
    return func(audit, **options)
