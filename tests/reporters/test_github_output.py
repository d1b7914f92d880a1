"""GitHub Actions annotations: the documented workflow command syntax and escaping."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.findings import FileResult, Finding, Position, RunResult, Severity, Suppression
from policy_lint.reporters import render
from policy_lint.reporters.github import annotation, escape_data, escape_property
from reporter_fixtures import examples_result  # noqa: F401 (fixture)
from reporter_strategies import results

ROOT = Path(__file__).resolve().parents[2]

# ::error file={name},line={line},endLine={endLine},title={title}::{message}
# (GitHub docs, "Workflow commands for GitHub Actions": setting an error message).
_PROP_VALUE = r"(?:[^,:%\r\n]|%25|%0D|%0A|%3A|%2C)*"
_PROP = rf"(?:file|line|endLine|col|endColumn|title)={_PROP_VALUE}"
_LINE = re.compile(rf"^::(error|warning|notice) {_PROP}(?:,{_PROP})*::(?:[^%\r\n]|%25|%0D|%0A)*$")


def _unescape_data(text: str) -> str:
    return re.sub(r"%(25|0D|0A)", lambda m: {"25": "%", "0D": "\r", "0A": "\n"}[m.group(1)], text)


def _props(line: str) -> dict[str, str]:
    head = line.split("::", 2)[1]
    _, _, props = head.partition(" ")
    return dict(p.split("=", 1) for p in props.split(","))


def test_examples_match_the_annotation_syntax(examples_result: RunResult) -> None:
    text = render("github", examples_result)
    lines = text.splitlines()
    assert len(lines) == sum(len(fr.active) for fr in examples_result.files)
    for line in lines:
        assert _LINE.match(line), line
    first = lines[0]
    assert first.startswith("::error file=examples/gaps/blanket-promise.yaml,line=27,col=8,endLine=27,endColumn=51,title=COV008 blanket-promise::")
    assert any(line.startswith("::error file=examples/gaps/contradiction.yaml,line=42,col=10,endLine=42,endColumn=46,title=COV007 limit-contradicted::") for line in lines)
    assert "%0AHow to fix it: " in first


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("x: y, z", "x: y, z", "x%3A y%2C z"),
        ("%0A", "%250A", "%250A"),
        ("::warning::spoof", "::warning::spoof", "%3A%3Awarning%3A%3Aspoof"),
        ("bell\x07 esc\x1b[31m", "bell\\x07 esc\\x1b[31m", "bell\\x07 esc\\x1b[31m"),
    ],
)
def test_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_levels_places_and_suppressed() -> None:
    found = (
        Finding("a.yaml", "A001", "one", Severity.ERROR, "e", Position(3, 5), Position(3, 9)),
        Finding("a.yaml", "A002", "two", Severity.WARNING, "w", Position(4, 1), Position(7, 2)),
        Finding("a.yaml", "A003", "three", Severity.INFO, "i", Position(8, 2)),
        Finding("a.yaml", "A004", "four", Severity.ERROR, "s", Position(9, 1), suppression=Suppression("ok", "comment")),
        Finding("a.yaml", "A005", "five", Severity.ERROR, "whole file"),
    )
    lines = render("github", RunResult((FileResult("a.yaml", found),)), hints=False).splitlines()
    assert lines == [
        "::error file=a.yaml,title=A005 five::whole file",
        "::error file=a.yaml,line=3,col=5,endLine=3,endColumn=9,title=A001 one::e",
        # GitHub takes col and endColumn only when the finding is on one line.
        "::warning file=a.yaml,line=4,endLine=7,title=A002 two::w",
        "::notice file=a.yaml,line=8,col=2,title=A003 three::i",
    ]


def test_policy_text_cannot_break_out_of_the_command() -> None:
    evil = "done\n::error file=x,line=1::fake\r\n%0A"
    f = Finding("dir,with:odd/p%.yaml", "TXT001", "placeholder-text", Severity.ERROR, evil, Position(1, 1), hint="a, b: c")
    line = annotation(f)
    assert "\n" not in line and "\r" not in line
    assert _LINE.match(line), line
    assert _props(line)["file"] == "dir%2Cwith%3Aodd/p%25.yaml"
    assert _unescape_data(line.split("::", 2)[2]) == evil + "\nHow to fix it: a, b: c"


@settings(max_examples=200, deadline=None)
@given(result=results(), hints=st.booleans())
def test_arbitrary_findings_give_well_formed_lines(result: RunResult, hints: bool) -> None:
    text = render("github", result, hints=hints)
    assert text == render("github", result, hints=hints)
    lines = text.splitlines()
    active = [f for fr in result.files for f in fr.findings if f.suppression is None]
    assert len(lines) == len(active)
    for line in lines:
        assert _LINE.match(line), repr(line)


def test_github_is_the_default_under_github_actions(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    auto = run_cli("check", "examples/gaps/no-court-order.yaml", env={"GITHUB_ACTIONS": "true"})
    assert auto.exit_code == 1
    assert auto.stdout.startswith("::error file=examples/gaps/no-court-order.yaml,line=19,col=1,title=COV005")
    chosen = run_cli("check", "examples/gaps/no-court-order.yaml", "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert chosen.stdout.startswith("examples/gaps/no-court-order.yaml:19:1: error COV005")
    plain = run_cli("check", "examples/gaps/no-court-order.yaml")
    assert plain.stdout.startswith("examples/gaps/no-court-order.yaml:19:1: error COV005")
