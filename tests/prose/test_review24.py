"""Review 24: one-line pages a read-only red team found misread on main, by class. The pages here are written for
these tests, in our own words (US, UK, Canada and Australia; solo, school and university voices).

False alarms (correct wording read contradicted):
- a verb of reluctance denied is the act done ("We will not hesitate to ...", "never fail to", "cannot avoid");
- self-harm "on its own" or "alone" said to be no reason to share, before the limit itself (UK pages);
- a narrower case the law leaves out, beside the limit (peers of similar age, abuse in the client's childhood,
  self-neglect by an older adult who can decide for themselves, "not every");
- "the only time we will not tell you ..." promises the telling apart from one case;
- "This does not apply to reports to the police" denies a rule's reach, not every limit.
False all clears (a refusal read stated):
- a keeping word other than kept, stays or remains ("treated as confidential", "is confidential", "held in
  confidence", "covered by confidentiality", "Confidentiality extends to ...");
- "instead of" or "rather than" before the limit's act.
"""

from __future__ import annotations

import pytest

from prose_files import coverage_of_bytes

H = "# Confidentiality\n\n{}\n"


def _cov(text: str, name: str = "page.md") -> dict[str, str]:
    return coverage_of_bytes(H.format(text).encode("utf-8"), name)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("We will not hesitate to contact emergency services if your life is at risk.", "harm_to_self"),
        ("We won't hesitate to report suspected child abuse.", "child_abuse"),
        ("We would not hesitate to contact the police if someone else is in danger.", "harm_to_others"),
        ("I will never fail to report suspected child abuse.", "child_abuse"),
        ("We are not afraid to contact emergency services if you are at risk of suicide.", "harm_to_self"),
        ("We cannot avoid reporting suspected abuse of a child.", "child_abuse"),
        ("We are not able to avoid responding to a court order.", "court_order"),
        ("We will not put off contacting emergency services if your life is at risk.", "harm_to_self"),
        ("We will not be slow to warn a person you have threatened to harm.", "duty_to_warn"),
        ("We would have no hesitation in contacting social services if a child is at risk of significant harm.",
         "child_abuse"),
        ("Self-harm on its own is not a reason to break confidentiality. If we believe your life is at serious risk,"
         " we may contact your GP or emergency services.", "harm_to_self"),
        ("Self-harm alone will not lead to us sharing information, but if your life is in danger we will call for"
         " help.", "harm_to_self"),
        ("We must report suspected child abuse. We do not report sexual activity between teenagers of similar ages.",
         "child_abuse"),
        ("We must report suspected child abuse. We do not report abuse that happened when you were a child.",
         "child_abuse"),
        ("We must report suspected elder abuse. We do not report self-neglect by an older adult who can make their"
         " own decisions.", "elder_abuse"),
        ("We will tell you before we share anything. The only time we will not tell you before sharing is in an"
         " emergency.", "before_disclosure"),
        ("The only situation where we would not inform you afterwards is when the police ask us not to.",
         "after_disclosure"),
        ("Confidentiality does not extend to disclosures of child abuse.", "child_abuse"),
        ("I will not refrain from reporting suspected child abuse.", "child_abuse"),
        ("The one time we would not tell you first is when telling you would put someone in danger.",
         "before_disclosure"),
    ],
)
def test_correct_wording_reads_stated(text: str, topic: str) -> None:
    assert _cov(text)[topic] == "stated"


def test_abuse_of_adults_refused_names_no_child() -> None:
    got = _cov("We are not required to report abuse of adults.")
    assert got["child_abuse"] == "missing", got
    assert got["elder_abuse"] == "contradicted", got


def test_a_rule_s_reach_denied_contradicts_no_limit() -> None:
    got = _cov("When we share, we will give only the information that is needed. This does not apply to reports to"
               " the police, where we give everything.")
    assert "contradicted" not in got.values(), got


