"""Config file patterns: the same answers as the regular expressions they replaced, in bounded time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_lint.globs import GlobError, compile_glob


def _old_regex(pattern: str) -> re.Pattern[str]:
    """The translation config.glob_regex used before (without sets), to compare answers."""
    p = pattern.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    anchored = "/" in p.rstrip("/")
    p = p.strip("/")
    out, i = [], 0
    while i < len(p):
        if p.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif p[i] == "*":
            out.append("[^/]*")
            i += 1
        elif p[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(p[i]))
            i += 1
    return re.compile(("" if anchored else "(?:.*/)?") + "".join(out) + "(?:/.*)?", re.DOTALL)


_segment = st.one_of(st.just("**"), st.text(alphabet="ab*?.", min_size=1, max_size=4).filter(lambda s: "**" not in s))
_patterns = st.lists(_segment, min_size=1, max_size=4).map("/".join).filter(lambda p: not p.endswith("**") or p == "**" or "/" in p)
_paths = st.lists(st.text(alphabet="ab.", min_size=1, max_size=4), min_size=1, max_size=4).map("/".join)


@given(_patterns, _paths)
@settings(max_examples=800, deadline=None)
def test_same_answers_as_the_regular_expressions(pattern: str, path: str) -> None:
    assert compile_glob(pattern).fullmatch(path) == bool(_old_regex(pattern).fullmatch(path)), (pattern, path)


def test_sets_and_classes() -> None:
    assert compile_glob("p/[ab].yaml").fullmatch("p/b.yaml")
    assert not compile_glob("p/[!ab].yaml").fullmatch("p/b.yaml")
    assert compile_glob("p/[^ab].yaml").fullmatch("p/c.yaml")
    assert compile_glob("[[:alpha:]]*").fullmatch("x/abc.yaml")
    assert not compile_glob("[[:alpha:]]*").fullmatch("1abc.yaml")
    assert compile_glob("[[:digit:]][a-c]?.json").fullmatch("2bz.json")
    assert compile_glob("[]x].yaml").fullmatch("].yaml")
    assert compile_glob("a[b").fullmatch("a[b")  # an open [ is a character


def test_patterns_that_cannot_mean_anything() -> None:
    with pytest.raises(GlobError, match="the range z-a, which goes backwards. Write it as a-z"):
        compile_glob("[z-a]")
    with pytest.raises(GlobError, match=r"uses \[:alphabet:\], a class policy-lint does not know"):
        compile_glob("[[:alphabet:]]")


def test_no_backtracking_blow_up() -> None:
    """The pattern that took Python's re more than a minute: each name is matched in product time."""
    pattern = compile_glob("*a*a*a*a*a*a*a*a*b")
    assert not pattern.fullmatch("a" * 200)
    assert not compile_glob("**/*a*a*a*a*a*a*a*b/**/x").fullmatch("/".join(["a" * 50] * 40))
