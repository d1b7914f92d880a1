"""Worker processes: lint the files of a run in several processes, in order.

``Session`` calls ``in_parallel`` when a run has enough files and ``jobs``
allows it. The main process lints the first chunk itself, then forks the
workers (they start with every module loaded and every pack compiled) and
hands each one chunks of files; it lints a chunk itself whenever the next
result in order is not back yet. Results come back in file order, pickled
(``FileResult.__reduce__``), or as ``(text, counts)`` when the report is
printed file by file. A worker that dies, or that does not answer for
``_STALL`` seconds while the main process waits for it, has its chunks
linted by the main process.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterator

from policy_lint.findings import FileResult, counts_of

__all__ = ["CHUNK", "PARALLEL_MIN_FILES", "cores", "default_jobs", "jobs_for", "do", "in_parallel", "stop_workers"]

#: What to do with one file: (session, path, display name) -> its result.
Work = Callable[[Any, str, str], Any]
#: One file's report text, made where the file was linted.
Piece = Callable[[FileResult], str]

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


def jobs_for(jobs: int | None, count: int) -> int:
    """The processes for ``count`` files: ``jobs``; 0 is one per core, None picks (``default_jobs``)."""
    if jobs is None:
        return default_jobs(count)
    if jobs == 0:
        return cores()
    return jobs


def do(session: Any, work: Work, piece: Piece | None, path: str, name: str) -> Any:
    """Do the work for one file here; with ``piece``, give ``(text, counts)``."""
    result = work(session, path, name)
    if piece is None:
        return result
    return piece(result), counts_of(result)


def _worker_main(conn: Any, options: Any, work: Work, piece: Piece | None = None, make_session: Callable[[Any], Any] | None = None) -> None:
    """A worker: do each task (a list of (path, display name)) and send back the pickled results."""
    import pickle
    import signal

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
    session = _WORKER_SESSION
    if session is None and make_session is not None:  # started, not forked: build the session again
        session = make_session(options)
    try:
        while True:
            task = conn.recv()
            if task is None:
                break
            results = [do(session, work, piece, path, display) for path, display in task]
            conn.send_bytes(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the main process has gone or stopped us: nothing to report to
    finally:
        conn.close()


def in_parallel(session: Any, tasks: list[tuple[str, str]], jobs: int, work: Work, piece: Piece | None) -> Iterator[Any]:
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
    chunks = [tasks[i : i + CHUNK] for i in range(0, len(tasks), CHUNK)]
    # No more processes than chunks, nor than a few per core.
    jobs = max(1, min(jobs, len(chunks), _PER_CORE * cores()))
    window = 2 * _PER_WORKER * jobs  # chunks out or waiting, at most

    def lint(k: int) -> list[Any]:
        return [do(session, work, piece, path, name) for path, name in chunks[k]]

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
            proc = ctx.Process(target=_worker_main, args=(theirs, session.options, work, piece, type(session)), daemon=True)
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
                            conn.send(chunks[sent])
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
