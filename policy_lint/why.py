"""``policy-lint why FILE``: what policy-lint read in each passage, and why a topic is covered or not.

A pure function of a loaded document: it returns text and never prints.
For each passage it shows its place, its labels, and each topic read with
its stance, its force and the words that decided. Then it gives the status
of each topic, and for a required topic that is missing, what it looked for.
"""

from __future__ import annotations

from typing import Any, Iterable

from policy_lint.values import Frozen, _set

__all__ = ["explain_reading", "Requirement", "FactRule", "LOOKED_FOR"]


def _place(doc: Any, pointer: str, span: tuple[int, int] | None = None) -> str:
    start, _ = doc.locate(pointer, span=span)
    from policy_lint.findings import place_label

    label = place_label(start)  # a Word or PDF file: "page 2, paragraph 3, character 5"
    if label is not None:
        return label
    return f"{start.line}:{start.column}" if start is not None else "-"


def _quote(words: Iterable[str]) -> str:
    from policy_lint.reporters.text import safe as sanitize  # terminal-safe text

    return " ... ".join(f'"{sanitize(str(w))}"' for w in words)


class Requirement(Frozen, hashable=False):
    """One rule of the pack that asks for topics (any one of them meets it), and whether check reported it.

    ``flags`` are check's other findings on its topics: (topic, state, rule
    id, "warns" or "reports it", suppressed), where state is "vague" (a
    LIM004 finding) or "contradicted" (COV007, COV008). A rule is "met" in
    ``why`` only when check has no finding on it at all.
    """

    __slots__ = ("id", "name", "topics", "reported", "suppressed", "flags")

    def __init__(
        self,
        id: str,
        name: str,
        topics: tuple[str, ...],
        reported: bool = False,
        suppressed: bool = False,
        flags: tuple[tuple[str, str, str, str, bool], ...] = (),
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "topics", topics)
        _set(self, "reported", reported)
        _set(self, "suppressed", suppressed)
        _set(self, "flags", flags)


#: What each rule about the policy's own facts (DOC001 to DOC004) looked for, in plain words.
LOOKED_FOR = {
    "/confidentiality/summary": "a sentence near the top that tells your clients what stays private, such as 'confidential', 'stays private', 'in confidence' or 'will not share it without your permission'",
    "/questions": "a way to ask questions, such as 'Questions? Email ...', a heading 'Who can I ask?' with a way to ask under it, 'Contact: 0400 555 123', 'ask your therapist' or 'you can ask me about it'",
    "/clinic/contact/email": "an email address",
    "/clinic/contact/phone": "a phone number, such as '503-555-0142', '07700 900461', '(02) 9555 0123', 'call 555-0177' or 'call ext. 4410'",
    "/clinic/effective_date": "a date after 'effective', 'applies from', 'in force from', 'last updated' or 'as of'",
}


class FactRule(Frozen, hashable=False):
    """One rule that asks for a fact of the policy (DOC001 to DOC004): what check said, and the words found for it.

    ``found`` holds (place, words) of each field found; ``prose`` says
    whether the policy is a page (its facts are read from the text) or YAML
    (they are fields).
    """

    __slots__ = ("id", "name", "pointers", "reported", "suppressed", "found", "prose")

    def __init__(
        self,
        id: str,
        name: str,
        pointers: tuple[str, ...],
        reported: bool,
        suppressed: bool,
        found: tuple[tuple[str, str], ...],
        prose: bool,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "pointers", pointers)
        _set(self, "reported", reported)
        _set(self, "suppressed", suppressed)
        _set(self, "found", found)
        _set(self, "prose", prose)


