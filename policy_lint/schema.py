"""JSON Schema checks, turned into one plain finding per real problem.

jsonschema reports errors by path. We group them, drop the noise that
``anyOf``/``oneOf`` produce, and say in plain words what is wrong, where, and
what is allowed (with "did you mean" for a near miss). Validators are built
once per process, from schemas that ship with the package; ``$ref`` never
reaches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from policy_lint.values import Frozen, _set
from policy_lint.loading import join_pointer

if TYPE_CHECKING:
    from policy_lint.loading import Document

__all__ = ["SchemaProblem", "problems", "validate_located", "validator"]

POLICY_SCHEMA = "confidentiality-policy.schema.json"


class SchemaProblem(Frozen):
    """One schema problem: what kind ("missing", "unknown" or "invalid"), where, and what to say."""

    __slots__ = ("group", "pointer", "message", "on_key", "hint")
    group: str
    pointer: str
    message: str
    on_key: bool
    hint: str | None

    def __init__(self, group: str, pointer: str, message: str, on_key: bool = False, hint: str | None = None) -> None:
        _set(self, "group", group)
        _set(self, "pointer", pointer)
        _set(self, "message", message)
        _set(self, "on_key", on_key)
        _set(self, "hint", hint)


def _refuse(uri: str) -> Any:
    """Retrieval hook for $ref: policy-lint never fetches schemas from the network."""
    from referencing.exceptions import NoSuchResource

    raise NoSuchResource(ref=uri)


@lru_cache(maxsize=None)
def validator(name: str) -> Any:
    """Build (once) a validator for a shipped schema."""
    import jsonschema
    from referencing import Registry

    from policy_lint import resources

    schema = resources.load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    checker = jsonschema.FormatChecker(formats=("date", "email"))
    return cls(schema, format_checker=checker, registry=Registry(retrieve=_refuse))


@lru_cache(maxsize=None)
def fast_check(name: str) -> Any:
    """A compiled yes/no check for a shipped schema, or None if it cannot be compiled."""
    from policy_lint import resources
    from policy_lint.compiled_schema import Unsupported, compile_schema

    try:
        return compile_schema(resources.load_schema(name))
    except Unsupported:
        return None


def problems(doc: "Document", name: str = POLICY_SCHEMA) -> list[SchemaProblem]:
    """Validate a document; return plain problems (cached on the document).

    A compiled check answers "valid?" first. Only an invalid document pays
    for importing jsonschema, which then explains each problem.
    """
    cache_key = f"schema:{name}"
    cached = doc.cache.get(cache_key)
    if cached is None:
        quick = fast_check(name)
        if quick is not None and quick(doc.data):
            cached = []
        else:
            cached = list(_problems(validator(name), doc.data, _narrower(name)))
        doc.cache[cache_key] = cached
    return cached  # type: ignore[no-any-return]


def validate_located(doc: "Document", name: str, *, what: str) -> list[str]:
    """Validate ``doc`` and return ``file:line:col: message`` lines (for packs, config)."""
    out = []
    for p in problems(doc, name):
        pos = doc.locate(p.pointer, on_key=p.on_key)[0]
        where = f"{doc.path}:{pos.line}:{pos.column}" if pos else doc.path
        extra = f" {p.hint}" if p.hint else ""
        out.append(f"{where}: this {what} is not valid: {p.message}{extra}")
    return out


# -- turning jsonschema errors into plain problems -------------------------


def _pointer(path: Any) -> str:
    pointer = ""
    for token in path:
        pointer = join_pointer(pointer, token)
    return pointer


def _name(pointer: str) -> str:
    """A short, readable name for the place a pointer names."""
    if not pointer:
        return "the policy"
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    last = tokens[-1]
    if last.isdigit() and len(tokens) > 1:
        return f"item {int(last) + 1} of '{tokens[-2]}'"
    return f"'{last}'"


def _section(pointer: str) -> str:
    if not pointer:
        return "The policy"
    return f"The {_name(pointer)} section".replace("The item", "Item")


_TYPE_WORDS = {
    "object": "a mapping of keys and values",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


def type_of(value: Any) -> str:
    """What kind of value this is, in words: text, a list, a number, ..."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    return "a number"


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


def _allowed(values: list[Any], limit: int = 40) -> str:
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (", ..." if len(values) > limit else "")


# -- searching only where the compiled check fails ------------------------------
#
# jsonschema walks the whole document to explain what is wrong, which costs
# about 4 ms for a policy where one value is wrong. The compiled check can tell,
# for each field and each list item, whether that part is valid. So we step
# down the schema's "properties" and "items" into the parts that fail, and let
# jsonschema explain only those. Its errors are the same, in the same order:
# jsonschema itself reaches these parts by the same steps. We step into an
# object (or a list) only when the object's own keywords pass (its type,
# required fields, which keys it may have), and only through keywords that
# judge nothing else; anything else is handed to jsonschema whole.

