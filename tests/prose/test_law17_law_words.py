"""The law's words as real pages use them (law17), read on whole pages through the readers.

On every real set measured, required_by_law was the weakest topic: the labels read the law as a qualifier
("confidential, subject to English law", "within the bounds of the law", "where the law permits") as vague,
and the law's requirement in the words of UK, Australian and US pages ("where there is a legal requirement
to do so", "other legal situations", "a legal duty to disclose") as stated, and the tool read nothing in them.
The lead's decision of session 12 (labels.yaml: "Vague when the law is named only as a qualifier"): a qualifier
is vague, never stated, never the opposite, and makes no blanket promise. Near misses: the law with no privacy
or sharing in the sentence, a use for marketing, a qualifier beside a named limit (it speaks of that limit).
"""

from __future__ import annotations

import pytest

from conftest import stances
from prose_files import coverage_of_bytes

LIMITS = (
    "If you are in danger of hurting yourself, I may tell your GP to keep you safe. "
    "If I think a child is being abused, I must report it."
)


@pytest.mark.parametrize(
    "promise",
    [
        "Everything you tell me is completely confidential, subject to English law.",
        "What you share in counselling stays private within the bounds of the law.",
        "Your records are kept confidential in accordance with applicable law.",
        "I only pass on information where the law permits it.",
        "I never share what you tell me, subject to the law.",
    ],
)
def test_a_qualifier_on_a_markdown_page_is_vague_for_the_law(promise: str) -> None:
    page = f"# Confidentiality\n\n{promise}\n\n{LIMITS}\n".encode()
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "vague", got
    assert "contradicted" not in got.values(), got


HTML = """<html><body><main>
<h1>Confidentiality</h1>
<p>What you say in our sessions stays between us. I will only share information without your consent:</p>
<ul>
<li>if you are at risk of seriously harming yourself;</li>
<li>if a child is at risk of abuse;</li>
<li>{item}</li>
</ul>
</main></body></html>
"""


@pytest.mark.parametrize(
    "item",
    [
        "where there is a legal requirement to do so.",
        "in other legal situations.",
        "if I have a legal duty to disclose it.",
        "for compliance with the law, e.g. anti-terrorism or money-laundering laws.",
    ],
)
def test_the_law_as_a_list_item_of_its_own_is_stated(item: str) -> None:
    got = coverage_of_bytes(HTML.format(item=item).encode(), "confidentiality.html")
    assert got["required_by_law"] == "stated", got


@pytest.mark.parametrize(
    "text",
    [
        "Legal obligations may sometimes require me to share what you have told me.",
        "There are a few exceptions whereby I must legally pass on information.",
        "I keep what you tell me private, except where there is a legal requirement to disclose it.",
    ],
)
def test_the_law_as_a_limit_in_a_text_file_is_stated(text: str) -> None:
    page = f"CONFIDENTIALITY\n\nWhat you say stays with me.\n\n{text}\n".encode()
    got = coverage_of_bytes(page, "policy.txt")
    assert got["required_by_law"] == "stated", got


def test_the_same_words_before_a_list_stay_a_preface() -> None:
    page = (
        b"# Confidentiality\n\n"
        b"There are a few exceptions whereby I must legally pass on information:\n\n"
        b"- if a child is at risk of abuse\n"
        b"- if you are at risk of seriously harming yourself\n"
    )
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "vague", got


@pytest.mark.parametrize(
    "text",
    [
        # the law with no privacy or sharing in the sentence
        "Our office follows state and federal law.",
        "All our counsellors work within the law.",
        # a use for marketing, and a right of the client
        "We may use your details for our newsletter as permitted by HIPAA.",
        "The law gives you the right to see your records.",
        # records kept by law
        "We must legally keep your records for seven years.",
    ],
)
def test_near_misses_leave_the_law_missing_on_a_page(text: str) -> None:
    page = f"# Confidentiality\n\n{LIMITS}\n\n{text}\n".encode()
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "missing", got


def test_a_qualifier_beside_a_named_limit_speaks_of_that_limit() -> None:
    got = stances("Abuse of an older adult is reported where the law permits it.")
    assert got.get("elder_abuse") == "states" and "required_by_law" not in got, got


def test_a_qualifier_is_no_blanket_promise() -> None:
    got = stances("Your sessions are completely confidential, subject to the law.")
    assert got == {"required_by_law": "vague"}, got
    assert stances("Your sessions are completely confidential.") == {"blanket_promise": "opposite"}
