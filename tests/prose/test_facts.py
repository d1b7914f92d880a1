"""What a prose policy says about itself: name, contact, effective date, opening statement, questions."""

from __future__ import annotations

import pytest

from policy_lint.readers.blocks import Block
from policy_lint.readers.facts import clinic_name, find_facts, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("January 15, 2026", "2026-01-15"),
        ("Jan. 15 2026", "2026-01-15"),
        ("15 January 2026", "2026-01-15"),
        ("1st of March, 2026", "2026-03-01"),
        ("2026-03-01", "2026-03-01"),
        ("03/01/2026", "2026-03-01"),
        ("February 30, 2026", None),
        ("March 2026", None),
    ],
)
def test_dates(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


def _blocks(*texts: str) -> list[Block]:
    return [Block("heading" if t.startswith("# ") else "paragraph", t[2:] if t.startswith("# ") else t) for t in texts]


def test_facts_found_in_the_text() -> None:
    blocks = _blocks(
        "# Privacy at Oak Tree Therapy",
        "This notice is effective as of March 1, 2026.",
        "Your privacy is important to us.",
        "The information you share in therapy is protected by law, and we keep it confidential.",
        "# Questions?",
        "Write to privacy@oaktree.example or call (503) 555-0142.",
    )
    facts = find_facts(blocks, {})
    assert facts["/clinic/effective_date"].value == "2026-03-01"
    assert facts["/clinic/contact/email"].value == "privacy@oaktree.example"
    assert facts["/clinic/contact/phone"].value == "(503) 555-0142"
    assert facts["/confidentiality/summary"].block == 3  # not "Your privacy is important to us."
    assert facts["/questions"].block == 5  # the answer under the "Questions?" heading
    email = facts["/clinic/contact/email"]
    assert blocks[email.block].text[slice(*email.span)] == "privacy@oaktree.example"


def test_no_facts_no_guesses() -> None:
    facts = find_facts(_blocks("Privacy matters. We updated this page last year.", "Frequently asked questions"), {})
    assert facts == {}


@pytest.mark.parametrize(
    ("meta", "texts", "name"),
    [
        ({"site_name": "Riverside Counseling", "title": "Privacy | Other"}, [], "Riverside Counseling"),
        ({"title": "Notice of Privacy Practices – Cedar Grove Family Services"}, [], "Cedar Grove Family Services"),
        ({"title": "Privacy Policy"}, ["Welcome to Harbor Light Therapy, PLLC."], "Harbor Light Therapy, PLLC"),
        ({"title": "Privacy Policy", "heading": "Dr. Ana Ruiz, PhD"}, ["We keep it private."], "Dr. Ana Ruiz, PhD"),
        ({"title": "Privacy Policy"}, ["We keep it private."], None),
        # A generic policy title is no practice name: no "in therapy" from "Your privacy in therapy".
        ({"heading": "Your privacy in therapy"}, ["We keep it private."], None),
        ({"heading": "Your Privacy In Therapy"}, ["We keep it private."], None),
        ({"heading": "Confidentiality and your rights"}, ["We keep it private."], None),
        ({"heading": "Privacy in counseling"}, ["We keep it private."], None),
        ({"title": "Notice of Privacy Practices"}, ["We keep it private."], None),
        ({"heading": "About confidentiality at Oak Family Therapy"}, ["We keep it private."], "Oak Family Therapy"),
        ({"heading": "Riverside Counseling: your privacy in therapy"}, [], "Riverside Counseling"),
        # Found in a trial: "Its" is no name ("Confidentiality and Its Limits"), nor "This" or "Their".
        ({"heading": "Confidentiality and Its Limits"}, ["We keep it private."], None),
        ({"title": "Confidentiality and Its Limits"}, ["We keep it private."], None),
        ({"heading": "This Policy and Your Rights"}, ["We keep it private."], None),
        ({"heading": "Hudson Valley Counseling: Confidentiality and Its Limits"}, [], "Hudson Valley Counseling"),
        ({"heading": "That Place Therapy"}, [], "That Place Therapy"),
    ],
)
def test_clinic_name(meta: dict[str, str], texts: list[str], name: str | None) -> None:
    found = clinic_name(meta, _blocks(*texts))
    assert (found.value if found is not None else None) == name


@pytest.mark.parametrize(
    ("meta", "texts", "outside", "name"),
    [
        # found in trial 10: the title's first part is generic; the practice the page repeats is the name
        (
            {"title": "FAQ for Teens and Parents | Bluebonnet Teen Counseling", "heading": "Teen Confidentiality: Frequently Asked Questions"},
            ["At Bluebonnet Teen Counseling, what a teen shares in counseling is treated in confidence."],
            ["Bluebonnet Teen Counseling, 901 S Lamar Blvd, Austin, TX 78704"],
            "Bluebonnet Teen Counseling",
        ),
        # the whole name, with "Collective"
        ({"heading": "Front Range Counseling Collective"}, ["# Front Range Counseling Collective", "We keep it private.", "Front Range Counseling Collective, 1550 Larimer St, Denver, CO 80202"], [], "Front Range Counseling Collective"),
        # a school's service: the school on the line under the title, not "Student Counselling"
        ({"heading": "Student Counselling Service – Confidentiality Statement"}, ["# Student Counselling Service – Confidentiality Statement", "Scoil Mhuire Community School, Galway", "The Student Counselling Service offers students a safe and private space."], [], "Scoil Mhuire Community School"),
        # the copyright line and the site's brand name the practice, not a title's "Oakland Therapy"
        ({"title": "Privacy & Confidentiality | Maya Ortiz, LMFT | Oakland Therapy"}, ["We keep it private."], ["Maya Ortiz Therapy", "© 2026 Maya Ortiz Therapy. All rights reserved."], "Maya Ortiz Therapy"),
        # a practice the text names once is no better than the title: it may be another practice
        ({"title": "Dr. Jane Smith | Privacy"}, ["Before this, I worked at Riverside Counseling Center."], [], "Dr. Jane Smith"),
        # found in trial 40: the page's first heading names the practice, the title's "Privacy for Teens" does not
        ({"title": "Privacy for Teens"}, ["# Privacy at Bayou Teen Counseling", "What you tell your counselor is private."], [], "Bayou Teen Counseling"),
        # a title part with a word for a practice still wins over another practice in the first heading
        ({"title": "Privacy | Riverside Counseling"}, ["# Welcome from Oak Counseling", "We keep it private."], [], "Riverside Counseling"),
        # "X is a ..." said twice wins over a generic heading
        ({"heading": "Teens and Parents"}, ["Oak Hill Therapy is a group practice.", "Call Oak Hill Therapy at (512) 555-0100."], [], "Oak Hill Therapy"),
    ],
)
def test_the_name_the_page_repeats_wins(meta: dict[str, str], texts: list[str], outside: list[str], name: str) -> None:
    found = clinic_name(meta, _blocks(*texts), [Block("paragraph", t) for t in outside])
    assert found is not None and found.value == name
    if found.block is not None:
        every = _blocks(*texts) + [Block("paragraph", t) for t in outside]
        assert every[found.block].text[slice(*found.span)] == name


@pytest.mark.parametrize(("written", "iso"), [("25/04/2026", "2026-04-25"), ("01.04.2026", "2026-04-01"), ("13/13/2026", None)])
def test_day_month_year_dates(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("This policy applies from 1 April 2026.", "2026-04-01"),
        ("In force from 1st April 2026.", "2026-04-01"),
        ("Last updated: May 1, 2026.", "2026-05-01"),
        ("As of January 15, 2026, this notice replaces the old one.", "2026-01-15"),
        ("This notice comes into force on 25/04/2026.", "2026-04-25"),
        ("Effective 1 April 2026.", "2026-04-01"),
        # found in trial 8: a school names its term first, then the day in brackets or after a dash
        ("Effective from Term 1, 2026 (27 January 2026).", "2026-01-27"),
        ("Effective Semester 2 – 20 July 2026.", "2026-07-20"),
        ("Effective from the start of the 2026 school year (2 February 2026).", "2026-02-02"),
        # a term with no day is no date, and a date in brackets after other words is not the start
        ("Effective from Term 1, 2026.", None),
        ("Therapy is effective for many people (Smith, 1 April 2020).", None),
        # not a date the policy applies from
        ("This limit applies to anyone born before 1 April 2010.", None),
        ("We updated this page last year.", None),
        ("Your first session is on 1 April 2026.", None),
    ],
)
def test_ways_of_saying_when_a_policy_starts(text: str, iso: str | None) -> None:
    fact = find_facts(_blocks(text), {}).get("/clinic/effective_date")
    assert (fact.value if fact else None) == iso


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Anything you discuss with me in counselling is treated in confidence.", True),
        ("I will not pass on what you tell me without your agreement.", True),
        ("What you tell us is kept in strict confidence.", True),
        # no promise: a limit, or a record about the office
        ("We may pass on what you tell us without your agreement if a court orders it.", False),
        ("Our files are stored in a locked cabinet.", False),
    ],
)
def test_an_opening_promise_in_other_words(text: str, found: bool) -> None:
    facts = find_facts(_blocks("# Confidentiality", text), {})
    assert ("/confidentiality/summary" in facts) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # found in trial 10: an opening statement about the client in the third person or the passive
        ("What a student says to the school counsellor is confidential.", True),
        ("What is said in session is kept confidential.", True),
        ("At Bluebonnet Teen Counseling, what a teen shares in counseling is treated in confidence.", True),
        ("In couples and family therapy, what is said in session is kept confidential from people outside the therapy.", True),
        ("All personal information collected in the course of counselling shall be held in strict confidence.", True),
        ("Everything you share with me is private, with a few exceptions.", True),
        ("Your privacy matters to us. What you discuss in therapy stays between us except in the cases below.", True),
        # near misses: a page that opens with a bio or with fees, or says only that privacy matters
        ("Dr. Lee has worked in private practice in Austin since 2005 and sees teens and families.", False),
        ("I have been in private practice for ten years, and I look forward to working with you.", False),
        ("Sessions cost $140. We do not take private health insurance, but clients can claim a rebate.", False),
        ("Your privacy matters to us.", False),
        ("Many clients choose to pay privately for this reason.", False),
        ("Teens and parents are welcome at our clinic.", False),
    ],
)
def test_an_opening_statement_about_the_client_in_the_third_person(text: str, found: bool) -> None:
    facts = find_facts(_blocks("# Confidentiality", text), {})
    assert ("/confidentiality/summary" in facts) is found


