"""Whole pages read the same when their wording changes but their meaning does not (tools/perturb_pages.py).

Real practices write "we" or "I", US or UK spelling, "will" or "may", curly or straight quotes, and
plain text hard-wrapped or not. A reading that moves with such a change leans on the wording, and a
page we never see may use the other one. These tests keep the changes that move a cell on the
measured and dev pages from growing, and check the changes themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, stances

ROOT = Path(__file__).resolve().parents[2]
TOOL = load_script(ROOT / "tools" / "perturb_pages.py", "perturb_pages")


def _moved(folder: Path) -> int:
    total = 0
    for page in sorted(p for p in folder.iterdir() if p.suffix in TOOL.FORMATS):
        raw = page.read_bytes()
        text = raw.decode("utf-8")
        base = TOOL.coverage(raw, page.name)
        for name, (fn, formats) in TOOL.CHANGES.items():
            if page.suffix not in formats:
                continue
            new = fn(text)
            if new == text:
                continue
            after = TOOL.coverage(new.encode("utf-8"), page.stem + TOOL.AS.get(name, page.suffix))
            total += sum(1 for t, (status, _) in base.items() if after.get(t, ("missing", []))[0] != status)
    return total


# Floors measured on 2026-12-06 (law16): the measured pages move 1 cell in 130 changed pages (a
# notice's effective date, when Markdown is pasted as plain text); the dev pages move 16 cells in
# 483 (records kept, staff, a notice's date, a Markdown table pasted as text: mostly not the twelve
# topics). Lower them when a fix lands; never raise them without a reason in the commit.
# 16 -> 17 (FAQ questions answered, session 10): a Markdown FAQ's question heading now gives its limit
# (insurance, on dm32) where the same question pasted as a plain-text line is no heading; 17 -> 16 when a
# plain-text question line of up to 14 words became a heading too.
# 1 -> 0 and 16 -> 15 (layouts, session 11): a line that ends in a stop and a footnote's mark ("... by law.[^3]")
# and a field with its date ("Effective date: January 1, 2025") are no titles in plain text.
@pytest.mark.parametrize(("folder", "most"), [("tests/prose/pages", 0), ("tests/prose/dev_pages", 15)])
def test_meaning_keeping_changes_move_few_cells(folder: str, most: int) -> None:
    assert _moved(ROOT / folder) <= most


def test_the_changes_keep_the_meaning() -> None:
    assert TOOL.uk("The counselor needs your authorization.") == "The counsellor needs your authorisation."
    assert TOOL.us("The Counsellor needs your authorisation.") == "The Counselor needs your authorization."
    assert TOOL.singular("We are required to tell you. Our staff will call us.") == "I am required to tell you. My staff will call me."
    assert TOOL.singular("The US Department") == "The US Department"  # the country, in capitals, stays
    assert TOOL.may("We will tell you. Will we call?") == "We may tell you. May we call?"
    assert TOOL.straight("We\u2019ll call \u201cyou\u201d \u2013 soon") == "We'll call \"you\" - soon"
    assert TOOL.curly("We'll call \"you\"") == "We\u2019ll call \u201cyou\u201d"
    wrapped = TOOL.wrap("- " + "word " * 30)
    assert all(len(line) <= 72 for line in wrapped.split("\n"))
    assert wrapped.split("\n")[1].startswith("  ")  # the item's text goes on under its marker
    assert TOOL.md_text("## Limits\n\n- **Child abuse**: we *must* report to [CPS](https://example.org).\n") == (
        "Limits\n\n- Child abuse: we must report to CPS.\n"
    )
    assert TOOL.ligatures("the first office") == "the \ufb01rst o\ufb03ce"
    assert TOOL.soft_hyphens('Confidentiality <a href="/information">') == 'Confi\u00addentiality <a href="/information">'
    assert TOOL.zero_width("- child abuse\nText") == "- \u200bchild abuse\n\u200bText"


def test_a_hard_wrapped_text_with_an_underline_and_a_numbered_capitals_item_reads() -> None:
    """A bug found by the wrap change: after an underlined heading, a numbered item in capitals
    looked up the line above it in a string, not in the list of lines (IndexError, PL000)."""
    from prose_files import coverage_of_bytes

    cov = coverage_of_bytes(b"A\n---\nb\n\nc\n\n1. CHILD ABUSE\n\n2. COURT ORDERS\n", "policy.txt")
    assert cov["court_order"] in ("stated", "vague")


@pytest.mark.parametrize(
    ("we", "i"),
    [
        ("When we first start working together, we go over these limits.", "When I first start working together, I go over these limits."),
        ("Our staff may see your file.", "My staff may see your file."),
        ("If you are in danger, we are required to act, and we will tell you before we do.",
         "If you are in danger, I am required to act, and I will tell you before I do."),
    ],
)
def test_the_practice_as_we_or_as_i_reads_the_same(we: str, i: str) -> None:
    assert stances(we) == stances(i)
    assert stances(i)


def test_a_client_asked_to_go_on_is_no_restriction_right() -> None:
    """'ask me not to' named the client's right to restrict; an agency that asks is no such right."""
    assert "npp_right_restrict" not in stances("I will tell you afterwards, unless the agency asks me not to.")
    assert "npp_right_restrict" not in stances("We will tell you afterwards, unless the police ask us not to.")
    assert stances("You can ask me not to share certain information.").get("npp_right_restrict") == "states"


def test_whenever_we_can_is_no_telling_first_on_its_own() -> None:
    st = stances("Whenever we can, we will let you know after the fact what was shared.")
    assert "before_disclosure" not in st
    assert st.get("after_disclosure") == "states"
