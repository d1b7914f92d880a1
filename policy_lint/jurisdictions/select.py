"""The built-in pack for a region.

A jurisdiction pack is named after its region code in lower case: ``us-tx``
for US-TX, ``gb`` for GB, ``ca-bc`` for CA-BC. The most specific pack
wins: US-CA gets ``us-ca``, US-WA gets ``us`` (federal law only), GB-SCT
gets ``gb``. A region with no pack, or whose country has none (CA-AB,
AU-WA), gets the base pack, and rule JUR003 says so.
"""

from __future__ import annotations

from policy_lint import resources as _resources

__all__ = ["pack_for", "JURISDICTION_PACKS"]

#: Built-in packs that are not about a place.
_NOT_PLACES = frozenset({"base", "plain-language", "suppressions"})


def JURISDICTION_PACKS() -> list[str]:  # noqa: N802 - reads like the constant it stands for
    """Names of the built-in jurisdiction packs, sorted."""
    return [name for name in _resources.builtin_packs() if name not in _NOT_PLACES]


def pack_for(code: str | None) -> tuple[str | None, bool]:
    """``(pack name, exact)`` for a region code: the most specific built-in pack, and
    whether it is the region's own (False: only its country's, or None at all)."""
    if not code:
        return None, False
    code = code.upper()
    candidates = [code.lower()]
    if "-" in code:
        candidates.append(code.split("-")[0].lower())
    for i, name in enumerate(candidates):
        if name not in _NOT_PLACES and _resources.pack_path(name) is not None:
            return name, i == 0
    return None, False
