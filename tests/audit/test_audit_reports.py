"""The audit reports: HTML, Markdown, CSV and JSON from a folder of clinics, and the command."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

import pytest

from audit_fixtures import DATE, EVIL_NAME, clinics  # noqa: F401 (fixture)
from policy_files import policy_copies
from policy_lint.audit import render
from policy_lint.audit.model import Audit
from policy_lint.audit.progress import Progress
from policy_lint.session import CheckOptions, Session


def _audit(folder: Path) -> Audit:
    audit = Session(CheckOptions(paths=(str(folder),))).audit(date=DATE, title="Confidentiality policy audit")
    return audit


class _Page(HTMLParser):
    """Collect tags, ids, links and the matrix cells of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.attrs: list[str] = []
        self.attr_names: list[str] = []
        self.rows: list[list[str]] = []
        self._in_body = False
        self._matrix = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        self.attrs += [v or "" for _, v in attrs]
        self.attr_names += [k for k, _ in attrs]
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag == "table":
            self._matrix = a.get("id") == "matrix"
        if tag == "tbody" and self._matrix:
            self._in_body = True
        if self._in_body and tag == "tr":
            self.rows.append([])
        if self._in_body and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_html_report(clinics: Path) -> None:
    audit = _audit(clinics)
    page = render("html", audit)
    assert page == render("html", _audit(clinics)), "the same input gives the same bytes"
    parser = _Page()
    parser.feed(page)

    # Self-contained: no scripts, no outside files, nothing fetched.
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert not any(name in ("src", "srcset", "data") for name in parser.attr_names)
    style = page[page.index("<style>") : page.index("</style>")]
    assert "@import" not in style and "url(" not in style
    # The hostile clinic name is text, escaped everywhere (text and attributes).
    assert "<script>" not in page and "<img" not in page
    assert html_escaped(EVIL_NAME) in page
    assert any(EVIL_NAME in v for v in parser.attrs), "the title attribute holds the name, escaped"
    # Every link goes to an id on the page; ids are unique hashes.
    assert len(parser.ids) == len(set(parser.ids))
    for href in parser.links:
        assert href.startswith("#") and href[1:] in parser.ids, href
    # One row per clinic; the clinic, gaps and other findings, then one cell per requirement.
    files = sorted(p for p in clinics.rglob("*") if p.suffix in (".yaml", ".json"))
    assert len(parser.rows) == len(files) == len(audit.clinics)
    for row in parser.rows:
        assert len(row) == 3 + len(audit.requirements)
        for cell in row[3:]:
            # A symbol and a word in every cell: a required limit or duty says what
            # its words do (stated, vague, contradicted, missing); the reading grade
            # may add "grade 13.8", a duty stated inside limits "only in 1 limit".
            assert re.fullmatch(
                r"(✓ (pass|stated)|✗ (fail|stated|vague|contradicted|missing)|~ suppressed|\? not checked|– not a duty here)( grade [\d.]+| only in \d+ limits?)?", cell
            ), cell
    # Clinics that could not be checked first, then the most gaps.
    unchecked = [all("not checked" in cell for cell in r[3:]) for r in parser.rows]
    assert unchecked == sorted(unchecked, reverse=True)
    gaps = [int(r[1]) for r, skip in zip(parser.rows, unchecked) if not skip]
    assert gaps == sorted(gaps, reverse=True)
    # What a client needs to see.
    assert "26 November 2026" in page and f"base {audit.pack_version}" in page
    assert "not legal advice" in page
    assert "@media print" in page and "table-header-group" in page and "break-inside: avoid" in page
    for word in ("✓", "✗", "~", "pass", "fail", "suppressed"):
        assert word in page


