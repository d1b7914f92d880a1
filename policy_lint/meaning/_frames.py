"""How a list item counts, given the heading or lead-in that frames it.

A list item that only names something ("- Child abuse", "- Danger to
self") states nothing by itself: its frame does. Under "Exceptions:",
"Limits of confidentiality" or "I must break confidentiality if:" it names
a limit, and the core reads it as written. Under "Specialties:" or "Areas I
work with" it names what the therapist treats: it states nothing. With no
frame that says either, it names a limit but tells the client nothing of
it (no act, no one told): what it states is vague.

The phrases are data (``data/frames.yaml``), compared on the stems the
lexicon uses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterator, Sequence

from policy_lint.meaning._pattern import lazy
from policy_lint.meaning._statement import REFUSED_TITLE

__all__ = ["list_frame", "frame_says_limits", "names_only", "own_act", "NOT_OURS", "tail_contact", "tail_police", "tail_reading", "consent_only", "FRAMES"]

#: What ``list_frame`` returns: how much of what an item's words state counts.
#: None: all of it, as written; "vague": it names limits without saying anything of them;
#: "quiet": it is framed as something else (a list of services) and states nothing.
FRAMES = (None, "vague", "quiet")

_LAST_SENTENCE = lazy(r"[.!?;]\s+(?=\S)")


class _Phrases:
    """The phrases of one list of ``frames.yaml``, as stems, by first stem."""

    __slots__ = ("by_first",)

    def __init__(self, phrases: Sequence[str], stem: Any) -> None:
        from policy_lint.meaning._lexicon import WORD

        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(stem(m.group()) for m in WORD.finditer(str(phrase)))
            if words:
                self.by_first.setdefault(words[0], []).append(words)

    def any_in(self, stems: list[str]) -> bool:
        return self.first_in(stems) is not None

    def first_in(self, stems: list[str]) -> tuple[int, int] | None:
        """The word places (start, end) of the first phrase in ``stems``, or None."""
        return next(self.all_in(stems), None)

    def all_in(self, stems: list[str]) -> Iterator[tuple[int, int]]:
        """The word places (start, end) of each phrase in ``stems``, in order (the longest first at one place)."""
        for i, st in enumerate(stems):
            for words in sorted(self.by_first.get(st, ()), key=len, reverse=True):
                if tuple(stems[i : i + len(words)]) == words:
                    yield i, i + len(words)


class _Frames:
    """The lists of ``frames.yaml`` as stems. Each list is stemmed the first time it is asked for: ``names_only``
    (a label, a title) needs only ``speaks`` and ``acts``, and stemming all five costs about a millisecond (issue 13)."""

    __slots__ = ("_data", "_built", "stem")

    def __init__(self, data: Any, stem: Any) -> None:
        self._data = data
        self._built: dict[str, Any] = {}
        self.stem = stem

    def _phrases(self, name: str) -> _Phrases:
        got = self._built.get(name)
        if got is None:
            got = self._built[name] = _Phrases(self._data.get(name) or [] if name == "contacts" else self._data[name], self.stem)
        return got

    @property
    def limits(self) -> _Phrases:
        return self._phrases("limits")

    @property
    def other(self) -> _Phrases:
        return self._phrases("other")

    @property
    def kept_unless(self) -> _Phrases:
        return self._phrases("kept_unless")

    @property
    def speaks(self) -> _Phrases:
        return self._phrases("speaks")

    @property
    def acts(self) -> _Phrases:
        return self._phrases("acts")

    @property
    def contacts(self) -> _Phrases:
        return self._phrases("contacts")

    @property
    def alone(self) -> frozenset[tuple[str, ...]]:
        got = self._built.get("other_alone")
        if got is None:
            from policy_lint.meaning._lexicon import WORD

            stem = self.stem
            got = self._built["other_alone"] = frozenset(tuple(stem(m.group()) for m in WORD.finditer(str(p))) for p in self._data["other_alone"])
        return got


@lru_cache(maxsize=1)
def _frames() -> _Frames:
    from policy_lint.meaning._lexicon import lexicon
    from policy_lint.resources import load_data

    return _Frames(load_data("frames.yaml"), lexicon().stem)


@lru_cache(maxsize=1024)
def _stems(text: str) -> list[str]:
    from policy_lint.meaning._lexicon import WORD

    stem = _frames().stem
    return [stem(m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=256)
def _kind_of_frame(text: str) -> str | None:
    """"limits", "other" or None (it says neither, or both) for the last sentence of a frame."""
    parts = _LAST_SENTENCE.split(text.strip())
    kind = _kind_of_sentence(parts[-1] if parts else "")
    # a last sentence that decides nothing and only points back ("These include:", "This is if the student is:")
    # takes its kind from the sentence before ("... situations in which confidentiality can be breached. These
    # include:") (real8: an Australian FAQ, a school's peer helpers)
    if len(parts) > 1 and _NOT_AMONG.match(parts[-1]):
        # "We share information when the law requires it. This does not include:": what follows is no time we share
        # (frames17)
        before = _kind_of_sentence(parts[-2])
        if before == "limits":
            return "limits" if _lapses(parts[-1], parts[-2]) else NOT_OURS
    if kind is None and len(parts) > 1 and (_POINTS_BACK.match(parts[-1]) or _EXAMPLES.match(parts[-1])):
        kind = _kind_of_sentence(parts[-2])
    if kind in (None, NOT_OURS) and parts and _EVEN_IF.search(parts[-1]) and not _excepted(_stems(parts[-1]), [(0, 0)]):
        # "I will keep what you say private, even if:", "Confidentiality is never broken, even when:": its items are the
        # times the promise still holds, never times we share, whether the lead-in says it with a word of sharing or
        # of keeping (review20: "- you are at risk of harming yourself" under it read stated, a false all clear)
        return _EVEN
    if parts and _REFUSED_BREACH.search(parts[-1]) and not _NOT_REFUSED_BREACH.search(parts[-1]):
        # "Confidentiality will never be broken in the following circumstances:", "A breach of confidentiality is not
        # permitted when:": the items are times the promise holds, as under "even if:" (review33: "- If you are at risk
        # of harming yourself" under it read stated, a false all clear)
        return _EVEN
    return kind


#: A lead-in that refuses a breach or a sharing in the times its items name (review33).
_REFUSED_BREACH = lazy(
    r"(?i)(?:\b(?:never|not|cannot|no)\b|\b(?:won|isn|aren|wasn|can)['’]t\b)(?:\s+\w+){0,2}?\s+(?:broken|breached|break|breach|shared|"
    r"disclosed|share|disclose|released|release|permitted|allowed|occur|happen)\b,?(?:\s+\w+,?){0,4}?\s+(?:in\s+(?:the\s+following|"
    r"these|any\s+of\s+these|such)\s+"
    r"(?:circumstances|situations|cases)|when|if|where)\s*:\s*$")
#: What makes such a lead-in no refusal: an exception, a hedge, a promise that is not sure, a negation of a keeping.
_NOT_REFUSED_BREACH = lazy(
    r"(?i)\b(?:except|unless|only|other\s+than|apart\s+from|but|without|hesitate|guarantee\w*|promise\w*|ensure|assure|"
    r"always|necessarily|kept|keep|maintained|able)\b")


#: A lead-in that ends on a concession ("..., even if:", "..., not even when:"): its items complete that clause.
_EVEN_IF = lazy(r"(?i)\beven\s+(?:if|when|where|though|in\s+cases?\s+where|in\s+situations?\s+where)\s*:?\s*$")
#: The kind of such a frame whose act is not one of sharing of ours (a promise kept "even if:"): as ``NOT_OURS``, and
#: its items are conditions that complete it, so "- I am ordered by a court" is no sentence of ours (review20).
_EVEN = "not_ours_even"

_POINTS_BACK = lazy(r"(?i)(?:these|this|they|those|that|such)\b")
#: A last sentence that only brings in examples of the sentence before ("... may oblige the clinician to disclose information
#: about a client. For example:", a New Zealand clinic, both labellers of real23; "For instance:", "Examples include:"): it
#: decides nothing, as "These include:" does (abuse25).
_EXAMPLES = lazy(r"(?i)(?:for\s+(?:example|instance)|examples?(?:\s+of\s+(?:this|these|such))?\s+(?:include|are|would\s+be)|e\.\s?g\.?)\s*[:,-]?\s*$")
#: A sentence that points back and says what follows is not among it ("This does not include:", "These do not cover:",
#: "It doesn't apply to:"): after a sentence of limits, the list under it names no time we share (frames17).
_NOT_AMONG = lazy(
    r"(?i)(?:these|this|they|those|that|it|such)\b(?:\s+\w+){0,2}?\s+(?:does\s+not|doesn't|do\s+not|don't|will\s+not|won't|"
    r"would\s+not|wouldn't|is\s+not|isn't|are\s+not|aren't)\s+(?:\w+\s+)?(?:includ|cover|apply|extend)\w*")


#: A promise of privacy named as what does not apply ("This promise does not apply when:"), or a word of it in the
#: sentence before ("Confidentiality has limits. It does not apply when:").
_PRIVACY = lazy(r"(?i)\b(?:confidential\w*|privacy|private|secre\w*|promise)\b")
_LIMIT_NOUNS = lazy(r"(?i)\b(?:limit|exception|situation|case|circumstance|time)s?\b")
_IT = lazy(r"(?i)it\b")
_APPLIES = lazy(r"(?i)\b(?:apply|applies|extend|extends|cover|covers)\b")


def _lapses(among: str, before: str) -> bool:
    """Whether ``among``, a sentence that points back and says what follows is not among it, says where a promise of
    privacy does not hold: "Confidentiality has limits. It does not apply when:" (its items are the limits), not "We
    share information when the law requires it. This does not include:" (review20: frames17 read the first as a list
    of no limits, a false alarm on common wording). A sentence that names what it excludes ("This does not include:")
    excludes, whatever comes before."""
    if not _APPLIES.search(among) or _LIMIT_NOUNS.search(among):
        return False  # ("These limits do not apply to:", "These exceptions do not cover:": they exclude)
    # ("It does not apply when:" after a word of privacy: "it" is the privacy; "This does not apply to:" under "Limits of
    # confidentiality" is those limits, as frames17 read it)
    return bool(_PRIVACY.search(among) or (_IT.match(among) and _PRIVACY.search(before)))


def _first_kind(frames: Sequence[str]) -> str | None:
    """The kind of the first of ``frames`` (nearest first) that says what its items are; None if none does. A frame
    that only points back and says its items are not among what that says ("This does not include:"), over a frame of
    limits just above it (a paragraph, a heading), says they are no limits of ours (frames17)."""
    pending: str | None = None  # the kind of such a frame, waiting for the frame it points back to
    waiting, among = False, ""
    for text in frames:
        kind = _kind_of_frame(text) if isinstance(text, str) and text.strip() else None
        if waiting:
            if kind == "limits":
                return "limits" if _lapses(among, text) else NOT_OURS
            if pending is not None:
                return pending
            waiting = False
        elif isinstance(text, str) and _NOT_AMONG.match(text.strip()) and not _LAST_SENTENCE.search(text.strip()):
            pending, waiting, among = kind, True, text.strip()
            continue
        if kind is not None:
            return kind
    return pending


#: A sharing that the client's consent alone allows ("We share information only with your written consent, such as:",
#: "Confidentiality can be breached only if you ask us to:"): the list under it names times the client agrees to,
#: no limit (review15).
_ONLY_BY_CONSENT = lazy(
    r"(?i)\bonly\s+(?:\w+\s+){0,3}?(?:with|after|if|when|once)\s+(?:you\s+(?:give|sign|ask|agree|allow|let)\w*|"
    r"your\s+(?:\w+\s+){0,2}?(?:consent|permission|agreement|authori[sz]ation|release|request))\b")

#: A sharing with the client's consent ("We may share information with your written consent, for example:"): the
#: times it lists are the client's choice, no limit, unless the sentence also says "without" (review15).
_WITH_CONSENT = lazy(r"(?i)\bwith\s+(?:your|the\s+client's|a\s+client's)\s+(?:\w+\s+){0,2}?(?:consent|permission|agreement|authori[sz]ation)\b")
#: Words that add times beside the client's consent ("with your consent or as the law requires", "or without it when").
#: (other times joined to the consent: "with your consent or when:", "or in the following situations:", "and also when:",
#: review20: frames17 read their lists as the client's choice, a false alarm on common wording)
_WITHOUT = lazy(r"(?i)\b(?:without|except|unless|other than|law|laws|legally|requir\w*|must|have to|has to|court|"
                r"(?:or|also)\s+(?:when|whenever|if|where|in)|as well as|apart from|aside from|besides)\b")


def _by_consent(sentence: str) -> bool:
    """True when ``sentence`` shares only with the client's consent, and names no other time ("with your consent or
    as the law requires" does)."""
    return bool((_ONLY_BY_CONSENT.search(sentence) or _WITH_CONSENT.search(sentence)) and not _WITHOUT.search(sentence))


