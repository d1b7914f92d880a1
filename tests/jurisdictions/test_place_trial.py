"""What a new-user trial of the Ontario, Victoria, Queensland and Irish packs found, each with a minimal page."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

#: A bold list title over a sentence that says "may": the prose form of a YAML limit's title and explanation.
TITLED = """\
# Your privacy

What you tell me stays private, with a few exceptions.

## Limits of confidentiality

- **Child abuse.** If I suspect a child is being harmed, I {force} report it.
"""


def _check(tmp_path: Path, run_cli: Callable[..., CliRun], text: str, code: str, name: str = "privacy.md") -> str:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return run_cli("check", str(page), "--no-hints", "--jurisdiction", code).stdout


@pytest.mark.parametrize(("code", "rule"), [("CA-ON", "JUR802"), ("AU-VIC", "JUR812"), ("IE", "JUR832"), ("AU-NSW", "JUR702"), ("CA-BC", "JUR602"), ("US-NY", "JUR")])
def test_a_may_under_a_bold_list_title_is_a_choice_the_law_does_not_give(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="may"), code)
    line = next((x for x in out.splitlines() if f" {rule}" in x and "only that you may" in x), None)
    assert line is not None and "'may report'" in line, out
    assert ":7:" in line  # the list item, not the heading


@pytest.mark.parametrize("code", ["CA-ON", "AU-VIC", "IE", "AU-NSW", "CA-BC"])
def test_a_must_under_a_bold_list_title_is_no_choice(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="must"), code)
    assert "only that you may" not in out, out
