"""Review 21: tune18a's and tune18b's reading changes red-teamed. The pages here are written for these tests, in our
own words.

- "with your prior knowledge" (tune18b) tells first only where no negation in its own clause turns it round: "action
  would not be taken with your prior knowledge" refuses to tell first (opposite), it never states it.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

SHARE = "# Confidentiality\n\nIf I must share information, {}\n"


@pytest.mark.parametrize(
    "tail",
    [
        "action would not be taken with your prior knowledge.",
        "action would not always be taken with your prior knowledge.",
        "it would not be done with your prior knowledge.",
        "it may not always be possible to do so with your prior knowledge.",
        "it will rarely be with your prior knowledge.",
    ],
)
def test_prior_knowledge_denied_is_no_telling_first(tail: str) -> None:
    got = coverage_of_bytes(SHARE.format(tail).encode("utf-8"), "known.md")
    assert got["before_disclosure"] != "stated", got


@pytest.mark.parametrize(
    "tail",
    [
        "action would only be taken with your prior knowledge.",
        "it would be done with your prior knowledge.",
        # near miss: a negation in another clause
        "and you cannot be reached, action would still be taken with your prior knowledge once you are.",
    ],
)
def test_prior_knowledge_beside_a_sharing_still_tells_first(tail: str) -> None:
    got = coverage_of_bytes(SHARE.format(tail).encode("utf-8"), "known.md")
    assert got["before_disclosure"] == "stated", got


ABOVE = ("# Confidentiality\n\nSome things I must share:\n\n- If a child is being abused\n- If you are a danger to yourself\n\n"
         "{}\n")


@pytest.mark.parametrize(
    "tail",
    [
        "In addition to the above situations, I must disclose information when required by law.",
        "Besides the situations above, we are legally required to disclose information in some cases.",
        "In addition to the cases above, the law requires us to disclose information when it applies.",
    ],
)
def test_the_law_besides_the_cases_above_is_a_limit_of_its_own(tail: str) -> None:
    # tune18b's "one of the above-mentioned outcomes": the law's words speak only of the limits above, unless the
    # sentence reaches past them ("in addition to", "besides"), as "also" and "other" do
    got = coverage_of_bytes(ABOVE.format(tail).encode("utf-8"), "above.md")
    assert got["required_by_law"] == "stated", got


def test_the_law_of_the_outcomes_above_is_no_catch_all() -> None:
    tail = "If failing to disclose information could lead to one of the above outcomes, I am legally bound to act."
    got = coverage_of_bytes(ABOVE.format(tail).encode("utf-8"), "above.md")
    # (no catch-all; the law as the qualifier of the limits above is vague since session 14, law21: CONVENTIONS.md)
    assert got["required_by_law"] == "vague", got


@pytest.mark.parametrize(
    "text",
    [
        # the brief's own example: the refusal says "do it", the court comes after "not even"
        "Sharing anything you say would be a breach of confidentiality, and I will never do it, not even for a court.",
        "We never do it, for any reason, not even if a court orders it.",
        "We would never do that, not even if a judge orders it.",
    ],
)
def test_a_limit_after_not_even_is_refused(text: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "even.md")
    assert got["court_order"] != "stated", got


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "not even" over something else, the limit after an exception or in a clause of its own
        "Your therapist cannot share anything, not even with your parents, unless a court orders it.",
        "We share only what is needed, not even a word more, when a court orders it.",
        "We will not share your notes, not even with your doctor, but a court order can require us to release them.",
    ],
)
def test_a_limit_past_not_even_stays_stated(text: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "even.md")
    assert got["court_order"] == "stated", got


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # "X is not a breach of confidentiality" names what is allowed (tune18a's class, said the other way): the
        # limit is stated, never refused (it read contradicted, a false alarm older than tune18a)
        ("Reporting suspected child abuse is not a breach of confidentiality.", "child_abuse"),
        ("It is not a breach of confidentiality to report suspected child abuse.", "child_abuse"),
        ("Releasing information in response to a court order is not a breach of confidentiality.", "court_order"),
        ("Sharing records with a court would not be a violation of your privacy if a judge orders it.", "court_order"),
    ],
)
def test_a_limit_that_is_no_breach_is_stated(text: str, topic: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "nobreach.md")
    assert got[topic] == "stated", got


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # near misses: the breach refused as an act of ours
        ("We will not breach confidentiality to report suspected child abuse.", "child_abuse"),
        ("We will not commit a breach of confidentiality, even if a court orders it.", "court_order"),
    ],
)
def test_a_breach_refused_is_still_refused(text: str, topic: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "nobreach.md")
    assert got[topic] != "stated", got


@pytest.mark.parametrize(
    "text",
    [
        # tune18a's "X is a breach of confidentiality", then refused: the limit named as X is refused (it read stated, a
        # false all clear older than tune18a)
        "Any release of your records to a court is a breach of confidentiality that we will never commit.",
        "Handing over your notes to the police or a court is a breach of confidentiality, which we never allow.",
        "Sharing what you say with a court would be a breach of confidentiality, and I will never do it.",
    ],
)
def test_a_limit_named_as_a_breach_then_refused_is_refused(text: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "breach.md")
    assert got["court_order"] != "stated", got


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no refusal; the refusal with an exception; the case narrowed ("without an order")
        "Releasing your records to a court is a breach of confidentiality unless a judge orders it, and then we must do it.",
        "Sharing your file with a court without a court order is a breach of confidentiality, and we will not do it.",
        "Talking about your case with others is a breach of confidentiality, and we never do it, except when a court orders it.",
    ],
)
def test_a_breach_named_without_a_plain_refusal_leaves_the_limit(text: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{text}\n".encode("utf-8"), "breach.md")
    assert got["court_order"] == "stated", got
