"""``check`` reads each ``import`` draft as it reads the page it came from, on every prose file we have.

``tools/import_parity.py`` drafts every prose file of the tests and examples
(the dev pages, the measured pages, examples/prose, the Word and PDF files
the tests make, the trial documents), checks the pages and the drafts in one
run, and compares the two statuses of each topic. It compares the tool with
itself and never reads the labels of the measured pages.

``KNOWN`` lists, exactly, what still disagrees: the test fails when a file
gets worse (a new file or topic) and when one gets fixed (then take it out
of the list). ``python tools/import_parity.py`` prints the figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
TOOL = load_script(ROOT / "tools" / "import_parity.py")

#: What still disagrees: {file: {topic: (status on the page, status in the draft)}}.
KNOWN: dict[str, dict[str, tuple[str, str]]] = {
    "dev_pages/bare-list-no-frame.md": {
        "harm_to_self": ("vague", "missing"),
        "harm_to_others": ("vague", "missing"),
        "child_abuse": ("vague", "missing"),
        "elder_abuse": ("vague", "missing"),
        "court_order": ("vague", "missing"),
    },
    "dev_pages/dh01_oregon_solo.html": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dh05_uk_university_counselling.html": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dh10_scotland_squarespace_counselling.html": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dm06_ontario_psychotherapist_faq.md": {"required_by_law": ("vague", "missing")},
    "dev_pages/dm11_nz_couples_counselling_faq.md": {"harm_to_self": ("vague", "missing"), "required_by_law": ("vague", "missing")},
    "dev_pages/dm12_virginia_group_npp_table.md": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dt01_ontario_pdf_wrapped.txt": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dt07_eap_employer_faq.txt": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dt10_perth_eap_faq_pdf.txt": {"duty_to_warn": ("vague", "missing")},
    "dev_pages/dt11_new_mexico_telehealth_disclosure.txt": {"duty_to_warn": ("vague", "missing")},
    "pages/h03_hipaa_npp.html": {"elder_abuse": ("vague", "missing"), "dependent_adult_abuse": ("vague", "missing")},
    "pages/m03_canada.md": {"duty_to_warn": ("vague", "missing")},
    "pages/m05_group_minimal.md": {
        "harm_to_self": ("vague", "missing"),
        "harm_to_others": ("vague", "missing"),
        "required_by_law": ("vague", "missing"),
    },
    "pages/m09_hipaa_npp_washington.md": {"duty_to_warn": ("vague", "missing")},
    "pages/t05_eap_vague.txt": {"harm_to_self": ("vague", "missing"), "harm_to_others": ("vague", "missing")},
    "pages/t09_nc_group_informed_consent.txt": {"required_by_law": ("vague", "missing")},
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return TOOL.parity(tmp_path_factory.mktemp("parity"))


def test_every_kind_of_prose_file_is_compared(result: Any) -> None:
    names = set(result)
    for folder in ("dev_pages/", "pages/", "examples/", "made/", "trial/"):
        assert any(n.startswith(folder) for n in names), folder
    assert {"made/policy.docx", "made/policy.pdf", "trial/Informed Consent - Aspen Ridge.docx"} <= names
    # Every file has a coverage list on both sides, with at least the core topics.
    assert all(len(cells) >= 12 for cells in result.values())


def test_the_drafts_that_disagree_with_their_page_are_exactly_the_known_ones(result: Any) -> None:
    found = TOOL.disagreeing(result)
    worse = {name: cells for name, cells in found.items() if KNOWN.get(name) != cells}
    fixed = sorted(name for name in KNOWN if name not in found)
    assert worse == {}, "new or changed disagreements (fix them, or list them in KNOWN with a reason)"
    assert fixed == [], "these now agree: take them out of KNOWN"