@pytest.mark.parametrize(
    "text",
    [
        "Self-harm on its own is not a reason to break confidentiality.",
        "We do not report abuse that happened when you were a child.",
        "We do not report sexual activity between teenagers of similar ages.",
        "Self-harm by itself does not mean we will break confidentiality.",
        "Self-harm on its own does not usually mean that we need to share information.",
        "We will not report abuse of a child that happened years ago.",
    ],
)
def test_a_narrower_case_alone_states_nothing(text: str) -> None:
    got = _cov(text)
    assert "contradicted" not in got.values() and "stated" not in got.values(), got


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Everything you say, including about suicidal thoughts, is confidential.", "harm_to_self"),
        ("Disclosures of child abuse are treated as confidential.", "child_abuse"),
        ("Disclosures of child abuse are handled confidentially.", "child_abuse"),
        ("Disclosures of child abuse are held in confidence.", "child_abuse"),
        ("Disclosures of child abuse are protected.", "child_abuse"),
        ("Disclosures of child abuse are covered by confidentiality.", "child_abuse"),
        ("Threats of violence are treated as confidential.", "harm_to_others"),
        ("Confidentiality extends to disclosures of child abuse.", "child_abuse"),
        ("Confidentiality applies even to disclosures of child abuse.", "child_abuse"),
        ("Instead of reporting suspected child abuse, we work with the family.", "child_abuse"),
        ("Rather than reporting elder abuse to Adult Protective Services, we help you find support.", "elder_abuse"),
        ("Instead of complying with a subpoena, we will ask the court to withdraw it.", "court_order"),
        ("Rather than telling you first, we will act quickly.", "before_disclosure"),
        ("If you tell us a child is being abused, we will work with the family instead of reporting it.",
         "child_abuse"),
        # near misses of the false alarms above: the refusal still refuses
        ("We will not hesitate to refuse a subpoena.", "court_order"),
        ("Even if you live alone, we will not call anyone if you are suicidal.", "harm_to_self"),
        ("If you are suicidal, we will never contact anyone on your behalf, even when you are alone.", "harm_to_self"),
        ("We never report child abuse, whether it happened in the past or is happening now.", "child_abuse"),
        ("We will not tell you before sharing. The only time we tell you is afterwards.", "before_disclosure"),
        ("We will not extend our reporting to child abuse.", "child_abuse"),
        ("The only time we share is with your consent, and we will not tell you before sharing.", "before_disclosure"),
        ("In the only case where we share, we do not tell you before sharing.", "before_disclosure"),
        ("What you tell us about thoughts of suicide will be treated in the strictest confidence.", "harm_to_self"),
        ("Threats to harm others are subject to confidentiality.", "harm_to_others"),
        ("Disclosures of elder abuse remain protected.", "elder_abuse"),
        ("I would never hesitate to keep your secrets, even about abuse of a child.", "child_abuse"),
        ("We will not report abuse of a child, whether it happened years ago or is happening now.", "child_abuse"),
    ],
)
def test_a_refusal_reads_contradicted(text: str, topic: str) -> None:
    assert _cov(text)[topic] == "contradicted"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # near misses of the false all clears: the keeping denied or the rest kept; waiting or a thing replaced
        ("Disclosures of child abuse are not confidential.", "child_abuse"),
        ("If I believe you are at risk of harming yourself, I will contact your GP; everything else is treated as"
         " confidential.", "harm_to_self"),
        ("If I think you may be a danger to yourself, it may be necessary to disclose confidential information to keep"
         " you safe.", "harm_to_self"),
        ("Rather than wait, we report suspected child abuse at once.", "child_abuse"),
        ("We report child abuse rather than keep it secret.", "child_abuse"),
        ("Instead of a phone call, we will email you before we share anything.", "before_disclosure"),
        ("We will call emergency services rather than wait if your life is at risk.", "harm_to_self"),
        ("We will always try to tell you first rather than act behind your back.", "before_disclosure"),
    ],
)
def test_near_misses_read_stated(text: str, topic: str) -> None:
    assert _cov(text)[topic] == "stated"
