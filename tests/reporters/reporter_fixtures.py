"""Fixtures for the reporter tests: the examples' result and the SARIF schema.

Test modules import them by name. This is not a conftest.py, so that the
root tests/conftest.py stays the only module named ``conftest``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

from policy_lint.findings import RunResult

ROOT = Path(__file__).resolve().parents[2]
# CI runs in a fresh clone with shared/ beside it: <parent>/main and <parent>/shared.
SARIF_SCHEMA = ROOT / ".." / "shared" / "vendor" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="session")
def validate_sarif() -> Callable[[dict[str, Any]], None]:
    """Check a SARIF log against the official SARIF 2.1.0 schema (draft-04); fail with every error."""
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA.resolve()} (it comes with shared/vendor beside the checkout)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    def validate(log: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
        assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20])

    return validate


@pytest.fixture(scope="session")
def examples_result() -> RunResult:
    """The run over examples/, with paths relative to the checkout as CI shows them."""
    import os

    from policy_lint.runner import CheckOptions, check

    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return check(CheckOptions(paths=("examples",)))
    finally:
        os.chdir(old)



def every_rule() -> tuple:
    """Every rule of every built-in pack, in ID order (the run over examples/ uses the packs of each place)."""
    from policy_lint import resources
    from policy_lint.packs import load_pack

    seen: dict = {}
    for name in ["base", *resources.builtin_packs()]:
        for rule in load_pack(name).rules:
            seen.setdefault(rule.id, rule)
    return tuple(sorted(seen.values(), key=lambda r: r.id))
