"""Problems a new user found in trial 37, each checked through the command line.

* ``audit -o report.pdf`` (or ``.docx``) wrote an HTML page under that name,
  which would not open; an unknown ending got HTML in silence.
* ``check -o report.json`` wrote text into a ``.json`` file, while ``audit``
  and ``render`` take the format from the ending. (Since the review of trial
  40, ``check -f text -o report.json`` is refused, as for audit and render.)
* With ``--jurisdiction``, the terminal line about files whose address names
  another place said that policy-lint "used the folder or config".
* ``limits: none`` got the hint ``limits: [none]``, which is no limit either.
* The top help said "Lint", a word a practice owner does not use.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

DATE = "2026-12-05"

_POLICY = """# Privacy at {name}

What you tell me stays private, except in the cases below.

- If you may seriously hurt yourself, I may call emergency services.
- If you threaten to hurt someone, I will warn them and tell the police.
- I must report suspected abuse of a child, an older adult (65 or older) or a dependent adult.
- A judge can order me to share records.

I go over these limits at our first session. If I must share, I tell you first, and I share only what is needed.

Questions? Email me at hello@example.org. Effective January 1, 2026.

{address}
"""


def _clinics(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    for name, address in (("oak", "4100 Park Blvd, Oakland, CA 94610"), ("hill", "2100 Barton Springs Rd, Austin, TX 78704"), ("lake", "12 Lake St, Austin, TX 78701")):
        (root / name).mkdir(parents=True)
        (root / name / "privacy.md").write_text(_POLICY.format(name=name.title(), address=address), encoding="utf-8")
    return root


# -- audit: the -o ending must say a format policy-lint writes ---------------------------------


@pytest.mark.parametrize(("name", "says"), [("report.pdf", "print it to PDF"), ("report.docx", "open it in Word"), ("report.txt", "ends in .html, .md, .csv or .json")])
def test_audit_refuses_a_report_ending_it_cannot_write(tmp_path: Path, run_cli: Callable[..., CliRun], name: str, says: str) -> None:
    out = tmp_path / name
    run = run_cli("audit", str(_clinics(tmp_path)), "-o", str(out), "--date", DATE)
    assert run.exit_code == 2
    assert says in run.stderr and name in run.stderr
    assert not out.exists(), "no HTML page is written under a .pdf or .docx name"


def test_audit_with_a_format_writes_any_ending_but_pdf(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _clinics(tmp_path)
    out = tmp_path / "report.txt"
    assert run_cli("audit", str(root), "-f", "markdown", "-o", str(out), "--date", DATE).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Confidentiality policy audit")
    bare = tmp_path / "report"
    assert run_cli("audit", str(root), "-o", str(bare), "--date", DATE).exit_code == 0
    assert bare.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # no ending: HTML, as before
    assert run_cli("audit", str(root), "-f", "html", "-o", str(tmp_path / "r.pdf"), "--date", DATE).exit_code == 2


# -- check: -o report.json writes JSON ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "start"), [("out.json", "{"), ("out.sarif", "{"), ("out.xml", "<?xml"), ("out.txt", "")])
def test_check_takes_the_format_from_the_output_ending(tmp_path: Path, run_cli: Callable[..., CliRun], name: str, start: str) -> None:
    policy = tmp_path / "privacy.md"
    policy.write_text(_POLICY.format(name="Oak", address="4100 Park Blvd, Oakland, CA 94610"), encoding="utf-8")
    out = tmp_path / name
    run = run_cli("check", str(policy), "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert f"Wrote {out}" in run.stderr
    if name == "out.txt":
        assert "privacy.md" in text.splitlines()[0] and not text.startswith(("{", "<"))
    else:
        assert text.startswith(start)
    if name == "out.json":
        assert json.loads(text)["version"] == 1
    if name == "out.sarif":
        assert json.loads(text)["version"] == "2.1.0"


def test_check_refuses_a_format_that_clashes_with_the_ending(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """``check -f text -o out.json`` stops with exit 2 and writes nothing, as audit and render do; SARIF may end in .json.

    Before the review of trial 40, --format won over the ending and text went
    into a .json file; the format now comes from the one helper of audit and
    render.
    """
    policy = tmp_path / "privacy.md"
    policy.write_text(_POLICY.format(name="Oak", address="4100 Park Blvd, Oakland, CA 94610"), encoding="utf-8")
    out = tmp_path / "out.json"
    run = run_cli("check", str(policy), "-o", str(out), "--format", "text")
    assert run.exit_code == 2
    assert f"Error: {out} ends in .json, but --format text makes plain text. Give a file name that does not end in .json, .sarif or .xml, or leave out --format." == run.stderr.strip()
    assert not out.exists()
    sarif = tmp_path / "scan.sarif.json"
    assert run_cli("check", str(policy), "-o", str(sarif), "--format", "sarif").exit_code in (0, 1)
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"


# -- audit: the terminal line names what set the place ---------------------------------------------


def test_the_summed_up_place_line_names_jurisdiction_when_the_option_set_it(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("audit", str(_clinics(tmp_path)), "--jurisdiction", "US-CA", "--format", "json", "--date", DATE)
    assert run.exit_code == 0
    [line] = [line for line in run.stderr.splitlines() if "name another place" in line]
    assert line == "2 files name another place than the place you gave with --jurisdiction, in their address or their words. policy-lint used the place you gave for each. The report's Notes list them all."


# -- the schema hint for a list of limits ----------------------------------------------------------


def test_limits_as_text_get_a_hint_that_writes_a_limit(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("schema_version: 1\nlimits: none\n", encoding="utf-8")
    run = run_cli("check", str(policy), "--format", "json")
    [finding] = [f for r in json.loads(run.stdout)["files"] for f in r["findings"] if f["rule"] == "SCH003"]
    assert "[none]" not in finding["hint"]
    assert '"- category: harm_to_self"' in finding["hint"]
    may_tell = tmp_path / "may.yaml"
    may_tell.write_text("schema_version: 1\nlimits:\n  - category: harm_to_self\n    explanation: x\n    may_tell: police\n", encoding="utf-8")
    run = run_cli("check", str(may_tell), "--format", "json")
    [finding] = [f for r in json.loads(run.stdout)["files"] for f in r["findings"] if f["rule"] == "SCH003"]
    assert finding["hint"] == "Write a list in brackets, such as may_tell: [police]"  # a list of words keeps its brackets


def test_the_top_help_says_check_not_lint(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("--help")
    assert run.stdout.splitlines()[2].startswith("  Check the confidentiality policy")
    assert "Lint " not in run.stdout


# -- explain: an example that is not text is its description, in words a user reads -----------------


@pytest.mark.parametrize("rule", ["PAR001", "PAR005", "PAR010", "PAR011", "PAR012"])
def test_explain_shows_no_empty_file_and_no_test_words_for_an_example_that_is_not_text(run_cli: Callable[..., CliRun], rule: str) -> None:
    run = run_cli("explain", rule)
    assert run.exit_code == 0
    assert "(an empty file)" not in run.stdout, "a scanned PDF is not an empty file"
    assert "meta-test" not in run.stdout
    assert "Fails: " in run.stdout


def test_explain_still_shows_an_empty_file_example_that_is_text(run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("explain", "PAR006")
    assert "Fails:\n    # our policy goes here" in run.stdout


# -- README: the quick start says what its run prints about the skipped .txt file ------------------


def test_the_quick_start_names_the_file_its_run_skips(run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    run = run_cli("check", "examples/")
    assert run.exit_code == 1
    skipped = "examples/prose/privacy-notice.txt"
    assert skipped in run.stderr and "Skipped 1 file" in run.stderr
    quick = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert f"`{skipped}`" in quick and "--extensions" in quick


# -- import: a Word footer is named once, not "footer, ..., in the page's header or footer" --------


@pytest.mark.parametrize("first_page", [False, True], ids=["footer", "first-page footer"])
def test_import_names_a_word_footer_once(tmp_path: Path, run_cli: Callable[..., CliRun], first_page: bool) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    section = d.sections[0]
    if first_page:  # Word's other page parts are named by the part too ("first page footer, paragraph 1")
        section.different_first_page_header_footer = True
    (section.first_page_footer if first_page else section.footer).paragraphs[0].text = (
        "14 Quay Street, Bristol BS1 4DB · 0117 496 0321 · jo@harbour.example")
    d.add_heading("Confidentiality", 0)
    d.add_paragraph("Everything you bring to our sessions is treated in confidence, apart from the exceptions below.")
    d.add_paragraph("If I believe you are at serious risk of taking your own life, I may contact your GP.")
    path = tmp_path / "agreement.docx"
    d.save(str(path))
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    [line] = [line for line in run.stdout.splitlines() if line.strip().startswith("email:")]
    assert line.endswith("footer, paragraph 1, character 51"), line
    assert ("first page footer" in line) == first_page, line
    assert "in the page's header or footer" not in run.stdout
