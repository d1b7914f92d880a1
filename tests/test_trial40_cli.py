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
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

DATE = "2026-12-07"


# -- init: a command in a comment stays whole --------------------------------------------------


def test_init_never_splits_policy_lint_over_two_comment_lines(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
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
    page = tmp_path / "privacy.md"
    page.write_text(_PAGE, encoding="utf-8")
    before = run_cli("check", str(page), "--select", "PLN005")
    assert 'Use plain words for "required"' in before.stdout
    assert "rules: {PLN005: {ignore: [the word]}}" in before.stdout, "the hint names the config, not a pack"
    (tmp_path / ".policy-lint.yaml").write_text("rules:\n  PLN005:\n    ignore: [required]\n", encoding="utf-8")
    after = run_cli("check", str(page), "--select", "PLN005")
    assert '"required"' not in after.stdout, after.stdout


def test_ignoring_one_form_of_a_phrase_stops_the_phrase() -> None:
    from policy_lint.plain.legalese import term_forms

    assert "required" in term_forms("require") and "requires" in term_forms("require")
    assert "disclosed to" in term_forms("disclose to")
    assert "in the event that" in term_forms("in the event that")


# -- --jurisdiction sets one place: given twice, it is an error -----------------------------------


def _two_states(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    root.mkdir()
    for name, address in (("oak", "4100 Park Blvd, Oakland, CA 94610"), ("hill", "2100 Barton Springs Rd, Austin, TX 78704")):
        (root / f"{name}.md").write_text(_PAGE + "\n" + address + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("command", ["check", "audit", "why", "import"])
def test_two_places_for_one_run_are_refused(tmp_path: Path, run_cli: Callable[..., CliRun], command: str) -> None:
    root = _two_states(tmp_path)
    target = str(root / "oak.md") if command in ("why", "import") else str(root)
    run = run_cli(command, target, "--jurisdiction", "US-CA", "--jurisdiction", "US-TX")
    assert run.exit_code == 2
    assert "--jurisdiction was given 2 times (US-CA, US-TX)" in run.stderr
    assert "per_file_jurisdiction" in run.stderr and "clinics/US-CA/" in run.stderr


def test_the_same_place_twice_is_one_place(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    run = run_cli("check", str(_two_states(tmp_path) / "oak.md"), "--jurisdiction", "US-CA", "--jurisdiction", "US-CA", "--select", "COV")
    assert run.exit_code in (0, 1) and "was given" not in run.stderr


def test_the_place_line_says_the_given_place_was_used(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _two_states(tmp_path)
    (root / "lake.md").write_text(_PAGE + "\n12 Lake St, Oakland, CA 94612\n", encoding="utf-8")
    run = run_cli("audit", str(root), "--jurisdiction", "US-TX", "--format", "json", "--date", DATE)
    assert run.exit_code == 0
    [line] = [line for line in run.stderr.splitlines() if "name another place" in line]
    assert "policy-lint used the place you gave for each." in line
