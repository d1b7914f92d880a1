"""An FAQ's question that names a limit, over an answer that tells an act of ours, states that limit (session 10).

A question is never read by itself: its answer may say no. But "What happens if I tell you I want to kill
myself?" over "We would make a safety plan with you, and we may contact emergency services." tells the client
that limit as plainly as one sentence would. The question is read as if it were a statement where the answer
denies nothing and either states a limit of its own or says yes to a question about our sharing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from prose_files import coverage_of_bytes

FAQ = """# Questions about privacy

### What happens if I tell you I want to kill myself?

We would make a safety plan with you, and we may contact emergency services.

### Will you tell anyone if I am hurting myself?

Yes, we may have to if your life is at risk.

### Would you report it if an older person is being neglected?

Yes. We report it to Adult Protective Services.
"""


def test_the_questions_limits_are_stated_by_their_answers() -> None:
    cov = coverage_of_bytes(FAQ.encode("utf-8"), "faq.md")
    assert cov["harm_to_self"] == "stated"
    assert cov["elder_abuse"] == "stated"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # advice: the client's act, no act of ours
        ("What if I am thinking about suicide between sessions?", "Please call 988 or go to your nearest emergency room."),
        # a yes to a service, no sharing asked about
        ("Do you work with children who have been abused?", "Yes, we see many children and families."),
        # the answer says no, or denies
        ("Will you call the police if I tell you I hurt someone?", "No. We only call the police if someone is in danger now."),
        ("Would you report a child being abused years ago?", "We don't report abuse that ended long ago."),
        # a yes to a question about something else
        ("Is therapy helpful for people who self-harm?", "Yes. Many people find it helps."),
    ],
)
def test_no_limit_where_the_answer_tells_no_act_of_ours(question: str, answer: str) -> None:
    page = f"# FAQ\n\n### {question}\n\n{answer}\n"
    cov = coverage_of_bytes(page.encode("utf-8"), "faq.md")
    asked = {t for t, s in cov.items() if s == "stated" and t in ("harm_to_self", "harm_to_others", "child_abuse")}
    assert not asked, cov


def test_a_web_pages_summary_and_heading_questions_read_alike() -> None:
    page = (
        b"<html><body><main><h2>FAQ</h2>"
        b"<h3>What happens if I tell you I want to kill myself?</h3>"
        b"<p>We would make a safety plan with you, and we may contact emergency services.</p>"
        b"<details><summary>Would you report it if a child is being hurt?</summary>"
        b"<p>Yes. We must call child protective services.</p></details>"
        b"</main></body></html>"
    )
    cov = coverage_of_bytes(page, "faq.html")
    assert cov["harm_to_self"] == "stated"
    assert cov["child_abuse"] == "stated"


def test_a_question_in_bold_or_in_a_short_paragraph_is_an_faqs_heading() -> None:
    """Markdown FAQ pages mark their questions in bold, or write each in a paragraph of its own, not as headings:
    such a paragraph is read as a heading, as a one-line question is in plain text (session 11: a plain question
    was left as a paragraph before, since a draft made it an explanation, not a title; as a heading, the draft
    takes it as the title too)."""
    bold = "# FAQ\n\n**What happens if I tell you I want to kill myself?**\n\nWe may contact emergency services.\n"
    assert coverage_of_bytes(bold.encode("utf-8"), "faq.md")["harm_to_self"] == "stated"
    plain = "# FAQ\n\nWhat happens if I tell you I want to kill myself?\n\nWe may contact emergency services.\n"
    assert coverage_of_bytes(plain.encode("utf-8"), "faq.md")["harm_to_self"] == "stated"
    # a question in a longer paragraph, or after another sentence, stays a paragraph
    long = "# FAQ\n\nWe get asked a lot. What happens if I tell you I want to kill myself?\n\nWe may contact emergency services.\n"
    assert coverage_of_bytes(long.encode("utf-8"), "faq.md")["harm_to_self"] == "missing"
    # bold in a sentence, or a bold label that asks nothing, stays a paragraph
    label = "# FAQ\n\n**Thoughts of suicide**\n\nWe may contact emergency services.\n"
    assert coverage_of_bytes(label.encode("utf-8"), "faq.md")["harm_to_self"] == "stated"


def test_the_draft_of_a_bold_question_faq_reads_as_the_page(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page, draft = _page_and_draft(tmp_path, run_cli, "# FAQ\n\n**Will you tell anyone if I am hurting myself?**\n\nYes, we may have to.\n")
    assert page == draft
    assert draft["harm_to_self"] == "stated"
    page, draft = _page_and_draft(tmp_path, run_cli, "# FAQ\n\nWill you tell anyone if I am hurting myself?\n\nYes, we may have to.\n")
    assert page == draft
    assert draft["harm_to_self"] == "stated"


def test_a_yaml_limits_question_title_reads_as_the_page_does() -> None:
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    yaml_text = (
        "schema_version: 1\nclinic:\n  name: Elm Therapy\nlimits:\n"
        "  - category: harm_to_self\n"
        "    title: What happens if I tell you I want to kill myself?\n"
        "    explanation: We would make a safety plan with you, and we may contact emergency services.\n"
        "  - category: harm_to_self\n"
        "    title: Is therapy helpful for people who self-harm?\n"
        "    explanation: Yes. Many people find it helps.\n"
    )
    doc = load_bytes(yaml_text.encode("utf-8"), "policy.yaml").document
    cov = {c["topic"]: c for c in meaning.coverage(meaning.passages_of(doc))}
    assert cov["harm_to_self"]["status"] == "stated"
    assert [w["pointer"] for w in cov["harm_to_self"]["where"]] == ["/limits/0/title"]


def _page_and_draft(tmp_path: Path, run_cli: Callable[..., Any], text: str, name: str = "faq.md") -> tuple[dict[str, str], dict[str, str]]:
    """Coverage of the page ``text`` (a Markdown file unless ``name`` says otherwise) and of the draft import makes of
    it, as check gives them."""
    import json

    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    draft = tmp_path / "faq.yaml"
    run_cli("import", str(page), "-o", str(draft))
    got = []
    for f in (page, draft):
        out = run_cli("check", str(f), "--format", "json", "--isolated")
        got.append({c["topic"]: c["status"] for c in json.loads(out.stdout)["files"][0]["coverage"]})
    return got[0], got[1]


def test_the_draft_of_an_faq_page_reads_as_the_page(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page, draft = _page_and_draft(tmp_path, run_cli, FAQ)
    assert page == draft
    assert draft["harm_to_self"] == "stated"


def test_a_question_over_two_answers_stays_the_title_of_its_own(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Two limits under one question: the question is the title of the answer it names a limit for, or the draft
    would lose what the page says."""
    text = (
        "# FAQ\n\n### What happens if I tell you I want to kill myself?\n\n"
        "We would make a safety plan with you, and we may contact emergency services.\n\n"
        "We may also need to release records if a judge orders us.\n"
    )
    page, draft = _page_and_draft(tmp_path, run_cli, text)
    assert "title: What happens if I tell you I want to kill myself?" in (tmp_path / "faq.yaml").read_text(encoding="utf-8")
    assert page == draft
    assert draft["harm_to_self"] == "stated"


