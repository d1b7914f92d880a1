"""check, audit and render take the format from the -o file ending, and refuse a --format that clashes with it.

``audit -f markdown -o report.csv`` wrote Markdown into a .csv file, while
``render`` refused the same clash: one helper now serves both (clean40,
session 22). ``check -f text -o out.json`` wrote text into a .json file: the
helper serves check too (review of trial 40).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from conftest import EXAMPLES, CliRun

DATE = "2026-12-05"


def _clinics(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    (root / "oak").mkdir(parents=True)
    (root / "oak" / "privacy.md").write_text("# Privacy at Oak\n\nIf you may seriously hurt yourself, I may call emergency services.\n\n4100 Park Blvd, Oakland, CA 94610\n", encoding="utf-8")
    return root


def _run(run_cli: Callable[..., CliRun], command: str, tmp_path: Path, *args: str) -> CliRun:
    if command == "audit":
        return run_cli("audit", str(_clinics(tmp_path)), "--date", DATE, *args)
    if command == "check":
        return run_cli("check", str(EXAMPLES / "complete.yaml"), *args)
    return run_cli("render", str(EXAMPLES / "complete.yaml"), *args)


@pytest.mark.parametrize(
    ("command", "name", "fmt", "endings"),
    [
        ("audit", "report.csv", "markdown", ".md or .markdown"),
        ("audit", "report.html", "json", ".json"),
        ("audit", "REPORT.MD", "csv", ".csv"),
        ("render", "notice.md", "html", ".html or .htm"),
        ("render", "notice.txt", "docx", ".docx"),
        ("check", "out.sarif", "json", ".json"),
        ("check", "out.xml", "sarif", ".sarif or .json"),
    ],
)
def test_a_format_that_clashes_with_the_ending_is_refused(run_cli: Callable[..., CliRun], tmp_path: Path, command: str, name: str, fmt: str, endings: str) -> None:
    """A --format that another format's ending contradicts stops with exit 2, names the endings that fit, and writes nothing."""
    out = tmp_path / name
    done = _run(run_cli, command, tmp_path, "-f", fmt, "-o", str(out))
    assert done.exit_code == 2
    [line] = done.stderr.splitlines()
    assert f"{out} ends in {Path(name).suffix.lower()}, but --format {fmt} makes" in line
    assert f"Give a file name that ends in {endings}, or leave out --format." in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("command", "name", "fmt", "start"),
    [
        ("audit", "report.csv", "csv", "\ufeff"),
        ("audit", "report.markdown", None, "# "),
        ("render", "notice.md", "markdown", "# "),
        ("render", "notice.htm", None, "<!DOCTYPE html>"),
        ("check", "scan.sarif.json", "sarif", "{"),
        ("check", "out.txt", "json", "{"),
        ("check", "out", None, "Checked 1 file"),
    ],
)
def test_a_format_that_fits_the_ending_is_written(run_cli: Callable[..., CliRun], tmp_path: Path, command: str, name: str, fmt: str | None, start: str) -> None:
    """A --format that the ending names (or an ending that names no format, for check) writes that format."""
    out = tmp_path / name
    done = _run(run_cli, command, tmp_path, *(["-f", fmt] if fmt else []), "-o", str(out))
    assert done.exit_code == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize(("command", "says"), [("audit", "ends in .html, .md, .csv or .json, or give --format."), ("render", "ends in .html, .md, .txt or .docx.")])
def test_an_ending_that_says_no_format_lists_the_endings(run_cli: Callable[..., CliRun], tmp_path: Path, command: str, says: str) -> None:
    """An ending that names no format and no --format stops with exit 2 and lists the endings to use."""
    done = _run(run_cli, command, tmp_path, "-o", str(tmp_path / "out.rtf"))
    assert done.exit_code == 2
    assert f"cannot tell the {'report' if command == 'audit' else 'notice'} format from the ending of" in done.stderr and says in done.stderr
