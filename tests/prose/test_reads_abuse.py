"""Reading tests: the three abuse limits (child, elder, dependent adult).

Each section names the round or review its tests come from."""

from __future__ import annotations

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import coverage_of_bytes


# ==== from tune19d (test_tune19d_classes.py) ==========================================================
# Classes of wording that real19's Markdown and web pages read wrong (tune19d: real19 released to tuning), fixed as
# classes, not phrases. The pages here are written for these tests, in our own words, in the layouts those pages use
# (front matter, a paragraph of limits split by <br> lines, a complaints section, a bulleted list of topics).
#
# - The law's words after a promise of privacy whose subject is the client's own sharing qualify the promise: vague.
# - A disclosure "necessary to protect" someone is the case we share in, no minimum; a person protected "from imminent
#   danger" is named as in danger.
# - "senior" as a rank names no older adult.
# - The client asked to speak to staff first about a complaint is no telling of ours.
# - What a student may come to see the counsellor about frames no limits.


FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"


def _front_matter_page(body: str) -> bytes:
    return (FRONT + body).encode("utf-8")


def test_a_senior_member_of_staff_is_no_older_adult() -> None:
    body = (
        "## Safeguarding\n\n"
        "1. All staff must pass safeguarding concerns to a senior member of staff.\n"
        "2. Where a student is at high risk, actions are agreed at a senior level.\n"
    )
    got = coverage_of_bytes(_front_matter_page(body), "statement.md")
    assert got["elder_abuse"] == "vague", got


def test_seniors_named_as_older_adults_still_count() -> None:
    # Near miss: seniors as older people
    body = "## Safeguarding\n\nWe must report the abuse of seniors to the authorities.\n"
    got = coverage_of_bytes(_front_matter_page(body), "statement.md")
    assert got["elder_abuse"] == "stated", got


# ==== from child21 (test_child21_classes.py) ==========================================================
# Classes of the abuse limits read wrong over the ten sets of /work/real, fixed as classes (session 14, child21).
#
# - (Tried and taken back: a heading that is only generic words of abuse, "Abuse or Neglect", over a section that states
#   abuse limits, read as saying nothing of the groups its section does not name. A strict xfail keeps it.)
# - An Act's name about children is vague for child abuse, on a page as in a sentence (real17/19/20, both labellers).
# - Generic words of abuse beside a danger only stay vague for the abuse limits (real19, both labellers).


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


# Near miss: the same heading over a paragraph that names no group stays vague for every abuse limit
GENERIC = (
    "When we must share information\n\n"
    "Abuse or neglect\n\n"
    "If we learn that someone is being abused or neglected, we may have to tell the authorities.\n"
)


@pytest.mark.parametrize(("page", "name"), [(TITLED_HTML, "limits.html"), (TITLED_TEXT, "limits.txt")])
@pytest.mark.xfail(strict=True, reason="tried in child21 and taken back: real17 and tune19b gain 3 cells, the measured "
                   "pages lose 2 (elder and dependent adult abuse on one web page; figures only): labels.yaml's rule that "
                   "'abuse' with no group named is vague for all three stays")
def test_a_heading_of_abuse_speaks_of_the_groups_its_section_names(page: str, name: str) -> None:
    got = coverage_of_bytes(page.encode("utf-8"), name)
    assert got["child_abuse"] == "stated", got
    assert got["dependent_adult_abuse"] == "missing", got


