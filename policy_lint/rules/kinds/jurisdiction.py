"""Kinds for the jurisdiction: a real region code, the pack for the place, and its law.

The rules of the jurisdiction packs (``packs/us-*.yaml``, ``gb.yaml``, ...)
use ``jurisdiction.topic``: a limit the law of that place asks for, found by
its category or by the words of any limit.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from policy_lint.rules.base import CheckContext, Violation

__all__ = ["code", "address", "unchecked", "assumed", "topic", "force", "wrong_words"]


def _clinic(ctx: CheckContext) -> dict[str, Any]:
    data = ctx.doc.data
    clinic = data.get("clinic") if isinstance(data, dict) else None
    return clinic if isinstance(clinic, dict) else {}


def _name(code_: str) -> str:
    """The place's name as a sentence writes it: "the United Kingdom", "California"."""
    from policy_lint.jurisdictions.codes import place_name

    return place_name(code_)


# -- the code itself -----------------------------------------------------------


def code(ctx: CheckContext) -> Iterator[Violation]:
    """clinic.jurisdiction has the form of a region code, but no region has it (TX, UK, US-XX)."""
    from policy_lint.jurisdictions.codes import SHAPE, did_you_mean, known

    value = _clinic(ctx).get("jurisdiction")
    if not isinstance(value, str) or not SHAPE.match(value) or known(value):
        return  # the wrong form (Texas, tx) is the schema's finding, with the same suggestion
    guess = did_you_mean(value)
    yield Violation(
        "/clinic/jurisdiction",
        ctx.message("'{value}' is not a region code.{guess}", value=value, guess=guess),
        hint=None if guess else "Use an ISO 3166 code: a country (GB), or a country, a dash and a region (US-TX).",
    )


def address(ctx: CheckContext) -> Iterator[Violation]:
    """The clinic's address is in another place than its jurisdiction (CA, Canada, for a Sacramento address)."""
    from policy_lint.jurisdictions.codes import SHAPE, known
    from policy_lint.jurisdictions.detect import detect, detect_city

    clinic = _clinic(ctx)
    value, where = clinic.get("jurisdiction"), clinic.get("address")
    if not isinstance(value, str) or not isinstance(where, str) or not SHAPE.match(value) or not known(value):
        return
    found = detect(where, address=True) or detect_city(where)  # "Oakland, CA" with no ZIP code is an address too
    if found is None or found.code == value or found.code.startswith(value + "-") or value.startswith(found.code + "-"):
        return  # the same place, or one inside the other (US and US-CA; GB-SCT and a GB postcode)
    yield Violation(
        "/clinic/jurisdiction",
        ctx.message(
            "The jurisdiction is {value} ({value_name}), but the address is in {found_name} ('{evidence}'). Did you mean '{found}'?",
            value=value,
            value_name=_name(value),
            found=found.code,
            found_name=_name(found.code),
            evidence=found.evidence,
        ),
    )


# -- which pack checked it --------------------------------------------------------


