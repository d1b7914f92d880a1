"""What a prose policy states, as the fields of a YAML policy: limits and notification.

The text-understanding core (``policy_lint.meaning``) reads each passage
(a paragraph, list item or table row; a heading that asks a question, as
FAQ pages do). Each limit a passage states becomes a limit of the prose
document's data (``/limits/N``, with its ``category`` and, word for word,
the passage as its ``explanation``); each duty (telling clients at the
start, before or after sharing, sharing only what is needed) fills the
``notification`` field of that name. Every such field points back to the
block and the words that decided, so the rules that read a YAML policy's
limits place their findings in the page, and ``policy-lint import`` writes
the same fields to a draft.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import Fact

__all__ = ["Reading", "read_structure", "read_structure_afresh", "DUTY_FIELDS"]

#: Duties of the core, and the notification field each fills.
DUTY_FIELDS = {"at_intake": "at_intake", "before_disclosure": "before_disclosure", "after_disclosure": "after_disclosure", "minimum_necessary": "minimum_necessary"}


class LimitFound:
    """One limit the prose states: the block, the categories, the words that decided, and the heading above."""

    __slots__ = ("block", "categories", "spans", "words", "heading")

    def __init__(self, block: int, categories: list[str], spans: list[tuple[int, int]], words: list[tuple[str, ...]], heading: int | None) -> None:
        self.block = block
        self.categories = categories
        self.spans = spans
        self.words = words
        self.heading = heading


class Reading:
    """What the core read in a prose document."""

    __slots__ = ("passages", "limits", "duties", "used")

    def __init__(self) -> None:
        self.passages: list[Any] = []
        self.limits: list[LimitFound] = []
        #: duty -> (block, span, words) of the first passage that states it
        self.duties: dict[str, tuple[int, tuple[int, int], tuple[str, ...]]] = {}
        #: blocks that state a limit or a duty
        self.used: set[int] = set()


def read_structure(blocks: Sequence[Block]) -> Reading:
    """``read_structure_afresh``, or what an earlier run kept for the same blocks (``meaning.remembered``).

    A page checked again (a pre-commit hook, an editor's save) then loads neither the lexicon nor the
    reader: its passages' readings come from the readings cache. The key covers the reader, the lexicon
    and this module's code; anything in doubt is read afresh.
    """
    from policy_lint.meaning import remember, remembered

    shape = _shape(blocks)
    extra = _own_digest()
    if shape is not None and extra is not None:
        got = _thawed(remembered("structure", shape, extra), len(blocks))
        if got is not None:
            return got
    reading = read_structure_afresh(blocks)
    if shape is not None and extra is not None:
        remember("structure", shape, _frozen(reading), extra)
    return reading


def _shape(blocks: Sequence[Block]) -> str | None:
    """What ``read_structure_afresh`` reads of the blocks, as JSON (None when it cannot be written)."""
    import json

    try:
        return json.dumps([[b.kind, b.text, b.level, b.depth] for b in blocks], ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return None


_OWN: list[Any] = []


def _own_digest() -> str | None:
    """A hash of this module's code (the reading key covers the core's code, not ours), or None."""
    if not _OWN:
        from policy_lint.fileio import read_regular
        from policy_lint.resources import _digest

        try:
            _OWN.append(_digest(read_regular(__file__, 4 * 1024 * 1024)))
        except (OSError, ValueError, TypeError):
            _OWN.append(None)
    return _OWN[0]  # type: ignore[no-any-return]


def _frozen(reading: Reading) -> Any:
    """``reading`` as JSON data."""
    return {
        "passages": [[p.pointer, p.text, list(p.labels), p.group, p.frame] for p in reading.passages],
        "limits": [[x.block, x.categories, [list(s) for s in x.spans], [list(w) for w in x.words], x.heading] for x in reading.limits],
        "duties": [[d, b, list(s), list(w)] for d, (b, s, w) in reading.duties.items()],
        "used": sorted(reading.used),
    }


def _tupled(value: Any) -> Any:
    """JSON data with its lists made tuples again (a frame is a tuple or a string)."""
    if isinstance(value, list):
        return tuple(_tupled(v) for v in value)
    if isinstance(value, (str, int, type(None))) and not isinstance(value, bool):
        return value
    raise ValueError("not a frame")


def _index(value: Any, n: int) -> int:
    if type(value) is not int or not 0 <= value < n:
        raise ValueError("not a block")
    return value


def _span(value: Any) -> tuple[int, int]:
    a, b = value
    if type(a) is not int or type(b) is not int or not 0 <= a <= b:
        raise ValueError("not a span")
    return a, b


def _words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError("not words")
    return tuple(value)


def _thawed(data: Any, n: int) -> Reading | None:
    """The ``Reading`` kept as ``data`` for a page of ``n`` blocks, or None on any doubt about its shape."""
    from policy_lint.meaning import Passage

    if not isinstance(data, dict):
        return None
    try:
        out = Reading()
        for pointer, text, labels, group, frame in data["passages"]:
            if not isinstance(pointer, str) or not isinstance(text, str) or (group is not None and not isinstance(group, str)):
                raise ValueError("not a passage")
            out.passages.append(Passage(pointer, text, _words(labels), group, _tupled(frame)))
        for block, categories, spans, words, heading in data["limits"]:
            cats = list(_words(categories))
            if not cats or len(cats) != len(spans) or len(cats) != len(words):
                raise ValueError("not a limit")
            out.limits.append(LimitFound(_index(block, n), cats, [_span(s) for s in spans], [_words(w) for w in words], None if heading is None else _index(heading, n)))
        for duty, block, span, words in data["duties"]:
            if duty not in DUTY_FIELDS:
                raise ValueError("not a duty")
            out.duties[duty] = (_index(block, n), _span(span), _words(words))
        out.used = {_index(b, n) for b in data["used"]}
    except (KeyError, TypeError, ValueError):
        return None
    return out


def read_structure_afresh(blocks: Sequence[Block]) -> Reading:
    """Passages of the blocks, and the limits and duties the core reads in them.

    Every paragraph, list item and table row is a passage. A heading is one
    too when the text under it (up to the next heading) says something, as a
    YAML limit's title counts only when its explanation does: "Child abuse"
    over "If we suspect abuse, we must report it." states child abuse, and a
    heading over nothing states nothing. What such a heading states goes to
    the first passage under it that says something (whose title it becomes
    in a draft).

    A list item counts as its frame says (``meaning.list_frame``): "- Child
    abuse" under "Exceptions:" states the limit; under "Specialties:" it
    states nothing; under a heading and lead-in that say neither, it only
    names the limit (vague).
    """
    from policy_lint.meaning import MAY_TELL_LEAD, Passage, framed, read_passage, speaks_of_sharing, topic_kind

    out = Reading()
    heading_of: list[int | None] = []
    current: int | None = None
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            current = i
            heading_of.append(None)
        else:
            heading_of.append(current)
    frame: list[Any] = list(_list_frames(blocks, heading_of))
    _answers(blocks, heading_of, frame)
    said = [framed(read_passage(b.text), frame[i]) for i, b in enumerate(blocks)]
    _warn_tails(blocks, heading_of, frame, said)
    _warn_next(blocks, heading_of, frame, said)
    # The first block under each heading that speaks of a limit or of sharing, if any (as a YAML
    # limit's title counts only where its explanation does: "Before making any report, the therapist
    # shall notify the client" speaks of a telling duty only).
    # A notice's "Who gets the information: Adult Protective Services" (a limit's may_tell list, as
    # render writes it) speaks only where it names a limit's own receiver, and where nothing else
    # under its heading speaks it says nothing at all (as in the policy it was written from).
    told = [b.text.lstrip("*_ ").startswith(MAY_TELL_LEAD) for b in blocks]
    speaker: dict[int, int] = {}
    for i, h in enumerate(heading_of):
        if h is None or not said[i] or h in speaker:
            continue
        if told[i]:
            if any(topic_kind(st.topic) == "limit" and st.stance != "vague" for st in said[i]):
                speaker[h] = i
        elif any(topic_kind(st.topic) == "limit" for st in said[i]) or speaks_of_sharing(blocks[i].text, said[i]):
            speaker[h] = i
    _refused_headings(blocks, heading_of, frame, said, speaker)
    _answered_questions(blocks, heading_of, frame, said, speaker)
    silent = {i for i, h in enumerate(heading_of) if told[i] and h is not None and h not in speaker}
    found: dict[int, LimitFound] = {}
    read: list[int] = []  # the blocks that are passages
    for i, block in enumerate(blocks):
        if (block.kind == "heading" and i not in speaker) or i in silent:
            continue  # a heading over text that says nothing: not read
        read.append(i)
        target = speaker.get(i, i)  # a heading's limits go to the passage under it
        for st in said[i]:
            if st.stance != "states":
                continue
            kind = topic_kind(st.topic)
            if kind == "duty" and st.topic in DUTY_FIELDS:
                out.duties.setdefault(st.topic, (i, st.span, tuple(st.words)))
                out.used.add(i)
            elif kind == "limit":
                limit = found.get(target)
                if limit is None:
                    limit = found[target] = LimitFound(target, [], [], [], heading_of[target])
                if st.topic in limit.categories:
                    continue
                limit.categories.append(st.topic)
                limit.spans.append(st.span if target == i else (0, len(blocks[target].text)))
                limit.words.append(tuple(st.words))
                out.used.add(target)
    out.limits = [found[k] for k in sorted(found)]
    # A passage that states limits is filed under them, as a YAML limit is under
    # its categories: "abuse" in a child abuse paragraph speaks of children, not
    # of older adults. A heading is filed under the limits of the text below it.
    under: dict[int, list[str]] = {}
    for limit in out.limits:
        if limit.heading is not None:
            under.setdefault(limit.heading, []).extend(c for c in limit.categories if c not in under.get(limit.heading, []))
    for i in read:
        if blocks[i].kind == "heading":
            labels = tuple(under.get(i, ()))
        else:
            labels = tuple(found[i].categories) if i in found else ()
        out.passages.append(Passage(f"/blocks/{i}", blocks[i].text, labels, None, frame[i]))
    return out


def _refused_headings(blocks: Sequence[Block], heading_of: list[int | None], frame: list[Any], said: list[Any], speaker: dict[int, int]) -> None:
    """A heading that names a limit over a paragraph that only refuses to tell anyone ("## Court orders" over "We
    refuse to share your records.") says that limit the opposite way, as a title sentence over such words does
    (``meaning.refusal``): the heading is read, with the frame ``REFUSED_TITLE``; ``frame``, ``said`` and ``speaker``
    are updated in place (fix14). Only the first paragraph just under the heading, and a heading that names limits."""
    from policy_lint.meaning import REFUSED_TITLE, framed, read_passage, refusal, topic_kind

    for h, block in enumerate(blocks):
        i = h + 1
        if block.kind != "heading" or h in speaker or i >= len(blocks) or heading_of[i] != h or blocks[i].kind != "paragraph":
            continue
        named = read_passage(block.text)
        if not any(st.stance == "states" and topic_kind(st.topic) == "limit" for st in named) or said[i]:
            continue
        if refusal(blocks[i].text) is None:
            continue
        frame[h] = REFUSED_TITLE
        said[h] = framed(named, REFUSED_TITLE)
        speaker[h] = i


def _answered_questions(blocks: Sequence[Block], heading_of: list[int | None], frame: list[Any], said: list[Any], speaker: dict[int, int]) -> None:
    """An FAQ's question that names a limit, as a heading just over an answer that tells an act of ours, states that
    limit (``meaning.answered_question``): the question gets the frame ``ANSWERED_QUESTION`` and its limits go to the
    answer, whose title it becomes in a draft, so the draft reads as the page (session 10). The readers make a
    paragraph that is one short question, in bold or not, such a heading (``readers.text.question_title``); a
    question inside a longer paragraph is not read so. ``frame``, ``said`` and ``speaker`` are updated in place."""
    from policy_lint.meaning import ANSWERED_QUESTION, answered_question, framed

    for q, block in enumerate(blocks):
        i = q + 1
        if block.kind != "heading" or i >= len(blocks) or frame[q] is not None or blocks[i].kind != "paragraph" or heading_of[i] != q:
            continue
        named = answered_question(block.text, blocks[i].text, said[i])
        if named is None:
            continue
        frame[q] = (ANSWERED_QUESTION, named)
        said[q] = framed((), frame[q])
        speaker[q] = i


def _answers(blocks: Sequence[Block], heading_of: list[int | None], frame: list[Any]) -> None:
    """An FAQ's answer just under its question ("Is what I say confidential?" over "Yes, always.") that leaves no room
    for an exception is a blanket promise, as in one paragraph (``meaning.answered_promise``): its frame says so
    (``meaning.framed``); ``frame`` is updated in place (fix14)."""
    from policy_lint.meaning import ANSWER_PROMISE, answered_promise

    for i, block in enumerate(blocks):
        h = heading_of[i]
        if h is None or h != i - 1 or block.kind != "paragraph" or frame[i] is not None or not blocks[h].text.rstrip().endswith("?"):
            continue
        got = answered_promise(blocks[h].text.strip(), block.text)
        if got is not None:
            frame[i] = (ANSWER_PROMISE, got[0], got[1])


def _warn_tails(blocks: Sequence[Block], heading_of: list[int | None], frame: list[Any], said: list[Any]) -> None:
    """The paragraph just after a list of limits that names a danger to others, and says in general words whom
    we would contact in those cases ("In these cases we contact the appropriate authorities"; "the person I
    would contact is your GP or the crisis team"), is vague for duty_to_warn (labels.yaml): someone is told,
    but neither the person at risk nor the police is named as told. Where it names the police among those told
    ("a third party like the police, social services or your GP"), it states duty_to_warn (rule 15). Its frame says so (``meaning.framed``);
    ``frame`` and ``said`` are updated in place. Not where the list or the paragraph already speaks of it."""
    from policy_lint.meaning import LIMITS_FRAME, WARN_TAIL, framed, read_passage, tail_contact, tail_reading

    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or i == 0 or blocks[i - 1].kind != "list_item" or heading_of[i] != heading_of[i - 1]:
            continue
        items = []
        j = i - 1
        while j >= 0 and blocks[j].kind == "list_item":
            items.append(j)
            j -= 1
        topics = {st.topic: st.stance for k in items for st in said[k]}
        if topics.get("harm_to_others") != "states" or "duty_to_warn" in topics or any(st.topic == "duty_to_warn" for st in said[i]):
            continue
        # general words of whom we contact: vague; else the police named among those told ("we have to pass on
        # information to a third party like the police"): the warning stated (coverage.md, rule 15) (real8)
        tail = tail_reading(block.text)
        if tail is None:
            continue
        span, stance = tail
        frame[i] = (WARN_TAIL, span, (block.text[span[0] : span[1]],), stance)
        said[i] = framed(read_passage(block.text), frame[i])
    # The lead-in just above such a list says it the same way ("your counsellor may disclose confidential
    # information to appropriate people in the following circumstances:", over "danger of harming themselves or
    # others") (real13: a church counselling service's agreement).
    # A list item that is such a lead-in, over the items after it ("3. The law mandates counselors to report required
    # information to appropriate authorities under the following circumstances:" over "when the client threatens
    # serious harm to someone", a family therapist's numbered policies) says it the same way; only the items up to
    # the next lead-in or the end of the list are its own (real14).
    # (warn24) A paragraph just above the list that leads in to it with "the following" but no colon ("Any information
    # related to the following areas may be released ... to appropriate persons, e.g., a dean ...", a US university
    # EAP, tune20a) is such a lead-in too; and one that only points back ("This may happen where a counsellor has
    # reason to believe that:") leads in with the words of one of the two paragraphs just above it, under the same
    # heading ("If this happens, a counsellor will only give information to the relevant authorities.", an Irish
    # pregnancy counselling service: both labellers of real23 read duty_to_warn vague).
    # (tune41b, session 22) A list item that is such a lead-in may itself sit under a frame of limits (an Australian
    # counsellor's numbered exceptions whose third item leads in, to relevant people or authorities, to a list that
    # names a danger to someone else; a UK psychotherapy group's duty to report, to the appropriate authorities, the
    # items under it, within the law's list: both labellers of tune27b duty_to_warn vague): that frame gives it
    # nothing of its own to lose where it states nothing, so it leads in the same way.
    for i, block in enumerate(blocks):
        if (block.kind not in ("paragraph", "list_item") or i + 1 >= len(blocks) or blocks[i + 1].kind != "list_item"
                or heading_of[i] != heading_of[i + 1]):
            continue
        if frame[i] is not None and not (block.kind == "list_item" and frame[i] == LIMITS_FRAME and not said[i]):
            continue
        colon = block.text.rstrip().endswith(":")
        if not colon and not (block.kind == "paragraph" and _THE_FOLLOWING.search(block.text)):
            continue
        items = []
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "list_item" and not blocks[j].text.rstrip().endswith(":"):
            items.append(j)
            j += 1
        topics = {st.topic: st.stance for k in items for st in said[k]}
        if topics.get("harm_to_others") != "states" or "duty_to_warn" in topics or any(st.topic == "duty_to_warn" for st in said[i]):
            continue
        span = tail_contact(block.text)
        at = i
        if span is None and colon and block.kind == "paragraph" and _POINTS_BACK_LEAD.match(block.text):
            for k in (i - 1, i - 2):
                if k < 0 or blocks[k].kind != "paragraph" or heading_of[k] != heading_of[i] or frame[k] is not None:
                    break
                if any(st.topic == "duty_to_warn" for st in said[k]):
                    break
                span = tail_contact(blocks[k].text)
                if span is not None:
                    at = k
                    break
        if span is None:
            continue
        frame[at] = (WARN_TAIL, span, (blocks[at].text[span[0] : span[1]],), "vague")
        said[at] = framed(read_passage(blocks[at].text), frame[at])


#: A lead-in that names the list below it as "the following" (warn24).
_THE_FOLLOWING = re.compile(r"(?i)\bthe following\b")
#: A lead-in that points back at what the paragraphs above said ("This may happen where ...:", "This can occur if:")
#: (warn24).
#: (tune41b, session 22: "arise" too, "This may arise where ...:", an Irish pregnancy counselling page of tune27b.)
_POINTS_BACK_LEAD = re.compile(r"(?i)^\s*(?:this|that|it)\s+(?:may|might|can|could|will|would|is\s+likely\s+to)\s+(?:only\s+)?(?:happen|occur|arise|be\s+the\s+case)\b")


def _warn_next(blocks: Sequence[Block], heading_of: list[int | None], frame: list[Any], said: list[Any]) -> None:
    """The paragraph just after one that states a danger to others, under the same heading, whose first sentence
    points back at those cases or tells of a need to share ("In the context of such exceptional circumstances
    information may be given to the appropriate third parties"; "If I need to share information with an outside
    agency, I will talk with you first"; "... information that may need passing on to authorities") and names in
    general words whom we would tell (``meaning.tail_contact``), is vague for duty_to_warn, as the paragraph just
    after such a list is (``_warn_tails``): someone is told, but neither the person at risk nor the police is named
    (both labellers of real20 and real22; tune19c) (warn23). Not where either paragraph already speaks of the
    warning, nor where only a later sentence names those told ("We work with other agencies" after words of our
    own care, or "..., you will be asked first, including to speak with other professionals")."""
    from policy_lint.meaning import WARN_TAIL, framed, read_passage, tail_contact, tail_police

    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or i == 0 or frame[i] is not None or blocks[i - 1].kind != "paragraph" or heading_of[i] != heading_of[i - 1]:
            continue
        if not any(st.topic == "harm_to_others" and st.stance == "states" for st in said[i - 1]):
            continue
        if any(st.topic == "duty_to_warn" for st in (*said[i - 1], *said[i])):
            continue
        first = _FIRST_SENTENCE.match(block.text).group()  # (matches any text, the empty one too)
        back = _NEXT_POINTS_BACK.search(first)
        if not (back or _NEXT_NEED.search(first)):
            continue
        span, stance = tail_contact(first), "vague"
        if span is None and back:
            # (tune36) the police named among those told in the sentence that points back at those cases ("In such
            # cases, the therapist is legally required to inform the police.", a Czech therapist's FAQ: both labellers
            # of tune23 read duty_to_warn stated): the warning stated, as the same words just after a list of limits
            # (_warn_tails, rule 15). Not a need alone ("If I need to ..."), nor the police refused or called only if
            # the client agrees (tail_police), nor the police named in a later sentence only.
            span, stance = tail_police(first), "states"
        if span is None:
            continue
        frame[i] = (WARN_TAIL, span, (block.text[span[0] : span[1]],), stance)
        said[i] = framed(read_passage(block.text), frame[i])


#: A paragraph's first sentence (warn23).
_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]?")
#: Words that point back at the cases named just before ("In the context of such exceptional circumstances", "In these
#: cases", "If this happens") (warn23).
_NEXT_POINTS_BACK = re.compile(r"(?i)\b(?:such|these|those|this|that)\s+(?:\w+\s+)?(?:cases?|circumstances?|situations?|instances?|events?)\b"
                               r"|\b(?:if|when|should)\s+(?:this|that)\s+(?:happens|occurs|is\s+the\s+case)\b")
#: A need to share ("If I need to share information with an outside agency", "may need passing on to authorities",
#: "we may have to inform the relevant services") (warn23).
_NEXT_NEED = re.compile(r"(?i)\b(?:need|needs|needed|have\s+to|has\s+to)\b")


#: A lead-in that only points back ("They include:", "These are:"): its frame is the paragraph before it too.
_POINTS_BACK = re.compile(r"(?i)^(?:(?:they|these|those|this|such cases|such situations)(?:\s+\w+){1,3}|"
                          r"(?:this|these|they|it)\s+(?:is\s+|are\s+)?includ(?:ing|es|e),?\s+but\s+(?:is\s+|are\s+)?not\s+limited\s+to|"
                          # "This does not apply to:" (frames17: after a paragraph of limits, its list names none)
                          r"(?:this|these|those|that|it|they)\s+(?:does|do|will|would|is|are)\s*(?:not|n't)\s+(?:include|cover|apply|extend)\w*(?:\s+to)?)\s*:$")


def _list_frames(blocks: Sequence[Block], heading_of: list[int | None]) -> list[Any]:
    """For each block, how what it states counts: the frame of a list item (see ``meaning.list_frame``); None for the rest.

    An item under a frame that says its items are limits, whose first sentence only names limits over words that say
    nothing of sharing ("Harm to self. Every effort will be made to keep you safe."), gets ``(LIMITS_TITLE, topics)``:
    the frame makes the title an exception, so what it names is stated (``meaning.framed``).

    A list item's frames, nearest first: its lead-in (the paragraph, or the
    item ending in a colon, just above its list, under the same heading; for
    such an item, its own lead-in next), then its heading, then each heading
    of a higher level above that one.
    """
    from policy_lint.meaning import LIMITS_FRAME, LIMITS_TITLE, frame_says_limits, list_frame, not_among

    out: list[Any] = [None] * len(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "list_item":
            continue
        texts: list[str] = []
        j = i - 1
        depth, deeper = block.depth, False
        while j >= 0 and blocks[j].kind == "list_item":
            # an item of a list inside an earlier item is not this item's lead-in; nor is an item ending in a colon at
            # this item's depth over such a list: it led that list, and this item's list goes on after it ("... except
            # when: / 1. Your prior approval has been obtained to: / 1. Provide a report / 2. It is subpoenaed") (tune17)
            if blocks[j].depth > depth:
                deeper = True
            elif blocks[j].text.rstrip().endswith(":") and not (deeper and blocks[j].depth == depth):
                break
            j -= 1
        lead = None
        if j >= 0 and blocks[j].kind in ("paragraph", "list_item"):
            texts.append(blocks[j].text)
            lead = j
            # an item ending in a colon leads a nested list ("I do not have to tell anyone about: - Things from your
            # past: - Child abuse you saw"): its own lead-in frames the nested items too, after it (frames17)
            k = j
            while blocks[k].kind == "list_item":
                m = k - 1
                while m >= 0 and blocks[m].kind == "list_item" and not blocks[m].text.rstrip().endswith(":"):
                    m -= 1
                if m < 0 or blocks[m].kind not in ("paragraph", "list_item"):
                    break
                texts.append(blocks[m].text)
                k = m
        h = heading_of[i]
        if lead is None:
            lead = h
        if lead is not None and lead > 0 and blocks[lead - 1].kind == "paragraph" and _POINTS_BACK.match(blocks[lead].text.strip()):
            # "They include:" (a lead-in, or a short line read as a heading) points back to the paragraph above it,
            # which says what the items are ("There are however some limitations ... issues that have to be disclosed
            # by law. / They include:") (real6: a UK page)
            if lead == h and not_among(blocks[lead].text):
                texts.append(blocks[lead].text)  # "This does not include:" read as a heading: it says its items are not
                # among what the paragraph says, so it comes first (frames17)
            texts.append(blocks[lead - 1].text)
        elif lead is not None and lead > 0 and blocks[lead - 1].kind == "list_item" and _POINTS_BACK.match(blocks[lead].text.strip()):
            # one that follows a list points back to that list: its lead-in says what both lists are ("we may elect to
            # break confidentiality in the following circumstances: - ... / This is including but not limited to: -
            # Child protection & vulnerable adult issues") (real11: a Scottish university)
            k = lead - 1
            while k >= 0 and blocks[k].kind == "list_item" and not blocks[k].text.rstrip().endswith(":"):
                k -= 1
            if k >= 0 and blocks[k].kind in ("paragraph", "list_item"):
                texts.append(blocks[k].text)
        if h is not None:
            texts.append(blocks[h].text)
            level = blocks[h].level or 1
            for k in range(h - 1, -1, -1):
                if blocks[k].kind == "heading" and 0 < (blocks[k].level or 1) < level:
                    texts.append(blocks[k].text)
                    level = blocks[k].level or 1
        out[i] = list_frame(block.text, texts)
        if out[i] is None and frame_says_limits(texts):
            titled = _titled(block.text) or _bare_condition(block.text)
            # a title that names limits (real2), or a bare condition whose harms name their person (real6); else the
            # frame gives a named danger its act ("When we must share information: - You are in danger", real3)
            out[i] = (LIMITS_TITLE, titled) if titled else LIMITS_FRAME
    return out


#: A list item that is only a condition, no main clause after it ("If you or another person are at risk.").
#: The person a harm names ("you or another person"); "a threat to someone's safety" names no one (labels.yaml).
_NAMED = re.compile(r"(?i)\b(?:you|yourself|client|patient|student|another|others|someone else|other people)\b")
_BARE_IF = re.compile(r"(?i)^(?:if|where|when|whenever|should)\s[^,;:]+[.!]?$")


def _bare_condition(text: str) -> tuple[str, ...]:
    """The harms a list item that is only a condition ("1: If you or another person are at risk or are suffering
    significant harm.", under "there are exceptions to this, including:") names vague with the person named: under a
    frame of limits the condition is the exception, so it states them (real6: a UK youth service). Only the client
    and others at risk; generic words in it ("significant harm") stay as they read."""
    from policy_lint.meaning import read_passage

    if not _BARE_IF.match(text.strip()):
        return ()
    return tuple(sorted(
        st.topic for st in read_passage(text)
        if st.stance == "vague" and st.topic in ("harm_to_self", "harm_to_others") and any(_NAMED.search(w) for w in st.words)
    ))


#: A list item's label and its colon ("Abuse or Neglect: ..."), as meaning's ``_LABEL_COLON`` finds it.
_LABEL = re.compile(r"\s*(\S.*?\w[*_)\]]*):\s+(?=\S)")


def _titled(text: str) -> tuple[str, ...]:
    """The limits the first sentence of list item ``text`` names alone (a title: "Harm to self.") that the whole item
    reads as vague only (a title over words that say nothing of sharing: meaning's ``_title_only``)."""
    from policy_lint.meaning import names_only, read_passage, read_sentences, topic_kind

    vague = {st.topic for st in read_passage(text) if st.stance == "vague" and topic_kind(st.topic) == "limit"}
    if not vague:
        return ()
    sentences = read_sentences(text)
    if len(sentences) < 2:
        # a label and what is said of it in one sentence ("Abuse or Neglect: if your therapist believes a child ... is
        # being abused"), which meaning reads as a title over words that say nothing of sharing (review14): the label
        # is the title; what the label or the words after it name alone are the limits it heads (real7: a New York
        # practice's "Exceptions include:" list read vague since review14)
        label = _LABEL.match(text)
        if label is None or not names_only(label.group(1)):
            return ()
        alone = [*read_passage(label.group(1)), *read_passage(text[label.end() :])]
        return tuple(sorted(t for t in vague if any(st.topic == t and st.stance == "states" for st in alone)))
    (a, b), first = sentences[0]
    if not names_only(text[a:b]):
        return ()
    return tuple(sorted(t for t in vague if any(st.topic == t and st.stance == "states" for st in first)))


def fields(reading: Reading, blocks: Sequence[Block]) -> tuple[dict[str, Any], dict[str, Fact]]:
    """The policy fields for ``data``, and where each is (a Fact per pointer).

    Each limit is one entry per category, so a rule that asks for a
    category finds it (a draft joins them into ``categories``).
    """
    limits: list[dict[str, Any]] = []
    facts: dict[str, Fact] = {}
    for found in reading.limits:
        text = blocks[found.block].text
        for cat, span in zip(found.categories, found.spans):
            k = len(limits)
            limits.append({"category": cat, "explanation": text})
            facts[f"/limits/{k}"] = Fact(found.block, span, None)
            facts[f"/limits/{k}/category"] = Fact(found.block, span, cat)
            facts[f"/limits/{k}/explanation"] = Fact(found.block, (0, len(text)), text)
    notification: dict[str, str] = {}
    for duty, (block, span, _words) in reading.duties.items():
        field = DUTY_FIELDS[duty]
        text = blocks[block].text
        notification[field] = text
        facts[f"/notification/{field}"] = Fact(block, (0, len(text)), text)
    data: dict[str, Any] = {}
    if limits:
        data["limits"] = limits
    if notification:
        data["notification"] = notification
    return data, facts
