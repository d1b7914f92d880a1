"""Each prose reader: its blocks, their kinds, and the place of every word in the source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from prose_files import RIVERSIDE, make_docx, make_pdf
from policy_lint.findings import Locator
from policy_lint.readers.html import read_html
from policy_lint.readers.markdown import read_markdown
from policy_lint.readers.text import read_text
from policy_lint.loading import load_bytes, load_path

TEXT_EXAMPLES = sorted(p for p in (EXAMPLES / "prose").iterdir() if p.suffix in (".md", ".html", ".txt"))
_WORD = re.compile(r"[^\W_]+")


@pytest.mark.parametrize("path", TEXT_EXAMPLES, ids=lambda p: p.name)
def test_every_word_of_every_block_maps_back_to_itself_in_the_source(path: Path) -> None:
    """The place of each word is the word as written in the file (an entity stands for its character)."""
    loaded = load_path(path)
    doc = loaded.document
    assert doc is not None, loaded.problems
    checked = 0
    for block in doc.blocks:
        for m in _WORD.finditer(block.text):
            a, b = block.source_span(*m.span())
            written = doc.text[a:b]
            if "&" in written:
                continue  # an entity: checked in test_entities_map_to_the_whole_entity
            assert written == m.group(), (block.kind, block.text, m.group(), written)
            checked += 1
    assert checked > 50


def test_markdown_blocks_kinds_and_places() -> None:
    src = "---\ntitle: Clinic | Oak Tree Therapy\n---\n# Our policy\n\nWe keep **what you say** private,\nand [we tell you](https://x.example/why) first.\n\n- one item\n- two\n  lines\n\n| Topic | What we do |\n|---|---|\n| Courts | We share only what a judge orders. |\n\n```\ncode is not prose\n```\n"
    parsed = read_markdown(src)
    kinds = [(b.kind, b.text) for b in parsed.blocks]
    assert kinds == [
        ("heading", "Our policy"),
        ("paragraph", "We keep what you say private, and we tell you first."),
        ("list_item", "one item"),
        ("list_item", "two lines"),
        ("table_row", "Topic: What we do"),
        ("table_row", "Courts: We share only what a judge orders."),
    ]
    assert parsed.meta["title"] == "Clinic | Oak Tree Therapy"
    para = parsed.blocks[1]
    at = para.text.index("first")
    a, b = para.source_span(at, at + 5)
    assert src[a:b] == "first"
    assert src[: a].count("\n") + 1 == 7  # the line of "first" in the file


def test_markdown_number_colon_lines_are_list_items_as_in_text() -> None:
    """"1: If you ..." on lines of one paragraph: CommonMark joins them, the text reader makes each a list item;
    the Markdown reader reads them as the text reader does, each word at its line and column (review15)."""
    src = (
        "There are exceptions to this, including:\n"
        "1: If you or another person are in **danger**.\n"
        "2: If a court of law orders us to disclose\n"
        "information about you.\n"
        "\n"
        "> 1: Quoted, a list too.\n"
        "\n"
        "- 1: an item stays one item\n"
        "\n"
        "We meet at 10:30 on Mondays.\n"
    )
    md = read_markdown(src)
    assert [(b.kind, b.text) for b in md.blocks] == [
        ("paragraph", "There are exceptions to this, including:"),
        ("list_item", "If you or another person are in danger."),
        ("list_item", "If a court of law orders us to disclose information about you."),
        ("list_item", "Quoted, a list too."),
        ("list_item", "1: an item stays one item"),
        ("paragraph", "We meet at 10:30 on Mondays."),
    ]
    txt = read_text(src.split("\n\n")[0] + "\n")
    assert [b.text for b in md.blocks[1:3]] == [b.text.replace("**", "") for b in txt.blocks if b.kind == "list_item"]
    lines = src.split("\n")
    for block, word, line in ((md.blocks[1], "If", 2), (md.blocks[1], "danger", 2), (md.blocks[2], "If", 3),
                              (md.blocks[2], "information", 4), (md.blocks[3], "Quoted", 6)):
        at = block.text.index(word)
        a, b = block.source_span(at, at + len(word))
        assert src[a:b] == word
        assert src[:a].count("\n") + 1 == line
        column = a - (src.rfind("\n", 0, a) + 1) + 1
        assert lines[line - 1][column - 1 : column - 1 + len(word)] == word


def test_html_term_and_descriptions_are_one_row_with_every_word_in_place() -> None:
    """A term and its descriptions (dt, dd) are read as one passage, as a table's row is (fix14)."""
    src = (
        "<main>\n<dl>\n  <dt>Child abuse</dt>\n  <dd>We do not make reports.</dd>\n"
        "  <dt>What if I am in danger?</dt>\n  <dd><p>We may call 911.</p></dd>\n  <dd>Second.</dd>\n</dl>\n<p>After.</p>\n</main>\n"
    )
    parsed = read_html(src)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("table_row", "Child abuse: We do not make reports."),
        ("table_row", "What if I am in danger? We may call 911. Second."),
        ("paragraph", "After."),
    ]
    for block in parsed.blocks:
        for m in _WORD.finditer(block.text):
            a, b = block.source_span(*m.span())
            assert src[a:b] == m.group(), (block.text, m.group())
    first = parsed.blocks[0]
    at = first.text.index("We")
    a, _ = first.source_span(at, at + 2)
    assert src[:a].count("\n") + 1 == 4


