"""Small problems a new-user trial found in the command line (trial 5, item 14)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable

from conftest import CliRun

sys.path.insert(0, str(Path(__file__).resolve().parent / "prose"))

from prose_files import make_docx  # noqa: E402


def test_a_markdown_page_on_stdin_with_a_colon_gets_the_stdin_filename_hint(run_cli: Callable[..., CliRun]) -> None:
    page = "# Confidentiality\n\nWhat you say stays private.\n\n## Exceptions\n\nWe may share: when the law requires it.\n"
    run = run_cli("check", "-", input=page)
    assert "PAR003" in run.stdout and "--stdin-filename page.md" in run.stdout


def test_plain_text_on_stdin_gets_a_hint_too(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("check", "-", input="We keep what you say private. We share it only when the law says we must.\n")
    assert "PAR006" in run.stdout and "schema_version" in run.stdout and "--stdin-filename policy.txt" in run.stdout
    assert "--stdin-filename" not in run_cli("check", "-", "--stdin-filename", "notes.txt", input="We keep it private.\n").stdout


def test_broken_yaml_on_stdin_gets_no_stdin_hint(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("check", "-", input='schema_version: 1\nclinic:\n  name: "Oak\n')
    assert "PAR003" in run.stdout and "--stdin-filename" not in run.stdout


def test_a_file_that_is_not_a_pdf_is_not_called_damaged(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    fake = tmp_path / "ls.pdf"
    fake.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    run = run_cli("check", str(fake))
    assert "This file is not a PDF" in run.stdout and "damaged:" not in run.stdout
    real_but_cut = tmp_path / "cut.pdf"
    real_but_cut.write_bytes(b"%PDF-1.4\n1 0 obj <<\n")
    assert "This PDF is damaged" in run_cli("check", str(real_but_cut)).stdout


def test_an_unknown_option_suggests_only_a_close_one(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("check", "--bogus", "x.yaml")
    assert run.exit_code == 2 and "No such option '--bogus'." in run.stderr and "Did you mean" not in run.stderr
    assert "Did you mean '--jobs'?" in run_cli("check", "--jbos", "x.yaml").stderr
    assert "Did you mean '--format'?" in run_cli("audit", "--formt", "html", "x").stderr
    assert "Did you mean '--version'?" in run_cli("--verison").stderr
    assert "Did you mean" not in run_cli("--zzz").stderr


def test_rules_lists_the_rules_of_every_place(run_cli: Callable[..., CliRun], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = run_cli("rules").stdout
    for rule in ("COV001", "JUR001", "JUR100", "JUR201", "JUR301", "JUR401", "JUR501", "JUR601", "JUR701", "NPP001"):
        assert f"\n{rule} " in out, rule
    assert "more rules of the packs of places" in out and "policy-lint rules --pack us-tx" in out
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"JUR301", "JUR401"} <= {r["id"] for r in data["place_rules"]}
    assert not {r["id"] for r in data["place_rules"]} & {r["id"] for r in data["rules"]}
    named = run_cli("rules", "--pack", "base").stdout
    assert "JUR301" not in named and "policy-lint rules --pack us-tx" in named
    assert "JUR301" in run_cli("rules", "--pack", "us-tx").stdout
    (tmp_path / ".policy-lint.yaml").write_text("pack: us-ny\n", encoding="utf-8")
    assert "JUR301" not in run_cli("rules").stdout  # the config names a pack: no choice by place


def test_a_word_finding_about_the_whole_file_says_so(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    path = make_docx(tmp_path / "policy.docx", [("paragraph", "We keep what you say private."), ("paragraph", "We share records pursuant to a court order.")])
    out = run_cli("check", str(path), "--no-hints").stdout
    assert "policy.docx:the whole file: error COV001" in out and "policy.docx:1:1" not in out
    assert "policy.docx:paragraph 2, character 18: warning PLN005" in out  # a finding with a place keeps its paragraph


def test_the_unexplained_term_hint_fits_the_term(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Privacy\n\nWe report abuse of a dependent adult to the state.\n", encoding="utf-8")
    out = run_cli("check", str(page), "--select", "PLN006").stdout
    assert 'hint: Add what "dependent adult" means right after it' in out
    assert "subpoena" not in out
