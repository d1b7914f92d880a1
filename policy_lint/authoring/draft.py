"""``policy-lint import``: a draft YAML policy from a web page or a document.

What goes where:

* each passage the core reads as stating a limit becomes a limit, with its
  category (or ``categories`` when it states several and the schema allows
  it), the heading above it as its title, and its text word for word as the
  explanation; a comment above it names the place in the source and the
  words that decided;
* each passage that states a duty fills that ``notification`` field, with
  the same kind of comment; a passage that states several duties is written
  once, under the first, and the comment names the others (the duty rules
  read every passage in ``notification``, so check still finds them);
* the opening statement is ``confidentiality.summary``, the sentence on how
  to ask questions is ``questions``; every other paragraph goes, in order,
  to ``confidentiality.details``, but not a paragraph that only gives the
  effective date (that is ``clinic.effective_date``) nor a heading with no
  paragraph under it;
* the clinic's name, email, phone and effective date are filled in when
  the text gives them, and its jurisdiction when ``check`` finds the place
  in the text (``policy_lint.jurisdictions``). What is not found is named in a comment, so the
  draft says what to add.

The draft is built with ruamel.yaml's round-trip types (comments and order
kept) and returned as text; the command writes it atomically, never over
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
    start, _ = doc.place(block, span or (0, len(doc.blocks[block].text)))
    label = getattr(start, "label", None)
    return f"{label}, character {start.column}" if label else f"line {start.line}"


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
    cells = [c.strip() for c in re.split(r"(?<=[^\s.!?])\. ", block.text)]
    if len(cells) < 2:
        return False
    return all(c and len(c.split()) <= _HEADER_WORDS and not c.endswith((".", "!", "?")) for c in cells)


def _only_the_date(text: str, span: tuple[int, int] | None) -> bool:
    """True when a paragraph says no more than when the policy takes effect ("Effective as of March 1, 2026.")."""
    if span is None:
        return False
    left = text[: span[0]] + " " + text[span[1] :]
    left = re.sub(r"(?i)\b(?:this|our|the|notice|policy|privacy|is|was|last|updated|revised|date|dated|effective|in|effect|takes|took|as|of|on|from|since|starting|beginning)\b", " ", left)
    return not re.search(r"\w", left)


def draft_policy(path: str, *, display: str | None = None, jurisdiction: str | None = None) -> str:
    """The draft policy, as YAML text, for the prose file at ``path``.

    ``jurisdiction``: the place to write when the text names none (``import --jurisdiction``).

    Raises:
        DraftError: the file is YAML or JSON already, or cannot be read.
    """
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

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
    reading = doc.reading
    facts = doc.facts
    blocks = doc.blocks
    fields, required = _schema_limit()
    from policy_lint.packs import load_pack

    categories = load_pack("base").categories

    out = CommentedMap()
    out["schema_version"] = 1
    out.yaml_set_start_comment(
        f"A draft made by policy-lint import from {shown}.\n"
        "Read it, fix what it got wrong, then run: policy-lint check on this file.\n"
        "Each limit and duty names the place in the source and the words that decided."
    )
    clinic = CommentedMap()
    name = facts.get("/clinic/name")
    clinic["name"] = name.value if name is not None else re.sub(r"[-_]+", " ", shown.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip() or "Your practice"
    if name is None:
        clinic.yaml_add_eol_comment("from the file name: write your practice's name", "name")
    # The place as check works it out from the text (policy_lint.jurisdictions), so the
    # draft is checked against the same pack as the page.
    from policy_lint.jurisdictions.where import jurisdiction_of

    where = jurisdiction_of(doc)
    missing: list[str] = []
    if where is not None:
        clinic["jurisdiction"] = where.code
        said = f': "{where.evidence}"' if where.evidence else ""
        place = f" ({_where(doc, int(where.pointer.rsplit('/', 1)[1]), where.span)})" if where.pointer.startswith("/blocks/") else ""
        clinic.yaml_add_eol_comment(f"from the text{place}{said}", "jurisdiction")
    elif jurisdiction:
        clinic["jurisdiction"] = jurisdiction
        clinic.yaml_add_eol_comment("from --jurisdiction", "jurisdiction")
    else:
        missing.append("jurisdiction (your state, such as US-CA, or give import --jurisdiction)")
    clinic["language"] = "en"
    contact = CommentedMap()
    for key in ("email", "phone"):
        fact = facts.get(f"/clinic/contact/{key}")
        if fact is not None:
            contact[key] = fact.value
            contact.yaml_add_eol_comment(f"from {_where(doc, fact.block, fact.span)}", key)
    if contact:
        clinic["contact"] = contact
    else:
        missing.append("contact (an email address or a phone number)")
    effective = facts.get("/clinic/effective_date")
    if effective is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(effective.value)):
        clinic["effective_date"] = effective.value
        clinic.yaml_add_eol_comment(f"from {_where(doc, effective.block, effective.span)}", "effective_date")
    else:
        missing.append("effective_date (the date the policy takes effect, as YYYY-MM-DD)")
    out["clinic"] = clinic
    if missing:
        out.yaml_set_comment_before_after_key("clinic", after="Not found in the text, add: " + "; ".join(missing), after_indent=2)

    taken = set(reading.used)
    conf = CommentedMap()
    summary = facts.get("/confidentiality/summary")
    if summary is not None:
        conf["summary"] = blocks[summary.block].text
        taken.add(summary.block)
    questions = facts.get("/questions")
    if questions is not None:
        taken.add(questions.block)
    # The rest, in order: paragraphs that state no limit or duty, and headings the core
    # read (over text that says something) that are no limit's title.
    titles = {f.heading for f in reading.limits if f.heading is not None}
    passages = {int(p.pointer.rsplit("/", 1)[1]) for p in reading.passages}
    if "effective_date" in clinic and effective is not None and effective.block is not None and _only_the_date(blocks[effective.block].text, effective.span):
        taken.add(effective.block)  # "Effective as of ..." is clinic.effective_date, not details
    kept = [
        (b.kind == "heading", b.text)
        for i, b in enumerate(blocks)
        if i not in taken and not _header_row(blocks, i) and (b.kind != "heading" or (i in passages and i not in titles))
    ]
    # A heading stays only over a paragraph that stays: headings alone are no details.
    rest = [text for k, (heading, text) in enumerate(kept) if not heading or (k + 1 < len(kept) and not kept[k + 1][0])]
    if rest:
        from ruamel.yaml.scalarstring import LiteralScalarString

        conf["details"] = LiteralScalarString("\n\n".join(rest) + "\n")
    if conf:
        out["confidentiality"] = conf

    # The opening statement and the questions sentence stay where they are;
    # a limit a required rule asks for still becomes a limit.
    needed = {str(c) for rule in load_pack("base").rules if rule.kind == "coverage.required_limit" for c in rule.params.get("categories", [])}
    own = {f.block for f in (summary, questions) if f is not None}
    limits = CommentedSeq()
    for found in reading.limits:
        if found.block in own:
            keep = [k for k, cat in enumerate(found.categories) if cat in needed]
            if not keep:
                continue
            found = type(found)(found.block, [found.categories[k] for k in keep], [found.spans[k] for k in keep], [found.words[k] for k in keep], found.heading)
        item = CommentedMap()
        if len(found.categories) > 1 and "categories" in fields:
            item["categories"] = list(found.categories)
        else:
            item["category"] = found.categories[0]
        # The heading above the passage was read with it (a heading counts when the
        # text under it says something, as a title does), so it is the title.
        heading = blocks[found.heading].text if found.heading is not None else None
        if heading:
            item["title"] = heading
        elif "title" in required:
            label = categories[found.categories[0]].label if found.categories[0] in categories else found.categories[0]
            item["title"] = label
        item["explanation"] = blocks[found.block].text
        said = "; ".join(f"{cat}: {_words(words)}" for cat, words in zip(found.categories, found.words))
        limits.append(item)
        limits.yaml_set_comment_before_after_key(len(limits) - 1, before=f"From {_where(doc, found.block)}. The words that decided: {said}.", indent=2)
        if len(found.categories) > 1 and "categories" not in fields:
            # One limit per category, each with the same text, where the schema has no list of categories.
            for cat in found.categories[1:]:
                extra = CommentedMap()
                extra["category"] = cat
                if "title" in item:
                    extra["title"] = item["title"]
                extra["explanation"] = item["explanation"]
                limits.append(extra)
                limits.yaml_set_comment_before_after_key(len(limits) - 1, before=f"The same passage ({_where(doc, found.block)}) also states {cat}.", indent=2)
    if limits:
        out["limits"] = limits
    # A paragraph that states several duties is written once, under the first duty it
    # states; a comment names the others. The duty rules read every passage in
    # notification, so check still finds them there.
    notes = CommentedMap()
    by_block: dict[int, list[tuple[str, Any]]] = {}
    for duty, (block, _span, words) in reading.duties.items():
        by_block.setdefault(block, []).append((duty, words))
    for block, stated in by_block.items():
        duty, words = stated[0]
        notes[duty] = blocks[block].text
        lines = [f"From {_where(doc, block)}. The words that decided: {_words(words)}."]
        lines += [f"It also states notification.{other} ({_words(more)}): this paragraph covers it, so it is not written again." for other, more in stated[1:]]
        notes.yaml_set_comment_before_after_key(duty, before="\n".join(lines), indent=2)
    if notes:
        out["notification"] = notes
    if questions is not None:
        out["questions"] = blocks[questions.block].text
        out.yaml_add_eol_comment(f"from {_where(doc, questions.block)}", "questions")

    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    buf = io.StringIO()
    yaml.dump(out, buf)
    return buf.getvalue()
