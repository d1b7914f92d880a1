"""The law of each clinic's place in the audit: a column of its own, counted as a gap.

Found in a trial: a Texas clinic that promised a duty to warn (JUR301) and
a New York clinic with no SAFE Act report (JUR401) were shown as "No gaps"
and counted among the clinics that "meet every requirement"; and a file
that could not be read lost the place of its folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import EXAMPLES
from policy_lint.audit import render
from policy_lint.audit.model import LAW_COLUMN, Status
from policy_lint.session import CheckOptions, Session

DATE = "2026-12-05"

TX_MUST_WARN = """\
# Confidentiality

Everything you share in therapy stays private. We do not share it without your written consent, except in the cases below.
We go over these limits with you at your first session, before therapy starts.

- If you are at risk of suicide, we may call a crisis team to keep you safe.
- If you make a serious threat against a reasonably identifiable victim, I am required to notify the intended victim and the police.
- We must report suspected abuse or neglect of a child, an elderly person or a person with a disability.
- If a judge orders us to share records, we must do so.

If we must share, we tell you first when it is safe, and we share only what is needed.
If you have questions, call us at 512-555-0199.
"""


def _audit(*paths: Path, **options: object):
    return Session(CheckOptions(paths=tuple(str(p) for p in paths), **options)).audit(date=DATE)


def _by_file(audit) -> dict:
    return {c.path.rsplit("/", 1)[-1]: c for c in audit.clinics}


def _law(clinic):
    [cell] = [c for c in clinic.cells if c.requirement.id == LAW_COLUMN]
    return cell


def test_a_finding_of_the_places_law_is_a_gap(tmp_path: Path) -> None:
    folder = tmp_path / "clinics" / "US-TX" / "hill"
    folder.mkdir(parents=True)
    (folder / "privacy.md").write_text(TX_MUST_WARN, encoding="utf-8")
    shutil.copy(EXAMPLES / "complete.json", tmp_path / "clinics" / "tx.json")
    audit = _audit(tmp_path / "clinics")
    clinics = _by_file(audit)
    hill, clean = clinics["privacy.md"], clinics["tx.json"]
    cell = _law(hill)
    assert cell.status is Status.FAIL and [f.rule_id for f in cell.findings] == ["JUR301"]
    assert "required to notify" in cell.findings[0].message
    assert not any(f.rule_id == "JUR301" for f in hill.other)  # not lost among the wording findings
    assert hill.gaps >= 1 and not hill.complete
    assert _law(clean).status is Status.PASS  # a clinic that follows its place's law passes
    text = render("markdown", audit)
    assert "Law of the place (JUR)" in text
    section = text.split("\n### hill/privacy.md\n")[1].split("\n### ")[0]  # no name in the policy: its folder and file
    assert "No gaps" not in section and "**Law of the place** (JUR)" in section
    assert "**JUR301** tx-duty-to-warn-promised, line" in section  # the rule is named: the column holds several
    assert audit.summary["complete"] == sum(1 for c in audit.clinics if c.complete)
    assert hill not in [c for c in audit.clinics if c.complete]
    data = audit.to_dict()
    [row] = [c for c in data["clinics"] if c["path"].endswith("privacy.md")]
    assert row["cells"][LAW_COLUMN]["status"] == "fail"
    assert any(r["id"] == LAW_COLUMN for r in data["requirements"])
    assert "JUR Law of the place" in render("csv", audit).splitlines()[0]


def test_a_missing_duty_of_the_place_is_a_gap(tmp_path: Path) -> None:
    """New York: no SAFE Act report (JUR401, a warning) is a gap, not an other finding."""
    folder = tmp_path / "US-NY" / "hudson"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(TX_MUST_WARN.replace("I am required to notify", "we may warn"), encoding="utf-8")
    [clinic] = _audit(tmp_path).clinics
    assert clinic.place.pack == "us-ny"
    ids = {f.rule_id for f in _law(clinic).findings}
    assert "JUR401" in ids and _law(clinic).status is Status.FAIL
    assert not clinic.complete


def test_a_clinic_whose_place_is_not_known_is_not_checked_for_it(tmp_path: Path) -> None:
    """No place, no pack of a place's law: "not checked", never "pass", and never "meets every requirement"."""
    page = tmp_path / "page.md"
    page.write_text(TX_MUST_WARN.replace("512-555-0199", "privacy@example.org"), encoding="utf-8")
    [clinic] = _audit(page).clinics
    assert clinic.place.code == "" and _law(clinic).status is Status.UNCHECKED and not clinic.place.no_pack
    assert not clinic.complete


def test_info_findings_of_the_place_stay_other_findings(tmp_path: Path) -> None:
    """Only errors and warnings of the place's law make the column fail."""
    from policy_lint.audit.model import build_audit
    from policy_lint.audit.model import ClinicInput, Place
    from policy_lint.findings import FileResult, Finding, Position, Severity
    from policy_lint.packs import load_pack

    rules = load_pack("us-tx").rules
    info = Finding("a.yaml", "JUR303", "tx-report-stated-as-a-choice", Severity.INFO, Position(1, 1), "x")
    warning = info.replace(severity=Severity.WARNING)
    place = Place("US-TX", "Texas", "policy", "us-tx", law=True)
    audit = build_audit([ClinicInput(FileResult("a.yaml", (info,)), "A", place=place), ClinicInput(FileResult("b.yaml", (warning,)), "B", place=place)], rules, date=DATE)
    a, b = sorted(audit.clinics, key=lambda c: c.name)
    assert _law(a).status is Status.PASS and [f.rule_id for f in a.other] == ["JUR303"]
    assert _law(b).status is Status.FAIL and not b.other


