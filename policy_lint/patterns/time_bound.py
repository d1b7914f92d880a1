"""The time bound: stop a search with a pack's pattern that runs too long.

SIGALRM interrupts a match: Python's re checks for signals while it works,
so our handler can raise RegexTimeout in the middle of a slow match. The
timer is used only in the main thread, and only when nobody else has a
SIGALRM handler or a running timer.

Inside ``time_bounds()`` (one rule's loop over a file) a repeating timer
ticks every TIME_LIMIT / 2 seconds, and each search only bumps a counter:
no system call per search. A search that is still the same one after three
ticks has run for at least TIME_LIMIT seconds (at most 1.5 times that), and
is stopped. The timer starts at the first search of the block, so a block
whose texts all fail the quick test costs nothing (and a one-file run does
not even import ``signal``). Outside ``time_bounds()`` each search sets a
one-shot timer.
"""

from __future__ import annotations

import threading
from typing import Any

from policy_lint.patterns.safety import show_pattern

#: Seconds one search may take before it is stopped (where timers work).
TIME_LIMIT = 0.5


class RegexTimeout(RuntimeError):
    """A search with a pattern from a pack took longer than ``TIME_LIMIT``."""

    def __init__(self, pattern: str, seconds: float) -> None:
        super().__init__(f"The pattern {show_pattern(pattern)} took more than {seconds:g} seconds, so policy-lint stopped it.")
        self.pattern = pattern
        self.seconds = seconds


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


def bounded(pattern: str, func: Any, *args: Any) -> Any:
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
