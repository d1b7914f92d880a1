"""A fast yes/no check of a value against one of our own JSON Schemas.

Importing jsonschema costs more than everything else in a pre-commit run, and
most policies are valid. So we compile the shipped schema once into nested
Python closures that answer one question: is this value valid? Only when the
answer is no do we import jsonschema, which then explains each problem.

The compiler knows the keywords our schemas use. Any other keyword makes
``compile_schema`` raise ``Unsupported``, and the caller falls back to
jsonschema for everything. ``tests/test_compiled_schema.py`` checks that both
agree, on the examples and on many generated documents.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Callable, Mapping

__all__ = ["Unsupported", "compile_schema", "compiler", "resolve_pointer"]

Check = Callable[[Any], bool]

# Keywords that never change validity.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly", "$anchor"}
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


# Types that one isinstance check decides (booleans are not integers in JSON,
# so "integer" and "number" are not here).
_PLAIN_TYPES: dict[str, type] = {"object": dict, "array": list, "string": str, "boolean": bool}


def _all_of(checks: list[Check]) -> Check:
    """One check that passes when every one of ``checks`` passes."""
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    if len(checks) == 3:
        a, b, c = checks
        return lambda v: a(v) and b(v) and c(v)

    def every(v: Any) -> bool:
        for check in checks:
            if not check(v):
                return False
        return True

    return every


class Unsupported(Exception):
    """The schema uses a keyword this checker does not know."""


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    raise Unsupported(f"type {name!r}")


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 == 1.0, but true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return False
    return bool(a == b)


def _format(name: str) -> Check:
    if name == "date":

        def check_date(v: Any) -> bool:
            if not isinstance(v, str):
                return True
            if not _DATE.fullmatch(v):
                return False
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                return False
            return True

        return check_date
    if name == "email":
        return lambda v: not isinstance(v, str) or "@" in v
    # Formats we do not check are annotations, as in jsonschema without a checker for them.
    return lambda v: True


def resolve_pointer(root: Any, ref: str) -> Any:
    """The part of ``root`` that a local ``$ref`` (``#/...``) names."""
    target = root
    for token in ref[1:].split("/")[1:] if ref != "#" else []:
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """Compile a whole schema document (with local ``$ref``s) into a predicate."""
    return compiler(schema)(schema)


def compiler(schema: Mapping[str, Any]) -> Callable[[Any], Check]:
    """A function that compiles any part of ``schema`` (its ``$ref``s resolve in ``schema``).

    Parts that ``$ref`` names are compiled once, however many times they are used.
    Raises ``Unsupported`` (when called) for a keyword it does not know.
    """
    compiled: dict[str, Check] = {}
    root = schema

    def resolve(ref: str) -> Check:
        if not ref.startswith("#"):
            raise Unsupported(f"remote $ref {ref!r}")
        if ref not in compiled:
            target = resolve_pointer(root, ref)
            holder: list[Check] = []
            compiled[ref] = lambda v: holder[0](v)  # allows recursion
            holder.append(build(target))
        return compiled[ref]

    def build(node: Any) -> Check:
        if node is True:
            return lambda v: True
        if node is False:
            return lambda v: False
        if not isinstance(node, dict):
            raise Unsupported("schema is not an object")
        checks: list[Check] = []
        for key, arg in node.items():
            if key in _ANNOTATIONS or key.startswith("x-"):  # x-: our own notes, as in JSON Schema's vocabularies
                continue
            checks.append(keyword(key, arg, node))
        return _all_of(checks)

    def keyword(key: str, arg: Any, node: Mapping[str, Any]) -> Check:
        if key == "$ref":
            return resolve(arg)
        if key == "type":
            names = arg if isinstance(arg, list) else [arg]
            for n in names:
                _is_type(None, n)  # raises on unknown names
            if len(names) == 1 and names[0] in _PLAIN_TYPES:
                exact = _PLAIN_TYPES[names[0]]
                return lambda v: isinstance(v, exact)
            return lambda v: any(_is_type(v, n) for n in names)
        if key == "enum":
            if arg and all(isinstance(e, str) for e in arg):
                words = frozenset(arg)  # strings: JSON equality is Python equality
                return lambda v: isinstance(v, str) and v in words
            return lambda v: any(_equal(v, e) for e in arg)
        if key == "const":
            return lambda v: _equal(v, arg)
        if key == "properties":
            props = {k: build(s) for k, s in arg.items()}
            find = props.get

            def check_props(v: Any) -> bool:
                if not isinstance(v, dict):
                    return True
                for k, val in v.items():
                    c = find(k)
                    if c is not None and not c(val):
                        return False
                return True

            return check_props
        if key == "patternProperties":
            pats = [(re.compile(p), build(s)) for p, s in arg.items()]

            def check_patterns(v: Any) -> bool:
                if not isinstance(v, dict):
                    return True
                return all(c(val) for k, val in v.items() for rx, c in pats if rx.search(k))

            return check_patterns
        if key == "additionalProperties":
            known = set(node.get("properties", {}))
            pats2 = [re.compile(p) for p in node.get("patternProperties", {})]
            if arg is False and not pats2:
                return lambda v: not isinstance(v, dict) or known.issuperset(v)
            extra = build(arg)

            def check_additional(v: Any) -> bool:
                if not isinstance(v, dict):
                    return True
                for k, val in v.items():
                    if k in known or any(rx.search(k) for rx in pats2):
                        continue
                    if not extra(val):
                        return False
                return True

            return check_additional
        if key == "propertyNames":
            names_check = build(arg)
            return lambda v: not isinstance(v, dict) or all(names_check(k) for k in v)
        if key == "required":
            needed = frozenset(arg)
            return lambda v: not isinstance(v, dict) or v.keys() >= needed
        if key in ("minProperties", "maxProperties"):
            bound = int(arg)
            if key == "minProperties":
                return lambda v: not isinstance(v, dict) or len(v) >= bound
            return lambda v: not isinstance(v, dict) or len(v) <= bound
        if key == "items":
            if isinstance(arg, list):
                raise Unsupported("items as a list")
            start = len(node.get("prefixItems", []))
            item = build(arg)

            def check_items(v: Any) -> bool:
                if not isinstance(v, list):
                    return True
                for x in v[start:] if start else v:
                    if not item(x):
                        return False
                return True

            return check_items
        if key == "prefixItems":
            firsts = [build(s) for s in arg]
            return lambda v: not isinstance(v, list) or all(c(x) for c, x in zip(firsts, v))
        if key in ("minItems", "maxItems"):
            size = int(arg)
            if key == "minItems":
                return lambda v: not isinstance(v, list) or len(v) >= size
            return lambda v: not isinstance(v, list) or len(v) <= size
        if key == "uniqueItems":
            if not arg:
                return lambda v: True

            def check_unique(v: Any) -> bool:
                if not isinstance(v, list):
                    return True
                return not any(_equal(v[i], v[j]) for i in range(len(v)) for j in range(i + 1, len(v)))

            return check_unique
        if key in ("minLength", "maxLength"):
            length = int(arg)
            if key == "minLength":
                return lambda v: not isinstance(v, str) or len(v) >= length
            return lambda v: not isinstance(v, str) or len(v) <= length
        if key == "pattern":
            rx = re.compile(arg)
            return lambda v: not isinstance(v, str) or rx.search(v) is not None
        if key == "format":
            return _format(str(arg))
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            limit = arg

            def number(v: Any) -> bool:
                return isinstance(v, (int, float)) and not isinstance(v, bool)

            if key == "minimum":
                return lambda v: not number(v) or v >= limit
            if key == "maximum":
                return lambda v: not number(v) or v <= limit
            if key == "exclusiveMinimum":
                return lambda v: not number(v) or v > limit
            return lambda v: not number(v) or v < limit
        if key == "anyOf":
            options = [build(s) for s in arg]
            return lambda v: any(c(v) for c in options)
        if key == "oneOf":
            choices = [build(s) for s in arg]
            return lambda v: sum(1 for c in choices if c(v)) == 1
        if key == "allOf":
            parts = [build(s) for s in arg]
            return lambda v: all(c(v) for c in parts)
        if key == "not":
            inner = build(arg)
            return lambda v: not inner(v)
        raise Unsupported(f"keyword {key!r}")

    return build
