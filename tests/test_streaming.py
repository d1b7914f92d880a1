"""Streaming output and worker processes give the same report as a whole run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import EXAMPLES, CliRun
from policy_files import policy_copies
from policy_lint import workers
from policy_lint.reporters import reporter, render
from policy_lint.session import CheckOptions, Session, check


def _report(options: CheckOptions, fmt: str) -> tuple[str, Session]:
    session = Session(options)
    out: list[str] = []
    session.report(reporter(fmt, hints=True), out.append)
    return "".join(out), session


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_report_equals_render(fmt: str) -> None:
    """A report written file by file is byte for byte the report rendered from the whole result."""
    options = CheckOptions(paths=(str(EXAMPLES),), isolated=True)
    result = check(options)

    streamed, session = _report(options, fmt)

    assert render(fmt, result, hints=True, rules=session.rules, exit_code=session.exit_code()) == streamed


def test_the_session_counts_as_it_goes() -> None:
    """The tally of a streamed run matches the whole run's own counts, and gives the exit code."""
    options = CheckOptions(paths=(str(EXAMPLES),), isolated=True)
    result = check(options)

    _, session = _report(options, "text")

    assert result.counts() == session.tally.counts
    assert len(result.files) == session.tally.files
    assert 1 == session.exit_code()


def test_every_format_streams_and_only_text_crosses_from_workers() -> None:
    """Every reporter writes file by file; SARIF and JUnit take the file's result itself (their piece), others text.

    The text piece also carries the counts of the file's plain-language
    findings and of the others, for the line before the summary.
    """
    from policy_lint.findings import FileResult

    fr = FileResult("a.yaml")
    assert all(isinstance(reporter(fmt).piece(fr), str) for fmt in ("json", "github"))
    assert reporter("text").piece(fr) == ("", (0, 0, 0), 0)
    assert all(reporter(fmt).piece(fr) is fr for fmt in ("sarif", "junit"))


def test_jobs_have_one_meaning() -> None:
    """0 is one process per core, None picks (one for small runs, up to four for large), N is N."""
    assert 1 == workers.jobs_for(None, 10)
    assert 1 <= workers.jobs_for(None, 10_000) <= 4
    assert workers.cores() == workers.jobs_for(0, 10)
    assert 3 == workers.jobs_for(3, 10)


@pytest.fixture()
def many(tmp_path: Path) -> Path:
    """A folder of 80 policies (copies of the examples), enough for workers."""
    return policy_copies(tmp_path, 80, sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".yaml", ".json")))


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_jobs_give_the_same_report(fmt: str, many: Path, run_cli: Callable[..., CliRun]) -> None:
    """Two worker processes print exactly what one process prints, in the same order."""
    one = run_cli("check", str(many), "--isolated", "-f", fmt, "--jobs", "1")
    two = run_cli("check", str(many), "--isolated", "-f", fmt, "--jobs", "2")

    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout


def test_streamed_report_to_a_file(many: Path, tmp_path_factory: pytest.TempPathFactory, run_cli: Callable[..., CliRun]) -> None:
    """-o writes a streamed report whole, and never over a policy being checked."""
    out = tmp_path_factory.mktemp("out") / "report.json"
    run = run_cli("check", str(many), "--isolated", "-f", "json", "-o", str(out), "--jobs", "2")

    data = json.loads(out.read_text(encoding="utf-8"))
    assert 1 == run.exit_code
    assert 80 == data["summary"]["files"] == len(data["files"])
    target = sorted(many.glob("p*.yaml"))[0]
    before = target.read_bytes()
    refused = run_cli("check", str(many), "--isolated", "-o", str(target))
    assert 2 == refused.exit_code
    assert before == target.read_bytes()
    assert not list(many.glob(".*.tmp"))


@pytest.mark.parametrize("jobs", [2, 3, 5])
def test_workers_return_every_file_in_order(jobs: int, many: Path) -> None:
    """Any number of processes gives the same results, file by file, in order."""
    options = CheckOptions(paths=(str(many),), isolated=True)

    one = check(options.replace(jobs=1))
    more = check(options.replace(jobs=jobs))

    assert [fr.path for fr in more.files] == [fr.path for fr in one.files]
    assert more.files == one.files
    assert [fr.metrics for fr in more.files] == [fr.metrics for fr in one.files]


@pytest.mark.parametrize("answered", [0, 1, 3])
def test_a_worker_that_dies_loses_no_file(answered: int, many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When a worker stops (killed, out of memory), the main process lints its chunks."""
    import os
    import pickle

    def dies(conn: object, options: CheckOptions, work: workers.Work, piece: object = None, make: object = None) -> None:
        session = workers._WORKER_SESSION
        for _ in range(answered):
            task = conn.recv()  # type: ignore[attr-defined]
            results = [work(session, p, d) for p, d in task]
            conn.send_bytes(pickle.dumps(results))  # type: ignore[attr-defined]
        conn.recv()  # type: ignore[attr-defined]
        os._exit(3)  # in the middle of a task

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options)
    monkeypatch.setattr(workers, "_worker_main", dies)

    more = check(options.replace(jobs=3))

    assert more.files == one.files


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_text_made_by_workers_counts_and_prints_as_in_one_process(fmt: str, many: Path) -> None:
    """What workers send (each file's text and counts) gives the same pieces and totals as one process."""
    options = CheckOptions(paths=(str(many),), isolated=True)
    one, two = Session(options.replace(jobs=1)), Session(options.replace(jobs=2))
    report = reporter(fmt, hints=True)

    assert list(one.pieces(report.piece)) == list(two.pieces(report.piece))
    assert one.tally == two.tally and two.tally.with_findings > 0


def test_started_workers_give_the_same_results(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where fork is missing (macOS, Windows), workers are started fresh and build their own session."""
    import multiprocessing

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(workers, "_WORKER_SESSION", None)

    session = Session(options.replace(jobs=2))
    got = list(session.pieces(reporter("text", hints=True).piece))

    assert got == [reporter("text", hints=True).piece(fr) for fr in one.files]


@pytest.mark.parametrize("answered", [0, 2])
def test_a_worker_that_stops_answering_loses_no_file(answered: int, many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that hangs (stopped, or locked up) is stopped after _STALL seconds; the main process lints its chunks."""
    import pickle
    import threading
    import time

    def hangs(conn: object, options: CheckOptions, work: workers.Work, piece: object = None, make: object = None) -> None:
        session = workers._WORKER_SESSION
        for _ in range(answered):
            task = conn.recv()  # type: ignore[attr-defined]
            results = [work(session, p, d) for p, d in task]
            conn.send_bytes(pickle.dumps(results))  # type: ignore[attr-defined]
        time.sleep(600)  # never answers again

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options)
    monkeypatch.setattr(workers, "_worker_main", hangs)
    monkeypatch.setattr(workers, "_STALL", 0.5)

    got: list[object] = []
    # In a thread, so that a run that hangs fails this test instead of hanging it.
    runner_thread = threading.Thread(target=lambda: got.append(check(options.replace(jobs=2))), daemon=True)
    runner_thread.start()
    runner_thread.join(timeout=60)

    assert not runner_thread.is_alive(), "the run hung on a worker that stopped answering"
    assert got[0].files == one.files  # type: ignore[attr-defined]
