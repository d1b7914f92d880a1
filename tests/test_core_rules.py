"""Focused tests of the core kinds: required limits and text, limit quality, placeholders."""

from __future__ import annotations

from typing import Callable

from conftest import tuples
from policy_lint.findings import FileResult


def _limit(category: str, explanation: str, title: str = "A limit") -> str:
    return f"  - category: {category}\n    title: {title}\n    explanation: {explanation}\n"


def test_limit_with_empty_explanation_does_not_count(lint: Callable[..., FileResult]) -> None:
    """A required limit whose explanation is blank is reported at that limit."""
    text = "limits:\n  - category: harm_to_self\n    title: Self harm\n    explanation: ''\n"

    found = [f for f in lint(text).findings if f.rule_id == "COV001"]

    assert [("COV001", 2, 15)] == [f.check_tuple() for f in found]
    assert "has no explanation" in found[0].message


def test_any_of_the_categories_satisfies_the_rule(lint: Callable[..., FileResult]) -> None:
    """required_by_law covers the court-order rule; dependent_adult_abuse covers the elder one."""
    text = "limits:\n" + _limit("required_by_law", "The law can make us share records.") + _limit(
        "dependent_adult_abuse", "We report abuse of a dependent adult."
    )

    found = {t[0] for t in tuples(lint(text), "COV")}

    assert {"COV001", "COV002", "COV003"} == found


def test_missing_limits_key_points_at_the_document(lint: Callable[..., FileResult]) -> None:
    """With no 'limits' key at all, coverage findings point at line 1, column 1."""
    found = tuples(lint("schema_version: 1\n"), "COV")

    assert [("COV001", 1, 1), ("COV002", 1, 1), ("COV003", 1, 1), ("COV004", 1, 1), ("COV005", 1, 1)] == found


def test_notification_field_present_but_blank(lint: Callable[..., FileResult]) -> None:
    """A blank at_intake is reported at the blank value."""
    found = tuples(lint("notification:\n  at_intake: ' '\n  before_disclosure: We tell you first.\n"), "NOT00")

    assert ("NOT001", 2, 14) in found
    assert not any(t[0] == "NOT002" for t in found)


def test_at_intake_must_say_when(lint: Callable[..., FileResult]) -> None:
    """An at_intake text that never says 'start', 'first' or the like is flagged."""
    found = [f for f in lint("notification:\n  at_intake: We talk about privacy.\n").findings if f.rule_id == "NOT001"]

    assert 1 == len(found)
    assert "at the start of therapy" in found[0].message


def test_too_short_counts_words(lint: Callable[..., FileResult]) -> None:
    """LIM001 fires under ten words and names the count."""
    found = [f for f in lint("limits:\n" + _limit("court_order", "Court orders.")).findings if f.rule_id == "LIM001"]

    assert ["This explanation has only 2 words. It is too short to tell a client what would happen."] == [f.message for f in found]


def test_off_topic_matches_plurals_and_phrases(lint: Callable[..., FileResult]) -> None:
    """Key terms match as whole words, with plural endings and flexible spaces."""
    on_topic = _limit("child_abuse", "If we think your kids are hurt at home, we must call the county.")
    off_topic = _limit("child_abuse", "A judge can order us to share records in a court case.")

    assert not tuples(lint("limits:\n" + on_topic), "LIM002")
    assert [("LIM002", 4, 18)] == tuples(lint("limits:\n" + off_topic), "LIM002")


def test_duplicate_category_names_the_first(lint: Callable[..., FileResult]) -> None:
    """The second use of a category is flagged and names the first limit."""
    text = "limits:\n" + _limit("court_order", "A judge can order us to share your records in court.") * 2
    (finding,) = [f for f in lint(text).findings if f.rule_id == "LIM003"]

    assert (5, 15) == (finding.line, finding.column)
    assert "Limit 1 already uses it" in finding.message


def test_placeholder_points_at_the_word(lint: Callable[..., FileResult]) -> None:
    """TXT001 points at the placeholder itself, inside a folded scalar."""
    text = "questions: >\n  Call us at\n  [Phone Number] or TBD.\n"

    assert [("TXT001", 3, 3), ("TXT001", 3, 21)] == tuples(lint(text), "TXT")


def test_placeholder_is_case_insensitive_only_for_lorem(lint: Callable[..., FileResult]) -> None:
    """'Lorem Ipsum' in any case is caught; the word 'todo' in a sentence is caught too."""
    assert tuples(lint("questions: Lorem Ipsum dolor.\n"), "TXT")


def test_message_templates_fill_only_plain_names() -> None:
    """A pack's message template fills {name} places only: no format specs, unknown names kept."""
    from policy_lint.rules.base import fill_template

    assert "Say 7 words." == fill_template("Say {count} words.", {"count": 7})
    assert "Keep {other} and {count:>999999999}." == fill_template("Keep {other} and {count:>999999999}.", {"count": 7})
