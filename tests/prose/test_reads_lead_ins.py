"""Reading tests: list frames and lead-ins, what the words over a list (and a list inside a list) make of its items.

Where a new test goes: a whole page and the statuses it must read is one row of PAGES (``reads(id, page, name,
want=..., never=...)``; the id says what it checks and where it came from). A lead-in read in three layouts, with
``meaning.frame_says_limits``, goes under review20's section below. The frames of lists that name services, titles
and labels are in test_list_frames.py; a list's tail in test_list_tails.py.

Where the rows come from (the pages are written for these tests, in our own words):
- tune17: a list inside a list item: the item ending in a colon leads its own sub-list only; the items of the outer
  list after that sub-list keep the outer lead-in ("... except when:"), in Markdown, HTML and text alike. Items under
  a consent lead-in state no limit, however nested.
- tune19b: a promise of privacy with "unless" after it ("... stay between us unless we are worried that you:") frames
  the list under it as limits; "even if" or what the client may share frames none.
- tune19d: what a student may come to see the counsellor about frames no limits.
- limits16: a lead-in that says confidentiality "cannot be guaranteed" frames a list of limits.
"""

from __future__ import annotations

import pytest

from prose_files import assert_reads, coverage_of_bytes, reads

# tune17
NESTED = {
    "nested.md": (
        "# Is what I say private?\n\n"
        "What you tell us stays private, except when:\n\n"
        "1. You have agreed in writing that we may:\n"
        "   1. Send a letter to your GP; or\n"
        "   2. Talk with your employer.\n"
        "2. Child abuse\n"
        "3. Elder abuse\n"
    ),
    "nested.html": (
        "<h1>Is what I say private?</h1>\n"
        "<p>What you tell us stays private, except when:</p>\n"
        "<ol><li>You have agreed in writing that we may:\n"
        "<ol><li>Send a letter to your GP; or</li><li>Talk with your employer.</li></ol></li>\n"
        "<li>Child abuse</li>\n<li>Elder abuse</li></ol>\n"
    ),
    "nested.txt": (
        "Is what I say private?\n\n"
        "What you tell us stays private, except when:\n\n"
        "1. You have agreed in writing that we may:\n"
        "   1. Send a letter to your GP; or\n"
        "   2. Talk with your employer.\n"
        "2. Child abuse\n"
        "3. Elder abuse\n"
    ),
}

# tune19b
KEPT = (
    "Talking to your school counselor\n\n"
    "Anything you share with us will stay between us unless we are worried that you:\n\n"
    "- Might hurt yourself or someone else\n"
    "- Are in danger at home\n"
)
BOTH_STATED = {"harm_to_self": "stated", "harm_to_others": "stated"}

# tune19d: a Markdown page with front matter
FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"
TOPICS = (
    "All appointments are confidential. The only exceptions occur when there is imminent danger to the student or "
    "others.\n\n"
    "You could see them about any issue which gets in the way of you being a good learner (the following are "
    "examples):\n\n"
    "* Family relationships\n* Abuse of any kind\n* Grief\n"
)

