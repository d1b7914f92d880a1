"""Detectors for plain-language problems. Each returns hits with offsets.

* ``passive``: "is/are/was/were/be/been/being" + past participle, minus a
  list of known false positives (the law as actor, adjectives), and harm
  done to the subject ("a child is being abused": the one who acts is a
  wrongdoer nobody knows, and the subject is the one it is done to).
* ``reader_address``: "the client", "the patient", "each client's" where
  "you" is meant.
* ``all_caps``: three or more words in capitals in a row.
* ``slashes``: and/or, he/she, his/her, parent/guardian.
* ``undefined_acronyms``: the first use of an acronym that is not spelled
  out there.

See docs/plain-language.md for the heuristics and their limits.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Sequence

from policy_lint.values import Frozen, _set
from policy_lint.plain.lazy import LazyPattern
from policy_lint.plain.text import Word, words

__all__ = ["Hit", "law_acts", "passive", "reader_address", "all_caps", "slashes", "undefined_acronyms", "acronym_data"]

ACRONYM_FILE = Path(__file__).resolve().parent.parent / "data" / "acronyms.json"


class Hit(Frozen):
    """A problem in a text: ``text[start:end]`` is the words at fault.

    Attributes:
        kind: which detector found it ("passive", "reader", "caps", "slash", "acronym").
        suggestion: a plain alternative, when there is one.
    """

    __slots__ = ("start", "end", "text", "kind", "suggestion")
    start: int
    end: int
    text: str
    kind: str
    suggestion: str

    def __init__(self, start: int, end: int, text: str, kind: str, suggestion: str = "") -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)
        _set(self, "kind", kind)
        _set(self, "suggestion", suggestion)


# -- passive voice ---------------------------------------------------------

_IRREGULAR = frozenset(
    """
    made done given taken kept sent told seen shown known held paid heard found put
    written spoken chosen brought bought caught taught thought sold left lost meant met
    built hurt cut shut led fed hidden stolen broken forgotten gotten understood withheld
    forbidden overseen undertaken drawn driven begun
    """.split()
)
_ADVERBS = frozenset(
    """
    not also only never always often usually then now still sometimes automatically securely
    safely already generally typically legally properly immediately promptly first each all
    routinely normally strictly fully carefully rarely ever just
    """.split()
)
# A form of "to be"; the words after it (up to three adverbs, then maybe a
# participle) are read one at a time.
_BE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)(?=\s)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Words ending in -ed that are not participles, or participles used as
# adjectives ("we are licensed", "you are entitled").
_NOT_PASSIVE = frozenset(
    """
    indeed hundred sacred naked wicked kindred hatred rugged ragged embed need needed
    exceed proceed succeed speed seed feed bleed breed greed
    concerned interested worried scared tired married divorced widowed licensed trained
    qualified experienced located based called named involved committed dedicated pleased
    excited supposed prepared closed limited related entitled allowed required permitted
    obligated obliged mandated authorized authorised bound designed intended expected
    aged skilled certified registered insured unlicensed unmarried retired employed
    unemployed disabled talented educated unsure ashamed afraid confused frightened
    satisfied dissatisfied upset engaged separated surprised shocked overwhelmed distressed
    depressed stressed embarrassed disappointed alarmed relieved exhausted
    """.split()
)
# "Is kept confidential", "are kept private", "is held in confidence": a state the
# information stays in, said as "is confidential" or "is secure" would say it; the rule
# is for an act the practice does ("your records are shared").
_KEPT = frozenset("kept held".split())
_KEPT_STATE = LazyPattern(
    r"\s+(?:(?:strictly|completely|fully|always|securely|safely)\s+)?(?:confidential|private|secure|safe|secret|locked|in\s+(?:strict(?:est)?\s+)?confidence)\b",
    re.IGNORECASE,
)
# Harm done to the subject: "if a child is being abused", "if you are
# threatened". The passive is the natural way to say it: the one who acts is
# a wrongdoer the policy cannot name, and never the practice, so naming who
# acts is not possible. (The rule is for "your records are shared", where the
# hidden actor is the practice.) A wrongdoer named with "by" is fine too.
_HARM_DONE = frozenset(
    """
    abused neglected harmed hurt injured threatened exploited mistreated maltreated assaulted
    attacked endangered killed bullied harassed molested trafficked abandoned victimized
    victimised raped beaten battered stalked groomed intimidated coerced
    """.split()
)
# Legal steps taken against the subject: "if your records are subpoenaed", "if I am served
# with a court order", "I can be summoned to testify". The word itself names who acts (a
# court or a lawyer, never the practice), as in "required by law".
_LEGAL_STEP = frozenset("subpoenaed summoned served".split())
# Neglect said with a phrasal verb: "you aren't being looked after" (like "neglected").
_PHRASAL_HARM = LazyPattern(r"\s+after\b", re.IGNORECASE)
# The actor is the law: "required by law", "as permitted by state law", "by federal and
# state law", "by Colorado regulation", "protected under C.R.S. 12-245-220", "required by
# 45 CFR 164.512". "Under" takes a law, never a court: "records are released under a court
# order" hides who releases them.
_LAW_WORDS = r"law|laws|statute|statutes|regulation|regulations|hipaa|gdpr|rule|rules|act|code|cfr|u\.?s\.?c|c\.r\.s"
_BY_LAW = LazyPattern(
    r"\s+by\s+(?:(?:the|a|an|our|state|federal|and|or|local|applicable|this|that|[A-Z][\w.'\u2019-]*)\s+){0,4}"
    rf"(?:{_LAW_WORDS}|court|courts|judge)(?![\w-])"
    r"|\s+by\s+(?:(?:the|[A-Z][\w.'\u2019&-]*)\s+){0,3}(?:\u00a7|\d)",
    re.IGNORECASE,
)
# "Protected under C.R.S. 12-245-220", "required under state law": a law, never a court, and
# only for words that say what the law does (protected; required and its kin): "your data is
# processed under the UK GDPR" still hides who processes it.
_UNDER_LAW = LazyPattern(
    r"\s+under\s+(?:(?:the|a|an|our|state|federal|and|or|local|applicable|this|that|[A-Z][\w.'\u2019-]*)\s+){0,4}"
    rf"(?:{_LAW_WORDS})(?![\w-])"
    r"|\s+under\s+(?:(?:the|[A-Z][\w.'\u2019&-]*)\s+){0,3}(?:\u00a7|\d)",
    re.IGNORECASE,
)
#: Before a word such as "requires": the law is the one who acts ("Texas law requires us",
#: "California law (Civil Code 43.92) then requires me", "the law does not require it").
_LAW_BEFORE = LazyPattern(
    rf"\b(?:{_LAW_WORDS}|court|courts|judge)\b\.?(?:\s*\([^()]{{0,80}}\))?"
    r"(?:\s+[a-z]+s,?\s*\(?\s*(?:but|and|or))?"  # "Texas law allows (but does not require)"
    r"(?:\s+(?:also|then|may|might|can|could|will|would|sometimes|does|do|did|not|never|only|usually|often|generally|itself|always))*\s*$",
    re.IGNORECASE,
)


def law_acts(text: str, start: int, end: int) -> bool:
    """True when the law is the one who acts on the words ``text[start:end]``.

    "Texas law requires us to warn", "if another law requires it", "as
    required by Colorado regulation", "required by C.R.S. 18-6.5-108": the
    sentence names the law as the actor, so "requires" is the plain way to
    say what the law does.
    """
    m = _LAW_BEFORE.get().search(text, max(0, start - 120), start)
    if m is not None and not _OWN_RULES.get().search(text, max(0, m.start() - 40), m.start()):
        return True
    return _BY_LAW.get().match(text, end) is not None or _UNDER_LAW.get().match(text, end) is not None


# "Our rules require", "the clinic's code requires": the practice's own rules, not the law.
_OWN_RULES = LazyPattern(r"\b(?:our|my|your|their|its|office|clinic|practice|house|(?:the\s+)?(?:clinic|practice|office)(?:'|\u2019)s)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)



def _is_participle(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    if len(word) < 5 or not word.endswith("ed") or word in _NOT_PASSIVE:
        return False
    return not word.endswith("eed") or word in ("agreed", "freed", "guaranteed")


def passive(text: str) -> list[Hit]:
    """Find passive verbs that hide who acts ("information is shared")."""
    out: list[Hit] = []
    for m in _BE.finditer(text):
        pos = m.end()
        for _ in range(4):
            w = _NEXT_WORD.match(text, pos)
            if w is None:
                break
            word = w.group(1).lower()
            pos = w.end()
            if word in _ADVERBS:
                continue
            if word in _HARM_DONE or word in _LEGAL_STEP:
                break
            if word == "looked" and _PHRASAL_HARM.get().match(text, pos):
                break
            if word in _KEPT and _KEPT_STATE.get().match(text, pos):
                break
            if word == "protected" and _UNDER_LAW.get().match(text, pos):
                break
            if _is_participle(word) and not _BY_LAW.get().match(text, pos):
                out.append(Hit(m.start(), pos, text[m.start() : pos], "passive"))
            break
    return out


# -- talking about the reader ----------------------------------------------

_READER = LazyPattern(
    r"\b(the|each|every|any|such|said|our)\s+"
    r"(client|patient|individual|consumer|service\s+user|recipient)(s?)"
    r"((?:'|\u2019)s?)?(?!\w)"
    r"(?!\s+(?:portal|app|account|login|area|handbook|record\s+system|list|base|centered|centred)\b)",
    re.IGNORECASE,
)
# "The couple is the client", "we treat the family as the client": says who the client is.
_NAMES_WHO = LazyPattern(r"\b(?:is|are|was|were|be|been|becomes?|become|remains?|as)\s+$", re.IGNORECASE)
_READER_START = LazyPattern(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(Clients|Patients)\b(?=\s+(?:have|may|can|will|must|should|are|agree|need)\b)"
)


_READER_NOUNS = ("client", "patient", "individual", "consumer", "service user", "recipient")
#: Words before "any individual", "the patient" ... that make it someone else, not the reader:
#: "a serious threat to the life, health or safety of any individual", "harm to any patient".
_OTHERS_BEFORE = LazyPattern(
    r"\b(?:life|lives|health|safety|welfare|wellbeing|well-being|harm|danger|threat|threats|injury|violence|protect|warn|notify)\b"
    r"(?:\W+\w+){0,3}?\W+(?:of|to|against|toward|towards)\s+$",
    re.IGNORECASE,
)
#: Words after "the individual" that make it the person at risk: "warn the individual at risk".
_OTHERS_AFTER = LazyPattern(r"\s+(?:at\s+risk|in\s+danger|(?:who\s+(?:is|was|has\s+been)\s+)?threatened|named|identified)\b", re.IGNORECASE)


def reader_address(text: str) -> list[Hit]:
    """Find "the client" and friends where the policy means "you"."""
    out: list[Hit] = []
    low = text.lower()
    if not any(noun in low for noun in _READER_NOUNS):
        return out
    for m in _READER.get().finditer(text):
        noun = m.group(2).lower()
        if noun.startswith("individual") and re.match(r"\s+(?:therapy|counsel|session|care)", text[m.end() :], re.IGNORECASE):
            continue  # "an individual therapy session" is not about a person
        owner = bool(m.group(4))
        if not owner and _NAMES_WHO.get().search(text, max(0, m.start() - 12), m.start()):
            continue  # "the couple is the client": it names who the client is, not the reader
        if noun.startswith("individual") and m.group(1).lower() in ("any", "such"):
            continue  # "any individual": anyone at all, most often other people, not "you"
        if m.group(1).lower() in ("any", "every", "each", "such") and _OTHERS_BEFORE.get().search(text, max(0, m.start() - 60), m.start()):
            continue  # "a threat to the safety of any patient": anyone at risk, not the reader
        if noun.startswith("individual") and _OTHERS_AFTER.get().match(text, m.end()):
            continue  # "warn the individual at risk": the person threatened, not the reader
        out.append(Hit(m.start(), m.end(), m.group(), "reader", "your" if owner else "you"))
    for m in _READER_START.get().finditer(text):
        out.append(Hit(m.start(1), m.end(1), m.group(1), "reader", "you"))
    out.sort(key=lambda h: h.start)
    return out


# -- ALL CAPS ----------------------------------------------------------------

_CAPS_MIN_WORDS = 3
_CAPS_MIN_LETTERS = 12


def _is_caps(w: Word) -> bool:
    letters = [c for c in w.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (len(letters) > 1 or w.text in ("A", "I"))


_TWO_CAPS = re.compile(r"[A-Z][A-Z]")


#: A heading or title in capitals has at most this many words on its line.
_HEADING_MAX_WORDS = 8
# Around a heading's words on its line: white space and markup (# ** _ > -), a list
# number ("1." "A)"), a closing colon.
_HEADING_LEAD = LazyPattern(r"[\s#*_>|=~`-]*(?:(?:\d{1,3}|[A-Za-z]|[IVX]{1,4})[.)]\s+)?[\s#*_>|=~`-]*")
_HEADING_TAIL = LazyPattern(r"[\s#*_|=~`:-]*")
# A sentence mark, or a comma that does not start a business name's ending: body text.
_SENTENCE_MARK = LazyPattern(r"[!?;]|\.\s+\S|\.\W*$|,(?!\s*(?:LLC|PLLC|LLP|INC|LTD|P\.?C)\b)")


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line (or lines) holding ``text[start:end]`` begins and ends."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, line_end if line_end >= 0 else len(text)


def caps_heading(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a whole line in capitals that reads as a heading or title.

    "CONFIDENTIALITY POLICY", "## LIMITS OF CONFIDENTIALITY", "1. YOUR
    RIGHTS:", "PLANO COUNSELING ASSOCIATES": the line holds nothing else but
    markup, has at most eight words, and no sentence mark (a full stop, "!",
    "?", ";" or a comma). Most style guides accept a short heading in
    capitals; a sentence in capitals ("IF YOU ARE IN DANGER, CALL 911.") is
    body text.
    """
    line_start, line_end = _line_of(text, start, end)
    lead = _HEADING_LEAD.get().match(text, line_start, start)
    if lead is None or lead.end() != start:
        return False
    tail = _HEADING_TAIL.get().match(text, end, line_end)
    if tail is None or tail.end() != line_end:
        return False
    words_here = text[start:end].split()
    if not words_here or len(words_here) > _HEADING_MAX_WORDS or any(c.islower() for c in text[start:end]):
        return False
    return _SENTENCE_MARK.get().search(text, start, end) is None


