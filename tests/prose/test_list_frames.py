"""A list item that only names something states what its frame (the heading or lead-in above it) says.

"- Child abuse" under "Exceptions:" states the child abuse limit; under
"Specialties:" it names what a therapist treats and states nothing; with no
frame that says either, it names the limit but tells the client nothing of
it (vague, LIM004 with its own message, never COV003's false "all clear").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_lint import meaning
from policy_lint.loading import load_bytes
from prose_files import coverage_of_bytes, make_docx

# (vague40, session 22: "Legal proceedings" alone names no court, order or subpoena and reads court_order vague even
# under a frame of limits; the court named keeps these tests' stated)
NAMES = ["Danger to self", "Danger to others", "Child abuse", "Elder abuse", "Court orders"]
LIMITS = ("harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "court_order")


def _page(lead: str | None, heading: str = "Confidentiality", items: list[str] = NAMES) -> bytes:
    lines = [f"# {heading}", "", "What you say in therapy is private.", ""]
    if lead is not None:
        lines += [lead, ""]
    lines += [f"- {item}" for item in items]
    return ("\n".join(lines) + "\n").encode()


_coverage = coverage_of_bytes


@pytest.mark.parametrize(
    "frame",
    [
        "Limits of confidentiality",
        "Exceptions",
        "Exceptions:",
        "I must break confidentiality if:",
        "When we may share",
        "When we may have to share information",
        "The following are the exceptions:",
        "Confidentiality does not apply when:",
        "Mandated reporting and other exceptions",
        "We may need to pass information to someone outside the service:",
        # "except" alone (real2: an Ontario practice's "bound by a code of ethics to maintain confidentiality except
        # where there is:")
        "Your therapist keeps what you say confidential except where there is:",
        "Everything stays between us, except in these cases:",
        # (real5: school counselors' lead-ins)
        "Times Confidentiality will be broken:",
        "Confidentiality cannot be maintained when:",
        # a last sentence that only points back takes its kind from the sentence before (real8: an Australian FAQ,
        # a school's peer helpers)
        "There are a few situations in which confidentiality can be breached. These include:",
        "There are only three times confidentiality would be broken. This is if:",
        "Confidentiality may be breached in some cases. They are:",
        # "only" between the verb and its participle (review15)
        "Confidentiality can only be broken if:",
        "Confidentiality will only be breached when:",
        # (tune19d) a sharing of ours with someone else, not what the client comes to see us about
        "Times we must talk to someone else about what you tell us:",
    ],
)
def test_a_frame_that_says_limits_makes_a_bare_item_state_its_limit(frame: str) -> None:
    assert meaning.list_frame("Child abuse", [frame]) is None
    got = _coverage(_page(frame))
    assert all(got[t] == "stated" for t in LIMITS), got


@pytest.mark.parametrize(
    "frame",
    ["Specialties:", "Specialties", "Areas I work with", "I specialize in:", "What I treat", "Issues we help with", "Our services", "Services", "Issues", "I have experience with:", "Areas of focus",
     # a child counsellor's page for parents (real3)
     "What I can help your child with", "Things we can help with",
     # what a student may come to see the counsellor about (tune19d: a New Zealand school's page)
     "You could see them about any issue which gets in the way of your learning (the following are examples):",
     "Students often see the counsellor about:", "You can talk to us about things like:"],
)
def test_a_frame_about_services_makes_a_bare_item_state_nothing(frame: str) -> None:
    assert meaning.list_frame("Child abuse", [frame]) == "quiet"
    got = _coverage(_page(frame, items=["Child abuse", "Anxiety", "Grief", "Danger to self"]))
    assert got["child_abuse"] == "missing" and got["harm_to_self"] == "missing", got


def test_no_frame_makes_a_bare_item_vague_not_stated() -> None:
    assert meaning.list_frame("Child abuse", ["What you say in therapy is private.", "Confidentiality"]) == "vague"
    assert meaning.list_frame("Child abuse", []) == "vague"
    got = _coverage(_page(None))
    assert all(got[t] == "vague" for t in LIMITS), got


@pytest.mark.parametrize(
    "item",
    [
        "If a child is being abused, we must report it.",
        "We report suspected child abuse to the county.",
        "You are a danger to yourself.",
        "When a judge orders us to share records",
        "Reporting suspected child abuse",
    ],
)
def test_an_item_that_says_something_itself_counts_with_no_frame(item: str) -> None:
    assert meaning.list_frame(item, ["Confidentiality"]) is None


def test_an_item_with_an_act_of_sharing_counts_even_under_a_services_frame() -> None:
    assert meaning.list_frame("We report child abuse to the county.", ["Specialties:"]) is None
    assert meaning.list_frame("Survivors of child abuse", ["Specialties:"]) == "quiet"


def test_the_nearest_frame_that_says_something_decides() -> None:
    # The lead-in says nothing either way: the heading decides.
    assert meaning.list_frame("Child abuse", ["Examples include:", "Limits of confidentiality"]) is None
    assert meaning.list_frame("Child abuse", ["Examples include:", "About me", "Specialties"]) == "quiet"
    # The lead-in decides before the heading.
    assert meaning.list_frame("Child abuse", ["I specialize in:", "Limits of confidentiality"]) == "quiet"
    # A frame that says both decides nothing.
    assert meaning.list_frame("Child abuse", ["Our services have limits"]) == "vague"
    # Only the last sentence of a lead-in frames the list.
    assert meaning.list_frame("Child abuse", ["Confidentiality has limits. I specialize in:"]) == "quiet"


def test_a_higher_heading_frames_a_list_under_a_plain_subheading() -> None:
    raw = b"# Limits of confidentiality\n\n## Examples\n\n- Child abuse\n- Danger to self\n"
    got = _coverage(raw)
    assert got["child_abuse"] == "stated" and got["harm_to_self"] == "stated"
    raw = b"# About me\n\n## My work\n\n- Child abuse\n- Danger to self\n"
    assert _coverage(raw)["child_abuse"] == "vague"


def test_a_lead_in_under_another_heading_is_not_the_frame() -> None:
    raw = b"# Exceptions\n\nWe must share information when you are in danger.\n\n# Specialties\n\n- Child abuse\n"
    assert _coverage(raw)["child_abuse"] == "missing"


def _findings(path: Path, run_cli: Any) -> list[tuple[str, str]]:
    import json

    report = json.loads(run_cli("check", "--isolated", "-f", "json", str(path)).stdout)
    return [(f["rule"], f["message"]) for fr in report["files"] for f in fr["findings"]]


def test_check_says_a_bare_list_only_names_the_limits(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "policy.md"
    path.write_bytes(_page(None))
    found = _findings(path, run_cli)
    rules = {r for r, _ in found}
    assert {"COV001", "COV003", "COV005"}.isdisjoint(rules)  # vague, not missing: a warning at the words
    named = [m for r, m in found if r == "LIM004"]
    assert "'Child ... abuse' names abuse or neglect of a child, but the list does not say that you would share anything then." in named
    assert len(named) == 5


def test_check_finds_no_limit_in_a_list_of_specialties(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "policy.md"
    path.write_bytes(_page("Specialties:", items=["Child abuse", "Anxiety", "Grief"]))
    rules = {r for r, _ in _findings(path, run_cli)}
    assert "COV003" in rules and "LIM004" not in rules


def test_check_passes_a_bare_list_under_exceptions(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "policy.md"
    path.write_bytes(_page("Exceptions:"))
    rules = {r for r, _ in _findings(path, run_cli)}
    assert {"COV001", "COV002", "COV003", "COV004", "COV005", "LIM004"}.isdisjoint(rules)


def test_a_word_file_reads_its_lists_by_their_frame(tmp_path: Path) -> None:
    def docx(lead: str) -> dict[str, str]:
        blocks = [("heading", "Confidentiality"), ("paragraph", lead)] + [("list_item", n) for n in NAMES]
        path = make_docx(tmp_path / "policy.docx", blocks)
        return _coverage(path.read_bytes(), "policy.docx")

    assert docx("I must break confidentiality if:")["child_abuse"] == "stated"
    assert docx("Specialties:")["child_abuse"] == "missing"
    assert docx("What you say is private.")["child_abuse"] == "vague"


def test_why_says_how_the_frame_counts(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "policy.md"
    path.write_bytes(_page(None))
    out = run_cli("why", str(path)).stdout
    assert "child_abuse: vague" in out and "nothing above the list says that the list holds limits" in out
    path.write_bytes(_page("Specialties:"))
    assert "the heading or line above this list says it lists something else" in run_cli("why", str(path)).stdout


def test_an_import_draft_files_no_limit_for_a_bare_list(tmp_path: Path) -> None:
    doc = load_bytes(_page(None), "policy.md").document
    assert doc is not None and "limits" not in doc.data
    doc = load_bytes(_page("Exceptions:"), "policy.md").document
    assert doc is not None and [x["category"] for x in doc.data["limits"]] == list(LIMITS)


def test_a_passage_frame_applies_to_what_it_states() -> None:
    said = meaning.read_passage("Child abuse")
    assert [s.stance for s in meaning.framed(said, None)] == ["states"]
    assert [s.stance for s in meaning.framed(said, "vague")] == ["vague"]
    assert meaning.framed(said, "quiet") == ()
    got = meaning.coverage([meaning.Passage("/blocks/0", "Child abuse", (), None, "vague")])
    assert {c["topic"]: c["status"] for c in got}["child_abuse"] == "vague"


def test_a_law_rule_does_not_take_a_specialty_for_a_limit(tmp_path: Path, run_cli: Any) -> None:
    folder = tmp_path / "AU-NSW"
    folder.mkdir()
    path = folder / "policy.md"
    path.write_bytes(b"# About me\n\nSpecialties:\n\n- Child abuse\n- Grief\n\n# Confidentiality\n\nWhat you say is private.\n")
    jur = [m for r, m in _findings(path, run_cli) if r == "JUR701"]
    assert jur and all("This limit does not say who you report to" not in m for m in jur)
    assert any("does not say that you must report a child at risk" in m for m in jur)


def test_import_leaves_out_what_a_frame_says_is_no_limit(tmp_path: Path, run_cli: Any) -> None:
    """The draft does not turn a list of specialties into text that check would read as limits."""
    from ruamel.yaml import YAML

    page = tmp_path / "policy.md"
    page.write_bytes(_page("Specialties:"))
    text = run_cli("import", str(page)).stdout
    data = YAML(typ="safe", pure=True).load(text)
    assert "limits" not in data, text
    assert "Child abuse" not in (data["confidentiality"].get("details") or ""), text
    assert "Left out:" in text and "what you treat or offer" in text and '"Child abuse"' in " ".join(text.split())
    draft = tmp_path / "draft.yaml"
    draft.write_text(text, encoding="utf-8")
    rules = {r for r, _ in _findings(draft, run_cli)}
    assert {"COV001", "COV003", "COV005"} <= rules  # never a false all-clear in the draft


def test_import_keeps_a_bare_list_that_check_reads_as_vague(tmp_path: Path, run_cli: Any) -> None:
    """(parity14) A bare list's items only name limits: the page reads them vague. The draft keeps them in details as
    a list ("- Child abuse"), where check reads them vague too (not missing, as when the draft left them out, and
    never stated: a false all clear)."""
    from ruamel.yaml import YAML

    page = tmp_path / "policy.md"
    page.write_bytes(_page(None))
    text = run_cli("import", str(page)).stdout
    data = YAML(typ="safe", pure=True).load(text)
    assert "limits" not in data, text
    assert "- Child abuse\n- Elder abuse\n" in data["confidentiality"]["details"], text
    draft = tmp_path / "draft.yaml"
    draft.write_text(text, encoding="utf-8")
    assert _coverage(draft.read_bytes(), "draft.yaml") == _coverage(_page(None))
    assert all(_coverage(draft.read_bytes(), "draft.yaml")[t] == "vague" for t in LIMITS)
    flat = " ".join(text.replace("#", " ").split())
    assert "It names some limits only in general words (abuse or neglect of a child:" in flat
    found = _findings(draft, run_cli)
    rules = {r for r, _ in found}
    assert {"COV001", "COV003", "COV005"}.isdisjoint(rules) and "LIM004" in rules, found


def test_the_left_out_comment_is_plain(tmp_path: Path, run_cli: Any) -> None:
    from test_own_words import _problems

    page = tmp_path / "policy.md"
    said = []
    for lead, mark in ((None, "# \"Danger to self\""), ("Specialties:", "# Left out")):
        page.write_bytes(_page(lead))
        lines = run_cli("import", str(page)).stdout.splitlines()
        start = next(k for k, line in enumerate(lines) if line.lstrip().startswith(mark))
        block = []
        for line in lines[start:]:
            if not line.lstrip().startswith("#"):
                break
            block.append(line.lstrip().lstrip("# "))
        said.append(" ".join(block))
    for text in said:
        assert _problems(text) == [], text


def test_the_why_notes_are_plain(tmp_path: Path, run_cli: Any) -> None:
    from test_own_words import _problems

    path = tmp_path / "policy.md"
    notes = []
    for lead, mark in ((None, "this list item only names it"), ("Specialties:", "read nothing that counts: the heading or line")):
        path.write_bytes(_page(lead))
        line = next(x for x in run_cli("why", str(path)).stdout.splitlines() if mark in x)
        notes.append(line[line.index(mark) :].strip(" ()"))
    assert all(_problems(n) == [] for n in notes), notes


# A danger named with its person and no act ("You are in danger") is vague alone; under a lead-in or heading
# that says its items are limits ("When we must share information"), the frame gives the act: stated (real3: a
# real easy-read privacy page's list). A danger with no person named stays vague under any frame.
@pytest.mark.parametrize(
    ("heading", "lead", "want"),
    [
        ("When we must share information", "Sometimes we must share information to keep people safe. This happens when:", "stated"),
        ("Confidentiality", "We have to break confidentiality when:", "stated"),
        ("About our sessions", "Things we talk about:", "vague"),
        ("Confidentiality", None, "vague"),
    ],
)
def test_a_frame_of_limits_gives_a_named_danger_its_act(heading: str, lead: str | None, want: str) -> None:
    got = _coverage(_page(lead, heading, ["You are in danger", "Someone else is in danger"]))
    assert got["harm_to_self"] == want and got["harm_to_others"] == want, got


def test_a_frame_of_limits_leaves_a_danger_with_no_person_vague() -> None:
    got = _coverage(_page("We have to break confidentiality when:", "Confidentiality", ["Someone's safety is at risk"]))
    assert got["harm_to_self"] == "vague" and got["harm_to_others"] == "vague", got


def test_a_title_over_words_that_say_nothing_counts_under_a_frame_of_limits() -> None:
    """ "- Harm to self. Every effort will be made to keep you safe." names an exception under "except in the
    following situations:" (a real US page, real2): stated. With no such frame, a title over words that say nothing of
    sharing stays vague, as a YAML limit's title counts only where its explanation speaks."""
    items = ["Harm to self. Every effort will be made to keep you safe.", "Child abuse. We care about every child."]
    framed_page = _page("Information can be disclosed without your permission except in the following situations:", items=items)
    got = _coverage(framed_page)
    assert got["harm_to_self"] == "stated" and got["child_abuse"] == "stated", got
    got = _coverage(_page(None, items=items))
    assert got["harm_to_self"] == "vague" and got["child_abuse"] == "vague", got
    got = _coverage(_page("Specialties:", items=items))
    assert got["harm_to_self"] == "missing" and got["child_abuse"] == "missing", got



