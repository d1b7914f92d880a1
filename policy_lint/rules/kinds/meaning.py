"""Kinds that read the words: required limits and duties, contradictions, vague text, off-topic limits.

They all ask ``policy_lint.meaning`` what each passage states, once per
document (``doc.cache``), and record the coverage of the document in the
file's metrics (``coverage``: one item a topic, with the line and column of
the words that decided). See docs/coverage.md.
"""

from __future__ import annotations

from typing import Any, Iterator

from policy_lint.rules.base import CheckContext, Violation

__all__ = ["REQUIRING", "pack_terms", "place_no_duty", "read_coverage", "required_topics", "topics_required_by", "required_limit", "required_duty", "contradicted", "blanket", "vague", "off_topic", "coverage_of", "DUTY_LABELS"]

#: Plain names of the duties, for messages (the limits take theirs from categories.yaml).
DUTY_LABELS = {
    "at_intake": "telling clients about the limits at the start",
    "before_disclosure": "telling clients before you share",
    "after_disclosure": "telling clients after you share",
    "minimum_necessary": "sharing only what is needed",
}

#: Kinds whose params name the topics a pack requires, and the param.
REQUIRING = {"coverage.required_limit": "categories", "coverage.required_duty": "topics"}


def topics_required_by(rule: Any, options: Any = None) -> tuple[str, ...]:
    """The topics one rule requires (none for a rule of another kind).

    ``options`` are the config's options for this rule (they win over the
    pack's params), as ``CheckContext.params_of`` merges them.
    """
    key = REQUIRING.get(rule.kind)
    if not key:
        return ()
    value = options[key] if options and key in options else rule.params.get(key)
    return tuple(str(t) for t in (value or []))


def required_topics(rules: Any, options: Any = None) -> tuple[str, ...]:
    """Every topic one of ``rules`` requires, each once, in rule order (``options``: the config's, by rule ID)."""
    options = options or {}
    return tuple(dict.fromkeys(t for rule in rules for t in topics_required_by(rule, options.get(rule.id))))


def _required(ctx: CheckContext) -> tuple[str, ...]:
    """Every topic some rule of the pack requires, with the config's options."""
    return tuple(dict.fromkeys(t for rule in ctx.pack.rules for t in topics_required_by(rule, ctx.params_of(rule))))


