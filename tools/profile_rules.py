"""CPU time per file of loading and of each rule, on the benchmark corpus.

    python tools/profile_rules.py                 # first 300 corpus files
    python tools/profile_rules.py -n 1000         # more files
    python tools/profile_rules.py --runs 5        # 5 fresh processes: min and median of each row
    python tools/profile_rules.py --dump out.txt  # also write every violation, to compare before/after

Each rule gets a fresh CheckContext but the same Document, so ``doc.cache``
is shared by the rules of one file, as in a real run. Rules run in pack
order, so a rule that fills a shared cache pays for it and later rules get
it for free (as in a real run). Times are CPU time of this process
(``time.process_time``), so other work on the machine disturbs them less.
The last line, ``lint_path``, is the whole check of a file as the engine
runs it (load, rules, places, suppressions), on the next N files of the
corpus, for comparison. The benchmark corpus is made by ``benchmarks/generate.py``.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import statistics
import subprocess
import sys
import time


def main(argv: list[str] | None = None) -> int:
    from policy_lint.rules.base import CheckContext
    from policy_lint.rules.kinds import resolve
    from policy_lint.runner import CheckOptions, prepare
    from policy_lint.source import load_path

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=300, help="how many corpus files (default 300)")
    ap.add_argument("--corpus", action="append", help="glob of the files (may repeat; default: the benchmark corpus)")
    ap.add_argument("--dump", help="write every violation (rule, file, repr) to this file")
    ap.add_argument("--runs", type=int, default=1, help="measure in this many fresh processes; show min / median")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.corpus = args.corpus or ["benchmarks/out/corpus/policy-0*"]
    if args.runs > 1:
        return _runs(args)

    every = sorted({f for pattern in args.corpus for f in glob.glob(pattern, recursive=True)})
    files = every[: args.n]
    if not files:
        print(f"no files match {args.corpus}", file=sys.stderr)
        return 2
    s = prepare(CheckOptions(paths=tuple(files), isolated=True))
    lin = s.linter_for(files[0])
    lin.lint_path(files[0])  # warm up: imports, data files, compiled patterns
    # One run only: a second run would find the module-level caches warm.
    best: dict[str, float] = collections.Counter()
    dump: list[str] = []
    t = time.process_time()
    docs = [load_path(f).document for f in files]
    best["load"] = time.process_time() - t
    for rule in lin._check_rules:
        kind = resolve(rule.kind)
        t = time.process_time()
        for f, d in zip(files, docs):
            if d is None:
                continue
            found = list(kind(CheckContext(doc=d, pack=lin.pack, rule=rule, options={}, metrics={})))
            if args.dump:
                dump.extend(f"{rule.id}\t{f}\t{v!r}" for v in found)
        best[rule.id] = time.process_time() - t
    # The whole check on the next files (the same files would find every cache warm).
    others = every[args.n : 2 * args.n] or files
    t = time.process_time()
    for f in others:
        lin.lint_path(f)
    whole = (time.process_time() - t) / len(others) * len(files)
    total = sum(best.values())
    if args.json:
        rows = {k: v / len(files) * 1000 for k, v in best.items()}
        rows["total"] = total / len(files) * 1000
        rows["lint_path"] = whole / len(files) * 1000
        print(json.dumps(rows))
        return 0
    for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{k:8} {v / len(files) * 1000:.3f} ms/file")
    print(f"{'total':8} {total / len(files) * 1000:.3f} ms/file ({len(files)} files)")
    print(f"{'lint_path':8} {whole / len(files) * 1000:.3f} ms/file (whole check, one pass)")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.write("\n".join(dump) + "\n")
    return 0


def _runs(args: argparse.Namespace) -> int:
    """Measure in fresh processes (nothing cached), then show each row's min and median."""
    cmd = [sys.executable, __file__, "-n", str(args.n), "--json"]
    for pattern in args.corpus:
        cmd += ["--corpus", pattern]
    results = [json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout) for _ in range(args.runs)]
    keys = sorted(results[0], key=lambda k: (k in ("total", "lint_path"), -min(r[k] for r in results)))
    print(f"{args.runs} runs, {args.n} files (ms per file: min / median)")
    for k in keys:
        values = [r[k] for r in results]
        print(f"{k:9} {min(values):7.3f} / {statistics.median(values):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
