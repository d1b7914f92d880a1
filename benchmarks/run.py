"""Compare the speed of policy-lint with check-jsonschema on the same files.

In one run and on the same generated policies, this script runs
``policy-lint check`` (all default rules) and ``check-jsonschema --schemafile
schemas/confidentiality-policy.schema.json`` on 1 file (cold start, repeated),
1,000 files and 10,000 files. For each run it measures wall time, CPU time
(user + sys of the tool and all its child processes) and peak memory, and
prints the ratio policy-lint / check-jsonschema with a PASS or MISS against
the targets of the speed issue.

Each tool lives in its own venv under ``benchmarks/out/`` (made on the first
run, reused after): policy-lint installed from this checkout (not editable),
check-jsonschema from ``benchmarks/requirements.txt`` (its default install).

Usage::

    python benchmarks/run.py                   # full run: 1, 1000, 10000 files
    python benchmarks/run.py --quick           # a handful of files, a few seconds
    python benchmarks/run.py --sizes 1,1000 --json out.json

Linux only (it reads /proc). Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SCHEMA = REPO / "schemas" / "confidentiality-policy.schema.json"
PAGE = os.sysconf("SC_PAGE_SIZE")

PL = "policy-lint"
CJS = "check-jsonschema"
TOOLS = (PL, CJS)

# Targets from the speed issue. Ratios are policy-lint / check-jsonschema.
TARGET_COLD_WALL = 0.5
TARGET_BIG_WALL = 0.25
TARGET_BIG_PEAK = 1.0
TARGET_GROWTH = 0.10


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("policy_lint_bench_generate", HERE / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------------------
# Measuring one process tree
# ---------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return kids
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                kids.extend(int(x) for x in f.read().split())
        except OSError:
            pass
    return kids


def _tree(root: int) -> list[int]:
    seen = [root]
    i = 0
    while i < len(seen):
        seen.extend(_children(seen[i]))
        i += 1
    return seen


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Sample the memory of a process and all its descendants from /proc.

    Every ``interval`` seconds (4 times less often after ``slow_after``
    seconds, to keep the sampler's own CPU use low on long runs): the sum of
    RSS over the tree. Every fourth sample also the sum of PSS (shared pages
    split between the processes that share them), which costs more to read.
    With ``skip_root`` the root process (the ``time`` wrapper) is not counted.
    """

    def __init__(self, pid: int, interval: float = 0.005, slow_after: float = 2.0, skip_root: bool = False) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.slow_after = slow_after  # then sample 4 times less often: memory moves slowly in long runs
        self.skip_root = skip_root
        self.peak_rss = 0
        self.peak_pss = 0
        self.samples = 0
        self.max_procs = 0
        self._done = threading.Event()

    def run(self) -> None:
        n = 0
        start = time.monotonic()
        while not self._done.is_set():
            pids = _tree(self.pid)
            if self.skip_root:
                pids = pids[1:]
            self.max_procs = max(self.max_procs, len(pids))
            self.peak_rss = max(self.peak_rss, sum(_rss(p) for p in pids))
            if n % 4 == 0:
                self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in pids))
            n += 1
            self.samples = n
            slow = time.monotonic() - start > self.slow_after
            self._done.wait(self.interval * (4 if slow else 1))

    def stop(self) -> None:
        self._done.set()
        self.join()


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss: int
    peak_pss: int
    maxrss: int
    exit_codes: list[int]
    crashed: bool
    stderr_head: str
    stdout_lines: int
    invocations: int
    max_procs: int
    load1: float


# A process forked from this runner starts with the runner's own peak RSS in
# ru_maxrss (the kernel keeps the highest RSS of any memory map the process
# had, and the fork's first map is a copy of ours). GNU time is small, so when
# it is there the tool is started through it and its %M is the tool's own peak.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def _kill_group(pid: int) -> None:
    """End the tool we started, and its children (its own process group)."""
    try:
        os.killpg(pid, 9)
    except OSError:
        pass


