"""Problems two new users found in trial 40 (session 22), each checked through the command line.

* ``init`` wrapped its comments at hyphens: "policy-\\n# lint check THIS-FILE"
  is no command a practice owner can copy.
* PLN005 quoted "required", but ``ignore: [required]`` in the config stopped
  nothing: only the list's own form ("require") did. Its hint sent a practice
  owner to "params.ignore in your pack", a file she does not have.
* ``audit --jurisdiction US-CA --jurisdiction US-TX`` (two states) checked
  every clinic as Texan, in silence: click keeps the last.
* With ``--jurisdiction``, the terminal line said "policy-lint used that
  place for each", which reads as the place in the files: it used the place
  given.
* A report written into the clinics' folder (``check -o clinics/report.txt``,
  ``audit -o clinics/audit.md``, ``--per-clinic clinics/reports/``) was read
  by the next run as a policy: a clinic "report.txt" with every limit
  "contradicted". A folder scan now leaves policy-lint's own reports out,
  and says so.
* A report for one clinic (``--per-clinic``) lists the requirements as
  rows, but said "no column of the table shows a gap" and "What each column
  checks".

The review of trial 40 (branch fix42) found more: the test for a report
opened a named pipe with a plain ``open`` and hung the scan; the github
format, an audit's JSON with a long title and baselines were read as
policies; a report whose ending the scan leaves out was named as a file to
add to --extensions; ``init`` kept the last of two places; ``why`` and
``import`` gave the advice of a folder scan; ``--jurisdiction us-ca
--jurisdiction US-CA`` named the count, not the code at fault.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

DATE = "2026-12-07"


# -- init: a command in a comment stays whole --------------------------------------------------


def test_init_never_splits_policy_lint_over_two_comment_lines(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """init's comments never break "policy-lint" at its hyphen, so the command they name can be copied whole."""
    out = tmp_path / "policy.yaml"
    run = run_cli("init", str(out), "--jurisdiction", "US-CA", "--practice", "group", "--name", "Oakland Family Therapy", "--email", "intake@oakfam.example")
    assert run.exit_code == 0, run.stderr
    comments = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert not [line for line in comments if line.rstrip().endswith("-")], comments
    said = " ".join(line.lstrip("# ") for line in comments)
    assert "written by policy-lint init." in said and "then run: policy-lint check THIS-FILE" in said


# -- PLN005: the word the finding quotes is the word to ignore ----------------------------------

_PAGE = """# Privacy at Cedar Grove Counseling

What you tell me stays private, except in the cases below.

- If I suspect a child is being abused, I am required to make a report to Child Protective Services.
- If a judge orders me to share your records, I must do so.

Questions? Email me at hello@example.org. Effective January 1, 2026.
"""


