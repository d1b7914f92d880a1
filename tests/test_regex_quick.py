"""A pattern from a pack is tried only on texts that hold a word every match must hold.

``patterns.screen.needed_words`` reads those words off the parsed pattern. The quick
test must never say "no match" where ``re`` finds one: the property test
below builds many patterns and texts and checks exactly that.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policy_lint.patterns import UserRegex
from policy_lint.patterns.screen import needed_words

PLACEHOLDERS = [
    r"\b(?:TODO|TBD|FIXME|XXX)\b",
    r"\blorem ipsum\b",
    r"\[(?:clinic|practice|therapist|provider|insert|your|name|phone|email|address|state|date|city)[^\]\n]{0,40}\]",
    r"\{\{[^}\n]{0,40}\}\}",
    r"<(?:clinic|practice|insert|your)[^>\n]{0,40}>",
]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (PLACEHOLDERS[0], {"todo", "tbd", "fixme", "xxx"}),
        (PLACEHOLDERS[1], {"lorem ipsum"}),
        (PLACEHOLDERS[3], {"{{"}),
        (PLACEHOLDERS[4], {"<clinic", "<practice", "<insert", "<your"}),
        ("|".join(f"(?:{p})" for p in PLACEHOLDERS[:2]), {"todo", "tbd", "fixme", "xxx", "lorem ipsum"}),
        (r"foo|bar", {"foo", "bar"}),
        (r"(?:ab)+x", {"ab"}),
        (r"(?i:Foo)bar", {"foobar"}),
        (r"[ab]cd", {"cd"}),
        (r"court\s+order", {"court"}),
    ],
)
def test_words_every_match_holds(pattern: str, words: set[str]) -> None:
    assert needed_words(pattern) == words


@pytest.mark.parametrize("pattern", [r"a*", r"x|y*", r".", r"\w+", r"", r"(?:ab)?", r"é", r"caf[eé]|é", r"[ab]"])
def test_no_quick_test_when_a_match_may_hold_any_letters(pattern: str) -> None:
    assert needed_words(pattern) is None
    rx = UserRegex(pattern, re.IGNORECASE)
    assert rx.could_match("") and rx.could_match("zzz")


def test_non_ascii_text_always_runs_the_real_search() -> None:
    rx = UserRegex(r"\bTODO\b", re.IGNORECASE)
    assert not rx.could_match("nothing to see here")
    assert rx.could_match("déjà vu")  # not ASCII: the search decides
    # Under IGNORECASE "ſ" (long s) matches "s" and "K" (Kelvin sign) matches "k".
    assert UserRegex("lorem ipsum", re.IGNORECASE).search("lorem ipſum") is not None
    assert UserRegex("ok", re.IGNORECASE).search("o\u212a") is not None


def test_the_placeholder_screen_skips_plain_text_and_still_finds() -> None:
    screen = UserRegex("|".join(f"(?:{p})" for p in PLACEHOLDERS), re.IGNORECASE)
    assert not screen.could_match("We keep what you tell us private. There are a few limits.")
    assert screen.could_match("Call [Phone] today")
    assert screen.search("Call [Phone] today") is not None
    assert [m.group(0) for m in screen.finditer("todo, Tbd and {{ x }}")] == ["todo", "Tbd", "{{ x }}"]
    assert screen.findall("nothing") == []
    assert screen.match("TODO later") is not None and screen.fullmatch("TBD") is not None
    assert screen.match("nothing") is None and screen.fullmatch("nothing") is None


# -- property: the quick test never hides a match -------------------------------

_LEAVES = st.sampled_from(
    ["a", "b", "A", "B", "ab", "Ab", "ba", "x", "é", "K", ".", "[ab]", "[^a]", r"\b", r"\B", "^", "$", r"\w", r"\s", " ", r"\[", "-"]
)


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(children, children).map(lambda t: t[0] + t[1]),
        st.tuples(children, children).map(lambda t: f"(?:{t[0]}|{t[1]})"),
        st.tuples(children, children).map(lambda t: f"{t[0]}|{t[1]}"),
        st.tuples(children, st.sampled_from(["*", "+", "?", "{2}", "{1,2}", "{0,1}", "*?", "+?"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
        children.map(lambda c: f"({c})"),
        children.map(lambda c: f"(?=a){c}"),
        children.map(lambda c: f"(?!b){c}"),
        children.map(lambda c: f"(?i:{c})"),
        children.map(lambda c: f"(?-i:{c})"),
        children.map(lambda c: f"(?>{c})"),
    )


_PATTERNS = st.recursive(_LEAVES, _combine, max_leaves=8)
_TEXTS = st.text(alphabet=st.sampled_from(list("abABxX -[é\u212a\u017fk\n")), max_size=24)


@given(_PATTERNS, _TEXTS, st.sampled_from([0, re.IGNORECASE]))
@settings(max_examples=1500, deadline=None)
def test_the_quick_test_never_hides_a_match(pattern: str, text: str, flags: int) -> None:
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        assume(False)
        return
    rx = UserRegex(pattern, flags)
    if compiled.search(text) is not None:
        assert rx.could_match(text), (pattern, text, needed_words(pattern, flags))
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    found = rx.search(text)
    expected = compiled.search(text)
    assert (found and found.span()) == (expected and expected.span())
