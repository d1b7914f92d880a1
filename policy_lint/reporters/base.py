"""The reporter interface: start, each file, finish. Reporters return text and never print.

A run writes ``start()``, then for each file in order ``file(piece(fr))``,
then ``finish(summary)`` (as flake8's formatters have ``start``,
``handle`` and ``stop``). ``piece`` turns one file's result into text and
may run in a worker process, so it must not change the reporter; ``file``
runs in the main process, in file order, and places that text in the report
(JSON puts the commas between files). A reporter with ``whole_run`` (SARIF,
JUnit) needs every file before it can write anything: it writes it all in
``finish``, from ``summary.result``.

To add a format: write a module in this package with a ``Reporter``
subclass, and name it in ``REPORTERS`` (``policy_lint/reporters/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Sequence

from policy_lint.findings import FileResult, RunResult, Severity, Tally
from policy_lint.values import Frozen, _set

if TYPE_CHECKING:
    from policy_lint.rules.base import RuleSpec

__all__ = ["Reporter", "Summary"]


class Summary(Frozen, hashable=False):
    """What a reporter learns when the run ends.

    Attributes:
        tally: The run's totals.
        fail_on: The level at which a finding fails the run.
        exit_code: The code policy-lint exits with.
        rules: Every rule that ran, in ID order (SARIF and JUnit list them).
        result: Every file's result, when the run kept them (a ``whole_run``
            reporter, or a run with a baseline); else None.
    """

    __slots__ = ("tally", "fail_on", "exit_code", "rules", "result")
    tally: Tally
    fail_on: Severity
    exit_code: int
    rules: Sequence[RuleSpec]
    result: RunResult | None

    def __init__(self, tally: Tally, fail_on: Severity, exit_code: int, rules: Sequence[RuleSpec] = (), result: RunResult | None = None) -> None:
        _set(self, "tally", tally)
        _set(self, "fail_on", fail_on)
        _set(self, "exit_code", exit_code)
        _set(self, "rules", rules)
        _set(self, "result", result)


class Reporter:
    """The base of every reporter: override ``piece`` and ``finish``, and ``start`` or ``file`` if needed.

    The options are the same for every format; each uses those that apply.
    """

    #: True when the report needs every file before it can write one (SARIF, JUnit).
    whole_run: ClassVar[bool] = False

    def __init__(self, *, color: bool = False, hints: bool = True, show_suppressed: bool = False, **_: Any) -> None:
        self.color = color
        self.hints = hints
        self.show_suppressed = show_suppressed

    def start(self) -> str:
        """What comes before the first file."""
        return ""

    def piece(self, fr: FileResult) -> str:
        """One file's text (a worker process may make it)."""
        return ""

    def file(self, piece: str) -> str:
        """Place one file's text in the report, in file order."""
        return piece

    def finish(self, summary: Summary) -> str:
        """What comes after the last file."""
        return ""
