"""Read one passage: the topics it states, with stance, force and the words that decided.

How a passage is read (the data is ``data/topics.yaml``):

1. Split into words (stems) and sentences. A sentence ends at ``. ! ? ;``
   followed by a space, at a blank line, or before a list item.
2. Find the phrases of each class in each sentence (longest phrase first).
3. A topic is stated when one of its ways holds: all its conditions in one
   sentence, or in a sentence and the next ("This rule covers adults who
   depend on others. If someone is abusing that person, we must report it.").
   A condition ``a>b`` needs a phrase of ``b`` after one of ``a``, a few
   words on, in the same sentence ("hurt yourself", "danger to others").
4. A sentence is negated when a cue ("never", "nobody", "not even", "we do
   not") reaches an action ("report", "share", "tell", "go over") before a
   word that turns it back ("keep", "private", "permission": "we cannot
   keep this private" states a limit), and the sentence holds no exception
   ("unless", "except", "without"), or only the client's consent as one
   ("we will not report it without your agreement"). A contrast ("but",
   "however") ends the negation's reach. A topic whose words lie in a
   negated stretch is said the *opposite* way; not telling the client
   ("we may not be able to tell you first") turns round duties only.
   ``contrary`` ways say the opposite without a negation.
5. A sentence that states no limit but holds generic wording
   ("as the law requires", "a serious threat to health or safety", "abuse"
   with no one named) makes those topics *vague*.
6. Force: "must" where the sentence holds a duty word (must, required,
   mandated, the law says we), else "may" where it holds a choice word
   (may, can, might), else None.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from policy_lint.meaning._lexicon import ARTICLES, WORD, correlative_gap, lexicon
from policy_lint.meaning._pattern import lazy
from policy_lint.meaning._statement import ABUSE_TOPICS as _ABUSE_TOPICS, CONSENT_ONLY, LAW_SOURCED, TOTAL_ONLY, Statement

__all__ = ["Statement", "read_passage", "speaks_of_sharing", "denied_spans", "MAX_PASSAGES", "STANCES"]

#: How many passages ``read_passage`` remembers.
MAX_PASSAGES = 4096

STANCES = ("states", "opposite", "vague")

# Between two words: a comma, colon, bracket or dash (the edge of a clause for "not").
_CLAUSE = re.compile(r"[,:()\u2013\u2014]|\s-\s")
# A full stop after these words ends no sentence ("e.g. a judge", "Cal. Evid. Code").
# Email and web addresses are not words ("privacy@clinic.example" says nothing about privacy).
@lru_cache(maxsize=1)
def _address() -> "re.Pattern[str]":
    """Email and web addresses (compiled when a text first holds one)."""
    return re.compile(r"[^\s@]+@[^\s@]+|(?:https?://|www\.)\S+", re.IGNORECASE)


def _blank(match: "re.Match[str]") -> str:
    return " " * len(match.group())


#: A reflexive written for both sexes in two words ("harm him/herself", "hurt him or herself", "her or himself"):
#: read as the one reflexive it is, so its first word is no other person ("intend to harm him"). Only a text
#: that holds "self" pays for the search.
_SPLIT_SELF = re.compile(r"\b(him|her)(?:\s*/\s*|\s+or\s+)(?:her|him)\s?self\b", re.IGNORECASE)


#: An item's number or letter in brackets after a word, inside a sentence ("to (1) yourself or (2) somebody else").
_ENUMERATOR = lazy(r"(?<=\w )\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)(?= \w)")


def _one_self(match: "re.Match[str]") -> str:
    word = match.group(1) + "self"
    return " " * (len(match.group()) - len(word)) + word


# The word sets below that say "(stems)" hold what ``_lexicon._raw_stem`` makes of a word, not Porter's stems: it
# takes off -s, -ed, -ing and a last "e" and keeps short words ("where" -> "wher", "there" -> "ther", "these" ->
# "thes", "once" -> "onc", "anything" -> "anyth", "nothing" -> "noth", but "whenever", "wherever", "however" and
# "nobody" as they are), and the lexicon's lemmas make "is", "are" -> "be", "kept" -> "keep" and "won't", "cannot",
# "don't" -> "not". (clean40, session 22: words that are never stems, such as "whenev", "there", "anything" and
# "won't", are gone from the sets, and the stems they meant are in; no reading changed.)
#
# A sentence that starts with one of these starts with a condition ("If ..., we ...").
# "Because self-harm is a focus of DBT, telling us about it will not lead to anyone being contacted": a
# reason clause ("becaus" is the stem of "because") is turned round with the rest of the sentence.
_SUBORDINATE = frozenset({"if", "when", "whenever", "even", "should", "where", "although", "though", "while", "unless", "becaus",
                          # a concession, as "even if" ("Notwithstanding any statute requiring the reporting of child abuse,
                          # the counsellor shall not make any such report"; "Regardless of what you tell me, ...") (redteam14)
                          "notwithstand", "despit", "regardless"})
# ("where" and "while" above meet no stem: "wher" and "whil" would be theirs, but left out, since "wher" here turns
# "Where I believe you may harm someone else or yourself, I am not mandated to act, but I have an ethical
# responsibility to tell ..." round, a false alarm, and drops "Where a child is at risk we do not tell you first"'s
# before_disclosure (clean40, session 22: left for a round that reads the "where" condition).)
#: The stems of "where", "whenever" and "wherever" (_SUBORDINATE meets only "whenever"): a condition they lead holds a
#: denial that is no refusal ("Where it was not possible to speak with you first, ...") (proc37, session 21).
_STEM_LEADS = frozenset({"wher", "wherever", "whenever"})
#: Words that open the main clause after a condition led by one of ``_STEM_LEADS`` ("Where it was not possible to speak
#: with you first, we will tell you ..."); not an example or a means ("..., eg., by court order"), which goes on with the
#: condition (session 21, lead: a list item of the law read nothing after proc37).
_MAIN_OPENERS = frozenset({"we", "i", "you", "they", "it", "this", "that", "the", "your", "our", "information", "staff", "counsellor",
                           "counselor", "therapist", "what", "thes", "such", "ther", "anyth", "thos"})
#: (review37, session 21) a main clause that opens on none of ``_MAIN_OPENERS`` but has a verb of its own ("Where it was
#: not possible to warn you first, a member of staff will tell you afterwards", "..., written notice will follow": they
#: kept the condition's denial, before_disclosure and after_disclosure contradicted, false alarms); not a clause that
#: goes on with the condition as its example, means or another condition ("..., for example where ... is", "..., as
#: required by ...") (stems)
_MAIN_VERBS = frozenset({"will", "would", "shall", "must", "may", "can", "could", "might", "should"})
_NOT_MAIN_LEADS = frozenset({"if", "when", "wher", "for", "such", "in", "e", "eg", "by", "under",
                             "through", "via", "includ", "as", "with", "unless", "except", "and", "to", "or", "whenever", "wherever", "lik"})


def _main_clause_after(stems: list[str], clause_edge: list[bool], j: int, n: int) -> bool:
    """Whether a main clause follows a leading "where" condition from word ``j`` on: a clause that opens on one of
    ``_MAIN_OPENERS``, or on any word but one of ``_NOT_MAIN_LEADS`` with a verb of ``_MAIN_VERBS`` before the next clause
    edge (proc37; review37, session 21)."""
    for x in range(j, n):
        if not clause_edge[x]:
            continue
        if stems[x] in _MAIN_OPENERS:
            return True
        if stems[x] in _NOT_MAIN_LEADS:
            continue
        stop = next((y for y in range(x + 1, n) if clause_edge[y]), n)
        if any(stems[y] in _MAIN_VERBS for y in range(x, stop)):
            return True
    return False


#: Nouns of a case that a sentence may open on as its condition ("In cases of child abuse, ...", "In legal
#: proceedings, ...", "During an emergency, ...").
_CASE_NOUNS = frozenset({"cas", "situation", "circumstanc", "instanc", "event", "proceeding", "emergency"})
#: Words that open such a case.
_CASE_OPENERS = frozenset({"in", "dur", "upon", "for"})


def _fronted_case(stems: list[str], clause_edge: list[bool]) -> bool:
    """Whether the sentence opens on a case of its own before a comma ("In cases of child abuse, I will not report it",
    "In other legal situations, ..."): a condition, as "If a child is abused, ..." is, so a refusal after it turns the
    case round too (review20: the case read stated, a false all clear)."""
    if len(stems) < 3 or stems[0] not in _CASE_OPENERS:
        return False
    edge = next((k for k in range(1, min(len(stems), 9)) if clause_edge[k]), 0)
    return edge > 1 and any(st in _CASE_NOUNS for st in stems[1:edge])


def _fronted_concession(stems: list[str], clause_edge: list[bool]) -> bool:
    """Whether the sentence opens on a concession before a comma ("Whatever you tell me about hurting yourself, I will
    not tell anyone", "No matter what a court orders, we will not hand over your notes", "Irrespective of any risk to
    yourself, ..."): the refusal after it refuses the case it names, as after "Regardless of ..." (review42a: they read
    stated, false all clears; lead22g, session 22)."""
    if len(stems) < 3 or stems[0] == "even" or not _concedes(stems, 0):
        return False
    return any(clause_edge[2 : min(len(stems), 16)])


#: What "even" starts a condition with ("even if", "even when", "even though").
_EVEN_CONDITION = frozenset({"if", "when", "whenever", "though", "after", "befor", "wher"})
_ABBREV = frozenset({"e", "g", "i", "eg", "ie", "cal", "evid", "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "u", "inc", "sec", "seq", "stat", "rev", "code", "n", "y", "c"})


def read_passage(text: str) -> tuple[Statement, ...]:
    """The topics ``text`` states, one ``Statement`` per topic, in the order of their words."""
    if not isinstance(text, str) or not text or text.isspace():
        return ()
    return _read_text(text)


@lru_cache(maxsize=MAX_PASSAGES)
def _read_text(text: str) -> tuple[Statement, ...]:
    """``_read`` of the passage that differs from ``text`` only by its line wrapping (``unwrapped``).

    A policy's text comes wrapped at different widths ("report child\nabuse",
    "report\nchild abuse"): such passages share one reading (one call of
    ``_read``). Its statements are used where each one's words are written
    the same way in ``text`` (the same characters at the same places: the
    words differ only where a line break became a space, so a word without
    a space in it is the same), so the words shown stay the user's own;
    else ``text`` is read by itself.
    """
    key = unwrapped(text)
    if key is text:
        return _read(text)
    got = _read(key)
    for st in got:
        a, b = st.span
        if text[a:b] != key[a:b] and any(" " in w for w in st.words):
            return _read(text)  # words with a line break in them: shown as the user wrote them
    return got


@lru_cache(maxsize=1)
def _lone_break() -> "re.Pattern[str]":
    """A line break inside a sentence: between two non-blank characters, not before a list item or a number
    (compiled when a text first holds a line break)."""
    return re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s\-*\u2022\u00b7+\d])")


#: Closing quotes and brackets, which ``_BOUNDARY`` reads after a sentence's mark.
_CLOSERS = "\"')]\u201d\u2019"


def _space(match: "re.Match[str]") -> str:
    return match.group().replace("\n", " ")


def unwrapped(text: str) -> str:
    """``text`` read the same way, with its line breaks inside sentences made spaces and no trailing blanks.

    The reader treats a line break inside a sentence as a space (only ``_spans``
    and the blank line between two sentences in ``_read`` look at line breaks,
    and ``_sentence`` reads any blank as a blank; a blank line is never
    touched here), so the two read the same, at the same character offsets
    (the length is kept, only the end is cut). That is checked here: where the sentences would not be cut
    at the same places ("e.g.\n", a list item), ``text`` itself is returned.
    Returns ``text`` itself (the same object) when nothing changes.
    """
    key = text.rstrip()
    broken = "\n" in key
    if broken:
        key = _lone_break().sub(_space, key)
    if key == text:
        return text
    if not broken and key[-1] not in _CLOSERS:
        # Only blanks cut at the end: the sentences end at the same places (a last ". " or ".\n" ends
        # the last sentence at its mark, as the end of the text does), unless a closing quote or
        # bracket follows the mark.
        return key
    n = len(key)
    if _spans(key) != [(a, min(b, n)) for a, b in _spans(text)]:
        return text
    return key


_PRIORITY = {"opposite": 0, "states": 1, "vague": 2}


# Where a sentence ends, in the raw text: ". ", "; ", a blank line, or a new list item.
_BOUNDARY = re.compile(r"[.!?;][\"')\]\u201d\u2019]*\s+|\n[ \t]*\n\s*|\n[ \t]*(?=(?:[-*\u2022\u00b7+]|\d{1,2}[.)])\s)")
#: A blank line: two sentences on either side of it are in two paragraphs, never read as one pair.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LAST_WORD = re.compile(r"([^\W_]+)\W*$")

#: How many sentences ``_analysed`` remembers (policies of one practice or template share them).
MAX_SENTENCES = 1536


def _spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each sentence of ``text`` ("e.g." and "Cal. Evid." end none)."""
    if "." not in text and "\n" not in text and ";" not in text and "!" not in text and "?" not in text:
        return [(0, len(text))] if text.strip() else []  # no mark that can end a sentence: one sentence
    out: list[tuple[int, int]] = []
    first = 0
    for m in _BOUNDARY.finditer(text):
        a = m.start()
        if text[a] == "." and "\n" not in m.group():
            last = _LAST_WORD.search(text, max(first, a - 12), a + 1)
            if last is not None and last.group(1).lower() in _ABBREV and not (last.start(1) == first and last.group(1) in ("No", "NO")):
                continue  # "e.g." ends no sentence; a "No." answer does
        if a > first:
            out.append((first, a + 1 if text[a] in ".!?;" else a))
        first = m.end()
    if first < len(text) and text[first:].strip():
        out.append((first, len(text)))
    return out


class _Sentence:
    """What one sentence holds, worked out once (``_analysed`` keeps the last ``MAX_SENTENCES``).

    ``words`` are ``(stem, start, end)`` with offsets in the sentence;
    ``found`` maps each class to where its phrases are (word places);
    ``regions`` are the negated stretches; ``singles`` what the sentence
    states alone, one statement a topic; ``vague`` the generic wording it
    holds, as ``(topics, stance, pieces)``.
    """

    __slots__ = ("words", "found", "regions", "force", "singles", "vague", "states_limit", "quiet", "excepted", "pairs", "consent_only", "ready_only", "blanket", "blanket_except", "consent_except", "theirs", "scoped", "total_only", "qualified", "law_bound")

    def __init__(self, words: list[tuple[str, int, int]], found: dict[str, list[tuple[int, int]]], regions: list[Any], force: str | None) -> None:
        self.words = words
        self.found = found
        self.regions = regions
        self.force = force
        self.singles: dict[str, Statement] = {}
        self.vague: list[tuple[tuple[str, ...], str, list[tuple[int, int]]]] = []
        self.states_limit = False
        #: A sentence that speaks of a service, training or a client group and of no disclosure: it states no core topic.
        self.quiet = False
        #: Generic words after an exception ("..., except where required by law") speak of their own topic.
        self.excepted = False
        #: Its classes, and the topics a way over this sentence and the next could state, with those ways
        #: (worked out when first needed, see ``_pairs``).
        self.pairs: "tuple[frozenset[str], tuple[tuple[str, tuple[frozenset[str], ...]], ...]] | None" = None
        #: The negation stands only because its one exception is the client's consent: it turns round core limits only.
        self.consent_only = False
        #: A refusal whose only exception is the client's readiness ("until you feel ready"): a promise (core13).
        self.ready_only = False
        #: A blanket promise ("We never report anything you tell us to anyone"; see ``_blanket``), or None.
        self.blanket: Statement | None = None
        #: The sentence gives an exception ("except", "unless", "limits") or the client's say-so ("without your
        #: permission"): it lifts a blanket promise of its passage.
        self.blanket_except = False
        #: Its only such words are the client's say-so: beside it a blanket promise of the passage stands as one whose
        #: only exception is that say-so (force ``CONSENT_ONLY``; blanket33).
        self.consent_except = False
        #: It names a receiver or purpose no limit touches ("Your employer will not be told ..."; blanket_scoped).
        self.scoped = False
        #: Its blanket words are only a claim of total secrecy ("Yes, absolutely confidential"), no telling denied.
        self.total_only = False
        #: Core limits whose report is the client's own ("I encourage you to report it"): neither stated nor vague here.
        self.theirs: frozenset[str] = frozenset()
        #: Its vague reading holds the law as a qualifier of its own privacy or sharing (an ``alone`` vague entry, law17):
        #: law words that speak of a limit named in the sentence before only where that limit is a core one.
        self.qualified = False
        #: Its only exception to a blanket promise is the law as a qualifier ("Everything you say is confidential, subject
        #: to the law"): it bounds its own promise, not another sentence's that leaves no room (review20).
        self.law_bound = False


def _tokens(text: str, lex: Any) -> list[tuple[str, int, int]]:
    stem = lex.stem
    known = lex._stems
    plain = _address().sub(_blank, text) if ("@" in text or "://" in text or "www." in text) else text
    if "self" in plain:
        plain = _SPLIT_SELF.sub(_one_self, plain)
    if "(" in plain:
        # a number or letter in brackets inside a sentence counts its items ("a danger to (1) yourself or (2)
        # somebody else"): no word, and no edge of a clause (real13: a practice's FAQ)
        plain = _ENUMERATOR.sub(_blank, plain)
    words = []
    add = words.append
    for m in WORD.finditer(plain):
        w = m[0]
        st = known.get(w)
        if st is None:
            if w.lower() in ARTICLES:
                continue
            st = stem(w)
        elif st in ARTICLES:
            continue
        a, b = m.span()
        add((st, a, b))
    if "on-" in plain or "ON-" in plain:
        words = _non_harm(words, plain)
    if ("appear" in plain or "seem" in plain) and len(words) > 2:
        words = _copula(words)
    if "ither" in plain or "ITHER" in plain:
        words = _no_either(words, plain)
    if " to be" in plain and len(words) > 3:
        words = _raised(words, plain)
    return words


#: Harms and threats that "non-" turns into their absence ("non-abuse", "non-violent", "non-threatening") (stems).
_NON_HARMS = frozenset({"abus", "abusiv", "violent", "violenc", "harm", "harmful", "threat", "threaten", "threatening",
                        "aggressiv", "aggression", "dangerous", "criminal", "suicidal", "neglect"})


def _non_harm(words: list[tuple[str, int, int]], plain: str) -> list[tuple[str, int, int]]:
    """The words with "non-" and a harm after it made one word that names no harm: "the rules of respect and non-abuse
    apply in the session" or "we ask for non-violent conduct" is a rule of the room, no abuse or danger of anyone
    (tune42b, session 22: a practice's house rules read every abuse limit vague). Other "non-" words stay two
    ("non-recent abuse" is abuse; "non-custodial parent")."""
    out: list[tuple[str, int, int]] = []
    for w in words:
        if (out and w[0] in _NON_HARMS and out[-1][0] == "non" and out[-1][2] + 1 == w[1]
                and plain[out[-1][2]] in "-\u2010\u2011"):
            out[-1] = ("non" + w[0], out[-1][1], w[2])
            continue
        out.append(w)
    return out


def _no_either(words: list[tuple[str, int, int]], plain: str) -> list[tuple[str, int, int]]:
    """The words without a correlative "either" (``_lexicon.Lexicon._words``): "a risk of harm either to yourself or
    to others" reads as "a risk of harm to yourself or to others", so every phrase of a pair ("to yourself or others",
    "you or someone else is") meets it in both builds; the lexicon's phrases lose it the same way (miss30: real27's
    "at immediate and serious risk of harm either to yourself or others" read vague for both harm limits)."""
    out: list[tuple[str, int, int]] = []
    n = len(words)
    for k, w in enumerate(words):
        if w[0] == "either" and k + 1 < n and correlative_gap(plain, w[2], words[k + 1][1], words[k + 1][0]):
            continue
        out.append(w)
    return out


#: Verbs that take their person and then "to be" for what they judge of it ("we believe you to be in danger",
#: "if your therapist considers you to be at risk") (stems).
_RAISING = frozenset({"believ", "consider", "judg", "judged", "deem", "think", "thought", "find", "found", "feel", "felt",
                      "assess", "suspect", "presum", "determin"})
#: The person or thing so judged, the last word before "to be" (stems): a person, or the client's life, safety or
#: wellbeing. Not a verb's "to" ("let the student know if information had to be shared", "is going to be shared").
_RAISED = frozenset({"you", "yourself", "client", "patient", "student", "pupil", "person", "individual", "child", "teen",
                     "teenager", "adult", "minor", "counselee", "employee", "member", "someon", "somebody", "anyon", "anybody",
                     "els", "other", "others", "party", "him", "her", "them", "himself", "herself", "themselv", "lif",
                     "safety", "health", "welfar", "wellb", "well-being"})


def _raised(words: list[tuple[str, int, int]], plain: str) -> list[tuple[str, int, int]]:
    """The words with the "to" of "<verb> <person> to be" left out: "we believe you to be at risk of harm" reads as "we
    believe you be at risk of harm", so every phrase written with "is" or "are" ("you are", "the client is", "your
    life is") meets its person and what is judged of it (miss30: real27's "If your therapist considers you to be at
    immediate and serious risk of harm ..." read vague). The verb is one of ``_RAISING``, two to six words before
    "to", with no mark of a clause between (a comma, colon or bracket: "we think, to be safe, ..."), and the word
    just before "to" one of ``_RAISED``."""
    out: list[tuple[str, int, int]] = []
    n = len(words)
    for k, w in enumerate(words):
        if (w[0] == "to" and 2 <= k and k + 1 < n and words[k + 1][0] == "be" and words[k - 1][0] in _RAISED
                and plain[words[k - 1][2] : w[1]].isspace() and plain[w[2] : words[k + 1][1]].isspace()):
            v = next((j for j in range(k - 2, max(-1, k - 7), -1) if words[j][0] in _RAISING), -1)
            if v >= 0 and not _CLAUSE.search(plain, words[v][2], w[1]):
                continue
        out.append(w)
    return out


#: Verbs that, before "to be", say no more than "is" for the reader ("You or someone else appears to be in immediate
#: danger" is "... is in immediate danger").
_SEEM = frozenset({"appear", "seem"})


def _copula(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words with "appears to" (or "seems to") before "be" left out: "X appears to be in danger" reads as "X be in
    danger", so every phrase written with "is" ("you or someone else is", "in danger") meets it (limits16: real7's
    labels read "You or someone else appears to be in immediate danger" as both harm limits stated)."""
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if words[i][0] in _SEEM and i + 2 < n and words[i + 1][0] == "to" and words[i + 2][0] == "be":
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _is_question(text: str) -> bool:
    """True when ``text`` ends with "?" (then only spaces, quotes or brackets)."""
    i = len(text)
    while i and (text[i - 1].isspace() or text[i - 1] in "\"')]\u201d\u2019"):
        i -= 1
    return i > 0 and text[i - 1] == "?"


def _sentence(text: str) -> _Sentence:
    """What the sentence ``text`` holds (``_analysed``): one analysis for the ways it is wrapped.

    Inside a sentence a line break reads as a space (``unwrapped``), so the
    analysis of the sentence with spaces for its line breaks is used, where
    the words of what it states are written the same way in ``text``.
    """
    if "\n" in text:
        key = text.replace("\n", " ")
        sent = _analysed(key)
        said = list(sent.singles.values())
        if sent.blanket is not None:
            said.append(sent.blanket)
        for st in said:
            a, b = st.span
            if text[a:b] != key[a:b] and any(" " in w for w in st.words):
                break
        else:
            return sent
    return _analysed(text)


#: Stems of the words that follow an authorising by the law ("authorised by or under an Australian law", "authorized
#: under state law").
_AUTH_LAW_STEMS = frozenset({"law", "laws", "legisl", "statut", "statute", "act", "regul", "regulation", "legal"})


def _law_authorises(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A word of authorising that is the law's, not the client's ("required or authorised by or under an Australian law",
    "where an Australian law requires or authorises us to", "if the law requires or authorises it"): inside a
    ``law_choice`` phrase, or followed by "by" or "under" and the law within a few words, it is no ``permission`` (each
    read client_authorization stated, a false reading of the client's say-so; law37 left them) (law38, session 21)."""
    choices = found.get("law_choice", ())
    kept = []
    for i, j in found["permission"]:
        if j - i == 1 and stems[i].startswith("authori"):
            if any(a <= i < b for a, b in choices):
                continue
            after = stems[j : j + 7]
            mine = i > 0 and stems[i - 1] in ("your", "you", "written", "sign", "signed", "client", "client'", "their", "prior", "express")
            # the client named as who authorises, before the law or after it ("when authorised by you or required by law",
            # "unless authorised by law or by you"): theirs too (review38, session 21)
            mine = mine or any(after[k] == "by" and after[k + 1] in ("you", "your", "client", "patient", "yourself")
                               for k in range(len(after) - 1))
            if not mine and after[:1] in (["by"], ["under"]) and any(st in _AUTH_LAW_STEMS for st in after[1:]):
                continue
        kept.append((i, j))
    _set_places(found, "permission", kept)


#: (fix37, session 21) Words of a practice's name after a service's name ("Family Therapy Associates", "The Couples
#: Therapy Center", "Smith Family Therapy, LLC").
_NAME_AFTER = frozenset({"associates", "associate", "center", "centre", "centers", "centres", "clinic", "clinics", "group",
                         "institute", "practice", "partners", "llc", "pllc", "inc", "ltd", "pc", "pa", "collective", "studio"})
#: Capitalised words that are no part of a name before a service's name, in a heading written in capitals ("Limits Of
#: Confidentiality In Family Therapy", "Our Couples Sessions").
_NOT_NAME_WORDS = frozenset({"a", "an", "the", "in", "at", "of", "for", "to", "on", "and", "or", "with", "about", "during",
                             "our", "your", "my", "their", "his", "her", "its", "this", "these", "that", "those", "when",
                             "if", "what", "who", "how", "why", "where", "which", "is", "are", "be", "we", "i", "you",
                             "confidentiality", "privacy", "limits", "limit", "exceptions", "exception", "notes", "records"})


def _couples_in_a_name(found: dict[str, list[tuple[int, int]]], text: str, words: list[tuple[str, int, int]]) -> None:
    """(fix37, session 21) A service's name inside a practice's name states nothing of that service: the heading
    "Confidentiality at Riverbend Family Therapy" (a Markdown page's title) is the practice's, and no word of family
    sessions. The ``couples`` words go where they are capitalised and a name word stands just before them, with
    nothing between ("Riverbend Family Therapy"), or a name's word follows ("Family Therapy Associates"). Not a title's
    capitals after a small word ("Confidentiality In Family Therapy"), nor the words at a sentence's start ("Family
    therapy sessions: what is shared")."""
    kept = []
    for i, j in found["couples"]:
        if all(text[words[k][1]:words[k][1] + 1].isupper() for k in range(i, j)):
            before = i > 0 and text[words[i - 1][2]:words[i][1]].isspace()
            if before:
                w = text[words[i - 1][1]:words[i - 1][2]]
                before = w[:1].isupper() and w.lower() not in _NOT_NAME_WORDS
            after = j < len(words) and text[words[j - 1][2]:words[j][1]] in (" ", ", ") and text[words[j][1]:words[j][2]].lower().strip(".") in _NAME_AFTER
            if before or after:
                continue
        kept.append((i, j))
    _set_places(found, "couples", kept)


@lru_cache(maxsize=MAX_SENTENCES)
def _analysed(text: str) -> _Sentence:
    lex = lexicon()
    words = _tokens(text, lex)
    if _is_question(text):
        # A question states no limit by itself ("What if I'm thinking about suicide?"): its answer does.
        return _Sentence(words, {}, [], None)
    stems = [w[0] for w in words]
    n = len(words)
    clause_edge = [False] * (n + 1)
    if n > 1:
        # A comma, colon, bracket or dash between two words: the word after it starts a clause.
        i = 0
        for m in _CLAUSE.finditer(text):
            at = m.start()
            while i < n and words[i][1] <= at:
                i += 1  # the first word after the mark
            if 1 <= i < n:
                clause_edge[i] = True
    found: dict[str, list[tuple[int, int]]] = {}
    glue: list[tuple[int, int]] = []
    objects: list[tuple[int, int]] = []
    tos: list[tuple[int, int]] = []
    ands: list[tuple[int, int]] = []
    for i, st in enumerate(stems):
        if st in _MARK_WORDS:
            if st in _GLUE_WORDS:
                glue.append((i, i + 1))
                if st == "to":
                    tos.append((i, i + 1))
                elif st in _AND_OR:
                    ands.append((i, i + 1))
            elif i and stems[i - 1] not in _PREPOSITIONS:
                objects.append((i, i + 1))
    if glue:
        found[_GLUE] = glue
    if objects:
        found[_OBJECT] = objects
    if tos:
        found[_TO] = tos
    if ands:
        found[_AND] = ands
    content_hits, cue_hits = lex.matcher.find(stems)
    found_get = found.get
    for labels, i, j in content_hits:
        at = (i, j)
        for label in labels:
            got = found_get(label)
            if got is None:
                found[label] = [at]
            else:
                got.append(at)
    if "couples" in found:
        _couples_in_a_name(found, text, words)
    if "between_one" in found and "self_and_other" in found:
        _list_as_subject(found, stems)
    if "law_must" in found and not any(c in found for c in _LAW_SOURCE_READ):
        _law_source_apart(found, stems, words, text, lex.actions)
    if "law_duty" in found:
        _law_duty_vague(found, stems, lex.actions)
    if "advice_frame" in found and "our_act" not in found and ("law_must" in found or "law_duty" in found):
        _our_requirement(found, stems)
    if "permission" in found and ("law_choice" in found or not _AUTH_LAW_STEMS.isdisjoint(stems)):
        _law_authorises(found, stems)
    if "law_aside" in found:
        _law_aside(found)
    if "law_to_client" in found:
        _law_to_client(found)
    if "client_reads" in found and ("not" in stems or "no" in stems):
        # "You do not need to read anything about confidentiality before your first session": nothing is asked of the
        # client, and no one tells the limits (review23: it read at_intake stated)
        found["client_reads"] = [(a, b) for a, b in found["client_reads"] if not _not_needed(stems, a)]
        if not found["client_reads"]:
            del found["client_reads"]
    if "trained_act" in found and "," in text:
        # "the quality of work in supervision or training, to protect a client or others": a list ends at the comma,
        # no training to do something (intake28: real25)
        found["trained_act"] = [(i, j) for i, j in found["trained_act"]
                                if not any("," in text[words[k][2]:words[k + 1][1]] for k in range(i, j - 1))]
        if not found["trained_act"]:
            del found["trained_act"]
    if "client_parents" in found:
        _list_not_possessive(found, text, words, stems)
    if "you_subj" in found and "danger_state" in found and ("other" in found or "victim" in found):
        _client_in_danger(found, stems)
    if ands and "at_risk" not in found:
        _shared_risk(found, stems, ands)
    if "other" in found:
        _one_of_group(found, stems)
    if "other" in found and "harm" in found:
        _generic_harmed(found, stems)
    if "self_harm" in found and ("other" in found or "vague_harm" in found):
        _generic_self(found, stems)
    if "protect_shared" in found:
        _protect_shared_beside(found, stems)
    if "emergency" in found or "for_emergencies" in found:
        _emergency_ground(found, stems, words, text)
    if "safety_worry" in found:
        _safety_worry_named(found, stems)
    # ("letter": "You will receive a letter after any disclosure made without your consent" read nothing; review37)
    if "notic" in stems or "notif" in stems or "notification" in stems or "letter" in stems or "report" in stems or "referral" in stems:
        _told_by_pattern(found, words, text)
    if "safety" in stems or "lif" in stems:
        _client_safety(found, stems)
    ignored = [(i, j) for labels, i, j in cue_hits if "ignore" in labels]
    denied = _denied_denials(stems, clause_edge, cue_hits, ignored)
    ignored += denied
    cancelled = frozenset(i for i, _ in denied)  # denials that cancel out: no refusal of a keeping (mend42)
    if ignored:  # "not only", "ask us not to": the cue inside says nothing negative
        cue_hits = [(labels, i, j) for labels, i, j in cue_hits if "ignore" in labels or not any(x <= i and j <= y for x, y in ignored)]
    if "need" in stems:
        # "we can disclose what is needed to lessen that threat", "if we believe it is needed to prevent
        # harm": the participle says how much or why, no duty of ours ("we need to tell you" is one).
        # ("the information they need to treat you": how much, inside the phrase of the minimum)
        needed = found.get("info_needed", ())
        cue_hits = [(labels, i, j) for labels, i, j in cue_hits
                    if not ("must" in labels and stems[i] == "need"
                            and (text[words[i][1]:words[i][2]].lower() == "needed" or any(a <= i < b for a, b in needed)))]
    if "consent_time" in found and "consent_unless" in found:
        cue_hits = _consent_time(found, cue_hits)
    if "told_first" in found or "client_ready" in found:
        cue_hits = _told_first(found, cue_hits, stems)
    if "before_cue" in found and "first" in stems:
        _first_not_ours(found, stems, clause_edge, text, words)
    if "client_speaks" in found and "notify_verb" in found:
        _client_tells(found, stems)
    if "neg_word" in found and ("without_consent" in found or "consent_unless" in found):
        _refused_consent(found, ignored, stems, clause_edge)
    if "permission_not_sought" in found:
        # "... and I cannot ask your permission, I will share ...": when asking is not possible, no refusal to ask
        # (a HIPAA notice's emergency; real17)
        found["permission_not_sought"] = [
            (i, j) for i, j in found["permission_not_sought"]
            if not ((i and stems[i - 1] in _CANNOT) or text[words[i][1] : words[i][2]].lower().startswith(("can", "couldn")))
        ]
        if not found["permission_not_sought"]:
            del found["permission_not_sought"]
    if "before_cue" in found and "first" in stems:
        # "in our first conversation", "at the first appointment": "first" there counts the meetings, it is no
        # telling first ("we talk with you first")
        found["before_cue"] = [(i, j) for i, j in found["before_cue"] if not (j == i + 1 and stems[i] == "first" and i and stems[i - 1] in _ORDINAL_LEAD)]
        if not found["before_cue"]:
            del found["before_cue"]
    if "exception" in stems:
        # "I don't go over these exceptions at the first session": the exceptions are what is (not) gone
        # over, the object of the act, no exception to the denial ("We never share it, with these exceptions").
        cue_hits = [(labels, i, j) for labels, i, j in cue_hits if not ("exception" in labels and stems[i] == "exception" and _object_of_act(stems, i, lex.actions))]
        if "law_other" in found:
            # "Even if new exceptions are enacted, we will not disclose it": the exceptions a law may add are the law's
            # limit conceded, no exception to the denial (tune42a, session 22; it read stated, a false all clear)
            cue_hits = [(labels, i, j) for labels, i, j in cue_hits
                        if not ("exception" in labels and stems[i] == "exception" and any(a <= i < b for a, b in found["law_other"]))]
        if "share_passive" in found:
            # "If any of these exceptions should occur, we will not tell you": the exceptions are what comes about, in
            # the condition of the telling, no exception to its denial (tell21; it read telling first)
            cue_hits = [(labels, i, j) for labels, i, j in cue_hits
                        if not ("exception" in labels and stems[i] == "exception" and any(a <= i < b for a, b in found["share_passive"]))]
        # The exceptions named as the case of a condition around a telling of the client that is denied are no
        # exception to that denial (main, session 14; both read telling first, false all clears): in a condition put
        # first ("If any of these exceptions apply, we will not tell you first"), the telling after its clause; in a
        # condition after the telling ("We won't inform you in advance if one of these exceptions applies", review23).
        # "If none of the exceptions apply, we will not share anything" (no telling of the client) is left as it was.
        cond_end = next((k for k in range(1, len(stems)) if clause_edge[k]), len(stems)) if stems[0] in _CONDITION_LEADS else 0
        cases = {k for k, st in enumerate(stems) if st == "exception"
                 and ((k < cond_end and _tells_client(stems, cond_end)) or (any(stems[x] in _CONDITION_LEADS for x in range(max(0, k - 4), k)) and _tells_client(stems, 0)))}
        if cases:
            cue_hits = [(labels, i, j) for labels, i, j in cue_hits if not ("exception" in labels and i in cases)]
    kinds: set[str] = set()
    for labels, _, _ in cue_hits:
        kinds |= labels
    if "must" in kinds and "not_must" in kinds:
        # "permits, but does not require": a duty word inside a phrase that takes it back is no duty.
        taken = [(i, j) for labels, i, j in cue_hits if "not_must" in labels]
        if all(any(a <= i and j <= b for a, b in taken) for labels, i, j in cue_hits if "must" in labels):
            kinds.discard("must")
    force = "must" if "must" in kinds else "may" if "may" in kinds else None
    # A negated stretch: (first word, end, cue start, cue end, action, dropped, cut, to the client).
    # Dropped: what it holds is neither said nor said the opposite way. Cut: a topic with a word at or
    # after it is not turned round ("I do not have to tell you beforehand, but I will tell you
    # afterwards"). To the client: the action is telling the client ("not tell you"), so only duties
    # are turned round.
    regions: list[tuple[int, int, int, int, int, bool, int, bool]] = []
    excess: list[tuple[int, int]] = []
    or_cases: list[int] = []
    if n and "void" in kinds:
        # "By signing, you agree not to ... call me as a witness": the client's own undertaking.
        # What follows it is neither said nor said the opposite way.
        i, j = min((i, j) for labels, i, j in cue_hits if "void" in labels)
        lo = _clause_start(clause_edge, i)  # "You agree not to ...": the undertaking's own words too
        regions.append((lo, n, i, j, i, True, _NO_CUT, False))
    risk = lex.telling_risk
    if n and risk is not None and risk[0] in found:
        _risk_regions(regions, found[risk[0]], stems, found, clause_edge, n)
    consent_only = False
    if n and "exception" in kinds and ("without_consent" in found or "consent_unless" in found):
        # "I will not report it without your agreement" ("... unless you agree"): the only exception is
        # the client's consent, so a core limit is still said the opposite way ("We will not share it
        # without your consent" still states that sharing needs consent). "without your consent or a
        # court order" names another exception.
        waived = found.get("without_consent", []) + found.get("consent_unless", [])
        # ("unless you authorize it or a judge orders it": another exception a word or two further on)
        consent_only = all(
            any(a <= i < b for a, b in waived) for labels, i, _ in cue_hits if "exception" in labels
        ) and not any(_another_exception(stems, clause_edge, b) for _, b in waived)
    # "We won't tell your parents what you share until you feel ready": a refusal whose only exceptions are the
    # client's readiness (``client_ready``) is a promise to the client; the topics of ``ready_promise`` in
    # topics.yaml are not stated by it (core13). Core limits read as before.
    ready_only = bool(n) and "client_ready" in found and "exception" in kinds and ("strong" in kinds or "weak" in kinds) and all(
        any(a <= i < b for a, b in found["client_ready"]) for labels, i, _ in cue_hits if "exception" in labels
    )
    cut = _NO_CUT
    if n and "exception" in kinds and not consent_only:
        # "We do not report it, but ...": where the first exception is a contrast word, the negation
        # before it stands for what lies wholly before it (an "unless" after it is its own clause's).
        first = min(i for labels, i, _ in cue_hits if "exception" in labels)
        if first > 0 and stems[first] in _CONTRAST:
            cut = first
    fresh = 0
    if n and "exception" in kinds and not consent_only and cut == _NO_CUT and ("strong" in kinds or "weak" in kinds):
        # "Records are released only if a judge orders it, but we will never tell you when this happens": the
        # exceptions lie wholly before a contrast, so the denial after it is a clause of its own (core5).
        places = [i for labels, i, _ in cue_hits if "exception" in labels]
        last = max(places)
        if stems[last] in _CONTRAST and any(("strong" in labels or "weak" in labels) and i > last for labels, i, _ in cue_hits):
            fresh = last + 1
    if n and ("exception" not in kinds or consent_only or cut < n or fresh) and ("strong" in kinds or "weak" in kinds):
        unbound = [(i, j) for labels, i, j in cue_hits if "not_must" in labels]
        may_at = [i for labels, i, _ in cue_hits if "may" in labels]
        # A cue inside a phrase that says nothing negative ("no matter", "doesn't mean") is no cue.
        ignored = [(i, j) for labels, i, j in cue_hits if "ignore" in labels]
        for labels, i, j in cue_hits:
            if "ignore" in labels or not ("strong" in labels or "weak" in labels):
                continue
            # A denial after the contrast is a clause of its own: "We report child abuse, but we will not report
            # elder abuse" says elder abuse the opposite way (main, session 14: it read stated, a false all clear).
            # (not a denial right after the contrast, which only narrows what goes before: "I will share themes with
            # you but not the specifics", "your employer pays but never sees your records"; nor one whose own clause
            # gives an exception: "..., but your name will not be given without your consent")
            # (nor one about the past only: "I am a mandated reporter, but I do not report abuse disclosed by adult
            # clients about their childhood" narrows what is reported; review23)
            own = cut + 1 < i and not any("exception" in x and y > i for x, y, _ in cue_hits) and not any(st in _PAST for st in stems[cut:])
            if not any(a <= i < b for a, b in ignored) and (i == cut + 1 or clause_edge[i]):
                # A denial with no act of its own, after a contrast or a clause of "only", that holds a limit or its
                # ground: "We report child abuse but not elder abuse", "Records are only released with your consent,
                # never because a court orders it" (review23: both read stated, false all clears). The act denied is
                # the one before.
                elided = _elided(lex, found, stems, clause_edge, i, j, n)
                if elided is not None:
                    regions.append((i, elided[1], i, j, elided[0], False, _NO_CUT, False))
                    continue
            if any(a <= i < b for a, b in ignored) or (cut <= i and not own) or i < fresh:
                continue
            end = n if own else min(n, cut)
            low = cut + 1 if own else fresh
            if not own and cut < n and any(a <= i < b for a, b in unbound) and any(x >= cut for x in may_at):
                continue  # "The law does not make us warn them, but we may still act": a choice, not the opposite
            if any(a <= 1 and b <= i <= b + 4 and not any(clause_edge[b : i + 1]) for a, b in found.get("only_time", ())):
                # "The only time we will not tell you before sharing is in an emergency", "The only situation where we
                # would not inform you afterwards is ...": the one case the denial is said of; the act is promised
                # apart from it (review24: it read the telling contradicted)
                continue
            if clause_edge[i] and "only" in stems[:i]:
                continue  # "only your name and dates, never your notes": a contrast, not the opposite
            if _asks_court(stems, i):
                continue  # "we may make a request to the court that some information not be released": a request, no refusal
            if stems[i] in _REFUSE_CUES and any(stems[x] in ("not", "never", "no", "unabl") and not any(a <= x < b for a, b in ignored)
                                                for x in range(max(0, i - 3), i)):
                continue  # "We will not refuse a subpoena", "I can't ignore a subpoena": a refusal refused (redteam14)
            strong = "strong" in labels
            k, limit, hit = j, min(end, j + (14 if strong else 10)), -1
            act_before = _act_before(stems, clause_edge, i, lex.actions) if i > 0 and stems[i] in _NEG_OBJECTS else -1
            if (act_before >= 0 and not clause_edge[i]
                    and text[words[i][2] : words[i][2] + 1] != "-"  # "follows a no-secrets policy"
                    and not any(x < n and stems[x] in _NEG_OBJECT_NARROWS for x in (j, j + 1 if stems[j : j + 1] == ["one"] else j))):
                # the denial as the act's object: "we tell no one", "we release nothing", "we inform nobody", "we share it
                # with no one", "we report it to nobody" (main, session 14: "If you are suicidal, we tell no one" read harm
                # to self stated, a false all clear; review23 the rest)
                hit, limit = act_before, k
            past_aside = limit_to = -1
            no_person = stems[i] in ("nobody", "noon") or stems[i : i + 2] == ["no", "one"]
            while k < limit:
                if no_person and clause_edge[k] and (stems[k] in _FRESH_TELLERS or (
                        stems[k] in _AND_SO and k + 1 < n and stems[k + 1] in _FRESH_TELLERS)):
                    # (lead, session 20) "If a child is being abused and no one else knows, we must report it", "When
                    # nobody else is aware that a child is being harmed, we still report it", "..., so we report any signs": "no one" is the subject
                    # of its own clause; the act after the comma is ours, not denied (they read child abuse
                    # contradicted, false alarms)
                    break
                # "is not required to, and generally does not, notify you": a denial that ends an aside
                # reaches the act just after it
                if not strong and clause_edge[k] and k != past_aside and not (k == j and any(clause_edge[e] and stems[e] in _AND_OR for e in range(max(1, i - 3), i))):
                    aside = _aside_end(stems, clause_edge, k, end) if k == j else -1
                    if aside < 0:
                        aside = _law_aside_end(stems, words, text, clause_edge, k, end)
                    if aside > 0:
                        # "We do not, under any circumstances, contact child protective services": the denial reaches
                        # the act after a short aside of its own (main, session 14: it read child abuse stated)
                        k = past_aside = aside
                        continue
                    if not (i == 0 and _list_goes_on(stems, clause_edge, k, end)):
                        break  # ("No court, judge or lawyer will ever see your notes": the list is what "no" is said of) (redteam14)
                st = stems[k]
                if st == "limit" and any(a > k for c in ("min_to", "min_cue", "info_needed") for a, _ in found.get(c, ())):
                    # "We do not limit what we share to the minimum necessary": the limit refused is the minimum, no
                    # word of privacy (review23: it read the minimum stated, a false all clear)
                    hit = limit_to = k
                    break
                if st in lex.privacy:
                    if st == "tru" and stems[k + 1 : k + 2] == ["that"] and _ALL_CLAIMED.isdisjoint(stems[k + 2 : limit]):
                        # "It is not true that we would share your records with a court": the claim after "that" is what
                        # the denial refuses, no limit said (mend42, session 22: it read court stated, a false all clear).
                        # (Not a claim of all: "It is not true that we report everything" narrows, it refuses nothing.)
                        k += 2
                        continue
                    if st == "need" and stems[k + 1 : k + 2] == ["to"] and k + 3 < n and stems[k + 2] in _TELL_ACTS and stems[k + 3] in _CLIENT_WORDS:
                        k += 2  # "We do not need to tell you before we share": the duty to tell you, taken back
                        continue
                    if (
                        st == "need" and stems[k + 1 : k + 2] == ["for"] and k + 5 < n and stems[k + 2] in ("us", "me")
                        and stems[k + 3] == "to" and stems[k + 4] in _TELL_ACTS and stems[k + 5] in _CLIENT_WORDS
                    ):
                        k += 4  # "There is no need for us to inform you after a disclosure" (redteam14)
                        continue
                    if st == "extend" and stems[k + 1 : k + 2] != ["to"]:
                        k += 1  # "We will not extend our reporting to ...": an act of ours denied, not a rule's reach
                        continue
                    if st == "ask":
                        # "We don't ask your permission or tell you before we report": the denial reaches the telling
                        # joined by "or" to the asking (review24: it read before_disclosure stated, a false all clear)
                        joined = next((x for x in range(k + 1, min(n - 1, k + 5)) if stems[x] in ("or", "nor")), -1)
                        if joined > 0 and stems[joined + 1] in _TELL_ACTS and not any(clause_edge[k + 1 : joined + 1]):
                            k = joined + 1
                            continue
                    told = _promised_telling(stems, k, n) if st in _PROMISE_STEMS else -1
                    if told > 0:
                        k = told  # "I cannot promise to tell you if I break confidentiality": the telling, not promised (review20)
                        continue
                    break
                # ("These limits do not replace state reporting laws": "reporting" names the laws, no act of ours)
                if st in lex.actions and not any(a <= k < b for a, b in [*found.get("vague_report", ()), *found.get("report_law", ())]) and not (
                        st == "inform" and k + 1 < n and stems[k + 1] in _INFORMED_WHAT):
                    # (not "informed consent": "If a court orders it, we do not seek to obtain written informed consent
                    # from you" refused no telling; session 15, tell24 noticed a false alarm on court_order)
                    hit = k
                    break
                if st in _HAVE and k + 1 < n and stems[k + 1] in _TALK_NOUNS:
                    # (tune33) a talk had, refused: "We will not have a conversation about confidentiality at the outset"
                    # (it read at_intake stated, a false all clear); not the noun alone ("what does not, in our first
                    # conversation" keeps the telling)
                    hit = k
                    break
                if st == "liabl" and any(a == k for a, _ in found.get("law_liable", ())):
                    # the court's process denied: "Your notes are not liable to court proceedings in this country"
                    # (mend43, session 22: it read court vague, a false all clear)
                    hit = k
                    break
                if st == "includ" and k + 1 < n and stems[k + 1] in _CLIENT_SPEAKERS:
                    # the client's inclusion refused: "If we need to report abuse, we cannot include you in the process,
                    # even where possible" (mend43, session 22: it read before_disclosure stated, a false all clear; "include"
                    # is no act of itself: "the exceptions include ...")
                    hit = k
                    break
                if st == "tak" and any(stems[x] in _STEPS for x in range(k + 1, min(n, k + 4))) and "against" not in stems[k + 1 : k + 6]:
                    # a protective act refused: "If you are a danger to others, we will not take any steps to reduce that
                    # danger" (review23: it read harm to others stated, a false all clear); not an act against the client
                    # ("nobody will take action against you for complaining")
                    hit = k
                    break
                k += 1
            stop = next((x for x in range(j, end) if clause_edge[x]), end)
            if hit < 0 and not strong and _alone_before(stems, _clause_start(clause_edge, i), i) and any(
                    st in lex.actions for st in stems[j:stop]):
                # "Self-harm on its own does not usually mean that we need to share information": too little a ground
                # denied, the act further on in its clause; neither said nor the opposite (review24)
                regions.append((_clause_start(clause_edge, i), stop, i, j, i, True, _NO_CUT, False))
                continue
            if stems[i] in _IN_PLACE_OF and (hit != j or text[words[j - 1][2] : words[hit][1]].strip()):
                continue  # "Instead of a phone call, we will email you": only the act just after it is refused (review24)
            if hit < 0:
                hit = _refused_order(found, stems, i, j, end)
            if hit < 0:
                denied_at = _bare_denial(lex, stems, clause_edge, i, j, n)
                if denied_at >= 0 and any(x < denied_at for labels, x, _ in cue_hits if "must" in labels):
                    # "Although Ontario law requires us to report a child in need of protection, we do not": the bare
                    # denial refuses the duty of the clause before it (review23: it read stated, a false all clear). Only
                    # a duty: "Many therapists will call 911 whenever a client mentions suicide, but I do not" is how
                    # others work (redteam14)
                    regions.append((0, i, i, j, denied_at, False, _NO_CUT, False))
                continue
            more = next((x for x in range(hit + 1, min(n, hit + 4)) if stems[x] == "mor" and "than" in stems[x + 1 : x + 5]), None)
            if more is not None:
                # "We never share more than is needed", "I will not disclose more information than the situation
                # requires": what is refused is the excess, so the sentence states the minimum necessary
                if _is_share_act(stems, hit) or stems[hit] in _SHARE_VERBS:
                    excess = excess or [(i, j), (hit, hit + 1), (more, more + 1)]
                continue
            # "If we could not tell you first, ...": a condition. What it
            # holds is neither said nor said the opposite way.
            # ("Even a court can't make us hand over ..." is no condition: "even" leads one only as "even if".)
            fronted = _fronted_case(stems, clause_edge) or _fronted_concession(stems, clause_edge)
            lead = (stems[0] in _SUBORDINATE and not (stems[0] == "even" and (n < 2 or stems[1] not in _EVEN_CONDITION))) or fronted
            # ("Where it was not possible to speak with you first, we will tell you what was disclosed": "where",
            # "whenever" and "wherever" read by their stems lead a condition as "if" does, for what the condition holds
            # only, and only where a comma closes the condition after the denial: "Where a child is at risk we do not tell
            # you first" keeps its refusal; the whole sentence is turned round by the older leads alone) (proc37, session 21)
            drop = not strong and (lead or (stems[0] in _STEM_LEADS and _main_clause_after(stems, clause_edge, j, n))) and stems[0] != "becaus" and not any(clause_edge[1 : i + 1])
            inner = -1 if strong or drop else _condition_start(stems, clause_edge, i)
            if inner > 0:
                # "We will tell you after we share it if we could not tell you before", "... after any
                # disclosure that we could not discuss with you in advance": a condition (or which
                # disclosures) inside the sentence, not a refusal.
                lo, hi, drop = inner, hit + 1, True
                hi = _clause_end(clause_edge, hi, end)
            elif strong or ((stems[0] in _SUBORDINATE or fronted) and not drop and not _granted_act(lex, stems, clause_edge)):  # "Even a court cannot ...": the whole sentence
                # (not a leading concession that grants an act of its own: "Although we report child abuse, we do not
                # report elder abuse"; review of fix23, session 15: child abuse read contradicted, a false alarm)
                lo, hi = 0, end  # "If a child is hurt, we do not report it" turns the condition round too
            else:
                lo = _clause_start(clause_edge, i)
                hi = _clause_end(clause_edge, hit + 1, end)
                while hi < end and _list_goes_on(stems, clause_edge, hi, end):
                    # "We do not contact family members, police or hospitals if ...": the comma
                    # is one of a list's, and the list is what is refused.
                    hi = _clause_end(clause_edge, hi + 1, end)
                if hi + 1 < end and stems[hi] in _AND_OR and stems[hi + 1] in _CONDITION_WORDS:
                    # "We will not share information with your GP, or if the disclosure is required by law": a second
                    # case of the same refusal, joined by "or" (review23: the law read stated, a false all clear)
                    or_cases.append(hi)
                    hi = _clause_end(clause_edge, hi + 2, end)
            if stems[i] in _IN_PLACE_OF:
                # "We will tell you first rather than act behind your back": only the act after the cue is refused,
                # and a leading condition with it where the main clause before the cue shares nothing ("If you tell us
                # a child is being abused, we will work with the family instead of reporting it")
                lead_end = next((x for x in range(1, i) if clause_edge[x]), -1) if lead else -1
                lo = 0 if lead_end > 0 and not any(stems[x] in lex.actions for x in range(lead_end, i)) else i
                drop = False
                hi = min(hi, next((x for x in range(hit + 1, end) if clause_edge[x]), end))
            lo = max(lo, low)
            if limit_to >= 0:
                # (the minimum's words end what is refused: "We cannot limit what we share to the minimum necessary when a
                # court orders the whole file" keeps the court order)
                hi = min(hi, max(b for c in ("min_to", "min_cue", "info_needed") for a, b in found.get(c, ()) if a > limit_to))
            # "If I report child abuse, I may not be able to tell you first": what is turned round is
            # telling the client, a duty; the limits the sentence names are still said.
            to_client = stems[hit] in _TELL_ACTS and hit + 1 < n and stems[hit + 1] in _CLIENT_WORDS
            # (so is the client's inclusion refused: "If we need to report abuse, we cannot include you in the process"
            # keeps the abuse it names; mend43, session 22)
            to_client = to_client or (stems[hit] in ("includ", "involv") and hit + 1 < n and stems[hit + 1] in _CLIENT_SPEAKERS)
            # "we never release the entire file": what is turned round is how much goes out, not the limit
            to_client = to_client or any(hit < a <= hit + 2 for a, _ in found.get("whole_record", ()))
            if not drop and not strong and hi < end and (_concedes(stems, hi) or stems[hi : hi + 2] == ["not", "even"]):
                # "We do not share records, not even with a court order", "I will not testify, even if a judge
                # orders it": the concession after the refusal is refused too. So is one of "whatever", "regardless",
                # "irrespective" or "no matter" ("We will not tell anyone, whatever the risk to your life"; probe40,
                # session 22). (A refused warning with such a concession refuses the harm too: ``_warning_only``.)
                hi = _clause_end(clause_edge, hi + 1, end)
                if hi + 1 < end and (stems[hi] in _CONDITION_WORDS or stems[hi] == "should") and stems[hi - 1] != "even":
                    # "We will not tell anyone, not even the police, if you threaten someone": the condition after the
                    # concession is the refusal's own (it read harm_to_others stated, a false all clear; lead22, session 22);
                    # so is an inverted one ("..., not even the police, should you threaten to harm others"; review42a)
                    hi = _clause_end(clause_edge, hi + 1, end)
            if not drop and (_alone_before(stems, hit + 1, hi) or _alone_before(stems, lo, hit)):
                # "I will not release information in response to a subpoena alone; I require a court order":
                # what is refused is too little a ground, not the limit. So with the ground named before the denial
                # ("Self-harm on its own is not a reason to break confidentiality", "Self-harm alone will not lead to
                # us sharing", "Talking about suicide is not, by itself, a reason to tell anyone") (review24)
                drop = True
            capable = [a for a, _ in found.get("capable_adult", ()) if hit < a < hi]
            if not drop and (any(hit < a < hi for a, _ in found.get("narrowed_case", ())) or (
                    capable and any(stems[x] == "neglect" and stems[x - 1] == "self" for x in range(hit + 1, capable[0])))) and not any(
                    stems[x] in _NOW for x in range(hit + 1, hi)):  # ("... whether it happened in the past or is happening now")
                # "We do not report abuse that happened when you were a child", "... between teenagers of similar
                # ages", "... self-neglect by an older adult who can make their own decisions": one case the law leaves
                # out refused, not the limit (review24)
                drop = True
            regions.append((lo, hi, i, j, hit, drop, _NO_CUT if own else cut, to_client))
    for labels, i, j in cue_hits if n else ():
        if "ignore" in labels and stems[i] == "not" and stems[i + 1 : i + 2] in (["every"], ["all"]):
            # "Not every disclosure of abuse leads to a report", "Not all staff will see your records": some, not none
            # and not all; what the clause holds is neither said nor said the opposite way (review24)
            stop = _clause_end(clause_edge, j, n)
            regions.append((_clause_start(clause_edge, i), stop, i, j, i, True, _NO_CUT, False))
        if "ignore" in labels and "mean" in stems[i:j] and stems[i] in ("not", "never"):
            # "Self-harm by itself does not mean we will break confidentiality": too little a ground, as "is not a
            # reason to" (review24); what the clause holds is neither said nor said the opposite way
            start = _clause_start(clause_edge, i)
            if _alone_before(stems, start, i):
                stop = _clause_end(clause_edge, j, n)
                regions.append((start, stop, i, j, i, True, _NO_CUT, False))
    if regions and ("until" in stems or "till" in stems):
        regions = _until_left_out(stems, clause_edge, regions)
    if regions and n > 2:
        regions = _label_refused(text, words, found, clause_edge, regions, n)
    sent = _Sentence(words, found, regions, force)
    if excess and not _is_question(text):
        sent.singles["minimum_necessary"] = _statement(text, words, "minimum_necessary", "states", force, excess)
    sent.consent_only = consent_only
    sent.ready_only = ready_only
    if not n:
        return sent
    if "advice_frame" in found:
        _described(found, stems, clause_edge)
    if "access_refused" in found and "tell_others" in found:
        # "We may withhold records from you where releasing them could endanger a child": the release is the client's
        # access, the case of the refusal, no telling of others (review23: it read child abuse stated)
        found["tell_others"] = [(a, b) for a, b in found["tell_others"] if not (
            a and stems[a - 1] in _GERUND_CASE and text[words[a][1] : words[a][2]].lower().endswith("ing")
            and any(x < a for x, _ in found["access_refused"]))]
        if not found["tell_others"]:
            del found["tell_others"]
    if "channel_details" in found and not any(all(st in _ORDER_LEAD for st in stems[:a]) for a, _ in found["channel_details"]):
        del found["channel_details"]  # only an order that opens the sentence: "Staff will not send details of abuse" is ours
    sent.quiet = any(frame in found and unless not in found for frame, unless in lex.quiet)
    avoid = frozenset(i for r in regions for i in range(r[0], r[1]))
    keys = found.keys()
    # Only topics with a way whose classes are all here can be stated (the rest would read nothing).
    possible: set[str] = set()
    ways_by_class = lex.ways_by_class
    for c in keys:
        for topic, needs in ways_by_class.get(c, ()):
            if topic not in possible and needs <= keys:
                possible.add(topic)
    rank = lex.topic_rank
    starts: list[int] | None = None
    for topic in sorted(possible, key=rank.__getitem__):
        kind, states, opposite, unless = lex.topics[topic]
        if sent.quiet and kind == "limit":
            continue
        where, present = found, keys
        if unless and not unless.isdisjoint(keys):
            # What stops a topic stops it in its own clause only: "We review the exceptions at your
            # first session and tell you first if we must share" tells you first (the intake words
            # are the first clause's).
            if starts is None:
                starts = _coordinated(stems, clause_edge, lex.actions)
            if not starts:
                continue
            where = _outside(found, unless, starts, n)
            present = where.keys()
            if not unless.isdisjoint(present):
                continue
        if ready_only and topic in lex.ready_promise:
            continue  # "We won't tell your parents what you share until you feel ready": a promise (core13)
        if consent_only and topic not in lex.core:
            got = _state(lex, topic, states, opposite, [where], [[]], frozenset(), text, words, [force], present=present)
        else:
            got = _state(lex, topic, states, opposite, [where], [regions], avoid, text, words, [force], present=present)
        if got is not None:
            sent.singles[topic] = got
            sent.states_limit = sent.states_limit or kind == "limit"
    law = sent.singles.get("required_by_law")
    if or_cases and law is not None and law.stance == "opposite" and law.span[1] > words[min(or_cases)][1]:
        # the law's own condition inside a denial's list ("We will not share it with your GP, or if the disclosure is
        # required by law"): never stated, and vague as the law beside a refused case is (law22's near miss)
        sent.singles["required_by_law"] = Statement("required_by_law", "vague", law.force, law.span, law.words)
    refused_min = found.get("min_refused")
    if refused_min and "minimum_necessary" in sent.singles and sent.singles["minimum_necessary"].stance == "states":
        # "We send your whole record rather than only the information needed": the minimum's words after a refusal of
        # how much is shared are what is refused, no minimum (review23: it read stated, a false all clear)
        at = words[min(a for a, _ in refused_min)][1]
        if sent.singles["minimum_necessary"].span[1] > at:
            del sent.singles["minimum_necessary"]
    got_min = sent.singles.get("minimum_necessary")
    if got_min is not None and got_min.stance == "states" and not _min_of_something_shared(found, stems):
        # "Only book the number of sessions you need", "Only clients who need support will be offered sessions": "only"
        # and a need, but nothing shared or told is limited (fam27c)
        del sent.singles["minimum_necessary"]
        got_min = None
    if got_min is not None and got_min.stance == "states":
        m = _MIN_DISOWNED.match(text, got_min.span[1])
        if m is not None and not _MIN_DISOWNED_NOT.search(text, 0, m.start()):
            # "The minimum necessary rule does not apply to disclosures we make", "Sharing only the minimum necessary is
            # not our policy": the minimum disowned (review24, session 15: it read stated, a false all clear)
            sent.singles["minimum_necessary"] = Statement("minimum_necessary", "opposite", got_min.force, (got_min.span[0], m.end()), (*got_min.words, m.group().strip()))
    for topic, ways in lex.contrary.items():
        if topic not in sent.singles or _told_inside_untold(sent, topic):
            _contrary(lex, sent, text, topic, ways, avoid, stems)
    if _other_only(found, stems):
        # "I will let you know in advance if I have to cancel a session": a telling about no sharing (tell17)
        for topic in _TELL_DUTIES:
            sent.singles.pop(topic, None)
    after, told_in = sent.singles.get("after_disclosure"), found
    stops = lex.topics["before_disclosure"][3]
    if after is not None and after.stance == "states" and not stops.isdisjoint(found.keys()):
        # What stops telling first stops it in its own clause only ("I go over these limits in our first session, and
        # if I ever need to share anything I will let you know" tells you first)
        starts = _coordinated(stems, clause_edge, lex.actions)
        bounds = [0, *starts, n]
        blocked = [(a, b) for a, b in zip(bounds, bounds[1:]) if any(a <= i < b for c in stops for i, _ in found.get(c, ()))]
        told = [k for k, (_, x, y) in enumerate(words) if after.span[0] <= x and y <= after.span[1]]
        if starts and told and not any(a <= k < b for k in told for a, b in blocked):
            told_in = {c: hits for c, hits in found.items() if c not in stops}
    _untimed_after(lex, sent.singles, told_in)
    child = sent.singles.get("child_abuse")
    if child is not None and child.stance == "opposite" and regions:
        _refused_other(sent, text, stems, found, words)
        child = sent.singles.get("child_abuse")
    if child is not None and child.stance == "states" and "child_agency" in found and any(
        t in sent.singles and sent.singles[t].stance == "states" for t in ("before_disclosure", "after_disclosure")
    ):
        # "we will tell the student before contacting DCFS", "if a report to DCFS had to be made ..., we will
        # explain it afterwards": the agency names only the occasion of the telling, no child abuse limit again
        # (the agency only: "a child at risk" or "child abuse" inside the class names the limit itself)
        abused = [h for c in ("abuse", "adult_abuse", "harm", "at_risk", "risk_state") for h in found.get(c, ())]
        places = [(words[i][1], words[j - 1][2]) for i, j in found["child_agency"] if not any(i <= a < j for a, _ in abused)]
        if places and child.span[0] >= min(a for a, _ in places) and all(any(a <= x < b for a, b in places) for x in _word_starts(text, child)):
            del sent.singles["child_abuse"]
            if "at_risk" in found and "child" in found:
                # ("we will tell you afterwards when we have reported a child at risk to the child welfare office"): the
                # child only "at risk" names the limit, vague (_bare_child_risk) (abuse22)
                at_risk = _state(lex, "child_abuse", [("child>at_risk",)], (), [found], [regions], avoid, text, words, [force], present=keys)
                if at_risk is not None and at_risk.stance == "states":
                    sent.singles["child_abuse"] = Statement("child_abuse", "vague", at_risk.force, at_risk.span, at_risk.words)
    if "before_disclosure" in sent.singles and "after_disclosure" in sent.singles:
        _before_as_condition(sent, stems, clause_edge)
    if "court_order" in sent.singles and "min_cue" in found and "minimum_necessary" in sent.singles and "court_strong" not in found:
        _court_listed_receiver(sent, stems, clause_edge)
    if "elder_abuse" in sent.singles and "dependent_adult_abuse" in sent.singles:
        # "older people who are harmed at home or in a care home", "an older adult in a care facility": where the
        # elder is, no dependent adult; nor the adult inside the agency's name ("Our adult safeguarding policy also
        # covers elderly clients") (core5)
        care = found.get("care_setting", []) + found.get("aps", [])
        elders = found.get("elder", ())
        deps = found.get("dependent", ())
        if deps and all(any(a <= i and j <= b for a, b in care) or any(x < i < y < j for x, y in elders) for i, j in deps):
            del sent.singles["dependent_adult_abuse"]
    if regions and "duty_to_warn" in sent.singles and "harm_to_others" in sent.singles:
        _warning_only(lex, sent, text, stems, keys)
    # ("... will be kept confidential unless you ask us to inform others": the only exception is the client's own
    # say-so, so what is kept is still kept (real6: a UK page on self-harm))
    if sent.states_limit and ("exception" not in kinds or consent_only) and any(
        "blanket_stay" in labels or "blanket_kept_as" in labels or "blanket_kept_over" in labels for labels, _, _ in cue_hits
    ):
        _kept(lex, sent, text, stems, cue_hits, cancelled=cancelled)
    elif sent.states_limit and any("blanket_stay" in labels for labels, _, _ in cue_hits):
        # "We report child abuse, but elder abuse is kept confidential": the only exception word is a ", but" that
        # opens a clause of its own; what that clause keeps is kept (review24, session 15: it read stated)
        buts = [i for labels, i, _ in cue_hits if "exception" in labels]
        if buts and all(stems[i] == "but" and clause_edge[i] for i in buts):
            _kept(lex, sent, text, stems, cue_hits, start=sent.words[buts[-1]][1], cancelled=cancelled)
    if (sent.states_limit or not _TELLINGS.isdisjoint(sent.singles)) and ("but" in stems or "so" in stems):
        _refused_after(lex, sent, text, stems)
    if sent.states_limit and ": " in text:
        _refused_after_colon(lex, sent, text)
    if sent.states_limit and (_concedes(stems, 0) or "but" in stems or "still" in stems):
        _kept_regardless(lex, sent, stems, clause_edge, cue_hits)
    lower = text.lower()  # (once for the word tests below: clean40, session 22)
    if "breach" in lower and ("not" in stems or "never" in stems):
        _no_breach(lex, sent, text)
        _breach_refused(lex, sent, text)
    if sent.states_limit and ("never" in stems or "not" in stems):
        _never_done(lex, sent, text)
    if sent.states_limit and "not even" in lower:
        _not_even(lex, sent, text)
    elif sent.states_limit and "even" in stems:
        _refused_even(lex, sent, text)
    if (sent.states_limit or "minimum_necessary" in sent.singles) and _GRANTED.search(text):
        _granted_after(lex, sent, text)
    if sent.states_limit and ("never" in stems or "not" in stems):
        _keeping_refused(lex, sent, text)
        _not_an_exception(lex, sent, text)
    elif sent.states_limit and ("outsid" in stems or "outside" in stems):
        _not_an_exception(lex, sent, text)  # "Abuse of older adults is outside what we report" (probe40, session 22)
    if sent.states_limit and _CONTRARY_TO_FACT.match(text):
        _limits_turned(lex, sent)
    if sent.states_limit and ("no" in stems or "nobody" in stems or "no-one" in lower):
        _known_to_none(lex, sent, text, stems)
    if sent.states_limit and _BARE_NEVER_EVEN.match(text):
        # "Never, even if a court orders it." (an FAQ's answer): the case conceded is refused (law24 found it; it read
        # court_order stated, a false all clear). (The law conceded there still reads vague: left, session 15.)
        _limits_turned(lex, sent)
    if ("before_disclosure" in sent.singles or "after_disclosure" in sent.singles) and _CLIENT_ASKED_TO_TELL.match(text):
        # "Tell your counsellor before you leave if you feel unsafe", "Let your therapist know before you stop coming": the
        # client asked to tell us, no telling of ours (fam27c)
        sent.singles.pop("before_disclosure", None)
        sent.singles.pop("after_disclosure", None)
    if ("before_disclosure" in sent.singles or "after_disclosure" in sent.singles) and _CLIENT_ASKED_TO_TALK.search(text) and not _OUR_VOICE.search(text):
        # "You may bring a friend to a session, but talk it over with your therapist first": the client asked to talk
        # with us first, after a clause, no telling of ours (tune39, session 21: both labellers of tune26b no
        # before_disclosure); "we will talk it over with you first" is ours
        sent.singles.pop("before_disclosure", None)
        sent.singles.pop("after_disclosure", None)
    if ("before_disclosure" in sent.singles or "after_disclosure" in sent.singles) and _OTHER_TOLD.search(text):
        _told_other(sent, text)
    if "known_ahead" in found and "before_disclosure" in sent.singles:
        _known_ahead_denied(sent, text)
    if "at_intake" in sent.singles and _no_start(found, stems):
        del sent.singles["at_intake"]  # "After your first session, ...": no time of the start (intake28)
    if "at_intake" in sent.singles and "conf_questions" in found and not any(
        not any(a <= i and j <= b for a, b in found["conf_questions"]) for i, j in found.get("limits_obj", ())
    ) and not _sharing_named(found, stems):
        # (a sharing of ours named beside the questions still tells the limits: "At your assessment, we answer questions
        # about confidentiality and explain when we might have to share information", review38)
        # "Any questions you have about confidentiality can be addressed at the assessment meeting": the client's
        # questions taken up at the start, no limits told (vague, by topics.yaml's `vague`) (tune39, session 21: both
        # labellers of tune26b at_intake vague); "we will explain the limits and answer your questions" still tells
        del sent.singles["at_intake"]
    if "at_intake" in sent.singles and not _limits_named(found) and (
        ("intake_agenda" in found and not _sharing_named(found, stems)) or _only_signed(found, stems)
        or (_only_offered(found, stems) and not _sharing_named(found, stems))
        or not _limits_told(found, stems, text) or _client_act_marked(found, stems)
        # (the limits only as the purpose of a form signed, nothing told: "To protect your confidentiality, an agreement
        # will be signed at the first session", gate30)
        or ("limits_obj" in found and "inform_verb" not in found)
    ):
        # "We will talk about your goals in our first session": told at intake, but not the limits. "You will sign a
        # consent form at your first session": signing a form is no telling of the limits, unless the form is about
        # them ("... a consent form that explains these limits") (core12). "We offer a free initial consultation":
        # the first session offered, nothing told in it (session 16, tell26 found it).
        del sent.singles["at_intake"]
    if "at_intake" in sent.singles and _only_signed_form(found, stems):
        # "At your first visit you sign our confidentiality agreement" (a paraphrase of a Tennessee group's page): a form signed whose
        # name is the only word of confidentiality, nothing read or told (tune41a, session 22: both labellers of tune27a
        # at_intake missing; core12's rule, as d7502's near miss has it); "read and sign" it, or a form "that explains
        # the limits", still tells
        del sent.singles["at_intake"]
    if "consent_only_if" in found or "consent_if" in found or "not_ours" in found or "client_reports" in found:
        _not_ours(lex, sent, text, stems, found, clause_edge, [i for labels, i, _ in cue_hits if "exception" in labels])
    held = _held_only(found, stems)  # (its readings are dropped at the end, once turned round where they are)
    # -- blanket promises (``_blanket``): their phrases are cues named blanket_*; only a sentence
    # with one of its trigger classes is read further.
    marks = lex.blanket_labels
    if marks and any(not labels.isdisjoint(marks) for labels, _, _ in cue_hits):
        bfound: dict[str, list[tuple[int, int]]] = {}
        for labels, i, j in cue_hits:
            for label in labels & marks:
                bfound.setdefault(label, []).append((i, j))
        if "blanket_except" in bfound:
            # "no one but your counsellor", "anywhere but the therapist's office", "let alone": no exception (blanket33)
            _set_places(bfound, "blanket_except", [h for h in bfound["blanket_except"] if not _no_exception(sent, text, h)])
        sent.blanket_except = "blanket_except" in bfound or (
            ("blanket_consent" in bfound or "without_consent" in found or "consent_unless" in found) and not _no_room(text, sent, bfound))
        sent.consent_except = sent.blanket_except and "blanket_except" not in bfound and not (
            # a sharing done without the client's consent, not refused ("Information is only shared without your consent in
            # exceptional circumstances", "we may need to share information without your consent"): an exception of
            # ours, which lifts a promise as before blanket33 (review of session 19)
            "without" in stems and not _CLAUSE_NEG.search(text))
        sent.law_bound = "blanket_except" in bfound and not ("blanket_consent" in bfound or "without_consent" in found or "consent_unless" in found) and all(
            any(st.startswith(_LAW_BOUNDS) for st in stems[a:b]) for a, b in bfound["blanket_except"]
        )
        sent.scoped = "blanket_scoped" in bfound
        sent.total_only = "blanket_total" in bfound and not any(c in bfound for c in ("blanket_all", "blanket_room", "blanket_party", "blanket_neg"))
        if any(c in bfound for c in lex.blanket_triggers):
            _blanket_promise(lex, sent, text, bfound)
    if "law" in stems and "required_by_law" not in sent.singles:
        _law_cannot_force(lex, sent, text)
    if sent.quiet:
        return sent
    duty_stated = any(lex.topics[t][0] == "duty" for t in sent.singles)
    alone: list[int] = []
    for classes, topics in lex.vague:
        entry = (classes, topics)
        if lex.needs_vague[classes] <= keys and not (duty_stated and classes in lex.not_with_duty):
            # What stops a topic stops its vague reading too ("if you tell us" is no telling of ours), and
            # generic words of telling in a sentence that states a duty speak of that duty
            # ("Any breaking of confidentiality will be discussed with you beforehand").
            topics = tuple(t for t in topics if lex.topics[t][3].isdisjoint(keys) and not (duty_stated and lex.topics[t][0] == "duty") and t not in sent.theirs)
            if held:
                topics = tuple(t for t in topics if t not in _HELD_TOPICS)  # (gate28: a sentence that only keeps or collects)
            if "child_abuse" in topics and classes == ("abuse",) and _adults_abused(stems, found):
                topics = tuple(t for t in topics if t != "child_abuse")  # "abuse of adults": no child (review24)
            if "abuse" in classes and _abused_as_adult(text, words, found):
                topics = tuple(t for t in topics if t not in _ABUSE_TOPICS)  # the client's own abuse as an adult
            if not topics:
                continue
            if classes in lex.ordered_vague:
                # "go over these limits": the generic words must stand in that order, close together.
                got = _match_in(classes, [found], lex.near, lex.close, frozenset())
                if got is None:
                    continue
                used = got
            else:
                used = [found[c][0] for c in classes]
            # A contrast ("..., but") never turns generic words round: "Domestic violence between
            # partners is not something I must report, but ..." says nothing against the abuse limits.
            neg = _negation(used, [[r for r in regions if r[6] == _NO_CUT and not r[7]]])
            if neg is not None and classes in lex.ordered_vague and not any(i <= neg[4] < j for i, j in used):
                # Words that must stand in order ("go over" ... "these limits") are turned round only where
                # the act denied is one of them: "I go over confidentiality with you, so you know what you
                # say will not be shared" denies the sharing, not the telling (tune17: a UK counsellor).
                neg = None
            if neg is not None and neg[5]:
                continue
            if neg is not None and set(topics) <= _LAW_TOPICS and _CONSENT_NEGATED.search(text[: words[neg[2]][1]]):
                # "the law dictates that your signed authorization may not be required in order for us to release
                # information": the negation falls on the client's say-so, which the law does without; no denial of the
                # law (a preface, vague; both labellers of real23) (law24)
                neg = None
            if neg is not None and classes in _REASON_OF_REFUSAL:
                continue
            if neg is not None:
                # "If you were abused as a child and are now an adult, I do not have to report it": a negated
                # reading scoped by a class of the topic's ``opposite_unless`` says nothing of that topic.
                topics = tuple(t for t in topics if lex.opposite_unless.get(t, frozenset()).isdisjoint(keys))
                if not topics:
                    continue
            # (an ``alone`` entry's reading is its first class's words: the qualifier, not the word of privacy or sharing
            # that only shows what it qualifies, which may be another limit's own word: "We never share information
            # without your consent, except where the law allows")
            pieces = [used[0]] if classes in lex.alone_vague else list(used)
            if neg is not None:
                pieces.extend([(neg[2], neg[3]), (neg[4], neg[4] + 1)])
            if classes in lex.alone_vague:
                alone.append(len(sent.vague))
            # (an Act itself denied, "We are not bound by the Children First Act, as we only see adults": the law said not
            # to reach us, no report refused; vague, as before the Act named a limit; mend42, session 22)
            act_denied = neg is not None and classes in (("child_act",), ("adult_act",)) and any(a <= neg[4] < b for a, b in used)
            if neg is not None and classes == ("law_liable",) and any(a == neg[4] for a, _ in used) and "required_by_law" in topics:
                # (the court's process itself denied, "Your notes are not liable to court proceedings in this country": the
                # court refused, the law's words stay vague; a sharing refused beside them keeps both turned round)
                # (mend43, session 22)
                sent.vague.append((("required_by_law",), "vague", pieces))
                topics = tuple(t for t in topics if t != "required_by_law")
            sent.vague.append((topics, "opposite" if neg is not None and entry not in lex.not_turned and not act_denied else "vague", pieces))
    if alone:
        # (law17) an ``alone`` entry gives way to any other core limit the sentence reads, stated or vague (a sharing for
        # a danger or an abuse); not to the client's consent ("We never share without your consent, except where the law
        # allows"); and law words never speak of a court order ("I release them as permitted by law" after a judge's
        # order stays vague for the law, the convention of 2026-12-05)
        mine = frozenset(t for k in alone for t in sent.vague[k][0]) | {"court_order"}
        if any(t in lex.core and t not in mine for t in sent.singles) or any(
            k not in alone and any(t in lex.core and t not in mine for t in ts) for k, (ts, _, _) in enumerate(sent.vague)
        ):
            sent.vague = [v for k, v in enumerate(sent.vague) if k not in alone]
        else:
            sent.qualified = True
    if sent.vague and _only_signed_form(found, stems):
        # (tune41a, session 22) nor vague: a confidentiality agreement only signed by new clients tells nothing of the
        # limits (both labellers of tune27a at_intake missing)
        sent.vague = [v for v in sent.vague if v[0] != ("at_intake",)]
    if or_cases and sent.vague:
        # (the law's generic words inside a denial's list stay vague too: law22's near miss)
        sent.vague = [(ts, "vague", p[:-2]) if st == "opposite" and ts == ("required_by_law",) and p[0][0] > min(or_cases) else (ts, st, p)
                      for ts, st, p in sent.vague]
    if sent.vague and "exception" in kinds:
        first = min(i for labels, i, _ in cue_hits if "exception" in labels)
        spans = [st.span for st in sent.singles.values()]
        sent.excepted = all(
            p[0][0] >= first and not any(t in sent.singles for t in ts) and not any(a <= words[i][1] < b for a, b in spans for i, _ in p)
            for ts, _, p in sent.vague
        )
    if "law_duty" in found and "required_by_law" not in sent.singles and (sent.excepted or "exception" in kinds):
        cut = [i for labels, i, _ in cue_hits if "exception" in labels and stems[i] in _EXCEPT_WORDS]
        # (or, beside other limits the exception names, the law's duty as a condition of its own after "or": "...
        # confidential, unless there is significant concern for your safety or the safety of someone else, or when
        # there is a legal duty to provide health information", a NZ university, both labellers stated (law21))
        if cut and (sent.excepted or _law_own_condition(sent, min(cut), text)):
            _excepted_law(lex, sent, text, stems, min(cut))
    # "the law requires us to share information without your consent": that "without" is no exception
    waived = found.get("without_consent", ())
    # "Other disclosures are made only when a state or federal statute requires them": "only when" before
    # the law's requirement names the limit, no exception to it.
    laws = found.get("law_duty", ())
    excepting = any(
        "exception" in labels
        and not any(a <= i < b for a, b in waived)
        and not (stems[i] == "only" and (any(a <= j <= b for a, b in laws) or _law_item(words, text, j, laws)))
        and not _law_defines(stems, i, laws)
        for labels, i, j in cue_hits
    )
    _solo(lex, sent, text, excepting)
    _choice_own_clause(lex, sent, text)
    if ("even" in stems or "regardless" in stems or "whether" in stems or "matter" in stems or "includ" in stems) and stems[0] not in (
        "even", "regardless", "whether", "no"
    ) and sent.singles:
        _kept_even(lex, sent, text, cancelled)
    choice = found.get("law_choice")
    # (law24: a court beside the law as the other who requires it, last in the item: "- If required by law or a court
    # order.", a UK counsellor's list, both labellers of real23 stated; the item is the law's requirement still)
    court_tail = _court_tail(stems, found) if set(sent.singles) == {"court_order"} else None
    # (tell25: the item's examples after it, "- disclosure is otherwise required or authorised by law, eg. mandatory
    # reporting of child abuse", "- When reporting is required or allowed by law (example: child abuse or neglect, ...)":
    # the limits and generic words they name are the examples, not limits the law speaks of)
    ex_at = _examples_after_law(stems, found, sent) if (sent.singles or len(sent.vague) > 1) and not regions else None
    if (not sent.singles or court_tail is not None or ex_at is not None) and not regions and (
        len(sent.vague) == 1 or (ex_at is not None and sum(min(i for i, _ in v[2]) < ex_at for v in sent.vague) == 1)
    ) and (
        choice is not None or ("law_duty" in found and lex.solo_unless.get("required_by_law", frozenset()).isdisjoint(found))
    ):
        # A list item or line that is only the law's requirement ("When required by law.",
        # "As otherwise required by law") names the catch-all limit itself; so does one that is only its
        # requirement or permission (a table row's "Required or authorised by law"), which in a longer
        # sentence is a qualifier ("I only share it as permitted or required by law": solo_unless).
        hits = sorted(choice or found["law_duty"])
        i, j = hits[0]
        # (overlapping phrases of the law's requirement are one: "When required by law or regulation" (law17))
        for a, b in hits[1:]:
            if a < j:
                j = max(j, b)
        # ("; or where I am legally compelled.": the last item of a list, its own sentence after the semicolon)
        # (a trailing "to do so": "Where we are legally obliged to do so." is the item too (core5))
        # (its subject before it: "Disclosure is otherwise required or authorised by law" (real3))
        # (a disclosure and its receiver before it: "Disclosure to a governmental agency is required or authorized by
        # law", a list item of limits (real5: a Texas university))
        lead = i <= 1 or all(st in _ITEM_LEAD for st in stems[:i]) or (stems[0] in _DISCLOSURE_HEAD and i <= 7 and "to" in stems[1:3])
        # (fam27b: an FAQ's answer that opens on a word of answer and a comma, then is only the law's condition: "Yes,
        # when we are legally required to.", "Sometimes, when the law requires it.")
        if not lead and i > 1 and stems[0] in _ANSWER_LEAD and "," in text[words[0][2] : words[1][1]]:
            lead = all(st in _ITEM_LEAD for st in stems[1:i])
        # (a receiver first, then the law's own clause of condition: "- To a government agency, when the disclosure is
        # required or authorized by law", a list item of limits (dh14) (law22))
        if not lead and stems[0] == "to" and i <= 10:
            at = next((k for k in range(i - 1, 0, -1) if stems[k] in _CONDITION_WORDS), None)
            lead = at is not None and all(st in _ITEM_LEAD for st in stems[at:i])
        if court_tail is not None and court_tail != j:
            lead = False
        # (law24: not a lead-in that ends in a colon, "Disclosure is required by law:" over the limits listed under it: their
        # preface, vague, as "The law requires the following exceptions:" (labels.yaml; real23 both labellers, real17))
        if text.rstrip().endswith(":"):
            lead = False
        if ex_at is not None and not (j <= ex_at and all(st in _ITEM_TAIL for st in stems[j:ex_at])):
            lead = False
        if lead and (n - j <= 1 or court_tail is not None or ex_at is not None or all(st in _ITEM_TAIL for st in stems[j:])) and stems[0] not in _NOT_ITEM:
            sent.singles["required_by_law"] = _statement(text, words, "required_by_law", "states", force, [(i, j)])
            sent.vague = [(tuple(t for t in ts if t != "required_by_law"), st, p) for ts, st, p in sent.vague]
            sent.vague = [v for v in sent.vague if v[0]]
    if "required_by_law" not in sent.singles and not regions and ("court" in found or "court_strong" in found) and (
        "law_must" in found or "law_duty" in found or not _LAW_DEMANDS.isdisjoint(stems)
    ):
        _law_with_court(lex, sent, text, stems, n)
    if risk is not None and risk[0] in found:
        _risk_exception(risk, lex, sent, clause_edge)
    child = sent.singles.get("child_abuse")
    if child is not None and child.stance == "states" and ("at_risk" in found or "harm" in found):
        _bare_child_risk(lex, sent, found, regions, avoid, text, words, force)
    if held:
        # (again: the steps after the generic words may state the law's own limit from them, gate28)
        for topic in _HELD_TOPICS.intersection(sent.singles):
            if sent.singles[topic].stance != "opposite":
                del sent.singles[topic]
        _drop_vague(sent, *_HELD_TOPICS)
    if any(st.stance == "opposite" for st in sent.singles.values()) or any(v[1] == "opposite" for v in sent.vague):
        _reason_denied(sent, text)
    if sent.singles or sent.vague:
        _not_meant(sent, text)
    court = sent.singles.get("court_order")
    if court is not None and court.stance == "opposite" and _court_for_attendance(sent, text):
        # "Court-mandated counselling is not something we offer": a service refused, no court limit refused (over35)
        del sent.singles["court_order"]
    elif court is not None and court.stance == "states":
        m = _NOTHING_USED_IN_COURT.search(text)
        if m is not None and m.start() <= court.span[0] and court.span[1] <= m.end():
            # "Nothing said in a session may be used in a court of law": a bar on a court's use, as ``court_use_barred``
            # reads "cannot be used in court", tells no court order (it read stated, a false all clear)
            del sent.singles["court_order"]
        elif _court_for_attendance(sent, text):
            # "Court-mandated counselling is a rare exception", "We accept court-ordered clients": the order is why the
            # client comes; every court word is in it (it read stated, a false all clear; real28 r28_40) (over35)
            del sent.singles["court_order"]
        elif _court_shield(text, court.span) or ("legal_case_word" in found and _court_words_shielded(sent, text)):
            # (vague40, session 22: a legal case in one shield and a court in another, "... protected from being
            # disclosed in legal proceedings, so you can seek help without fear that what you say will be used in
            # court": the court way's words span both shields)
            # "... are generally protected from being disclosed in legal proceedings", "In most legal proceedings, you
            # may assert the privilege": the court named as where the records are kept out, no court that orders them
            # (it read stated, a false all clear; real24 r24_12, real28 r28_06, both labellers missing) (over35)
            del sent.singles["court_order"]
    if any("court_order" in ts for ts, _, _ in sent.vague) and "legal_case_word" in found and _court_words_shielded(sent, text):
        # "Communications between you and your therapist are generally protected from being disclosed in legal
        # proceedings": the legal case (vague since vague40) named only as where the records are kept out (over35's
        # shield) tells no court that orders them (vague40, session 22)
        _drop_vague(sent, "court_order")
    if "court_order" not in sent.singles and not any("court_order" in ts for ts, _, _ in sent.vague):
        item = _LEGAL_CASE_ALONE.match(text)
        at = [k for k, w in enumerate(words) if item is not None and w[1] >= item.start("w") and w[2] <= item.end("w")]
        if at:
            # "- Legal proceedings" alone, a list item under limits or in a bare list: the legal case with no sharing
            # named, vague as with one (before vague40 it was a court word, stated) (vague40, session 22)
            sent.singles["court_order"] = _statement(text, words, "court_order", "vague", force, [(at[0], at[-1] + 1)])
    law = sent.singles.get("required_by_law")
    if law is not None and law.stance == "states" and "even" in stems and "not even" not in lower:
        # the law's requirement is read after the refusals above: "We will not release your file unless you agree, even if
        # the law requires it" refuses it (it read stated, a false all clear; lead, session 19)
        _refused_even(lex, sent, text, "required_by_law")
    if "required_by_law" not in sent.singles:
        # the law's requirement as a limit of its own in the nouns and turns of UK, Irish and Australian pages: a list
        # item that is only the law's duty as a noun, the law's duty named among the exceptions, a sharing made to comply
        # with a legal obligation, and the law's demand refused whatever it says (law37, session 21)
        _law_noun_limit(sent, text, force, bool(regions))
    mini = sent.singles.get("minimum_necessary")
    if mini is not None and mini.stance == "states" and "mor" in stems and "than" in stems:
        _more_than_needed(sent, text, stems, mini)
    if mini is not None and mini.stance == "states" and _CONSENT_SCOPE.search(text) and not _NEED_WORDS.search(text):
        # "We will share only what you have agreed we can share", "only the information covered by your signed release":
        # the scope of a consent, no minimum (labels.yaml, prose7); consent_scope's phrases in any build (vague40,
        # session 22)
        del sent.singles["minimum_necessary"]
    elif mini is not None and mini.stance == "states" and _NOT_ONLY_NEEDED.search(text):
        # "We may send your full file, not only the parts that are needed": more than the minimum, said with "not only"
        # (it read stated, a false all clear) (vague40, session 22)
        sent.singles["minimum_necessary"] = Statement("minimum_necessary", "opposite", mini.force, mini.span, mini.words)
    if any(w in lower for w in ("law", "legal", "legisl", "statut", "regulation")):
        # the law's override of confidentiality refused ("Our duty to you comes before any legal requirement") or
        # affirmed with no case named ("The law can override confidentiality") (law38, session 21)
        _law_override(lex, sent, text, force)
    if "or" in stems and ("requir" in stems or "required" in lower):
        _law_choice_if(lex, sent, text, force)  # "... if required or authorised by or under an Australian law" (law38, session 21)
    if stems[:1] == ["even"] and len(stems) > 2 and stems[1] in ("if", "wher", "when"):
        _law_kept_even(lex, sent, text, stems, clause_edge)
    if "safety" in lower and not sent.singles and not sent.vague and sent.blanket is None:
        _safety_first(lex, sent, text, force)  # "Your safety comes before confidentiality" (law38, session 21)
    if "client_welfare" in found and "over_conf" in found and "harm_to_self" not in sent.singles:
        _welfare_first_denied(sent, text, stems, force)
    if "harm_to_self" in sent.singles and "harm to the" in lower:
        m = _CLIENT_HARM_NOT.search(text)
        got = sent.singles["harm_to_self"]
        if m is not None and got.span[0] < m.end() and m.start() < got.span[1]:
            # "We think about possible harm to the client's career before we write a letter", "Possible harm to the client
            # from side effects is discussed before treatment starts": a harm to what is the client's, or one that comes
            # of the treatment, is no danger (tune38a's "possible harm to the client" read them stated) (review38, session 21)
            del sent.singles["harm_to_self"]
    if ("required_by_law" in sent.singles or any("required_by_law" in v[0] for v in sent.vague)) and _CLIENT_BOUND.match(text):
        # the law's requirement laid on the client, not on us ("You are not required by law to tell us your name",
        # "Clients are not legally obliged to attend"): no limit of ours, said or refused (review30; lead31)
        sent.singles.pop("required_by_law", None)
        _drop_vague(sent, "required_by_law")
    return sent


#: "Nothing" or "no" + a record as the subject of a use in court ("Nothing said in a session may be used in a court of
#: law", "No notes of ours can ever be used in court"): the bar of ``court_use_barred`` with its negation up front.
_NOTHING_USED_IN_COURT = lazy(r"\b(?:nothing|none|no\s+(?:information|records?|notes?|part|details?|words?))\b[^.;:]{0,80}?\b"
                              r"(?:may|can|will|shall|could|would)\s+(?:ever\s+)?be\s+used\s+(?:against\s+you\s+)?"
                              r"(?:as\s+evidence\s+)?in\s+(?:a\s+|any\s+|the\s+)?(?:courts?|legal\s+proceedings)\b(?:\s+of\s+law)?",
                              re.IGNORECASE)
#: "only" over what a consent, a release or an authorisation covers or what the client agreed to (``minimum_necessary``'s
#: consent_scope in other builds; vague40, session 22)
_CONSENT_SCOPE = lazy(r"\bonly\s+(?:the\s+|those\s+|any\s+)?(?:what|information|details?|records?|things?|parts?|items?)\b[^.;:]{0,40}?"
                      r"\b(?:(?:you|the\s+client|the\s+patient)\s+(?:have\s+|has\s+)?(?:agreed|agree|agrees|consented|consent|consents|"
                      r"authori[sz]ed?|approved?|allowed?|permitted)|(?:covered|permitted|allowed|named|listed|specified|authori[sz]ed)\s+"
                      r"(?:by|in|on|under)\s+(?:your|the|that|a|this)\s+(?:\w+\s+)?(?:consent|release|authori[sz]ation|permission|form))\b",
                      re.IGNORECASE)
#: Words of a need that keep a minimum beside a consent's scope ("only what you agree to, and no more than is needed")
_NEED_WORDS = lazy(r"\b(?:need|needs|needed|necessary|minimum|least|as\s+little|no\s+more)\b", re.IGNORECASE)
#: "not only" over what is needed: more than the minimum (vague40, session 22)
_NOT_ONLY_NEEDED = lazy(r"\bnot\s+(?:just|only|simply|merely)\s+(?:the\s+)?(?:parts?|information|details?|what|records?|sections?|bits?)\b"
                        r"[^.;:]{0,30}?\b(?:needed|necessary|required|relevant)\b"
                        # ("not only what is necessary but also tell you afterwards": a second act, no excess; review42a)
                        r"(?!\s*,?\s*but\s+(?:also|we|I|will)\b)", re.IGNORECASE)
#: A sentence or list item that is only a legal case with no court named ("- Legal proceedings", "Litigation."):
#: court_order vague (vague40, session 22; topics.yaml legal_case_word).
_LEGAL_CASE_ALONE = lazy(r"^\W*(?:(?:in|during|for|any|other|some|certain)\s+)*(?P<w>legal\s+(?:proceedings?|cases?|actions?|disputes?)"
                         r"|lawsuits?|litigation)\W*$", re.IGNORECASE)
#: The court as where the records are shielded ("protected from being disclosed in legal proceedings", "protections against
#: the inclusion of ... records in any court case") or where the client claims the privilege ("In most legal proceedings,
#: you may assert the privilege"): no court that orders anything (``_court_shield``; over35).
_COURT_SHIELD = lazy(r"\b(?:protected|protects?|protections?|shield(?:ed|s)?|privileged?)\b[^.;:]{0,60}?\b(?:from|against)\s+"
                     r"(?:being\s+|their\s+|its\s+|the\s+)?(?:used|disclosed|disclosure|released|introduced|admitted|use|inclusion|"
                     r"exposure|produced)\b[^.;:]{0,60}?\bin\s+(?:a\s+|any\s+|the\s+|most\s+)?(?:type\s+of\s+|kind\s+of\s+)?"
                     r"(?:court\s+cases?|court\s+proceedings?|courts?|legal\s+proceedings?|judicial\s+proceedings?)\b(?:\s+of\s+law)?|"
                     r"\bin\s+(?:most|many|all|any)\s+(?:legal|court|judicial)\s+proceedings?\b[^.;:]{0,60}?\b(?:assert|claim|invoke|"
                     r"exercise|raise)\b[^.;:]{0,40}?\bprivilege\b|\b(?:assert|claim|invoke|exercise|raise)\b[^.;:]{0,40}?\bprivilege\b"
                     r"[^.;:]{0,60}?\bin\s+(?:most\s+|many\s+|all\s+|any\s+)?(?:legal|court|judicial)\s+proceedings?\b|"
                     r"\bwithout\s+(?:the\s+|any\s+)?fear\s+(?:that\s+)?[^.;:]{0,80}?\b(?:exposed|used|disclosed|revealed|shared|"
                     r"read\s+out)\s+in\s+(?:a\s+|any\s+|open\s+)?(?:court\s+cases?|court|legal\s+proceedings?)\b", re.IGNORECASE)
#: Words that turn the shield round or make room beside it ("not always protected from disclosure in court", "unless a
#: judge orders it"): the court limit stays read.
_SHIELD_UNDONE = lazy(r"\b(?:not|never|no|cannot|can't|won't|isn't|aren't|unless|except|exceptions?|however|but|although|"
                      r"though|may\s+not|override|overridden|overrule|waive[sd]?)\b|n[’']t\b", re.IGNORECASE)


#: A court's order or referral written as what the client's treatment is ("court-ordered counselling", "court-mandated
#: clients", "court referred groups"): the hyphen or the "-ed" form in the text, never "a court orders the counseling
#: center to ..." (``_court_for_attendance``; over35).
_COURT_ATTEND_ADJ = lazy(r"\bcourt(?:-|\s)(?:ordered|mandated|referred|directed)\s+(?:counsell?ing|therapy|treatment|clients?|"
                         r"sessions?|programmes?|programs?|groups?|classes|attendance|services?|participants?|students?|"
                         r"patients?|anger\s+management|parenting|work|referrals?|cases?)\b(?!\s+(?:records?|files?|notes?|"
                         r"information|reports?)\b)", re.IGNORECASE)


def _court_for_attendance(sent: _Sentence, text: str) -> bool:
    """True when every court word of the sentence lies in a court-ordered treatment of ``_COURT_ATTEND_ADJ``."""
    spans = [m.span() for m in _COURT_ATTEND_ADJ.finditer(text)]
    if not spans:
        return False
    words = sent.words
    at = [(words[i][1], words[j - 1][2]) for k in ("court", "court_strong") for i, j in sent.found.get(k, ())]
    return bool(at) and all(any(a <= s and e <= b for a, b in spans) for s, e in at)


def _court_words_shielded(sent: _Sentence, text: str) -> bool:
    """True when the sentence names a court only inside a shield of ``_COURT_SHIELD`` and nothing turns it round: it lends
    no court to a way over it and the sentence beside it ("... provides a privilege ... This privilege is designed to
    ensure that you can seek treatment without fear that it will be exposed in court"; real28 r28_06) (over35)."""
    if _SHIELD_UNDONE.search(text):
        return False
    words = sent.words
    at = [(words[i][1], words[j - 1][2]) for k in ("court", "court_strong", "legal_case_word") for i, j in sent.found.get(k, ())]
    if not at:
        return True
    spans = [m.span() for m in _COURT_SHIELD.finditer(text)]
    return bool(spans) and all(any(a <= s and e <= b for a, b in spans) for s, e in at)


def _court_shield(text: str, span: tuple[int, int]) -> bool:
    """True when the court limit's words lie inside a shield of ``_COURT_SHIELD`` and nothing turns it round."""
    if _SHIELD_UNDONE.search(text):
        return False
    return any(m.start() <= span[0] and span[1] <= m.end() for m in _COURT_SHIELD.finditer(text))


#: A sentence whose subject is the client, bound or not by the law ("You are not required by law to ...", "Clients are
#: not legally obliged to ...", "Parents are required by law to consent") (lead31).
_CLIENT_BOUND = lazy(r"\s*(?:[-*\u2022]\s*)?(?:you|clients?|patients?|parents?|students?|the\s+(?:client|patient|parent|student)s?|"
                     r"your\s+(?:child|parents?|guardians?))\s+(?:are|is|am|will\s+be|may\s+be|might\s+be)\s+(?:not\s+|never\s+)?"
                     r"(?:\w+\s+)?(?:required|obliged|obligated|mandated|compelled|bound)\b", re.IGNORECASE)


#: A list item that is only the law's duty as a noun ("- Legal requirements", "- For legal reasons", "a legal requirement;"
#: as an item after a semicolon): a limit of its own, stated (labels.yaml: a line or list item that is only the law's
#: requirement). Only an item: a bullet before it, or the semicolon that ends it; "Legal requirements" alone may be a
#: heading over anything (law37, session 21).
_LAW_NOUN_ITEM = lazy(
    r"\s*(?:(?P<bullet>[-*\u2022\u2013\u00b7]|\(?\d{1,2}[.)]|\(?[a-h]\))\s*)?(?:(?:and|or)\s+)?(?:for\s+)?(?:an?\s+|any\s+|other\s+)?"
    r"(?P<w>(?:statutory|legal)\s+(?:reporting\s+)?(?:requirements?|obligations?|dut(?:y|ies)|reasons))\s*(?P<end>[.;]?)\s*$",
    re.IGNORECASE,
)
#: The law's duty as a noun named among the exceptions ("Apart from legal obligations, everything you say stays between
#: us", "Apart from emergencies and legal requirements, ...", "Except for legal obligations, ..."): the catch-all
#: limit, stated (CONVENTIONS.md: "or where the law requires it"). Not the noun with examples after it ("... legal
#: requirements such as ...": a preface, vague) nor as a qualifier ("Subject to legal requirements": no exception word).
_LAW_NOUN_EXCEPTED = lazy(
    r"\b(?:apart\s+from|except\s+for|other\s+than|aside\s+from|save\s+for|barring|with\s+the\s+exceptions?\s+of)\s+"
    r"(?:[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}\s*,?\s+(?:and|or)\s+)?(?:any\s+|our\s+)?"
    r"(?P<w>(?:statutory|legal)\s+(?:requirements?|obligations?|duty|duties))\b(?!\s*(?:,\s*)?(?:such\s+as|for\s+example|e\.?g\.?|including|like)\b)",
    re.IGNORECASE,
)
#: A sharing made to comply with a legal obligation, the obligation named indefinitely ("The counsellor may need to share
#: information to comply with a legal obligation", "We may disclose personal information to comply with a legal
#: obligation"): the law's requirement as the reason of its own, stated (both d7403's label and CONVENTIONS.md). Not
#: "our legal obligations" (the law's duties we meet, gate32: a qualifier, vague) nor a keeping ("We keep notes to comply
#: with a legal obligation": no sharing, no limit).
_LAW_PURPOSE = lazy(
    r"\b(?:share|shared|sharing|disclose|disclosed|disclosing|release|released|releasing|pass(?:ed)?\s+on|report|reported|"
    r"provide|provided|give|given|hand(?:ed)?\s+over|reveal|revealed)\b[^.;:]{0,60}?\b(?:(?:in\s+order\s+)?to|where\s+(?:this\s+|it\s+)?is\s+necessary\s+to)\s+"
    r"(?P<w>(?:comply\s+with|meet|fulfil|fulfill|satisfy|discharge)\s+(?:an?|any)\s+(?:statutory|legal)\s+(?:obligation|requirement|duty))\b",
    re.IGNORECASE,
)
#: The law's demand refused whatever it says ("We never release records, whatever the law says", "No matter what the law
#: says, your records stay with us"): the opposite of required_by_law, with a refusal in the sentence (law37, session 21).
_LAW_WHATEVER = lazy(
    r"\b(?P<w>(?:whatever|no\s+matter\s+what|regardless\s+of\s+what|irrespective\s+of\s+what)\s+(?:the\s+|any\s+)?"
    r"(?:law|laws|legislation|statutes?|regulations?)\s+(?:may\s+|might\s+|could\s+)?(?:says?|requires?|demands?|dictates?))\b",
    re.IGNORECASE,
)
_LAW_REFUSAL = lazy(r"\b(?:never|not|nothing|no\s+one|nobody|none)\b|n['\u2019]t\b|\b(?:stays?|remains?)\s+(?:with\s+us|private|confidential)\b"
                    # (review37, session 21) a keeping said as ours ("Regardless of what the law says, I will keep what you
                    # tell me confidential": it read nothing)
                    r"|\bkeep\w*\b[^.;:]{0,40}?\b(?:confidential|private|secret)\b",
                    re.IGNORECASE)
#: ... and what the refusal is of: a sharing, the client's records or words, or their privacy ("Whatever the law says, we
#: will not turn away a client in need" refuses no sharing: it read required_by_law contradicted, a false alarm; review37)
_LAW_REFUSED_THING = lazy(r"\b(?:shar\w*|disclos\w*|releas\w*|pass\w*\s+on|hand\w*\s+over|reveal\w*|report\w*|tell|told|"
                          r"records?|notes?|files?|information|details|confidential\w*|private|privacy|secret|leave|say|said)\b",
                          re.IGNORECASE)
#: A sharing of ours for legal reasons ("We may share information for legal reasons", "Your information may be passed on
#: for legal reasons"): the law as the reason of its own, stated; "legal and ethical reasons" (law_reasons) stays a
#: qualifier (law37, session 21).
_LAW_REASONS = lazy(
    r"\b(?:share|shared|sharing|disclose|disclosed|disclosing|release|released|releasing|pass(?:ed)?\s+on|provide|provided|"
    r"give|given|hand(?:ed)?\s+over|reveal|revealed|break|broken|breach|breached)\b[^.;:]{0,60}?\bfor\s+(?P<w>(?:legal|statutory)\s+reasons)\b"
    r"(?!\s+(?:and|or)\b)",
    re.IGNORECASE,
)
#: The law named as what sets the limits or exceptions of confidentiality, none of them named ("Under Texas law there
#: are limits to confidentiality", "Provincial law sets some limits to confidentiality", "The law protects your privacy,
#: though there are exceptions", "Confidentiality is protected by law, with some exceptions"): a preface, vague
#: (CONVENTIONS.md: "Confidentiality has limits under state law"). Read only where nothing read the law before.
_LAW_SETS_LIMITS = lazy(
    r"\b(?:(?:some|certain|a\s+few|few|several|legal|statutory|its|these|there\s+are)\s+(?:\w+\s+)?(?:limits|exceptions|limitations)"
    r"|(?:limits|exceptions|limitations)\s+(?:to|on|of)\s+(?:\w+\s+)?(?:confidentiality|privacy))\b",
    re.IGNORECASE,
)
_LAW_NAMED = lazy(r"\b(?:law|laws|legal|legally|legislation|statute|statutory)\b", re.IGNORECASE)
#: ... not the law that protects privacy ("Your privacy is protected by state law, with a few exceptions": d2753's near
#: miss, no label), nor the law's other senses (law_aside: law enforcement, a court of law, a legal guardian)
_LAW_LIMITS_ASIDE = lazy(r"\bprotect|\blaw[\s-]+enforcement\b|\bcourts?\s+of\s+law\b|\blegal\s+(?:guardian|representative|advice|advisers?|aid)",
                         re.IGNORECASE)
_LAW_LIMITS_CONTEXT = lazy(r"\b(?:confidential\w*|privacy)\b", re.IGNORECASE)
_LAW_LIMITS_DENIED = lazy(r"(?<!not\s)\b(?:no|without|never)\s+(?:\w+\s+)?(?:limits?|exceptions?|limitations?)\b", re.IGNORECASE)
_LAW_DENIED_NEAR = lazy(r"\b(?:never|not|nothing|no|even)\b|n['\u2019]t\b", re.IGNORECASE)


def _law_noun_limit(sent: "_Sentence", text: str, force: "str | None", negated: bool) -> None:
    """The law's requirement as a limit of its own said as a noun or a purpose, read vague or not at all before: see
    ``_LAW_NOUN_ITEM``, ``_LAW_NOUN_EXCEPTED``, ``_LAW_PURPOSE``, ``_LAW_WHATEVER`` (law37, session 21)."""
    low = text.lower()
    if "legal" not in low and "statut" not in low and "law" not in low and "legislation" not in low and "regulation" not in low:
        return
    words = sent.words
    stance = "states"
    m = _LAW_WHATEVER.search(text)
    if m is not None and sent.blanket is not None:
        # ("Nothing you say will be shared, whatever the law requires": the promise of total secrecy carries the refusal of
        # every limit, the law's with them; d2752 reads it so)
        return
    if m is not None:
        rest = text[: m.start()] + " " + text[m.end():]
        if _LAW_REFUSAL.search(rest) is None or _LAW_REFUSED_THING.search(rest) is None:
            return
        stance = "opposite"
    else:
        if not negated and not sent.singles and not sent.vague and _LAW_LIMITS_CONTEXT.search(text) is not None:
            got = _LAW_NAMED.search(text) if _LAW_SETS_LIMITS.search(text) is not None else None
            if got is not None and _LAW_LIMITS_DENIED.search(text) is None and _LAW_LIMITS_ASIDE.search(text) is None:
                pieces = _pieces_in(words, *got.span())
                if pieces:
                    sent.singles["required_by_law"] = _statement(text, words, "required_by_law", "vague", force, pieces)
                    return
            # (review37, session 21) nothing of the law setting limits: the item and the exception below are still read
            # ("Apart from statutory requirements, all information is kept confidential" read nothing)
        # (review37, session 21) the item and the exception need no reading of the law before them: "- Statutory
        # obligations", "• Legal duties" and "Aside from statutory duties and emergencies, ..." read nothing (the lexicon
        # reads only "legal requirements" and "legal obligations" bare); the purpose and the reasons still do
        if negated:
            return
        vague_law = any("required_by_law" in ts for ts, _, _ in sent.vague)
        m = _LAW_NOUN_ITEM.match(text)
        if m is not None and not (m.group("bullet") or m.group("end") == ";"):
            m = None
        if m is None:
            m = _LAW_NOUN_EXCEPTED.search(text)
            if m is not None and _LAW_DENIED_NEAR.search(text, 0, m.start()) is not None:
                m = None
            if m is not None and not vague_law and _LAW_REFUSED_THING.search(text, m.end()) is None:
                m = None  # an exception to no keeping or sharing ("Apart from our legal duties as a charity, we have no other obligations to funders")
        if m is None and not vague_law:
            return
        if m is None:
            m = _LAW_PURPOSE.search(text) or _LAW_REASONS.search(text)
            if m is not None and _LAW_DENIED_NEAR.search(text) is not None:
                m = None
        if m is None:
            return
    pieces = _pieces_in(words, *m.span("w"))
    if not pieces:
        return
    sent.singles["required_by_law"] = _statement(text, words, "required_by_law", stance, force if stance == "states" else "must", pieces)
    _drop_vague(sent, "required_by_law")


#: The law's requirement as a noun that could override confidentiality ("a legal obligation to disclose", "legal
#: obligations", "any legal requirement", "the law", "no law", "Irish law") (law38, session 21).
_OVER_LAW = (r"(?:(?:a|an|any|the|our|all|every|no|its|these|such)\s+)?(?:(?:state|federal|provincial|national|local|"
             r"[A-Z][a-z]+|other|possible|potential)\s+)?(?:law|laws|legislation|statutes?|regulations?|"
             r"(?:legal|statutory)\s+(?:requirements?|obligations?|dut(?:y|ies)|demands?|mandates?)|requirements?\s+of\s+(?:the\s+)?law|"
             r"(?:legal|statutory)\s+(?:reporting\s+)?(?:requirements?|obligations?|dut(?:y|ies)))"
             r"(?:\s+to\s+(?:disclose|share|report|release|pass\s+on|break\s+confidentiality|breach\s+confidentiality))?")
#: What the law would override: confidentiality, privacy or our promise or duty to the client in general ("your
#: confidentiality here", "the confidentiality we promise you", "our duty to you"), no named limit of its own.
_OVER_CONF = (r"(?:(?:your|the|our|my|client|clients['\u2019]?|their|this|its|any|a)\s+)*(?:(?:absolute|full|complete|total|strict)\s+)?"
              r"(?:confidentiality|privacy|privilege|promise(?:\s+of\s+(?:confidentiality|privacy|secrecy))?|"
              r"(?:duty|obligation|commitment|loyalty|responsibility|responsibilities|obligations|duties)\s+(?:of\s+confidentiality\s+)?to\s+(?:you|our\s+clients|clients)|"
              r"duty\s+of\s+confidentiality|trust|confidence|secrecy)")
#: Verbs of one thing coming before another ("override", "take priority over", "come before").
_OVER_VERB = (r"(?:overrid(?:e|es|den|ing)|overrul(?:e|es|ed)|outweighs?|outweighed|supersedes?|superseded|trumps?|trumped|"
              r"prevails?\s+over|takes?\s+(?:precedence|priority)\s+over|taken\s+(?:precedence|priority)\s+over|comes?\s+(?:before|ahead\s+of|first\s+over)|"
              r"ranks?\s+above|(?:is|are)\s+(?:more\s+important\s+than|placed\s+above|put\s+before|above)|matters?\s+more\s+than|"
              r"stands?\s+above|(?:is|are)\s+subordinate\s+to)")
_OVER_NEG = r"(?:(?:will|would|can|could|does|do|did|shall|should|may|might|must|is|are)\s+(?:never|not)|never|cannot|can't|won't|doesn't|don't|isn't|aren't|shan't|wouldn't|couldn't)"
#: The law's override refused, its subject the law ("A legal obligation to disclose will never override your
#: confidentiality here", "Legal obligations do not override the confidentiality we promise you", "No law will ever
#: override your confidentiality"), or confidentiality put before the law ("Your confidentiality comes before any legal
#: duty to disclose", "Our duty to you takes priority over any legal requirement"); and the same in the passive ("Your
#: confidentiality will never be overridden by a legal obligation").
_LAW_OVERRIDE_REFUSED = lazy(
    r"\b(?P<law>" + _OVER_LAW + r")\s+(?:\w+\s+)?" + _OVER_NEG + r"\s+(?:ever\s+|be\s+allowed\s+to\s+|be\s+able\s+to\s+)?" + _OVER_VERB
    + r"\s+(?P<conf>" + _OVER_CONF + r")\b"
    r"|\b(?P<nolaw>no\s+(?:\w+\s+)?(?:law|laws|legislation|statute|regulation|(?:legal|statutory)\s+(?:requirement|obligation|duty|demand))"
    r"(?:\s+to\s+(?:disclose|share|report|release))?)\s+(?:(?:will|would|can|could|shall|may|might|should|ever)\s+)*(?:ever\s+)?" + _OVER_VERB
    + r"\s+(?P<conf2>" + _OVER_CONF + r")\b"
    r"|\b(?P<conf3>" + _OVER_CONF + r")\s+(?:(?:here|with\s+us|always|will|would|must|shall|should|does|do|still)\s+)*(?:always\s+)?" + _OVER_VERB
    + r"\s+(?:even\s+|also\s+)?(?P<law3>" + _OVER_LAW + r")\b"
    r"|\b(?P<conf4>" + _OVER_CONF + r")\s+(?:(?:here|with\s+us)\s+)?" + _OVER_NEG + r"\s+(?:ever\s+)?be\s+(?:overridden|overruled|outweighed|superseded|trumped|set\s+aside)\s+by\s+(?P<law4>"
    + _OVER_LAW + r")\b",
    re.IGNORECASE)
#: Nothing at all put before confidentiality, the law named among it ("Nothing, not even the law, overrides your
#: confidentiality", "Your confidentiality comes before everything, even the law", "Nothing comes before your
#: confidentiality, not even a legal requirement"): every limit refused, a blanket promise.
_ALL_OVERRIDE_REFUSED = lazy(
    r"\b(?:nothing|no\s+one\s+and\s+nothing|nothing\s+and\s+no\s+one)\s*,?\s*(?:(?:not\s+even|including|even)\s+" + _OVER_LAW + r"\s*,?\s*)?"
    r"(?:(?:will|would|can|could|shall|may|might|should|ever)\s+)*(?:ever\s+)?" + _OVER_VERB + r"\s+(?P<conf>" + _OVER_CONF + r")\b"
    r"|\b(?P<conf2>" + _OVER_CONF + r")\s+(?:(?:here|with\s+us|always|will|would|must|shall)\s+)*(?:always\s+)?" + _OVER_VERB
    + r"\s+(?:everything|anything|all\s+else|all\s+other\s+(?:considerations|duties|obligations))\b",
    re.IGNORECASE)
#: The law put before confidentiality, affirmed ("The law can override confidentiality", "Legal requirements take priority
#: over confidentiality", "The law comes before confidentiality"): the law as what limits it, no case named, vague as
#: "Legal obligations can sometimes override confidentiality" (d7xxx's label); read where nothing read the law.
_LAW_OVERRIDES = lazy(
    r"\b(?P<law>" + _OVER_LAW + r")\s+(?:(?:can|could|may|might|will|would|must|does|do|should|sometimes|also|always|at\s+times|in\s+some\s+cases)\s+)*"
    + _OVER_VERB + r"\s+(?P<conf>" + _OVER_CONF + r"|(?:it|this|that|them)(?=\s*(?:[.;!]|$)))",
    re.IGNORECASE)
#: An exception or contrast beside the refusal ("..., unless a child is at risk", "but the law can"): not a refusal of all.
_OVERRIDE_BUT = lazy(r"\b(?:unless|except|but|however|though|although|other\s+than|apart\s+from|save\s+for|only\s+if|only\s+when|"
                     r"without\s+(?:your|the\s+client's)\s+(?:\w+\s+)?(?:consent|permission|agreement))\b", re.IGNORECASE)


def _law_override(lex: Any, sent: _Sentence, text: str, force: "str | None") -> None:
    """The law's override of confidentiality refused ("A legal obligation to disclose will never override your
    confidentiality here", "Our duty to you comes before any legal requirement", "No law will ever override your
    confidentiality here"): the opposite of required_by_law; they read stated or vague, a false all clear (law37 left
    them). Where nothing at all may come before confidentiality, the law named among it ("Nothing, not even the law,
    overrides your confidentiality"), every limit is refused: a blanket promise. Affirmed ("The law can override
    confidentiality", "Legal requirements take priority over confidentiality") the law is what limits confidentiality,
    no case named: vague where nothing read it. Not with an exception or contrast beside it ("... unless a child is at
    risk"), nor where what is not overridden is a named duty ("Your wishes do not override our legal duty to report
    child abuse": review28's class, the law's duty the object) (law38, session 21)."""
    low = text.lower()
    if not any(w in low for w in ("overrid", "overrul", "outweigh", "supersede", "trump", "prevail", "precedence", "priority",
                                  "before", "ahead", "above", "more important", "matters more", "subordinate")):
        return
    words = sent.words

    def drop_law() -> None:
        _drop_vague(sent, "required_by_law")

    every = _ALL_OVERRIDE_REFUSED.search(text)
    if every is not None and _OVERRIDE_BUT.search(text) is None and _LAW_NAMED.search(text) is not None:
        pieces = _pieces_in(words, *every.span())
        if pieces and sent.blanket is None:
            sent.blanket = _statement(text, words, lex.blanket_topic, "opposite", None, pieces)
        sent.singles.pop("required_by_law", None)
        drop_law()
        return
    m = _LAW_OVERRIDE_REFUSED.search(text)
    if m is not None and _OVERRIDE_BUT.search(text) is None:
        law_at = m.span("law") if m.group("law") else m.span("nolaw") if m.group("nolaw") else m.span("law3") if m.group("law3") else m.span("law4")
        if any(st.stance == "states" and lex.topics[t][0] == "limit" and t in lex.core and t != "required_by_law"
               and not (st.span[1] <= law_at[0] or st.span[0] >= law_at[1]) for t, st in sent.singles.items()):
            return  # (the law's words hold a named limit: "our legal duty to report child abuse")
        pieces = _pieces_in(words, *m.span())
        if pieces:
            sent.singles["required_by_law"] = _statement(text, words, "required_by_law", "opposite", "must", pieces)
            drop_law()
        return
    if "required_by_law" in sent.singles or any("required_by_law" in ts for ts, _, _ in sent.vague):
        return
    m = _LAW_OVERRIDES.search(text)
    if m is not None and m.group("conf").lower() in ("it", "this", "that", "them") and _LAW_LIMITS_CONTEXT.search(text, 0, m.start()) is None:
        m = None  # ("the law can override it": only with confidentiality or privacy named before it)
    if m is None or _LAW_DENIED_NEAR.search(text) is not None or any(t in lex.core for t in sent.singles):
        return
    pieces = _pieces_in(words, *m.span("law"))
    if pieces:
        sent.singles["required_by_law"] = _statement(text, words, "required_by_law", "vague", force, pieces)


#: The law's requirement or permission as the condition of a sharing of ours in one phrase ("Your personal information may
#: be disclosed if required or authorised by or under an Australian law", "... where an Australian law requires or
#: authorises us to"): read as the same phrase is where the lexicon holds it ("Some information may be released when
#: required or permitted by law", d92: the qualifier of solo_unless, vague). (law37 labelled three of these stated, against
#: d92's and d97's vague and the red team's "except where required or permitted by law" vague: left for the lead.)
_LAW_CHOICE_IF = lazy(
    r"\b(?P<cond>if|where|when|whenever|unless|except\s+(?:where|when|if))\s+(?:(?:the\s+|such\s+|that\s+|this\s+|its\s+)?(?:disclosure|use|release|sharing|it|this|that)\s+is\s+|"
    r"(?:we|i)\s+are\s+|(?:we|i)\s+am\s+|(?:an?\s+|the\s+|any\s+)?(?:[A-Z][a-z]+\s+|state\s+|federal\s+|other\s+)?(?:law|laws|legislation|statute)\s+)?"
    r"(?:otherwise\s+)?(?P<w>(?:required|requires?)\s+or\s+(?:authori[sz]ed|authori[sz]es?|permitted|permits?|allowed|allows?)"
    r"(?:\s+(?:by|under)(?:\s+or\s+under)?\s+(?:an?\s+|the\s+|any\s+)?(?:[A-Z][a-z]+\s+|state\s+|federal\s+)?(?:law|laws|legislation|statute))?)\b",
    re.IGNORECASE)
_LAW_CHOICE_ACT = lazy(r"\b(?:disclos\w*|shar\w*|releas\w*|pass\w*\s+on|provid\w*|giv\w*|reveal\w*|hand\w*\s+over|report\w*|use\s+or\s+disclose)\b",
                       re.IGNORECASE)


def _law_choice_if(lex: Any, sent: _Sentence, text: str, force: "str | None") -> None:
    """The law's requirement or permission as the condition of a sharing of ours (``_LAW_CHOICE_IF``), where no law was
    read (the law's "authorised" had been read as the client's, ``_law_authorises``): required_by_law vague, as the
    lexicon's "when required or permitted by law" reads. Not beside another core limit, nor with a negation unless the
    condition is the exception ("We will not share it unless it is required or authorised by law") (law38, session 21)."""
    m = _LAW_CHOICE_IF.search(text)
    if m is None or _LAW_CHOICE_ACT.search(text, 0, m.start()) is None:
        return
    if "required_by_law" in sent.singles or any("required_by_law" in ts for ts, _, _ in sent.vague):
        return
    if any(t in lex.core and t not in ("required_by_law", "client_authorization") for t in sent.singles) or any(
            any(t in lex.core and t != "required_by_law" for t in ts) for ts, _, _ in sent.vague):
        return
    if sent.regions and not m.group("cond").lower().startswith(("unless", "except")):
        return
    pieces = _pieces_in(sent.words, *m.span("w"))
    if not pieces:
        return
    sent.singles["required_by_law"] = _statement(text, sent.words, "required_by_law", "vague", force, pieces)


#: Words that deny the client's welfare its place before confidentiality ("Not even your safety overrides
#: confidentiality", "Your welfare never overrides confidentiality") (review38, session 21).
_WELFARE_DENIED = frozenset({"not", "never", "n't", "noth"})


def _welfare_first_denied(sent: _Sentence, text: str, stems: list[str], force: "str | None") -> None:
    """tune38b's vague [client_welfare>over_conf] ("Your welfare overrides confidentiality") with a denial just before the
    welfare or between it and the verb ("Not even your safety overrides confidentiality here", "Your welfare never
    overrides confidentiality"): the client's danger refused as a limit, harm_to_self opposite (it read vague) (review38,
    session 21)."""
    for ts, stance, pieces in sent.vague:
        if "harm_to_self" not in ts or stance != "vague" or len(pieces) < 2:
            continue
        (a, b), (c, d) = pieces[0], pieces[-1]
        if _WELFARE_DENIED.isdisjoint(stems[max(0, a - 2):a]) and _WELFARE_DENIED.isdisjoint(stems[b:c]):
            continue
        if {"always", "necessarily", "automatically", "alway", "necessarili", "automat"} & set(stems[b:c]):
            continue  # a partial denial ("Your welfare will not always override confidentiality"): vague stays
        _drop_vague(sent, "harm_to_self")
        sent.singles["harm_to_self"] = _statement(text, sent.words, "harm_to_self", "opposite", force, [(max(0, a - 2), d)])
        return


#: A possible harm to the client that is no danger to them: to something of theirs ("possible harm to the client's
#: career"), or coming of the care itself ("potential harm to the patient from side effects") (review38, session 21).
_CLIENT_HARM_NOT = lazy(
    r"\b(?:possible|potential)\s+(?:serious\s+)?harm\s+to\s+the\s+(?:client|patient|student)(?:['\u2019]s\b(?!\s+(?:own\s+)?(?:life|safety|health|wellbeing|well-being|body|person|physical))|\s+(?:from|of|through|caused\s+by)\s+"
    r"(?:the\s+|any\s+|its\s+|their\s+)?(?:side\s+effects?|treatment|therapy|medications?|the\s+disclosure|disclosure|release|reading|records?|notes?|files?|"
    r"testing|tests?|assessment|exercises?|procedures?)\b)",
    re.IGNORECASE)


#: Someone's safety put before confidentiality ("Your safety comes before confidentiality", "The safety of others takes
#: priority over privacy"): the danger as what limits it, no danger said; group "who" says whose (law38, session 21).
_SAFETY_FIRST = lazy(
    r"\b(?:(?P<who>your|the\s+client['\u2019]s|a\s+client['\u2019]s|clients['\u2019]|students['\u2019]|a\s+student['\u2019]s|the\s+student['\u2019]s|"
    r"others['\u2019]|other\s+people['\u2019]s|someone['\u2019]s|anyone['\u2019]s|everyone['\u2019]s|people['\u2019]s)\s+safety"
    r"|(?:the\s+)?safety(?:\s+of\s+(?P<of>you|others|other\s+people|anyone|someone|everyone|you\s+(?:and|or)\s+others))?)\s+"
    r"(?:(?:always|will|must|does|do|should)\s+)*" + _OVER_VERB + r"\s+(?:your\s+|the\s+|our\s+|any\s+)?(?:confidentiality|privacy)\b",
    re.IGNORECASE)


def _safety_first(lex: Any, sent: _Sentence, text: str, force: "str | None") -> None:
    """Someone's safety put before confidentiality (``_SAFETY_FIRST``): that danger as a limit, vague (CONVENTIONS.md:
    "Someone's safety": both vague), the client's harm_to_self and others' harm_to_others. It read nothing. Only where
    nothing else was read, and not refused ("Your safety never comes before ..." is no such sentence) (law38, session 21)."""
    m = _SAFETY_FIRST.search(text)
    if m is None or _LAW_DENIED_NEAR.search(text) is not None:
        return
    who = (m.group("who") or m.group("of") or "").lower()
    if who in ("your", "you") or who.startswith(("the client", "a client", "clients", "students", "a student", "the student")):
        topics: tuple[str, ...] = ("harm_to_self",)
    elif who.startswith(("other", "others")):
        topics = ("harm_to_others",)
    else:
        topics = ("harm_to_self", "harm_to_others")
    pieces = _pieces_in(sent.words, *m.span())
    if not pieces:
        return
    for topic in topics:
        if topic in lex.topics:
            sent.singles[topic] = _statement(text, sent.words, topic, "vague", force, pieces)


#: A reason said to be too little ("just because you mention suicide", "simply because a parent shouts") (lead31).
_REASON_ONLY = lazy(r"\b(?:simply|just|merely|solely|only)\s+(?:because|since|for|on\s+the\s+(?:basis|grounds))\b", re.IGNORECASE)
#: Words that refuse outright, whatever the reason ("never", "not even", "under no circumstances").
_OUTRIGHT = lazy(r"\b(?:even|under\s+no|in\s+no|no\s+circumstances|absolutely)\b", re.IGNORECASE)
#: "does not (by itself, necessarily, automatically) mean": a thing said not to bring a telling on its own (lead, session 19).
_NOT_MEAN = lazy(r"(?:\b(?:does|do|did|will|would|should)\s*(?:not\b|n['’]t)|\bwon['’]t)\s*,?\s*(?:(?:by|in)\s+itself|"
                 r"on\s+its\s+own|alone|necessarily|automatically|always)?\s*,?\s*mean\b", re.IGNORECASE)
#: Where the clause of "does not mean" starts: after a comma or semicolon and a word that joins a new clause ("..., but
#: this does not mean"); a limit told before it is told, not said to be unmeant (review of session 19).
_NOT_MEAN_CLAUSE = lazy(r"[,;:]\s*(?:but|though|although|yet|however|and|so)\b", re.IGNORECASE)
#: What may follow it and tell the limit after all ("unless you are in danger", "; we only act when", "but if", ": we
#: must report it").
_NOT_MEAN_TURN = lazy(r"\b(?:unless|except|but|however|only|if|when|where|whenever)\b|[;:]", re.IGNORECASE)
#: A keeping said not to be meant ("does not mean we will keep it to ourselves", "doesn't mean it stays private"): the
#: limit told, not a telling denied (review33).
_NOT_MEAN_KEEP = lazy(r"\W*(?:that\s+)?(?:\w+\s+){0,3}?(?:keep|keeps|kept|stay|stays|remain|remains|hold|holds)\b",
                      re.IGNORECASE)
#: Duties of telling and consent, which a refused telling of a limit does not refuse.
_TELLING_TOPICS = frozenset({"before_disclosure", "after_disclosure", "at_intake", "minimum_necessary", "client_authorization"})
#: The telling refused after it, in a clause of its own ("does not mean we will tell anyone, and we never will"):
#: the limit refused (review33: it read stated, a false all clear).
_NOT_MEAN_REFUSED = lazy(r",?\s*(?:and|so)\s+(?:we|i|they|the\s+\w+)\s+(?:never|will\s+not|won['’]t|do\s+not|don['’]t|would\s+not|"
                         r"wouldn['’]t|shall\s+not|cannot|can['’]t)\b"
                         # (a telling, or nothing more: "and we never will", not "and we will not judge you")
                         r"(?=\s*(?:will|do|would|shall|ever)?\s*(?:[.!]|$)|(?:\s+\w+){0,2}?\s+(?:tell|share|report|disclose|contact|call|"
                         r"inform|notify|warn|pass|break|release|reveal)\w*\b)", re.IGNORECASE)


def _reason_denied(sent: _Sentence, text: str) -> None:
    """"We will not call the police just because you mention thoughts of suicide", "We do not consider clients to be
    at risk simply because they talk about feeling sad": the negation denies the reason, not the limit, so the limit is
    not refused (each read contradicted, a false alarm; review30). Nothing is read for it: the sentence does not state
    the limit either. Not with a word that refuses outright ("not even", "under no circumstances") (lead31); "never" is no
    such word before the reason ("We will never call the police just because you mention suicide": lead, session 19)."""
    m = _REASON_ONLY.search(text)
    if m is None or _OUTRIGHT.search(text) or not _CLAUSE_NEG.search(text, 0, m.start()):
        return
    for topic, st in list(sent.singles.items()):
        if st.stance == "opposite":
            del sent.singles[topic]
    sent.vague = [v for v in sent.vague if v[1] != "opposite"]


def _not_meant(sent: _Sentence, text: str) -> None:
    """"Telling us you have thought about suicide does not mean we will tell anyone", "Mentioning self-harm doesn't
    automatically mean we will contact anyone": a mention said not to bring a telling on its own speaks of the limit
    without saying when it applies, so the limit is vague, not stated (each read stated; lead, session 19). Not when the
    sentence goes on to tell it ("unless you are in imminent danger", "but if your life is in danger", a clause after a
    semicolon), nor for a double negation that says what may still be done ("This does not mean you cannot talk about
    thoughts of harming yourself": real13), nor for a refusal read before it."""
    m = _NOT_MEAN.search(text)
    if m is None or _NOT_MEAN_KEEP.match(text, m.end()):
        return
    # (only what its own clause says: "We must report child abuse, but this does not mean we will tell your parents"
    # tells the limit before the clause)
    cut = max((c.start() for c in _NOT_MEAN_CLAUSE.finditer(text, 0, m.start())), default=-1)
    refused = _NOT_MEAN_REFUSED.search(text, m.end())
    if refused is not None and not _NOT_MEAN_TURN.search(text, refused.end()):
        # "Mentioning suicide does not mean that we will tell anyone, and we never will": the telling refused outright
        for topic, st in list(sent.singles.items()):
            if st.stance == "states" and topic not in _TELLING_TOPICS and st.span[1] > cut:
                sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)
        sent.vague = [(ts, "opposite" if stance == "states" else stance, p) for ts, stance, p in sent.vague]
        return
    if _NOT_MEAN_TURN.search(text, m.end()) or _CLAUSE_NEG.search(text, m.end()):
        return
    for topic, st in list(sent.singles.items()):
        if st.stance == "states" and st.span[1] > cut:
            sent.singles[topic] = Statement(topic, "vague", st.force, st.span, st.words)
    sent.vague = [(ts, "vague" if stance == "states" else stance, p) for ts, stance, p in sent.vague]


def _bare_child_risk(lex: Any, sent: _Sentence, found: dict[str, list[tuple[int, int]]], regions: list[Any],
                     avoid: frozenset[int], text: str, words: list[tuple[str, int, int]], force: str | None) -> None:
    """A child only "at risk", with no harm, abuse or agency named ("If I believe that children or other people are at
    risk", "when minors may currently be at risk"), names no abuse: child_abuse vague (labels.yaml; both labellers of
    real21 read it vague). "A child at risk of harm" or "in need of protection" (at_risk_named) stays stated; refused ("even
    if a child is at risk, we keep it private") it stays the opposite (abuse22). So is a bare risk before the child ("Where
    a disclosure may indicate a risk to children", an Irish university's policy: both labellers of real19 read it vague);
    "harm to children" or "danger to children" stays stated."""
    bare_ways = (("child>at_risk",), ("harm>>child",))
    states = [w for w in lex.topics["child_abuse"][1] if w not in bare_ways]
    if _state(lex, "child_abuse", states, (), [found], [regions], avoid, text, words, [force], present=found.keys()) is not None:
        return
    # (any harm named in the sentence keeps it stated: "a risk of harm to a child")
    if any(" ".join(text[words[i][1]:words[j - 1][2]].lower().split()) not in _BARE_RISK for i, j in found.get("harm", ())):
        return
    st = sent.singles["child_abuse"]
    sent.singles["child_abuse"] = Statement("child_abuse", "vague", st.force, st.span, st.words)


#: A risk with no harm named, before the child it is to ("a risk to children"): _bare_child_risk (abuse22).
_BARE_RISK = frozenset({"risk", "risks", "risk to", "risks to", "a risk", "a risk to", "any risk to", "serious risk",
                        "a serious risk", "serious risk to", "significant risk", "significant risk to"})


#: Classes of an act of telling that a refusal under a label or a title turns round ("We refuse to share your
#: records", "We do not warn anyone", "We do not make reports"); "We do not provide custody evaluations" is a service.
_REFUSED_ACTS = ("share_verb", "report_verb", "warn_verb", "notify_verb", "police_verb")
#: Acts of letting records out, of the class disclose_act, that a refusal refuses as it does sharing ("will not hand
#: over any notes"); "provide" is not one ("We do not provide custody evaluations" refuses a service) (fix15).
_HANDED = frozenset({"hand", "releas", "disclos", "reveal", "pass", "giv"})
#: The words of a label whose limit a refusal after it turns round (``_label_refused``), as a class of ``found``.
_LABEL = " label"
#: What stands between a label and the words after it: a colon or a dash, with any bold or italic marks.
_LABEL_GAP = lazy(r"[*_)\]]*\s*(?::|-|\u2013|\u2014)\s*[*_(\[]*\s*")


#: Words that may stand before a court's order refused (fix15): "We disregard any court order", "Subpoenas are ignored".
_ORDER_DET = frozenset({"a", "an", "the", "any", "all", "every", "such", "thes", "thos"})
#: Words that may stand between a court's order and its passive refusal ("are simply ignored").
_ORDER_BE = frozenset({"be", "is", "are", "will", "always", "simply", "just", "usual", "usually", "routin", "routinely", "gener", "generally"})
#: A report made, filed or sent, said in the passive after its noun ("Reports are never made").
_MADE = frozenset({"mad", "made", "make", "fil", "file", "filed", "sent", "send", "submit", "submitted", "don", "done"})
#: Words that may end a clause after a passive refusal ("... ignored here", "... never made by us").
_PASSIVE_END = frozenset({"her", "here", "by", "us", "me", "thi", "this", "practic", "practice", "offic", "office"})
#: Who does the act, after "by" at a passive's end ("never made by our staff").
_BY_AGENT = frozenset({"our", "the", "any", "staff", "therapist", "counsellor", "counselor", "clinician", "member",
                       "team", "counsel", "psychologist", "anyon"})


def _refused_order(found: dict[str, list[tuple[int, int]]], stems: list[str], i: int, j: int, end: int) -> int:
    """Where a cue with no act after it refuses a court's order or a report all the same, the word that is refused,
    else -1 (fix15, issue 13): "We disregard any court order" (a refusing word, then only "any" or "the" before the
    order); "Subpoenas are ignored", "Court orders are disregarded here" (the order as subject, only "are" between it
    and the refusing word, nothing after but "here"); "Child abuse: reports are never made" (a report noun as subject,
    "are never made" and the clause ends). "We never ignore a court order" and "A subpoena cannot be ignored" are a
    refusal refused, skipped before this is asked."""
    rest_ok = all(stems[x] in _PASSIVE_END for x in range(j, end))
    if stems[i] in _REFUSE_CUES:
        for a, _ in found.get("court_strong", ()):
            if a >= j and all(stems[x] in _ORDER_DET for x in range(j, a)):
                return a
            if a < i and rest_ok and all(stems[x] in _ORDER_DET for x in range(0, a)):
                between = range(a + 1, i)
                if any(stems[x] == "be" for x in between) and all(stems[x] in _ORDER_BE or any(p <= x < q for p, q in found.get("court_strong", ())) for x in between):
                    return a
        return -1
    if j < end and stems[j] in _MADE and all(stems[x] in _PASSIVE_END or stems[x] in _BY_AGENT for x in range(j + 1, end)):
        if i >= 2 and stems[i - 1] == "be":
            for a, b in found.get("report_verb", ()):
                # (the report noun and what it is of before "are": "Reports of child abuse are never made by our staff"
                # read child abuse stated, a false all clear (main, session 14))
                if b == i - 1 or (b < i - 1 and i - 1 - b <= 6 and stems[b] == "of"):
                    return a
    return -1


def _whole_refusal(found: dict[str, list[tuple[int, int]]], regions: list[Any], lo: int, n: int, words: list[tuple[str, int, int]]) -> Any:
    """The negated stretch that refuses an act of telling over the whole clause from ``lo`` to the end of the
    sentence (no condition, no contrast, not the telling of the client), or None."""
    for r in regions:
        if r[0] == lo and r[1] >= n and not r[5] and r[6] == _NO_CUT and not r[7] and (any(
            a <= r[4] < b for c in _REFUSED_ACTS for a, b in found.get(c, ())
        ) or (words[r[4]][0] in _HANDED and any(a <= r[4] < b for a, b in found.get("disclose_act", ())))):
            return r
    return None


def _label_refused(text: str, words: list[tuple[str, int, int]], found: dict[str, list[tuple[int, int]]], clause_edge: list[bool],
                   regions: list[Any], n: int) -> list[Any]:
    """A label that only names a limit, then a colon or a dash and a refusal over the rest of the sentence ("Court
    order: We refuse to share your records", a table row; "Danger to others: We do not warn anyone"; "Harm to self -
    not something we report") is what is refused, as a condition before the refusal is ("If a court orders it, we
    refuse to share your records"): the negated stretch takes in the label, so what it names is said the opposite
    way (fix14, named in session 8's closing note). "Court order: we will share only what the order requires" and
    "Danger to others: we do not keep this private" refuse no act of telling and stay stated."""
    edge = next((k for k in range(1, min(n, 9)) if clause_edge[k]), 0)
    if not edge:
        return regions
    gap = text[words[edge - 1][2] : words[edge][1]]
    # (a gap with no colon or dash never matches: the pattern is compiled only for one that may; issue 13)
    if not (":" in gap or "-" in gap or "\u2013" in gap or "\u2014" in gap) or not _LABEL_GAP.fullmatch(gap):
        return regions
    refusal = _whole_refusal(found, regions, edge, n, words)
    if refusal is None:
        return regions
    from policy_lint.meaning._frames import names_only

    if not names_only(text[: words[edge - 1][2]]):
        return regions
    found[_LABEL] = [(0, edge)]
    return [r if r is not refusal else (0, *r[1:]) for r in regions]


def _refusal(parts: list[tuple[int, "_Sentence"]]) -> "list[tuple[int, int]] | None":
    """Where sentences that only refuse to tell anyone refuse it ("We do not make reports.", "We refuse to share your
    records. We believe families heal together."): the character spans of the first refusal's cue and act, each
    sentence that speaks of telling refusing it over its whole main clause and none stating a limit; else None."""
    lex = lexicon()
    got: list[tuple[int, int]] | None = None
    for a, sent in parts:
        if any(st.stance != "vague" and lex.topics[st.topic][0] == "limit" for st in sent.singles.values()):
            return None
        n = len(sent.words)
        refusal = _whole_refusal(sent.found, sent.regions, 0, n, sent.words) if n else None
        if refusal is not None:
            if got is None:
                w = sent.words
                got = [(w[refusal[2]][1] + a, w[refusal[3] - 1][2] + a), (w[refusal[4]][1] + a, w[refusal[4]][2] + a)]
            continue
        if any(sent.found.get(c) for c in _REFUSED_ACTS + _SHARE_CLASSES):
            return None  # a sentence that tells someone, or speaks of telling in other words
    return got


def refusal(text: str) -> "list[tuple[int, int]] | None":
    """Where ``text`` refuses to tell anyone, all it says of telling (see ``_refusal``): a YAML limit's explanation
    "We refuse to share your records." under its title "Court orders" (``_passages.read_all``)."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _refusal([(a, _sentence(text[a:b])) for a, b in _spans(text)])


def _title_refused(text: str, parts: list[tuple[int, "_Sentence"]], ends: dict[int, int], found: dict[str, tuple[int, Statement]], lex: Any) -> None:
    """A first sentence that only names limits ("Child abuse.", a bold title) over sentences that only refuse to tell
    anyone ("We do not make reports.") says the opposite of the limits it names, as a label before a colon does
    (``_label_refused``) (fix14)."""
    a, _ = parts[0]
    end = ends[a]
    named = [t for t, (_, st) in found.items() if st.stance == "states" and st.span[1] <= end and t in lex.blanket_contradicts]
    if not named or any(st.span[0] >= end and st.stance == "states" and lex.topics[t][0] == "limit" for t, (_, st) in found.items()):
        return
    from policy_lint.meaning._frames import names_only

    if not names_only(text[a:end]):
        return
    where = _refusal(parts[1:])
    if where is None:
        return
    for t in named:
        order, st = found[t]
        found[t] = (order, Statement(t, "opposite", st.force, (st.span[0], where[1][1]), (*st.words, *(text[x:y] for x, y in where))))


#: A question about keeping what the client says ("Is what I say confidential?") or about telling it ("Will you tell
#: anyone what I say?"), and a bare answer that leaves no room for an exception ("Yes, always.", "No, never.").
_ASK_KEEP = frozenset({"confidential", "privat", "secret", "confidentiality", "privacy"})
_ASK_TELL = frozenset({"tell", "shar", "disclos", "report", "releas", "pass", "reveal", "repeat", "find", "know"})
#: Words that say all the client says or all of the service ("everything", "what you say", "your sessions").
_KEPT_ALL = frozenset({"everyth", "anyth", "whatev", "what", "all", "session", "inform", "confidentiality", "privacy", "therapi", "counsel"})
_ASK_ANYONE = frozenset({"anyon", "anybody", "anywher", "outsid"})
_ASK_MINE = frozenset({"i", "my", "what", "anyth", "everyth", "me", "session", "inform", "record", "we", "our"})
_ANSWER_ALL = frozenset({"alway", "never", "absolutely", "completely", "totally", "ever", "guarant", "100", "percent",
                         "no", "exception", "matter", "what", "circumst", "circumstance", "under", "without", "all", "time"})
_ANSWER_FIRST = frozenset({"yes", "no", "never", "alway", "absolutely", "completely", "totally", "without", "under"})
_ANSWER_FILL = frozenset({"yes", "no", "it", "be", "will", "do", "does", "not", "they", "we", "i", "everyth", "noth",
                          "confidential", "privat", "stay", "keep", "ever", "anyon", "with"})


def _answered_promise(text: str, parts: list[tuple[int, "_Sentence"]], ends: dict[int, int]) -> list[tuple[int, int, Statement]]:
    """A question about keeping what the client says answered "Yes, always." ("Is what I say confidential? Yes,
    always."), or about telling it answered "No, never." ("Will you tell anyone what I say? No, never."), is a
    promise of total secrecy, as "Everything you say is confidential, always" is (an FAQ's answer; fix14). "Yes." alone
    is the normal promise, and "Yes, with a few exceptions" or "Almost always" no promise. Each as ``(sentence,
    0, promise)``, the promise's span in the passage: the answer's sentence, so an exception elsewhere in the passage
    lifts it as it lifts any."""
    lex = lexicon()
    out: list[tuple[int, int, Statement]] = []
    for s in range(len(parts) - 1):
        a, ask = parts[s]
        b, answer = parts[s + 1]
        if not answer.words or answer.words[0][0] not in _ANSWER_FIRST or len(answer.words) > 8 or answer.blanket is not None or answer.singles:
            continue
        asked = [w[0] for w in ask.words]
        said = [w[0] for w in answer.words]
        if not any(st in _ANSWER_ALL for st in said) or not all(st in _ANSWER_ALL or st in _ANSWER_FILL for st in said):
            continue
        if not _is_question(text[a : ends[a]]):
            # "We keep everything you say confidential. No exceptions.": the absolute, a sentence of its own after a
            # keeping that states nothing, holds it as "..., no matter what" does in one sentence
            if ask.singles or ask.blanket is not None or said[0] == "yes" or not any(st in _ASK_KEEP for st in asked) or any(st in _NOT_KEPT for st in asked):
                continue
            if not any(st in _KEPT_ALL for st in asked):
                continue  # "We keep your notes confidential. No exceptions.": something narrower than all the client says
            k = next(w for w in ask.words if w[0] in _ASK_KEEP)
            pieces = [(k[1] + a, k[2] + a), (answer.words[0][1] + b, answer.words[-1][2] + b)]
            out.append((s + 1, 0, Statement(lex.blanket_topic, "opposite", None, (pieces[0][0], pieces[1][1]), tuple(text[x:y] for x, y in pieces))))
            continue
        if not any(st in _ASK_MINE for st in asked):
            continue
        keep = any(st in _ASK_KEEP for st in asked)
        tell = any(st in _ASK_TELL for st in asked)
        yes = said[0] != "no" and said[0] != "never"
        if not ((yes and keep and not tell) or (not yes and tell and not keep and any(st in _ASK_ANYONE for st in asked))):
            continue  # ("Will you tell my parents? No, never.": a receiver no limit is about)
        q = next(w for w in ask.words if w[0] in (_ASK_KEEP if yes else _ASK_TELL))
        pieces = [(q[1] + a, q[2] + a), (answer.words[0][1] + b, answer.words[-1][2] + b)]
        out.append((s + 1, 0, Statement(lex.blanket_topic, "opposite", None, (pieces[0][0], pieces[1][1]),
                                        tuple(text[x:y] for x, y in pieces))))
    return out


def answered_promise(question: str, answer: str) -> "tuple[tuple[int, int], tuple[str, ...]] | None":
    """Where the first sentence of ``answer``, a paragraph just under the heading ``question`` (an FAQ page's "Is what I
    say confidential?" over "Yes, always."), makes the question's promise of total secrecy (``_answered_promise``):
    its span in ``answer`` and its words; else None (fix14)."""
    if not isinstance(question, str) or not isinstance(answer, str) or not _is_question(question):
        return None
    spans = _spans(answer)
    if not spans:
        return None
    a, b = spans[0]
    gap = len(question) + 1
    text = question + " " + answer[:b]
    got = _answered_promise(text, [(0, _sentence(question)), (gap + a, _sentence(answer[a:b]))], {0: len(question), gap + a: gap + b})
    if not got:
        return None
    return (a, b), (answer[a:b].strip(),)


#: Stems of the law's other verbs of requiring ("the law demands it", "as the law dictates") (para34b).
_LAW_DEMANDS = frozenset({"demand", "dictat"})
#: Stems of the words that name a law ("the law", "a statute", "legislation").
_LAW_NOUNS = frozenset({"law", "statut", "legislation", "regulation"})


def _law_with_court(lex: Any, sent: _Sentence, text: str, stems: list[str], n: int) -> None:
    """"when the law or a court order requires it", "disclosures the courts or the law compel", "when the
    law, an executive order or a court compels it": the law and a court, one list of subjects of one
    requirement, state the court-order limit and the law's requirement alike (the law words are no
    qualifier of the court). Only where the sentence speaks of disclosing or ends with the requirement (a
    list item)."""
    found = sent.found
    courts = found.get("court", []) + found.get("court_strong", [])
    # (the law's other verb, "unless a court orders it or the law demands it" (para34b))
    verbs = {i for i, _ in found.get("law_must", ())} | {k for k, st in enumerate(stems) if st in _LAW_DEMANDS}
    duties = found.get("law_duty", ())
    ands = found.get(_AND, ())
    got: "tuple[int, int] | None" = None
    court_first: "tuple[int, ...] | None" = None
    for p, st in enumerate(stems):
        if st not in _LAW_NOUNS or got is not None:
            continue
        # the law first: "the law[, an executive order] or a court (order) requires"
        for x, y in courts:
            if p < x and y - p <= 7 and y in verbs and any(p < a < x for a, _ in ands):
                got = (p, y + 1)
                break
        duty = next((b for a, b in duties if a <= p < b), None)
        if got is None and (p + 1 in verbs or duty is not None):
            # a court first: "a court or the law requires it", "the courts or state law compel"
            for x, y in courts:
                if y < p and p - y <= 3 and any(y <= a < p for a, _ in ands):
                    got = (x, duty if duty is not None else p + 2)
                    court_first = (x, y) if p + 1 not in verbs else (x, y, p + 1)
                    break
    if got is None:
        return
    if "disclose_act" not in found and (n - got[1] > 1 or (stems[0] not in _ITEM_LEAD and got[0] != 0)):
        # no disclosing, and no list item that is the requirement ("and when the law or a court compels it");
        # an item that starts with its subjects is one ("- A court or law requires it", real3)
        return
    sent.singles["required_by_law"] = _statement(text, sent.words, "required_by_law", "states", sent.force, [got])
    if court_first is not None and "court_order" not in sent.singles:
        # "a court or the law requires it": the requirement's verb is after the law's noun, and the court
        # requires it as much (real3: an easy-read page's "- A court or law requires it")
        pieces = [court_first[:2]] + ([(court_first[2], court_first[2] + 1)] if len(court_first) > 2 else [])
        sent.singles["court_order"] = _statement(text, sent.words, "court_order", "states", sent.force, pieces)
    sent.states_limit = True
    sent.vague = [(tuple(t for t in ts if t != "required_by_law"), st, p) for ts, st, p in sent.vague]
    sent.vague = [v for v in sent.vague if v[0]]


#: Words before "first" that make it count meetings ("our first session", "at the first visit").
_ORDINAL_LEAD = frozenset({"our", "your", "my", "their", "his", "her", "at", "in", "during", "on", "after", "by", "from", "until", "dur"})


#: Words between an act and its object ("go over these exceptions", "explain the exceptions to you").
_OBJECT_LEAD = frozenset({"thes", "our", "my", "all", "any", "such", "over", "through", "about", "out", "thos"})


def _object_of_act(stems: list[str], i: int, actions: frozenset[str]) -> bool:
    """True when the word at ``i`` is the object of an act just before it ("go over these exceptions")."""
    k = i - 1
    while k >= 0 and stems[k] in _OBJECT_LEAD:
        k -= 1
    return k >= 0 and stems[k] in actions


#: Words that open a condition at the start of a sentence ("If ...", "However, where ...").
_CONDITION_OPENERS = frozenset({"if", "when", "whenever", "should", "wher"})
#: Words before such a condition that keep it an exception to what came before ("However, if ...", "But if ...").
_TURN_WORDS = frozenset({"however", "but", "nevertheless", "yet"})


def _condition_after_denial(nxt: Any) -> bool:
    """Whether the sentence ``nxt`` opens with a condition ("If ...", "However, if ..."), which makes it an exception
    to a denial in the sentence before, not that denial turned on its limit; "Even if ..." is the denial's own."""
    first = [w.lower() for w, _, _ in nxt.words[:2]]
    if not first:
        return False
    if first[0] in _TURN_WORDS and len(first) > 1:
        return first[1] in _CONDITION_OPENERS
    return first[0] in _CONDITION_OPENERS


def _client_tells(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """The client's own telling ("what you tell us", "if you let me know") is no telling of ours: its verb is no
    ``notify_verb`` ("We will not share what you tell us before ..." does not turn round telling the client first)."""
    theirs = [(a, b) for a, b in found["client_speaks"] if a > 0 and stems[a - 1] in _CLIENT_SPEAKERS]
    if not theirs:
        return
    kept = [h for h in found["notify_verb"] if not any(a <= h[0] < b for a, b in theirs)]
    _set_places(found, "notify_verb", kept)


#: The cue kind of an exception to a denial ("unless", "without").
_EXCEPTION = frozenset({"exception"})


def _consent_time(found: dict[str, list[tuple[int, int]]], cue_hits: Any) -> Any:
    """A time that is the client's say-so ("before we get your permission", "until you give us written consent",
    ``consent_unless``): an exception of consent, as "without your consent" is, and no telling first. Its
    "before" is no ``before_cue`` ("We will not share it before we get your permission" does not turn round
    telling the client first); the cue list gets an exception where it starts. Returns the cue list."""
    timed = [(i, j) for i, j in found["consent_unless"] if any(a == i for a, _ in found["consent_time"])]
    if not timed:
        return cue_hits
    kept = [h for h in found.get("before_cue", ()) if not any(a <= h[0] < b for a, b in timed)]
    _set_places(found, "before_cue", kept)
    return [*cue_hits, *((_EXCEPTION, i, i + 1) for i, _ in timed)]


def _carried_force(text: str, parts: list[tuple[int, _Sentence]], ends: dict[int, int], s: int) -> str | None:
    """The force of the next sentence when it only goes on from this one ("...; if so, we must report it", "In that
    case we must tell someone"): it names no topic of its own and starts with words that point back. Else None."""
    a, _ = parts[s]
    b, nxt = parts[s + 1]
    if nxt.singles or nxt.force is None or _PARAGRAPH.search(text, ends[a], b):
        return None
    stems = [w[0] for w in nxt.words[:4]]
    return nxt.force if any(stems[: len(lead)] == list(lead) for lead in _BACK_LEADS) else None


#: Stems that open a sentence going on from the one before ("if so", "in that case", "when this happens").
_BACK_LEADS = (("if", "so"), ("in", "that", "cas"), ("in", "such", "cas"), ("in", "thes", "cas"),
               ("if", "that", "happen"), ("if", "this", "happen"), ("when", "that", "happen"), ("when", "this", "happen"),
               ("if", "that", "be"), ("should", "that", "happen"), ("should", "this", "happen"))


#: The limits a sentence that only keeps, collects or asks for something states nothing of (gate28): the core limits and
#: the minimum; a promise or a limit said the opposite way is left as read.
_HELD_TOPICS = frozenset({"harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse",
                          "court_order", "required_by_law", "minimum_necessary"})


@lru_cache(maxsize=1)
def _held_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    stem = lexicon().stem
    told_by = frozenset(stem(w) for w in ("who", "you", "they", "client", "clients", "he", "she", "parents", "students"))
    before_noun = frozenset(stem(w) for w in ("a", "an", "the", "any", "your", "our", "their", "phone", "emergency", "first",
                                               "initial", "previous", "school", "medical", "written", "annual", "progress"))
    after_noun = frozenset(stem(w) for w in ("of", "from", "form", "forms", "number", "numbers", "person", "list"))
    names = frozenset(stem(w) for w in ("act", "notice", "policy", "policies", "practices", "principles", "law", "laws",
                                         "legislation", "officer", "statement", "regulations"))
    return told_by, before_noun, after_noun, names


@lru_cache(maxsize=1)
def _contact_nouns() -> frozenset[str]:
    stem = lexicon().stem
    return frozenset(stem(w) for w in ("details", "information", "info", "name", "names", "number", "numbers"))


def _held_only(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when the sentence only keeps, collects, stores or asks for something, posts a notice, deals with people by
    name, tells of an admin act, of papers the client brings or of a scope (``held_frame``) and names no sharing of ours
    (``held_out``): "Files of minors are kept for two years", "Every practice is required by law to post a notice of
    privacy practices", "Parents must give us a copy of any court orders", "Information gathered at this stage is limited
    to what we need to book your appointment" (diag25 A1, A3: 11 cells of real25 read a limit no labeller saw). A word of
    sharing told by the client ("clients who report abuse", "what you tell us"), a noun ("reports of previous
    assessments", "an emergency contact") and a law's or a paper's name ("the Privacy Act", "our privacy notice") are
    no sharing of ours. Nor is it held where an exception ("unless", "except") follows what is kept."""
    if "held_frame" not in found and "collect_only" not in found:  # (collect_only, a mask, hides "collect" inside it)
        return False
    last = max(i for c in ("held_frame", "collect_only") for i, _ in found.get(c, ()))
    if any(st in ("unless", "except") for st in stems[last:]) and not _kept_by_order(stems, last):
        # ("Notes are stored securely and only seen by your counsellor, unless there is a risk to your safety": what is
        # kept is kept with an exception, a limit; "You may stay anonymous, unless ... required by law to deal with
        # identified individuals" keeps its frame after the exception)
        return False
    told_by, before_noun, after_noun, names = _held_words()
    contact_nouns = _contact_nouns()
    n = len(stems)
    for i, j in found.get("held_out", ()):
        if i and stems[i - 1] in told_by:
            continue
        if j - i == 1 and ((i and stems[i - 1] in before_noun) or (j < n and stems[j] in after_noun)) and stems[i] not in ("privacy", "confidential", "confidentiality"):
            continue
        if j - i == 1 and stems[i].startswith("disclos") and j < n and stems[j] in ("in", "dur", "during"):
            continue  # ("abuse disclosed in sessions": the client's telling)
        if j - i == 1 and stems[i] in ("send", "giv") and j < n and stems[j] in ("us", "me"):
            continue  # ("please send us a copy of the court order": the client's sending)
        if stems[i] == "contact" and j < n and stems[j] in contact_nouns:
            continue  # ("preferred contact number", "contact details")
        if stems[i] in ("order", "orders") and _act_ends(stems, j):
            continue  # ("a court may order us to destroy your records": the order keeps or ends, no sharing) (review28)
        if stems[i] == "privacy" and j < n and stems[j] in names:
            continue
        return False
    return True


#: Acts of keeping or ending a record (stems), as what a court or the law is said to order (review28).
_KEEPING_ACTS = frozenset({"destroy", "delet", "keep", "retain", "stor", "shr", "eras", "dispos"})


def _kept_by_order(stems: list[str], last: int) -> bool:
    """(review28) The exception after what is kept is itself an order to keep or end the record, no sharing ("We keep
    your records on file, except where a court orders us to destroy them", "..., unless the law requires us to delete
    them sooner"): the sentence still only keeps (it read court_order or required_by_law stated, a false all clear).
    Only when every "to" after the exception leads to such an act and one does."""
    at = next(k for k in range(last, len(stems)) if stems[k] in ("unless", "except"))
    tos = [k for k in range(at, len(stems) - 1) if stems[k] == "to"]
    return bool(tos) and all(stems[k + 1] in _KEEPING_ACTS for k in tos) and _act_ends(stems, tos[-1])


def _act_ends(stems: list[str], k: int) -> bool:
    """(review28) "to" at ``k`` leads to an act of keeping or ending the record, and nothing follows it but its object
    and time ("destroy them", "delete them sooner"): no other case joined on ("..., unless a court orders us to destroy
    them, or you are at risk of harming yourself" keeps its limit)."""
    if k + 1 >= len(stems) or stems[k] != "to" or stems[k + 1] not in _KEEPING_ACTS:
        return False
    tail = stems[k + 2:]
    return len(tail) <= 4 and not _JOINED_CASE & set(tail)


#: Words that join another case after the order to keep or end a record (review28).
_JOINED_CASE = frozenset({"or", "and", "if", "when", "unless", "except", "but", "also", "wher"})


def _limits_beyond_form(sent: _Sentence) -> bool:
    """True when the sentence names the limits (``limits_obj``) in words other than a form pointed at ("this document",
    "this form", "our policy"): beside a sentence that says what the form holds, and that is the scope of the service
    or its fees ("This consent form outlines the scope and expectations of the services. By signing this document, you
    ..."), the form is no telling of the limits (gate30, r27_17)."""
    stems = [w for w, _, _ in sent.words]
    return any(
        not (j - i == 2 and stems[i] in ("this", "our") and not stems[i + 1].startswith(("privac", "limit", "exception", "confidential")))
        for i, j in sent.found.get("limits_obj", ())
    )


def _limits_named(found: dict[str, list[tuple[int, int]]]) -> bool:
    """True when the sentence names the limits (``limits_obj``) outside a purpose of keeping them ("To protect your
    confidentiality, a counselling agreement ... will be signed at the first session": why the agreement is signed, no
    limits told, gate30)."""
    purposes = found.get("conf_purpose", ())
    return any(not any(a <= i and j <= b for a, b in purposes) for i, j in found.get("limits_obj", ()))


def _sharing_named(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when the sentence names a sharing of ours beside what else a first session is for ("At our first session I
    will talk you through how I work, including when I might have to share information"): the limits are told (tell26).
    "tell" and "inform" are the telling itself, no sharing."""
    return any(not {"tell", "inform"} & set(stems[i:j]) and stems[i - 1:i] not in _CLIENT_SHARES
               for i, j in found.get("share_word", ()))


#: The client as the one who shares, just before the word ("a client who reports being at risk will not be offered
#: online sessions", "the information you share"): no sharing of ours (intake28).
_CLIENT_SHARES = (["who"], ["you"], ["client"], ["patient"], ["student"])


def _only_offered(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when every act of telling at intake is an offer or a giving of something that is no telling ("We offer a
    free 15-minute initial consultation", "New clients are offered an initial assessment", "We provide a free first
    session"): no word of information, a document or a copy in the sentence (``_TOLD_THINGS``: "You will receive a copy
    of our policies at your first session" still tells)."""
    acts = found.get("inform_verb", ())
    return bool(acts) and all(any(st in _OFFERING for st in stems[i:j]) for i, j in acts) and not any(st in _TOLD_THINGS for st in stems)


#: Verbs of offering or giving among the words of telling (stems).
_OFFERING = frozenset({"offer", "provid", "giv", "receiv", "get", "hand"})
#: What is given that tells something (stems): information, a document, a copy.
_TOLD_THINGS = frozenset({"inform", "information", "detail", "copy", "notic", "form", "leaflet", "document", "packet", "paperwork",
                          "handout", "booklet", "sheet", "agreement", "contract", "policy", "explanation", "overview", "summary",
                          "guid", "letter"})


#: What a telling at the start names when it bears on the limits, with no word of the limits themselves (stems): a right,
#: a rule or a privacy word, or a document of the practice's terms given or gone over ("our policies", "the consent
#: form"). Not a bare "information", "form", "copy" or "leaflet" ("a welcome pack with information about parking"), nor a
#: pronoun anywhere (intake28: a word pointing back counts only as the thing told, ``_POINTED_BACK``).
_LIMITS_TOLD = frozenset({"abov", "below", "right", "procedur", "rule",
                          "confidential", "privat", "privacy", "exception", "limit", "limitation", "restriction",
                          "boundary", "secret", "secrecy",
                          "notic", "agreement", "contract", "policy", "consent",
                          "term", "condition"})

#: Words pointing back at what is told ("we will go through these at your first session", "I discuss it with each
#: client"): the limits told only as the thing told, next to the telling (intake28: "you could explain to them that a
#: counsellor helps with feelings", "... and that this is accurate" point at no limits).
_POINTED_BACK = frozenset({"this", "thes", "them", "thos", "they", "it"})


def _told_thing(acts: "list[tuple[int, int]] | tuple[()]", k: int, stems: list[str]) -> bool:
    """True when the word at ``k`` is what a telling tells: just after the telling ("go over these", "talk you through
    this", "explain it to you") or just before it, as the subject of the passive ("These will be explained", "they are
    covered")."""
    for i, j in acts:
        if k == j or (j < k <= j + 2 and stems[k - 1] not in _TO_WHOM):
            return True  # ("explain to them that ..." names to whom, not what)
        if 0 < i - k <= 3 and not _BE_WORDS.isdisjoint(stems[k + 1:i]):
            return True
    return False


#: A document given (stems): what is given tells something only if it is one.
_DOCUMENTS = _TOLD_THINGS - {"inform", "information", "detail"}

#: The client's information, as what a telling at the start bears on (stems), after a word of ``_WHOSE_DATA``.
_CLIENT_DATA = frozenset({"information", "data", "record", "detail"})
_WHOSE_DATA = frozenset({"your", "personal", "their", "client", "private"})

#: Words before a pronoun that make it the one told, not the thing told (stems).
_TO_WHOM = frozenset({"to", "with"})
#: The passive's "be" (stems).
_BE_WORDS = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "gets", "got"})


def _intake_pair_quiet(sent: _Sentence, nxt: _Sentence, text_a: str, text_b: str) -> bool:
    """True when a telling at the start over two sentences tells nothing of the limits, as in one (``_limits_told``),
    or is the client's own act (``_client_acts``): "It is the parents' duty to give us a copy of any custody papers.
    These need to be brought with you or sent before the first appointment." (intake28: real25, both labellers no
    at_intake)."""
    pairs = ((sent.found, [w for w, _, _ in sent.words], text_a), (nxt.found, [w for w, _, _ in nxt.words], text_b))
    timed = [(f, st) for f, st, _ in pairs if "intake_time" in f]
    if timed and all(_no_start(f, st) for f, st in timed):
        return True  # ("after an initial intake assessment you will be given a password. This system protects your privacy.")
    tellings = [(f, st) for f, st, _ in pairs if "inform_verb" in f]
    if tellings and all(_client_acts(f, st) for f, st in tellings) and any("intake_time" in f and "inform_verb" not in f for f, _, _ in pairs):
        # every telling the client's own, the time of the start alone in the other sentence, whatever it points back at
        # ("The information which you provide before and during sessions is kept in one file. This information will
        # usually include your intake form completed at the start of services.") (tune39, session 21: both labellers
        # of tune26b no at_intake)
        return True
    if "limits_obj" in sent.found or "limits_obj" in nxt.found:
        return False
    if tellings and all(_client_acts(f, st) for f, st in tellings):
        return True  # (a telling of ours beside the client's own still counts: "Please review the consent form before
        # the first meeting. Your counsellor will review this with you, answering questions about your confidentiality")
    return not any(_limits_told(f, st, t) for f, st, t in pairs)


def _no_start(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when every time of the start named is a time after it or a span from it ("after an initial intake assessment
    you will be given a password", "Following your first session, we will email you a summary", "From our first
    contact to long after our final session, I treat your information with care"): no telling at the start
    (intake28: both labellers of real24 and real25 no at_intake). "From the first session I will be open with you
    about ..." (no end named) is still the start. The time stays for the other duties ("After your first session, we
    will let you know if we need to share anything" is no telling after a disclosure)."""
    if "intake_time" not in found or not ("after" in stems or "follow" in stems or "from" in stems):
        return False
    for i, j in found["intake_time"]:
        lead = stems[max(0, i - 4):i]
        if "after" in lead or "follow" in lead:
            continue
        if "from" in lead and any(st in _SPAN_ENDS or (st == "to" and stems[k + 1:k + 2] and stems[k + 1] in _SPAN_TO)
                                  for k, st in enumerate(stems[j:j + 6], j)):
            continue
        return False
    return True


#: What ends a span of time ("from our first contact to our last session").
_SPAN_ENDS = frozenset({"until", "till", "throughout"})
#: What follows "to" when it ends a span of time ("to long after our final session", "to your last"), not a verb
#: ("from the first session about when they might need to share").
_SPAN_TO = frozenset({"long", "well", "the", "our", "your", "its", "last", "final", "end", "after", "beyond", "discharg"})


def _client_act_marked(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """``_client_acts``, marked in ``found`` (as ``intake_client_act``) for the sentence after it to take up."""
    if _client_acts(found, stems):
        found["intake_client_act"] = [(0, 0)]
        return True
    return False


def _ours_after_client_act(sent: _Sentence, text: str) -> Statement | None:
    """After the client is asked to go over a form at the start ("Please review the consent form before the first
    meeting."), our own telling of the limits in the next sentence, pointing back ("Your counsellor will review this
    with you, answering any questions about your confidentiality rights."): at intake, as over one sentence (intake28:
    real19, both labellers stated)."""
    found = sent.found
    acts = found.get("inform_verb")
    if not acts or "at_intake" in sent.singles:
        return None
    stems = [w for w, _, _ in sent.words]
    if not _NO_WORDS.isdisjoint(stems):
        return None  # "Your counsellor will not go over it with you": no telling (nor one refused over two sentences)
    if _client_acts(found, stems) or not (
        "limits_obj" in found or any(st in _LIMITS_TOLD for st in stems)
    ) or not any(st in _POINTED_BACK and _told_thing(acts, k, stems) for k, st in enumerate(stems)):
        return None
    i, j = acts[0]
    words = sent.words
    return Statement("at_intake", "states", None, (words[i][1], words[j - 1][2]), (text[words[i][1]:words[j - 1][2]],))


#: The client's own consent given, in the client's voice ("I hereby give my informed consent") (stems).
_MY_CONSENT = frozenset({"consent", "inform", "permission", "agreement", "signatur", "signature", "written"})

#: The client's own professional, in the client's voice ("with my mental health provider") (stems).
_MY_PRO = frozenset({"therapist", "counsellor", "counselor", "provider", "clinician", "psychologist",
                     "practitioner", "doctor"})

#: Words that turn a telling round (stems).
_NO_WORDS = frozenset({"not", "never", "no", "nor", "n't"})


def _client_acts(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when every act of telling at the start is the client's own, with no word of the limits (``limits_obj``):
    the client asked to go over a form ("we ask you to review an informed consent form before beginning therapy"),
    or giving us something ("Please send us any referral letters before your first appointment", "These need to be
    brought with you or provided before your child's first appointment") (intake28: both labellers of real24 and
    real25 no at_intake)."""
    acts = found.get("inform_verb", ())
    if not acts or "limits_obj" in found:
        return False
    # the client brings it, or gives their own consent ("I hereby give my informed consent")
    brought = "bring" in stems or "brought" in stems or any(
        st == "my" and stems[k + 1:k + 2] and stems[k + 1] in _MY_CONSENT for k, st in enumerate(stems))
    document = any(st in _DOCUMENTS for st in stems)
    own = False
    for i, j in acts:
        # the client as the one who gives ("the details which you provide before and during sessions", "the consent you
        # give by signing"), or the client's own consent as what is given ("Your consent, given by signing a contract at
        # the start of therapy, is our legal basis for storing your information") (tune39, session 21: both labellers
        # of tune26b no at_intake); not "you will be given", nor "we give you"
        if any(st in _OFFERING for st in stems[i:j]) and (
            stems[i - 1:i] in (["you"], ["client"], ["clients"])
            or any(st == "your" and stems[k + 1:k + 2] and stems[k + 1] in _MY_CONSENT for k, st in enumerate(stems[max(0, i - 4):i], max(0, i - 4)))
        ):
            own = True
            continue
        if not document and any(st in _OFFERING for st in stems[i:j]) and not (stems[j:j + 1] in (["us"], ["me"]) or brought):
            continue  # an offer beside it, of no document ("the care offered to you")
        asked = stems[i - 1:i] == ["pleas"] or stems[i - 1:i] == ["please"] or (
            stems[i - 1:i] == ["to"] and not {"ask", "asked", "request", "requested"}.isdisjoint(stems[max(0, i - 4):i]))
        gives = any(st in _OFFERING for st in stems[i:j]) and (stems[j:j + 1] in (["us"], ["me"]) or brought)
        # the client's own agreement ("You agree that the care offered is based on what you tell us")
        agrees = stems[i - 1:i] in (["you"], ["i"]) and any(st.startswith(("agre", "acknowledg")) for st in stems[i:j])
        # the client's voice in a signed form ("I have discussed the consent form with my provider")
        mine = "i" in stems[max(0, i - 3):i] and "you" not in stems[j:j + 6] and any(
            st == "my" and not _MY_PRO.isdisjoint(stems[k + 1:k + 4]) for k, st in enumerate(stems[j:j + 6], j))
        if not (asked or gives or agrees or mine):
            return False
        own = True
    return own


def _limits_told(found: dict[str, list[tuple[int, int]]], stems: list[str], text: str) -> bool:
    """True when a telling at the start may be a telling of the limits: the sentence names a sharing of ours, or a
    word of ``_LIMITS_TOLD``. "At the first session we will agree how often to meet", "At intake we will explain our
    opening hours", "In the first session your therapist will tell you about their training": told at the start, but
    nothing of the limits (fam27c: what else a first session is for is an open list; what bears on the limits is not)."""
    if _sharing_named(found, stems) or any(st in _LIMITS_TOLD for st in stems):
        return True
    acts = found.get("inform_verb", ())
    if any(st in _POINTED_BACK and _told_thing(acts, k, stems) for k, st in enumerate(stems)):
        return True  # "I will go over these in our first call", "These are explained at your first session"
    if (any(not any(st in _OFFERING for st in stems[i:j]) for i, j in acts) or any(st in _DOCUMENTS for st in stems)) and any(
        st in _CLIENT_DATA and ((k and stems[k - 1] in _WHOSE_DATA) or stems[k + 1:k + 2] in (["you"], ["about"]))
        for k, st in enumerate(stems)
    ):
        # the client's own information, told of: "a leaflet about how we keep your information", "they will explain
        # what happens to the information you share with us"; not "information about parking", nor an offer "based
        # on the information you supply in the initial assessment" (intake28)
        return True
    if "decide_verb" in found and "share_word" in found:
        return True  # "the three of us agree on what I will and will not tell your parents": the telling is a sharing
    first = text.lstrip("-*• ").split(" ", 1)[0]
    if any(i == 0 for i, _ in acts) and first[:1].isupper() and first.lower().endswith("ed"):
        return True  # a title with no object: "Explained at Your First Appointment · Only What Is Necessary"
    if any(0 < i <= k + 4 and st == "which" for i, _ in acts for k, st in enumerate(stems) if k < i):
        return True  # "a few specific situations, which we'll go over in our first session": what is told, named before
    # "that" as the thing told, pointing back ("I discuss that with each client in our first therapy session"), never
    # a clause after it ("we will explain that sessions last 50 minutes")
    return any(st == "that" and (k + 1 == len(stems) or stems[k + 1] in _AFTER_THAT) for k, st in enumerate(stems))


#: What follows "that" when it is the thing told, not a clause (stems).
_AFTER_THAT = frozenset({"with", "at", "in", "dur", "dure", "when", "befor", "to", "on", "from", "through", "again", "further", "more"})


#: What a minimum limits (stems): what is shared or told, or how much ("only what is needed", "only the details").
_MIN_THINGS = frozenset({"what", "whatever", "information", "info", "detail", "fact", "data", "record", "amount", "much",
                         "littl", "minimum", "least", "content", "it", "this", "that", "thos", "thes", "them", "note",
                         "report", "part", "portion", "enough", "file", "summary", "diagnosis", "date", "name", "know"})


def _min_of_something_shared(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when a minimum names what is shared or how much, or an act of sharing: not "Only clients who need support
    will be offered sessions" (fam27c)."""
    if "only_word" not in found or "content_withheld" in found:
        return True  # only "only" and a need is read here ("receives my conclusion, not your history" is a minimum)
    return "share_word" in found or "info_item" in found or "min_cue" in found or any(st in _MIN_THINGS for st in stems)


def _only_signed(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when every act of telling at intake is signing ("sign a consent form", "asked to sign the forms")."""
    acts = found.get("inform_verb", ())
    return bool(acts) and all("sign" in stems[i:j] for i, j in acts)


def _only_signed_form(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """True when the client only signs ("you sign our privacy form at your first visit"), no telling or
    reading named, no sharing of ours named ("a confidentiality agreement that sets out when we may share information"
    tells), and every word of the limits is the name of the form signed ("confidentiality agreement", "privacy form"):
    signing a form at intake tells nothing of the limits (core12) (tune41a, session 22)."""
    acts = found.get("client_reads", ())
    if not acts or "inform_verb" in found or not all(stems[i:j] == ["sign"] for i, j in acts) or any(
            c in found for c in ("share_word", "share_verb", "disclose", "disclose_act")):
        return False
    objs = found.get("limits_obj", ())
    return bool(objs) and all(j - i == 1 and stems[i].startswith(("confidential", "privac")) and j < len(stems)
                              and stems[j] in _FORM_NAMES for i, j in objs)


#: Nouns of a form or a document named by its subject ("confidentiality agreement", "privacy form"), as stems.
_FORM_NAMES = frozenset({"agreement", "form", "contract", "statement", "pledg", "waiver"})


def _court_listed_receiver(sent: _Sentence, stems: list[str], clause_edge: list[bool]) -> None:
    """A court that is one of a list of receivers, the list ending in a tail of the minimum ("We share only with your
    doctor, the insurer or the court, and only the information needed"): the sentence says to whom and how much
    goes out, no court that orders it; the court-order limit is not read (the minimum is)."""
    found = sent.found
    if sent.singles["court_order"].stance != "states" or any(st in _COURT_DEMANDS for st in stems):
        return  # "when a subpoena or a court requires it, and only what is needed": the court demands it
    tails = [i for i, _ in found["min_cue"]]
    for a, b in found["court"]:
        # one of a list: "and" or "or" just before the court ("the insurer or the court")
        listed = any(stems[k] in _AND_OR for k in range(max(0, a - 2), a))
        # the tail right after it: ", and only ...", ", but only ..."
        tail = any(t > b and clause_edge[b] and all(st in _TAIL_LEAD for st in stems[b:t]) for t in tails)
        if not (listed and tail):
            return
    del sent.singles["court_order"]


#: Words that may lead the minimum's tail after a list of receivers ("..., and only the information needed").
_TAIL_LEAD = frozenset({"and", "but", "then", "even"})

#: Stems of a demand of a court ("orders", "requires", "a subpoena"): a court that demands is the limit.
_COURT_DEMANDS = frozenset({"order", "requir", "compel", "compell", "demand", "subpoena", "summon", "warrant", "ask", "request"})


def _client_in_danger(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """The client alone in danger ("If you are in danger, that person may be contacted", "the client is at risk"):
    the harm words of that danger are the client's, so they name no harm to another, whoever is told after them
    (the person named is the client's contact). Drops ``harm`` and ``danger_word`` inside such a danger; the danger
    itself (``danger_state``) stays for the client's own limit. "You or someone else" is no client alone."""
    subjects = {b: a for a, b in found["you_subj"] if not any(st in _OR_WORDS or st in _NOT_CLIENT_ALONE for st in stems[a:b])}
    mine = [(a, b) for a, b in found["danger_state"] if a in subjects]
    if not mine:
        return
    for name in ("harm", "danger_word"):
        got = found.get(name)
        if got:
            kept = [(i, j) for i, j in got if not any(a <= i and j <= b for a, b in mine)]
            _set_places(found, name, kept)


#: Words in a subject that name someone besides the client ("you or others are").
_NOT_CLIENT_ALONE = frozenset({"other", "others", "someon", "anyon", "anoth", "another", "els"})


def _tells_you(stems: list[str], j: int) -> bool:
    """True when the client comes just after a telling that ends at ``j`` ("... with you", "... it over with you")."""
    for st in stems[j : j + 4]:
        if st == "you":
            return True
        if st not in _TO_YOU_FILL:
            return False
    return False


#: Words between a telling and the client ("discussed it with you", "gone over this with you").
_TO_YOU_FILL = frozenset({"it", "thi", "this", "that", "with", "over", "first", "about", "to", "through", "them"})


def _told_first(found: dict[str, list[tuple[int, int]]], cue_hits: Any, stems: list[str]) -> Any:
    """A sharing refused until a time: our telling the client ("We will not share it before we have talked with
    you", ``told_first``) or the client's readiness ("before you are ready", ``client_ready``). Neither turns
    telling first round: the time is an exception where it starts, as a consent time is. Telling first is
    stated by its own words (its "before" is kept); the client's readiness is no telling of ours (its "before"
    is dropped). Returns the cue list."""
    ready = found.get("client_ready", [])
    if "told_first" in found:
        # the client told: "you" just after the telling ("talked with you", "discussed it with you")
        found["told_first"] = [(i, j) for i, j in found["told_first"] if _tells_you(stems, j)]
        if not found["told_first"]:
            del found["told_first"]
    if ready and "before_cue" in found:
        kept = [h for h in found["before_cue"] if not any(a <= h[0] < b for a, b in ready)]
        _set_places(found, "before_cue", kept)
    told = found.get("told_first", [])
    if told:  # "until I have discussed it with you": the time is a telling first, whatever its first word
        found["before_cue"] = [*found.get("before_cue", ()), *((i, i + 1) for i, _ in told)]
    return [*cue_hits, *((_EXCEPTION, i, i + 1) for i, _ in [*told, *ready])]


def _list_not_possessive(found: dict[str, list[tuple[int, int]]], text: str, words: list[tuple[str, int, int]], stems: list[str]) -> None:
    """"check with students, parents or carers before passing on information": a list of the client and the parents,
    no "student's parents" (the stems join "students, parents" into one): a comma inside the phrase, with "or" or "and"
    just after it, drops it, so the client told first is not taken for the parents told (tell23: an Australian school).
    A comma with no list ("For junior students, parents need to consent") keeps it."""
    kept = [(i, j) for i, j in found["client_parents"]
            if "," not in text[words[i][1] : words[j - 1][2]] or not {"or", "and"} & set(stems[j : j + 2])]
    _set_places(found, "client_parents", kept)


_ORDINAL_LEADS = frozenset({"the", "our", "your", "my", "their", "his", "a", "an"})
_YOUR_TIME = frozenset({"if", "when", "whenever", "unless", "onc", "until", "till"})


def _first_not_ours(found: dict[str, list[tuple[int, int]]], stems: list[str], clause_edge: list[bool], text: str,
                    words: list[tuple[str, int, int]]) -> None:
    """Drop a "first" that is no time of our telling: an ordinal after a determiner ("The first few sessions of a
    group focus on trust", "our first meeting") or the time of the client's own act in a clause that opens on the
    client ("if you acknowledge your clinician first, we may speak briefly with you"; "when you contact us first").
    A "first" of ours stays ("I will tell you first", "If we must share, we will first talk with you") (tell23)."""
    kept = []
    for i, j in found["before_cue"]:
        if j == i + 1 and stems[i] == "first":
            before = text[: words[i][1]].split()
            if before and before[-1].lower() in _ORDINAL_LEADS:
                continue
            start = max(k for k in range(i + 1) if k == 0 or clause_edge[k])
            if start + 1 < i and stems[start] in _YOUR_TIME and stems[start + 1] == "you":
                continue
        kept.append((i, j))
    _set_places(found, "before_cue", kept)


def _refused_consent(found: dict[str, list[tuple[int, int]]], ignored: list[tuple[int, int]], stems: list[str], clause_edge: list[bool]) -> None:
    """Keep only the denials that refuse a sharing done without the client's say-so ("We will not share it
    without your consent"). A denial inside a phrase that says nothing negative ("I may share information
    without your consent in these cases, including but not limited to") or inside a leading condition ("if
    I cannot, I may go ahead without your consent") refuses nothing: the sentence shares without consent."""
    waived = found.get("without_consent", []) + found.get("consent_unless", [])
    lead = stems[0] in _SUBORDINATE
    kept = []
    for i, j in found["neg_word"]:
        if any(x <= i and j <= y for x, y in ignored):
            continue
        if lead and not any(clause_edge[1 : i + 1]) and all(any(clause_edge[j : a + 1]) for a, _ in waived if a >= j):
            continue
        kept.append((i, j))
    _set_places(found, "neg_word", kept)


#: Words that name no particular thing told ("we never report anything to CPS").
_ANY_THING = frozenset({"anyth", "everyth", "information", "it", "this", "that", "report", "record",
                        "what", "detail", "concern", "abus", "neglect"})


def _refused_other(sent: "_Sentence", text: str, stems: list[str], found: dict[str, list[tuple[int, int]]], words: list[tuple[str, int, int]]) -> None:
    """"The social worker does not report a student's alcohol or drug use to the police", "The program does not
    report a positive urine screen to the police or to DCF": what is refused is another thing, told of the child
    (a possessive) or told to a child protection agency; no refusal of the child abuse limit."""
    st = sent.singles["child_abuse"]
    hits = [h for c in ("child", "young_client", "child_agency") for h in found.get(c, ())]
    inside = [(i, j) for i, j in hits if any(words[i][1] <= x < words[j - 1][2] for x in _word_starts(text, st))]
    if not inside or any(h for c in ("abuse", "adult_abuse", "harm", "harmed", "at_risk") for h in found.get(c, ())):
        return

    def told_of(i: int, j: int) -> bool:  # "a student's alcohol use": the child names whose the thing is
        raw = text[words[j - 1][1] : words[j - 1][2]].lower()
        return raw.endswith(("'s", "’s")) and j < len(stems) and stems[j] not in _ANY_THING

    def told_to(i: int) -> bool:  # "... a positive urine screen to the police or to DCF"
        tos = [k for k in range(i) if stems[k] == "to"]
        if not tos:
            return False
        if tos[0] > 0 and stems[tos[0] - 1] in lexicon().actions:
            return False  # "Nothing you tell us is ever reported to the Ministry of Children ...": the act right before it (redteam14)
        acts = [r[4] for r in sent.regions if r[4] < tos[0]]
        return bool(acts) and any(stems[k] not in _ANY_THING for k in range(acts[0] + 1, tos[0]))

    if all(told_of(i, j) or told_to(i) for i, j in inside):
        del sent.singles["child_abuse"]


def _word_starts(text: str, st: Statement) -> list[int]:
    """Where each of the words that decided ``st`` starts in ``text``."""
    out, at = [], st.span[0]
    for piece in st.words:
        k = text.find(piece, at)
        if k < 0:
            return [-1]
        out.append(k)
        at = k + len(piece)
    return out


#: Stems of the law as a qualifier among a blanket promise's exceptions ("subject to the law", "within the constraints of
#: the law", "as far as the law permits"): ``_Sentence.law_bound``.
_LAW_BOUNDS = ("law", "legal", "constraint", "confin", "extent")


#: Classes that give a telling of the client its time after the sharing: a word of time ("afterwards", "as soon as
#: it is safe"), the sharing before the telling ("before you can be told"), a sharing already made ("any release
#: made without your consent"), the report itself shown to the client ("it will be disclosed to you") (tell17).
_TIMED_AFTER = ("after_cue", "told_later", "shared_past", "disclosed_to_you", "what_shared", "share_back", "told_promptly", "acts_done",
                # (review37, session 21) a notice after a disclosure is timed by its own words ("Every report to the
                # authorities will be followed by a notification to you" read before_disclosure stated)
                "notice_after")
#: What is told that comes before any sharing: a request for the records (a subpoena). Told "promptly", it is told
#: first: "promptly" times the telling after the request, not after the sharing (tell22).
_REQUEST_TOLD = ("request_told", "notice_given", "request_came")


#: The client in the third person, who may be someone else ("... we will call them").
_THIRD_PERSONS = frozenset({"them", "him", "her"})


def _untimed_after(lex: Any, singles: "dict[str, Statement]", *found: "dict[str, list[tuple[int, int]]]") -> None:
    """A telling of a sharing of ours with no word of its time is telling first, not telling after (tell17: the
    team's decision, as the labellers read "If I have to break confidentiality, I will tell you", "We will inform
    you of any disclosure"): a reader takes "I will tell you" as telling first, and the duty is met. Only a word
    of ``_TIMED_AFTER`` keeps it a telling after. Where a word that stops telling first is there (the client's
    parents, a notice at intake) it stays as it was. ``found``: the classes of the sentence (or of the two)."""
    after = singles.get("after_disclosure")
    timed = [c for c in _TIMED_AFTER if any(c in f for f in found)]
    if timed == ["told_promptly"] and any(c in f for f in found for c in _REQUEST_TOLD):
        timed = []
    if after is None or timed:
        return
    if after.stance != "states":
        before = singles.get("before_disclosure")
        if after.stance == "opposite" and before is not None and before.stance == "opposite":
            # "We will not tell you in advance if we make a report": the refusal is of telling first only
            del singles["after_disclosure"]
        elif after.stance == "opposite" and before is None and any("back_situation" in f for f in found):
            # "In such situations, the Counsellor is not required to inform You of his/her actions": in the situations
            # of a sharing, no telling at any time, first or after (real25: both labellers read both contradicted)
            singles["before_disclosure"] = Statement("before_disclosure", "opposite", after.force, after.span, after.words)
        return
    before = singles.get("before_disclosure")
    if before is None:
        if any(w.lower() in _THIRD_PERSONS for w in after.words):
            return  # "If we have to share it with your parents, we will call them": who is told is not sure
        stops = lex.topics["before_disclosure"][3]
        if any(c in f for f in found for c in stops):
            return
        singles["before_disclosure"] = Statement("before_disclosure", "states", after.force, after.span, after.words)
    elif before.stance != "states":
        return  # "We won't tell you first, but we will let you know": the telling is after (said with the refusal)
    del singles["after_disclosure"]

#: Short asides a denial may reach over ("not, under any circumstances, ...", "never, for any reason, ...").
_ASIDE_WORDS = frozenset({"as", "a", "rule", "rul", "gener", "general", "your", "therapist", "counsellor", "counselor", "under", "any", "circumstanc", "circumst", "circumstance", "circumstances", "for", "reason", "at", "time", "in", "case",
                          "cas", "whatev", "whatever", "ever", "even", "then", "of", "cours", "course", "realli", "really", "absolut", "absolutely"})


def _aside_end(stems: list[str], clause_edge: list[bool], k: int, end: int) -> int:
    """Where a short aside that starts at the clause edge ``k`` ends (the edge after it), when it holds only words of
    ``_ASIDE_WORDS`` ("under any circumstances", "for any reason"); else -1."""
    for e in range(k + 1, min(end, k + 5)):
        if clause_edge[e]:
            return e if all(stems[x] in _ASIDE_WORDS for x in range(k, e)) else -1
    return -1


#: The first word of the law's source set off by commas ("by law", "under Ontario law", "legally").
_LAW_ASIDE_LEADS = frozenset({"by", "under", "in", "legally", "legal"})
#: The law's own words (stems): the subject of a requirement ("Oregon law requires ...", "State statutes require ...").
_LAW_SUBJECT_WORDS = frozenset({"law", "statut", "legislation", "regulation"})
#: Words of the law's source itself (stems); an aside must hold one of them.
_LAW_ASIDE_SOURCE = _LAW_SUBJECT_WORDS | {"legally", "act"}
#: Other words such an aside may hold (stems; articles never reach the stems; names of places and Acts are words in
#: capitals or numbers, taken as they are): "under applicable state law", "in accordance with current law".
_LAW_ASIDE_OTHER = frozenset({"stat", "federal", "provincial", "local", "and", "or", "accord", "accordanc", "with", "of", "our",
                              "current", "applicabl", "legal", "speak"})


def _law_aside_end(stems: list[str], words: list[tuple[str, int, int]], text: str, clause_edge: list[bool], k: int, end: int) -> int:
    """Where the law's source set off by commas after the denied word ends ("We are not required, by law, to share
    anything": the denial reaches the act past the aside; law30: it read required_by_law stated, a false all clear),
    or -1. The aside starts at the clause edge ``k``, holds at most six words, one of them a word of the law
    ("by law", "under Ontario law", "by state and federal statute", "legally"), and ends at the next clause edge."""
    if stems[k] not in _LAW_ASIDE_LEADS:
        return -1
    for e in range(k + 1, min(end, k + 7)):
        if clause_edge[e]:
            inside = range(k, e)
            if not any(stems[x] in _LAW_ASIDE_SOURCE for x in inside):
                return -1
            # ("any" too, in the aside only: "We are not, under any law, required to report anything": review30, it read
            # required_by_law stated, a false all clear)
            ok = all(stems[x] in _LAW_ASIDE_LEADS or stems[x] in _LAW_ASIDE_SOURCE or stems[x] in _LAW_ASIDE_OTHER or stems[x] == "any"
                     or text[words[x][1]:words[x][1] + 1].isupper() or stems[x].isdigit() for x in inside)
            return e if ok else -1
    return -1


#: The client as the subject just before an act (stems): "you report", "the patient reports".
_CLIENT_SUBJECTS = frozenset({"you", "client", "clients", "patient", "patients", "student", "students"})
#: Words of ``actions`` that share nothing the law could require ("the following", "see", "go", "answer").
_NOT_LAW_ACTS = frozenset({"follow", "see", "go", "answer", "review", "explain", "discuss", "clarify", "hear", "honor", "honour",
                           "obey", "comply", "advis", "fil", "involv", "mention", "say", "speak", "talk", "show"})


def _law_duty_vague(found: dict[str, list[tuple[int, int]]], stems: list[str], actions: "Any") -> None:
    """Every requirement of ours by the law in ``law_duty`` ("obliged by law", "compelled to by law") is read as
    "required by law" and "legally obliged" are, also for the vague entry (``vague_law``): "If you tell me you plan to hurt
    yourself, I am obliged by law to call 911" read no law, as "legally obliged" read vague (law30). Only beside an act of
    ours just after or before it ("to call", "we never share ..., even if compelled to by law"): not "We must, by law, keep
    the following records:"."""
    have = found.get("vague_law", ())
    for a, b in found["law_duty"]:
        # (law38: "under" as "by": "We are required under New Zealand law to tell Oranga Tamariki ...", law37's leftover)
        if any(stems[x] in _LAW_NEED_STEMS for x in range(a, b)) and ("by" in stems[a:b] or "under" in stems[a:b]) and not any(x < b and a < y for x, y in have) and (
                any(st in actions and st not in _NOT_LAW_ACTS for st in stems[b:b + 3])
                or any(st in actions and st not in _NOT_LAW_ACTS for st in stems[max(0, a - 4):a])):
            found.setdefault("vague_law", []).append((a, b))


#: Who we are, as the subject of a requirement (stems).
_LAW_OUR_SUBJECTS = frozenset({"i", "we", "therapist", "counsellor", "counselor", "psychologist", "clinician", "staff", "practitioner"})


def _our_requirement(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A requirement of ours ("I am obliged by law to call 911", "we are legally obliged to call the police") is our act, no
    advice to the client: ``our_act`` lifts the quiet of ``advice_frame`` ("call 911"), as "I am required to" does (law30:
    it read nothing, and the danger of its sentence was lost)."""
    needs = [x for a, b in [*found.get("law_must", ()), *found.get("law_duty", ())] for x in range(a, b) if stems[x] in _LAW_NEED_STEMS]
    for r in needs:
        if any(stems[x] in _LAW_OUR_SUBJECTS for x in range(max(0, r - 3), r)):
            found.setdefault("our_act", []).append((r, r + 1))
            return


#: Classes that already read the law's requirement: where one of them is found, ``_law_source_apart`` adds nothing.
_LAW_SOURCE_READ = ("law_duty", "law_disclose", "law_other", "law_front_we", "law_choice", "law_first_cond", "law_owes", "vague_law")
#: A requirement word of ours ("required", "obliged", "compelled", "mandated", "must"), as stems.
_LAW_NEED_STEMS = frozenset({"requir", "oblig", "obligat", "compell", "mandat", "must"})
#: Subjects whose requirement is not ours (as stems).
_NOT_OUR_NEED = frozenset({"you", "parent", "client", "patient", "guardian", "student", "caregiver", "carer", "family"})
#: Words that open a clause of their own: the law's source and the requirement must not stand on either side of one.
_LAW_APART_STOPS = frozenset({"if", "when", "whenever", "unless", "but", "becaus", "whil", "although",
                              "and", "which", "who", "that", "not", "never", "no", "wher"})


def _law_source(stems: list[str], words: list[tuple[str, int, int]], text: str, i: int) -> int:
    """The end of the law named as a source that starts at word ``i`` ("by law", "under Ontario law", "by both federal and
    state law", "by state statute", "by law or regulation"), or -1."""
    if stems[i] not in ("by", "under"):
        return -1
    for e in range(i + 1, min(len(stems), i + 8)):
        st = stems[e]
        # (not an Act by its name: "under the Children Act" is the child21 reading, the Act's name beside the abuse)
        if st in _LAW_SUBJECT_WORDS:
            end = e + 1
            while end + 1 < len(stems) and stems[end] == "or" and stems[end + 1] in _LAW_SUBJECT_WORDS:
                end += 2
            while end < len(stems) and stems[end].isdigit():
                end += 1  # the Act's year
            return end
        if not (st in _LAW_ASIDE_OTHER or st == "both" or st.isdigit() or text[words[e][1]:words[e][1] + 1].isupper()):
            return -1
    return -1


#: The classes a requirement of ours by the law, apart from its word, reads as (``_law_source_apart``).
_LAW_APART_CLASSES = ("law_duty", "vague_law", "law_first_cond", "our_act")


def _law_source_apart(found: dict[str, list[tuple[int, int]]], stems: list[str], words: list[tuple[str, int, int]], text: str, actions: "Any") -> None:
    """The law named as the source of a requirement of ours, apart from its word ("Under Ontario law, therapists are
    obliged to report ...", "Legally, I am obliged to tell ...", "By state statute, psychologists are required to ...",
    "compelled to share information by law or regulation", "situations that are mandated by both federal and state law"):
    read as "required by law" is (law30: the law's requirement in new grammar read nothing). The requirement's word and
    the source stand in one clause, at most four words apart, with no word of another clause between; the reading's
    classes (``law_duty`` and its kin) take the stretch from the first to the last."""
    aside = found.get("law_aside", ())
    n = len(stems)
    for r, _ in found["law_must"]:
        if stems[r] not in _LAW_NEED_STEMS:
            continue
        span = None
        # the source after the requirement: "obliged by the ... Act to", "compelled to share information by law"
        for i in range(r + 1, min(n, r + 6)):
            if stems[i] in _LAW_APART_STOPS:
                break
            e = _law_source(stems, words, text, i)
            if e > 0:
                span = (r, e)
                break
        if span is None and r and stems[r - 1] in _LAW_SUBJECT_WORDS and stems[r] != "must" and not (
                r > 1 and stems[r - 2] in ("by", "under", "in")):
            # the law as the subject, its object ours and long ("Oregon law requires our clinical staff, except ..., to
            # report ..."): the object runs to "to" and an act of sharing just after it
            to = next((x for x in range(r + 1, min(n - 1, r + 10)) if stems[x] == "to"), -1)
            if to > 0 and stems[to + 1] in actions and stems[to + 1] not in _NOT_LAW_ACTS and not any(
                    stems[x] in _LAW_APART_STOPS or stems[x] in _NOT_OUR_NEED for x in range(r + 1, to)):
                found.setdefault("law_owes", []).append((r - 1, to + 1))
                for c in _LAW_APART_CLASSES:
                    found.setdefault(c, []).append((r - 1, r + 1))
                return
        if span is None:
            # the source before it: "Under Ontario law, therapists are obliged", "Legally, I am obliged", "By state statute,
            # psychologists are required"
            for i in range(r - 1, max(-1, r - 9), -1):
                if stems[i] in _LAW_APART_STOPS:
                    break
                e = i + 1 if stems[i] in ("legally", "lawfully", "statutorili", "statutorily") else _law_source(stems, words, text, i)
                if e > 0 and r - e <= 4:
                    span = (i, r + 1)
                    break
        if span is None or any(a <= span[0] < b or a < span[1] <= b for a, b in aside):
            continue
        consent = next((x for x in range(r + 1, min(n, r + 5)) if stems[x].startswith(("consent", "permiss", "authori"))), -1)
        if consent > 0 and not any(stems[x] in actions for x in range(r + 1, consent)):
            continue  # the law of privacy: "Under federal law, the following situations require your written consent:"
        if any(stems[x] in _NOT_OUR_NEED for x in range(max(span[0], r - 4), r)):
            continue  # the client's or the parents' requirement ("Under UAE Family Law, both parents must provide consent")
        # only a requirement to disclose ("obliged to report", "compelled to share"), or one in the lead-in of a list
        # that ends on it or names the cases ("the following situations that are mandated by both federal and state law
        # based on the counselor's judgment:"); not "required to pay",
        # "obliged by the Data Protection Act to keep your details secure"
        if not any(r < a <= r + 8 for a, _ in found.get("disclose_act", ())) and not any(stems[x] in actions for x in range(r + 1, min(n, r + 4))) and not (
                text.rstrip().endswith(":") and (span[1] == n or any(c in found for c in ("law_list", "law_cases")))):
            continue
        # (and ``our_act``: the act the law requires is ours, no advice to the client: "..., I am obliged by law to call
        # 911" read as "please call 911", quiet, and lost the danger too)
        for c in _LAW_APART_CLASSES:
            found.setdefault(c, []).append(span)
        if span[1] < n and stems[span[1]] == "to":
            found.setdefault("law_owes", []).append((span[0], span[1] + 1))
        return


#: Words before "not" that make it "cannot": asking not possible, no refusal ("I cannot ask your permission").
_CANNOT = frozenset({"can", "could", "abl", "able", "unabl", "unable", "possibl", "possible"})
#: Words that open a condition ("if", "when"), as stems.
_CONDITION_LEADS = frozenset({"if", "when", "whenever", "should", "wher"})


def _tells_client(stems: list[str], start: int) -> bool:
    """True when an act of telling the client ("tell you", "inform the client") comes at or after ``start``."""
    return any(stems[k] in _TELL_ACTS and k + 1 < len(stems) and stems[k + 1] in _CLIENT_WORDS for k in range(start, len(stems)))


#: Cues that deny as the object of the act before them ("we tell no one", "we release nothing").
_NEG_OBJECTS = frozenset({"no", "nobody", "noth", "none", "neither"})
#: Words between an act and the denying object ("share it with no one", "pass this on to no one").
_OBJECT_GAP = frozenset({"it", "thi", "this", "that", "them", "with", "to", "on", "about", "information", "inform"})


#: Words that open the ground of an elided denial ("..., never because a court orders it", "..., not if the law requires it").
_GROUND_LEADS = frozenset({"becaus", "if", "when", "wher", "whenever", "due", "in", "under", "on", "for", "just", "mer", "even", "simply"})
#: Classes of the words of a limit (and of its ground) that an elided denial must reach to matter.
_ELIDED_LIMITS = ("abuse", "adult_abuse", "elder", "child", "dependent", "court", "court_strong", "law_duty", "law_must", "law_word",
                  "law_req", "harm", "violence", "self_harm", "danger_word", "at_risk", "danger_state", "aps", "child_agency",
                  # the time of a telling ("Limits of confidentiality are explained later in therapy, not at the first
                  # session") (review24, session 15)
                  "intake_time")


def _elided(lex: Any, found: dict[str, list[tuple[int, int]]], stems: list[str], clause_edge: list[bool], i: int, j: int, n: int) -> "tuple[int, int] | None":
    """The act before a denial that has none of its own, and the end of the denial's stretch: "We report child abuse but
    not elder abuse", "..., never because a court order requires it" (review23); else None.

    The stretch runs to the next clause edge and holds no act and no subject of its own ("but we never tell anyone" is a
    clause of its own); a limit's words (or, after a clause of "only", a ground: "because", "if") must be in it, and
    the act before is done, not itself denied ("I will share themes with you but not the specifics" narrows only)."""
    hi = _clause_end(clause_edge, j, n)
    if hi == j or any(stems[x] in lex.actions or stems[x] in _NEW_SUBJECT_ELIDED for x in range(j, hi)):
        return None
    if any(st in _PAST for st in stems[j:hi]):
        return None  # "..., but not abuse in your childhood": the past narrows what is reported
    if stems[i - 1] not in _CONTRAST and stems[j] not in _GROUND_LEADS and not clause_edge[i]:
        return None  # (a comma before the denial: "We report child abuse, not elder abuse", review24)
    if clause_edge[i] and stems[i - 1] not in _CONTRAST and stems[j] in _GROUND_LEADS and "only" not in stems[:i]:
        return None  # a ground denied after a comma needs a clause of "only" before it (review23)
    if not any(j <= a < hi for c in _ELIDED_LIMITS for a, _ in found.get(c, ())):
        return None
    act = next((k for k in range(i - 1, max(-1, i - 14), -1) if stems[k] in lex.actions), -1)
    if act < 0 or any(stems[x] in _DENIALS for x in range(0, act)):
        return None
    return act, hi


#: What a bare denial's clause may hold besides its cue ("we do not", "but I will not", "yet we never do").
_BARE_CLAUSE = frozenset({"we", "i", "do", "doe", "does", "did", "will", "would", "shall", "choos", "choose", "to", "still", "but",
                          "however", "yet", "simpli", "simply", "just", "in", "practic", "practice", "fact", "so", "that", "thi",
                          "this", "it", "ever", "anymor", "anymore"})
#: The words both sets below start from: a concession's lead ("although", "whilst"; stems).
_ALTHOUGH = frozenset({"although", "though", "whilst", "whil"})
#: Concessions that lead a sentence ("Although the law requires it, we do not").
_CONCEDING = _ALTHOUGH | {"while", "even", "despit", "notwithstand"}
#: Leads of a concession whose clause a denial in the main clause does not turn round.
_CONCEDES = _ALTHOUGH | {"wherea", "whereas"}


def _granted_act(lex: Any, stems: list[str], clause_edge: list[bool]) -> bool:
    """Whether the sentence opens with a concession that grants an act of its own ("Although we report child abuse,
    ..."): its clause is not turned round by a denial after it. A concession of a case only ("Although you may be a
    danger to others, we will not warn anyone") is, as a condition is."""
    if not stems or stems[0] not in _CONCEDES:
        return False
    end = next((q for q in range(1, len(stems)) if clause_edge[q]), len(stems))
    return any(stems[q] in lex.actions for q in range(1, end))


def _bare_denial(lex: Any, stems: list[str], clause_edge: list[bool], i: int, j: int, n: int) -> int:
    """The act a bare denial at the end of a sentence refuses ("Although the law requires us to report child abuse, we do
    not", "The law says we must warn them, but we don't", review23), or -1. The denial's clause holds only its subject,
    an auxiliary and the cue; it comes after a contrast or after a leading concession; the act before it is done, not
    itself denied, and is not a telling of the client. "..., but we cannot" (an inability) is left alone."""
    lo = _clause_start(clause_edge, i)
    if lo == 0 or not all(stems[x] in _BARE_CLAUSE for x in range(lo, i)) or not all(stems[x] in _BARE_CLAUSE for x in range(j, n)):
        return -1
    if not (any(stems[x] in _CONTRAST or stems[x] == "yet" for x in range(lo, i)) or stems[0] in _CONCEDING):
        return -1
    act = next((k for k in range(lo - 1, -1, -1) if stems[k] in lex.actions), -1)
    if act < 0 or any(stems[x] in _DENIALS for x in range(0, lo)) or (act + 1 < n and stems[act + 1] in _CLIENT_WORDS):
        return -1
    return act


#: What "informed" qualifies as no act of telling ("informed consent", "an informed decision").
_INFORMED_WHAT = frozenset({"consent", "decision", "decis", "choic", "choice", "agreement", "agre"})
#: Words of a protective act after "take" ("take any steps", "take action", "take protective measures").
_STEPS = frozenset({"step", "steps", "action", "actions", "measur", "measure", "measures"})
#: (tune33) "have" and a talk as its object ("not have a conversation", "no ... have a discussion"): the talk refused.
_HAVE = frozenset({"hav", "have", "has", "had", "hold"})
_TALK_NOUNS = frozenset({"conversation", "conversations", "discussion", "discussions", "chat", "talk", "convers", "discuss"})


def _not_needed(stems: list[str], a: int) -> bool:
    """True when the client's act at ``a`` ("read", "sign") is said not to be needed: "you do not need to read", "there is
    no need to sign", "you don't have to read"."""
    before = stems[max(0, a - 4) : a]
    return ("need" in before or "hav" in before or "have" in before or "requir" in before) and any(st in ("not", "no", "never") for st in before)


#: Words that open a case whose subject is a gerund ("where releasing them could ...", "if sharing it would ...").
_GERUND_CASE = frozenset({"if", "when", "wher", "whenever", "becaus", "as"})
#: Words that may come before an order to the client ("Please do not send details ...").
_ORDER_LEAD = frozenset({"pleas", "please", "kindli", "kindly", "and", "so", "also", "for", "your", "privaci", "privacy", "safeti", "safety", "secur", "security"})
#: Subjects that start a clause of their own after a denial ("but never we ...", "not you").
_NEW_SUBJECT_ELIDED = frozenset({"we", "i", "you", "they", "he", "she"})
#: Words of denial before an act.
_DENIALS = _NEG_OBJECTS | {"not", "never", "nor"}


def _act_before(stems: list[str], clause_edge: list[bool], i: int, actions: Any) -> int:
    """The act whose object the denying word at ``i`` is ("tell no one"; "share it with no one": at most three words
    of ``_OBJECT_GAP`` between), or -1."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if stems[k] in actions:
            return k
        if stems[k] not in _OBJECT_GAP or clause_edge[k]:
            return -1
    return -1
#: Words after such a cue that narrow it to what is left over ("we tell no one else", "we share nothing more", "we tell no
#: one but your doctor"): no denial of the act.
_NEG_OBJECT_NARROWS = frozenset({"els", "else", "mor", "more", "but", "except", "besid", "besides", "apart", "other", "beyond", "further"})
#: Words just before "keep" that take it back ("we cannot keep that private").
_NOT_KEPT = frozenset({"not", "never", "no", "nor", "unabl"})
#: What may stand between another keeping word and its place ("is strictly confidential", "are treated as
#: confidential"; not "is necessary to disclose confidential information", "is not confidential") (stems).
_KEPT_GAP = frozenset({"as", "strictly", "completely", "entirely", "totally", "absolutely", "also", "alway", "fully",
                       "equally", "likewis", "still", "kept", "keep", "in", "with", "strict", "complet", "total", "entir",
                       # "handled sensitively and confidentially"
                       "sensitively", "carefully", "respectfully", "discreetly", "and"})
#: The verbs "protected" may follow as a place ("are protected", "remain protected") (stems).
_KEPT_BE = frozenset({"be", "remain", "stay", "keep"})
#: Words before "be protected" that make it a person kept safe, no words kept (stems).
_PROTECTED_NOT = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "to", "person", "child", "you",
                            "they", "client", "student", "peopl", "people", "adult", "everyon", "everyone", "other", "others",
                            "we", "i", "he", "she", "them", "pupil", "patient", "victim", "famili", "family"})
#: "rather than", "instead of": the act after them not done (stems).
_IN_PLACE_OF = frozenset({"rather", "instead"})
#: Words of the client's past: abuse long over, no one at risk now (stems).
_PAST = frozenset({"past", "childhood", "ago", "histori", "history", "historical", "previous", "former"})


#: Words that start a clause of its own after "or" / "and" ("unless you ask us to, or we think you are in danger").
_NEW_SUBJECT = frozenset({"we", "i", "you", "if", "when", "it", "they", "he", "she", "your", "the", "a", "ther", "wher", "someon", "anyon"})


def _end_of_words(text: str, words: list[tuple[str, int, int]], st: Statement) -> int:
    """The index of the first word after the evidence of ``st`` but its last (the place word a keeping took for an act)."""
    pos = text.find(st.words[-2], st.span[0])
    if pos < 0:
        return 0
    end = pos + len(st.words[-2])
    return next((q for q, w in enumerate(words) if w[1] >= end), len(words))


def _drop_vague(sent: "_Sentence", *topics: str) -> None:
    """Take ``topics`` out of the sentence's generic wording, dropping any piece left with no topic."""
    sent.vague = [v for v in ((tuple(t for t in ts if t not in topics), st, p) for ts, st, p in sent.vague) if v[0]]


def _word_from(words: list[tuple[str, int, int]], at: int) -> int:
    """The place of the first word that starts at or after character ``at`` (``len(words)`` when none does): a span's
    start or end as a word place."""
    return next((q for q in range(len(words)) if words[q][1] >= at), len(words))


def _kept(lex: Any, sent: _Sentence, text: str, stems: list[str], cue_hits: Any, start: int = -1, cancelled: frozenset[int] = frozenset()) -> None:
    """"If you tell us about a child being hurt, we keep that between you and your therapist": a
    limit's event kept private (kept, stays or remains private, confidential, between us), with no act
    of sharing after it and no exception, says the opposite of that limit. ("We cannot keep that
    private", "we keep it private unless ...", "we report it and otherwise keep it private" do not.)
    ``start``: where a clause of its own starts (", but ..."): only the limits it ends in, and only a keeping in it.
    ``cancelled``: the denials two of which cancel ("There is no situation in which your records would not be kept
    private, even if a court orders their release"): they take no keeping back (mend42, session 22)."""
    stays = [(i, j) for labels, i, j in cue_hits if "blanket_stay" in labels]
    places = [(i, j) for labels, i, j in cue_hits if "blanket_room" in labels or "blanket_private" in labels]
    kept_as = [(i, j) for labels, i, j in cue_hits if "blanket_kept_as" in labels and "blanket_stay" not in labels]
    more = [(i, j) for labels, i, j in cue_hits if "blanket_kept_place" in labels]
    if more:
        # "are protected" ends the sentence, said of no person ("so that the person at risk can be protected",
        # "children are protected" keep no words); "remain protected" as "remain confidential"
        more = [(i, j) for i, j in more if stems[i] != "protect" or (j >= len(stems) and i > 1 and stems[i - 1] in _KEPT_BE
                                                                   and stems[i - 2] not in _PROTECTED_NOT)]
        places = sorted(set(places) | set(more))
    if kept_as:
        # other keeping words, with their own places ("are treated as confidential", "is confidential", "are
        # protected"), read as "kept confidential" is (review24)
        own = [(m - 1, m) for k, m in kept_as if m - k > 2]  # "covered by confidentiality" holds its place
        stays = sorted(set(stays) | {(k, m - 1 if m - k > 2 else m) for k, m in kept_as
                                     if not any(a <= m + 1 and k <= a for a, _ in stays)  # "will be kept": the "kept"
                                     and (m - k > 2 or any(m <= r <= m + 3 and all(st in _KEPT_GAP for st in stems[m:r])
                                                           for r, _ in more))})
        places = sorted(set(places) | set(more) | set(own))
    if any("blanket_hedge" in labels for labels, _, _ in cue_hits):
        return  # "we usually keep that private"
    if any(st in _PAST for st in stems) or any(stems[q] == "as" and stems[q + 1] == "child" for q in range(len(stems) - 1)):
        return  # "If you tell me about abuse in your past, I keep that private": no one at risk now
    words = sent.words
    n = len(words)
    # What the client may ask for after "unless you ask us to" is their own say-so, no act of ours ("this will be
    # kept confidential unless you ask us to inform other organisations") (real6)
    asked = min((a for a, _ in sent.found.get("consent_unless", ())), default=n) if sent.consent_only else n
    if any(stems[q] in _AND_OR and stems[q + 1] in _NEW_SUBJECT for q in range(asked, n - 1)):
        asked = n  # "... unless you ask us to tell your GP or we think you are in danger": another exception
    for k, m in stays:
        if words[k][1] < start:
            continue
        place = next(((r, e) for r, e in places if m <= r <= m + 3), None)
        if place is None or any(stems[q] in _NOT_KEPT and q not in cancelled for q in range(max(0, k - 5), k)):  # "not something I can keep"
            continue
        if _claim_denied_before(stems, k):
            continue  # "It is not the case that we will always keep threats private", "Never assume that ... will stay private" (probe40)
        if any(stems[q] in _NOT_KEPT and text[words[q][2] : words[q][2] + 1] == "," for q in range(max(0, k - 14), k)):
            continue  # "We will not, if you are at risk of suicide, keep that private": the denial over an aside (review23)
        if any(st in _IN_PLACE_OF for st in stems[max(0, k - 3) : k]):
            continue  # "We report child abuse rather than keep it secret": the keeping refused (review24)
        if any(st in _ELSE for st in stems[max(0, k - 3) : place[1]]):
            continue  # "We must report child abuse, and we keep everything else confidential": the rest is kept (redteam14)
        at = words[k][1]
        # "We keep suicidal thoughts confidential": the limit's event between the keeping and the place (redteam14)
        inside = (words[m - 1][2], words[place[0]][1]) if place[0] > m else None
        refused = [(r[0], r[1]) for r in sent.regions if not r[5]]
        # ", but" keeping what the clause before it told ("You should tell us about abuse of a child, but we will keep it
        # to ourselves"): the keeping points back ("it", "that") and the only act before the ", but" is the client's
        # telling, so the limit before it is kept too (review35: it read stated, a false all clear). ("We report child
        # abuse, but we keep it private otherwise" has an act of ours before the ", but".)
        back = start >= 0 and _kept_told_before(lex, stems, words, start, k, place[0])
        turned = []
        for topic, st in sent.singles.items():
            if st.stance != "states" or lex.topics[topic][0] != "limit" or topic not in lex.core or (st.span[1] <= start and not back):
                continue
            # (the keeping's own place word taken for the limit's act: "If you are in danger, we keep it private" read
            # harm to self stated from "in danger ... private", a false all clear (main, session 14))
            kept_last = bool(st.words) and st.span[0] < at and st.span[1] <= words[place[1] - 1][2] and lex.stem(st.words[-1].lower()) in _KEEPING
            if st.span[1] > at and not kept_last and not (inside and inside[0] <= st.span[0] and st.span[1] <= inside[1]):
                continue
            after = _word_from(words, at if kept_last else st.span[1])
            if any(
                stems[q] in lex.actions
                for q in range(after, max(after, asked))
                if not (k <= q < place[1]) and not any(lo <= q < hi for lo, hi in refused)  # "...; we will never call 911"
            ):
                continue  # "..., we report it and keep it private otherwise"
            turned.append(topic)
        for topic in turned:
            st = sent.singles[topic]
            a = _word_from(words, st.span[0])
            b = _word_from(words, st.span[1])
            if b > k and a < k and len(st.words) > 1 and lex.stem(st.words[-1].lower()) in _KEEPING:
                b = max(a + 1, _end_of_words(text, words, st))  # the limit's own words, not the place word
            sent.singles[topic] = _statement(text, words, topic, "opposite", st.force, [(a, b), (k, m), place])
        if turned:
            return
    _kept_over(lex, sent, text, stems, cue_hits)


#: Words that point back at what the clause before told ("keep it to ourselves", "that stays between us") (stems).
_BACK_OBJECT = frozenset({"it", "that", "this", "them", "everyth", "all", "thes", "thos"})


def _kept_told_before(lex: Any, stems: list[str], words: list[tuple[str, int, int]], start: int, k: int, r: int) -> bool:
    """Whether the keeping at word ``k`` (its place at ``r``), in the clause from ``start`` on, keeps what the clause
    before told: a word that points back inside it, and no act of ours before ``start`` (the client's own telling is
    none: "You should tell us ..., but we will keep it to ourselves")."""
    but = _word_from(words, start)
    if not any(stems[q] in _BACK_OBJECT for q in range(max(but, k - 4), r)):
        return False
    return not any(stems[q] in lex.actions and not _told_by_client(stems, q) for q in range(but))


#: Words between the client and their telling that leave the client its subject ("You are welcome to tell me", "You are
#: free to talk to us", "You may want to tell us") (stems) (review37, session 21).
_CLIENT_TELL_BRIDGE = frozenset({"be", "welcom", "free", "abl", "to", "want", "wish", "decid", "choos", "feel", "may", "might",
                                 "can", "could", "should", "alway", "also", "ever"})


def _told_by_client(stems: list[str], q: int) -> bool:
    """Whether the act at ``q`` is the client's own telling: a client word among the three words before it, or before
    the words of ``_CLIENT_TELL_BRIDGE`` that lead to it ("You are welcome to tell me about thoughts of self-harm, but I
    will keep that to myself": it read harm_to_self stated, a false all clear; review37, session 21)."""
    if not _KNOWN_TO_NONE_CLIENT.isdisjoint(stems[max(0, q - 3) : q]):
        return True
    p = q - 1
    while p >= 0 and stems[p] in _CLIENT_TELL_BRIDGE:
        p -= 1
    return p < q - 1 and p >= 0 and stems[p] in _KNOWN_TO_NONE_CLIENT


#: Words that end the noun phrase confidentiality is said to reach ("Confidentiality applies to what you say, and we
#: report child abuse"): a clause or a sharing of ours after it (stems).
_OVER_ENDS = frozenset({"and", "but", "or", "unless", "except", "if", "when", "we", "i", "our", "however", "though", "wher"})


def _kept_over(lex: Any, sent: _Sentence, text: str, stems: list[str], cue_hits: Any) -> None:
    """"Confidentiality extends to disclosures of child abuse", "Confidentiality applies even to threats of violence":
    confidentiality said to reach a limit's event named just after it says the opposite of that limit, as "kept
    confidential" does (review24). Not denied ("does not extend to", a limit) and not past a clause of its own."""
    words = sent.words
    n = len(words)
    for labels, k, m in cue_hits:
        if "blanket_kept_over" not in labels or any(st in _NOT_KEPT for st in stems[max(0, k - 3) : m]):
            continue
        for topic, st in list(sent.singles.items()):
            if st.stance != "states" or lex.topics[topic][0] != "limit" or topic not in lex.core:
                continue
            a = next((q for q in range(n) if words[q][2] > st.span[0]), n)
            b = _word_from(words, st.span[1])
            if a < m or any(stems[q] in _OVER_ENDS for q in range(m, b)):
                continue
            sent.singles[topic] = _statement(text, words, topic, "opposite", st.force, [(k, m), (a, b)])


#: Subjects: after a comma they start a sentence of their own ("..., we call the police or a hospital").
_SUBJECTS = frozenset({"we", "i", "you", "they", "he", "she", "it", "this", "that", "thes", "ther"})
#: Words that open a clause of their own after a comma, not the next item of a list (``_list_goes_on``;
#: not ``_CLAUSE_OPENERS``, which says where a clause starts after "and").
_LIST_BREAKERS = frozenset({"and", "or", "but", "so", "unless", "except", "if", "when", "wher", "becaus", "as", "though",
                            "although", "whil", "which", "who", "even", "then", "however", "otherwis", "for"}) | _SUBJECTS


def _list_goes_on(stems: list[str], clause_edge: list[bool], at: int, end: int) -> bool:
    """True when the clause that starts at ``at`` (after a comma) is the next item of a list:
    "family members, police or hospitals", "your family, the police or child services". Its
    first word opens no clause, no subject comes in it, and "or" or "and" joins its last item
    within a few words."""
    if stems[at] in _LIST_BREAKERS:
        return False
    stop = _clause_end(clause_edge, at + 1, end)
    for k in range(at + 1, min(stop, at + 5)):
        if stems[k] in _SUBJECTS:
            return False
        if stems[k] in ("or", "and"):
            return True
    return False


def _not_ours(lex: Any, sent: _Sentence, text: str, stems: list[str], found: dict[str, list[tuple[int, int]]], clause_edge: list[bool], exceptions: list[int]) -> None:
    """A core limit whose report is not ours to make, or hangs on the client's say-so.

    * "I will report child abuse only if you give me permission": the report waits for the client's
      consent, right after the limit's words and in its clause: the limit is said the other way round
      (unless another exception is given: "..., or when the law requires it").
    * "Child abuse reports are the responsibility of your school, not me": someone else's report,
      the limit said the other way round.
    * "If a child is being abused, I encourage you to report it", "I will help you decide whether to
      report it": the client's own report, where no act of sharing of ours is named: the limit is not
      stated at all (so a policy that says only this still misses it).
    """
    words = sent.words
    n = len(words)
    core = [t for t, st in sent.singles.items() if st.stance == "states" and _core_limit(lex, t)]

    consent = found.get("consent_only_if", [])
    if any(not any(a <= i < b for a, b in consent) for i in exceptions):
        consent = []  # another exception ("..., or when the law requires it"): the report does not wait for consent alone
    for k, m in consent:
        turned = []
        for topic in core:
            st = sent.singles[topic]
            b = _word_from(words, st.span[1])
            if m < n and stems[m] == "or":
                continue  # "only if you give me permission or the law requires it": another exception
            if b <= k <= b + 6 and not any(clause_edge[b + 1 : k + 1]) and not any(stems[q] in ("and", "but", "or") for q in range(b, k)):
                turned.append(topic)
        for topic in turned:
            st = sent.singles[topic]
            sent.singles[topic] = _statement(text, words, topic, "opposite", st.force, [(_word_from(words, st.span[0]), _word_from(words, st.span[1])), (k, m)])
        if turned:
            return
    if _only_with_consent(lex, sent, text, stems, found, clause_edge, exceptions, core):
        return
    others = found.get("not_ours", [])
    if others and core and _other_task_only(lex, stems, others[0][1]):
        # "It is not my job to prove that a child is being abused": another task denied, no telling named; the limit is
        # neither said nor said the other way (the report may follow: "...; it is my job to report my concern") (contra28)
        for topic in core:
            del sent.singles[topic]
        sent.theirs = frozenset(t for t in lex.core if lex.topics[t][0] == "limit")  # no vague words of the limits either
        sent.states_limit = any(lex.topics[t][0] == "limit" for t in sent.singles)
        return
    if others and core and any(stems[q] in _RESPONSIBLE for q in range(n)) and not _ours_after_contrast(lex, stems, *others[0]):
        k, m = others[0]
        for topic in core:
            st = sent.singles[topic]
            sent.singles[topic] = _statement(text, words, topic, "opposite", st.force, [(_word_from(words, st.span[0]), _word_from(words, st.span[1])), (k, m)])
        return
    theirs = found.get("client_reports", [])
    if theirs:
        ours = [
            i for c in _SHARE_CLASSES for i, _ in found.get(c, ())
            if not any(a <= i < b for a, b in theirs) and not (i > 0 and stems[i - 1] in _CLIENT_WORDS)  # "if you tell me"
        ]
        if not ours:
            for topic in core:
                del sent.singles[topic]
            sent.theirs = frozenset(t for t in lex.core if lex.topics[t][0] == "limit")
            sent.states_limit = any(lex.topics[t][0] == "limit" for t in sent.singles)


#: Words that turn from a duty denied to the duty that is ours ("not our job to investigate, but rather to report").
_DUTY_CONTRAST = frozenset({"but", "rather", "instead"})


#: Tasks a duty denied may be, other than telling ("not my job to investigate", "not our role to decide whether").
_OTHER_TASKS = frozenset({"investigat", "prov", "decid", "confirm", "judg", "determin", "establish", "verifi", "verify", "find",
                          "assess", "diagnos", "gather", "collect", "interview", "question"})


def _other_task_only(lex: Any, stems: list[str], m: int) -> bool:
    """Whether the duty denied just after ``m`` ("not my job to prove ...", "not the counsellor's role to investigate
    ...") is a task of ``_OTHER_TASKS``, and no act of telling is in the sentence."""
    n = len(stems)
    at = next((q for q in range(m, min(n, m + 4)) if stems[q] == "to"), -1)
    if at < 0 or at + 1 >= n or stems[at + 1] not in _OTHER_TASKS:
        return False
    return not any(st in lex.actions for st in stems)


def _ours_after_contrast(lex: Any, stems: list[str], k: int, m: int) -> bool:
    """Whether the duty denied at ``m`` ("It is not a therapist's obligation to investigate such suspicions") is some
    other task, and the act of telling comes only after a contrast ("... but rather to report immediately to Child
    Protection"): the report is ours, the limit stated (real25: it read child
    abuse contradicted). An act of telling before the contrast is what is denied ("It is not my job to report child
    abuse, but rather to support you"), and a contrast with no act after it names whose it is ("Reporting abuse is not
    our responsibility, but the school's"); so is an act named before the denial ("Reporting child abuse is not our job,
    but we will tell you where to report it"), and telling the client is no report."""
    n = len(stems)
    if any(st in lex.actions for st in stems[:k]):
        return False
    for c in range(m, n):
        if stems[c] in lex.actions:
            return False
        if stems[c] in _DUTY_CONTRAST:
            return any(stems[q] in lex.actions and not (q + 1 < n and stems[q + 1] in _CLIENT_WORDS) for q in range(c + 1, n))
    return False


#: The words between a consent and the limit given as an example of its case ("..., for example if you tell us", "such as
#: when", "e.g. if"), as stems.
_EXAMPLE_AFTER = lazy(r"(?:for (?:exampl|instanc)|such as|e g\b|includ\w*)\b")  # "e.g." is the stems "e", "g"
#: Words a clause of such an example may open on after its comma ("for example, if you tell us ...").
_EXAMPLE_LEADS = frozenset({"if", "when", "wher", "for", "such", "in"})


def _only_with_consent(lex: Any, sent: _Sentence, text: str, stems: list[str], found: dict[str, list[tuple[int, int]]], clause_edge: list[bool], exceptions: list[int], core: list[str]) -> bool:
    """A core limit whose act waits for the client's say-so, its "only" before the act and the consent after it: "If we
    are worried about your safety, we would only contact your GP with your consent", "We would only break
    confidentiality for suicide risk with your explicit consent", "Concerns about your safety would be shared with your
    GP only if you agreed" (review 24). The limit is said the other way round, as "only if you give me permission"
    right after its words is. The limit's words are in the clause of the "only", or in an opening "If ..." clause
    whose main clause it is. Not where another exception is given ("..., unless your life is in danger", "... or
    when the law requires it"), nor where the sentence turns to other cases ("otherwise", "other information",
    "else") or the act is done without consent."""
    n = len(stems)
    hits = [*found.get("consent_if", ()), *found.get("consent_only_if", ())]
    # an exception cue in the consent or on its "only" ("only if you agreed") is the consent's own
    own = [(a - 1 if a > 0 and stems[a - 1] == "only" else a, b) for a, b in hits]
    if not hits or not core or any(not any(a <= i < b for a, b in own) for i in exceptions):
        return False
    if any(s in _TURNS_ELSEWHERE for s in stems) or any(stems[q] == "without" for q in range(n)):
        return False
    if any(s in _WHERE_POSSIBLE for s in stems):
        return False  # "... with your consent where possible", "if we can": the consent sought, not waited for
    lead_end = next((q for q in range(1, n) if clause_edge[q]), n) if stems[0] in _CONDITION_LEADS else 0
    turned: list[tuple[str, tuple[int, int]]] = []
    for k, m in hits:
        if m < n and stems[m] == "or":
            continue  # "... with your consent or when the law requires it": another exception
        o = -1
        for q in range(k - 1, -1, -1):
            if stems[q] == "only":
                o = q
                break
            if clause_edge[q]:
                break  # the "only" must be in the clause of the consent
        if o < 0 or (o < k - 1 and o > 0 and stems[o - 1] not in _ONLY_BEFORE_ACT):
            continue  # "only" right before the consent ("... only if you agreed"), or before the act ("we would only contact")
        start = _clause_start(clause_edge, o)  # the start of the clause of the "only"
        for topic in core:
            a, b = _word_from(sent.words, sent.singles[topic].span[0]), _word_from(sent.words, sent.singles[topic].span[1])
            # (lead, session 20) the "only" clause must be the opening clause's own main clause: "If you plan to hurt
            # someone, we will contact the police, and we will only tell your family if you agree" keeps the limit (it read
            # harm_to_others contradicted, a false alarm)
            main = bool(lead_end) and start == lead_end
            if ((start <= a and b <= k) or (main and b <= lead_end)
                    # words from the opening "If ..." clause to the act in the "only" clause ("If you plan to hurt someone,
                    # we would only contact the police if you agree": the warning's danger and its police)
                    or (main and a < lead_end < b <= k)
                    # the limit given as an example of the case after the consent ("We only contact the police if you
                    # agree, for example if you tell us you plan to hurt someone"): tune36 found both read stated
                    or (start <= a and m < len(stems) and _EXAMPLE_AFTER.match(" ".join(stems[m : m + 3])) is not None
                        and not any(clause_edge[q] and stems[q] not in _EXAMPLE_LEADS for q in range(m + 1, max(m + 1, b))))):
                turned.append((topic, (k, m)))
    for topic, (k, m) in turned:
        st = sent.singles[topic]
        sent.singles[topic] = _statement(text, sent.words, topic, "opposite", st.force, [(_word_from(sent.words, st.span[0]), _word_from(sent.words, st.span[1])), (k, m)])
    return bool(turned)


#: Words that turn a sentence to other cases than its limit's ("otherwise we only share with your consent").
_TURNS_ELSEWHERE = frozenset({"otherwis", "otherwise", "other", "els", "else", "general", "generally", "routin", "routine"})
#: Words that make the client's say-so sought where it can be, not waited for ("with your consent wherever possible").
_WHERE_POSSIBLE = frozenset({"possibl", "possible", "practicabl", "practicable", "practic", "practical", "feasibl", "feasible",
                             "appropri", "appropriat", "appropriate", "saf", "safe", "abl", "able", "can", "try", "tri", "aim", "normal",
                             "normally", "usual", "usually", "ideal", "ideally", "prefer", "hop", "hope"})
#: Words an "only" of the act follows: a subject or a helping verb ("we would only contact", "would be shared ... only").
_ONLY_BEFORE_ACT = frozenset({"we", "i", "will", "would", "may", "might", "can", "could", "shall", "should", "must", "be",
                              "is", "are", "was", "were", "do", "did", "ll", "d", "they", "then"})


#: Words of whose duty a report is ("the responsibility of your school, not me").
_RESPONSIBLE = frozenset({"responsibility", "responsibl", "responsible", "job", "role", "duty", "task", "up", "handl", "handle", "make", "file", "report"})


#: Words before advice that make it a description of someone ("an adult who cannot seek help").
_DESCRIBED = frozenset({"who", "whom", "not", "unabl", "unable", "never"})


def _described(found: dict[str, list[tuple[int, int]]], stems: list[str], clause_edge: list[bool]) -> None:
    """Advice words that describe a person are no advice to the client: "an adult who depends on
    others and cannot seek help" (a relative clause, or the advice denied) says what that person
    cannot do. Such hits leave ``found["advice_frame"]``, so the sentence is read as usual."""
    kept = []
    for i, j in found["advice_frame"]:
        k = i - 1
        hit = False
        while k >= 0 and i - k <= 8:
            if stems[k] in _DESCRIBED:
                hit = True
                break
            if clause_edge[k + 1]:
                break
            k -= 1
        if not hit:
            kept.append((i, j))
    _set_places(found, "advice_frame", kept)


def _risk_exception(risk: tuple[str, frozenset[str], frozenset[str]], lex: Any, sent: _Sentence, clause_edge: list[bool]) -> None:
    """The risk of telling the client, second step (the first is :func:`_risk_regions`): "We will tell you
    before we share anything, unless doing so would put someone else in danger": the danger after the
    phrase of a telling duty stated here is the duty's exception, not a limit. It reaches the end of the
    sentence after the duty, or the end of its clause before it ("Unless telling you would put someone at
    risk, we will let you know beforehand")."""
    name, duties, limits = risk
    words = sent.words
    # "I will not tell you before I share if telling you would put someone in danger": a telling duty
    # refused only under the risk is the duty's own exception, not its opposite (it says nothing of it).
    firsts = [words[x][1] for x, _ in sent.found[name]]
    refused = [t for t, st in sent.singles.items() if t in duties and st.stance == "opposite" and any(st.span[1] <= at for at in firsts)]
    for t in refused:
        sent.singles[t] = Statement(t, "states", sent.singles[t].force, sent.singles[t].span, sent.singles[t].words)
    told = [st for t, st in sent.singles.items() if t in duties and st.stance == "states"]
    if not told:
        return
    n = len(words)
    for x, y in sent.found[name]:
        at = words[x][1]
        if any(st.span[0] < at for st in told):
            end = len(words)
        else:
            end = _clause_end(clause_edge, y, n)
        a, b = at, words[end - 1][2]
        # a limit whose last words lie in the exception ("tell ... someone else in danger": the danger is there)
        gone = [t for t, st in sent.singles.items() if t in limits and a < st.span[1] <= b]
        for t in gone:
            del sent.singles[t]
        # generic words wholly inside the exception ("when telling you might endanger someone") are its own
        sent.vague = [v for v in sent.vague if not all(a <= words[i][1] < b for i, _ in v[2])]
    for t in refused:
        del sent.singles[t]
    sent.states_limit = any(lex.topics[t][0] == "limit" for t in sent.singles)


#: Words that start a coordinated clause, and the words after them that make it one: a subject, a
#: helping verb or "then" ("..., and we tell you", "and will let you know", "and then, if ...").
_COORD = frozenset({"and", "but"})
#: Subjects of a clause of ours ("with a few limits we explain").
_OUR_SUBJECTS = frozenset({"we", "i"})
_CLAUSE_OPENERS = frozenset({"we", "i", "they", "he", "she", "staff", "counselor", "counsellor", "therapist", "clinician",
                             "will", "may", "must", "would", "can", "shall", "should", "might", "could", "then", "also",
                             # "... in our first session and if I ever need to break confidentiality I will discuss it
                             # with you first": a condition after "and" starts a clause of its own
                             "if", "when", "whenever", "onc"})


#: The groups whose phrase may end in "at risk" ("adult at risk"), and those that share it before "or"/"and".
_RISK_GROUPS = ("dependent", "elder")
_SHARING_GROUPS = ("child", "elder", "dependent")


def _shared_risk(found: dict[str, list[tuple[int, int]]], stems: list[str], ands: list[tuple[int, int]]) -> None:
    """"concerns about a child or an adult at risk": the "at risk" that ends the last group's phrase is the
    whole list's, so the group before "or"/"and" is at risk too (round 10's leftover); its words become an
    ``at_risk`` place. Only a group right before ("a child or an adult at risk"), no other words between."""
    for name in _RISK_GROUPS:
        for x, y in found.get(name, ()):
            if y - x < 3 or stems[y - 2 : y] != ["at", "risk"] or (x - 1, x) not in ands:
                continue
            if any(b == x - 1 and (a, b) != (x, y) for g in _SHARING_GROUPS for a, b in found.get(g, ())):
                found.setdefault("at_risk", []).append((y - 2, y))
                return


#: The groups a person harmed may be said to belong to ("the person harmed is a minor", "an elderly neighbour").
_GROUPS = ("child", "elder", "dependent")
#: Of them, those whose word before a person noun is an adjective of that person ("elderly", "disabled").
_ADJ_GROUPS = ("elder", "dependent")


def _one_of_group(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A person named as one of a protected group is no "other person" of harm to others: "unless the person
    harmed is a minor" (the harmed person said to be a child, round 10's leftover), "an elderly neighbour is
    being harmed" (an elder or dependent word right before the person noun). Their ``other`` places go."""
    groups = [h for g in _GROUPS for h in found.get(g, ())]
    adjs = {y for g in _ADJ_GROUPS for _, y in found.get(g, ())}
    harmed = found.get("harmed", ())
    n = len(stems)

    def of_group(x: int, y: int) -> bool:
        if x in adjs:
            return True
        for k, m in harmed:
            # "the person harmed is a minor", "the person who was hurt is a child": the harm word within two
            # words, then "is" and the group
            if y <= k <= y + 2 and m < n and stems[m] == "be" and any(a == m + 1 for a, _ in groups):
                return True
        return False

    kept = [(x, y) for x, y in found["other"] if not of_group(x, y)]
    _set_places(found, "other", kept)


#: What of a person may be at risk ("your safety", "the client's life").
_AT_RISK_OF = frozenset({"safety", "lif"})
#: The client as the owner of it ("your", "the client's": the possessive is read as the noun).
_CLIENT_OWNER = frozenset({"your", "client", "patient", "student", "counselee", "employee", "pupil"})
#: The danger it is in, after it ("is at risk", "is in danger", "is threatened", "is compromised").
_DANGER_CLASSES = ("danger_state", "at_risk", "in_danger", "vague_harm", "harm")


def _client_safety(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """The client's safety or life at risk ("If the client's safety or the safety of others is at risk", "If your
    safety is at risk"): the harm has the client named, as "a danger to yourself" has (labels.yaml: danger with the
    person named, you / yourself, states harm to self). The generic "safety is at risk" (vague_harm) hid the owner
    before it (limits16: real3's and real7's labels read harm to self stated). A ``self_harm`` place is added for
    the owner and the noun, when a danger follows within eight words."""
    dangers = [a for name in _DANGER_CLASSES for a, _ in found.get(name, ())]
    hidden = {a for a, _ in found.get("vague_harm", ())}
    for k in range(1, len(stems)):
        if stems[k] not in _AT_RISK_OF or stems[k - 1] not in _CLIENT_OWNER:
            continue
        # "your safety" and "your life" are the client's already (reflexive), unless the generic phrase hid them
        if stems[k - 1] == "your" and k not in hidden:
            continue
        if k in hidden or any(k < a <= k + 8 for a in dangers):
            found.setdefault("self_harm", []).append((k - 1, k + 1))
            return


#: Persons named by no more than their being a person ("any person", "an individual", "someone"): the client may be one.
_GENERIC_PERSONS = frozenset({("someon",), ("somebody",), ("anyon",), ("anybody",), ("a", "person"), ("any", "person"), ("person",),
                              ("an", "individual"), ("individual",), ("any", "individual"), ("person",)})
#: Words that name the client in a sentence, so that a generic person harmed is someone else the client may harm
#: ("If you threaten to harm someone", "a client who poses a danger to any person"), and words of the client's own
#: act against another ("homicidal", "violent").
_CLIENT_NAMED = frozenset({"you", "your", "client", "patient", "student", "pupil", "counselee", "he", "she", "they", "homicidal",
                           "violent", "violenc", "intent", "intend", "plan", "threaten", "threatens"})


#: The client's telling just after "you" ("If you tell us", "if you say"): the client as the teller only.
_CLIENT_TELLS = frozenset({"tell", "told", "say", "said", "disclos", "mention", "talk", "shar", "reveal"})


#: Words between a harm and the person it is done to ("harm done to any person").
_HARM_GLUE = frozenset({"to", "don", "caus", "do", "toward", "against", "a", "an", "any"})
#: Words between a person and the "be" of their danger ("a person may be at risk").
_MODAL_WORDS = frozenset({"be", "may", "might", "could", "would", "will", "can", "should", "also"})


def _generic_harmed(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A harm to a person named by no more than being one ("physical harm done to any person", "imminent danger to an
    individual or group", "a person may be at risk of harm"), in a sentence that names neither the client nor an act
    of the client's: the person may be the client, so the harm names no one (labels.yaml: "a serious threat to
    someone's life or health" names no one; the labels of real3, real5 and real15 read these vague for harm to self
    and to others) (limits16). Their ``other`` places go, and the harm becomes a ``vague_harm`` place.
    The client who only tells us ("If you tell us something serious, where there is an immediate risk to someone")
    does no act against anyone: that "you" names no one who may harm the person (tune19e)."""
    if any(st in _CLIENT_NAMED and not (st == "you" and stems[q + 1 : q + 2] and stems[q + 1] in _CLIENT_TELLS)
           for q, st in enumerate(stems)):
        return
    harms = found["harm"]
    n = len(stems)

    def harmed(x: int) -> "tuple[int, int] | None":
        # the harm right before, joined by "to" ("physical harm done to any person", "danger to an individual")
        for i, j in harms:
            if j <= x and x - j <= 3 and all(st in _HARM_GLUE for st in stems[j:x]):
                if stems[j - 1] in ("to", "against") or any(st in ("to", "against") for st in stems[j:x]):
                    return (i, j)
        return None

    def at_risk(y: int) -> "tuple[int, int] | None":
        # the person as the subject of a danger ("a person may be at risk of harm", "someone is in danger")
        k = y
        while k < n and k - y < 3 and stems[k] in _MODAL_WORDS:
            k += 1
        if k == y or k >= n or stems[k - 1] != "be":
            return None
        # ("someone is at risk" alone names no harm: a harm word after the risk, "at risk of harm") (core13)
        near = [(i, j) for i, j in harms if k <= i <= k + 4]
        if not any(stems[i:j] not in (["risk"], ["a", "risk"], ["danger"], ["safe"]) for i, j in near):
            return None
        return near[0]

    generic = []
    shown: list[tuple[int, int]] = []
    for x, y in found["other"]:
        if tuple(stems[x:y]) not in _GENERIC_PERSONS:
            continue
        h = harmed(x) or at_risk(y)
        if h is not None:
            generic.append((x, y))
            shown.append(h)
    if not generic:
        return
    kept = [h for h in found["other"] if h not in generic]
    _set_places(found, "other", kept)
    found.setdefault("vague_harm", []).append(shown[0])


#: (warn25) Words between a concern about safety and the "of" or "to" of its person ("the safety or wellbeing of").
_WORRY_GLUE = frozenset({"or", "and", "wellb", "well-being", "well", "be", "welfar", "safety", "the"})


def _safety_worry_named(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A concern about safety whose person follows it ("worries about the safety or wellbeing of a child", "a concern of
    serious risk to a child"): about that person, no generic harm; the ``safety_worry`` place goes (warn25)."""
    n = len(stems)
    kept = []
    for i, j in found["safety_worry"]:
        k = j
        while k < n and k - j < 3 and stems[k] in _WORRY_GLUE:
            k += 1
        if k < n and stems[k] in ("of", "to", "for"):
            continue
        kept.append((i, j))
    _set_places(found, "safety_worry", kept)


#: (warn25) The classes of a danger named outside a sharing to protect others ("a serious risk to others", "hurt someone").
_OUTSIDE_DANGER = ("harm", "violence", "threatened_one", "puts_at_risk", "in_danger", "danger_state")


def _protect_shared_beside(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A sharing of ours to protect others (``protect_shared``: "disclose information to protect them") beside a danger
    named outside it ("If you threaten to hurt someone, I might need to break confidentiality to protect them"): a
    ``protect_beside`` place, vague for duty_to_warn. The harm that ends the phrase or just follows it ("... to protect
    another person from serious harm") is its own: alone it is the bare justification, no protective act toward anyone
    (labels.yaml; tune17's near miss) (warn25)."""
    n = len(stems)
    for i, j in found["protect_shared"]:
        end = j
        if end < n and stems[end] == "from":
            end = min(n, end + 4)  # "from harm", "from serious harm", "from any physical harm"
        if any(not (i <= a and b <= end) for c in _OUTSIDE_DANGER for a, b in found.get(c, ())):
            found.setdefault("protect_beside", []).append((i, j))


#: (warn25) Words that name the client, so that a person named by no more than being one is someone else.
_SELF_CLIENT = frozenset({"you", "your", "yourself", "client", "patient", "student", "pupil", "counselee", "myself", "me"})
#: Words between a generic person and their self-harm that say no more than "is" ("someone may be", "a person is
#: believed to be at imminent risk of", "somebody is planning to", "someone is thinking of").
_SELF_LINK = frozenset({"be", "may", "might", "could", "would", "will", "can", "should", "also", "at", "risk", "for", "of",
                        "imminent", "immediat", "immediately", "serious", "seriously", "significant", "significantly", "high",
                        "real", "actual", "actually", "believ", "thought", "think", "deem", "found", "judged", "consider",
                        "appear", "seem", "fear", "to", "plan", "about", "threaten", "threatening", "feel", "activ", "actively",
                        "becom", "hav", "talk", "intend", "want", "els", "clear", "clearly", "determin", "assess", "known",
                        "likely", "in", "danger"})


#: (warn25) The person an abuse limit names: generic harm words in their clause speak of them.
_NAMED_AT_RISK = ("child", "elder", "dependent")
#: Words that name another person, or the client, between the named person and the generic harm: it may be theirs.
_OTHER_PERSONS = frozenset({"you", "your", "yourself", "other", "others", "someon", "anyon", "els", "anoth", "another", "public",
                            "client", "patient", "student"})


def _of_named(text: str, a: int, sent: "_Sentence", group: Any) -> Any:
    """A vague group of generic harm (``_harm_of_named``) as it counts beside the abuse limit of its sentence: said of
    an older or dependent adult, none (None); said of a child, harm to self only (the child may be the client: a
    school's or a youth service's page); else the group as it is (warn25)."""
    named = _harm_of_named(text, a, sent, group[0], group[2])
    if named is None:
        return group
    return (("harm_to_self",), group[1], group[2]) if named == "child" else None


def _harm_of_named(text: str, a: int, sent: "_Sentence", topics: tuple[str, ...], pieces: Any) -> "str | None":
    """The abuse limit's class ("child", "elder", "dependent") whose person generic words of harm ("imminent danger",
    "a safety concern") are said of, in one clause with them ("a child reports that she or he is being harmed or is in
    imminent danger", "an older adult ... is at imminent risk of harm", "a safety concern surrounding the child"), or
    None: they speak of that person, no harm to others of their own (both labellers of real22 and real23, three pages;
    an older adult's is no harm to the client either). Not across a comma ("if there is a serious risk to someone's
    life, if a child is at risk": the harm stands), nor with the client or another person named between (warn25)."""
    if topics != ("harm_to_self", "harm_to_others") or not pieces:
        return None
    words = sent.words
    i, j = pieces[0][0], pieces[-1][1]
    for c in _NAMED_AT_RISK:
        for x, y in sent.found.get(c, ()):
            lo, hi = (y, i) if y <= i else (j, x) if x >= j else (None, None)
            if lo is None or hi - lo > 14:
                continue
            if re.search(r"[,;:]", text[a + words[lo - 1][2] : a + words[hi][1]]):
                continue
            if any(st in _OTHER_PERSONS for st, _, _ in words[lo:hi]):
                continue
            return c
    return None


#: Words after a list of people that make the list a subject ("If a client poses a risk to themselves, the counselor or
#: another person may contact the family"), as stems.
_LIST_SUBJECT_NEXT = frozenset({"may", "will", "can", "must", "should", "would", "could", "might", "shall", "be", "has", "hav",
                                "need"})


def _list_as_subject(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A list of the client, a person between (the therapist, staff, the family) and another person
    (``self_and_other``'s "{self_one}, {between_one} or {other_one}") that a verb follows is the subject of a new clause
    ("If a client poses a risk to themselves, the counselor or another person may contact the family"): no one else
    at risk, so the list is dropped (warn26)."""
    mids = found["between_one"]
    kept = [(a, b) for a, b in found["self_and_other"]
            if not (any(a < x and y < b for x, y in mids) and b < len(stems) and stems[b] in _LIST_SUBJECT_NEXT)]
    _set_places(found, "self_and_other", kept)


def _generic_self_group(sent: "_Sentence", topics: tuple[str, ...], pieces: Any) -> bool:
    """Whether a vague group is only a generic person's self-harm (``_generic_self``): it stands beside the other
    limits of its sentence ("someone is suicidal or homicidal": the self-harm stays vague beside the harm to others),
    as a vague entry marked ``stands`` would; the mark itself would make every harm_to_self entry stand (warn25)."""
    places = sent.found.get("vague_self")
    return bool(places and pieces and topics == ("harm_to_self",)
                and all(any(x <= p[0] < y for x, y in places) for p in pieces))


def _emergency_group(sent: "_Sentence", topics: tuple[str, ...], pieces: Any) -> bool:
    """Whether a vague group is only an emergency given as the reason for a sharing of ours (``_emergency_ground``): it
    stands beside the other limits of its sentence ("restricted to our staff except in emergency or required by law")
    (emerg34)."""
    places = sent.found.get("emerg_ground")
    return bool(places and pieces and topics == ("harm_to_self",)
                and all(any(x <= p[0] < y for x, y in places) for p in pieces))


#: (emerg34) The nouns "emergency" only qualifies ("emergency services", "emergency care", "an emergency contact",
#: "emergency purposes"): no emergency as a reason, as stems.
_EMERG_MODIFIED = frozenset({"car", "support", "treatment", "servic", "service", "room", "department", "contact", "number",
                             "lin", "line", "plan", "procedur", "procedure", "appointment", "session", "arrangement", "help",
                             "assistanc", "assistance", "personnel", "respond", "responder", "respons", "response", "medical",
                             "purpos", "purpose", "us", "use", "fund", "leav", "leave", "exit", "light", "lighting", "phon",
                             "phone", "team", "worker", "hotlin", "hotline", "helplin", "helpline", "shelter", "visit",
                             "admission", "hospital", "physician", "doctor", "detail", "information", "person", "protocol",
                             "polic", "policy", "cover", "coverag", "coverage", "kit", "medicin", "medicine", "therapy",
                             "counsel", "counsell", "counseling", "counselling", "psychiatric", "mental", "health", "crisis",
                             "referral", "evaluation", "assessment", "hold", "detention", "order", "petition", "disclosur",
                             "disclosure", "releas", "release", "report", "call"})
#: (emerg34) Kinds of emergency that name no danger to a person (both labellers of tune22 read "a medical emergency"
#: told to medical personnel as no harm to self; a family or weather emergency excuses a missed session), as stems.
_EMERG_KINDS = frozenset({"medical", "family", "personal", "weather", "public", "national", "fir", "fire", "dental", "childcar",
                          "childcare", "household", "work", "travel", "veterinary", "pet"})
#: (emerg34) An act of sharing, telling or contacting, as written.
_EMERG_ACT = lazy(r"(?i)\b(?:shar(?:e|ed|es|ing)|disclos\w*|releas(?:e|ed|es|ing)|reveal\w*|pass(?:ed|es)?\s+on|inform(?:s|ed|ing)?|"
                  r"tell|tells|told|telling|notif\w*|contact(?:s|ed|ing)?|call(?:s|ed|ing)?|report(?:s|ed|ing)?|alert(?:s|ed|ing)?|"
                  r"breach(?:es|ed|ing)?|break(?:s|ing)?|broken|waiv\w*|overrid\w*|overridden|set\s+aside|get\s+in\s+touch|"
                  r"give\s+out|hand(?:ed)?\s+over|communicat\w*|(?:speak|talk)(?:s|ing)?\s+(?:to|with)|spoke\s+(?:to|with)|"
                  r"provid(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,3}?to|involv(?:e|es|ed|ing))\b")
#: (emerg34) Words of privacy an emergency may be the exception to ("restricted to our staff except in emergency").
_EMERG_PRIVACY = lazy(r"(?i)\b(?:confidential\w*|privacy|private|restricted|secret|leav(?:e|es|ing)\s+(?:the|this)\s+room|between\s+us|kept\s+within|"
                        r"(?:accessed|seen|read)\s+(?:only\s+)?by|(?:only\s+)?available\s+(?:only\s+)?to)\b")
#: (emerg34) An exception word just before the emergency ("except in emergency", "unless there is an emergency", "other
#: than in an emergency").
_EMERG_EXCEPT = lazy(r"(?i)\b(?:except|unless|other\s+than|apart\s+from|save\s+for|save\s+in|excepting)\b(?:\s+[\w-]+){0,5}?\s*$")
#: (emerg34) A concession or a refusal just before the emergency ("not even in an emergency", "even in an emergency"):
#: no reason to share.
_EMERG_EVEN = lazy(r"(?i)\b(?:even|regardless|no\s+matter)\b(?:\s+[\w-]+){0,4}?\s*$")
#: (emerg34) Whom the act is done to that makes it no sharing about the client: us ("contact me in an emergency", "a
#: safety plan that is shared with my provider") or the client ("we will call you").
_EMERG_TO_US = lazy(r"(?i)\s+(?:(?:it|this|that|them|information|details)\s+)?(?:with\s+|to\s+)?(?:us|me|you|yourself|(?:my|your|our|the)\s+"
                    r"(?:provider|therapist|counsell?or|psychologist|clinician|practitioner|office|practice|clinic)s?)\b")
_EMERG_PREPS = frozenset({"about", "to", "with", "for", "of", "from", "by", "on", "at", "regarding", "concerning"})
_EMERG_CLIENT_SUBJ = frozenset({"you", "you're", "youre", "yourself", "client", "clients", "student", "students", "parent", "parents"})
_EMERG_MORE_OURS = frozenset({"provider", "providers", "counsellors", "counselors", "staff", "clinicians", "he", "she", "they"})


def _emergency_ground(found: dict[str, list[tuple[int, int]]], stems: list[str], words: Any, text: str) -> None:
    """An emergency given as the reason for a sharing or a contact of ours ("Such information is restricted to our staff
    except in emergency", "This information would only be shared in the case of a serious emergency", "I may disclose
    your PHI to others if an emergency exists", "if there is an emergency during a session, my provider will call
    emergency services"): no person at risk named, so harm_to_self vague (``emerg_ground``): both labellers of real21
    and real24, and tune19b's labeller, read it so (emerg34). The emergency is the noun itself, said by any build
    ("in an emergency", "if an emergency exists", "in the case of a serious emergency", "Emergencies are the only time
    ..."); not a named kind ("a medical emergency", read as no danger by both labellers of tune22), nor the noun only
    qualifying another ("emergency services", "emergency contact", "emergency care"). The sentence tells a sharing or a
    contact whose teller is ours (any voice: "we may share", "is only released", "my provider will call"), or a word
    of privacy with the emergency as its exception ("except in emergency"). Not the client's act or an order to the
    client ("In an emergency, call 911", "If you have an emergency, you can contact me"), a sharing with us or a
    contact of the client ("contact me in an emergency", "shared with my provider", "we will call you"), a concession
    ("not even in an emergency"), a channel's notice ("not monitored for emergencies": no act), fees or appointments
    ("cancel ... in an emergency"), or the client's say-so."""
    whole = text[words[0][1] : words[-1][2]] if words else ""
    if not whole or _NOT_A_WARNING.search(text):
        return
    # the client's say-so (not denied: "without your consent") makes the sharing the client's choice, unless the
    # emergency is a case of its own, "or" between them ("with your consent or in an emergency", "except in
    # emergencies or with your written consent")
    say_so = [m.start() for m in _SAY_SO.finditer(text) if not _SAY_SO_DENIED.search(text, max(0, m.start() - 50), m.start())]
    places: list[tuple[int, int]] = []
    for c in ("emergency", "for_emergencies"):
        for i, j in found.get(c, ()):
            at = next((k for k in range(i, j) if stems[k] == "emergency" or stems[k].startswith("emergenc")), None)
            if at is None:
                continue
            if c == "emergency" and (j - i != 1 or any(x <= at < y and y - x > 1 for x, y in found["emergency"])):
                continue  # a phrase of its own: "medical emergency", "emergency contact"
            if at and stems[at - 1] in _EMERG_KINDS:
                continue  # a named kind of emergency ("a family emergency", "a medical emergency"): no danger named
            if at + 1 < len(stems) and stems[at + 1] in _EMERG_MODIFIED:
                continue  # "emergency services", "emergency care": the noun only qualifies another
            if at and text[words[at - 1][2] : words[at][1]].strip() == "/":
                continue  # "law enforcement/emergency purposes"
            places.append((i, j, at))
    if not places:
        return
    ours = _OUR_TELLER | _EMERG_MORE_OURS
    acts = []
    for m in _EMERG_ACT.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in ("-", "/"):
            continue
        tail = text[m.end() :]
        if _EMERG_TO_US.match(tail):
            continue  # with us or to the client ("contact me", "shared with my provider", "we will call you")
        # the clause of the act, and its teller: the nearest person before the act in its clause
        clause = re.split(r"[,;:(]|\bthen\b|\bthat\b|\bwho\b|\bwhich\b", text[: m.start()])[-1].lower()
        before = re.findall(r"[a-z']+", clause)
        lead = [w for w in before if w not in _FILLERS]
        if lead and lead[0] in _ORDER_VERBS and not set(before) & ours:
            continue  # an order to the client ("please call 911")
        if not lead:
            continue  # an order at the start of its clause ("..., call 911")
        # (a person after a preposition is no teller: "Information about you is not shared ...")
        nearest = next((w for k, w in reversed(list(enumerate(before)))
                        if (w in _EMERG_CLIENT_SUBJ or w in ours) and not (k and before[k - 1] in _EMERG_PREPS)), None)
        if nearest in _EMERG_CLIENT_SUBJ:
            continue  # the client's act ("you can contact emergency services")
        if before and before[-1] in ("be", "been", "being") and nearest in _OUR_TELLER and m.group(0).lower().startswith(("contact", "call")):
            continue  # we are the ones contacted ("I can be contacted in an emergency")
        if re.search(r"\b(?:not|never|no\s+one|nobody|nothing)\b", clause) or re.search(r"\bn't\b|n't\s*$", clause):
            acts.append((m.start(), True))  # denied: counts only with an exception word before the emergency
            continue
        acts.append((m.start(), False))
    privacy = _EMERG_PRIVACY.search(text) is not None
    kept = []
    for i, j, at in places:
        start = words[at][1]
        if _EMERG_EVEN.search(text[max(0, start - 40) : start]):
            continue
        excepted = _EMERG_EXCEPT.search(text[max(0, start - 50) : start]) is not None
        if say_so and not all(re.search(r"\bor\b", text[k:start] if k < start else text[start:k]) for k in say_so):
            continue
        if any(not denied or excepted for _, denied in acts) or (excepted and privacy):
            kept.append((i, j))
    if kept:
        found.setdefault("emerg_ground", []).extend(kept)


#: A notice to the client after a disclosure, said as nouns ("We will send you written notice within ten days after any
#: disclosure made without your authorization", "Any disclosure without your authorisation will be followed by written
#: notice to you"): telling after (``notice_after``; proc37, session 21). Two slots in sequence, so a pattern, not a
#: product of word lists.
_NOTICE_AFTER = lazy(r"\b(?:notice|notification|letter)\b[^.;:]{0,40}?\bafter\s+(?:any|a|the|each|every|such\s+a)\s+(?:\w+\s+)?"
                     r"(?:disclosure|report|release)s?\b"
                     r"|\b(?:disclosure|report|release)s?\b[^.;:]{0,60}?\bfollowed\s+(?:up\s+)?by\s+(?:a\s+)?(?:prompt\s+)?(?:written\s+)?"
                     r"(?:notice|notification|letter)\s+to\s+(?:you|the\s+(?:client|student|patient)|them)\b"
                     # (review37, session 21) the disclosure first, the client's notice after it ("After any disclosure, you
                     # will receive written notice from us": it read nothing)
                     r"|\bafter\s+(?:any|a|the|each|every|such\s+a)\s+(?:\w+\s+)?(?:disclosure|report|release)s?\b[^.;:]{0,40}?"
                     r"\b(?:you|the\s+(?:client|student|patient))\s+(?:will|would|shall)\s+(?:\w+\s+)?(?:receive|get|be\s+sent|be\s+given)\s+"
                     r"(?:a\s+)?(?:prompt\s+)?(?:written\s+)?(?:notice|notification|letter)\b", re.IGNORECASE)
#: The client given the chance, or asked, to make the report themselves, before ours ("We will give you the opportunity
#: to make the report yourself before we do", "We may first invite you to make the report yourself"): telling first
#: (``self_report_first``), only with "first" or "before we" in the sentence: "We can support you to make a report
#: yourself" is a victim service's help (proc37, session 21).
_SELF_REPORT = lazy(r"\b(?:opportunity|chance|invit\w*|encourag\w*|ask\w*|support\w*|help\w*)\b[^.;:]{0,30}?\bto\s+(?:make|file|submit)"
                    r"\s+(?:the|a|this|that|any)\s+(?:report|referral|disclosure)\s+(?:yourself|themselves|himself|herself)\b",
                    re.IGNORECASE)
_SELF_REPORT_FIRST = lazy(r"\bfirst\b|\bbefore\s+(?:we|i|the\s+(?:counsell?or|therapist|service))\b", re.IGNORECASE)
#: ... help or support to make the report is a victim service's help ("If you have been a victim of crime, we will first
#: help you to make a report yourself to the police": it read before_disclosure stated): first only with "before we"
#: after it, a report of ours to follow (review37, session 21)
_SELF_REPORT_HELP = lazy(r"^(?:support|help)", re.IGNORECASE)
_SELF_REPORT_BEFORE = lazy(r"\bbefore\s+(?:we|i|the\s+(?:counsell?or|therapist|service))\b", re.IGNORECASE)


def _told_by_pattern(found: dict[str, list[tuple[int, int]]], words: list[tuple[str, int, int]], text: str) -> None:
    """Fill ``notice_after`` and ``self_report_first`` from ``_NOTICE_AFTER`` and ``_SELF_REPORT`` (proc37, session 21)."""
    def span(m: "re.Match[str]") -> "tuple[int, int] | None":
        return next(iter(_pieces_in(words, *m.span())), None)
    for m in _NOTICE_AFTER.finditer(text):
        got = span(m)
        if got is not None:
            found.setdefault("notice_after", []).append(got)
    if _SELF_REPORT_FIRST.search(text):
        for m in _SELF_REPORT.finditer(text):
            if _SELF_REPORT_HELP.match(m.group()) and not _SELF_REPORT_BEFORE.search(text, m.end()):
                continue
            got = span(m)
            if got is not None:
                found.setdefault("self_report_first", []).append(got)


def _generic_self(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> None:
    """A self-harm whose person is named by no more than being one ("if someone is suicidal", "a person is at risk
    for suicide", "somebody is planning to take their own life"), in a sentence that names no client: the person may
    be the client or anyone else, so the self-harm names no one (vague for harm_to_self only, ``vague_self``), as
    ``_generic_harmed`` reads a generic person's harm (labels.yaml: "someone" may be the client; tune19b, tune18a,
    real20's labellers read these vague) (warn25). After "at risk for" a list may stand between ("a person is at risk
    for child or elder abuse/neglect, suicide, or homicide")."""
    if "you_subj" in found or any(st in _SELF_CLIENT for st in stems):
        return
    persons = [(x, y) for x, y in found.get("other", ()) if tuple(stems[x:y]) in _GENERIC_PERSONS]
    persons += [(x, x + 1) for x, _ in found.get("vague_harm", ()) if (stems[x],) in _GENERIC_PERSONS]
    if not persons:
        return

    def subject_of(i: int) -> "tuple[int, int] | None":
        for x, y in persons:
            if not y <= i or i - y > 12:
                continue
            between = stems[y:i]
            if all(st in _SELF_LINK for st in between) and i - y <= 8:
                return (x, y)
            # a list after "at risk for" or "at risk of" ("at risk for child or elder abuse/neglect, suicide")
            k = next((k for k in range(len(between) - 1) if between[k] == "risk" and between[k + 1] in ("for", "of")), None)
            if k is not None and all(st in _SELF_LINK for st in between[:k]) and not set(between[k:]) & _CLIENT_NAMED:
                return (x, y)
        return None

    pairs = found.get("self_and_other", ())
    moved, subjects = [], []
    for i, j in found["self_harm"]:
        if any(i <= x <= j for x, _ in pairs):
            continue  # the person who may harm themselves or others ("a person is deemed at risk of harming themselves or
            # others"): the client, whose danger to others the practice answers for (tune18b's labeller read it stated)
        at = subject_of(i)
        if at is not None:
            moved.append((i, j))
            subjects.append(at)
    if not moved:
        return
    kept = [h for h in found["self_harm"] if h not in moved]
    _set_places(found, "self_harm", kept)
    for c in ("other", "vague_harm"):
        # the person, and generic words of harm between the person and the self-harm ("someone may be at risk of",
        # "at imminent risk of suicide"), go with it: no harm to others of their own
        left = [(a, b) for a, b in found.get(c, ())
                if (a, b) not in subjects and not any(x <= a and b <= j for (x, _), (_, j) in zip(subjects, moved))]
        _set_places(found, c, left)
    found.setdefault("vague_self", []).extend(moved)


def _coordinated(stems: list[str], clause_edge: list[bool], actions: frozenset[str]) -> list[int]:
    """Where a coordinated clause starts: "and" or "but" after a comma, or before a subject, a helping
    verb or an action verb ("... at your first session and tell you first ..."), and, in such a list, an
    action verb after a comma. Empty: one clause."""
    n = len(stems)
    starts = [
        i for i in range(1, n - 1)
        if stems[i] in _COORD and (clause_edge[i] or stems[i + 1] in _CLAUSE_OPENERS or stems[i + 1] in actions)
    ]
    # a list of clauses: "We review this at your first appointment, notify you before sharing, and share the
    # minimum necessary" -- before its "and", a comma followed by an action verb starts an item (trial 8)
    last = max((i for i in range(1, n - 1) if stems[i] in _COORD), default=0)
    # "What you tell us stays private, with a few limits we explain at your first session": "with" after a comma,
    # then a subject and its verb, starts a clause of its own (places14)
    withs = [i for i in range(1, n - 2) if clause_edge[i] and stems[i] == "with" and any(stems[k] in _OUR_SUBJECTS for k in range(i + 1, min(n, i + 6)))]
    return sorted({*starts, *withs, *(i for i in range(1, last) if clause_edge[i] and stems[i] in actions)})


def _outside(found: dict[str, list[tuple[int, int]]], unless: frozenset[str], starts: list[int], n: int) -> dict[str, list[tuple[int, int]]]:
    """``found`` without the clauses that hold a phrase of ``unless`` (the clauses start at ``starts``)."""
    bounds = [0, *starts, n]
    clauses = list(zip(bounds, bounds[1:]))
    blocked = [(a, b) for a, b in clauses if any(a <= i < b for c in unless for i, _ in found.get(c, ()))]
    out: dict[str, list[tuple[int, int]]] = {}
    for c, hits in found.items():
        kept = [(i, j) for i, j in hits if not any(a <= i < b for a, b in blocked)]
        if kept:
            out[c] = kept
    return out


#: The cut of a negated stretch with no contrast after it.
_NO_CUT = 1 << 30

#: The last words of the `risk_act_it` phrases of the `telling_risk` class: they only point back to a
#: telling ("unless doing so would"), so they count only after telling the client.
_RISK_IT = frozenset({"so", "this", "that", "it"})


def _risk_regions(regions: list[Any], hits: list[tuple[int, int]], stems: list[str], found: dict[str, list[tuple[int, int]]],
                  clause_edge: list[bool], n: int) -> None:
    """The risk of telling the client, first step ("..., unless telling you would put someone in danger"):
    what lies in the rest of its clause is neither said nor said the opposite way. One that only points
    back ("unless doing so would") counts only after telling the client ("we will talk to you first,
    unless doing so would ..."). :func:`_risk_exception` is the second step."""
    told = [b for a, b in found.get("notify_verb", ()) if any(b <= c <= b + 3 for c, _ in found.get("client_ref", ()))]
    for i, j in hits:
        if stems[j - 2] not in _RISK_IT or any(b <= i for b in told):
            hi = _clause_end(clause_edge, j, n)
            regions.append((i, hi, i, j, i, True, _NO_CUT, False))


#: Words after a negated act that make it a narrowing ("not ... in response to a subpoena alone").
_ALONE = frozenset({"alon", "itself", "solely", "merely"})

#: Nouns of a disclosure that a "that" clause can qualify ("any disclosure that we could not discuss with you").
_SHARE_NOUNS = frozenset({"disclosur", "report", "releas"})


def _adults_abused(stems: list[str], found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether every generic word of abuse is said of adults ("abuse of adults", "abuse of an adult", "adult abuse")
    in a sentence that names no child: the abuse limits of adults, not the child's (review24: "We are not required to
    report abuse of adults" read child abuse contradicted)."""
    if any(c in found for c in ("child", "child_actor", "young_client", "other_child", "child_agency")):
        return False
    hits = found.get("abuse", ())
    return bool(hits) and all(
        (b < len(stems) and stems[b] == "of" and "adult" in stems[b + 1 : b + 3]) or (a > 0 and stems[a - 1] == "adult")
        for a, b in hits
    )


def _abused_as_adult(text: str, words: list[tuple[str, int, int]], found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether every generic word of abuse is the client's own, suffered as an adult ("abuse that you disclose about
    yourself as an adult", "abuse you tell us about from your time as an adult") in a sentence that names no child:
    no child, older or dependent adult at risk, so none of the three abuse limits (the lexicon's near misses list the
    common phrases; this reads the words between). A false alarm before: "We must report child abuse. However, we do
    not report abuse that you disclose about yourself as an adult" read child abuse contradicted. Not "as" giving a
    reason ("We never report abuse, as adults can look after themselves")."""
    if any(c in found for c in ("child", "child_actor", "young_client", "other_child", "child_agency")):
        return False
    if _CHILD_TIME.search(text):
        return False  # "Abuse you disclose as an adult that happened before you were 18": the telling is the adult's (review26)
    hits = found.get("abuse", ())
    return bool(hits) and all(_AS_ADULT.match(text, words[b - 1][2]) is not None for _, b in hits)


#: Words that put abuse told as an adult in the client's childhood ("before you were 18", "your school years",
#: "historical abuse"): a child's abuse, told later.
_CHILD_TIME = lazy(r"(?i)\b(?:before\s+(?:you|they|he|she)\s+(?:were|was|turned)\s+(?:18|eighteen|an\s+adult)|under\s+(?:18|eighteen)|as\s+an?\s+(?:child|minor|teen\w*|young\s+person)"
                   r"|child\w*|school|teen\w*|youth|minor|historic\w*|retrospective|non-recent|young)\b")
#: The words after abuse, in its clause, that make it suffered as an adult ("abuse you told us about as an adult").
_AS_ADULT = lazy(r"[^.;,:!?]{0,60}?\b(?:as\s+an\s+adult\b(?!\s+(?:has|can|is|should|may|must|will|would|does|needs?)\b)|in\s+adulthood\b)", re.I)


#: A time that joins the present to a past case: the whole limit still refused (stems).
_NOW = frozenset({"now", "present", "current", "currently", "ongo", "ongoing", "still", "today"})


def _set_places(found: dict[str, list[tuple[int, int]]], name: str, kept: list[tuple[int, int]]) -> None:
    """Keep only the places ``kept`` of class ``name`` in ``found``; with none left, the class is not found at all."""
    if kept:
        found[name] = kept
    else:
        found.pop(name, None)


def _until_left_out(stems: list[str], clause_edge: list[bool], regions: list[Any]) -> list[Any]:
    """A refused act up to a time ("Your records are not released until we receive a court order", "no one will know
    until I warn that person"): the time is when the act happens, so its clause is no part of what is refused. The
    refusal's reach goes on after that clause ("Nothing is shared until you consent, even if you threaten someone"
    still refuses the threat). Where the act the refusal names comes only in the time ("If you are suicidal, no one will
    know until we call your doctor"), nothing before it is refused. (lead22, session 22: the court order read contradicted, a false alarm; making "until"
    an exception, as "unless" is, made the threat after "until you consent" a false all clear.)"""
    out = []
    for region in regions:
        lo, hi, hit, drop = region[0], region[1], region[4], region[5]
        # (from the cue on: the act the cue refuses may be found only in the time, "no one will know until I warn")
        k = next((x for x in range(max(lo, region[3]), hi) if stems[x] in ("until", "till")), -1) if not drop else -1
        if k < 0:
            out.append(region)
            continue
        after = _clause_end(clause_edge, k + 1, hi)
        then = after + (1 if stems[after : after + 1] == ["and"] else 0)
        if _until_ends(stems, k + 1, after) or (stems[then : then + 2] == ["even", "then"] and not {
                "onli", "only", "not", "never"}.isdisjoint(stems[then + 2 : then + 7])):
            # the time is the end of a danger or of a wait ("We will not warn anyone until the danger has passed", "not
            # given to anyone until a subpoena expires"), or a further refusal follows it ("not disclosed until a
            # subpoena is received, and even then only with your consent"): the whole stays refused (review42a)
            out.append(region)
            continue
        if k > lo and hit < k:
            # (cut at the time: a reading that takes a word from it, "warn" in "no one will know until I warn that
            # person", is no part of what the refusal before it refuses)
            out.append((lo, k, *region[2:6], min(region[6], k), *region[7:]))
        if after < hi:
            out.append((after, hi, *region[2:]))
    return out


def _until_ends(stems: list[str], lo: int, hi: int) -> bool:
    """Whether the time ``lo`` to ``hi`` after "until" names an end as its state: an end word after a form of "be" or
    "have" or after "no" ("until the danger has passed", "until you are no longer a danger", "until the threat is
    over"), or "expires". Not an act of ours ("until we pass it on to the police", "until we hand them over"; the
    before-stop review found both read as a refusal)."""
    return any(stems[x] in _UNTIL_ENDS and (stems[x] == "expir" or stems[x - 1] in _STATE_LEADS) for x in range(max(lo, 1), hi))


#: What comes before an end word that names a state ("has passed", "is over", "no longer"; stems).
_STATE_LEADS = frozenset({"has", "have", "had", "ha", "be", "been", "is", "are", "was", "were", "no"})
#: Words in a time after "until" that name an end, not an act of ours or a case ("until the danger has passed", "until
#: you are no longer a danger", "until the abuse has stopped", "until a subpoena expires"; stems).
_UNTIL_ENDS = frozenset({"pass", "over", "end", "stop", "expir", "longer", "gon", "finish", "resolv", "withdrawn", "saf",
                         "lift", "ceas", "subsid"})


def _clause_start(clause_edge: list[bool], i: int) -> int:
    """The first word of the clause that holds word ``i``."""
    while i > 0 and not clause_edge[i]:
        i -= 1
    return i


def _clause_end(clause_edge: list[bool], i: int, stop: int) -> int:
    """The first clause edge at or after word ``i`` (the word that starts the next clause), or ``stop``: the end of the
    clause that holds the words before ``i``."""
    while i < stop and not clause_edge[i]:
        i += 1
    return i


def _alone_before(stems: list[str], lo: int, hit: int) -> bool:
    """Whether the words ``lo`` to ``hit`` (before or after the refused act) call its ground too little by itself:
    "alone", "solely", "merely", "in itself", "by itself", "on its own" (not inside a condition: "Even if you live
    alone, we will not call anyone", "we will never contact anyone, even when you are alone" refuse)."""
    for x in range(lo, hit):
        st = stems[x]
        if st in _SUBORDINATE:
            return False
        if st in _ALONE or (st == "own" and x > 1 and stems[x - 2] == "on" and stems[x - 1] in _OWN_OWNER):
            return True
    return False


#: Whose "own" makes "on its own" a ground by itself (stems).
_OWN_OWNER = frozenset({"it", "its", "their", "thi", "this", "that"})


def _condition_start(stems: list[str], clause_edge: list[bool], i: int) -> int:
    """Where the condition that holds word ``i`` starts inside its clause ("... if we could not tell you",
    "... any disclosure that we could not discuss"), or -1."""
    p = i - 1
    while p > 0 and not clause_edge[p + 1]:
        st = stems[p]
        if st == "if" or (st == "that" and stems[p - 1] in _SHARE_NOUNS):
            return p
        p -= 1
    return -1


def _before_as_condition(sent: "_Sentence", stems: list[str], clause_edge: list[bool]) -> None:
    """Drop telling before where its words lie only in a condition and telling after is the promise: "If we
    ever had to disclose before speaking with you, we would tell you afterwards"."""
    found = sent.found
    n = len(stems)
    spans: list[tuple[int, int]] = []
    for p, st in enumerate(stems):
        if st == "if":
            q = _clause_end(clause_edge, p + 1, n)
            spans.append((p, q))
    if not spans:
        return
    # The condition names a disclosure before its "before" ("If a report was made before we could talk"):
    # "If possible, we will tell you beforehand, and if not, afterwards" promises both.
    spans = [(a, b) for a, b in spans if any(_is_share_act(stems, k) for k in range(a + 1, b))]
    if not spans:
        return
    inside = lambda k: any(a <= k < b and any(_is_share_act(stems, x) for x in range(a + 1, k)) for a, b in spans)  # noqa: E731
    if all(inside(i) for i, _ in found.get("before_cue", ())) and any(not any(a <= i < b for a, b in spans) for i, _ in found.get("after_cue", ())):
        del sent.singles["before_disclosure"]


#: Other acts of giving information out ("release", "send", "give" more than is needed).
_SHARE_VERBS = frozenset({"send", "giv", "provid", "hand", "reveal", "disclos", "releas"})

#: Stems of a disclosure in a condition ("If we had to disclose ...", "If a report was made ...").
_SHARE_ACTS = frozenset({"disclos", "disclosur", "report", "shar", "releas", "act", "break", "pass"})


def _is_share_act(stems: list[str], k: int) -> bool:
    st = stems[k]
    if st == "call":  # "call APS", not "call you"
        return k + 1 < len(stems) and stems[k + 1] not in _CLIENT_WORDS
    return st in _SHARE_ACTS


def _one_side(way: tuple[str, ...], used: list[tuple[int, int]], sents: list[dict[str, list[tuple[int, int]]]], lex: Any, regions: list[Any]) -> list[tuple[int, int]]:
    """Words of one way on both sides of a contrast ("I do not have to tell you beforehand ... but I will
    tell you afterwards"): read the way on one side only, after the contrast first (it states), else before it."""
    for rs in regions:
        for r in rs:
            c = r[6]
            if c == _NO_CUT or not (any(i < c for i, _ in used) and any(i >= c for i, _ in used)):
                continue
            for keep in (lambda i: i >= c, lambda i: i < c):
                side = [{k: [h for h in hits if keep(h[0])] for k, hits in found.items()} for found in sents]
                got = _match_in(way, side, lex.near, lex.close, frozenset(), lex.targets)
                if got is not None:
                    return got
    return used


#: Exception words that only contrast ("..., but ..."): the negation before them stands for what lies before them.
_CONTRAST = frozenset({"but", "however"})

#: A request to a court ("ask the court not to release", "make a request to the court that certain information not be
#: released", "apply to the judge ..."): what is asked of the court is no refusal of ours (real8: an Ontario
#: psychologist's list of exceptions, where the subpoena is obeyed and the court decides).
_REQUEST_WORDS = frozenset({"request", "ask", "petition", "apply"})
_COURT_WORDS = frozenset({"court", "judg", "tribunal", "magistrat"})


def _asks_court(stems: list[str], i: int) -> bool:
    """True when the cue at ``i`` follows a request to a court in the 12 words before it ("request to the court that")."""
    lo = max(0, i - 12)
    for r in range(lo, i):
        if stems[r] in _REQUEST_WORDS and any(stems[c] in _COURT_WORDS for c in range(r + 1, min(i, r + 4))):
            return True
    return False

#: Words that carry on a list after "without your consent" ("without your consent or a court order").
_OR_WORDS = frozenset({"or", "unless", "except"})


def _another_exception(stems: list[str], clause_edge: list[bool], b: int) -> bool:
    """Whether another exception follows the client's say-so that ends at ``b``: "or" (or "unless", "except") within
    three words, or later in its clause ("unless you ask us to pass it on or a judge orders it": fix14, the judge's
    order read as refused)."""
    n = len(stems)
    if any(st in _OR_WORDS for st in stems[b : b + 3]):
        return True
    k = b + 3
    while k < n - 1 and not clause_edge[k] and k < b + 8:
        # further on, only "or" that starts a case of its own ("or a judge orders it", "or we think you are in danger");
        # "unless you ask us to inform other organisations or individuals" lists whom the client may ask us to tell
        # (real6: a UK page on self-harm)
        if stems[k] in _OR_WORDS and (stems[k + 1] in _NEW_SUBJECT or stems[k + 1] in _COURT_WORDS or stems[k + 1] in _CONDITION_WORDS):
            return True
        k += 1
    return False

def _contrary(lex: Any, sent: _Sentence, text: str, topic: str, ways: Any, avoid: frozenset[int], stems: list[str]) -> None:
    """The ``contrary`` ways: words that say the opposite of a duty by themselves, outside any negation
    ("when a subpoena arrives we send the entire file": not only what is needed). Sent to the client
    ("we send you your entire file") they say nothing of it."""
    for way in ways:
        if not lex.needs[way] <= sent.found.keys():
            continue
        used = _match_in(way, [sent.found], lex.near, lex.close, frozenset(), lex.targets)
        if used is None:
            continue
        lo, hi = min(i for i, _ in used), max(j for _, j in used)
        untold = any(cond.startswith("untold") for cond in way)
        if untold:
            if "untold_notice" in way and not any(a < b for a, _ in sent.found.get("share_word", ()) for b, _ in sent.found["untold_notice"]):
                # "Sessions cancelled without notice will be charged, and we may share the bill with your insurer": the
                # notice is of another act, before the sharing (review16)
                continue
            if _peer_shares(sent, text, lo):
                got = sent.singles.get(topic)
                if got is not None and got.stance == "states" and got.span[0] < sent.words[hi - 1][2] and sent.words[lo][1] < got.span[1]:
                    del sent.singles[topic]  # the group's rule read as our telling ("without their knowledge")
                continue
            main = _after_condition(sent, text, stems, lo) >= 0  # in the main clause, after a leading condition
            if not _denied_after_condition(sent, text, stems, lo) and (
                    _untold_excused(sent, topic, stems, hi, lead=not main, start=lo) or not lex.topics[topic][3].isdisjoint(sent.found)):  # "share the new version of this policy without notice"
                if _told_inside_untold(sent, topic):
                    # "In a crisis, I may contact your GP without talking to you first": no telling first either
                    del sent.singles[topic]
                continue
            denied = (_denied_after_condition(sent, text, stems, lo) if main
                      else any(a < lo for a, _ in sent.found.get("neg_word", ())) or _denied_subject(sent, text, lo))
            if denied:
                # "We never share anything without telling you first", "We won't do this without letting you know": the
                # denial before "without" turns it round, so the client is told (what the sentence's other words state
                # stands)
                if topic not in sent.singles:
                    sent.singles[topic] = _statement(text, sent.words, topic, "states", sent.force, used)
                return
        elif any(st in _CLIENT_WORDS for st in stems[lo:hi]):
            continue
        elif any(m.end() <= sent.words[max(i for i, _ in used)][1] for m in _NOT_MEAN.finditer(text)):
            # "A subpoena does not mean we will hand over your full file; we release only what is needed": what a thing
            # is said not to mean is no act of ours (proc37, session 21: it read the minimum contradicted, a false alarm)
            continue
        neg = _negation(used, [sent.regions])
        if neg is not None and neg[5]:
            continue
        # "we never release the entire file": turned round, it states the duty
        sent.singles[topic] = _statement(text, sent.words, topic, "states" if neg is not None else "opposite", sent.force, used)
        if untold and neg is None:
            for other in ("before_disclosure", "after_disclosure"):
                got = sent.singles.get(other)
                if other != topic and got is not None and got.stance == "states" and _told_by_untold(sent, got, lo, hi):
                    del sent.singles[other]  # "..., I may do so without telling you first": its "telling you" tells nothing
        return


#: Cues that are verbs of refusing (stems): after a denial they refuse nothing.
_REFUSE_CUES = frozenset({"refus", "declin", "ignor", "disregard"})

#: Words that may follow the denial of a bare refusal ("..., but I do not.", "I will not do so either.") (stems).
_BARE_TAIL = frozenset({"do", "so", "that", "this", "it", "either", "too", "here", "now", "ever", "anymor"})
#: Words that may lead what follows a refusal of "that rule" ("I will refuse, whatever the court says").
_WHATEVER = frozenset({"whatever", "regardless"})
#: Words that lead a clause turning back what was said before ("..., but I do not", "..., so I don't").
_TURN = frozenset({"but", "so", "and"})
#: Words that give an exception or a condition: a refusal with one is no bare refusal ("Otherwise, I won't.").
_NOT_BARE = frozenset({"unless", "except", "otherwis", "els", "if", "when", "until", "without", "only", "other", "wher"})


def _bare_refusal(found: Any, stems: list[str], start: int) -> bool:
    """Whether the words from ``start`` to the end are a refusal that points back at what was said before: a
    speaker of ours and a denial with nothing after it ("I will not.", "This practice does not.", "so I don't"),
    or a refusal of "that rule" or "such reports" (``refuse_back``: "We do not follow that rule", "this practice
    has opted out"), short, with no exception or condition (redteam14)."""
    ws = stems[start:]
    if not ws or len(ws) > 9 or ws[0] in _SUBORDINATE or any(w in _NOT_BARE for w in ws):
        return False
    if not any(start <= a for a, _ in found.get("speaker_word", ())):
        return False
    back = [b for a, b in found.get("refuse_back", ()) if start <= a]
    if back:
        rest = stems[max(back) :]  # "We do not do so lightly" is no refusal
        return all(w in _BARE_TAIL for w in rest) or rest[0] in _WHATEVER
    # ("We used to report suspected child abuse. We no longer do so.": "no longer" denies as "not" does; review24)
    k = max((q for q, w in enumerate(ws) if w in ("not", "never") or (w == "longer" and q > 0 and ws[q - 1] == "no")), default=-1)
    if k >= 1 and k + 1 < len(ws) and ws[k + 1] in lexicon().actions:
        k += 1  # "Child abuse: we don't report", "I will not report it": the act with no object of its own
    return k >= 1 and all(w in _BARE_TAIL for w in ws[k + 1 :])


def _turned_back(lex: Any, st: Statement, stems: list[str]) -> bool:
    """Whether a refusal that points back turns ``st`` round: a core limit stated, not one refused for too little a
    ground ("on a subpoena alone") or about the past ("past abuse")."""
    return st.stance == "states" and st.topic in lex.core and lex.topics[st.topic][0] == "limit" and not any(
        w in _ALONE or w in _PAST or w in _HABIT for w in stems
    )


#: Words that make what others do wider than the limit ("Many therapists call 911 whenever a client mentions suicide,
#: but I do not": a refusal of that habit, not of the limit) (stems).
_HABIT = frozenset({"whenever", "automatically", "alway", "every", "minor", "routinely", "mention",
                    # what clients fear, not the limit ("Some clients worry that we will call the police if they talk
                    # about suicide. We will not."); a keeping refused ("Other therapists may keep child abuse secret,
                    # but I do not"); the client's past ("thoughts of suicide last year")
                    "worry", "fear", "afraid", "think", "assum", "myth", "believ",
                    "keep", "secret", "confidential", "privat", "hide", "last"})


#: A negation in a clause: "not", "never", "rarely", "cannot", "won't".
_CLAUSE_NEG = lazy(r"\b(?:not|never|rarely|seldom|cannot|no)\b|n['’]t\b", re.IGNORECASE)


#: "not even" and what may come before the case it names ("not even for a court", "not even if a judge orders it").
_NOT_EVEN = lazy(r"\bnot\s+even\b", re.IGNORECASE)
#: Words between "not even" and a limit that leave the limit outside the refusal ("not even with your parents, unless
#: a court orders it"); not a comma before a second case of the same kind, "or if", "or when", "or for" ("We will not share
#: anything, even if you are at risk, or if a court orders it": both cases refused, tune19a).
_PAST_EVEN = lazy(r"[;:]|,(?!\s*(?:or|nor)\s+(?:if|when|where|whenever|in|for|to|with|by)\b)|\b(?:unless|except|but|though|although|however)\b",
                  re.IGNORECASE)


def _refuse_limits_after(lex: Any, sent: _Sentence, text: str, end: int, only: str | None = None) -> None:
    """Turn round each limit read as stated whose last words come within 40 characters after ``end`` (the end of
    "not even" or "even"), in the same clause (``_not_even``, ``_refused_even``); ``only``: that topic alone."""
    for topic, st in list(sent.singles.items()):
        if st.stance != "states" or lex.topics[topic][0] != "limit" or (only is not None and topic != only):
            continue
        last = text.rfind(st.words[-1], 0, st.span[1]) if st.words else st.span[0]
        past = _PAST_EVEN.search(text, end)  # (the whole text after: the look past a comma sees the words after it)
        if end <= last <= end + 40 and not (past is not None and past.start() < last):
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)


def _not_even(lex: Any, sent: _Sentence, text: str) -> None:
    """"I will never do it, not even for a court", "We never do it, for any reason, not even if a court orders it": a
    limit whose last words come just after "not even", in the same clause, is refused: said the opposite way, whatever
    act the refusal names ("do it") (review21: the brief's example, older than tune18a)."""
    for m in _NOT_EVEN.finditer(text):
        _refuse_limits_after(lex, sent, text, m.end())


#: A refusal of a sharing, then "even" before the limit, in one sentence ("We never do it, for any reason, even if a
#: court orders it", "There is no disclosure of your information to anyone, even a court order", "It would be a
#: disclosure I would never make, even to a court"); group 1 is the words between, which must name no telling, consent
#: or exception ("We cannot tell you first, even when a court orders a release" refuses the telling only).
_EVEN_REFUSAL = lazy(
    r"(?:\b(?:never|not|no|cannot)\b|n['\u2019]t\b)\s+(?:\w+\s+){0,2}?"
    r"(?:share|disclose|disclosure|release|reveal|pass\s+on|give\s+out|break\s+confidentiality|do\s+(?:it|so|that|this)|make)\b"
    r"([^.;]*?)\beven\b", re.IGNORECASE)
#: Words that, between the refusal and "even", leave the limit outside it.
_EVEN_OUTSIDE = lazy(r"\b(?:tell|told|inform|notify|know|consent|permission|agree|ask|unless|except|but|without|only|however|"
                     r"though|although|until|need|have\s+to|must)\b", re.IGNORECASE)


#: The client's say-so as the refusal's only exception ("unless you agree"; "without your written consent" is ``_CONSENT_ONLY``).
_CLIENTS_SAY_SO = lazy(r"\b(?:unless|until)\s+you\s+(?:agree|consent|say\s+so|allow\s+it|give\s+(?:us\s+|me\s+)?(?:your\s+)?"
                       r"(?:written\s+)?(?:consent|permission))\b(?:\s+to\s+it)?", re.IGNORECASE)
#: An exception anywhere after "even": the refusal may not hold for the limit.
_EVEN_EXCEPT = lazy(r"\b(?:unless|except|but|however|though|although|until|only)\b", re.IGNORECASE)


def _refused_even(lex: Any, sent: _Sentence, text: str, only: str | None = None) -> None:
    """A limit whose last words come just after "even", in a sentence that refuses a sharing before it ("We never do
    it, for any reason, even if a court orders it"), is refused, as after "not even" (``_not_even``; session 12, left
    by review21)."""
    for m in _EVEN_REFUSAL.finditer(text):
        # (the client's say-so between is no exception for the limit: "We will not release your file unless you agree, even
        # if the law requires it" refuses the law's requirement; it read stated, a false all clear; lead, session 19)
        between = _CONSENT_ONLY.sub(" ", _CLIENTS_SAY_SO.sub(" ", m.group(1)))  # ("without your written consent" too)
        if _EVEN_OUTSIDE.search(between) or _EVEN_EXCEPT.search(text, m.end()):
            continue  # "I will not release your records, even if a judge asks, unless I am legally required"
        _refuse_limits_after(lex, sent, text, m.end(), only)


#: A copula, its negation and an article before the noun of a breach ("is not a breach", "would not be a breach",
#: "isn't a breach"); group 1 is the breach.
_NOT_A_BREACH = lazy(r"(?:\b(?:is|are|was|were|be)\s+(?:not|never)|\b(?:isn|aren|wasn|weren)['’]t|\bnot\s+be)\s+(?:a|an|any)\s+(breach)\b", re.IGNORECASE)


def _no_breach(lex: Any, sent: _Sentence, text: str) -> None:
    """"Reporting suspected child abuse is not a breach of confidentiality", "It would not be a breach to tell the court":
    the negation only says the act is no breach (the class of breaches named, as tune18a's "X is a breach of
    confidentiality", ``_blanket._classed``), so a core limit it turned round is said, not refused (review21)."""
    m = _NOT_A_BREACH.search(text)
    if m is None:
        return
    for topic, st in list(sent.singles.items()):
        if st.stance == "opposite" and _core_limit(lex, topic) and st.span[0] <= m.start(1) < st.span[1]:
            sent.singles[topic] = Statement(topic, "states", st.force, st.span, tuple(w for w in st.words if w.lower() not in ("not", "never")))


#: "X is a breach of confidentiality" (no negation before the article); group 1 is the breach.
_IS_A_BREACH = lazy(r"\b(?:is|are|was|were|be)\s+(?:a|an)\s+(breach)\b", re.IGNORECASE)
#: A refusal after it ("that we will never commit", ", which we never allow", ", and I will never do it").
_REFUSED_AFTER = lazy(r"\b(?:never|not)\b|n['\u2019]t\b", re.IGNORECASE)
#: Words that leave the limit outside the refusal: an exception, a contrast, a case narrowed ("without an order").
_BREACH_BUT = lazy(r"\b(?:unless|except|but|however|though|although|without)\b", re.IGNORECASE)


def _breach_refused(lex: Any, sent: _Sentence, text: str) -> None:
    """"Any release of your records to a court is a breach of confidentiality that we will never commit": a core limit
    named as the act that is a breach (tune18a's class, ``_blanket._classed``), then refused in the same sentence, is
    refused: said the opposite way (review21)."""
    m = _IS_A_BREACH.search(text)
    if m is None or _BREACH_BUT.search(text) or not _REFUSED_AFTER.search(text, m.end()):
        return
    if _REFUSED_AFTER.search(text, 0, m.start()):
        return  # a negation before the breach is another sentence's matter ("... not involved is a breach")
    _limits_turned(lex, sent, m.start(1))


#: An act named, then said never to be done ("Giving your records to a court is never an option for us", "Any
#: disclosure to a court is not something we do"); "not optional" and "not a choice" say the opposite and are left out.
_NEVER_DONE = lazy(r"\b(?:is|are|was|would\s+be|will\s+be)\s+(?:never|not)\s+(?:an\s+option\b|something\s+(?:we|I)\s+"
                   r"(?:do|will\s+do|would\s+do|ever\s+do|allow)\b|allowed\b|permitted\b)", re.IGNORECASE)


#: What may end the sentence after it ("for us", "for any reason", "here", "ever").
_NEVER_DONE_END = lazy(r"\s*(?:,?\s*(?:for\s+(?:us|me|anyone|any\s+reason)|here|at\s+all|ever)\b)*\s*[.!]?\s*$", re.IGNORECASE)
#: An act of keeping quiet named in the subject: refusing it says the limit ("staying silent is not an option").
_KEPT_ACT = lazy(r"\b(?:silen\w*|quiet|secret\w*|keep\w*|withhold\w*|private|ignor\w*|nothing|hid\w*|conceal\w*)\b", re.IGNORECASE)
#: A sentence that opens on a condition: the act refused is the main clause's, not the condition's limit.
_LEADING = lazy(r"\W*(?:if|when|whenever|where|unless|should|in\s+case)\b", re.IGNORECASE)


def _never_done(lex: Any, sent: _Sentence, text: str) -> None:
    """A core limit named in the act a sentence then says is never done ("Giving your records to a court is never an
    option for us") is refused, as a breach refused is (``_breach_refused``); not with an exception or a contrast in
    the sentence ("... is not allowed without your consent") (session 12, left by review21)."""
    m = _NEVER_DONE.search(text)
    if m is None or _BREACH_BUT.search(text) or _REFUSED_AFTER.search(text, 0, m.start()):
        return
    if not _NEVER_DONE_END.match(text, m.end()) or _KEPT_ACT.search(text, 0, m.start()) or _LEADING.match(text):
        return  # "..., which is not something we do lightly"; "staying silent is not an option"; "When ..., ..."
    _limits_turned(lex, sent, m.start())


#: A clause after a refusal that grants a limit in words of its own (session 13, left13): a clause with its own subject of
#: ours after "and", "but", "yet" (with "then" or "even then") or a semicolon ("I would never share your story with anyone,
#: and I do report child abuse"; the minimum too: "..., and then I will share only what is needed", review27), or a concession ("..., not even your doctor sees them, though a court order can require us to release
#: them"; group "sub"). Not "even though", which concedes the limit and keeps the refusal.
_GRANTED = lazy(r"(?:[,;]\s*|\s+)(?:and|but|yet)\s+(?:also\s+|still\s+|(?:even\s+)?then\s+)?(?=(?:I|we)\s)|;\s*(?=(?:I|we)\s)"
                r"|(?:[,;]\s*|\s+)(?P<sub>though|although)\s+")
#: Our own part in the granting clause ("require us to release them", "I do report"): a clause of someone else's ("though
#: a court may ask for them") grants nothing of ours.
_OUR_PART = lazy(r"\b(?:I|we|us|me)\b")
#: An act said outright, with its emphasis ("I do report", "we always report", "we will report"), or one we are made to
#: do ("a judge can order us to hand it over").
_SAID_OUTRIGHT = lazy(r"\b(?:I|we)\s+(?:do|does|always|also|still|will|must|have\s+to|shall)\b|\b(?:order|orders|require|requires|compel|"
                     r"compels|force|forces|make|makes|oblige|obliges|direct|directs)\s+(?:us|me)\b", re.IGNORECASE)
_EVEN_BEFORE = lazy(r"\beven\s*$", re.IGNORECASE)
#: Someone else's belief or question before the limit in the granting clause ("though some people believe a court order
#: can require us to", "though clients often ask whether ..."): no grant of ours (review22). Not our own hedge ("I think").
_HEARSAY = lazy(r"(?<!\bI\s)(?<!\bwe\s)\b(?:believe|believes|think|thinks|assume|assumes|ask|asks|wonder|wonders|worry|worries|"
                r"fear|fears|suppose|supposes|imagine|imagines|claim|claims|heard|whether)\b", re.IGNORECASE)


#: A keeping of the client's words, then a concession after it ("I will keep your secrets even when a court orders me to
#: share them", "We keep what you say confidential, even if a child is at risk"); group 1 is the concession's "even".
#: The limit's event as a thing kept, after "even" or "including" ("even threats to hurt others", "including any thoughts
#: of harming others"; review30): the start of an alternation, closed where it is used.
_KEPT_THING = (r"(?:(?:any|all|your|the|our)\s+)?(?:thoughts?|plans?|intentions?|threats?|talk|mentions?|disclosures?|reports?|"
               r"admissions?|signs?|suspicions?|abuse|risks?|harm|danger")
_KEPT_EVEN = lazy(r"(?:\b(?:keep|keeps|kept|stay|stays|remain|remains|is|are|be)\b[^.;]*?\b(?:confidential|private|secrets?|between\s+"
                  r"(?:us|you\s+and\s+me|ourselves)|with\s+(?:me|us)|to\s+(?:myself|ourselves)|"
                  # (review23) a sharing refused to all ("Access to your records is denied to everyone, even if you are a
                  # danger to others")
                  r"(?:denied|refused)\s+to\s+(?:everyone|anyone|everybody|anybody|all|all\s+others)|withheld\s+from\s+(?:everyone|anyone|everybody|anybody)|"
                  # (probe40, session 22) the room as the place kept ("Whatever you tell me stays in this room, even if
                  # you talk about ending your life": it read stated, a false all clear)
                  r"(?<=stay\s)in\s+(?:this|the)\s+room|(?<=stays\s)in\s+(?:this|the)\s+room|(?<=remains\s)in\s+(?:this|the)\s+room)\b"
                  # (lead30) the keeping said of confidentiality or privacy itself, in any voice ("Your confidentiality
                  # is kept", "Your privacy is always respected", "We maintain your confidentiality", "We protect your
                  # privacy"), or consent always asked first ("We will always ask for your consent before sharing")
                  r"|\b(?:confidentiality|privacy)\s+(?:is|will\s+be|shall\s+be|must\s+be|remains|stays|will\s+(?:remain|stay))\s+"
                  r"(?:always\s+|fully\s+|strictly\s+|completely\s+|still\s+)?(?:kept|maintained|protected|respected|preserved|honou?red|"
                  r"upheld|guaranteed|safeguarded|assured|absolute)\b|\b(?:confidentiality|privacy)\s+applies\s+(?:in|to)\s+(?:all|every)\b"
                  # (probe40) the promise that holds ("Your confidentiality holds regardless of any threats you make")
                  r"|\b(?:confidentiality|privacy)\s+(?:still\s+|always\s+)?(?:holds|stands)\b"
                  r"|\b(?:keep|keeps|maintain|maintains|protect|protects|respect|respects|preserve|preserves|honou?r|honou?rs|uphold|"
                  r"upholds|guarantee|guarantees|safeguard|safeguards)\s+(?:your|the\s+client['\u2019]s|our\s+clients['\u2019]?)\s+"
                  r"(?:confidentiality|privacy)\b"
                  r"|\b(?:always|first)\s+(?:ask\s+for|get|seek|obtain|need|require|request)\s+(?:your|the\s+client['\u2019]s)\s+"
                  r"(?:written\s+)?(?:consent|permission)\b)"
                  r"[^.;]*?\b(?:(even)\s+(?:if|when|where|"
                  r"in\s+cases?\s+where|should|in\s+(?:the\s+)?cases?\s+of|in\s+the\s+event\s+(?:of|that)|"
                  # a concession about the limit's event ("We keep your secrets, even about abuse of a child") (review24)
                  r"about|regarding|concerning|"
                  # (review30) or the limit's event as a thing kept, a noun after "even" ("We keep everything private,
                  # even threats to hurt others": it read stated, a false all clear)
                  + _KEPT_THING + r"))|"
                  # the same concession without "even" ("regardless of whether a child is at risk", "whether or not")
                  r"(regardless)\s+of\s+(?:whether|if|what|anything|" + _KEPT_THING + r"))|(whether)\s+or\s+not|no\s+(matter)\s+(?:whether|if)|"
                  # after a keeping with no exception ("Our confidentiality is absolute, including in cases of child
                  # abuse"; the keeping's absolute word is checked in ``_kept_even``) (lead30)
                  r"(including)\s+(?:in\s+(?:the\s+)?cases?\s+(?:of|where)|when|if|where|in\s+the\s+event|situations?\s+(?:of|where|involving)|"
                  # (review30) or the limit's event as a thing kept ("Everything you tell us is always kept confidential,
                  # including any thoughts of harming others", "... including any abuse of a child"): it read stated
                  + _KEPT_THING + r"|information|details?|statements?|concerns?|anything|what)))\b",
                  re.IGNORECASE)
#: Words that name exceptions or limits to the keeping (lead30).
_EXCEPTIONS = lazy(r"\b(?:exceptions?|limits?|limited|limitations?)\b", re.IGNORECASE)
#: The words of a keeping with no exception, before "including" (lead30).
_ABSOLUTE = lazy(r"\b(?:absolute|absolutely|all\s+(?:cases|circumstances|situations|times)|every\s+(?:case|circumstance|situation)|"
                 r"without\s+exception|no\s+exceptions?|always)\b", re.IGNORECASE)
#: Reluctance denied, which is the act done ("I would never hesitate to keep your secrets"; negation ``ignore``) (review24).
_RELUCTANCE_DENIED = lazy(r"\b(?:not|never|no)\s+(?:be\s+)?(?:hesitat\w*|afraid|fail\w*|slow|reluctant|refrain\w*)\b|"
                          r"\b\w+n['\u2019]t\s+(?:be\s+)?(?:hesitat\w*|afraid|fail\w*|slow|reluctant|refrain\w*)\b", re.IGNORECASE)
#: A keeping denied before the concession ("We cannot keep it private even if you ask us to").
_KEEPING_DENIED = lazy(r"\b(?:never|not|no|cannot|nothing|nobody)\b|n['\u2019]t\b", re.IGNORECASE)
_ONLY = lazy(r"\bonly\b", re.IGNORECASE)
#: A sharing of ours said in the concession itself ("even when we have to share them", "even when shared with a court").
#: (Just after "even if": "even where the law says I must report it" is the law's demand, refused.)
_SHARING_OURS = lazy(r"\s+(?:if|when|where|should|in\s+cases?\s+where)\s+(?:(?:we|I)\s+(?:have\s+to|has\s+to|must|need\s+to|are\s+required\s+to|"
                     r"am\s+required\s+to|may|do|will)\s+(?:\w+\s+)?(?:share|disclose|release|report|pass|give|send|tell)\b|"
                     r"(?:(?:it|they|this|information)\s+(?:is|are|has\s+to\s+be|must\s+be)\s+)?(?:shared|disclosed|released|passed\s+on|sent)\b)",
                     re.IGNORECASE)
#: The same sharing just after a concession of other words ("even in the event that we must share them").
_SHARING_OURS_AFTER = lazy(r"\s+(?:(?:we|I)\s+(?:have\s+to|has\s+to|must|need\s+to|are\s+required\s+to|"
                     r"am\s+required\s+to|may|do|will)\s+(?:\w+\s+)?(?:share|disclose|release|report|pass|give|send|tell)\b|"
                     r"(?:(?:it|they|this|information)\s+(?:is|are|has\s+to\s+be|must\s+be)\s+)?(?:shared|disclosed|released|passed\s+on|sent)\b)",
                     re.IGNORECASE)
#: A duty or act of ours named in the concession ("even when we are required by law to report", "even when we have to
#: break confidentiality", "even when it means telling the police"): the keeping is with care, not a refusal (lead30).
_DUTY_OURS = lazy(r"\b(?:we|I)\s+(?:\w+\s+){0,2}?(?:must|have\s+to|has\s+to|need\s+to|(?:are|am|is)\s+(?:\w+\s+){0,2}?"
                  r"(?:required|obliged|obligated|bound|compelled|mandated)|may\s+(?:need|have))\b|\bit\s+means\b", re.IGNORECASE)
#: A hedge after the concession ("if it is safe to do so", "where possible").
_IF_SAFE = lazy(r"\b(?:if|when|where|whenever)\s+(?:it\s+is\s+|it['\u2019]s\s+)?(?:safe|possible|appropriate|practical)\b", re.IGNORECASE)
#: Where the concession ends: a new clause of its own (", and a court order can require us to release it").
_CONCESSION_END = lazy(r";|,\s*(?:and|so|or|yet|then)\b", re.IGNORECASE)


def _kept_even(lex: Any, sent: _Sentence, text: str, cancelled: frozenset[int] = frozenset()) -> None:
    """A promise to keep the client's words private, then a limit named in a concession after it ("Your information
    stays confidential even if the law requires us to share it", "We keep what you say confidential, even if a child is
    at risk") refuses that limit: it read stated, a false all clear. The leading form ("Even if a child is in danger, we
    keep it private") is ``_kept_regardless``. Not with a negation before the concession ("we cannot keep it private
    even if ..."), an exception, a contrast or "even though" anywhere, nor a limit in a clause after the concession
    (session 13, left13). The keeping may be said of confidentiality or privacy itself, in any voice ("Your
    confidentiality is kept", "We maintain your confidentiality"), or as consent always asked first; after an absolute
    keeping ("absolute", "in all cases", "always"), "including" concedes too; a duty of ours conceded ("even when we are
    required by law to report") or a hedge ("if it is safe to do so") keeps the limit (lead30). Two denials that cancel
    (``cancelled``, their word places) are no negation: "There is no situation in which your records would not be kept
    private, even if a court orders their release" keeps them (mend42, session 22: it read court_order stated)."""
    if cancelled:
        for q in cancelled:
            a, b = sent.words[q][1], sent.words[q][2]
            text = text[:a] + " " * (b - a) + text[b:]
    m = _KEPT_EVEN.search(text)
    if m is None:
        return
    g = next(k for k in (1, 2, 3, 4, 5) if m.group(k))  # "even", "regardless", "whether", "matter" or "including"
    if g == 5 and not _ABSOLUTE.search(text, 0, m.start(g)):
        return  # ("We keep your records private, including when you are at risk" keeps nothing back for sure)
    cstart = m.start(g) if g != 4 else text.lower().rfind("no", 0, m.start(g))  # ("no matter": its "no" denies nothing)
    denied = _KEEPING_DENIED.search(_RELUCTANCE_DENIED.sub(_blank, text), 0, cstart)  # ("I would never hesitate to keep ...")
    # (probe40, session 22) an exception that is only the client's consent is no limit, so the concession after it is
    # still refused ("We will keep this private unless you give consent, even if you tell us you want to hurt someone":
    # it read stated, a false all clear)
    buts = [b for b in _BREACH_BUT.finditer(text) if not (sent.consent_only and b.group().lower() in ("unless", "without", "except"))]
    if denied or buts or _ONLY.search(text) or _EXCEPTIONS.search(text):
        return  # (lead30: "Confidentiality is absolute, with some exceptions, including when a child is at risk")
    end = _CONCESSION_END.search(text, m.end())
    stop = end.start() if end else len(text)
    if _SHARING_OURS.match(text, m.end(g)) or (g != 1 or m.end() - m.end(g) > 8) and _SHARING_OURS_AFTER.match(text, m.end()):
        return  # "kept confidential, even when we have to share them with a court": kept with care while shared
    if _DUTY_OURS.search(text, m.end(g), stop) or _IF_SAFE.search(text, m.end()):
        return  # "We respect your confidentiality, even when we are required by law to report ...", "... even when a
        # court orders your records, if it is safe to do so": a duty of ours conceded, or a hedge (lead30)
    for topic, st in list(sent.singles.items()):
        if st.stance != "states" or topic not in lex.core or lex.topics[topic][0] != "limit" or st.span[1] > stop:
            continue
        last = text.rfind(st.words[-1], 0, st.span[1]) if st.words else st.span[0]
        if last > m.start(g):  # the limit's last words in the concession ("Your notes ... even if a court requests them")
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)


def _granted_after(lex: Any, sent: _Sentence, text: str) -> None:
    """A core limit read as refused by a sweeping refusal ("never", "not even") that a later clause of the sentence
    grants by itself is stated: the clause, read alone, states the limit ("..., and I do report child abuse", "...,
    though a court order can require us to release them"). After a concession ("though") only a duty or an act said
    outright grants it ("though a court may ask me to" grants nothing). The refusal of "not even to report child abuse"
    names no subject of its own and stays refused (session 13, left13)."""
    for m in _GRANTED.finditer(text):
        if m.start() == 0 or _EVEN_BEFORE.search(text, 0, m.start() + 1):
            continue  # "..., even though the law requires it": the refusal holds
        rest = text[m.end():]
        if not _OUR_PART.search(rest):
            continue
        got = _analysed(rest)
        for topic, st in list(sent.singles.items()):
            if st.stance != "opposite" or not (_core_limit(lex, topic) or topic == "minimum_necessary"):
                continue
            g = got.singles.get(topic)
            if g is None or g.stance != "states":
                continue
            if _HEARSAY.search(rest, 0, g.span[0]):
                continue  # "though some people believe a court order can require us to": someone else's belief grants nothing
            if m.group("sub") and g.force != "must" and not _SAID_OUTRIGHT.search(rest):
                continue  # "though a court may ask me to": a demand conceded, not granted
            sent.singles[topic] = Statement(topic, "states", g.force, (g.span[0] + m.end(), g.span[1] + m.end()), g.words)


def _keeping_refused(lex: Any, sent: _Sentence, text: str) -> None:
    """A limit's event kept back (``_kept``: "Keeping child abuse secret"), then said never to be done ("... is not an
    option", "... is never something we would do", "... is not allowed"), is the limit said: keeping it secret refused is
    the report, a duty (as ``_never_done`` refuses a sharing). Not with an exception or a contrast (session 13,
    left13)."""
    m = _NEVER_DONE.search(text)
    if m is None or _BREACH_BUT.search(text) or _REFUSED_AFTER.search(text, 0, m.start()):
        return
    if not _NEVER_DONE_END.match(text, m.end()) or not _KEPT_ACT.search(text, 0, m.start()):
        return  # (a leading condition is the case kept back: "If a child is being abused, keeping it secret is not an option")
    for topic, st in list(sent.singles.items()):
        if st.stance == "opposite" and _core_limit(lex, topic) and st.span[1] <= m.start():
            sent.singles[topic] = Statement(topic, "states", "must", st.span, st.words)


#: The minimum's rule said not to hold for us, after its words ("The minimum necessary rule does not apply to
#: disclosures we make", "Sharing only the minimum necessary is not our policy") (review24).
_MIN_DISOWNED = lazy(r"[^.;:!?,]{0,40}?\b(?:(?:does|do|will)\s*(?:not|n't)\s+apply(?:\s+to\s+(?:us|me|our\s+(?:practice|service|disclosures)|"
                     r"this\s+(?:practice|service)|(?:the\s+|any\s+)?disclosures?\s+(?:we|i)\s+make|what\s+(?:we|i)\s+share|anything\s+(?:we|i)\s+share))?"
                     r"|(?:is|are)\s*(?:not|n't)\s+(?:our|my|the)\s+(?:policy|practice|approach|rule|way)|(?:is|are)\s*(?:not|n't)\s+(?:something|what)\s+(?:we|i)\s+do)"
                     r"\s*(?:[.;:!?]|$)", re.IGNORECASE)
#: Words before the minimum that turn the sentence to what is not ours to keep ("not only", "unless", "except").
_MIN_DISOWNED_NOT = lazy(r"\b(?:unless|except|but|however|only\s+when|only\s+if)\b", re.IGNORECASE)


#: A sentence that opens by supposing we are what we are not ("If we were mandated reporters, ...", "If I were a
#: licensed therapist, ...", "Were we a hospital, ..."): not "If we were to receive a court order" nor "If we were
#: concerned that ...", which suppose an event (review24).
_CONTRARY_TO_FACT = lazy(r"\s*(?:if\s+(?:we|i)\s+were|were\s+(?:we|i))\s+(?:an?\s+(?!matter\b|position\b|point\b|situation\b|client|patient|student|parent|customer|member)\w"
                         r"|(?:mandated|mandatory|required|legally\s+required)\s+reporters?\b)", re.IGNORECASE)


#: A bare refusal opening a sentence, then a concession ("Never, even if a court orders it.", "No, not even if the law
#: requires it.").
_BARE_NEVER_EVEN = lazy(r"\s*(?:never|no|absolutely\s+not|certainly\s+not)\s*[,.!:;\u2013\u2014-]+\s*(?:not\s+)?even\s+(?:if|when|where|though|should)\b",
                        re.IGNORECASE)


def _limits_turned(lex: Any, sent: _Sentence, before: int | None = None) -> None:
    """Each core limit the sentence states (whose words end by ``before``, when given), said the other way round. Used
    for the limits a sentence states after supposing we are what we are not ("If we were mandated reporters, we would
    report child abuse to CPS", "If I were a licensed therapist, I would have to report child abuse": we are not, so
    we do not; review24, session 15; they read stated, a false all clear), and for those a refusal after them takes
    back ("Giving your records to a court is never an option for us", ``_never_done``; ``_breach_refused``)."""
    for topic, st in list(sent.singles.items()):
        if st.stance == "states" and _core_limit(lex, topic) and (before is None or st.span[1] <= before):
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)


#: (lead, session 20) No one, or no one but us, to know of it, as a promise ("no one will know", "nobody else would
#: ever find out", "no one but me will hear about it", "no-one apart from your counsellor needs to know"): a keeping
#: said by who learns of it. Told in the future or as a need (not "no one knows", a fact; not "no one may know", a
#: guess).
_KNOWN_TO_NONE = lazy(
    r"\b(?:no[\s-]+one|nobody|noone)(?:\s+else)?"
    r"(?:,?\s+(?:but|except|apart\s+from|other\s+than|besides|aside\s+from)\s+"
    r"(?:(?:me|us|myself|ourselves|you|yourself|the\s+two\s+of\s+us|both\s+of\s+us|(?:your|the|my|our)\s+(?:therapist|counsell?or|"
    r"clinician|psychologist|psychotherapist|practitioner))(?:\s+(?:and|or)\s+(?:me|us|you|yourself))?),?)?"
    r"\s+(?:(?:will|would|shall|is\s+going\s+to|needs?\s+to|has\s+to|gets?\s+to|(?:will|would|shall)\s+ever|ever)\s+)"
    r"(?:ever\s+)?(?:know|find\s+out|hear\s+(?:about|of)|learn\s+(?:about|of)|be\s+told|be\s+informed|discover)\b",
    re.IGNORECASE)
#: The tellers that open a clause of their own after a comma, as stems.
_FRESH_TELLERS = frozenset({"we", "i", "our", "staff", "therapist", "counsellor", "counselor", "clinician", "they"})
_AND_SO = frozenset({"so", "and", "then", "but", "therefore", "thus"})
#: The client as the one who tells, just before an act ("if you tell me", "if your child tells you"), as stems.
_KNOWN_TO_NONE_CLIENT = frozenset({"you", "client", "they", "child", "teen", "student", "your"})
#: Words after a semicolon or colon past such a promise that open a case of its own ("nobody will know; if you are in
#: danger, we call 911"); a second promise ("no one will know; your sessions are completely private") opens none and
#: keeps the promise (review35: it read stated, a false all clear).
_KNOWN_TO_NONE_CASE = lazy(r"\b(?:if|unless|except|when|whenever|where|but|however|only|though|although|until|other\s+than|"
                           r"apart\s+from|save|should|in\s+(?:that|such|those|these)\s+cases?)\b", re.IGNORECASE)
#: Words after such a promise that open an exception to it or a case of its own ("no one will know unless you ask").
_KNOWN_TO_NONE_TURN = lazy(r"\b(?:unless|except|but|however|other\s+than|apart\s+from|only|until)\b", re.IGNORECASE)
#: (review35) The client's own telling or say-so as the promise's only exception, to the sentence's end ("nobody will know
#: unless you decide to tell them yourself", "no one will know unless you agree"): still a promise that keeps the limit (it
#: read stated, a false all clear). ``rest``: what follows, which must hold no turn or case of its own.
_KNOWN_TO_NONE_OWN = lazy(
    r"\s*,?\s*(?:unless|until|except\s+(?:if|when)|without)\s+"
    r"(?:you\s+(?:yourself\s+)?(?:(?:decide|choose|want|wish|ask\s+(?:us|me)|agree|prefer)\s+(?:to\s+)?)?"
    r"(?:tell|share|say\s+so|agree|consent|ask|allow|let|give|want|wish|choose|decide|mention|disclose)\b"
    r"|your\s+(?:(?:written|express|explicit|prior)\s+)?(?:consent|permission|agreement|say-so|say\s+so)\b"
    # (lead22, session 22) the client's readiness ("no one will know until you are ready to tell them": it read stated)
    r"|you\s+(?:are|feel|get|say\s+you\s+are)\s+(?:ready|comfortable)\b"
    r"(?:\s+to\s+(?:tell|share\s+it\s+with|talk\s+to)\s+(?:them|anyone|someone|others|other\s+people)\b)?)"
    r"(?P<rest>[^.;:!?]*)[.!?]?\s*$", re.IGNORECASE)
#: (review35) Words that, after the promise's own exception, open another case or exception ("nobody will know unless you
#: agree or your life is in danger").
_KNOWN_TO_NONE_AFTER = lazy(
    r"\b(?:if|when|whenever|where|should|unless|except\w*|but|however|only|until|limit\w*|different|otherwise|though|although|"
    r"cases?|or|law|legally|court|risk|danger|safe|safety|emergenc\w*|harm\w*|required|must|need|needs|have\s+to|has\s+to)\b",
    re.IGNORECASE)


#: (review35) What no one will know is who told it, not what was told ("If you report abuse of a child to us, nobody will
#: know your name", "no one will know who you are"): the reporter kept anonymous, no keeping of the limit (it read the
#: limit contradicted, a false alarm).
_KNOWN_TO_NONE_WHO = lazy(
    r"\s+(?:about\s+)?(?:(?:your|the\s+(?:caller|reporter|referrer)['\u2019]s)\s+(?:(?:full|real)\s+)?(?:name|names|identity|details|contact\s+details)"
    r"|who\s+(?:you\s+are|made|reported|told|called|rang|referred|raised|shared|gave)|that\s+(?:it\s+was\s+)?you\b|it\s+was\s+you\b)",
    re.IGNORECASE)


def _known_to_none(lex: Any, sent: _Sentence, text: str, stems: list[str]) -> None:
    """A limit's event told first, then no one to know of it ("If you tell me about abuse of a child, no one but me will
    know", "If you are suicidal, nobody will know", "Even if you tell me a child is in danger, no one else will ever find
    out"): the limit said the other way round, as "it stays with me" is (``_kept``). It read stated, a false all clear
    (noted in sessions 18 and 19). Only the limits whose words end before the promise, with no act of ours between them
    ("If a child is at risk we tell social services, and no one else will know" keeps the limit), and no exception after
    the promise ("nobody will know unless you are in danger"); a receiver named as the exception ("no one but the
    police will know") is no promise (the pattern takes only ourselves or the client)."""
    m = _KNOWN_TO_NONE.search(text)
    if m is None or _KNOWN_TO_NONE_WHO.match(text, m.end()):
        return
    acts_from = m.end()
    own = _KNOWN_TO_NONE_OWN.match(text, m.end())
    if own is not None:
        if _KNOWN_TO_NONE_AFTER.search(own.group("rest")):
            return
        acts_from = own.start("rest")  # the client's own telling is no act of ours
    elif _KNOWN_TO_NONE_TURN.search(text, m.end()):
        return
    semi = re.search(r"[;:]", text[acts_from:])
    if semi is not None and (not text[acts_from + semi.end():].strip()  # the sentence was cut there: what follows is unseen
                             or _KNOWN_TO_NONE_CASE.search(text, acts_from + semi.end())
                             or any(st.span[0] >= acts_from + semi.end() for st in sent.singles.values())):
        return  # what follows a semicolon or a colon may be a case of its own ("no one will know; if you are in danger, ...")
    words = sent.words
    if any(acts_from <= a and stems[q] in lex.actions for q, (_, a, _) in enumerate(words)):
        return  # an act after the promise ("..., no one else will know, so we must report it")
    for topic, st in list(sent.singles.items()):
        if st.stance != "states" or not _core_limit(lex, topic) or st.span[1] > m.start():
            continue
        if any(st.span[1] <= a < m.start() and stems[q] in lex.actions and _KNOWN_TO_NONE_CLIENT.isdisjoint(stems[max(0, q - 3) : q])
               for q, (_, a, _) in enumerate(words)):
            continue  # "we report it, and no one else will know" (not the client's telling: "... and you tell me, ...")
        a = _word_from(words, st.span[0])
        b = _word_from(words, st.span[1])
        k = _word_from(words, m.start())
        e = _word_from(words, m.end())
        sent.singles[topic] = _statement(text, words, topic, "opposite", st.force, [(a, b), (k, e)])


def _core_limit(lex: Any, topic: str) -> bool:
    """Whether ``topic`` is one of the core limits (not a duty, not an extra topic)."""
    return topic in lex.core and lex.topics[topic][0] == "limit"


#: A limit said to be no exception ("Child abuse is not one of the limits of confidentiality in our practice", "A court
#: order is not among the exceptions", "Subpoenas do not override your confidentiality here", "We do not treat risk of
#: suicide as an exception to confidentiality") (review24). ``gap``: the limit's words inside "treat ... as".
_NOT_AN_EXCEPTION = lazy(
    r"\b(?:(?:is|are|was|were|be)\s+(?:not|never)|isn't|aren't|wasn't|weren't)\s+"
    r"(?:(?:one\s+of|among|part\s+of|on\s+the\s+list\s+of|included\s+in|listed\s+among)\s+(?:the|our|these|those|its|any|my)\s+|(?:an?|any)\s+)?"
    r"(?:(?:legal|possible|usual|standard|recognised|recognized)\s+)?(?:limits?|exceptions?|limitations?)\b"
    r"|\b(?:do|does|did|will|would|should|can|could)\s*(?:not|n't)\s+(?:override|overrides|overrule|outweigh|count\s+as\s+an?\s+(?:exception|limit))\b"
    r"|\b(?:do|does|did|will|would)\s*(?:not|n't)\s+(?:treat|regard|see|consider)\b(?P<gap>[^.;:!?]{1,60}?)\bas\s+(?:an?\s+)?(?:exception|limit)"
    # (probe40, session 22) among the exceptions named before ("Elder abuse is not among them in this state"), outside
    # what is reported ("Abuse of older adults is outside what we report"), a limit's own demand that does not apply
    # ("Court orders do not apply to counselling notes at this service"): they read stated, false all clears
    r"|\b(?:(?:is|are)\s+(?:not|never)|isn't|aren't)\s+(?:one\s+of|among)\s+(?:them|these|those)\b"
    r"|\b(?:is|are|falls?|lies?)\s+outside\s+(?:what|the\s+(?:things|cases|situations|matters))\s+(?:we|I)\s+(?:\w+\s+)?(?:report|share|disclose|pass\s+on)\b"
    # (the order itself the subject, by its verb's number: "The usual rule about court orders does not apply" denies the
    # rule, not the orders; review42a)
    r"|(?:(?<=\border)|(?<=\bsubpoena)|(?<=\bwarrant))\s+(?:does|will|would)\s*(?:not|n't)\s+apply\b"
    r"|(?:(?<=\borders)|(?<=\bsubpoenas)|(?<=\bwarrants))\s+(?:do|will|would)\s*(?:not|n't)\s+apply\b",
    re.IGNORECASE)
#: Words that narrow the denial to part of the limit, or contrast it ("Self-harm on its own is not an exception",
#: "not all self-harm", "... is not an exception, but a risk to your life is"): then it denies no limit.
_NOT_AN_EXCEPTION_NARROW = lazy(
    r"\b(?:only|alone|own|itself|just|merely|simply|necessarily|automatically|always|all|every|usually|mere|but|however|"
    r"though|although|unless|except|rather|instead|whereas|while|past|historic|historical|previous|former|"
    r"ignore|ignored|overlook|overlooked|waive|waived|disregard|disregarded|lightly)\b"
    # (review42a) a contrast after a semicolon ("...; a plan to end your life does not")
    r"|;[^;]*\b(?:does|do|is|are)\s*(?:not|n't)\W*$", re.IGNORECASE)
#: (review42a) A kind of the limit narrowed in the subject before the denial ("Minor self-harm, such as picking at skin",
#: "Thoughts of suicide without a plan"); not "a minor" (a child) nor words after the denial.
_NARROWED_KIND = lazy(r"\b(?:without|mild|such\s+as)\b|(?<!\ba\s)(?<!\bany\s)\bminor\b(?!s)", re.IGNORECASE)
#: A sentence that opens on a condition: "If a court order does not apply, we keep your records private" denies nothing.
_CONDITION_OPENS = lazy(r"^\W*(?:if|when|whenever|where|unless|should|in\s+case)\b", re.IGNORECASE)
#: What may follow "is not an exception" for it to be said of confidentiality (not "an exception we ignore").
_NOT_AN_EXCEPTION_END = lazy(r"\s*(?:[.,;:!?)]|$|(?:to|of|in|at|here|for|under|within|when|where|on|and|or)\b)", re.IGNORECASE)


def _not_an_exception(lex: Any, sent: _Sentence, text: str) -> None:
    """A core limit said to be no exception to confidentiality (``_NOT_AN_EXCEPTION``) is said the other way round:
    each limit the sentence states before the denial (its subject), or inside "treat ... as", is contradicted. Not
    where a word narrows or contrasts the denial (``_NOT_AN_EXCEPTION_NARROW``) (review24, session 15)."""
    m = _NOT_AN_EXCEPTION.search(text)
    if m is None or _NOT_AN_EXCEPTION_NARROW.search(text) or _NARROWED_KIND.search(text, 0, m.start()):
        return
    if _CONDITION_OPENS.match(text) and "," not in text[: m.start()]:
        return  # the denial inside the condition ("If a court order does not apply, ..."), not after it
    if m.group().lower().rstrip().endswith(("limit", "limits", "exception", "exceptions", "limitation", "limitations")) and not _NOT_AN_EXCEPTION_END.match(text, m.end()):
        return  # "Child abuse is never an exception we ignore"
    gap = m.span("gap") if m.group("gap") else None
    for topic, st in list(sent.singles.items()):
        if st.stance != "states" or topic not in lex.core or lex.topics[topic][0] != "limit":
            continue
        before = st.span[1] <= m.start() and ";" not in text[st.span[1] : m.start()]
        inside = gap is not None and gap[0] <= st.span[0] and st.span[1] <= gap[1]
        if before or inside:
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, (*st.words, m.group().strip()))


#: The law denied the power to make us share ("No law can make me break your confidentiality", "Not even the law can
#: make me tell", "No law or court will ever force us to share your information", "The law cannot force us to ...").
_LAW_FORCED = lazy(
    r"\b(?:(?:no|not\s+even\s+(?:the|a|any))\s+(?:law|laws|statute|legislation|legal\s+(?:requirement|duty|obligation))"
    r"(?:\s+(?:or|and|nor)\s+(?:\w+\s+){0,2}?\w+)?\s+(?:\w+\s+){0,2}?"
    r"|(?:the|any)\s+law\s+(?:cannot|can\s*not|can't|can\s+never|will\s+never|could\s+never|would\s+never|won't)\s+(?:ever\s+)?)"
    r"(?:make|makes|force|forces|compel|compels|require|requires|oblige|obliges|obligate|obligates|get)\s+(?:me|us)\s+(?:to\s+)?"
    r"(?:share|disclose|release|reveal|break|breach|tell|talk|speak|testify|report|give\s+(?:up|out)|hand\s+over|pass\s+on)\b"
    r"(?P<rest>[^.;:!?]*)", re.IGNORECASE)
#: What the refused sharing may be of: the client's information in general, no limit or matter of its own ("your
#: information", "what you tell me", "anything", "to anyone", "without your consent", "and no court can either").
_GENERAL_OBJECT = lazy(
    r"(?:\s*,?\s*(?:your|any|the|my|our|this|that|these|what|anything|everything|anyone|anybody|it|them|a|word|of|to|with|"
    r"about|in|you|say|said|tell|told|share|shared|me|us|confidentiality|privacy|information|info|records?|notes?|files?|"
    r"secrets?|details?|sessions?|therapy|counselling|counseling|story|private|personal|health|ever|else|here|others?|"
    r"people|without|consent|permission|agreement|written|and|or|nor|no|can|either|courts?|judges?)\b)*\s*$", re.IGNORECASE)


#: Words that leave a promise no room ("never", "ever", "under no circumstances"): beside a sentence whose only exception is
#: the client's say-so it stands as a promise with that one exception (blanket33; lead, session 19).
_ROOM_DENIED = lazy(r"\b(?:never|ever|under\s+no|no\s+circumstances|at\s+no\s+time|whatsoever|absolutely\s+no)\b", re.IGNORECASE)
#: The client's consent as the only case left ("without your consent"): no exception to the law's power denied.
_CONSENT_ONLY = lazy(r"\bwithout\s+(?:your|the\s+client's|my|our)\s+(?:(?:prior|express|explicit|written|signed)\s+)*"
                     r"(?:consent|permission|agreement|authori[sz]ation)\b", re.IGNORECASE)


def _law_cannot_force(lex: Any, sent: _Sentence, text: str) -> None:
    """The law denied the power to make us share the client's information ("No law can make me break your
    confidentiality", "Not even the law can make me tell", "No law or court will ever force us to share your
    information") is the opposite of required_by_law: it read nothing, a false all clear. Only where what would be
    shared is the client's information in general (not "No law can make me report your drug use") and nothing is
    excepted. A court named beside the law is read as before (session 13, left13)."""
    m = _LAW_FORCED.search(text)
    if m is None or not _GENERAL_OBJECT.match(m.group("rest")) or _BREACH_BUT.search(_CONSENT_ONLY.sub(" ", text)):
        return  # (the client's consent is no exception: "No law can oblige me to release your notes without your consent")
    if any(t in lex.core and t != "court_order" and st.stance == "states" for t, st in sent.singles.items()):
        return
    sent.singles["required_by_law"] = Statement("required_by_law", "opposite", "must", (m.start(), m.start("rest")), (text[m.start():m.start("rest")],))


#: A third party told, not the client ("your parents", "your guardian", "a family member", "your family").
_OTHER_TOLD = lazy(r"\b(?:your|their|his|her|a|the\s+client's)\s+(?:parents?|guardians?|carers?|caregivers?|family(?:\s+members?)?|relatives?)\b"
                   r"|\bfamily\s+members?\b", re.IGNORECASE)
#: A sentence that asks the client to tell us: an imperative of telling first ("Tell your counsellor ...", "Please let us
#: know ..."), never "you" as the one told.
_CLIENT_ASKED_TO_TELL = lazy(r"\W*(?:please\s+)?(?:tell|let|inform|notify|contact|call|email|text|ask)\b(?!\s+(?:you|yourself|the\s+client|me\s+(?:be|explain|say|reassure))\b)",
                             re.IGNORECASE)
#: The client asked to talk with their therapist, opening the sentence or after a comma ("..., but talk it over with your
#: therapist first", "Please discuss it with your counsellor beforehand") (tune39, session 21).
_CLIENT_ASKED_TO_TALK = lazy(r"(?:^\W*|[,;]\s*(?:but\s+|and\s+|so\s+|then\s+)?)(?:please\s+)?(?:talk|speak|check|discuss)\b[^.;!?]{0,30}?"
                             r"\b(?:with|to)\s+(?:your|the|our)\s+(?:therapist|counsell?or|clinician|psychologist|practitioner|provider)s?\b",
                             re.IGNORECASE)
#: The practice's own voice as a subject ("we", "I", "us", "our ..." before a verb of its own).
_OUR_VOICE = lazy(r"\b(?:we|I|we'll|I'll|we'd|I'd)\b|\b(?:your|the)\s+(?:therapist|counsell?or|clinician|psychologist)\s+(?:will|would|may|must|shall|can)\b",
                  re.IGNORECASE)
#: The client told too, after the telling's verb ("with you and your parents", "tell you and, if you wish, your
#: parents"): "you" as what is told, not "if you wish" or "as you are under 16".
_CLIENT_TOLD = lazy(r"(?<!\bif\s)(?<!\bas\s)(?<!\bunless\s)(?<!\bwhen\s)(?<!\bthat\s)\b(?:you|yourself)\b(?!\s+(?:wish|want|like|agree|are|were|ask))",
                    re.IGNORECASE)


def _told_other(sent: _Sentence, text: str) -> None:
    """Telling someone other than the client ("If I need to share, I will discuss it with your parents first", "...
    we will tell a family member before we do") is no telling of the client: the duties to tell the client first or
    after are not stated by it (they read stated, a false all clear). The client told too ("with you and your parents",
    "we will tell you and, if you wish, your parents") still states them (session 13, left13)."""
    for topic in _TELL_DUTIES:
        st = sent.singles.get(topic)
        if st is None or st.stance != "states":
            continue
        if not any(_OTHER_TOLD.fullmatch(w) or w.lower() == "family" for w in st.words):
            continue  # the client is the one told ("with you and your parents": "you")
        if _CLIENT_TOLD.search(text, st.span[0]):
            continue  # "We will tell your parents first, and we will tell you too"
        del sent.singles[topic]


def _known_ahead_denied(sent: _Sentence, text: str) -> None:
    """"Action would not be taken with your prior knowledge", "it will rarely be with your prior knowledge": a
    negation in the clause of "with your prior knowledge" (tune18b's ``known_ahead``) turns the telling first round,
    as "I will not tell you first" is (review21)."""
    st = sent.singles["before_disclosure"]
    if st.stance != "states":
        return
    for i, _ in sent.found["known_ahead"]:
        at = sent.words[i][1]
        start = max(text.rfind(c, 0, at) for c in ",;:") + 1
        if _CLAUSE_NEG.search(text, start, at):
            sent.singles["before_disclosure"] = Statement(st.topic, "opposite", st.force, st.span, st.words)
            return


def _refused_after(lex: Any, sent: _Sentence, text: str, stems: list[str]) -> None:
    """"Your GP may have to report suicide risk, but I do not": the limits said before a contrast that is only a
    bare refusal of ours are said the opposite way (redteam14)."""
    words = sent.words
    for c in range(2, len(stems) - 1):
        if stems[c] not in _TURN:
            continue
        if stems[c] == "but" and _bare_affirmation(sent.found, stems, c + 1):
            # "Some therapists do not report child abuse, but we do", "Other services may not tell you afterwards, but
            # we will": what others do not do, we do (review24, session 15: they read contradicted, a false alarm)
            at = words[c][1]
            for topic, st in list(sent.singles.items()):
                if st.span[1] <= at and st.stance == "opposite" and (topic in _TELLINGS or _core_limit(lex, topic)):
                    sent.singles[topic] = Statement(topic, "states", st.force, st.span, st.words)
            return
        if not _bare_refusal(sent.found, stems, c + 1):
            continue
        at = words[c][1]
        for topic, st in list(sent.singles.items()):
            if st.span[1] <= at and (_turned_back(lex, st, stems[:c]) or (topic in _TELLINGS and st.stance == "states" and not any(w in _HABIT for w in stems[:c]))):
                # (session 15, review24: "Some therapists tell clients before making a report, but we do not")
                sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)
        return


#: The tellings a bare refusal or affirmation after "but" turns round as it does a limit.
_TELLINGS = frozenset({"before_disclosure", "after_disclosure", "at_intake"})
#: Words of a bare affirmation of ours after "but" ("but we do", "but I always will") (stems).
_AFFIRM = frozenset({"do", "doe", "does", "did", "will", "would", "alway", "always", "can", "must", "shall", "too", "still",
                     "certainli", "certainly", "definit", "definitely", "ll"})


def _bare_affirmation(found: Any, stems: list[str], start: int) -> bool:
    """Whether the words from ``start`` to the end are a bare affirmation of ours: a speaker of ours and helping words,
    nothing else ("we do", "I always will", "this practice does")."""
    ws = stems[start:]
    if not ws or len(ws) > 5 or any(w in ("not", "never", "no") for w in ws):
        return False
    ours = [(a, b) for a, b in found.get("speaker_word", ()) if start <= a]
    if not ours or ours[0][0] != start:
        return False
    rest = stems[ours[0][1] :]
    return bool(rest) and all(w in _AFFIRM for w in rest)


#: Words of keeping something private (stems).
_KEEPING = frozenset({"confidentiality", "confidential", "privat", "privacy", "secret", "confidenc"})
#: Verbs of keeping (stems) and the words that deny one just before it ("will not keep", "cannot stay").
_KEEP_VERBS = frozenset({"keep", "kept", "stay", "remain"})
_DENY_WORDS = frozenset({"not", "never", "no"})


def _kept_regardless(lex: Any, sent: _Sentence, stems: list[str], clause_edge: list[bool], cue_hits: Any) -> None:
    """"Even if a child is in danger, our policy is to respect your confidentiality"; "Under the Children Act 2004 we
    should share safeguarding concerns, but our policy is total confidentiality": a limit named in a leading "even if"
    (or "regardless of") clause, or before a "but" that claims total secrecy, and then only kept private, with no act
    of sharing, no exception and not just the rest ("everything else"), is said the opposite way (redteam14). A fact
    conceded ("Even though we must report child abuse, ...") is no such clause. So is a leading "If" or "When" clause
    whose case is then "still" kept ("If a judge orders me to share your notes, I will still keep them confidential"),
    but not kept only in part or as far as we can ("I will still try to protect your privacy as much as I can")
    (lead30)."""
    n = len(stems)
    lead_if = stems[0] in ("if", "when") and "still" in stems
    # (and "whatever", "irrespective" or "no matter", as "regardless": "Irrespective of any risk to yourself, what you
    # say remains confidential" read stated; before-stop review)
    if (stems[0] != "even" and _concedes(stems, 0)) or stems[:2] in (["even", "if"], ["even", "when"]) or lead_if:
        cut = next((q for q in range(2, n) if clause_edge[q]), n)
        rest = stems[cut:]
        if not _keeps(rest) or lead_if and ("still" not in rest[:5] or not _HEDGES.isdisjoint(rest)):
            return  # ("If a judge orders me to share your notes, I will still keep them confidential", not "... I
            # will still try to protect your privacy as much as I can": lead30)
    else:
        totals = [i for labels, i, _ in cue_hits if "blanket_total" in labels]
        buts = [q for q in range(2, n) if stems[q] == "but" and any(i > q for i in totals)]
        if not buts:
            return
        cut = buts[-1]
        rest = stems[cut + 1 :]
    if not _only_kept(lex, rest):
        return
    at = sent.words[cut][1] if cut < n else sent.words[-1][2] + 1
    for topic, st in list(sent.singles.items()):
        # a danger read in a sentence of privacy ("at high risk") takes the keeping word as its last: it is still
        # named before the cut ("Even if you are at high risk, we keep it private")
        kept_last = bool(st.words) and st.span[0] < at and lex.stem(st.words[-1].lower()) in _KEEPING
        if (st.span[1] <= at or kept_last) and _turned_back(lex, st, stems[:cut]):
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)


def _only_kept(lex: Any, rest: list[str]) -> bool:
    """True when the stems after a concession only keep private, the core test of ``_kept_regardless`` and
    ``_law_kept_even`` (clean40, session 22: each had its own copy): no act of sharing of ours (the client's own words
    are none: "what you say stays confidential"), no exception, not just the rest ("everything else"), and the keeping
    not denied ("Even if a child is at risk, we will not keep it private": that states the limit)."""
    if any((w in lex.actions and (q == 0 or rest[q - 1] != "you")) or w in _NOT_BARE or w in _ELSE or w in _TURN
           for q, w in enumerate(rest)):
        return False
    return not any((w in _KEEPING or w in _KEEP_VERBS) and _DENY_WORDS.intersection(rest[max(0, q - 3):q]) for q, w in enumerate(rest))


#: Words that keep only part back or try to ("try to protect your privacy", "as much as I can", "what is not needed").
_HEDGES = frozenset({"try", "much", "possibl", "best", "need", "necessary", "minimum", "limit", "part", "rest"})
#: Where words are kept, after a verb of keeping ("stays between us", "remains in the room", "is kept with me").
_KEEP_PLACE = frozenset({"between", "room"})


def _law_kept_even(lex: Any, sent: _Sentence, text: str, stems: list[str], clause_edge: list[bool]) -> None:
    """"Even where legally required, we will keep what you say confidential", "Even if the law requires it, we will keep
    your information private": the law's requirement in a leading "even if / where / when" clause, then only kept
    private (``_kept_regardless``'s test: no act of sharing, no exception, the keeping not denied), is refused. It read
    vague, a false all clear: ``_kept_regardless`` turns only the limits read stated, and the law's words there are a
    qualifier (law38, session 21; d10703)."""
    law = sent.singles.get("required_by_law")
    n = len(stems)
    cut = next((q for q in range(2, n) if clause_edge[q]), n)
    at = sent.words[cut][1] if cut < n else sent.words[-1][2] + 1
    vague = [v for v in sent.vague if "required_by_law" in v[0] and v[1] == "vague" and all(sent.words[j - 1][2] <= at for _, j in v[2])]
    if law is not None and (law.stance == "opposite" or law.span[1] > at) or law is None and not vague:
        return
    rest = stems[cut:]
    if not _keeps(rest) or any(t != "required_by_law" for t in sent.singles):
        return
    lead = text[: at].lower()
    if not any(w in lead for w in ("requir", "oblig", "compel", "must", "mandat", "demand", "duty", "force")) or any(
            w in lead for w in ("allow", "permit", "authori")):
        return  # (the law's permission left unused is no requirement refused: "Even if the law permits it, we keep it private")
    if not _HEDGES.isdisjoint(rest) or not {"usual", "usually", "generally", "normally", "typically", "may", "might", "try"}.isdisjoint(rest):
        return  # "..., we will usually keep your information private"
    if not _only_kept(lex, rest):
        return  # ("Even where legally required, we will not keep it private")
    if law is not None:
        sent.singles["required_by_law"] = Statement("required_by_law", "opposite", law.force, law.span, law.words)
    else:
        _, _, pieces = vague[0]
        sent.singles["required_by_law"] = _statement(text, sent.words, "required_by_law", "opposite", "must", pieces)
    _drop_vague(sent, "required_by_law")


def _keeps(stems: list[str]) -> bool:
    """Whether the stems keep something private: a word of privacy ("confidential", "private"), or a place after a
    verb of keeping ("what you say stays between us", "your words stay in the room") (lead30)."""
    return any(w in _KEEPING or w in _KEEP_PLACE and _KEEP_VERBS.intersection(stems[max(0, q - 3):q])
               for q, w in enumerate(stems))


#: Words one of which a refusal or a keeping after a colon holds (as written, lower case).
_REFUSAL_WORDS = frozenset({"not", "never", "no", "nothing", "nobody", "cannot", "refuse", "refuses", "ignore", "ignores",
                            "keep", "keeps", "kept", "stay", "stays", "remain", "remains", "confidential", "private",
                            "secret", "between", "that's", "it's"})


def _refused_after_colon(lex: Any, sent: _Sentence, text: str) -> None:
    """"A court orders your records: I refuse to release them" (a table row's two cells): what follows the last
    colon, read alone, keeps back or refuses what comes before it, so the limits before it are said the opposite way
    (redteam14)."""
    c = text.rfind(": ")
    tail = text[c + 2 :]
    low = tail.lower().split()
    if not low or len(low) > 9 or not any(w.strip(".,;!") in _REFUSAL_WORDS or "n't" in w or "n’t" in w for w in low):
        return  # (a refusal of a few words only: no second analysis of a tail that cannot be one)
    if not _refuses_before(_sentence(tail), lex.blanket_topic):
        return
    before = [w for w, a, _ in sent.words if a < c]
    for topic, st in list(sent.singles.items()):
        if st.span[1] <= c and _turned_back(lex, st, before):
            sent.singles[topic] = Statement(topic, "opposite", st.force, st.span, st.words)


def _refuses_before(sent: _Sentence, promise: str | None) -> bool:
    """Whether the sentence is only a bare refusal of what the sentence before it said ("I will not.", "I am not a
    social worker, so I don't.", "We do not follow that rule.") or keeps it back in a few words ("This stays between
    us", "I keep it confidential", "Nothing is shared": a table of situations and what happens) (redteam14)."""
    if any(t != promise for t in sent.singles) or sent.quiet or (sent.vague and "refuse_back" not in sent.found):  # "We do not follow that law."
        return False
    if len(sent.words) > 6 and "speaker_word" not in sent.found:
        return False  # (no speaker of ours for a bare refusal, too long to keep it back: most sentences; issue 13)
    stems = [w for w, _, _ in sent.words]
    return _bare_refusal(sent.found, stems, 0) or any(
        w in _TURN and _bare_refusal(sent.found, stems, q + 1) for q, w in enumerate(stems) if q >= 1
    ) or _kept_back(sent, stems)


#: Words of keeping, the places kept in, and the words that point back at what was said before (stems; "here" is "her").
_KEEP = frozenset({"keep", "stay", "remain"})
_KEPT_PLACE = frozenset({"confidential", "privat", "secret", "between", "her", "room"})
_POINTER = frozenset({"it", "this", "that", "them", "thes", "thos"})
#: Words that make what is kept the rest, not what was said before ("Everything else stays between us").
_ELSE = frozenset({"els", "other", "rest", "otherwis", "apart", "asid", "besid", "beyond"})


def _kept_back(sent: _Sentence, stems: list[str]) -> bool:
    """"This stays between us", "I keep it confidential", "Nothing is shared", "I refuse to release them": a few words
    that keep back what the sentence before said (a table row "You tell me a child is being abused | I keep it
    confidential" is read as those two sentences). Not the rest ("Everything else stays private"), not with an
    exception or a condition, not a keeping taken back ("I cannot keep that private")."""
    if not stems or len(stems) > 6 or stems[0] in _SUBORDINATE or any(w in _NOT_BARE or w in _ELSE for w in stems):
        return False
    if any(w in _KEEP for w in stems) and any(w in _KEPT_PLACE for w in stems) and any(w in _POINTER for w in stems):
        return not any(w in _NOT_KEPT for w in stems)
    refused = [r for r in sent.regions if not r[5]]
    if not refused:
        return False
    hit = refused[0][4]
    return stems[0] in ("noth", "nobody", "never") or stems[:2] == ["no", "one"] or any(w in _POINTER or w in ("anyon", "anybody") for w in stems[hit + 1 :])


#: Words after "no" that make it a lack, not a denial ("we may have no choice but to share without telling you").
_NO_LACK = frozenset({"choice", "option", "options", "alternative", "time", "need", "chance", "opportunity"})


def _denied_subject(sent: _Sentence, text: str, lo: int) -> bool:
    """Whether a "no" or "none" before the "without telling you" at word ``lo`` denies the thing shared ("No
    information is released without notifying you", "None of your records will be shared without telling you"):
    as "nothing" does, it turns the sharing round. Only as the subject, with no comma before the sharing; not "No,
    ..." (an answer) nor a lack ("no choice but")."""
    words = sent.words
    for i in range(lo):
        word = text[words[i][1] : words[i][2]].lower()
        if word not in ("no", "none") or (i and text[words[i - 1][1] : words[i - 1][2]].lower() != "that"):
            continue  # the subject of the sentence or of a "that" clause, not "There is no rule against it, so ..."
        if any(c in text[words[i][2] : words[lo][1]] for c in ",;:"):
            continue
        if text[words[i][2] : words[i][2] + 1] in (",", ".", ";", ":", "!"):
            continue
        if i + 1 < len(words) and text[words[i + 1][1] : words[i + 1][2]].lower() in _NO_LACK:
            continue
        return True
    return False


def _peer_shares(sent: _Sentence, text: str, lo: int) -> bool:
    """Whether other group members or clients are the ones who share, in the clause of the "without telling you" at
    word ``lo`` ("Other group members may share what you said without telling you", "Group members must not share
    what others say without their knowledge"): a warning or a group rule, nothing of our telling (review16). Not
    after a contrast ("Group members may not keep things private, but we will never share without telling you")."""
    words = sent.words
    for _, j in sent.found.get("peer_shares", ()):
        if j <= lo:
            between = text[words[j - 1][2] : words[lo][1]].lower()
            if not any(c in between for c in ";.:") and not any(w in between.split() for w in ("but", "however", "while", "whereas")):
                return True
    return False


def _untold_words(sent: _Sentence) -> list[tuple[int, int]]:
    """Where the sentence says "without telling you" (the ``untold`` class) or "before speaking to you"
    (``untold_before``), as character offsets."""
    words = sent.words
    return [(words[i][1], words[j - 1][2]) for key in ("untold", "untold_before") for i, j in sent.found.get(key, ())]


def _told_inside_untold(sent: _Sentence, topic: str) -> bool:
    """Whether ``topic`` (telling first or after) is stated by the words of a "without telling you" ("We will
    contact CPS without letting you know first"): those words say the telling is not done."""
    if topic not in ("before_disclosure", "after_disclosure") or ("untold" not in sent.found and "untold_before" not in sent.found):
        return False
    got = sent.singles.get(topic)
    return got is not None and got.stance == "states" and any(a < got.span[1] and got.span[0] < b for a, b in _untold_words(sent))


def _after_condition(sent: _Sentence, text: str, stems: list[str], lo: int) -> int:
    """Where the main clause starts (a character offset in ``text``) when the sentence opens on a condition and word
    ``lo`` stands after the condition's comma ("If I must make a report, I may do so without telling you first");
    -1 otherwise."""
    if not stems or stems[0] not in _SUBORDINATE:
        return -1
    return text.find(",", 0, sent.words[lo][1])


def _denied_after_condition(sent: _Sentence, text: str, stems: list[str], lo: int) -> bool:
    """Whether a sharing "without telling you" at word ``lo`` is denied in the main clause after a leading condition
    ("If I need to share information, I will not do so without telling you first"): the condition names the sharing,
    and the main clause says it never happens untold, so the client is told first (session 12). Inside the condition
    ("If we ever have to act without telling you, ...") it stays excused (``_untold_excused``)."""
    comma = _after_condition(sent, text, stems, lo)
    if comma < 0:
        return False
    return any(comma < sent.words[a][1] < sent.words[lo][1] and all(st in _DENIED_SHARING for st in stems[b:lo])
               for a, b in sent.found.get("neg_word", ()))


#: What may stand between the denial and "without telling you" when what is denied is the sharing itself ("I will not
#: do so", "we will never share it", "I won't make a report"); any other word ("I will not hesitate to act", "I will
#: not wait and may report") denies something else (stems).
_DENIED_SHARING = frozenset({"do", "doe", "so", "shar", "mak", "giv", "send", "it", "this", "that", "any", "anyth", "inform", "information",
                             "disclos", "report", "releas", "pass", "on", "break", "confidenti",
                             "confidentiality", "a", "the", "your", "ever", "act", "go", "ahead", "will", "would",
                             "can", "could", "shall", "be", "contact", "anyon", "call"})


def _told_by_untold(sent: _Sentence, told: Statement, start: int, end: int) -> bool:
    """Whether the telling ``told`` can only have been read from the words "without telling you" themselves (words
    ``start`` to ``end``): no word of telling stands outside them ("If I must make a report, I may do so without
    telling you first" tells nothing; "You would be told afterwards ... without speaking to you" does) (session 12)."""
    lo, hi = sent.words[start][1], sent.words[end - 1][2]
    if not (told.span[0] < hi and lo < told.span[1]):
        return False
    return not any(st.startswith(_TELL_STARTS) for k, (st, _, _) in enumerate(sent.words) if not start <= k < end)


#: Stems of telling words (``_told_by_untold``).
_TELL_STARTS = ("tell", "told", "talk", "speak", "spok", "inform", "notif", "discuss", "consult", "explain", "alert")


def _untold_excused(sent: _Sentence, topic: str, stems: list[str], end: int, lead: bool = True, start: int = 0) -> bool:
    """Whether a sharing "without telling you" says nothing against telling first or after (redteam14):
    only in an emergency or where it cannot be helped ("In an emergency we may act without telling you", as
    "wherever possible" is); inside a leading condition ("If we ever have to act without telling you, we will
    let you know afterward": what the sentence says is the telling after, stated by other words); for telling
    first, beside a telling after in other words, or where the words after it are "afterwards" and no "first"
    ("without telling the client afterwards")."""
    found = sent.found
    if "emergency" in found or "possible_cue" in found or "untold_excuse" in found or "routine_use" in found or (lead and stems[0] in _SUBORDINATE):
        return True  # (``lead``: "without telling you" inside the leading condition, not in the main clause after it)
    if any(w in ("consent", "permiss", "permission", "agreement") for w in stems[end : end + 3]):
        return True  # "without their knowledge or consent": the client's say-so, the usual wording of a limit
    if topic != "before_disclosure":
        return False
    after_it = any(end <= a <= end + 2 for a, _ in found.get("after_cue", ()))  # "without telling you (first or) afterwards"
    after = sent.singles.get("after_disclosure")
    if after is not None and after.stance == "states" and not after_it and not _told_by_untold(sent, after, start, end):
        return True  # "You would be told afterwards about any information we had to share without speaking to you"
    return after_it and "before_cue" not in found


#: Telling someone, and the words for the client after it ("we cannot tell you in advance").
_TELL_ACTS = frozenset({"tell", "inform", "notify", "let", "explain", "discuss", "talk", "speak", "alert"})
_CLIENT_WORDS = frozenset({"you", "client", "patient"})
#: The client who tells us something, also in the words of a school or a children's service ("If the child tells us
#: about abuse, we will inform social services first": the child's telling, no telling of the child first) (tell21).
_CLIENT_SPEAKERS = _CLIENT_WORDS | {"student", "child", "person", "teen", "pupil"}

#: "promise" and "guarantee": after a negation they take it back where they promise privacy ("We cannot promise
#: confidentiality"), not where what they promise is a telling of the client (``_promised_telling``).
_PROMISE_STEMS = frozenset({"promis", "guarantee", "guarant"})
#: Words between "promise" and the telling it promises ("promise you that I will always be able to tell you").
_PROMISE_FILL = frozenset({"you", "to", "that", "i", "we", "will", "can", "shall", "would", "alway", "be", "abl", "ever"})


def _promised_telling(stems: list[str], k: int, n: int) -> int:
    """The place of the telling act that the "promise" or "guarantee" at ``k`` promises, the client told within three
    words after it ("cannot promise to tell you", "can't guarantee that I will let you know", "don't promise to discuss
    it with you"); -1 if it promises something else. A negation before it then denies the telling (review20: "I
    cannot promise to tell you if I break confidentiality" read as telling first, a false all clear)."""
    t = k + 1
    while t < n and t <= k + 6 and stems[t] in _PROMISE_FILL:
        t += 1
    if t >= n or stems[t] not in _TELL_ACTS or stems[k + 1 : t] == ["you"]:
        return -1
    return t if any(st in _CLIENT_WORDS for st in stems[t + 1 : t + 4]) else -1

#: Acts of warning: a negation of one of these says nothing against the harm-to-others limit.
_WARN_ACTS = frozenset({"warn", "contact", "notify", "alert", "tell", "inform"})


def _warning_only(lex: Any, sent: _Sentence, text: str, stems: list[str], keys: Any) -> None:
    """"Texas law does not allow me to warn a person you have threatened; instead I may notify the
    police": what is turned round is the warning (duty to warn, said the opposite way); the threat
    is still a limit, so harm to others is stated."""
    o, w = sent.singles["harm_to_others"], sent.singles["duty_to_warn"]
    if o.stance != "opposite" or w.stance != "opposite":
        return
    words = sent.words
    for lo, hi, _, _, hit, drop, _, _ in sent.regions:
        # (the warning refused by a law that does not let us give it: "State law does not let us warn a person you have
        # threatened; instead we may notify the police"; lead22h)
        leave = stems[hit] in ("let", "allow", "permit") and any(st in _WARN_ACTS for st in stems[hit + 1 : hit + 4])
        if drop or (stems[hit] not in _WARN_ACTS and not leave):
            continue
        if any(_concedes(stems, k) and words[k][1] < o.span[1] and (k > hit or stems[k] != "even") for k in range(lo, hi)):
            # "We do not warn anyone, even if you threaten to hurt them": the threat leads to nothing either; so with
            # "whatever", "regardless", "irrespective" or "no matter", before or after the refusal ("I will not warn
            # anyone, whatever you tell me about wanting to hurt another person": it read harm to others stated, a
            # false all clear; lead22h). Only a concession that holds the harm: "We will not warn the person you
            # threaten, whatever happens; instead we will notify the police" keeps it (before-stop review). A leading
            # "Even if ..." keeps the harm as before ("Even if you threaten to hurt someone, we will never contact the
            # person threatened against": the dev labels read the harm stated).
            return
        if any(o.span[0] < words[b - 1][2] for _, b in sent.found.get(_LABEL, ())):
            return  # "Danger to others: We do not warn anyone": the danger a label names leads to nothing (fix14)
        a, b = words[lo][1], words[hi - 1][2]
        if a <= o.span[0] and o.span[1] <= b and a <= w.span[0] and w.span[1] <= b:
            _, states, _, _ = lex.topics["harm_to_others"]
            got = _state(lex, "harm_to_others", states, (), [sent.found], [[]], frozenset(), text, words, [sent.force], present=keys)
            if got is not None:
                sent.singles["harm_to_others"] = got
            return
def _blanket_promise(lex: Any, sent: _Sentence, text: str, found: dict[str, list[tuple[int, int]]]) -> None:
    """Read a blanket promise, or "we are not mandated reporters", in one sentence (``_blanket``)."""
    from policy_lint.meaning import _blanket

    # ("before you are ready", "until we have talked with you": a time after which we may share, no total secrecy)
    for name in ("without_consent", "consent_unless", "client_ready", "told_first"):  # "without your written consent", "unless you agree" (classes of the core)
        if name in sent.found:
            found.setdefault("blanket_consent", []).extend(sent.found[name])
    if "consent_unless" in sent.found:
        # "unless you agree" is the client's say-so, no exception of ours, and no promise the client makes
        # ("Under no circumstances will we share anything you tell us unless you agree" is a blanket promise) (core5)
        said = sent.found["consent_unless"]
        for name in ("blanket_except", "blanket_client"):
            if name in found:
                found[name] = [h for h in found[name] if not any(a <= h[0] < b for a, b in said)]
                if not found[name]:
                    del found[name]
    if "blanket_except" in found:
        _set_places(found, "blanket_except", [h for h in found["blanket_except"] if not _no_exception(sent, text, h)])
    sole = "blanket_consent" in found and _sole_consent(sent, found)
    commas = frozenset(k for k in range(1, len(sent.words)) if "," in text[sent.words[k - 1][2]:sent.words[k][1]])
    promise, no_duty, excepted = _blanket.read(lex, sent.words, found, sent.singles, _client_path(sent, text, lex), commas)
    sent.blanket_except = excepted or ("blanket_consent" in found and not _no_room(text, sent, found))
    sent.consent_except = sent.blanket_except and not excepted
    if promise is not None:
        # (a promise that leaves only the client's say-so open: it holds where the policy tells no limit, ``coverage``)
        # ("Under no circumstances ... unless you agree" leaves no room for any other exception: a promise anywhere (core5))
        held = "blanket_absolute" in found or "blanket_total" in found
        # (a claim of total secrecy and nothing else, no word that leaves no room for an exception: "Your conversations
        # are completely confidential and private" is the page's welcome, which the limits it names qualify: where the
        # policy tells a limit, it contradicts none, ``coverage`` (limits16: real9's labels read the limits such a page
        # never names as missing, and "never shared ... under any circumstances" as contradicted))
        total = "blanket_absolute" not in found and len(promise) == 1 and tuple(promise[0]) in map(tuple, found.get("blanket_total", ()))
        force = CONSENT_ONLY if sole and not held else TOTAL_ONLY if total else None
        sent.blanket = _statement(text, sent.words, lex.blanket_topic, "opposite", force, promise)
    for topic in lex.blanket_no_duty if no_duty else ():
        if topic not in sent.singles:
            sent.singles[topic] = _statement(text, sent.words, topic, "opposite", None, no_duty)
            sent.states_limit = True


#: Words that leave no room for any exception but the client's say-so ("Under no circumstances may your therapist
#: ever reveal, without your permission, ...").
_NO_ROOM = frozenset({"under no circumstances", "in no circumstances", "no matter what", "for any reason", "without exception",
                      "whatever happens", "at no time", "in no case"})


def _no_room(text: str, sent: _Sentence, found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the sentence's words leave no room for an exception beyond the client's say-so ("Under no circumstances may
    your therapist ever reveal, without your permission, anything about you to anyone"): its consent is no exception
    that lifts a promise of another sentence of its passage ("You can expect absolute privacy and confidentiality.")
    (blanket33: tune22). "We never share anything without your consent" is the normal rule and still lifts it."""
    words = sent.words
    return any(" ".join(text[words[q][1]:words[q][2]].lower() for q in range(a, b)) in _NO_ROOM
               for name in ("blanket_absolute", "blanket_neg") for a, b in found.get(name, ()))


#: Words that open a condition of the client's way into the service ("If you have referred yourself ...").
_PATH_OPEN = frozenset({"if", "when", "whenever", "onc"})
#: Words between "you" and the verb of that way ("you have", "you decide to", "you are self-referred").
_PATH_AUX = frozenset({"hav", "have", "are", "ar", "do", "decid", "choos", "to", "been", "alreadi", "already", "directli", "directly",
                       "yourself", "now", "first", "chosen", "chos"})
#: The client's way in: referring themselves, coming, booking, paying, starting ("If you come to us directly").
#: (Not booking, paying or signing up: "If you pay by card, your information is never shared" speaks of those details.)
_PATH_VERB = frozenset({"refer", "self-refer", "self-referred", "com", "cam", "attend", "start", "began", "begin", "seek",
                        "sought"})


def _client_path(sent: _Sentence, text: str, lex: Any) -> int:
    """Where the main clause starts when the sentence opens on a condition of the client's own way into the service
    ("If you have referred yourself for counselling then no one apart from your counsellor would know ...", "When you
    come to us directly, nothing you say is shared with anyone"): the promise is made to those clients, with no
    exception (blanket33: tune22 read such a page as nothing). 0 otherwise: a condition of an event ("If you tell me
    you plan to hurt yourself, ...", "If you are not at risk, ...") keeps the sentence from being a promise, as before.
    The condition must end on "then" or a comma within twelve words, hold no word that denies and name no limit."""
    words = sent.words
    stems = [w[0] for w in words]
    n = len(stems)
    if n < 4 or stems[0] not in _PATH_OPEN or stems[1] != "you":
        return 0
    k = 2
    while k < n and k < 6 and stems[k] in _PATH_AUX:
        k += 1
    if k >= n or stems[k] not in _PATH_VERB:
        return 0
    end = next((q for q in range(k + 1, min(n, 14)) if stems[q] == "then" or "," in text[words[q - 1][2]:words[q][1]]), None)
    if end is None or any(st in _DENY_STEMS for st in stems[:end]):
        return 0
    if any(t in lex.core for t in sent.singles):
        return 0  # the condition or the promise names a limit: the core reads it
    return end + (stems[end] == "then")


#: Stems of words that deny, in a condition of the client's way in ("If you do not come ...": no such condition).
_DENY_STEMS = frozenset({"not", "no", "never", "n't", "unless", "without", "nor"})


#: Words of "no one" that a "but", "except" or "apart from" may follow when it only names who knows ("No one but your
#: counsellor will know", "nobody else except me").
_NO_ONE = frozenset({"no one", "nobody", "no-one", "no one else", "nobody else", "no-one else", "none"})
#: Words that open such a "but" ("no one but me", "nobody except", "no one apart from", "other than", "besides").
_BUT = frozenset({"but", "except", "apart from", "other than", "besides", "aside from", "save for", "excepting"})
#: The ones who may know what the client says in a promise that leaves no one else: ourselves, the client, the
#: therapist (lower case; a name is a capitalised word, as "Dr." is).
_KNOWERS = frozenset({"me", "us", "myself", "ourselves", "you", "yourself", "i", "we", "and", "your", "the", "my", "our",
                      "therapist", "counsellor", "counselor", "clinician", "psychologist", "psychotherapist", "practitioner",
                      "therapists", "counsellors", "counselors", "clinicians", "psychologists", "psychotherapists",
                      # "no one but the two of us", "nobody except both of us" (review33)
                      "two", "both", "of"})


def _no_exception(sent: _Sentence, text: str, hit: tuple[int, int]) -> bool:
    """Whether the word of ``blanket_except`` at ``hit`` opens no exception: it names who knows ("No one but your
    counsellor will know", ``_knower``) or where it is said ("anywhere but the therapist's office"), or it is the "alone"
    of "let alone" ("even the fact that you are a client, let alone any information about you"), which adds more to
    what is kept, no ground too little by itself (blanket33)."""
    i, _ = hit
    if i > 0 and sent.words[i][0].startswith("alon") and text[sent.words[i - 1][1]:sent.words[i - 1][2]].lower() == "let":
        return True
    return _knower(sent, text, hit)


def _knower(sent: _Sentence, text: str, hit: tuple[int, int]) -> bool:
    """Whether the exception word at ``hit`` only names who knows in a promise that leaves no one else ("No one but
    your counsellor will know what you say", "Nobody apart from me will ever know", "no one apart from Luke Devlin
    would know what was discussed", "Apart from me, no one will know"): ourselves, the client or the therapist by
    a name, no exception to the promise (blanket33: tune22 read such a page as nothing). Another receiver ("no one
    but the police", "other than your therapist and their supervisor") is an exception, and so is any other use."""
    words = sent.words
    n = len(words)
    i, j = hit
    said = " ".join(text[a:b].lower() for _, a, b in words[i:j])
    if said not in _BUT:
        return False
    if i == 0:
        # "Apart from me, no one will ever know ...": the knower, a comma, then "no one"
        end = next((k for k in range(j, min(n, j + 5)) if "," in text[words[k - 1][2]:words[k][1]]), None)
        if end is None or end == j:
            return False
        after = " ".join(text[a:b].lower() for _, a, b in words[end:end + 3])
        if not any(after == w or after.startswith(w + " ") for w in _NO_ONE):
            return False
    else:
        before = " ".join(text[a:b].lower() for _, a, b in words[max(0, i - 3):i])
        if i > 0 and text[words[i - 1][1]:words[i - 1][2]].lower() in _NOWHERE:
            # "not discussed anywhere but the therapist's office": where it is said, named
            end = next((k for k in range(j, n) if text[words[k][1]:words[k][2]].lower().replace("\u2019", "'") not in _PLACES), n)
            return j < end <= j + 4 and (end == n or not _knower_word(text, words, end) or "," in text[words[end - 1][2]:words[end][1]]) \
                and text[words[end - 1][1]:words[end - 1][2]].lower() in _PLACE_NOUNS
        if not any(before == w or before.endswith(" " + w) for w in _NO_ONE):
            return False
        # (a name and its role set off by commas: "no one apart from Sam Ortiz, your counsellor, would know")
        end = next((k for k in range(j, n) if not _knower_word(text, words, k, True)), n)
        if end == j or end - j > 5 or end >= n or text[words[end][1]:words[end][2]].lower() not in _KNOWN_NEXT:
            return False  # "other than your therapist and their supervisor": someone else knows too
    return text[words[end - 1][1]:words[end - 1][2]].lower() != "and" and all(_knower_word(text, words, k, i > 0) for k in range(j, end))


#: Words of nowhere else that a "but" may follow when it names where things are said ("anywhere but the therapist's office").
_NOWHERE = frozenset({"anywhere", "nowhere", "elsewhere"})
#: The words of such a place: the therapy room, the office, the sessions.
_PLACE_NOUNS = frozenset({"office", "room", "session", "sessions", "therapy", "counselling", "counseling", "here"})
_PLACES = _PLACE_NOUNS | frozenset({"the", "this", "your", "our", "my", "therapist's", "counsellor's", "counselor's",
                                    "psychologist's", "therapy", "consulting", "counselling", "counseling", "in"})


#: The words a knower is followed by in the promise ("No one but me will know", "nobody except you ever hears").
_KNOWN_NEXT = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "ever", "is", "are", "has",
                         "have", "knows", "know", "hears", "sees", "gets", "needs", "need", "must", "won't", "wouldn't"})


def _knower_word(text: str, words: list[tuple[str, int, int]], k: int, commas: bool = False) -> bool:
    """One word of a knower: ourselves, the client, the therapist, or a capitalised name ("Dr", "Hale"); ``commas``:
    a comma before it may set off the knower's role."""
    w = text[words[k][1]:words[k][2]]
    if not commas and k > 0 and "," in text[words[k - 1][2]:words[k][1]]:
        return False  # the knower ends at a comma
    return w.lower() in _KNOWERS or (w[:1].isupper() and w.lower() not in _NOT_KNOWERS and len(w) > 1 and w.isalpha() or w in ("Dr", "Dr."))


#: Capitalised words that are no knower's name but a receiver a limit may reach ("Nobody apart from me and Social Services
#: will know": an exception, not the people who know; review of session 19).
_NOT_KNOWERS = frozenset({"i", "social", "services", "service", "police", "court", "courts", "authorities", "child", "children",
                          "protective", "protection", "family", "department", "agency", "gp", "doctor", "crisis", "team",
                          "emergency", "garda", "gardai", "tusla", "cps", "aps", "dcf", "dcs", "safeguarding", "nhs", "council"})


#: Words that open an exception ("except", "unless", "other than", "apart from", "aside from", "save for").
_SOLE_EXCEPT = frozenset({"except", "unless", "other", "apart", "asid", "sav"})
#: Words between such a word and the client's say-so ("except with your consent", "unless at your request").
_SAY_SO_LEAD = frozenset({"with", "at", "when", "if", "by", "upon", "wher", "than", "from", "for", "on"})
#: Words after the say-so that add another exception ("except with your consent or as the law requires").
_MORE_EXCEPTIONS = frozenset({"or", "and", "nor", "as", "plus", "also"})


def _sole_consent(sent: _Sentence, found: dict[str, list[tuple[int, int]]]) -> bool:
    """An exception whose only exception is the client's say-so ("We never share anything you say with anyone, except
    with your written consent", "Nothing leaves this room unless you ask me to share it") tells the client no limit: it
    is no exception of ours, and no consent rule ("never without your consent") either, so the promise stands (fix14,
    named in session 8's closing note), with the force ``CONSENT_ONLY``: a page that lists its limits elsewhere states
    the general rule by it ("I will not share what you tell me ... unless you agree to it", dev pages dh10 and dh11), so
    ``coverage`` keeps it only where no other words tell a limit. Its words are taken out of ``found`` (the blanket
    classes of the sentence); True when there were such words.
    "without your consent" and "only with your consent" are the condition of a sharing, the normal rule, and stay; so
    does an exception that adds other times after the say-so ("except with your consent or as the law requires")."""
    stems = [w[0] for w in sent.words]
    n = len(stems)
    consents = sorted(found.get("blanket_consent", []) + sent.found.get("consent_unless", []))
    excepts = found.get("blanket_except", ())
    # ("unless you ask me to": the consent class holds its "unless", taken out of blanket_except above)
    opens = sorted({*excepts, *((a, a + 1) for a, _ in sent.found.get("consent_unless", ()) if stems[a] == "unless")})
    sole: list[tuple[int, int]] = []
    for i, j in opens:
        if stems[i] not in _SOLE_EXCEPT:
            continue
        say = next(((a, b) for a, b in consents if a == i or (j <= a <= j + 2 and all(stems[x] in _SAY_SO_LEAD for x in range(j, a)))), None)
        if say is None:
            continue
        end = max(b for a, b in consents if say[0] <= a < say[1] + 1) if consents else say[1]
        if any(st in _MORE_EXCEPTIONS for st in stems[end:]) or any(a >= end for a, _ in excepts):
            continue  # another exception after the say-so
        sole.append((i, n))
    if not sole:
        return False
    for name in ("blanket_except", "blanket_consent"):
        kept = [h for h in found.get(name, ()) if not any(a <= h[0] < b for a, b in sole)]
        _set_places(found, name, kept)
    return True


#: First words that make a short law sentence speak of something said before ("This is required by law").
#: Words that may stand between a list's "or" (or comma) and the law's requirement that is its item ("or the law").
_ITEM_GLUE = frozenset({"the", "a", "when", "if", "wher", "whenever", "we", "i", "be", "am"})


def _examples_after_law(stems: list[str], found: dict[str, list[tuple[int, int]]], sent: "_Sentence") -> int | None:
    """The index of the example word ("e.g.", "eg", "for example", "example:", "such as", "for instance") that follows the
    law's requirement of a list item, when every limit the sentence names and every generic word but one (the law's own)
    come after it: "- disclosure is otherwise required or authorised by law, eg. mandatory reporting of child abuse" is the
    law's catch-all with its example (tell25: both labellers of real21, the labellers of tune19c). None otherwise."""
    laws = found.get("law_choice") or found.get("law_duty")
    if not laws:
        return None
    j = max(b for _, b in laws)
    n = len(stems)
    for k in range(j, min(n, j + 4)):
        w = stems[k]
        nxt = stems[k + 1] if k + 1 < n else ""
        if w in ("exampl", "eg") or (w == "e" and nxt == "g") or (w == "such" and nxt == "as") or (w == "for" and nxt in ("exampl", "instanc")):
            at = sent.words[k][1]
            # (a court's order or subpoena as the only example speaks of the court: "- where we are required by law, for
            # example a subpoena or a court order" stays the law of the court, vague, a dev page's label, dm14)
            if all(st.span[0] > at for st in sent.singles.values()) and set(sent.singles) != {"court_order"}:
                return k
            return None
        if w not in _ITEM_TAIL:
            return None
    return None


def _law_item(words: list[tuple[str, int, int]], text: str, j: int, laws: "Any") -> bool:
    """True when, after "only when" (or "only if") ending at word ``j``, the law's requirement is an item of the
    list of times it opens: "released only when the employee has signed consent, the law requires it or there is
    concern for safety" names the catch-all limit, as "only when the law requires it" does (real11: a university
    EAP). Not a qualifier after a comma ("only when you sign a release, as required by law")."""
    for a, _ in laws:
        if a <= j or words[a][0] in ("as", "to"):
            continue
        k = a - 1
        while k > j and words[k][0] in _ITEM_GLUE:
            k -= 1
        if k < j:
            continue
        if words[k][0] == "or" or "," in text[words[k][2]:words[k + 1][1]]:
            return True
    return False


#: Words just before "exceptions" that deny there are any ("no exceptions", "not any exceptions", "never exceptions").
_NO_EXCEPTIONS = frozenset({"no", "not", "never", "none", "without", "nor"})
#: Words after "exceptions" that say what the exceptions are ("exceptions whereby ...", "exceptions where ...").
_DEFINED_BY = frozenset({"whereby", "wher", "when"})


def _law_defines(stems: list[str], i: int, laws: "Any") -> bool:
    """True when the exception word at ``i`` is "exceptions" defined as the law's requirement, within five words
    after it: "There are some exceptions whereby we must legally disclose information" (a UK counselling page's
    wording) says when the law makes us disclose, a limit of its own, and is no exception to what the law requires
    (law17). A lead-in with a colon after it stays a preface (``_solo``), and so do exceptions with examples after
    them ("exceptions where we are legally required to disclose information, such as child abuse": labels.yaml's
    "exceptions required by law, such as ...")."""
    if stems[i] != "exception" or i + 1 >= len(stems) or any(st in _EXAMPLE_WORDS or st == "includ" for st in stems[i:]):
        return False
    if any(st in _NO_EXCEPTIONS for st in stems[max(0, i - 3) : i]):
        return False  # "There are no exceptions whereby we must legally disclose information": none defined (review20)
    nxt = stems[i + 1]
    if nxt not in _DEFINED_BY and not (nxt == "in" and i + 2 < len(stems) and stems[i + 2] == "which"):
        return False
    return any(i + 1 < a <= i + 6 for a, _ in laws)


#: Words that may lead a list item that is only the law's requirement ("or where I am legally compelled").
#: (the disclosure as subject: "- where disclosure is required or authorised by law" (pages11: dm19))
#: ("4. Or as required by Virginia law.", a Virginia college's list of exceptions: "as" too (tune20a))
_ITEM_LEAD = frozenset({"or", "and", "as", "wher", "when", "if", "i", "we", "am", "be", "is", "otherwis", "otherwise", "also", "ever",
                        "the", "disclosur", "releas", "shar", "information",
                        # (tell25: "- When reporting is required or allowed by law (example: ...)", both labellers of real21)
                        "report"})
#: A word of answer that may open such an item in an FAQ's answer, before a comma ("Yes, when we are legally required to").
_ANSWER_LEAD = frozenset({"yes", "sometim", "occasionally", "rarely", "only"})
#: A sharing as the head of such an item, with its receiver after it ("Disclosure to a governmental agency is ...").
_DISCLOSURE_HEAD = frozenset({"disclosur", "releas"})
_NOT_ITEM = frozenset({"this", "that", "it", "which", "such", "be", "thes", "thos"})
#: Words that may end such an item after the law's requirement ("where we are legally obliged to do so").
_ITEM_TAIL = frozenset({"to", "do", "so", "it", "this"})


#: Words of a court named last, after the law, as the other who requires it ("or a court order", "or by the court").
_COURT_TAIL = frozenset({"or", "by", "a", "the", "court", "order", "ord"})


def _court_tail(stems: list[str], found: dict) -> "int | None":
    """Where the law's words end, if the sentence ends with "or (by) a court (order)" right after them ("- If required by
    law or a court order."), else None (law24)."""
    for _, j in found.get("law_duty", ()):
        tail = [st for st in stems[j:] if st]
        if tail[:1] == ["or"] and "court" in tail and all(st in _COURT_TAIL for st in tail):
            return j
    return None


#: The client's say-so as the subject right before a negation ("your signed authorization may not (be required)", "your
#: consent is not (needed)") (law24).
_CONSENT_NEGATED = lazy(r"\b(?:consent|permission|agreement|authori[sz]ation|release)\s+(?:is|are|will|would|may|might|can|could|does|do|need|needs)?\s*$",
                        re.IGNORECASE)


#: The exception words after which a requirement of the law is the limit itself ("private, except when the law requires").
_EXCEPT_WORDS = frozenset({"unless", "except"})
#: Words before the exception that make the sentence a promise of privacy.
#: ("restricted": "Such information will be RESTRICTED to concerned staff ... except in emergency or required by law", a
#: Hong Kong counselling page, both labellers of real21 stated) (law22)
#: ("nothing": "We share nothing, unless the law demands it") (para34b)
_PROMISE_WORDS = frozenset({"not", "never", "no", "nobody", "noth", "without", "restrict"})


#: Words that may open the law's own clause after "or", before its requirement or permission ("or if the disclosure
#: is otherwise required or authorized by law", "; or it is required or authorized by law").
_CHOICE_LEAD = _ITEM_LEAD | {"it"}


def _choice_own_clause(lex: Any, sent: _Sentence, text: str) -> None:
    """The law's requirement or permission ("required or authorized by law", a qualifier in most sentences) as the
    last alternative of its own after "or", at the end of a sentence that states another limit before it ("...
    complying with a legal order such as a subpoena, or if the disclosure is otherwise required or authorized by law",
    a BC counsellor's list item, both labellers of real19 stated): a limit of its own, stated (labels.yaml: "as
    otherwise required by law") (law22). Not with examples after it (a preface), nor where a limit is refused."""
    hit = _choice_own_part(lex, sent, 1)
    excepted = hit is None
    if excepted:
        hit = _choice_own_part(lex, sent, 1, _EXCEPT_WORDS)
    if hit is None:
        return
    at = sent.words[hit[0]][1]
    before = [t for t, st in sent.singles.items() if lex.topics[t][0] == "limit" and st.span[0] < at]
    if not before or any(st.stance != "states" for st in sent.singles.values()):
        return
    # (law36: after "except" or "unless", only as the other way than the client's consent named before it: "We will not
    # release your records without your written consent, except where required or permitted by law", a California
    # couples centre, both labellers of real28 stated; "I may not disclose anything except where required or allowed by
    # law" stays a qualifier, vague, as both labellers of real19 read it)
    if excepted and "client_authorization" not in before:
        return
    _choice_stated(sent, text, hit)


def _choice_own_part(lex: Any, sent: _Sentence, lo: int, opens: "frozenset[str]" = frozenset({"or"})) -> "tuple[int, int] | None":
    """The law's requirement or permission at the end of ``sent``, in a clause of its own that opens with "or" (or a word
    of ``opens``) at or after word ``lo`` ("..., or if the disclosure is otherwise required or authorized by law"), else
    None (law22)."""
    hits = sent.found.get("law_choice")
    if not hits or "required_by_law" in sent.singles or sent.regions:
        return None
    words = sent.words
    i, j = max(hits)
    # (overlapping phrases are one: "where the law requires or permits it" holds "requires or permits" too (law36))
    i = min(a for a, b in hits if a <= i < b)
    if not all(words[m][0] in _ITEM_TAIL for m in range(j, len(words))):
        return None
    k = i - 1
    while k > lo and words[k][0] in _CHOICE_LEAD and words[k][0] not in opens:
        k -= 1
    if k < lo or words[k][0] not in opens:
        return None
    return (i, j) if k >= 0 else None


def _choice_stated(sent: _Sentence, text: str, hit: tuple[int, int]) -> None:
    sent.singles["required_by_law"] = _statement(text, sent.words, "required_by_law", "states", sent.force, [hit])
    sent.vague = [(tuple(t for t in ts if t != "required_by_law"), stance, p) for ts, stance, p in sent.vague]
    sent.vague = [v for v in sent.vague if v[0]]


def _choice_after_semicolon(lex: Any, text: str, parts: list[tuple[int, _Sentence]], ends: dict[int, int]) -> None:
    """``_choice_own_clause`` across a list's semicolons: "We will not share your information ... unless you have
    given your informed consent; it is necessary to coordinate your care; or it is required or authorized by law" (a
    Western Australian page, both labellers stated): the last part, opening with "or", is the law's limit of its own
    where a part before it, joined by semicolons in one paragraph, states a limit and refuses none (law22). The part's
    analysis is shared (cached), so it is copied before it changes."""
    for s in range(1, len(parts)):
        a, sent = parts[s]
        hit = _choice_own_part(lex, sent, 0)
        if hit is None:
            continue
        said = False
        for r in range(s - 1, -1, -1):
            pa, prev = parts[r]
            end = ends[pa]
            if not text[pa:end].rstrip().endswith(";") or _PARAGRAPH.search(text, end, parts[r + 1][0]):
                break
            if any(st.stance != "states" for st in prev.singles.values()):
                said = False
                break
            said = said or any(lex.topics[t][0] == "limit" for t in prev.singles)
        if said:
            sent = copy.copy(sent)
            sent.singles = dict(sent.singles)
            sent.vague = list(sent.vague)
            _choice_stated(sent, text[a : ends[a]], hit)
            parts[s] = (a, sent)


def _quiet_after_semicolon(lex: Any, text: str, parts: list[tuple[int, _Sentence]], ends: dict[int, int]) -> None:
    """A part after a semicolon that only names something ("(2) chemical addiction or dependency;", "or (3) sexual,
    physical, or emotional abuse.") goes on with the list of the part before it: after a sentence that states no limit
    (a service, a client's own consent to treatment: "In Texas, minors can consent to their own counseling for (1)
    suicide prevention; ...", ``quiet``), it states none either (abuse23: a Texas practice's page, tune20a). A part with
    words of its own (a subject, a verb, a condition) is read by itself. The part's analysis is shared (cached), so it
    is copied before it changes."""
    from policy_lint.meaning._frames import names_only

    for s in range(1, len(parts)):
        a, sent = parts[s]
        pa, prev = parts[s - 1]
        if not prev.quiet or sent.quiet or not text[pa : ends[pa]].rstrip().endswith(";"):
            continue
        if _PARAGRAPH.search(text, ends[pa], a) or not names_only(text[a : ends[a]]):
            continue
        sent = copy.copy(sent)
        sent.singles = {t: st for t, st in sent.singles.items() if lex.topics[t][0] != "limit"}
        sent.vague = []
        sent.quiet = True
        sent.states_limit = False
        parts[s] = (a, sent)


#: Words that refuse the excess ("never more than", "no more than", "not ... more than"): then "more than is needed" is the
#: minimum kept (stems).
_EXCESS_REFUSED = frozenset({"not", "never", "no", "n't", "nor", "neither", "noth"})
#: The words that may stand between "than" and the minimum's own word ("than is strictly necessary", "than the minimum"), the
#: minimum's words, and the verbs that allow or ban an excess after it ("is never allowed", "is prohibited") (review38).
_EXCESS_FILL = frozenset({"be", "strictly", "absolutely", "really", "truly", "what", "we", "they", "is", "are", "the", "it", "legally"})
_EXCESS_NEED = frozenset({"necessary", "need", "needed", "minimum", "requir", "required", "essential", "relevant", "appropriat"})
_EXCESS_ALLOWED = frozenset({"allow", "allowed", "permit", "permitted", "acceptabl", "accept", "toler", "tolerat", "ok", "appropriat"})
_EXCESS_BANNED = frozenset({"prohibit", "prohibited", "forbid", "forbidden", "ban", "banned"})


def _more_than_needed(sent: _Sentence, text: str, stems: list[str], mini: Statement) -> None:
    """"We may share more than is strictly necessary with the agency", "We may disclose more information than is needed":
    more than the minimum shared, with nothing that refuses it, is the minimum said the other way round (review37: it read
    minimum_necessary stated, a false all clear). "We never share more than is necessary" and "no more than is needed"
    keep the minimum (``excess`` above reads them)."""
    words = sent.words
    first = _word_from(words, mini.span[0])
    more = next((q for q in range(max(0, first - 6), first + 1) if stems[q] == "mor" and "than" in stems[q + 1 : first + 3]), None)
    if more is None or any(st in _EXCESS_REFUSED for st in stems[:more]):
        return
    # the excess must be the minimum's own ("more than is strictly necessary", "more information than the minimum
    # needed"), not a count ("With more than one service involved, only the minimum necessary is shared"), and not
    # refused after it ("Sharing more than the minimum necessary is never allowed") (review38, session 21)
    than = stems.index("than", more + 1)
    window = stems[than + 1 : than + 4]
    need = next((k for k, st in enumerate(window) if st in _EXCESS_NEED), None)
    if than > more + 2 or need is None or not all(st in _EXCESS_FILL for st in window[:need]):
        return
    end = _word_from(words, mini.span[1])
    after = stems[end : end + 4]
    if (not _EXCESS_REFUSED.isdisjoint(after) and not _EXCESS_ALLOWED.isdisjoint(after)) or not _EXCESS_BANNED.isdisjoint(after):
        return
    sent.singles["minimum_necessary"] = _statement(text, words, "minimum_necessary", "opposite", mini.force,
                                                   [(more, more + 1), (first, _word_from(words, mini.span[1]))])


def _known_to_none_across(lex: Any, text: str, parts: list[tuple[int, _Sentence]], ends: dict[int, int]) -> None:
    """A limit told, then no one to know of it, cut at a semicolon or a colon ("If you are having thoughts of harming
    others, no one will know; your sessions are completely private"): ``_known_to_none`` saw only the part before the
    mark, so it kept the limit (review35: it read stated, a false all clear). When the part after the mark opens no case
    of its own (no condition, no limit it states, no act of ours: another promise), the promise stands, as it does
    without the mark. The part's analysis is shared (cached), so it is copied before it changes."""
    for s in range(len(parts) - 1):
        a, sent = parts[s]
        here = text[a : ends[a]].rstrip()
        if not sent.states_limit or not here.endswith((";", ":")) or _KNOWN_TO_NONE.search(here) is None:
            continue
        b, nxt = parts[s + 1]
        after = text[b : ends[b]]
        # (the client's own telling after the mark is no act of ours: "If you tell me you want to end your life, nobody
        # will know; what you say here stays here" read harm_to_self stated, a false all clear; review37, session 21)
        nstems = [w for w, _, _ in nxt.words]
        if (_PARAGRAPH.search(text, ends[a], b) or nxt.states_limit or _KNOWN_TO_NONE_CASE.search(after)
                or any(w in lex.actions and not _told_by_client(nstems, q) for q, w in enumerate(nstems))):
            continue
        sent = copy.copy(sent)
        sent.singles = dict(sent.singles)
        _known_to_none(lex, sent, here[:-1], [w for w, _, _ in sent.words])
        parts[s] = (a, sent)


def _law_own_condition(sent: _Sentence, first: int, text: str = "") -> bool:
    """True when a law's duty after the exception word at ``first`` opens a condition of its own after "or" ("..., or
    when there is a legal duty to provide health information", "..., or if required by law") (law21)."""
    words = sent.words
    for i, _ in sent.found.get("law_duty", ()):
        if i <= first:
            continue
        k = i - 1
        if words[i][0] not in _OWN_CONDITION and k >= 0 and words[k][0] in _OWN_CONDITION:
            k -= 1
        if k > first and words[k][0] == "or" and words[k + 1][0] in _OWN_CONDITION:
            return True
        # (tell25: or joined by "and", or by a comma that repeats the condition word: "... except when we judge that there
        # is a serious risk to yourself or others, when we are legally obliged to do so", both labellers of real21)
        if text and i > first + 2 and _own_alternative(sent, text, i):
            return True
        # (or the law's requirement right after "or", as the other case after the exception word: "... except in
        # emergency or required by law", real21) (law22)
        if i - 1 > first and words[i - 1][0] == "or" and words[i][0] == "requir":
            return True
        # the law's duty right after the exception word, the other limits after it joined by "or" ("Counselors keep
        # information confidential unless legal requirements demand that confidential information be revealed or a
        # breach is required to prevent serious and foreseeable harm to the student", an Ohio school; not "unless the law
        # requires us to report child abuse": the law's words then speak of that limit)
        if i - first <= 2 and all(words[m][0] in _OWN_CONDITION for m in range(first + 1, i)):
            end = max(j for a, j in sent.found["law_duty"] if a == i)
            later = [st.span[0] for st in sent.singles.values() if st.span[0] >= words[end - 1][2]]
            if all(any(w[0] == "or" and words[end - 1][2] <= w[1] < at for w in words) for at in later):
                return True
    return False


def _excepted_law(lex: Any, sent: _Sentence, text: str, stems: list[str], first: int) -> None:
    """"We keep your information private, except when we are required by law to disclose it":
    after "except" or "unless" in a sentence that promises privacy, the law's requirement is the
    catch-all limit, stated (law words never speak of a court order)."""
    if stems[first] not in _EXCEPT_WORDS or not lex.solo_unless.get("required_by_law", frozenset()).isdisjoint(sent.found):
        return
    before = stems[:first]
    hits = [hit for hit in sent.found["law_duty"] if hit[0] > first]
    if not hits:
        return
    if not any(st in lex.privacy or st in _PROMISE_WORDS for st in before) and not _promise_after_law(lex, sent, text, first, hits[0][1]):
        return
    # Examples after the law's words ("... except where the law requires disclosure, for example:", "except as required
    # by law, such as when a child is at risk") make it a preface to them: vague (labels.yaml's "exceptions required by
    # law, such as ..."; tune19e)
    tail = stems[hits[0][1]:]
    if any(st in _EXAMPLE_WORDS and (st != "such" or tail[k + 1 : k + 2] == ["as"]) for k, st in enumerate(tail)):
        return
    sent.singles["required_by_law"] = _statement(text, sent.words, "required_by_law", "states", sent.force, [hits[0]])
    sent.vague = [(tuple(t for t in ts if t != "required_by_law"), stance, p) for ts, stance, p in sent.vague]
    sent.vague = [v for v in sent.vague if v[0]]


def _promise_after_law(lex: Any, sent: _Sentence, text: str, first: int, end: int) -> bool:
    """True when the exception word at ``first`` opens the sentence and the promise of privacy comes after the comma that
    closes the law's clause ending at word ``end`` ("Except where required by law, we will not share your data with
    anyone else", an Irish charity, both labellers of tune23 stated; "Unless the law requires it, nothing you say leaves
    this room") (law36). Not a clause of keeping ("Unless required by law, we keep records for seven years"), nor a
    lead-in to the limits below it ("Except where required by law, the following limits apply:": a preface, vague)."""
    words = sent.words
    if first != 0 or end >= len(words) or text.rstrip().endswith(":"):
        return False
    comma = text.find(",", words[end - 1][2])
    if comma < 0:
        return False
    rest = [w[0] for w in words[end:] if w[1] > comma]
    if any(st in ("below", "follow", "abov") for st in rest):
        return False
    return any(st in _PROMISE_WORDS or st.startswith(_FRONT_PRIVATE) for st in rest)


#: Words of privacy a fronted exception's promise holds ("..., your information is kept confidential", "... stay private").
_FRONT_PRIVATE = ("confidential", "privat", "secret", "privileg")


#: Classes of an Act's name (child21): the law's own name, never a case its words speak of.
_ACT_NAMES = ("child_act", "adult_act")
#: Limits a law's duty may have as its object: the law's words then speak of them (``_solo``, law17).
_NAMED_BY_LAW = LAW_SOURCED
#: Words that start the examples of what goes before ("for example", "for instance", "such as", "e.g.").
_EXAMPLE_WORDS = frozenset({"exampl", "instanc", "such", "eg"})


def _examples(stems: list[str]) -> bool:
    """True when the stems hold a word that gives examples ("for example", "for instance", "such as"). "Instance" only
    after "for": "required by state law to report any instance of suspected child abuse" names the limit the law speaks
    of, no example of a catch-all (tune19d: it read required_by_law stated)."""
    return any(w in _EXAMPLE_WORDS and (w != "instanc" or (k and stems[k - 1] == "for")) for k, w in enumerate(stems))
#: Words that open a clause of condition ("when a judge orders it").
_CONDITION_WORDS = frozenset({"when", "if", "wher", "whenever", "wherever"})
#: A condition of its own after "or" ("..., or if required by law", "or as the law requires").
_OWN_CONDITION = _CONDITION_WORDS | {"as"}


#: Words that may stand between a condition word and the law's words of its own condition ("when we are legally obliged").
_OWN_GLUE = frozenset({"we", "i", "be", "am", "it", "this", "that", "the", "so", "do", "otherwis", "otherwise"})


def _own_alternative(sent: "_Sentence", text: str, law: int) -> bool:
    """True when the law's words at ``law`` are a condition of their own joined to the conditions before them by "and"
    or by a comma that repeats their condition word ("School counselors may share information to prevent serious and
    foreseeable harm to students, themselves, or others and if it is legally required", a Texas school counselor;
    "completely protected except when we judge that there is a serious risk to yourself or others, when we are legally
    obliged to do so", a UK counselling service: both labellers of real22 and real21 required_by_law stated), as the
    "or" of ``_solo``'s ``own`` does. Not "as" after a comma ("If a child is being abused, we must report it, as the law
    requires": the law of the abuse) (tell25)."""
    words = sent.words
    if words[law][0] in _CONDITION_WORDS:
        c = law
    else:
        c = next((k for k in range(law - 1, max(-1, law - 5), -1) if words[k][0] in _CONDITION_WORDS), -1)
        if c < 0 or any(words[k][0] not in _OWN_GLUE and words[k][0] not in _ITEM_LEAD for k in range(c + 1, law)):
            return False
    if c == 0:
        return False
    if words[c - 1][0] == "and":
        return True
    if "," not in text[words[c - 1][2]:words[c][1]]:
        return False
    return any(w[0] == words[c][0] for w in words[: c - 1])


#: Situations named only as some of them ("in certain circumstances", "in some situations"): with a colon after, the
#: list below names them.
_SOME_CASES = lazy(r"\b(?:certain|some|specific|particular|limited|a few|these|the following)\s+(?:rare\s+|limited\s+|specific\s+|special\s+)?"
                   r"(?:circumstances|situations|cases|instances|conditions|exceptions|disclosures|obligations|duties|"
                   r"occasions|times)\b", re.IGNORECASE)


#: A lead-in that opens on "There are" and the cases, with a colon at its end ("There are circumstances in which I may be
#: legally required to ... disclose information:", "There may be times when the law requires me to share:"): the cases
#: are only some of them, named in the list under it (law26: real24 both labellers, tune18a; a false all clear).
_THERE_ARE_CASES = lazy(r"^\W*there\s+(?:are|may\s+be|might\s+be|can\s+be|will\s+be)\s+(?!no\b)(?:\w+\s+)?"
                        r"(?:circumstances|situations|cases|instances|times|occasions|conditions)\b", re.IGNORECASE)


#: A lead-in that ends in a word of condition and a colon ("The law may require me to share information when:", "...
#: in situations where:"): the list under it names the cases (tune20b).
_WHEN_COLON = lazy(r"\b(?:when|if|where|whenever|in\s+which|in\s+cases?\s+(?:when|where)|in\s+situations?\s+(?:when|where))\s*:\s*$",
                   re.IGNORECASE)


#: A lead-in whose list completes its act: the colon cuts the act's receiver or object off ("we are legally required to
#: disclose information to:", "Also legally we are required to report any indication of the following issues:",
#: "... to share information about:"): the law's words are a preface to the limits listed (law30: real27 and real26,
#: both labellers vague; they read stated).
_LIST_COMPLETES = lazy(r"\b(?:to|with|about|regarding|concerning|the\s+following(?:\s+\w+){0,2}|as\s+follows|below)\s*:\s*$",
                       re.IGNORECASE)


#: The law's requirement right before a closing colon ("Disclosure is required by law:"): the lead-in of the limits listed
#: under it, their preface (law24: real23 both labellers; real17's "... because legally required:").
_LAW_COLON = lazy(r"\b(?:(?:required|mandated|obliged|obligated)\s+(?:by|under)\s+(?:the\s+)?law|legally\s+(?:required|obliged|obligated|mandated))\s*:\s*$",
                  re.IGNORECASE)


#: A sentence that opens on the cases listed after it ("Following are situations in which your provider may be legally
#: required to share ...", "Below are the times when ..."): a preface to those cases, colon or not (real14).
_CASES_FOLLOW = lazy(r"^\W*(?:the\s+)?(?:following|below)\s+are\s+(?:the\s+|some\s+)?(?:\w+\s+)?"
                     r"(?:situations|circumstances|cases|instances|times|exceptions)\b", re.IGNORECASE)


def _solo(lex: Any, sent: _Sentence, text: str, exception: bool) -> None:
    """The ``solo`` ways: they hold where the sentence states no other limit, holds no other
    generic words, no exception and no negation ("We will disclose information when required
    to do so by federal, state or local law" states required_by_law; "We never share without
    your consent, except where required by law" leaves it vague)."""
    if not lex.solo or exception or sent.regions:
        return
    found = sent.found
    # A lead-in that ends in a colon after situations named only as some of them ("The school counselor is required by
    # law to share information with others in certain circumstances:") announces the limits of the list under it: its law words are a preface (labels.yaml:
    # "The law requires the following exceptions:" is vague), as list_ahead's words say it in a sentence (real5).
    # (worked out only when required_by_law is still open: most sentences never need the patterns; issue 13)
    lead_in: bool | None = None
    for topic, ways in lex.solo.items():
        if topic in sent.singles or not lex.solo_unless.get(topic, frozenset()).isdisjoint(found):
            continue
        if topic == "required_by_law":
            if lead_in is None:
                low = text.lower()  # (no "ollow" and no "elow": "following" and "below" are not there)
                lead_in = (text.rstrip().endswith(":") and (_SOME_CASES.search(text) is not None or _WHEN_COLON.search(text) is not None
                                                            or _LAW_COLON.search(text) is not None or _LIST_COMPLETES.search(text) is not None
                                                            or _THERE_ARE_CASES.search(text) is not None)) or (
                    ("ollow" in low or "elow" in low) and _CASES_FOLLOW.search(text) is not None)
            if lead_in:
                continue
        # the client's own act of telling is no act the law requires of us ("If you, the patient, report ... that you plan
        # to hurt yourself ..., then the therapist by law is required to call 911", "If you reveal that you have been
        # abused by a health care provider, I am required by law to report the name ...": law30, tune19b's and real27's
        # labellers vague): the ways see only the acts of ours
        seen = found
        if topic == "required_by_law":
            acts = found.get("disclose_act", ())
            ours = [h for h in acts if not (h[0] and sent.words[h[0] - 1][0] in _CLIENT_SUBJECTS)]
            if len(ours) < len(acts):
                seen = dict(found)
                if ours:
                    seen["disclose_act"] = ours
                else:
                    del seen["disclose_act"]
        for way in ways:
            if not lex.needs[way] <= seen.keys():
                continue
            used = _match_in(way, [seen], lex.near, lex.close, frozenset(), lex.targets)
            if used is None:
                continue
            if topic == "required_by_law" and _law_bounds_privacy(sent, text, used):
                continue
            # The law's words as a condition of their own, joined by "or" after the limits or dangers named before ("if
            # there is a serious concern about harm to yourself or others, or if required by law", a UK psychologist; "...,
            # or when the law requires it") are another limit, not the law of those before (tune19c).
            # (the law's own words are the way's first piece; the act of sharing may come before them)
            law = used[0][0]
            k = law - 1
            if k >= 0 and sent.words[law][0] not in _OWN_CONDITION and sent.words[k][0] in _OWN_CONDITION:
                k -= 1
            own = k >= 0 and sent.words[k][0] == "or" and sent.words[k + 1][0] in _OWN_CONDITION
            if not own:
                own = _own_alternative(sent, text, law)
            # A report or a record the law requires to a profession's regulator ("I am obligated by law to report any
            # regulated health care professional ... to their professional regulatory body if ...", "provide access to the
            # clinical records to the College of Psychologists as legally required"): the law speaks of that one case, a
            # qualifier (vague; both labellers of real17 and real19) (law22)
            # (not a regulator named as the law's example: "We disclose records when required to by law, for example to a
            # licensing board" keeps the catch-all)
            # (law24: or another professional's misconduct as that one case: "required by law to report incidences of sexual
            # misconduct on the part of other therapists", real23; the first of them counts, so an example of the
            # professional after it, "any regulated health care professional, such as your physician, ... to their
            # regulatory body", keeps the case, tune17)
            named = found.get("law_regulator", []) + found.get("law_misconduct", [])
            if not own and named and not any(
                w[0] in _EXAMPLE_WORDS for w in sent.words[max(j for _, j in used) : min(i for i, _ in named)]
            ):
                _law_kept_vague(sent, topic, used)
                return
            if sent.states_limit:
                # Limits named after the law's words are its examples ("if we are required to by
                # law, for example under the Terrorism Act"); named before, the law words speak of them.
                head = min(i for i, _ in used)
                at = sent.words[head][1]
                # A court order named just before, with "or" (the law as the other that may require it: "required by
                # court order or legal obligation to release information") is no limit the law speaks of (tune18b).
                alt = head > 0 and sent.words[head - 1][0] == "or"
                before = [t for t, st in sent.singles.items() if st.span[0] <= at and not (alt and t == "court_order")]
                if not own and before:
                    # The law beside named limits of abuse or danger before it ("If a child is being abused, I am legally
                    # required to report it") is their qualifier: vague (law21, the convention of session 14)
                    if all(t in _NAMED_BY_LAW for t in before):
                        _law_kept_vague(sent, topic, used)
                    return
                # A limit after the law's words in a clause of condition is the case the law speaks of, no
                # example: "Louisiana law can also require us to release records when a judge orders it"
                # qualifies the court order (pages12: dh24), as "Tennessee law requires us to report abuse"
                # names no catch-all (labels.yaml; dt13).
                tail = max(j for _, j in used)
                # (with ``own``, the limits after the law's words only: those before it are another condition's)
                first = min((st.span[0] for st in sent.singles.values() if not own or st.span[0] > sent.words[law][1]), default=None)
                if first is not None:
                    between = [w[0] for w in sent.words[tail:] if w[1] < first]
                    case_of_law = any(w in _CONDITION_WORDS for w in between) and not _examples(between)
                    # So is a danger or an abuse named as the object of the law's duty, with no example word between
                    # ("your therapist is legally obligated to take action to protect others from harm, even if it means
                    # revealing information", a US group practice; "legally required to report concerns of harm to a
                    # child to Tusla"): the law words speak of that limit, as "Tennessee law requires us to report abuse"
                    # does (law17). Not the law's examples ("..., for example under the Terrorism Act") nor another kind
                    # of limit after it ("legally required to report information about acts of terrorism": crime).
                    after = [t for t, st in sent.singles.items() if st.span[0] >= first]
                    duty_object = bool(after) and all(t in _NAMED_BY_LAW for t in after) and not (_examples(between) or "includ" in between)
                    # (law23) So is a court's order or subpoena named as the object of the law's duty, with no "or" between
                    # ("I am required legally to comply with a subpoena to appear in court", a BC counsellor; "when the law
                    # required client records to be released in court proceedings", real19's both labellers): the law
                    # speaks of the court, as "Louisiana law can also require us to release records when a judge orders
                    # it" does; not the court as the law's other ("when required by law or by a court order")
                    if not duty_object and "court_order" in after and all(t in _NAMED_BY_LAW or t == "court_order" for t in after):
                        duty_object = _court_is_the_duty(sent, text, used, sent.singles["court_order"].span[0])
                    # (fam27b: a sentence that opens on the cases the law requires, with named limits as their examples
                    # after, "There are some situations where the law requires us to share information, such as abuse of a
                    # child", is labels.yaml's preface, "exceptions required by law, such as ...": vague)
                    if after and all(t in _NAMED_BY_LAW for t in after) and _examples(between) and _THERE_ARE_CASES.search(text) is not None:
                        duty_object = True
                    if case_of_law or duty_object:
                        # the law words speak of that limit (or those limits): no catch-all, but the law as their
                        # qualifier, vague (law20 for several kinds; law21 for one, the convention of session 14)
                        _law_kept_vague(sent, topic, used)
                        return
            # "We report abuse and neglect as the law requires": the law words speak of abuse. Generic
            # words after an example word are the law's examples ("legally bound to disclose, for example
            # under legislation on safeguarding").
            stems = [w[0] for w in sent.words]
            ex = next((k for k in range(min(i for i, _ in used), len(stems)) if stems[k] in _EXAMPLE_WORDS), None)
            # (an Act's name is the law's own name, no case it speaks of: "legally required to report disclosures that
            # may breach the Children Act 1989, Terrorism Act 2000, ..." keeps the law's requirement, real19) (child21)
            acts = [h for c in _ACT_NAMES for h in found.get(c, ())]
            if any(topic not in topics and (ex is None or min(i for i, _ in p) < ex) and not (own and min(i for i, _ in p) < law)
                   and not (acts and all(any(a <= i and j <= b for a, b in acts) for i, j in p))
                   for topics, _, p in sent.vague):
                return
            sent.vague = [v for v in sent.vague if topic not in v[0]]
            sent.singles[topic] = _statement(text, sent.words, topic, "states", sent.force, used)
            sent.states_limit = True
            return


#: Vague entries that, beside a refusal, give its reason and refuse nothing of theirs ("We never break confidentiality,
#: for legal and ethical reasons": the law that keeps it private, no law reading) (law23).
_REASON_OF_REFUSAL = frozenset({("law_reasons",)})

#: Stems of the law's own words ("law", "legal", "legally", "statute", "legislation").
_LAW_STEMS = ("law", "legal", "statut", "legisl")


def _court_is_the_duty(sent: _Sentence, text: str, used: list[tuple[int, int]], court_at: int) -> bool:
    """True when the court's order named at ``court_at`` is the object of the law's duty of the way's pieces ``used``
    ("I am required legally to comply with a subpoena"): the court after the law's words, with no "or", "and", example
    word or bracket between ("required by law or a court order", "legally required to share information (e.g. court
    order)": the court as the law's other, or its example), and no law word after the court ("required by a court order
    or by law", "required by a subpoena or a legal obligation") (law23)."""
    head = min(i for i, _ in used)
    start = sent.words[head][1]
    if court_at <= start:
        return False
    if any(sent.words[k][0].startswith(_LAW_STEMS) for i, j in used for k in range(i, j) if sent.words[k][1] > court_at):
        return False
    between = [w[0] for w in sent.words[head:] if w[1] < court_at]
    if _examples(between) or "includ" in between or any(w in _AND_OR for w in between) or ("e" in between and "g" in between):
        return False
    return "(" not in text[start:court_at]


#: A word of privacy kept: the predicate a law's words after it qualify ("... will be kept strictly confidential as
#: required by State and Federal law").
_PRIVACY_KEPT = lazy(r"\b(?:confidential(?:ly)?|private(?:ly)?|privacy|in (?:strict )?confidence|secret)\b", re.IGNORECASE)


def _law_bounds_privacy(sent: _Sentence, text: str, used: list[tuple[int, int]]) -> bool:
    """True when the law's duty in a ``solo`` way qualifies a promise of privacy, not a sharing of ours: every word of
    sharing comes before a word of privacy that stands just before the law's words ("Any information disclosed during
    your contacts with us ... will be kept strictly confidential as required by State and Federal law", a US
    university's page; "Anything you share in counselling is private, as the law requires"). The sharing is the
    client's, in the subject; the law bounds the promise (vague, as "kept confidential as required by law" is), no
    time the law requires a disclosure. A sharing after the privacy word ("... is confidential, and is disclosed only
    as required by law") or an exception ("except as required by law") still states the law's limit (tune19d)."""
    laws = [(i, j) for i, j in used if (i, j) in sent.found.get("law_duty", ())]
    acts = sent.found.get("disclose_act", ())
    if not laws or not acts:
        return False
    at = min(i for i, _ in laws)
    if any(i >= at for i, _ in acts):
        return False
    last = max(j for i, j in acts)
    words = sent.words
    return _PRIVACY_KEPT.search(text, words[last - 1][2], words[at][1]) is not None


def _pairs(lex: Any, sent: _Sentence) -> "tuple[frozenset[str], tuple[tuple[str, tuple[frozenset[str], ...]], ...]]":
    """The topics a way over this sentence and the next could state, worked out once a sentence.

    Such a topic has a way that uses a class of this sentence, is not stated
    here alone, and has a way of two or more conditions whose classes are
    not all here: the next sentence must hold the rest. Returns this
    sentence's classes and, in the topics' order, each such topic with those
    ways (their classes): ``_read`` tries a topic where one of its ways has
    every class in the two sentences together.
    """
    if sent.pairs is not None:
        return sent.pairs
    here = frozenset(sent.found)
    # Only topics with a way of two or more conditions can be completed by the next sentence.
    by_class = lex.multi_by_class
    topics: set[str] = set()
    for c in here:
        more = by_class.get(c)
        if more:
            topics |= more
    out: list[tuple[str, tuple[frozenset[str], ...]]] = []
    if topics:
        multi = lex.multi
        for t in sorted(topics, key=lex.topic_rank.__getitem__):
            if t not in sent.singles:
                ways = tuple(needs for needs in multi.get(t, ()) if not needs <= here)
                if ways:
                    out.append((t, ways))
    sent.pairs = (here, tuple(out))
    return sent.pairs


def _state(
    lex: Any,
    topic: str,
    states: Any,
    opposite: Any,
    sents: list[dict[str, list[tuple[int, int]]]],
    regions: list[Any],
    avoid: frozenset[int],
    text: str,
    words: list[tuple[str, int, int]],
    forces: list[str | None],
    split: int | None = None,
    present: Any = None,
) -> Statement | None:
    """The statement of ``topic`` by the first way that holds (over two sentences when ``split`` is where the second starts)."""
    if present is None:
        present = set()
        for found in sents:
            present.update(found)
    for ways, only_negated in ((states, False), (opposite, True)):
        if only_negated and not any(regions):
            continue
        for way in ways:
            if not lex.needs[way] <= present:
                continue
            used = _match_in(way, sents, lex.near, lex.close, avoid, lex.targets)
            if used is None:
                continue
            used = _one_side(way, used, sents, lex, regions)
            if split is not None and (all(i >= split for i, _ in used) or all(i < split for i, _ in used)):
                continue  # found in one sentence alone: that sentence reports it itself
            neg = _negation(used, regions)
            if neg is not None and neg[7] and lex.topics[topic][0] == "limit":
                neg = None  # "If I report child abuse, I may not be able to tell you first": child abuse is said
            if only_negated and neg is None:
                continue
            if neg is not None and neg[5]:
                # Words inside a condition or an undertaking say nothing; another way may still hold
                # outside it ("If we could not tell you first, you will be informed afterwards").
                continue
            if neg is not None and topic not in lex.core:
                return None  # "we do not share your child's grades": not a limit either way
            if neg is not None and not lex.opposite_unless.get(topic, frozenset()).isdisjoint(present):
                # "We are not required to notify you each time we disclose information for treatment,
                # payment or health care operations": a negated telling scoped to routine uses is
                # true of every HIPAA notice and says nothing of the notification duties.
                return None
            pieces = list(used)
            if neg is not None:
                pieces.extend([(neg[2], neg[3]), (neg[4], neg[4] + 1)])
            force = "must" if "must" in forces else "may" if "may" in forces else None
            return _statement(text, words, topic, "opposite" if neg is not None else "states", force, pieces)
    return None


def _shift(st: Statement, by: int) -> Statement:
    return Statement(st.topic, st.stance, st.force, (st.span[0] + by, st.span[1] + by), st.words) if by else st


#: The abuse limits (tune39, session 21).
_ABUSE_LIMITS = frozenset({"child_abuse", "elder_abuse", "dependent_adult_abuse"})


#: Joining words that, alone after a semicolon, end a list item ("...; and", "...; or", "...; and/or").
_JOINERS = frozenset({"and", "or"})


@lru_cache(maxsize=MAX_PASSAGES)
def _read(text: str) -> tuple[Statement, ...]:
    lex = lexicon()
    spans = _spans(text)
    parts = [(a, _sentence(text[a:b])) for a, b in spans]
    ends = {a: b for a, b in spans}
    # a joining word left after a list item's semicolon ("in response to an order of a court; and") is no
    # sentence of its own, so the item is not read as a title over it (pages13: dm41's draft)
    parts = [(a, sent) for a, sent in parts if sent.words and not all(w in _JOINERS for w, _, _ in sent.words)]
    _choice_after_semicolon(lex, text, parts, ends)
    _quiet_after_semicolon(lex, text, parts, ends)
    _known_to_none_across(lex, text, parts, ends)
    found_st: dict[str, tuple[int, Statement]] = {}
    core_stated: set[int] = set()
    refused_vague: set[int] = set()
    order = 0
    for s, (a, sent) in enumerate(parts):
        carried = _carried_force(text, parts, ends, s) if s + 1 < len(parts) and any(st.force is None for st in sent.singles.values()) else None
        # "The law says I must report elder abuse. I will not.": the next sentence turns this one's limits round
        back = (
            sent.states_limit
            and s + 1 < len(parts)
            and not _is_question(text[a : ends[a]])
            and not _PARAGRAPH.search(text, ends[a], parts[s + 1][0])
            and _refuses_before(parts[s + 1][1], lex.blanket_topic)
        )
        stems_here = [w for w, _, _ in sent.words] if back else []
        if (
            not sent.states_limit and sent.vague and s + 1 < len(parts)
            and not _is_question(text[a : ends[a]])
            and not _PARAGRAPH.search(text, ends[a], parts[s + 1][0])
            and _refuses_before(parts[s + 1][1], lex.blanket_topic)
            and not any(w in _ALONE or w in _PAST or w in _HABIT for w, _, _ in sent.words)
        ):
            # "Schools have a duty to report neglect. This practice does not.": the generic words refused, as "We do
            # not report neglect" is (redteam14)
            refused_vague.add(s)
        for topic, st in sent.singles.items():
            order += 1
            if carried is not None and st.force is None:
                # "We may think a child has been harmed; if so, we must report it": the act's force
                st = Statement(st.topic, st.stance, carried, st.span, st.words)
            if back and _turned_back(lex, st, stems_here):
                st = Statement(st.topic, "opposite", st.force, st.span, st.words)
            _keep(found_st, _shift(st, a), order)
        if s and "intake_client_act" in parts[s - 1][1].found and not _PARAGRAPH.search(text, ends[parts[s - 1][0]], a):
            told = _ours_after_client_act(sent, text[a:ends[a]])
            if told is not None:
                order += 1
                _keep(found_st, _shift(told, a), order)
        if sent.states_limit:
            core_stated.add(s)
        if s + 1 >= len(parts):
            continue
        b, nxt = parts[s + 1]
        if _PARAGRAPH.search(text, ends[a], b):
            continue  # a blank line ends the paragraph: the next sentence starts another (a draft's details)
        # Ways over this sentence and the next: only for topics neither states
        # alone, by a way that needs a class only the next sentence has.
        here, candidates = _pairs(lex, sent)
        if not candidates:
            continue
        both = here.union(nxt.found)
        # (a way not all here whose classes the two sentences hold together)
        places = [t for t, ways in candidates if any(needs <= both for needs in ways)]
        if not places:
            continue
        quiet = sent.quiet or nxt.quiet
        todo = [t for t in places if not (quiet and lex.topics[t][0] == "limit") and t not in nxt.singles]
        if todo and (_held_only(sent.found, [w for w, _, _ in sent.words]) or _held_only(nxt.found, [w for w, _, _ in nxt.words])):
            # ("Files of minors are kept for two years. Files of clients who disclose sexual abuse are kept for good.":
            # no limit over the two sentences either, gate28)
            todo = [t for t in todo if t not in _HELD_TOPICS]
        if todo and not _TELL_DUTIES.isdisjoint(todo) and (
            _other_only(sent.found, [w for w, _, _ in sent.words]) or _other_only(nxt.found, [w for w, _, _ in nxt.words])
        ):
            # ("If you cancel with less than 48 hours of advance notice, you will be charged. If you miss your session
            # without notifying me, ...", "Fees will be discussed with you before the work is done" after a list of
            # billed services): a sentence about fees, appointments or cancellations lends no telling of a sharing to
            # the sentence beside it, as it tells none alone (gate30)
            todo = [t for t in todo if t not in _TELL_DUTIES]
        if "duty_to_warn" in todo and any(
            not _ABUSE_LIMITS.isdisjoint(s.singles) and "harm_to_others" not in s.singles for s in (sent, nxt)
        ):
            # ("Suspected child maltreatment must be reported to a social worker or police officer. If you may harm
            # yourself or another person, we may inform third parties of the risk."): the police of an abuse report in
            # one sentence are not those told of the danger to others in the other (tune39, session 21: both labellers
            # of tune26b duty_to_warn vague; the second sentence alone reads vague)
            todo = [t for t in todo if t != "duty_to_warn"]
        if "after_disclosure" in todo and ("records_retention" in sent.singles or "records_retention" in nxt.singles):
            # ("... so that your clinician may explain the contents with you. We keep the files for two years after you
            # have ended your work with us."): the time after the end of therapy of a record kept is no time after a
            # disclosure (tune39, session 21: both labellers of tune26b no after_disclosure)
            todo = [t for t in todo if t != "after_disclosure"]
        if "required_by_law" in todo and (_law_beside_named(sent) or _law_beside_named(nxt)):
            # (in other words: "The law makes the only exceptions, such as child abuse or harm to self or others.
            # Other cases touch national security."): the law's words beside the limits they
            # bring in are those limits' source (vague, law21), no duty of the agency named in the sentence beside
            # (tune41a, session 22: both labellers of tune27a required_by_law vague)
            todo = [t for t in todo if t != "required_by_law"]
        if "at_intake" in todo and any(_only_signed_form(x.found, [w for w, _, _ in x.words]) for x in (sent, nxt)):
            # ("Privacy in the group matters to us. Members sign a confidentiality pledge when they join." (a paraphrase)):
            # a form of confidentiality only signed tells no limits, over two sentences as in one
            # (tune41a, session 22: both labellers of tune27a at_intake missing)
            todo = [t for t in todo if t != "at_intake"]
        if "court_order" in todo and _court_words_shielded(sent, text[a:ends[a]]) and _court_words_shielded(nxt, text[b:ends[b]]):
            todo = [t for t in todo if t != "court_order"]
        if not todo:
            continue
        n = len(sent.words)
        shifted = {c: [(i + n, j + n) for i, j in hits] for c, hits in nxt.found.items()}
        regions = [sent.regions, [(lo + n, hi + n, i + n, j + n, h + n, d, c + n, t) for lo, hi, i, j, h, d, c, t in nxt.regions]]
        avoid = frozenset(i for rs in regions for r in rs for i in range(r[0], r[1]))
        words = [(w, x + a, y + a) for w, x, y in sent.words] + [(w, x + b, y + b) for w, x, y in nxt.words]
        for topic in todo:
            kind, states, opposite, unless = lex.topics[topic]
            if any(c in sent.found or c in nxt.found for c in unless):
                continue
            states2 = tuple(w for w in states if len(w) > 1)
            opposite2 = tuple(w for w in opposite if len(w) > 1)
            if not states2 and not opposite2:
                continue
            if topic in lex.ready_promise and (sent.ready_only or nxt.ready_only):
                continue  # a promise to the client, as in one sentence (core13)
            if topic == "at_intake" and (
                ("intake_agenda" in sent.found or "intake_agenda" in nxt.found)
                and not _limits_beyond_form(sent) and not _limits_beyond_form(nxt)
            ):
                # "Before your first session, please complete the form. Come prepared to discuss your concerns and
                # goals.": what else a first session is for, over two sentences as in one (real9: a practice's FAQ)
                continue
            if topic == "at_intake" and _intake_pair_quiet(sent, nxt, text[a:ends[a]], text[b:ends[b]]):
                continue
            if topic == "at_intake" and ("conf_questions" in sent.found or "conf_questions" in nxt.found):
                continue  # ("Talking about it is fine. Any questions about confidentiality can be taken up at the assessment
                # meeting."): the client's questions at the start lend no telling to the sentence beside (tune39)
            if topic not in lex.core and (sent.consent_only or nxt.consent_only):
                st = _state(lex, topic, states2, opposite2, [sent.found, shifted], [[], []], frozenset(), text, words, [sent.force, nxt.force], split=n)
            else:
                st = _state(lex, topic, states2, opposite2, [sent.found, shifted], regions, avoid, text, words, [sent.force, nxt.force], split=n)
            if st is not None and st.stance == "opposite" and kind == "limit" and _condition_after_denial(nxt):
                # "We ensure there are no breaches in confidentiality. However, if a student or someone else is in
                # imminent serious danger, the counsellor will ...": the condition of the next sentence is the exception
                # to the promise before it, not the promise turned on it ("Even if ..." still is) (tell21: a NZ school)
                continue
            if st is not None and topic == "after_disclosure":
                # (a telling of a sharing named in the sentence before, with no word of its time, is telling first)
                told = {topic: st}
                if "before_disclosure" in found_st:
                    told["before_disclosure"] = found_st["before_disclosure"][1]
                _untimed_after(lex, told, sent.found, nxt.found)
                st = told.get(topic)
                if st is None and "before_disclosure" not in found_st:
                    st = told.get("before_disclosure")
            if st is not None:
                order += 1
                _keep(found_st, st, order)
                if kind == "limit":
                    core_stated.update((s, s + 1))
    _protect_next(parts, ends, text, found_st)
    _acts_under_a_danger_lead(parts, ends, text, found_st)
    _told_in_general(parts, text, found_st)
    _law_of_the_limits_before(parts, text, found_st)
    _law_of_the_limits_above(parts, text, found_st)
    _law_before_a_list(parts, text, found_st)
    _law_before_its_cases(parts, text, found_st)
    if len(parts) > 1 and "?" in text:
        _answered_in_passage(parts, text, ends, found_st)
    # A sentence the core reads as the opposite of a limit ("... is never reported to adult protective
    # services") is that narrower contradiction, not a blanket promise.
    promises = [(s, a, sent.blanket) for s, (a, sent) in enumerate(parts) if sent.blanket is not None and not any(g[1] == "opposite" for g in sent.vague)]
    if len(parts) > 1:
        promises += _answered_promise(text, parts, ends)
    if promises:
        # A blanket promise holds only where no other sentence of its passage gives an exception
        # ("We never share what you tell us. The exceptions are listed below.") or states a limit.
        against = frozenset(lex.blanket_contradicts)
        # (a claim of total secrecy beside a promise that leaves no room for an exception is as strong as it: "Yes, it
        # is completely confidential. Nothing you say will ever be passed on.") (limits16)
        strong = any(st.force is None for _, _, st in promises)
        for s, a, st in promises:
            if strong and st.force == TOTAL_ONLY:
                st = Statement(st.topic, st.stance, None, st.span, st.words)
            # A promise whose next sentence denies a telling to a receiver no limit touches is about that receiver: "Yes, absolutely confidential. Your employer will not be told who has used the EAP" (real11: an
            # EAP's FAQ, whose limits another answer gives).
            # (a sentence whose only exception is the law as a qualifier lifts no promise of another sentence that leaves
            # no room: "Everything you say is confidential, subject to the law. I will never break confidentiality for any
            # reason." still promises it (review20); a claim of total secrecy beside it is the welcome it qualifies)
            lifted = any(
                t != s and ((other.blanket_except and not other.consent_except and not (other.law_bound and other.qualified and st.force is None))
                            or any(x.stance == "states" and x.topic in against for x in other.singles.values())
                            or (t == s + 1 and parts[s][1].total_only and other.scoped and other.regions and other.blanket is None))
                for t, (_, other) in enumerate(parts)
            )
            if not lifted and any(t != s and other.consent_except for t, (_, other) in enumerate(parts)):
                own = parts[s][1].words
                if not own or not _ROOM_DENIED.search(text, a + own[0][1], a + own[-1][2]):
                    # ... where its words leave no room ("never", "ever", "under no circumstances"); a promise that leaves room
                    # ("Everything you tell us is completely confidential. We will only share information with your written
                    # consent.", "Your privacy is guaranteed. We never share your details without your agreement.") is the
                    # welcome the consent rule qualifies, as before blanket33: no promise (it read every limit
                    # contradicted on a page that names none; lead, session 19)
                    lifted = True
                else:
                    # Another sentence's only exception is the client's say-so ("Under no circumstances may your therapist
                    # ever reveal ... to anyone. There may be times you choose to allow information to be released"): the
                    # promise leaves only that say-so open, as one with "except with your consent" does; it holds where
                    # the policy tells no limit (blanket33)
                    st = Statement(st.topic, st.stance, CONSENT_ONLY, st.span, st.words)
            if not lifted:
                order += 1
                _keep(found_st, _shift(st, a), order)
    stated: set[str] | None = None
    for s, (a, sent) in enumerate(parts):
        if not sent.vague:
            continue
        # Generic words in a sentence that names a limit speak of that limit, but
        # those of a vague entry that `stands` (generic harm, a protective act)
        # are judged below like the rest of the passage's.
        groups = sent.vague if sent.excepted or s not in core_stated else [
            g for g, v in ((_of_named(text, a, sent, v), v) for v in sent.vague) if g is not None
            if g is not v or g[0] in lex.standing or (set(g[0]) <= _LAW_TOPICS and (_court_only(lex, sent, g[2]) or _law_preface(sent, g[2]) or _law_beside_named(sent)
                                                                       or _consent_only(lex, sent, g[2]) or _law_of_misconduct(sent)
                                                                       or _act_named(sent, g[2]) or _qualifier_first(sent, g[2])))
            or _own_case(sent, g[2]) or _beside_court(lex, sent, g[0]) or _beside_law_only(lex, sent, g[0])
            or _abuse_beside_other_kinds(lex, sent, g[0], g[2]) or _generic_self_group(sent, g[0], g[2]) or _emergency_group(sent, g[0], g[2])
        ]
        if not sent.excepted and s in core_stated:
            groups += _law_of_named([v for v in sent.vague if v not in groups], found_st)
        if groups and not sent.excepted and core_stated:
            # In a passage that names a limit, generic words are judged one group
            # at a time: a group that points at a topic the passage states speaks
            # of it ("We report child abuse to CPS. ... Abuse is never
            # acceptable"; "... we may warn them. This applies to a serious threat
            # to health or safety"), and so do law words alone next to a named
            # limit ("We report child abuse. The law requires this."). The rest
            # stand: "We will not share it without your consent. There are
            # exceptions, such as when someone's safety is at risk or in cases of
            # abuse" is vague for those topics.
            if stated is None:
                stated = {t for t, (_, st) in found_st.items() if st.stance != "vague"}
            groups = [g for g in groups if stated.isdisjoint(g[0])]
            # (The client's permission is no limit the law words could speak of: "We do not share it unless
            # you say we can. Texas and federal law list a few times when we may or must share" is vague.)
            # (law words that qualify their own sentence's privacy or sharing (``sent.qualified``, law17) speak only of a
            # core limit named just before: "A judge can order me to release records. ... I will assert your privilege
            # where the law allows me to"; not of a parent's permission: "... unless released by parent or student
            # permission. School counselors are required to follow ethical and legal guidelines in maintaining
            # confidentiality", a US school district's page, stays vague)
            before = parts[s - 1][1].singles if s else {}
            # (not the law's words before several limits of their own sentence: their preface (law20))
            # (nor the law's words after a limit of abuse or danger of the sentence before: "We report child abuse. The
            # law requires this." is the law as that limit's qualifier, vague (law21, the convention of session 14); not
            # the law refused: "While not always legally mandated to report, ..." after a danger is no opposite)
            # (nor the law's words that bring in a list to come: "... there are emergency and other special circumstances
            # when we may be required to disclose information. The law allows for confidential information to be shared
            # under the following circumstances:" is the preface of the list, vague (law23: a Washington university))
            if s - 1 in core_stated and all(set(g[0]) <= _LAW_TOPICS and not _law_beside_named(sent) for g in groups) and not _law_leads_list(sent, groups) and not _THERE_ARE_SOME.search(text, a, ends[a]) and any(
                t not in _CONSENT_TOPICS and lex.topics[t][0] == "limit" and (t in lex.core or not sent.qualified) for t in before
            ):
                if any(t in _NAMED_BY_LAW and x.stance == "states" for t, x in before.items()):
                    groups = [g for g in groups if g[1] == "vague" and s not in refused_vague]
                else:
                    groups = []
        words = [(w, x + a, y + a) for w, x, y in sent.words]
        if s in refused_vague:
            groups = [(g[0], "opposite" if g[1] == "vague" and all(t in lex.core for t in g[0]) else g[1], g[2]) for g in groups]
        if any(g[1] == "vague" and tuple(g[0]) == ("duty_to_warn",) for g in groups):
            groups = [_protect_refused(sent, g, text[a : ends[a]]) for g in groups]
        for topics, stance, pieces in groups:
            st = _statement(text, words, topics[0], stance, sent.force, pieces)
            for topic in topics:
                order += 1
                _keep(found_st, Statement(topic, st.stance, st.force, st.span, st.words), order)
    if len(parts) > 1 and found_st:
        _title_force(text, parts, ends, found_st)
    if found_st and (len(parts) > 1 or ":" in text):
        # (one sentence with a label's colon too: a table row "Child abuse: Individual therapy and family sessions")
        _title_only(text, parts, ends, found_st, lex)
        if len(parts) > 1:
            _title_refused(text, parts, ends, found_st, lex)
        if "\n" in text:
            _titles_of_paragraphs(text, parts, ends, found_st, lex)
    return tuple(st for _, st in sorted(found_st.values(), key=lambda x: (x[1].span, x[0])))


def _law_of_named(groups: list[Any], found_st: dict[str, tuple[int, Statement]]) -> list[Any]:
    """The law's part of a group of the reporting laws in general words ("Mandatory reporting laws mean I must report
    suspected elder abuse") beside an abuse limit the sentence names: the law as that limit's source, vague (the
    convention of session 14, as "We are required by law to report elder abuse"), where the abuse words speak of the
    named limit and no law is stated (fam27b). Not beside a limit said the other way ("I am not subject to mandatory
    reporting laws")."""
    named = {t for t, (_, st) in found_st.items() if st.stance == "states"}
    if "required_by_law" in found_st or any(st.stance == "opposite" for _, st in found_st.values()):
        return []
    return [
        (("required_by_law",), "vague", g[2])
        for g in groups
        if g[1] == "vague" and "required_by_law" in g[0] and not named.isdisjoint(g[0])
    ][:1]


#: Words of a claim of all ("It is not true that we report everything", "... every concern"): its denial narrows (stems).
_ALL_CLAIMED = frozenset({"every", "everyth", "alway", "all", "anyth", "everyon", "each"})
#: The words after a denial that make it a frame around a claim of its own (probe40, session 22): the claim denied ("It is
#: not true that ...", "It is not the case that ..."), not promised ("I can't guarantee that ...", "We cannot promise ..."),
#: or not to be assumed ("Never assume that ..."); and the times there are none of ("There is no situation in which ...").
#: (stems: the tokens drop "the" and "is" is "be", so "not the case that" is ["not", "cas", "that"]; mend42, session 22)
_CLAIM_DENIED = frozenset({"tru", "cas", "correct", "promis", "guarantee", "assum"})
_NO_TIMES = frozenset({"situation", "cas", "circumstanc", "tim", "occasion"})
#: ("There is no occasion on which I would not warn a person you threaten": "on" too; mend42, session 22)
_NO_TIMES_LINK = frozenset({"in", "on", "which", "wher", "when"})
_DENIAL_STEMS = frozenset({"not", "never", "no", "nobody", "noth", "none", "noon"})
#: Words between a denial and the claim word of its frame ("It is not true", "It's not simply the case", "We can't ever promise").
_FRAME_SKIP = frozenset({"be", "to", "simply", "just", "ever", "you", "we", "i", "it"})
#: The claim words whose frame denies what the claim says ("It is not true that ...", "Never assume that ...").
_CLAIM_SAID = frozenset({"tru", "cas", "correct", "assum"})


def _denial_frame(stems: list[str], i: int, j: int) -> tuple[int, int]:
    """The frame a denial at ``i`` (its cue ending at ``j``) opens: ``(claim word, start of the claim)``, or ``(-1, -1)``
    where it opens none. The claim word is a word of ``_CLAIM_DENIED`` ("It is not the case that": "the case" only with
    "that" after it, never "in case") or the "no" of a time there is none of ("There is no occasion on which", "There is
    never a time when", "Under no circumstances would we ..."). One scan for
    both readers of the frames, ``_denied_denials`` and ``_claim_denied_before`` (mend42, session 22: the two copies had
    drifted apart)."""
    n = len(stems)
    if stems[i] in ("under", "in") and stems[i + 1 : i + 2] == ["no"]:
        i += 1  # the cue "under no circumstances" starts at "under" (mend42)
    if stems[i] not in _DENIAL_STEMS:
        return -1, -1
    k = j
    while k < n and k < j + 2 and stems[k] in _FRAME_SKIP:
        k += 1
    if k < n and stems[k] in _CLAIM_DENIED and (stems[k] != "cas" or stems[k + 1 : k + 2] == ["that"]):
        return k, k + 1
    if stems[i] in ("no", "never") and i + 2 < n and stems[i + 1] in _NO_TIMES and stems[i + 2] in _NO_TIMES_LINK:
        return i, i + 3 + (i + 3 < n and stems[i + 3] == "which")
    if stems[i] == "no" and 0 < i and i + 1 < n and stems[i - 1] in ("under", "in") and stems[i + 1] in _NO_TIMES:
        return i, i + 2  # "Under no circumstances would we not report child abuse" (mend42)
    return -1, -1


def _claim_keeps(stems: list[str], cue_hits: Any, frame: int, end: int) -> bool:
    """Whether the claim from ``frame`` to ``end`` is a keeping ("what you say about a child being abused will stay
    private", "we will always keep threats against others private"), with no act of sharing named before it: the
    frame's denial is then the limit said. A claim of an act ("It is not correct that we would share your records with a
    court") keeps its denial: the act is refused (mend42, session 22: it read court stated, a false all clear)."""
    keeps = [i for labels, i, _ in cue_hits if frame <= i < end and ("blanket_stay" in labels or "blanket_kept_as" in labels)]
    return bool(keeps)


def _denied_denials(stems: list[str], clause_edge: list[bool], cue_hits: Any, ignored: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cues that cancel out (probe40, session 22): a denial of a claim, a promise or an assumption ("It is not true that
    we never break confidentiality: we do if a child is in danger", "I can't guarantee that what you tell me about
    hurting others won't be passed on", "It is not the case that we will never report abuse"), or of any time at all
    ("There is no situation in which I would not report the abuse of a child"), with a second denial in the claim: the
    second is turned round by the first, so neither refuses (they read the limit contradicted, false alarms). Around a
    keeping the two make a keeping ("There is no situation in which your records would not be kept private, even if a
    court orders their release": the court order refused; ``_kept`` is told which denials cancelled). A frame of a claim
    denied or not to be assumed, with no denial after it, says nothing negative only where its claim is a keeping
    ("Never assume that what you say about a child being abused will stay private"); a claim of an act keeps the denial
    ("It is not correct that we would report child abuse to social services": refused). Near misses that keep their
    refusal: "There are no situations in which we would share your notes" (one denial), "We will not tell anyone. It is
    true that ..." (no frame). Every cue at a cancelled place goes ("no" and "no circumstances" both; mend42)."""
    cues = [(i, j) for labels, i, j in cue_hits if ("strong" in labels or "weak" in labels)
            and not any(a <= i < b for a, b in ignored)]
    reach: dict[int, int] = {}
    for i, j in cues:
        reach[i] = max(j, reach.get(i, j))
    starts = sorted(reach)
    out: list[tuple[int, int]] = []
    n = len(stems)
    for x, i in enumerate(starts):
        j = reach[i]
        k, frame = _denial_frame(stems, i, j)
        if frame < 0 or any(a <= i < b for a, b in out):
            continue
        # the second denial inside the claim: no clause edge before it ("We cannot guarantee confidentiality in groups,
        # and we will not share your notes with a court" keeps its refusal), and a promise's claim a clause ("that",
        # "not to share"), not a thing ("cannot guarantee confidentiality")
        later = [a for a in starts[x + 1 :] if a >= frame and not any(clause_edge[frame : a + 1])]
        if later and stems[k] in ("promis", "guarantee") and not (later[0] <= frame + 1 or "that" in stems[frame : frame + 2]):
            later = []
        if later:
            out += [(i, j), (later[0], reach[later[0]])]
        elif stems[k] in _CLAIM_SAID and frame < n and stems[frame] == "that":
            end = next((e for e in range(frame + 1, n) if clause_edge[e]), n)
            if _claim_keeps(stems, cue_hits, frame, end):
                out.append((i, j))  # "Never assume that what you say will stay private": the keeping is what is denied
    return out


def _claim_denied_before(stems: list[str], k: int) -> bool:
    """Whether a frame that denies a claim ("It is not the case that", "It isn't true that", "Never assume that", "We
    cannot promise that") comes before word ``k`` in its sentence, with no second denial between: a keeping inside it
    is what is denied, so the limit it names is said (probe40, session 22: "It is not the case that we will always keep
    threats against others private" read harm to others contradicted, a false alarm). With a second denial ("It is not
    true that we would not keep threats against others private") the two cancel and the keeping stands (mend42)."""
    for i in range(min(k, len(stems))):
        q, frame = _denial_frame(stems, i, i + 1)
        if frame < 0 or stems[q] not in _CLAIM_DENIED or frame >= k or stems[frame] != "that":
            continue
        if not any(st in _DENIAL_STEMS for st in stems[frame:k]):
            return True
    return False


#: Words that lead a concession after a refusal, which the refusal reaches (stems; probe40, session 22).
#: (as stems, _lexicon._raw_stem: "irrespective" is "irrespectiv", which the set lacked, so "We will not tell anyone,
#: irrespective of any risk to your life" read harm to self stated, a false all clear; mend43, session 22)
_CONCEDE_LEADS = frozenset({"even", "whatever", "regardless", "irrespectiv"})


def _concedes(stems: list[str], k: int) -> bool:
    """Whether a concession starts at word ``k``: "even", "whatever", "regardless", "irrespective" or "no matter"."""
    return stems[k] in _CONCEDE_LEADS or stems[k : k + 2] == ["no", "matter"]


#: A promise of silence, itself denied ("cannot promise never to", "can't guarantee that we will not"): no refusal.
_PROMISE_DENIED = re.compile(r"(?i)\b(?:cannot|can\W?t|can not|could\s?n\W?t|not|unable to)\s+(?:promise|guarantee)\b")
#: Classes of a protective act or of whom we tell in general words, read vague for duty_to_warn (see topics.yaml).
_PROTECT_REFUSABLE = ("protect_them", "protect_act", "prevent_threat", "general_contact", "bare_act")


def _protect_refused(sent: "_Sentence", group: Any, here: str) -> Any:
    """A vague duty_to_warn whose protective act or general contact is denied in its clause ("I will not take steps to
    protect them, even if you threaten someone", "We never take protective action, even if ...") is the warning said
    the other way: opposite, never vague (dtw13). ``here`` is the sentence's text."""
    topics, stance, pieces = group
    if stance != "vague" or tuple(topics) != ("duty_to_warn",):
        return group
    hits = {tuple(h) for c in _PROTECT_REFUSABLE for h in sent.found.get(c, ())}
    for x, y in pieces:
        if (x, y) in hits:
            clause = _CLAUSE_CUT.split(here[: sent.words[x][1]])[-1]
            if _DENIED_IN.search(clause) and not re.search(r"(?i)\b(?:if|when|unless|where|whenever)\b", clause):
                if _PROMISE_DENIED.search(clause):
                    return group  # "I cannot promise never to tell others about threats you make": no refusal (contra28)
                return (topics, "opposite", pieces)
    return group


def _law_of_the_limits_before(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """The law's words in a sentence that points back at the limits named just before, in one paragraph ("... child
    abuse, elder abuse, suicide, homicide. In such cases, the counsellor is legally required to make outside reports";
    "a child is being abused; the therapist is required by law to report this") speak of those limits: no catch-all
    (as "Tennessee law requires us to report abuse", ``_solo``) (real2)."""
    at = _stated_law_sentence(parts, text, found_st)
    if at is None:
        return
    s, a, sent = at
    if not s or not sent.found.get("back_ref") or any(t != "required_by_law" and t not in _BACK_LIMITS for t in sent.singles):
        return
    if any(w[0] in _WIDER for w in sent.words):
        # "We must report child abuse. We may also disclose information in such cases as the law requires": the
        # law's words add other cases, a catch-all (review14: it was lost, a false alarm)
        return
    b, before = parts[s - 1]
    if _PARAGRAPH.search(text, b, a):
        return
    if any(st.stance == "states" and t in _NAMED_BY_LAW for t, st in before.singles.items()):
        # the law as the source of the duties just named: their qualifier, vague (law21, the convention of session 14)
        _law_made_vague(found_st)
    elif any(st.stance == "states" and t != "required_by_law" and t in _BACK_LIMITS for t, st in before.singles.items()):
        del found_st["required_by_law"]


def _law_of_the_limits_above(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """The law's words in a sentence whose case is only what was named above it ("If the psychologist believes that
    failing to disclose information to the relevant authorities may lead to one of the above-mentioned outcomes, they
    may be ethically and legally bound to intervene", after a list of limits, an Australian practice) speak of those
    limits, as "In such cases, the counsellor is legally required to make outside reports" does just after them
    (``_law_of_the_limits_before``): no catch-all (tune18b)."""
    at = _stated_law_sentence(parts, text, found_st)
    if at is None:
        return
    _, _, sent = at
    hits = sent.found.get("back_ref_above")
    if not hits or any(t != "required_by_law" for t in sent.singles):
        return
    inside = {k for i, j in hits for k in range(i, j)}
    if any(w[0] in _WIDER for k, w in enumerate(sent.words) if k not in inside):
        # "We may also disclose information in other cases the law requires, besides those above": a catch-all
        return
    # the law as the source of the duties named above: their qualifier, vague (law21, the convention of session 14)
    _law_made_vague(found_st)


def _law_made_vague(found_st: dict[str, tuple[int, Statement]]) -> None:
    """Turn the passage's stated required_by_law into a vague one (the law as a qualifier of limits named, law21)."""
    order, st = found_st["required_by_law"]
    found_st["required_by_law"] = (order, Statement(st.topic, "vague", st.force, st.span, st.words))


def _stated_law_sentence(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> "tuple[int, int, _Sentence] | None":
    """``(index, start, sentence)`` of the sentence where the passage states required_by_law, or None."""
    got = found_st.get("required_by_law")
    if got is None or got[1].stance != "states":
        return None
    at = got[1].span[0]
    for s, (a, sent) in enumerate(parts):
        end = parts[s + 1][0] if s + 1 < len(parts) else len(text)
        if a <= at < end:
            return s, a, sent
    return None


#: Words that point back at the situations just spoken of ("these situations"), and at a list still to come
#: ("below", "as follows"): "I have listed some of these situations below", "These circumstances are as follows".
_THESE_CASES = lazy(r"\b(?:these|those|such)\s+(?:situations|circumstances|cases|exceptions|instances|times|areas)\b", re.IGNORECASE)
_LIST_BELOW = lazy(r"\bbelow\b|\bas follows\b|\bthe following\b", re.IGNORECASE)
#: A short sentence that only points at the list to come ("These include:", "They are:"): after the law's requirement
#: ("... when I am legally or ethically bound to breach confidentiality. These include:", a UK counsellor) it makes the
#: law's sentence a preface, as "I have listed some of these situations below" does (tune18b).
#: (law23: with the cases named in general words and their examples' lead, "These are cases such as:", a Texas university's
#: counseling page; "Examples include:", "For example:")
_POINTER_AHEAD = lazy(
    r"\s*(?:(?:these|they|those)\s+(?:may\s+|can\s+|might\s+|would\s+)?(?:include|includes|are|be)(?:\s+the\s+following)?"
    r"(?:\s+(?:some\s+)?(?:cases|situations|circumstances|instances|times|exceptions))?(?:\s+(?:such\s+as|like))?"
    r"|(?:some\s+)?examples\s+(?:include|are)|for\s+example|for\s+instance)\s*:\s*$",
    re.IGNORECASE,
)


#: Words that turn an answer round or away: the question's limit is not what the answer tells ("No.", "We don't ...").
_ANSWER_DENIES = lazy(r"\b(?:no|not|never|nobody|none|nothing|cannot|can't|won't|don't|doesn't|isn't|aren't|wouldn't|shouldn't|nor)\b|n['\u2019]t\b", re.IGNORECASE)
#: An answer that says yes, or what we do.
_ANSWER_YES = ("yes", "we do", "i do", "we will", "i will", "we would", "i would", "we may", "i may")
#: A question about a sharing of ours: in a question the client asks, "you" is the therapist ("Will you tell anyone
#: if I self-harm?"), so the reader's rule that "you tell" is the client's act does not hold there.
_ASKS_SHARING = lazy(r"\b(?:tell|share|report|disclose|release|reveal|inform|notify|contact|call|warn|break|breach|pass(?:es)? on|let \w+ know)\b", re.IGNORECASE)
#: The longest question read this way (an FAQ's question, not a paragraph that ends with one).
_QUESTION_MAX = 200


def question_limits(question: str, answer: "str | None" = None, acts: bool = False) -> tuple[Statement, ...]:
    """The limits an FAQ's ``question`` names, read as if it were a statement, where its ``answer`` tells an act of
    ours; else () (session 10). ``acts``: the answer states a limit of its own.

    "What happens if I tell you I want to kill myself?" answered "We would make a safety plan with you, and we may
    contact emergency services." says what "If you tell us you want to kill yourself, we may contact emergency
    services" says. A question is never read by itself (its answer may say no), so its words went unread. Its limits
    count where the answer's first sentence denies nothing ("No.", "We don't report past drug use") and either states
    a limit of its own by a sharing of ours ("we may contact emergency services"; not "We keep records for seven
    years", which shares nothing) or says yes to a question about our sharing ("Will you
    tell anyone if I self-harm?" answered "Yes, we may have to."). Not advice ("Please call 988"), nor a yes to a
    service ("Do you work with children who have been abused?" answered "Yes, we see many families"). With no
    ``answer``, the answer was judged before (a YAML title marked by ``_passages``): the question's limits alone."""
    text = question.strip()
    if not text.endswith("?") or len(text) > _QUESTION_MAX or "?" in text[:-1]:
        return ()
    harm_only = False  # (fix37) the answer tells only a contact of ours: the question's dangers alone count
    if answer is not None:
        first = answer.strip().split(". ", 1)[0]
        if not first or _ANSWER_DENIES.search(first):
            return ()
        if not (acts or ((first.lower().startswith(_ANSWER_YES) or _YES_AFTER_CLAUSE.search(first)) and _ASKS_SHARING.search(text))):
            if not _our_contact(answer):
                return ()
            harm_only = True
    lex = lexicon()
    lead = len(question) - len(question.lstrip())
    got = tuple(
        Statement(st.topic, "states", st.force, (st.span[0] + lead, st.span[1] + lead), st.words)
        for st in read_passage(text[:-1] + ".")
        if st.stance == "states" and lex.topics[st.topic][0] == "limit"
    )
    if not any(st.topic in _HARM_LIMITS for st in got):
        got += _in_clients_voice(text, lead, {st.topic for st in got})
    if harm_only:
        return tuple(st for st in got if st.topic in _HARM_LIMITS)
    return got


#: (fix37, session 21) The nearest person before a contact in an FAQ's answer, whose act it is: ours ("we", "I") or
#: not ("you", "please", "they": advice, or someone else's act).
_ACT_SUBJECT = lazy(r"\b(?:we|i|you|please|they|he|she|someone|anyone)\b", re.IGNORECASE)
#: (fix37) A sentence that names what the act of the sentence before may come to ("That may mean calling a crisis line
#: or your parents"): its contact is the act of that sentence's person.
_ACT_COMES_TO = lazy(r"\W*(?:that|this|it|doing\s+so|keeping\s+you\s+safe)\s+(?:\w+\s+){0,2}?(?:mean|means|involve|involves|"
                     r"include|includes)\b", re.IGNORECASE)


#: (fix37) The words of a contact or a telling that lets information out (not "act", "take action").
_CONTACT_WORD = lazy(r"(?:call|phon|ring|contact|tell|inform|notif|report|shar|disclos|alert|warn|let\b|pass|releas|reveal|send)",
                     re.IGNORECASE)
#: (fix37) A contact of the client themself ("We will call you back"), and a contact the client consents to.
_CONTACT_OF_YOU = lazy(r"[\w-]+\s+(?:you|yourself)\b(?!\s+(?:or|and)\b)", re.IGNORECASE)
_WITH_CONSENT = lazy(r"\b(?:permission|consent|agree|agrees|agreement|authori[sz]ation|authori[sz]e)\b", re.IGNORECASE)


def _our_contact(answer: str) -> bool:
    """(fix37, session 21) True when an FAQ's ``answer`` tells a contact of ours that lets information out, though it
    states no limit of its own: "What if I'm thinking about hurting myself?" answered "We will work with you to keep
    you safe. That may mean calling a crisis line or your parents." tells the client that a danger to themself may be
    shared, as "we may call your parents" would. The contact is ours where the nearest person before it in its sentence
    is "we" or "I", or where its sentence says what the sentence before, of ours, may come to ("That may mean
    calling ..."). Advice is not ("Please call 988", "You can call a crisis line at any time"), nor a contact of
    someone else's ("Your parents may call us")."""
    key = unwrapped(answer)
    places = _share_places(key)
    if not places:
        return False
    spans = _spans(key)
    for at in places:
        if not _CONTACT_WORD.match(key, at) or _CONTACT_OF_YOU.match(key, at):
            continue  # "we may need to act": no one named as told; "We will call you back": the client called
        for n, (a, b) in enumerate(spans):
            if not a <= at < b:
                continue
            if _WITH_CONSENT.search(key, a, b):
                break  # "with your permission we may contact your doctor": the client's own consent, no limit
            who = _ACT_SUBJECT.findall(key, a, at)
            if who:
                if who[-1].lower() in ("we", "i"):
                    return True
            elif n > 0 and _ACT_COMES_TO.match(key, a):
                before = _ACT_SUBJECT.findall(key, *spans[n - 1])
                if before and before[0].lower() in ("we", "i"):
                    return True
            break
    return False


#: (fam27a) "yes" after a clause of the answer's first sentence ("If I believe the threat is serious, yes, I may have to").
_YES_AFTER_CLAUSE = lazy(r"[,;:]\s*yes\b", re.IGNORECASE)
#: The client's own words in an FAQ's question, and the same in the words the reader takes for the client.
_CLIENTS_I = {"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you", "my": "your",
              "myself": "yourself", "mine": "yours"}
_CLIENTS_I_WORD = lazy(r"(?i)\b(?:i(?:['\u2019](?:m|ve|d|ll))?|me|my|myself|mine)\b")


def _in_clients_voice(question: str, lead: int, seen: set[str]) -> tuple[Statement, ...]:
    """(fam27a) The harm limits an FAQ's question names in the client's own "I" ("Will you tell the police if I say I
    want to hurt someone?"): the reader takes "I" for the therapist, so a danger the client names of themself in the
    first person read as nothing. Read again with the client's "I" as "you" ("... if you say you want to hurt
    someone"), only where the question as written names no harm limit (so "... if I said I wanted to kill myself",
    which names the client's own danger, is read as written): the harm limits it names, over the whole question."""
    if not _CLIENTS_I_WORD.search(question):
        return ()
    swapped = _CLIENTS_I_WORD.sub(lambda m: _CLIENTS_I[m.group().lower().replace("\u2019", "'")], question[:-1]) + "."
    span = (lead, lead + len(question))
    return tuple(
        Statement(st.topic, "states", st.force, span, st.words)
        for st in read_passage(swapped)
        if st.stance == "states" and st.topic in _HARM_LIMITS and st.topic not in seen
    )


def _answered_in_passage(parts: list[tuple[int, "_Sentence"]], text: str, ends: dict[int, int], found_st: dict[str, tuple[int, Statement]]) -> None:
    """An FAQ's question and its answer in one paragraph ("What happens if I tell you I want to kill myself? We may
    contact emergency services."): the question's limits, as ``question_limits`` reads them (session 10)."""
    lex = lexicon()
    for s in range(len(parts) - 1):
        a, ask = parts[s]
        if ask.words and not _is_question(text[a : ends[a]]):
            continue
        b, answer = parts[s + 1]
        said = tuple(answer.singles.values())
        acts = any(st.stance == "states" and lex.topics[st.topic][0] == "limit" for st in said) and speaks_of_sharing(text[b : ends[b]], said)
        # (fix37, session 21) the answer up to the next question, for a contact of ours told after its first sentence
        # ("We will work with you to keep you safe. That may mean calling a crisis line or your parents.")
        last = next((t for t in range(s + 2, len(parts)) if _is_question(text[parts[t][0] : ends[parts[t][0]]])), len(parts)) - 1
        for st in question_limits(text[a : ends[a]], text[b : ends[parts[last][0]]], acts):
            if st.topic not in found_st:  # (only topics nothing else in the passage read; after them in order)
                order = max((o for o, _ in found_st.values()), default=0) + 1
                found_st[st.topic] = (order, Statement(st.topic, st.stance, st.force, (st.span[0] + a, st.span[1] + a), st.words))


#: Other cases joined to the law's requirement as cases of their own ("when the law requires it, and in a few other
#: cases", "as required by law, as well as in some other situations"); not the law's own other cases ("and in other
#: situations the law requires").
_OTHER_CASES = lazy(r"\s*,?\s*(?:and|or|as\s+well\s+as|plus)\s+(?:also\s+)?(?:(?:in|at|for|under|on)\s+)?(?:(?:a\s+few|a\s+small\s+number\s+of|"
                    r"a\s+number\s+of|some|certain|several|a\s+couple\s+of|a\s+handful\s+of|two|three|limited)\s+)?other\s+"
                    r"(?:cases|situations|circumstances|times|instances|occasions|reasons)\b(?![^.;:]*\b(?:law|laws|legal|legally|required|"
                    r"requires|require|mandated|statutory)\b)", re.IGNORECASE)


def law_among_other_cases(sentence: str, law_end: int) -> bool:
    """True when the law's requirement, whose words end at ``law_end`` in ``sentence``, is one case and other cases follow
    it as cases of their own ("I share information when the law requires it, and in a few other cases."): a pointer to a
    list after it ("These include:") points at those other cases, so the law's requirement stays a limit of its own, no
    preface (session 13, left13)."""
    m = _OTHER_CASES.search(sentence, max(0, law_end))
    # (just after the law's words: "required by law to share information in certain circumstances, and in other cases"
    # names the law's cases only as some of them, which the list may be)
    return m is not None and len(sentence[law_end:m.start()].split()) <= 3 and not _PARAGRAPH.search(sentence, law_end, m.start())


def _law_before_a_list(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """The law's requirement in a sentence whose next sentence, in one paragraph, points at a list to come and states
    nothing ("In some situations, I am required by law to disclose information whether or not I have your
    permission. I have listed some of these situations below.") is a preface to the limits of that list, as in one
    sentence ending in a colon: vague (labels.yaml: "The law requires the following exceptions:") (real5)."""
    at = _stated_law_sentence(parts, text, found_st)
    if at is None or at[0] + 1 >= len(parts):
        return
    s, a, _ = at
    b, nxt = parts[s + 1]
    after = parts[s + 2][0] if s + 2 < len(parts) else len(text)
    if _PARAGRAPH.search(text, a, b):
        return
    if law_among_other_cases(text[a:b], found_st["required_by_law"][1].span[1] - a):
        return  # "I share information when the law requires it, and in a few other cases. These include:" (left13)
    # (a lead-in that ends in a colon points at its list as "below" does: "... required by law to reveal. These
    # exceptions include:", tune18a)
    if (nxt.singles or not _POINTER_AHEAD.match(text, b, after) and (
        not _THESE_CASES.search(text, b, after) or not (_LIST_BELOW.search(text, b, after) or text[b:after].rstrip().endswith(":"))
    )) and not _lead_in_after_next(parts, text, s, a, b):
        return
    order, st = found_st["required_by_law"]
    found_st["required_by_law"] = (order, Statement(st.topic, "vague", st.force, st.span, st.words))

def _law_before_its_cases(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """The law's requirement in a sentence that names the cases only as some of them ("There are a few situations in
    which therapists are required by law to break confidentiality in order to protect people."), whose next sentence in
    one paragraph states those cases, limits of danger or abuse ("If a therapist learns that someone is planning to
    seriously injure himself/herself or someone else, or ... child or elder abuse ..., the therapist has to tell
    authorities"), is their preface, as over a list (``_law_before_a_list``): vague (law30: a US psychology practice,
    both labellers of real27 vague). Not a catch-all of other cases ("..., and in a few other cases")."""
    at = _stated_law_sentence(parts, text, found_st)
    if at is None or at[0] + 1 >= len(parts):
        return
    s, a, sent = at
    b, nxt = parts[s + 1]
    if _PARAGRAPH.search(text, a, b) or not _THERE_ARE_SOME.search(text, a, b) or any(t != "required_by_law" for t in sent.singles):
        return
    if law_among_other_cases(text[a:b], found_st["required_by_law"][1].span[1] - a):
        return
    if not any(t in _NAMED_BY_LAW and st.stance == "states" for t, st in nxt.singles.items()):
        return
    _law_made_vague(found_st)


#: The law's sentence that names cases of its own as some of them ("In addition, there are situations in which a therapist
#: is required, by law, to provide confidential information."), its law no qualifier of a limit named before it, and the
#: preface of the cases named after it (law30; not "these" cases, which point back).
_THERE_ARE_SOME = lazy(r"\bthere\s+(?:are|may\s+be|might\s+be|can\s+be|will\s+be)\s+(?:also\s+)?(?:some\s+|certain\s+|a\s+few\s+|other\s+|rare\s+|specific\s+|limited\s+)?"
                       r"(?:circumstances|situations|cases|instances|times|occasions)\b", re.IGNORECASE)


#: The limits a sentence between the law's sentence and the lead-in of its list must not name (law28).
_LIMITS_BETWEEN = frozenset({"harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse",
                             "court_order", "required_by_law"})


def _lead_in_after_next(parts: list[tuple[int, "_Sentence"]], text: str, s: int, a: int, b: int) -> bool:
    """(law28) The law's sentence that names the cases only as some of them ("In certain situations, Counsellors are
    required by law to reveal information ...", "There are situations ... where we are required by law to breach
    confidentiality"), then one sentence that names no limit ("In such situations, the Counsellor is not required to
    inform You", "We will notify you if we need to breach confidentiality"), then the lead-in of the list, ending in a
    colon ("Please note the following exceptions to confidentiality:", "The following circumstances are to be reported
    by law:"), is a preface to that list as with no sentence between (labels.yaml; both labellers of real25 and the
    labeller of tune19b vague)."""
    if s + 2 >= len(parts):
        return False
    c, third = parts[s + 2]
    end = parts[s + 3][0] if s + 3 < len(parts) else len(text)
    if _PARAGRAPH.search(text, a, end) or not text[c:end].rstrip().endswith(":"):
        return False
    if not (_SOME_CASES.search(text, a, b) or _THERE_ARE_CASES.search(text[a:b])):
        return False
    if not _LIMITS_BETWEEN.isdisjoint(parts[s + 1][1].singles):
        return False
    return bool(_POINTER_AHEAD.match(text, c, end) or _LIST_BELOW.search(text, c, end))


#: Words that make the law's sentence add cases to the limits named before ("also", "any other law", "whenever").
#: ("in addition to the above situations", "besides the cases above", "apart from", "aside from": past the limits named, review21)
_WIDER = frozenset({"also", "other", "otherwis", "whenever", "any", "els", "additionally", "additional", "further", "too",
                    "addition", "besid", "apart", "asid"})

#: The limits a sentence that points back may speak of (the law's words then say nothing of a catch-all).
_BACK_LIMITS = frozenset({"harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order"})


def _harm_read_from(found_st: dict[str, tuple[int, Statement]], b: int, a: int) -> "Statement | None":
    """(fam27a) The danger to others read from the sentence at ``b`` (up to ``a``) only together with the next one (an
    FAQ's answer "Only if I believed you or someone else was in serious danger. Then I might need to contact the
    appropriate authorities": the fragment's danger takes its act from the next sentence), as its own reading would
    be: the statement, with its place in the whole text, or None."""
    got = found_st.get("harm_to_others")
    if got is None or got[1].stance != "states" or not b <= got[1].span[0] < a:
        return None
    return got[1]


def _told_in_general(parts: list[tuple[int, "_Sentence"]], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """A sentence that states a danger to others and says whom we tell in general words ("School counselors
    inform the appropriate authorities when there is a clear and imminent danger to the counselee or others") is
    vague for duty_to_warn: someone is told, but neither the person at risk nor the police is named as told
    (labels.yaml, as frames.yaml's ``contacts`` in the paragraph after a list) (real2)."""
    if "duty_to_warn" in found_st:
        return
    for s, (a, sent) in enumerate(parts):
        hits = _ours_told(sent, a, text)
        if not hits:
            continue
        harm = sent.singles.get("harm_to_others")
        shift = a
        # (warn22) a sentence that names a harm of its own, in general words ("By law we have to tell someone if you tell
        # us that somebody is being harmed"), speaks of that harm, not of the danger to others before it (tune18b)
        own_harm = any(g[1] == "vague" and {"harm_to_self", "harm_to_others"} & set(g[0]) for g in sent.vague)
        if harm is None and s and not own_harm and (all(t == "required_by_law" or t in _TELL_DUTIES for t in sent.singles) or _points_back(sent)) and not sent.quiet:
            # the sentence just before, in one paragraph, names the danger ("... in cases of child abuse, elder abuse,
            # suicide, homicide. In such cases, the counsellor is legally required to make outside reports"; "... risks
            # to oneself or others must be reported. In such a situation, counsellors are required to report to the
            # appropriate authority", a Canadian counselling service, real13)
            b, before = parts[s - 1]
            if not _PARAGRAPH.search(text, b, a):
                harm, shift = before.singles.get("harm_to_others"), b
                if harm is None:
                    harm, shift = _harm_read_from(found_st, b, a), 0
            if harm is None and sent.found.get("back_ref_all") and _points_back_all(sent):
                # "in all these exceptions" points at every case named above in the paragraph, not the last one only
                # ("... if you threaten to seriously hurt others ... Also, if you intend to kill yourself ... The
                # counsellor must inform the appropriate authorities in all these exceptions", a counselling contract)
                # (real15)
                harm, shift = _harm_above(parts, s, text)
        if harm is None and not sent.quiet and not own_harm:
            # (warn22) the clause that names the danger, cut from this one only by a semicolon: "it may be necessary to
            # inform other people of things you have discussed ...; if, for example, the therapist considers the client
            # or another person may be at risk of harm" (a UK psychotherapist: both labellers of real19 read vague), and
            # a sentence that points back at a clause of the sentence before ("Confidentiality may be broken in case the
            # client appears to be of harm to self or others; suspected abuse/neglect of minors ... In this case, your
            # emergency contact may be informed", a Bangladeshi clinic: real19, both)
            i, j = min(hits)
            rest = text[a : a + sent.words[i][1]] + " " + text[a + sent.words[j - 1][2] : a + sent.words[-1][2]]
            back = bool(s and (_points_back(sent) or sent.found.get("back_ref_this")) and _TELL_WORD.search(rest))
            harm, shift = _harm_in_clauses(parts, s, text, back=back)
        if harm is None and not sent.quiet and not own_harm and s + 1 < len(parts):
            # (miss31) the danger named just after, as the example or the case of the telling ("Sometimes we may need to
            # contact the relevant authorities. An example is if you are at risk of harming someone else."; "This might
            # happen if you are a danger to others."), in one paragraph: as in one sentence ("..., for example if ...").
            # Only a sentence that names no telling of its own and no other limit.
            b, nxt = parts[s + 1]
            got = nxt.singles.get("harm_to_others")
            if (got is not None and not nxt.quiet and not _PARAGRAPH.search(text, a, b) and _EXAMPLE_NEXT.match(text, b)
                    and not _ours_told(nxt, b, text) and all(t in _HARM_LIMITS for t in nxt.singles)):
                harm, shift = got, b
        if harm is None or harm.stance != "states":
            continue
        # (tune33) "someone" alone told is not the one the danger was read of ("We will only tell someone if you are
        # at serious risk of taking your own life" reads a danger to "someone" from the words of telling): a bare
        # "someone" inside the danger's own words tells nothing of a warning
        lo, hi = harm.span[0] + shift, harm.span[1] + shift
        hits = [(i, j) for i, j in hits
                if not (text[a + sent.words[j - 1][1] : a + sent.words[j - 1][2]].lower() in _BARE_TOLD
                        and lo <= a + sent.words[j - 1][1] < hi)]
        if not hits:
            continue
        i, j = min(hits)
        start, end = sent.words[i][1] + a, sent.words[j - 1][2] + a
        span = (min(harm.span[0] + shift, start), max(harm.span[1] + shift, end))
        found_st["duty_to_warn"] = (0, Statement("duty_to_warn", "vague", sent.force, span, (*harm.words, text[start:end])))
        return


#: (tune33) Whom we tell named only as "someone" (weak_told): read as told only where the danger was not read of it.
_BARE_TOLD = frozenset({"someone", "somebody"})


#: (miss31) The start of a sentence that gives the case of the telling just before it: an example, or "this" happening
#: ("An example of this may be where ...", "For example, if ...", "This might happen if ...", "This could be when ...").
_EXAMPLE_NEXT = lazy(r"(?i)\W*(?:an?\s+example(?:\s+of\s+(?:this|that|which))?\s+(?:is|would\s+be|may\s+be|might\s+be|could\s+be|of\s+this)|"
                     r"examples?\s+(?:of\s+(?:this|these|that)\s+)?(?:include|includes|are|is|may\s+be|might\s+be|would\s+be)|"
                     r"for\s+(?:example|instance)|e\.g\.|"
                     r"(?:this|that)\s+(?:(?:might|may|could|would|can|will|is\s+likely\s+to)\s+)?(?:(?:only|usually|mainly|typically|normally|generally)\s+)?"
                     r"(?:happen|happens|be|occur|occurs|apply|applies|include|includes|is)\s+"
                     r"(?:(?:only|usually|mainly|typically|normally|generally)\s+)?(?:if|when|where|in\s+cases?|because)\b)")


#: A word of telling outside the words that name whom we tell ("your emergency contact may be informed"; not "we keep
#: your emergency contact's details") (warn22).
_TELL_WORD = lazy(r"(?i)\b(?:inform\w*|tell|told|telling|notif\w*|contact(?:ed|ing)?|report\w*|shar(?:e|ed|ing)|disclos\w*|"
                  r"pass(?:ed)?\s+on|call(?:ed)?|alert\w*|warn\w*|let\s+\w+\s+know|speak\s+(?:to|with)|talk\s+(?:to|with))\b")
#: Only a semicolon (and spaces) between two clauses of one sentence.
_SEMICOLON_ONLY = lazy(r"^[\s;]*;[\s;]*$")


def _harm_in_clauses(parts: list[tuple[int, "_Sentence"]], s: int, text: str, back: bool) -> "tuple[Statement | None, int]":
    """A danger to others stated in a clause of the same sentence as part ``s``, cut from it by semicolons only: the
    next clause, or (``back``: the part points back, "In this case, ...") a clause of the sentence just before, in one
    paragraph (warn22)."""
    def end(k: int) -> int:
        b, sent = parts[k]
        return b + sent.words[-1][2]
    if s + 1 < len(parts) and _SEMICOLON_ONLY.match(text[end(s) : parts[s + 1][0]]):
        harm = parts[s + 1][1].singles.get("harm_to_others")
        if harm is not None and harm.stance == "states":
            return harm, parts[s + 1][0]
    if back and s and not _PARAGRAPH.search(text, end(s - 1), parts[s][0]):
        k = s - 1
        while k >= 0:
            harm = parts[k][1].singles.get("harm_to_others")
            if harm is not None and harm.stance == "states":
                return harm, parts[k][0]
            if not k or not _SEMICOLON_ONLY.match(text[end(k - 1) : parts[k][0]]):
                break
            k -= 1
    return None, 0


#: (dtw13) Words of a sentence that say its telling is no time of ours: the client's say-so ("I may contact your GP
#: with your consent", "only if you agree", "You have given consent, for example for a report to your GP") or another
#: matter (fees, appointments, insurance, asking for records). A Bill of Rights is a law, not a bill to pay ("legally and
#: ethically by way of Article 14 of the Hong Kong Bill of Rights, ... may be justified to disclose certain information to
#: an appropriate legal/government party", tune19c) (warn23).
_NOT_A_WARNING = lazy(
    r"(?i)\b(?:if|when|once)\s+you\s+(?:\w+\s+){0,1}?(?:ask|want|wish|request)\b"
    r"|\b(?:fees?|payments?|invoices?|unpaid|bills?(?!\s+of\s+rights)|billing|appointments?|cancel\w*|insurers?|insurance|reminders?)\b"
    r"|\b(?:request|obtain|get)\s+(?:\w+\s+){0,2}?records?\b")
#: The client's say-so, and the words before it that make it no condition ("without your consent", "we do not need
#: your permission", "we will seek your agreement first"); a possessive among the words before it ("without the
#: client's permission", miss31).
_SAY_SO = lazy(r"(?i)\b(?:consent\w*|permission|agree|agrees|agreed|agreement|authori[sz]ation|approval)\b")
_SAY_SO_DENIED = lazy(r"(?i)\b(?:without|no|not|never|regardless|irrespective|seek\w*|ask\w*|obtain\w*|get|try|tries|trying|wherever|whenever)\s+(?:[\w/'’]+\s+){0,3}$")
#: (dtw13) Words before whom we tell, in its clause, that say the client (or someone else) does the telling, the one
#: of them nearest to it ("If you tell others ...", "we encourage you to get help", not "If you tell me, I may tell
#: others"), and an order at the start of a clause ("please talk to someone who can help", "..., call emergency
#: services").
_CLIENT_TELLERS = frozenset({"you", "you're", "youre", "yourself", "friend"})
_OUR_TELLER = frozenset({"we", "i", "us", "our", "me", "my", "counsellor", "counselor", "therapist", "psychologist", "clinician",
                         "practitioner", "staff", "service", "practice", "clinic", "centre", "center", "team", "worker",
                         "counsellors", "counselors", "therapists", "psychologists", "this", "it", "that", "which"})
_ORDER_VERBS = frozenset({"tell", "talk", "speak", "call", "contact", "ring", "phone", "reach", "get", "seek", "inform", "let",
                          "notify", "share", "go", "visit", "text", "email", "alert", "involve", "liaise", "consult", "please",
                          "encourage", "ask", "urge", "advise", "remind"})
_FILLERS = frozenset({"please", "then", "also", "and", "or", "so", "just", "always", "instead", "immediately", "first"})


#: "outside" as a preposition before an article or a possessive ("outside the organisation", "outside our service"):
#: a place, where "outside agencies" names whom we tell (warn23).
_PLACE_OUTSIDE = lazy(r"(?i)outside\s+(?:of\s+)?(?:the|this|that|our|your|my|its|their|a|an)\b")


def _ours_told(sent: "_Sentence", a: int, text: str, classes: tuple[str, ...] = ("general_recipients", "weak_recipients")) -> list[tuple[int, int]]:
    """Where ``sent`` (at ``a`` in ``text``) names whom we tell in general words (``general_recipients``, and
    ``weak_recipients`` unless ``classes`` leaves it out), leaving out those the client tells ("If you tell someone
    ...", "please talk to someone who can help", "call emergency services") and every one in a sentence whose
    telling is the client's say-so or another matter ("I may contact your GP with your consent", "... about unpaid
    fees") (dtw13)."""
    hits = [(h, c) for c in classes for h in sent.found.get(c, ())]
    if not hits or not sent.words:
        return []
    whole = text[a : a + sent.words[-1][2]]
    if _NOT_A_WARNING.search(whole) or any(not _SAY_SO_DENIED.search(whole, max(0, m.start() - 50), m.start()) for m in _SAY_SO.finditer(whole)):
        return []
    out = []
    for (i, j), c in hits:
        if _PLACE_OUTSIDE.match(whole, sent.words[i][1]):
            continue  # a place, not whom we tell ("Outside the organisation we do not give out any information unless:",
            # a UK charity's lead-in: no one told) (warn23)
        clause = re.split(r"[,;:(]", whole[: sent.words[i][1]])[-1].lower()
        before = re.findall(r"[a-z']+", clause)
        lead = [w for w in before if w not in _FILLERS]
        head = lead[0] if lead else next(iter(re.findall(r"[a-z']+", whole[sent.words[i][1] :].lower())), "")
        if head in _ORDER_VERBS and not set(before) & _OUR_TELLER:
            continue  # an order to the client at the start of its clause ("..., call emergency services")
        nearest = next((w for w in reversed(before) if w in _CLIENT_TELLERS or w in _OUR_TELLER), None)
        if c == "weak_recipients" and nearest in _CLIENT_TELLERS:
            continue  # the client tells or seeks help ("If you tell others ...", "we encourage you to get help")
        if nearest in _CLIENT_TELLERS and head in _CLIENT_TELLERS:
            continue  # the client the subject of its clause ("If someone else is in danger, you can call emergency services") (review22)
        if _CONSULTED.match(whole[sent.words[j - 1][2] :]) or _CONSULT_LEAD.search(clause):
            continue  # those we ask for advice ("The Service Manager or other suitable person will be consulted before
            # any action is taken", "we consult other professionals"): no one told in those cases (tune20b)
        out.append((i, j))
    return out


#: (tune20b) Those named are asked for advice, not told: the passive just after them ("..., a Clinical Supervisor or
#: other suitable person, will be consulted before any action is taken") or a verb of consulting just before them in
#: their clause ("we would consult other professionals", "after seeking advice from the relevant services").
_CONSULTED = lazy(r"(?i)\W*(?:(?:will|would|may|might|must|can|could|should|shall|is|are)\s+(?:\w+\s+){0,2}?)?be(?:ing)?\s+consulted\b"
                  r"|\W*(?:is|are|was|were)\s+consulted\b")
_CONSULT_LEAD = lazy(r"(?i)\b(?:consult\w*(?:\s+with)?|seek\w*\s+(?:\w+\s+){0,2}?(?:advice|guidance|supervision)\s+from|"
                     r"ask\w*\s+(?:\w+\s+){0,1}?(?:advice|guidance)\s+(?:of|from))\s+"
                     r"(?:(?!(?:inform|tell|notif|contact|report|warn|shar|disclos|pass|call|alert|refer)\w*\b)\w+\s+){0,5}$")


def consulted_at(text: str, start: int, end: int) -> bool:
    """Whether those named at ``start``..``end`` of ``text`` are asked for advice, not told ("..., or other suitable
    person, will be consulted before any action is taken", "we may seek advice from the relevant services"): no one
    told in those cases (tune20b). ``_frames.tail_contact`` asks it for its own words of whom we contact."""
    clause = _CLAUSE_CUT.split(text[max(0, start - 80) : start])[-1]
    return bool(_CONSULTED.match(text, end) or _CONSULT_LEAD.search(clause))


def general_told(text: str) -> "tuple[int, int] | None":
    """Where ``text`` names, in general words, whom we tell (``_ours_told``: "I may need to share information with
    other professionals", "the relevant authorities may be informed") or a protective act of ours with no one named
    as told ("I would take steps to protect them", ``protect_them``): the character span of the first such words, or
    None. ``_frames.tail_contact`` asks it for the paragraph just after a list of limits (dtw13)."""
    if not isinstance(text, str) or not text:
        return None
    for a, b in _spans(text):
        sent = _sentence(text[a:b])
        if sent.quiet or not sent.words:
            continue
        hits = _ours_told(sent, 0, text[a:b], ("general_recipients", "help_recipients")) or list(sent.found.get("protect_them", ()))
        if not hits:
            continue
        i, j = min(hits)
        clause = _CLAUSE_CUT.split(text[a : a + sent.words[i][1]])[-1]
        if _DENIED_IN.search(clause):
            continue  # "I will not share information with other professionals (unless you agree)"
        return a + sent.words[i][1], a + sent.words[j - 1][2]
    return None


#: A denial in the clause before whom we tell ("I will not share information with other professionals", "is not able
#: to provide any information to other persons unless you give permission": a promise, no one told in those cases).
_CLAUSE_CUT = re.compile(r"(?i)[,;:(]|\b(?:but|however|though|although)\b")
_DENIED_IN = lazy(r"(?i)\b(?:not|never|won't|wouldn't|don't|doesn't|cannot|can't|no\s+one|nobody)\b(?!\s+(?:hesitate|only|just|always))")


def _points_back_all(sent: "_Sentence") -> bool:
    """True when ``sent`` names no danger of its own (it points back at all the cases above with ``back_ref_all``)."""
    return not any(t in _HARM_LIMITS for t in sent.singles)


def _harm_above(parts: list[tuple[int, "_Sentence"]], s: int, text: str) -> "tuple[Statement | None, int]":
    """The danger to others stated by a sentence above sentence ``s`` in its paragraph, nearest first, and where that
    sentence starts; (None, 0) when none does."""
    a = parts[s][0]
    for k in range(s - 1, -1, -1):
        b, before = parts[k]
        if _PARAGRAPH.search(text, b, a):
            break
        harm = before.singles.get("harm_to_others")
        if harm is not None and harm.stance == "states":
            return harm, b
    return None, 0


#: Limits a sentence that points back at the one before may state and still speak of its danger in general words.
_HARM_LIMITS = frozenset({"harm_to_self", "harm_to_others", "duty_to_warn"})


def _points_back(sent: "_Sentence") -> bool:
    """True when ``sent`` points back at the sentence before ("In such a situation, ...", "Should someone need to be
    informed in such a situation, ...") and names no danger of its own: whom it tells speaks of the danger named
    there."""
    hits = sent.found.get("back_ref")
    return bool(hits) and not any(t in _HARM_LIMITS for t in sent.singles)


#: Duties of telling the client: a sentence that states only these may still hold the protective act after a danger.
_TELL_DUTIES = frozenset({"before_disclosure", "after_disclosure"})


def _other_only(found: dict[str, list[tuple[int, int]]], stems: list[str]) -> bool:
    """Whether a sentence speaks of fees, appointments or cancellations (``other_matter``) and of no sharing.

    A word of sharing inside the matter's own phrase ("report writing" billed as a service) is none, nor is an
    emergency just after the matter, the cause of what is done to it ("if I have to cancel your session in an
    emergency") (gate30).
    """
    others = found.get("other_matter")
    if not others:
        return False
    for i, j in found.get("out_word", ()):
        if any(a <= i and j <= b for a, b in others):
            continue  # ("report writing": the service billed)
        if j - i == 1 and stems[i].startswith("emergenc") and any(b <= i and i - b < 4 for _, b in others):
            continue  # ("cancel your session in an emergency", "reschedule because of an emergency")
        return False
    return True

#: Classes of a protective act with no one named as told ("take steps to protect anyone who is at risk"), and (warn22)
#: an act or a telling in general words ("An exemption to this is if ... a client or others are at risk of harm. While
#: I am able to break confidentiality in order to take appropriate action in these circumstances, I would endeavour to
#: speak with the client first", a New Zealand psychologist: both labellers of real19 read vague).
_PROTECT_CLASSES = ("protect_act", "prevent_threat", "protect_them", "general_contact", "protect_shared", "bare_act")


def _protect_next(parts: list[tuple[int, _Sentence]], ends: dict[int, int], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """A protective act in the sentence just after one that states a danger to others, in one paragraph, is
    vague for duty_to_warn, as it is in one sentence: "if you are at serious risk of harming someone else; I
    will take steps to protect anyone who is at risk" (pages11: dm19; the semicolon cuts the sentence)."""
    if "duty_to_warn" in found_st:
        return
    for s in range(len(parts) - 1):
        a, sent = parts[s]
        b, nxt = parts[s + 1]
        harm = sent.singles.get("harm_to_others")
        if harm is None or harm.stance != "states" or _PARAGRAPH.search(text, ends[a], b):
            continue
        # (a telling duty beside the act says nothing of who is at risk: "I would want to discuss this with you first,
        # but might also take appropriate action to help protect the person at risk") (real8: an English counsellor)
        # (a sharing to protect others may name the harm it wards off, "disclose information to protect you or others
        # from harm": its harm limits are its own, warn25)
        allowed = _TELL_DUTIES | _HARM_LIMITS if "protect_shared" in nxt.found else _TELL_DUTIES
        if any(t not in allowed for t in nxt.singles) or nxt.quiet:
            continue
        hits = [h for c in _PROTECT_CLASSES for h in nxt.found.get(c, ())]
        if not hits:
            continue
        i, j = min(hits)
        start, end = nxt.words[i][1] + b, nxt.words[j - 1][2] + b
        words = harm.words + (text[start:end],)
        found_st["duty_to_warn"] = (0, Statement("duty_to_warn", "vague", nxt.force, (harm.span[0] + a, end), words))
        return


#: The end of a lead-in whose list items are our acts: a modal and a colon ("we may:", "I would need to:"); not a
#: refusal ("we will not:") nor a lead-in of cases ("we may share information when:").
_ACT_LEAD_END = re.compile(r"(?i)\b(?:may|will|would|might|must|can|could|shall|need\s+to|have\s+to|has\s+to)(?:\s+(?:also|then|first))?\s*:\s*$")
#: A list item's mark at the start of a sentence ("- contact the police", "2. take steps to keep them safe").
_ITEM_MARK = re.compile(r"\s*(?:[-*\u2022\u2023\u25aa\u25e6]|\d{1,2}[.)]|\(?[a-z]\))\s")


def _acts_under_a_danger_lead(parts: list[tuple[int, _Sentence]], ends: dict[int, int], text: str, found_st: dict[str, tuple[int, Statement]]) -> None:
    """A lead-in that states a danger to others and ends in a colon, over list items that are what we would do
    ("If someone else is at risk because of something you have told us, we may:" over "- take steps to keep them
    safe" and "- contact the appropriate services"; "If you threaten to hurt someone, we may:" over "- contact the
    police"): the police told in an item states duty_to_warn, whom we tell in general words or a protective act is
    vague, as in one sentence, even with a blank line between the lead-in and its list (it read duty_to_warn missing)
    (sweep41, session 22). An item that states a limit of its own is a case, not an act; a refused item says nothing."""
    current = found_st.get("duty_to_warn")
    if current is not None and current[1].stance == "states":
        return
    for s in range(len(parts) - 1):
        a, sent = parts[s]
        harm = sent.singles.get("harm_to_others")
        if harm is None or harm.stance != "states" or not _ACT_LEAD_END.search(text[a : ends[a]]):
            continue
        got: "Statement | None" = None
        for b, item in parts[s + 1 :]:
            if not _ITEM_MARK.match(text, b):
                break
            if item.quiet or item.regions or any(lex_t not in _TELL_DUTIES for lex_t in item.singles):
                continue
            if "police_told" in item.found:
                i, j = item.found["police_told"][0]
                stance = "states"
            else:
                # (the item is the lead-in's act, ours: "contact the appropriate services" is no order to the client here)
                hits = [h for c in ("general_recipients", "help_recipients") + _PROTECT_CLASSES for h in item.found.get(c, ())]
                if not hits:
                    continue
                i, j = min(hits)
                stance = "vague"
            start, end = item.words[i][1] + b, item.words[j - 1][2] + b
            st = Statement("duty_to_warn", stance, sent.force, (harm.span[0] + a, end), harm.words + (text[start:end],))
            if got is None or (stance == "states" and got.stance == "vague"):
                got = st
        if got is not None and (current is None or got.stance == "states"):
            found_st["duty_to_warn"] = (current[0] if current is not None else 0, got)
            return


#: A colon after a word and before more words: a label and what is said of it ("Child abuse: We report to CPS").
_LABEL_COLON = re.compile(r"\w[*_)\]]*:\s+\S")

#: A bare act that lets nothing out by itself ("we may need to act"): no disclosure, no one told.
_BARE_ACTS = frozenset({"act"})


def _titles_of_paragraphs(text: str, parts: list[tuple[int, "_Sentence"]], ends: dict[int, int], found: dict[str, tuple[int, Statement]], lex: Any) -> None:
    """``_title_only`` for each later paragraph of a passage with paragraphs (a YAML policy's details, where import
    puts a page's rows and list items it did not make limits): "Child abuse: Individual therapy and family
    sessions" there names its limit only, as it did on the page (review14: the draft read it stated, the page vague).
    A paragraph is judged on its own sentences and the statements inside it; one that is a single sentence with no
    label's colon is left alone (a heading over the next paragraph, "Child abuse" then "We report it to the state")."""
    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]
    for k, start in enumerate(breaks):
        stop = breaks[k + 1] if k + 1 < len(breaks) else len(text) + 1
        mine = [(a, sent) for a, sent in parts if start <= a < stop]
        if not mine or (len(mine) == 1 and ":" not in text[mine[0][0] : ends[mine[0][0]]]):
            continue
        inside = {t: v for t, v in found.items() if start <= v[1].span[0] < stop}
        if not inside:
            continue
        _title_only(text, mine, ends, inside, lex)
        found.update(inside)


def _title_only(text: str, parts: list[tuple[int, "_Sentence"]], ends: dict[int, int], found: dict[str, tuple[int, Statement]], lex: Any) -> None:
    """A first sentence that only names limits ("Risk to others.", a bold lead title) over words that state no
    limit, name no disclosure and no one told ("If someone is in danger, we may need to act.") is a title over
    an explanation that says nothing: what it states is vague, as a YAML limit's title counts only where its
    explanation speaks (``_passages.read_all``). "Child abuse. We report it to child protective services." speaks.
    Only the limits the law sets (``blanket.contradicts``): "Telehealth. We meet by secure video." describes a service."""
    a, first = parts[0]
    end = ends[a]
    named = [t for t, (_, st) in found.items() if st.stance == "states" and st.span[1] <= end and t in lex.blanket_contradicts]
    if not named:
        return
    from policy_lint.meaning._frames import names_only

    label = _LABEL_COLON.search(text, a, end)
    if label is not None:
        # "Suspected abuse of a child: Maine DHHS (Child and Family Services). 22 M.R.S. § 4011-A": a label and
        # what is said of it, one sentence (a table row's first cell and the next, ``readers.blocks.join_row``),
        # is no title over the sentences after it (core13), when what is said of it names a disclosure or someone
        # told. "Child abuse: Individual therapy and family sessions" (a row of a table of services) is a title
        # over words that say nothing of sharing: vague, as "Child abuse. Individual therapy ..." is (review14)
        colon = label.end() - 2
        if not names_only(text[a:colon]) or _label_speaks(first, colon - a, lex, found, colon):
            return
    elif not names_only(text[a:end]):
        return
    for t, (_, st) in found.items():
        if st.span[0] >= end and st.stance != "vague" and lex.topics[t][0] == "limit":
            return  # the words under it state a limit
    for _, sent in parts[1:]:
        if any(st.stance != "vague" and lex.topics[t][0] == "limit" for t, st in sent.singles.items()):
            return  # ... the same limit as the title, too ("Court orders. A court may order me to testify.")
        stems = [w[0] for w in sent.words]
        for c in _SHARE_CLASSES + ("notify_verb",):
            for i, _ in sent.found.get(c, ()):
                if stems[i] not in _BARE_ACTS and not (i > 0 and stems[i - 1] in _CLIENT_WORDS):
                    return  # a disclosure or someone told
    for t in named:
        order, st = found[t]
        found[t] = (order, Statement(t, "vague", st.force, st.span, st.words))


#: Words of a keeping that a denial turns into a sharing ("we do not keep this private", "not confidential").
_KEPT_WORDS = frozenset({"privat", "confidential", "secret"})


#: Classes that name someone a report or a record goes to ("Child Protective Services", "the police", "The court"),
#: or our duty ("Court order: We must comply", a table row: the label's limit has the row's force).
_TOLD_CLASSES = ("child_agency", "aps", "social_agency", "police", "court", "law_agency", "law_regulator", "abuse_agency", "victim", "law_must")


def _label_speaks(sent: "_Sentence", at: int, lex: Any, found: dict[str, tuple[int, Statement]], colon: int) -> bool:
    """Whether the words of ``sent`` after a label's colon (at ``at`` in the sentence, ``colon`` in the passage)
    state a limit, name a disclosure or name someone told ("Child abuse: We may report it to CPS", "Suspected abuse
    of a child: Maine DHHS (Child and Family Services)", "A subpoena together with a court order: The court")."""
    if any(st.span[0] > colon and st.stance != "vague" for t, (_, st) in found.items()):
        return True
    first = next((k for k, w in enumerate(sent.words) if w[1] > at), len(sent.words))
    stems = [w[0] for w in sent.words]
    if any(stems[q] in _KEPT_WORDS and any(st in _NOT_KEPT for st in stems[max(first, q - 5) : q]) for q in range(first, len(stems))):
        return True  # "Danger to others: we do not keep this private": what is not kept is shared (fix14)
    for c in _SHARE_CLASSES + ("notify_verb",) + _TOLD_CLASSES:
        for i, _ in sent.found.get(c, ()):
            if i >= first and stems[i] not in _BARE_ACTS and not (i > 0 and stems[i - 1] in _CLIENT_WORDS):
                return True
    return False


def _title_force(text: str, parts: list[tuple[int, "_Sentence"]], ends: dict[int, int], found: dict[str, tuple[int, Statement]]) -> None:
    """A first sentence that only names a limit ("Child abuse.", a bold list title) states it with no force; the
    first sentence under it that states the same limit gives the passage its force, if it has one: "Child abuse. If
    I suspect a child is being harmed, I may report it." says "may", as the title and explanation of a YAML limit do."""
    a, _ = parts[0]
    end = ends[a]
    titled = [t for t, (_, st) in found.items() if st.stance == "states" and st.force is None and st.span[1] <= end]
    if not titled:
        return
    from policy_lint.meaning._frames import names_only

    if not names_only(text[a:end]):
        return
    for t in titled:
        for _, sent in parts[1:]:
            st = sent.singles.get(t)
            if st is None or st.stance != "states":
                continue
            # The first sentence that states the limit speaks for it, as it would with no title: "Reports of child
            # abuse are made to Child Protection. We may also talk with you about it." has no "may" for the report.
            if st.force is not None:
                order, was = found[t]
                found[t] = (order, Statement(t, was.stance, st.force, was.span, was.words))
            break


#: Classes of an act that lets information out ("we report it", "we share", "we may call the county").
_SHARE_CLASSES = ("share_verb", "report_verb", "disclose_act")


def speaks_of_sharing(text: str, statements: tuple[Statement, ...] = ()) -> bool:
    """True when ``text`` names an act of ours that lets information out ("We will report it to the
    county"), outside the words of a telling duty it states ("Before making any report, the therapist
    shall notify the client" speaks of telling the client only) and not the client's own act ("if you
    tell us"). Used for a limit's title: it counts only where the limit's other words speak of a limit
    or of sharing it."""
    if not isinstance(text, str) or not text or text.isspace():
        return False
    places = _share_places(text)
    if not places:
        return False
    lex = lexicon()
    duty_spans = [st.span for st in statements if lex.topics.get(st.topic, ("",))[0] == "duty"]
    return any(not any(x <= at < y for x, y in duty_spans) for at in places)


@lru_cache(maxsize=MAX_PASSAGES)
def _share_places(text: str) -> tuple[int, ...]:
    """Where ``text`` names an act of ours that lets information out (offsets of its first words), not the client's own."""
    key = unwrapped(text)  # the same sentences at the same places, as ``_read`` cuts them
    out = []
    for a, b in _spans(key):
        sent = _sentence(key[a:b])
        words = sent.words
        for c in _SHARE_CLASSES:
            for i, _ in sent.found.get(c, ()):
                if i > 0 and words[i - 1][0] in _CLIENT_WORDS:
                    continue  # "if you tell us": the client's act
                out.append(words[i][1] + a)
    return tuple(out)


def _beside_law_only(lex: Any, sent: "_Sentence", topics: tuple[str, ...]) -> bool:
    """True when the only limit ``sent`` states is the law's catch-all (``law_other``) and ``topics`` are no law topics: generic words
    beside the law's catch-all ("We may share information if there is a serious risk of harm, or in cases of abuse, or
    where required by law") name cases of their own, which the law's words cannot speak of, so they are judged on their
    own, as beside a court order (``_beside_court``) (tune19a)."""
    if set(topics) <= _LAW_TOPICS or not sent.found.get("law_other") or sent.found.get("law_agency") or sent.found.get("law_regulator"):
        return False  # (a report the law requires to a regulator speaks of the abuse it names: "report that nurse to the College")
    limits = [t for t in sent.singles if lex.topics[t][0] == "limit"]
    return bool(limits) and set(limits) <= _LAW_TOPICS




def _abuse_beside_other_kinds(lex: Any, sent: "_Sentence", topics: tuple[str, ...], pieces: list[tuple[int, int]]) -> bool:
    """True when ``topics`` are limits of abuse and the limits ``sent`` states or refuses are all of other kinds (a
    danger, the law, an emergency; not a minor's, whose abuse it may be, nor the client's consent): generic words of abuse there name a case of
    their own ("If you or someone else is at risk of serious harm
    through abuse or not being looked after properly", a UK youth charity; "a law requires me to report information
    ... about victims of abuse or neglect", a US notice of privacy practices), vague for the abuse limits, as every
    labeller of real19 read them (child21). Only a word of abuse itself (``act_abuse``): "safeguard another person",
    "vulnerable people" beside a danger speak of that danger; nor abuse by a professional, reported to a regulator
    ("If a nurse abused you, we must report that nurse to the College"), the law's own case."""
    if not topics or not set(topics) <= _ABUSE_TOPICS or sent.found.get("professional"):
        return False
    proper = [(i, j) for i, j in sent.found.get("act_abuse", ())]
    if not pieces or not all(any(a <= i and j <= b for a, b in proper) for i, j in pieces):
        return False
    named = {t for t, x in sent.singles.items() if x.stance in ("states", "opposite") and lex.topics[t][0] == "limit" and t not in _CONSENT_TOPICS}
    if not named or named & _ABUSE_TOPICS or "minors" in named:
        return False
    # (abuse of the client, the last person named before it: "if we think that you are at serious risk of harm (e.g.
    # abuse) and/or a risk to others", a UK youth charity whose labellers read it of the young client only)
    first = min(i for i, _ in pieces)
    mine = {i for c in ("you_ref", "client_ref") for i, _ in sent.found.get(c, ()) if i < first}
    # (the victim named is the one abused, whoever it is: "when they are the victim of abuse")
    people = sorted([(i, "you") for i in mine] + [(i, "other") for i, _ in sent.found.get("other", ()) if i < first and not sent.words[i][0].startswith("victim")])
    return not (people and people[-1][1] == "you")


def _beside_court(lex: Any, sent: "_Sentence", topics: tuple[str, ...]) -> bool:
    """True when the only limit ``sent`` states is a court order and ``topics`` are no law topics: generic words
    beside it ("These include situations involving abuse, or court orders") cannot speak of the court's order, so
    they are judged on their own (real1: a real practice's FAQ)."""
    if set(topics) & _LAW_TOPICS:
        return False
    named = {t for t, x in sent.singles.items() if x.stance == "states" and lex.topics[t][0] == "limit"}
    return named == {"court_order"}


def _keep(found: dict[str, tuple[int, Statement]], st: Statement, order: int) -> None:
    old = found.get(st.topic)
    if old is None or _PRIORITY[st.stance] < _PRIORITY[old[1].stance]:
        found[st.topic] = (order, st)


#: The topics law words point at ("as the law requires"): the law's requirement only, never a court order.
_LAW_TOPICS = frozenset({"required_by_law"})
_COURT_TOPICS = frozenset({"court_order"})


#: Two words that open a case of its own in a list of cases ("when there is a risk of serious harm, or when a child is being abused").
#: ("or that": two cases after one "believes that", "your student is in danger, or that your student presents a danger
#: to others" (real5: a Texas school counselor's list of exceptions))
_NEXT_CASE = frozenset({("or", "when"), ("or", "if"), ("or", "where"), ("or", "wher"), ("and", "when"), ("and", "if"), ("or", "that")})


def _own_case(sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the generic words at ``pieces`` and every limit the sentence names lie in cases of their own, a
    list of conditions: "Counselors have a legal duty to act when there is a risk of serious harm, or when a child is
    being abused" is vague for harm (no one named) beside the child's limit, not about the child (pages12: dt24)."""
    if not pieces or not sent.singles:
        return False
    stems = [w[0] for w in sent.words]
    lo, hi = min(i for i, _ in pieces), max(j for _, j in pieces)
    for st in sent.singles.values():
        at = next((k for k, w in enumerate(sent.words) if w[1] >= st.span[0]), len(stems))
        end = next((k for k, w in enumerate(sent.words) if w[2] >= st.span[1]), len(stems))
        if at >= hi:
            gap = stems[hi:at + 1]
        elif end < lo:
            gap = stems[end:lo + 1]
        else:
            return False
        if not any((gap[k], gap[k + 1]) in _NEXT_CASE for k in range(len(gap) - 1)):
            return False
    return True


#: Words that bring in the examples of what goes before them ("such as", "for example"); not "include": the red-team
#: set reads "Exceptions required by California law include ... child abuse" as no law limit at all (r37).
_PREFACE_WORDS = _EXAMPLE_WORDS


#: The classes of the law as a preface (topics.yaml's vague entries, law16): only they give way to law_aside.
_LAW_PREFACE_CLASSES = ("law_word", "law_limits", "law_lead", "law_list", "law_exceptions")


def _law_aside(found: dict[str, list[tuple[int, int]]]) -> None:
    """Law words that name no law over the limits ("a court of law", "law enforcement", "your legal guardian", "the
    law that protects your privacy", "exceptions to these laws", "including but not limited to") are no preface's
    words: the preface's classes lose the hits inside them (law16). Every other class keeps its own: a mask would
    hide them too ("your legal guardian" is still the one told)."""
    aside = found["law_aside"]
    for c in _LAW_PREFACE_CLASSES:
        hits = found.get(c)
        if hits:
            kept = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in aside)]
            _set_places(found, c, kept)


def _law_to_client(found: dict[str, list[tuple[int, int]]]) -> None:
    """The law's duty whose act is owed to the client ("The law requires us to tell you about our privacy practices",
    "We are required by law to inform you of your rights"): a duty of notice, no disclosure to others, so no
    required_by_law; the law's classes lose the hits inside it, every other class keeps its own (fam27b)."""
    inside = found["law_to_client"]
    for c in (*_LAW_PREFACE_CLASSES, "law_duty", "law_must", "law_that", "vague_law"):
        hits = found.get(c)
        if hits:
            _set_places(found, c, [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in inside)])


def _law_preface(sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the law words at ``pieces`` bring in the limits the sentence names as their examples: "There are
    a few exceptions required by law, such as when ... a child is being abused" is vague for required_by_law
    (labels.yaml: "exceptions required by law, such as ..."), not the child's limit's qualifier (pages12: dh24)."""
    if not pieces or not sent.singles:
        return False
    tail = max(j for _, j in pieces)
    first = min(st.span[0] for st in sent.singles.values())
    between = [w[0] for w in sent.words[tail:] if w[1] < first]
    return any(w in _PREFACE_WORDS for w in between[:4])


def _law_before_several(lex: Any, sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the law words at ``pieces`` bring in the breaking of confidentiality or its limits ("Ohio law requires
    me to break confidentiality if ...", "There are legal limits: if ...") before several limits of different kinds
    the sentence states ("if you are a danger to yourself or others, or if a child is being abused", "if you are
    suicidal, if a child is abused, or if a court orders it"): a preface to those limits, vague for required_by_law
    (labels.yaml: "as a preface to other limits") (law20). The law beside one named limit ("We are required by law
    to report child abuse", "legally required to act if you are a danger to yourself or others", "required by law
    to report abuse of children, elders and dependent adults": one kind) stays no reading (the settled convention)."""
    if not pieces or not sent.found.get("law_limits"):
        return False
    tail = max(j for _, j in pieces)
    limits = [x for t, x in sent.singles.items() if x.stance == "states" and lex.topics[t][0] == "limit" and t not in _LAW_TOPICS]
    starts = [x.span[0] for x in limits]
    if not limits or min(starts) < sent.words[tail - 1][2]:
        return False
    if len({_KIND_OF_LIMIT.get(x.topic, x.topic) for x in limits}) < 2:
        return False
    first = min(starts)
    head = min(i for i, _ in pieces)
    return any(i >= head and sent.words[i][1] < first for i, _ in sent.found["law_limits"])


#: Limits of one kind, for the law before "several" limits (law20): the abuse limits, and a danger to oneself or others.
_KIND_OF_LIMIT = {"child_abuse": "abuse", "elder_abuse": "abuse", "dependent_adult_abuse": "abuse",
                  "harm_to_self": "danger", "harm_to_others": "danger", "duty_to_warn": "danger"}


def _law_leads_list(sent: "_Sentence", groups: list[Any]) -> bool:
    """True when the law's words of ``groups`` bring in a list to come ("The law allows for confidential information to
    be shared under the following circumstances:"): a preface of that list, not a qualifier of the limit of the sentence
    before (law23)."""
    lists = {tuple(h) for h in sent.found.get("law_list", ())}
    return bool(lists) and any(tuple(p) in lists for g in groups for p in g[2])


def _law_beside_named(sent: "_Sentence") -> bool:
    """True when the sentence states a limit of abuse or danger (``_NAMED_BY_LAW``): law words beside it are the source
    of that duty, required_by_law vague ("We are required by law to report child abuse", "Oregon law requires us to
    report elder abuse", "legally obligated to take action to protect others from harm"). Every independent labeller
    of real17, real19 and real20 read it so; before session 14 it was no reading (law21)."""
    return any(t in _BESIDE_LAW and x.stance == "states" for t, x in sent.singles.items())


def _act_named(sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the law's words at ``pieces`` are an Act's name (``_ACT_NAMES``, ``duty_act``): the law named as the
    source of the limits, never a generic word of the limit its sentence names, stated or vague ("The service works
    within the Children First Act 2015 where there is a concern that a child is at risk", an Irish college: both
    labellers of tune25b required_by_law vague) (tune40, session 22)."""
    acts = [h for c in (*_ACT_NAMES, "duty_act") for h in sent.found.get(c, ())]
    return bool(pieces) and all(any(a <= i and j <= b for a, b in acts) for i, j in pieces)


#: The limits law words beside are the source of (``_law_beside_named``): those of abuse or danger, and a crime reported
#: ("There are legal limits to confidentiality around criminal offences, such as the Drug Trafficking Acts and the Child
#: Protection Acts", a Scottish psychotherapist: both labellers of tune26b required_by_law vague; "Under the Terrorism
#: Act 2000 I must tell the police ...": the Act as the crime report's source, vague) (tune40, session 22)
_BESIDE_LAW = _NAMED_BY_LAW | {"crime_law_enforcement"}


def _qualifier_first(sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the sentence's law words are a qualifier of its own privacy (``sent.qualified``, law17) and come before
    the end of every limit it states (none of them core, or the qualifier would have given way): "We hold what you say
    private as far as the law lets us, and honour parents' rights" (in the words of a US school counselor's page, paraphrased:
    both labellers of tune27a required_by_law vague) qualifies the privacy, not the parents' right named after it; "If
    you talk about medical aid in dying, we keep that private where the law allows" speaks of that named case (d18)
    (tune41a, session 22)."""
    if not sent.qualified or not pieces or not sent.singles:
        return False
    at = sent.words[pieces[0][0]][1]
    return all(at < x.span[1] for x in sent.singles.values())


def _law_of_misconduct(sent: "_Sentence") -> bool:
    """True when the sentence's law words speak of a report of another professional's misconduct (``law_misconduct``):
    they stay its qualifier, vague, beside the other limits the sentence reads ("Therapists are required by law to report
    incidences of sexual misconduct on the part of other therapists", both labellers of real23; tune17) (law24)."""
    return bool(sent.found.get("law_misconduct"))


def _consent_only(lex: Any, sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the only limit the sentence states is the client's own say-so and the law's duty at ``pieces`` comes
    before it: the law's words require a sharing without that say-so and speak of no limit of ours ("In some
    situations, your therapist is required by law ... to disclose information without either your consent or
    authorization:", a teen's consent form: the law's preface, vague) (law21). Not the law's words about the consent
    form ("a Release of Information authorization form that meets certain legal requirements imposed by HIPAA")."""
    if not pieces or sent.found.get("neg_word") or not sent.found.get("law_duty"):
        return False  # (the law that keeps it private: "We will not share anything without your consent, as the law requires")
    limits = [x for t, x in sent.singles.items() if lex.topics[t][0] == "limit"]
    if not limits or not all(x.topic in _CONSENT_TOPICS for x in limits):
        return False
    return sent.words[min(i for i, _ in pieces)][1] < min(x.span[0] for x in limits)


def _law_kept_vague(sent: "_Sentence", topic: str, used: list[tuple[int, int]]) -> None:
    """Keep the law's words at ``used`` as a vague reading of ``topic`` (law20)."""
    if not any(topic in g[0] for g in sent.vague):
        sent.vague.append(((topic,), "vague", list(used)))


def _court_only(lex: Any, sent: "_Sentence", pieces: list[tuple[int, int]]) -> bool:
    """True when the limits a sentence states are the court-order limit alone and the law words at ``pieces`` lie
    outside the court's words: law words beside it ("We respond to subpoenas only as required by law", "it is
    subpoenaed by a court, or disclosure is otherwise required or authorised by law") say nothing of a judge
    (docs/coverage.md, rule 7), so they stay vague; "a court of law compels me" is the court alone (core5)."""
    limits = {t for t in sent.singles if lex.topics[t][0] == "limit"}
    if not limits or not limits <= _COURT_TOPICS:
        return False
    courts = sent.found.get("court", []) + sent.found.get("court_strong", [])
    return not any(i < y and x < j for i, j in pieces for x, y in courts)
#: The client's own say-so: a limit no law makes us keep to.
_CONSENT_TOPICS = frozenset({"client_authorization"})

#: The key, in a sentence's ``found``, of the places of list glue ("or", "and", "to"); no class has a space in its name.
_GLUE = " glue"
#: The key of the places of an object pronoun: right after a harm word it is the one harmed ("the person harming
#: them is a family member", "the person who harmed you"), so a person named further on did the harm.
_OBJECT = " object"
_OBJECT_WORDS = frozenset({"you", "them", "him", "her"})
_TO = " to"
#: After these a pronoun is no object of the harm ("a risk to you or to someone else", "threatened by you").
_PREPOSITIONS = frozenset({"to", "by", "of", "for", "from", "toward", "towards", "against", "with", "at"})


def _object_between(found: dict[str, list[tuple[int, int]]], right: str, targets: frozenset[str], j: int, k: int, m: int) -> bool:
    """True when an object pronoun right after the harm word ends at ``j`` (or after the ``harmed`` word ending at
    ``m``) says whom the harm is done to, so the person at ``k`` is not the one harmed; or when the ``harmed``
    word at ``k`` follows "to" ("your teen is threatening to injure another person": the harm is the teen's act).
    ``_OBJECT`` holds the places of pronouns that follow no preposition, ``_TO`` those of "to"."""
    objects = found.get(_OBJECT, ())
    if right in targets:
        return k > j and (j, j + 1) in objects
    # ("someone you plan to hurt": the client, named between, is the one who would hurt the person before)
    return right == "harmed" and ((m, m + 1) in objects or ((k - 1, k) in found.get(_TO, ()) and not any(j <= x < k for x, _ in objects)))
_GLUE_WORDS = frozenset({"or", "and", "to", "nor", "toward", "towards", "against"})
#: The key of the places of the words that join the items of a list ("or", "and", "nor").
_AND = " and"
_AND_OR = frozenset({"or", "and", "nor"})
#: Words whose places a sentence records: list glue and object pronouns.
_MARK_WORDS = _GLUE_WORDS | _OBJECT_WORDS


#: The key of the places of a person noun ("relative", "neighbour", "family member").
_PERSON = "person"


def _headed(found: dict[str, list[tuple[int, int]]], y: int) -> int:
    """Where a list item that ends its target word at ``y`` ends: past a person noun right after it ("an elderly
    relative or an adult with a disability", "a disabled family member and an older neighbour"): the noun is the
    item's head, no word between items (trial 8)."""
    for x, z in found.get(_PERSON, ()):
        if x == y:
            return z
    return y


#: Classes of an act of telling or sharing: a person named after one is who is told, not who is harmed.
_TELLING = ("share_verb", "notify_verb", "report_verb")


def _told_between(found: dict[str, list[tuple[int, int]]], j: int, k: int) -> bool:
    """True when an act of telling stands between a harm word (ending at ``j``) and the person at ``k``:
    "If you are at real risk, I may contact a family member" names who is told, not who is harmed. A
    warning is no such act: the one warned is the one at risk ("who you plan to hurt, I may warn that person")."""
    warned = found.get("warn_verb", ())
    for c in _TELLING:
        for a, b in found.get(c, ()):
            if j <= a < k and (a, b) not in warned:
                return True
    return False


def _blocked(found: dict[str, list[tuple[int, int]]], targets: frozenset[str], j: int, k: int, m: int) -> bool:
    """True when another target lies between ``j`` and ``k`` and ``(k, m)`` does not carry on its list
    ("a danger to yourself or to other people" carries on: only the glue words "or", "to" lie between)."""
    glue = found.get(_GLUE, ())
    # "a threat to your life or health, or to someone else's": the target at k is joined to the list by
    # "or"/"and" right before it (an article or "to" between), so the list carries on past a word of its own.
    ands = found.get(_AND, ())
    joined = (k - 1, k) in ands or ((k - 1, k) in found.get(_TO, ()) and (k - 2, k - 1) in ands)
    for name in targets:
        # (fix37, session 21) a reflexive fills the harm's object, so a person one word after it, with no "or"/"and"
        # between, is no second one harmed ("There are exceptions:" / "Your child is in danger of hurting themselves" /
        # "Your child might hurt someone else", lines a text page joins: no child harmed)
        least = 0 if name == "reflexive" else 1
        for x, y in found.get(name, ()):
            if j <= x and y <= k and (x, y) != (k, m) and k - y > least and not all((g, g + 1) in glue for g in range(_headed(found, y), k)):
                if joined and k - _headed(found, y) <= 4 and (_headed(found, y), _headed(found, y) + 1) in ands:
                    continue
                return True
    return False


#: The gap of "a>>>b": b anywhere after a in the sentence.
_ANYWHERE = 1 << 30
#: What parts the classes of a way (as in _lexicon).
_ORDER = re.compile(r">+")


def _match_in(
    way: tuple[str, ...],
    sents: list[dict[str, list[tuple[int, int]]]],
    near: int,
    close: int,
    avoid: frozenset[int],
    targets: frozenset[str] = frozenset(),
) -> list[tuple[int, int]] | None:
    used: list[tuple[int, int]] = []
    for cond in way:
        got: list[tuple[int, int]] | None = None
        second: list[tuple[int, int]] | None = None
        if ">" in cond:
            gap = _ANYWHERE if ">>>" in cond else close if ">>" in cond else near
            left, right = _ORDER.split(cond, 1)
            whose = right in targets or right == "harmed"
            for found in sents:
                for i, j in found.get(left, ()):
                    for k, m in found.get(right, ()):
                        if j <= k <= j + gap and not (right in targets and _blocked(found, targets, j, k, m)) and not (
                            whose and _object_between(found, right, targets, j, k, m)
                        ) and not (right in targets and _told_between(found, j, k)):
                            if i in avoid or k in avoid:
                                second = second or [(i, j), (k, m)]
                            else:
                                got = [(i, j), (k, m)]
                                break
                    if got:
                        break
                if got is None and second is None and right in targets:
                    got = _listed(found, left, right, targets, gap, avoid)
                if got is None and second is None and left in targets and right in _SUBJECT_STATES:
                    got = _subject_listed(found, left, right, targets, gap, avoid)
                if got:
                    break
        else:
            for found in sents:
                for hit in found.get(cond, ()):
                    if hit[0] in avoid:
                        second = second or [hit]
                    else:
                        got = [hit]
                        break
                if got:
                    break
        got = got or second
        if got is None:
            return None
        used.extend(got)
    return used


#: What befalls a list of subjects ("older people, or adults with a disability who rely on others, are being harmed").
_SUBJECT_STATES = frozenset({"harmed", "in_danger", "at_risk"})


def _subject_listed(
    found: dict[str, list[tuple[int, int]]], left: str, right: str, targets: frozenset[str], gap: int, avoid: frozenset[int]
) -> list[tuple[int, int]] | None:
    """"kaumātua or other older people, or adults with a disability who rely on others for care, are being
    harmed": a target joined by "or"/"and" to the next item of a list of subjects shares what befalls the list,
    however long the later items are (each item's own words: targets that follow on within a word) (core5)."""
    ands = found.get(_AND, ())
    glue = found.get(_GLUE, ())
    spans = sorted(h for name in targets for h in found.get(name, ()))
    for i, j in found.get(left, ()):
        if i in avoid:
            continue
        j = _headed(found, j)
        # the next item: a target right after, only list glue between and an "or"/"and" among it
        nxt = [(x, y) for x, y in spans if j <= x <= j + 2 and (x, y) != (i, j)
               and any((a, a + 1) in ands for a in range(j, x)) and all((g, g + 1) in glue for g in range(j, x))]
        if not nxt:
            continue
        end = max(y for _, y in nxt)
        grown = True
        while grown:  # the item's own words: "adults with a disability who rely on others for care"
            grown = False
            for x, y in spans:
                if end < y and x <= end + 1:
                    end, grown = y, True
        for k, m in found.get(right, ()):
            if end <= k <= end + gap and k not in avoid:
                return [(i, j), (k, m)]
    return None


def _listed(
    found: dict[str, list[tuple[int, int]]], left: str, right: str, targets: frozenset[str], gap: int, avoid: frozenset[int]
) -> list[tuple[int, int]] | None:
    """"a serious danger in the foreseeable future to you or to another person": a target the harm word
    reaches carries on its list, so the next item ("or to another person", "and others") is one too,
    however far it is from the harm word."""
    ands = found.get(_AND, ())
    glue = found.get(_GLUE, ())
    for i, j in found.get(left, ()):
        if i in avoid:
            continue
        for name in targets:
            for x, y in found.get(name, ()):
                if not (j <= x <= j + gap) or _blocked(found, targets, j, x, y):
                    continue
                y = _headed(found, y)
                for k, m in found.get(right, ()):
                    # only list glue between: "or", "and", "or to"; an article is no word here
                    if y <= k <= y + 2 and k not in avoid and any((a, a + 1) in ands for a in range(y - 1, k)) and all(
                        (g, g + 1) in glue for g in range(y, k)
                    ):
                        return [(i, j), (k, m)]
    return None


def _negation(used: list[tuple[int, int]], regions: list[list[tuple[int, int, int, int, int, bool, int, bool]]]) -> tuple[int, int, int, int, int, bool, int, bool] | None:
    """The negated stretch that holds one of the ``used`` words, if any (and none at or after its cut)."""
    for rs in regions:
        for region in rs:
            lo, hi = region[0], region[1]
            if any(lo <= i < hi for i, _ in used) and not any(i >= region[6] for i, _ in used):
                return region
    return None


def _pieces_in(words: list[tuple[str, int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The words wholly within characters ``a`` to ``b`` as ``_statement``'s pieces: one run ``[(i, j)]``, or ``[]``
    when no word is (clean40, session 22: six readers built it by hand)."""
    k = [i for i, w in enumerate(words) if w[1] >= a and w[2] <= b]
    return [(k[0], k[-1] + 1)] if k else []


def _statement(text: str, words: list[tuple[str, int, int]], topic: str, stance: str, force: str | None, pieces: list[tuple[int, int]]) -> Statement:
    if len(pieces) == 1:
        i, j = pieces[0]
        start, end = words[i][1], words[j - 1][2]
        return Statement(topic, stance, force, (start, end), (text[start:end],))
    pieces = sorted(set(pieces))
    pieces = [(i, j) for i, j in pieces if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in pieces)]
    shown: list[str] = []
    for i, j in pieces:
        piece = text[words[i][1] : words[j - 1][2]]
        if piece not in shown:
            shown.append(piece)
    start = words[pieces[0][0]][1]
    end = max(words[j - 1][2] for _, j in pieces)
    return Statement(topic, stance, force, (start, end), tuple(shown))


#: A contrast that starts a clause of its own: ", but I never tell the police".
_CONTRAST_CLAUSE = lazy(r"[,;]\s*(?:but|however|yet)\b,?\s*", re.IGNORECASE)


def denied_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` denies an act: the negated stretches of its sentences, as character spans.

    The stretches are those step 4 of this module's reading finds ("I do not
    report to the police", "The police are never told", "We won't involve
    the police"), without the ones it drops (a condition: "If we could not
    tell you first, ..."). A sentence with an exception ("unless", "except")
    denies nothing. A clause after a contrast (", but I never contact the
    police") is read as a sentence of its own, since the contrast ends the
    reach of what comes before it.
    """
    if not isinstance(text, str) or not text.strip():
        return ()
    out: list[tuple[int, int]] = []
    for a, b in _spans(text):
        pieces = [(a, b)]
        for m in _CONTRAST_CLAUSE.finditer(text, a, b):
            pieces.append((m.end(), b))
        for x, y in pieces:
            sent = _sentence(text[x:y])
            words = sent.words
            for r in sent.regions:
                lo, hi, drop = r[0], r[1], r[5]
                if drop or not (0 <= lo < hi <= len(words)):
                    continue
                span = (x + words[lo][1], x + words[hi - 1][2])
                if span not in out:
                    out.append(span)
    return tuple(out)
