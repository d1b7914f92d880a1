"""``policy-lint check FILE...`` with no option, without click; and what both ways share.

A pre-commit hook runs ``policy-lint check`` on one or a few files, with no
option, so the start-up is most of its time. Loading click (and the modules
it loads: ``inspect``, ``datetime``, ``uuid``, ``platform``, ``gettext``)
costs about 20 ms of a 95 ms run. ``policy_lint.launch`` sends such a
command line here; anything else, and anything this module is not sure to
treat exactly as click would, goes to the click command line
(``policy_lint.cli``) instead:

* an option, ``-`` (standard input) or ``--``, or no file at all;
* a path that exists but cannot be read (click refuses it), or that
  ``os.stat`` cannot take (a NUL byte);
* ``POLICY_LINT_TODAY`` set to something that is not a date (click prints
  the error);
* a standard output or error that is not UTF-8 (click may re-wrap it).

What is left runs the same code as ``cli.check`` with its defaults: the same
options, reporter, colour choice, messages and exit codes, byte for byte
(``tests/test_quickcheck.py`` runs both ways on the same files and
compares). The SIGTERM, Ctrl-C and out-of-memory handling lives here and
``cli`` uses it too. Of policy-lint this module imports only what
``cli.check`` imports, and never click.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Callable, Sequence

__all__ = ["plain_check", "run", "Stopped", "on_sigterm", "guarded", "stopped", "OUT_OF_MEMORY", "today_from_env"]

#: The exit code of a usage, config or internal problem (``cli.EXIT_ERROR``).
_EXIT_ERROR = 2

OUT_OF_MEMORY = "Error: policy-lint ran out of memory. Give it more memory (check ulimit -v), or check fewer files at once."


class Stopped(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C, so temporary files go and workers end."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def on_sigterm(signum: int, frame: Any) -> None:
    raise Stopped(signum)


def _err(text: str) -> None:
    """One line on standard error, as ``click.echo(text, err=True)`` writes it."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def stopped(what: str, code: int, echo: Callable[[str], None] = _err) -> None:
    """End the workers, say that the run stopped, and exit with ``code``."""
    from policy_lint.workers import stop_workers

    stop_workers()
    echo(f"\npolicy-lint stopped before the end ({what}). Files it was writing were left as they were.")
    sys.exit(code)


def guarded(run: Callable[[], Any], echo: Callable[[str], None] = _err) -> Any:
    """Run a command: Ctrl-C exits 130 and SIGTERM 143 (128 + the signal), as shells do, with one line on stderr.

    The exception unwinds first: a report being written is dropped (its
    temporary file removed, the old report kept), and workers are ended.
    Running out of memory outside a file (each file that does not fit is a
    finding, PAR005) prints one line and exits 2.
    """
    try:  # the C module, loaded at every start (``signal`` costs 0.5 ms of start-up)
        import _signal as signal
    except ImportError:  # pragma: no cover - not CPython
        import signal  # type: ignore[no-redef]

    old: Any = None
    if hasattr(signal, "SIGTERM"):
        try:
            old = signal.signal(signal.SIGTERM, on_sigterm)
        except ValueError:  # not the main thread (policy-lint called from a thread)
            pass
    try:
        return run()
    except KeyboardInterrupt:
        stopped("Ctrl-C", 128 + int(signal.SIGINT), echo)
    except Stopped as exc:
        stopped("SIGTERM", 128 + exc.signum, echo)
    except MemoryError:
        echo(OUT_OF_MEMORY)
        sys.exit(_EXIT_ERROR)
    finally:
        if old is not None:  # called in-process (tests, the API): put the caller's handler back
            signal.signal(signal.SIGTERM, old)


def _utf8(stream: Any) -> bool:
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        return False


def _readable_or_absent(path: str) -> bool:
    """What click's ``Path(dir_okay=True)`` lets through: a path that is not there, or one that can be read."""
    try:
        os.stat(path)
    except OSError:
        return True
    except (ValueError, TypeError):
        return False  # a NUL byte: click's own message
    return os.access(path, os.R_OK)


