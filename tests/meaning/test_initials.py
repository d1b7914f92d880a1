"""Initials the document gives another name: a university's "Counseling and Prevention Services (CPS)" is no
child protection agency (``meaning._passages._own_initials``; found on a real university counseling page, real11)."""

from __future__ import annotations

import pytest

from policy_lint.meaning import Passage, coverage, read_all


def _topics(texts: list[str]) -> dict[str, str]:
    passages = [Passage(f"/blocks/{i}", t) for i, t in enumerate(texts)]
    return {c["topic"]: c["status"] for c in coverage(passages, ("child_abuse", "dependent_adult_abuse", "elder_abuse"))}


@pytest.mark.parametrize("name", ["Counseling and Prevention Services", "Counseling and Psychological Services"])
def test_initials_named_as_the_service_state_no_child_abuse_limit(name: str) -> None:
    got = _topics([f"When a student comes to {name} (CPS), what they share stays private.",
                   "CPS staff will not share what you say without your written permission."])
    assert got["child_abuse"] == "missing"


def test_the_agency_spelled_out_keeps_its_initials() -> None:
    got = _topics(["We must report suspected child abuse to Child Protective Services (CPS).",
                   "If we believe a child is in danger, we call CPS."])
    assert got["child_abuse"] == "stated"


def test_initials_never_defined_keep_their_meaning() -> None:
    got = _topics(["If we believe a child is being hurt, we must call CPS."])
    assert got["child_abuse"] == "stated"


def test_adult_protective_initials_named_as_something_else() -> None:
    got = _topics(["Academic Planning Services (APS) can help you choose classes.",
                   "APS staff keep your plans private unless you agree to share them."])
    assert got["dependent_adult_abuse"] == "missing" and got["elder_abuse"] == "missing"


def test_the_words_of_a_reading_are_the_text_as_written() -> None:
    passages = [Passage("/blocks/0", "Counseling and Prevention Services (CPS) keeps records."),
                Passage("/blocks/1", "CPS may share information with the police if you threaten to hurt someone.")]
    words = [w for _, sts in read_all(passages) for st in sts for w in st.words]
    assert not any("qq" in w for w in words)
