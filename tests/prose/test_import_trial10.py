"""``policy-lint import`` on the pages of trial 10 (issue 13).

* The opening "... what a teen shares in counseling is treated in confidence."
  became a limit on minors, not ``confidentiality.summary``.
* A paragraph on a threat to another person, in general words, went to
  ``details`` with no comment: every paragraph in details that states a limit
  or a duty, or names one in general words, now says why it is not one.
* Long values were folded with a space left at the end of the line, which a
  trailing-whitespace hook rewrites.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML

TEEN = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FAQ for Teens and Parents | Bluebonnet Teen Counseling</title></head>
<body>
<h1>Teen Confidentiality: Frequently Asked Questions</h1>
<p>At Bluebonnet Teen Counseling, what a teen shares in counseling is treated in confidence. Parents are told about attendance and general progress, not about the details.</p>
<h3>What if I say I want to hurt myself?</h3>
<p>If it is believed by your counselor that you are in danger of seriously hurting yourself, your parents will be contacted so that you can be kept safe.</p>
<h3>What if I'm angry at someone and say I want to hurt them?</h3>
<p>Being angry is normal. If a serious threat is made against a specific person, that person or law enforcement may be notified. Texas law allows this but does not require it.</p>
<h3>What if someone is hurting me?</h3>
<p>Texas law requires counselors to report suspected abuse or neglect of a child to the Department of Family and Protective Services within 48 hours.</p>
<h3>Who can I ask?</h3>
<p>Call our office at (512) 555-0199 or email hello@bluebonnetteen.example.</p>
</body>
</html>
"""

OPENS_WITH_A_LIMIT = """# Confidentiality

Confidentiality has limits: if you are at risk of suicide, we may call a crisis team to keep you safe.

We must report suspected abuse or neglect of a child.

If you have questions, email privacy@example.org.
"""


def _import(tmp_path: Path, run_cli: Callable[..., Any], name: str, text: str) -> tuple[str, Any]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    run = run_cli("import", str(page))
    assert run.exit_code == 0, run.stderr
    return run.stdout, YAML(typ="safe", pure=True).load(run.stdout)


def test_an_opening_that_says_what_is_treated_in_confidence_is_the_summary(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    _, data = _import(tmp_path, run_cli, "faq.html", TEEN)
    summary = data["confidentiality"]["summary"]
    assert summary.startswith("At Bluebonnet Teen Counseling, what a teen shares in counseling is treated in confidence.")
    assert summary.endswith("Parents are told about attendance and general progress, not about the details.")  # word for word
    assert not any("treated in confidence" in lim["explanation"] for lim in data["limits"])


def test_an_opening_sentence_that_states_a_limit_stays_a_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    _, data = _import(tmp_path, run_cli, "page.md", OPENS_WITH_A_LIMIT)
    assert "summary" not in (data.get("confidentiality") or {})
    assert any("crisis team" in lim["explanation"] for lim in data["limits"])


def test_a_paragraph_in_details_with_general_words_says_why_it_is_no_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    # (The trial's own sentence, "If a serious threat is made against a specific person, that person or law
    # enforcement may be notified.", states the duty to warn since core11, so here it is said in general words.)
    page = TEEN.replace("If a serious threat is made against a specific person, that person or law enforcement may be notified.",
                        "If there is a serious risk to someone's safety, we may need to act.")
    text, data = _import(tmp_path, run_cli, "faq.html", page)
    assert "serious risk to someone's safety" in data["confidentiality"]["details"]
    comment = " ".join(line.strip().lstrip("# ") for line in text.split("details:", 1)[0].splitlines()[-6:] if line.strip().startswith("#"))
    assert '"Being angry is normal.' in comment and "(line 10)" in comment
    assert "only in general words (" in comment
    assert "So check calls them vague" in comment and "it is not a limit." in comment


def test_the_trials_passive_warning_is_a_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    _, data = _import(tmp_path, run_cli, "faq.html", TEEN)
    assert any("that person or law enforcement may be notified" in lim["explanation"] for lim in data["limits"])


def test_a_draft_has_no_space_at_the_end_of_a_line_and_keeps_each_text(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    text, data = _import(tmp_path, run_cli, "faq.html", TEEN)
    assert not [n for n, line in enumerate(text.splitlines(), 1) if line != line.rstrip()]
    assert any(len(line) > 90 for line in text.splitlines()) or text.count("\n    ") > 0  # long values were folded
    explanations = [lim["explanation"] for lim in data["limits"]]
    assert "If it is believed by your counselor that you are in danger of seriously hurting yourself, your parents will be contacted so that you can be kept safe." in explanations
    assert (
        "Texas law requires counselors to report suspected abuse or neglect of a child to the Department of Family and Protective Services within 48 hours."
        in explanations
    )
