"""The loader keeps the line and column of every key and value, in every style."""

from __future__ import annotations

import pytest

from policy_lint.findings import Position
from policy_lint.source import Document, load_text

YAML_TEXT = """\
schema_version: 1
clinic:
  name: "Riverside \\u00e9 Counseling"
  flow: {a: 1, b: [x, y]}
limits:
  - category: harm_to_self
    folded: >
      If you tell us you plan to end your life soon,
      we may call emergency services.
    literal: |
      line one
      line two here
    plain: this is a plain
      scalar over lines
    single: 'it''s fine here'
    double: "one \\"two\\" three
      four"
"""


def _doc(text: str, *, is_json: bool = False) -> Document:
    result = load_text(text, "t.json" if is_json else "t.yaml", is_json=is_json)
    assert result.document is not None, result.problems
    return result.document


def _word_at(doc: Document, pointer: str, word: str) -> tuple[Position, str]:
    """Locate ``word`` inside the string at ``pointer``; return its position and the text there."""
    value = doc.get(pointer)
    start = value.index(word)
    pos, end = doc.locate(pointer, span=(start, start + len(word)))
    assert pos is not None and end is not None
    line = doc.text.splitlines()[pos.line - 1]
    assert end.line == pos.line
    return pos, line[pos.column - 1 : end.column - 1]


@pytest.mark.parametrize(
    ("pointer", "word", "line", "column"),
    [
        ("/limits/0/folded", "emergency", 9, 19),
        ("/limits/0/folded", "If", 8, 7),
        ("/limits/0/literal", "two", 12, 12),
        ("/limits/0/plain", "scalar", 14, 7),
        ("/limits/0/single", "fine", 15, 20),
        ("/limits/0/double", "three", 16, 26),
        ("/limits/0/double", "four", 17, 7),
        ("/clinic/name", "Counseling", 3, 27),
    ],
)
def test_word_positions_in_every_scalar_style(pointer: str, word: str, line: int, column: int) -> None:
    """A word inside a scalar maps to its exact line and column, whatever the style."""
    doc = _doc(YAML_TEXT)

    pos, found = _word_at(doc, pointer, word)

    assert (line, column) == (pos.line, pos.column)
    assert word == found


def test_value_and_key_positions() -> None:
    """Values point at their first character; keys at the key."""
    doc = _doc(YAML_TEXT)

    assert Position(1, 17) == doc.locate("/schema_version")[0]
    assert Position(5, 1) == doc.locate("/limits", on_key=True)[0]
    assert Position(6, 5) == doc.locate("/limits/0")[0]
    assert Position(4, 9) == doc.locate("/clinic/flow")[0]
    assert Position(4, 23) == doc.locate("/clinic/flow/b/1")[0]
    assert Position(4, 16) == doc.locate("/clinic/flow/b", on_key=True)[0]


def test_missing_pointer_falls_back_to_nearest_ancestor() -> None:
    """A pointer to something absent points at the closest thing that is there."""
    doc = _doc(YAML_TEXT)

    assert doc.locate("/limits/0/nothing")[0] == doc.locate("/limits/0")[0]
    assert Position(1, 1) == doc.locate("/not/here")[0]


def test_json_positions_including_escapes_and_tabs() -> None:
    """JSON strings map exactly, with tabs for indentation and \\u escapes."""
    text = '{\n\t"clinic": {"name": "Caf\\u00e9 \\"Blue\\" Door"},\n\t"questions": "Ask us\\nany time."\n}\n'
    doc = _doc(text, is_json=True)

    pos, found = _word_at(doc, "/clinic/name", "Door")
    assert (2, 41, "Door") == (pos.line, pos.column, found)
    pos, found = _word_at(doc, "/questions", "any")
    assert (3, 24) == (pos.line, pos.column)
    assert Position(3, 2) == doc.locate("/questions", on_key=True)[0]


def test_columns_count_characters_not_bytes() -> None:
    """Columns count characters, so text after accented letters lines up."""
    doc = _doc("name: Ünïcödé and more\n")

    pos, found = _word_at(doc, "/name", "more")

    assert (1, 19, "more") == (pos.line, pos.column, found)


def test_crlf_line_endings() -> None:
    """Windows line endings give the same lines and columns."""
    doc = _doc("a: 1\r\nb: >\r\n  two words\r\n")

    pos, found = _word_at(doc, "/b", "words")

    assert (3, 7, "words") == (pos.line, pos.column, found)


def test_yaml_12_core_schema() -> None:
    """Plain scalars follow YAML 1.2: yes/no stay text, dates stay text."""
    doc = _doc("a: yes\nb: no\nc: 2026-01-15\nd: 0o17\ne: .inf\nf: ~\ng: True\nh: 1.5\n")

    assert {"a": "yes", "b": "no", "c": "2026-01-15", "d": 15, "e": float("inf"), "f": None, "g": True, "h": 1.5} == doc.data


def test_duplicate_key_names_both_lines() -> None:
    """A duplicate key is reported at the second one, naming the first."""
    result = load_text("a: 1\nb: 2\na: 3\n", "t.yaml")

    (problem,) = result.problems
    assert "duplicate-key" == problem.code
    assert "line 1" in problem.message
    assert result.document is not None
    assert Position(3, 1) == result.document.position_at(problem.index or 0)
    assert {"a": 1, "b": 2} == result.document.data


def test_aliases_and_merge_keys() -> None:
    """Aliases share values; merge keys fill in missing keys."""
    doc = _doc("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nlist: [*b]\n")

    assert {"x": 1, "y": 3} == doc.data["other"]
    assert [{"x": 1, "y": 2}] == doc.data["list"]


def test_strings_walk_in_file_order() -> None:
    """strings() yields every string with its pointer, in file order."""
    doc = _doc("b: one\na: [two, {c: three}]\nn: 4\n")

    assert [("/b", "one"), ("/a/0", "two"), ("/a/1/c", "three")] == list(doc.strings())


def test_pointer_escaping() -> None:
    """Keys with / and ~ are escaped in pointers (RFC 6901)."""
    doc = _doc("'a/b': {'c~d': text}\n")

    assert "text" == doc.get("/a~1b/c~0d")
    assert Position(1, 16) == doc.locate("/a~1b/c~0d")[0]
