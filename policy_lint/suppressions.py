"""Suppressions: findings a person chose to accept, with a reason.

Three places can hide a finding, and each hidden finding keeps its reason
(``Finding.suppression``), so reports and auditors still see it:

* a YAML comment, on the line itself or on its own line before it::

      limits:  # policy-lint: ignore[COV004] reason="in our state addendum" until=2027-06-30

  or for the whole file: ``# policy-lint: file-ignore[PLN003] reason="..."``;
* an HTML comment in a Markdown or HTML page, with the same words::

      <!-- policy-lint: ignore[PLN007] reason="the usual way to say it" -->

  On a line of its own it covers the next block (heading, paragraph, list
  item or table row); after text on the same line, the block that text is
  in (see ``parse_prose_directives``);
* the ``suppressions`` list of the config (the only way for JSON files,
  Word and PDF files and plain text): a path, rules, and where: a JSON
  Pointer, words of the text the finding is in (``text``), or a page's
  heading (``heading``), which do not move when a paragraph is added;
* a baseline file (``policy_lint.baseline``).

Comments are found by scanning the text, not by a YAML round trip: a ``#``
counts only if it starts a real comment (not inside a quoted or block
scalar, using the scalar spans in ``Document.index``). A suppression with
no reason, one past its ``until`` date, one that hides nothing, or one that
cannot be read is a finding of its own (the SUP rules, ``kind:
suppression``). SUP findings cannot be hidden by a comment or by the
config's ``suppressions``: turn the rule off in the config instead.

This module also drops the findings of ``per_file_ignores``: the same hook
sees every finding of a file once, after the rules have run.
"""

from __future__ import annotations

import bisect
import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policy_lint.discover import relative_posix
from policy_lint.findings import INTERNAL_ERROR, Finding, Position, Suppression
from policy_lint.values import Frozen, Record, _set

if TYPE_CHECKING:
    from policy_lint.engine import Settings
    from policy_lint.packs import Pack
    from policy_lint.rules.base import RuleSpec
    from policy_lint.loading import Document, LoadResult

__all__ = [
    "SuppressionConfig",
    "ConfigSuppression",
    "Directive",
    "parse_directives",
    "Suppressor",
    "PROBLEMS",
    "MESSAGES",
]

#: What a ``kind: suppression`` rule reports, by problem code.
PROBLEMS = ("no-reason", "expired", "unused", "malformed")

#: The words of each problem when the rule has no ``message`` (the packs
#: have the same text). Placeholders: {rules}, {where} (" in <config place>"
#: for the config's list, else ""), {until}, {fix}, {problem}.
MESSAGES = {
    "no-reason": 'This suppression of {rules} has no reason, so it hides nothing. Add reason="..." to say why you accept the finding.',
    "expired": "The suppression of {rules}{where} ended on {until}. It hides nothing now. Fix the finding, or give a new date and reason.",
    "unused": "The suppression of {rules}{where} hides no finding here. {fix}",
    "malformed": "policy-lint cannot use this suppression. {problem}",
}

_VERBS = ("ignore", "file-ignore")
_KEYS = ("reason", "until")


class ConfigSuppression(Frozen):
    """One entry of the config's ``suppressions`` list.

    ``exact``: the pattern names one file, with no wildcard. ``where`` is
    "config:line:col", for messages.
    """

    __slots__ = ("pattern", "regex", "exact", "refs", "ids", "pointer", "reason", "until", "where", "text", "heading")
    pattern: str
    regex: Any  # a policy_lint.globs.Glob: fullmatch(path) -> bool
    exact: bool
    refs: tuple[str, ...]
    ids: frozenset[str]
    pointer: str
    reason: str
    until: str | None
    where: str
    text: str
    heading: str

    def __init__(
        self,
        pattern: str,
        regex: Any,
        exact: bool,
        refs: tuple[str, ...],
        ids: frozenset[str],
        pointer: str,
        reason: str,
        until: str | None,
        where: str,
        text: str = "",
        heading: str = "",
    ) -> None:
        _set(self, "pattern", pattern)
        _set(self, "regex", regex)
        _set(self, "exact", exact)
        _set(self, "refs", refs)
        _set(self, "ids", ids)
        _set(self, "pointer", pointer)
        _set(self, "reason", reason)
        _set(self, "until", until)
        _set(self, "where", where)
        _set(self, "text", " ".join(text.split()))  # words the finding's text must hold ("" for any)
        _set(self, "heading", " ".join(heading.split()))  # a heading the finding must be under ("" for any)

    def place(self) -> str:
        """Where this entry looks, for messages: " at /limits", ' in the text "..."', ' under the heading "..."'."""
        out = f" at {self.pointer}" if self.pointer else ""
        if self.heading:
            out += f' under the heading "{self.heading}"'
        if self.text:
            out += f' in the text "{_short(self.text)}"'
        return out

    def covers_path(self, rel: str) -> bool:
        """True when the pattern matches this path (relative to the config folder)."""
        return bool(self.regex.fullmatch(rel))


