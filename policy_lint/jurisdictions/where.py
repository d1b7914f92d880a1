"""The jurisdiction of one document, and where that answer came from.

In this order:

1. the policy's own ``clinic.jurisdiction``, when it is a real code, or a
   page's own line that names its law ("This policy follows the law of
   California.", as ``policy-lint render`` writes it; see ``stated_place``);
2. ``--jurisdiction`` (for prose, or a policy that does not say);
3. the place the config or the folders give this one file: a pattern of the
   config's ``per_file_jurisdiction`` that matches it, else the nearest
   folder of its path named by a code (``clinics/US-CA/oak.html``), else
   the config key ``jurisdiction``. So a consultant who audits many
   clinics gives each its place, and the firm's config its default;
4. an address in the text (``clinic.address`` first, then any text, then
   a web page's header and footer, which are not linted but often hold
   the address), shown as *assumed*;
5. the names of a country's own privacy law or regulators in the words
   ("UK GDPR", "Information Commissioner's Office", "BACP", "AHPRA",
   "PIPEDA", "Oranga Tamariki"; ``_SIGNALS``), shown as *assumed* with the
   words that decided. Only names no other country uses count: "Medicare"
   (Australia and the US) or "GDPR" alone (all of Europe) do not.

The answer is kept in ``doc.cache`` so that the router and every rule see
the same one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from policy_lint.values import Frozen, _set

if TYPE_CHECKING:
    from policy_lint.loading import Document

__all__ = ["Where", "SOURCE_WORDS", "jurisdiction_of", "tied_places", "place_of_path", "clinic_flag", "CACHE_KEY", "stated_place", "place_sentence", "text_place", "place_conflict"]

CACHE_KEY = "jurisdiction.where"
_FACTS_KEY = "jurisdiction.facts"


#: The words for where a place came from (a Where's ``source``), one table for
#: every message that names it: "its" for one file ("its folder says US-TX"),
#: "their" for many ("12 files name another place than their folder"), "used"
#: for what policy-lint went by ("used the folder"), "from" for ``why``
#: ("for Texas (US-TX), from its folder"). The order of the sources that can
#: clash with a page's own words is the order a line names them in.
#: (clean40, session 22: session.py and the audit kept copies of their own.)
SOURCE_WORDS: dict[str, dict[str, str]] = {
    "folder": {"its": "its folder", "their": "their folder", "used": "the folder", "from": "from its folder"},
    "config": {"its": "the config", "their": "the config", "used": "the config", "from": "from the config"},
    "option": {"its": "--jurisdiction", "their": "the place you gave with --jurisdiction", "used": "the place you gave", "from": "from --jurisdiction"},
    "policy": {"from": "from the policy"},
}


class Where(Frozen):
    """A jurisdiction: its code, where it came from, and (when assumed) the words that show it.

    ``source`` is "policy", "option", "config", "folder" or "assumed". ``pointer`` and
    ``span`` locate the words for "policy" and "assumed".
    """

    __slots__ = ("code", "source", "evidence", "pointer", "span")
    code: str
    source: str
    evidence: str
    pointer: str
    span: tuple[int, int] | None

    def __init__(self, code: str, source: str, evidence: str = "", pointer: str = "", span: tuple[int, int] | None = None) -> None:
        _set(self, "code", code)
        _set(self, "source", source)
        _set(self, "evidence", evidence)
        _set(self, "pointer", pointer)
        _set(self, "span", span)

    @property
    def from_hipaa(self) -> bool:
        """True when the place was assumed only because the practice is a HIPAA covered entity (US law)."""
        return self.source == "assumed" and self.evidence == HIPAA_EVIDENCE and not self.pointer


def _clinic(doc: "Document") -> dict[str, Any]:
    data = doc.data
    clinic = data.get("clinic") if isinstance(data, dict) else None
    return clinic if isinstance(clinic, dict) else {}


def set_facts(doc: "Document", facts: dict[str, Any]) -> None:
    """Record what the command line or config says about the practice (jurisdiction, HIPAA, ...)."""
    doc.cache[_FACTS_KEY] = facts


def facts(doc: "Document") -> dict[str, Any]:
    """What the command line or config says about the practice ({} when nothing)."""
    return doc.cache.get(_FACTS_KEY) or {}  # type: ignore[no-any-return]


def clinic_flag(doc: "Document", name: str) -> bool:
    """A yes/no fact about the practice: the policy's ``clinic.<name>``, else the option or config."""
    value = _clinic(doc).get(name)
    if isinstance(value, bool):
        return value
    return bool(facts(doc).get(name))


