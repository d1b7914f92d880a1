"""Text shown on a terminal: one helper escapes every invisible or control character, and nothing else."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.loading.yaml_builder import _printable
from policy_lint.reporters.text import safe
from policy_lint.textsafe import ESCAPED_CATEGORIES, escape

_ODD = [
    "\x00", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\u200e", "\u202e", "\u2066",
    "\u2069", "\ud800", "\udfff", "\u061c", "\u200b", "\u200d", "\ufeff", "\u00ad", "\U000e0041", "\U000e007f", "\ue000",
]  # fmt: skip
_FINE = ["a", " ", "é", "\u00a0", "\u3000", "\U0001f600", "[", "\\", "ñ"]


def _expected(text: str) -> str:
    out = []
    for c in text:
        if unicodedata.category(c) in ESCAPED_CATEGORIES:
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(c)
    return "".join(out)


@given(st.lists(st.sampled_from(_ODD + _FINE), max_size=12).map("".join) | st.text(max_size=12))
@settings(max_examples=500, deadline=None)
def test_every_invisible_character_is_escaped_and_nothing_else(text: str) -> None:
    assert safe(text) == _expected(text)
    assert _printable(text) == _expected(text)
    assert escape(text) == _expected(text)


def test_examples() -> None:
    assert safe("plain text, é and \u00a0") == "plain text, é and \u00a0"
    assert safe("a\x1b[31mred") == "a\\x1b[31mred"
    assert safe("line\nbreak\u2028") == "line\\x0abreak\\u2028"
    assert _printable("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert safe("zero\u200bwidth\u200djoin\ufeff") == "zero\\u200bwidth\\u200djoin\\ufeff"
    assert safe("arabic mark\u061c") == "arabic mark\\u061c"
    assert safe("tag\U000e0041\U000e007f") == "tag\\U000e0041\\U000e007f"
    assert escape("keep\nthis\x1b", keep="\n") == "keep\nthis\\x1b"
