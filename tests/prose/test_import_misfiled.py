"""``import`` files fee, signature and heading lines where they belong (new-user trial 8, item 10).

* Fees, appointment and cancellation rules, and lines to sign and date are no
  confidentiality text: left out of the draft, and a comment names each one.
* A line that only heads the paragraph under it ("Breach Notification") is no limit.
* Each category is filed once, so check of the draft gives no LIM003 against itself.

Each test also checks that the draft reports the coverage of its document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML

from prose_files import make_docx
from test_import import _draft_agrees


def _load(draft: Path) -> tuple[str, Any]:
    text = draft.read_text(encoding="utf-8")
    return text, YAML(typ="safe", pure=True).load(text)


def _comments(text: str) -> str:
    return " ".join(line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip().startswith("#"))


_MARKERS = ("It also speaks of", "A limit below covers that", "but it is here and not there", "Its words only hint at", "The words that decided")


def _notes(text: str) -> str:
    """Only the notes about how the draft files the page's words (other comments name fields to add, such as effective_date)."""
    out = []
    for block in _comment_blocks(text):
        if any(m in block for m in _MARKERS):
            out.append(block)
    return " ".join(out)


def _comment_blocks(text: str) -> list[str]:
    """Each run of comment lines of a draft, joined into one line."""
    out: list[str] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("#") and not stripped.lstrip("#").strip().startswith("Not found in the text"):
            block.append(stripped.lstrip("#").strip())  # (the list of fields to add is a comment of its own)
        elif block:
            out.append(" ".join(block))
            block = []
    return out


def _rules(run_cli: Callable[..., Any], path: Path) -> list[str]:
    report = json.loads(run_cli("check", str(path), "-f", "json", "--isolated").stdout)
    return [f["rule"] for f in report["files"][0]["findings"]]


def _explanations(data: Any) -> list[str]:
    return [limit["explanation"] for limit in data.get("limits", [])]


FEES_MD = """# Privacy at Birch Lane Therapy

What you share in therapy stays private. We do not share it without your written consent, except in the cases below.

## When we must share

- If you tell us you plan to end your life soon, we may call 911 or someone you trust to keep you safe.
- If we think a child is being abused or neglected, we must report it to child protective services.
- If a judge orders us to share your records, we must follow the court order.

We may send your name and the dates you were seen to a collection agency if a bill stays unpaid for 90 days.

## Fees and appointments

A 50-minute session costs $140. Couples sessions are 150 dollars.

If you cancel with less than 24 hours' notice, you pay the full session rate. Missed appointments are charged too.

## Your file

Your therapist writes short notes after each session and keeps them in a locked cabinet.

## Sign here

Client signature: ____________________ Date: __________

Therapist: ...................... Date: ..........

Questions? Email privacy@birchlane.example or call (415) 555-0199.
"""