def all_caps(text: str) -> list[Hit]:
    """Find blocks of three or more words in capitals (at least 12 letters).

    A short heading or title in capitals, on a line of its own, is not one
    (``caps_heading``): several such lines in a row are not either.
    """
    out: list[Hit] = []
    if _TWO_CAPS.search(text) is None:
        return out
    ws = words(text)
    run: list[Word] = []

    def heading_lines(caps: list[Word]) -> bool:
        if not caps or len(caps) > _HEADING_MAX_WORDS * (text.count("\n", caps[0].start, caps[-1].end) + 1):
            return False  # more words than short headings on these lines can hold
        lines: dict[int, list[Word]] = {}
        for w in caps:
            lines.setdefault(text.rfind("\n", 0, w.start), []).append(w)
        return all(caps_heading(text, ln[0].start, ln[-1].end) for ln in lines.values())

    def flush() -> None:
        caps = [w for w in run if not w.is_number]
        letters = sum(c.isalpha() for w in caps for c in w.text)
        if len(caps) >= _CAPS_MIN_WORDS and letters >= _CAPS_MIN_LETTERS:
            start, end = caps[0].start, caps[-1].end
            ends = len(run)
            while run[ends - 1].is_number:  # "1." of the next line's list
                ends -= 1
            if heading_lines(run[:ends]):
                return
            out.append(Hit(start, end, text[start:end], "caps"))

    for w in ws:
        gap_has_lower = bool(run) and any(c.islower() for c in text[run[-1].end : w.start])
        if (_is_caps(w) or (run and w.is_number)) and not gap_has_lower:
            run.append(w)
            continue
        flush()
        run = [w] if _is_caps(w) else []
    flush()
    return out


