"""What a prose policy says about itself: the clinic's name, a contact, the effective date,
the opening statement and how to ask questions.

A YAML policy has fields for these; a web page or a Word file has them
somewhere in its text. Each finder here returns the block and the span of
the words it read, so a rule about them points at the right place, and
``policy-lint import`` can fill the fields of a draft.

These are patterns, not guesses at meaning: an email address, a phone
number, a date after "effective", a sentence about questions with a way to
ask them. What the limits of confidentiality say is the text-understanding
core's job (``policy_lint.meaning``), not this module's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from policy_lint.readers.blocks import Block

__all__ = ["Fact", "find_facts", "clinic_name", "parse_date", "policy_date", "name_from_file", "effective_words", "holds_contact"]

#: How many candidate names of the practice ``clinic_name`` weighs (the first ones, in page order).
_MAX_NAME_CANDIDATES = 50
_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
         ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|{_MONTH}\s+\d{{4}})"
)
#: A school or business period named before the day it starts, as a school
#: writes it: "Effective from Term 1, 2026 (27 January 2026)", "Effective
#: Semester 2 – 20 July 2026", "Effective from the start of the 2026 school
#: year (2 February 2026)". The day after it is the date.
_PERIOD = (
    r"(?:the\s+(?:start|beginning|first\s+day)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:term|semester|trimester|quarter|school\s+year|academic\s+year|financial\s+year|fiscal\s+year)(?:\s+\d{1,4})?"
    r"|\d{4}(?:[/-]\d{2,4})?\s+(?:school|academic|financial|fiscal)\s+year)(?:,?\s+\d{4})?"
)
#: The words that say from when a policy applies, before its date: "Effective
#: 1 April 2026", "This policy applies from 1 April 2026", "In force from ...",
#: "Last updated: May 1, 2026", "As of January 15, 2026". ``EFFECTIVE_WORDS``
#: lists them in plain words for ``why`` and the rule's doc.
_EFFECTIVE_SRC = (
    rf"\b(?:effective|in\s+effect|takes\s+effect|took\s+effect|in\s+force|valid|applies|apply|applied|comes\s+into\s+(?:force|effect)|came\s+into\s+(?:force|effect)"
    rf"|(?:last\s+)?(?:updated|revised|reviewed)|as\s+of|dated)\b(?:\s+date)?(?:\s+of\s+this\s+(?:notice|policy))?[\s:,-]*"
    rf"(?:(?:as\s+of|on|from|since|starting|beginning|with\s+effect\s+from)\s+)?(?:{_PERIOD}\s*(?:\(|[,:–—-])\s*(?:(?:on|from)\s+)?)?(?P<date>{_DATE})",
    re.IGNORECASE,
)
_EMAIL_SRC = (r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
#: A local number without an area code ("call 555-0177"), a school or office
#: extension ("call ext. 4410"), an Australian 1300 or 1800 number, an
#: eight-digit local number ("call 9555 0123") or a national number written
#: without spaces: a phone number only after a word that says so ("call",
#: "phone", "tel", "mobile", "contact", "ph", ...), since such digits alone
#: may be a case, room or company number.
_LOCAL_PHONE_SRC = (
    r"\b(?:call|phone|telephone|tel|text|dial|ring|mobile|mob|cell|ph|contact|freephone)\b\.?:?\s+"
    r"(?:(?:us|me|them|him|her|the\s+\w+(?:\s+\w+)?)\s+)?(?:(?:at|on)\s+)?"
    r"(?P<number>(?<!\d)\d{3}[\s.-]\d{4}(?![\d-])|(?:ext\.?|extension|x)\s*\d{2,6}\b"
    r"|1[38]00[\s-]?\d{3}[\s-]?\d{3}(?![\w/]|[.,-]\d)"
    r"|(?<!\d)(?!(?:19|20)\d\d[\s-](?:19|20)\d\d)\d{4}[\s-]\d{4}(?![\w/]|[.,-]\d)"
    r"|0\d{8,10}(?![\w/]|[.,-]\d))",
    re.IGNORECASE,
)
_PHONE_SRC = (r"(?<![\w+])(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d\b")
#: A national number with the trunk 0, as the UK, Ireland, Australia and New
#: Zealand write it: "07700 900461", "01423 555 012", "020 7946 0000",
#: "(02) 9555 0123", "0400 555 123", "087 123 4567", "09 555 0123". It counts
#: anywhere, like a US number with its area code, when its groups have the
#: shape of a phone number (``_national`` checks the count of digits): a date
#: ("01 02 2025"), a ZIP code ("02139-1234") or a statute ("45 CFR 164.512")
#: never has it.
_NATIONAL_PHONE_SRC = (
    r"(?<![\w+/.,-])(?P<first>\(0\d{1,4}\)|0\d{1,4})(?P<rest>(?:[ -]\d{3,6}){1,3})(?![\w/]|[.,-]\d)"
)
_PRIVATE_SRC = (
    r"\b(?:confidential|private(?:ly)?)\b"
    r"|\b(?:treated|kept|held|hold|keep|keeps|is|are)\s+(?:\w+\s+){0,2}?in\s+(?:strict(?:est)?\s+|complete\s+|full\s+)?confidence\b"
    r"|\bprotect(?:s|ed|ing)?\W+(?:\w+\W+){0,3}?(?:privacy|information|records)\b"
    r"|\b(?:privacy|information|records)\W+(?:\w+\W+){0,3}?(?:is|are)\s+protected\b",
    re.IGNORECASE,
)
# An opening promise in other words: "what you say stays between you and your
# therapist", "we do not share it without your written permission". Read only
# in the first paragraphs (_OPENING), where a page says what stays private
# before it lists the limits.
_PROMISE_SRC = (
    r"\b(?:stays?|remains?|kept|keep)\s+(?:\w+\s+){0,2}?(?:between\s+(?:you|us)|with\s+(?:us|your\s+therapist))\b"
    r"|\b(?:do|does|will|would)\s+not\s+(?:\w+\s+){0,2}?(?:share|disclose|release|tell|reveal|pass\s+on|give\s+out|repeat)\b(?:\W+\w+){0,8}?\W+without\s+(?:\w+\s+){0,2}?(?:permission|consent|agreement|ok|okay)\b"
    r"|\b(?:don't|won't|never)\s+(?:\w+\s+){0,2}?(?:share|disclose|release|tell|reveal|pass\s+on|give\s+out|repeat)\b(?:\W+\w+){0,8}?\W+without\s+(?:\w+\s+){0,2}?(?:permission|consent|agreement|ok|okay)\b",
    re.IGNORECASE,
)
#: How many paragraphs (not headings) from the top an opening promise may be.
_OPENING = 3
_YOU_SRC = (r"\b(?:you|your|clients?|patients?)\b", re.IGNORECASE)
#: "private" that says nothing about what stays private: a bio's "in private practice since
#: 2005", "private pay", "pay privately", "private health insurance", "a private school".
_NOT_PRIVACY_SRC = (
    r"\bprivate(?:ly)?\s+(?:\w+\s+)?(?:practice|practices|pay|paying|insurance|insurer|insurers|health|healthcare|hospital|hospitals"
    r"|school|schools|sector|funding|fees?|rates?|parking|entrance|car\s+park|label)\b"
    r"|\b(?:pay|pays|paid|paying)\s+privately\b",
    re.IGNORECASE,
)
#: Who or what the opening statement is about, when it does not say "you": the person who
#: speaks in therapy ("What a student says to the school counsellor is confidential"), what is
#: said in it ("What is said in session is kept confidential") or the information kept ("All
#: personal information ... shall be held in strict confidence"). Read only in the first
#: paragraphs (_OPENING), with a word that says it stays private.
_SPEAKER_SRC = (
    r"\b(?:students?|pupils?|teens?|teenagers?|adolescents?|young\s+(?:person|people)|child(?:ren)?|employees?|staff\s+members?"
    r"|members?|couples?|partners?|famil(?:y|ies)|individuals?|service\s+users?|counsell?ees?|clients?|patients?)\b"
    r"|\bwhat(?:ever)?\s+(?:\w+\s+){0,3}?(?:say|says|said|share|shares|shared|discuss|discusses|discussed|tell|tells|told|disclose|discloses|disclosed|talk|talks|talked)\b"
    r"|\b(?:everything|anything|all)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:say|says|said|share|shares|shared|discuss|discussed|tell|tells|told)\b"
    r"|\b(?:personal|health|clinical|counsell?ing|therapy)\s+(?:information|records?|notes?|details)\b"
    r"|\b(?:information|records?|notes?)\s+(?:\w+\s+){0,3}?(?:collected|shared|given|kept|held|gathered)\b",
    re.IGNORECASE,
)
_QUESTION_SRC = (r"\b(?:questions?|concerns?|complaints?)\b", re.IGNORECASE)
_ASK_SRC = (r"\b(?:ask|call|contact|email|e-mail|write|reach|talk|speak|phone|text|message)\b", re.IGNORECASE)
_ASK_WHO_SRC = (r"\b(?:ask|call|contact|email|e-mail|write to|reach|talk (?:to|with)|speak (?:to|with)|stop by|drop by|drop in at|come (?:to|by)|visit)\s+(?:us|me|your|our|the|dr\b)", re.IGNORECASE)
#: (fix37, session 21) An invitation to ask the therapist or the practice about the policy, with no word "questions":
#: "you can ask me about it at any time" (a Word agreement, its phone and email in the footer), "feel free to ask us
#: anything", "please ask me if anything is unclear". Not a request made by asking ("please ask me in writing", "ask
#: us for a copy", "ask me to correct them"), nor a sharing with someone else ("we may ask your GP about your care").
_ASK_ABOUT_SRC = (
    r"\b(?:you\s+(?:can|may|could|are\s+welcome\s+to|are\s+free\s+to)|feel\s+free\s+to|please|do)\s+(?:also\s+)?ask\s+"
    r"(?:me|us|your\s+(?:therapist|counsell?or|psychologist|clinician|practitioner|provider))\s+"
    r"(?:about\s+(?:it|this|these|them|that|anything|any\s+of\s+(?:this|it|these|them)|(?:this|the|our|my)\s+(?:agreement|policy|notice|form|contract|limits?))\b"
    r"|anything\b|any\s+questions?\b|if\s+(?:anything|any\s+of\s+(?:this|it)|something)\s+is\s+(?:unclear|not\s+clear)\b"
    r"|if\s+you\s+are\s+(?:unsure|not\s+sure)\b)",
    re.IGNORECASE,
)
#: A heading or a lead-in question that asks where to turn: "Questions?",
#: "Who can I ask about this?", "Contact us", "How do I reach you?".
_ASK_HEADING_SRC = (
    r"\b(?:questions?|concerns?|complaints?|contact(?:ing)?|get\s+in\s+touch)\b"
    r"|\b(?:who|where|how)\s+(?:can|do|should|could|may)\s+(?:i|we|you)\s+(?:\w+\s+)?(?:ask|contact|reach|talk|speak|turn|go|find\s+out|get\s+(?:help|answers))\b",
    re.IGNORECASE,
)
#: A heading that names a way to reach the practice and nothing more: "Contact", "Contact us",
#: "Contacting me", "Contact information", "Get in touch", "How to reach us". A heading that
#: only holds the word ("Contact between sessions", "Contact with other professionals") is about
#: something else, and the text under it is not where to ask questions.
_CONTACT_HEADING_SRC = (
    r"^\W*(?:how\s+to\s+)?(?:contact(?:ing)?|get(?:ting)?\s+in\s+touch(?:\s+with)?|reach(?:ing)?)"
    r"(?:\s+(?:us|me|the\s+\w+|our\s+\w+|your\s+\w+))?(?:\s+(?:info|information|details))?\W*$",
    re.IGNORECASE,
)
#: The words of ``_ASK_HEADING`` that only name a way to reach someone: they make a heading a
#: questions heading only when ``_CONTACT_HEADING`` matches it whole.
_CONTACT_WORD_SRC = (r"\b(?:contact(?:ing)?|get\s+in\s+touch)\b", re.IGNORECASE)
#: A label that says the words after it are how to reach you: "Contact: 0400 555 123",
#: "Contact us: hello@example.org", "Get in touch - 07700 900461". With an email address
#: or a phone number after it, it tells clients how to ask, as a "Contact us" heading does.
_CONTACT_LABEL_SRC = (r"(?<!emergency )(?<!crisis )\b(?:contact(?:\s+(?:us|me))?|get\s+in\s+touch|reach\s+(?:us|me))\s*[:\u2013\u2014-]\s*", re.IGNORECASE)
#: A short question at the start of a paragraph ("**Questions?** Email me ..."),
#: read as a heading for the rest of the paragraph.
_LEAD_QUESTION_SRC = (r"^\W*(?P<q>[^.?!]{1,60}\?)\W*\s+(?=\S)")
_FAQ_SRC = (r"frequently\s+asked", re.IGNORECASE)

_GENERIC_SRC = (
    r"\b(?:privacy|confidentiality|confidential|policy|policies|notice|notices|practices|terms|home|faq|faqs|frequently|asked|questions|limits?|of|hipaa|your|rights|information|"
    r"our|the|and|for|to|client|clients|patient|patients|statement|informed|consent|page|about|us|welcome|agreement|disclosure|fees)\b",
    re.IGNORECASE,
)
#: Small words that start or end a phrase, never a name ("in therapy", "at Oak Counseling").
_CONNECTORS = frozenset("a an at by during from in into on with within while when what how why is are we you".split())
#: Pronouns and determiners: a title left with only these ("Confidentiality and Its Limits" -> "Its") names nothing.
_PRONOUNS = frozenset("its it their his her my this these those that".split())
#: Words that name the work, not the practice: a heading of only these ("in therapy") is no name.
_WORK_WORDS = frozenset("therapy therapies counseling counselling psychotherapy treatment care sessions session services service practice office health mental".split())
_SEPARATORS_SRC = (r"\s+[|–—·•:-]\s+|\s*[|–—·•]\s*|:\s+")
#: A practice's name: capitalised words, then a word for a practice, also
#: with a capital ("Individual counselling" in a fee table is a service). The
#: word ends there: "Registered Clinical Counsellors" holds no "Clinic".
_PRACTICE_SRC = (
    r"\b(?:[A-Z][\w&'’.-]*\s+){0,5}?(?:[A-Z][\w&'’.-]*\s+)(?=[A-Z])(?i:Counseling|Counselling|Therapy|Therapies|Psychotherapy|Psychology|Psychological|Wellness|Mental\s+Health|Clinic|Center|Centre|Associates|Collective|Group\s+Practice|Behavioral\s+Health|Family\s+Services)(?![\w-]|['’](?!s\b))"
    r"(?:\s+(?i:Center|Centre|Services|Group|Practice|Associates|Collective|Partnership|Clinic|Institute|Network|Cooperative)(?![\w-]|['’](?!s\b)))?(?:,?\s+(?:LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?)(?![\w'’-]))?"
)
#: Words of a licence or a title, not of a practice's name: "Licensed Mental
#: Health Counselor", "Certified Clinical Mental Health Counselor".
_CREDENTIAL_WORDS = frozenset(
    "registered licensed licenced certified accredited chartered clinical professional board qualified senior associate provisional supervising".split()
)
#: Words for a kind of service, not a practice: "Individual Counselling", "Couples Therapy".
_SERVICE_WORDS = frozenset(
    "individual individuals couple couples family families group groups child children kids teen teens adolescent adolescents youth adult adults online virtual marriage marital trauma grief art play"
    " student students school staff employee employees".split()
)
#: Words for a person, after a practice word: "Mental Health Counselor", "Psychology Practitioner".
_PERSON_AFTER_SRC = (
    r"\s+(?i:counsel(?:l)?ors?|therapists?|psychotherapists?|psychologists?|workers?|practitioners?|professionals?|clinicians?|specialists?|providers?|nurses?|interns?|trainees?|students?|assistants?|coaches?)\b"
)


class _Patterns:
    """The patterns, compiled on first use (a YAML run never needs them)."""

    def __getattr__(self, name: str) -> "re.Pattern[str]":
        value = _compile(name)
        setattr(self, name, value)
        return value


@lru_cache(maxsize=None)
def _compile(name: str) -> "re.Pattern[str]":
    src = globals()["_" + name[1:] + "_SRC"]
    return re.compile(*src) if isinstance(src, tuple) else re.compile(src)


_P = _Patterns()


class Fact:
    """A value found in the text: the block it is in (its index), the span, and the value."""

    __slots__ = ("block", "span", "value")

    def __init__(self, block: int | None, span: tuple[int, int] | None, value: Any) -> None:
        self.block = block
        self.span = span
        self.value = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fact):
            return NotImplemented
        return (self.block, self.span, self.value) == (other.block, other.span, other.value)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Fact({self.block}, {self.span}, {self.value!r})"


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a written date, or None when the day is not given or not real."""
    import datetime

    t = text.strip().lower().replace(",", " ")
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"\bof\b", " ", t)
    parts = t.replace(".", " ").split()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return datetime.date.fromisoformat(text.strip()).isoformat()
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text.strip()):
            m, d, y = (int(x) for x in text.strip().split("/"))  # US order: month/day/year ...
            if m > 12 >= d:
                m, d = d, m  # ... unless it can only be day/month/year ("25/04/2026")
            return datetime.date(y, m, d).isoformat()
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text.strip()):
            d, m, y = (int(x) for x in text.strip().split("."))  # dots: day.month.year
            return datetime.date(y, m, d).isoformat()
        if len(parts) == 3 and parts[0] in _MONTHS:
            return datetime.date(int(parts[2]), _MONTHS[parts[0]], int(parts[1])).isoformat()
        if len(parts) == 3 and parts[1] in _MONTHS:
            return datetime.date(int(parts[2]), _MONTHS[parts[1]], int(parts[0])).isoformat()
    except ValueError:
        return None
    return None


