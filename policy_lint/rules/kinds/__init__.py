"""The registry of kinds: the algorithms that rule packs point to.

Each entry maps a kind name, as a pack writes it, to ``"module:function"``.
Modules are imported only when a rule of that kind runs, which keeps the
start-up of ``policy-lint check`` short.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy_lint.rules.base import KindFunc, RuleSpec

__all__ = ["KINDS", "KIND_OPTIONS", "fits", "options_of", "resolve"]

KINDS: dict[str, str] = {
    # the policy schema
    "schema.missing": "policy_lint.rules.kinds.core:schema_missing",
    "schema.unknown": "policy_lint.rules.kinds.core:schema_unknown",
    "schema.invalid": "policy_lint.rules.kinds.core:schema_invalid",
    # required content
    "coverage.required_limit": "policy_lint.rules.kinds.meaning:required_limit",
    "coverage.required_duty": "policy_lint.rules.kinds.meaning:required_duty",
    "coverage.required_text": "policy_lint.rules.kinds.core:required_text",
    # what the words say (policy_lint.meaning)
    "limits.contradicted": "policy_lint.rules.kinds.meaning:contradicted",
    "limits.blanket": "policy_lint.rules.kinds.meaning:blanket",
    "limits.vague": "policy_lint.rules.kinds.meaning:vague",
    # quality of each limit
    "limits.too_short": "policy_lint.rules.kinds.core:too_short",
    "limits.off_topic": "policy_lint.rules.kinds.meaning:off_topic",
    "limits.duplicate_category": "policy_lint.rules.kinds.core:duplicate_category",
    # prose policies (web pages, Word and PDF files): facts a YAML policy has as fields
    "prose.required_fact": "policy_lint.rules.kinds.prose:required_fact",
    # the jurisdiction and its law (policy_lint/packs/us*.yaml, gb.yaml, ie.yaml, ca-*.yaml, au-*.yaml)
    "jurisdiction.code": "policy_lint.rules.kinds.jurisdiction:code",
    "jurisdiction.address": "policy_lint.rules.kinds.jurisdiction:address",
    "jurisdiction.unchecked": "policy_lint.rules.kinds.jurisdiction:unchecked",
    "jurisdiction.assumed": "policy_lint.rules.kinds.jurisdiction:assumed",
    "jurisdiction.topic": "policy_lint.rules.kinds.jurisdiction:topic",
    "jurisdiction.force": "policy_lint.rules.kinds.jurisdiction:force",
    "jurisdiction.wrong_words": "policy_lint.rules.kinds.jurisdiction:wrong_words",
    # text
    "text.placeholder": "policy_lint.rules.kinds.core:placeholder",
    # plain language (policy_lint/packs/plain-language.yaml)
    "plain.readability": "policy_lint.rules.kinds.plain:readability",
    "plain.policy_readability": "policy_lint.rules.kinds.plain:policy_readability",
    "plain.sentence_length": "policy_lint.rules.kinds.plain:sentence_length",
    "plain.legal_wording": "policy_lint.rules.kinds.plain:legal_wording",
    "plain.unexplained_terms": "policy_lint.rules.kinds.plain:unexplained_terms",
    "plain.passive_voice": "policy_lint.rules.kinds.plain:passive_voice",
    "plain.undefined_acronyms": "policy_lint.rules.kinds.plain:undefined_acronyms",
    "plain.reader_address": "policy_lint.rules.kinds.plain:reader_address",
    "plain.all_caps": "policy_lint.rules.kinds.plain:all_caps",
    "plain.slashes": "policy_lint.rules.kinds.plain:slashes",
}

#: Options a kind reads that its rules need not list in their ``params``, with
#: the kind of value each takes. Every rule also takes ``message`` (text), and
#: each of its own ``params``, with a value like the pack's.
KIND_OPTIONS: dict[str, dict[str, str]] = {
    "plain.readability": {"target_grade": "a number"},
    "plain.policy_readability": {"target_grade": "a number"},
}


def _value_kind(value: Any) -> str | None:
    """What kind of value an option needs, from the pack's value (None: any)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return "a whole number"
    from policy_lint.schema import type_of

    return type_of(value)


#: Kinds that read no options: the schema rules word their findings from the
#: schema, and the engine runs the input and suppression rules from the pack.
NO_OPTIONS = frozenset({"schema.missing", "schema.unknown", "schema.invalid", "input", "suppression"})


def options_of(rule: "RuleSpec") -> dict[str, str | None]:
    """The options a config may set for ``rule``, with the kind of value each needs (None: any)."""
    if rule.kind in NO_OPTIONS:
        return {}
    out: dict[str, str | None] = {"message": "text"}
    out.update(KIND_OPTIONS.get(rule.kind, {}))
    for name, value in rule.params.items():
        out[str(name)] = _value_kind(value)
    return out


def fits(value: Any, kind: str | None) -> bool:
    """True when ``value`` is the kind of value ``options_of`` asks for (a whole number is a number too)."""
    have = _value_kind(value)
    return kind is None or have == kind or (kind == "a number" and have == "a whole number")


_CACHE: dict[str, "KindFunc"] = {}


def resolve(kind: str) -> "KindFunc":
    """Import and return the function behind a kind name."""
    func = _CACHE.get(kind)
    if func is None:
        module_name, _, attr = KINDS[kind].partition(":")
        func = getattr(importlib.import_module(module_name), attr)
        _CACHE[kind] = func
    return func
