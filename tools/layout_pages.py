"""How steady the reading of a page is when the same text is laid out as other sites lay it out.

    python tools/layout_pages.py --folder DIR              # each layout, and the cells it moves, with the words
    python tools/layout_pages.py --folder DIR --no-text    # counts only (safe for held-out sets: no page text)
    python tools/layout_pages.py --folder DIR --only aria  # one layout

A page is read, and its blocks (headings, paragraphs, list items, as its own
reader finds them) are set again in the markup real practices' pages use:

* web pages (read as .html): a WordPress post; a site builder's page (Wix,
  Squarespace: titles in bold spans, every block in its own box); titles as
  bold paragraphs; lists typed with bullets in paragraphs; an old page of
  lines ended by ``<br>``; a layout table; a Bootstrap accordion (the title a
  button, the panel collapsed) and a WAI-ARIA one (the panel ``hidden``);
  ``<details>`` sections;
* plain text (read as .txt): blank lines between blocks and items typed with
  "•", numbers or Word's "o"; titles in capitals; a page copied from a
  browser, one block a line, its bullets lost;
* Word and PDF files: a Word file with its styles, and one typed as many
  practices type it (titles in bold, bullets typed); a PDF with titles in a
  larger font, and one with titles in bold at the body's size;
* Markdown (read as .md): headings and dash lists; titles in bold; bullets
  typed as "•"; numbered and starred lists; front matter and template tags;
  the text inside an HTML block; ``<details>`` sections.

Bold titles, accordions and ``<details>`` keep no heading level, so a page
whose frames hang on its levels (a list of specialties under a heading two
levels up) may read differently in them. Each layout sits inside a page's chrome (menu, sidebar, footer, a cookie
banner, a script). The same blocks should read the same in every layout: a
topic whose status moves is a layout the readers do not yet read as the page
it is, and a page we never see may be built that way. No labels are needed,
so held-out sets can be measured too (--no-text prints no page text). With
labels (DIR/expected.yaml), the agreement of each layout is printed as well.
"""

from __future__ import annotations

import argparse
import html
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMATS = {".html", ".htm", ".md", ".txt"}

#: One block of a page: its kind, its text and its heading level.
Item = tuple[str, str, int]

_NAV = (
    '<header class="site-header"><div class="logo"><a href="/">Calm Waters Counseling</a></div>'
    '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li>'
    '<li><a href="/services">Services</a></li><li><a href="/fees">Fees &amp; Insurance</a></li>'
    '<li><a href="/contact">Contact</a></li></ul></nav>'
    '<button class="menu-toggle" aria-controls="primary-menu" aria-haspopup="true" aria-expanded="false">Menu</button></header>'
)
_FOOT = (
    '<footer class="site-footer"><p>&copy; 2024 Calm Waters Counseling. All rights reserved.</p>'
    "<p>If you are in crisis, call or text 988.</p></footer>"
    '<div class="cookie-banner" id="cookie-notice"><p>We use cookies to improve your experience. '
    "<button>Accept</button></p></div>"
    '<div class="popup" hidden><p>Join our newsletter for tips on self-care.</p></div>'
    "<script>window.dataLayer = window.dataLayer || [];</script>"
)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Confidentiality | Calm Waters Counseling</title>'
        f"<style>.x {{ color: red }}</style></head><body>{_NAV}<main id=\"main\"><article>\n{body}\n</article>"
        '<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/b1">Coping with anxiety</a></li></ul></aside>'
        f"</main>{_FOOT}</body></html>\n"
    )


def _level(level: int) -> int:
    return min(max(level or 2, 2), 6)


def wordpress(items: list[Item]) -> str:
    out: list[str] = []
    in_list = False
    for kind, text, level in items:
        if kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "heading":
            out.append(f"<h{_level(level)}>{_e(text)}</h{_level(level)}>")
        elif kind == "list_item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_e(text)}</li>")
        else:
            out.append(f"<p>{_e(text)}</p>")
    if in_list:
        out.append("</ul>")
    return _page('<div class="entry-content">\n' + "\n".join(out) + "\n</div>")


def _each(heading: Callable[[str, int], str], item: Callable[[str, int], str], paragraph: Callable[[str], str] = lambda t: f"<p>{_e(t)}</p>") -> Callable[[list[Item]], str]:
    """A layout that writes each block on its own: a heading (its text and level), a list item (its text and
    its number in its list) or a paragraph."""

    def render(items: list[Item]) -> str:
        out = []
        n = 0
        for kind, text, level in items:
            n = n + 1 if kind == "list_item" else 0
            out.append(heading(text, level) if kind == "heading" else item(text, n) if kind == "list_item" else paragraph(text))
        return "\n".join(out)

    return render


