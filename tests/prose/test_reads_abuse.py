"""Reading tests: the three abuse limits (child_abuse, elder_abuse, dependent_adult_abuse).

Where a new test goes: a whole page and the statuses it must read is one row of PAGES (``reads(id, page, name,
want=..., never=...)``; the id says what it checks and where it came from). A single passage read by the core
(``stances``) goes under "One passage" below. A danger to the client or to others is test_reads_danger.py.

Where the rows come from (the pages are written for these tests, in our own words):
- child21: an Act's name about children is vague for child abuse; generic words of abuse beside a danger only, or
  under a heading of abuse, stay vague for all three (real17/19/20, both labellers). A heading of abuse speaks only
  of the groups its section names: tried in child21 and taken back (the measured pages lost 2 cells), brought back in
  session 16 (abuse25) with a check that keeps the title vague where a sentence under it, read alone, names no group.
- abuse23: a list of what counsellors help people with ("Counselors can help people work through ..., including:")
  names what they treat, and a part after a semicolon that only names something goes on with a sentence that states
  no limit (a minors' consent): no limit (real21, tune20a). Near misses: the same items under a lead-in of limits, or
  with words of sharing of their own.
- tune19d: "senior" as a rank names no older adult; seniors as older people still do.
- limits16, review17: "a child or vulnerable person" names no adult (vague for the adults' limits), and with no word
  of abuse, harm or danger beside it names none at all; generic abuse beside other limits is vague for all three.
"""

from __future__ import annotations

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import assert_reads, reads

ABUSE = ("child_abuse", "elder_abuse", "dependent_adult_abuse")
ALL_VAGUE = dict.fromkeys(ABUSE, "vague")

# tune19d: a Markdown page with front matter
FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"

# child21
TITLED_HTML = (
    "<h2>Limits of confidentiality</h2>\n"
    "<h4>Abuse or Neglect</h4>\n"
    "<ul><li>If there is reason to suspect that a child under 18 is being abused or neglected, I must report it to"
    " the state's child protective services.</li>\n"
    "<li>If there is reason to suspect elder abuse, a report will be made to Adult Protective Services.</li></ul>\n"
)
TITLED_TEXT = (
    "When we must share information\n\n"
    "2. Abuse or neglect\n\n"
    "If you tell us about abuse of yourself or of another minor, we are required to report it to the Department of"
    " Child Services.\n"
)

# abuse23
HELPED = (
    "<h2>Referring a student</h2>\n"
    "<p>Counselors can help people work through a wide variety of issues, including:</p>\n"
    "<ul><li>Depression and anxiety</li><li>Suicidal thoughts or feelings</li><li>Incest or sexual abuse</li>"
    "<li>Eating disorders</li></ul>\n"
)
HELPED_LEADS = [
    "Counselors can help people work through a wide variety of issues, including:",
    "Our counsellors help students work through a range of concerns, such as:",
    "We can help you work through a variety of problems:",
]
TEXAS = (
    "Minors\n\n"
    "In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) chemical addiction or"
    " dependency; or (3) sexual, physical, or emotional abuse.\n"
)
SEMICOLON = "Minors\n\nIn Texas, minors can consent to their own counseling for suicide prevention; {}\n"


def _listed(lead: str, items: list[str]) -> str:
    return "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)


