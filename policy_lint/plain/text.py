"""Split prose into sentences and words, keeping character offsets.

Every offset is an index into the string given, so a caller can point at
the exact word or sentence (``text[start:end]``).

Sentence rules (see docs/plain-language.md):

* ``.``, ``!``, ``?`` and ``…`` end a sentence when white space or the end of
  the text follows (closing quotes and brackets stay with the sentence).
* A known abbreviation does not end a sentence: e.g., i.e., Dr., Mr., U.S.,
  Cal., Civ., No., a single initial (J. Smith) and any dotted form (Ph.D.).
  "a.m.", "p.m." and "etc." end one only when a capital letter follows.
* A blank line ends a sentence, and so does a line break before a list
  item (``-``, ``*``, ``•``, ``1.``, ``a)``).
* A short line with no end mark, at the start or after a blank line, and
  followed by a line that starts with a capital letter, is a heading: it
  is a sentence of its own.
* The end of the text ends a sentence, so each prose field or list item
  is at least one sentence.

Words are runs of letters and digits, with inner apostrophes (don't) and
hyphens (follow-up). Dotted abbreviations (U.S., e.g.) are one word. Web
addresses and email addresses are not words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Callable

from policy_lint.plain.lazy import LazyPattern
from policy_lint.values import Row

__all__ = ["Word", "Sentence", "words", "count_words", "sentences", "sentence_words", "pieces", "end_pieces", "by_pieces", "has_skips", "skip_spans", "ABBREVIATIONS"]


class Word(Row):
    """One word and where it is: ``text == source[start:end]``."""

    __slots__ = ()
    _fields = ("text", "start", "end")

    def __new__(cls, text: str, start: int, end: int) -> "Word":
        return tuple.__new__(cls, (text, start, end))

    @property
    def text(self) -> str:
        return self[0]

    @property
    def start(self) -> int:
        return self[1]

    @property
    def end(self) -> int:
        return self[2]

    @property
    def is_number(self) -> bool:
        """True for a word made of digits (and separators) only."""
        return not any(c.isalpha() for c in self[0])


class Sentence(Row):
    """One sentence (or heading, or list item) and its words."""

    __slots__ = ()
    _fields = ("text", "start", "end", "words")

    def __new__(cls, text: str, start: int, end: int, words: tuple[Word, ...]) -> "Sentence":
        return tuple.__new__(cls, (text, start, end, words))

    @property
    def text(self) -> str:
        return self[0]

    @property
    def start(self) -> int:
        return self[1]

    @property
    def end(self) -> int:
        return self[2]

    @property
    def words(self) -> tuple[Word, ...]:
        return self[3]


# Lower-case, without the final dot. Dotted forms (u.s, e.g, ph.d) are
# handled by shape, so only undotted ones need listing.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dr mr mrs ms mx prof rev hon st sr jr no nos vs v fig approx dept est inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    cal civ evid fam welf inst pen gov govt bus prof regs reg stat stats ann rev sec secs ch art
    subd para pt pts vol ed eds cf al ca ny tex fla ill mass wash ore ariz colo conn mich minn
    tel ext ph apt ste bldg
    """.split()
)
_SOFT_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})

# These patterns start only at the start of a run (a look-behind), and _END
# never gives back what it took (possessive ++, *+), so a long run of dots,
# letters or slashes costs linear time, not quadratic.
_SKIP = LazyPattern(
    r"(?<![\w/.:-])(?:https?://|www\.)[^\s<>()\"']*[^\s<>()\"'.,;:!?]"  # web addresses
    r"|(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+"  # email addresses
)
# A word: "U.S.", "e.g.", "Ph.D." (dotted, one word), or letters and digits with
# inner apostrophes and hyphens. Its first character (a letter or a digit) is
# written apart, so that the regex engine can jump from one word to the next.
_WORD = re.compile(
    r"[^\W_](?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+"  # dotted: a letter, then 1+ "letter." after its dot
    r"|[^\W_]*(?:['\u2019][^\W\d_]+)*(?:[-\u2010\u2011][^\W_]+(?:['\u2019][^\W\d_]+)*)*)"
)
# The same words in text made of ASCII characters only, where a letter is
# [A-Za-z] and \w is [A-Za-z0-9_]. Plain ranges are faster to test.
_WORD_ASCII = re.compile(
    r"[A-Za-z0-9](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"
    r"|[A-Za-z0-9]*(?:['\u2019][A-Za-z]+)*(?:[-\u2010\u2011][A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*)*)"
)


