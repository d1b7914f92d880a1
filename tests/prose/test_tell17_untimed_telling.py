"""A telling of a sharing of ours with no word of its time, on a whole page (tell17).

The team's decision (session 12): "If I have to break confidentiality, I will discuss it with you", "I will let
you know if I need to share", "you would be informed" state telling first (before_disclosure) and not telling
after. A word of time after ("afterwards", "promptly", "at your next session") or a sharing already made ("any
disclosure made without your consent") keeps it telling after. Someone else telling the client, the client
telling us, a telling about something else (a cancellation, news of the practice), consent asked and the refusal to
say who made a report tell nothing. The wordings
are real practices' (UK, Australian and US counsellors' pages), in our own words. The import draft reads as its
page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prose_files import coverage_of_bytes, limits_html as _html, limits_md as _md, limits_txt as _txt


FIRST = [
    "If I have to break confidentiality, I will discuss it with you.",
    "If the counsellor felt they needed to breach your confidentiality, they would, if possible, talk it over with you.",
    "I will let you know if I need to share anything.",
    "If information about you has to be shared, you would be informed.",
    "If confidentiality ever needs to be broken, I would involve you in that decision.",
    "If I ever need to break confidentiality, I will make every effort to inform you.",
    "I would let you know should I ever think I will need to use one of these exceptions.",
    "We will keep you informed if we ever have to disclose anything.",
    "When possible, I will discuss these obligations with you directly.",
    "If I receive a court order, I will notify you that the requested records will be released.",
    "A court may subpoena my notes if you are involved in a legal case. You would be notified if this happens.",
]
AFTER = [
    "If I have to share something, I will tell you afterwards.",
    "If I make a report, I will tell you about it at our next session.",
    "You will be told of any disclosure made without your consent.",
    "If I make such a report, I will promptly inform you.",
]
NEITHER = [
    "I will let you know if I am running late.",
    "Please tell me first if you want to bring someone to a session.",
    "If your records are subpoenaed, the court will let you know.",
    "If I make a report, the agency may contact you.",
    "I will not tell you who made the report.",
    "This page tells you when I may share your information.",
    "I will let you know in advance if I have to cancel a session.",
    "I may contact you if I need to share important updates about the practice.",
    "If I ever need to break confidentiality, the police will tell you.",
    "If I need to share information with your doctor, I will ask for your consent.",
    "Sessions may be cancelled if I am unwell. If this happens, you will be told.",
]
FORMATS = [(_md, "p.md"), (_html, "p.html"), (_txt, "p.txt")]


@pytest.mark.parametrize(
    ("tail", "before", "after"),
    [(t, "stated", "missing") for t in FIRST] + [(t, "missing", "stated") for t in AFTER] + [(t, "missing", "missing") for t in NEITHER],
)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_with_no_time_is_telling_first(tail: str, before: str, after: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert (got["before_disclosure"], got["after_disclosure"]) == (before, after)
    assert got["harm_to_self"] == "stated"


@pytest.mark.parametrize("tail", [FIRST[0], AFTER[0], NEITHER[2]])
def test_the_draft_reads_as_its_page(tail: str, tmp_path: Path) -> None:
    from policy_lint.authoring.draft import draft_policy

    page = _md(tail)
    want = coverage_of_bytes(page.encode(), "p.md")
    path = tmp_path / "p.md"
    path.write_text(page, encoding="utf-8")
    got = coverage_of_bytes(draft_policy(str(path)).encode(), "draft.yaml")
    assert (got["before_disclosure"], got["after_disclosure"]) == (want["before_disclosure"], want["after_disclosure"])


def test_first_where_it_can_and_afterwards_where_it_cannot_states_both() -> None:
    page = _md("Where I can, I will talk with you before I share anything. If I cannot, I will let you know afterwards.")
    got = coverage_of_bytes(page.encode(), "p.md")
    assert (got["before_disclosure"], got["after_disclosure"]) == ("stated", "stated")
