"""Read a plain text policy as blocks, with the line and column of every character.

Blank lines end a paragraph, and so does a line of more than 150
characters (text pasted from a page, one paragraph a line). A line that
starts with a bullet (``-``, ``*``, ``•``, ``1.``, ``(a)``; a star or dot
typed with no space before a capital, ``*Legal subpoena``, too) starts a list
item; the lines under it go on with it, up to a line further left than its
bullet. A word hyphenated at the end of a line ("infor-" / "mation", as in a
copy of a PDF) is joined again; the hyphen stays after the first part of a
compound ("self-" / "harm"). A paragraph of one short line without a full stop is a heading,
and so is a line (or a numbered line) underlined with ``===``, ``---``
or ``~~~``. A line of marks only (``*****``, the edge of a box) is not text. No dependency: the
standard library is enough.
"""

from __future__ import annotations

import re

from policy_lint.readers.blocks import Block, BlockBuilder, Parsed

__all__ = ["read_text", "is_heading_line", "is_bold_title", "question_title", "typed_bullet", "BULLET"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
#: A list bullet or number at the start of a line ("1: If you ..." too, a number and a colon: real6, a UK page).
BULLET = re.compile(r"[ \t]*(?:[-*+•·▪◦‣►▸➢➤✓✔–—o](?=[ \t])|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)](?=[ \t])|\d{1,2}:(?=[ \t]))[ \t]+")
#: A star or dot bullet with no space after it, before a capital ("*Presenting a serious danger to self",
#: "•Court orders"), as a school's page types its list; not a word in stars ("*Note*") (real5).
_TIGHT_BULLET = re.compile(r"[ \t]*[*•▪◦‣](?=[A-Z][a-z'’])(?![^*\n]*\*)")


def question_title(text: str) -> bool:
    """A paragraph that is one short question ("Will you tell anyone what I say?"): an FAQ's question, a heading
    over its answer, as a one-line question is in plain text."""
    t = text.strip()
    return t.endswith("?") and not re.search(r"[.!?]\s", t) and is_heading_line(t)


def typed_bullet(line: str) -> re.Match[str] | None:
    """The bullet or number typed at the start of a line ("- ", "1. ", "•Court orders"), or None."""
    return BULLET.match(line) or _TIGHT_BULLET.match(line)


_UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,})[ \t]*$")
#: The heading level each underline gives (as reStructuredText and ``render --format txt`` use them).
_UNDERLINE_LEVEL = {"=": 1, "-": 2, "~": 3, "^": 4}
#: A line of marks only ("*****", "*", "#####", "_____"): the edge of a box or a rule, not text.
_RULE_LINE = re.compile(r"[ \t]*([*#_=~^+-])\1*[ \t]*$")
#: A line longer than this was not wrapped by hand: it is a paragraph of its own.
_UNWRAPPED = 150
#: (a footnote's mark after the stop is no part of the line's end: "... set by law.[^3]", "... by law.*", "... law.¹")
_END = re.compile(r"[.;,!]['\"’”)]?(?:\[\^?\w{1,4}\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])*$")
#: A field and its date ("Effective date: January 1, 2025", "Last updated: 03/04/2024"): a line of facts, no title.
_DATED_FIELD = re.compile(r":\s*\S.*\b(?:19|20)\d\d\b")
#: Zero-width spaces and joiners, a word joiner or a byte-order mark at the start of a line.
_LEADING_MARKS = re.compile(r"^[ \t\u200b\u200c\u200d\u2060\ufeff]*[\u200b\u200c\u200d\u2060\ufeff][ \t]*")
#: A line that ends a sentence.
_SENTENCE_END = re.compile(r"[.!?]['\"’”)]?\s*$")
#: A line that ends a sentence, a clause or a lead-in: the next line starts one of its own.
_STOP = re.compile(r"[.;:!?]['\"’”)]?\s*$")


#: A line that ends in a word broken by a hyphen ("infor-"), and that word's first part.
_BROKEN = re.compile(r"(?:^|[\s(\"'])([^\W\d_]+)-$")
#: First parts that make a compound with the next line, so the hyphen stays ("self-" / "harm", "co-" / "worker",
#: "long-" / "term care"). Only heads that rarely end a syllable of a longer word: "ex-" / "cept", "part-" / "ner",
#: "pre-" / "vent" and "follow-" / "ing" are words broken at a line's end.
_COMPOUND_HEADS = frozenset("self well long co non court tele face".split())


