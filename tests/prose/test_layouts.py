"""A page reads the same whichever way its site lays it out (tools/layout_pages.py).

Real practices' pages come from WordPress, Wix and Squarespace, old hand-made sites and Markdown
repositories: titles in bold paragraphs, bullets typed into paragraphs or lines ended by <br>, text
in layout tables, FAQ answers in accordions whose closed panels are hidden. The same blocks must
give the same coverage in each. These tests keep the measured and dev pages steady across every
layout, and check each markup the readers learnt for it, with what they still leave out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import load_script
from prose_files import coverage_of_bytes
from policy_lint.readers.html import read_html
from policy_lint.readers.markdown import read_markdown
from policy_lint.readers.text import read_text

ROOT = Path(__file__).resolve().parents[2]
TOOL = load_script(ROOT / "tools" / "layout_pages.py", "layout_pages")
PERTURB = load_script(ROOT / "tools" / "perturb_pages.py", "perturb_pages")
FOLDERS = ("tests/prose/pages", "tests/prose/dev_pages")


@lru_cache(maxsize=None)
def _pages(folder: str) -> tuple[tuple[str, bytes], ...]:
    return tuple((p.name, p.read_bytes()) for p in sorted((ROOT / folder).iterdir()) if p.suffix in TOOL.FORMATS)


@lru_cache(maxsize=None)
def _base(folder: str, name: str) -> dict[str, str]:
    raw = dict(_pages(folder))[name]
    return {t: s for t, (s, _) in PERTURB.coverage(raw, name).items()}


# Measured on 2026-12-06: before the readers learnt these layouts, the dev pages moved 1,314 cells
# (1,191 of them a WAI-ARIA accordion's hidden panels) and the measured pages 387; now none but a
# page copied from a browser: its lists lose their bullets, and a list under a title with no lead-in
# (or a list one line long) cannot be told from titles. Lower a floor when a fix lands; never raise
# one without a reason in the commit.
# md_converted 0 -> 1 (review19's fix of FAQ answers): "Will my insurance company see my records?" as a heading
# is read by itself (records_access, a misreading of the question); set in one paragraph with its answer, it
# counts only through an answer that shares ("your plan will receive a diagnosis code" is the plan's act).
# pdf and pdf_bold_titles 0 -> 2 (review35's dev page review35_data_abuse_beside.html): set in one paragraph, generic
# "If we suspect abuse, ..." beside a sentence that names a child's abuse loses its elder and dependent-adult vague
# reading (older than review35: main reads the one-paragraph text the same way). Left for the lead; lower when fixed.
MOST = {("tests/prose/dev_pages", "text_pasted"): 11, ("tests/prose/dev_pages", "md_converted"): 1,
        ("tests/prose/dev_pages", "pdf"): 2, ("tests/prose/dev_pages", "pdf_bold_titles"): 2}


def last_words_map_back(src: str, parsed) -> None:  # type: ignore[no-untyped-def]
    """Each block's last word maps back to the same word in the source."""
    for block in parsed.blocks:
        word = block.text.split()[-1].rstrip(".?:")
        at = block.text.rindex(word)
        a, b = block.source_span(at, at + len(word))
        assert src[a:b] == word


@pytest.mark.parametrize("layout", sorted(TOOL.LAYOUTS))
@pytest.mark.parametrize("folder", FOLDERS)
def test_every_page_reads_the_same_in_every_layout(folder: str, layout: str) -> None:
    render, suffix = TOOL.LAYOUTS[layout]
    moved = []
    for name, raw in _pages(folder):
        base = _base(folder, name)
        new = render(TOOL.blocks(raw, name))
        new_raw = new.encode("utf-8") if isinstance(new, str) else new
        after = {t: s for t, (s, _) in PERTURB.coverage(new_raw, Path(name).stem + suffix).items()}
        moved += [(name, t, s, after.get(t, "missing")) for t, s in base.items() if after.get(t, "missing") != s]
    assert len(moved) <= MOST.get((folder, layout), 0), moved


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_html(page).blocks]


# -- web pages ---------------------------------------------------------------------------------


def test_html_bullets_typed_in_paragraphs_and_lines_are_list_items() -> None:
    page = (
        "<div><p>We share without consent when:</p><p>&bull; a child is at risk</p><p>• you are in danger</p>"
        "<p>- a court orders it</p><p>•Someone else is in danger</p></div>"
        "<div class='content'>Also when:<br>&#8226; the law requires it<br>&middot; a judge signs a subpoena<br>Ask us anything.</div>"
    )
    assert _kinds(page) == [
        ("paragraph", "We share without consent when:"),
        ("list_item", "a child is at risk"),
        ("list_item", "you are in danger"),
        ("list_item", "a court orders it"),
        ("list_item", "Someone else is in danger"),
        ("paragraph", "Also when:"),
        ("list_item", "the law requires it"),
        ("list_item", "a judge signs a subpoena"),
        ("paragraph", "Ask us anything."),
    ]


def test_html_a_typed_items_words_map_to_the_source() -> None:
    page = "<p>Limits:</p>\n<p>&bull; a child is at risk</p>\n<div>x<br>\n• you are in danger</div>"
    blocks = read_html(page).blocks
    for block, word in ((blocks[1], "child"), (blocks[3], "danger")):
        at = block.text.index(word)
        a, b = block.source_span(at, at + len(word))
        assert page[a:b] == word


def test_html_a_dash_or_bullet_inside_a_sentence_starts_nothing() -> None:
    page = "<p>We keep it private - with a few limits.</p><p>Call 555-0100 &bull; or email us.</p><p><a href='/x'>- Home</a></p>"
    assert _kinds(page) == [("paragraph", "We keep it private - with a few limits."), ("paragraph", "Call 555-0100 • or email us.")]


