"""policy_lint.meaning.denied_spans: where a text denies an act (places14: JUR822 reads it)."""

from __future__ import annotations

import pytest

from policy_lint.meaning import denied_spans


def _denied(text: str) -> list[str]:
    return [text[a:b] for a, b in denied_spans(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I do not report to the police.", ["I do not report to the police"]),
        ("As a counsellor I am a mandatory reporter. I do not report to the police.", ["I do not report to the police"]),
        ("We won't involve the police.", ["We won't involve the police"]),
        ("The police are never told.", ["police are never told"]),
        ("I am a mandatory reporter, but I never contact the police.", ["I never contact the police"]),
    ],
)
def test_a_denial_is_found_with_its_words(text: str, words: list[str]) -> None:
    assert _denied(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I must tell the police.",
        "I do not report to the police unless a child is at risk.",  # an exception: nothing is denied
        "If we could not tell you first, we tell you after.",  # a condition
        "Not only Child Safety but also the police are told.",
        "",
        "   ",
    ],
)
def test_no_denial(text: str) -> None:
    assert _denied(text) == []


def test_not_text() -> None:
    assert denied_spans(None) == ()  # type: ignore[arg-type]
