"""Plain text: one line per finding, ``path:line:col: severity ID message``.

In each file, the findings about what the policy says come first and the
plain-language findings (PLN) after them, under a divider line
("-- plain language: 13 errors, 42 warnings --"); a run with both kinds
ends with a line that counts the plain-language ones, before the summary.
Neither extra line has the shape of a finding, so a problem matcher that
reads ``path:line:col`` lines skips them.
"""

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


#: The rules of plain language: listed after the rest of a file's findings, so the
#: missing limits and duties are not lost among them.
_PLAIN = "PLN"


def _is_plain(f: Finding) -> bool:
    return f.rule_id.startswith(_PLAIN)


def _counted(findings: list[Finding]) -> tuple[int, int, int]:
    """``(errors, warnings, infos)`` of the active findings in ``findings``."""
    active = [f.severity for f in findings if f.suppression is None]
    return active.count(Severity.ERROR), active.count(Severity.WARNING), active.count(Severity.INFO)


def _count_words(counts: tuple[int, int, int]) -> str:
    errors, warnings, infos = counts
    parts = [_plural(errors, "error")] if errors else []
    parts += [_plural(warnings, "warning")] if warnings else []
    parts += [f"{infos} info"] if infos else []
    return ", ".join(parts)


def _file_parts(fr: FileResult, *, color: bool, hints: bool, show_suppressed: bool) -> tuple[str, tuple[int, int, int], int]:
    """One file's text, the counts of its plain-language findings, and how many others it has."""
    shown = [f for f in sorted(fr.findings, key=Finding.sort_key) if f.suppression is None or show_suppressed]
    others = [f for f in shown if not _is_plain(f)]
    plain = [f for f in shown if _is_plain(f)]
    lines: list[str] = []

    def add(f: Finding) -> None:
        lines.append(line_for(f, color=color))
        if hints and f.hint and f.suppression is None:
            lines.append(f"    hint: {safe(f.hint)}")

    for f in others:
        add(f)
    plain_counts = _counted(plain)
    if others and plain:
        # the limits, duties and facts first, then plain language under a divider
        lines.append(f"-- plain language: {_count_words(plain_counts) or _plural(len(plain), 'suppressed finding')} --")
    for f in plain:
        add(f)
    return "".join(line + "\n" for line in lines), plain_counts, sum(_counted(others))


def file_text(fr: FileResult, *, color: bool = False, hints: bool = True, show_suppressed: bool = False) -> str:
    """The lines for one file's findings ("" when there is nothing to show).

    The findings about what the policy says (limits, duties, its facts, its
    place) come first, in line order; then the plain-language findings (PLN),
    in line order, after a divider line that counts them.
    """
    return _file_parts(fr, color=color, hints=hints, show_suppressed=show_suppressed)[0]


def render(result: RunResult, *, color: bool = False, hints: bool = True, show_suppressed: bool = False, **_: Any) -> str:
    """Render every active finding, file by file, then the summary lines."""
    parts: list[str] = []
    plain, others = (0, 0, 0), 0
    for fr in result.files:
        text, counts, rest = _file_parts(fr, color=color, hints=hints, show_suppressed=show_suppressed)
        parts.append(text)
        plain = (plain[0] + counts[0], plain[1] + counts[1], plain[2] + counts[2])
        others += rest
    parts.append(_plain_line(plain, others))
    parts.append(summary_line(result.tally(), result.fail_on, color=color) + "\n")
    return "".join(parts)


def _plain_line(plain: tuple[int, int, int], others: int) -> str:
    """The share of plain language in the run's findings, when it has others too ("" else)."""
    if not any(plain) or not others:
        return ""
    return f"Of these, plain language (PLN): {_count_words(plain)}. To see the rest alone, add --ignore PLN.\n"


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
    """Each file's lines as it comes, then the summary lines (the text of ``render``)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._plain = (0, 0, 0)
        self._others = 0

    def piece(self, fr: FileResult) -> tuple[str, tuple[int, int, int], int]:
        return _file_parts(fr, color=self.color, hints=self.hints, show_suppressed=self.show_suppressed)

    def file(self, part: Any) -> str:
        text, plain, others = part
        self._plain = (self._plain[0] + plain[0], self._plain[1] + plain[1], self._plain[2] + plain[2])
        self._others += others
        return text  # type: ignore[no-any-return]

    def finish(self, summary: Summary) -> Iterator[str]:
        line = _plain_line(self._plain, self._others)
        if line:
            yield line
        yield summary_line(summary.tally, summary.fail_on, color=self.color) + "\n"