def html_escaped(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def test_markdown_report(clinics: Path) -> None:
    audit = _audit(clinics)
    text = render("markdown", audit)
    assert text == render("markdown", _audit(clinics))
    assert "<script>" not in text and "`code`" not in text and "[link](" not in text
    assert r"\<script\>alert(1)\</script\>" in text
    matrix = text.split("## Requirements met by each clinic", 1)[1].split("\n## ", 1)[0]
    table = [line for line in matrix.splitlines() if line.startswith("| ") and ("#c" in line or "**Total**" in line)]
    assert len(table) == len(audit.clinics) + 1
    for line in table:
        cells = re.split(r"(?<!\\)\|", line)[1:-1]
        assert len(cells) == 3 + len(audit.requirements), line
    anchors = set(re.findall(r'<a id="(c[0-9a-f]{12})"></a>', text))
    for target in re.findall(r"\]\(#(c[0-9a-f]{12})\)", text):
        assert target in anchors
    assert "not legal advice" in text


def test_csv_report(clinics: Path) -> None:
    audit = _audit(clinics)
    text = render("csv", audit)
    assert text == render("csv", _audit(clinics))
    assert text.endswith("\r\n") and "\r\n" in text
    assert text.startswith("\ufeff")  # a BOM, so that Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["clinic", "file", "checked", "gaps", "suppressed", "other findings"]
    assert len(header) == 6 + 3 * len(audit.requirements) + 3
    assert header[-3:] == ["jurisdiction", "jurisdiction source", "pack"]
    assert len(body) == len(audit.clinics)
    assert all(len(r) == len(header) for r in body)
    names = [r[0] for r in body]
    assert EVIL_NAME in names
    assert "'=HYPERLINK(1).yaml" in names
    for row in body:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@")), value
    elder = header.index("COV004 Elder abuse")
    evil = body[names.index(EVIL_NAME)]
    assert evil[elder : elder + 3] == ["missing", "1", "The policy does not say that you must report suspected abuse of an older adult."]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_formula_guard(value: str) -> None:
    from policy_lint.audit.csv import cell

    assert cell(value) == "'" + value
    assert cell("Oak") == "Oak" and cell(3) == 3


def test_json_report(clinics: Path) -> None:
    audit = _audit(clinics)
    data = json.loads(render("json", audit))
    assert data["version"] == 1
    assert data["date"] == DATE
    assert len(data["clinics"]) == len(audit.clinics)
    assert {c["name"] for c in data["clinics"]} >= {EVIL_NAME, "=HYPERLINK(1).yaml", "broken.yaml"}


class _FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_bar_only_for_long_runs_on_a_terminal() -> None:
    def run(total: int, tty: bool) -> str:
        stream = _FakeTerminal(tty)
        with Progress(total, stream) as bar:
            for i in range(1, total + 1):
                bar.update(i)
        return stream.getvalue()

    long_tty = run(120, True)
    assert "Checking policies [" in long_tty and "120/120" in long_tty
    assert long_tty.endswith("\r"), "the bar is cleared at the end"
    assert long_tty.count("\r") <= 2 * 101 + 2, "it draws only when the bar moves"
    assert run(120, False) == ""
    assert run(50, True) == ""


def test_progress_bar_from_the_audit(clinics: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import policy_lint.audit.progress as progress

    monkeypatch.setattr(progress, "THRESHOLD", 3)
    tty, pipe = _FakeTerminal(True), _FakeTerminal(False)
    Session(CheckOptions(paths=(str(clinics),))).audit(date=DATE, title="t", progress_stream=tty)
    Session(CheckOptions(paths=(str(clinics),))).audit(date=DATE, title="t", progress_stream=pipe)
    assert "Checking policies" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_cli_audit_writes_the_report(run_cli: Callable[..., Any], clinics: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = run_cli("audit", str(clinics), "-o", str(out), "--date", DATE)
    assert run.exit_code == 0, "gaps do not fail the audit: the report shows them"
    assert "Wrote" in run.stderr and "with gaps" in run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page == render("html", _audit(clinics))

    for fmt, suffix in (("csv", ".csv"), ("markdown", ".md"), ("json", ".json")):
        target = tmp_path / f"report{suffix}"
        assert run_cli("audit", str(clinics), "-o", str(target), "--date", DATE).exit_code == 0
        assert target.read_bytes().decode("utf-8") == render(fmt, _audit(clinics)), fmt

    shown = run_cli("audit", str(clinics), "--date", DATE)
    assert shown.exit_code == 0 and shown.stdout.startswith("# Confidentiality policy audit")


def test_cli_audit_usage_errors(run_cli: Callable[..., Any], clinics: Path, tmp_path: Path) -> None:
    policy = clinics / "complete.yaml"
    before = policy.read_bytes()
    over = run_cli("audit", str(clinics), "-o", str(policy), "-f", "html")
    assert over.exit_code == 2 and "will not write over it" in over.stderr
    assert policy.read_bytes() == before
    assert run_cli("audit", str(clinics), "--date", "26/11/2026").exit_code == 2
    assert run_cli("audit", str(clinics), "-f", "pdf").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run_cli("audit", str(empty))
    assert none.exit_code == 2 and "No policy files" in none.stderr
    assert run_cli("audit", str(clinics), "-o", str(tmp_path / "missing" / "r.html")).exit_code == 2


def test_audit_with_workers_gives_the_same_report(run_cli: Callable[..., Any], clinics: Path, tmp_path: Path) -> None:
    """audit --jobs lints in worker processes, through the same session as check, and says the same."""
    many = policy_copies(tmp_path / "many", 70, sorted(p for p in clinics.rglob("*") if p.suffix in (".yaml", ".json")), per_folder=10)

    one = run_cli("audit", str(many), "-f", "json", "--date", DATE, "--jobs", "1")
    two = run_cli("audit", str(many), "-f", "json", "--date", DATE, "--jobs", "2")

    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert 70 == len(json.loads(two.stdout)["clinics"])


def test_the_pack_version_comes_from_the_pack(clinics: Path) -> None:
    """The report shows the version the pack file gives (``Pack.version``)."""
    from policy_lint.packs import load_pack
    from policy_lint.resources import pack_path

    version = re.search(r'^version: "([^"]+)"', pack_path("base").read_text(encoding="utf-8"), re.M)

    assert version is not None and load_pack("base").version == version.group(1)
    assert version.group(1) == Session(CheckOptions(paths=(str(clinics),))).audit(date=DATE).pack_version
def test_the_audit_groups_clinics_by_jurisdiction_and_names_each_pack(tmp_path: Path) -> None:
    """Clinics of California, Texas and an unknown place: one group each, with the pack that checked them."""
    import shutil

    from conftest import EXAMPLES

    shutil.copy(EXAMPLES / "complete.yaml", tmp_path / "ca.yaml")
    shutil.copy(EXAMPLES / "complete.json", tmp_path / "tx.json")
    shutil.copy(EXAMPLES / "jurisdictions" / "tx-code.yaml", tmp_path / "assumed.yaml")
    (tmp_path / "nowhere.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    audit = Session(CheckOptions(paths=(str(tmp_path),))).audit(date="2026-12-05")
    groups = {g["code"]: g for g in audit.groups}
    assert list(groups) == ["US-CA", "US-TX", ""]
    assert groups["US-CA"]["packs"] == ["us-ca"] and groups["US-TX"]["packs"] == ["us-tx"]
    assert {c.path.rsplit("/", 1)[-1] for c in groups["US-TX"]["clinics"]} == {"tx.json", "assumed.yaml"}
    assert groups[""]["place"] == "Not given" and groups[""]["packs"] == ["base"]
    text = render("markdown", audit)
    assert "## Clinics by jurisdiction" in text
    assert "| California (US-CA) | `us-ca` |" in text
    assert "Jurisdiction: Texas (US-TX, assumed). Checked against the us-tx pack." in text
    data = audit.to_dict()
    assert [j["code"] for j in data["jurisdictions"]] == ["US-CA", "US-TX", ""]
    html = render("html", audit)
    assert "<h2>Clinics by jurisdiction</h2>" in html


def _html_summary(page: str) -> list[str]:
    """The text of each card of the HTML summary, in order."""
    block = page.split('<ul class="summary" aria-label="Summary">', 1)[1].split("</ul>", 1)[0]
    return [re.sub(r"<[^>]+>", "", item).replace("&#x27;", "'") for item in re.findall(r"<li[^>]*>(.*?)</li>", block)]


def _markdown_summary(text: str, audit: Audit) -> list[str]:
    """The summary's bullets of the Markdown report (after the one-clinic lines), in order."""
    head = text.split("> If you are not sure, ask a lawyer or your licensing board.\n\n", 1)[1].split("\n\n", 1)[0]
    bullets = [line[2:] for line in head.splitlines()]
    return bullets[1 + bool(audit.clinics[0].verdict[0]) :] if audit.single else bullets


def test_html_and_markdown_render_the_same_summary_lines(clinics: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both reports show the model's summary lines, in its order: the HTML as cards, the Markdown as sentences."""
    from policy_lint.audit.model import SummaryLine

    audit = _audit(clinics)
    for report in (audit, audit.for_clinic(audit.clinics[0]), audit.for_clinic(audit.clinics[-1])):
        lines = report.summary_lines
        assert lines, "a report always says its gaps"
        cards = [f"{x.count if x.count is not None else ''}{x.words}{x.card}" + (f" {x.link[0]}" if x.link else "") for x in lines]
        assert cards == _html_summary(render("html", report))
        sentences = [(f"{x.count} " if x.count is not None else "") + x.words + x.more + (f" [{x.link[0]}](#{x.link[1]})" if x.link else "") for x in lines if x.in_text]
        assert sentences == _markdown_summary(render("markdown", report), report)

    # A new line in the model shows in both reports, with nothing to add in either.
    new = SummaryLine("test", 3, "lines from the model", tone="warn", card=" (card)", more=" (sentence)", link=("Notes", "notes"))
    monkeypatch.setattr(Audit, "summary_lines", property(lambda self: (new,)))
    assert _html_summary(render("html", audit)) == ["3lines from the model (card) Notes"]
    assert _markdown_summary(render("markdown", audit), audit) == ["3 lines from the model (sentence) [Notes](#notes)"]
