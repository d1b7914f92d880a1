"""Reading tests: promises of secrecy (blanket promises) and the limits they take back.

Each section names the round or review its tests come from."""

from __future__ import annotations

from typing import Callable

import pytest

from conftest import stances
from policy_lint.findings import FileResult
from policy_lint.meaning import CORE_TOPICS, Passage, coverage, read_passage
from prose_files import coverage_of_bytes


# ==== from tune18a (test_tune18a_classes.py) ==========================================================
# Classes of wording and layout that real US practice texts (tune18a: 32 texts whose addresses hash to 1) read wrong,
# fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - The law's requirement in the last sentence of a paragraph, over a lead-in of its own that points back at those cases
#   ("These exceptions include:") and leads a list of limits, is a preface to the list: vague required_by_law, in
#   Markdown, HTML and text alike (a text file's long line is a paragraph of its own). A paragraph that goes on after the
#   law's sentence, or a lead-in that names other things, keeps the law's limit stated.
# - "X is a breach of confidentiality" names what counts as one: no blanket promise, no limit contradicted.
# - A count of sessions ("no more than 12 sessions") shares nothing: no minimum_necessary.


def test_a_breach_named_is_no_promise() -> None:
    text = ("Confidentiality\n\nWe report suspected child abuse to the state.\n\n"
            "Talking about your case with staff not involved in your care is a breach of confidentiality.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "breach.txt")
    assert got["court_order"] == "missing" and got["elder_abuse"] == "missing", got
    assert got["child_abuse"] == "stated", got


# ==== from tune19c (test_tune19c_classes.py) ==========================================================
# Classes of wording that real practice texts from outside the US (tune19c: 31 texts whose addresses hash to 1) read
# wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - A blanket promise whose next paragraph opens by pointing back at it with an exception ("The only times this does not
#   apply are ...", "There are some exceptions to this") has its exception just after it: no promise, so the limits the
#   page never names are missing, not contradicted. Under a heading of its own the exception still leaves the promise.
# - A harm that befalls the client ("if I feel that you will come to harm") names the client: harm_to_self.


NEXT = (
    "Confidentiality\n\n"
    "What you say and make in our sessions is confidential and is not discussed with anyone outside the session.\n\n"
    "The only times this does not apply are when I take our work to my own supervision, where only your first name "
    "is used, and when I am worried about your safety or the safety of another person.\n"
)


UNNAMED = ("child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order", "required_by_law")


def _items(text: str) -> dict[str, dict[str, object]]:
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(text.encode("utf-8"), "next.md").document
    assert doc is not None
    return {c["topic"]: c for c in meaning.coverage(meaning.passages_of(doc))}


def test_promise_excepted_by_the_next_paragraph() -> None:
    got = coverage_of_bytes(NEXT.encode("utf-8"), "next.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got
    assert all(got[t] == "missing" for t in UNNAMED), got


def test_promise_excepted_by_a_paragraph_that_says_there_are_exceptions_to_it() -> None:
    text = NEXT.replace("The only times this does not apply are when", "However, there are some exceptions to this: when")
    got = coverage_of_bytes(text.encode("utf-8"), "next.txt")
    assert all(got[t] == "missing" for t in UNNAMED), got


def test_promise_with_exceptions_under_a_heading_of_their_own_still_holds() -> None:
    # Near miss: a heading between the promise and its exceptions (docs/coverage.md, "Blanket promises"): the promise
    # stays (COV008), but the page tells limits, so a plain "not ... anyone" leaves the limits it never names missing
    # (session 15: real19's two labellers). A promise for all time ("never") still contradicts them.
    text = NEXT.replace("The only times this does not apply are when", "## Exceptions\n\nI share information when")
    got = _items(text)
    assert got["child_abuse"]["status"] == "missing" and got["child_abuse"]["promise"], got["child_abuse"]
    assert got["harm_to_self"]["status"] == "stated"
    never = _items(text.replace("is not discussed with anyone", "is never discussed with anyone"))
    assert never["child_abuse"]["status"] == "contradicted", never["child_abuse"]
    ever = _items(text.replace("is not discussed with anyone", "will not ever be discussed with anyone"))
    assert ever["child_abuse"]["status"] == "contradicted", ever["child_abuse"]


def test_promise_with_a_next_paragraph_about_something_else_still_holds() -> None:
    # Near miss: the next paragraph points at nothing above it
    text = NEXT.replace(
        "The only times this does not apply are when I take our work to my own supervision, where only your first name "
        "is used, and when I am worried about your safety or the safety of another person.",
        "Sessions last fifty minutes.",
    )
    got = coverage_of_bytes(text.encode("utf-8"), "next.txt")
    assert got["child_abuse"] == "contradicted", got


# ==== from warn23 (test_warn23_classes.py) ============================================================
# Classes of duty_to_warn read wrong over the twelve tuning sets of /work/real, fixed as classes (session 15, warn23).
#
# Whom we tell in general words, in the paragraph just after one that names a danger to others: the labellers of
# real20 and real22 (both of each) and of tune19c read it vague, as the paragraph just after such a list
# (labels.yaml, dh05). A plain promise of secrecy ("They will not be shared with anyone", of the notes) on a page whose
# other words tell limits contradicts none of them, also where a limit is named only in vague words.


PLAIN_AFTER = (
    "Confidentiality\n\n"
    "What we discuss stays between us. The only time information is shared is if I think you or someone else is at risk of serious harm.\n\n"
    "Sometimes what you tell me may need passing on to the authorities.\n\n"
    "I keep brief notes on paper. They will not be shared with anyone.\n"
)


VAGUE_ONLY = (
    "Confidentiality\n\n"
    "What you say in counselling is private. We may share information without your consent to prevent a serious threat"
    " to health or safety.\n\n"
    "We keep brief notes. They will not be shared with anyone.\n"
)


def test_a_plain_promise_about_the_notes_leaves_a_vague_limit_vague() -> None:
    got = coverage_of_bytes(PLAIN_AFTER.encode("utf-8"), "policy.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


def test_a_promise_that_leaves_no_room_still_contradicts_a_vague_limit() -> None:
    page = PLAIN_AFTER.replace("They will not be shared with anyone.", "They will never be shared with anyone, under any circumstances.")
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "contradicted", got


def test_a_plain_promise_leaves_limits_named_in_vague_words_vague() -> None:
    got = coverage_of_bytes(VAGUE_ONLY.encode("utf-8"), "policy.txt")
    assert got["harm_to_self"] == "vague", got
    assert got["harm_to_others"] == "vague", got
    # a limit the page never names stays missing (538622a), and one promise with no room still contradicts
    assert got["child_abuse"] == "missing", got
    page = VAGUE_ONLY.replace("They will not be shared with anyone.", "They will not be shared with anyone for any reason.")
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["harm_to_self"] == "contradicted", got


# ==== from limits16 (test_limits16_classes.py) ========================================================
# Classes of wording the real practice texts read wrong, fixed as classes, not phrases (issue 13, limits16).
#
# - A claim of total secrecy and nothing else ("Your conversations are completely confidential") on a page that tells
#   limits stays one promise (COV008) but contradicts none of the limits the page never names: they are missing.
#   "Never shared ... under any circumstances" still contradicts them.
# - "A child or vulnerable person" names no adult: vague for elder and dependent adult abuse.
# - A harm to "any person", "an individual" or "a person", with neither the client nor the client's act named, names
#   no one: vague for harm to self and to others.
# - The client's safety at risk ("the client's safety", "your safety is at risk") names the client: harm to self.
# - "appears to be" reads as "is"; a lead-in that says confidentiality "cannot be guaranteed" frames a list of limits.


FAQ = (
    "<h3>Can my coach see my conversations?</h3>\n"
    "<p>No. Your conversations are completely confidential and private.</p>\n"
    "<h3>Are there any exceptions to confidentiality?</h3>\n"
    "<p>Counselors must break confidentiality if you are in immediate danger of harming yourself or others, if there is"
    " suspected abuse of a minor, or if a court order requires it.</p>\n"
)


def test_a_claim_of_total_secrecy_beside_limits_leaves_the_unnamed_limits_missing() -> None:
    got = coverage_of_bytes(FAQ.encode("utf-8"), "faq.html")
    assert got["child_abuse"] == "stated" and got["court_order"] == "stated", got
    for topic in ("elder_abuse", "dependent_adult_abuse", "duty_to_warn", "required_by_law"):
        assert got[topic] == "missing", (topic, got)


def test_a_claim_of_total_secrecy_alone_still_contradicts_every_limit() -> None:
    got = coverage_of_bytes(b"<p>Your conversations are completely confidential and private.</p>\n", "faq.html")
    assert got["child_abuse"] == "contradicted" and got["elder_abuse"] == "contradicted", got


@pytest.mark.parametrize(
    "promise",
    [
        "All conversations are kept strictly secure and never shared with third parties under any circumstances.",
        "Your conversations are completely confidential, no matter what.",
        "Yes, it is completely confidential. Nothing you say will ever be passed on.",
    ],
)
def test_a_promise_that_leaves_no_room_still_contradicts_the_unnamed_limits(promise: str) -> None:
    listed = [Passage("/blocks/0", promise), Passage("/blocks/1", "If a child is being abused, we must report it to child protective services.")]
    items = {i["topic"]: i for i in coverage(listed)}
    assert items["child_abuse"]["status"] == "stated"
    assert items["elder_abuse"]["status"] == "contradicted", items["elder_abuse"]


def test_the_claim_stays_one_finding(lint: Callable[..., FileResult]) -> None:
    result = lint(
        "confidentiality:\n  summary: Your sessions are completely confidential.\n"
        "limits:\n  - category: child_abuse\n    explanation: If a child is being abused, we must report it to child protective services.\n"
    )
    assert [f.rule_id for f in result.findings].count("COV008") == 1
    cover = {i["topic"]: i["status"] for i in result.metrics["coverage"]}
    assert cover["child_abuse"] == "stated" and cover["elder_abuse"] == "missing", cover


# ==== from review22 (test_review22_red_team.py) =======================================================
# Review 22: this session's reading changes red-teamed (tune19a-e, left13, dtw13, blanket_item). The pages here are
# written for these tests, in our own words.
#
# - blanket_item: "recording" stems as "record", so "Your counselling records are never shared with anyone" read as one
#   narrow kind of data and the blanket promise was lost (a false all clear). The records are the client's words.
# - "at high (serious, significant) risk" with the client named reads in a sentence of privacy, so its words reach
#   "private": a leading "Even if you are at high risk, we keep it private" read harm_to_self stated (a false all clear).
# - A leading "Even if ..." and then a keeping: the client's own words ("what you say stays confidential") are no act of
#   ours (it read stated), and a keeping denied ("we will not keep it private") states the limit (it read contradicted).
# - A concession after a keeping in other words: "even in cases of", "even in the event of", "regardless of whether",
#   "whether or not", "no matter whether" refuse the limit as "even if" does (they read stated).
# - The client's own testimony ("If you are required to give evidence in court, we can help you prepare", "If you are
#   asked to testify") is no court that asks us: it read court_order stated, a false all clear.
# - Our act before the talk ("We may call social services before speaking to you") read telling first, the words of a
#   telling and "before" being there: it is the opposite, as "without telling you" is (untold_before).
# - left13's grant after a refusal ("..., though a court order can require us to") read someone else's belief or
#   question as a grant ("though some people believe a court order can require us to. It cannot."): stated, a false
#   all clear.
# - dtw13's general recipients with the client as the subject of their clause ("If someone else is in danger,
#   you should contact emergency services") read the warning vague: the client calls, we warn no one.
# - tune19c's exception in the paragraph after a blanket promise lifted the promise whatever it excepted ("There are a
#   few exceptions to this, which apply only to our billing records"): the promise was lost. It lifts it only as a
#   lead-in (":") or with a limit named in it or in the paragraph just after it.


H = "# Confidentiality\n\n{}\n"


def _cov(text: str, name: str = "page.md") -> dict[str, str]:
    return coverage_of_bytes(H.format(text).encode("utf-8"), name)


PROMISE = "# Privacy\n\nWe never share anything you tell us with anyone.\n\n{}\n\nQuestions? Email us at hello@example.org.\n"


NEVER_NAMED = ("harm_to_self", "harm_to_others", "child_abuse", "court_order")


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


# ==== from fix14 (test_fix14_all_clears.py) ===========================================================
# The false "all clear"s named in session 8's closing note, by class (fix14).
#
# - A promise whose only exception is the client's say-so is a blanket promise,
#   unless other words of the policy tell a limit (then it is its general rule).
# - A label or title that names a limit over words that refuse to tell anyone
#   says that limit the opposite way, in every format.
# - "No exceptions" said of confidentiality, and an FAQ's bare absolute answer,
#   are blanket promises.


PROMISE_FIX14 = "blanket_promise"


_read = stances


@pytest.mark.parametrize(
    "text",
    [
        "We never share anything you say with anyone, except with your written consent.",
        "Nothing leaves this room unless you ask me to share it.",
        "Your records are never released to anyone except with a signed release.",
        "We will never reveal what you tell us to anyone, except at your request.",
        "I will not share information about you with anyone unless you give me permission.",
    ],
)
def test_a_promise_whose_only_exception_is_the_clients_say_so_is_a_promise(text: str) -> None:
    assert _read(text).get(PROMISE_FIX14) == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        # the consent rule: the normal rule a policy's limits qualify
        "Your information is never released without your signed authorization.",
        "We never share anything you say with anyone without your written consent.",
        "We share what you tell us only with your written consent.",
        # another exception after the say-so, or a limit in the passage
        "We never share anything you say with anyone, except with your written consent or as the law requires.",
        "We never share what you tell us with anyone, except with your written consent. If a child is being abused, we must report it.",
        # a receiver no limit is about
        "We will not share your records with your employer unless you ask us to.",
    ],
)
def test_the_consent_rule_and_a_say_so_beside_other_exceptions_are_no_promise(text: str) -> None:
    assert PROMISE_FIX14 not in _read(text), read_passage(text)


def test_a_judge_after_the_clients_say_so_is_no_order_refused() -> None:
    got = _read("Nothing you say here leaves this room, unless you ask us to pass it on or a judge orders it.")
    assert got.get("court_order") == "states" and PROMISE_FIX14 not in got, got
    # "or" inside what the client may ask for is no other exception: what is kept stays kept
    got = _read("If you tell us you self-harm, this will be kept confidential unless you ask us to contact other services or people who can help you.")
    assert got.get("harm_to_self") == "opposite", got


def test_the_say_so_promise_holds_only_where_nothing_else_tells_a_limit() -> None:
    promise = Passage("/blocks/0", "We never share anything you say with anyone, except with your written consent.")
    alone = {i["topic"]: i for i in coverage([promise])}
    assert all(alone[t]["status"] == "contradicted" for t in ("harm_to_self", "child_abuse", "court_order"))
    assert alone["child_abuse"]["promise"]
    listed = [promise, Passage("/blocks/1", "If a child is being abused, we must report it to child protective services.")]
    items = {i["topic"]: i for i in coverage(listed)}
    assert items["child_abuse"]["status"] == "stated" and "promise" not in items["child_abuse"]
    assert items["court_order"]["status"] == "missing" and "promise" not in items["court_order"]
    # words that leave no room for another exception make it a promise anywhere (core5)
    held = Passage("/blocks/0", "Under no circumstances will we share anything you tell us unless you agree.")
    items = {i["topic"]: i for i in coverage([held, listed[1]])}
    assert items["child_abuse"]["promise"] and items["court_order"]["status"] == "contradicted"


def test_the_consent_rule_alone_is_no_all_clear(lint: Callable[..., FileResult]) -> None:
    """"Your information is never released without your signed authorization" alone: no promise, and every limit
    missing, so check still fails the policy (the limits are not told)."""
    result = lint("confidentiality:\n  summary: Your information is never released without your signed authorization.\n")
    ids = {f.rule_id for f in result.findings}
    assert "COV008" not in ids
    assert {"COV001", "COV003", "COV004"} <= ids
    cover = {i["topic"]: i["status"] for i in result.metrics["coverage"]}
    assert cover["child_abuse"] == "missing"


def test_cov008_reports_the_say_so_promise_of_a_policy_with_no_limit_and_not_beside_limits(lint: Callable[..., FileResult]) -> None:
    alone = lint("confidentiality:\n  summary: We never share anything you say with anyone, except with your written consent.\n")
    assert [f.rule_id for f in alone.findings].count("COV008") == 1
    listed = lint(
        "confidentiality:\n  summary: We never share anything you say with anyone, except with your written consent.\n"
        "limits:\n  - category: child_abuse\n    explanation: If a child is being abused, we must report it to child protective services.\n"
    )
    assert "COV008" not in {f.rule_id for f in listed.findings}


@pytest.mark.parametrize(
    "text",
    [
        "There are no exceptions to confidentiality.",
        "Everything is kept private, without exception.",
        "We keep everything confidential. No exceptions.",
        "Is what I say confidential? Yes, always.",
        "Will you tell anyone what I say? No, never.",
    ],
)
def test_no_exceptions_and_a_bare_absolute_answer_are_promises(text: str) -> None:
    assert _read(text).get(PROMISE_FIX14) == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "No exceptions are made for late cancellations.",
        "There are no exceptions to confidentiality, except those the law sets.",
        "We keep everything confidential. No exceptions. If a child is at risk we must tell CPS.",
        "Is what I say confidential? Yes.",
        "Is what I say confidential? Almost always.",
        "Is what I say confidential? Yes, with a few exceptions.",
        "Will you tell my parents? No, never.",
        # after limits listed elsewhere: the rest only
        "There are no exceptions to confidentiality beyond those listed above.",
        "In all other cases, there are no exceptions to confidentiality.",
        "Outside of these situations, confidentiality has no exceptions.",
        "We keep your notes confidential. No exceptions.",
    ],
)
def test_near_misses_of_no_exceptions_and_answers_are_no_promise(text: str) -> None:
    assert PROMISE_FIX14 not in _read(text), read_passage(text)