def word_pattern(text: str) -> re.Pattern[str]:
    """The pattern that finds the words of ``text`` (the ASCII one when it can)."""
    return _WORD_ASCII if text.isascii() else _WORD

_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u2019\u201d)\]]*+(?=\s|$)")
_LIST_ITEM = LazyPattern(r"\n[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
_BLANK = LazyPattern(r"\n[ \t]*\n\s*")
_UPPER_AFTER = LazyPattern(r"\s+[\"'(\u201c]?[A-Z0-9]")
_HEADING_MAX_WORDS = 8
# Words and sentences of the last texts split. Enough for the prose fields of
# one policy, which all rules read; what the rules keep across files is in
# analysis.TextInfo, which holds no Word objects.
_CACHED = 512


def skip_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web and email addresses, which hold no words."""
    return [m.span() for m in _SKIP.get().finditer(text)]


def words(text: str, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
    """Return the words of ``text[start:end]`` with offsets into ``text``."""
    return _words(text)[0] if start == 0 and end is None else _slice(_words(text), start, end)


def count_words(text: str) -> int:
    """``len(words(text))``, without caching: for pieces of a text, used once."""
    return len(_words.__wrapped__(text)[0])


@lru_cache(maxsize=_CACHED)
def _words(text: str) -> tuple[tuple[Word, ...], tuple[int, ...]]:
    new = tuple.__new__
    out = tuple([new(Word, (m.group(), m.start(), m.end())) for m in word_pattern(text).finditer(text)])
    if has_skips(text):
        skips = skip_spans(text)
        out = tuple(w for w in out if not any(a <= w[1] < b for a, b in skips))
    return out, tuple([w[1] for w in out])


def _slice(cached: tuple[tuple[Word, ...], tuple[int, ...]], start: int, end: int | None) -> tuple[Word, ...]:
    ws, starts = cached
    i = bisect_left(starts, start)
    if end is None:
        return ws[i:]
    j = bisect_left(starts, end)
    while j > i and ws[j - 1][2] > end:  # a word cut by ``end`` is not inside
        j -= 1
    return ws[i:j]


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with their words and offsets."""
    return _sentences(text)


@lru_cache(maxsize=_CACHED)
def _sentences(text: str) -> tuple[Sentence, ...]:
    cached = _words(text)
    out: list[Sentence] = []
    for piece_start, piece_end in pieces(text):
        ws = _slice(cached, piece_start, piece_end)
        if ws:
            out.append(Sentence(text[piece_start:piece_end], piece_start, piece_end, ws))
    return tuple(out)


def pieces(text: str) -> list[tuple[int, int]]:
    """Where each piece of ``text`` between two sentence ends starts and ends.

    Trimmed of white space and of a leading list marker. A piece that holds
    a word is a sentence (see ``sentences``). A piece never cuts a word: it
    starts after white space or a list marker and ends before white space.
    """
    out: list[tuple[int, int]] = []
    prev = 0
    for cut in _cut_points(text) + [len(text)]:
        piece_start, piece_end = _trim(text, prev, cut)
        prev = cut
        if piece_start < piece_end:
            out.append((piece_start, piece_end))
    return out


def end_pieces(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` after end marks that no word, and no words with only white space between them, run across.

    A cut goes where ``.``, ``!``, ``?`` or ``\u2026`` (and closing quotes or
    brackets) meet white space. No word holds white space, and the end mark
    stands between the words on both sides, so nothing that reads words
    separated by white space only (a legal term, a passive verb) spans the
    cut either. The one exception is the last dot of a dotted word (U.S.,
    a.m.): no cut there. The pieces cover the whole text, white space
    included, so a piece starts with the white space after its cut.
    """
    out = []
    prev = 0
    for m in _END.finditer(text):
        cut = m.end()
        if text[cut - 1] == "." and cut >= 3 and text[cut - 3] == ".":
            continue  # may end a dotted word, which the term after it may follow
        out.append((prev, cut))
        prev = cut
    if prev < len(text) or not out:
        out.append((prev, len(text)))
    return out


# The pieces of the last texts cut: the legal terms and the passive verbs
# of one text are both found piece by piece, by different rules.
_CUT: dict[str, tuple[list[tuple[int, int]], list[str]]] = {}
_MAX_CUT = 256


def by_pieces(
    text: str,
    cache: dict[str, tuple[Any, ...]],
    find: Callable[[str], list[Any]],
    shift: Callable[[Any, int], Any],
    limit: int,
) -> list[Any]:
    """What ``find(text)`` returns, worked out piece by piece (``end_pieces``), each piece's result remembered.

    ``find`` must find nothing that runs across a cut (see ``end_pieces``)
    and return hits with ``start`` offsets, in order; ``shift(hit, n)``
    moves a hit by ``n`` characters. ``cache`` maps a piece to its hits
    (offsets inside the piece) and holds at most ``limit`` pieces. A text
    with no known piece is read whole, once, and its hits shared out
    among its pieces.
    """
    cut = _CUT.get(text)
    if cut is None:
        bounds = end_pieces(text)
        if len(_CUT) >= _MAX_CUT:
            _CUT.clear()
        cut = _CUT[text] = (bounds, [text[start:end] for start, end in bounds])
    bounds, parts = cut
    if len(bounds) > limit:
        return find(text)
    known = [cache.get(part) for part in parts]
    if len(cache) + len(parts) > limit:
        cache.clear()
    if len(parts) > 1 and not any(found is not None for found in known):
        hits = find(text)
        i = 0
        for (start, end), part in zip(bounds, parts):
            mine = []
            while i < len(hits) and hits[i].start < end:
                mine.append(shift(hits[i], -start) if start else hits[i])
                i += 1
            cache[part] = tuple(mine)
        return hits
    out: list[Any] = []
    for (start, _), part, found in zip(bounds, parts, known):
        if found is None:
            found = cache[part] = tuple(find(part))
        if found:
            out.extend([shift(hit, start) for hit in found] if start else found)
    return out


def has_skips(text: str) -> bool:
    """True when ``text`` may hold a web or email address, whose "words" ``words`` drops."""
    return "@" in text or "www." in text or "://" in text


def sentence_words(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, word texts)`` for each sentence of ``sentences(text)``, without Word objects.

    Faster than ``sentences`` when only the words' texts matter (counts): each
    sentence's words come from one search over the sentence (see ``pieces``:
    these are the same words, in the same order). Not cached.
    """
    if has_skips(text):
        return [(s[1], s[2], [w[0] for w in s[3]]) for s in _sentences(text)]
    findall = word_pattern(text).findall
    out: list[tuple[int, int, list[str]]] = []
    for piece_start, piece_end in pieces(text):
        ws = findall(text, piece_start, piece_end)
        if ws:
            out.append((piece_start, piece_end, ws))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and a leading list marker from a piece."""
    while start < end and text[start].isspace():
        start += 1
    if start < end and (text[start] in "-*\u2022\u2013" or text[start].isdigit() or text[start].islower()):
        m = _LEADING_MARKER.get().match(text, start, end)
        if m:
            start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_LEADING_MARKER = LazyPattern(r"(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])[ \t]+")


def _cut_points(text: str) -> list[int]:
    cuts: set[int] = set()
    for m in _END.finditer(text):
        if not _is_abbreviation(text, m.start(), m.end()):
            cuts.add(m.end())
    if "\n" in text:
        for m in _BLANK.get().finditer(text):
            cuts.add(m.start())
        for m in _LIST_ITEM.get().finditer(text):
            cuts.add(m.start())
        cuts.update(_heading_cuts(text))
    return sorted(cuts)


def _is_abbreviation(text: str, dot: int, end: int) -> bool:
    """True when the end mark at ``dot`` belongs to an abbreviation."""
    if text[dot] != "." or end - dot > 1 and text[dot + 1] in ".!?\u2026":
        return False
    begin = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot), text.rfind("\t", 0, dot)) + 1
    token = text[begin:dot].lstrip("(\"'\u201c[").lower()
    if not token:
        return False
    if token.isdigit() and (begin == 0 or text[begin - 1] == "\n"):
        return True  # a list marker such as "1." at the start of a line
    if token in _SOFT_ABBREVIATIONS:
        # "a.m." ends a sentence only if a capital letter follows.
        return _UPPER_AFTER.get().match(text, end) is None
    if token in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: J. Smith
    # dotted forms: u.s, e.g, ph.d
    return "." in token and all(part.isalpha() and len(part) <= 3 for part in token.split("."))


def _heading_cuts(text: str) -> list[int]:
    """Cut after a short unpunctuated line that starts the text or a paragraph."""
    cuts: list[int] = []
    pos = 0
    lines = text.split("\n")
    prev_blank = True
    for i, line in enumerate(lines):
        stripped = line.strip()
        line_end = pos + len(line)
        if (
            prev_blank
            and stripped
            and i + 1 < len(lines)
            and lines[i + 1].strip()[:1].isupper()
            and stripped[-1] not in ".!?:;,\u2026"
            and len(stripped.split()) <= _HEADING_MAX_WORDS
        ):
            cuts.append(line_end)
        prev_blank = not stripped
        pos = line_end + 1
    return cuts
