"""Loading: a file's bytes to plain data, and where every value came from.

This package is the only one that knows about lines and columns.

* ``document``: ``Document`` (data, text, the pointer index; pointers and
  spans to lines and columns), ``LoadResult``, ``LoadProblem``, ``Limits``.
* ``reading``: files and bytes, encodings, then the text to the parser
  (``load_path``, ``load_bytes``, ``load_text``, ``load_trusted``).
* ``strict_json``: what JSON forbids and the YAML parser would accept.
* ``yaml_builder``: the parser's events to plain values and the index.
* ``charmap``: where each character of a parsed string sits in the file.
"""

from __future__ import annotations

from policy_lint.loading.document import (
    DEFAULT_LIMITS,
    Document,
    Limits,
    LoadProblem,
    LoadResult,
    NodeInfo,
    escape_pointer,
    join_pointer,
)
from policy_lint.loading.reading import load_bytes, load_path, load_text, load_trusted

__all__ = [
    "DEFAULT_LIMITS",
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