def test_a_heading_of_abuse_over_generic_words_stays_vague() -> None:
    got = coverage_of_bytes(GENERIC.encode("utf-8"), "limits.txt")
    assert [got[t] for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")] == ["vague"] * 3, got


def test_an_acts_name_on_a_page_is_vague_for_child_abuse() -> None:
    page = (
        "Confidentiality\n\n"
        "Some laws may require me to break confidentiality, for example the Terrorism Act and the Children Act.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "terms.txt")
    assert got["child_abuse"] == "vague", got


def test_abuse_beside_a_danger_on_a_page_is_vague() -> None:
    page = (
        "Confidentiality\n\n"
        "We keep what you say private, except:\n\n"
        "- If you or someone else is at risk of serious harm through abuse or not being looked after properly.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "limits.txt")
    assert [got[t] for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")] == ["vague"] * 3, got


# ==== from abuse23 (test_abuse23_classes.py) ==========================================================
# Classes of the abuse limits read wrong over the twelve tuning sets of /work/real, fixed as classes (session 15,
# abuse23).
#
# - A list of what counsellors help people with ("Counselors can help people work through a wide variety of issues,
#   including:") names what they treat: its items ("- Incest or sexual abuse", "- Suicidal thoughts or feelings")
#   state no limit (real21, both labellers: missing).
# - A part after a semicolon that only names something goes on with the part before it: after a sentence that states no
#   limit ("In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) ...; or (3) sexual,
#   physical, or emotional abuse.") it states none either (tune20a: missing). Passages in tests/meaning/devset.yaml
#   (d5900).


ABUSE = ("child_abuse", "elder_abuse", "dependent_adult_abuse")


HELPED = (
    "<h2>Referring a student</h2>\n"
    "<p>Counselors can help people work through a wide variety of issues, including:</p>\n"
    "<ul><li>Depression and anxiety</li><li>Suicidal thoughts or feelings</li><li>Incest or sexual abuse</li>"
    "<li>Eating disorders</li></ul>\n"
)


TEXAS = (
    "Minors\n\n"
    "In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) chemical addiction or"
    " dependency; or (3) sexual, physical, or emotional abuse.\n"
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


# ==== from limits16 (test_limits16_classes.py) ========================================================
# Classes of wording the real practice texts read wrong, fixed as classes, not phrases (issue 13, limits16).
#
# - A claim of total secrecy and nothing else ("Your conversations are completely confidential") on a page that tells
#   limits stays one promise (COV008) but contradicts none of the limits the page never names: they are missing.
#   "Never shared ... under any circumstances" still contradicts them.
# - "A child or vulnerable person" names no adult: vague for elder and dependent adult abuse.
# - A harm to "any person", "an individual" or "a person", with neither the client nor the client's act named, names
#   no one: vague for harm to self and to others.
# - The client's safety at risk ("the client's safety", "your safety is at risk") names the client: harm to self.
# - "appears to be" reads as "is"; a lead-in that says confidentiality "cannot be guaranteed" frames a list of limits.


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


# ==== from review17 (test_review17_law_and_vulnerable.py) =============================================
# What review17 found in this session's reading changes, fixed by class.
#
# - law16's law preface ("a law word before words of limits") read any law word beside any limit, list or
#   exception as vague for required_by_law: "Legal holidays are exceptions to our office hours", "By law, fees
#   for the following services are not refundable", "Privacy laws limit what we can share". On a page that
#   names neither a court order nor the law's limit, that vague reading turned COV005's error into a warning
#   that points at the office hours. The preface now needs a sentence that speaks of privacy or a sharing
#   (law_ctx), or the law as the limits' own adjective ("legal and ethical exceptions").
# - limits16's "a child or vulnerable person" read vague for the adults' limits with no word of abuse, harm or
#   danger beside it, so "We will not share information about a child or vulnerable person without consent"
#   read as a refusal to report elder and dependent adult abuse (contradicted, an error).


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


def test_a_consent_rule_about_vulnerable_persons_contradicts_no_adult_limit() -> None:
    page = (
        b"# Confidentiality\n\n"
        b"If you are in danger of hurting yourself, I may tell someone to keep you safe.\n\n"
        b"We will not share information about a child or vulnerable person without consent.\n"
    )
    got = coverage_of_bytes(page)
    assert got["elder_abuse"] == "missing" and got["dependent_adult_abuse"] == "missing", got