def test_a_statement_without_you_counts_only_near_the_top() -> None:
    """'What is said in session is kept confidential' opens a page; deep in the limits it is no opening statement."""
    later = ["We see adults.", "Sessions last 50 minutes.", "We open at nine.", "What is said in session is kept confidential."]
    assert "/confidentiality/summary" not in find_facts(_blocks("# About us", *later), {})
    assert find_facts(_blocks("# About us", *later[2:]), {})["/confidentiality/summary"].block == 2


@pytest.mark.parametrize(
    ("texts", "block"),
    [
        (["**Who can I ask about this?**", "Email me at jordan@cedar.example."], 1),
        (["**Who can I ask about this?** Email me at a@b.org."], 0),
        (["Questions? Stop by the counseling office in Room 112 or call 555-0177."], 0),
        (["Questions? Stop by the counseling office in Room 112."], 0),
        (["How do I contact you?", "Call the front desk at ext. 4410."], 1),
        # a question that is not about asking, and a bare FAQ title
        (["Will you tell me before you share anything?", "Yes, I tell you first."], None),
        (["Frequently asked questions?", "Yes."], None),
    ],
)
def test_where_to_ask_in_other_words(texts: list[str], block: int | None) -> None:
    fact = find_facts(_blocks(*texts), {}).get("/questions")
    assert (fact.block if fact else None) == block


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Questions? Call 555-0177.", "555-0177"),
        ("Phone: 555-0177", "555-0177"),
        ("Call the counseling office at ext. 4410.", "ext. 4410"),
        ("Call (503) 555-0142 or 555-0177.", "(503) 555-0142"),
        # seven digits with no word that makes them a phone number
        ("Your case number is 555-0177.", None),
        ("Stop by Room 112.", None),
        ("Call us in 2026-2027.", None),
    ],
)
def test_a_local_number_or_extension_after_call_is_a_phone(text: str, phone: str | None) -> None:
    fact = find_facts(_blocks(text), {}).get("/clinic/contact/phone")
    assert (fact.value if fact else None) == phone
    if fact is not None:
        assert text[slice(*fact.span)] == phone


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Effective 1 March 2025. Contact: 0400 555 123.", True),  # trial 7
        ("Contact us: hello@newtown.example", True),
        ("Get in touch - 07700 900461", True),
        # near misses: no way to reach you after the label, or a label about someone else
        ("Contact: Sam Lee, practice manager.", False),
        ("We may contact your GP on 0400 555 123 in an emergency.", False),
        ("Emergency contact: your next of kin.", False),
        ("Emergency contact: 0400 555 123", False),  # someone the client names, or a crisis line
    ],
)
def test_a_contact_label_with_a_number_or_email_says_how_to_ask(text: str, found: bool) -> None:
    """DOC002: "Contact: 0400 555 123" tells clients how to reach you, as a "Contact us" heading does."""
    assert ("/questions" in find_facts(_blocks(text), {})) is found


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # UK, Irish, Australian and New Zealand numbers with the trunk 0 count anywhere
        ("Phone: 0400 555 123.", "0400 555 123"),
        ("Call (02) 9555 0123.", "(02) 9555 0123"),
        ("Call 07700 900461.", "07700 900461"),
        ("Tel: 01423 555 012", "01423 555 012"),
        ("Contact: 0400 555 123.", "0400 555 123"),
        ("Email me or ring 07700 900461.", "07700 900461"),
        ("Our office: 020 7946 0000", "020 7946 0000"),
        ("Mobile 087 123 4567", "087 123 4567"),
        ("Dublin office 01 234 5678", "01 234 5678"),
        ("Ph: 09 555 0123", "09 555 0123"),
        ("Telephone 0113-496-0000", "0113-496-0000"),
        ("+44 7700 900461 (mobile)", "+44 7700 900461"),
        ("Call 604-555-0123 in Vancouver.", "604-555-0123"),
        # after a word that says so: a number without spaces, 1300 and 1800, eight digits
        ("Tel: 01423555012", "01423555012"),
        ("Call 1300 555 123 during office hours.", "1300 555 123"),
        ("Freephone 0800 543 354", "0800 543 354"),
        ("Call 9555 0123.", "9555 0123"),
        # trial 8's list (found since plain8): Australian local and mobile numbers, a Manchester number
        ("Phone 0412 345 678", "0412 345 678"),
        ("Call (03) 9123 4567", "(03) 9123 4567"),
        ("Call 03 9123 4567", "03 9123 4567"),
        ("Call 1300 123 456", "1300 123 456"),
        ("Phone: 07 3123 4567", "07 3123 4567"),
        ("Tel: 0161 496 0000", "0161 496 0000"),
        # near misses: dates, ZIP codes, statutes, years, company and case numbers
        ("Effective 01 02 2025.", None),
        ("Boston, MA 02139-1234", None),
        ("Under 45 CFR 164.512 we may share.", None),
        ("the Terrorism Act 2000 and the Care Act 2014", None),
        ("We keep notes for 7 years, until 2031.", None),
        ("Effective: 04/01/2025", None),
        ("Company number 0123 4567", None),
        ("ACN 004 085 616", None),
        ("Account 012345678", None),
        ("Call 2025-2026 our busiest year.", None),
        ("In an emergency, call 000 or 999.", None),
        ("Version 0.12 345", None),
        # a helpline or crisis line is not the practice's number
        ("Out of hours? Call the HSE Drugs and Alcohol Helpline on 1800 459 459.", None),
        ("Call Lifeline on 13 11 14 or Childline on 0800 1111.", None),
    ],
)
def test_national_numbers_of_the_uk_ireland_australia_and_nz_are_phones(text: str, phone: str | None) -> None:
    fact = find_facts(_blocks(text), {}).get("/clinic/contact/phone")
    assert (fact.value if fact else None) == phone
    if fact is not None:
        assert text[slice(*fact.span)] == phone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # found in trial 6: the name was read from "At Quiet Pines Therapy, what you say is yours alone."
        ("At Quiet Pines Therapy, what you say is yours alone.", "Quiet Pines Therapy"),
        ("With Riverside Family Services, you are in good hands.", "Riverside Family Services"),
        ("The Oak Counseling Center keeps your records safe.", "The Oak Counseling Center"),
        # a phrase with no name left once its small words go
        ("In Therapy, you talk about what matters to you.", None),
        # found in trial 8: a word is never cut ("Clinical" is not "Clinic"), and a licence or job title is no name
        ("Cedar Grove is a group of Registered Clinical Counsellors (RCCs).", None),
        ("I am a Licensed Mental Health Counselor.", None),
        ("I hold a doctorate in Clinical Psychology.", None),
        ("Jo is a Certified Clinical Mental Health Counselor at Oak Family Therapy.", "Oak Family Therapy"),
        ("Welcome to The Clinical Psychology Center.", "The Clinical Psychology Center"),
        ("Visit the Riverside Clinic today.", "Riverside Clinic"),
        ("The Sunrise Clinic's team keeps your records safe.", "The Sunrise Clinic"),
    ],
)
def test_a_name_in_the_text_never_starts_with_a_small_word(text: str, name: str | None) -> None:
    fact = clinic_name({}, _blocks(text))
    assert (fact.value if fact else None) == name
    if fact is not None:
        assert text[slice(*fact.span)] == name


