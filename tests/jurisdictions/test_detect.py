"""Guessing the jurisdiction from an address in the text (a pure function)."""

from __future__ import annotations

import pytest

from policy_lint.jurisdictions.detect import detect


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("12 River Road, Sacramento, CA 95814", "US-CA", "CA 95814"),
        ("Austin, Texas 78701-1234", "US-TX", "Texas 78701-1234"),
        ("New York, NY 10001", "US-NY", "NY 10001"),
        ("Vancouver, BC V6B 1A1", "CA-BC", "BC V6B 1A1"),
        ("Toronto, Ontario M5V 2T6", "CA-ON", "Ontario M5V 2T6"),
        ("Suite 4, 1 George St, Sydney NSW 2000", "AU-NSW", "NSW 2000"),
        ("Sydney, New South Wales 2000", "AU-NSW", "New South Wales 2000"),
        ("10 Downing St, London SW1A 2AA", "GB", "SW1A 2AA"),
        ("Our office:\n4 Elm St\nPortland, OR\n97201", "US-OR", "OR 97201"),
    ],
)
def test_an_address_names_the_region(text: str, code: str, evidence: str) -> None:
    found = detect(text)
    assert found is not None
    assert found.code == code
    assert found.evidence == evidence
    assert " ".join(text[found.span[0] : found.span[1]].split()) == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Under Texas law we may share what you tell us.",
        "We also see clients from California and Oregon.",
        "Call 555 0100, or write to us at box 95814.",
        "In 2020 10000 people asked.",
        "ca 95814",  # a code in lower case is not an address
        "",
    ],
)
def test_a_name_without_an_address_is_not_enough(text: str) -> None:
    assert detect(text) is None


def test_the_region_named_most_often_wins_and_the_others_are_kept() -> None:
    found = detect("Offices: Portland, OR 97201; Oakland, CA 94607; Sacramento, CA 95814.")
    assert found is not None
    assert found.code == "US-CA" and found.count == 2
    assert found.evidence == "CA 94607"
    assert found.others == ("US-OR",)


def test_on_a_tie_the_first_address_wins() -> None:
    found = detect("Portland, OR 97201. Oakland, CA 94607.")
    assert found is not None and found.code == "US-OR"


def test_not_text() -> None:
    assert detect(None) is None  # type: ignore[arg-type]
