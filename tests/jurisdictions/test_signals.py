"""A page with no address gets its place from the names of its own law and regulators (UK GDPR, BACP, AHPRA, PIPEDA, ...)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "config"))

from config_helpers import cli, lint, repo, rules_of, write  # noqa: E402,F401

PAGE = """\
# Confidentiality

What you tell me stays private, except in the situations below.

## Limits

- If you are at serious risk of harming yourself, I may contact your GP or emergency services.
- If a child is at risk of harm, I will contact the local safeguarding team.
- If a court orders me to share my notes, I will.

{said}

Questions? Email me at sam@example.org. Effective 1 March 2026.
"""


def _jur(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.rule_id: f.message for f in result.findings() if f.rule_id.startswith("JUR")}


@pytest.mark.parametrize(
    ("said", "code", "words"),
    [
        ("I keep your notes safe under the UK GDPR. I am registered with the Information Commissioner's Office.", "GB", "UK GDPR, Information Commissioner's Office"),
        ("I am a member of the BACP and follow its ethical framework.", "GB", "BACP"),
        ("I am registered with the HCPC.", "GB", "HCPC"),
        ("I follow the Children Act 1989 and the Care Act 2014.", "GB", "Children Act 1989, Care Act 2014"),
        ("I am registered with AHPRA.", "AU", "AHPRA"),
        ("We follow the Australian Privacy Principles and the Health Records and Information Privacy Act.", "AU-NSW", "Australian Privacy Principles, Health Records and Information Privacy Act"),
        ("We follow PIPEDA.", "CA", "PIPEDA"),
        ("We follow PHIPA.", "CA-ON", "PHIPA"),
        ("We follow the Privacy Act 2020 and may contact Oranga Tamariki.", "NZ", "Privacy Act 2020, Oranga Tamariki"),
        ("I report to a children's aid society under the Child, Youth and Family Services Act.", "CA-ON", "Child, Youth and Family Services Act"),
        ("Psychologists are mandatory reporters under the Children, Youth and Families Act 2005 (Vic).", "AU-VIC", "Children, Youth and Families Act 2005"),
        ("You can see your records under the Health Records Act 2001.", "AU-VIC", "Health Records Act 2001"),
        ("We may notify the Department of Child Safety under the Child Protection Act 1999.", "AU-QLD", "Child Protection Act 1999"),
        ("We may notify the Department of Child Safety, Seniors and Disability Services.", "AU-QLD", "Department of Child Safety, Seniors and Disability Services"),
        ("We may notify the Queensland Department of Child Safety.", "AU-QLD", "Queensland Department of Child Safety"),
        ("We may notify the Department of Child Safety (Qld).", "AU-QLD", "Department of Child Safety (Qld)"),
        ("I am registered with CORU and follow Children First.", "IE", "CORU"),
        ("You may complain to the Irish Data Protection Commission.", "IE", "Irish Data Protection Commission"),
        ("You may complain to the Data Protection Commission (Ireland).", "IE", "Data Protection Commission (Ireland)"),
        ("You may complain to the Data Protection Commission at www.dataprotection.ie.", "IE", "dataprotection.ie"),
        ("I am an accredited member of the Irish Association for Counselling and Psychotherapy.", "IE", "Irish Association for Counselling and Psychotherapy"),
    ],
)
def test_the_names_of_a_countrys_law_and_regulators_give_an_assumed_place(repo: Path, said: str, code: str, words: str) -> None:
    jur = _assumed(repo, said, code, words)
    assert "could not tell where your practice is" not in jur.get("JUR003", "")


def _assumed(repo: Path, said: str, code: str, words: str) -> dict[str, str]:
    """The JUR findings of a page that says ``said``, which must assume ``code`` from ``words``."""
    write(repo / "page.md", PAGE.format(said=said))
    jur = _jur(lint("page.md"))
    assert "JUR004" in jur, jur
    assert f"From '{words}', policy-lint assumed" in jur["JUR004"] and f"({code})" in jur["JUR004"]
    return jur


@pytest.mark.parametrize(
    "said",
    [
        "We bill Medicare for some sessions.",  # Australia and the US both have Medicare
        "We follow the GDPR.",  # all of Europe
        "We follow the GDPR and the Data Protection Act 2018.",  # the UK and Ireland each have an Act of that name
        "We follow the Privacy Act.",  # many countries; no year
        "We are members of the ACA.",  # the American and the Australian Counselling Associations
        "We follow HIPAA.",
        "Unlike the UK GDPR, Australia's Privacy Act 1988 lets us keep notes.",  # two countries, one name each: no answer
        # Arizona's child protection agency has the name of Queensland's old one
        "If we think a child is being abused, we must report it to the Department of Child Safety.",
        "You may complain to the Data Protection Commission.",  # Ghana's regulator has Ireland's name
    ],
)
def test_names_other_places_use_too_give_no_place(repo: Path, said: str) -> None:
    write(repo / "page.md", PAGE.format(said=said))
    jur = _jur(lint("page.md"))
    assert "JUR004" not in jur
    assert "could not tell where your practice is" in jur["JUR003"]


def test_an_address_wins_over_the_names(repo: Path) -> None:
    """Names rank below an address: a Sydney address on a page that names the BACP is in New South Wales."""
    write(repo / "page.md", PAGE.format(said="I trained with the BACP. Visit us at 1 George St, Sydney NSW 2000."))
    jur = _jur(lint("page.md"))
    assert "From 'Sydney NSW 2000'" in jur["JUR004"] or "From 'NSW 2000'" in jur["JUR004"]


def test_the_folder_wins_over_the_names(repo: Path) -> None:
    write(repo / "US-TX" / "page.md", PAGE.format(said="I am a member of the BACP."))
    assert "JUR004" not in _jur(lint("US-TX/page.md"))


def test_england_is_checked_by_the_uk_pack_in_one_plain_line(repo: Path) -> None:
    """GB-ENG has no pack of its own, but gb holds its law: say so plainly, without the lawyer hint of a missing pack."""
    write(repo / "page.md", PAGE.format(said=""))
    result = lint("page.md", jurisdiction="GB-ENG")
    found = [f for f in result.findings() if f.rule_id == "JUR003"]
    assert len(found) == 1
    assert found[0].message == "policy-lint checked England (GB-ENG) against the gb pack (United Kingdom), which holds the law of England."
    assert "lawyer" not in (found[0].hint or "")
    wales = [f for f in lint("page.md", jurisdiction="GB-WLS").findings() if f.rule_id == "JUR003"]
    assert "no rule pack for Wales" in wales[0].message and "(GB-WLS)" in wales[0].message  # Wales has laws of its own the pack does not cite


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("We follow the Health Records and Information Privacy Act.", "AU-NSW"),
        ("We follow the Health Records and Information Privacy Act", "AU-NSW"),  # the last words of a paragraph
        ("We follow the Personal Information Protection and Electronic Documents Act.", "CA"),
    ],
)
def test_a_law_named_at_the_end_of_a_sentence_gives_the_place(repo: Path, said: str, code: str) -> None:
    """The quick test once needed "Act " with a space: a name before a full stop was missed."""
    write(repo / "page.md", PAGE.format(said=said))
    jur = _jur(lint("page.md"))
    assert "JUR004" in jur, jur
    assert f"({code})" in jur["JUR004"]


def test_every_signal_passes_the_quick_test() -> None:
    """Each name of the list, alone and with a full stop after it, gets past the quick test to its pattern."""
    import re

    from policy_lint.jurisdictions.where import _SIGNALS, _may_signal, _signal_words

    names = [
        "UK GDPR", "Information Commissioner's Office", "MBACP", "British Association for Counselling and Psychotherapy", "UKCP",
        "HCPC", "Health and Care Professions Council", "Children Act 2004", "Care Act 2014",
        "Terrorism Act 2000", "AHPRA", "Australian Health Practitioner Regulation Agency", "Australian Privacy Principle",
        "Privacy Act 1988", "PACFA", "Health Records and Information Privacy Act",
        "Children and Young Persons (Care and Protection) Act", "Ageing and Disability Commissioner Act",
        "Department of Communities and Justice", "PIPEDA",
        "Personal Information Protection and Electronic Documents Act", "PHIPA", "Personal Health Information Protection Act, 2004",
        "Canadian Counselling and Psychotherapy Association", "Privacy Act 2020", "Oranga Tamariki", "Health Information Privacy Code",
        "Tusla", "Children First Act 2015",
        "Child, Family and Community Service Act", "Adult Guardianship Act", "British Columbia's Personal Information Protection Act",
        "Personal Information Protection Act (BC)", "Cal. Civ. Code", "California Penal Code", "Cal. Welf. & Inst. Code",
        "Welfare and Institutions Code", "N.Y. Mental Hyg. Law", "Mental Hygiene Law", "New York Social Services Law", "NY SAFE Act",
        "Texas Family Code", "Tex. Health & Safety Code", "Tex. Hum. Res. Code", "Thapar v. Zezulka",
        "Children, Youth and Families Act 2005", "Health Records Act 2001", "Crimes Act 1958 (Vic)", "Criminal Code Act 1899 (Qld)",
        "Retirement Homes Act, 2010", "Child Protection Act 1999", "Department of Child Safety, Seniors and Disability Services",
        "Queensland Department of Child Safety", "Department of Child Safety (Qld)", "Child, Youth and Family Services Act", "Fixing Long-Term Care Act",
        "College of Registered Psychotherapists of Ontario", "CORU", "Irish Data Protection Commission",
        "Data Protection Commission of Ireland", "dataprotection.ie", "Psychological Society of Ireland",
        "Irish Association for Counselling and Psychotherapy",
    ]  # fmt: skip
    assert len(_signal_words()) > 10
    for src, _ in _SIGNALS:
        name = next((n for n in names if re.fullmatch(src, n)), None)
        assert name is not None, f"no example name for {src}"
        assert _may_signal(name) and _may_signal(f"We follow the {name}."), name


# -- trial 10: the Acts a shipped pack cites name its place ---------------------------------------


@pytest.mark.parametrize(
    ("said", "code", "words"),
    [
        ("We follow British Columbia's Personal Information Protection Act (PIPA).", "CA-BC", "British Columbia's Personal Information Protection Act"),
        ("Under the Child, Family and Community Service Act, we report to a child welfare worker.", "CA-BC", "Child, Family and Community Service Act"),
        ("We may report to a designated agency under the Adult Guardianship Act.", "CA-BC", "Adult Guardianship Act"),
        ("We follow PIPEDA and the Personal Information Protection Act (BC).", "CA-BC", "PIPEDA, Personal Information Protection Act (BC)"),
        ("We report to the Ageing and Disability Commissioner under the Ageing and Disability Commissioner Act 2019.", "AU-NSW", "Ageing and Disability Commissioner Act"),
        ("Under the Texas Family Code, I must report.", "US-TX", "Texas Family Code"),
        ("California Welfare and Institutions Code section 15630 requires me to report.", "US-CA", "California Welfare and Institutions Code"),
        ("New York Social Services Law section 413 makes me a mandated reporter.", "US-NY", "New York Social Services Law"),
        ("We follow the Privacy Act 1988 (Cth) and the Crimes Act 1958 (Vic).", "AU-VIC", "Privacy Act 1988, Crimes Act 1958 (Vic)"),
        ("We may tell the Retirement Homes Regulatory Authority under the Retirement Homes Act, 2010.", "CA-ON", "Retirement Homes Act, 2010"),
    ],
)
def test_an_act_a_pack_cites_gives_its_place(repo: Path, said: str, code: str, words: str) -> None:
    _assumed(repo, said, code, words)


@pytest.mark.parametrize(
    "said",
    [
        "We follow the Personal Information Protection Act (PIPA).",  # Alberta's Act has the same name
        "We follow the Health and Safety Code.",  # California and Texas both have one
        "We follow the Data Protection Act 2018.",  # the UK and Ireland both have one
        "We report under the Crimes Act 1958.",  # without its place (where._NO_PLACE_ALONE)
        "Adult guardianship is a matter for the courts.",
    ],
)
def test_an_act_many_places_name_gives_no_place(repo: Path, said: str) -> None:
    write(repo / "page.md", PAGE.format(said=said))
    jur = _jur(lint("page.md"))
    assert "JUR004" not in jur, jur


def _statutes() -> list[tuple[str, str, str]]:
    """(pack, its code, an Act or code it cites by name, as the pack writes it) for each place pack that ships."""
    import re

    from policy_lint import resources
    from policy_lint.resources import load_shipped_yaml

    out = []
    for name in resources.builtin_packs():
        data = load_shipped_yaml(resources.pack_path(name))
        place = ((data.get("settings") or {}).get("jurisdiction") or {})
        for topic in (place.get("topics") or {}).values():
            for law in topic.get("law") or ():
                cited = str(law.get("code", ""))
                if re.search(r"\b(?:Act|Code|Law)\b", _bare(cited)) and "U.S.C" not in cited:
                    out.append((name, place["code"], cited))
    return sorted(set(out))


def _bare(cited: str) -> str:
    """An Act's name without what the pack writes after it in brackets: "Crimes Act 1958 (Vic)" -> "Crimes Act 1958"."""
    import re

    return re.sub(r"\s*\([^)]*\)\s*$", "", cited)


