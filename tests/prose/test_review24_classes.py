"""Review 24 (session 15): classes of false all clears (each read stated) and one of false alarms.

- A limit whose act waits for the client's say-so, with the "only" before the act and the consent after it ("If we
  are worried about your safety, we would only contact your GP with your consent"), a common UK wording. Near misses
  keep the limit stated: another exception after the consent, the act done without consent, other cases.
- A limit said to be no exception to confidentiality ("Child abuse is not one of the limits of confidentiality in our
  practice", "Subpoenas do not override your confidentiality here"). Near misses: not the only one, part of it only,
  a contrast after it.
- Limits stated after supposing we are what we are not ("If we were mandated reporters, we would report child abuse").
  Near misses: an event supposed ("If we were to receive a court order").
- What others do, then a bare "but we do not" (the tellings too), and others' denial, then "but we do" (a false
  alarm: it read contradicted).
- A verbless denial after a comma that names a limit ("We report child abuse, not elder abuse").
- And the lead's and round 24's smaller classes: a limit kept after ", but"; the first session denied after a comma;
  the minimum disowned; "no longer"; a leading concession that grants an act; "Never, even if ..."; the client's
  access refused with "may"; "informed consent"; asking and telling denied together.

Each case of CASES is (class, sentence, the statuses it must read): near misses sit in the same class."""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes


def _page(sentence: str) -> dict[str, str]:
    """Topic -> status for a one-sentence Markdown page under a heading."""
    return coverage_of_bytes(f"# Confidentiality\n\n{sentence}\n".encode(), "page.md")

REFUSED = [
    ("If we are worried about your safety, we would only contact your GP with your consent.", "harm_to_self"),
    ("If you are at risk of suicide, we will only involve others if you agree.", "harm_to_self"),
    ("Concerns about your safety would be shared with your GP only if you agreed.", "harm_to_self"),
    ("We would only break confidentiality for suicide risk with your explicit consent.", "harm_to_self"),
    ("Suspected child abuse would be reported only if you agreed to it.", "child_abuse"),
    ("We will only respond to a court order if you consent.", "court_order"),
    ("If you tell us about abuse of a child, we will only report it if you agree.", "child_abuse"),
]

