"""Safe writes: every file policy-lint writes goes through ``atomic_write``.

The text goes to a temporary file in the same folder, is flushed to disk,
then renamed over the target in one step. A crash leaves either the old file
or the new one, never half of each. An existing file keeps its permissions.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable

__all__ = ["atomic_write", "same_file"]


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when two paths name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def atomic_write(path: Path | str, data: str | bytes, *, protect: Iterable[Path | str] = (), encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically.

    Args:
        path: The file to write.
        data: Text (encoded with ``encoding``) or bytes.
        protect: Files that must never be overwritten, such as the policies
            being linted. Writing over one raises ``FileExistsError``.

    Raises:
        FileExistsError: ``path`` is one of the protected files.
        OSError: the folder is missing or not writable.
    """
    target = Path(path)
    for other in protect:
        if same_file(target, other):
            raise FileExistsError(f"{target} is one of the files being checked; policy-lint will not write over it.")
    raw = data.encode(encoding) if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    mode: int | None = None
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
