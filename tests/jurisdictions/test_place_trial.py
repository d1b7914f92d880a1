"""What a new-user trial of the Ontario, Victoria, Queensland and Irish packs found, each with a minimal page."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

#: A bold list title over a sentence that says "may": the prose form of a YAML limit's title and explanation.
TITLED = """\
# Your privacy

What you tell me stays private, with a few exceptions.

## Limits of confidentiality

- **Child abuse.** If I suspect a child is being harmed, I {force} report it.
"""


def _check(tmp_path: Path, run_cli: Callable[..., CliRun], text: str, code: str, name: str = "privacy.md") -> str:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return run_cli("check", str(page), "--no-hints", "--jurisdiction", code).stdout


@pytest.mark.parametrize(("code", "rule"), [("CA-ON", "JUR802"), ("AU-VIC", "JUR812"), ("IE", "JUR832"), ("AU-NSW", "JUR702"), ("CA-BC", "JUR602"), ("US-NY", "JUR")])
def test_a_may_under_a_bold_list_title_is_a_choice_the_law_does_not_give(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="may"), code)
    line = next((x for x in out.splitlines() if f" {rule}" in x and "only that you may" in x), None)
    assert line is not None and "'may report'" in line, out
    assert ":7:" in line  # the list item, not the heading


@pytest.mark.parametrize("code", ["CA-ON", "AU-VIC", "IE", "AU-NSW", "CA-BC"])
def test_a_must_under_a_bold_list_title_is_no_choice(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="must"), code)
    assert "only that you may" not in out, out


ITEM = "- If we think a child is being abused, the law says we must report it {to}.\n"

#: (place, the rule, words that name the receiver the law names, near misses that name no one in particular)
RECEIVERS = [
    ("CA-ON", "JUR801", ["to a children's aid society", "to the Children’s Aid Society of Toronto", "to the CAS"],
     ["to the society", "to child protection", "to child welfare", "to the cas"]),
    ("AU-VIC", "JUR811", ["to Child Protection", "to Child Protection (DFFH)", "to the Secretary of the Department of Families, Fairness and Housing", "to the police"],
     ["to the Secretary", "to child protection", "in line with Child Protection law", "to child protection services"]),
    ("IE", "JUR831", ["to Tusla", "to the Child and Family Agency", "to An Garda Síochána"],
     ["to child protection", "to Child Protection", "to the society"]),
    ("AU-QLD", "JUR821", ["to the police", "to Child Safety", "to the Department of Child Safety"],
     ["to child safety", "to child protection", "following Child Safety guidelines"]),
]  # fmt: skip


@pytest.mark.parametrize(("code", "rule", "right", "loose"), RECEIVERS, ids=[r[0] for r in RECEIVERS])
def test_each_receiver_term_names_the_receiver_the_law_names(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, right: list[str], loose: list[str]) -> None:
    for to in right:
        assert f" {rule} " not in _check(tmp_path, run_cli, ITEM.format(to=to), code), to
    for to in loose:
        assert f" {rule} " in _check(tmp_path, run_cli, ITEM.format(to=to), code), to


def test_a_heading_or_title_that_names_the_service_is_not_the_report(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = "# Privacy\n\n## Child Protection\n\nIf we think a child is being abused, the law says we must report it.\n"
    assert " JUR811 " in _check(tmp_path, run_cli, page, "AU-VIC")
    policy = (
        "schema_version: 1\nclinic:\n  name: A\n  jurisdiction: AU-VIC\nlimits:\n  - category: child_abuse\n"
        "    title: Child Protection\n    explanation: If we think a child is being abused, the law says we must report it.\n"
    )
    assert " JUR811 " in _check(tmp_path, run_cli, policy, "AU-VIC", "policy.yaml")


#: (place, the emergency number its hint gives, the child protection receiver its hints name); None: no place
HINT_WORDS = [
    ("AU-VIC", "000", "Child Protection"), ("AU-QLD", "000", "tell the police"), ("AU-NSW", "000", "Child Protection Helpline"),
    ("IE", "112 or 999", "Tusla"), ("GB", "999", "children's social care"), ("CA-ON", "911", "children's aid society"),
    ("CA-BC", "911", "child welfare worker"), ("US-TX", "911", "child protective services"), (None, "emergency services", "the agency that protects children"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "emergency", "receiver"), HINT_WORDS, ids=[str(h[0]) for h in HINT_WORDS])
def test_each_place_gets_hints_in_its_own_words(tmp_path: Path, run_cli: Callable[..., CliRun], code: str | None, emergency: str, receiver: str) -> None:
    page = tmp_path / "privacy.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    listed = tmp_path / "listed.md"
    listed.write_text("# Privacy\n\nWhat you tell us stays private.\n\n- Child abuse\n", encoding="utf-8")
    place = ["--jurisdiction", code] if code else []
    out = run_cli("check", str(page), *place).stdout
    hints = {line.split()[2]: nxt for line, nxt in zip(out.splitlines(), out.splitlines()[1:]) if " COV00" in line}
    assert f"such as calling {emergency}." in hints["COV001"], out
    if "COV003" in hints:  # the UK pack's own safeguarding rule words it
        assert receiver in hints["COV003"], out
    out = run_cli("check", str(listed), *place).stdout
    lim = next(nxt for line, nxt in zip(out.splitlines(), out.splitlines()[1:]) if " LIM004 " in line)
    assert receiver in lim, out
    if code is None or not code.startswith("US"):
        assert emergency == "911" or "911" not in out, out
        assert "protective services" not in out, out


@pytest.mark.parametrize(
    ("line", "code", "pack"),
    [("Toronto, Ontario", "CA-ON", "ca-on"), ("Melbourne, Victoria", "AU-VIC", "au-vic"), ("Dublin 6, Ireland", "IE", "ie"),
     ("Brisbane, Queensland", "AU-QLD", "au-qld"), ("Ottawa, ON", "CA-ON", "ca-on"), ("Dublin, Ohio", "US-OH", "us")],
)  # fmt: skip
def test_a_page_with_a_city_and_its_full_place_name_gets_its_pack(tmp_path: Path, run_cli: Callable[..., CliRun], line: str, code: str, pack: str) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(f"# Hill Therapy\n\nHill Therapy, {line}\n\n## Your privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    out = run_cli("check", str(page), "--no-hints").stdout
    assert f"({code}) and used the {pack} pack" in out, out
