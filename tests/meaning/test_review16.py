"""Readings fixed by review 16 (a review of the reading changes of real10, real11, real13, redteam14 and parity14).

Each case is a short passage: the wording that read wrong, and the near misses beside it that must keep their
reading. The dev passages d2700 to d2749 (tests/meaning/devset.yaml) hold them with labels.
"""

from __future__ import annotations

import pytest

from conftest import stances


_stances = stances


@pytest.mark.parametrize(
    "text",
    [
        "No information is released without notifying you.",
        "No records are released without informing you.",
        "None of your information will be shared without telling you.",
        "We promise that no information about you is passed on without your knowledge.",
    ],
)
def test_no_as_the_subject_promises_telling_first(text: str) -> None:
    # "no" as the subject turns "without telling you" round, as "nothing" does: not the opposite of telling first
    assert _stances(text).get("before_disclosure") == "states"


@pytest.mark.parametrize(
    "text",
    [
        "No, we may share your records with other staff without telling you.",
        "We may have no choice but to share information without telling you.",
        "There is no rule against it, so we may share your records without telling you.",
        "No matter what, we may share your records without telling you.",
    ],
)
def test_other_noes_still_share_without_telling(text: str) -> None:
    assert _stances(text).get("before_disclosure") == "opposite"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Confidentiality will never be broken, even if you are a danger to yourself.", "harm_to_self"),
        ("Confidentiality will not be broken even if a client is a danger to him/her or another person.", "harm_to_others"),
        ("I will never make a referral to your GP, police or social services, even if you are a danger to others.", "duty_to_warn"),
        ("I will not refer you to anyone, even if you are a danger to yourself.", "harm_to_self"),
    ],
)
def test_a_refusal_in_the_passive_or_of_a_referral_is_the_opposite(text: str, topic: str) -> None:
    assert _stances(text).get(topic) == "opposite"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Confidentiality will not be broken unless you are a danger to yourself or others.", "harm_to_self"),
        ("I may refer you to your GP if you are at risk of harming yourself.", "harm_to_self"),
        ("I will make a referral to your GP, police or social services if you are a danger to others.", "duty_to_warn"),
    ],
)
def test_the_limit_after_unless_or_a_referral_offered_stays_stated(text: str, topic: str) -> None:
    assert _stances(text).get(topic) == "states"


@pytest.mark.parametrize(
    "text",
    [
        "Other group members may share what you said without telling you, so think about what you say in group.",
        "Group members must not share what others say without their knowledge.",
        "Sessions cancelled without notice will be charged in full, and we may share the bill with your insurer.",
    ],
)
def test_others_sharing_or_another_act_without_notice_says_nothing_of_telling(text: str) -> None:
    assert "before_disclosure" not in _stances(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Group members may not always keep things private, but we will never share anything without telling you first.", "states"),
        ("The counsellor may release your records to the police or other authorities without prior notice.", "opposite"),
        ("We may share your records with your insurer without telling you.", "opposite"),
    ],
)
def test_our_own_telling_beside_the_group_keeps_its_reading(text: str, stance: str) -> None:
    assert _stances(text).get("before_disclosure") == stance
