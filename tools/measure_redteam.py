"""Measure policy_lint/meaning on the independent red-team set, tests/meaning/redteam.yaml.

    python tools/measure_redteam.py              # figures, then every wrong reading
    python tools/measure_redteam.py --no-errors  # figures only
    python tools/measure_redteam.py --doc r14    # only documents whose id starts with r14
    python tools/measure_redteam.py --ids r28-r41  # only documents r28 to r41 (the tuning half)
    python tools/measure_redteam.py --ids r42-r55  # only documents r42 to r55 (the held-out half)
    python tools/measure_redteam.py --ids r56-r83  # the third set (all tuning)
    python tools/measure_redteam.py --ids r84-r111   # the fourth set, tuning part
    python tools/measure_redteam.py --ids r112-r125  # the fourth set, held-out part

The set was written without looking at the lexicon or the dev set, so its
figures estimate how the core reads policies nobody has seen. Never tune the
lexicon on it. The wrong readings of held-out documents (r15-r27, and the
"-heldout-" documents r42-r55 and r112-r125) are never printed: they count in
the figures only. The scoring is written here on purpose, apart from
tools/measure_meaning.py, so a mistake in one does not hide in the other.

Precision: of the readings the core made, the share that are right.
Recall: of the labelled readings, the share the core made. "any" counts a
topic whatever its stance; "states", "opposite" and "vague" count a reading
only when topic and stance both agree. Force is checked where the label
gives it and the stance agrees.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REDTEAM = ROOT / "tests" / "meaning" / "redteam.yaml"
STANCES = {"": "states", "O": "opposite", "V": "vague"}
HELD_OUT = "-heldout-"  # ids of the held-out documents (r42-r55, r112-r125)
HELD_OUT_FIRST_SET = (15, 27)  # held out since round 2 (docs/coverage.md)


def load(path: Path = REDTEAM) -> dict[str, Any]:
    from ruamel.yaml import YAML

    with path.open(encoding="utf-8") as fh:
        return YAML(typ="safe").load(fh)  # type: ignore[no-any-return]


def labels(text: str, names: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """``"child!must elder:V"`` -> ({topic: stance}, {topic: force})."""
    stance: dict[str, str] = {}
    force: dict[str, str] = {}
    for item in (text or "").split():
        item, _, f = item.partition("!")
        short, _, s = item.partition(":")
        if short not in names:
            raise SystemExit(f"{REDTEAM.name}: unknown label {short!r} in {text!r}")
        if s not in STANCES or f not in ("", "must", "may"):
            raise SystemExit(f"{REDTEAM.name}: bad label {item!r} in {text!r}")
        stance[names[short]] = STANCES[s]
        if f:
            force[names[short]] = f
    return stance, force


def id_range(text: str) -> tuple[int, int]:
    """``"r28-r41"`` -> (28, 41); one id (``"r30"``) is a range of one."""
    lo, _, hi = text.partition("-")
    try:
        a, b = int(lo.strip().lstrip("rR")), int((hi or lo).strip().lstrip("rR"))
    except ValueError:
        raise SystemExit(f"--ids: give a range of document numbers such as r28-r41, not {text!r}") from None
    if a > b:
        raise SystemExit(f"--ids: the range {text!r} goes backwards")
    return a, b


def doc_number(doc_id: str) -> int:
    """``"r28-tuning-us-texas"`` -> 28."""
    head = doc_id.split("-", 1)[0].lstrip("rR")
    return int(head) if head.isdigit() else -1


def held_out(doc_id: str) -> bool:
    """True for a held-out document: figures only, its wrong readings are never shown."""
    lo, hi = HELD_OUT_FIRST_SET
    return HELD_OUT in doc_id or lo <= doc_number(doc_id) <= hi


def score(data: dict[str, Any], prefix: str = "", ids: tuple[int, int] | None = None) -> dict[str, Any]:
    from policy_lint.meaning import read_passage

    names = data["names"]
    labelled = set(names.values())
    counts: dict[tuple[str, str], list[int]] = {}  # (topic or "*", stance or "any") -> [tp, fp, fn]
    force_ok = force_all = npass = ndocs = 0
    errors = []

    def bump(key: tuple[str, str], i: int) -> None:
        counts.setdefault(key, [0, 0, 0])[i] += 1

    for doc in data["documents"]:
        if not doc["id"].startswith(prefix):
            continue
        if ids and not ids[0] <= doc_number(doc["id"]) <= ids[1]:
            continue
        ndocs += 1
        for text, lab in doc["passages"]:
            npass += 1
            gold, gforce = labels(lab, names)
            # Only the topics the set labels count: the HIPAA notice topics (npp_*) are not labelled here.
            got = {st.topic: st for st in read_passage(text) if st.topic in labelled}
            problems = []
            for topic in sorted(set(gold) | set(got)):
                g = gold.get(topic)
                p = got[topic].stance if topic in got else None
                for key in ((topic, "any"), ("*", "any")):
                    bump(key, 0 if g and p else 1 if p else 2)
                if g != p:
                    for key in ((topic, p), ("*", p)):
                        if p:
                            bump(key, 1)
                    for key in ((topic, g), ("*", g)):
                        if g:
                            bump(key, 2)
                    problems.append(f"{topic}: expected {g or '-'}, got {p or '-'}")
                elif g:
                    bump((topic, g), 0)
                    bump(("*", g), 0)
                    if topic in gforce:
                        force_all += 1
                        if got[topic].force == gforce[topic]:
                            force_ok += 1
                        else:
                            problems.append(f"{topic}: force expected {gforce[topic]}, got {got[topic].force}")
            if problems:
                read = {t: (s.stance, s.force, " / ".join(s.words)) for t, s in got.items()}
                errors.append((doc["id"], text, lab, problems, read))
    return {"counts": counts, "force": (force_ok, force_all), "errors": errors, "passages": npass, "documents": ndocs}


def _pct(a: int, b: int) -> str:
    return "    -" if b == 0 else f"{100 * a / b:5.1f}"


def report(m: dict[str, Any], data: dict[str, Any], errors: bool = True) -> str:
    ndocs = m.get("documents", len(data["documents"]))
    lines = [f"Passages: {m['passages']} in {ndocs} documents ({REDTEAM.relative_to(ROOT)})", ""]
    lines.append(f"{'topic':26} {'stance':9} {'found':>8} {'prec %':>7} {'recall %':>8}  (tp fp fn)")
    order = ["*"] + sorted({t for t, _ in m["counts"] if t != "*"})
    for topic in order:
        for stance in ("any", "states", "opposite", "vague"):
            tp, fp, fn = m["counts"].get((topic, stance), [0, 0, 0])
            if tp + fp + fn == 0:
                continue
            name = "ALL TOPICS" if topic == "*" else topic
            lines.append(f"{name:26} {stance:9} {f'{tp}/{tp + fn}':>8} {_pct(tp, tp + fp):>7} {_pct(tp, tp + fn):>8}  ({tp} {fp} {fn})")
        if topic == "*":
            lines.append("")
    fo, fa = m["force"]
    lines += ["", f"Force right where labelled (and stance right): {fo}/{fa} ({_pct(fo, fa).strip()}%)"]
    lines.append(f"Passages read wrong: {len(m['errors'])} of {m['passages']}")
    if errors:
        shown = [e for e in m["errors"] if not held_out(e[0])]
        lines += ["", "Wrong readings:"]
        hidden = len(m["errors"]) - len(shown)
        if hidden:
            lines.append(f"({hidden} wrong readings in held-out documents are not shown: they are for figures only.)")
        for doc, text, lab, problems, read in shown:
            lines.append(f"\n[{doc}] {text}")
            lines.append(f"  expected: {lab or '(nothing)'}")
            for p in problems:
                lines.append(f"  - {p}")
            for t, (s, f, w) in sorted(read.items()):
                lines.append(f"  read {t} {s} force={f} words: {w}")
            if not read:
                lines.append("  read nothing")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--no-errors", action="store_true", help="print the figures only")
    ap.add_argument("--doc", default="", help="only documents whose id starts with this")
    ap.add_argument("--ids", default="", help="only documents in this range of numbers, such as r42-r55")
    args = ap.parse_args(argv)
    ids = id_range(args.ids) if args.ids else None
    sys.path.insert(0, str(ROOT))
    data = load()
    print(report(score(data, args.doc, ids), data, errors=not args.no_errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