def test_a_callout_title_with_markup_is_a_heading_too() -> None:
    # (review of session 7) "[!warning] **Limits**" made no heading: import wrote "Limits We must report ...".
    src = "> [!warning] **Limits** of privacy\n> We must report child abuse.\n\n> [!note]\n> We keep notes.\n"
    parsed = read_markdown(src)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("heading", "Limits of privacy"),
        ("paragraph", "We must report child abuse."),
        ("paragraph", "We keep notes."),
    ]
    a, b = parsed.blocks[0].source_span(0, len("Limits"))
    assert src[a:b] == "Limits"


def test_markdown_callout_type_is_no_word_and_its_title_a_heading() -> None:
    # Obsidian and GitHub callouts: "[!warning]" is a style (read as words it warned someone: pages12, dm25)
    src = ("> [!warning] Safeguarding\n> Wherever I can, I'll talk to you first.\n\n"
           "> [!NOTE]-\n> We keep notes for seven years.\n\n"
           "> [!tip] Before you share\n\n"
           "> [not a callout] We warn no one.\n")
    parsed = read_markdown(src)
    kinds = [(b.kind, b.text) for b in parsed.blocks]
    assert kinds == [
        ("heading", "Safeguarding"),
        ("paragraph", "Wherever I can, I'll talk to you first."),
        ("paragraph", "We keep notes for seven years."),
        ("heading", "Before you share"),
        ("paragraph", "[not a callout] We warn no one."),
    ]
    title = parsed.blocks[0]
    a, b = title.source_span(0, len("Safeguarding"))
    assert src[a:b] == "Safeguarding"
    body = parsed.blocks[1]
    a, b = body.source_span(0, len("Wherever"))
    assert src[a:b] == "Wherever" and src[: a].count("\n") == 1


def test_entities_map_to_the_whole_entity() -> None:
    src = "<p>Fish &amp; chips &mdash; caf&#233; &#x2019;s</p>"
    block = read_html(src).blocks[0]
    assert block.text == "Fish & chips — café ’s"
    for char, entity in (("&", "&amp;"), ("—", "&mdash;"), ("é", "&#233;"), ("’", "&#x2019;")):
        i = block.text.index(char)
        a, b = block.source_span(i, i + 1)
        assert src[a:b] == entity
    md = read_markdown("Fish &amp; chips \\* here\n").blocks[0]
    i = md.text.index("&")
    a, b = md.source_span(i, i + 1)
    assert "Fish &amp; chips"[a:b] == "&amp;"


