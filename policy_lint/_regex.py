"""Compile regular expressions that come from rule packs.

Patterns from a pack are data that a user may write. They are compiled in
one place so that the guard against slow patterns lives in one place too.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compile_user_regex"]


@lru_cache(maxsize=512)
def compile_user_regex(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern from a pack (cached)."""
    return re.compile(pattern, flags)
