"""Record, or check, what policy_lint/meaning reads in every labelled passage.

    python tools/meaning_oracle.py           # check: exit 1 and list the passages read differently
    python tools/meaning_oracle.py --write   # record tests/meaning/readings.json
    python tools/meaning_oracle.py --cache   # check, through the reading cache (run it twice: cold, then warm)

The record holds, for each passage of tests/meaning/devset.yaml and
tests/meaning/redteam.yaml, every statement read (topic, stance, force,
span, words). tests/meaning/test_oracle.py checks that the core still reads
them the same way, so work on speed cannot change a reading unseen. A change
meant to read better rewrites the record (with --write) in the same commit,
and the accuracy tables say whether it did read better.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = (ROOT / "tests" / "meaning" / "devset.yaml", ROOT / "tests" / "meaning" / "redteam.yaml")
RECORD = ROOT / "tests" / "meaning" / "readings.json"


def texts() -> list[str]:
    """Every passage of the labelled sets, once each, in file order."""
    from ruamel.yaml import YAML

    out: dict[str, None] = {}
    for path in SETS:
        with path.open(encoding="utf-8") as fh:
            data = YAML(typ="safe").load(fh)
        for doc in data["documents"]:
            for text, _ in doc["passages"]:
                out.setdefault(text, None)
    return list(out)


def readings(items: list[str]) -> dict[str, list[list[Any]]]:
    from policy_lint.meaning import read_passage

    return {t: [[s.topic, s.stance, s.force, list(s.span), list(s.words)] for s in read_passage(t)] for t in items}


def cached_readings(items: list[str]) -> tuple[dict[str, list[list[Any]]], bool]:
    """The readings through the reading cache kept across runs (``meaning._store``), and whether they came from it."""
    from policy_lint.meaning import Passage, read_all
    from policy_lint.meaning import _store

    passages = [Passage(f"/texts/{i}", t) for i, t in enumerate(items)]
    warm = _store.lookup(passages) is not None
    got = {p.text: [[s.topic, s.stance, s.force, list(s.span), list(s.words)] for s in sts] for p, sts in read_all(passages)}
    return got, warm


def differences(record: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out = []
    for text in sorted(set(record) | set(got)):
        if record.get(text) != got.get(text):
            out.append(f"{text}\n  recorded: {record.get(text)}\n  read now: {got.get(text)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--write", action="store_true", help="record the readings of today's code")
    ap.add_argument("--cache", action="store_true", help="read through the reading cache kept across runs (cold the first time, warm after)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.cache:
        import os

        os.environ.pop("POLICY_LINT_NO_READING_CACHE", None)
        got, warm = cached_readings(texts())
        print("readings from the cache (warm)" if warm else "readings made afresh and kept (cold)")
    else:
        got = readings(texts())
    if args.write:
        RECORD.write_text(json.dumps(got, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(got)} passages in {RECORD.relative_to(ROOT)}")
        return 0
    diff = differences(json.loads(RECORD.read_text(encoding="utf-8")), got)
    for d in diff:
        print(d)
    print(f"{len(diff)} of {len(got)} passages read differently from the record")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