def test_html_titles_in_bold_are_headings_sentences_in_bold_are_not() -> None:
    page = (
        "<p><strong>Limits of confidentiality</strong></p>"
        "<p><span style='font-weight: 700'>Exceptions to privacy</span></p>"
        "<div><b>Child abuse</b><br>We report it to child protective services.</div>"
        "<p><strong>We will always tell you first.</strong></p>"
        "<p><b>Note:</b> this is a summary.</p>"
        "<p><strong>Phone: 555 0100</strong></p>"
    )
    assert _kinds(page) == [
        ("heading", "Limits of confidentiality"),
        ("heading", "Exceptions to privacy"),
        ("heading", "Child abuse"),
        ("paragraph", "We report it to child protective services."),
        ("paragraph", "We will always tell you first."),
        ("paragraph", "Note: this is a summary."),
        ("paragraph", "Phone: 555 0100"),
    ]


def test_html_a_short_question_in_a_paragraph_of_its_own_is_an_faqs_heading() -> None:
    page = (
        "<p>Will you tell my parents?</p><p>Only if you are in danger.</p>"
        "<p>We get asked this a lot. Will you tell my school?</p>"
        "<dl><dt>What if I am in danger?</dt><dd>We may call 911.</dd></dl>"
    )
    assert _kinds(page) == [
        ("heading", "Will you tell my parents?"),
        ("paragraph", "Only if you are in danger."),
        ("paragraph", "We get asked this a lot. Will you tell my school?"),
        ("table_row", "What if I am in danger? We may call 911."),  # a term and its description stay one row
    ]


def test_html_an_accordions_button_is_its_panels_title_other_buttons_are_not_text() -> None:
    page = (
        "<main><h2 class='accordion-header'><button class='accordion-button' data-bs-toggle='collapse' "
        "data-bs-target='#c1' aria-controls='c1'>Harm to others</button></h2>"
        "<div id='c1' class='accordion-collapse collapse'><p>We may warn the person at risk.</p></div>"
        "<button aria-controls='p2' aria-expanded='false'>Will you tell my parents?</button>"
        "<div id='p2' hidden><p>Only if you are in danger.</p></div>"
        "<form><button type='submit'>Send</button></form>"
        "<button class='menu-toggle' aria-controls='menu' aria-haspopup='true'>Menu</button></main>"
    )
    assert _kinds(page) == [
        ("heading", "Harm to others"),
        ("paragraph", "We may warn the person at risk."),
        ("heading", "Will you tell my parents?"),
        ("paragraph", "Only if you are in danger."),
    ]


def test_html_hidden_panels_are_read_other_hidden_text_is_not() -> None:
    page = (
        "<main><div role='region' hidden><p>A region panel.</p></div>"
        "<div class='elementor-tab-content' style='display:none'><p>A toggle's panel.</p></div>"
        "<div class='et_pb_toggle_content' aria-hidden='true'><p>A Divi toggle.</p></div>"
        "<div hidden='until-found'><p>Found by search.</p></div>"
        "<div class='popup' hidden><p>Join our newsletter.</p></div>"
        "<p style='display:none'>A hidden line.</p><span aria-hidden='true'>×</span>"
        "<div class='cookie-panel' hidden><p>We use cookies.</p></div></main>"
    )
    assert [t for _, t in _kinds(page)] == ["A region panel.", "A toggle's panel.", "A Divi toggle.", "Found by search."]


def test_html_a_panels_title_named_by_its_class_is_a_heading_and_never_a_menu_link() -> None:
    # FAQs that a script opens: the question in a button, a box or a label named for what it is, with no heading and
    # no aria-controls (sites18: PHP, Laravel and WordPress themes); a link to "#" in it is no menu
    page = (
        "<main><div class='faq'><button class='faq-question'>Will you tell my school?</button>"
        "<div class='faq-answer'><p>No, unless you are in danger.</p></div></div>"
        "<div class='toggle-title'><a href='#'>Who reads my notes?</a></div><div class='toggle-content'><p>Only your counselor.</p></div>"
        "<input type='checkbox' id='q3'><label for='q3' class='tab__label'>Can a court see my records?</label>"
        "<div class='tab__content'><p>A judge can order us to share them.</p></div>"
        "<p><span class='faq-question'>Is group therapy private?</span> Members agree to keep it private.</p>"
        "<div class='toggle-title'><a href='#'>I am under 18.</a></div><div class='toggle-content'><p>A parent signs.</p></div>"
        "<button class='theme-switch'>Dark mode</button><form><button type='submit'>Send</button></form>"
        "<p><a href='/fees'>Our fees</a></p><div class='table-header'><a href='/rates'>Rates</a></div>"
        "<ul><li class='faq-question'><h3>Do you text?</h3><p>Only to confirm times</p></li></ul>"
        "<ul class='accordion'><li class='accordion-item'><a href='#' class='accordion-title'>Who sees my file?</a>"
        "<div class='accordion-content'><p>Only your counselor.</p></div></li></ul></main>"
    )
    assert _kinds(page) == [
        ("heading", "Will you tell my school?"),
        ("paragraph", "No, unless you are in danger."),
        ("heading", "Who reads my notes?"),
        ("paragraph", "Only your counselor."),
        ("heading", "Can a court see my records?"),
        ("paragraph", "A judge can order us to share them."),
        ("heading", "Is group therapy private?"),
        ("paragraph", "Members agree to keep it private."),
        ("paragraph", "I am under 18."),
        ("paragraph", "A parent signs."),
        ("heading", "Do you text?"),
        ("paragraph", "Only to confirm times"),
        ("heading", "Who sees my file?"),
        ("paragraph", "Only your counselor."),
    ]


