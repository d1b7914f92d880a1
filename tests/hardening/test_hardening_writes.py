"""Safe writes: reports and baselines go through atomic_write, which never loses a byte."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from hardening_cases import GOOD_YAML
from policy_lint._io import ProtectedFileError, atomic_write

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    atomic_write(target, '{"ok": true}\n')
    assert target.read_text(encoding="utf-8") == '{"ok": true}\n'
    assert _leftovers(tmp_path) == []


@posix_only
def test_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "r.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.txt").stat().st_mode) == 0o640


@posix_only
def test_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


@pytest.mark.parametrize("where", ["write", "fsync", "chmod", "replace"])
def test_a_failing_write_leaves_the_old_file_and_no_temp_file(where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.txt"
    target.write_text("the old report\n", encoding="utf-8")

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, fh: Any) -> None:
                self.fh = fh

            def __enter__(self) -> "HalfWriter":
                return self

            def __exit__(self, *exc: Any) -> None:
                self.fh.close()

            def write(self, raw: bytes) -> int:
                self.fh.write(raw[: len(raw) // 2])  # half of it reaches the disk
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(os, where, fail)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, "the new report, which is much longer than the old one\n")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "the old report\n"
    assert _leftovers(tmp_path) == []


def test_a_crash_mid_write_leaves_the_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or a kill) between writing and renaming: the old file is whole."""
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


@posix_only
@pytest.mark.parametrize("how", ["same path", "relative path", "symlink", "hard link"])
def test_refuses_to_write_over_a_protected_file(how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    target: Path | str = policy
    if how == "relative path":
        monkeypatch.chdir(tmp_path)
        target = "./sub/../policy.yaml"
        (tmp_path / "sub").mkdir()
    elif how == "symlink":
        target = tmp_path / "report.txt"
        os.symlink(policy, target)
    elif how == "hard link":
        target = tmp_path / "report.txt"
        os.link(policy, target)
    with pytest.raises(ProtectedFileError, match="is one of the files being checked"):
        atomic_write(target, "a report", protect=[policy])
    assert policy.read_text(encoding="utf-8") == GOOD_YAML
    assert isinstance(ProtectedFileError("x"), FileExistsError)  # older callers catch FileExistsError


@posix_only
def test_follows_a_link_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    os.symlink(real, link)
    atomic_write(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


@posix_only
def test_never_replaces_a_device(tmp_path: Path) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    atomic_write("/dev/null", "a report nobody wants")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path, "x")
    assert _leftovers(tmp_path) == []


def test_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "no" / "such" / "report.txt", "x")


# -- the command line ---------------------------------------------------------------------------


def test_report_never_overwrites_a_linted_policy(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    result = run_cli("check", "-f", "json", "-o", str(policy), str(policy))
    assert result.exit_code == 2
    assert "is one of the files being checked" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert policy.read_text(encoding="utf-8") == GOOD_YAML


def test_report_goes_to_the_file(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("old", encoding="utf-8")
    if os.name == "posix":
        report.chmod(0o640)
    result = run_cli("check", "-f", "json", "-o", str(report), str(policy))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] == 1
    if os.name == "posix":
        assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_report_into_a_missing_folder_is_a_clear_error(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    result = run_cli("check", "-o", str(tmp_path / "nope" / "r.txt"), str(policy))
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr


def test_baseline_never_overwrites_a_linted_policy(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    result = run_cli("check", "--write-baseline", str(policy), str(policy))
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert policy.read_text(encoding="utf-8") == GOOD_YAML


def test_only_atomic_write_writes_files() -> None:
    """No module of the package opens a file for writing except policy_lint/_io.py."""
    pattern = re.compile(r"""open\([^)]*['"](?:w|a|x|wb|ab|xb|w\+|r\+)['"]|\.write_text\(|\.write_bytes\(|os\.open\([^)]*O_(?:WRONLY|RDWR|CREAT)""")
    offenders = []
    for path in sorted((ROOT / "policy_lint").rglob("*.py")):
        if path.name == "_io.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "write through policy_lint._io.atomic_write instead:\n" + "\n".join(offenders)


@posix_only
def test_a_pipe_in_place_of_a_cache_file_never_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """policy-lint's own cache is read without blocking: a FIFO there is skipped, not waited on."""
    import time

    from policy_lint import resources
    from policy_lint._io import read_regular

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        read_regular(fifo, 1024)
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b"1," * 1000 + b"1]")
    with pytest.raises(OSError, match="larger than"):
        read_regular(big, 100)

    # Put a pipe where the cache of the base pack would be: loading still works, at once.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pack = resources.pack_path("base")
    assert pack is not None
    resources.load_shipped_yaml(pack)  # writes the cache file
    cached = next((tmp_path / "cache" / "policy-lint").glob("base-*.json"))
    cached.unlink()
    os.mkfifo(cached)
    start = time.perf_counter()
    data = resources.load_shipped_yaml(pack)
    assert time.perf_counter() - start < 5
    assert isinstance(data, dict) and data.get("pack") == "base"


@posix_only
def test_report_to_dev_stdout_and_to_a_pipe_with_no_reader(tmp_path: Path) -> None:
    """-o /dev/stdout writes through the link; -o to a pipe nobody reads fails at once, never hangs."""
    import subprocess
    import time

    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    run = [sys.executable, "-m", "policy_lint", "check", "-f", "json"]
    was_link = os.path.islink("/dev/stdout")
    proc = subprocess.run([*run, "-o", "/dev/stdout", str(policy)], capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["summary"]["files"] == 1
    assert os.path.islink("/dev/stdout") == was_link  # the link itself is untouched

    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    start = time.perf_counter()
    proc = subprocess.run([*run, "-o", str(fifo), str(policy)], capture_output=True, env=env, timeout=60)
    assert time.perf_counter() - start < 30
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not replaced by a file
