"""Find the files that ship with policy-lint: schemas, rule packs and data.

In an installed wheel the schemas live in ``policy_lint/schemas`` (mapped in
by the build). In a source checkout they live in the top-level ``schemas/``
folder, next to the package. Both are tried, in that order, so the same code
works from a wheel, an editable install and a plain checkout.
"""

from __future__ import annotations

import json
import os
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
    """Where parsed copies of shipped YAML files are kept, or None if caching is off.

    ``$XDG_CACHE_HOME/policy-lint``, or ``~/.cache/policy-lint``. A relative
    ``XDG_CACHE_HOME`` is ignored, as the XDG spec says (it would make a
    folder wherever you stand).
    """
    if os.environ.get("POLICY_LINT_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(base):  # no home folder
            return None
    return Path(base) / "policy-lint"


def _digest(data: bytes) -> str:
    """A hash of some bytes: BLAKE2b, from the small C module (hashlib costs 2 ms of start-up)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - not CPython
        from hashlib import blake2b
    return blake2b(data, digest_size=16).hexdigest()


def _own_folder(folder: Path) -> bool:
    """Make the cache folder (0700) if needed; True only when it is a real folder of this user that no
    one else may write in (then no one else can put an entry there: what the caches hold decides what
    policy-lint reads, and a check sum only finds damage, not a forgery)."""
    import stat

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):  # a link or a file in its place
        return False
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - Windows: the folder is in the user's own profile
        return True
    return st.st_uid == geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


#: How many entries of one file (a pack, the compiled lexicon) the cache keeps: the newest, by time.
#: Each new version of policy-lint or of a file writes a new entry; a few are kept so that two
#: installs that share one cache (two Pythons, two versions) do not replace each other's on every run.
CACHE_KEEP = 3


def prune_cache(folder: Path, pattern: str, keep: int = CACHE_KEEP) -> None:
    """Remove all but the newest ``keep`` entries of ``folder`` whose names match ``pattern`` (a regex
    for the whole name). Called after a new entry is written, so an old one never stays for ever. Only
    regular files and links are removed (never a folder); a file that cannot be removed stays."""
    import re
    import stat

    rx = re.compile(pattern)
    found: list[tuple[float, Path]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if rx.fullmatch(entry.name):
                    st = entry.stat(follow_symlinks=False)
                    if not stat.S_ISDIR(st.st_mode):
                        found.append((st.st_mtime, Path(entry.path)))
    except OSError:
        return
    found.sort(key=lambda item: item[0], reverse=True)
    for _, old in found[keep:]:
        try:
            old.unlink()
        except OSError:
            pass


def load_shipped_yaml(path: Path) -> Any:
    """Load one of policy-lint's own YAML files, through a small on-disk cache.

    Parsing the built-in packs and vocabularies on every run would cost more
    than linting a policy. So the parsed data is kept as JSON in
    ``$XDG_CACHE_HOME/policy-lint`` (``~/.cache/policy-lint``), under a name
    made from policy-lint's version and a hash of the file's content: a
    changed file gets a new name, so a stale copy is never read, even when
    its size and time stay the same. Each entry starts with a hash of its
    own JSON; an entry that does not match (edited, cut short, malformed) is
    parsed again and written anew. The folder is made with mode 0700 and is
    not used when it belongs to another user or is a link. A write never
    follows a link: it replaces the link itself. If the cache cannot be read
    or written, the file is parsed as usual; set ``POLICY_LINT_NO_CACHE=1``
    to turn the cache off. JSON, not pickle, so a cache file can never run
    code.
    """
    from policy_lint._version import __version__
    from policy_lint.loading.reading import load_trusted  # data only: never the prose readers

    if path.suffix == ".json":
        return load_trusted(path)
    folder = _cache_dir()
    if folder is None or not _own_folder(folder):
        return load_trusted(path)
    from policy_lint.fileio import read_regular

    try:
        source = read_regular(path, 16 * 1024 * 1024)
    except OSError:
        return load_trusted(path)  # reports the problem as usual
    cached = folder / f"{path.stem}-{__version__}-{_digest(source)}.json"
    try:
        # Never a blocking read (a pipe in its place), a huge one, or one through a link.
        raw = read_regular(cached, 64 * 1024 * 1024, follow_links=False)
        check, _, payload = raw.partition(b"\n")
        if check.decode("ascii") == _digest(payload):
            return json.loads(payload)
    except (OSError, ValueError):
        pass
    data = load_trusted(path)
    try:
        from policy_lint.fileio import atomic_write

        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write(cached, _digest(payload).encode("ascii") + b"\n" + payload, follow_links=False)
    except (OSError, ValueError, TypeError):
        pass  # a read-only home, a full disk: the parse above is enough
    else:
        import re

        # Entries of other versions of this file: a version never holds a "-" (PEP 440 normal form).
        prune_cache(folder, rf"{re.escape(path.stem)}-[^-]+-[0-9a-f]{{32}}\.json")
    return data
