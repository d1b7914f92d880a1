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


# -- trial 10: "the law of United Kingdom" -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("GB", "the United Kingdom"),
        ("US", "the United States"),
        ("AE", "the United Arab Emirates"),
        ("NL", "the Netherlands"),
        ("PH", "the Philippines"),
        ("BS", "the Bahamas"),
        ("DO", "the Dominican Republic"),
        ("KY", "the Cayman Islands"),
        ("IM", "the Isle of Man"),
        ("AU-NT", "the Northern Territory"),
        ("AU-ACT", "the Australian Capital Territory"),
        ("CA-NT", "the Northwest Territories"),
        ("US-DC", "the District of Columbia"),
        ("US-CA", "California"),
        ("CA-BC", "British Columbia"),
        ("AU-NSW", "New South Wales"),
        ("IE", "Ireland"),
        ("GB-NIR", "Northern Ireland"),
        ("CD", "Congo, The Democratic Republic of the"),  # a name with a comma is left as the list writes it
        ("FR-75", "a region of France"),
    ],
)
def test_a_place_name_in_a_sentence_has_the_where_it_needs_it(code: str, written: str) -> None:
    from policy_lint.jurisdictions.codes import place_name

    assert place_name(code) == written


def test_the_hints_and_notes_say_the_law_of_the_united_kingdom(tmp_path, run_cli) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.md"
    page.write_text("# Privacy\n\nWhat you tell me stays private. I follow the UK GDPR and I am a member of the BACP.\n", encoding="utf-8")
    out = json.loads(run_cli("check", str(page), "--format", "json").stdout)
    (jur,) = [f for f in out["files"][0]["findings"] if f["rule"] == "JUR004"]
    assert "policy-lint assumed the United Kingdom (GB)" in jur["message"]
    assert "This policy follows the law of the United Kingdom." in jur["hint"]
    assert "of United Kingdom" not in json.dumps(out)
