"""Property-based tests: any data, any text, any bytes, and no rule or reporter breaks.

Hypothesis builds trees of mappings, lists and scalars in or near the shape
of a policy, with odd strings (control characters, markup, quotes, bidi
overrides, emoji) and odd keys. Each tree is written as YAML and as JSON text
and linted with every rule of the base and plain-language packs. Then every
output format renders it, and each must stay valid: text has one line per
finding and no raw control characters; JSON parses; SARIF passes the official
schema; JUnit parses as XML; GitHub annotations stay one per line.

Random bytes and random edits of examples/complete.yaml must never crash the
loader either.

The settings keep this file well under a minute in CI: few examples, no
deadline, derandomized (the same examples on every run, no database). For a
longer, random run: ``POLICY_LINT_PROPERTY_EXAMPLES=2000
POLICY_LINT_PROPERTY_RANDOM=1 pytest tests/hardening/test_properties.py``.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from policy_lint.session import make_linter
from policy_lint.engine import INTERNAL_ERROR, Linter
from policy_lint.findings import FileResult, RunResult
from policy_lint.packs import load_pack
from policy_lint.reporters import REPORTERS, render

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = (ROOT / "examples" / "complete.yaml").read_bytes()
SARIF_SCHEMA = ROOT / ".." / "shared" / "vendor" / "sarif-schema-2.1.0.json"

EXAMPLES = int(os.environ.get("POLICY_LINT_PROPERTY_EXAMPLES", "30"))
RANDOM = os.environ.get("POLICY_LINT_PROPERTY_RANDOM") == "1"


def _settings(factor: float = 1.0) -> Any:
    return settings(
        max_examples=max(5, int(EXAMPLES * factor)),
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# -- strategies ------------------------------------------------------------------------------

SPECIAL = [
    "",
    " ",
    "TODO",
    "[Clinic Name]",
    "{{clinic}}",
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>&amp;</i>",
    "]]><![CDATA[x]]>",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\x9b31m",
    "a\u202eb\u2066c",
    "line\nbreak\r\nand\rmore",
    "tab\there",
    "nul\x00byte",
    "\x7f\x85\u2028\u2029",
    "'single' \"double\" `back`",
    "\\backslash\\n",
    "::error file=x::y",
    "%0A%25",
    "*alias &anchor !tag | > - ? : # @",
    "\ufeffbom",
    "emoji \U0001f600 and \U0010ffff",
    "Ça va? Ωμέγα 中文 עברית",
    "en\u2000quad\u3000ideographic\u00a0nbsp\u200bzero TODO",
    "x" * 300,
    "We may share what you say. " * 20,
    "1e999",
    "-0",
    "null",
    "NaN",
]

CATEGORIES = ["harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "court_order", "other"]
FIELDS = [
    "schema_version", "clinic", "confidentiality", "limits", "notification", "questions", "$schema",
    "name", "jurisdiction", "contact", "email", "summary", "details", "category", "title",
    "explanation", "may_tell", "legal_basis", "at_intake", "before_disclosure", "x-notes", "<<",
]

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(SPECIAL)
keys = st.sampled_from(FIELDS) | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12) | st.sampled_from(SPECIAL[1:])
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts
)
trees = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=25,
)

limit = st.fixed_dictionaries(
    {"category": st.sampled_from(CATEGORIES) | texts, "title": texts, "explanation": texts},
    optional={"may_tell": st.lists(texts, max_size=3) | texts, "legal_basis": texts | st.lists(texts, max_size=2), "x-extra": trees},
)
policies = st.fixed_dictionaries(
    {"schema_version": st.sampled_from([1, 2, "1", None])},
    optional={
        "clinic": st.fixed_dictionaries(
            {"name": texts},
            optional={"jurisdiction": st.sampled_from(["US-CA", "US-TX", "XX"]) | texts, "contact": st.dictionaries(st.sampled_from(["name", "email", "phone"]), texts), "effective_date": st.sampled_from(["2026-01-15", "2026-13-45"]) | texts},
        ),
        "confidentiality": st.fixed_dictionaries({}, optional={"summary": texts, "details": texts}),
        "limits": st.lists(limit | trees, max_size=5),
        "notification": st.dictionaries(st.sampled_from(["at_intake", "before_disclosure", "after_disclosure", "minimum_necessary"]) | keys, texts | trees, max_size=4),
        "questions": texts | trees,
        "x-more": trees,
    },
)


def _yaml(data: Any) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _json(data: Any, ascii_only: bool) -> str:
    return json.dumps(data, ensure_ascii=ascii_only, indent=2, allow_nan=True)


# -- checking the outputs --------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _linters() -> tuple[Linter, ...]:
    return tuple(make_linter(load_pack(name)) for name in ("base", "plain-language"))


@lru_cache(maxsize=None)
def _rules() -> tuple[Any, ...]:
    seen: dict[str, Any] = {}
    for linter in _linters():
        for rule in linter.pack.rules:
            seen.setdefault(rule.id, rule)
    return tuple(seen.values())


@lru_cache(maxsize=None)
def _sarif_validator() -> Any:
    if not SARIF_SCHEMA.is_file():
        return None
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


_RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_TEXT_LINE = re.compile(r"^.*:\d+:\d+: (error|warning|info) [A-Z]+\d{3} .+ \[[a-z0-9-]+\]")
# The divider before a file's plain-language findings, and the run's count of them.
_TEXT_EXTRA = re.compile(r"^-- plain language: .+ --$|^Of these, plain language \(PLN\): .+\. To see the rest alone, add --ignore PLN\.$")


def check_outputs(result: RunResult) -> None:
    """Every reporter renders the result, and every output is valid for its format."""
    for fmt in REPORTERS:
        out = render(fmt, result, color=False, hints=True, rules=_rules(), exit_code=1)
        out.encode("utf-8")  # strict: no lone surrogates anywhere
        if fmt == "text":
            assert not _RAW.search(out), repr(_RAW.search(out))
            lines = out.splitlines()
            assert lines[-1].startswith("Checked ")
            for line in lines[:-1]:
                assert line.startswith("    hint: ") or _TEXT_LINE.match(line) or _TEXT_EXTRA.match(line), repr(line)
        elif fmt in ("json", "sarif"):
            data = json.loads(out)
            if fmt == "sarif" and _sarif_validator() is not None:
                errors = list(_sarif_validator().iter_errors(data))
                assert not errors, errors[0].message
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        elif fmt == "github":
            for line in out.splitlines():
                assert line.startswith("::"), repr(line)
                assert not _RAW.search(line.replace("\t", " ")), repr(line)  # a tab is harmless there
        else:  # a format added later: it must at least be text
            assert isinstance(out, str)


def lint_all(text: str, name: str, *, is_json: bool) -> list[FileResult]:
    from policy_lint.loading import load_text

    loaded = load_text(text, name, is_json=is_json)
    if loaded.document is not None:  # every string can be placed, quickly
        for pointer, value in loaded.document.strings():
            loaded.document.locate(pointer, span=(max(0, len(value) - 4), len(value)))
    results = []
    for linter in _linters():
        fr = linter.lint_text(text, name, is_json=is_json)
        internal = [f for f in fr.findings if f.rule_id == INTERNAL_ERROR]
        assert not internal, f"{internal[0].message}\n--- {name} ---\n{text[:2000]}"
        results.append(fr)
    return results


# -- the properties ----------------------------------------------------------------------------------


@_settings()
@given(data=policies, as_json=st.booleans(), ascii_only=st.booleans())
def test_policy_shaped_data_never_breaks_a_rule_or_a_reporter(data: dict[str, Any], as_json: bool, ascii_only: bool) -> None:
    text = _json(data, ascii_only) if as_json else _yaml(data)
    name = "odd \x1b[31m\n<policy>.json" if as_json else "odd \x1b[31m\n<policy>.yaml"
    results = lint_all(text, name, is_json=as_json)
    check_outputs(RunResult(tuple(results)))


@_settings(0.7)
@given(data=trees, as_json=st.booleans())
def test_any_tree_never_breaks_a_rule_or_a_reporter(data: Any, as_json: bool) -> None:
    text = _json(data, True) if as_json else _yaml(data)
    results = lint_all(text, "tree.json" if as_json else "tree.yaml", is_json=as_json)
    check_outputs(RunResult(tuple(results)))


@_settings()
@given(raw=st.binary(max_size=600), as_json=st.booleans())
def test_random_bytes_never_crash_the_loader(raw: bytes, as_json: bool) -> None:
    from policy_lint.loading import load_bytes

    load_bytes(raw, "random", is_json=as_json)
    for linter in _linters()[:1]:
        fr = linter.lint_bytes(raw, "random.json" if as_json else "random.yaml", is_json=as_json)
        assert not [f for f in fr.findings if f.rule_id == INTERNAL_ERROR]


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    """examples/complete.yaml after a few random edits (cuts, copies, inserts, byte flips)."""
    raw = bytearray(COMPLETE)
    for _ in range(draw(st.integers(1, 4))):
        if not raw:
            break
        op = draw(st.sampled_from(["cut", "copy", "insert", "flip", "truncate", "indent"]))
        i = draw(st.integers(0, len(raw) - 1))
        j = min(len(raw), i + draw(st.integers(1, 200)))
        if op == "cut":
            del raw[i:j]
        elif op == "copy":
            raw[i:i] = raw[i:j]
        elif op == "insert":
            raw[i:i] = draw(st.binary(min_size=1, max_size=12) | st.sampled_from([b"\t", b": ", b"- ", b"&a ", b"*a", b"!!python/name:os.system ", b"<<: ", b"[", b"{", b'"', b"\xff", b"\x00", b"\xef\xbb\xbf", b"---\n", b"? "]))
        elif op == "flip":
            raw[i] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del raw[i:]
        else:
            raw[i:i] = b" " * draw(st.integers(1, 6))
    return bytes(raw)


@_settings(1.5)
@given(raw=mutations())
def test_mutated_examples_never_crash(raw: bytes) -> None:
    for linter in _linters():
        fr = linter.lint_bytes(raw, "mutated.yaml")
        assert not [f for f in fr.findings if f.rule_id == INTERNAL_ERROR], fr.findings
    check_outputs(RunResult((fr,)))


def test_the_strategies_reach_odd_text() -> None:
    """A guard on the strategies themselves: odd strings, NaN and the infinities are in play."""
    assert any("\x1b" in s for s in SPECIAL) and any("<" in s for s in SPECIAL)
    assert math.isnan(find(scalars, lambda v: isinstance(v, float) and math.isnan(v)))
    assert math.isinf(find(scalars, lambda v: isinstance(v, float) and math.isinf(v)))
    assert '"x": NaN' in _json({"x": math.nan}, True)  # and they reach the JSON that is linted


@pytest.mark.parametrize("text", SPECIAL)
def test_each_odd_string_in_every_prose_field(text: str) -> None:
    """Each odd string, in every field a client reads, through every rule and reporter."""
    from policy_lint.loading import load_text

    loaded = load_text(COMPLETE.decode("utf-8"), "complete.yaml")
    assert loaded.document is not None
    data = loaded.document.data  # a fresh copy each time; dates stay text
    data["questions"] = text
    data["confidentiality"]["summary"] = text + " " + text
    data["limits"][0]["explanation"] = text
    data["limits"][1]["title"] = text
    data["limits"][2]["may_tell"] = [text, text]
    data["notification"]["at_intake"] = text
    data[text or "empty"] = text
    for as_json in (False, True):
        source = _json(data, False) if as_json else _yaml(data)
        results = lint_all(source, "p.json" if as_json else "p.yaml", is_json=as_json)
        check_outputs(RunResult(tuple(results)))
