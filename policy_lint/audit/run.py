"""Lint every clinic's policy and build the audit. No click here.

Each file is read once: the same load feeds the rules and gives the clinic
name (``clinic.name`` in the policy). Each file is linted as ``check`` lints
it (``runner.prepare``: the config that applies to the file, its pack and its
suppressions).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence, TextIO

from policy_lint.audit.model import Audit, ClinicInput, build_audit
from policy_lint.findings import FileResult

__all__ = ["run_audit", "pack_version", "DEFAULT_TITLE"]

DEFAULT_TITLE = "Confidentiality policy audit"


def pack_version(pack: Any) -> str:
    """The version of a pack (its ``version:`` field), or ''."""
    version = getattr(pack, "version", None)
    if version:
        return str(version)
    origin = getattr(pack, "origin", "")
    if not origin:
        return ""
    from policy_lint.loading import load_path

    try:
        loaded = load_path(origin)
    except Exception:  # the pack was loaded once already; a version is a nicety
        return ""
    data = loaded.document.data if loaded.document is not None else None
    return str(data.get("version", "")) if isinstance(data, dict) else ""


def display_names(roots: Sequence[str], files: Sequence[Path]) -> list[str]:
    """Short names for the report: each file relative to the folder that holds all the roots.

    A report goes to a client, so it shows ``gaps/north.yaml``, not the
    consultant's own folders (``/home/ana/clients/2026/gaps/north.yaml``).
    """
    if not files:
        return []
    bases = []
    for raw in roots:
        path = Path(os.path.abspath(raw))
        bases.append(path if path.is_dir() else path.parent)
    try:
        common = Path(os.path.commonpath([str(b) for b in bases]))
    except ValueError:  # roots on different drives
        return [str(f) for f in files]
    out = []
    for f in files:
        try:
            rel = os.path.relpath(os.path.abspath(f), common)
        except ValueError:
            rel = str(f)
        out.append(rel.replace(os.sep, "/") if not rel.startswith("..") else str(f))
    return out


def _lint_one(linter: Any, path: Path, display: str) -> ClinicInput:
    from policy_lint.loading import load_path

    try:
        loaded = load_path(path, limits=linter.settings.limits, display=display)
    except Exception:
        result: FileResult = linter.lint_path(path, display)  # reports the crash as PL000
        return ClinicInput(result, None, checked=False)
    result = linter.lint_loaded(loaded)
    doc = loaded.document
    name = None
    if doc is not None and isinstance(doc.data, dict):
        clinic = doc.data.get("clinic")
        if isinstance(clinic, dict) and isinstance(clinic.get("name"), str):
            name = clinic["name"]
    skipped = frozenset((result.metrics or {}).get("not_checked") or ())
    return ClinicInput(result, name, checked=doc is not None, place=_place(linter, doc), not_checked=skipped)


def _place(linter: Any, doc: Any) -> Any:
    """Where the clinic is (as the rules saw it), and the pack its policy was checked against."""
    from policy_lint.audit.model import Place

    if doc is None:
        return Place(pack=linter.pack.name)
    from policy_lint.jurisdictions.codes import region
    from policy_lint.jurisdictions.where import jurisdiction_of

    target = linter.target_for(doc) if hasattr(linter, "target_for") else linter
    where = jurisdiction_of(doc)
    if where is None:
        return Place(pack=target.pack.name)
    found = region(where.code)
    return Place(where.code, found.name if found is not None else where.code, where.source, target.pack.name)


def run_audit(
    options: Any,
    *,
    date: str,
    title: str = DEFAULT_TITLE,
    progress_stream: TextIO | Any = None,
) -> tuple[Audit, list[str]]:
    """Lint the files of ``options.paths`` and build the audit.

    Args:
        options: A ``policy_lint.runner.CheckOptions``.
        date: The date to print on the report (the caller decides, so tests can fix it).
        title: The report's title.
        progress_stream: Where to draw a progress bar (only on a terminal, and
            only for more than 50 files).

    Returns:
        The audit, and the paths of the files that were read (so the caller
        never writes the report over one of them).
    """
    from policy_lint._version import __version__
    from policy_lint.audit.progress import Progress
    from policy_lint.discover import discover
    from policy_lint.runner import prepare

    session = prepare(options)
    from policy_lint.runner import suffixes_for

    targets = list(discover(options.paths, suffixes_for(options, session)))
    shown = display_names(options.paths, [t.path for t in targets])
    items: list[ClinicInput] = []
    with Progress(len(targets), progress_stream) as bar:
        for i, target in enumerate(targets, 1):
            items.append(_lint_one(session.linter_for(target.path), target.path, shown[i - 1]))
            bar.update(i)
    finished = session.finish([item.result for item in items])
    if progress_stream is not None:
        for line in session.warnings:  # config files skipped because another user owns them
            progress_stream.write(line + "\n")
    pack = (session.linters or [session.linter_for_folder(".")])[0].pack
    audit = build_audit(
        items,
        session.rules,
        date=date,
        title=title,
        pack_name=pack.name,
        pack_version=pack_version(pack),
        tool_version=__version__,
        notes=getattr(finished, "notes", ()),
    )
    return audit, [str(t.path) for t in targets]
