"""``policy-lint why FILE``: what policy-lint read in each passage, and why a topic is covered or not.

A pure function of a loaded document: it returns text and never prints.
For each passage it shows its place, its labels, and each topic read with
its stance, its force and the words that decided. Then it gives the status
of each topic, and for a required topic that is missing, what it looked for.
"""

from __future__ import annotations

from typing import Any, Iterable

__all__ = ["explain_reading"]


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


def explain_reading(doc: Any, required: Iterable[str] = ()) -> str:
    """The reading of ``doc``: passages with the topics read, then the coverage of each topic."""
    from policy_lint.meaning import counted, coverage, passages_of, read_all, topic_kind
    from policy_lint.reporters.text import safe as sanitize

    needed = tuple(required)
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
        if not shown and raw.get(passage.pointer):
            lines.append("      read nothing that counts: a title counts only when its limit's explanation says something too")
        elif not shown:
            lines.append("      no topic read")
        for st in shown:
            force = f", {st.force}" if st.force else ""
            note = ""
            if not counted(passage, st, topic_kind(st.topic)):
                note = f"  (not counted: this text is filed under {', '.join(passage.labels)}; list {st.topic} under categories to count it)"
            lines.append(f"      {st.topic}: {st.stance}{force}: {_quote(st.words)} at {_place(doc, passage.pointer, st.span)}{note}")
    lines += ["", "Coverage:"]
    width = max(len(t) for t in [*(i["topic"] for i in coverage(passages, needed)), "topic"])
    for item in coverage(passages, needed):
        req = "required" if item["required"] else "        "
        where = ", ".join(f"{_place(doc, w['pointer'], tuple(w['span']))} {_quote(w['words'])}" for w in item["where"][:3])
        more = f" and {len(item['where']) - 3} more" if len(item["where"]) > 3 else ""
        only = f" (counts only for {', '.join(item['only_for'])})" if item.get("only_for") else ""
        lines.append(f"  {item['topic']:<{width}}  {item['status']:<12}  {req}  {where}{more}{only}".rstrip())
        if item["status"] == "missing" and item["required"]:
            filed = [p for p, _ in reads if item["topic"] in p.labels]
            if filed:
                lines.append(f"      The limit at {_place(doc, filed[0].pointer)} is filed under {item['topic']}, but its words never state it.")
            else:
                lines.append("      No passage states it in words.")
    lines += [
        "",
        "policy-lint counts a topic only where the words state it: the category a limit is filed under is a label.",
        "To see what a missing topic needs, run: policy-lint explain RULE, such as policy-lint explain COV001.",
        "",
    ]
    return "\n".join(lines)


def _raw(text: str) -> Any:
    from policy_lint.meaning import read_passage

    return read_passage(text)