#: Words of duty or choice: a line of four words or more with one of them is a sentence
#: ("Child abuse must be reported"), even without a full stop.
_SENTENCE_VERB = re.compile(r"\b(?:must|will|shall|may|might|cannot|can't|won't|should)\b", re.IGNORECASE)


#: A run of digits with the marks a phone number has between them ("1300 555 123", "(02) 9555"):
#: a quick test before ``facts.holds_contact``.
_NUMBER_RUN = re.compile(r"\d[\d \t().-]{5,}\d")


def is_heading_line(text: str) -> bool:
    """A short line with no full stop at its end: a title, not a sentence.

    A line that gives an email address or a phone number ("Phone: 1300 555 123",
    "Email: privacy@example.org") is what a heading such as "CONTACT" is over,
    not a title.
    """
    words = text.split()
    if not words or len(words) > (14 if text.rstrip().endswith("?") else 12) or _END.search(text.rstrip()):
        return False
    if _DATED_FIELD.search(text):
        return False
    if "@" in text or _NUMBER_RUN.search(text):
        from policy_lint.readers.facts import holds_contact

        if holds_contact(text):
            return False
    if len(words) >= 4 and not text.rstrip().endswith("?") and _SENTENCE_VERB.search(text) and not text.istitle():
        return False
    if text.rstrip().endswith("?") and len(words) > 14:
        return False
    return any(c.isalpha() for c in text)


#: Words that make a short line a statement, not a title: a verb of being or of duty, a negation, a
#: promise ("Your records are safe", "We never share anything", "Everything you say stays here").
_STATEMENT = re.compile(
    r"\b(?:is|are|am|was|were|isn't|aren't|be|stays?|remains?|will|must|may|might|can|cannot|can't|won't|never|always|not|"
    r"do|does|don't|doesn't|only)\b",
    re.IGNORECASE,
)
#: A subject that starts a statement ("We share your records with your insurer", "You have the right to ...").
_SUBJECT = re.compile(r"(?:we|you|i|they|he|she|it|everything|nothing|anything|all|no one|someone)\b", re.IGNORECASE)
#: A title that asks or names (what, when, how, who ...): a title with a verb in it ("When we may share").
_WH = re.compile(r"(?:what|when|why|how|who|whom|whose|where|which|if|exceptions?|limits?)\b", re.IGNORECASE)


def is_bold_title(text: str) -> bool:
    """A line set in bold that is a title ("Limits of confidentiality", "When we may share", "Will you tell
    anyone?"), not a statement in bold ("Everything you tell us is confidential", "We never share your records"):
    a claim written in bold is still a claim, and a heading is not read as one.
    """
    t = text.strip()
    if not is_heading_line(t):
        return False
    words = t.split()
    if t.endswith("?") or len(words) < 3 or _WH.match(t):
        return True
    if all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words):
        return True  # a title in title case ("Confidentiality Is Not Absolute" is a title as a page writes it)
    return not (_STATEMENT.search(t) or (len(words) >= 4 and _SUBJECT.match(t)))


#: Separators of a menu written on one line ("Home | About | Services").
_MENU_SEP = re.compile(r"\s(?:\||\u00b7|\u2022|\u00bb|/|>)\s")
#: Words of a page title: a short line that holds one is kept where menu lines are dropped.
_TITLE_WORDS = re.compile(r"polic|notice|confidential|privacy|practices|consent|agreement|limits|disclosure", re.IGNORECASE)


#: Words that end no line of a sentence: "The State of / California requires ..." goes on.
_GOES_ON = frozenset("a an the of to and or for by with in on at from that if when as is are be not our your their".split())


#: A number before a line ("4. CONTACT", "2) LIMITS"): with a title in capitals after it, alone, a numbered heading.
_NUMBER = re.compile(r"[ \t]*\(?\d{1,3}[.)][ \t]")


