"""Run the rules of a pack over policy files.

The engine stamps each rule's ID, name and severity on what the rules
report, and maps every place to ``file:line:col`` through the document's
position index. A file that cannot be read is a finding of its own rule;
the run goes on with the other files. The engine never prints and never
imports click.
"""

from __future__ import annotations


from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from policy_lint.values import Frozen, _set
from policy_lint.findings import INTERNAL_ERROR, FileResult, Finding, Position, Severity
from policy_lint.packs import Pack
from policy_lint.rules.base import CheckContext, RuleSpec, Violation
from policy_lint.loading import DEFAULT_LIMITS, Document, Limits, LoadResult

__all__ = ["Settings", "Linter", "INTERNAL_ERROR"]

#: Rule ID used when policy-lint itself fails on a file (a bug to report).


class Settings(Frozen, hashable=False):
    """What to run and how, after config and command line are merged.

    Attributes:
        rules: The rules to run (already selected), in ID order.
        severities: Severity overrides by rule ID.
        options: Extra options by rule ID (they win over the pack's params).
        limits: Size, depth and alias limits for reading files.
        fail_on: The lowest severity that makes the run fail.
        suppressions: How to treat suppressions, per-file ignores and the
            baseline: a ``policy_lint.suppressions.SuppressionConfig``. None
            means comment suppressions only, judged by today's date.
    """

    __slots__ = ("rules", "severities", "options", "limits", "fail_on", "suppressions")
    rules: tuple[RuleSpec, ...]
    severities: Mapping[str, Severity]
    options: Mapping[str, Mapping[str, Any]]
    limits: Limits
    fail_on: Severity
    suppressions: Any

    def __init__(
        self,
        rules: tuple[RuleSpec, ...],
        severities: Mapping[str, Severity] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        limits: Limits = DEFAULT_LIMITS,
        fail_on: Severity = Severity.ERROR,
        suppressions: Any = None,
    ) -> None:
        _set(self, "rules", rules)
        _set(self, "severities", severities if severities is not None else {})
        _set(self, "options", options if options is not None else {})
        _set(self, "limits", limits)
        _set(self, "fail_on", fail_on)
        _set(self, "suppressions", suppressions)


# A hook that may change the findings of one file (suppressions, baseline).
PostProcess = Callable[[Document | None, LoadResult, list[Finding]], list[Finding]]