def _measure_one(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile() as tfile:
        wrapped = [GNU_TIME, "-f", "maxrss_kb %M", "-o", tfile.name, "--"] + argv if GNU_TIME else argv
        load1 = _loadavg().split()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid, skip_root=GNU_TIME is not None)
        sampler.start()
        timer = threading.Timer(timeout, _kill_group, (proc.pid,))
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        maxrss = ru.ru_maxrss * 1024  # KiB on Linux
        if GNU_TIME:
            tail = Path(tfile.name).read_text(errors="replace").split()
            if len(tail) >= 2 and tail[-2] == "maxrss_kb" and tail[-1].isdigit():
                maxrss = int(tail[-1]) * 1024
    code = proc.returncode
    crashed = code not in (0, 1) or "Traceback (most recent call last)" in stderr
    return {
        "wall": wall,
        "cpu": ru.ru_utime + ru.ru_stime,  # the child and the descendants it waited for
        "peak_rss": sampler.peak_rss,
        "peak_pss": sampler.peak_pss,
        "maxrss": maxrss,  # the largest single process of the tree
        "load1": float(load1) if load1.replace(".", "", 1).isdigit() else -1.0,
        "code": code,
        "crashed": crashed,
        "stderr": stderr,
        "stdout_lines": stdout.count(b"\n"),
        "max_procs": sampler.max_procs,
    }


def _arg_chunks(base: list[str], files: list[str], env: dict[str, str], limit: int | None = None) -> list[list[str]]:
    """Split ``files`` so that each command line fits the OS limit (ARG_MAX)."""
    if limit is None:
        limit = os.sysconf("SC_ARG_MAX")
    env_cost = sum(len(k) + len(v) + 2 + 8 for k, v in env.items())
    base_cost = sum(len(a) + 1 + 8 for a in base)
    budget = limit - env_cost - base_cost - 64 * 1024  # keep a wide margin
    chunks: list[list[str]] = []
    cur: list[str] = []
    used = 0
    for f in files:
        cost = len(f.encode()) + 1 + 8
        if cur and used + cost > budget:
            chunks.append(cur)
            cur, used = [], 0
        cur.append(f)
        used += cost
    if cur:
        chunks.append(cur)
    return chunks


def measure(base: list[str], files: list[str], cwd: Path, env: dict[str, str], timeout: float) -> Run:
    """Run ``base + files`` (split if needed) and add up the chunks."""
    parts = [_measure_one(base + chunk, cwd, env, timeout) for chunk in _arg_chunks(base, files, env)]
    return Run(
        wall=sum(p["wall"] for p in parts),
        cpu=sum(p["cpu"] for p in parts),
        peak_rss=max(p["peak_rss"] for p in parts),
        peak_pss=max(p["peak_pss"] for p in parts),
        maxrss=max(p["maxrss"] for p in parts),
        exit_codes=[p["code"] for p in parts],
        crashed=any(p["crashed"] for p in parts),
        stderr_head="\n".join(next((p["stderr"] for p in parts if p["crashed"]), parts[0]["stderr"]).splitlines()[-12:]),
        stdout_lines=sum(p["stdout_lines"] for p in parts),
        invocations=len(parts),
        max_procs=max(p["max_procs"] for p in parts),
        load1=max(p["load1"] for p in parts),
    )


# ---------------------------------------------------------------------------
# Venvs, corpus, machine facts
# ---------------------------------------------------------------------------

