"""``policy-lint import``: a draft YAML policy from a web page or a document.

What goes where:

* each passage the core reads as stating a limit becomes a limit, in the
  page's order, with its category (or ``categories`` when it states several
  and the schema allows it), a title, and its text word for word as the
  explanation; a comment above it names the place in the source and the
  words that decided. The title is the page's own: the heading over this
  limit alone, else the words the item starts with when they only name it
  ("Danger to yourself. If I believe ..."); no two limits get the same
  title, and a limit with none of its own gets none;
* duties are filed by what each sentence says, as the core reads that
  sentence alone (``meaning.read_sentences``): "We will talk with you first."
  is ``before_disclosure``. A paragraph that is no limit and states a duty
  fills that ``notification`` field, with the same kind of comment; one that
  states several is written once, under the first it states, and the comment
  names the others (the duty rules read every passage in ``notification``,
  so check still finds them). A duty said only inside a limit ("If a judge
  orders it ... We will talk with you first.") stays in that limit, and its
  sentences fill the field when no other paragraph states that duty;
* the opening statement is ``confidentiality.summary``, the sentence on how
  to ask questions is ``questions``; every other paragraph goes, in order,
  to ``confidentiality.details``, but not a paragraph that only gives the
  effective date (that is ``clinic.effective_date``) nor a heading with no
  paragraph under it;
* general words the page reads as vague for a limit ("to keep that person
  safe" for duty_to_warn) stay where check reads them the same way: the
  draft is checked as check reads a policy (``meaning.coverage``), and a
  limit the page calls vague and the draft missing is fixed by filing the
  limit that holds those words under it too, or by moving the duty paragraph
  that holds them from ``notification`` to ``details`` (``_repairs``); a
  comment says so. What a policy cannot hold (a list's frame) is named in a
  comment instead;
* the clinic's name, email, phone and effective date are filled in when
  the text gives them, and its jurisdiction when ``check`` finds the place
  in the text (``policy_lint.jurisdictions``). What is not found is named in a comment, so the
  draft says what to add.

``_Draft`` reads the page once, places each passage (``place``, plain data;
again with the fixes of ``_repairs`` when there are some), then writes the
draft once (``write``), with ruamel.yaml's round-trip types (comments and order
kept), and returns it as text; the command writes it atomically, never over
the file it read (``policy_lint.fileio``). No click here.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["draft_policy", "DraftError"]


class DraftError(Exception):
    """The file cannot be made into a draft (not prose, or not readable)."""


def _schema_limit() -> tuple[set[str], set[str]]:
    """The fields a limit may have, and those it must have, in the shipped schema."""
    from policy_lint.resources import load_schema

    schema = load_schema("confidentiality-policy.schema.json")
    limit = schema.get("$defs", {}).get("limit", {})
    return set(limit.get("properties", {})), set(limit.get("required", []))


def _where(doc: Any, block: int, span: tuple[int, int] | None = None) -> str:
    start, _ = doc.place(block, span or (0, len(doc.block_at(block).text)))
    label = getattr(start, "label", None)
    where = f"{label}, character {start.column}" if label else f"line {start.line}"
    if block < len(doc.blocks) or any(part in str(label or "") for part in ("header", "footer")):
        return where  # a Word file's "footer, paragraph 1" says so already (trial 37)
    return f"{where}, in the page's header or footer"


def _quoted(text: str) -> str:
    """A short quote of a block for a comment (one line)."""
    text = " ".join(text.split())
    return f'"{text[:60]}..."' if len(text) > 60 else f'"{text}"'


def _words(words: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{w}"' for w in words)


#: The most words a cell of a table's header row holds ("Who", "What we do").
_HEADER_WORDS = 4


def _header_row(blocks: Any, i: int) -> bool:
    """True for the header row of a table ("Who | What we do"): the first row, over more rows, of short cells with no sentence.

    It labels the columns; it says nothing to copy into ``details``.
    """
    block = blocks[i]
    if block.kind != "table_row" or (i > 0 and blocks[i - 1].kind == "table_row") or i + 1 >= len(blocks) or blocks[i + 1].kind != "table_row":
        return False
    # (the cells are joined by ". ", or by ": " after a first cell that only names something: join_row)
    cells = [c.strip() for c in re.split(r"(?<=[^\s.!?])[.:] ", block.text)]
    if len(cells) < 2:
        return False
    return all(c and len(c.split()) <= _HEADER_WORDS and not c.endswith((".", "!", "?")) for c in cells)


#: A blank to fill in ("Signature: ______"): a line of a form to sign, not policy text.
_BLANK = re.compile(r"_{3,}|\.{6,}")
#: A price ("$160", "£ 80", "120 dollars"): a line about fees.
_MONEY = re.compile(r"[$£€]\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:dollars|CAD|AUD|USD|GBP|NZD)\b")
#: Fees, payment for sessions, appointment and cancellation rules.
_BOOKING = re.compile(r"\b(?:fees?|cancel\w*|no[- ]shows?|missed (?:appointments?|sessions?)|late arrivals?|reschedul\w*|per session|sliding scale)\b", re.I)


def _form_matter(blocks: Any, i: int) -> bool:
    """True for a fee, appointment or cancellation line, or a line to sign and date.

    A row of a table that shows a price anywhere is part of a fee table. These lines
    tell a client what a session costs or where to sign, not who may see what.
    """
    text = blocks[i].text
    if _BLANK.search(text) or _MONEY.search(text) or _BOOKING.search(text):
        return True
    if blocks[i].kind != "table_row":
        return False
    start = i
    while start > 0 and blocks[start - 1].kind == "table_row":
        start -= 1
    end = i
    while end + 1 < len(blocks) and blocks[end + 1].kind == "table_row":
        end += 1
    return any(_MONEY.search(blocks[k].text) for k in range(start, end + 1))


def _headlike(blocks: Any, i: int) -> bool:
    """True when block ``i`` only heads what follows: a heading, or a short line in capitals
    with no end mark ("Breach Notification") over a paragraph, and not one of a list."""
    block = blocks[i]
    if block.kind == "heading":
        return True
    text = block.text.strip()
    words = text.split()
    if not words or len(words) > 10 or text[-1] in ".!?:;,)\"'":
        return False
    if any(w[:1].islower() for w in words if len(w) > 3):
        return False
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    before = blocks[i - 1] if i > 0 else None
    return after is not None and after.kind == "paragraph" and not (block.kind == "list_item" and before is not None and before.kind == "list_item")


def _only_the_date(text: str, span: tuple[int, int] | None) -> bool:
    """True when a paragraph says no more than when the policy takes effect ("Effective as of March 1, 2026.")."""
    if span is None:
        return False
    left = text[: span[0]] + " " + text[span[1] :]
    left = re.sub(
        r"(?i)\b(?:this|our|the|notice|policy|privacy|agreement|document|form|statement|is|was|last|updated|revised|reviewed|date|dated|effective|in|effect|"
        r"takes|took|as|of|on|from|since|starting|beginning|applies|apply|applied|force|valid|comes|came|into|with)\b",
        " ",
        left,
    )
    return not re.search(r"\w", left)


def _block(passage: Any) -> int:
    """The block a passage of a page comes from (its pointer is ``/blocks/N``)."""
    return int(passage.pointer.rsplit("/", 1)[1])


def _frames(reading: Any) -> dict[int, str | None]:
    """The block of each passage the core read, and the frame of its list (None: none)."""
    return {_block(p): p.frame for p in reading.passages}


_DUTY_ORDER = ("at_intake", "before_disclosure", "after_disclosure", "minimum_necessary")


def _duties(doc: Any, reading: Any) -> list[tuple[int, list[tuple[str, tuple[str, ...], str]]]]:
    """For each passage block, in page order, the duties it states: ``(duty, words, sentences)``, each once.

    Each sentence is read alone by the core (``meaning.read_sentences``), so a
    duty is filed by the sentence that says it: "If a judge orders it, we must
    follow the order. We will talk with you first." states before_disclosure
    in its second sentence, whatever the two sentences read together suggest.
    ``sentences`` are the words of the sentences that state the duty.
    """
    from policy_lint.meaning import framed, read_sentences, topic_kind

    out: list[tuple[int, list[tuple[str, tuple[str, ...], str]]]] = []
    for passage in reading.passages:
        block = _block(passage)
        text = doc.blocks[block].text
        found: dict[str, tuple[tuple[str, ...], list[str]]] = {}
        for (a, b), said in read_sentences(text):
            for st in framed(said, passage.frame, text):
                if st.stance != "states" or topic_kind(st.topic) != "duty" or st.topic not in _DUTY_ORDER:
                    continue
                words, where = found.setdefault(st.topic, (tuple(st.words), []))
                if text[a:b].strip() not in where:
                    where.append(text[a:b].strip())
        if found:
            out.append((block, [(duty, words, " ".join(where)) for duty, (words, where) in found.items()]))
    return out


#: List numbering before a heading's words ("1. Confidentiality", "2) Fees", "IV. Records", "Section 3:"): no part of a title.
_NUMBERING = re.compile(r"^\s*(?:(?:section|part|article|§)\s*)?(?:\d+(?:\.\d+)*|[ivxlc]{1,6}|[a-h])(?:[.):]|\.\)|\s+-)\s+(?=\S)", re.IGNORECASE)


#: A table row's label: its first cell, before the colon ``readers.blocks.join_row`` puts after a cell that only names the row.
_ROW_LABEL = re.compile(r"([^.!?:;]+?): (?=\S)")


def _unnumbered(text: str) -> str:
    """A heading's words without the list numbering before them ("1. Confidentiality" -> "Confidentiality")."""
    return _NUMBERING.sub("", text.strip(), count=1).strip()