def test_a_label_over_a_bare_condition_counts_under_a_frame_of_limits() -> None:
    """ "- Abuse or neglect: if your therapist believes a child is being neglected." is one sentence, a label and a
    condition that names no disclosure: meaning reads the label as a title over nothing (review14), so with no frame
    it is vague; under "Exceptions include:" it names an exception and states it, as "Harm to self. ..." does (real7:
    a New York practice's list read vague for four limits after review14). Under "Specialties:" it states nothing."""
    items = [
        "Abuse or neglect: if your therapist believes a child or a vulnerable adult is being neglected.",
        "Harm to self or others: when your therapist believes you are in danger of hurting yourself or another person.",
    ]
    got = _coverage(_page("Exceptions include:", items=items))
    assert all(got[t] == "stated" for t in ("child_abuse", "dependent_adult_abuse", "harm_to_self", "harm_to_others")), got
    got = _coverage(_page(None, items=items))
    assert all(got[t] == "vague" for t in ("child_abuse", "dependent_adult_abuse", "harm_to_self", "harm_to_others")), got
    got = _coverage(_page("Specialties:", items=items))
    assert all(got[t] == "missing" for t in ("child_abuse", "dependent_adult_abuse", "harm_to_self", "harm_to_others")), got

# A lead-in or heading whose word of sharing or duty is negated, or is the client's own act, says no list of limits
# (review14): "- You are in danger" under "In a crisis, you must call 911 if:" or "We will never share what you tell
# us, even when:" is no time we share. Such a page read stated for both dangers (a false all clear); under the
# negated lead-in the page's contradiction was lost too.
@pytest.mark.parametrize(
    "frame",
    [
        "In a crisis, you must call 911 or go to the nearest emergency room if:",
        "Things you can share in your sessions:",
        "You are required to tell us before your first session if:",
        "You have to tell us right away if:",
    ],
)
def test_the_clients_own_duty_or_act_is_no_frame_of_limits(frame: str) -> None:
    assert not meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert got["harm_to_self"] == "vague" and got["harm_to_others"] == "vague" and got["child_abuse"] == "vague", got


