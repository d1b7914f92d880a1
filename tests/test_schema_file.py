"""The policy schema file and the bundled examples that must match it."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any, Iterator

import jsonschema
import pytest

from policy_files import load_policy
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "confidentiality-policy.schema.json"
EXAMPLES = ROOT / "examples"
GAPS = EXAMPLES / "gaps"
SCHEMA_ID = "https://policy-lint.dev/schemas/confidentiality-policy/v1.json"




@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _walk_properties(node: Any, where: str = "#") -> Iterator[tuple[str, dict]]:
    """Yield (location, subschema) for every entry under a `properties` keyword."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield f"{where}/properties/{name}", sub
            yield from _walk_properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_properties(value, f"{where}/{i}")


def _walk_schemas(node: Any, where: str = "#") -> Iterator[tuple[str, dict]]:
    """Yield (location, subschema) for every dict that looks like a schema."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key in ("properties", "patternProperties", "$defs"):
                for name, sub in value.items():
                    yield from _walk_schemas(sub, f"{where}/{key}/{name}")
            elif key in ("items", "not", "if", "then", "else"):
                yield from _walk_schemas(value, f"{where}/{key}")
            elif key in ("anyOf", "allOf", "oneOf"):
                for i, sub in enumerate(value):
                    yield from _walk_schemas(sub, f"{where}/{key}/{i}")


def _minimal() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "clinic": {
            "name": "Riverside Counseling",
            "jurisdiction": "US-CA",
            "contact": {"email": "privacy@riverside.example"},
            "effective_date": "2026-01-15",
        },
    }


def _errors(validator: jsonschema.Draft202012Validator, doc: Any) -> list[str]:
    return sorted(e.json_path for e in validator.iter_errors(doc))


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    """The policy schema passes the draft 2020-12 metaschema."""
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_has_stable_id_title_and_description(schema: dict[str, Any]) -> None:
    """The schema has the stable v1 $id and a top-level title and description."""
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"].strip()
    assert schema["description"].strip()


def test_every_property_has_title_and_description(schema: dict[str, Any]) -> None:
    """Every property at every level, $defs and items included, has a title and a description."""
    seen = list(_walk_properties(schema))
    assert len(seen) > 25, "the walk should reach the nested properties"
    missing = [
        where
        for where, sub in seen
        if not (isinstance(sub.get("title"), str) and sub["title"].strip())
        or not (isinstance(sub.get("description"), str) and sub["description"].strip())
    ]
    assert missing == []


def test_every_object_is_closed_but_allows_x_extensions(schema: dict[str, Any]) -> None:
    """Each object schema forbids unknown keys and accepts keys that start with x-."""
    objects = [
        (where, sub) for where, sub in _walk_schemas(schema) if sub.get("type") == "object"
    ]
    assert len(objects) >= 6
    for where, sub in objects:
        assert sub.get("additionalProperties") is False, where
        assert "^x-" in sub.get("patternProperties", {}), where


def test_all_refs_are_local(schema: dict[str, Any]) -> None:
    """Every $ref points inside the schema file (no remote references)."""
    refs = [sub["$ref"] for _, sub in _walk_schemas(schema) if "$ref" in sub]
    assert refs
    assert all(ref.startswith("#/") for ref in refs), refs


def test_minimal_policy_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    """A policy with only the required fields is valid; content gaps are left to rules."""
    assert _errors(validator, _minimal()) == []


@pytest.mark.parametrize("field", ["schema_version", "clinic"])
def test_top_level_required_fields(
    validator: jsonschema.Draft202012Validator, field: str
) -> None:
    """schema_version and clinic are required at the top level."""
    doc = _minimal()
    del doc[field]
    assert _errors(validator, doc) == ["$"]


@pytest.mark.parametrize("field", ["name", "jurisdiction", "contact", "effective_date"])
def test_clinic_required_fields(
    validator: jsonschema.Draft202012Validator, field: str
) -> None:
    """The clinic needs a name, a jurisdiction, a contact and an effective date."""
    doc = _minimal()
    del doc["clinic"][field]
    assert _errors(validator, doc) == ["$.clinic"]


def test_contact_needs_email_or_phone(validator: jsonschema.Draft202012Validator) -> None:
    """A contact with neither email nor phone is invalid; either one is enough."""
    doc = _minimal()
    doc["clinic"]["contact"] = {"name": "Dana Lee"}
    assert _errors(validator, doc) == ["$.clinic.contact"]
    doc["clinic"]["contact"] = {"phone": "+1 555 0100"}
    assert _errors(validator, doc) == []


@pytest.mark.parametrize(
    ("pointer", "value"),
    [
        (("schema_version",), 2),
        (("clinic", "jurisdiction"), "California"),
        (("clinic", "jurisdiction"), "us-ca"),
        (("clinic", "language"), "English"),
        (("clinic", "effective_date"), "15/01/2026"),
        (("clinic", "effective_date"), "2026-02-30"),
        (("clinic", "website"), "riverside.example"),
        (("clinic", "contact", "email"), "privacy at riverside"),
        (("clinic", "contact", "phone"), "call us"),
        (("limits",), {"category": "harm_to_self"}),
        (("notification",), "We tell you."),
        (("questions",), "   "),
        (("confidentiality", "summary"), ""),
    ],
)
def test_wrong_types_and_formats_are_rejected(
    validator: jsonschema.Draft202012Validator, pointer: tuple[str, ...], value: Any
) -> None:
    """Wrong types, bad codes, bad dates and blank prose are schema errors."""
    doc = _minimal()
    target = doc
    for key in pointer[:-1]:
        target = target.setdefault(key, {})
    target[pointer[-1]] = value
    assert _errors(validator, doc) != []


@pytest.mark.parametrize("code", ["US", "US-CA", "GB", "CA-QC", "FR-75"])
def test_jurisdiction_accepts_iso_codes(
    validator: jsonschema.Draft202012Validator, code: str
) -> None:
    """ISO 3166-1 alpha-2 and ISO 3166-2 codes are valid jurisdictions."""
    doc = _minimal()
    doc["clinic"]["jurisdiction"] = code
    assert _errors(validator, doc) == []


def test_limit_fields(validator: jsonschema.Draft202012Validator) -> None:
    """A limit needs category and explanation (title is optional); may_tell is unique; legal_basis is text or a list."""
    limit = {
        "category": "court_order",
        "title": "If a judge orders it",
        "explanation": "A judge can order us to share records.",
        "may_tell": ["the court"],
        "legal_basis": "45 CFR 164.512(e)",
    }
    doc = _minimal() | {"limits": [limit]}
    assert _errors(validator, doc) == []
    for key in ("category", "explanation"):
        broken = copy.deepcopy(doc)
        del broken["limits"][0][key]
        assert _errors(validator, broken) == ["$.limits[0]"], key
    untitled = copy.deepcopy(doc)
    del untitled["limits"][0]["title"]
    assert _errors(validator, untitled) == []
    several = copy.deepcopy(doc)
    several["limits"][0]["categories"] = ["required_by_law"]
    assert _errors(validator, several) == []
    # A limit filed under several categories needs no primary one: categories alone will do.
    only_list = copy.deepcopy(several)
    del only_list["limits"][0]["category"]
    only_list["limits"][0]["categories"] = ["court_order", "required_by_law"]
    assert _errors(validator, only_list) == []
    for bad in ([], ["court_ordr"], ["required_by_law", "required_by_law"], "required_by_law"):
        broken = copy.deepcopy(doc)
        broken["limits"][0]["categories"] = bad
        assert _errors(validator, broken) == ["$.limits[0].categories"] or _errors(validator, broken)[0].startswith("$.limits[0].categories"), bad
    broken = copy.deepcopy(doc)
    broken["limits"][0]["may_tell"] = ["the court", "the court"]
    assert _errors(validator, broken) == ["$.limits[0].may_tell"]
    listed = copy.deepcopy(doc)
    listed["limits"][0]["legal_basis"] = ["45 CFR 164.512(e)", "Cal. Evid. Code 1014"]
    assert _errors(validator, listed) == []


def test_unknown_keys_rejected_and_x_keys_allowed(
    validator: jsonschema.Draft202012Validator,
) -> None:
    """An unknown key is an error at any level; an x- key is allowed at any level."""
    doc = _minimal()
    doc["clinic"]["contact"]["fax"] = "555 0101"
    assert _errors(validator, doc) == ["$.clinic.contact"]
    doc = _minimal() | {
        "x-owner": "ops",
        "limits": [
            {
                "category": "other",
                "title": "Other",
                "explanation": "Other times we may share.",
                "x-reviewed-by": "Dana",
            }
        ],
        "notification": {"x-note": True},
    }
    doc["clinic"]["x-id"] = 7
    doc["clinic"]["contact"]["x-slack"] = "#privacy"
    assert _errors(validator, doc) == []


VALID_EXAMPLES = [
    EXAMPLES / "complete.yaml",
    EXAMPLES / "complete.json",
    EXAMPLES / "small-practice.yaml",
    *(
        path
        for path in sorted(GAPS.glob("*.yaml"))
        if path.stem != "wrong-category"
    ),
]


@pytest.mark.parametrize("path", VALID_EXAMPLES, ids=lambda p: p.name)
def test_examples_are_valid(
    validator: jsonschema.Draft202012Validator, path: Path
) -> None:
    """Every bundled example, except the wrong-category gap, matches the schema."""
    assert _errors(validator, load_policy(path)) == []


def test_gap_examples_exist() -> None:
    """The common-gap examples are bundled, with a contradiction and a vague limit."""
    names = {p.stem for p in GAPS.glob("*.yaml")}
    assert names == {
        "contradiction",
        "blanket-promise",
        "vague-limit",
        "no-elder-abuse",
        "no-court-order",
        "no-notification",
        "placeholder-text",
        "wrong-category",
    }


def test_wrong_category_fails_only_on_the_category(
    validator: jsonschema.Draft202012Validator,
) -> None:
    """wrong-category.yaml has exactly one schema error: the misspelt category value."""
    doc = load_policy(GAPS / "wrong-category.yaml")
    errors = list(validator.iter_errors(doc))
    assert len(errors) == 1
    (error,) = errors
    assert error.validator == "enum"
    assert error.instance == "child_abus"
    assert list(error.absolute_path) == ["limits", 2, "category"]


@pytest.mark.parametrize(
    "path",
    sorted(GAPS.glob("*.yaml")),
    ids=lambda p: p.name,
)
def test_gap_sidecar_lists_findings_on_real_lines(path: Path) -> None:
    """Each gap file has a sidecar whose findings name a known rule ID and a line inside the file."""
    sidecar = path.with_name(path.stem + ".expected")
    expected = YAML(typ="safe", pure=True).load(sidecar.read_text(encoding="utf-8"))
    findings = expected["findings"]
    assert findings
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    for finding in findings:
        assert set(finding) == {"rule", "line"}
        assert re.fullmatch(r"(PAR|SCH|COV|NOT|DOC|LIM|TXT|PLN|SUP)\d{3}", finding["rule"])
        assert 1 <= finding["line"] <= n_lines
    lines = [f["line"] for f in findings]
    assert lines == sorted(lines), "list findings in file order"


def test_missing_limit_findings_point_at_the_limits_key() -> None:
    """Missing-limit findings in the sidecars point at the line of the `limits:` key (a contradiction or a blanket promise points at its words)."""
    for sidecar in GAPS.glob("*.expected"):
        policy = sidecar.with_name(sidecar.name.replace(".expected", ".yaml"))
        lines = policy.read_text(encoding="utf-8").splitlines()
        for finding in YAML(typ="safe", pure=True).load(sidecar.read_text())["findings"]:
            if finding["rule"].startswith("COV") and finding["rule"] not in ("COV007", "COV008"):
                assert lines[finding["line"] - 1] == "limits:", sidecar.name