def policy_date(written: str) -> tuple[str, bool] | None:
    """The date a policy field takes (YYYY-MM-DD) for a date the text gives, and whether the text gives its day.

    The effective date is found one way (``find_facts``: a date after
    "effective", "revised", "last updated" ...), for ``check`` and for
    ``import`` alike. A date with a day is that day ("March 1, 2025");
    a month and a year alone ("Revised January 2025") is the first of
    that month, with ``False`` so the draft can say the text gave no day.
    None when it is no real date ("February 30, 2026").
    """
    iso = parse_date(written)
    if iso is not None:
        return iso, True
    parts = written.strip().lower().replace(",", " ").replace(".", " ").split()
    if len(parts) == 2 and parts[0] in _MONTHS and re.fullmatch(r"\d{4}", parts[1]):
        return f"{int(parts[1]):04d}-{_MONTHS[parts[0]]:02d}-01", False
    return None


def effective_words(text: str, span: tuple[int, int]) -> str:
    """The words around an effective date found in ``text`` at ``span`` ("Revised January 2025")."""
    for m in _P._EFFECTIVE.finditer(text):
        if m.span("date") == tuple(span):
            return " ".join(m.group().split())
    return text[span[0] : span[1]]


#: Words of a file name that say it is a practice's name ("sunset-counseling.md").
_PRACTICE_WORDS = frozenset("counseling counselling therapy therapies psychotherapy psychology psychological wellness clinic center centre associates".split())


def name_from_file(stem: str) -> str | None:
    """A practice's name from a file name, only when the name says it is one ("sunset-counseling" -> "Sunset Counseling").

    "confidentiality", "privacy", "policy", "index", "informed-consent" or
    "notice (2)" name a kind of page, not a practice: None. A name must hold
    a word for a practice (counseling, therapy, clinic ...) and a word of
    its own that is no such word and no generic page word.
    """
    words = [w for w in re.split(r"[\s_.-]+", stem) if w]
    plain = [w.strip("()[],&").lower() for w in words]
    if not any(w in _PRACTICE_WORDS for w in plain):
        return None
    own = [w for w in plain if w and w.isalpha() and w not in _PRACTICE_WORDS and w not in _WORK_WORDS and w not in _CONNECTORS and not _P._GENERIC.fullmatch(w)]
    if not own:
        return None
    if stem == stem.lower():
        words = [w[:1].upper() + w[1:] for w in words]
    return " ".join(words)


def _name_from(title: str) -> str | None:
    """The part of a title that names the practice ("Privacy | Riverside Counseling" -> "Riverside Counseling")."""
    for part in _P._SEPARATORS.split(title):
        part = part.strip(" \t-–—|:·")
        if not part:
            continue
        words = part.split()
        while words and _P._GENERIC.fullmatch(words[0].strip(",.&").lower() or "of"):
            words.pop(0)
        while words and _P._GENERIC.fullmatch(words[-1].strip(",.&").lower() or "of"):
            words.pop()
        while words and words[0].strip(",.&").lower() in _CONNECTORS:
            words.pop(0)
        while words and words[-1].strip(",.&").lower() in _CONNECTORS:
            words.pop()
        # A generic title ("Your privacy in therapy") leaves a fragment, not a name:
        # a name starts with a capital letter and holds a word that is not generic.
        plain = [w.strip(",.&").lower() for w in words]
        if words and (not words[0][:1].isupper() and not words[0][:1].isdigit() or all(w in _WORK_WORDS or w in _CONNECTORS or w in _PRONOUNS or _P._GENERIC.fullmatch(w or "of") for w in plain)):
            continue
        if words and any(c.isalpha() for w in words for c in w) and len(part) <= 120:
            return " ".join(words)
    return None


#: Words that start a phrase in a sentence, never a practice's name: "At Quiet Pines Therapy, what you say ..."
_LEADS = _CONNECTORS | frozenset("for to of about as after before like under over through".split())


def _practice_name(text: str, m: "re.Match[str]") -> tuple[tuple[int, int], str] | None:
    """The practice name in a match, without the small words a sentence puts before it ("At", "In", "With").

    None when nothing is left but the kind of practice ("At Therapy").
    """
    start, end = m.span()
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().strip(",.").lower() in _LEADS:
        words.pop(0)
    if not words:
        return None
    begin = start + words[0].start()
    name = " ".join(text[begin:end].split())
    kept = [w.group().strip(",.&").lower() for w in words]
    if _P._PERSON_AFTER.match(text, end):
        return None  # a job title: "a Licensed Mental Health Counselor"
    if all(w in _CREDENTIAL_WORDS for w in kept[:-1]) and len(kept) > 1:
        return None  # a licence, not a practice: "Registered Clinical Counsellors"
    if all(w in _WORK_WORDS or w in _SERVICE_WORDS or _P._GENERIC.fullmatch(w or "of") or w in ("wellness", "clinic", "center", "centre", "associates", "psychology", "psychological") for w in kept):
        return None
    return (begin, end), name


#: A copyright line's owner: "© 2026 Maya Ortiz Therapy. All rights reserved."
_COPYRIGHT_SRC = (r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+)(?P<name>[A-Z][^.|©\n]{1,80}?)(?=\s*(?:[.|·•]|all\s+rights|$))", re.IGNORECASE)
#: A school's name on a short line at the top: "Scoil Mhuire Community School, Galway".
_INSTITUTION_SRC = (r"^\W*(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}(?:School|College|University|Academy))(?:,\s*[A-Z][\w .'’-]{0,30})?\W*$")
#: The words a practice's name ends in ("Counseling", "Collective", "LLC"): with one, a part of a title is a practice's name.
_NAME_WORD_SRC = (
    r"\b(?i:Counseling|Counselling|Therapy|Therapies|Psychotherapy|Psychology|Psychological|Wellness|Clinic|Center|Centre|Associates"
    r"|Collective|Partnership|Practice|Group|Institute|LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?)(?![\w-])"
)


def clinic_name(meta: dict[str, Any], blocks: Sequence[Block], outside: Sequence[Block] = ()) -> Fact | None:
    """The clinic's name: the page's site name, else the name the page gives most surely, else its first heading.

    The names are the parts of the page's title, the practice names in the
    text ("Harbor Light Therapy, PLLC") and in the page's header and footer
    (``outside``, numbered after ``blocks``), the owner in a copyright line
    ("© 2026 Maya Ortiz Therapy") and a school on a short line at the top.
    A name that the page says again (its footer, its address line, its
    copyright line) wins, and so does one with a word for a practice
    ("Bluebonnet Teen Counseling", not "Teens and Parents" from "FAQ for
    Teens and Parents | Bluebonnet Teen Counseling"). A practice named in
    the text only once does not win over the title: it may be another
    practice, unless the page's first heading names it ("Privacy at Bayou
    Teen Counseling" over a title's "Privacy for Teens"); a part of the title
    with a word for a practice still wins. On a tie, the title comes first,
    then the text in order.
    """
    value = meta.get("site_name")
    if isinstance(value, str):
        name = _name_from(value)
        if name:
            return Fact(None, None, name)
    texts = [b.text for b in blocks] + [b.text for b in outside]
    said = " ".join(" ".join(texts).split()).lower()
    # (base score, order, fact): the title first, then the text and the page's edges
    found: list[tuple[int, int, Fact]] = []
    for key in ("title", "og_title"):
        value = meta.get(key)
        if isinstance(value, str):
            for part in _P._SEPARATORS.split(value):
                name = _name_from(part)
                if name:
                    found.append((1, len(found), Fact(None, None, name)))
            if found:
                break
    # The page's own first heading ("Privacy at Bayou Teen Counseling") names its practice more surely than a
    # part of the title with no word for a practice ("Privacy for Teens" gave "Teens"; trial 40).
    top = next((i for i, b in enumerate(blocks[:3]) if b.kind == "heading"), None)
    for offset, group, limit in ((0, blocks, 40), (len(blocks), outside, 20)):
        for i, block in enumerate(group[:limit]):
            for m in _P._PRACTICE.finditer(block.text):
                got = _practice_name(block.text, m)
                if got is not None:
                    found.append((0 if offset == 0 and i == top else -2, len(found), Fact(offset + i, got[0], got[1])))
            for m in _P._COPYRIGHT.finditer(block.text):
                name = _name_from(m.group("name"))
                if name and name.lower() in said:
                    start = m.start("name") + m.group("name").index(name) if name in m.group("name") else m.start("name")
                    found.append((2, len(found), Fact(offset + i, (start, start + len(name)), name)))
    for i, block in enumerate(blocks[:3]):
        m = _P._INSTITUTION.match(block.text) if len(block.text) <= 80 else None
        if m is not None:
            found.append((1, len(found), Fact(i, m.span("name"), m.group("name"))))

    # A page names its practice a few times; a hostile page may name thousands of candidates, and each
    # is counted over the whole text: the first ones are enough (the title's first).
    del found[_MAX_NAME_CANDIDATES:]
    counts: dict[str, int] = {}  # each name counted once, however often it is a candidate

    def score(item: tuple[int, int, Fact]) -> tuple[int, int]:
        base, order, fact = item
        name = " ".join(str(fact.value).split()).lower()
        if name not in counts:
            counts[name] = said.count(name)
        points = base
        if _P._NAME_WORD.search(str(fact.value)):
            points += 2
        if counts[name] >= (1 if fact.block is None else 2):
            points += 4  # the page says it again: a title's name in the text, a text's name twice
        return points, -order

    if found:
        return max(found, key=score)[2]
    heading = meta.get("heading")
    if isinstance(heading, str):
        name = _name_from(heading)
        if name:
            return Fact(None, None, name)
    return None


