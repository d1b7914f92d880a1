"""Schema problems become one plain, located finding each, without anyOf noise."""

from __future__ import annotations

from typing import Callable

from conftest import tuples
from policy_lint.findings import FileResult

HEAD = """\
schema_version: 1
clinic:
  name: Riverside Counseling
  jurisdiction: US-CA
  contact: {email: privacy@riverside.example}
  effective_date: 2026-01-15
"""


def _schema(result: FileResult) -> list[tuple[str, int, int, str]]:
    return [(f.rule_id, f.line, f.column, f.message) for f in result.findings if f.rule_id.startswith("SCH")]


def test_valid_head_has_no_schema_findings(lint: Callable[..., FileResult]) -> None:
    """A minimal valid head has no schema finding."""
    assert [] == _schema(lint(HEAD))


def test_missing_field_points_at_its_section(lint: Callable[..., FileResult]) -> None:
    """A missing required field is reported once, at the key of the section that lacks it."""
    text = HEAD.replace("  name: Riverside Counseling\n", "")

    (finding,) = _schema(lint(text))

    assert ("SCH001", 2, 1) == finding[:3]
    assert "The 'clinic' section has no 'name'." == finding[3]


def test_unknown_field_suggests_the_right_name(lint: Callable[..., FileResult]) -> None:
    """A misspelt key gets a 'did you mean' hint, at the key itself."""
    result = lint(HEAD + "question: Ask us.\n")

    (finding,) = [f for f in result.findings if f.rule_id == "SCH002"]
    assert (7, 1) == (finding.line, finding.column)
    assert "Did you mean 'questions'?" == finding.hint


def test_extension_keys_are_allowed(lint: Callable[..., FileResult]) -> None:
    """Keys starting with x- are the user's own and never flagged."""
    assert [] == _schema(lint(HEAD + "x-internal-note: reviewed by Sam\n"))


def test_wrong_category_says_did_you_mean_and_lists_allowed(lint: Callable[..., FileResult]) -> None:
    """A near-miss category names the right one and lists the allowed values."""
    text = HEAD + "limits:\n  - category: child_abus\n    title: Kids\n    explanation: We report child abuse to the county.\n"
    result = lint(text)

    (finding,) = [f for f in result.findings if f.rule_id == "SCH003"]
    assert (8, 15) == (finding.line, finding.column)
    assert "'child_abus' is not a known category. Did you mean 'child_abuse'?" == finding.message
    assert finding.hint and "harm_to_self" in finding.hint and "elder_abuse" in finding.hint


def test_wrong_type_in_plain_words(lint: Callable[..., FileResult]) -> None:
    """A value of the wrong type says what it should be and what it is."""
    result = lint(HEAD + "limits: none yet\n")

    assert [("SCH003", 7, 9, "'limits' should be a list, but it is text.")] == _schema(result)


def test_bad_date_and_jurisdiction(lint: Callable[..., FileResult]) -> None:
    """Dates and jurisdiction codes get messages that show the right form."""
    text = HEAD.replace("2026-01-15", "15/01/2026").replace("US-CA", "California")
    messages = [m for *_, m in _schema(lint(text))]

    assert any("YYYY-MM-DD" in m for m in messages)
    assert any("'jurisdiction' does not have the right form" in m for m in messages)


def test_contact_needs_email_or_phone_once(lint: Callable[..., FileResult]) -> None:
    """An anyOf over required fields becomes one finding, not a cascade."""
    text = HEAD.replace("{email: privacy@riverside.example}", "{name: Dana}")

    found = _schema(lint(text))

    assert 1 == len(found)
    assert "needs" in found[0][3] and "'email'" in found[0][3] and "'phone'" in found[0][3]


def test_top_level_list_is_one_finding(lint: Callable[..., FileResult]) -> None:
    """A file whose top level is a list gets one clear finding: the loader's PAR006, no schema noise."""
    result = lint("- a\n- b\n")

    assert [] == _schema(result)
    assert [("PAR006", 1, 1)] == [f.check_tuple() for f in result.findings]
    assert result.findings[0].message.startswith("The file holds a list, not a policy.")
