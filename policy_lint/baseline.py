"""Baselines: adopt policy-lint on existing policies, and fail only on new findings.

``--write-baseline FILE`` records every active finding. ``--baseline FILE``
(or the config key ``baseline``) hides the findings it lists; they stay in
the output, marked suppressed with the source ``baseline``.

An entry is keyed by rule, file and JSON Pointer, never by line, so adding
or moving lines does not break it. On a prose policy (a page, a Word or
PDF file) the numbers in a pointer (``/blocks/12``) move when a paragraph
is added, so the entry names the block by its kind and a hash of its text
instead (``/blocks/@paragraph:3fa2c1d09b7e:0``; see ``stable_pointer``). A table
row is named by the words of its cells alone: what the reader puts between two
cells (": " after a row's label, ". " or " ") is not the row's text, and it has
changed (a baseline written before that still reads: ``older_names``). The file path is relative to the
baseline file's folder, with forward slashes. When a finding is about a
part of a text (a word or a sentence), the entry also holds a short hash of
that part, so two findings at the same pointer stay apart: fixing one word
and adding another still fails. Entries also have a ``count``.

The file is sorted JSON with a ``version`` field, written atomically and
never over a linted file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from policy_lint.errors import ConfigError
from policy_lint.discover import relative_posix
from policy_lint.findings import INTERNAL_ERROR, Finding, Suppression

if TYPE_CHECKING:
    from policy_lint.loading import Document

__all__ = ["VERSION", "Baseline", "Recorder", "fingerprint"]

VERSION = 1

Key = tuple[str, str, str]  # (rule, pointer, hash or "")


def fingerprint(doc: "Document | None", f: Finding) -> str:
    """A short hash of the text a finding is about, when it is part of a value ("" otherwise)."""
    if doc is None or f.position is None or f.end is None or not f.pointer:
        return ""
    info = doc.index.get(f.pointer)
    if info is None:
        return ""
    starts = doc.line_starts()
    if not (0 < f.position.line <= len(starts) and 0 < f.end.line <= len(starts)):
        return ""
    a = starts[f.position.line - 1] + f.position.column - 1
    b = starts[f.end.line - 1] + f.end.column - 1
    if (a, b) == (info.start, info.end) or not (info.start <= a < b <= info.end):
        return ""
    text = " ".join(doc.text[a:b].split()).casefold()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def block_keys(doc: Any) -> list[str]:
    """A stable name for each block of a prose document: its kind, a hash of its text, and which copy it is.

    ``paragraph:3fa2c1d09b7e:0`` is the first paragraph with that text. The
    name does not change when a paragraph is added or removed elsewhere,
    as ``/blocks/N`` does. It changes when the block's own text changes.
    A table row's text is the words of its cells (``_row_words``): the name
    does not change when the reader joins the cells in another way.
    """
    cache = getattr(doc, "cache", None)
    if isinstance(cache, dict) and "baseline_block_keys" in cache:
        return cache["baseline_block_keys"]
    keys = _names(doc, lambda block: _row_words(block.text) if block.kind == "table_row" else _plain(block.text))
    if isinstance(cache, dict):
        cache["baseline_block_keys"] = keys
    return keys


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


#: A word of a table row: what its name is made of (``_row_words``).
_WORD = re.compile(r"\w+")


def _row_words(text: str) -> str:
    """A table row's words, without what stands between them: "Child abuse: We report it." and "Child abuse. We
    report it." are the same row (the reader once joined a row's label with ". ", and now with ": ")."""
    return " ".join(_WORD.findall(text.casefold()))


def _names(doc: Any, text_of: Any) -> list[str]:
    seen: Counter[str] = Counter()
    keys = []
    for block in [*doc.blocks, *getattr(doc, "outside", ())]:  # a page's footer (/outside/N) after the blocks
        base = f"{block.kind}:{hashlib.sha256(text_of(block).encode('utf-8')).hexdigest()[:12]}"
        keys.append(f"{base}:{seen[base]}")
        seen[base] += 1
    return keys


#: A row's label and the colon the reader puts after it ("Child abuse: We report it"; ``readers.blocks.join_row``).
_ROW_LABEL = re.compile(r"^([^.!?:;]+?): (?=\S)")


def older_names(doc: Any) -> list[tuple[str, ...]]:
    """For each block, the names older versions of policy-lint gave it, where they differ from ``block_keys``.

    Only table rows changed: they were named by the hash of their text as read,
    first with a row's label joined by ". " ("Child abuse. We report it"), then
    by ": " (the text as read now). A baseline written by either still hides
    the row's findings, until it is written again.
    """
    cache = getattr(doc, "cache", None)
    if isinstance(cache, dict) and "baseline_older_names" in cache:
        return cache["baseline_older_names"]  # type: ignore[no-any-return]
    now = _names(doc, lambda block: _plain(block.text))
    # The row as the reader joined it before a label had its colon: the first ": " after a label was ". ".
    before = _names(doc, lambda block: _plain(_ROW_LABEL.sub(r"\1. ", block.text, count=1)) if block.kind == "table_row" else _plain(block.text))
    kinds = [block.kind for block in [*doc.blocks, *getattr(doc, "outside", ())]]
    out = [tuple(dict.fromkeys(n for n in (a, b) if kind == "table_row")) for kind, a, b in zip(kinds, now, before)]
    if isinstance(cache, dict):
        cache["baseline_older_names"] = out
    return out


