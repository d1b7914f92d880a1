"""Menus, banners and footers are not policy text: the readers drop them, and keep every place exact."""

from __future__ import annotations

import re

import pytest

from policy_lint.readers.blocks import is_navigation
from policy_lint.readers.html import read_html
from policy_lint.readers.markdown import read_markdown
from policy_lint.readers.text import read_text

_WORD = re.compile(r"[^\W_]+")


def texts(parsed) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in parsed.blocks]


def places_hold(source: str, parsed) -> None:  # type: ignore[no-untyped-def]
    for block in parsed.blocks:
        for m in _WORD.finditer(block.text):
            a, b = block.source_span(*m.span())
            assert source[a:b] == m.group(), (block.text, m.group())


HTML = """<html><body>
<div class="left-col"><a href="/">Home</a> <a href="/sp">Suicide Prevention</a> <a href="/c">Counseling</a></div>
<div><ul><li><a href="/sp">Suicide Prevention</a></li><li><a href="/cl">Crisis Line</a></li></ul></div>
<div class="site-alert">Office closed Monday. <a href="/news">Read more</a></div>
<div id="sidebar"><p>Meet our team and book online.</p></div>
<h2><a href="#warn">Duty to warn</a></h2>
<p>If you threaten to hurt someone, we may warn them. Read <a href="/notice">our notice</a> for more.</p>
<div class="footer"><a href="/p">Privacy</a> &middot; <a href="/t">Terms</a> &middot; <a href="/a">Accessibility</a></div>
</body></html>"""


def test_html_drops_link_menus_side_menus_banners_and_footers() -> None:
    parsed = read_html(HTML)
    assert texts(parsed) == [
        "Duty to warn",
        "If you threaten to hurt someone, we may warn them. Read our notice for more.",
    ]
    places_hold(HTML, parsed)


def test_html_keeps_an_alert_box_or_footer_inside_the_main_content() -> None:
    page = (
        "<html><body><main><h1>Confidentiality</h1><p>" + "We keep what you say private. " * 20 + "</p>"
        '<div class="alert">If you are a danger to yourself, we may call 911.</div>'
        '<div class="footer">We must report child abuse.</div></main></body></html>'
    )
    got = texts(read_html(page))
    assert "If you are a danger to yourself, we may call 911." in got
    assert "We must report child abuse." in got


def test_html_a_link_without_href_is_text() -> None:
    assert texts(read_html('<p><a name="x">We must report child abuse.</a></p>')) == ["We must report child abuse."]


MD = """[Home](/) | [About](/about) | [Suicide Prevention](/sp) | [Contact](/c)

# Confidentiality

- [Suicide Prevention](/sp)
- [Crisis line](/cl)

We must report child abuse. Read [our notice](/n) for more.

© 2024 Clinic · [Privacy](/p) · [Terms](/t) · [Accessibility](/a)
"""


def test_markdown_drops_menu_lines_link_lists_and_footers() -> None:
    parsed = read_markdown(MD)
    assert texts(parsed) == ["Confidentiality", "We must report child abuse. Read our notice for more."]
    places_hold(MD, parsed)


TXT = """Home
About Us
Services
Suicide Prevention
Contact
Confidentiality Policy

Home | About | Fees | Contact

We tell you the limits of confidentiality at your first session, and we
talk with you before we share anything.

Child abuse must be reported
Threats to harm others must be reported

The State of
California requires us to report some things, and we will do so.

Privacy | Terms | Accessibility
"""


def test_text_drops_menu_lines_and_keeps_the_title() -> None:
    parsed = read_text(TXT)
    got = texts(parsed)
    assert got[0] == "Confidentiality Policy"
    assert parsed.blocks[0].kind == "heading"
    assert not any("Suicide" in t or "Home" in t or "Privacy |" in t or "Terms" in t for t in got)
    places_hold(TXT, parsed)


def test_text_lines_pasted_one_under_the_other_stay_apart() -> None:
    got = texts(read_text(TXT))
    assert "Child abuse must be reported" in got
    assert "Threats to harm others must be reported" in got
    # a line cut after "of" goes on: one sentence
    assert "The State of California requires us to report some things, and we will do so." in got
    assert (
        "We tell you the limits of confidentiality at your first session, and we talk with you before we share anything."
        in got
    )


def test_text_short_lines_in_the_middle_are_kept() -> None:
    page = "We may share information in these cases:\n\nSuicide risk\nThreats to others\nChild abuse\nCourt orders\n\nWe tell you first.\n"
    got = " ".join(texts(read_text(page)))
    for words in ("Suicide risk", "Threats to others", "Child abuse", "Court orders"):
        assert words in got


