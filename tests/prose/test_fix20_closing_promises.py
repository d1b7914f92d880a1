"""A closing promise that takes back the limits listed above it (fix20, real20).

- "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or
  organization without ... permission": the client's information named by its kinds, told to everyone, is a blanket
  promise (as "your information" is); "for any reason" leaves it no room for an exception, so the consent does not
  make it the normal rule.
- Such a promise, with words that leave no room for any exception, after every passage that states a limit, takes
  that limit back: the limit is contradicted (labels.yaml: "even if another sentence states it"). A promise the
  limits follow, or a plain one after them, is the rule they qualify: the limit stays stated.
"""

from __future__ import annotations

import pytest

from policy_lint.meaning import Passage, coverage, read_passage
from conftest import stances

PROMISE = "blanket_promise"
LIMIT = "If a child is being abused, I must report it to child protective services."


@pytest.mark.parametrize(
    "text",
    [
        "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or organization without the express prior permission of my client.",
        "We never release health or billing records to anyone.",
        "We never share client information with anyone.",
        "I will never disclose personal information for any reason to any person without your permission.",
    ],
)
def test_information_named_by_its_kinds_told_to_everyone_is_a_promise(text: str) -> None:
    assert stances(text).get(PROMISE) == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        # the normal rule: the client's say-so, no word that leaves no room
        "I will never disclose personal information to any person without your permission.",
        # an exception in the sentence, or the next sentence
        "We never release health or billing records to anyone, except as described above.",
        "We never release health or billing records to anyone. The exceptions are:",
        "We will never disclose treatment information to any person, unless the law requires it.",
        # one narrow kind, or information about something else
        "We never disclose your contact information to anyone.",
        "We never disclose information about our fees to anyone.",
        "We never disclose information that identifies your employer to anyone.",
        # a receiver no limit touches; a welcome; the client advised
        "We take confidentiality seriously and never share client information with marketers.",
        "We take your confidentiality seriously.",
        "Welcome! What you say here stays here.",
        "You should never share personal information with anyone in the group.",
    ],
)
def test_near_misses_are_no_promise(text: str) -> None:
    assert PROMISE not in stances(text), read_passage(text)


def _status(*texts: str) -> str:
    items = {i["topic"]: i for i in coverage([Passage(f"/blocks/{n}", t) for n, t in enumerate(texts)])}
    return items["child_abuse"]["status"]


@pytest.mark.parametrize(
    "closing",
    [
        "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or organization without the express prior permission of my client.",
        "Under no circumstances will I share anything you tell me with anyone.",
        "I will never share what you say with anyone, no matter what.",
    ],
)
def test_a_promise_with_no_room_after_the_limits_takes_them_back(closing: str) -> None:
    assert _status("There are important exceptions. They are:", LIMIT, closing) == "contradicted"


@pytest.mark.parametrize(
    "texts",
    [
        # the promise first: the limits below qualify it
        ("Under no circumstances will I share anything you tell me with anyone.", LIMIT),
        # a plain promise after the limits (of the notes): no word that leaves no room
        (LIMIT, "My notes are kept in a locked cabinet, and they will not be shared with anyone."),
        (LIMIT, "We never share client information with anyone."),
        # the promise with its exception, or pointing back at the limits
        (LIMIT, "I will never share what you say with anyone for any reason, except as described above."),
        (LIMIT, "Under no circumstances will I share anything you tell me with anyone. The exceptions are listed above."),
        # the consent rule after the limits
        (LIMIT, "I will never disclose personal information to any person without your permission."),
        # a welcome, a claim of care
        (LIMIT, "We take confidentiality seriously."),
        (LIMIT, "Welcome! What you say here stays here."),
    ],
)
def test_the_limit_stays_stated(texts: tuple[str, ...]) -> None:
    assert _status(*texts) == "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes we may be required to share information outside the service. We will always discuss this with you.",
        "If you are at serious risk of harm, this information will need to be passed on. The whole process will be discussed with you at the time.",
        "We may need to tell someone if a child is at risk. This will be discussed with you.",
    ],
)
def test_a_talk_pointed_back_at_a_sharing_is_telling_first(text: str) -> None:
    assert stances(text).get("before_disclosure") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("We may need to share information with the police. We will discuss this with you afterwards.", "after_disclosure"),
        ("You may want to share your feelings with your family. We can discuss this with you.", None),
        ("If you need to share your worries, we can discuss this with you.", None),
        ("We will discuss this with you.", None),
    ],
)
def test_a_talk_after_or_about_the_clients_sharing_is_no_telling_first(text: str, topic: "str | None") -> None:
    got = stances(text)
    assert "before_disclosure" not in got, read_passage(text)
    if topic is not None:
        assert got.get(topic) == "states", read_passage(text)
