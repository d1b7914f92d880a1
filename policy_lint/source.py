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
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

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


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards against hostile or broken input."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 200_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """Something wrong with the file itself, found while reading it.

    ``code`` is one of: unreadable, too-large, encoding, binary, syntax,
    empty, multi-document, duplicate-key, tag, complex-key, alias,
    too-deep, number. ``fatal`` problems mean no policy could be read.
    """

    code: str
    message: str
    index: int | None = None  # character offset in the text, if known
    fatal: bool = True
    hint: str | None = None
    position: Position | None = None  # set when there is no text to map from


@dataclass(slots=True)
class NodeInfo:
    """Where a value sits in the text (character offsets)."""

    start: int
    end: int
    key_start: int | None = None
    style: str | None = None  # None for collections; '', '"', "'", '|', '>' for scalars


def escape_pointer(token: str) -> str:
    """Escape one JSON Pointer token (RFC 6901)."""
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


def join_pointer(parent: str, token: str | int) -> str:
    """Append a token to a JSON Pointer."""
    return f"{parent}/{escape_pointer(str(token))}"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class Document:
    """A parsed policy: its data, its text and where each value is."""

    path: str
    text: str
    data: Any
    index: dict[str, NodeInfo]
    problems: list[LoadProblem] = field(default_factory=list)
    is_json: bool = False
    cache: dict[str, Any] = field(default_factory=dict)
    _line_starts: list[int] | None = None

    # -- positions -----------------------------------------------------

    def line_starts(self) -> list[int]:
        """Offsets where each line starts (computed once)."""
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
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
        value = self.get(pointer) if exact and span is not None else None
        if isinstance(value, str) and span is not None and info.style is not None:
            mapped = _align(self.text, info, value, span)
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


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Either a document, or the problem that stopped reading (or both)."""

    path: str
    document: Document | None
    problems: tuple[LoadProblem, ...]
    text: str | None = None


# -- reading bytes ------------------------------------------------------


def load_path(path: Path | str, *, limits: Limits = DEFAULT_LIMITS, display: str | None = None) -> LoadResult:
    """Read and parse one policy file. Never raises for a bad file."""
    name = display if display is not None else str(path)
    p = Path(path)
    try:
        if not p.exists() and not p.is_symlink():
            return _fail(name, "unreadable", "The file does not exist.", hint="Check the path.")
        if p.is_dir():
            return _fail(name, "unreadable", "This is a folder, not a file.")
        if not p.is_file():
            return _fail(name, "unreadable", "This is not a regular file (it may be a pipe or a device), so policy-lint skips it.")
        size = p.stat().st_size
        if size > limits.max_bytes:
            return _fail(name, "too-large", _too_large(size, limits), hint="Split the file, or raise the limit with --max-file-size.")
        with p.open("rb") as fh:
            raw = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return _fail(name, "unreadable", f"policy-lint cannot read this file: {reason}.")
    return load_bytes(raw, name, limits=limits, is_json=p.suffix.lower() == ".json")


def _too_large(size: int, limits: Limits) -> str:
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


def _fail(name: str, code: str, message: str, *, hint: str | None = None, index: int | None = None, position: Position | None = None, text: str | None = None) -> LoadResult:
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


