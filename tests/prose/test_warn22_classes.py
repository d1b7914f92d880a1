"""Classes of duty_to_warn read wrong over the eleven sets of /work/real, fixed as classes (session 14, warn22).

Where a danger to others is named and someone is told in general words, or something is done, with neither the
person at risk nor the police named as told, both labellers of real19, real20 and real21 read duty_to_warn vague
(labels.yaml). A breach or disclosure with a danger to others and no one told stays missing (both labellers of
real19/20/21 read so: "we are required to break confidentiality", "we may share information outside of the service").
"""

from __future__ import annotations

from prose_files import coverage_of_bytes

LEAD_IN = (
    "Limits of Confidentiality\n\n"
    "There are certain circumstances under which we must report certain information to various regulatory agencies."
    " Your confidentiality will be broken without your permission:\n\n"
    "- If you tell your therapist about abuse or neglect of a child\n"
    "- If you tell your therapist that you are at risk of harming another person\n"
)

# Near miss: the same lead-in over a list with no danger to others
LEAD_IN_NO_OTHERS = (
    "Limits of Confidentiality\n\n"
    "There are certain circumstances under which we must report certain information to various regulatory agencies."
    " Your confidentiality will be broken without your permission:\n\n"
    "- If you tell your therapist about abuse or neglect of a child\n"
    "- If you tell your therapist that you are at risk of harming yourself\n"
)

TAIL = (
    "Confidentiality\n\n"
    "We need your written permission to talk to anyone else on your behalf. The only exceptions are:\n\n"
    "- There is a risk of serious harm to you or another person.\n"
    "- A judge orders us to share your records.\n\n"
    "If we think there is a risk of serious harm and we need to tell someone else, we will try to talk to you first."
    " Examples of people we might need to tell are GPs and social workers.\n"
)

# Near miss: the same paragraph after a list that names a danger to the client alone
TAIL_SELF = TAIL.replace("to you or another person", "to you")


def test_a_lead_in_that_names_regulatory_agencies_is_vague_over_a_danger_to_others() -> None:
    got = coverage_of_bytes(LEAD_IN.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "vague", got
    got = coverage_of_bytes(LEAD_IN_NO_OTHERS.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "missing", got


def test_the_people_we_might_need_to_tell_after_a_list_are_vague() -> None:
    got = coverage_of_bytes(TAIL.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "vague", got
    got = coverage_of_bytes(TAIL_SELF.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "missing", got


def test_a_breach_beside_a_danger_to_others_with_no_one_told_stays_missing() -> None:
    page = (
        "Confidentiality\n\n"
        "If you tell me that someone else is at risk of harm, I am required by my code of practice to break"
        " confidentiality.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "limits.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "missing", got
