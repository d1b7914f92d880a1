"""Readers for prose policies: Markdown, HTML, plain text, Word and PDF.

Each reader turns a file into ``Block``s (``policy_lint.readers.blocks``);
``policy_lint.readers.load`` makes a ``ProseDocument`` of them that the
engine lints like a YAML policy. Nothing here is imported on a YAML-only
run: ``prose_format`` is a dictionary look-up.
"""

from __future__ import annotations

import os

__all__ = ["FORMATS", "PROSE_SUFFIXES", "OFFICE", "prose_format"]

#: File endings of prose policies, and the reader for each.
FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".docx": "docx",
    ".pdf": "pdf",
}

PROSE_SUFFIXES = tuple(FORMATS)

#: Formats that need the ``office`` extra, with the module each needs.
OFFICE = {"docx": "docx", "pdf": "pypdf"}


def prose_format(name: str | os.PathLike[str]) -> str | None:
    """The reader for a file name ("markdown", "html", ...), or None for YAML and JSON."""
    text = os.fspath(name)
    dot = text.rfind(".")
    if dot < 0 or "/" in text[dot:]:
        return None
    return FORMATS.get(text[dot:].lower())
