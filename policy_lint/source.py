"""Read a policy file into plain data, and remember where every value came from.

This module is the only one that knows about lines and columns.

How it works: the bytes are decoded as the YAML spec says (BOM, or the
pattern of NUL bytes, else UTF-8). The text goes through ruamel.yaml's parser
(its C extension when it is installed) which yields *events* that carry
their start and end in the text. We build the Python values from the events
ourselves, in one loop without recursion. That lets us:

* keep YAML 1.2 core-schema types and keep dates as text (JSON Schema
  ``format: date`` expects text);
* never construct objects from tags (``!!python/object`` is reported, never run);
* report duplicate keys with both lines, and keep going;
* count values as aliases expand, so an alias bomb stops early;
* stop at a depth limit instead of hitting Python's recursion limit;
* record a JSON Pointer -> position index, used to place every finding.

Findings inside a string (a word, a sentence) are placed exactly by
aligning the parsed value with the raw text of the scalar, for every
scalar style and for JSON strings.
"""

from __future__ import annotations

import bisect
import errno
import json
import math
import os
import re
import stat
from itertools import accumulate
from pathlib import Path

from typing import Any, Iterable, Iterator

from policy_lint._value import Frozen, Record, _set
from policy_lint.findings import Position

__all__ = [
    "Limits",
    "LoadProblem",
    "NodeInfo",
    "Document",
    "LoadResult",
    "load_path",
    "load_bytes",
    "load_text",
    "load_trusted",
    "escape_pointer",
    "join_pointer",
]


class Limits(Frozen):
    """Guards against hostile or broken input.

    ``max_string`` is how many characters of one text value the rules see;
    the rest is cut off (and reported). It bounds the time the prose rules
    take on one huge line.
    """

    __slots__ = ("max_bytes", "max_depth", "max_nodes", "max_string")
    max_bytes: int
    max_depth: int
    max_nodes: int
    max_string: int

    def __init__(self, max_bytes: int = 2 * 1024 * 1024, max_depth: int = 64, max_nodes: int = 100_000, max_string: int = 100_000) -> None:
        _set(self, "max_bytes", max_bytes)
        _set(self, "max_depth", max_depth)
        _set(self, "max_nodes", max_nodes)
        _set(self, "max_string", max_string)


DEFAULT_LIMITS = Limits()


class LoadProblem(Frozen):
    """Something wrong with the file itself, found while reading it.

    ``code`` is one of: unreadable, too-large, encoding, binary, syntax,
    empty, not-mapping, multi-document, duplicate-key, tag, complex-key,
    merge, alias, too-deep, too-many, too-long, number. Each code belongs to one
    ``input`` rule of the base pack (``params.problems``); a test checks it.
    ``fatal`` problems mean no policy could be read.
    """

    __slots__ = ("code", "message", "index", "fatal", "hint", "position")
    code: str
    message: str
    index: int | None  # character offset in the text, if known
    fatal: bool
    hint: str | None
    position: Position | None  # set when there is no text to map from

    def __init__(self, code: str, message: str, index: int | None = None, fatal: bool = True, hint: str | None = None, position: Position | None = None) -> None:
        _set(self, "code", code)
        _set(self, "message", message)
        _set(self, "index", index)
        _set(self, "fatal", fatal)
        _set(self, "hint", hint)
        _set(self, "position", position)


class NodeInfo:
    """Where a value sits in the text (character offsets).

    A plain slotted class, not a dataclass: one is made for every value of
    every file, and defining a dataclass costs start-up time.
    """

    __slots__ = ("start", "end", "key_start", "style")

    def __init__(self, start: int, end: int, key_start: int | None = None, style: str | None = None) -> None:
        self.start = start
        self.end = end
        self.key_start = key_start
        #: None for collections; '', '"', "'", '|', '>' for scalars; '*' for aliases.
        self.style = style

    def __repr__(self) -> str:
        return f"NodeInfo(start={self.start}, end={self.end}, key_start={self.key_start}, style={self.style!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NodeInfo):
            return NotImplemented
        return (self.start, self.end, self.key_start, self.style) == (other.start, other.end, other.key_start, other.style)

    __hash__ = None  # type: ignore[assignment]


def escape_pointer(token: str) -> str:
    """Escape one JSON Pointer token (RFC 6901)."""
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


