"""The false "all clear"s named in session 8's closing note, by class (fix14).

- A promise whose only exception is the client's say-so is a blanket promise,
  unless other words of the policy tell a limit (then it is its general rule).
- A label or title that names a limit over words that refuse to tell anyone
  says that limit the opposite way, in every format.
- "No exceptions" said of confidentiality, and an FAQ's bare absolute answer,
  are blanket promises.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from prose_files import coverage_of_bytes
from policy_lint.findings import FileResult
from policy_lint.meaning import CORE_TOPICS, Passage, coverage, read_passage
from conftest import stances

PROMISE = "blanket_promise"


_read = stances


# -- the client's say-so as the only exception ------------------------------------------------

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


# -- a label or title over words that refuse ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Court order: We refuse to share your records.", ("court_order",)),
        ("Danger to others: We do not warn anyone.", ("harm_to_others", "duty_to_warn")),
        ("Child abuse. We do not make reports.", ("child_abuse",)),
        ("**Child abuse.** We do not make reports.", ("child_abuse",)),
        ("Harm to self - not something we report.", ("harm_to_self",)),
        ("Subpoenas: We will not release any records.", ("court_order",)),
        ("Suicide risk. We do not contact anyone. We believe you are the expert on your own life.", ("harm_to_self",)),
    ],
)
def test_a_label_over_a_refusal_says_its_limit_the_opposite_way(text: str, topics: tuple[str, ...]) -> None:
    got = _read(text)
    assert {t: got.get(t) for t in topics} == dict.fromkeys(topics, "opposite"), read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Court order: we will share only what the order requires.", "court_order"),
        ("Danger to others: we do not keep this private.", "harm_to_others"),
        ("Danger to others: we are not able to keep this confidential.", "harm_to_others"),
        ("Court order: we do not release records without a court order.", "court_order"),
        ("Child abuse. We report it to child protective services.", "child_abuse"),
        ("Child abuse: we do not need your consent to report it.", "child_abuse"),
        ("Harm to self. We do not tell your family, but we may call emergency services.", "harm_to_self"),
    ],
)
def test_a_label_over_words_that_share_or_are_no_refusal_stays_stated(text: str, topic: str) -> None:
    assert _read(text).get(topic) == "states", read_passage(text)


TABLE_MD = "# Confidentiality\n\n| Situation | What we do |\n|---|---|\n| Court order | We refuse to share your records |\n| Danger to others | We do not warn anyone |\n\n**Child abuse.** We do not make reports.\n"
TABLE_HTML = (
    "<main><h1>Confidentiality</h1><table><tr><th>Situation</th><th>What we do</th></tr>"
    "<tr><td>Court order</td><td>We refuse to share your records</td></tr>"
    "<tr><td>Danger to others</td><td>We do not warn anyone</td></tr></table>"
    "<dl><dt>Child abuse</dt><dd>We do not make reports.</dd></dl>"
    "<p><b>Elder abuse.</b> We never tell anyone.</p></main>"
)
TABLE_TXT = "Confidentiality\n\nCourt order: We refuse to share your records.\n\nDanger to others: We do not warn anyone.\n\nChild abuse. We do not make reports.\n"


@pytest.mark.parametrize(("raw", "name"), [(TABLE_MD, "policy.md"), (TABLE_HTML, "policy.html"), (TABLE_TXT, "policy.txt")])
def test_rows_terms_and_titles_over_a_refusal_read_contradicted_in_every_format(raw: str, name: str) -> None:
    got = coverage_of_bytes(raw.encode(), name)
    for topic in ("court_order", "harm_to_others", "duty_to_warn", "child_abuse"):
        assert got[topic] == "contradicted", (name, topic, got)
    if name == "policy.html":
        assert got["elder_abuse"] == "contradicted", got


def test_near_misses_in_rows_and_terms_stay_stated() -> None:
    md = "| Situation | What we do |\n|---|---|\n| Court order | We will share only what the order requires |\n| Danger to others | We do not keep this private |\n"
    html = "<main><dl><dt>Court order</dt><dd>We will share only what the order requires.</dd><dt>Danger to others</dt><dd>We do not keep this private.</dd></dl></main>"
    for raw, name in ((md, "policy.md"), (html, "policy.html")):
        got = coverage_of_bytes(raw.encode(), name)
        assert got["court_order"] == "stated" and got["harm_to_others"] == "stated", (name, got)


def test_a_yaml_limit_whose_explanation_refuses_is_not_stated(lint: Callable[..., FileResult]) -> None:
    result = lint(
        "limits:\n"
        "  - category: court_order\n    title: Court orders\n    explanation: We refuse to share your records.\n"
        "  - category: child_abuse\n    explanation: \"Child abuse: We do not make reports.\"\n"
        "  - category: elder_abuse\n    title: Elder abuse\n    explanation: We report abuse of older adults to Adult Protective Services.\n"
    )
    cover = {i["topic"]: i["status"] for i in result.metrics["coverage"]}
    assert cover["court_order"] == "contradicted" and cover["child_abuse"] == "contradicted", cover
    assert cover["elder_abuse"] == "stated", cover
    assert "COV007" in {f.rule_id for f in result.findings}


def test_a_yaml_title_over_a_refusal_reads_the_same_from_the_reading_cache(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.meaning import _store
    from policy_lint.meaning._passages import read_all

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE", raising=False)
    monkeypatch.setattr(_store, "_WRITTEN", [0])
    passages = [
        Passage("/limits/0/title", "Court orders", ("court_order",), "/limits/0"),
        Passage("/limits/0/explanation", "We refuse to share your records.", ("court_order",), "/limits/0"),
    ]
    _store.clear()
    cold = read_all(passages, str(tmp_path / "p.yaml"))
    assert list((tmp_path / "policy-lint").rglob("readings*.json"))  # kept for the next run
    _store.clear()


    def unread(text: str) -> Any:
        raise AssertionError(f"read again: {text!r}")

    monkeypatch.setattr(_store, "_READER", [unread])  # a warm read reads no text
    warm = read_all(passages, str(tmp_path / "p.yaml"))
    _store.clear()
    assert cold == warm
    assert [st.stance for st in cold[0][1]] == ["opposite"]


# -- "no exceptions" and an FAQ's answer --------------------------------------------------------

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


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("# Confidentiality\n\n## Court orders\n\nWe refuse to share your records.\n\n## Child abuse\n\nWe do not make reports.\n", "policy.md"),
        ("<main><h1>Confidentiality</h1><h2>Court orders</h2><p>We refuse to share your records.</p><h2>Child abuse</h2><p>We do not make reports.</p></main>", "policy.html"),
    ],
)
def test_a_heading_over_a_refusal_reads_contradicted(raw: str, name: str) -> None:
    got = coverage_of_bytes(raw.encode(), name)
    assert got["court_order"] == "contradicted" and got["child_abuse"] == "contradicted", got


@pytest.mark.parametrize(
    "raw",
    [
        "## Court orders\n\nWe share records when a judge orders it.\n",
        "## Court orders\n\nWe do not provide custody evaluations.\n",
        "## Court orders\n\nWe do not release records without a court order.\n",
    ],
)
def test_a_heading_over_words_that_share_or_refuse_a_service_is_not_contradicted(raw: str) -> None:
    got = coverage_of_bytes(raw.encode(), "policy.md")
    assert got["court_order"] != "contradicted", got
