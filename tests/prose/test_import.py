"""``policy-lint import``: a draft policy from prose that ``check`` judges as it judges the prose."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES
from prose_files import make_docx, make_pdf

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


@pytest.mark.parametrize("index", range(len(PROSE) + 2), ids=[p.name for p in PROSE] + ["policy.docx", "policy.pdf"])
def test_check_of_the_draft_reports_the_same_coverage_as_the_prose(index: int, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    source = _documents(tmp_path)[index]
    draft = tmp_path / "draft.yaml"
    run = run_cli("import", str(source), "-o", str(draft))
    assert run.exit_code == 0, run.stderr
    rules, listed = _coverage(run_cli, source)
    own = _coverage(run_cli, draft)
    assert own == (rules, _effective_date_in_clinic(draft, listed, own[1]))


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
    assert "# From line 9. The words that decided: child_abuse:" in text
    assert 'court_order: "court orders"' in text


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
    """Found in a trial: the header row "Who | What we do" became details: "Who. What we do"."""
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
    assert all("title" not in lim for lim in data["limits"])


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
    ],
)
def test_a_local_number_is_drafted_but_an_extension_alone_is_not(tmp_path: Path, run_cli: Callable[..., Any], line: str, phone: str | None, said: str | None) -> None:
    page = tmp_path / "p.md"
    page.write_text(f"# Privacy\n\nWhat you say is private.\n\n{line}\n\nEffective 1 April 2026.\n", encoding="utf-8")
    text = run_cli("import", str(page)).stdout
    assert (phone in text) if phone else ("phone:" not in text)
    if said:
        assert said in text
