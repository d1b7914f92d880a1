"""Finding the config: walk up, stop at the repository root, pyproject.toml, --config, --isolated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from config_helpers import NO_ELDER, cli, lint, repo, rules_of, write  # noqa: F401

from policy_lint.config import find_config
from policy_lint.errors import ConfigError, UsageError
from policy_lint.session import CheckOptions, Session

IGNORE_COV = "ignore: [COV004]\n"


def test_config_in_a_parent_folder_applies(repo: Path) -> None:
    """A .policy-lint.yaml two folders up applies to the file."""
    write(repo / ".policy-lint.yaml", IGNORE_COV)
    policy = write(repo / "policies" / "ca" / "a.yaml", NO_ELDER)

    assert "COV004" not in rules_of(lint(policy))


def test_nearest_config_wins_and_nothing_is_merged(repo: Path) -> None:
    """The nearest config is the whole config: the outer one's keys do not apply."""
    write(repo / ".policy-lint.yaml", IGNORE_COV)
    write(repo / "policies" / ".policy-lint.yaml", "fail_on: warning\n")
    inner = write(repo / "policies" / "a.yaml", NO_ELDER)
    outer = write(repo / "b.yaml", NO_ELDER)

    result = lint(inner, outer)

    by_file = {fr.path: {f.rule_id for f in fr.active} for fr in result.files}
    assert "COV004" in by_file[str(inner)]
    assert "COV004" not in by_file[str(outer)]


def test_walk_stops_at_the_repository_root(repo: Path, tmp_path: Path) -> None:
    """A config above the folder that holds .git is not used."""
    write(tmp_path / ".policy-lint.yaml", IGNORE_COV)
    policy = write(repo / "a.yaml", NO_ELDER)

    assert find_config(repo) is None
    assert "COV004" in rules_of(lint(policy))


def test_a_git_file_also_marks_the_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worktree or submodule has a .git file, not a folder: the walk stops there too."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    write(tmp_path / ".policy-lint.yaml", IGNORE_COV)
    sub = tmp_path / "sub"
    write(sub / ".git", "gitdir: ../.git/modules/sub\n")

    assert find_config(sub) is None


def test_walk_stops_at_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a repository, the walk checks the home folder, then stops."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    write(tmp_path / ".policy-lint.yaml", "ignore: [COV]\n")
    project = home / "work" / "policies"
    project.mkdir(parents=True)

    assert find_config(project) is None
    write(home / ".policy-lint.yaml", IGNORE_COV)
    assert find_config(project) == home / ".policy-lint.yaml"


def test_pyproject_table_is_found(repo: Path) -> None:
    """A [tool.policy-lint] table in pyproject.toml is a config."""
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.policy-lint]\nignore = ["COV004"]\n')
    policy = write(repo / "a.yaml", NO_ELDER)

    assert find_config(repo) == repo / "pyproject.toml"
    assert "COV004" not in rules_of(lint(policy))


def test_pyproject_without_the_table_is_skipped(repo: Path) -> None:
    """A pyproject.toml with no [tool.policy-lint] table does not stop the walk."""
    write(repo / ".policy-lint.yaml", IGNORE_COV)
    write(repo / "policies" / "pyproject.toml", '[project]\nname = "policy-lint-user"\n')
    policy = write(repo / "policies" / "a.yaml", NO_ELDER)

    assert find_config(policy.parent) == repo / ".policy-lint.yaml"


def test_dedicated_file_wins_over_pyproject_in_the_same_folder(repo: Path) -> None:
    """When both are in one folder, .policy-lint.yaml wins."""
    write(repo / "pyproject.toml", '[tool.policy-lint]\nselect = ["NOT"]\n')
    write(repo / ".policy-lint.yaml", IGNORE_COV)

    assert find_config(repo) == repo / ".policy-lint.yaml"


def test_nearest_pyproject_wins_over_a_yaml_config_further_up(repo: Path) -> None:
    """The walk takes the first folder with any config, whatever its kind."""
    write(repo / ".policy-lint.yaml", "ignore: [COV]\n")
    write(repo / "sub" / "pyproject.toml", '[tool.policy-lint]\nfail_on = "warning"\n')

    assert find_config(repo / "sub") == repo / "sub" / "pyproject.toml"


def test_yml_spelling_is_found(repo: Path) -> None:
    """.policy-lint.yml works as well."""
    write(repo / ".policy-lint.yml", IGNORE_COV)

    assert find_config(repo) == repo / ".policy-lint.yml"


def test_config_option_applies_to_every_file(repo: Path) -> None:
    """--config names one file for all files, and the walk does not run."""
    write(repo / ".policy-lint.yaml", "select: [NOT]\n")
    custom = write(repo / "ci" / "strict.yaml", IGNORE_COV)
    policy = write(repo / "a.yaml", NO_ELDER)

    result = lint(policy, config=str(custom))
    session = Session(CheckOptions(paths=(), config=str(custom)))
    ran = {r.id for r in session.linter_for(policy).settings.rules}

    assert "COV004" not in rules_of(result)
    assert "COV001" in ran  # the walk's 'select: [NOT]' is not used


