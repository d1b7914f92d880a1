"""Word and PDF files for the prose tests, written here with python-docx and fpdf2."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any, Mapping, Sequence

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


# The new-user trial of 5 December (trial7): small copies of its documents (tests/prose/test_import.py
# tests the classes of problems their drafts had; tests/prose/test_import_parity.py checks them all).

# A Word consent form: a numbered heading over an opening statement that names a court order in
# passing, a lead-in that says confidentiality "may be breached", a list with one item that says
# the opposite of a limit, a table that restates the list, and "Revised January 2025".
ASPEN_DOCX = [
    ("paragraph", "Informed Consent and Notice of Confidentiality Practices"),
    ("heading", "1. Confidentiality"),
    ("paragraph", "All communications between client and therapist are strictly confidential, and the therapist shall not disclose any such communication except where authorized in writing by the client or mandated by statute or order of a court of competent jurisdiction."),
    ("heading", "2. Limits of Confidentiality"),
    ("paragraph", "Colorado law provides that confidentiality may be breached in the following situations:"),
    ("list_item", "When there is reason to believe the client presents an imminent danger of suicide or serious self-harm."),
    ("list_item", "When the client has communicated a serious threat of imminent physical violence against a specific, identifiable person."),
    ("list_item", "We never contact child protective services. Concerns about a child are always addressed with the family in session."),
    ("list_item", "When there is reasonable cause to believe an at-risk elder (age 70 or older) has been abused or exploited."),
    ("list_item", "When records are subpoenaed or ordered released by a court."),
    ("heading", "3. Who May Receive Information"),
    ("paragraph", "Aspen Ridge Counseling, PLLC - 1450 Pearl Street, Boulder, CO 80302 - (720) 555-0143"),
    ("paragraph", "Revised January 2025"),
]
ASPEN_TABLE = [
    ("Situation", "Who may be contacted", "Timeframe"),
    ("Risk of suicide", "911, Colorado Crisis Services, emergency contact", "Immediately"),
    ("Threat to another person", "The intended victim and local law enforcement", "Within 24 hours"),
    ("Abuse of an at-risk elder", "County Adult Protective Services or law enforcement", "Within 24 hours"),
    ("Court order", "The court named in the order", "As ordered"),
]

# The same practice's web page: a list item that says the opposite of a limit, and a "Your Records" section.
ASPEN_HTML = """<html><head><title>Confidentiality &amp; Privacy | Aspen Ridge Counseling</title></head><body>
<header><a href="/">Aspen Ridge Counseling, PLLC</a></header>
<main><h1>Confidentiality Policy</h1>
<p>At Aspen Ridge Counseling, the information you share in therapy is treated in confidence and will not be disclosed without your prior written authorization, except as provided below.</p>
<h2>Exceptions to Confidentiality</h2>
<p>The therapist may disclose confidential information without the consent of the client in the following circumstances:</p>
<ul>
<li><strong>Danger to self.</strong> If the client communicates an imminent intent to end his or her own life, the therapist may contact emergency services or a family member.</li>
<li><strong>Danger to others.</strong> If a client communicates a serious threat of imminent physical violence against a specific person, the therapist has a duty to warn and protect.</li>
<li><strong>Children.</strong> We never contact child protective services; family matters are handled within the therapeutic relationship.</li>
<li><strong>Legal proceedings.</strong> Records may be released in response to a valid court order signed by a judge.</li>
</ul>
<h2>Your Records</h2>
<p>Your clinical records are kept in a secure electronic health record system and are retained for seven years after the last date of service.</p>
<h2>Questions?</h2>
<p>If you have questions about this policy, please call our office at (720) 555-0143.</p>
<p><em>Effective date: March 1, 2025</em></p>
</main><footer>Aspen Ridge Counseling, PLLC &middot; 1450 Pearl Street, Boulder, CO 80302</footer></body></html>
"""

# A UK counsellor's Markdown page: no practice name in the text, a file named "confidentiality.md".
HARROGATE_MD = """---
title: Confidentiality
---

# Confidentiality and your counselling

*Sarah Mitchell, MBACP (Accred.) - Counselling in Harrogate & online*

Everything we talk about in our sessions is kept confidential. I won't discuss what you tell me with anyone else, apart from in supervision or in the rare situations listed here.

## When I might have to break confidentiality

