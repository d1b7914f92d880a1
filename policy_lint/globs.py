"""File patterns of config files (``per_file_ignores``, ``suppressions[].path``), matched without backtracking.

A pattern is matched against a path relative to the config's folder, with
forward slashes, one folder name (segment) at a time:

* ``**`` as a whole segment matches any number of folders (none too); at
  the end (``legacy/**``) it matches everything inside the folder;
* ``*`` matches any run of characters inside one name, ``?`` one character;
  other runs of stars count as one ``*``, as in ``.gitignore``;
* ``[abc]``, ``[a-z]``, ``[!a-z]`` (or ``[^a-z]``) and the POSIX classes
  ``[[:alpha:]]``, ``[[:digit:]]``, ... match one character;
* a pattern without a slash matches a file name in any folder;
* a pattern that matches a folder matches every file below it.

Why not a regular expression? A translated pattern such as ``*a*a*a*a*b``
makes Python's ``re`` backtrack: with a 200-character name it ran for more
than a minute. Here one name is matched with the classic two-pointer
wildcard walk (it goes back only to the last ``*``, so the time is at most
the product of the two lengths), and the segments with a table of the
places reached, so the time of a match is bounded by the lengths of the
pattern and of the path, whatever they hold. A pattern that cannot mean
anything (``[z-a]``, an unknown class) is refused when the config is read.
"""

from __future__ import annotations

__all__ = ["Glob", "GlobError", "compile_glob"]


class GlobError(ValueError):
    """A pattern that cannot be matched; the message says why, in plain words."""


_CLASSES = {
    "alpha": str.isalpha,
    "digit": lambda c: c in "0123456789",
    "alnum": str.isalnum,
    "upper": str.isupper,
    "lower": str.islower,
    "space": str.isspace,
    "punct": lambda c: c.isprintable() and not c.isalnum() and not c.isspace(),
    "xdigit": lambda c: c in "0123456789abcdefABCDEF",
}

# A token of one segment: a character (str of length 1), "?" as ANY, "*" as STAR, or a _Set.
_ANY = object()
_STAR = object()


class _Set:
    __slots__ = ("negate", "chars", "ranges", "classes")

    def __init__(self, negate: bool, chars: str, ranges: list[tuple[str, str]], classes: list[str]) -> None:
        self.negate = negate
        self.chars = chars
        self.ranges = ranges
        self.classes = classes

    def matches(self, c: str) -> bool:
        hit = c in self.chars or any(lo <= c <= hi for lo, hi in self.ranges) or any(_CLASSES[k](c) for k in self.classes)
        return hit != self.negate


def _parse_set(seg: str, i: int, pattern: str) -> tuple[_Set, int] | None:
    """Read ``[...]`` starting at ``seg[i] == "["``; None when it does not close (then ``[`` is a character)."""
    j = i + 1
    negate = j < len(seg) and seg[j] in "!^"
    if negate:
        j += 1
    chars: list[str] = []
    ranges: list[tuple[str, str]] = []
    classes: list[str] = []
    first = True
    while j < len(seg):
        c = seg[j]
        if c == "]" and not first:
            return _Set(negate, "".join(chars), ranges, classes), j + 1
        first = False
        if seg.startswith("[:", j):
            end = seg.find(":]", j + 2)
            if end != -1:
                name = seg[j + 2 : end]
                if name not in _CLASSES:
                    raise GlobError(f"the pattern {pattern!r} uses [:{name}:], a class policy-lint does not know. Use one of: {', '.join(f'[:{k}:]' for k in _CLASSES)}.")
                classes.append(name)
                j = end + 2
                continue
        if j + 2 < len(seg) and seg[j + 1] == "-" and seg[j + 2] != "]":
            lo, hi = c, seg[j + 2]
            if lo > hi:
                raise GlobError(f"the pattern {pattern!r} has the range {lo}-{hi}, which goes backwards. Write it as {hi}-{lo}.")
            ranges.append((lo, hi))
            j += 3
            continue
        chars.append(c)
        j += 1
    return None


def _tokens(seg: str, pattern: str) -> list[object]:
    out: list[object] = []
    i = 0
    while i < len(seg):
        c = seg[i]
        if c == "*":
            if not out or out[-1] is not _STAR:  # a run of stars is one star
                out.append(_STAR)
            i += 1
        elif c == "?":
            out.append(_ANY)
            i += 1
        elif c == "[":
            parsed = _parse_set(seg, i, pattern)
            if parsed is None:
                out.append(c)
                i += 1
            else:
                out.append(parsed[0])
                i = parsed[1]
        else:
            out.append(c)
            i += 1
    return out


def _one(token: object, c: str) -> bool:
    if token is _ANY:
        return True
    if isinstance(token, _Set):
        return token.matches(c)
    return token == c


def _match_name(tokens: list[object], name: str) -> bool:
    """Match one folder or file name: the two-pointer wildcard walk (no backtracking past the last star)."""
    t = n = 0
    star_t, star_n = -1, 0
    while n < len(name):
        if t < len(tokens) and tokens[t] is not _STAR and _one(tokens[t], name[n]):
            t += 1
            n += 1
        elif t < len(tokens) and tokens[t] is _STAR:
            star_t, star_n = t, n
            t += 1
        elif star_t >= 0:
            star_n += 1
            n = star_n
            t = star_t + 1
        else:
            return False
    while t < len(tokens) and tokens[t] is _STAR:
        t += 1
    return t == len(tokens)


class Glob:
    """A compiled file pattern. ``fullmatch(path)`` is true when the pattern matches the path."""

    __slots__ = ("pattern", "anchored", "segments")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        p = pattern.replace("\\", "/")
        while p.startswith("./"):
            p = p[2:]
        self.anchored = "/" in p.rstrip("/")
        p = p.strip("/")
        # None stands for a ``**`` segment.
        self.segments: list[list[object] | None] = [None if seg == "**" else _tokens(seg, pattern) for seg in p.split("/")]

    def fullmatch(self, path: str) -> bool:
        """True when the pattern matches ``path`` (relative, forward slashes), or a folder above it."""
        names = path.split("/")
        count = len(names)
        # The places (indexes into names) a match of the segments so far can reach.
        reach = {0} if self.anchored else set(range(count))
        last = len(self.segments) - 1
        for k, seg in enumerate(self.segments):
            if not reach:
                return False
            if seg is None:
                # ``a/**/b``: any number of folders, none too; a final ``a/**``:
                # at least one name, so it matches what is inside a, not a itself.
                start = min(reach) + (1 if k == last and k > 0 else 0)
                reach = set(range(start, count + 1))
            else:
                reach = {i + 1 for i in reach if i < count and _match_name(seg, names[i])}
        return bool(reach)

    def __repr__(self) -> str:
        return f"Glob({self.pattern!r})"


_CACHE: dict[str, Glob] = {}


def compile_glob(pattern: str) -> Glob:
    """Compile a pattern (cached).

    Raises:
        GlobError: the pattern holds a range that goes backwards or an unknown class.
    """
    glob = _CACHE.get(pattern)
    if glob is None:
        glob = Glob(pattern)
        if len(_CACHE) < 4096:
            _CACHE[pattern] = glob
    return glob
