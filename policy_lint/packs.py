"""Rule packs: rules, settings and word lists, as data.

A pack is a YAML file checked against ``schemas/rulepack.schema.json``. It
may ``extends`` other packs (built-in ones by name, others by path). Rules
with the same ID as an inherited rule change it field by field, so a user
pack can raise a severity or change one option without copying the rule.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from policy_lint import resources
from policy_lint.values import Frozen, Record, _set
from policy_lint.errors import ConfigError, RulePackError
from policy_lint.findings import Severity
from policy_lint.rules.base import Example, RuleSpec, Source

__all__ = ["Category", "Pack", "load_pack", "DEFAULT_PACK"]

DEFAULT_PACK = "base"

_REQUIRED_RULE_FIELDS = ("name", "kind", "severity", "summary")


class Category(Frozen):
    """One limit category of the vocabulary, with its key terms."""

    __slots__ = ("id", "label", "description", "tier", "terms", "sources")
    id: str
    label: str
    description: str
    tier: str
    terms: tuple[str, ...]
    sources: tuple[Source, ...]

    def __init__(self, id: str, label: str, description: str, tier: str, terms: tuple[str, ...], sources: tuple[Source, ...] = ()) -> None:
        _set(self, "id", id)
        _set(self, "label", label)
        _set(self, "description", description)
        _set(self, "tier", tier)
        _set(self, "terms", terms)
        _set(self, "sources", sources)


class Pack(Frozen, hashable=False):
    """A resolved pack: its own rules plus everything it extends."""

    __slots__ = ("name", "rules", "categories", "settings", "legalese", "chain", "origin", "version", "_by_ref")
    _fields = __slots__[:-1]
    name: str
    rules: tuple[RuleSpec, ...]
    categories: Mapping[str, Category]
    settings: Mapping[str, Any]
    legalese: tuple[Mapping[str, Any], ...]
    chain: tuple[str, ...]
    origin: str
    version: str

    def __init__(
        self,
        name: str,
        rules: tuple[RuleSpec, ...],
        categories: Mapping[str, Category],
        settings: Mapping[str, Any],
        legalese: tuple[Mapping[str, Any], ...] = (),
        chain: tuple[str, ...] = (),
        origin: str = "",
        version: str = "",
    ) -> None:
        _set(self, "name", name)
        _set(self, "rules", rules)
        _set(self, "categories", categories)
        _set(self, "settings", settings)
        _set(self, "legalese", legalese)
        _set(self, "chain", chain)
        _set(self, "origin", origin)
        _set(self, "version", version)
        by_ref: dict[str, RuleSpec] = {}
        for rule in rules:
            by_ref[rule.id.upper()] = rule
            by_ref[rule.name.lower()] = rule
        _set(self, "_by_ref", by_ref)

    @property
    def prose_fields(self) -> tuple[str, ...]:
        """JSON Pointer patterns of the fields a client reads."""
        return tuple(self.settings.get("prose_fields", ()))

    def rule(self, ref: str) -> RuleSpec | None:
        """Find a rule by ID (any case) or by name."""
        return self._by_ref.get(ref.upper()) or self._by_ref.get(ref.lower())

    def category_terms(self, category: str) -> tuple[str, ...]:
        """Key terms for a category ("" tuple if the category is unknown)."""
        cat = self.categories.get(category)
        return cat.terms if cat else ()


# -- loading -------------------------------------------------------------


class _Raw(Record):
    """A pack file as read, before ``extends`` is resolved (``locate``: pointer -> "file:line:col").

    ``shipped``: a built-in pack read as shipped. Its patterns are not checked
    again at run time: ``tests/test_packs_shipped.py`` checks every one of them.
    """

    __slots__ = ("name", "origin", "data", "locate", "shipped")

    def __init__(self, name: str, origin: str, data: dict[str, Any], locate: Any, shipped: bool = False) -> None:
        self.name = name
        self.origin = origin
        self.data = data
        self.locate = locate
        self.shipped = shipped


# -- rule references: IDs, prefixes, names ------------------------------------

_PREFIX = re.compile(r"[A-Za-z]+[0-9]*")


def match_ref(ref: str, pack: Pack) -> tuple[list[str], int] | None:
    """Return (rule IDs, specificity) for a reference, or None if it names nothing.

    Specificity orders severity overrides: ALL < short prefix < long prefix
    < a full ID or name.
    """
    text = ref.strip()
    if text.upper() == "ALL":
        return [r.id for r in pack.rules], 0
    rule = pack.rule(text)
    if rule is not None:
        return [rule.id], 1000
    if _PREFIX.fullmatch(text):
        upper = text.upper()
        ids = [r.id for r in pack.rules if r.id.startswith(upper)]
        if ids:
            return ids, len(upper)
    return None


def resolve_refs(refs: Iterable[str], pack: Pack, where: Callable[[int, str], str], *, what: str) -> set[str]:
    """Turn rule references into rule IDs; an unknown one is a ConfigError.

    Args:
        refs: IDs, starts of IDs, names, or ALL.
        pack: The pack the references must name rules of.
        where: (index, ref) -> the place to name in the error.
        what: The setting, for the message ("select", "--ignore", ...).
    """
    out: set[str] = set()
    for i, ref in enumerate(refs):
        hit = match_ref(ref, pack)
        if hit is None:
            raise ConfigError(f"{where(i, ref)}: {unknown_rule_message(ref, pack, what)}")
        out.update(hit[0])
    return out


def unknown_rule_message(ref: str, pack: Pack, what: str) -> str:
    """The message for a reference that names no rule, with 'did you mean'."""
    return (
        f"{what} names {ref!r}, but no rule in the pack '{pack.name}' has that ID or name, "
        f"and no rule ID starts with it.{suggest(ref, pack)} Run 'policy-lint rules' to see them all."
    )


def suggest(ref: str, pack: Pack) -> str:
    """A 'Did you mean' sentence for a rule ID or name, or ''."""
    import difflib

    choices = [r.id for r in pack.rules] + [r.name for r in pack.rules]
    close = difflib.get_close_matches(ref, choices, n=1, cutoff=0.5)
    if not close:
        close = difflib.get_close_matches(ref.upper(), choices, n=1, cutoff=0.5)
    return f" Did you mean {close[0]}?" if close else ""


def load_pack(ref: str | Path | None = None, *, validate_builtin: bool = False) -> Pack:
    """Load a pack by built-in name or path, resolving ``extends``.

    Built-in packs are checked by the test suite, so by default they are not
    validated again at run time (it keeps start-up fast). User packs are
    always validated, and every error names the file, line and column.

    Raises:
        RulePackError: the pack cannot be found, read or validated.
    """
    ref = ref or DEFAULT_PACK
    chain: list[_Raw] = []
    _collect(str(ref), None, chain, set(), validate_builtin)
    return _merge(chain)


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the working folder when inside it."""
    import os

    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _is_builtin(ref: str) -> bool:
    return "/" not in ref and "\\" not in ref and not ref.endswith((".yaml", ".yml", ".json"))