PAGES = [
    # tune17: "Child abuse" and "Elder abuse" are exceptions of the outer list, not things the client agreed to
    *[reads(f"tune17: items after a sub-list keep the outer lead-in ({name})", NESTED[name], name,
            want={"child_abuse": "stated", "elder_abuse": "stated"}) for name in sorted(NESTED)],
    reads("tune17: an item ending in a colon still leads the items after it in a flat list",
          "Confidentiality\n\n"
          "We keep what you say private. There are some exceptions:\n\n"
          "- We may report to the appropriate authorities in the following cases:\n"
          "- Child abuse\n"
          "- Elder abuse\n", "flat.txt", want={"child_abuse": "stated", "elder_abuse": "stated"}),
    reads("tune17: items under a consent lead-in state no limit however nested",
          "# Sharing\n\n"
          "We share nothing without your consent. With your written consent, we may share with:\n\n"
          "- Your GP\n"
          "- Your school:\n"
          "  - the school nurse\n"
          "  - your teacher\n"
          "- Your lawyer\n", "consent.md", want=dict.fromkeys(("harm_to_self", "harm_to_others", "child_abuse", "court_order"), "missing")),
    # tune19b
    reads("tune19b: a promise kept unless frames limits", KEPT, "kept.txt", want={"harm_to_self": "stated", "harm_to_others": "stated"}),
    # Near miss: the promise holds "even if": the items are times it still holds, never times we share
    reads("tune19b: a promise kept even if frames no limits",
          KEPT.replace("will stay between us unless we are worried that you:", "will stay between us, even if you:"), "kept.txt",
          never=BOTH_STATED),
    # Near miss: the promise with no exception, and the client asked what to share
    reads("tune19b: what to share with us frames no limits",
          KEPT.replace("Anything you share with us will stay between us unless we are worried that you:",
                       "Anything you share with us will stay between us. You may want to share with us times when you:"), "kept.txt",
          never=BOTH_STATED),
    # tune19d
    reads("tune19d: what a student may come about frames no limits", FRONT + TOPICS, "counsellor.md",
          want={"child_abuse": "missing", "harm_to_others": "stated"}),
    # Near miss: a lead-in of limits over the same list
    reads("tune19d: a list of limits still counts",
          FRONT + TOPICS.replace(
              "You could see them about any issue which gets in the way of you being a good learner (the following are "
              "examples):",
              "We must also break confidentiality in these cases:",
          ), "counsellor.md", want={"child_abuse": "vague"}),
    # limits16
    reads("limits16: a list under 'confidentiality cannot be guaranteed' states its limits",
          "There are several situations in which confidentiality cannot be guaranteed, including, but not limited to,"
          " the following:\n\n"
          "- You or someone else appears to be in immediate danger\n"
          "- A child is being abused\n", "limits.md",
          want={"harm_to_self": "stated", "harm_to_others": "stated", "child_abuse": "stated"}),
    # law28: "exemptions" is a word of limits, as "exceptions" is (a UK therapist's lead-in); near miss: exemptions from
    # fees frame nothing of ours
    reads("law28: a list under 'certain exemptions to this' states its limits",
          "Confidentiality\n\nWhat you tell me stays confidential. However, there are certain exemptions to this including, but"
          " not limited to:\n\n"
          "- Compliance with the law e.g. terrorism, drug trafficking or money laundering\n"
          "- A child is being abused\n", "exemptions.txt",
          want={"required_by_law": "stated", "child_abuse": "stated"}),
    reads("law28 near miss: a list of fee exemptions names no limit",
          "Fees\n\nSome clients can ask for an exemption from fees. Exemptions apply to:\n\n"
          "- Students\n"
          "- People on benefits\n", "fees.txt",
          never={"required_by_law": "stated", "child_abuse": "stated"}),
    # miss32: breaches of confidentiality that "may occur" frame limits (an Australian counsellor's nested lead-in, real28);
    # near misses: a data breach's list, and breaches refused
    reads("miss32: a list under 'breaches may occur in the following circumstances' states its limits",
          "# Confidentiality Boundaries\n\n- Confidentiality is kept within professional and legal limits\n"
          "- Potential breaches may occur in the following circumstances:\n"
          "  - Identified risk of harm to the client or others\n"
          "  - With explicit written client consent\n", "boundaries.md",
          want={"harm_to_self": "stated", "harm_to_others": "stated"}),
    reads("miss32: a list under 'a breach of confidentiality can happen when' states its limits",
          "Confidentiality\n\nA breach of confidentiality can happen when there is:\n\n"
          "- Risk of harm to yourself\n- Child abuse\n", "breach.txt",
          want={"harm_to_self": "stated", "child_abuse": "stated"}),
    reads("miss32 near miss: a data breach's list frames no limits",
          "# Data security\n\nA data breach may occur in the following circumstances:\n\n"
          "- A laptop is lost or stolen\n- Risk of harm to the client or others from a hacked account\n", "data.md",
          never={"harm_to_self": "stated", "harm_to_others": "stated"}),
    reads("miss32 near miss: breaches that never occur frame no limits",
          "# Confidentiality\n\nBreaches of confidentiality will never occur, even when:\n\n"
          "- There is a risk of harm to you or others\n", "never.md",
          never={"harm_to_self": "stated", "harm_to_others": "stated"}),
    # review33: a lead-in that refuses a breach or a sharing in the times its items name, over items that read a limit by
    # themselves ("- If you are at risk of harming yourself"), read those limits stated (a false all clear); its items
    # are times the promise holds, as under "even if:". Near misses: an exception in the lead-in, a negated keeping
    # ("may not be kept": limits), "not hesitate to break".
    reads("review33: items under 'Confidentiality will never be broken in the following circumstances:' state no limit",
          "# Confidentiality\n\nConfidentiality will never be broken in the following circumstances:\n\n"
          "- If you are at risk of harming yourself\n- Where a child is being abused\n", "never_broken.md",
          never={"harm_to_self": "stated", "child_abuse": "stated"}),
    reads("review33: items under 'A breach of confidentiality is not permitted in the following circumstances:' state no limit",
          "Confidentiality\n\nA breach of confidentiality is not permitted in the following circumstances:\n\n"
          "- Where you are at risk of harm to yourself or others\n", "not_permitted.txt",
          never={"harm_to_self": "stated", "harm_to_others": "stated"}),
    reads("review33 near miss: 'will not be broken, except in the following circumstances:' states its limits",
          "# Confidentiality\n\nConfidentiality will not be broken, except in the following circumstances:\n\n"
          "- If you are at risk of harming yourself\n- Where a child is being abused\n", "except.md",
          want={"harm_to_self": "stated", "child_abuse": "stated"}),
    reads("review33 near miss: 'may not be kept in the following circumstances:' states its limits",
          "# Confidentiality\n\nConfidentiality may not be kept in the following circumstances:\n\n"
          "- If you are at risk of harming yourself\n- Where a child is being abused\n", "not_kept.md",
          want={"harm_to_self": "stated", "child_abuse": "stated"}),
    reads("review33 near miss: 'We will not hesitate to break confidentiality when:' states its limits",
          "# Confidentiality\n\nWe will not hesitate to break confidentiality when:\n\n"
          "- you are at risk of harming yourself\n- a child is being abused\n", "hesitate.md",
          want={"harm_to_self": "stated", "child_abuse": "stated"}),
    # lead22: a list copied from a browser lost its bullets, under a limits title with no colon (it was dropped as a menu)
    reads("lead22: short lines of limits under a limits title are its items",
          "Limits of confidentiality\n\nDanger to yourself\nDanger to others\nSuspected child abuse\nCourt order\n\n"
          "I will talk with you first.\n", "copied.txt",
          want={"harm_to_self": "stated", "harm_to_others": "stated", "child_abuse": "stated", "court_order": "stated"}),
    # Near miss: the same lines under a title of services state nothing
    reads("lead22 near miss: short lines under a services title state no limit",
          "Our services\n\nDanger to yourself\nDanger to others\nSuspected child abuse\nCourt order\n\n"
          "Call us to book.\n", "services.txt",
          never=dict.fromkeys(("harm_to_self", "harm_to_others", "child_abuse", "court_order"), "stated")),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- A lead-in and its items, in three layouts (review20: frames17 red-teamed) -----------------------------------
# A page that denies a duty or a limit must never read it stated (a false all clear); correct, common wording must not
# read contradicted.


# frames17 made a refusal's lead-in frame the items that complete it. A lead-in that ends on a concession ("..., even
# if:") is such a refusal whatever its words: a promise kept ("I will keep what you say private, even if:"), a
# sharing of nothing ("Nothing you say will be shared, even if:"), a sharing that is no one's. Its items read stated
# (a false all clear), and an item that is a clause of ours with no act of sharing ("- I am ordered by a court")
# read as a sentence of its own, also stated.
CONCESSIONS = [
    "I will keep what you say private, even if:",
    "Your information stays confidential, even when:",
    "Nothing you say will be shared, even if:",
    "No information will be released, even if:",
    "No one will be told what you say, even if:",
    "Confidentiality is never broken, even if:",
    "We will not share anything, even when:",
    "I will never break confidentiality, even if:",
]


ITEMS = ["I am ordered by a court.", "you are at risk of harming yourself,", "we think a child is being abused."]


LAYOUTS = {
    "p.md": lambda lead, items: "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items),
    "p.txt": lambda lead, items: "CONFIDENTIALITY\n\n" + lead + "\n\n" + "".join(f"* {i}\n" for i in items),
    "p.html": lambda lead, items: "<h1>Confidentiality</h1><p>" + lead + "</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}


# frames17's refusals: a negation reached the act only over helpers ("will", "do", "to"), so a duty or a leave between
# them ("Things I do not have to report:", "We are not obliged to report:", "I am not allowed to share:") hid it: the
# lead-in read as a frame of limits and its items stated (a false all clear), also as the lead-in of a nested list.
DUTY_REFUSALS = [
    "Things I do not have to report:",
    "We are not obliged to report:",
    "I am not allowed to share:",
    "We are not legally required to report:",
]


# frames17 read a sentence that points back and says what follows is not among it ("This does not include:"), after
# words of limits, as a list of no limits. "It does not apply when:" after "Confidentiality has limits." is the
# opposite: "it" is the privacy, and what follows are its limits. Such common wording read vague (a false alarm).
LAPSES = [
    "Confidentiality has limits. It does not apply when:",
    "There are limits to confidentiality. It does not apply if:",
    "Confidentiality is not absolute. It does not cover:",
    "Confidentiality has some exceptions. It doesn't apply when:",
    "Confidentiality has limits. This promise does not apply when:",
]


THREE = ["you are at risk of harming yourself", "a child is being abused", "a court orders your records"]


# frames17 made a lead-in that shares only with the client's consent frame its longer items too (as the client's
# choice, vague). With other times joined to the consent ("with your consent or when:", "or in the following
# situations:", "and also when:") the list is those times, the limits: they read vague, a false alarm on common wording.
CONSENT_OR = [
    "We only share information with your consent or when:",
    "Information is only shared with your consent, or in the following situations:",
    "We will only break confidentiality with your consent or if:",
    "Confidentiality will only be broken with your permission, or where:",
    "We share information with your consent, and also when:",
]


@pytest.mark.parametrize("lead", CONCESSIONS)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_items_of_a_concession_are_no_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead])
    got = coverage_of_bytes(LAYOUTS[name](lead, ITEMS).encode(), name)
    assert all(got[t] != "stated" for t in ("court_order", "harm_to_self", "child_abuse")), got


