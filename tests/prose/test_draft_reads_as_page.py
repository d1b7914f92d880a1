"""An ``import`` draft reads as its page does, for the three kinds of page review15 found it did not (parity14).

1. A lead-in that shares only with the client's consent ("We share information only with your written
   consent, such as:") frames no limits: "- You are in danger" under it is vague on the page. As a heading,
   the draft made it the title of a limit over that item, and check read every limit as framed by the list
   of limits: stated. A limit's title is now the nearer frame (``meaning.LIMITS_FRAME`` only when the title
   is no such lead-in).
2. The paragraph just after a list that names a danger to others, naming whom we would tell ("In these
   cases we may also call the police."), states (or, in general words, is vague for) the duty to warn on a
   page. A limit filed under duty_to_warn after a limit filed under harm_to_others is now read so
   (``meaning.LIMITS_TAIL``), and import files a vague one as such a limit.
3. A list item that only names a limit, under nothing that says the list holds limits, is vague on the
   page; the draft left it out (missing). It now keeps it in details as a list item, and check reads a
   list in a free text as a page does (``meaning.TEXT_LISTS``).

Each page is compared with its draft cell by cell; the reading of a hand-written policy is tested too, with
near misses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from prose_files import coverage_of_bytes


def _draft(tmp_path: Path, name: str, page: str) -> tuple[dict[str, str], dict[str, str], str]:
    """The coverage of the page, of its draft, and the draft's text."""
    from policy_lint.authoring.draft import draft_policy

    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    text = draft_policy(str(path))
    return coverage_of_bytes(page.encode(), name), coverage_of_bytes(text.encode(), "draft.yaml"), text


def _policy(limits: list[dict[str, str]], details: str | None = None) -> dict[str, str]:
    """The coverage of a hand-written policy with these limits (and details)."""
    from ruamel.yaml import YAML
    import io

    data: dict[str, object] = {"schema_version": 1, "limits": limits}
    if details is not None:
        data["confidentiality"] = {"details": details}
    buf = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buf)
    return coverage_of_bytes(buf.getvalue().encode(), "policy.yaml")


# -- 1. a consent lead-in over a list --------------------------------------------------------------

CONSENT = "We share information only with your written consent, such as:"
ITEMS = ["You are in danger", "Someone else is in danger", "Child abuse"]


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("heading.md", f"# Confidentiality\n\nWhat you say in therapy is private.\n\n## {CONSENT}\n\n" + "".join(f"- {i}\n" for i in ITEMS)),
        ("lead.txt", f"Confidentiality\n\nWhat you say in therapy is private.\n\n{CONSENT}\n" + "".join(f"- {i}\n" for i in ITEMS)),
        ("lead.md", f"# Confidentiality\n\nWhat you say in therapy is private.\n\n{CONSENT}\n\n" + "".join(f"- {i}\n" for i in ITEMS)),
    ],
)
def test_a_consent_lead_in_over_a_list_reads_the_same_in_the_draft(tmp_path: Path, name: str, page: str) -> None:
    mine, theirs, text = _draft(tmp_path, name, page)
    assert mine["harm_to_self"] == "vague" and mine["child_abuse"] == "vague", mine
    assert theirs == mine, text


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (CONSENT, "vague"),
        ("We may share information with your written consent, for example:", "vague"),
        ("We only share information with your permission. This includes:", "vague"),
        # near misses: a title that says the list holds limits, or none, leaves the list of limits as the frame
        ("When we must share information", "stated"),
        ("We share information with your consent, or without it when:", "stated"),
        ("We may share information with your consent or as the law requires, such as:", "stated"),
        (None, "stated"),
    ],
)
def test_a_limits_title_that_shares_only_by_consent_frames_no_limit(title: str | None, want: str) -> None:
    limit = {"category": "harm_to_self", "explanation": "You are in danger"}
    if title is not None:
        limit["title"] = title
    assert _policy([limit])["harm_to_self"] == want


# -- 2. a list's tail ------------------------------------------------------------------------------

