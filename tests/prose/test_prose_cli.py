"""``check`` and ``audit`` on prose: places in every output format, mixed folders, file endings."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import EXAMPLES, ROOT
from policy_files import write_policy
from prose_files import make_docx, make_pdf

SITE = EXAMPLES / "prose" / "riverside-site.html"


def _findings(run: Any) -> list[dict[str, Any]]:
    return [f for fr in json.loads(run.stdout)["files"] for f in fr["findings"]]


def test_check_a_page_reports_wording_problems_at_the_source_lines(run_cli: Callable[..., Any]) -> None:
    run = run_cli("check", str(SITE), "--no-hints")
    lines = run.stdout.splitlines()
    assert f"{SITE}:62:82: error TXT001 'TBD' looks like text from a template. Replace it with the real text. [placeholder-text]" in lines
    assert any(line.startswith(f"{SITE}:61:54: warning PLN005 Use plain words for \"shall\"") for line in lines)
    assert run.exit_code == 1


def test_the_same_place_in_json_and_sarif(run_cli: Callable[..., Any]) -> None:
    as_json = [f for f in _findings(run_cli("check", str(SITE), "-f", "json")) if f["rule"] == "TXT001"]
    assert [(f["line"], f["column"], f["end_line"], f["end_column"], f["pointer"]) for f in as_json] == [(62, 82, 62, 85, "/blocks/12")]
    sarif = json.loads(run_cli("check", str(SITE), "-f", "sarif").stdout)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "TXT001"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (62, 82, 62, 85)


@pytest.mark.parametrize("maker, label", [(make_docx, "paragraph 8"), (make_pdf, "page 2, paragraph 2")], ids=["docx", "pdf"])
def test_word_and_pdf_places_are_locators_in_every_format(maker: Any, label: str, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    path = maker(tmp_path / ("policy.docx" if maker is make_docx else "policy.pdf"))
    text = run_cli("check", str(path), "--no-hints").stdout
    assert f"{path}:{label}, character 45: error TXT001 'TODO' looks like text from a template." in text
    todo = [f for f in _findings(run_cli("check", str(path), "-f", "json")) if f["rule"] == "TXT001"]
    assert todo[0]["line"] is None and todo[0]["locator"]["text"] == f"{label}, character 45"
    assert (todo[0]["locator"]["character"], todo[0]["locator"]["end_character"]) == (45, 49)
    sarif = json.loads(run_cli("check", str(path), "-f", "sarif").stdout)
    loc = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "TXT001")["locations"][0]
    assert "region" not in loc["physicalLocation"]
    assert loc["logicalLocations"] == [{"name": f"{label}, character 45", "kind": "element"}]
    github = run_cli("check", str(path), "-f", "github").stdout
    assert ",line=" not in github
    assert "(" + label.replace(",", "%2C") + ")" in github  # in the title, with its comma escaped
    junit = run_cli("check", str(path), "-f", "junit").stdout
    assert f"{label}, character 45" in junit


def test_sarif_with_locators_is_valid(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    import jsonschema

    schema_path = ROOT / ".." / "shared" / "vendor" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("the SARIF schema is in ../shared/vendor")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    path = make_pdf(tmp_path / "policy.pdf")
    log = json.loads(run_cli("check", str(path), str(SITE), "-f", "sarif").stdout)
    jsonschema.validate(log, schema)


def test_audit_of_a_mixed_folder_names_each_clinic_from_its_document(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    folder = tmp_path / "clinics"
    shutil.copytree(EXAMPLES / "prose", folder)
    shutil.copy(EXAMPLES / "complete.yaml", folder / "riverside.yaml")
    make_docx(folder / "word-policy.docx", title="Riverside Counseling Privacy Policy")
    make_pdf(folder / "untitled.pdf", pages=[[("paragraph", "We keep what you say private. TODO.")]])
    (folder / "README.md").write_text("# About this folder\n\nTODO: sort the files.\n", encoding="utf-8")
    run = run_cli("audit", str(folder), "-f", "json", "--extensions", ".yaml,.md,.html,.txt,.docx,.pdf")
    assert run.exit_code == 0, run.stderr
    report = json.loads(run.stdout)
    names = {c["path"]: c["name"] for c in report["clinics"]}
    assert names == {
        "blanket-promise.md": "Alder Creek Counseling",
        "bullet-list.md": "Sunrise Counseling Center",
        "faq.md": "Harbor Light Therapy",
        "legalistic.html": "Westbrook Psychological Associates",
        "privacy-notice.txt": "CEDAR GROVE FAMILY SERVICES",
        "riverside-site.html": "Riverside Counseling",
        "riverside.yaml": "Riverside Counseling",
        "word-policy.docx": "Riverside Counseling",
        "untitled.pdf": "untitled.pdf",
    }
    # A requirement that a rule could not check on prose is "not checked", never a pass.
    prose = next(c for c in report["clinics"] if c["path"] == "faq.md")
    assert prose["cells"]["DOC001"]["status"] == "pass" and prose["cells"]["DOC002"]["status"] == "pass"


def test_extensions_option_and_config_key(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    write_policy(tmp_path, "a.yaml")
    (tmp_path / "b.md").write_text("# Policy\n\nTODO\n", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>TODO</p>", encoding="utf-8")
    (tmp_path / "README.md").write_text("TODO\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("TODO\n", encoding="utf-8")

    def files(*args: str) -> list[str]:
        run = run_cli("check", str(tmp_path), "-f", "json", "--isolated", *args)
        return sorted(Path(f["path"]).name for f in json.loads(run.stdout)["files"])

    assert files() == ["a.yaml", "b.md", "c.html"]  # README.md is the folder's, and .txt files are notes, unless asked for
    assert files("--extensions", ".txt,.md") == ["b.md", "notes.txt"]
    assert files("--extensions", ".yaml") == ["a.yaml"]
    assert files("--extensions", "md,HTML") == ["b.md", "c.html"]
    (tmp_path / ".policy-lint.yaml").write_text("extensions: [.yaml, .html]\n", encoding="utf-8")
    run = run_cli("check", str(tmp_path), "-f", "json")
    assert sorted(Path(f["path"]).name for f in json.loads(run.stdout)["files"]) == ["a.yaml", "c.html"]
    bad = run_cli("check", str(tmp_path), "--extensions", "..")
    assert bad.exit_code == 2 and "is not a file ending" in bad.stderr


def test_a_yaml_run_imports_no_prose_reader() -> None:
    """Start-up stays cheap: checking YAML never imports Markdown, HTML, Word or PDF code."""
    code = (
        "import sys\n"
        "from policy_lint.cli import main\n"
        "try:\n"
        f"    main(['check', {str(EXAMPLES / 'complete.yaml')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "bad = [m for m in ('markdown_it', 'html.parser', 'docx', 'pypdf', 'policy_lint.readers.load', 'policy_lint.readers.html') if m in sys.modules]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_stdin_page_with_a_name(run_cli: Callable[..., Any]) -> None:
    run = run_cli("check", "-", "--stdin-filename", "policy.md", "--no-hints", input="# Policy\n\nAsk us, TBD.\n")
    assert "policy.md:3:9: error TXT001 'TBD'" in run.stdout


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<!DOCTYPE html><html><body><h1>Privacy</h1><p>We keep it private.</p></body></html>", "page.html"),
        ("<main><p>We keep what you say private.</p></main>", "page.html"),
        ("# Your privacy\n\nWe keep what you say private.\n", "page.md"),
    ],
)
def test_stdin_page_without_a_name_says_how_to_name_it(run_cli: Callable[..., Any], text: str, name: str) -> None:
    run = run_cli("check", "-", "-f", "json", input=text)
    [found] = [f for f in _findings(run) if f["rule"] == "PAR006"]
    assert f"--stdin-filename {name}" in found["hint"]


def test_stdin_plain_words_get_the_yaml_hint(run_cli: Callable[..., Any]) -> None:
    run = run_cli("check", "-", "-f", "json", input="just some words\n")
    [found] = [f for f in _findings(run) if f["rule"] == "PAR006"]
    assert "schema_version: 1" in found["hint"]  # it may be a YAML policy gone wrong
    assert found["hint"].endswith("If it is a policy written as text, name it, such as --stdin-filename policy.txt.")


def test_config_suppressions_and_per_file_ignores_apply_to_prose(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Prose holds no policy-lint comments: the config's suppressions (by pointer) and per-file ignores do the job."""
    page = tmp_path / "page.html"
    page.write_text("<main><p>We keep it private, TBD.</p><p>Notwithstanding the foregoing.</p></main>", encoding="utf-8")
    (tmp_path / ".policy-lint.yaml").write_text(
        "select: [TXT, PLN005]\n"
        "suppressions:\n"
        "  - {path: page.html, rules: [TXT001], pointer: /blocks/0, reason: \"We fill it in next week.\"}\n"
        "per_file_ignores:\n"
        "  \"*.html\": [PLN005]\n",
        encoding="utf-8",
    )
    run = run_cli("check", str(page), "-f", "json")
    found = [(f["rule"], f["suppressed"]) for f in _findings(run)]
    assert found == [("TXT001", True)]
    assert run.exit_code == 0


