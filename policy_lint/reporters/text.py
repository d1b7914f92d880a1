"""Plain text: one line per finding, ``path:line:col: severity ID message``."""

from __future__ import annotations

from typing import Any, Iterator

from policy_lint.findings import FileResult, Finding, Locator, RunResult, Severity, Tally
from policy_lint.reporters.base import Reporter, Summary
from policy_lint.textsafe import escape

__all__ = ["render", "safe", "TextReporter"]

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def safe(text: str) -> str:
    """Escape what must never reach a terminal raw (see ``policy_lint.textsafe``)."""
    return escape(text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


#: Files whose places are paragraphs, not lines (Word, PDF): a finding about the whole file says so.
_NO_LINES = (".docx", ".pdf")


def line_for(f: Finding, *, color: bool = False) -> str:
    """One finding as one line."""
    if isinstance(f.position, Locator):  # a Word or PDF file: no lines, a paragraph
        where = f"{safe(f.path)}:{f.position.label}, character {f.position.column}"
    elif f.position is None and f.path.lower().endswith(_NO_LINES):
        where = f"{safe(f.path)}:the whole file"  # "1:1" means nothing in a file without lines
    else:
        where = f"{safe(f.path)}:{f.line}:{f.column}" if f.position else f"{safe(f.path)}:1:1"
    severity = _paint(f.severity.value, _COLORS[f.severity], color)
    rule = _paint(f.rule_id, "1", color)
    tail = f" (suppressed: {safe(f.suppression.reason)})" if f.suppression else ""
    return f"{where}: {severity} {rule} {safe(f.message)} [{f.rule_name}]{tail}"


def file_text(fr: FileResult, *, color: bool = False, hints: bool = True, show_suppressed: bool = False) -> str:
    """The lines for one file's findings ("" when there is nothing to show)."""
    lines: list[str] = []
    for f in sorted(fr.findings, key=Finding.sort_key):
        if f.suppression is not None and not show_suppressed:
            continue
        lines.append(line_for(f, color=color))
        if hints and f.hint and f.suppression is None:
            lines.append(f"    hint: {safe(f.hint)}")
    return "".join(line + "\n" for line in lines)


def render(result: RunResult, *, color: bool = False, hints: bool = True, show_suppressed: bool = False, **_: Any) -> str:
    """Render every active finding, file by file, then a summary line."""
    parts = [file_text(fr, color=color, hints=hints, show_suppressed=show_suppressed) for fr in result.files]
    parts.append(summary_line(result.tally(), result.fail_on, color=color) + "\n")
    return "".join(parts)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(result: RunResult, *, color: bool = False) -> str:
    """A one-line summary of the run."""
    return summary_line(result.tally(), result.fail_on, color=color)


def summary_line(tally: Tally, fail_on: Severity, *, color: bool = False) -> str:
    """A one-line summary from the run's totals."""
    counts = tally.counts
    files = tally.files
    with_findings = tally.with_findings
    parts = [_plural(counts["error"], "error"), _plural(counts["warning"], "warning"), f"{counts['info']} info"]
    text = f"Checked {_plural(files, 'file')}: {', '.join(parts)}"
    if counts["suppressed"]:
        text += f", {counts['suppressed']} suppressed"
    if with_findings:
        text += f" ({with_findings} with findings)"
    text += "."
    if not any(counts[k] for k in ("error", "warning", "info")):
        text = text[:-1] + ". All clear."
    code = "31" if tally.failed(fail_on) else "32"
    return _paint(text, code, color)


class TextReporter(Reporter):
    """Each file's lines as it comes, then the summary line (the text of ``render``)."""

    def piece(self, fr: FileResult) -> str:
        return file_text(fr, color=self.color, hints=self.hints, show_suppressed=self.show_suppressed)

    def finish(self, summary: Summary) -> Iterator[str]:
        yield summary_line(summary.tally, summary.fail_on, color=self.color) + "\n"
