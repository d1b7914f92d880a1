"""A regular expression compiled on first use, to keep the toolkit cheap to import."""

from __future__ import annotations

import re

__all__ = ["LazyPattern"]


class LazyPattern:
    """A regular expression compiled on first use.

    Compiling costs up to a millisecond a pattern on a slow machine; patterns
    that most policies never need (web addresses, "a.m.", acronym
    definitions) wait until a text needs them.
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled
