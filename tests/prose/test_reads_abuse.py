"""Reading tests: the three abuse limits (child_abuse, elder_abuse, dependent_adult_abuse).

Where a new test goes: a whole page and the statuses it must read is one row of PAGES (``reads(id, page, name,
want=..., never=...)``; the id says what it checks and where it came from). A single passage read by the core
(``stances``) goes under "One passage" below. A danger to the client or to others is test_reads_danger.py.

Where the rows come from (the pages are written for these tests, in our own words):
- child21: an Act's name about children is vague for child abuse; generic words of abuse beside a danger only, or
  under a heading of abuse, stay vague for all three (real17/19/20, both labellers). A heading of abuse speaks only
  of the groups its section names: tried in child21 and taken back (the measured pages lost 2 cells), brought back in
  session 16 (abuse25) with a check that keeps the title vague where a sentence under it, read alone, names no group.
- abuse23: a list of what counsellors help people with ("Counselors can help people work through ..., including:")
  names what they treat, and a part after a semicolon that only names something goes on with a sentence that states
  no limit (a minors' consent): no limit (real21, tune20a). Near misses: the same items under a lead-in of limits, or
  with words of sharing of their own.
- tune19d: "senior" as a rank names no older adult; seniors as older people still do.
- limits16, review17: "a child or vulnerable person" names no adult (vague for the adults' limits), and with no word
  of abuse, harm or danger beside it names none at all; generic abuse beside other limits is vague for all three.
"""

from __future__ import annotations

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import assert_reads, coverage_of_bytes, reads

ABUSE = ("child_abuse", "elder_abuse", "dependent_adult_abuse")
ALL_VAGUE = dict.fromkeys(ABUSE, "vague")

# tune19d: a Markdown page with front matter
FRONT = "---\ntitle: Confidentiality\ndate: 2026-01-11\n---\n\n"

# child21
TITLED_HTML = (
    "<h2>Limits of confidentiality</h2>\n"
    "<h4>Abuse or Neglect</h4>\n"
    "<ul><li>If there is reason to suspect that a child under 18 is being abused or neglected, I must report it to"
    " the state's child protective services.</li>\n"
    "<li>If there is reason to suspect elder abuse, a report will be made to Adult Protective Services.</li></ul>\n"
)
TITLED_TEXT = (
    "When we must share information\n\n"
    "2. Abuse or neglect\n\n"
    "If you tell us about abuse of yourself or of another minor, we are required to report it to the Department of"
    " Child Services.\n"
)

# abuse23
HELPED = (
    "<h2>Referring a student</h2>\n"
    "<p>Counselors can help people work through a wide variety of issues, including:</p>\n"
    "<ul><li>Depression and anxiety</li><li>Suicidal thoughts or feelings</li><li>Incest or sexual abuse</li>"
    "<li>Eating disorders</li></ul>\n"
)
HELPED_LEADS = [
    "Counselors can help people work through a wide variety of issues, including:",
    "Our counsellors help students work through a range of concerns, such as:",
    "We can help you work through a variety of problems:",
]
TEXAS = (
    "Minors\n\n"
    "In Texas, minors can consent to their own counseling for (1) suicide prevention; (2) chemical addiction or"
    " dependency; or (3) sexual, physical, or emotional abuse.\n"
)
SEMICOLON = "Minors\n\nIn Texas, minors can consent to their own counseling for suicide prevention; {}\n"


def _listed(lead: str, items: list[str]) -> str:
    return "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)