# -- slashes -----------------------------------------------------------------

_SLASH = LazyPattern(r"(?<![\w/.:@!`-])([A-Za-z]+(?:/[A-Za-z]+)+)(?![\w/@]|\.[A-Za-z])")
_SLASH_PLAIN = {
    "and/or": "or",
    "or/and": "or",
    "he/she": "they",
    "she/he": "they",
    "s/he": "they",
    "him/her": "them",
    "her/him": "them",
    "his/her": "their",
    "her/his": "their",
    "his/hers": "theirs",
    "himself/herself": "themselves",
    "herself/himself": "themselves",
    "person/s": "people",
    "person/people": "people",
}


def slashes(text: str) -> list[Hit]:
    """Find words joined by a slash (and/or, he/she, parent/guardian)."""
    out: list[Hit] = []
    if "/" not in text:
        return out
    for m in _SLASH.get().finditer(text):
        token = m.group(1)
        parts = token.split("/")
        if all(len(p) == 1 for p in parts) or all(p.isupper() and len(p) <= 2 for p in parts):
            continue  # N/A, I/O, A/B
        plain = _SLASH_PLAIN.get(token.lower())
        if plain is None:
            plain = " or ".join(parts)
        out.append(Hit(m.start(1), m.end(1), token, "slash", plain))
    return out


