"""Word stems: the first five letters of a content word, to compare words loosely.

"adults" meets "adult" and "depends" meets "depend". Stop words have no
stem. ``analysis`` keeps each sentence's stems; ``legalese`` asks whether a
text gives the meaning of a term.
"""

from __future__ import annotations

import sys
from typing import Sequence

from policy_lint.plain.text import Word

__all__ = ["word_stem", "word_stems", "MAX_STEMS"]

_STOP = frozenset(
    "a an the and or of to in on for by with at as is are be it its this that who what when "
    "which your you we our us they them their someone something any some from into about "
    "than then not no do does can may must will has have had was were been being".split()
)


def word_stems(ws: Sequence[Word]) -> frozenset[str]:
    """The first five letters (lower case) of each word that is not a stop word."""
    low = [w[0].lower() for w in ws]
    return frozenset([w[:5] for w in low if w not in _STOP])


#: How many words ``word_stem`` remembers; when full, it starts again.
MAX_STEMS = 12_500
_stem_of: dict[str, str] = {}


def word_stem(text: str) -> str:
    """The stem ``word_stems`` takes from one word: its first five letters, lower case ("" for a stop word).

    Remembered for ``MAX_STEMS`` words; the stems are interned, so texts
    that keep them share one string per stem.
    """
    stem = _stem_of.get(text)
    if stem is None:
        if len(_stem_of) >= MAX_STEMS:
            _stem_of.clear()
        low = text.lower()
        stem = _stem_of[text] = "" if low in _STOP else sys.intern(low[:5])
    return stem
