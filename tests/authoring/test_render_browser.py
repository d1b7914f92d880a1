"""The HTML notice in a real browser: axe-core finds no serious or critical problem.

Chromium is Debian's ``chromium`` package and axe-core comes from the npm
registry (``package.json``; ``.ci/run`` runs ``npm ci`` and installs
Chromium). The tests drive Chromium over the DevTools pipe (``cdp.py``).
They also check that the page asks for nothing but itself, that hostile
policy text stays text, and that printing gives a PDF. A screenshot goes to
``artifacts/`` (git-ignored); ``docs/notice.png`` is a copy of one.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Iterator

import pytest
from conftest import missing_tool

from cdp import Browser
from policy_lint.authoring.render import render
from policy_lint.loading import load_text

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "artifacts"
COMPLETE = ROOT / "examples" / "complete.yaml"

HOSTILE = """\
schema_version: 1
clinic:
  name: "<script>alert(1)</script> & Co"
  jurisdiction: US-CA
  language: "es"
  contact: {name: "<img src=x onerror=alert(2)>", email: "a@b.example\\"><script>alert(3)</script>", phone: "+1 555 0100"}
  website: "javascript:alert(4)"
  effective_date: 2026-01-15
confidentiality:
  summary: "</p><script>alert(5)</script><p>"
limits:
  - category: harm_to_self
    title: "<style>body{display:none}</style>"
    explanation: "<iframe src='https://example.com'></iframe> We act to keep you safe."
    legal_basis: ["<b>bold</b>"]
questions: "<a href='javascript:alert(6)'>click</a>"
"""


def _axe() -> str:
    if not AXE.is_file():
        missing_tool("axe-core is not installed: run npm ci (.ci/run does it in CI)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    b = Browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield b
    finally:
        b.close()


def _page(tmp_path: Path, text: str, name: str = "notice.html") -> Path:
    data = load_text(text, "policy.yaml").document.data  # type: ignore[union-attr]
    page = tmp_path / name
    page.write_text(str(render("html", data)), encoding="utf-8")
    return page


def _run_axe(browser: Browser, session: str) -> list[dict[str, Any]]:
    browser.evaluate(session, _axe())
    found = browser.evaluate(
        session,
        "axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations.map("
        "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))",
        wait=True,
    )
    return json.loads(found)  # type: ignore[no-any-return]


def _source(name: str) -> str:
    if name.startswith("init:"):
        from policy_lint.authoring import init as starter

        answers = starter.Answers("Hill & Dale <Therapy>", name[5:], email="a@b.example", phone="+1 555 0100", practices=starter.PRACTICES)
        return starter.render_starter(answers, "schema.json")[0]
    return (ROOT / "examples" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("source", ["complete.yaml", "small-practice.yaml", "init:US-TX", "init:GB"])
@pytest.mark.parametrize("media", ["screen", "print"])
def test_axe_finds_no_serious_or_critical_problem(browser: Browser, tmp_path: Path, media: str, source: str) -> None:
    page = _page(tmp_path, _source(source))
    session = browser.open(page.as_uri())
    browser.send("Emulation.setEmulatedMedia", {"media": media}, session=session)
    violations = _run_axe(browser, session)
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=2)
    # The page is also clean of the lesser problems axe knows about.
    assert not violations, json.dumps(violations, indent=2)


def test_a_page_in_another_language_is_clean_too(browser: Browser, tmp_path: Path) -> None:
    text = COMPLETE.read_text(encoding="utf-8").replace("language: en", "language: es")
    session = browser.open(_page(tmp_path, text).as_uri())
    assert browser.evaluate(session, "document.documentElement.lang") == "es"
    # Our own English headings say so, for screen readers.
    assert browser.evaluate(session, "document.querySelector('#limits').lang") == "en"
    assert not _run_axe(browser, session)


def test_headings_landmarks_and_order(browser: Browser, tmp_path: Path) -> None:
    page = _page(tmp_path, COMPLETE.read_text(encoding="utf-8"))
    session = browser.open(page.as_uri())
    levels = browser.evaluate(session, "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels  # never skips a level
    # Everything is in main (a reader of the main text sees it all), with a contents list.
    landmarks = browser.evaluate(session, "['main','nav','header','footer'].map(t => document.querySelectorAll(t).length)")
    assert landmarks == [1, 1, 1, 0]
    assert browser.evaluate(session, "document.body.innerText.trim() === document.querySelector('main').innerText.trim()") is False  # the skip link
    assert browser.evaluate(session, "[...document.body.children].filter(e => e.tagName !== 'MAIN' && !e.classList.contains('skip')).length") == 0
    # The promise is its own region, before the limits.
    order = browser.evaluate(session, "[...document.querySelectorAll('main h2')].map(h => h.id)")
    assert order == ["private", "promise", "limits", "questions", "contact"]
    assert browser.evaluate(session, "getComputedStyle(document.querySelector('.promise')).borderTopStyle") == "solid"
    titles = browser.evaluate(session, "[...document.querySelectorAll('.limit h3')].map(h => h.textContent)")
    assert titles[:2] == ["If you might seriously hurt yourself soon", "If you might seriously hurt someone else"]
    assert len(titles) == 21
    assert "January 15, 2026" in browser.evaluate(session, "document.querySelector('.contact').textContent")


def test_hostile_text_stays_text_and_nothing_loads(browser: Browser, tmp_path: Path) -> None:
    page = _page(tmp_path, HOSTILE)
    before = len(browser.requests())
    session = browser.open(page.as_uri())
    counts = browser.evaluate(session, "['script','img','iframe','style','b'].map(t => document.querySelectorAll(t).length)")
    assert counts == [0, 0, 0, 1, 0]  # our one stylesheet; no markup from the policy
    hrefs = browser.evaluate(session, "[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    assert "<script>alert(1)</script> & Co" in browser.evaluate(session, "document.querySelector('h1').textContent")
    asked = browser.requests()[before:]
    assert asked and all(url == page.as_uri() for url in asked), asked
    assert not [v for v in _run_axe(browser, session) if v["impact"] in ("serious", "critical")]


def test_print_to_pdf_and_screenshot(browser: Browser, tmp_path: Path) -> None:
    page = _page(tmp_path, COMPLETE.read_text(encoding="utf-8"))
    session = browser.open(page.as_uri())
    pdf = base64.b64decode(browser.send("Page.printToPDF", {"displayHeaderFooter": False, "printBackground": False}, session=session)["data"])
    assert pdf[:5] == b"%PDF-"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "notice.pdf").write_bytes(pdf)
    shot = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"])
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 20_000
    (ARTIFACTS / "notice.png").write_bytes(shot)


def test_the_docs_screenshot_is_there() -> None:
    shot = ROOT / "docs" / "notice.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "docs/notice.png" in (ROOT / "README.md").read_text(encoding="utf-8")
