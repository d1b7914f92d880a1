"""docs/jurisdictions.md: what the law of each place says, made from the packs.

One row per topic a pack's ``settings.jurisdiction`` names, with the status
(required, permitted, not in law) and the law cited. ``tests/test_docs.py``
fails when the page is out of date; ``POLICY_LINT_REGEN=1 python -m pytest
tests/test_docs.py`` writes it again.
"""

from __future__ import annotations

from typing import Any

__all__ = ["jurisdictions_markdown"]

_STATUS = {"required": "required", "permitted": "permitted", "not_in_law": "not in law"}


def _cell(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def jurisdictions_markdown() -> str:
    """The table of every built-in jurisdiction pack, as Markdown."""
    from policy_lint.docs import law_cite
    from policy_lint.jurisdictions.select import JURISDICTION_PACKS
    from policy_lint.packs import load_pack

    out = [
        "# The law of each place",
        "",
        "This page is generated from the jurisdiction packs (`settings.jurisdiction` in",
        "`policy_lint/packs/*.yaml`). Do not edit it by hand.",
        "",
        "policy-lint picks the pack from `clinic.jurisdiction` (or `--jurisdiction`, or the",
        "config key `jurisdiction`). It is a checklist, not legal advice. *To verify* marks",
        "law read only in a copy, not in the official code: rules that rest on it stay at",
        "warning or info.",
        "",
        "| Place | Pack | Topic | The law | Citation | Checked |",
        "|---|---|---|---|---|---|",
    ]
    base = load_pack("base")
    for name in JURISDICTION_PACKS():
        pack = load_pack(name)
        place = (pack.settings.get("jurisdiction") or {}) if name in pack.chain[-1:] else {}
        topics = place.get("topics") or {}
        for topic, entry in topics.items():
            label = entry.get("label") or (base.categories[topic].label if topic in base.categories else topic)
            status = _STATUS.get(str(entry.get("status")), str(entry.get("status")))
            if entry.get("when"):
                status += f" (when `{entry['when']}`)"
            if entry.get("note"):
                status += f". {entry['note']}"
            laws = entry.get("law") or []
            cites = "; ".join(law_cite(item) for item in laws)
            checked = "; ".join(f"{item.get('checked')}" + (", to verify" if item.get("verify") else "") for item in laws)
            out.append(f"| {_cell(place.get('name', name))} ({place.get('code', '')}) | `{name}` | {_cell(label)} | {_cell(status)} | {_cell(cites)} | {_cell(checked)} |")
    out += [
        "",
        "A place without a pack of its own gets its country's pack (a US state: `us`), or the",
        "base pack; rule JUR003 says so in the findings.",
    ]
    return "\n".join(out) + "\n"
