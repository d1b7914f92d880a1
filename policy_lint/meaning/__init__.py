"""What the words of a policy say: the text-understanding core.

Every rule that needs to know what a passage says asks this package, never
the category keys alone. ``read_passage(text)`` returns the topics a
passage states (each with its stance, force, and the words that decided);
``passages_of(doc)`` cuts a policy into passages; ``read_all(passages)``
reads each one (``counted`` says whether a reading counts for the coverage,
``labels_of`` gives the categories a limit is filed under); ``coverage(passages,
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
    from policy_lint.meaning._read import Statement

__all__ = ["Statement", "Passage", "read_passage", "passages_of", "read_all", "counted", "labels_of", "coverage", "topics", "topic_kind", "blanket_topic", "CORE_TOPICS", "STATUSES", "MAY_TELL_LEAD", "force_span"]

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
    if name in ("Statement", "read_passage"):
        from policy_lint.meaning import _read

        return getattr(_read, name)
    if name in ("Passage", "passages_of", "coverage", "read_all", "counted", "labels_of", "MAY_TELL_LEAD"):
        from policy_lint.meaning import _passages

        return getattr(_passages, name)
    raise AttributeError(name)


def read_passage(text: str) -> "tuple[Statement, ...]":
    """The topics ``text`` states (see ``policy_lint.meaning._read``)."""
    from policy_lint.meaning._read import read_passage as read

    return read(text)


def force_span(text: str, span: tuple[int, int], force: str) -> "tuple[int, int] | None":
    """Where ``text`` says ``force`` ("must" or "may") near ``span`` (see ``policy_lint.meaning._force``)."""
    from policy_lint.meaning._force import force_span as find

    return find(text, span, force)


def passages_of(doc: Any) -> "list[Passage]":
    """The passages of a document (see ``policy_lint.meaning._passages``)."""
    from policy_lint.meaning._passages import passages_of as cut

    return cut(doc)


def coverage(passages: "list[Passage] | tuple[Passage, ...]", required: Any = ()) -> list[dict[str, Any]]:
    """Each topic's status in ``passages`` (see ``policy_lint.meaning._passages``)."""
    from policy_lint.meaning._passages import coverage as cover

    return cover(passages, required)


def topics() -> tuple[str, ...]:
    """Every topic the lexicon knows, in the order of data/topics.yaml."""
    from policy_lint.meaning._lexicon import lexicon

    return tuple(lexicon().topics)


def blanket_topic() -> str | None:
    """The topic a blanket promise of total secrecy is read as ("blanket_promise"; see ``_blanket``)."""
    from policy_lint.meaning._lexicon import lexicon

    return lexicon().blanket_topic


def topic_kind(topic: str) -> str | None:
    """"limit" or "duty" for a known topic, else None."""
    from policy_lint.meaning._lexicon import lexicon

    got = lexicon().topics.get(topic)
    return got[0] if got else None
