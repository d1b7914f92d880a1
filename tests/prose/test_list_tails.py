"""The paragraph just after a list of limits, when it says whom we contact in those cases.

Labels.yaml (prose7): after a list that names a danger to other people, a
paragraph that names whom we would contact in general words ("the person I
would contact is your GP", "we contact the appropriate authorities", "may
notify emergency services or other appropriate people") is vague for
duty_to_warn: someone is told, but neither the person at risk nor the police
is named as told. The words of each passage are read as before (the red-team
labels read "we may call the police" alone as harm to others only); only the
page's status changes. And a <p> inside an <li> is that list item's text.
"""

from __future__ import annotations

import pytest

from policy_lint import meaning
from prose_files import coverage_of_bytes

LIST = ["if you are at serious risk of harming yourself;", "if you are at serious risk of harming another person;",
        "if a child is at risk of abuse;"]


def _md(items: list[str], tail: str, lead: str = "We may need to share information without your consent:") -> bytes:
    return ("# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items) + "\n" + tail + "\n").encode()


def _txt(items: list[str], tail: str) -> bytes:
    return ("We may need to share information without your consent:\n" + "".join(f"  - {i}\n" for i in items) + tail + "\n").encode()


def _html(items: list[str], tail: str) -> bytes:
    lis = "".join(f"<li><p>{i}</p></li>" for i in items)
    return f"<html><body><main><h2>Limits</h2><p>We may need to share information without your consent:</p><ul>{lis}</ul><p>{tail}</p></main></body></html>".encode()


_coverage = coverage_of_bytes


@pytest.mark.parametrize(
    "tail",
    [
        "In these cases we contact the appropriate authorities, not your employer.",
        "In most cases the person I would contact is your GP or the local crisis team.",
        "In those situations the counsellor may notify emergency services or other appropriate people.",
        "Where this happens, we would inform the relevant authorities.",
        # an adverb between (dev page dm13)
        "In any of these situations the people I would usually contact are emergency services or your GP.",
        # we as subject, the people after (dev page dh19)
        "In these situations we would usually contact your GP, a safeguarding team or the police, as needed to keep everyone safe.",
        "If that happens, I would normally speak to your doctor or the crisis team.",
    ],
)
@pytest.mark.parametrize("make, name", [(_md, "p.md"), (_txt, "p.txt"), (_html, "p.html")])
def test_a_contact_named_after_a_list_with_a_danger_to_others_is_vague_for_duty_to_warn(make, name, tail) -> None:  # type: ignore[no-untyped-def]
    got = _coverage(make(LIST, tail), name)
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize(
    "items, tail, want",
    [
        # no danger to others in the list: nothing for duty_to_warn
        (["if you are at serious risk of harming yourself;", "if a child is at risk of abuse;"],
         "In these cases we contact the appropriate authorities.", "missing"),
        # no contact named in the paragraph after the list
        (LIST, "We will talk with you first where we can.", "missing"),
        (LIST, "Questions? Contact us at the front desk.", "missing"),
        # a contact of ours about something else, no one told in those cases
        (LIST, "To book, we would usually contact you by text the day before.", "missing"),
        # the list itself warns: the duty stays stated
        (LIST + ["if you threaten someone, we may warn the person you threatened;"],
         "In these cases we contact the appropriate authorities.", "stated"),
    ],
)
def test_near_misses(items: list[str], tail: str, want: str) -> None:
    assert _coverage(_md(items, tail), "p.md")["duty_to_warn"] == want


def test_a_contact_paragraph_under_another_heading_is_no_tail() -> None:
    raw = _md(LIST, "## Records\n\nWe contact the appropriate authorities when a records request arrives.")
    assert _coverage(raw, "p.md")["duty_to_warn"] == "missing"


def test_the_passage_keeps_its_own_reading() -> None:
    text = "In these cases we contact the appropriate authorities, not your employer."
    assert meaning.read_passage(text) == ()
    assert meaning.tail_contact(text) == (18, 53)


def test_a_paragraph_inside_a_list_item_is_a_list_item() -> None:
    from policy_lint.readers.html import read_html

    page = "<main><p>The exceptions are:</p><ul><li><p>Child abuse</p></li><li>Elder abuse</li></ul><p>After the list.</p></main>"
    blocks = read_html(page).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "The exceptions are:"), ("list_item", "Child abuse"), ("list_item", "Elder abuse"), ("paragraph", "After the list."),
    ]
    # a <p> inside a table cell inside a list item stays the cell's
    table = "<main><ul><li><table><tr><td><p>Court order</p></td><td>We comply.</td></tr></table></li></ul></main>"
    assert [b.kind for b in read_html(table).blocks] == ["table_row"]


@pytest.mark.parametrize(
    "tail",
    [
        # the police among those told, after a list with a danger to others (coverage.md rule 15) (real8: a UK service)
        "These are some examples where we have to pass on information to a third party like the police, social services or your GP.",
        "In these cases we may need to inform the police or your doctor.",
        # near misses: the client's danger, not their choice, decides (review15)
        "In these cases we may have to tell the police, but only if you pose a real danger to someone.",
        "We may tell the police only when you threaten someone.",
        "We would tell the police only if you agree, or if the law requires it.",
    ],
)
@pytest.mark.parametrize("make, name", [(_md, "p.md"), (_txt, "p.txt"), (_html, "p.html")])
def test_the_police_named_after_a_list_with_a_danger_to_others_state_duty_to_warn(make, name, tail) -> None:  # type: ignore[no-untyped-def]
    got = _coverage(make(LIST, tail), name)
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "stated", got