def test_the_faq_answer_in_a_term_and_description_is_a_promise() -> None:
    html = "<main><dl><dt>Is what I say confidential?</dt><dd>Yes, always.</dd></dl></main>"
    got = coverage_of_bytes(html.encode(), "policy.html")
    assert all(got[t] == "contradicted" for t in CORE_TOPICS[:8]), got


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("# FAQ\n\n## Is what I say confidential?\n\nYes, always.\n", "policy.md"),
        ("<main><h2>Will you tell anyone what I say?</h2><p>No, never.</p></main>", "policy.html"),
    ],
)
def test_an_faq_answer_under_its_question_heading_is_a_promise(raw: str, name: str) -> None:
    got = coverage_of_bytes(raw.encode(), name)
    assert got["child_abuse"] == "contradicted" and got["court_order"] == "contradicted", got


@pytest.mark.parametrize(
    "raw",
    [
        "# FAQ\n\n## Is what I say confidential?\n\nYes, with a few exceptions. We must report child abuse.\n",
        "# FAQ\n\n## Will you tell my parents?\n\nNo, never.\n",
        "# FAQ\n\n## Is what I say confidential?\n\nYes.\n",
        "# FAQ\n\n## Is what I say confidential?\n\nSome background first.\n\nYes, always.\n",
    ],
)
def test_an_faq_answer_that_leaves_room_or_is_not_just_under_its_question_is_no_promise(raw: str) -> None:
    got = coverage_of_bytes(raw.encode(), "policy.md")
    assert "contradicted" not in got.values(), got