def consent_only(text: str) -> bool:
    """True when the frame ``text`` (its last sentence, or the sentence before one that only points back: "These
    include:") is a sharing that only the client's consent allows ("We share information only with your written
    consent, such as:"): the items under it name no limit (review15). Regular expressions only: no lexicon."""
    parts = _LAST_SENTENCE.split(text.strip()) if isinstance(text, str) else []
    if not parts:
        return False
    if _by_consent(parts[-1]):
        return True
    return len(parts) > 1 and bool(_POINTS_BACK.match(parts[-1])) and _by_consent(parts[-2])


def _kind_of_sentence(sentence: str) -> str | None:
    if _CLIENT_ASKED.match(sentence):
        return "other"  # "Please call us if:": times to get help, not times we share
    stems = _stems(sentence)
    fr = _frames()
    if tuple(stems) in fr.alone:
        return "other"
    if fr.kept_unless.any_in(stems):
        # "Anything you share with us will stay between us unless we feel concerned that you:": the promise's
        # exceptions follow, whatever else the words say of the client's sharing (tune19b)
        return "limits"
    if _CONSENT_NOT_NEEDED.search(sentence):
        return "limits"  # "Written permission is not needed to disclose information in the following cases:" (tune39)
    other = fr.other.any_in(stems)
    if _by_consent(sentence):
        return None if other else NOT_OURS
    hits = list(fr.limits.all_in(stems))
    limits = any(_ours(stems, hit) for hit in hits)
    if limits == other:
        # a word of sharing or duty that is not ours ("I do not have to tell anyone about:", "You have to tell us
        # if:", "Nobody can breach confidentiality. This includes:"): its list names no time we share (frames17)
        # ("This includes but is not limited to:" negates no sharing: a word of limits or exceptions decides nothing)
        acts = [hit for hit in hits if not stems[hit[0]].startswith(("except", "limit"))]
        if sentence.rstrip().endswith("?"):
            # in the client's question "you" is the therapist ("When would you share information without my
            # permission?", an FAQ's heading; dh18)
            acts = [hit for hit in acts if not _clients(stems, hit)]
        return NOT_OURS if acts and not other and not _excepted(stems, acts) else None
    return "limits" if limits else "other"