def test_html_an_alpine_faq_and_one_in_microdata_read_as_titles_and_answers() -> None:
    page = (
        "<main><dl><div x-data='{ open: false }'><dt><button @click='open = !open' aria-expanded='false'>Do you record sessions?"
        "</button></dt><dd x-show='open' style='display: none;'><p>We never record them.</p><ul><li>not on video</li>"
        "<li>not on audio</li></ul></dd></div></dl>"
        "<div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'><span itemprop='name'>What if I am at risk?</span>"
        "<div itemscope itemprop='acceptedAnswer' itemtype='https://schema.org/Answer'><div itemprop='text'>We act to keep you safe.</div></div></div>"
        "<dl><dt>Child abuse</dt><dd>We report it.</dd></dl>"
        "<div class='newsletter-popup' style='display:none'><p>Sign up.</p></div></main>"
    )
    assert _kinds(page) == [
        ("heading", "Do you record sessions?"),
        ("paragraph", "We never record them."),
        ("list_item", "not on video"),
        ("list_item", "not on audio"),
        ("heading", "What if I am at risk?"),
        ("paragraph", "We act to keep you safe."),
        ("table_row", "Child abuse: We report it."),
    ]


def test_html_each_tabs_title_heads_its_own_panel() -> None:
    # the tabs come in one row before their panels (Bootstrap's nav-tabs, Webflow's w-tab-menu, Divi's tabs): each panel's text
    # goes under its own tab's title, not the last one's (sites18)
    bootstrap = (
        "<main><ul class='nav nav-tabs' role='tablist'><li><a class='nav-link' data-bs-toggle='tab' href='#t1'>Limits</a></li>"
        "<li><a class='nav-link' data-bs-toggle='tab' href='#t2'>Records</a></li></ul><div class='tab-content'>"
        "<div class='tab-pane active' id='t1'><p>We report child abuse.</p></div><div class='tab-pane' id='t2'><p>We keep records.</p></div></div></main>"
    )
    webflow = (
        "<main><div class='w-tabs'><div class='w-tab-menu'><a data-w-tab='Tab 1' class='w-tab-link w--current'><div>Limits</div></a>"
        "<a data-w-tab='Tab 2' class='w-tab-link'><div>Records</div></a></div><div class='w-tab-content'>"
        "<div data-w-tab='Tab 1' class='w-tab-pane'><p>We report child abuse.</p></div>"
        "<div data-w-tab='Tab 2' class='w-tab-pane'><p>We keep records.</p></div></div></div></main>"
    )
    divi = (  # Divi's tabs: links to "#" in a row, each sharing a class with its panel
        "<main><div class='et_pb_tabs'><ul class='et_pb_tabs_controls clearfix'><li class='et_pb_tab_0 et_pb_tab_active'>"
        "<a href='#'>Limits</a></li><li class='et_pb_tab_1'><a href='#'>Records</a></li></ul><div class='et_pb_all_tabs'>"
        "<div class='et_pb_tab et_pb_tab_0 clearfix'><div class='et_pb_tab_content'><p>We report child abuse.</p></div></div>"
        "<div class='et_pb_tab et_pb_tab_1 clearfix'><div class='et_pb_tab_content'><p>We keep records.</p></div></div></div></div></main>"
    )
    elementor = (  # Elementor: each title in the row, and again over its panel for phones
        "<main><div class='elementor-tabs'><div class='elementor-tabs-wrapper' role='tablist'>"
        "<div class='elementor-tab-title elementor-tab-desktop-title' role='tab' aria-controls='ec1'><a href=''>Limits</a></div>"
        "<div class='elementor-tab-title elementor-tab-desktop-title' role='tab' aria-controls='ec2'><a href=''>Records</a></div></div>"
        "<div class='elementor-tabs-content-wrapper'><div class='elementor-tab-title elementor-tab-mobile-title' role='tab'>Limits</div>"
        "<div id='ec1' class='elementor-tab-content' role='tabpanel'><p>We report child abuse.</p></div>"
        "<div class='elementor-tab-title elementor-tab-mobile-title' role='tab'>Records</div>"
        "<div id='ec2' class='elementor-tab-content' role='tabpanel' hidden><p>We keep records.</p></div></div></div></main>"
    )
    menu = "<ul class='tabs-nav'><li><a href='/about'>About us</a></li><li><a href='/fees'>Our fees</a></li></ul>"
    assert _kinds("<main>" + menu + "<p>We report child abuse.</p></main>") == [("paragraph", "We report child abuse.")]
    for page in (bootstrap, webflow, divi, elementor):
        assert _kinds(page) == [
            ("heading", "Limits"),
            ("paragraph", "We report child abuse."),
            ("heading", "Records"),
            ("paragraph", "We keep records."),
        ]


def test_html_titles_bold_by_the_pages_own_style_sheet_are_headings() -> None:
    # old editors mark titles with a class their <style> makes bold, not with <b> (sites18: an ASP.NET page); a rule
    # that needs a descendant ("p .y") is not read, nor a class that is not bold
    page = (
        "<html><head><style type='text/css'>.style4 { color: #000; }\n.style5 {\n font-size: xx-large; font-weight: bold;\n}\n"
        "p.head, .x .y {font-weight:700}</style></head><body>"
        "<p class='MsoNormal'><span class='style4'><span class='style5'>Limits of confidentiality</span></span></p>"
        "<p><span class='style5'>We report abuse.</span></p><p class='head'>Records</p>"
        "<p><span class='y'>Office hours</span></p><p class='style4'>Court orders</p></body></html>"
    )
    assert _kinds(page) == [
        ("heading", "Limits of confidentiality"),
        ("paragraph", "We report abuse."),
        ("heading", "Records"),
        ("paragraph", "Office hours"),
        ("paragraph", "Court orders"),
    ]


def test_html_a_blogs_comments_and_share_boxes_are_not_the_policy() -> None:
    # a WordPress page keeps its comments inside <main>: a visitor's words are not the practice's (sites18)
    page = (
        "<main><article><h1>Privacy</h1><p>We keep what you say private.</p>"
        "<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3></div></article>"
        "<div id='comments' class='comments-area'><h2>2 thoughts on Privacy</h2><ol class='comment-list'><li>"
        "<p>My last therapist told my school everything when I said I was sad.</p></li></ol></div>"
        "<div id='disqus_thread'><p>Will you report drug use?</p></div></main>"
    )
    assert _kinds(page) == [("heading", "Privacy"), ("paragraph", "We keep what you say private.")]


