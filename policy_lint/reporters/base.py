"""The reporter interface: start, each file, finish. Reporters return text and never print.

A run writes ``start(rules, fail_on)``, then for each file in order
``file(piece(fr))``, then everything ``finish(summary)`` yields (as
flake8's formatters have ``start``, ``handle`` and ``stop``). ``piece``
turns one file's result into its part of the report and may run in a worker
process, so it must not change the reporter; ``file`` runs in the main
process, in file order, and returns the text to write now (JSON puts the
commas between files). SARIF and JUnit can only write at the end what the
whole run knows (the exit code, the totals): their ``piece`` is the file's
result itself, ``file`` keeps it in a temporary file, and ``finish``
writes the document. Memory stays flat however many files a run has.

To add a format: write a module in this package with a ``Reporter``
subclass and a ``render(result, **options)`` function for a whole result,
and name the class in ``REPORTERS`` (``policy_lint/reporters/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterator, Sequence

from policy_lint.findings import FileResult, Severity, Tally
from policy_lint.values import Frozen, _set

if TYPE_CHECKING:
    from policy_lint.rules.base import RuleSpec

__all__ = ["Reporter", "Summary"]


class Summary(Frozen, hashable=False):
    """What a reporter learns when the run ends: its totals, the fail level and the exit code."""

    __slots__ = ("tally", "fail_on", "exit_code")
    tally: Tally
    fail_on: Severity
    exit_code: int

    def __init__(self, tally: Tally, fail_on: Severity, exit_code: int) -> None:
        _set(self, "tally", tally)
        _set(self, "fail_on", fail_on)
        _set(self, "exit_code", exit_code)


class Reporter:
    """The base of every reporter: override ``piece``, and ``start``, ``file`` or ``finish`` as needed.

    The options are the same for every format; each uses those that apply.
    """

    #: True when the report lists every rule of the run (SARIF, JUnit): ``start`` then gets them.
    #: Listing them loads every place's pack, so other formats get none.
    lists_rules: ClassVar[bool] = False

    def __init__(self, *, color: bool = False, hints: bool = True, show_suppressed: bool = False, **_: Any) -> None:
        self.color = color
        self.hints = hints
        self.show_suppressed = show_suppressed

    def start(self, rules: Sequence[RuleSpec] = (), fail_on: Severity = Severity.ERROR) -> str:
        """What comes before the first file; ``rules`` are every rule of the run, in ID order."""
        return ""

    def piece(self, fr: FileResult) -> Any:
        """One file's part of the report, usually its text (a worker process may make it)."""
        return ""

    def file(self, part: Any) -> str:
        """Place one file's part in the report, in file order; return the text to write now."""
        return part  # type: ignore[no-any-return]

    def finish(self, summary: Summary) -> Iterator[str]:
        """What comes after the last file, in pieces."""
        return iter(())
