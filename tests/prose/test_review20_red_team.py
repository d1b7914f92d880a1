"""Review20: the session's four reading changes (frames17, tune17, law17, tell17) red-teamed on whole pages.

Each test is a wording a real practice could use, in our own words, with near misses beside it. A page that denies a
duty or a limit must never read it stated (a false all clear); correct, common wording must not read contradicted.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

LIST = ["you are at risk of harming yourself,", "you are at risk of harming someone else,", "a court orders it."]


def _md(tail: str) -> str:
    return "# Confidentiality\n\nI may need to break confidentiality if:\n\n" + "".join(f"- {i}\n" for i in LIST) + "\n" + tail + "\n"


def _html(tail: str) -> str:
    items = "".join(f"<li>{i}</li>" for i in LIST)
    return (
        "<html><body><main><h1>Confidentiality</h1><p>I may need to break confidentiality if:</p>"
        f"<ul>{items}</ul><p>{tail}</p></main></body></html>"
    )


def _txt(tail: str) -> str:
    return "CONFIDENTIALITY\n\nI may need to break confidentiality if:\n\n" + "".join(f"* {i}\n" for i in LIST) + "\n" + tail + "\n"


FORMATS = [(_md, "p.md"), (_html, "p.html"), (_txt, "p.txt")]

# tell17 made a telling with no word of time a telling first. A telling that is itself not promised ("I cannot promise
# to tell you if I break confidentiality") read stated: "promise" and "guarantee" take a negation back when they
# promise privacy ("We cannot promise confidentiality" states a limit), and here they promised the telling.
NOT_PROMISED = [
    "I cannot promise to tell you if I break confidentiality.",
    "I can't promise that I will tell you if I need to share anything.",
    "I cannot guarantee that I will inform you if I have to disclose information.",
    "I don't promise to let you know if I have to break confidentiality.",
    "I cannot promise to tell you before I share.",
]
# near misses: the telling promised, with or without a hedge, and a promise of privacy denied
PROMISED = [
    "I promise to tell you if I break confidentiality.",
    "If I have to break confidentiality, I will discuss it with you where possible, but I cannot always promise this.",
    "I cannot promise total confidentiality, but I will tell you if I need to share anything.",
]


@pytest.mark.parametrize("tail", NOT_PROMISED)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_not_promised_is_no_telling(tail: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert got["before_disclosure"] != "stated" and got["after_disclosure"] != "stated", got
    assert got["harm_to_self"] == "stated"


@pytest.mark.parametrize("tail", PROMISED)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_promised_is_telling_first(tail: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert got["before_disclosure"] == "stated", got
