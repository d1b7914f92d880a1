"""Read a saved web page: its main content, as blocks with the HTML source line and column.

Why the standard library's tokenizer (``html.parser``): it reports the line
and column of every tag, every run of text and every entity, which is what a
finding needs. selectolax (Lexbor) and lxml build trees much faster, but
selectolax gives no source positions at all, and lxml only the line of an
element's start tag, never of the text inside it. The text of a policy page
is small; what costs is the markup, and the tokenizer reads a 20 KB page in a
few milliseconds.

On the tokens we keep our own stack of open elements, with the HTML rules
that matter for text (a new paragraph, list item or cell closes the open
one; void elements never open), and our own main-content extraction:

* dropped: ``script``, ``style``, ``noscript``, ``template``, ``svg``,
  ``nav``, ``aside``, form controls (not forms: some site builders wrap
  the whole page in one; not an accordion's button, whose text is the title
  of the panel it opens), and anything ``hidden`` but a panel the reader can
  open (an accordion's, a tab's: see ``_panel``);
  the page's ``header`` and ``footer`` (not those inside an ``article`` or
  ``main``, which hold the title or the date of the policy); elements whose
  role is navigation, banner, contentinfo, complementary, dialog or alert;
  elements whose ``id`` or ``class`` names a cookie or consent banner (the
  common consent tools by their own names: Cookiebot, OneTrust, CookieYes,
  Complianz, Termly, Osano, Iubenda, Squarespace, Wix and the WordPress
  cookie plugins; see ``_CONSENT_NAME``) or whose ``aria-label`` names one,
  a menu bar, a breadcrumb trail or a skip link; a blog's comments (by
  visitors, not the practice) and its share and related-posts boxes;
* the text of a dropped page header or footer (``header``, ``footer``,
  role banner or contentinfo, a ``site-footer`` or ``colophon``; not a menu
  or a cookie banner inside it) is kept apart, as ``Parsed.outside``:
  facts are not rules, so its address, phone and email are still read
  (``readers.facts``, the jurisdiction), but it is never linted;
* when the page has a ``main`` element (or ``role="main"``), only its text
  counts; else, when it has ``article`` elements, only theirs; else the
  whole body, less what was dropped. A ``main`` (or articles) that holds
  little of the page's text (under ``_MAIN_CHARS`` characters and under a
  quarter) is a template's mistake, and the whole body is read.

Lists and titles typed by hand are read as lists and titles: a bullet or a
number at the start of a paragraph or of a ``<br>`` line starts a list item
(``_BULLET``: the text reader's bullets, and the characters a page or a
Word export writes alone), and a paragraph that is only a short title in
bold is a heading (``readers.text.is_bold_title``). ``tools/layout_pages.py``
checks a page reads the same whichever way it is laid out.

The stack is bounded (``MAX_DEPTH``): a page nested deeper is a finding,
never a crash or a hang.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from typing import Any

from policy_lint.readers.blocks import Block, BlockBuilder, Parsed, is_navigation, join_rows
from policy_lint.readers.text import is_bold_title, is_heading_line, question_title

__all__ = ["read_html", "MAX_DEPTH", "decode_html"]

#: Elements open at once, at most. Real pages nest 20 to 60 deep.
MAX_DEPTH = 2048

_VOID = frozenset("area base br col embed hr img input link meta source track wbr param keygen basefont bgsound frame".split())
# Elements whose text is never policy text.
# (Not <form>: some site builders wrap the whole page in one.)
_DROP = frozenset("script style noscript template svg math nav aside button select option textarea iframe object canvas dialog head audio video map".split())
_PAGE_PARTS = frozenset({"header", "footer"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_KIND = {"p": "paragraph", "li": "list_item", "td": "table_cell", "th": "table_cell", "dt": "paragraph", "dd": "paragraph", "caption": "paragraph", "figcaption": "paragraph", "summary": "heading", **{h: "heading" for h in _HEADINGS}}
# Elements that end the text before them and start new text (a block edge).
_BREAKS = frozenset(
    "address article aside blockquote body center details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul".split()
)
# A start tag of one of these closes an open <p> (HTML: "close a p element").
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hgroup hr main menu nav ol p pre section summary table ul li dd dt".split()
) - {"li", "dd", "dt"}
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "alert", "menu", "menubar", "search"})
_DROP_NAME = re.compile(
    r"(?:^|[-_])(?:cookies?|cookie-?banner|navbar|nav-?bar|breadcrumbs?|skip-?link|skip-?to-?content|site-?header|site-?footer|"
    r"masthead|menu|mega-?menu|topbar|top-?bar|newsletter|social-?share|share-?buttons|screen-reader-text|sr-only|visually-hidden|"
    # a blog's comments, by visitors, not the practice (WordPress, Disqus), and its share and related-posts boxes (Jetpack, AddToAny)
    r"comments?-?area|comments|comment-?list|commentlist|comment-?respond|disqus_thread|sharedaddy|sd-sharing-enabled|jp-relatedposts|addtoany|a2a_kit)(?:$|[-_])",
    re.IGNORECASE,
)
# Cookie and consent banners, by the id or class their tools give them, anywhere in the page:
# a name with "cookie" in it (CybotCookiebotDialog, CookieConsent, sqs-cookie-banner), "consent"
# or "gdpr" next to a word for a banner or popup ("consent-banner", "gdpr-popup"; not
# "informed-consent", "consent-form", "consent-notice" or a section named "gdpr", which can hold
# the policy), and the tools' own names: Cookiebot, OneTrust (optanon), CookieYes (cky-, cookie-law-info, cli-bar),
# Complianz (cmplz), Termly, Osano, Iubenda, Borlabs, Usercentrics, Didomi, TrustArc,
# Quantcast (qc-cmp), Klaro, Cookie Script, CookieFirst, the cookieconsent script (cc-window)
# and Wix (its data-hook "ccsu-banner-wrapper", "consent-banner-root").
_CONSENT_NAME = re.compile(
    r"cookie|(?:consent|gdpr|ccpa)[-_]?(?:banner|bar|popup|pop-up|modal|overlay|manager|sdk|prompt)"
    r"|(?:banner|bar|popup|modal)[-_]?(?:consent|gdpr)"
    r"|cybot|onetrust|optanon|^cky-|cookieyes|^cli-(?:bar|modal|settings)|cmplz|complianz|termly|^osano-cm|iubenda|borlabs|usercentrics|^uc-banner"
    r"|didomi|truste(?:-|$)|teconsent|^qc-cmp|^klaro|cookiescript|^cc-(?:window|banner|revoke)$|^cc_banner|ccsu-banner",
    re.IGNORECASE,
)
# An aria-label that names a cookie banner ("Cookie banner", "Cookie consent", "Privacy preferences").
_CONSENT_LABEL = re.compile(r"cookie|privacy (?:preferences|settings|choices)|consent (?:banner|manager|preferences)", re.IGNORECASE)
# Class names of the panels of accordions, toggles and tabs (Bootstrap's "collapse", "accordion-body", Elementor's
# "elementor-tab-content", Divi's "et_pb_toggle_content", "faq-answer"): hidden on a saved page until opened.
_PANEL_NAME = re.compile(
    r"(?:^|[-_])(?:accordion|collapse|collapsible|toggle|tab-?content|tab-?pane|tab-?panel|panel-?body|panel-?collapse|faq|answer|"
    r"expandable|expander|reveal|details)(?:$|[-_])",
    re.IGNORECASE,
)
# Class names of hidden boxes that are no panel of the page, though a panel's word is in their names too
# ("faq-popup", "search-toggle", "modal-collapse", "slick-cloned"): pop-ups, modals, drawers, search boxes,
# carousels' hidden slides and their copies (a slider's tabpanel, a testimonial) stay unread while hidden.
_NOT_PANEL_NAME = re.compile(
    r"(?:^|[-_])(?:modal|popup|pop-up|popover|overlay|lightbox|dialog|drawer|off-?canvas|flyout|tooltip|"
    r"search|login|log-in|sign-?in|sign-?up|subscribe|newsletter|cart|cloned|clone|duplicate|promo|announcement)"
    r"|(?:^|[-_])(?:slick|swiper|owl|carousel|slider|slideshow|testimonials?|reviews?)(?:$|[-_])",
    re.IGNORECASE,
)
# A drop-down or a box for phones is a menu's, unless its own class or role says it is an accordion's or a tab's
# panel (Squarespace's accordion names its panels "accordion-item__dropdown").
_MENU_PANEL_NAME = re.compile(r"(?:^|[-_])(?:dropdown|drop-down|mobile)", re.IGNORECASE)
# Elements that can be a panel: boxes of text. A hidden <span> or <i> named "accordion-icon" or "toggle-indicator"
# is the "+" or "Open" drawn on an accordion's button, no text of the page.
_PANEL_TAGS = frozenset("div section article ul ol dl dd li p table tbody details blockquote figure form".split())
# Names of page parts that are never policy text where they stand outside the main content or an
# article (inside them, a "footer" or an "alert" box can hold the policy's own words).
_PAGE_NAME = re.compile(
    r"(?:^|[-_])(?:nav|sidenav|side-?nav|subnav|sub-?nav|sidebar|side-?bar|footer|colophon|banner|alert|alerts|announcement|"
    r"announcements|notice-?bar|promo)(?:$|[-_])",
    re.IGNORECASE,
)
# The row of a page's tabs ("w-tab-menu", Webflow's; "tabs-menu"): the titles of the panels under it, not a site's menu.
# A row of tabs by its class ("et_pb_tabs_controls", "tabs-nav", "tab-titles"), and a key a tab shares with its panel
# ("et_pb_tab_0", "tab-2").
_TAB_ROW = re.compile(r"(?:^|[-_])tabs?[-_]*(?:controls|nav|titles|list|labels)(?:$|[-_])", re.IGNORECASE)
_TAB_KEY = re.compile(r"[\w-]*tab[-_]?\d+", re.IGNORECASE)
_TAB_MENU = re.compile(r"(?:^|[-_])tabs?[-_]?menu(?:$|[-_])", re.IGNORECASE)
# A class that says how the page is laid out, not what an element is: "ast-no-sidebar",
# "has-sidebar", "with-footer-widgets" (themes put them on <body> or on the main content's box).
_LAYOUT_STATE = re.compile(r"(?:^|[-_])(?:no|has|with|without|hide|show)[-_]", re.IGNORECASE)
# Elements that hold the whole page or its main content: never dropped by a name or a role.
_NEVER_DROPPED = frozenset({"html", "body", "main"})
#: Class names of the title of an accordion's, a toggle's or an FAQ's panel, written without a heading or a button
#: that opens it: "toggle-title", "faq-question", "faqHeading", "accordion-section-title", "tab__label", Elementor's
#: "elementor-tab-title", Divi's "et_pb_toggle_title", Yoast's "schema-faq-question", Webflow's "w-dropdown-toggle".
#: Its text is the title of what follows, a line of its own (and no menu link, when it is one: "<a href='#'>").
_TITLE_NAME = re.compile(
    r"(?:^|[-_])(?:accordion|toggle|faq|tabs?|collaps\w*|expand\w*|spoiler|question)(?:[-_]+[a-z0-9]+)?[-_]*"
    r"(?:title|header|heading|head|label|question|trigger|summary|q)(?:$|[-_]+(?:wrapper|wrap|text|inner)$)"
    r"|(?:^|[-_])(?:accordion|faq|question)[-_]*(?:button|btn|link|toggle)$|^w-dropdown-toggle$",
    re.IGNORECASE,
)
# The page's own header and footer, by name (site-header, footer, masthead): kept apart for facts.
_PAGE_PART_NAME = re.compile(r"(?:^|[-_])(?:site-?header|site-?footer|page-?header|page-?footer|footer|masthead|colophon)(?:$|[-_])", re.IGNORECASE)
_TITLE_META = {"og:site_name": "site_name", "application-name": "site_name", "og:title": "og_title", "author": "author", "dc.title": "og_title"}
#: A bullet or a number typed at the start of a paragraph or a line ("&bull; Court orders", "- Court orders",
#: "•Court orders", "2. Court orders", "b) ...", "(iii) ..."), as the text reader reads them (readers.text.BULLET).
_BULLET = re.compile(
    r"\s*(?:[•·▪◦‣►▸➢➤✓✔\-–—*](?=\s)|[•▪◦‣►▸➢➤](?=[A-Z])|(?:\d{1,3}|[a-z]|[ivxIVX]{1,5})[.)](?=\s)|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)(?=\s))\s*"
)
#: Bullets that come as a character of their own: an entity ("&bull;", "&#8226;", "&middot;"), or alone in its
#: element, as Word writes its lists when it saves a web page ("<span style='font-family:Symbol'>·</span>", "o").
_BULLET_CHARS = frozenset("•·▪◦‣►▸➢➤✓✔–—")
_LONE_BULLETS = _BULLET_CHARS | {"-", "*", "o", "§", "\uf0b7", "\uf0a7"}
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w:.]{1,40})""", re.IGNORECASE)


