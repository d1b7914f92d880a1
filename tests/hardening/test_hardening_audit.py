"""Everything from a policy is escaped in the HTML and Markdown audit reports.

tests/audit checks a hostile clinic name. This checks the other ways a
policy's text reaches a report: an unknown key quoted in a message, a
placeholder quoted from the prose, and the file name, each with markup,
Markdown syntax and terminal escapes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from hardening_cases import GOOD_YAML

ROOT = Path(__file__).resolve().parents[2]
KEY = "<img src=x onerror=alert(1)>|[x](javascript:alert(1))\x1b[2J"
PROSE = "[clinic <script>alert(3)</script>]"


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "clinics"
    folder.mkdir()
    escaped_key = KEY.replace("\x1b", "\\e")
    text = GOOD_YAML.replace("schema_version: 1\n", f'schema_version: 1\n"{escaped_key}": 1\n', 1)
    text = text.replace("questions: >", f"questions: >\n  See {PROSE} now.", 1)
    (folder / "evil.yaml").write_text(text, encoding="utf-8")
    name = "<b>bold<i>|pipe [x](y) `tick` \x1b[31m.yaml" if sys.platform != "win32" else "b-bold.yaml"
    (folder / name).write_text((ROOT / "examples" / "gaps" / "placeholder-text.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _audit(run_cli: Callable[..., Any], fmt: str, folder: Path) -> str:
    result = run_cli("audit", "-f", fmt, "--date", "2026-11-26", str(folder))
    assert result.exit_code == 0, result.stdout + result.stderr
    return str(result.stdout)


def test_html_report_escapes_policy_text(hostile_folder: Path, run_cli: Callable[..., Any]) -> None:
    page = _audit(run_cli, "html", hostile_folder)
    for raw in ("<img", "<script", "<b>bold", "onerror=alert(1)>", "\x1b"):
        assert raw not in page, raw
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # shown, as text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;i&gt;" in page or sys.platform == "win32"


def test_markdown_report_escapes_policy_text(hostile_folder: Path, run_cli: Callable[..., Any]) -> None:
    text = _audit(run_cli, "markdown", hostile_folder)
    assert not re.search(r"(?<!\\)<(img|script|b>)", text)
    assert "](javascript:" not in text.replace("\\](javascript:", "")
    assert "\x1b" not in text
    # Table rows keep their columns: a | from a policy is escaped.
    rows = [line for line in text.splitlines() if line.startswith("| ") and "bold" in line]
    assert rows and all("\\|pipe" in row for row in rows)