class SuppressionConfig(Frozen):
    """How to treat suppressions and ignores for the files of one config.

    Attributes:
        enabled: False with ``--ignore-suppressions``: every finding shows.
        today: The date that ``until`` is compared with (tests set it).
        folder: The config folder; patterns are relative to it.
        config_name: The config file, for messages.
        per_file_ignores: (pattern, rule IDs) pairs: those rules do not
            report in the files the pattern matches.
        rules: The config's ``suppressions`` entries.
        baseline: A ``policy_lint.baseline.Baseline`` to apply, or None.
        recorder: A ``policy_lint.baseline.Recorder`` that collects every
            active finding (``--write-baseline``), or None.
    """

    __slots__ = ("enabled", "today", "folder", "config_name", "per_file_ignores", "rules", "baseline", "recorder")
    enabled: bool
    today: date | None
    folder: Path | None
    config_name: str
    per_file_ignores: tuple[tuple[Any, frozenset[str]], ...]
    rules: tuple[ConfigSuppression, ...]
    baseline: Any
    recorder: Any

    def __init__(
        self,
        enabled: bool = True,
        today: date | None = None,
        folder: Path | None = None,
        config_name: str = "",
        per_file_ignores: tuple[tuple[Any, frozenset[str]], ...] = (),
        rules: tuple[ConfigSuppression, ...] = (),
        baseline: Any = None,
        recorder: Any = None,
    ) -> None:
        _set(self, "enabled", enabled)
        _set(self, "today", today)
        _set(self, "folder", folder)
        _set(self, "config_name", config_name)
        _set(self, "per_file_ignores", per_file_ignores)
        _set(self, "rules", rules)
        _set(self, "baseline", baseline)
        _set(self, "recorder", recorder)

    def skipped(self, path: str) -> set[str]:
        """The rule IDs that ``per_file_ignores`` turn off for the file at ``path`` (the engine asks it too)."""
        return per_file_skipped(self, path)


# -- reading directives from comments ------------------------------------------

_HEAD = re.compile(r"#[ \t]*policy-lint[ \t]*:[ \t]*")
_VERB = re.compile(r"([A-Za-z][A-Za-z-]*)[ \t]*")
_PAIR = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=[ \t]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Directive(Record):
    """One ``# policy-lint:`` comment.

    ``refs`` are the rule references as written; ``ids`` what each one
    names. ``problem`` is set (with ``problem_text``) when the comment
    cannot be used as written.
    """

    __slots__ = ("line", "column", "end_column", "verb", "refs", "ids", "reason", "until", "target", "scopes", "problems", "used", "block")

    def __init__(
        self,
        line: int,
        column: int,
        end_column: int,
        verb: str = "",
        refs: tuple[str, ...] = (),
        ids: dict[str, frozenset[str]] | None = None,
        reason: str | None = None,
        until: str | None = None,
        target: int | None = None,
        scopes: tuple[str, ...] = (),
        problems: list[tuple[str, dict[str, str]]] | None = None,
        used: set[str] | None = None,
        block: int | None = None,
    ) -> None:
        self.line = line  # 1-based line of the comment
        self.column = column  # 1-based column of the '#'
        self.end_column = end_column
        self.verb = verb
        self.refs = refs
        self.ids: dict[str, frozenset[str]] = ids if ids is not None else {}
        self.reason = reason
        self.until = until
        self.target = target  # the line it covers (None: whole file)
        self.scopes = scopes  # JSON Pointers it covers
        self.problems: list[tuple[str, dict[str, str]]] = problems if problems is not None else []  # (code, message values)
        self.used: set[str] = used if used is not None else set()
        self.block = block  # on a page: the block it covers (None: none, or a YAML file)

    def malformed(self, problem: str) -> None:
        """Note why this comment cannot be used (SUP004)."""
        self.problems.append(("malformed", {"problem": problem}))

    @property
    def file_wide(self) -> bool:
        """True for ``file-ignore``."""
        return self.verb == "file-ignore"

    @property
    def usable(self) -> bool:
        """True when it has a verb, rules and a reason."""
        return bool(self.verb) and bool(self.ids) and bool(self.reason)

    def covers(self, f: Finding, block: int | None = None) -> bool:
        """True when this directive's place covers the finding (``block``: the page block the finding is in)."""
        if self.file_wide:
            return True
        if self.block is not None:
            return block == self.block
        if self.target is not None and f.line == self.target:
            return True
        p = f.pointer
        return any(p == s or p.startswith(s + "/") for s in self.scopes)

    def matching_ref(self, rule_id: str) -> str | None:
        """The first reference that names ``rule_id``, or None."""
        for ref in self.refs:
            if rule_id in self.ids.get(ref, ()):
                return ref
        return None