def _h(text: str, level: int) -> str:
    return f"<h{_level(level)}>{_e(text)}</h{_level(level)}>"


def _box(inner: str) -> str:
    return f'<div class="sqs-block html-block"><div class="sqs-block-content">{inner}</div></div>'


_builder = _each(
    lambda t, lv: _box(f'<p class="font_8"><span style="font-weight:bold;">{_e(t)}</span></p>'),
    lambda t, n: _box(f'<p class="font_8"><span>&bull; {_e(t)}</span></p>'),
    lambda t: _box(f'<p class="font_8"><span style="color:#333333;">{_e(t)}</span></p>'),
)


def builder(items: list[Item]) -> str:
    """A site builder's page (Wix, Squarespace): every block in its own box, titles in bold spans, bullets typed."""
    return _page('<div id="PAGES_CONTAINER"><section class="page-section">\n' + _builder(items) + "\n</section></div>")


bold_titles = _each(lambda t, lv: f"<p><strong>{_e(t)}</strong></p>", lambda t, n: f"<ul><li>{_e(t)}</li></ul>")
typed_bullets = _each(_h, lambda t, n: f"<p>&bull; {_e(t)}</p>")
typed_numbers = _each(_h, lambda t, n: f"<p>{n}. {_e(t)}</p>")
_word_html = _each(
    lambda t, lv: f"<p class=MsoNormal><b><span style='font-size:14.0pt'>{_e(t)}</span></b></p>",
    lambda t, n: (
        "<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
        f"<![endif]>{_e(t)}</p>"
    ),
    lambda t: f"<p class=MsoNormal>{_e(t)}</p>",
)


def word_html(items: list[Item]) -> str:
    """A Word file saved as a web page: list items as paragraphs with a Symbol-font bullet, titles in bold spans."""
    return (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset=utf-8><title>Policy</title></head>"
        "<body lang=EN-US><div class=WordSection1>\n" + _word_html(items) + "\n</div></body></html>\n"
    )


_br_lines = _each(lambda t, lv: f"<br><b>{_e(t)}</b><br>", lambda t, n: f"&bull; {_e(t)}<br>", lambda t: f"{_e(t)}<br><br>")


def br_lines(items: list[Item]) -> str:
    """An old page: one box of lines ended by <br>, titles in <b>, bullets typed."""
    return _page('<div class="content">\n' + _br_lines(items) + "\n</div>")


_rows = _each(lambda t, lv: f"<tr><td><b>{_e(t)}</b></td></tr>", lambda t, n: f"<tr><td>&bull; {_e(t)}</td></tr>", lambda t: f"<tr><td>{_e(t)}</td></tr>")


def layout_table(items: list[Item]) -> str:
    """An old page laid out in a table: one cell a row."""
    return _page('<table width="100%" border="0"><tr><td valign="top"><table>\n' + _rows(items) + "\n</table></td></tr></table>")


def _panels(items: list[Item], open_panel: Callable[[int, str], str], close: str) -> str:
    out: list[str] = []
    n = 0
    for kind, text, _ in items:
        if kind == "heading":
            if n:
                out.append(close)
            n += 1
            out.append(open_panel(n, _e(text)))
        elif kind == "list_item":
            out.append(f"<ul><li>{_e(text)}</li></ul>")
        else:
            out.append(f"<p>{_e(text)}</p>")
    if n:
        out.append(close)
    return "\n".join(out)


def bootstrap_accordion(items: list[Item]) -> str:
    def open_panel(n: int, title: str) -> str:
        return (
            f'<div class="accordion-item"><h2 class="accordion-header" id="h{n}"><button class="accordion-button collapsed" '
            f'type="button" data-bs-toggle="collapse" data-bs-target="#c{n}" aria-expanded="false" aria-controls="c{n}">{title}'
            f'</button></h2><div id="c{n}" class="accordion-collapse collapse" aria-labelledby="h{n}"><div class="accordion-body">'
        )

    return _page('<div class="accordion" id="faq">\n' + _panels(items, open_panel, "</div></div></div>") + "\n</div>")


def aria_accordion(items: list[Item]) -> str:
    def open_panel(n: int, title: str) -> str:
        return (
            f'<h3><button type="button" aria-expanded="false" class="accordion-trigger" aria-controls="sect{n}" id="acc{n}">'
            f'{title}</button></h3><div id="sect{n}" role="region" aria-labelledby="acc{n}" class="accordion-panel" hidden>'
        )

    return _page(_panels(items, open_panel, "</div>"))


