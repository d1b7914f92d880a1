"""What review17 found in this session's reading changes, fixed by class.

- law16's law preface ("a law word before words of limits") read any law word beside any limit, list or
  exception as vague for required_by_law: "Legal holidays are exceptions to our office hours", "By law, fees
  for the following services are not refundable", "Privacy laws limit what we can share". On a page that
  names neither a court order nor the law's limit, that vague reading turned COV005's error into a warning
  that points at the office hours. The preface now needs a sentence that speaks of privacy or a sharing
  (law_ctx), or the law as the limits' own adjective ("legal and ethical exceptions").
- limits16's "a child or vulnerable person" read vague for the adults' limits with no word of abuse, harm or
  danger beside it, so "We will not share information about a child or vulnerable person without consent"
  read as a refusal to report elder and dependent adult abuse (contradicted, an error).
"""

from __future__ import annotations

import pytest

from conftest import stances
from prose_files import coverage_of_bytes


@pytest.mark.parametrize(
    "text",
    [
        "Legal holidays are exceptions to our office hours.",
        "Statutory holidays are exceptions to our opening times.",
        "State law sets limits on how long we must keep your records.",
        "By law, fees for the following services are not refundable:",
        "Under the law, you have the following rights:",
        "Legally, a session is 50 minutes, except in the following cases: intake sessions and crisis sessions.",
        "Privacy laws limit what we can share about you.",
        "Data protection law limits how we share your information.",
        "Legally, we are a private practice, with the following locations:",
        "Under Canadian law, private clinics set their own fees, with some exceptions.",
        "Under state law, you may request restrictions on what we disclose.",
        "Under the law, you may ask us to limit what we share with your insurer.",
    ],
)
def test_law_words_beside_the_limits_of_something_else_read_no_law(text: str) -> None:
    assert "required_by_law" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are legal and ethical exceptions, including the following:",
        "Legal exceptions to confidentiality include the following:",
        "By law, we may release your records without your consent in the following circumstances:",
        "State and Federal case laws define the circumstances in which confidentiality can be breached.",
        "Colorado law provides that confidentiality may be breached in the following situations:",
        "These legal limits are explained to you before you share anything.",
        "Statutory exceptions to confidentiality apply.",
    ],
)
def test_a_law_preface_of_privacy_or_a_sharing_stays_vague(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


PAGE = (
    "# Confidentiality\n\n"
    "What you tell me stays private. I will share it only when you agree in writing.\n\n"
    "There are some limits. If you are in danger of hurting yourself, I may tell someone to keep you safe. If you "
    "threaten to hurt someone else, I must warn them. If I suspect a child is being abused, I must report it.\n\n"
    "## Office hours\n\n"
    "We are open Monday to Friday, 9 to 5. {hours}\n"
)


def test_office_hours_with_legal_holidays_leave_the_law_missing() -> None:
    got = coverage_of_bytes(PAGE.format(hours="Legal holidays are exceptions to our office hours.").encode())
    assert got["required_by_law"] == "missing" and got["court_order"] == "missing", got


def test_the_same_page_with_a_law_preface_is_vague_for_the_law() -> None:
    got = coverage_of_bytes(PAGE.format(hours="").replace("There are some limits.", "There are legal exceptions.").encode())
    assert got["required_by_law"] == "vague", got


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
