"""Classes of wording that real practice texts from the US (tune19b: 30 pages whose addresses hash to 1) read wrong,
fixed as classes, not phrases. The pages here are written for these tests, in our own words.

- A promise of privacy with "unless" after it ("What you tell us stays between us unless we are worried that you:")
  frames the list under it as limits, even where the promise names the client's sharing ("share with us", a phrase of
  the frames that are about something else): an item that names a danger with its person is a limit stated.
- A list item whose second sentence names the police as the ones who can prevent or reduce the threat, after a danger
  to another person, is a warning (duty_to_warn stated); after a danger to the client alone it is none.
- Advice on what the client should not tell a therapist, "for the first time", is no refusal of ours to tell first.
"""

from __future__ import annotations

from prose_files import coverage_of_bytes

KEPT = (
    "Talking to your school counselor\n\n"
    "Anything you share with us will stay between us unless we are worried that you:\n\n"
    "- Might hurt yourself or someone else\n"
    "- Are in danger at home\n"
)


def test_a_promise_kept_unless_frames_limits() -> None:
    got = coverage_of_bytes(KEPT.encode("utf-8"), "kept.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got


def test_a_promise_kept_even_if_frames_no_limits() -> None:
    # Near miss: the promise holds "even if": the items are times it still holds, never times we share
    text = KEPT.replace("will stay between us unless we are worried that you:", "will stay between us, even if you:")
    got = coverage_of_bytes(text.encode("utf-8"), "kept.txt")
    assert got["harm_to_self"] != "stated" and got["harm_to_others"] != "stated", got


def test_what_to_share_with_us_frames_no_limits() -> None:
    # Near miss: the promise with no exception, and the client asked what to share
    text = KEPT.replace("Anything you share with us will stay between us unless we are worried that you:",
                        "Anything you share with us will stay between us. You may want to share with us times when you:")
    got = coverage_of_bytes(text.encode("utf-8"), "kept.txt")
    assert got["harm_to_self"] != "stated" and got["harm_to_others"] != "stated", got


POLICE = (
    "Privacy\n\n"
    "A therapist may disclose information in these situations:\n\n"
    "- If there is a serious risk to the safety of another individual. Information will be shared only with law "
    "enforcement which is able to help prevent or reduce the threat.\n"
    "- If a court issues a subpoena.\n"
)


def test_the_police_able_to_reduce_the_threat_to_another_are_warned() -> None:
    got = coverage_of_bytes(POLICE.encode("utf-8"), "police.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "stated", got


def test_no_warning_when_the_danger_is_the_clients_alone() -> None:
    # Near miss: the same sentence after a danger to the client only
    text = POLICE.replace("the safety of another individual", "your own safety")
    got = coverage_of_bytes(text.encode("utf-8"), "police.txt")
    assert got["harm_to_self"] == "stated" and got["duty_to_warn"] == "missing", got


BLOG = (
    "# Things to keep in mind\n\n"
    "If you are going to therapy for the first time, here are the things you should never tell a therapist.\n\n"
    "Everything you say is kept private. We will always tell you before we share anything.\n"
)


def test_advice_on_what_to_tell_a_therapist_is_no_refusal() -> None:
    got = coverage_of_bytes(BLOG.encode("utf-8"), "blog.md")
    assert got["before_disclosure"] == "stated", got


def test_our_own_refusal_to_tell_first_still_contradicts() -> None:
    # Near miss: the practice's own refusal, beside the same advice
    text = BLOG.replace("We will always tell you before we share anything.", "We will not tell you first before we share anything.")
    got = coverage_of_bytes(text.encode("utf-8"), "blog.md")
    assert got["before_disclosure"] == "contradicted", got
