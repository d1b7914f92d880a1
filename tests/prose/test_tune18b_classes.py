"""Classes of wording that real practice texts from outside the US (tune18b: 30 pages whose addresses hash to 1) read
wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.

- The paragraph just after a list that names a danger to others, saying we would disclose information "to the relevant
  authorities", names whom we tell in general words: vague duty_to_warn, as "contact the relevant authorities" is.
- The law's requirement whose next sentence only points at the list to come ("These include:") is a preface: vague.
"""

from __future__ import annotations

from prose_files import coverage_of_bytes

TAIL = (
    "Confidentiality\n\n"
    "What you say stays with us. The law asks us to share information in a few cases. They are:\n\n"
    "- Serious injury to you or to someone else.\n"
    "- A child who is being abused.\n\n"
    "If we think that failing to disclose information to the relevant authorities could lead to one of these outcomes, "
    "we may have to act.\n"
)


def test_whom_we_tell_after_a_list_in_general_words() -> None:
    got = coverage_of_bytes(TAIL.encode("utf-8"), "tail.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "vague", got


def test_no_warning_without_a_danger_to_others() -> None:
    # Near miss: the same paragraph after a list with no danger to others
    text = TAIL.replace("- Serious injury to you or to someone else.\n", "- A court order.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "tail.txt")
    assert got["duty_to_warn"] == "missing", got


POINTER = (
    "Confidentiality\n\n"
    "Your sessions are private, with a few rare exceptions, when I am legally bound to break confidentiality. "
    "These include:\n\n"
    "- If you are a danger to yourself\n"
    "- If a court orders me to share my notes\n"
)


def test_law_before_a_pointer_to_the_list_is_a_preface() -> None:
    got = coverage_of_bytes(POINTER.encode("utf-8"), "pointer.txt")
    assert got["required_by_law"] == "vague" and got["court_order"] == "stated", got


def test_law_with_a_sentence_of_its_own_after_it_is_a_limit() -> None:
    # Near miss: the next sentence is no pointer at a list
    text = POINTER.replace("These include:", "This is rare. Other times are:")
    got = coverage_of_bytes(text.encode("utf-8"), "pointer.txt")
    assert got["required_by_law"] == "stated", got