# -- acronyms ----------------------------------------------------------------

_acronyms: dict[str, Any] | None = None


def acronym_data() -> dict[str, Any]:
    """The shipped acronym list: ``known`` expansions, ``allowed`` and ``emphasis`` words, and ``places``."""
    global _acronyms
    if _acronyms is None:
        with ACRONYM_FILE.open(encoding="utf-8") as fh:
            raw = json.load(fh)
        _acronyms = {
            "known": {k.upper(): v for k, v in raw.get("known", {}).items()},
            "skip": frozenset(w.upper() for w in raw.get("allowed", []) + raw.get("emphasis", [])),
            "emphasis": frozenset(w.upper() for w in raw.get("emphasis", [])),
            "places": {str(k).upper(): frozenset(str(w).upper() for w in v) for k, v in raw.get("places", {}).items()},
        }
    return _acronyms


def place_acronyms(place: str | None) -> frozenset[str]:
    """The acronyms every client in ``place`` knows (GP in GB-ENG or AU-NSW): its country's and its own."""
    if not place:
        return frozenset()
    places: dict[str, frozenset[str]] = acronym_data()["places"]
    code = place.upper()
    return places.get(code.split("-")[0], frozenset()) | (places.get(code, frozenset()) if "-" in code else frozenset())


_ACRONYM = LazyPattern(r"(?<![\w.])([A-Z][A-Z0-9&]*[A-Z])(s)?(?!\w|\.[A-Za-z])")
# The first half of a postal code, such as V6B 1A1 (Canada) or SW1A 1AA (UK): a place, not an acronym.
_POSTCODE_REST = LazyPattern(r"\s?\d[A-Z]\d?[A-Z]?\b")
# A word to text or dial ("text HOME to 741741", "*CRISIS"), or part of a form code ("GLCA-IC-03").
_TO_TYPE_BEFORE = LazyPattern(r"(?:\*|[A-Z0-9]-)$")
_TEXT_BEFORE = LazyPattern(r"\btext(?:ing)?\s+$", re.IGNORECASE)
_TEXT_AFTER = LazyPattern(r"\s+to\s+\d")
_CODE_AFTER = LazyPattern(r"-[A-Z0-9]|\s+\d{5,}\b")  # GLCA-IC-03; a number it labels (RCN 20067781)