def test_workers_give_the_same_report_for_prose(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """With --jobs 2, Word and PDF places come back from the workers intact."""
    for i in range(12):
        make_docx(tmp_path / f"w{i:02d}.docx")
        make_pdf(tmp_path / f"p{i:02d}.pdf")
        shutil.copy(SITE, tmp_path / f"s{i:02d}.html")
    one = run_cli("check", str(tmp_path), "--isolated", "-j", "1", "-f", "json").stdout
    two = run_cli("check", str(tmp_path), "--isolated", "-j", "2", "-f", "json").stdout
    assert one == two
    assert "page 2, paragraph 2, character 45" in one


def test_coverage_of_a_pdf_names_pages_and_paragraphs(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    path = make_pdf(tmp_path / "policy.pdf")
    entry = json.loads(run_cli("check", str(path), "-f", "json").stdout)["files"][0]
    child = next(c for c in entry["coverage"] if c["topic"] == "child_abuse")
    assert child["status"] == "stated"
    assert child["where"][0]["line"] is None and child["where"][0]["locator"].startswith("page 1, paragraph 6, character ")
    assert "page 1, paragraph 6" in run_cli("why", str(path)).stdout


def test_a_pdf_that_pypdf_repairs_prints_nothing_but_the_report(tmp_path: Path) -> None:
    """pypdf logs what it guesses (here an unknown font encoding); the report must stay clean (found by fuzzing)."""
    path = make_pdf(tmp_path / "odd.pdf")
    path.write_bytes(path.read_bytes().replace(b"/WinAnsiEncoding", b"/WinAnsiEncodinX", 1))
    done = subprocess.run([sys.executable, "-m", "policy_lint", "check", str(path), "--no-hints"], capture_output=True, text=True, check=False)
    assert "Advanced encoding" not in done.stdout + done.stderr
    assert done.stderr == "" and done.returncode == 1
    assert "TXT001" in done.stdout


def test_a_page_that_names_a_codec_that_is_not_a_text_encoding(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    """<meta charset=rot13> names a Python codec that is not for text: the page is read as UTF-8 (found by fuzzing)."""
    page = tmp_path / "odd.html"
    page.write_bytes(b'<meta charset="rot13"><p>We keep it private, TODO.</p>')
    run = run_cli("check", str(page), "--no-hints")
    assert "PL000" not in run.stdout and "'TODO' looks like" in run.stdout


def test_a_page_that_names_no_place_says_no_state_rules_ran(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """JUR003 (info) tells the owner of a page with no place that no state rules ran; --jurisdiction makes it go."""
    page = tmp_path / "page.md"
    page.write_text("# Our privacy policy\n\nWhat you say in therapy stays private. We must report it if we think a child is being hurt.\n", encoding="utf-8")
    plain = run_cli("check", str(page), "--select", "JUR")
    assert "info JUR003 policy-lint could not tell where your practice is, so it checked no rules of a state or country." in plain.stdout
    assert "--jurisdiction US-TX" in plain.stdout
    placed = run_cli("check", str(page), "--select", "JUR", "--jurisdiction", "US-TX")
    assert "JUR003" not in placed.stdout
    yaml = tmp_path / "p.yaml"
    yaml.write_text("schema_version: 1\nquestions: Ask us.\n", encoding="utf-8")
    assert "JUR003" not in run_cli("check", str(yaml), "--select", "JUR").stdout  # a YAML policy gets SCH001 instead
