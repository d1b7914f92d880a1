"""Passages of a document, and what a whole document covers.

A passage is one string a client reads: a limit's title or explanation, a
notification field, the confidentiality summary or details, the questions.
A prose document (Markdown, HTML, ...) gives its own passages, one a
block, through a ``passages`` attribute.

``coverage`` joins what the passages state into one status a topic:

* ``contradicted``: some passage says the opposite ("we never report ..."). A blanket promise
  ("We never report anything you tell us to anyone"; ``_blanket``) contradicts every limit of
  ``blanket.contradicts`` in topics.yaml that is required (all of them when none is), even where
  other passages state them: a policy that says both misleads the client.
* ``stated``: some passage states it in words. The category a limit is
  filed under does not count by itself: its words must say it. The words
  of a limit count for the categories it is filed under (``category`` and
  ``categories``), so "thoughts of suicide" in a limit about minors does not
  stand in for the harm-to-self limit; a passage with no label (the
  summary, a prose block) counts for whatever its words state. Duties count
  wherever they are written. A title counts only when the explanation of
  its limit says something too (a title over "See above." tells a client
  nothing).
* ``vague``: only generic wording points at it ("as the law requires").
* ``missing``: nothing does.

A duty (such as telling the client first) stated only inside limits counts
for those limits alone; the item then lists them under ``only_for``.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from typing import Any, Iterable

from policy_lint.values import Frozen, _set
from policy_lint.meaning import CORE_TOPICS, _store
from policy_lint.meaning._statement import ABUSE_TOPICS as _ABUSE, CONSENT_ONLY, LAW_SOURCED, REFUSED_TITLE, TOTAL_ONLY, Statement
from policy_lint.meaning._pattern import lazy
from policy_lint.meaning._store import facts, read_passage

__all__ = ["Passage", "passages_of", "coverage", "counted", "framed", "answered_question", "ANSWER_PROMISE", "ANSWERED_QUESTION", "REFUSED_TITLE"]


class Passage(Frozen):
    """One piece of text a client reads.

    Attributes:
        pointer: JSON Pointer of the string ("/limits/3/explanation"; "/blocks/12" in a prose document).
        text: the text.
        labels: the categories (or notification field) the author filed it under; () for prose.
        group: the limit it belongs to ("/limits/3"), so a duty stated inside a limit counts for it; else None.
        frame: how much of what its words state counts (``list_frame``): None, all of it; "vague",
            it only names topics ("- Child abuse" with no heading or lead-in that says these are
            limits), so what it states is vague; "quiet", it is framed as something else (a list of
            specialties), so it states nothing; ``(WARN_TAIL, span, words, stance)``, all of it and a vague (or, naming the police, stated)
            duty_to_warn at ``span``: the paragraph just after a list that names a danger to others
            says, in general words, whom we would contact in those cases ("the person I would
            contact is your GP"); ``LIMITS_FRAME``, all of it, under a lead-in or heading that says its
            items are limits, and a danger named with no act ("- You are in danger" under "When we must
            share information") is stated, the frame giving the act.
    """

    __slots__ = ("pointer", "text", "labels", "group", "frame")
    pointer: str
    text: str
    labels: tuple[str, ...]
    group: str | None
    frame: Any

    def __init__(self, pointer: str, text: str, labels: tuple[str, ...] = (), group: str | None = None, frame: Any = None) -> None:
        _set(self, "pointer", pointer)
        _set(self, "text", text)
        _set(self, "labels", tuple(labels))
        _set(self, "group", group)
        _set(self, "frame", frame)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def labels_of(item: Any) -> tuple[str, ...]:
    """The categories a limit is filed under: ``category`` and ``categories``, each once."""
    if not isinstance(item, dict):
        return ()
    out: list[str] = []
    one = item.get("category")
    if isinstance(one, str):
        out.append(one)
    many = item.get("categories")
    if isinstance(many, list):
        out.extend(c for c in many if isinstance(c, str) and c not in out)
    return tuple(out)


def passages_of(doc: Any) -> list[Passage]:
    """The passages of ``doc``: its own ``passages`` if it has them, else those of a YAML/JSON policy."""
    own = getattr(doc, "passages", None)
    if own is not None:
        return list(own)
    cache = getattr(doc, "cache", None)
    if isinstance(cache, dict) and "meaning.passages" in cache:
        return cache["meaning.passages"]  # type: ignore[no-any-return]
    out = _policy_passages(getattr(doc, "data", None))
    if isinstance(cache, dict):
        cache["meaning.passages"] = out
    return out


#: How a notice introduces a limit's ``may_tell`` list (render writes it; the core reads it so).
MAY_TELL_LEAD = "Who gets the information:"


def _policy_passages(data: Any) -> list[Passage]:
    out: list[Passage] = []
    if not isinstance(data, dict):
        return out
    conf = data.get("confidentiality")
    if isinstance(conf, dict):
        for key in ("summary", "details"):
            if _text(conf.get(key)):
                # A list in the text ("- Child abuse") counts as its lead-in says, as on a page (TEXT_LISTS)
                out.append(Passage(f"/confidentiality/{key}", conf[key], frame=TEXT_LISTS if _ITEM.search(conf[key]) else None))
    limits = data.get("limits")
    if isinstance(limits, list):
        danger = False  # a limit filed under harm_to_others came before
        for i, item in enumerate(limits):
            if not isinstance(item, dict):
                continue
            labels = labels_of(item)
            for key in ("title", "explanation"):
                if _text(item.get(key)):
                    # The list of limits is a frame of limits, as a lead-in "We must share information when:"
                    # is on a page: "You are in danger." there says when we share (LIMITS_FRAME), so a draft
                    # that import made from such a list item reads as its page did (real3). A limit's title is
                    # the frame nearer its explanation: one that shares only with the client's consent ("We
                    # share information only with your written consent, such as:") frames no limits, as that
                    # lead-in does on a page (review15). A limit filed under duty_to_warn after a limit filed
                    # under harm_to_others is read as a page's paragraph after its list (LIMITS_TAIL).
                    frame: Any = LIMITS_FRAME
                    if key == "explanation":
                        if _text(item.get("title")) and _consent_only(item["title"]):
                            frame = None
                        elif danger and "duty_to_warn" in labels:
                            frame = LIMITS_TAIL
                    out.append(Passage(f"/limits/{i}/{key}", item[key], labels, f"/limits/{i}", frame))
            danger = danger or "harm_to_others" in labels
            told = item.get("may_tell")
            if isinstance(told, list) and any(_text(t) for t in told):
                # Read as the client reads it in the notice (policy-lint render).
                said = ", ".join(t.strip() for t in told if _text(t))
                out.append(Passage(f"/limits/{i}/may_tell", f"{MAY_TELL_LEAD} {said}.", labels, f"/limits/{i}"))
    notes = data.get("notification")
    if isinstance(notes, dict):
        for key, value in notes.items():
            if isinstance(key, str) and _text(value):
                out.append(Passage(f"/notification/{_escape(key)}", value, (key,)))
    if _text(data.get("questions")):
        out.append(Passage("/questions", data["questions"]))
    return out


_STATUS_ORDER = {"contradicted": 0, "stated": 1, "vague": 2}
_STATUS_OF = {"opposite": "contradicted", "states": "stated", "vague": "vague"}


def read_all(passages: Iterable[Passage], source: str | None = None) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """Each passage with what it states (see ``_read_all``); initials the document gives another name than the
    agency's the lexicon knows them by are read as no word of the lexicon (``_own_initials``)."""
    passages = list(passages)
    own = _own_initials(passages)
    if own is None:
        return _read_all(passages, source)
    masked = [Passage(p.pointer, own.sub(lambda m: m.group(0)[0] + "qq", p.text), p.labels, p.group, p.frame) for p in passages]
    return [(p, _unmask(sts, p.text)) for p, (_, sts) in zip(passages, _read_all(masked, source))]


def _read_all(passages: Iterable[Passage], source: str | None = None) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """Each passage with what it states; a title whose limit's other text states nothing states nothing.

    A document read by an earlier run comes from the reading cache (``_store``), without the lexicon.
    ``source``: the file the passages come from. When it was read before and has changed since, the
    texts it still holds take their readings from what was kept for it (a reading depends on its text
    alone); the new texts are read, and all that depends on more than one passage (which titles count)
    is worked out again.
    """
    passages = list(passages)
    kept = _store.lookup(passages, source)
    if kept is not None:
        known, said = kept
        cached = [(p, framed(known[p.text], p.frame, p.text)) for p in passages]
        cached = _pupil_hurt(_abuse_title_over(_excepted_next(_law_after_limits(_law_over_a_lead(_after_a_danger(cached, [known[p.text] for p in passages]))))))
        return [(p, _headed(p, sts, said)) for p, sts in cached]
    # Reading makes many small objects and never a cycle of them, so the cycle
    # collector would find nothing here; paused, it does not walk every
    # document a large run holds, nor the readings kept (a third of the time of a large run).
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        raw = [read_passage(p.text) for p in passages]
        reads = _pupil_hurt(_abuse_title_over(_excepted_next(_law_after_limits(_law_over_a_lead(_after_a_danger([(p, framed(sts, p.frame, p.text)) for p, sts in zip(passages, raw)], raw))))))
        # A limit's title and its may_tell list count only where the limit's own words (its explanation)
        # speak of a limit or of sharing: "If we think someone is harming an older adult" over "Before
        # making any report, the therapist shall use clinical judgment ..." (a duty only) tells a client
        # nothing of elder abuse, and "Who gets the information: Adult Protective Services" adds nothing.
        # A may_tell list that names a limit's own receiver ("the county child welfare office") speaks
        # by itself; one that only points at it ("Adult Protective Services": older or dependent adults) does not.
        kind = facts().kinds.get  # the lexicon's (from a kept entry when no text was new)
        from policy_lint.meaning._read import speaks_of_sharing  # (imported only when a text is read)

        speaking: set[str] = set()
        # A limit's title that asks a question, over an explanation that answers it (a draft of an FAQ page)
        asks = {p.group: p.text for p, _ in reads if p.pointer.endswith("/title") and p.text.rstrip().endswith("?")}
        for p, sts in reads:
            if asks and p.group in asks and p.pointer.endswith("/explanation") and answered_question(asks[p.group], p.text, sts) is not None:
                speaking.add(_ANSWERED + p.group)
                speaking.add(p.group)
            if p.group is None or p.group in speaking or p.pointer.endswith("/title"):
                continue
            if p.pointer.endswith("/may_tell"):
                if any(st.stance != "vague" and kind(st.topic) == "limit" for st in sts):
                    speaking.add(p.group)
            elif any(kind(st.topic) == "limit" for st in sts) or speaks_of_sharing(p.text, sts):
                speaking.add(p.group)
                if p.pointer.endswith("/explanation") and not any(st.stance != "vague" and kind(st.topic) == "limit" for st in sts):
                    from policy_lint.meaning._read import refusal

                    if refusal(p.text) is not None:
                        # "We refuse to share your records." under the title "Court orders": what the title names is
                        # refused, as "Court order: We refuse to share your records" says in one sentence (fix14)
                        speaking.add(_REFUSED + p.group)
    finally:
        if paused:
            gc.enable()
    _store.save(passages, {p.text: sts for p, sts in zip(passages, raw)}, speaking, source)
    return [(p, _headed(p, sts, speaking)) for p, sts in reads]


#: Marks a limit (``_REFUSED + group``, kept with the limits whose explanation speaks) whose explanation only refuses
#: to tell anyone: what its title names is said the opposite way.
_REFUSED = "refused:"
#: Marks a limit (``_ANSWERED + group``) whose title asks a question its explanation answers: the title states the
#: limits it names, as a page's question over its answer does (``answered_question``, session 10).
_ANSWERED = "answered:"


def _headed(p: Passage, sts: tuple[Statement, ...], speaking: "set[str] | frozenset[str]") -> tuple[Statement, ...]:
    """What a passage states, given the limits whose explanation speaks (``speaking``): a title or may_tell list of a
    limit whose explanation says nothing states nothing, and a title over an explanation that only refuses to tell
    anyone says the opposite of the law's limits it names ("Court orders" over "We refuse to share your records.")."""
    if not p.pointer.endswith(_HEADS):
        return sts
    if p.group not in speaking:
        return ()
    if p.pointer.endswith("/title") and _ANSWERED + p.group in speaking:
        return framed(sts, (ANSWERED_QUESTION, _question_limits(p.text)))
    if p.pointer.endswith("/title") and _REFUSED + p.group in speaking:
        against = facts().blanket_contradicts
        return tuple(Statement(st.topic, "opposite", st.force, st.span, st.words) if st.stance == "states" and st.topic in against else st for st in sts)
    return sts


#: Agencies the lexicon knows by their initials, and the words their full name holds.
_AGENCY_INITIALS = {"CPS": ("child", "protect"), "APS": ("adult", "protect")}
#: A name defined by its initials in brackets after it: "Counseling and Prevention Services (CPS)".
@lru_cache(maxsize=1)
def _defined() -> "re.Pattern[str]":
    """(compiled when a text first holds initials in brackets; a policy read from the cache never needs it)"""
    return re.compile(r"((?:[A-Za-z&'\u2019-]+[ \t]+){1,6})\(\s*(CPS|APS)\s*\)")


def _own_initials(passages: list[Passage]) -> "re.Pattern[str] | None":
    """The initials of an agency the lexicon knows that the document gives as another name, as a pattern: a
    university's "Counseling and Prevention Services (CPS)" is no child protection agency, so "CPS staff" states
    no child abuse limit there (real11). Where the document also spells the agency out ("Child Protective
    Services (CPS)"), the initials keep their meaning."""
    other: set[str] = set()
    agency: set[str] = set()
    for p in passages:
        if "PS)" not in p.text and "PS )" not in p.text:
            continue
        for m in _defined().finditer(p.text):
            name = m.group(1).lower()
            (agency if all(w in name for w in _AGENCY_INITIALS[m.group(2)]) else other).add(m.group(2))
    own = other - agency
    return re.compile(r"\b(?:" + "|".join(sorted(own)) + r")\b") if own else None


def _unmask(statements: tuple[Statement, ...], text: str) -> tuple[Statement, ...]:
    """``statements`` read in a masked text, with the words of the text as written (the mask keeps every offset)."""
    out = []
    for st in statements:
        words = tuple(w.replace("Cqq", "CPS").replace("Aqq", "APS") if "qq" in w else w for w in st.words)
        out.append(st if words == st.words else Statement(st.topic, st.stance, st.force, st.span, words))
    return tuple(out)


#: The first item of a frame tuple for the paragraph just after a list of limits that names a danger to
#: others and says, in general words, whom we would contact: ``(WARN_TAIL, span, words, "vague")``; where it names the
#: police among those told, ``(WARN_TAIL, span, words, "states")`` (readers/structure.py).
WARN_TAIL = "warn_tail"
#: The frame of a list item under a lead-in or heading that says its items are limits ("When we must share
#: information" over "- You are in danger"): the frame gives the act of sharing a danger needs (real3).
LIMITS_FRAME = "limits"
#: A danger named with no act is vague ("If you are in danger, we may need to act"); under a frame of limits it
#: is stated. Only the danger that names its person ("You are in danger", "Someone else is in danger"): the
#: words of that vague reading are the person and the state ("in danger", "at risk").
_DANGER_STATES = ("in ", "at ")
#: A list item that names a legal process or order and no court ("- there are legal orders", "- Legal process"): under a
#: frame of limits the frame gives the sharing that "legal process" needs in a sentence (topics.yaml legal_process_word),
#: so the item is court_order vague (law26: both labellers of real24, a UK counsellor's "I may need to break
#: confidentiality ... when:" list; tune17's and real22's "legal purposes" and "legal process" with a sharing).
_LEGAL_PROCESS_ITEM = lazy(r"\W*(?:(?:there\s+(?:is|are)\s+)?(?:an?\s+|any\s+|other\s+)?)(?P<w>legal\s+(?:process(?:es)?|orders?|purposes?))\b",
                           re.IGNORECASE)
#: A list item that is only the law's duty named as a noun ("- Statutory duties.", "- Legal obligations", "- There
#: exists a legal obligation to do so."): under a frame of limits it is the law's catch-all, stated (tell25: both
#: labellers of real23 and real22).
_LAW_DUTY_ITEM = lazy(
    r"\W*(?P<w>(?:(?:the|our|my|any|other|a|an)\s+)?(?:statutory|legal)\s+(?:reporting\s+)?(?:duty|duties|obligations?|requirements?))\W*$"
    r"|\W*(?P<x>there\s+(?:exists|is)\s+an?\s+(?:statutory|legal)\s+(?:duty|obligation|requirement)\s+to\s+do\s+so)\W*$",
    re.IGNORECASE,
)


#: The first item of a frame tuple for an FAQ's answer just under its question ("Is what I say confidential?" over "Yes,
#: always."): ``(ANSWER_PROMISE, span, words)``, a blanket promise at ``span`` (readers/structure.py, fix14).
ANSWER_PROMISE = "answer_promise"

#: The first item of a frame tuple for an FAQ's question that names a limit, just over an answer that says what we
#: would do ("What happens if I tell you I want to kill myself?" over "We would make a safety plan with you, and we may
#: contact emergency services."): ``(ANSWERED_QUESTION, ((topic, force, span, words), ...))``, the limits the question
#: names, read as if it were a statement (readers/structure.py, session 10). A question alone is never read.
ANSWERED_QUESTION = "answered_question"

#: The first item of a frame tuple for a list item under a frame that says its items are limits, whose first
#: sentence only names limits over words that say nothing of sharing ("- Harm to self. We will work with you to keep
#: you safe." under "Exceptions:"): ``(LIMITS_TITLE, topics)``. The frame says the title names an exception, so
#: what it names is stated, not vague as a title over an empty explanation is (readers/structure.py) (real2).
LIMITS_TITLE = "limits_title"

#: The frame of a policy's limit filed under duty_to_warn after a limit filed under harm_to_others: a list's tail, as the
#: paragraph just after a list of limits that names a danger to others is on a page (``WARN_TAIL``): where its words
#: state no duty_to_warn, the words that name whom we would contact make it vague, and the police named among those
#: told state it (``tail_reading``). Otherwise it is ``LIMITS_FRAME``. (import files such a paragraph so.)
LIMITS_TAIL = "limits_tail"
#: The frame of a free text of a policy (its summary or details) that holds a list ("- Child abuse"): each item counts
#: as its lead-in, the line just above the list, says (``list_frame``), as on a page. An item that only names a limit
#: under no line that says the list holds limits is vague; one under a line that says it holds something else
#: ("Specialties:") states nothing.
TEXT_LISTS = "text_lists"
#: A line of a list in a free text: "- ", "* ", "• ", "1. " or "1) " and then words.
_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


#: Words a sharing by the client's consent alone holds: one of these, and "only" or "with your" (``_frames.consent_only``
#: reads the title only then, so a policy read from the cache does not import ``_frames``).
@lru_cache(maxsize=1)
def _consent_words() -> "re.Pattern[str]":
    """(compiled for the first title with "only" or "with your": most policies have none; issue 13)"""
    return re.compile(r"(?i)\b(?:consent|permission|agree|authori[sz]|release|request|give|sign|ask|allow|let)")


_ONLY_OR_WITH = re.compile(r"(?i)\bonly\b|\bwith\s+(?:your|the\s+client's|a\s+client's)\b")


def _consent_only(title: str) -> bool:
    if not (_ONLY_OR_WITH.search(title) and _consent_words().search(title)):
        return False
    from policy_lint.meaning._frames import consent_only

    return consent_only(title)


def _text_lists(text: str) -> list[tuple[int, int, str]]:
    """The items of the lists in ``text`` that do not count as written: (start, end, "vague", "quiet" or ``REFUSED_TITLE``)
    (``TEXT_LISTS``)."""
    from policy_lint.meaning._frames import list_frame

    out: list[tuple[int, int, str]] = []
    lead: list[str] = []  # the lines of the paragraph just above the list
    lead_done = False
    in_item = False  # the line before is an item's (an indented line after it goes on with that item)
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        got = _ITEM.match(line)
        if got is None:
            if not line.strip():
                lead_done, in_item = True, False  # a blank line ends the paragraph (the lead-in may still be above the list)
            elif not (in_item and line[:1] in " \t"):
                lead = [line.strip()] if lead_done else [*lead, line.strip()]
                lead_done = in_item = False
            continue
        in_item = True
        item = line[got.end() :].strip()
        kind = list_frame(item, [" ".join(lead)] if lead else [])
        if kind in ("vague", "quiet", REFUSED_TITLE):
            out.append((start + got.end(), start + len(line.rstrip()), kind))
        if item.endswith(":"):
            lead, lead_done = [item], False  # an item ending in a colon leads the list under it
    return out


def _in_item(text: str, span: Any) -> bool:
    """True when ``span`` lies in a line of ``text`` that is a list item (``_ITEM``)."""
    start = text.rfind("\n", 0, span[0]) + 1
    return _ITEM.match(text, start) is not None and "\n" not in text[start : span[1]]


def _after_a_danger(reads: list[tuple[Passage, tuple[Statement, ...]]], raw: list[tuple[Statement, ...]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """A limit read as a list's tail (``LIMITS_TAIL``) is one only after a limit whose words state harm_to_others, as
    on a page the list above the paragraph must state it: a label alone ("See above." filed under harm_to_others) is
    no danger named, and then the tail is read as any limit (``LIMITS_FRAME``)."""
    if not any(p.frame == LIMITS_TAIL for p, _ in reads):
        return reads
    out = []
    danger = False
    for (p, sts), said in zip(reads, raw):
        if p.frame == LIMITS_TAIL and not danger:
            sts = framed(said, LIMITS_FRAME)
        out.append((p, sts))
        if p.group is not None and "harm_to_others" in p.labels and any(st.topic == "harm_to_others" and st.stance == "states" for st in sts):
            danger = True
    return out


#: A lead-in of its own that points back at the law's cases ("These exceptions include:", "They include:").
_BACK_LEAD = re.compile(r"^\s*(?:these|those|such|they|the)\b[^.:;!?]{0,60}:\s*$", re.IGNORECASE)
#: The cases such a lead-in points at.
_CASES_WORD = re.compile(r"\b(?:exceptions?|situations?|circumstances?|cases?|limits?|limitations?|instances?|include|are)\b", re.IGNORECASE)


def _law_over_a_lead(reads: list[tuple[Passage, tuple[Statement, ...]]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """The law's requirement in the last sentence of a paragraph, over a lead-in of its own that points back at those
    cases and leads a list of limits ("There are certain limitations to confidentiality that counselors are required
    by law to reveal." / "These exceptions include:" / "- ..."), is a preface to that list, as in one paragraph
    (``_read._law_before_a_list``): vague (labels.yaml: "The law requires the following exceptions:") (tune18a: a
    Minnesota therapist's page, where a long line is a paragraph of its own)."""
    out = list(reads)
    for i in range(len(out) - 2):
        p, sts = out[i]
        law = next((st for st in sts if st.topic == "required_by_law" and st.stance == "states"), None)
        if law is None:
            continue
        lead, item = out[i + 1][0], out[i + 2][0]
        if out[i + 1][1] or not _BACK_LEAD.match(lead.text) or not _CASES_WORD.search(lead.text) or item.frame != LIMITS_FRAME:
            continue
        from policy_lint.meaning._read import _spans, law_among_other_cases

        spans = _spans(p.text)
        if not spans or law.span[0] < spans[-1][0]:
            continue  # the law's words are not in the paragraph's last sentence
        if law_among_other_cases(p.text[spans[-1][0]:], law.span[1] - spans[-1][0]):
            continue  # "... when the law requires it, and in a few other cases." / "These include:" (left13)
        sts = tuple(Statement(st.topic, "vague", st.force, st.span, st.words) if st is law else st for st in sts)
        out[i] = (p, sts)
    return out


#: The opening of a paragraph that points back at the cases named just above it ("In such cases", "Under these circumstances").
_CASES_ABOVE = lazy(r"\s*(?:in|under)\s+(?:such|these|those|any\s+of\s+these|all\s+of\s+these)\s+"
                    r"(?:cases|situations|circumstances|instances|events)\b", re.IGNORECASE)


def _law_after_limits(reads: list[tuple[Passage, tuple[Statement, ...]]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """The law's requirement in a paragraph that opens by pointing back at the cases just above it, a list or paragraph that
    states limits of danger or abuse ("- serious intent to harm another person." / "In such cases CAPS staff may be legally
    required to report to other outside agencies ..."), is the source of those duties: vague, as in one paragraph
    (``_read._law_of_the_limits_before``; law30: a California university, both labellers of real27 vague). Alone, with
    nothing named above, it stays the law's own limit (d1124's near miss)."""
    out = list(reads)
    for i in range(1, len(out)):
        p, sts = out[i]
        law = next((st for st in sts if st.topic == "required_by_law" and st.stance == "states"), None)
        if law is None or not _CASES_ABOVE.match(p.text):
            continue
        from policy_lint.meaning._read import _spans

        spans = _spans(p.text)
        if len(spans) > 1 and law.span[0] >= spans[1][0]:
            continue  # the law's words are not in the sentence that points back
        if not any(st.topic in LAW_SOURCED and st.stance == "states" for st in out[i - 1][1]):
            continue
        out[i] = (p, tuple(Statement(st.topic, "vague", st.force, st.span, st.words) if st is law else st for st in sts))
    return out


#: The opening of a paragraph that points back at the one above and makes an exception to it: "The only occasions where
#: this does not apply is ...", "The exceptions to this are ...", "However, there are some exceptions to this:", "This does
#: not apply if ...".
_EXCEPTS_ABOVE = re.compile(
    r"\s*(?:however,?\s+)?(?:"
    r"(?:the\s+)?(?:only\s+)?(?:occasions?|times?|cases?|situations?|circumstances?)\s+(?:(?:where|when|in\s+which)\s+)?(?:this|that)\s+"
    r"(?:does|do|would|will|may)\s+not\s+apply"
    r"|(?:the\s+)?(?:only\s+)?exceptions?\s+to\s+(?:this|that)\b"
    r"|there\s+(?:are|is|may\s+be)\s+(?:some\s+|a\s+few\s+|certain\s+|rare\s+|limited\s+)?exceptions?\s+to\s+(?:this|that)\b"
    # (tune41b, session 22) the exceptions counted, with no "to this" (a New Zealand family support charity: a promise
    # that nothing leaves the centre, then a paragraph that opens on the number of its exceptions and names a child's
    # ill-treatment: both labellers of tune27b read no limit contradicted); the count points back at the rule above
    r"|there\s+(?:are|is)\s+(?:only\s+)?(?:one|two|three|four|five|a\s+couple\s+of|a\s+small\s+number\s+of)\s+exceptions?\b"
    r"|(?:this|that)\s+(?:does\s+not|doesn't|will\s+not|won't|would\s+not)\s+apply\s+(?:if|when|where|in)\b)",
    re.IGNORECASE,
)


def _excepted_next(reads: list[tuple[Passage, tuple[Statement, ...]]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """A blanket promise whose next paragraph opens by pointing back at it with an exception ("Verbal and visual
    material ... is not discussed with any other person outside of the session." / "The only occasions where this does
    not apply is ...") has its exception just after it, as one in its own paragraph has (``_read``): no promise (tune19c:
    a UK art therapist's page). Not under a heading of its own ("## Exceptions"), which says no exception to the
    paragraph above (docs/coverage.md, "Blanket promises")."""
    out = list(reads)
    promised = facts().blanket_topic
    limits = frozenset(facts().blanket_contradicts)
    for i in range(len(out) - 1):
        p, sts = out[i]
        if not any(st.topic == promised for st in sts):
            continue
        nxt = out[i + 1][0]
        if nxt.group is not None or not _EXCEPTS_ABOVE.match(nxt.text):
            continue
        # the exception leads in to its cases (":") or a limit is named in it or in the paragraph just after it
        # ("The only occasions where this does not apply is within my supervision." / "Confidentiality is also broken
        # if ...", tune19c); not an exception of another matter alone ("There are a few exceptions to this, which apply
        # only to our billing records": the promise stands) (review22)
        if not nxt.text.rstrip().endswith(":") and not any(
            st.topic in limits and st.stance != "opposite" for _, later in out[i + 1 : i + 3] for st in later
        ):
            continue
        out[i] = (p, tuple(st for st in sts if st.topic != promised))
    return out




def _abuse_title_over(reads: list[tuple[Passage, tuple[Statement, ...]]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """A title that names abuse in general and no one abused ("Abuse or Neglect" as a heading, a bold line or a
    numbered line), just over text that states the abuse of the people it names ("If ... a minor child is the victim
    of abuse or neglect, I am required to report it to Child Protective Services"), speaks of those people: its
    generic words are not vague for the groups the text under it never names (real17: a Mississippi consent form,
    both labellers; tune19b: an Indiana school's "2. Abuse or neglect" over abuse "to yourself or to another minor")
    (abuse25). Only a title read vague for all three limits at the same words (a title that names an adult beside the
    child, "Child and Adult Abuse", keeps it), and only over text that states one of them; the other limits it still
    names there (states or vague) keep the title's reading."""
    from policy_lint.meaning._frames import names_only

    out = list(reads)
    for i in range(len(out) - 1):
        p, sts = out[i]
        if p.group is not None or not p.pointer.startswith("/blocks/"):
            continue
        mine = [st for st in sts if st.topic in _ABUSE]
        if len(mine) != len(_ABUSE) or any(st.stance != "vague" for st in mine) or len({tuple(st.words) for st in mine}) != 1:
            continue
        nxt, below = out[i + 1]
        if nxt.group is not None or not any(st.topic in _ABUSE and st.stance == "states" for st in below):
            continue
        if not names_only(p.text):
            continue  # a sentence of its own ("If we suspect abuse, we report it."), no title
        named = {st.topic for st in below if st.topic in _ABUSE and st.stance in ("states", "vague")}
        named |= _abuse_of_sentences(nxt.text)
        out[i] = (p, tuple(st for st in sts if st.topic not in _ABUSE or st.topic in named))
    return out


#: A page a school's counsellor writes to pupils: the counsellor named as the school's (abuse25).
_SCHOOL_COUNSELLOR = lazy(r"(?i)\b(?:school|guidance)\s+counsell?ors?\b")
#: Words of a page for adults: a university's or college's service, or parents told about their child.
_NOT_PUPILS = lazy(r"(?i)\b(?:universit\w*|colleges?|campus|undergraduates?|your\s+(?:child|son|daughter|teen|student)\b|parents?\s*:)")
#: The pupil as the one hurt or abused by someone: "someone is hurting you", "an adult is abusing you", "you are being
#: abused or neglected", "you are being hurt by someone".
_PUPIL_HURT = lazy(
    r"(?i)\b(?:(?:some(?:one|body)(?:\s+else)?|an?\s+(?:adult|grown-?up)|anyone)\s+(?:is\s+|has\s+been\s+|was\s+)?"
    r"(?:hurting|abusing|harming|neglecting|mistreating)\s+you|you(?:'re|\u2019re|\s+are|\s+were|\s+have\s+been)\s+(?:being\s+)?"
    r"(?:abused|neglected|mistreated|(?:hurt|harmed)\s+by))\b")


#: Where the clause of a limit starts: a sentence's end, a colon or semicolon, "but", "unless", "except" ("I won't tell
#: anyone unless someone is hurting you": the limit is the clause after "unless").
_PUPIL_CLAUSE = lazy(r"(?i)[.!?;:\n]|\b(?:but|unless|except)\b")
#: A denial or a concession in that clause before the pupil's hurt: no limit.
_DENIED_BEFORE = lazy(r"(?i)\b(?:not|never|no|nobody|nothing|none|even)\b|n['\u2019]t\b")


def _pupil_hurt(reads: list[tuple[Passage, tuple[Statement, ...]]]) -> list[tuple[Passage, tuple[Statement, ...]]]:
    """On a page a school's counsellor writes to pupils ("your school counselor", no university, college or parents
    addressed), a limit that names the pupil as the one hurt or abused by someone ("What you say here stays here
    unless: - Someone is hurting you", "... unless we feel concerned that you: - You are being neglected or abused")
    states child abuse: the "you" is a child, and no older or dependent adult is meant (labels.yaml: "a student told
    'an adult is hurting you ... CPS' is stated"; tune17, tune19b: US school counsellors' pages) (abuse25). Only in a
    passage that tells a limit (a list item under a lead-in of limits, or one that states another limit of its own);
    advice to tell the counsellor ("If someone is hurting you, please talk to your school counselor") states none."""
    if not any(_SCHOOL_COUNSELLOR.search(p.text) for p, _ in reads) or any(_NOT_PUPILS.search(p.text) for p, _ in reads):
        return reads
    kind = facts().kinds.get
    out = list(reads)
    for i, (p, sts) in enumerate(out):
        if p.group is not None or not p.pointer.startswith("/blocks/"):
            continue
        m = _PUPIL_HURT.search(p.text)
        if m is None or any(st.topic in _ABUSE and st.stance in ("states", "opposite") for st in sts):
            continue
        before = p.text[: m.start()]
        if _DENIED_BEFORE.search(_PUPIL_CLAUSE.split(before)[-1]):
            continue  # "I do not report it when someone is hurting you", "..., even if someone is hurting you"
        cuts = [c.group().lower() for c in _PUPIL_CLAUSE.finditer(before)]
        excepted = bool(cuts) and cuts[-1] in ("unless", "except")  # "I won't tell anyone unless someone is hurting you"
        if p.frame != LIMITS_FRAME and not excepted and not any(st.stance == "states" and kind(st.topic) == "limit" and st.topic in CORE_TOPICS for st in sts):
            continue
        child = Statement("child_abuse", "states", None, (m.start(), m.end()), (m.group(),))
        kept = tuple(st for st in sts if st.topic not in _ABUSE)
        labels = p.labels if not p.labels or "child_abuse" in p.labels else p.labels + ("child_abuse",)
        out[i] = (Passage(p.pointer, p.text, labels, p.group, p.frame), tuple(sorted(kept + (child,), key=lambda st: tuple(st.span))))
    return out


def _abuse_of_sentences(text: str) -> set[str]:
    """The abuse limits some sentence of ``text`` names when read alone: a sentence of generic abuse after one that
    names a child ("... reports of child abuse or neglect. In addition, we may disclose ... if we believe that you
    have been a victim of abuse, neglect or domestic violence", a HIPAA notice) names no group, and the title over
    them keeps its generic reading (abuse25). The sentences are read by the core itself, not through the readings kept
    for the file's passages: no passage of the file is read again."""
    from policy_lint.meaning._read import _spans, read_passage as read_uncached

    spans = _spans(text)
    if len(spans) < 2:
        return set()
    return {st.topic for a, b in spans for st in read_uncached(text[a:b]) if st.topic in _ABUSE and st.stance in ("states", "vague")}


#: The passages of a limit that count only where its explanation speaks (``read_all``).
_HEADS = ("/title", "/may_tell")


def framed(statements: tuple[Statement, ...], frame: Any, text: str | None = None) -> tuple[Statement, ...]:
    """What counts of ``statements`` under a passage's ``frame`` (see ``Passage``): all, vague or none, or all and a
    vague duty_to_warn (a list's tail that names whom we contact). ``text``: the passage's text, which the frames of a
    policy's own passages read (``LIMITS_TAIL``, ``TEXT_LISTS``); without it they count as ``LIMITS_FRAME`` and as
    written."""
    if frame is None:
        return statements
    if frame == TEXT_LISTS:
        if not text or not any(st.span is not None and _in_item(text, st.span) for st in statements):
            return statements  # nothing read in a list item: its lead-in is not read (nor the lexicon loaded)
        ranges = _text_lists(text)
        out = []
        for st in statements:
            kind = next((k for a, b, k in ranges if st.span is not None and a <= st.span[0] and st.span[1] <= b), None)
            if kind == "quiet":
                continue
            if kind == REFUSED_TITLE:
                out.extend(framed((st,), REFUSED_TITLE))
                continue
            out.append(Statement(st.topic, "vague", st.force, st.span, st.words) if kind == "vague" and st.stance == "states" else st)
        return tuple(out)
    if frame == LIMITS_TAIL:
        statements = framed(statements, LIMITS_FRAME)
        tail = None
        if text and not any(st.topic == "duty_to_warn" for st in statements):
            from policy_lint.meaning._frames import tail_reading
            from policy_lint.meaning._read import consulted_at, general_told

            tail = tail_reading(text, general_told, consulted_at)
        if tail is None:
            return statements
        (a, b), stance = tail
        return framed(statements, (WARN_TAIL, (a, b), (text[a:b],), stance))
    if frame == "quiet":
        return ()
    if frame == REFUSED_TITLE:
        against = facts().blanket_contradicts
        return tuple(Statement(st.topic, "opposite", st.force, st.span, st.words) if st.stance == "states" and st.topic in against else st for st in statements)
    if isinstance(frame, tuple) and frame and frame[0] == LIMITS_TITLE:
        named = frozenset(frame[1])
        return tuple(Statement(st.topic, "states", st.force, st.span, st.words) if st.stance == "vague" and st.topic in named else st for st in statements)
    if frame == LIMITS_FRAME:
        law_item = _LAW_DUTY_ITEM.match(text) if text else None
        out = tuple(
            Statement(st.topic, "states", st.force, st.span, st.words)
            if st.stance == "vague" and (
                (st.topic in ("harm_to_self", "harm_to_others") and len(st.words) == 2 and st.words[1].lower().startswith(_DANGER_STATES))
                or (law_item is not None and st.topic == "required_by_law")
            )
            else st
            for st in statements
        )
        if law_item is not None and text and not any(st.topic == "required_by_law" for st in out):
            a, b = law_item.span("w" if law_item.group("w") else "x")
            out = (*out, Statement("required_by_law", "states", "must", (a, b), (text[a:b],)))
        emergency = _EMERGENCY_ITEM.match(text) if text else None
        if emergency is not None and not any(st.topic == "harm_to_self" for st in out):
            # (emerg34) an item that is only an emergency ("- In an emergency", "- Emergencies") under a frame of limits:
            # the frame gives our sharing, the emergency its reason, no person at risk named (harm_to_self vague, as
            # _read._emergency_ground reads a sentence)
            a, b = emergency.span("w")
            out = (*out, Statement("harm_to_self", "vague", None, (a, b), (text[a:b],)))
        return _legal_process_item(text, out)
    if isinstance(frame, tuple) and frame and frame[0] == ANSWERED_QUESTION:
        have = {st.topic for st in statements}
        return (*statements, *(Statement(t, "states", force, tuple(span), tuple(words)) for t, force, span, words in frame[1] if t not in have))  # type: ignore[arg-type]
    if isinstance(frame, tuple) and frame and frame[0] == ANSWER_PROMISE:
        promised = facts().blanket_topic
        if promised is None or any(st.topic == promised for st in statements):
            return statements
        return (*statements, Statement(promised, "opposite", None, tuple(frame[1]), tuple(frame[2])))  # type: ignore[arg-type]
    if isinstance(frame, tuple) and frame and frame[0] == WARN_TAIL:
        if any(st.topic == "duty_to_warn" for st in statements):
            return statements
        span, words = frame[1], frame[2]
        stance = frame[3] if len(frame) > 3 else "vague"  # "states" where the tail names the police (real8)
        return (*statements, Statement("duty_to_warn", stance, None, tuple(span), tuple(words)))  # type: ignore[arg-type]
    return tuple(st if st.stance != "states" else Statement(st.topic, "vague", st.force, st.span, st.words) for st in statements)


#: (emerg34) A list item that is only an emergency, said any usual way ("In an emergency", "Emergencies", "If there is an
#: emergency", "In the event of a serious emergency", "If an emergency arises", "Should an emergency arise"; session 20); not a
#: named kind ("Medical emergencies") nor more words after it.
_EMERGENCY_ITEM = lazy(
    r"(?i)^\W*(?:(?:only|except|also)\s+)?(?:(?:in|during|for)\s+|(?:if|when|where|whenever|should)\s+(?:(?:there\s+is|there's|there\s+are)\s+)?)?"
    r"(?:(?:the\s+)?(?:case|event)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?P<w>(?:(?:serious|genuine|real|true|life[- ]threatening)\s+)?emergenc(?:y|ies)(?:\s+(?:situations?|circumstances))?)"
    r"(?:\s+(?:arises|occurs|exists|happens|arise|occur|exist|happen|comes\s+up|come\s+up))?\W*$")


def _legal_process_item(text: "str | None", out: "tuple[Statement, ...]") -> "tuple[Statement, ...]":
    """``out`` with court_order vague where the list item ``text``, under a frame of limits, opens on a legal process
    or order and nothing reads court_order (``_LEGAL_PROCESS_ITEM``; law26)."""
    if not text or any(st.topic == "court_order" for st in out):
        return out
    hit = _LEGAL_PROCESS_ITEM.match(text)
    if hit is None:
        return out
    a, b = hit.span("w")
    return (*out, Statement("court_order", "vague", None, (a, b), (text[a:b],)))


def answered_question(question: str, answer: str, answer_statements: tuple[Statement, ...]) -> "tuple[tuple[str, str | None, tuple[int, int], tuple[str, ...]], ...] | None":
    """The limits an FAQ's question names where its answer tells an act of ours (``_read.question_limits``), as
    ``(topic, force, span, words)`` in the question; else None (session 10). A page's question heading over its answer
    (readers/structure.py) and a YAML limit's title over its explanation (a draft import made of such a page) are
    read alike. ``answer_statements``: what the answer states."""
    if not isinstance(question, str) or not isinstance(answer, str) or not question.rstrip().endswith("?"):
        return None
    from policy_lint.meaning._read import question_limits

    from policy_lint.meaning._read import speaks_of_sharing

    kind = facts().kinds.get
    # the answer states a limit by an act of ours that lets information out: "We keep records for seven years"
    # states how long records are kept, no sharing, and says nothing of the question's limit (review19)
    acts = any(kind(st.topic) == "limit" and st.stance == "states" for st in answer_statements) and speaks_of_sharing(answer, answer_statements)
    return _as_frame(question_limits(question, answer, acts)) or None


def _question_limits(question: str) -> "tuple[tuple[str, str | None, tuple[int, int], tuple[str, ...]], ...]":
    """The limits ``question`` names, read as if it were a statement (its answer was judged before)."""
    from policy_lint.meaning._read import question_limits

    return _as_frame(question_limits(question))


def _as_frame(named: tuple[Statement, ...]) -> "tuple[tuple[str, str | None, tuple[int, int], tuple[str, ...]], ...]":
    return tuple((st.topic, st.force, tuple(st.span), tuple(st.words)) for st in named)  # type: ignore[misc]


def counted(passage: Passage, st: Statement, kind: str | None) -> bool:
    """True when what ``passage`` states about ``st.topic`` counts for the coverage (``kind``: the topic's kind).

    A limit's words count for the categories it is filed under: the author
    filed a YAML limit, and "abuse" in a child abuse explanation speaks of
    children. A prose block is filed by policy-lint itself, under the limits
    it states; its vague words about other limits count, since the core has
    judged them sentence by sentence ("We will not share it without your
    consent. There are exceptions, such as when someone's safety is at risk"
    is vague for harm to self and to others).
    """
    if not passage.labels or st.topic in passage.labels or st.stance == "opposite" or kind != "limit":
        return True
    return st.stance == "vague" and passage.pointer.startswith("/blocks/")



def no_duty_topics() -> tuple[str, ...]:
    """The limits that "we are not mandated reporters" speaks against (topics.yaml ``blanket.no_duty``)."""
    got = getattr(facts(), "blanket_no_duty", None)
    if got is None:
        from policy_lint.meaning._lexicon import lexicon

        got = lexicon().blanket_no_duty
    return tuple(got)


def no_duty_reading(statements: Iterable[Statement], st: Statement) -> bool:
    """True when ``st`` is the reading of "we are not mandated reporters" (no duty to report), not words about one limit.

    That reading says the opposite of every limit of ``blanket.no_duty`` at
    the same words; "We never report child abuse" speaks of one.
    """
    if st.stance != "opposite":
        return False
    topics = no_duty_topics()
    if st.topic not in topics:
        return False
    same = {o.topic for o in statements if o.stance == "opposite" and tuple(o.span) == tuple(st.span)}
    return all(t in same for t in topics)


def coverage(passages: Iterable[Passage], required: Any = (), reads: "list[tuple[Passage, tuple[Statement, ...]]] | None" = None, *, no_duty: Any = ()) -> list[dict[str, Any]]:
    """One item a topic: ``{"topic", "status", "required", "where"}`` (and ``only_for`` for a duty stated only in limits).

    ``where`` lists ``{"pointer", "span", "words"}`` of the passages that
    decided the status (none when it is missing); the engine adds line and
    column. ``promise`` lists the words of a promise of total secrecy that
    contradicts the topic: the topic is "contradicted" by it only when no
    other words state it. The list holds the core topics, then the other required ones,
    then every other topic some passage states. ``reads``: what
    ``read_all(passages)`` gave, when the caller has it (it is not read again).

    ``no_duty`` are the limits the place's law does not make a duty (its
    pack says ``status: permitted``): "We are not mandated reporters" is
    true of them, so that reading does not contradict them.
    """
    if reads is None:
        reads = read_all(passages)
    lex = facts()  # after read_all: from the reading cache when the document was read before
    topic_kind = lex.kinds.get
    needed = tuple(str(t) for t in required)
    # A blanket promise ("We never report anything you tell us to anyone") contradicts each limit the
    # law sets that the policy must state (all of them when nothing is required), at its words.
    promised = lex.blanket_topic
    broken = tuple(t for t in lex.blanket_contradicts if not needed or t in needed)
    hits: dict[str, list[tuple[Passage, Statement]]] = {}
    promises: dict[str, list[tuple[Passage, Statement]]] = {}
    for p, sts in reads:
        for st in sts:
            if st.topic == promised:
                for topic in broken:
                    promises.setdefault(topic, []).append((p, Statement(topic, "opposite", st.force, st.span, st.words)))
                continue
            if not counted(p, st, topic_kind(st.topic)):
                continue  # a limit's words count for the categories it is filed under
            if st.topic in no_duty and no_duty_reading(sts, st):
                continue  # "we are not mandated reporters" is true where the law sets no duty
            hits.setdefault(st.topic, []).append((p, st))
    for when, words, topics in lex.page_vague:
        if when in topics:
            # The page names the topic only by these words ("a resident of a long-term care home" names no
            # age): where every passage that states it does so by one of them, it is vague.
            stating = [h for h in hits.get(when, ()) if h[1].stance == "states"]
            if stating and all(any(" ".join(x.lower().split()) in words for x in st.words) for _, st in stating):
                hits[when] = [(p, st if st.stance != "states" else Statement(when, "vague", st.force, st.span, st.words)) for p, st in hits[when]]
            continue
        # "a vulnerable adult" names no age: a policy that says nothing else of elders is vague for elder abuse
        # (or its sentence does: "an elderly person living in a long-term care home" states elder abuse by the elder, and
        # the care home beside it names no age or need of care either: vague for dependent adults, labels.yaml) (abuse25)
        said = [(p, st) for p, st in hits.get(when, ()) if _names_any(st.words, words) or _names_any((_sentence_of(p.text, st.span),), words)]
        for topic in topics:
            if said and topic not in hits:
                hits[topic] = [(p, Statement(topic, "vague", st.force, st.span, st.words)) for p, st in said]
    # A promise whose only exception is the client's say-so ("We never share anything you say with anyone, except
    # with your written consent") is the general rule of a policy whose other words tell any limit, stated or vague
    # (the limits qualify it); it holds only where nothing else tells one (fix14).
    told = any(h[1].stance in ("states", "vague") for topic in lex.blanket_contradicts for h in hits.get(topic, ()))
    if told and any(st.force == CONSENT_ONLY for said in promises.values() for _, st in said):
        promises = {t: kept for t, said in promises.items() if (kept := [h for h in said if h[1].force != CONSENT_ONLY])}
    # The promise contradicts a limit, unless other words state it ("We report child abuse"): then the
    # limit is stated, and the promise stays one finding of its own (item "promise", rule COV008).
    # A claim of total secrecy and nothing else ("Your conversations are completely confidential", with the exceptions
    # further down the page) stays that one finding, but where other words tell a limit it contradicts none of the
    # limits the page never names: they are missing (limits16: real9's labels; "never shared ... under any
    # circumstances" still contradicts them, as real9's and real11's labels read it).
    # A promise with words that leave no room for any exception ("for any reason", "under no circumstances"), after
    # every passage stating the limit ("There are important exceptions ... They are: ..." and then, last, "I will never
    # disclose ... information for any reason to any person"), takes back the limits listed above it: it contradicts
    # them too (real20: both labellers). A promise the limits follow is the rule they qualify, and a plain one after
    # them ("They will not be shared with anyone", of the notes) speaks of less: both as before. Such a plain promise
    # contradicts no limit the page names only in vague words either ("... may need passing on to authorities" beside
    # it): the vague words tell that limit as the page's other words tell the rest (tune19c, real19) (warn23).
    order = {id(p): i for i, (p, _) in enumerate(reads)}
    for topic, said in promises.items():
        stating = [order.get(id(h[0]), -1) for h in hits.get(topic, ()) if h[1].stance == "states"]
        if not stating:
            vague_only = told and _left_vague(hits.get(topic, ()))
            hard = [h for h in said if not (told and (h[1].force == TOTAL_ONLY or vague_only and _plain_promise(h[0], h[1])))]
        else:
            hard = [h for h in said if h[1].force is None and order.get(id(h[0]), -1) > max(stating) and _no_room(h[0].text, h[1].span)]
        if hard:
            hits.setdefault(topic, []).extend(hard)
    names = list(CORE_TOPICS)
    names += [t for t in needed if t not in names]
    names += sorted(t for t in hits if t not in names)
    out: list[dict[str, Any]] = []
    for topic in names:
        found = hits.get(topic)
        if not found:
            status, chosen = "missing", []
        else:
            stances = {h[1].stance for h in found}
            stance = "opposite" if "opposite" in stances else "states" if "states" in stances else "vague"
            status = _STATUS_OF[stance]
            chosen = [h for h in found if h[1].stance == stance]
        item: dict[str, Any] = {
            "topic": topic,
            "status": status,
            "required": topic in needed,
            "where": [{"pointer": p.pointer, "span": st.span, "words": list(st.words)} for p, st in chosen],
        }
        if topic in promises:
            item["promise"] = [{"pointer": p.pointer, "span": st.span, "words": list(st.words)} for p, st in promises[topic]]
        if status == "stated" and topic_kind(topic) == "duty" and all(p.group is not None for p, _ in chosen):
            item["only_for"] = sorted({p.group for p, _ in chosen if p.group is not None}, key=_pointer_key)
        out.append(item)
    return out


#: Words that leave a promise no room for any exception (a part of topics.yaml's ``blanket_absolute``: not "always",
#: "guaranteed", which a page's closing welcome says too).
_NO_ROOM = lazy(r"\b(?:for\s+any\s+(?:reason|purpose)|(?:under|in)\s+(?:no|any)\s+circumstances?|no\s+matter\s+what|whatever\s+happens"
                r"|without\s+(?:any\s+)?exceptions?|no\s+exceptions?|no\s+limits?|no\s+limitations?)\b", re.I)


def _left_vague(hits: "Iterable[tuple[Passage, Statement]]") -> bool:
    """Whether the page names a limit nowhere (``hits`` empty) or only in vague words of its own: not only in list items
    that complete a refusal ("I do not have to tell anyone about: - Child abuse you saw as a child", frame "vague"),
    which the promise itself says the other way (warn23)."""
    got = list(hits)
    return not got or (all(st.stance == "vague" for _, st in got) and any(p.frame != "vague" for p, _ in got))


def _plain_promise(p: Passage, st: Statement) -> bool:
    """Whether a promise is the plain general rule ("We do not share your information with anyone else", "these
    notes are not shared with anybody"): no word of all time ("never", "ever", "at no time") and none that leaves
    no room ("under any circumstances"). On a page whose other words tell a limit, the limits it never names are
    missing, not contradicted (real19: both labellers; tune19c). The denial may follow a word of keeping that opens the
    promise ("Confidentiality extends as far as not revealing to anyone ...", r27_15; gate30): "anyone" alone leaves
    room, as "anyone else" does."""
    return st.force is None and bool(st.words) and any(w.lower() in _PLAIN_NOT for w in st.words[:2]) and not _no_room(p.text, st.span, _EVER)


#: The denials a plain promise opens with (a claim of total secrecy, "completely confidential", is none).
_PLAIN_NOT = frozenset({"not", "no one", "nobody", "nothing", "none", "no"})
#: Words of a promise that deny for all time: such a promise keeps contradicting the limits a page never names.
_EVER = lazy(r"\b(?:n?ever|at\s+no\s+time)\b", re.I)


def _no_room(text: str, span: tuple[int, int], also: Any = None) -> bool:
    """Whether the sentence of a promise (its span in ``text``) holds words that leave no room for any exception
    (or, given ``also``, a pattern of other such words, matches it)."""
    a, b = _sentence_bounds(text, span)
    return _NO_ROOM.search(text, a, b) is not None or (also is not None and also.search(text, a, b) is not None)


def _sentence_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the sentence of ``text`` that holds ``span`` starts and ends (a full stop, "!", "?" or a new line)."""
    a = max(text.rfind(c, 0, span[0]) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ".!?\n") if i >= 0]
    return a, min(ends) if ends else len(text)


def _sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence of ``text`` that holds ``span``, its spaces made single."""
    a, b = _sentence_bounds(text, span)
    return " ".join(text[a:b].split())


def _names_any(shown: tuple[str, ...], words: Any) -> bool:
    """True when the words ``shown`` (lowercased, joined by spaces) hold one of ``words``."""
    joined = " ".join(x.lower() for x in shown)
    return any(w in joined for w in words)


def _pointer_key(pointer: str) -> tuple[Any, ...]:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in pointer.split("/"))
