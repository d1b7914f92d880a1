"""Detectors: each with texts it must flag and texts it must leave alone."""

from __future__ import annotations

import pytest

from policy_lint.plain.detect import all_caps, passive, reader_address, slashes, undefined_acronyms


def _found(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.text for h in hits]


# -- passive voice -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your records are kept in a locked cabinet.", ["are kept"]),
        ("Information may be disclosed to the court.", ["be disclosed"]),
        ("You will be told before we share anything.", ["be told"]),
        ("Records were not always destroyed on time.", ["were not always destroyed"]),
        ("A copy is given to you, and the notes are shredded.", ["is given", "are shredded"]),
        ("Efforts have been made to reach you.", ["been made"]),
    ],
)
def test_passive_is_found(text: str, expected: list[str]) -> None:
    """'to be' plus a past participle is passive, with adverbs in between."""
    assert expected == _found(passive(text))


@pytest.mark.parametrize(
    "text",
    [
        "We are required to report child abuse.",  # the law is the actor
        "Therapists are mandated reporters.",
        "Some reports are required by law.",
        "This is permitted by state law.",
        "Reports are made by law to the county.",
        "Our therapists are licensed in California.",  # adjective
        "You are entitled to a copy of your records.",
        "We are concerned about your safety.",
        "If you are married, your spouse cannot see your records.",
        "The office is located on River Road.",
        "We keep your records in a locked cabinet.",  # active
        "That is indeed a hundred pages.",
    ],
)
def test_passive_false_positives_are_skipped(text: str) -> None:
    """The law as actor, adjectives and -ed words that are not verbs are not flagged."""
    assert [] == _found(passive(text))


@pytest.mark.parametrize(
    "text",
    [
        "If we think a child is being abused, we must report it.",
        "If an older adult is being neglected or exploited, we report it.",
        "If you are threatened at home, tell us.",
        "If you have been hurt by someone, we can help.",
        "A child who was harmed or is at risk of being harmed.",
        "If a dependent adult is being mistreated, we call Adult Protective Services.",
        "Tell me if you aren't being looked after at home.",
        "If your records are subpoenaed, I will ask for a court order.",  # a court or lawyer acts
        "If I am served with a court order, I must follow it.",
        "I can be summoned to testify.",
        "I would rather you hear about them now than be surprised later.",  # a feeling
    ],
)
def test_passive_of_harm_done_to_the_subject_is_skipped(text: str) -> None:
    """Harm done to the subject: the one who acts is a wrongdoer the policy cannot name, never the practice."""
    assert [] == _found(passive(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If a child is being abused, the abuse is reported to the county.", ["is reported"]),
        ("Your records are shared when a child is being abused.", ["are shared"]),
        ("Your information is being released.", ["being released"]),
        ("Your records are protected and kept safe.", ["are protected"]),
        ("Your records are looked at by staff.", ["are looked"]),
        ("Your records are subpoenaed and then are released.", ["are released"]),
    ],
)
def test_passive_still_fires_where_the_practice_is_the_hidden_actor(text: str, expected: list[str]) -> None:
    """What the practice does (reports, shares, keeps) in the passive is still flagged, next to harm words too."""
    assert expected == _found(passive(text))


def test_passive_offsets_point_at_the_words() -> None:
    """The hit's offsets cover the verb phrase exactly."""
    text = "First line.\nYour notes are stored safely."
    (hit,) = passive(text)

    assert "are stored" == text[hit.start : hit.end]


# -- talking about the reader -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "plain"),
    [
        ("The client may ask for a copy.", ["The client"], ["you"]),
        ("We tell the patient first.", ["the patient"], ["you"]),
        ("We keep the client's records private.", ["the client's"], ["your"]),
        ("Each client signs this form.", ["Each client"], ["you"]),
        ("Clients have the right to see their records.", ["Clients"], ["you"]),
        ("We protect our clients' privacy.", ["our clients'"], ["your"]),
        # the reader, though near words of harm: still "you"
        ("If there is a risk of harm to the client, we act.", ["the client"], ["you"]),
        ("Each patient may ask for a copy.", ["Each patient"], ["you"]),
    ],
)
def test_reader_address_is_found(text: str, expected: list[str], plain: list[str]) -> None:
    """'The client' and friends are flagged, with 'you' or 'your' as the fix."""
    hits = reader_address(text)

    assert expected == _found(hits)
    assert plain == [h.suggestion for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        "You can ask us for a copy.",
        "Log in to the client portal to see your bills.",
        "We offer an individual therapy session each week.",
        "After a client dies, we keep the records safe.",  # a general case, not "the client"
        "In group therapy, all members agree to keep things private.",
        "When we work with a couple, the relationship is the client.",  # says who the client is
        "Because the couple is the client, both partners must sign.",
        "We treat the family as the client.",
        # found in trial 10: other people, not the reader
        "We may disclose it to lessen a serious threat to the life, health or safety of any individual or to public health.",
        "Any individual who is in danger may be warned.",
        "We take steps to protect the safety of every patient in the building.",
        "We may warn the individual at risk or the police.",
    ],
)
def test_reader_address_false_positives_are_skipped(text: str) -> None:
    """Compounds such as 'client portal' and general cases are not flagged."""
    assert [] == _found(reader_address(text))


# -- ALL CAPS --------------------------------------------------------------------


def test_caps_block_is_found() -> None:
    """Three or more words in capitals (12+ letters) are one block, numbers included."""
    text = "Please read this. IF YOU ARE IN DANGER, CALL 911 NOW. Thank you."
    (hit,) = all_caps(text)

    assert "IF YOU ARE IN DANGER, CALL 911 NOW" == hit.text


@pytest.mark.parametrize(
    "text",
    [
        "We follow HIPAA and tell CPS or APS when the law says so.",
        "Call 911 if you are in danger.",
        "Do NOT share your password.",
        "HHS OCR CMS",  # three acronyms, too few letters to be shouting
    ],
)
def test_caps_false_positives_are_skipped(text: str) -> None:
    """Acronyms and one word of emphasis are not a block."""
    assert [] == all_caps(text)


# -- slashes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "plain"),
    [
        ("Tell your parent and/or guardian.", "and/or", "or"),
        ("He/she can ask for a copy.", "He/she", "they"),
        ("Ask for his/her consent.", "his/her", "their"),
        ("Your parent/guardian signs the form.", "parent/guardian", "parent or guardian"),
        ("Email/text is less private.", "Email/text", "Email or text"),
    ],
)
def test_slashes_are_found(text: str, found: str, plain: str) -> None:
    """Words joined by a slash are flagged with a plain fix."""
    (hit,) = slashes(text)

    assert (found, plain) == (hit.text, hit.suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.org/privacy/policy for more.",
        "We answer the crisis line 24/7.",
        "Write N/A if it does not apply.",
        "Email privacy@example.org/help today.",
    ],
)
def test_slash_false_positives_are_skipped(text: str) -> None:
    """Web addresses, numbers and N/A are not flagged."""
    assert [] == slashes(text)


# -- acronyms --------------------------------------------------------------------


def test_undefined_acronym_is_found_once_with_its_long_form() -> None:
    """The first use is flagged, later uses are not, and a known long form is suggested."""
    hits = undefined_acronyms(["We protect your PHI.", "Your PHI stays here."])

    assert [(0, "PHI", "protected health information")] == [(i, h.text, h.suggestion) for i, h in hits]


@pytest.mark.parametrize(
    "texts",
    [
        ["We follow the Health Insurance Portability and Accountability Act (HIPAA)."],
        ["We follow HIPAA (the federal health privacy law)."],
        ["We follow HIPAA, which is the federal health privacy law."],
        ["We may call Child Protective Services (CPS).", "CPS may call you."],
        ["The law (Health Insurance Portability and Accountability Act) applies.", "HIPAA says so."],
        ["Call us in the US or the USA. OK?"],
        ["IF YOU ARE IN DANGER CALL NOW."],
        ["Do NOT share your password."],
    ],
)
def test_defined_or_common_acronyms_are_not_flagged(texts: list[str]) -> None:
    """Long form first, a meaning in brackets, 'which is', common ones, shouting and emphasis pass."""
    assert [] == undefined_acronyms(texts)


def test_defined_later_is_still_flagged_at_first_use() -> None:
    """Spelling it out after the first use does not help the reader at the first use."""
    hits = undefined_acronyms(["Ask CPS.", "Child Protective Services (CPS) helps children."])

    assert [(0, "CPS")] == [(i, h.text) for i, h in hits]


# -- acronyms a client of the place knows, and capitals that are not acronyms --------


