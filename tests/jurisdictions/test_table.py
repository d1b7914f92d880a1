"""docs/jurisdictions.md stays in step with the packs; every law is cited in full; rules to verify stay soft."""

from __future__ import annotations

import os

from conftest import ROOT
from policy_lint.docs import law_cite
from policy_lint.jurisdictions.select import JURISDICTION_PACKS, pack_for
from policy_lint.jurisdiction_docs import jurisdictions_markdown
from policy_lint.packs import load_pack


def test_jurisdictions_table_is_current() -> None:
    """docs/jurisdictions.md equals what the packs generate."""
    path = ROOT / "docs" / "jurisdictions.md"
    expected = jurisdictions_markdown()
    if os.environ.get("POLICY_LINT_REGEN"):
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, "run: POLICY_LINT_REGEN=1 python -m pytest tests/jurisdictions/test_table.py"


def test_the_table_names_the_differences_between_places() -> None:
    text = jurisdictions_markdown()
    assert "| Texas (US-TX) | `us-tx` | Warning a person you threaten | permitted." in text
    assert "| California (US-CA) | `us-ca` | Abuse or neglect of a dependent adult | required." in text
    assert "| New York (US-NY) | `us-ny` | Abuse or neglect of an older adult | permitted." in text
    assert "Terrorism Act 2000 s.38B" in text


def test_each_pack_is_named_after_its_place_and_extends_the_base_pack() -> None:
    assert JURISDICTION_PACKS() == ["au-nsw", "au-qld", "au-vic", "ca-bc", "ca-on", "gb", "ie", "us", "us-ca", "us-ny", "us-tx"]
    for name in JURISDICTION_PACKS():
        pack = load_pack(name, validate_builtin=True)
        assert pack.settings["jurisdiction"]["code"].lower() == name
        assert "base" in pack.chain


def test_the_most_specific_pack_wins() -> None:
    assert pack_for("US-CA") == ("us-ca", True)
    assert pack_for("US-WA") == ("us", False)
    assert pack_for("GB-SCT") == ("gb", False)
    assert pack_for("CA-ON") == ("ca-on", True)
    assert pack_for("CA-AB") == (None, False)
    assert pack_for("IE") == ("ie", True)
    assert pack_for("AU-QLD") == ("au-qld", True)
    assert pack_for("AU-VIC") == ("au-vic", True) and pack_for("AU-WA") == (None, False)
    assert pack_for("CA") == (None, False)
    assert pack_for(None) == (None, False)


def test_every_law_has_code_summary_and_date_and_rules_to_verify_stay_soft() -> None:
    for name in JURISDICTION_PACKS():
        pack = load_pack(name)
        for rule in pack.rules:
            for law in rule.law:
                assert law["code"] and law["summary"] and law["checked"], rule.id
                if law.get("verify"):
                    assert rule.severity.value in ("warning", "info"), f"{rule.id} rests on law to verify: keep it at warning or info"
        for topic, entry in pack.settings["jurisdiction"]["topics"].items():
            for law in entry["law"]:
                assert law["checked"] == "2026-12-05", (name, topic)
                if entry["status"] == "required":
                    assert law.get("section"), (name, topic)


def _confirmed_laws() -> set[str]:
    """Every law of a place's pack, topic or rule, that is not marked to verify, as cited."""
    found: set[str] = set()
    for name in JURISDICTION_PACKS():
        pack = load_pack(name)
        laws = [law for rule in pack.rules for law in rule.law]
        laws += [law for entry in pack.settings["jurisdiction"]["topics"].values() for law in entry["law"]]
        for law in laws:
            if not law.get("verify"):
                assert str(law.get("url", "")).startswith(("https://", "http://")), f"{law_cite(law)}: confirmed law links to the official page it was read on"
                found.add(law_cite(law))
    return found


def test_confirmed_law_links_to_its_source_and_the_readme_names_it() -> None:
    """Law read in the official text links to it, and the README's list of confirmed law is the packs' list."""
    confirmed = _confirmed_laws()
    assert {"Terrorism Act 2000 s.38B", "Cal. Civ. Code 43.92"} <= confirmed
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    count = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][len(confirmed)]
    start = readme.index(f"{count} citations were read in the official text")
    listed = readme[start : readme.index("Every other citation is still to verify", start)]
    for cite in confirmed:
        assert cite in listed, f"README: add {cite} to the confirmed law"
