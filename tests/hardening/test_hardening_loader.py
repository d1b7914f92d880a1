"""The loader's answers to odd input, in detail: values kept, places right, reading goes on."""

from __future__ import annotations

from typing import Any, Callable

from policy_lint.findings import FileResult, Position
from policy_lint.loading import Limits, load_bytes, load_text


def _data(text: str, **kwargs: Any) -> Any:
    result = load_text(text, "t.yaml", **kwargs)
    assert result.document is not None, result.problems
    return result.document


def test_merge_keys_merge_and_point_at_the_merge_line() -> None:
    doc = _data("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n")
    assert doc.data["other"] == {"y": 3, "x": 1}  # keys written in the mapping win
    assert doc.locate("/other/x", on_key=True)[0] == Position(3, 3)  # the << line
    assert doc.locate("/other/y")[0] == Position(4, 6)


def test_a_list_of_merges_takes_the_first_one_first() -> None:
    doc = _data("a: &a {k: 1}\nb: &b {k: 2, j: 2}\nc:\n  <<: [*a, *b]\n")
    assert doc.data["c"] == {"k": 1, "j": 2}


def test_a_quoted_merge_key_is_a_plain_key() -> None:
    assert _data("a:\n  '<<': text\n").data == {"a": {"<<": "text"}}


def test_a_complex_key_is_skipped_and_the_rest_is_read() -> None:
    result = load_text("? [a, b]\n: c\nd: e\n? {x: 1}\n: f\ng: h\n", "t.yaml")
    assert result.document is not None
    assert result.document.data == {"d": "e", "g": "h"}
    assert [p.code for p in result.problems] == ["complex-key", "complex-key"]
    assert all(not p.fatal for p in result.problems)


def test_an_alias_to_a_list_as_a_key_is_a_complex_key() -> None:
    result = load_text("x: &x [1]\n*x : 2\ny: 3\n", "t.yaml")
    assert result.document is not None and result.document.data == {"x": [1], "y": 3}
    assert [p.code for p in result.problems] == ["complex-key"]


def test_json_surrogate_pairs_keep_exact_places(lint: Callable[..., FileResult]) -> None:
    text = '{"questions": "\\ud83d\\ude00 Ask us. TODO: fill in", "\\ud83d\\ude00": 1}'
    result = load_text(text, "t.json", is_json=True)
    assert result.document is not None
    assert result.document.data["questions"].startswith("\U0001f600 Ask")
    assert "\U0001f600" in result.document.data
    found = [f for f in lint(text, "t.json").findings if f.rule_id == "TXT001"]
    assert [(f.line, f.column) for f in found] == [(1, text.index("TODO") + 1)]


def test_one_huge_text_is_cut_and_reported() -> None:
    text = "questions: " + "word " * 30_000 + "\n"
    result = load_text(text, "t.yaml", limits=Limits(max_string=1000))
    assert result.document is not None
    assert len(result.document.data["questions"]) == 1000
    assert [p.code for p in result.problems] == ["too-long"]
    assert result.problems[0].index == len("questions: ")


def test_trusted_data_files_may_be_lists() -> None:
    from policy_lint.loading import load_text as lt

    assert lt("- a\n", "t.yaml", mapping_only=False).document is not None
    assert lt("- a\n", "t.yaml").document is None


def test_control_characters_in_messages_are_escaped() -> None:
    result = load_text('"a\\e[2Jb": 1\n"a\\e[2Jb": 2\n', "t.yaml")
    message = [p.message for p in result.problems if p.code == "duplicate-key"][0]
    assert "'a\\x1b[2Jb'" in message and "\x1b" not in message


def test_utf16_positions_are_in_characters() -> None:
    raw = b"\xff\xfe" + "schema_version: 1\nquestions: caf\u00e9 TODO\n".encode("utf-16-le")
    result = load_bytes(raw, "t.yaml")
    assert result.document is not None
    assert result.document.locate("/questions", span=(5, 9))[0] == Position(2, 17)


def test_placing_a_finding_is_linear_whatever_the_text_holds() -> None:
    """Regression (found by fuzzing): U+2000 in a text made the place-finding walk loop forever."""
    import time

    for space in ("\u2000", "\u3000", "\u00a0", "\u2028", "\x85", "\ufeff"):
        text = "q: >\n  " + ("a" + space) * 30_000 + "\n"
        result = load_text(text, "t.yaml")
        if result.document is None:  # a line break YAML knows (U+2028, NEL) may end the scalar early
            continue
        value = result.document.get("/q")
        start = time.perf_counter()
        place = result.document.locate("/q", span=(len(value) - 2, len(value)))[0]
        assert time.perf_counter() - start < 1.0
        assert place is not None
    value = "a\u2000b\u3000c TODO"
    doc = load_text(f"q: {value}\n", "t.yaml").document
    assert doc is not None
    assert doc.locate("/q", span=(value.index("TODO"), value.index("TODO") + 4)) == (Position(1, 10), Position(1, 14))