def _run(cmd: list[str], **kw: Any) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in files:
            if "__pycache__" in p.parts or p.suffix == ".pyc":
                continue
            h.update(str(p.relative_to(REPO)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _venv(path: Path, log: Any) -> Path:
    py = path / "bin" / "python"
    if not py.exists():
        log(f"creating venv {path}")
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    return py


def ensure_policy_lint(out: Path, log: Any) -> list[str]:
    """Install policy-lint from this checkout (not editable); reinstall when the source changes."""
    venv = out / "venv-policy-lint"
    py = _venv(venv, log)
    sources = [REPO / "pyproject.toml", REPO / "policy_lint", REPO / "schemas"]
    sources += [p for p in (REPO / "README.md",) if p.exists()]
    stamp = venv / ".installed-from"
    fp = _fingerprint(sources)
    if not stamp.exists() or stamp.read_text() != fp:
        log("installing policy-lint from the checkout into " + str(venv))
        pip = [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run(pip + [str(REPO)], check=True)
        subprocess.run(pip + ["--force-reinstall", "--no-deps", str(REPO)], check=True)
        stamp.write_text(fp)
    return [str(venv / "bin" / "policy-lint")]


def ensure_check_jsonschema(out: Path, log: Any) -> list[str]:
    venv = out / "venv-check-jsonschema"
    py = _venv(venv, log)
    req = HERE / "requirements.txt"
    stamp = venv / ".installed-from"
    fp = hashlib.sha256(req.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != fp:
        log("installing check-jsonschema into " + str(venv))
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(req)], check=True)
        stamp.write_text(fp)
    return [str(venv / "bin" / "check-jsonschema")]


def ensure_corpus(corpus: Path, count: int, seed: int, log: Any) -> list[dict[str, Any]]:
    gen = _load_generator()
    manifest_path = corpus / "manifest.json"
    if manifest_path.exists():
        m = json.loads(manifest_path.read_text(encoding="utf-8"))
        if m.get("generator_version") == gen.GENERATOR_VERSION and m.get("seed") == seed and m.get("count", 0) >= count:
            return m["files"]
        log(f"corpus in {corpus} is stale or too small; making it again")
        for f in m.get("files", []):
            (corpus / f["name"]).unlink(missing_ok=True)
    log(f"generating {count} policies into {corpus}")
    return gen.generate(corpus, count, seed)["files"]


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def machine_facts() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) // 1024} MiB"
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores_online": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "memory": mem,
        "kernel": platform.release(),
        "runner_python": platform.python_version(),
        "load_average_at_start": _loadavg(),
        "date_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def tool_facts(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    facts: dict[str, Any] = {"command": " ".join(cmd)}
    try:
        lines = _run(cmd + ["--version"], env=env).strip().splitlines()
        facts["version"] = lines[-1] if lines else "unknown"
    except (subprocess.CalledProcessError, OSError) as e:
        facts["version"] = f"unknown ({e})"
    exe = Path(cmd[0])
    py = exe.parent / "python"
    if exe.parent.name == "bin" and py.exists():
        try:
            facts["python"] = _run([str(py), "-c", "import platform; print(platform.python_version())"]).strip()
            facts["packages"] = _run([str(py), "-m", "pip", "freeze", "--disable-pip-version-check"]).split()
        except (subprocess.CalledProcessError, OSError):
            pass
    return facts


def git_facts() -> dict[str, Any]:
    try:
        head = _run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]).strip()
        dirty = bool(_run(["git", "-C", str(REPO), "status", "--porcelain", "--", "policy_lint", "schemas", "pyproject.toml"]).strip())
        return {"head": head, "policy_lint_source_modified": dirty}
    except (subprocess.CalledProcessError, OSError):
        return {}


# ---------------------------------------------------------------------------
# The benchmark
# ---------------------------------------------------------------------------

@dataclass
class Result:
    size: int
    tool: str
    runs: list[Run] = field(default_factory=list)

    def med(self, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in self.runs)

    def spread(self, attr: str) -> tuple[float, float]:
        vals = [getattr(r, attr) for r in self.runs]
        return min(vals), max(vals)


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env.setdefault("LANG", "C.UTF-8")
    return env


def _warm_cache(corpus: Path, names: list[str]) -> None:
    for n in names:
        with open(corpus / n, "rb") as f:
            f.read()