class Linter:
    """Lint documents with one pack and one set of settings.

    ``post`` are hooks that may change each file's findings, in order. The
    session passes the suppression hook (``policy_lint.suppressions``); the
    engine itself knows nothing of suppressions.
    """

    def __init__(self, pack: Pack, settings: Settings | None = None, *, post: Sequence[PostProcess] = ()) -> None:
        self.pack = pack
        self.settings = settings or Settings(rules=pack.rules)
        self.post = tuple(post)
        self._input_rules: dict[str, RuleSpec] = {}
        self._check_rules: list[RuleSpec] = []
        for rule in self.settings.rules:
            if rule.kind == "input":
                for code in rule.params.get("problems", []):
                    self._input_rules[str(code)] = rule
            elif rule.kind == "suppression":
                continue  # made by the Suppressor hook, not run as a kind
            else:
                self._check_rules.append(rule)
        self._plan: list[tuple[RuleSpec, Any, Severity, dict[str, Any]]] | None = None
        self._selected = frozenset(r.id for r in self.settings.rules)

    def _rule_plan(self) -> list[tuple[RuleSpec, Any, Severity, dict[str, Any]]]:
        """Each rule to run, with its check (or the error from finding it), severity and options: worked out once."""
        if self._plan is None:
            from policy_lint.rules.kinds import resolve

            plan = []
            for rule in self._check_rules:
                try:
                    check: Any = resolve(rule.kind)
                except Exception as exc:  # reported for each file, as a failing rule is
                    check = exc
                plan.append((rule, check, self._severity(rule), self.settings.options.get(rule.id, {})))
            self._plan = plan
        return self._plan

    # -- entry points ------------------------------------------------------

    def lint_path(self, path: Path | str, display: str | None = None) -> FileResult:
        """Read and lint one file. Never raises for a bad file."""
        from policy_lint.loading import load_path

        name = display if display is not None else str(path)
        try:
            loaded = load_path(path, limits=self.settings.limits, display=name)
        except MemoryError:
            loaded = None  # reported below, once the memory of the attempt is free
        except Exception as exc:  # a bug in the loader: report it, keep going
            return self._crashed(name, exc)
        if loaded is None:
            return self._out_of_memory(name, _size_of(path))
        return self.lint_loaded(loaded)

    def lint_bytes(self, raw: bytes, name: str, *, is_json: bool = False) -> FileResult:
        """Lint policy bytes (for example from standard input)."""
        from policy_lint.loading import load_bytes

        try:
            loaded = load_bytes(raw, name, limits=self.settings.limits, is_json=is_json)
        except MemoryError:
            loaded = None
        except Exception as exc:
            return self._crashed(name, exc)
        if loaded is None:
            return self._out_of_memory(name, len(raw))
        return self.lint_loaded(loaded)

    def lint_text(self, text: str, name: str = "<text>", *, is_json: bool = False) -> FileResult:
        """Lint policy text (used by tests and the rule examples)."""
        from policy_lint.loading import load_text

        try:
            loaded = load_text(text, name, limits=self.settings.limits, is_json=is_json)
        except Exception as exc:
            return self._crashed(name, exc)
        return self.lint_loaded(loaded)

    def lint_loaded(self, loaded: LoadResult) -> FileResult:
        """Run every rule on a loaded file and collect its findings."""
        try:
            return self._lint_loaded(loaded)
        except MemoryError:
            pass  # reported below, once the memory of the attempt is free
        except Exception as exc:
            return self._crashed(loaded.path, exc)
        size = len(loaded.text) if loaded.text is not None else None  # characters: close enough, and costs nothing
        name = loaded.path
        del loaded  # drop the document before anything else
        return self._out_of_memory(name, size)

    # -- the work ------------------------------------------------------------

    def _lint_loaded(self, loaded: LoadResult) -> FileResult:
        doc = loaded.document
        findings: list[Finding] = []
        for problem in loaded.problems:
            rule = self._input_rules.get(problem.code)
            if rule is None and doc is None and problem.fatal:
                # The file could not be read at all, and no selected rule says
                # why (--select, --ignore, or a pack without the PAR rules). It
                # must never pass as clean: report it with the rule it belongs to.
                rule = _input_rule_for(problem.code, self.pack)
            if rule is None:
                continue
            if problem.position is not None:
                pos: Position | None = problem.position
            elif problem.index is not None and loaded.text is not None:
                pos = _position_in(loaded.text, problem.index, doc)
            else:
                pos = None
            findings.append(
                Finding(
                    path=loaded.path,
                    rule_id=rule.id,
                    rule_name=rule.name,
                    severity=self._severity(rule),
                    message=problem.message,
                    position=pos,
                    hint=problem.hint or rule.hint or None,
                )
            )
        metrics: dict[str, Any] = {}
        if doc is not None:
            applies = getattr(doc, "applies", None)  # a prose document skips rules that cannot apply
            skipped: list[str] = []
            active = self._active_for(loaded.path)
            for rule, check, severity, options in self._rule_plan():
                if applies is not None and not applies(rule):
                    skipped.append(rule.id)  # skipped, never failed: the audit shows "not checked"
                    continue
                self._run_rule(rule, check, severity, options, doc, metrics, findings, active)
            if skipped:
                metrics["not_checked"] = skipped
        for hook in self.post:
            findings = hook(doc, loaded, findings)
        findings.sort(key=Finding.sort_key)
        return FileResult(loaded.path, tuple(findings), metrics or None)

    def _active_for(self, path: str) -> frozenset[str]:
        """The IDs of the rules that report for the file at ``path``.

        That is the selected rules (select, ignore, ``severity: off``) less the
        config's per-file ignores for this file. A rule may ask it, so it keeps
        quiet only when another rule that really runs speaks instead (LIM004).
        """
        active = self._selected
        conf = getattr(self.settings, "suppressions", None)
        skipped = getattr(conf, "skipped", None)  # suppressions.SuppressionConfig (the engine never imports it)
        if skipped is not None and getattr(conf, "per_file_ignores", ()):
            active = active - skipped(path)
        return active

    def _severity(self, rule: RuleSpec) -> Severity:
        return self.settings.severities.get(rule.id, rule.severity)

    def _run_rule(
        self,
        rule: RuleSpec,
        check: Any,
        severity: Severity,
        options: dict[str, Any],
        doc: Document,
        metrics: dict[str, Any],
        out: list[Finding],
        active: frozenset[str] | None = None,
    ) -> None:
        """Run one rule on ``doc`` and add its findings to ``out``."""
        try:
            if isinstance(check, Exception):  # the rule's kind could not be found
                out.append(_internal(doc.path, check, f"the rule {rule.id} ({rule.name})"))
                return
            violations = list(check(CheckContext(doc=doc, pack=self.pack, rule=rule, options=options, metrics=metrics, active=active, rule_options=self.settings.options)))
        except MemoryError:
            raise  # the whole file is reported (lint_loaded), not one rule
        except Exception as exc:
            out.append(_internal(doc.path, exc, f"the rule {rule.id} ({rule.name})"))
            return
        finding = self._finding
        # A finding far past the rule's limit (its error_above param) is an error,
        # unless the config sets this rule's severity: then that one severity holds,
        # and the message must not say "this is an error" (its severe_note).
        raised = rule.id not in self.settings.severities
        for v in violations:
            if v.severe and raised:
                if v.severe_note:
                    v = v.replace(message=f"{v.message} {v.severe_note}")
                out.append(finding(rule, Severity.ERROR, doc, v))
            else:
                out.append(finding(rule, severity, doc, v))

    def _finding(self, rule: RuleSpec, severity: Severity, doc: Document, v: Violation) -> Finding:
        start, end = doc.locate(v.pointer, on_key=v.on_key, span=v.span)
        pointer = v.pointer
        if getattr(doc, "all_prose", False):
            # A web page or document: advice in words a clinic can use, never a YAML field.
            # A violation's own hint is about this finding, and kinds give one only in plain words
            # where they can fire on prose (tests/test_meta.py checks the rule's prose hints).
            hint = v.prose_hint or v.hint or rule.prose_hint or rule.hint or None
            if pointer and doc.block_of(pointer) is None:  # type: ignore[attr-defined]
                # Something missing ("/limits", "/notification"): no place in the text holds it yet,
                # so the finding is about the whole document, "" (a YAML field would mean nothing here).
                pointer = ""
        else:
            hint = v.hint or rule.hint or None
        return Finding(
            path=doc.path,
            rule_id=rule.id,
            rule_name=rule.name,
            severity=severity,
            message=v.message,
            position=start,
            end=end,
            pointer=pointer,
            hint=hint,
            data=v.data,
        )

    def _crashed(self, name: str, exc: BaseException) -> FileResult:
        return FileResult(name, (_internal(name, exc, "this file"),))

    def _out_of_memory(self, name: str, size: int | None) -> FileResult:
        """The file could not be checked in the memory there is: a finding (PAR005), and the run goes on."""
        from policy_lint.loading import LoadProblem

        shown = f" ({size / 1024 / 1024:.1f} MB)" if size else ""
        problem = LoadProblem(
            "out-of-memory",
            f"policy-lint ran out of memory while checking this file{shown}, so it was not checked.",
            hint="Give policy-lint more memory (a limit such as ulimit -v may be too low), or split the file. A policy is rarely larger than 100 KB.",
        )
        return self.lint_loaded(LoadResult(name, None, (problem,), None))