def _titles(found_limits: list[Any], blocks: Any, page_limits: list[Any] = ()) -> dict[int, str]:
    """A title for each limit's block, from the page where it has one; no two the same.

    The heading over this limit alone (a heading over several limits names the
    section, not each limit; a heading the page repeats names none), else the
    words the passage starts with when they only name it ("Danger to yourself.
    If I believe ..."). Else none: a title is not required, and a category's
    name ("Abuse or neglect of an older adult") would say more than the page
    does (render makes the same choice). A heading's list numbering ("1.") is
    no part of its title. Limits are counted under a heading as the page has
    them (``page_limits`` too), before any is left out of the draft.
    """
    from policy_lint.meaning import names_only, read_passage, read_sentences

    per_heading: dict[int, int] = {}
    counted = {f.block: f for f in page_limits}
    counted.update({f.block: f for f in found_limits})
    for found in counted.values():
        if found.heading is not None:
            per_heading[found.heading] = per_heading.get(found.heading, 0) + 1
    heading_texts = [_unnumbered(blocks[h].text) for h, n in per_heading.items() if n == 1]
    out: dict[int, str] = {}
    used: set[str] = set()
    for found in found_limits:
        choices: list[str] = []
        if found.heading is not None and _heading_speaks(found, blocks, read_passage):
            # The heading states a limit its text does not ("Child abuse" over "We report it."):
            # it must stay the title, even a second time, or the draft would lose what the page says.
            out[found.block] = _unnumbered(blocks[found.heading].text)
            used.add(out[found.block].lower())
            continue
        if found.heading is not None and per_heading[found.heading] == 1:
            heading = _unnumbered(blocks[found.heading].text)
            if heading and heading_texts.count(heading) == 1:
                choices.append(heading)
        text = blocks[found.block].text
        sentences = read_sentences(text)
        label = _ROW_LABEL.match(text) if blocks[found.block].kind == "table_row" else None
        if label is not None:
            # a table row's first cell, when it only names the row ("Child abuse: We report to CPS"; join_row)
            lead = label.group(1).strip()
            if lead and len(lead.split()) <= 8 and names_only(lead):
                choices.insert(0, lead)
        elif len(sentences) > 1:
            a, b = sentences[0][0]
            lead = _unnumbered(text[a:b].strip().rstrip(".:;").strip())
            if lead and len(lead.split()) <= 8 and names_only(lead):
                # A line in body type over the limit (a PDF's "Breach Notification") is a
                # weaker title than the limit's own lead-in ("Psychotherapy Notes.").
                choices.insert(0 if found.heading is not None and blocks[found.heading].kind != "heading" else len(choices), lead)
        for choice in choices:
            if choice.lower() not in used:
                out[found.block] = choice
                used.add(choice.lower())
                break
    return out


def _heading_speaks(found: Any, blocks: Any, read_passage: Any) -> bool:
    """True when a category of the limit comes from its heading alone, not from its own text."""
    said = read_passage(blocks[found.block].text)
    own = {st.topic for st in said if st.stance == "states"}
    above = {st.topic for st in read_passage(blocks[found.heading].text) if st.stance == "states"}
    if blocks[found.heading].text.rstrip().endswith("?"):
        # an FAQ's question over its answer names the limits it asks about (meaning.answered_question)
        from policy_lint.meaning import answered_question

        above |= {named[0] for named in answered_question(blocks[found.heading].text, blocks[found.block].text, said) or ()}
    return any(c in above and c not in own for c in found.categories)


def draft_policy(path: str, *, display: str | None = None, jurisdiction: str | None = None) -> str:
    """The draft policy, as YAML text, for the prose file at ``path``.

    ``jurisdiction``: the place to write when the text names none (``import --jurisdiction``).

    Raises:
        DraftError: the file is YAML or JSON already, or cannot be read.
    """
    import io

    from ruamel.yaml import YAML

    from policy_lint.loading import load_path
    from policy_lint.readers import prose_format

    shown = display or path
    if prose_format(path) is None:
        raise DraftError(f"{shown}: import reads web pages and documents (.html, .md, .txt, .docx, .pdf). This file is YAML or JSON already: check it with 'policy-lint check'.")
    loaded = load_path(path, display=shown)
    doc = loaded.document
    if doc is None:
        problem = loaded.problems[0]
        hint = f" {problem.hint}" if problem.hint else ""
        raise DraftError(f"{loaded.where(problem, shown)}: {problem.message}{hint}")
    # Where each passage goes; when check would read that other than the page, where it
    # goes with the fixes (_repairs). The page is read once and the draft written once.
    draft = _Draft(doc, path, shown, jurisdiction)
    layout = draft.place(_Fixes())
    fixes = _repairs(doc, layout)
    if fixes:
        layout = draft.place(fixes)
    out = draft.write(layout, fixes)

    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    buf = io.StringIO()
    yaml.dump(out, buf)
    # ruamel.yaml folds a long plain value at a space and leaves that space at the end of the
    # line ("is treated in \n  confidence."). YAML reads the line break as that space, so
    # the value is the same without it; a trailing-whitespace hook would rewrite the file.
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