def test_html_main_content_drops_the_site_template() -> None:
    """Navigation, the page header and footer, asides, cookie banners, scripts, styles and hidden text are not policy text."""
    loaded = load_path(EXAMPLES / "prose" / "riverside-site.html")
    doc = loaded.document
    assert doc is not None
    text = " ".join(doc.data["blocks"])
    for junk in ("Home", "About us", "Skip to content", "cookies", "Book a session", "All rights reserved", "dataLayer", "position: fixed"):
        assert junk not in text, junk
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "Your privacy in therapy"
    assert doc.data["clinic"]["name"] == "Riverside Counseling"


def test_html_keeps_the_header_of_an_article_and_prefers_main() -> None:
    page = (
        "<body><div class='menu'>Menu text</div><p>Outside text before main.</p>"
        "<main><article><header><h1>Privacy at Elm Street Therapy</h1><p>Effective as of May 1, 2026.</p></header>"
        "<p>Your words stay private.</p><p hidden>Hidden text</p><p style='display:none'>Also hidden</p>"
        "<footer><p>Last reviewed May 2026.</p></footer></article></main><p>After main.</p></body>"
    )
    blocks = [b.text for b in read_html(page).blocks]
    assert blocks == ["Privacy at Elm Street Therapy", "Effective as of May 1, 2026.", "Your words stay private.", "Last reviewed May 2026."]


def test_html_without_main_reads_the_body_and_closes_implied_elements() -> None:
    page = "<p>First<p>Second<ul><li>one<li>two</ul><table><tr><td>cell a<td>cell b</table><div>loose <b>text</b></div>"
    assert [(b.kind, b.text) for b in read_html(page).blocks] == [
        ("paragraph", "First"),
        ("paragraph", "Second"),
        ("list_item", "one"),
        ("list_item", "two"),
        ("table_row", "cell a: cell b"),
        ("paragraph", "loose text"),
    ]


def test_html_positions_are_the_source_line_and_column() -> None:
    page = "<html>\n<body>\n  <main>\n    <p>We keep it\n       private, TODO.</p>\n  </main>\n</body>\n</html>\n"
    from policy_lint.engine import Linter
    from policy_lint.packs import load_pack

    result = Linter(load_pack("base")).lint_bytes(page.encode(), "page.html")
    todo = [f for f in result.findings if f.rule_id == "TXT001"]
    assert [(f.line, f.column, f.end.line, f.end.column) for f in todo] == [(5, 17, 5, 21)]


def test_text_reader_paragraphs_bullets_and_headings() -> None:
    src = "OUR PRIVACY POLICY\n\nWhat you say stays private.\nWe mean it.\n\n  - first item\n    goes on\n  * second item\n1. numbered\n\nQuestions\n=========\nAsk us.\n"
    got = [(b.kind, b.text) for b in read_text(src).blocks]
    assert got == [
        ("heading", "OUR PRIVACY POLICY"),
        ("paragraph", "What you say stays private. We mean it."),
        ("list_item", "first item goes on"),
        ("list_item", "second item"),
        ("list_item", "numbered"),
        ("heading", "Questions"),
        ("paragraph", "Ask us."),
    ]


@pytest.mark.parametrize(
    "src, want",
    [
        # a line further left than the bullet ends the list: the tail is a paragraph of its own
        ("We may share:\n  - when you are at risk;\n  - when the law requires it.\nIn these cases we call the police.\n",
         [("heading", "We may share:"), ("list_item", "when you are at risk;"), ("list_item", "when the law requires it."),
          ("paragraph", "In these cases we call the police.")]),
        ("  1. when a court orders it\n     and a judge signs.\nWe tell you first.\n",
         [("list_item", "when a court orders it and a judge signs."), ("paragraph", "We tell you first.")]),
        # near misses: a wrapped line as far left as its bullet, or further right, goes on with the item
        ("- when a court orders us to\nrelease your records.\n",
         [("list_item", "when a court orders us to release your records.")]),
        ("  - when a court orders us to\n  release your records.\n",
         [("list_item", "when a court orders us to release your records.")]),
    ],
)
def test_text_reader_a_line_left_of_its_bullet_ends_the_list(src: str, want: list[tuple[str, str]]) -> None:
    assert [(b.kind, b.text) for b in read_text(src).blocks] == want