def test_config_option_can_name_a_pyproject(repo: Path) -> None:
    """--config pyproject.toml reads its [tool.policy-lint] table."""
    cfg = write(repo / "other" / "pyproject.toml", '[tool.policy-lint]\nignore = ["COV004"]\n')
    policy = write(repo / "a.yaml", NO_ELDER)

    assert "COV004" not in rules_of(lint(policy, config=str(cfg)))


def test_config_option_with_a_missing_file_is_an_error(repo: Path) -> None:
    """A --config path that does not exist stops the run with exit code 2."""
    write(repo / "a.yaml", NO_ELDER)

    run = cli("check", "a.yaml", "--config", "nope.yaml")

    assert run.exit_code == 2
    assert "nope.yaml" in run.stderr and "cannot find this config file" in run.stderr
    assert "Traceback" not in run.stderr


def test_isolated_ignores_every_config(repo: Path) -> None:
    """--isolated uses the pack's defaults, even when a config (or a broken one) is there."""
    write(repo / ".policy-lint.yaml", "selct: [COV]\n")
    policy = write(repo / "a.yaml", NO_ELDER)

    assert "COV004" in rules_of(lint(policy, isolated=True))
    assert cli("check", "a.yaml", "--isolated").exit_code == 1


def test_isolated_and_config_together_is_a_usage_error(repo: Path) -> None:
    """--isolated with --config makes no sense: say so."""
    with pytest.raises(UsageError):
        Session(CheckOptions(paths=(), config="x.yaml", isolated=True))
    write(repo / "a.yaml", NO_ELDER)
    run = cli("check", "a.yaml", "--isolated", "--config", "x.yaml")
    assert run.exit_code == 2
    assert "--isolated" in run.stderr


def test_configs_are_read_once_per_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many files in many folders under one config read it once."""
    import policy_lint.config as config_module

    write(repo / ".policy-lint.yaml", IGNORE_COV)
    for i in range(5):
        write(repo / f"d{i}" / "a.yaml", NO_ELDER)
        write(repo / f"d{i}" / "b.yaml", NO_ELDER)
    calls: list[Path] = []
    real = config_module.load_config

    def counting(path: Path | str) -> config_module.Config:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr("policy_lint.session.load_config", counting)  # the session reads configs
    result = lint(repo)

    assert len(result.files) == 10
    assert calls == [repo / ".policy-lint.yaml"]


def test_standard_input_uses_the_config_of_its_filename(repo: Path) -> None:
    """Policy text on standard input takes the config of --stdin-filename's folder (else the working folder)."""
    write(repo / "legacy" / ".policy-lint.yaml", IGNORE_COV)

    in_legacy = cli("check", "-", "--stdin-filename", "legacy/a.yaml", "--format", "json", input=NO_ELDER)
    at_root = cli("check", "-", "--format", "json", input=NO_ELDER)

    def rules(run):  # type: ignore[no-untyped-def]
        return {f["rule"] for fr in run.json()["files"] for f in fr["findings"]}

    assert "COV004" not in rules(in_legacy)
    assert "COV004" in rules(at_root)


def test_no_config_means_no_tomllib_and_no_jsonschema(tmp_path: Path) -> None:
    """Start-up stays lean: with no config file, tomllib and jsonschema are not imported."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root / "a.yaml", (Path(__file__).resolve().parents[2] / "examples" / "complete.yaml").read_text())
    code = (
        "import sys\n"
        "from policy_lint.session import CheckOptions, check\n"
        "r = check(CheckOptions(paths=('a.yaml',)))\n"
        "assert not r.failed, r.findings()\n"
        "print(sorted(m for m in ('tomllib', 'jsonschema') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, env={"HOME": str(tmp_path), "PATH": ""})

    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[tool.policy-lint]\nselect = []\n", True),
        ('[tool."policy-lint".severity]\nCOV004 = "info"\n', True),
        ('tool.policy-lint.select = ["COV"]\n', True),
        ('[tool]\npolicy-lint = {select = ["COV"]}\n', True),
        ('[project]\nname = "policy-lint"\n', False),
        ('[tool]\nx = 1\n[project.scripts]\npolicy-lint = "policy_lint.cli:main"\n', False),
        ("# we use policy-lint\n", False),
    ],
)
def test_quick_look_for_the_table(text: str, expected: bool) -> None:
    """Before parsing TOML, a quick look decides if the file may hold our table."""
    from policy_lint.config import _may_have_table

    assert expected == _may_have_table(text.encode())


def test_pyproject_that_does_not_mention_us_is_not_parsed(tmp_path: Path) -> None:
    """A pyproject.toml that names policy-lint only as a project or script is skipped without importing tomllib."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root / "pyproject.toml", "[project]\nname = 'policy-lint'\n[project.scripts]\npolicy-lint = 'policy_lint.cli:main'\n")
    code = "import sys\nfrom policy_lint.config import find_config\nprint(find_config('.'), 'tomllib' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, env={"HOME": str(tmp_path), "PATH": ""})

    assert out.stdout.strip() == "None False", out.stderr


def test_broken_config_names_the_file_even_when_found_by_walking(repo: Path) -> None:
    """A broken config found by the walk is a ConfigError naming it."""
    write(repo / "policies" / ".policy-lint.yaml", "select: COV\n")
    policy = write(repo / "policies" / "a.yaml", NO_ELDER)

    with pytest.raises(ConfigError, match=r"policies/\.policy-lint\.yaml:1:9"):
        lint(policy)
