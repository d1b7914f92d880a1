"""Classes of wording and layout that real US practice texts (tune18a: 32 texts whose addresses hash to 1) read wrong,
fixed as classes, not phrases. The pages here are written for these tests, in our own words.

- The law's requirement in the last sentence of a paragraph, over a lead-in of its own that points back at those cases
  ("These exceptions include:") and leads a list of limits, is a preface to the list: vague required_by_law, in
  Markdown, HTML and text alike (a text file's long line is a paragraph of its own). A paragraph that goes on after the
  law's sentence, or a lead-in that names other things, keeps the law's limit stated.
- "X is a breach of confidentiality" names what counts as one: no blanket promise, no limit contradicted.
- A count of sessions ("no more than 12 sessions") shares nothing: no minimum_necessary.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

LAW = ("There are some limits to confidentiality that counselors in this state are required by law to act on and "
       "that every client should know about before we start.")
LEAD = {
    "lead.md": f"# Privacy\n\n{LAW}\n\nThese exceptions include:\n\n- Suspected abuse of a child\n- A court order\n",
    "lead.html": f"<h1>Privacy</h1>\n<p>{LAW}</p>\n<p>These exceptions include:</p>\n<ul><li>Suspected abuse of a child</li><li>A court order</li></ul>\n",
    "lead.txt": f"Privacy\n{LAW}\nThese exceptions include:\n- Suspected abuse of a child\n- A court order\n",
}


@pytest.mark.parametrize("name", sorted(LEAD))
def test_the_law_over_a_lead_in_that_points_back_is_a_preface(name: str) -> None:
    got = coverage_of_bytes(LEAD[name].encode("utf-8"), name)
    assert got["required_by_law"] == "vague", got
    assert got["child_abuse"] == "stated" and got["court_order"] == "stated", got


def test_the_law_as_a_limit_of_its_own_before_a_list_stays_stated() -> None:
    # the law's sentence is not the paragraph's last, and the lead-in names other things
    text = ("Privacy\n\nWe share information when the law requires it. We keep your file locked.\n\n"
            "Our services include:\n\n- Counseling\n- Testing\n")
    got = coverage_of_bytes(text.encode("utf-8"), "own.txt")
    assert got["required_by_law"] == "stated", got


def test_a_breach_named_is_no_promise() -> None:
    text = ("Confidentiality\n\nWe report suspected child abuse to the state.\n\n"
            "Talking about your case with staff not involved in your care is a breach of confidentiality.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "breach.txt")
    assert got["court_order"] == "missing" and got["elder_abuse"] == "missing", got
    assert got["child_abuse"] == "stated", got


def test_a_count_of_sessions_is_no_minimum() -> None:
    text = ("Teen services\n\nServices are limited to no more than 12 outpatient counseling sessions over no more "
            "than three months.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "count.txt")
    assert got["minimum_necessary"] == "missing", got
