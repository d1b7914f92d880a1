"""Packs users write: extend a built-in pack with required limits, key terms and legal words, as data."""

from __future__ import annotations

from pathlib import Path

import pytest
from config_helpers import COMPLETE, NO_ELDER, cli, lint, repo, rules_of, write  # noqa: F401

from policy_lint.errors import RulePackError
from policy_lint.packs import load_pack

NETWORK = """\
# The Riverside network asks every member practice for these sections.
pack: riverside-network
extends: base
categories:
  telehealth:
    add_terms: [doxy]
legalese:
  - term: hereinafter
    plain: [from now on]
    source: Riverside network style guide
rules:
  - id: NET001
    name: telehealth-missing
    kind: coverage.required_limit
    severity: error
    params: {categories: [telehealth]}
    message: The network asks every policy to say how {labels} works.
    summary: The policy must say how therapy by video or phone keeps things private.
  - id: NET002
    name: minors-missing
    kind: coverage.required_limit
    severity: warning
    params: {categories: [minors]}
    summary: The policy must say what parents of a client under 18 can see.
  - id: COV004
    severity: warning
"""


def _pack(repo: Path, text: str = NETWORK, name: str = "network.yaml"):  # type: ignore[no-untyped-def]
    path = write(repo / "policy-lint" / name, text)
    return load_pack(str(path))


def test_user_pack_extends_base_and_adds_required_categories(repo: Path) -> None:
    """New coverage rules fire on a policy without telehealth or minors sections, and not on a complete one."""
    write(repo / "policy-lint" / "network.yaml", NETWORK)
    write(repo / ".policy-lint.yaml", "pack: policy-lint/network.yaml\n")
    gap = write(repo / "gap.yaml", NO_ELDER)
    full = write(repo / "full.yaml", COMPLETE)

    result = lint(gap, full)

    by_file = {Path(fr.path).name: fr for fr in result.files}
    found = {f.rule_id: f for f in by_file["gap.yaml"].active}
    assert {"NET001", "NET002"} <= set(found)
    assert found["NET001"].message == "The network asks every policy to say how video, phone, email and text works."
    assert found["NET001"].line == 19  # the limits: key
    assert found["COV004"].severity.value == "warning"  # changed by the user pack
    # Only JUR003 (info): the user pack builds on base, so it leaves out the us-ca pack of this California policy.
    assert [f.rule_id for f in by_file["full.yaml"].active] == ["JUR003"]


def test_user_pack_keeps_every_base_rule(repo: Path) -> None:
    """extends: base brings all of base's rules; the chain shows both packs."""
    pack = _pack(repo)
    base = load_pack("base")

    assert {r.id for r in base.rules} | {"NET001", "NET002"} == {r.id for r in pack.rules}
    assert pack.chain[-2:] == ("base", "riverside-network")
    assert pack.rule("telehealth-missing").pack == "riverside-network"  # type: ignore[union-attr]
    assert pack.rule("COV004").pack == "base"  # type: ignore[union-attr]


def test_add_terms_extends_a_category(repo: Path) -> None:
    """categories: {telehealth: {add_terms: [...]}} teaches the reading a practice's own words for that limit."""
    policy = NO_ELDER.replace(
        "\nnotification:",
        "\n  - category: telehealth\n    title: Sessions on Doxy\n    explanation: >\n      We meet on Doxy. Use a quiet room and your own device for each session.\n\nnotification:",
    )
    path = write(repo / "a.yaml", policy)
    requires = "pack: strict\nextends: base\nrules:\n  - id: TEL001\n    name: telehealth-missing\n    kind: coverage.required_limit\n    severity: error\n    params: {categories: [telehealth]}\n    summary: Say how sessions by video work.\n"
    write(repo / "policy-lint" / "strict.yaml", requires)
    assert "TEL001" in rules_of(lint(path, pack=str(repo / "policy-lint" / "strict.yaml")))

    pack = _pack(repo)
    assert "doxy" in pack.category_terms("telehealth")
    assert "video" in pack.category_terms("telehealth")  # the built-in terms stay
    result = lint(path, pack=str(repo / "policy-lint" / "network.yaml"))
    assert not {"NET001", "LIM002"} & rules_of(result)


def test_terms_replace_a_category_list(repo: Path) -> None:
    """terms: replaces the inherited list."""
    pack = _pack(repo, "pack: x\nextends: base\ncategories:\n  telehealth: {terms: [Doxy, zoom]}\n")

    assert pack.category_terms("telehealth") == ("doxy", "zoom")


def test_legalese_entries_are_added(repo: Path) -> None:
    """legalese: entries reach pack.legalese (the plain-language rules read it)."""
    pack = _pack(repo)

    assert {"term": "hereinafter", "plain": ["from now on"], "source": "Riverside network style guide"} in [dict(e) for e in pack.legalese]


def test_examples_and_sources_are_optional_in_user_packs(repo: Path) -> None:
    """A user rule needs id, name, kind, severity and summary; examples and sources may be left out."""
    pack = _pack(repo)
    rule = pack.rule("NET002")

    assert rule is not None and rule.sources == () and rule.fail_example.text == ""


def test_a_user_pack_can_extend_another_user_pack(repo: Path) -> None:
    """extends: takes a path relative to the pack that names it."""
    write(repo / "policy-lint" / "network.yaml", NETWORK)
    pack = _pack(repo, "pack: clinic\nextends: [network.yaml]\ndisable: [minors-missing]\n", name="clinic.yaml")

    assert pack.rule("NET001") is not None
    assert pack.rule("NET002") is None
    assert pack.chain[-3:] == ("base", "riverside-network", "clinic")