# A UK counsellor's PDF (new-user trial): the crisis paragraph under "Contact between sessions"
# was taken as the questions line, over the real one.
_CRISIS = "If you are in crisis between sessions, please call your GP, NHS 111 or the Samaritans on 116 123."
_ASK = "If you have any questions about this agreement, please email me at jo@counselling.example."


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("Contact between sessions", False),
        ("Contact with other professionals", False),
        ("Contacting me between sessions", False),
        ("Emergency contact", False),
        # near misses: headings that name where to reach the practice, and nothing else
        ("Contact", True),
        ("Contact me", True),
        ("Contact us", True),
        ("Contact information", True),
        ("Contacting the practice", True),
        ("How to contact us", True),
        ("Get in touch", True),
        ("Questions and contact", True),
        ("How can I contact you?", True),
    ],
)
def test_a_heading_that_only_holds_the_word_contact_is_no_questions_heading(heading: str, under: bool) -> None:
    blocks = _blocks("# Counselling agreement", "What we talk about stays private.", f"# {heading}", _CRISIS, "# About this agreement", _ASK)
    fact = find_facts(blocks, {})["/questions"]
    assert fact.block == (3 if under else 5)


def test_the_questions_line_of_a_pdf_with_a_contact_between_sessions_heading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from prose_files import make_pdf

    from policy_lint.loading import load_path

    pages = [[("heading", "Counselling agreement"), ("paragraph", "What we talk about in our sessions stays private."), ("heading", "Contact between sessions"), ("paragraph", _CRISIS)], [("heading", "About this agreement"), ("paragraph", _ASK)]]
    doc = load_path(str(make_pdf(tmp_path / "agreement.pdf", pages))).document
    questions = doc.facts["/questions"]
    assert doc.blocks[questions.block].text == _ASK


def test_a_page_of_thousands_of_practice_names_weighs_only_the_first_ones() -> None:
    # (review of session 7: each candidate was counted over the whole page, so a 1.2 MB page of distinct
    # names took 37 s.) The first 50 candidates are weighed; a name the page repeats after them is not.
    import itertools
    import string

    names = [f"X{''.join(p)} Counseling" for p in itertools.islice(itertools.product(string.ascii_lowercase, repeat=4), 3000)]
    late = names[-1]
    text = ". ".join(names) + ". " + " ".join([f"{late}."] * 20)
    got = clinic_name({}, _blocks(text))
    assert got is not None and got.value == names[0]
    # Among the first 50, the name the page says again still wins (the reason for counting at all).
    text = ". ".join(names[:40]) + ". " + " ".join([f"{names[30]}."] * 3)
    got = clinic_name({}, _blocks(text))
    assert got is not None and got.value == names[30]
