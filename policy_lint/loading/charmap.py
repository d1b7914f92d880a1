"""The scalar character map: where each character of a parsed string sits in the file.

A finding inside a string (a word, a sentence) is placed exactly by aligning
the parsed value with the raw text of its scalar, for every scalar style
(plain, quoted, ``|``, ``>``) and for JSON strings.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policy_lint.loading.document import NodeInfo


_ESCAPE_LEN = {"x": 2, "u": 4, "U": 8}
_PAIR_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")


# For each style, exactly the characters the walk below treats one by one:
# line breaks, and the escape and closing quote of quoted styles. Everything
# else (spaces too) goes in runs that are compared at once. (Not \s: Python's
# \s also matches U+2000 and other spaces that YAML keeps as text.)
_SPECIAL: dict[str | None, tuple[str, re.Pattern[str]]] = {
    '"': ('\\"\r\n', re.compile(r'[\\"\r\n]')),
    "'": ("'\r\n", re.compile(r"['\r\n]")),
}
_SPECIAL_PLAIN = ("\r\n", re.compile(r"[\r\n]"))


class _CharMap:
    """Runs where a parsed string and its raw text match one to one."""

    __slots__ = ("value_starts", "raw_starts", "mapped")

    def __init__(self, value_starts: list[int], raw_starts: list[int], mapped: int) -> None:
        self.value_starts = value_starts
        self.raw_starts = raw_starts
        self.mapped = mapped  # characters of the value that have a place

    def raw_index(self, i: int) -> int | None:
        if i < 0 or i >= self.mapped or not self.value_starts:
            return None
        k = bisect.bisect_right(self.value_starts, i) - 1
        return self.raw_starts[k] + (i - self.value_starts[k])


def char_map(text: str, info: NodeInfo, value: str) -> _CharMap | None:
    """Map each character of a parsed string to its offset in the file.

    Walk the parsed value and the raw text of the scalar side by side, a run
    of ordinary characters at a time. A character that is the same in both
    maps one to one. Whitespace in the value (a folded line break, a joined
    line) matches a run of whitespace and indentation in the raw text.
    Escapes (``\\n``, ``\\u00e9``, ``''``) map to where they start. Anything
    else in the raw text (quotes, block headers, indentation) is skipped.
    The map is built once per string and then answers each lookup by bisection.
    """
    if info.style == "*":
        return None
    raw = text[info.start : info.end]
    j = 0
    style = info.style
    if style in ("|", ">"):
        newline = raw.find("\n")
        if newline < 0:
            return None
        j = newline + 1
    elif style in ('"', "'"):
        j = 1
    vs: list[int] = []
    rs: list[int] = []
    i = 0
    n = len(raw)
    m = len(value)
    # Every step moves j forward. The fast path (a whole run of ordinary
    # characters at once) copies the run; its total cost is capped, so a
    # hostile scalar where the runs keep failing to match stays linear.
    budget = 4 * (n + m) + 64
    special, special_rx = _SPECIAL.get(style, _SPECIAL_PLAIN)
    search = special_rx.search
    while i < m and j < n:
        r = raw[j]
        if budget > 0 and r not in special and value[i] == r:
            # A run: from here to the next special character. Where the value
            # differs part way (a trailing space dropped at a line end, a
            # closing quote), map the longest part that is the same.
            found = search(raw, j)
            k = found.start() if found else n
            budget -= k - j
            if not value.startswith(raw[j:k], i):
                lo, hi = 1, k - j - 1  # raw[j] matched, raw[j:k] did not
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if value.startswith(raw[j : j + mid], i):
                        lo = mid
                    else:
                        hi = mid - 1
                k = j + lo
            vs.append(i)
            rs.append(j)
            i += k - j
            j = k
            continue
        c = value[i]
        if style == '"' and r == "\\":
            nxt = raw[j + 1] if j + 1 < n else ""
            if nxt in "\r\n":
                # an escaped line break: no character in the value
                j += 2
                while j < n and raw[j] in " \t\r\n":
                    j += 1
                continue
            vs.append(i)
            rs.append(j)
            step = 2 + _ESCAPE_LEN.get(nxt, 0)
            if nxt == "u" and _PAIR_ESCAPE.match(raw, j):
                step = 12  # a JSON surrogate pair: two escapes, one character
            j += step
            i += 1
            continue
        if style == "'" and r == "'" and j + 1 < n and raw[j + 1] == "'":
            vs.append(i)
            rs.append(j)
            j += 2
            i += 1
            continue
        if c == r:
            vs.append(i)
            rs.append(j)
            i += 1
            j += 1
            continue
        if c in " \n" and r in " \t\r\n":
            vs.append(i)
            rs.append(j)
            i += 1
            j += 1
            if i < m and value[i] not in " \n\t":
                while j < n and raw[j] in " \t\r\n":
                    j += 1
            continue
        j += 1
    return _CharMap(vs, rs, i)


def align(text: str, info: NodeInfo, value: str, span: tuple[int, int], cmap: _CharMap | None = None) -> tuple[int, int] | None:
    """Map character offsets inside a parsed string to offsets in the file."""
    if cmap is None:
        cmap = char_map(text, info, value)
    if cmap is None:
        return None
    start, end = span
    start = max(0, min(start, len(value)))
    end = max(start, min(end, len(value)))
    first = cmap.raw_index(start)
    if first is None:
        return None
    last = cmap.raw_index(max(start, end - 1))
    if last is None:
        last = first
    return info.start + first, info.start + last + 1
