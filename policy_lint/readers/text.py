"""Read a plain text policy as blocks, with the line and column of every character.

Blank lines end a paragraph, and so does a line of more than 150
characters (text pasted from a page, one paragraph a line). A line that
starts with a bullet (``-``,
``*``, ``•``, ``1.``, ``(a)``) starts a list item; the lines under it go on
with it. A paragraph of one short line without a full stop is a heading,
and so is a line underlined with ``===`` or ``---``. No dependency: the
standard library is enough.
"""

from __future__ import annotations

import re

from policy_lint.readers.blocks import Block, BlockBuilder, Parsed

__all__ = ["read_text", "is_heading_line", "BULLET"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
#: A list bullet or number at the start of a line.
BULLET = re.compile(r"[ \t]*(?:[-*+•·▪◦‣–—o](?=[ \t])|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)](?=[ \t]))[ \t]+")
_UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,})[ \t]*$")
#: A line longer than this was not wrapped by hand: it is a paragraph of its own.
_UNWRAPPED = 150
_END = re.compile(r"[.;,!]['\"’”)]?$")


def is_heading_line(text: str) -> bool:
    """A short line with no full stop at its end: a title, not a sentence."""
    words = text.split()
    if not words or len(words) > 12 or _END.search(text.rstrip()):
        return False
    if text.rstrip().endswith("?") and len(words) > 6:
        return False
    return any(c.isalpha() for c in text)


def read_text(text: str) -> Parsed:
    """Read plain ``text`` into blocks (offsets into ``text``)."""
    lines: list[tuple[int, str]] = []  # (offset, line without its break)
    for m in _LINE.finditer(text):
        line = m.group().rstrip("\r\n")
        if m.start() == len(text) and not line:
            break
        lines.append((m.start(), line))
    blocks: list[Block] = []
    builder: BlockBuilder | None = None
    kind = "paragraph"
    group_lines = 0

    group: list[tuple[int, str]] = []  # the lines of the open paragraph

    def close() -> None:
        nonlocal builder, group_lines
        if builder is not None and kind == "paragraph" and 1 < group_lines <= 3 and all(is_heading_line(t) for _, t in group):
            # a block of title lines ("CLINIC NAME" / "Notice of Privacy Practices"): one heading each
            for offset, line in group:
                lead = len(line) - len(line.lstrip())
                one = BlockBuilder()
                one.add_words(line[lead:], offset + lead)
                block = one.build("heading", 2)
                if block is not None:
                    blocks.append(block)
            builder = None
            group_lines = 0
            group.clear()
            return
        group.clear()
        if builder is not None:
            block = builder.build(kind)
            if block is not None:
                if kind == "paragraph" and group_lines == 1 and is_heading_line(block.text):
                    block.kind = "heading"
                    block.level = 2
                blocks.append(block)
        builder = None
        group_lines = 0

    for i, (offset, line) in enumerate(lines):
        if not line.strip():
            close()
            continue
        if _UNDERLINE.match(line):
            if builder is not None and group_lines == 1 and kind == "paragraph":
                block = builder.build("heading", 1 if "=" in line else 2)
                if block is not None:
                    blocks.append(block)
                builder = None
                group_lines = 0
                continue
            close()
            continue
        bullet = BULLET.match(line)
        if bullet is not None:
            close()
            kind = "list_item"
            builder = BlockBuilder()
            builder.add_words(line[bullet.end():], offset + bullet.end())
            group_lines = 1
            continue
        if builder is not None and (len(line) > _UNWRAPPED or (group and len(group[-1][1]) > _UNWRAPPED)):
            close()  # text that is not wrapped: each long line is a paragraph of its own
        if builder is None:
            kind = "paragraph"
            builder = BlockBuilder()
        else:
            builder.space(offset)
        lead = len(line) - len(line.lstrip())
        builder.add_words(line[lead:], offset + lead)
        group_lines += 1
        group.append((offset, line))
    close()
    meta = {}
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is not None and blocks and blocks[0] is first:
        meta["heading"] = first.text
    return Parsed("text", blocks, meta)
