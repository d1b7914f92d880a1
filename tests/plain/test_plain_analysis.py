"""analysis.TextInfo holds what the plain functions return; its caches stay bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.plain import analysis, legalese, readability
from policy_lint.plain.analysis import analyse
from policy_lint.plain.detect import all_caps, passive, reader_address, slashes
from policy_lint.plain.readability import count, policy_words, scores, word_syllables
from policy_lint.plain.text import count_words, sentences, words

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "",
    "   ",
    "Your information is shared only with your consent.",
    "The client's records are maintained by the therapist. Information may be disclosed "
    "pursuant to a subpoena. PLEASE READ THIS NOTICE CAREFULLY BEFORE SIGNING.",
    "Confidentiality\nWe keep what you say private.\n\n- Intake forms are reviewed\n- 1. "
    "Extraordinary circumstances and/or emergencies\n a) Hospitalization, U.S. law, e.g. HIPAA.",
    "Dr. Smith, Ph.D., sees clients at 9 a.m. Visit https://example.org/privacy or "
    "mail privacy@example.org. Communications are confidential; interdisciplinary "
    "consultation is sometimes necessary. Communications are confidential.",
    "Ünïcode wörds, İstanbul and ﬁnancial ligatures: authorisation, responsibility.",
]


def _reference_hard_words(text: str, limit: int = 4) -> list[str]:
    """The PLN001 hard-word list as it was written before TextInfo (one pass over words)."""
    allowed = policy_words()
    seen: dict[str, tuple[int, str]] = {}
    for w in words(text):
        low = w.text.lower()
        if low in allowed or low in seen or w.is_number or len(low) < 7:
            continue
        n = word_syllables(w)
        if n >= 3:
            seen[low] = (n, w.text)
    ranked = sorted(seen.values(), key=lambda v: (-v[0], -len(v[1]), v[1].lower()))
    return [t for _, t in ranked[:limit]]


def _example_texts() -> list[str]:
    from policy_lint.source import load_path

    out = list(TEXTS)
    for path in sorted((ROOT / "examples").rglob("*.y*ml")):
        loaded = load_path(path)
        if loaded.document is not None:
            out.extend(t for _, t in loaded.document.strings())
    return out


def test_text_info_matches_the_plain_functions() -> None:
    texts = _example_texts()
    assert len(texts) > 300
    for text in texts:
        _check(text)


def _check(text: str) -> None:
    info = analyse(text)
    assert info.text == text
    assert info.counts == count(text)
    assert info.scores == scores(count(text))
    assert info.spans == tuple((s.start, s.end, len(s.words)) for s in sentences(text))
    assert info.starts() == [s.start for s in sentences(text)]
    assert tuple(frozenset(x) for x in info.stems) == tuple(
        frozenset(w.text.lower()[:5] for w in s.words if w.text.lower() not in legalese._STOP) for s in sentences(text)
    )
    assert all(len(set(x)) == len(x) for x in info.stems)
    assert count_words(text) == len(words(text))
    for gloss in ("a legal demand for records", "a person the law says must report abuse", "records court"):
        want = legalese._stems(gloss)
        need = 0.75 * len(want)
        assert info.says(want, need) == any(len(want & frozenset(x)) >= need for x in info.stems)
    assert info.hard_words() == _reference_hard_words(text)
    assert info.hard_words(2) == _reference_hard_words(text, 2)
    assert list(info.passive()) == passive(text)
    assert list(info.reader_address()) == reader_address(text)
    assert list(info.all_caps()) == all_caps(text)
    assert list(info.slashes()) == slashes(text)


def test_analyse_remembers_a_text() -> None:
    text = "We keep your records in a locked cabinet."
    assert analyse(text) is analyse(text)


def test_analyse_cache_is_bounded() -> None:
    assert analyse.cache_info().maxsize == analysis.MAX_TEXTS
    for i in range(analysis.MAX_TEXTS + 50):
        analyse(f"Text number {i} is short.")
    assert analyse.cache_info().currsize <= analysis.MAX_TEXTS


def test_word_facts_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readability, "MAX_WORDS", 100)
    monkeypatch.setattr(readability, "_word_info", {})
    for i in range(1000):
        readability.word_facts(f"word{i}")
        assert len(readability._word_info) <= 100
    # what it remembers is what it works out
    assert readability.word_facts("confidentiality") == readability._facts("confidentiality")
    assert readability.word_facts("extraordinary") == (13, 5, False, "extraordinary")


def test_gloss_stems_cache_is_bounded() -> None:
    for i in range(1100):
        legalese._stems(f"a plain meaning number {i}")
        assert len(legalese._gloss_stems) <= 1024
    assert legalese._stems("a person the law says must report abuse") == frozenset(
        {"perso", "law", "says", "repor", "abuse"}
    )
