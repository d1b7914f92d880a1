"""A compiled pattern from a pack, run behind the screen, the text bound and the time bound."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from policy_lint.patterns.safety import UnsafePattern, check_user_regex
from policy_lint.patterns.screen import quick_test
from policy_lint.patterns.time_bound import bounded

#: A pattern runs on at most this many characters of one string.
MAX_TEXT = 100_000


_NOT_YET = object()


class UserRegex:
    """A compiled pattern from a pack, run with a text bound and a time bound.

    It offers the parts of ``re.Pattern`` that rules use: ``search``,
    ``match``, ``fullmatch``, ``finditer`` and ``findall``. Run many searches
    inside ``with time_bounds():`` to make the time bound cheap (the signal
    handler is installed once, not once per search).
    """

    __slots__ = ("pattern", "flags", "_rx", "_quick")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._rx = re.compile(pattern, flags)
        self._quick: Any = _NOT_YET  # worked out on first use: many patterns are never run

    def could_match(self, text: str) -> bool:
        """False only if no match can be in ``text`` (it lacks words every match holds)."""
        quick = self._quick
        if quick is _NOT_YET:
            quick = self._quick = quick_test(self.pattern, self.flags)
        return quick is None or not text.isascii() or quick.search(text.lower()) is not None

    def __repr__(self) -> str:
        return f"UserRegex({self.pattern!r})"

    def search(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return bounded(self.pattern, self._rx.search, text[:MAX_TEXT])

    def match(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return bounded(self.pattern, self._rx.match, text[:MAX_TEXT])

    def fullmatch(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return bounded(self.pattern, self._rx.fullmatch, text[:MAX_TEXT])

    def findall(self, text: str) -> list[Any]:
        groups = self._rx.groups
        return [m.group(0) if not groups else (m.groups() if groups > 1 else m.group(1)) for m in self.finditer(text)]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield matches; each step (finding the next match) has its own time bound."""
        if not self.could_match(text):
            return
        it = self._rx.finditer(text[:MAX_TEXT])
        while True:
            match = bounded(self.pattern, next, it, None)
            if match is None:
                return
            yield match


#: Patterns of the shipped built-in packs, added as a pack loads
#: (``packs._check_patterns``). The suite checks every one of them with the
#: default flags (tests/test_packs_shipped.py), so compiling one needs no
#: second check. The check depends only on the pattern and its flags: the
#: same text in a user's pack is just as safe (and its pack's load checks it).
_SHIPPED: set[str] = set()


def trust_shipped(patterns: "Iterator[str] | list[str]") -> None:
    """Remember patterns of a shipped pack: ``compile_user_regex`` need not check them again."""
    _SHIPPED.update(p for p in patterns if isinstance(p, str))


@lru_cache(maxsize=512)
def compile_user_regex(pattern: str, flags: int = re.IGNORECASE) -> UserRegex:
    """Check and compile a pattern from a pack (cached).

    Raises:
        UnsafePattern: the pattern is refused (see ``check_user_regex``).
    """
    if not (flags == re.IGNORECASE and pattern in _SHIPPED):
        reason = check_user_regex(pattern, flags)
        if reason is not None:
            raise UnsafePattern(pattern, reason)
    return UserRegex(pattern, flags)
