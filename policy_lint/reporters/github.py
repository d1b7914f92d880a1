"""GitHub Actions workflow commands: one annotation line per finding.

Each line looks like::

    ::error file=policy.yaml,line=19,col=1,title=COV004 elder-abuse-missing::The policy does not say ...

GitHub shows these on the pull request, next to the line. The escaping is
the one GitHub's own toolkit uses (``@actions/core``, ``command.ts``): in the
message, ``%`` ``\\r`` ``\\n`` become ``%25`` ``%0D`` ``%0A``; in the
properties (``file=``, ``title=``) ``:`` and ``,`` also become ``%3A`` and
``%2C``. Other control, format and invisible characters are written as
``\\xNN`` or ``\\uNNNN`` (``policy_lint.textsafe``), so a policy cannot send
terminal escapes or hidden text to the log.

Suppressed findings are left out. ``info`` findings become ``notice``.
``col`` and ``endColumn`` are sent only when the finding starts and ends on
the same line, as GitHub asks. ``endColumn`` is one past the last character,
as in SARIF.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from policy_lint.findings import FileResult, Finding, Rendered, RunResult, Severity, Tally
from policy_lint.textsafe import escape

__all__ = ["render", "annotation", "escape_data", "escape_property"]

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _clean(text: str) -> str:
    # Line breaks stay: escape_data turns them into %0D and %0A, as GitHub reads them.
    return escape(text, keep="\r\n")


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command."""
    return _clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``) of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding, *, hints: bool = True) -> str:
    """One finding as one workflow command line."""
    path = f.path.replace("\\", "/") if os.sep == "\\" else f.path
    props: list[tuple[str, str]] = [("file", path)]
    from policy_lint.findings import Locator

    if isinstance(f.position, Locator):  # a Word or PDF file: no line to show
        props.append(("title", f"{f.rule_id} {f.rule_name} ({f.position.label})"))
    elif f.position is not None:
        props.append(("line", str(f.position.line)))
        end = f.end if f.end is not None and f.end >= f.position else None
        if end is not None and end.line != f.position.line:
            props.append(("endLine", str(end.line)))
        else:
            props.append(("col", str(f.position.column)))
            if end is not None:
                props += [("endLine", str(end.line)), ("endColumn", str(end.column))]
    if not any(key == "title" for key, _ in props):
        props.append(("title", f"{f.rule_id} {f.rule_name}"))
    message = f.message
    if hints and f.hint:
        message += f"\nHow to fix it: {f.hint}"
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{_COMMANDS[f.severity]} {head}::{escape_data(message)}"


def file_text(fr: FileResult, *, hints: bool = True) -> str:
    """The annotations of one file's active findings."""
    return "".join(annotation(f, hints=hints) + "\n" for f in sorted(fr.findings, key=Finding.sort_key) if f.suppression is None)


def render(result: RunResult, *, hints: bool = True, **_: Any) -> str:
    """Render every active finding as a GitHub annotation (nothing when clean)."""
    return "".join(file_text(fr, hints=hints) for fr in result.files)


def piece(fr: FileResult, *, hints: bool = True, **_: Any) -> str:
    """What ``stream`` prints for one file (a worker process may make it)."""
    return file_text(fr, hints=hints)


def stream(files: Iterable[FileResult | Rendered], tally: Tally, *, hints: bool = True, **_: Any) -> Iterator[str]:
    """Yield each file's annotations as it comes (the same text as ``render``)."""
    for fr in files:
        tally.add(fr)
        text = fr.piece if isinstance(fr, Rendered) else file_text(fr, hints=hints)
        if text:
            yield text
