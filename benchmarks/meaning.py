"""What reading the words (policy_lint/meaning) costs: a one-file run and a large run.

    python benchmarks/meaning.py                 # 1,000 generated policies, 7 cold starts
    python benchmarks/meaning.py --count 200 --cold 3

The budget (issue 12): at most 5 ms added to a one-file run, and at most
0.3 ms a typical policy in a large run. Measured here, never in tests:

* cold: in a fresh process, from nothing loaded to the coverage of
  examples/complete.yaml (import, lexicon, reading each passage once). The
  best of several runs, as the rest is noise from other processes.
* large: the coverage of each generated policy in one process, after the
  first 50 (so the lexicon is loaded), as a policy-lint audit reads them:
  passages that repeat across policies come from the cache.

Both print wall time (the budget) and CPU time (this process only): on a busy
machine wall time grows with the load, CPU time much less. Run it where the
package's .pyc files exist (not with PYTHONDONTWRITEBYTECODE=1 on a fresh
checkout): else the one-file figure includes compiling the source.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_COLD = r"""
import time, json, sys
t0 = time.perf_counter()
from policy_lint.loading import load_path
loaded = load_path(sys.argv[1])
t1 = time.perf_counter()
c1 = time.process_time()
from policy_lint.meaning import passages_of, coverage
from policy_lint.meaning._lexicon import lexicon
lexicon()
t2 = time.perf_counter()
items = coverage(passages_of(loaded.document))
t3 = time.perf_counter()
c3 = time.process_time()
print(json.dumps({"lexicon_ms": 1000 * (t2 - t1), "read_ms": 1000 * (t3 - t2), "added_ms": 1000 * (t3 - t1), "cpu_ms": 1000 * (c3 - c1), "passages": len(passages_of(loaded.document))}))
"""


def cold(runs: int) -> dict[str, float]:
    """The best of ``runs`` fresh processes (the cache of shipped files is warm, as after the first run)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD, str(ROOT / "examples" / "complete.yaml")], capture_output=True, text=True, check=True, cwd=ROOT)
        got = json.loads(out.stdout)
        if not best or got["added_ms"] < best["added_ms"]:
            best = got
    return best


def large(count: int) -> dict[str, float]:
    from benchmarks.generate import generate  # type: ignore[import-not-found]
    from policy_lint.meaning import coverage, passages_of
    from policy_lint.loading import load_path

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), count)
        docs = [load_path(p).document for p in sorted(Path(tmp).glob("*.*")) if p.suffix in (".yaml", ".json")]
    docs = [d for d in docs if d is not None]
    for d in docs[:50]:
        coverage(passages_of(d))
    rest = docs[50:]
    n_passages = sum(len(passages_of(d)) for d in rest)
    start = time.perf_counter()
    cpu = time.process_time()
    for d in rest:
        d.cache.pop("meaning.passages", None)
        coverage(passages_of(d))
    spent = time.perf_counter() - start
    cpu = time.process_time() - cpu
    n = max(1, len(rest))
    return {"policies": len(rest), "per_policy_ms": 1000 * spent / n, "cpu_per_policy_ms": 1000 * cpu / n, "passages_per_policy": n_passages / n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000, help="generated policies for the large run")
    ap.add_argument("--cold", type=int, default=7, help="fresh processes for the one-file run")
    args = ap.parse_args(argv)
    os.environ.setdefault("XDG_CACHE_HOME", str(ROOT / ".cache-dev"))
    c = cold(args.cold)
    print(f"one file (complete.yaml, {c['passages']} passages): {c['added_ms']:.1f} ms added "
          f"(lexicon {c['lexicon_ms']:.1f} ms, reading {c['read_ms']:.1f} ms; CPU {c['cpu_ms']:.1f} ms); budget 5 ms")
    big = large(args.count)
    print(f"large run ({big['policies']} policies, {big['passages_per_policy']:.0f} passages each): "
          f"{big['per_policy_ms']:.3f} ms a policy (CPU {big['cpu_per_policy_ms']:.3f} ms); budget 0.3 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
