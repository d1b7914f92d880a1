"""Word and PDF files for the prose tests, written here with python-docx and fpdf2."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Sequence

RIVERSIDE = [
    ("heading", "Riverside Counseling: your privacy in therapy"),
    ("paragraph", "Effective as of January 15, 2026."),
    ("paragraph", "What you tell us in therapy stays private. We do not share it without your written permission, except in the few cases below."),
    ("list_item", "If you tell us you plan to seriously hurt yourself soon, we act to keep you safe."),
    ("list_item", "If you tell us you plan to seriously hurt another person, we may warn that person and call the police."),
    ("list_item", "If we think a child is being abused or neglected, the law says we must report it to child protective services."),
    ("list_item", "If we think an older adult is being abused, neglected or robbed, the law says we must report it to adult protective services."),
    ("list_item", "A judge can order us to share your records. TODO: say what we share."),
    ("paragraph", "We go over these limits with you at your first session, before therapy starts."),
    ("paragraph", "If we ever must share something, we tell you first when it is safe to do so."),
    ("paragraph", "Questions? Ask your therapist, or email privacy@riverside.example."),
]


def make_docx(
    path: Path,
    blocks: Sequence[tuple[str, str]] = RIVERSIDE,
    *,
    title: str | None = None,
    table: Sequence[Sequence[str]] = (),
    header: Sequence[str] = (),
    footer: Sequence[str] = (),
) -> Path:
    """A Word file: headings, paragraphs and bullets in order, then a table; with page header and footer lines."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    for part, lines in ((section.header, header), (section.footer, footer)):
        for i, line in enumerate(lines):
            if i == 0:
                part.paragraphs[0].text = line
            else:
                part.add_paragraph(line)
    if title is not None:
        document.core_properties.title = title
    for kind, text in blocks:
        if kind == "heading":
            document.add_heading(text, 1)
        elif kind == "list_item":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(str(path))
    return path


def make_pdf(path: Path, pages: Sequence[Sequence[tuple[str, str]]] = (RIVERSIDE[:6], RIVERSIDE[6:]), *, title: str | None = None) -> Path:
    """A PDF with a text layer: each page's blocks, headings in a larger font."""
    from fpdf import FPDF

    pdf = FPDF()
    if title is not None:
        pdf.set_title(title)
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind == "heading":
                pdf.set_font("Helvetica", "B", 16)
                pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 11)
                shown = f"- {text}" if kind == "list_item" else text
                pdf.multi_cell(0, 6, shown, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_scanned_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages hold only drawn shapes: no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
    path.write_bytes(bytes(pdf.output()))
    return path


def make_many_pages_pdf(path: Path, pages: int) -> Path:
    """A PDF of many empty pages, built by hand so it is quick to write."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())
    return path


def make_zip_bomb_docx(path: Path, unpacked: int) -> Path:
    """A .docx whose document part unpacks to ``unpacked`` bytes (of zeros, so it packs small)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            left = unpacked
            while left > 0:
                fh.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path
