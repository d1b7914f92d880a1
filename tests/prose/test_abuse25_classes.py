"""Round 25 (session 16, abuse25): classes of the abuse limits, each with paraphrases in the styles practices use and
near misses.

- A title that names abuse in general and no one abused ("Abuse or Neglect" as a heading, a bold line, a numbered
  line or a list item), just over text that states the abuse of the people it names, speaks of those people: the
  groups the text never names stay missing (real17: a Mississippi consent form; tune19b: an Indiana school). Near
  misses keep the title vague: text under it that names no group, text that refuses the limit, a title that names an
  adult beside the child, text about another topic, a sentence under it that names no group (a HIPAA notice's
  "victim of abuse, neglect or domestic violence" after the child's reports).
- An older adult named as a resident of a care home ("an elderly person living in a long-term care home or retirement
  home is being abused") states elder abuse; the care home names no age and no need of care, so dependent adult abuse
  is vague (labels.yaml: care-home residents only), as where the care home alone names the elder (tune19c: a Windsor
  university's limits; tune17 reads the same words so). Near misses: no care home; a care home in another sentence
  of other matters; a dependent adult named too; a care home and no abuse.
- A lead-in whose last sentence only brings in examples ("Client information will remain confidential except where ...
  guidelines may oblige the clinician to disclose information. For example:", a New Zealand clinic, both labellers of
  real23; "For instance:", "Examples include:") takes its kind from the sentence before, as "These include:" does: a
  bare name under it ("- Child protection matters.") states the limit. Near misses: examples of services, of a
  promise that never shares, of what the client may tell us: no limit stated.
- On a page a school's counsellor writes to pupils ("your school counselor"; no university, college or parents
  addressed), a limit that names the pupil as the one hurt or abused by someone ("- Someone is hurting you", "- You
  are being neglected or abused") states child abuse, and no older or dependent adult's (labels.yaml: a student told
  "an adult is hurting you ... CPS"; tune17 and tune19b: US school counsellors' pages). Near misses: an adult's
  therapist, a university's centre, the pupil who hurts someone, advice to tell the counsellor, a page to parents, the
  hurt in a denied or conceded clause ("I do not report it when someone is hurting you", "..., even if ...").

Each case of CASES is (class, page, {topic: status}); near misses sit in the same class."""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

C, E, D = "child_abuse", "elder_abuse", "dependent_adult_abuse"


def _abuse(child: str, elder: str, dependent: str) -> dict[str, str]:
    return {C: child, E: elder, D: dependent}


#: (class, Markdown page, the statuses it must read)
CASES = [
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
@pytest.mark.parametrize(("page", "want"), [(p, w) for _, p, w in CASES], ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_each_case_reads_as_labelled(page: str, want: dict[str, str], name: str) -> None:
    got = coverage_of_bytes(page.encode(), name)
    assert {t: got[t] for t in want} == want, got
