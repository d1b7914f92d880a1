"""Whom we would tell in general words, or a protective act, beside a danger to others (dtw13, session 13).

Labels.yaml's duty_to_warn rule: stated when the threatened person or the police would be told; vague when someone is
told or something done to protect the person at risk, but neither is named. A page that names a danger to others and,
in the same sentence or the next, whom we would contact in general words ("the relevant services", "other
professionals", "emergency services", "your GP", "someone who can help") or a protective act ("take steps to protect
them") reads duty_to_warn vague; so does such a paragraph just after a list of limits that names a danger to others.
A danger to the client alone, a contact only with the client's consent or about another matter, a contact the client
makes and the opposite ("I will not contact the relevant services, even if ...") are no such warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prose_files import coverage_of_bytes


def _one_line(line: str) -> dict[str, str]:
    page = "# Confidentiality\n\nWhat you say stays private, with some limits.\n\n" + line + "\n"
    return coverage_of_bytes(page.encode(), "p.md")


VAGUE = [
    "Where there is a serious risk to others, I may need to share information with the relevant services.",
    "Confidentiality may be broken if I believe there is a risk of harm to yourself or to others, in which case I may contact your GP or emergency services.",
    "If you tell me you intend to seriously harm someone, I will take steps to protect them.",
    # American and British wording, "we" and "I", the passive, "this may mean"
    "If you threaten to harm others, we may notify other agencies.",
    "If a client threatens violence against another person, the appropriate authorities may be informed.",
    "If you are a danger to other people, this may mean contacting other professionals.",
    "If there is a risk that you will seriously harm someone else, I may need to tell someone who can help.",
    "If I believe you may hurt another person, I will let the relevant people know.",
    "We would have a duty to inform your GP if there was a serious risk of harm to yourself or others.",
    "If you threaten to harm another person, I will take action to keep them safe.",
    "If you say you plan to hurt someone, I may need to let other people know.",
    "If I think you might harm another person, I will take steps to safeguard them.",
    "If you tell me you are going to hurt someone, I will need to get help to keep everyone safe.",
    "If you threaten to harm someone, I may call 911.",
    # the next sentence
    "If you threaten to hurt someone, confidentiality may be broken. This may mean contacting the relevant services.",
    "If you tell me you plan to hurt another person, I must break confidentiality. I will take steps to keep them safe.",
]


@pytest.mark.parametrize("line", VAGUE)
def test_a_danger_to_others_and_a_general_contact_or_protective_act_is_vague(line: str) -> None:
    got = _one_line(line)
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize(
    ("line", "warn"),
    [
        # the police or the threatened person named: stated
        ("If you threaten someone, we may contact the relevant services or the police.", "stated"),
        ("If you threaten to hurt someone, I may break confidentiality. I will tell the police.", "stated"),
        # a danger to the client alone: never duty_to_warn
        ("If you are at risk of harming yourself, I may contact your GP.", "missing"),
        ("If you are at risk of harming yourself, we may pass information to the relevant services.", "missing"),
        ("If you are at risk of harming yourself, we will take steps to keep you safe.", "missing"),
        # a contact for another reason or only with the client's say-so
        ("I may contact your GP with your consent.", "missing"),
        ("If you are a danger to others, I may contact your GP with your consent.", "missing"),
        ("If you are a risk to others, we may tell other professionals, but only with your agreement.", "missing"),
        ("If you are at risk of harming others, I may break confidentiality. I may contact your GP with your consent.", "missing"),
        # the client's own contact, advice to the client
        ("If you are thinking of hurting someone, please talk to someone who can help.", "missing"),
        ("If you feel you might harm someone, contact the crisis team or go to A&E.", "missing"),
        ("If you threaten someone, we encourage you to get help.", "missing"),
        ("If you tell others that you want to hurt someone, please tell me.", "missing"),
        # how much is shared, not an act (labels.yaml)
        ("If you threaten someone, we will share only what is needed to keep them safe.", "missing"),
    ],
)
def test_near_misses(line: str, warn: str) -> None:
    assert _one_line(line)["duty_to_warn"] == warn


@pytest.mark.parametrize(
    "line",
    [
        "I will not contact anyone, even if you threaten someone.",
        "I will not contact the relevant services, even if you threaten to hurt someone.",
        "We never contact other agencies, even if a client threatens someone.",
    ],
)
def test_the_opposite_is_never_vague_or_stated(line: str) -> None:
    got = _one_line(line)
    assert got["harm_to_others"] == "contradicted"
    assert got["duty_to_warn"] not in ("vague", "stated")


LIST = ["you are at risk of harming yourself,", "you are at risk of harming someone else,", "a child is at risk of abuse."]


def _after_list(tail: str) -> str:
    return "# Confidentiality\n\nI may have to share information without your consent if:\n\n" + "".join(f"- {i}\n" for i in LIST) + "\n" + tail + "\n"


@pytest.mark.parametrize(
    ("tail", "warn"),
    [
        ("In these cases I may need to share information with other professionals.", "vague"),
        ("If this happens, I may contact your GP or emergency services.", "vague"),
        ("In such cases I would take steps to protect them.", "vague"),
        ("In these cases the relevant authorities may be informed.", "vague"),
        # refused, left to the client, or no contact
        ("In these cases I will not share information with other professionals.", "missing"),
        ("In these cases I may contact your GP, but only with your consent.", "missing"),
        ("I will take steps to keep you safe.", "missing"),
        ("I will always try to talk to you first.", "missing"),
    ],
)
def test_a_general_contact_after_a_list_with_a_danger_to_others(tail: str, warn: str, tmp_path: Path) -> None:
    from policy_lint.authoring.draft import draft_policy

    page = _after_list(tail)
    got = coverage_of_bytes(page.encode(), "p.md")
    assert got["harm_to_others"] == "stated"
    assert got["duty_to_warn"] == warn, got
    path = tmp_path / "p.md"
    path.write_text(page, encoding="utf-8")
    assert coverage_of_bytes(draft_policy(str(path)).encode(), "draft.yaml")["duty_to_warn"] == warn


def test_a_lead_in_that_names_any_receiver_is_no_warning() -> None:
    """"Disclosed to a third party, except:" or "shared with others in these cases:" over a list names any receiver at
    all, not whom we would tell in those cases (real17, tune18b)."""
    for lead in ("Your information cannot be disclosed to a third party, except in these cases:",
                 "We may share information with others in these cases:"):
        page = "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in LIST)
        assert coverage_of_bytes(page.encode(), "p.md")["duty_to_warn"] == "missing", lead


@pytest.mark.parametrize(
    "line",
    [
        "I do not take steps to protect them, even if you threaten someone.",
        "We never take action to keep them safe, even if you threaten another person.",
        "I will not take protective action, even if you threaten another person.",
    ],
)
def test_a_protective_act_refused_is_the_warning_said_the_other_way(line: str) -> None:
    # (harm_to_others still reads stated here, as before this branch: the refusal is of no act of sharing)
    assert _one_line(line)["duty_to_warn"] == "contradicted"


@pytest.mark.parametrize(
    "line",
    [
        "I will not hesitate to take steps to protect them if you threaten someone.",
        "If you threaten someone, I will not tell you first but I will take steps to protect them.",
    ],
)
def test_a_protective_act_beside_another_negation_stays_vague(line: str) -> None:
    assert _one_line(line)["duty_to_warn"] == "vague"