PAGES = [
    # tune19d
    reads("tune19d: a senior member of staff is no older adult",
          FRONT + "## Safeguarding\n\n"
          "1. All staff must pass safeguarding concerns to a senior member of staff.\n"
          "2. Where a student is at high risk, actions are agreed at a senior level.\n", "statement.md", want={"elder_abuse": "vague"}),
    # Near miss: seniors as older people
    reads("tune19d: seniors named as older adults still count",
          FRONT + "## Safeguarding\n\nWe must report the abuse of seniors to the authorities.\n", "statement.md", want={"elder_abuse": "stated"}),
    # child21
    reads("child21: a heading of abuse speaks of the groups its section names (html)", TITLED_HTML, "limits.html",
          want={"child_abuse": "stated", "dependent_adult_abuse": "missing"}),
    reads("child21: a heading of abuse speaks of the groups its section names (txt)", TITLED_TEXT, "limits.txt",
          want={"child_abuse": "stated", "dependent_adult_abuse": "missing"}),
    # Near miss: the same heading over a paragraph that names no group stays vague for every abuse limit
    reads("child21: a heading of abuse over generic words stays vague",
          "When we must share information\n\n"
          "Abuse or neglect\n\n"
          "If we learn that someone is being abused or neglected, we may have to tell the authorities.\n", "limits.txt", want=ALL_VAGUE),
    reads("child21: an Act's name on a page is vague for child abuse",
          "Confidentiality\n\n"
          "Some laws may require me to break confidentiality, for example the Terrorism Act and the Children Act.\n", "terms.txt",
          want={"child_abuse": "vague"}),
    reads("child21: abuse beside a danger on a page is vague",
          "Confidentiality\n\n"
          "We keep what you say private, except:\n\n"
          "- If you or someone else is at risk of serious harm through abuse or not being looked after properly.\n", "limits.txt",
          want=ALL_VAGUE),
    # abuse23: what counsellors help with
    *[reads(f"abuse23: a list of what counsellors help with states no limit {i}",
            HELPED.replace(HELPED_LEADS[0], lead), "referrals.html", want=dict.fromkeys((*ABUSE, "harm_to_self"), "missing"))
      for i, lead in enumerate(HELPED_LEADS)],
    # Near misses: the same items under a lead-in of limits, or with words of sharing of their own, still speak
    reads("abuse23: the items under a lead-in of limits still read",
          _listed("We must break confidentiality in these cases:", ["Suicidal thoughts", "Sexual abuse of a child"]), "policy.md",
          want={"child_abuse": "stated", "harm_to_self": "stated"}),
    reads("abuse23: an item with words of sharing of its own still reads",
          _listed("Counselors can help people work through a wide variety of issues, including:",
                  ["Abuse. If a child is being abused, we must report it to child protective services."]), "policy.md",
          want={"child_abuse": "stated"}),
    reads("abuse23: abuse under exceptions is vague for all three", _listed("Exceptions to confidentiality:", ["Abuse or neglect"]),
          "policy.md", want=ALL_VAGUE),
    # abuse23: a semicolon list after a minors' consent
    reads("abuse23: a semicolon list after a minors' consent states no limit", TEXAS, "minors.txt", want=dict.fromkeys(ABUSE, "missing")),
    # a part with words of its own is read by itself
    reads("abuse23: a part after the semicolon that reports states it",
          SEMICOLON.format("we must report child abuse to child protective services."), "minors.txt", want={"child_abuse": "stated"}),
    reads("abuse23: a part after the semicolon that refuses contradicts it",
          SEMICOLON.format("however, we will never report child abuse."), "minors.txt", want={"child_abuse": "contradicted"}),
    reads("abuse23: a part after the semicolon with a condition of its own states it",
          SEMICOLON.format("if a child is being abused, we report it."), "minors.txt", want={"child_abuse": "stated"}),
    # review17
    reads("review17: a consent rule about vulnerable persons contradicts no adult limit",
          "# Confidentiality\n\n"
          "If you are in danger of hurting yourself, I may tell someone to keep you safe.\n\n"
          "We will not share information about a child or vulnerable person without consent.\n", "policy.md",
          want={"elder_abuse": "missing", "dependent_adult_abuse": "missing"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- One passage (limits16, review17) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If there is suspected physical or sexual abuse, or neglect of a child or vulnerable person, I must report it.",
        "Confidentiality may be breached where there is suspected abuse of children or vulnerable persons.",
        "We act when a child or vulnerable person tells us about abuse that puts them in danger.",
        "We are required to report the ill-treatment of children and vulnerable persons to the local authority.",
    ],
)
def test_a_vulnerable_person_beside_a_child_names_no_adult(text: str) -> None:
    got = stances(text)
    assert got.get("child_abuse") == "states", read_passage(text)
    assert got.get("elder_abuse") == "vague" and got.get("dependent_adult_abuse") == "vague", read_passage(text)


@pytest.mark.parametrize(
    ("text", "elder", "dependent"),
    [
        ("Abuse of an older person or vulnerable person is always reported.", "states", "states"),
        ("We report the abuse of a child or a vulnerable adult.", None, "states"),
        ("We report abuse of vulnerable people.", "vague", "vague"),
    ],
)
def test_an_older_person_or_a_vulnerable_adult_keeps_its_reading(text: str, elder: str | None, dependent: str) -> None:
    got = stances(text)
    assert got.get("elder_abuse") == elder and got.get("dependent_adult_abuse") == dependent, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "If there is an immediate possibility of abuse or harm to another, I must take precautions, which may include alerting the authorities.",
        "I may have to report information to government agencies when a law requires me to, about victims of abuse or neglect.",
    ],
)
# (450de34 read them so and was taken back; child21 reads them so again, narrower: a word of abuse itself, not the
# client's own abuse, not beside a minor's limit; over the ten sets of /work/real it gains 6 cells and loses none)
def test_abuse_beside_other_limits_is_vague_for_the_abuse_limits(text: str) -> None:
    got = stances(text)
    assert all(got.get(t) == "vague" for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")), read_passage(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("If a child is at risk of abuse or harm, we must report it.", {"child_abuse": "states"}),
        ("If you tell us a therapist sexually abused you, we must report that therapist to the licensing board.", {}),
        ("I may be legally obliged to tell the authorities in order to safeguard another person from harm.", {}),
    ],
)
def test_the_childs_or_the_clients_own_abuse_or_a_protective_act_is_no_generic_abuse(text: str, want: dict[str, str]) -> None:
    got = {t: s for t, s in stances(text).items() if t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")}
    assert got == want, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will not share information about a child or vulnerable person without consent.",
        "Care for a child or vulnerable person is part of our work.",
    ],
)
def test_a_child_or_vulnerable_person_with_no_harm_names_no_adult_limit(text: str) -> None:
    got = stances(text)
    assert "elder_abuse" not in got and "dependent_adult_abuse" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "A safeguarding concern involving a child or vulnerable person.",
        "If a child or vulnerable person is at risk, we must tell someone.",
        "Concerns about the safety of a child or vulnerable person.",
        "I must report the abuse of a child or vulnerable person.",
    ],
)
def test_a_child_or_vulnerable_person_in_danger_stays_vague_for_the_adults(text: str) -> None:
    got = stances(text)
    assert got.get("elder_abuse") == "vague" and got.get("dependent_adult_abuse") == "vague", got