PAGES = [
    # tune19d
    reads("tune19d: a senior member of staff is no older adult",
          FRONT + "## Safeguarding\n\n"
          "1. All staff must pass safeguarding concerns to a senior member of staff.\n"
          "2. Where a student is at high risk, actions are agreed at a senior level.\n", "statement.md", want={"elder_abuse": "vague"}),
    # Near miss: seniors as older people
    reads("tune19d: seniors named as older adults still count",
          FRONT + "## Safeguarding\n\nWe must report the abuse of seniors to the authorities.\n", "statement.md", want={"elder_abuse": "stated"}),
    # child21
    reads("child21: a heading of abuse speaks of the groups its section names (html)", TITLED_HTML, "limits.html",
          want={"child_abuse": "stated", "dependent_adult_abuse": "missing"}),
    reads("child21: a heading of abuse speaks of the groups its section names (txt)", TITLED_TEXT, "limits.txt",
          want={"child_abuse": "stated", "dependent_adult_abuse": "missing"}),
    # Near miss: the same heading over a paragraph that names no group stays vague for every abuse limit
    reads("child21: a heading of abuse over generic words stays vague",
          "When we must share information\n\n"
          "Abuse or neglect\n\n"
          "If we learn that someone is being abused or neglected, we may have to tell the authorities.\n", "limits.txt", want=ALL_VAGUE),
    reads("child21: an Act's name on a page is vague for child abuse",
          "Confidentiality\n\n"
          "Some laws may require me to break confidentiality, for example the Terrorism Act and the Children Act.\n", "terms.txt",
          want={"child_abuse": "vague"}),
    reads("child21: abuse beside a danger on a page is vague",
          "Confidentiality\n\n"
          "We keep what you say private, except:\n\n"
          "- If you or someone else is at risk of serious harm through abuse or not being looked after properly.\n", "limits.txt",
          want=ALL_VAGUE),
    # abuse23: what counsellors help with
    *[reads(f"abuse23: a list of what counsellors help with states no limit {i}",
            HELPED.replace(HELPED_LEADS[0], lead), "referrals.html", want=dict.fromkeys((*ABUSE, "harm_to_self"), "missing"))
      for i, lead in enumerate(HELPED_LEADS)],
    # Near misses: the same items under a lead-in of limits, or with words of sharing of their own, still speak
    reads("abuse23: the items under a lead-in of limits still read",
          _listed("We must break confidentiality in these cases:", ["Suicidal thoughts", "Sexual abuse of a child"]), "policy.md",
          want={"child_abuse": "stated", "harm_to_self": "stated"}),
    reads("abuse23: an item with words of sharing of its own still reads",
          _listed("Counselors can help people work through a wide variety of issues, including:",
                  ["Abuse. If a child is being abused, we must report it to child protective services."]), "policy.md",
          want={"child_abuse": "stated"}),
    reads("abuse23: abuse under exceptions is vague for all three", _listed("Exceptions to confidentiality:", ["Abuse or neglect"]),
          "policy.md", want=ALL_VAGUE),
    # abuse23: a semicolon list after a minors' consent
    reads("abuse23: a semicolon list after a minors' consent states no limit", TEXAS, "minors.txt", want=dict.fromkeys(ABUSE, "missing")),
    # a part with words of its own is read by itself
    reads("abuse23: a part after the semicolon that reports states it",
          SEMICOLON.format("we must report child abuse to child protective services."), "minors.txt", want={"child_abuse": "stated"}),
    reads("abuse23: a part after the semicolon that refuses contradicts it",
          SEMICOLON.format("however, we will never report child abuse."), "minors.txt", want={"child_abuse": "contradicted"}),
    reads("abuse23: a part after the semicolon with a condition of its own states it",
          SEMICOLON.format("if a child is being abused, we report it."), "minors.txt", want={"child_abuse": "stated"}),
    # serv30: an "about us" part that says whom the service helps states no limit on a page that never states one
    reads("serv30: whom the service helps states no limit",
          "# About us\n\n"
          "We help children who have been abused or neglected. Teens who self-harm are welcome here. Our counsellors support "
          "clients with suicidal thoughts. Older adults who are being mistreated can get support from our team. We can write a "
          "letter for your court case if you ask us to.\n\n"
          "## Confidentiality\n\n"
          "What you tell us is private, and we only share it with your written consent.\n", "about.md",
          want={"child_abuse": "missing", "harm_to_self": "missing", "elder_abuse": "missing", "court_order": "missing"}),
    # Near miss: the same "about us" over a lead-in of sharing whose items name the people still states the limits
    reads("serv30: the people named under a lead-in of sharing still read",
          "# About us\n\n"
          "We help children who have been abused or neglected. Teens who self-harm are welcome here.\n\n"
          "## Confidentiality\n\n"
          "What you tell us is private. We must share information when:\n\n"
          "- children who are being abused\n"
          "- you are at serious risk of suicide\n", "about.md",
          want={"child_abuse": "stated", "harm_to_self": "stated"}),
    # review17
    reads("review17: a consent rule about vulnerable persons contradicts no adult limit",
          "# Confidentiality\n\n"
          "If you are in danger of hurting yourself, I may tell someone to keep you safe.\n\n"
          "We will not share information about a child or vulnerable person without consent.\n", "policy.md",
          want={"elder_abuse": "missing", "dependent_adult_abuse": "missing"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- One passage (limits16, review17) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If there is suspected physical or sexual abuse, or neglect of a child or vulnerable person, I must report it.",
        "Confidentiality may be breached where there is suspected abuse of children or vulnerable persons.",
        "We act when a child or vulnerable person tells us about abuse that puts them in danger.",
        "We are required to report the ill-treatment of children and vulnerable persons to the local authority.",
    ],
)
def test_a_vulnerable_person_beside_a_child_names_no_adult(text: str) -> None:
    got = stances(text)
    assert got.get("child_abuse") == "states", read_passage(text)
    assert got.get("elder_abuse") == "vague" and got.get("dependent_adult_abuse") == "vague", read_passage(text)


@pytest.mark.parametrize(
    ("text", "elder", "dependent"),
    [
        ("Abuse of an older person or vulnerable person is always reported.", "states", "states"),
        ("We report the abuse of a child or a vulnerable adult.", None, "states"),
        ("We report abuse of vulnerable people.", "vague", "vague"),
    ],
)
def test_an_older_person_or_a_vulnerable_adult_keeps_its_reading(text: str, elder: str | None, dependent: str) -> None:
    got = stances(text)
    assert got.get("elder_abuse") == elder and got.get("dependent_adult_abuse") == dependent, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "If there is an immediate possibility of abuse or harm to another, I must take precautions, which may include alerting the authorities.",
        "I may have to report information to government agencies when a law requires me to, about victims of abuse or neglect.",
    ],
)
# (450de34 read them so and was taken back; child21 reads them so again, narrower: a word of abuse itself, not the
# client's own abuse, not beside a minor's limit; over the ten sets of /work/real it gains 6 cells and loses none)
def test_abuse_beside_other_limits_is_vague_for_the_abuse_limits(text: str) -> None:
    got = stances(text)
    assert all(got.get(t) == "vague" for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")), read_passage(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("If a child is at risk of abuse or harm, we must report it.", {"child_abuse": "states"}),
        ("If you tell us a therapist sexually abused you, we must report that therapist to the licensing board.", {}),
        ("I may be legally obliged to tell the authorities in order to safeguard another person from harm.", {}),
    ],
)
def test_the_childs_or_the_clients_own_abuse_or_a_protective_act_is_no_generic_abuse(text: str, want: dict[str, str]) -> None:
    got = {t: s for t, s in stances(text).items() if t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")}
    assert got == want, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will not share information about a child or vulnerable person without consent.",
        "Care for a child or vulnerable person is part of our work.",
    ],
)
def test_a_child_or_vulnerable_person_with_no_harm_names_no_adult_limit(text: str) -> None:
    got = stances(text)
    assert "elder_abuse" not in got and "dependent_adult_abuse" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "A safeguarding concern involving a child or vulnerable person.",
        "If a child or vulnerable person is at risk, we must tell someone.",
        "Concerns about the safety of a child or vulnerable person.",
        "I must report the abuse of a child or vulnerable person.",
    ],
)
def test_a_child_or_vulnerable_person_in_danger_stays_vague_for_the_adults(text: str) -> None:
    got = stances(text)
    assert got.get("elder_abuse") == "vague" and got.get("dependent_adult_abuse") == "vague", got


