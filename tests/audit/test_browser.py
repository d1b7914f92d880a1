"""Open the HTML audit report in a real browser (headless Chromium).

It checks the DOM the browser builds (rows, columns, a hostile clinic name
shown as text and never run), prints the page to PDF, and saves a screenshot
under artifacts/ (git-ignored) for people to look at.

CI installs Chromium (Debian's ``chromium`` package) in .ci/run. The test is
skipped only when no Chromium is installed.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
from conftest import CHROMIUM_FLAGS, chromium

from audit_fixtures import DATE, EVIL_NAME, clinics  # noqa: F401 (fixture)
from policy_lint.audit import render
from policy_lint.audit.run import run_audit
from policy_lint.runner import CheckOptions

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    cmd = [
        chromium(),
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.fixture()
def report(clinics: Path, tmp_path: Path) -> tuple[Path, int, int]:
    audit, _ = run_audit(CheckOptions(paths=(str(clinics),)), date=DATE)
    page = tmp_path / "report.html"
    page.write_text(render("html", audit), encoding="utf-8")
    return page, len(audit.clinics), len(audit.requirements)


def test_the_browser_shows_the_matrix_and_never_runs_policy_text(report: tuple[Path, int, int], tmp_path: Path) -> None:
    page, clinics, requirements = report
    dom = _browser(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "</html>" in dom, dom[-500:]
    # No script element at all: the hostile name did not become markup.
    assert not re.search(r"<script\b", dom, re.IGNORECASE)
    assert not re.search(r"<img\b", dom, re.IGNORECASE)
    assert "onerror=" not in dom.replace("onerror=alert(2)&gt;", "")
    # It is shown as text, escaped as the browser serialises text.
    shown = html.escape(EVIL_NAME, quote=False)
    assert shown in dom
    # The matrix: one row per clinic, the clinic, gaps and other findings, then one column per requirement.
    matrix = dom[dom.index('id="matrix"') :]
    body = matrix[matrix.index("<tbody>") : matrix.index("</tbody>")]
    rows = re.findall(r"<tr>.*?</tr>", body, re.DOTALL)
    assert len(rows) == clinics
    for row in rows:
        assert len(re.findall(r"<t[hd][ >]", row)) == 3 + requirements
    head = matrix[matrix.index("<thead>") : matrix.index("</thead>")]
    assert len(re.findall(r"<th[ >]", head)) == 3 + requirements


def test_screenshot_and_print(report: tuple[Path, int, int], tmp_path: Path) -> None:
    page, _, _ = report
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "audit-report.png"
    shot.unlink(missing_ok=True)
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", "--hide-scrollbars", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000

    pdf = ARTIFACTS / "audit-report.pdf"
    pdf.unlink(missing_ok=True)
    _browser(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    raw = pdf.read_bytes()
    assert raw[:5] == b"%PDF-"
    pages = len(re.findall(rb"/Type\s*/Page[^s]", raw))
    assert pages >= 2, "the findings start on their own page after the matrix"
