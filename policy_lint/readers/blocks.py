"""The one form every prose reader produces: blocks of text with a map back to the source.

A *block* is a heading, a paragraph, a list item or a table row (its
cells joined in order, see ``join_row``). Its
``text`` is what a client reads: markup removed, entities decoded, runs of
white space made one space. Its *anchors* map each character of ``text``
back to the file as written:

* for Markdown, HTML and plain text, to a character offset in the decoded
  file, so a finding gets the file's own ``line:col``;
* for Word and PDF files, which have no lines a person can go to, to a
  *locator*: the paragraph number (and for PDF the page), and the
  character inside that paragraph.

Readers never compute lines: ``policy_lint.prose.ProseDocument`` turns an
offset into ``line:col`` with the same code as YAML files.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

__all__ = ["is_navigation", "Block", "BlockBuilder", "KINDS", "Parsed", "join_row", "join_rows"]

_WORDS = re.compile(r"\S+").finditer

#: Characters a reader sees as others: the ligatures a PDF or a word processor writes ("ﬁrst" is "first"), and
#: marks that show nothing (a soft hyphen, zero-width spaces and joiners, a byte-order mark inside the text).
_FOLD = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
         "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""}
_FOLDS = re.compile("[" + "".join(_FOLD) + "]")
#: The same, for text with no map to its source (Word and PDF blocks).
FOLD_TABLE = str.maketrans(_FOLD)

#: The kinds of block, as Vale and textlint call them (scopes, node types).
KINDS = ("heading", "paragraph", "list_item", "table_row")


class Block:
    """One block of prose and where it came from.

    A plain slotted class, not a value class: a page has hundreds of them.

    Attributes:
        kind: heading, paragraph, list_item or table_row.
        text: The text a reader sees.
        starts: Offsets in ``text`` where a run of characters begins that
            sits unchanged in the source (sorted).
        sources: For each run, its offset in the source.
        wide: Characters of ``text`` that stand for more than one source
            character (an entity such as ``&amp;``): text offset -> source length.
        page: The page of a PDF block (None for other formats).
        number: The paragraph number for Word and PDF files (per page for
            PDF); None for formats with lines.
        level: The heading level (1 to 6), 0 for other blocks.
        parts: For a table row of a Word or PDF file, where each cell's
            paragraph starts in ``text`` and its paragraph number, so a
            finding in the second cell names that cell's paragraph (None
            for other blocks).
        part: The part of a Word file outside its body that holds the
            block, such as "footer" (None for the body and other
            formats); ``number`` then counts that part's paragraphs.
        depth: For a list item, how deep its list sits in other lists (0
            for a list of its own, 1 for a list inside an item, ...), where
            the format shows it (Markdown, HTML, an indented text list);
            0 for other blocks.
    """

    __slots__ = ("kind", "text", "starts", "sources", "wide", "page", "number", "level", "parts", "part", "depth")

    def __init__(
        self,
        kind: str,
        text: str,
        starts: list[int] | None = None,
        sources: list[int] | None = None,
        wide: dict[int, int] | None = None,
        page: int | None = None,
        number: int | None = None,
        level: int = 0,
        parts: list[tuple[int, int]] | None = None,
        part: str | None = None,
        depth: int = 0,
    ) -> None:
        self.depth = depth
        self.parts = parts
        self.part = part
        self.kind = kind
        self.text = text
        self.starts = starts if starts is not None else []
        self.sources = sources if sources is not None else []
        self.wide = wide
        self.page = page
        self.number = number
        self.level = level

    def __repr__(self) -> str:
        where = f" page={self.page}" if self.page is not None else ""
        where += f" number={self.number}" if self.number is not None else ""
        where += f" part={self.part!r}" if self.part is not None else ""
        return f"Block({self.kind!r}, {self.text[:40]!r}{where})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def part_at(self, index: int) -> tuple[int, int | None]:
        """The paragraph number and the offset inside it of the character at ``index`` (Word, PDF)."""
        if not self.parts:
            return index, self.number
        k = max(bisect.bisect_right([p[0] for p in self.parts], index) - 1, 0)
        return index - self.parts[k][0], self.parts[k][1]

    @property
    def has_offsets(self) -> bool:
        """True when the block maps to offsets in a text file (not to a locator)."""
        return bool(self.starts)

    def source_offset(self, index: int) -> int:
        """The source offset of the character at ``index`` in ``text``."""
        starts = self.starts
        if not starts:
            return index
        k = bisect.bisect_right(starts, index) - 1
        if k < 0:
            return self.sources[0]
        return self.sources[k] + (index - starts[k])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the text span ``[start, end)``: the end is exclusive."""
        n = len(self.text)
        start = min(max(start, 0), max(n - 1, 0))
        end = min(max(end, start + 1), n) if n else start + 1
        a = self.source_offset(start)
        last = end - 1
        b = self.source_offset(last) + ((self.wide or {}).get(last, 1))
        return a, max(b, a + 1)


