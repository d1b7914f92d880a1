"""TXT001 screens each text with all its patterns at once; the findings are the same as without."""

from __future__ import annotations

import time
from typing import Any

import pytest

from policy_lint.packs import load_pack
from policy_lint.rules.base import CheckContext, Violation
from policy_lint.rules.kinds import core
from policy_lint.loading import load_text

DEFAULT = [
    r"\b(?:TODO|TBD|FIXME|XXX)\b",
    r"\blorem ipsum\b",
    r"\[(?:clinic|practice|therapist|provider|insert|your|name|phone|email|address|state|date|city)[^\]\n]{0,40}\]",
    r"\{\{[^}\n]{0,40}\}\}",
    r"<(?:clinic|practice|insert|your)[^>\n]{0,40}>",
]

POLICY = """\
schema_version: 1
clinic:
  name: "[Clinic Name]"
  email: todo@example.org
confidentiality:
  summary: >
    TODO: write this. Lorem ipsum dolor sit amet, {{ clinic }} and <your name here>.
  details: "TBD TBD. Nothing here; fixme later. XXX. xxx"
limits:
  - category: harm_to_self
    title: "Start: the start of a line"
    explanation: "ab ab abab, end"
questions: "TODOS are not TODO. [Phone] [phone number] or [email]"
"""


def _run(patterns: list[str], text: str = POLICY, *, screen: bool = True, monkeypatch: Any = None) -> list[Violation]:
    rule = load_pack("base").rule("TXT001")
    assert rule is not None
    rule = rule.replace(params={**rule.params, "patterns": patterns})
    doc = load_text(text, "p.yaml").document
    assert doc is not None
    ctx = CheckContext(doc=doc, pack=load_pack("base"), rule=rule, options={}, metrics={})
    if not screen:
        monkeypatch.setattr(core, "_screen", lambda patterns: None)
    try:
        return list(core.placeholder(ctx))
    finally:
        if not screen:
            monkeypatch.undo()


@pytest.mark.parametrize(
    "patterns",
    [
        DEFAULT,
        DEFAULT[::-1],
        [r"ab", r"b\s*a", r"(?<=ab)ab"],  # overlapping matches of different patterns: each is reported
        [r"^Start", r"end$", r"^$"],  # anchors keep their meaning inside the screen
        [r"x*", r"TODO"],  # a pattern that matches the empty text
        [r"(?P<w>todo)", r"(?P<v>tbd)"],
        [r"(?P<w>todo)", r"(?P<w>tbd)"],  # the same group name twice: no screen, same findings
        [r"(?i)todo", r"tbd"],  # a global flag not at the start: no screen, same findings
        [r"never", r"nothing"],
    ],
)
def test_screen_gives_the_same_findings(patterns: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with_screen = _run(patterns)
    without = _run(patterns, screen=False, monkeypatch=monkeypatch)
    assert with_screen == without


def test_default_patterns_find_the_placeholders() -> None:
    found = [(v.pointer, v.span) for v in _run(DEFAULT)]
    assert ("/clinic/name", (0, 13)) in found
    assert ("/confidentiality/summary", (0, 4)) in found
    assert len(found) == 15  # "TODOS" is not a placeholder


def test_no_screen_for_mixed_flags_or_inline_flags() -> None:
    from policy_lint.patterns import UserRegex, compile_user_regex

    assert core._screen([UserRegex("TODO", 0), UserRegex("TBD", 2)]) is None
    assert core._screen([compile_user_regex(r"(?i)TODO"), compile_user_regex("TBD")]) is None
    assert core._screen([]) is None
    screen, clean = core._screen([compile_user_regex("TODO"), compile_user_regex("TBD")])
    assert screen.pattern == "(?:TODO)|(?:TBD)" and clean == set()
    one, _ = core._screen([compile_user_regex("TODO")])
    assert one.pattern == "(?:TODO)"


def test_clean_texts_are_remembered_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.patterns import compile_user_regex

    monkeypatch.setattr(core, "_MAX_CLEAN", 10)
    patterns = [r"\bTODO\b", r"never here"]
    text = "schema_version: 1\n" + "".join(f"x-{i}: plain text {i}\n" for i in range(25)) + "x-last: TODO\n"
    first = _run(patterns, text)
    _, clean = core._screen([compile_user_regex(p) for p in patterns])
    assert 0 < len(clean) <= 10
    assert "TODO" not in clean
    assert _run(patterns, text) == first  # the second run skips the clean texts it remembers
    assert [v.pointer for v in first] == ["/x-last"]


def test_screens_are_bounded() -> None:
    from policy_lint.patterns import compile_user_regex

    for i in range(100):
        core._screen([compile_user_regex(f"TODO{i}"), compile_user_regex("TBD")])
        assert len(core._SCREENS) <= 64


def test_word_counts_are_bounded() -> None:
    assert core._word_count.cache_info().maxsize == core._MAX_TEXTS <= 4096
    assert core._word_count("We keep what you say private, with two limits.") == 9


def test_a_slow_pattern_is_still_stopped_once_and_the_others_still_run() -> None:
    """The screen times out first; each pattern then runs alone, as without a screen."""
    # Each long text holds an "x", or the quick test (every match of the slow
    # pattern holds an "x") would skip it without a search.
    text = "schema_version: 1\nx-a: x " + "a" * 60_000 + "\nx-b: TODO\nx-c: x " + "a" * 60_000 + " TODO\n"
    start = time.perf_counter()
    found = _run([r"\bTODO\b", r"\w+\s*\w+\s*\w+x"], text)
    assert time.perf_counter() - start < 4.0
    messages = [v.message for v in found]
    assert sum("took more than" in m for m in messages) == 1
    assert [v.pointer for v in found if "looks like" in v.message] == ["/x-b", "/x-c"]
