"""Guessing the jurisdiction from an address in the text (a pure function)."""

from __future__ import annotations

import pytest

from policy_lint.jurisdictions.detect import detect, detect_city


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("12 River Road, Sacramento, CA 95814", "US-CA", "CA 95814"),
        ("Austin, Texas 78701-1234", "US-TX", "Texas 78701-1234"),
        ("New York, NY 10001", "US-NY", "NY 10001"),
        ("Vancouver, BC V6B 1A1", "CA-BC", "BC V6B 1A1"),
        ("Toronto, Ontario M5V 2T6", "CA-ON", "Ontario M5V 2T6"),
        ("100 King St W, Toronto, ON M5V 2T6", "CA-ON", "ON M5V 2T6"),
        ("Level 2, 10 Collins St, Melbourne VIC 3000", "AU-VIC", "VIC 3000"),
        ("1 Queen St, Brisbane QLD 4000", "AU-QLD", "QLD 4000"),
        ("12 Merrion Sq, Dublin 2, D02 X285", "IE", "D02 X285"),
        ("3 Oliver Plunkett St, Cork T12 Y2NK, Ireland", "IE", "T12 Y2NK"),
        ("Unit 5, Naas Rd, Dublin 6W, D6W YF64", "IE", "D6W YF64"),
        ("London W12 8QT", "GB", "W12 8QT"),  # a UK postcode with a routing-key shape: its inward code has three characters, not four
        ("Suite 4, 1 George St, Sydney NSW 2000", "AU-NSW", "NSW 2000"),
        ("Sydney, New South Wales 2000", "AU-NSW", "New South Wales 2000"),
        ("10 Downing St, London SW1A 2AA", "GB", "SW1A 2AA"),
        ("Our office:\n4 Elm St\nPortland, OR\n97201", "US-OR", "OR 97201"),
    ],
)
def test_an_address_names_the_region(text: str, code: str, evidence: str) -> None:
    found = detect(text)
    assert found is not None
    assert found.code == code
    assert found.evidence == evidence
    assert " ".join(text[found.span[0] : found.span[1]].split()) == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Under Texas law we may share what you tell us.",
        "We also see clients from California and Oregon.",
        "Call 555 0100, or write to us at box 95814.",
        "In 2020 10000 people asked.",
        "ca 95814",  # a code in lower case is not an address
        "Form A12 3456 is due in June.",  # an Eircode has a letter in its last four characters
        "Room D02 1234",
        "Send ref. X12 ABCD-1.",
        "Billing for code T7411XA needs your consent.",  # an ICD-10 code without its dot has an Eircode's shape
        "Billing for code T74 11XA needs your consent.",  # with a space, but no Irish place near it
        "3 Oliver Plunkett St, Cork T12Y2NK, Ireland",  # in body text an Eircode needs its space
        "",
    ],
)
def test_a_name_without_an_address_is_not_enough(text: str) -> None:
    assert detect(text) is None


def test_the_region_named_most_often_wins_and_the_others_are_kept() -> None:
    found = detect("Offices: Portland, OR 97201; Oakland, CA 94607; Sacramento, CA 95814.")
    assert found is not None
    assert found.code == "US-CA" and found.count == 2
    assert found.evidence == "CA 94607"
    assert found.others == ("US-OR",)


def test_on_a_tie_the_first_address_wins() -> None:
    found = detect("Portland, OR 97201. Oakland, CA 94607.")
    assert found is not None and found.code == "US-OR"


def test_not_text() -> None:
    assert detect(None) is None  # type: ignore[arg-type]


# -- fixes7: a city and a state code with no ZIP code ------------------------------------


@pytest.mark.parametrize(
    ("text", "heading", "code", "evidence"),
    [
        ("Oakland, CA", False, "US-CA", "Oakland, CA"),
        ("12 River Road, Oakland, CA", False, "US-CA", "Oakland, CA"),
        ("Elm Street Therapy \u00b7 Oakland, CA \u00b7 510-555-0100", False, "US-CA", "Oakland, CA"),
        ("Address: San Luis Obispo, CA, USA", False, "US-CA", "San Luis Obispo, CA"),
        ("Elm Street Therapy 12 Elm St Oakland, CA", False, "US-CA", "Oakland, CA"),  # a page's lines, joined
        ("St. Paul, MN", False, "US-MN", "St. Paul, MN"),
        ("Winston-Salem, NC.", False, "US-NC", "Winston-Salem, NC"),
        ("Dana Lee, LCSW\nOakland, CA", False, "US-CA", "Oakland, CA"),
        ("12 Main St, Boston, MA", False, "US-MA", "Boston, MA"),  # a degree's code, after a street number
        ("Therapy in Oakland, CA", True, "US-CA", "Oakland, CA"),
        ("Privacy at Elm Street Therapy, San Luis Obispo, CA", True, "US-CA", "San Luis Obispo, CA"),
    ],
)
def test_a_city_and_a_state_code_name_the_state(text: str, heading: bool, code: str, evidence: str) -> None:
    _city_gives(text, heading, code, evidence)
    assert detect(text) is None  # no ZIP code: the address finder never saw it


