"""Safe writes: every file policy-lint writes goes through ``atomic_write``.

The text goes to a temporary file in the same folder, is flushed to disk,
then renamed over the target in one step. A crash leaves either the old file
or the new one, never half of each, and no temporary file stays behind after
an error. An existing file keeps its permissions (and, where the system
allows, its owner). A link is followed: the file it points to is replaced and
the link stays. A file that policy-lint is checking is never written over.

Targets that are not regular files (``/dev/null``, ``/dev/stdout``, a named
pipe) are written to directly: renaming over them would replace a device
with a plain file.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

__all__ = ["ProtectedFileError", "ReadOnlyFileError", "shown", "writable_by_mode", "atomic_create", "atomic_write", "atomic_writer", "read_at_most", "open_regular", "read_regular", "same_file", "display_name"]


class ProtectedFileError(FileExistsError):
    """The target is one of the files being checked."""


class ReadOnlyFileError(PermissionError):
    """The target is a read-only file: its mode gives no write permission to this user.

    Shell redirection (``> file``) refuses such a file, and so does
    policy-lint, even as root (who could replace it): the choice is made from
    the mode, the way ``git`` and editors warn about a read-only file.
    """


def writable_by_mode(st: os.stat_result) -> bool:
    """True when the file's mode lets this user write it (root: when anyone may)."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - Windows: only the read-only flag
        return bool(st.st_mode & stat.S_IWUSR)
    uid = geteuid()
    if uid == 0:
        return bool(st.st_mode & 0o222)
    if st.st_uid == uid:
        return bool(st.st_mode & stat.S_IWUSR)
    if st.st_gid == os.getegid() or st.st_gid in os.getgroups():
        return bool(st.st_mode & stat.S_IWGRP)
    return bool(st.st_mode & stat.S_IWOTH)


def read_at_most(read: Callable[[int], bytes], limit: int, size: int = 1 << 16) -> bytes:
    """Call ``read(n)`` until the end of the file or ``limit`` bytes, whichever comes first.

    ``read`` is ``functools.partial(os.read, fd)`` or a stream's ``read``.
    ``size`` is the first ``n``: pass the file's size plus one, and a file
    that does not grow is read in one call (and one more that finds the end).
    ``os.read(fd, n)`` sets aside ``n`` bytes first, so ``n`` starts small
    and doubles, up to 1 MiB a call.
    """
    chunks: list[bytes] = []
    left = limit
    size = max(size, 1)
    while left > 0:
        chunk = read(min(left, size))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
        size = min(size * 2, 1 << 20)
    return b"".join(chunks)


@contextmanager
def open_regular(path: Path | str, *, follow_links: bool = True) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """Open a regular file to read, without ever blocking: the file (unbuffered) and its stat.

    A named pipe, a device or a socket in its place (or a link to one) would
    block a plain ``open(path, "rb")`` forever: it is opened with
    ``O_NONBLOCK`` and refused after ``fstat``, before any read. With
    ``follow_links=False`` a link is refused (ELOOP).

    Raises:
        OSError: the file is missing, cannot be opened, or is not a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(f"{shown(path)} is not a regular file")
        fh = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh, st


def read_regular(path: Path | str, max_bytes: int, *, follow_links: bool = True) -> bytes:
    """Read a small regular file, never blocking and never reading more than ``max_bytes``.

    For files policy-lint keeps for itself (such as its cache), config files
    and baselines. A named pipe or a device in its place would block a plain
    read forever (see ``open_regular``).

    Raises:
        OSError: the file is missing, is not a regular file, or is too large.
    """
    with open_regular(path, follow_links=follow_links) as (fh, st):
        if st.st_size > max_bytes:
            raise OSError(f"{path} is larger than {max_bytes} bytes")
        raw = read_at_most(fh.read, max_bytes + 1, st.st_size + 1)
    if len(raw) > max_bytes:
        raise OSError(f"{path} is larger than {max_bytes} bytes")
    return raw


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


def shown(path: Path | str) -> str:
    """A path as text that any terminal, log or XML file accepts: bytes that are not UTF-8 become ``\\xNN``."""
    return display_name(path)


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when two paths name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


class FileIds(frozenset):  # type: ignore[type-arg]
    """The (device, inode) pairs of existing files: stat each once, then test many targets.

    Pass it as ``protect`` when one run writes many files (a report for each
    clinic), so each target costs one stat, not one for each input.
    """

    __slots__ = ()

    @classmethod
    def of(cls, paths: Iterable[Path | str]) -> "FileIds":
        """The ids of those of ``paths`` that exist (a missing path protects nothing)."""
        ids = []
        for p in paths:
            try:
                st = os.stat(p)
            except (OSError, ValueError):
                continue
            ids.append((st.st_dev, st.st_ino))
        return cls(ids)

    def holds(self, path: Path | str) -> bool:
        """True when ``path`` names one of these files (through links, as ``same_file``)."""
        if not self:
            return False
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return False
        return (st.st_dev, st.st_ino) in self


def _protected(target: Path, protect: Iterable[Path | str]) -> bool:
    if isinstance(protect, FileIds):
        return protect.holds(target)
    return any(same_file(target, other) for other in protect)


def atomic_write(path: Path | str, data: str | bytes, *, protect: Iterable[Path | str] = (), encoding: str = "utf-8", follow_links: bool = True, sync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically.

    Args:
        path: The file to write.
        data: Text (encoded with ``encoding``) or bytes.
        protect: Files that must never be overwritten, such as the policies
            being linted (paths, or a ``FileIds``). Writing over one raises
            ``ProtectedFileError``.
        sync: flush the file (and its folder) to disk before it takes the
            name. A cache whose entries carry their own hash passes False: a
            torn entry is ignored, and the flush costs a one-file run
            milliseconds.

    Raises:
        ProtectedFileError: ``path`` is one of the protected files (a
            ``FileExistsError``, so older callers still catch it).
        ReadOnlyFileError: ``path`` is a file whose mode does not let this
            user write it (a ``PermissionError``; its ``strerror`` is the
            whole message).
        IsADirectoryError: ``path`` is a folder.
        OSError: the folder is missing or not writable, the disk is full, ...
    """
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_writer(path, protect=protect, follow_links=follow_links, sync=sync) as fh:
        fh.write(raw)


