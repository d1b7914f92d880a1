"""Glue between the command line and the engine: options in, a RunResult out.

Nothing here imports click, so the same path serves the CLI, the public API
and the tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator

from policy_lint.values import Frozen, _set
from policy_lint.findings import FileResult, Rendered, RunResult, Severity

if TYPE_CHECKING:
    from datetime import date

__all__ = ["CheckOptions", "check", "iter_results", "targets", "build_linter", "prepare", "default_jobs"]


class CheckOptions(Frozen):
    """Everything ``policy-lint check`` was asked to do.

    ``select`` to ``today`` are about configuration and suppressions (see
    ``policy_lint.config``); ``today`` is the date an ``until`` is judged
    by (None: today).
    """

    __slots__ = (
        "paths", "pack", "fail_on", "max_bytes", "stdin", "stdin_name", "select", "ignore",
        "config", "isolated", "ignore_suppressions", "baseline", "write_baseline", "today",
        "jurisdiction", "hipaa_covered_entity", "substance_use_program", "extensions",
    )  # fmt: skip
    paths: tuple[str, ...]
    pack: str | None
    fail_on: Severity | None
    max_bytes: int | None
    stdin: bytes | None
    stdin_name: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    config: str | None
    isolated: bool
    ignore_suppressions: bool
    baseline: str | None
    write_baseline: str | None
    today: date | None
    jurisdiction: str | None
    hipaa_covered_entity: bool | None
    substance_use_program: bool | None
    extensions: tuple[str, ...] | None

    def __init__(
        self,
        paths: tuple[str, ...],
        pack: str | None = None,
        fail_on: Severity | None = None,
        max_bytes: int | None = None,
        stdin: bytes | None = None,
        stdin_name: str = "<stdin>",
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        config: str | None = None,
        isolated: bool = False,
        ignore_suppressions: bool = False,
        baseline: str | None = None,
        write_baseline: str | None = None,
        today: date | None = None,
        jurisdiction: str | None = None,
        hipaa_covered_entity: bool | None = None,
        substance_use_program: bool | None = None,
        extensions: tuple[str, ...] | None = None,
    ) -> None:
        _set(self, "paths", paths)
        _set(self, "pack", pack)
        _set(self, "fail_on", fail_on)
        _set(self, "max_bytes", max_bytes)
        _set(self, "stdin", stdin)
        _set(self, "stdin_name", stdin_name)
        _set(self, "select", select)
        _set(self, "ignore", ignore)
        _set(self, "config", config)
        _set(self, "isolated", isolated)
        _set(self, "ignore_suppressions", ignore_suppressions)
        _set(self, "baseline", baseline)
        _set(self, "write_baseline", write_baseline)
        _set(self, "today", today)
        _set(self, "jurisdiction", jurisdiction)
        _set(self, "hipaa_covered_entity", hipaa_covered_entity)
        _set(self, "substance_use_program", substance_use_program)
        _set(self, "extensions", extensions)


def build_linter(options: CheckOptions) -> Any:
    """Load the pack and build a Linter for these options, with the config of the working folder."""
    from policy_lint.config import Resolver

    return Resolver(options).linter_for_folder(".")


def prepare(options: CheckOptions) -> Any:
    """Read the command line's config choices; return a ``policy_lint.config.Resolver``.

    The resolver finds the config of each file and builds one Linter per
    config. Its ``rules`` are every rule that ran, for SARIF or JUnit output.
    """
    from policy_lint.config import Resolver

    return Resolver(options)


def _stdin_result(options: CheckOptions, pick: Any) -> FileResult:
    from pathlib import Path

    data = options.stdin if options.stdin is not None else b""
    name = options.stdin_name
    where = Path(name) if name != "<stdin>" else Path("-")
    is_json = name.lower().endswith(".json") or data.lstrip()[:1] == b"{"
    return pick(where).lint_bytes(data, name, is_json=is_json)  # type: ignore[no-any-return]


def suffixes_for(options: CheckOptions, session: Any = None) -> Callable[[Any], tuple[str, ...]]:
    """The file endings a folder scan picks up: --extensions, else the ``extensions`` of the folder's config, else all it can read."""
    from policy_lint.discover import POLICY_SUFFIXES, parse_extensions

    def pick(folder: Any) -> tuple[str, ...]:
        if options.extensions:
            return parse_extensions(options.extensions)
        if session is not None:
            import os

            config = session.config_for(os.path.join(str(folder), "-"))
            if config is not None and config.get("extensions"):
                return parse_extensions(config.get("extensions"))
        return POLICY_SUFFIXES

    return pick


