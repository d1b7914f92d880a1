"""Classes of the telling and law topics read wrong over the thirteen tuning sets of /work/real, fixed as classes
(session 16, tell25). Sentence classes have passages in tests/meaning/devset.yaml (d6900-d6908); these are the ones
that live in a list's frame.

- A list item that is only the law's duty named as a noun ("- Statutory duties.", "- Legal requirements", "- There
  exists a legal obligation to do so.") under a lead-in or heading of limits is the law's catch-all: required_by_law
  stated (real23 and real22, both labellers). Not under a lead-in of anything else ("In this leaflet:"), and not the
  law's duty of confidentiality.
- "For example:" and "For instance:" ending a lead-in point back at the sentence before it, as "These include:" does
  (real23: "... may oblige the treating clinician to disclose information ... For example:" over its list).
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes


def _md(text: str) -> dict[str, str]:
    return coverage_of_bytes(text.encode("utf-8"), "policy.md")


@pytest.mark.parametrize(
    "page",
    [
        "Client information will remain confidential except in circumstances where guidelines may oblige the clinician "
        "to disclose information. For example:\n\n- Emergency situations where a client may pose a risk to self.\n"
        "- Statutory duties.\n- Child protection matters.\n",
        "We may have to share information without your consent in these situations:\n\n- a serious risk to your safety\n"
        "- legal obligations\n",
        "## Exceptions to confidentiality\n\n- Risk of serious harm to you or others\n- Legal requirements\n",
        "The Therapist may disclose Client information without authorization as follows:\n\n- Statutory reporting duties;\n"
        "- Court orders.\n",
        "When I might have to break confidentiality:\n\n- if you're in danger\n- my legal duties\n",
        "Limits of confidentiality at the Centre include:\n\n- Statutory obligations\n- Safeguarding concerns\n",
        "Confidentiality may be broken when:\n\n- a student is at risk of harm\n- There exists a legal obligation to do so.\n",
    ],
)
def test_a_list_item_that_only_names_the_laws_duty_is_the_catch_all(page: str) -> None:
    assert _md(page)["required_by_law"] == "stated"


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # the law's duty of confidentiality; a list of a leaflet's topics; the law of one named limit
        ("Our duties to you:\n\n- Statutory duties of confidentiality\n- Keeping your records safe\n", "missing"),
        ("In this leaflet:\n\n- Fees\n- Statutory duties\n- Complaints\n", "missing"),
        ("We may have to share information without your consent:\n\n- our legal duty to report child abuse\n", "vague"),
    ],
)
def test_near_misses_of_the_laws_duty_as_an_item(page: str, want: str) -> None:
    assert _md(page)["required_by_law"] == want


def test_for_example_points_back_at_the_sentence_before() -> None:
    page = ("We may need to share information without your consent. For example:\n\n- Child protection matters.\n"
            "- You are in danger.\n")
    got = _md(page)
    assert (got["child_abuse"], got["harm_to_self"]) == ("stated", "stated"), got
    # near miss: the sentence before is a service, not a sharing
    page = "Counsellors can help with many issues. For example:\n\n- Child protection matters.\n- Feeling low.\n"
    assert _md(page)["child_abuse"] != "stated"