def test_html_a_page_saved_with_a_pop_up_open_is_read_all_the_same() -> None:
    # react-modal, MUI and a11y-dialog mark the rest of the page aria-hidden while a dialog shows (sites18); a small
    # aria-hidden mark on a page that reads is still dropped
    page = (
        "<body><div id='root' aria-hidden='true'><main><h1>Confidentiality</h1><p>We keep what you say private, except when "
        "a child is at risk.</p></main></div><div role='dialog' aria-modal='true'><p>Get our newsletter.</p></div></body>"
    )
    assert _kinds(page) == [("heading", "Confidentiality"), ("paragraph", "We keep what you say private, except when a child is at risk.")]
    long = "<main><p>" + "We keep what you say private. " * 8 + "</p><span aria-hidden='true'>Close menu</span></main>"
    assert [t for _, t in _kinds(long)] == [("We keep what you say private. " * 8).strip()]


def test_html_the_pages_title_just_before_main_is_read_with_it() -> None:
    # "<h1>Privacy Policy</h1><main>": a template that opens <main> under the title (sites18); a site name in the
    # page's header and a heading further up are not read
    page = (
        "<body><header class='site-header'><h1>Calm Waters</h1></header><div class='intro'><h1>Welcome</h1><p>Hello.</p></div>"
        "<div class='container'><h1>Privacy Policy</h1><main><h3>What we collect</h3><p>"
        + "We collect your name and email when you write to us. " * 12
        + "</p></main></div></body>"
    )
    assert [(k, t[:15]) for k, t in _kinds(page)] == [("heading", "Privacy Policy"), ("heading", "What we collect"), ("paragraph", "We collect your")]


def test_html_a_short_main_beside_most_of_the_text_is_no_main() -> None:
    # a static copy of a WordPress page: the Query Loop's <main> holds the post, its FAQ sits beside it (sites18)
    post = "<p>" + "We help adults and couples with anxiety. " * 15 + "</p>"
    faq = "<h3>Will you tell anyone?</h3><p>" + "Only when the law says we must, and we tell you first. " * 20 + "</p>"
    page = f"<body><div class='wp-site-blocks'><main class='wp-block-query'><h2>Welcome</h2>{post}</main><div class='wp-block-group'>{faq * 3}</div></div></body>"
    assert [k for k, _ in _kinds(page)] == ["heading", "paragraph"] + ["heading", "paragraph"] * 3
    long_main = f"<body><main><h2>Privacy</h2>{post * 4}</main><div class='widgets'>{faq * 3}</div></body>"
    assert [k for k, _ in _kinds(long_main)] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_html_layout_tables_read_as_paragraphs_lists_and_headings() -> None:
    page = (
        "<table><tr><td><b>Limits</b></td></tr><tr><td>We share when:</td></tr><tr><td>&bull; a child is at risk</td></tr></table>"
        "<table><tr><td><strong>Child abuse</strong></td><td>We report it to CPS.</td></tr></table>"
    )
    assert _kinds(page) == [
        ("heading", "Limits"),
        ("paragraph", "We share when:"),
        ("list_item", "a child is at risk"),
        ("table_row", "Child abuse: We report it to CPS."),  # a bold first cell stays the row's label
    ]


def test_html_typed_numbers_and_words_bullets_are_list_items() -> None:
    page = (
        "<p>We share when:</p><p>1. a child is at risk</p><p>b) you are in danger</p><p>(iii) a court orders it</p>"
        "<p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol'>\u00b7<span>&nbsp;&nbsp; </span>"
        "</span><![endif]>the law requires it</p>"
        "<p>2026 was a good year.</p><p>J. Doe, LMFT</p><p>U.S. law applies.</p>"
    )
    assert _kinds(page) == [
        ("paragraph", "We share when:"),
        ("list_item", "a child is at risk"),
        ("list_item", "you are in danger"),
        ("list_item", "a court orders it"),
        ("list_item", "the law requires it"),
        ("paragraph", "2026 was a good year."),
        ("paragraph", "J. Doe, LMFT"),
        ("paragraph", "U.S. law applies."),
    ]


def test_html_a_list_item_that_holds_a_heading_is_a_box_not_an_item() -> None:
    """Squarespace's accordion puts each question and its answer in one <li>: the answer is a paragraph."""
    page = (
        "<ul><li class='accordion-item'><h4><button aria-controls='d1'>Harm to others</button></h4>"
        "<div id='d1' role='region'><p>We may warn the person at risk.</p></div></li>"
        "<li><p>a plain item</p></li></ul>"
    )
    assert _kinds(page) == [
        ("heading", "Harm to others"),
        ("paragraph", "We may warn the person at risk."),
        ("list_item", "a plain item"),
    ]


def test_an_aria_accordion_faq_states_its_limits_as_the_text_does() -> None:
    text = (
        "Confidentiality\n\nWhat you tell me stays private, with these exceptions.\n\nHarm to yourself\n\n"
        "If I believe you are at serious risk of suicide, I may contact emergency services.\n\n"
        "Child abuse\n\nI must report suspected child abuse to child protective services.\n"
    )
    items = TOOL.blocks(text.encode(), "policy.txt")
    page = TOOL.aria_accordion(items)
    assert "hidden" in page
    as_text = coverage_of_bytes(text.encode(), "policy.txt")
    as_page = coverage_of_bytes(page.encode(), "policy.html")
    assert as_text["harm_to_self"] == as_page["harm_to_self"] == "stated"
    assert as_text["child_abuse"] == as_page["child_abuse"] == "stated"


# -- plain text --------------------------------------------------------------------------------


def _text_kinds(text: str) -> list[tuple[str, str]]:
    from policy_lint.readers.text import read_text

    return [(b.kind, b.text) for b in read_text(text).blocks]