def _collect(ref: str, base: Path | None, out: list[_Raw], seen: set[str], validate_builtin: bool, where: Callable[[], str] | None = None) -> None:
    """Read a pack and, first, every pack it extends.

    ``where`` gives the place of the 'extends' entry, for messages; it is
    called only when there is a message to give.
    """

    def place() -> str:
        return f"{where()}: " if where is not None else ""

    builtin = _is_builtin(ref)
    if builtin:
        path = resources.pack_path(ref)
        if path is None:
            names = ", ".join(resources.builtin_packs())
            raise RulePackError(f"{place()}there is no built-in pack named {ref!r}.{_did_you_mean(ref, resources.builtin_packs())} Built-in packs: {names}.")
    else:
        path = (base / ref) if base is not None and not Path(ref).is_absolute() else Path(ref)
        if where is not None and not path.is_file():
            raise RulePackError(f"{place()}there is no pack file at {_shown(path)}. A path in 'extends' is relative to the pack that names it.")
        if where is not None:
            from policy_lint.discover import foreign_owner

            uid = foreign_owner(path)
            if uid is not None:
                raise RulePackError(f"{place()}the pack file {_shown(path)} belongs to another user (uid {uid}). policy-lint does not extend a pack that another user could change.")
    key = str(path.resolve())
    if key in seen:
        raise RulePackError(f"{place() or _shown(path) + ': '}the pack extends itself through a loop of 'extends'.")
    seen.add(key)
    raw = _read(path, validate=(not builtin) or validate_builtin, builtin=builtin)
    extends = raw.data.get("extends") or []
    pointers = ["/extends"] if isinstance(extends, str) else [f"/extends/{i}" for i in range(len(extends))]
    if isinstance(extends, str):
        extends = [extends]
    for parent, pointer in zip(extends, pointers):
        _collect(parent, path.parent, out, seen, validate_builtin, lambda pointer=pointer: raw.locate(pointer))
    out.append(raw)


