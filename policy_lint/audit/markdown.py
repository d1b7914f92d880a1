"""The audit as Markdown: a summary, the matrix as a table, then the findings.

Text from a policy is escaped so it cannot make a table column, a link, a
code span or raw HTML: ``\\`` ``|`` ``<`` ``>`` ``&`` backticks, brackets,
``*`` ``_`` and ``~`` get a backslash, and line breaks become spaces. Links
from cells go to ``<a id>`` anchors made from hashes, never from policy text.
"""

from __future__ import annotations

import re
from typing import Any

from policy_lint.audit.html import _and_places, _any_no_pack, cell_where, cited, long_date
from policy_lint.audit.model import BY_PLACE_COLUMNS, BY_PLACE_INTRO, BY_PLACE_TITLE, COMPLETE_MEANS, COMPLETE_MEANS_ONE, COVERAGE_WORDS, DETAIL_MEANS, LAW_COLUMN, NO_PACK_MEANS, Audit, Cell, Clinic, Status, SummaryLine
from policy_lint.findings import Finding
from policy_lint.textsafe import escape

__all__ = ["render", "md"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def md(text: object) -> str:
    """Escape text for Markdown (one line, safe inside a table cell)."""
    flat = " ".join(_CONTROL.sub(" ", str(text)).replace("\n", " ").split())
    return _SPECIAL.sub(r"\\\1", escape(flat))


def _summary_item(line: SummaryLine) -> str:
    """One line of the summary as a sentence: the number, its words, and what they mean."""
    count = f"{line.count} " if line.count is not None else ""
    link = f" [{md(line.link[0])}](#{line.link[1]})" if line.link else ""
    return f"- {count}{md(line.words + line.more)}{link}"


def _cell(clinic: Clinic, cell: Cell) -> str:
    text = f"{cell.status.symbol} {cell.word}" + (f", {md(cell.detail)}" if cell.detail else "")
    if cell.findings or cell.note:
        return f"[{text}](#{cell.anchor})"
    if cell.status in (Status.UNCHECKED, Status.NO_PACK):
        return f"[{text}](#{clinic.anchor})"
    return text


def _finding(f: Finding, *, show_rule: bool) -> str:
    from policy_lint.findings import Locator

    where = f.position.label if isinstance(f.position, Locator) else (f"line {f.line}" if f.position else "the whole file")
    rule = f"**{md(f.rule_id)}** {md(f.rule_name)}, " if show_rule else ""
    line = f"  - {rule}{where}: {md(f.message)}"
    if f.suppression is not None:
        line += f" *Suppressed. Reason given: {md(f.suppression.reason)}*"
    elif f.hint:
        line += f" How to fix it: {md(f.hint)}"
    return line


def _by_place(audit: Audit) -> list[str]:
    """The clinics grouped by jurisdiction, with the pack each group was checked against."""
    out = [
        "",
        f"## {BY_PLACE_TITLE}",
        "",
        BY_PLACE_INTRO,
        "",
        "| " + " | ".join(BY_PLACE_COLUMNS) + " |",
        "|---|---|---|---:|",
    ]
    for g in audit.groups:
        packs = ", ".join(f"`{md(p)}`" for p in g["packs"]) or "-"
        names = ", ".join(f"[{md(c.name)}](#{c.anchor})" for c in g["clinics"])
        out.append(f"| {md(g['place'])} | {packs} | {names} | {g['with_gaps']} |")
    return out


def render(audit: Audit, **_: Any) -> str:
    """Render the audit as GitHub-flavoured Markdown."""
    s = audit.summary
    n = s["clinics"]
    pack = f"{audit.pack_name} {audit.pack_version}".strip()
    date = long_date(audit.date)
    places = (" " + md(_and_places(audit))) if _and_places(audit) else ""
    out = [
        f"# {md(audit.title)}",
        "",
        f"Checked on {md(date)}, against the rule pack **{md(pack)}**{places}, with policy-lint {md(audit.tool_version)}.",
        "",
        "> **This report is not legal advice.** It checks each policy against a list of things a confidentiality",
        "> policy should say. It cannot tell you if a policy meets every law where the clinic works.",
        "> If you are not sure, ask a lawyer or your licensing board.",
        "",
    ]
    if audit.single:
        # A report to hand one clinic: its own result, never "1 clinic checked" or "0 of 1 clinics".
        head, rest = audit.clinics[0].verdict
        out.append(f"- {md(audit.one_place)}")
        if head:
            out.append(f"- **{md(head)}** {md(rest)}")
    out += [_summary_item(line) for line in audit.summary_lines if line.in_text]
    out += ["", md(COMPLETE_MEANS_ONE if audit.single else COMPLETE_MEANS)]
    if not audit.single:
        out += _by_place(audit)
    out += [
        "",
        "## Requirements met" if audit.single else "## Requirements met by each clinic",
        "",
        "Each row is a requirement: its status, where policy-lint found it in the policy, and the law or code it comes from." if audit.single else "Each row is a clinic, each column a requirement. Clinics that could not be checked come first, then those with the most gaps.",
        "✓ pass: the policy meets it. ✗ fail: something is missing or wrong.",
        "~ suppressed: the clinic chose to accept it and wrote down why. ? not checked: policy-lint could not check it.",
        "– not a duty here: the clinic's place allows it but does not make it a duty. It is not a gap.",
        *([f"○ no pack for this place: {md(NO_PACK_MEANS)}"] if _any_no_pack(audit) else []),
        "",
        "The word next to the symbol of a required limit or duty says what the words do:",
        "",
        *[f"- {word}: {md(means)}" for word, means in COVERAGE_WORDS],
        "",
        md(DETAIL_MEANS),
        "",
    ]
    if audit.single:
        # One clinic: its requirements as rows, so the table never runs off the side of the page.
        c = audit.clinics[0]
        others = len(c.other_active)
        out += [f"Gaps: {c.gaps}. Other findings: " + (f"[{others}](#{c.other_anchor})." if others else "0."), ""]
        out += ["| Requirement | Status | Where in the policy | Law or code cited |", "|---|---|---|---|"]
        for cell in c.cells:
            out.append(f"| {md(cell.requirement.label)} ({md(cell.requirement.id)}) | {_cell(c, cell)} | {md(cell_where(cell))} | {md(cited(c.place.cites_for(cell.requirement.id)))} |")
    else:
        out += [
            "| Clinic | Gaps | Other findings | " + " | ".join(f"{md(r.label)} ({md(r.id)})" for r in audit.requirements) + " |",
            "|---|---:|---:|" + "|".join(":---:" for _ in audit.requirements) + "|",
        ]
    for c in audit.clinics if not audit.single else ():
        name = f"[{md(c.name)}](#{c.anchor})"
        if c.shows_path:
            name += f" <br>{md(c.path)}"
        others = len(c.other_active)
        other = f"[{others}](#{c.other_anchor})" if others else "0"
        out.append(f"| {name} | {c.gaps} | {other} | " + " | ".join(_cell(c, cell) for cell in c.cells) + " |")
    if not audit.single:  # one clinic's row is its own total
        out.append(f"| **Total** | **{s['gaps']}** | **{s['other_findings']}** | " + " | ".join(f"{t.failed} of {n} fail" for t in audit.totals) + " |")
    # One clinic's table has a row for each requirement, not a column (trial 40).
    what = "requirement" if audit.single else "column"
    out += ["", f"## What each {what} checks", "", f"| {what.title()} | Rule | What the policy must do |", "|---|---|---|"]
    for r in audit.requirements:
        level = "" if r.severity.value == "error" else f" *({md(r.severity.value)})*"
        out.append(f"| {md(r.label)} | {md(r.id)} | {md(r.summary)}{level} |")
    if audit.notes:
        out += ["", '<a id="notes"></a>', "", "## Notes", ""] + [f"- {md(note)}" for note in audit.notes]
    out += ["", "## Findings" if audit.single else "## Findings for each clinic"]
    for c in audit.clinics:
        out += ["", f'<a id="{c.anchor}"></a>', "", f"### {md(c.name)}", "", f"File: {md(c.path)}", ""]
        if c.place.pack:
            out += [f"Jurisdiction: {md(c.place.label)}. {md(c.place.checked_against)}", ""]
        if not c.checked:
            out += ["policy-lint could not check all of this file. See the findings below.", ""]
        head, rest = c.verdict
        if head:
            out.append(f"**{md(head)}** {md(rest)}")
        for cell in c.cells:
            if not cell.findings and not cell.note:
                continue
            out += ["", f'<a id="{cell.anchor}"></a>', ""]
            out.append(f"- {cell.status.symbol} {cell.word}: **{md(cell.requirement.label)}** ({md(cell.requirement.id)})")
            if cell.note:
                out.append(f"  - {md(cell.note)}")
            out += [_finding(f, show_rule=cell.requirement.id == LAW_COLUMN) for f in cell.findings]  # the law column holds several rules
        if c.other:
            out += ["", f'<a id="{c.other_anchor}"></a>', "", f"Other findings ({len(c.other)}):", ""]
            out += ["- " + _finding(f, show_rule=True).lstrip(" -") for f in c.other]
    out += ["", "---", "", f"Made with policy-lint {md(audit.tool_version)} on {md(date)}. This report is not legal advice."]
    return "\n".join(out) + "\n"
