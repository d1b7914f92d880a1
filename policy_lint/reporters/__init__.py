"""Reporters turn a ``RunResult`` into text. They never print.

``REPORTERS`` maps a format name to ``"module:function"``; the function takes
the result and keyword options and returns a string. Modules load only when
their format is asked for.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Iterable, Iterator

from policy_lint.findings import FileResult, RunResult, Severity, Tally

__all__ = ["REPORTERS", "render", "stream", "can_stream", "piece_renderer"]

REPORTERS: dict[str, str] = {
    "text": "policy_lint.reporters.text:render",
    "json": "policy_lint.reporters.json:render",
    "sarif": "policy_lint.reporters.sarif:render",
    "github": "policy_lint.reporters.github:render",
    "junit": "policy_lint.reporters.junit:render",
}


def _module(fmt: str) -> Any:
    return importlib.import_module(REPORTERS[fmt].partition(":")[0])


def render(fmt: str, result: RunResult, **options: Any) -> str:
    """Render a result in the named format."""
    module_name, _, attr = REPORTERS[fmt].partition(":")
    func: Callable[..., str] = getattr(importlib.import_module(module_name), attr)
    return func(result, **options)


def can_stream(fmt: str) -> bool:
    """True when the format can be written without keeping the whole run (every format).

    Text, JSON and GitHub print each file as it comes. SARIF and JUnit put
    what only the whole run knows at the top (the exit code, the totals), so
    their ``stream`` keeps each file's part in a temporary file and writes
    the document at the end; memory keeps only a small entry per file.
    """
    return hasattr(_module(fmt), "stream")


def piece_renderer(fmt: str, **options: Any) -> Callable[[FileResult], str] | None:
    """The function that turns one file's result into what ``stream`` prints for it.

    Worker processes call it, so they send text instead of findings. None
    for formats that need the findings themselves (SARIF, JUnit). The
    function pickles (a ``functools.partial`` of a module function), for
    workers that are started rather than forked.
    """
    from functools import partial

    module = _module(fmt)
    if not hasattr(module, "piece"):
        return None
    return partial(module.piece, **options)


def stream(fmt: str, files: Iterable[FileResult], tally: Tally, *, fail_on: Severity = Severity.ERROR, **options: Any) -> Iterator[str]:
    """Yield the report in pieces, counting each file in ``tally``.

    The output equals ``render`` of the same files. Only formats for which
    ``can_stream`` is true are allowed.
    """
    func: Callable[..., Iterator[str]] = _module(fmt).stream
    return func(files, tally, fail_on=fail_on, **options)
