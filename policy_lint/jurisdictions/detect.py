"""Guess where a practice is from an address in its text.

``detect(text)`` is a pure function: it looks for a region named together
with a postal code, the way an address writes it ("Sacramento, CA 95814",
"Austin, Texas 78701", "Vancouver, BC V6B 1A1", "Sydney NSW 2000"), a UK
postcode ("London SW1A 1AA") or an Irish Eircode ("Dublin 2, D02 X285"). A state name alone ("under Texas law", "we
also see clients from Oregon") is not enough: it often names another place.
An Eircode's shape is also a code's ("T7411XA", an ICD-10 code without its
dot): in body text it counts only written with its space and with an Irish
place near it (``_IRISH``); in an address (``address=True``: clinic.address,
a page's header and footer) it counts as it is.

``detect_city(text)`` reads a US city and state code without a ZIP code
("Oakland, CA"), as an address line or a heading writes it. Only where the
caller knows the text is one (``where._address_place``): in a sentence a
city may be another place ("clients from Reno, NV"). Codes that are also a
degree or a word in capitals ("Dana Lee, MA", "Sam Ortiz, MD", "OR") count
only on an address line with a street number before the city. A Canadian
province or an Australian state with a pack of its own counts the same way
("Vancouver, BC", "Sydney, NSW").

The answer is only ever shown as *assumed*: the policy's own
``clinic.jurisdiction``, ``--jurisdiction`` or the config key win over it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Detected", "detect", "detect_all", "detect_city", "detect_county"]


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
_COUNTRIES = ("US", "CA", "AU", "GB", "IE")
_CODE_AFTER_SPACE = {
    "US": r"\s\d{5}(?:-\d{4})?(?![\w-])",
    "CA": r"\s[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d(?![\w-])",
    "AU": r"\s\d{4}(?![\w-])",
    "GB": r"\s\d[ABD-HJLNP-UW-Z]{2}(?![\w-])",
    "IE": r"\s(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w-])",
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
    if country == "IE":
        # Ireland: an Eircode such as "D02 X285" or "T12 Y2NK": a routing key (a letter and two digits,
        # or D6W) and four letters and digits, at least one a letter ("A12 3456" is too often a number)
        return re.compile(r"(?<![\w.-])(?P<postcode>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4})(?![\w-])")
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

    if country == "GB" and found[:2].upper() == "BT" and found[2:3].isdigit():
        return "GB-NIR"  # every Northern Irish postcode is in the BT area: Northern Ireland has its own law
    if country in ("GB", "IE"):
        return country
    short = found.upper().replace(".", "")
    if f"{country}-{short}" in _regions():
        return f"{country}-{short}"
    for code in _by_name().get(" ".join(found.lower().split()), ()):
        if code.startswith(f"{country}-"):
            return code
    return None


#: Words that show an Eircode in body text is an Irish address: Ireland, one of its 26 counties ("Co.
#: Kerry") or a big town. Near the code (``_IRISH_NEAR`` characters either side).
_IRISH = re.compile(
    r"\b(?:Ireland|Irish|[E\u00c9]ire|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Wexford|Wicklow|Kildare|Meath"
    r"|Louth|Carlow|Laois|Offaly|Westmeath|Longford|Cavan|Monaghan|Donegal|Sligo|Leitrim|Roscommon|Mayo|Clare|Kerry"
    r"|Tipperary|Drogheda|Dundalk|Navan|Athlone|Tralee)\b"
)
_IRISH_NEAR = 80


def _irish_in_text(text: str, span: tuple[int, int], postcode: str) -> bool:
    """True when an Eircode found in body text is written with its space ("D02 X285") and an Irish place is near it."""
    if not any(c.isspace() for c in postcode):
        return False
    return _IRISH.search(text[max(0, span[0] - _IRISH_NEAR) : span[1] + _IRISH_NEAR]) is not None


#: Before and after an Eircode that ends a piece of an address line: "12 Main St, V92 X2Y3", "V92 X2Y3 · 066 712 3456".
_PIECE_BEFORE = re.compile(r"(?:^|[,\u00b7\u2022|;\u2013\u2014\n]|\bEircode:?)[ \t]*$")
_PIECE_AFTER = re.compile(r"[ \t]*(?:,?[ \t]*Ireland\b)?[ \t]*(?:$|[\u00b7\u2022|;\u2013\u2014\n]|\.[ \t]*$)")


def _ends_line(text: str, span: tuple[int, int], postcode: str) -> bool:
    """True when an Eircode written with its space stands as its own piece of an address line ("12 Main St, V92 X2Y3")."""
    return any(c.isspace() for c in postcode) and _PIECE_BEFORE.search(text, 0, span[0]) is not None and _PIECE_AFTER.match(text, span[1]) is not None


def _hits(text: str, address: bool, line: bool) -> list[tuple[int, str, str, tuple[int, int]]]:
    """Each address of ``text`` as (start, code, words, span), in order (see ``detect``)."""
    if not isinstance(text, str) or not text:
        return []
    hits: list[tuple[int, str, str, tuple[int, int]]] = []
    for pattern, country in _patterns(text):
        for match in pattern.finditer(text):
            found = match.group("postcode") if country in ("GB", "IE") else match.group("region")
            if country == "IE" and not address and not (line and _ends_line(text, match.span(), found)) and not _irish_in_text(text, match.span(), found):
                continue  # "Billing for code T7411XA": an ICD-10 code, no Eircode
            code = _code(country, found)
            if code is not None:
                hits.append((match.start(), code, match.group(0), match.span()))
    hits.sort()
    return hits


def detect(text: str, address: bool = False, line: bool = False) -> Detected | None:
    """The region an address in ``text`` names, or None.

    When addresses name several regions, the one named most often wins (the
    first one on a tie); the rest are in ``others``. ``address`` True says
    the text is an address (clinic.address, a page's header or footer): an
    Eircode counts there without its space or an Irish place near it.
    ``line`` True says the text is a short line of a page that may be an
    address line: an Eircode written with its space that is a piece of the
    line of its own ("12 Main St, V92 X2Y3") counts there without an Irish
    place near it ("code T74 11XA needs" stays none).
    """
    hits = _hits(text, address, line)
    if not hits:
        return None
    counts: dict[str, int] = {}
    for _, code, _, _ in hits:
        counts[code] = counts.get(code, 0) + 1
    best = max(counts, key=lambda c: (counts[c], -next(i for i, h in enumerate(hits) if h[1] == c)))
    first = next(h for h in hits if h[1] == best)
    others = tuple(c for c in dict.fromkeys(h[1] for h in hits) if c != best)
    return Detected(best, " ".join(first[2].split()), first[3], counts[best], others)


def detect_all(text: str, address: bool = False, line: bool = False) -> list[Detected]:
    """Every address of ``text``, one ``Detected`` each, in order (``detect`` gives only the region named most)."""
    return [Detected(code, " ".join(words.split()), span) for _, code, words, span in _hits(text, address, line)]


#: An Irish county as an address writes it: "Co. Kerry", "Co Cork", "County Galway". Only the 26 counties of
#: the Republic ("Co. Antrim" is in Northern Ireland, "Orange County" is American: the word comes first).
_COUNTY = re.compile(
    r"(?<![\w.])(?:Co\.?|County)[ \t]+(?P<county>Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny"
    r"|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford"
    r"|Westmeath|Wexford|Wicklow)(?![\w\-'\u2019])"
)


def detect_county(text: str) -> Detected | None:
    """Ireland, when ``text`` names an Irish county as an address does ("Tralee, Co. Kerry", "County Galway"), or None.

    Only where the caller knows the text is an address line, a heading, or a
    page's header or footer (``where._city_place``), as for ``detect_city``.
    """
    if not isinstance(text, str) or "Co" not in text:
        return None
    m = _COUNTY.search(text)
    if m is None:
        return None
    return Detected("IE", " ".join(m.group(0).split()), m.span())


#: US state codes that are also a degree or licence after a name ("Dana Lee, MA", "Sam Ortiz, MD",
#: "Jo Kim, PA", "DC" for a chiropractor, "ND", "MT" for a music therapist) or a word in capitals ("OR",
#: "IN", "ME", "OK", "HI", "ID", "OH", "DE"): after a city they count only with a street number before it.
_AMBIGUOUS = frozenset({"MA", "MS", "MD", "PA", "DC", "ND", "MT", "OR", "IN", "ME", "OK", "HI", "ID", "OH", "DE"})

#: Province or state codes that are also a word in capitals ("ON" for Ontario: "Therapy, ON YOUR TERMS"):
#: even in a heading the code must end its piece ("Therapy in Toronto, ON", "Toronto, ON | Home").
_WORDS = frozenset({"ON"})

#: Words before a name that make it a person's ("Dr. Smith, MA"), not a city.
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "rev", "doctor", "by", "with", "therapist", "counselor",
     "counsellor", "clinician", "contact", "director", "owner", "officer", "name", "provider", "signed", "signature",
     "from", "attn", "attention", "to"}
)

#: ", CA" after a city: a comma, a state code in capitals (three letters for "NSW"), then no more letters ("CA.gov" is none).
_CODE_AT = re.compile(r",[ \t]*(?P<region>[A-Z]{2,3})(?![\w\-'\u2019]|\.\w)")

#: One word of a city's name: "Oakland", "Winston-Salem", "Coeur d'Alene" is left out, "St." of "St. Paul".
_CITY_WORD = re.compile(r"(?:St\.|Ft\.|Mt\.|[A-Z][a-z]+(?:['\u2019-][A-Za-z]+)*)")

#: What may follow "City, ST" on an address line: the end, the country, a separator or a line break.
#: Its runs of blanks are possessive ("*+"): three runs side by side once tried every split of a long
#: run of spaces ("Oakland, CA" and 30,000 spaces took 13 s). Nothing after a run starts with a blank,
#: so keeping every blank changes no match.
_AFTER = re.compile(r"[ \t]*+(?:,?[ \t]*+(?:USA|U\.S\.A\.|U\.S\.|US|United[ \t]+States|Canada|Australia)\b)?[ \t]*+(?:$|\n|[\u00b7\u2022|\u2013\u2014;]|-[ \t]|\.[ \t]*+$|\.[ \t]*+\n)")

#: After the code, another code in capitals: a list of credentials ("Jo Kim, MA, LMFT"), unless it is the country.
_CREDENTIALS = re.compile(r"[ \t]*+,[ \t]*+[A-Z]{2,}\b")
_COUNTRY = re.compile(r"[ \t]*+,[ \t]*+(?:USA|US|U\.S|Canada|Australia)\b")

#: How far back a city's line is read (an address line is short).
_LOOK_BACK = 200

#: A separator on an address line: what a city may follow as the start of its own piece.
_SEPARATORS = "\u00b7\u2022|\u2013\u2014;:\n"

#: The last word of a street or a suite: "12 Elm St Oakland, CA" (a page's lines joined) starts the city after it.
_STREET_ENDS = frozenset(
    {"st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "way", "ln", "lane", "ct",
     "court", "pl", "place", "pkwy", "parkway", "hwy", "highway", "sq", "square", "ter", "terrace", "cir", "circle"}
)


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """The codes a city may have after it, and the place each gives: every US state ("CA": "US-CA"),
    and a Canadian province or an Australian state that has a pack of its own ("BC": "CA-BC",
    "NSW": "AU-NSW"). A code that is also a US state's ("WA" for Western Australia) stays the
    state's: the two cannot be told apart on an address line."""
    from policy_lint import resources
    from policy_lint.jurisdictions.codes import _regions

    states = {c[3:]: c for c, r in _regions().items() if c.startswith("US-") and r.kind in ("State", "District")}
    for name in resources.builtin_packs():
        code = name.upper()
        if code.startswith(("CA-", "AU-")) and code in _regions():
            states.setdefault(code[3:], code)
    return states


def _city_before(before: str) -> list[int]:
    """Where a city of one, two or three words may start in ``before`` (which ends just before the comma), longest first."""
    starts: list[int] = []
    end = len(before)
    for _ in range(3):
        m = None
        for m in _CITY_WORD.finditer(before, max(0, end - 40), end):
            pass
        if m is None or m.end() != end:
            break
        if m.start() > 0 and (before[m.start() - 1].isalnum() or before[m.start() - 1] in ".-'\u2019"):
            break
        starts.append(m.start())
        gap = before[: m.start()]
        stripped = gap.rstrip(" \t")
        if not stripped or len(gap) - len(stripped) != 1:
            break  # the start of the text, or no single space before: no more words of the city
        end = len(stripped)
    return starts[::-1]


def _own_piece(piece: str, street: bool) -> bool:
    """True when a city after ``piece`` starts its own piece of an address line."""
    piece = piece.rstrip(" \t")
    if not piece or piece[-1] in _SEPARATORS or piece.endswith(" -"):
        return True
    if not street:
        return False
    last = piece.rstrip(".,").rsplit(None, 1)[-1].lower().rstrip(".")
    return piece.endswith(",") or last in _STREET_ENDS or last.isdigit()


#: The last word of a practice's or a company's name: "Coastline Counselling Inc., Vancouver, BC"
#: starts the city after it, as a street does.
_NAME_ENDS = frozenset(
    {"inc", "ltd", "llc", "pllc", "pc", "pty", "corp", "counseling", "counselling", "therapy", "therapies", "psychology",
     "psychotherapy", "clinic", "center", "centre", "collective", "associates", "services", "wellness", "practice"}
)


def _after_name(piece: str) -> bool:
    """True when ``piece`` is a practice's name and a comma ("Coastline Counselling Inc., "): a city may follow."""
    piece = piece.rstrip(" \t")
    if not piece.endswith(","):
        return False
    words = piece[:-1].replace(".", " ").split()
    return bool(words) and words[-1].lower() in _NAME_ENDS and words[0][:1].isupper()


def detect_city(text: str, heading: bool = False) -> Detected | None:
    """The US state of a "City, ST" address line ("Oakland, CA", "12 Elm St, Oakland, CA, USA"), or None.

    A Canadian province or an Australian state with a pack of its own counts
    too ("Vancouver, BC", "Sydney, NSW": ``_states``).

    On an address line (``heading`` False) the city must start its piece of
    the line (the start, a separator such as " · ", or, after a street
    number, a comma or the street's last word) and the code must end it. In
    a heading ("Therapy in Oakland, CA") it may stand anywhere. A code in
    ``_AMBIGUOUS`` needs a street number before the city on its line, either
    way; a code in ``_WORDS`` ("ON") must end its piece in a heading too. A
    title before the city ("Dr. Smith, MA") or a credential after the code
    ("Jo Kim, CA, LMFT") makes it a person.
    """
    if not isinstance(text, str) or "," not in text:
        return None
    states: dict[str, str] | None = None
    for match in _matches(text):
        code = " ".join(match.group("region").split())
        if states is None:
            states = {**_states(), **_names()}
        if code not in states:
            continue
        named = code in _names()
        comma, end = match.start(), match.end()
        # (the line before, at most _LOOK_BACK characters: a huge text with many codes stays linear)
        line_start = text.rfind("\n", max(0, comma - _LOOK_BACK), comma) + 1 or max(0, comma - _LOOK_BACK)
        before = text[line_start:comma]
        if _CREDENTIALS.match(text, end) and not _COUNTRY.match(text, end):
            continue  # "Jo Kim, MA, LMFT": a list of credentials
        if (not heading or code in _WORDS or named) and _AFTER.match(text, end) is None:
            continue  # on an address line (and for a code that is a word, or a name), the code ends its piece
        district = _DISTRICT.search(before) if states[code] == "IE" else None
        if district is not None:
            before = before[: district.start()]  # "Dublin 6, Ireland": the city is Dublin
        starts = _city_before(before)
        # a heading's city may stand anywhere (the longest name reads best); an address line's starts its piece
        for start in starts if heading else starts[::-1]:
            piece = before[:start]
            words = piece.replace(".", " ").split()
            if words and words[-1].strip(":,;").lower() in _TITLES:
                break  # "Dr. Smith, MA": a person and a degree
            street = bool(re.search(r"\d", piece))
            if code in _AMBIGUOUS and not street:
                continue
            if not heading and not _own_piece(piece, street) and not _after_name(piece):
                continue
            a = line_start + start
            place = states[code]
            if named and code in _GIVEN and not street and not _COUNTRY.match(text, end):
                city = " ".join(text[a:comma].split()).lower()
                if city not in _GIVEN[code]:
                    continue  # "Sam Lee, Victoria": a person's name; "Melbourne, Victoria" is a place
            other = _ELSEWHERE.get(code)
            if other is not None and " ".join(text[a:comma].split()).lower() in other[1]:
                place = other[0]  # "Perth, WA" is in Western Australia, not Washington
            return Detected(place, " ".join(text[a : match.end()].split()), (a, match.end()))
    return _state_of_country(text)


@lru_cache(maxsize=1)
def _state_country() -> "re.Pattern[str]":
    """"Victoria, Australia": the full name of an Australian state with a pack of its own, then the country."""
    states = sorted((n for n, c in _names().items() if c.startswith("AU-")), key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(re.escape(w) for w in n.split()) for n in states)
    return re.compile(rf"(?P<region>{body}),?[ \t]+Australia(?![\w\-'\u2019])")


def _state_of_country(text: str) -> Detected | None:
    """The state of "Victoria, Australia" at the start of a piece of an address line (no city before it), or None."""
    if "Australia" not in text:
        return None
    for m in _state_country().finditer(text):
        before = text[max(0, m.start() - _LOOK_BACK) : m.start()].rstrip(" \t")
        if before and before[-1] not in _SEPARATORS + "," and not before.endswith(" -"):
            continue
        if _AFTER.match(text, m.end()) is None:
            continue
        return Detected(_names()[" ".join(m.group("region").split())], " ".join(m.group(0).split()), m.span())
    return None


#: A full name that is also a given name ("Sam Lee, Victoria" signs a letter), and the cities and suburbs that
#: show it is the place ("Melbourne, Victoria"). Else it counts only with a street number before it on its line
#: ("12 Collins St, Melbourne, Victoria") or the country after it ("Ballarat, Victoria, Australia").
_GIVEN: dict[str, frozenset[str]] = {
    "Victoria": frozenset({
        "melbourne", "geelong", "ballarat", "bendigo", "shepparton", "mildura", "warrnambool", "traralgon", "wodonga",
        "wangaratta", "horsham", "sale", "bairnsdale", "echuca", "swan hill", "colac", "hamilton", "portland", "ararat",
        "castlemaine", "daylesford", "torquay", "moe", "morwell", "warragul", "frankston", "dandenong", "mornington",
        "sunbury", "melton", "werribee", "box hill", "carlton", "fitzroy", "collingwood", "richmond", "st kilda",
        "south yarra", "prahran", "hawthorn", "kew", "camberwell", "malvern", "toorak", "brunswick", "coburg",
        "northcote", "preston", "footscray", "williamstown", "essendon", "moonee ponds", "heidelberg", "doncaster",
        "ringwood", "glen waverley", "clayton", "oakleigh", "caulfield", "elsternwick", "brighton", "sandringham",
        "cheltenham", "mentone", "berwick", "pakenham", "cranbourne", "craigieburn", "epping", "bundoora", "eltham",
        "lilydale", "croydon", "bayswater", "boronia", "ferntree gully", "knox", "south melbourne", "port melbourne",
        "north melbourne", "east melbourne", "west melbourne", "docklands", "southbank", "abbotsford", "thornbury",
        "ivanhoe", "balwyn", "blackburn", "mitcham", "nunawading", "burwood", "ashburton", "bentleigh", "moorabbin",
        "highett", "chadstone", "mount waverley", "wantirna", "narre warren", "hoppers crossing", "point cook",
        "sunshine", "st albans", "keilor", "broadmeadows", "greensborough", "diamond creek", "healesville", "seymour",
        "kyneton", "gisborne", "woodend", "lorne", "ocean grove", "queenscliff", "leongatha", "wonthaggi", "benalla",
    }),
}  # fmt: skip


def _matches(text: str) -> "list[re.Match[str]]":
    """The codes (", CA") and the full names (", Ontario", ", Ireland") after a comma in ``text``, in order."""
    found = list(_CODE_AT.finditer(text))
    if _name_at().search(text) is not None:
        found += list(_name_at().finditer(text))
        found.sort(key=lambda m: m.start())
    return found


#: The full names a city may have after it, for the places with a pack of their own ("Toronto, Ontario",
#: "Melbourne, Victoria", "Dublin 6, Ireland") and every US state but Georgia (a country too: "Tbilisi, Georgia").
_NAME_LEFT_OUT = frozenset({"US-GA"})


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Each full name a city may have after it, and its place: "Ontario": "CA-ON", "Ohio": "US-OH", "Ireland": "IE"."""
    from policy_lint import resources
    from policy_lint.jurisdictions.codes import _regions

    regions = _regions()
    out = {r.name: c for c, r in regions.items() if c.startswith("US-") and r.kind == "State" and c not in _NAME_LEFT_OUT}
    for name in resources.builtin_packs():
        code = name.upper()
        if code.startswith(("CA-", "AU-")) and code in regions:
            out.setdefault(regions[code].name, code)
    out["Ireland"] = out["Republic of Ireland"] = "IE"
    return out


@lru_cache(maxsize=1)
def _name_at() -> "re.Pattern[str]":
    """", Ontario" after a city: a comma, then a full name of ``_names`` with its capitals, then no more letters."""
    names = sorted(_names(), key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(re.escape(w) for w in n.split()) for n in names)
    return re.compile(rf",[ \t]*(?P<region>{body})(?![\w\-'\u2019])")


#: An Irish postal district after the city: "Dublin 6", "Dublin 6W".
_DISTRICT = re.compile(r"[ \t]+\d{1,2}[Ww]?$")

#: A code that is a US state's and another country's region too, with the cities that are in the other
#: one: "Perth, WA" gives Western Australia (no city of Washington state has these names).
_ELSEWHERE: dict[str, tuple[str, frozenset[str]]] = {
    "WA": ("AU-WA", frozenset({
        "perth", "fremantle", "joondalup", "mandurah", "bunbury", "rockingham", "geraldton", "albany",
        "kalgoorlie", "broome", "busselton", "karratha", "port hedland", "subiaco", "cottesloe", "nedlands",
        "leederville", "osborne park", "mount lawley", "victoria park", "cannington", "wanneroo", "baldivis",
        "ellenbrook", "margaret river", "esperance", "northam", "dunsborough", "west perth", "east perth",
        "north perth", "south perth", "perth cbd",
    })),
}  # fmt: skip