def join_pointer(parent: str, token: str | int) -> str:
    """Append a token to a JSON Pointer."""
    return f"{parent}/{escape_pointer(str(token))}"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Document(Record):
    """A parsed policy: its data, its text and where each value is."""

    __slots__ = ("path", "text", "data", "index", "problems", "is_json", "cache", "_line_starts")

    def __init__(
        self,
        path: str,
        text: str,
        data: Any,
        index: dict[str, NodeInfo],
        problems: list[LoadProblem] | None = None,
        is_json: bool = False,
        cache: dict[str, Any] | None = None,
        _line_starts: list[int] | None = None,
    ) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.index = index
        self.problems: list[LoadProblem] = problems if problems is not None else []
        self.is_json = is_json
        self.cache: dict[str, Any] = cache if cache is not None else {}
        self._line_starts = _line_starts

    # -- positions -----------------------------------------------------

    def line_starts(self) -> list[int]:
        """Offsets where each line starts (computed once)."""
        if self._line_starts is None:
            text = self.text
            if "\r" in text:
                starts = [0]
                starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
            else:  # only "\n": the same offsets, worked out in C (3 times faster)
                starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
                starts.pop()  # the end of the text, one past the last line
            self._line_starts = starts
        return self._line_starts

    def position_at(self, index: int) -> Position:
        """Turn a character offset into a 1-based line and column."""
        starts = self.line_starts()
        line = bisect.bisect_right(starts, index) - 1
        return Position(line + 1, index - starts[line] + 1)

    def node(self, pointer: str) -> tuple[str, NodeInfo] | None:
        """Return the node at ``pointer``, or at its nearest known ancestor."""
        while True:
            info = self.index.get(pointer)
            if info is not None:
                return pointer, info
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def locate(
        self, pointer: str, *, on_key: bool = False, span: tuple[int, int] | None = None
    ) -> tuple[Position | None, Position | None]:
        """Map a pointer (and a span inside its string) to start and end positions."""
        found = self.node(pointer)
        if found is None:
            return (Position(1, 1) if self.text else None), None
        at, info = found
        exact = at == pointer
        if exact and span is not None and info.style is not None:
            # Several findings often fall in one string: map it once.
            key = "charmap:" + pointer
            entry = self.cache.get(key)
            if entry is None:
                value = self.get(pointer)
                entry = self.cache[key] = (value, _char_map(self.text, info, value)) if isinstance(value, str) else (None, None)
            if entry[0] is not None:
                mapped = _align(self.text, info, entry[0], span, entry[1])
                if mapped is not None:
                    return self.position_at(mapped[0]), self.position_at(mapped[1])
        if on_key and exact and info.key_start is not None:
            return self.position_at(info.key_start), None
        if not exact and info.key_start is not None and info.style is not None:
            # A pointer below a scalar (or an alias) falls back to the key.
            return self.position_at(info.key_start), None
        if info.key_start is not None and info.style is None and not exact:
            return self.position_at(info.key_start), None
        return self.position_at(info.start), self.position_at(info.end)

    def key_position(self, pointer: str) -> Position | None:
        """Position of the key that holds ``pointer``, or of the value itself."""
        return self.locate(pointer, on_key=True)[0]

    # -- walking -------------------------------------------------------

    def strings(self) -> Iterator[tuple[str, str]]:
        """Yield ``(pointer, text)`` for every string value, in file order."""
        stack: list[tuple[str, Any]] = [("", self.data)]
        while stack:
            pointer, value = stack.pop()
            if isinstance(value, str):
                yield pointer, value
            elif isinstance(value, dict):
                items = [(join_pointer(pointer, k), v) for k, v in value.items()]
                stack.extend(reversed(items))
            elif isinstance(value, list):
                items = [(join_pointer(pointer, i), v) for i, v in enumerate(value)]
                stack.extend(reversed(items))

    def matching_strings(self, patterns: Iterable[str]) -> Iterator[tuple[str, str]]:
        """Yield string values whose pointer matches one of ``patterns``.

        A pattern is a JSON Pointer where ``*`` stands for any one token.
        A pattern that ends at a list of strings matches each item.
        """
        compiled = [_compile_pattern(p) for p in patterns]
        for pointer, text in self.strings():
            if any(rx.match(pointer) for rx in compiled):
                yield pointer, text

    def get(self, pointer: str) -> Any:
        """Return the value at ``pointer`` or None."""
        value = self.data
        if not pointer:
            return value
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(value, dict):
                value = value.get(token)
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                return None
        return value


_PATTERN_CACHE: dict[str, re.Pattern[str]] = {}


def _compile_pattern(pattern: str) -> re.Pattern[str]:
    rx = _PATTERN_CACHE.get(pattern)
    if rx is None:
        parts = [re.escape(p) if p != "*" else "[^/]*" for p in pattern.split("/")]
        rx = re.compile("/".join(parts) + r"(/\d+)?$")
        _PATTERN_CACHE[pattern] = rx
    return rx


class LoadResult(Frozen):
    """Either a document, or the problem that stopped reading (or both)."""

    __slots__ = ("path", "document", "problems", "text")
    path: str
    document: Document | None
    problems: tuple[LoadProblem, ...]
    text: str | None

    def __init__(self, path: str, document: Document | None, problems: tuple[LoadProblem, ...], text: str | None = None) -> None:
        _set(self, "path", path)
        _set(self, "document", document)
        _set(self, "problems", problems)
        _set(self, "text", text)

    def where(self, problem: LoadProblem, shown: str) -> str:
        """``shown:line:col`` for a problem of this file, or ``shown`` when it has no place."""
        pos = problem.position
        if pos is None and problem.index is not None:
            if self.document is not None:
                pos = self.document.position_at(problem.index)
            elif self.text is not None:
                pos = Document(shown, self.text, None, {}).position_at(problem.index)
        return f"{shown}:{pos.line}:{pos.column}" if pos is not None else shown


# -- reading bytes ------------------------------------------------------

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


def _prose_format(name: str | os.PathLike[str]) -> str | None:
    from policy_lint.readers import prose_format

    return prose_format(name)


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
    """Decode bytes as the YAML spec says (BOM, pattern of NUL bytes, else UTF-8) and parse them.

    A name with the ending of a prose format (``.md``, ``.html``, ...) is read
    by ``policy_lint.readers`` instead.
    """
    fmt = None if is_json else _prose_format(name)
    if fmt is not None:
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
    if _LONE_SURROGATE_CHAR.search(text):
        # Only possible when the caller passes text that did not come from bytes.
        where = _LONE_SURROGATE_CHAR.search(text)
        assert where is not None
        problem = LoadProblem("encoding", "The text holds half of a UTF-16 character pair (a lone surrogate). It is not valid text.", index=where.start(), hint="Save the file as UTF-8.")
        return LoadResult(name, None, (problem,), text)
    if not text.strip():
        problem = LoadProblem("empty", "The file is empty. It holds no policy.", index=0, hint="Write the policy, or start from examples/complete.yaml.")
        return LoadResult(name, None, (problem,), text)
    parse_text = text
    if is_json:
        problem = _check_json(text)
        if problem is not None:
            return LoadResult(name, None, (problem,), text)
        # libyaml rejects \uD83D\uDE00 (a valid JSON surrogate pair). Give the
        # parser the same text with each such escape as \uFFFD (same length, so
        # every offset stays right); the builder reads those strings with json.
        parse_text = _SURROGATE_ESCAPE.sub(r"\1\\uFFFD", text)
    try:
        builder = _Builder(text, name, limits, is_json, parse_text=parse_text, mapping_only=mapping_only)
        return builder.run()
    except _Stop as stop:
        return LoadResult(name, None, (stop.problem,), text)


