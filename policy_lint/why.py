"""``policy-lint why FILE``: what policy-lint read in each passage, and why a topic is covered or not.

A pure function of a loaded document: it returns text and never prints.
For each passage it shows its place, its labels, and each topic read with
its stance, its force and the words that decided. Then it gives the status
of each topic, and for a required topic that is missing, what it looked for.
"""

from __future__ import annotations

from typing import Any, Iterable

__all__ = ["explain_reading", "Requirement"]


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


class Requirement:
    """One rule of the pack that asks for topics (any one of them meets it), and whether check reported it."""

    __slots__ = ("id", "name", "topics", "reported", "suppressed")

    def __init__(self, id: str, name: str, topics: tuple[str, ...], reported: bool = False, suppressed: bool = False) -> None:
        self.id = id
        self.name = name
        self.topics = topics
        self.reported = reported
        self.suppressed = suppressed


def explain_reading(doc: Any, required: Iterable[str] = (), *, requirements: Iterable[Requirement] = (), checked_with: str = "") -> str:
    """The reading of ``doc``: passages with the topics read, then the coverage of each topic.

    ``required`` are the topics the pack of the document asks for (as check
    reads them); ``requirements`` the rules that ask for them, with what
    check reported, so "required" here means what check requires.
    ``checked_with`` says which pack, and why ("the us-tx pack, for Texas").
    """
    from policy_lint.meaning import counted, coverage, passages_of, read_all, topic_kind
    from policy_lint.reporters.text import safe as sanitize

    needed = tuple(required)
    rules = list(requirements)
    passages = passages_of(doc)
    reads = read_all(passages)
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
            force = f", {st.force}" if st.force else ""
            note = ""
            if not counted(passage, st, topic_kind(st.topic)):
                note = f"  (not counted: this text is filed under {', '.join(passage.labels)}; list {st.topic} under categories to count it)"
            elif frame == "vague":
                note = "  (this list item only names it: nothing above the list says that the list holds limits)"
            lines.append(f"      {st.topic}: {st.stance}{force}: {_quote(st.words)} at {_place(doc, passage.pointer, st.span)}{note}")
    lines += ["", "Coverage:"]
    items = coverage(passages, needed)
    status = {i["topic"]: i["status"] for i in items}
    width = max(len(t) for t in [*(i["topic"] for i in items), "topic"])
    for item in items:
        asking = [r for r in rules if item["topic"] in r.topics]
        met_by = [r for r in asking if not r.reported]
        req = "required" if item["required"] else "        "
        if item["required"] and asking and all(len(r.topics) > 1 for r in asking):
            req = "one of  "  # any one topic of the rule meets it
        where = ", ".join(f"{_place(doc, w['pointer'], tuple(w['span']))} {_quote(w['words'])}" for w in item["where"][:3])
        more = f" and {len(item['where']) - 3} more" if len(item["where"]) > 3 else ""
        only = f" (counts only for {', '.join(item['only_for'])})" if item.get("only_for") else ""
        lines.append(f"  {item['topic']:<{width}}  {item['status']:<12}  {req}  {where}{more}{only}".rstrip())
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
    if rules:
        pack = f", with {sanitize(checked_with)}" if checked_with else ""
        lines += ["", f"What check asks of this policy{pack}:"]
        for r in rules:
            if r.reported:
                verdict = "not met, but suppressed" if r.suppressed else "not met: check reports it"
            else:
                verdict = "met"
            lines.append(f"  {r.id} {sanitize(r.name)}: {verdict} ({_or(r.topics)})")
    lines += [
        "",
        "policy-lint counts a topic only where the words state it: the category a limit is filed under is a label.",
        "To see what a missing topic needs, run: policy-lint explain RULE, such as policy-lint explain COV001.",
        "",
    ]
    return "\n".join(lines)


def _or(topics: Iterable[str]) -> str:
    items = list(topics)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _raw(text: str) -> Any:
    from policy_lint.meaning import read_passage

    return read_passage(text)