def _not_an_acronym(text: str, start: int, end: int, known: dict[str, str], emphasis: frozenset[str], lines: dict[int, bool] | None = None) -> bool:
    """Capital letters that are a postal code, a word to text or dial, a code, or part of a heading in capitals.

    ``lines`` remembers, by where each line starts, whether it is a line in
    capitals, so a long text in capitals is read once, not once per word.
    """
    acronym = text[start:end]
    if any(c.isdigit() for c in acronym) and _POSTCODE_REST.get().match(text, end):
        return True  # V6B 1A1, SW1A 1AA
    if _TO_TYPE_BEFORE.get().search(text[max(0, start - 2) : start]) or _CODE_AFTER.get().match(text, end):
        return True
    if _TEXT_BEFORE.get().search(text[max(0, start - 9) : start]) and _TEXT_AFTER.get().match(text, end):
        return True  # text HOME to 741741
    # A line all in capitals (a heading or title: YOUR RIGHTS, CONFIDENTIALITY POLICY, PLANO
    # COUNSELING ASSOCIATES): its words are capitals for the layout, not acronyms (whether the
    # line is too long is PLN010's business), unless policy-lint knows the word as an acronym
    if acronym in known:
        return False
    line_start, line_end = _line_of(text, start, end)
    if lines is not None and line_start in lines:
        return lines[line_start]
    line = text[line_start:line_end]
    if any(c.islower() for c in line):
        answer = False
    else:
        caps_words = re.findall(r"[A-Z][A-Z'&]*", line)
        answer = len(caps_words) >= 2 or any(len(w) > 2 and w in emphasis for w in caps_words)
    if lines is not None:
        lines[line_start] = answer
    return answer