# near misses: a sharing of ours that goes on "even if", or a refusal with its exceptions after it, still frames limits;
# an item with an act of sharing of its own still reads by itself
@pytest.mark.parametrize(
    "lead",
    [
        "I must break confidentiality, even if:",
        "We may have to share information even when:",
        "Nothing you say is shared, except when:",
        "No records are released except when:",
        "Nothing stops us from sharing information when:",
        "Nothing you say is shared unless:",
    ],
)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_sharing_of_ours_or_an_exception_still_frames_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(LAYOUTS[name](lead, ITEMS[1:]).encode(), name)
    assert got["harm_to_self"] == "stated" and got["child_abuse"] == "stated", got


def test_an_item_with_its_own_sharing_under_a_concession_reads_by_itself() -> None:
    got = coverage_of_bytes(LAYOUTS["p.md"]("We will not share anything, even when:", ["We must report child abuse to the county."]).encode(), "p.md")
    assert got["child_abuse"] == "stated", got


@pytest.mark.parametrize("lead", DUTY_REFUSALS)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_duty_or_leave_denied_frames_no_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead])
    got = coverage_of_bytes(LAYOUTS[name](lead, ["Past elder abuse", "Child abuse you saw as a child", "Thoughts of suicide"]).encode(), name)
    assert all(got[t] != "stated" for t in ("elder_abuse", "child_abuse", "harm_to_self")), got


