"""SARIF 2.1.0 output, for code scanning tools (GitHub, Azure DevOps, IDEs).

One run, one ``tool.driver.rules[]`` entry per rule of the pack (with its
summary, rationale, hint, sources and examples, all read from the pack), and
one result per finding. Suppressed findings stay in the log with a
``suppressions`` entry, so a reviewer sees what was hidden and why.

The output is byte-stable: no timestamps, no absolute paths, no run IDs, and
the same order every time. Paths are made relative to ``base`` (the current
folder by default) and written as URI references with forward slashes.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.parse
from pathlib import PurePath
from typing import Any, Iterable, Iterator, Sequence

from policy_lint._version import __version__
from policy_lint.findings import INTERNAL_ERROR, FileResult, Finding, Locator, RunResult, Severity, Tally
from policy_lint.rules.base import RuleSpec

__all__ = ["render", "stream", "to_dict", "level", "artifact_uri", "SARIF_SCHEMA", "SARIF_VERSION"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

# Characters kept as they are in a URI path segment (RFC 3986 unreserved + sub-delims + ":@").
_SAFE = "/-._~!$&'()*+,;=:@"


def level(severity: Severity) -> str:
    """The SARIF level for a severity: our ``info`` is SARIF's ``note``."""
    return _LEVELS[severity]


def artifact_uri(path: str, base: str | None = None) -> str:
    """A relative URI reference for a file, with forward slashes and percent-encoding.

    Absolute paths are made relative to ``base`` (default: the current
    folder), so the log never holds a machine's own folder names. A path on
    another drive (Windows) cannot be made relative: it becomes a ``file:``
    URI, the only case with an absolute path.
    """
    raw = path
    if _is_absolute(raw):
        try:
            raw = os.path.relpath(raw, base if base is not None else os.getcwd())
        except ValueError:
            return PurePath(raw).as_uri()
    if os.sep == "\\":
        raw = raw.replace("\\", "/")
    text = "/".join(seg for seg in raw.split("/") if seg not in ("", "."))
    uri = urllib.parse.quote(text, safe=_SAFE, errors="surrogateescape")
    # A first segment with a colon would read as a URI scheme ("c:/x", "a:b").
    first = uri.split("/", 1)[0]
    if ":" in first:
        uri = "./" + uri
    return uri or "."


def _is_absolute(path: str) -> bool:
    return os.path.isabs(path)


def _text(s: str) -> str:
    """Text for a SARIF message: never empty (the schema allows it, readers do not)."""
    return s if s.strip() else "(no text)"


def rule_descriptor(r: RuleSpec) -> dict[str, Any]:
    """One ``reportingDescriptor`` for a rule, from the pack (the one source of truth)."""
    from policy_lint.docs import rule_help

    properties: dict[str, Any] = {
        "tags": sorted({*r.tags, r.kind.split(".", 1)[0], "confidentiality-policy"}),
        "kind": r.kind,
        "pack": r.pack,
        "sources": [{"cite": s.cite, **({"url": s.url} if s.url else {})} for s in r.sources],
    }
    out: dict[str, Any] = {
        "id": r.id,
        "name": r.name,
        "shortDescription": {"text": _text(r.summary)},
        "fullDescription": {"text": _text(r.rationale or r.summary)},
        "help": {"text": _text(rule_help(r)), "markdown": _text(rule_help(r, markdown=True))},
        "defaultConfiguration": {"level": level(r.severity)},
        "properties": properties,
    }
    return out


def _unknown_rule(f: Finding) -> dict[str, Any]:
    """A descriptor for a finding whose rule is not in the pack (internal errors)."""
    return {
        "id": f.rule_id,
        "name": f.rule_name,
        "shortDescription": {"text": "policy-lint itself failed on a file."} if f.rule_id == INTERNAL_ERROR else {"text": f.rule_name},
        "defaultConfiguration": {"level": level(f.severity)},
        "properties": {"tags": ["policy-lint"]},
    }


def _region(f: Finding) -> dict[str, Any] | None:
    if f.position is None or isinstance(f.position, Locator):
        return None  # a Word or PDF place is a logical location (see _result)
    region: dict[str, Any] = {"startLine": max(1, f.position.line), "startColumn": max(1, f.position.column)}
    if f.end is not None and f.end >= f.position:
        region["endLine"] = max(1, f.end.line)
        region["endColumn"] = max(1, f.end.column)
    return region


def _location(f: Finding, physical: dict[str, Any]) -> dict[str, Any]:
    """The file, with a region (line and column) or, for Word and PDF, a logical location."""
    out: dict[str, Any] = {"physicalLocation": physical}
    if isinstance(f.position, Locator):
        out["logicalLocations"] = [{"name": f"{f.position.label}, character {f.position.column}", "kind": "element"}]
    return out


def _fingerprint(f: Finding, uri: str) -> str:
    """A stable ID for a finding that survives edits elsewhere in the file."""
    key = "\x1f".join((f.rule_id, uri, f.pointer, f.message))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _suppressions(f: Finding) -> list[dict[str, Any]] | None:
    s = f.suppression
    if s is None:
        return None
    entry: dict[str, Any] = {
        "kind": "inSource" if s.source == "comment" else "external",
        "justification": s.reason,
    }
    props: dict[str, Any] = {"source": s.source}
    if s.until:
        props["until"] = s.until
    if s.line:
        props["line"] = s.line
    entry["properties"] = props
    return [entry]


