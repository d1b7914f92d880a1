"""What a prose policy states, as the fields of a YAML policy: limits and notification.

The text-understanding core (``policy_lint.meaning``) reads each passage
(a paragraph, list item or table cell; a heading that asks a question, as
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

from typing import Any, Sequence

from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import Fact

__all__ = ["Reading", "read_structure", "DUTY_FIELDS"]

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


def _is_question(block: Block) -> bool:
    return block.kind == "heading" and block.text.rstrip().endswith("?")


def read_structure(blocks: Sequence[Block]) -> Reading:
    """Passages of the blocks, and the limits and duties the core reads in them."""
    from policy_lint.meaning import Passage, read_passage, topic_kind

    out = Reading()
    heading: int | None = None
    # The limits a question heading states ("What if I want to hurt myself?"),
    # waiting for the answer under it, which carries them.
    asked: list[tuple[str, tuple[str, ...]]] = []
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            heading = i
            asked = []
            if not _is_question(block):
                continue
        pointer = f"/blocks/{i}"
        out.passages.append(Passage(pointer, block.text))
        cats: list[str] = []
        spans: list[tuple[int, int]] = []
        words: list[tuple[str, ...]] = []
        for st in read_passage(block.text):
            if st.stance != "states":
                continue
            kind = topic_kind(st.topic)
            if kind == "duty" and st.topic in DUTY_FIELDS:
                out.duties.setdefault(st.topic, (i, st.span, tuple(st.words)))
                out.used.add(i)
            elif kind == "limit" and st.topic not in cats:
                cats.append(st.topic)
                spans.append(st.span)
                words.append(tuple(st.words))
        if block.kind == "heading":  # a question: its answer follows
            asked = list(zip(cats, words))
            continue
        for cat, said in asked:  # what the question asked and the answer does not name
            if cat not in cats:
                cats.append(cat)
                spans.append((0, len(block.text)))
                words.append(said)
        asked = []
        if cats:
            out.limits.append(LimitFound(i, cats, spans, words, heading if heading is not None and heading != i else None))
            out.used.add(i)
    return out


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
