"""Streaming output and worker processes give the same report as a whole run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable

import pytest

from conftest import EXAMPLES, CliRun
from policy_lint.findings import Tally
from policy_lint.reporters import can_stream, render, stream
from policy_lint.runner import CheckOptions, check, default_jobs


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_stream_equals_render(fmt: str) -> None:
    """A streamed report is byte for byte the report rendered at the end."""
    result = check(CheckOptions(paths=(str(EXAMPLES),), isolated=True))

    whole = render(fmt, result, hints=True)
    pieces = "".join(stream(fmt, iter(result.files), Tally(), fail_on=result.fail_on, hints=True))

    assert whole == pieces


def test_stream_counts_as_it_goes() -> None:
    """The tally of a stream matches the run's own counts."""
    result = check(CheckOptions(paths=(str(EXAMPLES),), isolated=True))
    tally = Tally()

    "".join(stream("text", iter(result.files), tally))

    assert result.counts() == tally.counts
    assert len(result.files) == tally.files


def test_every_format_streams() -> None:
    """SARIF and JUnit stream too: they keep each file's part in a temporary file (tests/hardening: item 9)."""
    assert all(can_stream(fmt) for fmt in ("text", "json", "github", "sarif", "junit"))


def test_default_jobs() -> None:
    """Small runs stay in one process; large runs use up to four."""
    assert 1 == default_jobs(10)
    assert 1 <= default_jobs(10_000) <= 4


@pytest.fixture()
def many(tmp_path: Path) -> Path:
    """A folder of 80 policies (copies of the examples), enough for workers."""
    sources = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".yaml", ".json"))
    for i in range(80):
        src = sources[i % len(sources)]
        shutil.copy(src, tmp_path / f"p{i:03d}{src.suffix}")
    return tmp_path


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

    one = check(options, jobs=1)
    more = check(options, jobs=jobs)

    assert [fr.path for fr in more.files] == [fr.path for fr in one.files]
    assert more.files == one.files
    assert [fr.metrics for fr in more.files] == [fr.metrics for fr in one.files]


@pytest.mark.parametrize("answered", [0, 1, 3])
def test_a_worker_that_dies_loses_no_file(answered: int, many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When a worker stops (killed, out of memory), the main process lints its chunks."""
    import os
    import pickle

    from policy_lint import runner

    def dies(conn: object, options: CheckOptions) -> None:
        session = runner._WORKER_SESSION
        for _ in range(answered):
            task = conn.recv()  # type: ignore[attr-defined]
            results = [session.linter_for(Path(p)).lint_path(p, d) for p, d in task]
            conn.send_bytes(pickle.dumps(results))  # type: ignore[attr-defined]
        conn.recv()  # type: ignore[attr-defined]
        os._exit(3)  # in the middle of a task

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options, jobs=1)
    monkeypatch.setattr(runner, "_worker_main", dies)

    more = check(options, jobs=3)

    assert more.files == one.files


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_a_rendered_file_counts_and_prints_as_its_result(fmt: str) -> None:
    """What a worker sends (text and counts) streams exactly as the result it came from."""
    from policy_lint.findings import Rendered
    from policy_lint.reporters import piece_renderer

    result = check(CheckOptions(paths=(str(EXAMPLES),), isolated=True))
    render = piece_renderer(fmt, hints=True)
    mixed = [Rendered.of(fr, render(fr)) if i % 2 else fr for i, fr in enumerate(result.files)]
    plain_tally, mixed_tally = Tally(), Tally()

    plain = "".join(stream(fmt, iter(result.files), plain_tally, fail_on=result.fail_on, hints=True))
    both = "".join(stream(fmt, iter(mixed), mixed_tally, fail_on=result.fail_on, hints=True))

    assert plain == both
    assert plain_tally == mixed_tally
    assert any(isinstance(fr, Rendered) for fr in mixed) and mixed_tally.with_findings > 0


def test_started_workers_give_the_same_results(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where fork is missing (macOS, Windows), workers are started fresh and build their own session."""
    import multiprocessing

    from policy_lint.findings import Rendered
    from policy_lint.reporters import piece_renderer
    from policy_lint.runner import iter_results, prepare

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options, jobs=1)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])

    session = prepare(options)
    render = piece_renderer("text", hints=True)
    got = list(iter_results(options, session, jobs=2, render=render))

    assert [fr.path for fr in got] == [fr.path for fr in one.files]
    assert any(isinstance(fr, Rendered) for fr in got)  # some came from a worker
    assert "".join(stream("text", iter(got), Tally(), hints=True)) == "".join(stream("text", iter(one.files), Tally(), hints=True))


@pytest.mark.parametrize("answered", [0, 2])
def test_a_worker_that_stops_answering_loses_no_file(answered: int, many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that hangs (stopped, or locked up) is stopped after _STALL seconds; the main process lints its chunks."""
    import pickle
    import threading
    import time

    from policy_lint import runner

    def hangs(conn: object, options: CheckOptions, render: object = None) -> None:
        session = runner._WORKER_SESSION
        for _ in range(answered):
            task = conn.recv()  # type: ignore[attr-defined]
            results = [session.linter_for(Path(p)).lint_path(p, d) for p, d in task]
            conn.send_bytes(pickle.dumps(results))  # type: ignore[attr-defined]
        time.sleep(600)  # never answers again

    options = CheckOptions(paths=(str(many),), isolated=True)
    one = check(options, jobs=1)
    monkeypatch.setattr(runner, "_worker_main", hangs)
    monkeypatch.setattr(runner, "_STALL", 0.5)

    got: list[object] = []
    # In a thread, so that a run that hangs fails this test instead of hanging it.
    runner_thread = threading.Thread(target=lambda: got.append(check(options, jobs=2)), daemon=True)
    runner_thread.start()
    runner_thread.join(timeout=60)

    assert not runner_thread.is_alive(), "the run hung on a worker that stopped answering"
    assert got[0].files == one.files  # type: ignore[attr-defined]
