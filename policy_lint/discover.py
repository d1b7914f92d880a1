"""Turn the paths on the command line into a stable list of policy files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from policy_lint.values import Frozen, _set

__all__ = [
    "POLICY_SUFFIXES", "Target", "discover", "display_name", "relative_posix"]

#: File endings that a folder scan picks up. A file named on the command
#: line is always linted, whatever its ending.
POLICY_SUFFIXES = (".yaml", ".yml", ".json")


class Target(Frozen):
    """One file to lint: where it is, and the name to show for it."""

    __slots__ = ("path", "display")
    path: Path
    display: str

    def __init__(self, path: Path, display: str) -> None:
        _set(self, "path", path)
        _set(self, "display", display)


def display_name(name: str | os.PathLike[str]) -> str:
    """The name to show for a path: always valid text.

    On POSIX a file name is bytes. Bytes that are not UTF-8 reach Python as
    lone surrogates, which no UTF-8 terminal, JSON parser or XML file
    accepts. They are shown as ``\\xNN`` escapes instead. Other odd
    characters (line breaks, ANSI escapes) are kept here: each reporter
    escapes them in its own way.
    """
    text = os.fspath(name)
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    try:
        raw = os.fsencode(text)
    except UnicodeError:  # a surrogate that did not come from the file system
        return text.encode("utf-8", "backslashreplace").decode("ascii", "replace")
    return raw.decode("utf-8", "backslashreplace")


def _display(path: Path) -> str:
    text = display_name(path)
    return text[2:] if text.startswith("./") else text


def discover(paths: Iterable[str | Path]) -> Iterator[Target]:
    """Yield files to lint, in a stable order, each once.

    A folder is searched recursively for YAML and JSON files, in sorted
    order. Hidden files and folders (names starting with a dot) are skipped,
    and so are symbolic links to folders, so a link loop cannot trap the run.
    Named pipes, sockets and devices are yielded like files: the loader
    reports them without opening them for a blocking read. A path that does
    not exist is yielded as given, and so is a folder that cannot be opened:
    linting it reports the problem, and the run goes on.
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
    blocked: list[Path] = []

    def on_error(exc: OSError) -> None:
        # A folder we cannot list: report it rather than skip it in silence.
        if exc.filename is not None:
            blocked.append(Path(exc.filename))

    for folder, dirs, names in os.walk(root, followlinks=False, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or not name.lower().endswith(POLICY_SUFFIXES):
                continue
            files.append(Path(folder) / name)
    files.extend(blocked)
    files.sort(key=lambda p: p.parts)
    return iter(files)


def relative_posix(path: Path, folder: Path) -> str:
    """``path`` relative to ``folder``, with forward slashes (as globs and baselines want)."""
    try:
        rel = os.path.relpath(path, folder)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return rel.replace(os.sep, "/")