def test_text_lines_under_a_lead_in_are_the_items_of_a_list_that_lost_its_bullets() -> None:
    """A browser copies a web page's list with no bullets: one item a line under its lead-in."""
    text = (
        "We may share without consent when:\n\nYou are in danger\nA child is at risk\n"
        "A judge orders it, or\nThe law requires it.\n\nWe tell you first.\n"
    )
    assert _text_kinds(text) == [
        ("paragraph", "We may share without consent when:"),
        ("list_item", "You are in danger"),
        ("list_item", "A child is at risk"),
        ("list_item", "A judge orders it, or"),
        ("list_item", "The law requires it."),
        ("paragraph", "We tell you first."),
    ]


def test_text_a_page_not_wrapped_has_an_item_on_every_line_under_a_lead_in() -> None:
    long = "What you tell me in our sessions stays between us, and I keep my notes locked away in a safe place at my office. " * 2
    text = f"{long}\n\n{long}\n\n{long}\n\nI must break confidentiality if:\nthere is a serious threat to your life\nmy notes are subpoenaed or a court orders me to produce them\n"
    assert _text_kinds(text)[-3:] == [
        ("paragraph", "I must break confidentiality if:"),
        ("list_item", "there is a serious threat to your life"),
        ("list_item", "my notes are subpoenaed or a court orders me to produce them"),
    ]


def test_text_a_wrapped_sentence_under_a_colon_stays_one_paragraph() -> None:
    assert _text_kinds("We share without consent if:\nyou are in danger, or someone else\nis at risk of serious harm.\n") == [
        ("paragraph", "We share without consent if: you are in danger, or someone else is at risk of serious harm.")
    ]
    # one paragraph under a title with a colon is no list
    assert _text_kinds("Group Sessions:\n\nMembers agree to keep what they hear private.\n") == [
        ("heading", "Group Sessions:"),
        ("paragraph", "Members agree to keep what they hear private."),
    ]


# -- characters a reader does not see -----------------------------------------------------------


def _ligatures(text: str) -> str:
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")


@pytest.mark.parametrize("name", ["policy.txt", "policy.md", "policy.html"])
def test_ligatures_soft_hyphens_and_zero_width_spaces_read_as_the_letters_they_show(name: str) -> None:
    """PDFs and word processors write "ﬁ" for "fi"; pages copied from the web hold soft hyphens and zero-width
    spaces. A reader sees "first session" and "confidential": so does policy-lint."""
    text = (
        "Confidentiality\n\nWe explain these limits at your first session.\n\n"
        "If we believe a child is being abused, we must file a report with child protective services.\n\n"
        "Your confidential information is shared only with your written permission.\n"
    )
    if name.endswith(".html"):
        text = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    plain = coverage_of_bytes(text.encode("utf-8"), name)
    odd = _ligatures(text.replace("confidential ", "confi\u00addential ").replace("child", "\u200bchild"))
    assert "\ufb01" in odd and "\u00ad" in odd
    assert coverage_of_bytes(odd.encode("utf-8"), name) == plain
    assert plain["at_intake"] == "stated" and plain["child_abuse"] == "stated"


def test_a_ligatures_letters_map_to_the_one_character_in_the_source() -> None:
    from policy_lint.readers.blocks import BlockBuilder

    src = "The \ufb01rst con\u00adfidential \u200bnote"
    builder = BlockBuilder()
    builder.add_words(src, 0)
    block = builder.build("paragraph")
    assert block is not None and block.text == "The first confidential note"
    spans = {w: src.__getitem__(slice(*block.source_span(block.text.index(w), block.text.index(w) + len(w)))) for w in ("first", "confidential", "note")}
    assert spans == {"first": "\ufb01rst", "confidential": "con\u00adfidential", "note": "note"}


def test_the_core_reads_ligatures_in_a_yaml_policys_text_as_their_letters() -> None:
    """A YAML policy pasted from a PDF keeps its ligatures: the core reads the word as a reader sees it."""
    from policy_lint.meaning import read_passage

    said = {st.topic: st.stance for st in read_passage("We explain these limits at your \ufb01rst session.")}
    assert said.get("at_intake") == "states"
    said = {st.topic: st.stance for st in read_passage("Your con\ufb01\u00addential information is shared only with your written permission.")}
    assert said.get("client_authorization") == "states"


def test_word_reads_ligatures_as_their_letters(tmp_path: Path) -> None:
    import docx

    from policy_lint.loading import load_path

    document = docx.Document()
    document.add_paragraph(_ligatures("We explain these limits at your first session."))
    document.save(str(tmp_path / "p.docx"))
    doc = load_path(tmp_path / "p.docx").document
    assert doc is not None and doc.blocks[0].text == "We explain these limits at your first session."


# -- Word and PDF ------------------------------------------------------------------------------


def test_word_typed_bullets_are_list_items_and_bold_titles_headings(tmp_path: Path) -> None:
    import docx

    from policy_lint.loading import load_path

    document = docx.Document()
    document.add_paragraph().add_run("Limits of confidentiality").bold = True
    document.add_paragraph("We share without consent when:")
    document.add_paragraph("\u2022\tA child is at risk")
    document.add_paragraph("2. A court orders it")
    document.add_paragraph().add_run("We will always tell you first.").bold = True  # a sentence in bold: no title
    document.add_paragraph("Fees")  # a short line, not in bold: a paragraph, as before
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("Child abuse").bold = True  # a bold label in a table stays the row's
    table.cell(0, 1).text = "We report it to CPS."
    document.save(str(tmp_path / "policy.docx"))
    doc = load_path(tmp_path / "policy.docx").document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Limits of confidentiality"),
        ("paragraph", "We share without consent when:"),
        ("list_item", "A child is at risk"),
        ("list_item", "A court orders it"),
        ("paragraph", "We will always tell you first."),
        ("paragraph", "Fees"),
        ("table_row", "Child abuse: We report it to CPS."),
    ]
    # a finding's column counts from the paragraph as written, bullet and tab included
    start, _ = doc.place(2, (2, 7))
    assert (start.paragraph, start.column) == (3, 5)  # "child" is the 5th character of "•\tA child ..."
    assert doc.blocks[2].text[2:7] == "child"