def stable_pointer(doc: "Document | None", pointer: str) -> str:
    """The pointer a baseline records: a JSON Pointer for YAML, a block name for prose.

    On prose a pointer such as ``/blocks/12`` (or ``/limits/2`` for a limit
    read in block 12) names a place by its number, which moves when a
    paragraph is added above it. The baseline names the block instead:
    ``/blocks/@paragraph:3fa2c1d09b7e:0``, or ``/limits/@paragraph:...``.
    """
    blocks = getattr(doc, "blocks", None)
    if not blocks or not getattr(doc, "all_prose", False):
        return pointer
    parts = pointer.split("/")
    numbered = [i for i, part in enumerate(parts) if i and part.isdigit()]
    if not numbered:
        return pointer  # /clinic/name, /limits, "": no number to move
    found = doc.block_of(pointer)  # type: ignore[union-attr]
    if found is None:
        return pointer
    head = "/".join(parts[: numbered[0]])
    return f"{head}/@{block_keys(doc)[found[0]]}"


def _key(doc: "Document | None", f: Finding) -> Key:
    return (f.rule_id, stable_pointer(doc, f.pointer), fingerprint(doc, f))


def _older_keys(doc: "Document | None", f: Finding, key: Key) -> list[Key]:
    """The keys older versions of policy-lint gave this finding (a table row's older names; ``older_names``)."""
    if "@table_row:" not in key[1]:
        return []
    found = doc.block_of(f.pointer) if doc is not None else None  # type: ignore[union-attr]
    if found is None:
        return []
    head = key[1].split("/@", 1)[0]
    return [(key[0], f"{head}/@{name}", key[2]) for name in older_names(doc)[found[0]]]




#: The largest baseline read: about 150,000 entries. A baseline is read whole
#: before the run (a 171 MB one took 1.15 GB).
MAX_BYTES = 32 * 1024 * 1024


def _small_int(text: str) -> int:
    """Read a JSON whole number, refusing one with more than 18 digits (a count is never that large)."""
    if len(text.lstrip("-")) > 18:
        raise ValueError(f"a number with {len(text.lstrip('-')):,} digits")
    return int(text)


def _show(path: Path) -> str:
    from policy_lint.discover import display_path

    return display_path(path)