@pytest.mark.parametrize(
    "src, want",
    [
        # a star or dot typed with no space before the item's capital starts an item (real5: a school's page)
        ("The counselor must share information:\n*Presenting a serious danger to self\n*Legal subpoena\n",
         [("paragraph", "The counselor must share information:"), ("list_item", "Presenting a serious danger to self"),
          ("list_item", "Legal subpoena")]),
        ("\u2022Court orders\n\u2022Child abuse\n", [("list_item", "Court orders"), ("list_item", "Child abuse")]),
        # near misses: a word in stars, and a star before a small letter, are no bullet
        ("*Note* we keep records.\n", [("paragraph", "*Note* we keep records.")]),
        ("*nothing* is shared.\n", [("paragraph", "*nothing* is shared.")]),
    ],
)
def test_text_reader_a_bullet_with_no_space_after_it(src: str, want: list[tuple[str, str]]) -> None:
    assert [(b.kind, b.text) for b in read_text(src).blocks] == want


@pytest.mark.parametrize(
    "src, want",
    [
        # a word hyphenated at a line's end (a copy of a PDF) is one word again, and every character maps back
        ("I must warn the intended vic-\ntim and the police.\n", "I must warn the intended victim and the police."),
        ("the personal health infor-\n    mation you share\n", "the personal health information you share"),
        # the first part of a compound keeps its hyphen
        ("if you are at risk of self-\nharm or a co-\nworker is at risk.\n", "if you are at risk of self-harm or a co-worker is at risk."),
        ("abuse of a resident of a long-\nterm care home\n", "abuse of a resident of a long-term care home"),
        # a syllable that looks like a compound's first part is still a broken word
        ("private, ex-\ncept when your part-\nner or the pre-\nvious file is at issue\n", "private, except when your partner or the previous file is at issue"),
        # near misses: a dash, a number range, a next line in capitals
        ("We keep notes -\nnot recordings.\n", "We keep notes - not recordings."),
        ("Call the 24-\nhour line.\n", "Call the 24- hour line."),
        ("Ask about fees and follow-\nUp visits.\n", "Ask about fees and follow- Up visits."),
    ],
)
def test_text_reader_joins_a_word_hyphenated_at_a_line_end(src: str, want: str) -> None:
    (block,) = read_text(src).blocks
    assert block.text == want
    for k, ch in enumerate(block.text):
        if ch != " ":
            assert src[block.source_offset(k)] == ch


def test_text_reader_a_wrapped_sentence_is_no_pair_of_title_lines() -> None:
    src = "4.3.1  Information you share is kept\nconfidential except where:\n\n  (a) you are at risk of suicide;\n"
    assert [(b.kind, b.text) for b in read_text(src).blocks] == [
        ("paragraph", "4.3.1 Information you share is kept confidential except where:"),
        ("list_item", "you are at risk of suicide;"),
    ]
    # two short title lines stay two headings
    assert [b.kind for b in read_text("Bluegrass Psychological Associates\nInformed Consent for Services\n\nWe keep it private.\n").blocks] == ["heading", "heading", "paragraph"]


def test_text_reader_a_long_line_that_goes_on_with_a_sentence_is_not_cut_off() -> None:
    """Uneven breaks (real11: a school page): a line over 150 characters that starts in lower case, after a line that
    ends with no stop, goes on with the sentence above; one that starts a sentence of its own stays a paragraph."""
    long_tail = "whether it happened to you or to another student, we are required by law to report it to the state child protection agency, and we may also have to call the local police."
    assert len(long_tail) > 150
    src = "If you talk with one of us about abuse (physical, emotional, sexual or any other kind),\n" + long_tail + "\n"
    assert [(b.kind, b.text) for b in read_text(src).blocks] == [
        ("paragraph", "If you talk with one of us about abuse (physical, emotional, sexual or any other kind), " + long_tail),
    ]
    # after a full stop, or a line starting in capitals, a long line is still a paragraph of its own
    first = "We keep what you say private."
    src2 = first + "\n" + long_tail + "\n"
    assert [b.text for b in read_text(src2).blocks] == [first, long_tail]
    capital = "When a student is at risk, we call the parents and the school nurse and we write down what we did and why we did it, so that the next counselor knows."
    src3 = "Things we do in an emergency\n" + capital + "\n"
    assert [b.text for b in read_text(src3).blocks] == ["Things we do in an emergency", capital]


