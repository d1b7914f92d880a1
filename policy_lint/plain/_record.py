"""Small helpers that keep the toolkit cheap to import.

``Record`` is a tiny immutable record type for the toolkit's many small values.

Words, sentences, counts and scores are made by the thousand and their
classes are built at import time, on the path of every ``policy-lint
check``. A frozen dataclass costs about 2 ms to build on a slow machine
(it compiles its methods at import), which adds up against the 30 ms
budget for all plain-language rules. A tuple subclass with named,
read-only fields costs nothing to build and is as immutable, hashable and
comparable as a frozen dataclass. Hits (what the detectors report) stay
frozen dataclasses.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Record", "LazyPattern"]


class Record(tuple):
    """Base class: subclasses set ``_fields``, a ``__new__`` and one read-only property per field."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{type(self).__name__}({inner})"

    def __getnewargs__(self) -> tuple[Any, ...]:
        return tuple(self)


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
