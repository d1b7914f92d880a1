"""Read a PDF's text layer as blocks, each placed by page and paragraph.

Why pypdf: it is pure Python (nothing to build), kept up to date, reads
damaged files in a forgiving mode, and gives each piece of text its place
on the page, from which lines and paragraphs are rebuilt. pdfminer.six
rebuilds paragraphs better but is several times slower to import and run.
pypdf is in the ``office`` extra.

A PDF has no paragraphs, only text placed on pages. Running headers and
footers (a line at the top or bottom of most pages) and page numbers are
left out. Lines come from the
vertical place of each piece of text; a paragraph ends at a gap clearly
larger than the usual space between lines, at a change of font size, or
before a bullet. A line in a larger font than the body is a heading.

Guards: more than ``MAX_PAGES`` pages is a finding (nothing is read); the
text read stops at ``max_chars``; a file the reader cannot open (a broken
cross-reference table it cannot repair) is a finding. A PDF whose pages
hold no text is a scan: a finding says there is no text to check.
"""

from __future__ import annotations

import io
import re
import time
from typing import Any

from policy_lint.readers.blocks import FOLD_TABLE, Block, Parsed
from policy_lint.readers.text import BULLET, is_heading_line

__all__ = ["read_pdf", "MAX_PAGES", "MAX_SECONDS"]

#: Pages read at most. A policy has a few; a handbook, a few dozen.
MAX_PAGES = 300

#: Seconds of text extraction at most, checked between pages.
MAX_SECONDS = 10.0


def _problem(code: str, message: str, hint: str) -> Any:
    from policy_lint.loading.document import LoadProblem

    return LoadProblem(code, message, hint=hint)


_DAMAGED_HINT = "Open it and save or export it again as PDF, or restore it from a backup."