def jurisdiction_of(doc: "Document") -> Where | None:
    """The jurisdiction of ``doc`` (None: none given and no address found)."""
    if CACHE_KEY in doc.cache:
        return doc.cache[CACHE_KEY]  # type: ignore[no-any-return]
    where = _work_out(doc)
    doc.cache[CACHE_KEY] = where
    return where


def _work_out(doc: "Document") -> Where | None:
    from policy_lint.jurisdictions.codes import SHAPE, known

    own = _clinic(doc).get("jurisdiction")
    if isinstance(own, str) and SHAPE.match(own) and known(own):
        return Where(own, "policy", own, "/clinic/jurisdiction")
    stated = stated_place(doc)
    if stated is not None:
        return stated
    given = place_of_path(doc.path, facts(doc))
    if given is not None:
        return given
    return _address_place(doc) or _after_tie(doc, _signal_place(doc) or _hipaa_place(doc))


def _after_tie(doc: "Document", found: "Where | None") -> "Where | None":
    """``found`` (from the names of laws, or HIPAA), unless addresses of two places weighed the same and it is neither."""
    tied = doc.cache.get(_TIE_KEY) or ()
    if found is None or not tied or any(_related(found.code, t.code) for t in tied):
        return found
    return None


#: The evidence of a place assumed because the practice is a HIPAA covered entity (``_hipaa_place``).
HIPAA_EVIDENCE = "HIPAA covered entity"


def _hipaa_place(doc: "Document") -> Where | None:
    """The United States, for a HIPAA covered entity whose place nothing else shows.

    HIPAA is US law: a practice that says it is covered is in the US. Without
    this, the Notice of Privacy Practices rules (the us pack) would not run
    at all and nothing would say so. JUR004 says the place was assumed.
    """
    if clinic_flag(doc, "hipaa_covered_entity"):
        return Where("US", "assumed", HIPAA_EVIDENCE)
    return None


def text_place(doc: "Document") -> Where | None:
    """The place the policy's own words give: its stated law, else an address in it (None: neither).

    Unlike ``jurisdiction_of`` this ignores the command line, the config and
    the folders, so a caller can tell when they disagree with the page.
    """
    own = _clinic(doc).get("jurisdiction")
    from policy_lint.jurisdictions.codes import SHAPE, known

    if isinstance(own, str) and SHAPE.match(own) and known(own):
        return Where(own, "policy", own, "/clinic/jurisdiction")
    return stated_place(doc) or _address_place(doc) or _after_tie(doc, _signal_place(doc))


def _address_place(doc: "Document") -> Where | None:
    """The place the addresses in the text give (None: none, or two places that weigh the same).

    ``clinic.address`` wins: it is the practice's own. Else every address of
    the page is weighed (``_weighed``): an address with a postal code
    ("Austin, TX 78701", anywhere) or a city and its code on an address line
    or a heading ("Oakland, CA", "Tralee, Co. Kerry"), the practice's own
    lines (contact, office, a page's header and footer) more than a bio's
    ("I trained in Seattle, WA"). Full names ("Toronto, Ontario") count only
    when no code does. Two places that weigh the same give none, and
    ``tied_places`` names them.
    """
    from policy_lint.jurisdictions.detect import detect, detect_city, detect_county

    address = _clinic(doc).get("address")
    if isinstance(address, str):
        found = detect(address, address=True) or detect_city(address) or detect_county(address)
        if found is not None:
            return Where(found.code, "assumed", found.evidence, "/clinic/address", found.span)
    return _weighed(doc)


#: How much an address weighs: by its kind (a postal code, or a city and its code without one) times where it
#: stands (the practice's own line, a plain line, or a bio's: "trained in", "grew up in").
_POSTAL, _CITY = 2.0, 1.0
_OWN, _PLAIN, _BIO = 3.0, 1.0, 0.25
_TIE_KEY = "jurisdiction.tie"

