"""The false "all clear"s named in today's reviews (issue 13), by class (fix15).

- A court's order refused in the passive ("Subpoenas are ignored") or with no act of telling after the refusing
  word ("We disregard any court order") says the court-order limit the opposite way.
- A label over a refusal to hand over, or over a report refused in the passive, says its limit the opposite way.
- "whatever the law requires" after a promise of total secrecy is no exception: the promise stands.
"""

from __future__ import annotations

import pytest

from policy_lint.meaning import Passage, coverage, read_passage
from conftest import stances

PROMISE = "blanket_promise"


@pytest.mark.parametrize(
    "text",
    [
        "Subpoenas are ignored.",
        "Court orders are disregarded here.",
        "We disregard any court order.",
        "Court orders are simply ignored.",
        "Subpoenas are refused.",
    ],
)
def test_a_courts_order_refused_reads_the_opposite(text: str) -> None:
    assert stances(text).get("court_order") == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        # a refusal refused is the act done
        "A subpoena cannot be ignored.",
        "We never ignore a court order.",
        "We will not disregard a subpoena.",
        "Subpoenas are never ignored.",
        "Court orders are not disregarded.",
        # an exception after the refusal, or a refusal of something else
        "Subpoenas are ignored unless a judge signs them.",
        "Requests without a court order are refused.",
        "We disregard any request without a court order.",
    ],
)
def test_a_refusal_refused_or_of_something_else_keeps_the_order_stated(text: str) -> None:
    assert stances(text).get("court_order") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Subpoena: your therapist will not hand over any notes.", "court_order"),
        ("Child abuse: reports are never made.", "child_abuse"),
        ("Child abuse: reports are not made here.", "child_abuse"),
    ],
)
def test_a_label_over_a_refusal_reads_the_opposite(text: str, topic: str) -> None:
    assert stances(text).get(topic) == "opposite", read_passage(text)
    items = {i["topic"]: i for i in coverage([Passage("/blocks/0", text)])}
    assert items[topic]["status"] == "contradicted"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Subpoena: we hand over only what the order requires.", "court_order"),
        ("Subpoena: your therapist will not hand over any notes unless a judge orders it.", "court_order"),
        ("Child abuse: we make reports.", "child_abuse"),
    ],
)
def test_a_label_over_what_is_handed_over_stays_stated(text: str, topic: str) -> None:
    assert stances(text).get(topic) == "states", read_passage(text)


def test_a_label_over_a_service_refused_is_not_contradicted() -> None:
    # "provide" refuses a service here, no letting out of records
    assert stances("Subpoena: we do not provide custody evaluations.").get("court_order") != "opposite"


def test_a_passive_report_with_more_after_it_is_no_refusal() -> None:
    assert stances("Reports are never made without telling you first.") == {"before_disclosure": "states"}
    assert stances("Reports are never made lightly.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Nothing you say will be shared, whatever the law requires.",
        "Whatever the law requires, nothing you say will be shared.",
    ],
)
def test_whatever_the_law_requires_leaves_the_promise_whole(text: str) -> None:
    assert stances(text).get(PROMISE) == "opposite", read_passage(text)
    items = {i["topic"]: i for i in coverage([Passage("/blocks/0", text)])}
    assert items["court_order"]["status"] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing you say will be shared, except what the law requires.",
        "Whatever the law requires, we will share it.",
        "We never share anything except whatever the law requires.",
    ],
)
def test_the_laws_words_as_an_exception_are_no_promise(text: str) -> None:
    assert PROMISE not in stances(text), read_passage(text)
