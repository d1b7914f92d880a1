"""False "all clear"s found by red team 14, and the correct wordings beside them that must keep their reading.

Each case is a short passage in the shape of a real page: a sharing "without telling you", a limit's event kept back,
another service or a past role, a limit someone else has that we then refuse, a table row of a situation and what
happens. The dev passages d2400 to d2406 (tests/meaning/devset.yaml) hold more of them, with labels.
"""

from __future__ import annotations

import pytest

from conftest import stances


def coverage_of_bytes(raw: bytes, name: str) -> dict[str, str]:
    """Topic -> status, as the core reads the page ``raw`` named ``name``."""
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(raw, name).document
    assert doc is not None
    return {c["topic"]: c["status"] for c in meaning.coverage(meaning.passages_of(doc))}


_stances = stances


# A passage that says the opposite of a limit or a duty, and the topic it says it of.
OPPOSITE = [
    ("We may contact CPS without letting you know first.", "before_disclosure"),
    ("Reports are made without telling the client afterwards.", "after_disclosure"),
    ("There is no need for us to inform you after a disclosure.", "after_disclosure"),
    ("Threats against others are kept in confidence like everything else.", "harm_to_others"),
    ("Even if you tell me you plan to hurt someone, I will keep it to myself.", "harm_to_others"),
    ("We keep suicidal thoughts completely confidential; we will never call 911.", "harm_to_self"),
    ("Your GP may have to report suicide risk, but I do not.", "harm_to_self"),
    ("The law says I must report elder abuse. I will not.", "elder_abuse"),
    ("Social workers must report child abuse. I am not a social worker, so I don't.", "child_abuse"),
    ("State law says therapists must report child abuse. We do not follow that rule.", "child_abuse"),
    ("Tarasoff requires therapists to warn potential victims, but this practice has opted out.", "duty_to_warn"),
    ("You tell me a child is being abused. I keep it confidential.", "child_abuse"),
    ("A court orders your records: I refuse to release them", "court_order"),
    ("No court, judge or lawyer will ever see your notes.", "court_order"),
    ("Nothing you tell us is ever reported to the Ministry of Children and Family Development.", "child_abuse"),
    ("If you're thinking of hurting yourself, that's between you and me.", "harm_to_self"),
    ("We will disclose your information to authorities without prior notice.", "before_disclosure"),
    ("The Provider will not be required to provide notice to the Client prior to any disclosure.", "before_disclosure"),
    ("- Child abuse: we don't report", "child_abuse"),
    ("Even if a child is in danger, our policy is to respect your confidentiality.", "child_abuse"),
    ("Under the Children Act 2004 we should share safeguarding concerns, but our policy is total confidentiality.", "child_abuse"),
    ("Notwithstanding any statute requiring the reporting of child abuse, the counsellor shall not make any such report.", "child_abuse"),
    ("That said - between you and me - I've never reported anyone and I'm not about to start.", "child_abuse"),
    ("We ignore subpoenas.", "court_order"),
    ("Schools have a duty to report neglect. This practice does not.", "child_abuse"),
]

# A passage that states nothing of the limit (another service, a past role).
NOTHING = [
    ("Lifeline counsellors may contact emergency services if your life is in danger.", "harm_to_self"),
    ("Kids Help Phone may contact police if a child is in danger.", "child_abuse"),
    ("When I worked in a hospital, I was required to report child abuse.", "child_abuse"),
    ("Before private practice, I worked for ten years in Child Protective Services.", "child_abuse"),
    ("Years ago, therapists in this state had to warn potential victims.", "duty_to_warn"),
    ("In those jobs they reported abuse of children and older adults every week.", "child_abuse"),
]