def _caps_title(text: str) -> bool:
    """A short title in capitals ("CONTACT", "LIMITATIONS ON CONFIDENTIALITY"), not a sentence."""
    t = text.strip()
    return t.isupper() and len(t.split()) <= 8 and is_heading_line(t)


def _menu_line(line: str) -> bool:
    """A line of three or more short items between separators, with no sentence in it."""
    items = _MENU_SEP.split(line.strip())
    if len(items) < 3 or _END.search(line.rstrip()):
        return False
    return all(0 < len(item.split()) <= 4 for item in items)


def _short(line: str) -> bool:
    """A menu item: a line of three words or fewer, with no sentence end and no title word."""
    t = line.strip()
    return bool(t) and len(t.split()) <= 3 and is_heading_line(t) and not _TITLE_WORDS.search(t)


#: Words that name a limit of confidentiality: a menu's items ("Home", "Fees", "Anxiety") hold none.
_LIMIT_WORD = re.compile(
    r"danger|harm|hurt|kill|injur|suicid|abus|neglect|court|subpoena|judge|\blaws?\b|legal|threat|risk|safety|"
    r"emergenc|warn|report|welfare|safeguard",
    re.IGNORECASE,
)


def _limits_list(short: list[str]) -> bool:
    """Short lines of which more than half name a limit ("Danger to yourself", "Danger to others", "Court order"):
    a list whose bullets were lost, under a title at the top of the text, not a menu to drop (lead22, session 22:
    a list under "Exceptions to confidentiality" with no blank line was dropped as a menu, and read nothing)."""
    return 2 * sum(1 for line in short if _LIMIT_WORD.search(line)) > len(short)


#: A title over the limits ("Exceptions to confidentiality", "Limits of Confidentiality", "When we may share").
_LIMITS_TITLE = re.compile(r"\b(?:limits?|limitations?|exceptions?)\b|^when (?:i|we)\b.*\b(?:share|disclos|break|tell)", re.IGNORECASE)


def _limits_title(line: str) -> bool:
    """A short line with no stop that names the limits: the title over a list of them whose bullets were lost."""
    t = line.strip()
    return bool(t) and not t.endswith("?") and is_heading_line(t) and bool(_LIMITS_TITLE.search(t))