#: A lead-in that says the client's permission is not needed for a sharing ("Written permission is not needed to
#: disclose information under the following circumstances:", a Texas family practice; "We do not need your consent to
#: share information in these cases:"): the items are times we share without it, limits (tune39, session 21: both
#: labellers of tune26a read its item "If a client intends to harm self, ..." stated; it read vague, as under a
#: sharing not ours). A sharing must follow the need denied ("Your consent is not needed to attend a group:" is none),
#: and the client's own need is none ("You do not need permission to share your own story:").
_CONSENT_NOT_NEEDED = lazy(
    r"(?i)(?:\b(?:permission|consent|authori[sz]ation|release)s?\b[^.:;!?]{0,24}?\b(?:is|are|be|was|were)\s+not\s+"
    r"(?:needed|required|necessary)|(?<!\byou\s)\b(?:do|does|will|would)\s+not\s+(?:need|require)\s+(?:your\s+|the\s+client'?s\s+|a\s+)?"
    r"(?:written\s+|signed\s+|prior\s+)?(?:permission|consent|authori[sz]ation|release))"
    r"[^.;!?]*?\b(?:disclos|shar|releas|report|reveal|pass(?:ed|ing)?\s+on|give\s+out)")


#: A lead-in that asks the client to call or tell someone ("Please call us if:", "Contact us right away when:",
#: "Call 911 or go to your nearest emergency room if:", "Let your therapist know if:"): its list holds times to get
#: help, not times we share, so a danger in it ("- a child is being abused") states no limit; an item with an act of
#: ours still reads by itself. The verb opens the sentence (after "please", "always", "just" or "do"): a word of ours
#: before it ("We will call someone if:") is no request.
_CLIENT_ASKED = lazy(
    r"(?i)\W*(?:(?:please|always|just|do|then|so)\s+)*"
    r"(?:(?:call|phone|ring|text|e-?mail|contact|tell|talk\s+(?:to|with)|speak\s+(?:to|with))\s+"
    r"(?:us|me|your|the|a|an|someone|somebody|anyone|them|911|999|000|111|112|988|emergency|crisis)\b"
    r"|let\s+(?:us|me|your|the|a|an|someone)\b.*?\bknow\b|reach\s+out\b|get\s+in\s+touch\b|(?:seek|get)\s+help\b)"
    r"(?!.*\b(?:we|I)\b\s+(?:will|would|may|might|must|can|have|has|need|share|tell|report|disclose|break)).*"
    r"\b(?:if|when|whenever|in\s+case)\b[^.!?]*:\s*$")


