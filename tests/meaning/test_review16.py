"""Readings fixed by review 16 (a review of the reading changes of real10, real11, real13, redteam14 and parity14).

Each case is a short passage: the wording that read wrong, and the near misses beside it that must keep their
reading. The dev passages d2700 to d2749 (tests/meaning/devset.yaml) hold them with labels.
"""

from __future__ import annotations

import pytest

from policy_lint.meaning import read_passage


def _stances(text: str) -> dict[str, str]:
    return {st.topic: st.stance for st in read_passage(text)}


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