# Correct wording of the same shapes: never the opposite.
NEAR_MISSES = [
    ("We never share anything without telling you first.", "before_disclosure"),
    ("In a crisis, I may contact your GP without talking to you first.", "before_disclosure"),
    ("If we ever have to act without telling you, we will let you know afterward.", "before_disclosure"),
    ("Wherever possible we talk with you first; sometimes we must act without telling you.", "before_disclosure"),
    ("Some clinics release records on a subpoena alone, but we do not.", "court_order"),
    ("Many therapists will call 911 whenever a client mentions suicide, but I do not.", "harm_to_self"),
    ("Some clients worry that we will call the police if they talk about suicide. We will not.", "harm_to_self"),
    ("Other therapists may keep child abuse secret, but I do not.", "child_abuse"),
    ("If you are in danger, I will call 911. Otherwise, I won't.", "harm_to_self"),
    ("We must report child abuse. We never do so lightly.", "child_abuse"),
    ("We must report child abuse. Everything else stays between us.", "child_abuse"),
    ("We must report suspected child abuse. We cannot keep that private.", "child_abuse"),
    ("If you tell me you plan to hurt someone, I will not keep it to myself: I will warn them.", "harm_to_others"),
    ("A subpoena by itself is not enough for us to release your file.", "blanket_promise"),
    ("Save as required by a court, the Counsellor shall keep all information confidential.", "court_order"),
    ("If you tell me you're thinking of hurting yourself, that's not something I can keep between us.", "harm_to_self"),
    ("We cannot promise that nothing will be shared: if a child is at risk, we must report it.", "child_abuse"),
    ("We may update this policy and share the new version without notice.", "before_disclosure"),
    ("Clients who miss three sessions without notice may be discharged.", "before_disclosure"),
    ("We must report child abuse. We don't report anything else.", "child_abuse"),
    ("We must report child abuse, and we keep everything else confidential.", "child_abuse"),
    ("Even though we must report child abuse, your confidentiality matters to us.", "child_abuse"),
    ("We report child abuse to CPS, but apart from that you have complete confidentiality.", "child_abuse"),
    ("Notwithstanding the above, we must report child abuse to CPS.", "child_abuse"),
    ("In twenty years I have never had to report anyone.", "child_abuse"),
    ("Your session notes are not sent.", "blanket_promise"),
    ("The only time a counsellor must disclose information without your knowledge or consent is a terrorism case.", "before_disclosure"),
    ("We may share information without your knowledge or consent when the law requires it.", "before_disclosure"),
    ("I can't ignore a subpoena.", "court_order"),
    ("We will not refuse a subpoena.", "court_order"),
    ("We will never ignore a child at risk.", "child_abuse"),
    ("Some people report abuse whenever they see it. I do not.", "child_abuse"),
    ("Many counsellors must report abuse. We do too.", "child_abuse"),
]

# Still read as our limit: the service as the one we contact, the past beside what we do now.
STILL_STATED = [
    ("If you are at risk of suicide, we may contact the crisis line.", "harm_to_self"),
    ("Suspected abuse of a child must be reported to the state hotline.", "child_abuse"),
    ("Before becoming a therapist I worked in child protection, and I must still report any child at risk.", "child_abuse"),
    ("We will contact CPS without letting you know first.", "child_abuse"),
    ("There is no need for your consent when we report abuse of a child.", "child_abuse"),
    ("We won't do this without letting you know.", "before_disclosure"),
]


@pytest.mark.parametrize(("text", "topic"), OPPOSITE)
def test_said_the_opposite(text: str, topic: str) -> None:
    assert _stances(text).get(topic) == "opposite"


@pytest.mark.parametrize(("text", "topic"), NOTHING)
def test_states_nothing_of_ours(text: str, topic: str) -> None:
    assert topic not in _stances(text)


@pytest.mark.parametrize(("text", "topic"), NEAR_MISSES)
def test_correct_wording_is_no_contradiction(text: str, topic: str) -> None:
    assert _stances(text).get(topic) != "opposite"


@pytest.mark.parametrize(("text", "topic"), STILL_STATED)
def test_still_stated(text: str, topic: str) -> None:
    assert _stances(text).get(topic) == "states"


TABLE = b"""# Confidentiality

| Situation | What happens |
|---|---|
| You tell me you want to end your life | This stays between us |
| You tell me a child is being abused | I keep it confidential |
| A court orders your records | I refuse to release them |
| You threaten someone | Nothing is shared |
"""

TABLE_RIGHT = b"""# Confidentiality

| Situation | What happens |
|---|---|
| You tell me you want to end your life | I may call for help to keep you safe |
| You tell me a child is being abused | I must report it to CPS |
| A court orders your records | I must release them |
| You threaten someone | I may warn them and call the police |
"""


def test_a_table_of_what_happens_that_keeps_everything_contradicts_the_limits() -> None:
    got = coverage_of_bytes(TABLE, "policy.md")
    for topic in ("harm_to_self", "harm_to_others", "child_abuse", "court_order"):
        assert got[topic] == "contradicted", topic


def test_a_table_of_what_happens_that_shares_states_the_limits() -> None:
    got = coverage_of_bytes(TABLE_RIGHT, "policy.md")
    for topic in ("harm_to_self", "harm_to_others", "child_abuse", "court_order"):
        assert got[topic] == "stated", topic