class _Fixes:
    """What ``_repairs`` changes in a draft so that check reads a vague limit as on the page.

    Each maps a block to the hinted limits and the words that hint at them:
    ``extra``, a limit's block, also filed under them; ``demoted``, a paragraph that
    states a duty, in details instead of notification; ``held``, a heading over
    several limits, kept in details; ``tails``, a list's tail, a limit of its own;
    ``alone``, a paragraph of details that only names limits in general words, a limit of its own.
    """

    __slots__ = ("extra", "demoted", "held", "tails", "alone")

    def __init__(self) -> None:
        self.extra: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        self.demoted: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        self.held: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        #: the paragraph just after a list that names a danger to others, which names in general words whom we
        #: would contact (``meaning.WARN_TAIL``): a limit filed under duty_to_warn, read so (``meaning.LIMITS_TAIL``)
        self.tails: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        #: a paragraph that only names limits in general words, which details (one text) would read otherwise:
        #: a limit of its own, filed under them, so it is read alone as on the page
        self.alone: dict[int, list[tuple[str, tuple[str, ...]]]] = {}

    def __bool__(self) -> bool:
        return bool(self.extra or self.demoted or self.held or self.tails or self.alone)


class _Layout:
    """Where each passage of the page goes in the draft, for one set of fixes (``_Draft.place``).

    ``data`` holds what check reads in the draft (``confidentiality``, ``limits``,
    ``notification``, ``questions``) as plain values. ``_repairs`` reads it, and
    ``_Draft.write`` writes these same values with their comments, so the draft says
    what ``_repairs`` read. ``limits`` and ``notes`` are the blocks filed as limits
    (with their titles) and as notification fields; ``details`` the blocks kept in
    details.
    """

    __slots__ = ("data", "limits", "filed", "notes", "details", "hinted", "inside", "form", "treats")

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.limits: list[tuple[int, str | None]] = []
        #: the categories each limit's block is filed under
        self.filed: dict[int, list[str]] = {}
        self.notes: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        self.details: list[int] = []
        #: for each limit's block, the limits its words only hint at (``_Fixes.extra``)
        self.hinted: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
        #: duties said only inside a limit: the duty, its block, its sentence and the words that decided
        self.inside: dict[str, tuple[int, str, tuple[str, ...]]] = {}
        self.form: list[int] = []
        self.treats: list[int] = []