# -- located errors ---------------------------------------------------------------


def _pack_error(repo: Path, text: str) -> str:
    with pytest.raises(RulePackError) as caught:
        _pack(repo, text)
    return str(caught.value)


def test_unknown_category_in_rule_params_is_located(repo: Path) -> None:
    """A required category that is not in the vocabulary is an error at its line, with did-you-mean."""
    message = _pack_error(repo, "pack: x\nextends: base\nrules:\n  - id: NET001\n    name: a-b\n    kind: coverage.required_limit\n    severity: error\n    summary: S.\n    params:\n      categories: [telehelth]\n")

    assert message.startswith("policy-lint/network.yaml:10:20: rule NET001 names the category 'telehelth'")
    assert "Did you mean 'telehealth'?" in message


def test_unknown_category_in_categories_is_located(repo: Path) -> None:
    """Changing a category that does not exist points at its key."""
    message = _pack_error(repo, "pack: x\nextends: base\ncategories:\n  minor:\n    add_terms: [teen]\n")

    assert message.startswith("policy-lint/network.yaml:4:3: the pack changes the category 'minor'")
    assert "Did you mean 'minors'?" in message


def test_new_rule_without_required_fields_is_located(repo: Path) -> None:
    """A new rule needs name, kind, severity and summary."""
    message = _pack_error(repo, "pack: x\nextends: base\nrules:\n  - id: NET001\n    kind: coverage.required_limit\n")

    assert message.startswith("policy-lint/network.yaml:4:")
    assert "rule NET001 has no name, severity, summary" in message


def test_duplicate_rule_id_in_one_pack(repo: Path) -> None:
    """The same ID twice in one pack is a mistake, not a change."""
    message = _pack_error(repo, "pack: x\nextends: base\nrules:\n  - {id: COV004, severity: info}\n  - {id: COV004, severity: warning}\n")

    assert message.startswith("policy-lint/network.yaml:5:10: this pack defines COV004 twice")


def test_disable_of_an_unknown_rule_is_located(repo: Path) -> None:
    """disable: names inherited rules; a typo points at the item."""
    message = _pack_error(repo, "pack: x\nextends: base\ndisable:\n  - COV005\n  - elder-abuse-mising\n")

    assert message.startswith("policy-lint/network.yaml:5:5: 'disable' names 'elder-abuse-mising'")
    assert "Did you mean 'elder-abuse-missing'?" in message


def test_extends_a_missing_file_is_located(repo: Path) -> None:
    """A path in extends that does not exist points at the entry."""
    message = _pack_error(repo, "pack: x\nextends:\n  - base\n  - shared/network.yaml\n")

    assert message.startswith("policy-lint/network.yaml:4:5: there is no pack file at policy-lint/shared/network.yaml")


def test_extends_loop_is_an_error(repo: Path) -> None:
    """A pack that extends itself through others is reported."""
    write(repo / "policy-lint" / "b.yaml", "pack: b\nextends: network.yaml\n")
    message = _pack_error(repo, "pack: a\nextends: b.yaml\n")

    assert "loop of 'extends'" in message
    assert message.startswith("policy-lint/b.yaml:2:10: ")


def test_builtin_base_with_suppressions_validates(repo: Path) -> None:
    """The built-in packs, with the suppressions pack, pass the pack schema."""
    pack = load_pack("base", validate_builtin=True)

    assert "suppressions" in pack.chain
    assert {r.id for r in pack.rules if r.kind == "suppression"} == {"SUP001", "SUP002", "SUP003", "SUP004"}


# -- where each rule comes from ------------------------------------------------------


def test_rules_command_shows_the_origin_of_user_rules(repo: Path) -> None:
    """policy-lint rules uses the config's pack and names the file of rules a user pack adds or changes."""
    write(repo / "policy-lint" / "network.yaml", NETWORK)
    write(repo / ".policy-lint.yaml", "pack: policy-lint/network.yaml\n")

    run = cli("rules")

    assert run.exit_code == 0
    lines = {line.split()[0]: line for line in run.stdout.splitlines() if line[:1].isupper()}
    assert "riverside-network (policy-lint/network.yaml)" in lines["NET001"]
    assert "base (changed in policy-lint/network.yaml)" in lines["COV004"]
    assert "policy-lint/network.yaml" not in lines["COV001"]
    assert "rules in pack 'riverside-network'" in run.stdout


def test_rules_json_keeps_the_origin(repo: Path) -> None:
    """policy-lint rules --format json gives each rule's pack and origin file."""
    import json

    write(repo / "policy-lint" / "network.yaml", NETWORK)

    run = cli("rules", "--pack", "policy-lint/network.yaml", "--format", "json")

    rules = {r["id"]: r for r in json.loads(run.stdout)["rules"]}
    assert rules["NET001"]["pack"] == "riverside-network"
    assert rules["NET001"]["origin"].endswith("network.yaml")


def test_explain_finds_a_user_rule_through_the_config(repo: Path) -> None:
    """policy-lint explain looks in the config's pack."""
    write(repo / "policy-lint" / "network.yaml", NETWORK)
    write(repo / ".policy-lint.yaml", "pack: policy-lint/network.yaml\n")

    run = cli("explain", "telehealth-missing")

    assert run.exit_code == 0
    assert run.stdout.startswith("NET001 telehealth-missing")