def test_text_reader_a_sentence_where_the_bullets_start_ends_the_list() -> None:
    """real11 (an EAP page with no blank lines): after an item that ends in a full stop, a line that starts a sentence
    where the bullets start is a paragraph after the list; a line that goes on in lower case stays in the item."""
    src = ("The only exceptions are:\n- When you may seriously hurt someone.\n- When a court orders it.\n"
           "In such cases the appropriate authorities are contacted.\n")
    assert [(b.kind, b.text) for b in read_text(src).blocks][1:] == [
        ("list_item", "When you may seriously hurt someone."),
        ("list_item", "When a court orders it."),
        ("paragraph", "In such cases the appropriate authorities are contacted."),
    ]
    wrapped = "- When a judge orders us to share\nyour records.\n"
    assert [(b.kind, b.text) for b in read_text(wrapped).blocks] == [("list_item", "When a judge orders us to share your records.")]
    indented = "  - When a court orders it.\n    We tell you first.\n"
    assert [(b.kind, b.text) for b in read_text(indented).blocks] == [("list_item", "When a court orders it. We tell you first.")]


def test_text_reader_underlines_numbered_headings_and_boxes() -> None:
    """As render --format txt writes them: ~~~ under a numbered heading, a box of stars around a note."""
    src = (
        "When we may share\n-----------------\n\n"
        "3. Suspected abuse of a child\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nSee above.\n\n"
        "*****\n* Our promise\n*\n* We tell you first.\n*****\n\n"
        "- a list item\n---\n"
    )
    got = [(b.kind, b.level, b.text) for b in read_text(src).blocks]
    assert got == [
        ("heading", 2, "When we may share"),
        ("heading", 3, "Suspected abuse of a child"),
        ("paragraph", 0, "See above."),
        ("list_item", 0, "Our promise"),
        ("list_item", 0, "We tell you first."),
        ("list_item", 0, "a list item"),  # "---" shorter than the line above: a rule, not an underline
    ]


def test_a_heading_over_text_that_says_nothing_states_no_limit() -> None:
    """As a YAML title counts only with its explanation: "Suspected abuse of a child" over "See above." states nothing."""
    for name, src in (
        ("a.md", "# Privacy\n\n### Suspected abuse of a child\n\nSee above.\n"),
        ("a.txt", "Privacy\n=======\n\n1. Suspected abuse of a child\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nSee above.\n"),
        ("a.html", "<main><h1>Privacy</h1><h3>Suspected abuse of a child</h3><p>See above.</p></main>"),
    ):
        doc = load_bytes(src.encode(), name).document
        assert doc is not None and "limits" not in doc.data, name
        said = load_bytes(src.replace("See above.", "We must report it to child protective services.").encode(), name).document
        assert said is not None and [x["category"] for x in said.data["limits"]] == ["child_abuse"], name


def test_docx_blocks_are_numbered_paragraphs(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "p.docx", title="Riverside Counseling Privacy Policy", table=[["Court orders", "A judge can order records."]])
    doc = load_path(path).document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks[: len(RIVERSIDE)]] == [(k, t) for k, t in RIVERSIDE]
    assert [b.number for b in doc.blocks] == list(range(1, len(RIVERSIDE) + 2))  # the row starts at its first cell's paragraph
    assert [(b.kind, b.text, b.parts) for b in doc.blocks[-1:]] == [("table_row", "Court orders: A judge can order records.", [(0, len(RIVERSIDE) + 1), (14, len(RIVERSIDE) + 2)])]
    assert doc.data["clinic"]["name"] == "Riverside Counseling"
    start, end = doc.locate("/blocks/7", span=(44, 48))  # "TODO" in the 8th paragraph
    assert isinstance(start, Locator) and isinstance(end, Locator)
    assert (start.paragraph, start.page, start.column, end.column) == (8, None, 45, 49)
    assert start.label == "paragraph 8"