def explain_reading(
    doc: Any,
    required: Iterable[str] = (),
    *,
    requirements: Iterable[Requirement] = (),
    checked_with: str = "",
    facts: Iterable[FactRule] = (),
    pack: Any = None,
) -> str:
    """The reading of ``doc``: passages with the topics read, then the coverage of each topic.

    ``required`` are the topics the pack of the document asks for (as check
    reads them); ``requirements`` the rules that ask for them, with what
    check reported, so "required" here means what check requires.
    ``checked_with`` says which pack, and why ("the us-tx pack, for Texas").
    ``pack`` is that pack: the words it adds to a category count as check
    counts them (``pack_terms``).
    """
    from policy_lint.meaning import CONSENT_ONLY, TOTAL_ONLY, LIMITS_TAIL, TEXT_LISTS, counted, no_duty_reading, topic_kind
    from policy_lint.reporters.text import safe as sanitize
    from policy_lint.rules.kinds.meaning import place_no_duty, read_coverage

    rules = list(requirements)
    no_duty = place_no_duty(pack) if pack is not None else frozenset()
    passages, reads, items = read_coverage(doc, pack, tuple(required))
    raw = {p.pointer: sts for p, sts in ((p, _raw(p.text)) for p in passages)}
    lines = [f"What policy-lint read in {sanitize(doc.path)}:", ""]

    if not passages:
        lines.append("  No text a client reads (no limits, notification, summary or questions).")
    for passage, statements in reads:
        labels = f"  [filed under {', '.join(passage.labels)}]" if passage.labels else ""
        lines.append(f"  {_place(doc, passage.pointer)}  {passage.pointer}{labels}")
        shown = statements or ()
        frame = getattr(passage, "frame", None)
        if not shown and raw.get(passage.pointer) and frame == "quiet":
            lines.append("      read nothing that counts: the heading or line above this list says it lists something else, such as what you treat")
        elif not shown and raw.get(passage.pointer):
            lines.append("      read nothing that counts: a title counts only when its limit's explanation says something too")
        elif not shown:
            lines.append("      no topic read")
        for st in shown:
            force = f", {st.force}" if st.force in ("must", "may") else ""
            note = ""
            if st.force == CONSENT_ONLY:
                note = "  (it names no exception but consent: it counts as a promise only when no other words name a limit)"
            elif st.force == TOTAL_ONLY:
                note = "  (it only says that everything is private: when other words name a limit, the limits it does not name count as missing, not as said the other way)"
            elif not counted(passage, st, topic_kind(st.topic)):
                note = f"  (not counted: this text is filed under {', '.join(passage.labels)}; list {st.topic} under categories to count it)"
            elif st.topic in no_duty and no_duty_reading(shown, st):
                note = "  (not counted: the law of this place does not make it a duty, so saying so is true)"
            elif frame == "vague" or (frame == TEXT_LISTS and st.stance == "vague" and any(r.topic == st.topic and r.span == st.span and r.stance == "states" for r in raw.get(passage.pointer, ()))):
                note = "  (this list item only names it: nothing above the list says that the list holds limits)"
            elif frame == LIMITS_TAIL and st.topic == "duty_to_warn" and not any(r.topic == st.topic for r in raw.get(passage.pointer, ())):
                note = (
                    "  (read after the limit above it about a danger to someone else: "
                    + ("it says whom you contact, not that you warn the person at risk or the police)" if st.stance == "vague" else "it names the police among the people you tell)")
                )
            elif isinstance(frame, tuple) and st.topic == "duty_to_warn" and st.stance == "vague":
                note = "  (read with the list above it: it says whom you contact, not that you warn the person at risk or the police)"
            elif isinstance(frame, tuple) and st.topic == "duty_to_warn" and st.stance == "states":
                note = "  (read with the list above it: it names the police among the people you tell)"
            lines.append(f"      {st.topic}: {st.stance}{force}: {_quote(st.words)} at {_place(doc, passage.pointer, st.span)}{note}")
    lines += ["", "Coverage:"]
    status = {i["topic"]: i["status"] for i in items}
    width = max(len(t) for t in [*(i["topic"] for i in items), "topic"])
    promised: set[tuple[str, tuple[int, ...]]] = set()
    for item in items:
        asking = [r for r in rules if item["topic"] in r.topics]
        met_by = [r for r in asking if not r.reported]
        req = "required" if item["required"] else "        "
        if item["required"] and asking and all(len(r.topics) > 1 for r in asking):
            req = "one of  "  # any one topic of the rule meets it
        where = ", ".join(f"{_place(doc, w['pointer'], tuple(w['span']))} {_quote(w['words'])}" for w in item["where"][:3])
        more = f" and {len(item['where']) - 3} more" if len(item["where"]) > 3 else ""
        only = f" (counts only for {', '.join(item['only_for'])})" if item.get("only_for") else ""
        if item.get("accepted_by"):
            only += f" (general words, but the {item['accepted_by']} pack counts them)"
        lines.append(f"  {item['topic']:<{width}}  {item['status']:<12}  {req}  {where}{more}{only}".rstrip())
        if item.get("promise") and item["status"] != "contradicted":
            w = item["promise"][0]
            key = (w["pointer"], tuple(w["span"]))
            if key not in promised:  # one line a promise, under the first limit it speaks against
                promised.add(key)
                lines.append(f"      Stated, but the promise {_quote(w['words'])} at {_place(doc, w['pointer'], tuple(w['span']))} says nothing is ever shared. Check reports that promise once, as COV008, not once for each limit.")
        if item["status"] == "missing" and item["required"]:
            filed = [p for p, _ in reads if item["topic"] in p.labels]
            others = [t for r in met_by for t in r.topics if t != item["topic"] and status.get(t) == "stated"]
            if asking and met_by and len(met_by) == len(asking) and others:
                names = ", ".join(dict.fromkeys(r.id for r in met_by))
                lines.append(f"      Not needed: {names} asks for one of {_or(met_by[0].topics)}, and the policy states {others[0]}.")
            elif filed:
                lines.append(f"      The limit at {_place(doc, filed[0].pointer)} is filed under {item['topic']}, but its words never state it.")
            else:
                lines.append("      No passage states it in words.")
    asked = list(facts)
    if rules or asked:
        pack = f", with {sanitize(checked_with)}" if checked_with else ""
        lines += ["", f"What check asks of this policy{pack}:"]
        for f in asked:
            lines.append(f"  {f.id} {sanitize(f.name)}: {_fact_verdict(f)}")
        for r in rules:
            verdict = _verdict(r, status)
            accepted = [str(i["accepted_by"]) for i in items if i["topic"] in r.topics and i.get("accepted_by") and i["status"] == "vague"]
            if verdict == "met" and accepted and not any(status.get(t) == "stated" for t in r.topics):
                verdict = f"met: the words are general, but the {accepted[0]} pack counts them"
            lines.append(f"  {r.id} {sanitize(r.name)}: {verdict} ({_or(r.topics)})")
    lines += [
        "",
        "policy-lint counts a topic only where the words state it: the category a limit is filed under is a label.",
        "To see what a missing topic needs, run: policy-lint explain RULE, such as policy-lint explain COV001.",
        "",
    ]
    return "\n".join(lines)


