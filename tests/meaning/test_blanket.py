"""Blanket promises of total secrecy (policy_lint/meaning/_blanket.py, rule COV008).

A sentence that promises nothing is ever shared, with no exception, says the
opposite of every limit the law sets. The core reads it as one topic,
``blanket_promise``, said the opposite way; the coverage makes each required
limit ``contradicted`` at its words; COV008 reports it once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import EXAMPLES
from policy_lint.findings import FileResult
from policy_lint.meaning import Passage, coverage, read_passage

PROMISE = "blanket_promise"
LIMITS = ["harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order", "required_by_law"]
ABUSE = {"child_abuse", "elder_abuse", "dependent_adult_abuse"}

PROMISES = [
    # the new user's trial (trial5, item 1)
    "We never report anything you tell us to anyone.",
    "We will never share what you say, no matter what.",
    "Nothing you say here will ever leave this room.",
    "Under no circumstances will we disclose your information to law enforcement.",
    # each person and voice, word forms
    "I will never disclose anything.",
    "Nothing is ever shared with anyone.",
    "Nothing was ever shared with anybody else.",
    "Everything you say stays in this room, always.",
    # a purpose clause before the promise leaves it a promise (real3)
    "To protect your confidentiality, we never disclose anything to anyone.",
    "To maintain confidentiality, we will never tell anyone what you say.",
    # the sentence's own verb of keeping is no purpose clause: what it keeps is the subject (review14)
    "We keep your information safe and never share it with anyone.",
    "We protect your information and never share it with anyone.",
    "We keep everything you say private and never share it with anyone.",
    "What you say here stays here, always.",
    # every word stays in the room, with a place between (trial 10)
    "Everything you say in my office stays here.",
    "Everything you say in your sessions stays here.",
    "Anything you tell me in our room stays in this room.",
    "Whatever you share in therapy stays within these four walls.",
    "Everything you tell me remains between us, no matter what.",
    "Your information will never be shared with anyone.",
    "Your records are never released to anyone.",
    "We won\u2019t tell anyone what you say in session.",
    "No one outside this room will ever know what you tell me.",
    "We keep everything you say confidential, no matter what.",
    "We will never break your confidentiality.",
    "Your sessions are 100% confidential.",
    "We offer total confidentiality.",
    "Clients have absolute confidentiality.",
    "Counseling here is completely confidential.",
    "Under no circumstances will we share your records without your consent.",
    "We will not release any information about your treatment to anyone.",
    "Counselors are not allowed to share anything you say.",
    "Nothing leaves this room.",
    "Our counselors are well trained. They will never tell anyone what you say.",
    "Your confidentiality is guaranteed.",
]

NOT_PROMISES = [
    # A page's welcome with no word that shuts out an exception: its limits may follow.
    "What you say here stays here.",
    "Everything you tell me remains between us.",
    "What you say in the office stays here.",
    "Everything you say in session stays between you and your therapist.",
    # an exception in the sentence
    "We never share anything without your consent, except in the cases below.",
    "We never share what you tell us unless the law requires it.",
    "We never share anything you say, other than in the cases listed below.",
    "We never share your information, with the exceptions listed below.",
    "Your sessions are completely confidential, except in the situations below.",
    # a receiver or a purpose no limit touches
    "We never share your information with marketers.",
    "We never share your information with your employer.",
    "We never share your information with other clients.",
    "We will not share your information with third parties for marketing.",
    "We never sell your data.",
    "We do not release records to anyone who calls.",
    # a question, a condition, a hedge
    "Does everything stay private? Almost always.",
    "If nothing is shared, you will not be billed.",
    "What you say here almost always stays here.",
    # the normal promise, the client's say-so
    "Your sessions are confidential.",
    "Everything you say is kept private.",
    "We will not share your information without your written consent.",
    "We never share your information without asking you first.",
    # the truth about confidentiality, denied total secrecy
    "We cannot promise complete confidentiality.",
    "Confidentiality is not absolute.",
    "No therapist can guarantee total confidentiality.",
    # the client (or a group member) is the one who promises
    "Group members agree not to share anything said in group with anyone.",
    "Please do not share anything you hear in group.",
    "Group members are asked to keep what is said in group private. They should not share anything they hear with anyone.",
    "You never have to tell anyone what you discuss in therapy.",
    # nothing about disclosure, or narrower
    "We do not need your permission to report.",
    "We do not share office space with anyone.",
    "We do not provide services to anyone under 18.",
    "We never leave your records unattended.",
    "We keep your records for seven years.",
    "We do not take breaking confidentiality lightly.",
    "I never report clients to the police for using drugs.",
    "I never share your full name or anything that would identify you.",
    "What you say about your parents is never shared with them.",
    "We never disclose your diagnosis to anyone.",
    "Staff never discuss clients in public areas.",
    "We will never share your personal information with anyone for marketing purposes.",
    "Confidentiality is guaranteed, within the limits of the law.",
    "All records are kept strictly confidential.",
    # what a purpose clause keeps is no subject; a party narrowed by "unauthorized" (real3: a real consent form's
    # line, "To maintain confidentiality, I will not share my account access information with anyone unauthorized
    # to attend the appointment", made a whole page contradicted)
    "To maintain confidentiality, I will not share my portal password with anyone.",
    "For confidentiality reasons, we never share the video link with anybody.",
    "We will not share the meeting code with anyone unauthorized to join.",
    "In order to protect your privacy, I will not share my password with anyone.",
]


def _promises(text: str) -> list[Any]:
    return [st for st in read_passage(text) if st.topic == PROMISE]


@pytest.mark.parametrize("text", PROMISES)
def test_a_blanket_promise_is_read(text: str) -> None:
    got = _promises(text)
    assert len(got) == 1, read_passage(text)
    st = got[0]
    assert st.stance == "opposite"
    assert st.words and all(w in text for w in st.words)
    assert text[st.span[0] : st.span[1]].startswith(st.words[0])


@pytest.mark.parametrize("text", NOT_PROMISES)
def test_a_near_miss_is_no_blanket_promise(text: str) -> None:
    assert not _promises(text), read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are not mandated reporters.",
        "We don't have to report anything you tell us.",
        "Our counselors have no duty to report.",
    ],
)
def test_no_duty_to_report_says_the_opposite_of_the_abuse_limits(text: str) -> None:
    got = {st.topic: st.stance for st in read_passage(text)}
    assert {t: got.get(t) for t in ABUSE} == dict.fromkeys(ABUSE, "opposite")
    assert PROMISE not in got


@pytest.mark.parametrize(
    "text",
    [
        "We are not required to report past crimes you tell us about.",
        "Unlike teachers, we are not mandated reporters, but we may still report abuse of a child.",
        "We do not need your permission to report suspected child abuse.",
    ],
)
def test_a_narrower_no_duty_is_left_to_the_core(text: str) -> None:
    got = {st.topic: st.stance for st in read_passage(text)}
    assert not any(got.get(t) == "opposite" for t in ABUSE - {"child_abuse"}), got
    assert PROMISE not in got


def test_an_exception_elsewhere_in_the_passage_lifts_the_promise() -> None:
    assert _promises("Everything you say in session is confidential. We never tell anyone what we talk about.")
    assert not _promises("We never share what you tell us. The exceptions are listed below.")
    assert not _promises("We never share what you tell us with anyone. If a child is being abused, we must report it.")
    assert not _promises("What you share stays between us. I will not share anything without your written permission.")


def test_the_promise_contradicts_each_required_limit_no_other_words_state() -> None:
    passages = [
        Passage("/blocks/0", "We never report anything you tell us to anyone."),
        Passage("/blocks/1", "If we think a child is being abused, we must report it to child protective services."),
    ]
    promise = [{"pointer": "/blocks/0", "span": (3, 46), "words": ["never", "report", "anything you tell", "anyone"]}]
    items = {i["topic"]: i for i in coverage(passages, ["child_abuse", "court_order"])}
    # Stated elsewhere: the limit is stated, and the promise is noted against it (COV008 reports it once).
    assert items["child_abuse"]["status"] == "stated"
    assert items["child_abuse"]["where"][0]["pointer"] == "/blocks/1"
    assert items["child_abuse"]["promise"] == promise
    # Stated nowhere: the promise contradicts it, at its words.
    assert items["court_order"]["status"] == "contradicted"
    assert items["court_order"]["where"] == promise and items["court_order"]["promise"] == promise
    # a limit the pack does not require is left as the words say
    assert items["harm_to_self"]["status"] == "missing"
    assert PROMISE not in items
    everything = {i["topic"]: i["status"] for i in coverage(passages[:1])}
    assert all(everything[t] == "contradicted" for t in LIMITS)


def test_cov008_reports_one_error_at_the_promise(linter: Any) -> None:
    result = linter.lint_path(EXAMPLES / "gaps" / "blanket-promise.yaml")
    hits = [f for f in result.findings if f.rule_id == "COV008"]
    assert [(f.line, f.column) for f in hits] == [(27, 8)]
    assert hits[0].severity.value == "error"
    assert "promises that nothing is ever shared" in hits[0].message
    assert "'never ... report ... anything you tell ... anyone'" in hits[0].message
    assert set(hits[0].data["topics"]) >= {"harm_to_self", "child_abuse", "elder_abuse", "court_order"}
    assert not [f for f in result.findings if f.rule_id.startswith(("COV00", "NOT")) and f.rule_id != "COV008"]
    cover = {i["topic"]: i for i in result.metrics["coverage"]}
    assert cover["child_abuse"]["status"] == "stated"  # its own limit says it
    assert cover["child_abuse"]["promise"][0]["line"] == 27


def test_the_complete_example_with_the_promise_made_right_passes(lint: Callable[..., FileResult]) -> None:
    text = (EXAMPLES / "gaps" / "blanket-promise.yaml").read_text(encoding="utf-8")
    fixed = text.replace("We never report anything you tell us to anyone.", "We never share what you tell us, except in the cases below.")
    assert fixed != text
    result = lint(fixed)
    assert not [f for f in result.findings if f.rule_id in ("COV007", "COV008")]
    assert {i["topic"]: i["status"] for i in result.metrics["coverage"]}["child_abuse"] == "stated"


def test_cov007_gives_one_error_for_words_against_several_limits(lint: Callable[..., FileResult]) -> None:
    result = lint("confidentiality:\n  summary: We do not have to report abuse.\n")
    hits = [f for f in result.findings if f.rule_id == "COV007"]
    assert len(hits) == 1
    assert set(hits[0].data["topics"]) == ABUSE
    assert "of a child, " in hits[0].message and " and abuse or neglect of a dependent adult" in hits[0].message


def test_the_audit_shows_the_promise_once_and_each_stated_limit_stated(linter: Any, base_pack: Any) -> None:
    """Trial 7: "Sessions are 100% confidential" above a list of every limit was six gaps, the same paragraph six times."""
    from policy_lint.audit.model import ClinicInput, Status, build_audit

    result = linter.lint_path(EXAMPLES / "gaps" / "blanket-promise.yaml")
    audit = build_audit([ClinicInput(result, "Riverside")], base_pack.rules, date="2026-12-05", pack_name="base")
    clinic = audit.clinics[0]
    cells = {c.requirement.id: c for c in clinic.cells}
    for rid in ("COV001", "COV002", "COV003", "COV004", "COV005", "COV006"):
        assert cells[rid].status is Status.PASS, rid
        assert cells[rid].coverage == "stated", rid
        assert not cells[rid].findings, rid
    promise = cells["COV008"]
    assert promise.requirement.label == "No blanket promise"
    assert promise.status is Status.FAIL and [f.rule_id for f in promise.findings] == ["COV008"]
    assert [f.rule_id for f in clinic.findings].count("COV008") == 1
    assert clinic.gaps == 1 and clinic.errors == 1
    assert not clinic.complete


def test_the_audit_points_a_limit_only_the_promise_speaks_of_to_the_promise(lint: Callable[..., FileResult], base_pack: Any) -> None:
    from policy_lint.audit.markdown import render
    from policy_lint.audit.model import ClinicInput, Status, build_audit

    result = lint("confidentiality:\n  summary: Sessions are 100% confidential.\n")
    audit = build_audit([ClinicInput(result, "Only a promise")], base_pack.rules, date="2026-12-05", pack_name="base")
    cells = {c.requirement.id: c for c in audit.clinics[0].cells}
    assert cells["COV008"].status is Status.FAIL and len(cells["COV008"].findings) == 1
    for rid in ("COV001", "COV003", "COV005"):
        assert cells[rid].status is Status.FAIL and cells[rid].coverage == "contradicted", rid
        assert not cells[rid].findings and "No blanket promise (COV008)" in cells[rid].note, rid
    text = render(audit)
    assert text.count("promises that nothing is ever shared") == 1, "the promise is shown once"


def test_the_trial_page_fails(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(
        "# Privacy\n\nWhat you tell us stays private, except in the cases below. We go over these limits at your first"
        " session. If we must share, we tell you first and share only what is needed.\n\n"
        "- If you may seriously hurt yourself soon, we may call 911.\n"
        "- If you threaten to seriously hurt another person, we may warn them and call the police.\n"
        "- If we think a child is being abused, we must report it to child protective services.\n"
        "- If we think an older adult or a dependent adult is being abused, we must report it.\n"
        "- A judge can order us to share your records.\n\n"
        "Questions? Email a@b.example. Effective January 1, 2026.\n\n"
        "We are not mandated reporters.\n",
        encoding="utf-8",
    )
    run = run_cli("check", str(page))
    assert run.exit_code == 1, run.stdout
    assert "COV007" in run.stdout and "mandated reporters" in run.stdout


def test_why_says_the_promise_once_and_the_limits_it_lists_stated(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    """Trial 7: check, why and the audit agree: the limits are stated, the promise is one finding (COV008)."""
    import re

    from test_own_words import _problems

    page = tmp_path / "privacy.md"
    page.write_text(
        "# Privacy\n\nSessions are 100% confidential.\n\n"
        "- If we think a child is being abused, we must report it to child protective services.\n"
        "- A judge can order us to share your records.\n",
        encoding="utf-8",
    )
    why = run_cli("why", str(page)).stdout
    lines = [line for line in why.splitlines() if "says nothing is ever shared" in line]
    assert len(lines) == 1, why
    assert re.search(r"child_abuse\s+stated", why) and re.search(r"court_order\s+stated", why)
    assert "COV003 child-abuse-missing: met" in why
    check = run_cli("check", str(page), "--select", "COV").stdout
    assert check.count("COV008") == 1 and "COV003" not in check
    assert [] == _problems(re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", "x", lines[0]))


@pytest.mark.parametrize(
    "promise",
    [
        "We do not share your information with anyone else.",
        "These notes are confidential and are not shared with anybody.",
        "Nothing you tell us is passed on to anyone.",
    ],
)
def test_a_plain_promise_leaves_the_limits_a_page_never_names_missing(promise: str) -> None:
    # Session 15: real19's two labellers read a plain "not ... anyone" on a page that tells limits elsewhere as
    # the general rule the limits qualify: the limits it never names are missing. The promise is still reported.
    passages = [Passage("/blocks/0", promise), Passage("/blocks/1", "If you are at risk of harming yourself, we may contact your GP.")]
    items = {i["topic"]: i for i in coverage(passages)}
    assert items["harm_to_self"]["status"] == "stated"
    assert items["child_abuse"]["status"] == "missing" and items["child_abuse"]["promise"], items["child_abuse"]
    assert items["court_order"]["status"] == "missing"
    # near misses: alone, the promise contradicts every limit
    alone = {i["topic"]: i["status"] for i in coverage(passages[:1])}
    assert all(alone[t] == "contradicted" for t in LIMITS), alone


@pytest.mark.parametrize(
    "promise",
    [
        "We never share your information with anyone else.",
        "Nothing you tell us will ever be passed on to anyone.",
        "We do not share your information with anyone, under any circumstances.",
        "At no time do we share your information with anyone else.",
    ],
)
def test_a_promise_for_all_time_still_contradicts_the_limits_a_page_never_names(promise: str) -> None:
    passages = [Passage("/blocks/0", promise), Passage("/blocks/1", "If you are at risk of harming yourself, we may contact your GP.")]
    items = {i["topic"]: i for i in coverage(passages)}
    assert items["harm_to_self"]["status"] == "stated"
    assert items["child_abuse"]["status"] == "contradicted", items["child_abuse"]


@pytest.mark.parametrize(
    "claim",
    [
        "Confidentiality here is absolute.",
        "Confidentiality at our practice is absolute.",
        "Confidentiality is unconditional.",
        "We offer unconditional confidentiality.",
        "There are no limits to confidentiality at our practice.",
        "We do not have any exceptions to confidentiality.",
    ],
)
def test_claims_of_total_secrecy_in_other_words_are_promises(claim: str) -> None:
    # review24 (session 15): each read nothing, so a page that stated its limits and then took them back passed
    assert _promises(claim), claim


@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality is not absolute.",
        "Our commitment to you is absolute.",
        "There are no limits to how long you can stay in therapy.",
        "Apart from these, there are no limits to confidentiality.",
        "We cannot offer unconditional confidentiality.",
        "We do not have any exceptions to our cancellation policy.",
    ],
)
def test_the_claim_denied_or_said_of_something_else_is_no_promise(text: str) -> None:
    assert not _promises(text), text


@pytest.mark.parametrize(
    "promise",
    [
        "We do not share your information with anyone else.",
        "Nothing you tell us is passed on to anyone.",
    ],
)
def test_a_plain_promise_leaves_a_limit_the_page_names_only_vaguely_vague(promise: str) -> None:
    # law23: real19's two labellers read the law named beside a danger ("Therapists are legally obligated to notify the
    # parent if your child is a danger to themselves", r19_34) vague on a page whose plain promise says "do not share
    # your information with anyone else": the general rule the limits qualify, no opposite of the law's words.
    passages = [Passage("/blocks/0", promise),
                Passage("/blocks/1", "We are legally obligated to tell a parent if a child is a danger to themselves.")]
    items = {i["topic"]: i for i in coverage(passages)}
    assert items["required_by_law"]["status"] == "vague", items["required_by_law"]
    assert items["child_abuse"]["status"] == "missing" and items["child_abuse"]["promise"], items["child_abuse"]


@pytest.mark.parametrize(
    "promise",
    [
        "We never share your information with anyone else.",
        "We do not share your information with anyone, under any circumstances.",
    ],
)
def test_a_promise_for_all_time_still_contradicts_a_limit_named_only_vaguely(promise: str) -> None:
    passages = [Passage("/blocks/0", promise),
                Passage("/blocks/1", "We are legally obligated to tell a parent if a child is a danger to themselves.")]
    items = {i["topic"]: i for i in coverage(passages)}
    assert items["required_by_law"]["status"] == "contradicted", items["required_by_law"]