@pytest.mark.parametrize(
    "frame",
    [
        "We will never share what you tell us, even when:",
        "We do not report or share anything, not even when:",
        "We won't disclose what you say, even if:",
        "We are not required to report:",
    ],
)
def test_a_negated_act_is_no_frame_of_limits(frame: str) -> None:
    assert not meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert all(got[t] != "stated" for t in ("harm_to_self", "harm_to_others", "child_abuse")), got


@pytest.mark.parametrize(
    "frame",
    [
        "We will not share what you say without your consent, except when:",
        "We do not need your consent to share information when:",
        "Nothing you say is shared, except when:",
        "What you share may be disclosed without your consent when:",
        "We do not have to ask you before we share information when:",
        "Confidentiality is not absolute. We must share information when:",
    ],
)
def test_a_frame_of_limits_beside_a_negation_or_the_client_still_says_limits(frame: str) -> None:
    assert meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert got["harm_to_self"] == "stated" and got["child_abuse"] == "stated", got


@pytest.mark.parametrize(
    "frame",
    ["When we may have to end therapy or refer you elsewhere", "We may have to stop seeing you and refer you to a hospital if:"],
)
def test_a_duty_to_do_something_else_is_no_frame_of_limits(frame: str) -> None:
    """A duty of ours that lets nothing out ("we may have to end therapy") frames a list of other reasons: "- You are
    in danger" under it is no time we share (review14: it read stated). Near miss: "When we must report" stays one."""
    assert not meaning.frame_says_limits([frame]) and meaning.frame_says_limits(["When we must report"])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger"]))
    assert got["harm_to_self"] == "vague" and got["harm_to_others"] == "vague", got