# -- Round 25 (session 16, abuse25): each case is (class, page, {topic: status}), read as .md and .txt ---------------
# Round 25 (session 16, abuse25): classes of the abuse limits, each with paraphrases in the styles practices use and
# near misses.
#
# - A title that names abuse in general and no one abused ("Abuse or Neglect" as a heading, a bold line, a numbered
#   line or a list item), just over text that states the abuse of the people it names, speaks of those people: the
#   groups the text never names stay missing (real17: a Mississippi consent form; tune19b: an Indiana school). Near
#   misses keep the title vague: text under it that names no group, text that refuses the limit, a title that names an
#   adult beside the child, text about another topic, a sentence under it that names no group (a HIPAA notice's
#   "victim of abuse, neglect or domestic violence" after the child's reports).
# - An older adult named as a resident of a care home ("an elderly person living in a long-term care home or retirement
#   home is being abused") states elder abuse; the care home names no age and no need of care, so dependent adult abuse
#   is vague (labels.yaml: care-home residents only), as where the care home alone names the elder (tune19c: a Windsor
#   university's limits; tune17 reads the same words so). Near misses: no care home; a care home in another sentence
#   of other matters; a dependent adult named too; a care home and no abuse.
# - A lead-in whose last sentence only brings in examples ("Client information will remain confidential except where ...
#   guidelines may oblige the clinician to disclose information. For example:", a New Zealand clinic, both labellers of
#   real23; "For instance:", "Examples include:") takes its kind from the sentence before, as "These include:" does: a
#   bare name under it ("- Child protection matters.") states the limit. Near misses: examples of services, of a
#   promise that never shares, of what the client may tell us: no limit stated.
# - On a page a school's counsellor writes to pupils ("your school counselor"; no university, college or parents
#   addressed), a limit that names the pupil as the one hurt or abused by someone ("- Someone is hurting you", "- You
#   are being neglected or abused") states child abuse, and no older or dependent adult's (labels.yaml: a student told
#   "an adult is hurting you ... CPS"; tune17 and tune19b: US school counsellors' pages). Near misses: an adult's
#   therapist, a university's centre, the pupil who hurts someone, advice to tell the counsellor, a page to parents, the
#   hurt in a denied or conceded clause ("I do not report it when someone is hurting you", "..., even if ...").
#
# Each case of CASES is (class, page, {topic: status}); near misses sit in the same class.

