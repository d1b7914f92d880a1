"""Where a practice is (places14): Irish counties, "Victoria" as a name, the practice's own address against a bio's."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from policy_lint.jurisdictions.detect import detect, detect_city, detect_county
from tests.conftest import CliRun


def _check(tmp_path: Path, run_cli: Callable[..., CliRun], body: str, name: str = "privacy.md") -> str:
    page = tmp_path / name
    page.write_text(f"# Privacy\n\nWhat you tell us stays private.\n\n{body}\n", encoding="utf-8")
    return run_cli("check", str(page), "--no-hints").stdout


def _assumed(tmp_path: Path, run_cli: Callable[..., CliRun], body: str) -> str:
    """The place policy-lint assumed for a page with ``body`` ("" when none)."""
    out = _check(tmp_path, run_cli, body)
    line = next((x for x in out.splitlines() if " JUR004 " in x), "")
    return line[line.rfind("(") + 1 : line.rfind(")")] if "assumed" in line else ""


# -- Irish counties and Eircodes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [("Tralee, Co. Kerry", "Co. Kerry"), ("Hill Counselling · Co Cork", "Co Cork"), ("Oranmore, County Galway", "County Galway"), ("Navan, Co. Meath, Ireland", "Co. Meath")],
)
def test_an_irish_county_as_an_address_writes_it_is_ireland(text: str, evidence: str) -> None:
    found = detect_county(text)
    assert found is not None and found.code == "IE" and found.evidence == evidence


@pytest.mark.parametrize("text", ["Co. Antrim", "County Down", "Orange County", "Kerry County", "the co. cork team", "Cork, Co", "Hill & Co."])
def test_a_county_of_northern_ireland_or_another_order_is_not_ireland(text: str) -> None:
    assert detect_county(text) is None


@pytest.mark.parametrize(
    "line",
    ["Hill Counselling, 12 Main St, Tralee, Co. Kerry", "Hill Counselling · Co Cork", "Hill Counselling, Oranmore, County Galway", "Hill Counselling, 4 Castle St, V92 X2Y3"],
)
def test_a_page_with_an_irish_county_or_eircode_line_gets_the_irish_pack(tmp_path: Path, run_cli: Callable[..., CliRun], line: str) -> None:
    assert _assumed(tmp_path, run_cli, line) == "IE"


def test_an_eircode_in_a_long_sentence_still_needs_an_irish_place() -> None:
    # a short line may be an address line; a sentence of body text keeps the old care ("code T74 11XA" is a medical code)
    assert detect("Hill Counselling, 4 Castle St, V92 X2Y3", line=True) is not None
    assert detect("Hill Counselling · V92 X2Y3 · 066 712 3456", line=True) is not None
    assert detect("Eircode: V92 X2Y3", line=True) is not None
    for text in ("Billing for code T74 11XA needs your consent.", "Code: T74 11XA", "Hill Counselling, 4 Castle St, V92X2Y3"):
        assert detect(text, line=True) is None, text  # not a piece of its own, or written without its space


def test_a_medical_code_in_a_sentence_gives_no_place(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    said = "When we bill your insurer for your sessions, we may use a diagnosis code such as T74 11XA on the forms we send them."
    assert _assumed(tmp_path, run_cli, said) == ""


# -- "Victoria" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Sam Lee, Victoria", None),  # a person's name and a comma: no city
        ("Hill Therapy, Victoria", None),
        ("Melbourne, Victoria", "AU-VIC"),
        ("Box Hill, Victoria", "AU-VIC"),
        ("12 Bay Rd, Sandringham, Victoria", "AU-VIC"),
        ("4 Main St, Smalltown, Victoria", "AU-VIC"),  # a street number before it: an address line
        ("Smalltown, Victoria, Australia", "AU-VIC"),  # the country after it
        ("Hill Therapy · Victoria, Australia", "AU-VIC"),
        ("Victoria, BC", "CA-BC"),
        ("Victoria, British Columbia", "CA-BC"),
        ("Melbourne VIC 3000", None),  # (a postcode: detect, not detect_city)
    ],
)
def test_victoria_is_a_place_only_with_evidence_that_it_is(line: str, code: str | None) -> None:
    found = detect_city(line)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(("line", "code"), [("Sam Lee, Victoria", ""), ("Melbourne VIC 3000", "AU-VIC"), ("Geelong, Victoria", "AU-VIC"), ("Victoria, BC", "CA-BC")])
def test_a_page_signed_sam_lee_victoria_gets_no_victorian_pack(tmp_path: Path, run_cli: Callable[..., CliRun], line: str, code: str) -> None:
    assert _assumed(tmp_path, run_cli, line) == code


# -- places in conflict: the practice's own lines win, a bio's weigh little, a tie gives none ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "## About me\n\nSeattle, WA\n\n## Contact\n\n12 King St W, Toronto, ON",
        "## About me\n\nI grew up in Seattle, WA 98101 and studied there.\n\n## Contact\n\n12 King St W, Toronto, ON M5V 2T6",
        "Trained in Seattle, WA\n\nHill Therapy · Toronto, ON",
        "- Previously worked in Seattle, WA\n- Graduated from Seattle, WA\n\nOur office: Toronto, ON",
        "Seattle, WA\n\nOur office: 12 King St W, Toronto, ON",
    ],
)
def test_an_ontario_page_with_a_seattle_bio_line_is_ontario(tmp_path: Path, run_cli: Callable[..., CliRun], body: str) -> None:
    assert _assumed(tmp_path, run_cli, body) == "CA-ON"
    # whichever comes first on the page
    parts = body.split("\n\n")
    assert _assumed(tmp_path, run_cli, "\n\n".join(parts[len(parts) // 2 :] + parts[: len(parts) // 2])) == "CA-ON"


def test_the_place_with_more_evidence_wins(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    assert _assumed(tmp_path, run_cli, "Seattle, WA\n\nToronto, ON\n\nOttawa, ON") == "CA-ON"


def test_a_true_tie_gives_no_place_and_says_which_two(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    out = _check(tmp_path, run_cli, "Seattle, WA\n\nToronto, ON")
    assert " JUR004 " not in out
    line = next(x for x in out.splitlines() if " JUR003 " in x)
    assert "could not tell where your practice is" in line
    assert "Washington ('Seattle, WA')" in line and "Ontario ('Toronto, ON')" in line
    assert " JUR801 " not in out  # no Ontario rule ran on a guess


def test_a_tie_is_broken_by_the_law_the_page_names(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    out = _check(tmp_path, run_cli, "Seattle, WA\n\nToronto, ON\n\nWe follow PHIPA.")
    assert "assumed Ontario (CA-ON)" in out and "PHIPA" in out
    # a law of a third place breaks no tie between two others
    assert " JUR004 " not in _check(tmp_path, run_cli, "Seattle, WA\n\nToronto, ON\n\nWe follow the UK GDPR.")


def test_a_tie_of_the_same_place_is_no_tie(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    assert _assumed(tmp_path, run_cli, "Toronto, ON\n\nOttawa, ON") == "CA-ON"


def test_clinic_address_in_a_yaml_policy_still_wins(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "schema_version: 1\nclinic:\n  name: Hill Therapy\n  address: 12 King St W, Toronto, ON\n"
        "confidentiality:\n  summary: I trained in Seattle, WA 98101. What you tell me stays private.\n",
        encoding="utf-8",
    )
    out = run_cli("check", str(policy), "--no-hints").stdout
    assert "assumed Ontario (CA-ON)" in out, out


# -- JUR822 reads a denial of the police --------------------------------------------------------


QLD_CLAIM = "- As a counsellor I am a mandatory reporter. If I think a child is at risk of abuse, I may notify Child Safety."


def _qld(tmp_path: Path, run_cli: Callable[..., CliRun], body: str) -> str:
    page = tmp_path / "privacy.md"
    page.write_text(f"# Privacy\n\n{body}\n", encoding="utf-8")
    return run_cli("check", str(page), "--jurisdiction", "AU-QLD", "--no-hints").stdout


@pytest.mark.parametrize(
    "said",
    [
        "I do not report to the police.",
        "I never contact the police.",
        "The police are never told.",
        "I am not required to tell the police.",
        "I will not tell the police without your consent.",  # the law asks it without consent
    ],
)
def test_a_denied_police_report_does_not_silence_jur822(tmp_path: Path, run_cli: Callable[..., CliRun], said: str) -> None:
    assert " JUR822 " in _qld(tmp_path, run_cli, f"{QLD_CLAIM} {said}")
    # the same words in another passage on child abuse do not count either
    assert " JUR822 " in _qld(tmp_path, run_cli, f"{QLD_CLAIM}\n\n- If a child is being abused, I must report it to Child Safety. {said}")


@pytest.mark.parametrize(
    "said",
    [
        "If I believe an adult has sexually abused a child, I must tell the police.",
        "I do not report to the police unless I believe an adult has sexually abused a child.",  # an exception: the duty is said
        "I am not only a mandatory reporter to Child Safety; I must also tell the police.",
        "If I am not sure, I still tell the police.",
    ],
)
def test_the_police_said_beside_a_denial_still_silences_jur822(tmp_path: Path, run_cli: Callable[..., CliRun], said: str) -> None:
    assert " JUR822 " not in _qld(tmp_path, run_cli, f"{QLD_CLAIM} {said}")


def test_jur822_finds_a_denial_after_a_contrast(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    assert " JUR822 " in _qld(tmp_path, run_cli, "- I am a mandatory reporter, but I never contact the police.")
    assert " JUR822 " not in _qld(tmp_path, run_cli, "- I am a mandatory reporter, but I always tell the police.")


# -- the consultant's trial: each place's own words (places14) ----------------------------------


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("IE", "- If I am worried that a vulnerable adult is being abused, I may share what is needed with the HSE Safeguarding and Protection Team."),
        ("IE", "- If an adult at risk is being abused, I may raise a concern with the HSE."),
    ],
)
def test_an_adult_abuse_limit_in_the_places_own_words_is_not_too_general(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, said: str) -> None:
    out = _qld_like(tmp_path, run_cli, said, code)
    assert " LIM004 " not in out, out


@pytest.mark.parametrize("code", ["US-NY", "AU-NSW", "CA-ON"])
def test_the_same_words_elsewhere_are_still_too_general(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    # the words count only in the place that uses them
    said = "- If I am worried that a vulnerable adult is being abused, I may share what is needed."
    assert " LIM004 " in _qld_like(tmp_path, run_cli, said, code)


def _qld_like(tmp_path: Path, run_cli: Callable[..., CliRun], body: str, code: str) -> str:
    page = tmp_path / "privacy.md"
    page.write_text(f"# Privacy\n\n{body}\n", encoding="utf-8")
    return run_cli("check", str(page), "--jurisdiction", code, "--no-hints").stdout


@pytest.mark.parametrize(("code", "rule"), [("GB", "JUR502"), ("CA-BC", "JUR603")])
def test_hipaa_in_a_uk_or_bc_page_made_from_a_us_template_is_the_wrong_law(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str) -> None:
    assert f" {rule} " in _qld_like(tmp_path, run_cli, "What you tell me stays between us, as HIPAA requires.", code)
    for said in ("We use a HIPAA-compliant video platform.", "For clients in Washington State, we also follow HIPAA.", "HIPAA is a US law. It does not apply to us."):
        assert f" {rule} " not in _qld_like(tmp_path, run_cli, said, code), said


@pytest.mark.parametrize(("code", "rule", "number"), [("GB", "JUR503", "999"), ("IE", "JUR834", "112"), ("AU-NSW", "JUR703", "000"), ("AU-VIC", "JUR814", "000"), ("AU-QLD", "JUR824", "000")])
def test_911_in_a_page_outside_north_america_is_the_wrong_number(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, number: str) -> None:
    out = _qld_like(tmp_path, run_cli, "- If you may seriously hurt yourself soon, we may call 911.", code)
    line = next(x for x in out.splitlines() if f" {rule} " in x)
    assert "warning" in line and "911 is the emergency number of the US and Canada" in line and number in line
    for said in (
        f"- If you may seriously hurt yourself soon, we may call {number}.",
        f"- If you may seriously hurt yourself soon, we may call {number} (or 911 if you are in the US or Canada).",
        "- For clients we see in Ontario, we may call 911.",
        "- Questions? Call us on 555-911-0100.",
    ):
        assert f" {rule} " not in _qld_like(tmp_path, run_cli, said, code), said


@pytest.mark.parametrize("code", ["CA-ON", "CA-BC", "US-NY", "US"])
def test_911_is_right_in_north_america(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    out = _qld_like(tmp_path, run_cli, "- If you may seriously hurt yourself soon, we may call 911.", code)
    assert "911 is the emergency number" not in out
