"""A new user's misreadings (fix37, session 21): a child hurting themselves, an FAQ's answer that tells a contact of
ours after its first sentence, an invitation to ask the therapist about the agreement, a practice's name that holds
"Family Therapy". Each class with its near misses and the opposite."""

from __future__ import annotations

from pathlib import Path

import pytest

from prose_files import assert_reads, coverage_of_bytes, make_docx, reads

from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import find_facts

#: The trial's play therapy page (plain text): the lines under "There are exceptions:" lost their bullets, so the
#: first two are joined into one sentence.
_SUNNY = (
    "SUNNY DAYS PLAY THERAPY\nPrivacy Policy\n\n"
    "Your child's privacy matters to us. Things your child says in play therapy stay private between your child and the therapist.\n\n"
    "There are exceptions:\nYour child is in danger of hurting themselves\nYour child might hurt someone else\n{abuse}"
    "A judge orders us to give records\n\nWe explain this to parents and children at intake.\n"
)


@pytest.mark.parametrize(
    ("page", "name", "want", "never"),
    [
        reads("fix37: a child in danger of hurting themselves, the next line joined: no abuse",
              _SUNNY.format(abuse=""), "privacy.txt",
              want={"harm_to_self": "stated", "harm_to_others": "stated", "child_abuse": "missing"}),
        reads("fix37: the same page with its abuse line: abuse from that line",
              _SUNNY.format(abuse="We suspect abuse of a child\n"), "privacy.txt",
              want={"harm_to_self": "stated", "child_abuse": "stated"}),
        reads("fix37: a Markdown list item of a child hurting themselves",
              "# Privacy\n\nThere are exceptions:\n\n- Your child is in danger of hurting themselves\n", "privacy.md",
              want={"harm_to_self": "stated", "child_abuse": "missing", "harm_to_others": "missing"}),
        # near misses: a child hurt, or in danger of being hurt, by someone else
        reads("fix37: a child in danger of being hurt by someone: abuse, no harm to others",
              "# Privacy\n\nThere are exceptions:\n\n- Your child is in danger of being hurt by someone\n", "privacy.md",
              want={"child_abuse": "stated", "harm_to_others": "missing"}),
        reads("fix37: a child being hurt at home: abuse",
              "# Privacy\n\nThere are exceptions:\n\n- If a child is being hurt at home\n", "privacy.md",
              want={"child_abuse": "stated"}),
        # the client's own danger from someone else stays the client's
        reads("fix37: the client in danger of being hurt by someone: harm to self, as before",
              "If you are in danger of being hurt by someone, we may call the police.\n", "privacy.txt",
              want={"harm_to_self": "stated"}),
    ],
)
def test_a_child_hurting_themselves_is_no_abuse(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


_FAQ = "# Frequently asked questions\n\n**What if I'm thinking about hurting myself?**\n{answer}\n"


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        # the trial's answer: a contact of ours in its second sentence
        ("We will work with you to keep you safe. That may mean calling a crisis line or your parents.", "stated"),
        ("We will make a safety plan with you, and we may call your parents.", "stated"),
        # advice, the client called back, a plan and no contact, a contact the client agrees to first
        ("Please call a crisis line or talk to your parents.", "missing"),
        ("We will work with you to keep you safe. You can also call a crisis line at any time.", "missing"),
        ("Call 988 at any time. We will call you back the next working day.", "missing"),
        ("We will work with you to keep you safe. That may mean making a safety plan together.", "missing"),
        ("Feeling low is normal. We may need to act to keep you safe.", "missing"),  # an act, no one told
        # the answer denies: the question's limit is not read as stated
        ("We will not tell anyone. What you say stays between us.", None),
    ],
)
def test_an_faq_answer_that_tells_a_contact_of_ours(answer: str, status: str | None) -> None:
    cov = coverage_of_bytes(_FAQ.format(answer=answer).encode("utf-8"), "faq.md")
    if status is None:
        assert cov["harm_to_self"] != "stated", cov
    else:
        assert cov["harm_to_self"] == status, cov


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We will go through this agreement together at our first session, and you can ask me about it at any time.", True),
        ("Feel free to ask us anything.", True),
        ("Please ask me if anything is unclear.", True),
        ("Do ask your counsellor about this policy.", True),
        # near misses: a request made by asking, a question asked of someone else
        ("You have the right to see them; please ask me in writing.", False),
        ("You can ask us for a copy of your records.", False),
        ("You can ask me to correct your records.", False),
        ("We may ask your GP about your medical history.", False),
    ],
)
def test_an_invitation_to_ask_the_therapist_is_a_way_to_ask(text: str, found: bool) -> None:
    """DOC002: "you can ask me about it at any time" says whom to ask, as "questions? ask your therapist" does."""
    assert ("/questions" in find_facts([Block("paragraph", text)], {})) is found


def test_the_trials_word_agreement_has_a_way_to_ask(tmp_path: Path) -> None:
    from policy_lint.loading import load_path

    blocks = [
        ("heading", "Confidentiality agreement"),
        ("paragraph", "Everything you bring to our sessions is treated in confidence."),
        ("paragraph", "Your records: you have the right to see them; please ask me in writing."),
        ("paragraph", "We will go through this agreement together at our first session, and you can ask me about it at any time."),
    ]
    doc = load_path(str(make_docx(tmp_path / "agreement.docx", blocks, footer=["Jo Smith, counsellor | 0117 496 0321 | jo@harbourlight.example"]))).document
    assert doc.blocks[doc.facts["/questions"].block].text.startswith("We will go through this agreement")
    blocks[3] = ("paragraph", "We will go through this agreement together at our first session.")
    doc = load_path(str(make_docx(tmp_path / "agreement2.docx", blocks, footer=["Jo Smith, counsellor | 0117 496 0321 | jo@harbourlight.example"]))).document
    assert "/questions" not in doc.facts


def _stated(page: str, name: str) -> set[str]:
    """The topics any passage of ``page`` states (couples_family_group is no topic of the coverage list)."""
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(page.encode("utf-8"), name).document
    return {st.topic for _, sts in meaning.read_all(meaning.passages_of(doc)) for st in sts if st.stance == "states"}


#: A page's title over its opening paragraphs, as the trial's Markdown page (its title is read over the section).
_TITLED = (
    "# {title}\n\nWelcome! Our team of licensed marriage and family therapists serves couples, families and teens.\n\n"
    "What you say in session is kept confidential. We do not release information about you unless you sign a release.\n"
)


@pytest.mark.parametrize(
    ("page", "stated"),
    [
        (_TITLED.format(title="Confidentiality at Riverbend Family Therapy"), False),
        (_TITLED.format(title="Privacy at Family Therapy Associates"), False),
        ("# Privacy\n\nThe Couples Therapy Center of Portland keeps your records confidential.\n", False),
        # near misses: the service named in words of its own (stated, as before)
        (_TITLED.format(title="Family therapy sessions: what is shared"), True),
        (_TITLED.format(title="Confidentiality in Family Therapy"), True),
        ("# Confidentiality at Riverbend Family Therapy\n\nWhen we work with a family, we have a no secrets policy.\n", True),
    ],
)
def test_a_practices_name_is_no_service(page: str, stated: bool) -> None:
    assert ("couples_family_group" in _stated(page, "policy.md")) is stated