def test_pdf_a_paragraph_after_a_list_is_no_part_of_its_last_item(tmp_path: Path) -> None:
    from prose_files import make_pdf

    from policy_lint.loading import load_path

    make_pdf(tmp_path / "p.pdf", [[("paragraph", "We share when:"), ("list_item", "A child is at risk"), ("list_item", "Legal proceedings"),
                                   ("paragraph", "If you have questions, email us.")]])
    doc = load_path(tmp_path / "p.pdf").document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks][-2:] == [("list_item", "Legal proceedings"), ("paragraph", "If you have questions, email us.")]


# -- Markdown ----------------------------------------------------------------------------------


def test_markdown_typed_bullets_are_list_items() -> None:
    src = "We share when:\n• a child is at risk\n•Someone is in danger\n\n• a court orders it\n"
    assert [(b.kind, b.text) for b in read_markdown(src).blocks] == [
        ("paragraph", "We share when:"),
        ("list_item", "a child is at risk"),
        ("list_item", "Someone is in danger"),
        ("list_item", "a court orders it"),
    ]
    item = read_markdown(src).blocks[3]
    a, b = item.source_span(2, 7)
    assert src[a:b] == "court"


def test_markdown_titles_in_bold_are_headings_sentences_in_bold_are_not() -> None:
    src = "**Limits of confidentiality**\n\n**We will always tell you first.**\n\n**Note:** this is a summary.\n\n**Will you tell my parents?**\n"
    assert [(b.kind, b.text) for b in read_markdown(src).blocks] == [
        ("heading", "Limits of confidentiality"),
        ("paragraph", "We will always tell you first."),
        ("paragraph", "Note: this is a summary."),
        ("heading", "Will you tell my parents?"),
    ]


def test_markdown_site_generator_syntax_is_no_text_and_a_panels_title_is_a_heading() -> None:
    # Hugo: TOML front matter, shortcodes on lines of their own (and with no blank line, the paragraph they join);
    # kramdown's and MkDocs' attribute lists, MkDocs Material's icons, a box of Markdown (markdown="1"); MkDocs admonitions, their text indented; Docusaurus
    # containers (sites18)
    src = (
        '+++\ntitle = "Harbor Counseling"\n+++\n\n{{< figure src="office.jpg" alt="Our office" >}}\n\n'
        '{{< expand "Will you tell my parents?" >}}\nOnly if you are in danger.\n{{< /expand >}}\n\n'
        '{{< accordion title="Can a court see my notes?" >}}\nA judge can order it.\n{{< /accordion >}}\n\n'
        "**Note:** we keep records for seven years.\n{: .notice--info}\n\n"
        '!!! warning "When we must share"\n    We report child abuse to the state.\n\n    - a threat to someone\n\n'
        "Back to the page.\n\n:::tip[Group sessions]\nMembers keep it private.\n:::\n\n{% include cta.html %}\n"
        "\n## :material-shield-lock: Fees {#fees}\n\nCall [the office](tel:5550100){ .md-button } to ask.\n"
        '\n<div class="notice--warning" markdown="1">\n**Court orders:** we share what a judge orders.\n</div>\n'
        "\n!!! Please read this\n\nEmail:\n: office@example.org\n"
    )
    parsed = read_markdown(src)
    assert parsed.meta["title"] == "Harbor Counseling"
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("heading", "Will you tell my parents?"),
        ("paragraph", "Only if you are in danger."),
        ("heading", "Can a court see my notes?"),
        ("paragraph", "A judge can order it."),
        ("paragraph", "Note: we keep records for seven years."),
        ("heading", "When we must share"),
        ("paragraph", "We report child abuse to the state."),
        ("list_item", "a threat to someone"),
        ("paragraph", "Back to the page."),
        ("heading", "Group sessions"),
        ("paragraph", "Members keep it private."),
        ("heading", "Fees"),
        ("paragraph", "Call the office to ask."),
        ("paragraph", "Court orders: we share what a judge orders."),
        ("paragraph", "!!! Please read this"),  # no admonition: its first word is no type
        ("paragraph", "Email: office@example.org"),  # a definition list's term and its description
    ]
    last_words_map_back(src, parsed)


def test_markdown_a_footnotes_indented_lines_are_its_text_not_code() -> None:
    # A footnote's definition and its lines indented by four under it (Pandoc, GitHub): the marker is no words, the
    # lines are text; a list of limits given in a footnote is read (tune42b, session 22)
    src = (
        "Our service is private.[^a]\n\n    code stays code\n\nBack to the page.\n\n"
        "[^a]: Some things we must pass on:\n\n    - if you are at risk\n    - when a judge orders it\n\nThe end.\n"
    )
    parsed = read_markdown(src)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        ("paragraph", "Our service is private.[^a]"),
        ("paragraph", "Back to the page."),
        ("paragraph", "Some things we must pass on:"),
        ("list_item", "if you are at risk"),
        ("list_item", "when a judge orders it"),
        ("paragraph", "The end."),
    ]
    last_words_map_back(src, parsed)


def test_markdown_converted_from_html_bold_titles_over_a_line_break_and_stray_marks() -> None:
    # html2text's Markdown (archives of sites): "**Title**" and a hard line break, then the text, with bold marks that
    # mark nothing around the break (sites18); a bold sentence or a label before a break stays in its paragraph
    src = (
        "> **Profile** **  \n> ** We keep a profile of how you use the site.\n\n"
        "**Legal Disclaimer**   \nWe may share what a court orders.\n\n**Security** ****  \n We protect what you send.\n\n"
        "**Note:** we keep it  \nfor seven years.\n\n**We will tell you first.**  \nAlways.\n\nClient signature: ______ Date: ____\n"
    )
    assert [(b.kind, b.text) for b in read_markdown(src).blocks] == [
        ("heading", "Profile"),
        ("paragraph", "We keep a profile of how you use the site."),
        ("heading", "Legal Disclaimer"),
        ("paragraph", "We may share what a court orders."),
        ("heading", "Security"),
        ("paragraph", "We protect what you send."),
        ("paragraph", "Note: we keep it for seven years."),
        ("paragraph", "We will tell you first. Always."),
        ("paragraph", "Client signature: ______ Date: ____"),  # underscores are a line to sign on, not marks
    ]


