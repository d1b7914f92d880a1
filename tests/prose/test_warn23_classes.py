"""Classes of duty_to_warn read wrong over the twelve tuning sets of /work/real, fixed as classes (session 15, warn23).

Whom we tell in general words, in the paragraph just after one that names a danger to others: the labellers of
real20 and real22 (both of each) and of tune19c read it vague, as the paragraph just after such a list
(labels.yaml, dh05). A plain promise of secrecy ("They will not be shared with anyone", of the notes) on a page whose
other words tell limits contradicts none of them, also where a limit is named only in vague words.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

DANGER = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you or someone else is at risk of serious harm.\n\n"
DANGER_SELF = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you are at risk of serious harm.\n\n"

# Dev passages (our own words): the next paragraph points back at those cases or tells of a need to share, and names
# whom we tell in general words
NEXT_VAGUE = [
    "In such circumstances, information may be passed to the relevant third parties without your consent.",
    "If I need to share information with an outside agency, I will talk with you about it first.",
    "Sometimes what you tell me may need passing on to the authorities. We can talk about how this works.",
    "In these cases we may have to contact the appropriate professionals.",
]

# Near misses: no point back and no need (a service we work with); a later sentence names them; a denial; the client's
# say-so; the client told
NEXT_MISSING = [
    "We work in partnership with other agencies in the city.",
    "We keep brief notes. With your consent we may speak with other professionals.",
    "In such cases we will not contact the relevant authorities.",
    "If we need to share information with other professionals, we will only do so with your consent.",
    "In such cases we need to contact you by phone.",
]


@pytest.mark.parametrize("tail", NEXT_VAGUE)
def test_whom_we_tell_in_the_paragraph_after_a_danger_to_others_is_vague(tail: str) -> None:
    got = coverage_of_bytes((DANGER + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize("tail", NEXT_VAGUE)
def test_the_same_paragraph_after_a_danger_to_the_client_alone_says_no_warning(tail: str) -> None:
    got = coverage_of_bytes((DANGER_SELF + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


@pytest.mark.parametrize("tail", NEXT_MISSING)
def test_a_paragraph_that_tells_no_one_in_those_cases_says_no_warning(tail: str) -> None:
    got = coverage_of_bytes((DANGER + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


def test_a_heading_between_the_paragraphs_cuts_them_apart() -> None:
    page = DANGER + "Working with others\n\n" + NEXT_VAGUE[3] + "\n"
    got = coverage_of_bytes(page.replace("Working with others\n\n", "## Working with others\n\n").replace("Confidentiality\n\n", "# Confidentiality\n\n", 1).encode("utf-8"), "policy.md")
    assert got["duty_to_warn"] == "missing", got


def test_the_police_or_the_person_at_risk_are_never_read_stated_from_general_words() -> None:
    # the opposite said in the next paragraph: never an all clear
    page = DANGER + "In such cases we would never tell the police or the person at risk, only the appropriate authorities.\n"
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] != "stated", got


PLAIN_AFTER = (
    "Confidentiality\n\n"
    "What we discuss stays between us. The only time information is shared is if I think you or someone else is at risk of serious harm.\n\n"
    "Sometimes what you tell me may need passing on to the authorities.\n\n"
    "I keep brief notes on paper. They will not be shared with anyone.\n"
)


def test_a_plain_promise_about_the_notes_leaves_a_vague_limit_vague() -> None:
    got = coverage_of_bytes(PLAIN_AFTER.encode("utf-8"), "policy.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


def test_a_promise_that_leaves_no_room_still_contradicts_a_vague_limit() -> None:
    page = PLAIN_AFTER.replace("They will not be shared with anyone.", "They will never be shared with anyone, under any circumstances.")
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "contradicted", got


VAGUE_ONLY = (
    "Confidentiality\n\n"
    "What you say in counselling is private. We may share information without your consent to prevent a serious threat"
    " to health or safety.\n\n"
    "We keep brief notes. They will not be shared with anyone.\n"
)


def test_a_plain_promise_leaves_limits_named_in_vague_words_vague() -> None:
    got = coverage_of_bytes(VAGUE_ONLY.encode("utf-8"), "policy.txt")
    assert got["harm_to_self"] == "vague", got
    assert got["harm_to_others"] == "vague", got
    # a limit the page never names stays missing (538622a), and one promise with no room still contradicts
    assert got["child_abuse"] == "missing", got
    page = VAGUE_ONLY.replace("They will not be shared with anyone.", "They will not be shared with anyone for any reason.")
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["harm_to_self"] == "contradicted", got
