"""The wheel ships the schemas, packs and data, and runs outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once (with the hatchling from the test extras)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("policy_lint-*.whl")
    return found


def test_wheel_holds_schemas_packs_and_data(wheel: Path) -> None:
    """The schemas, built-in packs and data files are inside the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())

    for needed in (
        "policy_lint/schemas/confidentiality-policy.schema.json",
        "policy_lint/schemas/rulepack.schema.json",
        "policy_lint/packs/base.yaml",
        "policy_lint/data/categories.yaml",
        "policy_lint/templates/common.yaml",
        "policy_lint/templates/us-tx.yaml",
        "policy_lint/authoring/render.py",
    ):
        assert needed in names


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel, policy-lint finds its files when run far from the checkout."""
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES, work / "examples")
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import policy_lint; print(policy_lint.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    )
    assert where.stdout.strip().startswith(str(site))

    clean = subprocess.run([sys.executable, "-m", "policy_lint", "check", "examples/complete.yaml"], cwd=work, env=env, capture_output=True, text=True)
    gaps = subprocess.run([sys.executable, "-m", "policy_lint", "check", "examples/"], cwd=work, env=env, capture_output=True, text=True)

    assert 0 == clean.returncode, clean.stdout + clean.stderr
    assert 1 == gaps.returncode
    assert "examples/gaps/no-elder-abuse.yaml:19:1: error COV004" in gaps.stdout

    # init writes a starter whose schema line points at the installed schema, and it passes.
    made = subprocess.run(
        [sys.executable, "-m", "policy_lint", "init", "start.yaml", "--name", "A practice", "--email", "a@b.example", "--jurisdiction", "US-NY"],
        cwd=work, env={**env, "CI": "true"}, capture_output=True, text=True,
    )
    assert 0 == made.returncode, made.stderr
    first = (work / "start.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = Path(first.split("$schema=", 1)[1])
    assert schema.is_file() and str(schema).startswith(str(site))
    started = subprocess.run([sys.executable, "-m", "policy_lint", "check", "start.yaml"], cwd=work, env=env, capture_output=True, text=True)
    assert 0 == started.returncode, started.stdout
