"""The audit as CSV: one row per clinic, for spreadsheets (RFC 4180).

Columns: clinic, file, gaps, suppressed, then for each requirement its
status, its number of findings and the first finding's message; last, the
clinic's jurisdiction, where that came from, and the pack it was checked against.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula. Text from a policy could use that to attack the person who opens
the file (CSV injection), so such cells start with a ``'`` instead; tab and
carriage return at the start are treated the same way.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from policy_lint.audit.model import Audit

__all__ = ["render", "cell", "BOM"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str | int:
    """A CSV cell: numbers as they are, text guarded against formulas."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


#: A UTF-8 byte order mark: without it, Excel reads the file as the local
#: code page and shows "NiÃ±os" for "Niños". Other spreadsheets and Python's
#: csv module (encoding="utf-8-sig") accept it.
BOM = "\ufeff"


def render(audit: Audit, **_: Any) -> str:
    """Render the audit as CSV with a header row (a UTF-8 BOM first; CRLF line ends, as RFC 4180 asks).

    The command line writes these exact bytes, on the screen as in a file.
    """
    buf = io.StringIO()
    buf.write(BOM)
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    header = ["clinic", "file", "checked", "gaps", "suppressed", "other findings"]
    for r in audit.requirements:
        header += [f"{r.id} {r.label}", f"{r.id} findings", f"{r.id} first message"]
    header += ["jurisdiction", "jurisdiction source", "pack"]
    writer.writerow([cell(h) for h in header])
    for c in audit.clinics:
        row: list[Any] = [c.name, c.path, c.checked, c.gaps, c.suppressed, len(c.other_active)]
        for x in c.cells:
            row += [f"{x.word} ({x.detail})" if x.detail and x.coverage else x.word, x.count, x.first_message]
        row += [c.place.code, c.place.source, c.place.pack]
        writer.writerow([cell(v) for v in row])
    return buf.getvalue()
