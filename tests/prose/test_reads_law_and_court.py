"""Reading tests: the law's requirement and court orders.

Each section names the round or review its tests come from."""

from __future__ import annotations

import pytest

from conftest import stances
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


LAW = ("There are some limits to confidentiality that counselors in this state are required by law to act on and "
       "that every client should know about before we start.")


LEAD = {
    "lead.md": f"# Privacy\n\n{LAW}\n\nThese exceptions include:\n\n- Suspected abuse of a child\n- A court order\n",
    "lead.html": f"<h1>Privacy</h1>\n<p>{LAW}</p>\n<p>These exceptions include:</p>\n<ul><li>Suspected abuse of a child</li><li>A court order</li></ul>\n",
    "lead.txt": f"Privacy\n{LAW}\nThese exceptions include:\n- Suspected abuse of a child\n- A court order\n",
}


@pytest.mark.parametrize("name", sorted(LEAD))
def test_the_law_over_a_lead_in_that_points_back_is_a_preface(name: str) -> None:
    got = coverage_of_bytes(LEAD[name].encode("utf-8"), name)
    assert got["required_by_law"] == "vague", got
    assert got["child_abuse"] == "stated" and got["court_order"] == "stated", got


def test_the_law_as_a_limit_of_its_own_before_a_list_stays_stated() -> None:
    # the law's sentence is not the paragraph's last, and the lead-in names other things
    text = ("Privacy\n\nWe share information when the law requires it. We keep your file locked.\n\n"
            "Our services include:\n\n- Counseling\n- Testing\n")
    got = coverage_of_bytes(text.encode("utf-8"), "own.txt")
    assert got["required_by_law"] == "stated", got


# ==== from tune18b (test_tune18b_classes.py) ==========================================================
# Classes of wording that real practice texts from outside the US (tune18b: 30 pages whose addresses hash to 1) read
# wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - The paragraph just after a list that names a danger to others, saying we would disclose information "to the relevant
#   authorities", names whom we tell in general words: vague duty_to_warn, as "contact the relevant authorities" is.
# - The law's requirement whose next sentence only points at the list to come ("These include:") is a preface: vague.


POINTER = (
    "Confidentiality\n\n"
    "Your sessions are private, with a few rare exceptions, when I am legally bound to break confidentiality. "
    "These include:\n\n"
    "- If you are a danger to yourself\n"
    "- If a court orders me to share my notes\n"
)


def test_law_before_a_pointer_to_the_list_is_a_preface() -> None:
    got = coverage_of_bytes(POINTER.encode("utf-8"), "pointer.txt")
    assert got["required_by_law"] == "vague" and got["court_order"] == "stated", got


def test_law_with_a_sentence_of_its_own_after_it_is_a_limit() -> None:
    # Near miss: the next sentence is no pointer at a list
    text = POINTER.replace("These include:", "This is rare. Other times are:")
    got = coverage_of_bytes(text.encode("utf-8"), "pointer.txt")
    assert got["required_by_law"] == "stated", got


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


def test_law_after_a_promise_of_the_clients_sharing_is_a_qualifier() -> None:
    page = (
        "<main><h1>Confidentiality</h1><p>Counselling works only if you can trust us. Anything you disclose during "
        "your sessions, and the notes we keep, will be held in strict confidence as required by federal and state law."
        " There are a few exceptions. We must report suspected child abuse to the proper agency.</p></main>"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "trust.html")
    assert got["required_by_law"] == "vague" and got["child_abuse"] == "stated", got


def test_law_after_a_sharing_of_ours_stays_a_limit() -> None:
    # Near miss: the law's words qualify our release, after the promise
    page = (
        "<main><h1>Confidentiality</h1><p>Anything you disclose is held in strict confidence, and we release it only "
        "when required by law.</p></main>"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "trust.html")
    assert got["required_by_law"] == "stated", got