def test_pdf_blocks_are_placed_by_page_and_paragraph(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "p.pdf", title="Riverside Counseling")
    doc = load_path(path).document
    assert doc is not None
    got = [(b.page, b.number, b.kind, b.text) for b in doc.blocks]
    expected = [(1, i + 1, k, t) for i, (k, t) in enumerate(RIVERSIDE[:6])] + [(2, i + 1, k, t) for i, (k, t) in enumerate(RIVERSIDE[6:])]
    assert got == expected
    start, _ = doc.locate("/blocks/7", span=(44, 48))
    assert isinstance(start, Locator) and start.label == "page 2, paragraph 2"


def test_markdown_reads_html_blocks_and_html_reads_a_page_wrapped_in_a_form() -> None:
    """Some Markdown pages wrap their text in <div>s; some site builders wrap a whole page in a <form>."""
    src = "# Privacy\n\n<div class=\"note\">\n<p>We keep it <b>private</b>, TODO.</p>\n</div>\n"
    blocks = read_markdown(src).blocks
    assert [b.text for b in blocks] == ["Privacy", "We keep it private, TODO."]
    at = blocks[1].text.index("TODO")
    a, b = blocks[1].source_span(at, at + 4)
    assert src[a:b] == "TODO"
    page = "<body><form id='aspnetForm'><div><p>What you say stays private.</p><input type=hidden value=x></div></form></body>"
    assert [b.text for b in read_html(page).blocks] == ["What you say stays private."]