# ==== from fix15 (test_fix15_all_clears.py) ===========================================================
# The false "all clear"s named in today's reviews (issue 13), by class (fix15).
#
# - A court's order refused in the passive ("Subpoenas are ignored") or with no act of telling after the refusing
#   word ("We disregard any court order") says the court-order limit the opposite way.
# - A label over a refusal to hand over, or over a report refused in the passive, says its limit the opposite way.
# - "whatever the law requires" after a promise of total secrecy is no exception: the promise stands.


PROMISE_FIX15 = "blanket_promise"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing you say will be shared, whatever the law requires.",
        "Whatever the law requires, nothing you say will be shared.",
    ],
)
def test_whatever_the_law_requires_leaves_the_promise_whole(text: str) -> None:
    assert stances(text).get(PROMISE_FIX15) == "opposite", read_passage(text)
    items = {i["topic"]: i for i in coverage([Passage("/blocks/0", text)])}
    assert items["court_order"]["status"] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing you say will be shared, except what the law requires.",
        "Whatever the law requires, we will share it.",
        "We never share anything except whatever the law requires.",
    ],
)
def test_the_laws_words_as_an_exception_are_no_promise(text: str) -> None:
    assert PROMISE_FIX15 not in stances(text), read_passage(text)


# ==== from fix20 (test_fix20_closing_promises.py) =====================================================
# A closing promise that takes back the limits listed above it (fix20, real20).
#
# - "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or
#   organization without ... permission": the client's information named by its kinds, told to everyone, is a blanket
#   promise (as "your information" is); "for any reason" leaves it no room for an exception, so the consent does not
#   make it the normal rule.
# - Such a promise, with words that leave no room for any exception, after every passage that states a limit, takes
#   that limit back: the limit is contradicted (labels.yaml: "even if another sentence states it"). A promise the
#   limits follow, or a plain one after them, is the rule they qualify: the limit stays stated.


