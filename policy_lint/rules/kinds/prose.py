"""Kinds for prose policies only: what a YAML policy has as required fields.

A YAML policy must have ``clinic.contact`` and ``clinic.effective_date``
(the schema rule SCH001 says so). A web page or a Word file has no schema:
``policy_lint.readers.facts`` looks for an email address or phone number
and for a date after "effective", and these kinds report when none is
found. On a YAML policy they find nothing, so SCH001 is never doubled.
"""

from __future__ import annotations

from typing import Iterator

from policy_lint.rules.base import CheckContext, Violation

__all__ = ["required_fact"]


def required_fact(ctx: CheckContext) -> Iterator[Violation]:
    """One of the ``pointers`` must have been found in the prose (about the whole document when not)."""
    if not getattr(ctx.doc, "all_prose", False):
        return
    pointers = [str(p) for p in ctx.param("pointers", [])]
    if any(ctx.doc.get(p) not in (None, "") for p in pointers):
        return
    yield Violation("", ctx.message("The policy does not say this."))
