"""SARIF output: valid against the official 2.1.0 schema, complete, byte-stable."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings

from policy_lint.findings import FileResult, Finding, Position, RunResult, Severity, Suppression
from policy_lint.reporters import render
from policy_lint.reporters.sarif import artifact_uri
from reporter_fixtures import examples_result, validate_sarif  # noqa: F401 (fixtures)
from reporter_strategies import results

ROOT = Path(__file__).resolve().parents[2]

# RFC 3986 relative-ref: unreserved, percent-encoded, sub-delims, ":", "@", "/".
_URI_REF = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$")


def _sarif(result: RunResult, rules: Any = (), **options: Any) -> dict[str, Any]:
    return json.loads(render("sarif", result, rules=rules, **options))


def test_examples_validate_against_the_official_schema(
    examples_result: RunResult, base_pack: Any, validate_sarif: Callable[[dict[str, Any]], None]
) -> None:
    from reporter_fixtures import every_rule

    log = _sarif(examples_result, every_rule())
    validate_sarif(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [r.id for r in every_rule()]
    assert len(run["results"]) == sum(len(fr.findings) for fr in examples_result.files)
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 1}]


def test_rule_descriptors_come_from_the_pack(base_pack: Any) -> None:
    log = _sarif(RunResult(()), base_pack.rules)
    by_id = {d["id"]: d for d in log["runs"][0]["tool"]["driver"]["rules"]}
    for rule in base_pack.rules:
        d = by_id[rule.id]
        assert d["name"] == rule.name
        assert d["shortDescription"]["text"] == rule.summary
        assert d["fullDescription"]["text"] == (rule.rationale or rule.summary)
        assert d["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[rule.severity.value]
        if rule.hint:
            assert rule.hint in d["help"]["markdown"]
            assert " ".join(rule.hint.split()) in " ".join(d["help"]["text"].split())
        for source in rule.sources:
            assert source.cite in d["help"]["text"]
            assert {"cite": source.cite, **({"url": source.url} if source.url else {})} in d["properties"]["sources"]
        assert set(rule.tags) <= set(d["properties"]["tags"])
        if rule.fail_example.text.strip():
            assert rule.fail_example.text.strip().splitlines()[0] in d["help"]["markdown"]


def test_results_point_at_the_rule_and_the_place(examples_result: RunResult, base_pack: Any) -> None:
    log = _sarif(examples_result, base_pack.rules)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        assert _URI_REF.match(loc["artifactLocation"]["uri"]), loc
        assert loc["artifactLocation"]["uri"].startswith("examples/")
        assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    placeholders = [r for r in run["results"] if r["ruleId"] == "TXT001"]
    region = placeholders[0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 15, "startColumn": 25, "endLine": 15, "endColumn": 38}


def test_output_is_byte_stable_and_holds_no_absolute_path(base_pack: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.runner import CheckOptions, check

    monkeypatch.chdir(ROOT)
    absolute = str(ROOT / "examples")
    one = render("sarif", check(CheckOptions(paths=(absolute,))), rules=base_pack.rules)
    two = render("sarif", check(CheckOptions(paths=(absolute,))), rules=base_pack.rules)
    assert one == two
    assert str(ROOT) not in one
    assert "examples/gaps/no-court-order.yaml" in one
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:", one), "no timestamps"


def test_levels_and_suppressions(validate_sarif: Callable[[dict[str, Any]], None]) -> None:
    def f(rule: str, sev: Severity, line: int, sup: Suppression | None = None) -> Finding:
        return Finding("p.yaml", rule, rule.lower(), sev, f"message {rule}", Position(line, 1), suppression=sup)

    found = (
        f("A001", Severity.ERROR, 1),
        f("A002", Severity.WARNING, 2),
        f("A003", Severity.INFO, 3),
        f("A004", Severity.ERROR, 4, Suppression("We cover this in the intake form.", "comment", line=3)),
        f("A005", Severity.ERROR, 5, Suppression("Reviewed by our lawyer.", "config")),
        f("A006", Severity.ERROR, 6, Suppression("Known gap.", "baseline")),
    )
    log = _sarif(RunResult((FileResult("p.yaml", found),)))
    validate_sarif(log)
    res = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    assert [res[k]["level"] for k in ("A001", "A002", "A003")] == ["error", "warning", "note"]
    assert "suppressions" not in res["A001"]
    assert res["A004"]["suppressions"][0]["kind"] == "inSource"
    assert res["A004"]["suppressions"][0]["justification"] == "We cover this in the intake form."
    assert res["A005"]["suppressions"][0]["kind"] == "external"
    assert res["A006"]["suppressions"][0]["kind"] == "external"


def test_internal_errors_get_a_rule_and_mark_the_run_unsuccessful(validate_sarif: Callable[[dict[str, Any]], None]) -> None:
    bad = Finding("p.yaml", "PL000", "internal-error", Severity.ERROR, "policy-lint failed.")
    log = _sarif(RunResult((FileResult("p.yaml", (bad,)),)), exit_code=2)
    validate_sarif(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"][0]["id"] == "PL000"
    assert run["invocations"] == [{"executionSuccessful": False, "exitCode": 2}]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("examples/complete.yaml", "examples/complete.yaml"),
        ("./a/b.yaml", "a/b.yaml"),
        ("my policies/100% plain.yaml", "my%20policies/100%25%20plain.yaml"),
        ("a#b?c.yaml", "a%23b%3Fc.yaml"),
        ("politique-clinique-é.yaml", "politique-clinique-%C3%A9.yaml"),
        ("c:policy.yaml", "./c:policy.yaml"),
        ("<stdin>", "%3Cstdin%3E"),
    ],
)
def test_artifact_uris_are_relative_and_percent_encoded(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_absolute_paths_become_relative_to_the_base(tmp_path: Path) -> None:
    target = tmp_path / "clinics" / "north.yaml"
    assert artifact_uri(str(target), base=str(tmp_path)) == "clinics/north.yaml"
    assert artifact_uri(str(target), base=str(tmp_path / "other")) == "../clinics/north.yaml"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(result=results())
def test_arbitrary_findings_give_valid_stable_sarif(result: RunResult, validate_sarif: Callable[[dict[str, Any]], None]) -> None:
    text = render("sarif", result)
    assert text == render("sarif", result)
    log = json.loads(text)
    validate_sarif(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert _URI_REF.match(uri), uri
        assert not uri.startswith("/")


def test_cli_sarif_to_a_file(run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validate_sarif: Callable[[dict[str, Any]], None]) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "policy-lint.sarif"
    run = run_cli("check", "examples", "--format", "sarif", "-o", str(out))
    assert run.exit_code == 1
    assert run.stdout == ""
    log = json.loads(out.read_text(encoding="utf-8"))
    validate_sarif(log)
    assert log["runs"][0]["invocations"][0]["exitCode"] == 1
    assert out.read_text(encoding="utf-8") == render("sarif", _examples_again(), rules=_pack_rules(), exit_code=1)


def _examples_again() -> RunResult:
    from policy_lint.runner import CheckOptions, check

    return check(CheckOptions(paths=("examples",)))


def _pack_rules() -> Any:
    """The rules the CLI lists: every rule that runs for some file, the packs of each place included."""
    from policy_lint.runner import CheckOptions, check, prepare

    session = prepare(CheckOptions(paths=("examples",)))
    check(CheckOptions(paths=("examples",)), session=session)
    return session.rules
