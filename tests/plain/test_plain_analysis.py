"""analysis.TextInfo holds what the plain functions return; its caches stay bounded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_lint.plain import analysis, legalese, readability, stems
from policy_lint.plain import text as text_module
from policy_lint.plain.analysis import TextInfo, analyse
from policy_lint.plain.detect import all_caps, passive, reader_address, slashes
from policy_lint.plain.readability import count, policy_words, scores, word_syllables
from policy_lint.plain.text import count_words, sentence_words, sentences, word_pattern, words

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
    "Meet at 9 a.m. Then we talk. It ends at 5 p.m. and we go home, etc. Otherwise, wait...",
    "Heading here\nThe text starts. don't9 stop-gap, U.S.A.B. rules?! \"Quoted.\" (Bracketed.) Next\u2000one\u3000here.",
    "1. First item\n2) Second item\n  a) sub item\n  - dash item\n\u2022 bullet item, communications\r\nEnd\r\n\r\nNew paragraph",
    "\tTabs\tand\u00a0non-breaking spaces. e.g. this, i.e. that. Dr. Who, Ph.D. Cal. Civ. Code \u00a7 56.10.",
]


def _random_texts(n: int = 3000) -> list[str]:
    """Random texts from the characters that change sentences and words."""
    import random

    rng = random.Random(20261126)
    pieces = [
        "a", "I", "We", "confidentiality", "communication", "extraordinary", "don't", "U.S.", "e.g.", "a.m.",
        "etc.", "Dr.", "1.", "2)", "b)", "-", "*", "\u2022", ".", "!", "?", "\u2026", ",", ";", ":", "'", "\u2019",
        '"', ")", "(", " ", " ", " ", "\n", "\n\n", "\t", "\u2000", "www.x.org", "a@b.co", "https://x.org/a.",
        "follow-up", "re-\u2010entry", "ÉTAT", "Über", "42", "x9", "_", "İ", "ﬁ",
        "prior", "to", "in", "the", "event", "that", "pursuant", "disclosed", "mandated", "reporters", "Shall",
        "subpoena", "court", "order", "duty", "warn", "permitted", "client\u2019s", "third-party", "third",
        "party", "is", "are", "was", "be", "been", "being", "isn't", "shared", "told", "required", "by", "law",
        "not", "also", "disclosed", "made", "given",
    ]  # fmt: skip
    out = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]
    separators = [" "] * 8 + [", ", "\n", ". ", " - ", "  ", "\u2019 "]
    for _ in range(n):
        out.append("".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(1, 30))))
    return out


def _reference_hard_words(text: str, limit: int = 4) -> list[str]:
    """The PLN001 hard-word list as it was written before TextInfo (one pass over words), without proper names."""
    from policy_lint.plain.readability import name_words

    allowed = policy_words()
    seen: dict[str, tuple[int, str]] = {}
    for w, is_name in ((w, n) for s in sentences(text) for w, n in zip(s.words, name_words([x.text for x in s.words]))):
        low = w.text.lower()
        if is_name or low in allowed or low in seen or w.is_number or len(low) < 7:
            continue
        n = word_syllables(w)
        if n >= 3:
            seen[low] = (n, w.text)
    ranked = sorted(seen.values(), key=lambda v: (-v[0], -len(v[1]), v[1].lower()))
    from policy_lint.plain.analysis import name_elsewhere  # a name that starts a sentence, named elsewhere

    return [t for _, t in ranked if not name_elsewhere(text, t)][:limit]


def _reference_find(lex: legalese.Lexicon, text: str) -> list[legalese.TermHit]:
    """Lexicon.find as it was written before it skipped Word objects: one step per word."""
    norm = legalese._norm
    ws = words(text)
    hits = []
    i = 0
    while i < len(ws):
        matched = 0
        for rest, term in lex._index.get(norm(ws[i].text), []):
            if i + len(rest) >= len(ws):
                continue
            if all(
                norm(ws[i + k].text) in forms and not text[ws[i + k - 1].end : ws[i + k].start].strip()
                for k, forms in enumerate(rest, start=1)
            ):
                matched = 1 + len(rest)
                start, end = ws[i].start, ws[i + len(rest)].end
                hits.append(legalese.TermHit(start, end, text[start:end], term))
                break
        i += matched or 1
    return hits


def _example_texts() -> list[str]:
    from policy_lint.loading import load_path

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


_FIRST_WORD = re.compile(  # text.py's word pattern before its first character was written apart
    r"(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:['\u2019][^\W\d_]+)*(?:[-\u2010\u2011][^\W_]+(?:['\u2019][^\W\d_]+)*)*"
)


def test_word_patterns_find_the_same_words() -> None:
    for text in TEXTS + _random_texts() + _example_texts() + ["a.b.c.d." * 50, "x" + "-y" * 100, "don't9don'tx"]:
        expected = [m.span() for m in _FIRST_WORD.finditer(text)]
        assert [m.span() for m in text_module._WORD.finditer(text)] == expected, text
        assert [m.span() for m in word_pattern(text).finditer(text)] == expected, text
        ascii_text = text.encode("ascii", "replace").decode()
        assert [m.span() for m in text_module._WORD_ASCII.finditer(ascii_text)] == [
            m.span() for m in _FIRST_WORD.finditer(ascii_text)
        ], ascii_text


def test_sentence_words_are_the_words_of_sentences() -> None:
    for text in TEXTS + _random_texts():
        assert sentence_words(text) == [(s.start, s.end, [w.text for w in s.words]) for s in sentences(text)], text
        info = TextInfo(text)
        assert info.hard_words(100) == _reference_hard_words(text, 100), text
        assert tuple(frozenset(x) for x in info.stems) == tuple(
            frozenset(w.text.lower()[:5] for w in s.words if w.text.lower() not in stems._STOP) for s in sentences(text)
        ), text
        assert info.counts == count(text), text
        assert legalese.default_lexicon()._find(text) == _reference_find(legalese.default_lexicon(), text), text
        assert list(info.passive()) == passive(text), text


def _check(text: str) -> None:
    info = analyse(text)
    assert info.text == text
    assert info.counts == count(text)
    assert info.scores == scores(count(text))
    assert info.spans == tuple((s.start, s.end, len(s.words)) for s in sentences(text))
    assert info.starts() == [s.start for s in sentences(text)]
    assert tuple(frozenset(x) for x in info.stems) == tuple(
        frozenset(w.text.lower()[:5] for w in s.words if w.text.lower() not in stems._STOP) for s in sentences(text)
    )
    assert all(len(set(x)) == len(x) for x in info.stems)
    assert count_words(text) == len(words(text))
    assert legalese.default_lexicon()._find(text) == _reference_find(legalese.default_lexicon(), text)
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


def test_word_stem_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stems, "MAX_STEMS", 100)
    monkeypatch.setattr(stems, "_stem_of", {})
    for i in range(1000):
        stems.word_stem(f"word{i}")
        assert len(stems._stem_of) <= 100
    assert stems.word_stem("Confidential") == "confi"
    assert stems.word_stem("THE") == ""


def test_sentence_cache_is_bounded_and_gives_the_same_info(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "MAX_SENTENCES", 50)
    monkeypatch.setattr(analysis, "_SENTENCES", {})
    texts = [f"Sentence {i} is here. The same second sentence follows, with extraordinary words." for i in range(200)]
    for text in texts:
        first = TextInfo(text)
        assert len(analysis._SENTENCES) <= 50
        again = TextInfo(text)  # from the remembered sentences
        assert (first.counts, first.spans, first.stems, first.hard_words()) == (again.counts, again.spans, again.stems, again.hard_words())
        assert first.counts == count(text)


def test_terms_are_found_across_a_dotted_word_at_a_sentence_end() -> None:
    lex = legalese.Lexicon([legalese.Term("a.m. then", ("then",)), legalese.Term("U.S. law", ("law",)), legalese.Term("shall", ("must",))])
    text = "We open at 9 a.m. Then we shall call. It is U.S. law! Shall we? \"Yes.\" shall"
    assert [(h.text, h.start) for h in lex.find(text)] == [(h.text, h.start) for h in _reference_find(lex, text)]
    assert [h.text for h in lex.find(text)] == ["a.m. Then", "shall", "U.S. law", "Shall", "shall"]


def test_lexicon_piece_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legalese, "_MAX_PIECES", 20)
    lex = legalese.Lexicon(legalese.default_terms())
    for i in range(100):
        text = f"Sentence {i} shall be read. We disclose it pursuant to law {i}."
        assert lex._find(text) == _reference_find(lex, text)
        assert len(lex._pieces) <= 20


def test_passive_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "MAX_SENTENCES", 20)
    monkeypatch.setattr(analysis, "_PASSIVE", {})
    for i in range(100):
        text = f"Record {i} is kept. It was shared by law. It was shared with them {i}."
        assert list(TextInfo(text).passive()) == passive(text)
        assert len(analysis._PASSIVE) <= 20


def test_by_pieces_reads_new_text_whole_and_known_pieces_from_memory() -> None:
    calls: list[str] = []

    def find(text: str) -> list[legalese.TermHit]:
        calls.append(text)
        return legalese.default_lexicon()._find_in(text)

    cache: dict[str, tuple[object, ...]] = {}
    first = "We shall disclose it. It is prior to the visit! Pursuant to law, we notify you."
    assert text_module.by_pieces(first, cache, find, legalese._shift, 100) == _reference_find(legalese.default_lexicon(), first)
    assert calls == [first] and len(cache) == 3  # read whole, shared out among its three pieces
    second = "We shall disclose it. A new sentence shall follow."
    assert text_module.by_pieces(second, cache, find, legalese._shift, 100) == _reference_find(legalese.default_lexicon(), second)
    assert calls[1:] == [" A new sentence shall follow."]  # only the new piece is read
    assert text_module.by_pieces(first, cache, find, legalese._shift, 2) == _reference_find(legalese.default_lexicon(), first)
    assert len(cache) <= 2 or calls[-1] == first  # more pieces than the limit: read whole, nothing kept


def test_a_name_that_starts_a_sentence_is_no_long_word_when_the_text_names_it_elsewhere() -> None:
    """Found in trial 8: "Columbia's" and "Canadian" were listed as long words."""
    from policy_lint.plain.analysis import analyse

    text = (
        "Columbia's counsellors and Canadian regulators cooperate. Documentation matters. "
        "We follow the British Columbia rules and Canadian law. Situation reports."
    )
    hard = analyse(text).hard_words(10)
    assert "Columbia's" not in hard and "Canadian" not in hard
    # an ordinary word with a capital at the start of a sentence is still listed
    assert "Documentation" in hard and "Situation" in hard
