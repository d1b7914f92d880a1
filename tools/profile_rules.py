"""CPU time per file of loading and of each rule, on the benchmark corpus.

    python tools/profile_rules.py                 # first 300 corpus files
    python tools/profile_rules.py -n 1000         # more files
    python tools/profile_rules.py --runs 5        # 5 fresh processes: min and median of each row
    python tools/profile_rules.py --rule-major    # each rule on every file, then the next rule
    python tools/profile_rules.py --dump out.txt  # also write every violation, to compare before/after

Rules run on each file in pack order, as in the engine: each rule gets a
fresh CheckContext but the same Document, so ``doc.cache`` is shared by
the rules of one file, and a rule that fills a shared cache pays for it.
``--rule-major`` runs each rule on every file, then the next rule (the
first version of this script): module-level caches smaller than the
files' distinct texts then lose their entries between two rules, which
a real run does not see. Times are CPU time of this process
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
    from policy_lint.loading import load_path

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=300, help="how many corpus files (default 300)")
    ap.add_argument("--corpus", action="append", help="glob of the files (may repeat; default: the benchmark corpus)")
    ap.add_argument("--dump", help="write every violation (rule, file, repr) to this file")
    ap.add_argument("--rule-major", action="store_true", help="run each rule on every file, then the next rule")
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
    measured = set(every[: 2 * args.n])
    _warm_up(lin, [f for f in reversed(every) if f not in measured] or files)
    # One run only: a second run would find the module-level caches warm.
    spent: dict[str, float] = collections.Counter()
    found: dict[str, list[str]] = collections.defaultdict(list)
    clock = time.process_time
    kinds = [(rule, resolve(rule.kind)) for rule in lin._check_rules]
    pack = lin.pack
    if args.rule_major:
        t = clock()
        docs = [load_path(f).document for f in files]
        spent["load"] = clock() - t
        for rule, kind in kinds:
            t = clock()
            for f, d in zip(files, docs):
                if d is not None:
                    out = list(kind(CheckContext(doc=d, pack=pack, rule=rule, options={}, metrics={})))
                    if args.dump:
                        found[rule.id].extend(f"{rule.id}\t{f}\t{v!r}" for v in out)
            spent[rule.id] = clock() - t
    else:
        for f in files:  # one document at a time, as in the engine: holding them all would slow the GC
            t = clock()
            d = load_path(f).document
            spent["load"] += clock() - t
            if d is None:
                continue
            metrics: dict[str, object] = {}  # shared by the rules of one file, as in the engine
            for rule, kind in kinds:
                t = clock()
                out = list(kind(CheckContext(doc=d, pack=pack, rule=rule, options={}, metrics=metrics)))
                spent[rule.id] += clock() - t
                if args.dump:
                    found[rule.id].extend(f"{rule.id}\t{f}\t{v!r}" for v in out)
    dump = [line for rule, _ in kinds for line in found[rule.id]]
    best = spent
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


def _warm_up(lin: object, candidates: list[str]) -> None:
    """Pay the one-time costs before timing: imports, data files, compiled patterns.

    A file with a schema problem is linted too, so that importing jsonschema
    and building its validator (about 100 ms, once per process) is not
    counted against the files of the sample. These files are not measured.
    """
    for f in candidates[:200]:
        result = lin.lint_path(f)  # type: ignore[attr-defined]
        if any(x.rule_id.startswith("SCH") for x in result.findings):
            return


def _runs(args: argparse.Namespace) -> int:
    """Measure in fresh processes (nothing cached), then show each row's min and median."""
    cmd = [sys.executable, __file__, "-n", str(args.n), "--json"] + (["--rule-major"] if args.rule_major else [])
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
