"""The catalogue of broken and hostile inputs: one row per case.

Each row says how to build the input and what ``policy-lint check`` must say
about it: the rule ID, a piece of the message, the line and column (None when
the finding is about the whole file), a piece of the hint (what to do), and
the exit code of a run that also holds a good policy. ``rule=None`` means the
file must be read as a policy with no PAR finding (for example UTF-16 text).

docs/hardening.md lists the same cases in words. Keep them in step.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
GOOD_YAML = (ROOT / "examples" / "complete.yaml").read_text(encoding="utf-8")
GOOD_JSON = (ROOT / "examples" / "complete.json").read_text(encoding="utf-8")

#: Each case must finish in this many seconds (a guard against hangs, not a
#: speed test: real times are a few hundredths of a second). CI machines
#: that are much slower can raise it.
HANG_LIMIT = float(os.environ.get("POLICY_LINT_HANG_LIMIT", "2.0"))


@dataclass(frozen=True)
class Built:
    """What a builder made: the paths to pass to ``check``, and the file to look at."""

    args: list[str]
    shown: str  # the path as policy-lint shows it (in JSON output)
    stdin: bytes | None = None


Builder = Callable[[Path], Built]


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    rule: str | None
    fragment: str | None
    line: int | None
    col: int | None
    exit_code: int
    hint: str | None = None
    severity: str = "error"
    args: tuple[str, ...] = ()
    needs: str | None = None  # "fifo", "symlink", "chmod", "bytes-names": skip where missing
    tags: tuple[str, ...] = field(default_factory=tuple)


def data(name: str, content: bytes | str) -> Builder:
    """A builder that writes one file with these bytes."""

    def build(tmp: Path) -> Built:
        path = tmp / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return Built([str(path)], str(path))

    return build


def _billion_laughs() -> str:
    lines = ["x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        ref = ", ".join([f"*l{i - 1}"] * 9)
        lines.append(f"x-lol{i}: &l{i} [{ref}]")
    return "\n".join(lines) + "\n"


def _merge_policy() -> str:
    shared = "x-shared: &shared\n  may_tell: [the police, a crisis team, a hospital]\n  legal_basis: [Cal. Evid. Code 1024, 45 CFR 164.512(j)]\n"
    text = GOOD_YAML.replace("schema_version: 1\n", "schema_version: 1\n" + shared, 1)
    old = "    may_tell: [the police, a crisis team, a hospital]\n    legal_basis: [Cal. Evid. Code 1024, 45 CFR 164.512(j)]\n"
    assert old in text
    return text.replace(old, "    <<: *shared\n", 1)


def _long_line(size: int) -> str:
    prose = "We keep what you tell us private, and we tell you first when we can. "
    value = (prose * (size // len(prose) + 1))[:size]
    return "schema_version: 1\nx-notes: " + value + "\n"


def _sparse(name: str, size: int) -> Builder:
    def build(tmp: Path) -> Built:
        path = tmp / name
        with open(path, "wb") as fh:
            fh.write(b"schema_version: 1\n")
            fh.truncate(size)  # a sparse file: fast to make, 50 MB to stat
        return Built([str(path)], str(path))

    return build


def _missing(tmp: Path) -> Built:
    path = tmp / "no-such-policy.yaml"
    return Built([str(path)], str(path))


def _dangling(tmp: Path) -> Built:
    path = tmp / "dangling.yaml"
    os.symlink(tmp / "gone.yaml", path)
    return Built([str(path)], str(path))


def _link_loop(tmp: Path) -> Built:
    folder = tmp / "policies"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD_YAML, encoding="utf-8")
    os.symlink("loop-b.yaml", folder / "loop-a.yaml")
    os.symlink("loop-a.yaml", folder / "loop-b.yaml")
    return Built([str(folder)], str(folder / "loop-a.yaml"))


def _folder_loop(tmp: Path) -> Built:
    folder = tmp / "policies"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.yaml").write_text(GOOD_YAML, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # sub/up -> policies: a loop if followed
    os.symlink(".", folder / "self.yaml")  # a link to a folder, with a policy name
    return Built([str(folder)], str(folder / "sub" / "good.yaml"))


def _fifo(where: str) -> Builder:
    def build(tmp: Path) -> Built:
        folder = tmp / "policies"
        folder.mkdir()
        (folder / "good.yaml").write_text(GOOD_YAML, encoding="utf-8")
        path = folder / "pipe.yaml"
        os.mkfifo(path)
        return Built([str(folder)] if where == "folder" else [str(path)], str(path))

    return build


def _chmod_000(tmp: Path) -> Built:
    path = tmp / "locked.yaml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    path.chmod(0)
    return Built([str(path)], str(path))


def _chmod_000_folder(tmp: Path) -> Built:
    folder = tmp / "policies"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    (locked / "inside.yaml").write_text(GOOD_YAML, encoding="utf-8")
    (folder / "good.yaml").write_text(GOOD_YAML, encoding="utf-8")
    locked.chmod(0)
    return Built([str(folder)], str(locked))


def _named(name: str | bytes, content: str = "") -> Builder:
    """A policy with one gap (no court-order limit), under an odd file name."""
    text = content or (ROOT / "examples" / "gaps" / "no-court-order.yaml").read_text(encoding="utf-8")

    def build(tmp: Path) -> Built:
        folder = tmp / "policies"
        folder.mkdir()
        if isinstance(name, bytes):
            raw = os.fsencode(folder) + b"/" + name
            with open(raw, "wb") as fh:
                fh.write(text.encode("utf-8"))
            path = os.fsdecode(raw)
        else:
            path = str(folder / name)
            Path(path).write_text(text, encoding="utf-8")
        return Built([str(folder)], path)

    return build


def _stdin(content: bytes) -> Builder:
    def build(tmp: Path) -> Built:
        return Built(["-"], "<stdin>", stdin=content)

    return build


def _json_with_pair() -> str:
    old = '"questions": "Ask your therapist'
    assert old in GOOD_JSON
    return GOOD_JSON.replace(old, '"questions": "\\ud83d\\ude00 Ask your therapist', 1)


def _utf16(text: str, codec: str, bom: bytes) -> bytes:
    return bom + text.encode(codec)


_TAGS = (
    "schema_version: 1\n"
    "x-run: !!python/object/apply:os.system ['touch MARKER']\n"
    "x-new: !!python/object/new:subprocess.check_call [[touch, MARKER]]\n"
    "x-name: !!python/name:os.system\n"
    "x-module: !!python/module:os\n"
    "x-map: !!python/object:os._wrap_close {a: 1}\n"
)

CASES: list[Case] = [
    # -- empty and not a policy ---------------------------------------------------------
    Case("empty-file", data("empty.yaml", b""), "PAR006", "The file is empty", 1, 1, 1, hint="A policy needs `schema_version: 1` and a `clinic:` section"),
    Case("blank-lines", data("blank.yaml", "\n   \n\n"), "PAR006", "The file is empty", 1, 1, 1),
    Case("utf8-bom-only", data("bom.yaml", b"\xef\xbb\xbf"), "PAR006", "The file is empty", 1, 1, 1),
    Case("comments-only", data("comments.yaml", "# our policy goes here\n# TODO\n"), "PAR006", "only comments", 1, 1, 1, hint="A policy needs `schema_version: 1`"),
    Case("document-markers-only", data("markers.yaml", "---\n...\n"), "PAR006", "only comments, or an empty document", 1, 1, 1),
    Case("null-document", data("null.yaml", "~\n"), "PAR006", "holds no policy", 1, 1, 1),
    Case("top-level-list", data("list.yaml", "- clinic: A\n- clinic: B\n"), "PAR006", "The file holds a list, not a policy", 1, 1, 1, hint="own file"),
    Case("top-level-text", data("text.yaml", "Our policy is to keep what you say private.\n"), "PAR006", "holds only text, not a policy", 1, 1, 1),
    Case("top-level-number", data("number.yaml", "42\n"), "PAR006", "holds only a number", 1, 1, 1),
    Case("json-top-level-list", data("list.json", '[{"schema_version": 1}]'), "PAR006", "holds a list", 1, 1, 1),
    # -- syntax -----------------------------------------------------------------------------
    Case("unclosed-list", data("unclosed.yaml", "schema_version: 1\nquestions: [a, b\nclinic: x\n"), "PAR003", "the list that starts with [ on line 2 is not closed", 3, 7, 1, hint="Add the missing ]"),
    Case("unclosed-quote", data("quote.yaml", 'schema_version: 1\nquestions: "Ask us\nclinic: x\n'), "PAR003", "no closing quote", 2, 12, 1, hint="closing quote"),
    Case("half-saved-buffer", data("half.yaml", GOOD_YAML[: GOOD_YAML.index('"If you might seriously hurt someone') + 20]), "PAR003", "no closing quote", 44, 12, 1),
    Case("bad-indentation", data("indent.yaml", "clinic:\n  name: A\n address: B\n"), "PAR003", "indentation", 3, 2, 1, hint="Line up each key"),
    Case("colon-in-text", data("colon.yaml", "questions: Call us: 555 0100\n"), "PAR003", "colon", 1, 19, 1, hint="quotes"),
    Case("tabs-for-indentation", data("tabs.yaml", "clinic:\n\tname: A\n"), "PAR003", "a tab is used here", 2, 1, 1, hint="spaces"),
    Case("unknown-escape", data("escape.yaml", 'questions: "C:\\new\\q"\n'), "PAR003", "escape that YAML does not know", 1, 19, 1, hint="single quotes"),
    Case("undefined-alias", data("alias.yaml", "questions: *nope\n"), "PAR003", "the alias *nope has no anchor", 1, 12, 1, hint="&nope"),
    Case("duplicate-keys", data("dup.yaml", "schema_version: 1\nquestions: Ask us.\nquestions: Email us.\n"), "PAR004", "appears twice in the same section (first on line 2)", 3, 1, 1, hint="Remove one"),
    Case("duplicate-keys-json", data("dup.json", '{"questions": "a",\n "questions": "b"}'), "PAR004", "(first on line 1)", 2, 2, 1),
    Case("multi-document", data("multi.yaml", GOOD_YAML + "---\nschema_version: 1\n"), "PAR009", "more than one YAML document", 244, 1, 0, severity="warning", hint="one policy per file"),
    # -- tags, merge keys, keys ---------------------------------------------------------------
    Case("python-tags-never-run", data("tags.yaml", _TAGS), "PAR007", "The tag !!python/object/apply:os.system is not allowed", 2, 8, 1, hint="Remove the tag", tags=("no-exec",)),
    Case("unknown-custom-tag", data("custom.yaml", "schema_version: 1\nx-secret: !include secrets.yaml\n"), "PAR007", "The tag !include is not allowed", 2, 11, 1),
    Case("merge-keys-read", data("merge.yaml", _merge_policy()), None, None, None, None, 0),
    Case("merge-key-not-a-mapping", data("merge-bad.yaml", "schema_version: 1\nx-a:\n  <<: hello\n  b: 1\n"), "PAR008", "The merge key << needs a mapping", 3, 3, 1, hint="<<: *defaults"),
    Case("non-text-keys", data("keys.yaml", "1: a\ntrue: b\nnull: c\n2026-01-01: d\n"), "SCH002", "'1' is not a field policy-lint knows", 1, 1, 1),
    Case("list-as-key", data("complex.yaml", "? [a, b]\n: c\nbogus: 2\n"), "PAR008", "Keys must be plain text, so policy-lint skips this key", 1, 3, 1, hint="short word", tags=("keeps-reading",)),
    Case("mapping-as-key", data("complex2.yaml", "{{a: 1}: b}\n"), "PAR008", "A key here is a list or a mapping", 1, 2, 1),
    # -- aliases, depth, size -------------------------------------------------------------------
    Case("recursive-alias", data("recursive.yaml", "x-a: &a [*a]\n"), "PAR008", "The alias *a points into itself", 1, 10, 1),
    Case("alias-bomb", data("bomb.yaml", _billion_laughs()), "PAR008", "This looks like an alias bomb", 6, 14, 1, hint="Write the values out"),
    Case("deep-flow-100k", data("deep-flow.yaml", "[" * 100_000 + "]" * 100_000), "PAR008", "nested more than 64 levels deep", 1, 65, 1),
    Case("deep-block-sequence-100k", data("deep-block.yaml", "- " * 100_000 + "x\n"), "PAR008", "nested more than 64 levels deep", 1, 129, 1),
    Case("deep-block-mapping", data("deep-map.yaml", "".join(" " * i + "a:\n" for i in range(300))), "PAR008", "nested more than 64 levels deep", 65, 65, 1),
    Case("deep-json-100k", data("deep.json", '{"a": ' * 100_000 + "1" + "}" * 100_000), "PAR008", "nested more than 64 levels deep", 1, 385, 1),
    Case("integer-100k-digits", data("bigint.yaml", "schema_version: 1\nx-n: " + "9" * 100_000 + "\n"), "PAR008", "A number here has 100,000 digits", 2, 6, 1, hint="quotes"),
    Case("integer-100k-digits-json", data("bigint.json", '{"x-n": ' + "9" * 100_000 + "}"), "PAR008", "100,000 digits", 1, 9, 1),
    Case("many-values", data("many.yaml", "x-a: [" + "1," * 150_000 + "1]\n"), "PAR008", "more than 100,000 values", 1, 200_001, 1),
    Case("file-50mb", _sparse("big.yaml", 50 * 1024 * 1024), "PAR005", "The file is 50.0 MB, more than the limit of 2.0 MB", None, None, 1, hint="--max-file-size"),
    Case("line-5mb", data("line.yaml", _long_line(5 * 1024 * 1024)), "PAR005", "The file is 5.0 MB", None, None, 1),
    Case("line-5mb-raised-limit", data("line.yaml", _long_line(5 * 1024 * 1024)), "PAR005", "characters long, more than the limit of 100,000 for one value", 2, 10, 1, args=("--max-file-size", "8MB"), hint="Split the text"),
    Case("size-limit-lowered", data("padded.yaml", GOOD_YAML + "x-notes: " + "x" * 30_000 + "\n"), "PAR005", "more than the limit of 20.0 KB", None, None, 1, args=("--max-file-size", "20KB")),
    # -- encodings -------------------------------------------------------------------------------
    Case("invalid-utf8", data("latin1.yaml", b"schema_version: 1\nquestions: Caf\xe9\n"), "PAR002", "the byte 0xE9 at offset 32 (line 2)", 2, 15, 1, hint="Windows-1252"),
    Case("utf8-cut-mid-character", data("cut.yaml", b"questions: caf\xc3"), "PAR002", "ends in the middle of a character", 1, 15, 1, hint="save it again"),
    Case("utf8-bom", data("bom8.yaml", b"\xef\xbb\xbf" + GOOD_YAML.encode("utf-8")), None, None, None, None, 0),
    Case("utf16-le-bom", data("u16le.yaml", _utf16(GOOD_YAML, "utf-16-le", b"\xff\xfe")), None, None, None, None, 0),
    Case("utf16-be-bom", data("u16be.yaml", _utf16(GOOD_YAML, "utf-16-be", b"\xfe\xff")), None, None, None, None, 0),
    Case("utf32-le-bom", data("u32le.yaml", _utf16(GOOD_YAML, "utf-32-le", b"\xff\xfe\x00\x00")), None, None, None, None, 0),
    Case("utf32-be-bom", data("u32be.yaml", _utf16(GOOD_YAML, "utf-32-be", b"\x00\x00\xfe\xff")), None, None, None, None, 0),
    Case("utf16-le-no-bom", data("u16le-nobom.yaml", GOOD_YAML.encode("utf-16-le")), None, None, None, None, 0),
    Case("utf16-be-no-bom", data("u16be-nobom.yaml", GOOD_YAML.encode("utf-16-be")), None, None, None, None, 0),
    Case("utf32-le-no-bom", data("u32le-nobom.yaml", GOOD_YAML.encode("utf-32-le")), None, None, None, None, 0),
    Case("utf16-json-bom", data("u16.json", _utf16(GOOD_JSON, "utf-16-le", b"\xff\xfe")), None, None, None, None, 0),
    Case("utf16-cut-mid-character", data("u16cut.yaml", b"\xff\xfe" + "questions: x\n".encode("utf-16-le") + b"q"), "PAR002", "ends in the middle of a character", 2, 1, 1),
    Case("binary-png", data("image.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "PAR002", "binary data, not text", 1, 1, 1, hint="right file"),
    Case("nul-byte-in-text", data("nul.yaml", b"schema_version: 1\x00\n"), "PAR002", "NUL bytes", 1, 18, 1),
    Case("zero-filled-file", data("zeros.yaml", b"\x00" * 4096), "PAR002", "binary data", 1, 1, 1),
    Case("nul-pattern-not-utf16", data("odd.yaml", b"\x00\x01abc: d\n"), "PAR002", "binary data", 1, 1, 1),
    # -- JSON ---------------------------------------------------------------------------------------
    Case("json-nan", data("nan.json", '{"schema_version": NaN}'), "PAR003", "NaN is not allowed", 1, 20, 1, hint="double quotes"),
    Case("json-infinity", data("inf.json", '{"schema_version": -Infinity}'), "PAR003", "-Infinity is not allowed", 1, 20, 1),
    Case("json-trailing-comma", data("comma.json", '{"schema_version": 1,\n}'), "PAR003", "there is a comma after the last item", 1, 21, 1, hint="Remove the comma"),
    Case("json-trailing-comma-list", data("comma2.json", '{"a": [1, 2,]}'), "PAR003", "comma after the last item", 1, 12, 1),
    Case("json-single-quotes", data("single.json", "{'a': 1}"), "PAR003", "a key in double quotes should come here", 1, 2, 1, hint="double quotes"),
    Case("json-missing-comma", data("missing.json", '{"a": 1\n "b": 2}'), "PAR003", "a comma is missing here", 2, 2, 1, hint="Put a comma"),
    Case("json-lone-surrogate", data("lone.json", '{"questions": "Ask \\ud800 us"}'), "PAR002", "The escape \\ud800 is half of a UTF-16 character pair", 1, 20, 1, hint="whole character"),
    Case("json-surrogate-pair", data("pair.json", _json_with_pair()), None, None, None, None, 0),
    Case("yaml-surrogate-escape", data("pair.yaml", 'questions: "\\ud83d\\ude00"\n'), "PAR003", "not a character", 1, 15, 1, hint="\\U0001F600"),
    # -- found by the fuzzer -----------------------------------------------------------------------
    # U+2000 and U+3000 are spaces to Python's \s but text to YAML; the walk that
    # places a finding inside a string looped forever on them (and grew to gigabytes).
    Case("unicode-spaces-in-text", data("spaces.yaml", "schema_version: 1\nx-notes: >\n  a\u2000b\u3000c TODO here\n"), "TXT001", "'TODO' looks like", 3, 9, 1),
    Case("unicode-spaces-everywhere", data("spaces2.yaml", "schema_version: 1\nx-notes: >\n  " + "a\u2000" * 40_000 + "TODO\n"), "TXT001", "'TODO' looks like", 3, 80_003, 1),
    # -- text that must not reach the terminal raw --------------------------------------------------
    Case("ansi-escape-in-key", data("ansi.yaml", 'schema_version: 1\n"\\e[2J\\e[31mred": 1\n'), "SCH002", "'\\x1b[2J\\x1b[31mred' is not a field", 2, 1, 1, tags=("no-raw-control",)),
    Case("raw-control-character", data("ctrl.yaml", b"questions: a\x1b[31mb\n"), "PAR003", "control character (U+001B)", 1, 13, 1, tags=("no-raw-control",)),
    Case("c1-control-character", data("c1.yaml", "questions: a\x9b31mb\n"), "PAR003", "control character (U+009B)", 1, 13, 1, tags=("no-raw-control",)),
    Case("bidi-override-in-key", data("bidi.yaml", 'schema_version: 1\n"abc\\u202Edcb": 1\n'), "SCH002", "\\u202edcb", 2, 1, 1, tags=("no-raw-control",)),
    Case("line-break-in-key", data("newline.yaml", 'schema_version: 1\n"a\\nb": 1\n'), "SCH002", "'a\\x0ab' is not a field", 2, 1, 1, tags=("no-raw-control",)),
    Case("markup-in-key", data("markup.yaml", 'schema_version: 1\n"<script>alert(1)</script>": 1\n'), "SCH002", "'<script>alert(1)</script>' is not a field", 2, 1, 1),
    # -- paths, folders, special files ---------------------------------------------------------------
    Case("path-does-not-exist", _missing, "PAR001", "The file does not exist", None, None, 1, hint="Check the path"),
    Case("dangling-link", _dangling, "PAR001", "a link to a file that does not exist", None, None, 1, hint="Fix the link", needs="symlink"),
    Case("link-loop-in-folder", _link_loop, "PAR001", "a link that points back to itself", None, None, 1, hint="Fix the link", needs="symlink"),
    Case("folder-link-loop", _folder_loop, None, None, None, None, 0, needs="symlink", tags=("once",)),
    Case("named-pipe-in-folder", _fifo("folder"), "PAR001", "This is a named pipe (FIFO)", None, None, 1, hint="standard input", needs="fifo"),
    Case("named-pipe-on-command-line", _fifo("arg"), "PAR001", "This is a named pipe (FIFO)", None, None, 1, needs="fifo"),
    Case("unreadable-file", _chmod_000, "PAR001", "You do not have permission to read this file", None, None, 1, hint="permissions", needs="chmod"),
    Case("unreadable-file-simulated", data("locked.yaml", GOOD_YAML), "PAR001", "You do not have permission to read this file", None, None, 1, tags=("deny-open",)),
    Case("unreadable-folder", _chmod_000_folder, "PAR001", "You do not have permission to open this folder", None, None, 1, needs="chmod"),
    Case("unreadable-folder-simulated", _named("good-too.yaml", GOOD_YAML), "PAR001", "You do not have permission to open this folder", None, None, 1, tags=("deny-folder",)),
    Case("name-with-spaces", _named("our policy (final).yaml"), "COV005", "court order", 19, 1, 1),
    Case("name-with-unicode", _named("politique-confidentialité-ü.yaml"), "COV005", "court order", 19, 1, 1),
    Case("name-with-line-break", _named("two\nlines.yaml"), "COV005", "court order", 19, 1, 1, tags=("no-raw-control",)),
    Case("name-with-ansi-escape", _named("\x1b[31mred.yaml"), "COV005", "court order", 19, 1, 1, tags=("no-raw-control",)),
    Case("name-not-utf8", _named(b"caf\xe9.yaml"), "COV005", "court order", 19, 1, 1, needs="bytes-names"),
    Case("stdin-binary", _stdin(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PAR002", "binary data", 1, 1, 1),
    Case("stdin-empty", _stdin(b""), "PAR006", "The file is empty", 1, 1, 1),
    Case("stdin-over-limit", _stdin(b"questions: x\n" * 300_000), "PAR005", "The input is larger than the limit of 2.0 MB", None, None, 1, hint="--max-file-size"),
]


def _prose(name: str, make: Callable[[Path], Path]) -> Builder:
    """A builder for a Word or PDF file made by ``tests/prose/prose_files.py``."""

    def build(tmp: Path) -> Built:
        import sys

        sys.path.insert(0, str(ROOT / "tests" / "prose"))
        path = make(tmp / name)
        return Built([str(path)], str(path))

    return build


def _bomb(path: Path) -> Path:
    import prose_files

    return prose_files.make_zip_bomb_docx(path, 200 * 1024 * 1024)


def _big_text_part(path: Path) -> Path:
    import prose_files

    return prose_files.make_zip_bomb_docx(path, 15 * 1024 * 1024)


def _pages(path: Path) -> Path:
    import prose_files

    return prose_files.make_many_pages_pdf(path, 5000)


def _scanned(path: Path) -> Path:
    import prose_files

    return prose_files.make_scanned_pdf(path, 3)


def _broken_xref(path: Path) -> Path:
    import prose_files

    raw = prose_files.make_pdf(path).read_bytes()
    at = raw.rfind(b"xref")
    path.write_bytes(raw[:at] + b"garbage" + raw[at + 4 :].replace(b"trailer", b"trai!er"))
    return path


def _cut_pdf(path: Path) -> Path:
    import prose_files

    raw = prose_files.make_pdf(path).read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


PROSE_CASES = [
    # -- prose: web pages, Markdown, text, Word and PDF ----------------------------------------
    Case("docx-zip-bomb", _prose("bomb.docx", _bomb), "PAR005", "This Word file would unpack to 200.0 MB, more than the limit of 40.0 MB", None, None, 1, hint="--max-file-size"),
    Case("docx-text-part-15mb", _prose("text.docx", _big_text_part), "PAR005", "The text of this Word file would unpack to 15.0 MB, more than the limit of 10.0 MB", None, None, 1),
    Case("docx-not-a-zip", data("broken.docx", b"This is not a zip file.\n"), "PAR012", "This file is not a Word file (.docx)", None, None, 1, hint="give it the right ending"),
    Case("docx-old-word", data("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504), "PAR012", "it is an old Word file (.doc)", None, None, 1, hint="save it as .docx"),
    Case("docx-cut-zip", data("cut.docx", b"PK\x03\x04" + b"\x00" * 40), "PAR012", "not a valid .docx (zip) file", None, None, 1, hint="save it again"),
    Case("docx-zip-without-document", data("empty.docx", b"PK\x05\x06" + b"\x00" * 18), "PAR012", "not a Word document", None, None, 1),
    Case("pdf-5000-pages", _prose("long.pdf", _pages), "PAR005", "This PDF has 5,000 pages", None, None, 1, hint="pages as a PDF of their own"),
    Case("pdf-broken-xref", _prose("xref.pdf", _broken_xref), "PAR012", "This PDF is damaged", None, None, 1, hint="export it again"),
    Case("pdf-cut-in-half", _prose("cut.pdf", _cut_pdf), "PAR012", "This PDF is damaged", None, None, 1),
    Case("pdf-scanned", _prose("scan.pdf", _scanned), "PAR010", "it looks scanned. There is no text to check", None, None, 1, hint="Export the policy"),
    Case("pdf-not-a-pdf", data("fake.pdf", b"<html>not a pdf</html>"), "PAR012", "This file is not a PDF", None, None, 1, hint="give it the right ending"),
    Case("pdf-a-program", data("ls.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200), "PAR012", "This file is not a PDF", None, None, 1),
    Case("html-nested-100k", data("deep.html", "<div>" * 100_000 + "text" + "</div>" * 100_000), "PAR008", "more than 2,048 levels deep", 1, 10_241, 1, hint="Save the page again"),
    Case("html-50mb", _sparse("big.html", 50 * 1024 * 1024), "PAR005", "The file is 50.0 MB, more than the limit of 10.0 MB", None, None, 1, hint="--max-file-size"),
    Case("html-only-template", data("menu.html", "<header>Clinic</header><nav><a href=/>Home</a></nav><footer>(c) 2026</footer>"), "PAR006", "no text to check outside menus, headers, footers and banners", None, None, 1),
    Case("html-unclosed-comment", data("comment.html", "<p>Ask us, TODO.</p><!-- " + "x" * 500_000), "TXT001", "'TODO' looks like", 1, 12, 1),
    Case("markdown-invalid-utf8", data("latin1.md", b"# Privacy\n\nCaf\xe9 policy\n"), "PAR002", "the byte 0xE9 at offset 14 (line 3)", 3, 4, 1, hint="Windows-1252"),
    Case("markdown-binary", data("binary.md", b"# a\n\x00\x01\x02"), "PAR002", "binary data", 2, 1, 1),
    Case("markdown-empty", data("empty.md", "\n\n  \n"), "PAR006", "The file is empty", 1, 1, 1),
    Case("text-one-huge-paragraph", data("huge.txt", "We keep your words private. " * 20_000), "PAR005", "One paragraph is 559,999 characters long", 1, 1, 1, tags=("keeps-reading-prose",)),
    # A page all in capitals: each word of it was checked against the whole line, once per word
    # (minutes for 100,000 characters); now each line once.
    Case("text-a-page-in-capitals", data("shout.txt", "WE KEEP WHAT YOU TELL US PRIVATE. " * 2900), "PLN010", "Words in capitals are hard to read", 1, 1, 1, severity="warning"),
    Case("stdin-html", lambda tmp: Built(["-"], "page.html", stdin=b"<p>Ask us, TODO.</p>"), "TXT001", "'TODO' looks like", 1, 12, 1, args=("--stdin-filename", "page.html")),
]
CASES += PROSE_CASES


def shown_in_json(built: Built) -> str:
    """How a file's path appears in JSON output."""
    from policy_lint.discover import display_name

    shown = display_name(built.shown)
    return shown[2:] if shown.startswith("./") else shown


def load_json(stdout: str) -> dict[str, object]:
    data = json.loads(stdout)
    assert isinstance(data, dict)
    return data
