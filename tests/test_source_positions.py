"""The loader keeps the line and column of every key and value, in every style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.findings import Position
from policy_lint.loading import Document, load_text

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


# -- every word, every style (property) ------------------------------------

_WORDS = st.lists(
    st.text(alphabet=st.sampled_from("abcdeé'\"\\#:-,.\t"), min_size=1, max_size=8).filter(lambda w: w.strip(" \t") == w),
    min_size=1,
    max_size=14,
)
_GAPS = st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", " \t "]), min_size=14, max_size=14)


def _dump(value: str, style: str) -> str:
    import io
    import json

    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString, SingleQuotedScalarString

    if style == "json":
        return '{"key": ' + json.dumps(value, ensure_ascii=False) + "}\n"
    if style == "json-ascii":
        return '{"key": ' + json.dumps(value) + "}\n"
    wrap = {"plain": str, "'": SingleQuotedScalarString, '"': DoubleQuotedScalarString, "|": LiteralScalarString, ">": FoldedScalarString}[style]
    out = io.StringIO()
    yaml = YAML()
    yaml.width = 24  # fold long lines, so words move to new lines
    yaml.dump({"key": wrap(value)}, out)
    return out.getvalue()


@given(_WORDS, _GAPS, st.sampled_from(["plain", "'", '"', "|", ">", "json", "json-ascii"]))
@settings(max_examples=300, deadline=None)
def test_each_word_is_found_where_the_file_has_it(words: list[str], gaps: list[str], style: str) -> None:
    """Each word of a string, in any style, maps to the same characters in the file.

    Words hold quotes, backslashes, colons and tabs, so quoted styles escape
    them; the gaps between words hold runs of spaces and line breaks, which
    plain and folded styles fold. A word whose raw text differs (an escape)
    must still map to where its first and last characters are written.
    """
    value = words[0] + "".join(g + w for g, w in zip(gaps, words[1:]))
    text = _dump(value, style)
    result = load_text(text, "t.json" if style.startswith("json") else "t.yaml", is_json=style.startswith("json"))
    if result.document is None or result.document.get("/key") != value:
        return  # the dumper chose a form that does not round-trip: not this test's business
    doc = result.document
    lines = doc.text.splitlines()
    start = 0
    last = (0, 0)
    for w in words:
        start = value.index(w, start)
        pos, end = doc.locate("/key", span=(start, start + len(w)))
        assert pos is not None and end is not None
        assert (pos.line, pos.column) >= last  # words come in file order
        last = (pos.line, pos.column)
        first_raw = lines[pos.line - 1][pos.column - 1]
        assert first_raw == w[0] or first_raw in "\\'", (style, w, first_raw)  # or an escape starts there
        if not any(c in w for c in "'\"\\\té"):
            # nothing in the word can be escaped, in any style: the file holds it as it is
            assert lines[pos.line - 1][pos.column - 1 : pos.column - 1 + len(w)] == w, (style, w, text)
            assert (end.line, end.column) == (pos.line, pos.column + len(w)), (style, w, text)
        start += len(w)


@given(
    st.lists(st.text(alphabet="abcé.,-'", min_size=1, max_size=7).filter(lambda w: w[0] not in "-'" and not w.endswith(",")), min_size=1, max_size=12),
    st.lists(st.sampled_from([" ", "  ", "  \n    ", " \t\n    ", "\n\n    ", "\n    "]), min_size=12, max_size=12),
    st.sampled_from(["", '"', "'"]),
)
@settings(max_examples=200, deadline=None)
def test_words_after_trailing_spaces_and_line_breaks(words: list[str], gaps: list[str], quote: str) -> None:
    """Hand-written scalars over lines, with spaces left at line ends, map each word exactly."""
    body = words[0] + "".join(g + w for g, w in zip(gaps, words[1:]))
    if quote == "'":
        body = body.replace("'", "''")
    text = f"key: {quote}{body}{quote}\nnext: 1\n"
    result = load_text(text, "t.yaml")
    if result.document is None or not isinstance(result.document.get("/key"), str):
        return  # not a scalar here (say, "a: b" read as a mapping): nothing to place
    doc = result.document
    value = doc.get("/key")
    lines = doc.text.splitlines()
    start = 0
    for w in words:
        start = value.find(w, start)
        assert start >= 0, (value, w)
        pos, end = doc.locate("/key", span=(start, start + len(w)))
        assert pos is not None and end is not None
        found = lines[pos.line - 1][pos.column - 1 : pos.column - 1 + len(w)]
        assert found == w or (quote == "'" and "'" in w), (w, found, text)
        start += len(w)


@given(st.lists(st.sampled_from(["a", " ", "\n", "\r", "\r\n", "é", "\u2028", "\x85"]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_line_starts_follow_yaml_line_breaks(text: str) -> None:
    """A line starts after each \\r\\n, \\r or \\n, with or without \\r in the text."""
    import re

    doc = Document("p.yaml", text, None, {})
    assert doc.line_starts() == [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert doc.position_at(len(text)).line == len(doc.line_starts())