#: Words of a line or a heading that make an address the practice's own.
_OWN_SRC = (
    r"\b(?:offices?|address|located|locations?|visit|find\s+us|contact|call|phone|telephone|tel|fax|e-?mail|mail"
    r"|suite|ste|our\s+(?:practice|clinic|centre|center|rooms)|appointments?|directions|parking|opening\s+hours|where\s+we\s+are"
    r"|get\s+in\s+touch|reach\s+us)\b|@|\b\d{3}[-.\s)]+\d{3}[-.\s]\d{4}\b"
)
#: Words before an address in its sentence, or of its heading, that make it a bio's: where the therapist was, not the practice.
_BIO_SRC = (
    r"\b(?:trained|training|grew\s+up|raised|born|graduated|graduate|studied|studies|degrees?|ph\.?\s?d|psy\.?\s?d"
    r"|masters?|master['\u2019]s|bachelor['\u2019]?s?|doctorate|internship|residency|fellowship|previously|formerly|former"
    r"|used\s+to|worked|practi[cs]ed|lived|moved|relocated|originally|hometown|years\s+in|licen[cs]ed|about\s+me"
    r"|about\s+the\s+(?:therapist|counsell?or|author)|bio|biography|education|qualifications|credentials|background"
    r"|experience|my\s+story|meet\s+(?:me|the\s+team|our\s+team|your)|our\s+team)\b"
)


@lru_cache(maxsize=1)
def _marks() -> "tuple[Any, Any]":
    import re

    return re.compile(_OWN_SRC, re.IGNORECASE), re.compile(_BIO_SRC, re.IGNORECASE)