def _city_gives(text: str, heading: bool, code: str, evidence: str) -> None:
    found = detect_city(text, heading=heading)
    assert found is not None
    assert (found.code, found.evidence) == (code, evidence)
    assert " ".join(text[found.span[0] : found.span[1]].split()) == evidence


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Dr. Smith, MA", False),
        ("Dr. Smith, MA", True),
        ("Jane Smith, MA", True),  # a degree
        ("Sam Ortiz, MD", False),
        ("Jane Lee, PhD, LP", True),
        ("Jo Kim, MA, LMFT", True),  # a list of credentials
        ("Jane Smith, LMFT, CA", False),
        ("Contact: Dana Lee, CA", False),
        ("Sessions with Dr. Lee, CA", True),
        ("Boston, MA", False),  # a degree's code with no street: it may be a person's degree
        ("Call, OR email", False),
        ("Yes, OK", False),
        ("We also see clients from Reno, NV.", False),  # a sentence on a line: another place, maybe
        ("Our office is in Oakland, CA.", False),
        ("See www.oakland, CA.gov", False),
        ("Oakland, XX", False),
    ],
)
def test_a_degree_a_name_or_a_sentence_is_no_city(text: str, heading: bool) -> None:
    assert detect_city(text, heading=heading) is None


# -- trial 10: a Canadian province or an Australian state with a pack of its own -----------------


@pytest.mark.parametrize(
    ("text", "heading", "code", "evidence"),
    [
        ("Vancouver, BC", False, "CA-BC", "Vancouver, BC"),
        ("Coastline Virtual Counselling Inc., Vancouver, BC", False, "CA-BC", "Vancouver, BC"),
        ("200 Burrard St, Vancouver, BC, Canada", False, "CA-BC", "Vancouver, BC"),
        ("Online counselling in Victoria, BC", True, "CA-BC", "Victoria, BC"),
        ("Harbourside EAP \u00b7 Sydney, NSW", False, "AU-NSW", "Sydney, NSW"),
        ("Level 4, 20 Bond Street, Sydney, NSW, Australia", False, "AU-NSW", "Sydney, NSW"),
        ("Melbourne, VIC", False, "AU-VIC", "Melbourne, VIC"),  # packs12: Victoria has a pack
        ("Counselling in Melbourne, VIC", True, "AU-VIC", "Melbourne, VIC"),
        ("Brisbane, QLD", False, "AU-QLD", "Brisbane, QLD"),
        ("Riverside Psychology \u00b7 Brisbane, QLD, Australia", False, "AU-QLD", "Brisbane, QLD"),
        ("Toronto, ON", False, "CA-ON", "Toronto, ON"),
        ("120 King St W, Toronto, ON, Canada", False, "CA-ON", "Toronto, ON"),
        ("Therapy in Toronto, ON", True, "CA-ON", "Toronto, ON"),
        ("Therapy in Kingston, ON | Home", True, "CA-ON", "Kingston, ON"),
    ],
)
def test_a_city_and_a_province_or_state_code_with_a_pack(text: str, heading: bool, code: str, evidence: str) -> None:
    _city_gives(text, heading, code, evidence)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("The city was founded in 400 BC, long before Rome.", False),  # "before Christ" in a sentence
        ("Athens, 400 BC", True),
        ("Made in the USA", True),  # "SA" in "USA"
        ("Adelaide, SA", False),  # no pack for South Australia: no place from a city alone
        ("Darwin, NT", False),
        ("Calgary, AB", False),  # no pack for Alberta
        ("Therapy, ON YOUR TERMS", True),  # "ON" is a word in capitals: it must end its piece
        ("Evening Sessions, ON Request", True),
        ("We see clients from Brisbane, QLD.", False),  # a sentence
        ("Sessions with Dr. Lee, ON", True),  # a person
        ("Jane Lee, MA", False),  # a degree
        ("We see clients from Vancouver, BC.", False),  # a sentence: another place, maybe
    ],
)
def test_no_place_from_codes_without_a_pack_or_in_prose(text: str, heading: bool) -> None:
    assert detect_city(text, heading=heading) is None


def test_every_province_or_state_pack_can_be_found_from_a_city() -> None:
    """A pack for a Canadian province or an Australian state: its code after a city names it."""
    from policy_lint import resources

    codes = [p.upper() for p in resources.builtin_packs() if p.upper().startswith(("CA-", "AU-"))]
    assert codes
    for code in codes:
        found = detect_city(f"Main Office \u00b7 Capital City, {code[3:]}")
        assert found is not None and found.code == code


