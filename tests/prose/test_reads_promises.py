"""Reading tests: promises of secrecy (a blanket promise, "blanket_promise") and the limits they contradict.

Where a new test goes: a whole page (or one sentence under a heading) and the statuses it must read is one row of
PAGES (``reads(id, page, name, want=..., never=...)``; the id says what it checks and where it came from). Whether a
passage is a promise at all (``stances``), or a check through ``lint`` or ``coverage``, goes beside fix14's, fix15's
or fix20's sections below. A single limit refused ("We do not report child abuse") is test_reads_refusals.py.

Where the rows and sections come from (the pages are written for these tests, in our own words):
- limits16: a claim of total secrecy and nothing else ("Your conversations are completely confidential") on a page
  that tells limits stays one promise (COV008) but contradicts none of the limits the page never names: missing.
  "Never shared ... under any circumstances" still contradicts them. warn23: a plain promise about the notes ("They
  will not be shared with anyone") leaves a limit named in vague words vague; one that leaves no room contradicts.
- tune19c: a promise whose next paragraph points back at it with an exception ("The only times this does not apply
  are ...") has its exception: no promise. Under a heading of its own the exception still leaves the promise (COV008)
  but the limits it never names are missing; a promise for all time ("never") still contradicts them.
- review22: records never shared are the client's words (a blanket promise), recordings or an email address are
  narrow data; a leading "Even if you are at high risk", then a keeping, refuses the limit (a keeping denied states
  it); a concession in other words ("even in cases of", "regardless of whether") refuses the limit; an exception of
  another matter after the promise leaves it whole, one of the limits lifts it.
- tune18a: "X is a breach of confidentiality" names what counts as one: no promise, no limit contradicted.
- fix14: a promise whose only exception is the client's say-so is a blanket promise, unless other words of the policy
  tell a limit; "No exceptions" and an FAQ's bare absolute answer are promises. fix15: "whatever the law requires"
  after a promise of total secrecy is no exception. fix20: a closing promise that leaves no room takes back the
  limits above it. left13: a promise to keep the client's words private, then a limit in a concession after it ("even
  if a child is at risk"), refuses that limit.
"""

from __future__ import annotations

from typing import Callable

import pytest

from conftest import stances
from policy_lint.findings import FileResult
from policy_lint.meaning import CORE_TOPICS, Passage, coverage, read_passage
from prose_files import LAYOUTS_3, assert_reads, coverage_of_bytes, layout_page, reads

PROMISE = "blanket_promise"

# tune19c
NEXT = (
    "Confidentiality\n\n"
    "What you say and make in our sessions is confidential and is not discussed with anyone outside the session.\n\n"
    "The only times this does not apply are when I take our work to my own supervision, where only your first name "
    "is used, and when I am worried about your safety or the safety of another person.\n"
)
UNNAMED = ("child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order", "required_by_law")

# warn23
PLAIN_AFTER = (
    "Confidentiality\n\n"
    "What we discuss stays between us. The only time information is shared is if I think you or someone else is at risk of serious harm.\n\n"
    "Sometimes what you tell me may need passing on to the authorities.\n\n"
    "I keep brief notes on paper. They will not be shared with anyone.\n"
)
# gate30
KEEPING_PLAIN = (
    "Terms\n\n"
    "Your sessions are private. Confidentiality extends to not revealing whether you are my client, and to not "
    "discussing our sessions with anyone.\n\n"
    "I would break confidentiality if your life were in danger or if a child were being abused.\n"
)
VAGUE_ONLY = (
    "Confidentiality\n\n"
    "What you say in counselling is private. We may share information without your consent to prevent a serious threat"
    " to health or safety.\n\n"
    "We keep brief notes. They will not be shared with anyone.\n"
)

# limits16
FAQ = (
    "<h3>Can my coach see my conversations?</h3>\n"
    "<p>No. Your conversations are completely confidential and private.</p>\n"
    "<h3>Are there any exceptions to confidentiality?</h3>\n"
    "<p>Counselors must break confidentiality if you are in immediate danger of harming yourself or others, if there is"
    " suspected abuse of a minor, or if a court order requires it.</p>\n"
)

