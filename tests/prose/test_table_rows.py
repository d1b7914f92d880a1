"""A table row is one passage: "Child abuse" in one cell and "we must report it" in the next state one limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_lint.engine import Linter
from policy_lint.findings import Locator
from policy_lint.loading import load_path
from policy_lint.packs import load_pack
from prose_files import coverage_of_bytes

# A consent form as a two-column table: the situation, then what we do.
ROWS = [
    ["Situation", "What we do"],
    ["Danger to yourself", "we may call 911 or a crisis team to keep you safe"],
    ["Danger to someone else", "we must warn the person at risk and may call the police"],
    ["Child abuse", "we must report it to CPS"],
    ["Elder abuse", "we must report it to Adult Protective Services"],
    ["Abuse of a dependent adult", "we must report it to Adult Protective Services"],
    ["A court order", "we share only what the judge orders, TBD"],
]
LIMIT_RULES = {"COV001", "COV002", "COV003", "COV004", "COV006"}


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Consent for therapy", level=1)
    document.add_paragraph("What you tell us stays private. Here is when we must share it.")
    table = document.add_table(rows=len(ROWS), cols=2)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def _html() -> str:
    rows = "\n".join(f"<tr><td>{a}</td>\n    <td>{b}</td></tr>" for a, b in ROWS[1:])
    return f"<main>\n<h1>Consent for therapy</h1>\n<p>What you tell us stays private.</p>\n<table>\n<tr><th>Situation</th><th>What we do</th></tr>\n{rows}\n</table>\n</main>\n"


def _lint(path: Path) -> list:  # noqa: ANN001
    return list(Linter(load_pack("base")).lint_bytes(path.read_bytes(), str(path)).findings)


def test_a_word_table_row_states_its_limit(tmp_path: Path) -> None:
    path = _docx(tmp_path / "consent.docx")
    doc = load_path(path).document
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.text for b in rows][3] == "Child abuse: we must report it to CPS"
    categories = {limit["category"] for limit in doc.data["limits"]}
    assert {"harm_to_self", "harm_to_others", "child_abuse", "elder_abuse"} <= categories
    assert not LIMIT_RULES & {f.rule_id for f in _lint(path)}


def test_a_word_table_finding_names_the_cell_paragraph(tmp_path: Path) -> None:
    path = _docx(tmp_path / "consent.docx")
    [todo] = [f for f in _lint(path) if f.rule_id == "TXT001"]
    # Paragraphs with text: heading 1, paragraph 2, then two per row (3, 4 for the header row ...).
    assert isinstance(todo.position, Locator)
    assert todo.position.paragraph == 2 + 2 * len(ROWS)  # the second cell of the last row
    cell = ROWS[-1][1]
    assert todo.position.column == cell.index("TBD") + 1
    assert todo.end.paragraph == todo.position.paragraph and todo.end.column == cell.index("TBD") + 4


def test_an_html_table_row_states_its_limit_at_the_right_place(tmp_path: Path) -> None:
    page = _html()
    path = tmp_path / "consent.html"
    path.write_text(page, encoding="utf-8")
    findings = _lint(path)
    assert not LIMIT_RULES & {f.rule_id for f in findings}
    [todo] = [f for f in findings if f.rule_id == "TXT001"]
    lines = page.splitlines()
    assert lines[todo.position.line - 1][todo.position.column - 1 : todo.end.column - 1] == "TBD"


def test_a_short_row_states_its_limit(tmp_path: Path) -> None:
    """ "Elder abuse" | "we must report it": the second cell alone names no one."""
    page = "<main><h1>Consent</h1><p>What you tell us stays private.</p><table><tr><td>Elder abuse</td><td>we must report it</td></tr></table></main>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = load_path(path).document
    assert [(b.kind, b.text) for b in doc.blocks][-1] == ("table_row", "Elder abuse: we must report it")
    assert "COV004" not in {f.rule_id for f in _lint(path)}


@pytest.mark.parametrize("sep", ["|", "|\n"])
def test_a_markdown_table_row_is_one_passage(tmp_path: Path, sep: str) -> None:
    text = "# Consent\n\nWhat you tell us stays private.\n\n| Situation | What we do |\n|---|---|\n" + "".join(f"| {a} | {b} {sep}" if sep.endswith("\n") else f"| {a} | {b} |\n" for a, b in ROWS[1:])
    path = tmp_path / "consent.md"
    path.write_text(text, encoding="utf-8")
    findings = _lint(path)
    assert not LIMIT_RULES & {f.rule_id for f in findings}
    [todo] = [f for f in findings if f.rule_id == "TXT001"]
    line = text.splitlines()[todo.position.line - 1]
    assert line[todo.position.column - 1 : todo.end.column - 1] == "TBD"


# -- issue 13 (core13): a row's label and the next cell are one sentence ("Child abuse: We must report it") -------


def _row_page(fmt: str, header: bool, rows: list[tuple[str, str]]) -> str:
    if fmt == "md":
        lines = ["| Situation | What we do |", "|---|---|"] if header else [f"| {rows[0][0]} | {rows[0][1]} |", "|---|---|"]
        lines += [f"| {a} | {b} |" for a, b in (rows if header else rows[1:])]
        return "# Consent\n\nWhat you tell us stays private.\n\n" + "\n".join(lines) + "\n"
    head = "<tr><th>Situation</th><th>What we do</th></tr>" if header else ""
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<main><h1>Consent</h1><p>What you tell us stays private.</p><table>{head}{body}</table></main>"


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_row_label_takes_the_force_of_the_next_cell(tmp_path: Path, fmt: str, header: bool) -> None:
    """ "Child abuse | We may report it to CPS" was read as "Child abuse." then "We may ...": the limit had no
    force, and a US policy that makes the report a choice passed JUR101."""
    rows = [("Child abuse", "We may report it to CPS"), ("Court order", "We must comply")]
    path = tmp_path / f"consent.{fmt}"
    path.write_text(_row_page(fmt, header, rows), encoding="utf-8")
    doc = load_path(path).document
    assert [b.text for b in doc.blocks if b.kind == "table_row"][-2:] == ["Child abuse: We may report it to CPS", "Court order: We must comply"]
    findings = list(Linter(load_pack("us")).lint_bytes(path.read_bytes(), str(path)).findings)
    assert "JUR101" in {f.rule_id for f in findings}
    assert not {"COV003", "COV005", "LIM004"} & {f.rule_id for f in findings}


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_row_label_with_a_duty_passes(tmp_path: Path, fmt: str) -> None:
    """Near miss: the same row with "must" states the duty."""
    path = tmp_path / f"consent.{fmt}"
    path.write_text(_row_page(fmt, True, [("Child abuse", "We must report it to CPS")]), encoding="utf-8")
    findings = list(Linter(load_pack("us")).lint_bytes(path.read_bytes(), str(path)).findings)
    assert not {"JUR101", "COV003"} & {f.rule_id for f in findings}


def test_a_first_cell_that_is_a_sentence_keeps_its_full_stop(tmp_path: Path) -> None:
    """Near miss: a first cell that says something ("We report child abuse") is no label."""
    path = tmp_path / "consent.md"
    path.write_text(_row_page("md", True, [("We report child abuse", "We tell you first")]), encoding="utf-8")
    doc = load_path(path).document
    assert [b.text for b in doc.blocks][-1] == "We report child abuse. We tell you first"


def test_a_label_and_who_is_told_is_no_title_over_the_law_cited(tmp_path: Path) -> None:
    """A three-column row "Suspected abuse of a child | Maine DHHS (Child and Family Services) | 22 M.R.S. 4011-A":
    the label and who is told are one sentence, no title over the citation (which names no disclosure)."""
    page = (
        "# Consent\n\nWhat you tell us stays private.\n\n| Situation | Who we may contact | Basis |\n|---|---|---|\n"
        "| A subpoena together with a court order | The court | Maine Rules of Evidence |\n"
    )
    path = tmp_path / "consent.md"
    path.write_text(page, encoding="utf-8")
    doc = load_path(path).document
    assert [b.text for b in doc.blocks][-1] == "A subpoena together with a court order: The court. Maine Rules of Evidence"
    findings = list(Linter(load_pack("base")).lint_bytes(path.read_bytes(), str(path)).findings)
    assert not {"COV005", "LIM004"} & {f.rule_id for f in findings}


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_row_label_over_words_that_say_nothing_of_sharing_is_vague(fmt: str) -> None:
    """A table of services ("Child abuse | Individual therapy and family sessions") names the limits only: vague,
    never stated. With the label joined by a colon, the row was one sentence with no title and read stated for child
    abuse, elder abuse and court orders: a false all clear (review14). Near miss: a row that names who is told or our
    duty states its limit."""
    rows = [
        ("Child abuse", "Individual therapy and family sessions"),
        ("Elder abuse", "Support for caregivers and families"),
        ("Court orders", "Help preparing for custody hearings"),
    ]
    got = coverage_of_bytes(_row_page(fmt, True, rows).encode(), f"services.{fmt}")
    assert got["child_abuse"] == got["elder_abuse"] == got["court_order"] == "vague", got
    rows = [("Child abuse", "Child Protective Services"), ("Elder abuse", "Adult Protective Services"), ("Court orders", "We must comply")]
    got = coverage_of_bytes(_row_page(fmt, True, rows).encode(), f"consent.{fmt}")
    assert got["child_abuse"] == got["elder_abuse"] == got["court_order"] == "stated", got


def test_an_import_draft_of_a_table_of_services_reads_as_its_page(tmp_path: Path, run_cli: Any) -> None:
    """Import puts rows it does not make limits into details, one paragraph each. There "Child abuse: Individual
    therapy and family sessions" read stated while the page read it vague (and the draft's comment said check calls
    it vague): each paragraph of a passage is judged for a title over words that say nothing (review14)."""
    rows = [("Child abuse", "Individual therapy and family sessions"), ("Court orders", "Help preparing for custody hearings")]
    page = tmp_path / "services.md"
    page.write_text(_row_page("md", True, rows), encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    run_cli("import", str(page), "-o", str(draft))
    on_page = coverage_of_bytes(page.read_bytes(), "services.md")
    in_draft = coverage_of_bytes(draft.read_bytes(), "draft.yaml")
    assert on_page["child_abuse"] == on_page["court_order"] == "vague", on_page
    assert {t: in_draft[t] for t in ("child_abuse", "court_order")} == {t: on_page[t] for t in ("child_abuse", "court_order")}, in_draft


def test_a_paragraph_of_details_that_is_only_a_heading_keeps_the_next_paragraph() -> None:
    """Near miss: a paragraph that is a heading alone ("Child abuse") over the next paragraph is no title over
    words that say nothing."""
    from policy_lint import meaning

    got = meaning.read_passage("Our limits\n\nChild abuse\n\nWe must report it to the state agency.")
    assert [(s.topic, s.stance) for s in got if s.topic == "child_abuse"] == [("child_abuse", "states")], got