_OBJECT_KEYWORDS = frozenset(
    {"type", "required", "properties", "patternProperties", "additionalProperties", "propertyNames", "minProperties", "maxProperties"}
)
_ARRAY_KEYWORDS = frozenset({"type", "items", "minItems", "maxItems", "uniqueItems"})


#: anyOf and oneOf judge only the object itself (so we may step past them) when each
#: choice names only fields it must have, as "category or categories" does.
_CHOICES = frozenset({"anyOf", "oneOf"})
_SHALLOW = frozenset({"required", "minProperties", "maxProperties"})


class _Narrower:
    """Finds the failing parts of a document, with the compiled checks of one schema."""

    def __init__(self, root: dict[str, Any]) -> None:
        from policy_lint.compiled_schema import _ANNOTATIONS, compiler, resolve_pointer

        self.root = root
        self.build = compiler(root)
        self.annotations = _ANNOTATIONS
        self.resolve = resolve_pointer
        self.checks: dict[tuple[str, int], tuple[Any, Any]] = {}

    def _check(self, node: Any, shell: str = "") -> Any:
        """The compiled check of ``node`` (with its "properties" or "items" let through, for a shell)."""
        key = (shell, id(node))
        hit = self.checks.get(key)
        if hit is None:
            part = node
            if shell == "properties":
                part = {**node, "properties": {k: True for k in node["properties"]}}
            elif shell == "items":
                part = {**node, "items": True}
            hit = self.checks[key] = (node, self.build(part))  # the node is kept, so its id stays its own
        return hit[1]

    def _shallow_choices(self, node: dict[str, Any]) -> bool:
        """True when the node's anyOf and oneOf choices judge only which fields the object has."""
        for key in _CHOICES & node.keys():
            choices = node[key]
            if not isinstance(choices, list) or not all(isinstance(c, dict) and c.keys() - self.annotations <= _SHALLOW for c in choices):
                return False
        return True

    def _target(self, node: Any) -> Any:
        """Follow a part that is only a local ``$ref``, as jsonschema would."""
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
                break
            if any(k != "$ref" and k not in self.annotations for k in node):
                break
            node = self.resolve(self.root, node["$ref"])
        return node

    def errors(self, validator: Any, value: Any, node: Any, path: tuple[Any, ...] = ()) -> Iterator[Any]:
        node = self._target(node)
        if isinstance(node, dict):
            keywords = node.keys() - self.annotations
            props = node.get("properties")
            items = node.get("items")
            if isinstance(value, dict) and isinstance(props, dict) and keywords - _CHOICES <= _OBJECT_KEYWORDS and self._shallow_choices(node):
                if self._check(node, "properties")(value):
                    for key, sub in props.items():
                        if key in value and not self._check(sub)(value[key]):
                            yield from self.errors(validator, value[key], sub, path + (key,))
                    return
            elif isinstance(value, list) and isinstance(items, (dict, bool)) and keywords <= _ARRAY_KEYWORDS:
                if self._check(node, "items")(value):
                    check = self._check(items)
                    for index, item in enumerate(value):
                        if not check(item):
                            yield from self.errors(validator, item, items, path + (index,))
                    return
        for error in validator.descend(value, node):
            error.path.extendleft(reversed(path))
            yield error


@lru_cache(maxsize=None)
def _narrower(name: str) -> _Narrower | None:
    from policy_lint import resources
    from policy_lint.compiled_schema import Unsupported

    try:
        narrower = _Narrower(resources.load_schema(name))
        narrower._check(narrower.root)
    except Unsupported:
        return None
    return narrower


#: When one value breaks several checks (a date breaks both its pattern and its
#: format; schema_version: one breaks its type and its const), one finding
#: says it: the first keyword of this list that failed.
_BEST_FIRST = ("const", "enum", "format", "type", "pattern")


def _problems(validator: Any, data: Any, narrower: _Narrower | None = None) -> Iterator[SchemaProblem]:
    seen: set[tuple[str, str, str]] = set()
    errors = validator.iter_errors(data) if narrower is None else narrower.errors(validator, data, narrower.root)
    out: list[SchemaProblem] = []
    invalid: dict[str, tuple[int, int]] = {}  # pointer -> (rank, index in out) of its one "invalid" problem
    for error in errors:
        rank = _BEST_FIRST.index(error.validator) if error.validator in _BEST_FIRST else len(_BEST_FIRST)
        for problem in _explain(error):
            key = (problem.group, problem.pointer, problem.message)
            if key in seen:
                continue
            seen.add(key)
            if problem.group == "invalid":
                held = invalid.get(problem.pointer)
                if held is not None:
                    if rank < held[0]:
                        out[held[1]] = problem  # a clearer message for the same place
                        invalid[problem.pointer] = (rank, held[1])
                    continue
                invalid[problem.pointer] = (rank, len(out))
            out.append(problem)
    yield from out


