#!/usr/bin/env python3
"""Fuzz the loader and the whole ``check`` path.

Each input is a file's bytes. The harness reads it as YAML and as JSON,
and as each prose format (Markdown, HTML, text, Word, PDF), lints it with every rule of the base and plain-language packs, and renders
the result in every output format. It fails on:

* any exception (the loader must never raise for a bad file),
* a PL000 finding (a rule crashed: policy-lint turns that into a finding),
* an output that is not valid for its format (JSON, XML, one line per finding),
* a lone surrogate or a raw control character in the text output.

With atheris (``pip install atheris``; a dev tool, not a test dependency) the
run is coverage-guided by libFuzzer, seeded from the examples::

    python tests/fuzz/fuzz_check.py -runs=100000
    python tests/fuzz/fuzz_check.py --seconds 600
    python tests/fuzz/fuzz_check.py -runs=100000 -timeout=10 corpus_dir/

Without atheris (or with ``--no-atheris``) it mutates the examples at random
(cuts, copies, byte flips, YAML punctuation, odd encodings) for the same
budget. An input that fails is saved in ``tests/fuzz/crashes/`` and the run
stops; run the script with that file as the only argument to replay it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CRASHES = HERE / "crashes"

_RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


#: Names that make the loader read the bytes as each prose format (policy_lint.readers).
PROSE_NAMES = ("fuzz.md", "fuzz.html", "fuzz.txt", "fuzz.docx", "fuzz.pdf")


def _seeds() -> list[bytes]:
    """The examples, plus a few hostile shapes, as the first inputs."""
    seeds = [p.read_bytes() for p in sorted((ROOT / "examples").rglob("*")) if p.suffix in (".yaml", ".json", ".md", ".html", ".txt")]
    seeds += [
        b"a: &a [*a]\n",
        b"x: &x [1, 2]\nb: [*x, *x, *x]\n",
        b"base: &b {x: 1}\nother:\n  <<: *b\n",
        b"? [a, b]\n: c\n",
        b"q: !!python/object/apply:os.system ['true']\n",
        b'{"a": "\\ud83d\\ude00", "b": [1, 2,]}',
        b"\xff\xfe" + "questions: caf\u00e9\n".encode("utf-16-le"),
        b"[[[[[[[[[[[[]]]]]]]]]]]]",
        b"a:\n\tb: c\n",
        b"---\na: 1\n---\nb: 2\n",
    ]
    return seeds


class Harness:
    """Everything that is built once: the linters, the rules, the reporters.

    Every input goes through the loader (as YAML and as JSON, with the
    position index walked). One input in ``full_every`` (chosen by a hash of
    the bytes, so a replay does the same) also goes through the whole check
    path: every rule of both packs and every reporter.
    """

    def __init__(self, full_every: int = 1) -> None:
        self.full_every = max(1, full_every)
        self.loaded = 0
        self.full = 0
        from policy_lint.engine import INTERNAL_ERROR, Linter
        from policy_lint.packs import load_pack
        from policy_lint.reporters import REPORTERS, render

        self.internal = INTERNAL_ERROR
        self.linters = [Linter(load_pack(name)) for name in ("base", "plain-language")]
        seen: dict[str, Any] = {}
        for linter in self.linters:
            for rule in linter.pack.rules:
                seen.setdefault(rule.id, rule)
        self.rules = tuple(seen.values())
        self.formats = list(REPORTERS)
        self.render = render

    def __call__(self, data: bytes) -> None:
        from policy_lint.findings import RunResult
        from policy_lint.loading import load_bytes

        for is_json in (False, True):
            loaded = load_bytes(data, "fuzz", is_json=is_json)  # must not raise
            doc = loaded.document
            if doc is not None:
                for pointer, text in doc.strings():
                    doc.locate(pointer, span=(0, min(len(text), 5)))
                    doc.locate(pointer, on_key=True)
            for problem in loaded.problems:
                problem.message.encode("utf-8")
        for name in PROSE_NAMES:  # the same bytes as a web page, Markdown, text, Word and PDF file
            loaded = load_bytes(data, name)  # must not raise
            doc = loaded.document
            if doc is not None:
                for pointer, text in doc.strings():
                    doc.locate(pointer, span=(0, min(len(text), 5)))
        self.loaded += 1
        if zlib.crc32(data) % self.full_every:
            return
        self.full += 1
        results = []
        for linter in self.linters:
            for name in ("fuzz.yaml", "fuzz.json", "fuzz.md", "fuzz.html"):
                fr = linter.lint_bytes(data, name, is_json=name.endswith(".json"))
                bad = [f for f in fr.findings if f.rule_id == self.internal]
                if bad:
                    raise AssertionError(f"PL000 ({name}): {bad[0].message}")
                results.append(fr)
        result = RunResult(tuple(results))
        for fmt in self.formats:
            out = self.render(fmt, result, color=False, hints=True, rules=self.rules, exit_code=1)
            out.encode("utf-8")
            if fmt in ("json", "sarif"):
                json.loads(out)
            elif fmt == "junit":
                ET.fromstring(out.encode("utf-8"))
            elif fmt == "text":
                if _RAW.search(out):
                    raise AssertionError(f"raw control character in text output: {_RAW.search(out)!r}")


# -- mutations for the plain Python fuzzer ----------------------------------------------------

_TOKENS = [
    b"\t", b": ", b"- ", b"? ", b"&a ", b"*a", b"<<: ", b"!!python/object/apply:os.system ", b"!x ",
    b"[", b"]", b"{", b"}", b'"', b"'", b"\\", b"\\u", b"\\ud83d", b"\n", b"\r", b"---\n", b"...\n",
    b"\x00", b"\xff", b"\xef\xbb\xbf", b"\xc3", b"\x1b[31m", b"\xe2\x80\xae", b"%YAML 1.2\n", b"#",
    b"NaN", b"1e999", b"9" * 50, b"~", b"|\n", b">-\n", b",",
]


def mutate(seed: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    raw = bytearray(seed)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        i = rng.randint(0, len(raw)) if raw else 0
        j = min(len(raw), i + rng.randint(1, 64))
        if op == 0 and raw:
            del raw[i:j]
        elif op == 1 and raw:
            raw[i:i] = raw[i:j]
        elif op == 2:
            raw[i:i] = rng.choice(_TOKENS)
        elif op == 3 and raw:
            raw[min(i, len(raw) - 1)] ^= rng.randint(1, 255)
        elif op == 4:
            raw[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 5:
            other = rng.choice(pool)
            k = rng.randint(0, len(other))
            raw[i:i] = other[k : k + rng.randint(1, 200)]
        elif op == 6:
            raw[i:i] = b" " * rng.randint(1, 8)
        elif op == 7 and raw:
            del raw[i:]
        elif op == 8:
            text = bytes(raw).decode("utf-8", "replace")
            raw = bytearray(rng.choice([b"\xff\xfe" + text.encode("utf-16-le"), text.encode("utf-16-be"), b"\x00\x00\xfe\xff" + text.encode("utf-32-be")]))
    return bytes(raw)


def _save(data: bytes, exc: BaseException) -> Path:
    CRASHES.mkdir(exist_ok=True)
    path = CRASHES / f"crash-{hashlib.sha1(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    (path.with_suffix(".txt")).write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
    return path


def _watchdog(current: list[Any], limit: float) -> None:
    """Save the input that runs longer than ``limit`` seconds, then stop the process (a hang)."""
    while True:
        time.sleep(min(1.0, limit / 4))
        started, data = current[0], current[1]
        if started is not None and time.monotonic() - started > limit:
            path = _save(data, TimeoutError(f"one input took more than {limit:g} s"))
            print(f"\nHANG: one input took more than {limit:g} s. Saved: {path}", file=sys.stderr, flush=True)
            os._exit(3)


def run_plain(
    harness: Callable[[bytes], None],
    runs: int | None,
    seconds: float | None,
    seed: int,
    slow_seconds: float | None = None,
    hang_seconds: float = 30.0,
) -> int:
    import threading

    current: list[Any] = [None, b""]
    threading.Thread(target=_watchdog, args=(current, hang_seconds), daemon=True).start()
    rng = random.Random(seed)
    slow_file = CRASHES / f"slowest-seed{seed}.bin" if slow_seconds is not None else None
    pool = _seeds()
    queue = list(pool)
    start = time.monotonic()
    count = 0
    slowest = (0.0, b"")
    while True:
        if runs is not None and count >= runs:
            break
        if seconds is not None and time.monotonic() - start >= seconds:
            break
        data = queue[count] if count < len(queue) else mutate(rng.choice(pool), rng, pool)
        t0 = time.perf_counter()
        current[1] = data
        current[0] = time.monotonic()
        try:
            harness(data)
        except Exception as exc:  # a finding of the fuzzer
            path = _save(data, exc)
            print(f"\nFAILED after {count + 1} inputs: {type(exc).__name__}: {exc}\nSaved: {path}", file=sys.stderr)
            return 1
        current[0] = None
        took = time.perf_counter() - t0
        if took > slowest[0]:
            slowest = (took, data)
            if slow_file is not None and took >= slow_seconds:
                CRASHES.mkdir(exist_ok=True)
                slow_file.write_bytes(data)
        count += 1
        if rng.random() < 0.02 and len(pool) < 500:
            pool.append(data)
        if count % 1000 == 0:
            print(f"#{count} inputs, {time.monotonic() - start:.0f} s, slowest {slowest[0]:.2f} s", file=sys.stderr)
    full = getattr(harness, "full", count)
    print(
        f"DONE: {count} inputs in {time.monotonic() - start:.0f} s ({full} through the whole check path), no failure. "
        f"Slowest input: {slowest[0]:.2f} s.",
        file=sys.stderr,
    )
    return 0


def run_atheris(harness: Callable[[bytes], None], argv: list[str], seconds: float | None) -> None:
    import atheris  # type: ignore[import-not-found]

    args = [a for a in argv if a != "--atheris"]
    if seconds is not None:
        args.append(f"-max_total_time={int(seconds)}")
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=10")  # an input that takes 10 s counts as a hang
    if not any(not a.startswith("-") for a in args[1:]):
        corpus = Path(tempfile.mkdtemp(prefix="policy-lint-fuzz-"))
        for i, seed in enumerate(_seeds()):
            (corpus / f"seed-{i:03d}").write_bytes(seed)
        args.append(str(corpus))
        print(f"Corpus (seeded from examples/): {corpus}", file=sys.stderr)

    def one(data: bytes) -> None:
        try:
            harness(data)
        except Exception as exc:
            _save(data, exc)
            raise

    import atexit

    atexit.register(lambda: print(f"policy-lint harness: {getattr(harness, 'loaded', 0)} inputs loaded, {getattr(harness, 'full', 0)} through the whole check path.", file=sys.stderr))
    atheris.Setup(args, one)
    atheris.Fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False)
    parser.add_argument("--seconds", type=float, help="stop after this many seconds")
    parser.add_argument("--no-atheris", action="store_true", help="use the plain random fuzzer even if atheris is installed")
    parser.add_argument("--seed", type=int, default=20261126, help="seed of the plain fuzzer")
    parser.add_argument("--full-every", type=int, default=8, help="run the whole check path on one input in N (default 8; 1 = all)")
    parser.add_argument("--save-slow", type=float, metavar="SECONDS", help="plain fuzzer: save the slowest input (if it took this long) in tests/fuzz/crashes/")
    parser.add_argument("--hang", type=float, default=30.0, metavar="SECONDS", help="plain fuzzer: an input that takes longer is a hang: save it and stop (default 30)")
    known, rest = parser.parse_known_args()
    runs = None
    for arg in rest:
        if arg.startswith("-runs="):
            runs = int(arg.split("=", 1)[1])
    files = [a for a in rest if not a.startswith("-") and Path(a).is_file()]

    if os.environ.get("POLICY_LINT_FUZZ_INSTRUMENT", "1") == "1" and not known.no_atheris and not files:
        try:
            import atheris  # type: ignore[import-not-found]
        except ImportError:
            atheris = None
        if atheris is not None:
            with atheris.instrument_imports(include=["policy_lint"]):
                harness = Harness(known.full_every)
                for seed in _seeds():  # import every lazy module while instrumenting
                    harness(seed)
            run_atheris(harness, [sys.argv[0], *rest], known.seconds)
            return 0
    harness = Harness(1 if files else known.full_every)
    if files:  # replay saved inputs
        for name in files:
            harness(Path(name).read_bytes())
            print(f"{name}: no failure", file=sys.stderr)
        return 0
    if runs is None and known.seconds is None:
        runs = 10_000
    return run_plain(harness, runs, known.seconds, known.seed, known.save_slow, known.hang)


if __name__ == "__main__":
    sys.exit(main())