def _national(text: str) -> "re.Match[str] | None":
    """The first national number with a trunk 0 ("07700 900461", "(02) 9555 0123").

    It has 10 or 11 digits, or 9 when its area code has one digit and the
    rest is three then four digits ("01 234 5678" in Dublin, "09 555 0123"
    in Auckland). A ZIP+4 code ("02139-1234") has 9 digits in other groups.
    """
    for m in _P._NATIONAL_PHONE.finditer(text):
        first = m.group("first").strip("()")
        groups = m.group("rest").split()
        groups = [g for part in groups for g in part.split("-") if g]
        digits = len(first) + sum(len(g) for g in groups)
        if digits in (10, 11) or (digits == 9 and len(first) == 2 and [len(g) for g in groups] == [3, 4]):
            return m
    return None


def _phone(text: str) -> tuple[tuple[int, int], str] | None:
    """The first phone number in the text, with its span: a full number (with
    its area code, or a national number with its trunk 0), else a local number,
    an extension or a number without spaces after a word such as "call",
    "phone" or "tel" ("call 555-0177", "Tel: 01423555012")."""
    m = _P._PHONE.search(text) or _national(text)
    if m is not None:
        return m.span(), m.group()
    m = _P._LOCAL_PHONE.search(text)
    if m is not None:
        return m.span("number"), m.group("number")
    return None


