"""A sharing denied "without telling you" in the main clause after a condition ("If I need to share information, I
will not do so without telling you first") tells the client first; the same main clause that acts untold says the
opposite, even with a denial of something else between ("I will not hesitate to act without telling you first").
Before session 12 the leading condition excused the whole sentence, so the first read no telling at all (a false
alarm: NOT002 asked for a duty the page states)."""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

LIMITS = "If you are at risk of seriously hurting yourself, I may need to contact your doctor."


def _page(sentence: str, fmt: str) -> tuple[bytes, str]:
    if fmt == "html":
        text = f"<html><body><main><h1>Confidentiality</h1><p>{LIMITS}</p><p>{sentence}</p></main></body></html>"
    elif fmt == "md":
        text = f"# Confidentiality\n\n{LIMITS}\n\n{sentence}\n"
    else:
        text = f"Confidentiality\n\n{LIMITS}\n\n{sentence}\n"
    return text.encode("utf-8"), f"page.{fmt}"


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("sentence", [
    "If I need to share information, I will not do so without telling you first.",
    "When I have to break confidentiality, I won't do it without talking with you first.",
])
def test_a_denied_untold_sharing_after_a_condition_tells_first(sentence: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))["before_disclosure"] == "stated"


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("sentence", [
    "If you are in danger, I will not hesitate to act without telling you first.",
    "If a child is in danger, we may call the authorities without telling you first.",
    "If I must make a report, I may do so without telling you first.",
])
def test_an_untold_act_in_the_main_clause_says_the_opposite(sentence: str, fmt: str) -> None:
    got = coverage_of_bytes(*_page(sentence, fmt))
    assert got["before_disclosure"] == "contradicted", got
    assert got["after_disclosure"] == "missing", got  # "without telling you" tells nothing


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("sentence", [
    "We never do it, for any reason, even if a court orders it.",
    "There is no disclosure of your information to anyone, for any reason, even a court order.",
])
def test_a_limit_after_even_in_a_refusal_is_refused(sentence: str, fmt: str) -> None:
    # (session 12, left by review21): it read the court order stated, a false all clear
    assert coverage_of_bytes(*_page(sentence, fmt))["court_order"] == "contradicted"


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("sentence", [
    "We never release records to anyone, even a court, except when the law requires it.",
    "We do not need your consent to share information, even with a court order.",
])
def test_a_limit_after_even_with_an_exception_or_no_refused_sharing_stays(sentence: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))["court_order"] == "stated"


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("sentence, status", [
    ("Giving your records to a court is never an option for us.", "contradicted"),
    ("Any disclosure to anyone, even a court, is not something we do.", "contradicted"),
    ("If a court orders it, we must release your records, which is not something we do lightly.", "stated"),
    ("Sharing information with a court is never done without a court order.", "stated"),
])
def test_a_limit_in_an_act_never_done_is_refused(sentence: str, status: str, fmt: str) -> None:
    # (session 12, left by review21): the first two read the court order stated, a false all clear
    assert coverage_of_bytes(*_page(sentence, fmt))["court_order"] == status
