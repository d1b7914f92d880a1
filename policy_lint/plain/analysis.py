"""Everything the plain-language rules read from one text, worked out once.

Eleven PLN rules read the same prose fields: the grade rules need counts
and scores, the sentence rules need where each sentence is and how many
words it has, the detectors need their hits. ``analyse(text)`` returns a
``TextInfo`` that holds them all. Counts, scores and sentence spans are
worked out at once (one split of the text); the rest on first use.

``analyse`` keeps the last ``MAX_TEXTS`` texts it saw (least recently used
go first). Policies of one practice, or made from one template, share
most of their paragraphs, so a run over many files splits each paragraph
once. A ``TextInfo`` keeps no words or sentences, only small results, so
the cache stays small (a few KB a text).

Every value here is what the functions in ``text``, ``readability`` and
``detect`` return for the same text; this module only saves repeating them.
"""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Any

from policy_lint.plain import detect, readability
from policy_lint.plain.detect import Hit
from policy_lint.plain.readability import Counts, Scores, count_texts, scores, word_facts
from policy_lint.plain.stems import word_stem
from policy_lint.plain.text import by_pieces, has_skips, pieces, sentence_words, word_pattern

__all__ = ["TextInfo", "analyse", "MAX_TEXTS"]

#: How many texts ``analyse`` remembers.
MAX_TEXTS = 1024


class TextInfo:
    """What the PLN rules read from one text.

    Attributes:
        text: the text.
        counts: ``readability.count(text)``.
        scores: ``readability.scores(counts)`` (None when the text has no words).
        spans: ``(start, end, words)`` for each sentence of ``text.sentences(text)``.
        stems: ``stems.word_stems`` of each sentence's words, each stem once.

    The methods work out the rest on first use and then remember it.
    """

    __slots__ = ("text", "counts", "scores", "spans", "stems", "_starts", "_says", "_hard", "_passive", "_reader", "_caps", "_slashes")

    def __init__(self, text: str) -> None:
        if has_skips(text):
            found = [(start, end, _sentence_facts(ws)) for start, end, ws in sentence_words(text)]
        else:
            # Policies are made of the same sentences in different orders, so
            # what a sentence holds is remembered by its text (_sentence_facts).
            found = []
            known = _SENTENCES.get
            findall = word_pattern(text).findall  # a piece of ASCII text is ASCII
            for start, end in pieces(text):
                key = text[start:end]
                facts = known(key)
                if facts is None:
                    facts = _remember(key, _sentence_facts(findall(key)))
                if facts[0]:
                    found.append((start, end, facts))
        self.text = text
        self.counts: Counts = Counts(len(found), *[sum(column) for column in zip(*[f[:7] for _, _, f in found])]) if found else Counts()
        self.scores: Scores | None = scores(self.counts)
        self.spans: tuple[tuple[int, int, int], ...] = tuple([(start, end, f[0]) for start, end, f in found])
        self.stems: tuple[tuple[str, ...], ...] = tuple([f[7] for _, _, f in found])
        self._hard: Any = [f[8] for _, _, f in found if f[8]]  # ranked on first use
        self._starts: list[int] | None = None
        self._says: dict[tuple[frozenset[str], float], bool] | None = None
        self._passive: tuple[Hit, ...] | None = None
        self._reader: tuple[Hit, ...] | None = None
        self._caps: tuple[Hit, ...] | None = None
        self._slashes: tuple[Hit, ...] | None = None

    def __repr__(self) -> str:
        return f"TextInfo({self.text[:40]!r}, words={self.counts.words})"

    def starts(self) -> list[int]:
        """Where each sentence starts (for ``bisect``)."""
        if self._starts is None:
            self._starts = [span[0] for span in self.spans]
        return self._starts

    def says(self, want: frozenset[str], need: float) -> bool:
        """True when one sentence holds at least ``need`` of the stems in ``want``."""
        key = (want, need)
        if self._says is None:
            self._says = {}
        known = self._says.get(key)
        if known is None:
            overlap = want.intersection
            known = self._says[key] = any(len(overlap(stems)) >= need for stems in self.stems)
        return known

    def hard_words(self, limit: int = 4) -> list[str]:
        """The longest words that are not policy words (3+ syllables, 7+ letters), hardest first.

        Each word once, as first written; ranked by syllables, then length,
        then alphabetically (case ignored).
        """
        if isinstance(self._hard, list):
            hard: dict[str, tuple[int, str]] = {}
            for words in self._hard:
                for low, n, word in words:
                    if low not in hard:
                        hard[low] = (n, word)
            ranked = sorted(hard.values(), key=lambda v: (-v[0], -len(v[1]), v[1].lower()))
            self._hard = tuple([w for _, w in ranked if not name_elsewhere(self.text, w)])
        return list(self._hard[:limit])

    def passive(self) -> tuple[Hit, ...]:
        """``detect.passive(text)``, read piece by piece (``text.end_pieces``), each piece's hits remembered.

        A passive verb is words with only white space between them, so it
        never runs across an end mark; and ``passive`` looks at nothing
        before the verb but a word boundary, which white space gives at the
        start of a piece as it does in the whole text.
        """
        if self._passive is None:
            self._passive = tuple(by_pieces(self.text, _PASSIVE, detect.passive, _shift, MAX_SENTENCES))
        return self._passive

    def reader_address(self) -> tuple[Hit, ...]:
        """``detect.reader_address(text)``."""
        if self._reader is None:
            self._reader = tuple(detect.reader_address(self.text))
        return self._reader

    def all_caps(self) -> tuple[Hit, ...]:
        """``detect.all_caps(text)``."""
        if self._caps is None:
            self._caps = tuple(detect.all_caps(self.text))
        return self._caps

    def slashes(self) -> tuple[Hit, ...]:
        """``detect.slashes(text)``."""
        if self._slashes is None:
            self._slashes = tuple(detect.slashes(self.text))
        return self._slashes