def _temp_file(folder: Path, name: str) -> tuple[int, str]:
    """A new file next to ``name`` (mode 0600, never opened through a link), as ``tempfile.mkstemp`` makes one.

    Without tempfile, whose import costs a one-file run about 3 ms when it
    writes a cache entry.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.abspath(os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp"))
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(17, "policy-lint found no free name for a temporary file", str(folder))


@contextmanager
def atomic_writer(path: Path | str, *, protect: Iterable[Path | str] = (), follow_links: bool = True, sync: bool = True) -> Iterator[BinaryIO]:
    """Open ``path`` for writing in pieces; the file appears only when all is written.

    The pieces go to a temporary file in the same folder. When the block
    ends without an error, the temporary file is flushed to disk and renamed
    over ``path`` in one step; on an error it is removed and ``path`` is left
    as it was. A device or a pipe (such as /dev/stdout) is written directly.
    With ``follow_links=False`` (the cache) a link, a device or a pipe at
    ``path`` is replaced by the new file: nothing is written through it.
    Raises the same errors as ``atomic_write``.
    """
    target = Path(path)
    if _protected(target, protect):
        raise ProtectedFileError(f"{shown(target)} is one of the files being checked. policy-lint will not write over it. Choose another file name.")
    try:
        st: os.stat_result | None = os.stat(target) if follow_links else os.lstat(target)
    except FileNotFoundError:
        st = None
    if not follow_links and st is not None and not stat.S_ISDIR(st.st_mode) and not stat.S_ISREG(st.st_mode):
        st = None  # a link (or a pipe): replaced by a plain file, never written through
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "This is a folder. Give a file name", str(target))
    if st is not None and stat.S_ISREG(st.st_mode) and not writable_by_mode(st):
        raise ReadOnlyFileError(
            13, f"{shown(target)} is read-only. policy-lint will not replace it. Make it writable (chmod u+w), or choose another file name."
        )
    if st is not None and not stat.S_ISREG(st.st_mode):
        # A device or a pipe, such as /dev/null or /dev/stdout (a link to
        # /proc/self/fd/1, whose real path is no file): write through the
        # name as given. A named pipe with no reader would make a plain open
        # wait forever, so open without blocking (it fails at once, ENXIO),
        # then write normally.
        nonblock = getattr(os, "O_NONBLOCK", 0)
        fd = os.open(target, os.O_WRONLY | nonblock | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
        if nonblock:
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~nonblock)
        with os.fdopen(fd, "wb") as direct:
            yield direct
            direct.flush()
        return
    # Follow a link, so that the link stays and the file it names is replaced.
    real = Path(os.path.realpath(target)) if follow_links and target.is_symlink() else target
    folder = real.parent if str(real.parent) else Path(".")
    fd, tmp = _temp_file(folder, real.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            _keep_owner(tmp, st)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if sync:
        _sync_folder(folder)


def atomic_create(path: Path | str, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write a new file atomically, and never over one that exists.

    The text goes to a temporary file in the same folder, is flushed to disk,
    and is then linked to ``path`` in one step. The link fails if ``path``
    exists (even if another program makes it a moment before), so nothing
    is ever written over. Where the file system has no hard links, the file
    is opened with ``O_CREAT | O_EXCL`` and written in place instead.

    Raises:
        FileExistsError: ``path`` exists (a file, a folder or a link).
        OSError: the folder is missing or not writable, the disk is full, ...
    """
    raw = data.encode(encoding) if isinstance(data, str) else data
    target = Path(path)
    if os.path.lexists(target):
        raise FileExistsError(17, "The file exists", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (some network and FAT file systems): create
            # the file exclusively and write it in place.
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
            out = os.open(target, flags, 0o666)
            with os.fdopen(out, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    _sync_folder(folder)


def _keep_owner(tmp: str, st: os.stat_result) -> None:
    chown = getattr(os, "chown", None)
    if chown is None:  # pragma: no cover - Windows
        return
    if (st.st_uid, st.st_gid) == (os.getuid(), os.getgid()):
        return
    try:
        chown(tmp, st.st_uid, st.st_gid)
    except OSError:
        pass  # only root may give a file away; the content is what matters


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
