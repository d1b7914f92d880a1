"""Region codes: ISO 3166-1 countries and ISO 3166-2 subdivisions.

The list ships as ``policy_lint/data/regions.json`` (built from Debian's
iso-codes by ``tools/build_regions.py``; nothing is downloaded). It holds
every country, and the subdivisions of the countries in its
``subdivided`` list (US, CA, AU, GB). A code of another country's
subdivision (``FR-75``) is taken on trust: policy-lint cannot check it.

``suggest`` turns what people write (``TX``, ``Texas``, ``tx``,
``california``, ``UK``) into the codes they most likely meant.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

__all__ = ["Region", "known", "region", "suggest", "did_you_mean", "SHAPE", "with_the", "place_name"]

#: The form of a code, as the policy schema writes it (a test keeps them equal).
SHAPE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


class Region:
    """One region: its code, name, kind (Country, State, Province, ...) and country code."""

    __slots__ = ("code", "name", "kind", "country", "parent")

    def __init__(self, code: str, name: str, kind: str, parent: str = "") -> None:
        self.code = code
        self.name = name
        self.kind = kind
        self.country = code.split("-")[0]
        self.parent = parent

    def __repr__(self) -> str:
        return f"Region({self.code!r}, {self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Region) and other.code == self.code

    def __hash__(self) -> int:
        return hash(self.code)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    from policy_lint import resources as _resources

    data = _resources.load_data("regions.json")
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def _regions() -> dict[str, Region]:
    data = _data()
    out: dict[str, Region] = {}
    for code, name in (data.get("countries") or {}).items():
        out[code] = Region(code, str(name), "Country")
    for code, entry in (data.get("subdivisions") or {}).items():
        parent = entry[2] if len(entry) > 2 else ""
        out[code] = Region(code, str(entry[0]), str(entry[1]), parent)
    return out


def _subdivided() -> frozenset[str]:
    return frozenset(_data().get("subdivided") or ())


def region(code: str) -> Region | None:
    """The region of a code, or None when policy-lint does not know it.

    A subdivision of a country whose subdivisions are not in the list
    (``FR-75``) gets a Region named after its country.
    """
    if not isinstance(code, str):
        return None
    found = _regions().get(code)
    if found is not None:
        return found
    if SHAPE.match(code) and "-" in code:
        country = _regions().get(code[:2])
        if country is not None and code[:2] not in _subdivided():
            return Region(code, f"a region of {with_the(country.name)}", "Subdivision")
    return None


#: Places a sentence names with "the": "the law of the United Kingdom", "in the Northern Territory".
_THE = re.compile(
    r"^(?:United\s|Isle\s+of\s|Isles\s+of\s|District\s+of\s|Holy\s+See|Russian\s+Federation"
    r"|(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Congo)$)"
    r"|^[^,]*\b(?:Islands|Republic|Emirates|Territory|Territories)\b[^,]*$"
)


def with_the(name: str) -> str:
    """A place's name as a sentence writes it: "the United Kingdom", "the Northern Territory", "California"."""
    return "the " + name if _THE.search(name) else name


def place_name(code: str) -> str:
    """The name of the place of ``code`` as a sentence writes it ("the United Kingdom"), or the code when it is not known."""
    found = region(code)
    return with_the(found.name) if found is not None and found.name != code else code


def known(code: str) -> bool:
    """True when ``code`` is a real ISO 3166 code (or a subdivision policy-lint cannot check)."""
    return region(code) is not None


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces, no dots: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace(".", " ").replace("’", "'")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[str, ...]]:
    """Folded name -> codes that have that name (Georgia is a state and a country)."""
    out: dict[str, list[str]] = {}
    for code, reg in _regions().items():
        for name in {reg.name, reg.name.split(",")[0]}:
            out.setdefault(_fold(name), []).append(code)
    for alias, code in (_data().get("aliases") or {}).items():
        out.setdefault(_fold(alias), []).append(code)
    return {k: tuple(_order(v)) for k, v in out.items()}


#: Whose short region codes win when a few letters fit several countries.
_PREFERRED = ("US", "CA", "AU", "GB")


def _order(codes: list[str]) -> list[str]:
    def rank(code: str) -> tuple[int, int, str]:
        country = code.split("-")[0]
        return (0 if "-" in code else 1, _PREFERRED.index(country) if country in _PREFERRED else 9, code)

    return sorted(dict.fromkeys(codes), key=rank)


def suggest(value: Any) -> tuple[str, ...]:
    """The codes ``value`` most likely stands for, best first (empty: no idea, or it is fine).

    >>> suggest("TX"), suggest("Texas"), suggest("UK")
    (('US-TX',), ('US-TX',), ('GB',))
    """
    if not isinstance(value, str):
        return ()
    text = value.strip()
    if not text or (text == value and known(text) and SHAPE.match(text)):
        return ()
    regions = _regions()
    found: list[str] = []
    # The right letters in the wrong form: us-tx, US_TX, "US TX", US/TX.
    squeezed = re.sub(r"[\s_/.:]+", "-", text.upper()).strip("-")
    if squeezed != value and known(squeezed) and SHAPE.match(squeezed):
        found.append(squeezed)
    # A region's own code without its country: TX, BC, NSW, ENG.
    short = text.upper().replace(".", "")
    if re.fullmatch(r"[A-Z]{2,3}", short):
        for country in _PREFERRED:
            if f"{country}-{short}" in regions:
                found.append(f"{country}-{short}")
        if short != text and short in regions:
            found.append(short)  # "ca" may be Canada, too
    # A name: Texas, california, United Kingdom, England.
    names = _by_name()
    folded = _fold(text)
    found.extend(names.get(folded, ()))
    if not found and "," in text:  # "Austin, Texas", "Texas, USA"
        for part in text.split(","):
            found.extend(names.get(_fold(part), ()))
            if found:
                break
    if not found and len(folded) >= 4:
        import difflib

        for near in difflib.get_close_matches(folded, list(names), n=2, cutoff=0.85):
            found.extend(names[near])
    return tuple(c for c in dict.fromkeys(found) if c != value)[:3]


def did_you_mean(value: Any) -> str:
    """" Did you mean 'US-TX' (Texas)?", or "" when there is nothing to suggest."""
    codes = suggest(value)
    if not codes:
        return ""
    regions = _regions()
    names = [regions[c].name if c in regions else "" for c in codes]
    parts = []
    for code, name in zip(codes, names):
        if names.count(name) > 1 and "-" in code:  # Georgia, the state and the country
            name = f"{name}, {regions[code[:2]].name}"
        parts.append(f"'{code}' ({name})" if name else f"'{code}'")
    return f" Did you mean {' or '.join(parts)}?"
