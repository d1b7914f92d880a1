"""Selection, severity, options and per-file ignores; the command line wins over the file, the file over the pack."""

from __future__ import annotations

from pathlib import Path

from config_helpers import COMPLETE, EXAMPLES, NO_ELDER, active, cli, lint, repo, rules_of, write  # noqa: F401

from policy_lint.config import glob_regex
from policy_lint.findings import Severity
from policy_lint.session import CheckOptions, Session


def _ran(repo: Path, **options: object) -> set[str]:
    """The IDs of the rules that run for a file in the repo root."""
    session = Session(CheckOptions(paths=(), **options))  # type: ignore[arg-type]
    return {r.id for r in session.linter_for(repo / "a.yaml").settings.rules}


def _settings(repo: Path, **options: object):  # type: ignore[no-untyped-def]
    session = Session(CheckOptions(paths=(), **options))  # type: ignore[arg-type]
    return session.linter_for(repo / "a.yaml").settings


# -- select and ignore ------------------------------------------------------------


def test_select_by_prefix_name_and_id(repo: Path) -> None:
    """select takes a start of an ID, a rule name or a full ID."""
    write(repo / ".policy-lint.yaml", "select: [COV00, placeholder-text, NOT001]\n")

    assert _ran(repo) == {"COV001", "COV002", "COV003", "COV004", "COV005", "COV006", "COV007", "COV008", "TXT001", "NOT001"}


def test_ignore_wins_over_select_in_the_file(repo: Path) -> None:
    """In one layer, ignore takes rules out of select."""
    write(repo / ".policy-lint.yaml", "select: [COV]\nignore: [COV004, court-order-missing, COV006, COV007, blanket-promise]\n")

    assert _ran(repo) == {"COV001", "COV002", "COV003"}


def test_select_all(repo: Path) -> None:
    """ALL selects every rule of the pack."""
    write(repo / ".policy-lint.yaml", "select: [ALL]\nignore: [SUP]\n")

    ran = _ran(repo)
    assert "COV004" in ran and "PAR001" in ran and not any(r.startswith("SUP") for r in ran)


def test_cli_select_replaces_the_file_selection(repo: Path) -> None:
    """--select wins over the file: the file's select and ignore no longer apply."""
    write(repo / ".policy-lint.yaml", "select: [COV]\nignore: [NOT001]\n")

    assert _ran(repo, select=("NOT",)) == {"NOT001", "NOT002", "NOT003", "NOT004"}


def test_cli_ignore_narrows_the_file_selection(repo: Path) -> None:
    """--ignore alone takes rules out of what the file selects."""
    write(repo / ".policy-lint.yaml", "select: [COV]\n")

    assert _ran(repo, ignore=("COV004,COV005", "COV001")) == {"COV002", "COV003", "COV006", "COV007", "COV008"}


def test_pack_default_is_every_rule(repo: Path) -> None:
    """With no config and no options, every rule of the pack runs."""
    from policy_lint.packs import load_pack

    assert _ran(repo) == {r.id for r in load_pack("base").rules}


def test_cli_select_and_ignore_on_the_command_line(repo: Path) -> None:
    """--select and --ignore take comma lists and can repeat."""
    write(repo / "a.yaml", NO_ELDER)

    run = cli("check", "a.yaml", "--select", "COV", "--ignore", "COV004", "--format", "json")

    assert run.exit_code == 0
    assert run.json()["files"][0]["findings"] == []


# -- severity -----------------------------------------------------------------------


def test_severity_override_changes_the_finding(repo: Path) -> None:
    """The file's severity wins over the pack's: COV004 as a warning does not fail the run."""
    write(repo / ".policy-lint.yaml", "severity: {COV004: warning}\n")
    write(repo / "a.yaml", NO_ELDER)

    result = lint(repo / "a.yaml")

    [finding] = [f for f in result.findings() if f.rule_id == "COV004"]
    assert finding.severity is Severity.WARNING
    assert not result.failed


def test_more_specific_severity_wins(repo: Path) -> None:
    """A full ID beats a prefix, and a longer prefix beats a shorter one, whatever the order."""
    write(repo / ".policy-lint.yaml", "severity:\n  COV004: error\n  COV: info\n  ALL: warning\n  COV00: warning\n")

    severities = _settings(repo).severities
    assert severities["COV004"] is Severity.ERROR
    assert severities["COV001"] is Severity.WARNING
    assert severities["TXT001"] is Severity.WARNING


def test_severity_off_turns_a_rule_off(repo: Path) -> None:
    """off is a way to ignore a rule."""
    write(repo / ".policy-lint.yaml", "severity: {COV004: off, COV: warning}\n")

    ran = _ran(repo)
    assert "COV004" not in ran and "COV005" in ran


def test_cli_select_turns_an_off_rule_back_on(repo: Path) -> None:
    """The command line wins over the file, also over off."""
    write(repo / ".policy-lint.yaml", "severity: {COV004: off}\n")

    assert _ran(repo, select=("COV004",)) == {"COV004"}


# -- fail_on ------------------------------------------------------------------------