def decode_html(raw: bytes) -> tuple[str, str] | None:
    """Decode a page: its BOM, else the ``<meta charset>`` of its first 4 KB, else UTF-8.

    Returns the text and the encoding used, or None when it cannot be
    decoded (the caller reports it). Saved pages without a declaration are
    read as Windows-1252 when they are not valid UTF-8, as browsers do.
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), codec
            except UnicodeDecodeError:
                return None
    m = _CHARSET.search(raw[:4096])
    if m is not None:
        import codecs

        name = m.group(1).decode("ascii", "replace").lower()
        try:
            info = codecs.lookup(name)
            # Only text encodings: "rot13" or "zlib" are codecs too, but not for pages.
            codec = info.name if getattr(info, "_is_text_encoding", True) else "utf-8"
        except LookupError:
            codec = "utf-8"
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # as browsers read them
        try:
            return raw.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None


#: A title is short: a line longer than this is no title (and a page of a million bold lines costs no more).
_TITLE_CHARS = 200
#: A rule of a style sheet (its selectors, its declarations), a selector that is one class ("span.title", ".style5"),
#: and how much of a page's style sheets is read for them (a theme's whole CSS says little of a page's titles).
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"[A-Za-z][\w-]*\.([A-Za-z_][\w-]*)|\.([A-Za-z_][\w-]*)")
_CSS_CHARS = 100_000
#: Characters of a block before a button that make the button part of its text (a "Read more" at a paragraph's
#: end), not its title (a number or an icon before an accordion's button is no more than this, and no word).
_INLINE_CHARS = 12
#: A word of three letters or more: text a button goes on from ("Text here. <button>Read more</button>").
_WORD = re.compile(r"[^\W\d_]{3}")
#: The words of a control, never policy text nor a title ("Menu", "Read more", "Close"): an accordion's or a
#: toggle's button with no title of its own, a <summary> that says only "Show more".
_CONTROL_WORDS = re.compile(
    r"(?:(?:main |mobile |toggle |open |close )?(?:menu|navigation)|close|open|toggle|expand(?: all)?|collapse(?: all)?|search|"
    r"(?:read|show|see|view|learn|click for|load) (?:more|less)|more|less|next|prev(?:ious)?|back|[+\-−×✕…▾▼▸►]|more info)[.…:]*",
    re.IGNORECASE,
)
#: A button's words (or its aria-label) that say it opens a menu or a search box: what it opens stays hidden.
_MENU_WORDS = re.compile(r"(?:(?:main |mobile |site |toggle |open |close |show )?(?:menu|navigation|nav)|search|[☰≡])", re.IGNORECASE)
#: Tags that mark text bold.
_BOLD = frozenset({"strong", "b"})
#: A style that makes text bold ("font-weight: bold", "font-weight:700").
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


class _Element:
    __slots__ = ("tag", "drop", "content", "kind", "level", "link", "row", "outside", "bold", "opens", "said", "title", "question", "first", "heads", "tabrow", "spent")

    def __init__(self, tag: str, drop: bool, content: int, kind: str | None, level: int) -> None:
        self.link = False  # an <a href>
        self.row: int | None = None  # a <tr>: its number in the page
        self.outside = False  # a dropped page header or footer: its text is kept apart, for facts
        self.bold = tag in _BOLD  # <strong>, <b>, or a style that makes the text bold
        self.opens: set[str] | None = None  # an accordion's button: the ids of the panels it made readable
        self.said: list[str] = []  # and its words, up to a title's length
        self.title = False  # the title of an accordion's or an FAQ's panel, by its class name (_TITLE_NAME)
        self.question = False  # an FAQ's question in schema.org microdata (itemtype .../Question)
        self.first = 0  # a <dd>, or the button of a panel: how many blocks were found before it
        self.heads: tuple[str, ...] = ()  # the button of a panel: the ids (or keys) of the panels it titles
        self.tabrow = False  # a row of tabs (role="tablist", "et_pb_tabs_controls")
        self.spent = False  # a title element whose title was read: any more text in it is not its title
        self.tag = tag
        self.drop = drop
        self.content = content
        self.kind = kind
        self.level = level


#: Elements whose row a block is in (a table's row, a definition list's term and descriptions).
_ROW_TAGS = ("tr", "table", "dt", "dd", "dl")


class _TooDeep(Exception):
    pass


class _Reader(HTMLParser):
    """Tokens in, blocks out (with the flag: inside main content or not)."""

    def __init__(self, text: str, aria_hidden: bool = True) -> None:
        super().__init__(convert_charrefs=False)
        #: whether aria-hidden="true" drops an element (read_html reads a page again without, see there)
        self.aria_hidden = aria_hidden
        self.hid_by_aria = False  # an element was dropped for its aria-hidden
        self.source = text
        # Where each line starts, counted as html.parser counts lines (by "\n").
        starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self.line_starts = starts
        self.stack: list[_Element] = []
        self.open_tags: Counter[str] = Counter()  # how many elements of each tag are open (the stack, counted)
        self.drop_depth = 0  # open elements that drop their text
        self.outside_depth = 0  # of those, the page's header and footer (their text is kept apart)
        self.outside: list[Block] = []  # the blocks of the page's header and footer
        self.buffer_outside = False
        self.content_depth = 0  # open main / article elements
        self.main_depth = 0
        self.buffer = BlockBuilder()
        self.buffer_kind = "paragraph"
        self.buffer_level = 0
        self.buffer_depth = 0  # how many lists the buffer's list item sits in, less one
        self.buffer_main = False
        self.buffer_article = False
        self.buffer_row: int | None = None
        self.rows = 0  # <tr> elements seen
        self.row_of: dict[int, int] = {}  # id(block) -> the table row it is in
        self.found: list[tuple[Block, bool, bool]] = []  # block, in <main>, in <article>
        self.has_main = False
        self.has_article = False
        self.meta: dict[str, Any] = {}
        self.title_parts: list[str] | None = None
        self.depth_seen = 0
        self.after_br = False  # the last thing seen was a <br> (white space aside)
        self.link_depth = 0  # open <a href> elements
        self.link_new = False  # a link opened and gave no text yet
        self.bold_depth = 0  # open <strong> and <b> elements
        self.buffer_bold = 0  # characters of the block being built inside them, and outside them
        self.buffer_plain = 0
        self.buffer_bullet = False  # the block began with a bullet ("<p>&bull; Court orders</p>"): a list item
        self.buffer_title = False  # the block is the title of a panel (_TITLE_NAME): a heading, never a menu link
        self.title_depth = 0  # open elements that are such a title
        self.line_start = False  # a <br> came last: the next text starts a line
        #: ids of the panels an accordion's buttons open (aria-controls, data-bs-target="#id"): hidden, they are
        #: still the page's text, a click away
        self.controlled: set[str] = set()
        self.saying: _Element | None = None  # the accordion's button whose words are being read
        self.titles: set[int] = set()  # id() of table cells that are a title in bold
        self.css_read = 0  # characters of the page's <style> elements read, up to _CSS_CHARS
        self.css_pending = ""  # of those, the text not yet looked through for bold classes
        self.bold_names: set[str] = set()  # the classes they make bold (_bold_classes)
        #: the title a tab's or an accordion's button gave, by the id of the panel it opens: the panel's first block
        self.panel_titles: dict[str, tuple[Block, bool, bool]] = {}
        self.tab_rows = 0  # open rows of tabs

    # -- helpers -----------------------------------------------------------

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _flush(self) -> None:
        buf = self.buffer
        block = buf.build(self.buffer_kind, self.buffer_level)
        if block is not None and block.kind == "list_item":
            block.depth = self.buffer_depth
        title = self.buffer_title
        if title and block is not None:
            for e in self.stack:
                e.spent = e.spent or e.title
        title_cell = False
        if block is not None and title and block.kind in ("paragraph", "list_item"):
            # the title of an accordion's or an FAQ's panel by its class ("<div class='toggle-title'><a href='#'>Is
            # it private?</a></div>", "<button class='faq-question'>"): a heading when it reads as one
            if is_heading_line(block.text.strip()):
                block.kind, block.level = "heading", 6
        elif block is not None and block.kind == "paragraph" and self.buffer_row is None and self._bold_title(block.text):
            # a paragraph that is only a title or a question in bold ("<p><strong>Limits of confidentiality</strong></p>",
            # "<p><strong>Will you tell anyone?</strong></p>"): a heading, as site builders and FAQ pages write them
            # (readers/markdown.py does the same)
            block.kind, block.level = "heading", 6
        elif block is not None and block.kind == "paragraph" and self.buffer_row is None and question_title(block.text):
            block.kind, block.level = "heading", 6  # a paragraph that is one short question: an FAQ's question
        elif block is not None and block.kind in ("table_cell", "paragraph") and self._bold_title(block.text):
            title_cell = True  # a heading if it is the only cell of its row (read_html); else the row's label
        elif block is not None and self.buffer_bullet and block.kind in ("paragraph", "table_cell"):
            block.kind = "list_item"  # "<p>&bull; Court orders</p>", "&bull; Court orders<br>": a list typed by hand
        if block is not None and block.kind == "heading" and _CONTROL_WORDS.fullmatch(block.text.strip()):
            block = None  # "<button aria-controls='menu-panel'>Menu</button>", "<summary>Read more</summary>": a control
        self.buffer_bold = self.buffer_plain = 0
        self.buffer_bullet = False
        self.buffer_title = False
        if block is not None and self.buffer_outside:
            self.outside.append(block)  # the header or footer: facts, never rules
        elif block is not None and (title or not is_navigation(block.text, buf.linked, buf.links, block.kind)):
            self.found.append((block, self.buffer_main, self.buffer_article))
            if self.buffer_row is not None:
                self.row_of[id(block)] = self.buffer_row
            if title_cell:
                self.titles.add(id(block))  # (only a block kept: a dropped one's id can come again)
        self.buffer = BlockBuilder()

    def _bold_title(self, text: str) -> bool:
        """True when the block being built is all bold and reads as a title or a question (no full stop, no claim:
        "<b>We never share your records</b>" stays a paragraph, as a claim is read)."""
        return bool(self.buffer_bold) and not self.buffer_plain and is_bold_title(text)

    def _start_item(self) -> BlockBuilder:
        """A bullet at the start of a block or of a line after a <br>: what came before is a block of its own,
        and a list item starts."""
        if not self.buffer.empty:
            self._flush()
        buf = self._text_target()
        assert buf is not None  # the caller had one: nothing closed between
        self.buffer_bullet = True
        return buf

    def _innermost_kind(self) -> tuple[str, int]:
        stack = self.stack
        for k in range(len(stack) - 1, -1, -1):
            el = stack[k]
            if el.kind is not None:
                if el.tag == "p" and self.open_tags["li"]:
                    # a paragraph inside a list item (<li><p>...</p></li>, as Squarespace and WordPress blocks
                    # write lists) is that item's text: a list item, framed by the lead-in above its list
                    for j in range(k - 1, -1, -1):
                        outer = stack[j]
                        if outer.kind is not None:
                            if outer.tag == "li":
                                return "list_item", 0
                            break
                return el.kind, el.level
        return "paragraph", 0

    def _pop_to(self, index: int) -> None:
        """Close every element from ``index`` up."""
        while len(self.stack) > index:
            el = self.stack.pop()
            self.open_tags[el.tag] -= 1
            if el.opens is not None:
                if _MENU_WORDS.fullmatch("".join(el.said).strip()):
                    self.controlled -= el.opens  # "<button aria-controls='m'>Menu</button>": a menu, not a panel
                if self.saying is el:
                    self.saying = None
            if el.bold:
                self.bold_depth -= 1
            if el.tag == "dd" and el.row is not None:
                self._box(el)
            if el.tabrow:
                self.tab_rows -= 1
            if el.heads:
                self._flush()
                made = self.found[el.first :]
                if made and made[-1][0].kind == "heading":
                    for key in el.heads:
                        self.panel_titles.setdefault(key, made[-1])
            if el.title:
                self.title_depth -= 1
                self._flush()  # a panel's title is a line of its own ("<span class='faq-question'>...</span> Yes.")
            if el.link:
                self.link_depth -= 1
            if el.drop:
                self.drop_depth -= 1
                if el.outside:
                    self.outside_depth -= 1
            if el.content:
                self.content_depth -= 1
                if el.content == 2:
                    self.main_depth -= 1

    def _bold_classes(self) -> set[str]:
        """The classes the page's own style sheet makes bold (".style5 { font-weight: bold }", "span.title, .head
        {font-weight:700}"): old editors (Dreamweaver, FrontPage, Expression Web) mark titles so, not with <b>."""
        cut = self.css_pending.rfind("}") + 1  # each rule read once, when whole (a page of many <style>s stays linear)
        if cut:
            for m in _CSS_RULE.finditer(self.css_pending, 0, cut):
                if _BOLD_STYLE.search(m.group(2)):
                    for selector in m.group(1).split(","):
                        simple = _CSS_CLASS.fullmatch(selector.strip())
                        if simple is not None:
                            self.bold_names.add(simple.group(1) or simple.group(2))
            self.css_pending = self.css_pending[cut:]
        return self.bold_names

    def _title_into_main(self) -> None:
        """The page's title written just before its ``<main>`` ("<div class='container'><h1>Privacy Policy</h1><main>"):
        it is the title of what the main element holds, and read with it."""
        self._flush()
        if self.found:
            block, in_main, _ = self.found[-1]
            if not in_main and block.kind == "heading" and block.level == 1:
                self.found[-1] = (block, True, True)

    def _title_to_panel(self, entry: tuple[Block, bool, bool]) -> None:
        """A panel opens whose button gave a title: the title goes to the top of its panel. Tabs list their buttons
        together before their panels ("<ul role='tablist'>", Bootstrap's "nav-tabs", Webflow's "w-tab-menu"): read in
        order, each panel's text would sit under the last tab's title. An accordion's title is there already."""
        self._flush()
        found = self.found
        if found and found[-1] is entry:
            return
        # Elementor writes each tab's title twice, in the row and again over its panel (for phones): keep one
        again = bool(found) and found[-1][0].kind == "heading" and found[-1][0].text == entry[0].text
        for i in range(len(found) - 1, -1, -1):
            if found[i] is entry:
                del found[i]
                if not again:
                    found.append(entry)
                return

    def _box(self, dd: _Element) -> None:
        """A description that holds paragraphs or a list ("<dt><button>Will you tell?</button></dt><dd><p>..</p><ul>..",
        an FAQ as Tailwind UI writes one) is a box of text under its term, not a short description: its blocks stay
        blocks, and its term, when it reads as a title, is their heading."""
        row = dd.row
        inside = [b for b, _, _ in self.found[dd.first:] if self.row_of.get(id(b)) == row]
        if len(inside) < 2:
            return  # "<dt>Child abuse</dt><dd>We report it.</dd>": one passage (join_row)
        for b in inside:
            del self.row_of[id(b)]
        for b, _, _ in reversed(self.found[: dd.first]):
            if self.row_of.get(id(b)) != row:
                break
            del self.row_of[id(b)]
            if b.kind == "paragraph" and is_heading_line(b.text.strip()):
                b.kind, b.level = "heading", 6

    def _close_open(self, tags: frozenset[str] | set[str], stop: frozenset[str]) -> None:
        """Close the nearest open element named in ``tags``, unless one of ``stop`` comes first."""
        if not any(self.open_tags[t] for t in tags):
            return  # none is open: no walk down a deep stack (a page nested 2,000 deep reads in linear time)
        for i in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[i].tag
            if tag in tags:
                self._pop_to(i)
                return
            if tag in stop:
                return

    # -- tokens ------------------------------------------------------------

    def _end_title(self) -> None:
        if self.title_parts is not None and "title" not in self.meta:
            self.meta["title"] = " ".join("".join(self.title_parts).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title_parts is None and not self.stack_has("body"):
            self.title_parts = []
            return
        self._end_title()  # a <title> never closed ends at the next tag
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "br":
            # One <br> ends a line inside a paragraph; two in a row end the paragraph. So does one after a line
            # that is a title in bold ("<b>Limits</b><br>We may share ..."), and one after a list item typed by
            # hand ("&bull; Court orders<br>"): the next line is a line of its own.
            buf = self.buffer
            if self.after_br or (not buf.empty and (self.buffer_bullet or (buf.length <= _TITLE_CHARS and self._bold_title(buf.text)))):
                self._flush()
            elif not buf.empty:
                buf.space(self._offset())
            self.after_br = True
            self.line_start = True
            return
        self.after_br = False
        self.line_start = False
        if tag in _BREAKS:
            self._flush()
        if tag in _CLOSES_P or tag in _HEADINGS:
            self._close_open({"p"}, frozenset({"button", "table", "td", "th", "li"}))
        if tag == "li":
            self._close_open({"li"}, frozenset({"ul", "ol", "menu"}))
        elif tag in ("dt", "dd"):
            self._close_open({"dt", "dd"}, frozenset({"dl"}))
        elif tag in ("td", "th"):
            self._close_open({"td", "th"}, frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close_open({"tr"}, frozenset({"table"}))
        elif tag in _HEADINGS:
            self._close_open(set(_HEADINGS), frozenset({"body", "div", "section", "article", "main"}))
        if tag in _VOID:
            return
        trigger = self._trigger(tag, attrs)
        # A button that opens a panel names it ("<h2><button aria-controls=...>Harm to others</button></h2>", an
        # accordion): its text is the panel's title. Other buttons ("Accept", "Send") are no policy text, nor is a
        # button in the middle of a paragraph ("... <button aria-controls='more'>Read more</button>"): it titles
        # nothing (its panel, the rest of the text, is still read).
        if trigger and _MENU_WORDS.fullmatch((_attr(attrs, "aria-label") or "").strip()):
            trigger = False  # "<button aria-controls='nav' aria-label='Toggle navigation'>": a menu's button
        classes = (_attr(attrs, "class") or "").split()
        in_row = self.tab_rows > 0
        keys = [t for t in classes if _TAB_KEY.fullmatch(t)]  # Divi: "et_pb_tab_0" on a tab and on its panel
        heads: list[str] = []  # the panels this element titles, when they come later (tabs)
        if in_row and tag in ("li", "a", "button") and not any(e.title for e in self.stack):
            heads.extend(keys)  # a tab in a row of tabs: the title of the panel that has its key
        elif self.panel_titles:
            for key in [_attr(attrs, "id"), "w-tab:" + (_attr(attrs, "data-w-tab") or "") if _attr(attrs, "data-w-tab") else None, *keys]:
                if key is not None and key in self.panel_titles:
                    self._title_to_panel(self.panel_titles.pop(key))
                    break
        buf = self.buffer
        inline = (
            trigger and not buf.empty and self.buffer_kind != "heading"  # "<h3><span>Question 3</span><button ...>": its title
            and (buf.length > _INLINE_CHARS or bool(_WORD.search("".join(buf.parts))))
        )
        # In a row of tabs ("<ul role='tablist'>", Divi's "et_pb_tabs_controls"), an item that shares a key with its
        # panel ("et_pb_tab_0") is that panel's title, even a link to "#" (a link, it would be read as a menu); a row
        # of links to pages ("<ul class='tabs-nav'><li><a href='/about'>") stays a menu
        titled = self._title(attrs) or (in_row and bool(keys) and tag in ("li", "a", "button") and not any(e.title for e in self.stack))
        opens: set[str] = set()
        by_attrs = self._dropped_by_attrs(tag, attrs)
        drop = (tag in _DROP and not (tag == "button" and ((trigger and not inline) or titled))) or by_attrs
        if trigger and not by_attrs and not self.drop_depth and (tag == "button" or tag not in _DROP):
            # the panels it opens are the page's text though hidden (_panel); not those a dropped button opens
            # (a menu's button in the page's header, a pop-up's)
            for name in ("aria-controls", "data-bs-target", "data-target", "href"):
                value = _attr(attrs, name)
                if value:
                    opens.update(v.lstrip("#") for v in value.split() if v.lstrip("#"))
            if _attr(attrs, "data-w-tab"):
                opens.add("w-tab:" + (_attr(attrs, "data-w-tab") or ""))  # Webflow names a tab and its pane alike
            heads.extend(sorted(opens))
            opens -= self.controlled
            self.controlled |= opens
        trigger = trigger and not inline
        content = 0  # 2: main content, 1: an article
        if not drop:
            role = _attr(attrs, "role")
            if tag == "main" or role == "main":
                content = 2
                if not self.main_depth:
                    self._title_into_main()
                self.main_depth += 1
                self.has_main = True
            elif tag == "article" or role == "article":
                content = 1
                self.has_article = True
        el = _Element(tag, drop, content, _BLOCK_KIND.get(tag), _HEADINGS.get(tag, 0))
        if (tag in _HEADINGS or ((trigger or titled) and not drop)) and self.open_tags["li"]:
            # A list item that holds a heading is a box of its own (an accordion's item, a card): the paragraphs
            # in it are paragraphs under that heading, not the item's text.
            for outer in reversed(self.stack):
                if outer.tag == "li":
                    outer.kind = None
                    break
                if outer.kind is not None:
                    break
        if trigger and not drop and el.kind is None and not any(e.kind == "heading" for e in self.stack):
            el.kind, el.level = "heading", 6  # the title of the panel it opens
        if (trigger or titled) and not drop and heads:
            el.heads, el.first = tuple(heads), len(self.found)
        if not drop and (_attr(attrs, "role") == "tablist" or any(_TAB_ROW.search(t) for t in classes)):
            el.tabrow = True
            self.tab_rows += 1
        itemtype = _attr(attrs, "itemtype")
        if itemtype and itemtype.rstrip("/").lower().endswith("schema.org/question"):
            el.question = True  # an FAQ's question in microdata: its itemprop="name" is the title of its answer
        if titled and not drop:
            if tag not in _BREAKS:
                self._flush()  # an inline title ("<a class='accordion-title'>", "<label class='tab__label'>") starts a line
            el.title = True
            self.title_depth += 1
        if tag == "tr":
            self.rows += 1
            el.row = self.rows
        elif tag in ("dt", "dd"):
            # A term and its descriptions are one row, read as one passage ("Child abuse: We do not make reports.",
            # as a table's row is; join_row): the term is the label of what is said of it (fix14)
            dl = next((e for e in reversed(self.stack) if e.tag == "dl"), None)
            if dl is not None:
                if tag == "dt" or dl.row is None:
                    self.rows += 1
                    dl.row = self.rows
                el.row = dl.row
                el.first = len(self.found)
        if not el.bold and _BOLD_STYLE.search(_attr(attrs, "style") or ""):
            el.bold = True  # <span style="font-weight:bold">, as site builders write bold text
        if not el.bold and (self.bold_names or self.css_pending):
            names = _attr(attrs, "class")
            if names and not self._bold_classes().isdisjoint(names.split()):
                el.bold = True  # <span class="style5">, bold by the page's own style sheet (Dreamweaver, FrontPage)
        if el.bold:
            self.bold_depth += 1
        if tag == "a" and _attr(attrs, "href") is not None:
            el.link = True
            self.link_depth += 1
            self.link_new = True
        if opens and not inline:
            el.opens = opens  # its words decide (see _pop_to): a button that says "Menu" opens no panel
            self.saying = el
        self.stack.append(el)
        self.open_tags[tag] += 1
        if drop:
            self.drop_depth += 1
            if self._page_part(tag, attrs):
                el.outside = True
                self.outside_depth += 1
        if content:
            self.content_depth += 1
        if len(self.stack) > MAX_DEPTH:
            self.depth_seen = len(self.stack)
            raise _TooDeep()

    def _page_part(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """True for a dropped header or footer of the page (not a menu, a banner about cookies, a script).

        Its text is no policy text, but it often holds the practice's address,
        phone and email: ``policy_lint.readers.facts`` reads it for those.
        """
        if tag in _DROP or any(name == "hidden" or (name == "aria-hidden" and (value or "").lower() == "true") for name, value in attrs):
            return False
        role = _attr(attrs, "role")
        if role in ("banner", "contentinfo"):
            return True
        names = " ".join(value for name, value in attrs if name in ("id", "class") and value)
        if any(_CONSENT_NAME.search(token) for token in names.split()):
            return False
        if tag in _PAGE_PARTS and self.content_depth == 0:
            return True
        return any(_PAGE_PART_NAME.search(token) and not _LAYOUT_STATE.search(token) for token in names.split())

    def stack_has(self, tag: str) -> bool:
        return self.open_tags[tag] > 0

    def _dropped_by_attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _PAGE_PARTS and self.content_depth == 0:
            return True
        if tag in _NEVER_DROPPED:
            # A theme's layout class on <body> ("ast-no-sidebar", "footer-width-full") never drops the page.
            return False
        panel = self._panel(tag, attrs)
        for name, value in attrs:
            if name == "hidden" and not panel:
                return True
            if name == "aria-hidden" and (value or "").lower() == "true" and not panel:
                if self.aria_hidden:
                    self.hid_by_aria = True
                    return True
                if any(_NOT_PANEL_NAME.search(token) for token in (_attr(attrs, "class") or "").split()):
                    return True  # read again for a pop-up that hid the page: a slide's copy or a modal stays hidden
            if name == "role" and value and value.lower() in _DROP_ROLES:
                return True
            if name in ("id", "class") and value:
                for token in value.split():
                    if _LAYOUT_STATE.search(token) or _TAB_MENU.search(token):
                        continue  # "has-sidebar": how the page is laid out, not a sidebar; "w-tab-menu": a page's tabs
                    if _DROP_NAME.search(token) or _CONSENT_NAME.search(token) or (self.content_depth == 0 and _PAGE_NAME.search(token)):
                        return True
            if name in ("data-hook", "data-testid") and value and _CONSENT_NAME.search(value):
                return True
            if name == "aria-label" and value and _CONSENT_LABEL.search(value):
                return True
            if name == "style" and value and not panel and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", value, re.IGNORECASE):
                return True
        return False

    def _title(self, attrs: list[tuple[str, str | None]]) -> bool:
        """True for the title of an accordion's or an FAQ's panel written as plain text: by its class name
        (_TITLE_NAME), or the ``itemprop="name"`` of a schema.org Question (an FAQ's question in microdata)."""
        names = _attr(attrs, "class")
        if names and any(_TITLE_NAME.search(token) for token in names.split()):
            return True
        return _attr(attrs, "itemprop") == "name" and any(el.question for el in self.stack)

    def _trigger(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """True for the button of an accordion or a toggle: it opens a panel of the page (aria-controls, a
        collapse toggle, a button that says whether it is open: aria-expanded, as Alpine.js FAQs write it), not a menu."""
        toggle = (_attr(attrs, "data-bs-toggle") or _attr(attrs, "data-toggle") or "").lower()
        if toggle in ("collapse", "tab", "pill"):
            return True
        if toggle:
            return False  # it opens a modal, an off-canvas menu, a drop-down, a tooltip: no panel of the page
        if _attr(attrs, "data-w-tab") is not None and "w-tab-link" in (_attr(attrs, "class") or "").split():
            return True  # a Webflow tab: its pane has the same data-w-tab
        if _attr(attrs, "aria-haspopup") is not None:
            return False
        return _attr(attrs, "aria-controls") is not None or (tag == "button" and _attr(attrs, "aria-expanded") is not None)

    def _panel(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """True for a hidden panel the reader can open: an accordion's or a tab's panel, a details-like region.

        A saved page keeps its closed accordion panels ``hidden``, ``aria-hidden`` or ``display: none``;
        their text is the policy's, a click away. Other hidden text (a closed pop-up) is not read.
        """
        if (_attr(attrs, "hidden") or "").lower() == "until-found":
            return True
        names = (_attr(attrs, "class") or "").split()
        if any(_NOT_PANEL_NAME.search(token) for token in names):
            return False  # a closed pop-up, a search box, a carousel's copy of a slide, whatever opens it
        if any(_MENU_PANEL_NAME.search(token) for token in names) and not (
            _attr(attrs, "role") in ("region", "tabpanel") or any(_PANEL_NAME.search(token) for token in names)
        ):
            return False  # a menu's drop-down
        if any(name in ("x-show", "x-collapse", "v-show") for name, _ in attrs):
            return True  # a panel Alpine.js or Vue shows on a click (Tailwind UI's FAQs): "display: none" until then
        ident = _attr(attrs, "id")
        if ident and ident in self.controlled:
            return True  # a button opens it, a box or the rest of a sentence ("<span id='more' hidden>")
        if tag not in _PANEL_TAGS:
            return False  # "<span class='accordion-icon' aria-hidden='true'>+</span>": the button's drawing
        if _attr(attrs, "role") in ("region", "tabpanel"):
            return True
        return any(_PANEL_NAME.search(token) for token in names)

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        key = (_attr(attrs, "property") or _attr(attrs, "name") or "").lower()
        field = _TITLE_META.get(key)
        content = _attr(attrs, "content")
        if field and content and field not in self.meta:
            self.meta[field] = " ".join(unescape(content).split())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>, or <div/> written as XML: HTML ignores the slash.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1].tag == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None and "title" not in self.meta:
            self._end_title()
            return
        if tag in _BREAKS:
            self._flush()
        if tag == "p" and not self.stack_has("p"):
            return  # a stray </p>: HTML makes an empty paragraph, no text
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return
            if i < len(self.stack) - 64:
                return  # not open nearby: a stray end tag, ignored as HTML does

    def _text_target(self) -> BlockBuilder | None:
        outside = self.drop_depth > 0 and self.drop_depth == self.outside_depth
        if self.drop_depth and not outside:
            return None
        buf = self.buffer
        if outside != self.buffer_outside and not buf.empty:
            self._flush()  # the main text and the page's footer never share a block
            buf = self.buffer
        if buf.empty:
            self.buffer_outside = outside
        if buf.empty and not buf.pending_space:
            kind, level = self._innermost_kind()
            self.buffer_kind, self.buffer_level = kind, level
            self.buffer_depth = max(self.open_tags["li"] - 1, 0)
            self.buffer_main = self.main_depth > 0
            # the first block of a title element is the title; more in it ("<li class='faq-question'><h3>..</h3><p>..")
            # are what the page says under it
            self.buffer_title = self.title_depth > 0 and any(e.title and not e.spent for e in self.stack)
            self.buffer_article = self.content_depth > 0
            self.buffer_row = (
                next((el.row for el in reversed(self.stack) if el.tag in _ROW_TAGS), None)
                if any(self.open_tags[t] for t in _ROW_TAGS) else None
            )
        return buf

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None and "title" not in self.meta:
            self.title_parts.append(data)
            return
        if self.stack and self.stack[-1].tag == "style":
            take = data[: max(_CSS_CHARS - self.css_read, 0)]  # the page's own style sheet: which classes make text bold
            self.css_read += len(take)
            self.css_pending += take
            return
        if data.strip():
            self.after_br = False
        if self.saying is not None and len(self.saying.said) < 16:
            self.saying.said.append(data)
        buf = self._text_target()
        if buf is None:
            return
        if not data.strip():
            if not buf.empty:
                buf.space(self._offset())
            return
        at = self._offset()
        if (buf.empty or self.line_start) and not self.link_depth and data.strip() in _LONE_BULLETS:
            self._start_item()  # a bullet alone in its element: the text comes after it
            self.line_start = False
            return
        if (buf.empty or self.line_start) and not self.link_depth:
            m = _BULLET.match(data)
            if m is not None and data[m.end():].strip():
                buf = self._start_item()
                data, at = data[m.end():], at + m.end()
        self.line_start = False
        buf.add_words(data, at)
        if self.bold_depth:
            self.buffer_bold += len(data)
        else:
            self.buffer_plain += len(data.strip())
        if self.link_depth:
            buf.linked += len(data) - sum(1 for c in data if c.isspace())
            if self.link_new:
                buf.links += 1
                self.link_new = False

    def handle_entityref(self, name: str) -> None:
        self._entity("&" + name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#" + name)

    def _entity(self, head: str) -> None:
        self.after_br = False
        at = self._offset()
        width = len(head)
        if self.source.startswith(";", at + width):
            width += 1
        raw = self.source[at : at + width]
        char = unescape(raw)
        if self.title_parts is not None and "title" not in self.meta:
            self.title_parts.append(char)
            return
        buf = self._text_target()
        if buf is None:
            return
        if char in _BULLET_CHARS and (buf.empty or self.line_start):
            self._start_item()  # "&bull; Court orders": the bullet is no text
            self.line_start = False
            return
        self.line_start = False
        if char == raw:  # not an entity HTML knows: the text stays as written
            buf.add_words(raw, at)
        elif len(char) == 1:
            buf.add_char(char, at, width)
        else:  # a known name with text after it ("&ampx" is "&x"), or an entity for two characters
            tail = 0
            while tail < min(len(raw), len(char)) - 1 and raw[-1 - tail] == char[-1 - tail]:
                tail += 1
            head, rest = char[: len(char) - tail], char[len(char) - tail :]
            buf.add(head, at)
            buf.wide[buf.length - 1] = width - tail - len(head) + 1
            if rest:
                buf.add_words(rest, at + width - tail)

    def handle_comment(self, data: str) -> None:
        # A suppression comment (<!-- policy-lint: ignore[...] -->): keep where
        # it is, for policy_lint.suppressions. Other comments are not text.
        if "policy-lint" in data:
            at = self._offset()
            self.meta.setdefault("comments", []).append((at, at + len(data) + 7))

    def close(self) -> None:
        super().close()
        self._flush()


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    for key, value in attrs:
        if key == name:
            return value.strip().lower() if value is not None and name == "role" else value
    return None


def _holds_the_text(picked: list[Block], everything: list[Block]) -> bool:
    """True when the main element (or the articles) holds the page's text.

    Some site templates put a ``<main>`` around the page title only, with the
    text beside it: then the whole page, less what was dropped, is read. So
    does a static copy of a WordPress page whose ``<main>`` (the Query Loop
    block's) holds the post, and its FAQ and other sections beside it (sites18):
    a main under 2,000 characters that holds under a quarter of the text is
    no main.
    """
    size = sum(len(b.text) for b in picked)
    total = sum(len(b.text) for b in everything)
    return size >= _MAIN_CHARS or size >= total // 4


#: A main element (or articles) this long holds the page's text, whatever lies beside it.
_MAIN_CHARS = 2000


#: A page that gives less text than this is no policy page as read: when aria-hidden hid it, it is read again.
_LITTLE = 200
#: ... and the second reading has to give more text than the first, and this much at least.
_GAIN = 40


def read_html(text: str) -> Parsed:
    """Read the main content of a page as blocks (offsets into ``text``)."""
    from policy_lint.loading.document import LoadProblem

    problems: list[Any] = []
    try:
        reader = _Reader(text)
        reader.feed(text)
        reader.close()
        if reader.hid_by_aria and sum(len(b.text) for b, _, _ in reader.found) < _LITTLE:
            # A page saved with a dialog open (a newsletter or cookie pop-up; react-modal, MUI and a11y-dialog mark the
            # rest of the page aria-hidden while one is open) hides the whole page: read it again, aria-hidden aside.
            again = _Reader(text, aria_hidden=False)
            again.feed(text)
            again.close()
            first = sum(len(b.text) for b, _, _ in reader.found)
            gain = sum(len(b.text) for b, _, _ in again.found) - first
            if gain > max(first, _GAIN):  # it hid the page, not an icon ("×") or a label
                reader = again
    except _TooDeep:
        problems.append(
            LoadProblem(
                "too-deep",
                f"The page nests its elements more than {MAX_DEPTH:,} levels deep. A real web page nests far less, so policy-lint stops reading it.",
                index=reader._offset(),
                hint="Check that this is the right file. Save the page again from your browser or your site builder.",
            )
        )
        return Parsed("html", [], reader.meta, problems)
    found = reader.found
    everything = [b for b, _, _ in found]
    blocks = everything
    for use, picked in ((reader.has_main, [b for b, in_main, _ in found if in_main]), (reader.has_article, [b for b, _, in_article in found if in_article])):
        if use and _holds_the_text(picked, everything):
            blocks = picked
            break
    # The cells of a table row are one block, read as one passage (see join_row). A row of one cell that is a
    # title in bold is a heading: an old page laid out in a table ("<tr><td><b>Limits</b></td></tr>").
    rows = [reader.row_of.get(id(b)) for b in blocks]
    if reader.titles:
        cells = Counter(rows)
        for b, row in zip(blocks, rows):
            if id(b) in reader.titles and cells[row] == 1:
                b.kind, b.level = "heading", 6
    blocks = join_rows(blocks, rows)
    meta = dict(reader.meta)
    first_h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    if first_h1:
        meta.setdefault("heading", first_h1)
    return Parsed("html", blocks, meta, problems, outside=reader.outside)