def run_benchmark(args: argparse.Namespace, log: Any) -> dict[str, Any]:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    env = _child_env()
    cmds: dict[str, list[str]] = {}
    cmds[PL] = shlex.split(args.policy_lint_cmd) if args.policy_lint_cmd else ensure_policy_lint(out, log)
    cmds[CJS] = shlex.split(args.check_jsonschema_cmd) if args.check_jsonschema_cmd else ensure_check_jsonschema(out, log)

    sizes = sorted(set(args.sizes))
    corpus = args.corpus or (out / ("corpus-quick" if args.quick else "corpus"))
    files = ensure_corpus(corpus, max(max(sizes), 1), args.seed, log)
    names = [f["name"] for f in files]
    # The one-file run uses the first complete YAML policy in plain words: the
    # pre-commit case, a maintained policy that mostly passes.
    single = next((f["name"] for f in files if f["format"] == "yaml" and not f["gaps"] and f.get("register") == "plain"),
                  next((f["name"] for f in files if f["format"] == "yaml" and not f["gaps"]), names[0]))

    help_text = ""
    try:
        help_text = subprocess.run(cmds[PL] + ["check", "--help"], capture_output=True, text=True, env=env).stdout
    except OSError:
        pass
    jobs_supported = "--jobs" in help_text
    pl_base = cmds[PL] + ["check"]
    jobs_note = "tool default"
    if args.jobs is not None:
        if jobs_supported:
            pl_base += ["--jobs", str(args.jobs)]
            jobs_note = f"--jobs {args.jobs}"
        else:
            log(f"policy-lint check has no --jobs option; ignoring --jobs {args.jobs}")
            jobs_note = "tool default (--jobs not supported)"
    bases = {PL: pl_base, CJS: cmds[CJS] + ["--schemafile", str(args.schema)]}

    report: dict[str, Any] = {
        "machine": machine_facts(),
        "git": git_facts(),
        "tools": {t: tool_facts(cmds[t], env) for t in TOOLS},
        "policy_lint_jobs": jobs_note,
        "policy_lint_has_jobs_option": jobs_supported,
        "corpus": {
            "dir": str(corpus),
            "seed": args.seed,
            "files": len(files),
            "single_file": single,
            "mean_bytes": round(statistics.mean(f["bytes"] for f in files)),
            "mean_lines": round(statistics.mean(f["lines"] for f in files)),
            "json_files": sum(f["format"] == "json" for f in files),
            "files_with_gaps": sum(bool(f["gaps"]) for f in files),
        },
        "memory_note": "peak = max over samples (every 5 ms for the first 2 s, then every 20 ms) of the sum of RSS of the tool and all its child processes (/proc/PID/statm); pss = the same with PSS from smaps_rollup (every 4th sample); maxrss = peak RSS of the largest single process, from GNU time %M (or ru_maxrss from wait4 without it)",
        "results": [],
    }

    for n in sizes:
        chosen = [single] if n == 1 else names[:n]
        _warm_cache(corpus, chosen)
        repeat = args.repeat if n == 1 else args.repeat_large
        res = {t: Result(n, t) for t in TOOLS}
        if n == 1:  # one discarded run each: load the tool's files into the page cache
            for t in TOOLS:
                measure(bases[t], chosen, corpus, env, args.timeout)
        for i in range(repeat):
            order = TOOLS if i % 2 == 0 else TOOLS[::-1]
            for t in order:
                log(f"{n} file(s): {t} run {i + 1}/{repeat}")
                r = measure(bases[t], chosen, corpus, env, args.timeout)
                if r.crashed:
                    log(f"!! {t} crashed on {n} file(s), exit codes {r.exit_codes}:\n{r.stderr_head}")
                res[t].runs.append(r)
        for t in TOOLS:
            report["results"].append(_summary(res[t]))
    report["machine"]["load_average_at_end"] = _loadavg()
    report["ratios"] = _ratios(report["results"])
    report["targets"] = _targets(report)
    return report


