"""The audit as one self-contained HTML page, to read on screen or print.

* One file: the CSS is inline, there are no images, fonts or scripts.
* Everything that comes from a policy or a pack is escaped with
  ``html.escape(..., quote=True)``, in text and in attribute values. Anchor
  ids are hashes (``policy_lint.audit.model.anchor``), never policy text. A
  Content-Security-Policy that allows no scripts is a second line of defence.
* Colour is never the only signal: each cell shows a symbol and a word, and a
  legend explains them. Text and background colours have a contrast of at
  least 4.5 to 1.
* In print the page turns sideways, the table's header repeats on each page,
  and rows are never cut in half.
"""

from __future__ import annotations

import html
import re
from typing import Any

from policy_lint.audit.model import BY_PLACE_COLUMNS, BY_PLACE_INTRO, BY_PLACE_TITLE, COMPLETE_MEANS, COMPLETE_MEANS_ONE, COVERAGE_WORDS, DETAIL_MEANS, LAW_COLUMN, NO_PACK_MEANS, Audit, Cell, Clinic, Status, SummaryLine, plural
from policy_lint.findings import Finding
from policy_lint.textsafe import escape

__all__ = ["render", "long_date"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# Characters that HTML does not allow in text, even escaped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def e(value: object) -> str:
    """Escape any text for HTML text or a quoted attribute."""
    return html.escape(_CONTROL.sub("\ufffd", escape(str(value), keep="\t\n\r")), quote=True)


def long_date(text: str) -> str:
    """``2026-11-26`` as "26 November 2026"; anything else as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        return text
    return f"{int(m.group(3))} {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


_CSS = """
:root {
  --ink: #1f2328; --muted: #4b5563; --line: #c9ced6; --paper: #ffffff; --soft: #f4f5f7;
  --pass-bg: #dcefe1; --pass-ink: #14532d;
  --fail-bg: #b42318; --fail-ink: #ffffff;
  --sup-bg: #fdf0c2; --sup-ink: #5c4300;
  --unk-bg: #e5e7eb; --unk-ink: #1f2937;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0 auto; padding: 28px 32px 40px; max-width: 1600px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0 0 4px; }
h4 { font-size: 15px; margin: 14px 0 6px; }
p { margin: 6px 0; }
a { color: #0b4f9c; }
.meta { color: var(--muted); margin: 0 0 14px; }
.note { border-left: 5px solid #0b4f9c; background: #eef4fb; padding: 10px 14px; margin: 14px 0; max-width: 980px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 6px; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; background: var(--soft); }
.summary .n { display: block; font-size: 26px; font-weight: 700; line-height: 1.1; }
.summary .good { border-left: 6px solid #1f7a3d; }
.summary .bad { border-left: 6px solid var(--fail-bg); }
.summary .warn { border-left: 6px solid #b38600; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; padding: 0; margin: 12px 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 8px; }
.badge { display: inline-block; min-width: 7.2em; padding: 2px 8px; border-radius: 4px; font-weight: 600; white-space: nowrap; }
.pass { background: var(--pass-bg); color: var(--pass-ink); }
.fail { background: var(--fail-bg); color: var(--fail-ink); }
.suppressed { background: var(--sup-bg); color: var(--sup-ink); }
.unchecked { background: var(--unk-bg); color: var(--unk-ink); }
.notrequired { background: var(--paper); color: var(--muted); border: 1px dashed var(--line); }
.nopack { background: var(--paper); color: var(--unk-ink); border: 1px dotted var(--muted); }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table.matrix { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 14px; }
.matrix caption { text-align: left; font-weight: 600; padding: 8px 10px; caption-side: top; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: 6px 8px; vertical-align: middle; }
.matrix thead th { position: sticky; top: 0; background: #eceef2; z-index: 1; font-weight: 600; text-align: center; vertical-align: bottom; font-size: 13px; line-height: 1.25; min-width: 70px; }
.matrix thead th.clinic-col { text-align: left; min-width: 200px; }
.matrix .rid { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
.matrix tbody th { text-align: left; font-weight: 600; background: var(--paper); max-width: 300px; }
.matrix tbody tr:nth-child(even) th { background: var(--soft); }
.matrix .path { display: block; font-weight: 400; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.matrix td.count { text-align: center; font-weight: 700; font-size: 16px; }
.matrix td.cell { text-align: center; font-weight: 600; padding: 0; line-height: 1.2; }
.matrix td.cell > a, .matrix td.cell > span { display: block; padding: 7px 6px; color: inherit; text-decoration: none; }
.matrix td.cell > a:hover, .matrix td.cell > a:focus { text-decoration: underline; outline: 2px solid #0b4f9c; outline-offset: -3px; }
.sym { font-size: 15px; }
.detail { display: block; font-weight: 400; font-size: 12px; }
.matrix tfoot th, .matrix tfoot td { background: #eceef2; font-weight: 600; text-align: center; font-size: 13px; }
.matrix tfoot th { text-align: left; }
.columns { border-collapse: collapse; width: 100%; max-width: 1200px; font-size: 14px; }
.columns th, .columns td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
.columns thead th { background: #eceef2; }
.clinic { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.clinic:target { outline: 3px solid #0b4f9c; }
.clinic .path { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.findings { list-style: none; padding: 0; margin: 8px 0; }
.findings > li { padding: 8px 0; border-top: 1px solid var(--line); }
.findings > li:target { background: #eef4fb; }
.findings ul { margin: 4px 0 0 0; padding-left: 20px; }
.where { color: var(--muted); font-size: 13px; }
.hint { display: block; color: var(--muted); }
.back { font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; border: 0; }
  table.matrix { font-size: 8.5pt; }
  .matrix thead { display: table-header-group; }
  .matrix tfoot { display: table-row-group; }
  .matrix thead th { position: static; min-width: 0; }
  .matrix th, .matrix td { padding: 3px 4px; }
  .matrix td.cell > a, .matrix td.cell > span { padding: 3px 2px; }
  tr, .findings > li, .summary li { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .clinics { break-before: page; page-break-before: always; }
  .clinic { break-inside: avoid-page; }
  .back { display: none; }
}
"""


def _badge(status: Status, word: str | None = None) -> str:
    return f'<span class="sym" aria-hidden="true">{status.symbol}</span>&nbsp;{e(word or status.word)}'


_CLASSES = {Status.PASS: "pass", Status.FAIL: "fail", Status.SUPPRESSED: "suppressed", Status.UNCHECKED: "unchecked", Status.NOT_REQUIRED: "notrequired", Status.NO_PACK: "nopack"}


def _cell(clinic: Clinic, cell: Cell) -> str:
    cls = _CLASSES[cell.status]
    label = f"{clinic.name}: {cell.requirement.label}: {cell.word}"
    inner = _badge(cell.status, cell.word)
    if cell.detail:
        inner += f' <span class="detail">{e(cell.detail)}</span>'
    if cell.findings or cell.note:
        return f'<td class="cell {cls}"><a href="#{cell.anchor}" title="{e(label)}">{inner}</a></td>'
    if cell.status in (Status.UNCHECKED, Status.NO_PACK):
        return f'<td class="cell {cls}"><a href="#{clinic.anchor}" title="{e(label)}">{inner}</a></td>'
    return f'<td class="cell {cls}"><span title="{e(label)}">{inner}</span></td>'


def _any_no_pack(audit: Audit) -> bool:
    """True when some cell says "no pack for this place" (the legend then explains it)."""
    return any(cell.status is Status.NO_PACK for c in audit.clinics for cell in c.cells)


def _summary_item(line: SummaryLine) -> str:
    """One line of the summary as a card: the number, then its words."""
    tone = f' class="{line.tone}"' if line.tone else ""
    count = f'<span class="n">{line.count}</span>' if line.count is not None else ""
    link = f' <a href="#{line.link[1]}">{e(line.link[0])}</a>' if line.link else ""
    return f"<li{tone}>{count}{e(line.words + line.card)}{link}</li>"


def _where(f: Finding) -> str:
    from policy_lint.findings import Locator

    if isinstance(f.position, Locator):
        return f.position.label
    return f"line {f.line}" if f.position else "the whole file"


def _finding_item(f: Finding, *, show_rule: bool) -> str:
    rule = f"<b>{e(f.rule_id)}</b> {e(f.rule_name)}, " if show_rule else ""
    parts = [f'<span class="where">{rule}{e(_where(f))}:</span> {e(f.message)}']
    if f.suppression is not None:
        parts.append(f'<span class="hint"><b>Suppressed.</b> Reason given: {e(f.suppression.reason)}</span>')
    elif f.hint:
        parts.append(f'<span class="hint">How to fix it: {e(f.hint)}</span>')
    return "<li>" + " ".join(parts) + "</li>"


def _and_places(audit: Audit) -> str:
    """", and the packs of each clinic's place" when some clinic was checked against another pack."""
    if audit.single:  # one clinic: name its pack, no table of places
        pack = audit.clinics[0].place.pack
        return f" and the {pack} pack for {audit.clinics[0].place.label}" if pack and pack != audit.pack_name else ""
    if any(p != audit.pack_name for g in audit.groups for p in g["packs"]):
        return f" and the pack of each clinic's place (see {BY_PLACE_TITLE})"
    return ""


def _by_place(audit: Audit) -> list[str]:
    """The clinics grouped by jurisdiction, with the pack each group was checked against."""
    out = [
        f"<h2>{BY_PLACE_TITLE}</h2>",
        f"<p>{BY_PLACE_INTRO}</p>",
        '<table class="columns places">',
        "<thead><tr>" + "".join(f'<th scope="col">{c}</th>' for c in BY_PLACE_COLUMNS) + "</tr></thead>",
        "<tbody>",
    ]
    for g in audit.groups:
        packs = ", ".join(f"<code>{e(p)}</code>" for p in g["packs"]) or "-"
        names = ", ".join(f'<a href="#{c.anchor}">{e(c.name)}</a>' for c in g["clinics"])
        out.append(f"<tr><td>{e(g['place'])}</td><td>{packs}</td><td>{names}</td><td>{g['with_gaps']}</td></tr>")
    out += ["</tbody>", "</table>"]
    return out


def _clinic_section(clinic: Clinic) -> str:
    out = [f'<article class="clinic" id="{clinic.anchor}">', f"<h3>{e(clinic.name)}</h3>"]
    out.append(f'<p class="path">File: {e(clinic.path)}</p>')
    if clinic.place.pack:
        out.append(f'<p class="place">Jurisdiction: {e(clinic.place.label)}. {e(clinic.place.checked_against)}</p>')
    if not clinic.checked:
        if clinic.crashed:
            out.append("<p><b>policy-lint failed on part of this file</b>, so it could not check some requirements. See below.</p>")
        else:
            out.append("<p><b>policy-lint could not read this file</b>, so it could not check the requirements. Fix the problem below, then run the audit again.</p>")
    head, rest = clinic.verdict
    if head:
        out.append(f'<p class="verdict"><b>{e(head)}</b> {e(rest)}</p>')
    shown = [c for c in clinic.cells if c.findings or c.note]
    if shown:
        out.append('<ol class="findings">')
        for cell in shown:
            cls = _CLASSES[cell.status]
            req = cell.requirement
            out.append(f'<li id="{cell.anchor}"><span class="badge {cls}">{_badge(cell.status)}</span> <b>{e(req.label)}</b> <span class="where">({e(req.id)})</span>')
            note = f"<li>{e(cell.note)}</li>" if cell.note else ""
            out.append("<ul>" + note + "".join(_finding_item(f, show_rule=cell.requirement.id == LAW_COLUMN) for f in cell.findings) + "</ul></li>")
        out.append("</ol>")
    if clinic.other:
        out.append(f'<h4 id="{clinic.other_anchor}">Other findings ({len(clinic.other)})</h4>')
        out.append('<p class="where">They are not in the table. Fix them too: unclear wording, template text, or fields in the wrong form.</p>')
        out.append('<ul class="findings other">' + "".join(_finding_item(f, show_rule=True) for f in clinic.other) + "</ul>")
    out.append('<p class="back"><a href="#matrix">Back to the table</a></p>')
    out.append("</article>")
    return "\n".join(out)


def render(audit: Audit, **_: Any) -> str:
    """Render the audit as one HTML page."""
    s = audit.summary
    reqs = audit.requirements
    n = s["clinics"]
    pack = f"{audit.pack_name} {audit.pack_version}".strip()
    date = long_date(audit.date)
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f'<meta name="generator" content="policy-lint {e(audit.tool_version)}">',
        f"<title>{e(audit.title)}, {e(date)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(audit.title)}</h1>",
        f'<p class="meta">Checked on {e(date)}, against the rule pack <b>{e(pack)}</b>{e(_and_places(audit))}, with policy-lint {e(audit.tool_version)}.</p>',
        "</header>",
        '<section class="note" aria-label="About this report">',
        "<p><b>This report is not legal advice.</b> It checks each policy against a list of things a confidentiality "
        "policy should say. It cannot tell you if a policy meets every law where the clinic works. "
        "If you are not sure, ask a lawyer or your licensing board.</p>",
        "</section>",
    ]
    if audit.single:
        # A report to hand one clinic: its own result, never "1 clinic checked" or "0 of 1 clinics".
        head, rest = audit.clinics[0].verdict
        out.append(f'<p class="verdict">{e(audit.one_place)}' + (f" <b>{e(head)}</b> {e(rest)}" if head else "") + "</p>")
    out.append('<ul class="summary" aria-label="Summary">')
    out += [_summary_item(line) for line in audit.summary_lines]
    out += ["</ul>", f'<p class="means">{e(COMPLETE_MEANS_ONE if audit.single else COMPLETE_MEANS)}</p>', *([] if audit.single else _by_place(audit))]
    out += [
        "<h2>Requirements met</h2>" if audit.single else "<h2>Requirements met by each clinic</h2>",
        f"<p>Each row is one of the {len(reqs)} requirements: its status, where policy-lint found it in the policy, and the law or code it comes from. "
        "Select a status to see what policy-lint found and how to fix it.</p>"
        if audit.single
        else f"<p>Each row is a clinic. Each column is one of the {len(reqs)} requirements. "
        "Clinics that could not be checked come first, then those with the most gaps. Select a cell to see what policy-lint found and how to fix it.</p>",
        '<ul class="legend" aria-label="Legend">',
        f'<li><span class="badge pass">{_badge(Status.PASS)}</span> The policy meets this requirement.</li>',
        f'<li><span class="badge fail">{_badge(Status.FAIL)}</span> Something is missing or wrong.</li>',
        f'<li><span class="badge suppressed">{_badge(Status.SUPPRESSED)}</span> The clinic chose to accept this finding and wrote down why.</li>',
        f'<li><span class="badge unchecked">{_badge(Status.UNCHECKED)}</span> policy-lint could not check it.</li>',
        f'<li><span class="badge notrequired">{_badge(Status.NOT_REQUIRED)}</span> The clinic\'s place allows it but does not make it a duty. It is not a gap.</li>',
        *([f'<li><span class="badge nopack">{_badge(Status.NO_PACK)}</span> {e(NO_PACK_MEANS)}</li>'] if _any_no_pack(audit) else []),
        "</ul>",
        "<p>The word next to the symbol of a required limit or duty says what the words do:</p>",
        '<ul class="words">',
        *[f"<li><strong>{e(word)}</strong>: {e(means)}</li>" for word, means in COVERAGE_WORDS],
        "</ul>",
        f"<p>{e(DETAIL_MEANS)}</p>",
    ]
    if audit.single:
        # One clinic: its requirements as rows, so the table never scrolls sideways.
        out += _one_clinic_table(audit)
    else:
        out += _matrix(audit)
    what = "requirement" if audit.single else "column"  # one clinic's table has a row for each requirement (trial 40)
    out += [
        f"<h2>What each {what} checks</h2>",
        '<table class="columns">',
        f'<thead><tr><th scope="col">{what.title()}</th><th scope="col">Rule</th><th scope="col">What the policy must do</th>'
        + ("" if audit.single else '<th scope="col">Clinics that fail</th>')
        + "</tr></thead>",
        "<tbody>",
    ]
    for r, t in zip(reqs, audit.totals):
        level = "" if r.severity.value == "error" else f" <i>({e(r.severity.value)})</i>"
        fails = "" if audit.single else f"<td>{t.failed} of {n}</td>"
        out.append(f"<tr><td>{e(r.label)}</td><td>{e(r.id)}</td><td>{e(r.summary)}{level}</td>{fails}</tr>")
    out += ["</tbody>", "</table>"]
    if audit.notes:
        out.append('<h2 id="notes">Notes</h2><ul>' + "".join(f"<li>{e(note)}</li>" for note in audit.notes) + "</ul>")
    out.append('<section class="clinics">')
    out.append("<h2>Findings</h2>" if audit.single else "<h2>Findings for each clinic</h2>")
    out.append("<p>Each finding gives the line in the policy file, what is wrong, and how to fix it.</p>")
    for c in audit.clinics:
        out.append(_clinic_section(c))
    out.append("</section>")
    out.append(f"<footer>Made with policy-lint {e(audit.tool_version)} on {e(date)}. Rule pack {e(pack)}. This report is not legal advice.</footer>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _one_clinic_table(audit: Audit) -> list[str]:
    """The requirements of one clinic as rows: requirement, status, where in the policy, and the law cited."""
    clinic = audit.clinics[0]
    others = len(clinic.other_active)
    more = f' <a href="#{clinic.other_anchor}">See them below.</a>' if others else ""
    out = [
        '<table class="columns one-clinic" id="matrix">',
        f"<caption>{plural(len(clinic.cells), 'requirement')}. Gaps: {clinic.gaps}. Other findings: {others}.{more}</caption>",
        '<thead><tr><th scope="col">Requirement</th><th scope="col">Status</th><th scope="col">Where in the policy</th><th scope="col">Law or code cited</th></tr></thead>',
        "<tbody>",
    ]
    for cell in clinic.cells:
        req = cell.requirement
        status = _badge(cell.status, cell.word)
        if cell.detail:
            status += f' <span class="detail">{e(cell.detail)}</span>'
        if cell.findings or cell.note:
            status = f'<a href="#{cell.anchor}">{status}</a>'
        cites = clinic.place.cites_for(req.id)
        law = e(cited(cites))
        out.append(
            f'<tr><th scope="row">{e(req.label)} <span class="where">({e(req.id)})</span></th>'
            f'<td class="cell {_CLASSES[cell.status]}">{status}</td><td>{e(cell_where(cell))}</td><td>{law}</td></tr>'
        )
    out += ["</tbody>", "</table>"]
    return out


def cited(cites: tuple[str, ...], most: int = 4) -> str:
    """The law a requirement cites, at most ``most`` of them ("and 3 more"), or "-"."""
    if not cites:
        return "-"
    if len(cites) > most:
        return "; ".join(cites[:most]) + f"; and {len(cites) - most} more"
    return "; ".join(cites)


def cell_where(cell: Cell) -> str:
    """Where in the policy the findings of a cell are ("line 12", "paragraph 3"), or what the cell means when no place fits."""
    if cell.status is Status.FAIL and cell.coverage == "missing":
        return "Not in the policy"
    if cell.status is Status.NO_PACK:
        return "No pack for this place"
    if cell.status is Status.UNCHECKED:
        return "Not checked"
    places = list(dict.fromkeys(_where(f) for f in cell.findings if f.suppression is None or cell.status is Status.SUPPRESSED))
    if not places:
        return "-"
    if len(places) > 3:
        return ", ".join(places[:3]) + f" and {len(places) - 3} more"
    return ", ".join(places)


def _matrix(audit: Audit) -> list[str]:
    """The matrix of many clinics: one row per clinic, one column per requirement."""
    s = audit.summary
    reqs = audit.requirements
    n = s["clinics"]
    out = [
        '<div class="table-wrap">',
        '<table class="matrix" id="matrix">',
        f"<caption>{plural(n, 'clinic')} by {plural(len(reqs), 'requirement')}</caption>",
        "<thead><tr>",
        '<th scope="col" class="clinic-col">Clinic</th>',
        '<th scope="col">Gaps</th>',
        '<th scope="col" title="Findings that are not one of the requirements, such as template text or unclear wording">Other findings</th>',
    ]
    for r in reqs:
        out.append(f'<th scope="col" title="{e(r.summary)}">{e(r.label)}<span class="rid">{e(r.id)}</span></th>')
    out += ["</tr></thead>", "<tbody>"]
    for c in audit.clinics:
        row = [f'<tr><th scope="row"><a href="#{c.anchor}">{e(c.name)}</a>']
        if c.shows_path:
            row.append(f'<span class="path">{e(c.path)}</span>')
        row.append(f'</th><td class="count">{c.gaps}</td>')
        others = len(c.other_active)
        row.append(f'<td class="count"><a href="#{c.other_anchor}">{others}</a></td>' if others else '<td class="count">0</td>')
        row += [_cell(c, cell) for cell in c.cells]
        row.append("</tr>")
        out.append("".join(row))
    out.append("</tbody>")
    out += ["<tfoot><tr>", '<th scope="row">Total</th>', f'<td>{s["gaps"]}</td>', f'<td>{s["other_findings"]}</td>']
    for t in audit.totals:
        out.append(f'<td>{t.failed} of {n}<span class="detail">fail</span></td>')
    out.append("</tr></tfoot>")
    out += ["</table>", "</div>"]
    return out
