"""Readability formulas over counted sentences, words and syllables.

The formulas are the textbook ones (see docs/plain-language.md):

* Flesch-Kincaid grade: 0.39 * W/S + 11.8 * Sy/W - 15.59
* Flesch Reading Ease: 206.835 - 1.015 * W/S - 84.6 * Sy/W
* SMOG: 1.043 * sqrt(30 * poly / S) + 3.1291 (poly = words of 3+ syllables)
* Coleman-Liau: 0.0588 * L - 0.296 * S100 - 15.8 (L = letters per 100 words,
  S100 = sentences per 100 words)
* ARI: 4.71 * chars/W + 0.5 * W/S - 21.43 (chars = letters and digits)

Words on the policy-words list (confidentiality, therapist, ...) and the
words of proper names (an agency, a law, a place: ``name_words``) count as
one syllable in the syllable formulas (FK, FRE, SMOG): a policy cannot
avoid them, so they must not push the grade up. ``fk_grade_raw`` is the
grade without that allowance, for comparison with other tools. The
letter formulas (Coleman-Liau, ARI) are shown as they are.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from policy_lint.values import Row
from policy_lint.plain.syllables import count_syllables
from policy_lint.plain.text import Sentence, Word, sentences

__all__ = ["Counts", "Scores", "count", "count_sentences", "count_texts", "scores", "policy_words", "word_syllables", "word_facts", "name_words"]

POLICY_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "policy-words.txt"
_policy_words: frozenset[str] | None = None


def policy_words() -> frozenset[str]:
    """The words a policy cannot avoid, lower case (loaded once)."""
    global _policy_words
    if _policy_words is None:
        with POLICY_WORDS_FILE.open(encoding="utf-8") as fh:
            _policy_words = frozenset(
                w for line in fh for w in line.split("#", 1)[0].lower().split()
            )
    return _policy_words


class Counts(Row):
    """What the formulas need. Counts add up across fields (``a + b``).

    Fields: sentences, words, syllables and polysyllables (3+ syllables)
    with the policy-word allowance, raw_syllables and raw_polysyllables
    without it, letters (letters and digits), policy_words.
    """

    __slots__ = ()
    _fields = ("sentences", "words", "syllables", "polysyllables", "raw_syllables", "raw_polysyllables", "letters", "policy_words")

    def __new__(
        cls,
        sentences: int = 0,
        words: int = 0,
        syllables: int = 0,
        polysyllables: int = 0,
        raw_syllables: int = 0,
        raw_polysyllables: int = 0,
        letters: int = 0,
        policy_words: int = 0,
    ) -> "Counts":
        return tuple.__new__(cls, (sentences, words, syllables, polysyllables, raw_syllables, raw_polysyllables, letters, policy_words))

    def __add__(self, other: tuple[int, ...]) -> "Counts":  # type: ignore[override]
        return tuple.__new__(Counts, tuple(a + b for a, b in zip(self, other)))

    @property
    def sentences(self) -> int:
        return self[0]

    @property
    def words(self) -> int:
        return self[1]

    @property
    def syllables(self) -> int:
        return self[2]

    @property
    def polysyllables(self) -> int:
        return self[3]

    @property
    def raw_syllables(self) -> int:
        return self[4]

    @property
    def raw_polysyllables(self) -> int:
        return self[5]

    @property
    def letters(self) -> int:
        return self[6]

    @property
    def policy_words(self) -> int:
        return self[7]


class Scores(Row):
    """Readability of a text. Grades are US school grades."""

    __slots__ = ()
    _fields = ("fk_grade", "fk_grade_raw", "flesch_reading_ease", "smog", "coleman_liau", "ari", "words", "sentences", "syllables")

    def __new__(
        cls,
        fk_grade: float,
        fk_grade_raw: float,
        flesch_reading_ease: float,
        smog: float,
        coleman_liau: float,
        ari: float,
        words: int,
        sentences: int,
        syllables: int,
    ) -> "Scores":
        return tuple.__new__(cls, (fk_grade, fk_grade_raw, flesch_reading_ease, smog, coleman_liau, ari, words, sentences, syllables))

    @property
    def fk_grade(self) -> float:
        return self[0]

    @property
    def fk_grade_raw(self) -> float:
        return self[1]

    @property
    def flesch_reading_ease(self) -> float:
        return self[2]

    @property
    def smog(self) -> float:
        return self[3]

    @property
    def coleman_liau(self) -> float:
        return self[4]

    @property
    def ari(self) -> float:
        return self[5]

    @property
    def words(self) -> int:
        return self[6]

    @property
    def sentences(self) -> int:
        return self[7]

    @property
    def syllables(self) -> int:
        return self[8]

    def as_dict(self) -> dict[str, float | int]:
        """Rounded values for machine output."""
        return {name: (round(value, 1) if isinstance(value, float) else value) for name, value in zip(self._fields, self)}


def word_syllables(word: Word | str) -> int:
    """Syllables of one word as the formulas count it (numbers count one)."""
    text = word.text if isinstance(word, Word) else word
    if "." in text:  # U.S., e.g.: one syllable per letter
        return sum(1 for c in text if c.isalpha())
    n = count_syllables(text)
    return n if n > 0 else 1


def count_sentences(items: Iterable[Sentence]) -> Counts:
    """Count words, syllables and letters in sentences."""
    return count_texts([[w[0] for w in sent[3]] for sent in items])


#: Small words inside a proper name: "Department of Communities and Justice".
_NAME_JOINS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def _title(text: str) -> bool:
    """A word with a capital first letter and small letters after it (not I, not HIPAA)."""
    return text[:1].isupper() and any(c.islower() for c in text[1:])


def name_words(texts: Sequence[str]) -> list[bool]:
    """Which words of one sentence are part of a proper name, such as an agency or a law.

    A word with a capital first letter is a name after the first word of a
    sentence ("Colorado", "Terrorism Act 2000", "Adult Protective
    Services"). The first word is one only when at least two more such
    words follow it, past small joining words ("Adult Protective Services
    will call", "Department of Communities and Justice"): "Under California
    law" starts with an ordinary word.
    """
    flags = [False] * len(texts)
    if not any(_title(t) for t in texts[1:]):
        return flags
    for i, text in enumerate(texts):
        if i and _title(text):
            flags[i] = True
    if texts and _title(texts[0]):
        following = [t for t in texts[1:6] if t.lower() not in _NAME_JOINS]
        if len(following) >= 2 and _title(following[0]) and _title(following[1]):
            flags[0] = True
    return flags


def count_texts(items: Iterable[Sequence[str]]) -> Counts:
    """``count_sentences`` for sentences given as the texts of their words.

    A word on the policy-words list, and a word of a proper name
    (``name_words``: an agency, a law, a place), counts as one syllable in
    the syllable formulas: readers know the name of their state or of the
    agency that takes reports, and the policy cannot say it in other words.
    """
    info = _word_info
    n_sent = n_words = syl = poly = raw_syl = raw_poly = letters = n_policy = 0
    for texts in items:
        n_sent += 1
        n_words += len(texts)
        names = name_words(texts)
        for text, is_name in zip(texts, names):
            facts = info.get(text)
            if facts is None:
                facts = _facts(text)
            n_letters, n, is_policy, _ = facts
            letters += n_letters
            raw_syl += n
            if n >= 3:
                raw_poly += 1
            if is_policy and n > 1:
                n_policy += 1
                n = 1
            elif is_name and n > 1:
                n = 1
            elif n >= 3:
                poly += 1
            syl += n
    return Counts(n_sent, n_words, syl, poly, raw_syl, raw_poly, letters, n_policy)


#: How many words ``word_facts`` remembers; when full, it starts again.
MAX_WORDS = 12_500

# word -> facts (see word_facts); shared by all counts
_word_info: dict[str, tuple[int, int, bool, str | None]] = {}


def word_facts(text: str) -> tuple[int, int, bool, str | None]:
    """What the counts need to know about one word (remembered for ``MAX_WORDS`` words).

    Returns ``(letters and digits, syllables, on the policy-words list,
    hard)``, where ``hard`` is the word in lower case if it is a long word
    (7+ letters, 3+ syllables, with a letter) that is not a policy word,
    else None.
    """
    facts = _word_info.get(text)
    return facts if facts is not None else _facts(text)


def _facts(text: str) -> tuple[int, int, bool, str | None]:
    if len(_word_info) >= MAX_WORDS:
        _word_info.clear()
    low = text.lower()
    n = word_syllables(text)
    is_policy = low in policy_words()
    hard = low if not is_policy and n >= 3 and len(low) >= 7 and any(c.isalpha() for c in text) else None
    facts = (sum(map(str.isalnum, text)), n, is_policy, hard)
    _word_info[text] = facts
    return facts


@lru_cache(maxsize=1024)
def count(text: str) -> Counts:
    """Split ``text`` into sentences and count them."""
    return count_sentences(sentences(text))


def scores(c: Counts) -> Scores | None:
    """Compute every formula, or None if there are no words."""
    if c.words == 0 or c.sentences == 0:
        return None
    wps = c.words / c.sentences
    spw = c.syllables / c.words
    return Scores(
        fk_grade=flesch_kincaid(wps, spw),
        fk_grade_raw=flesch_kincaid(wps, c.raw_syllables / c.words),
        flesch_reading_ease=206.835 - 1.015 * wps - 84.6 * spw,
        smog=1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291,
        coleman_liau=0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8,
        ari=4.71 * c.letters / c.words + 0.5 * wps - 21.43,
        words=c.words,
        sentences=c.sentences,
        syllables=c.syllables,
    )


def flesch_kincaid(words_per_sentence: float, syllables_per_word: float) -> float:
    """Flesch-Kincaid grade level."""
    return 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
