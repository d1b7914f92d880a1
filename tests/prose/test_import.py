"""``policy-lint import``: a draft policy from prose that ``check`` judges as it judges the prose."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES
from prose_files import ASPEN_DOCX, ASPEN_TABLE, HARROGATE_MD, make_docx, make_pdf, trial_documents

PROSE = sorted(p for p in (EXAMPLES / "prose").iterdir() if p.suffix in (".md", ".html", ".txt"))
# What "coverage" means here: the findings about required limits, duties and
# the parts of the notice, by rule; and the core's coverage list, when the
# JSON output has one.
_COVERAGE_RULES = ("COV", "NOT", "DOC001", "DOC002")


def _coverage(run_cli: Callable[..., Any], path: Path) -> tuple[list[str], list[tuple[str, str]] | None]:
    report = json.loads(run_cli("check", str(path), "-f", "json", "--isolated").stdout)
    entry = report["files"][0]
    rules = sorted(f["rule"] for f in entry["findings"] if f["rule"].startswith(_COVERAGE_RULES))
    listed = entry.get("coverage")
    return rules, ([(c["topic"], c["status"]) for c in listed] if listed is not None else None)


def _effective_date_in_clinic(draft: Path, page: list[tuple[str, str]] | None, own: list[tuple[str, str]] | None) -> list[tuple[str, str]] | None:
    """The page's coverage as the draft should have it: a page's paragraph that only says
    "Effective as of ..." states npp_effective_date; the draft writes that date as
    clinic.effective_date (which NPP015 reads), not as a paragraph, so the topic is not in
    the draft's coverage list. Only that item, and only when the date is in clinic."""
    data = YAML(typ="safe", pure=True).load(draft.read_text(encoding="utf-8"))
    if page is None or own is None or not data["clinic"].get("effective_date") or ("npp_effective_date", "stated") in own:
        return page
    return [item for item in page if item != ("npp_effective_date", "stated")]


def _documents(tmp_path: Path) -> list[Path]:
    return [*PROSE, make_docx(tmp_path / "policy.docx"), make_pdf(tmp_path / "policy.pdf")]


def _draft_agrees(run_cli: Callable[..., Any], source: Path, tmp_path: Path) -> Path:
    """Import ``source`` and check that the draft reports the same coverage as the document; the draft's path."""
    draft = tmp_path / "draft.yaml"
    run = run_cli("import", str(source), "-o", str(draft))
    assert run.exit_code == 0, run.stderr
    rules, listed = _coverage(run_cli, source)
    own = _coverage(run_cli, draft)
    assert own == (rules, _effective_date_in_clinic(draft, listed, own[1]))
    return draft