def test_fees_cancellations_and_signature_lines_are_left_out_and_named(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(FEES_MD, encoding="utf-8")
    text, data = _load(_draft_agrees(run_cli, page, tmp_path))
    kept = data["confidentiality"].get("details", "") + " ".join(_explanations(data))
    for gone in ("$140", "150 dollars", "cancel", "Missed appointments", "signature", "....", "Fees and appointments", "Sign here"):
        assert gone not in kept, gone
    said = _comments(text)
    assert "Left out: fees, appointment and cancellation rules, and lines to sign and date" in said
    for named in ("A 50-minute session costs $140", "If you cancel with less than 24", "Client signature:", "Therapist: ...."):
        assert named in said, named
    # Near misses: a limit about unpaid bills stays a limit; a paragraph about the file stays in details.
    assert any("collection agency" in e for e in _explanations(data))
    assert "locked cabinet" in data["confidentiality"]["details"]


def test_a_fee_table_in_a_word_file_is_left_out_but_a_table_of_who_we_tell_is_not(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    blocks = [
        ("heading", "Consent to counselling at Fernhill"),
        ("paragraph", "Everything you say in counselling is confidential, with the limits below."),
        ("list_item", "If you are at serious risk of suicide, we will act to keep you safe."),
        ("list_item", "If we believe a child is being abused, we must report it to child welfare."),
        ("heading", "Fees"),
        ("paragraph", "Please initial here: ______"),
        ("paragraph", "Questions? Email office@fernhill.example."),
    ]
    table = [["Service", "Length", "Fee"], ["Individual session", "50 minutes", "£80"], ["No-show", "-", "Full fee"]]
    source = make_docx(tmp_path / "consent.docx", blocks, table=table)
    text, data = _load(_draft_agrees(run_cli, source, tmp_path))
    kept = data["confidentiality"].get("details", "") + " ".join(_explanations(data))
    for gone in ("£80", "No-show", "initial here"):
        assert gone not in kept, gone
    said = _comments(text)
    assert "£80" in said and "No-show" in said and "Please initial here" in said
    assert len(data["limits"]) == 2


NPP_MD = """# Notice of Privacy Practices - Elm Street Counseling

We must protect the privacy of your health information.

1. Uses and Disclosures Requiring Your Written Authorization

Most uses of psychotherapy notes need your written authorization. You may take back your authorization in writing at any time.

2. Breach Notification

If there is a breach of your unsecured information, we will notify you within 60 days.

3. Child Abuse Reporting

We must report suspected child abuse or neglect to child protective services.

Questions? Call our Privacy Officer at (212) 555-0100.
"""


def test_a_numbered_line_that_only_heads_a_paragraph_is_no_limit(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "notice.md"
    page.write_text(NPP_MD, encoding="utf-8")
    draft = _draft_agrees(run_cli, page, tmp_path)
    _, data = _load(draft)
    explained = _explanations(data)
    assert len(explained) == 3
    for heading in ("Uses and Disclosures Requiring Your Written Authorization", "Breach Notification", "Child Abuse Reporting"):
        assert heading not in explained
    assert not {"LIM001", "LIM003"} & set(_rules(run_cli, draft))


def test_a_word_line_in_body_type_that_heads_a_paragraph_is_no_limit_but_its_title(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = [
        ("heading", "Notice of Privacy Practices"),
        ("paragraph", "We are required by law to keep your health information private and to notify you following a breach."),
        ("paragraph", "Breach Notification"),
        ("paragraph", "We will tell you quickly if a breach happens that may have put your information at risk."),
        ("paragraph", "Court Orders and Subpoenas"),
        ("paragraph", "We may share your information when a judge orders it, as the law allows."),
        ("paragraph", "Questions? Call us at (718) 555-0101."),
    ]
    source = make_docx(tmp_path / "notice.docx", page)
    draft = _draft_agrees(run_cli, source, tmp_path)
    _, data = _load(draft)
    explained = _explanations(data)
    assert "Breach Notification" not in explained and "Court Orders and Subpoenas" not in explained
    assert [limit.get("title") for limit in data["limits"]] == ["Breach Notification", "Court Orders and Subpoenas"]
    assert not {"LIM001", "LIM003"} & set(_rules(run_cli, draft))


def test_a_title_line_stays_a_limit_when_no_other_passage_states_it(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """Near miss: nothing is dropped that no other limit holds."""
    page = [
        ("heading", "Notice of Privacy Practices"),
        ("paragraph", "We keep what you tell us private, except in the cases below."),
        ("paragraph", "Child Abuse Reporting To Child Protective Services"),
        ("paragraph", "We will answer your questions about this notice."),
        ("paragraph", "Questions? Call us at (718) 555-0101."),
    ]
    source = make_docx(tmp_path / "notice.docx", page)
    _, data = _load(_draft_agrees(run_cli, source, tmp_path))
    assert any("Child Abuse Reporting" in e for e in _explanations(data))


TEEN_MD = """# Counselling at Riverbend Youth Service

What you tell your counsellor stays private, except in the cases below.

If you might seriously hurt yourself, we will act to keep you safe. That may mean telling your parents or carers, or calling an ambulance.

If a court orders us to hand over notes, we must do so.

If you are under 16, your counsellor will think about whether you are a "mature minor" who can make your own choices about your information.

A subpoena alone is not enough: we hand over notes only under a court order.

Questions? Email hello@riverbend.example.
"""


def test_each_category_is_filed_once_with_the_passage_about_it_alone(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    page = tmp_path / "teen.md"
    page.write_text(TEEN_MD, encoding="utf-8")
    draft = _draft_agrees(run_cli, page, tmp_path)
    text, data = _load(draft)
    assert "LIM003" not in _rules(run_cli, draft)
    by_text = {limit["explanation"]: limit.get("categories", [limit.get("category")]) for limit in data["limits"]}
    harm = next(cats for e, cats in by_text.items() if e.startswith("If you might seriously hurt"))
    minor = next(cats for e, cats in by_text.items() if e.startswith("If you are under 16"))
    # minors goes with the paragraph about it alone; the harm limit keeps its other categories.
    assert minor == ["minors"] and "minors" not in harm and "harm_to_self" in harm
    assert "It also speaks of children and teens in therapy. Another limit covers that" in _comments(text)
    # The second court-order paragraph is in details, not a second court_order limit.
    assert sum("court_order" in cats for cats in by_text.values()) == 1
    assert "A subpoena alone is not enough" in data["confidentiality"]["details"]


def test_the_new_comments_are_plain(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    from test_own_words import _problems

    said = []
    for name, body in (("privacy.md", FEES_MD), ("teen.md", TEEN_MD)):
        page = tmp_path / name
        page.write_text(body, encoding="utf-8")
        out = run_cli("import", str(page)).stdout
        said += [line for line in _comments(out).split("  ") if line]
    joined = " ".join(said)
    for marker in ("Left out: fees", "It also speaks of", "A limit below covers that"):
        assert marker in joined, marker
    for sentence in ("They are not about who sees your clients' information. Keep them on your intake form.",
                     "Another limit covers that, and this policy lists each kind of limit once.",
                     "A limit below covers that, and this policy lists each kind of limit once, so these words are here. Add anything new in them to that limit."):
        assert _problems(sentence) == [], sentence


def test_every_kind_of_draft_comment_names_categories_by_label(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    """The comments import writes: a category's label, never its ID, and no words about the tool's insides.

    The pages make each kind of comment: a limit that also speaks of another (teen), a paragraph kept in
    details since a limit below has it (fees), a duty paragraph kept in details (intake), and a limit
    filed under a limit its words only hint at (hint).
    """
    from test_own_words import _comment_problems

    intake = (
        "# New client information\n\nWelcome to Sunrise Family Counseling!\n\n## Privacy\n\n"
        "Your privacy matters to us. Confidentiality has limits set by law, such as when someone's safety is at risk. "
        "We'll go over these limits with you at your first appointment.\n\n## Payment\n\nWe accept most insurance plans.\n"
    )
    hint = (
        "# Privacy at Elm Therapy\n\nWhat you tell us stays private.\n\n## When we share\n\n"
        "- If you tell me you intend to seriously hurt another person, I may have to act to keep that person safe.\n"
        "- If a judge orders us to share your records, we must.\n"
    )
    said = []
    for name, body in (("privacy.md", FEES_MD), ("teen.md", TEEN_MD), ("intake.md", intake), ("hint.md", hint)):
        page = tmp_path / name
        page.write_text(body, encoding="utf-8")
        run = run_cli("import", str(page))
        assert run.exit_code == 0, run.stderr
        said.append(_notes(run.stdout))
    joined = " ".join(said)
    for marker in _MARKERS:
        assert marker in joined, marker
    assert _comment_problems(joined) == []


def test_the_comment_checker_finds_ids_and_jargon() -> None:
    from test_own_words import _comment_problems

    assert _comment_problems("It also speaks of health_oversight. Another limit has that, and each category is used once.") == [
        'the ID "health_oversight": say its label',
        'jargon "each category is used once"',
    ]
    assert _comment_problems('Its words only hint at the limit "duty_to_warn".') == ['the ID "duty_to_warn": say its label']
    assert _comment_problems("It says notification.at_intake, but it is here.") == []