def test_the_layouts_keep_the_blocks() -> None:
    items = [("heading", "Limits", 2), ("paragraph", "We share when:", 0), ("list_item", "a child is at risk", 0)]
    for name, (render, suffix) in TOOL.LAYOUTS.items():
        if suffix in (".docx", ".pdf"):
            continue  # read back in test_every_page_reads_the_same_in_every_layout
        out = render(items)
        for _, text, _ in items:
            assert text.lower() in out.lower(), (name, text)
        assert suffix in (".html", ".md", ".txt")


# -- review18: what the layouts must not read in ------------------------------------------------


def test_a_claim_in_bold_is_no_title_in_any_reader(tmp_path: Path) -> None:
    """A short sentence in bold with no full stop is a claim, read as one: as a heading, no rule read it, and
    "Everything you tell us is completely confidential" gave no COV008 (a false all-clear)."""
    import docx

    from policy_lint.loading import load_path

    claims = ["Everything you tell us is completely confidential", "We never share your records", "Your records are safe with us",
              "Everything you say stays between you and your therapist"]
    titles = ["Limits of confidentiality", "Will you tell my parents?", "What you say stays here", "Confidentiality Is Not Absolute"]
    page = "".join(f"<p><strong>{t}</strong></p>" for t in claims + titles)
    want = [("paragraph", t) for t in claims] + [("heading", t) for t in titles]
    assert _kinds(page) == want
    assert _kinds("<table>" + "".join(f"<tr><td><b>{t}</b></td></tr>" for t in claims + titles) + "</table>") == want
    assert [(b.kind, b.text) for b in read_markdown("\n\n".join(f"**{t}**" for t in claims + titles)).blocks] == want
    document = docx.Document()
    for t in claims + titles:
        document.add_paragraph().add_run(t).bold = True
    document.save(str(tmp_path / "bold.docx"))
    doc = load_path(tmp_path / "bold.docx").document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks] == want