@pytest.mark.parametrize(
    "text, linked, links, kind, nav",
    [
        ("Home About Contact", 16, 3, "paragraph", True),
        ("Suicide Prevention", 17, 1, "list_item", True),
        ("Suicide Prevention", 17, 1, "heading", False),
        ("Read our notice for more about your privacy.", 9, 1, "paragraph", False),
        ("We must report child abuse to the county, the state and the police.", 20, 3, "paragraph", False),
    ],
)
def test_is_navigation(text: str, linked: int, links: int, kind: str, nav: bool) -> None:
    assert is_navigation(text, linked, links, kind) is nav


@pytest.mark.parametrize(
    "body_class",
    ["ast-no-sidebar astra-4.6.4", "header-width-full footer-width-full sqs-seven-one", "has-sidebar", "page footer-fixed nav-open"],
)
def test_a_layout_class_on_body_never_drops_the_page(body_class: str) -> None:
    """Themes put layout classes on <body> (WordPress Astra "ast-no-sidebar", Squarespace "footer-width-full"): the page is still read."""
    page = f'<html><body class="{body_class}"><nav>Home About</nav><p>We must report child abuse to the county.</p></body></html>'
    assert texts(read_html(page)) == ["We must report child abuse to the county."]


@pytest.mark.parametrize("box_class", ["content-area has-sidebar", "site-main with-sidebar", "wrap no-footer"])
def test_a_layout_state_class_is_not_a_page_part(box_class: str) -> None:
    """ "has-sidebar" says how a box is laid out, not that it is a sidebar: its text is kept."""
    page = f'<html><body><div class="{box_class}"><p>We must report child abuse to the county.</p></div><div class="sidebar"><p>Recent posts</p></div></body></html>'
    assert texts(read_html(page)) == ["We must report child abuse to the county."]


# (lead22, session 22) A list copied from a browser loses its bullets. Under a title with no colon, at the top of the
# text, its short lines were dropped as a menu, and the page read no limit at all.
LIMITS_NO_BULLETS = "Exceptions to confidentiality\nDanger to yourself\nDanger to others\nSuspected child abuse\nCourt order\n\nI will talk with you first.\n"


@pytest.mark.parametrize("page", [LIMITS_NO_BULLETS, LIMITS_NO_BULLETS.replace("confidentiality\n", "confidentiality\n\n", 1)])
def test_text_keeps_a_list_of_limits_that_lost_its_bullets(page: str) -> None:
    parsed = read_text(page)
    items = [b.text for b in parsed.blocks if b.kind == "list_item"]
    assert items == ["Danger to yourself", "Danger to others", "Suspected child abuse", "Court order"]
    places_hold(page, parsed)


def test_text_still_drops_a_menu_at_the_top() -> None:
    # short lines that name no limit are a menu, as before; one limit word among four lines does not make a list
    page = "Home\nAbout\nAbuse recovery\nContact\n\nEverything you tell me is private, except when a court orders me to share it.\n"
    got = texts(read_text(page))
    assert got == ["Everything you tell me is private, except when a court orders me to share it."]


def test_text_title_over_sentences_makes_no_list() -> None:
    # lines under a limits title that are sentences stay paragraphs: only short lines that name limits are items
    page = "Limits of confidentiality\n\nI must report abuse of a child.\nI must act if you are in danger.\n"
    assert not [b for b in read_text(page).blocks if b.kind == "list_item"]


def test_text_menu_of_services_with_limit_words_is_still_a_menu() -> None:
    """A menu whose items hold limit words ("Court Reports", "Risk Assessments"), with no limits title over it, is
    still dropped as a menu (review42a: it was kept, and the page read court_order stated)."""
    page = "Home\nCourt Reports\nRisk Assessments\nSafeguarding Training\nAbuse Counselling\nContact\n\nEverything you tell us stays private.\n"
    assert texts(read_text(page)) == ["Everything you tell us stays private."]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_text_keeps_a_list_under_a_lead_in_at_the_top(gap: str) -> None:
    """Short lines of limits under a lead-in that ends in a colon, at the top of the text, are its list, not a menu
    (before-stop review: the check for a limits title over such lines dropped them, and the page read nothing)."""
    page = f"What you say is private, except:{gap}Danger to yourself\nDanger to others\nCourt order\nChild abuse\n"
    got = texts(read_text(page))
    assert all(item in got for item in ("Danger to yourself", "Danger to others", "Court order", "Child abuse"))