def _plan(lines: list[tuple[int, str]]) -> tuple[set[int], set[int], set[int]]:
    """Which lines are menus (dropped), after which lines a block ends though no blank line follows, and
    which lines are list items that lost their bullets.

    * A line of links pasted from a menu ("Home | About | Contact") is dropped.
    * At the top and the bottom of the text (before the first sentence, after
      the last), a run of four or more lines with three or more short ones
      ("Home", "About us", "Suicide Prevention") is a menu: its short lines
      are dropped, the rest (the page's title) stay, each a block of its own.
      Read as policy text, a menu item could state a limit the page never
      explains.
    * Inside a paragraph, a line with no end mark that is much shorter than
      the longest line of its paragraph (under 80 %), followed by a line that starts with a
      capital, ends its block: a title over its text, or two policy lines
      pasted one under the other, are not one sentence.
    * A text whose paragraphs are not wrapped (three lines or more longer
      than ``_UNWRAPPED``: a web page copied from a browser, a document saved
      as text) has a block on every line. There, the lines under a lead-in
      (a line that ends in a colon), up to the next blank line, are the items
      of a list whose bullets were lost: a browser copies "<li>" without them.
    * Short lines under a title that names the limits, with no colon
      ("Exceptions to confidentiality" over "Danger to yourself" / "Court
      order"), more than half of them naming a limit, are such a list too,
      at the top of the text as well: they are not a menu.
    """
    drop: set[int] = set()
    split_after: set[int] = set()
    groups: list[list[int]] = []
    cur: list[int] = []
    for i, (_, line) in enumerate(lines):
        if not line.strip():
            if cur:
                groups.append(cur)
                cur = []
            continue
        if _menu_line(line):
            drop.add(i)
        cur.append(i)
    if cur:
        groups.append(cur)

    def sentence_group(g: list[int]) -> bool:
        return any(not is_heading_line(lines[i][1].strip()) for i in g if i not in drop)

    edge: list[int] = []  # the groups' places in ``groups``
    for k, g in enumerate(groups):  # from the top, up to the first group with a sentence
        if sentence_group(g):
            break
        edge.append(k)
    for k in range(len(groups) - 1, -1, -1):  # from the bottom
        if sentence_group(groups[k]):
            break
        edge.append(k)
    for k in edge:
        g = groups[k]
        short = [i for i in g if i not in drop and _short(lines[i][1])]
        # (a list under a limits title, in the run or just above it, is kept: "Exceptions to confidentiality" over
        # "Danger to yourself" / "Court order"; with no such title, a menu's "Court Reports" / "Risk Assessments" is
        # still a menu: review42a)
        # (a lead-in over the run counts as such a title: "What you say is private, except:" over "Danger to yourself")
        above = lines[groups[k - 1][-1]][1] if k > 0 else ""
        titled = _limits_title(above) or _lead_in(above) or any(
            _limits_title(lines[i][1]) or _lead_in(lines[i][1]) for i in g if i not in short)
        if len(g) >= 4 and len(short) >= 3 and not (titled and _limits_list([lines[i][1] for i in short])):
            drop.update(short)
            split_after.update(g)
    for g in groups:
        if len(g) < 2:
            continue
        longest = max(len(lines[i][1].strip()) for i in g)
        for a, b in zip(g, g[1:]):
            first, nxt = lines[a][1].strip(), lines[b][1].strip()
            if (
                first
                and nxt
                and not _END.search(first)
                and not first.endswith(("?", ":"))
                and (nxt[0].isupper() or nxt[0].isdigit())
                and len(first) < 0.8 * longest
                and first.split()[-1].lower() not in _GOES_ON
                and not BULLET.match(lines[b][1])
            ):
                split_after.add(a)
    items: set[int] = set()
    unwrapped = sum(1 for _, line in lines if len(line.strip()) > _UNWRAPPED) >= 3
    last = ""  # the last line with text before the group
    for g in groups:
        kept = [i for i in g if i not in drop]
        # the lines after a lead-in, two or more, up to a line that ends in a colon: in the group, or the
        # group under one
        run: list[int] = []
        lead = _lead_in(last)
        titled = not lead and _limits_title(last)  # a title over the run, with no colon ("Exceptions to confidentiality")
        for i in kept + [-1]:
            text = lines[i][1] if i >= 0 else ":"
            if _lead_in(text) or _limits_title(text):
                run_lines = [lines[k][1] for k in run]
                if lead and len(run) >= 2 and ((unwrapped and not _wrapped_run(run_lines)) or all(_whole_line(line) for line in run_lines)):
                    items.update(run)
                elif titled and len(run) >= 2 and all(is_heading_line(line.strip()) for line in run_lines) and _limits_list(run_lines):
                    items.update(run)
                lead = _lead_in(text)
                run, titled = [], not lead
            elif lead or titled:
                run.append(i)
        if kept:
            last = lines[kept[-1]][1]
    # (once, after the groups: done for each group, a page of many short lists took time in the square of its size)
    items -= {i for i in items if typed_bullet(lines[i][1])}
    return drop, split_after, items


#: The end of an item of a list that goes on to the next ("..., or", "...; and").
_ITEM_END = re.compile(r"(?:[,;]|[,;]?\s(?:or|and))$", re.IGNORECASE)


def _whole_line(line: str) -> bool:
    """A line that is a whole item, not a piece of a wrapped sentence: it starts with a capital or a digit, and
    it is a title or ends a sentence, a clause or an item ("Imminent danger to yourself or others", "The client
    is a danger to him/herself or to others, or")."""
    t = line.strip()
    return bool(t) and (t[0].isupper() or t[0].isdigit()) and (is_heading_line(t) or bool(_STOP.search(t)) or bool(_ITEM_END.search(t)))


#: A line wrapped by hand is long: a short item may end in "to" ("if a court orders me to").
_WRAPPED_CHARS = 40


def _wrapped_run(run: list[str]) -> bool:
    """True when lines under a lead-in are one sentence wrapped by hand, though the page has long lines too (a
    notice with a few long paragraphs and a wrapped one): a long line ends in a word that goes on, and the next
    line goes on in small letters ("when a court orders us to share it with the" / "judge ..."). A line that
    ends in any other word cannot be told from a list's item copied from a browser ("if a court orders it" /
    "if you are in danger"), which is left as it is."""
    for line, after in zip(run, run[1:]):
        t = line.strip()
        if _STOP.search(t) or _ITEM_END.search(t):
            continue  # a whole item, or one that goes on to the next ("... to yourself, or")
        if len(t) >= _WRAPPED_CHARS and t.split()[-1].lower() in _GOES_ON and after.strip()[:1].islower():
            return True
    return False


