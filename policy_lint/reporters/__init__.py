"""Reporters turn results into text. They never print.

Each format is a ``policy_lint.reporters.base.Reporter`` (start, each file,
finish), named in ``REPORTERS`` as ``"module:Class"``. Modules load only
when their format is asked for. ``render`` gives the whole report of a
finished ``RunResult`` (each module's ``render`` function); ``stream``
drives a reporter over results in this process (``Session.report`` does the
same, with worker processes).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

if TYPE_CHECKING:
    from policy_lint.findings import FileResult, RunResult, Severity, Tally
    from policy_lint.reporters.base import Reporter
    from policy_lint.rules.base import RuleSpec

__all__ = ["REPORTERS", "SUFFIXES", "NAMES", "reporter", "render", "stream"]

REPORTERS: dict[str, str] = {
    "text": "policy_lint.reporters.text:TextReporter",
    "json": "policy_lint.reporters.json:JsonReporter",
    "sarif": "policy_lint.reporters.sarif:SarifReporter",
    "github": "policy_lint.reporters.github:GithubReporter",
    "junit": "policy_lint.reporters.junit:JunitReporter",
}

#: The format of ``check -o FILE`` by the file's ending, when --format is not
#: given; any other ending gets the default (text, or github in GitHub Actions).
SUFFIXES: dict[str, str] = {".json": "json", ".sarif": "sarif", ".xml": "junit"}

#: Each format in words, for the message when --format and the ending clash.
NAMES: dict[str, str] = {"text": "plain text", "json": "JSON", "sarif": "SARIF", "github": "GitHub annotations", "junit": "JUnit XML"}


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


def stream(
    fmt: str,
    files: Iterable["FileResult"],
    tally: "Tally",
    *,
    fail_on: "Severity | None" = None,
    rules: Sequence["RuleSpec"] = (),
    exit_code: int | None = None,
    **options: Any,
) -> Iterator[str]:
    """Yield the report of ``files`` piece by piece, counting each file in ``tally``.

    The output equals ``render`` of the same files. The exit code (for
    SARIF) comes from the tally unless given.
    """
    from policy_lint.findings import Severity
    from policy_lint.reporters.base import Summary

    level = fail_on if fail_on is not None else Severity.ERROR
    report = reporter(fmt, **options)
    yield report.start(rules, level)
    for fr in files:
        tally.add(fr)
        yield report.file(report.piece(fr))
    code = exit_code if exit_code is not None else (2 if tally.internal_errors else 1 if tally.failed(level) else 0)
    yield from report.finish(Summary(tally, level, code))
