"""Suppression comments: trailing, line before, file-wide; reasons, expiry, unused and malformed ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from config_helpers import COMPLETE, NO_ELDER, TODAY, cli, line_of, lint, repo, rules_of, suppressed, write  # noqa: F401
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.engine import Linter, Settings
from policy_lint.packs import load_pack
from policy_lint.suppressions import SuppressionConfig, parse_directives

REASON = 'reason="Elder abuse is covered in our state addendum."'

# NO_ELDER has no elder abuse limit: COV004 on the 'limits:' line (19).
# With a TODO in the first explanation it also has TXT001 inside a folded scalar.
WITH_TODO = NO_ELDER.replace("Your safety comes first.", "Your safety comes first. TODO", 1)


def _lint(repo: Path, text: str, *, today: date = TODAY, name: str = "a.yaml", **options: object):  # type: ignore[no-untyped-def]
    path = write(repo / name, text)
    return lint(path, today=today, **options)


def _by_rule(result) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out: dict[str, list] = {}
    for f in result.findings():
        out.setdefault(f.rule_id, []).append(f)
    return out


# -- where a suppression applies ------------------------------------------------------


def test_trailing_comment_suppresses_the_finding_on_its_line(repo: Path) -> None:
    """A comment at the end of the line hides the finding there, with its reason."""
    text = NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON} until=2027-06-30\n", 1)

    result = _lint(repo, text)

    [finding] = _by_rule(result)["COV004"]
    assert finding.suppression is not None
    assert finding.suppression.reason == "Elder abuse is covered in our state addendum."
    assert finding.suppression.source == "comment"
    assert finding.suppression.until == "2027-06-30"
    assert finding.suppression.line == 19
    assert not result.failed
    assert not any(f.rule_id.startswith("SUP") for f in result.findings())


def test_comment_on_the_line_before_suppresses_the_next_line(repo: Path) -> None:
    """An own-line comment covers the next line that is not blank or a comment."""
    text = NO_ELDER.replace("limits:\n", f"# policy-lint: ignore[COV004] {REASON}\n\n# another comment\nlimits:\n", 1)

    result = _lint(repo, text)

    [finding] = _by_rule(result)["COV004"]
    assert finding.suppression is not None and finding.suppression.line == 19
    assert finding.line == 22


def test_comment_before_a_key_covers_findings_inside_its_value(repo: Path) -> None:
    """A word in a multi-line explanation is covered by a comment before the explanation key."""
    text = WITH_TODO.replace("    explanation: >\n      Your safety", '    # policy-lint: ignore[TXT001] reason="We fill this in next week."\n    explanation: >\n      Your safety', 1)

    result = _lint(repo, text)

    [todo] = _by_rule(result)["TXT001"]
    assert todo.suppression is not None
    assert todo.line == line_of(text, "TODO") and todo.line > line_of(text, "ignore[TXT001]") + 1


def test_comment_before_a_list_item_covers_the_whole_item(repo: Path) -> None:
    """Before '- category: x' the comment covers every finding in that limit."""
    text = WITH_TODO.replace("  - category: harm_to_self\n", '  # policy-lint: ignore[TXT001] reason="Draft limit."\n  - category: harm_to_self\n', 1)

    [todo] = _by_rule(_lint(repo, text))["TXT001"]

    assert todo.suppression is not None


def test_comment_does_not_cover_the_next_sibling(repo: Path) -> None:
    """A comment before one limit does not reach the limit after it."""
    text = WITH_TODO.replace("  - category: harm_to_others\n", '  # policy-lint: ignore[TXT001] reason="Draft limit."\n  - category: harm_to_others\n', 1)

    result = _lint(repo, text)

    [todo] = _by_rule(result)["TXT001"]
    assert todo.suppression is None
    [unused] = _by_rule(result)["SUP003"]
    assert unused.line == line_of(text, "ignore[TXT001]")


def test_trailing_comment_on_a_block_scalar_header(repo: Path) -> None:
    """A comment after '>' or '|' is a real comment and covers the block."""
    text = WITH_TODO.replace("    explanation: >\n      Your safety", '    explanation: >  # policy-lint: ignore[TXT001] reason="Draft."\n      Your safety', 1)

    [todo] = _by_rule(_lint(repo, text))["TXT001"]

    assert todo.suppression is not None


def test_file_wide_comment_anywhere(repo: Path) -> None:
    """file-ignore[...] hides the rule in the whole file, even at the bottom."""
    text = WITH_TODO + '# policy-lint: file-ignore[TXT001, elder-abuse-missing] reason="Draft for review."\n'

    result = _lint(repo, text)

    assert {f.rule_id for f in suppressed(result)} == {"TXT001", "COV004"}
    assert all(f.suppression.line == line_of(text, "file-ignore") for f in suppressed(result))  # type: ignore[union-attr]


def test_several_rules_names_and_prefixes(repo: Path) -> None:
    """The brackets take a comma list of IDs, names or starts of IDs."""
    text = WITH_TODO.replace("schema_version: 1\n", '# policy-lint: file-ignore[COV, placeholder-text] reason="Draft."\nschema_version: 1\n')

    result = _lint(repo, text)

    assert {f.rule_id for f in suppressed(result)} == {"TXT001", "COV004"}
    assert not result.failed


def test_line_comment_reason_wins_over_file_wide(repo: Path) -> None:
    """When both cover a finding, the reason closest to it is shown."""
    text = NO_ELDER.replace("limits:\n", '# policy-lint: ignore[COV004] reason="near"\nlimits:\n', 1) + '# policy-lint: file-ignore[COV004] reason="far"\n'

    result = _lint(repo, text)

    [finding] = _by_rule(result)["COV004"]
    assert finding.suppression.reason == "near"  # type: ignore[union-attr]
    assert "SUP003" not in _by_rule(result)


# -- accountability ----------------------------------------------------------------------


def test_no_reason_is_a_finding_and_hides_nothing(repo: Path) -> None:
    """Without a reason the comment is SUP001 and the original finding stays."""
    text = NO_ELDER.replace("limits:\n", "limits:  # policy-lint: ignore[COV004]\n", 1)

    result = _lint(repo, text)
    found = _by_rule(result)

    assert found["COV004"][0].suppression is None
    [sup] = found["SUP001"]
    assert (sup.line, sup.column) == (19, 10)
    assert "no reason" in sup.message
    assert result.failed


def test_empty_reason_counts_as_no_reason(repo: Path) -> None:
    """reason="" is no reason."""
    text = NO_ELDER.replace("limits:\n", 'limits:  # policy-lint: ignore[COV004] reason="  "\n', 1)

    assert "SUP001" in rules_of(_lint(repo, text))


def test_expired_suppression_stops_working(repo: Path) -> None:
    """After 'until' the finding shows again and SUP002 points at the comment."""
    text = NO_ELDER.replace("limits:\n", f"# policy-lint: ignore[COV004] {REASON} until=2026-06-30\nlimits:\n", 1)

    before = _lint(repo, text, today=date(2026, 6, 30))
    after = _lint(repo, text, today=date(2026, 7, 1))

    assert not before.failed and "SUP002" not in rules_of(before)  # the until day itself still counts
    found = _by_rule(after)
    assert found["COV004"][0].suppression is None
    [sup] = found["SUP002"]
    assert sup.line == 19 and "2026-06-30" in sup.message
    assert after.failed


def test_expiry_date_comes_from_the_environment_on_the_command_line(repo: Path) -> None:
    """POLICY_LINT_TODAY sets the date (for tests, and to see what will expire)."""
    write(repo / "a.yaml", NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON} until=2027-06-30\n", 1))

    assert cli("check", "a.yaml", env={"POLICY_LINT_TODAY": "2027-06-30"}).exit_code == 0
    late = cli("check", "a.yaml", env={"POLICY_LINT_TODAY": "2027-07-01"})
    assert late.exit_code == 1 and "SUP002" in late.stdout
    bad = cli("check", "a.yaml", env={"POLICY_LINT_TODAY": "tomorrow"})
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_unused_suppression_is_reported(repo: Path) -> None:
    """A comment that hides nothing is SUP003."""
    text = COMPLETE.replace("limits:\n", '# policy-lint: ignore[COV004] reason="old"\nlimits:\n', 1)

    result = _lint(repo, text)

    [sup] = _by_rule(result)["SUP003"]
    assert sup.line == line_of(text, "ignore[COV004]")
    assert sup.message == "The suppression of COV004 hides no finding here. Remove it."


def test_partly_unused_suppression_names_the_unused_rule(repo: Path) -> None:
    """In ignore[A,B], a B that hides nothing is named."""
    text = NO_ELDER.replace("limits:\n", 'limits:  # policy-lint: ignore[COV004, TXT001] reason="x"\n', 1)

    [sup] = _by_rule(_lint(repo, text))["SUP003"]

    assert sup.message == "The suppression of TXT001 hides no finding here. Remove TXT001 from it."


def test_unused_is_not_reported_for_rules_that_did_not_run(repo: Path) -> None:
    """If the rule is off for this file, policy-lint cannot tell whether the comment is needed."""
    text = NO_ELDER.replace("limits:\n", 'limits:  # policy-lint: ignore[COV004] reason="x"\n', 1)
    write(repo / ".policy-lint.yaml", 'per_file_ignores: {"legacy/**": [COV004]}\n')

    assert "SUP003" not in rules_of(_lint(repo, text, name="legacy/a.yaml"))
    assert "SUP003" not in rules_of(_lint(repo, text, select=("COV001", "SUP")))


@pytest.mark.parametrize(
    ("comment", "words"),
    [
        ('ignore[COV04] reason="x"', "Did you mean COV004?"),
        ('ignore[elder-abuse-mising] reason="x"', "Did you mean elder-abuse-missing?"),
        ('disable[COV004] reason="x"', "not a kind of suppression"),
        ('ignroe[COV004] reason="x"', "Did you mean ignore?"),
        ('ignore COV004 reason="x"', "Write it like this"),
        ('ignore[COV004 reason="x"', "no closing ']'"),
        ('ignore[] reason="x"', "names no rule"),
        ('ignore[COV004] reasn="x"', "Did you mean reason?"),
        ('ignore[COV004] reason="x" until=2027-02-30', "is not a date"),
        ('ignore[COV004] reason="x" until=soon', "is not a date"),
        ('ignore[COV004] reason="x', "no closing"),
        ('ignore[COV004] reason="x" reason="y"', "twice"),
        ('ignore[COV004] because', "cannot read 'because'"),
        ('ignore[SUP003] reason="x"', "cannot hide SUP003"),
    ],
)
def test_malformed_suppressions(repo: Path, comment: str, words: str) -> None:
    """A comment policy-lint cannot read is SUP004, says why, and hides nothing."""
    text = NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: {comment}\n", 1)

    result = _lint(repo, text)
    found = _by_rule(result)

    assert [f.line for f in found["SUP004"]] == [19]
    assert words in found["SUP004"][0].message
    assert found["COV004"][0].suppression is None


def test_good_part_of_a_half_bad_comment_still_works(repo: Path) -> None:
    """ignore[COV004, COV04]: COV004 is hidden, COV04 is reported."""
    text = NO_ELDER.replace("limits:\n", 'limits:  # policy-lint: ignore[COV004, COV04] reason="x"\n', 1)

    found = _by_rule(_lint(repo, text))

    assert found["COV004"][0].suppression is not None
    assert len(found["SUP004"]) == 1


# -- what is a comment -----------------------------------------------------------------------


def test_text_inside_quotes_or_blocks_is_not_a_comment(repo: Path) -> None:
    """'# policy-lint:' inside a quoted or block scalar is text, not a suppression."""
    text = NO_ELDER.replace(
        "questions: Ask your therapist, or email privacy@riverside.example.",
        'questions: "Ask us. # policy-lint: ignore[COV004] reason=\'x\'"\n'
        "x-notes: |\n  # policy-lint: file-ignore[COV004] reason=\"in a block\"\n  more text\n"
        "x-more: 'a # policy-lint: file-ignore[COV004] reason=\"single\"'",
    )

    result = _lint(repo, text)

    assert _by_rule(result)["COV004"][0].suppression is None
    assert not any(f.rule_id.startswith("SUP") for f in result.findings())


def test_hash_without_space_before_it_is_not_a_comment(repo: Path) -> None:
    """In YAML a '#' needs a space before it to start a comment."""
    text = NO_ELDER.replace("questions: Ask your therapist", "questions: Ask#policy-lint:file-ignore[COV004],reason=x your therapist")

    assert _by_rule(_lint(repo, text))["COV004"][0].suppression is None


def test_a_mention_in_a_normal_comment_is_not_a_directive(repo: Path) -> None:
    """'# checked by policy-lint: see CI' is just a comment."""
    text = "# This file is checked by policy-lint: see the CI job.\n" + COMPLETE

    assert not any(f.rule_id.startswith("SUP") for f in _lint(repo, text).findings())


def test_comments_at_column_one_and_windows_line_ends(repo: Path) -> None:
    """CRLF files work the same."""
    text = NO_ELDER.replace("limits:\n", f"# policy-lint: ignore[COV004] {REASON}\nlimits:\n", 1).replace("\n", "\r\n")
    path = repo / "a.yaml"
    path.write_bytes(text.encode())

    assert _by_rule(lint(path))["COV004"][0].suppression is not None


# -- switches ----------------------------------------------------------------------------------


def test_ignore_suppressions_shows_everything(repo: Path) -> None:
    """--ignore-suppressions: no comment counts, and no SUP findings are made."""
    text = NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON}\n", 1) + "# policy-lint: ignore[COV04]\n"
    write(repo / "a.yaml", text)

    run = cli("check", "a.yaml", "--ignore-suppressions", "--format", "json")

    findings = run.json()["files"][0]["findings"]
    assert run.exit_code == 1
    assert [(f["rule"], f["suppressed"]) for f in findings] == [("COV004", False)]


def test_sup_rules_can_be_turned_off_and_suppressions_still_work(repo: Path) -> None:
    """ignore: [SUP] drops the SUP findings, not the suppressions."""
    text = NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON}\n", 1) + "# policy-lint: ignore[COV04]\n"

    result = _lint(repo, text, ignore=("SUP",))

    assert _by_rule(result)["COV004"][0].suppression is not None
    assert not any(f.rule_id.startswith("SUP") for f in result.findings())


def test_sup_severity_can_be_raised(repo: Path) -> None:
    """severity: {SUP003: error} makes a stale suppression fail the run."""
    write(repo / ".policy-lint.yaml", "severity: {unused-suppression: error}\n")
    text = COMPLETE.replace("limits:\n", '# policy-lint: ignore[COV004] reason="old"\nlimits:\n', 1)

    assert _lint(repo, text).failed


def test_json_and_text_output_keep_suppressed_findings(repo: Path) -> None:
    """JSON output lists suppressed findings with their reason; text counts them, and lists them with --show-suppressed."""
    write(repo / "a.yaml", NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON} until=2027-06-30\n", 1))

    data = cli("check", "a.yaml", "--format", "json", env={"POLICY_LINT_TODAY": "2026-11-26"}).json()
    text = cli("check", "a.yaml", env={"POLICY_LINT_TODAY": "2026-11-26"})
    shown = cli("check", "a.yaml", "--show-suppressed", env={"POLICY_LINT_TODAY": "2026-11-26"})

    [finding] = [f for f in data["files"][0]["findings"] if f["rule"] == "COV004"]
    assert finding["suppressed"] is True
    assert finding["suppression"] == {"reason": "Elder abuse is covered in our state addendum.", "source": "comment", "until": "2027-06-30", "line": 19}
    assert data["summary"]["suppressed"] == 1
    assert text.exit_code == 0 and "1 suppressed" in text.stdout and "COV004" not in text.stdout
    assert "COV004" in shown.stdout and "Elder abuse is covered" in shown.stdout


def test_linter_without_settings_applies_comments(repo: Path) -> None:
    """The public Linter applies suppressions by default; Settings.suppressions can set the date."""
    pack = load_pack("base")
    text = NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: ignore[COV004] {REASON} until=2000-01-01\n", 1)

    plain = Linter(pack).lint_text(text, "a.yaml")
    past = Linter(pack, Settings(rules=pack.rules, suppressions=SuppressionConfig(today=date(1999, 1, 1)))).lint_text(text, "a.yaml")

    assert "SUP002" in {f.rule_id for f in plain.findings}
    assert not past.active


# -- the SUP rules' own examples ---------------------------------------------------------------


@pytest.mark.parametrize("rule_id", ["SUP001", "SUP002", "SUP003", "SUP004"])
def test_sup_rule_examples(rule_id: str) -> None:
    """Each SUP rule fires on its failing example and not on its passing one (date fixed)."""
    pack = load_pack("base", validate_builtin=True)
    rule = pack.rule(rule_id)
    assert rule is not None and rule.kind == "suppression"
    linter = Linter(pack, Settings(rules=pack.rules, suppressions=SuppressionConfig(today=TODAY)))

    fail = linter.lint_text(rule.fail_example.text, "example.yaml")
    good = linter.lint_text(rule.pass_example.text, "example.yaml")

    assert rule_id in {f.rule_id for f in fail.findings}
    assert rule_id not in {f.rule_id for f in good.findings}
    assert not {f.rule_id for f in good.findings} & {"SUP001", "SUP002", "SUP003", "SUP004", "PL000"}


# -- robustness ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"), max_size=60))
def test_any_comment_text_is_read_without_crashing(body: str) -> None:
    """Whatever follows '# policy-lint:', reading it never crashes: it is usable or has problems."""
    from policy_lint.loading import load_text

    text = f"schema_version: 1\nquestions: Ask us.  # policy-lint: {body}\n"
    doc = load_text(text, "a.yaml").document
    if doc is None:
        return
    for d in parse_directives(doc, _PACK):
        assert d.usable or d.problems


_PACK = load_pack("base")


def test_a_pack_can_change_the_words_of_a_sup_rule(repo: Path) -> None:
    """The SUP messages are templates in the pack; a bad template falls back to the built-in words."""
    write(repo / "p.yaml", "pack: p\nextends: base\nrules:\n  - id: SUP001\n    message: 'Say why you hide {rules}.'\n  - id: SUP003\n    message: 'Unused: {nope}'\n")
    text = NO_ELDER.replace("limits:\n", "limits:  # policy-lint: ignore[COV004]\n", 1).replace("schema_version: 1\n", "schema_version: 1  # policy-lint: ignore[TXT001] reason=x\n")

    found = _by_rule(_lint(repo, text, pack=str(repo / "p.yaml")))

    assert found["SUP001"][0].message == "Say why you hide COV004."
    assert found["SUP003"][0].message == "The suppression of TXT001 hides no finding here. Remove it."
