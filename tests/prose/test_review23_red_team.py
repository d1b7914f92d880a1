"""Review 23 (session 14), fixed by helper fix23: misreadings a read-only red team found in one-line pages, as classes.
The pages are written for these tests, in our own words.

False all clears (a sentence that refuses a limit, read stated):

- a denial after "but" with no act of its own ("We report child abuse but not elder abuse");
- the law's duty conceded, then a bare denial ("Although Ontario law requires us to report ..., we do not");
- a protective act refused ("we will not take any steps to reduce that danger");
- a ground refused after a clause of "only" ("only released with your consent, never because a court order requires it");
- a case joined to a denial by "or if" ("We will not share it with your GP, or if the disclosure is required by law");
- how much is shared, refused ("rather than only the information needed", "We do not limit what we share to the
  minimum necessary");
- the client's access withheld in other words ("We may withhold records from you where releasing them could endanger a
  child"), which must name no limit at all.

False alarms: channel advice in other words, access refused in the passive, the client's own misuse of alcohol or
drugs, a keeping denied over an aside, "you do not need to read" before the first session, and records "denied to
everyone, even if you are a danger to others" (read stated).
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

H = "# Confidentiality\n\n{}\n"


def _cov(text: str, name: str = "page.md") -> dict[str, str]:
    return coverage_of_bytes(H.format(text).encode("utf-8"), name)


@pytest.mark.parametrize(
    ("text", "topic", "kept"),
    [
        ("We report child abuse but not elder abuse.", "elder_abuse", "child_abuse"),
        ("Our school must report abuse of pupils, but never abuse of older relatives.", "elder_abuse", "child_abuse"),
        ("I report suspected child abuse but not the abuse of vulnerable adults.", "dependent_adult_abuse", "child_abuse"),
    ],
)
def test_a_denial_with_no_act_after_but(text: str, topic: str, kept: str) -> None:
    got = _cov(text)
    assert got[topic] == "contradicted", got
    assert got[kept] == "stated", got


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Although Ontario law requires us to report a child in need of protection, we do not.", "child_abuse"),
        ("Even though the law says we must report elder abuse, I will not.", "elder_abuse"),
        ("The law requires therapists to warn a person you threaten, but we don't.", "harm_to_others"),
        ("If you are a danger to others, we will not take any steps to reduce that danger.", "harm_to_others"),
        ("If you threaten to hurt someone, I won't take action to protect them.", "harm_to_others"),
        ("Your records are only released with your consent, never because a law or court order requires it.", "court_order"),
        ("Notes are only shared with your written permission, not because a judge orders it.", "court_order"),
        ("We send your whole record rather than only the information needed.", "minimum_necessary"),
        ("We do not limit what we share to the minimum necessary.", "minimum_necessary"),
        ("Access to your records is denied to everyone, even if you are a danger to others.", "harm_to_others"),
    ],
)
def test_a_limit_refused_reads_contradicted(text: str, topic: str) -> None:
    assert _cov(text)[topic] == "contradicted"


def test_the_law_inside_a_denials_list_is_never_stated() -> None:
    got = _cov("We will not share information with your GP, or if the disclosure is required by law.")
    assert got["required_by_law"] == "vague", got


@pytest.mark.parametrize(
    "text",
    [
        "We may withhold records from you where releasing them could endanger a child.",
        "You may be refused access to your records if this would put another person at risk.",
        "Do not send details of abuse by text message.",
        "If you are abusing alcohol or drugs, we will not tell your employer.",
        "You do not need to read anything about confidentiality before your first session.",
    ],
)
def test_no_limit_is_named(text: str) -> None:
    got = _cov(text)
    named = {t: s for t, s in got.items() if s != "missing" and t != "blanket_promise"}
    assert not named, got


def test_a_keeping_denied_over_an_aside_states_the_limit() -> None:
    assert _cov("We will not, if you are at risk of suicide, keep that private.")["harm_to_self"] == "stated"


@pytest.mark.parametrize(
    ("text", "topic", "want"),
    [
        # near misses: the same words saying the limit
        ("We report child abuse and elder abuse.", "elder_abuse", "stated"),
        ("Although the law requires us to report child abuse, we do.", "child_abuse", "stated"),
        ("If you are a danger to others, we will not hesitate to take steps to protect them.", "harm_to_others", "stated"),
        ("Your records are only released with your consent or when a court orders it.", "court_order", "stated"),
        ("We will not share information with your GP, unless the disclosure is required by law.", "required_by_law", "stated"),
        ("We share only what is needed rather than your whole record.", "minimum_necessary", "stated"),
        ("We may withhold records from you, and we report child abuse to the authorities.", "child_abuse", "stated"),
        ("Staff will not send details of abuse to the authorities.", "child_abuse", "contradicted"),
        ("If a child is being abused by a parent who is abusing drugs, we will report it.", "child_abuse", "stated"),
        ("If you are at risk of suicide, we keep that private.", "harm_to_self", "contradicted"),
        ("Please read our confidentiality policy before your first session.", "at_intake", "stated"),
    ],
)
def test_near_misses(text: str, topic: str, want: str) -> None:
    assert _cov(text)[topic] == want