def _read(path: Path, *, validate: bool, builtin: bool = False) -> _Raw:
    shown = _shown(path)
    if builtin and not validate:
        # A built-in pack is checked by the test suite; read it through the
        # cache, and parse it with positions only if a message needs one.
        data = resources.load_shipped_yaml(path)
        if isinstance(data, dict):

            def locate_later(pointer: str, on_key: bool = False) -> str:
                return _read(path, validate=False).locate(pointer, on_key)

            return _Raw(str(data.get("pack", path.stem)), str(path), data, locate_later, shipped=True)
    return _read_located(path, validate=validate, shown=shown)


#: The most problems listed for one pack file.
_MAX_ERRORS = 5

_PACK_KEYS = ("pack", "rules", "extends", "disable", "settings", "categories", "legalese")


def _must_look_like_a_pack(doc: Any, shown: str) -> None:
    """Refuse a file that is not a rule pack at all, quoting only a short start of it.

    A config's ``pack: /etc/shadow`` would otherwise print each line of that
    file as an unknown key.
    """
    data = doc.data
    if isinstance(data, dict) and any(key in data for key in _PACK_KEYS):
        return
    from policy_lint.textsafe import escape

    first = next((line.strip() for line in (doc.text or "").splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    start = escape(first[:8]) + ("..." if len(first) > 8 else "")
    seen = f" It starts with '{start}'." if first else ""
    raise RulePackError(f"{shown}: this is not a rule pack: it has no 'pack:' or 'rules:' at the top.{seen} Check the path.")


def _read_located(path: Path, *, validate: bool, shown: str) -> _Raw:
    from policy_lint.loading import Limits, load_path

    result = load_path(path, limits=Limits(max_bytes=16 * 1024 * 1024, max_nodes=2_000_000), display=shown)
    doc = result.document
    blocking = [p for p in result.problems if p.fatal or p.code in ("duplicate-key", "tag")]
    if doc is None or blocking:
        problem = blocking[0] if blocking else result.problems[0]
        raise RulePackError(f"{result.where(problem, shown)}: {problem.message}")

    def locate(pointer: str, on_key: bool = False) -> str:
        pos = doc.locate(pointer, on_key=on_key)[0]
        return f"{shown}:{pos.line}:{pos.column}" if pos else shown

    if validate:
        _must_look_like_a_pack(doc, shown)
        from policy_lint.schema import validate_located

        errors = validate_located(doc, "rulepack.schema.json", what="rule pack")
        if len(errors) > _MAX_ERRORS:  # a wrong file would list every line of it
            errors = [*errors[:_MAX_ERRORS], f"{shown}: ... and {len(errors) - _MAX_ERRORS} more problems."]
        if errors:
            raise RulePackError("\n".join(errors))
    data = doc.data if isinstance(doc.data, dict) else {}
    return _Raw(str(data.get("pack", path.stem)), str(path), data, locate)


def _merge(chain: list[_Raw]) -> Pack:
    _check_patterns(chain)
    rules: dict[str, dict[str, Any]] = {}
    where: dict[str, tuple[_Raw, int]] = {}
    owner: dict[str, str] = {}
    settings: dict[str, Any] = {}
    category_overrides: list[tuple[dict[str, Any], Any]] = []
    legalese: list[Mapping[str, Any]] = []
    for raw in chain:
        settings.update(raw.data.get("settings") or {})
        if raw.data.get("categories"):
            category_overrides.append((raw.data["categories"], raw.locate))
        legalese.extend(raw.data.get("legalese") or [])
        mine: set[str] = set()
        for i, entry in enumerate(raw.data.get("rules") or []):
            rid = str(entry["id"]).upper()
            if rid in mine:
                raise RulePackError(f"{raw.locate(f'/rules/{i}/id')}: this pack defines {rid} twice. Give each rule its own ID.")
            mine.add(rid)
            if rid in rules:
                rules[rid] = {**rules[rid], **entry}
            else:
                rules[rid] = dict(entry)
                owner[rid] = raw.name
            where[rid] = (raw, i)
        for j, ref in enumerate(raw.data.get("disable") or []):
            hit = _find(rules, str(ref))
            if hit is None:
                names = list(rules) + [str(e.get("name")) for e in rules.values() if e.get("name")]
                raise RulePackError(
                    f"{raw.locate(f'/disable/{j}')}: 'disable' names {ref!r}, but no inherited rule has that ID or name.{_did_you_mean(str(ref), names)}"
                )
            del rules[hit]
    specs = []
    names: dict[str, str] = {}
    for rid, entry in rules.items():
        raw, i = where[rid]
        missing = [f for f in _REQUIRED_RULE_FIELDS if not entry.get(f)]
        if missing:
            raise RulePackError(f"{raw.locate(f'/rules/{i}')}: rule {rid} has no {', '.join(missing)}.")
        if entry["kind"] not in ("input", "suppression"):
            from policy_lint.rules.kinds import KINDS

            if entry["kind"] not in KINDS:
                raise RulePackError(
                    f"{raw.locate(f'/rules/{i}/kind')}: rule {rid} uses the kind {entry['kind']!r}, which policy-lint does not have."
                    + _did_you_mean(entry["kind"], KINDS)
                )
        name = str(entry["name"])
        if name in names and names[name] != rid:
            raise RulePackError(f"{raw.locate(f'/rules/{i}/name')}: rules {names[name]} and {rid} have the same name {name!r}.")
        names[name] = rid
        specs.append(_spec(rid, entry, owner[rid], raw.origin))
    specs.sort(key=lambda r: r.id)
    categories = _categories(category_overrides)
    for rid, entry in rules.items():
        wanted = (entry.get("params") or {}).get("categories")
        if isinstance(wanted, list):
            raw, i = where[rid]
            for j, cid in enumerate(wanted):
                if str(cid) not in categories:
                    raise RulePackError(
                        f"{raw.locate(f'/rules/{i}/params/categories/{j}')}: rule {rid} names the category {cid!r}, which is not in the vocabulary."
                        f"{_did_you_mean(str(cid), categories)} Known categories: {', '.join(sorted(categories))}."
                    )
    last = chain[-1]
    return Pack(
        name=last.name,
        rules=tuple(specs),
        categories=categories,
        settings=settings,
        legalese=tuple(legalese),
        chain=tuple(r.name for r in chain),
        origin=last.origin,
        version=str(last.data.get("version", "")) if isinstance(last.data, dict) else "",
    )


def _find(rules: Mapping[str, Mapping[str, Any]], ref: str) -> str | None:
    if ref.upper() in rules:
        return ref.upper()
    for rid, entry in rules.items():
        if entry.get("name") == ref:
            return rid
    return None


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" Did you mean {close[0]!r}?" if close else ""


def _patterns_of(raw: _Raw) -> list[Any]:
    found: list[Any] = []
    for entry in raw.data.get("rules") or []:
        params = entry.get("params") if isinstance(entry, dict) else None
        patterns = params.get("patterns") if isinstance(params, dict) else None
        if isinstance(patterns, list):
            found.extend(patterns)
    return found


def _check_patterns(chain: list[_Raw]) -> None:
    """Refuse regular expressions that could hang a run (see policy_lint.patterns).

    The patterns of shipped built-in packs are left out: the test suite checks
    them (and they pass through the content-hashed cache unchanged).
    """
    shipped = [p for raw in chain if raw.shipped for p in _patterns_of(raw)]
    if shipped:
        from policy_lint.patterns.user_regex import trust_shipped

        trust_shipped(shipped)
    if all(raw.shipped for raw in chain):
        return
    from policy_lint.patterns import check_user_regex

    for raw in chain:
        if raw.shipped:
            continue
        for i, entry in enumerate(raw.data.get("rules") or []):
            params = entry.get("params") if isinstance(entry, dict) else None
            patterns = params.get("patterns") if isinstance(params, dict) else None
            if not isinstance(patterns, list):
                continue
            for j, pattern in enumerate(patterns):
                reason = check_user_regex(pattern) if isinstance(pattern, str) else "it is not text."
                if reason is not None:
                    raise RulePackError(
                        f"{raw.locate(f'/rules/{i}/params/patterns/{j}')}: rule {entry.get('id', '?')} has a pattern that policy-lint will not run: {reason}"
                    )


def _example(value: Any) -> Example:
    if isinstance(value, dict):
        return Example(str(value.get("policy", "")), str(value.get("description", "")), str(value.get("format", "yaml")))
    return Example(str(value or ""))


def _spec(rid: str, entry: Mapping[str, Any], pack: str, origin: str) -> RuleSpec:
    examples = entry.get("examples") or {}
    params = dict(entry.get("params") or {})
    if entry.get("message"):
        params.setdefault("message", entry["message"])
    return RuleSpec(
        id=rid,
        name=str(entry["name"]),
        kind=str(entry["kind"]),
        severity=Severity.parse(str(entry["severity"])),
        summary=str(entry["summary"]).strip(),
        rationale=str(entry.get("rationale", "")).strip(),
        hint=str(entry.get("hint", "")).strip(),
        sources=tuple(Source(str(s.get("cite", "")), s.get("url")) for s in entry.get("sources") or []),
        fail_example=_example(examples.get("fail")),
        pass_example=_example(examples.get("pass")),
        params=params,
        tags=tuple(entry.get("tags") or ()),
        pack=pack,
        origin=origin,
        law=tuple(dict(item) for item in entry.get("law") or () if isinstance(item, dict)),
        fixable=_fixable(entry.get("fixable")),
        prose_hint=" ".join(str(entry.get("prose_hint", "")).split()),
    )


def _fixable(value: Any) -> str | None:
    """A pack entry's ``fixable``: false -> "", a sentence -> the sentence, missing -> None."""
    if value is False:
        return ""
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _categories(overrides: list[tuple[dict[str, Any], Any]]) -> dict[str, Category]:
    vocab = resources.load_data("categories.yaml")
    entries = vocab.get("categories", {}) if isinstance(vocab, dict) else {}
    out: dict[str, Category] = {}
    for cid, entry in entries.items():
        out[cid] = Category(
            id=cid,
            label=str(entry.get("label", cid)),
            description=str(entry.get("description", "")),
            tier=str(entry.get("tier", "")),
            terms=tuple(str(t).lower() for t in entry.get("terms") or ()),
            sources=tuple(Source(str(s.get("cite", "")), s.get("url")) for s in entry.get("sources") or []),
        )
    for layer, locate in overrides:
        for cid, change in layer.items():
            if cid not in out:
                known = ", ".join(sorted(out))
                from policy_lint.loading import join_pointer

                raise RulePackError(
                    f"{locate(join_pointer('/categories', cid), on_key=True)}: the pack changes the category {cid!r}, which is not in the vocabulary."
                    f"{_did_you_mean(cid, out)} Known categories: {known}."
                )
            cat = out[cid]
            terms = cat.terms
            if "terms" in change:
                terms = tuple(str(t).lower() for t in change["terms"])
            if "add_terms" in change:
                terms = terms + tuple(str(t).lower() for t in change["add_terms"] if str(t).lower() not in terms)
            out[cid] = Category(cid, str(change.get("label", cat.label)), cat.description, cat.tier, terms, cat.sources)
    return out
