"""The paragraph after a list of limits that names whom we would contact, refused or left to the client (review16).

After a list that names a danger to others, "we contact the appropriate authorities" is vague for duty_to_warn
(test_list_tails.py). Denied just before ("I would never report this to the appropriate authorities") or done only
with the client's say-so ("... will be contacted only with your consent"), no one is told: it is no such warning
(it read vague, a softer "all clear" for a refusal). The import draft reads as its page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prose_files import coverage_of_bytes

LIST = ["you are at risk of harming yourself,", "you are at risk of harming someone else,", "a court orders it."]


def _md(tail: str) -> str:
    return "# Confidentiality\n\nI may need to break confidentiality if:\n\n" + "".join(f"- {i}\n" for i in LIST) + "\n" + tail + "\n"


REFUSED = [
    "I would never report this to the appropriate authorities.",
    "In these cases I will not contact the relevant authorities.",
    "The appropriate authorities will be contacted only with your consent.",
    "I would contact the appropriate authorities only if you agree.",
]
SAID = [
    "In such cases I will contact the appropriate authorities.",
    "In such cases I will not hesitate to contact the appropriate authorities.",
    "If you cannot keep others safe, I will contact the appropriate authorities.",
    "The appropriate authorities will be contacted without your consent if the law requires it.",
]


@pytest.mark.parametrize(
    ("tail", "warning"),
    [(t, "missing") for t in REFUSED] + [(t, "vague") for t in SAID],
)
def test_a_contact_refused_or_left_to_the_client_is_no_warning_and_one_said_stays_vague(
    tail: str, warning: str, tmp_path: Path
) -> None:
    from policy_lint.authoring.draft import draft_policy

    page = _md(tail)
    got = coverage_of_bytes(page.encode(), "p.md")
    assert got["duty_to_warn"] == warning
    assert got["harm_to_others"] == "stated"
    path = tmp_path / "p.md"
    path.write_text(page, encoding="utf-8")
    assert coverage_of_bytes(draft_policy(str(path)).encode(), "draft.yaml")["duty_to_warn"] == warning
