"""Bytes from a file, and their encoding: the first step of reading any policy.

Only regular files are read, without blocking and never past the size
limit; the encoding follows the YAML spec (BOM, or the pattern of NUL
bytes, else UTF-8). Every problem is a ``LoadResult`` that says why, in
plain words. ``reading`` (YAML and JSON) and ``policy_lint.readers``
(Markdown, HTML, text, Word, PDF) both start here.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from policy_lint.findings import Position
from policy_lint.loading.document import Limits, LoadProblem, LoadResult


_TOO_LARGE_HINT = "Check that this is the right file. If it is, raise the limit with --max-file-size, such as --max-file-size 10MB."


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _read_regular(p: Path, name: str, limits: Limits) -> bytes | LoadResult:
    """Return the bytes of a regular file, or a LoadResult that says why not."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            return _fail(name, "unreadable", "This is a link to a file that does not exist.", hint="Fix the link, or remove it.")
        return _fail(name, "unreadable", "The file does not exist.", hint="Check the path. Run 'ls' on the folder to see its files.")
    except OSError as exc:
        return _fail(name, "unreadable", *_os_problem(exc))
    except ValueError:  # a NUL character in the path (only possible through the API)
        return _fail(name, "unreadable", "The path is not valid: it holds a NUL character.", "Check the path.")
    if stat.S_ISDIR(st.st_mode):
        return _fail(name, "unreadable", _folder_problem(p), hint="Check that you can open the folder, such as with 'ls'.")
    if not stat.S_ISREG(st.st_mode):
        return _fail(name, "unreadable", _not_regular(st.st_mode), hint="Name a file instead. To check text from a pipe, give - as the path and send the text to standard input.")
    if st.st_size > limits.max_bytes:
        return _fail(name, "too-large", _too_large(st.st_size, limits), hint=_TOO_LARGE_HINT)
    try:
        fd = os.open(p, _OPEN_FLAGS)
    except OSError as exc:
        return _fail(name, "unreadable", *_os_problem(exc))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped after the first look
            return _fail(name, "unreadable", _not_regular(st.st_mode), hint="Name a file instead.")
        if st.st_size > limits.max_bytes:
            return _fail(name, "too-large", _too_large(st.st_size, limits), hint=_TOO_LARGE_HINT)
        from functools import partial

        from policy_lint.fileio import read_at_most

        raw = read_at_most(partial(os.read, fd), limits.max_bytes + 1, st.st_size + 1)
    except OSError as exc:
        return _fail(name, "unreadable", *_os_problem(exc))
    finally:
        os.close(fd)
    if len(raw) > limits.max_bytes:  # the file grew while we read it
        return _fail(name, "too-large", _too_large(len(raw), limits), hint=_TOO_LARGE_HINT)
    return raw


def _os_problem(exc: OSError) -> tuple[str, str]:
    """A plain message and hint for an error from the operating system."""
    if exc.errno == errno.ELOOP:
        return (
            "This is a link that points back to itself, through one or more other links. policy-lint cannot read it.",
            "Fix the link so that it points to a real file, or remove it.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (
            "You do not have permission to read this file.",
            "Check the file's permissions, such as with 'ls -l', or ask the person who owns it.",
        )
    if exc.errno == errno.ENAMETOOLONG:
        return ("The path is too long for this system.", "Use a shorter path.")
    if exc.errno == errno.EISDIR:
        return ("This is a folder, not a file.", "Name the folder to check every policy in it.")
    reason = exc.strerror or type(exc).__name__
    return (f"policy-lint cannot read this file: {reason}.", "Check the path and the file's permissions.")


def _folder_problem(p: Path) -> str:
    try:
        with os.scandir(p):
            pass
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "You do not have permission to open this folder, so policy-lint cannot check the files in it."
        return f"policy-lint cannot open this folder: {exc.strerror or type(exc).__name__}."
    return "This is a folder, not a file."


def _not_regular(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    else:
        what = "not a regular file"
    return f"This is {what}, not a regular file. policy-lint skips it, so it never waits for input that may not come."


def _too_large(size: int, limits: Limits) -> str:
    if size == limits.max_bytes + 1:  # read up to the limit and one byte more (a pipe)
        return (
            f"The input is larger than the limit of {_human(limits.max_bytes)}. "
            "A policy is much smaller, so policy-lint does not read it."
        )
    return (
        f"The file is {_human(size)}, more than the limit of {_human(limits.max_bytes)}. "
        "A policy is much smaller, so policy-lint does not read it."
    )


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def _fail(name: str, code: str, message: str, hint: str | None = None, *, index: int | None = None, position: Position | None = None, text: str | None = None) -> LoadResult:
    problem = LoadProblem(code, message, index=index, hint=hint, position=position)
    return LoadResult(name, None, (problem,), text)


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _detect_encoding(raw: bytes) -> tuple[str, int]:
    """Return (codec, BOM length) following YAML 1.2 section 5.2."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec, len(bom)
    head = raw[:4]
    if len(head) >= 4 and head[:3] == b"\x00\x00\x00":
        return "utf-32-be", 0
    if len(head) >= 4 and head[1:4] == b"\x00\x00\x00":
        return "utf-32-le", 0
    if len(head) >= 2 and head[0] == 0 and head[1] != 0:
        return "utf-16-be", 0
    if len(head) >= 2 and head[0] != 0 and head[1] == 0:
        return "utf-16-le", 0
    return "utf-8", 0


_BINARY_HINT = "Check that this is the right file. If it should be a policy, open it in a text editor and save it again as UTF-8 text, or restore it from a backup."


def _decode_problem(raw: bytes, name: str, codec: str, skip: int, exc: UnicodeDecodeError) -> LoadResult:
    offset = exc.start + skip
    if codec != "utf-8" and skip == 0:
        # UTF-16 or UTF-32 was only a guess from NUL bytes, and it is wrong.
        return _fail(name, "binary", "This file holds binary data, not text. It is not a policy.", hint=_BINARY_HINT, position=Position(1, 1))
    good = raw[skip:offset].decode(codec, errors="replace")
    line = good.count("\n") + 1
    col = len(good) - (good.rfind("\n") + 1) + 1
    where = Position(line, col)
    label = codec.upper().replace("-BE", "").replace("-LE", "")
    if codec == "utf-8" and b"\x00" in raw[:8192]:
        return _fail(name, "binary", "This file holds binary data, not text. It is not a policy.", hint=_BINARY_HINT, position=where)
    if exc.end >= len(raw) - skip and exc.reason in ("unexpected end of data", "truncated data"):
        return _fail(
            name,
            "encoding",
            f"The file ends in the middle of a character (at byte offset {offset}). It may not have been saved completely.",
            hint="Open the file in an editor, check its end, and save it again as UTF-8.",
            position=where,
        )
    byte = raw[offset]
    hint = "Save the file as UTF-8. In most editors, use Save As and choose UTF-8 as the encoding."
    if codec == "utf-8" and _looks_like_cp1252(raw):
        hint = "The file looks like it was saved as Windows-1252 or Latin-1. " + hint
    return _fail(
        name,
        "encoding",
        f"The file is not valid {label} text: the byte 0x{byte:02X} at offset {offset} (line {line}) is not part of a {label} character.",
        hint=hint,
        position=where,
    )


def _looks_like_cp1252(raw: bytes) -> bool:
    try:
        raw[:65536].decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
