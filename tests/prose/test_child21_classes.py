"""Classes of the abuse limits read wrong over the ten sets of /work/real, fixed as classes (session 14, child21).

- (Tried and taken back: a heading that is only generic words of abuse, "Abuse or Neglect", over a section that states
  abuse limits, read as saying nothing of the groups its section does not name. Brought back in session 16 (abuse25)
  with a check that keeps the measured pages' figures; tests/prose/test_abuse25_classes.py has its paraphrases.)
- An Act's name about children is vague for child abuse, on a page as in a sentence (real17/19/20, both labellers).
- Generic words of abuse beside a danger only stay vague for the abuse limits (real19, both labellers).
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

TITLED_HTML = (
    "<h2>Limits of confidentiality</h2>\n"
    "<h4>Abuse or Neglect</h4>\n"
    "<ul><li>If there is reason to suspect that a child under 18 is being abused or neglected, I must report it to"
    " the state's child protective services.</li>\n"
    "<li>If there is reason to suspect elder abuse, a report will be made to Adult Protective Services.</li></ul>\n"
)

TITLED_TEXT = (
    "When we must share information\n\n"
    "2. Abuse or neglect\n\n"
    "If you tell us about abuse of yourself or of another minor, we are required to report it to the Department of"
    " Child Services.\n"
)

# Near miss: the same heading over a paragraph that names no group stays vague for every abuse limit
GENERIC = (
    "When we must share information\n\n"
    "Abuse or neglect\n\n"
    "If we learn that someone is being abused or neglected, we may have to tell the authorities.\n"
)


# Tried in child21 and taken back (the measured pages lost 2 cells, elder and dependent adult abuse on one web page;
# figures only); abuse25 brought it back with a check that keeps the title vague where a sentence under it, read alone,
# names no group (a HIPAA notice's "victim of abuse, neglect or domestic violence"): the measured pages keep their figures.
@pytest.mark.parametrize(("page", "name"), [(TITLED_HTML, "limits.html"), (TITLED_TEXT, "limits.txt")])
def test_a_heading_of_abuse_speaks_of_the_groups_its_section_names(page: str, name: str) -> None:
    got = coverage_of_bytes(page.encode("utf-8"), name)
    assert got["child_abuse"] == "stated", got
    assert got["dependent_adult_abuse"] == "missing", got


def test_a_heading_of_abuse_over_generic_words_stays_vague() -> None:
    got = coverage_of_bytes(GENERIC.encode("utf-8"), "limits.txt")
    assert [got[t] for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")] == ["vague"] * 3, got


def test_an_acts_name_on_a_page_is_vague_for_child_abuse() -> None:
    page = (
        "Confidentiality\n\n"
        "Some laws may require me to break confidentiality, for example the Terrorism Act and the Children Act.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "terms.txt")
    assert got["child_abuse"] == "vague", got


def test_abuse_beside_a_danger_on_a_page_is_vague() -> None:
    page = (
        "Confidentiality\n\n"
        "We keep what you say private, except:\n\n"
        "- If you or someone else is at risk of serious harm through abuse or not being looked after properly.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "limits.txt")
    assert [got[t] for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")] == ["vague"] * 3, got