class _Draft:
    """The draft of one page: what it reads once, where each passage goes (``place``), and the YAML (``write``).

    ``place`` is pure and cheap: ``draft_policy`` calls it again with the fixes
    ``_repairs`` finds, and writes the draft once.
    """

    def __init__(self, doc: Any, path: str, shown: str, jurisdiction: str | None) -> None:
        from policy_lint.packs import load_pack
        from policy_lint.readers.facts import policy_date

        self.doc, self.path, self.shown, self.jurisdiction = doc, path, shown, jurisdiction
        reading = self.reading = doc.reading
        facts = doc.facts
        blocks = self.blocks = doc.blocks
        self.fields, self.required = _schema_limit()
        self.categories = load_pack("base").categories
        #: the pack of the draft's place and the words it adds to limits (``accepted_in``), once worked out
        self._added: tuple[str | None, dict[str, tuple[str, ...]]] | None = None
        self.questions = facts.get("/questions")
        self.summary = facts.get("/confidentiality/summary") or _opening_statement(blocks, self.questions)
        effective = self.effective = facts.get("/clinic/effective_date")
        self.when = policy_date(str(effective.value)) if effective is not None else None
        # The opening statement and the questions sentence are written as such, and check
        # reads what they state there, limits too: a passage goes to one place.
        self.own = {f.block for f in (self.summary, self.questions) if f is not None}
        self.frames_all = _frames(reading)
        self.contra = _contradictions(doc, reading, self.frames_all)
        self.plan = _plan_limits(doc, reading, self.own, self.contra)
        self.limit_blocks = {f.block for f in self.plan.limits}
        self.duties = _duties(doc, reading)
        self.titles_of = _titles(self.plan.limits, blocks, reading.limits)

    def limits_with(self, fixes: _Fixes) -> list[Any]:
        """The limits of the draft with ``fixes``, in page order: the plan's, and each list's tail (``_Fixes.tails``)."""
        if not fixes.tails and not fixes.alone:
            return self.plan.limits
        from policy_lint.readers.structure import LimitFound

        under = _heading_of(self.blocks)
        tails = [LimitFound(b, [t for t, _ in said], [(0, len(self.blocks[b].text))] * len(said), [w for _, w in said], under[b]) for b, said in [*fixes.tails.items(), *fixes.alone.items()]]
        return sorted([*self.plan.limits, *tails], key=lambda f: f.block)

    def place(self, fixes: _Fixes) -> _Layout:
        """Where each passage goes, with ``fixes`` (see ``_repairs``)."""
        from policy_lint.meaning import read_passage

        doc, blocks, plan, own, duties, held = self.doc, self.blocks, self.plan, self.own, self.duties, fixes.held
        found_limits = self.limits_with(fixes)
        limit_blocks = {f.block for f in found_limits}
        layout = _Layout()
        data = layout.data
        conf: dict[str, Any] = {}
        if self.summary is not None:
            conf["summary"] = blocks[self.summary.block].text
        written: set[str] = {d for block, stated in duties if block in own for d, _, _ in stated}
        # The paragraphs that fill a notification field: for each duty, the first paragraph
        # that states it and is no limit. One that states only duties already written goes
        # to details (its words stay).
        note_blocks = layout.notes
        for block, stated in duties:
            if block in limit_blocks or block in own or block in plan.repeats:
                continue
            if block in fixes.demoted:
                written.update(d for d, _, _ in stated)  # it goes to details, and states them there
                continue
            new = [(d, w) for d, w, _ in stated if d not in written]
            if new:
                note_blocks[block] = new + [(d, w) for d, w, _ in stated if d in written]
                written.update(d for d, _, _ in stated)
        # A duty said only inside a limit: its sentences fill the field (the limit keeps its words too).
        inside = layout.inside
        for block, stated in duties:
            if block in limit_blocks and block not in own:
                for duty, words, sentence in stated:
                    if duty not in written and duty not in inside:
                        inside[duty] = (block, sentence, words)
        taken = limit_blocks | set(note_blocks) | own | plan.repeats
        # The rest, in order: paragraphs that state no limit or duty, and headings the core
        # read (over text that says something) that are no limit's title.
        titles = {f.heading for f in plan.limits if f.heading is not None}
        passages = set(self.frames_all)
        effective = self.effective
        if self.when is not None and effective is not None and effective.block is not None and _only_the_date(blocks[effective.block].text, effective.span):
            taken.add(effective.block)  # "Effective as of ..." is clinic.effective_date, not details
        # A list of what you treat ("Specialties: - Child abuse") is no limit: it stays out
        # of details, and a comment lists it, so the draft says what it left out and why.
        # An item that only names a limit ("- Child abuse" under no frame) stays in details
        # as a list item, where check reads it as the page does (meaning.TEXT_LISTS: vague).
        frames = {i: f for i, f in self.frames_all.items() if f is not None}
        layout.treats = [i for i, f in frames.items() if f == "quiet" and i not in taken]
        # Fees, appointment and cancellation rules, and lines to sign and date are no
        # confidentiality text: left out, and a comment names them (nothing is lost unseen).
        # Only lines the core reads nothing in: a line that states or hints at a limit stays.
        layout.form = [i for i, b in enumerate(blocks) if i not in taken and b.kind != "heading" and i not in plan.headlike and _form_matter(blocks, i) and not read_passage(b.text)]
        taken |= set(layout.treats) | set(layout.form)
        kept = [
            (b.kind == "heading" or i in plan.headlike, i)
            for i, b in enumerate(blocks)
            if i not in taken and not _header_row(blocks, i) and (b.kind != "heading" or (i in passages and i not in titles) or i in held)
        ]
        # A heading stays only over a paragraph of its own that stays: headings alone, or over
        # a section that went elsewhere (the opening statement, limits), are no details.
        # A paragraph the draft already has word for word is not written twice.
        under = _heading_of(blocks)
        seen = {_same(blocks[i].text) for i in taken if i < len(blocks)}
        rest = layout.details
        for k, (heading, i) in enumerate(kept):
            if heading and i not in held and not (k + 1 < len(kept) and not kept[k + 1][0] and under[kept[k + 1][1]] == i):
                continue
            if not heading and _same(blocks[i].text) in seen:
                continue
            seen.add(_same(blocks[i].text))
            rest.append(i)
        if rest:
            conf["details"] = _details_text(blocks, rest)
        if conf:
            data["confidentiality"] = conf

        limits: list[dict[str, Any]] = []
        for found in found_limits:
            item: dict[str, Any] = {}
            hinted = layout.hinted[found.block] = [(c, w) for c, w in fixes.extra.get(found.block, []) if c not in found.categories]
            cats = [*found.categories, *(c for c, _ in hinted)]
            if len(cats) > 1 and "categories" in self.fields:
                item["categories"] = cats
            else:
                item["category"] = cats[0]
            title = self.titles_of.get(found.block)
            if title:
                item["title"] = title
            elif "title" in self.required:
                item["title"] = self.categories[found.categories[0]].label if found.categories[0] in self.categories else found.categories[0]
            item["explanation"] = blocks[found.block].text
            limits.append(item)
            if len(cats) > 1 and "categories" not in self.fields:
                # One limit per category, each with the same text, where the schema has no list of categories.
                limits += [{"category": cat, **({"title": item["title"]} if "title" in item else {}), "explanation": item["explanation"]} for cat in cats[1:]]
            layout.limits.append((found.block, title))
            layout.filed[found.block] = cats
        if limits:
            data["limits"] = limits
        # A paragraph that states several duties is written once, under the first duty it
        # states; a comment names the others. The duty rules read every passage in
        # notification, so check still finds them there.
        notes = {stated[0][0]: blocks[block].text for block, stated in note_blocks.items()}
        for duty, (_, sentence, _) in sorted(inside.items(), key=lambda kv: _DUTY_ORDER.index(kv[0]) if kv[0] in _DUTY_ORDER else 99):
            notes[duty] = sentence
        if notes:
            data["notification"] = notes
        if self.questions is not None:
            data["questions"] = blocks[self.questions.block].text
        return layout

    def accepted_in(self, text: str) -> dict[str, tuple[str, str]]:
        """The limits whose words the pack of the draft's place adds (``add_terms``) that ``text`` holds: {limit: (pack, term)}.

        Filed under such a limit, the words state it in a policy (``rules.kinds.meaning.pack_terms``); on the page
        they stay vague, and the pack accepts them."""
        from policy_lint.jurisdictions.select import pack_for
        from policy_lint.jurisdictions.where import jurisdiction_of
        from policy_lint.packs import load_pack
        from policy_lint.rules.kinds.core import _terms_regex
        from policy_lint.rules.kinds.meaning import added_terms

        if self._added is None:
            where = jurisdiction_of(self.doc)
            name, _ = pack_for(where.code if where is not None else self.jurisdiction)
            self._added = (name, added_terms(load_pack(name)) if name else {})
        name, added = self._added
        out: dict[str, tuple[str, str]] = {}
        for topic, terms in added.items():
            match = _terms_regex(tuple(t.lower() for t in terms)).search(text)
            if match is not None and name:
                out[topic] = (name, match.group(0))
        return out

    def write(self, layout: _Layout, fixes: _Fixes) -> Any:
        """The draft as ruamel.yaml round-trip data: ``layout``'s values, in order, with the comments that say where each came from."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        from ruamel.yaml.scalarstring import LiteralScalarString

        doc, blocks, plan, contra, categories, duties = self.doc, self.blocks, self.plan, self.contra, self.categories, self.duties
        data = layout.data
        out = CommentedMap()
        out["schema_version"] = 1
        out.yaml_set_start_comment(
            f"A draft made by policy-lint import from {self.shown}.\n"
            "Read it, fix what it got wrong, then run: policy-lint check on this file.\n"
            "Each limit and duty names the place in the source and the words that decided."
        )
        self._write_clinic(out)

        conf = CommentedMap()
        said_conf = data.get("confidentiality", {})
        if "summary" in said_conf:
            conf["summary"] = said_conf["summary"]
        rest = layout.details
        if "details" in said_conf:
            conf["details"] = LiteralScalarString(said_conf["details"])
            said = _details_notes(
                doc,
                [i for i in rest if i in plan.restated],
                {i: contra[i] for i in rest if i in contra},
                {i: (fixes.demoted[i], [d for b, st in duties if b == i for d, _, _ in st]) for i in rest if i in fixes.demoted},
                {i: fixes.held[i] for i in rest if i in fixes.held},
                {i: plan.again[i] for i in rest if i in plan.again},
                self._spoken(rest, fixes, data),
            )
            if said:
                conf.yaml_set_comment_before_after_key("details", before=said, indent=2)
        summary = self.summary
        if "summary" in conf and summary is not None:
            said = _own_notes(doc, summary.block, contra, plan.filed, self.reading)
            if said:
                conf.yaml_set_comment_before_after_key("summary", before=said, indent=2)
        if conf:
            out["confidentiality"] = conf

        limits = CommentedSeq()
        items = iter(data.get("limits", []))
        for found in self.limits_with(fixes):
            hinted = layout.hinted[found.block]
            cats = [*found.categories, *(c for c, _ in hinted)]
            limits.append(CommentedMap(next(items)))
            if found.block in fixes.tails:
                lines = [f"From {_where(doc, found.block)}. {_tail_note(fixes.tails[found.block])}"]
            elif found.block in fixes.alone:
                lines = [f"From {_where(doc, found.block)}. {_alone_note(fixes.alone[found.block], categories)}"]
            elif found.block in plan.opposite:
                lines = [f"From {_where(doc, found.block)}. {_opposite_note(contra[found.block], categories)}"]
            else:
                said = "; ".join(f"{_label(cat, categories)}: {_words(words)}" for cat, words in zip(found.categories, found.words))
                lines = [f"From {_where(doc, found.block)}. The words that decided: {said}."]
                if found.block in plan.trimmed:
                    lines.append(f"It also speaks of {_labels(plan.trimmed[found.block], categories)}. Another limit covers that, and this policy lists each kind of limit once.")
                if found.block in contra:
                    lines.append(_opposite_note(contra[found.block], categories))
            lines += _hint_notes(hinted, categories, self.accepted_in(blocks[found.block].text))
            limits.yaml_set_comment_before_after_key(len(limits) - 1, before=_fill("\n".join(lines)), indent=2)
            if len(cats) > 1 and "categories" not in self.fields:
                for cat in cats[1:]:
                    limits.append(CommentedMap(next(items)))
                    limits.yaml_set_comment_before_after_key(len(limits) - 1, before=f"The same passage ({_where(doc, found.block)}) also states {cat}.", indent=2)
        if limits:
            out["limits"] = limits
        left = []
        if layout.form:
            left.append(
                "Left out: fees, appointment and cancellation rules, and lines to sign and date ("
                + "; ".join(_quoted(blocks[i].text) for i in layout.form)
                + "). They are not about who sees your clients' information. Keep them on your intake form."
            )
        if layout.treats:
            left.append("Left out: a list under a heading or line about what you treat or offer, not about limits (" + "; ".join(_quoted(blocks[i].text) for i in sorted(layout.treats)) + ").")
        notes = CommentedMap()
        for duty, text in data.get("notification", {}).items():
            notes[duty] = text
        for block, stated in layout.notes.items():
            duty, words = stated[0]
            lines = [f"From {_where(doc, block)}. The words that decided: {_words(words)}."]
            lines += [f"It also states notification.{other} ({_words(more)}): this paragraph covers it, so it is not written again." for other, more in stated[1:]]
            if block in contra:
                lines.append(_fill(_opposite_note(contra[block], categories)))
            notes.yaml_set_comment_before_after_key(duty, before="\n".join(lines), indent=2)
        for duty, (block, _, words) in layout.inside.items():
            notes.yaml_set_comment_before_after_key(
                duty,
                before=f"From {_where(doc, block)}, inside a limit: no other paragraph says it. The words that decided: {_words(words)}. Say it for every limit if it holds for all.",
                indent=2,
            )
        if notes:
            out["notification"] = notes
        questions = self.questions
        if questions is not None:
            out["questions"] = data["questions"]
            out.yaml_add_eol_comment(f"from {_where(doc, questions.block)}", "questions")
            said = _own_notes(doc, questions.block, contra, plan.filed, self.reading) if questions.block != (summary.block if summary is not None else None) else ""
            if said:
                out.yaml_set_comment_before_after_key("questions", before=said)

        if left:
            import textwrap

            left = [textwrap.fill(line, width=96, break_long_words=False, break_on_hyphens=False) for line in left]
            after = next(k for k in ("limits", "notification", "questions", "confidentiality", "clinic") if k in out)
            out.yaml_set_comment_before_after_key(after, before="\n".join(left))
        return out

    def _spoken(self, rest: list[int], fixes: _Fixes, data: dict[str, Any]) -> dict[int, list[tuple[str, str, tuple[str, ...], str]]]:
        """What each paragraph kept in details states, or names in general words, that no other comment explains.

        Trial 10: a Texas paragraph on a threat to another person went to
        details with no word on why. Each topic gets the reason it is not a
        limit or a notification field here: (topic, stance, words, reason),
        where reason is "limit" (a limit covers it), "field" (a notification
        field has it), or "" (policy-lint did not read it as one of its own).
        """
        from policy_lint.meaning import framed, read_passage

        plan, contra, blocks = self.plan, self.contra, self.blocks
        commented = set(plan.restated) | set(contra) | set(fixes.demoted) | set(fixes.held) | set(plan.again)
        filed = {c for item in data.get("limits", []) for c in ([item["category"]] if "category" in item else item.get("categories", []))}
        fields = set(data.get("notification", {}))
        out: dict[int, list[tuple[str, str, tuple[str, ...], str]]] = {}
        for i in rest:
            if i in commented or blocks[i].kind == "heading":
                continue
            said: dict[str, tuple[str, str, tuple[str, ...], str]] = {}
            for st in framed(read_passage(blocks[i].text), self.frames_all.get(i), blocks[i].text):
                if st.stance not in ("states", "vague") or st.topic in said or not (st.topic in self.categories or st.topic in _DUTY_ORDER):
                    continue  # only limits and duties: "Effective 1 May" states a date, and needs no comment
                reason = "limit" if st.topic in filed else "field" if st.topic in fields else ""
                said[st.topic] = (st.topic, st.stance, tuple(st.words), reason)
            if said:
                out[i] = list(said.values())
        return out

    def _write_clinic(self, out: Any) -> None:
        """The clinic's name, place, contact and date, each with a comment that says where it came from, and what is missing."""
        from ruamel.yaml.comments import CommentedMap

        from policy_lint.jurisdictions.where import jurisdiction_of
        from policy_lint.readers.facts import name_from_file

        doc, blocks, facts = self.doc, self.blocks, self.doc.facts
        clinic = CommentedMap()
        name = facts.get("/clinic/name")
        if name is not None:
            clinic["name"] = name.value
        else:
            # A file name is a practice's name only when it says so ("sunset-counseling.md");
            # "confidentiality.md" or "index.html" names a kind of page. Else a placeholder
            # that check reports (TXT001) until the owner writes the name: never a made-up one.
            from_file = name_from_file(self.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0])
            clinic["name"] = from_file or NAME_PLACEHOLDER
            clinic.yaml_add_eol_comment("from the file name: check it" if from_file else "not in the text: write your practice's name here", "name")
        # The place as check works it out from the text (policy_lint.jurisdictions), so the
        # draft is checked against the same pack as the page.
        where = jurisdiction_of(doc)
        missing: list[str] = []
        if where is not None:
            clinic["jurisdiction"] = where.code
            said = f': "{where.evidence}"' if where.evidence else ""
            found = doc.block_of(where.pointer) if where.pointer.startswith(("/blocks/", "/outside/")) else None
            place = f" ({_where(doc, found[0], where.span)})" if found is not None else ""
            clinic.yaml_add_eol_comment(f"from the text{place}{said}", "jurisdiction")
        elif self.jurisdiction:
            clinic["jurisdiction"] = self.jurisdiction
            clinic.yaml_add_eol_comment("from --jurisdiction", "jurisdiction")
        else:
            missing.append("jurisdiction (your state, such as US-CA, or give import --jurisdiction)")
        clinic["language"] = "en"
        contact = CommentedMap()
        short_phone = ""
        for key in ("email", "phone"):
            fact = facts.get(f"/clinic/contact/{key}")
            if fact is not None:
                if key == "phone" and not _phone_fits(str(fact.value)):
                    short_phone = str(fact.value)  # "ext. 4410": a number for callers inside, not a field's whole number
                    continue
                contact[key] = fact.value
                contact.yaml_add_eol_comment(f"from {_where(doc, fact.block, fact.span)}", key)
        if contact:
            clinic["contact"] = contact
        elif short_phone:
            missing.append(f"contact (an email address, or the whole phone number: the text gives only '{short_phone}')")
        else:
            missing.append("contact (an email address or a phone number)")
        # The date check finds (DOC004), written as the schema wants it (YYYY-MM-DD).
        unreal = ""
        effective, when = self.effective, self.when
        if effective is not None and when is not None:
            clinic["effective_date"] = when[0]
            said = f"from {_where(doc, effective.block, effective.span)}: {_quoted(_date_words(blocks[effective.block].text, effective.span))}" if effective.block is not None else "from the text"
            if not when[1]:
                said += " (no day is given, so this is the 1st)"
            clinic.yaml_add_eol_comment(said, "effective_date")
        elif effective is not None and effective.block is not None:
            missing.append("effective_date (the date the policy takes effect, as YYYY-MM-DD)")
            unreal = f"The text says {_quoted(_date_words(blocks[effective.block].text, effective.span))}, which is not a real date."
        else:
            missing.append("effective_date (the date the policy takes effect, as YYYY-MM-DD)")
        out["clinic"] = clinic
        if missing:
            out.yaml_set_comment_before_after_key("clinic", after="Not found in the text, add: " + "; ".join(missing) + (f". {unreal}" if unreal else ""), after_indent=2)


