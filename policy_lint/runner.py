"""Glue between the command line and the engine: options in, a RunResult out.

Nothing here imports click, so the same path serves the CLI, the public API
and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Mapping

from policy_lint.findings import FileResult, RunResult, Severity

if TYPE_CHECKING:
    from datetime import date

__all__ = ["CheckOptions", "check", "iter_results", "targets", "build_linter", "prepare", "default_jobs"]


@dataclass(frozen=True)
class CheckOptions:
    """Everything ``policy-lint check`` was asked to do."""

    paths: tuple[str, ...]
    pack: str | None = None
    fail_on: Severity | None = None
    max_bytes: int | None = None
    stdin: bytes | None = None
    stdin_name: str = "<stdin>"
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Configuration and suppressions (see policy_lint.config).
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: str | None = None
    isolated: bool = False
    ignore_suppressions: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    today: date | None = None  # the date 'until' is judged by; None is today


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


def targets(options: CheckOptions) -> list[Any]:
    """The files to lint, each once, sorted by path (standard input first, as "-")."""
    from policy_lint.discover import discover

    found = list(discover(p for p in options.paths if p != "-"))
    found.sort(key=lambda t: t.path.parts)
    return (["-"] if "-" in options.paths else []) + found


#: Below this many files a run stays in one process: starting workers costs more.
PARALLEL_MIN_FILES = 64

# The session a forked worker inherits (set just before the pool starts).
_WORKER_SESSION: Any = None


def _worker_init(options: CheckOptions) -> None:
    """Start a worker: reuse the parent's session if forked, else build one."""
    global _WORKER_SESSION
    if _WORKER_SESSION is None:
        _WORKER_SESSION = prepare(options)


def _worker_lint(jobs: list[tuple[str, str]]) -> list[FileResult]:
    from pathlib import Path

    return [_WORKER_SESSION.linter_for(Path(path)).lint_path(path, display) for path, display in jobs]


def default_jobs(count: int) -> int:
    """Processes for a run of ``count`` files: one for small runs, else up to 4 cores."""
    import os

    if count < PARALLEL_MIN_FILES:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 4))


def iter_results(options: CheckOptions, session: Any, *, jobs: int | None = None, linter: Any = None) -> Iterator[FileResult]:
    """Lint every target and yield each file's result in order, one at a time.

    With ``jobs`` > 1 the files are linted in worker processes and come back
    in the same order. ``jobs`` of None or 0 picks a default from the number
    of files and cores. Results are never all kept, so memory stays flat.
    """
    pick = (lambda _path: linter) if linter is not None else session.linter_for
    todo = targets(options)
    for target in todo:  # resolve every config once here, so session.rules is complete
        if target != "-":
            pick(target.path)
    files = [t for t in todo if t != "-"]
    if not jobs:
        jobs = default_jobs(len(files))
    if "-" in todo:
        yield _stdin_result(options, pick)
    if jobs <= 1 or len(files) < 2 or linter is not None or session.needs_one_process:
        for target in files:
            yield pick(target.path).lint_path(target.path, target.display)
        return
    yield from _parallel(options, session, files, jobs)


#: Files per task sent to a worker.
CHUNK = 8


def _parallel(options: CheckOptions, session: Any, files: list[Any], jobs: int) -> Iterator[FileResult]:
    """Lint in ``jobs`` processes: this one and ``jobs - 1`` workers.

    The files go in chunks, in turn: this process lints every ``jobs``-th
    chunk itself while the workers lint the others. Results come back in
    file order. At most a few chunks wait ahead, so memory stays flat, and
    no process sits idle waiting for the others.
    """
    import gc
    import multiprocessing
    import threading

    global _WORKER_SESSION
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if ctx.get_start_method() == "fork":
        _WORKER_SESSION = session
        gc.collect()
        gc.freeze()  # the workers share these pages instead of copying them
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    ahead = threading.BoundedSemaphore(2 * jobs)

    def mine(k: int) -> bool:
        return k % jobs == 0

    def feed() -> Iterator[list[tuple[str, str]]]:
        for k, chunk in enumerate(chunks):
            if not mine(k):
                ahead.acquire()
                yield [(str(t.path), t.display) for t in chunk]

    try:
        with ctx.Pool(jobs - 1, initializer=_worker_init, initargs=(options,)) as pool:
            results = pool.imap(_worker_lint, feed())
            for k, chunk in enumerate(chunks):
                if mine(k):
                    for t in chunk:
                        yield session.linter_for(t.path).lint_path(t.path, t.display)
                else:
                    done = next(results)
                    ahead.release()
                    yield from done
    finally:
        _WORKER_SESSION = None
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
