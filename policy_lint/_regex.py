"""Compile and run regular expressions that come from rule packs.

Patterns from a pack are data that a user may write, and Python's ``re``
backtracks: a pattern such as ``(a+)+$`` takes longer than the age of the
universe on forty ``a``s. policy-lint keeps such patterns from hanging a run
with three guards, all in this one module:

1. **A check when the pack loads** (``check_user_regex``). Patterns that can
   backtrack without end are refused, with the place in the pack and the
   reason: a repeat inside a repeat (``(a+)+``, ``(\\w*\\s?)*``), a repeated
   choice whose options can match the same text (``(a|ab)+``), a
   backreference (``\\1``), a pattern longer than 1,000 characters.
2. **A bound on the text**: a pattern runs on at most ``MAX_TEXT``
   characters of one string.
3. **A time bound** of ``TIME_LIMIT`` seconds for each search (up to 1.5
   times that inside ``time_bounds()``), where the platform allows it
   (POSIX, main thread, SIGALRM and ITIMER_REAL not used by someone else). Python's ``re`` checks for signals while it matches, so a timer
   stops even a slow match in the middle. When it fires, the search raises
   ``RegexTimeout`` and the rule reports that it stopped the pattern.

Why not google-re2 (linear time)? It is a compiled dependency (no wheels for
every platform a pre-commit hook runs on), its ``\\w`` and ``\\b`` are ASCII
only, which changes what a pattern means on accented text, and the check
above already refuses the patterns that explode. The time bound covers the
rest (slow, but not exploding, patterns such as ``\\w+x`` on long text).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, Iterator

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

#: The longest pattern a pack may hold, in characters.
MAX_PATTERN = 1000
#: A pattern runs on at most this many characters of one string.
MAX_TEXT = 100_000
#: Seconds one search may take before it is stopped (where timers work).
TIME_LIMIT = 0.5


class UnsafePattern(ValueError):
    """A pattern from a pack that policy-lint refuses to run."""

    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"The pattern {_show(pattern)} cannot be used: {reason}")
        self.pattern = pattern
        self.reason = reason


class RegexTimeout(RuntimeError):
    """A search with a pattern from a pack took longer than ``TIME_LIMIT``."""

    def __init__(self, pattern: str, seconds: float) -> None:
        super().__init__(f"The pattern {_show(pattern)} took more than {seconds:g} seconds, so policy-lint stopped it.")
        self.pattern = pattern
        self.seconds = seconds


def _show(pattern: str) -> str:
    text = pattern if len(pattern) <= 60 else pattern[:57] + "..."
    from policy_lint.textsafe import escape

    text = escape(text)
    return f"'{text}'"


# -- the check at load time ------------------------------------------------


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
    sre_parse = _parser()
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


# -- a quick test before the search ---------------------------------------------
#
# Most texts hold nothing a pattern looks for, and ``re`` is slow to prove it
# for a pattern such as ``\b(?:TODO|TBD)\b`` under IGNORECASE: it can skip
# ahead only to a fixed, case-exact first character. But every match of that
# pattern holds "todo" or "tbd" (in any case). So we read off the pattern the
# words that every match must hold, and look for them first, in the text in
# lower case, with one search that ``re`` runs fast (plain words, no case
# rules). A text without any of them cannot match, so the real search is
# skipped. This is only used when the text and the words are all ASCII, where
# ``str.lower`` and ``re.IGNORECASE`` agree letter for letter.

_MAX_WORDS = 64  # more ways to spell one piece than this: stop and keep what we have


def _parser() -> Any:
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    return sre_parse


def _exact(item: tuple[Any, Any], c: Any) -> frozenset[str] | None:
    """All the texts one parsed item can match, if it matches only fixed text."""
    op, av = item
    if op == c.LITERAL:
        return frozenset({chr(av)})
    if op == c.SUBPATTERN:
        return _exact_seq(list(av[-1]), c)
    if op == c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            texts = _exact_seq(list(branch), c)
            if texts is None:
                return None
            out |= texts
        return frozenset(out) if len(out) <= _MAX_WORDS else None
    return None


def _joined(first: frozenset[str], then: frozenset[str]) -> frozenset[str] | None:
    """Every text of ``first`` followed by every text of ``then``; None if more than ``_MAX_WORDS``."""
    if len(first) * len(then) > _MAX_WORDS:
        return None
    return frozenset(a + b for a in first for b in then)


def _exact_seq(items: list[Any], c: Any) -> frozenset[str] | None:
    texts: frozenset[str] | None = frozenset({""})
    for item in items:
        more = _exact(item, c)
        if more is None or texts is None:
            return None
        texts = _joined(texts, more)
    return texts


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two word sets that each must occur, the one that rules out more texts."""
    if not b or "" in b:
        return a
    if not a:
        return b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _needed(items: list[Any], c: Any) -> frozenset[str] | None:
    """Words one of which every match of ``items`` holds, or None if we cannot tell."""
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
    best: frozenset[str] | None = None
    run: frozenset[str] | None = None  # the fixed texts of the stretch just read
    for op, av in items:
        texts = _exact((op, av), c)
        if texts is not None:
            joined = None if run is None else _joined(run, texts)
            if joined is None:
                best = _better(best, run)
                joined = texts
            run = joined
            continue
        best, run = _better(best, run), None
        if op == c.SUBPATTERN:
            best = _better(best, _needed(list(av[-1]), c))
        elif op == c.BRANCH:
            options = [_needed(list(branch), c) for branch in av[1]]
            if all(options):
                union = frozenset().union(*options)  # type: ignore[arg-type]
                if len(union) <= _MAX_WORDS:
                    best = _better(best, union)
        elif op in repeats and av[0] >= 1:
            best = _better(best, _needed(list(av[2]), c))
    return _better(best, run)


