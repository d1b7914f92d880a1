"""The law named in general words before the limits is a preface: vague for required_by_law (law16).

labels.yaml: "Vague when the law is named only as a qualifier or as a preface to other limits". Every
independent labelling of real practices' texts reads "There are legal and ethical exceptions, including
the following:" so; before law16 the reader read nothing in it (70 cells of the tuning folders).
"""

from __future__ import annotations

import pytest

from conftest import stances
from prose_files import coverage_of_bytes


@pytest.mark.parametrize(
    "text",
    [
        "However, there are legal and ethical exceptions, including the following:",
        "The law requires me to share information in a few situations:",
        "By state law, records may only be released without your consent under the following conditions:",
        "Under Irish law there are some exceptions to this promise.",
        "Legally, I must break confidentiality in the circumstances below.",
        "Our statutory limits to privacy are set out here.",
        # the law far before the list it brings in (law16b)
        "Current New York State law and professional ethics require therapists to maintain confidentiality except for the following situations:",
        "However, the law requires the release of confidential information in three situations:",
        "Federal and state laws and the ethics codes of our professions allow us to release records without your consent in the following cases:",
    ],
)
def test_the_law_before_the_limits_is_vague_for_the_law(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        # a court of law, the police, a lawyer: no law over the limits
        "If a court of law orders it, we must release records in the following cases.",
        "We may call law enforcement in the following situations.",
        "You may bring your legal representative in the following cases.",
        # the law that protects privacy, and exceptions to it
        "Your privacy is protected by state law, with a few exceptions.",
        "There are exceptions to these laws.",
        # a list that limits nothing
        "Our services include, but are not limited to, legal advice for families.",
        # the limits first, the law far after them
        "There are a few exceptions, which we explain at your first visit, as the code of ethics of our state asks.",
        # a list after the law words that is no list of limits, the law far before it
        "The law on records is long, and our office hours are as follows: nine to five.",
    ],
)
def test_near_misses_read_no_law(text: str) -> None:
    assert "required_by_law" not in stances(text)


def test_the_law_as_its_own_limit_stays_stated() -> None:
    assert stances("We also share information in other situations when the law requires it.")["required_by_law"] == "states"


def test_a_page_with_a_law_preface_and_no_law_limit_is_vague_for_the_law() -> None:
    page = (
        b"# Confidentiality\n\n"
        b"What you say in therapy stays private. There are legal and ethical exceptions, including the following:\n\n"
        b"- If you are in danger of hurting yourself.\n"
        b"- If a judge orders me to release your records.\n"
    )
    cov = coverage_of_bytes(page)
    assert cov["required_by_law"] == "vague"
    assert cov["harm_to_self"] == "stated"
    assert cov["court_order"] == "stated"


def test_a_page_without_the_preface_says_nothing_of_the_law() -> None:
    page = (
        b"# Confidentiality\n\n"
        b"What you say in therapy stays private, with these exceptions:\n\n"
        b"- If you are in danger of hurting yourself.\n"
        b"- If a judge orders me to release your records.\n"
    )
    assert coverage_of_bytes(page)["required_by_law"] == "missing"