def squarespace_accordion(items: list[Item]) -> str:
    def open_panel(n: int, title: str) -> str:
        return (
            f'<li class="accordion-item"><h4 class="accordion-item__title-wrapper"><button class="accordion-item__click-target" '
            f'aria-expanded="false" aria-controls="dropdown-{n}"><span class="accordion-item__title">{title}</span></button></h4>'
            f'<div class="accordion-item__dropdown" role="region" id="dropdown-{n}"><div class="accordion-item__description">'
        )

    return _page('<ul class="accordion-items-container">\n' + _panels(items, open_panel, "</div></div></li>") + "\n</ul>")


def details(items: list[Item]) -> str:
    return _page(_panels(items, lambda n, title: f"<details><summary>{title}</summary>", "</details>"))


def _markdown(heading: Callable[[str, int], str], item: Callable[[str], str], lead: str = "", tail: str = "") -> Callable[[list[Item]], str]:
    def render(items: list[Item]) -> str:
        out = [lead]
        prev: str | None = None
        for kind, text, level in items:
            if prev is not None:
                out.append("\n" if kind == "list_item" and prev == "list_item" else "\n\n")
            out.append(heading(text, level) if kind == "heading" else item(text) if kind == "list_item" else text)
            prev = kind
        out.append("\n" + tail)
        return "".join(out)

    return render


def _hashes(text: str, level: int) -> str:
    return "#" * _level(level) + " " + text


_md_plain = _markdown(_hashes, lambda t: "- " + t)


def md_details(items: list[Item]) -> str:
    out: list[str] = []
    prev: str | None = None
    opened = False
    for kind, text, _ in items:
        if prev == "list_item" and kind != "list_item":
            out.append("\n")
        if kind == "heading":
            if opened:
                out.append("</details>\n\n")
            out.append(f"<details>\n<summary>{_e(text)}</summary>\n\n")
            opened = True
        else:
            out.append("- " + text + "\n" if kind == "list_item" else text + "\n\n")
        prev = kind
    if opened:
        out.append("\n</details>\n")
    return "".join(out)


def _text(sep: str, item: Callable[[str], str], heading: Callable[[str], str] = lambda t: t) -> Callable[[list[Item]], str]:
    def render(items: list[Item]) -> str:
        out: list[str] = []
        prev: str | None = None
        for kind, text, _ in items:
            if prev is not None:
                out.append("\n" if kind == "list_item" and prev == "list_item" else sep)
            out.append(heading(text) if kind == "heading" else item(text) if kind == "list_item" else text)
            prev = kind
        return "".join(out) + "\n"

    return render


def pasted(items: list[Item]) -> str:
    """A web page copied from a browser and pasted as plain text (as ``innerText`` gives it): a blank line
    around each paragraph, one line break around a heading or a list item, and no bullets."""
    out: list[str] = []
    prev: str | None = None
    for kind, text, _ in items:
        if prev is not None:
            out.append("\n\n" if "paragraph" in (kind, prev) else "\n")
        out.append(text)
        prev = kind
    return "".join(out) + "\n"


def _word(items: list[Item], typed: bool) -> bytes:
    """A Word file: with its styles (Heading 2, List Bullet), or typed as many practices type one (titles in bold
    Normal paragraphs, bullets typed as "•" and a tab)."""
    import io

    import docx

    document = docx.Document()
    for kind, text, level in items:
        if kind == "heading" and not typed:
            document.add_heading(text, min(_level(level), 9))
        elif kind == "heading":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "list_item":
            document.add_paragraph("\u2022\t" + text) if typed else document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_LATIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-", "\u2026": "..."})