#: What ``_kind_of_frame`` says of a frame whose word of sharing or duty is not ours: refused ("I do not have to tell
#: anyone about:", "We will never disclose:"), the client's ("You have to tell us if:"), no one's or someone else's
#: ("Nobody can breach confidentiality", "Other group members may share"), or allowed only by the client's consent. An
#: item that completes it ("- Child abuse", "- Child abuse you saw as a child") names no limit of ours: vague; one
#: with an act of ours ("- We must report child abuse.") is a sentence of its own and reads by itself (frames17).
NOT_OURS = "not_ours"

#: Words after a negated sharing that bring in times it happens after all ("We will not share it unless:", "We
#: never share anything other than:"): the list may be those times, so the frame decides nothing.
_EXCEPTING = frozenset({"unless", "except", "but", "other", "apart", "asid", "aside", "save", "besid", "besides", "beyond", "exclud"})


def _clients(stems: list[str], hit: tuple[int, int]) -> bool:
    """Whether the word of sharing or duty at ``hit`` has "you" for its subject ("you must call", "would you share")."""
    i = hit[0] - 1
    while i >= 0 and stems[i] in _HELPERS:
        i -= 1
    return i >= 0 and stems[i] == "you"


def _excepted(stems: list[str], hits: list[tuple[int, int]]) -> bool:
    """Whether a word that brings in exceptions comes after the first of ``hits`` (frames17)."""
    return any(st in _EXCEPTING or st.startswith("except") for st in stems[hits[0][0] :])


#: Words that may stand between a frame's word of sharing or duty and the word that negates it or its subject: a
#: modal or helping verb ("we will never share", "you are required to"), an adverb ("not even").
_HELPERS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "doe", "did", "be",
                      "have", "ha", "to", "also", "even", "ever", "need", "want", "pleas", "alway", "still", "ever"})