def _lines(page: Any) -> list[tuple[str, float, float]]:
    """The page's lines, top to bottom: (text, y, font size)."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text:
            return
        try:
            y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
            scale = abs(float(cm[3])) or 1.0
            fs = float(size or 0) * scale
        except (TypeError, ValueError, IndexError):
            y, fs = 0.0, 0.0
        pieces.append((text, y, fs))

    page.extract_text(visitor_text=visit)
    lines: list[list[Any]] = []
    current: list[Any] | None = None
    for text, y, fs in pieces:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k > 0:
                current = None
            if not part.strip():
                continue
            if current is not None and (abs(current[1] - y) <= max(fs, 1.0) * 0.5 or y == 0.0):
                current[0] += part
                current[2] = max(current[2], fs)
            else:
                current = [part, y, fs]
                lines.append(current)
    # (a ligature is its letters, "ﬁrst" is "first", and a mark that shows nothing is left out)
    return [(" ".join(t.translate(FOLD_TABLE).split()), y, fs) for t, y, fs in lines if t.strip()]


#: Words that end no whole item: "- Suspected child abuse is reported to the" / "Department of ..." goes on.
_GOES_ON = frozenset("a an the of to and or for by with in on at from that if when as is are be not our your their under per".split())


def _item_done(line: str, item: str, following: str, width: int) -> bool:
    """True when a list item's last line ends it: a full stop, or a one-line item that is a short title, ended
    by no word that goes on, and short enough that the next line's first word would have fit after it (a line
    the page wrapped is full: "- Court orders signed by a judge in" / "Multnomah County." is one item)."""
    t = line.rstrip()
    bullet = BULLET.match(t)
    if bullet is not None:
        t = t[bullet.end():]
    if t.endswith((".", "!", "?")):
        return True
    if item != t or len(t) >= 60 or not is_heading_line(t) or t.split()[-1].lower() in _GOES_ON:
        return False
    return not width or len(line.rstrip()) + 1 + len(following.split()[0]) < 0.85 * width


def _paragraphs(lines: list[tuple[str, float, float]]) -> list[tuple[str, str]]:
    """Group lines into (kind, text) blocks."""
    if not lines:
        return []
    gaps = sorted(g for g in (abs(lines[i][1] - lines[i + 1][1]) for i in range(len(lines) - 1) if lines[i][1] and lines[i + 1][1]) if g > 0.5)
    sizes = sorted(fs for _, _, fs in lines if fs)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    # A gap larger than this ends a paragraph: clearly more than the space
    # between two lines of one paragraph (the smallest gap), and more than
    # the line spacing of the body font (lines are about 1.2 to 1.5 times
    # the font size apart; a paragraph adds space after it).
    usual = max(gaps[0] * 1.3 if gaps else 0.0, body * 1.7)
    width = max(len(t) for t, _, _ in lines)  # the longest line, in characters: a wrapped line comes near it
    out: list[tuple[str, str]] = []
    kind = ""
    text = ""
    prev: tuple[str, float, float] | None = None
    for line in lines:
        words, y, fs = line
        bullet = BULLET.match(words)
        big = bool(body) and fs > body * 1.15
        new = prev is None or bullet is not None or big or (prev is not None and body and abs(prev[2] - fs) > 0.5)
        if not new and prev is not None and usual and prev[1] and y and abs(prev[1] - y) > usual:
            new = True
        if not new and kind == "heading":
            new = True
        if not new and kind == "list_item" and words[:1].isupper() and prev is not None and _item_done(prev[0], text, words, width):
            # a line in capitals after a list item that is whole ("- Legal proceedings" / "If you have questions,
            # ..."): a paragraph after the list, not the item going on (a wrapped item's next line goes on mid-sentence)
            new = True
        if new:
            if text:
                out.append((kind, text))
            if bullet is not None:
                kind, text = "list_item", words[bullet.end():]
            else:
                kind, text = ("heading" if big and is_heading_line(words) else "paragraph"), words
        else:
            text = f"{text} {words}"
        prev = line
    if text:
        out.append((kind, text))
    # A one-line paragraph that reads as a title, in the body font, is a heading too.
    return [("heading" if k == "paragraph" and len(t) < 80 and is_heading_line(t) and t[:1].isupper() else k, t) for k, t in out]


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)


def _running_lines(pages: list[list[tuple[str, float, float]]]) -> set[str]:
    """Running headers and footers: a line at the top or bottom of most pages (of two or more)."""
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for lines in pages:
        edge = {t for t, _, _ in lines[:2] + lines[-2:]}
        for text in edge:
            seen[text] = seen.get(text, 0) + 1
    return {t for t, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}


#: A PDF says so in its first 1,024 bytes ("%PDF-"), as readers of the format accept it.
_PDF_HEADER_WITHIN = 1024

NOT_A_PDF = "This file is not a PDF: it does not start as a PDF does. It may be another kind of file with a .pdf ending."
_NOT_A_PDF_HINT = "Check that this is the right file. If it is a Word file, a web page or text, give it the right ending (.docx, .html, .txt)."


def read_pdf(raw: bytes, max_chars: int) -> Parsed:
    """Read a PDF's text layer into blocks placed by page and paragraph."""
    import logging

    if b"%PDF-" not in raw[:_PDF_HEADER_WITHIN]:
        return Parsed("pdf", problems=[_problem("damaged", NOT_A_PDF, _NOT_A_PDF_HINT)])

    from pypdf import PdfReader

    # pypdf logs what it repairs or guesses (tables, fonts, encodings) as warnings
    # and errors; with no handler set, Python would print them in the middle of
    # the report. What matters reaches the user as findings instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(raw), strict=False)
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                except Exception:
                    pass
            count = len(reader.pages)
        except Exception as exc:  # pypdf raises many kinds for a damaged file
            if "password" in str(exc).lower() or "decrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
                return Parsed("pdf", problems=[_problem("damaged", "This PDF is locked with a password, so policy-lint cannot read its text.", "Save a copy without the password, and check that copy.")])
            return Parsed("pdf", problems=[_problem("damaged", "This PDF is damaged: policy-lint cannot read it.", _DAMAGED_HINT)])
        if count > MAX_PAGES:
            return Parsed(
                "pdf",
                problems=[
                    _problem(
                        "too-large",
                        f"This PDF has {count:,} pages. A policy is a few pages long, so policy-lint reads PDFs of at most {MAX_PAGES} pages.",
                        "Check that this is the right file. If the policy is part of a larger file, save its pages as a PDF of their own.",
                    )
                ],
            )
        blocks: list[Block] = []
        chars = 0
        started = time.monotonic()
        problems: list[Any] = []
        pages: list[tuple[int, list[tuple[str, float, float]]]] = []
        for number in range(count):
            if chars > max_chars or time.monotonic() - started > MAX_SECONDS:
                problems.append(
                    _problem(
                        "too-long",
                        f"policy-lint read the first {number} of {count} pages of this PDF and stopped: the text is longer than a policy, or too slow to read.",
                        "Check that this is the right file. The findings cover the pages read.",
                    )
                )
                break
            try:
                lines = _lines(reader.pages[number])
            except Exception:
                problems.append(_problem("damaged", f"Page {number + 1} of this PDF is damaged: policy-lint cannot read its text. It checks the other pages.", _DAMAGED_HINT).replace(fatal=False))
                continue
            pages.append((number + 1, lines))
            chars += sum(len(t) for t, _, _ in lines)
        running = _running_lines([lines for _, lines in pages])
        for page, lines in pages:
            kept = [line for k, line in enumerate(lines) if not ((k < 2 or k >= len(lines) - 2) and (line[0] in running or _PAGE_NUMBER.match(line[0])))]
            for k, (kind, text) in enumerate(_paragraphs(kept), 1):
                blocks.append(Block(kind, text, page=page, number=k))
        meta: dict[str, Any] = {}
        try:
            info = reader.metadata
            title = info.title if info is not None else None
        except Exception:
            title = None
    if isinstance(title, str) and title.strip():
        meta["title"] = " ".join(title.split())
    if not blocks and not any(p.fatal for p in problems):
        problems.append(
            _problem(
                "scanned",
                "This PDF holds no text, only images: it looks scanned. There is no text to check.",
                "Export the policy as PDF from your word processor, or check the document it came from (.docx, .html or .md).",
            )
        )
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is not None:
        meta["heading"] = first.text
    return Parsed("pdf", blocks, meta, problems)