def unchecked(ctx: CheckContext) -> Iterator[Violation]:
    """The law of the practice's place was not checked: there is no pack for it, or another pack was chosen."""
    from policy_lint.jurisdictions.select import pack_for
    from policy_lint.jurisdictions.where import jurisdiction_of

    where = jurisdiction_of(ctx.doc)
    if where is None:
        # A YAML policy without a place gets SCH001; a page has no field for
        # it, so say that no law of a place was checked.
        from policy_lint.jurisdictions.where import tied_places

        tied = tied_places(ctx.doc)
        if len(tied) >= 2:
            # Addresses of two places weigh the same ("Seattle, WA" and "Toronto, ON", each on a plain line): say so, never guess.
            a, b = tied[0], tied[1]
            yield Violation(
                "",
                ctx.message(
                    "policy-lint could not tell where your practice is: the page gives {a} ('{a_words}') and {b} ('{b_words}') alike. It checked no rules of a state or country.",
                    a=_name(a.code),
                    a_words=a.evidence,
                    b=_name(b.code),
                    b_words=b.evidence,
                ),
                hint=f"Add 'jurisdiction: {a.code}' (or the right code) to clinic, or run with --jurisdiction {a.code}.",
                prose_hint=f"Add a sentence such as: This policy follows the law of {_name(a.code)}. Or run with --jurisdiction {a.code}.",
            )
            return
        if getattr(ctx.doc, "passages", None) is not None:
            yield Violation(
                "",
                ctx.message("policy-lint could not tell where your practice is, so it checked no rules of a state or country."),
                hint="Give the place with --jurisdiction (such as --jurisdiction US-TX) or the config key jurisdiction, or put the file in a folder named by the code (US-TX/).",
            )
        return
    name, exact = pack_for(where.code)
    pointer = where.pointer if where.source == "policy" else ""
    place = f"{_name(where.code)} ({where.code})"
    if name is not None and name not in ctx.pack.chain:
        from policy_lint.jurisdictions.where import facts

        if not facts(ctx.doc).get("explicit_pack"):
            return  # a Linter built by hand (the library, the tests): its pack is the caller's choice
        yield Violation(
            pointer,
            ctx.message(
                "The pack {pack} has the rules for {place}, but this run uses the pack {used}, which does not build on it.",
                pack=name,
                place=place,
                used=ctx.pack.name,
            ),
            hint=f"Add {name} to 'extends' in your pack, or leave out --pack (and the config's pack) to let policy-lint pick it.",
        )
        return
    if exact:
        return
    place_law = ctx.pack.settings.get("jurisdiction") if name is not None and name in ctx.pack.chain else None
    covers = place_law.get("covers") if isinstance(place_law, dict) else None
    if isinstance(covers, list) and where.code in covers:
        # England is checked in full by the UK pack: one plain line, not a missing pack
        country = str(place_law.get("name") or name)
        yield Violation(
            pointer,
            ctx.message("policy-lint checked {place} against the {pack} pack ({country}), which holds the law of {region}.", place=place, pack=name, country=country, region=_name(where.code)),
            hint=f"Nothing to change. 'policy-lint rules --pack {name}' lists the law it checks.",
            data={"pack": name, "covers": where.code},
        )
        return
    if name is None:
        message = ctx.message("policy-lint has no rule pack for {place}. It checked the policy against the base pack only.", place=place, pack=ctx.pack.name)
    else:
        message = ctx.message(
            "policy-lint has no rule pack for {place}. It checked the policy against the {pack} pack, for the country.",
            place=place,
            pack=name,
        )
    yield Violation(pointer, message)


def assumed(ctx: CheckContext) -> Iterator[Violation]:
    """The jurisdiction was worked out from an address, not given."""
    from policy_lint.jurisdictions.select import pack_for
    from policy_lint.jurisdictions.where import jurisdiction_of

    where = jurisdiction_of(ctx.doc)
    if where is None or where.source != "assumed":
        return
    name, _ = pack_for(where.code)
    used = f" and used the {name} pack" if name is not None and name in ctx.pack.chain else ""
    values = {"evidence": where.evidence, "place": _name(where.code), "code": where.code, "used": used}
    if where.from_hipaa:
        # Nothing in the policy shows the place, but HIPAA is US law (--hipaa-covered-entity).
        yield Violation(
            "",
            ctx.message("The policy does not say where the practice is. A HIPAA covered entity is in the United States, so policy-lint assumed {place} ({code}){used}.", **values),
            hint="Give the state with --jurisdiction (such as --jurisdiction US-NY), so that its law is checked too.",
            prose_hint="Give the state with --jurisdiction (such as --jurisdiction US-NY), so that its law is checked too. Or add a sentence such as: This policy follows the law of New York.",
            data={"hipaa": True},
        )
        return
    yield Violation(
        where.pointer,
        ctx.message("The policy does not say where the practice is. From '{evidence}', policy-lint assumed {place} ({code}){used}.", **values),
        span=where.span,
        hint=f"If that is right, say so: add 'jurisdiction: {where.code}' to clinic, or run with --jurisdiction {where.code}.",
        prose_hint=f"If that is right, add a sentence such as: This policy follows the law of {_name(where.code)}. Or run with --jurisdiction {where.code}.",
    )


# -- what the law of the place asks for --------------------------------------------


def _limits(data: Any) -> list[tuple[int, dict[str, Any]]]:
    limits = data.get("limits") if isinstance(data, dict) else None
    if not isinstance(limits, list):
        return []
    return [(i, item) for i, item in enumerate(limits) if isinstance(item, dict)]


def _filed(item: Any) -> tuple[str, ...]:
    """The categories a limit is filed under: its category and its categories."""
    from policy_lint.meaning import labels_of

    return labels_of(item)


def _text(item: dict[str, Any]) -> str:
    return " ".join(str(item[k]) for k in ("title", "explanation") if isinstance(item.get(k), str))


def _mentions(terms: list[str], text: str) -> bool:
    """True when ``text`` uses one of ``terms`` as whole words, in any case (plural s, es or 's too)."""
    if not terms or not text.strip():
        return False
    from policy_lint.rules.kinds.core import _terms_regex

    return _terms_regex(tuple(t.lower() for t in terms)).search(text) is not None


def _said(doc: Any, pointer: str, text: str) -> str:
    """The words of a passage without its title: a YAML limit's explanation alone."""
    if pointer.startswith("/limits/") and pointer.endswith("/explanation"):
        value = doc.get(pointer)
        return value if isinstance(value, str) else ""
    return text


#: Words after a service's name that make it a subject, not the service: "Child Protection law", "Child Safety training".
_NOT_THE_SERVICE = re.compile(r"\s+(?:laws?|legislation|acts?|policy|policies|procedures?|training|orders?|issues?|concerns?|matters?|system|framework|principles|standards|guidelines)\b", re.IGNORECASE)


def _names(names: list[str], text: str) -> bool:
    """True when ``text`` writes one of ``names`` as a service's name, its capitals kept ("Child Protection",
    "Child Safety"), and not as a subject ("Child Protection law")."""
    for name in names:
        words = r"\s+".join(re.escape(w) for w in name.split())
        for hit in re.finditer(rf"(?<![^\W_]){words}(?![^\W_])", text):
            if not _NOT_THE_SERVICE.match(text, hit.end()):
                return True
    return False


def applies(ctx: CheckContext) -> bool:
    """False when the rule names a fact about the practice (``when``) that is not true of it."""
    when = ctx.param("when")
    if not when:
        return True
    from policy_lint.jurisdictions.where import clinic_flag

    return clinic_flag(ctx.doc, str(when))


