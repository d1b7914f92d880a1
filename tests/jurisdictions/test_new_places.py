"""Ontario, Victoria, Queensland and Ireland: each page is found in its place and gets that place's law, in check and in audit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

PAGE = """\
# {name}

{name}, {address}

## Your privacy

What you tell us stays private, with a few exceptions.

- {child}
- If you might seriously hurt yourself or someone else, we may share what is needed to keep people safe.

Questions? Email privacy@clinic.example. Effective 1 March 2026.
"""

#: (folder, address, the code and pack it gives, a child abuse sentence the place's law finds fault with, the rule, words of its message)
PLACES = [
    ("on", "100 King St W, Toronto, ON M5V 2T6", "CA-ON", "ca-on",
     "If we think a child is being abused or neglected, we may report it to a children's aid society.",
     "JUR802", "Child, Youth and Family Services Act, 2017 (S.O. 2017, c. 14, Sched. 1) s.125"),
    ("vic", "Level 2, 10 Collins St, Melbourne VIC 3000", "AU-VIC", "au-vic",
     "If we think a child is being abused or neglected, we may report it to Child Protection.",
     "JUR812", "Children, Youth and Families Act 2005 (Vic) s.182, s.184"),
    ("qld", "1 Queen St, Brisbane QLD 4000", "AU-QLD", "au-qld",
     "If we think a child is being abused or neglected, the law says we must report it.",
     "JUR821", "Criminal Code s.229BC"),
    ("ie", "12 Merrion Square, Dublin 2, D02 X285", "IE", "ie",
     "If we think a child is being abused or neglected, we may report it to Tusla.",
     "JUR832", "Children First Act 2015 s.14, Sch. 2"),
]  # fmt: skip


def _clinics(tmp_path: Path) -> Path:
    root = tmp_path / "clinics"
    for folder, address, _, _, child, _, _ in PLACES:
        (root / folder).mkdir(parents=True)
        (root / folder / "privacy.md").write_text(PAGE.format(name=f"Clinic {folder}", address=address, child=child), encoding="utf-8")
    return root


@pytest.mark.parametrize(("folder", "address", "code", "pack", "child", "rule", "law"), PLACES, ids=[p[0] for p in PLACES])
def test_check_finds_the_place_from_its_address_and_applies_its_law(
    tmp_path: Path, run_cli: Callable[..., CliRun], folder: str, address: str, code: str, pack: str, child: str, rule: str, law: str
) -> None:
    page = _clinics(tmp_path) / folder / "privacy.md"
    run = run_cli("check", str(page), "--no-hints")
    assert f"({code}) and used the {pack} pack" in run.stdout, run.stdout
    line = next(x for x in run.stdout.splitlines() if f" {rule} " in x)
    assert law in line and "warning" in line


@pytest.mark.parametrize(("folder", "address", "code", "pack", "child", "rule", "law"), PLACES, ids=[p[0] for p in PLACES])
def test_the_same_page_with_the_law_stated_right_passes_the_place_rule(
    tmp_path: Path, run_cli: Callable[..., CliRun], folder: str, address: str, code: str, pack: str, child: str, rule: str, law: str
) -> None:
    right = {
        "on": "If we think a child is being abused or neglected, the law says we must report it to a children's aid society.",
        "vic": "If we think a child is being abused or neglected, the law says we must report it to Child Protection.",
        "qld": "If we believe an adult has sexually abused a child, the law says we must tell the police.",
        "ie": "If we think a child is being abused or neglected, the law says we must report it to Tusla.",
    }[folder]
    page = tmp_path / "privacy.md"
    page.write_text(PAGE.format(name="Clinic", address=address, child=right), encoding="utf-8")
    run = run_cli("check", str(page), "--no-hints")
    assert f"({code}) and used the {pack} pack" in run.stdout
    assert f" {rule} " not in run.stdout and " JUR8" not in run.stdout, run.stdout


def test_a_queensland_page_may_say_it_may_report_other_abuse_to_child_safety(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """Psychologists and counsellors are not Child Protection Act reporters in Queensland: 'may notify Child Safety' is right there."""
    page = tmp_path / "privacy.md"
    child = "If a child is at risk of abuse or neglect, we may notify Child Safety."
    page.write_text(PAGE.format(name="Clinic", address="1 Queen St, Brisbane QLD 4000", child=child), encoding="utf-8")
    run = run_cli("check", str(page), "--no-hints")
    assert "(AU-QLD) and used the au-qld pack" in run.stdout
    assert " JUR8" not in run.stdout and "makes this report a duty" not in run.stdout, run.stdout


def test_the_audit_gives_each_clinic_its_place_and_its_law(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    root = _clinics(tmp_path)
    run = run_cli("audit", str(root), "-f", "json", "--date", "2026-12-05")
    data = json.loads(run.stdout)
    by_folder = {c["path"].split("/")[0]: c for c in data["clinics"]}
    for folder, _, code, pack, _, rule, law in PLACES:
        clinic = by_folder[folder]
        assert clinic["jurisdiction"]["code"] == code and clinic["jurisdiction"]["pack"] == pack
        text = json.dumps(clinic)
        assert rule in text and law in text, (folder, rule)
        others = {p[5] for p in PLACES} - {rule}
        assert not any(o in text for o in others), folder


@pytest.mark.parametrize("code", ["CA-ON", "AU-VIC", "AU-QLD", "IE"])
def test_older_adults_are_info_where_no_law_makes_the_report_a_duty(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    """None of the four places makes a therapist report abuse of an older adult in general: COV004 is info, not the base pack's error."""
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"schema_version: 1\nclinic:\n  name: A\n  jurisdiction: {code}\n", encoding="utf-8")
    run = run_cli("check", str(policy), "--no-hints")
    line = next(x for x in run.stdout.splitlines() if " COV004 " in x)
    assert "info COV004" in line and "error" not in line
