"""Measure policy-lint's coverage on the real-style pages in tests/prose/pages.

    python tools/measure_pages.py                 # figures, then every disagreement
    python tools/measure_pages.py --no-errors     # figures only
    python tools/measure_pages.py --page h03      # only pages whose name starts with h03
    python tools/measure_pages.py --dev           # the dev pages (tests/prose/dev_pages), which may be read
    python tools/measure_pages.py --folder DIR    # pages kept outside the repository, labels in DIR/expected.yaml
    python tools/measure_pages.py --folder DIR --second FILE --no-errors
                                                  # and a second, independent labelling of the same pages:
                                                  # how often the two labellers agree, and the tool on
                                                  # the cells where they do (figures only)

The pages (web pages, Markdown and plain text) and their labels
(tests/prose/pages/labels.yaml) were written by a tester who had not read
the lexicon, the dev set or the prose examples. They are a test set only:
never tune the lexicon or the readers on them.

Each page x topic is one cell. Agreement is the share of cells where the
status policy-lint gives the topic (stated, vague, contradicted, missing) is
the label. The tool is run as a user runs it: ``policy-lint check PAGES
--format json --isolated``, in a new process, and its ``coverage`` is read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "prose" / "pages"
LABELS = PAGES / "labels.yaml"
DEV_PAGES = ROOT / "tests" / "prose" / "dev_pages"
DEV_LABELS = DEV_PAGES / "expected.yaml"
STATUSES = ("stated", "vague", "contradicted", "missing")
FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".txt": "txt"}


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    from ruamel.yaml import YAML

    with path.open(encoding="utf-8") as fh:
        return YAML(typ="safe").load(fh)  # type: ignore[no-any-return]


def page_labels(path: Path) -> dict[str, Any]:
    """The labels of a folder or a second labelling: {page: {topic: status}}.

    Takes either form: the flat one of the dev pages' expected.yaml, or the
    one of labels.yaml (``topics:`` and ``pages:``), so a labeller may write
    either."""
    data = load_labels(path)
    if isinstance(data, dict) and isinstance(data.get("pages"), dict) and "topics" in data:
        data = data["pages"]
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise SystemExit(f"{path}: labels must be {{page: {{topic: status}}}} or labels.yaml's form")
    return data


def problems(data: Any, folder: Path = PAGES) -> list[str]:
    """What is wrong with the labels file: [] when it is well formed."""
    out: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("pages"), dict):
        return ["labels file needs 'topics' and 'pages'"]
    topics = data.get("topics")
    if not isinstance(topics, list) or not topics or len(set(topics)) != len(topics):
        out.append("'topics' must be a list of distinct topic names")
        topics = []
    for name, cells in data["pages"].items():
        if Path(name).suffix not in FORMATS:
            out.append(f"{name}: not a .html, .md or .txt page")
        if not (folder / name).is_file():
            out.append(f"{name}: no such page in {folder}")
        if not isinstance(cells, dict):
            out.append(f"{name}: needs a topic: status mapping")
            continue
        if set(cells) != set(topics):
            out.append(f"{name}: topics differ from the list: {sorted(set(cells) ^ set(topics))}")
        for topic, status in cells.items():
            if status not in STATUSES:
                out.append(f"{name}: {topic}: {status!r} is not one of {', '.join(STATUSES)}")
    on_disk = {p.name for p in folder.iterdir() if p.suffix in FORMATS}
    for name in sorted(on_disk - set(data["pages"])):
        out.append(f"{name}: page has no labels")
    return out


def run_tool(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """{page name: coverage list}, from one run of policy-lint as a user runs it."""
    cmd = [sys.executable, "-m", "policy_lint", "check", "--format", "json",
           "--isolated", *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"policy-lint failed ({proc.returncode}):\n{proc.stderr}")
    report = json.loads(proc.stdout)
    return {Path(f["path"]).name: f["coverage"] for f in report["files"]}


#: The topics issue 13's JSON ``coverage`` list holds at least (issue 12, item 4): the agreement on
#: these alone is shown too, per format, as the real pages are likely measured on them.
ISSUE_TOPICS = ("harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "dependent_adult_abuse",
                "court_order", "at_intake", "before_disclosure", "after_disclosure")


def measure(prefix: str = "", dev: bool = False, folder: Path | None = None) -> dict[str, Any]:
    if folder is not None:
        # the same form as the dev pages: {page: {topic: status}} in folder/expected.yaml
        data = {"pages": page_labels(folder / "expected.yaml")}
    elif dev:
        # expected.yaml: {page: {topic: status}}, the older dev pages list only some topics
        data = {"pages": load_labels(DEV_LABELS)}
        folder = DEV_PAGES
    else:
        data = load_labels()
        bad = problems(data)
        if bad:
            raise SystemExit("labels.yaml:\n  " + "\n  ".join(bad))
        folder = PAGES
    names = [n for n in data["pages"] if n.startswith(prefix)]
    coverage = run_tool([folder / n for n in names])
    by_format: dict[str, list[int]] = {}
    by_format9: dict[str, list[int]] = {}
    by_topic: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    reading: dict[tuple[str, str], str] = {}
    for name in names:
        fmt = FORMATS[Path(name).suffix]
        got = {c["topic"]: c for c in coverage.get(name, [])}
        for topic, label in data["pages"][name].items():
            item = got.get(topic, {"status": "missing", "where": []})
            reading[(name, topic)] = item["status"]
            ok = item["status"] == label
            tables = [(by_format, fmt), (by_topic, topic), (by_format, "all")]
            if topic in ISSUE_TOPICS:
                tables += [(by_format9, fmt), (by_format9, "all")]
            for table, key in tables:
                cell = table.setdefault(key, [0, 0])
                cell[0] += ok
                cell[1] += 1
            if not ok:
                misses.append({"page": name, "topic": topic, "label": label,
                               "tool": item["status"], "where": item.get("where", [])})
    return {"format": by_format, "format9": by_format9, "topic": by_topic, "misses": misses,
            "labels": data["pages"], "reading": reading}


def pct(cell: list[int]) -> float:
    return round(100.0 * cell[0] / cell[1], 1) if cell[1] else 0.0


def line_of(page: str, line: int, folder: Path = PAGES) -> str:
    lines = (folder / page).read_text(encoding="utf-8").splitlines()
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text if len(text) <= 110 else text[:107] + "..."


def table(result: dict[str, Any]) -> str:
    rows = ["| Format | Cells agreeing | Agreement % |", "|---|---|---|"]
    for fmt in ("html", "md", "txt", "all"):
        if fmt in result["format"]:
            c = result["format"][fmt]
            rows.append(f"| {fmt} | {c[0]}/{c[1]} | {pct(c)} |")
    if result.get("format9"):
        rows += ["", "The nine topics the issue's coverage list names (no duty_to_warn, required_by_law, minimum_necessary):", "",
                 "| Format | Cells agreeing | Agreement % |", "|---|---|---|"]
        for fmt in ("html", "md", "txt", "all"):
            if fmt in result["format9"]:
                c = result["format9"][fmt]
                rows.append(f"| {fmt} | {c[0]}/{c[1]} | {pct(c)} |")
    rows += ["", "| Topic | Cells agreeing | Agreement % |", "|---|---|---|"]
    for topic, c in result["topic"].items():
        rows.append(f"| {topic} | {c[0]}/{c[1]} | {pct(c)} |")
    return "\n".join(rows)


def two_labellers(result: dict[str, Any], second: dict[str, Any]) -> str:
    """How often two independent labellings agree, and the tool against each and where both agree.

    Only figures: no page name or text, so it is safe for held-out sets."""
    rows: dict[str, dict[str, list[int]]] = {}
    for name, topics in result["labels"].items():
        fmt = FORMATS[Path(name).suffix]
        for topic, first in topics.items():
            other = (second.get(name) or {}).get(topic)
            if other is None:
                continue
            tool = result["reading"][(name, topic)]
            for group in (fmt, "all") + (("nine",) if topic in ISSUE_TOPICS else ()):
                cells = rows.setdefault(group, {k: [0, 0] for k in ("labellers", "first", "second", "both", "either")})
                for key, ok, counted in (("labellers", first == other, True), ("first", tool == first, True),
                                         ("second", tool == other, True), ("both", tool == first, first == other),
                                         ("either", tool in (first, other), True)):
                    if counted:
                        cells[key][0] += ok
                        cells[key][1] += 1
    out = ["| Cells | Labellers agree % | Tool = first % | Tool = second % | Tool where both agree % | Tool = either % |",
           "|---|---|---|---|---|---|"]
    for group in ("html", "md", "txt", "all", "nine"):
        if group in rows:
            c = rows[group]
            both = f"{pct(c['both'])} ({c['both'][0]}/{c['both'][1]})"
            out.append(f"| {group} | {pct(c['labellers'])} | {pct(c['first'])} | {pct(c['second'])} | {both} | {pct(c['either'])} |")
    return "\n".join(out)


def confusion(misses: list[dict[str, Any]]) -> str:
    """Disagreements counted per topic as 'label -> reading', with no page name or text."""
    counts: dict[str, dict[str, int]] = {}
    for m in misses:
        pair = f"{m['label']} -> {m['tool']}"
        counts.setdefault(m["topic"], {}).setdefault(pair, 0)
        counts[m["topic"]][pair] += 1
    rows = ["| Topic | Label -> reading (count) |", "|---|---|"]
    for topic in sorted(counts):
        pairs = ", ".join(f"{p} ({n})" for p, n in sorted(counts[topic].items(), key=lambda x: -x[1]))
        rows.append(f"| {topic} | {pairs} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-errors", action="store_true", help="figures only")
    ap.add_argument("--page", default="", help="only pages whose name starts with this")
    ap.add_argument("--dev", action="store_true", help="the dev pages (tests/prose/dev_pages) instead")
    ap.add_argument("--folder", type=Path, help="pages in this folder, labels in its expected.yaml")
    ap.add_argument("--confusion", action="store_true",
                    help="also count each topic's disagreements by label and reading (no page text; "
                         "safe for held-out sets)")
    ap.add_argument("--second", type=Path,
                    help="a second, independent labelling of the same pages (YAML as expected.yaml): "
                         "agreement of the two labellers and of the tool with each (figures only)")
    args = ap.parse_args(argv)
    result = measure(args.page, args.dev, args.folder)
    where = args.folder or (DEV_PAGES if args.dev else PAGES)
    print(table(result))
    if args.second:
        print("\n" + two_labellers(result, page_labels(args.second)))
    if args.confusion:
        print("\n" + confusion(result["misses"]))
    if not args.no_errors:
        print(f"\nDisagreements ({len(result['misses'])}):")
        for m in result["misses"]:
            print(f"\n{m['page']}  {m['topic']}: label {m['label']}, tool {m['tool']}")
            for w in m["where"]:
                words = " ... ".join(f'"{x}"' for x in w.get("words", []))
                print(f"    {w.get('line')}:{w.get('column')} {words}")
                if w.get("line"):
                    print(f"        | {line_of(m['page'], w['line'], where)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