def _read(ctx: CheckContext) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The passages with what each states, and the coverage by topic (once per document)."""
    cache = ctx.doc.cache
    got = cache.get("meaning.read")
    if got is None:
        _, reads, items = read_coverage(ctx.doc, ctx.pack, _required(ctx))
        got = cache["meaning.read"] = (reads, {i["topic"]: i for i in items})
    if "coverage" not in ctx.metrics:
        ctx.metrics["coverage"] = coverage_of(ctx.doc, list(got[1].values()))
    return got  # type: ignore[no-any-return]


def read_coverage(doc: Any, pack: Any, required: tuple[str, ...]) -> tuple[list[Any], list[Any], list[dict[str, Any]]]:
    """How check reads a document: its passages, what each states, and the coverage of each topic.

    One way for the rules and ``why``, so the two never disagree: the reading
    of each passage (an edited policy reads its new texts only, through its
    file's path), the coverage with ``required`` and the limits the place
    does not make a duty, and the words ``pack`` adds to a category.
    ``pack`` may be None (no pack: no place, no added words).
    """
    from policy_lint.meaning import coverage, passages_of, read_all

    passages = passages_of(doc)
    reads = read_all(passages, getattr(doc, "path", None))
    no_duty = place_no_duty(pack) if pack is not None else frozenset()
    items = coverage(passages, required, reads, no_duty=no_duty)
    if pack is not None:
        pack_terms(pack, reads, {i["topic"]: i for i in items})
    return passages, reads, items


def place_no_duty(pack: Any) -> frozenset[str]:
    """The limits the law of the pack's place allows but does not make a duty (``status: permitted``).

    "We are not mandated reporters" is true of them (British Columbia sets
    no duty to report elder abuse), so it contradicts only the others. A
    pack with no place (the base pack) lists none: there the sentence
    contradicts every abuse limit.
    """
    place = (getattr(pack, "settings", None) or {}).get("jurisdiction") or {}
    table = place.get("topics") if isinstance(place, dict) else None
    if not isinstance(table, dict):
        return frozenset()
    return frozenset(str(t) for t, entry in table.items() if isinstance(entry, dict) and entry.get("status") == "permitted")


_ADDED: dict[int, tuple[Any, dict[str, tuple[str, ...]]]] = {}


def _added_terms(pack: Any) -> dict[str, tuple[str, ...]]:
    """Key terms a user pack adds to a category (``add_terms``, ``terms``), beyond the built-in ones."""
    got = _ADDED.get(id(pack))
    if got is None or got[0] is not pack:
        from policy_lint.resources import load_data

        builtin = (load_data("categories.yaml") or {}).get("categories") or {}
        added: dict[str, tuple[str, ...]] = {}
        for name, cat in (getattr(pack, "categories", None) or {}).items():
            known = {str(t).lower() for t in (builtin.get(name) or {}).get("terms") or []}
            extra = tuple(t for t in cat.terms if t.lower() not in known)
            if extra:
                added[name] = extra
        if len(_ADDED) >= 16:
            _ADDED.clear()
        got = _ADDED[id(pack)] = (pack, added)
    return got[1]


def added_terms(pack: Any) -> dict[str, tuple[str, ...]]:
    """The words ``pack`` adds to each limit (``add_terms``, ``terms``) beyond the built-in ones: {limit: words}."""
    return dict(_added_terms(pack))


def pack_terms(pack: Any, reads: list[Any], by_topic: dict[str, dict[str, Any]]) -> None:
    """Words a pack adds to a category (``add_terms``, ``terms``) state it, where the built-in reading would not.

    A practice's own words ("We meet on Doxy") are theirs to teach: a pack
    adds them with ``categories: {telehealth: {add_terms: [doxy]}}``. Only
    terms the pack adds count this way, so the built-in reading is never
    loosened elsewhere:

    * inside a limit filed under that category;
    * in a page's passage whose words the core read as vague for that
      category: the gb pack counts "vulnerable adult" for elder abuse. The
      item stays vague (that is what the words say), but it names the pack
      that accepts them (``accepted_by``): LIM004 does not warn, the rule
      is met, and ``policy-lint why`` and the audit say which pack accepted
      the words.

    ``policy-lint why`` calls this with the pack check used, so both agree.
    """
    added = _added_terms(pack)
    if not added:
        return
    from policy_lint.rules.kinds.core import _terms_regex

    for passage, _ in reads:
        for cat in passage.labels:
            terms = added.get(cat)
            item = by_topic.get(cat)
            if not terms or item is None or item["status"] == "stated" or item["status"] == "contradicted":
                continue
            match = _terms_regex(tuple(t.lower() for t in terms)).search(passage.text)
            if match is not None:
                item.update(status="stated", where=[{"pointer": passage.pointer, "span": match.span(), "words": [match.group(0)]}])
    texts = {p.pointer: p.text for p, _ in reads if p.pointer.startswith("/blocks/")}
    for topic, terms in added.items():
        item = by_topic.get(topic)
        if item is None or item["status"] != "vague":
            continue
        pattern = _terms_regex(tuple(t.lower() for t in terms))
        for w in item["where"]:
            text = texts.get(w["pointer"])
            match = pattern.search(text) if text else None
            if match is not None:
                item["accepted_by"] = str(getattr(pack, "name", ""))  # still vague as read; the pack accepts it
                break


def coverage_of(doc: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Coverage items with each place as line, column and pointer (and the words), for output."""
    out = []
    for item in items:
        where = [_place(doc, w) for w in item["where"]]
        shown = {"topic": item["topic"], "status": item["status"], "required": item["required"], "where": where}
        if item.get("promise"):  # a promise of total secrecy speaks against it (rule COV008)
            shown["promise"] = [_place(doc, w) for w in item["promise"]]
        if "only_for" in item:
            shown["only_for"] = list(item["only_for"])
        if item.get("accepted_by"):  # words the core reads as vague, that the pack counts (pack_terms)
            shown["accepted_by"] = item["accepted_by"]
        out.append(shown)
    return out


def _place(doc: Any, w: dict[str, Any]) -> dict[str, Any]:
    """One place of a coverage item as line, column, pointer and words."""
    start, _ = doc.locate(w["pointer"], span=tuple(w["span"]))
    place = {"line": start.line if start else None, "column": start.column if start else None, "pointer": w["pointer"], "words": list(w["words"])}
    label = getattr(start, "label", None)
    if label is not None:  # a Word or PDF file has no lines: its paragraph (and page)
        place["line"] = None
        place["locator"] = f"{label}, character {start.column}"
    return place


def _label(ctx: CheckContext, topic: str) -> str:
    if topic in DUTY_LABELS:
        return DUTY_LABELS[topic]
    cat = ctx.pack.categories.get(topic) if hasattr(ctx.pack, "categories") else None
    return cat.label.lower() if cat is not None else topic.replace("_", " ")


def _quote(words: Any) -> str:
    return " ... ".join(str(w) for w in words)


def _limits(data: Any) -> list[tuple[int, dict[str, Any]]]:
    limits = data.get("limits") if isinstance(data, dict) else None
    if not isinstance(limits, list):
        return []
    return [(i, item) for i, item in enumerate(limits) if isinstance(item, dict)]


# -- required limits -----------------------------------------------------------------------


def required_limit(ctx: CheckContext) -> Iterator[Violation]:
    """One of the given categories must be stated in words somewhere in the policy.

    A contradicted or vague limit is left to its own rules (an error at the
    words that say the opposite, a warning at the generic words).
    """
    from policy_lint.meaning import labels_of

    wanted = [str(c) for c in ctx.param("categories", [])]
    _, by_topic = _read(ctx)
    status = {t: by_topic[t]["status"] if t in by_topic else "missing" for t in wanted}
    if any(s in ("stated", "contradicted") for s in status.values()):
        return
    vague = [t for t, s in status.items() if s == "vague"]
    if any(by_topic[t].get("accepted_by") for t in vague):
        return  # general words that the pack of the place accepts (pack_terms)
    if _vague_warned(ctx, vague):
        return  # the vague words get their own warning (LIM004), which names what is missing
    labels = " or ".join(_label(ctx, c) for c in wanted)
    names = " or ".join(wanted)
    data = ctx.doc.data
    for i, item in _limits(data):
        filed = [c for c in labels_of(item) if c in wanted]
        if not filed:
            continue
        text = item.get("explanation")
        if not isinstance(text, str) or not text.strip():
            yield Violation(
                f"/limits/{i}/category",
                f"The limit for {labels} has no explanation. It needs one, in plain words, for the client.",
            )
        else:
            yield Violation(
                f"/limits/{i}/explanation",
                f"This limit is filed under {filed[0]}, but its words never say it. The category alone does not tell a client anything.",
                hint=f"Say in plain words what happens: who you tell about {labels}, and when.",
            )
        return
    misfiled = _misfiled(ctx, wanted)
    if misfiled is not None:
        # The words say it, in a limit filed under another category only: "the policy does not
        # say" would be false. Say what to change instead.
        passage, st = misfiled
        yield Violation(
            passage.pointer,
            f"These words speak of {_label(ctx, st.topic)}. But the limit is filed only under {', '.join(passage.labels)}, so they do not count for it.",
            span=st.span,
            hint=f"Add {st.topic} to the limit's categories, for example: categories: [{st.topic}]. Or give {_label(ctx, st.topic)} a limit of its own.",
            data={"topic": st.topic, "filed_under": list(passage.labels), "words": list(st.words)},
        )
        return
    has_key = isinstance(data, dict) and "limits" in data
    yield Violation(
        "/limits" if has_key else "",
        ctx.message("No limit covers {labels}.", labels=labels, categories=names),
        on_key=has_key,
    )


# Groups the law often names in one sentence ("an elder or dependent adult", Cal. Welf. & Inst.
# Code 15630), so one limit may speak of both while filed under one. Other categories are left
# alone: words in a minors limit ("help with thoughts of suicide") do not state the other limit.
_SAME_LAW = {"elder_abuse": ("dependent_adult_abuse",), "dependent_adult_abuse": ("elder_abuse",)}


def _misfiled(ctx: CheckContext, wanted: list[str]) -> tuple[Any, Any] | None:
    """The first passage that states one of ``wanted`` but does not count for it (filed under another category)."""
    from policy_lint.meaning import counted, topic_kind

    reads, _ = _read(ctx)
    for passage, statements in reads:
        for st in statements:
            if not passage.pointer.startswith("/limits/") or not passage.pointer.endswith("/explanation"):
                break  # a page (policy-lint files its blocks itself), or a title or may_tell list
            if st.topic not in wanted or st.stance != "states" or counted(passage, st, topic_kind(st.topic)):
                continue
            if all(label in _SAME_LAW.get(st.topic, ()) for label in passage.labels):
                return passage, st
    return None


# -- duties --------------------------------------------------------------------------------


def required_duty(ctx: CheckContext) -> Iterator[Violation]:
    """One of the given duties must be stated in words, for every limit (not only inside one)."""
    topics = [str(t) for t in ctx.param("topics", [])]
    pointers = [str(p) for p in ctx.param("pointers", [])]
    _, by_topic = _read(ctx)
    items = [by_topic.get(t) for t in topics]
    if any(i is not None and i["status"] == "stated" and "only_for" not in i for i in items):
        return
    if any(i is not None and i["status"] == "contradicted" for i in items):
        return  # the contradiction rule reports it at its words
    doc = ctx.doc
    partial = [i for i in items if i is not None and i["status"] == "stated"]
    if partial:
        groups = sorted({g for i in partial for g in i["only_for"]}, key=lambda g: int(g.rsplit("/", 1)[1]) if g.rsplit("/", 1)[1].isdigit() else 0)
        first = next(w for i in partial for w in i["where"] if w["pointer"].startswith(groups[0] + "/"))
        numbers = ", ".join(str(int(g.rsplit("/", 1)[1]) + 1) for g in groups)
        where = f"limit {numbers}" if len(groups) == 1 else f"limits {numbers}"
        field = pointers[0].strip("/").replace("/", ".") if pointers else "notification"
        yield Violation(
            first["pointer"],
            ctx.message("{summary}", summary=_base_message(ctx))
            + f" You say it only in {where}, so it counts only there. Say it for every limit, in {field}.",
            span=tuple(first["span"]),
        )
        return
    filled = [(p, doc.get(p)) for p in pointers if isinstance(doc.get(p), str) and doc.get(p).strip()]
    if filled:
        yield Violation(filled[0][0], str(ctx.param("terms_message") or "This text does not say what it should."))
        return
    first_pointer = pointers[0] if pointers else ""
    value = doc.get(first_pointer) if first_pointer else None
    if isinstance(value, str):
        yield Violation(first_pointer, ctx.message("This field is empty."))
        return
    parent = first_pointer.rsplit("/", 1)[0]
    while parent and doc.get(parent) is None:
        parent = parent.rsplit("/", 1)[0]
    yield Violation(parent, ctx.message("A required field is missing."), on_key=bool(parent))


def _base_message(ctx: CheckContext) -> str:
    return str(ctx.param("message") or "The policy does not state this duty for every limit.")


# -- contradictions and vague text --------------------------------------------------------


def contradicted(ctx: CheckContext) -> Iterator[Violation]:
    """Words that say the opposite of a required limit or duty: one error at those words.

    Words that say the opposite of several limits at once ("We do not have to
    report abuse": child, elder and dependent adult abuse) give one error
    that names them all.
    """
    from policy_lint.meaning import no_duty_reading

    topics = [str(t) for t in ctx.param("topics", [])]
    no_duty = place_no_duty(ctx.pack)
    reads, _ = _read(ctx)
    for passage, statements in reads:
        at: dict[tuple[int, int], list[Any]] = {}
        for st in statements:
            if st.stance == "opposite" and st.topic in topics:
                if st.topic in no_duty and no_duty_reading(statements, st):
                    continue  # "we are not mandated reporters" is true where the place's law sets no duty
                at.setdefault(st.span, []).append(st)
        for span, sts in at.items():
            yield Violation(
                passage.pointer,
                ctx.message(
                    "These words say the opposite of {label}: '{words}'.",
                    label=_and(_label(ctx, st.topic) for st in sts),
                    topic=sts[0].topic,
                    words=_quote(sts[0].words),
                ),
                span=span,
                data={"topic": sts[0].topic, "words": list(sts[0].words), **({"topics": [st.topic for st in sts]} if len(sts) > 1 else {})},
            )


def _and(labels: Any) -> str:
    """"a", "a and b", "a, b and c"."""
    items = list(labels)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def blanket(ctx: CheckContext) -> Iterator[Violation]:
    """A promise of total secrecy ("We never report anything you tell us to anyone"): one error a promise.

    The promise contradicts each required limit of ``topics`` (the coverage
    shows them ``contradicted`` at its words); this rule reports it once,
    naming a few of them.
    """
    from policy_lint.meaning import blanket_topic

    promised = blanket_topic()
    topics = [str(t) for t in ctx.param("topics", [])]
    reads, by_topic = _read(ctx)
    for passage, statements in reads:
        for st in statements:
            if st.topic != promised:
                continue
            # Each required limit the promise speaks against, whether or not other words state it:
            # the promise misleads a client even when the limits are listed elsewhere.
            broken = [
                t
                for t in topics
                if any(w["pointer"] == passage.pointer and tuple(w["span"]) == tuple(st.span) for w in by_topic.get(t, {}).get("promise", ()))
            ]
            if not broken:
                continue
            names = [_label(ctx, t) for t in broken]
            shown = _and(names) if len(names) <= 3 else ", ".join(names[:3]) + " and more"
            yield Violation(
                passage.pointer,
                ctx.message(
                    "'{words}' promises that nothing is ever shared, but the law sets limits, such as {labels}.",
                    words=_quote(st.words),
                    labels=shown,
                    topics=", ".join(broken),
                ),
                span=st.span,
                data={"topics": broken, "words": list(st.words)},
            )


def vague(ctx: CheckContext) -> Iterator[Violation]:
    """Generic words ("as the law requires", "abuse") where a required limit is not named anywhere."""
    from policy_lint.meaning import Statement

    topics = [str(t) for t in ctx.param("topics", [])]
    reads, by_topic = _read(ctx)
    # The words that leave each topic vague, as the coverage found them: a passage may state a topic
    # that the page as a whole leaves vague ("a resident of a long-term care home" names no age).
    # A topic that a rule asks for as one of several is not warned about when another of them is
    # stated ("as required by law" is vague, but the policy names court orders): nothing is missing.
    vague_at: dict[str, list[tuple[str, tuple[int, int], tuple[str, ...]]]] = {}
    for topic in topics:
        item = by_topic.get(topic)
        if item is None or item["status"] != "vague" or item.get("accepted_by") or _met_by_another(ctx, topic, by_topic):
            continue  # not vague; general words the place's pack accepts; or another topic meets the rule
        vague_at[topic] = [(w["pointer"], tuple(w["span"]), tuple(w["words"])) for w in item["where"]]
    for passage, _statements in reads:
        at: dict[tuple[int, int], list[Any]] = {}
        for topic, places in vague_at.items():
            for pointer, span, words in places:
                if pointer == passage.pointer and not any(st.topic == topic for st in at.get(span, ())):
                    at.setdefault(span, []).append(Statement(topic, "vague", None, span, words))  # type: ignore[arg-type]
        for span, sts in at.items():
            names = [_label(ctx, st.topic) for st in sts]  # a list: "a, b or c", not "a or b or c"
            labels = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
            from policy_lint.rules.base import fill_template

            example = " ".join(dict.fromkeys(e for e in (_example(ctx, st.topic) for st in sts[:2]) if e))
            values = {"words": _quote(sts[0].words), "labels": labels, "topics": ", ".join(st.topic for st in sts), "example": example}
            hint = prose_hint = None  # no example for this topic: the rule's own words, which name no topic
            if getattr(passage, "frame", None) == "vague":
                # A list item that only names the limit ("- Child abuse"), under no heading or
                # lead-in that says the list holds limits: its words name it but say nothing of it.
                message = fill_template(str(ctx.param("named_message") or _NAMED), values)
                template = str(ctx.param("named_hint") or _NAMED_HINT) if example else _NAMED_HINT_PLAIN
                hint = prose_hint = fill_template(template, values)  # already in plain words
            else:
                message = ctx.message("'{words}' is too general: it does not name {labels}.", **values)
                if example:
                    hint = fill_template(str(ctx.param("example_hint") or _EXAMPLE_HINT), values)
                    prose_hint = fill_template(str(ctx.param("example_prose_hint") or _EXAMPLE_PROSE_HINT), values)
            yield Violation(
                passage.pointer,
                message,
                span=span,
                hint=hint,
                data={"topics": [st.topic for st in sts], "words": list(sts[0].words)},
                prose_hint=prose_hint,
            )


def _vague_warned(ctx: CheckContext, vague: list[str]) -> bool:
    """True when a rule that runs warns about vague words for one of ``vague`` (LIM004 lists its topics).

    Vague words for a topic no such rule reads (duty_to_warn alone: "we may
    contact the right people") must not meet a required limit in silence.
    Nor may they when that rule is turned off for this run (``--ignore``,
    ``severity: off``, ``--select`` without it, a per-file ignore), or when
    the config's ``topics`` option for it leaves the topic out: then
    nothing would tell the user that the limit is missing. A warning that the
    user suppressed with a comment or a config entry still counts: the rule
    ran, and the user saw that warning and chose to accept it.
    """
    return any(
        r.kind == "limits.vague" and ctx.runs(r.id) and any(t in (ctx.params_of(r).get("topics") or ()) for t in vague) for r in ctx.pack.rules
    )


def _met_by_another(ctx: CheckContext, topic: str, by_topic: dict[str, dict[str, Any]]) -> bool:
    """True when every rule that asks for ``topic`` (as one of several) has another of its topics stated."""
    asked = [topics_required_by(r, ctx.params_of(r)) for r in ctx.pack.rules if r.kind == "coverage.required_limit"]
    asked = [topics for topics in asked if topic in topics]
    return bool(asked) and all(any(by_topic.get(t, {}).get("status") in ("stated", "contradicted") for t in topics if t != topic) for topics in asked)


def _example(ctx: CheckContext, topic: str) -> str:
    """The example sentence for a vague finding about ``topic``, or "": the place's own words first (a pack's
    ``settings.examples``: "report it to Tusla", not to child protective services), then the rule's ``examples``."""
    place = ctx.pack.settings.get("examples")
    if isinstance(place, dict) and place.get(topic):
        return str(place[topic])
    examples = ctx.param("examples") or {}
    got = examples.get(topic) if isinstance(examples, dict) else None
    return str(got) if got else ""


_NAMED = "'{words}' names {labels}, but the list does not say that you would share anything then."
_NAMED_HINT = "Put a line above the list, such as 'We must share information without your consent when:'. Or say in the item what you do: '{example}'"
_NAMED_HINT_PLAIN = "Put a line above the list, such as 'We must share information without your consent when:'. Or say in the item what you do."
_EXAMPLE_HINT = "Name the case in plain words. For example: {example}"
_EXAMPLE_PROSE_HINT = "Name the case in plain words. Add a sentence such as: {example}"


# -- each limit's words against its label --------------------------------------------------------


def off_topic(ctx: CheckContext) -> Iterator[Violation]:
    """A limit whose words state other topics, and never the one it is filed under."""
    from policy_lint.meaning import labels_of, topic_kind

    reads, by_topic = _read(ctx)
    by_group: dict[str, dict[str, str]] = {}
    for topic, item in by_topic.items():  # terms a user pack added count for the limit that holds them
        for where in item["where"]:
            if item["status"] == "stated" and where["pointer"].startswith("/limits/"):
                by_group.setdefault("/".join(where["pointer"].split("/")[:3]), {}).setdefault(topic, "states")
    for passage, statements in reads:
        if passage.group is None:
            continue
        seen = by_group.setdefault(passage.group, {})
        for st in statements:
            seen.setdefault(st.topic, st.stance)
    for i, item in _limits(ctx.doc.data):
        labels = list(labels_of(item))
        if not labels or "other" in labels or any(topic_kind(c) != "limit" for c in labels):
            continue  # "other" names no topic; an unknown category is the schema's finding
        seen = by_group.get(f"/limits/{i}", {})
        if any(c in seen for c in labels):
            continue
        others = [t for t, s in seen.items() if s == "states" and topic_kind(t) == "limit" and t != "other"]
        if not others:
            continue
        category = labels[0]
        found = " and ".join(_label(ctx, t) for t in others[:2])
        yield Violation(
            f"/limits/{i}/explanation" if isinstance(item.get("explanation"), str) else f"/limits/{i}",
            ctx.message(
                "This limit is filed under {category}, but its words speak of {found}.",
                category=category,
                label=_label(ctx, category),
                found=found,
            ),
            hint=f"Say in plain words what the limit is about ({_label(ctx, category)}), or fix the category.",
            data={"read": others},
        )
