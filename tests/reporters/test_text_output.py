"""The text report: a file's findings about what the policy says first, then plain language under a divider."""

from __future__ import annotations

from policy_lint.findings import FileResult, Finding, Position, RunResult, Severity, Tally
from policy_lint.reporters import stream
from policy_lint.reporters.text import render


def _f(rule: str, line: int, severity: Severity = Severity.WARNING, path: str = "p.md") -> Finding:
    return Finding(path, rule, "rule-name", severity, f"{rule} says so.", Position(line, 1))


def _lines(result: RunResult) -> list[str]:
    return render(result, hints=False).splitlines()


def test_plain_language_comes_after_the_rest_of_a_file_in_line_order() -> None:
    fr = FileResult("p.md", (_f("PLN003", 2), _f("COV004", 9, Severity.ERROR), _f("PLN001", 5, Severity.ERROR), _f("DOC003", 1), _f("TXT001", 7, Severity.ERROR)))
    assert _lines(RunResult((fr,))) == [
        "p.md:1:1: warning DOC003 DOC003 says so. [rule-name]",
        "p.md:7:1: error TXT001 TXT001 says so. [rule-name]",
        "p.md:9:1: error COV004 COV004 says so. [rule-name]",
        "-- plain language: 1 error, 1 warning --",
        "p.md:2:1: warning PLN003 PLN003 says so. [rule-name]",
        "p.md:5:1: error PLN001 PLN001 says so. [rule-name]",
        "Of these, plain language (PLN): 1 error, 1 warning. To see the rest alone, add --ignore PLN.",
        "Checked 1 file: 3 errors, 2 warnings, 0 info (1 with findings).",
    ]


def test_one_kind_alone_keeps_plain_line_order_and_no_extra_line() -> None:
    """Near misses: only plain language, or none of it, prints no divider and no count line."""
    only_plain = FileResult("p.md", (_f("PLN005", 4), _f("PLN003", 2)))
    no_plain = FileResult("q.md", (_f("COV004", 3, Severity.ERROR, "q.md"), _f("DOC003", 1, path="q.md")))
    assert _lines(RunResult((only_plain,))) == [
        "p.md:2:1: warning PLN003 PLN003 says so. [rule-name]",
        "p.md:4:1: warning PLN005 PLN005 says so. [rule-name]",
        "Checked 1 file: 0 errors, 2 warnings, 0 info (1 with findings).",
    ]
    assert _lines(RunResult((no_plain,))) == [
        "q.md:1:1: warning DOC003 DOC003 says so. [rule-name]",
        "q.md:3:1: error COV004 COV004 says so. [rule-name]",
        "Checked 1 file: 1 error, 1 warning, 0 info (1 with findings).",
    ]


def test_the_run_count_adds_up_plain_language_across_files() -> None:
    """One file with only plain language and another with only coverage: no divider, but the run has both kinds."""
    a = FileResult("a.md", (_f("PLN005", 4), _f("PLN001", 2, Severity.ERROR)))
    b = FileResult("b.md", (_f("COV001", 3, Severity.ERROR),))
    lines = _lines(RunResult((a, b)))
    assert not any(line.startswith("--") for line in lines)
    assert lines[-2] == "Of these, plain language (PLN): 1 error, 1 warning. To see the rest alone, add --ignore PLN."


def test_streaming_prints_what_render_prints() -> None:
    """The reporter that writes file by file (and whose pieces cross from workers) gives the same bytes."""
    a = FileResult("a.md", (_f("PLN005", 4), _f("COV004", 9, Severity.ERROR)))
    b = FileResult("b.md", (_f("PLN001", 2, Severity.ERROR), _f("NOT001", 1, Severity.ERROR)))
    result = RunResult((a, b))
    streamed = "".join(stream("text", (a, b), Tally(), hints=False))
    assert streamed == render(result, hints=False)