def _explain(error: Any) -> Iterator[SchemaProblem]:
    pointer = _pointer(error.absolute_path)
    keyword = error.validator
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "required":
        present = instance if isinstance(instance, dict) else {}
        for field in error.validator_value:
            if field not in present:
                where = _section(pointer)
                yield SchemaProblem(
                    "missing",
                    pointer,
                    f"{where} has no '{field}'.",
                    on_key=bool(pointer),
                    hint=_field_help(error.schema, field),
                )
        return
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        known = list((schema.get("properties") or {}).keys())
        extras = [k for k in (instance or {}) if k not in known and not _matches_pattern(schema, k)]
        for extra in extras:
            near = _close(str(extra), known)
            hint = f"Did you mean '{near[0]}'?" if near else None
            allowed = f" Allowed here: {_allowed(known)}." if known else ""
            yield SchemaProblem(
                "unknown",
                join_pointer(pointer, extra),
                f"'{extra}' is not a field policy-lint knows in {_name(pointer) if pointer else 'the policy'}.{allowed}",
                on_key=True,
                hint=hint,
            )
        return
    if keyword in ("anyOf", "oneOf"):
        yield from _explain_choice(error, pointer)
        return
    yield _explain_value(error, pointer, keyword, instance, schema)


def _close(word: str, choices: list[str]) -> list[str]:
    """The nearest choice, for "did you mean" (difflib loads only when needed)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=0.6)


def _matches_pattern(schema: dict[str, Any], key: str) -> bool:
    import re

    return any(re.search(p, key) for p in (schema.get("patternProperties") or {}))


def _field_help(schema: Any, field: str) -> str | None:
    if not isinstance(schema, dict):
        return None
    sub = (schema.get("properties") or {}).get(field)
    if isinstance(sub, dict) and sub.get("description"):
        desc = str(sub["description"]).strip()
        return f"Add '{field}': {desc[0].lower()}{desc[1:]}" if desc else None
    return None


def _explain_choice(error: Any, pointer: str) -> Iterator[SchemaProblem]:
    context = list(error.context or [])
    if context and all(e.validator == "required" for e in context):
        fields = []
        for e in context:
            fields.extend(e.validator_value)
        names = " or ".join(f"'{f}'" for f in dict.fromkeys(fields))
        yield SchemaProblem("missing", pointer, f"{_section(pointer)} needs {names}.", on_key=bool(pointer))
        return
    # Prefer the explanation from the branch whose type matches the value.
    from jsonschema.exceptions import best_match

    best = best_match(context) if context else None
    if best is not None and best.validator != "type":
        best_pointer = _pointer(best.absolute_path)
        for problem in _explain(best):
            yield problem
        return
    types = []
    for branch in error.validator_value:
        if isinstance(branch, dict) and "type" in branch:
            t = branch["type"]
            types.extend(t if isinstance(t, list) else [t])
    expected = " or ".join(_TYPE_WORDS.get(t, t) for t in dict.fromkeys(types)) or "a different value"
    yield SchemaProblem(
        "invalid",
        pointer,
        f"{_name(pointer).capitalize()} should be {expected}, but it is {type_of(error.instance)}.",
        hint=type_hint(pointer, list(dict.fromkeys(types)), error.instance, error.schema if isinstance(error.schema, dict) else {}) if types else None,
    )


def _explain_value(error: Any, pointer: str, keyword: str, instance: Any, schema: dict[str, Any]) -> SchemaProblem:
    name = _name(pointer)
    label = name[0].upper() + name[1:]
    if keyword == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected)
        return SchemaProblem("invalid", pointer, f"{label} should be {words}, but it is {type_of(instance)}.", hint=type_hint(pointer, expected, instance, schema))
    if keyword == "enum":
        allowed = list(error.validator_value)
        near = _close(str(instance), [str(a) for a in allowed])
        guess = f" Did you mean '{near[0]}'?" if near else ""
        what = "category" if pointer.endswith("/category") else "value"
        return SchemaProblem(
            "invalid",
            pointer,
            f"{_short(instance)} is not a known {what}.{guess}",
            hint=f"Use one of: {_allowed(allowed)}.",
        )
    if keyword == "const":
        return SchemaProblem("invalid", pointer, f"{label} must be {error.validator_value!r}, but it is {_short(instance)}.", hint=f"Write {_lead(pointer)}{_scalar(error.validator_value)}")
    if keyword == "format":
        fmt = error.validator_value
        if fmt == "date":
            return SchemaProblem(
                "invalid", pointer, f"{label} should be a date written as YYYY-MM-DD, such as 2026-01-15. It is {_short(instance)}.", hint=f"Write the year, month and day: {_lead(pointer)}2026-01-15"
            )
        if fmt == "email":
            return SchemaProblem("invalid", pointer, f"{label} should be an email address. It is {_short(instance)}.")
        return SchemaProblem("invalid", pointer, f"{label} is not a valid {fmt}: {_short(instance)}.")
    if keyword == "pattern":
        examples = schema.get("examples") or []
        like = f" Write it like {examples[0]!r}." if examples else ""
        if schema.get("x-suggest") == "region":  # clinic.jurisdiction: "Texas" -> US-TX
            from policy_lint.jurisdictions.codes import did_you_mean

            like = did_you_mean(instance) or like
        return SchemaProblem("invalid", pointer, f"{label} does not have the right form: {_short(instance)}.{like}", hint=_desc(schema))
    if keyword in ("minLength", "minItems", "minProperties"):
        return SchemaProblem("invalid", pointer, f"{label} is empty. Fill it in or remove it.")
    if keyword in ("maxLength", "maxItems"):
        return SchemaProblem("invalid", pointer, f"{label} is too long (the limit is {error.validator_value}).")
    if keyword == "uniqueItems":
        return SchemaProblem("invalid", pointer, f"{label} lists the same item more than once.")
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return SchemaProblem("invalid", pointer, f"{label} is out of range: {_short(instance)}.", hint=_desc(schema))
    if keyword == "not":
        return SchemaProblem("invalid", pointer, f"{label} has a value that is not allowed here.", hint=_desc(schema))
    message = str(error.message)
    return SchemaProblem("invalid", pointer, f"{label} is not valid: {message[:200]}.")


def _lead(pointer: str) -> str:
    """How the value starts in YAML: ``key: `` for a field, ``- `` for a list item."""
    tokens = pointer.split("/")[1:]
    if not tokens:
        return ""
    key = tokens[-1].replace("~1", "/").replace("~0", "~")
    return "- " if key.isdigit() and len(tokens) > 1 else f"{key}: "


def _scalar(value: Any) -> str:
    """A value as you would type it in YAML (short; quoted when YAML would read it otherwise)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = " ".join(str(value).split())
    if len(text) > 40:
        text = text[:37].rstrip() + "..."
    plain = text and text[0] not in "-?:,[]{}#&*!|>'\"%@`" and ": " not in text and " #" not in text and not any(c in text for c in ",[]{}")
    if plain and text.lower() not in ("true", "false", "yes", "no", "null", "on", "off", "~") and not _looks_numeric(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def type_hint(pointer: str, expected: list[str], instance: Any, schema: dict[str, Any]) -> str:
    """What to type for a value of the wrong type, such as ``may_tell: [Texas DFPS]``."""
    lead = _lead(pointer)
    examples = schema.get("examples") or []
    example = examples[0] if examples and not isinstance(examples[0], (dict, list)) else None
    if "array" in expected:
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        if str(items.get("$ref", "")).endswith("/limit"):
            # Not "limits: [none]": each limit is a set of fields (trial 37).
            return 'Write each limit on its own line under limits:. Start it with "- ", as in "- category: harm_to_self". Put its explanation on the next line.'
        if items.get("type") == "object" or "properties" in items:
            return f'Write each entry on its own line below {lead.rstrip(": ") or "it"}, starting with "- ", with its fields after it.'
        if isinstance(instance, (str, int, float)) and not isinstance(instance, bool):
            inner = _scalar(instance)
        else:
            item_examples = items.get("examples") or []
            inner = _scalar(item_examples[0]) if item_examples and not isinstance(item_examples[0], (dict, list)) else "first, second"
        return f"Write a list in brackets, such as {lead}[{inner}]"
    if "object" in expected:
        name = lead.rstrip(": ") or "this section"
        return f"Write the fields of {name} on the lines below it, each indented by two spaces."
    if "string" in expected:
        if example is not None:
            return f"Write text, such as {lead}{_scalar(example)}"
        if isinstance(instance, (int, float, bool)):
            return f'Put it in quotes to keep it as text: {lead}"{_scalar(instance)}"'
        return f"Write one line of text, such as {lead}your text here"
    if "integer" in expected or "number" in expected:
        if example is not None:
            return f"Write a number, such as {lead}{_scalar(example)}"
        if isinstance(instance, str) and _looks_numeric(instance.strip()):
            return f"Remove the quotes: {lead}{instance.strip()}"
        return f"Write a number, such as {lead}1"
    if "boolean" in expected:
        return f"Write {lead}true or {lead}false"
    return "Use a value of the kind shown."


def _desc(schema: dict[str, Any]) -> str | None:
    desc = schema.get("description")
    return str(desc).strip() if desc else None
