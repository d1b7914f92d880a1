"""The command line: exit codes, output formats, standard input, rules and explain."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Callable

from conftest import EXAMPLES, CliRun, modules_after

COMPLETE = str(EXAMPLES / "complete.yaml")
GAP = str(EXAMPLES / "gaps" / "no-elder-abuse.yaml")


def test_exit_0_when_clean(run_cli: Callable[..., CliRun]) -> None:
    """No finding at error level: exit 0."""
    assert 0 == run_cli("check", COMPLETE).exit_code


def test_exit_1_with_findings(run_cli: Callable[..., CliRun]) -> None:
    """A finding at error level: exit 1, with path:line:col: severity ID message."""
    run = run_cli("check", GAP)

    assert 1 == run.exit_code
    assert f"{GAP}:19:1: error COV004 " in run.stdout


def test_exit_1_for_a_file_that_cannot_be_read_and_the_run_goes_on(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """A broken file is a finding of its own rule; the other files are still linted."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("clinic: [unclosed\n", encoding="utf-8")

    run = run_cli("check", str(broken), GAP, str(tmp_path / "missing.yaml"))

    assert 1 == run.exit_code
    assert "PAR003" in run.stdout
    assert "PAR001" in run.stdout
    assert "COV004" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_exit_2_for_usage_errors(run_cli: Callable[..., CliRun]) -> None:
    """Bad options exit 2 with a short message."""
    assert 2 == run_cli("check").exit_code
    assert 2 == run_cli("check", COMPLETE, "--format", "yaml").exit_code
    run = run_cli("check", COMPLETE, "--pack", "no-such-pack")
    assert 2 == run.exit_code
    assert "no built-in pack named 'no-such-pack'" in run.stderr
    assert 2 == run_cli("check", COMPLETE, "--max-file-size", "lots").exit_code


def test_fail_on_warning(run_cli: Callable[..., CliRun]) -> None:
    """--fail-on warning makes a warning fail the run."""
    small = str(EXAMPLES / "small-practice.yaml")
    run = run_cli("check", small, "--fail-on", "warning", "--format", "json")

    data = json.loads(run.stdout)
    assert data["summary"]["warnings"] > 0
    assert 1 == run.exit_code


def test_text_output_is_sorted_with_summary(run_cli: Callable[..., CliRun]) -> None:
    """Findings come sorted by file, line and column, then a summary line."""
    run = run_cli("check", str(EXAMPLES / "gaps"), "--no-hints")
    lines = run.stdout.strip().splitlines()

    body, summary = lines[:-1], lines[-1]
    keys = []
    for line in body:
        path, line_no, col, _ = line.split(":", 3)
        keys.append((path, int(line_no), int(col)))
    assert keys == sorted(keys)
    assert summary.startswith("Checked 8 files:")


def test_json_output_shape(run_cli: Callable[..., CliRun]) -> None:
    """JSON output has a version, a summary and one entry per file with located findings."""
    run = run_cli("check", GAP, COMPLETE, "--format", "json")
    data = json.loads(run.stdout)

    assert 1 == data["version"]
    assert {"name", "version"} == set(data["tool"])
    assert {"files", "errors", "warnings", "info", "suppressed", "failed", "fail_on"} == set(data["summary"])
    assert [COMPLETE, GAP] == [f["path"] for f in data["files"]]  # sorted by path
    finding = next(f for f in data["files"][1]["findings"] if f["rule"] == "COV004")
    assert {
        "rule", "name", "severity", "message", "line", "column", "end_line", "end_column",
        "pointer", "hint", "suppressed",
    } <= set(finding)
    assert (19, 1, "/limits", "error") == (finding["line"], finding["column"], finding["pointer"], finding["severity"])
    assert [] == data["files"][0]["findings"]


def test_json_shape_does_not_depend_on_options(run_cli: Callable[..., CliRun]) -> None:
    """--no-hints and colour flags change the text, never the JSON."""
    a = run_cli("check", GAP, "--format", "json").stdout
    b = run_cli("check", GAP, "--format", "json", "--no-hints", "--color").stdout

    assert a == b


def test_stdin(run_cli: Callable[..., CliRun]) -> None:
    """'-' reads one policy from standard input, named by --stdin-filename."""
    text = Path(GAP).read_text(encoding="utf-8")

    run = run_cli("check", "-", "--stdin-filename", "clinic.yaml", input=text)

    assert 1 == run.exit_code
    assert "clinic.yaml:19:1: error COV004" in run.stdout


def test_color_only_when_asked_or_on_a_terminal(run_cli: Callable[..., CliRun]) -> None:
    """No colour when output is not a terminal; --color forces it; NO_COLOR wins over auto."""
    plain = run_cli("check", GAP).stdout
    forced = run_cli("check", GAP, "--color").stdout

    assert "\x1b[" not in plain
    assert "\x1b[31m" in forced
    assert "\x1b[" not in run_cli("check", GAP, env={"NO_COLOR": "1"}).stdout


def test_rules_lists_every_rule(run_cli: Callable[..., CliRun]) -> None:
    """policy-lint rules lists ID, severity, name and pack for each rule."""
    run = run_cli("rules")

    assert 0 == run.exit_code
    assert "COV004" in run.stdout and "elder-abuse-missing" in run.stdout
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert any(r["id"] == "NOT001" and r["examples"]["fail"] for r in data["rules"])


def test_explain_by_id_or_name(run_cli: Callable[..., CliRun]) -> None:
    """explain prints the rule's doc, found by ID or by name."""
    by_id = run_cli("explain", "cov004")
    by_name = run_cli("explain", "elder-abuse-missing")

    assert 0 == by_id.exit_code
    assert by_id.stdout == by_name.stdout
    for part in ("Why it matters:", "How to fix it:", "Sources:", "Fails:", "Passes:"):
        assert part in by_id.stdout


def test_explain_unknown_rule_suggests(run_cli: Callable[..., CliRun]) -> None:
    """An unknown rule exits 2 with a suggestion."""
    run = run_cli("explain", "COV04")

    assert 2 == run.exit_code
    assert "Did you mean COV004?" in run.stderr


def test_version_and_module_entry_point() -> None:
    """python -m policy_lint works and prints the version."""
    out = subprocess.run([sys.executable, "-m", "policy_lint", "--version"], capture_output=True, text=True, check=True)

    assert out.stdout.startswith("policy-lint ")


def test_imports_stay_lazy() -> None:
    """--version loads no YAML or schema library; a text check of a valid file loads no JSON reporter, docs, schema library, temporary files, dataclasses or signals."""
    modules = modules_after

    # What Python loads before any code runs (a site .pth file may load tempfile, say) is not ours.
    bare_code = "import sys\nprint('\\nMODULES', ' '.join(sorted(sys.modules)))\n"
    bare_out = subprocess.run([sys.executable, "-c", bare_code], capture_output=True, text=True, check=True)
    bare = set(bare_out.stdout.split("MODULES", 1)[1].split())
    assert "sys" in bare and "policy_lint" not in bare

    version = modules("--version") - bare
    assert not {"jsonschema", "ruamel.yaml", "policy_lint.engine"} & version
    modules("check", COMPLETE)  # the first run may fill the cache of shipped packs (and write it)
    checked = modules("check", COMPLETE) - bare
    assert "policy_lint.engine" in checked
    assert not {"policy_lint.reporters.json", "policy_lint.docs"} & checked
    # A valid file needs no schema library to explain it, and a check writes no file.
    # Its texts hold no word a TXT001 pattern needs, so no search runs and no timer is set.
    assert not {"jsonschema", "tempfile", "dataclasses", "signal"} & checked