@pytest.mark.parametrize(
    ("text", "topic", "stance"),
    [
        ("What happens if I tell you I want to kill myself? We may contact emergency services.", "harm_to_self", "states"),
        ("Will you tell anyone if I am hurting myself? Yes, we may have to.", "harm_to_self", "states"),
        # near misses in one paragraph: an answer that denies, advice, a yes to a service
        ("Will you call the police if I tell you I hurt someone? No, we would not.", "harm_to_others", None),
        ("What if I am thinking about suicide at night? Please call 988.", "harm_to_self", None),
        ("Do you see children who have been abused? Yes, we see many families.", "child_abuse", None),
    ],
)
def test_a_question_and_its_answer_in_one_paragraph(text: str, topic: str, stance: str | None) -> None:
    from conftest import stances

    assert stances(text).get(topic) == stance


def test_a_plain_text_faqs_question_on_a_line_of_its_own_is_a_heading(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """In plain text a one-line question of up to 14 words, alone between blank lines, is a heading (readers/text.py:
    it was one only up to 6 words), so its answer below states what it asks about, and the draft reads as the page."""
    text = (
        "Frequently asked questions\n\n"
        "What happens if I tell you I want to kill myself?\n\n"
        "We would make a safety plan with you, and we may contact emergency services.\n"
    )
    page, draft = _page_and_draft(tmp_path, run_cli, text, "faq.txt")
    assert page["harm_to_self"] == "stated"
    assert page == draft


def test_a_plain_text_faq_reads_its_questions() -> None:
    page = (
        "Frequently asked questions\n\n"
        "What happens if I tell you I want to kill myself?\n"
        "We would make a safety plan with you, and we may contact emergency services.\n"
    )
    assert coverage_of_bytes(page.encode("utf-8"), "faq.txt")["harm_to_self"] == "stated"


def test_a_web_pages_bold_question_paragraph_is_an_faqs_heading() -> None:
    page = (
        b"<html><body><main><h2>FAQ</h2>"
        b"<p><strong>What happens if I tell you I want to kill myself?</strong></p>"
        b"<p>We may contact emergency services.</p>"
        b"<p><strong>Note:</strong> this asks nothing</p><p>We may call the police.</p>"
        b"</main></body></html>"
    )
    cov = coverage_of_bytes(page, "faq.html")
    assert cov["harm_to_self"] == "stated"
    from policy_lint.loading import load_bytes

    kinds = [(b.kind, b.text[:12]) for b in load_bytes(page, "faq.html").document.blocks]
    assert ("heading", "What happens") in kinds
    assert ("paragraph", "Note: this a") in kinds  # bold and plain text: a paragraph


@pytest.mark.parametrize(
    ("question", "answer", "topic"),
    [
        ("Do you have to report child abuse?", "We keep records for seven years.", "child_abuse"),
        ("Can a court get my records?", "We keep your session notes in a locked office.", "court_order"),
    ],
)
@pytest.mark.parametrize("shape", ["md", "txt", "one paragraph"])
def test_an_answer_that_shares_nothing_states_no_limit_of_its_question(question: str, answer: str, topic: str, shape: str) -> None:
    """review19: an answer stating a limit of its own that shares nothing (how long records are kept, where notes
    are kept) says nothing of the question's limit: the limit stays missing, not a false all clear."""
    page = {"md": f"# FAQ\n\n{question}\n\n{answer}\n", "txt": f"FAQ\n\n{question}\n\n{answer}\n", "one paragraph": f"FAQ\n\n{question} {answer}\n"}[shape]
    name = "faq.md" if shape == "md" else "faq.txt"
    assert coverage_of_bytes(page.encode("utf-8"), name)[topic] == "missing"