def _summary(r: Result) -> dict[str, Any]:
    lo, hi = r.spread("wall")
    return {
        "size": r.size,
        "tool": r.tool,
        "repeats": len(r.runs),
        "wall_s": r.med("wall"),
        "wall_min_s": lo,
        "wall_max_s": hi,
        "cpu_s": r.med("cpu"),
        "peak_rss_mb": r.med("peak_rss") / 2**20,
        "peak_pss_mb": r.med("peak_pss") / 2**20,
        "maxrss_mb": r.med("maxrss") / 2**20,
        "ms_per_file": 1000 * r.med("wall") / r.size,
        "invocations": r.runs[0].invocations,
        "max_processes": max(x.max_procs for x in r.runs),
        "exit_codes": sorted({c for x in r.runs for c in x.exit_codes}),
        "crashed": any(x.crashed for x in r.runs),
        "stderr_tail": next((x.stderr_head for x in r.runs if x.crashed), ""),
        "output_lines": r.runs[0].stdout_lines,
        "load_average_1min_before": [x.load1 for x in r.runs],
        "cpu_ms_per_file": 1000 * r.med("cpu") / r.size,
    }


def _get(results: list[dict[str, Any]], size: int, tool: str) -> dict[str, Any] | None:
    return next((r for r in results if r["size"] == size and r["tool"] == tool), None)