def test_fail_on_cli_over_file_over_default(repo: Path) -> None:
    """fail_on: default error < the file's fail_on < --fail-on."""
    write(repo / "a.yaml", NO_ELDER)
    write(repo / ".policy-lint.yaml", "severity: {COV004: warning}\n")
    assert cli("check", "a.yaml").exit_code == 0

    write(repo / ".policy-lint.yaml", "severity: {COV004: warning}\nfail_on: warning\n")
    assert cli("check", "a.yaml").exit_code == 1
    assert cli("check", "a.yaml", "--fail-on", "error").exit_code == 0


def test_strictest_fail_on_of_the_configs_used_wins(repo: Path) -> None:
    """With two configs in one run and no --fail-on, the strictest fail_on is used."""
    write(repo / ".policy-lint.yaml", "severity: {COV004: warning}\n")
    write(repo / "strict" / ".policy-lint.yaml", "fail_on: info\n")
    write(repo / "a.yaml", NO_ELDER)
    write(repo / "strict" / "b.yaml", COMPLETE)

    assert lint(repo / "a.yaml").fail_on is Severity.ERROR
    assert lint(repo / "a.yaml", repo / "strict" / "b.yaml").fail_on is Severity.INFO


# -- pack ---------------------------------------------------------------------------

NETWORK = """\
pack: network
extends: base
rules:
  - id: LIM001
    params: {min_words: 3}
"""


def test_pack_cli_over_file_over_default(repo: Path) -> None:
    """--pack wins over the file's pack:, which wins over the built-in base."""
    write(repo / "packs" / "network.yaml", NETWORK)
    write(repo / ".policy-lint.yaml", "pack: packs/network.yaml\n")
    session = Session(CheckOptions(paths=()))
    assert session.pack_for(session.config_for(repo / "a.yaml")).name == "network"

    session = Session(CheckOptions(paths=(), pack="base"))
    assert session.pack_for(session.config_for(repo / "a.yaml")).name == "base"