def _result(f: Finding, index: int, base: str | None) -> dict[str, Any]:
    uri = artifact_uri(f.path, base)
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    region = _region(f)
    if region is not None:
        physical["region"] = region
    out: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": index,
        "level": level(f.severity),
        "message": {"text": _text(f.message)},
        "locations": [_location(f, physical)],
        "partialFingerprints": {"policyLint/v1": _fingerprint(f, uri)},
    }
    props: dict[str, Any] = {}
    if f.pointer:
        props["pointer"] = f.pointer
    if f.hint:
        props["hint"] = f.hint
    if props:
        out["properties"] = props
    suppressions = _suppressions(f)
    if suppressions is not None:
        out["suppressions"] = suppressions
    return out


def _exit_code(result: RunResult) -> int:
    if any(f.rule_id == INTERNAL_ERROR for fr in result.files for f in fr.findings):
        return 2
    return 1 if result.failed else 0


def to_dict(
    result: RunResult,
    *,
    rules: Sequence[RuleSpec] | Iterable[RuleSpec] = (),
    exit_code: int | None = None,
    base: str | None = None,
) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict.

    Args:
        result: What the run found.
        rules: The rules that ran (``pack.rules``). Each becomes a descriptor,
            even when it found nothing, so tools can show the full rule set.
        exit_code: The exit code of the command, if known.
        base: The folder that paths are made relative to.
    """
    descriptors = [rule_descriptor(r) for r in rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    findings = result.findings()
    for f in findings:
        if f.rule_id not in index:
            index[f.rule_id] = len(descriptors)
            descriptors.append(_unknown_rule(f))
    results = [_result(f, index[f.rule_id], base) for f in findings]
    code = _exit_code(result) if exit_code is None else exit_code
    internal = any(f.rule_id == INTERNAL_ERROR for f in findings)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "policy-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": descriptors,
            }
        },
        "invocations": [{"executionSuccessful": not internal and code in (0, 1), "exitCode": code}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(
    result: RunResult,
    *,
    rules: Sequence[RuleSpec] | Iterable[RuleSpec] = (),
    exit_code: int | None = None,
    base: str | None = None,
    **_: Any,
) -> str:
    """Render the result as a SARIF 2.1.0 log (indented JSON, ASCII only)."""
    return json.dumps(to_dict(result, rules=rules, exit_code=exit_code, base=base), indent=2, ensure_ascii=True) + "\n"


# -- streaming ------------------------------------------------------------------

_INDENT = "\n        "  # a result sits four levels deep in the log


def stream(
    files: Iterable[FileResult],
    tally: Tally,
    *,
    rules: Sequence[RuleSpec] | Iterable[RuleSpec] = (),
    fail_on: Severity = Severity.ERROR,
    base: str | None = None,
    **_: Any,
) -> Iterator[str]:
    """Yield the same log as ``render``, keeping only what the end of the log needs.

    The log's head holds what only the whole run knows (the exit code, and
    a descriptor for each finding whose rule is not in ``rules``), and its
    results are in the order of ``RunResult.findings()`` (sorted by path).
    So each file's findings go to a temporary file as the file finishes, and
    memory keeps one small entry per file: its path, where its findings
    are, and its unknown rules. At the end the head is written, then the
    results are read back in path order, one file at a time.
    """
    import pickle
    import tempfile

    descriptors = [rule_descriptor(r) for r in rules]
    known = {d["id"] for d in descriptors}
    entries: list[tuple[str, int, int, int, tuple[tuple[str, str, Severity], ...]]] = []  # path, order, offset, size, unknown rules
    with tempfile.TemporaryFile() as spool:
        for order, fr in enumerate(files):
            tally.add(fr)
            if not fr.findings:
                continue
            found = sorted(fr.findings, key=Finding.sort_key)
            unknown = tuple(dict.fromkeys((f.rule_id, f.rule_name, f.severity) for f in found if f.rule_id not in known))
            raw = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
            entries.append((fr.path, order, spool.tell(), len(raw), unknown))
            spool.write(raw)
        entries.sort(key=lambda e: (e[0], e[1]))

        def groups() -> Iterator[list[Finding]]:
            """The findings of each path in turn, in report order (read back from the spool)."""
            i = 0
            while i < len(entries):
                j = i
                while j < len(entries) and entries[j][0] == entries[i][0]:
                    j += 1
                found: list[Finding] = []
                for _, _, offset, size, _ in entries[i:j]:
                    spool.seek(offset)
                    found.extend(pickle.loads(spool.read(size)))
                if j - i > 1:  # one path twice (standard input named as a file): merge in order
                    found.sort(key=Finding.sort_key)
                yield found
                i = j

        # The descriptors of rules that are not in the pack, in order of first appearance.
        index = {d["id"]: i for i, d in enumerate(descriptors)}
        if any(len(e[4]) for e in entries):
            for found in groups():
                for f in found:
                    if f.rule_id not in index:
                        index[f.rule_id] = len(descriptors)
                        descriptors.append(_unknown_rule(f))
        code = 2 if tally.internal_errors else (1 if tally.failed(fail_on) else 0)
        head = to_dict(RunResult((), fail_on=fail_on), exit_code=code, base=base)
        run = head["runs"][0]
        run["tool"]["driver"]["rules"] = descriptors
        run["invocations"][0]["executionSuccessful"] = not tally.internal_errors and code in (0, 1)
        if not entries:
            yield json.dumps(head, indent=2, ensure_ascii=True) + "\n"
            return
        marker = "\u0000results\u0000"
        run["results"] = [marker]
        text = json.dumps(head, indent=2, ensure_ascii=True) + "\n"
        before, _, after = text.rpartition(json.dumps(marker, ensure_ascii=True))
        yield before
        first = True
        for found in groups():
            for f in found:
                piece = json.dumps(_result(f, index[f.rule_id], base), indent=2, ensure_ascii=True).replace("\n", _INDENT)
                yield piece if first else "," + _INDENT + piece
                first = False
        yield after
