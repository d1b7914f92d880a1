"""Value objects that the engine produces and the reporters consume.

Everything here is frozen: a finding, once made, never changes. Lines and
columns are 1-based at this boundary (the loader works 0-based inside and
adds one in a single place, ``policy_lint.loading``).
"""

from __future__ import annotations

import enum
from typing import Any, Mapping

from policy_lint.values import Frozen, Record, _set

__all__ = [
    "INTERNAL_ERROR",
    "Tally",
    "Severity",
    "Position",
    "Locator",
    "place_label",
    "Suppression",
    "Finding",
    "FileResult",
    "RunResult",
]

#: The rule ID of a finding that says policy-lint itself failed on a file.
INTERNAL_ERROR = "PL000"


class Severity(enum.Enum):
    """How much a finding matters. Values match SARIF levels."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info (higher is worse)."""
        return _RANK[self]

    @classmethod
    def parse(cls, text: str) -> "Severity":
        """Turn ``error``, ``warning`` or ``info`` into a Severity."""
        try:
            return cls(text.lower())
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r}: use one of {allowed}") from None


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


class Position(Frozen):
    """A place in a file: 1-based line and column (columns count characters)."""

    __slots__ = ("line", "column")
    line: int
    column: int

    def __init__(self, line: int, column: int) -> None:
        _set(self, "line", line)
        _set(self, "column", column)

    def __lt__(self, other: Position) -> bool:
        return (self.line, self.column) < (other.line, other.column)

    def __le__(self, other: Position) -> bool:
        return (self.line, self.column) <= (other.line, other.column)

    def __gt__(self, other: Position) -> bool:
        return (self.line, self.column) > (other.line, other.column)

    def __ge__(self, other: Position) -> bool:
        return (self.line, self.column) >= (other.line, other.column)


class Locator(Position):
    """A place in a Word or PDF file, which has no lines: the paragraph (and page), and the character.

    ``line`` counts the blocks of the whole file (it orders findings) and
    ``column`` is the character in the paragraph, both 1-based. Reporters
    show ``label`` ("page 2, paragraph 3") instead of a line. ``part`` names
    a part of the file outside its body, such as a Word file's page footer
    ("footer"): ``paragraph`` then counts the paragraphs of that part.
    """

    __slots__ = ("page", "paragraph", "part")
    _fields = ("line", "column", "page", "paragraph", "part")
    _compared = _fields
    page: int | None
    paragraph: int
    part: str | None

    def __init__(self, line: int, column: int, page: int | None = None, paragraph: int = 0, part: str | None = None) -> None:
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "page", page)
        _set(self, "paragraph", paragraph)
        _set(self, "part", part)

    @property
    def label(self) -> str:
        """``page 2, paragraph 3`` (PDF), ``paragraph 12`` (Word), ``footer, paragraph 1`` (a Word file's page footer)."""
        where = f"paragraph {self.paragraph}"
        if self.part:
            where = f"{self.part}, {where}"
        return f"page {self.page}, {where}" if self.page is not None else where


def place_label(position: Position | None) -> str | None:
    """How a person finds a place: ``page 2, paragraph 3, character 5``, or None for a line and column."""
    if isinstance(position, Locator):
        return f"{position.label}, character {position.column}"
    return None


class Suppression(Frozen):
    """Why a finding is hidden: the reason a person wrote, and where."""

    __slots__ = ("reason", "source", "until", "line")
    reason: str
    source: str  # "comment", "config" or "baseline"
    until: str | None
    line: int | None

    def __init__(self, reason: str, source: str, until: str | None = None, line: int | None = None) -> None:
        _set(self, "reason", reason)
        _set(self, "source", source)
        _set(self, "until", until)
        _set(self, "line", line)