# real6: a lead-in that only points back ("They include:") takes the paragraph above it as its frame, too; in a text
# file a short line like it is read as a heading, and points back the same way.
@pytest.mark.parametrize("name", ["policy.txt", "policy.md"])
def test_a_lead_in_that_points_back_is_framed_by_the_paragraph_above(name: str) -> None:
    text = (
        "Confidentiality matters. There are some limits to it: matters that have to be disclosed by law.\n\n"
        "They include:\n\n"
        "- Clients threatening to commit suicide.\n"
    )
    assert _coverage(text.encode(), name)["harm_to_self"] == "stated"
    # Near miss: the same short lead-in under a paragraph about services states nothing
    text = "We offer a range of support.\n\nThey include:\n\n- Clients threatening to commit suicide.\n"
    assert _coverage(text.encode(), name)["harm_to_self"] != "stated"


# real11: a lead-in that points back after a list ("This is including but not limited to:") takes that list's lead-in
# as its frame, so the second list names limits as the first does (a Scottish university page).
@pytest.mark.parametrize("name", ["policy.txt", "policy.md"])
@pytest.mark.parametrize("lead", ["This includes but is not limited to:", "This is including but not limited to:"])
def test_a_lead_in_that_points_back_after_a_list_takes_that_lists_frame(name: str, lead: str) -> None:
    text = (
        "We may have to break confidentiality in these situations:\n\n"
        "- When you are at serious risk of harming yourself.\n\n"
        f"{lead}\n\n"
        "- Child protection issues\n"
        "- Adult protection issues\n"
    )
    got = _coverage(text.encode(), name)
    assert got["child_abuse"] == "stated" and got["dependent_adult_abuse"] == "stated", got
    # Near miss: a lead-in of its own after the list frames nothing
    got = _coverage(text.replace(lead, "More topics:").encode(), name)
    assert got["child_abuse"] == "vague", got


