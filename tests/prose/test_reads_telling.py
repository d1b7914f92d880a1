"""Reading tests: the duties of telling: telling the client before a sharing (before_disclosure) or after it
(after_disclosure), the limits told at intake (at_intake), and sharing only the minimum necessary.

Where a new test goes: a whole page (or one sentence under a heading) and the statuses it must read is one row of
PAGES (``reads(id, page, name, want=..., never=...)``; the id says what it checks and where it came from). A telling
read in three layouts goes beside tell17's, review20's or left13's sections below; a single passage beside fix20's.

Where the rows and sections come from (the pages are written for these tests, in our own words):
- tell17 (the team's decision, session 12): a telling of a sharing of ours with no word of its time ("I will discuss
  it with you", "you would be informed") is a telling first, not after; a word of time after it ("afterwards",
  "promptly") or a sharing already made keeps it telling after. Someone else telling the client, the client telling
  us, a telling about something else, consent asked, and refusing to say who made a report tell nothing.
- review20: a telling that is itself not promised ("I cannot promise to tell you ...") is no telling.
- review21: "with your prior knowledge" tells first only where no negation in its own clause turns it round.
- review22: our act before the talk ("We may call social services before speaking to you") is no telling first.
- left13: telling someone other than the client first ("your parents") is no telling of the client.
- fix20: a talk pointed back at a sharing ("This will be discussed with you") is a telling first.
- tune17: a sharing denied beside generic words of telling is no denial of at_intake.
- tune19b: advice on what the client should not tell a therapist is no refusal of ours to tell first.
- tune19d: the client asked to speak to staff first about a complaint is no telling of ours; a disclosure "necessary
  to protect" someone is the case we share in, no minimum.
- tune18a: a count of sessions ("no more than 12 sessions") shares nothing: no minimum_necessary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import LAYOUTS_3, assert_reads, coverage_of_bytes, layout_page, limits_html as _html, limits_md as _md, limits_txt as _txt, reads

# tune19b
BLOG = (
    "# Things to keep in mind\n\n"
    "If you are going to therapy for the first time, here are the things you should never tell a therapist.\n\n"
    "Everything you say is kept private. We will always tell you before we share anything.\n"
)

# tune19d
FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"
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

# review21: a sharing, then one of these
SHARE = "# Confidentiality\n\nIf I must share information, {}\n"
PRIOR_KNOWLEDGE_DENIED = [
    "action would not be taken with your prior knowledge.",
    "action would not always be taken with your prior knowledge.",
    "it would not be done with your prior knowledge.",
    "it may not always be possible to do so with your prior knowledge.",
    "it will rarely be with your prior knowledge.",
]
PRIOR_KNOWLEDGE = [
    "action would only be taken with your prior knowledge.",
    "it would be done with your prior knowledge.",
    # near miss: a negation in another clause
    "and you cannot be reached, action would still be taken with your prior knowledge once you are.",
]

# review22: one sentence under a heading
H = "# Confidentiality\n\n{}\n"
# "before speaking to you" after our act: the act comes first (it read before_disclosure stated, a false all clear)
ACT_BEFORE_THE_TALK = [
    "We may call social services before speaking to you.",
    "If a child is at risk, we may contact social services before telling you.",
    "We may share information with the police before we can talk to you.",
]
# near misses: the act denied before the talk; the talk before the act; an emergency; no sharing named
ACT_BEFORE_THE_TALK_NEAR = [
    ("We won't contact anyone before speaking to you.", "stated"),
    ("We will never share anything before talking with you.", "stated"),
    ("We will speak to you before contacting anyone.", "stated"),
    ("In an emergency we may call an ambulance before we can speak to you.", "missing"),
    ("Please think it over before telling us.", "missing"),
]

PAGES = [
    # tune17
    reads("tune17: a denied sharing beside words of telling contradicts no intake",
          "# Confidentiality\n\n"
          "I discuss confidentiality with you so that you know what you say will not be shared with your employer.\n\n"
          "I follow an ethical framework which covers confidentiality for every client.\n\n"
          "If you are in danger of harming yourself, I may contact your GP.\n", "tell.md",
          want={"at_intake": "vague", "harm_to_self": "stated"}),
    # tune18a
    reads("tune18a: a count of sessions is no minimum",
          "Teen services\n\nServices are limited to no more than 12 outpatient counseling sessions over no more "
          "than three months.\n", "count.txt", want={"minimum_necessary": "missing"}),
    # tune19b
    reads("tune19b: advice on what to tell a therapist is no refusal", BLOG, "blog.md", want={"before_disclosure": "stated"}),
    # Near miss: the practice's own refusal, beside the same advice
    reads("tune19b: our own refusal to tell first still contradicts",
          BLOG.replace("We will always tell you before we share anything.", "We will not tell you first before we share anything."),
          "blog.md", want={"before_disclosure": "contradicted"}),
    # tune19d
    reads("tune19d: a disclosure needed to protect is no minimum and names both", BR_LIST, "limits.html",
          want={"minimum_necessary": "missing", "harm_to_self": "stated", "harm_to_others": "stated"}),
    # Near miss: how much is shared, with the same words
    reads("tune19d: only what is necessary is still the minimum",
          BR_LIST.replace("</p></main>", " We share only what is necessary to protect you.</p></main>"), "limits.html",
          want={"minimum_necessary": "stated"}),
    reads("tune19d: a complaints section is no telling first", FRONT + COMPLAINTS, "statement.md", want={"before_disclosure": "missing"}),
    # Near miss: the service's staff, as "they", tell the client of a sharing still ahead
    reads("tune19d: the staff as 'they' tell you first",
          FRONT + COMPLAINTS + "\nYour counsellor will always try to tell you if they are going to break confidentiality.\n", "statement.md",
          want={"before_disclosure": "stated"}),
    # review21
    *[reads(f"review21: prior knowledge denied is no telling first {i}", SHARE.format(tail), "known.md", never={"before_disclosure": "stated"})
      for i, tail in enumerate(PRIOR_KNOWLEDGE_DENIED)],
    *[reads(f"review21: prior knowledge beside a sharing still tells first {i}", SHARE.format(tail), "known.md",
            want={"before_disclosure": "stated"}) for i, tail in enumerate(PRIOR_KNOWLEDGE)],
    # review22
    *[reads(f"review22: the act before the talk is no telling first {i}", H.format(text), "page.md", want={"before_disclosure": "contradicted"})
      for i, text in enumerate(ACT_BEFORE_THE_TALK)],
    *[reads(f"review22: the act before the talk, near miss {i}", H.format(text), "page.md", want={"before_disclosure": want})
      for i, (text, want) in enumerate(ACT_BEFORE_THE_TALK_NEAR)],
    # gate32 (real28's build): informed consent defined, or named as what a sharing needs, is no telling at intake
    reads("gate32: informed consent as an idea is no telling at intake",
          "# Informed consent\n\nInformed consent is made up of two parts: you are informed, and you agree freely.\n\n"
          "Informed consent must be freely given and can be withdrawn whenever you wish.\n\n"
          "Informed consent is required from you before we talk to anyone else about you.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "consent.md",
          want={"at_intake": "missing", "harm_to_self": "stated"}),
    # Near miss: the limits told as part of it, or at a time beside it, still are at_intake
    reads("gate32: informed consent with the limits told is at_intake",
          "# Informed consent\n\nInformed consent is a process in which we explain the limits of confidentiality.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "consent.md",
          want={"at_intake": "stated", "harm_to_self": "stated"}),
    reads("gate32: informed consent given at the first session is at_intake",
          "# Informed consent\n\nInformed consent is given at your first session, when we go through confidentiality.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "consent.md",
          want={"at_intake": "stated", "harm_to_self": "stated"}),
    # fam27c (round 27, from the label rules): a first session told about anything but the limits is no at_intake
    reads("fam27c: a first session about other things is no telling of the limits",
          "# Starting counselling\n\nAt the first session, we will agree how often to meet.\n\n"
          "At intake we will explain our opening hours and how to book.\n\n"
          "In your first session your therapist will tell you about their training and qualifications.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "start.md",
          want={"at_intake": "missing", "harm_to_self": "stated"}),
    # Near miss: the limits told at the same start, in other verbs and with the client's first coming
    reads("fam27c: the limits told at the start, with other verbs, still are at_intake",
          "# Starting counselling\n\nAt the first session, we will agree how often to meet.\n\n"
          "Your counsellor will clarify the limits of confidentiality when you first attend.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "start.md",
          want={"at_intake": "stated", "harm_to_self": "stated"}),
    # tune33 (d9601): a conversation at the very start about what can be shared, and the duty of care explained at the
    # start, are the limits told at intake; near misses: a conversation about goals, and the talk refused
    reads("tune33: a conversation at the outset about what can be shared is at_intake",
          "# Counselling for your child\n\nIf your child is young, you'll have a conversation with the counsellor right at the "
          "outset about what can be shared and when.\n\nIf your child is in danger of harming themselves, we may contact you.\n",
          "child.md", want={"at_intake": "stated"}),
    reads("tune33: the duty of care explained at the very beginning, in a list, is at_intake",
          "<h2>What we will do</h2><p>We will always:</p><ul><li>Explain our duty of care to you at the very beginning of "
          "your counselling sessions.</li><li>Let you know who we are passing details to and why.</li></ul>", "care.html",
          want={"at_intake": "stated"}),
    reads("tune33: a conversation at the outset about goals is no at_intake",
          "# Starting counselling\n\nAt the very start, we'll have a conversation about your goals for therapy.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "goals.md", want={"at_intake": "missing"}),
    reads("tune33: a conversation at the outset refused contradicts at_intake",
          "# Starting counselling\n\nWe will not have a conversation about confidentiality at the outset.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "refused.md", want={"at_intake": "contradicted"}),
    reads("fam27c: training to explain the limits is no promise to explain them",
          "Our staff are trained to explain the limits of confidentiality at intake.\n\n"
          "We are trained to share only what is necessary.\n", "trained.md",
          want={"at_intake": "missing", "minimum_necessary": "missing"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- A telling not promised, in three layouts (review20: tell17 red-teamed) -------------------------------------------

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


# -- A talk pointed back at a sharing (fix20), one passage ------------------------------------------------------------

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


# -- Someone else told first (left13), in three layouts ---------------------------------------------------------------

EXTENSIONS = LAYOUTS_3


@pytest.mark.parametrize("fmt", EXTENSIONS)
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
    assert coverage_of_bytes(*layout_page(sentence, fmt))[topic] == status


# -- A telling with no word of its time (tell17), in three layouts ----------------------------------------------------

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

