"""What a prose policy says about itself: name, contact, effective date, opening statement, questions."""

from __future__ import annotations

import pytest

from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import clinic_name, find_facts, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("January 15, 2026", "2026-01-15"),
        ("Jan. 15 2026", "2026-01-15"),
        ("15 January 2026", "2026-01-15"),
        ("1st of March, 2026", "2026-03-01"),
        ("2026-03-01", "2026-03-01"),
        ("03/01/2026", "2026-03-01"),
        ("February 30, 2026", None),
        ("March 2026", None),
    ],
)
def test_dates(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


def _blocks(*texts: str) -> list[Block]:
    return [Block("heading" if t.startswith("# ") else "paragraph", t[2:] if t.startswith("# ") else t) for t in texts]


def test_facts_found_in_the_text() -> None:
    blocks = _blocks(
        "# Privacy at Oak Tree Therapy",
        "This notice is effective as of March 1, 2026.",
        "Your privacy is important to us.",
        "The information you share in therapy is protected by law, and we keep it confidential.",
        "# Questions?",
        "Write to privacy@oaktree.example or call (503) 555-0142.",
    )
    facts = find_facts(blocks, {})
    assert facts["/clinic/effective_date"].value == "2026-03-01"
    assert facts["/clinic/contact/email"].value == "privacy@oaktree.example"
    assert facts["/clinic/contact/phone"].value == "(503) 555-0142"
    assert facts["/confidentiality/summary"].block == 3  # not "Your privacy is important to us."
    assert facts["/questions"].block == 5  # the answer under the "Questions?" heading
    email = facts["/clinic/contact/email"]
    assert blocks[email.block].text[slice(*email.span)] == "privacy@oaktree.example"


def test_no_facts_no_guesses() -> None:
    facts = find_facts(_blocks("Privacy matters. We updated this page last year.", "Frequently asked questions"), {})
    assert facts == {}


@pytest.mark.parametrize(
    ("meta", "texts", "name"),
    [
        ({"site_name": "Riverside Counseling", "title": "Privacy | Other"}, [], "Riverside Counseling"),
        ({"title": "Notice of Privacy Practices – Cedar Grove Family Services"}, [], "Cedar Grove Family Services"),
        ({"title": "Privacy Policy"}, ["Welcome to Harbor Light Therapy, PLLC."], "Harbor Light Therapy, PLLC"),
        ({"title": "Privacy Policy", "heading": "Dr. Ana Ruiz, PhD"}, ["We keep it private."], "Dr. Ana Ruiz, PhD"),
        ({"title": "Privacy Policy"}, ["We keep it private."], None),
        # A generic policy title is no practice name: no "in therapy" from "Your privacy in therapy".
        ({"heading": "Your privacy in therapy"}, ["We keep it private."], None),
        ({"heading": "Your Privacy In Therapy"}, ["We keep it private."], None),
        ({"heading": "Confidentiality and your rights"}, ["We keep it private."], None),
        ({"heading": "Privacy in counseling"}, ["We keep it private."], None),
        ({"title": "Notice of Privacy Practices"}, ["We keep it private."], None),
        ({"heading": "About confidentiality at Oak Family Therapy"}, ["We keep it private."], "Oak Family Therapy"),
        ({"heading": "Riverside Counseling: your privacy in therapy"}, [], "Riverside Counseling"),
        # Found in a trial: "Its" is no name ("Confidentiality and Its Limits"), nor "This" or "Their".
        ({"heading": "Confidentiality and Its Limits"}, ["We keep it private."], None),
        ({"title": "Confidentiality and Its Limits"}, ["We keep it private."], None),
        ({"heading": "This Policy and Your Rights"}, ["We keep it private."], None),
        ({"heading": "Hudson Valley Counseling: Confidentiality and Its Limits"}, [], "Hudson Valley Counseling"),
        ({"heading": "That Place Therapy"}, [], "That Place Therapy"),
    ],
)
def test_clinic_name(meta: dict[str, str], texts: list[str], name: str | None) -> None:
    found = clinic_name(meta, _blocks(*texts))
    assert (found.value if found is not None else None) == name