_VOWELS = frozenset("AEIOUY")
_CONSONANT_RUN = LazyPattern(r"[^AEIOUY]{4}")


def _reads_as_a_word(acronym: str) -> bool:
    """A long word in capitals that reads as a word (CONFIDENTIALITY, SAFEGUARDING), not letters (CMHSPNW)."""
    return len(acronym) >= 7 and acronym.isalpha() and any(c in _VOWELS for c in acronym) and _CONSONANT_RUN.get().search(acronym) is None


def _lower_words(texts: Sequence[str]) -> frozenset[str]:
    """Every word the policy writes in lower case, in capitals (POLICY for "policy")."""
    return frozenset(w.upper() for t in texts for w in re.findall(r"\b[a-z][a-z']+\b", t))
_DEFINED_AFTER = LazyPattern(
    r"\s*(?:\(\s*[^)\s]+(?:\s+[^)\s]+)+\s*\)"  # HIPAA (the federal privacy law)
    r"|,?\s*(?:which|that)\s+(?:means|is|are|stands)\b|\s+(?:means|stands\s+for|is\s+(?:a|an|the))\b"
    r"|\s*[\u2014\u2013:])",
    re.IGNORECASE,
)


def _defined_here(text: str, start: int, end: int, acronym: str, known: dict[str, str]) -> bool:
    # "(HIPAA)" after its long form: at least two words before the bracket
    before = text[max(0, start - 200) : start].rstrip()  # a long form is never longer than this
    if before.endswith("(") and text[end : end + 20].lstrip().startswith(")"):
        return len(words(before[:-1])) >= 2
    return _DEFINED_AFTER.get().match(text, end) is not None


