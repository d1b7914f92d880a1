"""Read a Word file (.docx) as blocks, each placed by its paragraph number.

Why python-docx: it is the kept-up library for .docx, it reads paragraph
styles (headings, list paragraphs) and tables, and its XML parser does not
resolve entities (no "billion laughs"). It is in the ``office`` extra, with
pypdf: ``pip install 'policy-lint[office]'``.

A .docx is a zip file, so it is looked at before python-docx opens it: too
many parts, more unpacked bytes than ``unpacked_limit`` (a zip bomb), or a
text part over a quarter of that (it is parsed into a tree in memory) is a
finding and the file is not unpacked. Python's zip reader never unpacks a
part past the size its header gives, so the check holds.

Paragraphs are numbered 1, 2, 3... in reading order, counting those with
text only (body and table cells); that number, and the character inside
the paragraph, place a finding. The paragraphs of one table row are one
block (``table_row``), which keeps each cell's paragraph number, so a
finding in a cell still names its own paragraph. Comments are not read.

Page headers and footers are read as the text outside the policy
(``Parsed.outside``), as a web page's header and footer are: an address,
a phone number or an email address there counts as a fact, but no rule
reads their words. A fact found there is placed in its part: "footer,
paragraph 1", numbered inside the footer.
"""

from __future__ import annotations

import io
import re
from typing import Any

from policy_lint.readers.blocks import FOLD_TABLE, Block, Parsed, join_rows
from policy_lint.readers.text import is_bold_title, typed_bullet

__all__ = ["read_docx", "MAX_PARTS"]

#: Parts of a .docx, at most (a real one has 10 to 60).
MAX_PARTS = 2000

_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)?$|^title$", re.IGNORECASE)


def _problem(code: str, message: str, hint: str) -> Any:
    from policy_lint.loading.document import LoadProblem

    return LoadProblem(code, message, hint=hint)


def check_zip(raw: bytes, unpacked_limit: int) -> Any:
    """A LoadProblem if this zip is broken, a bomb, or too big to unpack; else None."""
    import zipfile

    from policy_lint.loading.raw import _human

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        if not raw.startswith(b"PK"):  # no zip at all: another kind of file with a .docx ending
            old = raw.startswith(b"\xd0\xcf\x11\xe0")  # the old Word format (.doc)
            return _problem(
                "damaged",
                "This file is not a Word file (.docx): it is an old Word file (.doc)." if old else "This file is not a Word file (.docx): it does not start as one does. It may be another kind of file with a .docx ending.",
                "Open it in Word and save it as .docx." if old else "Check that this is the right file. If it is a PDF, a web page or text, give it the right ending (.pdf, .html, .txt).",
            )
        return _problem(
            "damaged",
            "This Word file is damaged: it is not a valid .docx (zip) file. policy-lint cannot read it.",
            "Open it in Word and save it again as .docx, or restore it from a backup.",
        )
    if len(infos) > MAX_PARTS:
        return _problem(
            "too-large",
            f"This Word file holds {len(infos):,} parts. A real one holds fewer than {MAX_PARTS:,}, so policy-lint does not unpack it.",
            "Check that this is the right file. Save it again from Word.",
        )
    total = sum(i.file_size for i in infos)
    if total > unpacked_limit:
        return _problem(
            "too-large",
            f"This Word file would unpack to {_human(total)}, more than the limit of {_human(unpacked_limit)}. A policy is much smaller, so policy-lint does not unpack it.",
            "Check that this is the right file. If it is, raise the limit with --max-file-size.",
        )
    names = {i.filename: i for i in infos}
    main = names.get("word/document.xml")
    if main is not None and main.file_size > unpacked_limit // 4:
        # The text part is parsed into a tree, which takes several times its size in memory.
        return _problem(
            "too-large",
            f"The text of this Word file would unpack to {_human(main.file_size)}, more than the limit of {_human(unpacked_limit // 4)}. A policy is much smaller, so policy-lint does not read it.",
            "Check that this is the right file. If it is, raise the limit with --max-file-size.",
        )
    if "word/document.xml" not in names:
        return _problem(
            "damaged",
            "This file is a zip file, but not a Word document: it has no word/document.xml.",
            "Check that this is the right file, and that it was saved as .docx.",
        )
    return None


def _style_names(document: Any) -> dict[str, str]:
    """Style ID -> style name, read once (``paragraph.style`` searches every style, each time)."""
    names: dict[str, str] = {}
    try:
        for style in document.styles:
            sid = getattr(style, "style_id", None)
            if sid:
                names[sid] = style.name or ""
    except Exception:  # a damaged styles part: every paragraph is then a plain paragraph
        pass
    return names


def _all_bold(paragraph: Any) -> bool:
    """True when every run with text in the paragraph is bold."""
    try:
        runs = [r for r in paragraph.runs if r.text.strip()]
        return bool(runs) and all(r.bold for r in runs)
    except Exception:  # a damaged run: no title
        return False


def _kind(paragraph: Any, names: dict[str, str]) -> tuple[str, int]:
    p = paragraph._p
    ppr = p.pPr
    sid = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
    name = names.get(sid, sid or "") if sid else ""
    m = _HEADING_STYLE.match(name.strip())
    if m is not None:
        return "heading", int(m.group(1)) if m.group(1) else 1
    if "list" in name.lower() or (ppr is not None and ppr.numPr is not None):
        return "list_item", 0
    return "paragraph", 0