def _verdict(r: Requirement, status: dict[str, str]) -> str:
    """What check says of a rule that asks for topics: "met" only when check has no finding on them."""
    if r.reported:
        return "not met, but suppressed" if r.suppressed else "not met: check reports it"
    if not r.flags:
        stated = [t for t in r.topics if status.get(t) == "stated"]
        if len(r.topics) > 1 and stated and r.topics[0] not in stated:
            return f"met by {_or(stated).replace(' or ', ' and ')}, not {r.topics[0]}"  # "as required by law" names no court
        return "met"
    said = []
    for state in ("contradicted", "vague"):
        ids = [(rid, how, sup) for _, st, rid, how, sup in r.flags if st == state]
        if not ids:
            continue
        unique = list(dict.fromkeys(rid for rid, _, _ in ids))
        names = _or(unique).replace(" or ", " and ")
        if all(sup for _, _, sup in ids):
            said.append(f"{state} ({names}, suppressed)")
        else:
            how = "warns" if all(h == "warns" for _, h, _ in ids) else "reports it"
            if len(unique) > 1:
                how = {"warns": "warn", "reports it": "report it"}[how]
            said.append(f"{state} ({names} {how})")
    flagged = {t for t, *_ in r.flags}
    clean = [t for t in r.topics if t not in flagged and status.get(t) == "stated"]
    if clean:
        bad = _or([t for t in r.topics if t in flagged])
        return f"met by {clean[0]}, but {bad} is " + " and ".join(said)
    return " and ".join(said)


def _fact_verdict(f: FactRule) -> str:
    """What check says of a rule about the policy's own facts, with the words found or what was looked for."""
    if f.found:
        shown = "; ".join(f"{_quote([_short(words)])} at {place}" for place, words in f.found)
        verdict = f"met: found {shown}"
        return verdict + (", but check reports it" if f.reported and not f.suppressed else "")
    verdict = ("not met, but suppressed" if f.suppressed else "not met: check reports it") if f.reported else "check reports nothing"
    if f.prose:
        looked = " or ".join(LOOKED_FOR.get(p, p) for p in f.pointers)
        what = {"/clinic/effective_date": "effective date", "/questions": "way to ask questions", "/confidentiality/summary": "opening statement"}.get(f.pointers[0], "email address or phone number")
        return f"{verdict}. No {what} found (looked for {looked})"
    fields = " or ".join(p.strip("/").replace("/", ".") for p in f.pointers)
    return f"{verdict}. No {fields} field"


def _short(words: str, limit: int = 70) -> str:
    text = " ".join(str(words).split())
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + " ..."


def _or(topics: Iterable[str]) -> str:
    items = list(topics)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _raw(text: str) -> Any:
    from policy_lint.meaning import read_passage

    return read_passage(text)