def holds_contact(text: str) -> bool:
    """True when the text gives an email address or a phone number ("Phone: 1300 555 123")."""
    return _P._EMAIL.search(text) is not None or _phone(text) is not None


def _questions_heading(text: str) -> bool:
    """True for a heading over where to ask: "Questions?", "Who can I ask?", "Contact us".

    "Contact" counts only as the whole heading ("Contact me", "Contact information"): under
    "Contact between sessions" a page says what to do in a crisis, not how to ask questions.
    """
    if _P._FAQ.search(text):
        return False
    for m in _P._ASK_HEADING.finditer(text):
        if not _P._CONTACT_WORD.fullmatch(m.group()) or _P._CONTACT_HEADING.match(text):
            return True
    return False


def _labelled_contact(text: str) -> bool:
    """True when a contact label ("Contact:", "Get in touch -") has an email address or a phone number right after it."""
    for m in _P._CONTACT_LABEL.finditer(text):
        rest = text[m.end() : m.end() + 80]
        email = _P._EMAIL.match(rest)
        phone = _phone(rest)
        if email is not None or (phone is not None and phone[0][0] == 0):
            return True
    return False


def _private_word(text: str) -> bool:
    """True when a word says something stays private ("confidential", "in confidence", "private"),
    not a bio's "private practice" or a fee table's "private health insurance"."""
    other = [m.span() for m in _P._NOT_PRIVACY.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in other) for m in _P._PRIVATE.finditer(text))


