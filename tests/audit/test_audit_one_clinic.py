"""A report for one clinic (``audit --per-clinic``): its requirements as rows.

Trial 10 (issue 13): the report for one clinic was a table of one row and
sixteen columns that scrolled sideways. Now each requirement is a row:
requirement, status, where in the policy, and the law or code it cites.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import EXAMPLES
from policy_lint.audit import render
from policy_lint.audit.model import LAW_COLUMN, Status
from policy_lint.session import CheckOptions, Session

DATE = "2026-12-05"

TX = """\
# Confidentiality

What you tell us in therapy stays private. We do not share it without your written consent, except in the cases below.
We go over these limits with you at your first session, before therapy starts.

- If you are at risk of suicide, we may call a crisis team to keep you safe.
- If you make a serious threat against a reasonably identifiable victim, I am required to notify the intended victim and the police.
- We must report suspected abuse or neglect of a child.

If you have questions, call us at 512-555-0199.
"""


def _one(tmp_path: Path, code: str, text: str, name: str = "policy.md"):
    folder = tmp_path / code / "clinic"
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    audit = Session(CheckOptions(paths=(str(tmp_path),))).audit(date=DATE)
    [clinic] = audit.clinics
    return audit.for_clinic(clinic), clinic


def _rows(page: str) -> list[list[str]]:
    table = page.split('class="columns one-clinic"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        rows.append([" ".join(re.sub(r"<[^>]+>", " ", c).replace("&nbsp;", " ").split()) for c in cells])
    return rows


def test_one_clinic_report_lists_requirements_as_rows(tmp_path: Path) -> None:
    single, clinic = _one(tmp_path, "US-TX", TX)
    page = render("html", single)
    assert 'class="matrix"' not in page  # no sideways table
    head = page.split('class="columns one-clinic"', 1)[1].split("</thead>", 1)[0]
    assert [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<th[^>]*>.*?</th>", head)] == ["Requirement", "Status", "Where in the policy", "Law or code cited"]
    rows = _rows(page)
    assert len(rows) == len(clinic.cells) == len(single.requirements)
    by_id = {re.search(r"\((\w+)\)$", r[0]).group(1): r for r in rows}
    # A missing limit: not in the policy; its law as the Texas pack cites it.
    assert by_id["COV004"][1].startswith("✗ missing") and by_id["COV004"][2] == "Not in the policy"
    assert "Tex. Hum. Res. Code 48.051" in by_id["COV006"][3]
    # A stated one: no place to show; the Texas law of the place: the Texas statutes, found at its line.
    assert by_id["COV001"][1].startswith("✓ stated") and by_id["COV001"][2] == "-"
    law = by_id[LAW_COLUMN]
    assert law[1].startswith("✗ fail") and re.fullmatch(r"line \d+", law[2]), law
    assert "Tex. Health &amp; Safety Code 611.004(a)(2)" in law[3]
    # Each status with findings links to them.
    cell = next(c for c in clinic.cells if c.requirement.id == "COV004")
    assert f'href="#{cell.anchor}"' in page and f'id="{cell.anchor}"' in page


def test_one_clinic_report_in_markdown_is_rows_too(tmp_path: Path) -> None:
    single, clinic = _one(tmp_path, "US-TX", TX)
    text = render("markdown", single)
    assert "| Requirement | Status | Where in the policy | Law or code cited |" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "(COV" in line and "|---" not in line]
    assert len([r for r in rows if r.count(" | ") == 3]) >= 6
    assert any(r.startswith("| Elder abuse (COV004) | [✗ missing]") and "| Not in the policy |" in r for r in rows)


def test_the_report_of_many_clinics_keeps_the_matrix(tmp_path: Path) -> None:
    for code in ("US-TX", "US-NY"):
        folder = tmp_path / code / "clinic"
        folder.mkdir(parents=True)
        (folder / "policy.md").write_text(TX, encoding="utf-8")
    audit = Session(CheckOptions(paths=(str(tmp_path),))).audit(date=DATE)
    page = render("html", audit)
    assert 'class="matrix"' in page and "one-clinic" not in page


def test_a_clinic_with_no_pack_for_its_place_says_so_in_its_row(tmp_path: Path) -> None:
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8").replace("US-CA", "US-OH")
    single, clinic = _one(tmp_path, "US-OH", text, "policy.yaml")
    rows = {re.search(r"\((\w+)\)$", r[0]).group(1): r for r in _rows(render("html", single))}
    assert rows[LAW_COLUMN][1] == "○ no pack for this place checked with the us pack"
    assert rows[LAW_COLUMN][2] == "No pack for this place"
    assert next(c for c in clinic.cells if c.requirement.id == LAW_COLUMN).status is Status.NO_PACK
