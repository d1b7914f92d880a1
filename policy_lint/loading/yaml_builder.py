"""Build plain values from the YAML parser's events, with a pointer index.

The text goes through ruamel.yaml's parser (its C extension when it is
installed), which yields *events* that carry their start and end in the text.
We build the Python values from the events ourselves, in one loop without
recursion. That lets us:

* keep YAML 1.2 core-schema types and keep dates as text (JSON Schema
  ``format: date`` expects text);
* never construct objects from tags (``!!python/object`` is reported, never run);
* report duplicate keys with both lines, and keep going;
* count values as aliases expand, so an alias bomb stops early;
* stop at a depth limit instead of hitting Python's recursion limit;
* record a JSON Pointer -> position index, used to place every finding.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from policy_lint.loading.document import Document, Limits, LoadProblem, LoadResult, NodeInfo, join_pointer

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Stop(Exception):
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


class Builder:
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
        except Stop:
            raise
        except RecursionError:
            raise Stop(self._too_deep(0)) from None
        except MemoryError:
            raise  # not a syntax error: the engine reports the file (PAR005)
        except Exception as exc:  # the parser's own errors carry marks
            raise Stop(self._syntax(exc)) from None
        if not self.have_root or self.root is None:
            raise Stop(
                LoadProblem(
                    "empty",
                    "The file holds no policy: only comments, or an empty document.",
                    index=0,
                    hint=POLICY_NEEDS,
                )
            )
        if self.mapping_only and not isinstance(self.root, dict):
            raise Stop(_not_mapping(self.root, self.root_start))
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
            raise Stop(LoadProblem("alias" if self.aliases else "too-many", message, index=index, hint=hint))

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
        elif self.pure and style == '"' and LONE_SURROGATE.search(value):
            # The pure-Python parser accepts \ud83d escapes, which libyaml refuses.
            raise Stop(
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
            raise Stop(self._too_deep(start))
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
            raise Stop(
                LoadProblem(
                    "alias",
                    f"The alias *{_printable(name)} points into itself, so its value would never end. A policy cannot hold such a loop.",
                    index=start,
                    hint=f"Remove the alias *{_printable(name)}, or point it at a value outside &{_printable(name)}.",
                )
            )
        found = self.anchors.get(name)
        if found is None:
            raise Stop(
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
        hint="If this is a list of policies, put each policy in its own file. " + POLICY_NEEDS,
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


#: The hint of an empty file (PAR006): the fields to write, true for a pip user who has no examples/ folder.
POLICY_NEEDS = "A policy needs `schema_version: 1` and a `clinic:` section with the clinic's name. Then list the limits of confidentiality under `limits:`, and say when you tell clients under `notification:`."


def _printable(text: str) -> str:
    """Make text safe to show on a terminal, on one line (see ``policy_lint.textsafe``)."""
    from policy_lint.textsafe import escape

    return escape(text)
