"""The registry of kinds: the algorithms that rule packs point to.

Each entry maps a kind name, as a pack writes it, to ``"module:function"``.
Modules are imported only when a rule of that kind runs, which keeps the
start-up of ``policy-lint check`` short.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policy_lint.rules.base import KindFunc

__all__ = ["KINDS", "resolve"]

KINDS: dict[str, str] = {
    # the policy schema
    "schema.missing": "policy_lint.rules.kinds.core:schema_missing",
    "schema.unknown": "policy_lint.rules.kinds.core:schema_unknown",
    "schema.invalid": "policy_lint.rules.kinds.core:schema_invalid",
    # required content
    "coverage.required_limit": "policy_lint.rules.kinds.core:required_limit",
    "coverage.required_text": "policy_lint.rules.kinds.core:required_text",
    # quality of each limit
    "limits.too_short": "policy_lint.rules.kinds.core:too_short",
    "limits.off_topic": "policy_lint.rules.kinds.core:off_topic",
    "limits.duplicate_category": "policy_lint.rules.kinds.core:duplicate_category",
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

_CACHE: dict[str, "KindFunc"] = {}


def resolve(kind: str) -> "KindFunc":
    """Import and return the function behind a kind name."""
    func = _CACHE.get(kind)
    if func is None:
        module_name, _, attr = KINDS[kind].partition(":")
        func = getattr(importlib.import_module(module_name), attr)
        _CACHE[kind] = func
    return func