_LONE_SURROGATE_CHAR = re.compile(r"[\ud800-\udfff]")
# A \uD800-\uDFFF escape that is not itself escaped (an even number of backslashes before it).
_SURROGATE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


# -- JSON strictness ----------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _cheap_number(text: str) -> int:
    # Only the syntax matters here; the builder reads the numbers. This also
    # avoids Python's limit on the digits of an int (a 100,000-digit number
    # is reported by the builder, with its place).
    return 0


_JSON_MESSAGES = (
    ("Expecting property name enclosed in double quotes", "a key in double quotes should come here"),
    ("Expecting value", "a value is missing here"),
    ("Expecting ',' delimiter", "a comma is missing here"),
    ("Expecting ':' delimiter", "a colon is missing after the key"),
    ("Unterminated string starting at", "this text in quotes has no closing quote"),
    ("Invalid control character at", "this text in quotes holds a control character, such as a tab or a line break"),
    ("Invalid \\escape", "a backslash here starts an escape that JSON does not know"),
    ("Invalid \\uXXXX escape", "a \\u escape here does not have 4 hex digits"),
    ("Extra data", "there is more text after the end of the JSON value"),
)


def _check_json(text: str) -> LoadProblem | None:
    """Return a problem if the text is not strict JSON (RFC 8259)."""
    try:
        json.loads(text, parse_constant=_reject_constant, parse_int=_cheap_number, parse_float=_cheap_number)
    except json.JSONDecodeError as exc:
        what, hint = _json_explain(text, exc)
        index = exc.pos
        if what.startswith("there is a comma after"):
            index = len(text[: exc.pos].rstrip()) - 1  # point at the comma itself
        return LoadProblem("syntax", f"This is not valid JSON: {what}.", index=index, hint=hint)
    except ValueError as exc:  # NaN, Infinity, -Infinity
        word = str(exc)
        where = _find_token(text, word)
        return LoadProblem(
            "syntax",
            f"This is not valid JSON: {word} is not allowed. JSON has no NaN or Infinity.",
            index=where,
            hint="Use a number, or put the word in double quotes to make it text.",
        )
    except RecursionError:
        return None  # the builder stops at the depth limit, and names the place
    return _json_surrogates(text)


def _find_token(text: str, word: str) -> int:
    """Offset of the first ``word`` outside a JSON string (0 if none)."""
    inside = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if inside:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                inside = False
        elif c == '"':
            inside = True
        elif text.startswith(word, i):
            return i
        i += 1
    return 0


def _json_explain(text: str, exc: json.JSONDecodeError) -> tuple[str, str | None]:
    msg = exc.msg
    what = msg[0].lower() + msg[1:]
    for prefix, plain in _JSON_MESSAGES:
        if msg.startswith(prefix):
            what = plain
            break
    hint = None
    before = text[: exc.pos].rstrip()
    if msg.startswith(("Expecting property name", "Expecting value")) and before.endswith(","):
        what = "there is a comma after the last item"
        hint = "Remove the comma after the last item. JSON does not allow it."
    elif msg.startswith("Expecting ',' delimiter"):
        hint = "Put a comma between two items, and check that each text has its closing double quote."
    elif msg.startswith("Expecting ':' delimiter"):
        hint = "Put a colon between each key and its value, such as \"questions\": \"Ask us.\"."
    elif msg.startswith("Expecting property name"):
        hint = "Put each key in double quotes, such as \"clinic\"."
    elif msg.startswith("Expecting value") and exc.pos < len(text) and text[exc.pos] == "'":
        hint = "JSON needs double quotes around text, not single quotes."
    elif msg.startswith("Invalid control character"):
        hint = "Write a tab as \\t and a line break as \\n inside text."
    elif msg.startswith("Unterminated string"):
        hint = "Add the closing double quote."
    elif msg.startswith("Extra data"):
        hint = "A JSON file holds one value. Remove the extra text, or wrap the values in one list or object."
    return what, hint


def _json_surrogates(text: str) -> LoadProblem | None:
    """Find a \\uD800-\\uDFFF escape that is not half of a valid pair."""
    if "\\u" not in text and "\\U" not in text:
        return None
    for m in _SURROGATE_ESCAPE.finditer(text):
        # Valid JSON has a backslash only inside strings, so this is an escape.
        start = m.start() + len(m.group(1))
        esc = text[start : start + 6]
        high = esc[2].lower() == "d" and esc[3].lower() in "89ab"
        if high:
            nxt = text[start + 6 : start + 12]
            if len(nxt) == 6 and nxt[:2] == "\\u" and nxt[2].lower() == "d" and nxt[3].lower() in "cdef":
                continue
        else:
            prev = text[start - 6 : start]
            if len(prev) == 6 and prev[:2] == "\\u" and prev[2].lower() == "d" and prev[3].lower() in "89ab" and _is_escape_start(text, start - 6):
                continue
        return LoadProblem(
            "encoding",
            f"The escape {esc} is half of a UTF-16 character pair, with no other half. It is not a character, so policy-lint cannot read it.",
            index=start,
            hint="Remove the escape, or write the whole character (both halves, or the character itself).",
        )
    return None


