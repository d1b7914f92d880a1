"""The reader's patterns compiled on first use (``meaning._pattern.lazy``) match as ``re.compile`` does (issue 13)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from policy_lint.meaning._pattern import lazy

CASES = [
    (r"((?:[A-Za-z&'\u2019-]+[ \t]+){1,6})\(\s*(CPS|APS)\s*\)", 0, "Counseling and Prevention Services (CPS) staff"),
    (r"(?<=\w )\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)(?= \w)", 0, "a danger to (1) yourself or (2) somebody else"),
    (r"[,;]\s*(?:but|however|yet)\b,?\s*", re.IGNORECASE, "We may share it; However, we never tell the police"),
    (r"(?i)(?:these|this|they|those|that|such)\b", 0, "These include: child abuse"),
]


@pytest.mark.parametrize("pattern, flags, text", CASES)
def test_lazy_matches_as_compiled(pattern: str, flags: int, text: str) -> None:
    made, real = lazy(pattern, flags), re.compile(pattern, flags)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert made.sub("#", text) == real.sub("#", text)
    assert made.split(text) == real.split(text)
    assert bool(made.match(text)) == bool(real.match(text))
    assert (made.pattern, made.flags, made.groups) == (real.pattern, real.flags, real.groups)


def test_lazy_compiles_on_first_use_only() -> None:
    made = lazy(r"\bCPS\b")
    assert "search" not in vars(made)
    assert made.search("CPS staff") is not None
    assert "search" in vars(made)  # kept: the next use is a plain look-up
    with pytest.raises(AttributeError):
        made.no_such_method


def test_rare_patterns_not_compiled_on_import() -> None:
    # a fresh process: importing the reader compiles none of the patterns only rare wordings use
    code = (
        "import re\n"
        "import policy_lint.meaning._read, policy_lint.meaning._frames, policy_lint.meaning._passages\n"
        "from policy_lint.meaning import _frames, _passages, _read\n"
        "print(sum(1 for p in (_read._ENUMERATOR, _read._CONTRAST_CLAUSE, _frames._POLICE, _frames._WITHOUT)"
        " if 'search' in vars(p) or 'sub' in vars(p) or 'finditer' in vars(p)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_names_only_stems_only_the_lists_it_needs() -> None:
    # a fresh process: a label read by names_only stems frames.yaml's "speaks" and "acts", not the other lists
    code = (
        "from policy_lint.meaning._frames import _frames, names_only\n"
        "print(names_only('Danger to others'), names_only('We report it'), sorted(_frames()._built))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "['acts',", "'speaks']"]


@pytest.mark.parametrize("text, stance", [
    ("Harm to others - we do not warn anyone.", "opposite"),
    ("Harm to others \u2014 we do not warn anyone.", "opposite"),
    ("Harm to others: we do not warn anyone.", "opposite"),
    ("Harm to others, we do not warn anyone.", "states"),  # a comma is no label's gap: the quick test skips it
])
def test_label_gap_quick_test_reads_as_before(text: str, stance: str) -> None:
    from policy_lint.meaning._read import read_passage

    assert {st.topic: st.stance for st in read_passage(text)}["harm_to_others"] == stance


@pytest.mark.parametrize("text, stance", [
    ("Following are situations in which we are required by law to share information.", "vague"),
    ("FOLLOWING ARE the situations in which we are required by law to share information.", "vague"),
    ("Below are the times when we are required by law to share information.", "vague"),
    ("We are required by law to share information in some situations.", "states"),
])
def test_cases_follow_quick_test_reads_as_before(text: str, stance: str) -> None:
    from policy_lint.meaning._read import read_passage

    assert {st.topic: st.stance for st in read_passage(text)}["required_by_law"] == stance


@pytest.mark.parametrize("title", [
    "Only with your written consent", "With your consent", "Sharing with your permission only", "Court orders",
    "Release of records", "Child abuse", "We share only what the law asks", "ONLY IF YOU ASK US",
])
def test_consent_only_title_test_in_either_order(title: str) -> None:
    # "only"/"with your" is now tried before the consent words (the rarer pattern compiles only when needed)
    from policy_lint.meaning import _passages
    from policy_lint.meaning._frames import consent_only

    words = re.compile(r"(?i)\b(?:consent|permission|agree|authori[sz]|release|request|give|sign|ask|allow|let)")
    expected = bool(words.search(title) and _passages._ONLY_OR_WITH.search(title)) and consent_only(title)
    assert _passages._consent_only(title) == expected
