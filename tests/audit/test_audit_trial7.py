"""The audit after the seventh new-user trial (a consultant auditing 11 clinics in mixed formats).

1. The headline said "0 meet every requirement" while two rows said "No
   gaps. 13 of 13 requirements met": a clinic with one wording error was not
   counted. Now one definition (``COMPLETE_MEANS``) is used by the headline,
   the JSON, the rows and every format, and other errors are counted apart.
2. A limit the clinic's place allows but does not make a duty (New York and
   New South Wales: elder abuse) was a gap, "✗ missing". Now it is
   "– not a duty here", never a gap, in every format.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

from audit_fixtures import DATE, EXAMPLES
from policy_lint.audit.model import COMPLETE_MEANS, Status

HARD = (
    "Notwithstanding the foregoing, the practitioner's professional obligations regarding "
    "the preservation of confidentiality of communications are subject to applicable statutory "
    "exceptions, including but not limited to circumstances involving judicial proceedings."
)


def _folder(tmp_path: Path) -> Path:
    """Three clinics: one clean, one clean but for a hard sentence (an error that is not a column), one in New York without elder abuse."""
    folder = tmp_path / "clinics"
    folder.mkdir()
    shutil.copy(EXAMPLES / "complete.yaml", folder / "clean.yaml")
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
    old = "    This page covers all therapy at Riverside Counseling, in person and by video.\n"
    assert old in text
    hard = text.replace(old, f"    {HARD}\n").replace("  name: Riverside Counseling\n", "  name: Hard Words Clinic\n", 1)
    (folder / "hard.yaml").write_text(hard, encoding="utf-8")
    shutil.copy(EXAMPLES / "jurisdictions" / "ny-no-elder-abuse.yaml", folder / "ny.yaml")
    return folder


def _audit(run_cli: Callable[..., Any], folder: Path, fmt: str) -> Any:
    run = run_cli("audit", str(folder), "--format", fmt, "--date", DATE)
    assert run.exit_code == 0, run.stderr
    return run


def test_a_clinic_with_no_gap_meets_every_requirement_in_every_format(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    data = json.loads(_audit(run_cli, folder, "json").stdout)
    by_name = {c["name"]: c for c in data["clinics"]}
    hard = by_name["Hard Words Clinic"]
    assert hard["totals"]["fail"] == 0 and hard["other_errors"] >= 1
    assert hard["meets_every_requirement"] is True
    # The headline counts exactly the rows that say so, and says the rule in words.
    assert data["summary"]["complete"] == sum(c["meets_every_requirement"] for c in data["clinics"]) == 3
    assert data["summary"]["with_other_errors"] >= 1 and data["summary"]["complete_with_other_errors"] >= 1
    assert data["complete_means"] == COMPLETE_MEANS

    md = _audit(run_cli, folder, "markdown").stdout
    assert "- 3 meet every requirement" in md
    assert "other errors to fix" in md and "meets every requirement when no column" in md
    assert md.count("**Meets every requirement.**") == 3
    assert "No gaps." not in md
    section = md.split("### Hard Words Clinic", 1)[1].split("### ", 1)[0]
    assert "**Meets every requirement.**" in section and "other error" in section and "PLN" in section

    page = _audit(run_cli, folder, "html").stdout
    assert '<span class="n">3</span>meet every requirement' in page
    assert page.count("<b>Meets every requirement.</b>") == 3
    assert "meets every requirement when no column" in page


def test_a_gap_or_an_unchecked_column_is_never_counted_as_meeting_every_requirement(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "clinics"
    (folder / "somewhere").mkdir(parents=True)
    shutil.copy(EXAMPLES / "gaps" / "no-court-order.yaml", folder / "gap.yaml")
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8").replace("  jurisdiction: US-CA\n", "").replace("  address: 12 River Road, Sacramento, CA 95814\n", "")
    # (and no California law cited: the codes a policy cites name its place too, since doc11)
    text = "\n".join(line for line in text.splitlines() if "legal_basis:" not in line and "California" not in line) + "\n"
    # No place known: the law column is not checked. (Florida was the case here, until trial 10 made a place
    # with no pack of its own "no pack for this place", checked with the us pack: tests/audit/test_audit_law.py.)
    (folder / "somewhere" / "nowhere.yaml").write_text(text, encoding="utf-8")
    data = json.loads(_audit(run_cli, folder, "json").stdout)
    assert data["summary"]["complete"] == 0
    assert not any(c["meets_every_requirement"] for c in data["clinics"])
    md = _audit(run_cli, folder, "markdown").stdout
    assert "- 0 meet every requirement" in md and "Meets every requirement." not in md
    assert "**No gaps found, but not complete.**" in md and "could not be checked" in md


def test_a_duty_the_place_does_not_set_is_not_required_here_in_every_format(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    data = json.loads(_audit(run_cli, folder, "json").stdout)
    ny = next(c for c in data["clinics"] if c["path"].endswith("ny.yaml"))
    for rid in ("COV004", "COV006"):
        cell = ny["cells"][rid]
        assert cell["status"] == "not a duty here", rid
        assert [f["severity"] for f in cell["findings"]] == ["info"], rid
    assert ny["totals"]["fail"] == 0 and ny["totals"]["not_required"] == 2
    assert ny["meets_every_requirement"] is True
    cov4 = next(r for r in data["requirements"] if r["id"] == "COV004")
    assert cov4["totals"]["not_required"] == 1 and cov4["totals"]["fail"] == 0
    assert data["summary"]["not_required"] == 2 and data["summary"]["gaps"] == 0

    md = _audit(run_cli, folder, "markdown").stdout
    row = next(line for line in md.splitlines() if line.startswith("| [Riverside Counseling]") and "ny.yaml" in line)
    assert row.count("– not a duty here") == 2 and "✗" not in row
    assert "13 of 15 requirements met; 2 not a duty here." in md
    page = _audit(run_cli, folder, "html").stdout
    assert page.count('class="cell notrequired"') == 2
    assert "does not make it a duty. It is not a gap." in page
    csv_text = _audit(run_cli, folder, "csv").stdout
    assert csv_text.count("not a duty here") == 2


def test_not_required_needs_every_active_finding_to_be_info(linter: Any, base_pack: Any) -> None:
    """An info finding next to an error in the same column is still a gap."""
    from policy_lint.audit.model import ClinicInput, Place, build_audit
    from policy_lint.findings import Severity

    result = linter.lint_path(EXAMPLES / "gaps" / "no-elder-abuse.yaml")
    cov4 = [f for f in result.findings if f.rule_id == "COV004"]
    assert cov4 and cov4[0].severity is Severity.ERROR
    audit = build_audit([ClinicInput(result, "Elder")], base_pack.rules, date=DATE)
    cell = next(c for c in audit.clinics[0].cells if c.requirement.id == "COV004")
    assert cell.status is Status.FAIL
    info = result.replace(findings=tuple(f.replace(severity=Severity.INFO) if f.rule_id == "COV004" else f for f in result.findings))
    # Info alone says nothing about the law (a config may turn any rule down): still a gap.
    audit = build_audit([ClinicInput(info, "Elder")], base_pack.rules, date=DATE)
    cell = next(c for c in audit.clinics[0].cells if c.requirement.id == "COV004")
    assert cell.status is Status.FAIL
    # The pack of a place where the law allows but does not require it: not a duty here.
    ny = Place("US-NY", "New York", "policy", "us-ny", law=True, no_duty=frozenset({"elder_abuse"}))
    audit = build_audit([ClinicInput(info, "Elder", place=ny)], base_pack.rules, date=DATE)
    cell = next(c for c in audit.clinics[0].cells if c.requirement.id == "COV004")
    assert cell.status is Status.NOT_REQUIRED and cell.word == "not a duty here" and cell.status.symbol == "–"
    both = info.replace(findings=(*info.findings, cov4[0]))
    audit = build_audit([ClinicInput(both, "Elder", place=ny)], base_pack.rules, date=DATE)
    cell = next(c for c in audit.clinics[0].cells if c.requirement.id == "COV004")
    assert cell.status is Status.FAIL


# -- 6. one report for each clinic ---------------------------------------------------------


def test_per_clinic_writes_one_report_for_each_clinic(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "reports"
    run = run_cli("audit", str(folder), "--per-clinic", str(out), "--date", DATE)
    assert run.exit_code == 0, run.stderr
    assert run.stdout == ""  # without -o, only a summary, on standard error
    assert "Wrote 3 reports to" in run.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["clean.html", "hard.html", "ny.html"]
    page = (out / "ny.html").read_text(encoding="utf-8")
    assert "Confidentiality policy audit: Riverside Counseling" in page
    # One clinic's report: its requirements as rows (trial 10), never other clinics.
    assert 'class="matrix"' not in page and 'class="columns one-clinic"' in page and "Hard Words Clinic" not in page
    # With -o and a format: the whole report too, and the same format for each clinic.
    whole = tmp_path / "all.json"
    run = run_cli("audit", str(folder), "--per-clinic", str(out), "-o", str(whole), "--date", DATE)
    assert run.exit_code == 0, run.stderr
    assert len(json.loads(whole.read_text(encoding="utf-8"))["clinics"]) == 3
    one = json.loads((out / "hard.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in one["clinics"]] == ["Hard Words Clinic"] and one["summary"]["clinics"] == 1


def test_per_clinic_never_writes_over_a_policy(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "clinics"
    folder.mkdir()
    policy = folder / "clinic.md"
    text = (EXAMPLES / "prose" / "faq.md").read_text(encoding="utf-8")
    policy.write_text(text, encoding="utf-8")
    run = run_cli("audit", str(folder), "--per-clinic", str(folder), "--format", "markdown")
    assert run.exit_code == 2 and "never writes a report over it" in run.stderr
    assert policy.read_text(encoding="utf-8") == text
    run = run_cli("audit", str(folder), "--per-clinic", str(policy))
    assert run.exit_code == 2 and "not a folder" in run.stderr


def test_report_names_are_safe_and_never_the_same() -> None:
    from policy_lint.audit.model import Clinic, report_names

    def clinic(path: str) -> Clinic:
        return Clinic(path, path, False, True, (), (), "a")

    paths = ["US-TX/hill-country/Hill Country - Privacy Notice.docx", "a/b.md", "a/b.html", "a-b.md", "../x/<evil>|name?.pdf", "/"]
    names = report_names([clinic(p) for p in paths], ".html")
    assert names[0] == "US-TX_hill-country_Hill-Country-Privacy-Notice.html"
    assert names[1:4] == ["a_b.html", "a_b-2.html", "a-b.html"]
    assert names[4] == "x_evil-name.html" and names[5] == "clinic.html"
    assert len(set(names)) == len(names)


def test_a_config_that_turns_a_duty_down_to_info_never_makes_it_not_a_duty(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    """Texas makes reporting elder abuse a duty: ``severity: {COV004: info}`` in a config says nothing about the law.

    Only the pack of the place ("status: permitted") may make a column "not a duty here".
    """
    folder = tmp_path / "clinics"
    (folder / "US-TX").mkdir(parents=True)
    text = (EXAMPLES / "jurisdictions" / "ny-no-elder-abuse.yaml").read_text(encoding="utf-8")
    assert "  jurisdiction: US-NY\n" in text
    (folder / "US-TX" / "tx.yaml").write_text(text.replace("  jurisdiction: US-NY\n", "  jurisdiction: US-TX\n"), encoding="utf-8")
    (folder / ".policy-lint.yaml").write_text("severity:\n  COV004: info\n", encoding="utf-8")
    data = json.loads(_audit(run_cli, folder, "json").stdout)
    cell = data["clinics"][0]["cells"]["COV004"]
    assert [f["severity"] for f in cell["findings"]] == ["info"]
    assert cell["status"] == "fail"
    assert "– not a duty here |" not in _audit(run_cli, folder, "markdown").stdout
    assert data["summary"]["not_required"] == 0 and data["summary"]["gaps"] >= 1


def test_per_clinic_stats_each_input_once_not_once_per_report(run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: Any) -> None:
    """N reports and N inputs: the check that no report lands on a policy costs N + N stats, not N × N file comparisons (twice)."""
    import os

    from policy_lint import fileio

    folder = _folder(tmp_path)
    compared: list[tuple[Any, Any]] = []
    real = os.path.samefile
    monkeypatch.setattr(os.path, "samefile", lambda a, b: compared.append((a, b)) or real(a, b))
    out = tmp_path / "reports"
    run = run_cli("audit", str(folder), "--per-clinic", str(out), "--date", DATE, "--format", "markdown")
    assert run.exit_code == 0, run.stderr
    assert len(list(out.iterdir())) == 3
    assert compared == []
    # The protection is kept: a FileIds of the inputs still refuses a report over one of them.
    policy = folder / "clean.yaml"
    ids = fileio.FileIds.of([policy, folder / "no-such-file.yaml"])
    assert ids.holds(policy) and not ids.holds(out / "x.md")
    link = tmp_path / "link.yaml"
    link.symlink_to(policy)
    assert ids.holds(link)
    before = policy.read_bytes()
    try:
        fileio.atomic_write(link, "x", protect=ids)
    except fileio.ProtectedFileError:
        pass
    else:
        raise AssertionError("wrote over a protected file")
    assert policy.read_bytes() == before