class BlockBuilder:
    """Collect the text of one block, piece by piece, with its anchors.

    ``add`` takes text that sits unchanged in the source; ``add_char``
    one character that stands for other source text (an entity);
    ``space`` one space for any run of white space. Spaces collapse: a
    block never starts or ends with one, and never holds two in a row.
    """

    __slots__ = ("parts", "starts", "sources", "wide", "length", "pending_space", "space_at", "linked", "links")

    def __init__(self) -> None:
        #: Characters (not spaces) that were the text of a link, and how many links gave text.
        self.linked = 0
        self.links = 0
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.sources: list[int] = []
        self.wide: dict[int, int] = {}
        self.length = 0
        self.pending_space = False
        self.space_at = 0

    def _flush_space(self) -> None:
        if self.pending_space:
            self.pending_space = False
            if self.length:
                self._anchor(self.space_at)
                self.parts.append(" ")
                self.length += 1

    def _anchor(self, source: int) -> None:
        """Start a new run at ``source``, unless it goes on from the last one."""
        starts = self.starts
        if starts and self.sources[-1] + (self.length - starts[-1]) == source and (self.length - 1) not in self.wide:
            return
        starts.append(self.length)
        self.sources.append(source)

    def space(self, source: int) -> None:
        """A run of white space that starts at ``source``."""
        if not self.pending_space:
            self.pending_space = True
            self.space_at = source

    def add(self, text: str, source: int) -> None:
        """Text with no white space runs, found as it is at ``source``.

        A ligature ("ﬁ", as PDFs and word processors write "fi") is read as its
        letters, each mapped to the one source character; a mark that shows
        nothing (a soft hyphen, a zero-width space) is left out.
        """
        if not text:
            return
        if _FOLDS.search(text) is not None:
            at = 0
            for m in _FOLDS.finditer(text):
                self.add(text[at:m.start()], source + at)
                for letter in _FOLD[m.group()]:  # each letter a run of its own, at the ligature
                    self._flush_space()
                    self._anchor(source + m.start())
                    self.parts.append(letter)
                    self.length += 1
                at = m.end()
            self.add(text[at:], source + at)
            return
        self._flush_space()
        self._anchor(source)
        self.parts.append(text)
        self.length += len(text)

    def add_words(self, text: str, source: int) -> None:
        """Text that may hold white space: each run becomes one space."""
        prev = 0
        for m in _WORDS(text):
            if m.start() > prev:
                self.space(source + prev)
            self.add(m.group(), source + m.start())
            prev = m.end()
        if prev < len(text):
            self.space(source + prev)

    def add_char(self, char: str, source: int, width: int) -> None:
        """One character (from an entity ``width`` characters long at ``source``)."""
        if char.isspace():
            self.space(source)
            return
        self.add(char, source)
        if width != 1:
            self.wide[self.length - 1] = width

    def unhyphen(self, keep: bool) -> None:
        """The word broken at the end of the last line goes on at the next: drop the pending space and,
        unless ``keep`` (a compound such as "self-" / "harm"), the hyphen itself."""
        self.pending_space = False
        if keep or not self.parts or not self.parts[-1].endswith("-"):
            return
        last = self.parts[-1][:-1]
        self.length -= 1
        self.wide.pop(self.length, None)
        if last:
            self.parts[-1] = last
        else:
            self.parts.pop()
        if self.starts and self.starts[-1] >= self.length:
            self.starts.pop()
            self.sources.pop()

    @property
    def empty(self) -> bool:
        return self.length == 0

    @property
    def text(self) -> str:
        """The text collected so far."""
        return "".join(self.parts)

    def build(self, kind: str, level: int = 0) -> Block | None:
        """The block, or None when it holds no text."""
        if not self.length:
            return None
        return Block(kind, "".join(self.parts), self.starts, self.sources, self.wide or None, level=level)


def _joiner(before: str, label: bool = False) -> str:
    """What goes between two cells of a row: a space after a full stop, ": " after a label, else ". "."""
    if before[-1:] in ".!?:;":
        return " "
    return ": " if label else ". "


def _is_label(text: str) -> bool:
    """True when a row's first cell only names what the row is about ("Child abuse", "Danger to others")."""
    from policy_lint.meaning import names_only

    return names_only(text)