def test_a_claim_in_bold_is_linted_as_the_same_claim_in_plain_text(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    found = []
    for bold in (True, False):
        said = "Everything you tell us is completely confidential"
        page = tmp_path / f"p{bold}.html"
        page.write_text(f"<main><h1>Confidentiality</h1>\n<p>{'<b>' + said + '</b>' if bold else said}</p></main>", encoding="utf-8")
        out = run_cli("check", str(page), "--format", "json", "--isolated").stdout
        found.append(sorted(f["rule"] for f in json.loads(out)["files"][0]["findings"]))
    assert "COV008" in found[1]
    assert found[0] == found[1]


def test_html_only_an_accordions_button_opens_a_hidden_panel_and_a_control_is_no_title() -> None:
    """A button that opens a modal, a menu or a pop-up is no accordion: its hidden box stays unread, and a
    control's words ("Menu", "Read more") are never a title, nor a paragraph's text."""
    page = (
        "<body><header><button aria-controls='mobile'>Open</button></header>"
        "<div id='mobile' hidden><p>Book your first session today.</p></div>"
        "<button aria-controls='mnav' aria-expanded='false'>Menu</button>"
        "<div id='mnav' hidden><p>Our team and our fees.</p></div>"
        "<button aria-controls='m3' aria-label='Toggle navigation'><span class='icon'></span></button>"
        "<div id='m3' hidden><p>Call us today.</p></div>"
        "<button data-bs-toggle='modal' data-bs-target='#m' aria-controls='m'>Book now</button>"
        "<div class='modal fade' id='m' aria-hidden='true'><p>Get 10% off your first session.</p></div>"
        "<button data-toggle='offcanvas' aria-controls='side'>Contact</button><div id='side' hidden><p>Call us now.</p></div>"
        "<p>We keep what you say private. <button aria-controls='more' aria-expanded='false'>Read more</button></p>"
        "<div id='more' hidden><p>We must report abuse.</p></div>"
        "<h3><button aria-controls='x1'>Show more</button></h3><div id='x1' hidden><p>We may warn the person at risk.</p></div>"
        "<details><summary>Read more</summary><p>Only a court can make us share.</p></details></body>"
    )
    assert _kinds(page) == [
        ("paragraph", "We keep what you say private."),
        ("paragraph", "We must report abuse."),
        ("paragraph", "We may warn the person at risk."),
        ("paragraph", "Only a court can make us share."),
    ]


def test_html_a_hidden_pop_up_is_no_panel_though_its_name_says_faq_or_toggle() -> None:
    page = (
        "<main><p>We keep what you say private.</p>"
        "<div class='faq-popup' hidden><p>Subscribe for 10% off.</p></div>"
        "<div class='search-toggle-panel' style='display:none'><p>Search our site.</p></div>"
        "<div class='modal-collapse' aria-hidden='true'><p>Sign in.</p></div>"
        "<div class='slick-slide slick-cloned toggle' aria-hidden='true'><p>A copy of a slide.</p></div>"
        "<div class='slick-slide' role='tabpanel' id='slick-slide01' aria-hidden='true'><p>Everything I said stayed private!</p></div>"
        "<div class='swiper-slide swiper-slide-duplicate' aria-hidden='true'><p>A copy of a review.</p></div>"
        "<div id='pp' class='popup' role='region' hidden><p>A pop-up.</p></div>"
        "<div class='faq-answer' hidden><p>Only a court can make us share.</p></div></main>"
    )
    assert [t for _, t in _kinds(page)] == ["We keep what you say private.", "Only a court can make us share."]


def test_pdf_an_item_wrapped_in_a_narrow_column_goes_on_after_a_line_in_capitals(tmp_path: Path) -> None:
    """In a narrow column a wrapped item's line is short and its next line can start with a name: the item goes on
    (a line ended by "in" or "the", or one the next word would have fitted after, is no whole item)."""
    from fpdf import FPDF

    from policy_lint.loading import load_path

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in ("We share when:", "- Suspected child abuse is reported to the Department of Children and Families.",
                 "- Court orders signed by a judge in Multnomah County.", "- A court orders it", "If you have questions, email us."):
        pdf.multi_cell(70, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    (tmp_path / "narrow.pdf").write_bytes(bytes(pdf.output()))
    doc = load_path(tmp_path / "narrow.pdf").document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks][1:] == [
        ("list_item", "Suspected child abuse is reported to the Department of Children and Families."),
        ("list_item", "Court orders signed by a judge in Multnomah County."),
        ("list_item", "A court orders it"),
        ("paragraph", "If you have questions, email us."),
    ]


def test_html_an_accordions_hidden_icon_is_no_panel_and_a_read_more_opens_the_rest_of_the_text() -> None:
    page = (
        "<main><h3><button aria-controls='a1'>Harm to others<span class='accordion-icon' aria-hidden='true'>+</span></button></h3>"
        "<div id='a1' class='accordion-collapse collapse'><p>We may warn the person at risk.</p></div>"
        "<div class='et_pb_toggle'><h5>Child abuse <span class='toggle-indicator' aria-hidden='true'>Open</span></h5>"
        "<div class='et_pb_toggle_content' style='display:none'><p>We report it.</p></div></div>"
        "<p>We keep it private. <button aria-controls='m2'>Read more</button><span id='m2' hidden> A court can make us share.</span></p>"
        "<h3><span>Question 3:</span> <button aria-controls='q3'>Will you tell my parents?</button></h3>"
        "<div id='q3' hidden><p>Only if you are in danger.</p></div></main>"
    )
    assert _kinds(page) == [
        ("heading", "Harm to others"),
        ("paragraph", "We may warn the person at risk."),
        ("heading", "Child abuse"),
        ("paragraph", "We report it."),
        ("paragraph", "We keep it private. A court can make us share."),
        ("heading", "Question 3: Will you tell my parents?"),  # words before a button in a heading: still its title
        ("paragraph", "Only if you are in danger."),
    ]


def test_text_a_wrapped_sentence_under_a_lead_in_stays_whole_on_a_page_with_long_lines() -> None:
    """A notice with a few long, unwrapped paragraphs is "not hard-wrapped", but a wrapped sentence under a colon
    in it is no list: a long line that ends in "to" or "the" goes on to the next."""
    long = "This notice says how what you tell us may be used and shared, and how you can see and copy your records, so please read it with care before your first session with us."
    text = (
        f"Notice of Privacy Practices\n\n{long}\n\n{long}\n\n{long}\n\n"
        "We may share what you tell us without your consent in these cases:\n"
        "when a court orders us to share it, or when the law requires us to\n"
        "report the abuse of a child to the county.\n\n"
        "We report harm in these cases:\nif you are in danger\nif a court orders me to\nwhen the law says I must\n"
    )
    blocks = [(b.kind, b.text) for b in read_text(text).blocks]
    assert ("paragraph", "We may share what you tell us without your consent in these cases: when a court orders us to share it, "
            "or when the law requires us to report the abuse of a child to the county.") in blocks
    assert blocks[-3:] == [("list_item", "if you are in danger"), ("list_item", "if a court orders me to"), ("list_item", "when the law says I must")]


def test_word_a_numbered_title_in_bold_is_a_heading_as_in_html(tmp_path: Path) -> None:
    import docx

    from policy_lint.loading import load_path

    document = docx.Document()
    document.add_paragraph().add_run("2. Limits of confidentiality").bold = True
    document.add_paragraph("We share without consent when a court orders it.")
    document.add_paragraph().add_run("3. We never share your records").bold = True  # a claim: an item, not a title
    document.save(str(tmp_path / "numbered.docx"))
    doc = load_path(tmp_path / "numbered.docx").document
    assert doc is not None
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Limits of confidentiality"),
        ("paragraph", "We share without consent when a court orders it."),
        ("list_item", "We never share your records"),
    ]
    assert _kinds("<p><strong>2. Limits of confidentiality</strong></p>") == [("heading", "Limits of confidentiality")]
    start, _ = doc.place(0, (0, 6))
    assert (start.paragraph, start.column) == (1, 4)  # "Limits" starts at the 4th character of "2. Limits ..."


def test_html_an_accordion_panel_named_a_dropdown_is_read_a_menus_dropdown_is_not() -> None:
    """review19: Squarespace names its accordion's panels "accordion-item__dropdown"; a closed one was dropped as a
    menu's drop-down, and every limit in it read missing."""
    page = (
        "<main><h3><button aria-controls='d1'>When might you share?</button></h3>"
        "<div id='d1' class='accordion-item__dropdown' role='region' style='display:none'><p>I must report child abuse.</p></div>"
        "<div class='dropdown-menu' hidden><p>Our services</p></div>"
        "<div class='mobile-nav' style='display:none'><p>Home</p></div></main>"
    )
    assert _kinds(page) == [("heading", "When might you share?"), ("paragraph", "I must report child abuse.")]


def test_arrow_and_check_bullets_are_list_items_in_text_as_in_html() -> None:
    """review19: "► Court orders" was a heading in plain text but a list item in HTML and Markdown."""
    assert _text_kinds("We share without consent when:\n\n► A court orders it\n✓ A child is at risk\n")[1:] == [
        ("list_item", "A court orders it"),
        ("list_item", "A child is at risk"),
    ]
    assert _kinds("<p>We share without consent when:</p><p>► A court orders it</p>")[1] == ("list_item", "A court orders it")