class Finding(Frozen):
    """One problem in one file. ``data`` (facts for machine output) is not compared."""

    __slots__ = ("path", "rule_id", "rule_name", "severity", "message", "position", "end", "pointer", "hint", "suppression", "data")
    _compared = __slots__[:-1]
    path: str
    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    position: Position | None
    end: Position | None
    pointer: str
    hint: str | None
    suppression: Suppression | None
    data: Mapping[str, Any] | None

    def __init__(
        self,
        path: str,
        rule_id: str,
        rule_name: str,
        severity: Severity,
        message: str,
        position: Position | None = None,
        end: Position | None = None,
        pointer: str = "",
        hint: str | None = None,
        suppression: Suppression | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        _set(self, "path", path)
        _set(self, "rule_id", rule_id)
        _set(self, "rule_name", rule_name)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "position", position)
        _set(self, "end", end)
        _set(self, "pointer", pointer)
        _set(self, "hint", hint)
        _set(self, "suppression", suppression)
        _set(self, "data", data)

    @property
    def line(self) -> int:
        """The 1-based line, or 0 when the finding is about the whole file."""
        return self.position.line if self.position else 0

    @property
    def column(self) -> int:
        """The 1-based column, or 0 when the finding is about the whole file."""
        return self.position.column if self.position else 0

    @property
    def suppressed(self) -> bool:
        """True when a comment, the config or a baseline hides this finding."""
        return self.suppression is not None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order findings by file, line, column, rule, then message."""
        return (self.path, self.line, self.column, self.rule_id, self.message)

    def check_tuple(self) -> tuple[str, int, int]:
        """Return (rule_id, line, column): what tests compare, not the wording."""
        return (self.rule_id, self.line, self.column)


class FileResult(Frozen):
    """All findings for one file, plus facts worth reporting (such as scores; not compared)."""

    __slots__ = ("path", "findings", "metrics")
    _compared = ("path", "findings")
    path: str
    findings: tuple[Finding, ...]
    metrics: Mapping[str, Any] | None

    def __init__(self, path: str, findings: tuple[Finding, ...] = (), metrics: Mapping[str, Any] | None = None) -> None:
        _set(self, "path", path)
        _set(self, "findings", findings)
        _set(self, "metrics", metrics)

    @property
    def active(self) -> tuple[Finding, ...]:
        """Findings that are not suppressed."""
        return tuple(f for f in self.findings if f.suppression is None)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Worker processes send results back pickled. Plain tuples of strings
        # and numbers pickle several times faster than frozen dataclasses.
        return (_file_result, (self.path, tuple([_row(f) for f in self.findings]), self.metrics))


def _row(f: Finding) -> tuple[Any, ...]:
    pos, end, sup = f.position, f.end, f.suppression
    return (
        f.path,
        f.rule_id,
        f.rule_name,
        f.severity.value,
        f.message,
        _pos_row(pos),
        _pos_row(end),
        f.pointer,
        f.hint,
        (sup.reason, sup.source, sup.until, sup.line) if sup is not None else None,
        f.data,
    )


def _pos_row(pos: Position | None) -> tuple[Any, ...] | None:
    if pos is None:
        return None
    if isinstance(pos, Locator):
        return (pos.line, pos.column, pos.page, pos.paragraph, pos.part)
    return (pos.line, pos.column)


def _pos_of(row: tuple[Any, ...] | None) -> Position | None:
    if row is None:
        return None
    return Position(*row) if len(row) == 2 else Locator(*row)


def _file_result(path: str, rows: tuple[tuple[Any, ...], ...], metrics: Mapping[str, Any] | None) -> FileResult:
    """Rebuild a FileResult from ``FileResult.__reduce__``."""
    severity = {s.value: s for s in Severity}
    findings = tuple(
        [
            Finding(
                fpath,
                rule_id,
                name,
                severity[level],
                message,
                _pos_of(pos),
                _pos_of(end),
                pointer,
                hint,
                Suppression(*sup) if sup is not None else None,
                data,
            )
            for fpath, rule_id, name, level, message, pos, end, pointer, hint, sup, data in rows
        ]
    )
    return FileResult(path, findings, metrics)


class Tally(Record):
    """Running totals of a run, so a long run need not keep every finding.

    The streaming reporters add each file as it is printed and then drop it;
    the summary line and the exit code come from these totals.
    """

    __slots__ = ("files", "with_findings", "counts", "internal_errors")

    def __init__(self, files: int = 0, with_findings: int = 0, counts: dict[str, int] | None = None, internal_errors: int = 0) -> None:
        self.files = files
        self.with_findings = with_findings
        self.counts: dict[str, int] = counts if counts is not None else {"error": 0, "warning": 0, "info": 0, "suppressed": 0}
        self.internal_errors = internal_errors

    def add(self, fr: FileResult) -> FileResult:
        """Count one file's findings; return the file unchanged."""
        self.add_counts(counts_of(fr))
        return fr

    def add_counts(self, counts: tuple[int, int, int, int, int]) -> None:
        """Count one file from its ``counts_of`` (what a worker sends with the file's text)."""
        errors, warnings, infos, suppressed, internal = counts
        self.files += 1
        self.counts["error"] += errors
        self.counts["warning"] += warnings
        self.counts["info"] += infos
        self.counts["suppressed"] += suppressed
        self.internal_errors += internal
        if errors or warnings or infos:
            self.with_findings += 1

    def failed(self, fail_on: Severity) -> bool:
        """True when an active finding is at or above ``fail_on``."""
        return any(self.counts[s.value] for s in Severity if s.rank >= fail_on.rank)


def counts_of(fr: FileResult) -> tuple[int, int, int, int, int]:
    """``(errors, warnings, infos, suppressed, internal errors)`` of one file."""
    counts = {"error": 0, "warning": 0, "info": 0}
    suppressed = internal = 0
    for f in fr.findings:
        if f.suppression is not None:
            suppressed += 1
            continue
        counts[f.severity.value] += 1
        if f.rule_id == INTERNAL_ERROR:
            internal += 1
    return counts["error"], counts["warning"], counts["info"], suppressed, internal


class RunResult(Frozen):
    """The outcome of one run over many files.

    ``notes`` are plain sentences about the run that are not findings (such
    as baseline entries that no longer match). They never change the exit code.
    """

    __slots__ = ("files", "fail_on", "notes")
    files: tuple[FileResult, ...]
    fail_on: Severity
    notes: tuple[str, ...]

    def __init__(self, files: tuple[FileResult, ...], fail_on: Severity = Severity.ERROR, notes: tuple[str, ...] = ()) -> None:
        _set(self, "files", files)
        _set(self, "fail_on", fail_on)
        _set(self, "notes", notes)

    def findings(self) -> list[Finding]:
        """Every finding of every file, in report order."""
        out = [f for fr in self.files for f in fr.findings]
        out.sort(key=Finding.sort_key)
        return out

    def counts(self) -> dict[str, int]:
        """Count active findings by severity, and suppressed ones apart."""
        counts = {s.value: 0 for s in Severity}
        counts["suppressed"] = 0
        for fr in self.files:
            for f in fr.findings:
                if f.suppression is not None:
                    counts["suppressed"] += 1
                else:
                    counts[f.severity.value] += 1
        return counts

    def tally(self) -> Tally:
        """The run's totals."""
        tally = Tally()
        for fr in self.files:
            tally.add(fr)
        return tally

    @property
    def failed(self) -> bool:
        """True when an active finding is at or above the ``fail_on`` level."""
        floor = self.fail_on.rank
        return any(
            f.suppression is None and f.severity.rank >= floor
            for fr in self.files
            for f in fr.findings
        )
