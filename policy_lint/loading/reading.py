"""Read a policy: bytes from a file, the encoding, then the text to the parser.

Never raises for a bad file: every problem becomes a ``LoadProblem`` of the
``LoadResult``. The bytes are decoded as the YAML spec says (BOM, or the
pattern of NUL bytes, else UTF-8).
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from policy_lint.findings import Position
from policy_lint.loading.document import DEFAULT_LIMITS, Limits, LoadProblem, LoadResult
from policy_lint.loading.strict_json import SURROGATE_ESCAPE, check_json
from policy_lint.loading.yaml_builder import LONE_SURROGATE, POLICY_NEEDS, Builder, Stop


_TOO_LARGE_HINT = "Check that this is the right file. If it is, raise the limit with --max-file-size, such as --max-file-size 10MB."


def load_path(
    path: Path | str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    display: str | None = None,
    mapping_only: bool = True,
) -> LoadResult:
    """Read and parse one policy file. Never raises for a bad file.

    Only regular files are read. The file is opened without blocking (a named
    pipe or a device never stalls the run) and checked again after it is
    open, so a file swapped for a pipe between the two steps is caught too.
    At most ``limits.max_bytes + 1`` bytes are read.
    """
    name = display if display is not None else str(path)
    p = Path(path)
    fmt = _prose_format(p)
    if fmt is not None:  # Markdown, HTML, text, Word, PDF: policy_lint.readers
        from policy_lint.readers.load import load_prose_path

        return load_prose_path(p, name, fmt, limits)
    raw = _read_regular(p, name, limits)
    if isinstance(raw, LoadResult):
        return raw
    return load_bytes(raw, name, limits=limits, is_json=p.suffix.lower() == ".json", mapping_only=mapping_only)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _prose_format(name: str | os.PathLike[str]) -> str | None:
    from policy_lint.readers import prose_format

    return prose_format(name)


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

        from policy_lint._io import read_at_most

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


def load_bytes(raw: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False, mapping_only: bool = True) -> LoadResult:
    """Decode bytes as the YAML spec says (BOM, pattern of NUL bytes, else UTF-8) and parse them."""
    fmt = None if is_json else _prose_format(name)
    if fmt is not None:  # a name with a prose ending (.md, .html, ...): policy_lint.readers
        from policy_lint.readers.load import load_prose_bytes

        return load_prose_bytes(raw, name, fmt, limits)
    if len(raw) > limits.max_bytes:
        return _fail(name, "too-large", _too_large(len(raw), limits), hint=_TOO_LARGE_HINT)
    codec, skip = _detect_encoding(raw)
    try:
        text = raw[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        return _decode_problem(raw, name, codec, skip, exc)
    if codec != "utf-8" and skip == 0 and _BAD_CONTROL.search(text):
        # A guess from NUL bytes, not a BOM, that gives control characters:
        # this is binary data, not UTF-16 or UTF-32 text.
        return _fail(name, "binary", "This file holds binary data, not text. It is not a policy.", hint=_BINARY_HINT, position=Position(1, 1))
    return load_text(text, name, limits=limits, is_json=is_json, mapping_only=mapping_only)


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


_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def load_text(text: str, name: str = "<text>", *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False, mapping_only: bool = True) -> LoadResult:
    """Parse policy text (YAML 1.2, or JSON) into a ``Document``.

    With ``mapping_only`` (the default), a file whose top level is a list or a
    single value is a problem: a policy, a pack and a config are all mappings.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        problem = LoadProblem(
            "binary",
            "This file holds NUL bytes (zero bytes), so it is binary data, not text. A file can end up like this when it was not saved completely.",
            index=nul,
            hint=_BINARY_HINT,
        )
        return LoadResult(name, None, (problem,), text)
    if LONE_SURROGATE.search(text):
        # Only possible when the caller passes text that did not come from bytes.
        where = LONE_SURROGATE.search(text)
        assert where is not None
        problem = LoadProblem("encoding", "The text holds half of a UTF-16 character pair (a lone surrogate). It is not valid text.", index=where.start(), hint="Save the file as UTF-8.")
        return LoadResult(name, None, (problem,), text)
    if not text.strip():
        problem = LoadProblem("empty", "The file is empty. It holds no policy.", index=0, hint=POLICY_NEEDS)
        return LoadResult(name, None, (problem,), text)
    parse_text = text
    if is_json:
        problem = check_json(text)
        if problem is not None:
            return LoadResult(name, None, (problem,), text)
        # libyaml rejects \uD83D\uDE00 (a valid JSON surrogate pair). Give the
        # parser the same text with each such escape as \uFFFD (same length, so
        # every offset stays right); the builder reads those strings with json.
        parse_text = SURROGATE_ESCAPE.sub(r"\1\\uFFFD", text)
    try:
        builder = Builder(text, name, limits, is_json, parse_text=parse_text, mapping_only=mapping_only)
        return builder.run()
    except Stop as stop:
        return LoadResult(name, None, (stop.problem,), text)




def load_trusted(path: Path) -> Any:
    """Load one of our own data files; raise if it is broken (a bug, not user input)."""
    raw = path.read_bytes()
    if path.suffix == ".json":
        return json.loads(raw)
    result = load_bytes(raw, str(path), limits=Limits(max_bytes=64 * 1024 * 1024, max_nodes=10_000_000, max_string=64 * 1024 * 1024), mapping_only=False)
    fatal = [p for p in result.problems if p.fatal or p.code == "duplicate-key"]
    if result.document is None or fatal:
        raise ValueError(f"{path}: {result.problems[0].message if result.problems else 'empty'}")
    return result.document.data