#: Adverbs between a duty and its act ("we may have to temporarily stop").
_ADVERBS = frozenset({"legally", "then", "sometim", "temporarily", "immediately", "first"})
#: Acts of ours after a duty that let nothing out ("We may have to end therapy if:", "we must stop seeing you"):
#: a frame of them is a list of other reasons, and "- You are in danger" under it is no time we share (review14).
_OTHER_ACTS = frozenset({"end", "stop", "terminat", "refer", "cancel", "charg", "bill", "reschedul", "discharg", "paus",
                         "suspend", "transfer", "clos", "wait"})
#: Words that negate the act after them ("we will never share", "we do not report", "nothing is shared").
_NEGATIONS = frozenset({"not", "never", "no", "noth", "neither", "nor"})
#: Words of a duty or a leave between a negation and the act ("Things I do not have to report:", "We are not obliged to
#: report:", "I am not allowed to share:"): the negation still reaches the act (review20: they read as frames of limits).
_DUTY_STEMS = frozenset({"hav", "has", "oblig", "obligat", "requir", "need", "bound", "compel", "mandat", "expect", "permit",
                         "allow", "abl", "go", "legally"})
#: Words that join two acts, so a negation before the first negates both ("we do not report or share").
_JOINS = frozenset({"or", "and", "nor"})


def _ours(stems: list[str], hit: tuple[int, int]) -> bool:
    """Whether the frame's word of sharing or duty at ``hit`` says when we share: not a negated act ("We will never
    share what you tell us, even when:", "We do not report or share anything, not even if:") and not the client's own
    act or duty ("In a crisis, you must call 911 if:", "Things you can share in your sessions:"). Either way the list
    under it names no limit: "- You are in danger" there is no time we share (review14)."""
    i = hit[0] - 1
    while i >= 0 and stems[i] in _HELPERS:
        i -= 1
    if i >= 0 and stems[i] == "you":
        return False
    # "No one will break confidentiality, except when:": the exception is ours, whoever the sentence opens with
    exception = stems[hit[0]].startswith(("except", "limit"))
    # "There are no times we share without telling you first, except:": the sentence adds the times it names
    adds = bool({"without", "unless", "except"} & set(stems))
    if not exception and not adds and (i < 0 or stems[i] not in ("we", "i")) and _not_our_sharer(stems[: i + 1]):
        return False
    if not exception and not adds and _NOTHING_SHARED.match(" ".join(stems[: hit[0]])):
        return False  # "Nothing you say will be shared, even if:": what is shared is nothing (review20)
    # a duty of ours that is no sharing ("When we may have to end therapy or refer you elsewhere")
    j = hit[1]
    while j < len(stems) and stems[j] in _HELPERS | _ADVERBS:
        j += 1
    if j < len(stems) and stems[j] in _OTHER_ACTS:
        return False
    # a negation, with helpers, joins and other acts between ("we do not report or share")
    acts = _frames().acts
    i = hit[0] - 1
    while i >= 0 and (stems[i] in _HELPERS or stems[i] in _JOINS or stems[i] in _DUTY_STEMS or acts.any_in(stems[i : i + 1])):
        i -= 1
    return not (i >= 0 and stems[i] in _NEGATIONS)


#: What is shared, when it is nothing ("Nothing you tell me is shared", "No information will be released"), the
#: sentence's first words, with no word that stops the sharing ("Nothing stops us from sharing": ours).
_NOTHING_SHARED = lazy(r"(?:noth|none|no (?:inform\w*|record\w*|note\w*|detail\w*|part))\b(?!.*\b(?:stop|prevent|keep|prohibit|bar)\b)")

#: Who shares, when it is no one ("Nobody can breach confidentiality", "There are no times confidentiality will be
#: broken") or someone who is not us ("Other group members may breach confidentiality", "Your friends in the group
#: may break confidentiality"): the first words of the sentence, after "your", "the" or "our" (review15).
_NOT_OURS = (("nobody",), ("no", "one"), ("ther", "be", "no"), ("others",), ("friend",), ("group", "member"),
             ("other", "member"), ("other", "group"), ("other", "person"), ("other", "client"),
             ("other", "participant"))


def _not_our_sharer(words: list[str]) -> bool:
    """Whether ``words``, the sentence before a frame's word of sharing or duty, name no one or someone else as the
    one who shares: then the list under it names no time we share."""
    while words and words[0] in ("your", "the", "our"):
        words = words[1:]
    return any(tuple(words[: len(head)]) == head for head in _NOT_OURS)


