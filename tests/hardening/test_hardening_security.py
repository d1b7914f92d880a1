"""Security guards: no network, no code from files, no runaway regexes, readable output anywhere."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from hardening_cases import GOOD_YAML, HANG_LIMIT

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


# -- every problem the loader finds has a rule ------------------------------------------


def test_every_load_problem_code_has_a_par_rule() -> None:
    """A problem code with no rule would be dropped in silence: the file would pass."""
    from policy_lint.packs import load_pack

    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "policy_lint" / "loading").glob("*.py")))
    source += (ROOT / "policy_lint" / "engine.py").read_text(encoding="utf-8")  # out-of-memory
    codes = set(re.findall(r'LoadProblem\(\s*"([a-z-]+)"', source))
    codes |= set(re.findall(r'_fail\(\s*name,\s*"([a-z-]+)"', source))
    codes |= set(re.findall(r'"(alias|too-many)" if self\.aliases else "(alias|too-many)"', source)[0])
    for reader in sorted((ROOT / "policy_lint" / "readers").glob("*.py")):  # prose readers
        text = reader.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:LoadProblem|_problem)\(\s*"([a-z-]+)"', text))
    assert {"scanned", "damaged", "reader-missing", "too-deep"} <= codes
    assert {"syntax", "empty", "not-mapping", "binary", "encoding", "too-large", "too-long", "merge", "too-many"} <= codes
    mapped: set[str] = set()
    for rule in load_pack("base").rules:
        if rule.kind == "input":
            mapped |= set(rule.params.get("problems") or [])
    assert codes <= mapped, f"no PAR rule for: {sorted(codes - mapped)}"


@pytest.mark.parametrize("args", [("--pack", "plain-language"), ("--ignore", "PAR003"), ("--select", "COV")])
def test_a_file_that_cannot_be_read_never_passes(args: tuple[str, ...], tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Even when the PAR rules are not selected, a broken file is reported, not passed."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("clinic: [a, b\n", encoding="utf-8")
    result = run_cli("check", *args, str(broken))
    assert result.exit_code == 1, result.stdout
    assert "PAR003" in result.stdout and "is not closed with ]" in result.stdout


# -- no network --------------------------------------------------------------------------


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way out to the network fail loudly, and record the attempts."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args)[:200])
        raise OSError("policy-lint tests: the network is blocked")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_linting_and_loading_never_use_the_network(no_network: list[str], run_cli: Callable[..., Any], tmp_path: Path) -> None:
    from policy_lint import resources, schema
    from policy_lint.packs import load_pack

    schema.validator.cache_clear()
    for name in ("base", "plain-language"):
        load_pack(name, validate_builtin=True)
    for fmt in ("text", "json"):
        result = run_cli("check", "-f", fmt, str(EXAMPLES))
        assert result.exit_code in (0, 1), result.stdout + result.stderr
    assert run_cli("rules").exit_code == 0
    # Every shipped schema builds a validator and checks data through its $refs.
    for path in sorted((ROOT / "schemas").glob("*.json")):
        v = schema.validator(path.name)
        list(v.iter_errors({"x-probe": {"nested": [1, "two", None]}}))
    config = tmp_path / ".policy-lint.yaml"
    config.write_text("pack: base\n", encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    assert run_cli("check", "--config", str(config), str(policy)).exit_code == 0
    assert resources.load_schema("confidentiality-policy.schema.json")
    assert no_network == []


def test_shipped_schemas_refer_only_to_themselves() -> None:
    """Every $ref in a shipped schema is local (starts with #)."""
    for path in sorted((ROOT / "schemas").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        refs = re.findall(r'"\$ref"\s*:\s*"([^"]*)"', text)
        remote = [r for r in refs if not r.startswith("#")]
        assert not remote, f"{path.name}: {remote}"


def test_a_remote_ref_is_refused_without_a_connection(no_network: list[str]) -> None:
    import jsonschema
    from referencing import Registry
    from referencing.exceptions import Unresolvable

    from policy_lint.schema import _refuse

    evil = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "properties": {"a": {"$ref": "https://schemas.evil.example/payload.json"}},
    }
    validator = jsonschema.Draft202012Validator(evil, registry=Registry(retrieve=_refuse))
    with pytest.raises(Unresolvable):
        list(validator.iter_errors({"a": 1}))
    assert no_network == []


# -- nothing in a file is ever run ------------------------------------------------------------


def test_yaml_tags_never_run_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tags that would run a command in an unsafe YAML loader leave no trace."""
    from policy_lint.loading import load_text

    marker = tmp_path / "ran"
    monkeypatch.chdir(tmp_path)
    called: list[str] = []
    monkeypatch.setattr(os, "system", lambda *a, **k: called.append("system") or 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: called.append("Popen"))
    text = (
        f"a: !!python/object/apply:os.system ['touch {marker}']\n"
        f"b: !!python/object/apply:subprocess.check_output [[touch, {marker}]]\n"
        "c: !!python/object/new:type [x, [], {}]\n"
        "d: !!python/name:builtins.exec\n"
        f"e: !!python/object/apply:builtins.exec ['open(\"{marker}\", \"w\")']\n"
    )
    result = load_text(text, "tags.yaml")
    assert result.document is not None
    assert [p.code for p in result.problems] == ["tag"] * 5
    assert result.document.data["a"] == [f"touch {marker}"]  # plain data, kept as written
    assert not marker.exists()
    assert called == []


# -- pack regexes cannot hang a run ------------------------------------------------------------

_PACK = """\
pack: mine
version: "1"
title: My pack
extends: [base]
rules:
  - id: TXT001
    params:
      patterns:
        - '\\bTODO\\b'
        - {pattern}
"""


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("'(a+)+$'", "a repeat inside a repeat"),
        ("'(\\w+\\s?)*$'", "a repeat inside a repeat"),
        ("'(a|ab)+c'", "repeats a choice whose options can match the same text"),
        ("'(x)\\1'", "backreference"),
        ("'[unclosed'", "not a valid regular expression"),
        ("'" + "a" * 1001 + "'", "more than the limit of 1,000"),
    ],
)
def test_a_runaway_pattern_is_refused_when_the_pack_loads(pattern: str, reason: str, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(_PACK.format(pattern=pattern), encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text(GOOD_YAML, encoding="utf-8")
    start = time.perf_counter()
    result = run_cli("check", "--pack", str(pack), str(policy))
    assert time.perf_counter() - start < HANG_LIMIT
    assert result.exit_code == 2
    out = result.stdout + result.stderr
    assert f"mine.yaml:10:11: rule TXT001 has a pattern that policy-lint will not run: it" in out.replace(str(tmp_path) + os.sep, "")
    assert reason in out
    assert "Traceback" not in out


def test_the_classic_redos_cannot_hang_even_past_the_check() -> None:
    """(a+)+$ on 'a' * 40 + 'b' needs about 2**40 steps; the timer stops it."""
    from policy_lint.patterns import RegexTimeout, UserRegex, time_bounds

    rx = UserRegex(r"(a+)+$", 0)  # built directly, so the load-time check is skipped
    for bounded in (False, True):
        start = time.perf_counter()
        with pytest.raises(RegexTimeout, match=r"took more than 0.5 seconds"):
            if bounded:
                with time_bounds():
                    rx.search("a" * 40 + "b")
            else:
                rx.search("a" * 40 + "b")
        assert time.perf_counter() - start < HANG_LIMIT


def test_the_timer_leaves_sigalrm_as_it_found_it() -> None:
    import signal

    from policy_lint.patterns import UserRegex, time_bounds

    before = signal.getsignal(signal.SIGALRM)
    rx = UserRegex(r"\bTODO\b", re.I)
    with time_bounds():
        rx.search("nothing here")  # fails the quick test: no search, so no timer yet
        assert signal.getsignal(signal.SIGALRM) == before
        with time_bounds():  # nested: one timer for both blocks
            assert rx.search("a TODO here") is not None
            assert signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)
        assert rx.search("another TODO") is not None
        assert signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)  # still the outer block's
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert rx.search("a TODO here") is not None  # a one-shot timer, put away at once
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_timer_leaves_someone_elses_sigalrm_alone() -> None:
    import signal

    from policy_lint.patterns import UserRegex, time_bounds

    def theirs(signum: int, frame: Any) -> None:
        pass

    before = signal.signal(signal.SIGALRM, theirs)
    try:
        rx = UserRegex(r"\bTODO\b", re.I)
        with time_bounds():
            assert rx.search("a TODO here") is not None
            assert signal.getsignal(signal.SIGALRM) is theirs
        assert rx.search("a TODO here") is not None
        assert signal.getsignal(signal.SIGALRM) is theirs
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


def test_a_slow_pattern_that_passes_the_check_is_stopped_and_reported(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """A pattern that is only slow (no nesting) is stopped by the timer; the rule says so."""
    pack = tmp_path / "mine.yaml"
    pack.write_text(_PACK.format(pattern="'\\w+\\s*\\w+\\s*\\w+x'"), encoding="utf-8")
    policy = tmp_path / "p.yaml"
    # The text holds an "x" (every match does), so the quick test lets the search run.
    policy.write_text(GOOD_YAML + "x-notes: x " + "a" * 60_000 + "\n", encoding="utf-8")
    start = time.perf_counter()
    result = run_cli("check", "--pack", str(pack), str(policy))
    assert time.perf_counter() - start < 2 * HANG_LIMIT
    assert result.exit_code == 1
    assert "TXT001 The pattern '\\w+\\s*\\w+\\s*\\w+x' took more than 0.5 seconds, so policy-lint stopped it." in result.stdout


def test_a_runaway_pattern_in_a_thread_is_refused_before_it_runs() -> None:
    """Outside the main thread there is no timer; the load-time check still refuses (a+)+."""
    from policy_lint.patterns import UnsafePattern, compile_user_regex

    errors: list[BaseException] = []

    def work() -> None:
        try:
            compile_user_regex(r"(a+)+$")
        except UnsafePattern as exc:
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(HANG_LIMIT)
    assert not t.is_alive()
    assert errors and "repeat inside a repeat" in str(errors[0])


def test_text_for_a_pattern_is_bounded() -> None:
    from policy_lint.patterns import MAX_TEXT, UserRegex

    rx = UserRegex(r"TODO", 0)
    assert rx.search("x" * MAX_TEXT + "TODO") is None  # past the bound: not searched
    assert rx.search("x" * (MAX_TEXT - 4) + "TODO") is not None


# -- printing to a strict UTF-8 terminal -----------------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs file names that are not UTF-8")
def test_odd_names_and_text_print_on_a_strict_utf8_terminal(tmp_path: Path) -> None:
    """A name that is not UTF-8 (a lone surrogate in Python) never crashes the output."""
    from policy_lint.reporters import REPORTERS

    folder = tmp_path / "policies"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/caf\xe9 \x1b[31m.yaml"
    with open(bad, "wb") as fh:
        fh.write(b"questions: '\xe2\x80\xae TODO'\n")
    (folder / "lone.json").write_text('{"questions": "\\udc80"}', encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    for fmt in REPORTERS:
        proc = subprocess.run(
            [sys.executable, "-m", "policy_lint", "check", "-f", fmt, str(folder)],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert proc.returncode == 1, (fmt, proc.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
        out = proc.stdout.decode("utf-8")  # strict
        # The name shows the byte as \xe9 (SARIF percent-encodes the backslash, %5Cxe9;
        # GitHub annotations turn it into a slash, caf/xe9).
        assert any(form in out for form in ("caf\\xe9", "caf\\\\xe9", "caf%5Cxe9", "caf/xe9")), (fmt, out[:500])
        if fmt == "json":
            json.loads(out)


# -- the pure-Python parser (used where ruamel.yaml.clib is missing, such as PyPy) -----------


def _data_cases() -> list[Any]:
    from hardening_cases import CASES

    slow = {"many-values": "100,000 values take about 15 s with the pure-Python parser"}
    out = []
    for case in CASES:
        if not case.build.__qualname__.startswith("data."):
            continue
        marks = [pytest.mark.skip(reason=slow[case.name])] if case.name in slow else []
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _data_cases())
def test_the_pure_python_parser_gives_the_same_first_problem(case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.loading import load_bytes, yaml_builder

    built = case.build(tmp_path)
    raw = Path(built.shown).read_bytes()
    is_json = built.shown.endswith(".json")
    with_c = load_bytes(raw, "x", is_json=is_json)
    monkeypatch.setattr(yaml_builder, "_parser", lambda text: yaml_builder._PureParser(text))
    pure = load_bytes(raw, "x", is_json=is_json)
    assert [p.code for p in pure.problems][:1] == [p.code for p in with_c.problems][:1]
    if pure.document is not None:
        for _, text in pure.document.strings():
            text.encode("utf-8")  # no lone surrogates reach the rules


def test_a_path_with_a_nul_character_is_a_finding_not_a_crash() -> None:
    from policy_lint.loading import load_path

    result = load_path("policy\x00.yaml")
    assert [p.code for p in result.problems] == ["unreadable"]
    assert "NUL character" in result.problems[0].message


def test_a_runaway_pattern_from_a_config_option_is_skipped_and_reported(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Config options can replace a pack's patterns; the rule refuses a runaway one and says so."""
    (tmp_path / ".policy-lint.yaml").write_text('rules:\n  TXT001:\n    patterns: ["(a+)+$", "\\\\bTODO\\\\b"]\n', encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text(GOOD_YAML + "x-notes: " + "a" * 40 + "b TODO\n", encoding="utf-8")
    start = time.perf_counter()
    result = run_cli("check", "--config", str(tmp_path / ".policy-lint.yaml"), str(policy))
    assert time.perf_counter() - start < HANG_LIMIT
    assert result.exit_code == 1
    assert "The pattern '(a+)+$' cannot be used: it has a repeat inside a repeat" in result.stdout
    assert "'TODO' looks like" in result.stdout  # the other pattern still runs


@pytest.mark.skipif(sys.platform == "win32", reason="file names with control characters")
def test_error_messages_escape_control_characters_in_paths(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    pack = tmp_path / "evil\x1b[2J.yaml"
    pack.write_text(_PACK.format(pattern="'(a+)+$'"), encoding="utf-8")
    result = run_cli("check", "--pack", str(pack), str(EXAMPLES / "complete.yaml"))
    assert result.exit_code == 2
    assert "evil\\x1b[2J.yaml:10:11:" in result.stderr
    assert "\x1b" not in result.stdout + result.stderr


def test_endless_standard_input_ends_with_a_finding() -> None:
    """`yes | policy-lint check -` must stop at the size limit, not read forever."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    command = [sys.executable, "-m", "policy_lint", "check", "--max-file-size", "64KB", "-"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env) as proc:
        pipe = proc.stdin
        assert pipe is not None and proc.stdout is not None

        def feed() -> None:
            try:
                while True:
                    pipe.write(b"questions: again and again\n" * 1000)
            except (BrokenPipeError, OSError, ValueError):
                pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        watchdog = threading.Timer(10 * HANG_LIMIT, proc.kill)  # a regression must fail, not hang
        watchdog.start()
        try:
            out = proc.stdout.read().decode("utf-8")  # ends when policy-lint exits
            proc.wait(timeout=10 * HANG_LIMIT)
        finally:
            watchdog.cancel()
            if proc.poll() is None:
                proc.kill()
            feeder.join(HANG_LIMIT)
            try:
                pipe.close()
            except OSError:
                pass
    assert proc.returncode == 1, out
    assert "PAR005 The input is larger than the limit of 64.0 KB" in out


@pytest.mark.parametrize("size", ["abc", "0", "-5MB", "nan", "inf", "1e400GB", ""])
def test_a_bad_size_limit_is_a_usage_error(size: str, run_cli: Callable[..., Any]) -> None:
    result = run_cli("check", f"--max-file-size={size}", str(EXAMPLES / "complete.yaml"))
    if size == "":
        assert result.exit_code in (0, 2)  # empty means "not given"
        return
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr and "Traceback" not in result.stderr
