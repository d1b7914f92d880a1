"""Review 24 (session 15): a limit whose act waits for the client's say-so, with the "only" before the act and the
consent after it, says the limit the other way round ("If we are worried about your safety, we would only contact
your GP with your consent"). It read stated: a false all clear on a common UK wording. Near misses keep the limit
stated: another exception after the consent, the act done without consent, the say-so for other cases."""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

REFUSED = [
    ("If we are worried about your safety, we would only contact your GP with your consent.", "harm_to_self"),
    ("If you are at risk of suicide, we will only involve others if you agree.", "harm_to_self"),
    ("Concerns about your safety would be shared with your GP only if you agreed.", "harm_to_self"),
    ("We would only break confidentiality for suicide risk with your explicit consent.", "harm_to_self"),
    ("Suspected child abuse would be reported only if you agreed to it.", "child_abuse"),
    ("We will only respond to a court order if you consent.", "court_order"),
    ("If you tell us about abuse of a child, we will only report it if you agree.", "child_abuse"),
]

KEPT = [
    ("If we are worried about your safety, we would normally contact your GP with your consent, unless there is a serious risk to your life.", "harm_to_self"),
    ("We would only contact your GP without your consent if your life was at serious risk.", "harm_to_self"),
    ("Except where there is a risk of harm to yourself or others, information will only be shared with your consent.", "harm_to_self"),
    ("If you are at risk of harm, we may contact your GP; otherwise we will only share information with your consent.", "harm_to_self"),
    ("In a crisis where your life is at risk, we would only contact your GP if you agree or if we cannot reach you.", "harm_to_self"),
    ("Suspected child abuse would be reported only if you agreed to it or if a child was in danger.", "child_abuse"),
    ("We only share information with your consent or when the law requires it, such as a court order.", "court_order"),
    ("We will only share your information with your consent, but if you are at risk of harm we may contact your GP.", "harm_to_self"),
]


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
@pytest.mark.parametrize(("sentence", "topic"), REFUSED)
def test_a_limit_that_waits_for_the_clients_say_so_is_contradicted(sentence: str, topic: str, name: str) -> None:
    got = coverage_of_bytes(f"Confidentiality\n\n{sentence}\n".encode(), name)
    assert got[topic] == "contradicted", got


@pytest.mark.parametrize(("sentence", "topic"), KEPT)
def test_another_exception_or_other_cases_keep_the_limit_stated(sentence: str, topic: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{sentence}\n".encode(), "page.md")
    assert got[topic] == "stated", got
