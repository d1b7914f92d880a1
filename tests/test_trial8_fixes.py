"""Problems a new user found in trial 8, each checked through the command line.

Words that name one topic get advice about that topic (LIM004); the rest of
the file grows with the other fixes of that trial.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun


def _findings(run_cli: Callable[..., CliRun], *args: str) -> list[dict]:  # type: ignore[type-arg]
    out = run_cli("check", "--format", "json", *args).stdout
    return [f for r in json.loads(out)["files"] for f in r["findings"]]


def _page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- LIM004: the example sentence fits the topic the finding names --------------------------------


@pytest.mark.parametrize(
    ("sentence", "wanted", "unwanted"),
    [
        ("We may share information if there is a serious threat to health or safety.", "hurt", "child"),
        ("We report abuse to the right agency.", "child", "hurt yourself"),
    ],
)
def test_a_vague_finding_suggests_a_sentence_about_its_own_topic(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str, wanted: str, unwanted: str) -> None:
    page = _page(tmp_path, f"# Privacy\n\nWhat you tell us stays private.\n\n{sentence}\n")
    vague = [f for f in _findings(run_cli, str(page)) if f["rule"] == "LIM004"]
    assert vague, "no LIM004"
    for f in vague:
        assert wanted in f["hint"].lower(), f["hint"]
        assert unwanted not in f["hint"].lower(), f["hint"]


# -- --hipaa-covered-entity with no place: checked as the US, and the note says so ------------------

NPP_PAGE = """\
# Notice of Privacy Practices

THIS NOTICE DESCRIBES HOW MEDICAL AND MENTAL HEALTH INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.

We use your health information to treat you and to get paid.
"""


def test_a_hipaa_covered_entity_with_no_place_is_checked_as_the_us(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NPP_PAGE)
    found = _findings(run_cli, str(page), "--hipaa-covered-entity")
    rules = {f["rule"] for f in found}
    assert any(r.startswith("NPP") for r in rules), rules  # the notice rules ran
    assert "NPP001" not in rules  # "medical and mental health information" is the header
    assert "JUR003" not in rules
    note = next(f for f in found if f["rule"] == "JUR004")
    assert "HIPAA" in note["message"] and "us pack" in note["message"]
    why = run_cli("why", str(page), "--hipaa-covered-entity").stdout
    assert "with the us pack, for United States (US), assumed because a HIPAA covered entity is in the US" in why


def test_without_the_flag_a_page_with_no_place_still_says_no_law_was_checked(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, str(_page(tmp_path, NPP_PAGE)))
    rules = {f["rule"] for f in found}
    assert "JUR003" in rules and not any(r.startswith("NPP") for r in rules)


def test_a_place_the_page_gives_wins_over_the_hipaa_assumption(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NPP_PAGE + "\nHudson Street Therapy, 12 Hudson St, New York, NY 10013\n")
    found = _findings(run_cli, str(page), "--hipaa-covered-entity")
    note = next(f for f in found if f["rule"] == "JUR004")
    assert "US-NY" in note["message"] and "HIPAA" not in note["message"]
