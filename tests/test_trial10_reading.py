"""Reading errors a new user found in trial 10 (issue 12), each checked through the command line.

The core's own readings of these classes are labelled in tests/meaning/devset.yaml (d500 and up);
these tests check that the pages a user writes read the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

ABUSE = "If I think a child is being abused, I must report it to child protective services.\n"


def _findings(run_cli: Callable[..., CliRun], page: Path) -> list[dict]:  # type: ignore[type-arg]
    out = run_cli("check", "--format", "json", "--isolated", "--ignore", "PLN", str(page)).stdout
    return [f for r in json.loads(out)["files"] for f in r["findings"]]


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def _rules(findings: list[dict]) -> set[str]:  # type: ignore[type-arg]
    return {f["rule"] for f in findings}


# -- A bold lead title over words that say nothing is vague ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "* **Risk to others.** If someone is in danger, we may need to act.\n",
        "**Risk to others.** If someone is in danger, we may need to act.\n",
        "- **Danger to others.** We might have to take action.\n",
    ],
)
def test_a_bold_title_over_vague_words_leaves_harm_to_others_vague(tmp_path: Path, run_cli: Callable[..., CliRun], text: str) -> None:
    found = _findings(run_cli, _page(tmp_path, text))
    vague = [f for f in found if f["rule"] == "LIM004"]
    assert any("someone else" in f["message"] for f in vague), found


def test_a_bold_child_abuse_title_over_vague_words_does_not_meet_the_duty(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, _page(tmp_path, "- **Child abuse.** We may need to act.\n"))
    assert any(f["rule"] == "LIM004" and "child" in f["message"] for f in found), found


def test_a_bold_child_abuse_title_over_a_report_is_stated(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, _page(tmp_path, "- **Child abuse.** We report it to child protective services.\n"))
    assert "COV003" not in _rules(found)
    assert not any(f["rule"] == "LIM004" and "child" in f["message"] for f in found), found


# -- The person threatened, or the police, told in the passive is the duty to warn --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If a serious threat is made against a specific person, that person or law enforcement may be notified.",
        "If you threaten to hurt someone, that person may be warned.",
    ],
)
def test_a_passive_warning_states_the_duty_to_warn(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str) -> None:
    found = _findings(run_cli, _page(tmp_path, sentence + "\n"))
    assert "COV002" not in _rules(found)
    assert "LIM004" not in _rules(found), found


def test_the_clients_own_contact_told_is_no_warning(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, _page(tmp_path, "That individual will be contacted if you are a danger to yourself.\n"))
    assert "COV002" in _rules(found)


# -- Every word staying here, with a place between, is a blanket promise ------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Everything you say in my office stays here.", "Everything you say in your sessions stays here.", "What you say in therapy stays here, always."],
)
def test_every_word_staying_here_is_a_blanket_promise(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str) -> None:
    found = _findings(run_cli, _page(tmp_path, f"{sentence}\n\n{ABUSE}"))
    assert "COV008" in _rules(found), found


@pytest.mark.parametrize("sentence", ["What you say here stays here.", "Everything you tell me remains between us."])
def test_a_welcome_is_no_blanket_promise(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str) -> None:
    found = _findings(run_cli, _page(tmp_path, f"{sentence}\n\n{ABUSE}"))
    assert "COV008" not in _rules(found), found


# -- A time that is the client's say-so is a consent condition, and "you tell" is the client's telling --


@pytest.mark.parametrize(
    "text",
    [
        "We will not share what you tell us before we get your permission.",
        "What you tell us stays private. We will not disclose it prior to getting your permission.",
        "We do not share your records before you give us written permission.",
        "We do not share your records until you give us written consent.",
    ],
)
def test_a_consent_time_is_no_contradiction_and_no_blanket_promise(tmp_path: Path, run_cli: Callable[..., CliRun], text: str) -> None:
    found = _findings(run_cli, _page(tmp_path, text + "\n"))
    assert not _rules(found) & {"NOT004", "COV008"}, found


def test_not_telling_first_is_still_a_contradiction(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, _page(tmp_path, "What you tell us stays private. We will not tell you before we share it.\n"))
    assert "NOT004" in _rules(found), found


# -- The reporting laws said not to bind us is no duty to report ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We are not bound by state reporting laws.",
        "Our counselors are not subject to state reporting laws.",
        "State reporting laws do not apply to our practice.",
    ],
)
def test_reporting_laws_that_do_not_bind_us_contradict_the_abuse_limits(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str) -> None:
    found = _findings(run_cli, _page(tmp_path, sentence + "\n"))
    assert "COV007" in _rules(found), found


def test_limits_that_do_not_replace_the_reporting_laws_contradict_nothing(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, _page(tmp_path, "These limits do not replace state reporting laws.\n"))
    assert not _rules(found) & {"COV007", "COV008"}, found
