"""Hardening, round 2 (issue 14): what trying to break policy-lint found, one test per item.

Each test asserts the message and the exit code. docs/hardening.md ("Round
2") names every test of this file; ``test_every_item_is_documented`` checks it.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import STOPPED, slow_run_script, stop_after

from hardening_cases import GOOD_YAML
from policy_files import policy_copies, write_policy as _policy

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file names, permissions and signals")
bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names here must be valid Unicode")

Run = Callable[..., Any]


# -- 1, 14: -o never writes over an input, whatever its name --------------------


@bytes_names
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
@pytest.mark.parametrize("extra", [(), ("--write-baseline", "b.json")])
def test_item01_output_never_replaces_an_input_with_a_name_that_is_not_utf8(fmt: str, extra: tuple[str, ...], tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"caf\xe9.yaml")
    Path(name).write_text(GOOD_YAML, encoding="utf-8")
    run = run_cli("check", ".", "-f", fmt, "-o", name, *extra)
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "caf\\xe9.yaml is one of the files being checked. policy-lint will not write over it." in run.stderr
    assert Path(name).read_text(encoding="utf-8") == GOOD_YAML
    assert [p for p in os.listdir(".") if p.endswith(".tmp")] == []


@bytes_names
def test_item01_output_never_replaces_an_input_with_a_baseline(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"caf\xe9.yaml")
    Path(name).write_text(GOOD_YAML, encoding="utf-8")
    assert run_cli("check", ".", "--write-baseline", "b.json").exit_code == 0
    run = run_cli("check", ".", "-f", "sarif", "--baseline", "b.json", "-o", name)
    assert run.exit_code == 2
    assert "caf\\xe9.yaml is one of the files being checked" in run.stderr
    assert Path(name).read_text(encoding="utf-8") == GOOD_YAML


@bytes_names
def test_item14_refusal_shows_the_name_as_findings_do(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"caf\xe9.yaml")
    Path(name).write_text(GOOD_YAML, encoding="utf-8")
    run = run_cli("check", ".", "--write-baseline", name)
    assert run.exit_code == 2
    assert run.stderr.strip() == "Error: caf\\xe9.yaml is one of the files being checked. Write the baseline to another file."
    assert "\\udce9" not in run.stderr
    run = run_cli("check", ".", "-o", name)
    assert run.stderr.strip() == "Error: caf\\xe9.yaml is one of the files being checked. policy-lint will not write over it. Choose another file name."


# -- 2: a read-only file is refused, as shell redirection does ------------------


@posix_only
@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_item02_read_only_output_is_refused(option: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _policy(tmp_path / "p")
    target = tmp_path / "report.txt"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o444)
    run = run_cli("check", "p", option, "report.txt")
    assert run.exit_code == 2
    assert "report.txt is read-only. policy-lint will not replace it. Make it writable (chmod u+w)" in run.stderr
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    target.chmod(0o644)  # writable again: written
    run = run_cli("check", "p", option, "report.txt")
    assert run.exit_code == 0, run.stderr
    assert target.read_text(encoding="utf-8") != "keep me\n"


# -- 3, 4: a stopped run leaves nothing behind, and says so ----------------------------

_SLOW_CLI = slow_run_script("policy_lint.cli")


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


def _slow_run(tmp_path: Path, *args: str, **popen: Any) -> tuple[Any, list[int]]:
    """Start a slowed-down ``policy-lint ARGS`` in ``tmp_path`` and wait for its two workers."""
    import subprocess
    import time

    script = tmp_path / "slow_cli.py"
    script.write_text(_SLOW_CLI, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(script), *args], cwd=tmp_path, env=env, **popen)
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    if len(workers) != 2:
        proc.kill()
    assert len(workers) == 2, "the workers did not start"
    return proc, workers


def _left_after(workers: list[int], seconds: float) -> list[int]:
    """The workers still running after ``seconds``; each is killed, so a regression leaves no process behind."""
    import signal
    import time

    deadline = time.monotonic() + seconds
    while not all(_gone(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if not _gone(w)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "fork"), reason="needs /proc and fork")
@pytest.mark.parametrize("sig, code, what", [("SIGTERM", 143, "SIGTERM"), ("SIGINT", 130, "Ctrl-C")])
def test_item03_item04_a_stopped_parallel_run_leaves_no_worker_and_no_temporary_file(sig: str, code: int, what: str, tmp_path: Path) -> None:
    import subprocess

    folder = tmp_path / "p"
    policy_copies(folder, 120)
    report = tmp_path / "report.txt"
    report.write_text("the old report\n", encoding="utf-8")
    proc, workers = _slow_run(tmp_path, "check", "p", "-j", "3", "-o", "report.txt", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = stop_after(proc, sig, 0.3, 30)
    assert proc.returncode == code, err
    assert err.decode().strip() == STOPPED.format(what=what)
    assert "Traceback" not in err.decode() and "Aborted!" not in err.decode()
    assert report.read_text(encoding="utf-8") == "the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert _left_after(workers, 5) == [], "a worker was left behind"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "fork"), reason="needs /proc and fork")
def test_item03_workers_never_outlive_the_main_process(tmp_path: Path) -> None:
    """Even when the main process is killed outright (SIGKILL: nothing can clean up), its workers exit.

    They used to keep a copy of the main process's pipe ends, never read the
    end of their pipe, and stay forever, re-parented to init.
    """
    import signal
    import subprocess

    policy_copies(tmp_path / "p", 120)
    proc, workers = _slow_run(tmp_path, "check", "p", "-j", "3", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # A worker finishes the chunk in hand, then reads the end of its pipe.
    assert _left_after(workers, 10) == [], "a worker outlived the main process"


def test_item04_ctrl_c_exits_130_with_one_line(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import policy_lint.engine as engine

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(engine.Linter, "lint_path", interrupted)
    run = run_cli("check", str(_policy(tmp_path)))
    assert run.exit_code == 130
    assert run.stderr.strip() == STOPPED.format(what="Ctrl-C")


# -- 5: --jobs is bounded, and a worker that cannot start is not fatal --------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked here")
def test_item05_jobs_are_capped_and_a_refused_worker_is_not_fatal(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    from policy_lint import workers

    folder = tmp_path / "p"
    policy_copies(folder, 100)  # 13 chunks of 8
    starts: list[int] = []
    real_start = multiprocessing.context.ForkProcess.start

    def start(self: Any) -> None:
        starts.append(1)
        if len(starts) > 1:
            raise BlockingIOError(11, "Resource temporarily unavailable")  # the system refuses more processes
        real_start(self)

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", start)
    run = run_cli("check", "-j", "1000", str(folder))
    assert run.exit_code == 0, run.stderr
    assert run.stdout == "Checked 100 files: 0 errors, 0 warnings, 0 info. All clear.\n"
    assert run.stderr == ""
    assert len(starts) == 2  # one worker started; the second was refused, and no more were tried
    # The cap: never more processes than chunks, nor than two per core.
    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", lambda self: (starts.append(1), real_start(self))[1])
    starts.clear()
    monkeypatch.setattr(workers, "cores", lambda: 2)
    assert run_cli("check", "-j", "1000", str(folder)).exit_code == 0
    assert len(starts) == 2 * 2 - 1  # the main process is one of the four


# -- 6, 7: config and baselines are read with bounds -------------------------------------


def _repo(tmp_path: Path) -> Path:
    """A folder that is the root of a repository, with one good policy."""
    (tmp_path / ".git").mkdir()
    _policy(tmp_path, "p.yaml")
    return tmp_path


@pytest.mark.parametrize("key", ["per_file_ignores", "suppressions"])
def test_item06_config_globs_never_backtrack(key: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    name = "a" * 200 + ".yaml"
    _policy(repo, name, GOOD_YAML + "x-note: TODO\n")
    pattern = "*a*a*a*a*a*a*a*a*b"  # took Python's re more than a minute on this name
    if key == "per_file_ignores":
        config = f'per_file_ignores:\n  "{pattern}": [TXT]\n'
    else:
        config = f'suppressions:\n  - path: "{pattern}"\n    rules: [TXT]\n    reason: a test\n'
    (repo / ".policy-lint.yaml").write_text(config, encoding="utf-8")
    run = run_cli("check", ".")
    assert run.exit_code == 1, run.stderr
    assert f"{name}:" in run.stdout and "TXT001" in run.stdout  # the pattern does not match, so nothing is hidden
    assert run.stdout.endswith("(1 with findings).\n")


@pytest.mark.parametrize(
    "pattern, message",
    [
        ("[z-a]", ".policy-lint.yaml:2:3: the pattern '[z-a]' has the range z-a, which goes backwards. Write it as a-z."),
        ("[[:letters:]]*", ".policy-lint.yaml:2:3: the pattern '[[:letters:]]*' uses [:letters:], a class policy-lint does not know."),
    ],
)
def test_item07_a_glob_that_cannot_mean_anything_stops_the_run_with_its_place(pattern: str, message: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    (repo / ".policy-lint.yaml").write_text(f'per_file_ignores:\n  "{pattern}": [PLN]\n', encoding="utf-8")
    run = run_cli("check", "p.yaml")
    assert run.exit_code == 2
    assert run.stderr.startswith("Error: " + message), run.stderr
    assert "Traceback" not in run.stderr


def test_item07_no_python_warning_reaches_a_user(tmp_path: Path) -> None:
    import subprocess

    repo = _repo(tmp_path)
    (repo / ".policy-lint.yaml").write_text('per_file_ignores:\n  "[[:alpha:]]*": [PLN]\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "policy_lint", "check", "p.yaml"], cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Checked 1 file: 0 errors, 0 warnings, 0 info. All clear.\n"
    assert done.stderr == ""


@pytest.mark.parametrize("depth, message", [(2000, "pyproject.toml: this file is nested more than 64 levels deep."), (100, "pyproject.toml [tool.policy-lint]: this table is nested more than 64 levels deep.")])
def test_item07_deep_pyproject_toml(depth: int, message: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    (repo / "pyproject.toml").write_text("[tool.policy-lint]\nselect = " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    run = run_cli("check", "p.yaml")
    assert run.exit_code == 2
    assert run.stderr.startswith("Error: " + message), run.stderr


def _baseline_cases(tmp_path: Path) -> dict[str, tuple[str, str]]:
    cases: dict[str, tuple[str, str]] = {}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo.json")
        cases["fifo"] = ("fifo.json", "fifo.json: this is not a regular file (a pipe, a device or a folder). policy-lint reads a baseline file only from a regular file.")
    if os.path.exists("/dev/zero"):
        cases["dev-zero"] = ("/dev/zero", "/dev/zero: this is not a regular file")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    cases["deep"] = ("deep.json", "deep.json: this baseline file is nested more than 64 levels deep. It is not a policy-lint baseline.")
    count = "9" * 5000
    (tmp_path / "digits.json").write_text('{"version": 1, "findings": [{"rule": "X", "path": "p.yaml", "pointer": "", "count": ' + count + "}]}", encoding="utf-8")
    cases["digits"] = ("digits.json", "digits.json: this baseline file holds a number with 5,000 digits. Write it again with --write-baseline.")
    with open(tmp_path / "huge.json", "wb") as fh:
        fh.truncate(40 * 1024 * 1024)  # sparse: costs nothing to make
    cases["huge"] = ("huge.json", "huge.json: this baseline file is 40.0 MB, more than the limit of 32 MB.")
    return cases


@pytest.mark.parametrize("case", ["fifo", "dev-zero", "deep", "digits", "huge"])
def test_item07_bad_baselines_exit_2_with_a_located_message(case: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    cases = _baseline_cases(repo)
    if case not in cases:
        pytest.skip("no named pipes or /dev/zero here")
    path, message = cases[case]
    run = run_cli("check", "p.yaml", "--baseline", path)
    assert run.exit_code == 2
    assert run.stderr.startswith("Error: " + message), run.stderr


# -- 8: out of memory ------------------------------------------------------------------

_OOM = "policy-lint ran out of memory while checking this file"


def _rule_out_of_memory(ctx: Any) -> Any:
    """A rule that runs out of memory on big.yaml (and finds nothing elsewhere)."""
    if ctx.doc.path.endswith("big.yaml"):
        raise MemoryError
    return iter(())


@pytest.mark.parametrize("where", ["loader", "rule"])
def test_item08_out_of_memory_is_a_finding_and_the_run_goes_on(where: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    big = _policy(tmp_path, "big.yaml")
    good = _policy(tmp_path / "good", "good.yaml")
    if where == "loader":
        import policy_lint.loading as source

        real = source.load_path

        def load_path(path: Any, *args: Any, **kwargs: Any) -> Any:
            if str(path).endswith("big.yaml"):
                raise MemoryError
            return real(path, *args, **kwargs)

        monkeypatch.setattr(source, "load_path", load_path)
    else:
        from policy_lint.rules import kinds

        monkeypatch.setitem(kinds.KINDS, "limits.duplicate_category", f"{__name__}:_rule_out_of_memory")
        monkeypatch.delitem(kinds._CACHE, "limits.duplicate_category", raising=False)
    run = run_cli("check", "--no-color", str(big), str(good))
    assert run.exit_code == 1, run.stdout + run.stderr
    assert f"{big}:1:1: error PAR005 {_OOM}" in run.stdout
    assert "hint: Give policy-lint more memory (a limit such as ulimit -v may be too low), or split the file." in run.stdout
    assert "PL000" not in run.stdout and "Traceback" not in run.stderr
    assert run.stdout.endswith("Checked 2 files: 1 error, 0 warnings, 0 info (1 with findings).\n")


def test_item08_out_of_memory_elsewhere_exits_2_with_one_line(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.reporters import text

    def render(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(text, "summary_line", render)
    run = run_cli("check", str(_policy(tmp_path)))
    assert run.exit_code == 2
    assert run.stderr.strip() == "Error: policy-lint ran out of memory. Give it more memory (check ulimit -v), or check fewer files at once."


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as on Linux")
def test_item08_under_a_real_memory_limit_never_a_traceback(tmp_path: Path) -> None:
    """A 1.9 MB policy of 49,000 values under ulimit -v: a finding or a clean run, never a traceback."""
    import resource
    import subprocess

    big = tmp_path / "big.yaml"
    big.write_text(GOOD_YAML + "x-notes: {" + ", ".join(f"k{i}: " + "w" * 30 for i in range(49_000)) + "}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kib in (50_000, 54_000):

        def limit(kib: int = kib) -> None:
            resource.setrlimit(resource.RLIMIT_AS, (kib * 1024, kib * 1024))

        done = subprocess.run([sys.executable, "-m", "policy_lint", "check", "big.yaml"], cwd=tmp_path, env=env, capture_output=True, text=True, preexec_fn=limit, timeout=120)
        if "Traceback" in done.stderr and "import" in done.stderr and "policy_lint" not in done.stderr:
            continue  # Python itself could not start under this limit
        assert "Traceback" not in done.stderr, (kib, done.stderr)
        assert done.returncode in (0, 1, 2), (kib, done.returncode)
        if done.returncode == 1:
            assert f"PAR005 {_OOM}" in done.stdout, (kib, done.stdout)
        if done.returncode == 2:
            assert "ran out of memory" in done.stderr, (kib, done.stderr)


# -- 10, 11, 12: whose files policy-lint trusts ------------------------------------------

as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
OTHER_UID = 65534  # "nobody"

_SILENCE_ALL = "ignore: [PAR, SCH, COV, NOT, DOC, LIM, TXT, PLN]\n"


@as_root
def test_item10_a_config_of_another_user_is_skipped_and_said(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()  # the walk stops here, whatever the machine's /tmp holds
    shared = tmp_path / "shared"
    config = shared / ".policy-lint.yaml"
    _policy(shared / "clinic", "p.yaml", "clinic: {}\n")  # many findings
    config.write_text(_SILENCE_ALL, encoding="utf-8")
    os.chown(config, OTHER_UID, OTHER_UID)
    monkeypatch.chdir(shared)
    run = run_cli("check", "clinic/p.yaml")
    assert run.exit_code == 1  # the findings are not silenced
    assert run.stderr == f"policy-lint skipped the config .policy-lint.yaml: it belongs to another user (uid {OTHER_UID}). To use it, pass it with --config.\n"
    listed = run_cli("rules")  # the commands that show the pack say so too
    assert listed.exit_code == 0 and listed.stderr == run.stderr
    # Root's own file, or one you name with --config, is used.
    os.chown(config, 0, 0)
    assert run_cli("check", "clinic/p.yaml").exit_code == 0
    os.chown(config, OTHER_UID, OTHER_UID)
    named = run_cli("check", "--config", ".policy-lint.yaml", "clinic/p.yaml")
    assert named.exit_code == 0 and named.stderr == ""


@as_root
def test_item10_a_pack_of_another_user_named_by_a_found_config_stops_the_run(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    _policy(tmp_path, "p.yaml")
    pack = tmp_path / "team.yaml"
    pack.write_text("pack: team\nextends: base\nrules: []\n", encoding="utf-8")
    os.chown(pack, OTHER_UID, OTHER_UID)
    (tmp_path / ".policy-lint.yaml").write_text("pack: team.yaml\n", encoding="utf-8")
    run = run_cli("check", "p.yaml")
    assert run.exit_code == 2
    assert run.stderr.startswith(f"Error: .policy-lint.yaml:1:7: the pack file team.yaml belongs to another user (uid {OTHER_UID}). policy-lint does not use a pack that another user could change.")
    assert run_cli("check", "--pack", "team.yaml", "p.yaml").exit_code == 0  # named on the command line: yours to choose


def test_item10_the_walk_stops_at_a_file_system_boundary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint import config as config_module

    outer = tmp_path / "outer"
    inner = outer / "mnt" / "repo"
    inner.mkdir(parents=True)
    (outer / ".policy-lint.yaml").write_text(_SILENCE_ALL, encoding="utf-8")
    assert config_module.find_config(inner) == outer / ".policy-lint.yaml"
    mount = outer / "mnt"
    real = config_module._device
    monkeypatch.setattr(config_module, "_device", lambda folder: real(folder) + (0 if str(folder).startswith(str(mount)) else 1))
    assert config_module.find_config(inner) is None


@pytest.fixture()
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    return tmp_path / "xdg" / "policy-lint"


def _entry(cache: Path) -> Path:
    (entry,) = [p for p in cache.iterdir() if p.name.startswith("base-")]
    return entry


@pytest.mark.parametrize("damage", ["no-rules", "malformed", "cut-short"])
def test_item11_an_edited_or_damaged_cache_entry_is_rebuilt(damage: str, own_cache: Path, tmp_path: Path, run_cli: Run) -> None:
    bad = _policy(tmp_path / "p", "p.yaml", "clinic: {}\n")
    first = run_cli("check", str(bad))
    assert first.exit_code == 1
    entry = _entry(own_cache)
    check, _, payload = entry.read_bytes().partition(b"\n")
    original = json.loads(payload)
    data = json.loads(payload)
    if damage == "no-rules":
        data["rules"] = []  # would silently turn every rule off
        entry.write_bytes(check + b"\n" + json.dumps(data).encode())
    elif damage == "malformed":
        data["rules"] = [{"id": 5}]
        entry.write_bytes(check + b"\n" + json.dumps(data).encode())
    else:
        entry.write_bytes(entry.read_bytes()[:100])
    again = run_cli("check", str(bad))
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout)
    assert "Traceback" not in again.stderr
    from policy_lint.resources import _digest

    check, _, payload = _entry(own_cache).read_bytes().partition(b"\n")  # rebuilt, with a matching hash
    assert json.loads(payload) == original and check.decode() == _digest(payload)


def test_item11_a_pack_edited_with_the_same_size_and_time_is_read_again(own_cache: Path, tmp_path: Path) -> None:
    from policy_lint import resources as _resources

    path = tmp_path / "vocab.yaml"
    path.write_text("version: 1\nname: aaaa\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert _resources.load_shipped_yaml(path) == {"version": 1, "name": "aaaa"}
    path.write_text("version: 1\nname: bbbb\n", encoding="utf-8")  # same size
    os.utime(path, ns=(1, 1))  # same time
    assert _resources.load_shipped_yaml(path) == {"version": 1, "name": "bbbb"}


@posix_only
def test_item11_a_link_in_the_cache_is_never_written_through(own_cache: Path, tmp_path: Path, run_cli: Run) -> None:
    good = _policy(tmp_path / "p", "p.yaml")
    assert run_cli("check", str(good)).exit_code == 0
    entry = _entry(own_cache)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    entry.unlink()
    entry.symlink_to(victim)  # a predictable name, made a link by someone
    assert run_cli("check", str(good)).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not entry.is_symlink() and entry.is_file()


@posix_only
def test_item11_the_cache_folder_is_private_and_never_another_users(own_cache: Path, tmp_path: Path, run_cli: Run) -> None:
    good = _policy(tmp_path / "p", "p.yaml")
    assert run_cli("check", str(good)).exit_code == 0
    assert stat.S_IMODE(own_cache.stat().st_mode) == 0o700
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        for entry in own_cache.iterdir():
            entry.unlink()
        os.chown(own_cache, OTHER_UID, OTHER_UID)
        run = run_cli("check", str(good))
        assert (run.exit_code, run.stdout) == (0, "Checked 1 file: 0 errors, 0 warnings, 0 info. All clear.\n")
        assert list(own_cache.iterdir()) == []  # not used: nothing read, nothing written


def test_item11_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative-cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    run = run_cli("check", str(_policy(tmp_path / "p", "p.yaml")))
    assert run.exit_code == 0
    assert not (tmp_path / "relative-cache").exists()
    assert (tmp_path / "home" / ".cache" / "policy-lint").is_dir()


def test_item12_a_file_that_is_not_a_pack_is_not_printed(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    _policy(tmp_path, "p.yaml")
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$SECRETHASHSECRETHASH:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n", encoding="utf-8")
    (tmp_path / ".policy-lint.yaml").write_text(f"pack: {secret}\n", encoding="utf-8")
    run = run_cli("check", "p.yaml")
    assert run.exit_code == 2
    assert run.stderr == (
        "Error: .policy-lint.yaml:1:7: the pack named here cannot be loaded.\n"
        "shadow: this is not a rule pack: it has no 'pack:' or 'rules:' at the top. It starts with 'root:$6$...'. Check the path.\n"
    )
    assert "SECRETHASH" not in run.stderr and "daemon" not in run.stderr


# -- 9: SARIF and JUnit stream ----------------------------------------------------------


def _results(count: int) -> Any:
    """FileResults made one at a time: findings of pack rules, of rules not in the pack, suppressed ones."""
    from policy_lint.findings import FileResult, Finding, Position, Severity, Suppression

    for i in range(count):
        # "a-b/..." sorts before "a/..." as text, after it as path parts: the log keeps the text order.
        path = f"{'a' if i % 2 else 'a-b'}/clinic-{i:05}.yaml"
        findings = [
            Finding(path=path, rule_id="COV004", rule_name="elder-abuse-missing", severity=Severity.ERROR, message=f"Missing {i}.", position=Position(3, 1), pointer="/limits", hint="Add it."),
            Finding(path=path, rule_id="PLN001", rule_name="hard-to-read-text", severity=Severity.WARNING, message="Hard to read.", position=Position(9, 5), suppression=Suppression("We accept it.", "comment", line=8)),
        ]
        if i % 7 == 3:
            findings.append(Finding(path=path, rule_id="PL000", rule_name="internal-error", severity=Severity.ERROR, message="policy-lint failed."))
        if i % 11 == 5:
            findings.append(Finding(path=path, rule_id="ZZZ9", rule_name="from-elsewhere", severity=Severity.INFO, message="Other."))
        yield FileResult(path, tuple(findings))
    yield FileResult("a/clinic-00001.yaml", ())  # the same path twice (standard input named as a file)


@pytest.mark.parametrize("fmt", ["sarif", "junit"])
@pytest.mark.parametrize("count", [0, 1, 40])
def test_item09_sarif_and_junit_stream_the_same_bytes(fmt: str, count: int, base_pack: Any) -> None:
    from policy_lint.findings import RunResult, Severity, Tally
    from policy_lint.reporters import render, stream

    rules = [r for r in base_pack.rules if r.id in ("COV004", "PLN001", "SCH003")]
    files = list(_results(count)) if count else []
    result = RunResult(tuple(files), fail_on=Severity.ERROR)
    tally = Tally()
    streamed = "".join(stream(fmt, iter(files), tally, fail_on=Severity.ERROR, rules=rules))
    code = 2 if tally.internal_errors else (1 if tally.failed(Severity.ERROR) else 0)
    assert streamed == render(fmt, result, rules=rules, exit_code=code)
    assert tally.files == len(files)


@pytest.mark.parametrize("fmt", ["sarif", "junit"])
def test_item09_streams_keep_only_what_the_end_needs(fmt: str, base_pack: Any) -> None:
    """Memory of a stream of 800 files is a fraction of a whole-run render (which holds every finding)."""
    import tracemalloc

    from policy_lint.findings import RunResult, Severity, Tally
    from policy_lint.reporters import render, stream

    rules = [r for r in base_pack.rules if r.id in ("COV004", "PLN001")]
    tracemalloc.start()
    try:
        size = 0
        for piece in stream(fmt, _results(800), Tally(), fail_on=Severity.ERROR, rules=rules):
            size += len(piece)  # printed and dropped, as the command line does
        streamed_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        whole = render(fmt, RunResult(tuple(_results(800)), fail_on=Severity.ERROR), rules=rules, exit_code=2)
        whole_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size == len(whole)
    assert streamed_peak * 4 < whole_peak, (streamed_peak, whole_peak)


def test_item09_the_command_line_streams_sarif_and_junit(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint import reporters

    monkeypatch.setattr(reporters, "render", lambda *a, **k: pytest.fail("rendered the whole run"))
    _policy(tmp_path, "good.yaml")
    _policy(tmp_path, "empty.yaml", "")
    for fmt in ("sarif", "junit"):
        run = run_cli("check", "-f", fmt, str(tmp_path))
        assert run.exit_code == 1
        assert ("PAR006" in run.stdout) and run.stdout.rstrip().endswith("}" if fmt == "sarif" else "</testsuites>")


# -- 13: invisible characters never reach the terminal --------------------------


@pytest.mark.parametrize("char, shown", [("\u061c", "\\u061c"), ("\u200b", "\\u200b"), ("\u200d", "\\u200d"), ("\ufeff", "\\ufeff"), ("\U000e0041", "\\U000e0041"), ("\ue000", "\\ue000")])
def test_item13_invisible_characters_are_escaped_in_text_and_github(char: str, shown: str, tmp_path: Path, run_cli: Run) -> None:
    bad = _policy(tmp_path, "bad.yaml", GOOD_YAML + f'"x{char}y": 1\n')
    text = run_cli("check", "--no-color", str(bad))
    assert text.exit_code == 1
    assert f"SCH002 'x{shown}y' is not a field policy-lint knows" in text.stdout, text.stdout
    assert char not in text.stdout
    github = run_cli("check", "-f", "github", str(bad))
    assert github.exit_code == 1
    assert f"'x{shown}y'" in github.stdout and char not in github.stdout
    markdown = run_cli("audit", str(tmp_path))
    assert markdown.exit_code == 0
    assert char not in markdown.stdout


def test_item13_one_helper_escapes_for_every_reporter() -> None:
    """The escapes are written in policy_lint/textsafe.py only (there were four copies)."""
    import re

    copies = []
    for path in sorted((ROOT / "policy_lint").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name != "textsafe.py" and re.search(r'f"\\\\x\{', text):
            copies.append(path.name)
    assert copies == []


# -- 18: check -o says what it wrote ----------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_item18_check_to_a_file_prints_one_line(fmt: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _policy(tmp_path / "p")
    _policy(tmp_path / "p", "empty.yaml", "")
    run = run_cli("check", "p", "-f", fmt, "-o", "out.txt")
    assert run.exit_code == 1
    assert run.stdout == ""
    assert run.stderr == "Wrote out.txt: 2 files, 1 error, 0 warnings, 0 info.\n"


# -- 15, 16: a wrong path never passes ---------------------------------------------


def test_item15_audit_of_a_path_that_does_not_exist(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = run_cli("audit", "nonexistent/", "-o", "report.html")
    assert run.exit_code == 2
    assert run.stderr.strip() == "Error: No policy files found: nonexistent/ does not exist. Check the paths you gave."
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_item16_check_of_a_folder_without_policies(fmt: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "emptydir" / "notes.txt").write_text("not a policy", encoding="utf-8")
    run = run_cli("check", "-f", fmt, "emptydir/")
    assert run.exit_code == 2
    assert run.stderr.strip() == (
        "Error: No policy files found (YAML, JSON, Markdown, HTML, text, Word or PDF) in emptydir/. Check the paths you gave, or --extensions.\n"
        "Skipped 1 file, because its ending (.txt) is not in the list to check: emptydir/notes.txt. To check it, add .txt to --extensions or to the config key extensions."
    )
    assert "All clear" not in run.stdout


# -- 17: a clinic with template text never "meets every requirement" (it is a column: TXT001) --


def test_item17_audit_counts_errors_and_puts_unreadable_clinics_first(tmp_path: Path, run_cli: Run) -> None:
    _policy(tmp_path, "clean.yaml")
    (tmp_path / "template.yaml").write_bytes((ROOT / "examples" / "gaps" / "placeholder-text.yaml").read_bytes())
    _policy(tmp_path, "broken.yaml", "clinic: [\n")
    run = run_cli("audit", "-f", "json", str(tmp_path))
    assert run.exit_code == 0
    data = json.loads(run.stdout)
    assert data["summary"]["complete"] == 1  # the template-text clinic has 4 errors, in its column "No template text"
    template = next(c for c in data["clinics"] if c["path"] == "template.yaml")
    assert template["cells"]["TXT001"]["status"] == "fail" and not template["meets_every_requirement"]
    order = [c["path"] for c in data["clinics"]]
    assert order == ["broken.yaml", "template.yaml", "clean.yaml"]
    markdown = run_cli("audit", str(tmp_path))
    assert "- 1 meets every requirement" in markdown.stdout
    assert "Clinics that could not be checked come first, then those with the most gaps." in markdown.stdout


# -- 19: CSV that spreadsheets read right ----------------------------------------------


def test_item19_csv_has_a_bom_and_the_same_bytes_on_screen_and_in_a_file(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _policy(tmp_path / "p", "ninos.yaml", GOOD_YAML.replace("Riverside Counseling", "Niños Counseling"))
    screen = run_cli("audit", "-f", "csv", "p")
    assert screen.exit_code == 0
    to_file = run_cli("audit", "-o", "report.csv", "p")
    assert to_file.exit_code == 0
    assert to_file.stderr == "Wrote report.csv: 1 clinic, 0 with gaps, 0 gaps in all.\n"
    raw = (tmp_path / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfclinic,file,")
    assert "Niños Counseling".encode("utf-8") in raw
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    from click.testing import CliRunner

    from policy_lint.cli import cli

    screen_bytes = CliRunner().invoke(cli, ["audit", "-f", "csv", "p"]).stdout_bytes  # run_cli's text turns CRLF into LF
    assert screen_bytes == raw


# -- 20: --debug shows the trace of an internal error ------------------------------


def _crash_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    import policy_lint.loading as source

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a bug planted by the test")

    monkeypatch.setattr(source, "load_path", broken)


def test_item20_debug_shows_the_trace_of_an_internal_error(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _policy(tmp_path)
    _crash_loader(monkeypatch)
    run = run_cli("check", "--debug", str(path))
    assert run.exit_code == 2
    assert "PL000 policy-lint failed while checking this file: ValueError" in run.stdout
    assert f"policy-lint failed while checking this file in {path}:" in run.stderr
    assert "Traceback (most recent call last):" in run.stderr
    assert "ValueError: a bug planted by the test" in run.stderr
    assert run.stderr.rstrip().endswith("policy-lint hit an internal error: the PL000 findings and their traces are above.")
    # Without --debug: the finding and its hint, no trace.
    quiet = run_cli("check", str(path))
    assert quiet.exit_code == 2
    assert "Run with --debug to see the full trace." in quiet.stdout
    assert "Traceback" not in quiet.stderr + quiet.stdout


# -- 21: hints a pip user can follow ---------------------------------------------------


def test_item21_empty_file_hint_names_the_fields(tmp_path: Path, run_cli: Run) -> None:
    path = _policy(tmp_path, "empty.yaml", "# our policy goes here\n")
    run = run_cli("check", str(path))
    assert run.exit_code == 1
    assert "PAR006 The file holds no policy: only comments, or an empty document." in run.stdout
    assert "hint: A policy needs `schema_version: 1` and a `clinic:` section with the clinic's name." in run.stdout
    assert "examples/" not in run.stdout


@pytest.mark.parametrize(
    "old, new, message, hint",
    [
        ("may_tell: [emergency services", "may_tell: Texas DFPS\n    x-was: [emergency services", "'may_tell' should be a list, but it is text.", "Write a list in brackets, such as may_tell: [Texas DFPS]"),
        ("  language: en", "  language: 5", "'language' should be text, but it is a number.", "Write text, such as language: en"),
        ("schema_version: 1", "schema_version: one", "'schema_version' must be 1, but it is 'one'.", "Write schema_version: 1"),
        ("effective_date: 2026-01-15", "effective_date: last week", "'effective_date' should be a date written as YYYY-MM-DD", "Write the year, month and day: effective_date: 2026-01-15"),
        ("effective_date: 2026-01-15", "effective_date: 2026-13-45", "'effective_date' should be a date written as YYYY-MM-DD", "Write the year, month and day: effective_date: 2026-01-15"),
    ],
)
def test_item21_type_hints_show_what_to_type_and_one_finding_per_place(old: str, new: str, message: str, hint: str, tmp_path: Path, run_cli: Run) -> None:
    assert old in GOOD_YAML
    path = _policy(tmp_path, "p.yaml", GOOD_YAML.replace(old, new, 1))
    run = run_cli("check", "-f", "json", str(path))
    assert run.exit_code == 1
    found = [f for f in json.loads(run.stdout)["files"][0]["findings"] if f["rule"] == "SCH003"]
    assert len(found) == 1, found  # one finding at one place
    assert message in found[0]["message"]
    assert found[0]["hint"] == hint


# -- the catalogue notes every item ------------------------------------------------


def test_every_item_is_documented() -> None:
    doc = (ROOT / "docs" / "hardening.md").read_text(encoding="utf-8")
    names = sorted({name for name in globals() if name.startswith("test_item")})
    missing = [n for n in names if f"`{n}`" not in doc]
    assert not missing, f"add these tests to docs/hardening.md: {missing}"
