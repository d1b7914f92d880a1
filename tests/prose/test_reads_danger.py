"""Reading tests: harm to self, harm to others and the duty to warn.

Each section names the round or review its tests come from."""

from __future__ import annotations

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import coverage_of_bytes


# ==== from tune17 (test_tune17_classes.py) ============================================================
# Classes of wording and layout that real practice texts (tune17: 40 pages whose addresses hash to 1) read wrong,
# fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - A list inside a list item: the item ending in a colon leads its own sub-list only; the items of the outer list
#   after that sub-list keep the outer lead-in ("... except when:"), in Markdown, HTML and text alike.
# - A sharing denied beside generic words of telling ("I go over confidentiality with you so you know what you say
#   will not be shared") is no denial of at_intake.
# - A protective act in the passive, or whom we tell in general words, beside a danger to others: vague duty_to_warn.


GENERAL = (
    "Limits to confidentiality\n\n"
    "- Risk to others: If a client says they intend to hurt another person, appropriate steps must be taken to keep"
    " people safe.\n"
    "- If I think you or someone else is at risk, I may need to inform other professional services.\n"
)


def test_a_passive_protective_act_beside_a_danger_to_others_is_a_vague_warning() -> None:
    got = coverage_of_bytes(GENERAL.encode("utf-8"), "general.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "vague", got


def test_the_danger_to_the_client_alone_with_a_passive_act_is_no_warning() -> None:
    page = "If you are at risk of harming yourself, appropriate steps will be taken to keep you safe.\n"
    got = coverage_of_bytes(page.encode("utf-8"), "self.txt")
    assert got["harm_to_self"] == "stated" and got["duty_to_warn"] == "missing", got


# ==== from tune18b (test_tune18b_classes.py) ==========================================================
# Classes of wording that real practice texts from outside the US (tune18b: 30 pages whose addresses hash to 1) read
# wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - The paragraph just after a list that names a danger to others, saying we would disclose information "to the relevant
#   authorities", names whom we tell in general words: vague duty_to_warn, as "contact the relevant authorities" is.
# - The law's requirement whose next sentence only points at the list to come ("These include:") is a preface: vague.


TAIL = (
    "Confidentiality\n\n"
    "What you say stays with us. The law asks us to share information in a few cases. They are:\n\n"
    "- Serious injury to you or to someone else.\n"
    "- A child who is being abused.\n\n"
    "If we think that failing to disclose information to the relevant authorities could lead to one of these outcomes, "
    "we may have to act.\n"
)


def test_whom_we_tell_after_a_list_in_general_words() -> None:
    got = coverage_of_bytes(TAIL.encode("utf-8"), "tail.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "vague", got


def test_no_warning_without_a_danger_to_others() -> None:
    # Near miss: the same paragraph after a list with no danger to others
    text = TAIL.replace("- Serious injury to you or to someone else.\n", "- A court order.\n")
    got = coverage_of_bytes(text.encode("utf-8"), "tail.txt")
    assert got["duty_to_warn"] == "missing", got


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


POLICE = (
    "Privacy\n\n"
    "A therapist may disclose information in these situations:\n\n"
    "- If there is a serious risk to the safety of another individual. Information will be shared only with law "
    "enforcement which is able to help prevent or reduce the threat.\n"
    "- If a court issues a subpoena.\n"
)


def test_the_police_able_to_reduce_the_threat_to_another_are_warned() -> None:
    got = coverage_of_bytes(POLICE.encode("utf-8"), "police.txt")
    assert got["harm_to_others"] == "stated" and got["duty_to_warn"] == "stated", got


def test_no_warning_when_the_danger_is_the_clients_alone() -> None:
    # Near miss: the same sentence after a danger to the client only
    text = POLICE.replace("the safety of another individual", "your own safety")
    got = coverage_of_bytes(text.encode("utf-8"), "police.txt")
    assert got["harm_to_self"] == "stated" and got["duty_to_warn"] == "missing", got


# ==== from tune19c (test_tune19c_classes.py) ==========================================================
# Classes of wording that real practice texts from outside the US (tune19c: 31 texts whose addresses hash to 1) read
# wrong, fixed as classes, not phrases. The pages here are written for these tests, in our own words.
#
# - A blanket promise whose next paragraph opens by pointing back at it with an exception ("The only times this does not
#   apply are ...", "There are some exceptions to this") has its exception just after it: no promise, so the limits the
#   page never names are missing, not contradicted. Under a heading of its own the exception still leaves the promise.
# - A harm that befalls the client ("if I feel that you will come to harm") names the client: harm_to_self.


HARM = (
    "Confidentiality\n\n"
    "What we discuss stays between us and will not be shared with anyone. The only time that information will be "
    "shared is if I feel that you will come to harm, or others will come to harm.\n"
)


def test_you_come_to_harm_names_the_client() -> None:
    got = coverage_of_bytes(HARM.encode("utf-8"), "harm.txt")
    assert got["harm_to_self"] == "stated" and got["harm_to_others"] == "stated", got


# ==== from warn22 (test_warn22_classes.py) ============================================================
# Classes of duty_to_warn read wrong over the eleven sets of /work/real, fixed as classes (session 14, warn22).
#
# Where a danger to others is named and someone is told in general words, or something is done, with neither the
# person at risk nor the police named as told, both labellers of real19, real20 and real21 read duty_to_warn vague
# (labels.yaml). A breach or disclosure with a danger to others and no one told stays missing (both labellers of
# real19/20/21 read so: "we are required to break confidentiality", "we may share information outside of the service").


LEAD_IN = (
    "Limits of Confidentiality\n\n"
    "There are certain circumstances under which we must report certain information to various regulatory agencies."
    " Your confidentiality will be broken without your permission:\n\n"
    "- If you tell your therapist about abuse or neglect of a child\n"
    "- If you tell your therapist that you are at risk of harming another person\n"
)


# Near miss: the same lead-in over a list with no danger to others
LEAD_IN_NO_OTHERS = (
    "Limits of Confidentiality\n\n"
    "There are certain circumstances under which we must report certain information to various regulatory agencies."
    " Your confidentiality will be broken without your permission:\n\n"
    "- If you tell your therapist about abuse or neglect of a child\n"
    "- If you tell your therapist that you are at risk of harming yourself\n"
)


TAIL_WARN22 = (
    "Confidentiality\n\n"
    "We need your written permission to talk to anyone else on your behalf. The only exceptions are:\n\n"
    "- There is a risk of serious harm to you or another person.\n"
    "- A judge orders us to share your records.\n\n"
    "If we think there is a risk of serious harm and we need to tell someone else, we will try to talk to you first."
    " Examples of people we might need to tell are GPs and social workers.\n"
)


# Near miss: the same paragraph after a list that names a danger to the client alone
TAIL_SELF = TAIL_WARN22.replace("to you or another person", "to you")


def test_a_lead_in_that_names_regulatory_agencies_is_vague_over_a_danger_to_others() -> None:
    got = coverage_of_bytes(LEAD_IN.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "vague", got
    got = coverage_of_bytes(LEAD_IN_NO_OTHERS.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "missing", got


def test_the_people_we_might_need_to_tell_after_a_list_are_vague() -> None:
    got = coverage_of_bytes(TAIL_WARN22.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "vague", got
    got = coverage_of_bytes(TAIL_SELF.encode("utf-8"), "limits.txt")
    assert got["duty_to_warn"] == "missing", got


def test_a_breach_beside_a_danger_to_others_with_no_one_told_stays_missing() -> None:
    page = (
        "Confidentiality\n\n"
        "If you tell me that someone else is at risk of harm, I am required by my code of practice to break"
        " confidentiality.\n"
    )
    got = coverage_of_bytes(page.encode("utf-8"), "limits.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "missing", got


# ==== from warn23 (test_warn23_classes.py) ============================================================
# Classes of duty_to_warn read wrong over the twelve tuning sets of /work/real, fixed as classes (session 15, warn23).
#
# Whom we tell in general words, in the paragraph just after one that names a danger to others: the labellers of
# real20 and real22 (both of each) and of tune19c read it vague, as the paragraph just after such a list
# (labels.yaml, dh05). A plain promise of secrecy ("They will not be shared with anyone", of the notes) on a page whose
# other words tell limits contradicts none of them, also where a limit is named only in vague words.


DANGER = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you or someone else is at risk of serious harm.\n\n"


DANGER_SELF = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you are at risk of serious harm.\n\n"


# Dev passages (our own words): the next paragraph points back at those cases or tells of a need to share, and names
# whom we tell in general words
NEXT_VAGUE = [
    "In such circumstances, information may be passed to the relevant third parties without your consent.",
    "If I need to share information with an outside agency, I will talk with you about it first.",
    "Sometimes what you tell me may need passing on to the authorities. We can talk about how this works.",
    "In these cases we may have to contact the appropriate professionals.",
]


# Near misses: no point back and no need (a service we work with); a later sentence names them; a denial; the client's
# say-so; the client told
NEXT_MISSING = [
    "We work in partnership with other agencies in the city.",
    "We keep brief notes. With your consent we may speak with other professionals.",
    "In such cases we will not contact the relevant authorities.",
    "If we need to share information with other professionals, we will only do so with your consent.",
    "In such cases we need to contact you by phone.",
]


@pytest.mark.parametrize("tail", NEXT_VAGUE)
def test_whom_we_tell_in_the_paragraph_after_a_danger_to_others_is_vague(tail: str) -> None:
    got = coverage_of_bytes((DANGER + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize("tail", NEXT_VAGUE)
def test_the_same_paragraph_after_a_danger_to_the_client_alone_says_no_warning(tail: str) -> None:
    got = coverage_of_bytes((DANGER_SELF + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


@pytest.mark.parametrize("tail", NEXT_MISSING)
def test_a_paragraph_that_tells_no_one_in_those_cases_says_no_warning(tail: str) -> None:
    got = coverage_of_bytes((DANGER + tail + "\n").encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


def test_a_heading_between_the_paragraphs_cuts_them_apart() -> None:
    page = DANGER + "Working with others\n\n" + NEXT_VAGUE[3] + "\n"
    got = coverage_of_bytes(page.replace("Working with others\n\n", "## Working with others\n\n").replace("Confidentiality\n\n", "# Confidentiality\n\n", 1).encode("utf-8"), "policy.md")
    assert got["duty_to_warn"] == "missing", got


def test_the_police_or_the_person_at_risk_are_never_read_stated_from_general_words() -> None:
    # the opposite said in the next paragraph: never an all clear
    page = DANGER + "In such cases we would never tell the police or the person at risk, only the appropriate authorities.\n"
    got = coverage_of_bytes(page.encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] != "stated", got


# ==== from warn24 (test_warn24_classes.py) ============================================================
# Classes of duty_to_warn read wrong over the thirteen real sets, fixed as classes (session 15, warn24).
#
# The words of whom we tell, in general words, just above a list of limits that names a danger to others are vague for
# duty_to_warn (labels.yaml, frames.yaml ``contacts``) also where the lead-in has no colon but names "the following"
# (tune20a), and where the lead-in only points back ("This may happen where ...:") at one of the two paragraphs just
# above it that names them (real23, both labellers).


ITEMS = "- you are at risk of harm\n- other people are at risk of harm\n"


ITEMS_SELF = "- you are at risk of harm\n- you tell us you are thinking of suicide\n"


# Dev pages (our own words)
VAGUE = [
    # a paragraph that points back, over one that names whom we tell
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "This may happen where we believe that:\n\n",
    # one paragraph more between them, under the same heading
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "We will tell you first where we can.\n\nThis may happen if:\n\n",
    # a lead-in with no colon that names the following cases
    "Confidentiality\n\nInformation about the following may be released without your consent to appropriate persons, such as a manager.\n\n",
]


# Near misses: no one named above; a denial above; a heading between; the lead-in names its own matter
MISSING = [
    "Confidentiality\n\nSometimes we may need to share information.\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe will never contact the relevant authorities.\n\nThis may happen where we believe that:\n\n",
    "# Confidentiality\n\nIf so, we only give information to the relevant authorities.\n\n## When\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe only give information to the relevant authorities when the law says so.\n\nYou can ask us about the following topics:\n\n",
]


@pytest.mark.parametrize("page", VAGUE)
def test_whom_we_tell_above_a_list_with_a_danger_to_others_is_vague(page: str) -> None:
    name = "policy.md" if page.startswith("#") else "policy.txt"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), name)
    assert got["harm_to_others"] == "stated", got
    assert got["duty_to_warn"] == "vague", got


@pytest.mark.parametrize("page", VAGUE)
def test_the_same_words_above_a_list_of_dangers_to_the_client_say_no_warning(page: str) -> None:
    got = coverage_of_bytes((page + ITEMS_SELF).encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] == "missing", got


@pytest.mark.parametrize("page", MISSING)
def test_no_one_told_above_the_list_says_no_warning(page: str) -> None:
    name = "policy.md" if page.startswith("#") else "policy.txt"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), name)
    assert got["duty_to_warn"] == "missing", got


def test_the_police_are_never_read_stated_from_general_words_above_a_list() -> None:
    page = "Confidentiality\n\nWe would never tell the police, only the relevant authorities.\n\nThis may happen where we believe that:\n\n"
    got = coverage_of_bytes((page + ITEMS).encode("utf-8"), "policy.txt")
    assert got["duty_to_warn"] != "stated", got


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


@pytest.mark.parametrize(
    "text",
    [
        "If I have reason to believe there may be physical harm done to any person, I may share information.",
        "Information may be released when it relates to clear and imminent danger to an individual or group.",
        "Where information shows that a person may be at risk of harm, counsellors must report this.",
        "We may disclose information to eliminate or reduce a significant risk of serious bodily harm to a person.",
    ],
)
def test_a_harm_to_a_person_named_by_no_one_is_vague_for_both(text: str) -> None:
    got = stances(text)
    assert got.get("harm_to_self") == "vague" and got.get("harm_to_others") == "vague", read_passage(text)
    assert "duty_to_warn" not in got, read_passage(text)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("If you threaten to harm any person, I must warn them.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("If a client poses a danger to any person, we may notify the police.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("Threats of harm to another person are reported.", {"harm_to_others": "states"}),
        ("We may share information when we believe someone is at risk.", {}),
    ],
)
def test_the_clients_act_or_another_person_keeps_harm_to_others(text: str, topics: dict[str, str]) -> None:
    got = {t: s for t, s in stances(text).items() if t in ("harm_to_self", "harm_to_others", "duty_to_warn")}
    assert got == topics, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality may be broken if the client's safety or the safety of others is at risk.",
        "If your safety is at risk, we may share information.",
        "We may contact your GP if the patient's safety is in danger.",
    ],
)
def test_the_clients_safety_at_risk_states_harm_to_self(text: str) -> None:
    assert stances(text).get("harm_to_self") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We value your safety and your privacy.", None),
        ("If someone's safety is at risk, we may share information.", "vague"),
    ],
)
def test_safety_valued_or_someones_safety_is_no_harm_to_self_stated(text: str, want: str | None) -> None:
    assert stances(text).get("harm_to_self") == want, read_passage(text)


def test_appears_to_be_reads_as_is() -> None:
    text = "If you or someone else appears to be in immediate danger, we may share information."
    got = stances(text)
    assert got.get("harm_to_self") == "states" and got.get("harm_to_others") == "states", read_passage(text)
    assert stances("This appears to be the best way to keep your records safe.") == {}


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


@pytest.mark.xfail(strict=True, reason="a danger beside our care with no sharing reads harm_to_self stated (older)")
def test_left_our_care_for_a_client_at_risk_is_no_limit() -> None:
    got = _cov("If you are at risk of suicide, we may offer you more frequent sessions.")
    assert got["harm_to_self"] != "stated", got


@pytest.mark.xfail(strict=True, reason="the client who calls for help reads harm_to_others stated (older than dtw13)")
def test_left_the_client_who_calls_for_help_names_no_limit() -> None:
    got = _cov("If someone else is in danger, you should contact emergency services.")
    assert got["harm_to_others"] != "stated", got
