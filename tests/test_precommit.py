"""The pre-commit hook, run for real: ``pre-commit try-repo`` on this checkout.

pre-commit clones this repository (its HEAD commit, plus uncommitted changes
to tracked files), builds policy-lint into a fresh virtualenv with pip, and
runs the hook on a temporary git repository that holds one policy. This
needs ``pre-commit`` (in the ``test`` extra) and access to PyPI for the
build backend and our dependencies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


def _have_pre_commit() -> bool:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return False
    return True


def _git(cwd: Path, *args: str, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not _have_pre_commit():
        pytest.skip("pre-commit is not installed: pip install -e '.[test]'")
    if not (ROOT / ".git").exists():
        pytest.skip("this copy of policy-lint is not a git checkout, so pre-commit cannot clone it")
    if not (ROOT / ".pre-commit-hooks.yaml").exists():
        pytest.fail(".pre-commit-hooks.yaml is missing from the repository root")
    out = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k not in ("GITHUB_ACTIONS", "PRE_COMMIT")}
    out.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_INPUT="1",
        NO_COLOR="1",
        # Keep git from reading the machine's and the user's own settings
        # (HOME stays, so pip can use its download cache).
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=str(tmp_path / "gitconfig"),
    )
    (tmp_path / "gitconfig").write_text("", encoding="utf-8")
    return out


def _try_repo(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "policy-lint", "--color", "never", "--verbose", "--files", *files]
    return subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_hook_fails_on_a_gap_then_passes_once_fixed(tmp_path: Path, env: dict[str, str]) -> None:
    repo = tmp_path / "practice"
    (repo / "policies").mkdir(parents=True)
    _git(repo, "init", "-q", env=env)
    _git(repo, "config", "user.name", "Test Practice", env=env)
    _git(repo, "config", "user.email", "test@practice.example", env=env)
    _git(repo, "config", "commit.gpgsign", "false", env=env)
    policy = repo / "policies" / "riverside.yaml"
    shutil.copyfile(EXAMPLES / "gaps" / "no-elder-abuse.yaml", policy)
    page = repo / "policies" / "notice.md"  # a page is checked too, not only YAML
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    _git(repo, "add", "policies/riverside.yaml", "policies/notice.md", env=env)
    _git(repo, "commit", "-q", "-m", "A policy with a gap", env=env)

    broken = _try_repo(repo, env, "policies/riverside.yaml", "policies/notice.md")
    output = broken.stdout + broken.stderr
    assert broken.returncode == 1, output
    assert "policy-lint" in output and "Failed" in output, output
    assert "policies/riverside.yaml" in output and "COV004" in output, output
    assert "policies/notice.md:" in output and "DOC003" in output, output

    shutil.copyfile(EXAMPLES / "complete.yaml", policy)
    _git(repo, "add", "policies/riverside.yaml", env=env)
    _git(repo, "commit", "-q", "-m", "Add the elder abuse limit", env=env)

    fixed = _try_repo(repo, env, "policies/riverside.yaml")
    output = fixed.stdout + fixed.stderr
    assert fixed.returncode == 0, output
    assert "Passed" in output, output
    assert "COV004" not in output, output


def test_hook_definition_matches_the_cli() -> None:
    """The hook file parses, and its entry is a real command of the CLI."""
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["policy-lint", "policy-lint-office"]
    for hook in hooks:
        assert hook["entry"] == "policy-lint check"
        assert hook["language"] == "python"
        assert isinstance(hook["require_serial"], bool)

    from policy_lint.cli import cli

    assert "check" in cli.commands


#: Files of a practice's repository, and whether the hook must check each.
REPO_FILES = {
    "policies/riverside.yaml": True,
    "policies/riverside.yml": True,
    "policies/riverside.json": True,
    "policies/privacy.html": True,
    "policies/privacy.HTM": True,
    "policies/notice.md": True,
    "policies/notice.markdown": True,
    "policies/notice.txt": True,
    "policies/Informed consent.docx": True,
    "policies/notice.pdf": True,
    "policies/logo.png": False,
    "policies/sheet.csv": False,
    "policies/README.md": False,
    "LICENSE.txt": False,
    "README.md": False,
    ".pre-commit-config.yaml": False,
    ".github/workflows/ci.yml": False,
    "setup.py": False,
    # only files whose path says they are a policy (trial 7: package.json gave SCH001 and SCH002)
    "package.json": False,
    "package-lock.json": False,
    "tsconfig.json": False,
    "mkdocs.yml": False,
    "docker-compose.yaml": False,
    "config/settings.yaml": False,
    "docs/index.md": False,
    "site/about.html": False,
    "NOTICE": False,
    "NOTICE.txt": False,
    ".policy-lint.yaml": False,
    "policy-lint-baseline.json": False,
    "docs/privacy.html": True,
    "privacy-policy.md": True,
    "Informed Consent - Aspen Ridge.docx": True,
    "clinic/confidentiality.yaml": True,
    "site/notices/npp.html": True,
    "hipaa-notice.pdf": True,
    "Policy.YAML": True,
}


def _selected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **config: str) -> set[str]:
    """The files pre-commit's own classifier gives the hook, with the user's config keys on top."""
    if not _have_pre_commit():
        pytest.skip("pre-commit is not installed: pip install -e '.[test]'")
    from types import SimpleNamespace

    from pre_commit.clientlib import load_manifest
    from pre_commit.commands.run import Classifier

    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))  # validates it, with pre-commit's defaults
    wanted = config.pop("id", "policy-lint")
    (hook,) = [h for h in hooks if h["id"] == wanted]
    hook = {**hook, **config}
    monkeypatch.chdir(tmp_path)
    for name in REPO_FILES:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_bytes(b"PK\x03\x04\x00\x00" if name.endswith((".docx", ".png", ".pdf")) else b"text\n")
    return set(Classifier(REPO_FILES).filenames_for_hook(SimpleNamespace(**hook)))  # type: ignore[arg-type]


@pytest.mark.parametrize("hook_id", ["policy-lint", "policy-lint-office"])
def test_the_hook_checks_pages_and_documents_too(hook_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every format policy-lint reads, in a path that names a policy, and no file a repository keeps about itself."""
    assert _selected(tmp_path, monkeypatch, id=hook_id) == {name for name, wanted in REPO_FILES.items() if wanted}


