"""Suppressions on pages: <!-- policy-lint: --> comments in Markdown and HTML, and config entries by text or heading.

A page's pointers (/blocks/N) move when a paragraph is added, so these
suppressions name a place that does not: the block a comment sits next to,
the words of the paragraph, or the heading above it.
"""

from __future__ import annotations

from pathlib import Path

from config_helpers import cli, repo, write  # noqa: F401

PAGE_MD = """# Privacy at Oak Counseling

Effective as of March 1, 2026. Notwithstanding the foregoing, TBD.

## Children

<!-- policy-lint: ignore[placeholder-text] reason="The date of the state form is not out yet." -->
If we think a child is harmed, we must report it to the state, TBD.

## Older adults

If we think an older adult is harmed, we must report it, TBD. <!-- policy-lint: ignore[TXT001] reason="The office name is not known yet." -->

The last paragraph, TBD.
"""


def _findings(run) -> list[tuple[str, int, bool, str]]:  # noqa: ANN001
    out = []
    for f in run.json()["files"][0]["findings"]:
        reason = (f.get("suppression") or {}).get("reason", "")
        out.append((f["rule"], f["line"], f["suppressed"], reason))
    return sorted(out, key=lambda x: (x[1], x[0]))


def _select(repo: Path, *extra: str) -> None:
    write(repo / ".policy-lint.yaml", "select: [TXT, SUP]\n" + "".join(extra))


def test_a_comment_before_a_paragraph_hides_its_findings_only(repo: Path) -> None:
    """On its own line the comment covers the next block; after text, the block of that line; no other block."""
    _select(repo)
    write(repo / "site" / "privacy.md", PAGE_MD)
    run = cli("check", "site", "--format", "json")
    found = [(rule, line, hidden) for rule, line, hidden, _ in _findings(run)]
    assert found == [("TXT001", 3, False), ("TXT001", 8, True), ("TXT001", 12, True), ("TXT001", 14, False)]
    reasons = {line: reason for _, line, _, reason in _findings(run)}
    assert reasons[8] == "The date of the state form is not out yet."
    assert run.exit_code == 1


def test_a_comment_stays_with_its_paragraph_when_one_is_added_above(repo: Path) -> None:
    """The comment names no number, so a new paragraph above changes nothing."""
    _select(repo)
    page = write(repo / "site" / "privacy.md", PAGE_MD.replace("## Children", "We see adults and teens.\n\n## Children"))
    run = cli("check", "site", "--format", "json")
    hidden = sorted(line for _, line, s, _ in _findings(run) if s)
    assert hidden == [10, 14]
    assert page.exists()


def test_a_comment_in_an_html_page(repo: Path) -> None:
    """HTML comments work the same; the same words in a script, or as text a client reads, are not a suppression."""
    _select(repo)
    write(
        repo / "site" / "privacy.html",
        """<html><body><main>
<h1>Privacy</h1>
<!-- policy-lint: ignore[TXT001] reason="The form is not out yet." -->
<p>We report it to the state, TBD.</p>
<p>We keep records, TBD. <!-- policy-lint: ignore[TXT001] reason="Known next week." --></p>
<script>var note = "<!-- policy-lint: file-ignore[TXT001] reason='no' -->";</script>
<p>Write &lt;!-- policy-lint: file-ignore[TXT001] reason="no" --&gt; to hide it. TODO</p>
</main></body></html>
""",
    )
    run = cli("check", "site", "--format", "json")
    assert [(line, hidden) for _, line, hidden, _ in _findings(run)] == [(4, True), (5, True), (7, False)]


def test_a_comment_in_a_code_block_is_not_a_suppression(repo: Path) -> None:
    """Markdown code shows the syntax to readers: it hides nothing."""
    _select(repo)
    write(repo / "site" / "privacy.md", '# Privacy\n\n```\n<!-- policy-lint: file-ignore[TXT001] reason="no" -->\n```\n\nWe keep records, TBD.\n')
    run = cli("check", "site", "--format", "json")
    assert [(rule, hidden) for rule, _, hidden, _ in _findings(run)] == [("TXT001", False)]


