"""Shared fixtures: run the CLI in-process, lint text, find the examples."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from policy_lint.session import make_linter
from policy_lint.engine import Linter
from policy_lint.findings import FileResult
from policy_lint.packs import load_pack

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep policy-lint's parse cache out of the real home folder during tests."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    # Read every policy afresh: a reading kept by an earlier test would hide a change of the reader.
    # tests/meaning/test_store.py turns the reading cache on where it tests it.
    os.environ["POLICY_LINT_NO_READING_CACHE"] = "1"


@dataclass(frozen=True)
class CliRun:
    """What one CLI run printed and returned."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture()
def run_cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliRun]:
    """Run ``policy-lint`` in-process and capture its exit code and output."""
    from policy_lint.cli import cli

    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None) -> CliRun:
        runner = CliRunner()
        result = runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
        return CliRun(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture(scope="session")
def base_pack():  # type: ignore[no-untyped-def]
    """The built-in base pack, loaded and validated once."""
    return load_pack("base", validate_builtin=True)


@pytest.fixture(scope="session")
def linter(base_pack) -> Linter:  # type: ignore[no-untyped-def]
    """A linter with every rule of the base pack."""
    return make_linter(base_pack)


@pytest.fixture()
def lint(linter: Linter) -> Callable[..., FileResult]:
    """Lint policy text and return the file's result."""

    def run(text: str, name: str = "policy.yaml", *, is_json: bool = False) -> FileResult:
        return linter.lint_text(text, name, is_json=is_json or name.endswith(".json"))

    return run


def tuples(result: FileResult, prefix: str = "") -> list[tuple[str, int, int]]:
    """The (rule, line, column) of each finding whose ID starts with ``prefix``."""
    return [f.check_tuple() for f in result.findings if f.rule_id.startswith(prefix)]


def missing_tool(message: str) -> None:
    """Skip a test whose outside tool (Chromium, axe-core) is missing; in CI, fail it.

    .ci/run installs these tools, so in CI (CI=true) a missing one means the
    install step broke, and a skipped browser test would hide that.
    """
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: .ci/run should have installed it)", pytrace=False)
    pytest.skip(message)


def stances(text: str) -> dict[str, str]:
    """topic -> stance ('states', 'opposite', 'vague') of one passage, as the reading core reads it."""
    from policy_lint.meaning import read_passage

    return {st.topic: st.stance for st in read_passage(text)}


def load_script(path: Path, name: str | None = None) -> Any:
    """Import a script of tools/ or benchmarks/ by its path (they are not a package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


#: Flags for headless Chromium on a machine with no network (no background calls home).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The Chromium to use, or skip the test (in CI, fail it: .ci/run installs Debian's chromium)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    missing_tool("Chromium is not installed (apt-get install -y chromium); .ci/run installs it in CI")


_MODULES_AFTER = (
    "import sys\n"
    "from policy_lint.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print('\\nMODULES', ' '.join(sorted(sys.modules)))\n"
)


def modules_after(*args: str) -> set[str]:
    """The modules a fresh ``policy-lint ARGS`` process has loaded when it ends (for lazy-import tests)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _MODULES_AFTER, *args], capture_output=True, text=True, check=False)
    return set(out.stdout.split("MODULES", 1)[1].split())


#: What policy-lint says on standard error when a signal stops a run ("Ctrl-C", "SIGTERM").
STOPPED = "policy-lint stopped before the end ({what}). Files it was writing were left as they were."


def stop_after(proc: Any, sig: str, seconds: float, timeout: float) -> tuple[bytes, bytes]:
    """Send ``sig`` ("SIGTERM", "SIGINT") to a running ``proc`` after ``seconds``; what it printed (stdout, stderr).

    A process still running at ``timeout`` (or when the test fails) is killed, so none is left behind.
    """
    import signal
    import time

    try:
        time.sleep(seconds)
        proc.send_signal(getattr(signal, sig))
        out, err = proc.communicate(timeout=timeout)
        return out, err
    finally:
        if proc.poll() is None:
            proc.kill()


def slow_run_script(entry: str) -> str:
    """A Python script that runs policy-lint through ``entry`` ("policy_lint.cli" or
    "policy_lint.launch"), with each file's lint made slow enough to stop the run in the middle."""
    return f"""
import sys, time
import policy_lint.engine as engine
real = engine.Linter.lint_path
def slow(self, *args, **kwargs):
    time.sleep(0.05)  # long enough to stop the run in the middle
    return real(self, *args, **kwargs)
engine.Linter.lint_path = slow
from {entry} import main
main(sys.argv[1:])
"""