def _is_escape_start(text: str, index: int) -> bool:
    """True when the backslash at ``index`` starts an escape (is not itself escaped)."""
    n = 0
    i = index - 1
    while i >= 0 and text[i] == "\\":
        n += 1
        i -= 1
    return n % 2 == 0


# -- building values from events ----------------------------------------


class _Stop(Exception):
    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


_CORE_FIRST = frozenset("-+.0123456789~nNtTfF")
_INT10 = re.compile(r"[-+]?[0-9]+$")
_INT8 = re.compile(r"0o[0-7]+$")
_INT16 = re.compile(r"0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)$")
_NAN = re.compile(r"\.(nan|NaN|NAN)$")
_NULLS = frozenset(["", "~", "null", "Null", "NULL"])
_TRUE = frozenset(["true", "True", "TRUE"])
_FALSE = frozenset(["false", "False", "FALSE"])
_YAML_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = frozenset(_YAML_TAG + t for t in ("str", "timestamp", "binary"))
_MAP_TAGS = frozenset([_YAML_TAG + "map", _YAML_TAG + "omap", "!"])
_SEQ_TAGS = frozenset([_YAML_TAG + "seq", "!"])


class _NumberTooBig(ValueError):
    pass


def _resolve_plain(value: str) -> Any:
    """Resolve a plain scalar with the YAML 1.2 core schema."""
    if not value:
        return None
    if value[0] not in _CORE_FIRST:
        return value
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    try:
        if _INT10.match(value):
            return int(value)
        if _INT8.match(value):
            return int(value[2:], 8)
        if _INT16.match(value):
            return int(value[2:], 16)
    except ValueError:
        raise _NumberTooBig(value) from None
    if _FLOAT.match(value):
        number = float(value)
        return number
    if _INF.match(value):
        return -math.inf if value.startswith("-") else math.inf
    if _NAN.match(value):
        return math.nan
    return value


def _resolve_tagged(value: str, tag: str) -> Any:
    kind = tag[len(_YAML_TAG):]
    if kind == "null":
        return None
    if kind == "bool":
        return value in _TRUE if value in _TRUE | _FALSE else value
    if kind in ("int", "float"):
        resolved = _resolve_plain(value)
        if isinstance(resolved, (int, float)) and not isinstance(resolved, bool):
            return float(resolved) if kind == "float" else resolved
        return value
    return value


def _parser(text: str) -> Any:
    """Return an object with ``check_event``/``get_event``: C if we can."""
    try:
        from _ruamel_yaml import CParser  # libyaml through ruamel.yaml.clib
    except ImportError:  # pragma: no cover - exercised only without the C extension
        return _PureParser(text)
    return CParser(text)


class _PureParser:  # pragma: no cover - fallback when ruamel.yaml.clib is missing
    def __init__(self, text: str) -> None:
        from ruamel.yaml import YAML

        self._events = iter(YAML(typ="safe", pure=True).parse(text))
        self._next: Any = None

    def check_event(self) -> bool:
        if self._next is None:
            self._next = next(self._events, None)
        return self._next is not None

    def get_event(self) -> Any:
        self.check_event()
        event, self._next = self._next, None
        return event


class _Frame:
    """One open mapping or sequence while the builder walks the events."""

    __slots__ = (
        "container", "pointer", "is_map", "detached", "anchor", "start_count", "key", "key_start",
        "key_plain", "key_line_index", "merges", "expecting_key", "is_key",
    )

    def __init__(self, container: Any, pointer: str, is_map: bool, detached: bool, anchor: str | None, start_count: int, *, is_key: bool = False) -> None:
        self.container = container  # dict or list
        self.pointer = pointer
        self.is_map = is_map
        self.detached = detached
        self.anchor = anchor
        self.start_count = start_count
        self.key: Any = None  # pending key (maps only): a str, or _COMPLEX
        self.key_start: int | None = None
        self.key_plain = False  # the pending key was written plain (so << is a merge key)
        self.key_line_index: dict[str, int] = {}
        self.merges: list[tuple[Any, int, int, int]] = []  # (value, start, end, key_start)
        self.expecting_key = True
        self.is_key = is_key  # this collection is itself a key (a complex key)