def _opening_statement(blocks: Any, questions: Any) -> Any:
    """The page's opening statement when the facts found none: a paragraph near the top whose first sentence says what stays private.

    Trial 10: "At Bluebonnet Teen Counseling, what a teen shares in counseling
    is treated in confidence. Parents are told ..." became a limit on minors,
    since the facts look for "you" or "clients" in it. A first sentence that
    states a limit ("Confidentiality has limits: if you may hurt yourself, ...")
    is no opening statement: it stays a limit.
    """
    from policy_lint.meaning import CORE_TOPICS, read_sentences
    from policy_lint.readers.facts import _OPENING, _P, Fact

    paragraphs = 0
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            continue
        paragraphs += 1
        if paragraphs > _OPENING:
            return None
        if questions is not None and questions.block == i:
            continue
        sentences = read_sentences(block.text)
        if not sentences:
            continue
        (start, end), said = sentences[0]
        if _P._PRIVATE.search(block.text[start:end]) and not any(st.topic in CORE_TOPICS for st in said):
            return Fact(i, (0, len(block.text)), block.text)
    return None


def _label(topic: str, categories: Any) -> str:
    """A category as a reader knows it ("abuse or neglect of a child"), never its ID."""
    return categories[topic].label.lower() if topic in categories else topic.replace("_", " ")


