"""What the words of a policy say: the text-understanding core.

Every rule that needs to know what a passage says asks this package, never
the category keys alone. ``read_passage(text)`` returns the topics a
passage states (each with its stance, force, and the words that decided);
``passages_of(doc)`` cuts a policy into passages; ``read_all(passages)``
reads each one (``counted`` says whether a reading counts for the coverage,
``labels_of`` gives the categories a limit is filed under); ``list_frame(item,
frames)`` says how a list item counts under its heading or lead-in ("- Child
abuse" under "Exceptions:" or under "Specialties:"), and ``framed`` applies
that to what the item states; ``coverage(passages,
required)`` says, for each topic, whether the policy states it, says the
opposite, is only vague, or says nothing.

The knowledge is data (``policy_lint/data/topics.yaml``), compiled on
first use. Of the rest of policy-lint this package imports only
``values``, ``resources`` and ``plain``: it never knows about rules,
packs, the engine or the command line. See docs/coverage.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy_lint.meaning._passages import Passage
    from policy_lint.meaning._statement import Statement

__all__ = ["Statement", "CONSENT_ONLY", "TOTAL_ONLY", "Passage", "read_passage", "passages_of", "read_all", "counted", "labels_of", "list_frame", "framed", "names_only", "not_among", "tail_contact", "tail_police", "tail_reading", "read_sentences", "coverage", "topics", "topic_kind", "blanket_topic", "CORE_TOPICS", "STATUSES", "MAY_TELL_LEAD", "WARN_TAIL", "LIMITS_TITLE", "LIMITS_FRAME", "LIMITS_TAIL", "TEXT_LISTS", "ANSWER_PROMISE", "ANSWERED_QUESTION", "answered_question", "REFUSED_TITLE", "answered_promise", "refusal", "frame_says_limits", "force_span", "speaks_of_sharing", "no_duty_reading", "denied_spans", "remembered", "remember"]

#: The topics every coverage list holds, in this order.
CORE_TOPICS = (
    "harm_to_self",
    "harm_to_others",
    "duty_to_warn",
    "child_abuse",
    "elder_abuse",
    "dependent_adult_abuse",
    "court_order",
    "required_by_law",
    "at_intake",
    "before_disclosure",
    "after_disclosure",
    "minimum_necessary",
)

#: The four words of a coverage status (the audit uses them too).
STATUSES = ("stated", "vague", "contradicted", "missing")


def __getattr__(name: str) -> Any:
    if name in ("Statement", "CONSENT_ONLY", "TOTAL_ONLY"):
        from policy_lint.meaning import _statement

        return getattr(_statement, name)
    if name in ("read_passage", "speaks_of_sharing", "answered_promise", "refusal"):
        from policy_lint.meaning import _read

        return getattr(_read, name)
    if name in ("Passage", "passages_of", "coverage", "read_all", "counted", "labels_of", "framed", "MAY_TELL_LEAD", "WARN_TAIL", "LIMITS_TITLE", "LIMITS_FRAME", "LIMITS_TAIL", "TEXT_LISTS", "ANSWER_PROMISE", "ANSWERED_QUESTION", "answered_question", "REFUSED_TITLE", "no_duty_reading"):
        from policy_lint.meaning import _passages

        return getattr(_passages, name)
    raise AttributeError(name)


def read_passage(text: str) -> "tuple[Statement, ...]":
    """The topics ``text`` states (see ``policy_lint.meaning._read``)."""
    from policy_lint.meaning._store import read_passage as read

    return read(text)


def denied_spans(text: str) -> "tuple[tuple[int, int], ...]":
    """Where ``text`` denies an act ("I do not report to the police"): character spans (see ``policy_lint.meaning._read``).

    A rule that counts a word as said ("police") asks this, so that the word
    inside a denial does not count.
    """
    from policy_lint.meaning._read import denied_spans as find

    return find(text)


def read_sentences(text: str) -> "list[tuple[tuple[int, int], tuple[Statement, ...]]]":
    """Each sentence of ``text`` (its span) with what the core reads in that sentence alone.

    ``read_passage`` may join two sentences ("This covers adults who depend on
    others. If someone is abusing that person, we must report it."); this says
    which sentence states what, so a duty is filed by the sentence that says it.
    Spans of the statements are offsets in ``text``.
    """
    from policy_lint.meaning._read import Statement, _spans, read_passage as read

    out = []
    for a, b in _spans(text) if isinstance(text, str) else ():
        said = tuple(Statement(st.topic, st.stance, st.force, (st.span[0] + a, st.span[1] + a), st.words) for st in read(text[a:b]))
        out.append(((a, b), said))
    return out


def frame_says_limits(frames: "Any") -> bool:
    """True when the first of ``frames`` (nearest first, as ``list_frame``) that says what its items are says they are limits."""
    from policy_lint.meaning._frames import frame_says_limits as says

    return says(frames)


def names_only(text: str) -> bool:
    """True when ``text`` only names something ("Danger to yourself", "Children"): no subject and verb, no condition, no act."""
    from policy_lint.meaning._frames import names_only as bare

    return bare(text)


def not_among(text: str) -> bool:
    """True when ``text`` points back and says what follows is not among it ("This does not include:")."""
    from policy_lint.meaning._frames import _NOT_AMONG

    return bool(_NOT_AMONG.match(text.strip()))


def list_frame(item: str, frames: "Any") -> str | None:
    """How a list item counts under the texts that frame it, nearest first (see ``policy_lint.meaning._frames``)."""
    from policy_lint.meaning._frames import list_frame as frame

    return frame(item, frames)


def tail_contact(text: str) -> "tuple[int, int] | None":
    """Where ``text`` names, in general words, whom we would contact (see ``policy_lint.meaning._frames``)."""
    from policy_lint.meaning._frames import tail_contact as find
    from policy_lint.meaning._read import consulted_at, general_told

    return find(text, general_told, consulted_at)


def tail_police(text: str) -> "tuple[int, int] | None":
    """Where ``text`` names the police among those we would tell (see ``policy_lint.meaning._frames``)."""
    from policy_lint.meaning._frames import tail_police as find

    return find(text)


def tail_reading(text: str) -> "tuple[tuple[int, int], str] | None":
    """What a list's tail says of the warning: the span and "vague" or "states" (see ``policy_lint.meaning._frames``)."""
    from policy_lint.meaning._frames import tail_reading as find
    from policy_lint.meaning._read import consulted_at, general_told

    return find(text, general_told, consulted_at)


def force_span(text: str, span: tuple[int, int], force: str) -> "tuple[int, int] | None":
    """Where ``text`` says ``force`` ("must" or "may") near ``span`` (see ``policy_lint.meaning._force``)."""
    from policy_lint.meaning._force import force_span as find

    return find(text, span, force)


def passages_of(doc: Any) -> "list[Passage]":
    """The passages of a document (see ``policy_lint.meaning._passages``)."""
    from policy_lint.meaning._passages import passages_of as cut

    return cut(doc)


def coverage(passages: "list[Passage] | tuple[Passage, ...]", required: Any = (), reads: Any = None, *, no_duty: Any = ()) -> list[dict[str, Any]]:
    """Each topic's status in ``passages`` (see ``policy_lint.meaning._passages``); ``reads``: ``read_all(passages)``, if at hand;
    ``no_duty``: limits the place's law does not make a duty."""
    from policy_lint.meaning._passages import coverage as cover

    return cover(passages, required, reads, no_duty=no_duty)


def remembered(kind: str, shape: str, extra: str = "") -> Any:
    """A whole-document result kept by an earlier run for ``shape``, or None (see ``policy_lint.meaning._store``)."""
    from policy_lint.meaning._store import remembered as got

    return got(kind, shape, extra)


def remember(kind: str, shape: str, value: Any, extra: str = "") -> None:
    """Keep a whole-document result for the next run (see ``policy_lint.meaning._store``)."""
    from policy_lint.meaning._store import remember as keep

    keep(kind, shape, value, extra)


def topics() -> tuple[str, ...]:
    """Every topic the lexicon knows, in the order of data/topics.yaml."""
    from policy_lint.meaning._store import facts

    return tuple(facts().kinds)


def blanket_topic() -> str | None:
    """The topic a blanket promise of total secrecy is read as ("blanket_promise"; see ``_blanket``)."""
    from policy_lint.meaning._store import facts

    return facts().blanket_topic


def topic_kind(topic: str) -> str | None:
    """"limit" or "duty" for a known topic, else None."""
    from policy_lint.meaning._store import facts

    return facts().kinds.get(topic)
