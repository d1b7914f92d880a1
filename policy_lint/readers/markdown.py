"""Read Markdown as blocks, with the line and column of every character.

Why markdown-it-py: it follows CommonMark (the tables of GitHub Flavored
Markdown are switched on), it is kept up to date, it is pure Python with no
other dependency, and each block token carries ``map``: the source lines it
came from. Inline text has no positions in any Python Markdown parser, so
each run of text is found again in the block's own lines, in order (an
entity such as ``&amp;`` or an escape such as ``\\*`` stands for one
character).

Code blocks, fenced code and images are not policy text and are skipped,
as Vale does. An HTML block is read with the HTML reader (some pages wrap
their text in ``<div>`` elements), its places shifted to the file. A YAML front matter block (``---`` ... ``---``)
is skipped too; its ``title:`` names the clinic. The type of an Obsidian or
GitHub callout (``> [!warning] Title``) is a style, not words; its title is a
heading of the text under it.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from policy_lint.readers.blocks import BlockBuilder, Parsed, is_navigation, join_rows
from policy_lint.readers.text import is_bold_title, question_title

__all__ = ["read_markdown"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n|\r)(?:---|\.\.\.)[ \t]*(?:\r?\n|\r|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^(title|name|clinic|practice)\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
# Hugo's TOML front matter: "+++" ... "+++", its fields "title = 'Katie Thompson'".
_TOML_FRONT = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n|\r)\+\+\+[ \t]*(?:\r?\n|\r|\Z)", re.DOTALL)
_TOML_TITLE = re.compile(r"^(title|name|clinic|practice)\s*=\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
# A line that is only template tags: Hugo shortcodes ("{{< figure ... >}}", "{{% details "Title" %}}", "{{< /accordion >}}"),
# Liquid and Nunjucks tags ("{% include cta.html %}", "{{ site.footer }}") and kramdown's attribute lists ("{: .notice}").
# They are the site's machinery, not words: the line is read as a blank line. Written with no blank line around them, they
# would join the paragraph next to them ("{{< expand "Will you tell?" >}} I keep ...": a question joined to its answer).
_TAG = r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}|\{:.*?\}"
_TAG_LINE = re.compile(rf"[ \t]*(?:(?:{_TAG})[ \t]*)+")
# A shortcode that opens a panel with a title ("{{< expand "Will you tell anyone?" >}}", "{{< accordion title="Limits" >}}",
# hugo-book's "{{% details "Title" open %}}"): its title is a heading of the text in it, as an accordion's is in HTML.
_SHORTCODE = re.compile(r"\{\{[<%]-?[ \t]*([A-Za-z][\w-]*)(.*?)-?[%>]\}\}")
_DISCLOSURE = re.compile(r"accordion|expand|details|collaps|toggle|spoiler|faq|question|tab|disclosure|reveal", re.IGNORECASE)
_TITLE_ARG = re.compile(r"""\b(?:title|summary|question|header|heading|name)\s*=\s*(?:"([^"]+)"|'([^']+)')""")
_FIRST_ARG = re.compile(r"""\A\s*(?:"([^"]+)"|'([^']+)')""")
# An admonition of Python-Markdown and MkDocs ("!!! warning "Limits"", a collapsed one "??? note "Title"" or "???+"), its
# text indented under it; a container of Docusaurus, VuePress and markdown-it ("::: tip Limits", ":::note[Limits]", ":::").
# The type is a style; the title is a heading of the text under it; the indented text is text, not code.
_ADMONITION = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+[\w-]+){0,2}(?:[ \t]+\"(.*)\")?[ \t]*")
# The types of admonitions (Python-Markdown's and MkDocs Material's): "!!! Please read this" is a sentence, not one.
_ADMONITION_TYPES = frozenset(
    "note abstract summary tldr info todo tip hint important success check done question help faq warning caution "
    "attention failure fail missing danger error bug example quote cite seealso admonition".split()
)
# An attribute list after a link, an image or a title ("[Book](/x){ .md-button }", "## Fees {#fees}"): MkDocs and
# kramdown style it, no reader sees it. An icon of MkDocs Material (":fontawesome-regular-calendar-days:"): a picture.
_ATTRS = re.compile(r"""\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*[ \t]*\}""")
_ICON = re.compile(r":(?:fontawesome|material|octicons|simple|twemoji)-[a-z0-9-]+:")
# A tag alone on its line that asks for Markdown inside it (kramdown's and Python-Markdown's markdown="1", as Jekyll
# themes write their notices: '<div class="notice--info" markdown="1">'), and a closing tag alone on its line.
_MD_OPEN = re.compile(r"""[ \t]*<([A-Za-z][\w-]*)\b[^<>]*\bmarkdown\s*=\s*["']?(?:1|block|span)["']?[^<>]*>[ \t]*""")
_MD_CLOSE = re.compile(r"[ \t]*</([A-Za-z][\w-]*)\s*>[ \t]*")
# A run of bold marks standing alone, which marks nothing ("** **", "****"); not underscores, a line to sign on.
_STRAY_MARKS = re.compile(r"(?:(?<=\s)|^)\*{2,}(?=\s|$)")
# A footnote's definition ("[^1]: The exceptions are:"), its further lines indented by four under it, as Pandoc,
# PHP Markdown Extra and GitHub write them (tune42b, session 22): the marker is no words and the indented lines are
# the footnote's text, not a code block (a school's page gave its list of limits in a footnote).
_FOOTNOTE = re.compile(r"(\[\^[^\]\s]{1,40}\]:)[ \t]*\S.*|(\[\^[^\]\s]{1,40}\]:)[ \t]*")
_CONTAINER = re.compile(r":{3,}[ \t]*(?:[\w-]+)?[ \t]*(?:\[(.*)\]|(.*?))[ \t]*(?:\{.*\})?[ \t]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# The type of an Obsidian or GitHub callout, "> [!warning] Title" or "> [!NOTE]-": a style, not words.
_CALLOUT = re.compile(r"\A\[![A-Za-z][\w-]*\][+-]?[ \t]*")
# A number and a colon at the start of a line of a paragraph ("1: If you are in danger ..."): a list item, as the
# text reader reads it (``readers.text.BULLET``); CommonMark reads such lines as one paragraph.
_NUMBER_COLON = re.compile(r"\d{1,2}:[ \t]+(?=\S)")
# A bullet Markdown does not know, typed at the start of a line ("• Court orders", "•Court orders", pasted from a
# word processor): CommonMark reads such lines as one paragraph; each starts a list item, as in the text and HTML readers.
_TYPED_BULLET = re.compile(r"(?:[•·▪◦‣►▸➢➤✓✔–—][ \t]+|[•▪◦‣►▸➢➤](?=[A-Z]))(?=\S)")

_PARSER: Any = None


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        _PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return _PARSER


def _place(builder: BlockBuilder, piece: str, src: str, at: int, limit: int, entities: bool = True) -> int:
    """Add ``piece`` to ``builder``, found in ``src`` from ``at``; return where the search goes on.

    ``entities`` is False for code (`` `&amp;` ``), where an entity is text as written.
    """
    k = src.find(piece, at, limit)
    if k >= 0:
        builder.add_words(piece, k)
        return k + len(piece)
    j = at
    for ch in piece:
        if ch.isspace():
            builder.space(j)
            continue
        k = src.find(ch, j, limit)
        amp = src.find("&", j, k + 1 if k >= 0 else limit) if entities else -1
        if amp >= 0 and _escaped(src, amp):
            amp = -1  # "\&amp;" is the five characters as written, no entity
        if amp >= 0:
            m = _ENTITY.match(src, amp)
            if m is not None and unescape(m.group()) == ch:
                builder.add_char(ch, amp, m.end() - amp)
                j = m.end()
                continue
        if k >= 0:
            builder.add(ch, k)
            j = k + 1
        else:  # not in the source as such (should not happen): keep the text, near its place
            builder.add(ch, min(j, max(limit - 1, 0)))
    return j


def _escaped(src: str, at: int) -> bool:
    """True when the character at ``at`` follows an odd number of backslashes (a Markdown escape)."""
    n = 0
    while at - n - 1 >= 0 and src[at - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _html_block(text: str, starts: list[int], tok: Any, comments: list[tuple[int, int]]) -> list[Any]:
    """The text of an HTML block inside Markdown (some pages wrap their text in <div>s), placed in the file."""
    from policy_lint.readers.html import read_html

    first, last = tok.map
    base = starts[first] if first < len(starts) else len(text)
    end = starts[last] if last < len(starts) else len(text)
    raw = text[base:end]
    parsed = read_html(raw)
    found = parsed.blocks
    for block in found:
        block.sources = [s + base for s in block.sources]
    comments.extend((a + base, b + base) for a, b in parsed.meta.get("comments", ()))
    return found


def read_markdown(text: str) -> Parsed:
    """Read Markdown ``text`` into blocks (offsets into ``text``)."""
    meta: dict[str, Any] = {}
    parse_text = text
    for front_matter, title_line in ((_FRONT, _FRONT_TITLE), (_TOML_FRONT, _TOML_TITLE)):  # YAML's "---", Hugo's "+++"
        front = front_matter.match(text)
        if front is None:
            continue
        for m in title_line.finditer(front.group(1)):
            key = m.group(1).lower()
            value = m.group(2).strip().strip("'\"")
            if value:
                meta.setdefault("title" if key == "title" else "site_name", value)
        # blank it out, keeping every offset and line
        blank = "".join(c if c in "\r\n" else " " for c in front.group())
        parse_text = blank + text[front.end():]
        break
    parse_text = _site_syntax(parse_text)
    starts = [0]
    starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
    tokens = _parser().parse(parse_text)
    blocks = []
    kinds: list[str] = []  # open containers that decide a paragraph's kind
    kind = "paragraph"
    level = 0
    cursor_line = -1
    cursor = 0
    row = 0  # the table row being read (0: none yet)
    rows: list[int | None] = []  # the row of each block, None outside a table
    comments: list[tuple[int, int]] = []  # where each <!-- policy-lint: ... --> comment is
    quotes = 0  # open blockquotes
    quote_start = False  # the next inline is the first of a blockquote
    for tok in tokens:
        t = tok.type
        if t == "html_block" and tok.map is not None:
            added = _html_block(text, starts, tok, comments)
            blocks.extend(added)
            rows.extend([None] * len(added))
            continue
        if t == "blockquote_open":
            quotes += 1
            quote_start = True
        elif t == "blockquote_close":
            quotes = max(quotes - 1, 0)
        elif t == "tr_open":
            row += 1
        elif t == "list_item_open":
            kinds.append("list_item")
        elif t in ("th_open", "td_open"):
            kinds.append("table_cell")
        elif t in ("list_item_close", "th_close", "td_close"):
            if kinds:
                kinds.pop()
        elif t == "heading_open":
            kind, level = "heading", int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "paragraph_open":
            kind, level = (kinds[-1] if kinds else "paragraph"), 0
        elif t == "inline" and tok.map is not None:
            first, last = tok.map
            line_start = starts[first] if first < len(starts) else len(text)
            limit = starts[last] if last < len(starts) else len(text)
            if first != cursor_line or cursor < line_start:
                cursor, cursor_line = line_start, first
            builder = BlockBuilder()
            in_link = 0
            callout = quote_start and quotes > 0
            titled = False  # a callout's title is being read
            quote_start = False
            if kind == "paragraph" and not kinds and _bold_lead(tok.children or ()):
                # "**Legal Disclaimer**  " then a line break, then the text: a title in bold on a line of its own, as
                # "<b>Limits</b><br>" is in HTML (pages converted to Markdown write them so)
                titled = True
            # A paragraph (not a list item, a cell or a heading) whose lines start "1:", "2:": each such line
            # starts a list item, the lines before the first one stay the paragraph (review15: a UK page's list).
            numbered = kind == "paragraph" and not kinds
            piece = kinds[-1] if kinds else "paragraph"  # the kind of the block being built
            line_start_child = True  # the next child is the first of a line
            for child in tok.children or ():
                ct = child.type
                at_line, line_start_child = line_start_child, ct in ("softbreak", "hardbreak")
                if numbered and at_line and ct == "text" and not titled:
                    m = _NUMBER_COLON.match(child.content) or _TYPED_BULLET.match(child.content)
                    if m is not None:
                        block = builder.build(piece)
                        if block is not None and not is_navigation(block.text, builder.linked, builder.links, block.kind):
                            blocks.append(block)
                            rows.append(None)
                        builder, piece, in_link = BlockBuilder(), "list_item", 0
                        marker = m.group().rstrip()
                        k = text.find(marker, cursor, limit)
                        if k >= 0:
                            cursor = k + len(marker)
                        rest = child.content[m.end():]
                        if rest:
                            cursor = _place(builder, rest, text, cursor, limit)
                        continue
                if callout and ct == "text":
                    callout = False
                    m = _CALLOUT.match(child.content)
                    if m is not None:  # skip the callout's type: "[!warning]" warns of nothing
                        k = text.find(m.group().rstrip(), cursor, limit)
                        if k >= 0:
                            cursor = k + len(m.group().rstrip())
                            builder.space(cursor)
                        rest = child.content[m.end():]
                        if rest:
                            cursor = _place(builder, rest, text, cursor, limit)
                        # the rest of the first line is its title, plain or marked up ("[!warning] **Limits**");
                        # with none, the text under it starts on the next line (an empty title is no heading)
                        titled = True
                        continue
                callout = False
                if titled and ct in ("softbreak", "hardbreak"):
                    # the callout's title ends its first line: a heading of the text under it
                    titled = False
                    head = builder.build("heading", 6)
                    if head is not None:
                        blocks.append(head)
                        rows.append(None)
                    builder = BlockBuilder()
                    continue
                if ct in ("text", "code_inline"):
                    said = child.content
                    if ct == "text" and "**" in said:
                        # bold marks that mark nothing ("**Profile** **  \n** We keep ...", left by converters
                        # from HTML): no words
                        said = _STRAY_MARKS.sub("", said)
                        if not said.strip():
                            builder.space(cursor)
                            continue
                    cursor = _place(builder, said, text, cursor, limit, ct == "text")
                    if in_link:
                        builder.linked += sum(1 for c in child.content if not c.isspace())
                elif ct == "html_inline" and "policy-lint" in child.content:
                    k = text.find(child.content, cursor, limit)
                    if k >= 0 and child.content.startswith("<!--"):
                        comments.append((k, k + len(child.content)))
                        cursor = k + len(child.content)
                elif ct in ("softbreak", "hardbreak"):
                    builder.space(cursor)
                elif ct == "image":
                    builder.space(cursor)
                elif ct == "link_open":
                    in_link += 1
                    builder.links += 1
                elif ct == "link_close" and in_link:
                    in_link -= 1
            if kind == "paragraph" and piece == "paragraph" and not titled and (
                _bold_title(tok.children or ()) or question_title(builder.text)
            ):
                # a paragraph that is only a title in bold ("**Limits of confidentiality**") or one short question
                # ("Will you tell anyone?"): a heading, as pages and FAQs write them (the HTML reader does the same)
                titled = True
            block = builder.build("heading", level) if kind == "heading" else builder.build("heading", 6) if titled else builder.build(piece)
            if block is not None and block.kind == "list_item":
                # how deep its list sits in other lists: a lead-in item's own sub-list ends where its list goes on
                block.depth = max(kinds.count("list_item") - 1, 0)
            if block is not None and not is_navigation(block.text, builder.linked, builder.links, block.kind):
                blocks.append(block)
                rows.append(row if block.kind == "table_cell" else None)
            kind, level = "paragraph", 0
    # The cells of a table row are one block, read as one passage (see join_row).
    blocks = join_rows(blocks, rows)
    if comments:
        meta["comments"] = comments
    if "heading" not in meta:
        first_h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
        if first_h1:
            meta["heading"] = first_h1
    return Parsed("markdown", blocks, meta)


def _tag_title(line: str) -> str | None:
    """The title of a line that is one shortcode opening a panel ("{{< expand "Is it private?" >}}"), else None."""
    m = _SHORTCODE.fullmatch(line.strip())
    if m is None or not _DISCLOSURE.search(m.group(1)):
        return None
    args = m.group(2)
    found = _TITLE_ARG.search(args) or _FIRST_ARG.match(args)
    if found is None:
        return None
    title = (found.group(1) or found.group(2) or "").strip()
    return title or None


def _site_syntax(src: str) -> str:
    """``src`` with the syntax of site generators read as Markdown, line for line (each line keeps its number).

    A line of template tags is blank; a panel's shortcode, an admonition or a container with a title is a heading
    ("###### Title"), its title found again in the source as any text is; the text indented under an admonition
    loses its indent (it is no code block). Lines stay where they are, so every place read maps to the file.
    """
    if "{" not in src and "!!!" not in src and "???" not in src and ":" not in src and "markdown" not in src and "[^" not in src:
        return src
    lines = src.split("\n")
    out = []
    indented = False  # the lines under an admonition, indented by four
    wrappers: list[str] = []  # the tags around Markdown (markdown="1") still open
    for line in lines:
        body = line.rstrip("\r")
        end = line[len(body):]
        if indented:
            if body.startswith("    ") or body.startswith("\t") or not body.strip():
                out.append((body[4:] if body.startswith("    ") else body[1:] if body.startswith("\t") else body) + end)
                continue
            indented = False
        if "{" in body and _TAG_LINE.fullmatch(body):
            title = _tag_title(body)
            out.append(("###### " + title if title else "") + end)
            continue
        m = _ADMONITION.fullmatch(body)
        if m is not None and (m.group(2) is not None or m.group(1).lower() in _ADMONITION_TYPES):
            indented = True
            out.append(("###### " + m.group(2).strip() if m.group(2) and m.group(2).strip() else "") + end)
            continue
        if body.startswith("[^"):
            m = _FOOTNOTE.fullmatch(body)
            if m is not None:  # a footnote: its marker is blank, its indented lines are its text
                indented = True
                mark = m.group(1) or m.group(2)
                out.append(line[len(mark):].lstrip(" \t"))  # found again in the source, as an admonition's lines are
                continue
        if "markdown" in body:
            m = _MD_OPEN.fullmatch(body)
            if m is not None:  # a box around Markdown: the box is no words, what is in it is Markdown
                wrappers.append(m.group(1).lower())
                out.append(end)
                continue
        if wrappers and "</" in body:
            m = _MD_CLOSE.fullmatch(body)
            if m is not None and m.group(1).lower() == wrappers[-1]:
                wrappers.pop()
                out.append(end)
                continue
        m = _CONTAINER.fullmatch(body)
        if m is not None:
            title = (m.group(1) or m.group(2) or "").strip()
            out.append(("###### " + title if title else "") + end)
            continue
        if body.startswith(": ") and out and out[-1].rstrip().endswith(":"):
            # a definition list (PHP Markdown Extra, Hugo): "Email:" over ": office@example.org" is "Email: office@..."
            line = " " + line[1:]
        if "{" in body or ":" in body:
            line = _ICON.sub(lambda m: " " * len(m.group()), _ATTRS.sub(lambda m: " " * len(m.group()), line))
        out.append(line)
    return "\n".join(out)


def _bold_lead(children: Any) -> bool:
    """True when an inline's first line, up to a hard line break, is a title in bold, and text follows."""
    lead = []
    for i, c in enumerate(children):
        if c.type == "softbreak":
            return False
        if c.type == "hardbreak":
            rest = children[i + 1 :]
            return _bold_title(lead) and any(r.type == "text" and r.content.strip().strip("*") for r in rest)
        lead.append(c)
    return False


def _bold_title(children: Any) -> bool:
    """True when an inline's children are one title or question in bold and nothing else ("**Limits of
    confidentiality**", "**Will you tell anyone if I self-harm?**"): pages in Markdown often mark their titles
    and FAQ questions so, not as headings."""
    types = [c.type for c in children if not (c.type == "text" and not c.content.strip().strip("*"))]
    if len(types) < 3 or types[0] != "strong_open" or types[-1] != "strong_close" or types.count("strong_open") != 1:
        return False
    said = "".join(c.content for c in children if c.type in ("text", "code_inline")).rstrip()
    return "\n" not in said and is_bold_title(said)