def _labels(topics: Any, categories: Any) -> str:
    """Categories as a reader knows them, in a list: "a, b and c"."""
    names = [_label(t, categories) for t in topics]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _hint_notes(hinted: list[tuple[str, tuple[str, ...]]], categories: Any, accepted: "dict[str, tuple[str, str]] | None" = None) -> list[str]:
    """The comment on a limit filed under topics its words only hint at, as the page is read: one line for the same words.

    ``accepted``: the limits whose words the pack of the place adds ({limit: (pack, term)}, ``_Draft.accepted_in``):
    filed under them, check counts them as stated here, where on the page they stay vague and the pack accepts them."""
    accepted = accepted or {}
    by_words: dict[tuple[str, ...], list[str]] = {}
    for topic, words in hinted:
        key = (*words, *(("\0", *accepted[topic]) if topic in accepted else ()))
        by_words.setdefault(key, []).append(topic)
    out = []
    for key, topics in by_words.items():
        words = key[: key.index("\0")] if "\0" in key else key
        named = " and ".join(f'"{_label(t, categories)}"' for t in topics)
        which, them = ("the limits", "them") if len(topics) > 1 else ("the limit", "it")
        if topics[0] in accepted:
            pack, term = accepted[topics[0]]
            out.append(
                f"Its words only hint at {which} {named} ({_words(words)}). The {pack} pack counts \"{term}\" for {them}. "
                f"So this limit is also filed under {named}, and check counts {them} as stated here. On your page, check calls {them} vague, "
                f"and the pack accepts {them}. Say in plain words what you would do then."
            )
            continue
        out.append(
            f"Its words only hint at {which} {named} ({_words(words)}), so check calls {them} vague, as it does on your page. "
            f"So this limit is also filed under {named}, and check reads it here the same way. Say in plain words what you would do then."
        )
    return out


def _repairs(doc: Any, layout: _Layout) -> _Fixes:
    """Where the draft must change so that check reads a vague limit as it reads the page.

    check reads general words ("as the law requires", "someone's safety") as vague for a
    limit wherever a page has them. In a policy, words count for a limit only in a limit
    filed under it, or in a field filed under none (summary, details, questions): words
    in a limit about something else, or in a notification field, do not count, and a
    heading over several limits is no part of the draft. For each limit the page calls
    vague and the draft, as first placed, calls missing, this finds the passage of the page that
    holds those words, in this order: a limit (its text or its title), also filed under
    that limit; a paragraph that states a duty, in details instead of notification; a
    heading the draft left out, kept in details; the paragraph just after a list that names
    a danger to others and, in general words, whom we would contact (``meaning.WARN_TAIL``),
    a limit filed under duty_to_warn, which check reads as the page's list's tail
    (``meaning.LIMITS_TAIL``). Nothing is made up: the words are the page's, and they stay
    where they are, or go where the page's other paragraphs go.
    """
    from types import SimpleNamespace

    from policy_lint.meaning import WARN_TAIL, coverage, framed, passages_of, read_passage, topic_kind

    fixes = _Fixes()
    page = {i["topic"]: i["status"] for i in coverage(doc.reading.passages)}
    drafted = {i["topic"]: i["status"] for i in coverage(passages_of(SimpleNamespace(data=layout.data, cache=None)))}
    lost = [t for t, s in page.items() if s == "vague" and drafted.get(t, "missing") == "missing" and topic_kind(t) == "limit"]
    if not lost:
        return fixes
    frames = _frames(doc.reading)

    def vague_in(text: Any, frame: Any, topic: str) -> tuple[str, ...] | None:
        if not isinstance(text, str):
            return None
        for st in framed(read_passage(text), frame, text):
            if st.topic == topic and st.stance == "vague":
                return tuple(st.words)
        return None

    in_draft = {b for b, _ in layout.limits} | set(layout.notes) | set(layout.details)
    headings = [i for i in sorted(frames) if doc.blocks[i].kind == "heading" and i not in in_draft]
    # A list's tail reads so in a policy only after a limit filed under harm_to_others (meaning.LIMITS_TAIL).
    danger = min((b for b, cats in layout.filed.items() if "harm_to_others" in cats), default=None)
    tails = [i for i in sorted({*layout.details, *layout.notes}) if isinstance(frames.get(i), tuple) and frames[i][0] == WARN_TAIL and danger is not None and danger < i]
    # A paragraph of details read as one text with the others may lose its general words ("Oklahoma law requires
    # me to disclose information in the following cases:" after a paragraph that names a limit): one that says
    # nothing but such words, of limits the draft loses, can be a limit of its own, read alone as on the page.
    general: dict[int, set[str]] = {}
    for i in layout.details:
        said = read_passage(doc.blocks[i].text) if frames.get(i) is None and doc.blocks[i].kind != "heading" else ()
        if said and all(st.stance == "vague" and topic_kind(st.topic) == "limit" for st in said):
            general[i] = {st.topic for st in said}
    for topic in lost:
        places = [
            *((fixes.extra, block, vague_in(doc.blocks[block].text, frames.get(block), topic) or vague_in(title, None, topic)) for block, title in layout.limits),
            # (in details a paragraph is read as written: its frame on the page is not there)
            *((fixes.demoted, block, vague_in(doc.blocks[block].text, None, topic)) for block in layout.notes),
            *((fixes.held, block, vague_in(doc.blocks[block].text, None, topic)) for block in headings),
            *((fixes.tails, block, vague_in(doc.blocks[block].text, frames.get(block), topic)) for block in tails if topic == "duty_to_warn"),
            *((fixes.alone, block, vague_in(doc.blocks[block].text, None, topic)) for block in general if general[block] <= set(lost)),
        ]
        for where, block, words in places:
            if words is not None:
                where.setdefault(block, []).append((topic, words))
                break
    return fixes


def _tail_note(said: list[tuple[str, tuple[str, ...]]]) -> str:
    """The comment on a list's tail filed as a limit (``_Fixes.tails``)."""
    words = "; ".join(_words(w) for _, w in said)
    return (
        f"It comes just after a list that names a danger to someone else, and it names in general words whom you would contact then ({words}). "
        "So check calls the duty to warn vague, as it does on your page, and this limit is filed under it. "
        "Say who you would warn and how, such as the person at risk or the police."
    )


def _alone_note(said: list[tuple[str, tuple[str, ...]]], categories: Any) -> str:
    """The comment on a paragraph of details filed as a limit of its own (``_Fixes.alone``)."""
    named = " and ".join(f'"{_label(t, categories)}"' for t, _ in said)
    words = "; ".join(_words(w) for _, w in said)
    return (
        f"It names {named} only in general words ({words}), so check calls it vague, as it does on your page. "
        "Among the other paragraphs of details, check would read these words with the words around them, "
        "so it is a limit of its own here. Say what you would do then, and who you would tell."
    )


