"""`policy-lint why` picks the pack as check does, so what it calls required is what check requires.

Found in a trial: why listed required_by_law and duty_to_warn as "missing,
required" while check reported nothing for them (each rule asks for one of
two topics), and why had no --jurisdiction.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Callable

import pytest

from conftest import EXAMPLES, CliRun

TX_PAGE = """\
# Confidentiality

Everything you share in therapy is kept private. I will not share it without your written consent, except in the cases below, which I review with you during our first meeting.

1. If I believe you are at risk of suicide, I may contact a crisis team or 911 to keep you safe.
2. If you communicate a serious threat of violence against a reasonably identifiable victim, I am required to notify the intended victim and law enforcement.
3. I am required by law to report suspected abuse or neglect of children, elders, and dependent adults.
4. If I receive a court order, I may be required to release records.

Whenever possible, I will discuss it with you before any disclosure, and I disclose only the minimum necessary.

If you have questions, call me at 512-555-0199.
"""


def _not_met(out: str) -> set[str]:
    part = out.split("What check asks of this policy")[1].split("\n\n")[0]
    return {m.group(1) for m in re.finditer(r"^  ([A-Z]{3}\d{3}) \S+: not met", part, re.M)}


def _listed(out: str) -> set[str]:
    part = out.split("What check asks of this policy")[1].split("\n\n")[0]
    return set(re.findall(r"^  ([A-Z]{3}\d{3}) ", part, re.M))


def _check_ids(run_cli: Callable[..., CliRun], *args: str) -> set[str]:
    data = json.loads(run_cli("check", "--format", "json", *args).stdout)
    return {f["rule"] for entry in data["files"] for f in entry["findings"]}


@pytest.fixture()
def hill(tmp_path: Path) -> Path:
    folder = tmp_path / "clinics" / "US-TX" / "hill"
    folder.mkdir(parents=True)
    page = folder / "privacy.md"
    page.write_text(TX_PAGE, encoding="utf-8")
    return page


def test_why_uses_the_pack_of_the_place_and_the_rules_of_check(hill: Path, run_cli: Callable[..., CliRun]) -> None:
    out = run_cli("why", str(hill)).stdout
    assert "with the us-tx pack, for Texas (US-TX), from its folder:" in out
    line = next(l for l in out.splitlines() if l.strip().startswith("required_by_law"))
    assert "missing" in line and "required " not in line and "one of" in line
    assert "Not needed: COV005 asks for one of court_order or required_by_law, and the policy states court_order." in out
    assert "No passage states it in words." not in out
    assert _not_met(out) == _check_ids(run_cli, str(hill)) & _listed(out)


def test_why_takes_jurisdiction_as_check_does(hill: Path, run_cli: Callable[..., CliRun]) -> None:
    out = run_cli("why", str(hill), "--jurisdiction", "US-CA").stdout
    assert "with the us-ca pack, for California (US-CA), from --jurisdiction:" in out
    assert "JUR203" in _not_met(out) and "JUR203" in _check_ids(run_cli, str(hill), "--jurisdiction", "US-CA")
    assert _not_met(out) == _check_ids(run_cli, str(hill), "--jurisdiction", "US-CA") & _listed(out)


def test_why_takes_config_and_isolated(hill: Path, tmp_path: Path, run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "lint.yaml"
    config.write_text("ignore: [NOT003]\njurisdiction: US-NY\n", encoding="utf-8")
    out = run_cli("why", str(hill), "--config", str(config)).stdout
    assert "NOT003" not in _listed(out) and "NOT001" in _listed(out)
    (hill.parent / ".policy-lint.yaml").write_text("ignore: [NOT001]\n", encoding="utf-8")
    assert "NOT001" not in _listed(run_cli("why", str(hill)).stdout)
    assert "NOT001" in _listed(run_cli("why", str(hill), "--isolated").stdout)
    run = run_cli("why", str(hill), "--isolated", "--config", str(config))
    assert run.exit_code == 2 and "not both" in run.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in (EXAMPLES / "gaps").glob("*.yaml")) + ["jurisdictions/tx-must-warn.yaml", "jurisdictions/ny-no-elder-abuse.yaml", "jurisdictions/ca-no-dependent-adults.yaml"])
def test_what_why_says_is_not_met_is_what_check_reports(name: str, tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    source = EXAMPLES / name if "/" in name else EXAMPLES / "gaps" / name
    path = tmp_path / source.name
    shutil.copy(source, path)
    out = run_cli("why", str(path)).stdout
    assert _listed(out), out
    assert _not_met(out) == _check_ids(run_cli, str(path)) & _listed(out)


def test_the_pack_option_wins_as_in_check(hill: Path, run_cli: Callable[..., CliRun]) -> None:
    out = run_cli("why", str(hill), "--pack", "base").stdout
    assert "with the base pack, for Texas (US-TX), from its folder:" in out
    assert not any(rule.startswith("JUR") for rule in _listed(out))
