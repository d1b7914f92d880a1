"""Turn the paths on the command line into a stable list of policy files."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from policy_lint.fileio import display_name, open_regular
from policy_lint.values import Frozen, _set

__all__ = [
    "POLICY_SUFFIXES", "DATA_SUFFIXES", "Target", "discover", "display_name", "display_names", "display_path",
    "foreign_owner", "relative_posix", "parse_extensions", "NOT_POLICIES", "READABLE_SUFFIXES", "AUDIT_SUFFIXES",
    "skipped_note", "is_own_report", "reports_note", "scan_notes"]

#: Policies kept as data.
DATA_SUFFIXES = (".yaml", ".yml", ".json")

#: File endings that a folder scan picks up by default: data, and the prose
#: formats of ``policy_lint.readers`` (Markdown, HTML, Word, PDF). Plain
#: text is read when named, or with ``--extensions``: a folder's .txt files
#: are more often notes than policies. A file named on the command line is
#: always linted, whatever its ending. The config key ``extensions`` and the
#: option ``--extensions`` change the list.
POLICY_SUFFIXES = DATA_SUFFIXES + (".md", ".markdown", ".html", ".htm", ".docx", ".pdf")

#: Every file ending policy-lint can read (``policy_lint.readers.FORMATS``
#: and the data formats; a test keeps them the same). A file with one of
#: these endings that a folder scan leaves out is named in a note, never
#: skipped in silence.
READABLE_SUFFIXES = DATA_SUFFIXES + (".md", ".markdown", ".html", ".htm", ".txt", ".docx", ".pdf")

#: What ``policy-lint audit`` picks up in a folder by default: plain text
#: too. A consultant's folder holds the clinics' documents, and a clinic
#: whose policy is a .txt file must not drop out of the report; a stray
#: note shows as a row the consultant can see (and leave out with
#: ``extensions``), while a missing clinic cannot be seen at all. ``check``
#: runs in repositories, where .txt files are more often notes.
AUDIT_SUFFIXES = POLICY_SUFFIXES + (".txt",)

#: Names (without their ending) of the files a repository keeps about
#: itself. A folder scan skips them when they are prose: a README.md next to
#: the policies is not a policy.
NOT_POLICIES = frozenset(
    "readme changelog changes history license licence copying contributing code_of_conduct security authors maintainers robots".split()
)


#: What marks a file as one of policy-lint's own reports, whatever its
#: ending (``check`` and ``audit`` write any format under the name given:
#: ``audit -f markdown -o report.txt``, ``check -f json -o r.md``): the JSON of ``check`` and ``audit`` and
#: SARIF name the tool near the top (the audit's JSON names it before its
#: title, which may be long); the audit's HTML pages name it as their
#: generator (a notice of ``render`` says "policy-lint render": it is a
#: policy, and checked); the ``github`` format (in GitHub Actions, ``check -o
#: report.txt``) starts with an annotation. At the end: a baseline
#: (``--write-baseline``) ends with ``"tool": "policy-lint"`` and its
#: version, as its keys are sorted; the audit's Markdown ends with "Made with
#: policy-lint"; ``check``'s text ends with its summary line (under .txt
#: only: ``check -o report.md`` writes text that a page could quote, and is
#: read as a page). A consultant
#: who writes a report next to the clinics must not find it in the next run
#: as a clinic with every limit "contradicted" (trial 40).
_REPORT_HEAD = re.compile(
    rb'"(?:tool|driver)"\s*:\s*\{\s*"name"\s*:\s*"policy-lint"'
    rb'|<meta name="generator" content="policy-lint \d'
    rb"|\A(?:\xef\xbb\xbf)?::(?:error|warning|notice) file=[^\n]*::"
)
_REPORT_TAIL = re.compile(
    rb'"tool"\s*:\s*"policy-lint"\s*,\s*"version"\s*:\s*\d+\s*\}\s*\Z'
    rb"|Made with policy-lint \S+ on [^\n]*\s*\Z"
)
#: ``check``'s text summary line ends a report only under .txt: a Markdown or web page that quotes it stays a page.
_TEXT_TAIL = re.compile(rb"(?:\A|\n)Checked \d+ files?: \d+ errors?, \d+ warnings?, \d+ info\b[^\n]*\s*\Z")
#: The endings a report may be written under and a folder scan reads (YAML is left out: a scan of many YAML
#: policies should not open each twice, and no report is written as YAML unless it is named so).
_REPORT_ENDINGS = frozenset({".json", ".html", ".htm", ".md", ".markdown", ".txt"})


def is_own_report(path: Path) -> bool:
    """True when ``path`` is a report or a baseline policy-lint wrote (``check -o``, ``audit -o``, ``--per-clinic``, ``--write-baseline``), not a policy."""
    if path.suffix.lower() not in _REPORT_ENDINGS:
        return False
    try:
        # Never a plain open: a named pipe (or a link to one, or a device)
        # would block it forever. Only a regular file can be a report.
        with open_regular(path) as (fh, st):
            if _REPORT_HEAD.search(fh.read(1024)):
                return True
            fh.seek(max(st.st_size - 512, 0))
            tail = fh.read(512)
            return _REPORT_TAIL.search(tail) is not None or (path.suffix.lower() == ".txt" and _TEXT_TAIL.search(tail) is not None)
    except (OSError, ValueError):
        return False  # checking it reports the problem


def reports_note(files: Sequence[Path | str], *, shown: int = 5) -> str | None:
    """One plain sentence that names the reports of policy-lint a folder scan left out."""
    if not files:
        return None
    listed = _listed(files, shown)
    if len(files) == 1:
        return f"Skipped 1 file, because it is a report policy-lint wrote, not a policy: {listed}. To check it, name it on the command line."
    return f"Skipped {len(files)} files, because they are reports policy-lint wrote, not policies: {listed}. To check one, name it on the command line."


def _listed(files: Sequence[Path | str], shown: int) -> str:
    """The first ``shown`` of ``files`` in path order, as the notes name them: "a.txt, b.txt and 3 more"."""
    names = [display_path(f) for f in sorted(files, key=lambda f: Path(f).parts)]
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def scan_notes(skipped: Sequence[Path | str], reports: Sequence[Path | str]) -> list[str]:
    """The notes of a folder scan: the files it left out for their ending (``skipped_note``), then the reports (``reports_note``)."""
    return [note for note in (skipped_note(skipped), reports_note(reports)) if note]


def parse_extensions(values: Iterable[str]) -> tuple[str, ...]:
    """File endings as the user wrote them ("md", ".HTML", "yaml, json") -> (".md", ".html", ".yaml", ".json")."""
    out: list[str] = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip().lower()
            if not part:
                continue
            part = part if part.startswith(".") else "." + part
            if part not in out:
                out.append(part)
    return tuple(out)


def _is_repo_file(name: str) -> bool:
    stem, dot, suffix = name.rpartition(".")
    if not dot or "." + suffix.lower() in DATA_SUFFIXES:
        return False
    stem = stem.lower()
    return stem in NOT_POLICIES or stem.startswith("requirements")


class Target(Frozen):
    """One file to lint: where it is, and the name to show for it."""

    __slots__ = ("path", "display")
    path: Path
    display: str

    def __init__(self, path: Path, display: str) -> None:
        _set(self, "path", path)
        _set(self, "display", display)


def _display(path: Path) -> str:
    text = display_name(path)
    return text[2:] if text.startswith("./") else text


def discover(
    paths: Iterable[str | Path],
    suffixes_for: Callable[[Path], tuple[str, ...]] | None = None,
    skipped: list[Path] | None = None,
    reports: list[Path] | None = None,
) -> Iterator[Target]:
    """Yield files to lint, in a stable order, each once.

    A folder is searched recursively for YAML and JSON files, in sorted
    order. Hidden files and folders (names starting with a dot) are skipped,
    and so are symbolic links to folders, so a link loop cannot trap the run.
    Named pipes, sockets and devices are yielded like files: the loader
    reports them without opening them for a blocking read. A path that does
    not exist is yielded as given, and so is a folder that cannot be opened:
    linting it reports the problem, and the run goes on.

    ``suffixes_for(folder)`` gives the file endings to pick up in a folder
    named on the command line (default: ``POLICY_SUFFIXES``). Prose files
    named like a repository's own files (README.md, LICENSE.txt) are skipped.
    Files policy-lint could read that a folder scan leaves out for their
    ending (a .txt when the endings are the default) are added to
    ``skipped``, so the run can say so. Reports policy-lint wrote into the
    folder (``is_own_report``) are left out too, and added to ``reports``.
    """
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, suffixes_for(path) if suffixes_for is not None else POLICY_SUFFIXES, skipped, reports):
                key = os.path.normcase(os.path.abspath(found))
                if key not in seen:
                    seen.add(key)
                    yield Target(found, _display(found))
        else:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                yield Target(path, _display(path))


def _walk(root: Path, suffixes: tuple[str, ...] = POLICY_SUFFIXES, skipped: list[Path] | None = None, reports: list[Path] | None = None) -> Iterator[Path]:
    files: list[Path] = []
    blocked: list[Path] = []

    def on_error(exc: OSError) -> None:
        # A folder we cannot list: report it rather than skip it in silence.
        if exc.filename is not None:
            blocked.append(Path(exc.filename))

    for folder, dirs, names in os.walk(root, followlinks=False, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or _is_repo_file(name):
                continue
            wanted = name.lower().endswith(suffixes)
            noted = skipped is not None and name.lower().endswith(READABLE_SUFFIXES)
            if not (wanted or noted):
                continue
            path = Path(folder) / name
            # A report first: check's report.txt is left out as a report, not
            # as a file whose ending to add to --extensions.
            if is_own_report(path):
                if reports is not None:
                    reports.append(path)
            elif wanted:
                files.append(path)
            elif skipped is not None:
                skipped.append(path)
    files.extend(blocked)
    files.sort(key=lambda p: p.parts)
    return iter(files)


def skipped_note(files: Sequence[Path | str], *, shown: int = 5) -> str | None:
    """One plain sentence that names the files a folder scan left out for their ending, and how to check them."""
    if not files:
        return None
    endings = ", ".join(sorted({Path(str(f)).suffix.lower() for f in files}))
    listed = _listed(files, shown)
    one = len(files) == 1
    what = f"1 file, because its ending ({endings}) is" if one else f"{len(files)} files, because their endings ({endings}) are"
    return f"Skipped {what} not in the list to check: {listed}. To check {'it' if one else 'them'}, add {endings} to --extensions or to the config key extensions."


def display_path(path: Path | str) -> str:
    """Show a path relative to the working folder when it is inside it.

    A name that is not UTF-8 is shown with ``\\xNN`` escapes, as in findings.
    """
    text = str(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return display_name(text)
    return display_name(text if rel.startswith("..") else rel)


def foreign_owner(path: Path | str) -> int | None:
    """The owner of a file when it is another user (not you, not root); None otherwise.

    policy-lint never applies a config or a pack it found itself that
    another user could have put there (as git's safe.directory): a
    ``.policy-lint.yaml`` in ``/tmp`` could silence every rule.
    """
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - Windows: no owners to compare
        return None
    try:
        uid = os.stat(path).st_uid
    except OSError:
        return None
    return None if uid in (geteuid(), 0) else uid


def relative_posix(path: Path, folder: Path) -> str:
    """``path`` relative to ``folder``, with forward slashes (as globs and baselines want)."""
    try:
        rel = os.path.relpath(path, folder)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return rel.replace(os.sep, "/")


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