def _ratios(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    ratios: dict[str, dict[str, float]] = {}
    for size in sorted({r["size"] for r in results}):
        a, b = _get(results, size, PL), _get(results, size, CJS)
        if a and b:
            ratios[str(size)] = {
                k: (a[k] / b[k] if b[k] else float("nan"))
                for k in ("wall_s", "cpu_s", "peak_rss_mb", "peak_pss_mb", "maxrss_mb")
            }
    return ratios


def _growth(results: list[dict[str, Any]], tool: str, key: str = "ms_per_file") -> float | None:
    a, b = _get(results, 1000, tool), _get(results, 10000, tool)
    if a and b and a[key]:
        return b[key] / a[key] - 1
    return None


def _targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    ratios = report["ratios"]
    crashed = any(r["crashed"] for r in report["results"])

    def verdict(value: float | None, limit: float) -> str:
        if value is None:
            return "n/a"
        if crashed:
            return "INVALID (a tool crashed)"
        return "PASS" if value <= limit else "MISS"

    cold = ratios.get("1", {})
    big = ratios.get("10000", {})
    growth = _growth(report["results"], PL)
    growth_cpu = _growth(report["results"], PL, "cpu_ms_per_file")
    # The verdict is on wall time (what users wait for); the CPU figure is
    # shown beside it because it moves much less when the machine is busy.
    return [
        {"target": "cold start (1 file): wall ratio <= 0.5", "value": cold.get("wall_s"), "cpu_value": cold.get("cpu_s"),
         "limit": TARGET_COLD_WALL, "verdict": verdict(cold.get("wall_s"), TARGET_COLD_WALL)},
        {"target": "10,000 files: wall ratio <= 0.25", "value": big.get("wall_s"), "cpu_value": big.get("cpu_s"),
         "limit": TARGET_BIG_WALL, "verdict": verdict(big.get("wall_s"), TARGET_BIG_WALL)},
        # Peak memory, two ways. One process: the kernel's peak RSS of the
        # largest process (GNU time %M, what "peak memory" of one command
        # usually means). The whole tree: the sum of PSS, where the pages a
        # worker shares with its parent count once (a sum of RSS counts
        # them twice, so it is shown in the table but not judged).
        {"target": "10,000 files: peak memory ratio <= 1.0 (largest process, GNU time %M)", "value": big.get("maxrss_mb"), "cpu_value": None,
         "limit": TARGET_BIG_PEAK, "verdict": verdict(big.get("maxrss_mb"), TARGET_BIG_PEAK)},
        {"target": "10,000 files: peak memory ratio <= 1.0 (all processes, sum of PSS)", "value": big.get("peak_pss_mb"), "cpu_value": None,
         "limit": TARGET_BIG_PEAK, "verdict": verdict(big.get("peak_pss_mb"), TARGET_BIG_PEAK)},
        {"target": "policy-lint per-file time growth 1,000 -> 10,000 <= +10%", "value": growth, "cpu_value": growth_cpu,
         "limit": TARGET_GROWTH, "verdict": verdict(growth, TARGET_GROWTH)},
    ]


def format_report(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"policy-lint benchmark, {m['date_utc']}",
        f"machine: {m['cpu']}, {m['cores_usable']} cores usable ({m['cores_online']} online), {m['memory']} RAM, Linux {m['kernel']}",
    ]
    for t in TOOLS:
        f = report["tools"][t]
        extra = f", Python {f['python']}" if "python" in f else ""
        yaml_pkgs = [p for p in f.get("packages", []) if p.lower().startswith(("ruamel", "pyyaml", "jsonschema", "fastjsonschema", "jsonschema-rs", "orjson"))]
        lines.append(f"{t}: {f['version']}{extra}" + (f" [{', '.join(yaml_pkgs)}]" if yaml_pkgs else ""))
    lines.append(f"load average (1, 5, 15 min): {m['load_average_at_start']} at start, {m.get('load_average_at_end', '?')} at end")
    g = report.get("git", {})
    if g:
        lines.append(f"checkout: {g.get('head')}" + (" (policy_lint/ or schemas/ modified, not committed)" if g.get("policy_lint_source_modified") else ""))
    c = report["corpus"]
    lines.append(
        f"corpus: seed {c['seed']}, {c['files']} files, mean {c['mean_bytes']} bytes / {c['mean_lines']} lines, "
        f"{c['json_files']} JSON, {c['files_with_gaps']} with gaps; 1-file runs use {c['single_file']}"
    )
    lines.append(f"policy-lint options: check, {report['policy_lint_jobs']}")
    lines.append("")
    head = f"{'files':>6}  {'tool':<17} {'wall s':>8} {'(min-max)':>15} {'CPU s':>7} {'peak MB':>8} {'PSS MB':>7} {'maxrss MB':>9} {'ms/file':>8} {'procs':>5} {'exit':>5}"
    lines.append(head)
    lines.append("-" * len(head))
    for r in report["results"]:
        spread = f"({r['wall_min_s']:.3f}-{r['wall_max_s']:.3f})" if r["repeats"] > 1 else ""
        codes = ",".join(str(x) for x in r["exit_codes"]) + (" CRASH" if r["crashed"] else "")
        lines.append(
            f"{r['size']:>6}  {r['tool']:<17} {r['wall_s']:>8.3f} {spread:>15} {r['cpu_s']:>7.3f} {r['peak_rss_mb']:>8.1f} "
            f"{r['peak_pss_mb']:>7.1f} {r['maxrss_mb']:>9.1f} {r['ms_per_file']:>8.2f} {r['max_processes']:>5} {codes:>5}"
        )
    lines.append("")
    lines.append("ratio policy-lint / check-jsonschema (lower is better for policy-lint):")
    lines.append(f"{'files':>6}  {'wall':>6} {'CPU':>6} {'peak':>6} {'PSS':>6} {'maxrss':>6}")
    for size, rr in report["ratios"].items():
        lines.append(f"{size:>6}  {rr['wall_s']:>6.2f} {rr['cpu_s']:>6.2f} {rr['peak_rss_mb']:>6.2f} {rr['peak_pss_mb']:>6.2f} {rr['maxrss_mb']:>6.2f}")
    for t in TOOLS:
        gr = _growth(report["results"], t)
        gc = _growth(report["results"], t, "cpu_ms_per_file")
        if gr is not None and gc is not None:
            lines.append(f"per-file time growth 1,000 -> 10,000 files, {t}: wall {gr * 100:+.1f}%, CPU {gc * 100:+.1f}%")
    lines.append("")
    lines.append("targets:")
    for tg in report["targets"]:
        growth = "growth" in tg["target"]

        def fmt(v: float | None) -> str:
            if v is None:
                return "-"
            return f"{v * 100:+.1f}%" if growth else f"{v:.3f}"

        cpu = f" (by CPU time: {fmt(tg['cpu_value'])})" if tg.get("cpu_value") is not None else ""
        lines.append(f"  {tg['verdict']:<5} {tg['target']}: {fmt(tg['value'])}{cpu}")
    cores = m["cores_usable"] or 1
    loads = [float(x) for x in (m["load_average_at_start"] + " " + m.get("load_average_at_end", "")).split() if x.replace(".", "", 1).isdigit()]
    if loads and max(loads) > 0.75 * cores:
        lines.append(f"  note: the machine was busy (load average up to {max(loads):.2f} on {cores} cores):")
        lines.append("        wall times and their ratios are less reliable than CPU times; run again when it is quiet.")
    for r in report["results"]:
        if r["crashed"]:
            lines.append("")
            lines.append(f"{r['tool']} crashed on {r['size']} file(s); end of its stderr:")
            lines.extend("    " + s for s in r["stderr_tail"].splitlines())
    lines.append("")
    lines.append("wall = median elapsed time; CPU = user+sys of the tool and its child processes (median);")
    lines.append("peak MB = highest sum of RSS over the tool's process tree, sampled from /proc every 5 ms")
    lines.append("(every 20 ms after 2 s), median of runs; PSS MB = the same with shared pages split;")
    lines.append("maxrss = the kernel's peak RSS of the largest single process (GNU time %M). Load average is")
    lines.append("printed because other work on the machine slows wall time (CPU time much less).")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",") if x], default=None,
                    help="comma-separated numbers of files (default 1,1000,10000)")
    ap.add_argument("--repeat", type=int, default=None, help="runs of the 1-file cold start per tool (default 15)")
    ap.add_argument("--repeat-large", type=int, default=1, help="runs per tool for sizes above 1 (default 1; the median is reported)")
    ap.add_argument("--jobs", type=int, default=None, help="pass --jobs N to policy-lint check, if it has that option")
    ap.add_argument("--quick", action="store_true", help="a handful of files and 3 cold runs: checks the harness in seconds")
    ap.add_argument("--json", type=Path, default=None, help="also write all results to this JSON file")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="venvs and corpus (default benchmarks/out)")
    ap.add_argument("--corpus", type=Path, default=None, help="corpus folder (default OUT/corpus)")
    ap.add_argument("--seed", type=int, default=None, help="generator seed")
    ap.add_argument("--schema", type=Path, default=SCHEMA, help="schema for check-jsonschema")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds before a tool run is killed")
    ap.add_argument("--policy-lint-cmd", default=None, help="use this command instead of the venv's policy-lint (for example 'python -m policy_lint')")
    ap.add_argument("--check-jsonschema-cmd", default=None, help="use this command instead of the venv's check-jsonschema")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    if args.sizes is None:
        args.sizes = [1, 10] if args.quick else [1, 1000, 10000]
    if args.repeat is None:
        args.repeat = 3 if args.quick else 15
    if args.seed is None:
        args.seed = _load_generator().DEFAULT_SEED
    if any(n < 1 for n in args.sizes) or args.repeat < 1 or args.repeat_large < 1:
        ap.error("sizes and repeats must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    if not sys.platform.startswith("linux"):
        print("run.py reads /proc and needs Linux", file=sys.stderr)
        return 2
    args = parse_args(argv)

    def log(msg: str) -> None:
        if not args.quiet:
            print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    if not args.schema.exists():
        print(f"schema not found: {args.schema}", file=sys.stderr)
        return 2
    report = run_benchmark(args, log)
    text = format_report(report)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 3 if any(r["crashed"] for r in report["results"]) else 0


if __name__ == "__main__":
    sys.exit(main())