def _lead_in(line: str) -> bool:
    """A line that brings in what follows ("We may share without consent if:", "Exceptions:")."""
    return line.rstrip().endswith(":")


def read_text(text: str) -> Parsed:
    """Read plain ``text`` into blocks (offsets into ``text``)."""
    lines: list[tuple[int, str]] = []  # (offset, line without its break)
    for m in _LINE.finditer(text):
        line = m.group().rstrip("\r\n")
        if m.start() == len(text) and not line:
            break
        # marks that show nothing at a line's start ("\u200bAbuse", as site builders leave them) count as its indent:
        # the same length, so every offset holds, and the line's rules see its first letter
        lines.append((m.start(), _LEADING_MARKS.sub(lambda k: " " * len(k.group()), line)))
    drop, split_after, bare_items = _plan(lines)
    blocks: list[Block] = []
    builder: BlockBuilder | None = None
    kind = "paragraph"
    group_lines = 0

    group: list[tuple[int, str]] = []  # the lines of the open paragraph
    caps_item = False  # the open list item is one numbered line in capitals ("4. CONTACT")
    item_lead = 0  # how far the open list item's bullet is indented
    item_depth = 0  # how deep the open list item sits in the list's indents (0: the list's own)
    indents: list[int] = []  # the indents of the bullets of the open list, outermost first
    piece = False  # the open paragraph was split off the lines above it

    def keep(block: Block | None) -> None:
        if block is not None:
            blocks.append(block)

    def close(next_line: str = "") -> None:
        nonlocal builder, group_lines
        if builder is not None and kind == "list_item" and caps_item and group_lines == 1 and not BULLET.match(next_line):
            # a numbered title in capitals alone, over text and not over the next item of a
            # list: "4. CONTACT" / "Phone: 1300 555 123" (a list "1. CHILD ABUSE" / "2. ELDER
            # ABUSE" stays a list)
            keep(builder.build("heading", 2))
            builder = None
            group_lines = 0
            group.clear()
            return
        if (
            builder is not None
            and kind == "paragraph"
            and 1 < group_lines <= 3
            and all(is_heading_line(t) for _, t in group)
            # a line that starts in lower case goes on with the sentence above ("... is kept" / "confidential except where:")
            and not any(t.lstrip()[:1].islower() for _, t in group[1:])
        ):
            # a block of title lines ("CLINIC NAME" / "Notice of Privacy Practices"): one heading each
            for offset, line in group:
                lead = len(line) - len(line.lstrip())
                one = BlockBuilder()
                one.add_words(line[lead:], offset + lead)
                keep(one.build("heading", 2))
            builder = None
            group_lines = 0
            group.clear()
            return
        group.clear()
        if builder is not None:
            block = builder.build(kind)
            if block is not None:
                if kind == "list_item":
                    block.depth = item_depth
                if kind == "paragraph" and group_lines == 1 and not piece and is_heading_line(block.text):
                    block.kind = "heading"
                    block.level = 2
                blocks.append(block)
        builder = None
        group_lines = 0

    # The line with text above and below each line ("" at the edges), to tell a numbered
    # title from an item of a list.
    above: list[str] = []
    below: list[str] = [""] * len(lines)
    last = ""
    for j, (_, t) in enumerate(lines):
        above.append(last)
        if t.strip() and j not in drop:
            last = t
    last = ""
    for j in range(len(lines) - 1, -1, -1):
        below[j] = last
        if lines[j][1].strip() and j not in drop:
            last = lines[j][1]

    def next_text(i: int) -> str:
        """The next line with text after line ``i`` ("" at the end)."""
        return below[i]

    for i, (offset, line) in enumerate(lines):
        if not line.strip() or i in drop:
            close(next_text(i))
            continue
        if i - 1 in split_after:
            close(line)
        if _UNDERLINE.match(line):
            # A one-line paragraph underlined is a heading; so is a numbered line underlined
            # with as many marks ("3. Suspected abuse of a child" over "~~~~~~~~"), as render writes it.
            # (its own name: ``above`` is the list of every line's neighbour, read further down for later lines)
            over = lines[i - 1][1].strip() if i else ""
            heading_item = kind == "list_item" and len(line.strip()) >= 0.8 * len(over)
            if builder is not None and group_lines == 1 and (kind == "paragraph" or heading_item):
                block = builder.build("heading", _UNDERLINE_LEVEL[line.strip()[0]])
                if block is not None:
                    blocks.append(block)
                builder = None
                group_lines = 0
                continue
            close()
            continue
        if _RULE_LINE.match(line):
            close()  # the edge of a box: it ends the text above
            continue
        bullet = typed_bullet(line)
        if bullet is not None or i in bare_items:
            close(line)
            kind = "list_item"
            item_lead = len(line) - len(line.lstrip())
            # a bullet indented further than the one above starts a list inside that item ("1. ... to:" /
            # "   1. Provide a report"); one as far left as an earlier bullet goes back to that list
            while indents and indents[-1] > item_lead:
                indents.pop()
            if not indents or indents[-1] < item_lead:
                indents.append(item_lead)
            item_depth = len(indents) - 1
            start = bullet.end() if bullet is not None else item_lead  # an item that lost its bullet (_plan)
            caps_item = bullet is not None and bool(_NUMBER.match(line)) and _caps_title(line[start:]) and not BULLET.match(above[i])
            builder = BlockBuilder()
            builder.add_words(line[start:], offset + start)
            group_lines = 1
            continue
        if builder is not None and kind == "list_item" and caps_item and group_lines == 1 and not line[:1].isspace():
            close(line)  # "4. CONTACT" / "Privacy Officer, ...": a numbered title over its text
        if builder is not None and kind == "list_item" and len(line) - len(line.lstrip()) < item_lead:
            # a line further left than its item's bullet ("  - when the law requires it." over "In these
            # cases we ..."): the list is over, the line starts a paragraph
            close()
        elif (
            builder is not None
            and kind == "list_item"
            and len(line) - len(line.lstrip()) == item_lead
            and line.lstrip()[:1].isupper()
            and _SENTENCE_END.search(lines[i - 1][1]) is not None
        ):
            # a sentence that starts where the bullets do, after an item that ends in a full stop ("- ... such as a
            # court subpoena." over "In such cases the appropriate authorities are contacted ..."): the list is
            # over, the line starts a paragraph (real11: a Canadian EAP page written with no blank lines)
            close()
        lead = len(line) - len(line.lstrip())
        # a line that starts in lower case after one that ends with no stop goes on with its sentence, however long
        # either is: "... about abuse (physical, emotional, verbal, sexual, or other abuse)," / "whether to yourself or
        # to another minor, we are required by law to report it ..." (a school page copied with uneven breaks) (real11)
        goes_on = bool(group) and line[lead:lead + 1].islower() and _STOP.search(group[-1][1]) is None
        if builder is not None and not goes_on and (len(line) > _UNWRAPPED or (group and len(group[-1][1]) > _UNWRAPPED)):
            close()  # text that is not wrapped: each long line is a paragraph of its own
        if builder is None:
            kind = "paragraph"
            indents.clear()  # a paragraph ends the list above it
            builder = BlockBuilder()
            # a line split off the lines above it is no heading: "Threats to harm others must be reported"
            piece = i > 0 and bool(lines[i - 1][1].strip()) and i - 1 not in drop
        else:
            builder.space(offset)
            broken = _BROKEN.search(lines[i - 1][1])
            if broken is not None and line[lead:lead + 1].islower():
                # a word hyphenated at the end of a line (a PDF or Word copy): "the intended vic-" / "tim"
                builder.unhyphen(keep=broken.group(1).lower() in _COMPOUND_HEADS)
        builder.add_words(line[lead:], offset + lead)
        group_lines += 1
        group.append((offset, line))
    close()
    meta = {}
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is not None and blocks and blocks[0] is first:
        meta["heading"] = first.text
    return Parsed("text", blocks, meta)
