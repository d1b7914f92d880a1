"""The check when a pack loads: refuse patterns that can backtrack without end.

A repeat inside a repeat (``(a+)+``, ``(\\w*\\s?)*``), a repeated choice whose
options can match the same text (``(a|ab)+``), a backreference (``\\1``), or a
pattern longer than ``MAX_PATTERN`` characters is refused, with the reason in
plain words.
"""

from __future__ import annotations

import re
from typing import Any

#: The longest pattern a pack may hold, in characters.
MAX_PATTERN = 1000


class UnsafePattern(ValueError):
    """A pattern from a pack that policy-lint refuses to run."""

    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"The pattern {show_pattern(pattern)} cannot be used: {reason}")
        self.pattern = pattern
        self.reason = reason


def show_pattern(pattern: str) -> str:
    from policy_lint.textsafe import escape

    text = escape(pattern if len(pattern) <= 60 else pattern[:57] + "...")
    return f"'{text}'"


def re_parser() -> Any:
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    return sre_parse


def check_user_regex(pattern: str, flags: int = re.IGNORECASE) -> str | None:
    """Return why ``pattern`` is refused, in plain words, or None if it is fine."""
    if not isinstance(pattern, str):
        return "it is not text."
    if len(pattern) > MAX_PATTERN:
        return f"it is {len(pattern):,} characters long, more than the limit of {MAX_PATTERN:,}. Split it into shorter patterns."
    try:
        re.compile(pattern, flags)
    except re.error as exc:
        where = f" at character {exc.pos + 1}" if exc.pos is not None else ""
        return f"it is not a valid regular expression ({exc.msg}{where})."
    except (RecursionError, OverflowError, ValueError):
        return "it is too complex to compile."
    sre_parse = re_parser()
    try:
        tree = sre_parse.parse(pattern, flags)
    except Exception:  # pragma: no cover - compile() succeeded, so parse() does too
        return "it is too complex to check."
    return _walk(list(tree), sre_parse, inside_repeat=False)


def _walk(items: list[Any], sp: Any, *, inside_repeat: bool) -> str | None:
    """Look for the shapes that backtrack without end."""
    c = sp  # opcodes live on the parser module in 3.11 (re._constants)
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT}
    possessive = getattr(c, "POSSESSIVE_REPEAT", None)
    if possessive is not None:
        repeats.add(possessive)
    for op, av in items:
        if op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return "it uses a backreference (such as \\1 or (?P=name)). A backreference can make a search very slow. Write the text out instead."
        if op in repeats:
            low, high, body = av
            body = list(body)
            if high > 1 and inside_repeat and low != high:
                return _NESTED
            if high > 1:
                if _has_variable_repeat(body, c, repeats):
                    return _NESTED
                branch = _overlapping_branch(body, c)
                if branch:
                    return _CHOICE
            found = _walk(body, sp, inside_repeat=inside_repeat or high > 1)
            if found:
                return found
        elif op == c.SUBPATTERN:
            found = _walk(list(av[-1]), sp, inside_repeat=inside_repeat)
            if found:
                return found
        elif op == c.BRANCH:
            for branch in av[1]:
                found = _walk(list(branch), sp, inside_repeat=inside_repeat)
                if found:
                    return found
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found = _walk(list(av[1]), sp, inside_repeat=inside_repeat)
            if found:
                return found
        elif op == getattr(c, "ATOMIC_GROUP", object()):
            found = _walk(list(av), sp, inside_repeat=inside_repeat)
            if found:
                return found
    return None


_NESTED = (
    "it has a repeat inside a repeat, such as (a+)+ or (\\w*\\s?)*. On text that almost matches, "
    "such a pattern can take hours. Write it with one repeat, such as a+ or [\\w\\s]*."
)
_CHOICE = (
    "it repeats a choice whose options can match the same text, such as (a|ab)+. On text that almost matches, "
    "such a pattern can take hours. Make the options start with different letters, or drop the repeat."
)


def _has_variable_repeat(items: list[Any], c: Any, repeats: set[Any]) -> bool:
    for op, av in items:
        if op in repeats:
            low, high, body = av
            if low != high:
                return True
            if _has_variable_repeat(list(body), c, repeats):
                return True
        elif op == c.SUBPATTERN:
            if _has_variable_repeat(list(av[-1]), c, repeats):
                return True
        elif op == c.BRANCH:
            if any(_has_variable_repeat(list(b), c, repeats) for b in av[1]):
                return True
        elif op == getattr(c, "ATOMIC_GROUP", object()):
            if _has_variable_repeat(list(av), c, repeats):
                return True
    return False


def _overlapping_branch(items: list[Any], c: Any) -> bool:
    """True if a repeated body holds a choice whose options may start alike."""
    for op, av in items:
        if op == c.BRANCH:
            firsts: list[set[int] | None] = [_first_chars(list(b), c) for b in av[1]]
            seen: set[int] = set()
            for first in firsts:
                if first is None or first & seen:
                    return True
                seen |= first
            if any(_overlapping_branch(list(b), c) for b in av[1]):
                return True
        elif op == c.SUBPATTERN:
            if _overlapping_branch(list(av[-1]), c):
                return True
    return False


def _first_chars(items: list[Any], c: Any) -> set[int] | None:
    """The characters an option can start with (case folded), or None if any."""
    if not items:
        return None  # an empty option matches with any start
    op, av = items[0]
    if op == c.LITERAL:
        ch = chr(av)
        return {ord(ch.lower()), ord(ch.upper())}
    if op == c.SUBPATTERN:
        return _first_chars(list(av[-1]), c)
    return None