@pytest.mark.parametrize(
    ("text", "place", "flagged"),
    [
        ("Your GP may call us.", "GB", []),
        ("Your GP may call us.", "GB-ENG", []),
        ("Your GP may call us.", "AU-NSW", []),
        ("Your GP may call us.", "IE", []),
        ("Your GP may call us.", "US-TX", ["GP"]),  # not an everyday word in the US
        ("Your GP may call us.", None, ["GP"]),  # place not known
        ("We may tell the NHS.", "GB", []),
        ("We report to the NSW Ageing and Disability Commission.", "AU-NSW", []),
        ("We report to the NSW Ageing and Disability Commission.", "GB", ["NSW"]),
        ("In BC we call the RCMP.", "CA-BC", []),
        ("In BC we call the RCMP.", "US", ["BC", "RCMP"]),
        ("We follow the BACP rules. Your GP helps.", "GB", ["BACP"]),  # a body clients do not know
        ("We protect your PHI.", "GB", ["PHI"]),
    ],
)
def test_acronyms_every_client_of_the_place_knows(text: str, place: str | None, flagged: list[str]) -> None:
    """GP, NHS, NSW and BC need no spelling out where they are everyday words, and do elsewhere."""
    assert flagged == [h.text for _, h in undefined_acronyms([text], place)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Cedar Counselling, Vancouver V6B 1A1", []),  # a postal code
        ("14 Mill Lane, London SW1A 1AA", []),
        ("Text HOME to 741741 any time.", []),  # a word to text
        ("Call *CRISIS (*274747) from a cell phone.", []),  # a word to dial
        ("Form GLCA-IC-03, revised 2026", []),  # a form code
        ("Registered charity RCN 20067781", []),  # the label of a number
        ("Oak Therapy, PLLC and Elm Care LLC", []),  # the end of a business name
        ("3. YOUR RIGHTS", []),  # a heading in capitals: PLN010's business
        ("YOUR PHI", ["PHI"]),  # a known acronym in a heading still needs its long form
        ("BACP ETHICS", ["BACP"]),  # a heading in capitals: only the known acronym
        ("OFCC ETHICS", []),  # a heading in capitals: its words are capitals for the layout
        ("PLANO COUNSELING ASSOCIATES\nCONFIDENTIALITY POLICY", []),
        ("## LIMITS OF CONFIDENTIALITY", []),
        ("COURT ORDERS", []),  # a YAML title in capitals
        ("CONFIDENTIALITY is our promise.", []),  # a long word that reads as a word
        ("We follow SAFEGUARDING rules.", []),
        ("Ask the CMHSPNW.", ["CMHSPNW"]),  # long, but letters, not a word
        ("This is VERY important.", ["VERY"]),  # short: it may be an acronym
        ("We tell the OFCC.", ["OFCC"]),  # body text: a line with small letters
        ("The BACP V6B rules", ["BACP", "V6B"]),  # no postal code after it
        ("We text BACP members.", ["BACP"]),  # a word to text comes before "to" and a number
        ("We follow non-HIPAA rules.", ["HIPAA"]),  # a hyphen after small letters is not a code
    ],
)
def test_capitals_that_are_not_acronyms(text: str, flagged: list[str]) -> None:
    """Postal codes, words to text or dial, codes, business names and headings are not acronyms."""
    assert flagged == [h.text for _, h in undefined_acronyms([text])]


def test_a_word_the_policy_writes_in_lower_case_is_not_an_acronym() -> None:
    """VERY in capitals is emphasis when the policy also writes "very"; DFPS after its long form needs nothing."""
    assert [] == undefined_acronyms(["This is VERY important.", "We are very careful."])
    assert [] == undefined_acronyms(["We report to the Texas Department of Family and Protective Services.", "We tell DFPS."])
    assert ["DFPS"] == [h.text for _, h in undefined_acronyms(["We tell DFPS."])]


