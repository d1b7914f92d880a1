"""Measure how well policy_lint/meaning reads the labelled passages of tests/meaning/devset.yaml.

    python tools/measure_meaning.py            # print the table
    python tools/measure_meaning.py --write    # also write it into docs/coverage.md
    python tools/measure_meaning.py --errors dev   # list the passages read wrong (dev part only)
    python tools/measure_meaning.py --set npp --write   # the HIPAA notice set, into docs/hipaa-notice.md

The table gives precision and recall per topic and per stance, for the dev
part (used to improve the lexicon) and the held-out part (never used for
that). tests/meaning/test_accuracy.py checks that docs/coverage.md holds the
table this script makes, and that no figure falls below its floor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "meaning" / "devset.yaml"
DOC = ROOT / "docs" / "coverage.md"
BEGIN = "<!-- accuracy table: made by tools/measure_meaning.py --write -->"
END = "<!-- end of accuracy table -->"
_STANCE = {"": "states", "O": "opposite", "V": "vague"}


def load(path: Path = DEVSET) -> dict[str, Any]:
    from ruamel.yaml import YAML

    with path.open(encoding="utf-8") as fh:
        return YAML(typ="safe").load(fh)  # type: ignore[no-any-return]


def parse_labels(text: str, names: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """``"child!must elder:O"`` -> ({topic: stance}, {topic: force})."""
    stances: dict[str, str] = {}
    forces: dict[str, str] = {}
    for item in (text or "").split():
        force = ""
        if "!" in item:
            item, force = item.split("!", 1)
        stance = ""
        if ":" in item:
            item, stance = item.split(":", 1)
        topic = names[item]
        stances[topic] = _STANCE[stance]
        if force:
            forces[topic] = force
    return stances, forces


def passages(data: dict[str, Any], split: str) -> list[tuple[str, str, dict[str, str], dict[str, str]]]:
    names = data["names"]
    out = []
    for doc in data["documents"]:
        if doc["split"] != split:
            continue
        for text, labels in doc["passages"]:
            gold, forces = parse_labels(labels, names)
            out.append((doc["id"], text, gold, forces))
    return out


def measure(rows: list[tuple[str, str, dict[str, str], dict[str, str]]], topics: Any = None) -> dict[str, Any]:
    """Counts of true, false and missed readings per topic, per stance and per (topic, stance); force agreement.

    ``topics``: the topics the set labels (None: all). A set measures only
    the topics it labels: the HIPAA notice set says nothing of abuse reports.
    """
    from policy_lint.meaning import read_passage as read_all_topics

    def read_passage(text: str) -> Any:
        return [st for st in read_all_topics(text) if topics is None or st.topic in topics]

    counts: dict[tuple[str, str], list[int]] = {}
    force_ok = force_all = 0
    errors = []

    def bump(key: tuple[str, str], i: int) -> None:
        counts.setdefault(key, [0, 0, 0])[i] += 1

    for doc, text, gold, forces in rows:
        pred = {st.topic: st for st in read_passage(text)}
        wrong = False
        for topic in set(gold) | set(pred):
            g = gold.get(topic)
            p = pred[topic].stance if topic in pred else None
            # per topic, whatever the stance
            if g and p:
                bump((topic, "*"), 0)
            elif p:
                bump((topic, "*"), 1)
            else:
                bump((topic, "*"), 2)
            for stance in ("states", "opposite", "vague"):
                if g == stance and p == stance:
                    bump((topic, stance), 0)
                    bump(("*", stance), 0)
                elif p == stance:
                    bump((topic, stance), 1)
                    bump(("*", stance), 1)
                elif g == stance:
                    bump((topic, stance), 2)
                    bump(("*", stance), 2)
            if g != p:
                wrong = True
        for topic, force in forces.items():
            if topic in pred and gold.get(topic) == pred[topic].stance:
                force_all += 1
                force_ok += pred[topic].force == force
                if pred[topic].force != force:
                    wrong = True
        if wrong:
            errors.append((doc, text, gold, {t: (s.stance, s.force, s.words) for t, s in pred.items()}))
    return {"counts": counts, "force": (force_ok, force_all), "errors": errors, "passages": len(rows)}


def _ratio(a: int, b: int) -> str:
    return "-" if b == 0 else f"{100 * a / b:.1f}"


def labelled(data: dict[str, Any]) -> set[str]:
    """The topics a set labels."""
    return set(data["names"].values())


def table(data: dict[str, Any], begin: str = BEGIN, end: str = END) -> str:
    dev = measure(passages(data, "dev"), labelled(data))
    held = measure(passages(data, "heldout"), labelled(data))
    topics = sorted({t for m in (dev, held) for (t, s) in m["counts"] if t != "*"})
    lines = [
        begin,
        "",
        f"Passages: {dev['passages']} dev, {held['passages']} held out "
        f"({sum(1 for d in data['documents'] if d['split'] == 'dev')} and "
        f"{sum(1 for d in data['documents'] if d['split'] == 'heldout')} documents).",
        "",
        "| Topic | Stance | Dev found | Dev precision % | Dev recall % | Held-out found | Held-out precision % | Held-out recall % |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def row(topic: str, stance: str) -> str | None:
        cells = []
        for m in (dev, held):
            tp, fp, fn = m["counts"].get((topic, stance), [0, 0, 0])
            cells.append((tp, fp, fn))
        if all(tp + fn == 0 and fp == 0 for tp, fp, fn in cells):
            return None
        out = f"| {topic} | {stance if stance != '*' else 'any'} |"
        for tp, fp, fn in cells:
            out += f" {tp}/{tp + fn} | {_ratio(tp, tp + fp)} | {_ratio(tp, tp + fn)} |"
        return out

    for stance in ("states", "opposite", "vague"):
        got = row("*", stance)
        if got:
            lines.append(got.replace("| * |", "| all topics |"))
    for topic in topics:
        for stance in ("*", "states", "opposite", "vague"):
            got = row(topic, stance)
            if got and (stance == "*" or any(m["counts"].get((topic, stance), [0, 0, 0])[0] + m["counts"].get((topic, stance), [0, 0, 0])[2] for m in (dev, held))):
                lines.append(got)
    fo, fa = dev["force"]
    ho, ha = held["force"]
    lines += ["", f"Force (must or may) where the label gives it: dev {fo}/{fa} ({_ratio(fo, fa)}%), held out {ho}/{ha} ({_ratio(ho, ha)}%).", "", end]
    return "\n".join(lines)


def totals(data: dict[str, Any], split: str) -> dict[str, tuple[float, float]]:
    """Precision and recall (0-100) of each stance over all topics, and of topics whatever the stance."""
    m = measure(passages(data, split), labelled(data))
    out = {}
    for stance in ("states", "opposite", "vague"):
        tp, fp, fn = m["counts"].get(("*", stance), [0, 0, 0])
        out[stance] = (100 * tp / max(1, tp + fp), 100 * tp / max(1, tp + fn))
    tp = sum(v[0] for (t, s), v in m["counts"].items() if t != "*" and s == "*")
    fp = sum(v[1] for (t, s), v in m["counts"].items() if t != "*" and s == "*")
    fn = sum(v[2] for (t, s), v in m["counts"].items() if t != "*" and s == "*")
    out["any"] = (100 * tp / max(1, tp + fp), 100 * tp / max(1, tp + fn))
    return out


def write_doc(text: str, path: Path = DOC, begin: str = BEGIN, end: str = END) -> None:
    doc = path.read_text(encoding="utf-8")
    a, b = doc.index(begin), doc.index(end) + len(end)
    path.write_text(doc[:a] + text + doc[b:], encoding="utf-8")


#: The HIPAA Notice of Privacy Practices set (issue 16) and the page its table goes in.
NPP_SET = ROOT / "tests" / "meaning" / "npp.yaml"
NPP_DOC = ROOT / "docs" / "hipaa-notice.md"
NPP_BEGIN = "<!-- notice accuracy table: made by tools/measure_meaning.py --set npp --write -->"
NPP_END = "<!-- end of notice accuracy table -->"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the table into docs/coverage.md")
    ap.add_argument("--errors", choices=["dev", "heldout"], help="list the passages read wrong")
    ap.add_argument("--set", choices=["core", "npp"], default="core", help="the labelled set: core (devset.yaml) or npp (the HIPAA notice, npp.yaml)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    npp = args.set == "npp"
    data = load(NPP_SET if npp else DEVSET)
    if args.errors:
        for doc, text, gold, pred in measure(passages(data, args.errors), labelled(data))["errors"]:
            print(f"{doc}: {text}\n   gold {gold}\n   read {pred}")
        return 0
    text = table(data, NPP_BEGIN, NPP_END) if npp else table(data)
    print(text)
    if args.write:
        if npp:
            write_doc(text, NPP_DOC, NPP_BEGIN, NPP_END)
        else:
            write_doc(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