LIST = "# Privacy at Oak Counseling\n\nWhat you say in therapy stays private. We must share information when:\n\n- you tell us you plan to seriously hurt another person\n- a child is being abused\n\n"


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        ("In these cases we may also call the police.", "stated"),
        ("In these cases the person we would contact is your GP.", "vague"),
        ("In these situations we would usually contact your GP or the crisis team.", "vague"),
    ],
)
def test_a_lists_tail_reads_the_same_in_the_draft(tmp_path: Path, tail: str, want: str) -> None:
    mine, theirs, text = _draft(tmp_path, "oak.md", LIST + tail + "\n\nIf you have questions, ask your therapist.\n")
    assert mine["duty_to_warn"] == want, mine
    assert theirs == mine, text
    assert f"explanation: {tail}" in " ".join(text.split())  # a limit of its own, word for word


def test_the_comment_on_a_vague_tail_says_why(tmp_path: Path) -> None:
    from test_own_words import _problems

    _, _, text = _draft(tmp_path, "oak.md", LIST + "In these cases the person we would contact is your GP.\n")
    lines = text.splitlines()
    at = next(k for k, line in enumerate(lines) if "It comes just after a list" in line)
    start = max(k for k in range(at + 1) if lines[k].lstrip().startswith("# From"))
    note = " ".join(line.lstrip().lstrip("# ") for line in lines[start:] if line.lstrip().startswith("#"))
    note = note[: note.index("police.") + len("police.")]
    assert "check calls the duty to warn vague, as it does on your page" in note
    assert _problems(note) == [], note


DANGER = {"category": "harm_to_others", "explanation": "If you tell us you plan to seriously hurt another person, we must act."}


@pytest.mark.parametrize(
    ("limits", "want"),
    [
        ([DANGER, {"category": "duty_to_warn", "explanation": "In these cases we may also call the police."}], "stated"),
        ([DANGER, {"category": "duty_to_warn", "explanation": "In these cases the person we would contact is your GP."}], "vague"),
        # near misses: no danger to others before it; a refusal; the police told only by the client's own choice;
        # words about the police filed under another limit
        ([{"category": "duty_to_warn", "explanation": "In these cases we may also call the police."}], "missing"),
        ([{"category": "duty_to_warn", "explanation": "In these cases we may also call the police."}, DANGER], "missing"),
        ([DANGER, {"category": "duty_to_warn", "explanation": "We never call the police."}], "missing"),
        ([DANGER, {"category": "duty_to_warn", "explanation": "We would tell the police only if you agree."}], "missing"),
        ([DANGER, {"category": "crime_law_enforcement", "explanation": "In these cases we may also call the police."}], "missing"),
        # a limit filed under harm_to_others whose words do not state it names no danger (a label is no danger)
        ([{"category": "harm_to_others", "explanation": "See above."}, {"category": "duty_to_warn", "explanation": "In these cases we may also call the police."}], "missing"),
    ],
)
def test_a_warning_limit_after_a_danger_to_others_reads_as_a_lists_tail(limits: list[dict[str, str]], want: str) -> None:
    assert _policy(limits)["duty_to_warn"] == want


# -- 3. a bare list --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("details", "want"),
    [
        ("What you say is private.\n\n- Child abuse\n- Elder abuse\n", "vague"),
        ("- Child abuse\n", "vague"),
        ("* Child abuse\n", "vague"),
        # an indented line goes on with the item above it: it leads no list
        ("- Danger to self, as in\n  Specialties:\n- Child abuse\n", "vague"),
        # near misses: a lead-in that says the list holds limits; one that says it holds something else; an item
        # that says what we do; the same words as a paragraph of their own
        ("Exceptions:\n\n- Child abuse\n- Elder abuse\n", "stated"),
        ("We must share information when:\n- Child abuse\n", "stated"),
        ("Specialties:\n\n- Child abuse\n- Grief\n", "missing"),
        ("- If we suspect child abuse, we must report it to child protective services.\n", "stated"),
        ("Child abuse\n", "stated"),
    ],
)
def test_a_list_in_details_counts_as_its_lead_in_says(details: str, want: str) -> None:
    assert _policy([], details)["child_abuse"] == want


