"""JUnit XML: one suite per file, one case per rule, always well-formed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings

from policy_lint.findings import FileResult, Finding, Position, RunResult, Severity, Suppression
from policy_lint.reporters import render
from reporter_fixtures import examples_result  # noqa: F401 (fixture)
from reporter_strategies import results

ROOT = Path(__file__).resolve().parents[2]


def _cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name", "").split(" ")[0]: c for c in suite.findall("testcase")}


def test_examples(examples_result: RunResult) -> None:
    from reporter_fixtures import every_rule

    rules = every_rule()
    text = render("junit", examples_result, rules=rules)
    assert text == render("junit", examples_result, rules=rules)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [fr.path for fr in examples_result.files]
    for suite in suites.values():
        assert int(suite.get("tests", "-1")) == len(rules) == len(suite.findall("testcase"))
    court = _cases(suites["examples/gaps/no-court-order.yaml"])
    failure = court["COV005"].find("failure")
    assert failure is not None and failure.get("type") == "COV005"
    assert "examples/gaps/no-court-order.yaml:19:1" in (failure.text or "")
    assert court["COV001"].find("failure") is None
    assert suites["examples/complete.yaml"].get("failures") == "0"
    # NOT003 is a warning: below the default --fail-on (error), so it passes and is listed.
    small = _cases(suites["examples/small-practice.yaml"])
    assert small["NOT003"].find("failure") is None
    assert "NOT003" in (small["NOT003"].findtext("system-out") or "")
    total = sum(int(s.get("failures", "0")) for s in suites.values())
    failing_pairs = {(f.path, f.rule_id) for f in examples_result.findings() if f.suppression is None and f.severity is Severity.ERROR}
    assert root.get("failures") == str(total) == str(len(failing_pairs))


def test_fail_on_suppressed_and_internal_errors() -> None:
    found = (
        Finding("p.yaml", "A001", "one", Severity.WARNING, "a warning", Position(2, 1)),
        Finding("p.yaml", "A002", "two", Severity.ERROR, "hidden", Position(3, 1), suppression=Suppression("Checked with our lawyer.", "config")),
        Finding("p.yaml", "PL000", "internal-error", Severity.ERROR, "policy-lint failed."),
    )
    result = RunResult((FileResult("p.yaml", found),), fail_on=Severity.WARNING)
    root = ET.fromstring(render("junit", result))
    suite = root.find("testsuite")
    assert suite is not None
    cases = _cases(suite)
    assert cases["A001"].find("failure") is not None
    skipped = cases["A002"].find("skipped")
    assert skipped is not None and skipped.get("message") == "Suppressed: Checked with our lawyer."
    assert cases["PL000"].find("error") is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped"), suite.get("errors")) == ("3", "1", "1", "1")


def test_policy_text_is_escaped_and_control_characters_removed() -> None:
    evil = 'Clinic <script>alert(1)</script> & "Co" \x00\x1b[31m\x0b ]]> \ufffe end'
    f = Finding(f"{evil}.yaml", "TXT001", "placeholder-text", Severity.ERROR, evil, Position(1, 1), hint=evil)
    text = render("junit", RunResult((FileResult(f.path, (f,)),)))
    assert "<script>" not in text
    assert "\x00" not in text and "\x1b" not in text and "\x0b" not in text
    root = ET.fromstring(text.encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == 'Clinic <script>alert(1)</script> & "Co" [31m ]]>  end'


@settings(max_examples=150, deadline=None)
@given(result=results())
def test_arbitrary_findings_give_well_formed_xml(result: RunResult) -> None:
    text = render("junit", result)
    assert text == render("junit", result)
    root = ET.fromstring(text.encode("utf-8"))
    assert len(root.findall("testsuite")) == len(result.files)
    floor = result.fail_on.rank
    for suite, fr in zip(root.findall("testsuite"), result.files):
        failing = {f.rule_id for f in fr.findings if f.suppression is None and f.severity.rank >= floor and f.rule_id != "PL000"}
        assert int(suite.get("failures", "0")) == len(failing)


def test_cli_junit(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    run = run_cli("check", "examples/complete.yaml", "-f", "junit")
    assert run.exit_code == 0
    root = ET.fromstring(run.stdout.encode("utf-8"))
    assert root.get("failures") == "0" and int(root.get("tests", "0")) > 10
