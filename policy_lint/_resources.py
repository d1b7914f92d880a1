"""Find the files that ship with policy-lint: schemas, rule packs and data.

In an installed wheel the schemas live in ``policy_lint/schemas`` (mapped in
by the build). In a source checkout they live in the top-level ``schemas/``
folder, next to the package. Both are tried, in that order, so the same code
works from a wheel, an editable install and a plain checkout.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent

__all__ = ["schema_path", "load_schema", "pack_path", "builtin_packs", "data_path", "load_data"]


def schema_path(name: str) -> Path:
    """Return the path of a shipped JSON Schema, such as ``rulepack.schema.json``."""
    for folder in (_PACKAGE_DIR / "schemas", _PACKAGE_DIR.parent / "schemas"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"policy-lint cannot find its schema {name!r}; reinstall it")


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    """Load a shipped JSON Schema (cached for the whole run)."""
    with schema_path(name).open("rb") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def pack_path(name: str) -> Path | None:
    """Return the file of a built-in pack, or None if there is no such pack."""
    candidate = _PACKAGE_DIR / "packs" / f"{name}.yaml"
    return candidate if candidate.is_file() else None


def builtin_packs() -> list[str]:
    """Names of the built-in packs, sorted."""
    return sorted(p.stem for p in (_PACKAGE_DIR / "packs").glob("*.yaml"))


def data_path(name: str) -> Path:
    """Return the path of a data file in ``policy_lint/data``."""
    return _PACKAGE_DIR / "data" / name


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Load a YAML or JSON data file from ``policy_lint/data`` (cached)."""
    from policy_lint.source import load_trusted

    return load_trusted(data_path(name))
