"""Does ``check`` read an ``import`` draft as it reads the page it came from? On every prose file we have.

    python tools/import_parity.py               # figures, then every file that disagrees
    python tools/import_parity.py --only m03    # only files whose name holds m03

For each prose file in tests/prose (the dev pages, the measured pages), the
examples (examples/prose), the Word and PDF files the tests make
(tests/prose/prose_files.py) and the trial documents copied into the tests,
it writes the ``policy-lint import`` draft, runs ``policy-lint check
--format json --isolated`` on the pages and the drafts (one run, as a user
runs it), and compares, topic by topic, the status of the page with the
status of its draft. A topic a list does not hold is "missing".

This compares the tool with itself, not with labels: it never reads
tests/prose/pages/labels.yaml, so it may run on the measured pages.

One difference is no disagreement: a page's paragraph that only says
"Effective as of ..." states npp_effective_date; the draft writes that date
as ``clinic.effective_date`` instead (tests/prose/test_import.py does the same).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROSE_TESTS = ROOT / "tests" / "prose"
FOLDERS = {"dev_pages": PROSE_TESTS / "dev_pages", "pages": PROSE_TESTS / "pages", "examples": ROOT / "examples" / "prose"}
ENDINGS = (".md", ".html", ".htm", ".txt", ".docx", ".pdf")


def sources(made: Path) -> dict[str, Path]:
    """Every prose file, by a short name ("dev_pages/bare-list-no-frame.md"); the Word, PDF and trial files are written into ``made``."""
    out: dict[str, Path] = {}
    for key, folder in FOLDERS.items():
        for path in sorted(folder.iterdir()):
            if path.suffix in ENDINGS and path.is_file():
                out[f"{key}/{path.name}"] = path
    sys.path.insert(0, str(PROSE_TESTS))
    try:
        import prose_files
    finally:
        sys.path.remove(str(PROSE_TESTS))
    made.mkdir(parents=True, exist_ok=True)
    (made / "made").mkdir(exist_ok=True)
    (made / "trial").mkdir(exist_ok=True)
    out["made/policy.docx"] = prose_files.make_docx(made / "made" / "policy.docx")
    out["made/policy.pdf"] = prose_files.make_pdf(made / "made" / "policy.pdf")
    for path in prose_files.trial_documents(made / "trial"):
        out[f"trial/{path.name}"] = path
    return out


def drafts(found: dict[str, Path], folder: Path) -> dict[str, Path]:
    """The ``import`` draft of each file, written into ``folder`` (through policy_lint.fileio)."""
    from policy_lint.authoring.draft import draft_policy
    from policy_lint.fileio import atomic_write

    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for k, (name, path) in enumerate(found.items()):
        target = folder / f"{k:03d}-{Path(name).stem}.yaml"
        atomic_write(target, draft_policy(str(path), display=name), sync=False)
        out[name] = target
    return out


#: The findings about coverage, by rule (as tests/prose/test_import.py compares them): required limits
#: and duties, the parts of the notice, and limits named only in general words.
COVERAGE_RULES = ("COV", "NOT", "DOC001", "DOC002", "LIM004")


def coverage(paths: list[Path]) -> dict[str, dict[str, str]]:
    """{path: {topic: status}} from one run of ``policy-lint check --format json --isolated``; the key
    ``rules`` holds the sorted coverage rules that fire (``COVERAGE_RULES``), joined by spaces."""
    cmd = [sys.executable, "-m", "policy_lint", "check", "--format", "json", "--isolated", *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"policy-lint failed ({proc.returncode}):\n{proc.stderr}")
    report = json.loads(proc.stdout)
    out = {}
    for f in report["files"]:
        got = {c["topic"]: c["status"] for c in f.get("coverage") or []}
        rules = sorted(x["rule"] for x in f.get("findings") or [] if x["rule"].startswith(COVERAGE_RULES))
        out[str(Path(f["path"]).resolve())] = {**got, "rules": " ".join(rules)}
    return out


def _dated(draft: Path) -> bool:
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load(draft.read_text(encoding="utf-8"))
    return bool(isinstance(data, dict) and isinstance(data.get("clinic"), dict) and data["clinic"].get("effective_date"))


def parity(folder: Path, only: str = "") -> dict[str, dict[str, tuple[str, str]]]:
    """{file: {topic: (status on the page, status in the draft)}} for every prose file (``only``: names that hold it)."""
    found = {k: v for k, v in sources(folder / "sources").items() if only in k}
    written = drafts(found, folder / "drafts")
    read = coverage([*found.values(), *written.values()])
    out: dict[str, dict[str, tuple[str, str]]] = {}
    rules: dict[str, tuple[str, str]] = {}
    for name, page in found.items():
        mine = dict(read.get(str(page.resolve()), {}))
        theirs = dict(read.get(str(written[name].resolve()), {}))
        rules[name] = (mine.pop("rules", ""), theirs.pop("rules", ""))
        cells = {t: (mine.get(t, "missing"), theirs.get(t, "missing")) for t in [*mine, *(t for t in theirs if t not in mine)]}
        if cells.get("npp_effective_date") == ("stated", "missing") and _dated(written[name]):
            cells.pop("npp_effective_date")
        out[name] = cells
    RULES.clear()
    RULES.update(rules)
    return out


#: After ``parity``: {file: (coverage rules on the page, in the draft)} (``COVERAGE_RULES``).
RULES: dict[str, tuple[str, str]] = {}


def disagreeing(result: dict[str, dict[str, tuple[str, str]]]) -> dict[str, dict[str, tuple[str, str]]]:
    """Only the files, and in them only the topics, where the page and its draft differ."""
    out = {}
    for name, cells in result.items():
        differ = {t: pair for t, pair in cells.items() if pair[0] != pair[1]}
        if differ:
            out[name] = differ
    return out


def figures(result: dict[str, dict[str, tuple[str, str]]]) -> str:
    files = len(result)
    agree = sum(1 for cells in result.values() if all(a == b for a, b in cells.values()))
    cells = sum(len(c) for c in result.values())
    same = sum(1 for c in result.values() for a, b in c.values() if a == b)
    return f"files agreeing: {agree}/{files}; cells agreeing: {same}/{cells}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="only files whose name holds this")
    ap.add_argument("--rules", action="store_true", help="also compare the coverage rules that fire")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="import-parity-") as tmp:
        result = parity(Path(tmp), args.only)
    print(figures(result))
    for name, differ in disagreeing(result).items():
        print(f"\n{name}")
        for topic, (page, draft) in differ.items():
            print(f"    {topic}: page {page}, draft {draft}")
    if args.rules:
        differ = {n: r for n, r in RULES.items() if r[0] != r[1]}
        print(f"\ncoverage rules ({', '.join(COVERAGE_RULES)}) agreeing: {len(RULES) - len(differ)}/{len(RULES)} files")
        for name, (page, draft) in differ.items():
            print(f"    {name}: page [{page}], draft [{draft}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
