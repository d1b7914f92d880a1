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
from policy_lint import _resources
from policy_lint._fastcheck import Unsupported, compile_schema
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
    for path in sorted(Path(_resources.schema_path(POLICY_SCHEMA)).parent.glob("*.schema.json")):
        assert fast_check(path.name) is not None, path.name


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.json")) + sorted(EXAMPLES.rglob("*.yaml")), ids=lambda p: p.name)
def test_agrees_on_examples(path: Path) -> None:
    """On every bundled example, the fast check and jsonschema agree."""
    from policy_lint.source import load_path

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
