"""Classes of wording the real practice texts read wrong, fixed as classes, not phrases (issue 13, limits16).

- A claim of total secrecy and nothing else ("Your conversations are completely confidential") on a page that tells
  limits stays one promise (COV008) but contradicts none of the limits the page never names: they are missing.
  "Never shared ... under any circumstances" still contradicts them.
- "A child or vulnerable person" names no adult: vague for elder and dependent adult abuse.
- A harm to "any person", "an individual" or "a person", with neither the client nor the client's act named, names
  no one: vague for harm to self and to others.
- The client's safety at risk ("the client's safety", "your safety is at risk") names the client: harm to self.
- "appears to be" reads as "is"; a lead-in that says confidentiality "cannot be guaranteed" frames a list of limits.
"""

from __future__ import annotations

from typing import Callable

import pytest

from prose_files import coverage_of_bytes
from policy_lint.findings import FileResult
from policy_lint.meaning import Passage, coverage, read_passage
from conftest import stances

FAQ = (
    "<h3>Can my coach see my conversations?</h3>\n"
    "<p>No. Your conversations are completely confidential and private.</p>\n"
    "<h3>Are there any exceptions to confidentiality?</h3>\n"
    "<p>Counselors must break confidentiality if you are in immediate danger of harming yourself or others, if there is"
    " suspected abuse of a minor, or if a court order requires it.</p>\n"
)


# -- a claim of total secrecy ------------------------------------------------------------------

def test_a_claim_of_total_secrecy_beside_limits_leaves_the_unnamed_limits_missing() -> None:
    got = coverage_of_bytes(FAQ.encode("utf-8"), "faq.html")
    assert got["child_abuse"] == "stated" and got["court_order"] == "stated", got
    for topic in ("elder_abuse", "dependent_adult_abuse", "duty_to_warn", "required_by_law"):
        assert got[topic] == "missing", (topic, got)


def test_a_claim_of_total_secrecy_alone_still_contradicts_every_limit() -> None:
    got = coverage_of_bytes(b"<p>Your conversations are completely confidential and private.</p>\n", "faq.html")
    assert got["child_abuse"] == "contradicted" and got["elder_abuse"] == "contradicted", got


@pytest.mark.parametrize(
    "promise",
    [
        "All conversations are kept strictly secure and never shared with third parties under any circumstances.",
        "Your conversations are completely confidential, no matter what.",
        "Yes, it is completely confidential. Nothing you say will ever be passed on.",
    ],
)
def test_a_promise_that_leaves_no_room_still_contradicts_the_unnamed_limits(promise: str) -> None:
    listed = [Passage("/blocks/0", promise), Passage("/blocks/1", "If a child is being abused, we must report it to child protective services.")]
    items = {i["topic"]: i for i in coverage(listed)}
    assert items["child_abuse"]["status"] == "stated"
    assert items["elder_abuse"]["status"] == "contradicted", items["elder_abuse"]


def test_the_claim_stays_one_finding(lint: Callable[..., FileResult]) -> None:
    result = lint(
        "confidentiality:\n  summary: Your sessions are completely confidential.\n"
        "limits:\n  - category: child_abuse\n    explanation: If a child is being abused, we must report it to child protective services.\n"
    )
    assert [f.rule_id for f in result.findings].count("COV008") == 1
    cover = {i["topic"]: i["status"] for i in result.metrics["coverage"]}
    assert cover["child_abuse"] == "stated" and cover["elder_abuse"] == "missing", cover


# -- vulnerable persons beside a child -----------------------------------------------------------

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


# -- a harm to a person named by no one ------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "If I have reason to believe there may be physical harm done to any person, I may share information.",
        "Information may be released when it relates to clear and imminent danger to an individual or group.",
        "Where information shows that a person may be at risk of harm, counsellors must report this.",
        "We may disclose information to eliminate or reduce a significant risk of serious bodily harm to a person.",
    ],
)
def test_a_harm_to_a_person_named_by_no_one_is_vague_for_both(text: str) -> None:
    got = stances(text)
    assert got.get("harm_to_self") == "vague" and got.get("harm_to_others") == "vague", read_passage(text)
    assert "duty_to_warn" not in got, read_passage(text)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("If you threaten to harm any person, I must warn them.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("If a client poses a danger to any person, we may notify the police.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("Threats of harm to another person are reported.", {"harm_to_others": "states"}),
        ("We may share information when we believe someone is at risk.", {}),
    ],
)
def test_the_clients_act_or_another_person_keeps_harm_to_others(text: str, topics: dict[str, str]) -> None:
    got = {t: s for t, s in stances(text).items() if t in ("harm_to_self", "harm_to_others", "duty_to_warn")}
    assert got == topics, read_passage(text)


# -- the client's safety ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality may be broken if the client's safety or the safety of others is at risk.",
        "If your safety is at risk, we may share information.",
        "We may contact your GP if the patient's safety is in danger.",
    ],
)
def test_the_clients_safety_at_risk_states_harm_to_self(text: str) -> None:
    assert stances(text).get("harm_to_self") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We value your safety and your privacy.", None),
        ("If someone's safety is at risk, we may share information.", "vague"),
    ],
)
def test_safety_valued_or_someones_safety_is_no_harm_to_self_stated(text: str, want: str | None) -> None:
    assert stances(text).get("harm_to_self") == want, read_passage(text)


# -- "appears to be", and "cannot be guaranteed" over a list ----------------------------------------

def test_appears_to_be_reads_as_is() -> None:
    text = "If you or someone else appears to be in immediate danger, we may share information."
    got = stances(text)
    assert got.get("harm_to_self") == "states" and got.get("harm_to_others") == "states", read_passage(text)
    assert stances("This appears to be the best way to keep your records safe.") == {}


def test_a_list_under_confidentiality_cannot_be_guaranteed_states_its_limits() -> None:
    page = (
        "There are several situations in which confidentiality cannot be guaranteed, including, but not limited to,"
        " the following:\n\n"
        "- You or someone else appears to be in immediate danger\n"
        "- A child is being abused\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "limits.md")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got
    assert got["child_abuse"] == "stated", got


# -- "abuse" beside limits that are no abuse limits -------------------------------------------------

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
