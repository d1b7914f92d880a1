"""``policy-lint import``: a draft policy from prose that ``check`` judges as it judges the prose."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES
from prose_files import make_docx, make_pdf

PROSE = sorted(p for p in (EXAMPLES / "prose").iterdir() if p.suffix in (".md", ".html", ".txt"))
# What "coverage" means here: the findings about required limits, duties and
# the parts of the notice, by rule; and the core's coverage list, when the
# JSON output has one.
_COVERAGE_RULES = ("COV", "NOT", "DOC001", "DOC002")


def _coverage(run_cli: Callable[..., Any], path: Path) -> tuple[list[str], list[tuple[str, str]] | None]:
    report = json.loads(run_cli("check", str(path), "-f", "json", "--isolated").stdout)
    entry = report["files"][0]
    rules = sorted(f["rule"] for f in entry["findings"] if f["rule"].startswith(_COVERAGE_RULES))
    listed = entry.get("coverage")
    return rules, ([(c["topic"], c["status"]) for c in listed] if listed is not None else None)


def _documents(tmp_path: Path) -> list[Path]:
    return [*PROSE, make_docx(tmp_path / "policy.docx"), make_pdf(tmp_path / "policy.pdf")]


@pytest.mark.parametrize("index", range(len(PROSE) + 2), ids=[p.name for p in PROSE] + ["policy.docx", "policy.pdf"])
def test_check_of_the_draft_reports_the_same_coverage_as_the_prose(index: int, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = _documents(tmp_path)[index]
    draft = tmp_path / "draft.yaml"
    run = run_cli("import", str(source), "-o", str(draft))
    assert run.exit_code == 0, run.stderr
    assert _coverage(run_cli, draft) == _coverage(run_cli, source)


def test_the_draft_keeps_the_words_and_says_where_they_came_from(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = EXAMPLES / "prose" / "bullet-list.md"
    text = run_cli("import", str(source)).stdout
    data = YAML(typ="safe", pure=True).load(text)
    assert data["clinic"]["name"] == "Sunrise Counseling Center"
    assert data["clinic"]["contact"] == {"phone": "555-010-0177"}
    assert data["clinic"]["effective_date"] == "2026-01-01"
    by_category = {}
    for limit in data["limits"]:
        for cat in limit.get("categories") or [limit["category"]]:
            by_category.setdefault(cat, limit["explanation"])
    assert by_category["child_abuse"] == "we suspect a child is being abused or neglected;"
    assert by_category["court_order"] == "a court orders us to release your records."
    assert data["notification"]["at_intake"].startswith("We will discuss these limits with you at intake.")
    assert data["questions"] == "Questions? Contact Dr. Lee at 555-010-0177."
    # Each limit has a comment with its line in the source and the words that decided.
    assert "# From line 9. The words that decided: child_abuse:" in text
    assert 'court_order: "court orders"' in text


def test_import_names_what_it_did_not_find(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "page.html"
    page.write_text("<main><p>What you say here stays private.</p><p>If we think a child is being abused, we must report it.</p></main>", encoding="utf-8")
    text = run_cli("import", str(page)).stdout
    assert "Not found in the text, add: jurisdiction" in text and "contact" in text and "effective_date" in text
    assert "name: page  # from the file name" in text


def test_import_never_writes_over_its_input_and_refuses_yaml(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "policy.md"
    page.write_text("# Policy\n\nWhat you say stays private.\n", encoding="utf-8")
    before = page.read_bytes()
    run = run_cli("import", str(page), "-o", str(page))
    assert run.exit_code == 2 and page.read_bytes() == before
    run = run_cli("import", str(EXAMPLES / "complete.yaml"))
    assert run.exit_code == 2 and "YAML or JSON already" in run.stderr


def test_import_of_a_file_it_cannot_read_says_why(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    run = run_cli("import", str(broken))
    assert run.exit_code == 2
    assert "This Word file is damaged" in run.stderr and "Traceback" not in run.stderr


def test_the_draft_is_written_atomically_with_its_comments(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    out = tmp_path / "out" / "policy.yaml"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    os.chmod(out, 0o640)
    run = run_cli("import", str(EXAMPLES / "prose" / "faq.md"), "-o", str(out))
    assert run.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# A draft made by policy-lint import from")
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in out.parent.iterdir()) == ["policy.yaml"]


def test_a_heading_counts_with_the_text_under_it(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """"Child abuse" over "If we suspect abuse, we must report it." states child abuse, in the page and in its draft."""
    page = tmp_path / "headings.md"
    page.write_text(
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## Child abuse\n\nIf we suspect abuse, the law says we must report it.\n\n"
        "## Harm to others\n\nSee our office for details.\n\n## Court orders\n\nA judge can order us to share records.\n",
        encoding="utf-8",
    )
    rules, listed = _coverage(run_cli, page)
    assert "COV003" not in rules  # the heading and the text under it state it
    assert "COV002" in rules  # a heading over text that says nothing states nothing
    status = dict(listed or [])
    assert status["child_abuse"] == "stated" and status["harm_to_others"] == "missing"
    # "abuse" with no one named is vague for elder and dependent adult abuse on the page (a vague
    # reading stands unless its topic is stated); the draft files the paragraph under child_abuse,
    # and in a YAML limit only the categories it is filed under count.
    assert status["elder_abuse"] == status["dependent_adult_abuse"] == "vague"
    draft = tmp_path / "draft.yaml"
    assert run_cli("import", str(page), "-o", str(draft)).exit_code == 0
    _, in_draft = _coverage(run_cli, draft)
    firm = {t: s for t, s in listed or [] if s in ("stated", "contradicted")}
    assert {t: s for t, s in in_draft or [] if s in ("stated", "contradicted")} == firm
    assert "title: Child abuse" in draft.read_text(encoding="utf-8")