def _details_text(blocks: Any, rest: list[int]) -> str:
    """The text of details: each block's words, a list item as "- item" (one a line, as on the page, so check reads
    it under its lead-in: ``meaning.TEXT_LISTS``), a blank line between the rest."""
    out = ""
    for k, i in enumerate(rest):
        item = blocks[i].kind == "list_item"
        text = "- " + "\n  ".join(blocks[i].text.split("\n")) if item else blocks[i].text
        if k:
            out += "\n" if item and blocks[rest[k - 1]].kind == "list_item" else "\n\n"
        out += text
    return out + "\n"


def _phone_fits(value: str) -> bool:
    """True when a phone number read from the text fits the policy format's clinic.contact.phone."""
    from policy_lint.resources import load_schema

    schema = load_schema("confidentiality-policy.schema.json")
    pattern = schema["$defs"]["contact"]["properties"]["phone"]["pattern"]
    return re.search(pattern, value) is not None


#: What the draft writes for a practice name the text does not give: text from a template,
#: which check reports (TXT001, placeholder-text) until the owner writes the real name.
NAME_PLACEHOLDER = "[Your practice name]"


def _date_words(text: str, span: tuple[int, int] | None) -> str:
    """The words that gave the effective date ("Revised January 2025"), for a comment."""
    from policy_lint.readers.facts import effective_words

    return effective_words(text, span) if span is not None else text


def _same(text: str) -> str:
    """A passage's words, to find one the draft already has word for word."""
    return " ".join(text.lower().split())


def _fill(text: str) -> str:
    """Comment lines wrapped to the width of the draft."""
    import textwrap

    return "\n".join(textwrap.fill(line, width=96, break_long_words=False, break_on_hyphens=False) for line in text.split("\n"))


def _contradictions(doc: Any, reading: Any, frames: dict[int, str | None]) -> dict[int, list[tuple[str, tuple[str, ...]]]]:
    """For each passage block, the words check reports as saying the opposite of a limit: ``(topic, words)``.

    The topics of the limits.contradicted rule (COV007: "We never contact
    child protective services"), and a blanket promise (COV008: "Sessions
    are 100% confidential"), read as check reads them (with the list frame).
    """
    from policy_lint.meaning import CONSENT_ONLY, blanket_topic, coverage, framed, passages_of, read_passage
    from policy_lint.packs import load_pack

    topics: set[str] = set()
    for rule in load_pack("base").rules:
        if rule.kind == "limits.contradicted":
            topics.update(str(t) for t in rule.params.get("topics", []))
    promised = blanket_topic()
    out: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    kept: set[str] | None = None  # the passages whose promise check reports
    for i, frame in frames.items():
        if doc.blocks[i].kind == "heading":
            continue
        for st in framed(read_passage(doc.blocks[i].text), frame, doc.blocks[i].text):
            if promised is not None and st.topic == promised and st.force == CONSENT_ONLY:
                # a promise whose only exception is the client's say-so counts only where nothing else tells a limit
                if kept is None:
                    kept = {str(w["pointer"]) for item in coverage(passages_of(doc)) for w in item.get("promise", ())}
                if f"/blocks/{i}" not in kept:
                    continue
            if (st.stance == "opposite" and st.topic in topics) or (promised is not None and st.topic == promised):
                said = out.setdefault(i, [])
                if all(t != st.topic for t, _ in said):
                    said.append((st.topic, tuple(st.words)))
    return out


class _Plan:
    """Which passages become limits, and why some that state one do not."""

    __slots__ = ("limits", "repeats", "restated", "opposite", "filed", "headlike", "again", "trimmed")

    def __init__(self) -> None:
        self.limits: list[Any] = []
        #: passages that repeat a limit's words word for word: not written again
        self.repeats: set[int] = set()
        #: table rows that say again what a limit outside the table says: details
        self.restated: set[int] = set()
        #: passages filed as a limit because they say its opposite
        self.opposite: set[int] = set()
        #: the categories the limits are filed under
        self.filed: set[str] = set()
        #: lines that only head the paragraph below, whose categories other limits state: headings
        self.headlike: set[int] = set()
        #: passages whose every category an earlier limit has: details, with the categories
        self.again: dict[int, list[str]] = {}
        #: limits filed without some categories an earlier limit has: those categories
        self.trimmed: dict[int, list[str]] = {}


def _plan_limits(doc: Any, reading: Any, own: set[int], contra: dict[int, list[tuple[str, tuple[str, ...]]]]) -> _Plan:
    """The limits of the draft, in page order, each category filed once where it can be.

    * The opening statement and the questions sentence are no limits: a passage
      goes to one place, and check reads the limits they name where they are.
    * A passage that repeats a limit word for word is not written again.
    * A table row that says again what a limit outside the table says (a table
      of "who we tell" under a list of limits) goes to details, not to a second
      limit of that category (LIM003).
    * A passage that says the opposite of a limit ("We never contact child
      protective services") is filed under that limit, where the owner looks
      for it, when no other limit has that category and it speaks of no other
      limit; else it stays in details, and a comment says why.
    """
    from policy_lint.meaning import blanket_topic, framed, read_passage, topic_kind
    from policy_lint.readers.structure import LimitFound

    blocks = doc.blocks
    plan = _Plan()
    seen: set[str] = {_same(blocks[i].text) for i in own}
    kept = []
    for found in reading.limits:
        if found.block in own:
            continue
        key = _same(blocks[found.block].text)
        if key in seen:
            plan.repeats.add(found.block)
            continue
        seen.add(key)
        kept.append(found)
    outside = {c for f in kept if blocks[f.block].kind != "table_row" for c in f.categories}
    plan.restated = {f.block for f in kept if blocks[f.block].kind == "table_row" and outside & set(f.categories)}
    kept = [f for f in kept if f.block not in plan.restated]
    # A line that only heads the paragraph below ("Breach Notification" over "We will
    # notify you ...") is no limit when other limits state all it names: a heading alone
    # says nothing a client can use. It stays a heading (kept over what stays in details).
    plan.headlike = {f.block for f in kept if _headlike(blocks, f.block) and set(f.categories) <= {c for g in kept if g.block != f.block for c in g.categories}}
    kept = [f for f in kept if f.block not in plan.headlike]
    # Such a line is the heading of the limit right under it (its title, as a heading's).
    kept = [LimitFound(f.block, f.categories, f.spans, f.words, f.block - 1) if f.block - 1 in plan.headlike else f for f in kept]
    # Each category is filed once (LIM003). It goes with the first passage about it alone
    # ("If you are under 18 ..." for minors), else the first passage that names it, so a
    # passage that names it among others keeps its other categories and stays a limit. The
    # other passages drop it; one with nothing left goes to details, and a comment says why.
    heading_of = _heading_of(blocks)
    kept = sorted(kept, key=lambda f: f.block)
    owner: dict[str, int] = {}
    width = {f.block: len(f.categories) for f in kept}
    for f in kept:
        for c in f.categories:
            if c not in owner or (width[f.block] == 1 and width[owner[c]] > 1):
                owner[c] = f.block
    firsts: list[Any] = []
    for f in kept:
        mine = [k for k, c in enumerate(f.categories) if owner[c] == f.block]
        others = [c for c in f.categories if owner[c] != f.block]
        if not mine:
            plan.again[f.block] = others
            continue
        if others:
            plan.trimmed[f.block] = others
            f = LimitFound(f.block, [f.categories[k] for k in mine], [f.spans[k] for k in mine], [f.words[k] for k in mine], f.heading)
        firsts.append(f)
    kept = firsts
    plan.filed = {c for f in kept for c in f.categories}
    frames = _frames(reading)
    promised = blanket_topic()
    stating = {f.block for f in reading.limits}
    for i in sorted(contra):
        if i in own or i in stating or _same(blocks[i].text) in seen:
            continue
        cats: list[str] = []
        words: list[tuple[str, ...]] = []
        for topic, said in contra[i]:
            if topic != promised and topic_kind(topic) == "limit" and topic not in cats:
                cats.append(topic)
                words.append(said)
        if not cats or plan.filed & set(cats):
            continue
        # Filed under these categories, the passage counts for them alone: it must speak of no other limit.
        others = {st.topic for st in framed(read_passage(blocks[i].text), frames.get(i), blocks[i].text) if topic_kind(st.topic) == "limit" and st.stance != "opposite"}
        if others - set(cats):
            continue
        kept.append(LimitFound(i, cats, [(0, len(blocks[i].text))] * len(cats), words, heading_of[i]))
        plan.opposite.add(i)
        plan.filed.update(cats)
        seen.add(_same(blocks[i].text))
    plan.limits = sorted(kept, key=lambda f: f.block)
    return plan


