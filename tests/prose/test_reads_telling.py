"""Reading tests: the duties of telling: before and after a sharing, at intake, the minimum necessary.

Each section names the round or review its tests come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import coverage_of_bytes, limits_html as _html, limits_md as _md, limits_txt as _txt


# ==== from tune17 (test_tune17_classes.py) ============================================================
# Classes of wording and layout that real practice texts (tune17: 40 pages whose addresses hash to 1) read wrong,
# fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - A list inside a list item: the item ending in a colon leads its own sub-list only; the items of the outer list
#   after that sub-list keep the outer lead-in ("... except when:"), in Markdown, HTML and text alike.
# - A sharing denied beside generic words of telling ("I go over confidentiality with you so you know what you say
#   will not be shared") is no denial of at_intake.
# - A protective act in the passive, or whom we tell in general words, beside a danger to others: vague duty_to_warn.


TELL_AND_DENY = (
    "# Confidentiality\n\n"
    "I discuss confidentiality with you so that you know what you say will not be shared with your employer.\n\n"
    "I follow an ethical framework which covers confidentiality for every client.\n\n"
    "If you are in danger of harming yourself, I may contact your GP.\n"
)


def test_a_denied_sharing_beside_words_of_telling_contradicts_no_intake() -> None:
    got = coverage_of_bytes(TELL_AND_DENY.encode("utf-8"), "tell.md")
    assert got["at_intake"] == "vague", got
    assert got["harm_to_self"] == "stated", got


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


def test_a_count_of_sessions_is_no_minimum() -> None:
    text = ("Teen services\n\nServices are limited to no more than 12 outpatient counseling sessions over no more "
            "than three months.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "count.txt")
    assert got["minimum_necessary"] == "missing", got


# ==== from tune19b (test_tune19b_classes.py) ==========================================================
# Classes of wording that real practice texts from the US (tune19b: 30 pages whose addresses hash to 1) read wrong,
# fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - A promise of privacy with "unless" after it ("What you tell us stays between us unless we are worried that you:")
#   frames the list under it as limits, even where the promise names the client's sharing ("share with us", a phrase of
#   the frames that are about something else): an item that names a danger with its person is a limit stated.
# - A list item whose second sentence names the police as the ones who can prevent or reduce the threat, after a danger
#   to another person, is a warning (duty_to_warn stated); after a danger to the client alone it is none.
# - Advice on what the client should not tell a therapist, "for the first time", is no refusal of ours to tell first.


BLOG = (
    "# Things to keep in mind\n\n"
    "If you are going to therapy for the first time, here are the things you should never tell a therapist.\n\n"
    "Everything you say is kept private. We will always tell you before we share anything.\n"
)


def test_advice_on_what_to_tell_a_therapist_is_no_refusal() -> None:
    got = coverage_of_bytes(BLOG.encode("utf-8"), "blog.md")
    assert got["before_disclosure"] == "stated", got


def test_our_own_refusal_to_tell_first_still_contradicts() -> None:
    # Near miss: the practice's own refusal, beside the same advice
    text = BLOG.replace("We will always tell you before we share anything.", "We will not tell you first before we share anything.")
    got = coverage_of_bytes(text.encode("utf-8"), "blog.md")
    assert got["before_disclosure"] == "contradicted", got


# ==== from tune19d (test_tune19d_classes.py) ==========================================================
# Classes of wording that real19's Markdown and web pages read wrong (tune19d: real19 released to tuning), fixed as
# classes, not phrases. The pages here are written for these tests, in our own words, in the layouts those pages use
# (front matter, a paragraph of limits split by <br> lines, a complaints section, a bulleted list of topics).
#
# - The law's words after a promise of privacy whose subject is the client's own sharing qualify the promise: vague.
# - A disclosure "necessary to protect" someone is the case we share in, no minimum; a person protected "from imminent
#   danger" is named as in danger.
# - "senior" as a rank names no older adult.
# - The client asked to speak to staff first about a complaint is no telling of ours.
# - What a student may come to see the counsellor about frames no limits.


FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"


def _front_matter_page(body: str) -> bytes:
    return (FRONT + body).encode("utf-8")


BR_LIST = (
    "<main><h1>Confidentiality</h1><p>What you say here is private and is not passed on without your written consent."
    "</p><p>Confidentiality may be broken only: (a) if such disclosure is necessary to protect you or someone else from "
    "imminent danger;<br>\n(b) in cases of suspected child abuse;<br>\n(c) when a court orders us to release records."
    "</p></main>"
)


COMPLAINTS = (
    "## Limits\n\n"
    "We will break confidentiality if there is a serious risk of harm to you or to someone else.\n\n"
    "## Complaints\n\n"
    "If you're not happy with the service you have received, first talk to the member of staff you have been "
    "receiving support from.\n"
)


def test_a_disclosure_needed_to_protect_is_no_minimum_and_names_both() -> None:
    got = coverage_of_bytes(BR_LIST.encode("utf-8"), "limits.html")
    assert got["minimum_necessary"] == "missing", got
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got


def test_only_what_is_necessary_is_still_the_minimum() -> None:
    # Near miss: how much is shared, with the same words
    page = BR_LIST.replace("</p></main>", " We share only what is necessary to protect you.</p></main>")
    got = coverage_of_bytes(page.encode("utf-8"), "limits.html")
    assert got["minimum_necessary"] == "stated", got


def test_a_complaints_section_is_no_telling_first() -> None:
    got = coverage_of_bytes(_front_matter_page(COMPLAINTS), "statement.md")
    assert got["before_disclosure"] == "missing", got


def test_the_staff_as_they_tell_you_first() -> None:
    # Near miss: the service's staff, as "they", tell the client of a sharing still ahead
    body = COMPLAINTS + "\nYour counsellor will always try to tell you if they are going to break confidentiality.\n"
    got = coverage_of_bytes(_front_matter_page(body), "statement.md")
    assert got["before_disclosure"] == "stated", got


# ==== from review20 (test_review20_red_team.py) =======================================================
# Review20: the session's four reading changes (frames17, tune17, law17, tell17) red-teamed on whole pages.
#
# Each test is a wording a real practice could use, in our own words, with near misses beside it. A page that denies a
# duty or a limit must never read it stated (a false all clear); correct, common wording must not read contradicted.


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


# ==== from review21 (test_review21_red_team.py) =======================================================
# Review 21: tune18a's and tune18b's reading changes red-teamed. The pages here are written for these tests, in our
# own words.
#
# - "with your prior knowledge" (tune18b) tells first only where no negation in its own clause turns it round: "action
#   would not be taken with your prior knowledge" refuses to tell first (opposite), it never states it.


SHARE = "# Confidentiality\n\nIf I must share information, {}\n"


@pytest.mark.parametrize(
    "tail",
    [
        "action would not be taken with your prior knowledge.",
        "action would not always be taken with your prior knowledge.",
        "it would not be done with your prior knowledge.",
        "it may not always be possible to do so with your prior knowledge.",
        "it will rarely be with your prior knowledge.",
    ],
)
def test_prior_knowledge_denied_is_no_telling_first(tail: str) -> None:
    got = coverage_of_bytes(SHARE.format(tail).encode("utf-8"), "known.md")
    assert got["before_disclosure"] != "stated", got


@pytest.mark.parametrize(
    "tail",
    [
        "action would only be taken with your prior knowledge.",
        "it would be done with your prior knowledge.",
        # near miss: a negation in another clause
        "and you cannot be reached, action would still be taken with your prior knowledge once you are.",
    ],
)
def test_prior_knowledge_beside_a_sharing_still_tells_first(tail: str) -> None:
    got = coverage_of_bytes(SHARE.format(tail).encode("utf-8"), "known.md")
    assert got["before_disclosure"] == "stated", got


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


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes we may be required to share information outside the service. We will always discuss this with you.",
        "If you are at serious risk of harm, this information will need to be passed on. The whole process will be discussed with you at the time.",
        "We may need to tell someone if a child is at risk. This will be discussed with you.",
    ],
)
def test_a_talk_pointed_back_at_a_sharing_is_telling_first(text: str) -> None:
    assert stances(text).get("before_disclosure") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("We may need to share information with the police. We will discuss this with you afterwards.", "after_disclosure"),
        ("You may want to share your feelings with your family. We can discuss this with you.", None),
        ("If you need to share your worries, we can discuss this with you.", None),
        ("We will discuss this with you.", None),
    ],
)
def test_a_talk_after_or_about_the_clients_sharing_is_no_telling_first(text: str, topic: "str | None") -> None:
    got = stances(text)
    assert "before_disclosure" not in got, read_passage(text)
    if topic is not None:
        assert got.get(topic) == "states", read_passage(text)


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


FORMATS_LEFT13 = ["md", "txt", "html"]


@pytest.mark.parametrize("fmt", FORMATS_LEFT13)
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


# ==== from tell17 (test_tell17_untimed_telling.py) ====================================================
# A telling of a sharing of ours with no word of its time, on a whole page (tell17).
#
# The team's decision (session 12): "If I have to break confidentiality, I will discuss it with you", "I will let
# you know if I need to share", "you would be informed" state telling first (before_disclosure) and not telling
# after. A word of time after ("afterwards", "promptly", "at your next session") or a sharing already made ("any
# disclosure made without your consent") keeps it telling after. Someone else telling the client, the client
# telling us, a telling about something else (a cancellation, news of the practice), consent asked and the refusal to
# say who made a report tell nothing. The wordings
# are real practices' (UK, Australian and US counsellors' pages), in our own words. The import draft reads as its
# page.


FIRST = [
    "If I have to break confidentiality, I will discuss it with you.",
    "If the counsellor felt they needed to breach your confidentiality, they would, if possible, talk it over with you.",
    "I will let you know if I need to share anything.",
    "If information about you has to be shared, you would be informed.",
    "If confidentiality ever needs to be broken, I would involve you in that decision.",
    "If I ever need to break confidentiality, I will make every effort to inform you.",
    "I would let you know should I ever think I will need to use one of these exceptions.",
    "We will keep you informed if we ever have to disclose anything.",
    "When possible, I will discuss these obligations with you directly.",
    "If I receive a court order, I will notify you that the requested records will be released.",
    "A court may subpoena my notes if you are involved in a legal case. You would be notified if this happens.",
]


AFTER = [
    "If I have to share something, I will tell you afterwards.",
    "If I make a report, I will tell you about it at our next session.",
    "You will be told of any disclosure made without your consent.",
    "If I make such a report, I will promptly inform you.",
]


NEITHER = [
    "I will let you know if I am running late.",
    "Please tell me first if you want to bring someone to a session.",
    "If your records are subpoenaed, the court will let you know.",
    "If I make a report, the agency may contact you.",
    "I will not tell you who made the report.",
    "This page tells you when I may share your information.",
    "I will let you know in advance if I have to cancel a session.",
    "I may contact you if I need to share important updates about the practice.",
    "If I ever need to break confidentiality, the police will tell you.",
    "If I need to share information with your doctor, I will ask for your consent.",
    "Sessions may be cancelled if I am unwell. If this happens, you will be told.",
]


@pytest.mark.parametrize(
    ("tail", "before", "after"),
    [(t, "stated", "missing") for t in FIRST] + [(t, "missing", "stated") for t in AFTER] + [(t, "missing", "missing") for t in NEITHER],
)
@pytest.mark.parametrize(("make", "name"), FORMATS, ids=["md", "html", "txt"])
def test_a_telling_with_no_time_is_telling_first(tail: str, before: str, after: str, make, name: str) -> None:
    got = coverage_of_bytes(make(tail).encode(), name)
    assert (got["before_disclosure"], got["after_disclosure"]) == (before, after)
    assert got["harm_to_self"] == "stated"


@pytest.mark.parametrize("tail", [FIRST[0], AFTER[0], NEITHER[2]])
def test_the_draft_reads_as_its_page(tail: str, tmp_path: Path) -> None:
    from policy_lint.authoring.draft import draft_policy

    page = _md(tail)
    want = coverage_of_bytes(page.encode(), "p.md")
    path = tmp_path / "p.md"
    path.write_text(page, encoding="utf-8")
    got = coverage_of_bytes(draft_policy(str(path)).encode(), "draft.yaml")
    assert (got["before_disclosure"], got["after_disclosure"]) == (want["before_disclosure"], want["after_disclosure"])


def test_first_where_it_can_and_afterwards_where_it_cannot_states_both() -> None:
    page = _md("Where I can, I will talk with you before I share anything. If I cannot, I will let you know afterwards.")
    got = coverage_of_bytes(page.encode(), "p.md")
    assert (got["before_disclosure"], got["after_disclosure"]) == ("stated", "stated")