@pytest.mark.parametrize(
    "text",
    [
        "PLANO COUNSELING ASSOCIATES",  # a title
        "PLANO COUNSELING ASSOCIATES\nCONFIDENTIALITY POLICY",
        "LIMITS OF CONFIDENTIALITY\n1. If you are in danger, we may call for help.",
        "## NOTICE OF PRIVACY PRACTICES",
        "3. YOUR RIGHTS AND OUR DUTIES:",
        "OAK THERAPY, PLLC",
    ],
)
def test_a_short_heading_in_capitals_is_not_shouting(text: str) -> None:
    """A line of up to eight words in capitals, with no sentence mark, is a heading or title."""
    assert [] == all_caps(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("IF YOU ARE IN DANGER, CALL 911", "IF YOU ARE IN DANGER, CALL"),  # a comma: a sentence
        ("CALL 911 IF YOU ARE IN DANGER.", "CALL 911 IF YOU ARE IN DANGER"),  # a full stop
        ("WE WILL NEVER SHARE YOUR RECORDS WITHOUT YOUR WRITTEN CONSENT OR A COURT ORDER", None),  # too long for a heading
        ("Our promise: WE KEEP YOUR SECRETS SAFE", "WE KEEP YOUR SECRETS SAFE"),  # not the whole line
        ("YOUR RIGHTS\nYOU MAY ASK FOR YOUR RECORDS. WE ANSWER IN 30 DAYS.", None),  # a heading, then body text
    ],
)
def test_capitals_in_body_text_are_still_shouting(text: str, found: str | None) -> None:
    """A sentence, a long line or part of a line in capitals is still a finding."""
    hits = all_caps(text)
    assert hits
    if found is not None:
        assert found == hits[0].text


def test_the_client_as_a_doer_is_still_found_next_to_is_the_client() -> None:
    """Only "is the client" is skipped: "the client signs" in the same text is still found."""
    text = "The couple is the client. The client signs this form."
    assert ["The client"] == [h.text for h in reader_address(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # trial 7: a state the information stays in, and the law as the actor
        ("Everything we talk about in our sessions is kept confidential.", []),
        ("Your notes are kept strictly private.", []),
        ("What you say is held in confidence.", []),
        ("They are confidential and are protected under C.R.S. 12-245-220.", []),
        ("We keep them, as required by Colorado regulation.", []),
        ("This is permitted by federal and state law.", []),
        # near misses: an act of the practice, a place, a court order, processing under a law
        ("Your notes are kept in a locked cabinet.", ["are kept"]),
        ("Records are released under a court order.", ["are released"]),
        ("Your data is processed under the UK GDPR.", ["is processed"]),
        ("Records are shared by our staff.", ["are shared"]),
    ],
)
def test_passive_states_and_the_law_as_actor(text: str, found: list[str]) -> None:
    assert found == [h.text for h in passive(text)]


@pytest.mark.parametrize(
    ("texts", "names", "flagged"),
    [
        (["Your Privacy at OFCC"], ["Oakland Family Counseling Center"], []),  # the page's own name, in its title
        (["Your Privacy at OFCC"], [], ["OFCC"]),
        (["We report to the Texas Department of Family and Protective Services.", "We tell DFPS."], [], []),
        (["We tell DFPS.", "The Department of Family and Protective Services helps."], [], ["DFPS"]),  # long form after
        (["Ask the Front Desk Team about it. The FDT helps."], [], []),
        (["We work with the Oakland Family Counseling Center.", "Call OFCC."], [], []),  # in an earlier field
        (["Call OFCC.", "We work with the Oakland Family Counseling Center."], [], ["OFCC"]),
        (["Ask the front desk team. The FDT helps."], [], ["FDT"]),  # not a name in capitals
    ],
)
def test_an_acronym_after_its_long_form_needs_nothing(texts: list[str], names: list[str], flagged: list[str]) -> None:
    """Any run of capitalised words written first spells out its initials, known to policy-lint or not."""
    assert flagged == [h.text for _, h in undefined_acronyms(texts, None, names)]


def test_rarely_needed_patterns_of_detect_compile_on_first_use() -> None:
    """DEVELOPERS.md: patterns that most texts never need are LazyPatterns, not compiled at import.

    Only the few that every text meets (the quick tests before the others) may be compiled at import.
    A fresh interpreter, so no earlier test has used them.
    """
    import json
    import subprocess
    import sys

    code = (
        "import json, re\n"
        "import policy_lint.plain.detect as d\n"
        "from policy_lint.plain.lazy import LazyPattern\n"
        "print(json.dumps({'compiled': sorted(k for k, v in vars(d).items() if isinstance(v, re.Pattern)),\n"
        "  'used': sorted(k for k, v in vars(d).items() if isinstance(v, LazyPattern) and v._compiled is not None)}))\n"
    )
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert set(out["compiled"]) <= {"_BE", "_NEXT_WORD", "_TWO_CAPS"}, out["compiled"]
    assert out["used"] == []