def list_frame(item: str, frames: Sequence[str]) -> str | None:
    """How much of what the list item ``item`` states counts, under ``frames``.

    ``frames`` are the texts that frame the item, nearest first: the lead-in
    paragraph just above the list ("The exceptions are:"), then the heading
    above it, then the headings above that one. The first that says what its
    items are decides: limits (the item counts as written: returns None) or
    something else (returns "quiet" unless the item itself speaks of an act
    of sharing or a duty: "We report child abuse"). With no such frame, an
    item that only names something ("Child abuse") returns "vague"; one that
    says something itself (a subject and a verb, a condition, an act) counts
    as written. Under a lead-in that refuses and leaves its act to the items
    ("We will never:"), an item that is only that act ("report you to child
    protective services") returns ``REFUSED_TITLE``: its limits are said the
    opposite way.
    """
    if frames and _refusing_lead(frames[0]) and _completes_refusal(item):
        # "We will never: - report you to child protective services": the item's bare act completes the refusal, so
        # what it names of the law's limits is said the opposite way (it read stated, a false all clear)
        return REFUSED_TITLE
    kind = _first_kind(frames)
    if kind == "limits":
        return None
    if kind == "other":
        return None if own_act(item) else "quiet"
    if kind == NOT_OURS:
        return None if own_act(item) else "vague"
    if kind == _EVEN:
        # ("- I am ordered by a court", "- we receive a subpoena" complete "We will not share anything, even when:")
        return None if own_act(item, clause=False) else "vague"
    # (lead, session 20) an item that is itself a sentence of limits ("- Limits to confidentiality include cases of harm
    # to self or others, child/elder abuse, or court orders", "- Confidentiality does not apply to child abuse") counts as
    # written: it says what it names are limits, as a lead-in would (tune23: it read every limit vague)
    return "vague" if names_only(item) and _first_kind([item]) != "limits" else None


#: Who does an act in an item when it is the client or someone else ("Abuse that you tell me about", "Things your
#: child tells us"): the word just before the act, or before its helpers.
_THEIRS = frozenset({"you", "your", "yourself", "he", "she", "they", "child", "children", "client", "patient", "student",
                     "parent", "someon", "someone", "anyon", "anyone", "person", "peopl", "people", "member", "friend",
                     "famili", "family", "partner", "teen", "teenag", "youth", "caller"})
#: Who does an act of ours ("We report it", "which I share", "Your therapist reports child abuse").
_OUR_SUBJECTS = frozenset({"we", "i", "therapist", "counselor", "counsellor", "clinician", "psychologist", "psychiatrist",
                           "staff", "practition", "practitioner", "social", "worker", "doctor", "team", "servic", "service",
                           "practic", "practice", "agenc", "agency", "center", "centr", "centre", "clinic", "who", "which", "that",
                           "me", "us"})
#: A clause of ours: "we" or "I" opening the item or a part of it after a comma ("We keep ...", "If you are at risk, I
#: will ..."), not inside a noun phrase ("Abuse I learn about").
_OUR_CLAUSE = lazy(r"(?i)(?:^\W*|[,;]\s*)(?:we|i)\b(?!\.)")
#: Acts that are duties in themselves ("must", "mandatory reporting"): ours unless the client's ("you must call").
_DUTY_WORDS = frozenset({"must", "requir", "mandat", "mandatory"})


#: A lead-in that is a refusal with its act left to the items: a subject, a negated helper and a colon ("We will
#: never:", "Your counsellor will not:", "I do not:", "We are not required to:", "We don't have to:").
_REFUSING_LEAD = lazy(
    r"(?i)\W*(?:"
    # "We will never:", "Your counsellor will not:", "We are not required to:", "We're not required to:", "We promise never
    # to:", "We have no duty to:", "We will not, under any circumstances:", "We will never do any of the following:"
    r"(?:(?:our|your|the)\s+)?(?:we|i|counsel+ors?|therapists?|psychologists?|staff|clinicians?|practitioners?|practice)"
    r"(?:\s+(?:will|would|shall|can|may|must|do|does|did|are|am|is)\s*(?:not|n't)|\s+won't|\s+can't|\s+cannot|\s+never"
    r"|\s+(?:will|would|shall)\s+never|['\u2019](?:re|m)\s+not|\s+promises?\s+(?:never|not)|\s+ha(?:ve|s)\s+no\s+(?:duty|obligation))"
    r"(?:,?\s+(?:ever|legally|under\s+any\s+circumstances|at\s+any\s+time),?)?"
    r"(?:\s+(?:required|obliged|obligated|bound|allowed|permitted|need|have|has))?(?:\s+to)?(?:\s+do\s+any\s+of\s+the\s+following)?"
    # "Under no circumstances will we:", "What we will never do:"
    r"|under\s+no\s+circumstances\s+(?:will|would|shall|do|does|can)\s+(?:we|i|your\s+\w+|the\s+\w+)"
    r"|(?:what|things)\s+(?:we|i)\s+(?:will|would)\s+(?:never|not)\s+do)\s*:\s*$")


@lru_cache(maxsize=256)
def _refusing_lead(lead: str) -> bool:
    """Whether the last sentence of the lead-in ``lead`` (only its last 300 characters are looked at: a lead-in sentence
    is short) is a refusal that leaves its act to the items (``_REFUSING_LEAD``). Cached: every item of a list asks it
    of the same lead-in."""
    last = _LAST_SENTENCE.split(lead.strip()[-300:])[-1]
    return _REFUSING_LEAD.match(last) is not None


