"""Dev pages (tests/prose/dev_pages): whole pages with menus, alert banners and footers, and the
coverage a careful reader gives them. Unlike tests/prose/pages (a measurement, never tuned on),
these pages may be read and changed to teach policy-lint; each one checks a general mechanism:
menus and link lists are not policy text, a stated limit does not hide the vague words of the
next sentence, and the law given as the limit itself states required_by_law."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).resolve().parent / "dev_pages"
EXPECTED = YAML(typ="safe").load((FOLDER / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def coverage() -> dict[str, dict[str, str]]:
    paths = [str(FOLDER / name) for name in EXPECTED]
    cmd = [sys.executable, "-m", "policy_lint", "check", "--format", "json", "--isolated", *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    return {Path(f["path"]).name: {c["topic"]: c["status"] for c in f["coverage"]} for f in report["files"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dev_page_coverage(coverage: dict[str, dict[str, str]], name: str) -> None:
    got = coverage[name]
    wrong = {t: (want, got.get(t, "missing")) for t, want in EXPECTED[name].items() if got.get(t, "missing") != want}
    assert not wrong, wrong


@pytest.mark.parametrize("name", ["school-menu.html", "school-menu.md", "school-menu.txt"])
def test_a_menu_link_states_no_limit(coverage: dict[str, dict[str, str]], name: str) -> None:
    # "Suicide Prevention" is a menu link: read as text, it would make harm_to_self "stated" (a false all clear)
    assert coverage[name].get("harm_to_self", "missing") == "missing"