* If I believe you are at serious risk of taking your own life or of causing yourself serious harm.
* If I believe someone else is at risk of serious harm from you.
* Safeguarding: if I learn that a child or an adult at risk is being abused, I will contact the local authority safeguarding team.
* If I am ordered by a court to share my notes.

Wherever possible I will talk with you first before I contact anyone. I will only ever share what is absolutely necessary.

## Any questions?

We will go through all of this in our first session. Email me at sarah@harrogatecounselling.example.

_Last updated: 12 September 2025_
"""



def trial_documents(folder: Path) -> list[Path]:
    """The trial's Word file, web page and Markdown page, written into ``folder``."""
    html = folder / "privacy.html"
    html.write_text(ASPEN_HTML, encoding="utf-8")
    md = folder / "confidentiality.md"
    md.write_text(HARROGATE_MD, encoding="utf-8")
    return [make_docx(folder / "Informed Consent - Aspen Ridge.docx", ASPEN_DOCX, table=ASPEN_TABLE), html, md]


def coverage_of_bytes(raw: bytes, name: str = "policy.md") -> dict[str, str]:
    """Topic -> status, as the core reads the document ``raw`` named ``name`` (its reader picked by the name)."""
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(raw, name).document
    assert doc is not None
    return {c["topic"]: c["status"] for c in meaning.coverage(meaning.passages_of(doc))}


def reads(case_id: str, page: str, name: str = "policy.md", *, want: Mapping[str, str] = {}, never: Mapping[str, str] = {}, marks: Any = ()) -> Any:
    """One row of a reading table (tests/prose/test_reads_*.py): a whole page, its file name (which picks the reader),
    the status each topic must read (``want``: ==) and the status a topic must not read (``never``: !=). ``case_id``
    says what the row checks and where it came from (e.g. "warn22: ...")."""
    import pytest

    return pytest.param(page, name, dict(want), dict(never), id=case_id, marks=marks)


def assert_reads(page: str, name: str, want: Mapping[str, str], never: Mapping[str, str]) -> None:
    """The check of one row made by ``reads``."""
    got = coverage_of_bytes(page.encode("utf-8"), name)
    assert {t: got[t] for t in want} == want, got
    assert all(got[t] != status for t, status in never.items()), (dict(never), got)


#: A list of limits under a lead-in, then one more paragraph: the page the telling tests read (tell17, review20).
LIMITS_LIST = ["you are at risk of harming yourself,", "you are at risk of harming someone else,", "a court orders it."]


def limits_md(tail: str) -> str:
    return "# Confidentiality\n\nI may need to break confidentiality if:\n\n" + "".join(f"- {i}\n" for i in LIMITS_LIST) + "\n" + tail + "\n"


def limits_html(tail: str) -> str:
    items = "".join(f"<li>{i}</li>" for i in LIMITS_LIST)
    return (
        "<html><body><main><h1>Confidentiality</h1><p>I may need to break confidentiality if:</p>"
        f"<ul>{items}</ul><p>{tail}</p></main></body></html>"
    )


def limits_txt(tail: str) -> str:
    return "CONFIDENTIALITY\n\nI may need to break confidentiality if:\n\n" + "".join(f"* {i}\n" for i in LIMITS_LIST) + "\n" + tail + "\n"


#: The three layouts a one-sentence page is checked in (left13's reading tests).
LAYOUTS_3 = ["md", "txt", "html"]
#: The paragraph such a page opens with, before the sentence under test.
LAYOUT_OPENING = "What you say stays private, with some limits."


def layout_page(sentence: str, fmt: str, items: tuple[str, ...] = ()) -> tuple[bytes, str]:
    """A page of ``fmt`` ("md", "txt" or "html"): a heading, ``LAYOUT_OPENING``, ``sentence``, and a list of ``items``
    under it; returns the bytes and a file name, for ``coverage_of_bytes``."""
    if fmt == "html":
        listed = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""
        text = f"<html><body><main><h1>Confidentiality</h1><p>{LAYOUT_OPENING}</p><p>{sentence}</p>{listed}</main></body></html>"
    else:
        listed = "\n" + "".join(f"- {i}\n" for i in items) if items else ""
        head = "# Confidentiality" if fmt == "md" else "Confidentiality"
        text = f"{head}\n\n{LAYOUT_OPENING}\n\n{sentence}\n{listed}"
    return text.encode("utf-8"), f"page.{fmt}"