PROMISE_FIX20 = "blanket_promise"


LIMIT = "If a child is being abused, I must report it to child protective services."


def _status(*texts: str) -> str:
    items = {i["topic"]: i for i in coverage([Passage(f"/blocks/{n}", t) for n, t in enumerate(texts)])}
    return items["child_abuse"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or organization without the express prior permission of my client.",
        "We never release health or billing records to anyone.",
        "We never share client information with anyone.",
        "I will never disclose personal information for any reason to any person without your permission.",
    ],
)
def test_information_named_by_its_kinds_told_to_everyone_is_a_promise(text: str) -> None:
    assert stances(text).get(PROMISE_FIX20) == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        # the normal rule: the client's say-so, no word that leaves no room
        "I will never disclose personal information to any person without your permission.",
        # an exception in the sentence, or the next sentence
        "We never release health or billing records to anyone, except as described above.",
        "We never release health or billing records to anyone. The exceptions are:",
        "We will never disclose treatment information to any person, unless the law requires it.",
        # one narrow kind, or information about something else
        "We never disclose your contact information to anyone.",
        "We never disclose information about our fees to anyone.",
        "We never disclose information that identifies your employer to anyone.",
        # a receiver no limit touches; a welcome; the client advised
        "We take confidentiality seriously and never share client information with marketers.",
        "We take your confidentiality seriously.",
        "Welcome! What you say here stays here.",
        "You should never share personal information with anyone in the group.",
    ],
)
def test_near_misses_are_no_promise(text: str) -> None:
    assert PROMISE_FIX20 not in stances(text), read_passage(text)