def load_bytes(raw: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False) -> LoadResult:
    """Decode bytes and parse them as a policy."""
    if len(raw) > limits.max_bytes:
        return _fail(name, "too-large", _too_large(len(raw), limits), hint="Split the file, or raise the limit with --max-file-size.")
    codec, skip = _detect_encoding(raw)
    try:
        text = raw[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        line = raw[:offset].count(b"\n") + 1
        col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
        if codec == "utf-8" and b"\x00" in raw[:8192]:
            return _fail(name, "binary", "This file holds binary data, not text. It is not a policy.", position=Position(line, col))
        label = codec.upper()
        return _fail(
            name,
            "encoding",
            f"The file is not valid {label} text: byte {offset} (line {line}) cannot be read.",
            hint="Save the file as UTF-8 text.",
            position=Position(line, col),
        )
    return load_text(text, name, limits=limits, is_json=is_json)


_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def load_text(text: str, name: str = "<text>", *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False) -> LoadResult:
    """Parse policy text (YAML 1.2, or JSON) into a ``Document``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        problem = LoadProblem("binary", "This file holds binary data (a NUL byte), not text. It is not a policy.", index=nul)
        return LoadResult(name, None, (problem,), text)
    if not text.strip():
        problem = LoadProblem("empty", "The file is empty. It holds no policy.", index=0, hint="Start from examples/complete.yaml.")
        return LoadResult(name, None, (problem,), text)
    if is_json:
        problem = _check_json(text)
        if problem is not None:
            return LoadResult(name, None, (problem,), text)
    try:
        builder = _Builder(text, name, limits, is_json)
        return builder.run()
    except _Stop as stop:
        return LoadResult(name, None, (stop.problem,), text)


# -- JSON strictness ----------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _check_json(text: str) -> LoadProblem | None:
    """Return a problem if the text is not strict JSON (RFC 8259)."""
    try:
        json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return LoadProblem("syntax", f"This is not valid JSON: {exc.msg.lower()}.", index=exc.pos, hint=_json_hint(exc.msg))
    except ValueError as exc:
        where = text.find(str(exc).split()[0])
        return LoadProblem("syntax", f"This is not valid JSON: {exc}. Use a number or a string.", index=max(where, 0))
    except RecursionError:
        return LoadProblem("too-deep", "The JSON is nested too deeply to be a policy.", index=0)
    return None


def _json_hint(msg: str) -> str | None:
    if "double quotes" in msg:
        return "JSON needs double quotes around keys and text, and no comma after the last item."
    return None


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


@dataclass(slots=True)
class _Frame:
    container: Any  # dict or list
    pointer: str
    is_map: bool
    detached: bool
    anchor: str | None
    start_count: int
    key: str | None = None  # pending key (maps only)
    key_start: int | None = None
    key_line_index: dict[str, int] = field(default_factory=dict)
    merges: list[Any] = field(default_factory=list)
    expecting_key: bool = True


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

    def __init__(self, text: str, name: str, limits: Limits, is_json: bool) -> None:
        self.text = text
        self.name = name
        self.limits = limits
        self.is_json = is_json
        self.index: dict[str, NodeInfo] = {}
        self.problems: list[LoadProblem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.count = 0
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.have_root = False

    # Errors from the parser carry a mark; turn them into one clear problem.
    def _syntax(self, exc: Exception) -> LoadProblem:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        index = getattr(mark, "index", None) if mark is not None else None
        text = str(problem).rstrip(".")
        if context and "while" in str(context):
            text = f"{text} ({context})"
        hint = None
        if "\\t" in text or "'\\t'" in text or "tab" in text.lower():
            hint = "Use spaces, not tabs, to indent YAML."
        elif "mapping values are not allowed" in text:
            hint = "Put text that holds a colon and a space in quotes, or check the indentation."
        elif "could not find expected ':'" in text:
            hint = "Check the indentation and that each key ends with a colon."
        kind = "JSON" if self.is_json else "YAML"
        return LoadProblem("syntax", f"This is not valid {kind}: {_printable(text)}.", index=index, hint=hint)

    def run(self) -> LoadResult:
        parser = _parser(self.text)
        documents = 0
        try:
            while parser.check_event():
                event = parser.get_event()
                kind = _EVENT_KIND.get(type(event).__name__, 0)
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
                                "The file holds more than one YAML document. policy-lint reads only the first.",
                                index=event.start_mark.index,
                                fatal=False,
                                hint="Keep one policy per file.",
                            )
                        )
                        break
        except _Stop:
            raise
        except Exception as exc:  # the parser's own errors carry marks
            if self.have_root and self.root is not None and exc.__class__.__name__ == "ComposerError":
                raise _Stop(self._syntax(exc)) from None
            raise _Stop(self._syntax(exc)) from None
        if not self.have_root or self.root is None:
            raise _Stop(LoadProblem("empty", "The file holds no policy: only comments or an empty document.", index=0, hint="Start from examples/complete.yaml."))
        doc = Document(self.name, self.text, self.root, self.index, self.problems, self.is_json)
        return LoadResult(self.name, doc, tuple(self.problems), self.text)

    def _count(self, n: int, index: int) -> None:
        self.count += n
        if self.count > self.limits.max_nodes:
            raise _Stop(
                LoadProblem(
                    "alias",
                    f"The file expands to more than {self.limits.max_nodes:,} values, through aliases. "
                    "This looks like an alias bomb, so policy-lint stops reading it.",
                    index=index,
                    hint="Write the values out instead of using many nested aliases (*name).",
                )
            )

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
                hint="Remove the tag.",
            )
        )
        return False

    def _place(self, value: Any, info: NodeInfo | None, anchor_index: int) -> tuple[str, bool]:
        """Attach a value to the current parent. Return (pointer, detached)."""
        if not self.stack:
            if self.have_root:
                return "", True
            self.root = value
            self.have_root = True
            if info is not None:
                self.index[""] = info
            return "", False
        frame = self.stack[-1]
        if frame.is_map:
            key = frame.key
            assert key is not None
            key_start = frame.key_start
            frame.key = None
            frame.expecting_key = True
            if key == "<<" and not self.is_json:
                frame.merges.append(value)
                return join_pointer(frame.pointer, key), True
            pointer = join_pointer(frame.pointer, key)
            if key in frame.container:
                first = frame.key_line_index.get(key)
                first_line = self._line_of(first) if first is not None else None
                where = f" (first on line {first_line})" if first_line else ""
                self.problems.append(
                    LoadProblem(
                        "duplicate-key",
                        f"The key {_printable(key)!r} appears twice in the same section{where}. policy-lint keeps the first one.",
                        index=key_start,
                        fatal=False,
                        hint="Remove one of them, or merge their text.",
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

    def _scalar(self, event: Any) -> None:
        start = event.start_mark.index
        self._count(1, start)
        style = event.style or ""
        value: Any = event.value
        tag = event.tag
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
                    )
                )
        if self.stack and self.stack[-1].is_map and self.stack[-1].expecting_key:
            frame = self.stack[-1]
            frame.key = value if isinstance(value, str) else event.value
            frame.key_start = start
            frame.expecting_key = False
            return
        info = NodeInfo(start, event.end_mark.index, None, style)
        self._place(value, info, start)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)

    def _start(self, event: Any, *, is_map: bool) -> None:
        start = event.start_mark.index
        self._count(1, start)
        if len(self.stack) >= self.limits.max_depth:
            raise _Stop(
                LoadProblem(
                    "too-deep",
                    f"The values are nested more than {self.limits.max_depth} levels deep. A policy is never that deep, so policy-lint stops reading.",
                    index=start,
                )
            )
        if self.stack and self.stack[-1].is_map and self.stack[-1].expecting_key:
            raise _Stop(
                LoadProblem(
                    "complex-key",
                    "A key here is a list or a mapping. Keys must be plain text.",
                    index=start,
                    hint="Use a short word as the key.",
                )
            )
        self._check_tag(event.tag, _MAP_TAGS if is_map else _SEQ_TAGS, start)
        container: Any = {} if is_map else []
        info = NodeInfo(start, start, None, None)
        pointer, detached = self._place(container, info, start)
        if event.anchor:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(container, pointer, is_map, detached, event.anchor, self.count))

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        info = self.index.get(frame.pointer)
        if info is not None and not frame.detached:
            info.end = event.end_mark.index
        if frame.is_map and frame.merges:
            self._merge(frame)
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, self.count - frame.start_count + 1)

    def _merge(self, frame: _Frame) -> None:
        sources: list[Any] = []
        for value in frame.merges:
            if isinstance(value, list):
                sources.extend(value)
            else:
                sources.append(value)
        for source in sources:
            if isinstance(source, dict):
                for k, v in source.items():
                    frame.container.setdefault(k, v)

    def _alias(self, event: Any) -> None:
        start = event.start_mark.index
        name = event.anchor
        if name in self.open_anchors:
            raise _Stop(
                LoadProblem(
                    "alias",
                    f"The alias *{_printable(name)} points into itself. A policy cannot hold a loop.",
                    index=start,
                    hint="Remove the alias.",
                )
            )
        found = self.anchors.get(name)
        if found is None:
            raise _Stop(LoadProblem("syntax", f"This is not valid YAML: the alias *{_printable(name)} has no anchor &{_printable(name)} before it.", index=start))
        value, size = found
        self._count(size, start)
        info = NodeInfo(start, event.end_mark.index, None, "*")
        if self.stack and self.stack[-1].is_map and self.stack[-1].expecting_key:
            frame = self.stack[-1]
            frame.key = value if isinstance(value, str) else str(value)
            frame.key_start = start
            frame.expecting_key = False
            return
        self._place(value, info, start)


def _printable(text: str) -> str:
    """Make text safe to show on a terminal: escape control characters."""
    if _BAD_CONTROL.search(text) or "\x1b" in text:
        return _BAD_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text


# -- exact positions inside a scalar -------------------------------------

_ESCAPE_LEN = {"x": 2, "u": 4, "U": 8}


def _align(text: str, info: NodeInfo, value: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Map character offsets inside a parsed string to offsets in the file.

    Walk the parsed value and the raw text of the scalar side by side. A
    character that is the same in both maps one to one. Whitespace in the
    value (a folded line break, a joined line) matches a run of whitespace
    and indentation in the raw text. Escapes (``\\n``, ``\\u00e9``, ``''``)
    map to where they start. Anything else in the raw text (quotes, block
    headers, indentation) is skipped.
    """
    if info.style == "*":
        return None
    raw_start, raw_end = info.start, info.end
    raw = text[raw_start:raw_end]
    j = 0
    style = info.style
    if style in ("|", ">"):
        newline = raw.find("\n")
        if newline < 0:
            return None
        j = newline + 1
    elif style in ('"', "'"):
        j = 1
    start, end = span
    start = max(0, min(start, len(value)))
    end = max(start, min(end, len(value)))
    wanted = {start, max(start, end - 1)}
    found: dict[int, int] = {}
    i = 0
    n = len(raw)
    while i < len(value) and j < n:
        c = value[i]
        r = raw[j]
        if style == '"' and r == "\\":
            nxt = raw[j + 1] if j + 1 < n else ""
            if nxt in "\r\n":
                # an escaped line break: no character in the value
                j += 2
                while j < n and raw[j] in " \t\r\n":
                    j += 1
                continue
            if i in wanted:
                found[i] = j
            j += 2 + _ESCAPE_LEN.get(nxt, 0)
            i += 1
            continue
        if style == "'" and r == "'" and j + 1 < n and raw[j + 1] == "'":
            if i in wanted:
                found[i] = j
            j += 2
            i += 1
            continue
        if c == r:
            if i in wanted:
                found[i] = j
            i += 1
            j += 1
            continue
        if c in " \n" and r in " \t\r\n":
            if i in wanted:
                found[i] = j
            i += 1
            j += 1
            if i < len(value) and value[i] not in " \n\t":
                while j < n and raw[j] in " \t\r\n":
                    j += 1
            continue
        j += 1
    if start not in found:
        return None
    last = found.get(max(start, end - 1), found[start])
    return raw_start + found[start], raw_start + last + 1


# -- trusted data files ---------------------------------------------------


def load_trusted(path: Path) -> Any:
    """Load one of our own data files; raise if it is broken (a bug, not user input)."""
    raw = path.read_bytes()
    if path.suffix == ".json":
        return json.loads(raw)
    result = load_bytes(raw, str(path), limits=Limits(max_bytes=64 * 1024 * 1024, max_nodes=10_000_000))
    fatal = [p for p in result.problems if p.fatal or p.code == "duplicate-key"]
    if result.document is None or fatal:
        raise ValueError(f"{path}: {result.problems[0].message if result.problems else 'empty'}")
    return result.document.data
