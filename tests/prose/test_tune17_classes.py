"""Classes of wording and layout that real practice texts (tune17: 40 pages whose addresses hash to 1) read wrong,
fixed as classes, not phrases. The pages here are written for these tests, in our own words.

- A list inside a list item: the item ending in a colon leads its own sub-list only; the items of the outer list
  after that sub-list keep the outer lead-in ("... except when:"), in Markdown, HTML and text alike.
- A sharing denied beside generic words of telling ("I go over confidentiality with you so you know what you say
  will not be shared") is no denial of at_intake.
- A protective act in the passive, or whom we tell in general words, beside a danger to others: vague duty_to_warn.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

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


@pytest.mark.parametrize("name", sorted(NESTED))
def test_items_after_a_sub_list_keep_the_outer_lead_in(name: str) -> None:
    got = coverage_of_bytes(NESTED[name].encode("utf-8"), name)
    # "Child abuse" and "Elder abuse" are exceptions of the outer list, not things the client agreed to
    assert got["child_abuse"] == "stated" and got["elder_abuse"] == "stated", got


FLAT_LEAD = (
    "Confidentiality\n\n"
    "We keep what you say private. There are some exceptions:\n\n"
    "- We may report to the appropriate authorities in the following cases:\n"
    "- Child abuse\n"
    "- Elder abuse\n"
)


def test_an_item_ending_in_a_colon_still_leads_the_items_after_it_in_a_flat_list() -> None:
    got = coverage_of_bytes(FLAT_LEAD.encode("utf-8"), "flat.txt")
    assert got["child_abuse"] == "stated" and got["elder_abuse"] == "stated", got


CONSENT_SUB = (
    "# Sharing\n\n"
    "We share nothing without your consent. With your written consent, we may share with:\n\n"
    "- Your GP\n"
    "- Your school:\n"
    "  - the school nurse\n"
    "  - your teacher\n"
    "- Your lawyer\n"
)


def test_items_under_a_consent_lead_in_state_no_limit_however_nested() -> None:
    got = coverage_of_bytes(CONSENT_SUB.encode("utf-8"), "consent.md")
    for topic in ("harm_to_self", "harm_to_others", "child_abuse", "court_order"):
        assert got[topic] == "missing", (topic, got)


TELL_AND_DENY = (
    "# Confidentiality\n\n"
    "I discuss confidentiality with you so that you know what you say will not be shared with your employer.\n\n"
    "I follow an ethical framework which covers confidentiality for every client.\n\n"
    "If you are in danger of harming yourself, I may contact your GP.\n"
)


def test_a_denied_sharing_beside_words_of_telling_contradicts_no_intake() -> None:
    got = coverage_of_bytes(TELL_AND_DENY.encode("utf-8"), "tell.md")
    assert got["at_intake"] == "vague", got
    assert got["harm_to_self"] == "stated", got


GENERAL = (
    "Limits to confidentiality\n\n"
    "- Risk to others: If a client says they intend to hurt another person, appropriate steps must be taken to keep"
    " people safe.\n"
    "- If I think you or someone else is at risk, I may need to inform other professional services.\n"
)


def test_a_passive_protective_act_beside_a_danger_to_others_is_a_vague_warning() -> None:
    got = coverage_of_bytes(GENERAL.encode("utf-8"), "general.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "vague", got


def test_the_danger_to_the_client_alone_with_a_passive_act_is_no_warning() -> None:
    page = "If you are at risk of harming yourself, appropriate steps will be taken to keep you safe.\n"
    got = coverage_of_bytes(page.encode("utf-8"), "self.txt")
    assert got["harm_to_self"] == "stated" and got["duty_to_warn"] == "missing", got