#: (class, sentence, {topic: status}) for a one-sentence page; near misses keep their class's name.
CASES = [
    ('consent-kept', 'If we are worried about your safety, we would normally contact your GP with your consent, unless there is a serious risk to your life.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'We would only contact your GP without your consent if your life was at serious risk.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Except where there is a risk of harm to yourself or others, information will only be shared with your consent.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'If you are at risk of harm, we may contact your GP; otherwise we will only share information with your consent.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'In a crisis where your life is at risk, we would only contact your GP if you agree or if we cannot reach you.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Suspected child abuse would be reported only if you agreed to it or if a child was in danger.', {'child_abuse': 'stated'}),
    ('consent-kept', 'We only share information with your consent or when the law requires it, such as a court order.', {'court_order': 'stated'}),
    ('consent-kept', 'We will only share your information with your consent, but if you are at risk of harm we may contact your GP.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Information about risk to yourself will only be shared with your consent where possible.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Where possible, we would only contact your GP about your safety with your agreement.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'If you are at risk of suicide, we would only contact your GP with your consent where it is safe.', {'harm_to_self': 'stated'}),
    ('no-exception', 'Child abuse is not one of the limits of confidentiality in our practice.', {'child_abuse': 'contradicted'}),
    ('no-exception', 'A court order is not one of the exceptions to confidentiality here.', {'court_order': 'contradicted'}),
    ('no-exception', 'Harm to others is not among the exceptions to our confidentiality.', {'harm_to_others': 'contradicted'}),
    ('no-exception', 'We do not treat risk of suicide as an exception to confidentiality.', {'harm_to_self': 'contradicted'}),
    ('no-exception', 'Subpoenas do not override your confidentiality here.', {'court_order': 'contradicted'}),
    ('still-one', 'Child abuse is one of the limits of confidentiality.', {'child_abuse': 'stated'}),
    ('still-one', 'Self-harm is not the only limit of confidentiality.', {'harm_to_self': 'stated'}),
    ('still-one', 'Talking about suicide is not an exception to confidentiality, but a plan to end your life is.', {'harm_to_self': 'stated'}),
    ('still-one', 'Child abuse is never an exception we ignore.', {'child_abuse': 'stated'}),
    ('still-one', 'Child abuse is not an exception to confidentiality that we can ignore.', {'child_abuse': 'stated'}),
    ('still-one', 'Self-harm is not, by itself, a reason to break confidentiality.', {'harm_to_self': 'stated'}),
    ('contrary', 'If we were mandated reporters, we would report child abuse to CPS.', {'child_abuse': 'contradicted'}),
    ('contrary', 'If I were a licensed therapist, I would have to report child abuse.', {'child_abuse': 'contradicted'}),
    ('contrary', 'Were we a hospital, we would call emergency services when a patient is suicidal.', {'harm_to_self': 'contradicted'}),
    ('supposed-event', 'If we were to receive a court order, we would have to comply.', {'court_order': 'stated'}),
    ('supposed-event', 'If we were ever concerned that a child was being abused, we would report it.', {'child_abuse': 'stated'}),
    ('supposed-event', 'If I were a client, I would want to know that my therapist must report child abuse.', {'child_abuse': 'stated'}),
    ('others-then-us', 'Some therapists tell clients before making a report, but we do not.', {'before_disclosure': 'contradicted'}),
    ('others-then-us', 'Some services tell you afterwards, but we do not.', {'after_disclosure': 'contradicted'}),
    ('others-then-us', 'Some therapists explain the limits of confidentiality at the first session, but we do not.', {'at_intake': 'contradicted'}),
    ('others-then-us', 'Some therapists do not report child abuse, but we do.', {'child_abuse': 'stated'}),
    ('others-then-us', 'Other services may not tell you afterwards, but we will.', {'after_disclosure': 'stated'}),
    ('others-then-us', 'Other therapists may not tell you first, but we always will.', {'before_disclosure': 'stated'}),
    ('others-then-us', 'We tell you before we report, but we do not ask your permission.', {'before_disclosure': 'stated'}),
    ('others-then-us', 'We do not report child abuse, but we do tell you first.', {'child_abuse': 'contradicted'}),
    ('comma-denial', 'We report child abuse, not elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('comma-denial', 'We report abuse of children, never abuse of older adults.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('comma-denial', 'We will contact your GP, not the police, if you are at risk of suicide.', {'harm_to_self': 'stated'}),
    ('comma-denial', 'We report suspected abuse of children, not just physical abuse.', {'child_abuse': 'stated'}),
    ('comma-denial', 'We share information when a court orders it, not when a lawyer asks for it.', {'court_order': 'stated'}),
    ('kept-after-but', 'We report child abuse, but elder abuse is kept confidential.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('kept-after-but', 'We report child abuse, but threats to others stay confidential.', {'child_abuse': 'stated', 'harm_to_others': 'contradicted'}),
    ('kept-after-but', 'We report child abuse, but everything else is kept confidential.', {'child_abuse': 'stated'}),
    ('kept-after-but', 'We report child abuse, but abuse you suffered as a child stays confidential.', {'child_abuse': 'stated'}),
    ('first-session', 'Limits of confidentiality are explained later in therapy, not at the first session.', {'at_intake': 'contradicted'}),
    ('first-session', 'We explain confidentiality in writing, not at the first session.', {'at_intake': 'contradicted'}),
    ('first-session', 'We explain the limits of confidentiality at the first session, not later.', {'at_intake': 'stated'}),
    ('first-session', 'We will explain the limits of confidentiality at the first session, but not at every session.', {'at_intake': 'stated'}),
    ('minimum', 'The minimum necessary rule does not apply to disclosures we make.', {'minimum_necessary': 'contradicted'}),
    ('minimum', 'Sharing only the minimum necessary is not our policy.', {'minimum_necessary': 'contradicted'}),
    ('minimum', 'The minimum necessary rule does not apply when you ask for your own records.', {'minimum_necessary': 'stated'}),
    ('minimum', 'The minimum necessary standard does not apply to disclosures to you or for treatment.', {'minimum_necessary': 'stated'}),
    ('no-longer', 'We used to report suspected child abuse. We no longer do so.', {'child_abuse': 'contradicted'}),
    ('no-longer', 'We used to report suspected child abuse, but we no longer do.', {'child_abuse': 'contradicted'}),
    ('no-longer', 'We report child abuse. We no longer wait to do so.', {'child_abuse': 'stated'}),
    ('concession', 'Although we report child abuse, we do not report elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('concession', 'Though we must report child abuse, we will not report elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('concession', 'Although the law requires it, we do not report child abuse.', {'child_abuse': 'contradicted'}),
    ('concession', 'Although you may be a danger to others, we will not warn anyone.', {'duty_to_warn': 'contradicted'}),
    ('bare-never', 'Never, even if a court orders it.', {'court_order': 'contradicted'}),
    ('bare-never', 'Never, even if a judge orders us to release your records.', {'court_order': 'contradicted'}),
    ('bare-never', 'Never, unless a court orders it.', {'court_order': 'stated'}),
    ('access-may', 'We may refuse access to your records if it would create a risk of harm to you.', {'harm_to_self': 'missing'}),
    ('access-may', 'We refuse access to your records to anyone, even if you are a danger to others.', {'harm_to_others': 'contradicted'}),
    ('informed', 'If a court orders it, we do not seek to obtain written informed consent from you.', {'court_order': 'stated'}),
    ('informed', 'We will not inform child protective services about abuse.', {'child_abuse': 'contradicted'}),
    ('ask-or-tell', "We don't ask your permission or tell you before we report.", {'before_disclosure': 'contradicted'}),
    ('ask-or-tell', 'We will not ask your permission or let you know beforehand.', {'before_disclosure': 'contradicted'}),
    ('ask-or-tell', 'We do not ask your permission, but we will tell you before we report.', {'before_disclosure': 'stated'}),
    ('ask-or-tell', 'We will ask your permission or tell you before we report.', {'before_disclosure': 'stated'}),
]


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
@pytest.mark.parametrize(("sentence", "topic"), REFUSED)
def test_a_limit_that_waits_for_the_clients_say_so_is_contradicted(sentence: str, topic: str, name: str) -> None:
    got = coverage_of_bytes(f"Confidentiality\n\n{sentence}\n".encode(), name)
    assert got[topic] == "contradicted", got


@pytest.mark.parametrize(("sentence", "want"), [(s, w) for _, s, w in CASES], ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_each_case_reads_as_labelled(sentence: str, want: dict[str, str]) -> None:
    got = _page(sentence)
    assert {t: got[t] for t in want} == want, got


def test_not_all_of_a_limit_denied_is_no_contradiction() -> None:
    # "Not every" and "not all" say some: the clause reads neither way (alarm24's convention, session 15)
    assert _page("Not all self-harm is an exception to confidentiality.")["harm_to_self"] != "contradicted"