def plain_check(args: Sequence[str]) -> bool:
    """True when ``args`` (after the program name) is ``check`` and paths only, which ``run`` treats as click would."""
    if len(args) < 2 or args[0] != "check":
        return False
    paths = args[1:]
    if any(not isinstance(p, str) or p.startswith("-") for p in paths):
        return False  # an option, standard input (-) or --
    if os.environ.get("POLICY_LINT_TODAY") and today_from_env() is None:
        return False  # not a date: click prints the error
    if not (_utf8(sys.stdout) and _utf8(sys.stderr)):
        return False
    return all(_readable_or_absent(p) for p in paths)


def today_from_env() -> Any:
    """``POLICY_LINT_TODAY`` as a date (None when unset or not a date; ``plain_check`` has refused the latter)."""
    text = os.environ.get("POLICY_LINT_TODAY")
    if not text:
        return None
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def run(paths: Sequence[str]) -> None:
    """``policy-lint check PATHS``, all options at their defaults (see ``cli.check``); exits with the run's code."""
    try:
        guarded(lambda: _check(tuple(paths)))
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        # The reader went away (``policy-lint check x | head -1``): exit 1 quietly, as click does.
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        sys.exit(1)


class _Pacified:
    """A stream whose flush ignores a closed pipe (click's PacifyFlushWrapper), so the exit prints no trace."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


#: Up to this many files (a pre-commit hook's few), the check runs without the cycle collector.
FEW_FILES = 8


def _check(paths: tuple[str, ...]) -> None:
    """The run, with the cycle collector kept out of the start-up (see below); exits with the run's code."""
    import atexit
    import gc

    # Loading the modules, packs and word lists makes tens of thousands of
    # objects and no garbage cycles, yet the collector walks them again and
    # again (about 7 ms of a one-file run), and the interpreter's last full
    # collection at exit walks them once more (about 9 ms) for nothing: the
    # process ends. So the collector is off while the run starts, and at
    # exit everything is frozen, so that the last collection skips it. A run
    # of more than FEW_FILES files turns the collector back on once the
    # files are known, and from there on runs as before: nothing is frozen
    # early, so the workers' own freeze before they fork (workers.py) sees
    # the same objects as it always did.
    atexit.register(gc.freeze)
    enabled = gc.isenabled()
    gc.disable()
    try:
        _run_check(paths, lambda count: _collector_back(enabled, count))
    finally:
        if enabled:
            gc.enable()


def _collector_back(enabled: bool, count: int) -> None:
    """More than FEW_FILES files to check: the collector runs again (if it ran before the check)."""
    import gc

    if enabled and count > FEW_FILES:
        gc.enable()


def _run_check(paths: tuple[str, ...], known: Callable[[int], None]) -> None:
    from policy_lint.errors import PolicyLintError
    from policy_lint.reporters import reporter
    from policy_lint.session import CheckOptions, Session

    # As cli.check gives it when no option is used: every field at its default, but the date
    # (POLICY_LINT_TODAY) and jobs=None (the tool's default, not 1).
    options = CheckOptions(paths=paths, today=today_from_env(), jobs=None)
    fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    use_color = False if os.environ.get("NO_COLOR") else bool(getattr(sys.stdout, "isatty", lambda: False)())
    report = reporter(fmt, color=use_color, hints=True, show_suppressed=False)

    def write(text: str) -> None:
        if text:  # as click.echo(text, nl=False) does: the text, then a flush
            sys.stdout.write(text)
            sys.stdout.flush()

    try:
        session = Session(options)
        known(len(session.targets()))  # the files are found (and their configs read) first in any case
        session.report(report, write)
    except PolicyLintError as exc:
        from policy_lint.reporters.text import safe

        _err("Error: " + "\n".join(safe(line) for line in str(exc).split("\n")))
        sys.exit(_EXIT_ERROR)
    for note in (*session.warnings, *session.notes):
        _err(note)
    sys.exit(session.exit_code())