@pytest.mark.parametrize(
    "tail",
    [
        # a refusal names the police as not told
        "We never pass information about these things to the police.",
        # the police named with no act of ours
        "The police have their own rules about these cases.",
        # the police told only by the client's own act or choice (review15: read stated)
        "The police are told about crimes only if you report them yourself.",
        "We would tell the police only if you agree.",
        "We pass information to the police only when you ask us to.",
    ],
)
def test_the_police_named_with_no_telling_state_no_warning(tail: str) -> None:
    got = _coverage(_md(LIST, tail), "p.md")
    assert got["duty_to_warn"] != "stated", got


def test_the_police_after_a_list_with_no_danger_to_others_state_no_warning() -> None:
    items = ["if you are at serious risk of harming yourself;", "if a child is at risk of abuse;"]
    got = _coverage(_md(items, "In these cases we may need to inform the police or your doctor."), "p.md")
    assert got["duty_to_warn"] == "missing", got


def test_tail_police_finds_the_police_only_where_someone_is_told() -> None:
    assert meaning.tail_police("We may need to inform the police.") is not None
    assert meaning.tail_police("We will not tell the police.") is None
    assert meaning.tail_police("The police station is next door.") is None


LEADS = [
    # (real13: a church counselling service's agreement, over "danger of harming themselves or others")
    "Your counsellor may disclose confidential information to appropriate people in the following circumstances:",
    "We may pass information to the relevant people in these situations:",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_contact_named_in_the_lead_in_of_a_list_with_a_danger_to_others_is_vague_for_duty_to_warn(lead: str) -> None:
    got = _coverage(_md(LIST, "Questions? Ask us at any time.", lead=lead), "p.md")
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "vague", got
    txt = (lead + "\n" + "".join(f"  - {i}\n" for i in LIST) + "\nQuestions? Ask us at any time.\n").encode()
    assert _coverage(txt, "p.txt")["duty_to_warn"] == "vague"


@pytest.mark.parametrize(
    "items, lead, want",
    [
        # no contact named in the lead-in
        (LIST, "We may need to share information without your consent:", "missing"),
        # no danger to others in the list
        (["if you are at serious risk of harming yourself;", "if a child is at risk of abuse;"], LEADS[0], "missing"),
        # the list itself warns: the duty stays stated
        (LIST + ["if you threaten someone, we may warn the person you threatened;"], LEADS[0], "stated"),
    ],
)
def test_lead_in_near_misses(items: list[str], lead: str, want: str) -> None:
    assert _coverage(_md(items, "Questions? Ask us at any time.", lead=lead), "p.md")["duty_to_warn"] == want


# real14: a family therapist's numbered policies, whose item 3 ends in a lead-in over bullets of its own
_NUMBERED_LEAD = ("Policies\n\n"
                  "  1. Sessions last one hour.\n"
                  "  2. All you tell me is confidential. The law mandates therapists to report required information to "
                  "appropriate authorities under the following circumstances:\n"
                  "  - when the client is in danger of suicide.\n"
                  "  - when the client threatens serious harm to someone.\n"
                  "  3. Payment is due at each session.\n")


def test_a_numbered_item_that_is_a_lead_in_with_a_contact_is_vague_for_duty_to_warn() -> None:
    got = _coverage(_NUMBERED_LEAD.encode(), "p.txt")
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "vague", got


def test_a_numbered_item_that_is_a_lead_in_with_no_contact_adds_no_warning() -> None:
    text = _NUMBERED_LEAD.replace("to report required information to appropriate authorities", "to share information")
    assert _coverage(text.encode(), "p.txt")["duty_to_warn"] == "missing"


# tune20b: a UK counselling charity, after its list of limits: "The Service Manager, a Clinical Supervisor, Trustee or
# other suitable person, will be consulted if at all possible before any action is taken." Those asked for advice
# before we act are not told in those cases: no warning, not even a vague one.
@pytest.mark.parametrize(
    "tail",
    [
        "The Service Manager, a Clinical Supervisor or other suitable person will be consulted before any action is taken.",
        "Where possible we would consult other professionals before acting.",
        "We may seek advice from the relevant services before deciding what to do.",
    ],
)
@pytest.mark.parametrize("make, name", [(_md, "p.md"), (_txt, "p.txt"), (_html, "p.html")])
def test_those_consulted_after_a_list_are_no_one_told(make, name, tail) -> None:  # type: ignore[no-untyped-def]
    got = _coverage(make(LIST, tail), name)
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "missing", got


@pytest.mark.parametrize("make, name", [(_md, "p.md"), (_txt, "p.txt"), (_html, "p.html")])
def test_those_told_after_advice_is_sought_are_still_told(make, name) -> None:  # type: ignore[no-untyped-def]
    tail = "After consulting my supervisor, I would inform the relevant authorities."
    assert _coverage(make(LIST, tail), name)["duty_to_warn"] == "vague"
