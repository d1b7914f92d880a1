"""Review 22: this session's reading changes red-teamed (tune19a-e, left13, dtw13, blanket_item). The pages here are
written for these tests, in our own words.

- blanket_item: "recording" stems as "record", so "Your counselling records are never shared with anyone" read as one
  narrow kind of data and the blanket promise was lost (a false all clear). The records are the client's words.
- "at high (serious, significant) risk" with the client named reads in a sentence of privacy, so its words reach
  "private": a leading "Even if you are at high risk, we keep it private" read harm_to_self stated (a false all clear).
- A leading "Even if ..." and then a keeping: the client's own words ("what you say stays confidential") are no act of
  ours (it read stated), and a keeping denied ("we will not keep it private") states the limit (it read contradicted).
- A concession after a keeping in other words: "even in cases of", "even in the event of", "regardless of whether",
  "whether or not", "no matter whether" refuse the limit as "even if" does (they read stated).
- The client's own testimony ("If you are required to give evidence in court, we can help you prepare", "If you are
  asked to testify") is no court that asks us: it read court_order stated, a false all clear.
- Our act before the talk ("We may call social services before speaking to you") read telling first, the words of a
  telling and "before" being there: it is the opposite, as "without telling you" is (untold_before).
- left13's grant after a refusal ("..., though a court order can require us to") read someone else's belief or
  question as a grant ("though some people believe a court order can require us to. It cannot."): stated, a false
  all clear.
- dtw13's general recipients with the client as the subject of their clause ("If someone else is in danger,
  you should contact emergency services") read the warning vague: the client calls, we warn no one.
- tune19c's exception in the paragraph after a blanket promise lifted the promise whatever it excepted ("There are a
  few exceptions to this, which apply only to our billing records"): the promise was lost. It lifts it only as a
  lead-in (":") or with a limit named in it or in the paragraph just after it.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

H = "# Confidentiality\n\n{}\n"


def _cov(text: str, name: str = "page.md") -> dict[str, str]:
    return coverage_of_bytes(H.format(text).encode("utf-8"), name)


@pytest.mark.parametrize(
    "text",
    [
        "Your counselling records are never shared with anyone.",
        "Your session records will never be shared with anyone.",
        "Your therapy record is never shared with anyone.",
        "Your records are never shared with anyone.",
    ],
)
def test_records_never_shared_is_a_blanket_promise(text: str) -> None:
    got = _cov(text)
    assert got["child_abuse"] == "contradicted", got
    assert got["court_order"] == "contradicted", got


@pytest.mark.parametrize(
    "text",
    [
        "Recordings of our sessions are never shared with anyone.",
        "Session recordings are never shared with anyone.",
        "Your email address will not be shared with anyone.",
    ],
)
def test_narrow_data_never_shared_is_still_no_blanket_promise(text: str) -> None:
    got = _cov(text)
    assert got["child_abuse"] == "missing", got


@pytest.mark.parametrize(
    "text",
    [
        "Even if you are at high risk, we keep it private.",
        "Even if you are at serious risk, what you say stays confidential.",
        "Even if you are at significant risk of harm, we keep what you say private.",
        # the client's own words are no act of ours (it read stated before this session too)
        "Even if you are at risk of suicide, what you say stays confidential.",
    ],
)
def test_even_if_at_high_risk_then_kept_is_refused(text: str) -> None:
    got = _cov(text)
    assert got["harm_to_self"] == "contradicted", got


@pytest.mark.parametrize(
    "text",
    [
        "If you are at high risk, we cannot keep it private.",
        "Even if you are at high risk, we will not keep it private; we will call for help.",
        "If you are at high risk, we may share information to keep you safe, and otherwise keep it private.",
        # the keeping denied states the limit (it read contradicted before this session, a false alarm)
        "Even if you are at risk of suicide, we will not keep it private.",
        "Even if you are at risk of suicide, it cannot stay confidential.",
    ],
)
def test_at_high_risk_not_kept_still_states(text: str) -> None:
    got = _cov(text)
    assert got["harm_to_self"] == "stated", got


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We keep what you tell us private, even in cases of child abuse.", "child_abuse"),
        ("We keep what you tell us private, even in the case of child abuse.", "child_abuse"),
        ("Everything you say stays confidential, even in the event of a court order.", "court_order"),
        ("We keep what you tell us private, regardless of whether a child is at risk.", "child_abuse"),
        ("We keep what you tell us private, whether or not a child is at risk.", "child_abuse"),
        ("What you say stays confidential, no matter whether a court orders us to share it.", "court_order"),
    ],
)
def test_a_concession_in_other_words_refuses_the_limit(text: str, topic: str) -> None:
    got = _cov(text)
    assert got[topic] == "contradicted", got


@pytest.mark.parametrize(
    "text, topic",
    [
        # near misses: an exception, "but", "only", a keeping denied, our own sharing in the concession
        ("We keep what you tell us private, except in cases of child abuse.", "child_abuse"),
        ("We keep what you tell us private, but even in cases of child abuse we talk with you before we report it.",
         "child_abuse"),
        ("We cannot keep it private, even in cases of minor abuse of a child.", "child_abuse"),
        ("Your notes are kept confidential, even in the event that we must share them with a court.", "court_order"),
        # (a child "at risk of harm": a child only "at risk" is vague since abuse22)
        ("We keep what you tell us private, whether or not you are an adult, unless a child is at risk of harm.", "child_abuse"),
        ("Your notes stay confidential, regardless of whether we have to share them with a court.", "court_order"),
        ("We keep your notes private, no matter whether we must release them to a court.", "court_order"),
    ],
)
def test_a_concession_near_miss_still_states(text: str, topic: str) -> None:
    got = _cov(text)
    assert got[topic] == "stated", got


@pytest.mark.parametrize(
    "text",
    [
        "If you are required to give evidence in court, we can help you prepare.",
        "If you are called to give evidence, your counsellor can support you.",
        "If you are asked to testify in court, we can support you.",
    ],
)
def test_the_clients_own_testimony_is_no_court_order(text: str) -> None:
    # tune19a's "required to give evidence" is the therapist's testimony; the client's own is no court that asks us
    got = _cov(text)
    assert got["court_order"] != "stated", got


@pytest.mark.parametrize(
    "text",
    [
        "If you are involved in a court case and your psychologist is required to give evidence, your notes may be read.",
        "If you are required to testify and a court orders your records, we must release them.",
        "If you are asked to testify in court, we may be required to give evidence too.",
        "Your counsellor may be required to give evidence in court.",
    ],
)
def test_the_therapists_testimony_still_states_the_court(text: str) -> None:
    got = _cov(text)
    assert got["court_order"] == "stated", got


@pytest.mark.parametrize(
    "text",
    [
        "We may call social services before speaking to you.",
        "If a child is at risk, we may contact social services before telling you.",
        "We may share information with the police before we can talk to you.",
    ],
)
def test_the_act_before_the_talk_is_no_telling_first(text: str) -> None:
    # "before speaking to you" after our act: the act comes first (it read before_disclosure stated, a false all clear)
    got = _cov(text)
    assert got["before_disclosure"] == "contradicted", got


@pytest.mark.parametrize(
    "text, want",
    [
        # near misses: the act denied before the talk; the talk before the act; an emergency; no sharing named
        ("We won't contact anyone before speaking to you.", "stated"),
        ("We will never share anything before talking with you.", "stated"),
        ("We will speak to you before contacting anyone.", "stated"),
        ("In an emergency we may call an ambulance before we can speak to you.", "missing"),
        ("Please think it over before telling us.", "missing"),
    ],
)
def test_the_act_before_the_talk_near_misses(text: str, want: str) -> None:
    got = _cov(text)
    assert got["before_disclosure"] == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        # someone else's belief or question grants nothing (left13's "though a court order can require us" read stated)
        ("We never release your records to anyone, though some people believe a court order can require us to. "
         "It cannot.", "contradicted"),
        ("We never share your notes, though clients often ask whether a court order can require us to release them.",
         "contradicted"),
        # near misses: the grant said outright, or with our own hedge
        ("We never release your records to anyone, though a court order can require us to release them.", "stated"),
        ("We never release your records to anyone, though I think a court order can require us to release them.",
         "stated"),
    ],
)
def test_someone_elses_belief_after_a_refusal_grants_nothing(text: str, want: str) -> None:
    got = _cov(text)
    assert got["court_order"] == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        # the client the subject of the clause that names whom to call: no warning of ours (dtw13 read it vague)
        ("If someone else is in danger, you should contact emergency services.", "missing"),
        ("If you are worried that someone else is in danger, you can call emergency services.", "missing"),
        ("If another person is in danger, you must call emergency services straight away.", "missing"),
        # near misses: we call, or the client is told that we will
        ("If you tell us someone else is in danger, we may contact emergency services.", "vague"),
        ("If you threaten someone, you should know that we will contact emergency services.", "vague"),
    ],
)
def test_the_client_who_calls_emergency_services_is_no_warning(text: str, want: str) -> None:
    got = _cov(text)
    assert got["duty_to_warn"] == want, got


PROMISE = "# Privacy\n\nWe never share anything you tell us with anyone.\n\n{}\n\nQuestions? Email us at hello@example.org.\n"
NEVER_NAMED = ("harm_to_self", "harm_to_others", "child_abuse", "court_order")


@pytest.mark.parametrize(
    "after",
    [
        "There are a few exceptions to this, which apply only to our billing records.",
        "There are some exceptions to this, but none of them apply to what you tell us.",
        "There are some exceptions to this for invoices, which our bookkeeper sees.",
    ],
)
def test_an_exception_of_another_matter_leaves_the_promise(after: str) -> None:
    # tune19c's exception in the next paragraph lifted the promise whatever it excepted: the blanket promise was lost
    got = coverage_of_bytes(PROMISE.format(after).encode("utf-8"), "promise.md")
    assert all(got[t] == "contradicted" for t in NEVER_NAMED), got


@pytest.mark.parametrize(
    "after",
    [
        # near misses: a lead-in to its cases; a limit named in it; the bare pointer with the limit just after it
        "There are some exceptions to this:\n\n- If a child is at risk, we must tell social services.",
        "The only times this does not apply are when someone is at risk of serious harm.",
        "There are some exceptions to this.\n\nIf a child is at risk, we must tell social services.",
        # tune19c's page: an exception of another matter, then the limits "also" in the paragraph after it
        "The only times this does not apply are within my own supervision.\n\nConfidentiality is also broken if I am "
        "worried about your safety.",
    ],
)
def test_an_exception_of_the_limits_lifts_the_promise(after: str) -> None:
    got = coverage_of_bytes(PROMISE.format(after).encode("utf-8"), "promise.md")
    assert got["court_order"] == "missing", got


# Left, wider than review22's time (docs/coverage.md, "Review 22"): each reads wrong today.
@pytest.mark.xfail(strict=True, reason="'court case' is a court word by itself: the client's own case reads court_order stated (older)")
def test_left_the_clients_court_case_in_court_words() -> None:
    got = _cov("You may be required to give evidence in a court case; your counsellor can support you through it.")
    assert got["court_order"] != "stated", got


@pytest.mark.xfail(strict=True, reason="a danger beside our care with no sharing reads harm_to_self stated (older)")
def test_left_our_care_for_a_client_at_risk_is_no_limit() -> None:
    got = _cov("If you are at risk of suicide, we may offer you more frequent sessions.")
    assert got["harm_to_self"] != "stated", got


@pytest.mark.xfail(strict=True, reason="a belief in a sentence of its own, denied in the next, is read as said (older)")
def test_left_a_question_denied_in_the_next_sentence() -> None:
    got = _cov("People often ask whether a court order can require us to release notes. It cannot: we keep none.")
    assert got["court_order"] != "stated", got


@pytest.mark.xfail(strict=True, reason="the client who calls for help reads harm_to_others stated (older than dtw13)")
def test_left_the_client_who_calls_for_help_names_no_limit() -> None:
    got = _cov("If someone else is in danger, you should contact emergency services.")
    assert got["harm_to_others"] != "stated", got


@pytest.mark.xfail(strict=True, reason="review22's mask of the client's testimony leaves 'your therapist may be called too' unread")
def test_left_the_therapist_called_after_the_clients_testimony() -> None:
    got = _cov("If you are required to testify in court about your therapy, your therapist may be called too.")
    assert got["court_order"] == "stated", got
