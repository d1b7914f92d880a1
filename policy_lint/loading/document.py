"""The parsed policy: its data, its text, and where every value is.

A ``Document`` maps a JSON Pointer (and a span inside a string) to a line and
column. This package is the only place that knows about lines and columns.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Any, Iterable, Iterator

from policy_lint.values import Frozen, Record, _set
from policy_lint.findings import Position
from policy_lint.loading.charmap import align, char_map


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
    merge, alias, too-deep, too-many, too-long, number, and out-of-memory
    (made by the engine). Each code belongs to one
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


class NodeInfo(Record):
    """Where a value sits in the text (character offsets).

    A ``Record`` that sets plain attributes: one is made for every value of
    every file, so it skips the ``_set`` calls of a ``Frozen``.
    """

    __slots__ = ("start", "end", "key_start", "style")

    def __init__(self, start: int, end: int, key_start: int | None = None, style: str | None = None) -> None:
        self.start = start
        self.end = end
        self.key_start = key_start
        #: None for collections; '', '"', "'", '|', '>' for scalars; '*' for aliases.
        self.style = style


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
                entry = self.cache[key] = (value, char_map(self.text, info, value)) if isinstance(value, str) else (None, None)
            if entry[0] is not None:
                mapped = align(self.text, info, entry[0], span, entry[1])
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
        compiled = [pointer_pattern(p) for p in patterns]
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


def pointer_pattern(pattern: str) -> re.Pattern[str]:
    rx = _PATTERN_CACHE.get(pattern)
    if rx is None:
        parts = [re.escape(p) if p != "*" else "[^/]*" for p in pattern.split("/")]
        rx = re.compile("/".join(parts) + r"(/\d+)?$")
        _PATTERN_CACHE[pattern] = rx
    return rx


class LoadResult(Frozen, hashable=False):
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
