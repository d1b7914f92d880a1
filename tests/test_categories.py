"""The category vocabulary (policy_lint/data/categories.yaml) and its use."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from policy_files import load_policy

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "confidentiality-policy.schema.json"
CATEGORIES_PATH = ROOT / "policy_lint" / "data" / "categories.yaml"
COMPLETE_EXAMPLES = [ROOT / "examples" / "complete.yaml", ROOT / "examples" / "complete.json"]
TIERS = {"required", "conditional", "recommended", "jurisdiction"}




def _mentions(text: str, term: str) -> bool:
    """True if `term` occurs in `text`, ignoring case, on word boundaries."""
    text = " ".join(text.split())
    pattern = r"(?<!\w)" + re.escape(" ".join(term.split())) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, Any]:
    return load_policy(CATEGORIES_PATH)


@pytest.fixture(scope="module")
def categories(vocabulary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return vocabulary["categories"]


def test_vocabulary_has_version(vocabulary: dict[str, Any]) -> None:
    """categories.yaml declares version 1 and a categories mapping."""
    assert vocabulary["version"] == 1
    assert isinstance(vocabulary["categories"], dict)


def test_enum_matches_vocabulary_in_order(categories: dict[str, Any]) -> None:
    """The schema's category enum lists exactly the vocabulary keys, in the same order."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$defs"]["category"]["enum"] == list(categories)


def test_vocabulary_covers_the_agreed_categories(categories: dict[str, Any]) -> None:
    """The vocabulary holds at least the categories the rules and examples rely on."""
    agreed = """harm_to_self harm_to_others duty_to_warn child_abuse elder_abuse
    dependent_adult_abuse court_order required_by_law client_authorization minors
    couples_family_group supervision_consultation staff_vendors insurance_billing
    collection_agencies emergencies telehealth records_retention records_access
    psychotherapy_notes deceased_clients mandated_evaluation litigation_defense
    health_oversight crime_law_enforcement public_figure_threats firearm_reporting
    communicable_disease impaired_driver end_of_life substance_use_records
    breach_notification workers_compensation teaching_research other""".split()
    assert set(agreed) <= set(categories)
    assert list(categories)[-1] == "other"


def test_category_names_are_snake_case(categories: dict[str, Any]) -> None:
    """Every category name is lowercase snake_case."""
    for name in categories:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", name), name


def test_every_category_is_complete(categories: dict[str, dict[str, Any]]) -> None:
    """Every category has a label, a description, a known tier, 4+ terms and 1+ source."""
    for name, entry in categories.items():
        assert isinstance(entry.get("label"), str) and entry["label"].strip(), name
        assert isinstance(entry.get("description"), str) and entry["description"].strip(), name
        assert entry.get("tier") in TIERS, name
        assert isinstance(entry.get("terms"), list) and len(entry["terms"]) >= 4, name
        assert isinstance(entry.get("sources"), list) and entry["sources"], name


def test_terms_are_lowercase_unique_and_not_too_many(
    categories: dict[str, dict[str, Any]],
) -> None:
    """Terms are non-empty lowercase strings, without repeats, at most 20 per category."""
    for name, entry in categories.items():
        terms = entry["terms"]
        assert len(terms) <= 20, name
        assert len(set(terms)) == len(terms), name
        for term in terms:
            assert isinstance(term, str) and term.strip() == term and term, (name, term)
            assert term == term.lower(), (name, term)


def test_sources_cite_the_reference(categories: dict[str, dict[str, Any]]) -> None:
    """Every source has a citation and an S-number from the domain reference (S1..S40)."""
    for name, entry in categories.items():
        for source in entry["sources"]:
            assert isinstance(source.get("cite"), str) and source["cite"].strip(), name
            assert re.fullmatch(r"S([1-9]|[1-3][0-9]|40)", str(source.get("ref"))), (
                name,
                source,
            )
            assert set(source) <= {"cite", "ref", "note"}, (name, source)


def test_unverified_sources_do_not_back_required_tiers(
    categories: dict[str, dict[str, Any]],
) -> None:
    """A required category never rests on UNVERIFIED sources alone."""
    for name, entry in categories.items():
        if entry["tier"] != "required":
            continue
        verified = [s for s in entry["sources"] if "UNVERIFIED" not in s.get("note", "")]
        assert verified, name


@pytest.mark.parametrize("path", COMPLETE_EXAMPLES, ids=lambda p: p.name)
def test_complete_examples_mention_their_categories(
    path: Path, categories: dict[str, dict[str, Any]]
) -> None:
    """In each complete example, every limit's title or explanation uses a term of its category."""
    policy = load_policy(path)
    assert policy["limits"]
    for limit in policy["limits"]:
        text = f"{limit['title']} {limit['explanation']}"
        terms = categories[limit["category"]]["terms"]
        assert any(_mentions(text, term) for term in terms), limit["category"]


def test_mentions_matches_whole_words_and_phrases() -> None:
    """Term matching ignores case, needs word boundaries, and lets a phrase span a line break."""
    assert _mentions("If you might Hurt\n yourself", "hurt yourself")
    assert _mentions("Call 911 now.", "911")
    assert not _mentions("a threatening call", "threat")
    assert not _mentions("children's", "child")
