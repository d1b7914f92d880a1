"""The jurisdiction of one document, and where that answer came from.

In this order:

1. the policy's own ``clinic.jurisdiction``, when it is a real code;
2. ``--jurisdiction`` (for prose, or a policy that does not say);
3. the place the config or the folders give this one file: a pattern of the
   config's ``per_file_jurisdiction`` that matches it, else the nearest
   folder of its path named by a code (``clinics/US-CA/oak.html``), else
   the config key ``jurisdiction``. So a consultant who audits many
   clinics gives each its place, and the firm's config its default;
4. an address in the text (``clinic.address`` first, then any text, then
   a web page's header and footer, which are not linted but often hold
   the address), shown as *assumed*.

The answer is kept in ``doc.cache`` so that the router and every rule see
the same one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from policy_lint.values import Frozen, _set

if TYPE_CHECKING:
    from policy_lint.loading import Document

__all__ = ["Where", "jurisdiction_of", "place_of_path", "clinic_flag", "CACHE_KEY"]

CACHE_KEY = "jurisdiction.where"
_FACTS_KEY = "jurisdiction.facts"


class Where(Frozen):
    """A jurisdiction: its code, where it came from, and (when assumed) the words that show it.

    ``source`` is "policy", "option", "config", "folder" or "assumed". ``pointer`` and
    ``span`` locate the words for "policy" and "assumed".
    """

    __slots__ = ("code", "source", "evidence", "pointer", "span")
    code: str
    source: str
    evidence: str
    pointer: str
    span: tuple[int, int] | None

    def __init__(self, code: str, source: str, evidence: str = "", pointer: str = "", span: tuple[int, int] | None = None) -> None:
        _set(self, "code", code)
        _set(self, "source", source)
        _set(self, "evidence", evidence)
        _set(self, "pointer", pointer)
        _set(self, "span", span)


def _clinic(doc: "Document") -> dict[str, Any]:
    data = doc.data
    clinic = data.get("clinic") if isinstance(data, dict) else None
    return clinic if isinstance(clinic, dict) else {}


def set_facts(doc: "Document", facts: dict[str, Any]) -> None:
    """Record what the command line or config says about the practice (jurisdiction, HIPAA, ...)."""
    doc.cache[_FACTS_KEY] = facts


def facts(doc: "Document") -> dict[str, Any]:
    """What the command line or config says about the practice ({} when nothing)."""
    return doc.cache.get(_FACTS_KEY) or {}  # type: ignore[no-any-return]


def clinic_flag(doc: "Document", name: str) -> bool:
    """A yes/no fact about the practice: the policy's ``clinic.<name>``, else the option or config."""
    value = _clinic(doc).get(name)
    if isinstance(value, bool):
        return value
    return bool(facts(doc).get(name))


def jurisdiction_of(doc: "Document") -> Where | None:
    """The jurisdiction of ``doc`` (None: none given and no address found)."""
    if CACHE_KEY in doc.cache:
        return doc.cache[CACHE_KEY]  # type: ignore[no-any-return]
    where = _work_out(doc)
    doc.cache[CACHE_KEY] = where
    return where


def _work_out(doc: "Document") -> Where | None:
    from policy_lint.jurisdictions.codes import SHAPE, known
    from policy_lint.jurisdictions.detect import detect

    own = _clinic(doc).get("jurisdiction")
    if isinstance(own, str) and SHAPE.match(own) and known(own):
        return Where(own, "policy", own, "/clinic/jurisdiction")
    given = place_of_path(doc.path, facts(doc))
    if given is not None:
        return given
    address = _clinic(doc).get("address")
    if isinstance(address, str):
        found = detect(address)
        if found is not None:
            return Where(found.code, "assumed", found.evidence, "/clinic/address", found.span)
    for pointer, text in doc.strings():
        if pointer == "/clinic/jurisdiction":
            continue
        found = detect(text)
        if found is not None:
            return Where(found.code, "assumed", found.evidence, pointer, found.span)
    # A web page's header and footer are not linted, but the address there is the practice's.
    outside = getattr(doc, "outside_strings", None)
    for pointer, text in outside() if outside is not None else ():
        found = detect(text)
        if found is not None:
            return Where(found.code, "assumed", found.evidence, pointer, found.span)
    return None


def place_of_path(shown: str, given: dict[str, Any]) -> Where | None:
    """The place the command line, the config or the folders give a file (steps 2 and 3 above), or None.

    ``shown`` is the file's name as shown, ``given`` the facts of the run
    (with ``path``, the file on disk). It needs no text, so a file that
    could not be read still keeps the place of its folder.
    """
    if given.get("jurisdiction_option"):
        return Where(str(given["jurisdiction_option"]), "option")
    path = _path_for_place(shown, given)
    by_file = _per_file(path, given)
    if by_file is not None:
        return by_file
    folder = _folder_code(path)
    if folder is not None:
        return Where(folder, "folder", folder)
    if given.get("jurisdiction_config"):
        return Where(str(given["jurisdiction_config"]), "config")
    return None


def _path_for_place(shown: str, given: dict[str, Any]) -> str:
    """The file's path relative to its config's folder (else the working folder), with forward slashes.

    The folders above that are not the clinic's: "/home/IT/clinics/a.md" is not in Italy.
    The name shown is the answer when there is no file on disk (standard input).
    """
    real = given.get("path")
    if not real or shown == "-":
        return shown.replace("\\", "/")
    import os
    from pathlib import Path

    from policy_lint.discover import relative_posix

    rel = relative_posix(Path(os.path.abspath(real)), Path(given.get("config_folder") or os.getcwd()))
    return shown.replace("\\", "/") if rel.startswith("../") or os.path.isabs(rel) else rel


def _per_file(path: str, given: dict[str, Any]) -> Where | None:
    """The code of the first ``per_file_jurisdiction`` pattern that matches ``path`` (relative to the config folder)."""
    patterns = given.get("jurisdiction_files")
    if not patterns or not path or path == "-":
        return None
    for glob, code, pattern in patterns:
        if glob.fullmatch(path):
            return Where(str(code), "config", pattern)
    return None


def _folder_code(path: str) -> str | None:
    """The code of the nearest folder of ``path`` named by a region code, as written ("US-CA", "GB"), or None."""
    if not path or path == "-":
        return None
    from policy_lint.jurisdictions.codes import SHAPE, known

    parts = path.split("/")[:-1]
    for part in reversed(parts):
        if part.isupper() and SHAPE.match(part) and known(part):
            return part
    return None
