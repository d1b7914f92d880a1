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
3. I must report suspected abuse or neglect of children, elders, and dependent adults.
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
    line = next(l for l in out.split("Coverage:")[1].splitlines() if l.strip().startswith("required_by_law"))
    # (vague since session 14: "I am required by law to report suspected abuse ..." names the law beside one limit)
    # (item 3 says "I must report", not "I am required by law to report": since session 14 the law beside one
    # limit reads required_by_law vague, and this test is about a topic the pack does not require, left missing)
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


VAGUE_PAGE = """\
# Confidentiality

Your sessions are confidential. We keep what you say private.

There are some exceptions. We may have to share information when the law requires it, or if someone is at risk. We may also have to make a report if there is abuse.

We explain these exceptions at your first session.

Questions? Call us at (512) 555-0110.

This policy applies from 1 April 2026.
"""

OPPOSITE_PAGE = """\
# Confidentiality

What you say is private. We never report anything you tell us to anyone, for any reason.

If you tell us about a child being hurt, we keep that between you and your therapist.
"""


def _verdicts(out: str) -> dict[str, str]:
    part = out.split("What check asks of this policy")[1].split("\n\n")[0]
    return {m.group(1): m.group(2) for m in re.finditer(r"^  ([A-Z]{3}\d{3}) \S+: (.*)$", part, re.M)}


def test_a_vague_topic_is_not_met_but_vague_as_check_says(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """Found in trial 6: why said "COV003 met" where check warned LIM004 ("abuse" is too general)."""
    page = tmp_path / "p.md"
    page.write_text(VAGUE_PAGE, encoding="utf-8")
    verdicts = _verdicts(run_cli("why", str(page)).stdout)
    assert "LIM004" in _check_ids(run_cli, str(page))
    assert verdicts["COV003"] == "vague (LIM004 warns) (child_abuse)"
    assert verdicts["NOT001"] == "met (at_intake)"  # no finding on it: met


def test_a_contradicted_topic_is_not_met_but_contradicted(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = tmp_path / "p.md"
    page.write_text(OPPOSITE_PAGE, encoding="utf-8")
    out = run_cli("why", str(page)).stdout
    verdicts = _verdicts(out)
    ids = _check_ids(run_cli, str(page))
    assert verdicts["COV003"].startswith("contradicted (")
    for rule in re.findall(r"COV00[78]", verdicts["COV003"]):
        assert rule in ids
    assert not any(v.startswith("met") for k, v in verdicts.items() if k.startswith("COV")), out


def test_why_says_what_doc001_to_doc004_found(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = tmp_path / "p.md"
    page.write_text(VAGUE_PAGE, encoding="utf-8")
    verdicts = _verdicts(run_cli("why", str(page)).stdout)
    assert verdicts["DOC001"] == 'met: found "Your sessions are confidential. We keep what you say private." at 3:1'
    assert verdicts["DOC002"].startswith('met: found "Questions? Call us at (512) 555-0110." at 9:1')
    assert verdicts["DOC003"] == 'met: found "(512) 555-0110" at 9:23'
    assert verdicts["DOC004"] == 'met: found "1 April 2026" at 11:26'


def test_why_says_what_doc001_to_doc004_looked_for(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = tmp_path / "p.md"
    page.write_text("# Privacy\n\nWe see clients on Mondays.\n", encoding="utf-8")
    out = run_cli("why", str(page)).stdout
    verdicts = _verdicts(out)
    assert {"DOC001", "DOC002", "DOC003", "DOC004"} <= _check_ids(run_cli, str(page))
    assert verdicts["DOC004"].startswith("not met: check reports it. No effective date found (looked for a date after 'effective', 'applies from'")
    assert "No opening statement found" in verdicts["DOC001"]
    assert _not_met(out) == _check_ids(run_cli, str(page)) & _listed(out)


def test_a_yaml_policy_shows_only_its_fields(run_cli: Callable[..., CliRun]) -> None:
    verdicts = _verdicts(run_cli("why", str(EXAMPLES / "complete.yaml")).stdout)
    assert verdicts["DOC001"].startswith('met: found "What you tell us in therapy stays private.')
    assert "DOC003" not in verdicts and "DOC004" not in verdicts  # the schema asks for these fields (SCH001)


def test_why_names_the_words_a_place_was_assumed_from(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    """Found in trial 7: a place found from the names of laws was said to be assumed "from an address"."""
    page = tmp_path / "privacy.md"
    page.write_text(
        "# Confidentiality\n\nWe follow UK GDPR and the BACP Ethical Framework. If a child is at risk of harm, "
        "we must share a safeguarding concern with children's social care.\n",
        encoding="utf-8",
    )
    out = run_cli("why", str(page)).stdout
    assert "assumed from 'BACP, UK GDPR'" in out or "assumed from 'UK GDPR, BACP'" in out, out
    assert "assumed from an address" not in out
