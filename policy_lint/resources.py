"""Find the files that ship with policy-lint: schemas, rule packs and data.

In an installed wheel the schemas live in ``policy_lint/schemas`` (mapped in
by the build). In a source checkout they live in the top-level ``schemas/``
folder, next to the package. Both are tried, in that order, so the same code
works from a wheel, an editable install and a plain checkout.
"""

from __future__ import annotations

import json
import os
import zlib
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
    return load_shipped_yaml(data_path(name))


def _cache_dir() -> Path | None:
    """Where parsed copies of shipped YAML files are kept, or None if caching is off."""
    if os.environ.get("POLICY_LINT_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policy-lint"


def load_shipped_yaml(path: Path) -> Any:
    """Load one of policy-lint's own YAML files, through a small on-disk cache.

    Parsing the built-in packs and vocabularies on every run would cost more
    than linting a policy. So the parsed data is kept as JSON in
    ``$XDG_CACHE_HOME/policy-lint`` (``~/.cache/policy-lint``), under a name
    made from policy-lint's version and the file's path, size and time. A
    changed file gets a new name, so a stale copy is never read. If the
    cache cannot be read or written, the file is parsed as usual; set
    ``POLICY_LINT_NO_CACHE=1`` to turn the cache off. JSON, not pickle, so
    a cache file can never run code.
    """
    from policy_lint._version import __version__
    from policy_lint.loading import load_trusted

    if path.suffix == ".json":
        return load_trusted(path)
    folder = _cache_dir()
    if folder is None:
        return load_trusted(path)
    st = path.stat()
    where = zlib.crc32(str(path.resolve()).encode("utf-8", "surrogateescape"))
    cached = folder / f"{path.stem}-{__version__}-{where:08x}-{st.st_size}-{st.st_mtime_ns}.json"
    try:
        from policy_lint._io import read_regular

        # Never a blocking read (a pipe in its place) nor a huge one.
        return json.loads(read_regular(cached, 64 * 1024 * 1024))
    except (OSError, ValueError):
        pass
    data = load_trusted(path)
    try:
        from policy_lint._io import atomic_write

        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(cached, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    except (OSError, ValueError, TypeError):
        pass  # a read-only home, a full disk: the parse above is enough
    return data