def targets(options: CheckOptions, session: Any = None) -> list[Any]:
    """The files to lint, each once, sorted by path (standard input first, as "-")."""
    from policy_lint.discover import discover

    found = list(discover((p for p in options.paths if p != "-"), suffixes_for(options, session)))
    found.sort(key=lambda t: t.path.parts)
    return (["-"] if "-" in options.paths else []) + found


#: Below this many files a run stays in one process: starting workers costs more.
PARALLEL_MIN_FILES = 64

#: Files per task sent to a worker.
CHUNK = 8

#: Tasks a worker holds at once (one it works on, two ready behind it, so it
#: never waits while this process lints or prints a chunk of its own).
_PER_WORKER = 3

#: Seconds this process waits for a worker that holds the next chunk, with
#: nothing else to do, before it takes the chunk back: a chunk of 8 files at
#: the size limit takes well under a minute, so a worker this slow is stuck
#: (stopped, or locked up), and its chunks are linted here instead.
_STALL = 300.0

#: At most this many processes per core, whatever --jobs asks: more only
#: compete for the same cores (``-j 1000`` on 16 files took 6.1 s, against
#: 0.12 s with ``-j 1``).
_PER_CORE = 2

# The session a forked worker inherits (set just before the workers start).
_WORKER_SESSION: Any = None

# This process's ends of the pipes of the workers started so far: a forked
# worker closes its copies, so that when this process ends, every worker
# reads the end of its pipe and exits (it is never left behind).
_PARENT_ENDS: list[Any] = []

# The workers now running, so that a stop (Ctrl-C, SIGTERM) can end them at once.
_LIVE: list[Any] = []


def cores() -> int:
    """The cores this process may run on."""
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def stop_workers() -> None:
    """End every worker of this process now (Ctrl-C or SIGTERM): none is left behind."""
    for proc in list(_LIVE):
        try:
            proc.kill()
        except (OSError, ValueError, AttributeError):
            pass
    for proc in list(_LIVE):
        try:
            proc.join(timeout=1)
        except (OSError, ValueError, AssertionError):
            pass
    _LIVE.clear()


def default_jobs(count: int) -> int:
    """Processes for a run of ``count`` files: one for small runs, else up to 4 cores."""
    if count < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(cores(), 4))


def iter_results(
    options: CheckOptions,
    session: Any,
    *,
    jobs: int | None = None,
    linter: Any = None,
    todo: list[Any] | None = None,
    render: Callable[[FileResult], str] | None = None,
) -> Iterator[FileResult | Rendered]:
    """Lint every target and yield each file's result in order, one at a time.

    With ``jobs`` > 1 the files are linted in worker processes and come back
    in the same order. ``jobs`` of None or 0 picks a default from the number
    of files and cores. Results are never all kept, so memory stays flat.
    ``todo`` is the list from ``targets(options)``, when the caller has it.
    With ``render`` (see ``reporters.piece_renderer``), a file linted by a
    worker comes back as a ``Rendered``: its report as text, and its counts.
    """
    pick = (lambda _path: linter) if linter is not None else session.linter_for
    if todo is None:
        todo = targets(options, session)
    for target in todo:  # resolve every config once here, so session.rules is complete
        if target != "-":
            pick(target.path)
    files = [t for t in todo if t != "-"]
    if not jobs:
        jobs = default_jobs(len(files))
    if "-" in todo:
        yield _stdin_result(options, pick)
    if jobs <= 1 or len(files) <= CHUNK or linter is not None or session.needs_one_process:
        for target in files:
            yield pick(target.path).lint_path(target.path, target.display)
        return
    yield from _parallel(options, session, files, jobs, render)


