"""Sentence and word splitting: offsets, abbreviations, lists and headings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_lint.plain.text import sentences, words


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_end_marks_split_sentences() -> None:
    """A period, question mark or exclamation mark followed by space ends a sentence."""
    text = "We keep it private. Do you have questions? Ask us! We answer fast."

    assert ["We keep it private.", "Do you have questions?", "Ask us!", "We answer fast."] == _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We share records, e.g. with your doctor, only if you agree.",
        "We share records, i.e. your notes, only if you agree.",
        "Dr. Lee and Ms. Park keep your notes private.",
        "We follow U.S. law and Cal. Evid. Code 1024 in every case.",
        "Send it to J. Smith at the front desk.",
        "Our office holds a Ph.D. level team of staff.",
        "See section No. 5 of this page for more.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    """e.g., i.e., Dr., U.S., Cal., initials and dotted forms stay inside the sentence."""
    assert [text] == _texts(text)


def test_am_pm_end_a_sentence_only_before_a_capital() -> None:
    """"p.m." ends a sentence when a capital letter follows, not otherwise."""
    assert ["We close at 5 p.m. on Fridays."] == _texts("We close at 5 p.m. on Fridays.")
    assert ["We close at 5 p.m.", "Call us before then."] == _texts("We close at 5 p.m. Call us before then.")


def test_numbers_and_addresses_do_not_split() -> None:
    """Decimals, web and email addresses have no space after the dot, so they do not split."""
    text = "Read 45 CFR 164.512 or https://example.org/a.b and email info@x.example today."

    assert [text] == _texts(text)
    assert "info" not in [w.text for w in words(text)]
    assert "https" not in [w.text for w in words(text)]


def test_blank_lines_and_list_items_end_sentences() -> None:
    """A blank line, and a line break before a list item, end a sentence; the marker is dropped."""
    text = "We may share when:\n- you ask us\n- the law says we must\n\nWe tell you first\n1. by phone\n2. by email"

    assert ["We may share when:", "you ask us", "the law says we must", "We tell you first", "by phone", "by email"] == _texts(
        text
    )


def test_a_short_line_before_a_capital_is_a_heading() -> None:
    """A short unpunctuated line at the start, followed by a capitalized line, is its own sentence."""
    assert ["Your rights", "You can ask for your records."] == _texts("Your rights\nYou can ask for your records.")


def test_a_wrapped_line_is_not_a_heading() -> None:
    """A line that wraps into a lower-case line is part of the same sentence."""
    text = "We keep paper records in a\nlocked cabinet."

    assert [text] == _texts(text)


def test_text_without_an_end_mark_is_one_sentence() -> None:
    """The end of a field or list item ends a sentence."""
    assert ["a crisis team"] == _texts("a crisis team")
    assert [] == _texts("   ")


def test_words_keep_contractions_hyphens_and_dotted_abbreviations() -> None:
    """Don't, follow-up and U.S. are one word each; punctuation is not a word."""
    text = "Don't worry: a follow-up in the U.S. is fine, right?"

    assert ["Don't", "worry", "a", "follow-up", "in", "the", "U.S.", "is", "fine", "right"] == [w.text for w in words(text)]


def test_sentence_words_have_offsets_into_the_text() -> None:
    """Every sentence and word knows its start and end in the original string."""
    text = "  First one here.\n\n  Second one (with brackets) here!  "
    for sent in sentences(text):
        assert sent.text == text[sent.start : sent.end]
        for w in sent.words:
            assert w.text == text[w.start : w.end]
            assert sent.start <= w.start < w.end <= sent.end


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n-:'()1")), max_size=80))
def test_offsets_hold_for_any_text(text: str) -> None:
    """For any text, sentences are in order, do not overlap and their words match the text."""
    last_end = 0
    for sent in sentences(text):
        assert sent.start >= last_end
        assert sent.text == text[sent.start : sent.end]
        assert sent.words
        assert all(w.text == text[w.start : w.end] for w in sent.words)
        last_end = sent.end


def test_web_address_at_the_end_of_a_sentence() -> None:
    """A web address before a final period is skipped, and the period still ends the sentence."""
    text = "Visit https://example.org/privacy. Then call us."

    assert ["Visit https://example.org/privacy.", "Then call us."] == _texts(text)
    assert ["Visit", "Then", "call", "us"] == [w.text for w in words(text)]


@pytest.mark.parametrize(
    "text",
    [
        "." * 20000 + "x",  # a run of end marks with no space after it
        "a" * 20000 + " @",  # a long run of letters in a text with an @
        "http://" * 3000 + " x",
        "a/" * 20000 + ".b",
        "ly" * 5000,
    ],
    ids=["dots", "letters-and-at", "urls", "slashes", "long-word"],
)
def test_long_runs_are_handled(text: str) -> None:
    """Long runs of one character class split and count without blowing up (these once took seconds)."""
    from policy_lint.plain.detect import slashes
    from policy_lint.plain.readability import count

    assert len(sentences(text)) <= 2
    assert count(text).words >= 1
    slashes(text)