class Baseline:
    """A baseline file, read once per run, applied file by file."""

    def __init__(self, path: Path, entries: dict[str, Counter[Key]]) -> None:
        self.path = path
        self.folder = path.parent
        self.entries = entries
        #: Entries that matched nothing, by the linted file's display name.
        self.unmatched: dict[str, int] = {}

    @classmethod
    def load(cls, path: Path | str) -> "Baseline":
        """Read a baseline file.

        Raises:
            ConfigError: the file is missing or is not a policy-lint baseline.
        """
        from policy_lint.config import MAX_DEPTH, read_config_bytes, too_deep

        p = Path(os.path.abspath(path))
        name = _show(p)
        if not os.path.lexists(p):
            raise ConfigError(f"{name}: there is no baseline file here. Write one with --write-baseline {name}.")
        # Read as policies are: a regular file only (a pipe would block, /dev/zero
        # would fill the memory), and never more than MAX_BYTES.
        raw_bytes = read_config_bytes(p, name, MAX_BYTES, what="baseline file")
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{name}: policy-lint cannot read this baseline file: the byte at offset {exc.start} is not UTF-8.") from None
        try:
            data = json.loads(raw, parse_int=_small_int)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{name}:{exc.lineno}:{exc.colno}: this baseline file is not valid JSON: {exc.msg.lower()}.") from None
        except RecursionError:
            raise ConfigError(f"{name}: this baseline file is nested more than {MAX_DEPTH} levels deep. It is not a policy-lint baseline.") from None
        except ValueError as exc:  # a number too long to read
            raise ConfigError(f"{name}: this baseline file holds {exc}. Write it again with --write-baseline.") from None
        if too_deep(data, MAX_DEPTH):
            raise ConfigError(f"{name}: this baseline file is nested more than {MAX_DEPTH} levels deep. It is not a policy-lint baseline.")
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise ConfigError(f"{name}: this is not a policy-lint baseline (version {VERSION}). Write it again with --write-baseline.")
        entries: dict[str, Counter[Key]] = {}
        for i, item in enumerate(data["findings"]):
            ok = (
                isinstance(item, dict)
                and isinstance(item.get("rule"), str)
                and isinstance(item.get("path"), str)
                and isinstance(item.get("pointer", ""), str)
                and isinstance(item.get("hash", ""), str)
                and isinstance(item.get("count", 1), int)
                and item.get("count", 1) >= 1
            )
            if not ok:
                raise ConfigError(f"{name}: entry {i + 1} of 'findings' needs rule, path and pointer as text, and a count of 1 or more.")
            key = (item["rule"], item.get("pointer", ""), item.get("hash", ""))
            entries.setdefault(item["path"], Counter())[key] += int(item.get("count", 1))
        return cls(p, entries)

    def missing_files(self) -> int:
        """Count entries whose file no longer exists."""
        return sum(sum(c.values()) for rel, c in self.entries.items() if not (self.folder / rel).exists())

    def apply(self, doc: "Document | None", real: Path, display: str, findings: list[Finding]) -> list[Finding]:
        """Mark the findings this baseline lists as suppressed; count what is left over."""
        left = Counter(self.entries.get(relative_posix(real, self.folder), Counter()))
        if not left:
            return findings
        why = Suppression(f"It is in the baseline file {_show(self.path)}.", "baseline")
        out = list(findings)
        keys = {}
        # First exact matches; then, for a finding about part of a text, the
        # same text anywhere in the file (a list item may have moved).
        for i, f in enumerate(out):
            if f.suppression is None and f.rule_id != INTERNAL_ERROR:
                key = _key(doc, f)
                keys[i] = key
                if left[key] > 0:
                    left[key] -= 1
                    out[i] = f.replace(suppression=why)
        for i, f in enumerate(out):  # a baseline written before a table row was named by its words
            if out[i].suppression is None and i in keys:
                for old in _older_keys(doc, f, keys[i]):
                    if left[old] > 0:
                        left[old] -= 1
                        out[i] = f.replace(suppression=why)
                        break
        for i, f in enumerate(out):  # a baseline written before prose blocks had stable names
            if out[i].suppression is None and i in keys and keys[i][1] != f.pointer:
                old = (f.rule_id, f.pointer, keys[i][2])
                if left[old] > 0:
                    left[old] -= 1
                    out[i] = f.replace(suppression=why)
        if getattr(doc, "all_prose", False):  # a baseline written when a missing part of a page had a field's pointer ("/limits")
            for i, f in enumerate(out):
                if out[i].suppression is None and i in keys and f.pointer == "":
                    old_key = next((k for k, n in left.items() if n > 0 and k[0] == f.rule_id and k[1].startswith("/") and not k[1].startswith(("/blocks/", "/outside/")) and "@" not in k[1] and not k[2]), None)
                    if old_key is not None:
                        left[old_key] -= 1
                        out[i] = f.replace(suppression=why)
        for i, f in enumerate(out):
            if out[i].suppression is None and i in keys and keys[i][2]:
                rule, _, digest = keys[i]
                for key, n in left.items():
                    if n > 0 and key[0] == rule and key[2] == digest:
                        left[key] -= 1
                        out[i] = f.replace(suppression=why)
                        break
        self.unmatched[display] = sum(n for n in left.values() if n > 0)
        return out


class Recorder:
    """Collects every active finding of a run, for ``--write-baseline``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(os.path.abspath(path))
        self.folder = self.path.parent
        self.entries: dict[tuple[str, str, str, str], int] = {}
        self.names: dict[str, str] = {}
        self.files: list[Path] = []

    def record(self, doc: "Document | None", real: Path, findings: list[Finding]) -> list[Finding]:
        """Remember the active findings of one file and mark them as baselined."""
        self.files.append(real)
        rel = relative_posix(real, self.folder)
        why = Suppression(f"It is in the baseline file {_show(self.path)}.", "baseline")
        out = []
        for f in findings:
            if f.suppression is None and f.rule_id != INTERNAL_ERROR:
                rule, pointer, digest = _key(doc, f)
                k = (rel, rule, pointer, digest)
                self.entries[k] = self.entries.get(k, 0) + 1
                self.names[rule] = f.rule_name
                f = f.replace(suppression=why)
            out.append(f)
        return out

    def render(self) -> str:
        """The baseline as sorted, stable JSON."""
        findings = []
        for (rel, rule, pointer, digest), count in sorted(self.entries.items()):
            item: dict[str, Any] = {"path": rel, "rule": rule, "name": self.names.get(rule, ""), "pointer": pointer, "count": count}
            if digest:
                item["hash"] = digest
            findings.append(item)
        data = {"version": VERSION, "tool": "policy-lint", "findings": findings}
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=True) + "\n"

    def write(self, protect: Iterable[Path | str] = ()) -> int:
        """Write the baseline file; return how many findings it holds.

        Raises:
            ConfigError: the file cannot be written, or it is a linted file.
        """
        from policy_lint.fileio import ReadOnlyFileError, atomic_write

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, self.render(), protect=[*protect, *self.files])
        except FileExistsError:
            raise ConfigError(f"{_show(self.path)} is one of the files being checked. Write the baseline to another file.") from None
        except ReadOnlyFileError:
            raise ConfigError(f"{_show(self.path)} is read-only. policy-lint will not replace it. Make it writable (chmod u+w), or write the baseline to another file.") from None
        except OSError as exc:
            raise ConfigError(f"{_show(self.path)}: policy-lint cannot write the baseline here: {exc.strerror or exc}.") from None
        return sum(self.entries.values())