def _scalar_spans(doc: "Document") -> tuple[list[int], list[int]]:
    """Sorted (starts, ends) of the text inside quoted and block scalars."""
    spans = []
    text = doc.text
    for info in doc.index.values():
        style = info.style
        if style in ('"', "'"):
            spans.append((info.start, info.end))
        elif style in ("|", ">"):
            newline = text.find("\n", info.start, info.end)
            if newline >= 0:
                spans.append((newline + 1, info.end))
    spans.sort()
    return [s for s, _ in spans], [e for _, e in spans]


def _inside(index: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect.bisect_right(starts, index) - 1
    return i >= 0 and starts[i] <= index < ends[i]


def _comment_start(text: str, line_start: int, line_end: int, starts: list[int], ends: list[int]) -> int | None:
    """Offset of the '#' that opens a real comment on this line, or None."""
    i = text.find("#", line_start, line_end)
    while i >= 0:
        before = text[i - 1] if i > line_start else " "
        if before in " \t" and not _inside(i, starts, ends):
            return i
        i = text.find("#", i + 1, line_end)
    return None


def parse_directives(doc: "Document", pack: "Pack") -> list[Directive]:
    """Find and read every ``# policy-lint:`` comment of a YAML document (``<!-- policy-lint: -->`` on a page)."""
    text = doc.text
    if getattr(doc, "all_prose", False):
        return parse_prose_directives(doc, pack)
    if doc.is_json or "policy-lint" not in text:
        return []
    starts, ends = _scalar_spans(doc)
    line_starts = doc.line_starts()
    out: list[Directive] = []
    seen_lines: set[int] = set()
    pos = text.find("policy-lint")
    while pos >= 0:
        line = bisect.bisect_right(line_starts, pos) - 1
        start = line_starts[line]
        end = line_starts[line + 1] if line + 1 < len(line_starts) else len(text)
        if line not in seen_lines:
            seen_lines.add(line)
            body_end = end
            while body_end > start and text[body_end - 1] in "\r\n":
                body_end -= 1
            hash_at = _comment_start(text, start, body_end, starts, ends)
            if hash_at is not None:
                comment = text[hash_at:body_end]
                head = _HEAD.match(comment)
                if head is not None:
                    d = Directive(line + 1, hash_at - start + 1, body_end - start + 1)
                    _read(d, comment[head.end():].rstrip(), pack)
                    own_line = not text[start:hash_at].strip()
                    if d.verb == "ignore":
                        d.target = _next_line(text, line, line_starts, starts, ends) if own_line else line + 1
                    out.append(d)
        pos = text.find("policy-lint", max(end, pos + 1))
    if any(d.verb == "ignore" and d.target is not None for d in out):
        scopes = _line_scopes(doc)
        for d in out:
            if d.target is not None:
                d.scopes = scopes.get(d.target, ())
    return out


_PROSE_HEAD = re.compile(r"<!--\s*policy-lint[ \t]*:[ \t]*")
_PROSE_FORM = '<!-- policy-lint: ignore[COV004] reason="why you accept it" -->'


def parse_prose_directives(doc: Any, pack: "Pack") -> list[Directive]:
    """Read the ``<!-- policy-lint: ... -->`` comments of a Markdown or HTML page.

    The readers note where each such comment is (``meta["comments"]``, source
    offsets): only a real comment counts, not the same words in a code block,
    a script or the text. The words are those of a YAML comment.
    ``ignore[...]`` covers one block, found by offsets, so it stays with its
    paragraph when others are added: the block the comment sits in (text
    before it on its line, or around it), else the next block after it.
    """
    comments = doc.meta.get("comments") if isinstance(doc.meta, dict) else None
    if not comments:
        return []
    text = doc.text
    spans = []  # (first, end) source offsets of each block with offsets
    for i, block in enumerate(doc.blocks):
        if block.has_offsets and block.text:
            first, _ = block.source_span(0, 1)
            _, end = block.source_span(len(block.text) - 1, len(block.text))
            spans.append((first, end, i))
    out: list[Directive] = []
    for a, b in comments:
        comment = text[a:b]
        head = _PROSE_HEAD.match(comment)
        if head is None:
            continue
        body = comment[head.end():]
        body = body[:-3] if body.endswith("-->") else body
        start = doc.position_at(a)
        line_end = text.find("\n", a, b)
        end = doc.position_at(line_end if line_end >= 0 else b)
        d = Directive(start.line, start.column, end.column)
        _read(d, " ".join(body.split()), pack, _PROSE_FORM)
        if d.verb == "ignore":
            d.block = _block_for(text, spans, a, b)
        out.append(d)
    return out


def _block_for(text: str, spans: list[tuple[int, int, int]], a: int, b: int) -> int | None:
    """The block a comment at ``[a, b)`` covers: the one it is in or ends the line of, else the next one."""
    before = None
    for first, end, i in spans:
        if first < a < end:
            return i  # inside a paragraph: "Some words <!-- ... --> more words"
        if end <= a and (before is None or end > before[0]):
            before = (end, i)
    if before is not None and "\n" not in text[before[0]:a] and "\r" not in text[before[0]:a]:
        return before[1]  # after the text of its own line
    after = [(first, i) for first, _, i in spans if first >= b]
    return min(after)[1] if after else None


def _next_line(text: str, line: int, line_starts: list[int], starts: list[int], ends: list[int]) -> int | None:
    """The next line (1-based) that is not blank and not only a comment."""
    n = len(line_starts)
    for j in range(line + 1, n):
        s = line_starts[j]
        e = line_starts[j + 1] if j + 1 < n else len(text)
        content = text[s:e].strip()
        if not content:
            continue
        first = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if content.startswith("#") and not _inside(first, starts, ends):
            continue
        return j + 1
    return None


def _line_scopes(doc: "Document") -> dict[int, tuple[str, ...]]:
    """For each line, the JSON Pointers of the keys (and list items) that start on it.

    Only the outermost ones are kept: a directive before ``- category: x``
    covers the whole list item.
    """
    found: dict[int, list[str]] = {}
    for pointer, info in doc.index.items():
        if not pointer:
            continue
        if info.key_start is not None:
            at = info.key_start
        elif pointer.rsplit("/", 1)[-1].isdigit():
            at = info.start
        else:
            continue
        found.setdefault(doc.position_at(at).line, []).append(pointer)
    out: dict[int, tuple[str, ...]] = {}
    for line, pointers in found.items():
        keep = [p for p in pointers if not any(p != q and p.startswith(q + "/") for q in pointers)]
        out[line] = tuple(sorted(set(keep)))
    return out


def _read(d: Directive, body: str, pack: "Pack", form: str = '# policy-lint: ignore[COV004] reason="why you accept it"') -> None:
    """Read ``verb[refs] key=value ...`` into the directive; note problems (``form``: how to write one, for the message)."""
    m = _VERB.match(body)
    if m is None or not body[m.end():].startswith("["):
        d.malformed(f"Write it like this: {form}.")
        return
    verb = m.group(1).lower()
    if verb not in _VERBS:
        import difflib

        near = difflib.get_close_matches(verb, _VERBS, n=1, cutoff=0.5)
        guess = f" Did you mean {near[0]}?" if near else ""
        d.malformed(f"'{verb}' is not a kind of suppression. Use ignore[...] for one place, or file-ignore[...] for the whole file.{guess}")
        return
    rest = body[m.end() + 1 :]
    close = rest.find("]")
    if close < 0:
        d.malformed("The rules have no closing ']'.")
        return
    refs = tuple(r.strip() for r in rest[:close].split(",") if r.strip())
    rest = rest[close + 1 :]
    if not refs:
        d.malformed("It names no rule. Put rule IDs in the brackets, such as ignore[COV004].")
        return
    d.verb = verb
    values: dict[str, str] = {}
    while True:
        rest = rest.lstrip(" \t")
        if not rest:
            break
        pm = _PAIR.match(rest)
        if pm is None:
            d.malformed(f"policy-lint cannot read '{_short(rest)}'. Write reason=\"...\" and until=YYYY-MM-DD after the rules.")
            return
        key = pm.group(1).lower()
        rest = rest[pm.end():]
        if rest[:1] in ('"', "'"):
            quote = rest[0]
            endq = rest.find(quote, 1)
            if endq < 0:
                d.malformed(f"The {key} has no closing {quote}.")
                return
            value = rest[1:endq]
            rest = rest[endq + 1 :]
            if rest and rest[0] not in " \t":
                d.malformed(f"Put a space after the closing {quote} of {key}.")
                return
        else:
            vm = re.match(r"[^ \t]*", rest)
            value = vm.group(0) if vm else ""
            rest = rest[len(value):]
        if key not in _KEYS:
            import difflib

            near = difflib.get_close_matches(key, _KEYS, n=1, cutoff=0.5)
            guess = f" Did you mean {near[0]}?" if near else ""
            d.malformed(f"'{key}' is not part of a suppression. Use reason=\"...\" and until=YYYY-MM-DD.{guess}")
            return
        if key in values:
            d.malformed(f"It gives {key} twice. Give it once.")
            return
        values[key] = value
    until = values.get("until")
    if until is not None:
        try:
            if not _DATE.fullmatch(until):
                raise ValueError(until)
            date.fromisoformat(until)
        except ValueError:
            d.malformed(f"until={until} is not a date. Write it as YYYY-MM-DD, such as 2027-06-30.")
            return
        d.until = until
    reason = values.get("reason")
    d.reason = reason.strip() if reason is not None and reason.strip() else None
    from policy_lint.packs import match_ref, suggest

    good: list[str] = []
    for ref in refs:
        hit = match_ref(ref, pack)
        if hit is None:
            d.malformed(f"{ref!r} is not a rule ID or name.{suggest(ref, pack)}")
            continue
        ids = frozenset(rid for rid in hit[0] if not rid.startswith("SUP"))
        if not ids:
            d.malformed(f"A comment cannot hide {ref}. Turn it off with 'ignore' or 'severity' in the config instead.")
            continue
        d.ids[ref] = ids
        good.append(ref)
    d.refs = tuple(good)
    if d.reason is None and d.refs:
        d.problems.append(("no-reason", {"rules": ", ".join(d.refs)}))


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "..."


# -- the hook --------------------------------------------------------------------


def per_file_skipped(conf: "SuppressionConfig | None", path: str) -> set[str]:
    """The rule IDs that ``per_file_ignores`` turn off for the file at ``path``."""
    skipped: set[str] = set()
    if conf is None or not conf.per_file_ignores:
        return skipped
    real = Path(os.path.abspath(path))
    rel = relative_posix(real, conf.folder or Path(os.path.abspath(".")))
    for rx, ids in conf.per_file_ignores:
        if rx.fullmatch(rel):
            skipped |= ids
    return skipped


class Suppressor:
    """The engine's post hook: per-file ignores, then suppressions, then the baseline.

    Built by ``Linter`` from its pack and settings. ``settings.suppressions``
    is a ``SuppressionConfig`` (None: comments only, dated today).
    """

    def __init__(self, pack: "Pack", settings: "Settings") -> None:
        self.pack = pack
        self.settings = settings
        conf = getattr(settings, "suppressions", None)
        self.conf: SuppressionConfig = conf if conf is not None else SuppressionConfig()
        self.today = (self.conf.today or date.today()).isoformat()
        self.selected = frozenset(r.id for r in settings.rules)
        self.sup_rules: dict[str, "RuleSpec"] = {}
        for rule in settings.rules:
            if rule.kind == "suppression":
                for code in rule.params.get("problems", []):
                    self.sup_rules[str(code)] = rule

    def __call__(self, doc: "Document | None", loaded: "LoadResult", findings: list[Finding]) -> list[Finding]:
        conf = self.conf
        real = Path(os.path.abspath(loaded.path))
        folder = conf.folder or Path(os.path.abspath("."))
        rel = relative_posix(real, folder)
        skipped = per_file_skipped(conf, loaded.path)
        if skipped:
            findings = [f for f in findings if f.rule_id not in skipped]
        if not conf.enabled:
            return findings
        ran = self.selected - skipped
        directives = parse_directives(doc, self.pack) if doc is not None else []
        extra: list[Finding] = []
        findings = self._apply_comments(doc, directives, findings, ran, extra)
        findings = self._apply_config(doc, rel, loaded.path, findings, ran, extra)
        extra = [f for f in extra if f.rule_id not in skipped]
        findings = findings + extra
        if conf.baseline is not None:
            findings = conf.baseline.apply(doc, real, loaded.path, findings)
        if conf.recorder is not None:
            findings = conf.recorder.record(doc, real, findings)
        return findings

    # -- comments --------------------------------------------------------------

    def _apply_comments(self, doc: "Document | None", directives: list[Directive], findings: list[Finding], ran: frozenset[str], extra: list[Finding]) -> list[Finding]:
        if not directives:
            return findings
        assert doc is not None
        active = []
        for d in directives:
            for code, values in d.problems:
                self._sup(extra, doc.path, code, d, **values)
            if not d.usable:
                continue
            if d.until is not None and d.until < self.today:
                self._sup(extra, doc.path, "expired", d, rules=", ".join(d.refs), where="", until=d.until)
                continue
            active.append(d)
        # A line or place beats the whole file, so its reason is the one shown.
        active.sort(key=lambda d: d.file_wide)
        on_page = any(d.block is not None for d in active)
        out = []
        for f in findings:
            if f.suppression is None and _hideable(f):
                block = _block_index(doc, f.pointer) if on_page else None
                for d in active:
                    if not d.covers(f, block):
                        continue
                    ref = d.matching_ref(f.rule_id)
                    if ref is None:
                        continue
                    d.used.add(ref)
                    if f.suppression is None:
                        f = f.replace(suppression=Suppression(d.reason or "", "comment", d.until, d.line))
            out.append(f)
        for d in active:
            unused = [ref for ref in d.refs if ref not in d.used and d.ids[ref] & ran]
            if not unused:
                continue
            names = ", ".join(unused)
            fix = "Remove it." if len(unused) == len(d.refs) else f"Remove {names} from it."
            self._sup(extra, doc.path, "unused", d, rules=names, where="", fix=fix)
        return out

    # -- the config's suppressions ---------------------------------------------

    def _apply_config(self, doc: "Document | None", rel: str, path: str, findings: list[Finding], ran: frozenset[str], extra: list[Finding]) -> list[Finding]:
        entries = [e for e in self.conf.rules if e.covers_path(rel)]
        if not entries:
            return findings
        places = _Places(doc) if any(e.text or e.heading for e in entries) else None
        used: set[int] = set()
        expired_hits: set[int] = set()
        out = []
        for f in findings:
            if f.suppression is None and _hideable(f):
                for n, e in enumerate(entries):
                    if f.rule_id not in e.ids or not _under(f.pointer, e.pointer):
                        continue
                    if places is not None and not places.holds(f.pointer, e):
                        continue
                    if e.until is not None and e.until < self.today:
                        expired_hits.add(n)
                        continue
                    used.add(n)
                    f = f.replace(suppression=Suppression(e.reason, "config", e.until, None))
                    break
            out.append(f)
        for n, e in enumerate(entries):
            what = ", ".join(e.refs) + e.place()
            if n in expired_hits and n not in used:
                self._sup(extra, path, "expired", None, rules=what, where=f" in {e.where}", until=e.until or "")
            elif n not in used and n not in expired_hits and e.exact and e.ids & ran:
                if e.until is not None and e.until < self.today:
                    continue
                self._sup(extra, path, "unused", None, rules=what, where=f" in {e.where}", fix="Remove it.")
        return out

    # -- SUP findings -----------------------------------------------------------

    def _sup(self, extra: list[Finding], path: str, code: str, d: Directive | None, **values: str) -> None:
        """Add a SUP finding to ``extra`` (unless its rule is not selected), worded by the rule's message."""
        rule = self.sup_rules.get(code)
        if rule is None:
            return
        message = _fill(str(rule.params.get("message") or ""), MESSAGES[code], values)
        severity = self.settings.severities.get(rule.id, rule.severity)
        position = Position(d.line, d.column) if d is not None else None
        end = Position(d.line, d.end_column) if d is not None else None
        extra.append(
            Finding(
                path=path,
                rule_id=rule.id,
                rule_name=rule.name,
                severity=severity,
                message=message,
                position=position,
                end=end,
                pointer="",
                hint=rule.hint or None,
            )
        )


def _fill(template: str, default: str, values: dict[str, str]) -> str:
    """Fill a message template; fall back to the default words if it names an unknown placeholder."""
    from policy_lint.rules.base import fill_template

    for text in (template, default):
        if text and all(m.group(1) in values for m in _PLACE.finditer(text)):
            return fill_template(text, values)
    return fill_template(default, values)


_PLACE = re.compile(r"\{([a-z_]+)\}")


def _hideable(f: Finding) -> bool:
    return f.rule_id != INTERNAL_ERROR and not f.rule_id.startswith("SUP") and f.rule_id != ""


def normal(text: str) -> str:
    """Text as a suppression compares it: one space between words, case folded."""
    return " ".join(str(text).split()).casefold()


def _block_index(doc: Any, pointer: str) -> int | None:
    """The page block a finding's pointer is in (None in a YAML file, or for the whole page)."""
    block_of = getattr(doc, "block_of", None)
    if block_of is None:
        return None
    found = block_of(pointer)
    return found[0] if found is not None else None


class _Places:
    """The text and the headings above each finding's place, for the config's ``text`` and ``heading``."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.under: list[tuple[str, ...]] = []  # each page block: the headings it is under (its own, for a heading)
        stack: list[tuple[int, str]] = []
        blocks = doc.blocks if getattr(doc, "all_prose", False) else ()
        for block in blocks:
            if block.kind == "heading":
                level = block.level or 1
                while stack and stack[-1][0] >= level:
                    stack.pop()
                stack.append((level, _bare(block.text)))
            self.under.append(tuple(h for _, h in stack))

    def text_at(self, pointer: str) -> str | None:
        """The text a finding is in: its page block, or the YAML value at its pointer."""
        doc = self.doc
        if doc is None:
            return None
        index = _block_index(doc, pointer)
        if index is not None:
            return str(doc.blocks[index].text)
        if getattr(doc, "all_prose", False):
            return None
        try:
            value = doc.get(pointer)
        except Exception:  # a pointer that names no value
            return None
        return value if isinstance(value, str) else None

    def holds(self, pointer: str, e: ConfigSuppression) -> bool:
        """True when the finding at ``pointer`` is in the entry's text and under its heading."""
        if e.text:
            text = self.text_at(pointer)
            if text is None or normal(e.text) not in normal(text):
                return False
        if e.heading:
            index = _block_index(self.doc, pointer)
            if index is None or index >= len(self.under) or _bare(e.heading) not in self.under[index]:
                return False
        return True


def _bare(heading: str) -> str:
    """A heading as ``heading`` compares it: case folded, without a number or mark at either end ("2. Safety:")."""
    return normal(heading).strip(" .:?!#*-–—0123456789()")


def _under(pointer: str, scope: str) -> bool:
    return not scope or pointer == scope or pointer.startswith(scope.rstrip("/") + "/")


