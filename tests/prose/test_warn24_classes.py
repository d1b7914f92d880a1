"""Classes of duty_to_warn read wrong over the thirteen real sets, fixed as classes (session 15, warn24).

The words of whom we tell, in general words, just above a list of limits that names a danger to others are vague for
duty_to_warn (labels.yaml, frames.yaml ``contacts``) also where the lead-in has no colon but names "the following"
(tune20a), and where the lead-in only points back ("This may happen where ...:") at one of the two paragraphs just
above it that names them (real23, both labellers).
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

ITEMS = "- you are at risk of harm\n- other people are at risk of harm\n"
ITEMS_SELF = "- you are at risk of harm\n- you tell us you are thinking of suicide\n"

# Dev pages (our own words)
VAGUE = [
    # a paragraph that points back, over one that names whom we tell
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "This may happen where we believe that:\n\n",
    # one paragraph more between them, under the same heading
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "We will tell you first where we can.\n\nThis may happen if:\n\n",
    # a lead-in with no colon that names the following cases
    "Confidentiality\n\nInformation about the following may be released without your consent to appropriate persons, such as a manager.\n\n",
]

# Near misses: no one named above; a denial above; a heading between; the lead-in names its own matter
MISSING = [
    "Confidentiality\n\nSometimes we may need to share information.\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe will never contact the relevant authorities.\n\nThis may happen where we believe that:\n\n",
    "# Confidentiality\n\nIf so, we only give information to the relevant authorities.\n\n## When\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe only give information to the relevant authorities when the law says so.\n\nYou can ask us about the following topics:\n\n",
]


@pytest.mark.parametrize("page", VAGUE)
def test_whom_we_tell_above_a_list_with_a_danger_to_others_is_vague(page: str) -> None:
    name = "policy.md" if page.startswith("#") else "policy.txt"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), name)
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize("page", VAGUE)
def test_the_same_words_above_a_list_of_dangers_to_the_client_say_no_warning(page: str) -> None:
    got = coverage_of_bytes((page + ITEMS_SELF).encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


@pytest.mark.parametrize("page", MISSING)
def test_no_one_told_above_the_list_says_no_warning(page: str) -> None:
    name = "policy.md" if page.startswith("#") else "policy.txt"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), name)
    assert got["duty_to_warn"] == "missing", got


def test_the_police_are_never_read_stated_from_general_words_above_a_list() -> None:
    page = "Confidentiality\n\nWe would never tell the police, only the relevant authorities.\n\nThis may happen where we believe that:\n\n"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] != "stated", got