def test_the_files_key_widens_the_hook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's way to check every file of these endings still skips the repository's own files."""
    every = r"(?i)\.(ya?ml|json|md|markdown|html?|txt|docx|pdf)$"
    picked = _selected(tmp_path, monkeypatch, files=every)
    assert "package.json" in picked and "config/settings.yaml" in picked and "policies/riverside.yaml" in picked
    assert "README.md" not in picked and ".pre-commit-config.yaml" not in picked and ".policy-lint.yaml" not in picked


def _office_extra() -> list[str]:
    import tomllib

    return list(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["office"])


def _name(requirement: str) -> str:
    import re

    return re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower()


def test_the_office_hook_is_the_plain_hook_with_the_office_extra() -> None:
    """policy-lint-office installs exactly the office extra of pyproject.toml, and is otherwise the same hook."""
    import yaml

    plain, office = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert office["additional_dependencies"] == _office_extra()
    assert "additional_dependencies" not in plain
    same = ("entry", "language", "types", "files", "exclude", "require_serial", "minimum_pre_commit_version")
    assert {k: plain[k] for k in same} == {k: office[k] for k in same}


def _readme_hooks() -> list[dict[str, Any]]:
    """The hook entries the README shows in its pre-commit section."""
    import re

    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("For pre-commit") :]
    section = section[: section.index("* For CI")]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    return [entry for block in blocks for entry in yaml.safe_load(block.replace("\n  ", "\n").strip())]


def test_the_readme_pre_commit_snippets_agree_with_the_hooks() -> None:
    """Each hook the README names exists; the packages it adds for Word and PDF are the office extra's."""
    import yaml

    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    shown = _readme_hooks()
    assert {e["id"] for e in shown} == set(hooks)
    for entry in shown:
        added = entry.get("additional_dependencies")
        if added is not None:  # the plain hook, made to read Word and PDF
            assert sorted(_name(a) for a in added) == sorted(_name(r) for r in _office_extra())
        if entry["id"] == "policy-lint-office":
            assert "additional_dependencies" not in entry  # the hook brings them


def test_the_files_pattern_the_docs_show_keeps_the_formats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (files,) = {m for m in re.findall(r"^\s*files: (\S+)", readme, re.M)}
    comment = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert f"files: {files}" in comment
    files = yaml.safe_load(f"files: {files}")["files"]
    picked = _selected(tmp_path, monkeypatch, files=files)
    assert picked == {name for name, wanted in REPO_FILES.items() if wanted and name.startswith("policies/")}


@pytest.mark.parametrize("hook_id", ["policy-lint-office", "policy-lint"])
def test_the_office_hook_reads_a_word_file(hook_id: str, tmp_path: Path, env: dict[str, str]) -> None:
    """policy-lint-office installs python-docx: a Word policy is read (its gap found); the plain hook says PAR011."""
    sys.path.insert(0, str(ROOT / "tests" / "prose"))
    from prose_files import make_docx

    repo = tmp_path / "practice"
    (repo / "policies").mkdir(parents=True)
    _git(repo, "init", "-q", env=env)
    doc = make_docx(repo / "policies" / "consent.docx", [("heading", "Privacy"), ("paragraph", "What you tell us stays private.")])
    _git(repo, "add", str(doc.relative_to(repo)), env=env)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook_id, "--color", "never", "--verbose", "--files", "policies/consent.docx"]
    run = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    if hook_id == "policy-lint-office":
        assert "policies/consent.docx:" in output and "COV001" in output and "PAR011" not in output, output
    else:
        assert "PAR011" in output and "policy-lint-office" in output and "COV001" not in output, output