def _worker_main(conn: Any, options: CheckOptions, render: Callable[[FileResult], str] | None = None) -> None:
    """A worker: lint each task (a list of (path, display name)) and send back the pickled results."""
    import pickle
    import signal
    from pathlib import Path

    for end in _PARENT_ENDS:  # the copies a fork made of the main process's ends
        try:
            end.close()
        except OSError:
            pass
    # The main process stops the workers itself (Ctrl-C, SIGTERM): a worker
    # ignores Ctrl-C, which the terminal sends to every process of the group,
    # and dies at once on SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    session = _WORKER_SESSION if _WORKER_SESSION is not None else prepare(options)
    try:
        while True:
            task = conn.recv()
            if task is None:
                break
            results: list[Any] = [session.linter_for(Path(path)).lint_path(path, display) for path, display in task]
            if render is not None:
                results = [Rendered.of(fr, render(fr)) for fr in results]
            conn.send_bytes(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the main process has gone or stopped us: nothing to report to
    finally:
        conn.close()


def _parallel(options: CheckOptions, session: Any, files: list[Any], jobs: int, render: Callable[[FileResult], str] | None) -> Iterator[FileResult | Rendered]:
    """Lint in ``jobs`` processes: this one and ``jobs - 1`` workers.

    The files go out in chunks. This process hands each worker at most
    ``_PER_WORKER`` chunks and, whenever the next chunk in order is not back
    yet, lints a chunk itself instead of waiting, so no process sits idle
    and this one (which also prints) takes only the work it has time for.
    Results come back in file order; at most a few chunks wait ahead, so
    memory stays flat. If a worker dies, this process lints its chunks.
    """
    import gc
    import multiprocessing
    import pickle
    import sys
    from multiprocessing.connection import wait

    global _WORKER_SESSION
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    # No more processes than chunks, nor than a few per core.
    jobs = max(1, min(jobs, len(chunks), _PER_CORE * cores()))
    window = 2 * _PER_WORKER * jobs  # chunks out or waiting, at most

    def lint(k: int) -> list[FileResult]:
        return [session.linter_for(t.path).lint_path(t.path, t.display) for t in chunks[k]]

    # Lint the first chunk here first: a forked worker then starts with every
    # module loaded and every pack compiled, and shares those pages.
    yield from lint(0)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    forked = ctx.get_start_method() == "fork"
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # or a forked worker would write what is left again
    if forked:
        _WORKER_SESSION = session
        gc.collect()
        gc.freeze()  # the workers share these pages instead of copying them
    workers: dict[Any, list[int]] = {}  # connection -> chunks sent to it, in order
    procs: dict[Any, Any] = {}  # connection -> its worker process
    done: dict[int, list[Any]] = {}
    redo: list[int] = []  # chunks of a worker that stopped

    def drop(conn: Any) -> None:
        """This worker stopped (or is stuck): its chunks are linted here."""
        redo.extend(workers.pop(conn))
        redo.sort()
        conn.close()

    try:
        for _ in range(jobs - 1):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker_main, args=(theirs, options, render), daemon=True)
            if forked:
                _PARENT_ENDS[:] = [mine, *workers]
            try:
                proc.start()
            except OSError:  # the system refuses more processes (EAGAIN): go on with fewer
                mine.close()
                theirs.close()
                break
            finally:
                _PARENT_ENDS.clear()
            theirs.close()
            workers[mine] = []
            procs[mine] = proc
            _LIVE.append(proc)
        sent = 1  # chunks handed out (to a worker or to this process)
        for k in range(1, len(chunks)):
            while k not in done:
                # Keep every worker busy, within the window.
                for conn, held in workers.items():
                    while len(held) < _PER_WORKER and sent < len(chunks) and sent < k + window:
                        try:
                            conn.send([(str(t.path), t.display) for t in chunks[sent]])
                        except OSError:
                            break
                        held.append(sent)
                        sent += 1
                ready = wait(list(workers), timeout=0)
                if not ready and k not in done:
                    if redo:
                        j = redo.pop(0)
                    elif k >= sent:
                        j, sent = sent, sent + 1
                    elif sent < len(chunks) and sent < k + window:
                        j, sent = sent, sent + 1  # work ahead rather than wait
                    else:
                        ready = wait(list(workers), timeout=_STALL) if workers else []
                        if not ready and workers:  # no answer for _STALL seconds: stop the worker that holds chunk k
                            stuck = next((conn for conn, held in workers.items() if k in held), next(iter(workers)))
                            procs[stuck].kill()
                            drop(stuck)
                        j = -1
                    if j >= 0:
                        done[j] = lint(j)
                for conn in ready:
                    held = workers[conn]
                    try:
                        done[held.pop(0)] = pickle.loads(conn.recv_bytes())
                    except (EOFError, OSError):
                        drop(conn)
            yield from done.pop(k)
    except BaseException:
        for proc in procs.values():  # stopped (Ctrl-C, SIGTERM, an error): end the workers now
            proc.kill()
        raise
    finally:
        for conn in workers:
            try:
                conn.send(None)
            except OSError:
                pass
            conn.close()
        for proc in procs.values():
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
            if proc in _LIVE:
                _LIVE.remove(proc)
        _WORKER_SESSION = None
        if forked:
            gc.unfreeze()


def check(options: CheckOptions, linter: Any = None, *, session: Any = None, jobs: int | None = 1) -> RunResult:
    """Lint every path (``-`` is standard input) and return the result.

    Each file is linted with the config that applies to it (see
    ``policy_lint.config``). Pass ``session`` (from ``prepare``) when the
    caller also needs the rules that ran. Passing ``linter`` lints every
    file with that one Linter and no config lookup. This keeps every
    result; ``iter_results`` streams them instead.
    """
    session = session if session is not None else prepare(options)
    files = list(iter_results(options, session, jobs=jobs, linter=linter))
    return session.finish(files, linter)  # type: ignore[no-any-return]