def _size_of(path: Path | str) -> int | None:
    import os

    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return None


def _input_rule_for(code: str, pack: Pack) -> RuleSpec | None:
    """The ``input`` rule that reports a load problem: in this pack, else in the base pack."""
    for rule in pack.rules:
        if rule.kind == "input" and code in (rule.params.get("problems") or []):
            return rule
    from policy_lint.packs import DEFAULT_PACK, load_pack

    try:
        base = load_pack(DEFAULT_PACK)
    except Exception:  # pragma: no cover - the base pack ships with policy-lint
        return None
    for rule in base.rules:
        if rule.kind == "input" and code in (rule.params.get("problems") or []):
            return rule
    return None


def _position_in(text: str, index: int, doc: Document | None) -> Position:
    if doc is not None:
        return doc.position_at(index)
    tmp = Document("", text, None, {})
    return tmp.position_at(index)


def _internal(path: str, exc: BaseException, where: str) -> Finding:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    last = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    import logging

    # The full trace goes to the "policy_lint" logger; --debug shows it on stderr.
    logging.getLogger("policy_lint").debug("policy-lint failed while checking %s in %s:", where, path, exc_info=exc)
    return Finding(
        path=path,
        rule_id=INTERNAL_ERROR,
        rule_name="internal-error",
        severity=Severity.ERROR,
        message=f"policy-lint failed while checking {where}: {type(exc).__name__}{last}. This is a bug in policy-lint, not in your file.",
        hint="Please report it, with the file if you can share it. Run with --debug to see the full trace.",
    )
