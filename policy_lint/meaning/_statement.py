"""What the core says a passage states: one ``Statement`` a topic.

A module of its own, so what needs only the value (the reading cache, the
coverage of a document whose readings were kept) never imports the reader.
"""

from __future__ import annotations

from policy_lint.values import Frozen, _set

__all__ = ["Statement", "CONSENT_ONLY", "TOTAL_ONLY", "REFUSED_TITLE", "ABUSE_TOPICS", "LAW_SOURCED"]
#: The limits whose source the law's words beside or after them are, as a qualifier (the dangers, the warning, the abuse
#: limits): "we are required by law to report child abuse" reads the law vague (``_read``, ``_passages``).
LAW_SOURCED = frozenset({"harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse"})

#: The force of a blanket promise whose only exception is the client's say-so ("We never share anything you say with
#: anyone, except with your written consent"): it holds only in a policy whose other words tell no limit (``coverage``).
CONSENT_ONLY = "consent"
#: The force of a blanket promise that is only a claim of total secrecy, with no word that leaves no room for an
#: exception ("Your conversations are completely confidential and private", with "Are there any exceptions to
#: confidentiality?" further down the page): the page's welcome, which the limits it names qualify. It stays a
#: promise (rule COV008), but in a policy whose other words tell a limit it contradicts none (``coverage``) (limits16).
TOTAL_ONLY = "total"


class Statement(Frozen):
    """One topic a passage states.

    Attributes:
        topic: the topic (a category of categories.yaml, or a duty such as at_intake).
        stance: "states", "opposite" (it says the opposite) or "vague" (generic wording that names no limit).
        force: "must", "may" or None (no word of duty or choice); ``CONSENT_ONLY`` for a blanket promise whose only
            exception is the client's say-so; ``TOTAL_ONLY`` for one that is only a claim of total secrecy.
        span: start and end character offsets, in the passage, of the words that decided.
        words: those words, as written.
    """

    __slots__ = ("topic", "stance", "force", "span", "words")
    topic: str
    stance: str
    force: str | None
    span: tuple[int, int]
    words: tuple[str, ...]

    def __init__(self, topic: str, stance: str, force: str | None, span: tuple[int, int], words: tuple[str, ...]) -> None:
        _set(self, "topic", topic)
        _set(self, "stance", stance)
        _set(self, "force", force)
        _set(self, "span", span)
        _set(self, "words", words)


#: The frame of a passage that only completes a refusal, so what it names of the law's limits is said the opposite way:
#: a heading over a paragraph that only refuses to tell anyone ("## Court orders" over "We refuse to share your
#: records.", readers/structure.py, fix14), and a list item whose bare act completes a refusing lead-in ("We will
#: never:" over "- report you to child protective services", ``_frames.list_frame``). Here, below both modules that
#: use it (``_passages`` reads it, ``_frames`` gives it).
REFUSED_TITLE = "refused_title"

#: The three abuse limits: generic words of abuse ("abuse or neglect") speak of these only.
ABUSE_TOPICS = frozenset({"child_abuse", "elder_abuse", "dependent_adult_abuse"})
