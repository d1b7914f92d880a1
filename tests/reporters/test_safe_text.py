"""Text shown on a terminal: control characters become escapes; printable text is left as it is."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.reporters.text import CONTROL_PATTERN, safe
from policy_lint.loading.yaml_builder import _printable

_ODD = ["\x00", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\u200e", "\u202e", "\u2066", "\u2069", "\ud800", "\udfff"]
_FINE = ["a", " ", "é", "\u00a0", "\u00ad", "\u200b", "\u3000", "\U0001f600", "\ufeff", "[", "\\"]


def _expected(text: str) -> str:
    return re.sub(CONTROL_PATTERN, lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text)


@given(st.lists(st.sampled_from(_ODD + _FINE), max_size=12).map("".join) | st.text(max_size=12))
@settings(max_examples=500, deadline=None)
def test_every_control_character_is_escaped_and_nothing_else(text: str) -> None:
    assert safe(text) == _expected(text)
    assert _printable(text) == _expected(text)


def test_examples() -> None:
    assert safe("plain text, é and \u00a0") == "plain text, é and \u00a0"
    assert safe("a\x1b[31mred") == "a\\x1b[31mred"
    assert safe("line\nbreak\u2028") == "line\\x0abreak\\u2028"
    assert _printable("evil\u202etxt.exe") == "evil\\u202etxt.exe"
