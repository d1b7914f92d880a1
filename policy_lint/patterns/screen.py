"""The needed-words screen: a quick test before a pattern's search.

Most texts hold nothing a pattern looks for, and ``re`` is slow to prove it
for a pattern such as ``\b(?:TODO|TBD)\b`` under IGNORECASE: it can skip
ahead only to a fixed, case-exact first character. But every match of that
pattern holds "todo" or "tbd" (in any case). So we read off the pattern the
words that every match must hold, and look for them first, in the text in
lower case, with one search that ``re`` runs fast (plain words, no case
rules). A text without any of them cannot match, so the real search is
skipped. This is only used when the text and the words are all ASCII, where
``str.lower`` and ``re.IGNORECASE`` agree letter for letter.
"""

from __future__ import annotations

import re
from typing import Any

from policy_lint.patterns.safety import re_parser

_MAX_WORDS = 64  # more ways to spell one piece than this: stop and keep what we have


def _exact(item: tuple[Any, Any], c: Any) -> frozenset[str] | None:
    """All the texts one parsed item can match, if it matches only fixed text."""
    op, av = item
    if op == c.LITERAL:
        return frozenset({chr(av)})
    if op == c.SUBPATTERN:
        return _exact_seq(list(av[-1]), c)
    if op == c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            texts = _exact_seq(list(branch), c)
            if texts is None:
                return None
            out |= texts
        return frozenset(out) if len(out) <= _MAX_WORDS else None
    return None


def _joined(first: frozenset[str], then: frozenset[str]) -> frozenset[str] | None:
    """Every text of ``first`` followed by every text of ``then``; None if more than ``_MAX_WORDS``."""
    if len(first) * len(then) > _MAX_WORDS:
        return None
    return frozenset(a + b for a in first for b in then)


def _exact_seq(items: list[Any], c: Any) -> frozenset[str] | None:
    texts: frozenset[str] | None = frozenset({""})
    for item in items:
        more = _exact(item, c)
        if more is None or texts is None:
            return None
        texts = _joined(texts, more)
    return texts


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two word sets that each must occur, the one that rules out more texts."""
    if not b or "" in b:
        return a
    if not a:
        return b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _needed(items: list[Any], c: Any) -> frozenset[str] | None:
    """Words one of which every match of ``items`` holds, or None if we cannot tell."""
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
    best: frozenset[str] | None = None
    run: frozenset[str] | None = None  # the fixed texts of the stretch just read
    for op, av in items:
        texts = _exact((op, av), c)
        if texts is not None:
            joined = None if run is None else _joined(run, texts)
            if joined is None:
                best = _better(best, run)
                joined = texts
            run = joined
            continue
        best, run = _better(best, run), None
        if op == c.SUBPATTERN:
            best = _better(best, _needed(list(av[-1]), c))
        elif op == c.BRANCH:
            options = [_needed(list(branch), c) for branch in av[1]]
            if all(options):
                union = frozenset().union(*options)  # type: ignore[arg-type]
                if len(union) <= _MAX_WORDS:
                    best = _better(best, union)
        elif op in repeats and av[0] >= 1:
            best = _better(best, _needed(list(av[2]), c))
    return _better(best, run)


def needed_words(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-case ASCII words one of which every match of ``pattern`` holds.

    None when the pattern does not show such words (it can match text of any
    letters) or when they are not all ASCII.
    """
    sp = re_parser()
    try:
        words = _needed(list(sp.parse(pattern, flags)), sp)
    except Exception:  # noqa: BLE001 - an unknown shape only means no quick test
        return None
    if not words or not all(w.isascii() for w in words):
        return None
    return frozenset(w.lower() for w in words)


def quick_test(pattern: str, flags: int) -> re.Pattern[str] | None:
    words = needed_words(pattern, flags)
    if words is None:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
