"""The audit as JSON: the same data as the other formats, for other tools."""

from __future__ import annotations

import json
from typing import Any

from policy_lint.audit.model import Audit

__all__ = ["render", "FORMAT_VERSION"]

FORMAT_VERSION = 1


def render(audit: Audit, **_: Any) -> str:
    """Render the audit as indented JSON (ASCII only)."""
    data = {"version": FORMAT_VERSION, **audit.to_dict()}
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"
