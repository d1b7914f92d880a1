"""Misreadings left in session 12's notes, fixed as classes (session 13, branch left13).

1. A sweeping refusal ("never", "not even") turned round the whole sentence, also a later clause that grants a limit in
   words of its own ("..., though a court order can require us to release them", "..., and I do report child abuse"):
   a false alarm.
2. A limit's event kept back, then refused ("Keeping child abuse secret is not an option"), read as the limit refused:
   a false alarm.
3. The law denied the power to make us share ("No law can make me break your confidentiality") read nothing: a false
   all clear.
4. Telling someone other than the client first ("I will discuss it with your parents first") read as telling the
   client first: a false all clear.
5. The law's requirement joined to other cases of their own ("when the law requires it, and in a few other cases.
   These include:") read as a preface to the list: vague, where the page states it.
6. A promise to keep the client's words private, then a limit in a concession after it ("We keep what you say
   confidential, even if a child is at risk"), read the limit stated: a false all clear.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

OPENING = "What you say stays private, with some limits."


def _page(sentence: str, fmt: str, items: tuple[str, ...] = ()) -> tuple[bytes, str]:
    if fmt == "html":
        listed = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""
        text = f"<html><body><main><h1>Confidentiality</h1><p>{OPENING}</p><p>{sentence}</p>{listed}</main></body></html>"
    else:
        listed = "\n" + "".join(f"- {i}\n" for i in items) if items else ""
        head = "# Confidentiality" if fmt == "md" else "Confidentiality"
        text = f"{head}\n\n{OPENING}\n\n{sentence}\n{listed}"
    return text.encode("utf-8"), f"page.{fmt}"


FORMATS = ["md", "txt", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, topic, status", [
    ("Your records stay here, not even your doctor sees them, though a court order can require us to release them.", "court_order", "stated"),
    ("Nobody sees your file, not even your partner, though a judge can order us to hand it over.", "court_order", "stated"),
    ("I would never share your story with anyone, and I do report child abuse.", "child_abuse", "stated"),
    ("We would never pass on what you say to anyone; we do report the abuse of a child.", "child_abuse", "stated"),
    ("We never tell anyone what you share with us, and we always report elder abuse.", "elder_abuse", "stated"),
    # near misses: no subject of its own, the new clause refuses too, "even though", a demand conceded
    ("I would never share your story with anyone, not even to report child abuse.", "child_abuse", "contradicted"),
    ("I would never share your story with anyone, and I do not report child abuse.", "child_abuse", "contradicted"),
    ("We never release records, even though a court order can require us to release them.", "court_order", "contradicted"),
    ("I will never share your notes, though a judge may ask me to.", "court_order", "contradicted"),
])
def test_a_limit_granted_after_a_refusal(sentence: str, topic: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))[topic] == status


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, status", [
    ("Keeping child abuse secret is not an option.", "stated"),
    ("Keeping child abuse confidential is never an option for us.", "stated"),
    ("If a child is being abused, keeping it to myself is not something I do.", "stated"),
    ("Hiding the abuse of a child is never permitted here.", "stated"),
    # near misses: the report refused; the keeping allowed; an exception
    ("Reporting child abuse is not an option for us.", "contradicted"),
    ("Keeping child abuse confidential is always an option for us.", "contradicted"),
    ("Keeping child abuse secret is not an option unless you agree.", "contradicted"),
])
def test_keeping_a_limit_back_refused_states_it(sentence: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))["child_abuse"] == status


@pytest.mark.parametrize("fmt", FORMATS)
def test_keeping_secrets_refused_names_no_limit(fmt: str) -> None:
    cov = coverage_of_bytes(*_page("Keeping your secrets is not an option.", fmt))
    assert all(cov[t] == "missing" for t in ("child_abuse", "required_by_law", "court_order", "harm_to_self"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, law, court", [
    ("No law can make me break your confidentiality.", "contradicted", "missing"),
    ("No law or court will ever force us to share your information.", "contradicted", "contradicted"),
    ("Not even the law can make me tell.", "contradicted", "missing"),
    ("I will not share your information, even if the law says I must.", "contradicted", "missing"),
    ("No law will ever compel me to disclose what you tell me in counselling.", "contradicted", "missing"),
    # near misses: a matter of its own; an exception; a court alone; the law's power granted
    ("No law can make me report your drug use.", "missing", "missing"),
    ("No law can make me break your confidentiality, except a court order.", "missing", "stated"),
    ("No court can make me share your notes.", "missing", "contradicted"),
    ("The law can make us share your information.", "missing", "missing"),
])
def test_no_law_can_make_us_share(sentence: str, law: str, court: str, fmt: str) -> None:
    cov = coverage_of_bytes(*_page(sentence, fmt))
    assert (cov["required_by_law"], cov["court_order"]) == (law, court)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, topic, status", [
    ("If I need to share, I will discuss it with your parents first.", "before_disclosure", "missing"),
    ("If I have to break confidentiality, I will inform your parent or guardian first.", "before_disclosure", "missing"),
    ("If we must share, we will tell a family member before we do.", "before_disclosure", "missing"),
    ("If I need to share, I will talk to your GP first.", "before_disclosure", "missing"),
    ("If I have to break confidentiality, I will tell your parents afterwards.", "after_disclosure", "missing"),
    # near misses: the client told too
    ("If I need to share, I will discuss it with you (and your parents) first.", "before_disclosure", "stated"),
    ("If I need to share, I will talk with you first.", "before_disclosure", "stated"),
    ("If I need to share, we will tell you and, if you wish, your parents.", "before_disclosure", "stated"),
])
def test_someone_else_told_is_no_telling_of_the_client(sentence: str, topic: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))[topic] == status


ITEMS = ("When you ask me to", "When I need to collect an unpaid bill")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, status", [
    ("I share information when the law requires it, and in a few other cases. These include:", "stated"),
    ("We disclose information as required by law, as well as in some other situations. They are:", "stated"),
    # near misses: the law's sentence alone, the law's own other cases, the law's cases named only as some of them
    ("I share information when the law requires it. These include:", "vague"),
    ("We share information in some other situations required by law. These include:", "vague"),
    ("I am required by law to share information in certain circumstances, and in other cases as well. These include:", "vague"),
])
def test_the_law_among_other_cases_over_a_list(sentence: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt, ITEMS))["required_by_law"] == status


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("law, status", [
    ("I share information when the law requires it, and in a few other cases.", "stated"),
    ("I share information when the law requires it.", "vague"),
])
def test_the_law_among_other_cases_over_a_lead_of_its_own(law: str, status: str, fmt: str) -> None:
    # the pointer in a paragraph of its own (passages._law_over_a_lead)
    assert coverage_of_bytes(*_page(f"{law}\n\nThese include:", fmt, ITEMS))["required_by_law"] == status


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, topic, status", [
    # (found while varying item 3's "even if the law says I must": a false all clear, older than session 12)
    ("I will keep your secrets even when a court orders me to share them.", "court_order", "contradicted"),
    ("Your information stays confidential even if the law requires us to share it.", "required_by_law", "contradicted"),
    ("We keep what you say confidential, even if a child is at risk.", "child_abuse", "contradicted"),
    ("Our sessions stay between you and me, even should a judge ask for my notes.", "court_order", "contradicted"),
    # near misses
    ("Your information stays confidential unless the law requires us to share it.", "required_by_law", "stated"),
    ("Your file stays private even if you move away, and a court order can require us to release it.", "court_order", "stated"),
    ("Your records are kept secure and confidential, even when we have to share them with a court.", "court_order", "stated"),
    # (a child "at risk of harm": a child only "at risk" is vague since abuse22)
    ("We cannot keep it private even if you ask us to, when a child is at risk of harm.", "child_abuse", "stated"),
])
def test_kept_private_even_if_a_limit_refuses_it(sentence: str, topic: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt))[topic] == status