def topic(ctx: CheckContext) -> Iterator[Violation]:
    """A limit the law of the place asks for: by its category, or by what the words state.

    Options: ``categories`` (limits filed under these count), ``topics``
    (a passage anywhere in the policy that states one of these topics
    counts: the text-understanding core reads it, ``policy_lint.meaning``),
    ``terms`` (for a topic the core does not know, such as terrorism: a
    limit whose title or explanation uses one of these words counts),
    ``pointers`` (a field that holds text counts, such as
    /clinic/effective_date), ``only_with`` (run only when the policy has a
    limit of one of these categories), ``must_name`` (a list of
    ``{what, terms, named}``: the passages that count must also say each of
    these; ``terms`` in any case, ``named`` a service's name with its
    capitals, in a sentence and not in a heading or title: "Child Protection"),
    ``when`` (a yes/no fact about the practice, such as
    ``hipaa_covered_entity``: the rule runs only when it is true).
    """
    if not applies(ctx):
        return
    wanted = [str(c) for c in ctx.param("categories", []) or []]
    topics = {str(t) for t in ctx.param("topics", []) or []}
    terms = [str(t) for t in ctx.param("terms", []) or []]
    data = ctx.doc.data
    after = [str(c) for c in ctx.param("only_with", []) or []]
    if after and not any(set(_filed(item)) & set(after) for _, item in _limits(data)):
        return  # the base pack already reports the missing limit (COV004 for elders and dependent adults)
    for pointer in ctx.param("pointers", []) or []:
        value = ctx.doc.get(str(pointer))
        if isinstance(value, str) and value.strip():
            return
    order = {c: k for k, c in enumerate(wanted)}
    # (pointer to point at, text): limits filed under a category first, then passages whose words state a topic.
    found: list[tuple[str, str]] = []
    labelled = [(i, item) for i, item in _limits(data) if any(c in order for c in _filed(item)) and isinstance(item.get("explanation"), str) and item["explanation"].strip()]
    labelled.sort(key=lambda hit: min(order[c] for c in _filed(hit[1]) if c in order))
    found += [(f"/limits/{i}/explanation", _text(item)) for i, item in labelled]
    needs = ctx.param("must_name", []) or []
    if topics and not (found and not needs):  # a limit filed under the category is enough: no need to read every passage
        from policy_lint.meaning import framed, passages_of, read_passage

        for passage in passages_of(ctx.doc):
            if any(st.topic in topics and st.stance == "states" for st in framed(read_passage(passage.text), passage.frame, passage.text)):
                found.append((passage.pointer, passage.text))
    found += [(f"/limits/{i}/explanation", _text(item)) for i, item in _limits(data) if _mentions(terms, _text(item))]
    labels = " or ".join(ctx.pack.categories[c].label.lower() if c in ctx.pack.categories else c for c in wanted) or "this topic"
    if not found:
        has_key = bool(wanted) and isinstance(data, dict) and "limits" in data  # a part of a notice is not a limit: the whole file
        yield Violation("/limits" if has_key else "", ctx.message("No limit covers {labels}.", labels=labels), on_key=has_key)
        return
    text = " ".join(t for _, t in found)
    # A service's own name counts only as written, in a sentence: "report it to Child Protection", not the heading
    # "Child Protection" or "child protection law".
    body = " ".join(_said(ctx.doc, p, t) for p, t in found if not p.endswith("/title") and not _is_heading(ctx.doc, p))
    for need in needs:
        if not isinstance(need, dict):
            continue
        if not _mentions([str(t) for t in need.get("terms") or []], text) and not _names([str(t) for t in need.get("named") or []], body):
            what = str(need.get("what", "it"))
            yield Violation(
                found[0][0],
                str(ctx.param("must_name_message") or "This limit does not say that you would tell {what}.").replace("{what}", what).replace("{labels}", labels),
            )


# -- must or may: the force of the law against the force of the words ------------------------

_FORCE_OF = {"required": "must", "permitted": "may"}


def _is_heading(doc: Any, pointer: str) -> bool:
    """True when ``pointer`` is a heading of a page (a limit's title as render writes it: "If you threaten a person we can name")."""
    block_of = getattr(doc, "block_of", None)
    if block_of is None or not pointer.startswith("/blocks/"):
        return False
    found = block_of(pointer)
    return found is not None and doc.block_at(found[0]).kind == "heading"


def force(ctx: CheckContext) -> Iterator[Violation]:
    """The policy says "must" where the place's law only allows, or "may" where it requires.

    Options: ``topics`` (the topics to read, such as duty_to_warn). What the
    law says of each comes from the pack's ``settings.jurisdiction.topics``
    (required: must; permitted: may), so the table in docs/jurisdictions.md
    and the rule never disagree. The words are read by the
    text-understanding core (``policy_lint.meaning``): only a passage that
    states the topic, with a word of duty or of choice, counts.
    """
    from policy_lint.meaning import force_span, framed, passages_of, read_passage

    place = ctx.pack.settings.get("jurisdiction") or {}
    table = place.get("topics") or {}
    wanted: dict[str, str] = {}
    for topic in ctx.param("topics", []) or []:
        entry = table.get(str(topic)) or {}
        law = _FORCE_OF.get(str(entry.get("status")))
        if law is not None:
            wanted[str(topic)] = law
    if not wanted:
        return
    seen: set[str] = set()
    read = []
    for passage in passages_of(ctx.doc):
        if passage.pointer.endswith("/title") or _is_heading(ctx.doc, passage.pointer):
            continue  # a heading's "may" is "might" ("If a child may be hurt"), not a choice; so is a page's heading
        if passage.labels and not set(passage.labels) & set(wanted):
            continue  # a limit filed under another topic (minors: "you can get help with abuse") is not about this duty
        read.append((passage, [st for st in framed(read_passage(passage.text), passage.frame, passage.text) if st.topic in wanted and st.stance == "states"]))
    # The police told after a threat to another person states the duty to warn (docs/coverage.md, rule 15). Where the
    # policy states that duty as a duty elsewhere, "If you might seriously hurt another person, ... we may call the
    # police" is the wider case the law allows, not the duty said as a choice; a warning of the person said with "may"
    # ("we may try to warn them") still is.
    as_duty = {st.topic for _, sts in read for st in sts if wanted[st.topic] == "must" and st.force == "must"}
    for passage, sts in read:
        clashes = [st for st in sts if st.force not in (None, wanted[st.topic]) and not (st.topic in as_duty and _police_only(st))]
        if not clashes or passage.pointer in seen:
            continue
        seen.add(passage.pointer)
        # One finding a passage ("hurt someone, we must warn" states two topics): the topic the rule names first.
        rank = list(wanted)
        st = min(clashes, key=lambda x: rank.index(x.topic))
        law = wanted[st.topic]
        entry = table[st.topic]
        cite = "; ".join(_cite(item) for item in entry.get("law") or [])
        # Quote and point at the words that say "must" or "may" ("required to notify"),
        # not the words of the topic ("reasonably identifiable victim").
        span = force_span(passage.text, st.span, str(st.force)) or st.span
        words = " ".join(passage.text[span[0] : span[1]].split())
        if len(words) > 80:
            words = words[:77].rstrip() + "..."
        values = {"place": place.get("name", ""), "cite": cite, "words": words, "topic": st.topic}
        if law == "may":
            default = "{place} law allows this, but does not make it a duty ({cite}). The policy says you must ('{words}')."
        else:
            default = "{place} law makes this a duty ({cite}). The policy says only that you may ('{words}')."
        text = ctx.message(default, **values)
        yield Violation(passage.pointer, text, span=span)