# real11: a comma is no word, so "a confidential service, we may elect to break confidentiality in the following
# circumstances:" is no "services we ..." frame of services: it frames limits. "Services we offer:" still frames none.
def test_a_service_named_before_a_comma_is_no_frame_of_services() -> None:
    lead = "While we are a confidential service, we may elect to break confidentiality in the following circumstances:"
    assert meaning.frame_says_limits([lead])
    assert not meaning.frame_says_limits(["Services we offer:"])
    got = _coverage(_page(lead, items=["Child protection issues"]))
    assert got["child_abuse"] == "stated", got


# real6: an item that is only a condition ("If you or another person are at risk") under a frame of limits is the
# exception itself: the two harms it names are stated. Generic words in it stay vague, and so does the condition
# with no frame of limits.
def test_a_bare_condition_under_a_frame_of_limits_states_its_harms() -> None:
    text = (
        "Everything we discuss stays with us, but there are exceptions to this, including:\n\n"
        "1: If you or another person are in danger.\n\n"
        "2: If a court of law orders us to disclose information about you.\n"
    )
    got = _coverage(text.encode(), "policy.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got
    assert got["court_order"] == "stated", got
    text = "Some things we can help with:\n\n1: If you or another person are in danger.\n"
    got = _coverage(text.encode(), "policy.txt")
    assert got["harm_to_self"] != "stated" and got["harm_to_others"] != "stated", got


def test_markdown_number_colon_lines_under_a_frame_of_limits_read_as_in_text() -> None:
    # "1:" lines on consecutive lines of a Markdown paragraph are list items, as in a text file (review15)
    text = (
        "Everything we discuss stays with us, but there are exceptions to this, including:\n"
        "1: If you or another person are in danger.\n"
        "2: If a court of law orders us to disclose information about you.\n"
    )
    for name in ("policy.md", "policy.txt"):
        got = _coverage(text.encode(), name)
        assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", (name, got)
        assert got["court_order"] == "stated", (name, got)
    got = _coverage(b"Some things we can help with:\n1: If you or another person are in danger.\n", "policy.md")
    assert got["harm_to_self"] != "stated" and got["harm_to_others"] != "stated", got


@pytest.mark.parametrize(
    "frame",
    [
        # the sentence before says services: the pointer takes that kind
        "We offer many services for families. These include:",
        # the last sentence says something itself: the sentence before is not asked
        "Confidentiality can be breached in rare cases. Our services include:",
    ],
)
def test_a_pointer_back_after_services_still_states_nothing(frame: str) -> None:
    assert meaning.list_frame("Child abuse", [frame]) == "quiet"


def test_a_pointer_back_after_a_sentence_that_says_nothing_stays_vague() -> None:
    # "These include:" after a sentence that says neither limits nor services: no frame, the bare item is vague
    assert meaning.list_frame("Child abuse", ["Please read this page with care. These include:"]) == "vague"


@pytest.mark.parametrize(
    "frame",
    [
        "Nobody can breach confidentiality. This includes:",
        "No one here will break confidentiality, even when:",
        "There are no times confidentiality will be broken. They include:",
        "Other group members may breach confidentiality. This includes:",
        "Your friends in the group may break confidentiality. This includes:",
        "Others in the group may share what you say, such as when:",
    ],
)
def test_a_frame_whose_sharer_is_no_one_or_someone_else_is_no_frame_of_limits(frame: str) -> None:
    """review15: "Nobody can breach confidentiality", "There are no times confidentiality will be broken" or "Other
    group members may breach confidentiality" says no time we share: "- You are in danger" under it read stated."""
    assert not meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert all(got[t] != "stated" for t in ("harm_to_self", "harm_to_others", "child_abuse")), got


@pytest.mark.parametrize(
    "frame",
    [
        "No one will break confidentiality, except when:",
        "Nobody else sees your file. We must share information when:",
        "Staff members may break confidentiality when:",
        "There are a few times confidentiality will be broken. They include:",
        "Your therapist may break confidentiality if:",
        "Fellow clinicians on our team may share information when:",
        "There are no times confidentiality will be broken without telling you first. These are:",
    ],
)
def test_near_misses_of_a_sharer_who_is_no_one_still_frame_limits(frame: str) -> None:
    assert meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert got["harm_to_self"] == "stated" and got["child_abuse"] == "stated", got


@pytest.mark.parametrize(
    "frame",
    [
        "Confidentiality can be breached only with your consent. This includes:",
        "We share information only with your written consent, such as:",
        "We only share information with your permission. This includes:",
        "Confidentiality can be broken only if you ask us to, such as when:",
        "We may share information with your written consent, for example:",
        "With your permission, we can share what you tell us. This includes:",
    ],
)
def test_a_sharing_only_by_consent_is_no_frame_of_limits(frame: str) -> None:
    """review15: a sharing that only the client's consent allows names no time we share without it."""
    assert not meaning.frame_says_limits([frame])
    got = _coverage(_page(frame, items=["You are in danger", "Someone else is in danger", "Child abuse"]))
    assert all(got[t] != "stated" for t in ("harm_to_self", "harm_to_others", "child_abuse")), got


@pytest.mark.parametrize(
    "frame",
    [
        "Confidentiality can be broken only if you are at risk, such as:",
        "We share information without your consent only when:",
        "Most of the time we share only with your consent. We must share information without it when:",
        "We share information with your consent, or without it when:",
        "We never share anything except with your consent or when:",
        "We may share information with your consent or as the law requires, such as:",
        "We share only with your consent or when the law requires it:",
    ],
)
def test_near_misses_of_a_sharing_only_by_consent_still_frame_limits(frame: str) -> None:
    assert meaning.frame_says_limits([frame])


def test_a_limit_told_by_the_client_is_no_consent() -> None:
    assert meaning.frame_says_limits(["Confidentiality can be broken only if you tell us you plan to hurt someone. These include:"])


# frames17: an item under a lead-in that frames it takes the lead-in's frame whether it is a bare name or a longer
# phrase that completes the lead-in ("- Child abuse you saw as a child,"). Under a refusal ("I do not have to tell
# anyone about:") such an item read as written and stated its limit, though the bare name read contradicted: the
# lead-in's refusal was lost (a false "stated", a false all clear in waiting). An item with an act of its own ("- We
# must report child abuse.") is a sentence of its own and still reads by itself.
REFUSALS = [
    "I do not have to tell anyone about:",
    "We will never disclose:",
    "I am not required to report:",
    "We will never share what you tell us, even when:",
    "Nobody can breach confidentiality. This includes:",
    "We share information when the law requires it. This does not include:",
    "We share information when the law requires it. These do not cover:",
    "You have to tell us right away about:",
    "We only share information with your permission. This includes:",
]
LONGER = ["Child abuse you saw as a child,", "Plans you make to hurt yourself,", "Court orders for your records."]
BARE = ["Child abuse", "Danger to self", "Court orders"]
SAID = ("child_abuse", "harm_to_self", "court_order")


@pytest.mark.parametrize("lead", REFUSALS)
@pytest.mark.parametrize("items", [BARE, LONGER], ids=["bare", "longer"])
def test_an_item_that_completes_a_refusal_is_not_stated(lead: str, items: list[str]) -> None:
    assert not meaning.frame_says_limits([lead])
    assert all(meaning.list_frame(item, [lead, "Confidentiality"]) == "vague" for item in items)
    got = _coverage(_page(lead, items=items))
    assert all(got[t] != "stated" for t in SAID), got
    # the lead-in decides before a heading of limits above it
    got = _coverage(_page(lead, heading="Limits of confidentiality", items=items))
    assert all(got[t] != "stated" for t in SAID), got


def test_a_longer_item_reads_as_its_bare_name_under_a_refusal() -> None:
    """The review's page: the longer items read as the bare ones do (contradicted, by the lead-in's refusal)."""
    lead = "I do not have to tell anyone about:"
    assert _coverage(_page(lead, items=LONGER)) == _coverage(_page(lead, items=BARE))
    assert _coverage(_page(lead, items=LONGER))["child_abuse"] == "contradicted"


LAYOUTS_OF_A_LIST = {
    "policy.md": "# Confidentiality\n\nWhat you say is private.\n\n{lead}\n\n{items}\n",
    "policy.txt": "Confidentiality\n\nWhat you say is private.\n\n{lead}\n\n{items}\n",
    "policy.html": "<h1>Confidentiality</h1><p>What you say is private.</p><p>{lead}</p><ul>{items}</ul>",
}


def _laid_out(name: str, lead: str, items: list[str]) -> bytes:
    if name.endswith(".html"):
        listed = "".join(f"<li>{item}</li>" for item in items)
    else:
        listed = "\n".join(f"- {item}" for item in items)
    return LAYOUTS_OF_A_LIST[name].format(lead=lead, items=listed).encode()


@pytest.mark.parametrize("name", list(LAYOUTS_OF_A_LIST))
def test_every_reader_takes_the_refusal_for_a_longer_item(name: str) -> None:
    lead = "I do not have to tell anyone about:"
    got = _coverage(_laid_out(name, lead, LONGER), name)
    assert all(got[t] == "contradicted" for t in SAID), (name, got)
    # near miss: a sentence of its own reads by itself
    got = _coverage(_laid_out(name, lead, ["We must report child abuse to the county."]), name)
    assert got["child_abuse"] == "stated", (name, got)
    # a lead-in of limits makes the same longer items stated
    got = _coverage(_laid_out(name, "I must share information about:", LONGER), name)
    assert all(got[t] == "stated" for t in SAID), (name, got)


def test_an_html_lead_in_with_no_paragraph_and_a_word_file_take_the_refusal_too(tmp_path: Path) -> None:
    raw = b"<h1>Confidentiality</h1>I do not have to tell anyone about:<ul><li>Child abuse you saw as a child,</li></ul>"
    assert _coverage(raw, "policy.html")["child_abuse"] == "contradicted"
    blocks = [("heading", "Confidentiality"), ("paragraph", "I do not have to tell anyone about:")] + [("list_item", n) for n in LONGER]
    path = make_docx(tmp_path / "policy.docx", blocks)
    got = _coverage(path.read_bytes(), "policy.docx")
    assert all(got[t] == "contradicted" for t in SAID), got


@pytest.mark.parametrize(
    "lead",
    [
        "I must share information about:",
        "Confidentiality does not apply to:",
        "Exceptions include:",
        "I may break confidentiality in cases of:",
        "Things I must report:",
        "What you say in therapy is private. This does not apply to:",
        "This includes but is not limited to:",
    ],
)
@pytest.mark.parametrize("items", [BARE, LONGER], ids=["bare", "longer"])
def test_an_item_that_completes_a_lead_in_of_limits_is_stated(lead: str, items: list[str]) -> None:
    frames = [lead, "Confidentiality"] if not lead.startswith("This includes") else [lead, "We may have to break confidentiality in these situations:"]
    assert all(meaning.list_frame(item, frames) is None for item in items)
    if not lead.startswith("This includes"):
        got = _coverage(_page(lead, items=items))
        assert all(got[t] == "stated" for t in SAID), got


@pytest.mark.parametrize(
    "item",
    [
        "We must report child abuse.",
        "If a child is being abused, we must report it.",
        "Child abuse, which we have to report to the county",
        "Your therapist reports child abuse to the state.",
        "Child abuse (mandatory reporting)",
        "Reporting suspected child abuse",
    ],
)
def test_an_item_with_an_act_of_its_own_reads_by_itself_under_a_refusal(item: str) -> None:
    assert meaning.list_frame(item, ["We will never disclose:"]) is None
    assert _coverage(_page("We will never disclose:", items=[item]))["child_abuse"] == "stated"


@pytest.mark.parametrize(
    "item",
    [
        "Child abuse you saw as a child",
        "Abuse of a child that you tell me about",
        "Things your child tells us about abuse",
        "A court order to release your records",
        "Any abuse of a child you disclose to me",
        "a child is being abused",
    ],
)
def test_an_item_whose_act_is_the_clients_or_a_nouns_completes_the_lead_in(item: str) -> None:
    assert meaning.list_frame(item, ["We will never disclose:"]) == "vague"
    assert meaning.list_frame(item, ["Specialties:"]) == "quiet"


def test_near_miss_a_lead_in_that_is_no_frame_leaves_items_as_they_were() -> None:
    """"Here is what we cover:" frames nothing: a bare name is vague, a longer item reads by itself, as before."""
    lead = "Here is what we cover:"
    assert meaning.list_frame("Child abuse", [lead, "Confidentiality"]) == "vague"
    assert meaning.list_frame("Child abuse you saw as a child", [lead, "Confidentiality"]) is None
    assert _coverage(_page(lead, items=BARE))["child_abuse"] == "vague"


def test_a_refusal_reaches_a_nested_list_but_not_across_a_heading() -> None:
    lead = "I do not have to tell anyone about:"
    nested = f"# Confidentiality\n\n{lead}\n\n- Things from your past:\n  - Child abuse you saw as a child\n  - Plans you make to hurt yourself\n"
    got = _coverage(nested.encode())
    assert got["child_abuse"] == "contradicted" and got["harm_to_self"] == "contradicted", got
    # a nested lead item of limits under it decides first
    own = f"# Confidentiality\n\n{lead}\n\n- Your past. But we must report:\n  - Child abuse you saw as a child\n"
    assert _coverage(own.encode())["child_abuse"] == "stated"
    # a nested list under a lead-in of limits takes it too
    limits = "# Confidentiality\n\nWe must share information about:\n\n- Safety:\n  - Child abuse you saw as a child\n"
    assert _coverage(limits.encode())["child_abuse"] == "stated"
    # no frame across a heading: the heading of limits between decides
    across = f"# Confidentiality\n\n{lead}\n\n## Limits of confidentiality\n\n- Child abuse you saw as a child\n- Court orders\n"
    got = _coverage(across.encode())
    assert got["child_abuse"] == "stated" and got["court_order"] == "stated", got


@pytest.mark.parametrize("name", ["policy.md", "policy.txt", "policy.html"])
@pytest.mark.parametrize("pointer", ["This does not include:", "This does not apply to:", "These do not cover:"])
def test_a_lead_in_that_says_its_items_are_not_among_the_limits_above(name: str, pointer: str) -> None:
    """ "We share information when the law requires it. / This does not include: / - Child abuse" names no limit; after
    a promise ("What you say in therapy is private.") the same lead-in names exceptions to it."""
    def page(para: str) -> bytes:
        if name.endswith(".html"):
            return f"<h1>Confidentiality</h1><p>{para}</p><p>{pointer}</p><ul><li>Child abuse you saw as a child</li><li>Court orders</li></ul>".encode()
        return f"{'# ' if name.endswith('.md') else ''}Confidentiality\n\n{para}\n\n{pointer}\n\n- Child abuse you saw as a child\n- Court orders\n".encode()

    got = _coverage(page("We share information when the law requires it."), name)
    assert got["child_abuse"] != "stated" and got["court_order"] != "stated", got
    got = _coverage(page("What you say in therapy is private."), name)
    assert got["child_abuse"] == "stated", got


#: Bare acts that complete a refusing lead-in ("We will never: - report you to child protective services").
_BARE_ACTS = ["report you to child protective services;", "warn anyone you talk about;", "share your notes with a court."]


@pytest.mark.parametrize("lead", ["We will never:", "I will not:", "Your counsellor will not:", "We are not required to:", "We don't have to:"])
def test_a_bare_act_under_a_refusing_lead_in_is_said_the_opposite_way(lead: str) -> None:
    """The lead-in refuses and leaves its act to the items: each item's limit is refused, never stated (it read stated:
    a false all clear, session 16)."""
    got = _coverage(_page(lead, items=_BARE_ACTS))
    assert (got["child_abuse"], got["duty_to_warn"], got["court_order"]) == ("contradicted",) * 3, got


@pytest.mark.parametrize("lead", ["We will:", "We may need to:", "We must:", "We will never share your information, except to:"])
def test_near_miss_a_lead_in_that_does_not_refuse_leaves_bare_acts_stated(lead: str) -> None:
    got = _coverage(_page(lead, items=_BARE_ACTS))
    assert (got["child_abuse"], got["duty_to_warn"], got["court_order"]) == ("stated",) * 3, got


def test_near_miss_an_item_with_a_subject_or_only_a_name_under_a_refusing_lead_in() -> None:
    assert meaning.list_frame("We must report child abuse.", ["We will never:"]) is None
    assert meaning.list_frame("judge you", ["We will never:"]) != meaning.REFUSED_TITLE
    got = _coverage(_page("We will never:", items=["judge you", "We must report child abuse."]))
    assert got["child_abuse"] == "stated", got


def test_a_refusing_lead_in_inside_a_yaml_passage_refuses_its_items_too() -> None:
    text = "What you say here is private. We will never:\n- report you to child protective services;\n- share your notes with a court.\n"
    got = {st.topic: st.stance for st in meaning.framed(meaning.read_passage(text), meaning.TEXT_LISTS, text)}
    assert got["child_abuse"] == got["court_order"] == "opposite", got


@pytest.mark.parametrize(
    "item, topic",
    [
        ("report you to child protective services without telling you first, unless waiting would put a child at risk.", "child_abuse"),
        ("share your records with a court without a court order or your written consent.", "court_order"),
        ("release your records to a lawyer unless a judge orders us to.", "court_order"),
        ("tell your parents what you say, unless you are at risk of serious harm.", "harm_to_self"),
        ("report you to child protective services just because you use cannabis.", "child_abuse"),
        ("tell you before we report child abuse.", "child_abuse"),
    ],
)
def test_near_miss_an_item_with_an_exception_or_a_time_of_its_own_reads_by_itself(item: str, topic: str) -> None:
    """review26: an item that says more than the refusal (an exception, a condition, "just because", a time) is a
    sentence of its own, as it reads flat; under the lead-in it read its limit contradicted, a false alarm."""
    assert meaning.list_frame(item, ["We will never:"]) != meaning.REFUSED_TITLE
    assert _coverage(_page("We will never:", items=[item]))[topic] != "contradicted"


@pytest.mark.parametrize("lead", ["Unless the law requires it, we will not:", "Except in an emergency, we will never:", "As a rule, we do not:",
                                  "Even then, we will not:"])
def test_near_miss_a_refusing_lead_in_after_an_exception_or_a_hedge_decides_nothing(lead: str) -> None:
    got = _coverage(_page(lead, items=_BARE_ACTS))
    assert all(got[t] != "contradicted" for t in ("child_abuse", "duty_to_warn", "court_order")), got


@pytest.mark.parametrize("lead", ["We will never do any of the following:", "Under no circumstances will we:", "We promise never to:",
                                  "We're not required to:", "We have no duty to:", "We will not, under any circumstances:",
                                  "What we will never do:"])
def test_other_refusing_lead_ins_refuse_their_bare_acts(lead: str) -> None:
    got = _coverage(_page(lead, items=_BARE_ACTS))
    assert (got["child_abuse"], got["duty_to_warn"], got["court_order"]) == ("contradicted",) * 3, got


def test_a_refusing_lead_in_is_found_in_its_last_sentence_only() -> None:
    """The lead-in's last sentence decides, and only its end is looked at: a long run of dots and dashes (a PDF's
    contents leaders) before it is not searched over and over (review of session 16: the first pattern took 54 s on
    40 KB of ".  - ")."""
    from policy_lint.meaning._frames import _refusing_lead

    assert _refusing_lead(".  - " * 40_000 + "We will never:")
    assert not _refusing_lead(". . . ." * 30_000)
    assert not _refusing_lead("We will never: report anything. Sometimes we must:")
