"""Problems two new users found in trial 40 (session 22), each checked through the command line.

* ``init`` wrapped its comments at hyphens: "policy-\\n# lint check THIS-FILE"
  is no command a practice owner can copy.
* PLN005 quoted "required", but ``ignore: [required]`` in the config stopped
  nothing: only the list's own form ("require") did. Its hint sent a practice
  owner to "params.ignore in your pack", a file she does not have.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from conftest import CliRun


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