def _sentence_of(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The words of ``text`` before and after ``span`` in its sentence (a line break or ". " ends one)."""
    import re

    head = text[: span[0]]
    start = max(head.rfind("\n"), max((m.end() for m in re.finditer(r"[.!?](?:\s|$)", head)), default=0) - 1) + 1
    tail = text[span[1] :]
    m = re.search(r"\n|[.!?](?:\s|$)", tail)
    return head[start:], tail[: m.start() if m else len(tail)]


def _standing(text: str, span: tuple[int, int], heading: str, outside: bool) -> float:
    """How much the line of an address says it is the practice's own (``_OWN``), a bio's (``_BIO``) or neither."""
    own, bio = _marks()
    before, after = _sentence_of(text, span)
    if bio.search(before):
        return _BIO  # "I grew up in Seattle, WA", "PhD — Melbourne, Victoria"
    if outside or own.search(before) or own.search(after):
        return _OWN  # "Our office: 12 King St W, Toronto, ON", a page's footer
    if heading and bio.search(heading) and not own.search(heading):
        return _BIO  # a line under "About me"
    if heading and own.search(heading):
        return _OWN  # a line under "Contact"
    return _PLAIN


def _weighed(doc: "Document") -> Where | None:
    """The place whose addresses weigh the most (``_address_place``), or None."""
    from policy_lint.jurisdictions.detect import detect_all

    found: list[tuple[float, bool, Where]] = []  # (weight, by full name, where)
    blocks = getattr(doc, "blocks", None)
    headings = _headings(blocks) if blocks else []
    for pointer, text in doc.strings():
        if pointer == "/clinic/jurisdiction" or not isinstance(text, str):
            continue
        index = int(pointer[8:]) if blocks and pointer.startswith("/blocks/") and pointer[8:].isdigit() else -1
        block = blocks[index] if index >= 0 else None
        line = block is not None and block.kind != "heading" and len(text.split()) <= _ADDRESS_WORDS
        heading = headings[index] if index >= 0 else ("Contact" if _contact_pointer(pointer) else "")
        for hit in detect_all(text, line=line):
            found.append((_POSTAL * _standing(text, hit.span, heading, False), False, Where(hit.code, "assumed", hit.evidence, pointer, hit.span)))
    # A web page's header and footer are not linted, but the address there is the practice's.
    outside = getattr(doc, "outside_strings", None)
    for pointer, text in outside() if outside is not None else ():
        for hit in detect_all(text, address=True):
            found.append((_POSTAL * _OWN, False, Where(hit.code, "assumed", hit.evidence, pointer, hit.span)))
    found += _city_places(doc, headings)
    # A full name ("Melbourne, Victoria") is also how a bio names another place ("PhD — Melbourne, Victoria",
    # "## Ten years in Melbourne, Victoria"): a code ("Austin, TX") wins over it.
    pool = [f for f in found if not f[1]] or found
    if not pool:
        return None
    weights: dict[str, float] = {}
    for weight, _, where in pool:
        weights[where.code] = weights.get(where.code, 0.0) + weight
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = [max((f for f in pool if f[2].code == code), key=lambda f: f[0])[2] for code, w in ranked if w == ranked[0][1]]
        doc.cache[_TIE_KEY] = tuple(tied)
        return None
    best = ranked[0][0]
    return max((f for f in pool if f[2].code == best), key=lambda f: f[0])[2]


def tied_places(doc: "Document") -> "tuple[Where, ...]":
    """The places whose addresses weigh the same in ``doc``, when that left it without a place (() when not)."""
    jurisdiction_of(doc)
    return doc.cache.get(_TIE_KEY) or ()  # type: ignore[no-any-return]


def _contact_pointer(pointer: str) -> bool:
    """True when a YAML field is the practice's contact or address ("/clinic/address", "/contact/phone")."""
    low = pointer.lower()
    return any(w in low for w in ("address", "contact", "phone", "office", "location"))


def _headings(blocks: Any) -> list[str]:
    """The text of the heading each block stands under ("" before the first heading; a heading's own is its own)."""
    out: list[str] = []
    current = ""
    for block in blocks:
        if block.kind == "heading":
            current = block.text
        out.append(current)
    return out


def _city_places(doc: "Document", headings: list[str]) -> list[tuple[float, bool, Where]]:
    """Each city and its code with no postal code ("Oakland, CA", "Tralee, Co. Kerry"), where an address or a heading gives it.

    Only a page's headings, its short address lines and its header and
    footer: in a sentence a city may name another place ("we also see
    clients from Reno, NV"). ``detect.detect_city`` keeps out a degree after
    a name ("Dr. Smith, MA", "PhD, LP").
    """
    from policy_lint.jurisdictions.detect import detect_city, detect_county

    out: list[tuple[float, bool, Where]] = []
    for name in ("blocks", "outside"):
        blocks = getattr(doc, name, None) or ()
        for i, block in enumerate(blocks):
            text = getattr(block, "text", "")
            if (block.kind != "heading" and len(text.split()) > _ADDRESS_WORDS) or ("," not in text and "Co" not in text):
                continue
            found = detect_city(text, heading=block.kind == "heading") or detect_county(text)
            if found is None:
                continue
            if i and _signs_off(blocks[i - 1]) and found.evidence == " ".join(text.split()).rstrip("."):
                # "Sincerely," and then "Jane Smith, NY" alone: a name and a licence's state, not a city. A line with
                # more ("Elm Street Therapy · Oakland, CA" after "Thank you!") is the practice's address.
                continue
            heading = headings[i] if name == "blocks" and i < len(headings) else ""
            weight = _CITY * _standing(text, found.span, heading, name == "outside")
            out.append((weight, _by_name(found.evidence), Where(found.code, "assumed", found.evidence, f"/{name}/{i}", found.span)))
    return out


def _by_name(evidence: str) -> bool:
    """True when a city's place is a full name ("Toronto, Ontario"), not a code ("Toronto, ON")."""
    from policy_lint.jurisdictions.detect import _names

    return evidence.rsplit(",", 1)[-1].strip() in _names()


#: The words that close a letter: the line after them is a name ("Jane Smith, NY"), never a city.
_SIGN_OFFS = frozenset(
    {"sincerely", "yours sincerely", "sincerely yours", "regards", "best regards", "kind regards", "warm regards",
     "warmly", "best", "best wishes", "with gratitude", "thank you", "thanks", "respectfully", "yours truly", "cheers",
     "signed", "signature", "your therapist", "in good health"}
)


def _signs_off(block: object) -> bool:
    """True when ``block`` is only the words that close a letter ("Sincerely,", "Warm regards,", "Signed:")."""
    text = getattr(block, "text", "")
    return isinstance(text, str) and " ".join(text.split()).strip(",:;.!-\u2014 ").lower() in _SIGN_OFFS


#: The most words of a line that can be an address line ("Elm Street Therapy · 12 Elm St · Oakland, CA · 510-555-0100").
_ADDRESS_WORDS = 16


#: Names of a country's (or a region's) own privacy law, regulators and
#: professional bodies: a page that names one is almost surely there. Each
#: is a pattern and the code it shows. Only names no other place uses: not
#: "Medicare" (Australia and the US), "GDPR" alone (all of Europe), "ACA"
#: (the American and the Australian Counselling Associations), "Privacy Act"
#: without its year.
_SIGNALS: tuple[tuple[str, str], ...] = (
    # United Kingdom
    (r"\bUK\s+GDPR\b", "GB"),
    (r"\bInformation\s+Commissioner['\u2019]?s\s+Office\b", "GB"),
    (r"\b(?:M|S)?BACP\b", "GB"),
    (r"\bBritish\s+Association\s+for\s+Counselling\s+and\s+Psychotherapy\b", "GB"),
    (r"\bUKCP\b", "GB"),
    (r"\bHCPC\b", "GB"),
    (r"\bHealth\s+and\s+Care\s+Professions\s+Council\b", "GB"),
    (r"\bChildren\s+Act\s+(?:1989|2004)\b", "GB"),
    (r"\bCare\s+Act\s+2014\b", "GB"),
    # (not "Data Protection Act 2018": Ireland's has the same name; see _NO_PLACE_ALONE)
    (r"\bTerrorism\s+Act\s+2000\b", "GB"),
    # Australia
    (r"\bAHPRA\b", "AU"),
    (r"\bAustralian\s+Health\s+Practitioner\s+Regulation\s+Agency\b", "AU"),
    (r"\bAustralian\s+Privacy\s+Principles?\b", "AU"),
    (r"\bPrivacy\s+Act\s+1988\b", "AU"),
    (r"\bPACFA\b", "AU"),
    (r"\bHealth\s+Records\s+and\s+Information\s+Privacy\s+Act\b", "AU-NSW"),
    (r"\bChildren\s+and\s+Young\s+Persons\s+\(Care\s+and\s+Protection\)\s+Act\b", "AU-NSW"),
    (r"\bAgeing\s+and\s+Disability\s+Commissioner\s+Act\b", "AU-NSW"),
    (r"\bDepartment\s+of\s+Communities\s+and\s+Justice\b", "AU-NSW"),
    (r"\bChildren,\s+Youth\s+and\s+Families\s+Act\s+2005\b", "AU-VIC"),
    (r"\bHealth\s+Records\s+Act\s+2001\b", "AU-VIC"),
    (r"\bCrimes\s+Act\s+1958\s+\((?:Vic\.?|Victoria)\)", "AU-VIC"),  # with its place only: _NO_PLACE_ALONE
    (r"\bChild\s+Protection\s+Act\s+1999\b", "AU-QLD"),
    (r"\bCriminal\s+Code(?:\s+Act)?\s+1899\s+\((?:Qld\.?|Queensland)\)", "AU-QLD"),  # with its place only
    # "Department of Child Safety" alone is Arizona's agency too: only Queensland's full name, or the
    # name with its place
    (r"\bDepartment\s+of\s+Child\s+Safety,\s+Seniors\s+and\s+Disability\s+Services\b", "AU-QLD"),
    (r"\b(?:Queensland|Qld)(?:['\u2019]s)?\s+Department\s+of\s+Child\s+Safety\b", "AU-QLD"),
    (r"\bDepartment\s+of\s+Child\s+Safety\s+\((?:Qld\.?|Queensland)\)", "AU-QLD"),
    # Canada
    (r"\bPIPEDA\b", "CA"),
    (r"\bPersonal\s+Information\s+Protection\s+and\s+Electronic\s+Documents\s+Act\b", "CA"),
    (r"\bPHIPA\b", "CA-ON"),
    (r"\bPersonal\s+Health\s+Information\s+Protection\s+Act,\s+2004\b", "CA-ON"),
    (r"\bChild,\s+Youth\s+and\s+Family\s+Services\s+Act\b", "CA-ON"),
    (r"\bFixing\s+Long-Term\s+Care\s+Act\b", "CA-ON"),
    (r"\bRetirement\s+Homes\s+Act,\s+2010\b", "CA-ON"),  # Ontario's way of writing the year, as with PHIPA
    (r"\bCollege\s+of\s+Registered\s+Psychotherapists\s+of\s+Ontario\b", "CA-ON"),
    (r"\bCanadian\s+Counselling\s+and\s+Psychotherapy\s+Association\b", "CA"),
    # British Columbia: the Acts its pack cites, and its own privacy Act named with it
    # (Alberta's Act has the same name, so "Personal Information Protection Act" alone is none)
    (r"\bChild,\s+Family\s+and\s+Community\s+Service\s+Act\b", "CA-BC"),
    (r"\bAdult\s+Guardianship\s+Act\b", "CA-BC"),
    (r"\bBritish\s+Columbia['\u2019]s\s+Personal\s+Information\s+Protection\s+Act\b", "CA-BC"),
    (r"\bPersonal\s+Information\s+Protection\s+Act\s+\((?:BC|B\.C\.|British\s+Columbia)\)", "CA-BC"),
    # The United States: the state laws its packs cite, as a page names them (one pattern a
    # name: the quick test needs a word that every match holds)
    (r"\bCal(?:\.|ifornia)\s+Civ(?:\.|il)\s+Code\b", "US-CA"),
    (r"\bCal(?:\.|ifornia)\s+Penal\s+Code\b", "US-CA"),
    (r"\bCal(?:\.|ifornia)\s+Welf(?:\.|are)\s+(?:&|and)\s+Inst(?:\.|itutions)\s+Code\b", "US-CA"),
    (r"\bWelfare\s+and\s+Institutions\s+Code\b", "US-CA"),
    (r"\b(?:N\.Y\.|New\s+York)\s+Mental\s+Hyg(?:\.|iene)\s+Law\b", "US-NY"),
    (r"\bMental\s+Hygiene\s+Law\b", "US-NY"),
    (r"\b(?:N\.Y\.|New\s+York)\s+Soc(?:\.|ial)\s+Serv(?:\.|ices)\s+Law\b", "US-NY"),
    (r"\b(?:NY|New\s+York)\s+SAFE\s+Act\b", "US-NY"),
    (r"\bTex(?:\.|as)\s+Fam(?:\.|ily)\s+Code\b", "US-TX"),
    (r"\bTex(?:\.|as)\s+Health\s+(?:&|and)\s+Safety\s+Code\b", "US-TX"),
    (r"\bTex(?:\.|as)\s+Hum(?:\.|an)\s+Res(?:\.|ources)\s+Code\b", "US-TX"),
    (r"\bThapar\s+v\.?\s+Zezulka\b", "US-TX"),
    # New Zealand
    (r"\bPrivacy\s+Act\s+2020\b", "NZ"),
    (r"\bOranga\s+Tamariki\b", "NZ"),
    (r"\bHealth\s+Information\s+Privacy\s+Code\b", "NZ"),
    # Ireland
    (r"\bTusla\b", "IE"),
    (r"\bChildren\s+First\s+Act\s+2015\b", "IE"),
    (r"\bCORU\b", "IE"),
    # "Data Protection Commission" alone is Ghana's regulator too: only with Ireland named with it
    (r"\b(?:Irish|Ireland['\u2019]s)\s+Data\s+Protection\s+Commission\b", "IE"),
    (r"\bData\s+Protection\s+Commission\s+(?:\((?:Ireland|IE)\)|of\s+Ireland\b|in\s+Ireland\b)", "IE"),
    (r"\bdataprotection\.ie\b", "IE"),
    (r"\bPsychological\s+Society\s+of\s+Ireland\b", "IE"),
    (r"\bIrish\s+Association\s+for\s+Counselling\s+and\s+Psychotherapy\b", "IE"),
)


#: Acts a place pack cites whose name alone does not show that place, and the place the name
#: alone gives (None: none). Some are the law of a whole country ("Privacy Act 1988", the
#: Commonwealth's: Australia, never a state); some share a name or almost one with another
#: place's law (the UK and Ireland each have a "Data Protection Act 2018"; many places have a
#: "Criminal Code" or a "Crimes Act"). A name here never gives a region: with its place after
#: it, as the pack cites it ("Crimes Act 1958 (Vic)"), ``_SIGNALS`` finds it. The test of the
#: place packs reads this table, so every other Act they cite must be in ``_SIGNALS``.
_NO_PLACE_ALONE: dict[str, str | None] = {
    "Privacy Act 1988": "AU",
    "Data Protection Act 2018": None,
    "Crimes Act 1958": None,
    "Criminal Code 1899": None,
}


@lru_cache(maxsize=1)
def _signal_words() -> tuple[str, ...]:
    """A quick test before the patterns: a text without any of these words holds no signal.

    One word for each pattern of ``_SIGNALS``, one that every match of it
    holds: its longest plain word, after the parts a match may leave out
    ("s?", "(?:M|S)?") are taken away. Built from the list, so a new name
    can never be missed by the quick test ("...Information Privacy Act." at
    the end of a sentence was once missed, for want of a space after "Act").
    """
    import re

    words = []
    for src, _ in _SIGNALS:
        plain = re.sub(r"\(\?:[^()]*\)[?*]?", " ", src)  # a group of choices: no one word of it is sure
        plain = re.sub(r"\[[^\]]*\][?*]?", " ", plain)  # a class of characters
        plain = re.sub(r"\\?.[?*]", " ", plain)  # a character a match may leave out ("s?")
        plain = re.sub(r"\\u[0-9a-fA-F]{4}|\\.", " ", plain)  # \b, \s, \(
        found = re.findall(r"[A-Za-z]{3,}", plain)
        if not found:  # never so in the shipped list: then every text is tried
            return ()
        words.append(max(found, key=len))
    return tuple(dict.fromkeys(words))


def _may_signal(text: str) -> bool:
    """False when ``text`` cannot hold a name of ``_SIGNALS`` (the quick test)."""
    words = _signal_words()
    return not words or any(w in text for w in words)


@lru_cache(maxsize=1)
def _signal_pattern() -> Any:
    import re

    return re.compile("|".join(f"(?P<s{i}>{src})" for i, (src, _) in enumerate(_SIGNALS)))


def _signal_place(doc: "Document") -> Where | None:
    """The place the names of its law and regulators show (``_SIGNALS``), or None.

    Every name found counts once. A region's name ("PHIPA": CA-ON) counts
    for its country too. The place wins when its country has more names
    than any other country; a tie (a page that compares the UK and
    Australia) shows nothing. The evidence is the names that decided, up
    to three.
    """
    strings = list(doc.strings()) if hasattr(doc, "strings") else []
    outside = getattr(doc, "outside_strings", None)
    if outside is not None:
        strings += list(outside())
    found: dict[str, tuple[str, str, tuple[int, int]]] = {}  # name as written (lower) -> (code, pointer, span)
    names: dict[str, str] = {}
    pattern = None
    for pointer, text in strings:
        if pointer == "/clinic/jurisdiction" or not isinstance(text, str) or not _may_signal(text):
            continue
        pattern = pattern or _signal_pattern()
        for m in pattern.finditer(text):
            index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
            key = " ".join(m.group(0).lower().replace("\u2019", "'").split())
            if key in ("mbacp", "sbacp"):
                key = "bacp"  # a member of BACP: the same body
            if key not in found:
                found[key] = (_SIGNALS[index][1], pointer, m.span())
                names[key] = " ".join(m.group(0).split())
    if not found:
        return None
    countries: dict[str, int] = {}
    for code, _, _ in found.values():
        country = code.split("-")[0]
        countries[country] = countries.get(country, 0) + 1
    ranked = sorted(countries.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    country = ranked[0][0]
    mine = [(key, v) for key, v in found.items() if v[0].split("-")[0] == country]
    regions = {code for _, (code, _, _) in mine if "-" in code}
    code = regions.pop() if len(regions) == 1 else country
    first = mine[0][1]
    evidence = ", ".join(names[key] for key, _ in mine[:3])
    return Where(code, "assumed", evidence, first[1], first[2])


def place_of_path(shown: str, given: dict[str, Any]) -> Where | None:
    """The place the command line, the config or the folders give a file (steps 2 and 3 above), or None.

    ``shown`` is the file's name as shown, ``given`` the facts of the run
    (with ``path``, the file on disk). It needs no text, so a file that
    could not be read still keeps the place of its folder.
    """
    if given.get("jurisdiction_option"):
        return Where(str(given["jurisdiction_option"]), "option")
    path = _path_for_place(shown, given)
    by_file = _per_file(path, given)
    if by_file is not None:
        return by_file
    folder = _folder_code(path)
    if folder is not None:
        return Where(folder, "folder", folder)
    if given.get("jurisdiction_config"):
        return Where(str(given["jurisdiction_config"]), "config")
    return None


def _path_for_place(shown: str, given: dict[str, Any]) -> str:
    """The file's path relative to its config's folder (else the working folder), with forward slashes.

    The folders above that are not the clinic's: "/home/IT/clinics/a.md" is not in Italy.
    The name shown is the answer when there is no file on disk (standard input).
    """
    real = given.get("path")
    if not real or shown == "-":
        return shown.replace("\\", "/")
    import os
    from pathlib import Path

    from policy_lint.discover import relative_posix

    rel = relative_posix(Path(os.path.abspath(real)), Path(given.get("config_folder") or os.getcwd()))
    return shown.replace("\\", "/") if rel.startswith("../") or os.path.isabs(rel) else rel


def _per_file(path: str, given: dict[str, Any]) -> Where | None:
    """The code of the first ``per_file_jurisdiction`` pattern that matches ``path`` (relative to the config folder)."""
    patterns = given.get("jurisdiction_files")
    if not patterns or not path or path == "-":
        return None
    for glob, code, pattern in patterns:
        if glob.fullmatch(path):
            return Where(str(code), "config", pattern)
    return None


def _folder_code(path: str) -> str | None:
    """The code of the nearest folder of ``path`` named by a region code, as written ("US-CA", "GB"), or None."""
    if not path or path == "-":
        return None
    from policy_lint.jurisdictions.codes import SHAPE, known

    parts = path.split("/")[:-1]
    for part in reversed(parts):
        if part.isupper() and SHAPE.match(part) and known(part):
            return part
    return None


#: The sentence ``policy-lint render`` writes so that a check of the notice
#: uses the pack of the policy's place: "This policy follows the law of California."
PLACE_SENTENCE = "This policy follows the law of {place}."
_STATED_SRC = r"\b(?:this\s+(?:policy|notice|page)\s+)?follows\s+the\s+laws?\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}?)(?:\s+\((?P<code>[A-Z]{2}(?:-[A-Z0-9]{1,3})?)\))?(?=[.;,]|\s*$)"


def place_sentence(code: str) -> str:
    """The sentence that names the law of ``code`` in plain words, or "" when the code is not known.

    A name two regions share ("Georgia": a US state and a country) gets its code.
    """
    from policy_lint.jurisdictions.codes import _regions, region, with_the

    known = region(code)
    if known is None or known.name == code:
        return ""
    name = known.name
    if sum(1 for r in _regions().values() if r.name == name) > 1:
        name = f"{name} ({code})"
    return PLACE_SENTENCE.format(place=with_the(name))


def stated_place(doc: "Document") -> Where | None:
    """The law a page says it follows ("This policy follows the law of California."), or None.

    A YAML policy says it in ``clinic.jurisdiction``; a page has no field
    for it, so this line is the page's own word on its place and counts as
    the policy's (``source`` "policy"). Only prose is read, and only a name
    (or a code in brackets) policy-lint knows.
    """
    if getattr(doc, "passages", None) is None or not hasattr(doc, "strings"):
        return None
    import re

    from policy_lint.jurisdictions.codes import _regions, known

    pattern = re.compile(_STATED_SRC)
    for pointer, text in doc.strings():
        if "follows the law" not in text and "follows the laws" not in text:
            continue
        for m in pattern.finditer(text):
            code = m.group("code")
            name = m.group("name").rstrip(".,;")
            if code:
                r = _regions().get(code)
                if r is not None and r.name == name and known(code):
                    return Where(code, "policy", m.group(0), pointer, m.span())
                continue
            codes = _names().get(name, ())
            if len(codes) == 1:
                return Where(codes[0], "policy", m.group(0), pointer, m.span())
    return None


#: "California law", "the laws of Oregon", "Texas state law": a place's law named in the words.
_LAW_NAMED_SRC = r"\b(?P<a>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:\s+state)?\s+laws?\b|\blaws?\s+of\s+(?:the\s+state\s+of\s+)?(?P<b>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"


def _law_named(doc: "Document") -> Where | None:
    """The first place whose law the words name ("California law requires me to warn"), or None.

    Only for ``place_conflict``: a page may name another place's law for a
    reason ("unlike Texas law, ..."), so this never picks the pack.
    """
    if getattr(doc, "passages", None) is None:
        return None
    import re

    names = _names()
    pattern = re.compile(_LAW_NAMED_SRC)
    for pointer, text in doc.strings():
        if "law" not in text:
            continue
        for m in pattern.finditer(text):
            words = (m.group("a") or m.group("b")).split()
            for i in range(len(words)):  # "If California" -> "California"
                codes = names.get(" ".join(words[i:]), [])
                if len(codes) == 1:
                    return Where(codes[0], "assumed", m.group(0), pointer, m.span())
    return None


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    """Each place's name and the codes that have it ("Georgia": US-GA and GE)."""
    from policy_lint.jurisdictions.codes import _regions

    names: dict[str, list[str]] = {}
    for code, r in _regions().items():
        names.setdefault(r.name, []).append(code)
    return {name: tuple(codes) for name, codes in names.items()}


def _related(a: str, b: str) -> bool:
    """True when one code is the other or holds it ("US" and "US-CA")."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def place_conflict(doc: "Document", where: "Where | None") -> tuple[Where, str] | None:
    """The place the page's own address or words give, when it is not ``where`` (from a folder, the config or --jurisdiction).

    Returns that place and what showed it ("address" or "words"), or None
    when they agree or the page says nothing of its place. ``where`` still
    wins: the folder or config was set on purpose, and an address may be a
    mailing address; the caller says so in a note.
    """
    if where is None or where.source not in ("folder", "config", "option"):
        return None
    for found, how in ((stated_place(doc), "words"), (_address_place(doc), "address"), (_law_named(doc), "words")):
        if found is None:
            continue
        if _related(found.code, where.code):
            return None  # the first thing the page says of its place agrees
        return found, how
    return None