C, E, D = "child_abuse", "elder_abuse", "dependent_adult_abuse"


def _abuse(child: str, elder: str, dependent: str) -> dict[str, str]:
    return {C: child, E: elder, D: dependent}


#: (class, Markdown page, the statuses it must read)
ABUSE25_CASES = [
    ("title-over-named", "## Abuse or Neglect\n\nIf there is reasonable suspicion that a minor child is the victim of physical, "
     "emotional or sexual abuse or neglect, Therapist is required by law to report it to the Department of Child "
     "Protective Services.\n", _abuse("stated", "missing", "missing")),
    ("title-over-named", "### Abuse\n\nIf you tell your counsellor that a child or young person under 18 is being abused or "
     "neglected, we must pass this on to Tusla or the local children's social care team.\n", _abuse("stated", "missing", "missing")),
    ("title-over-named", "**Abuse and neglect**\n\nIf you tell me a kid is being hurt or abused, I have to call child "
     "protective services. That's the law.\n", _abuse("stated", "missing", "missing")),
    ("title-over-named", "## Abuse, Neglect or Exploitation\n\nCounseling Center staff must report suspected abuse or neglect "
     "of a child under 18, or of an elder aged 65 or older, to the appropriate state agency.\n", _abuse("stated", "stated", "missing")),
    ("title-over-named", "- Abuse or neglect.\n\nWe may disclose your health information to a government agency authorized to "
     "receive reports of child abuse or neglect.\n", _abuse("stated", "missing", "missing")),
    ("title-over-named", "3. Abuse\n\nIf a student tells us about abuse, whether of themselves or of another student under 18, "
     "we are required to report it to the Department of Children and Family Services.\n", _abuse("stated", "missing", "missing")),
    # near misses: the text under the title names no group; refuses the limit; the title names an adult; another topic
    ("title-over-named", "## Abuse or Neglect\n\nIf we suspect abuse or neglect, we must report it to the proper authorities.\n",
     _abuse("vague", "vague", "vague")),
    ("title-over-named", "## Abuse\n\nWe never report child abuse to anyone.\n", _abuse("contradicted", "vague", "vague")),
    ("title-over-named", "## Child and Adult Abuse\n\nWe must report suspected child abuse to Child Protective Services.\n",
     _abuse("stated", "vague", "vague")),
    ("title-over-named", "## Abuse\n\nIf you are at risk of hurting yourself, we may call emergency services.\n",
     _abuse("vague", "vague", "vague")),
    # a sentence under the title that names no group, after one that names the child (a HIPAA notice): the title keeps it
    ("title-over-named", "## Abuse or Neglect\n\nWe may disclose your protected health information to a public health authority "
     "that is authorized by law to receive reports of child abuse or neglect. In addition, we may disclose your protected "
     "health information if we believe that you have been a victim of abuse, neglect or domestic violence to the "
     "governmental entity or agency authorized to receive such information.\n", _abuse("stated", "vague", "vague")),
    ("care-home-elder", "Therapist is required to report suspected abuse, neglect or exploitation of an elder residing in a "
     "skilled nursing home or long-term care facility.\n", {E: "stated", D: "vague"}),
    ("care-home-elder", "If there are reasonable grounds to believe that an elderly person living in a long-term care home or "
     "retirement home is being abused or neglected, I must report it.\n", {E: "stated", D: "vague"}),
    ("care-home-elder", "If you tell me that your grandmother is being mistreated in her nursing home, I'd have to report it.\n",
     {E: "stated", D: "vague"}),
    ("care-home-elder", "Counselling staff must report suspected harm to an older adult who lives in a care home.\n",
     {E: "stated", D: "vague"}),
    ("care-home-elder", "## When we must share\n\n- an older person in residential care is being abused or neglected\n",
     {E: "stated", D: "vague"}),
    ("care-home-elder", "We must report suspected abuse of an elder, anyone 65 or older, to Adult Protective Services.\n",
     {E: "stated", D: "missing"}),
    ("care-home-elder", "We must report abuse of an elder in a nursing home or of a dependent adult.\n", {E: "stated", D: "stated"}),
    ("care-home-elder", "My mother lives in a nursing home and I visit her on Sundays.\n", {E: "missing", D: "missing"}),
    ("examples-lead-in", "Provider will maintain confidentiality except as permitted or required by law. For example:\n\n"
     "- Suspected child abuse\n- Court orders\n", {C: "stated", "court_order": "stated"}),
    ("examples-lead-in", "Confidentiality may be broken in certain circumstances. For instance:\n\n- Child protection concerns\n"
     "- A risk to life\n", {C: "stated"}),
    ("examples-lead-in", "There are a few times I'd have to share what you tell me. Examples include:\n\n- Child abuse\n"
     "- Elder abuse\n", {C: "stated", E: "stated"}),
    ("examples-lead-in", "The Counselling Centre may disclose information without consent where the law requires it. For "
     "example:\n\n- Child protection matters.\n", {C: "stated"}),
    ("examples-lead-in", "We may use or disclose your health information without your authorization in some cases. Examples "
     "are:\n\n- Reports of child abuse or neglect\n", {C: "stated"}),
    ("examples-lead-in", "## Limits\n\nSometimes we have to share information. For example:\n\n- Abuse of an elder\n", {E: "stated"}),
    ("examples-lead-in", "We offer many services. For example:\n\n- Child abuse recovery groups\n- Couples counselling\n",
     {C: "missing"}),
    ("examples-lead-in", "We will never share what you tell us. For example:\n\n- Child abuse you experienced as a child\n",
     _abuse("contradicted", "contradicted", "contradicted")),
    ("examples-lead-in", "Please tell us about anything that worries you. For example:\n\n- Child abuse\n", {C: "missing"}),
    ("pupil-hurt", "Your school counselor keeps what you say private unless:\n\n- Someone is hurting you.\n"
     "- You want to hurt yourself.\n", _abuse("stated", "missing", "missing")),
    ("pupil-hurt", "As your school counsellor, I will keep what you tell me confidential. I will have to tell someone if an "
     "adult is hurting you or if you are in danger.\n", _abuse("stated", "missing", "missing")),
    ("pupil-hurt", "School counselors must share information when you are being abused or neglected, or when you might "
     "hurt yourself.\n", _abuse("stated", "missing", "missing")),
    ("pupil-hurt", "What you say to the guidance counsellor stays here, except if:\n\n- someone is abusing you\n"
     "- you plan to hurt another student\n", _abuse("stated", "missing", "missing")),
    ("pupil-hurt", "## Confidentiality\n\nI am a school counselor. What you share stays with me unless someone has been "
     "hurting you, you want to hurt yourself, or you want to hurt someone else.\n", _abuse("stated", "missing", "missing")),
    ("pupil-hurt", "Your therapist keeps what you say private unless:\n\n- Someone is hurting you.\n- You want to hurt "
     "yourself.\n", {C: "missing"}),
    ("pupil-hurt", "The university counseling center keeps what you say private unless someone is hurting you or you want "
     "to hurt yourself.\n", {C: "missing"}),
    ("pupil-hurt", "Your school counselor keeps what you say private unless you are hurting someone else.\n", {C: "missing"}),
    ("pupil-hurt", "If someone is hurting you, please talk to your school counselor.\n", {C: "missing"}),
    ("pupil-hurt", "Parents: your child's school counselor can refer you to support if you are being abused by a partner.\n",
     {C: "missing"}),
    # the pupil's hurt after "unless" is a limit; denied or conceded, none (the opposite is never read stated)
    ("pupil-hurt", "As your school counselor I won't tell anyone what you say unless someone is hurting you.\n", {C: "stated"}),
    ("pupil-hurt", "As your school counselor I do not report it when someone is hurting you, but I will report it if you want "
     "to hurt yourself.\n", {C: "missing"}),
    ("pupil-hurt", "Your school counselor will never tell anyone what you say, even if someone is hurting you.\n",
     {C: "contradicted"}),
    ("pupil-hurt", "Your school counselor will keep what you say private, even if:\n\n- someone is hurting you\n- you want to "
     "hurt yourself\n", {C: "missing"}),
]


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
@pytest.mark.parametrize(("page", "want"), [(p, w) for _, p, w in ABUSE25_CASES], ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(ABUSE25_CASES)])
def test_abuse25_case_reads_as_labelled(page: str, want: dict[str, str], name: str) -> None:
    got = coverage_of_bytes(page.encode(), name)
    assert {t: got[t] for t in want} == want, got
