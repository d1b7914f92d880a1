"""Review20: the session's four reading changes (frames17, tune17, law17, tell17) red-teamed on whole pages.

Each test is a wording a real practice could use, in our own words, with near misses beside it. A page that denies a
duty or a limit must never read it stated (a false all clear); correct, common wording must not read contradicted.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes, limits_html as _html, limits_md as _md, limits_txt as _txt


FORMATS = [(_md, "p.md"), (_html, "p.html"), (_txt, "p.txt")]

# tell17 made a telling with no word of time a telling first. A telling that is itself not promised ("I cannot promise
# to tell you if I break confidentiality") read stated: "promise" and "guarantee" take a negation back when they
# promise privacy ("We cannot promise confidentiality" states a limit), and here they promised the telling.
NOT_PROMISED = [
    "I cannot promise to tell you if I break confidentiality.",
    "I can't promise that I will tell you if I need to share anything.",
    "I cannot guarantee that I will inform you if I have to disclose information.",
    "I don't promise to let you know if I have to break confidentiality.",
    "I cannot promise to tell you before I share.",
]
# near misses: the telling promised, with or without a hedge, and a promise of privacy denied
PROMISED = [
    "I promise to tell you if I break confidentiality.",
    "If I have to break confidentiality, I will discuss it with you where possible, but I cannot always promise this.",
    "I cannot promise total confidentiality, but I will tell you if I need to share anything.",
]


@pytest.mark.parametrize("tail", NOT_PROMISED)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_not_promised_is_no_telling(tail: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert got["before_disclosure"] != "stated" and got["after_disclosure"] != "stated", got
    assert got["harm_to_self"] == "stated"


@pytest.mark.parametrize("tail", PROMISED)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_promised_is_telling_first(tail: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert got["before_disclosure"] == "stated", got


# frames17 made a refusal's lead-in frame the items that complete it. A lead-in that ends on a concession ("..., even
# if:") is such a refusal whatever its words: a promise kept ("I will keep what you say private, even if:"), a
# sharing of nothing ("Nothing you say will be shared, even if:"), a sharing that is no one's. Its items read stated
# (a false all clear), and an item that is a clause of ours with no act of sharing ("- I am ordered by a court")
# read as a sentence of its own, also stated.
CONCESSIONS = [
    "I will keep what you say private, even if:",
    "Your information stays confidential, even when:",
    "Nothing you say will be shared, even if:",
    "No information will be released, even if:",
    "No one will be told what you say, even if:",
    "Confidentiality is never broken, even if:",
    "We will not share anything, even when:",
    "I will never break confidentiality, even if:",
]
ITEMS = ["I am ordered by a court.", "you are at risk of harming yourself,", "we think a child is being abused."]
PAGES = {
    "p.md": lambda lead, items: "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items),
    "p.txt": lambda lead, items: "CONFIDENTIALITY\n\n" + lead + "\n\n" + "".join(f"* {i}\n" for i in items),
    "p.html": lambda lead, items: "<h1>Confidentiality</h1><p>" + lead + "</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}


@pytest.mark.parametrize("lead", CONCESSIONS)
@pytest.mark.parametrize("name", list(PAGES))
def test_the_items_of_a_concession_are_no_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES[name](lead, ITEMS).encode(), name)
    assert all(got[t] != "stated" for t in ("court_order", "harm_to_self", "child_abuse")), got


# near misses: a sharing of ours that goes on "even if", or a refusal with its exceptions after it, still frames limits;
# an item with an act of sharing of its own still reads by itself
@pytest.mark.parametrize(
    "lead",
    [
        "I must break confidentiality, even if:",
        "We may have to share information even when:",
        "Nothing you say is shared, except when:",
        "No records are released except when:",
        "Nothing stops us from sharing information when:",
        "Nothing you say is shared unless:",
    ],
)
@pytest.mark.parametrize("name", list(PAGES))
def test_a_sharing_of_ours_or_an_exception_still_frames_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES[name](lead, ITEMS[1:]).encode(), name)
    assert got["harm_to_self"] == "stated" and got["child_abuse"] == "stated", got


def test_an_item_with_its_own_sharing_under_a_concession_reads_by_itself() -> None:
    got = coverage_of_bytes(PAGES["p.md"]("We will not share anything, even when:", ["We must report child abuse to the county."]).encode(), "p.md")
    assert got["child_abuse"] == "stated", got


# law17 read the law as a qualifier ("subject to the law", "as far as the law allows") as an exception of the blanket
# promise, and a blanket promise holds only where no sentence of its passage gives one. So a qualifier in one sentence
# took back a promise in the next that leaves no room ("I will never break confidentiality for any reason"): the
# page's contradiction (COV008) was lost. The qualifier bounds its own sentence only.
LAW_BOUND = [
    "Everything you say is confidential, subject to the law. I will never break confidentiality for any reason.",
    "I will never break confidentiality for any reason. Everything you say is confidential, subject to the law.",
    "What you say is private, within the bounds of the law. Nothing you say will ever be shared with anyone.",
]
LIMITS = "If you are in danger of hurting yourself, I may tell your GP. If I think a child is being abused, I must report it."


def _rules(page: str, name: str = "p.md") -> set[str]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "policy_lint", "check", "--isolated", "--format", "json", "--stdin-filename", name, "-"],
                         input=page, capture_output=True, text=True).stdout
    return {f["rule"] for f in json.loads(out)["files"][0]["findings"]}


@pytest.mark.parametrize("promise", LAW_BOUND)
def test_a_qualifier_takes_back_no_promise_of_another_sentence(promise: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{promise}\n".encode())
    assert got["harm_to_self"] == "contradicted" and got["child_abuse"] == "contradicted", got
    assert "COV008" in _rules(f"# Confidentiality\n\n{promise}\n\n{LIMITS}\n")


@pytest.mark.parametrize(
    "promise",
    [
        # near misses: the qualifier in the promise's own sentence (law17: vague, no promise); a claim of total secrecy
        # beside a qualifier (the welcome it qualifies); a real exception beside the qualifier
        "Nothing you say will ever be shared with anyone, subject to the law.",
        "Your sessions are completely confidential. This is subject to the law.",
        "Everything is confidential within the law, except in an emergency. I will never break confidentiality for any reason.",
    ],
)
def test_a_qualifier_still_bounds_its_own_promise(promise: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{promise}\n".encode())
    assert got["harm_to_self"] != "contradicted", got


# frames17's refusals: a negation reached the act only over helpers ("will", "do", "to"), so a duty or a leave between
# them ("Things I do not have to report:", "We are not obliged to report:", "I am not allowed to share:") hid it: the
# lead-in read as a frame of limits and its items stated (a false all clear), also as the lead-in of a nested list.
DUTY_REFUSALS = [
    "Things I do not have to report:",
    "We are not obliged to report:",
    "I am not allowed to share:",
    "We are not legally required to report:",
]


@pytest.mark.parametrize("lead", DUTY_REFUSALS)
@pytest.mark.parametrize("name", list(PAGES))
def test_a_duty_or_leave_denied_frames_no_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES[name](lead, ["Past elder abuse", "Child abuse you saw as a child", "Thoughts of suicide"]).encode(), name)
    assert all(got[t] != "stated" for t in ("elder_abuse", "child_abuse", "harm_to_self")), got


@pytest.mark.parametrize("name", ["p.md", "p.txt"])
def test_a_nested_list_under_a_duty_denied_states_nothing(name: str) -> None:
    bullet = "-" if name == "p.md" else "*"
    page = (
        "# Confidentiality\n\nI must share information when:\n\n1. You are at risk of suicide\n"
        "2. I am told about the following, which I do not have to report:\n"
        f"   {bullet} past elder abuse\n   {bullet} abuse of adults you tell me about\n3. A court orders it\n"
    )
    got = coverage_of_bytes(page.encode(), name)
    assert got["elder_abuse"] != "stated" and got["harm_to_self"] == "stated" and got["court_order"] == "stated", got


# near misses: the duty said, not denied
@pytest.mark.parametrize("lead", ["I have to report:", "We are obliged to report:", "We do not have to ask you before we share information when:"])
def test_a_duty_said_still_frames_limits(lead: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES["p.md"](lead, ["Child abuse", "Thoughts of suicide"]).encode(), "p.md")
    assert got["child_abuse"] == "stated" and got["harm_to_self"] == "stated", got


# frames17 read a sentence that points back and says what follows is not among it ("This does not include:"), after
# words of limits, as a list of no limits. "It does not apply when:" after "Confidentiality has limits." is the
# opposite: "it" is the privacy, and what follows are its limits. Such common wording read vague (a false alarm).
LAPSES = [
    "Confidentiality has limits. It does not apply when:",
    "There are limits to confidentiality. It does not apply if:",
    "Confidentiality is not absolute. It does not cover:",
    "Confidentiality has some exceptions. It doesn't apply when:",
    "Confidentiality has limits. This promise does not apply when:",
]
THREE = ["you are at risk of harming yourself", "a child is being abused", "a court orders your records"]


@pytest.mark.parametrize("lead", LAPSES)
@pytest.mark.parametrize("name", list(PAGES))
def test_where_privacy_does_not_apply_are_its_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES[name](lead, THREE).encode(), name)
    assert all(got[t] == "stated" for t in ("harm_to_self", "child_abuse", "court_order")), got


# near misses (frames17's): what is excluded from a sharing or from the limits named
@pytest.mark.parametrize(
    "frames",
    [
        ["We share information when the law requires it. This does not include:"],
        ["We share information when the law requires it. It does not apply to:"],
        ["Confidentiality has limits. These do not cover:"],
        ["Confidentiality has limits. These limits do not apply to:"],
        ["This does not apply to:", "Limits of confidentiality"],
        ["This does not include:", "Limits of confidentiality"],
    ],
)
def test_what_a_sharing_or_the_limits_exclude_is_still_no_limit(frames: list[str]) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits(frames)
    assert meaning.list_frame("Child abuse", frames) == "vague"


# frames17 made a lead-in that shares only with the client's consent frame its longer items too (as the client's
# choice, vague). With other times joined to the consent ("with your consent or when:", "or in the following
# situations:", "and also when:") the list is those times, the limits: they read vague, a false alarm on common wording.
CONSENT_OR = [
    "We only share information with your consent or when:",
    "Information is only shared with your consent, or in the following situations:",
    "We will only break confidentiality with your consent or if:",
    "Confidentiality will only be broken with your permission, or where:",
    "We share information with your consent, and also when:",
]


@pytest.mark.parametrize("lead", CONSENT_OR)
@pytest.mark.parametrize("name", list(PAGES))
def test_times_beside_the_clients_consent_are_limits(lead: str, name: str) -> None:
    from policy_lint import meaning

    assert meaning.frame_says_limits([lead])
    got = coverage_of_bytes(PAGES[name](lead, THREE).encode(), name)
    assert all(got[t] == "stated" for t in ("harm_to_self", "child_abuse", "court_order")), got


# near misses: the consent alone, with its examples
@pytest.mark.parametrize(
    "lead",
    [
        "We only share information with your written consent, such as:",
        "We may share information with your written consent, for example:",
        "We only share with your consent, for example if you want us to talk with:",
    ],
)
def test_the_clients_consent_alone_still_frames_no_limits(lead: str) -> None:
    from policy_lint import meaning

    assert not meaning.frame_says_limits([lead]) and meaning.list_frame("Child abuse", [lead]) == "vague"


# law17 read "other legal situations" as the law's requirement stated. Opening a sentence whose refusal follows a
# comma ("In other legal situations, I will not disclose information.") it read stated (it read contradicted
# before, by other words): a condition that opens with "In cases of ...", "In legal proceedings," was not turned round
# by the refusal after it, as "If a child is abused, I will not report it" is. The same gap read "In cases of child
# abuse, I will not report it." as child abuse stated, a false all clear older than the session.
FRONTED = [
    ("In other legal situations, I will not disclose information.", "required_by_law"),
    ("In cases of child abuse, I will not report it.", "child_abuse"),
    ("In legal proceedings, I will not release your records.", "court_order"),
    ("In situations of risk to your life, I will not tell anyone.", "harm_to_self"),
]


@pytest.mark.parametrize(("sentence", "topic"), FRONTED)
@pytest.mark.parametrize("name", list(PAGES))
def test_a_refusal_after_a_fronted_case_is_no_limit(sentence: str, topic: str, name: str) -> None:
    page = {"p.md": f"# Confidentiality\n\n{sentence}\n", "p.txt": f"CONFIDENTIALITY\n\n{sentence}\n",
            "p.html": f"<h1>Confidentiality</h1><p>{sentence}</p>"}[name]
    got = coverage_of_bytes(page.encode(), name)
    assert got[topic] not in ("stated", "missing"), got


# near misses: the same cases with the act said, a telling of the client refused, an exception
@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("In cases of child abuse, I will report it.", "child_abuse"),
        ("In legal proceedings, I may have to release your records.", "court_order"),
        ("In cases of child abuse, I may not be able to tell you first.", "child_abuse"),
        ("In other legal situations, I will not disclose information unless the law requires it.", "required_by_law"),
    ],
)
def test_a_fronted_case_with_the_act_said_states_it(sentence: str, topic: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{sentence}\n".encode())
    assert got[topic] == "stated", got


# law17: "exceptions whereby we must legally disclose information" defines the exceptions as the law's requirement,
# stated. With the exceptions denied ("There are no exceptions whereby ...") it read stated too, a false all clear.
@pytest.mark.parametrize("name", list(PAGES))
def test_no_exceptions_defined_by_the_law_state_no_law(name: str) -> None:
    sentence = "There are no exceptions whereby we must legally disclose information."
    page = {"p.md": f"# Confidentiality\n\n{sentence}\n", "p.txt": f"CONFIDENTIALITY\n\n{sentence}\n",
            "p.html": f"<h1>Confidentiality</h1><p>{sentence}</p>"}[name]
    assert coverage_of_bytes(page.encode(), name)["required_by_law"] != "stated"
    # near miss (law17's own): some exceptions so defined
    near = page.replace("no exceptions", "some exceptions")
    assert coverage_of_bytes(near.encode(), name)["required_by_law"] == "stated"