def _signal(text: str) -> str | None:
    """The place the first name of ``_SIGNALS`` in ``text`` gives (None: no name)."""
    from policy_lint.jurisdictions.where import _SIGNALS, _signal_pattern

    m = _signal_pattern().search(text)
    if m is None:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return _SIGNALS[index][1]


def test_the_place_packs_cite_acts() -> None:
    assert {p for p, _, _ in _statutes()} >= {"au-nsw", "au-qld", "au-vic", "ca-bc", "ca-on", "gb", "ie", "us-ca", "us-ny", "us-tx"}


@pytest.mark.parametrize(("pack", "code", "cited"), _statutes())
def test_every_act_a_place_pack_cites_names_its_place(pack: str, code: str, cited: str) -> None:
    """A page that names an Act the way the pack cites it gives the pack's place.

    An Act in where._NO_PLACE_ALONE is the exception: its name alone gives only the place
    the table says (a Commonwealth Act: Australia; a name two places share: none), and, when
    the pack writes its place after it ("Crimes Act 1958 (Vic)"), the name with it gives the
    pack's place.
    """
    from policy_lint.jurisdictions.where import _NO_PLACE_ALONE

    bare = _bare(cited)
    if bare not in _NO_PLACE_ALONE:
        assert _signal(f"We follow the {bare} 1998 s.1.") == code, f"{pack}: add '{bare}' to where._SIGNALS"
        return
    alone = _NO_PLACE_ALONE[bare]
    assert _signal(f"We follow the {bare} s.1.") == alone
    if alone is None and cited != bare:
        assert _signal(f"We follow the {cited} s.1.") == code, f"{pack}: add '{cited}' to where._SIGNALS"
    if alone is not None:
        assert code.split("-")[0] == alone  # a law of the whole country the place is in