@pytest.mark.parametrize(
    "closing",
    [
        "I will never disclose contact, personal, or treatment information for any reason to any person, state entity, or organization without the express prior permission of my client.",
        "Under no circumstances will I share anything you tell me with anyone.",
        "I will never share what you say with anyone, no matter what.",
    ],
)
def test_a_promise_with_no_room_after_the_limits_takes_them_back(closing: str) -> None:
    assert _status("There are important exceptions. They are:", LIMIT, closing) == "contradicted"


@pytest.mark.parametrize(
    "texts",
    [
        # the promise first: the limits below qualify it
        ("Under no circumstances will I share anything you tell me with anyone.", LIMIT),
        # a plain promise after the limits (of the notes): no word that leaves no room
        (LIMIT, "My notes are kept in a locked cabinet, and they will not be shared with anyone."),
        (LIMIT, "We never share client information with anyone."),
        # the promise with its exception, or pointing back at the limits
        (LIMIT, "I will never share what you say with anyone for any reason, except as described above."),
        (LIMIT, "Under no circumstances will I share anything you tell me with anyone. The exceptions are listed above."),
        # the consent rule after the limits
        (LIMIT, "I will never disclose personal information to any person without your permission."),
        # a welcome, a claim of care
        (LIMIT, "We take confidentiality seriously."),
        (LIMIT, "Welcome! What you say here stays here."),
    ],
)
def test_the_limit_stays_stated(texts: tuple[str, ...]) -> None:
    assert _status(*texts) == "stated"


# ==== from left13 (test_left13_misreadings.py) ========================================================
# Misreadings left in session 12's notes, fixed as classes (session 13, branch left13).
#
# 1. A sweeping refusal ("never", "not even") turned round the whole sentence, also a later clause that grants a limit in
#    words of its own ("..., though a court order can require us to release them", "..., and I do report child abuse"):
#    a false alarm.
# 2. A limit's event kept back, then refused ("Keeping child abuse secret is not an option"), read as the limit refused:
#    a false alarm.
# 3. The law denied the power to make us share ("No law can make me break your confidentiality") read nothing: a false
#    all clear.
# 4. Telling someone other than the client first ("I will discuss it with your parents first") read as telling the
#    client first: a false all clear.
# 5. The law's requirement joined to other cases of their own ("when the law requires it, and in a few other cases.
#    These include:") read as a preface to the list: vague, where the page states it.
# 6. A promise to keep the client's words private, then a limit in a concession after it ("We keep what you say
#    confidential, even if a child is at risk"), read the limit stated: a false all clear.


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
