"""Load a prose policy: bytes -> text (or zip, or PDF) -> blocks -> ``ProseDocument``.

Never raises for a bad file: every problem is a ``LoadProblem`` with a code
that a PAR rule of the base pack reports (a test checks it). The bounds:

* the file's size: ``limits.max_bytes`` for Markdown and text, 5 times that
  for HTML (saved pages carry scripts and styles), 10 times for Word and PDF
  (they carry images and fonts); ``--max-file-size`` raises them all;
* a Word file unpacked: 20 times ``limits.max_bytes``; a PDF: 300 pages;
* the text of one block: ``limits.max_string`` characters; the number of
  blocks: ``MAX_BLOCKS`` (3,000).
"""

from __future__ import annotations

from pathlib import Path

from policy_lint.loading.document import DEFAULT_LIMITS, LoadProblem, LoadResult, Limits

__all__ = ["load_prose_path", "load_prose_bytes", "size_limit", "EXTRA_HINT", "HOOK_HINT"]

#: Paragraphs read at most: a long policy has a few hundred. Each is read by
#: the plain-language rules and the text-understanding core.
MAX_BLOCKS = 3000

#: How much larger than ``limits.max_bytes`` a file of each format may be.
_SIZE_FACTOR = {"markdown": 1, "text": 1, "html": 5, "docx": 10, "pdf": 10}

EXTRA_HINT = "Install the office extra: python -m pip install 'policy-lint[office]'"
#: In a pre-commit hook, the extra comes with the hook (.pre-commit-hooks.yaml).
HOOK_HINT = "In pre-commit, use the hook policy-lint-office."

_WHAT = {"docx": "Word files (.docx)", "pdf": "PDF files"}


#: Blocks of a page's header and footer kept for facts, at most (a real footer has a few).
_MAX_OUTSIDE = 200


def size_limit(fmt: str, limits: Limits) -> int:
    """The largest file of this format that policy-lint reads."""
    return limits.max_bytes * _SIZE_FACTOR.get(fmt, 1)


def load_prose_path(path: Path | str, name: str, fmt: str, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Read and load one prose file. Never raises for a bad file."""
    from policy_lint.loading.raw import _read_regular

    big = limits.replace(max_bytes=size_limit(fmt, limits))
    raw = _read_regular(Path(path), name, big)
    if isinstance(raw, LoadResult):
        return raw
    return load_prose_bytes(raw, name, fmt, limits, checked_size=True)


def _fail(name: str, problem: LoadProblem, text: str | None = None) -> LoadResult:
    return LoadResult(name, None, (problem,), text)


def _missing_extra(fmt: str) -> LoadProblem | None:
    import importlib.util

    from policy_lint.readers import OFFICE

    module = OFFICE.get(fmt)
    if module is None or importlib.util.find_spec(module) is not None:
        return None
    return LoadProblem(
        "reader-missing",
        f"policy-lint needs its office extra to read {_WHAT[fmt]}, and it is not installed. This file was not checked.",
        hint=f"{EXTRA_HINT}. {HOOK_HINT}",
        position=None,
    )


def _decode(raw: bytes, name: str, fmt: str) -> str | LoadResult:
    if fmt == "html":
        from policy_lint.readers.html import decode_html

        decoded = decode_html(raw)
        if decoded is None:
            return _fail(name, LoadProblem("encoding", "The page is not text in any encoding policy-lint knows.", hint="Save the page again as UTF-8."))
        text = decoded[0]
    else:
        from policy_lint.loading.raw import _decode_problem, _detect_encoding

        codec, skip = _detect_encoding(raw)
        try:
            text = raw[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            return _decode_problem(raw, name, codec, skip, exc)
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        return _fail(
            name,
            LoadProblem(
                "binary",
                "This file holds NUL bytes (zero bytes), so it is binary data, not text.",
                index=nul,
                hint="Check that this is the right file. A Word or PDF file must keep its own ending (.docx, .pdf).",
            ),
            text,
        )
    return text


def load_prose_bytes(raw: bytes, name: str, fmt: str, limits: Limits = DEFAULT_LIMITS, *, checked_size: bool = False) -> LoadResult:
    """Load the bytes of a prose file (from a file or standard input)."""
    from policy_lint.loading.raw import _TOO_LARGE_HINT, _too_large

    cap = size_limit(fmt, limits)
    if not checked_size and len(raw) > cap:
        return _fail(name, LoadProblem("too-large", _too_large(len(raw), limits.replace(max_bytes=cap)), hint=_TOO_LARGE_HINT))
    missing = _missing_extra(fmt)
    if missing is not None:
        return _fail(name, missing)
    text = ""
    if fmt in ("docx", "pdf"):
        if not raw.strip():
            return _fail(name, LoadProblem("empty", "The file is empty. It holds no policy.", hint="Check that this is the right file."))
        if fmt == "docx":
            from policy_lint.readers.docx import read_docx

            parsed = read_docx(raw, unpacked_limit=20 * limits.max_bytes)
        else:
            from policy_lint.readers.pdf import read_pdf

            parsed = read_pdf(raw, max_chars=limits.max_bytes)
    else:
        decoded = _decode(raw, name, fmt)
        if isinstance(decoded, LoadResult):
            return decoded
        text = decoded
        if not text.strip():
            return _fail(name, LoadProblem("empty", "The file is empty. It holds no policy.", index=0, hint="Write the policy, or check that this is the right file."), text)
        if fmt == "markdown":
            from policy_lint.readers.markdown import read_markdown

            parsed = read_markdown(text)
        elif fmt == "html":
            from policy_lint.readers.html import read_html

            parsed = read_html(text)
        else:
            from policy_lint.readers.text import read_text

            parsed = read_text(text)
    problems: list[LoadProblem] = list(parsed.problems)
    if any(p.fatal for p in problems):
        return LoadResult(name, None, tuple(problems), text or None)
    blocks = parsed.blocks
    most = min(limits.max_nodes, MAX_BLOCKS)
    if len(blocks) > most:
        problems.append(
            LoadProblem(
                "too-many",
                f"The file holds {len(blocks):,} paragraphs, more than a policy. policy-lint checks the first {most:,}.",
                fatal=False,
                hint="Check that this is the right file. If the policy is part of a larger document, save it as a file of its own.",
            )
        )
        del blocks[most:]
    for block in blocks:
        if len(block.text) > limits.max_string:
            problems.append(
                LoadProblem(
                    "too-long",
                    f"One paragraph is {len(block.text):,} characters long. policy-lint checks its first {limits.max_string:,} characters.",
                    index=block.source_offset(0) if block.has_offsets else None,
                    fatal=False,
                    hint="Split the text into paragraphs.",
                )
            )
            block.text = block.text[: limits.max_string]
    if not blocks:
        where = "outside menus, headers, footers and banners" if fmt == "html" else "in it"
        return _fail(name, LoadProblem("empty", f"The file holds no text to check {where}.", hint="Check that this is the right file."), text or None)
    from policy_lint.readers.document import ProseDocument
    from policy_lint.readers.facts import find_facts

    outside = [b for b in parsed.outside if b.text.strip()][:_MAX_OUTSIDE]
    for block in outside:  # read for facts only, never linted: cut short without a finding
        block.text = block.text[: limits.max_string]
    doc = ProseDocument.of(name, text, fmt, blocks, find_facts(blocks, parsed.meta, outside), parsed.meta, outside)
    doc.problems = problems
    return LoadResult(name, doc, tuple(problems), text or None)
