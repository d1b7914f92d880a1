"""Count syllables in English words, offline and fast.

Two layers:

1. A dictionary of the words whose count the rules get wrong. It is made
   from the CMU Pronouncing Dictionary by ``tools/build_syllables.py`` and
   ships as ``policy_lint/data/syllables.txt``. It loads once, on first use,
   in about a millisecond.
2. A rule set for every other word: count vowel groups, then correct for
   silent e, common endings (-ed, -es, -ing, -ly, ...), compound heads
   (some-, every-, ...) and vowel pairs that are two syllables (radio, fluent).

Together they match the CMU dictionary on every word it lists. For words it
does not list (names, new words) the rules alone agree with it on about 93%
of words; ``docs/plain-language.md`` has the measured figures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["count_syllables", "rule_syllables", "load_exceptions", "DATA_FILE"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "syllables.txt"

_exceptions: dict[str, int] | None = None

# A vowel group is a syllable. "y" counts as a vowel unless a vowel follows it
# (yes, beyond, lawyer) or it starts the word.
_GROUP = re.compile(r"[aeiou]+|(?<=[^aeiou])y(?![aeiou])")
# Vowel pairs that are usually two syllables. Each match adds one.
_SPLIT = re.compile(
    r"(?<![tscxgh])i[aou]"  # media, radio, medium; not -tion, -cial, -gion, -shion
    r"|(?<![tscxg])eo"  # video, theory; not gorgeous
    r"|ii"
    r"|ue(?=[lnt])"  # fluent, cruel, duet
    r"|ua"  # actual, usual (qu and gu are folded first)
    r"|(?<![tc])ie(?=r$|st$|t|n[ct])"  # earlier, quiet, client, audience
    r"|uou|uo"  # continuous, duo
    r"|^(?:re|pre|de)(?=[iou])"  # reopen, reuse, deidentify
    r"|^co(?=op|ordin|ex|erc|incid|auth)"  # cooperate, coordinate
)
_QU = re.compile(r"qu(?=[aeiouy])")
_GU = re.compile(r"(?<=.)gu(?=[aeiy])")
_SYLLABIC_E = re.compile(r"[^aeiouylr]le$|[bcdgkpt]re$")
_EXTRA_END = re.compile(r"[^aeiouy]sm$|thm$")
_SIBILANT_E = re.compile(r"(?:[sxzc]|ch|sh|g)e$")
_SIBILANT_END = re.compile(r"(?:[sxz]|ch|sh|[csgz]e)$")
_SILENT_TAILS = frozenset({"ll", "re", "ve", "d", "m"})
_HAS_VOWEL = re.compile(r"[aeiouy]")
_NOT_LETTER = re.compile(r"[^a-z]")

# Compound heads with a silent e or an odd count: someone, everything, homeless.
_HEAD_SYL: dict[str, int] = {
    "some": 1, "any": 2, "every": 2, "where": 1, "there": 1, "home": 1, "house": 1,
    "base": 1, "fire": 2, "horse": 1, "side": 1, "life": 1, "time": 1, "care": 1,
    "whole": 1, "case": 1, "safe": 1, "fore": 1, "wide": 1, "stone": 1, "bone": 1,
    "nine": 1, "white": 1, "note": 1, "space": 1, "name": 1, "grave": 1, "rose": 1,
    "goose": 1, "grape": 1, "wife": 1, "hope": 1, "use": 1, "like": 1, "make": 1,
    "take": 1, "eye": 1, "else": 1, "lone": 1, "love": 1, "police": 2, "store": 1,
    "state": 1,
}  # fmt: skip
_HEAD_LENGTHS = sorted({len(h) for h in _HEAD_SYL}, reverse=True)
_HEAD_STARTS = frozenset(h[:3] for h in _HEAD_SYL)
_SUFFIXES: tuple[tuple[str, int], ...] = (
    ("fulness", 2), ("lessness", 2), ("lessly", 2), ("fully", 2), ("ful", 1), ("less", 1),
    ("ness", 1), ("ments", 1), ("ment", 1), ("some", 1), ("ly", 1), ("like", 1),
    ("wise", 1), ("ship", 1), ("hood", 1),
)  # fmt: skip
_LONGEST = 40  # letters; longer "words" get a plain vowel-group count
_SUFFIX_ENDS = tuple(suffix for suffix, _ in _SUFFIXES)
# n't after these stems adds no syllable: don't, can't, won't, ain't.
_NT_ONE = frozenset({"do", "ca", "wo", "ai", "sha"})


def load_exceptions(path: Path = DATA_FILE) -> dict[str, int]:
    """Read the shipped exception dictionary: ``{word: syllables}``.

    The file has ``#`` comment lines, then lines of the form
    ``<count> <word> <word> ...``.
    """
    table: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] == "#":
                continue
            count, _, words = line.partition(" ")
            if words:
                table.update(dict.fromkeys(words.split(), int(count)))
    return table


def _table() -> dict[str, int]:
    global _exceptions
    if _exceptions is None:
        _exceptions = load_exceptions()
    return _exceptions


@lru_cache(maxsize=8192)
def count_syllables(word: str) -> int:
    """Return the number of syllables in one word (0 if it has no letters).

    Hyphenated words count each part. Curly apostrophes count as straight
    ones. Numbers and other non-letters are ignored here; the caller decides
    how to count them.
    """
    return _lookup(_table(), word.lower().replace("\u2019", "'"))


def _lookup(table: dict[str, int], w: str) -> int:
    """Count one lower-case word: the table first, then the rules."""
    if "-" in w:
        return sum(_lookup(table, part) for part in w.split("-") if part)
    known = table.get(w)
    if known is not None:
        return known
    if "'" in w:
        stem, _, tail = w.partition("'")
        if tail == "t" and stem.endswith("n"):
            stem = stem[:-1]
            return 1 if stem in _NT_ONE else _lookup(table, stem) + 1
        if tail == "s":  # possessive: the client's, the nurse's
            return _lookup(table, stem) + (1 if _SIBILANT_END.search(stem) else 0)
        if tail in _SILENT_TAILS:  # we'll, you're, they've, I'd, I'm
            return _lookup(table, stem)
        w = stem + tail
    return rule_syllables(w)


def rule_syllables(word: str) -> int:
    """Count syllables with the rule set alone (no dictionary)."""
    w = word.lower()
    if not w.isalpha() or not w.isascii():
        w = _NOT_LETTER.sub("", w)
    if not w:
        return 0
    if len(w) > _LONGEST:  # not a real word: vowel groups, and no deep recursion
        return max(1, len(_GROUP.findall(w)))
    return max(1, _count(w))


def _base(w: str) -> int:
    if "qu" in w:
        w = _QU.sub("q", w)
    if "gu" in w:
        w = _GU.sub("g", w)
    n = len(_GROUP.findall(w))
    # silent final e: make, state (but not table, acre)
    if w[-1] == "e" and len(w) > 2 and w[-2] not in "aeiou" and n > 1 and not _SYLLABIC_E.search(w):
        n -= 1
    n += len(_SPLIT.findall(w))
    if "peo" in w:
        n -= 1
    if w.endswith("m") and _EXTRA_END.search(w):
        n += 1
    return n


def _count(w: str) -> int:
    if w[:3] in _HEAD_STARTS:
        for n in _HEAD_LENGTHS:
            # a compound head, then a consonant or "one": someone, everything, homeless
            if len(w) > n + 2 and w[:n] in _HEAD_SYL and (w[n] not in "aeiouy" or w.startswith("one", n)):
                return _HEAD_SYL[w[:n]] + _count(w[n:])
    if len(w) <= 3:
        return max(1, _base(w))
    if w.endswith(_SUFFIX_ENDS):
        for suffix, n in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _HAS_VOWEL.search(w[: -len(suffix)]):
                return max(1, _count(w[: -len(suffix)])) + n
    if w.endswith("ing") and len(w) > 4 and _HAS_VOWEL.search(w[:-3]):
        return max(1, _count(w[:-3])) + 1
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return _count(w[:-3] + "y")
    if w.endswith("es") and not w.endswith("ees"):
        stem = w[:-1]
        return max(1, _count(stem)) + (1 if _SIBILANT_E.search(stem) else 0)
    if w.endswith("ed") and not w.endswith("eed") and _HAS_VOWEL.search(w[:-2]):
        return max(1, _count(w[:-1])) + (1 if w[-3] in "td" else 0)
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ys")):
        return _count(w[:-1]) if len(w) > 4 else max(1, _base(w[:-1]))
    return max(1, _base(w))
