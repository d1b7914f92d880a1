"""The compiled yes/no schema check agrees with jsonschema."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from policy_lint import resources
from policy_lint.compiled_schema import Unsupported, compile_schema
from policy_lint.schema import POLICY_SCHEMA, fast_check, validator

BASE = json.loads((EXAMPLES / "complete.json").read_text(encoding="utf-8"))

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
    st.sampled_from(["", " ", "x", "harm_to_self", "child_abus", "2026-01-15", "2026-02-30", "US-CA", "us-ca", "a@b", "no-at", "en", "EN-us", "1"]),
    st.text(max_size=8),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "x-a", "name", "category"]), inner, max_size=3), max_leaves=6)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, prefix + (i,))
    return out


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if not path:
            if action == "replace":
                data = draw(values)
            continue
        parent = data
        for token in path[:-1]:
            parent = parent[token]
        last = path[-1]
        if action == "replace":
            parent[last] = draw(values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "x-note", "titel", "name"]))] = draw(values)
        else:
            parent.append(draw(values))
    return data


def _agree(data: Any) -> None:
    quick = fast_check(POLICY_SCHEMA)
    slow_valid = not any(True for _ in validator(POLICY_SCHEMA).iter_errors(data))
    assert slow_valid == quick(data)


def test_shipped_schemas_compile() -> None:
    """Every shipped schema compiles, so the fast path is always used."""
    for path in sorted(Path(resources.schema_path(POLICY_SCHEMA)).parent.glob("*.schema.json")):
        assert fast_check(path.name) is not None, path.name


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.json")) + sorted(EXAMPLES.rglob("*.yaml")), ids=lambda p: p.name)
def test_agrees_on_examples(path: Path) -> None:
    """On every bundled example, the fast check and jsonschema agree."""
    from policy_lint.loading import load_path

    doc = load_path(path).document
    assert doc is not None
    _agree(doc.data)


@settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_agrees_on_mutated_policies(data: Any) -> None:
    """On random edits of a valid policy, the fast check and jsonschema agree."""
    _agree(data)


def test_unknown_keyword_is_refused() -> None:
    """A schema keyword the compiler does not know makes it refuse, never guess."""
    with pytest.raises(Unsupported):
        compile_schema({"dependentRequired": {"a": ["b"]}})
    with pytest.raises(Unsupported):
        compile_schema({"$ref": "https://example.com/x.json"})


def test_json_equality_rules() -> None:
    """enum and const follow JSON equality: 1 equals 1.0, true does not equal 1."""
    check = compile_schema({"enum": [1, [True]]})

    assert check(1.0)
    assert not check(True)
    assert not check([1])


# -- jsonschema explains only the parts the compiled check finds wrong ----------


def _whole_and_narrowed(data: Any, name: str = POLICY_SCHEMA) -> tuple[list[Any], list[Any]]:
    from policy_lint.schema import _narrower, _problems

    narrower = _narrower(name)
    assert narrower is not None
    whole = [(list(e.absolute_path), e.validator, e.message) for e in validator(name).iter_errors(data)]
    narrowed = [(list(e.absolute_path), e.validator, e.message) for e in narrower.errors(validator(name), data, narrower.root)]
    assert list(_problems(validator(name), data)) == list(_problems(validator(name), data, narrower))
    return whole, narrowed


@pytest.mark.slow  # 300 generated policies, each through jsonschema twice
@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_narrowed_search_gives_the_same_errors(data: Any) -> None:
    """Stepping into the failing parts gives jsonschema's errors, in the same order."""
    whole, narrowed = _whole_and_narrowed(data)
    assert narrowed == whole


def test_narrowed_search_on_a_typical_mistake() -> None:
    data = copy.deepcopy(BASE)
    data["limits"][1]["category"] = "harm_to_other"
    data["clinic"]["contact"]["email"] = "no-at"
    whole, narrowed = _whole_and_narrowed(data)
    assert narrowed == whole
    assert [(e[0], e[1]) for e in narrowed] == [
        (["clinic", "contact", "email"], "format"),
        (["clinic", "contact", "email"], "pattern"),
        (["limits", 1, "category"], "enum"),
    ]
    del data["schema_version"]  # the top object fails itself: jsonschema gets it whole
    whole, narrowed = _whole_and_narrowed(data)
    assert narrowed == whole and len(whole) == 4


@pytest.mark.parametrize("name", ["config.schema.json", "rulepack.schema.json"])
def test_narrowed_search_on_other_schemas(name: str) -> None:
    for data in ({}, {"x": 1}, [], {"rules": [{"id": 1}]}, {"select": ["A", 2]}):
        whole, narrowed = _whole_and_narrowed(data, name)
        assert narrowed == whole


def test_narrowed_search_hands_jsonschema_only_the_wrong_value() -> None:
    from policy_lint.schema import _narrower

    data = copy.deepcopy(BASE)
    data["limits"][1]["category"] = "harm_to_other"
    real = validator(POLICY_SCHEMA)
    handed: list[Any] = []

    class Spy:
        def descend(self, value: Any, node: Any) -> Any:
            handed.append(value)
            return real.descend(value, node)

    narrower = _narrower(POLICY_SCHEMA)
    assert narrower is not None
    errors = list(narrower.errors(Spy(), data, narrower.root))
    assert handed == ["harm_to_other"]
    assert [list(e.absolute_path) for e in errors] == [["limits", 1, "category"]]


def test_agrees_on_a_limit_with_category_or_categories() -> None:
    """A limit needs category or categories (or both): the compiled check and jsonschema agree."""
    limit = {"category": "court_order", "categories": ["required_by_law"], "explanation": "A judge can order us to share records."}
    for drop in ((), ("category",), ("categories",), ("category", "categories")):
        data = json.loads(json.dumps(BASE))
        data["limits"] = [{k: v for k, v in limit.items() if k not in drop}]
        _agree(data)
        assert fast_check(POLICY_SCHEMA)(data) == (drop != ("category", "categories")), drop
