"""A list under a lead-in that asks the client to call or tell someone ("Please call us if:", "Contact us right
away when:", "Let your counsellor know if:") is a list of times to get help, not of times we share: its dangers
state no limit. Read as written, "- a child is being abused" there read child_abuse stated: a false all clear on a
page of crisis contacts (noticed by review20, older than session 12). Items with an act of ours still read by
themselves, and a lead-in of ours ("We will call someone if:") still frames limits."""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

ITEMS = ["a child is being abused", "you are thinking of ending your life", "you plan to hurt someone"]
DANGERS = ("child_abuse", "harm_to_self", "harm_to_others")

CLIENT_LEAD_INS = [
    "Please call us if:",
    "Please tell your counselor if:",
    "Contact us right away when:",
    "Call 911 or go to your nearest emergency room if:",
    "Let your therapist know if:",
    "Please get in touch with us as soon as you can if:",
    "Talk to someone you trust if:",
    "Always reach out to the crisis team when:",
]


def _page(lead: str, fmt: str, items: list[str] = ITEMS) -> tuple[bytes, str]:
    if fmt == "md":
        text = "# Getting help\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)
    elif fmt == "txt":
        text = "Getting help\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)
    else:
        text = ("<html><body><main><h1>Getting help</h1><p>" + lead + "</p><ul>"
                + "".join(f"<li>{i}</li>" for i in items) + "</ul></main></body></html>")
    return text.encode("utf-8"), f"page.{fmt}"


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("lead", CLIENT_LEAD_INS)
def test_a_client_s_call_for_help_frames_no_limit(lead: str, fmt: str) -> None:
    got = coverage_of_bytes(*_page(lead, fmt))
    for topic in DANGERS:
        assert got[topic] == "missing", (lead, fmt, topic, got)


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("lead", ["We will call someone if:", "Your counselor must tell someone if:",
                                  "I will contact the right people if:", "We may need to call emergency services if:"])
def test_a_lead_in_of_ours_still_frames_limits(lead: str, fmt: str) -> None:
    got = coverage_of_bytes(*_page(lead, fmt))
    for topic in DANGERS:
        assert got[topic] == "stated", (lead, fmt, topic, got)


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_an_item_with_an_act_of_ours_still_reads_by_itself(fmt: str) -> None:
    items = ["we must report it if a child is being abused", "you are thinking of ending your life"]
    got = coverage_of_bytes(*_page("Please call us if:", fmt, items))
    assert got["child_abuse"] == "stated", got
    assert got["harm_to_self"] == "missing", got


def test_the_dangers_under_a_heading_of_limits_still_state_them() -> None:
    text = "# When we must share\n\n" + "".join(f"- {i}\n" for i in ITEMS)
    got = coverage_of_bytes(text.encode("utf-8"), "page.md")
    for topic in DANGERS:
        assert got[topic] == "stated", (topic, got)
