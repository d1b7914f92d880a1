"""Guess where a practice is from an address in its text.

``detect(text)`` is a pure function: it looks for a region named together
with a postal code, the way an address writes it ("Sacramento, CA 95814",
"Austin, Texas 78701", "Vancouver, BC V6B 1A1", "Sydney NSW 2000"), or a UK
postcode ("London SW1A 1AA"). A state name alone ("under Texas law", "we
also see clients from Oregon") is not enough: it often names another place.

The answer is only ever shown as *assumed*: the policy's own
``clinic.jurisdiction``, ``--jurisdiction`` or the config key win over it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Detected", "detect"]


class Detected:
    """A region found in the text, with the words that show it."""

    __slots__ = ("code", "evidence", "span", "count", "others")

    def __init__(self, code: str, evidence: str, span: tuple[int, int], count: int = 1, others: tuple[str, ...] = ()) -> None:
        self.code = code
        self.evidence = evidence
        self.span = span
        self.count = count
        self.others = others

    def __repr__(self) -> str:
        return f"Detected({self.code!r}, {self.evidence!r}, span={self.span})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Detected) and (self.code, self.evidence, self.span, self.count, self.others) == (
            other.code,
            other.evidence,
            other.span,
            other.count,
            other.others,
        )

    def __hash__(self) -> int:
        return hash((self.code, self.span))


#: The countries in the order their patterns run, each with a small pattern
#: that any address of it must match: the postal code after a space. The big
#: pattern (every region's code and name) is compiled only for a text that
#: has one; most texts have no address at all.
_COUNTRIES = ("US", "CA", "AU", "GB")
_CODE_AFTER_SPACE = {
    "US": r"\s\d{5}(?:-\d{4})?(?![\w-])",
    "CA": r"\s[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d(?![\w-])",
    "AU": r"\s\d{4}(?![\w-])",
    "GB": r"\s\d[ABD-HJLNP-UW-Z]{2}(?![\w-])",
}


@lru_cache(maxsize=None)
def _screen(country: str) -> re.Pattern[str]:
    return re.compile(_CODE_AFTER_SPACE[country])


@lru_cache(maxsize=None)
def _pattern(country: str) -> re.Pattern[str]:
    """The pattern of one country; group "region" names the region, by code or by name ("postcode" for GB)."""
    if country == "GB":
        # United Kingdom: a postcode such as "SW1A 1AA" or "M1 1AE"
        return re.compile(r"(?<![\w.])(?P<postcode>[A-Z]{1,2}\d[A-Z\d]?\s+\d[ABD-HJLNP-UW-Z]{2})(?![\w-])")
    from policy_lint.jurisdictions.codes import _regions

    regions = _regions()
    codes = [c[3:] for c in regions if c.startswith(f"{country}-")]
    if country == "US":
        names = [r.name for c, r in regions.items() if c.startswith("US-") and r.kind in ("State", "District")]
    else:
        names = [r.name for c, r in regions.items() if c.startswith(f"{country}-")]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    end = r"(?![\w-])"
    if country == "US":
        # US: "CA 95814", "Texas 78701-1234", "N.Y. 10001"
        return re.compile(rf"(?<![\w.])(?P<region>{alt(codes)}|{alt(names)}),?\s+\d{{5}}(?:-\d{{4}})?{end}")
    if country == "CA":
        # Canada: "BC V6B 1A1", "Ontario M5V 2T6"
        return re.compile(rf"(?<![\w.])(?P<region>{alt(codes)}|{alt(names)}),?\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d{end}")
    # Australia: "NSW 2000", "New South Wales 2000"
    return re.compile(rf"(?<![\w.])(?P<region>{alt(codes)}|{alt(names)}),?\s+\d{{4}}{end}")


def _patterns(text: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, country) pairs of the countries whose postal code ``text`` has after a space."""
    return [(_pattern(country), country) for country in _COUNTRIES if _screen(country).search(text)]


def _code(country: str, found: str) -> str | None:
    from policy_lint.jurisdictions.codes import _by_name, _regions

    if country == "GB":
        return "GB"
    short = found.upper().replace(".", "")
    if f"{country}-{short}" in _regions():
        return f"{country}-{short}"
    for code in _by_name().get(" ".join(found.lower().split()), ()):
        if code.startswith(f"{country}-"):
            return code
    return None


def detect(text: str) -> Detected | None:
    """The region an address in ``text`` names, or None.

    When addresses name several regions, the one named most often wins (the
    first one on a tie); the rest are in ``others``.
    """
    if not isinstance(text, str) or not text:
        return None
    hits: list[tuple[int, str, str, tuple[int, int]]] = []
    for pattern, country in _patterns(text):
        for match in pattern.finditer(text):
            found = match.group("postcode") if country == "GB" else match.group("region")
            code = _code(country, found)
            if code is not None:
                hits.append((match.start(), code, match.group(0), match.span()))
    if not hits:
        return None
    hits.sort()
    counts: dict[str, int] = {}
    for _, code, _, _ in hits:
        counts[code] = counts.get(code, 0) + 1
    best = max(counts, key=lambda c: (counts[c], -next(i for i, h in enumerate(hits) if h[1] == c)))
    first = next(h for h in hits if h[1] == best)
    others = tuple(c for c in dict.fromkeys(h[1] for h in hits) if c != best)
    return Detected(best, " ".join(first[2].split()), first[3], counts[best], others)
