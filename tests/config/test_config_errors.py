"""A bad config or a bad pack stops the run with one clear, located message and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from config_helpers import NO_ELDER, cli, lint, repo, write  # noqa: F401

from policy_lint.config import load_config
from policy_lint.errors import ConfigError


def _error(repo: Path, config: str, name: str = ".policy-lint.yaml") -> str:
    write(repo / name, config)
    write(repo / "a.yaml", NO_ELDER)
    with pytest.raises(ConfigError) as caught:
        lint(repo / "a.yaml")
    return str(caught.value)


def test_unknown_key_is_located_with_did_you_mean(repo: Path) -> None:
    """A typo in a key names file:line:col, the allowed keys and the near miss."""
    message = _error(repo, "fail_on: error\nselct: [COV]\n")

    assert message.startswith(".policy-lint.yaml:2:1: ")
    assert "'selct' is not a field" in message
    assert "Did you mean 'select'?" in message
    assert "select, ignore, severity" in message


def test_bad_severity_value_lists_the_allowed_values(repo: Path) -> None:
    """A severity that does not exist points at the value and lists the choices."""
    message = _error(repo, "severity:\n  COV004: warn\n")

    assert message.startswith(".policy-lint.yaml:2:11: ")
    assert "Did you mean 'warning'?" in message
    assert "error, warning, info, off" in message


def test_bad_fail_on_value(repo: Path) -> None:
    """fail_on accepts error, warning or info."""
    message = _error(repo, "fail_on: never\n")

    assert message.startswith(".policy-lint.yaml:1:10: ")
    assert "error, warning, info" in message


def test_every_schema_problem_is_reported_at_once(repo: Path) -> None:
    """Several mistakes give several located lines in one message."""
    message = _error(repo, "selct: [COV]\nfail_on: errors\n")

    assert [line.split(": ", 1)[0] for line in message.splitlines()] == [".policy-lint.yaml:1:1", ".policy-lint.yaml:2:10"]


def test_unknown_rule_in_select_has_did_you_mean(repo: Path) -> None:
    """An ID that names no rule points at the list item and suggests the near one."""
    message = _error(repo, "select:\n  - COV\n  - COV04\n")

    assert message.startswith(".policy-lint.yaml:3:5: ")
    assert "select names 'COV04'" in message
    assert "Did you mean COV004?" in message


def test_unknown_rule_name_in_ignore_has_did_you_mean(repo: Path) -> None:
    """Rule names are checked too."""
    message = _error(repo, "ignore: [elder-abuse-mising]\n")

    assert message.startswith(".policy-lint.yaml:1:10: ")
    assert "Did you mean elder-abuse-missing?" in message


def test_unknown_rule_as_a_severity_key_points_at_the_key(repo: Path) -> None:
    """A severity override for a rule that does not exist points at its key."""
    message = _error(repo, "severity:\n  COV004: warning\n  CVO005: info\n")

    assert message.startswith(".policy-lint.yaml:3:3: ")
    assert "Did you mean COV005?" in message


def test_rule_options_need_one_rule(repo: Path) -> None:
    """Options go to one rule: a start of an ID is not enough, and an unknown rule is an error."""
    assert "needs one rule ID or name" in _error(repo, "rules:\n  COV: {x: 1}\n")
    message = _error(repo, "rules:\n  PLNX001: {target_grade: 6}\n")
    assert message.startswith(".policy-lint.yaml:2:3: ")
    assert "'PLNX001'" in message


def test_unknown_rule_in_per_file_ignores(repo: Path) -> None:
    """per_file_ignores names rules like select does."""
    message = _error(repo, 'per_file_ignores:\n  "legacy/**": [COV004, TXT01]\n')

    assert message.startswith(".policy-lint.yaml:2:25: ")
    assert "Did you mean TXT001?" in message


def test_config_suppression_needs_a_reason(repo: Path) -> None:
    """An entry of suppressions without a reason is a config error."""
    message = _error(repo, "suppressions:\n  - path: a.json\n    rules: [COV004]\n")

    assert message.startswith(".policy-lint.yaml:2:5: ")
    assert "'reason'" in message


def test_config_suppression_until_must_be_a_date(repo: Path) -> None:
    """until is a date written as YYYY-MM-DD."""
    message = _error(repo, 'suppressions:\n  - {path: a.json, rules: [COV004], reason: "ok", until: 2027-13-01}\n')

    assert message.startswith(".policy-lint.yaml:2:")
    assert "YYYY-MM-DD" in message


def test_yaml_syntax_error_is_located(repo: Path) -> None:
    """A config that is not valid YAML names the line and column where reading stopped."""
    message = _error(repo, "select: [COV\n")

    assert message.startswith(".policy-lint.yaml:2:1: this config file cannot be read.")


def test_duplicate_key_in_config_is_an_error(repo: Path) -> None:
    """A key given twice is an error (one of the two would be lost)."""
    message = _error(repo, "select: [COV]\nselect: [NOT]\n")

    assert message.startswith(".policy-lint.yaml:2:1: ")
    assert "twice" in message


def test_config_that_is_not_a_mapping(repo: Path) -> None:
    """A list at the top is not a config."""
    message = _error(repo, "- COV004\n")

    assert message.startswith(".policy-lint.yaml:1:1: ")


def test_empty_config_is_fine(repo: Path) -> None:
    """A config with only comments means: the defaults."""
    write(repo / ".policy-lint.yaml", "# nothing to change yet\n")

    assert load_config(repo / ".policy-lint.yaml").data == {}


def test_toml_errors_name_the_key_path(repo: Path) -> None:
    """tomllib has no positions, so a TOML error names the file, the table and the key path."""
    message = _error(repo, '[tool.policy-lint]\nselect = ["COV"]\nseverity = { COV004 = "warn" }\n', name="pyproject.toml")

    assert message.startswith("pyproject.toml [tool.policy-lint] severity.COV004: ")
    assert "Did you mean 'warning'?" in message


def test_toml_unknown_rule_names_the_list_item(repo: Path) -> None:
    """List items show as key[index], keys with slashes are quoted."""
    message = _error(repo, '[tool.policy-lint.per_file_ignores]\n"legacy/**" = ["TXT", "COVX"]\n', name="pyproject.toml")

    assert message.startswith('pyproject.toml [tool.policy-lint] per_file_ignores."legacy/**"[1]: ')


def test_toml_dates_are_read_as_text(repo: Path) -> None:
    """A TOML date in until works like a YAML date."""
    write(repo / "pyproject.toml", '[[tool.policy-lint.suppressions]]\npath = "a.json"\nrules = ["COV004"]\nreason = "ok"\nuntil = 2027-06-30\n')

    assert load_config(repo / "pyproject.toml").data["suppressions"][0]["until"] == "2027-06-30"


def test_invalid_toml_is_an_error(repo: Path) -> None:
    """A pyproject.toml that mentions policy-lint but is broken is reported."""
    message = _error(repo, "[tool.policy-lint\n", name="pyproject.toml")

    assert message.startswith("pyproject.toml: this is not valid TOML")


def test_cli_prints_one_message_and_exits_2(repo: Path) -> None:
    """On the command line a config error is one message on stderr, exit code 2, no traceback."""
    write(repo / ".policy-lint.yaml", "ignore: [COV04]\n")
    write(repo / "a.yaml", NO_ELDER)

    run = cli("check", "a.yaml")

    assert run.exit_code == 2
    assert run.stdout == ""
    assert run.stderr.startswith("Error: .policy-lint.yaml:1:10: ignore names 'COV04'")
    assert "Traceback" not in run.stderr


def test_cli_select_with_an_unknown_rule_exits_2(repo: Path) -> None:
    """--select and --ignore are checked like the config."""
    write(repo / "a.yaml", NO_ELDER)

    run = cli("check", "a.yaml", "--select", "COV,NOTX")

    assert run.exit_code == 2
    assert "--select names 'NOTX'" in run.stderr


def test_config_pack_that_does_not_exist(repo: Path) -> None:
    """pack: names a file relative to the config; a missing one points at the pack key."""
    message = _error(repo, "pack: packs/network.yaml\n")

    assert message.startswith(".policy-lint.yaml:1:7: the pack named here cannot be loaded.")
    assert "packs/network.yaml" in message


def test_bad_user_pack_error_is_located(repo: Path) -> None:
    """A pack with a wrong kind names the pack file, line and column, with did-you-mean."""
    write(
        repo / "packs" / "network.yaml",
        "pack: network\nextends: base\nrules:\n  - id: NET001\n    name: telehealth-missing\n"
        "    kind: coverage.required_limt\n    severity: error\n    summary: Say how telehealth works.\n",
    )
    message = _error(repo, "pack: packs/network.yaml\n")

    assert "packs/network.yaml:6:11: rule NET001 uses the kind 'coverage.required_limt'" in message
    assert "Did you mean 'coverage.required_limit'?" in message


def test_bad_user_pack_schema_error_is_located(repo: Path) -> None:
    """A pack that breaks the pack schema names line and column too."""
    write(repo / "packs" / "network.yaml", "pack: network\nextends: base\nrules:\n  - id: NET001\n    severity: fatal\n")
    message = _error(repo, "pack: packs/network.yaml\n")

    assert "packs/network.yaml:5:15: this rule pack is not valid: 'fatal' is not a known value." in message


def test_cli_pack_error_exits_2(repo: Path) -> None:
    """--pack with a broken pack is exit code 2 with the located message."""
    write(repo / "p.yaml", "pack: p\nextends: bse\n")
    write(repo / "a.yaml", NO_ELDER)

    run = cli("check", "a.yaml", "--pack", "p.yaml")

    assert run.exit_code == 2
    assert "p.yaml:2:10: there is no built-in pack named 'bse'. Did you mean 'base'?" in run.stderr


def test_unknown_rule_option_is_located_with_did_you_mean(repo: Path) -> None:
    """A typo in a rule option would do nothing, so it stops the run, with the rule's options."""
    message = _error(repo, "rules:\n  LIM001: {min_word: 15}\n")

    assert message.startswith(".policy-lint.yaml:2:12: ")
    assert "LIM001 (explanation-too-short) has no option 'min_word'. Did you mean 'min_words'?" in message
    assert "Its options: message, min_sentence_words, min_words." in message


