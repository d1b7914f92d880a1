"""What a new-user trial of the Ontario, Victoria, Queensland and Irish packs found, each with a minimal page."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun

#: A bold list title over a sentence that says "may": the prose form of a YAML limit's title and explanation.
TITLED = """\
# Your privacy

What you tell me stays private, with a few exceptions.

## Limits of confidentiality

- **Child abuse.** If I suspect a child is being harmed, I {force} report it.
"""


def _check(tmp_path: Path, run_cli: Callable[..., CliRun], text: str, code: str, name: str = "privacy.md") -> str:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return run_cli("check", str(page), "--no-hints", "--jurisdiction", code).stdout


@pytest.mark.parametrize(("code", "rule"), [("CA-ON", "JUR802"), ("AU-VIC", "JUR812"), ("IE", "JUR832"), ("AU-NSW", "JUR702"), ("CA-BC", "JUR602"), ("US-NY", "JUR")])
def test_a_may_under_a_bold_list_title_is_a_choice_the_law_does_not_give(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="may"), code)
    line = next((x for x in out.splitlines() if f" {rule}" in x and "only that you may" in x), None)
    assert line is not None and "'may report'" in line, out
    assert ":7:" in line  # the list item, not the heading


@pytest.mark.parametrize("code", ["CA-ON", "AU-VIC", "IE", "AU-NSW", "CA-BC"])
def test_a_later_may_under_a_bold_list_title_is_not_the_report(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    # the first sentence that states the limit gives it no "may"; without the title the page passes too (review13)
    item = "- **Child abuse.** Reports of abuse of a child are made to the right agency. We may also talk with you about a child who may be at risk."
    page = TITLED.replace(TITLED.splitlines()[-1], item)
    assert "only that you may" not in _check(tmp_path, run_cli, page, code)


@pytest.mark.parametrize("code", ["CA-ON", "AU-VIC", "IE", "AU-NSW", "CA-BC"])
def test_a_must_under_a_bold_list_title_is_no_choice(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    out = _check(tmp_path, run_cli, TITLED.format(force="must"), code)
    assert "only that you may" not in out, out


ITEM = "- If we think a child is being abused, the law says we must report it {to}.\n"

#: (place, the rule, words that name the receiver the law names, near misses that name no one in particular)
RECEIVERS = [
    ("CA-ON", "JUR801", ["to a children's aid society", "to the Children’s Aid Society of Toronto", "to the CAS", "to child protection services"],
     ["to the society", "to child protection", "to child welfare", "to the cas"]),
    ("AU-VIC", "JUR811", ["to Child Protection", "to Child Protection (DFFH)", "to the Secretary of the Department of Families, Fairness and Housing", "to the police", "to child protection services"],
     ["to the Secretary", "to child protection", "in line with Child Protection law"]),
    ("IE", "JUR831", ["to Tusla", "to the Child and Family Agency", "to An Garda Síochána", "to the child protection services"],
     ["to child protection", "to Child Protection", "to the society"]),
    ("AU-QLD", "JUR821", ["to the police", "to Child Safety", "to the Department of Child Safety", "to the child protection agency"],
     ["to child safety", "to child protection", "following Child Safety guidelines"]),
]  # fmt: skip
# (review13: "child protection services", "the child protection agency" name the place's service in any case; "child
# protection" alone may be a subject, "child protection law", and stays a near miss)


@pytest.mark.parametrize(("code", "rule", "right", "loose"), RECEIVERS, ids=[r[0] for r in RECEIVERS])
def test_each_receiver_term_names_the_receiver_the_law_names(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, right: list[str], loose: list[str]) -> None:
    for to in right:
        assert f" {rule} " not in _check(tmp_path, run_cli, ITEM.format(to=to), code), to
    for to in loose:
        assert f" {rule} " in _check(tmp_path, run_cli, ITEM.format(to=to), code), to


def test_a_heading_or_title_that_names_the_service_is_not_the_report(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = "# Privacy\n\n## Child Protection\n\nIf we think a child is being abused, the law says we must report it.\n"
    assert " JUR811 " in _check(tmp_path, run_cli, page, "AU-VIC")
    policy = (
        "schema_version: 1\nclinic:\n  name: A\n  jurisdiction: AU-VIC\nlimits:\n  - category: child_abuse\n"
        "    title: Child Protection\n    explanation: If we think a child is being abused, the law says we must report it.\n"
    )
    assert " JUR811 " in _check(tmp_path, run_cli, policy, "AU-VIC", "policy.yaml")


#: (place, the emergency number its hint gives, the child protection receiver its hints name); None: no place
HINT_WORDS = [
    ("AU-VIC", "000", "Child Protection"), ("AU-QLD", "000", "tell the police"), ("AU-NSW", "000", "Child Protection Helpline"),
    ("IE", "112 or 999", "Tusla"), ("GB", "999", "children's social care"), ("CA-ON", "911", "children's aid society"),
    ("CA-BC", "911", "child welfare worker"), ("US-TX", "911", "child protective services"), (None, "emergency services", "the agency that protects children"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "emergency", "receiver"), HINT_WORDS, ids=[str(h[0]) for h in HINT_WORDS])
def test_each_place_gets_hints_in_its_own_words(tmp_path: Path, run_cli: Callable[..., CliRun], code: str | None, emergency: str, receiver: str) -> None:
    page = tmp_path / "privacy.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    listed = tmp_path / "listed.md"
    listed.write_text("# Privacy\n\nWhat you tell us stays private.\n\n- Child abuse\n", encoding="utf-8")
    place = ["--jurisdiction", code] if code else []
    out = run_cli("check", str(page), *place).stdout
    hints = {line.split()[2]: nxt for line, nxt in zip(out.splitlines(), out.splitlines()[1:]) if " COV00" in line}
    assert f"such as calling {emergency}." in hints["COV001"], out
    if "COV003" in hints:  # the UK pack's own safeguarding rule words it
        assert receiver in hints["COV003"], out
    out = run_cli("check", str(listed), *place).stdout
    lim = next(nxt for line, nxt in zip(out.splitlines(), out.splitlines()[1:]) if " LIM004 " in line)
    assert receiver in lim, out
    if code is None or not code.startswith("US"):
        assert emergency == "911" or "911" not in out, out
        assert "protective services" not in out, out


@pytest.mark.parametrize(
    ("line", "code", "pack"),
    [("Toronto, Ontario", "CA-ON", "ca-on"), ("Melbourne, Victoria", "AU-VIC", "au-vic"), ("Dublin 6, Ireland", "IE", "ie"),
     ("Brisbane, Queensland", "AU-QLD", "au-qld"), ("Ottawa, ON", "CA-ON", "ca-on"), ("Dublin, Ohio", "US-OH", "us")],
)  # fmt: skip
def test_a_page_with_a_city_and_its_full_place_name_gets_its_pack(tmp_path: Path, run_cli: Callable[..., CliRun], line: str, code: str, pack: str) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(f"# Hill Therapy\n\nHill Therapy, {line}\n\n## Your privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    out = run_cli("check", str(page), "--no-hints").stdout
    assert f"({code}) and used the {pack} pack" in out, out


HIPAA_RULES = [("CA-ON", "JUR803", "Personal Health Information Protection Act"), ("AU-VIC", "JUR813", "Health Records Act 2001"),
               ("AU-QLD", "JUR823", "Privacy Act 1988"), ("IE", "JUR833", "Data Protection Act 2018"),
               ("GB", "JUR502", "Data Protection Act 2018"), ("CA-BC", "JUR603", "Personal Information Protection Act")]  # fmt: skip


@pytest.mark.parametrize(("code", "rule", "law"), HIPAA_RULES, ids=[h[0] for h in HIPAA_RULES])
def test_hipaa_named_outside_the_us_is_the_wrong_law(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, law: str) -> None:
    out = _check(tmp_path, run_cli, "# Privacy\n\nWe follow HIPAA and keep what you tell us private.\n", code)
    line = next(x for x in out.splitlines() if f" {rule} " in x)
    assert "warning" in line and "HIPAA is a US law" in line and law in line and ":3:11:" in line
    # the same page naming its own law, or saying HIPAA is a US law that does not apply, passes
    for said in (f"The {law} protects what you tell us.", "HIPAA is a US law. It does not apply to us.", "Unlike HIPAA in the United States, our law covers every practice."):
        assert f" {rule} " not in _check(tmp_path, run_cli, f"# Privacy\n\n{said}\n", code), said
    # "us" is no country
    assert f" {rule} " in _check(tmp_path, run_cli, "# Privacy\n\nHIPAA lets us share what is needed.\n", code)


@pytest.mark.parametrize("code", ["US-NY", "US-TX", "US"])
def test_hipaa_rules_belong_to_their_places_only(tmp_path: Path, run_cli: Callable[..., CliRun], code: str) -> None:
    out = _check(tmp_path, run_cli, "# Privacy\n\nWe follow HIPAA and keep what you tell us private.\n", code)
    assert not any(f" {r} " in out for _, r, _ in HIPAA_RULES), out


QLD_CLAIM = "- As a counsellor I am a mandatory reporter. If I think a child is at risk of abuse, I may notify Child Safety.\n"


def test_a_queensland_counsellor_who_says_they_are_a_mandatory_reporter_is_told_the_duty_is_to_the_police(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    out = _check(tmp_path, run_cli, QLD_CLAIM, "AU-QLD")
    line = next(x for x in out.splitlines() if " JUR822 " in x)
    assert "s.13E" in line and "tell the police" in line and "s.229BC" in line
    assert " JUR822 " not in _check(tmp_path, run_cli, QLD_CLAIM, "AU-VIC")  # Victorian psychologists are mandatory reporters


@pytest.mark.parametrize(
    "said",
    [
        "- If I believe an adult has sexually abused a child, I must tell the police. If a child is at risk of other harm, I may notify Child Safety.\n",
        "- I am a mandatory reporter: if I believe an adult has sexually abused a child, I must tell the police.\n",
        "- Our doctors and nurses are mandatory reporters. If a child is at risk of harm, they must notify Child Safety.\n",
        "- If a child is at risk of abuse or neglect, we may notify Child Safety.\n",
    ],
)
def test_a_queensland_page_that_says_the_duty_right_gets_no_mandatory_reporter_finding(tmp_path: Path, run_cli: Callable[..., CliRun], said: str) -> None:
    assert " JUR822 " not in _check(tmp_path, run_cli, said, "AU-QLD")


def _assumed_from(tmp_path: Path, run_cli: Callable[..., CliRun], body: str) -> str:
    page = tmp_path / "privacy.md"
    page.write_text(f"# Privacy\n\nWhat you tell us stays private.\n\n{body}\n", encoding="utf-8")
    out = run_cli("check", str(page), "--no-hints").stdout
    return next((x for x in out.splitlines() if "assumed" in x), "")


@pytest.mark.parametrize("close", ["Sincerely,", "Warm regards,", "Signed:", "Thank you,"])
@pytest.mark.parametrize("name", ["Jane Smith, NY", "Jane Smith, CA"])
def test_a_name_under_the_words_that_close_a_letter_is_no_city(tmp_path: Path, run_cli: Callable[..., CliRun], close: str, name: str) -> None:
    assert _assumed_from(tmp_path, run_cli, f"{close}\n\n{name}") == ""
    assert _assumed_from(tmp_path, run_cli, f"{close}\n{name}") == ""  # one paragraph: it was never a city


@pytest.mark.parametrize(("line", "code"), [("Santa Rosa, CA", "US-CA"), ("Eugene, OR", None), ("Tyler, TX", "US-TX"), ("Charlotte, NC", "US-NC")])
def test_a_city_that_reads_like_a_name_still_gives_its_state(tmp_path: Path, run_cli: Callable[..., CliRun], line: str, code: str | None) -> None:
    """Why a person's name on a line alone ("Jane Smith, CA") is still read as a city: many cities are first names
    (Tyler, Charlotte, Eugene), so a list of first names would lose them, and no list of cities is shipped.
    (OR needs a street number: it is also a word.)"""
    found = _assumed_from(tmp_path, run_cli, f"Visit us:\n\n{line}")
    assert (f"({code})" in found) if code else found == ""
    # the same words under a sign-off are a name
    assert _assumed_from(tmp_path, run_cli, f"Sincerely,\n\n{line}") == ""


@pytest.mark.parametrize(
    "bio",
    ["## Ten years in Melbourne, Victoria\n\nI trained there.", "- PhD — University of Melbourne — Melbourne, Victoria", "I grew up in Toronto, Ontario."],
)
def test_a_place_a_bio_names_in_full_does_not_outrank_the_practice_city(tmp_path: Path, run_cli: Callable[..., CliRun], bio: str) -> None:
    # a Texas practice whose therapist trained in Melbourne (review13: a heading or a bio line gave Victoria's pack)
    assert "(US-TX)" in _assumed_from(tmp_path, run_cli, f"{bio}\n\nAustin, TX")
    assert "(US-TX)" in _assumed_from(tmp_path, run_cli, f"Austin, TX\n\n{bio}")


def test_full_names_of_two_places_give_none(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    assert _assumed_from(tmp_path, run_cli, "Melbourne, Victoria\n\nToronto, Ontario") == ""
    # places14: a bio's line ("PhD — ...") weighs less than the practice's own, so the practice's place wins
    body = "- PhD — University of Melbourne — Melbourne, Victoria\n\nHill Therapy · Toronto, Ontario"
    assert "(CA-ON)" in _assumed_from(tmp_path, run_cli, body)
    assert "(CA-ON)" in _assumed_from(tmp_path, run_cli, "- PhD — Toronto, Ontario\n\nHill Therapy · Toronto, Ontario")


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        ("- **Sexual abuse of a child.** If I believe an adult has sexually abused a child, I must tell the police.", False),
        ("I must tell the police if I believe an adult has sexually abused a child.", False),
        ("- **Risk to others.** If you threaten to seriously hurt someone, I may call the police.", True),  # no duty on child abuse
    ],
)
def test_the_police_duty_in_another_passage_on_child_abuse_counts_for_jur822(tmp_path: Path, run_cli: Callable[..., CliRun], other: str, flagged: bool) -> None:
    # review13: the police named in another passage gave a finding that says the policy does not name them
    out = _check(tmp_path, run_cli, f"{QLD_CLAIM}\n{other}\n", "AU-QLD")
    assert (" JUR822 " in out) is flagged, out


@pytest.mark.parametrize(("code", "rule", "law"), HIPAA_RULES, ids=[h[0] for h in HIPAA_RULES])
def test_hipaa_named_for_clients_in_the_us_is_no_wrong_law(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, law: str) -> None:
    # review13: a practice that also sees clients in a US state names HIPAA rightly, in its own place or beside its own law
    for said in ("For clients who live in New York, we follow HIPAA.", "We also see clients in Washington State; HIPAA protects their records.",
                 f"The {law} protects what you tell us; HIPAA protects the clients we see across the border."):  # fmt: skip
        assert f" {rule} " not in _check(tmp_path, run_cli, f"# Privacy\n\n{said}\n", code), said
    # HIPAA alone is still the wrong law
    assert f" {rule} " in _check(tmp_path, run_cli, "# Privacy\n\nUnder HIPAA, we may share what is needed to keep you safe.\n", code)


@pytest.mark.parametrize("close", ["Thank you!", "Warmly,"])
@pytest.mark.parametrize("line", ["Elm Street Therapy · 12 Elm St · Oakland, CA · 510-555-0100", "Jane Smith, LMFT · Oakland, CA"])
def test_an_address_line_after_the_words_that_close_a_letter_still_gives_the_place(tmp_path: Path, run_cli: Callable[..., CliRun], close: str, line: str) -> None:
    # review13: only a name alone under a sign-off is no city; a page that ends "Thank you!" over its address lost its place
    assert "(US-CA)" in _assumed_from(tmp_path, run_cli, f"{close}\n\n{line}")


@pytest.mark.parametrize(("code", "rule", "law"), HIPAA_RULES, ids=[h[0] for h in HIPAA_RULES])
def test_hipaa_as_the_label_of_a_tool_is_no_wrong_law(tmp_path: Path, run_cli: Callable[..., CliRun], code: str, rule: str, law: str) -> None:
    # review13: "HIPAA-compliant" says what a video platform meets; the practice does not claim HIPAA protects the client
    for said in ("Sessions are held on a secure, HIPAA-compliant video platform.", "We keep notes in HIPAA compliant, encrypted software.",
                 # (session 8) the tool named before the term
                 "Our video platform is HIPAA compliant.", "The software we use is HIPAA-compliant."):
        assert f" {rule} " not in _check(tmp_path, run_cli, f"# Privacy\n\n{said}\n", code), said
    for said in ("Our practice is HIPAA compliant.", "We use a HIPAA-compliant platform, and HIPAA protects your records.",
                 "We use a secure platform, and our practice is HIPAA compliant."):
        assert f" {rule} " in _check(tmp_path, run_cli, f"# Privacy\n\n{said}\n", code), said


def test_a_yaml_limit_title_and_explanation_are_read_together_for_hipaa(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    # review13: the title named the US state, the explanation HIPAA
    policy = (
        "schema_version: 1\nclinic:\n  name: A\n  jurisdiction: CA-ON\nlimits:\n  - category: client_authorization\n"
        "    title: Clients in New York\n    explanation: For these clients we also follow HIPAA.\n"
    )
    assert " JUR803 " not in _check(tmp_path, run_cli, policy, "CA-ON", "policy.yaml")
    assert " JUR803 " in _check(tmp_path, run_cli, policy.replace("Clients in New York", "Other clients"), "CA-ON", "policy.yaml")