def needed_words(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-case ASCII words one of which every match of ``pattern`` holds.

    None when the pattern does not show such words (it can match text of any
    letters) or when they are not all ASCII.
    """
    sp = _parser()
    try:
        words = _needed(list(sp.parse(pattern, flags)), sp)
    except Exception:  # noqa: BLE001 - an unknown shape only means no quick test
        return None
    if not words or not all(w.isascii() for w in words):
        return None
    return frozenset(w.lower() for w in words)


def _quick_test(pattern: str, flags: int) -> re.Pattern[str] | None:
    words = needed_words(pattern, flags)
    if words is None:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


# -- running a pattern ---------------------------------------------------------

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
            quick = self._quick = _quick_test(self.pattern, self.flags)
        return quick is None or not text.isascii() or quick.search(text.lower()) is not None

    def __repr__(self) -> str:
        return f"UserRegex({self.pattern!r})"

    def search(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return _bounded(self.pattern, self._rx.search, text[:MAX_TEXT])

    def match(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return _bounded(self.pattern, self._rx.match, text[:MAX_TEXT])

    def fullmatch(self, text: str) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return _bounded(self.pattern, self._rx.fullmatch, text[:MAX_TEXT])

    def findall(self, text: str) -> list[Any]:
        groups = self._rx.groups
        return [m.group(0) if not groups else (m.groups() if groups > 1 else m.group(1)) for m in self.finditer(text)]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield matches; each step (finding the next match) has its own time bound."""
        if not self.could_match(text):
            return
        it = self._rx.finditer(text[:MAX_TEXT])
        while True:
            match = _bounded(self.pattern, next, it, None)
            if match is None:
                return
            yield match


@lru_cache(maxsize=512)
def compile_user_regex(pattern: str, flags: int = re.IGNORECASE) -> UserRegex:
    """Check and compile a pattern from a pack (cached).

    Raises:
        UnsafePattern: the pattern is refused (see ``check_user_regex``).
    """
    reason = check_user_regex(pattern, flags)
    if reason is not None:
        raise UnsafePattern(pattern, reason)
    return UserRegex(pattern, flags)


# -- the time bound --------------------------------------------------------------
#
# SIGALRM interrupts a match: Python's re checks for signals while it works,
# so our handler can raise RegexTimeout in the middle of a slow match. The
# timer is used only in the main thread, and only when nobody else has a
# SIGALRM handler or a running timer.
#
# Inside ``time_bounds()`` (one rule's loop over a file) a repeating timer
# ticks every TIME_LIMIT / 2 seconds, and each search only bumps a counter:
# no system call per search. A search that is still the same one after three
# ticks has run for at least TIME_LIMIT seconds (at most 1.5 times that), and
# is stopped. The timer starts at the first search of the block, so a block
# whose texts all fail the quick test costs nothing (and a one-file run does
# not even import ``signal``). Outside ``time_bounds()`` each search sets a
# one-shot timer.


class _State:
    session = 0  # depth of time_bounds() blocks
    ticking = False  # our handler and repeating timer are installed
    untimed = False  # this block found no timer to use: its searches run without one
    previous: Any = None  # the SIGALRM handler to put back when the block ends
    armed = False  # a search is running
    call = 0  # which search is running
    seen = -1  # the search the last tick saw
    strikes = 0  # how many ticks in a row saw it
    pattern = ""


_STATE = _State()


def _on_tick(signum: int, frame: Any) -> None:
    state = _STATE
    if not state.armed:
        state.seen, state.strikes = -1, 0
        return
    if state.call == state.seen:
        state.strikes += 1
    else:
        state.seen, state.strikes = state.call, 1
    if state.strikes >= 3:
        state.armed = False
        state.seen, state.strikes = -1, 0
        raise RegexTimeout(state.pattern, TIME_LIMIT)


def _on_alarm(signum: int, frame: Any) -> None:
    if _STATE.armed:
        _STATE.armed = False
        raise RegexTimeout(_STATE.pattern, TIME_LIMIT)


def _can_time() -> bool:
    import signal

    if TIME_LIMIT <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    try:
        if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN, None):
            return False  # someone else uses SIGALRM; leave it alone
        return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    except (ValueError, OSError):  # pragma: no cover
        return False


