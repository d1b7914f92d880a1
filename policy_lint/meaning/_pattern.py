"""Regular expressions compiled the first time they are used, not when their module is imported.

Compiling a pattern costs about 0.1 to 1 ms, and a fresh process compiles
each one again. Most of the reader's patterns serve a rare wording ("(CPS)"
defined as another name, "(1)" before a list item, a label's colon), so a
one-file run that never meets it should not pay for it (issue 13).
``lazy(...)`` stands for ``re.compile(...)``: the same methods, the same
results, with no ``.get()`` at each call site (``plain.lazy.LazyPattern`` asks for
one, and the plain-language toolkit imports nothing of ``meaning``).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]


class _Lazy:
    """A pattern compiled on its first use: each method looked up is then kept on the object, so later
    uses cost a plain attribute look-up."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(re.compile(*self._source), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """``re.compile(pattern, flags)``, compiled the first time one of its methods is used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