@pytest.mark.parametrize("tail", ["x", "\u00b7 Suite 2", "", "\n", ", USA", ". "])
def test_a_long_run_of_blanks_after_the_state_code_reads_as_one_blank(tail: str) -> None:
    """Three runs of blanks side by side in the pattern once tried every split of a long run (13 s for 30,000 spaces)."""
    for blank in (" ", "\t"):
        assert detect_city("Oakland, CA" + blank * 30_000 + tail) == detect_city("Oakland, CA" + blank + tail)
    assert detect_city("Oakland, CA" + " " * 30_000 + "x") is None
    assert detect_city("Oakland, CA" + " " * 30_000 + "\u00b7 Suite 2") is not None


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("3 Oliver Plunkett St, Cork T12Y2NK, Ireland", "T12Y2NK"),
        ("Elm Counselling, 12 Main St, T12Y2NK", "T12Y2NK"),
        ("Elm Counselling \u00b7 D02 X285", "D02 X285"),
    ],
)
def test_in_an_address_an_eircode_counts_as_it_is(text: str, evidence: str) -> None:
    """clinic.address, a page's header and footer: an Eircode there needs no space and no Irish place."""
    found = detect(text, address=True)
    assert found is not None and found.code == "IE" and found.evidence == evidence
    assert detect(text) is None or " " in evidence


@pytest.mark.parametrize(
    "text",
    [
        "Our rooms are at 12 Merrion Sq, D02 X285, Dublin 2.",
        "Write to us at 5 Main St, Tralee, Co. Kerry V92 X2Y3.",
        "We are in Ireland: 1 High St, A92 F3K7.",
    ],
)
def test_in_body_text_an_eircode_with_its_space_and_an_irish_place_counts(text: str) -> None:
    found = detect(text)
    assert found is not None and found.code == "IE"


@pytest.mark.parametrize(
    ("text", "heading", "code"),
    [
        ("Perth, WA", False, "AU-WA"),
        ("12 Hay St, Fremantle, WA", False, "AU-WA"),
        ("Swan River Psychology, Perth, WA", True, "AU-WA"),
        ("Seattle, WA", False, "US-WA"),
        ("Counseling in Spokane, WA", True, "US-WA"),
    ],
)
def test_a_code_two_countries_share_goes_by_the_city(text: str, heading: bool, code: str) -> None:
    # (trial of session 7) "Perth, WA" gave Washington state, and a Western Australian clinic was checked
    # against US law (HIPAA among it). WA is a US state's code and an Australian state's.
    found = detect_city(text, heading=heading)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("12 University Road, Belfast BT7 1NN", "GB-NIR"), ("Derry/Londonderry BT48 6DQ", "GB-NIR"), ("12 High St, London SW1A 1AA", "GB"),
     ("Glasgow G1 1XQ", "GB")],
)
def test_a_northern_irish_postcode_names_northern_ireland(text: str, code: str) -> None:
    # (trial of session 7) A Belfast practice was taken as in the United Kingdom and given the gb pack's
    # English statuses with no word that Northern Ireland's law was not checked.
    found = detect(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("text", "heading", "code", "evidence"),
    [
        ("Toronto, Ontario", False, "CA-ON", "Toronto, Ontario"),
        ("Hill Therapy · Toronto, Ontario · 416-555-0100", False, "CA-ON", "Toronto, Ontario"),
        ("Toronto, Ontario, Canada", False, "CA-ON", "Toronto, Ontario"),
        ("Melbourne, Victoria", False, "AU-VIC", "Melbourne, Victoria"),
        ("Melbourne, Victoria, Australia", False, "AU-VIC", "Melbourne, Victoria"),
        ("Dublin 6, Ireland", False, "IE", "Dublin 6, Ireland"),
        ("Dublin 6W, Ireland", False, "IE", "Dublin 6W, Ireland"),
        ("Cork, Republic of Ireland", False, "IE", "Cork, Republic of Ireland"),
        ("Brisbane, Queensland", False, "AU-QLD", "Brisbane, Queensland"),
        ("Sydney, New South Wales", False, "AU-NSW", "Sydney, New South Wales"),
        ("Vancouver, British Columbia", False, "CA-BC", "Vancouver, British Columbia"),
        ("Oakland, California", False, "US-CA", "Oakland, California"),
        ("Therapy in Austin, Texas", True, "US-TX", "Austin, Texas"),
        ("Dublin, Ohio", False, "US-OH", "Dublin, Ohio"),  # a Dublin in Ohio, not Ireland
        ("Ottawa, ON", False, "CA-ON", "Ottawa, ON"),
    ],
)
def test_a_city_and_a_full_province_state_or_country_name_give_the_place(text: str, heading: bool, code: str, evidence: str) -> None:
    _city_gives(text, heading, code, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Street", "12 Victoria Street, Melbourne", "Queen Victoria", "Queen Victoria, Empress", "Ontario Street, Chicago",
        "Belfast, Northern Ireland", "Tbilisi, Georgia", "We also see clients from Toronto, Ontario and Ottawa.",
        "Dr. Sam Lee, Victoria", "Toronto, ontario",
    ],
)  # fmt: skip
def test_a_full_name_that_is_no_city_and_place_gives_none(text: str) -> None:
    assert detect_city(text) is None