def test_no_place_alone_lists_only_acts_the_packs_cite() -> None:
    from policy_lint.jurisdictions.where import _NO_PLACE_ALONE

    assert set(_NO_PLACE_ALONE) <= {_bare(cited) for _, _, cited in _statutes()}


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("We report under the Crimes Act 1958 (Vic), s.327.", "AU-VIC"),
        ("Under the Criminal Code 1899 (Qld) every adult must tell the police.", "AU-QLD"),
        ("We follow the Criminal Code Act 1899 (Qld).", "AU-QLD"),
        ("We may tell a retirement home's registrar under the Retirement Homes Act, 2010.", "CA-ON"),
        ("We follow the Privacy Act 1988 (Cth).", "AU"),
    ],
)
def test_an_act_with_its_place_gives_it(said: str, code: str) -> None:
    assert _signal(said) == code


@pytest.mark.parametrize(
    "said",
    [
        "We follow the Data Protection Act 2018.",  # the UK's and Ireland's
        "We report under the Crimes Act 1958.",  # no place after it
        "We follow the Criminal Code 1899.",
        "The Criminal Code makes some acts a crime.",
        "We follow the Crimes Act 1900 (NSW).",  # another state's Act: no pack cites it
        "We follow the Retirement Homes Act.",  # no year: a name any place may use
    ],
)
def test_an_act_name_without_its_place_gives_none(said: str) -> None:
    assert _signal(said) is None


def test_arizonas_department_of_child_safety_is_no_sign_of_queensland(repo: Path) -> None:
    """The reviewer's page: Arizona's agency has the name, so the page gets no place and no Queensland wording."""
    write(repo / "page.txt", "What you say in therapy stays private. If we think a child is being abused, we must report it to the Department of Child Safety.\n")
    result = lint("page.txt")
    jur = _jur(result)
    assert "JUR004" not in jur, jur
    assert not any("Queensland" in f.message for f in result.findings())
