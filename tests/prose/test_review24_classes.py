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
- A verbless denial after a comma that names a limit ("We report child abuse, not elder abuse")."""

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

KEPT = [
    ("If we are worried about your safety, we would normally contact your GP with your consent, unless there is a serious risk to your life.", "harm_to_self"),
    ("We would only contact your GP without your consent if your life was at serious risk.", "harm_to_self"),
    ("Except where there is a risk of harm to yourself or others, information will only be shared with your consent.", "harm_to_self"),
    ("If you are at risk of harm, we may contact your GP; otherwise we will only share information with your consent.", "harm_to_self"),
    ("In a crisis where your life is at risk, we would only contact your GP if you agree or if we cannot reach you.", "harm_to_self"),
    ("Suspected child abuse would be reported only if you agreed to it or if a child was in danger.", "child_abuse"),
    ("We only share information with your consent or when the law requires it, such as a court order.", "court_order"),
    ("We will only share your information with your consent, but if you are at risk of harm we may contact your GP.", "harm_to_self"),
    # the consent sought where it can be, not waited for (a false alarm on common UK wording before it was left out)
    ("Information about risk to yourself will only be shared with your consent where possible.", "harm_to_self"),
    ("Where possible, we would only contact your GP about your safety with your agreement.", "harm_to_self"),
    ("If you are at risk of suicide, we would only contact your GP with your consent where it is safe.", "harm_to_self"),
]


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
@pytest.mark.parametrize(("sentence", "topic"), REFUSED)
def test_a_limit_that_waits_for_the_clients_say_so_is_contradicted(sentence: str, topic: str, name: str) -> None:
    got = coverage_of_bytes(f"Confidentiality\n\n{sentence}\n".encode(), name)
    assert got[topic] == "contradicted", got


@pytest.mark.parametrize(("sentence", "topic"), KEPT)
def test_another_exception_or_other_cases_keep_the_limit_stated(sentence: str, topic: str) -> None:
    got = _page(sentence)
    assert got[topic] == "stated", got


NO_EXCEPTION = [
    ("Child abuse is not one of the limits of confidentiality in our practice.", "child_abuse"),
    ("A court order is not one of the exceptions to confidentiality here.", "court_order"),
    ("Harm to others is not among the exceptions to our confidentiality.", "harm_to_others"),
    ("We do not treat risk of suicide as an exception to confidentiality.", "harm_to_self"),
    ("Subpoenas do not override your confidentiality here.", "court_order"),
]
STILL_ONE = [
    ("Child abuse is one of the limits of confidentiality.", "child_abuse"),
    ("Self-harm is not the only limit of confidentiality.", "harm_to_self"),
    ("Talking about suicide is not an exception to confidentiality, but a plan to end your life is.", "harm_to_self"),
    ("Child abuse is never an exception we ignore.", "child_abuse"),
    ("Child abuse is not an exception to confidentiality that we can ignore.", "child_abuse"),
    ("Self-harm is not, by itself, a reason to break confidentiality.", "harm_to_self"),
]


@pytest.mark.parametrize(("sentence", "topic"), NO_EXCEPTION)
def test_a_limit_said_to_be_no_exception_is_contradicted(sentence: str, topic: str) -> None:
    # review24: each read stated
    got = _page(sentence)
    assert got[topic] == "contradicted", got


def test_not_all_of_a_limit_denied_is_no_contradiction() -> None:
    # "Not every" and "not all" say some: the clause reads neither way (alarm24's convention, session 15)
    assert _page("Not all self-harm is an exception to confidentiality.")["harm_to_self"] != "contradicted"


@pytest.mark.parametrize(("sentence", "topic"), STILL_ONE)
def test_a_limit_said_to_be_one_or_denied_in_part_stays_stated(sentence: str, topic: str) -> None:
    got = _page(sentence)
    assert got[topic] == "stated", got


CONTRARY = [
    ("If we were mandated reporters, we would report child abuse to CPS.", "child_abuse"),
    ("If I were a licensed therapist, I would have to report child abuse.", "child_abuse"),
    ("Were we a hospital, we would call emergency services when a patient is suicidal.", "harm_to_self"),
]
SUPPOSED_EVENT = [
    ("If we were to receive a court order, we would have to comply.", "court_order"),
    ("If we were ever concerned that a child was being abused, we would report it.", "child_abuse"),
    ("If I were a client, I would want to know that my therapist must report child abuse.", "child_abuse"),
]


@pytest.mark.parametrize(("sentence", "topic"), CONTRARY)
def test_limits_after_supposing_we_are_what_we_are_not_are_contradicted(sentence: str, topic: str) -> None:
    got = _page(sentence)
    assert got[topic] == "contradicted", got


@pytest.mark.parametrize(("sentence", "topic"), SUPPOSED_EVENT)
def test_an_event_supposed_keeps_the_limit_stated(sentence: str, topic: str) -> None:
    got = _page(sentence)
    assert got[topic] == "stated", got


OTHERS_THEN_US = [
    ("Some therapists tell clients before making a report, but we do not.", "before_disclosure", "contradicted"),
    ("Some services tell you afterwards, but we do not.", "after_disclosure", "contradicted"),
    ("Some therapists explain the limits of confidentiality at the first session, but we do not.", "at_intake", "contradicted"),
    ("Some therapists do not report child abuse, but we do.", "child_abuse", "stated"),
    ("Other services may not tell you afterwards, but we will.", "after_disclosure", "stated"),
    ("Other therapists may not tell you first, but we always will.", "before_disclosure", "stated"),
    # near misses: another act of ours after the "but"
    ("We tell you before we report, but we do not ask your permission.", "before_disclosure", "stated"),
    ("We do not report child abuse, but we do tell you first.", "child_abuse", "contradicted"),
]


@pytest.mark.parametrize(("sentence", "topic", "status"), OTHERS_THEN_US)
def test_what_others_do_then_a_bare_but_we_do_or_do_not(sentence: str, topic: str, status: str) -> None:
    # review24: the tellings were not turned by "but we do not" (false all clears), and "but we do" did not turn
    # others' denial back (false alarms)
    got = _page(sentence)
    assert got[topic] == status, got


COMMA_DENIALS = [
    ("We report child abuse, not elder abuse.", {"child_abuse": "stated", "elder_abuse": "contradicted"}),
    ("We report abuse of children, never abuse of older adults.", {"child_abuse": "stated", "elder_abuse": "contradicted"}),
    ("We will contact your GP, not the police, if you are at risk of suicide.", {"harm_to_self": "stated"}),
    ("We report suspected abuse of children, not just physical abuse.", {"child_abuse": "stated"}),
    ("We share information when a court orders it, not when a lawyer asks for it.", {"court_order": "stated"}),
]


@pytest.mark.parametrize(("sentence", "want"), COMMA_DENIALS)
def test_a_verbless_denial_after_a_comma_refuses_the_limit_it_names(sentence: str, want: dict[str, str]) -> None:
    got = _page(sentence)
    assert {t: got[t] for t in want} == want, got


KEPT_AFTER_BUT = [
    ("We report child abuse, but elder abuse is kept confidential.", {"child_abuse": "stated", "elder_abuse": "contradicted"}),
    ("We report child abuse, but threats to others stay confidential.", {"child_abuse": "stated", "harm_to_others": "contradicted"}),
    ("We report child abuse, but everything else is kept confidential.", {"child_abuse": "stated"}),
    ("We report child abuse, but abuse you suffered as a child stays confidential.", {"child_abuse": "stated"}),
]


@pytest.mark.parametrize(("sentence", "want"), KEPT_AFTER_BUT)
def test_a_limit_kept_private_in_a_clause_after_but(sentence: str, want: dict[str, str]) -> None:
    got = _page(sentence)
    assert {t: got[t] for t in want} == want, got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Limits of confidentiality are explained later in therapy, not at the first session.", "contradicted"),
        ("We explain confidentiality in writing, not at the first session.", "contradicted"),
        ("We explain the limits of confidentiality at the first session, not later.", "stated"),
        ("We will explain the limits of confidentiality at the first session, but not at every session.", "stated"),
    ],
)
def test_the_first_session_denied_after_a_comma(sentence: str, status: str) -> None:
    got = _page(sentence)
    assert got["at_intake"] == status, got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The minimum necessary rule does not apply to disclosures we make.", "contradicted"),
        ("Sharing only the minimum necessary is not our policy.", "contradicted"),
        ("The minimum necessary rule does not apply when you ask for your own records.", "stated"),
        ("The minimum necessary standard does not apply to disclosures to you or for treatment.", "stated"),
    ],
)
def test_the_minimum_disowned_or_scoped(sentence: str, status: str) -> None:
    got = _page(sentence)
    assert got["minimum_necessary"] == status, got


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We used to report suspected child abuse. We no longer do so.", "contradicted"),
        ("We used to report suspected child abuse, but we no longer do.", "contradicted"),
        ("We report child abuse. We no longer wait to do so.", "stated"),
    ],
)
def test_no_longer_refuses_what_we_used_to_do(text: str, status: str) -> None:
    got = _page(text)
    assert got["child_abuse"] == status, got


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a leading concession that grants an act of its own is not turned round by the denial after it (it read child
        # abuse contradicted, a false alarm older than this session)
        ("Although we report child abuse, we do not report elder abuse.", {"child_abuse": "stated", "elder_abuse": "contradicted"}),
        ("Though we must report child abuse, we will not report elder abuse.", {"child_abuse": "stated", "elder_abuse": "contradicted"}),
        # a concession of a case only is turned round, as a condition is
        ("Although the law requires it, we do not report child abuse.", {"child_abuse": "contradicted"}),
        ("Although you may be a danger to others, we will not warn anyone.", {"duty_to_warn": "contradicted"}),
    ],
)
def test_a_leading_concession_that_grants_an_act(sentence: str, want: dict[str, str]) -> None:
    got = _page(sentence)
    assert {t: got[t] for t in want} == want, got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Never, even if a court orders it.", "contradicted"),  # an FAQ's answer (law24 found it read stated)
        ("Never, even if a judge orders us to release your records.", "contradicted"),
        ("Never, unless a court orders it.", "stated"),
    ],
)
def test_a_bare_never_then_a_concession(sentence: str, status: str) -> None:
    assert _page(sentence)["court_order"] == status


def test_the_clients_access_refused_with_may_is_no_limit() -> None:
    # warn24 noticed: a privacy notice's right of access read harm to self contradicted (a false alarm)
    got = _page("We may refuse access to your records if it would create a risk of harm to you.")
    assert got["harm_to_self"] == "missing", got
    # a refusal to all stays a refusal
    assert _page("We refuse access to your records to anyone, even if you are a danger to others.")["harm_to_others"] == "contradicted"


def test_informed_consent_is_no_telling() -> None:
    # tell24 noticed: the court order read contradicted through "not ... informed"
    assert _page("If a court orders it, we do not seek to obtain written informed consent from you.")["court_order"] == "stated"
    assert _page("We will not inform child protective services about abuse.")["child_abuse"] == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("We don't ask your permission or tell you before we report.", "contradicted"),
        ("We will not ask your permission or let you know beforehand.", "contradicted"),
        ("We do not ask your permission, but we will tell you before we report.", "stated"),
        ("We will ask your permission or tell you before we report.", "stated"),
    ],
)
def test_asking_and_telling_denied_together(sentence: str, status: str) -> None:
    assert _page(sentence)["before_disclosure"] == status
