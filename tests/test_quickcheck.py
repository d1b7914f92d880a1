"""``policy-lint check FILE...`` with no option runs without click (policy_lint.quickcheck), and prints
exactly what the click command line prints: the same bytes on stdout and stderr, the same exit code."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import STOPPED, slow_run_script, stop_after
from policy_files import policy_copies, write_policy

from policy_lint.quickcheck import plain_check

REPO = Path(__file__).resolve().parent.parent

#: The click command line, as ``policy_lint.cli:main`` was the console script before.
_CLICK = "import sys\nfrom policy_lint.cli import main\nmain(sys.argv[1:])\n"
#: The console script now: ``policy_lint.launch:main``.
_LAUNCH = "import sys\nfrom policy_lint.launch import main\nmain(sys.argv[1:])\n"


def _run(code: str, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, bytes, bytes]:
    full = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR", "POLICY_LINT_TODAY")}
    full.update(env or {})
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=full, capture_output=True, check=False, timeout=120)
    return out.returncode, out.stdout, out.stderr


def _both(args: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[int, bytes, bytes]:
    click_way = _run(_CLICK, args, cwd, env)
    short_way = _run(_LAUNCH, args, cwd, env)
    assert short_way == click_way
    return short_way


def _bad_config_folder(tmp_path: Path) -> Path:
    folder = write_policy(tmp_path / "bad-config", "p.yaml").parent
    (folder / ".policy-lint.yaml").write_text("select: [NOPE999]\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "args, env",
    [
        (["check", "examples/complete.yaml"], None),
        (["check", "examples"], None),
        (["check", "examples/complete.yaml", "examples/complete.json", "examples/nothing-here.yaml"], None),
        (["check", "examples"], {"GITHUB_ACTIONS": "true"}),
        (["check", "examples/complete.yaml"], {"POLICY_LINT_TODAY": "2031-01-01"}),
        (["check", "examples"], {"NO_COLOR": "1"}),
    ],
)
def test_the_short_way_prints_what_the_click_way_prints(args: list[str], env: dict[str, str] | None) -> None:
    code, out, _ = _both(args, env=env)
    assert code in (0, 1) and out


def test_a_broken_file_and_a_bad_config_read_the_same_both_ways(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nclinic: [unclosed\n", encoding="utf-8")
    code, out, _ = _both(["check", str(broken)], cwd=tmp_path)
    assert code == 1 and b"PAR" in out
    folder = _bad_config_folder(tmp_path)
    code, _, err = _both(["check", "p.yaml"], cwd=folder)
    assert code == 2 and err.startswith(b"Error: ")


def test_what_the_short_way_leaves_to_click_still_works(tmp_path: Path) -> None:
    """A bad POLICY_LINT_TODAY, an option, no file: the launcher hands them to click, which answers as before."""
    code, _, err = _both(["check", "examples/complete.yaml"], env={"POLICY_LINT_TODAY": "soon"})
    assert code == 2 and b"POLICY_LINT_TODAY=soon is not a date" in err
    code, out, _ = _both(["check", "examples/complete.yaml", "--no-hints"])
    assert code == 0 and out
    code, _, err = _both(["check"])
    assert code == 2 and err
    code, out, _ = _both(["--version"])
    assert code == 0 and out.startswith(b"policy-lint ")


def test_a_plain_check_loads_no_click() -> None:
    code = "import sys\nfrom policy_lint.launch import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\nprint('MODULES', ' '.join(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", code, "check", "examples/complete.yaml"], cwd=REPO, capture_output=True, text=True, check=False)
    loaded = set(out.stdout.split("MODULES", 1)[1].split())
    assert "policy_lint.session" in loaded
    assert not {m for m in loaded if m == "click" or m.startswith("click.")}
    assert "policy_lint.cli" not in loaded


@pytest.mark.parametrize(
    "args, plain",
    [
        (["check", "a.yaml"], True),
        (["check", "a.yaml", "folder"], True),
        (["check"], False),
        (["rules"], False),
        (["check", "-"], False),
        (["check", "a.yaml", "--no-color"], False),
        (["check", "--", "a.yaml"], False),
        (["check", "-fjson", "a.yaml"], False),
        (["chec", "a.yaml"], False),
        (["check", "a\0b"], False),
    ],
)
def test_which_command_lines_take_the_short_way(args: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICY_LINT_TODAY", raising=False)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert plain_check(args) is plain


def test_an_unreadable_file_or_a_stream_that_is_not_utf8_goes_to_click(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Click refuses a file it cannot read, and may re-wrap an ASCII stream: the short way leaves both to it."""
    monkeypatch.delenv("POLICY_LINT_TODAY", raising=False)
    policy = tmp_path / "p.yaml"
    policy.write_text("x: 1\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert plain_check(["check", str(policy)])
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert not plain_check(["check", str(policy)])
    monkeypatch.undo()
    monkeypatch.delenv("POLICY_LINT_TODAY", raising=False)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert not plain_check(["check", str(policy)])


def test_a_closed_pipe_ends_the_short_way_quietly_with_exit_1(tmp_path: Path) -> None:
    """``policy-lint check many | head -1``: exit 1 and no trace, as click's command line does."""
    policy_copies(tmp_path, 40, [REPO / "examples" / "gaps" / "contradiction.yaml"])  # far more findings than a pipe holds (64 KB)
    script = (
        "import subprocess, sys\n"
        "code = sys.argv[1]\n"
        "p = subprocess.Popen([sys.executable, '-c', code, 'check', '.'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.readline(); p.stdout.close()\n"
        "err = p.stderr.read(); p.wait()\n"
        "print(p.returncode, b'Traceback' in err, b'Exception ignored' in err, len(err))\n"
    )
    got = {way: subprocess.run([sys.executable, "-c", script, code], cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split() for way, code in (("click", _CLICK), ("short", _LAUNCH))}
    assert got["short"] == got["click"]
    assert got["short"] == ["1", "False", "False", "0"]


def test_python_dash_m_and_the_console_script_use_the_launcher() -> None:
    main_py = (REPO / "policy_lint" / "__main__.py").read_text(encoding="utf-8")
    assert "from policy_lint.launch import main" in main_py
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'policy-lint = "policy_lint.launch:main"' in pyproject


def test_the_short_way_gives_the_cycle_collector_back(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is off while a plain check starts; called in-process, the caller gets it back on."""
    import gc

    from policy_lint import quickcheck

    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert gc.isenabled()
    with pytest.raises(SystemExit) as stop:
        quickcheck.run([str(REPO / "examples" / "complete.yaml")])
    assert stop.value.code == 0
    assert gc.isenabled()
    assert "All clear" in capsys.readouterr().out


def test_more_than_a_few_files_turn_the_collector_back_on() -> None:
    import gc

    from policy_lint import quickcheck

    gc.disable()
    try:
        quickcheck._collector_back(True, quickcheck.FEW_FILES)
        assert not gc.isenabled()  # a pre-commit hook's few files: off to the end
        quickcheck._collector_back(False, quickcheck.FEW_FILES + 1)
        assert not gc.isenabled()  # it was off before the run: it stays off
        quickcheck._collector_back(True, quickcheck.FEW_FILES + 1)
        assert gc.isenabled()  # more files: on again, as before the check
    finally:
        gc.enable()


_SLOW_LAUNCH = slow_run_script("policy_lint.launch")


@pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/task").is_dir(), reason="needs /proc and fork")
@pytest.mark.parametrize("sig, code, what", [("SIGTERM", 143, "SIGTERM"), ("SIGINT", 130, "Ctrl-C")])
def test_a_stopped_plain_check_ends_as_the_click_way_does(sig: str, code: int, what: str, tmp_path: Path) -> None:
    policy_copies(tmp_path / "p", 120)
    script = tmp_path / "slow.py"
    script.write_text(_SLOW_LAUNCH, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), "check", "p"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)})
    _, err = stop_after(proc, sig, 1.0, 60)
    assert proc.returncode == code, err
    assert err.decode().strip() == STOPPED.format(what=what)


def test_both_ways_give_the_session_the_same_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new option of check gets its default in CheckOptions, so the short way cannot miss it."""
    from click.testing import CliRunner

    from policy_lint import cli, quickcheck, session

    seen: list[object] = []

    class Stop(Exception):
        pass

    def record(self: object, options: object, *args: object, **kwargs: object) -> None:
        seen.append(options)
        raise Stop

    monkeypatch.setattr(session.Session, "__init__", record)
    monkeypatch.setenv("POLICY_LINT_TODAY", "2026-01-15")
    path = str(REPO / "examples" / "complete.yaml")
    CliRunner().invoke(cli.cli, ["check", path])
    with pytest.raises(Stop):
        quickcheck._run_check((path,), lambda _n: None)
    assert len(seen) == 2
    assert seen[0] == seen[1]


_BROKEN_WHY = (
    "import sys\nfrom policy_lint import cli as c\n"
    "def boom(**kwargs):\n    raise RuntimeError('boom')\n"
    "c.cli.commands['why'].callback = boom\nc.main(sys.argv[1:])\n"
)


def test_a_bug_outside_check_is_one_line_and_exit_2_not_a_trace() -> None:
    """A bug of ours in a command other than check (which turns one into the finding PL000 for its file) prints one
    plain line and exits 2, as the README's table of exit codes says; POLICY_LINT_DEBUG=1 shows the trace."""
    code, out, err = _run(_BROKEN_WHY, ["why", "examples/complete.yaml"], REPO)
    assert code == 2
    assert b"Traceback" not in err
    assert err.decode().strip().count("\n") == 0
    assert b"policy-lint failed: RuntimeError at" in err and b"bug in policy-lint" in err
    code, _, err = _run(_BROKEN_WHY, ["why", "examples/complete.yaml"], REPO, {"POLICY_LINT_DEBUG": "1"})
    assert code == 1 and b"Traceback" in err