# review22: one sentence under a heading
H = "# Confidentiality\n\n{}\n"
RECORDS_NEVER_SHARED = [
    "Your counselling records are never shared with anyone.",
    "Your session records will never be shared with anyone.",
    "Your therapy record is never shared with anyone.",
    "Your records are never shared with anyone.",
]
NARROW_DATA_NEVER_SHARED = [
    "Recordings of our sessions are never shared with anyone.",
    "Session recordings are never shared with anyone.",
    "Your email address will not be shared with anyone.",
]
AT_HIGH_RISK_KEPT = [
    "Even if you are at high risk, we keep it private.",
    "Even if you are at serious risk, what you say stays confidential.",
    "Even if you are at significant risk of harm, we keep what you say private.",
    # the client's own words are no act of ours (it read stated before this session too)
    "Even if you are at risk of suicide, what you say stays confidential.",
]
AT_HIGH_RISK_NOT_KEPT = [
    "If you are at high risk, we cannot keep it private.",
    "Even if you are at high risk, we will not keep it private; we will call for help.",
    "If you are at high risk, we may share information to keep you safe, and otherwise keep it private.",
    # the keeping denied states the limit (it read contradicted before this session, a false alarm)
    "Even if you are at risk of suicide, we will not keep it private.",
    "Even if you are at risk of suicide, it cannot stay confidential.",
]
CONCESSIONS = [
    ("We keep what you tell us private, even in cases of child abuse.", "child_abuse"),
    ("We keep what you tell us private, even in the case of child abuse.", "child_abuse"),
    ("Everything you say stays confidential, even in the event of a court order.", "court_order"),
    ("We keep what you tell us private, regardless of whether a child is at risk.", "child_abuse"),
    ("We keep what you tell us private, whether or not a child is at risk.", "child_abuse"),
    ("What you say stays confidential, no matter whether a court orders us to share it.", "court_order"),
]
CONCESSIONS_NEAR = [
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
]
PROMISE_PAGE = "# Privacy\n\nWe never share anything you tell us with anyone.\n\n{}\n\nQuestions? Email us at hello@example.org.\n"
NEVER_NAMED = ("harm_to_self", "harm_to_others", "child_abuse", "court_order")
# tune19c's exception in the next paragraph lifted the promise whatever it excepted: the blanket promise was lost
EXCEPTION_OF_ANOTHER_MATTER = [
    "There are a few exceptions to this, which apply only to our billing records.",
    "There are some exceptions to this, but none of them apply to what you tell us.",
    "There are some exceptions to this for invoices, which our bookkeeper sees.",
]
EXCEPTION_OF_THE_LIMITS = [
    # near misses: a lead-in to its cases; a limit named in it; the bare pointer with the limit just after it
    "There are some exceptions to this:\n\n- If a child is at risk, we must tell social services.",
    "The only times this does not apply are when someone is at risk of serious harm.",
    "There are some exceptions to this.\n\nIf a child is at risk, we must tell social services.",
    # tune19c's page: an exception of another matter, then the limits "also" in the paragraph after it
    "The only times this does not apply are within my own supervision.\n\nConfidentiality is also broken if I am "
    "worried about your safety.",
]

EXPECT_PAGE = ("Common questions\n\nHow long is a session?\n\nSessions last fifty minutes.\n\nIs what I say kept private?\n\n"
               "Trust matters in therapy. You can expect that what you talk about in our sessions will not be shared with anyone.\n")
SAY_SO_PAGE = ("Common questions\n\nIs it private?\n\nYou can expect complete privacy and confidentiality. If you ever want me to "
               "share something, for example with your doctor, I will ask you to sign a release form first.\n\n"
               "Fees\n\nEach session costs sixty pounds.\n")
KNOWER_PAGE = ("Counselling agreement\n\nWe will review our work every six sessions.\n\nIf you have referred yourself, then no "
               "one apart from Sam Ortiz, your counsellor, would know that you came or what was discussed.\n\n"
               "Cancellations\n\nPlease give 24 hours notice.\n")
# gate32: a page about the client's own worries, with someone's need for total secrecy in it and no limit named
NEED_PAGE = ("# Your privacy\n\nYou may worry about how private therapy is. Perhaps you are well known, or you hold a "
             "post that requires total confidentiality, such as a pilot or a police officer.\n\nWe want you to feel safe "
             "asking us about this before you start.\n")