def _pdf(items: list[Item], big_titles: bool) -> bytes:
    """A PDF with a text layer: titles in a larger bold font, or in bold at the body's size; items after "- "."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for kind, text, _ in items:
        text = text.translate(_LATIN).encode("latin-1", "replace").decode("latin-1")
        if kind == "heading":
            pdf.set_font("Helvetica", "B", 15 if big_titles else 11)
        else:
            pdf.set_font("Helvetica", "", 11)
            text = "- " + text if kind == "list_item" else text
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


#: Layout name -> (render the blocks, the ending the new page is read with). Word and PDF layouts need the
#: test extras (python-docx, fpdf2).
LAYOUTS: dict[str, tuple[Callable[[list[Item]], str | bytes], str]] = {
    "wordpress": (wordpress, ".html"),
    "builder": (builder, ".html"),
    "bold_titles": (lambda items: _page(bold_titles(items)), ".html"),
    "typed_bullets": (lambda items: _page(typed_bullets(items)), ".html"),
    "typed_numbers": (lambda items: _page(typed_numbers(items)), ".html"),
    "word_html": (word_html, ".html"),
    "br_lines": (br_lines, ".html"),
    "layout_table": (layout_table, ".html"),
    "bootstrap_accordion": (bootstrap_accordion, ".html"),
    "aria_accordion": (aria_accordion, ".html"),
    "squarespace_accordion": (squarespace_accordion, ".html"),
    "details": (details, ".html"),
    "text_bullets": (_text("\n\n", lambda t: "\u2022 " + t), ".txt"),
    "text_numbered": (_text("\n\n", lambda t: "1. " + t), ".txt"),
    "text_word_bullets": (_text("\n\n", lambda t: "o\t" + t), ".txt"),
    "text_capitals": (_text("\n\n", lambda t: "- " + t, str.upper), ".txt"),
    "text_pasted": (pasted, ".txt"),
    "word_styles": (lambda items: _word(items, typed=False), ".docx"),
    "word_typed": (lambda items: _word(items, typed=True), ".docx"),
    "pdf": (lambda items: _pdf(items, big_titles=True), ".pdf"),
    "pdf_bold_titles": (lambda items: _pdf(items, big_titles=False), ".pdf"),
    "md": (_md_plain, ".md"),
    "md_bold_titles": (_markdown(lambda t, lv: "**" + t + "**", lambda t: "- " + t), ".md"),
    "md_typed_bullets": (_markdown(_hashes, lambda t: "\u2022 " + t), ".md"),
    "md_numbered": (_markdown(_hashes, lambda t: "1. " + t), ".md"),
    "md_starred": (_markdown(_hashes, lambda t: "* " + t), ".md"),
    "md_front_matter": (_markdown(_hashes, lambda t: "- " + t,
                                  lead="---\nlayout: page\ntitle: Confidentiality\n---\n{% include header.html %}\n\n",
                                  tail="\n{{ site.footer }}\n"), ".md"),
    "md_html_block": (lambda items: '<div class="policy">\n\n' + _md_plain(items) + "\n</div>\n", ".md"),
    "md_details": (md_details, ".md"),
}


def blocks(raw: bytes, name: str) -> list[Item]:
    """The blocks of a page as its own reader finds them (a table's row as a paragraph)."""
    from policy_lint.loading import load_bytes

    doc = load_bytes(raw, name).document
    out: list[Item] = []
    for b in getattr(doc, "blocks", None) or []:
        kind = b.kind if b.kind in ("heading", "list_item") else "paragraph"
        out.append((kind, b.text, b.level))
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "tools"))
    from perturb_pages import coverage, pages_of, print_kinds, tally

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, required=True)
    ap.add_argument("--no-text", action="store_true", help="counts only, no page text or words (held-out sets)")
    ap.add_argument("--only", choices=sorted(LAYOUTS), action="append")
    args = ap.parse_args(argv)
    pages, labels = pages_of(args.folder)
    names = args.only or list(LAYOUTS)
    moved: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    kinds: Counter[tuple[str, str, str]] = Counter()
    cells = 0
    for page in pages:
        raw = page.read_bytes()
        base = coverage(raw, page.name)
        items = blocks(raw, page.name)
        label = labels.get(page.name) or {}
        cells += len(label)
        agree["as written"] += sum(base.get(t, ("missing", []))[0] == v for t, v in label.items())
        for name in names:
            render, suffix = LAYOUTS[name]
            new = render(items)
            after = coverage(new.encode("utf-8") if isinstance(new, str) else new, page.stem + suffix)
            agree[name] += sum(after.get(t, ("missing", []))[0] == v for t, v in label.items())
            moved[name] += tally(page.name, name, base, after, kinds, args.no_text)
    print()
    print(f"{len(pages)} pages" + (f", {cells} labelled cells" if cells else ""))
    print()
    print("| Layout | Cells moved |" + (" Agreement with the labels |" if cells else ""))
    print("|---|---|" + ("---|" if cells else ""))
    if cells:
        print(f"| as written | - | {agree['as written']}/{cells} |")
    for name in names:
        print(f"| {name} | {moved[name]} |" + (f" {agree[name]}/{cells} |" if cells else ""))
    print(f"| all | {sum(moved.values())} |" + (" |" if cells else ""))
    print_kinds(kinds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