#: Words of a reading that name the police, and words that name a warning of the person.
_POLICE_WORDS = ("police", "law enforcement")
_WARN_WORDS = ("warn", "victim", "that person", "the person", "them")


def _police_only(st: Any) -> bool:
    """True when a duty_to_warn reading rests on the police told, with no warning of the person in its words."""
    words = [w.lower() for w in st.words]
    return st.topic == "duty_to_warn" and any(p in w for w in words for p in _POLICE_WORDS) and not any(x in w for w in words for x in _WARN_WORDS)


def _cite(item: Any) -> str:
    section = item.get("section") if isinstance(item, dict) else None
    code_ = item.get("code", "") if isinstance(item, dict) else ""
    return f"{code_} {section}" if section else str(code_)


# -- words that belong to another place ---------------------------------------------------------


def wrong_words(ctx: CheckContext) -> Iterator[Violation]:
    """A passage names words that are not true of this place: another country's law ("HIPAA" in an Irish
    policy), or a claim its law does not make ("mandatory reporter" for a Queensland counsellor).

    Options: ``terms`` (the words, as whole words in any case), ``unless`` (a passage that also
    uses one of these words, in any case, is fine: "HIPAA, the US law, does not apply to us"),
    ``unless_named`` (the same, with their capitals kept: "US", not "us"), ``unless_places`` (codes
    such as US: a passage that names the place or one of its states in full, with capitals, is fine:
    "For clients in New York, we follow HIPAA"), ``unless_topics`` (the
    ``unless`` words count in any passage of the policy that states one of these topics, too: "I am a
    mandatory reporter." and, in another passage on child abuse, "I must tell the police"), ``products``
    (words of a tool: the term as its label, "compliant" and one of these within three words, does not
    count: "a HIPAA-compliant video platform" says what the tool meets, not which law protects the
    client), ``unless_said`` (true: an ``unless`` word counts only where the passage does not deny it, as the
    text-understanding core reads a denial: "I do not report to the police" names the police but says no
    duty to tell them). One finding a passage, at the first of its words.
    """
    terms = [str(t) for t in ctx.param("terms", []) or []]
    if not terms:
        return
    unless = [str(t) for t in ctx.param("unless", []) or []]
    named = [str(t) for t in ctx.param("unless_named", []) or []] + _place_names(tuple(str(c) for c in ctx.param("unless_places", []) or []))
    topics = frozenset(str(t) for t in ctx.param("unless_topics", []) or [])
    from policy_lint.meaning import passages_of
    from policy_lint.rules.kinds.core import _terms_regex

    rx = _terms_regex(tuple(t.lower() for t in terms))
    passages = passages_of(ctx.doc)
    said_elsewhere: bool | None = None
    products = tuple(str(t).lower() for t in ctx.param("products", []) or [])
    mentions = _said_not_denied if ctx.param("unless_said", False) else _mentions
    for passage in passages:
        hit = next((h for h in rx.finditer(passage.text) if not _a_label(passage.text, h.start(), h.end(), products) and not _in_number(passage.text, h.start(), h.end())), None)
        if hit is None:
            continue
        # a YAML limit is one passage for this: its title ("Clients in New York") and its explanation ("we follow HIPAA")
        whole = " ".join(p.text for p in passages if p.group == passage.group) if passage.group else passage.text
        if mentions(unless, whole) or _names(named, whole):
            continue
        if topics:
            if said_elsewhere is None:
                said_elsewhere = any(mentions(unless, p.text) and _states_one_of(p, topics) for p in passages)
            if said_elsewhere:
                continue
        yield Violation(passage.pointer, ctx.message("'{words}' does not fit this place.", words=hit.group()), span=hit.span())


