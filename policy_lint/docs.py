"""Rule documentation, built from the pack data (the one source of truth).

Used by ``policy-lint rules``, ``policy-lint explain`` and the generated
rule reference in ``docs/rules.md``.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any, Mapping, Sequence

from policy_lint.packs import Pack
from policy_lint.rules.base import RuleSpec

__all__ = ["rules_table", "rules_json", "explain_rule", "rules_markdown", "rule_help"]


def where_from(r: RuleSpec) -> str:
    """The pack a rule comes from; for a rule a user pack adds or changes, also that file."""
    from pathlib import Path

    from policy_lint.resources import pack_path
    from policy_lint.discover import display_path

    if not r.origin:
        return r.pack
    builtin = pack_path(Path(r.origin).stem)
    if builtin is not None and Path(r.origin).resolve() == builtin.resolve():
        return r.pack
    shown = display_path(r.origin)
    if pack_path(r.pack) is not None:
        return f"{r.pack} (changed in {shown})"
    return f"{r.pack} ({shown})"


def _place_rules(pack: Pack, places: Sequence[Pack]) -> list[RuleSpec]:
    """The rules the packs of places add to ``pack`` (each once, from the pack that defines it), by ID."""
    have = {r.id for r in pack.rules}
    out: dict[str, RuleSpec] = {}
    for place in places:
        for r in place.rules:
            if r.pack == place.name and r.id not in have:
                out.setdefault(r.id, r)
    return [out[k] for k in sorted(out)]


def rules_table(pack: Pack, places: Sequence[Pack] = ()) -> str:
    """One line per rule: ID, severity, name, pack (and file, for user packs), summary.

    ``places``: the packs of places a check may pick (by the policy's
    jurisdiction); their own rules (JUR201 of us-ca, ...) are listed after
    the pack's, so the list holds every rule a check can run.
    """
    extra = _place_rules(pack, places)
    every = [*pack.rules, *extra]
    width = max((len(r.name) for r in every), default=10)
    origins = {r.id: where_from(r) for r in every}
    pack_width = max([15, *(len(o) for o in origins.values())])
    lines = [f"{'ID':<7} {'SEVERITY':<8} {'NAME':<{width}} {'PACK':<{pack_width}} SUMMARY"]
    for r in every:
        lines.append(f"{r.id:<7} {r.severity.value:<8} {r.name:<{width}} {origins[r.id]:<{pack_width}} {r.summary}")
    lines.append(f"{len(pack.rules)} rules in pack '{pack.name}' ({' > '.join(pack.chain)}).")
    if extra:
        names = ", ".join(dict.fromkeys(r.pack for r in extra))
        lines.append(
            f"{len(extra)} more rules of the packs of places ({names}): each runs only for a policy of its place. "
            "To see one place's pack in full, run: policy-lint rules --pack us-tx"
        )
    elif not places and pack.name == "base":
        lines.append("The packs of places are left out here (a pack is named). To see one, run: policy-lint rules --pack us-tx")
    return "\n".join(lines) + "\n"


def rule_dict(r: RuleSpec) -> dict[str, object]:
    """A rule as a JSON-ready dict."""
    return {
        "id": r.id,
        "name": r.name,
        "severity": r.severity.value,
        "kind": r.kind,
        "pack": r.pack,
        "origin": r.origin,
        "summary": r.summary,
        "rationale": r.rationale,
        "hint": r.hint,
        "prose_hint": r.prose_hint or None,
        "sources": [{"cite": s.cite, "url": s.url} for s in r.sources],
        "law": [dict(item) for item in r.law],
        "tags": list(r.tags),
        "examples": {"fail": r.fail_example.text, "pass": r.pass_example.text},
    }


def rules_json(pack: Pack, places: Sequence[Pack] = ()) -> str:
    """All rules as JSON; ``place_rules`` are those the packs of places add (see ``rules_table``)."""
    data: dict[str, Any] = {"pack": pack.name, "chain": list(pack.chain), "rules": [rule_dict(r) for r in pack.rules]}
    if places:
        data["place_rules"] = [rule_dict(r) for r in _place_rules(pack, places)]
    return json.dumps(data, indent=2) + "\n"


def _block(text: str) -> str:
    return textwrap.indent(text.rstrip("\n") or "(an empty file)", "    ")


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=78)


def find_rule(rule: str, pack: Pack, *, places: bool = True) -> tuple[Pack, RuleSpec | None]:
    """The rule ``rule`` (ID or name) and the pack that holds it.

    ``pack`` is searched first. With ``places``, a rule that only a place's
    pack holds (JUR201 is in us-ca) is found there, and that pack comes back.
    """
    spec = pack.rule(rule)
    if spec is not None or not places:
        return pack, spec
    from policy_lint.jurisdictions.select import JURISDICTION_PACKS
    from policy_lint.packs import load_pack

    for name in JURISDICTION_PACKS():
        place = load_pack(name)
        spec = place.rule(rule)
        if spec is not None and spec.pack == name:
            return place, spec
    return pack, None


def explain_rule(r: RuleSpec, settings: Mapping[str, Any] | None = None) -> str:
    """A rule's full doc, for the terminal. ``settings``: its pack's, for the values of options set there."""
    parts = [
        f"{r.id} {r.name} ({r.severity.value}, from the {r.pack} pack)",
        "",
        _wrap(r.summary),
    ]
    if r.rationale:
        parts += ["", "Why it matters:", textwrap.indent(_wrap(r.rationale), "  ")]
    if r.hint:
        parts += ["", "How to fix it:", textwrap.indent(_wrap(r.hint), "  ")]
    if r.prose_hint:
        parts += ["", "How to fix it in a web page, Word file or PDF:", textwrap.indent(_wrap(r.prose_hint), "  ")]
    if r.fixable is not None:
        parts += ["", "policy-lint fix:", textwrap.indent(_wrap(_fix_line(r)), "  ")]
    if r.sources:
        parts += ["", "Sources:"] + [f"  - {s.cite}" + (f" <{s.url}>" if s.url else "") for s in r.sources]
    if r.law:
        parts += ["", "Law (a checklist, not legal advice):"]
        for item in r.law:
            parts += [f"  - {law_cite(item)} ({law_status(item)})", textwrap.indent(_wrap(str(item.get("summary", ""))), "    ")]
            if item.get("url"):
                parts.append(f"    <{item['url']}>")
    options = _options(r, settings)
    if options:
        parts += ["", "Options (set them under 'rules:' in your config):"] + [f"  - {line}" for line in options]
    fail, good = r.fail_example, r.pass_example
    for label, ex in (("Fails", fail), ("Passes", good)):
        # An example that is not text (a scanned PDF, a missing file) is its description alone, not "(an empty file)".
        parts += ["", f"{label}:" + (f" {ex.description}" if ex.description else "")] + ([] if ex.description and not ex.text.strip() else [_block(ex.text)])
    return "\n".join(parts) + "\n"


def law_cite(item: Mapping[str, Any]) -> str:
    """A law as cited: code and section ("Tex. Fam. Code 261.101(b)")."""
    section = item.get("section")
    return f"{item.get('code', '')} {section}" if section else str(item.get("code", ""))


def law_status(item: Mapping[str, Any]) -> str:
    """When the text was read, and whether it still needs checking against the official code."""
    checked = f"checked {item.get('checked')}" if item.get("checked") else "not yet checked"
    return f"{checked}, to verify against the official code" if item.get("verify") else checked


def rules_markdown(pack: Pack) -> str:
    """The rule reference as Markdown (docs/rules.md is generated from this)."""
    out = [
        f"# Rules in the `{pack.name}` pack",
        "",
        "This page is generated from the rule packs (`policy-lint rules`, `policy-lint explain ID`). Do not edit it by hand.",
        "",
        "| ID | Name | Severity | Summary |",
        "|---|---|---|---|",
    ]
    for r in pack.rules:
        out.append(f"| [{r.id}](#{r.id.lower()}-{r.name}) | `{r.name}` | {r.severity.value} | {r.summary} |")
    for r in pack.rules:
        out += ["", f"## {r.id} {r.name}", "", f"*{r.severity.value}, {r.pack} pack.* {r.summary}", ""]
        if r.rationale:
            out += [f"**Why it matters.** {' '.join(r.rationale.split())}", ""]
        if r.hint:
            out += [f"**How to fix it.** {r.hint}", ""]
        if r.prose_hint:
            out += [f"**In a web page, Word file or PDF.** {r.prose_hint}", ""]
        if r.fixable is not None:
            out += [f"**policy-lint fix.** {_fix_line(r)}", ""]
        if r.sources:
            out += ["**Sources.**", ""] + [f"- {s.cite}" + (f" <{s.url}>" if s.url else "") for s in r.sources] + [""]
        if r.law:
            out += ["**Law.**", ""] + [f"- {law_cite(item)} ({law_status(item)}): {item.get('summary', '')}" for item in r.law] + [""]
        options = _options(r, pack.settings, code=True)
        if options:
            out += ["**Options** (under `rules:` in your config).", ""] + [f"- {line}" for line in options] + [""]
        for label, ex in (("Fails", r.fail_example), ("Passes", r.pass_example)):
            desc = f" {ex.description}" if ex.description else ""
            lang = {"json": "json", "markdown": "markdown"}.get(ex.format, "yaml")
            if ex.description and not ex.text.strip():
                out += [f"**{label}.**{desc}", ""]  # not text (a scanned PDF, a missing file): no empty code block
                continue
            out += [f"**{label}.**{desc}", "", f"```{lang}", ex.text.rstrip("\n"), "```", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _fix_line(r: RuleSpec) -> str:
    """What ``policy-lint fix`` does for a rule, in one or two sentences."""
    if r.fixable:
        return f"Can fix some of these: {r.fixable}"
    return "Does not change these. Fix them by hand."


def _options(r: RuleSpec, settings: Mapping[str, Any] | None = None, *, code: bool = False) -> list[str]:
    """One line for each option a config may set for the rule: its name, the kind of value, the pack's value.

    An option a kind reads from the pack's settings when the rule does not
    set it (``target_grade``) shows the settings' value.
    """
    from policy_lint.rules.kinds import options_of

    out = []
    for name, kind in options_of(r).items():
        value = r.params.get(name, (settings or {}).get(name))
        if name == "message":
            line = "the text of the finding"
        else:
            line = kind or "any value"
            if isinstance(value, bool):
                line += f", now {'true' if value else 'false'}"
            elif isinstance(value, (int, float)):
                line += f", now {value}"
            elif isinstance(value, list):
                line += f", now {len(value)} item" + ("" if len(value) == 1 else "s")
        out.append(f"{f'`{name}`' if code else name}: {line}")
    return out


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in ``text``."""
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def rule_help(r: RuleSpec, *, markdown: bool = False) -> str:
    """How to fix a rule, where it comes from, and its examples.

    SARIF ``help`` uses this (plain text and Markdown). The summary and the
    rationale are not repeated here: SARIF carries them in its own fields.
    """
    out: list[str] = []
    if markdown:
        if r.hint:
            out += [f"**How to fix it.** {r.hint}", ""]
        if r.prose_hint:
            out += [f"**In a web page, Word file or PDF.** {r.prose_hint}", ""]
        if r.fixable is not None:
            out += [f"**policy-lint fix.** {_fix_line(r)}", ""]
        if r.sources:
            out += ["**Sources.**", ""] + [f"- {s.cite}" + (f" <{s.url}>" if s.url else "") for s in r.sources] + [""]
        for label, ex in (("Fails", r.fail_example), ("Passes", r.pass_example)):
            if not ex.text.strip():
                continue
            desc = f" {ex.description}" if ex.description else ""
            lang = {"json": "json", "markdown": "markdown"}.get(ex.format, "yaml")
            fence = _fence(ex.text)
            out += [f"**{label}.**{desc}", "", f"{fence}{lang}", ex.text.rstrip("\n"), fence, ""]
        return "\n".join(out).rstrip("\n") + "\n"
    if r.hint:
        out += ["How to fix it:", textwrap.indent(_wrap(r.hint), "  "), ""]
    if r.prose_hint:
        out += ["How to fix it in a web page, Word file or PDF:", textwrap.indent(_wrap(r.prose_hint), "  "), ""]
    if r.sources:
        out += ["Sources:"] + [f"  - {s.cite}" + (f" <{s.url}>" if s.url else "") for s in r.sources] + [""]
    if r.law:
        out += ["Law:"] + [f"  - {law_cite(item)} ({law_status(item)})" for item in r.law] + [""]
    for label, ex in (("Fails", r.fail_example), ("Passes", r.pass_example)):
        if not ex.text.strip():
            continue
        out += [f"{label}:" + (f" {ex.description}" if ex.description else ""), _block(ex.text), ""]
    return "\n".join(out).rstrip("\n") + "\n"
