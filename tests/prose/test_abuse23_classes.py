"""Classes of the abuse limits read wrong over the twelve tuning sets of /work/real, fixed as classes (session 15,
abuse23).

- A list of what counsellors help people with ("Counselors can help people work through a wide variety of issues,
  including:") names what they treat: its items ("- Incest or sexual abuse", "- Suicidal thoughts or feelings")
  state no limit (real21, both labellers: missing).
- A part after a semicolon that only names something goes on with the part before it: after a sentence that states no
  limit ("In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) ...; or (3) sexual,
  physical, or emotional abuse.") it states none either (tune20a: missing). Passages in tests/meaning/devset.yaml
  (d5900).
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

ABUSE = ("child_abuse", "elder_abuse", "dependent_adult_abuse")

HELPED = (
    "<h2>Referring a student</h2>\n"
    "<p>Counselors can help people work through a wide variety of issues, including:</p>\n"
    "<ul><li>Depression and anxiety</li><li>Suicidal thoughts or feelings</li><li>Incest or sexual abuse</li>"
    "<li>Eating disorders</li></ul>\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Counselors can help people work through a wide variety of issues, including:",
        "Our counsellors help students work through a range of concerns, such as:",
        "We can help you work through a variety of problems:",
    ],
)
def test_a_list_of_what_counsellors_help_with_states_no_limit(lead: str) -> None:
    page = HELPED.replace("Counselors can help people work through a wide variety of issues, including:", lead)
    got = coverage_of_bytes(page.encode("utf-8"), "referrals.html")
    assert [got[t] for t in (*ABUSE, "harm_to_self")] == ["missing"] * 4, got


# Near misses: the same items under a lead-in of limits, or with words of sharing of their own, still speak
@pytest.mark.parametrize(
    ("lead", "items", "want"),
    [
        ("We must break confidentiality in these cases:", ["Suicidal thoughts", "Sexual abuse of a child"],
         {"child_abuse": "stated", "harm_to_self": "stated"}),
        ("Counselors can help people work through a wide variety of issues, including:",
         ["Abuse. If a child is being abused, we must report it to child protective services."],
         {"child_abuse": "stated"}),
        ("Exceptions to confidentiality:", ["Abuse or neglect"],
         {"child_abuse": "vague", "elder_abuse": "vague", "dependent_adult_abuse": "vague"}),
    ],
)
def test_limits_under_other_lead_ins_still_read(lead: str, items: list[str], want: dict[str, str]) -> None:
    page = "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)
    got = coverage_of_bytes(page.encode("utf-8"), "policy.md")
    assert {t: got[t] for t in want} == want, got


TEXAS = (
    "Minors\n\n"
    "In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) chemical addiction or"
    " dependency; or (3) sexual, physical, or emotional abuse.\n"
)


def test_a_semicolon_list_after_a_minors_consent_states_no_limit() -> None:
    got = coverage_of_bytes(TEXAS.encode("utf-8"), "minors.txt")
    assert [got[t] for t in ABUSE] == ["missing"] * 3, got


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # a part with words of its own is read by itself
        ("we must report child abuse to child protective services.", "stated"),
        ("however, we will never report child abuse.", "contradicted"),
        ("if a child is being abused, we report it.", "stated"),
    ],
)
def test_a_part_with_words_of_its_own_after_the_semicolon_still_reads(tail: str, want: str) -> None:
    page = "Minors\n\nIn Texas, minors can consent to their own counseling for suicide prevention; " + tail + "\n"
    got = coverage_of_bytes(page.encode("utf-8"), "minors.txt")
    assert got["child_abuse"] == want, got
