"""JUnit XML, for CI dashboards (Jenkins, GitLab, Azure DevOps, test-report actions).

One ``testsuite`` per policy file, and one ``testcase`` per rule of the pack
in each file (not one per finding). Why? Dashboards count and chart test
cases. With one case per rule, every file always has the same cases: a clean
policy shows every rule as passed instead of "0 tests"; a fixed problem shows
as a case that went from failing to passing; history charts keep the same
test names from run to run. Findings of one rule in one file are listed
together inside that case.

* A case fails (``<failure>``) when the rule has an active finding at or
  above ``--fail-on``.
* A case is skipped (``<skipped>``) when all of the rule's findings are
  suppressed; the reason is shown.
* A case passes otherwise. Findings below ``--fail-on`` are listed in its
  ``<system-out>``.
* ``PL000`` (policy-lint itself failed) is an ``<error>``.

Every string that comes from a policy is escaped by the XML writer, and
characters that XML 1.0 does not allow (most control characters) are
removed, so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, Iterable, Iterator, Sequence

from policy_lint.findings import INTERNAL_ERROR, FileResult, Finding, RunResult, Severity, Tally
from policy_lint.rules.base import RuleSpec

__all__ = ["render", "stream", "clean"]

# Not allowed in XML 1.0 (control characters, lone surrogates, U+FFFE/U+FFFF),
# plus the C1 controls that XML 1.0 discourages.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Remove the characters that XML 1.0 cannot hold."""
    return _BAD_XML.sub("", text)


def _line(f: Finding) -> str:
    from policy_lint.findings import place_label

    label = place_label(f.position)
    where = f"{f.path}:{label}" if label else (f"{f.path}:{f.line}:{f.column}" if f.position else f"{f.path}")
    text = f"{where}: {f.severity.value} {f.rule_id} {f.message}"
    if f.suppression is not None:
        text += f" (suppressed: {f.suppression.reason})"
    elif f.hint:
        text += f"\n    How to fix it: {f.hint}"
    return text


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: clean(v) for k, v in (attrs or {}).items()})
    if text is not None:
        el.text = clean(text)
    return el


def _cases(fr: FileResult, rules: Sequence[tuple[str, str]]) -> list[tuple[str, str, list[Finding]]]:
    by_rule: dict[str, list[Finding]] = {}
    for f in fr.findings:
        by_rule.setdefault(f.rule_id, []).append(f)
    cases = [(rid, name, by_rule.pop(rid, [])) for rid, name in rules]
    for rid in sorted(by_rule):
        found = by_rule[rid]
        cases.append((rid, found[0].rule_name, found))
    return cases


def _rule_list(result: RunResult, rules: Iterable[RuleSpec]) -> list[tuple[str, str]]:
    listed = [(r.id, r.name) for r in rules]
    if listed:
        return listed
    seen: dict[str, str] = {}
    for f in result.findings():
        seen.setdefault(f.rule_id, f.rule_name)
    return sorted(seen.items()) or [("policy-lint", "all-rules")]


def to_element(result: RunResult, *, rules: Iterable[RuleSpec] = ()) -> ET.Element:
    """Build the ``<testsuites>`` element."""
    rule_list = _rule_list(result, rules)
    floor = result.fail_on.rank
    root = ET.Element("testsuites", {"name": "policy-lint"})
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for fr in result.files:
        for key, value in _suite(root, fr, rule_list, floor).items():
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    return root


def _suite(root: ET.Element, fr: FileResult, rule_list: Sequence[tuple[str, str]], floor: int) -> dict[str, int]:
    """Add one file's ``<testsuite>`` to ``root``; return its counts."""
    suite = _sub(root, "testsuite", {"name": fr.path})
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for rid, name, found in _cases(fr, rule_list):
        counts["tests"] += 1
        case = _sub(suite, "testcase", {"classname": fr.path, "name": f"{rid} {name}", "time": "0"})
        active = [f for f in found if f.suppression is None]
        failing = [f for f in active if f.severity.rank >= floor]
        if rid == INTERNAL_ERROR and active:
            counts["errors"] += 1
            _sub(case, "error", {"type": rid, "message": active[0].message}, "\n".join(_line(f) for f in found))
        elif failing:
            counts["failures"] += 1
            _sub(case, "failure", {"type": rid, "message": failing[0].message}, "\n".join(_line(f) for f in found))
        elif found and not active:
            counts["skipped"] += 1
            reason = found[0].suppression.reason if found[0].suppression else ""
            _sub(case, "skipped", {"message": f"Suppressed: {reason}"}, "\n".join(_line(f) for f in found))
        elif found:
            _sub(case, "system-out", None, "\n".join(_line(f) for f in found))
    for key, value in counts.items():
        suite.set(key, str(value))
    suite.set("time", "0")
    return counts


_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def render(result: RunResult, *, rules: Sequence[RuleSpec] | Iterable[RuleSpec] = (), **_: Any) -> str:
    """Render the result as JUnit XML (UTF-8, indented, byte-stable)."""
    root = to_element(result, rules=rules)
    ET.indent(root, space="  ")
    return _HEAD + ET.tostring(root, encoding="unicode") + "\n"


def stream(
    files: Iterable[FileResult],
    tally: Tally,
    *,
    rules: Sequence[RuleSpec] | Iterable[RuleSpec] = (),
    fail_on: Severity = Severity.ERROR,
    **_: Any,
) -> Iterator[str]:
    """Yield the same XML as ``render``, keeping only the totals in memory.

    The root element carries the run's totals, so it can only be written
    at the end: each file's ``<testsuite>`` goes to a temporary file as the
    file finishes, then the root is written and the suites are copied after
    it. Without ``rules`` the test cases come from every finding of the run,
    so the whole run is kept, as ``render`` does.
    """
    import tempfile

    rule_list = [(r.id, r.name) for r in rules]
    if not rule_list:
        kept = [tally.add(fr) for fr in files]
        yield render(RunResult(tuple(kept), fail_on=fail_on), rules=())  # type: ignore[arg-type]
        return
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="") as spool:
        any_suite = False
        for fr in files:
            tally.add(fr)
            holder = ET.Element("testsuites")
            for key, value in _suite(holder, fr, rule_list, fail_on.rank).items():
                totals[key] += value
            ET.indent(holder, space="  ")  # the suite indented as it is inside the whole document
            suite = holder[0]
            suite.tail = None
            spool.write(("\n  " if any_suite else "") + ET.tostring(suite, encoding="unicode"))
            any_suite = True
        root = ET.Element("testsuites", {"name": "policy-lint"})
        for key, value in totals.items():
            root.set(key, str(value))
        if not any_suite:
            yield _HEAD + ET.tostring(root, encoding="unicode") + "\n"
            return
        root.text = "\u0000"
        opening, _, closing = ET.tostring(root, encoding="unicode").partition("\u0000")
        yield _HEAD + opening + "\n  "
        spool.seek(0)
        while True:
            chunk = spool.read(1 << 16)
            if not chunk:
                break
            yield chunk
        yield "\n" + closing + "\n"