def test_a_bare_list_reads_the_same_in_the_draft(tmp_path: Path) -> None:
    page = "# Confidentiality at Cedar Counseling\n\nWhat you say in therapy is private.\n\n- Danger to self\n- Child abuse\n- Legal proceedings\n\nIf you have questions, email us at hello@cedar.example.\n"
    mine, theirs, text = _draft(tmp_path, "cedar.md", page)
    assert mine["child_abuse"] == "vague" and mine["court_order"] == "vague", mine
    assert theirs == mine, text


# -- 4. a paragraph that only names a limit in general words, after one that names a limit ---------


def test_a_law_preface_keeps_its_vague_reading_in_the_draft(tmp_path: Path) -> None:
    """(dm26, a dev page) Read with the paragraph before it in details (one text), "law requires me" beside a named
    limit is no catch-all: the draft lost the page's vague required_by_law. The preface is now a limit of its own,
    read alone."""
    page = (Path(__file__).parent / "dev_pages" / "dm26_oklahoma_couples_family_jekyll.md").read_text(encoding="utf-8")
    mine, theirs, text = _draft(tmp_path, "couples.md", page)
    assert mine["required_by_law"] == "vague", mine
    assert theirs == mine, text
    flat = " ".join(text.replace("#", " ").split())
    assert "Among the other paragraphs of details" in flat
    assert "explanation: 'Oklahoma law requires me to disclose information in the following cases:'" in flat


def test_a_paragraph_that_states_a_limit_is_not_moved_for_its_general_words(tmp_path: Path) -> None:
    """Near miss: a paragraph that states something besides its general words stays in details."""
    page = (
        "# Privacy\n\nWhat you say in therapy is private.\n\n"
        "We report child abuse to child protective services. We may also share information when the law requires it.\n"
    )
    mine, theirs, text = _draft(tmp_path, "privacy.md", page)
    assert theirs == mine, text
    assert "Among the other paragraphs of details" not in " ".join(text.replace("#", " ").split())


def test_the_new_comments_are_plain(tmp_path: Path) -> None:
    """The comments on a list's tail filed as a limit, on a preface made a limit of its own, and on a bare list kept in
    details: plain words, each category by its label."""
    from test_own_words import _comment_problems

    pages = {
        "tail.md": LIST + "In these cases the person we would contact is your GP.\n",
        "couples.md": (Path(__file__).parent / "dev_pages" / "dm26_oklahoma_couples_family_jekyll.md").read_text(encoding="utf-8"),
        "bare.md": "# Privacy\n\nWhat you say in therapy is private.\n\n- Danger to self\n- Child abuse\n",
    }
    markers = ("It comes just after a list", "Among the other paragraphs of details", "It names some limits only in general words")
    said = []
    for name, page in pages.items():
        _, _, text = _draft(tmp_path, name, page)
        block: list[str] = []
        for line in [*text.splitlines(), ""]:  # each run of comment lines is one comment
            if line.strip().startswith("#"):
                block.append(line.strip().lstrip("#").strip())
                continue
            if any(m in " ".join(block) for m in markers):
                said.append(" ".join(block))
            block = []
    joined = " ".join(said)
    for marker in markers:
        assert marker in joined, marker
    assert _comment_problems(joined) == []


def test_why_says_how_a_policy_reads_a_list_and_a_tail(tmp_path: Path, run_cli: Any) -> None:
    """`why` on a policy gives the same notes as on a page: a bare list's item only names a limit, and a warning
    limit is read after the limit above it. Plain words."""
    from test_own_words import _problems

    path = tmp_path / "policy.yaml"
    path.write_text(
        "schema_version: 1\n"
        "confidentiality:\n  details: |\n    - Child abuse\n"
        "limits:\n"
        "  - category: harm_to_others\n    explanation: If you tell us you plan to seriously hurt another person, we must act.\n"
        "  - category: duty_to_warn\n    explanation: In these cases the person we would contact is your GP.\n",
        encoding="utf-8",
    )
    out = run_cli("why", str(path)).stdout
    notes = []
    for mark in ("this list item only names it", "read after the limit above it about a danger to someone else"):
        line = next(x for x in out.splitlines() if mark in x)
        notes.append(line[line.index(mark) :].strip(" ()"))
    assert "it says whom you contact" in notes[1]
    assert all(_problems(n) == [] for n in notes), notes
