"""Files a folder scan leaves out for their ending are named, never skipped in silence.

Found in a trial: ``policy-lint audit clinics/`` left out
clinics/GB/leeds/policy.txt without a word, and said "6 clinics checked".
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

from conftest import EXAMPLES, CliRun
from policy_lint.discover import AUDIT_SUFFIXES, DATA_SUFFIXES, POLICY_SUFFIXES, READABLE_SUFFIXES, skipped_note

PAGE = "# Privacy at Leeds Talking Therapy\n\nWhat you tell us stays private. We do not share it without your permission.\n"


def _clinics(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    (root / "GB" / "leeds").mkdir(parents=True)
    (root / "US-CA" / "oak").mkdir(parents=True)
    (root / "GB" / "leeds" / "policy.txt").write_text(PAGE, encoding="utf-8")
    (root / "GB" / "leeds" / "README.txt").write_text("Notes for the consultant.\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "complete.yaml", root / "US-CA" / "oak" / "policy.yaml")
    return root


def test_the_endings_policy_lint_reads_are_the_readers_and_the_data_formats() -> None:
    from policy_lint.readers import FORMATS

    assert set(READABLE_SUFFIXES) == set(DATA_SUFFIXES) | set(FORMATS)
    assert set(POLICY_SUFFIXES) < set(AUDIT_SUFFIXES) <= set(READABLE_SUFFIXES)


def test_check_names_the_files_it_skips_and_how_to_check_them(tmp_path: Path, run_cli: Callable[..., CliRun], monkeypatch) -> None:
    root = _clinics(tmp_path)
    monkeypatch.chdir(tmp_path)
    run = run_cli("check", "clinics", "--no-hints")
    assert "policy.txt" not in run.stdout  # not checked by default in check
    assert "Skipped 1 file" in run.stderr and os.path.join("clinics", "GB", "leeds", "policy.txt") in run.stderr
    assert "add .txt to --extensions or to the config key extensions" in run.stderr
    assert "README.txt" not in run.stderr  # a repository's own file is no policy: skipped, and rightly so
    run = run_cli("check", "clinics", "--no-hints", "--extensions", ".yaml,.txt")
    assert "policy.txt" in run.stdout and "Skipped" not in run.stderr
    (root / "US-CA" / "oak" / "policy.yaml").unlink()
    run = run_cli("check", "clinics")
    assert run.exit_code == 2 and "No policy files found" in run.stderr and "Skipped 1 file" in run.stderr


def test_a_file_named_on_the_command_line_is_never_skipped(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _clinics(tmp_path)
    run = run_cli("check", str(root / "GB" / "leeds" / "policy.txt"), "--no-hints")
    assert "policy.txt" in run.stdout and "Skipped" not in run.stderr


def test_the_audit_reads_text_files_by_default(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _clinics(tmp_path)
    run = run_cli("audit", str(root), "--format", "json", "--date", "2026-12-05")
    data = json.loads(run.stdout)
    assert sorted(c["path"] for c in data["clinics"]) == ["GB/leeds/policy.txt", "US-CA/oak/policy.yaml"]
    assert data["summary"]["skipped_files"] == 0 and data["skipped_files"] == []


def test_the_audit_report_says_which_files_it_left_out(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _clinics(tmp_path)
    out = tmp_path / "report.md"
    run = run_cli("audit", str(root), "--extensions", ".yaml", "-o", str(out), "--date", "2026-12-05")
    text = out.read_text(encoding="utf-8")
    assert "- 1 clinic checked" in text
    assert "- 1 file left out for its ending, see [Notes](#notes)" in text
    assert "policy.txt" in text.split("## Notes")[1] and "--extensions" in text.split("## Notes")[1]
    assert "Skipped 1 file" in run.stderr
    html = tmp_path / "report.html"
    run_cli("audit", str(root), "--extensions", ".yaml", "-o", str(html), "--date", "2026-12-05")
    page = html.read_text(encoding="utf-8")
    assert 'href="#notes"' in page and 'id="notes"' in page
    data = json.loads(run_cli("audit", str(root), "--extensions", ".yaml", "-f", "json", "--date", "2026-12-05").stdout)
    assert data["summary"]["skipped_files"] == 1 and data["skipped_files"][0].endswith("policy.txt")


def test_the_config_key_extensions_is_named_too(tmp_path: Path, run_cli: Callable[..., CliRun], monkeypatch) -> None:
    _clinics(tmp_path)
    (tmp_path / ".policy-lint.yaml").write_text("extensions: [.yaml, .txt]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = run_cli("check", "clinics", "--no-hints")
    assert "policy.txt" in run.stdout and "Skipped" not in run.stderr


def test_the_note_lists_a_few_and_counts_the_rest() -> None:
    note = skipped_note([Path(f"c/{i}.txt") for i in range(7)] + [Path("c/x.docx")])
    assert note is not None and note.startswith("Skipped 8 files, because their endings (.docx, .txt) are")
    assert "and 3 more" in note and note.endswith("add .docx, .txt to --extensions or to the config key extensions.")
    assert skipped_note([]) is None