# ==== from review17 (test_review17_law_and_vulnerable.py) =============================================
# What review17 found in this session's reading changes, fixed by class.
#
# - law16's law preface ("a law word before words of limits") read any law word beside any limit, list or
#   exception as vague for required_by_law: "Legal holidays are exceptions to our office hours", "By law, fees
#   for the following services are not refundable", "Privacy laws limit what we can share". On a page that
#   names neither a court order nor the law's limit, that vague reading turned COV005's error into a warning
#   that points at the office hours. The preface now needs a sentence that speaks of privacy or a sharing
#   (law_ctx), or the law as the limits' own adjective ("legal and ethical exceptions").
# - limits16's "a child or vulnerable person" read vague for the adults' limits with no word of abuse, harm or
#   danger beside it, so "We will not share information about a child or vulnerable person without consent"
#   read as a refusal to report elder and dependent adult abuse (contradicted, an error).


PAGE = (
    "# Confidentiality\n\n"
    "What you tell me stays private. I will share it only when you agree in writing.\n\n"
    "There are some limits. If you are in danger of hurting yourself, I may tell someone to keep you safe. If you "
    "threaten to hurt someone else, I must warn them. If I suspect a child is being abused, I must report it.\n\n"
    "## Office hours\n\n"
    "We are open Monday to Friday, 9 to 5. {hours}\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Legal holidays are exceptions to our office hours.",
        "Statutory holidays are exceptions to our opening times.",
        "State law sets limits on how long we must keep your records.",
        "By law, fees for the following services are not refundable:",
        "Under the law, you have the following rights:",
        "Legally, a session is 50 minutes, except in the following cases: intake sessions and crisis sessions.",
        "Privacy laws limit what we can share about you.",
        "Data protection law limits how we share your information.",
        "Legally, we are a private practice, with the following locations:",
        "Under Canadian law, private clinics set their own fees, with some exceptions.",
        "Under state law, you may request restrictions on what we disclose.",
        "Under the law, you may ask us to limit what we share with your insurer.",
    ],
)
def test_law_words_beside_the_limits_of_something_else_read_no_law(text: str) -> None:
    assert "required_by_law" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are legal and ethical exceptions, including the following:",
        "Legal exceptions to confidentiality include the following:",
        "By law, we may release your records without your consent in the following circumstances:",
        "State and Federal case laws define the circumstances in which confidentiality can be breached.",
        "Colorado law provides that confidentiality may be breached in the following situations:",
        "These legal limits are explained to you before you share anything.",
        "Statutory exceptions to confidentiality apply.",
    ],
)
def test_a_law_preface_of_privacy_or_a_sharing_stays_vague(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


def test_office_hours_with_legal_holidays_leave_the_law_missing() -> None:
    got = coverage_of_bytes(PAGE.format(hours="Legal holidays are exceptions to our office hours.").encode())
    assert got["required_by_law"] == "missing" and got["court_order"] == "missing", got


def test_the_same_page_with_a_law_preface_is_vague_for_the_law() -> None:
    got = coverage_of_bytes(PAGE.format(hours="").replace("There are some limits.", "There are legal exceptions.").encode())
    assert got["required_by_law"] == "vague", got


# ==== from review20 (test_review20_red_team.py) =======================================================
# Review20: the session's four reading changes (frames17, tune17, law17, tell17) red-teamed on whole pages.
#
# Each test is a wording a real practice could use, in our own words, with near misses beside it. A page that denies a
# duty or a limit must never read it stated (a false all clear); correct, common wording must not read contradicted.


PAGES = {
    "p.md": lambda lead, items: "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items),
    "p.txt": lambda lead, items: "CONFIDENTIALITY\n\n" + lead + "\n\n" + "".join(f"* {i}\n" for i in items),
    "p.html": lambda lead, items: "<h1>Confidentiality</h1><p>" + lead + "</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}


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


# ==== from review21 (test_review21_red_team.py) =======================================================
# Review 21: tune18a's and tune18b's reading changes red-teamed. The pages here are written for these tests, in our
# own words.
#
# - "with your prior knowledge" (tune18b) tells first only where no negation in its own clause turns it round: "action
#   would not be taken with your prior knowledge" refuses to tell first (opposite), it never states it.


ABOVE = ("# Confidentiality\n\nSome things I must share:\n\n- If a child is being abused\n- If you are a danger to yourself\n\n"
         "{}\n")


@pytest.mark.parametrize(
    "tail",
    [
        "In addition to the above situations, I must disclose information when required by law.",
        "Besides the situations above, we are legally required to disclose information in some cases.",
        "In addition to the cases above, the law requires us to disclose information when it applies.",
    ],
)
def test_the_law_besides_the_cases_above_is_a_limit_of_its_own(tail: str) -> None:
    # tune18b's "one of the above-mentioned outcomes": the law's words speak only of the limits above, unless the
    # sentence reaches past them ("in addition to", "besides"), as "also" and "other" do
    got = coverage_of_bytes(ABOVE.format(tail).encode("utf-8"), "above.md")
    assert got["required_by_law"] == "stated", got


def test_the_law_of_the_outcomes_above_is_no_catch_all() -> None:
    tail = "If failing to disclose information could lead to one of the above outcomes, I am legally bound to act."
    got = coverage_of_bytes(ABOVE.format(tail).encode("utf-8"), "above.md")
    # (no catch-all; the law as the qualifier of the limits above is vague since session 14, law21: CONVENTIONS.md)
    assert got["required_by_law"] == "vague", got


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


# Left, wider than review22's time (docs/coverage.md, "Review 22"): each reads wrong today.
@pytest.mark.xfail(strict=True, reason="'court case' is a court word by itself: the client's own case reads court_order stated (older)")
def test_left_the_clients_court_case_in_court_words() -> None:
    got = _cov("You may be required to give evidence in a court case; your counsellor can support you through it.")
    assert got["court_order"] != "stated", got


@pytest.mark.xfail(strict=True, reason="review22's mask of the client's testimony leaves 'your therapist may be called too' unread")
def test_left_the_therapist_called_after_the_clients_testimony() -> None:
    got = _cov("If you are required to testify in court about your therapy, your therapist may be called too.")
    assert got["court_order"] == "stated", got


# ==== from law17 (test_law17_law_words.py) ============================================================
# The law's words as real pages use them (law17), read on whole pages through the readers.
#
# On every real set measured, required_by_law was the weakest topic: the labels read the law as a qualifier
# ("confidential, subject to English law", "within the bounds of the law", "where the law permits") as vague,
# and the law's requirement in the words of UK, Australian and US pages ("where there is a legal requirement
# to do so", "other legal situations", "a legal duty to disclose") as stated, and the tool read nothing in them.
# The lead's decision of session 12 (labels.yaml: "Vague when the law is named only as a qualifier"): a qualifier
# is vague, never stated, never the opposite, and makes no blanket promise. Near misses: the law with no privacy
# or sharing in the sentence, a use for marketing, a qualifier beside a named limit (it speaks of that limit).


LIMITS_LAW17 = (
    "If you are in danger of hurting yourself, I may tell your GP to keep you safe. "
    "If I think a child is being abused, I must report it."
)


HTML = """<html><body><main>
<h1>Confidentiality</h1>
<p>What you say in our sessions stays between us. I will only share information without your consent:</p>
<ul>
<li>if you are at risk of seriously harming yourself;</li>
<li>if a child is at risk of abuse;</li>
<li>{item}</li>
</ul>
</main></body></html>
"""


@pytest.mark.parametrize(
    "promise",
    [
        "Everything you tell me is completely confidential, subject to English law.",
        "What you share in counselling stays private within the bounds of the law.",
        "Your records are kept confidential in accordance with applicable law.",
        "I only pass on information where the law permits it.",
        "I never share what you tell me, subject to the law.",
    ],
)
def test_a_qualifier_on_a_markdown_page_is_vague_for_the_law(promise: str) -> None:
    page = f"# Confidentiality\n\n{promise}\n\n{LIMITS_LAW17}\n".encode()
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "vague", got
    assert "contradicted" not in got.values(), got


@pytest.mark.parametrize(
    "item",
    [
        "where there is a legal requirement to do so.",
        "in other legal situations.",
        "if I have a legal duty to disclose it.",
        "for compliance with the law, e.g. anti-terrorism or money-laundering laws.",
    ],
)
def test_the_law_as_a_list_item_of_its_own_is_stated(item: str) -> None:
    got = coverage_of_bytes(HTML.format(item=item).encode(), "confidentiality.html")
    assert got["required_by_law"] == "stated", got


@pytest.mark.parametrize(
    "text",
    [
        "Legal obligations may sometimes require me to share what you have told me.",
        "There are a few exceptions whereby I must legally pass on information.",
        "I keep what you tell me private, except where there is a legal requirement to disclose it.",
    ],
)
def test_the_law_as_a_limit_in_a_text_file_is_stated(text: str) -> None:
    page = f"CONFIDENTIALITY\n\nWhat you say stays with me.\n\n{text}\n".encode()
    got = coverage_of_bytes(page, "policy.txt")
    assert got["required_by_law"] == "stated", got


def test_the_same_words_before_a_list_stay_a_preface() -> None:
    page = (
        b"# Confidentiality\n\n"
        b"There are a few exceptions whereby I must legally pass on information:\n\n"
        b"- if a child is at risk of abuse\n"
        b"- if you are at risk of seriously harming yourself\n"
    )
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "vague", got


@pytest.mark.parametrize(
    "text",
    [
        # the law with no privacy or sharing in the sentence
        "Our office follows state and federal law.",
        "All our counsellors work within the law.",
        # a use for marketing, and a right of the client
        "We may use your details for our newsletter as permitted by HIPAA.",
        "The law gives you the right to see your records.",
        # records kept by law
        "We must legally keep your records for seven years.",
    ],
)
def test_near_misses_leave_the_law_missing_on_a_page(text: str) -> None:
    page = f"# Confidentiality\n\n{LIMITS_LAW17}\n\n{text}\n".encode()
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "missing", got


def test_a_qualifier_beside_a_named_limit_speaks_of_that_limit() -> None:
    got = stances("Abuse of an older adult is reported where the law permits it.")
    assert got.get("elder_abuse") == "states" and "required_by_law" not in got, got


def test_a_qualifier_is_no_blanket_promise() -> None:
    got = stances("Your sessions are completely confidential, subject to the law.")
    assert got == {"required_by_law": "vague"}, got
    assert stances("Your sessions are completely confidential.") == {"blanket_promise": "opposite"}


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


ITEMS = ("When you ask me to", "When I need to collect an unpaid bill")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, law, court", [
    ("No law can make me break your confidentiality.", "contradicted", "missing"),
    ("No law or court will ever force us to share your information.", "contradicted", "contradicted"),
    ("Not even the law can make me tell.", "contradicted", "missing"),
    ("I will not share your information, even if the law says I must.", "contradicted", "missing"),
    ("No law will ever compel me to disclose what you tell me in counselling.", "contradicted", "missing"),
    # near misses: a matter of its own; an exception; a court alone; the law's power granted
    ("No law can make me report your drug use.", "missing", "missing"),
    ("No law can make me break your confidentiality, except a court order.", "missing", "stated"),
    ("No court can make me share your notes.", "missing", "contradicted"),
    ("The law can make us share your information.", "missing", "missing"),
])
def test_no_law_can_make_us_share(sentence: str, law: str, court: str, fmt: str) -> None:
    cov = coverage_of_bytes(*_page(sentence, fmt))
    assert (cov["required_by_law"], cov["court_order"]) == (law, court)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, status", [
    ("I share information when the law requires it, and in a few other cases. These include:", "stated"),
    ("We disclose information as required by law, as well as in some other situations. They are:", "stated"),
    # near misses: the law's sentence alone, the law's own other cases, the law's cases named only as some of them
    ("I share information when the law requires it. These include:", "vague"),
    ("We share information in some other situations required by law. These include:", "vague"),
    ("I am required by law to share information in certain circumstances, and in other cases as well. These include:", "vague"),
])
def test_the_law_among_other_cases_over_a_list(sentence: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*_page(sentence, fmt, ITEMS))["required_by_law"] == status


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("law, status", [
    ("I share information when the law requires it, and in a few other cases.", "stated"),
    ("I share information when the law requires it.", "vague"),
])
def test_the_law_among_other_cases_over_a_lead_of_its_own(law: str, status: str, fmt: str) -> None:
    # the pointer in a paragraph of its own (passages._law_over_a_lead)
    assert coverage_of_bytes(*_page(f"{law}\n\nThese include:", fmt, ITEMS))["required_by_law"] == status
