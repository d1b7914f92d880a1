"""JSON output: one document with a version field, described in docs/json-output.md.

The shape never depends on verbosity or colour.
"""

from __future__ import annotations

import json
import math
from typing import Any, Iterator, Sequence

from policy_lint._version import __version__
from policy_lint.findings import FileResult, Finding, Locator, RunResult, Severity, Tally
from policy_lint.reporters.base import Reporter, Summary

__all__ = ["render", "to_dict", "FORMAT_VERSION", "JsonReporter"]

FORMAT_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    """One finding as a JSON-ready dict."""
    out: dict[str, Any] = {
        "rule": f.rule_id,
        "name": f.rule_name,
        "severity": f.severity.value,
        "message": f.message,
        "line": f.line or None,
        "column": f.column or None,
        "end_line": f.end.line if f.end else None,
        "end_column": f.end.column if f.end else None,
        "pointer": f.pointer,
        "hint": f.hint,
        "suppressed": f.suppression is not None,
    }
    if isinstance(f.position, Locator):
        # A Word or PDF file has no lines: the place is a paragraph (and a page).
        out["line"] = out["end_line"] = None
        out["locator"] = _locator(f.position, f.end)
    if f.suppression is not None:
        out["suppression"] = {
            "reason": f.suppression.reason,
            "source": f.suppression.source,
            "until": f.suppression.until,
            "line": f.suppression.line,
        }
    if f.data:
        out["data"] = _clean(dict(f.data))
    return out


def _locator(start: Locator, end: Any) -> dict[str, Any]:
    """``{"page", "part", "paragraph", "character", "end_character", "text"}`` for a place in a Word or PDF file."""
    return {
        "page": start.page,
        "part": start.part,
        "paragraph": start.paragraph,
        "character": start.column,
        "end_character": end.column if isinstance(end, Locator) else None,
        "text": f"{start.label}, character {start.column}",
    }


def _clean(value: Any) -> Any:
    """Make values JSON-safe (no NaN, no infinity, text only keys)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def file_dict(fr: FileResult) -> dict[str, Any]:
    """One file's entry as a JSON-ready dict.

    ``coverage`` (what the words of the policy state, topic by topic; see
    docs/coverage.md) comes out of the metrics into a key of its own.
    """
    metrics = dict(fr.metrics) if fr.metrics else {}
    coverage = metrics.pop("coverage", None)
    return {
        "path": fr.path,
        "findings": [finding_dict(f) for f in fr.findings],
        "coverage": _clean(list(coverage)) if isinstance(coverage, (list, tuple)) else [],
        "metrics": _clean(metrics),
    }


def summary_dict(tally: Tally, fail_on: Severity) -> dict[str, Any]:
    """The run's totals as a JSON-ready dict."""
    counts = tally.counts
    return {
        "files": tally.files,
        "errors": counts["error"],
        "warnings": counts["warning"],
        "info": counts["info"],
        "suppressed": counts["suppressed"],
        "failed": tally.failed(fail_on),
        "fail_on": fail_on.value,
    }


def to_dict(result: RunResult) -> dict[str, Any]:
    """The whole result as a JSON-ready dict."""
    return {
        "version": FORMAT_VERSION,
        "tool": {"name": "policy-lint", "version": __version__},
        "files": [file_dict(fr) for fr in result.files],
        "summary": summary_dict(result.tally(), result.fail_on),
    }


def render(result: RunResult, **_: Any) -> str:
    """Render the result as indented JSON (ASCII only, so any terminal shows it)."""
    return json.dumps(to_dict(result), indent=2, ensure_ascii=True) + "\n"


def _nested(value: Any) -> str:
    """Dump a value as it appears two levels deep in ``render``'s output."""
    return json.dumps(value, indent=2, ensure_ascii=True).replace("\n", "\n    ")


class JsonReporter(Reporter):
    """The JSON of ``render``, one file at a time; the summary comes last, once every file is counted.

    A run of any size keeps only one file in memory.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._first = True

    def start(self, rules: Sequence[Any] = (), fail_on: Severity = Severity.ERROR) -> str:
        head = {"version": FORMAT_VERSION, "tool": {"name": "policy-lint", "version": __version__}}
        return json.dumps(head, indent=2, ensure_ascii=True)[:-2] + ',\n  "files": ['

    def piece(self, fr: FileResult) -> str:
        return _nested(file_dict(fr))

    def file(self, part: str) -> str:
        sep = "\n    " if self._first else ",\n    "
        self._first = False
        return sep + part

    def finish(self, summary: Summary) -> Iterator[str]:
        totals = json.dumps(summary_dict(summary.tally, summary.fail_on), indent=2, ensure_ascii=True).replace("\n", "\n  ")
        yield ("\n  ]" if not self._first else "]") + ',\n  "summary": ' + totals + "\n}\n"
