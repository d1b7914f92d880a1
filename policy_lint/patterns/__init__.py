"""Compile and run regular expressions that come from rule packs.

Patterns from a pack are data that a user may write, and Python's ``re``
backtracks: a pattern such as ``(a+)+$`` takes longer than the age of the
universe on forty ``a``s. policy-lint keeps such patterns from hanging a run
with three guards, all in this package:

1. **A check when the pack loads** (``safety.check_user_regex``). Patterns that can
   backtrack without end are refused, with the place in the pack and the
   reason: a repeat inside a repeat (``(a+)+``, ``(\\w*\\s?)*``), a repeated
   choice whose options can match the same text (``(a|ab)+``), a
   backreference (``\\1``), a pattern longer than 1,000 characters.
2. **A bound on the text**: a pattern runs on at most ``MAX_TEXT``
   characters of one string.
3. **A time bound** (``time_bound``) of ``TIME_LIMIT`` seconds for each search (up to 1.5
   times that inside ``time_bounds()``), where the platform allows it
   (POSIX, main thread, SIGALRM and ITIMER_REAL not used by someone else). Python's ``re`` checks for signals while it matches, so a timer
   stops even a slow match in the middle. When it fires, the search raises
   ``RegexTimeout`` and the rule reports that it stopped the pattern.

Why not google-re2 (linear time)? It is a compiled dependency (no wheels for
every platform a pre-commit hook runs on), its ``\\w`` and ``\\b`` are ASCII
only, which changes what a pattern means on accented text, and the check
above already refuses the patterns that explode. The time bound covers the
rest (slow, but not exploding, patterns such as ``\\w+x`` on long text).

Besides the guards, ``screen`` reads off a pattern the words every match must
hold, so that a text without any of them is not searched at all. Pack
patterns are compiled and run only through ``compile_user_regex``.
"""

from __future__ import annotations

from policy_lint.patterns.safety import MAX_PATTERN, UnsafePattern, check_user_regex
from policy_lint.patterns.time_bound import TIME_LIMIT, RegexTimeout, time_bounds
from policy_lint.patterns.user_regex import MAX_TEXT, UserRegex, compile_user_regex

__all__ = [
    "MAX_PATTERN",
    "MAX_TEXT",
    "TIME_LIMIT",
    "RegexTimeout",
    "UnsafePattern",
    "UserRegex",
    "check_user_regex",
    "compile_user_regex",
    "time_bounds",
]
