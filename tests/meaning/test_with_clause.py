"""A clause that starts with "with" after a comma (places14: a consultant's trial of an Ohio page)."""

from __future__ import annotations

import pytest

from policy_lint.meaning import read_passage


def _topics(text: str) -> set[tuple[str, str]]:
    return {(st.topic, st.stance) for st in read_passage(text)}


@pytest.mark.parametrize(
    "text",
    [
        "What you tell us stays private, with a few limits we explain at your first session.",
        "What you tell me stays private, with some exceptions I go over at our first session.",
    ],
)
def test_our_telling_at_intake_after_the_clients_words_is_read(text: str) -> None:
    # "What you tell us" (the client speaks) stops the telling at intake in its own clause only
    assert ("at_intake", "states") in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "What you tell me at your first session, with your partner present, stays private.",  # no subject of ours after "with"
        "What you tell us at your first session stays private, with no exceptions.",
        "You tell us about your goals at your first session, with the limits you choose.",
    ],
)
def test_near_misses_state_no_telling_at_intake(text: str) -> None:
    assert ("at_intake", "states") not in _topics(text)
