"""The format of a file picks its reader: YAML and JSON here, prose in ``policy_lint.readers``.

``load_path`` and ``load_bytes`` are what the rest of policy-lint calls
(through ``policy_lint.loading``). A name with a prose ending (Markdown,
HTML, text, Word, PDF) goes to ``policy_lint.readers``, which reads the
words with ``policy_lint.meaning``; everything else is data, read by
``reading``. This module is the only one of the package that knows the
readers, so the rest of ``loading`` (and ``resources``, which loads
shipped data through ``reading``) stays below them.
"""

from __future__ import annotations

from pathlib import Path

from policy_lint.loading.document import DEFAULT_LIMITS, Limits, LoadResult
from policy_lint.loading.reading import load_data_bytes, load_data_path

__all__ = ["load_path", "load_bytes"]


def load_path(
    path: Path | str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    display: str | None = None,
    mapping_only: bool = True,
) -> LoadResult:
    """Read and parse one policy file, of any format. Never raises for a bad file (see ``reading.load_data_path``)."""
    from policy_lint.readers import prose_format

    p = Path(path)
    fmt = prose_format(p)
    if fmt is not None:  # Markdown, HTML, text, Word, PDF: policy_lint.readers
        from policy_lint.readers.load import load_prose_path

        return load_prose_path(p, display if display is not None else str(path), fmt, limits)
    return load_data_path(p, limits=limits, display=display, mapping_only=mapping_only)


def load_bytes(raw: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS, is_json: bool = False, mapping_only: bool = True) -> LoadResult:
    """Parse the bytes of a policy; a name with a prose ending goes to its reader."""
    if not is_json:
        from policy_lint.readers import prose_format

        fmt = prose_format(name)
        if fmt is not None:  # a name with a prose ending (.md, .html, ...): policy_lint.readers
            from policy_lint.readers.load import load_prose_bytes

            return load_prose_bytes(raw, name, fmt, limits)
    return load_data_bytes(raw, name, limits=limits, is_json=is_json, mapping_only=mapping_only)
