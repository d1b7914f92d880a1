"""Capture what policy-lint prints, to prove a refactoring changes no byte.

Runs ``policy-lint check`` in every format and ``policy-lint audit`` in every
format on ``examples/`` and on a generated corpus, plus ``rules``, ``explain``,
baselines and a parallel run, and saves stdout, stderr and the exit code of
each run under one folder. Run it before a change and after, then compare::

    python tools/capture_outputs.py .cache-dev/before
    # ... change the code ...
    python tools/capture_outputs.py .cache-dev/after --compare .cache-dev/before

With ``--compare`` it exits 1 and names the runs whose bytes differ.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHECK_FORMATS = ("text", "json", "sarif", "github", "junit")
AUDIT_FORMATS = ("html", "markdown", "csv", "json")
DATE = "2026-11-26"
EX_BASELINE = ".capture-baseline.json"


def _corpus(folder: Path, count: int, seed: int) -> Path:
    """Generate the benchmark corpus once (the same bytes for the same seed)."""
    target = folder / f"corpus-{count}-{seed}"
    if not (target / "manifest.json").exists():
        subprocess.run(
            [sys.executable, str(REPO / "benchmarks" / "generate.py"), str(target), "--count", str(count), "--seed", str(seed)],
            check=True, stdout=subprocess.DEVNULL,
        )
    return target


def _runs(corpus: Path, work: Path, shared: Path) -> list[tuple[str, list[str], Path]]:
    """Each run: (name, policy-lint arguments, folder to run in)."""
    runs: list[tuple[str, list[str], Path]] = []
    for fmt in CHECK_FORMATS:
        runs.append((f"examples-check-{fmt}", ["check", "examples", "-f", fmt, "--no-color"], REPO))
        runs.append((f"corpus-check-{fmt}", ["check", ".", "-f", fmt, "--no-color"], corpus))
    runs.append(("examples-check-text-nohints", ["check", "examples", "--no-hints", "--no-color"], REPO))
    runs.append(("examples-check-text-color", ["check", "examples", "--color"], REPO))
    runs.append(("examples-check-warning", ["check", "examples", "--fail-on", "warning", "--no-color"], REPO))
    runs.append(("examples-check-select", ["check", "examples", "--select", "COV,PLN", "--ignore", "PLN001", "--no-color"], REPO))
    runs.append(("examples-check-show-suppressed", ["check", "examples", "--show-suppressed", "--no-color"], REPO))
    runs.append(("examples-check-isolated", ["check", "examples", "--isolated", "--no-color"], REPO))
    runs.append(("examples-clean", ["check", "examples/complete.yaml", "examples/complete.json", "--no-color"], REPO))
    runs.append(("examples-missing", ["check", "examples/nothing-here.yaml", "--no-color"], REPO))
    # No option at all: the short way without click (policy_lint.quickcheck).
    runs.append(("examples-plain", ["check", "examples"], REPO))
    runs.append(("examples-plain-files", ["check", "examples/complete.yaml", "examples/nothing-here.yaml", "examples/gaps"], REPO))
    runs.append(("corpus-plain", ["check", "."], corpus))
    runs.append(("corpus-check-jobs2", ["check", ".", "--jobs", "2", "--no-color"], corpus))
    runs.append(("corpus-check-json-jobs2", ["check", ".", "-f", "json", "--jobs", "2"], corpus))
    # Baselines hold paths relative to their own folder: keep them where two
    # checkouts give the same paths (a fixed folder, and the repository).
    baseline = shared / "corpus-baseline.json"
    runs.append(("corpus-write-baseline", ["check", ".", "--write-baseline", str(baseline), "--no-color"], corpus))
    runs.append(("corpus-baseline-file", ["cat", str(baseline)], corpus))
    runs.append(("corpus-with-baseline", ["check", ".", "--baseline", str(baseline), "--no-color"], corpus))
    runs.append(("examples-write-baseline", ["check", "examples", "--write-baseline", str(REPO / EX_BASELINE), "--no-color"], REPO))
    runs.append(("examples-baseline-file", ["cat", str(REPO / EX_BASELINE)], REPO))
    for fmt in AUDIT_FORMATS:
        runs.append((f"examples-audit-{fmt}", ["audit", "examples", "-f", fmt, "--date", DATE], REPO))
        runs.append((f"corpus-audit-{fmt}", ["audit", ".", "-f", fmt, "--date", DATE], corpus))
    runs.append(("examples-audit-file", ["audit", "examples", "-o", str(work / "audit.md"), "--date", DATE], REPO))
    runs.append(("examples-audit-file-content", ["cat", str(work / "audit.md")], REPO))
    runs.append(("rules-text", ["rules"], REPO))
    runs.append(("rules-json", ["rules", "-f", "json"], REPO))
    runs.append(("explain-id", ["explain", "COV004"], REPO))
    runs.append(("explain-name", ["explain", "elder-abuse-missing"], REPO))
    runs.append(("explain-typo", ["explain", "elder-abuse-misin"], REPO))
    runs.append(("bad-pack", ["check", "examples", "--pack", "no-such-pack"], REPO))
    runs.append(("bad-select", ["check", "examples", "--select", "COV9999"], REPO))
    return runs


def capture(out: Path, corpus_count: int, seed: int) -> None:
    """Run everything and save stdout, stderr and the exit code of each run."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = out / "_work"
    work.mkdir()
    corpus = _corpus(out.parent, corpus_count, seed)
    env = dict(os.environ, NO_COLOR="", COLUMNS="100")
    env.pop("GITHUB_ACTIONS", None)
    env.pop("POLICY_LINT_TODAY", None)
    shared = Path(tempfile.gettempdir()) / "policy-lint-capture"  # the same place for every checkout
    shared.mkdir(exist_ok=True)
    for name, args, cwd in _runs(corpus, work, shared):
        if args[0] == "cat":
            cmd = ["cat", *args[1:]]
        else:
            cmd = [sys.executable, "-m", "policy_lint", *args]
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
        # The work folder and the checkout differ between captures: keep them out of the bytes.
        for suffix, data in ((".out", proc.stdout), (".err", proc.stderr)):
            (out / f"{name}{suffix}").write_bytes(data.replace(str(work).encode(), b"<work>").replace(str(REPO / "policy_lint").encode(), b"<repo>/policy_lint"))
        (out / f"{name}.code").write_text(f"{proc.returncode}\n")
    shutil.rmtree(work)
    (REPO / EX_BASELINE).unlink(missing_ok=True)


def compare(a: Path, b: Path) -> list[str]:
    """The names of the files that differ or exist on one side only."""
    cmp = filecmp.dircmp(a, b)
    diff = list(cmp.left_only) + list(cmp.right_only)
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    return sorted(diff + mismatch + errors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write the captures to")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="an earlier capture to compare with")
    parser.add_argument("--count", type=int, default=400, help="files in the generated corpus")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    capture(args.out, args.count, args.seed)
    if args.compare is None:
        print(f"captured {len(list(args.out.glob('*.out')))} runs in {args.out}")
        return 0
    diff = compare(args.compare, args.out)
    if diff:
        print("differ: " + " ".join(diff))
        return 1
    print(f"same bytes: {len(list(args.out.glob('*.out')))} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