def _heading_of(blocks: Any) -> list[int | None]:
    """For each block, the heading it is under (None for a heading, and for what comes before the first)."""
    out: list[int | None] = []
    current: int | None = None
    for i, block in enumerate(blocks):
        out.append(None if block.kind == "heading" else current)
        if block.kind == "heading":
            current = i
    return out


def _opposite_note(said: list[tuple[str, tuple[str, ...]]], categories: Any) -> str:
    """What a comment says over words that check reports as the opposite of a limit."""
    from policy_lint.meaning import blanket_topic

    promised = blanket_topic()
    out: list[str] = []
    def named(pairs: list[tuple[str, tuple[str, ...]]]) -> str:
        return "; ".join(f"{categories[t].label.lower() if t in categories else t}: {_words(w)}" for t, w in pairs)

    limits = [(t, w) for t, w in said if t != promised and t not in _DUTY_ORDER]
    duties = [(t, w) for t, w in said if t in _DUTY_ORDER]
    if limits:
        out.append(f"These words say the opposite of a limit the law sets ({named(limits)}). check reports this as an error. Say what you must or may do in this case, and who you would tell.")
    if duties:
        out.append(f"These words say the opposite of a duty to tell clients ({named(duties)}). check reports this as an error. Say when you go over the limits with clients, and when you tell them that you shared something.")
    for topic, words in said:
        if topic == promised:
            out.append(f"These words promise that nothing is ever shared ({_words(words)}). check reports this as an error, since the law sets limits. Say what stays private, and that there are limits.")
    return " ".join(out)


def _details_notes(
    doc: Any,
    restated: list[int],
    contra: dict[int, list[tuple[str, tuple[str, ...]]]],
    demoted: dict[int, tuple[list[tuple[str, tuple[str, ...]]], list[str]]] | None = None,
    held: dict[int, list[tuple[str, tuple[str, ...]]]] | None = None,
    again: dict[int, list[str]] | None = None,
    spoken: dict[int, list[tuple[str, str, tuple[str, ...], str]]] | None = None,
) -> str:
    """The comment over details: the table rows that restate limits, words that say the opposite of one, and
    paragraphs that state a duty but are here for their general words (``_repairs``)."""
    from policy_lint.packs import load_pack

    categories = load_pack("base").categories
    lines: list[str] = []
    if restated:
        lines.append(
            "These table rows say again what limits below say, so they are here and not limits of their own: "
            + "; ".join(_quoted(doc.blocks[i].text) for i in restated)
            + ". Add anything new in them to those limits."
        )
    for i, said in contra.items():
        lines.append(f"{_quoted(doc.blocks[i].text)} ({_where(doc, i)}): {_opposite_note(said, categories)}")
    for i, (hints, duties) in (demoted or {}).items():
        fields = " and ".join(f"notification.{d}" for d in duties)
        hinted = "; ".join(f'"{_label(t, categories)}": {_words(w)}' for t, w in hints)
        lines.append(
            f"{_quoted(doc.blocks[i].text)} ({_where(doc, i)}) says {fields}, but it is here and not there. "
            f"Its words only hint at some limits ({hinted}), so check calls them vague, as it does on your page. "
            f"check counts such words here, but not under {fields}. Here it still sees what you tell clients, too."
        )
    for i, hints in (held or {}).items():
        hinted = "; ".join(f'"{_label(t, categories)}": {_words(w)}' for t, w in hints)
        lines.append(
            f"{_quoted(doc.blocks[i].text)} ({_where(doc, i)}) is a heading over several limits. It is kept here, "
            f"since its words hint at some limits ({hinted}), and check calls them vague, as it does on your page."
        )
    for i, cats in (again or {}).items():
        lines.append(
            f"{_quoted(doc.blocks[i].text)} ({_where(doc, i)}) speaks of {_labels(cats, categories)}. A limit below covers that, "
            "and this policy lists each kind of limit once, so these words are here. Add anything new in them to that limit."
        )
    for i, said in (spoken or {}).items():
        parts = []
        vague = [(t, w) for t, stance, w, _ in said if stance == "vague"]
        if vague:
            named = "; ".join(f"{_label(t, categories)}: {_words(w)}" for t, w in vague)
            parts.append(
                f"It names some limits only in general words ({named}). So check calls them vague, as it does on your page, "
                "and it is not a limit. Say what you would do and who you would tell, then make it a limit."
            )
        for reason, why in (
            ("limit", "A limit below covers that, so these words are here. Add anything new in them to that limit."),
            ("field", "Another paragraph says that first, in {fields}, so these words are here."),
            ("", "policy-lint did not read it as a limit or a duty of its own, so it is here. If it is one, move it to {where}."),
        ):
            stated = [t for t, stance, _, r in said if stance == "states" and r == reason]
            if stated:
                duties = [t for t in stated if t in _DUTY_ORDER]
                fields = " and ".join(f"notification.{t}" for t in duties)
                where = "limits" if not duties else fields if len(duties) == len(stated) else f"limits or {fields}"
                parts.append(f"It states {_labels(stated, categories)}. " + why.format(fields=fields, where=where))
        lines.append(f"{_quoted(doc.blocks[i].text)} ({_where(doc, i)}): " + " ".join(parts))
    return _fill("\n".join(lines))


def _own_notes(doc: Any, block: int, contra: dict[int, list[tuple[str, tuple[str, ...]]]], filed: set[str], reading: Any) -> str:
    """The comment over the opening statement (or the questions sentence) when it names a limit or says the opposite of one."""
    from policy_lint.packs import load_pack

    pack = load_pack("base")
    categories = pack.categories
    # Only a limit a required rule asks for: "authorized in writing" in an opening promise needs no limit.
    needed = {str(c) for rule in pack.rules if rule.kind == "coverage.required_limit" for c in rule.params.get("categories", [])}
    lines: list[str] = []
    for found in reading.limits:
        if found.block != block:
            continue
        only = [(c, w) for c, w in zip(found.categories, found.words) if c not in filed and c in needed]
        if only:
            named = "; ".join(f"{c}: {_words(w)}" for c, w in only)
            lines.append(f"No limit below names what these words name ({named}). check counts them here. To say more about it, add a limit.")
    if block in contra:
        lines.append(_opposite_note(contra[block], categories))
    return _fill("\n".join(lines))