PAGES = [
    # tune18a
    reads("tune18a: a breach named is no promise",
          "Confidentiality\n\nWe report suspected child abuse to the state.\n\n"
          "Talking about your case with staff not involved in your care is a breach of confidentiality.\n", "breach.txt",
          want={"court_order": "missing", "elder_abuse": "missing", "child_abuse": "stated"}),
    # tune19c
    reads("tune19c: a promise excepted by the next paragraph", NEXT, "next.txt",
          want={"harm_to_self": "stated", "harm_to_others": "stated", **dict.fromkeys(UNNAMED, "missing")}),
    reads("tune19c: a promise excepted by a paragraph that says there are exceptions to it",
          NEXT.replace("The only times this does not apply are when", "However, there are some exceptions to this: when"), "next.txt",
          want=dict.fromkeys(UNNAMED, "missing")),
    # Near miss: the next paragraph points at nothing above it
    reads("tune19c: a promise with a next paragraph about something else still holds",
          NEXT.replace(
              "The only times this does not apply are when I take our work to my own supervision, where only your first name "
              "is used, and when I am worried about your safety or the safety of another person.",
              "Sessions last fifty minutes.",
          ), "next.txt", want={"child_abuse": "contradicted"}),
    # warn23
    reads("warn23: a plain promise about the notes leaves a vague limit vague", PLAIN_AFTER, "policy.txt",
          want={"harm_to_others": "stated", "duty_to_warn": "vague"}),
    reads("warn23: a promise that leaves no room still contradicts a vague limit",
          PLAIN_AFTER.replace("They will not be shared with anyone.", "They will never be shared with anyone, under any circumstances."),
          "policy.txt", want={"duty_to_warn": "contradicted"}),
    # a limit the page never names stays missing (538622a)
    reads("warn23: a plain promise leaves limits named in vague words vague", VAGUE_ONLY, "policy.txt",
          want={"harm_to_self": "vague", "harm_to_others": "vague", "child_abuse": "missing"}),
    # and one promise with no room still contradicts
    reads("warn23: a promise with no room contradicts limits named in vague words",
          VAGUE_ONLY.replace("They will not be shared with anyone.", "They will not be shared with anyone for any reason."), "policy.txt",
          want={"harm_to_self": "contradicted"}),
    # gate30 (r27_15's build): a plain promise that opens on a word of keeping ("Confidentiality extends to not
    # discussing our sessions with anyone") is plain too: "anyone" alone leaves room, so on a page that tells limits
    # the limits it never names are missing; "never" or words that leave no room keep the contradiction
    reads("gate30: a plain promise opened by a word of keeping leaves unnamed limits missing", KEEPING_PLAIN, "terms.txt",
          want={"harm_to_self": "stated", "child_abuse": "stated",
                **dict.fromkeys(("elder_abuse", "court_order", "required_by_law"), "missing")}),
    reads("gate30: the same promise for all time still contradicts the unnamed limits",
          KEEPING_PLAIN.replace("not discussing our sessions with anyone", "never discussing our sessions with anyone"),
          "terms.txt", want={"elder_abuse": "contradicted", "court_order": "contradicted"}),
    reads("gate30: the same promise with no room still contradicts the unnamed limits",
          KEEPING_PLAIN.replace("with anyone.", "with anyone, under any circumstances."),
          "terms.txt", want={"elder_abuse": "contradicted", "court_order": "contradicted"}),
    # limits16
    reads("limits16: a claim of total secrecy beside limits leaves the unnamed limits missing", FAQ, "faq.html",
          want={"child_abuse": "stated", "court_order": "stated",
                **dict.fromkeys(("elder_abuse", "dependent_adult_abuse", "duty_to_warn", "required_by_law"), "missing")}),
    reads("limits16: a claim of total secrecy alone still contradicts every limit",
          "<p>Your conversations are completely confidential and private.</p>\n", "faq.html",
          want={"child_abuse": "contradicted", "elder_abuse": "contradicted"}),
    # review22
    *[reads(f"review22: records never shared is a blanket promise {i}", H.format(text), "page.md",
            want={"child_abuse": "contradicted", "court_order": "contradicted"}) for i, text in enumerate(RECORDS_NEVER_SHARED)],
    *[reads(f"review22: narrow data never shared is still no blanket promise {i}", H.format(text), "page.md",
            want={"child_abuse": "missing"}) for i, text in enumerate(NARROW_DATA_NEVER_SHARED)],
    *[reads(f"review22: even if at high risk, then kept, is refused {i}", H.format(text), "page.md",
            want={"harm_to_self": "contradicted"}) for i, text in enumerate(AT_HIGH_RISK_KEPT)],
    *[reads(f"review22: at high risk, not kept, still states {i}", H.format(text), "page.md",
            want={"harm_to_self": "stated"}) for i, text in enumerate(AT_HIGH_RISK_NOT_KEPT)],
    *[reads(f"review22: a concession in other words refuses the limit {i}", H.format(text), "page.md",
            want={topic: "contradicted"}) for i, (text, topic) in enumerate(CONCESSIONS)],
    *[reads(f"review22: a concession near miss still states {i}", H.format(text), "page.md",
            want={topic: "stated"}) for i, (text, topic) in enumerate(CONCESSIONS_NEAR)],
    *[reads(f"review22: an exception of another matter leaves the promise {i}", PROMISE_PAGE.format(after), "promise.md",
            want=dict.fromkeys(NEVER_NAMED, "contradicted")) for i, after in enumerate(EXCEPTION_OF_ANOTHER_MATTER)],
    *[reads(f"review22: an exception of the limits lifts the promise {i}", PROMISE_PAGE.format(after), "promise.md",
            want={"court_order": "missing"}) for i, after in enumerate(EXCEPTION_OF_THE_LIMITS)],
    # gate32 (real28's build): a claim of total secrecy that is someone's need ("positions requiring security clearances
    # or total confidentiality") is no promise: a page that names no limit leaves them all missing; the need ours, or a
    # plain claim, still contradicts them
    reads("gate32: someone's need for total secrecy is no promise", NEED_PAGE, "privacy.md",
          want=dict.fromkeys(CORE_TOPICS[:7], "missing")),
    reads("gate32: our own need for total secrecy is still a promise",
          NEED_PAGE.replace("a post that requires total confidentiality, such as", "a post, and our practice requires "
                            "total confidentiality for"), "privacy.md", want=dict.fromkeys(CORE_TOPICS[:7], "contradicted")),
    reads("gate32: a plain claim of total secrecy beside the need is still a promise",
          NEED_PAGE + "\nSessions here are held in complete confidentiality.\n", "privacy.md",
          want={"child_abuse": "contradicted", "court_order": "contradicted"}),
    # fix14: an FAQ's answer in a term and description, or just under its question heading
    reads("fix14: the FAQ answer in a term and description is a promise",
          "<main><dl><dt>Is what I say confidential?</dt><dd>Yes, always.</dd></dl></main>", "policy.html",
          want=dict.fromkeys(CORE_TOPICS[:8], "contradicted")),
    reads("fix14: an FAQ answer under its question heading is a promise (md)", "# FAQ\n\n## Is what I say confidential?\n\nYes, always.\n",
          "policy.md", want={"child_abuse": "contradicted", "court_order": "contradicted"}),
    reads("fix14: an FAQ answer under its question heading is a promise (html)",
          "<main><h2>Will you tell anyone what I say?</h2><p>No, never.</p></main>", "policy.html",
          want={"child_abuse": "contradicted", "court_order": "contradicted"}),
    # blanket33 (tune22's t22_04, t22_05, t22_26, in our own words): a promise in a wrapper ("you can expect"), beside
    # the client's say-so, or as "no one apart from [the counsellor]" after the client's way in, on a page that tells
    # no limit, contradicts every limit; the same promise on a page that names a limit leaves the others missing
    reads("blanket33: a promise told as what you can expect", EXPECT_PAGE, "faq.txt",
          want=dict.fromkeys(CORE_TOPICS[:8], "contradicted")),
    # (lead, session 19: a claim of total secrecy that leaves room, beside the client's say-so, is the welcome the consent
    # rule qualifies: no promise, every limit missing, so check reports each one; words that leave no room keep it)
    reads("blanket33: a claim of total secrecy beside the client's say-so is the consent rule", SAY_SO_PAGE, "faq.txt",
          want=dict.fromkeys(CORE_TOPICS[:8], "missing") | {"client_authorization": "stated"}),
    reads("lead: a promise that leaves no room, beside the client's say-so, stands", SAY_SO_PAGE.replace(
              "You can expect complete privacy and confidentiality.", "Nothing you say will ever be shared with anyone."), "faq.txt",
          want=dict.fromkeys(CORE_TOPICS[:8], "contradicted")),
    reads("blanket33: no one apart from the counsellor, for a client who refers themselves", KNOWER_PAGE, "contract.txt",
          want=dict.fromkeys(CORE_TOPICS[:8], "contradicted")),
    # near misses: a limit named elsewhere on the page; an exception in the promise
    reads("blanket33: a plain promise you can expect, beside a named limit, leaves the others missing",
          EXPECT_PAGE + "\nIf a child is being abused, I must report it to child protective services.\n", "faq.txt",
          want={"child_abuse": "stated", "court_order": "missing", "harm_to_self": "missing"}),
    reads("blanket33: a promise you can expect, with an exception, contradicts nothing",
          EXPECT_PAGE.replace("will not be shared with anyone.", "will not be shared with anyone unless someone is at risk."),
          "faq.txt", never={"court_order": "contradicted", "child_abuse": "contradicted"}),
    # tune41b (session 22): a promise that nothing leaves the service, then a paragraph that opens on the number of its
    # exceptions and names them: the rule they qualify, no limit contradicted (a New Zealand family support charity in
    # tune27b: both labellers); near misses: no exception counted, or exceptions of another matter only
    reads("tune41b: a counted list of exceptions after a promise leaves the unnamed limits missing",
          "Confidentiality\n\nNothing you say here is ever repeated outside our walls, not even the fact that you came.\n\n"
          "There are two exceptions. We must tell the police if a child is being ill-treated.\n\n"
          "The second is if someone is about to take their own life.\n", "policy.txt",
          want={"child_abuse": "stated", "court_order": "missing", "elder_abuse": "missing", "required_by_law": "missing"}),
    reads("tune41b: the same promise with no exception counted still contradicts",
          "Confidentiality\n\nNothing you say here is ever repeated outside our walls, not even the fact that you came.\n\n"
          "Our rooms are soundproofed and our files are locked.\n", "policy.txt",
          want={"court_order": "contradicted", "elder_abuse": "contradicted"}),
    reads("tune41b: two exceptions of another matter leave the promise standing",
          "Confidentiality\n\nNothing you say here is ever repeated outside our walls.\n\n"
          "There are two exceptions, both about our billing records, which our bookkeeper sees.\n", "policy.txt",
          want={"court_order": "contradicted", "elder_abuse": "contradicted"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- A promise with its exceptions under a heading of their own: the items of coverage (tune19c) --------------------


def _items(text: str) -> dict[str, dict[str, object]]:
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(text.encode("utf-8"), "next.md").document
    assert doc is not None
    return {c["topic"]: c for c in meaning.coverage(meaning.passages_of(doc))}


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



# -- A claim of total secrecy beside limits, read through coverage and lint (limits16) -------------------------------

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



# -- The client's say-so as the only exception; 'no exceptions' and an FAQ's answer (fix14) ---------------------------

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
    assert _read(text).get(PROMISE) == "opposite", read_passage(text)


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
    assert PROMISE not in _read(text), read_passage(text)


def test_a_judge_after_the_clients_say_so_is_no_order_refused() -> None:
    got = _read("Nothing you say here leaves this room, unless you ask us to pass it on or a judge orders it.")
    assert got.get("court_order") == "states" and PROMISE not in got, got
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
    assert _read(text).get(PROMISE) == "opposite", read_passage(text)


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
    assert PROMISE not in _read(text), read_passage(text)


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


# -- Whatever the law requires (fix15) --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Nothing you say will be shared, whatever the law requires.",
        "Whatever the law requires, nothing you say will be shared.",
    ],
)
def test_whatever_the_law_requires_leaves_the_promise_whole(text: str) -> None:
    assert stances(text).get(PROMISE) == "opposite", read_passage(text)
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
    assert PROMISE not in stances(text), read_passage(text)


# -- A closing promise that takes back the limits above it (fix20) ----------------------------------------------------

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
    assert stances(text).get(PROMISE) == "opposite", read_passage(text)


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
    assert PROMISE not in stances(text), read_passage(text)


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


# -- Kept private even if a limit (left13), in three layouts ----------------------------------------------------------

FORMATS = LAYOUTS_3


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
    assert coverage_of_bytes(*layout_page(sentence, fmt))[topic] == status