@pytest.mark.parametrize("index", range(len(PROSE) + 2), ids=[p.name for p in PROSE] + ["policy.docx", "policy.pdf"])
def test_check_of_the_draft_reports_the_same_coverage_as_the_prose(index: int, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = _documents(tmp_path)[index]
    _draft_agrees(run_cli, source, tmp_path)


def test_the_draft_keeps_the_words_and_says_where_they_came_from(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = EXAMPLES / "prose" / "bullet-list.md"
    text = run_cli("import", str(source)).stdout
    data = YAML(typ="safe", pure=True).load(text)
    assert data["clinic"]["name"] == "Sunrise Counseling Center"
    assert data["clinic"]["contact"] == {"phone": "555-010-0177"}
    assert data["clinic"]["effective_date"] == "2026-01-01"
    by_category = {}
    for limit in data["limits"]:
        for cat in limit.get("categories") or [limit["category"]]:
            by_category.setdefault(cat, limit["explanation"])
    assert by_category["child_abuse"] == "we suspect a child is being abused or neglected;"
    assert by_category["court_order"] == "a court orders us to release your records."
    assert data["notification"]["at_intake"].startswith("We will discuss these limits with you at intake.")
    assert data["questions"] == "Questions? Contact Dr. Lee at 555-010-0177."
    # Each limit has a comment with its line in the source and the words that decided.
    assert "# From line 9. The words that decided: abuse or neglect of a child:" in text
    assert 'court orders and subpoenas: "court orders"' in text


def test_import_names_what_it_did_not_find(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "page.html"
    page.write_text("<main><p>What you say here stays private.</p><p>If we think a child is being abused, we must report it.</p></main>", encoding="utf-8")
    text = run_cli("import", str(page)).stdout
    assert "Not found in the text, add: jurisdiction" in text and "contact" in text and "effective_date" in text
    # "page" names a kind of file, not a practice: a placeholder that check reports, never a made-up name.
    assert "name: '[Your practice name]'  # not in the text: write your practice's name here" in text


def test_import_never_writes_over_its_input_and_refuses_yaml(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "policy.md"
    page.write_text("# Policy\n\nWhat you say stays private.\n", encoding="utf-8")
    before = page.read_bytes()
    run = run_cli("import", str(page), "-o", str(page))
    assert run.exit_code == 2 and page.read_bytes() == before
    run = run_cli("import", str(EXAMPLES / "complete.yaml"))
    assert run.exit_code == 2 and "YAML or JSON already" in run.stderr


def test_import_of_a_file_it_cannot_read_says_why(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    run = run_cli("import", str(broken))
    assert run.exit_code == 2
    assert "This file is not a Word file (.docx)" in run.stderr and "Traceback" not in run.stderr


def test_the_draft_is_written_atomically_with_its_comments(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    out = tmp_path / "out" / "policy.yaml"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    os.chmod(out, 0o640)
    run = run_cli("import", str(EXAMPLES / "prose" / "faq.md"), "-o", str(out), "--force")
    assert run.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# A draft made by policy-lint import from")
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in out.parent.iterdir()) == ["policy.yaml"]


def test_a_heading_counts_with_the_text_under_it(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """"Child abuse" over "If we suspect abuse, we must report it." states child abuse, in the page and in its draft."""
    page = tmp_path / "headings.md"
    page.write_text(
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## Child abuse\n\nIf we suspect abuse, the law says we must report it.\n\n"
        "## Harm to others\n\nSee our office for details.\n\n## Court orders\n\nA judge can order us to share records.\n",
        encoding="utf-8",
    )
    rules, listed = _coverage(run_cli, page)
    assert "COV003" not in rules  # the heading and the text under it state it
    assert "COV002" in rules  # a heading over text that says nothing states nothing
    status = dict(listed or [])
    assert status["child_abuse"] == "stated" and status["harm_to_others"] == "missing"
    # "abuse" with no one named is vague for elder and dependent adult abuse on the page (a vague
    # reading stands unless its topic is stated); the draft files the paragraph under child_abuse,
    # and in a YAML limit only the categories it is filed under count.
    assert status["elder_abuse"] == status["dependent_adult_abuse"] == "vague"
    draft = tmp_path / "draft.yaml"
    assert run_cli("import", str(page), "-o", str(draft)).exit_code == 0
    _, in_draft = _coverage(run_cli, draft)
    firm = {t: s for t, s in listed or [] if s in ("stated", "contradicted")}
    assert {t: s for t, s in in_draft or [] if s in ("stated", "contradicted")} == firm
    assert "title: Child abuse" in draft.read_text(encoding="utf-8")


def _findings(run_cli: Callable[..., Any], path: Path) -> list[dict[str, Any]]:
    return json.loads(run_cli("check", str(path), "-f", "json", "--isolated").stdout)["files"][0]["findings"]


@pytest.mark.parametrize("index", range(len(PROSE) + 2), ids=[p.name for p in PROSE] + ["policy.docx", "policy.pdf"])
def test_the_draft_passes_the_schema_and_has_a_summary(index: int, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """A draft is a valid policy (given the place the page may not name) with its opening promise as the summary."""
    source = _documents(tmp_path)[index]
    draft = tmp_path / "draft.yaml"
    assert run_cli("import", str(source), "--jurisdiction", "US", "-o", str(draft)).exit_code == 0
    found = [(f["rule"], f["message"]) for f in _findings(run_cli, draft)]
    assert [f for f in found if f[0].startswith("SCH") or f[0] == "DOC001"] == []
    data = YAML(typ="safe", pure=True).load(draft.read_text(encoding="utf-8"))
    assert data["confidentiality"]["summary"].strip()


# A page as a new user tried it: an opening promise that names permission, a limit with two
# categories, one paragraph with three duties, and an effective date on its own.
TRIAL = """<html><head><title>Privacy | Willow Counseling</title></head><body><main>
<h1>Your privacy</h1>
<p>Effective as of March 1, 2026.</p>
<p>What you say in therapy stays between you and your therapist. We do not share it without your written permission, except in the few cases below.</p>
<h2>When we must share</h2>
<ul>
<li>If you are at serious risk of harming yourself, or in a medical emergency, we may contact emergency services or a family member.</li>
<li>If we suspect that a child is being abused or neglected, the law requires us to report it to child protective services.</li>
<li>If a court orders us to release your records, we must comply.</li>
</ul>
<h2>How we tell you</h2>
<p>We explain these limits at your first visit. When we must share, we tell you before we do, when it is safe, and we share only the least information needed.</p>
<p>Questions? Email privacy@willow.example or call 555-010-0199.</p>
</main></body></html>
"""


def test_a_draft_of_the_trial_page(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "privacy.html"
    page.write_text(TRIAL, encoding="utf-8")
    draft = tmp_path / "policy.yaml"
    assert run_cli("import", str(page), "--jurisdiction", "US-CA", "-o", str(draft)).exit_code == 0
    text = draft.read_text(encoding="utf-8")
    data = YAML(typ="safe", pure=True).load(text)
    # The opening promise is the summary, not a client_authorization limit.
    assert data["confidentiality"]["summary"].startswith("What you say in therapy stays between you and your therapist.")
    assert all("client_authorization" not in (lim.get("categories") or [lim.get("category")]) for lim in data["limits"])
    # A limit with two categories is filed under both, with no made-up primary one.
    two = [lim for lim in data["limits"] if lim.get("categories") == ["harm_to_self", "emergencies"]]
    assert len(two) == 1 and "category" not in two[0]
    # The paragraph with three duties is written once; a comment names the other two.
    assert list(data["notification"]) == ["at_intake"]
    assert text.count("we share only the least information needed") == 1
    assert "It also states notification.before_disclosure" in text and "It also states notification.minimum_necessary" in text
    # The effective date and a heading alone are no details.
    assert data["clinic"]["effective_date"] == "2026-03-01"
    assert "details" not in data["confidentiality"]
    found = _findings(run_cli, draft)
    assert [f["rule"] for f in found if f["rule"].startswith(("SCH", "DOC001", "NOT"))] == []
    # The duties rules read the paragraph under at_intake for all three duties.
    listed = dict((c["topic"], (c["status"], [w["pointer"] for w in c["where"]])) for c in json.loads(run_cli("check", str(draft), "-f", "json", "--isolated").stdout)["files"][0]["coverage"])
    for duty in ("at_intake", "before_disclosure", "minimum_necessary"):
        assert listed[duty] == ("stated", ["/notification/at_intake"]), duty
    # And the page and its draft agree.
    assert _coverage(run_cli, page)[0] == _coverage(run_cli, draft)[0]


def test_a_draft_keeps_details_that_say_something(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Privacy\n\nEffective as of March 1, 2026.\n\nWhat you tell us stays private.\n\n## Our office\n\nWe keep paper records in a locked cabinet.\n\n## Court orders\n\nIf a court orders us to share records, we must.\n",
        encoding="utf-8",
    )
    data = YAML(typ="safe", pure=True).load(run_cli("import", str(page)).stdout)
    details = data["confidentiality"]["details"]
    assert details.endswith("We keep paper records in a locked cabinet.\n") and "Effective" not in details
    assert data["clinic"]["effective_date"] == "2026-03-01"


def test_a_table_header_row_is_no_detail(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Found in a trial: the header row "Who | What we do" became details: "Who. What we do" (now "Who: What we do")."""
    page = tmp_path / "page.md"
    page.write_text(
        "# Privacy\n\nWhat you tell us stays private.\n\n"
        "| Who | What we do |\n|---|---|\n| Our front desk | Opens at nine on weekdays. |\n| Parking | There is free parking behind the building. |\n",
        encoding="utf-8",
    )
    data = YAML(typ="safe", pure=True).load(run_cli("import", str(page)).stdout)
    details = (data.get("confidentiality") or {}).get("details") or ""
    assert "What we do" not in details
    assert "Opens at nine" in details and "free parking" in details  # the rows under it stay


def test_a_short_first_row_alone_is_kept(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """One row is no header over other rows: its words stay."""
    page = tmp_path / "page.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n\n| Office hours | Monday to Friday |\n|---|---|\n", encoding="utf-8")
    data = YAML(typ="safe", pure=True).load(run_cli("import", str(page)).stdout)
    assert "Monday to Friday" in (data.get("confidentiality") or {}).get("details", "")


def test_import_refuses_an_existing_file_unless_force(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "privacy.html"
    page.write_text(TRIAL, encoding="utf-8")
    out = tmp_path / "policy.yaml"
    out.write_text("# my own policy\n", encoding="utf-8")
    run = run_cli("import", str(page), "-o", str(out))
    assert run.exit_code == 2 and out.read_text(encoding="utf-8") == "# my own policy\n"
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "policy.yaml already exists" in lines[0] and "--force" in lines[0]
    run = run_cli("import", str(page), "-o", str(out), "--force")
    assert run.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# A draft made by policy-lint import")
    # Never over the file it reads, even with --force.
    before = page.read_bytes()
    run = run_cli("import", str(page), "-o", str(page), "--force")
    assert run.exit_code == 2 and page.read_bytes() == before and "never writes over it" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml", "privacy.html"]


def test_import_checks_its_jurisdiction(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "privacy.html"
    page.write_text(TRIAL, encoding="utf-8")
    run = run_cli("import", str(page), "--jurisdiction", "US-XQ")
    assert run.exit_code == 2 and "not a region code" in run.stderr and "Traceback" not in run.stderr


def test_a_limit_with_neither_category_nor_categories_says_so(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    data = json.loads((EXAMPLES / "complete.json").read_text(encoding="utf-8"))
    data["limits"][1].pop("category", None)
    data["limits"][1].pop("categories", None)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    messages = [f["message"] for f in _findings(run_cli, bad) if f["rule"] == "SCH001"]
    assert messages == ["Item 2 of 'limits' section needs 'category' or 'categories'."]


def test_the_new_words_of_import_are_plain(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """The refusal, and the draft's comment on a paragraph with several duties, pass the own-words checks."""
    from test_own_words import _problems

    page = tmp_path / "privacy.html"
    page.write_text(TRIAL, encoding="utf-8")
    out = tmp_path / "policy.yaml"
    out.write_text("x: 1\n", encoding="utf-8")
    said = [run_cli("import", str(page), "-o", str(out)).stderr, run_cli("import", str(page), "-o", str(page), "--force").stderr]
    said += [line.strip("# ") for line in run_cli("import", str(page)).stdout.splitlines() if "It also states" in line or "Not found in the text" in line]
    assert len(said) >= 4
    for text in said:
        assert _problems(text.replace("Error: ", "")) == [], text


# The page of the new-user trial of 5 December (trial5, item 10): a court-order item that
# ends "We will talk with you first.", a paragraph that tells the client first and shares
# only what is needed, and five limits under one heading.
OAK = """<html><head><title>Confidentiality | Oak Grove Counseling</title></head><body><main>
<h1>Confidentiality and Its Limits</h1>
<p>What you tell your therapist stays between you and us. We do not share it with anyone without your written permission, except in the few cases below.</p>
<p>We go over these limits with you at your first session, before therapy starts.</p>
<h2>When we may have to share information</h2>
<ul>
  <li>If you tell us you plan to seriously hurt yourself soon, we may call emergency services or someone you trust to keep you safe.</li>
  <li>If you make a serious threat to hurt another person, California law requires us to warn that person and tell the police.</li>
  <li>If we think a child is being abused or neglected, we must report it to child protective services.</li>
  <li>If we think an older adult (65 or older) or a dependent adult is being abused, neglected or exploited, we must report it to Adult Protective Services.</li>
  <li>If a judge orders us to share your records, we must follow the court order. We will talk with you first.</li>
</ul>
<p>If we ever must share something, we tell you first when it is safe to do so, and we share only what is needed.</p>
<h2>Questions</h2>
<p>If you have questions, ask your therapist or email privacy@oakgrove.example or call (510) 555-0142.</p>
<p>Effective as of January 15, 2026.</p>
</main></body></html>
"""


def _draft(tmp_path: Path, run_cli: Callable[..., Any], text: str, name: str = "privacy.html") -> tuple[str, Any]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    out = run_cli("import", str(page), "--jurisdiction", "US-CA").stdout
    return out, YAML(typ="safe", pure=True).load(out)


def test_duties_are_filed_by_the_sentence_that_says_them(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    text, data = _draft(tmp_path, run_cli, OAK)
    notes = data["notification"]
    # "We will talk with you first." says before, never after; the general paragraph is the one
    # that fills before_disclosure (it also says minimum_necessary: written once, with a comment).
    assert "after_disclosure" not in notes
    assert list(notes) == ["at_intake", "before_disclosure"]
    assert notes["before_disclosure"].startswith("If we ever must share something, we tell you first")
    assert "It also states notification.minimum_necessary" in text
    # The court-order limit keeps its own words.
    court = [lim for lim in data["limits"] if lim.get("category") == "court_order"]
    assert court and court[0]["explanation"].endswith("We will talk with you first.")


def test_a_duty_said_only_inside_a_limit_fills_its_field_with_that_sentence(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = OAK.replace("<p>If we ever must share something, we tell you first when it is safe to do so, and we share only what is needed.</p>\n", "")
    text, data = _draft(tmp_path, run_cli, page)
    assert data["notification"]["before_disclosure"] == "We will talk with you first."
    assert "inside a limit: no other paragraph says it" in text
    assert "after_disclosure" not in data["notification"]


def test_limits_keep_the_page_order_and_get_no_shared_title(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    _, data = _draft(tmp_path, run_cli, OAK)
    firsts = [lim.get("category") or lim["categories"][0] for lim in data["limits"]]
    assert firsts == ["harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "court_order"]
    # One heading over five limits names the section, not each limit: no title is made up.
    assert data["limits"][1].get("title") is None


def test_titles_come_from_the_page_and_are_distinct(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = (
        "# Confidentiality\n\nWhat you say here is private, with these exceptions:\n\n"
        "- Danger to yourself. If I believe you may seriously harm yourself, I may call 911.\n"
        "- Children. If I think a child is being abused, I must report it to the county.\n\n"
        "## Court orders\n\nIf a judge orders me to share your records, I must.\n\n"
        "### When I may share\n\nIf an older adult is being abused, I must report it.\n\n"
        "### When I may share\n\nIf a dependent adult is being abused, I must report it.\n"
    )
    _, data = _draft(tmp_path, run_cli, page, "policy.md")
    titles = [lim.get("title") for lim in data["limits"]]
    assert titles == ["Danger to yourself", "Children", "Court orders", None, None]


def test_a_paragraph_that_repeats_a_duty_stays_in_the_details(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = (
        "# Privacy\n\nWhat you tell us stays private.\n\n"
        "If a child is being abused, we must report it to child protective services.\n\n"
        "We tell you first, before we share anything.\n\n"
        "When it is safe, we tell you first so you can take part.\n"
    )
    _, data = _draft(tmp_path, run_cli, page, "policy.md")
    assert data["notification"]["before_disclosure"] == "We tell you first, before we share anything."
    assert "When it is safe, we tell you first so you can take part." in data["confidentiality"]["details"]


def test_the_comment_on_a_duty_inside_a_limit_is_plain(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    from test_own_words import _problems

    page = OAK.replace("<p>If we ever must share something, we tell you first when it is safe to do so, and we share only what is needed.</p>\n", "")
    text, _ = _draft(tmp_path, run_cli, page)
    said = [line.strip("# ") for line in text.splitlines() if "inside a limit" in line]
    assert said and all(_problems(s) == [] for s in said), said


@pytest.mark.parametrize(
    ("line", "phone", "said"),
    [
        ("Questions? Call the counseling office at 555-0177.", "phone: 555-0177", None),
        # an extension alone is a way to call from inside, not a whole number for clinic.contact.phone
        ("Questions? Call the counseling office at ext. 4410.", None, "the whole phone number: the text gives only 'ext. 4410'"),
        # trial 7: the UK number of an English counsellor's page, and an Australian one
        ("Email me at sarah@example.org or ring 07700 900461.", "phone: 07700 900461", None),
        ("Contact: 0400 555 123.", "phone: 0400 555 123", None),
    ],
)
def test_a_local_number_is_drafted_but_an_extension_alone_is_not(tmp_path: Path, run_cli: Callable[..., Any], line: str, phone: str | None, said: str | None) -> None:
    page = tmp_path / "p.md"
    page.write_text(f"# Privacy\n\nWhat you say is private.\n\n{line}\n\nEffective 1 April 2026.\n", encoding="utf-8")
    text = run_cli("import", str(page)).stdout
    assert (phone in text) if phone else ("phone:" not in text)
    if said:
        assert said in text


# ---------------------------------------------------------------------------------------------
# The new-user trial of 5 December (trial7): small copies of its documents, and the classes of
# problems it found in their drafts.

def _trial_documents(tmp_path: Path) -> list[Path]:
    return trial_documents(tmp_path)


@pytest.mark.parametrize("index", range(3), ids=["consent.docx", "privacy.html", "confidentiality.md"])
def test_check_of_a_trial_draft_reports_the_same_coverage_as_its_document(index: int, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = _trial_documents(tmp_path)[index]
    draft = _draft_agrees(run_cli, source, tmp_path)
    # No limit twice, and none filed as a data breach.
    found = _findings(run_cli, draft)
    assert [f for f in found if f["rule"] == "LIM003"] == []
    data = YAML(typ="safe", pure=True).load(draft.read_text(encoding="utf-8"))
    assert all("breach_notification" not in (lim.get("categories") or [lim["category"]]) for lim in data.get("limits", []))


def _import(tmp_path: Path, run_cli: Callable[..., Any], name: str, text: str | None = None, *extra: str) -> tuple[str, Any]:
    page = tmp_path / name
    if text is not None:
        page.write_text(text, encoding="utf-8")
    out = run_cli("import", str(page), *extra).stdout
    return out, YAML(typ="safe", pure=True).load(out)


def _filed(data: Any) -> list[list[str]]:
    return [lim.get("categories") or [lim["category"]] for lim in data.get("limits") or []]


# -- 1. words that say the opposite of a limit are not hidden -----------------------------------


def test_a_list_item_that_says_the_opposite_of_a_limit_is_filed_under_it_with_a_comment(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    docx = make_docx(tmp_path / "consent.docx", ASPEN_DOCX, table=ASPEN_TABLE)
    text, data = _import(tmp_path, run_cli, docx.name)
    (never,) = [lim for lim in data["limits"] if lim["explanation"].startswith("We never contact child protective services")]
    assert never["category"] == "child_abuse"
    assert "We never contact" not in (data["confidentiality"].get("details") or "")
    comment = text[: text.index("We never contact child protective services")].rsplit("  - category: child_abuse", 1)[0].rsplit("\n  # From", 1)[1]
    assert "say the opposite of a limit the law sets (abuse or neglect of a child" in " ".join(comment.replace("#", " ").split())
    assert "check reports this as an error" in " ".join(comment.replace("#", " ").split())
    # check reports it at that limit.
    draft = tmp_path / "draft.yaml"
    draft.write_text(text, encoding="utf-8")
    errors = [f for f in _findings(run_cli, draft) if f["rule"] == "COV007"]
    assert len(errors) == 1 and errors[0]["pointer"].endswith("/explanation")


@pytest.mark.parametrize(
    ("said", "category"),
    [
        ("Not even a judge can make us share your records.", "court_order"),
        ("We do not report abuse of older adults to anyone.", "elder_abuse"),
    ],
)
def test_other_wordings_of_the_opposite_are_filed_under_their_limit(tmp_path: Path, run_cli: Callable[..., Any], said: str, category: str) -> None:
    page = f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n- If you may seriously hurt yourself, we may call 911.\n- {said}\n"
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    (limit,) = [lim for lim in data["limits"] if lim["explanation"] == said]
    assert _filed({"limits": [limit]}) == [[category]]
    assert "say the opposite of a limit the law sets" in " ".join(text.replace("#", " ").split())


def test_the_opposite_of_a_duty_to_tell_is_named_as_a_duty_not_a_limit_the_law_sets(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """'without telling you' says the opposite of telling first: a duty to tell clients, which no law sets (review16)."""
    page = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n"
        "- If you may seriously hurt yourself, we may call 911.\n"
        "- If we think a child is being abused, we must report it.\n\n"
        "We may make a report without telling you.\n"
    )
    text, _ = _import(tmp_path, run_cli, "elm.md", page)
    said = " ".join(text.replace("#", " ").split())
    assert "say the opposite of a duty to tell clients" in said
    assert "say the opposite of a limit the law sets" not in said


def test_the_opposite_of_a_limit_another_limit_states_stays_in_details_with_a_comment(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """The page states the limit and says its opposite: no second child_abuse limit, but the comment over details names it."""
    page = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n"
        "If we think a child is being abused, we must report it to child protective services.\n\n"
        "We never contact child protective services about families we see.\n"
    )
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    assert _filed(data) == [["child_abuse"]]
    assert "We never contact child protective services about families we see." in data["confidentiality"]["details"]
    before = " ".join(text[: text.index("  details:")].rsplit("summary:", 1)[1].replace("#", " ").split())
    assert '"We never contact child protective services about families' in before and "check reports this as an error" in before


def test_a_blanket_promise_in_details_gets_a_comment(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## Our commitment\n\nSessions are 100% confidential.\n\n## Court orders\n\nIf a judge orders us to share records, we must.\n"
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    assert "Sessions are 100% confidential." in data["confidentiality"]["details"]
    assert "These words promise that nothing is ever shared" in " ".join(text.replace("#", " ").split())


def test_a_never_that_is_no_limit_gets_no_comment(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: "We never share your records with your employer" says the opposite of no limit the law sets."""
    page = "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\nWe never share your records with your employer.\n\nIf a judge orders us to share records, we must.\n"
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    assert "We never share your records with your employer." in data["confidentiality"]["details"]
    assert "opposite" not in text and "promise" not in text


# -- 2. breaking confidentiality is no data breach ------------------------------------------------


def test_confidentiality_may_be_breached_is_no_data_breach_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n"
        "Colorado law provides that confidentiality may be breached in the following situations:\n\n"
        "- If you may seriously hurt yourself, we may call 911.\n\n"
        "If our records are breached, we will let you know within 60 days.\n"
    )
    _, data = _import(tmp_path, run_cli, "elm.md", page)
    # The lead-in names no limit; the records breach (a near miss) is one.
    assert ["breach_notification"] in _filed(data)
    breach = [lim for lim in data["limits"] if lim.get("category") == "breach_notification"]
    assert [lim["explanation"] for lim in breach] == ["If our records are breached, we will let you know within 60 days."]
    assert "may be breached in the following situations" in data["confidentiality"]["details"]


# -- 3. the opening statement is the summary; titles lose their numbering -------------------------


def test_an_opening_statement_that_names_a_limit_in_passing_is_only_the_summary(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    docx = make_docx(tmp_path / "consent.docx", ASPEN_DOCX, table=ASPEN_TABLE)
    text, data = _import(tmp_path, run_cli, docx.name)
    summary = data["confidentiality"]["summary"]
    assert summary.startswith("All communications between client and therapist")
    assert all(lim["explanation"] != summary for lim in data["limits"])
    assert text.count("All communications between client and therapist") == 1
    assert "1. Confidentiality" not in text and "title: Confidentiality" not in text


def test_the_summary_says_when_it_is_the_only_place_that_names_a_required_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private, unless a court orders us to share it.\n\n"
        "## Safety\n\nIf you may seriously hurt yourself, we may call 911.\n"
    )
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    assert data["confidentiality"]["summary"].startswith("What you tell us stays private")
    assert all("court_order" not in c for c in _filed(data))
    flat = " ".join(text.replace("#", " ").split())
    assert "No limit below names what these words name (court_order:" in flat


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("2. Court orders", "Court orders"),
        ("2) Court orders", "Court orders"),
        ("IV. Court orders", "Court orders"),
        ("Section 3: Court orders", "Court orders"),
        ("B. Court orders", "Court orders"),
        ("1.2 Court orders", "1.2 Court orders"),  # near miss: no mark after the number
        ("911 and emergencies", "911 and emergencies"),  # near miss: a number that is words
    ],
)
def test_a_title_does_not_keep_list_numbering(tmp_path: Path, run_cli: Callable[..., Any], heading: str, title: str) -> None:
    page = f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## {heading}\n\nIf a judge orders us to share your records, we must, and we call 911 if you are in danger.\n"
    _, data = _import(tmp_path, run_cli, "elm.md", page)
    assert data["limits"][0].get("title") == title


# -- 4. no second limit for words the draft already files ----------------------------------------


def test_a_table_that_restates_the_list_makes_no_second_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    docx = make_docx(tmp_path / "consent.docx", ASPEN_DOCX, table=ASPEN_TABLE)
    text, data = _import(tmp_path, run_cli, docx.name)
    filed = [c for cats in _filed(data) for c in cats]
    assert len(filed) == len(set(filed)), filed
    details = data["confidentiality"]["details"]
    assert "Risk of suicide: 911, Colorado Crisis Services, emergency contact. Immediately" in details
    assert "These table rows say again what limits below say" in " ".join(text.replace("#", " ").split())


def test_a_table_row_on_a_limit_of_its_own_stays_a_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: a table with a limit no list item states is no restatement."""
    blocks = [("heading", "Elm Therapy privacy"), ("paragraph", "What you tell us stays private."), ("list_item", "If a child is being abused, we must report it to child protective services.")]
    docx = make_docx(tmp_path / "elm.docx", blocks, table=[("Right", "How"), ("See your records", "Ask in writing; we respond within 15 days.")])
    _, data = _import(tmp_path, run_cli, docx.name)
    assert _filed(data) == [["child_abuse"], ["records_access"]]


def test_a_passage_repeated_word_for_word_is_written_once(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    item = "If we think a child is being abused, we must report it to child protective services."
    page = f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## In short\n\n- {item}\n\n## In full\n\n- {item}\n- A judge can order us to share your records.\n"
    _, data = _import(tmp_path, run_cli, "elm.md", page)
    assert [lim["explanation"] for lim in data["limits"]].count(item) == 1
    assert item not in (data["confidentiality"].get("details") or "")
    assert _filed(data) == [["child_abuse"], ["court_order"]]
    # "In full" is over two limits of the page: it names the section, not the one limit left.
    assert data["limits"][1].get("title") is None


# -- 5. a heading is no limit ---------------------------------------------------------------------


def test_a_heading_over_text_that_states_no_limit_is_no_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## Your Records\n\nOur office is open from nine to five.\n\n## Court orders\n\nIf a judge orders us to share your records, we must.\n"
    _, data = _import(tmp_path, run_cli, "elm.md", page)
    assert [lim.get("title") for lim in data["limits"]] == ["Court orders"]
    assert data["confidentiality"]["details"] == "Our office is open from nine to five.\n"


# -- 6. the effective date check finds is the draft's ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "words"),
    [
        ("Revised January 2025", "2025-01-01", '"Revised January 2025" (no day is given, so this is the 1st)'),
        ("Last updated: 12 September 2025", "2025-09-12", '"Last updated: 12 September 2025"'),
        ("This notice is in effect as of Sept. 2024.", "2024-09-01", '"in effect as of Sept. 2024" (no day is given'),
    ],
)
def test_the_effective_date_check_accepts_is_written_as_a_date(tmp_path: Path, run_cli: Callable[..., Any], line: str, date: str, words: str) -> None:
    page = tmp_path / "elm.md"
    page.write_text(f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\nIf a judge orders us to share your records, we must.\n\n{line}\n", encoding="utf-8")
    assert [f for f in _findings(run_cli, page) if f["rule"] == "DOC004"] == []
    text, data = _import(tmp_path, run_cli, "elm.md")
    assert data["clinic"]["effective_date"] == date
    assert words in text
    draft = tmp_path / "draft.yaml"
    draft.write_text(text, encoding="utf-8")
    assert [f for f in _findings(run_cli, draft) if f["rule"] == "SCH001" and "effective_date" in f["message"]] == []


def test_a_date_that_is_no_real_day_is_named_not_written(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\nEffective February 30, 2026.\n"
    text, data = _import(tmp_path, run_cli, "elm.md", page)
    assert "effective_date" not in data["clinic"]
    assert 'The text says "Effective February 30, 2026", which is not a real date.' in " ".join(text.replace("#", " ").split())


# -- 7. a file name is no practice name -----------------------------------------------------------


@pytest.mark.parametrize("name", ["confidentiality.md", "privacy.md", "policy.md", "index.md", "informed-consent.md", "Counselling Agreement.md"])
def test_a_page_named_for_what_it_is_gets_a_name_to_fill_that_check_reports(tmp_path: Path, run_cli: Callable[..., Any], name: str) -> None:
    text, data = _import(tmp_path, run_cli, name, HARROGATE_MD)
    assert data["clinic"]["name"] == "[Your practice name]"
    assert "not in the text: write your practice's name here" in text
    draft = tmp_path / "draft.yaml"
    draft.write_text(text, encoding="utf-8")
    found = _findings(run_cli, draft)
    assert [f["pointer"] for f in found if f["rule"] == "TXT001"] == ["/clinic/name"]
    run = run_cli("check", str(draft), "--isolated")
    assert "All clear" not in run.stdout


def test_a_file_named_for_the_practice_gives_its_name(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    text, data = _import(tmp_path, run_cli, "sunset-counseling.md", HARROGATE_MD)
    assert data["clinic"]["name"] == "Sunset Counseling"
    assert "from the file name: check it" in text


def test_the_new_comments_of_import_are_plain(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    from test_own_words import _problems

    docx = make_docx(tmp_path / "consent.docx", ASPEN_DOCX, table=ASPEN_TABLE)
    text, _ = _import(tmp_path, run_cli, docx.name)
    md, _ = _import(tmp_path, run_cli, "confidentiality.md", HARROGATE_MD)
    page = "# Privacy at Elm Therapy\n\nWhat you tell us stays private, unless a court orders us to share it.\n\nSessions are 100% confidential.\n\nEffective February 30, 2026.\n\nQuestions? Email us at hi@elm.example.\n"
    more, _ = _import(tmp_path, run_cli, "elm.md", page, "--jurisdiction", "US-CA")
    comments = [c for draft in (text, md, more) for c in _comments(draft)]
    said = [c for c in comments if any(k in c for k in ("opposite", "promise", "table rows", "No limit below", "no day", "practice's name", "not a real date"))]
    assert len(said) >= 7, said
    for sentence in said:
        assert _problems(sentence) == [], sentence


@pytest.mark.parametrize(
    ("line", "in_details"),
    [
        ("This agreement applies from 1 October 2025.", False),
        ("Revised January 2025", False),
        ("This agreement applies from 1 October 2025 to all new clients.", True),  # near miss: it says more
    ],
)
def test_a_line_that_only_gives_the_date_is_no_detail(tmp_path: Path, run_cli: Callable[..., Any], line: str, in_details: bool) -> None:
    page = f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\nIf a judge orders us to share your records, we must.\n\n{line}\n"
    _, data = _import(tmp_path, run_cli, "elm.md", page)
    assert data["clinic"]["effective_date"]
    assert (line in (data["confidentiality"].get("details") or "")) is in_details


# ---------------------------------------------------------------------------------------------
# General words the page reads as vague for a limit stay where check reads them the same way
# (tools/import_parity.py found these on the dev and measured pages).


def _statuses(run_cli: Callable[..., Any], path: Path) -> dict[str, str]:
    return dict(_coverage(run_cli, path)[1] or [])


def _page_and_draft(tmp_path: Path, run_cli: Callable[..., Any], page: str) -> tuple[dict[str, str], dict[str, str], str, Any]:
    source = tmp_path / "elm.md"
    source.write_text(page, encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    assert run_cli("import", str(source), "-o", str(draft), "--force").exit_code == 0
    text = draft.read_text(encoding="utf-8")
    return _statuses(run_cli, source), _statuses(run_cli, draft), text, YAML(typ="safe", pure=True).load(text)


HINT = "If you tell me you intend to seriously hurt another person, I may have to act to keep that person safe."


def test_a_limit_whose_words_hint_at_another_limit_is_filed_under_it_too(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """The page counts the vague words of a limit for other limits; a policy counts a limit's words only for its categories."""
    page = f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n- {HINT}\n- If a judge orders us to share your records, we must.\n"
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, page)
    assert on_page["duty_to_warn"] == in_draft["duty_to_warn"] == "vague"
    assert on_page == in_draft
    (limit,) = [lim for lim in data["limits"] if lim["explanation"] == HINT]
    assert limit["categories"] == ["harm_to_others", "duty_to_warn"]
    flat = " ".join(text.replace("#", " ").split())
    assert 'Its words only hint at the limit "warning a person you threaten" ("hurt", "another person", "act to keep that person safe"), so check calls it vague, as it does on your page.' in flat


def test_a_hint_the_place_pack_counts_is_said_so_in_the_comment(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """A UK page's "safeguarding concern" beside a limit it states: filed under the abuse limits, the gb pack counts
    "safeguarding" for them in a policy (stated), where the page's words stay vague and the pack accepts them. The
    comment says that, not that check reads them the same way."""
    page = (
        "# Confidentiality at Glen Counselling\n\nWhat you say stays between us. I follow UK GDPR.\n\n"
        "Confidentiality is not absolute. It may have to be broken where there is a safeguarding concern, "
        "or where the law requires it.\n"
    )
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, page)
    assert on_page["child_abuse"] == "vague" and in_draft["child_abuse"] == "stated"
    assert on_page["required_by_law"] == in_draft["required_by_law"] == "stated"
    flat = " ".join(text.replace("#", " ").split())
    assert 'The gb pack counts "safeguarding" for them.' in flat and "check counts them as stated here" in flat
    assert "as it does on your page" not in flat
    # Near miss: the same page in the US: no pack word, so the comment says check reads them vague, as the page does.
    us = page.replace("I follow UK GDPR.", "We follow HIPAA.")
    on_page, in_draft, text, _ = _page_and_draft(tmp_path, run_cli, us)
    assert on_page == in_draft and in_draft["child_abuse"] == "vague"
    assert "as it does on your page" in " ".join(text.replace("#", " ").split())


def test_a_limit_is_not_filed_under_a_limit_another_passage_states(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: the page states the duty to warn elsewhere, so the hint counts for nothing and the limit keeps its own category."""
    page = (
        f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n- {HINT}\n"
        "- If you threaten someone we can name, the law says we must warn that person.\n"
    )
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, page)
    assert on_page["duty_to_warn"] == in_draft["duty_to_warn"] == "stated"
    (limit,) = [lim for lim in data["limits"] if lim["explanation"] == HINT]
    assert _filed({"limits": [limit]}) == [["harm_to_others"]]
    assert "only hint at" not in text


def test_a_limit_is_not_filed_under_a_hint_other_words_keep(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: the opening statement keeps the same general words, so the limit needs no other category."""
    page = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private, unless someone's safety is at risk.\n\n"
        "## When we share\n\n- If a judge orders us to share your records, we must, to keep someone's safety.\n"
    )
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, page)
    assert on_page == in_draft
    assert on_page["harm_to_self"] == "vague"
    assert _filed(data) == [["court_order"]] and "only hint at" not in text


MINIMAL = (
    "# New client information\n\nWelcome to Sunrise Family Counseling!\n\n## Privacy\n\n"
    "Your privacy matters to us. Confidentiality has limits set by law, such as when someone's safety is at risk. "
    "We'll go over these limits with you at your first appointment.\n\n## Payment\n\nWe accept most insurance plans.\n"
)


def test_a_duty_paragraph_with_general_words_about_limits_goes_to_details(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """A notification field counts only duties; details counts the general words too, as the page does."""
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, MINIMAL)
    assert on_page == in_draft
    assert in_draft["harm_to_self"] == in_draft["required_by_law"] == "vague" and in_draft["at_intake"] == "stated"
    assert "at_intake" not in (data.get("notification") or {})
    assert "We'll go over these limits with you at your first appointment." in data["confidentiality"]["details"]
    flat = " ".join(text.replace("#", " ").split())
    assert "says notification.at_intake, but it is here and not there." in flat
    assert "check counts such words here, but not under notification.at_intake. Here it still sees what you tell clients, too." in flat


def test_a_duty_paragraph_stays_in_notification_when_other_words_keep_its_hints(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: the opening statement says the same general words, so the duty stays in its field."""
    page = MINIMAL.replace("Welcome to Sunrise Family Counseling!", "What you tell us stays private, unless someone's safety is at risk or the law requires it.")
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, page)
    assert on_page == in_draft
    assert data["notification"]["at_intake"].startswith("Your privacy matters to us.")
    assert "here and not there" not in text


SECTION = (
    "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## {heading}\n\n"
    "- If we think a child is being abused, we must report it to child protective services.\n"
    "- If a judge orders us to share your records, we must.\n"
)


def test_a_heading_over_several_limits_with_general_words_is_kept_in_details(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """A heading over several limits titles none of them; its general words still count on the page."""
    heading = "When someone's safety is at risk or the law requires it"
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, SECTION.format(heading=heading))
    assert on_page == in_draft
    assert in_draft["harm_to_self"] == in_draft["required_by_law"] == "vague"
    assert data["confidentiality"]["details"] == heading + "\n"
    assert [lim.get("title") for lim in data["limits"]] == [None, None]
    assert "is a heading over several limits. It is kept here" in " ".join(text.replace("#", " ").split())


@pytest.mark.parametrize("heading", ["When we may share", "When a child is at risk or a judge orders it"])
def test_a_heading_over_several_limits_without_general_words_stays_out(tmp_path: Path, run_cli: Callable[..., Any], heading: str) -> None:
    """Near misses: a heading that hints at nothing, or only at the limits under it, is no detail."""
    on_page, in_draft, text, data = _page_and_draft(tmp_path, run_cli, SECTION.format(heading=heading))
    assert on_page == in_draft
    assert "details" not in data["confidentiality"] and "heading over several limits" not in text


def test_the_comments_on_hints_are_plain(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    from test_own_words import _problems

    said = []
    section = SECTION.format(heading="When someone's safety is at risk or the law requires it")
    for page in (f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n- {HINT}\n", MINIMAL, section):
        _, _, text, _ = _page_and_draft(tmp_path, run_cli, page)
        said += [c for c in _comments(text) if "hint at" in c]
    assert len(said) == 3
    for comment in said:
        assert _problems(comment) == [], comment


def _comments(text: str) -> list[str]:
    """The comment blocks of a draft, each joined into one line."""
    out: list[str] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("# "))
            continue
        if block:
            out.append(" ".join(block))
            block = []
        if "  # " in line:
            out.append(line.split("  # ", 1)[1])
    return out


@pytest.mark.parametrize("page", [MINIMAL, f"# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n- {HINT}\n", SECTION.format(heading="When we may share")], ids=["demoted", "hinted", "no repair"])
def test_import_reads_the_page_once_and_writes_the_draft_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    """A draft that check would read other than the page is placed again with the fixes, never built twice;
    and what the repairs read (the layout's data) is what the written draft says."""
    from policy_lint.authoring import draft

    calls: list[str] = []
    layouts: list[Any] = []
    for name in ("__init__", "place", "write"):
        real = getattr(draft._Draft, name)

        def counted(self: Any, *args: Any, _real: Any = real, _name: str = name) -> Any:
            calls.append(_name)
            result = _real(self, *args)
            if _name == "place":
                layouts.append(result)
            return result

        monkeypatch.setattr(draft._Draft, name, counted)
    source = tmp_path / "elm.md"
    source.write_text(page, encoding="utf-8")
    text = draft.draft_policy(str(source))
    repaired = "only hint at" in text or "here and not there" in text
    assert calls == ["__init__", "place", "place", "write"] if repaired else ["__init__", "place", "write"]
    assert repaired == (page != SECTION.format(heading="When we may share"))
    written = YAML(typ="safe", pure=True).load(text)
    assert layouts[-1].data == {k: written[k] for k in ("confidentiality", "limits", "notification", "questions") if k in written}


def test_the_draft_and_the_audit_name_the_practice_the_page_repeats(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Found in trial 10: "Teens and Parents" came from the title; the text and the footer say Bluebonnet."""
    page = (
        "<html><head><title>FAQ for Teens and Parents | Bluebonnet Teen Counseling</title></head><body>"
        "<h1>Teen Confidentiality: Frequently Asked Questions</h1>"
        "<p>At Bluebonnet Teen Counseling, what a teen shares in counseling is treated in confidence.</p>"
        "<footer><p>Bluebonnet Teen Counseling, 901 S Lamar Blvd, Austin, TX 78704</p></footer></body></html>"
    )
    _, data = _draft(tmp_path, run_cli, page)
    assert data["clinic"]["name"] == "Bluebonnet Teen Counseling"
    folder = tmp_path / "clinics"
    folder.mkdir()
    (folder / "faq.html").write_text(page, encoding="utf-8")
    report = run_cli("audit", str(folder), "--format", "markdown").stdout
    assert "Bluebonnet Teen Counseling" in report and "Teens and Parents" not in report


def test_a_list_item_framed_as_a_limit_reads_the_same_in_the_draft(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    # (real3, session 8) "- You are in danger." under "When we must share information" states the limit on
    # the page: the lead-in gives it its act. The draft keeps the item word for word in limits, and the list of
    # limits is the same frame, so check reads the draft the same (it read harm_to_self and harm_to_others vague).
    page = tmp_path / "framed.md"
    page.write_text(
        "# Confidentiality\n\nWhat you share in therapy is kept private.\n\n## When we must share information\n\n"
        "- You are in danger.\n- Someone else is in danger because of you.\n- A child is being hurt.\n- A court orders it.\n",
        encoding="utf-8",
    )
    draft = _draft_agrees(run_cli, page, tmp_path)
    listed = dict(_coverage(run_cli, draft)[1] or [])
    assert listed["harm_to_self"] == listed["harm_to_others"] == "stated"


def test_a_danger_outside_the_limits_list_stays_vague(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    # The frame is the list of limits only: the same words in details say nothing of sharing.
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "schema_version: 1\nclinic:\n  name: Elm Street Counseling\nconfidentiality:\n"
        "  summary: What you share in therapy is kept private.\n  details: You are in danger.\n",
        encoding="utf-8",
    )
    listed = dict(_coverage(run_cli, policy)[1] or [])
    assert listed["harm_to_self"] == "vague"