def test_pack_path_is_relative_to_the_config_not_the_working_folder(repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Running from a subfolder still finds the pack next to the config."""
    write(repo / "packs" / "network.yaml", NETWORK)
    write(repo / ".policy-lint.yaml", "pack: packs/network.yaml\n")
    write(repo / "policies" / "a.yaml", COMPLETE)
    monkeypatch.chdir(repo / "policies")

    result = lint("a.yaml")

    assert not result.failed


# -- options per rule ---------------------------------------------------------------


def test_rule_options_win_over_pack_params(repo: Path) -> None:
    """rules: {LIM001: {min_words: N}} wins over the pack's params, and the kind reads it."""
    write(repo / "a.yaml", COMPLETE)
    assert "LIM001" not in rules_of(lint(repo / "a.yaml"))

    write(repo / ".policy-lint.yaml", "rules:\n  explanation-too-short: {min_words: 200, min_sentence_words: 200}\n")

    assert _settings(repo).options == {"LIM001": {"min_words": 200, "min_sentence_words": 200}}
    assert "LIM001" in rules_of(lint(repo / "a.yaml"))


def test_user_pack_params_are_the_default_for_options(repo: Path) -> None:
    """A user pack changes a param; the config can still override it."""
    write(repo / "packs" / "network.yaml", NETWORK.replace("min_words: 3", "min_words: 200"))
    write(repo / "a.yaml", COMPLETE)
    write(repo / ".policy-lint.yaml", "pack: packs/network.yaml\n")
    assert "LIM001" in rules_of(lint(repo / "a.yaml"))

    write(repo / ".policy-lint.yaml", "pack: packs/network.yaml\nrules: {LIM001: {min_words: 3}}\n")
    assert "LIM001" not in rules_of(lint(repo / "a.yaml"))


VAGUE = (EXAMPLES / "gaps" / "vague-limit.yaml").read_text(encoding="utf-8")


def test_a_config_that_takes_a_topic_out_of_lim004_lets_the_required_limit_report_it(repo: Path) -> None:
    """COV004 leaves vague elder abuse words to LIM004 only while LIM004 warns about elder abuse.

    The config's topics for LIM004 used to be unseen by COV004, which read the
    pack's: vague words then met the rule in silence (a false all clear). The
    config now counts as --ignore LIM004 does on the command line.
    """
    write(repo / "a.yaml", VAGUE)
    found = active(lint(repo / "a.yaml"))
    assert ("LIM004", 49) in found and "COV004" not in {r for r, _ in found}

    write(repo / ".policy-lint.yaml", "rules:\n  LIM004: {topics: [harm_to_self, harm_to_others, court_order]}\n")
    found = active(lint(repo / "a.yaml"))
    assert ("LIM004", 49) not in found  # the config's option reaches LIM004
    assert "COV004" in {r for r, _ in found}  # and the rule that leaves vague words to it
    assert "COV004" in rules_of(lint(repo / "a.yaml", ignore=("LIM004",), isolated=True))  # as the command line does


def test_a_config_that_adds_a_topic_to_lim004_keeps_one_finding(repo: Path) -> None:
    """Topics the config gives LIM004 also count for the required limit: one warning, not a warning and an error."""
    write(repo / "a.yaml", VAGUE)
    write(repo / ".policy-lint.yaml", "rules:\n  LIM004: {topics: [child_abuse]}\n")
    found = rules_of(lint(repo / "a.yaml"))
    assert "COV001" in found and "COV004" in found  # their vague words have no warning now
    write(repo / ".policy-lint.yaml", "rules:\n  LIM004: {topics: [harm_to_self, elder_abuse]}\n")
    found = rules_of(lint(repo / "a.yaml"))
    assert "LIM004" in found and not found & {"COV001", "COV004"}


def test_why_reads_the_categories_the_config_gives_a_required_limit(repo: Path) -> None:
    """why names the topics a rule asks for with the config's options, as check reads them."""
    write(repo / "a.yaml", VAGUE)
    assert "COV005 court-order-missing: met (court_order or required_by_law)" in cli("why", "a.yaml").stdout
    write(repo / ".policy-lint.yaml", "rules:\n  COV005: {categories: [court_order]}\n")
    out = cli("why", "a.yaml").stdout
    assert "COV005 court-order-missing: met (court_order)" in out and "court_order or required_by_law" not in out


def test_the_long_sentence_rule_reads_the_very_long_rules_options(repo: Path) -> None:
    """PLN003 leaves sentences over PLN004's max_words to PLN004: the max_words the config gives it, not the pack's."""
    words = " ".join(["word"] * 34)
    policy = COMPLETE.replace("What you tell us in therapy stays private.", f"Please note that {words} here.", 1)
    assert policy != COMPLETE
    write(repo / "a.yaml", policy)

    def long_ones() -> set[str]:
        return {f.rule_id for f in lint(repo / "a.yaml").findings() if f.suppression is None and f.rule_id in ("PLN003", "PLN004") and "38 words" in f.message}

    assert long_ones() == {"PLN004"}
    write(repo / ".policy-lint.yaml", "rules:\n  PLN004: {max_words: 40}\n")
    assert long_ones() == {"PLN003"}  # PLN004 leaves it: PLN003 must not leave it too
    write(repo / ".policy-lint.yaml", "ignore: [PLN004]\n")
    assert long_ones() == {"PLN003"}  # PLN004 does not run: nothing is left to it


# -- per-file ignores ---------------------------------------------------------------


def test_per_file_ignores_match_relative_to_the_config_folder(repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """legacy/** skips rules only under legacy/ next to the config, wherever you run from."""
    write(repo / "policies" / ".policy-lint.yaml", 'per_file_ignores:\n  "legacy/**": [COV]\n')
    old = write(repo / "policies" / "legacy" / "2019" / "a.yaml", NO_ELDER)
    new = write(repo / "policies" / "b.yaml", NO_ELDER)
    elsewhere = write(repo / "legacy" / "c.yaml", NO_ELDER)
    monkeypatch.chdir(repo / "policies" / "legacy")

    result = lint(old, new, elsewhere)

    by_file = {Path(fr.path).name: {f.rule_id for f in fr.active} for fr in result.files}
    assert "COV004" not in by_file["a.yaml"]
    assert "COV004" in by_file["b.yaml"]
    assert "COV004" in by_file["c.yaml"]


def test_per_file_ignores_pattern_without_a_slash_matches_any_folder(repo: Path) -> None:
    """*.draft.yaml matches the file name in any folder."""
    write(repo / ".policy-lint.yaml", 'per_file_ignores:\n  "*.draft.yaml": [elder-abuse-missing]\n')
    draft = write(repo / "x" / "y" / "new.draft.yaml", NO_ELDER)
    final = write(repo / "x" / "y" / "new.yaml", NO_ELDER)

    result = lint(draft, final)

    by_file = {Path(fr.path).name: {f.rule_id for f in fr.active} for fr in result.files}
    assert sorted(by_file) == ["new.draft.yaml", "new.yaml"]
    assert "COV004" not in by_file["new.draft.yaml"]
    assert "COV004" in by_file["new.yaml"]


def test_glob_rules() -> None:
    """** spans folders, * and ? stay in one name, a folder pattern covers what is inside."""
    assert glob_regex("legacy/**").fullmatch("legacy/a/b.yaml")
    assert glob_regex("legacy/**/*.json").fullmatch("legacy/a.json")
    assert glob_regex("legacy/**/*.json").fullmatch("legacy/x/y/a.json")
    assert not glob_regex("legacy/*.json").fullmatch("legacy/x/a.json")
    assert glob_regex("legacy").fullmatch("legacy/a.yaml")
    assert not glob_regex("legacy/a.yaml").fullmatch("x/legacy/a.yaml")
    assert glob_regex("a.yaml").fullmatch("x/legacy/a.yaml")
    assert glob_regex("./p/?.yaml").fullmatch("p/a.yaml")
    assert glob_regex("p/[ab].yaml").fullmatch("p/b.yaml")
    assert not glob_regex("p/[!ab].yaml").fullmatch("p/b.yaml")