def test_pdf_leaves_out_running_headers_footers_and_page_numbers(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for p in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, "Riverside Counseling - Privacy Policy", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, f"Body text on page {p + 1}. We keep what you say private.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-15)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, f"Page {p + 1} of 3")
    path = tmp_path / "running.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = load_path(path).document
    assert doc is not None
    assert [(b.page, b.number, b.text) for b in doc.blocks] == [(p, 1, f"Body text on page {p}. We keep what you say private.") for p in (1, 2, 3)]


def test_a_file_of_more_paragraphs_than_a_policy_is_checked_on_its_first_3000() -> None:
    from policy_lint.loading import load_bytes

    loaded = load_bytes(("We keep it private.\n\n" * 3500).encode(), "long.txt")
    assert loaded.document is not None and len(loaded.document.blocks) == 3000
    assert [(p.code, p.fatal) for p in loaded.problems] == [("too-many", False)]
    assert "holds 3,500 paragraphs" in loaded.problems[0].message


def test_a_word_file_whose_document_part_is_not_a_document_is_damaged(tmp_path: Path) -> None:
    """python-docx opens it, then fails to walk it: a finding, not a crash (found by fuzzing)."""
    import io
    import zipfile

    good = make_docx(tmp_path / "good.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:document ", b"<w:documenX ", 1).replace(b"</w:document>", b"</w:documenX>")
            dst.writestr(name, data)
    path = tmp_path / "odd.docx"
    path.write_bytes(out.getvalue())
    loaded = load_path(path)
    assert loaded.document is None and [p.code for p in loaded.problems] == ["damaged"]


def test_html_main_that_holds_only_the_title_is_not_the_whole_page() -> None:
    """A template's <main> around the title only: the text beside it is read too."""
    text = "We keep what you tell us private, except in the few cases below. " * 5
    page = f"<body><nav>Home</nav><main><h1>Privacy</h1></main><div class='content'><p>{text}</p></div><footer>(c) 2026</footer></body>"
    assert [b.text for b in read_html(page).blocks] == ["Privacy", text.strip()]


def test_html_one_br_ends_a_line_two_end_a_paragraph() -> None:
    page = "<div>If we think a child is being abused,<br>\nwe must report it.<br><br>Questions? Call us.</div>"
    assert [b.text for b in read_html(page).blocks] == ["If we think a child is being abused, we must report it.", "Questions? Call us."]


def test_text_pasted_from_a_page_has_one_paragraph_a_line() -> None:
    one = "If you tell us you plan to seriously hurt yourself soon, we act to keep you safe, and we may call emergency services, a crisis line or a person you trust to help."
    two = "If we think a child is being abused or neglected, the law says we must report it to child protective services, and we tell you first when it is safe to do so."
    assert [b.text for b in read_text(f"Limits\n{one}\n{two}\n").blocks] == ["Limits", one, two]


# Found in trial 8: the address and phone number of a Word intake form were only in its page footer.
_BC_BODY = [(k, t) for k, t in RIVERSIDE if "Riverside" not in t and "@" not in t] + [("paragraph", "Questions? Ask your counsellor.")]


def _intake_form(tmp_path: Path, last_footer_line: str) -> Path:
    """The trial-8 intake form: its address and phone are only in the page footer, over ``last_footer_line``."""
    return make_docx(
        tmp_path / "form.docx",
        _BC_BODY,
        header=["Cedar Grove Counselling Collective \u2014 Intake & Consent (v4.2)"],
        footer=["2150 West 4th Avenue, Vancouver, BC V6K 1N6 \u00b7 604-555-0188", last_footer_line],
    )


def test_a_word_files_page_header_and_footer_give_facts_but_no_findings(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # the words of a footer are never checked: "and/or" and a blanket promise give no finding
    path = _intake_form(tmp_path, "Everything you say is 100% confidential and/or private.")
    doc = load_path(path).document
    assert doc is not None
    assert doc.data["clinic"]["name"] == "Cedar Grove Counselling Collective"  # the whole name (trial 10)
    assert doc.data["clinic"]["contact"]["phone"] == "604-555-0188"
    assert [b.text for b in doc.blocks if "604" in b.text or "100%" in b.text] == []
    result = run_cli("check", str(path), "--format", "json")
    found = {f["rule"] for f in __import__("json").loads(result.stdout)["files"][0]["findings"]}
    assert "JUR004" in found and "JUR003" not in found  # the place comes from the footer's postal code
    assert not found & {"PLN011", "COV008", "DOC003"}


def test_a_fact_in_a_word_files_footer_is_placed_in_the_footer(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # It was placed one paragraph past the body ("paragraph 12" in a file of 10), a place that does not exist.
    path = _intake_form(tmp_path, "Email us: hello@cedar.example")
    doc = load_path(path).document
    assert doc is not None
    phone, _ = doc.locate("/clinic/contact/phone")
    assert isinstance(phone, Locator)
    assert (phone.part, phone.paragraph, phone.column) == ("footer", 1, 47)
    assert phone.label == "footer, paragraph 1"
    assert doc.describe("/clinic/contact/email") == "footer, paragraph 2"
    assert doc.describe("/clinic/name") == "header, paragraph 1"
    # the body keeps its own numbers, with no part
    summary, _ = doc.locate("/confidentiality/summary")
    assert isinstance(summary, Locator) and summary.part is None and summary.label == "paragraph 2"
    # a finding on the footer's address names the footer, in every output
    result = run_cli("check", str(path), "--format", "json")
    findings = __import__("json").loads(result.stdout)["files"][0]["findings"]
    assumed = next(f for f in findings if f["rule"] == "JUR004")
    assert assumed["locator"]["part"] == "footer" and assumed["locator"]["paragraph"] == 1
    assert assumed["locator"]["text"].startswith("footer, paragraph 1, character ")
    assert all(f["locator"]["part"] is None for f in findings if f.get("locator") and f["rule"] != "JUR004")
    text = run_cli("check", str(path)).stdout
    assert "form.docx:footer, paragraph 1, character " in text


def test_a_word_files_first_page_footer_is_named(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_footer.paragraphs[0].text = "Call us at 604-555-0188."
    for kind, text in _BC_BODY:
        document.add_paragraph(text)
    path = tmp_path / "first.docx"
    document.save(str(path))
    doc = load_path(path).document
    assert doc is not None
    assert doc.describe("/clinic/contact/phone") == "first page footer, paragraph 1"


def test_a_word_file_without_a_footer_has_no_place_or_phone(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = make_docx(tmp_path / "form.docx", _BC_BODY)
    doc = load_path(path).document
    assert doc is not None
    assert "phone" not in (doc.data.get("clinic") or {}).get("contact", {})
    result = run_cli("check", str(path), "--format", "json")
    found = {f["rule"] for f in __import__("json").loads(result.stdout)["files"][0]["findings"]}
    assert "JUR003" in found and "JUR004" not in found


# -- found in trial 10: a heading in capitals over a contact line, in a .txt file ----------------


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # a contact line is what a heading is over, not a heading of its own
        ("CONTACT\n\nPhone: 1300 555 123\n", [("heading", "CONTACT", 0, 7), ("paragraph", "Phone: 1300 555 123", 9, 28)]),
        ("CONTACT\nEmail: privacy@harbourside.example\n", [("heading", "CONTACT", 0, 7), ("paragraph", "Email: privacy@harbourside.example", 8, 42)]),
        ("Contact us:\n\nPhone: 1300 555 123\n", [("heading", "Contact us:", 0, 11), ("paragraph", "Phone: 1300 555 123", 13, 32)]),
        # a numbered title in capitals, alone, is a heading (a clause numbered "1.1" is text)
        (
            "3.1 Ask the Privacy Officer.\n\n4. CONTACT\n\nPrivacy Officer, Level 4\nPhone: 1300 555 123\n",
            [("paragraph", "3.1 Ask the Privacy Officer.", 0, 28), ("heading", "CONTACT", 33, 40), ("paragraph", "Privacy Officer, Level 4 Phone: 1300 555 123", 42, 86)],
        ),
        ("4. CONTACT\nPrivacy Officer\n", [("heading", "CONTACT", 3, 10), ("paragraph", "Privacy Officer", 11, 26)]),
        # a list of items in capitals stays a list, blank lines or not
        ("1. CHILD ABUSE\n2. ELDER ABUSE\n", [("list_item", "CHILD ABUSE", 3, 14), ("list_item", "ELDER ABUSE", 18, 29)]),
        ("Limits:\n\n1. CHILD ABUSE\n\n2. ELDER ABUSE\n", [("heading", "Limits:", 0, 7), ("list_item", "CHILD ABUSE", 12, 23), ("list_item", "ELDER ABUSE", 28, 39)]),
        # an item that is no title in capitals stays an item
        ("1. Contact\n\nPhone: 1300 555 123\n", [("list_item", "Contact", 3, 10), ("paragraph", "Phone: 1300 555 123", 12, 31)]),
    ],
)
def test_text_reader_a_title_in_capitals_over_a_contact_line(src: str, want: list[tuple[str, str, int, int]]) -> None:
    blocks = read_text(src).blocks
    assert [(b.kind, b.text) for b in blocks] == [(k, t) for k, t, _, _ in want]
    for block, (_, text, start, end) in zip(blocks, want):
        assert src[block.source_offset(0) : block.source_offset(len(text) - 1) + 1].split() == text.split()
        assert (block.source_offset(0), block.source_offset(len(text) - 1) + 1) == (start, end)


def test_a_txt_contact_heading_over_a_phone_number_tells_how_to_ask() -> None:
    """The same text as '# Contact' over the number in Markdown: where to ask questions."""
    from policy_lint.readers.facts import find_facts

    for src in ("CONTACT\n\nPhone: 1300 555 123\n", "4. CONTACT\n\nPrivacy Officer, Level 4\nPhone: 1300 555 123\n"):
        blocks = read_text(src).blocks
        assert blocks[find_facts(blocks, {})["/questions"].block].text.endswith("Phone: 1300 555 123")