class time_bounds:  # noqa: N801 - used as a function: ``with time_bounds():``
    """Time every search in this block, with one repeating timer for all of them.

    The timer starts at the first search in the block and stops when the
    outermost block ends.
    """

    __slots__ = ()

    def __enter__(self) -> None:
        _STATE.session += 1

    def __exit__(self, *exc: object) -> None:
        state = _STATE
        state.session -= 1
        if state.session <= 0:
            state.session = 0
            state.untimed = False
            if state.ticking:
                _stop_ticking(state)


def _start_ticking(state: _State) -> bool:
    """Install our handler and the repeating timer; False (for this block) if we may not."""
    if not _can_time():
        state.untimed = True
        return False
    import signal

    state.previous = signal.signal(signal.SIGALRM, _on_tick)
    state.ticking = True
    state.seen, state.strikes = -1, 0
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT / 2, TIME_LIMIT / 2)
    return True


def _stop_ticking(state: _State) -> None:
    import signal

    state.armed = False
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, state.previous)
    state.previous = None
    state.ticking = False


def _bounded(pattern: str, func: Any, *args: Any) -> Any:
    """Call ``func(*args)`` with the time bound, where one can be set."""
    state = _STATE
    if state.armed or threading.current_thread() is not threading.main_thread():
        return func(*args)
    if not state.ticking:
        if not state.session:
            return _one_shot(pattern, func, *args)
        if state.untimed or not _start_ticking(state):
            return func(*args)
    state.call += 1
    state.pattern = pattern
    state.armed = True
    try:
        return func(*args)
    finally:
        state.armed = False


def _one_shot(pattern: str, func: Any, *args: Any) -> Any:
    """Call ``func(*args)`` with a timer of its own (a search outside ``time_bounds()``)."""
    if not _can_time():
        return func(*args)
    import signal

    state = _STATE
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    state.pattern = pattern
    state.armed = True
    try:
        signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT)
        return func(*args)
    finally:
        state.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
