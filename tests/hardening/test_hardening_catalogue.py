"""Every broken or hostile input in the catalogue gets a clear finding, fast.

For each case, policy-lint runs on the case *and* a good policy, in text and
in JSON. The test checks: the exit code; the one line for the case
(``file:line:col: severity ID message``, with the hint under it); that the
good policy was linted too; that nothing crashed (no traceback, no PL000);
that the text output holds no raw control characters; and that the run
ended within ``HANG_LIMIT`` seconds.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from hardening_cases import CASES, GOOD_YAML, HANG_LIMIT, Built, Case, load_json, shown_in_json
from policy_lint.reporters.text import safe

_RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _can(need: str | None, tmp_path: Path) -> str | None:
    """Why this case cannot run here (None if it can)."""
    if need is None:
        return None
    if need == "fifo" and not hasattr(os, "mkfifo"):
        return "this system has no named pipes"
    if need == "symlink":
        try:
            os.symlink(tmp_path, tmp_path / ".probe-link")
        except (OSError, NotImplementedError):
            return "this system does not let us make symbolic links"
    if need == "bytes-names" and (sys.platform == "win32" or sys.platform == "darwin"):
        return "file names here must be valid Unicode"
    if need == "chmod":
        if not hasattr(os, "geteuid"):
            return "no POSIX permissions here"
        probe = tmp_path / ".probe-perm"
        probe.write_text("x")
        probe.chmod(0)
        try:
            with open(probe, "rb"):
                pass
        except PermissionError:
            return None
        finally:
            probe.chmod(0o600)
        return (
            "chmod 000 does not stop reads here (running as root, as in CI); "
            "the '-simulated' case checks the same message with a denied open"
        )
    return None


def _unblock_fifo(path: str, stop: threading.Event) -> None:
    """If a regression ever opens the pipe for a blocking read, give it EOF after a while."""
    deadline = time.monotonic() + HANG_LIMIT + 1
    while not stop.is_set():
        if time.monotonic() > deadline:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                stop.wait(0.05)
                continue
            os.close(fd)
            return
        stop.wait(0.05)


def _deny(monkeypatch: pytest.MonkeyPatch, target: str, *, folder: bool) -> None:
    """Make the operating system refuse ``target``, as chmod 000 would for a normal user."""
    target_real = os.path.realpath(target)
    if folder:
        real_scandir = os.scandir

        def scandir(path: Any = ".") -> Any:
            if os.path.realpath(os.fspath(path)) == target_real:
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        real_open = os.open

        def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if os.path.realpath(os.fspath(path)) == target_real:
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", fake_open)


@pytest.fixture()
def good_policy(tmp_path: Path) -> Path:
    path = tmp_path / "good-policy.yaml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, tmp_path: Path, good_policy: Path, run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    reason = _can(case.needs, tmp_path)
    if reason:
        pytest.skip(reason)
    work = tmp_path / "case"
    work.mkdir()
    built: Built = case.build(work)
    shown = shown_in_json(built)
    if "deny-open" in case.tags:
        _deny(monkeypatch, built.shown, folder=False)
    if "deny-folder" in case.tags:
        shown = str(Path(built.args[0]))
        _deny(monkeypatch, shown, folder=True)
    if "no-exec" in case.tags:
        monkeypatch.chdir(work)
        calls: list[str] = []
        monkeypatch.setattr(os, "system", lambda *a, **k: calls.append("os.system") or 0)
        import subprocess

        monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append("Popen"))
    stop = threading.Event()
    if case.needs == "fifo":
        threading.Thread(target=_unblock_fifo, args=(built.shown, stop), daemon=True).start()

    args = [*case.args, str(good_policy), *built.args]
    try:
        start = time.perf_counter()
        text_run = run_cli("check", "--no-color", *args, input=built.stdin)
        json_run = run_cli("check", "-f", "json", *args, input=built.stdin)
        elapsed = time.perf_counter() - start
    finally:
        stop.set()

    # Nothing crashed, and the exit code is right.
    for run in (text_run, json_run):
        assert "Traceback" not in run.stdout + run.stderr
        assert "PL000" not in run.stdout
        assert run.exit_code == case.exit_code, run.stdout + run.stderr
    assert elapsed < 2 * HANG_LIMIT, f"two runs took {elapsed:.1f} s: does something hang or crawl?"

    # The good policy in the same run was linted, and is clean.
    data = load_json(json_run.stdout)
    by_path = {f["path"]: f for f in data["files"]}  # type: ignore[index]
    assert str(good_policy) in by_path, "the good policy was not linted"
    assert by_path[str(good_policy)]["findings"] == []

    # The finding for the case, in JSON.
    assert shown in by_path, f"{shown!r} was not reported; files: {list(by_path)}"
    findings = by_path[shown]["findings"]
    if "once" in case.tags:
        assert list(by_path).count(shown) == 1
    if case.rule is None:
        par = [f for f in findings if f["rule"].startswith("PAR")]
        assert par == [], par
        assert findings == [], findings
        return
    # JSON keeps the user's text as it is (JSON escapes it); compare it as text output shows it.
    hits = [f for f in findings if f["rule"] == case.rule and case.fragment in safe(f["message"])]
    assert hits, f"no {case.rule} with {case.fragment!r}; got {[(f['rule'], f['message']) for f in findings]}"
    hit = hits[0]
    assert (hit["line"], hit["column"]) == (case.line, case.col)
    assert hit["severity"] == case.severity
    if case.hint:
        assert case.hint in (hit["hint"] or ""), hit["hint"]
    if case.rule.startswith("PAR"):
        assert hit["hint"], "a PAR finding must say what to do"

    # The same finding as one line of text, with its hint below it.
    # A Word or PDF file has no lines: a finding about the whole file says so.
    where = f"{case.line}:{case.col}" if case.line is not None else ("the whole file" if shown.lower().endswith((".docx", ".pdf")) else "1:1")
    prefix = f"{safe(shown)}:{where}: {case.severity} {case.rule} "
    lines = text_run.stdout.splitlines()
    matches = [i for i, line in enumerate(lines) if line.startswith(prefix) and safe(case.fragment) in line]
    assert matches, f"no line starts with {prefix!r}:\n{text_run.stdout}"
    if case.rule.startswith("PAR"):
        assert lines[matches[0] + 1].startswith("    hint: ")

    # Text output never sends control characters, bidi overrides or lone surrogates raw.
    assert not _RAW_CONTROL.search(text_run.stdout), repr(_RAW_CONTROL.search(text_run.stdout))
    text_run.stdout.encode("utf-8")  # strict: no lone surrogates

    if "no-exec" in case.tags:
        assert calls == []
        assert not (work / "MARKER").exists()
        assert len([f for f in findings if f["rule"] == "PAR007"]) == 5
    if "keeps-reading" in case.tags:
        # The key was skipped; the rest of the file was still read.
        assert any(f["rule"] == "SCH002" and "'bogus'" in f["message"] for f in findings)


def test_catalogue_names_are_unique() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


def test_catalogue_is_documented() -> None:
    """docs/hardening.md names every case of the catalogue."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "hardening.md").read_text(encoding="utf-8")
    missing = [c.name for c in CASES if f"`{c.name}`" not in doc]
    assert not missing, f"add these cases to docs/hardening.md: {missing}"