# law20: the law's words before several limits of different kinds in the same sentence, with a word of the limits or
# of breaking confidentiality, are a preface to them: vague.
@pytest.mark.parametrize(
    "text",
    [
        "Ohio law requires me to break confidentiality if you are a danger to yourself or others, or if a child is being abused.",
        "There are legal limits: if you are suicidal, if a child is abused, or if a court orders it.",
        "We keep your file private. By law, a parent may see it. However, the law requires the release of private information in three situations: abuse of a child, a plan of suicide, or a threat to hurt someone.",
    ],
)
def test_the_law_before_several_limits_is_vague_for_the_law(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


# law21 (CONVENTIONS.md, changed in session 14): the law beside one limit, or limits of one kind, is that limit's
# qualifier: vague too, never stated; the law refused reads no law.
@pytest.mark.parametrize(
    "text",
    [
        "We are required by law to report child abuse.",
        "I am legally required to break confidentiality if you are a danger to yourself or others.",
        "The law requires me to break confidentiality to report abuse of children, elders or dependent adults.",
        "If you are suicidal or a child is abused, the law requires me to break confidentiality.",
        "Oregon law requires us to report elder abuse.",
        "Your therapist is legally obligated to take action to protect others from harm.",
        "If a child is being abused, we must tell the authorities. In such cases the law requires us to report it.",
        # the law's source in more words: the law's word after the duty, the duty as a noun, a named place's mandate, the
        # reporter the law mandates (CONVENTIONS.md's own example)
        "I am required legally to tell child protective services if a child is being abused.",
        "Your therapist has a legal duty to warn a person you threaten to hurt.",
        "Neglect of a child must be reported to the county. These reports are mandated by Ohio law.",
        "I am a mandated reporter and must report abuse of a child.",
        "Our school counsellors are mandated to report neglect of a child.",
        # the law pointed back at the kind of limit just named
        "If there is a real danger to you or others, we act. We are legally required to address these kinds of risks.",
    ],
)
def test_the_law_beside_one_kind_of_limit_is_vague_for_the_law(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        "The law does not require me to break confidentiality, even if you are suicidal or a child is being hurt.",
        "The law protects your privacy, but we must report child abuse.",
        "If you are in danger of hurting yourself, we act to keep you safe. While not always legally mandated to report, we do.",
        "We are required by law to keep your health information private and to give you this notice of our legal duties.",
        "We have a legal duty to keep your records for seven years.",
    ],
)
def test_the_law_refused_or_protecting_privacy_beside_a_limit_is_never_stated(text: str) -> None:
    assert stances(text).get("required_by_law") not in ("states", "opposite")


def test_the_law_as_a_limit_of_its_own_after_several_stays_stated() -> None:
    text = "We will break confidentiality if a child is at risk, if you are suicidal, or when the law requires it."
    assert stances(text)["required_by_law"] == "states"


# law21: after an exception that names other limits, the law's duty as a condition of its own after "or" is the law's
# limit (real20: both labellers stated); examples after it make it a preface (vague)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Your sessions stay private unless you are in danger, or when there is a legal duty to share information.", "states"),
        ("Your sessions stay private unless you are in danger, or when there is a legal duty to share information, for example to report child abuse.", "vague"),
    ],
)
def test_the_law_as_a_condition_of_its_own_after_an_exception(text: str, want: str) -> None:
    assert stances(text).get("required_by_law") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Counsellors keep what you say private unless legal requirements demand that it be shared or you are at risk of serious harm.", "states"),
        ("We keep it private unless the law requires us to report child abuse or you are at risk of serious harm.", "vague"),
    ],
)
def test_the_law_right_after_the_exception_word(text: str, want: str) -> None:
    assert stances(text).get("required_by_law") == want


# law21: the law's requirement with a clause after it ("... law requires that counselors contact the authorities if ..."):
# vague beside a sharing of ours; the law that keeps records private is no law reading
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Texas law requires that counselors contact the appropriate authorities if a child is being abused, or if you are a danger to yourself or others.", "vague"),
        ("The law requires that your records stay confidential.", None),
    ],
)
def test_the_law_requires_that(text: str, want: str | None) -> None:
    assert stances(text).get("required_by_law") == want


# law21: the law's duty to share without the client's say-so, before the consent words, is the law's preface (vague);
# the law's requirements of a consent form are no law reading
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In some situations, your counsellor is required by law to disclose information without your consent or authorization:", "vague"),
        ("We only release your records if you sign a release form that meets the legal requirements of HIPAA.", None),
    ],
)
def test_the_law_before_the_clients_consent(text: str, want: str | None) -> None:
    assert stances(text).get("required_by_law") == want


# law21: the law fronted before the one who must share is vague beside a sharing; before a keeping, no law reading
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Under Oregon law, I must report abuse of an older adult.", "vague"),
        ("By law we have to tell someone if you tell us that somebody is being harmed.", "vague"),
        ("By law we must keep everything you say confidential.", None),
    ],
)
def test_the_law_fronted_before_who_shares(text: str, want: str | None) -> None:
    assert stances(text).get("required_by_law") == want
