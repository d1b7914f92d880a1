"""Turn the paths on the command line into a stable list of policy files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["POLICY_SUFFIXES", "Target", "discover"]

#: File endings that a folder scan picks up. A file named on the command
#: line is always linted, whatever its ending.
POLICY_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True, slots=True)
class Target:
    """One file to lint: where it is, and the name to show for it."""

    path: Path
    display: str


def _display(path: Path) -> str:
    text = str(path)
    return text[2:] if text.startswith("./") else text


def discover(paths: Iterable[str | Path]) -> Iterator[Target]:
    """Yield files to lint, in a stable order, each once.

    A folder is searched recursively for YAML and JSON files, in sorted
    order. Hidden files and folders (names starting with a dot) are skipped,
    and so are symbolic links to folders, so a link loop cannot trap the run.
    A path that does not exist is yielded as given: linting it reports that
    it cannot be read, and the run goes on.
    """
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path):
                key = os.path.normcase(os.path.abspath(found))
                if key not in seen:
                    seen.add(key)
                    yield Target(found, _display(found))
        else:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                yield Target(path, _display(path))


def _walk(root: Path) -> Iterator[Path]:
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or not name.lower().endswith(POLICY_SUFFIXES):
                continue
            files.append(Path(folder) / name)
    files.sort(key=lambda p: p.parts)
    return iter(files)