def _completes_refusal(item: str) -> bool:
    """Whether the list item ``item`` opens on a bare act of sharing (no subject of its own: "report you to the police",
    "warn anyone you talk about", "share your notes with a court") and holds no exception, condition, narrowing or time
    of its own ("... unless a judge orders us to", "... without your consent", "... just because you use cannabis",
    "tell you before we report"), so it completes a refusing lead-in: the refusal is the whole of what it says."""
    if _HEDGED_ITEM.search(item):
        return False
    stems = _stems(item)
    k = 0
    while k < len(stems) and stems[k] in _LEADING_FILLER:
        k += 1
    return any(i == k for i, _ in _frames().acts.all_in(stems))


#: Helpers and adverbs that may open an item before its act ("- ever tell your parents").
_LEADING_FILLER = _HELPERS | _ADVERBS
#: Words that give a refused act an exception, a condition, a narrowing or a time, so the item says more than the
#: refusal (review26: each read its limit contradicted, a false alarm); "ourselves" too ("report child abuse ourselves
#: without first speaking to you": someone else may report it).
_HEDGED_ITEM = lazy(r"(?i)\b(?:unless|except|without|only|just|merely|simply|solely|beyond|if|when|whenever|where|until|before|after|"
                    r"first|other\s+than|apart\s+from|but|because|more\s+than|ourselves)\b")


def own_act(item: str, clause: bool = True) -> bool:
    """Whether the list item ``item`` has an act of sharing or a duty of its own, so it is a sentence of its own and
    reads by itself under any frame ("We must report child abuse.", "Child abuse, which must be reported", "Your
    therapist reports abuse", "Reporting suspected child abuse"). An item that only completes its lead-in has none: a
    name ("Child abuse"), a name with words of the client's ("Child abuse you saw as a child", "Abuse that you tell me
    about": the client's telling), or an act of a noun's ("A court order to release your records") (frames17). With
    ``clause`` False a clause of ours with no such act ("I am ordered by a court", "we receive a subpoena") is none
    either: an item that completes a concession ("We will not share anything, even when:") (review20)."""
    if clause and _OUR_CLAUSE.search(item):
        return True  # "If your child is at risk, I will take the steps needed to keep them safe"
    fr = _frames()
    stems = _stems(item)
    for i, j in fr.acts.all_in(stems):
        k, helped = i - 1, False
        while k >= 0 and stems[k] in _HELPERS:
            helped = helped or stems[k] != "to"
            k -= 1
        before = stems[k] if k >= 0 else None
        if before in _THEIRS:
            continue  # "that you tell me about", "your child tells us", "you must call"
        if before is None or helped or stems[i] in _DUTY_WORDS or tuple(stems[i:j]) in (("hav", "to"), ("has", "to"), ("have", "to")):
            return True  # "Reporting child abuse", "which must be reported", "is reported", "mandatory reporting"
        if before in _OUR_SUBJECTS:
            return True  # "We report it", "Your therapist reports it"
    return False


def frame_says_limits(frames: Sequence[str]) -> bool:
    """True when the first of ``frames`` (nearest first) that says what its items are says they are limits ("When we
    must share information", "The exceptions are:"): an item under it that names a danger with no act ("You are in
    danger") has its act from the frame (``_passages.framed``, ``LIMITS_FRAME``; real3), and one whose title only
    names limits states them (``LIMITS_TITLE``; real2)."""
    return _first_kind(frames) == "limits"


def names_only(text: str) -> bool:
    """True when ``text`` only names something: none of the words of ``speaks`` or ``acts`` (a subject, a verb, a condition, an act)."""
    fr = _frames()
    stems = _stems(text)
    return bool(stems) and not (fr.speaks.any_in(stems) or fr.acts.any_in(stems))


def tail_contact(text: str, general: "Callable[[str], tuple[int, int] | None]", consulted: "Callable[[str, int, int], bool]") -> tuple[int, int] | None:
    """Where ``text`` names, in general words, whom we would tell or contact ("the person I would contact is
    your GP", "we contact the appropriate authorities"): the character span of those words, or None.

    Said in the paragraph just after a list of limits that names a danger to others, it is vague for
    duty_to_warn (``frames.yaml``, ``contacts``). ``general`` is the core's reading of such words
    (``_read.general_told``), and ``consulted`` tells those asked for advice before we act, not told
    (``_read.consulted_at``, tune20b), handed in by the caller: this module is below ``_read`` (``_read`` asks
    it ``names_only``), so it never imports it.
    """
    from policy_lint.meaning._lexicon import WORD

    if not isinstance(text, str) or not text:
        return None
    fr = _frames()
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    stems = _stems(text)
    at = 0
    while True:
        got = fr.contacts.first_in(stems[at:])
        if got is None:
            return _general_contact(text, general)
        i, j = got[0] + at, got[1] + at
        # the client is the one contacted ("we would usually contact you by text"): no one told in those cases
        if j < len(stems) and stems[j] == "you":
            at = j
            continue
        start, end = spans[i][0], spans[j - 1][1]
        if _contact_refused(text, start, end) or consulted(text, start, end):
            at = j
            continue
        return start, end


