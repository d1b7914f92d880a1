"""``policy-lint fix``: make only the wording changes that cannot change the meaning.

Three kinds of fix, each tied to a finding the linter reports (so config,
suppressions and ``ignore`` lists are respected):

* **PLN005** a legal term marked ``safe`` in ``data/legalese.json`` (one
  plain word that means the same in any sentence: "prior to" -> "before"),
  in the form written or a verb form listed under ``forms``. Not after "a"
  or "an" (the article might no longer fit), not in capitals.
* **PLN008** an acronym policy-lint knows, at its first use: "PHI" ->
  "protected health information (PHI)". Not when a plural or possessive
  ending follows it.
* **PLN009** "the client" -> "you", "the client's" -> "your" (and the same
  for "patient"), only where the next word still fits "you" (a modal verb
  such as "will" or "may", a preposition, a conjunction, or the end of the
  sentence) and the sentence has no "you", "he", "she" or "they" that the
  new "you" could be confused with, and not after "of" ("the identity of
  you"). All such phrases of a sentence are changed, or none.

How a file is changed: each fix is an edit of the exact characters of the
source text (found through the same position map the findings use), so
comments, quotes, key order, line ends and every other line stay as they
were. After the edits of one field the file is parsed again; the field
must hold exactly the new text and every other value must be unchanged,
or the edits of that field are dropped. The file with the field's edits
must also give the same schema and coverage findings (SCH, COV, NOT) and
the same reading of each topic by the text-understanding core
(``policy_lint.meaning``: stated, vague, contradicted or missing), or
the field's edits are dropped. The file is written atomically,
keeping its permissions, through ``policy_lint.fileio``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from policy_lint.values import Record

__all__ = ["Edit", "FixError", "FixResult", "fix_files", "fix_text", "safe_terms"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "legalese.json"

#: The kinds of the rules fix knows how to fix.
LEGAL, ACRONYM, READER = "plain.legal_wording", "plain.undefined_acronyms", "plain.reader_address"

#: Findings whose list must not change when wording is fixed.
COVERAGE_PREFIXES = ("COV", "NOT", "SCH")


class FixError(Exception):
    """A file fix cannot touch (it cannot be read or parsed): exit 2."""


class Edit(Record):
    """One change: ``value[start:end]`` of the string at ``pointer`` becomes ``new``.

    ``raw`` is ``(start, end)`` of the characters replaced, as offsets in the
    original text; the writer sets it when it applies the edit.
    """

    __slots__ = ("pointer", "start", "end", "old", "new", "rule_id", "line", "column", "raw")
    pointer: str
    start: int
    end: int
    old: str
    new: str
    rule_id: str
    line: int
    column: int
    raw: tuple[int, int] | None

    def __init__(
        self, pointer: str, start: int, end: int, old: str, new: str, rule_id: str, line: int = 0, column: int = 0, raw: tuple[int, int] | None = None
    ) -> None:
        self.pointer = pointer
        self.start = start
        self.end = end
        self.old = old
        self.new = new
        self.rule_id = rule_id
        self.line = line
        self.column = column
        self.raw = raw

    def __repr__(self) -> str:
        return f"Edit({self.pointer!r}, {self.start}, {self.end}, {self.old!r} -> {self.new!r}, {self.rule_id})"


class FixResult(Record):
    """What fix did to one text: the new text, the edits made and the ones it left.

    ``raw`` is the file's bytes when it was read (``fix_path``), to see if it
    changed since.
    """

    __slots__ = ("text", "edits", "skipped", "raw")
    text: str
    edits: tuple[Edit, ...]
    skipped: tuple[Edit, ...]
    raw: bytes

    def __init__(self, text: str, edits: Sequence[Edit], skipped: Sequence[Edit], raw: bytes = b"") -> None:
        self.text = text
        self.edits = tuple(edits)
        self.skipped = tuple(skipped)
        self.raw = raw


# -- the safe terms -----------------------------------------------------------

_safe: dict[str, str] | None = None


def safe_terms() -> dict[str, str]:
    """Written form (lower case) -> plain word, for every ``safe`` legal term and its listed forms."""
    global _safe
    if _safe is None:
        with _DATA.open(encoding="utf-8") as fh:
            entries = json.load(fh)["entries"]
        found: dict[str, str] = {}
        for e in entries:
            if e.get("safe") and isinstance(e.get("plain"), list) and len(e["plain"]) == 1:
                found[e["term"].lower()] = e["plain"][0]
                for form, plain in (e.get("forms") or {}).items():
                    found[form.lower()] = plain
        _safe = found
    return _safe


def _match_case(written: str, plain: str) -> str:
    if written[:1].isupper():
        return plain[:1].upper() + plain[1:]
    return plain


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z']+)\W*$", text[:start])
    return m.group(1).lower() if m else ""


def _legal_edits(pointer: str, text: str) -> list[Edit]:
    from policy_lint.plain.legalese import default_lexicon

    out = []
    safe = safe_terms()
    for hit in default_lexicon().find(text):
        written = " ".join(hit.text.split())
        plain = safe.get(written.lower())
        if plain is None or not hit.term.plain:
            continue
        if written.isupper() and len(written) > 1:
            continue  # a shouted block: PLN010 asks for normal case first
        if _word_before(text, hit.start) in ("a", "an"):
            continue
        out.append(Edit(pointer, hit.start, hit.end, hit.text, _match_case(hit.text, plain), LEGAL))
    return out


_SENTENCE_END = re.compile(r"[.!?]\s*$")


def _acronym_edits(fields: Sequence[tuple[str, str]]) -> list[Edit]:
    from policy_lint.plain.detect import undefined_acronyms

    out = []
    for idx, hit in undefined_acronyms([t for _, t in fields]):
        long_form = hit.suggestion
        if not long_form:
            continue
        pointer, text = fields[idx]
        after = text[hit.end : hit.end + 2]
        if after[:1] in ("s", "'", "\u2019") or after[:1].isalnum():
            continue  # PHIs, HIPAA's: the spelled-out form would not read right
        before = text[: hit.start]
        if long_form.lower().startswith("the ") and re.search(r"\bthe\s+$", before, re.IGNORECASE):
            long_form = long_form[4:]
        if not before.strip() or _SENTENCE_END.search(before):
            long_form = long_form[:1].upper() + long_form[1:]
        out.append(Edit(pointer, hit.start, hit.end, hit.text, f"{long_form} ({hit.text})", ACRONYM))
    return out


_READER_PHRASE = re.compile(r"^(the)\s+(client|patient)((?:'|\u2019)s)?$", re.IGNORECASE)
_FITS_YOU = frozenset(
    """
    will may can must should would could might shall
    of to for with in at by about from during before after and or but if when unless until
    without under on as
    """.split()
)
_OTHER_PEOPLE = re.compile(r"\b(?:you|your|yours|yourself|he|she|him|her|his|hers|himself|herself|they|them|their|theirs|themselves)\b", re.IGNORECASE)


def _reader_edits(pointer: str, text: str) -> list[Edit]:
    from policy_lint.plain.analysis import analyse

    info = analyse(text)
    hits = list(info.reader_address())
    if not hits:
        return []
    out = []
    for start, end, _ in info.spans:
        inside = [h for h in hits if start <= h.start < end]
        if not inside:
            continue
        sentence = text[start:end]
        if _OTHER_PEOPLE.search(sentence):
            continue  # a "you" or "they" already there: the new "you" could mean someone else
        planned = []
        for h in inside:
            m = _READER_PHRASE.match(h.text)
            if m is None:
                break
            owner = bool(m.group(3))
            if not owner and _word_before(text, h.start) == "of":
                break  # "the identity of you" reads worse than before: leave it to the writer
            if not owner:
                following = re.match(r"\s*([A-Za-z]+|[.,;:!?)]|$)", text[h.end : end] if h.end < end else "")
                nxt = following.group(1).lower() if following else ""
                if nxt and nxt[0].isalpha() and nxt not in _FITS_YOU:
                    break
            new = "your" if owner else "you"
            planned.append(Edit(pointer, h.start, h.end, h.text, _match_case(h.text, new), READER))
        else:
            out.extend(planned)
    return out


# -- the fixing ---------------------------------------------------------------------


def _offset(doc: Any, position: Any) -> int:
    return int(doc.line_starts()[position.line - 1] + position.column - 1)


def _escape(new: str, style: str | None) -> str:
    if style == '"':
        return new.replace("\\", "\\\\").replace('"', '\\"')
    if style == "'":
        return new.replace("'", "''")
    return new


def _apply(value: str, edits: Sequence[Edit]) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        value = value[: e.start] + e.new + value[e.end :]
    return value


def _set_pointer(data: Any, pointer: str, value: Any) -> Any:
    import copy

    out = copy.deepcopy(data)
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    node = out
    for token in parts[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


def fix_text(text: str, name: str, linter: Any, *, is_json: bool = False) -> FixResult:
    """Fix one policy's text with the findings of ``linter``.

    Raises:
        FixError: the text cannot be read as a policy (a parse error, a
            duplicate key, ...): fix never touches such a file.
    """
    from policy_lint.loading import load_text

    loaded = load_text(text, name, is_json=is_json)
    if loaded.document is None or loaded.problems:
        problem = loaded.problems[0] if loaded.problems else None
        where = loaded.where(problem, name) if problem is not None else name
        message = problem.message if problem is not None else "policy-lint could not read this file."
        raise FixError(f"{where}: {message} policy-lint fix changes only files it can read. Fix this first.")
    doc = loaded.document
    before = linter.lint_text(text, name, is_json=is_json)
    want = _guard(linter, text, name, is_json, doc, before.findings)
    kinds = {r.id: r.kind for r in linter.pack.rules if r.fixable}
    wanted: dict[tuple[str, str, int, int], str] = {}
    for f in before.findings:
        kind = kinds.get(f.rule_id)
        if kind in (LEGAL, ACRONYM, READER) and not f.suppressed and f.position is not None:
            wanted[(kind, f.pointer, f.position.line, f.position.column)] = f.rule_id

    fields = [(p, t) for p, t in doc.matching_strings(linter.pack.prose_fields) if t.strip()]
    candidates: list[Edit] = []
    for pointer, value in fields:
        candidates += _legal_edits(pointer, value)
        candidates += _reader_edits(pointer, value)
    candidates += _acronym_edits(fields)

    chosen: list[Edit] = []
    skipped: list[Edit] = []
    for e in candidates:
        pos, _ = doc.locate(e.pointer, span=(e.start, e.end))
        rule_id = wanted.get((e.rule_id, e.pointer, pos.line, pos.column)) if pos is not None else None
        if rule_id is None:
            continue  # no finding here (ignored, suppressed, or another rule's place)
        e.rule_id, e.line, e.column = rule_id, pos.line, pos.column
        chosen.append(e)

    # One field at a time, from the end of the file, so earlier offsets stay right.
    by_field: dict[str, list[Edit]] = {}
    for e in chosen:
        by_field.setdefault(e.pointer, []).append(e)
    order = sorted(by_field, key=lambda p: doc.index[p].start, reverse=True)
    new_text = text
    data = doc.data
    done: list[Edit] = []
    for pointer in order:
        edits = _without_overlaps(by_field[pointer])
        value = doc.get(pointer)
        info = doc.index[pointer]
        raw_edits = []
        for e in edits:
            start, end = doc.locate(pointer, span=(e.start, e.end))
            if start is None or end is None:
                break
            e.raw = (_offset(doc, start), _offset(doc, end))
            raw_edits.append((e.raw[0], e.raw[1], _escape(e.new, info.style)))
        else:
            candidate = new_text
            for a, b, new in sorted(raw_edits, reverse=True):
                candidate = candidate[:a] + new + candidate[b:]
            expected = _set_pointer(data, pointer, _apply(value, edits))
            again = load_text(candidate, name, is_json=is_json)
            if (
                again.document is not None
                and not again.problems
                and again.document.data == expected
                and _guard(linter, candidate, name, is_json, again.document) == want
            ):
                new_text, data = candidate, expected
                done.extend(edits)
                continue
        skipped.extend(edits)

    done.sort(key=lambda e: (e.line, e.column))
    return FixResult(new_text, done, skipped)


def _guard(linter: Any, text: str, name: str, is_json: bool, doc: Any, findings: Any = None) -> tuple[Any, ...]:
    """What a wording fix must never change: the schema and coverage findings, and what the core reads.

    The core's reading (``policy_lint.meaning``): each topic's status, stated,
    vague, contradicted or missing.
    """
    from policy_lint import meaning

    if findings is None:
        findings = linter.lint_text(text, name, is_json=is_json).findings
    topics = tuple((item["topic"], item["status"]) for item in meaning.coverage(meaning.passages_of(doc)))
    return (tuple(_coverage(findings)), topics)


def _without_overlaps(edits: Iterable[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _coverage(findings: Iterable[Any]) -> list[tuple[str, str]]:
    return sorted((f.rule_id, f.pointer) for f in findings if f.rule_id.startswith(COVERAGE_PREFIXES) and not f.suppressed)


# -- files ---------------------------------------------------------------------------


def read_policy(path: str, max_bytes: int) -> tuple[str, bool, bytes]:
    """The text of a UTF-8 policy file, whether it is JSON, and its raw bytes.

    Raises:
        FixError: the file cannot be read, is too large, or is not UTF-8.
    """
    from policy_lint.fileio import read_regular
    from policy_lint.readers import prose_format

    if prose_format(path) is not None:
        raise FixError(
            f"{path}: policy-lint fix changes YAML and JSON policy files only, not pages or documents. "
            "Change the words of a page by hand, or in the policy file the page comes from."
        )
    try:
        raw = read_regular(path, max_bytes)
    except OSError as exc:
        raise FixError(f"{path}: policy-lint could not read this file ({exc.strerror or exc}).") from None
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw[3 if bom else 0 :].decode("utf-8")
    except UnicodeDecodeError:
        raise FixError(f"{path}: policy-lint fix changes only UTF-8 files. Save this file as UTF-8 first.") from None
    is_json = path.lower().endswith(".json") or text.lstrip()[:1] == "{"
    return text, is_json, raw


def fix_path(path: str, linter: Any, max_bytes: int) -> tuple[str, FixResult]:
    """Read a policy file and work out its fixes; returns the text read and the result.

    Raises:
        FixError: the file cannot be read, is not UTF-8, or cannot be parsed.
    """
    text, is_json, raw = read_policy(path, max_bytes)
    result = fix_text(text, path, linter, is_json=is_json)
    result.raw = raw
    return text, result


def write_fixed(path: str, result: FixResult, max_bytes: int) -> None:
    """Write the fixed text in one step, keeping the file's permissions and its byte order mark.

    Raises:
        FixError: the file changed since it was read, or it cannot be written.
    """
    from policy_lint.fileio import atomic_write, read_regular

    try:
        if read_regular(path, max_bytes) != result.raw:
            raise FixError(f"{path} changed while policy-lint was fixing it. Nothing was written. Run fix again.")
        bom = b"\xef\xbb\xbf" if result.raw.startswith(b"\xef\xbb\xbf") else b""
        atomic_write(path, bom + result.text.encode("utf-8"))
    except OSError as exc:
        raise FixError(f"Could not write {path}: {exc.strerror or exc}.") from None


def diff(path: str, old: str, new: str) -> str:
    """A unified diff of one file, as ``git diff`` would show it."""
    import difflib

    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def describe(path: str, e: Edit) -> str:
    """One line for the summary: where, which rule, what changed."""
    old = " ".join(e.old.split())
    return f'{path}:{e.line}:{e.column}: {e.rule_id} "{old}" -> "{e.new}"'



def fix_files(paths: Iterable[str], linter_for: Callable[[str], Any], *, show_diff: bool, max_bytes: int) -> Iterator[tuple[list[str], str, int]]:
    """Fix each file in turn (with ``show_diff``, only say what would change).

    Yields, for each file: the lines to tell the user, the diff to print
    (empty unless ``show_diff``), and the file's exit code: 0 when fixed or
    nothing to fix, 1 when the diff shows changes, 2 when the file cannot be
    read or fixed (it is left alone, and the next file is fixed all the same).
    """
    for path in paths:
        notes: list[str] = []
        try:
            text, result = fix_path(path, linter_for(path), max_bytes)
            notes = [describe(path, edit) for edit in result.edits]
            if result.edits and show_diff:
                yield notes, diff(path, text, result.text), 1
            elif result.edits:
                write_fixed(path, result, max_bytes)
                n = len(result.edits)
                yield notes + [f"Fixed {n} problem{'s' if n != 1 else ''} in {path}."], "", 0
            else:
                yield [f"Nothing to fix in {path}."], "", 0
        except FixError as exc:
            yield notes + [str(exc)], "", 2