_JOINS = frozenset({"of", "and", "for", "the", "on", "in", "&", "to"})
_NAME_RUN = LazyPattern(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|and|for|the|on|in|to|&)\s+)*[A-Z][\w'\u2019-]*)+")


def initials_in(text: str) -> set[str]:
    """The initials of every run of capitalised words in ``text`` and of each part of it.

    "Texas Department of Family and Protective Services" gives TDFPS, DFPS,
    FPS, ...: small joining words (of, and, for, the) do not count. So an
    acronym whose long form the policy has written, known to policy-lint or
    not, is spelled out (OFCC after "Oakland Family Counseling Center").
    """
    out: set[str] = set()
    if _TWO_CAPS.search(text) is None and not re.search(r"[A-Z]\w*\s+[A-Z]", text):
        return out
    for m in _NAME_RUN.get().finditer(text):
        heads = [w[0].upper() for w in m.group().split() if w.lower() not in _JOINS]
        for i in range(len(heads)):
            for j in range(i + 2, min(len(heads), i + _MAX_INITIALS) + 1):  # bounded: a page in capitals is one long run
                out.add("".join(heads[i:j]))
    return out


#: The longest acronym whose initials ``initials_in`` gathers.
_MAX_INITIALS = 8


def undefined_acronyms(texts: Sequence[str], place: str | None = None, names: Sequence[str] = ()) -> list[tuple[int, Hit]]:
    """First use of each acronym that is not spelled out where it is first used.

    Args:
        texts: the prose fields of one policy, in file order.
        place: the policy's region code (GB, AU-NSW), when known: the
            acronyms every client there knows (GP, NSW) need no definition.
        names: the practice's own name and the like, written out somewhere
            the client sees (a web page's title): an acronym of their
            initials (OFCC for Oakland Family Counseling Center) needs no
            definition.

    Returns:
        ``(index into texts, hit)``; the hit's suggestion is the spelled-out
        form when policy-lint knows it, else "".
    """
    data = acronym_data()
    known: dict[str, str] = data["known"]
    skip: frozenset[str] = data["skip"] | place_acronyms(place)
    seen: set[str] = set()
    out: list[tuple[int, Hit]] = []
    spelled: list[str] = []  # long forms met so far, lower case
    lower: frozenset[str] | None = None  # the words written in lower case, once needed
    initials: set[str] = set()  # initials of the capitalised names met so far
    pending: list[str] = list(names)  # texts whose initials are not gathered yet: only when an acronym needs them
    for idx, text in enumerate(texts):
        caps_blocks: list[Hit] | None = None
        if _TWO_CAPS.search(text) is None:
            spelled.append(text.lower())
            pending.append(text)
            continue
        lines: dict[int, bool] = {}
        for m in _ACRONYM.get().finditer(text):
            acronym = m.group(1)
            if acronym in skip or acronym in seen or sum(c.isalpha() for c in acronym) < 2:
                continue
            if _not_an_acronym(text, m.start(1), m.end(), known, data["emphasis"], lines):
                continue
            if acronym not in known:
                # an ordinary word in capitals: a long one (CONFIDENTIALITY), or one the
                # policy writes in lower case elsewhere (VERY, "very")
                if _reads_as_a_word(acronym):
                    continue
                if lower is None:
                    lower = _lower_words(texts)
                if acronym in lower or (m.group(2) and acronym + "S" in lower):
                    continue
            if caps_blocks is None:
                caps_blocks = all_caps(text)
            if any(b.start <= m.start() < b.end for b in caps_blocks):
                continue  # a shouted sentence, not an acronym
            seen.add(acronym)
            while pending:
                initials |= initials_in(pending.pop())
            if acronym in initials or acronym in initials_in(text[max(0, m.start() - 400) : m.start()]):
                continue  # its long form came first ("Oakland Family Counseling Center ... OFCC")
            long_form = known.get(acronym, "")
            lowered = text[: m.start()].lower()
            if long_form and (long_form.lower() in lowered or any(long_form.lower() in t for t in spelled)):
                continue
            if _defined_here(text, m.start(1), m.end(1), acronym, known):
                continue
            out.append((idx, Hit(m.start(1), m.end(1), acronym, "acronym", long_form)))
        spelled.append(text.lower())
        pending.append(text)
    return out