def read_docx(raw: bytes, unpacked_limit: int) -> Parsed:
    """Read a .docx into blocks placed by paragraph number."""
    problem = check_zip(raw, unpacked_limit)
    if problem is not None:
        return Parsed("docx", problems=[problem])
    import docx  # the office extra; the caller checks that it is there
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception:  # python-docx raises many kinds for a broken part
        return Parsed(
            "docx",
            problems=[
                _problem(
                    "damaged",
                    "This Word file is damaged: policy-lint cannot read its text.",
                    "Open it in Word and save it again as .docx, or restore it from a backup.",
                )
            ],
        )
    blocks: list[Block] = []
    names = _style_names(document)
    count = 0  # paragraphs with text, as the file numbers them

    def add(paragraph: Any, into: list[Block], in_table: bool = False) -> None:
        nonlocal count
        text = " ".join(paragraph.text.translate(FOLD_TABLE).split())  # "ﬁ" is "fi"; a soft hyphen shows nothing
        if not text:
            return
        count += 1
        kind, level = _kind(paragraph, names)
        parts = None
        if kind == "paragraph":
            bullet = typed_bullet(text)
            if bullet is not None and text[bullet.end():].strip():
                # a bullet or a number typed at the start ("•<tab>Court orders", "1. ..."): a list item, as in plain
                # text; a finding's column still counts from the paragraph's first character
                kind, parts, text = "list_item", [(-bullet.end(), count)], text[bullet.end():]
                if not in_table and is_bold_title(text) and _all_bold(paragraph):
                    kind, level = "heading", 6  # a numbered title in bold ("1. Limits of confidentiality"), as in HTML
            elif not in_table and is_bold_title(text) and _all_bold(paragraph):
                # a title typed in bold in a plain paragraph ("Limits of confidentiality"), as the HTML and Markdown
                # readers read one (in a table, a short cell is the row's label)
                kind, level = "heading", 6
        into.append(Block(kind, text, number=count, level=level, parts=parts))

    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                # A merged cell is listed once per grid cell. The elements are kept, not
                # only their ids: an id is reused once its element is freed, which
                # made later cells look seen and dropped them.
                seen: dict[int, Any] = {}
                for row in item.rows:
                    cells: list[Block] = []
                    for c in row.cells:
                        tc = c._tc
                        if id(tc) in seen:
                            continue
                        seen[id(tc)] = tc
                        for paragraph in c.paragraphs:
                            add(paragraph, cells, in_table=True)
                    # A row is one passage: "Child abuse" | "We must report it" states a limit.
                    blocks.extend(join_rows(cells, [0] * len(cells)))
            else:
                add(item, blocks)
    except Exception:  # a part python-docx opened but cannot walk (found by fuzzing)
        return Parsed("docx", problems=[_problem("damaged", "This Word file is damaged: policy-lint cannot read its text.", "Open it in Word and save it again as .docx, or restore it from a backup.")])
    outside = _headers_and_footers(document)
    meta: dict[str, Any] = {}
    try:
        title = document.core_properties.title
    except Exception:
        title = None
    if title and title.strip():
        meta["title"] = " ".join(title.split())
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is not None:
        meta["heading"] = first.text
    return Parsed("docx", blocks, meta, outside=outside)


#: python-docx's name of each page header and footer -> the name Word gives it.
_PARTS = (
    ("header", "header"),
    ("first_page_header", "first page header"),
    ("even_page_header", "even page header"),
    ("footer", "footer"),
    ("first_page_footer", "first page footer"),
    ("even_page_footer", "even page footer"),
)


def _headers_and_footers(document: Any) -> list[Block]:
    """The paragraphs of each section's page headers and footers, each text once.

    For facts only (``Parsed.outside``): "Cedar Grove Counselling · 604-555-0188"
    in the footer gives the phone number. A header linked to the one before
    it has the same text, so it is read once. A part that cannot be read is
    left out: the body is what matters. Each block names its part
    ("footer", "first page header"; "footer of section 2" past the first
    section) and its paragraph in that part, so a fact found there is placed
    where the file has it, not past the body's last paragraph.
    """
    seen: set[str] = set()
    out: list[Block] = []
    try:
        sections = list(document.sections)
    except Exception:
        return out
    for k, section in enumerate(sections):
        for name, label in _PARTS:
            try:
                part = getattr(section, name)
                if part.is_linked_to_previous:
                    continue  # the same text as the section before (or none at all)
                paragraphs = list(part.paragraphs)
                for table in part.tables:
                    for row in table.rows:
                        for cell in row.cells:
                            paragraphs.extend(cell.paragraphs)
                texts = [" ".join(p.text.split()) for p in paragraphs]
            except Exception:  # a damaged header or footer part
                continue
            where = label if k == 0 else f"{label} of section {k + 1}"
            number = 0  # paragraphs with text in this part, as the body's are numbered
            for text in texts:
                if not text:
                    continue
                number += 1
                if text not in seen:
                    seen.add(text)
                    out.append(Block("paragraph", text, number=number, part=where))
    return out