class _ComplexKey:
    """The pending key of a mapping when the key was a list or a mapping."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "<complex key>"


_COMPLEX = _ComplexKey()


_EVENT_KIND = {
    "ScalarEvent": 1,
    "MappingStartEvent": 2,
    "SequenceStartEvent": 3,
    "MappingEndEvent": 4,
    "SequenceEndEvent": 5,
    "AliasEvent": 6,
    "DocumentStartEvent": 7,
    "DocumentEndEvent": 8,
    "StreamStartEvent": 9,
    "StreamEndEvent": 10,
}


class _Builder:
    """Turn parser events into plain values plus a pointer -> position index."""

    def __init__(self, text: str, name: str, limits: Limits, is_json: bool, *, parse_text: str | None = None, mapping_only: bool = True) -> None:
        self.text = text
        self.parse_text = text if parse_text is None else parse_text
        self.patched = self.parse_text is not text
        self.name = name
        self.limits = limits
        self.is_json = is_json
        self.mapping_only = mapping_only
        self.index: dict[str, NodeInfo] = {}
        self.problems: list[LoadProblem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.count = 0
        self.aliases = 0
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.root_start = 0
        self.have_root = False
        self.pure = False

    # Errors from the parser carry a mark; turn them into one clear problem.
    def _syntax(self, exc: Exception) -> LoadProblem:
        problem_mark = getattr(exc, "problem_mark", None)
        context_mark = getattr(exc, "context_mark", None)
        mark = problem_mark or context_mark
        problem = str(getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0])
        context = str(getattr(exc, "context", None) or "")
        index = getattr(mark, "index", None) if mark is not None else None
        kind = "JSON" if self.is_json else "YAML"
        if isinstance(getattr(exc, "character", None), int) and isinstance(getattr(exc, "position", None), int):
            # A reader error: a character YAML does not allow. libyaml gives
            # a byte offset in UTF-8; turn it into a character offset.
            code = exc.character  # type: ignore[attr-defined]
            index = len(self.parse_text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "ignore"))  # type: ignore[attr-defined]
            what = "a control character" if code < 0x20 or 0x7F <= code <= 0x9F else "a character"
            return LoadProblem(
                "syntax",
                f"This is not valid {kind}: the file holds {what} (U+{code:04X}) that YAML does not allow.",
                index=index,
                hint="Remove the character. Inside double quotes you may write it as an escape, such as \\x1b.",
            )
        plain = _plain_syntax(self.text, problem, context, index, getattr(context_mark, "index", None))
        if plain is not None:
            message, hint, index = plain
            return LoadProblem("syntax", f"This is not valid {kind}: {message}", index=index, hint=hint)
        text = problem.rstrip(".")
        if context and "while" in context:
            text = f"{text} ({context})"
        return LoadProblem("syntax", f"This is not valid {kind}: {_printable(text)}.", index=index)

    def run(self) -> LoadResult:
        parser = _parser(self.parse_text)
        self.pure = isinstance(parser, _PureParser)
        documents = 0
        kinds: dict[type, int] = {}
        try:
            while parser.check_event():
                event = parser.get_event()
                cls = type(event)
                kind = kinds.get(cls)
                if kind is None:
                    kind = kinds[cls] = _EVENT_KIND.get(cls.__name__, 0)
                if kind == 1:
                    self._scalar(event)
                elif kind == 2 or kind == 3:
                    self._start(event, is_map=kind == 2)
                elif kind == 4 or kind == 5:
                    self._end(event)
                elif kind == 6:
                    self._alias(event)
                elif kind == 7:
                    documents += 1
                    if documents > 1:
                        self.problems.append(
                            LoadProblem(
                                "multi-document",
                                "The file holds more than one YAML document (a line with --- starts each one). policy-lint reads only the first and ignores the rest.",
                                index=event.start_mark.index,
                                fatal=False,
                                hint="Keep one policy per file. Move the other documents to their own files.",
                            )
                        )
                        break
        except _Stop:
            raise
        except RecursionError:
            raise _Stop(self._too_deep(0)) from None
        except Exception as exc:  # the parser's own errors carry marks
            raise _Stop(self._syntax(exc)) from None
        if not self.have_root or self.root is None:
            raise _Stop(
                LoadProblem(
                    "empty",
                    "The file holds no policy: only comments, or an empty document.",
                    index=0,
                    hint="Write the policy, or start from examples/complete.yaml.",
                )
            )
        if self.mapping_only and not isinstance(self.root, dict):
            raise _Stop(_not_mapping(self.root, self.root_start))
        doc = Document(self.name, self.text, self.root, self.index, self.problems, self.is_json)
        return LoadResult(self.name, doc, tuple(self.problems), self.text)

    def _too_deep(self, index: int) -> LoadProblem:
        return LoadProblem(
            "too-deep",
            f"The values here are nested more than {self.limits.max_depth} levels deep. A policy is never that deep, so policy-lint stops reading the file.",
            index=index,
            hint="Check the brackets and the indentation. Each [ and { needs its closing ] or }.",
        )

    def _count(self, n: int, index: int) -> None:
        self.count += n
        if self.count > self.limits.max_nodes:
            if self.aliases:
                message = (
                    f"Through its aliases (*name), the file expands to more than {self.limits.max_nodes:,} values. "
                    "This looks like an alias bomb, so policy-lint stops reading it."
                )
                hint = "Write the values out, instead of using aliases that repeat other aliases."
            else:
                message = (
                    f"The file holds more than {self.limits.max_nodes:,} values. "
                    "A policy is much smaller, so policy-lint stops reading it."
                )
                hint = "Check that this is the right file."
            raise _Stop(LoadProblem("alias" if self.aliases else "too-many", message, index=index, hint=hint))

    def _check_tag(self, tag: str | None, allowed: frozenset[str], index: int) -> bool:
        if tag is None or tag in allowed:
            return True
        shown = tag.replace(_YAML_TAG, "!!")
        self.problems.append(
            LoadProblem(
                "tag",
                f"The tag {_printable(shown)} is not allowed. policy-lint reads the value as plain data and never runs code from a file.",
                index=index,
                fatal=False,
                hint="Remove the tag. A policy needs only plain text, numbers, lists and keys.",
            )
        )
        return False

    def _place(self, value: Any, info: NodeInfo | None, anchor_index: int) -> tuple[str, bool]:
        """Attach a value to the current parent. Return (pointer, detached)."""
        if not self.stack:
            if self.have_root:
                return "", True
            self.root = value
            self.root_start = anchor_index
            self.have_root = True
            if info is not None:
                self.index[""] = info
            return "", False
        frame = self.stack[-1]
        if frame.is_map:
            key = frame.key
            key_start = frame.key_start
            key_plain = frame.key_plain
            frame.key = None
            frame.key_plain = False
            frame.expecting_key = True
            if key is _COMPLEX or key is None:
                # The key was a list or a mapping (reported): drop its value.
                return join_pointer(frame.pointer, "?"), True
            if key == "<<" and key_plain and not self.is_json:
                end = info.end if info is not None else anchor_index
                frame.merges.append((value, anchor_index, end, key_start if key_start is not None else anchor_index))
                return join_pointer(frame.pointer, key), True
            pointer = join_pointer(frame.pointer, key)
            if key in frame.container:
                first = frame.key_line_index.get(key)
                first_line = self._line_of(first) if first is not None else None
                where = f" (first on line {first_line})" if first_line else ""
                self.problems.append(
                    LoadProblem(
                        "duplicate-key",
                        f"The key '{_printable(_shorten(key))}' appears twice in the same section{where}. policy-lint keeps the first one and ignores this one.",
                        index=key_start,
                        fatal=False,
                        hint="Remove one of them, or merge their text into one.",
                    )
                )
                return pointer, True
            frame.container[key] = value
            if key_start is not None:
                frame.key_line_index[key] = key_start
            if info is not None and not frame.detached:
                info.key_start = key_start
                self.index[pointer] = info
            return pointer, frame.detached
        position = len(frame.container)
        frame.container.append(value)
        pointer = join_pointer(frame.pointer, position)
        if info is not None and not frame.detached:
            self.index[pointer] = info
        return pointer, frame.detached

    def _line_of(self, index: int) -> int:
        return self.text.count("\n", 0, index) + 1

    def _set_key(self, frame: _Frame, key: Any, start: int, *, plain: bool) -> None:
        frame.key = key
        frame.key_start = start
        frame.key_plain = plain
        frame.expecting_key = False

    def _complex_key(self, index: int) -> None:
        self.problems.append(
            LoadProblem(
                "complex-key",
                "A key here is a list or a mapping. Keys must be plain text, so policy-lint skips this key and its value.",
                index=index,
                fatal=False,
                hint="Use a short word as the key, such as summary.",
            )
        )

    def _scalar(self, event: Any) -> None:
        start = event.start_mark.index
        self.count += 1
        if self.count > self.limits.max_nodes:
            self._count(0, start)
        style = event.style or ""
        value: Any = event.value
        tag = event.tag
        if self.patched and style == '"':
            raw = self.text[start : event.end_mark.index]
            if "\\u" in raw:
                # A JSON string with a surrogate pair: json reads it exactly.
                value = json.loads(raw)
        elif self.pure and style == '"' and _LONE_SURROGATE_CHAR.search(value):
            # The pure-Python parser accepts \ud83d escapes, which libyaml refuses.
            raise _Stop(
                LoadProblem(
                    "syntax",
                    "This is not valid YAML: a \\u escape here is not a character. YAML does not accept half of a UTF-16 pair, such as \\ud83d.",
                    index=start,
                    hint="Write the character itself, or use \\U with 8 hex digits, such as \\U0001F600.",
                )
            )
        if tag is not None and tag != "!":
            if tag.startswith(_YAML_TAG) and tag[len(_YAML_TAG):] in ("null", "bool", "int", "float"):
                value = _resolve_tagged(value, tag)
            else:
                self._check_tag(tag, _TEXT_TAGS, start)
        elif style == "" and tag is None:
            try:
                value = _resolve_plain(value)
            except _NumberTooBig:
                self.problems.append(
                    LoadProblem(
                        "number",
                        f"A number here has {len(event.value):,} digits, too many to read. policy-lint keeps it as text.",
                        index=start,
                        fatal=False,
                        hint="Write a shorter number, or put it in quotes to make it text.",
                    )
                )
        if isinstance(value, str) and len(value) > self.limits.max_string:
            self.problems.append(
                LoadProblem(
                    "too-long",
                    f"This text is {len(value):,} characters long, more than the limit of {self.limits.max_string:,} for one value. "
                    f"policy-lint checks only its first {self.limits.max_string:,} characters.",
                    index=start,
                    fatal=False,
                    hint="Split the text into shorter parts. A policy never needs this much text in one place.",
                )
            )
            value = value[: self.limits.max_string]
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.is_map and frame.expecting_key:
            key = value if isinstance(value, str) else event.value
            self._set_key(frame, key, start, plain=style == "" and tag is None)
            return
        info = NodeInfo(start, event.end_mark.index, None, style)
        self._place(value, info, start)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)

    def _start(self, event: Any, *, is_map: bool) -> None:
        start = event.start_mark.index
        self._count(1, start)
        if len(self.stack) >= self.limits.max_depth:
            raise _Stop(self._too_deep(start))
        self._check_tag(event.tag, _MAP_TAGS if is_map else _SEQ_TAGS, start)
        container: Any = {} if is_map else []
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.is_map and parent.expecting_key:
            # A list or a mapping used as a key: report it, build it apart, drop it.
            self._complex_key(start)
            frame = _Frame(container, join_pointer(parent.pointer, "?"), is_map, True, event.anchor, self.count, is_key=True)
            parent.key_start = start
            parent.expecting_key = False
            parent.key = _COMPLEX
        else:
            info = NodeInfo(start, start, None, None)
            pointer, detached = self._place(container, info, start)
            frame = _Frame(container, pointer, is_map, detached, event.anchor, self.count)
        if event.anchor:
            self.open_anchors.add(event.anchor)
        self.stack.append(frame)

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.is_map and frame.key is not None and not frame.expecting_key:
            # A key with no value (only possible after a complex key).
            frame.key = None
        info = self.index.get(frame.pointer)
        if info is not None and not frame.detached:
            info.end = event.end_mark.index
        if frame.is_map and frame.merges:
            self._merge(frame)
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, self.count - frame.start_count + 1)

    def _merge(self, frame: _Frame) -> None:
        """Apply ``<<`` merge keys: keys written in the mapping win."""
        for value, start, end, key_start in frame.merges:
            sources = value if isinstance(value, list) else [value]
            if not sources or not all(isinstance(s, dict) for s in sources):
                self.problems.append(
                    LoadProblem(
                        "merge",
                        "The merge key << needs a mapping, or a list of mappings, such as *defaults. This value is not one, so policy-lint ignores it.",
                        index=key_start,
                        fatal=False,
                        hint="Point << at a mapping with an alias, such as <<: *defaults, or remove it.",
                    )
                )
                continue
            for source in sources:
                for k, v in source.items():
                    if k in frame.container:
                        continue
                    frame.container[k] = v
                    self._count(1, start)
                    if not frame.detached:
                        # A finding in a merged value points at the << line.
                        self.index[join_pointer(frame.pointer, k)] = NodeInfo(start, end, key_start, "*")

    def _alias(self, event: Any) -> None:
        start = event.start_mark.index
        name = event.anchor
        self.aliases += 1
        if name in self.open_anchors:
            raise _Stop(
                LoadProblem(
                    "alias",
                    f"The alias *{_printable(name)} points into itself, so its value would never end. A policy cannot hold such a loop.",
                    index=start,
                    hint=f"Remove the alias *{_printable(name)}, or point it at a value outside &{_printable(name)}.",
                )
            )
        found = self.anchors.get(name)
        if found is None:
            raise _Stop(
                LoadProblem(
                    "syntax",
                    f"This is not valid YAML: the alias *{_printable(name)} has no anchor &{_printable(name)} before it.",
                    index=start,
                    hint=f"Add &{_printable(name)} to the value you want to repeat, above this line, or remove the alias.",
                )
            )
        value, size = found
        self._count(size, start)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.is_map and frame.expecting_key:
            if isinstance(value, (dict, list)):
                self._complex_key(start)
                self._set_key(frame, _COMPLEX, start, plain=False)
            else:
                self._set_key(frame, value if isinstance(value, str) else _scalar_text(value), start, plain=False)
            return
        info = NodeInfo(start, event.end_mark.index, None, "*")
        self._place(value, info, start)


def _scalar_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _not_mapping(root: Any, index: int) -> LoadProblem:
    if isinstance(root, list):
        what = "a list"
    elif isinstance(root, str):
        what = "only text"
    elif isinstance(root, bool):
        what = "only true or false"
    elif isinstance(root, (int, float)):
        what = "only a number"
    else:
        what = "a single value"
    return LoadProblem(
        "not-mapping",
        f"The file holds {what}, not a policy. A policy is a set of keys with values, such as schema_version: 1 and clinic:.",
        index=index,
        hint="Start from examples/complete.yaml. If this is a list of policies, put each policy in its own file.",
    )


def _plain_syntax(text: str, problem: str, context: str, index: int | None, context_index: int | None) -> tuple[str, str | None, int | None] | None:
    """A plain message, hint and place for common parser errors (None if not known)."""
    at = text[index] if index is not None and 0 <= index < len(text) else ""
    line_of = (lambda i: text.count("\n", 0, i) + 1)
    if at == "\t" or "tab character" in problem or "'\\t'" in problem:
        return "a tab is used here. YAML needs spaces to indent, never tabs.", "Replace the tabs with spaces. Most editors can do this for you.", index
    if problem.startswith("found character that cannot start any token") and at == "`":
        return "text cannot start with a backtick (`).", "Put the text in quotes.", index
    if problem.startswith("found character that cannot start any token") and at in "@":
        return f"text cannot start with {at}.", "Put the text in quotes.", index
    if "invalid Unicode character escape code" in problem or "invalid Unicode character" in problem:
        return (
            "a \\u escape here is not a character. YAML does not accept half of a UTF-16 pair, such as \\ud83d.",
            "Write the character itself, or use \\U with 8 hex digits, such as \\U0001F600.",
            index,
        )
    if "quoted scalar" in context:
        if problem.startswith("found unexpected end of stream") or problem.startswith("found unexpected document"):
            start = context_index if context_index is not None else index
            return "text in quotes here has no closing quote.", "Add the closing quote at the end of the text.", start
        if problem.startswith("found unknown escape character"):
            return "a backslash in double quotes starts an escape that YAML does not know.", "Write \\\\ for a backslash, or use single quotes.", index
    if "while parsing a flow sequence" in context and "did not find expected ',' or ']'" in problem:
        where = f" on line {line_of(context_index)}" if context_index is not None else ""
        return f"the list that starts with [{where} is not closed with ], or a comma is missing.", "Add the missing ] or comma.", index
    if "while parsing a flow mapping" in context and "did not find expected ',' or '}'" in problem:
        where = f" on line {line_of(context_index)}" if context_index is not None else ""
        return f"the mapping that starts with {{{where} is not closed with }}, or a comma is missing.", "Add the missing } or comma.", index
    if problem.startswith("mapping values are not allowed"):
        return (
            "a colon and a space (: ) here looks like a new key, in a place where YAML does not expect one.",
            "Put text that holds a colon in quotes, or check the indentation.",
            index,
        )
    if problem.startswith("could not find expected ':'"):
        return "a key here has no colon after it.", "Check the indentation, and that each key ends with a colon.", index
    if problem.startswith("did not find expected key"):
        return "the indentation here does not match the lines above.", "Line up each key with the other keys of its section.", index
    if problem.startswith("did not find expected '-' indicator"):
        return "a list item here does not line up with the items above.", "Start each item of the list with - at the same column.", index
    if problem.startswith("did not find expected node content"):
        return "a value is missing here.", "Write the value, or remove the line.", index
    if problem.startswith("found undefined tag handle"):
        return "this tag uses a short name (!name!) that is not defined.", "Remove the tag.", index
    if problem.startswith("found character that cannot start any token"):
        return f"the character '{_printable(at)}' cannot start a value here." if at else "a character here cannot start a value.", "Put the text in quotes.", index
    return None


# Every one of these is "not printable" to ``str.isprintable``: a printable
# text needs no search, and the pattern compiles only for one that is not.
_UNSAFE_SHOWN = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def _printable(text: str) -> str:
    """Make text safe to show on a terminal, on one line.

    Control characters (ANSI escapes too), line breaks, bidirectional
    overrides and lone surrogates become visible escapes such as ``\\x1b``.
    """
    if text.isprintable():
        return text
    return re.sub(_UNSAFE_SHOWN, _escape_char, text)


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# -- exact positions inside a scalar -------------------------------------

_ESCAPE_LEN = {"x": 2, "u": 4, "U": 8}
_PAIR_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")


# For each style, exactly the characters the walk below treats one by one:
# line breaks, and the escape and closing quote of quoted styles. Everything
# else (spaces too) goes in runs that are compared at once. (Not \s: Python's
# \s also matches U+2000 and other spaces that YAML keeps as text.)
_SPECIAL: dict[str | None, tuple[str, re.Pattern[str]]] = {
    '"': ('\\"\r\n', re.compile(r'[\\"\r\n]')),
    "'": ("'\r\n", re.compile(r"['\r\n]")),
}
_SPECIAL_PLAIN = ("\r\n", re.compile(r"[\r\n]"))


class _CharMap:
    """Runs where a parsed string and its raw text match one to one."""

    __slots__ = ("value_starts", "raw_starts", "mapped")

    def __init__(self, value_starts: list[int], raw_starts: list[int], mapped: int) -> None:
        self.value_starts = value_starts
        self.raw_starts = raw_starts
        self.mapped = mapped  # characters of the value that have a place

    def raw_index(self, i: int) -> int | None:
        if i < 0 or i >= self.mapped or not self.value_starts:
            return None
        k = bisect.bisect_right(self.value_starts, i) - 1
        return self.raw_starts[k] + (i - self.value_starts[k])


def _char_map(text: str, info: NodeInfo, value: str) -> _CharMap | None:
    """Map each character of a parsed string to its offset in the file.

    Walk the parsed value and the raw text of the scalar side by side, a run
    of ordinary characters at a time. A character that is the same in both
    maps one to one. Whitespace in the value (a folded line break, a joined
    line) matches a run of whitespace and indentation in the raw text.
    Escapes (``\\n``, ``\\u00e9``, ``''``) map to where they start. Anything
    else in the raw text (quotes, block headers, indentation) is skipped.
    The map is built once per string and then answers each lookup by bisection.
    """
    if info.style == "*":
        return None
    raw = text[info.start : info.end]
    j = 0
    style = info.style
    if style in ("|", ">"):
        newline = raw.find("\n")
        if newline < 0:
            return None
        j = newline + 1
    elif style in ('"', "'"):
        j = 1
    vs: list[int] = []
    rs: list[int] = []
    i = 0
    n = len(raw)
    m = len(value)
    # Every step moves j forward. The fast path (a whole run of ordinary
    # characters at once) copies the run; its total cost is capped, so a
    # hostile scalar where the runs keep failing to match stays linear.
    budget = 4 * (n + m) + 64
    special, special_rx = _SPECIAL.get(style, _SPECIAL_PLAIN)
    search = special_rx.search
    while i < m and j < n:
        r = raw[j]
        if budget > 0 and r not in special and value[i] == r:
            # A run: from here to the next special character. Where the value
            # differs part way (a trailing space dropped at a line end, a
            # closing quote), map the longest part that is the same.
            found = search(raw, j)
            k = found.start() if found else n
            budget -= k - j
            if not value.startswith(raw[j:k], i):
                lo, hi = 1, k - j - 1  # raw[j] matched, raw[j:k] did not
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if value.startswith(raw[j : j + mid], i):
                        lo = mid
                    else:
                        hi = mid - 1
                k = j + lo
            vs.append(i)
            rs.append(j)
            i += k - j
            j = k
            continue
        c = value[i]
        if style == '"' and r == "\\":
            nxt = raw[j + 1] if j + 1 < n else ""
            if nxt in "\r\n":
                # an escaped line break: no character in the value
                j += 2
                while j < n and raw[j] in " \t\r\n":
                    j += 1
                continue
            vs.append(i)
            rs.append(j)
            step = 2 + _ESCAPE_LEN.get(nxt, 0)
            if nxt == "u" and _PAIR_ESCAPE.match(raw, j):
                step = 12  # a JSON surrogate pair: two escapes, one character
            j += step
            i += 1
            continue
        if style == "'" and r == "'" and j + 1 < n and raw[j + 1] == "'":
            vs.append(i)
            rs.append(j)
            j += 2
            i += 1
            continue
        if c == r:
            vs.append(i)
            rs.append(j)
            i += 1
            j += 1
            continue
        if c in " \n" and r in " \t\r\n":
            vs.append(i)
            rs.append(j)
            i += 1
            j += 1
            if i < m and value[i] not in " \n\t":
                while j < n and raw[j] in " \t\r\n":
                    j += 1
            continue
        j += 1
    return _CharMap(vs, rs, i)


def _align(text: str, info: NodeInfo, value: str, span: tuple[int, int], cmap: _CharMap | None = None) -> tuple[int, int] | None:
    """Map character offsets inside a parsed string to offsets in the file."""
    if cmap is None:
        cmap = _char_map(text, info, value)
    if cmap is None:
        return None
    start, end = span
    start = max(0, min(start, len(value)))
    end = max(start, min(end, len(value)))
    first = cmap.raw_index(start)
    if first is None:
        return None
    last = cmap.raw_index(max(start, end - 1))
    if last is None:
        last = first
    return info.start + first, info.start + last + 1


# -- trusted data files ---------------------------------------------------


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