def test_rule_option_of_the_wrong_kind(repo: Path) -> None:
    """A value of the wrong kind (text for a number) names the kind and an example."""
    message = _error(repo, "rules:\n  explanation-too-short:\n    min_words: many\n")

    assert message.startswith(".policy-lint.yaml:3:16: ")
    assert "the option 'min_words' of LIM001 must be a whole number, such as min_words: 10." in message
    message = _error(repo, "rules:\n  PLN001: {target_grade: six}\n")
    assert "the option 'target_grade' of PLN001 must be a number." in message


def test_every_shipped_rule_takes_its_own_options() -> None:
    """A config may set any option a shipped rule has, with a value like the pack's."""
    from policy_lint.packs import load_pack
    from policy_lint.rules.kinds import fits, options_of

    for name in ("base", "plain-language"):
        for rule in load_pack(name).rules:
            known = options_of(rule)
            if rule.kind.startswith("schema.") or rule.kind in ("input", "suppression"):
                assert known == {}
                continue
            assert known["message"] == "text"
            for option, value in rule.params.items():
                assert option in known and fits(value, known[option]), (rule.id, option)
    pln001 = load_pack("base").rule("PLN001")
    assert pln001 is not None and options_of(pln001)["target_grade"] == "a number"


def test_good_rule_options_still_work(repo: Path) -> None:
    """Valid options (a float grade, a count, a message) are taken, and change what the rules say."""
    write(repo / ".policy-lint.yaml", "rules:\n  PLN001: {target_grade: 1.5}\n  LIM001: {min_words: 200, min_sentence_words: 200, message: 'Too short.'}\n")
    write(repo / "a.yaml", NO_ELDER)

    found = [f for f in lint(repo / "a.yaml").findings() if f.suppression is None]

    assert {f.message for f in found if f.rule_id == "LIM001"} == {"Too short."}
    assert [f for f in found if f.rule_id == "PLN001"]
    assert all("Aim for grade 1.5 or lower." in f.message for f in found if f.rule_id == "PLN001")


def test_rules_that_take_no_options_say_so(repo: Path) -> None:
    message = _error(repo, "rules:\n  SCH001: {message: Fix it.}\n")
    assert message.startswith(".policy-lint.yaml:2:12: ")
    assert "SCH001 (" in message and "takes no options." in message
