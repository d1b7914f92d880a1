"""Any text at all: the text readers never raise, and every place they give is inside the file."""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from policy_lint.loading import load_bytes
from policy_lint.readers.blocks import FOLD_TABLE

_PIECES = st.sampled_from(
    ["<p>", "</p>", "<li>", "<ul>", "</ul>", "<h2>", "</h2>", "<nav>", "</nav>", "<main>", "<!--", "-->", "<script>", "</script>",
     "&amp;", "&#x2019;", "&bogus;", "&", "# ", "- ", "* ", "1. ", "| a | b |\n|---|---|\n", "```\n", "> ", "\\*", "**", "[x](y)",
     "\n", "\n\n", "\r\n", " ", "\t", "TODO", "We keep it private.", "ü", "\u2028", "\x00"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, name=st.sampled_from(["a.html", "a.md", "a.txt"]))
@example(text="-->```\n&amp;```\n", name="a.md")  # in code, "&amp;" is five characters, not an entity
@example(text="0\\&amp;", name="a.md")  # an escaped "&" starts no entity: "\&amp;" is the five characters "&amp;"
@example(text="\ufb00", name="a.html")  # a ligature: both letters of "ff" come from the one character
@example(text='<!-- policy-lint: ignore[TXT001] -->\nWe keep it, TBD. <!-- policy-lint: x -->\n', name="a.md")
def test_text_readers_never_raise_and_places_stay_in_the_file(text: str, name: str) -> None:
    loaded = load_bytes(text.encode("utf-8", "surrogatepass"), name)
    doc = loaded.document
    if doc is None:
        assert loaded.problems
        return
    n = len(doc.text)
    for i, block in enumerate(doc.blocks):
        assert block.text and block.text == block.text.strip()
        a, b = block.source_span(0, len(block.text))
        assert 0 <= a < b <= n + 1
        start, end = doc.locate(f"/blocks/{i}", span=(0, len(block.text)))
        assert start is not None and end is not None and start <= end
        for k, char in enumerate(block.text):  # each character comes from itself in the file
            if char == " " or k in (block.wide or {}):
                continue
            at = block.source_offset(k)
            # (a ligature gives its letters: "ﬀ" in the file is "ff" in the block, both from the one character)
            assert doc.text[at] == char or doc.text[at] in "&\\" or char in doc.text[at].translate(FOLD_TABLE), (name, text, block.text, k)