def _opening_statement(text: str, near_top: bool) -> bool:
    """True for a paragraph that says what stays private, to whom it is written or about what is said.

    Anywhere: a privacy word with "you", "your", "clients" ("The information you share is
    kept confidential"). In the first paragraphs (``near_top``) also a promise in other words
    ("What you say stays between us", "We do not share it without your permission"), and a
    privacy word about the person who speaks or what is said, in the third person or the
    passive: "What a student says to the school counsellor is confidential", "What is said in
    session is kept confidential", "All personal information ... shall be held in strict
    confidence". A page that opens with fees or a bio ("in private practice since 2005")
    has none.
    """
    private = _private_word(text)
    if private and _P._YOU.search(text):
        return True
    if not near_top:
        return False
    if _P._PROMISE.search(text) and _P._YOU.search(text):
        return True
    return private and _P._SPEAKER.search(text) is not None


def find_facts(blocks: Sequence[Block], meta: dict[str, Any], outside: Sequence[Block] = ()) -> dict[str, Fact]:
    """Facts found, by the policy field they stand for (a JSON Pointer).

    ``outside`` are blocks outside the policy's text (a web page's header and
    footer, numbered after ``blocks``): facts are not rules, so an email
    address or a phone number there still counts when the policy gives none.
    """
    out: dict[str, Fact] = {}
    name = clinic_name(meta, blocks, outside)
    if name is not None:
        out["/clinic/name"] = name
    after_question_heading = False
    asks: list[tuple[int, int]] = []  # (how sure, block) for the questions sentence
    paragraphs = 0
    for i, block in enumerate(blocks):
        text = block.text
        if "/clinic/contact/email" not in out:
            m = _P._EMAIL.search(text)
            if m is not None:
                out["/clinic/contact/email"] = Fact(i, m.span(), m.group().rstrip("."))
        if "/clinic/contact/phone" not in out:
            phone = _phone(text)
            if phone is not None:
                out["/clinic/contact/phone"] = Fact(i, phone[0], phone[1])
        if "/clinic/effective_date" not in out:
            m = _P._EFFECTIVE.search(text)
            if m is not None:
                iso = parse_date(m.group("date"))
                out["/clinic/effective_date"] = Fact(i, m.span("date"), iso or m.group("date"))
        if block.kind == "heading":
            after_question_heading = _questions_heading(text)
            continue
        paragraphs += 1
        if "/confidentiality/summary" not in out and _opening_statement(text, paragraphs <= _OPENING):
            out["/confidentiality/summary"] = Fact(i, (0, len(text)), text)
        if len(text) <= 80 and text.rstrip(" *_").endswith("?") and _P._ASK_HEADING.search(text) and not _P._FAQ.search(text):
            after_question_heading = True  # a question alone, as an FAQ page's bold heading: "**Who can I ask about this?**"
            continue
        reach = _P._EMAIL.search(text) or _phone(text)
        lead = _P._LEAD_QUESTION.match(text)
        if lead is not None and _P._ASK_HEADING.search(lead.group("q")) and not _P._FAQ.search(lead.group("q")):
            after_question_heading = True  # "Questions? Stop by the office ..." or "**Who can I ask?** Email me ..."
            rest = text[lead.end():]
            if not (_P._EMAIL.search(rest) or _phone(rest) or _P._ASK.search(rest)):
                after_question_heading = False
        if after_question_heading and (reach or _P._ASK.search(text)):
            asks.append((3, i))  # the answer under a "Questions?" heading
        elif _P._QUESTION.search(text) and reach:
            asks.append((2, i))  # "If you have questions, email ..."
        elif reach and _labelled_contact(text):
            asks.append((2, i))  # "Contact: 0400 555 123", as under a "Contact us" heading
        elif _P._QUESTION.search(text) and _P._ASK_WHO.search(text):
            asks.append((1, i))  # "... questions, ask your therapist"
        elif _P._ASK_ABOUT.search(text):
            asks.append((1, i))  # "... and you can ask me about it at any time" (fix37, session 21)
        after_question_heading = False
    if asks:
        best = max(asks, key=lambda a: (a[0], -a[1]))[1]
        out["/questions"] = Fact(best, (0, len(blocks[best].text)), blocks[best].text)
    for k, block in enumerate(outside):
        if "/clinic/contact/email" not in out:
            m = _P._EMAIL.search(block.text)
            if m is not None:
                out["/clinic/contact/email"] = Fact(len(blocks) + k, m.span(), m.group().rstrip("."))
        if "/clinic/contact/phone" not in out:
            phone = _phone(block.text)
            if phone is not None:
                out["/clinic/contact/phone"] = Fact(len(blocks) + k, phone[0], phone[1])
    return out
