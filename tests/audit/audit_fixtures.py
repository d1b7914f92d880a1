"""Fixtures for the audit tests: a folder of clinics, some of them hostile.

Test modules import them by name. This is not a conftest.py, so that the
root tests/conftest.py stays the only module named ``conftest``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

#: A clinic name that tries every trick: HTML, attributes, Markdown, CSV.
EVIL_NAME = "<script>alert(1)</script> \"Evil\" & 'Co' <img src=x onerror=alert(2)> | `code` [link](http://x.example)"
DATE = "2026-11-26"


def _renamed(source: Path, name_line: str) -> str:
    text = source.read_text(encoding="utf-8")
    old = "  name: Riverside Counseling\n"
    assert old in text, f"{source} no longer has the clinic name line this fixture replaces"
    return text.replace(old, name_line, 1)


@pytest.fixture()
def clinics(tmp_path: Path) -> Path:
    """A folder of clinics: the examples, a hostile name, a file with no name, and a broken file."""
    folder = tmp_path / "clinics"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("*.md", "*.expected", "prose"))
    escaped = EVIL_NAME.replace("\\", "\\\\").replace('"', '\\"')
    (folder / "evil.yaml").write_text(_renamed(EXAMPLES / "gaps" / "no-elder-abuse.yaml", f'  name: "{escaped}"\n'), encoding="utf-8")
    # No clinic name: the row shows the file name, which starts like a spreadsheet formula.
    (folder / "=HYPERLINK(1).yaml").write_text(_renamed(EXAMPLES / "complete.yaml", ""), encoding="utf-8")
    (folder / "broken.yaml").write_text("schema_version: 1\nclinic: [unclosed\n", encoding="utf-8")
    return folder
