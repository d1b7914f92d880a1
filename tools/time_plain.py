"""How much the plain-language rules add to a cold `policy-lint check`.

    python tools/time_plain.py [FILE] [--runs N]

Two measurements, each in fresh Python processes (so nothing is cached),
both in CPU time, which a busy machine disturbs less than wall time:

1. In-process phases (the minimum and median over N processes): parsing the
   plain-language pack, importing policy_lint.plain and the PLN kinds,
   loading the data files, and running the eleven PLN rules on FILE. The
   engine, the base pack and the file are loaded first and not counted.
2. End to end: `python -m policy_lint check FILE` with `--ignore PLN`
   against all rules, run in turns; the difference of the minimums and of
   the medians. Until the base pack extends plain-language, this runs on a
   temporary copy of the package whose base pack does, as it will ship.

Use the minimum to compare versions: on a busy machine the median drifts.
docs/plain-language.md quotes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
clock = time.process_time  # CPU time: steadier than wall time on a busy machine
from policy_lint.engine import Linter
from policy_lint.packs import load_pack
from policy_lint.rules.base import CheckContext
from policy_lint.rules.kinds import resolve
from policy_lint.loading import load_path

base = load_pack("base")
doc = load_path(sys.argv[1]).document
plain_in_base = base.rule("PLN001") is not None
t0 = clock()
plain = base if plain_in_base else load_pack("plain-language")
t1 = clock()
import policy_lint.plain.text, policy_lint.plain.syllables, policy_lint.plain.readability
import policy_lint.plain.legalese, policy_lint.plain.detect, policy_lint.rules.kinds.plain
t2 = clock()
from policy_lint.plain import detect, legalese, readability, syllables
syllables._table(); legalese.default_lexicon(); detect.acronym_data(); readability.policy_words()
t3 = clock()
metrics = {}
found = 0
for rule in plain.rules:
    if rule.id.startswith("PLN"):
        found += len(list(resolve(rule.kind)(CheckContext(doc=doc, pack=plain, rule=rule, metrics=metrics))))
t4 = clock()
print(json.dumps({"pack": t1 - t0, "imports": t2 - t1, "data": t3 - t2, "rules": t4 - t3,
                  "total": t4 - t0, "findings": found, "pack_counted": not plain_in_base}))
"""


def _phases(path: str, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", CHILD, path], capture_output=True, text=True, check=True, cwd=ROOT)
        data = json.loads(res.stdout)
        for key, value in data.items():
            if isinstance(value, float):
                out.setdefault(key, []).append(value * 1000)
        out.setdefault("findings", []).append(float(data["findings"]))
        out.setdefault("pack_counted", []).append(float(data["pack_counted"]))
    return out


def _cpu(args: list[str], env: dict[str, str]) -> float:
    """CPU time (user + system) of one `policy-lint check` run, in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "policy_lint", "check", *args], capture_output=True, check=False, cwd=ROOT, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "examples" / "complete.yaml"))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    phases = _phases(args.file, args.runs)
    print(f"In-process, {args.runs} fresh processes, {args.file} (ms: min / median):")
    for key in ("pack", "imports", "data", "rules", "total"):
        values = phases[key]
        print(f"  {key:8} {min(values):6.1f} / {statistics.median(values):6.1f}")
    if not phases["pack_counted"][0]:
        print("  (the base pack already holds the PLN rules, so parsing them is not counted apart)")

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        if phases["pack_counted"][0]:
            # The base pack does not extend plain-language yet: time a copy of
            # the package whose base pack does, as it will ship.
            import shutil

            copy = Path(tmp) / "src"
            shutil.copytree(ROOT / "policy_lint", copy / "policy_lint", ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copytree(ROOT / "schemas", copy / "schemas")
            base = copy / "policy_lint" / "packs" / "base.yaml"
            text = base.read_text(encoding="utf-8")
            if "\nextends: [" in text:
                text = text.replace("\nextends: [", "\nextends: [plain-language, ", 1)
            else:
                text = text.replace("\npack: base\n", "\npack: base\nextends: [plain-language]\n", 1)
            base.write_text(text, encoding="utf-8")
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy)], check=True, capture_output=True)
            env["PYTHONPATH"] = str(copy)
        a: list[float] = []
        b: list[float] = []
        for _ in range(args.runs):
            a.append(_cpu([args.file, "--isolated", "--ignore", "PLN"], env))
            b.append(_cpu([args.file, "--isolated"], env))
    print(f"End to end, CPU time, {args.runs} runs each, in turns (ms):")
    print(f"  --ignore PLN           min {min(a):6.1f}  median {statistics.median(a):6.1f}")
    print(f"  all rules              min {min(b):6.1f}  median {statistics.median(b):6.1f}")
    print(f"  added by PLN rules     min {min(b) - min(a):6.1f}  median {statistics.median(b) - statistics.median(a):6.1f}")
    print("  (both runs parse the plain-language pack; its cost is the 'pack' line above)")


if __name__ == "__main__":
    main()
