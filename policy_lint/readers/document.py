"""A prose policy as the engine sees it: blocks, one JSON Pointer each, and the facts found.

``ProseDocument`` offers what rules use on a YAML ``Document``:

* ``data`` holds ``{"blocks": [text, ...]}`` and, for each fact found in
  the text (``policy_lint.readers.facts``), the policy field it stands for:
  ``clinic.name``, ``clinic.contact.email``, ``clinic.effective_date``,
  ``confidentiality.summary``, ``questions``. So a rule that asks
  ``doc.get("/questions")`` gets the sentence that tells clients how to ask;
* ``strings()`` and ``matching_strings()`` yield each block once, as
  ``/blocks/N``: every block is prose, so the plain-language rules and the
  placeholder rule read every one;
* ``locate(pointer, span=...)`` maps a block (or a fact) and a span inside
  it to the file's ``line:col`` (Markdown, HTML, text), or to a
  ``findings.Locator`` (paragraph, and page for PDF) for Word and PDF;
* ``passages``: the passages the text-understanding core reads, one per
  paragraph, list item or table row (and per heading that asks a
  question); the limits and duties it reads there are ``limits`` and
  ``notification`` in ``data``, each placed at its words;
* ``applies(rule)``: rules that read the YAML structure (the schema, and
  fields no finder here looks for) are skipped on prose, never failed.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from policy_lint.findings import Locator, Position
from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import Fact
from policy_lint.loading.document import Document

__all__ = ["ProseDocument", "SKIPPED_KINDS", "JUDGED_FIELDS"]

#: Kinds that read the structure of a YAML policy. On prose they cannot apply:
#: the schema, and the checks of each limit's own wording (a page has no
#: limits written apart: each one is a passage the core read as a limit).
SKIPPED_KINDS = frozenset(
    {
        "schema.missing",
        "schema.unknown",
        "schema.invalid",
        "limits.too_short",
        "limits.off_topic",
        "limits.duplicate_category",
    }
)

#: Fields a prose document can judge present or missing: a ``coverage.required_text``
#: rule on other fields is skipped on prose.
JUDGED_FIELDS = frozenset(
    {
        "/confidentiality/summary",
        "/questions",
        "/clinic/name",
        "/clinic/contact",
        "/clinic/effective_date",
        "/notification/at_intake",
        "/notification/before_disclosure",
        "/notification/after_disclosure",
        "/notification/minimum_necessary",
    }
)


def _set_path(data: dict[str, Any], pointer: str, value: Any) -> None:
    parts = pointer.split("/")[1:]
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


class ProseDocument(Document):
    """A prose policy: its blocks, the facts found in them, and where each came from."""

    __slots__ = ("format", "blocks", "facts", "meta", "outside", "passages", "reading")
    _fields = Document._fields + __slots__
    _compared = _fields[:-1]  # what the core read follows from the blocks

    #: Every string of a prose document is text a client reads.
    all_prose = True

    def __init__(
        self,
        path: str,
        text: str,
        data: Any,
        index: dict[str, Any] | None = None,
        problems: list[Any] | None = None,
        is_json: bool = True,
        cache: dict[str, Any] | None = None,
        _line_starts: list[int] | None = None,
        format: str = "text",
        blocks: list[Block] | None = None,
        facts: dict[str, Fact] | None = None,
        meta: dict[str, Any] | None = None,
        outside: list[Block] | None = None,
        passages: list[Any] | None = None,
        reading: Any = None,
    ) -> None:
        # Like JSON, prose has no YAML comments (is_json). Markdown and HTML may hold
        # <!-- policy-lint: --> comments: the readers note them in meta["comments"].
        super().__init__(path, text, data, index if index is not None else {}, problems, is_json, cache, _line_starts)
        self.format = format
        self.blocks: list[Block] = blocks if blocks is not None else []
        self.facts: dict[str, Fact] = facts if facts is not None else {}
        self.meta: dict[str, Any] = meta if meta is not None else {}
        #: Text outside the policy (a web page's header and footer): read for facts
        #: (an address, a phone number), never linted. Pointers ``/outside/N``.
        self.outside: list[Block] = outside if outside is not None else []
        self.passages: list[Any] | None = passages
        #: What the core read (``policy_lint.readers.structure.Reading``), for ``import``.
        self.reading = reading

    @classmethod
    def of(cls, path: str, text: str, format: str, blocks: list[Block], facts: dict[str, Fact], meta: dict[str, Any], outside: list[Block] | None = None) -> "ProseDocument":
        """The document for these blocks.

        ``data`` holds the blocks' text, the facts found in the text as
        policy fields, and the limits and duties the core reads in the
        passages (``policy_lint.readers.structure``).
        """
        from policy_lint.readers.structure import fields, read_structure

        data: dict[str, Any] = {"blocks": [b.text for b in blocks]}
        for pointer, fact in facts.items():
            _set_path(data, pointer, fact.value)
        reading = read_structure(blocks)
        found, places = fields(reading, blocks)
        data.update(found)
        return cls(path, text, data, format=format, blocks=blocks, facts={**facts, **places}, meta=meta, passages=reading.passages, reading=reading, outside=outside)

    # -- what rules read ----------------------------------------------------

    def strings(self) -> Iterator[tuple[str, str]]:
        """Each block's text, as ``(/blocks/N, text)``, in reading order."""
        for i, block in enumerate(self.blocks):
            yield f"/blocks/{i}", block.text

    def outside_strings(self) -> Iterator[tuple[str, str]]:
        """The text outside the policy (a page's header and footer), as ``(/outside/N, text)``: for facts only."""
        for i, block in enumerate(self.outside):
            yield f"/outside/{i}", block.text

    def matching_strings(self, patterns: Iterable[str]) -> Iterator[tuple[str, str]]:
        """Every block: in prose, all text is text a client reads."""
        return self.strings()

    def applies(self, rule: Any) -> bool:
        """False for a rule that cannot apply to prose (it is skipped, never failed)."""
        if rule.kind in SKIPPED_KINDS:
            return False
        if rule.kind == "coverage.required_text":
            pointers = [str(p) for p in rule.params.get("pointers", [])]
            return bool(pointers) and all(p in JUDGED_FIELDS for p in pointers)
        return True

    # -- places ---------------------------------------------------------------

    def block_of(self, pointer: str) -> tuple[int, int] | None:
        """The block a pointer is in, and the offset of the pointer's text inside it."""
        if pointer.startswith("/blocks/"):
            token = pointer[8:]
            if token.isdigit() and int(token) < len(self.blocks):
                return int(token), 0
            return None
        if pointer.startswith("/outside/"):  # numbered after the blocks (see place)
            token = pointer[9:]
            if token.isdigit() and int(token) < len(self.outside):
                return len(self.blocks) + int(token), 0
            return None
        fact = self.facts.get(pointer)
        if fact is not None and fact.block is not None and fact.block < len(self.blocks) + len(self.outside):
            return fact.block, fact.span[0] if fact.span else 0
        return None

    def locate(self, pointer: str, *, on_key: bool = False, span: tuple[int, int] | None = None) -> tuple[Position | None, Position | None]:
        """Map a block (or a fact) and a span inside its text to a start and an end."""
        found = self.block_of(pointer)
        if found is None:  # the whole document: 1:1 in a text file, as for YAML; no place in Word or PDF
            return (Position(1, 1) if self.text else None), None
        index, shift = found
        block = self.block_at(index)
        if span is None:
            fact = self.facts.get(pointer)
            span = fact.span if fact is not None and fact.span is not None else (0, len(block.text))
        else:
            span = (span[0] + shift, span[1] + shift)
        return self.place(index, span)

    def describe(self, pointer: str) -> str:
        """Where a block is, as a person finds it: "line 22" or "page 1, paragraph 3"."""
        start, _ = self.locate(pointer)
        if isinstance(start, Locator):
            return start.label
        return f"line {start.line}" if start is not None else pointer

    def block_at(self, index: int) -> Block:
        """Block ``index``: the policy's blocks, then the text outside it (``outside``)."""
        return self.blocks[index] if index < len(self.blocks) else self.outside[index - len(self.blocks)]

    def place(self, index: int, span: tuple[int, int]) -> tuple[Position, Position]:
        """Start and end of ``span`` in block ``index`` (an index past the blocks is in ``outside``)."""
        block = self.block_at(index)
        if block.has_offsets:
            a, b = block.source_span(*span)
            return self.position_at(a), self.position_at(b)
        n = len(block.text)
        start = min(max(span[0], 0), max(n - 1, 0))
        end = min(max(span[1], start + 1), n)
        if block.parts:  # a table row: each cell is its own paragraph in the file
            a, first = block.part_at(start)
            b, last = block.part_at(end - 1)
            return Locator(index + 1, a + 1, block.page, first if first is not None else index + 1, block.part), Locator(index + 1, b + 2, block.page, last if last is not None else index + 1, block.part)
        number = block.number if block.number is not None else index + 1
        return Locator(index + 1, start + 1, block.page, number, block.part), Locator(index + 1, end + 1, block.page, number, block.part)