def test_no_column_when_no_pack_has_rules_of_a_place(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "complete.yaml", tmp_path / "ca.yaml")
    audit = _audit(tmp_path, pack="base")
    assert LAW_COLUMN not in {r.id for r in audit.requirements}


def test_a_file_that_cannot_be_read_keeps_the_place_of_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "clinics" / "US-NY" / "hudson"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "jurisdictions" / "ny-no-elder-abuse.yaml", folder / "policy.yaml")
    (folder / "old.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<\ntrailer broken")
    audit = _audit(tmp_path / "clinics")
    old = _by_file(audit)["old.pdf"]
    assert not old.checked
    assert (old.place.code, old.place.source, old.place.pack) == ("US-NY", "folder", "us-ny")
    [group] = audit.groups
    assert group["code"] == "US-NY" and len(group["clinics"]) == 2  # one place, not "Not given"
    assert "old.pdf,US-NY/hudson/old.pdf" in render("csv", audit).replace('"', "")
    assert ",US-NY,folder,us-ny" in [line for line in render("csv", audit).splitlines() if "old.pdf" in line][0]


def test_a_file_that_cannot_be_read_keeps_the_place_of_the_option(tmp_path: Path) -> None:
    (tmp_path / "old.pdf").write_bytes(b"not a pdf at all")
    [old] = _audit(tmp_path, jurisdiction="US-CA").clinics
    assert (old.place.code, old.place.source, old.place.pack) == ("US-CA", "option", "us-ca")


def test_a_state_with_no_pack_of_its_own_says_so_and_is_not_a_pass(tmp_path: Path) -> None:
    """Florida gets the us pack (federal law): that is no check of Florida's law, so never a "pass".

    Trial 10 (issue 13): it was "? not checked", so a clinic in Ohio or Colorado could never meet every
    requirement. Now the cell says "no pack for this place" and the report names the place.
    """
    folder = tmp_path / "US-FL" / "palm"
    folder.mkdir(parents=True)
    (folder / "policy.md").write_text(TX_MUST_WARN.replace("I am required to notify", "we may warn"), encoding="utf-8")
    [clinic] = _audit(tmp_path).clinics
    assert clinic.place.pack == "us" and clinic.place.no_pack and _law(clinic).status is Status.NO_PACK
    assert _law(clinic).detail == "checked with the us pack"
    assert any(f.rule_id == "JUR003" for f in clinic.other)  # and the finding says why
    audit = _audit(tmp_path)
    assert audit.summary["law_not_checked"] == 0 and audit.summary["no_pack"] == 1
    md, page = render("markdown", audit), render("html", audit)
    assert "- 1 clinic is in a place policy-lint has no pack for (Florida): it was checked against the pack of its country" in md
    assert "policy-lint has no pack for the law of Florida, so that law was not checked." in md
    assert "○ no pack for this place: policy-lint has no rule pack for the law of the clinic's place" in md
    assert 'class="badge nopack"' in page and "no pack for this place" in page
    data = audit.to_dict()["clinics"][0]
    assert data["jurisdiction"]["no_pack_for_place"] is True and data["cells"][LAW_COLUMN]["status"] == "no pack for this place"


def test_a_complete_policy_in_a_place_with_no_pack_meets_every_requirement(tmp_path: Path) -> None:
    """Ohio and Alberta: checked against the us and base rules, a complete policy meets every requirement, and says what was not checked."""
    for code, pack, name in (("US-OH", "us", "Ohio"), ("CA-AB", "base", "Alberta")):
        folder = tmp_path / code / "lake"
        folder.mkdir(parents=True)
        (folder / "policy.yaml").write_text((EXAMPLES / "complete.yaml").read_text(encoding="utf-8").replace("US-CA", code), encoding="utf-8")
        [clinic] = _audit(folder).clinics
        assert clinic.place.pack == pack and clinic.place.no_pack
        assert clinic.complete and clinic.gaps == 0 and clinic.unchecked == 0
        head, rest = clinic.verdict
        assert head == "Meets every requirement policy-lint could check."
        assert rest.endswith(f"policy-lint has no pack for the law of {name}, so that law was not checked. Check it yourself, or ask a lawyer.")
        single = _audit(folder).for_clinic(clinic)
        assert single.one_place.startswith(f"Jurisdiction: {name} ({code}). Checked against the {pack} pack. policy-lint has no pack for the law of {name}")
        shutil.rmtree(tmp_path / code)


def test_a_pack_that_extends_the_places_pack_checks_its_law(tmp_path: Path) -> None:
    folder = tmp_path / "US-TX" / "hill"
    folder.mkdir(parents=True)
    (folder / "privacy.md").write_text(TX_MUST_WARN, encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text('pack: mine\nversion: "1"\nextends: us-tx\nrules: []\n', encoding="utf-8")
    [clinic] = _audit(folder / "privacy.md", pack=str(mine), jurisdiction="US-TX").clinics
    assert clinic.place.law and _law(clinic).status is Status.FAIL
    [clinic] = _audit(folder / "privacy.md", pack="us-ca", jurisdiction="US-TX").clinics  # a pack of another place: Texas law not checked
    assert not clinic.place.law and _law(clinic).status is not Status.PASS  # its own findings show, but never a pass
    assert not clinic.place.no_pack  # Texas has a pack: another pack was chosen, so that is no "no pack for this place"