@pytest.mark.parametrize("name", ["p.md", "p.txt"])
def test_a_nested_list_under_a_duty_denied_states_nothing(name: str) -> None:
    bullet = "-" if name == "p.md" else "*"
    page = (
        "# Confidentiality\n\nI must share information when:\n\n1. You are at risk of suicide\n"
        "2. I am told about the following, which I do not have to report:\n"
        f"   {bullet} past elder abuse\n   {bullet} abuse of adults you tell me about\n3. A court orders it\n"
    )
    got = coverage_of_bytes(page.encode(), name)
    assert got["elder_abuse"] != "stated" and got["harm_to_self"] == "stated" and got["court_order"] == "stated", got


# near misses: the duty said, not denied
@pytest.mark.parametrize("lead", ["I have to report:", "We are obliged to report:", "We do not have to ask you before we share information when:"])
def test_a_duty_said_still_frames_limits(lead: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(LAYOUTS["p.md"](lead, ["Child abuse", "Thoughts of suicide"]).encode(), "p.md")
    assert got["child_abuse"] == "stated" and got["harm_to_self"] == "stated", got


# Where privacy does not apply (LAPSES), and times beside the client's consent (CONSENT_OR): both lead-ins of limits
@pytest.mark.parametrize("lead", LAPSES + CONSENT_OR)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_lead_in_of_limits_frames_its_items(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(LAYOUTS[name](lead, THREE).encode(), name)
    assert all(got[t] == "stated" for t in ("harm_to_self", "child_abuse", "court_order")), got


# near misses (frames17's): what is excluded from a sharing or from the limits named
@pytest.mark.parametrize(
    "frames",
    [
        ["We share information when the law requires it. This does not include:"],
        ["We share information when the law requires it. It does not apply to:"],
        ["Confidentiality has limits. These do not cover:"],
        ["Confidentiality has limits. These limits do not apply to:"],
        ["This does not apply to:", "Limits of confidentiality"],
        ["This does not include:", "Limits of confidentiality"],
    ],
)
def test_what_a_sharing_or_the_limits_exclude_is_still_no_limit(frames: list[str]) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits(frames)
    assert meaning.list_frame("Child abuse", frames) == "vague"


# near misses: the consent alone, with its examples
@pytest.mark.parametrize(
    "lead",
    [
        "We only share information with your written consent, such as:",
        "We may share information with your written consent, for example:",
        "We only share with your consent, for example if you want us to talk with:",
    ],
)
def test_the_clients_consent_alone_still_frames_no_limits(lead: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead]) and meaning.list_frame("Child abuse", [lead]) == "vague"
