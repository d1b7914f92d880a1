"""The draft (``policy-lint import``) frames what it reads of a block against that block's text, at each of its five
calls of ``meaning.framed``, as check does: a list item under a lead-in of limits reads the law's duty ("- Legal
obligations"), an emergency ("- In an emergency") or a legal process ("- Legal process, ...") only with its text
(``LIMITS_FRAME``). One call (the duty sentences) went without it until the before-stop review of session 21, and only
the call in ``_repairs`` had a test (through the import parity of every page). (clean40, session 22)

The frames a page's items get add only limits that are neither duties nor opposite, so the duty sentences and the
contradictions would read the same without the text on any page: each call is checked by what it is given.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import policy_lint.meaning as meaning
from policy_lint.authoring.draft import draft_policy

PAGE = """# Confidentiality at Elm Street Counseling

What you share in therapy stays private, except in the cases below.

## When we may share information without your consent

- If you are at risk of harming yourself.
- Legal obligations
- In an emergency
- Legal process, but we never contact child protective services.

## Our promise

We never contact child protective services.

We will tell you before we share anything. We share only what is needed.
"""


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, Any]]]:
    """``(frame, text)`` of each call of ``framed`` with a frame that the draft makes, by the function that makes it."""
    page = tmp_path_factory.mktemp("draft") / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    real = meaning.framed
    got: dict[str, list[tuple[Any, Any]]] = {}

    def spy(statements: Any, frame: Any, text: Any = None) -> Any:
        caller = sys._getframe(1).f_code
        if frame is not None and Path(caller.co_filename).name == "draft.py":
            got.setdefault(caller.co_name, []).append((frame, text))
        return real(statements, frame, text)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(meaning, "framed", spy)
        draft_policy(str(page))
    return got


@pytest.mark.parametrize("caller", ["_duties", "_spoken", "vague_in", "_contradictions", "_plan_limits"])
def test_each_call_frames_a_block_against_its_text(calls: dict[str, list[tuple[Any, Any]]], caller: str) -> None:
    """Each of the draft's five calls of ``framed`` passes the frame with its block's own text.

    A deliberate guard on the call sites, not on what the draft reads: the
    page's readings come out the same without the text, so only a spy on the
    calls can see that one went without it (as ``_duties`` did).
    """
    made = calls.get(caller)
    assert made, f"{caller} framed no block of the page: the page no longer reaches it"
    blocks = PAGE.split("\n\n")
    for frame, text in made:
        assert isinstance(text, str) and text, (caller, frame)
        assert any(text.strip() in block for block in blocks), (caller, text)
    assert any(frame == meaning.LIMITS_FRAME for frame, _ in made), (caller, [f for f, _ in made])