#: Digits joined to a term by a dash, a dot or a bracket: "555-911-0100" is a phone number, not 911.
_NUMBER_BEFORE = re.compile(r"\d[-.)/][ \t]?$|\d[ \t]$")
_NUMBER_AFTER = re.compile(r"[ \t]?[-./(][ \t]?\d|[ \t]\d{3}")


def _in_number(text: str, start: int, end: int) -> bool:
    """True when a term made of digits ("911") is part of a longer number ("555-911-0100", "1 800 911 2000")."""
    if not text[start:end].isdigit():
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 3), start) is not None or _NUMBER_AFTER.match(text, end) is not None


def _said_not_denied(terms: list[str], text: str) -> bool:
    """True when ``text`` uses one of ``terms`` outside every denial the core reads in it ("I do not report to the police")."""
    if not terms or not text.strip():
        return False
    from policy_lint.meaning import denied_spans
    from policy_lint.rules.kinds.core import _terms_regex

    hits = list(_terms_regex(tuple(t.lower() for t in terms)).finditer(text))
    if not hits:
        return False
    denied = denied_spans(text)
    return any(not any(a <= h.start() and h.end() <= b for a, b in denied) for h in hits)


#: "-compliant" or " compliant" after a term, then at most three words: "HIPAA-compliant secure video platform".
_LABEL = re.compile(r"[ \t]*[-\u2010\u2011][ \t]*compliant\b|[ \t]+compliant\b", re.IGNORECASE)
_WORD = re.compile(r"[\s,]*([A-Za-z]+)")


def _a_label(text: str, start: int, end: int, products: tuple[str, ...]) -> bool:
    """True when the term at ``start:end`` labels a tool (``products``): "a HIPAA-compliant video platform", or, with
    the tool named in the few words before it in the same clause, "Our video platform is HIPAA compliant"."""
    if not products:
        return False
    m = _LABEL.match(text, end)
    if m is None:
        return False
    at = m.end()
    for _ in range(3):
        w = _WORD.match(text, at)
        if w is None:
            break
        word = w.group(1).lower()
        if word in products or word.rstrip("s") in products:
            return True
        at = w.end()
    # the clause before the term: up to four words, never past a comma or the end of a sentence
    before = re.split(r"[,;:.!?()\n]", text[max(0, start - 80):start])[-1].split()[-4:]
    return any(w.lower() in products or w.lower().rstrip("s") in products for w in before)


def _place_names(codes: tuple[str, ...]) -> list[str]:
    """The full names of each place of ``codes`` and of its regions: US gives "United States", "New York", "Texas"."""
    if not codes:
        return []
    from policy_lint.jurisdictions.codes import _regions

    return [r.name for c, r in _regions().items() if c in codes or c.split("-")[0] in codes]


def _states_one_of(passage: Any, topics: frozenset[str]) -> bool:
    """True when the words of ``passage`` state one of ``topics`` (read by the text-understanding core)."""
    from policy_lint.meaning import framed, read_passage

    return any(st.topic in topics and st.stance == "states" for st in framed(read_passage(passage.text), passage.frame, passage.text))