#: How many sentences (and pieces, for passive verbs) TextInfo remembers what
#: they hold; when full, it starts again.
MAX_SENTENCES = 2048
_SENTENCES: dict[str, tuple[Any, ...]] = {}
_PASSIVE: dict[str, tuple[Hit, ...]] = {}  # piece (text.end_pieces) -> passive verbs in it


def _shift(hit: Hit, n: int) -> Hit:
    return Hit(hit.start + n, hit.end + n, hit.text, hit.kind, hit.suggestion)


def _remember(key: str, facts: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(_SENTENCES) >= MAX_SENTENCES:
        _SENTENCES.clear()
    _SENTENCES[key] = facts
    return facts


def _sentence_facts(ws: list[str]) -> tuple[Any, ...]:
    """What one sentence holds, from its words' texts.

    ``(words, syllables, polysyllables, raw syllables, raw polysyllables,
    letters, policy words, stems, hard words)``: the first seven are the
    sentence's ``readability`` counts (they add up across sentences), stems
    as ``TextInfo.stems``, hard words as ``(lower case, syllables, word)``
    in the order met, each once.
    """
    c = count_texts([ws])
    stems: dict[str, None] = {}
    hard: dict[str, tuple[str, int, str]] = {}
    known = readability._word_info.get
    for w, is_name in zip(ws, readability.name_words(ws)):
        stems[word_stem(w)] = None
        facts = known(w) or word_facts(w)
        low = None if is_name else facts[3]  # a proper name is no hard word
        if low is not None and low not in hard:
            hard[low] = (low, facts[1], w)
    stems.pop("", None)
    return (*c[1:], tuple(stems), tuple(hard.values()))


def name_elsewhere(text: str, word: str) -> bool:
    """True when ``word``, with a capital, is a name in the middle of a sentence of ``text``.

    "Columbia's counsellors ..." starts a sentence, so the word alone does
    not say it is a name; "the British Columbia Association" later in the
    text does. Only for the list of long words (``TextInfo.hard_words``).
    """
    if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
        return False
    base = re.sub(r"['’]s$", "", word)
    return re.search(r"[a-z0-9,;]\s+" + re.escape(base) + r"(?![^\W_])", text) is not None


@lru_cache(maxsize=MAX_TEXTS)
def analyse(text: str) -> TextInfo:
    """The ``TextInfo`` of ``text`` (cached: the last ``MAX_TEXTS`` texts)."""
    return TextInfo(text)