def test_ignoring_the_word_as_the_finding_quotes_it_stops_it(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """``ignore: [required]``, the word as PLN005 quotes it, stops the term "require"; the hint names the config, not a pack."""
    page = tmp_path / "privacy.md"
    page.write_text(_PAGE, encoding="utf-8")
    before = run_cli("check", str(page), "--select", "PLN005")
    assert 'Use plain words for "required"' in before.stdout
    assert "rules: {PLN005: {ignore: [the word]}}" in before.stdout, "the hint names the config, not a pack"
    (tmp_path / ".policy-lint.yaml").write_text("rules:\n  PLN005:\n    ignore: [required]\n", encoding="utf-8")
    after = run_cli("check", str(page), "--select", "PLN005")
    assert '"required"' not in after.stdout, after.stdout


def test_ignoring_one_form_of_a_phrase_stops_the_phrase(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """``ignore: [complied with]``, the phrase as the finding quotes it, stops the term "comply with" and nothing else."""
    page = tmp_path / "privacy.md"
    page.write_text(_PAGE.replace("I must do so.", "I must do so. I have always complied with such orders."), encoding="utf-8")
    before = run_cli("check", str(page), "--select", "PLN005")
    assert 'Use plain words for "complied with"' in before.stdout, before.stdout
    (tmp_path / ".policy-lint.yaml").write_text("rules:\n  PLN005:\n    ignore: [complied with]\n", encoding="utf-8")
    after = run_cli("check", str(page), "--select", "PLN005")
    assert '"complied with"' not in after.stdout, after.stdout
    assert 'Use plain words for "required"' in after.stdout, "only the phrase listed is stopped"


# -- --jurisdiction sets one place: given twice, it is an error -----------------------------------


def _two_states(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    root.mkdir()
    for name, address in (("oak", "4100 Park Blvd, Oakland, CA 94610"), ("hill", "2100 Barton Springs Rd, Austin, TX 78704")):
        (root / f"{name}.md").write_text(_PAGE + "\n" + address + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("command", ["check", "audit", "why", "import", "init"])
def test_two_places_for_one_run_are_refused(tmp_path: Path, run_cli: Callable[..., CliRun], command: str) -> None:
    """``--jurisdiction`` given twice with two places stops with exit 2, with advice that fits the command.

    A run over many files can give each clinic its place (a folder named by
    the code, per_file_jurisdiction); a command on one policy (why, import,
    init) cannot, and says so (review of trial 40: init kept the last place
    in silence, and why and import gave the advice of a folder scan).
    """
    root = _two_states(tmp_path)
    target = {"why": root / "oak.md", "import": root / "oak.md", "init": tmp_path / "new.yaml"}.get(command, root)
    run = run_cli(command, str(target), "--jurisdiction", "US-CA", "--jurisdiction", "US-TX")
    assert run.exit_code == 2
    assert "--jurisdiction was given 2 times (US-CA, US-TX)" in run.stderr
    if command in ("check", "audit"):
        assert "per_file_jurisdiction" in run.stderr and "clinics/US-CA/" in run.stderr
    else:
        assert "Give the one place of this policy." in run.stderr and "per_file_jurisdiction" not in run.stderr
    assert not (tmp_path / "new.yaml").exists()


def test_the_same_place_twice_is_one_place(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """The same place given twice is that place: the policy is checked as Californian, with no JUR004 "assumed" note."""
    oak = str(_two_states(tmp_path) / "oak.md")
    assumed = run_cli("check", oak, "--select", "JUR004")
    assert "JUR004" in assumed.stdout and "assumed California" in assumed.stdout, "without --jurisdiction the place comes from the address"
    run = run_cli("check", oak, "--jurisdiction", "US-CA", "--jurisdiction", "US-CA", "--select", "JUR004")
    assert (0, "") == (run.exit_code, run.stderr)
    assert "JUR004" not in run.stdout and "Checked 1 file: 0 errors, 0 warnings, 0 info." in run.stdout


@pytest.mark.parametrize("command", ["check", "audit", "why", "import"])
def test_a_code_that_is_no_place_is_named_before_the_count(tmp_path: Path, run_cli: Callable[..., CliRun], command: str) -> None:
    """``--jurisdiction us-ca --jurisdiction US-CA`` names us-ca as the fault, not "given 2 times" (review of trial 40)."""
    root = _two_states(tmp_path)
    target = root / "oak.md" if command in ("why", "import") else root
    run = run_cli(command, str(target), "--jurisdiction", "us-ca", "--jurisdiction", "US-CA")
    assert run.exit_code == 2
    assert "Error: --jurisdiction us-ca: this is not a region code. Did you mean 'US-CA' (California)?" in run.stderr
    assert "was given" not in run.stderr


def test_init_takes_a_place_in_small_letters_given_twice_as_one(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """init reads ``us-ca`` as US-CA, so ``--jurisdiction us-ca --jurisdiction US-CA`` is one place, and the starter is Californian."""
    out = tmp_path / "policy.yaml"
    run = run_cli("init", str(out), "--jurisdiction", "us-ca", "--jurisdiction", "US-CA", "--name", "Bay Therapy", "--email", "a@bay.example")
    assert run.exit_code == 0, run.stderr
    assert "jurisdiction: US-CA" in out.read_text(encoding="utf-8")


def test_the_place_line_says_the_given_place_was_used(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """With --jurisdiction, the audit's terminal line says it used the place given, not the place in the files."""
    root = _two_states(tmp_path)
    (root / "lake.md").write_text(_PAGE + "\n12 Lake St, Oakland, CA 94612\n", encoding="utf-8")
    run = run_cli("audit", str(root), "--jurisdiction", "US-TX", "--format", "json", "--date", DATE)
    assert run.exit_code == 0
    [line] = [line for line in run.stderr.splitlines() if "name another place" in line]
    assert "policy-lint used the place you gave for each." in line


# -- a folder scan leaves policy-lint's own reports out, and says so -------------------------------


def test_reports_written_into_the_folder_are_not_read_as_clinics(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """Each report check and audit write into the clinics' folder is left out of the next scan, and named in a note."""
    root = _two_states(tmp_path)
    for args in (
        ("check", str(root), "-o", str(root / "report.txt"), "--extensions", ".md"),
        ("check", str(root), "-f", "json", "-o", str(root / "out.json")),
        ("check", str(root), "-f", "sarif", "-o", str(root / "scan.sarif.json")),
        ("audit", str(root), "-o", str(root / "audit.md"), "--date", DATE),
        ("audit", str(root), "-o", str(root / "audit.html"), "--date", DATE),
        ("audit", str(root), "-o", str(root / "audit.json"), "--date", DATE),
        ("audit", str(root), "--per-clinic", str(root / "per"), "--date", DATE),
    ):
        run = run_cli(*args)
        assert run.exit_code in (0, 1), (args, run.stderr)
    run = run_cli("audit", str(root), "--format", "json", "--date", DATE)
    assert run.exit_code == 0
    import json

    assert json.loads(run.stdout)["summary"]["clinics"] == 2, "only oak.md and hill.md are clinics"
    assert "Skipped 8 files, because they are reports policy-lint wrote, not policies" in run.stderr
    check = run_cli("check", str(root), "--extensions", ".md,.txt,.json,.html", "--select", "COV")
    assert "Checked 2 files" in check.stdout + check.stderr


@pytest.mark.parametrize(
    ("name", "args", "env"),
    [
        ("annotations.txt", ("check", "clinics", "-o", "clinics/annotations.txt"), {"GITHUB_ACTIONS": "true"}),
        ("audit.json", ("audit", "clinics", "-o", "clinics/audit.json", "--date", DATE, "--title", "Audit of the clinics of the Bay Area group " * 40), {}),
        ("baseline.json", ("check", "clinics", "--write-baseline", "clinics/baseline.json"), {}),
    ],
)
def test_more_of_policy_lints_own_files_are_not_read_as_policies(tmp_path: Path, run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch, name: str, args: tuple[str, ...], env: dict[str, str]) -> None:
    """The github format, an audit's JSON with a long title and a baseline, written into the folder, are skipped by the next scan.

    The review of trial 40 found each read as a policy: annotations (in GitHub
    Actions, ``check -o report.txt``) were not known; the audit's JSON named
    the tool after its title, out of the bytes read; baselines were not
    considered.
    """
    _two_states(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run_cli(*args, env=env).exit_code in (0, 1)
    assert (tmp_path / "clinics" / name).stat().st_size > 0
    run = run_cli("check", "clinics", "--extensions", ".md,.txt,.json", "--select", "COV")
    assert "Checked 2 files" in run.stdout, run.stdout
    assert f"Skipped 1 file, because it is a report policy-lint wrote, not a policy: clinics/{name}." in run.stderr


def test_a_report_whose_ending_the_scan_leaves_out_is_named_as_a_report(tmp_path: Path, run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch) -> None:
    """check's report.txt in the folder is named as a report, not as a file to add .txt to --extensions for.

    check leaves .txt files out by default; the note told the user to add
    .txt to --extensions, which would only have found the report to be a
    report (review of trial 40).
    """
    _two_states(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "clinics", "-o", "clinics/report.txt").exit_code == 1
    (tmp_path / "clinics" / "notes.txt").write_text("Call the Oakland clinic on Monday.\n", encoding="utf-8")
    run = run_cli("check", "clinics", "--select", "COV")
    assert "Checked 2 files" in run.stdout
    assert "Skipped 1 file, because its ending (.txt) is not in the list to check: clinics/notes.txt." in run.stderr
    assert "Skipped 1 file, because it is a report policy-lint wrote, not a policy: clinics/report.txt." in run.stderr


def test_a_notice_of_render_is_still_a_policy(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """A notice render wrote is a policy, not a report; a Markdown page is a report only by the audit's last line."""
    from policy_lint.discover import is_own_report

    policy = tmp_path / "policy.yaml"
    assert run_cli("init", str(policy), "--jurisdiction", "US-CA", "--name", "Bay Therapy", "--email", "a@bay.example").exit_code == 0
    for ending in ("html", "md", "txt"):
        notice = tmp_path / f"notice.{ending}"
        assert run_cli("render", str(policy), "-o", str(notice)).exit_code == 0
        assert not is_own_report(notice), ending
    page = tmp_path / "privacy.md"
    page.write_text(_PAGE + "\nChecked 3 files: 0 errors, 0 warnings, 0 info.\n", encoding="utf-8")
    assert not is_own_report(page), "a Markdown page is a report only by the audit's last line"


def test_a_named_report_is_still_checked(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """A report named on the command line is checked, as every named file is."""
    root = _two_states(tmp_path)
    out = tmp_path / "out.json"
    run_cli("check", str(root), "-f", "json", "-o", str(out))
    run = run_cli("check", str(out), "--select", "SCH")
    assert run.exit_code == 1 and "SCH" in run.stdout, "a file named on the command line is always checked"


def _run_apart(tmp_path: Path, *args: str) -> "subprocess.CompletedProcess[str]":
    """``policy-lint ARGS`` in its own process, killed after a minute: a run that hangs fails the test instead of stopping the suite."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "policy_lint", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_named_pipe_in_a_scanned_folder_is_reported_not_waited_on(tmp_path: Path, command: str) -> None:
    """A named pipe (or a link to one) in a folder is reported as PAR001; looking for a report in it never blocks.

    The test for a report opened each file with a plain ``open``, which waits
    for a writer on a pipe: ``check clinics`` hung (review of trial 40).
    """
    root = _two_states(tmp_path)
    os.mkfifo(root / "pipe.md")
    (root / "link.md").symlink_to(root / "pipe.md")
    args = (command, "clinics", "--format", "json") + (("--date", DATE) if command == "audit" else ())
    run = _run_apart(tmp_path, *args)
    import json

    said = json.loads(run.stdout)
    if command == "check":
        assert run.returncode == 1, run.stderr
        unread = {Path(f["path"]).name for f in said["files"] for x in f["findings"] if x["rule"] == "PAR001" and "named pipe (FIFO)" in x["message"]}
    else:
        assert run.returncode == 0, run.stderr
        unread = {c["name"] for c in said["clinics"] if not c["checked"]}
    assert {"pipe.md", "link.md"} == unread


# -- a report for one clinic speaks of rows, as its table has them -----------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_report_for_one_clinic_speaks_of_rows(tmp_path: Path, run_cli: Callable[..., CliRun], fmt: str) -> None:
    """A report for one clinic (--per-clinic) speaks of rows, as its table has them; the whole audit still speaks of columns."""
    root = _two_states(tmp_path)
    per = tmp_path / "per"
    run = run_cli("audit", str(root), "--format", fmt, "--per-clinic", str(per), "--date", DATE)
    assert run.exit_code == 0, run.stderr
    [report] = [p for p in per.iterdir() if p.stem == "oak"]
    text = report.read_text(encoding="utf-8")
    assert "no row of the table shows a gap" in text and "What each requirement checks" in text
    import re

    seen = re.sub(r"(?s)<style.*?</style>|<[^>]+>", " ", text)  # the words a reader sees, not class names
    assert "column" not in seen.lower(), "a one-clinic table has no columns of requirements"
    whole = run_cli("audit", str(root), "--format", fmt, "--date", DATE).stdout
    assert "no column of the table shows a gap" in whole and "What each column checks" in whole


@pytest.mark.parametrize(
    ("command", "fmt", "name"),
    [("audit", "markdown", "report.txt"), ("check", "json", "report.md"), ("audit", "json", "report.txt"),
     ("check", "sarif", "report.sarif.json")],
)
def test_a_report_in_another_format_than_its_ending_is_still_a_report(
    tmp_path: Path, run_cli: Callable[..., CliRun], command: str, fmt: str, name: str
) -> None:
    """A report is known by what it holds, not by its ending: the audit's Markdown written as report.txt, or check's
    JSON written as report.md, is left out of the next folder scan (before-stop review: they were read as clinics)."""
    from policy_lint.discover import is_own_report

    _two_states(tmp_path)
    out = tmp_path / "clinics" / name
    run = run_cli(command, str(tmp_path / "clinics"), "-f", fmt, "-o", str(out))
    assert run.exit_code in (0, 1), run.output
    assert is_own_report(out)


def test_term_forms_hold_each_form_of_a_phrase() -> None:
    """The forms PLN005's ``ignore`` matches: a verb's forms, a phrase's last word inflected, a fixed phrase as it is
    (kept from trial40's unit test when fix42 made it a command-line test)."""
    from policy_lint.plain.legalese import term_forms

    assert "required" in term_forms("require") and "requires" in term_forms("require")
    assert "disclosed to" in term_forms("disclose to")
    assert "in the event that" in term_forms("in the event that")


def test_an_empty_jurisdiction_is_no_place(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """``--jurisdiction ""`` (a script's unset variable) is no place, as an empty value in the config is; it ran so before
    the check of two places (before-stop review: it stopped with "this is not a region code")."""
    run = run_cli("check", str(_two_states(tmp_path) / "oak.md"), "--jurisdiction", "", "--select", "COV")
    assert run.exit_code in (0, 1), run.output
    assert "not a region code" not in run.stderr