def _general_contact(text: str, general: "Callable[[str], tuple[int, int] | None]") -> tuple[int, int] | None:
    """The core's general words of whom we tell or of a protective act ("share information with other
    professionals", "the relevant authorities may be informed", "take steps to protect them";
    ``general``: ``_read.general_told``), where no denial or consent-only time keeps them out (dtw13)."""
    span = general(text)
    if span is None or _contact_refused(text, *span):
        return None
    return span


#: The police named as one who is told ("pass on information to a third party like the police, social services or
#: your GP"); the words of a refusal keep it out ("we never tell the police").
_POLICE = lazy(r"(?i)\b(?:the police|police|law enforcement|the gardaí|the garda|gardaí|the psni)\b")
_REFUSAL = lazy(r"(?i)\b(?:not|never|no one|nobody|won't|don't|cannot|can't)\b")
_SENTENCE = lazy(r"[^.!?]+[.!?]?")
#: The police told only when the client chooses it or acts ("The police are told about crimes only if you report them
#: yourself", "We would tell the police only if you agree"): no time we tell them (review15).
_CLIENTS_CHOICE = lazy(
    r"(?i)\bonly\s+(?:\w+\s+){0,3}?(?:if|when|once|after)\s+you\s+(?:\w+\s+){0,2}?"
    r"(?:report|call|contact|agree|consent|ask|want|give|choose|decide|sign)\w*\b|\b(?:report|tell|call|contact)\w*\s+(?:\w+\s+){0,2}?yourself\b")


#: A denial just before the words of whom we would contact ("I would never report this to the appropriate
#: authorities", "We will not contact the relevant authorities") (review16).
_DENIED_BEFORE = lazy(r"(?i)\b(?:not|never|won't|wouldn't|don't|doesn't|no one|nobody)\s+(?:\w+\s+){0,2}$")
#: Those contacted only with the client's say-so ("The appropriate authorities will be contacted only with your
#: consent") (review16).
_ONLY_WITH_SAY_SO = lazy(
    r"(?i)\bonly\s+(?:with|after|if|when)\s+(?:\w+\s+){0,2}?(?:your|you|the client's|the client)\s+(?:\w+\s+){0,1}?"
    r"(?:consent|permission|agree\w*|authori[sz]ation|approv\w*)\b")


def _contact_refused(text: str, start: int, end: int) -> bool:
    """Whether the words of whom we would contact, at ``start``..``end`` of ``text``, are denied just before them or
    are done only with the client's say-so (its sentence names no other time): then no one is told (review16)."""
    denied = _DENIED_BEFORE.search(text[max(0, start - 40) : start])
    if denied and not re.search(r"(?i)\b(?:hesitat\w*|fail|delay|only|just)\b", denied.group()):
        return True  # (not "I will not hesitate to contact the appropriate authorities")
    m = next((m for m in _SENTENCE.finditer(text) if m.start() <= start < m.end()), None)
    sentence = m.group() if m is not None else text
    return bool((_ONLY_WITH_SAY_SO.search(sentence) or _CLIENTS_CHOICE.search(sentence)) and not _WITHOUT.search(sentence))


def tail_reading(text: str, general: "Callable[[str], tuple[int, int] | None]", consulted: "Callable[[str, int, int], bool]") -> tuple[tuple[int, int], str] | None:
    """What the paragraph ``text`` just after a list of limits that names a danger to others says of the warning: the
    span of the words and "vague" where it names in general words whom we would contact (``tail_contact``), else
    "states" where it names the police among those told (``tail_police``); None where it says neither."""
    span = tail_contact(text, general, consulted)
    if span is not None:
        return span, "vague"
    span = tail_police(text)
    return (span, "states") if span is not None else None


def tail_police(text: str) -> tuple[int, int] | None:
    """Where ``text`` names the police among those we would tell or pass information to, in a sentence with an act
    of sharing and no refusal ("These are some examples where we have to pass on information to a third party like
    the police, social services or your GP"): the character span of the police's name, or None.

    Said in the paragraph just after a list of limits that names a danger to others, it states duty_to_warn
    ("How it reads", rule 15: the police among the receivers of a sharing beside a danger to others) (real8).
    """
    if not isinstance(text, str) or not text:
        return None
    fr = _frames()
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        found = _POLICE.search(sentence)
        if found is None or _REFUSAL.search(sentence) or (_CLIENTS_CHOICE.search(sentence) and not _WITHOUT.search(sentence)) or not fr.acts.any_in(_stems(sentence)):
            continue
        return m.start() + found.start(), m.start() + found.end()
    return None
