"""Classes of wording that real practice texts from outside the US (tune19c: 31 texts whose addresses hash to 1) read
wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.

- A blanket promise whose next paragraph opens by pointing back at it with an exception ("The only times this does not
  apply are ...", "There are some exceptions to this") has its exception just after it: no promise, so the limits the
  page never names are missing, not contradicted. Under a heading of its own the exception still leaves the promise.
- A harm that befalls the client ("if I feel that you will come to harm") names the client: harm_to_self.
"""

from __future__ import annotations

from prose_files import coverage_of_bytes

NEXT = (
    "Confidentiality\n\n"
    "What you say and make in our sessions is confidential and is not discussed with anyone outside the session.\n\n"
    "The only times this does not apply are when I take our work to my own supervision, where only your first name "
    "is used, and when I am worried about your safety or the safety of another person.\n"
)

UNNAMED = ("child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order", "required_by_law")


def test_promise_excepted_by_the_next_paragraph() -> None:
    got = coverage_of_bytes(NEXT.encode("utf-8"), "next.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got
    assert all(got[t] == "missing" for t in UNNAMED), got


def test_promise_excepted_by_a_paragraph_that_says_there_are_exceptions_to_it() -> None:
    text = NEXT.replace("The only times this does not apply are when", "However, there are some exceptions to this: when")
    got = coverage_of_bytes(text.encode("utf-8"), "next.txt")
    assert all(got[t] == "missing" for t in UNNAMED), got


def test_promise_with_exceptions_under_a_heading_of_their_own_still_holds() -> None:
    # Near miss: a heading between the promise and its exceptions (docs/coverage.md, "Blanket promises"): the promise
    # stays (COV008), but the page tells limits, so a plain "not ... anyone" leaves the limits it never names missing
    # (session 15: real19's two labellers). A promise for all time ("never") still contradicts them.
    text = NEXT.replace("The only times this does not apply are when", "## Exceptions\n\nI share information when")
    got = _items(text)
    assert got["child_abuse"]["status"] == "missing" and got["child_abuse"]["promise"], got["child_abuse"]
    assert got["harm_to_self"]["status"] == "stated"
    never = _items(text.replace("is not discussed with anyone", "is never discussed with anyone"))
    assert never["child_abuse"]["status"] == "contradicted", never["child_abuse"]
    ever = _items(text.replace("is not discussed with anyone", "will not ever be discussed with anyone"))
    assert ever["child_abuse"]["status"] == "contradicted", ever["child_abuse"]


def _items(text: str) -> dict[str, dict[str, object]]:
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(text.encode("utf-8"), "next.md").document
    assert doc is not None
    return {c["topic"]: c for c in meaning.coverage(meaning.passages_of(doc))}


def test_promise_with_a_next_paragraph_about_something_else_still_holds() -> None:
    # Near miss: the next paragraph points at nothing above it
    text = NEXT.replace(
        "The only times this does not apply are when I take our work to my own supervision, where only your first name "
        "is used, and when I am worried about your safety or the safety of another person.",
        "Sessions last fifty minutes.",
    )
    got = coverage_of_bytes(text.encode("utf-8"), "next.txt")
    assert got["child_abuse"] == "contradicted", got


HARM = (
    "Confidentiality\n\n"
    "What we discuss stays between us and will not be shared with anyone. The only time that information will be "
    "shared is if I feel that you will come to harm, or others will come to harm.\n"
)


def test_you_come_to_harm_names_the_client() -> None:
    got = coverage_of_bytes(HARM.encode("utf-8"), "harm.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got
