"""Read a policy: bytes from a file, the encoding, then the text to the parser.

Never raises for a bad file: every problem becomes a ``LoadProblem`` of the
``LoadResult``. The bytes are decoded as the YAML spec says (BOM, or the
pattern of NUL bytes, else UTF-8).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from policy_lint.findings import Position
from policy_lint.loading.document import DEFAULT_LIMITS, Limits, LoadProblem, LoadResult
from policy_lint.loading.raw import _TOO_LARGE_HINT, _read_regular, _too_large, _fail, _detect_encoding, _BINARY_HINT, _decode_problem
from policy_lint.loading.strict_json import SURROGATE_ESCAPE, check_json
from policy_lint.loading.yaml_builder import LONE_SURROGATE, POLICY_NEEDS, Builder, Stop


def load_data_path(
    path: Path | str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    display: str | None = None,
    mapping_only: bool = True,
) -> LoadResult:
    """Read and parse one YAML or JSON file. Never raises for a bad file.

    Only regular files are read. The file is opened without blocking (a named
    pipe or a device never stalls the run) and checked again after it is
    open, so a file swapped for a pipe between the two steps is caught too.
    At most ``limits.max_bytes + 1`` bytes are read.
    """
    name = display if display is not None else str(path)
    p = Path(path)
    raw = _read_regular(p, name, limits)
    if isinstance(raw, LoadResult):
        return raw
    return load_data_bytes(raw, name, limits=limits, is_json=p.suffix.lower() == ".json", mapping_only=mapping_only)


def load_data_bytes(raw: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False, mapping_only: bool = True) -> LoadResult:
    """Decode bytes as the YAML spec says (BOM, pattern of NUL bytes, else UTF-8) and parse them as YAML or JSON."""
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
    result = load_data_bytes(raw, str(path), limits=Limits(max_bytes=64 * 1024 * 1024, max_nodes=10_000_000, max_string=64 * 1024 * 1024), mapping_only=False)
    fatal = [p for p in result.problems if p.fatal or p.code == "duplicate-key"]
    if result.document is None or fatal:
        raise ValueError(f"{path}: {result.problems[0].message if result.problems else 'empty'}")
    return result.document.data