def join_row(cells: list[Block]) -> Block:
    """One block for a table row: its cells' text joined in order, each keeping its map to the source.

    The core reads a row as one passage, so "Child abuse" in one cell and
    "We must report it to CPS" in the next state one limit, as they do for
    a reader. A first cell that only names something is the row's label:
    "Child abuse: We must report it to CPS" is one sentence, so the duty's
    "must" is the limit's (read as "Child abuse. We must ...", the label was
    a sentence of its own and the limit lost its force). Any other cell that
    does not end a sentence is ended with ". ". That colon or full stop
    stands for the markup between the two cells ("</td><td>" or " | "), as
    one character stands for an entity.
    """
    if len(cells) == 1 and cells[0].kind == "list_item":
        return cells[0]  # a row of one bulleted cell ("<tr><td>&bull; Court orders</td></tr>"): a list typed in a table
    if len(cells) == 1 and cells[0].kind != "heading":
        # a row of one cell is a paragraph set in a table, as old pages lay out their text (a lead-in over a list)
        only = cells[0]
        return Block("paragraph", only.text, only.starts, only.sources, only.wide, only.page, only.number, 0, only.parts)
    text = ""
    starts: list[int] = []
    sources: list[int] = []
    wide: dict[int, int] = {}
    parts: list[tuple[int, int]] = []
    offsets = all(c.has_offsets for c in cells)
    prev_end = 0
    for place, cell in enumerate(cells):
        if text:
            # (the first gap: after the row's label, if its first cell is one)
            sep = _joiner(text, place == 1 and _is_label(cells[0].text))
            if offsets:
                starts.append(len(text))
                sources.append(prev_end)
                if sep != " ":  # the full stop or colon stands for the markup between the cells, as an entity does
                    wide[len(text)] = max(cell.sources[0] - prev_end, 1) if cell.sources else 1
            text += sep
        shift = len(text)
        if offsets:
            starts.extend(s + shift for s in cell.starts)
            sources.extend(cell.sources)
            prev_end = cell.source_span(len(cell.text) - 1, len(cell.text))[1]
        for k, w in (cell.wide or {}).items():
            wide[k + shift] = w
        if cell.parts:
            parts.extend((a + shift, n) for a, n in cell.parts)
        elif cell.number is not None:
            parts.append((shift, cell.number))
        text += cell.text
    first = cells[0]
    return Block("table_row", text, starts if offsets else [], sources if offsets else [], wide or None, first.page, first.number, 0, parts or None)


def join_rows(blocks: list[Block], rows: list[int | None]) -> list[Block]:
    """Join the blocks of each table row (same row number, next to each other) into one ``table_row`` block.

    ``rows[i]`` is the row block ``i`` sits in, or None outside a table. A
    heading stays a heading.
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        row = rows[i]
        if row is None or blocks[i].kind == "heading":
            out.append(join_row([blocks[i]]) if blocks[i].kind == "table_cell" else blocks[i])
            i += 1
            continue
        j = i
        while j < len(blocks) and rows[j] == row and blocks[j].kind != "heading":
            j += 1
        out.append(join_row(blocks[i:j]))
        i = j
    return out


def is_navigation(text: str, linked: int, links: int, kind: str) -> bool:
    """True when a block is a menu, not policy text: most of its text is the text of links.

    A line of links ("Home | About | Suicide Prevention | Contact") or a short
    item that is one link ("Suicide Prevention" in a side menu) is navigation:
    read as policy text, a menu item could state a limit the page never
    explains. A heading is never dropped (some pages make their headings
    links), nor a sentence with a link in it ("Read our notice").
    """
    if not linked or kind == "heading":
        return False
    total = sum(1 for c in text if not c.isspace())
    if not total:
        return False
    if links >= 3 and linked >= 0.6 * total:
        return True  # a menu or footer line: "© 2024 Clinic · Privacy · Terms · Accessibility"
    return linked >= 0.8 * total and len(text.split()) <= 6


class Parsed:
    """What a reader found: the blocks, the title and facts for the clinic, and problems.

    ``problems`` are ``policy_lint.loading.LoadProblem``s; a fatal one means
    no text could be read. ``meta`` holds what the file says about itself
    (``title``, ``site_name``, ``author``), for naming the clinic.
    ``outside`` are blocks of text outside the policy that may still say who
    and where the practice is (a web page's header and footer): read for
    facts (address, email, phone), never linted.
    """

    __slots__ = ("blocks", "meta", "problems", "format", "outside")

    def __init__(self, format: str, blocks: list[Block] | None = None, meta: dict[str, Any] | None = None, problems: list[Any] | None = None, outside: list[Block] | None = None) -> None:
        self.outside: list[Block] = outside if outside is not None else []
        self.format = format
        self.blocks: list[Block] = blocks if blocks is not None else []
        self.meta: dict[str, Any] = meta if meta is not None else {}
        self.problems: list[Any] = problems if problems is not None else []
