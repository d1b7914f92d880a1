"""Region codes: the shipped list, its agreement with the schema, and "did you mean"."""

from __future__ import annotations

import json
import re

import pytest

from policy_lint import resources as _resources
from policy_lint.jurisdictions.codes import SHAPE, did_you_mean, known, region, suggest


def _data() -> dict:
    return json.loads(_resources.data_path("regions.json").read_text(encoding="utf-8"))


def test_the_list_holds_every_country_and_the_subdivisions_of_us_ca_au_gb() -> None:
    data = _data()
    assert len(data["countries"]) == 249
    subs = data["subdivisions"]
    assert sum(c.startswith("US-") for c in subs) == 57  # 50 states, DC and 6 outlying areas
    assert sum(c.startswith("CA-") for c in subs) == 13
    assert sum(c.startswith("AU-") for c in subs) == 8
    assert {"GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"} <= set(subs)


def test_every_shipped_code_has_the_form_the_schema_allows() -> None:
    """The schema's pattern and the code list agree: no real code fails the pattern."""
    schema = _resources.load_schema("confidentiality-policy.schema.json")
    pattern = re.compile(schema["$defs"]["clinic"]["properties"]["jurisdiction"]["pattern"])
    assert pattern.pattern == SHAPE.pattern
    data = _data()
    for code in list(data["countries"]) + list(data["subdivisions"]):
        assert pattern.search(code), code


def test_the_fast_check_and_jsonschema_agree_on_jurisdiction_values() -> None:
    from policy_lint.schema import fast_check, validator

    quick = fast_check("confidentiality-policy.schema.json")
    assert quick is not None, "the x-suggest annotation must not stop the compiled check"
    full = validator("confidentiality-policy.schema.json")
    base = {"schema_version": 1, "clinic": {"name": "A", "contact": {"email": "a@b.example"}, "effective_date": "2026-01-01"}}
    for value in ["US-TX", "TX", "Texas", "tx", "california", "GB", "GB-ENG", "AU-NSW", "us-tx", "", 12, "US-TOOLONG"]:
        doc = json.loads(json.dumps(base))
        doc["clinic"]["jurisdiction"] = value
        assert quick(doc) == full.is_valid(doc), value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("TX", ("US-TX",)),
        ("Texas", ("US-TX",)),
        ("tx", ("US-TX",)),
        ("california", ("US-CA",)),
        ("Californa", ("US-CA",)),
        ("us-tx", ("US-TX",)),
        ("US_NY", ("US-NY",)),
        (" US-CA", ("US-CA",)),
        ("UK", ("GB",)),
        ("England", ("GB-ENG",)),
        ("BC", ("CA-BC",)),
        ("NSW", ("AU-NSW",)),
        ("Austin, Texas", ("US-TX",)),
        ("USA", ("US",)),
    ],
)
def test_suggest(value: str, expected: tuple[str, ...]) -> None:
    assert suggest(value) == expected


def test_a_name_that_fits_two_places_offers_both() -> None:
    assert suggest("Georgia") == ("US-GA", "GE")
    assert did_you_mean("Georgia") == " Did you mean 'US-GA' (Georgia, United States) or 'GE' (Georgia)?"
    assert set(suggest("WA")) == {"US-WA", "AU-WA"}


def test_valid_codes_get_no_suggestion() -> None:
    for code in ["US-TX", "CA", "GB", "AU-NSW", "CA-BC", "FR"]:
        assert known(code)
        assert suggest(code) == ()


def test_unknown_codes() -> None:
    assert not known("TX")  # not a country
    assert not known("UK")  # reserved, not assigned: GB is the code
    assert not known("US-XX")
    assert not known("ZZ")
    assert suggest("ZZ") == () and did_you_mean("ZZ") == ""


def test_a_subdivision_of_a_country_without_a_list_is_taken_on_trust() -> None:
    assert known("FR-75")
    assert region("FR-75").name == "a region of France"
    assert not known("XX-75")


def test_odd_values_do_not_crash() -> None:
    for value in [None, 12, [], {}, "", "   ", "-", "US-", "€€"]:
        suggest(value)
        did_you_mean(value)
        known(value)  # type: ignore[arg-type]
