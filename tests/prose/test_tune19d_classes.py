"""Classes of wording that real19's Markdown and web pages read wrong (tune19d: real19 released to tuning), fixed as
classes, not phrases. The pages here are written for these tests, in our own words, in the layouts those pages use
(front matter, a paragraph of limits split by <br> lines, a complaints section, a bulleted list of topics).

- The law's words after a promise of privacy whose subject is the client's own sharing qualify the promise: vague.
- A disclosure "necessary to protect" someone is the case we share in, no minimum; a person protected "from imminent
  danger" is named as in danger.
- "senior" as a rank names no older adult.
- The client asked to speak to staff first about a complaint is no telling of ours.
- What a student may come to see the counsellor about frames no limits.
"""

from __future__ import annotations

from prose_files import coverage_of_bytes

FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"


def _md(body: str) -> bytes:
    return (FRONT + body).encode("utf-8")


def test_law_after_a_promise_of_the_clients_sharing_is_a_qualifier() -> None:
    page = (
        "<main><h1>Confidentiality</h1><p>Counselling works only if you can trust us. Anything you disclose during "
        "your sessions, and the notes we keep, will be held in strict confidence as required by federal and state law."
        " There are a few exceptions. We must report suspected child abuse to the proper agency.</p></main>"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "trust.html")
    assert got["required_by_law"] == "vague" and got["child_abuse"] == "stated", got


def test_law_after_a_sharing_of_ours_stays_a_limit() -> None:
    # Near miss: the law's words qualify our release, after the promise
    page = (
        "<main><h1>Confidentiality</h1><p>Anything you disclose is held in strict confidence, and we release it only "
        "when required by law.</p></main>"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "trust.html")
    assert got["required_by_law"] == "stated", got


BR_LIST = (
    "<main><h1>Confidentiality</h1><p>What you say here is private and is not passed on without your written consent."
    "</p><p>Confidentiality may be broken only: (a) if such disclosure is necessary to protect you or someone else from "
    "imminent danger;<br>\n(b) in cases of suspected child abuse;<br>\n(c) when a court orders us to release records."
    "</p></main>"
)


def test_a_disclosure_needed_to_protect_is_no_minimum_and_names_both() -> None:
    got = coverage_of_bytes(BR_LIST.encode("utf-8"), "limits.html")
    assert got["minimum_necessary"] == "missing", got
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got


def test_only_what_is_necessary_is_still_the_minimum() -> None:
    # Near miss: how much is shared, with the same words
    page = BR_LIST.replace("</p></main>", " We share only what is necessary to protect you.</p></main>")
    got = coverage_of_bytes(page.encode("utf-8"), "limits.html")
    assert got["minimum_necessary"] == "stated", got


def test_a_senior_member_of_staff_is_no_older_adult() -> None:
    body = (
        "## Safeguarding\n\n"
        "1. All staff must pass safeguarding concerns to a senior member of staff.\n"
        "2. Where a student is at high risk, actions are agreed at a senior level.\n"
    )
    got = coverage_of_bytes(_md(body), "statement.md")
    assert got["elder_abuse"] == "vague", got


def test_seniors_named_as_older_adults_still_count() -> None:
    # Near miss: seniors as older people
    body = "## Safeguarding\n\nWe must report the abuse of seniors to the authorities.\n"
    got = coverage_of_bytes(_md(body), "statement.md")
    assert got["elder_abuse"] == "stated", got


COMPLAINTS = (
    "## Limits\n\n"
    "We will break confidentiality if there is a serious risk of harm to you or to someone else.\n\n"
    "## Complaints\n\n"
    "If you're not happy with the service you have received, first talk to the member of staff you have been "
    "receiving support from.\n"
)


def test_a_complaints_section_is_no_telling_first() -> None:
    got = coverage_of_bytes(_md(COMPLAINTS), "statement.md")
    assert got["before_disclosure"] == "missing", got


def test_the_staff_as_they_tell_you_first() -> None:
    # Near miss: the service's staff, as "they", tell the client of a sharing still ahead
    body = COMPLAINTS + "\nYour counsellor will always try to tell you if they are going to break confidentiality.\n"
    got = coverage_of_bytes(_md(body), "statement.md")
    assert got["before_disclosure"] == "stated", got


TOPICS = (
    "All appointments are confidential. The only exceptions occur when there is imminent danger to the student or "
    "others.\n\n"
    "You could see them about any issue which gets in the way of you being a good learner (the following are "
    "examples):\n\n"
    "* Family relationships\n* Abuse of any kind\n* Grief\n"
)


def test_what_a_student_may_come_about_frames_no_limits() -> None:
    got = coverage_of_bytes(_md(TOPICS), "counsellor.md")
    assert got["child_abuse"] == "missing" and got["harm_to_others"] == "stated", got


def test_a_list_of_limits_still_counts() -> None:
    # Near miss: a lead-in of limits over the same list
    page = TOPICS.replace(
        "You could see them about any issue which gets in the way of you being a good learner (the following are "
        "examples):",
        "We must also break confidentiality in these cases:",
    )
    got = coverage_of_bytes(_md(page), "counsellor.md")
    assert got["child_abuse"] == "vague", got