def test_comment_problems_are_sup_findings_at_the_comment(repo: Path) -> None:
    """No reason, a wrong verb, a rule that does not exist, one that hides nothing: SUP001, SUP004, SUP003."""
    _select(repo)
    write(
        repo / "site" / "privacy.md",
        """# Privacy

<!-- policy-lint: ignore[TXT001] -->
We keep records, TBD.

<!-- policy-lint: ignroe[TXT001] reason="x" -->
We report it, TBD.

<!-- policy-lint: ignore[TXT01] reason="x" -->
We call you.

<!-- policy-lint: ignore[TXT001] reason="Nothing is left to hide." -->
We call you first.
""",
    )
    run = cli("check", "site", "--format", "json", "--no-hints")
    by_rule = {(f["rule"], f["line"], f["column"]): f["message"] for f in run.json()["files"][0]["findings"] if f["rule"].startswith("SUP")}
    assert set(by_rule) == {("SUP001", 3, 1), ("SUP004", 6, 1), ("SUP004", 9, 1), ("SUP003", 12, 1)}
    assert "Did you mean ignore?" in by_rule[("SUP004", 6, 1)]
    assert "Did you mean TXT001?" in by_rule[("SUP004", 9, 1)]


def test_a_malformed_page_comment_says_how_to_write_one_for_a_page(repo: Path) -> None:
    """The example in the message is an HTML comment, not a YAML one."""
    _select(repo)
    write(repo / "site" / "privacy.md", "# Privacy\n\n<!-- policy-lint: please hide this -->\nWe keep records, TBD.\n")
    run = cli("check", "site", "--no-hints")
    assert '<!-- policy-lint: ignore[COV004] reason="why you accept it" -->' in run.stdout


def test_file_ignore_on_a_page_hides_page_wide_findings(repo: Path) -> None:
    """A missing limit has no paragraph: file-ignore hides it, with its reason."""
    write(repo / ".policy-lint.yaml", "select: [COV004, SUP]\n")
    write(repo / "site" / "privacy.md", '<!-- policy-lint: file-ignore[COV004] reason="In our state addendum." -->\n# Privacy\n\nWe keep what you say private.\n')
    run = cli("check", "site", "--format", "json")
    assert [(rule, hidden, reason) for rule, _, hidden, reason in _findings(run)] == [("COV004", True, "In our state addendum.")]
    assert run.exit_code == 0


def test_config_entry_by_text_and_heading_on_a_text_file(repo: Path) -> None:
    """A .txt file has no comments: the config names the paragraph by its words, or the heading above it."""
    _select(
        repo,
        """suppressions:
  - path: notice.txt
    rules: [TXT001]
    text: "report it to the   STATE"
    reason: The form is not out yet.
  - path: notice.txt
    rules: [TXT001]
    heading: "2. Older adults:"
    reason: The office name is not known yet.
""",
    )
    text = "PRIVACY AT OAK COUNSELING\n\nWe keep records, TBD.\n\n1. Children\n\nIf a child is harmed, we report it to the state, TBD.\n\nOlder adults\n\nWe report it, TBD.\n\nWe call the office, TBD.\n"
    page = write(repo / "notice.txt", text)
    before = _findings(cli("check", "notice.txt", "--format", "json"))
    page.write_text(text.replace("1. Children", "A new paragraph, added later.\n\n1. Children"), encoding="utf-8")
    after = _findings(cli("check", "notice.txt", "--format", "json"))
    for run in (before, after):
        hidden = [(hidden, reason) for _, _, hidden, reason in run]
        assert hidden == [(False, ""), (True, "The form is not out yet."), (True, "The office name is not known yet."), (True, "The office name is not known yet.")]


def test_config_entry_by_text_that_matches_nothing_is_unused(repo: Path) -> None:
    """An entry for one file whose words are not there is SUP003, and names the words."""
    _select(
        repo,
        """suppressions:
  - path: privacy.md
    rules: [TXT001]
    text: words that are not on the page
    reason: x
""",
    )
    write(repo / "privacy.md", "# Privacy\n\nWe keep records, TBD.\n")
    run = cli("check", "privacy.md", "--no-hints")
    assert 'The suppression of TXT001 in the text "words that are not on the page" in .policy-lint.yaml:3:5 hides no finding here.' in run.stdout
    assert "TXT001 'TBD'" in run.stdout


def test_config_entry_by_text_on_a_yaml_file(repo: Path) -> None:
    """The same key works on a YAML or JSON value: one system for every format."""
    _select(
        repo,
        """suppressions:
  - path: a.json
    rules: [TXT001]
    text: the state form
    reason: Not out yet.
""",
    )
    write(repo / "a.json", '{"schema_version": 1, "limits": [{"category": "child_abuse", "explanation": "We report it with the state form, TBD."}, {"category": "court_order", "explanation": "A judge can order it, TBD."}]}\n')
    run = cli("check", "a.json", "--format", "json")
    assert [hidden for _, _, hidden, _ in _findings(run)] == [True, False]
